@echo off
rem Runs cchc from a source checkout on Windows, building target\cchc.jar first when it is missing.
rem Works from any folder: the checkout is the folder of this script (%~dp0).
setlocal
set "CCHC_HOME=%~dp0"
set "CCHC_JAR=%CCHC_HOME%target\cchc.jar"
if not exist "%CCHC_JAR%" (
  echo cchc: building %CCHC_JAR% ^(first run^)... 1>&2
  pushd "%CCHC_HOME%"
  call mvn -B -q -DskipTests -Dassembly.skipAssembly=true package 1>&2
  popd
  if not exist "%CCHC_JAR%" exit /b 2
)
set "CCHC_CDS="
if exist "%CCHC_HOME%target\cchc.jsa" set "CCHC_CDS=-XX:SharedArchiveFile=%CCHC_HOME%target\cchc.jsa -Xshare:auto"
rem a short run (a few small files) without the optimising compiler: see src\dist\lib\jvm-options.sh
call "%CCHC_HOME%src\dist\lib\jvm-options.cmd" %*
java -Xlog:disable -Xlog:all=warning,cds=off:stderr %CCHC_CDS% %CCHC_JIT% %CCHC_JAVA_OPTS% -jar "%CCHC_JAR%" %*
exit /b %ERRORLEVEL%
