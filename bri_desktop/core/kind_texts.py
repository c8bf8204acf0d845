"""The record kinds' names and counts as a reader reads them ("Agreements", "3 agreements",
"15 of 42 agreements"), marked for lupdate once: db.kinds gives them to each kind, exports (in
core, below db) read them here."""

from __future__ import annotations

from bri_desktop.core.i18n import QT_TRANSLATE_NOOP

NAMES = {"agreements": QT_TRANSLATE_NOOP("kinds", "Agreements"), "projects": QT_TRANSLATE_NOOP("kinds", "Projects"),
         "packages": QT_TRANSLATE_NOOP("kinds", "Packages"), "corridors": QT_TRANSLATE_NOOP("kinds", "Corridors"),
         "indicators": QT_TRANSLATE_NOOP("kinds", "Indicators"),
         "organizations": QT_TRANSLATE_NOOP("kinds", "Organizations"),
         "events": QT_TRANSLATE_NOOP("kinds", "Events"), "sources": QT_TRANSLATE_NOOP("kinds", "Sources"),
         "everything": QT_TRANSLATE_NOOP("kinds", "Everything")}
COUNTS = {  # "3 agreements": each kind's noun with a count, for the plural forms of every language
    "agreements": QT_TRANSLATE_NOOP("kinds", "%n agreement(s)"),
    "projects": QT_TRANSLATE_NOOP("kinds", "%n project(s)"),
    "packages": QT_TRANSLATE_NOOP("kinds", "%n package(s)"),
    "corridors": QT_TRANSLATE_NOOP("kinds", "%n corridor(s)"),
    "indicators": QT_TRANSLATE_NOOP("kinds", "%n indicator(s)"),
    "organizations": QT_TRANSLATE_NOOP("kinds", "%n organization(s)"),
    "events": QT_TRANSLATE_NOOP("kinds", "%n event(s)"),
    "sources": QT_TRANSLATE_NOOP("kinds", "%n source(s)"),
    "everything": QT_TRANSLATE_NOOP("kinds", "%n record(s)"),
}
OF_COUNTS = {  # the status bar's "15 of 42 agreements"
    "agreements": QT_TRANSLATE_NOOP("kinds", "{matched} of %n agreement(s)"),
    "projects": QT_TRANSLATE_NOOP("kinds", "{matched} of %n project(s)"),
    "packages": QT_TRANSLATE_NOOP("kinds", "{matched} of %n package(s)"),
    "corridors": QT_TRANSLATE_NOOP("kinds", "{matched} of %n corridor(s)"),
    "indicators": QT_TRANSLATE_NOOP("kinds", "{matched} of %n indicator(s)"),
    "organizations": QT_TRANSLATE_NOOP("kinds", "{matched} of %n organization(s)"),
    "events": QT_TRANSLATE_NOOP("kinds", "{matched} of %n event(s)"),
    "sources": QT_TRANSLATE_NOOP("kinds", "{matched} of %n source(s)"),
    "everything": QT_TRANSLATE_NOOP("kinds", "{matched} of %n record(s)"),
}
