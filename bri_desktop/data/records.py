"""Read the curated TOML records: every ``*.toml`` under data/records, in name order."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = (
    "sources",
    "events",
    "organizations",
    "packages",
    "projects",
    "corridors",
    "agreements",
    "indicators",
)
VOCABULARY_FILE = "vocabulary.toml"


@dataclass
class Record:
    kind: str
    file: str  # path relative to data/, for messages
    data: dict

    @property
    def id(self) -> str:
        return str(self.data.get("id", "?"))


@dataclass
class RecordSet:
    vocabulary: dict
    dataset: dict
    records: dict[str, list[Record]] = field(default_factory=lambda: {k: [] for k in KINDS})
    content_hash: str = ""
    load_errors: list[tuple[str, str]] = field(default_factory=list)  # (file, message)


def load_records(records_dir: Path) -> RecordSet:
    """Load every records file. Syntax errors and unknown top-level kinds are collected, not raised."""
    digest = hashlib.sha256()
    vocabulary: dict = {}
    dataset: dict = {}
    result = RecordSet(vocabulary, dataset)
    files = sorted(records_dir.glob("*.toml"))
    for path in files:
        rel = f"records/{path.name}"
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw + b"\0")
        try:
            doc = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            result.load_errors.append((rel, f"cannot be read as TOML: {exc}"))
            continue
        if path.name == VOCABULARY_FILE:
            vocabulary.update(doc)
            continue
        for key, value in doc.items():
            if key == "dataset" and isinstance(value, dict):
                dataset.update(value)
            elif key in KINDS and isinstance(value, list):
                result.records[key].extend(
                    Record(key, rel, item) if isinstance(item, dict) else Record(key, rel, {})
                    for item in value
                )
            else:
                result.load_errors.append((rel, f"unknown section '{key}' (expected one of {', '.join(KINDS)})"))
    result.content_hash = digest.hexdigest()
    return result
