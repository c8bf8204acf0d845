"""The interface's translations: the .ts files under resources/i18n/ (kept in git, edited with Qt
Linguist or by hand) and the .qm files the app loads (made from them, never kept in git).

    python packaging/translations.py update   # pyside6-lupdate: new and changed texts into the .ts
    python packaging/translations.py build    # pyside6-lrelease: the .qm files, and Qt's own
    python packaging/translations.py vocabulary  # the dataset's labels, for lupdate to find

``build`` runs before the app starts from the source tree (make run, make test) and before a
bundle is made (make dist).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ("ru", "zh_CN")


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease, beside the running Python (the venv's)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bri_desktop").rglob("*.py"))


def ts_files(folder: Path) -> list[Path]:
    return [folder / f"bri_{lang}.ts" for lang in LANGUAGES]


def update(folder: Path, drop_obsolete: bool = True) -> str:
    """Bring the .ts files in ``folder`` up to date with the sources; lupdate's report. Texts
    the sources no longer have are dropped, or with ``drop_obsolete=False`` kept and marked
    (the tests look for them)."""
    extra = ["-no-obsolete"] if drop_obsolete else []
    kept = {ts: plural_forms(ts) for ts in ts_files(folder) if ts.exists()}
    result = subprocess.run([tool("pyside6-lupdate"), "-locations", "none", *extra,
                             *sources(), "-ts", *map(str, ts_files(folder))],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    for ts in ts_files(folder):
        mark_plurals(ts, kept.get(ts, {}))
    return result.stdout + result.stderr


# lupdate reads Python's translate(context, text, None, n) as a plural text only when n is a
# literal number, and then drops the plural forms a translator wrote. Every text with %n is a
# plural text here: its forms are kept from before lupdate ran and the message marked again.
def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    import xml.etree.ElementTree as ET

    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if forms and all(forms):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def mark_plurals(ts: Path, kept: dict[tuple[str, str], list[str]]) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if ("%n" not in source and "%Ln" not in source) or translation is None:
                continue
            message.set("numerus", "yes")
            forms = kept.get((context.findtext("name") or "", source))
            if forms is None and translation.find("numerusform") is not None:
                continue
            old = translation.text or ""
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms or [old]:
                ET.SubElement(translation, "numerusform").text = form
            if forms and translation.get("type") in ("unfinished", None):
                translation.attrib.pop("type", None)
            elif not forms:
                translation.set("type", "unfinished")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def build(target: Path) -> None:
    from PySide6.QtCore import QLibraryInfo

    from bri_desktop import paths

    target.mkdir(parents=True, exist_ok=True)
    for ts in ts_files(paths.translations_dir()):
        qm = target / ts.with_suffix(".qm").name
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for lang in LANGUAGES:  # Qt's own texts: standard buttons, file dialogs
        source = qt / f"qtbase_{lang}.qm"
        if source.exists() and not (target / source.name).exists():
            shutil.copy2(source, target / source.name)


VOCABULARY = ROOT / "bri_desktop" / "core" / "vocabulary_texts.py"


def vocabulary_texts(db: Path) -> str:
    """A module naming every label of the dataset's vocabulary (sectors, document types,
    statuses, countries, units, measures, the curated records' collection; not the names of
    imported collections, which are the user's) for lupdate."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    labels = sorted({label for (label,) in conn.execute(
        "SELECT label FROM vocabulary WHERE \"group\" != 'collections' OR code = 'curated'")})
    conn.close()
    lines = ['"""The dataset\'s vocabulary labels, for lupdate to find (written by',
             "packaging/translations.py vocabulary from the bundled dataset; core.i18n.vocabulary_label",
             'translates them where they are shown)."""', "", "from bri_desktop.core.i18n import QT_TRANSLATE_NOOP",
             "", "LABELS = ("]
    lines += [f"    QT_TRANSLATE_NOOP(\"vocabulary\", {json.dumps(label, ensure_ascii=False)})," for label in labels]
    return "\n".join([*lines, ")", ""])


def main() -> None:
    from bri_desktop import paths

    if sys.argv[1:] == ["update"]:
        print(update(paths.translations_dir()), end="")
    elif sys.argv[1:] == ["vocabulary"]:
        VOCABULARY.write_text(vocabulary_texts(paths.bundled_db()), encoding="utf-8")
    elif sys.argv[1:] == ["build"]:
        build(paths.translations_dir())
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
