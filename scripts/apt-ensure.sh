# Sourced by deps.sh and release-deps.sh: apt_ensure NAME HINT PKG... installs those of the
# Debian/Ubuntu packages PKG that are missing (nothing when all are there); without apt-get
# it prints HINT, what to install by hand, and fails. NAME starts its messages.
apt_ensure() {
  local name=$1 hint=$2 p
  shift 2
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  if ! command -v apt-get >/dev/null; then
    echo "$name: missing ${missing[*]} and no apt-get here; $hint" >&2
    return 1
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "$name: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
