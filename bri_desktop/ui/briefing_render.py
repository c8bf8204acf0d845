"""What a briefing needs of Qt: its charts and maps drawn as PNG at print resolution, and the
briefing laid out in pages (QTextDocument) for PDF (QPdfWriter), the printer and the preview, with
the footer and page number on every page."""

from __future__ import annotations

import functools
import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from bri_desktop import paths
from bri_desktop.briefing import document as d
from bri_desktop.briefing.docx_out import marks
from bri_desktop.core.geo import geographic_model, load_outlines, schematic_model
from bri_desktop.core.i18n import translate
from bri_desktop.ui.chart_render import chart_image
from bri_desktop.ui.image_export import render_image
from bri_desktop.ui.widgets.corridor_panel import map_picture
from bri_desktop.ui.widgets.corridor_view import CorridorView
from bri_desktop.ui.widgets.figures_chart import FiguresChart, figures_picture
from bri_desktop.ui.widgets.timeline_view import TimelineView, timeline_picture

Paged = QPdfWriter | QPrinter  # what the briefing is laid out for: a PDF, a printer
PRINT_SCALE = 2.5  # a 960-pixel chart at 160 mm: about 380 dpi
# A chart for a page is drawn narrower than for the screen (its text larger beside the bars), and
# at a higher scale to keep the same resolution: (width in pixels, extra scale).
WIDTH_FOR_PAGE = (720, 960 / 720)
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 20
FOOTER_MM = 8


def png_of(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def draw_figures(doc: d.Document) -> None:
    """Fill each figure's PNG. On the GUI thread (the map is drawn by a widget class), from what
    the composing read: no SQL here."""
    models: dict = {}
    for figure in doc.figures():
        if figure.what == "chart":
            figure.png = png_of(chart_image(figure.data, figure.caption, scale=PRINT_SCALE * WIDTH_FOR_PAGE[1],
                                            width=WIDTH_FOR_PAGE[0]))
        elif figure.what == "map":
            mode, network = figure.data["mode"], figure.data["network"]
            key = (mode, id(network))
            if key not in models:
                models[key] = (geographic_model(network, _outlines()) if mode == "geographic"
                               else schematic_model(network))
            view = CorridorView()
            view.set_model(models[key])
            view.set_matching(figure.data["matching"])
            if figure.data.get("selected"):
                view.select(figure.data["selected"])
            figure.png = png_of(render_image(map_picture(view, figure.caption), scale=PRINT_SCALE / 1.5))
            view.deleteLater()
        elif figure.what == "timeline":
            timeline = TimelineView()
            timeline.resize(WIDTH_FOR_PAGE[0], 400)
            timeline.set_overview(figure.data["overview"])
            timeline.set_range(figure.data["start"], figure.data["end"])
            figure.png = png_of(render_image(timeline_picture(timeline, figure.caption, WIDTH_FOR_PAGE[0]),
                                             scale=PRINT_SCALE * WIDTH_FOR_PAGE[1]))
            timeline.deleteLater()
        elif figure.what == "figures":
            chart = FiguresChart()
            chart.set_figures(figure.data["figures"])
            figure.png = png_of(render_image(figures_picture(chart, figure.caption, WIDTH_FOR_PAGE[0]),
                                             scale=PRINT_SCALE * WIDTH_FOR_PAGE[1]))
            chart.deleteLater()


@functools.lru_cache(maxsize=1)
def _outlines() -> list:
    return load_outlines(paths.outlines())[0]


def _sup(cites: tuple[int, ...]) -> str:
    return f"<sup>{marks(cites)}</sup>" if cites else ""


def _runs(runs: list[d.Run]) -> str:
    return "".join(html.escape(r.text) + _sup(r.cites) for r in runs)


def to_html(doc: d.Document, width_px: float) -> tuple[str, dict[str, QImage]]:
    """The briefing as rich text for QTextDocument, and its images by resource name."""
    images: dict[str, QImage] = {}
    parts = [f"<h1 style='font-size:20pt'>{html.escape(doc.title)}</h1>"]
    if doc.subtitle:
        parts.append(f"<p style='font-size:13pt;color:#444'>{html.escape(doc.subtitle)}</p>")
    if doc.meta:
        parts.append(f"<p style='color:#444'>{html.escape(doc.meta)}</p>")
    in_list = False
    for block in doc.blocks:
        fact = isinstance(block, d.Block) and block.style == d.FACT
        if in_list and not fact:
            parts.append("</ul>")
            in_list = False
        if isinstance(block, d.Figure):
            if block.png:
                name = f"figure-{len(images) + 1}.png"
                image = QImage.fromData(block.png)
                images[name] = image
                shown = width_px
                parts.append(f"<p align='center'><img src='{name}' width='{shown:.0f}' "
                             f"height='{image.height() * shown / max(image.width(), 1):.0f}'></p>")
            parts.append(f"<p style='font-size:8.5pt;color:#333'><i>{_runs([d.Run(block.caption, block.cites)])}"
                         "</i></p>")
        elif isinstance(block, d.Table):
            head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row)
                           + f"<td>{_sup(cites)}</td></tr>" for row, cites in zip(block.rows, block.cites, strict=True))
            parts.append(f"<table border='1' cellspacing='0' cellpadding='3' width='100%' "
                         f"style='font-size:8pt;border-color:#999'><tr>{head}</tr>{rows}</table>"
                         f"<p style='font-size:8.5pt;color:#333'><i>{html.escape(block.caption)}</i></p>")
        elif block.style == d.HEADING1:
            parts.append(f"<h2 style='font-size:15pt'>{_runs(block.runs)}</h2>")
        elif block.style == d.HEADING2:
            parts.append(f"<h3 style='font-size:12pt'>{_runs(block.runs)}</h3>")
        elif fact:
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{_runs(block.runs)}</li>")
        elif block.style == d.CAVEAT:
            parts.append(f"<p style='color:#555;font-size:9pt'><i>{_runs(block.runs)}</i></p>")
        else:
            parts.append(f"<p>{_runs(block.runs)}</p>")
    if in_list:
        parts.append("</ul>")
    if doc.endnotes:
        heading = html.escape(translate("briefing_render", "Sources"))
        parts.append(f"<h2 style='font-size:15pt'>{heading}</h2>")
        for note in doc.endnotes:
            url = f" {html.escape(note.url)}" if note.url else ""
            quotes = "".join(f"<p style='margin-left:18px;font-size:9pt'>“{html.escape(q)}”</p>" for q in note.quotes)
            parts.append(f"<p><b>{note.number}.</b> {html.escape(note.source)}.{url}</p>{quotes}")
    return "".join(parts), images


def layout(doc: d.Document, device: Paged) -> QTextDocument:
    """The briefing laid out for ``device``'s pages (its layout set from the document's page size)."""
    device.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(doc.page_size, QPageSize.PageSizeId.A4)),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM + FOOTER_MM),
                                     QPageLayout.Unit.Millimeter))
    rect = device.pageLayout().paintRectPixels(device.resolution())
    text = QTextDocument()
    font = QFont("DejaVu Serif")
    font.setPointSizeF(10.5)
    text.setDefaultFont(font)
    # lay out in points-sized pixels of the device: fonts keep their size on paper
    text.documentLayout().setPaintDevice(device)
    # an image's width in rich text is in CSS pixels (96 to the inch), not the device's
    body, images = to_html(doc, rect.width() * 96 / device.resolution() * 0.98)
    for name, image in images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    text.setHtml(body)
    text.setPageSize(QSizeF(rect.width(), rect.height()))
    return text


def paint_pages(doc: d.Document, text: QTextDocument, device: Paged | _OnePage, painter: QPainter,
                pages: list[int] | None = None) -> int:
    """Draw the pages (all, or those numbered in ``pages``) with the footer; return the page count."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    height = rect.height()
    count = text.pageCount()
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(7.5)
    first = True
    for number in range(1, count + 1):
        if pages is not None and number not in pages:
            continue
        if not first:
            device.newPage()
        first = False
        painter.save()
        painter.translate(0, -(number - 1) * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        # ink on paper, whatever the window's theme (a dark theme's text colour would be pale)
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        context.palette.setColor(QPalette.ColorRole.WindowText, QColor("#111111"))
        context.clip = QRectF(0, (number - 1) * height, rect.width(), height)
        painter.setClipRect(context.clip)
        text.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(QColor("#555555"))
        dpm = device.resolution() / 25.4
        painter.drawText(QRectF(0, height + 3 * dpm, rect.width(), FOOTER_MM * dpm), 0,
                         translate("briefing_render", "{footer} · page {number} of {count}").format(
                             footer=doc.footer, number=number, count=count))
    return count


def write_pdf(doc: d.Document, target: Path) -> int:
    """Write the PDF whole or not at all; return its page count."""
    from bri_desktop.core.safe_write import replacing

    with replacing(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(doc.title)
        writer.setCreator("BRI Desktop")
        count = print_to(doc, writer)
    return count


def print_to(doc: d.Document, device: Paged) -> int:
    """Lay the briefing out for ``device`` (a PDF writer, a printer) and draw every page on it."""
    text = layout(doc, device)
    painter = QPainter(device)
    try:
        return paint_pages(doc, text, device, painter)
    finally:
        painter.end()


def page_images(doc: d.Document, dpi: int = 72) -> list[QImage]:
    """The pages as images, for the preview: laid out as for PDF, drawn at ``dpi``."""
    writer = _Measure()
    text = layout(doc, writer)
    size = writer.pageLayout().fullRectPixels(writer.resolution())
    images = []
    for number in range(1, text.pageCount() + 1):
        image = QImage(size.width() * dpi // 300, size.height() * dpi // 300, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.scale(dpi / 300, dpi / 300)
        margins = writer.pageLayout().marginsPixels(writer.resolution())
        painter.translate(QPointF(margins.left(), margins.top()))
        paint_pages(doc, text, _OnePage(writer), painter, [number])
        painter.end()
        images.append(image)
    return images


class _Measure(QPdfWriter):
    """A PDF writer that writes nothing: the page layout and resolution of the PDF, for layout."""

    def __init__(self) -> None:
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        super().__init__(self._buffer)
        self.setResolution(300)


class _OnePage:
    """Stands for the device when one page is drawn on its own image: no new pages."""

    def __init__(self, device: Paged):
        self._device = device

    def pageLayout(self) -> QPageLayout:
        return self._device.pageLayout()

    def resolution(self) -> int:
        return self._device.resolution()

    def newPage(self) -> bool:
        return True
