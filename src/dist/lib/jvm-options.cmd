@echo off
rem Called by the Windows launchers (bin\cchc.cmd, cchc.cmd of a source checkout) with the command line; sets
rem CCHC_JIT to the compiler options for it: -XX:TieredStopAtLevel=1 for a short run (at most 4 files named one by
rem one, none over 4 MB, or 32 MB for a PDF or an image, no folder, no --files-from), nothing for a batch.
rem lib/jvm-options.sh says why.
set "CCHC_JIT=-XX:TieredStopAtLevel=1"
set "CCHC_FILES=0"
for %%A in (%*) do (
  if /i "%%~A"=="--files-from" set "CCHC_JIT="
  if exist "%%~A\*" (
    set "CCHC_JIT="
  ) else if exist "%%~A" (
    set /a CCHC_FILES+=1
    rem a PDF or an image is mostly page images: see lib/jvm-options.sh ("if defined" is read when it runs)
    set "CCHC_SCAN="
    for %%E in (.pdf .png .jpg .jpeg .tif .tiff) do if /i "%%~xA"=="%%E" set "CCHC_SCAN=1"
    if defined CCHC_SCAN (
      if %%~zA GTR 33554432 set "CCHC_JIT="
    ) else (
      if %%~zA GTR 4194304 set "CCHC_JIT="
    )
  )
)
if %CCHC_FILES% GTR 4 set "CCHC_JIT="
exit /b 0
