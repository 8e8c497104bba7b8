; TIPDesk Windows installer (NSIS, Modern UI 2, Unicode).
; Build: makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist\TIPDesk installer.nsi
; SOURCE_DIR is the one-folder PyInstaller build. The field-readiness work adds shortcuts
; options and the "also delete the office database" choice; the uninstaller below never
; touches the office database or its backups (they live in the user's data folder).

Unicode True
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "dist\TIPDesk"
!endif

Name "TIPDesk ${VERSION}"
OutFile "TIPDesk-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\TIPDesk"
InstallDirRegKey HKLM "Software\TIPDesk" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

Section "TIPDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /nonfatal /r "${SOURCE_DIR}\*.*"
  WriteRegStr HKLM "Software\TIPDesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\TIPDesk" \
    "DisplayName" "TIPDesk"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\TIPDesk" \
    "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\TIPDesk" \
    "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\TIPDesk"
  CreateShortCut "$SMPROGRAMS\TIPDesk\TIPDesk.lnk" "$INSTDIR\TIPDesk.exe"
SectionEnd

Section "Uninstall"
  ; Program files only: the office database and its backups are in the user's data folder
  ; and are never deleted here.
  Delete "$SMPROGRAMS\TIPDesk\TIPDesk.lnk"
  RMDir "$SMPROGRAMS\TIPDesk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\TIPDesk"
  DeleteRegKey HKLM "Software\TIPDesk"
SectionEnd
