; Inno Setup script: a per-user installer for Windows (no administrator rights asked).
; Build the bundle first (packaging/README.md, "Windows"), then from the project folder:
;     iscc /DAppVersion=0.1.0 packaging\windows\careorganiser.iss
; It writes dist\careorganiser-0.1.0-setup.exe.
;
; Where things go for the user who installs it:
;   the program    %LOCALAPPDATA%\Programs\Care Organiser\   ({autopf} of a per-user install)
;   Start menu     %APPDATA%\Microsoft\Windows\Start Menu\Programs\Care Organiser.lnk
;   the records    %LOCALAPPDATA%\CareOrganiser\             (made by the app; never removed by the uninstaller)
;   start at login HKCU\Software\Microsoft\Windows\CurrentVersion\Run, value "CareOrganiser" (set by the app's
;                  option; the uninstaller removes the value so nothing starts a program that is gone)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Care Organiser"
#define AppExe "careorganiser.exe"

[Setup]
AppId={{17427B2A-E943-4857-9D4C-8E94F1D71565}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=careorganiser-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=resources\licenses\GPL-3.0.txt
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder's libraries, so none of an older version's files stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\careorganiser-{#AppVersion}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Only removed at uninstall (the app itself writes the value when "Start at login" is on).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "CareOrganiser"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
