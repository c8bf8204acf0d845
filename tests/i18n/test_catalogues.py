"""The translations are complete and safe to use: every text of the source is translated in
Russian and Chinese, none is left over, and a translation keeps its placeholders, plural count
and accelerator."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from bri_desktop import paths


def _load_script():
    """packaging/translations.py (a script: the folder is not a package, and the name
    'packaging' is PyPI's)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations", paths.app_root() / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load_script()

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
ACCELERATOR = re.compile(r"&(?!&)\w")
PLURAL_FORMS = {"ru": 3, "zh_CN": 1}  # one, few, many; Chinese has one


def messages(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), translation.get("type", ""), forms, message.get("numerus") == "yes"


@pytest.fixture(scope="module")
def updated(tmp_path_factory):
    """The .ts files as lupdate leaves them over today's sources (the committed ones untouched)."""
    folder = tmp_path_factory.mktemp("ts")
    for ts in translations.ts_files(paths.translations_dir()):
        shutil.copy2(ts, folder / ts.name)
    report = translations.update(folder, drop_obsolete=False)
    return folder, report


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_is_translated_and_none_is_left_over(updated, language):
    folder, _report = updated
    ts = folder / f"bri_{language}.ts"
    unfinished = [(c, s) for c, s, kind, _f, _n in messages(ts) if kind == "unfinished"]
    gone = [(c, s) for c, s, kind, _f, _n in messages(ts) if kind in ("obsolete", "vanished")]
    assert not unfinished, f"{len(unfinished)} texts have no {language} translation (make ts, then " \
                           f"translate them): {unfinished[:15]}"
    assert not gone, f"{len(gone)} texts are no longer in the source (make ts drops them): {gone[:15]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_a_translation_keeps_placeholders_count_and_accelerator(language):
    ts = paths.translations_dir() / f"bri_{language}.ts"
    wrong = []
    for context, source, kind, forms, numerus in messages(ts):
        if kind:
            continue
        if ("%n" in source) != numerus or (numerus and len(forms) != PLURAL_FORMS[language]):
            wrong.append((context, source, forms, f"a count needs {PLURAL_FORMS[language]} plural form(s)"))
        for form in forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source)):
                wrong.append((context, source, form, "placeholders differ"))
            if numerus and "%n" not in form and "%Ln" not in form:
                wrong.append((context, source, form, "no %n"))
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(form)):
                wrong.append((context, source, form, "accelerator (&) lost or added"))
            if form.strip() == "":
                wrong.append((context, source, form, "empty"))
            names = set(PLACEHOLDER.findall(source))
            if names:  # the code fills it with str.format: a stray brace would raise there
                try:
                    form.format(**dict.fromkeys(names, "x"))
                except (ValueError, KeyError, IndexError) as exc:
                    wrong.append((context, source, form, f"cannot be filled in: {exc}"))
    assert not wrong, wrong[:20]


def test_the_vocabulary_list_matches_the_bundled_dataset():
    """Every label of the dataset's vocabulary is listed for lupdate (run
    `python packaging/translations.py vocabulary` after the vocabulary changes)."""
    assert translations.VOCABULARY.read_text(encoding="utf-8") == \
        translations.vocabulary_texts(paths.bundled_db())


def _calls_in_source():
    """(context, text, file:line) of every translate("...", "...") and QT_TRANSLATE_NOOP call
    written with literals in the application's source."""
    import ast

    for path in sorted((paths.app_root() / "bri_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            context, text = node.args[0], node.args[1]
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                yield context.value, text.value, f"{path.name}:{node.lineno}"


def test_lupdate_reads_every_text_the_source_translates(updated):
    """lupdate skips a whole translate() call whose count is not a plain name (len(rows),
    bar.records, n=...): such a text would never be translated, and nothing would say so."""
    folder, _report = updated
    known = {(c, s) for c, s, _k, _f, _n in messages(folder / f"bri_{translations.LANGUAGES[0]}.ts")}
    missed = [(c, t, where) for c, t, where in _calls_in_source() if (c, t) not in known]
    assert not missed, f"lupdate does not read these (give the count a name first): {missed[:20]}"
