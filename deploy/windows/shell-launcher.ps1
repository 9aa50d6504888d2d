# Gut–Brain Explorer as the kiosk user's whole shell, with Windows Shell Launcher (v1):
# no desktop, no taskbar, no Start menu for that user; the app is started again whenever
# it stops, except after the operator's exit (exit code 0), which leaves a blank screen:
# press Ctrl+Alt+Del to sign out and sign in as an administrator.
#
# Needs Windows 10/11 Enterprise, Education or IoT Enterprise with Shell Launcher on:
#   Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
# Run this in an elevated PowerShell, e.g.
#   .\shell-launcher.ps1 -User kiosk
# Not tested on this project's machines (no Windows there); it follows Microsoft's
# Shell Launcher WMI interface (WESL_UserSetting). See docs/kiosk.md.
param(
    [string]$User = "kiosk",
    [string]$App = "C:\Program Files\Gut-Brain Explorer\gutbrain.exe",
    [string]$Config = "C:\ProgramData\Gut-Brain Explorer\kiosk.toml"
)
$ErrorActionPreference = "Stop"

# What Shell Launcher does when the shell exits.
$restartShell = 0
$doNothing = 3

$launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$sid = (New-Object System.Security.Principal.NTAccount($User)).Translate(
    [System.Security.Principal.SecurityIdentifier]).Value
$shell = "`"$App`" --kiosk --config `"$Config`""

# Everyone else keeps the normal desktop.
$launcher.SetDefaultShell("explorer.exe", $restartShell)
try { $launcher.RemoveCustomShell($sid) } catch { }
# Exit code 0 (the operator's exit): do nothing. Anything else: start the app again.
$launcher.SetCustomShell($sid, $shell, [int[]]@(0), [int[]]@($doNothing), $restartShell)
$launcher.SetEnabled($true)
Write-Host "Shell Launcher: $User now runs $shell"
