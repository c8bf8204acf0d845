"""Each validation rule stops the build with a message naming the file, the record and the field."""

from __future__ import annotations

import pytest

from bri_desktop.cli import main
from bri_desktop.data.build import BuildError, build_database

GOOD_ORG = """
[[organizations]]
id = "test-org"
name = "Test Org"
country = "KZ"
kind = "company"
citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]
"""


def _agreement(**fields: str) -> str:
    base = {
        "id": '"test-agreement"',
        "title": '"Test agreement"',
        "doc_type": '"agreement"',
        "country": '"KZ"',
        "sector": '"Energy"',
        "parties": '[{ org = "test-org", role = "party" }]',
        "status": '"signed"',
        "summary": '"A test record."',
        "citations": '[{ source = "akorda-business-council", quote = "Kazakhstan and China" }]',
    }
    base.update(fields)
    body = "\n".join(f"{k} = {v}" for k, v in base.items())
    return f"\n[[agreements]]\n{body}\n"


def _build_with(data_copy, text: str):
    (data_copy / "records" / "zz_test.toml").write_text(GOOD_ORG + text, encoding="utf-8")
    with pytest.raises(BuildError) as info:
        build_database(data_copy, data_copy / "bri.sqlite")
    return [str(e) for e in info.value.errors]


def _assert_names(messages: list[str], record_id: str, field: str, words: str) -> None:
    hits = [m for m in messages if "records/zz_test.toml" in m and f"'{record_id}'" in m
            and f"field '{field}'" in m]
    assert hits, f"no error naming zz_test.toml, {record_id} and {field} in {messages}"
    assert words in hits[0]


def test_good_extra_record_builds(data_copy):
    (data_copy / "records" / "zz_test.toml").write_text(GOOD_ORG + _agreement(), encoding="utf-8")
    result = build_database(data_copy, data_copy / "bri.sqlite")
    assert result.counts["agreements"] >= 31


def test_unknown_organization(data_copy):
    messages = _build_with(data_copy, _agreement(parties='[{ org = "no-such-org", role = "party" }]'))
    _assert_names(messages, "test-agreement", "parties", "unknown organization id 'no-such-org'")


def test_unknown_source(data_copy):
    messages = _build_with(data_copy, _agreement(
        citations='[{ source = "no-such-source", quote = "x" }]'))
    _assert_names(messages, "test-agreement", "citations", "unknown source id 'no-such-source'")


def test_duplicate_id(data_copy):
    messages = _build_with(data_copy, _agreement(id='"kz-bri3-01"'))
    _assert_names(messages, "kz-bri3-01", "id", "duplicate id")


def test_quote_not_in_source(data_copy):
    messages = _build_with(data_copy, _agreement(
        citations='[{ source = "akorda-business-council", quote = "China bought the moon" }]'))
    _assert_names(messages, "test-agreement", "citations", "quote not found")


@pytest.mark.parametrize("value", ["-5", "0", '"lots"'])
def test_value_not_positive(data_copy, value):
    messages = _build_with(data_copy, _agreement(value_usd=value))
    _assert_names(messages, "test-agreement", "value_usd", "is not a positive number")


@pytest.mark.parametrize("date, words", [('"2023-02-30"', "has no day 30"),
                                         ('"2023-13"', "no month 13"),
                                         ('"Oct 2023"', "is not a date")])
def test_impossible_date(data_copy, date, words):
    messages = _build_with(data_copy, _agreement(date=date))
    _assert_names(messages, "test-agreement", "date", words)


def test_unknown_sector(data_copy):
    messages = _build_with(data_copy, _agreement(sector='"Spaceflight"'))
    _assert_names(messages, "test-agreement", "sector", "unknown sector 'Spaceflight'")


def test_unknown_subsector_for_sector(data_copy):
    messages = _build_with(data_copy, _agreement(subsector='"Rail"'))
    _assert_names(messages, "test-agreement", "subsector", "unknown subsector 'Rail'")


def test_unknown_document_type(data_copy):
    messages = _build_with(data_copy, _agreement(doc_type='"handshake"'))
    _assert_names(messages, "test-agreement", "doc_type", "unknown value 'handshake'")


def test_missing_required_field(data_copy):
    text = _agreement().replace('summary = "A test record."\n', "")
    messages = _build_with(data_copy, text)
    _assert_names(messages, "test-agreement", "summary", "is required")


def test_toml_syntax_error_names_file(data_copy):
    (data_copy / "records" / "zz_test.toml").write_text("[[agreements]\nid = ", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        build_database(data_copy, data_copy / "bri.sqlite")
    assert "records/zz_test.toml" in str(info.value.errors[0])
    assert "cannot be read as TOML" in str(info.value.errors[0])


def test_failed_build_leaves_previous_database(data_copy, capsys):
    target = data_copy / "bri.sqlite"
    assert main(["data", "build", "--data-dir", str(data_copy)]) == 0
    before = target.read_bytes()
    (data_copy / "records" / "zz_test.toml").write_text(GOOD_ORG + _agreement(value_usd="-1"),
                                                       encoding="utf-8")
    assert main(["data", "build", "--data-dir", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "zz_test.toml: agreements 'test-agreement', field 'value_usd'" in err
    assert "was not changed" in err
    assert target.read_bytes() == before
    assert not [p for p in data_copy.iterdir() if p.name.endswith(".tmp")]
