@echo off
rem cchc launcher of the distribution (bin\cchc.cmd beside lib\cchc.jar); works from any folder.
setlocal
set "CCHC_JAVA=java"
if defined JAVA_HOME set "CCHC_JAVA=%JAVA_HOME%\bin\java"
rem a short run (a few small files) without the optimising compiler: see lib\jvm-options.sh
call "%~dp0..\lib\jvm-options.cmd" %*
"%CCHC_JAVA%" -Xlog:disable -Xlog:all=warning,cds=off:stderr %CCHC_JIT% %CCHC_JAVA_OPTS% -jar "%~dp0..\lib\cchc.jar" %*
exit /b %ERRORLEVEL%
