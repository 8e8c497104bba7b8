; TIPDesk Windows installer (NSIS 3, Modern UI 2, Unicode), in English and French.
;
;   makensis -DVERSION=0.1.0 -DDIST=dist/TIPDesk [-DOUTFILE=dist/TIPDesk-0.1.0-setup.exe] installer.nsi
;
; VERSION is tipdesk.__version__ (scripts/build_installer.sh passes it); DIST is the one-folder
; PyInstaller build (packaging/tipdesk.spec): TIPDesk.exe (windowed), tipdesk-cli.exe (console)
; and _internal\. The program goes to Program Files. The office database, its key slots and
; the copies TIPDesk keeps beside it live in the user's data folder (platformdirs:
; %LOCALAPPDATA%\TIPDesk\TIPDesk), which the uninstaller deletes only when the person
; uninstalling ticks the box for it, and confirms; a silent uninstall never does.

Unicode True
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Give the version: makensis -DVERSION=0.1.0 -DDIST=dist/TIPDesk installer.nsi"
!endif
!ifndef DIST
  !define DIST "dist\TIPDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "TIPDesk-${VERSION}-setup.exe"
!endif

!define APP "TIPDesk"
!define PUBLISHER "TIPDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TIPDesk"
!define SETTINGS_KEY "Software\TIPDesk" ; QSettings("TIPDesk", "TIPDesk") is below it
!define DATA_PARENT "$LOCALAPPDATA\TIPDesk" ; platformdirs.user_data_dir(APP, APP) is
!define DATA_DIR "${DATA_PARENT}\TIPDesk"  ; %LOCALAPPDATA%\<appauthor>\<appname>

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "AGPL-3.0-or-later"

; ---- Pages ------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_RESERVEFILE_LANGDLL ; the language dialog shows before the solid archive unpacks

; ---- Words (English, then French) -------------------------------------------------------
LangString SecProgram ${LANG_ENGLISH} "TIPDesk (required)"
LangString SecProgram ${LANG_FRENCH} "TIPDesk (requis)"
LangString SecStartMenu ${LANG_ENGLISH} "Start menu shortcuts"
LangString SecStartMenu ${LANG_FRENCH} "Raccourcis dans le menu Démarrer"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString ShortcutUninstall ${LANG_ENGLISH} "Uninstall TIPDesk"
LangString ShortcutUninstall ${LANG_FRENCH} "Désinstaller TIPDesk"
LangString Needs64Bit ${LANG_ENGLISH} "TIPDesk needs a 64-bit Windows."
LangString Needs64Bit ${LANG_FRENCH} "TIPDesk nécessite une version 64 bits de Windows."
LangString DataTitle ${LANG_ENGLISH} "Office data"
LangString DataTitle ${LANG_FRENCH} "Données du bureau"
LangString DataSubtitle ${LANG_ENGLISH} "Choose whether the case data stays on this computer."
LangString DataSubtitle ${LANG_FRENCH} "Choisissez si les données des dossiers restent sur cet ordinateur."
LangString DataKept ${LANG_ENGLISH} "The program is removed. The office database, its key file and the copies TIPDesk keeps beside it stay in:$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nA TIPDesk installed again opens them as before. Backups you saved elsewhere (Documents, a USB stick) are never touched."
LangString DataKept ${LANG_FRENCH} "Le programme est supprimé. La base de données du bureau, son fichier de clés et les copies que TIPDesk garde à côté restent dans :$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nUn TIPDesk réinstallé les ouvre comme avant. Les sauvegardes enregistrées ailleurs (Documents, clé USB) ne sont jamais touchées."
LangString DataDelete ${LANG_ENGLISH} "Also delete the office database and its backups"
LangString DataDelete ${LANG_FRENCH} "Supprimer aussi la base de données du bureau et ses sauvegardes"
LangString DataConfirm ${LANG_ENGLISH} "Delete the office database, its key file and its backups from this computer?$\r$\n$\r$\nEvery case recorded on this computer is lost for good unless a backup is kept elsewhere."
LangString DataConfirm ${LANG_FRENCH} "Supprimer de cet ordinateur la base de données du bureau, son fichier de clés et ses sauvegardes ?$\r$\n$\r$\nTous les dossiers enregistrés sur cet ordinateur seront définitivement perdus, sauf s'il existe une sauvegarde ailleurs."
LangString DataDeleting ${LANG_ENGLISH} "Deleting the office data in"
LangString DataDeleting ${LANG_FRENCH} "Suppression des données du bureau dans"
LangString DataStays ${LANG_ENGLISH} "The office data stays in"
LangString DataStays ${LANG_FRENCH} "Les données du bureau restent dans"

; ---- Install ----------------------------------------------------------------------------
Section "$(SecProgram)" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; A previous version's libraries go first, so no stale file is loaded with the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\TIPDesk.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecStartMenu)" SecStartMenuShortcuts
  SetShellVarContext all
  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\TIPDesk.exe"
  CreateShortCut "$SMPROGRAMS\${APP}\$(ShortcutUninstall).lnk" "$INSTDIR\uninstall.exe"
SectionEnd

Section "$(SecDesktop)" SecDesktopShortcut
  SetShellVarContext all
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\TIPDesk.exe"
SectionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; ---- Uninstall --------------------------------------------------------------------------
Var DeleteDataBox
Var DeleteData ; "1" only when the box was ticked and the deletion confirmed

Function un.onInit
  SetRegView 64
  StrCpy $DeleteData "0"
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Function un.DataPage
  ; The data folder is the user's own (%LOCALAPPDATA%), not the all-users one.
  SetShellVarContext current
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 90u "$(DataKept)"
  Pop $0
  ${NSD_CreateCheckbox} 0 100u 100% 12u "$(DataDelete)"
  Pop $DeleteDataBox
  ${NSD_Uncheck} $DeleteDataBox
  ${If} $DeleteData == "1"
    ${NSD_Check} $DeleteDataBox ; back from the next page: keep what was chosen
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  StrCpy $DeleteData "0"
  ${NSD_GetState} $DeleteDataBox $0
  ${If} $0 == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" /SD IDNO IDYES +2
    Abort ; "No": stay on the page, where the box can be unticked
    StrCpy $DeleteData "1"
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}\*.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"

  ; Only what the installer put there: never a recursive delete of a folder the user chose.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\TIPDesk.exe"
  Delete "$INSTDIR\tipdesk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"

  SetShellVarContext current
  ${If} $DeleteData == "1"
    DetailPrint "$(DataDeleting) ${DATA_DIR}"
    RMDir /r "${DATA_DIR}"
    RMDir "${DATA_PARENT}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
  ${Else}
    DetailPrint "$(DataStays) ${DATA_DIR}"
  ${EndIf}
SectionEnd
