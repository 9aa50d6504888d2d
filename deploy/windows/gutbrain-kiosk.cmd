@echo off
rem Gut-Brain Explorer kiosk launcher for Windows. It runs the kiosk and starts it again
rem whenever it stops, except after the operator's exit (Ctrl+Alt+Shift+Q, then the PIN),
rem which ends the app with exit code 0. Keep it beside gutbrain.exe.
setlocal
set "APP=%~dp0gutbrain.exe"
set "CONFIG=%ProgramData%\Gut-Brain Explorer\kiosk.toml"
:loop
"%APP%" --kiosk --config "%CONFIG%"
if %ERRORLEVEL% EQU 0 goto :eof
rem A crash, or a bad setting (exit code 2, explained in the log): wait, then try again.
echo %DATE% %TIME% gutbrain exited with code %ERRORLEVEL%; restarting >> "%TEMP%\gutbrain-kiosk.log"
timeout /t 3 /nobreak >nul
goto loop
