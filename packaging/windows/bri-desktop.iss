; Inno Setup script: a per-user install that needs no administrator rights, with a Start-menu
; shortcut and an uninstaller. Built by CI (.github/workflows/build.yml) after PyInstaller:
;   iscc /DAppVersion=0.1.0 packaging\windows\bri-desktop.iss
; Input: dist\bri-desktop\ (the one-folder bundle) and build\icons\bri-desktop.ico.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B0E2C1A-7F0D-4C5E-9D6B-BD1E5C2F7A10}
AppName=BRI Desktop
AppVersion={#AppVersion}
AppPublisher=BRI Desktop team
DefaultDirName={localappdata}\Programs\BRI Desktop
DefaultGroupName=BRI Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=bri-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\bri-desktop.ico
UninstallDisplayIcon={app}\bri-desktop.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Files]
Source: "..\..\dist\bri-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\BRI Desktop"; Filename: "{app}\bri-desktop.exe"
Name: "{group}\Uninstall BRI Desktop"; Filename: "{uninstallexe}"
Name: "{userdesktop}\BRI Desktop"; Filename: "{app}\bri-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\bri-desktop.exe"; Description: "Start BRI Desktop"; Flags: nowait postinstall skipifsilent
