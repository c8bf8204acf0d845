"""The frozen bundle and the .deb, tested when `make dist` has built them (CI builds them)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bri_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bri-desktop"
EXECUTABLE = BUNDLE / "bri-desktop"
DEB = next(iter(sorted((ROOT / "dist").glob(f"bri-desktop_{__version__}_*.deb"))), None) \
    if (ROOT / "dist").is_dir() else None

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not EXECUTABLE.exists(), reason="no bundle: run make dist")]


def _env(tmp_path) -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRI_DESKTOP_HOME": str(tmp_path)}


def test_frozen_smoke_test(tmp_path):
    result = subprocess.run([str(EXECUTABLE), "--smoke-test"], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "chart and corridor map rendered" in result.stdout
    assert not list(BUNDLE.rglob("settings.ini")), "settings were written inside the bundle"


def test_frozen_version():
    result = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == f"BRI Desktop {__version__}"


def test_bundle_carries_data_and_leaves_out_unused_qt(tmp_path):
    files = {p.relative_to(BUNDLE).as_posix() for p in BUNDLE.rglob("*")}
    assert any(f.endswith("data/bri.sqlite") for f in files)
    assert any(f.endswith("data/geo/outlines.geojson") for f in files)
    assert any(f.endswith("build_info.json") for f in files)
    assert not any("libqgtk3" in f for f in files)
    assert not any("/translations/" in f for f in files)
    assert not any("sqlalchemy" in f.lower() for f in files)


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
