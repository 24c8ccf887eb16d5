; Inno Setup 6 script: a per-user installer (no administrator rights needed).
; Built by `python packaging/build.py --installer` on Windows, which passes
; /DAppVersion=… and /DSourceDir=<the PyInstaller folder>.
;
; The case file lives in the user's data folder (%LOCALAPPDATA%\kdm-desktop), never
; under {app}: installing a newer version over an older one, or uninstalling, never
; touches it. The next start migrates it and records the upgrade in the audit log.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\kdm-desktop"
#endif

[Setup]
; A fixed AppId makes a newer installer upgrade the older install in place.
AppId={{6B1C7E52-3F0A-4C8E-9D0B-2A6F4E1D9C37}
AppName=KDM Desktop
AppVersion={#AppVersion}
AppVerName=KDM Desktop {#AppVersion}
AppPublisher=KDM Desktop
VersionInfoVersion={#AppVersion}
VersionInfoDescription=KDM Desktop kurulumu
DefaultDirName={localappdata}\Programs\KDM Desktop
DefaultGroupName=KDM Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=none
DisableProgramGroupPage=yes
LicenseFile={#SourceDir}\licenses\KDM-Desktop-GPL-3.0.txt
OutputBaseFilename=KDM-Desktop-{#AppVersion}-kurulum
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName=KDM Desktop {#AppVersion}
CloseApplications=yes

[Languages]
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\KDM Desktop\KDM Masaüstü (vaka dosyası)"; Filename: "{app}\kdm-desktop.exe"
Name: "{userprograms}\KDM Desktop\Lisanslar"; Filename: "{app}\licenses"
Name: "{userprograms}\KDM Desktop\KDM Desktop'ı kaldır"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\kdm-desktop.exe"; Description: "KDM Desktop'ı şimdi aç"; Flags: nowait postinstall skipifsilent

; Only the program folder is removed. The case file, its key slots, backups and
; logs under %LOCALAPPDATA%\kdm-desktop are deliberately NOT listed here.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
