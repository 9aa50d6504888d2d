//go:build darwin

package osprefs

// reducedMotion follows System Settings › Accessibility › Display › Reduce motion.
func reducedMotion() (bool, bool) { return macReducedMotion(execRunner, commandTimeout) }
