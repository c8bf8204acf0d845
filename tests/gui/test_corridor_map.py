"""The corridor map draws every corridor, selects on click, leads to related records, dims by
filter, and exports valid images."""

from __future__ import annotations

from xml.etree import ElementTree

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from bri_desktop.core.geo import REGION
from bri_desktop.ui.widgets.corridor_panel import EXPORT_SIZE
from tests.gui.conftest import settle


def map_ready(qtbot, window):
    window.views.setCurrentWidget(window.corridors)
    qtbot.waitUntil(lambda: window.corridors.view.model is not None, timeout=10000)
    settle(qtbot, window)
    return window.corridors.view


def widget_point(view, corridor_id: str, zoom: float = 1.0) -> QPointF:
    """The middle of the corridor's longest segment in widget pixels, after zooming there (the
    routes around the Fergana valley are close together at the default scale)."""
    shape = next(c for c in view.model.corridors if c.id == corridor_id)
    seg = max(shape.segments, key=lambda s: abs(s.end[0] - s.start[0]) + abs(s.end[1] - s.start[1]))
    middle = QPointF((seg.start[0] + seg.end[0]) / 2, (seg.start[1] + seg.end[1]) / 2)

    def to_widget() -> QPointF:
        transform, _scale = view.transform_for(view.width(), view.height(), view._zoom, view._pan)
        return transform.map(middle)

    if zoom != 1.0:
        view.zoom_by(zoom, to_widget())
    return to_widget()


def test_every_corridor_is_drawn_in_both_layouts(qtbot, window, db_conn):
    view = map_ready(qtbot, window)
    ids = {r[0] for r in db_conn.execute("SELECT id FROM corridors")}
    for mode in ("geographic", "schematic"):
        model = window.corridors.models[mode]
        assert {c.id for c in model.corridors} == ids
        for shape in model.corridors:
            nodes = db_conn.execute("SELECT count(*) FROM corridor_nodes WHERE corridor_id = ?",
                                    (shape.id,)).fetchone()[0]
            assert len(shape.segments) == nodes - 1
    assert view.model.mode == "geographic"
    figures = {c.id: c.figure for c in view.model.corridors}
    assert figures["cku-railway"] == "486 km" and figures["ca-gas-pipeline-line-d"] == "30 bcm/yr"
    assert figures["trans-caspian"] == "4.5 Mt (2024)"


def test_projection_keeps_cities_in_their_places():
    almaty, tashkent, aktau = REGION(76.89, 43.24), REGION(69.24, 41.30), REGION(51.17, 43.65)
    assert almaty[0] > tashkent[0] > aktau[0]  # east is right
    assert REGION(73.37, 47.20)[1] < almaty[1]  # Moyynty lies north of Almaty: higher up


def test_click_selects_and_shows_the_record_with_its_sources(qtbot, window):
    view = map_ready(qtbot, window)
    pos = widget_point(view, "cku-railway", zoom=4.0)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert view.selected == "cku-railway"
    settle(qtbot, window)
    text = window.details.plain_text()
    assert "China–Kyrgyzstan–Uzbekistan railway" in text and "486 km" in text
    assert "Kashgar-Torugart-Makmal-Jalal-Abad-Andijan" in " ".join(text.split())
    assert window.corridors.related.isEnabled()


def test_hover_highlights_the_corridor(qtbot, window):
    view = map_ready(qtbot, window)
    assert view.hover_at(widget_point(view, "ca-gas-pipeline-line-d", zoom=2.0)) == \
        "ca-gas-pipeline-line-d"
    assert view.hovered == "ca-gas-pipeline-line-d"
    assert view.hover_at(QPointF(2, 2)) == ""


def test_related_records_are_exactly_the_linked_ones(qtbot, window, db_conn):
    view = map_ready(qtbot, window)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton,
                     pos=widget_point(view, "cku-railway", zoom=4.0).toPoint())
    settle(qtbot, window)  # the button knows, a moment later, that the corridor has records
    qtbot.mouseClick(window.corridors.related, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.filter.corridors == {"cku-railway"}
    shown = {window.model.record_id(r) for r in range(window.model.rowCount())}
    linked = {r[0] for r in db_conn.execute(
        "SELECT id FROM agreements WHERE corridor_id = 'cku-railway'")}
    assert shown == linked and len(linked) == 2
    window.set_kind("projects")  # the same filter, now over projects
    settle(qtbot, window)
    shown = {window.model.record_id(r) for r in range(window.model.rowCount())}
    assert shown == {r[0] for r in db_conn.execute(
        "SELECT project_id FROM corridor_projects WHERE corridor_id = 'cku-railway'")}
    window.corridors.view.select("china-europe-transit-kz")
    window.on_related_requested("china-europe-transit-kz")
    settle(qtbot, window)
    shown = {window.model.record_id(r) for r in range(window.model.rowCount())}
    linked = {r[0] for r in db_conn.execute(
        "SELECT project_id FROM corridor_projects WHERE corridor_id = 'china-europe-transit-kz'")}
    assert shown == linked == {"lianyungang-terminal", "xian-dry-port"}


def test_dimming_follows_the_country_facet(qtbot, window, db_conn):
    view = map_ready(qtbot, window)
    assert view.matching is None
    window.set_filter(window.filter.with_values("country", {"KG"}))
    settle(qtbot, window)
    expected = {r[0] for r in db_conn.execute(
        "SELECT corridor_id FROM corridor_countries WHERE country = 'KG'")}
    assert view.matching == expected == {"cku-railway"}
    window.clear_filters()
    settle(qtbot, window)
    assert view.matching is None


def test_zoom_keys_and_reset(qtbot, window):
    view = map_ready(qtbot, window)
    before = view.scale()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale() > before
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert abs(view.scale() - before) < 1e-9


def test_png_and_svg_exports(qtbot, window, tmp_path):
    map_ready(qtbot, window)
    png = window.export_view("corridor map", "png", tmp_path / "map.png")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (EXPORT_SIZE.width() * 2, EXPORT_SIZE.height() * 2)
    window.corridors.mode.setCurrentIndex(1)  # schematic
    svg = window.export_view("corridor map", "svg", tmp_path / "map.svg")
    assert QSvgRenderer(str(svg)).isValid()
    text = svg.read_text(encoding="utf-8")
    ElementTree.fromstring(text)
    assert "approximate routes" in text and "Natural Earth" in text
    assert window.dataset.version in text
