"""The chart's background work and its exports (PNG at 2x, SVG, clipboard), with a caption."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from bri_desktop.core.charts import ChartData, build_chart, caption
from bri_desktop.core.filters import Filter
from bri_desktop.db import aggregates
from bri_desktop.db.dataset import Dataset
from bri_desktop.ui.chart_render import chart_size, draw_chart
from bri_desktop.ui.image_export import export_image, render_image
from bri_desktop.ui.workers import TaskState

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


def load_chart(state: TaskState, dataset: Dataset, measure: str, dimension: str,
               breakdown: str | None, flt: Filter) -> ChartData:
    """Worker function: SQL aggregates, then the chart's bars and notes."""
    import numpy  # noqa: F401  (pyqtgraph's largest import, and no Qt: safe off the GUI thread)

    conn = state.watch(dataset.connection())
    agg = aggregates.aggregate(conn, dimension, flt, breakdown)
    state.check()
    return build_chart(agg, measure, dataset.labels)


def load_top(state: TaskState, dataset: Dataset, dimension: str, key: object,
             flt: Filter) -> list[dict]:
    conn = state.watch(dataset.connection())
    return aggregates.top_records(conn, dimension, key, flt)


def chart_image(chart: ChartData, caption: str, scale: float = 2.0) -> QImage:
    size = chart_size(chart, caption)
    return render_image(size, lambda p, sz: draw_chart(p, sz, chart, caption), scale)


def export_chart(window: MainWindow, how: str, target: Path | None = None) -> Path | None:
    chart = window.chart.chart
    if chart is None:
        window.statusBar().showMessage("The chart is not ready yet.", 5000)
        return None
    labels = {"country": window.dataset.vocabulary.get("countries", {})}
    text = caption(chart, window.filter.describe(labels), window.dataset.version)
    return export_image(window, "chart", how, chart_size(chart, text),
                        lambda p, size: draw_chart(p, size, chart, text), chart.title, text, target)
