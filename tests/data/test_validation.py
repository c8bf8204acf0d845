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
country_source = "curator"
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


def test_good_extra_record_builds(data_copy, db_conn):
    (data_copy / "records" / "zz_test.toml").write_text(GOOD_ORG + _agreement(), encoding="utf-8")
    result = build_database(data_copy, data_copy / "bri.sqlite")
    bundled = db_conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    assert result.counts["agreements"] == bundled + 1


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


def _org(**fields: str) -> str:
    base = {
        "id": '"test-bank"',
        "name": '"Test Bank"',
        "country": '"CN"',
        "country_source": '"curator"',
        "kind": '"bank"',
        "citations": '[{ source = "silkroad-bri-forum-2023", quote = '
                     '"Bank of China Limited (Tokyo Branch), JSC AB “Bank of China Kazakhstan”" }]',
    }
    base.update(fields)
    body = "\n".join(f"{k} = {v}" for k, v in base.items() if v)
    return f"\n[[organizations]]\n{body}\n"


def test_organization_without_country_source(data_copy):
    messages = _build_with(data_copy, _org(country_source=""))
    _assert_names(messages, "test-bank", "country_source", "is required")


def test_unknown_country_source(data_copy):
    messages = _build_with(data_copy, _org(country_source='"hearsay"'))
    _assert_names(messages, "test-bank", "country_source", "unknown value 'hearsay'")


@pytest.mark.parametrize("country, source", [('"XX"', '"curator"'), ('"XX"', '"article"'),
                                             ('"CN"', '"none"')])
def test_not_stated_goes_with_xx_only(data_copy, country, source):
    messages = _build_with(data_copy, _org(country=country, country_source=source))
    _assert_names(messages, "test-bank", "country_source", "use 'none' with XX and only with XX")


def test_alias_must_be_spelled_in_a_cited_quote(data_copy):
    messages = _build_with(data_copy, _org(aliases='["Bank of China Limited (Tokyo Branch)", "BoC"]'))
    _assert_names(messages, "test-bank", "aliases", "'BoC' is not spelled so in any quote")
    assert not [m for m in messages if "Tokyo Branch)' is not" in m]


def test_alias_must_be_a_whole_word(data_copy):
    messages = _build_with(data_copy, _org(aliases='["Bank of Chin"]'))
    _assert_names(messages, "test-bank", "aliases", "'Bank of Chin' is not spelled so")


def test_full_name_must_be_spelled_in_a_cited_quote(data_copy):
    messages = _build_with(data_copy, _org(full_name='"Bank of China Limited, Tokyo"'))
    _assert_names(messages, "test-bank", "full_name", "is not spelled so in any quote")


def test_curator_alias_that_an_article_spells_belongs_in_aliases(data_copy):
    messages = _build_with(data_copy, _org(curator_aliases='["Kazpost JSC"]'))
    _assert_names(messages, "test-bank", "curator_aliases",
                  "spelled so in source 'silkroad-bri-forum-2023': list it under aliases")


def test_curator_alias_repeating_the_name(data_copy):
    messages = _build_with(data_copy, _org(curator_aliases='["test bank"]'))
    _assert_names(messages, "test-bank", "curator_aliases", "already the name, full name or an alias")


def test_curator_aliases_must_be_a_list(data_copy):
    messages = _build_with(data_copy, _org(curator_aliases='"TB"'))
    _assert_names(messages, "test-bank", "curator_aliases", "must be a list of non-empty strings")


def test_good_organization_with_curator_alias_builds(data_copy):
    (data_copy / "records" / "zz_test.toml").write_text(
        _org(aliases='["Bank of China Limited (Tokyo Branch)"]', curator_aliases='["TBX"]'),
        encoding="utf-8")
    result = build_database(data_copy, data_copy / "bri.sqlite")
    assert result.counts["organizations"] >= 88


def test_unknown_reporting_organization(data_copy):
    text = ('\n[[indicators]]\nid = "test-figure"\nname = "Test figure"\nvalue = 1\nunit = "count"\n'
            'period_label = "now"\nkind = "actual"\nscope = "test"\ncountries = ["KZ"]\n'
            'reported_by = "no-such-office"\n'
            'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]\n')
    messages = _build_with(data_copy, text)
    _assert_names(messages, "test-figure", "reported_by", "unknown organization id 'no-such-office'")


def test_project_from_two_articles_needs_identification_note(data_copy):
    text = ('\n[[projects]]\nid = "test-plant"\nname = "Test plant"\ncountry = "KZ"\n'
            'sector = "Energy"\nstatus = "planned"\nsummary = "A test project."\n'
            'citations = [{ source = "akorda-business-council", quote = "Akorda.kz" },\n'
            '  { source = "strategic-deals-15bn", quote = "Kazakhstan & China" }]\n')
    messages = _build_with(data_copy, text)
    _assert_names(messages, "test-plant", "identification_note", "the record cites 2 articles")


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"sector": '["Energy"]'}, "sector", "must be text, not a list"),
    ({"event": '["x"]'}, "event", "must be text, not a list"),
    ({"value_usd": "1e9", "value_qualifier": '["over"]'}, "value_qualifier", "must be text"),
    ({"parties": '[{ org = ["test-org"], role = "party" }]'}, "parties", "org and role must be text"),
    ({"citations": '[{ source = ["akorda-business-council"], quote = "Kazakhstan and China" }]'},
     "citations", "source and quote must be text"),
    ({"citations": '[{ source = "akorda-business-council", quote = 5 }]'}, "citations",
     "quote is a number"),
    ({"value_usd": "inf"}, "value_usd", "is not a finite number"),
    ({"value_usd": "nan"}, "value_usd", "is not a finite number"),
    ({"title": '"' + "x" * 5000 + '"'}, "title", "holds at most 1,000"),
    ({"summary": '"' + "y" * 30000 + '"'}, "summary", "holds at most 20,000"),
    ({"date": "2023"}, "date", ""),
])
def test_a_value_the_build_cannot_store_is_refused_with_file_record_and_field(data_copy, fields, field, words):
    if field == "date":  # a bare TOML number where a date string belongs
        messages = _build_with(data_copy, _agreement(date="2023.5"))
        _assert_names(messages, "test-agreement", "date", "")
        return
    messages = _build_with(data_copy, _agreement(**fields))
    _assert_names(messages, "test-agreement", field, words)
    assert all("Traceback" not in m and "unhashable" not in m for m in messages)


def test_a_circle_of_parents_is_refused(data_copy):
    two = """
[[organizations]]
id = "loop-a"
name = "Loop A"
country = "KZ"
country_source = "curator"
kind = "company"
parent = "loop-b"
citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]

[[organizations]]
id = "loop-b"
name = "Loop B"
country = "KZ"
country_source = "curator"
kind = "company"
parent = "loop-a"
citations = [{ source = "akorda-business-council", quote = "Akorda.kz" }]
"""
    messages = _build_with(data_copy, two)
    _assert_names(messages, "loop-a", "parent", "parents go round in a circle: loop-a → loop-b → loop-a")
    assert all(len(m) < 300 for m in messages)
