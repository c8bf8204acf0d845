"""What the status bar's team label says for each state of the team workspace. The states are
codes that the window and its tests read (connecting, up to date, waiting, offline, read-only,
problem, slow, upgrade); only the text shown is in the interface language."""

from __future__ import annotations

from bri_desktop.core.i18n import translate


def status_text(state: str, waiting: int = 0) -> str:
    """The label's text for ``state``, with the changes still to send (``waiting``) when any."""
    if state == "connecting":
        return translate("team_status", "Team: connecting…")
    if state == "up to date":
        return translate("team_status", "Team: up to date")
    if state == "waiting":
        return translate("team_status", "Team: sending · %n change(s) waiting", None, waiting) if waiting \
            else translate("team_status", "Team: sending")
    if state == "offline":
        return translate("team_status", "Team: offline · %n change(s) waiting", None, waiting) if waiting \
            else translate("team_status", "Team: offline · your changes are kept here")
    if state == "read-only":
        return translate("team_status", "Team: read-only · %n change(s) waiting", None, waiting) if waiting \
            else translate("team_status", "Team: read-only")
    if state == "problem":
        return translate("team_status", "Team: problem · %n change(s) waiting", None, waiting) if waiting \
            else translate("team_status", "Team: problem")
    if state == "slow":
        return translate("team_status", "Team: no answer from the server · %n change(s) waiting", None, waiting) \
            if waiting else translate("team_status", "Team: no answer from the server")
    if state == "upgrade":
        return translate("team_status", "Team: waiting for an upgrade · %n change(s) waiting", None, waiting) \
            if waiting else translate("team_status", "Team: waiting for an upgrade")
    raise KeyError(state)
