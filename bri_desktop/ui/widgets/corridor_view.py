"""The corridor map: paints the geometry core.geo computes; pan, zoom, hover and select."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from bri_desktop.core.geo import (
    STATUS_COLOURS,
    CorridorShape,
    MapModel,
    corridor_at,
    node_at,
    node_kind,
)
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, vocabulary_label

PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
              "dot": Qt.PenStyle.DotLine, "dashdot": Qt.PenStyle.DashDotLine}
# English labels: the statuses are the dataset's vocabulary (vocabulary_label shows one), the rest
# translate("CorridorView", ...)
STATUS_LABELS = {"operating": QT_TRANSLATE_NOOP("vocabulary", "Operating"),
                 "under_construction": QT_TRANSLATE_NOOP("vocabulary", "Under construction"),
                 "planned": QT_TRANSLATE_NOOP("vocabulary", "Planned"),
                 "completed": QT_TRANSLATE_NOOP("vocabulary", "Completed"),
                 "proposed": QT_TRANSLATE_NOOP("vocabulary", "Proposed")}
MODE_LABELS = [("solid", QT_TRANSLATE_NOOP("CorridorView", "Rail / multimodal")),
               ("dash", QT_TRANSLATE_NOOP("CorridorView", "Pipeline")),
               ("dot", QT_TRANSLATE_NOOP("CorridorView", "Sea leg"))]
MODES = {"rail": QT_TRANSLATE_NOOP("CorridorView", "rail"),
         "multimodal": QT_TRANSLATE_NOOP("CorridorView", "multimodal"),
         "pipeline": QT_TRANSLATE_NOOP("CorridorView", "pipeline"), "sea": QT_TRANSLATE_NOOP("CorridorView", "sea"),
         "road": QT_TRANSLATE_NOOP("CorridorView", "road")}  # a corridor's mode, in its tooltip
HIT_PIXELS = 7.0


def status_label(status: str) -> str:
    return vocabulary_label(STATUS_LABELS[status]) if status in STATUS_LABELS else status


class CorridorView(QWidget):
    corridor_selected = Signal(str)  # "" when the selection is cleared
    hover_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("corridor_map")
        self.setAccessibleName(translate("CorridorView", "Corridor map"))
        self.setAccessibleDescription(translate("CorridorView", "Rail, pipeline and sea routes; click a route to "
                                                "select it"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 200)
        self.model: MapModel | None = None
        self.failure = ""  # why there is no model: said where the map would be
        self.matching: set[str] | None = None  # None: every corridor matches
        self.selected = ""
        self.hovered = ""
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self._drag: QPointF | None = None
        self._paths: dict[str, QPainterPath] = {}

    # -- model and view state

    def show_failed(self, message: str) -> None:
        """The corridors could not be loaded: say so where the map would be (not "Loading…")."""
        self.failure = message
        self.update()

    def set_model(self, model: MapModel) -> None:
        self.model = model
        self.failure = ""
        self._paths = {}
        for outline in model.outlines:
            path = QPainterPath()
            for ring in outline.rings:
                path.moveTo(*ring[0])
                for point in ring[1:]:
                    path.lineTo(*point)
                path.closeSubpath()
            self._paths[outline.iso] = path
        self.reset_view()

    def set_matching(self, ids: set[str] | None) -> None:
        self.matching = ids
        self.update()

    def select(self, corridor_id: str) -> None:
        self.selected = corridor_id
        self.update()

    def reset_view(self) -> None:
        self._zoom, self._pan = 1.0, QPointF(0, 0)
        self.update()

    def zoom_by(self, factor: float, around: QPointF | None = None) -> None:
        around = around or QPointF(self.width() / 2, self.height() / 2)
        before = self.to_scene(around)
        self._zoom = max(0.3, min(20.0, self._zoom * factor))
        after = self.to_scene(around)
        base = self._base_scale()
        self._pan += QPointF((after.x() - before.x()) * base * self._zoom,
                             (after.y() - before.y()) * base * self._zoom)
        self.update()

    # -- transform: scene (projected) coordinates <-> widget pixels

    def _base_scale(self) -> float:
        if self.model is None:
            return 1.0
        x0, y0, x1, y1 = self.model.bounds()
        return min(self.width() / max(x1 - x0, 1), self.height() / max(y1 - y0, 1))

    def scene_rect(self) -> QRectF:
        x0, y0, x1, y1 = self.model.bounds() if self.model else (0, 0, 1, 1)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def transform_for(self, width: float, height: float, zoom: float, pan: QPointF):
        from PySide6.QtGui import QTransform

        rect = self.scene_rect()
        scale = min(width / max(rect.width(), 1), height / max(rect.height(), 1)) * zoom
        transform = QTransform()
        transform.translate(width / 2 + pan.x(), height / 2 + pan.y())
        transform.scale(scale, scale)
        transform.translate(-rect.center().x(), -rect.center().y())
        return transform, scale

    def to_scene(self, point: QPointF) -> QPointF:
        transform, _scale = self.transform_for(self.width(), self.height(), self._zoom, self._pan)
        inverted, _ok = transform.inverted()
        return inverted.map(point)

    def scale(self) -> float:
        return self.transform_for(self.width(), self.height(), self._zoom, self._pan)[1]

    # -- painting (also used for exports)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self.paint_map(painter, self.width(), self.height(), self._zoom, self._pan)
        finally:
            painter.end()

    def paint_map(self, painter: QPainter, width: float, height: float, zoom: float = 1.0,
                  pan: QPointF | None = None, legend: bool = True) -> None:
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRectF(0, 0, width, height), QColor("#eef4f8"))
        if self.model is None:
            painter.setPen(QColor("#222222"))  # on the map's own light sea, in either theme
            painter.drawText(QRectF(20, 0, width - 40, height),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.failure or translate("CorridorView", "Loading corridors…"))
            return
        transform, scale = self.transform_for(width, height, zoom, pan or QPointF(0, 0))
        painter.save()
        painter.setTransform(transform)
        for outline in self.model.outlines:
            painter.setPen(QPen(QColor("#8a8a8a"), 0.8 / scale))
            painter.setBrush(QColor("#ffffff") if outline.focus else QColor("#e4e4e4"))
            painter.drawPath(self._paths[outline.iso])
        for a, b in self.model.guides:
            painter.setPen(QPen(QColor("#9a9a9a"), 1.0 / scale, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(*a), QPointF(*b))
        for shape in sorted(self.model.corridors, key=lambda c: c.id in (self.selected, self.hovered)):
            self._paint_corridor(painter, shape, scale)
        painter.restore()
        self._paint_labels(painter, transform, palette)
        if legend and height >= 360:  # in a small pane the legend would hide the routes
            self._paint_legend(painter, width, height)

    def _paint_corridor(self, painter: QPainter, shape: CorridorShape, scale: float) -> None:
        assert self.model is not None
        dim = self.matching is not None and shape.id not in self.matching
        colour = QColor(shape.colour)
        if dim:
            colour.setAlphaF(0.22)
        width = shape.width + (2.5 if shape.id in (self.selected, self.hovered) else 0.0)
        if shape.id == self.selected:  # a halo under the selected route
            halo = QPen(QColor(255, 200, 0, 150), (width + 6) / scale)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            for seg in shape.segments:
                painter.drawLine(QPointF(*seg.start), QPointF(*seg.end))
        for seg in shape.segments:
            pen = QPen(colour, width / scale, PEN_STYLES[seg.style])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap if seg.style != "solid" else Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(*seg.start), QPointF(*seg.end))
        painter.setPen(QPen(QColor("#333333"), 1.0 / scale))
        for node in self.model.nodes:
            if shape.id in node.corridors:
                painter.setBrush(QColor("#ffffff") if node.named_in_source else QColor("#cfcfcf"))
                radius = 3.2 / scale
                painter.drawEllipse(QPointF(*node.at), radius, radius)

    def _paint_labels(self, painter: QPainter, transform, palette: QPalette) -> None:
        """Country, sea, corridor and station labels, in screen pixels; a station label that would
        overlap one already drawn is left out (zoom in to see it)."""
        assert self.model is not None
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        painter.setPen(QColor("#6b6b6b"))
        for outline in self.model.outlines:
            if outline.label:
                p = transform.map(QPointF(*outline.label_at))
                painter.drawText(QRectF(p.x() - 60, p.y() - 8, 120, 16),
                                 Qt.AlignmentFlag.AlignCenter, outline.label.upper()
                                 if outline.focus else outline.label)
        painter.setPen(QColor("#4f7fa8"))
        for text, at in self.model.texts:
            p = transform.map(QPointF(*at))
            painter.drawText(QRectF(p.x() - 50, p.y() - 8, 100, 16), Qt.AlignmentFlag.AlignCenter, text)
        taken: list[QRectF] = []
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        schematic = self.model.mode == "schematic"
        for shape in self.model.corridors:
            text = f"{shape.name}  ·  {shape.figure}" if schematic and shape.figure else \
                (shape.name if schematic else shape.figure)
            if not text:
                continue
            box = QRectF(painter.fontMetrics().boundingRect(text)).adjusted(-3, -1, 3, 1)
            spots = [(at, dy) for dy in (13, -13) for at in self._label_spots(shape, schematic)]
            for at, dy in spots:
                p = transform.map(QPointF(*at))
                if schematic:
                    box.moveTopLeft(QPointF(p.x() - 6, p.y() - box.height() - 8))
                else:
                    box.moveCenter(QPointF(p.x(), p.y() + dy))
                if not any(box.intersects(other) for other in taken):
                    break  # the first spot that overlaps no other label; else the last tried
            painter.fillRect(box, QColor(255, 255, 255, 215))
            painter.setPen(QColor(shape.colour).darker(130))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            taken.append(QRectF(box))
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        metrics = painter.fontMetrics()
        first = [n for n in self.model.nodes if self.selected in n.corridors]
        rest = sorted((n for n in self.model.nodes if n not in first),
                      key=lambda n: (not n.named_in_source, n.name))
        for node in first + rest:
            p = transform.map(QPointF(*node.at))
            rect = QRectF(metrics.boundingRect(node.name))
            rect.moveTopLeft(QPointF(p.x() + 5, p.y() + (6 if schematic else -4 - rect.height())))
            if any(rect.intersects(other) for other in taken):
                continue
            taken.append(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, node.name)

    @staticmethod
    def _label_spots(shape: CorridorShape, schematic: bool) -> list[tuple[float, float]]:
        """Where a corridor's label may go: its given spot, then the middle of each segment."""
        if schematic or not shape.segments:
            return [shape.label_at]
        middles = [((s.start[0] + s.end[0]) / 2, (s.start[1] + s.end[1]) / 2) for s in shape.segments]
        return [shape.label_at, *middles]

    def _paint_legend(self, painter: QPainter, width: float, height: float) -> None:
        """Line style means mode, colour means status, width means stated capacity."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        painter.setFont(font)
        line = painter.fontMetrics().height()
        column = 175
        rows = max(len(MODE_LABELS) + 2, len(STATUS_LABELS))
        box = QRectF(8, height - rows * line - 14, 2 * column + 12, rows * line + 8)
        painter.setPen(QColor("#999999"))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRect(box)
        entries: list[tuple[QPen | None, str]] = [
            (QPen(QColor("#333333"), 2, PEN_STYLES[style]), translate("CorridorView", label))
            for style, label in MODE_LABELS]
        entries += [(None, translate("CorridorView", "Width: stated capacity")),
                    (None, translate("CorridorView", "Grey station: placed by curator"))]
        x, y = box.left() + 6, box.top() + line
        for pen, label in entries:
            if pen is not None:
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y - 4), QPointF(x + 26, y - 4))
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x + (32 if pen is not None else 0), y), label)
            y += line
        x, y = box.left() + column + 6, box.top() + line
        for status in STATUS_LABELS:
            painter.setPen(QPen(QColor(STATUS_COLOURS[status]), 4))
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 26, y - 4))
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x + 32, y), status_label(status))
            y += line

    # -- interaction

    def hit(self, pos: QPointF) -> tuple[str, object]:
        """What is under a widget position: ("node", NodeShape), ("corridor", id) or ("", None)."""
        if self.model is None:
            return "", None
        p = self.to_scene(pos)
        tolerance = HIT_PIXELS / self.scale()
        node = node_at(self.model, (p.x(), p.y()), tolerance)
        if node is not None:
            return "node", node
        corridor = corridor_at(self.model, (p.x(), p.y()), tolerance)
        return ("corridor", corridor) if corridor else ("", None)

    def hover_at(self, pos: QPointF) -> str:
        what, item = self.hit(pos)
        corridor = str(item) if what == "corridor" else ""
        if corridor != self.hovered:
            self.hovered = corridor
            self.hover_changed.emit(corridor)
            self.update()
        return corridor

    def tooltip_for(self, what: str, item) -> str:
        if what == "node":
            lines = [f"<b>{escape(item.name)}</b> ({escape(item.country)}, {escape(node_kind(item.kind))})",
                     translate("CorridorView", "Approximate position.")]
            if not item.named_in_source:
                lines.append(translate("CorridorView", "Placed by the curator: no article names it as a point of "
                                       "this route."))
            return "<br>".join(lines)
        if what == "corridor" and self.model is not None:
            shape = next(c for c in self.model.corridors if c.id == item)
            mode = translate("CorridorView", MODES[shape.mode]) if shape.mode in MODES else shape.mode
            lines = [f"<b>{escape(shape.name)}</b>", escape(f"{mode} · {status_label(shape.status)}")]
            if shape.figure:
                lines.append(escape(shape.figure))
            if shape.approximate:
                lines.append(translate("CorridorView", "Approximate route: some points are placed by the curator."))
            lines.append("<i>" + translate("CorridorView", "Click to select; its record and sources show in "
                                           "Details.") + "</i>")
            return "<br>".join(lines)
        return ""

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None:
            self._pan += event.position() - self._drag
            self._drag = event.position()
            self.update()
            return
        self.hover_at(event.position())
        what, item = self.hit(event.position())
        text = self.tooltip_for(what, item)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            what, item = self.hit(event.position())
            if what == "corridor":
                self.select(str(item))
                self.corridor_selected.emit(str(item))
            else:
                self._drag = event.position()

    def mouseReleaseEvent(self, _event) -> None:
        self._drag = None

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        self.zoom_by(1.2 ** steps, event.position())

    def keyPressEvent(self, event) -> None:
        key = event.key()
        step = 40
        moves = {Qt.Key.Key_Left: QPointF(step, 0), Qt.Key.Key_Right: QPointF(-step, 0),
                 Qt.Key.Key_Up: QPointF(0, step), Qt.Key.Key_Down: QPointF(0, -step)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.reset_view()
        elif key in moves:
            self._pan += moves[key]
            self.update()
        else:
            super().keyPressEvent(event)
