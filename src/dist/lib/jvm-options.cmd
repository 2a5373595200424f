@echo off
rem Called by the Windows launchers (bin\cchc.cmd, cchc.cmd of a source checkout) with the command line; sets
rem CCHC_JIT to the compiler options for it: -XX:TieredStopAtLevel=1 for a short run (at most 4 files named one by
rem one, none over 4 MB, no folder, no --files-from), nothing for a batch. lib/jvm-options.sh says why.
set "CCHC_JIT=-XX:TieredStopAtLevel=1"
set "CCHC_FILES=0"
for %%A in (%*) do (
  if /i "%%~A"=="--files-from" set "CCHC_JIT="
  if exist "%%~A\*" (
    set "CCHC_JIT="
  ) else if exist "%%~A" (
    set /a CCHC_FILES+=1
    if %%~zA GTR 4194304 set "CCHC_JIT="
  )
)
if %CCHC_FILES% GTR 4 set "CCHC_JIT="
exit /b 0
