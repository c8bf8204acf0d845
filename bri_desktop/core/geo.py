"""Geometry of the corridor map, computed without Qt: the view only paints what this returns.

The geographic mode projects longitude and latitude with an equirectangular projection scaled by
the cosine of the region's central latitude; the schematic mode lays each corridor out as a
straight line, stations in west-to-east columns, evenly spaced.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from bri_desktop.core.formatting import format_capacity
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate, vocabulary_label
from bri_desktop.core.money import format_number, is_number

Point = tuple[float, float]

STATUS_COLOURS = {"operating": "#0072B2", "completed": "#009E73", "under_construction": "#E69F00",
                  "planned": "#CC79A7", "proposed": "#999999", "under_consideration": "#999999"}
MODE_STYLES = {"rail": "solid", "multimodal": "solid", "pipeline": "dash", "sea": "dot",
               "road": "dashdot"}
SHARED_OFFSET = 4.0  # px between corridors that share a segment
NODE_KINDS = {"city": QT_TRANSLATE_NOOP("geo", "city"), "border crossing": QT_TRANSLATE_NOOP("geo", "border crossing"),
              "station": QT_TRANSLATE_NOOP("geo", "station"), "port": QT_TRANSLATE_NOOP("geo", "port"),
              "dry port": QT_TRANSLATE_NOOP("geo", "dry port"), "field": QT_TRANSLATE_NOOP("geo", "field"),
              "region": QT_TRANSLATE_NOOP("geo", "region")}  # English: node_kind shows one
# English: translate("geo", ...) shows one
LABELLED_CONTEXT = {"RUS": QT_TRANSLATE_NOOP("geo", "Russia"), "AZE": QT_TRANSLATE_NOOP("geo", "Azerbaijan"),
                    "GEO": QT_TRANSLATE_NOOP("geo", "Georgia"), "AFG": QT_TRANSLATE_NOOP("geo", "Afghanistan"),
                    "IRN": QT_TRANSLATE_NOOP("geo", "Iran"), "MNG": QT_TRANSLATE_NOOP("geo", "Mongolia"),
                    "PAK": QT_TRANSLATE_NOOP("geo", "Pakistan")}


def node_kind(kind: str) -> str:
    """A station's kind ("border crossing") in the interface language; one not listed as it is."""
    return translate("geo", NODE_KINDS[kind]) if kind in NODE_KINDS else kind


@dataclass(frozen=True)
class Projection:
    lon0: float = 75.0
    lat0: float = 42.0
    scale: float = 12.0  # pixels per degree of latitude

    def __call__(self, lon: float, lat: float) -> Point:
        x = (lon - self.lon0) * math.cos(math.radians(self.lat0)) * self.scale
        y = (self.lat0 - lat) * self.scale
        return (x, y)


REGION = Projection()


@dataclass
class Outline:
    iso: str
    name: str
    focus: bool
    rings: list[list[Point]]
    label: str
    label_at: Point


@dataclass
class Segment:
    start: Point
    end: Point
    style: str  # solid, dash, dot, dashdot


@dataclass
class CorridorShape:
    id: str
    name: str
    mode: str
    status: str
    colour: str
    width: float
    segments: list[Segment]
    figure: str  # key figure drawn on the map: "486 km", "30 bcm/yr", "4.5 Mt (2024)"
    approximate: bool  # some nodes are the curator's: no article names them on the route
    label_at: Point

    def points(self) -> list[Point]:
        return [self.segments[0].start, *[s.end for s in self.segments]] if self.segments else []


@dataclass
class NodeShape:
    name: str
    country: str
    kind: str
    at: Point
    named_in_source: bool
    corridors: list[str] = field(default_factory=list)


@dataclass
class MapModel:
    mode: str  # "geographic" or "schematic"
    outlines: list[Outline]
    corridors: list[CorridorShape]
    nodes: list[NodeShape]
    texts: list[tuple[str, Point]]  # free labels (seas)
    guides: list[tuple[Point, Point]] = field(default_factory=list)  # schematic: shared stations

    def bounds(self, margin: float = 20.0) -> tuple[float, float, float, float]:
        points = [p for c in self.corridors for p in c.points()] + [n.at for n in self.nodes]
        points += [p for o in self.outlines for ring in o.rings for p in ring]
        xs, ys = [p[0] for p in points] or [0.0], [p[1] for p in points] or [0.0]
        if self.mode == "schematic":  # room for the line names above and station names right
            return (min(xs) - margin, min(ys) - 3 * margin, max(xs) + 6 * margin, max(ys) + 2 * margin)
        return (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin)


def load_outlines(path: Path, projection: Projection = REGION) -> tuple[list[Outline], str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    outlines = []
    for feature in data["features"]:
        props = feature["properties"]
        rings = [[projection(lon, lat) for lon, lat in polygon[0]]
                 for polygon in feature["geometry"]["coordinates"]]
        focus = props["role"] == "focus"
        context = LABELLED_CONTEXT.get(props["iso_a3"], "")  # a focus country: the dataset's vocabulary
        label = vocabulary_label(props["name"]) if focus else translate("geo", context) if context else ""
        largest = max(rings, key=_area)
        outlines.append(Outline(props["iso_a3"], props["name"], focus, rings, label,
                                _centroid(largest)))
    return outlines, data.get("attribution", "")


def _area(ring: list[Point]) -> float:
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def _centroid(ring: list[Point]) -> Point:
    area = 0.0
    cx = cy = 0.0
    for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = a[0] * b[1] - b[0] * a[1]
        area += cross
        cx += (a[0] + b[0]) * cross
        cy += (a[1] + b[1]) * cross
    if abs(area) < 1e-9:
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
    return (cx / (3 * area), cy / (3 * area))


def key_figure(corridor: dict) -> str:
    """The figure a corridor is labelled with: length, else capacity, else its latest volume."""
    if corridor.get("length_km"):
        return format_number(corridor["length_km"], "km", corridor.get("length_qualifier"))
    if corridor.get("capacity_value"):
        return format_capacity(corridor["capacity_value"], corridor.get("capacity_value_low"),
                               corridor.get("capacity_unit"))
    for wanted in (("actual", "cumulative"), ("growth",)):
        for ind in corridor.get("indicators", []):
            if ind["kind"] in wanted and ind["unit"] in ("Mt", "t", "bcm"):
                figure = format_number(ind["value"], ind["unit"], ind.get("value_qualifier"))
                return f"{figure} ({ind['period_label']})"
            if ind["kind"] in wanted and ind["unit"] == "times" and is_number(ind["value"]):
                return translate("geo", "capacity ×{times}").format(times=number(ind["value"], 6, group=False))
    return ""


def line_width(corridor: dict) -> float:
    """Thicker for a larger stated capacity (Mt/yr or bcm/yr); 2.5 where none is stated."""
    capacity = corridor.get("capacity_value")
    if not is_number(capacity) or capacity <= 0:  # none, or not a number (a damaged file)
        return 2.5
    return 2.5 + min(4.0, math.log2(1 + capacity) * 0.8)


def _style(corridor: dict, node: dict) -> str:
    return MODE_STYLES.get(node.get("mode") or corridor["mode"], "solid")


def _offsets(network: Iterable[dict]) -> dict[tuple[str, str, str], float]:
    """Sideways offset of each corridor on segments it shares with others."""
    users: dict[frozenset, list[str]] = {}
    for corridor in network:
        names = [n["name"] for n in corridor["nodes"]]
        for a, b in pairwise(names):
            users.setdefault(frozenset((a, b)), []).append(corridor["id"])
    offsets = {}
    for pair, ids in users.items():
        for i, cid in enumerate(ids):
            a, b = sorted(pair)
            offsets[(cid, a, b)] = (i - (len(ids) - 1) / 2) * SHARED_OFFSET
    return offsets


def _shift(a: Point, b: Point, distance: float) -> tuple[Point, Point]:
    if not distance:
        return a, b
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length * distance, dx / length * distance
    return (a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny)


def _nodes(network: list[dict], place) -> list[NodeShape]:
    found: dict[str, NodeShape] = {}
    for corridor in network:
        for node in corridor["nodes"]:
            shape = found.get(node["name"])
            if shape is None:
                shape = NodeShape(node["name"], node["country"], node["kind"], place(node),
                                  bool(node["named_in_source"]))
                found[node["name"]] = shape
            shape.named_in_source = shape.named_in_source or bool(node["named_in_source"])
            shape.corridors.append(corridor["id"])
    return list(found.values())


def placed(network: list[dict]) -> list[dict]:
    """The network without the stations that have no place on Earth: a latitude or longitude that
    is missing, not a number or out of range (a foreign or damaged file). Their corridors are drawn
    through the stations that remain."""
    def has_place(node: dict) -> bool:
        lat, lon = node.get("lat"), node.get("lon")
        return is_number(lat) and is_number(lon) and abs(lat) <= 90 and abs(lon) <= 180

    return [{**c, "nodes": [n for n in c["nodes"] if has_place(n)]} for c in network]


def geographic_model(network: list[dict], outlines: list[Outline],
                     projection: Projection = REGION) -> MapModel:
    network = placed(network)
    offsets = _offsets(network)
    shapes = []
    for corridor in network:
        nodes = corridor["nodes"]
        segments = []
        for a, b in pairwise(nodes):
            low, high = sorted((a["name"], b["name"]))
            sign = 1 if a["name"] == low else -1
            start, end = _shift(projection(a["lon"], a["lat"]), projection(b["lon"], b["lat"]),
                                sign * offsets.get((corridor["id"], low, high), 0.0))
            segments.append(Segment(start, end, _style(corridor, a)))
        shapes.append(_shape(corridor, segments))
    nodes = _nodes(network, lambda n: projection(n["lon"], n["lat"]))
    return MapModel("geographic", outlines, shapes, nodes,
                    [(translate("geo", "Caspian Sea"), projection(50.6, 42.0))])


def _shape(corridor: dict, segments: list[Segment]) -> CorridorShape:
    middle = segments[len(segments) // 2] if segments else None
    label_at = ((middle.start[0] + middle.end[0]) / 2, (middle.start[1] + middle.end[1]) / 2) \
        if middle else (0.0, 0.0)
    approximate = not all(n["named_in_source"] for n in corridor["nodes"])
    return CorridorShape(corridor["id"], corridor["name"], corridor["mode"], corridor["status"],
                         STATUS_COLOURS.get(corridor["status"], "#999999"), line_width(corridor),
                         segments, key_figure(corridor), approximate, label_at)


def schematic_model(network: list[dict], column: float = 90.0, row: float = 64.0) -> MapModel:
    """Each corridor a straight row, west on the left; a station keeps one column in every row,
    so a station that several corridors share lines up, joined by a guide."""
    network = placed(network)
    lon_of: dict[str, float] = {}
    for corridor in network:
        for node in corridor["nodes"]:
            lon_of.setdefault(node["name"], node["lon"])
    columns = {name: i for i, name in enumerate(sorted(lon_of, key=lambda n: (lon_of[n], n)))}
    shapes: list = []
    places: dict = {}
    for r, corridor in enumerate(network):
        nodes = corridor["nodes"]
        if nodes and nodes[0]["lon"] > nodes[-1]["lon"]:
            nodes = list(reversed(nodes))  # west on the left
        y = r * row
        points = [(columns[n["name"]] * column, y) for n in nodes]
        for n, p in zip(nodes, points, strict=True):
            places.setdefault(n["name"], []).append(p)
        segments = [Segment(a, b, _style(corridor, n)) for n, a, b in
                    zip(nodes, points, points[1:], strict=False)]
        shape = _shape({**corridor, "nodes": nodes}, segments)
        shape.label_at = (points[0][0], y) if points else (0.0, y)
        shapes.append(shape)
    nodes = []
    for name, spots in places.items():
        source = next(n for c in network for n in c["nodes"] if n["name"] == name)
        named = any(n["named_in_source"] for c in network for n in c["nodes"] if n["name"] == name)
        for spot in spots:
            nodes.append(NodeShape(name, source["country"], source["kind"], spot, named,
                                   [c["id"] for c in network
                                    if any(n["name"] == name for n in c["nodes"])]))
    guides = [(min(s, key=lambda p: p[1]), max(s, key=lambda p: p[1]))
              for s in places.values() if len(s) > 1]
    return MapModel("schematic", [], shapes, nodes, [], guides)


def distance_to_segment(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy))


def corridor_at(model: MapModel, p: Point, tolerance: float) -> str | None:
    """The corridor nearest to ``p`` within ``tolerance`` (scene units), if any."""
    best, best_d = None, tolerance
    for shape in model.corridors:
        for seg in shape.segments:
            d = distance_to_segment(p, seg.start, seg.end)
            if d <= best_d:
                best, best_d = shape.id, d
    return best


def node_at(model: MapModel, p: Point, tolerance: float) -> NodeShape | None:
    found = [(math.hypot(n.at[0] - p[0], n.at[1] - p[1]), n) for n in model.nodes]
    found = [f for f in found if f[0] <= tolerance]
    return min(found, key=lambda f: f[0])[1] if found else None
