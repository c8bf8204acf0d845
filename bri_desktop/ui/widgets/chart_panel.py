"""The chart beside the table: horizontal bars that follow the filters, click to filter.

The bars are drawn only while the panel is on screen: a chart that arrives for a hidden panel
waits until the panel is shown. pyqtgraph (about a quarter of a second to import) is imported on
the GUI thread, by ``preload`` while the window is built and not yet shown: importing Qt modules
on a worker thread races with the GUI thread and can crash the process, and imported later it
would freeze a window the user already sees.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.charts import (
    BREAKDOWNS,
    DIMENSIONS,
    MEASURES,
    ChartData,
    breakdown_choice,
    dimension_choice,
    measure_text,
    no_bars_text,
    packages_heading,
    title_of,
)
from bri_desktop.core.i18n import number, translate
from bri_desktop.core.money import format_usd
from bri_desktop.core.palette import visible_on
from bri_desktop.ui.theme import set_tone
from bri_desktop.ui.widgets.elided_label import ElidedLabel
from bri_desktop.ui.widgets.export_button import ExportButton

LABEL_CHARS = 30
NOTE_LINES = 4  # lines of notes shown under the chart; more scroll


def preload() -> None:
    """Import the chart's library now, before the window shows (see the module's note)."""
    import pyqtgraph  # noqa: F401

    from bri_desktop.ui.widgets import chart_axes  # noqa: F401


class ChartPanel(QWidget):
    settings_changed = Signal()  # measure, dimension or breakdown chosen
    bar_clicked = Signal(str, object)  # dimension, key
    bar_hovered = Signal(str, object)  # dimension, key: the window fetches top records
    export_requested = Signal(str)  # "png", "svg" or "copy"
    pin_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chart")
        self.setAccessibleName(translate("ChartPanel", "Chart"))
        self.chart: ChartData | None = None
        self.plot_widget: Any = None  # a pyqtgraph PlotWidget, made on the first draw
        self._drawn: ChartData | None = None  # the chart the plot shows
        self._hover_index = -1
        self._bar_labels: list = []  # the plot's labels at the bars' ends (pyqtgraph TextItems)
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(translate("ChartPanel", "Chart measure"))
        for key in MEASURES:  # the code is the item's data; the code never reads the text
            self.measure.addItem(measure_text(key), key)
        self.dimension = QComboBox(self)
        self.dimension.setAccessibleName(translate("ChartPanel", "Chart by"))
        for key in DIMENSIONS:
            self.dimension.addItem(dimension_choice(key), key)
        self.breakdown = QComboBox(self)
        self.breakdown.setAccessibleName(translate("ChartPanel", "Chart breakdown"))
        self.breakdown.addItem(translate("ChartPanel", "No breakdown"), None)
        for key in BREAKDOWNS:
            self.breakdown.addItem(breakdown_choice(key), key)
        bar = QHBoxLayout()
        for combo in (self.measure, self.dimension, self.breakdown):
            bar.addWidget(combo, 1)
        bar.addStretch(1)
        # a long title ("… (counting: 40% so far)", or a longer language's) ends in "…" at the
        # panel's edge (the tooltip has it whole), rather than widening the window
        self.title = ElidedLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)  # not a style sheet: that would keep the old theme's colours
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        self.pin_button = QToolButton(self)
        self.pin_button.setText(translate("ChartPanel", "Pin"))
        self.pin_button.setAccessibleName(translate("ChartPanel", "Pin the chart"))
        self.pin_button.setToolTip(translate("ChartPanel", "Pin this chart (its choices and filters) to the Pinboard"))
        self.pin_button.clicked.connect(self.pin_requested)
        title_row.addWidget(self.pin_button)
        self.export_button = ExportButton("chart", self)
        self.export_button.chosen.connect(self.export_requested)
        title_row.addWidget(self.export_button)
        self.legend = QLabel(self)
        self.legend.setObjectName("chart_legend")
        self.legend.setAccessibleName(translate("ChartPanel", "Chart legend"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.hide()
        self.placeholder = QLabel(translate("ChartPanel", "Loading chart…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notes = QLabel(self)
        self.notes.setObjectName("chart_notes")
        self.notes.setAccessibleName(translate("ChartPanel", "Chart notes"))
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(self.notes, "muted")
        # The notes scroll in a box of fixed height: however long they are, the controls above
        # and the plot keep their places.
        self.notes_box = QScrollArea(self)
        self.notes_box.setWidget(self.notes)
        self.notes_box.setWidgetResizable(True)
        self.notes_box.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_box.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.notes_box.setFixedHeight(self.fontMetrics().lineSpacing() * NOTE_LINES + 6)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 0)
        self._layout.addLayout(bar)
        self._layout.addLayout(title_row)
        self._layout.addWidget(self.legend)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addWidget(self.notes_box)
        for combo in (self.measure, self.dimension, self.breakdown):
            # Full width when there is room; narrower (text elided) in a narrow window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(combo.sizeHint().width())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.currentIndexChanged.connect(lambda _i: self.settings_changed.emit())

    def focusables(self) -> list[QWidget]:
        return [self.measure, self.dimension, self.breakdown, self.pin_button, self.export_button]

    # -- choices

    def current(self) -> tuple[str, str, str | None]:
        return self.measure.currentData(), self.dimension.currentData(), self.breakdown.currentData()

    # -- drawing

    def _ensure_plot(self) -> None:
        if self.plot_widget is not None:
            return
        import pyqtgraph as pg

        from bri_desktop.ui.widgets.chart_axes import ValueAxis

        self._pg = pg
        self.value_axis = ValueAxis(orientation="bottom")
        widget = self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.value_axis})
        widget.setAccessibleName(translate("ChartPanel", "Chart plot"))
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # mouse only: Tab goes on to the details
        widget.setMinimumHeight(160)
        plot = widget.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.invertY(True)
        plot.showGrid(x=True, y=False, alpha=0.15)
        widget.scene().sigMouseClicked.connect(self._on_click)
        widget.scene().sigMouseMoved.connect(self._on_move)
        self._layout.replaceWidget(self.placeholder, widget)
        self.placeholder.hide()
        widget.show()  # visible now, so the axes size themselves on the first chart

    def show_chart(self, chart: ChartData) -> None:
        """Take a new chart; draw it now if the panel is on screen, else when it is shown."""
        self.chart = chart
        self._set_title(chart.title)
        self.notes.setText(self._notes_text(chart))
        if self.isVisible():
            self.draw()

    def mark_pending(self) -> None:
        """The filters changed and the new chart is slow to come: say that the bars are old."""
        if self.chart is None or self.chart.error:
            return
        measure, dimension, _breakdown = self.current()
        self._set_title(translate("ChartPanel", "{title}: counting…").format(title=title_of(measure, dimension)))
        self.notes.setText(translate("ChartPanel", "Counting; the bars shown are the previous chart's until the "
                                                   "new ones come."))

    def _set_title(self, text: str) -> None:
        """The title, cut to the panel's width when it must be (never widening the window)."""
        self.title.set_full_text(text)

    def show_error(self, message: str) -> None:
        """The chart for the current choices could not be made: say so, show no stale bars."""
        measure, dimension, _breakdown = self.current()
        self.chart = ChartData(measure, dimension, None, [], [], [], error=message)
        self._set_title(translate("ChartPanel", "{title}: not available").format(title=self.chart.title))
        self.notes.setText(message)
        if self.isVisible():
            self.draw()

    def picture(self, caption: str):
        """The chart for an image file or a document, drawn apart from the screen's plot; None
        until a chart has arrived."""
        from bri_desktop.ui.chart_render import chart_picture

        return chart_picture(self.chart, caption) if self.chart is not None else None

    def redraw(self) -> None:
        """Draw the chart again (the theme changed)."""
        self._drawn = None
        if self.isVisible():
            self.draw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.draw()

    def draw(self) -> None:
        """Draw the current chart unless the plot shows it already."""
        if self.chart is None or self._drawn is self.chart:
            return
        if self.plot_widget is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._ensure_plot()
            finally:
                QApplication.restoreOverrideCursor()
        chart = self._drawn = self.chart
        pg = self._pg
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        self.plot_widget.setBackground(base)
        plot = self.plot_widget.getPlotItem()
        kept = {id(label) for label in self._bar_labels}
        for item in [i for i in plot.items if id(i) not in kept]:  # the bars' labels are reused
            plot.removeItem(item)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setTextPen(text)
            plot.getAxis(axis).setPen(text)
        self.value_axis.money = chart.measure == "investment"
        bars = chart.bars
        x0, widths, ys, brushes = [], [], [], []
        for i, bar in enumerate(bars):
            start = 0.0
            for _key, _label, value, colour in bar.parts:
                x0.append(start)
                widths.append(value)
                ys.append(i)
                brushes.append(pg.mkBrush(visible_on(colour, base.name())))
                start += value
        if bars:
            plot.addItem(pg.BarGraphItem(x0=x0, width=widths, y=ys, height=0.7, brushes=brushes,
                                         pen=pg.mkPen(palette.color(QPalette.ColorRole.Base))))
            top = max(b.total for b in bars) or 1.0
            self._label_bars(plot, bars, top, text)
            plot.setXRange(0, self._room_for_labels(bars, top), padding=0)
            plot.setYRange(-0.6, len(bars) - 0.4, padding=0)
        else:  # nothing to draw: no stale axis, and say why in the plot
            self._label_bars(plot, [], 1.0, text)
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(-0.6, 0.6, padding=0)
            empty = pg.TextItem(chart.error or no_bars_text(),
                                color=text, anchor=(0.5, 0.5))
            empty.setPos(0.5, 0)
            plot.addItem(empty)
        plot.getAxis("bottom").setStyle(showValues=bool(bars))
        ticks = [(i, _elide(b.label)) for i, b in enumerate(bars)]
        left = plot.getAxis("left")
        left.setTicks([ticks, []])
        width = max((self.fontMetrics().horizontalAdvance(t) for _, t in ticks), default=30)
        left.setWidth(min(width + 20, 280))  # labels are elided to LABEL_CHARS
        plot.layout.activate()  # apply the axis width now, not at the next paint
        if bars:  # the room for the bars' labels, in the plot's width once the axis has taken its own
            plot.setXRange(0, self._room_for_labels(bars, max(b.total for b in bars) or 1.0), padding=0)
        self._show_legend(chart, text)

    def _label_bars(self, plot, bars, top: float, colour) -> None:
        """A label at the end of each bar: the labels of the last drawing are reused (making
        them again took half of each redraw while a broad search is counted)."""
        while len(self._bar_labels) > len(bars):
            plot.removeItem(self._bar_labels.pop())
        for i, bar in enumerate(bars):
            if i == len(self._bar_labels):
                label = self._pg.TextItem("", color=colour, anchor=(0, 0.5))
                label.setZValue(1)
                plot.addItem(label)
                self._bar_labels.append(label)
            label = self._bar_labels[i]
            if label.color != colour:  # setting the colour is the slow part: only on a change
                label.setColor(colour)
            label.setText(bar.text)
            label.setPos(bar.total + top * 0.01, i)

    def _room_for_labels(self, bars, top: float) -> float:
        """The value axis's end, far enough that every bar's label fits beside it."""
        width = self.plot_widget.getPlotItem().getViewBox().width() or self.plot_widget.width() * 0.7
        metrics = self.fontMetrics()
        end = top * 1.05
        for bar in bars:
            share = min(0.7, (metrics.horizontalAdvance(bar.text) + 16) / max(width, 1.0))
            end = max(end, (bar.total + top * 0.01) / (1 - share))
        return end

    def _show_legend(self, chart: ChartData, _text=None) -> None:
        """With a breakdown, say which colour is which part: in a line above the plot, where it
        covers no bar and no label."""
        seen: dict[object, tuple[str, str]] = {}
        for bar in chart.bars if chart.breakdown else []:
            for key, label, _value, colour in bar.parts:
                seen.setdefault(key, (label, colour))
        background = self.palette().color(QPalette.ColorRole.Base).name()
        items = [f"<span style='color:{visible_on(colour, background)}'>■</span>&nbsp;{escape(label)}"
                 for label, colour in seen.values()]
        self.legend.setText("&nbsp;&nbsp; ".join(items))  # data as plain text: escaped
        self.legend.setVisible(bool(items))

    @staticmethod
    def _notes_text(chart: ChartData) -> str:
        if chart.error:
            return chart.error
        lines = []
        if not chart.bars:
            lines.append(no_bars_text())
        if chart.packages:
            lines.append(packages_heading(chart.dimension))
            lines += [f"  • {p}" for p in chart.packages]
        lines += chart.notes
        return "\n".join(lines)

    # -- interaction

    def _bar_at(self, scene_pos) -> int:
        if self.chart is None or self.plot_widget is None:
            return -1
        point = self.plot_widget.getPlotItem().vb.mapSceneToView(scene_pos)
        index = round(point.y())
        if 0 <= index < len(self.chart.bars) and abs(point.y() - index) <= 0.4 and point.x() >= 0:
            return index
        return -1

    def _on_click(self, event) -> None:
        index = self._bar_at(event.scenePos())
        if index >= 0 and self.chart is not None:
            self.bar_clicked.emit(self.chart.dimension, self.chart.bars[index].key)

    def _on_move(self, scene_pos) -> None:
        index = self._bar_at(scene_pos)
        if index == self._hover_index:
            return
        self._hover_index = index
        if index < 0 or self.chart is None:
            QToolTip.hideText()
            return
        self.bar_hovered.emit(self.chart.dimension, self.chart.bars[index].key)
        self.show_tooltip(index, [])

    def show_tooltip(self, index: int, top: list[dict]) -> None:
        if self.chart is None or not 0 <= index < len(self.chart.bars):
            return
        QToolTip.showText(QCursor.pos(), tooltip_html(self.chart, index, top), self.plot_widget)

    def hovered_index(self) -> int:
        return self._hover_index


def _elide(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def tooltip_html(chart: ChartData, index: int, top: list[dict]) -> str:
    """Plain record text, escaped, in a small rich-text tooltip."""
    bar = chart.bars[index]
    figure = format_usd(bar.total) if chart.measure == "investment" else number(int(bar.total), 0)
    records, qualified = bar.records, bar.qualified  # counts as plain names, for lupdate
    lines = [f"<b>{escape(bar.label)}</b>",
             escape(translate("chart_panel", "{figure} from %n record(s)", None, records).format(figure=figure))]
    if qualified:
        lines.append(escape(translate("chart_panel", "%n of the values are stated with a qualifier (over, about…)",
                                      None, qualified)))
    if len(bar.parts) > 1:
        lines += [f"{escape(label)}: {escape(_fmt(chart, value))}" for _k, label, value, _c in bar.parts]
    if top:
        lines.append(escape(translate("chart_panel", "Largest:")))
        lines += [f"• {escape(str(r['title'])[:70])} — "
                  f"{escape(format_usd(r['value'], r.get('qualifier')))}" for r in top]
    if bar.key is None:
        hint = translate("chart_panel", "These records state no value for this: sort the table by that column "
                                        "to see them (they come last).")
    else:
        hint = translate("chart_panel", "Click to filter to this bar; click again to undo.")
    lines.append(f"<i>{escape(hint)}</i>")
    return "<br>".join(lines)


def _fmt(chart: ChartData, value: float) -> str:
    return format_usd(value) if chart.measure == "investment" else number(int(value), 0)

