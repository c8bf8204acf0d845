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


def test_a_build_failing_while_it_writes_leaves_the_previous_database(data_copy, monkeypatch, capsys):
    from bri_desktop.cli import main
    from bri_desktop.data import build

    target = data_copy / "bri.sqlite"
    assert main(["data", "build", "--data-dir", str(data_copy)]) == 0
    before = target.read_bytes()

    def search_rows_that_fail(self):  # the disk fills once the tables are written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build.RowWriter, "search_rows", search_rows_that_fail)
    assert main(["data", "build", "--data-dir", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err
    assert target.read_bytes() == before
    assert sorted(p.name for p in data_copy.iterdir() if p.name.startswith(".")) == []


def test_a_killed_builds_leftovers_are_cleaned_on_the_next_build(data_copy):
    from bri_desktop.data.build import build_database

    target = data_copy / "bri.sqlite"
    dead = 2**22 + 12345  # above the usual pid range: no such process
    for name in (f".bri.sqlite.{dead}.tmp", f".bri.sqlite.{dead}.tmp-journal"):
        (data_copy / name).write_bytes(b"half a database")
    build_database(data_copy, target)
    assert not [p for p in data_copy.iterdir() if p.name.startswith(".bri.sqlite.")]


def test_bad_places_get_one_line(tmp_path, data_copy, capsys):
    from bri_desktop.cli import main

    assert main(["data", "build", "--data-dir", str(data_copy), "-o", "/nope/x.sqlite"]) == 1
    assert capsys.readouterr().err == "error: cannot write /nope/x.sqlite: the folder /nope does not exist\n"
    assert main(["data", "build", "--data-dir", str(tmp_path / "none")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
