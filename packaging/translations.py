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
    result = subprocess.run([tool("pyside6-lupdate"), "-locations", "none", *extra,
                             *sources(), "-ts", *map(str, ts_files(folder))],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout + result.stderr


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
    statuses, countries, units, measures; not imported collections' names) for lupdate."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    labels = sorted({label for (label,) in conn.execute(
        "SELECT label FROM vocabulary WHERE \"group\" != 'collections'")})
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
