"""The frozen bundle and the .deb, tested when `make dist` has built them (CI builds them)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bri_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bri-desktop"
EXECUTABLE = BUNDLE / "bri-desktop"
DEB = next(iter(sorted((ROOT / "dist").glob(f"bri-desktop_{__version__}_*.deb"))), None) \
    if (ROOT / "dist").is_dir() else None

# The .deb must stay under 55 MB: 55,000,000 bytes, the stricter reading (55 MiB is 57,671,680).
DEB_LIMIT = 55_000_000
# Loaded by name, not through a NEEDED entry: the bootloader opens libpython.
LOADED_BY_NAME = ("libpython",)
EXTENSION = re.compile(r"\.(cpython-[^.]+|abi3)\.so$")

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not EXECUTABLE.exists(), reason="no bundle: run make dist")]


def _env(tmp_path) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRI_DESKTOP_HOME": str(tmp_path)}


def test_frozen_smoke_test(tmp_path):
    result = subprocess.run([str(EXECUTABLE), "--smoke-test"], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "chart and corridor map rendered" in result.stdout
    assert (tmp_path / "settings.ini").is_file(), "the smoke test saved no settings"
    assert not list(BUNDLE.rglob("settings.ini")), "settings were written inside the bundle"


def test_frozen_version():
    result = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == f"BRI Desktop {__version__}"


def test_bundle_carries_data_and_leaves_out_unused_qt(tmp_path):
    files = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*")}
    assert any(f.endswith("data/bri.sqlite") for f in files)
    assert any(f.endswith("data/geo/outlines.geojson") for f in files)
    assert len([f for f in files if "data/sources/" in f and f.endswith(".txt")]) == 5  # the Article view
    assert any(f.endswith("build_info.json") for f in files)
    assert not any("libqgtk3" in f for f in files)
    assert not any("/translations/" in f for f in files)
    assert not [f for f in files if (BUNDLE / f).is_symlink() and not (BUNDLE / f).exists()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt plugins of the Linux bundle")
def test_bundle_carries_the_qt_plugins_it_loads_and_no_others():
    plugins = {p.relative_to(BUNDLE / "_internal/PySide6/Qt/plugins").as_posix()
               for p in (BUNDLE / "_internal/PySide6/Qt/plugins").rglob("*.so")}
    loaded = {"platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
              "xcbglintegrations/libqxcb-glx-integration.so",
              "xcbglintegrations/libqxcb-egl-integration.so",
              "wayland-shell-integration/libxdg-shell.so",
              "wayland-decoration-client/libbradient.so", "wayland-decoration-client/libadwaita.so",
              "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
              "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
              "platforminputcontexts/libibusplatforminputcontextplugin.so",
              "platformthemes/libqxdgdesktopportal.so",
              "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
              "printsupport/libcupsprintersupport.so"}  # File > Print briefing: the system's printers
    assert loaded <= plugins, f"missing: {sorted(loaded - plugins)}"
    assert plugins <= loaded, f"not loaded by the app: {sorted(plugins - loaded)}"


def _dynamic(path: Path) -> tuple[str | None, list[str]]:
    """SONAME and NEEDED entries of an ELF file (readelf -d)."""
    out = subprocess.run(["readelf", "-d", "--wide", str(path)], capture_output=True, text=True,
                         check=True).stdout
    soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", out)
    return (soname.group(1) if soname else None,
            re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out))


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files of the Linux bundle")
def test_every_bundled_library_is_needed():
    """A shared library is loaded because a bundled file NEEDs it, or it is not loaded at all.
    What is opened by other means starts the walk: the executable, Python extension modules
    (imported), Qt plugins (opened by Qt) and LOADED_BY_NAME. Everything else must be reached
    through NEEDED entries, e.g. libgtk-3 (8.5 MB) only the GTK theme plugin, left out, needs."""
    assert shutil.which("readelf"), "readelf (binutils, which PyInstaller needs on Linux) not found"
    elfs = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    dynamic = {p: _dynamic(p) for p in elfs}
    by_name = {}
    for path, (soname, _needed) in dynamic.items():
        by_name.setdefault(path.name, path)
        if soname:
            by_name.setdefault(soname, path)
    todo = [p for p in elfs if p == EXECUTABLE or EXTENSION.search(p.name)
            or "/plugins/" in p.relative_to(BUNDLE).as_posix() or p.name.startswith(LOADED_BY_NAME)]
    reached = set(todo)
    while todo:
        for name in dynamic[todo.pop()][1]:
            if name in by_name and by_name[name] not in reached:
                reached.add(by_name[name])
                todo.append(by_name[name])
    unneeded = sorted(f"{p.relative_to(BUNDLE)} ({p.stat().st_size / 1e6:.1f} MB)"
                      for p in set(elfs) - reached)
    assert not unneeded, f"bundled, but nothing loads them: {unneeded}"


@pytest.mark.skipif(DEB is None, reason="no .deb: dpkg-deb not found")
def test_deb_is_under_55_mb():
    size = DEB.stat().st_size
    assert size < DEB_LIMIT, f"{DEB.name} is {size:,} bytes, the limit is {DEB_LIMIT:,}"


@pytest.mark.skipif(DEB is None or os.geteuid() != 0 or not shutil.which("apt-get"),
                    reason="needs the .deb, root and apt-get")
def test_deb_installs_runs_from_path_and_removes(tmp_path):
    # apt-get installs a local .deb with whatever of its dependencies are missing
    result = subprocess.run(["apt-get", "install", "-y", "-q", str(DEB)], capture_output=True,
                            text=True, timeout=600, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    try:
        launcher = shutil.which("bri-desktop", path="/usr/bin")
        assert launcher == "/usr/bin/bri-desktop"
        result = subprocess.run([launcher, "--smoke-test"], env=_env(tmp_path),
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert Path("/usr/share/applications/bri-desktop.desktop").exists()
        assert Path("/usr/share/icons/hicolor/48x48/apps/bri-desktop.png").exists()
    finally:
        subprocess.run(["dpkg", "-r", "bri-desktop"], check=True, capture_output=True, timeout=300)
    assert not Path("/opt/bri-desktop").exists()
    assert not Path("/usr/bin/bri-desktop").exists()


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_frozen_bundle_starts_in_russian_and_in_chinese(tmp_path, language):
    """The compiled translations (the app's and Qt's own) are in the bundle, and the bundle
    starts in the language chosen in Preferences; the .ts sources stay out."""
    (tmp_path / "settings.ini").write_text(f"[view]\nlanguage={language}\n", encoding="utf-8")
    result = subprocess.run([str(EXECUTABLE), "--smoke-test"], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"interface in {language}" in result.stdout
    assert list(BUNDLE.rglob(f"bri_{language}.qm")) and list(BUNDLE.rglob(f"qtbase_{language}.qm"))
    assert not list(BUNDLE.rglob("bri_*.ts"))


def test_frozen_import_of_a_csv_and_an_xlsx(tmp_path):
    """The importers' readers (csv, calamine, pandas) are in the bundle, and the combined
    dataset is written to the user's folder, never into the bundle."""
    from tests.importers.files import aiddata_xlsx, cgit_csv, deals

    env = _env(tmp_path / "home")
    csv_file = cgit_csv(tmp_path / "cgit.csv", deals(1, 30, whole=True), encoding="cp1252", form="dollar")
    xlsx_file = aiddata_xlsx(tmp_path / "gcdf.xlsx", count=40)
    for path in (csv_file, xlsx_file):
        result = subprocess.run([str(EXECUTABLE), "import", str(path)], env=env, capture_output=True,
                                text=True, timeout=180)
        assert result.returncode == 0, result.stderr
    listed = subprocess.run([str(EXECUTABLE), "collections", "list"], env=env, capture_output=True,
                            text=True, timeout=60)
    assert "CGIT cgit" in listed.stdout and "AidData gcdf" in listed.stdout
    assert (tmp_path / "home" / "combined.sqlite").is_file()
    assert not list(BUNDLE.rglob("combined.sqlite"))


def test_frozen_briefing_as_word_pdf_and_markdown(tmp_path):
    """python-docx (its template), lxml, Qt's PDF writer and the chart and map drawing are in the
    bundle, headless."""
    import json

    import docx

    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"title": "Frozen", "sections": [{"name": "S", "items": [
        {"type": "record", "kind": "agreements", "id": "kz-bri3-01"},
        {"type": "chart", "measure": "investment", "dimension": "country"},
        {"type": "map", "mode": "geographic"}]}]}), encoding="utf-8")
    env = _env(tmp_path / "home")
    for fmt in ("docx", "pdf", "md"):
        result = subprocess.run([str(EXECUTABLE), "brief", "build", str(spec), "-o", str(tmp_path / f"b.{fmt}")],
                                env=env, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
    word = docx.Document(str(tmp_path / "b.docx"))
    assert word.paragraphs[0].text == "Frozen" and len(word.inline_shapes) == 2
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert "KazMunayGas" in (tmp_path / "b.md").read_text(encoding="utf-8")


def test_frozen_team_check_over_tls_with_the_systems_libpq(tmp_path):
    """The bundle talks to a team's PostgreSQL server: psycopg and SQLAlchemy's dialect are in
    it, libpq and TLS come from the system (the .deb depends on libpq5 and libssl3)."""
    from tests.team import pg_server

    why = pg_server.why_not()
    if why:
        pytest.skip(f"no PostgreSQL test server: {why}")
    server = pg_server.make_server()
    try:
        server.sql("CREATE DATABASE frozen")
        url = server.url(database="frozen", sslmode="require")
        result = subprocess.run([str(EXECUTABLE), "team", "check", url], env=_env(tmp_path),
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "encrypted (TLS)" in result.stdout and "This role may change the workspace." in result.stdout
    finally:
        pg_server.remove(server)
