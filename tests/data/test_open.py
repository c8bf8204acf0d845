"""A missing, corrupt or foreign file is refused with a message that says what is wrong."""

from __future__ import annotations

import sqlite3

import pytest

from bri_desktop.db.connection import DatasetError, open_readonly


def test_missing_file(tmp_path):
    with pytest.raises(DatasetError, match="not found"):
        open_readonly(tmp_path / "nothing.sqlite")


def test_corrupt_file(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatasetError, match="not a readable SQLite database"):
        open_readonly(path)


def test_foreign_database(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatasetError, match="not a BRI Desktop dataset"):
        open_readonly(path)
    assert path.exists()  # refused, not touched


def test_the_required_tables_and_columns_follow_the_models():
    from bri_desktop.db import models
    from bri_desktop.db.required import REQUIRED

    expected = {t.name: tuple(c.name for c in t.columns) for t in models.Base.metadata.sorted_tables}
    assert {k: v for k, v in REQUIRED.items() if k != "search_index"} == expected


@pytest.mark.parametrize(("statement", "message"), [
    ("ALTER TABLE agreements RENAME COLUMN title TO heading", "table agreements lacks columns title"),
    ("DROP TABLE corridor_nodes", "lacks tables BRI Desktop needs: corridor_nodes"),
    ("UPDATE meta SET value = '1' WHERE key = 'schema_version'", "built by an older BRI Desktop"),
    ("UPDATE meta SET value = '99' WHERE key = 'schema_version'", "built by a newer BRI Desktop"),
    ("DELETE FROM meta WHERE key = 'schema_version'", "schema unknown"),
])
def test_a_dataset_of_another_schema_is_refused_with_what_to_do(altered_copy, statement, message):
    path = altered_copy(statement)
    with pytest.raises(DatasetError, match=message) as caught:
        open_readonly(path)
    assert "data build" in str(caught.value) or "Update BRI Desktop" in str(caught.value)


def test_the_app_refuses_a_renamed_column_at_start_with_one_message(altered_copy):
    import subprocess
    import sys

    path = altered_copy("ALTER TABLE agreements RENAME COLUMN title TO heading")
    result = subprocess.run([sys.executable, "-m", "bri_desktop", "--smoke-test", "--db", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "lacks columns title" in result.stderr and "Traceback" not in result.stderr
