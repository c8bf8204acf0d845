"""Validate curated records. Every error names the file, the record id and the field."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bri_desktop.core.article import normalise_text
from bri_desktop.core.dates import DateError, parse_partial
from bri_desktop.data.records import Record, RecordSet
from bri_desktop.data.schema import (
    COMPONENT_FIELDS,
    FIELDS,
    NODE_FIELDS,
    PARTY_ROLES,
    QUALIFIERS,
    Field,
)

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Field types that hold one piece of text (a list or a number there cannot be stored).
_ONE_TEXT = {"id", "text", "article_spelling", "qualifier", "vocab", "sector", "subsector", "ref",
             "source_file"}
# The longest text a field may hold: a name or title is read in a table row, the rest in the
# details pane; more than this is a mistake in the file, not a record.
MAX_NAME = 1_000
MAX_TEXT = 20_000
_NAMES = {"name", "title", "full_name"}


def _kind_of(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


@dataclass(frozen=True)
class ValidationError:
    file: str
    kind: str
    record_id: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.kind} '{self.record_id}'" if self.kind else self.file
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class Validator:
    def __init__(self, records: RecordSet, data_dir: Path,
                 known: dict[str, set[str]] | None = None):
        """``known``: ids, by kind, of records written before (an imported collection refers to
        the bundled organizations)."""
        self.rs = records
        self.data_dir = data_dir
        self.vocab = records.vocabulary
        self.ids: dict[str, set[str]] = {k: {r.id for r in v} for k, v in records.records.items()}
        self.known = known or {}
        for kind, ids in self.known.items():
            self.ids[kind] = self.ids.get(kind, set()) | ids
        self.sources = {r.id: r for r in records.records["sources"]}
        self.source_texts: dict[str, str] = {}
        self.source_lines: dict[str, set[str] | None] = {}

    def run(self) -> list[ValidationError]:
        errors = [ValidationError(f, "", "", "", m) for f, m in self.rs.load_errors]
        errors += self._check_vocabulary()
        if errors:
            return errors
        for kind in FIELDS:
            errors += self._check_duplicates(kind)
            for record in self.rs.records[kind]:
                errors += list(self._check_record(record))
        errors += self._check_parent_cycles()
        errors += self._check_measures()
        return errors

    def _check_measures(self) -> list[ValidationError]:
        """A measure groups two figures or more, all in one unit: figures in different units
        are not the same measure, and a measure of one figure compares nothing."""
        members: dict[str, list[Record]] = {}
        for record in self.rs.records["indicators"]:
            if isinstance(record.data.get("measure"), str):
                members.setdefault(record.data["measure"], []).append(record)
        errors = []
        for code, label in self.vocab.get("measures", {}).items():
            found = members.get(code, [])
            units = sorted({str(r.data.get("unit")) for r in found})
            if found and len(units) > 1:
                errors += [ValidationError(r.file, "indicators", r.id, "measure",
                                           f"measure '{code}' mixes units ({', '.join(units)})")
                           for r in found]
            if len(found) == 1 and not self.known:
                errors.append(ValidationError(found[0].file, "indicators", found[0].id, "measure",
                                              f"measure '{code}' ({label}) has no other figure"))
        return errors

    def _check_parent_cycles(self) -> list[ValidationError]:
        """An organization or corridor may not be, through its parents, its own parent."""
        errors = []
        for kind in ("organizations", "corridors"):
            parent = {r.id: r.data.get("parent") for r in self.rs.records[kind]
                      if isinstance(r.data.get("parent"), str)}
            for record in self.rs.records[kind]:
                seen, at = [record.id], parent.get(record.id)
                while at is not None and at not in seen:
                    seen.append(at)
                    at = parent.get(at)
                if at == record.id:
                    chain = " → ".join([*seen, record.id])
                    errors.append(ValidationError(record.file, kind, record.id, "parent",
                                                  f"parents go round in a circle: {chain}"))
        return errors

    def _check_vocabulary(self) -> list[ValidationError]:
        needed = ["countries", "sectors", "doc_types", "agreement_statuses", "project_statuses",
                  "corridor_modes", "organization_kinds", "event_kinds", "indicator_kinds", "units",
                  "country_sources", "measures"]
        return [
            ValidationError("records/vocabulary.toml", "", "", group, "vocabulary group is missing")
            for group in needed if group not in self.vocab
        ]

    def _check_duplicates(self, kind: str) -> list[ValidationError]:
        seen: dict[str, str] = {}
        errors = []
        for record in self.rs.records[kind]:
            if record.id in self.known.get(kind, ()):
                errors.append(ValidationError(record.file, kind, record.id, "id",
                                              "duplicate id (a record of the dataset has it)"))
            elif record.id in seen:
                errors.append(ValidationError(record.file, kind, record.id, "id",
                                              f"duplicate id (first defined in {seen[record.id]})"))
            else:
                seen[record.id] = record.file
        return errors

    def _check_record(self, record: Record) -> Iterator[ValidationError]:
        spec = FIELDS[record.kind]

        def err(field: str, message: str) -> ValidationError:
            return ValidationError(record.file, record.kind, record.id, field, message)

        for name in record.data:
            if name not in spec:
                yield err(name, "unknown field")
        for name, field in spec.items():
            value = record.data.get(name)
            if value is None or value == "" or value == []:
                if field.required:
                    yield err(name, "is required")
                continue
            for message in self._check_value(record, name, field, value):
                yield err(name, message)
        yield from (err(f, m) for f, m in self._check_cross_fields(record))

    def _check_value(self, record: Record, name: str, field: Field, value: object) -> Iterator[str]:
        t = field.type
        if t in _ONE_TEXT and not isinstance(value, str):
            yield f"must be text, not {_kind_of(value)}"
            return
        if isinstance(value, str) and len(value) > (MAX_NAME if name in _NAMES else MAX_TEXT):
            limit = MAX_NAME if name in _NAMES else MAX_TEXT
            yield f"is {len(value):,} characters long; a {name} holds at most {limit:,}"
            return
        if t == "id":
            if not isinstance(value, str) or not _ID.match(value):
                yield f"'{value}' is not a valid id (lower-case words joined by hyphens)"
        elif t == "text":
            if not isinstance(value, str) or not value.strip():
                yield "must be non-empty text"
        elif t == "text_list":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                yield "must be a list of non-empty strings"
            elif any(len(v) > MAX_NAME for v in value):
                yield f"holds an entry longer than {MAX_NAME:,} characters"
        elif t in ("article_spelling", "article_spellings"):
            yield from self._spelling_errors(record, value, many=t == "article_spellings")
        elif t == "date":
            yield from _date_errors(value)
        elif t == "year":
            if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2100:
                yield f"'{value}' is not a year between 1900 and 2100"
        elif t == "positive":
            yield from _positive_errors(value)
        elif t == "positive_int":
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                yield f"'{value}' is not a positive whole number"
        elif t == "bool":
            if not isinstance(value, bool):
                yield "must be true or false"
        elif t == "latitude":
            yield from _range_errors(value, -90, 90, "latitude")
        elif t == "longitude":
            yield from _range_errors(value, -180, 180, "longitude")
        elif t == "qualifier":
            if value not in QUALIFIERS:
                yield f"unknown qualifier '{value}' (use one of {', '.join(sorted(QUALIFIERS))})"
        elif t == "vocab":
            if not isinstance(value, str) or value not in self.vocab[field.extra]:
                yield f"unknown value '{value}' (not in vocabulary '{field.extra}')"
        elif t == "sector":
            if value not in self.vocab["sectors"]:
                yield f"unknown sector '{value}'"
        elif t == "subsector":
            sector = record.data.get("sector")
            allowed = self.vocab["sectors"].get(sector, [])
            if value not in allowed:
                yield f"unknown subsector '{value}' for sector '{sector}'"
        elif t == "ref":
            if value not in self.ids[field.extra]:
                yield f"unknown {field.extra[:-1]} id '{value}'"
        elif t == "ref_list":
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str):
                    yield f"must list ids (text), not {_kind_of(item)}"
                elif item not in self.ids[field.extra]:
                    yield f"unknown {field.extra[:-1]} id '{item}'"
        elif t == "country_list":
            if not isinstance(value, list):
                yield "must be a list of country codes"
            else:
                for code in value:
                    if not isinstance(code, str):
                        yield f"must list country codes (text), not {_kind_of(code)}"
                    elif code not in self.vocab["countries"]:
                        yield f"unknown country '{code}'"
        elif t == "roles":
            yield from self._roles_errors(value, field.extra)
        elif t == "nodes":
            yield from self._nodes_errors(value)
        elif t == "components":
            yield from _components_errors(value)
        elif t == "citations":
            yield from self._citation_errors(value)
        elif t == "source_file" and (not isinstance(value, str)
                                     or not (self.data_dir / value).is_file()):
            yield f"source file '{value}' does not exist under data/"

    def _spelling_errors(self, record: Record, value: object, many: bool) -> Iterator[str]:
        """Names the articles use: each must be spelled so in a quote the record cites."""
        if many and not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
            yield "must be a list of non-empty strings"
            return
        if not many and not (isinstance(value, str) and value.strip()):
            yield "must be non-empty text"
            return
        cites = record.data.get("citations")
        quotes = [normalise_text(str(c.get("quote", ""))) for c in cites
                  if isinstance(c, dict)] if isinstance(cites, list) else []
        for spelling in value if isinstance(value, list) else [value]:
            if not any(_spells(text, str(spelling)) for text in quotes):
                yield (f"'{spelling}' is not spelled so in any quote this record cites "
                       "(a spelling of the curator's own goes in curator_aliases)")

    def _spelled_in_an_article(self, spelling: str) -> str | None:
        """The id of a source article that spells ``spelling`` as a whole word or phrase."""
        for source in self.rs.records["sources"]:
            text = self._source_text(source.id)
            if text is not None and _spells(text, spelling):
                return source.id
        return None

    def _roles_errors(self, value: object, kind: str) -> Iterator[str]:
        if not isinstance(value, list):
            yield "must be a list of { org, role } tables"
            return
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict) or set(item) - {"org", "role"}:
                yield f"entry {i} must be {{ org = ..., role = ... }}"
                continue
            if not all(isinstance(item.get(k), str) for k in ("org", "role")):
                yield f"entry {i}: org and role must be text"
                continue
            if item.get("org") not in self.ids[kind]:
                yield f"entry {i}: unknown organization id '{item.get('org')}'"
            if item.get("role") not in PARTY_ROLES:
                yield f"entry {i}: unknown role '{item.get('role')}'"

    def _nodes_errors(self, value: object) -> Iterator[str]:
        if not isinstance(value, list) or len(value) < 2:
            yield "must list at least two nodes"
            return
        for i, node in enumerate(value, 1):
            if not isinstance(node, dict):
                yield f"node {i} must be a table"
                continue
            for key in set(node) - NODE_FIELDS:
                yield f"node {i}: unknown field '{key}'"
            for key in ("name", "country", "kind", "lat", "lon"):
                if key not in node:
                    yield f"node {i}: '{key}' is required"
            if node.get("country") not in self.vocab["countries"]:
                yield f"node {i}: unknown country '{node.get('country')}'"
            yield from (f"node {i}: {m}" for m in _range_errors(node.get("lat"), -90, 90, "latitude"))
            yield from (f"node {i}: {m}" for m in _range_errors(node.get("lon"), -180, 180, "longitude"))
            if "mode" in node and node["mode"] not in self.vocab["corridor_modes"]:
                yield f"node {i}: unknown mode '{node['mode']}'"

    def _citation_errors(self, value: object) -> Iterator[str]:
        if not isinstance(value, list) or not value:
            yield "at least one citation { source, quote } is required"
            return
        for i, cite in enumerate(value, 1):
            if not isinstance(cite, dict) or set(cite) != {"source", "quote"}:
                yield f"citation {i} must be {{ source = ..., quote = ... }}"
                continue
            if not isinstance(cite["source"], str) or not isinstance(cite["quote"], str):
                yield (f"citation {i}: source and quote must be text (source is "
                       f"{_kind_of(cite['source'])}, quote is {_kind_of(cite['quote'])})")
                continue
            if len(cite["quote"]) > MAX_TEXT:
                yield f"citation {i}: the quote is {len(cite['quote']):,} characters; at most {MAX_TEXT:,}"
                continue
            lines = self._imported_lines(cite["source"])
            if lines is not None:  # a dataset file: each quote is one of its lines, whole
                if normalise_text(cite["quote"]) not in lines:
                    yield f"citation {i}: quote is not a row of source '{cite['source']}': \"{cite['quote'][:70]}\""
                continue
            text = self._source_text(cite["source"])
            if text is None:
                yield f"citation {i}: unknown source id '{cite['source']}'"
            elif not str(cite["quote"]).strip():
                yield f"citation {i}: the quote is empty"
            elif normalise_text(str(cite["quote"])) not in text:
                yield f"citation {i}: quote not found in source '{cite['source']}': \"{str(cite['quote'])[:70]}\""

    def _imported_lines(self, source_id: str) -> set[str] | None:
        """The lines of an imported dataset's rows file (None for an article): thousands of
        quotes are each checked at once, not searched for in the whole text."""
        if source_id not in self.source_lines:
            record = self.sources.get(source_id)
            path = self.data_dir / str(record.data.get("file", "")) if record else None
            if record is None or record.data.get("imported") is not True or path is None \
                    or not path.is_file():
                self.source_lines[source_id] = None
            else:
                self.source_lines[source_id] = {
                    normalise_text(line) for line in path.read_text(encoding="utf-8").splitlines()}
        return self.source_lines[source_id]

    def _source_text(self, source_id: str) -> str | None:
        if source_id not in self.source_texts:
            record = self.sources.get(source_id)
            path = self.data_dir / str(record.data.get("file", "")) if record else None
            if path is None or not path.is_file():
                return None
            self.source_texts[source_id] = normalise_text(path.read_text(encoding="utf-8"))
        return self.source_texts[source_id]

    def _check_cross_fields(self, record: Record) -> Iterator[tuple[str, str]]:
        d = record.data
        for low, high in (("capacity_value_low", "capacity_value"), ("start_year", "end_year")):
            a, b = d.get(low), d.get(high)
            if isinstance(a, int | float) and isinstance(b, int | float) and a > b:
                yield high, f"'{b}' is less than {low} '{a}'"
        for low, high in (("start", "end"), ("period_start", "period_end")):
            a, b = d.get(low), d.get(high)
            if a is None or b is None:
                continue
            try:
                if parse_partial(str(a)).first > parse_partial(str(b)).last:
                    yield high, f"'{b}' comes before {low} '{a}'"
            except DateError:
                continue  # reported by the field's own check
        if ("lat" in d) != ("lon" in d):
            yield "lat", "lat and lon must be given together"
        if record.kind == "organizations":
            yield from self._organization_errors(record)
        if record.kind == "projects":
            yield from _project_errors(record)

    def _organization_errors(self, record: Record) -> Iterator[tuple[str, str]]:
        """The country is "XX" exactly when no one states it; a curator's alias is not one the
        articles use, nor a repeat of the name or an alias."""
        d = record.data
        country, source = d.get("country"), d.get("country_source")
        if source in self.vocab.get("country_sources", {}) and (country == "XX") != (source == "none"):
            yield "country_source", (f"'{source}' does not go with country '{country}' "
                                     "(use 'none' with XX and only with XX)")
        curator = d.get("curator_aliases")
        if not isinstance(curator, list):
            return
        known = {normalise_text(str(x)) for x in [d.get("name"), d.get("full_name"),
                                                    *(d.get("aliases") or [])] if x}
        for alias in curator:
            if not isinstance(alias, str) or not alias:
                continue
            if normalise_text(alias) in known:
                yield "curator_aliases", f"'{alias}' is already the name, full name or an alias"
            elif source_id := self._spelled_in_an_article(alias):
                yield "curator_aliases", (f"'{alias}' is spelled so in source '{source_id}': "
                                          "list it under aliases, with a quote that shows it")


def _project_errors(record: Record) -> Iterator[tuple[str, str]]:
    """A project merged from several articles says why they describe one project."""
    cites = record.data.get("citations")
    sources = {c.get("source") for c in cites if isinstance(c, dict)} if isinstance(cites, list) else set()
    if len(sources) > 1 and not record.data.get("identification_note"):
        yield "identification_note", (f"is required: the record cites {len(sources)} articles "
                                      "(say why what they describe is one project)")


def _spells(text: str, spelling: str) -> bool:
    """Whether normalised ``text`` holds ``spelling`` as a whole word or phrase."""
    word = rf"(?<![a-z0-9]){re.escape(normalise_text(spelling))}(?![a-z0-9])"
    return re.search(word, text) is not None


def _date_errors(value: object) -> Iterator[str]:
    try:
        parse_partial(str(value))
    except DateError as exc:
        yield str(exc)


def _positive_errors(value: object) -> Iterator[str]:
    if isinstance(value, int | float) and not isinstance(value, bool) and not math.isfinite(value):
        yield f"'{value}' is not a finite number"
    elif isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        yield f"'{value}' is not a positive number"


def _range_errors(value: object, low: float, high: float, what: str) -> Iterator[str]:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        yield f"'{value}' is not a {what} between {low} and {high}"


def _components_errors(value: object) -> Iterator[str]:
    if not isinstance(value, list):
        yield "must be a list of { label, count, value_usd } tables"
        return
    for i, comp in enumerate(value, 1):
        if not isinstance(comp, dict) or "label" not in comp:
            yield f"component {i} needs a label"
            continue
        for key in set(comp) - COMPONENT_FIELDS:
            yield f"component {i}: unknown field '{key}'"
        if "value_usd" in comp:
            yield from (f"component {i}: {m}" for m in _positive_errors(comp["value_usd"]))
        if "count" in comp and (not isinstance(comp["count"], int) or comp["count"] <= 0):
            yield f"component {i}: '{comp['count']}' is not a positive whole number"


def validate(records: RecordSet, data_dir: Path,
             known: dict[str, set[str]] | None = None) -> list[ValidationError]:
    return Validator(records, data_dir, known).run()
