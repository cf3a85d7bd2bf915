; NSIS installer for Newsdesk on Windows. UNTESTED: Newsdesk has never been built on Windows.
; See docs/packaging.md, "Windows": build, `cmake --install`, windeployqt into DIST first.
;   makensis /DVERSION=0.1.0 /DDIST=C:\src\newsdesk\dist\Newsdesk packaging\windows\newsdesk.nsi
Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\Newsdesk"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Newsdesk"

Name "Newsdesk ${VERSION}"
OutFile "newsdesk-${VERSION}-win64.exe"
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\Newsdesk"

!include "MUI2.nsh"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Section "Newsdesk"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  ; windeployqt --compiler-runtime put the VC++ runtime installer here; WebEngine needs >= 14.28.
  IfFileExists "$INSTDIR\bin\vc_redist.x64.exe" 0 +2
    ExecWait '"$INSTDIR\bin\vc_redist.x64.exe" /install /quiet /norestart'
  CreateShortcut "$SMPROGRAMS\Newsdesk.lnk" "$INSTDIR\bin\newsdesk.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Newsdesk"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Newsdesk developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bin\newsdesk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Newsdesk.lnk"
  ; The article store lives in %APPDATA%\newsdesk (QStandardPaths) and is kept.
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
