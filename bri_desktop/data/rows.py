"""Validated records as table rows and search-index rows: the build writes the bundled
database with them, and the importers add a collection's records to the combined one."""

from __future__ import annotations

from collections.abc import Iterable

from bri_desktop.core.dates import parse_partial
from bri_desktop.data.records import KINDS, Record, RecordSet


def dataset_version(records: RecordSet) -> str:
    return f"{records.dataset.get('version', '0')}+{records.content_hash[:8]}"


CURATED = {"id": "curated", "name": "Curated from articles", "format": "curated", "rows": 0,
           "basis": "US dollars as the articles state them", "position": 0}


def _all_aliases(org: dict) -> list[str]:
    """The articles' spellings, then the curator's: search finds an organization by either."""
    return [*org.get("aliases", []), *org.get("curator_aliases", [])]


def _alias_rows(org: dict) -> list[tuple[str, bool]]:
    """(alias, added by the curator) once each; validation keeps the two lists apart."""
    rows = dict.fromkeys(org.get("aliases", []), False)
    for alias in org.get("curator_aliases", []):
        rows.setdefault(alias, True)
    return list(rows.items())


def _date_columns(value: str | None, end: str | None = None) -> dict:
    if not value:
        return {"date_text": None, "date_start": None, "date_end": None,
                "date_precision": None, "year": None}
    first = parse_partial(value)
    last = parse_partial(end) if end else first
    return {"date_text": value, "date_start": first.first.isoformat(),
            "date_end": last.last.isoformat(), "date_precision": first.precision,
            "year": first.year}


class RowWriter:
    """Turns validated records into table rows and search-index rows."""

    def __init__(self, records: RecordSet, collection: str = "curated",
                 after: dict[str, int] | None = None, known_orgs: dict[str, dict] | None = None):
        """``collection``: the collection every record belongs to; ``after``: the last seq of
        each kind already written (a collection's records are numbered after the bundled
        ones); ``known_orgs``: organizations already written that records refer to."""
        self.rs = records
        self.collection = collection
        self.vocab = records.vocabulary
        self.orgs = {**(known_orgs or {}), **{r.id: r.data for r in records.records["organizations"]}}
        self.projects = {r.id: r.data for r in records.records["projects"]}
        self.events = {r.id: r.data for r in records.records["events"]}
        self.binding = set(self.vocab.get("commitment", {}).get("binding", []))
        # Each record's number within its kind, in file order: the search index and the link
        # tables refer to records by it.
        start = after or {}
        self.seq = {kind: {r.id: start.get(kind, 0) + i for i, r in enumerate(records.records[kind], 1)}
                    for kind in KINDS}

    def _names(self, roles: Iterable[dict]) -> str:
        return "; ".join(self.orgs[p["org"]]["name"] for p in roles)

    def _aliases(self, roles: Iterable[dict]) -> str:
        parts = []
        for p in roles:
            org = self.orgs[p["org"]]
            parts += [org["name"], org.get("full_name", ""), *_all_aliases(org)]
        return " ; ".join(x for x in parts if x)

    def _recs(self, kind: str) -> list[Record]:
        return self.rs.records[kind]

    def tables(self, m):  # type: ignore[no-untyped-def]
        """Every table of the bundled database, with its rows."""
        yield m.Meta.__table__, self.meta_rows()
        yield m.Vocabulary.__table__, self.vocabulary_rows()
        yield m.Collection.__table__, [{**CURATED, "rows": sum(len(v) for v in self.rs.records.values())}]
        yield from self.record_tables(m)

    def record_tables(self, m):  # type: ignore[no-untyped-def]
        """The tables that hold records, with this set's rows."""
        yield m.Source.__table__, [
            {"seq": self.seq["sources"][r.id], "collection": self.collection,
             "imported": bool(r.data.get("imported", False)),
             **{k: r.data.get(k) for k in ("id", "title", "publisher", "author", "published",
                                          "published_note", "file")}}
            for r in self._recs("sources")
        ]
        yield m.Organization.__table__, self._numbered("organizations", self.organization,
                                                      self._org_order())
        yield m.OrgAlias.__table__, [
            {"org_id": r.id, "alias": a, "curator": curator}
            for r in self._recs("organizations") for a, curator in _alias_rows(r.data)
        ]
        yield m.Event.__table__, self._numbered("events", self.event)
        yield m.Package.__table__, self._numbered("packages", self.package)
        yield m.PackageComponent.__table__, [
            {"package_id": r.id, "position": i, "label": c["label"], "count": c.get("count"),
             "value_usd": c.get("value_usd"), "value_qualifier": c.get("value_qualifier")}
            for r in self._recs("packages") for i, c in enumerate(r.data.get("components", []))
        ]
        yield m.Project.__table__, self._numbered("projects", self.project)
        yield m.ProjectPartner.__table__, self.role_rows("projects", "partners", "project")
        yield m.Corridor.__table__, self._numbered("corridors", self.corridor,
                                                  self._corridor_order())
        yield m.CorridorCountry.__table__, [
            {"corridor_id": r.id, "country": c, "corridor_seq": self.seq["corridors"][r.id]}
            for r in self._recs("corridors") for c in dict.fromkeys(r.data["countries"])
        ]
        yield m.CorridorNode.__table__, [
            {"corridor_id": r.id, "position": i, "name": n["name"], "country": n["country"],
             "kind": n["kind"], "lat": n["lat"], "lon": n["lon"], "approx": n.get("approx", True),
             "named_in_source": n.get("named_in_source", True), "mode": n.get("mode")}
            for r in self._recs("corridors") for i, n in enumerate(r.data["nodes"])
        ]
        yield m.CorridorProject.__table__, [
            {"corridor_id": r.id, "project_id": p, "project_seq": self.seq["projects"][p]}
            for r in self._recs("corridors") for p in dict.fromkeys(r.data.get("projects", []))
        ]
        yield m.Agreement.__table__, self._numbered("agreements", self.agreement)
        yield m.AgreementParty.__table__, self.role_rows("agreements", "parties", "agreement")
        yield m.AgreementOrg.__table__, self.agreement_org_rows()
        yield m.Indicator.__table__, self._numbered("indicators", self.indicator)
        yield m.IndicatorCountry.__table__, [
            {"indicator_id": r.id, "country": c, "indicator_seq": self.seq["indicators"][r.id]}
            for r in self._recs("indicators") for c in dict.fromkeys(r.data["countries"])
        ]
        yield m.Citation.__table__, [
            {"kind": kind, "record_id": r.id, "position": i, "source_id": c["source"],
             "quote": c["quote"]}
            for kind in KINDS for r in self._recs(kind) for i, c in enumerate(r.data.get("citations", []))
        ]

    def _numbered(self, kind: str, make, records: list[Record] | None = None) -> list[dict]:
        return [{**make(r.data), "seq": self.seq[kind][r.id]}
                for r in (records if records is not None else self._recs(kind))]

    def _parents_first(self, kind: str) -> list[Record]:
        """Records whose parent is defined come after it, so foreign keys hold while inserting."""
        pending = list(self._recs(kind))
        done: set[str] = set()
        ordered: list[Record] = []
        while pending:
            rest = []
            for r in pending:
                parent = r.data.get("parent")
                if parent is None or parent in done:
                    ordered.append(r)
                    done.add(r.id)
                else:
                    rest.append(r)
            if len(rest) == len(pending):  # a cycle: keep file order, the FK check reports it
                ordered += rest
                break
            pending = rest
        return ordered

    def _org_order(self) -> list[Record]:
        return self._parents_first("organizations")

    def _corridor_order(self) -> list[Record]:
        return self._parents_first("corridors")

    def meta_rows(self) -> list[dict]:
        from bri_desktop.db.required import SCHEMA_VERSION

        ds = self.rs.dataset
        rows = {
            "dataset_version": dataset_version(self.rs),
            "content_hash": self.rs.content_hash,
            "schema_version": str(SCHEMA_VERSION),
            "title": ds.get("title", ""),
            "licence": ds.get("licence", ""),
        }
        rows.update({f"count_{k}": str(len(self._recs(k))) for k in KINDS})
        return [{"key": k, "value": v} for k, v in rows.items()]

    def vocabulary_rows(self) -> list[dict]:
        rows = []
        for group, values in self.vocab.items():
            if group == "commitment":
                continue
            if group == "sectors":
                for i, (sector, subs) in enumerate(values.items()):
                    rows.append({"group": "sectors", "code": sector, "label": sector, "position": i})
                    rows += [{"group": f"subsectors:{sector}", "code": s, "label": s, "position": j}
                             for j, s in enumerate(subs)]
                continue
            rows += [{"group": group, "code": code, "label": label, "position": i}
                     for i, (code, label) in enumerate(values.items())]
        # the collections' names, as a vocabulary: tables, facets and exports label them so
        rows.append({"group": "collections", "code": CURATED["id"], "label": CURATED["name"], "position": 0})
        return rows

    def role_rows(self, kind: str, field: str, owner: str) -> list[dict]:
        rows, seen = [], set()
        for r in self._recs(kind):
            for i, p in enumerate(r.data.get(field, [])):
                ident = (r.id, p["org"], p["role"])
                if ident not in seen:
                    seen.add(ident)
                    rows.append({f"{owner}_id": r.id, f"{owner}_seq": self.seq[kind][r.id],
                                 "org_id": p["org"], "role": p["role"], "position": i})
        return rows

    def agreement_org_rows(self) -> list[dict]:
        keys = ("country", "sector", "doc_type", "event_id", "year", "status", "value_usd",
                "value_in_totals", "value_qualifier", "date_start", "date_end", "corridor_id")
        rows = []
        for r in self._recs("agreements"):
            row = self.agreement(r.data)
            for org in dict.fromkeys(p["org"] for p in r.data["parties"]):
                rows.append({"seq": self.seq["agreements"][r.id], "org_id": org,
                             **{k: row[k] for k in keys}})
        return rows

    def organization(self, d: dict) -> dict:
        return {"id": d["id"], "name": d["name"], "full_name": d.get("full_name"),
                "aliases_text": "; ".join(d.get("aliases", [])), "country": d["country"],
                "country_source": d["country_source"], "kind": d["kind"],
                "parent_id": d.get("parent"), "collection": self.collection}

    def event(self, d: dict) -> dict:
        dates = _date_columns(d.get("start"), d.get("end"))
        return {"id": d["id"], "name": d["name"], "kind": d["kind"], "place": d.get("place"),
                "country": d.get("country"), "end_text": d.get("end"), "date_note": d.get("date_note"),
                "summary": d.get("summary"), **dates}

    def package(self, d: dict) -> dict:
        event = self.events.get(d.get("event", ""))
        dates = _date_columns(d.get("date") or (event or {}).get("start"))
        return {"id": d["id"], "name": d["name"], "country": d.get("country"),
                "event_id": d.get("event"), "event_name": event["name"] if event else None,
                "date_note": d.get("date_note") or (event or {}).get("date_note"),
                "total_usd": d.get("total_usd"), "total_qualifier": d.get("total_qualifier"),
                "count": d.get("count"), "count_qualifier": d.get("count_qualifier"),
                "summary": d["summary"], **dates}

    def project(self, d: dict) -> dict:
        keys = ("id", "name", "country", "region", "city", "lat", "lon", "sector", "subsector",
                "investment_usd", "investment_qualifier", "investment_note", "capacity_value",
                "capacity_value_low", "capacity_unit", "capacity_note", "status", "start_year",
                "end_year", "date_note", "summary", "identification_note")
        row = {k: d.get(k) for k in keys}
        row.update(location_country=d.get("location_country", d["country"]),
                   approx=d.get("approx", True), year=d.get("end_year") or d.get("start_year"),
                   partners_text=self._names(d.get("partners", [])), package_id=d.get("package"),
                   collection=self.collection, flow=d.get("flow"),
                   in_totals=d.get("in_totals", True),
                   source_urls="\n".join(d.get("source_urls", [])) or None)
        return row

    def corridor(self, d: dict) -> dict:
        keys = ("id", "name", "mode", "length_km", "length_qualifier", "capacity_value",
                "capacity_value_low", "capacity_unit", "capacity_note", "status", "status_note",
                "route_note", "summary")
        row = {k: d.get(k) for k in keys}
        row.update(parent_id=d.get("parent"), countries_text=", ".join(d["countries"]))
        return row

    def agreement(self, d: dict) -> dict:
        event = self.events.get(d.get("event", ""))
        date = d.get("date") or (event or {}).get("start")
        keys = ("id", "title", "doc_type", "country", "sector", "subsector", "value_usd",
                "value_qualifier", "status", "summary")
        row = {k: d.get(k) for k in keys}
        row.update(_date_columns(date))
        project = self.projects.get(d.get("project", ""), {})
        counted_elsewhere = project.get("investment_usd") is not None
        row.update(value_in_totals=None if counted_elsewhere else d.get("value_usd"))
        row.update(binding=d["doc_type"] in self.binding, event_id=d.get("event"),
                   event_name=event["name"] if event else None,
                   date_note=d.get("date_note") or (event or {}).get("date_note"),
                   parties_text=self._names(d["parties"]), project_id=d.get("project"),
                   corridor_id=d.get("corridor"), package_id=d.get("package"))
        return row

    def indicator(self, d: dict) -> dict:
        keys = ("id", "name", "value", "unit", "value_qualifier", "period_label", "kind", "measure",
                "scope", "note")
        row = {k: d.get(k) for k in keys}
        start, end = d.get("period_start"), d.get("period_end")
        row.update(period_start=parse_partial(start).first.isoformat() if start else None,
                   period_end=parse_partial(end).last.isoformat() if end else None,
                   year=parse_partial(str(end or start)).year if (end or start) else None,
                   countries_text=", ".join(d["countries"]), corridor_id=d.get("corridor"),
                   project_id=d.get("project"), reported_by_id=d.get("reported_by"))
        return row

    def search_rows(self) -> list[dict]:
        rows = []

        from bri_desktop.db.kinds import KIND_BASE

        def add(kind: str, rid: str, title: str, summary: str, parties: str, quotes: str) -> None:
            rows.append({"rowid": KIND_BASE[kind] + self.seq[kind][rid], "kind": kind,
                         "record_id": rid, "title": title, "summary": summary,
                         "parties": parties, "quotes": quotes})

        def quotes(r: Record) -> str:
            return " … ".join(c["quote"] for c in r.data.get("citations", []))

        for r in self._recs("agreements"):
            d = r.data
            add("agreements", r.id, d["title"], d["summary"], self._aliases(d["parties"]), quotes(r))
        for r in self._recs("projects"):
            d = r.data
            place = " ".join(x for x in (d.get("city"), d.get("region")) if x)
            add("projects", r.id, d["name"], f"{d['summary']} {place}",
                self._aliases(d.get("partners", [])), quotes(r))
        for r in self._recs("packages"):
            add("packages", r.id, r.data["name"], r.data["summary"], "", quotes(r))
        for r in self._recs("corridors"):
            d = r.data
            nodes = " ".join(n["name"] for n in d["nodes"])
            add("corridors", r.id, d["name"], f"{d['summary']} {nodes}", "", quotes(r))
        for r in self._recs("indicators"):
            d = r.data
            add("indicators", r.id, d["name"], f"{d['scope']} {d.get('note', '')}", "", quotes(r))
        for r in self._recs("organizations"):
            d = r.data
            add("organizations", r.id, d["name"], d.get("full_name", ""),
                " ; ".join(_all_aliases(d)), quotes(r))
        for r in self._recs("events"):
            d = r.data
            add("events", r.id, d["name"], f"{d.get('summary', '')} {d.get('place', '')}", "",
                quotes(r))
        for r in self._recs("sources"):
            d = r.data
            add("sources", r.id, d["title"], f"{d.get('publisher', '')} {d.get('author', '')}", "", "")
        return rows
