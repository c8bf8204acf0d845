"""Generate a synthetic dataset of the bundled schema with N agreements, for benchmarks.

    .venv/bin/python bench/synth.py 1000000 bench/out/synth-1m.sqlite

It starts from a copy of the bundled database (vocabulary, organizations, events, sources, the
real records) and adds N synthetic agreements whose countries, sectors, document types, events,
years, values and parties follow distributions like the real ones: most deals with Kazakhstan, a
few large organizations in many deals, a majority without a disclosed value.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bri_desktop import paths

COUNTRIES = [("KZ", 55), ("UZ", 20), ("KG", 12), ("TM", 8), ("TJ", 5)]
STATUSES = [("signed", 85), ("in_force", 10), ("reported", 5)]
WORDS = (
    "cooperation", "development", "supply", "construction", "financing", "energy", "railway",
    "pipeline", "refinery", "logistics", "terminal", "power", "plant", "fertilizer", "steel",
    "copper", "gas", "oil", "solar", "wind", "hydropower", "digital", "customs", "training",
    "investment", "modernisation", "expansion", "joint", "venture",
)


def weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def generate(count: int, target: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
    shutil.copyfile(paths.bundled_db(), tmp)
    con = sqlite3.connect(tmp)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    sectors = [(r[0], [s[0] for s in con.execute(
        'SELECT code FROM vocabulary WHERE "group" = ?', (f"subsectors:{r[0]}",))])
        for r in con.execute("SELECT code FROM vocabulary WHERE \"group\" = 'sectors'")]
    sector_weights = {"Energy": 30, "Transport": 14, "Logistics": 10, "Chemicals": 9, "Metals": 8,
                      "Finance": 6, "Agriculture": 5, "Real estate": 4, "Technology": 4}
    doc_types = [r[0] for r in con.execute("SELECT code FROM vocabulary WHERE \"group\"='doc_types'")]
    binding = {"memorandum_of_understanding", "memorandum_of_cooperation", "agreement_of_intent",
               "statement", "preliminary_investment_agreement", "term_sheet"}
    events = [tuple(r) for r in con.execute("SELECT id, name FROM events")]
    orgs = [tuple(r) for r in con.execute("SELECT id, name FROM organizations")]
    org_weights = [1.0 / (i + 1) ** 0.8 for i in range(len(orgs))]  # a few large players
    source = con.execute("SELECT id FROM sources LIMIT 1").fetchone()[0]
    base_seq = con.execute("SELECT max(seq) FROM agreements").fetchone()[0]
    kind_base = 1 << 32  # agreements' block of search-index rowids (db.models.KIND_BASE)
    # Indexes are dropped while inserting and made again at the end: much faster.
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                          "NULL AND tbl_name IN ('agreements', 'agreement_parties')").fetchall()
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    started = time.monotonic()
    batch = 20000
    for start in range(0, count, batch):
        agreements, parties, cites, search, orgs_rows = [], [], [], [], []
        for n in range(start, min(start + batch, count)):
            rid = f"synth-{n:07d}"
            seq = base_seq + n + 1
            sector, subs = rng.choices(sectors, [sector_weights.get(s[0], 2) for s in sectors])[0]
            year = rng.choices(range(2013, 2026), [1, 1, 2, 2, 3, 3, 3, 4, 5, 6, 8, 9, 9])[0]
            month = rng.randint(1, 12)
            precision = rng.choices(["day", "month", "year"], [3, 5, 2])[0]
            if precision == "year":
                text, first, last = f"{year}", f"{year}-01-01", f"{year}-12-31"
            elif precision == "month":
                text, first, last = f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-28"
            else:
                day = rng.randint(1, 28)
                text = first = last = f"{year}-{month:02d}-{day:02d}"
            doc_type = rng.choice(doc_types)
            event_id, event_name = rng.choice(events) if rng.random() < 0.6 else (None, None)
            value = round(10 ** rng.uniform(6, 10), -5) if rng.random() < 0.35 else None
            picked = list(dict.fromkeys(rng.choices(orgs, org_weights, k=rng.randint(2, 4))))
            names = "; ".join(name for _, name in picked)
            words = " ".join(rng.sample(WORDS, 4))
            title = f"Agreement on {words} between {names}"
            summary = f"Synthetic record {n}: {words} in {sector.lower()}."
            agreements.append((rid, seq, title, doc_type, doc_type not in binding,
                               weighted(rng, COUNTRIES), sector, rng.choice(subs) if subs else None,
                               event_id, event_name, text, first, last, precision, year, value,
                               weighted(rng, STATUSES), summary, names, value))
            parties += [(rid, org_id, "party", i, seq) for i, (org_id, _) in enumerate(picked)]
            row = agreements[-1]
            orgs_rows += [(seq, org_id, row[5], row[6], row[3], row[8], row[14], row[16], row[15],
                           row[15], row[11], row[12]) for org_id, _ in picked]
            cites.append(("agreements", rid, 0, source, f"Synthetic quote for {title}"))
            search.append((kind_base + seq, "agreements", rid, title, summary, names, cites[-1][-1]))
        con.executemany(
            "INSERT INTO agreements (id, seq, title, doc_type, binding, country, sector, subsector, "
            "event_id, event_name, date_text, date_start, date_end, date_precision, year, "
            "value_usd, status, summary, parties_text, value_in_totals) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", agreements)
        con.executemany("INSERT INTO agreement_parties (agreement_id, org_id, role, position, "
                        "agreement_seq) VALUES (?,?,?,?,?)", parties)
        con.executemany("INSERT INTO agreement_orgs (seq, org_id, country, sector, doc_type, "
                        "event_id, year, status, value_usd, value_in_totals, date_start, date_end) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", orgs_rows)  # no qualifiers here
        con.executemany("INSERT INTO citations (kind, record_id, position, source_id, quote) "
                        "VALUES (?,?,?,?,?)", cites)
        con.executemany("INSERT INTO search_index (rowid, kind, record_id, title, summary, parties, "
                        "quotes) VALUES (?,?,?,?,?,?,?)", search)
        con.commit()
        print(f"\r{min(start + batch, count):,} / {count:,} agreements "
              f"({time.monotonic() - started:.0f} s)", end="", file=sys.stderr)
    print("\nindexing…", file=sys.stderr)
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    con.execute("ANALYZE")
    con.commit()
    con.close()
    tmp.replace(target)
    print(f"\nwrote {target}", file=sys.stderr)


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
