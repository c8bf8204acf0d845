"""Generate a synthetic dataset of the bundled schema with N agreements, for benchmarks.

    .venv/bin/python bench/synth.py 1000000 bench/out/synth-1m.sqlite

It starts from a copy of the bundled database (vocabulary, sources, the real records) and adds,
for N agreements, N/10 projects, N/50 organizations and N/500 events, linked as real records are:
most deals with Kazakhstan, a few large organizations and events in many deals, a majority of
deals without a disclosed value, some without a date or an event.

The text is what makes a search fast or slow, so it is made to look like the real records': words
drawn from a Zipf distribution over a vocabulary of domain words and 20,000 rarer ones, so that
some words match most records ("agreement", in most titles), some a few percent ("pipeline") and
most almost none; summaries of about 135 characters and quotes of their own (never the title);
organization names, some of them "Sino…", which prefix searches find.
"""

from __future__ import annotations

import itertools
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bri_desktop import paths
from bri_desktop.db.kinds import KIND_BASE

VERSION = "3"  # of the generator: a dataset made by another is made again (meta 'synth_version')
COUNTRIES = [("KZ", 55), ("UZ", 20), ("KG", 12), ("TM", 8), ("TJ", 5)]
STATUSES = [("signed", 85), ("in_force", 10), ("reported", 5)]
PROJECT_STATUSES = [("planned", 40), ("operating", 20), ("under_construction", 15), ("completed", 10),
                    ("proposed", 8), ("under_consideration", 4), ("suspended", 2), ("cancelled", 1)]
ORG_KINDS = [("company", 45), ("state_company", 20), ("private_company", 10), ("bank", 6), ("ministry", 5),
             ("government", 4), ("fund", 3), ("university", 3), ("research", 2), ("association", 2)]
EVENT_KINDS = [("signing", 30), ("meeting", 25), ("forum", 15), ("visit", 12), ("summit", 6),
               ("business_council", 6), ("presentation", 6)]
# Domain words, most frequent first: their rank sets how many records each matches.
DOMAIN = (
    "cooperation", "development", "project", "investment", "energy", "construction", "supply", "joint",
    "financing", "oil", "gas", "railway", "industrial", "trade", "infrastructure", "power", "plant",
    "logistics", "technology", "production", "transport", "digital", "agricultural", "processing",
    "pipeline", "terminal", "refinery", "modernisation", "expansion", "venture", "solar", "wind",
    "hydropower", "steel", "copper", "fertilizer", "customs", "training", "chemical", "mining",
    "cement", "textile", "automotive", "electric", "grid", "water", "irrigation", "tourism", "medical",
    "education", "exploration", "petrochemical", "polyethylene", "urea", "bitumen", "tungsten", "glass",
    "uranium", "nuclear", "coal", "lithium", "logistics hub", "dry port", "free zone", "corridor",
)
SINO = ("Sinopec", "Sinosteel", "Sinohydro", "Sinotrans", "Sinoma", "Sinochem", "Sinomach", "Sinoway")
DOC_TITLES = {  # how titles start, by document type: most contain "agreement"
    "memorandum_of_understanding": "Memorandum of understanding on", "framework_agreement": "Framework agreement on",
    "credit_agreement": "Credit agreement for", "addendum": "Addendum to the agreement on",
    "exchange_of_letters": "Exchange of letters on", "statement": "Joint statement on",
}
SYLLABLES = ("ka", "zan", "tor", "mi", "ra", "bek", "sul", "ta", "ny", "or", "al", "ma", "ty", "ush",
             "dor", "gan", "bay", "ker", "sal", "ur", "te", "pa", "lo", "vin", "qu", "shi", "en", "do")


def weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


class Words:
    """A vocabulary drawn from a Zipf distribution (exponent about 1), domain words first."""

    def __init__(self, rng: random.Random, rare: int = 20_000):
        made = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                       for _ in range(rare * 2)} - set(DOMAIN))[:rare]
        rng.shuffle(made)
        # the first domain words are the common ones; the rest stand among the rare words, every
        # 12th place, so that "pipeline" matches a few percent of the records, not a fifth
        common, specific = list(DOMAIN[:12]), list(DOMAIN[12:])
        self.words = common + [w for i, rare_word in enumerate(made) for w in
                               ([specific[i // 12]] if i % 12 == 0 and i // 12 < len(specific) else []) + [rare_word]]
        weights = [1 / (rank + 3) ** 1.05 for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))
        self.rng = rng

    def some(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)

    def text(self, chars: int) -> str:
        out: list[str] = []
        length = 0
        while length < chars:
            word = self.some(1)[0]
            out.append(word)
            length += len(word) + 1
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."


def _insert(con: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    names = list(rows[0])
    con.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [tuple(r[n] for n in names) for r in rows])


def _date(rng: random.Random, missing: float = 0.1) -> tuple:
    """(text, first, last, precision, year), or Nones: a date at day, month or year precision."""
    if rng.random() < missing:
        return None, None, None, None, None
    year = rng.choices(range(2013, 2026), [1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 8, 9, 9])[0]
    month = rng.randint(1, 12)
    precision = rng.choices(["day", "month", "year"], [3, 5, 2])[0]
    if precision == "year":
        return f"{year}", f"{year}-01-01", f"{year}-12-31", precision, year
    if precision == "month":
        return f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-28", precision, year
    text = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    return text, text, text, precision, year


def generate(count: int, target: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    words = Words(rng)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    shutil.copyfile(paths.bundled_db(), tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    vocab = lambda group: [r[0] for r in con.execute('SELECT code FROM vocabulary WHERE "group" = ?', (group,))]  # noqa: E731
    sectors = [(s, vocab(f"subsectors:{s}")) for s in vocab("sectors")]
    sector_weights = {"Energy": 30, "Transport": 14, "Logistics": 10, "Chemicals": 9, "Metals": 8,
                      "Finance": 6, "Agriculture": 5, "Real estate": 4, "Technology": 4}
    doc_types = vocab("doc_types")
    doc_weights = [1 / (i + 1) ** 0.9 for i in range(len(doc_types))]  # a few types most of the time
    binding = {"memorandum_of_understanding", "memorandum_of_cooperation", "agreement_of_intent",
               "statement", "preliminary_investment_agreement", "term_sheet"}
    doc_labels = dict(con.execute("SELECT code, label FROM vocabulary WHERE \"group\" = 'doc_types'").fetchall())
    source = con.execute("SELECT id FROM sources LIMIT 1").fetchone()[0]
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                          "tbl_name IN ('agreements', 'agreement_parties', 'agreement_orgs', 'projects', "
                          "'project_partners', 'organizations', 'events', 'citations', 'corridor_projects')"
                          ).fetchall()
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    started = time.monotonic()

    def seq_after(table: str) -> int:
        return con.execute(f"SELECT max(seq) FROM {table}").fetchone()[0] or 0

    # organizations: names from the vocabulary, some "Sino…", a few very large players
    orgs: list[tuple[str, str]] = [tuple(r) for r in con.execute("SELECT id, name FROM organizations")]
    base = seq_after("organizations")
    rows, search, cites = [], [], []
    for n in range(max(count // 50, 10)):
        head = rng.choice(SINO) if rng.random() < 0.05 else " ".join(words.some(rng.randint(1, 2))).title()
        name = f"{head} {rng.choice(['Group', 'Company', 'Corporation', 'LLP', 'JSC', 'Holding', 'Bank'])}"
        oid, seq = f"synth-org-{n:06d}", base + n + 1
        rows.append({"id": oid, "seq": seq, "name": name, "full_name": f"{name} ({words.some(1)[0]})",
                     "aliases_text": "", "country": weighted(rng, [*COUNTRIES, ("CN", 60)]),
                     "country_source": "curator", "kind": weighted(rng, ORG_KINDS), "parent_id": None,
                     "collection": "curated"})
        search.append((KIND_BASE["organizations"] + seq, "organizations", oid, name, "", "", ""))
        orgs.append((oid, name))
    _insert(con, "organizations", rows)
    org_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(orgs))]

    # events: a few with very many agreements
    events: list[tuple[str, str]] = [tuple(r) for r in con.execute("SELECT id, name FROM events")]
    base = seq_after("events")
    rows = []
    for n in range(max(count // 500, 10)):
        text, first, last, precision, year = _date(rng, missing=0)
        kind = weighted(rng, EVENT_KINDS)
        name = f"{kind.replace('_', ' ').capitalize()} on {' '.join(words.some(3))}"
        eid, seq = f"synth-event-{n:05d}", base + n + 1
        rows.append({"id": eid, "seq": seq, "name": name, "kind": kind, "place": None,
                     "country": weighted(rng, [*COUNTRIES, ("CN", 40)]), "date_text": text, "end_text": None,
                     "date_start": first, "date_end": last, "date_precision": precision, "year": year,
                     "date_note": None, "summary": words.text(rng.randint(80, 200))})
        search.append((KIND_BASE["events"] + seq, "events", eid, name, rows[-1]["summary"], "", ""))
        events.append((eid, name))
    _insert(con, "events", rows)
    event_weights = [1.0 / (i + 1) ** 0.7 for i in range(len(events))]

    # projects, with their partners
    base = seq_after("projects")
    project_ids = []
    for start in range(0, max(count // 10, 10), 20_000):
        rows, partners = [], []
        for n in range(start, min(start + 20_000, max(count // 10, 10))):
            pid, seq = f"synth-project-{n:06d}", base + n + 1
            sector, subs = rng.choices(sectors, [sector_weights.get(s[0], 2) for s in sectors])[0]
            picked = list(dict.fromkeys(rng.choices(orgs, org_weights, k=rng.randint(1, 3))))
            year = rng.choices([None, *range(2013, 2026)], [4, 1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 8, 9, 9])[0]
            kind = rng.choice(["plant", "project", "line", "field", "park"])
            name = f"{' '.join(words.some(rng.randint(2, 4))).capitalize()} {kind}"
            rows.append({"id": pid, "seq": seq, "name": name, "country": weighted(rng, COUNTRIES),
                         "location_country": "", "region": None, "city": None, "lat": None, "lon": None,
                         "approx": True, "sector": sector, "subsector": rng.choice(subs) if subs else None,
                         "investment_usd": round(10 ** rng.uniform(6, 10), -5) if rng.random() < 0.3 else None,
                         "investment_qualifier": None, "investment_note": None, "capacity_value": None,
                         "capacity_value_low": None, "capacity_unit": None, "capacity_note": None,
                         "status": weighted(rng, PROJECT_STATUSES), "start_year": year, "end_year": None,
                         "year": year, "date_note": None, "partners_text": "; ".join(o[1] for o in picked),
                         "package_id": None, "summary": words.text(max(40, int(rng.gauss(135, 40)))),
                         "identification_note": None, "collection": "curated", "flow": None, "in_totals": True,
                         "source_urls": None})
            rows[-1]["location_country"] = rows[-1]["country"]
            partners += [{"project_id": pid, "org_id": o[0], "role": "partner", "position": i, "project_seq": seq}
                         for i, o in enumerate(picked)]
            quote = words.text(max(60, int(rng.gauss(200, 60))))
            cites.append(("projects", pid, 0, source, quote))
            search.append((KIND_BASE["projects"] + seq, "projects", pid, name, rows[-1]["summary"],
                           rows[-1]["partners_text"], quote))
            project_ids.append((pid, seq))
        _insert(con, "projects", rows)
        _insert(con, "project_partners", partners)
    corridors = [r[0] for r in con.execute("SELECT id FROM corridors")]
    _insert(con, "corridor_projects", [{"corridor_id": rng.choice(corridors), "project_id": pid, "project_seq": seq}
                                       for pid, seq in rng.sample(project_ids, len(project_ids) // 20)])
    print(f"organizations, events and projects ({time.monotonic() - started:.0f} s)", file=sys.stderr)

    base = seq_after("agreements")
    batch = 20_000
    for start in range(0, count, batch):
        agreements, parties, orgs_rows = [], [], []
        for n in range(start, min(start + batch, count)):
            rid, seq = f"synth-{n:07d}", base + n + 1
            sector, subs = rng.choices(sectors, [sector_weights.get(s[0], 2) for s in sectors])[0]
            text, first, last, precision, year = _date(rng)
            doc_type = rng.choices(doc_types, doc_weights)[0]
            event_id, event_name = rng.choices(events, event_weights)[0] if rng.random() < 0.6 else (None, None)
            value = round(10 ** rng.uniform(6, 10), -5) if rng.random() < 0.35 else None
            picked = list(dict.fromkeys(rng.choices(orgs, org_weights, k=rng.randint(2, 4))))
            names = "; ".join(name for _, name in picked)
            opening = DOC_TITLES.get(doc_type) or f"{doc_labels.get(doc_type, 'Agreement')} on"
            title = f"{opening} {' '.join(words.some(rng.randint(3, 7)))} between {names}"
            summary = words.text(max(40, int(rng.gauss(135, 40))))
            quote = words.text(max(60, int(rng.gauss(220, 70))))
            country = weighted(rng, COUNTRIES)
            status = weighted(rng, STATUSES)
            agreements.append({
                "id": rid, "seq": seq, "title": title, "doc_type": doc_type, "binding": doc_type not in binding,
                "country": country, "sector": sector, "subsector": rng.choice(subs) if subs else None,
                "event_id": event_id, "event_name": event_name, "date_text": text, "date_start": first,
                "date_end": last, "date_precision": precision, "year": year, "value_usd": value,
                "status": status, "summary": summary, "parties_text": names, "value_in_totals": value})
            parties += [{"agreement_id": rid, "org_id": org_id, "role": "party", "position": i,
                         "agreement_seq": seq} for i, (org_id, _) in enumerate(picked)]
            orgs_rows += [{"seq": seq, "org_id": org_id, "country": country, "sector": sector,
                           "doc_type": doc_type, "event_id": event_id, "year": year, "status": status,
                           "value_usd": value, "value_in_totals": value, "date_start": first, "date_end": last}
                          for org_id, _ in picked]
            cites.append(("agreements", rid, 0, source, quote))
            search.append((KIND_BASE["agreements"] + seq, "agreements", rid, title, summary, names, quote))
        _insert(con, "agreements", agreements)
        _insert(con, "agreement_parties", parties)
        _insert(con, "agreement_orgs", orgs_rows)
        con.executemany("INSERT INTO citations (kind, record_id, position, source_id, quote) VALUES (?,?,?,?,?)",
                        cites)
        con.executemany("INSERT INTO search_index (rowid, kind, record_id, title, summary, parties, quotes) "
                        "VALUES (?,?,?,?,?,?,?)", search)
        cites, search = [], []
        con.commit()
        print(f"\r{min(start + batch, count):,} / {count:,} agreements "
              f"({time.monotonic() - started:.0f} s)", end="", file=sys.stderr)
    print("\nindexing…", file=sys.stderr)
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('synth_version', ?)", (VERSION,))
    con.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    tmp.replace(target)
    print(f"wrote {target} ({time.monotonic() - started:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
