"""The file the user chose in a save dialog: exactly the name confirmed there.

A name with an extension is kept as typed (``notes.txt`` stays ``notes.txt``, written in the
chosen format); an existing name without one (``/dev/null``) too. Only a new name without an
extension gets the format's, and if that file exists the user is asked before it is replaced:
the dialog confirmed another name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from bri_desktop.core.i18n import translate


def confirmed_path(parent: QWidget, name: str, suffix: str) -> Path | None:
    path = Path(name)
    if path.suffix or path.exists():
        return path
    with_suffix = path.with_name(f"{path.name}.{suffix}")
    if with_suffix.exists():
        answer = QMessageBox.question(parent, translate("file_choice", "Replace file?"),
                                      translate("file_choice", "{file} already exists. Replace it?")
                                      .format(file=with_suffix))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return with_suffix
