"""The build is deterministic, and the committed database matches its sources."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from bri_desktop import paths
from bri_desktop.data.build import build_database
from bri_desktop.db.connection import open_readonly, read_meta


def test_build_is_deterministic(data_copy, tmp_path):
    """Same sources, same bytes: built twice, in processes with different hash seeds."""
    digests = []
    for seed, name in (("1", "one.sqlite"), ("2", "two.sqlite")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "bri_desktop", "data", "build", "--data-dir",
                        str(data_copy), "-o", str(tmp_path / name)], check=True, env=env,
                       capture_output=True)
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]


def test_committed_database_is_up_to_date(tmp_path):
    """Fails when data/records changed and `bri-desktop data build` was not run."""
    fresh = build_database(paths.data_dir(), tmp_path / "fresh.sqlite")
    conn = open_readonly(paths.bundled_db())
    meta = read_meta(conn)
    conn.close()
    assert meta["content_hash"] == fresh.content_hash, "run: bri-desktop data build"
    assert paths.bundled_db().read_bytes() == fresh.path.read_bytes()
