//go:build !darwin && !windows

package osprefs

// reducedMotion follows GNOME's setting, which other desktops on Linux and the BSDs often
// mirror; without gsettings it is unknown.
func reducedMotion() (bool, bool) { return gnomeReducedMotion(execRunner, commandTimeout) }
