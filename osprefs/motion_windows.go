//go:build windows

package osprefs

import (
	"syscall"
	"unsafe"
)

// spiGetClientAreaAnimation asks whether animations inside windows are on: Settings ›
// Accessibility › Visual effects › Animation effects ("Show animations in Windows").
const spiGetClientAreaAnimation = 0x1042

// user32.dll is one of Windows' known DLLs, always loaded from the system directory.
var procSystemParametersInfo = syscall.NewLazyDLL("user32.dll").NewProc("SystemParametersInfoW")

// reducedMotion follows "Show animations in Windows".
func reducedMotion() (bool, bool) { return fromClientAreaAnimation(clientAreaAnimation()) }

// clientAreaAnimation calls SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION), which
// writes a BOOL.
func clientAreaAnimation() (enabled bool, err error) {
	if err := procSystemParametersInfo.Find(); err != nil {
		return false, err
	}
	var on int32
	r, _, callErr := procSystemParametersInfo.Call(spiGetClientAreaAnimation, 0, uintptr(unsafe.Pointer(&on)), 0)
	if r == 0 {
		return false, callErr
	}
	return on != 0, nil
}
