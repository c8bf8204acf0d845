"""`make dist` on Linux: the PyInstaller one-folder bundle, smoke-tested, then a .deb and a
portable .tar.gz in dist/, with the version in their names.

    .venv/bin/python packaging/build_linux.py [--skip-bundle]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bri_desktop import __version__  # noqa: E402

DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "bri-desktop"
ARCH = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
# What Qt's xcb platform plugin needs at run time, beside what the bundle carries.
# Derived from the NEEDED entries of the bundle's libraries that the bundle does not carry.
DEB_DEPENDS = ("libc6, libcups2, libdbus-1-3, libdrm2, libegl1, libfontconfig1, libfreetype6, libgl1, "
               "libglib2.0-0, libwayland-client0, libwayland-cursor0, libwayland-egl1, libx11-6, "
               "libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-glx0, libxcb-icccm4, libxcb-image0, "
               "libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, "
               "libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, "
               "libxkbcommon0, libxkbcommon-x11-0, libzstd1, "
               # a team workspace on PostgreSQL: the system's libpq (psycopg), and the TLS it uses
               "libpq5, libssl3, "
               # Chinese needs a CJK font (Cyrillic is in every desktop's fonts): the small
               # WenQuanYi Micro Hei (1.6 MB, 5 MB installed) unless Noto CJK or Zen Hei is there
               "fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei")
DEB_RECOMMENDS = "libsecret-tools"  # the team password in the desktop's keyring (secret-tool)
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=BRI Desktop
GenericName=Belt and Road reference
Comment=Offline reference on China–Central Asia Belt and Road cooperation
Exec=bri-desktop
Icon=bri-desktop
Terminal=false
Categories=Office;Education;
Keywords=Belt and Road;Central Asia;China;agreements;corridors;
"""


def run(*args: str, env: dict | None = None) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT, env=env)


def build_info() -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT).stdout.strip() or "unknown"
    when = subprocess.run(["git", "log", "-1", "--format=%cI"], capture_output=True, text=True,
                          cwd=ROOT).stdout.strip()
    BUILD.mkdir(exist_ok=True)
    (BUILD / "build_info.json").write_text(json.dumps({
        "version": __version__, "commit": commit, "commit_date": when,
        "platform": f"{platform.system()} {platform.machine()}", "python": platform.python_version(),
    }, indent=2) + "\n", encoding="utf-8")


def strip_bundle() -> None:
    """Strip shared libraries, except numpy's and others' vendored ones in *.libs folders
    (stripping those breaks OpenBLAS)."""
    if not shutil.which("strip"):
        print("strip not found: the bundle is left unstripped")
        return
    for path in BUNDLE.rglob("*.so*"):
        if any(part.endswith(".libs") for part in path.parts) or path.is_symlink():
            continue
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=False,
                       stderr=subprocess.DEVNULL)


def smoke(executable: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BRI_DESKTOP_HOME": str(BUILD / "smoke-home")}
    start = time.monotonic()
    run(str(executable), "--smoke-test", env=env)
    print(f"smoke test passed in {time.monotonic() - start:.1f} s")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_tarball() -> Path:
    name = f"bri-desktop-{__version__}-linux-{platform.machine()}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(BUNDLE, arcname=name)
        tar.add(ROOT / "resources" / "icons" / "app.svg", arcname=f"{name}/bri-desktop.svg")
        info = tarfile.TarInfo(f"{name}/bri-desktop.desktop")
        entry = DESKTOP_ENTRY.replace("Exec=bri-desktop", "Exec=bri-desktop").encode()
        info.size = len(entry)
        import io

        tar.addfile(info, io.BytesIO(entry))
    return target


def make_deb() -> Path:
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / "bri-desktop"
    shutil.copytree(BUNDLE, opt, symlinks=True)
    launcher = stage / "usr" / "bin" / "bri-desktop"
    launcher.parent.mkdir(parents=True)
    launcher.write_text('#!/bin/sh\nexec /opt/bri-desktop/bri-desktop "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "bri-desktop.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    icons = stage / "usr" / "share" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(BUILD / "icons" / f"bri-desktop-{size}.png", folder / "bri-desktop.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "app.svg", icons / "scalable" / "apps" / "bri-desktop.svg")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = folder_size(stage) // 1024
    (control / "control").write_text(
        f"Package: bri-desktop\nVersion: {__version__}\nSection: education\nPriority: optional\n"
        f"Architecture: {ARCH}\nMaintainer: BRI Desktop team <team@bri-desktop.invalid>\n"
        f"Installed-Size: {installed_kb}\nDepends: {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\n"
        "Description: Offline reference on China-Central Asia Belt and Road cooperation\n"
        " Agreements, projects, investment packages, corridors and headline statistics of\n"
        " China's cooperation with the five Central Asian states, each record citing its\n"
        " source article.\n", encoding="utf-8")
    refresh = ("#!/bin/sh\nset -e\n"
               "command -v update-desktop-database >/dev/null && update-desktop-database -q || true\n"
               "command -v gtk-update-icon-cache >/dev/null && "
               "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true\n")
    for script in ("postinst", "postrm"):
        (control / script).write_text(refresh, encoding="utf-8")
        (control / script).chmod(0o755)
    for path in stage.rglob("*"):  # files 644/755, owned by root in the package
        if path.is_dir():
            path.chmod(0o755)
        elif not path.is_symlink():
            path.chmod(0o755 if path.stat().st_mode & stat.S_IXUSR else 0o644)
    target = DIST / f"bri-desktop_{__version__}_{ARCH}.deb"
    # xz at its highest level: 1.2 MB smaller than the default (-z6), half a minute longer
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(stage), str(target))
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-bundle", action="store_true", help="reuse dist/bri-desktop")
    args = parser.parse_args()
    if not args.skip_bundle:
        run(sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(BUILD / "icons"))
        run(sys.executable, str(ROOT / "packaging" / "translations.py"), "build")
        build_info()
        shutil.rmtree(BUNDLE, ignore_errors=True)
        run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
            str(ROOT / "packaging" / "bri_desktop.spec"))
        strip_bundle()
    smoke(BUNDLE / "bri-desktop")
    tarball = make_tarball()
    deb = make_deb() if shutil.which("dpkg-deb") else None
    print(f"bundle   {BUNDLE}  {folder_size(BUNDLE) / 1e6:.1f} MB")
    print(f"tar.gz   {tarball}  {tarball.stat().st_size / 1e6:.1f} MB")
    if deb:
        print(f"deb      {deb}  {deb.stat().st_size / 1e6:.1f} MB")
    else:
        print("dpkg-deb not found: no .deb built")


if __name__ == "__main__":
    main()
