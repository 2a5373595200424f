@echo off
rem cchc launcher of the distribution (bin\cchc.cmd beside lib\cchc.jar); works from any folder.
setlocal
set "CCHC_JAVA=java"
if defined JAVA_HOME set "CCHC_JAVA=%JAVA_HOME%\bin\java"
"%CCHC_JAVA%" -Xlog:disable -Xlog:all=warning,cds=off:stderr %CCHC_JAVA_OPTS% -jar "%~dp0..\lib\cchc.jar" %*
exit /b %ERRORLEVEL%
