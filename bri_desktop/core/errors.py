"""What to tell the user when background work fails: what happened and what to do. The
exception's own text (SQLite's or Python's) goes to the log, never to the screen."""

from __future__ import annotations

import sqlite3
import sys

from bri_desktop.core.i18n import translate


class DataFileError(Exception):
    """A dataset file cannot be used (missing, damaged, another schema); db's DatasetError is one."""


def user_message(exc: BaseException, what: str, log_hint: str = "") -> str:
    """One or two sentences about ``what`` ("The chart", "The records table") failing."""
    text = str(exc).lower()
    details = " " + (translate("errors", "Details are in the log: {log}.").format(log=log_hint) if log_hint
                     else translate("errors", "Details are in the log."))
    if isinstance(exc, DataFileError):
        return translate("errors", "{what} could not be read: {error}. The dataset file changed or was damaged "
                         "while BRI Desktop ran: restart it, or open another dataset.").format(what=what, error=exc)
    if isinstance(exc, sqlite3.OperationalError) and "interrupt" in text:
        return translate("errors", "{what} took too long and was stopped: the search or the filters are too "
                         "broad. Narrow them and try again.").format(what=what)
    if isinstance(exc, sqlite3.OperationalError) and ("no such" in text or "has no column" in text):
        return translate("errors", "{what} could not be read: the dataset file does not have the tables or "
                         "columns this version of BRI Desktop needs. Open a dataset built by this version "
                         "(bri-desktop data build), or reinstall.").format(what=what) + details
    if isinstance(exc, sqlite3.DatabaseError):
        return translate("errors", "{what} could not be read from the dataset file, which may be damaged or "
                         "changed while the app runs. Restart BRI Desktop; if it happens again, "
                         "reinstall or rebuild the dataset.").format(what=what) + details
    if isinstance(exc, MemoryError):
        return translate("errors", "{what} needs more memory than is free. Narrow the filters and try "
                         "again.").format(what=what)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return translate("errors", "{what} failed: {reason}.").format(what=what, reason=reason)
    return translate("errors", "{what} failed because of a fault in BRI Desktop.").format(what=what) + details

def fail(message: str, code: int = 2) -> int:
    """The command line's error: one line on standard error; returns the exit code."""
    print(f"error: {message}", file=sys.stderr)
    return code
