"""The briefing as Markdown, for pasting into other tools: citations as footnotes (``[^1]``),
tables as pipe tables, figures as images written beside the file (``NAME-figures/``)."""

from __future__ import annotations

from pathlib import Path

from bri_desktop.briefing import document as d
from bri_desktop.core.safe_write import replacing


def _escape(text: str) -> str:
    """Text that Markdown would read as markup shows as written."""
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "#", "|"):
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")


def _cites(cites: tuple[int, ...]) -> str:
    return "".join(f"[^{n}]" for n in cites)


def _runs(runs: list[d.Run]) -> str:
    return "".join(_escape(r.text) + _cites(r.cites) for r in runs)


def build(doc: d.Document, figure_names: list[str] | None = None) -> str:
    """``figure_names``: the file names the figures are written to, in order (none: captions only)."""
    lines = [f"# {_escape(doc.title)}", ""]
    if doc.subtitle:
        lines += [f"*{_escape(doc.subtitle)}*", ""]
    if doc.meta:
        lines += [_escape(doc.meta), ""]
    figures = iter(figure_names or [])
    for block in doc.blocks:
        if isinstance(block, d.Figure):
            name = next(figures, None)
            lines.append("")
            if name:
                lines += [f"![{_escape(block.caption)}]({name})", ""]
            lines += [f"*{_escape(block.caption)}*{_cites(block.cites)}", ""]
        elif isinstance(block, d.Table):
            lines += ["", "| " + " | ".join(_escape(h) for h in block.header) + " |"]
            lines.append("|" + "---|" * len(block.header))
            for row, cites in zip(block.rows, block.cites, strict=True):
                lines.append("| " + " | ".join(_escape(c) for c in row) + f" | {_cites(cites)} |")
            lines += ["", f"*{_escape(block.caption)}*", ""]
        elif block.style == d.HEADING1:
            lines += ["", f"## {_runs(block.runs)}", ""]
        elif block.style == d.HEADING2:
            lines += ["", f"### {_runs(block.runs)}", ""]
        elif block.style == d.FACT:
            lines.append(f"- {_runs(block.runs)}")
        elif block.style == d.CAVEAT:
            lines += ["", f"> *{_runs(block.runs)}*", ""]
        else:
            lines += ["", _runs(block.runs), ""]
    lines += ["", "---", "", _escape(doc.footer), ""]
    for note in doc.endnotes:
        body = _escape(note.source) + "." + (f" <{note.url}>" if note.url else "")
        quotes = "".join(f" “{_escape(q)}”" for q in note.quotes)
        lines.append(f"[^{note.number}]: {body}{quotes}")
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip() + "\n"


def write(doc: d.Document, target: Path) -> None:
    folder_name = f"{target.stem}-figures"
    names = []
    if doc.figures() and any(f.png for f in doc.figures()):
        folder = target.parent / folder_name
        folder.mkdir(exist_ok=True)
        for i, figure in enumerate(doc.figures(), 1):
            name = f"figure-{i}-{figure.what}.png"
            with replacing(folder / name) as tmp:
                tmp.write_bytes(figure.png)
            names.append(f"{folder_name}/{name}")
    text = build(doc, names)
    with replacing(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
