"""One record with everything linked to it, and records denormalised for export."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from bri_desktop.core.filters import Filter
from bri_desktop.core.money import format_number
from bri_desktop.db.connection import batches, tolerates_damaged_text
from bri_desktop.db.kinds import KINDS, number_sql
from bri_desktop.db.queries import default_descending, display_order, where_clause

# Link tables of organizations with roles: kind -> (table, key column).
ROLE_LINKS = {"agreements": ("agreement_parties", "agreement_id"),
              "projects": ("project_partners", "project_id")}
# Columns naming another record: column -> (table, kind).
REFERENCES = {"event_id": ("events", "events"), "project_id": ("projects", "projects"),
              "corridor_id": ("corridors", "corridors"), "package_id": ("packages", "packages"),
              "reported_by_id": ("organizations", "organizations"), "parent_id": (None, None)}


def citations(conn: sqlite3.Connection, kind: str, record_ids: list[str]) -> dict[str, list[dict]]:
    """Citations of many records at once: record id -> [{source, title, publisher, ..., quote}]."""
    result: dict[str, list[dict]] = {rid: [] for rid in record_ids}
    for chunk in _chunks(record_ids):
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT c.record_id, c.source_id, s.title, s.publisher, s.author, s.published, "
            "s.published_note, s.file, c.quote FROM citations c JOIN sources s ON s.id = c.source_id "
            f"WHERE c.kind = ? AND c.record_id IN ({marks}) ORDER BY c.record_id, c.position",
            [kind, *chunk],
        )
        for row in rows:
            result[row[0]].append({
                "source": row[1], "title": row[2], "publisher": row[3], "author": row[4],
                "published": row[5], "published_note": row[6], "file": row[7], "quote": row[8],
            })
    return result


def roles(conn: sqlite3.Connection, kind: str, record_ids: list[str]) -> dict[str, list[dict]]:
    """Parties or partners of many records: record id -> [{org, name, role, country}]."""
    result: dict[str, list[dict]] = {rid: [] for rid in record_ids}
    if kind not in ROLE_LINKS:
        return result
    table, key = ROLE_LINKS[kind]
    for chunk in _chunks(record_ids):
        marks = ", ".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT l.{key}, o.id, o.name, l.role, o.country FROM {table} l "
            f"JOIN organizations o ON o.id = l.org_id WHERE l.{key} IN ({marks}) "
            f"ORDER BY l.{key}, l.position",
            chunk,
        )
        for row in rows:
            result[row[0]].append({"org": row[1], "name": row[2], "role": row[3], "country": row[4]})
    return result


RELATED_LIMIT = 25  # linked records listed per kind and relation; the rest are counted


@tolerates_damaged_text
def record_details(conn: sqlite3.Connection, kind: str, record_id: str,
                   limit: int = RELATED_LIMIT) -> dict | None:
    """Every field of one record, its parties, links, citations and related records (at most
    ``limit`` of each relation; ``related_more`` counts the rest)."""
    table = KINDS[kind].table
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    data = dict(row)
    if "kind" in data:  # an organization's, an event's or an indicator's own kind ("bank", "summit")
        data["kind_value"] = data["kind"]
    data["kind"] = kind
    data["citations"] = citations(conn, kind, [record_id])[record_id]
    data["roles"] = roles(conn, kind, [record_id])[record_id]
    data["links"] = _links(conn, data)
    data["related"], data["related_more"] = _related(conn, kind, record_id, limit)
    if kind == "corridors":
        data["nodes"] = [dict(r) for r in conn.execute(
            "SELECT * FROM corridor_nodes WHERE corridor_id = ? ORDER BY position", (record_id,))]
    if kind == "packages":
        data["components"] = [dict(r) for r in conn.execute(
            "SELECT * FROM package_components WHERE package_id = ? ORDER BY position", (record_id,))]
    if "collection" in data:
        data["collection_info"] = _collection(conn, data["collection"])
    data["provenance"] = _provenance(conn, kind, record_id)
    data["possible_matches"] = possible_matches(conn, kind, record_id)
    if kind == "indicators" and data.get("measure"):
        data["measure_others"] = [
            {"id": r[0], "name": r[1], "figure": format_number(r[2], r[3], r[4]), "period": r[5]}
            for r in conn.execute("SELECT id, name, value, unit, value_qualifier, period_label "
                                  "FROM indicators WHERE measure = ? AND id != ? "
                                  f"AND {number_sql('value')} IS NOT NULL ORDER BY seq",
                                  (data["measure"], record_id))]
    if kind == "organizations":
        aliases = conn.execute("SELECT alias, curator FROM org_aliases WHERE org_id = ? "
                               "ORDER BY alias", (record_id,)).fetchall()
        data["aliases"] = [a for a, curator in aliases if not curator]
        data["curator_aliases"] = [a for a, curator in aliases if curator]
    return data


def _collection(conn: sqlite3.Connection, collection_id: str) -> dict | None:
    row = conn.execute("SELECT * FROM collections WHERE id = ?", (collection_id,)).fetchone()
    return dict(row) if row else None


def _provenance(conn: sqlite3.Connection, kind: str, record_id: str) -> dict | None:
    """Where an imported record came from: the file, its SHA-256, the sheet and row, when and by
    which importer, and the row's values as they were (None for a curated record)."""
    import json

    row = conn.execute(
        "SELECT p.sheet, p.row, p.original, c.name, c.file, c.sha256, c.imported_at, c.importer_version, "
        "c.basis FROM provenance p JOIN collections c ON c.id = p.collection_id "
        "WHERE p.kind = ? AND p.record_id = ?", (kind, record_id)).fetchone()
    if row is None:
        return None
    found = dict(zip(("sheet", "row", "original", "collection", "file", "sha256", "imported_at",
                      "importer_version", "basis"), row, strict=True))
    try:
        original = json.loads(found["original"])
        found["original"] = original if isinstance(original, dict) else {}
    except ValueError:
        found["original"] = {}
    return found


def possible_matches(conn: sqlite3.Connection, kind: str, record_id: str) -> list[dict]:
    """Records that may describe the same project (an imported row and a curated record), both
    ways: a suggestion for the reader, never a merge."""
    rows = conn.execute(
        "SELECT other_kind, other_id, reason FROM possible_matches WHERE kind = ? AND record_id = ? "
        "UNION ALL SELECT kind, record_id, reason FROM possible_matches WHERE other_kind = ? AND other_id = ?",
        (kind, record_id, kind, record_id)).fetchall()
    found = []
    for other_kind, other_id, reason in rows[:RELATED_LIMIT]:
        spec = KINDS[other_kind]
        collection = "t.collection" if other_kind == "projects" else "'curated'"
        hit = conn.execute(f"SELECT {spec.title_sql}, {collection} FROM {spec.table} t WHERE t.id = ?",
                           (other_id,)).fetchone()
        if hit:
            found.append({"kind": other_kind, "id": other_id, "title": hit[0], "collection": hit[1],
                          "reason": reason})
    if len(rows) > RELATED_LIMIT:
        found.append({"more": len(rows) - RELATED_LIMIT})
    return found


def _links(conn: sqlite3.Connection, data: dict) -> list[dict]:
    """Records this one names: its event, project, corridor, package, parent."""
    links = []
    for column, (table, kind) in REFERENCES.items():
        target = data.get(column)
        if not target:
            continue
        if column == "parent_id" or kind is None:
            kind = data["kind"]
            table = KINDS[kind].table
        title_sql = KINDS[kind].title_sql.replace("t.", "")
        name = conn.execute(f"SELECT {title_sql} FROM {table} WHERE id = ?", (target,)).fetchone()
        links.append({"kind": kind, "id": target, "title": name[0] if name else target,
                      "relation": column.removesuffix("_id").replace("_", " ")})
    return links


class _Relation(NamedTuple):
    target: str  # the kind listed
    relation: str  # how each listed record relates to this one
    rows: str  # SQL listing them (id, title[, figure columns]) for one ``?``, in display order
    total: str  # SQL counting them all
    facet: str = ""  # the target kind's facet that selects them all, for "show them in the table"
    by_third: bool = False  # a whole list is shown in the order of its third column (a date)


def _relations(kind: str) -> list[_Relation]:
    """Records that name one of ``kind``: agreements of a project, indicators of a corridor, ..."""
    found: list[_Relation] = []
    if kind in ("projects", "corridors", "packages", "events"):
        column = {"projects": "project_id", "corridors": "corridor_id", "packages": "package_id",
                  "events": "event_id"}[kind]
        facet = {"corridors": "corridor", "events": "event"}.get(kind, "")
        found.append(_Relation("agreements", "agreement",
                               f"SELECT id, title FROM agreements WHERE {column} = ? ORDER BY seq",
                               f"SELECT count(*) FROM agreements WHERE {column} = ?", facet))
    if kind in ("projects", "corridors"):
        column = "project_id" if kind == "projects" else "corridor_id"
        found.append(_Relation("indicators", "figure",
                               f"SELECT id, name, value, unit, value_qualifier, period_label FROM "
                               f"indicators WHERE {column} = ? ORDER BY period_end",
                               f"SELECT count(*) FROM indicators WHERE {column} = ?"))
    if kind == "corridors":
        found.append(_Relation("projects", "project",
                               "SELECT p.id, p.name FROM corridor_projects cp JOIN projects p "
                               "ON p.id = cp.project_id WHERE cp.corridor_id = ? ORDER BY p.seq",
                               "SELECT count(*) FROM corridor_projects WHERE corridor_id = ?",
                               "corridor"))
        found.append(_Relation("corridors", "branch",
                               "SELECT id, name FROM corridors WHERE parent_id = ? ORDER BY seq",
                               "SELECT count(*) FROM corridors WHERE parent_id = ?"))
    if kind == "packages":
        found.append(_Relation("projects", "member",
                               "SELECT id, name FROM projects WHERE package_id = ? ORDER BY seq",
                               "SELECT count(*) FROM projects WHERE package_id = ?"))
    if kind == "events":
        found.append(_Relation("packages", "package",
                               "SELECT id, name FROM packages WHERE event_id = ? ORDER BY seq",
                               "SELECT count(*) FROM packages WHERE event_id = ?", "event"))
    if kind == "organizations":
        found.append(_Relation("agreements", "party",  # record order walks the index
                               "SELECT a.id, a.title, a.date_start FROM agreement_parties ap "
                               "JOIN agreements a ON a.seq = ap.agreement_seq WHERE ap.org_id = ? "
                               "GROUP BY ap.agreement_seq ORDER BY ap.agreement_seq",
                               "SELECT count(DISTINCT agreement_seq) FROM agreement_parties "
                               "WHERE org_id = ?", "organization", by_third=True))
        found.append(_Relation("projects", "partner",
                               "SELECT p.id, p.name FROM project_partners pp JOIN projects p "
                               "ON p.id = pp.project_id WHERE pp.org_id = ? AND pp.role != 'brand' "
                               "GROUP BY p.id ORDER BY p.seq",
                               "SELECT count(DISTINCT project_seq) FROM project_partners "
                               "WHERE org_id = ? AND role != 'brand'", "organization"))
        found.append(_Relation("projects", "brand made by",
                               "SELECT p.id, p.name FROM project_partners pp JOIN projects p "
                               "ON p.id = pp.project_id WHERE pp.org_id = ? AND pp.role = 'brand' "
                               "GROUP BY p.id ORDER BY p.seq",
                               "SELECT count(DISTINCT project_seq) FROM project_partners "
                               "WHERE org_id = ? AND role = 'brand'"))
        found.append(_Relation("indicators", "source of figure",
                               "SELECT id, name FROM indicators WHERE reported_by_id = ? ORDER BY seq",
                               "SELECT count(*) FROM indicators WHERE reported_by_id = ?"))
    if kind == "projects":
        found.append(_Relation("corridors", "corridor",
                               "SELECT c.id, c.name FROM corridor_projects cp JOIN corridors c "
                               "ON c.id = cp.corridor_id WHERE cp.project_id = ? ORDER BY c.seq",
                               "SELECT count(*) FROM corridor_projects WHERE project_id = ?"))
    return found


def _related(conn: sqlite3.Connection, kind: str, record_id: str,
             limit: int) -> tuple[list[dict], list[dict]]:
    """The first ``limit`` records of each relation, and for each relation with more, how many
    more and the facet that lists them all."""
    related: list[dict] = []
    more: list[dict] = []
    for rel in _relations(kind):
        rows = conn.execute(f"{rel.rows} LIMIT ?", (record_id, limit + 1)).fetchall()
        if rel.by_third and len(rows) <= limit:  # all of them: in date order, undated last
            rows.sort(key=lambda r: (r[2] is None, r[2] or ""))
        for r in rows[:limit]:
            item = {"kind": rel.target, "id": r[0], "title": r[1], "relation": rel.relation}
            if rel.relation == "figure":  # throughput and other figures, with their period
                item["figure"] = (format_number(r[2], r[3], r[4]), r[5])
            related.append(item)
        if len(rows) > limit:
            total = conn.execute(rel.total, (record_id,)).fetchone()[0]
            more.append({"kind": rel.target, "relation": rel.relation, "count": total - limit,
                         "facet": rel.facet, "value": record_id})
    return related, more


def export_records(conn: sqlite3.Connection, kind: str, flt: Filter, sort: str | None = None,
                   descending: bool | None = None, shown: list[str] | None = None,
                   batch: int = 1000) -> Iterator[dict]:
    """Every matching record with all its columns, its parties and its citations, in the order
    the table shows for ``sort`` (the kind's default sort when None). ``shown`` names table
    columns whose values (as the table computes them) come in ``record["shown"]``."""
    spec = KINDS[kind]
    sort = sort or spec.default_sort
    if descending is None:
        descending = default_descending(spec, sort)
    where, params = where_clause(spec, flt)
    extra = "".join(f", {spec.column(key).sql} AS shown_{i}" for i, key in enumerate(shown or []))
    for rows in batches(conn, f"SELECT t.*{extra} FROM {spec.table} t WHERE {where} "
                        f"ORDER BY {display_order(spec, sort, descending)}", params, batch):
        ids = [r["id"] for r in rows]
        cites = citations(conn, kind, ids)
        parties = roles(conn, kind, ids)
        for row in rows:
            record = dict(row)
            if shown:
                record["shown"] = {key: record.pop(f"shown_{i}") for i, key in enumerate(shown)}
            record["roles"] = parties[row["id"]]
            record["citations"] = cites[row["id"]]
            yield record


def record_fields(conn: sqlite3.Connection, kind: str) -> list[str]:
    """The columns of the kind's table, in order: every field an export writes."""
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{KINDS[kind].table}")')]


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


ARTICLE_CITES = 2000  # quotes highlighted in one article at most (a large dataset cites one article often)


def source_citations(conn: sqlite3.Connection, source_id: str) -> tuple[dict | None, list[dict], int]:
    """A source, the records that cite it (kind, id, title, quote; at most ARTICLE_CITES) and how
    many more do."""
    cursor = conn.execute("SELECT id, title, publisher, author, published, file, imported FROM sources "
                          "WHERE id = ?", (source_id,))
    cursor.row_factory = sqlite3.Row
    row = cursor.fetchone()
    if row is None:
        return None, [], 0
    found = []
    rows = conn.execute("SELECT kind, record_id, quote FROM citations WHERE source_id = ? "
                        "ORDER BY kind, record_id, position LIMIT ?", (source_id, ARTICLE_CITES + 1)).fetchall()
    for kind, record_id, quote in rows[:ARTICLE_CITES]:
        spec = KINDS.get(kind)
        if spec is None:
            continue
        title = conn.execute(f"SELECT {spec.title_sql} FROM {spec.table} t WHERE t.id = ?", (record_id,)).fetchone()
        found.append({"kind": kind, "id": record_id, "title": title[0] if title else record_id, "quote": quote})
    more = 0
    if len(rows) > ARTICLE_CITES:
        more = conn.execute("SELECT count(*) FROM citations WHERE source_id = ?", (source_id,)).fetchone()[0] \
            - ARTICLE_CITES
    return dict(row), found, more
