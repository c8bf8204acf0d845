"""Make data/geo/outlines.geojson: country outlines for the corridor map. Run once; the output is
committed, so the application needs no geographic library.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped in the geopandas
0.14.4 wheel (geopandas/datasets/naturalearth_lowres/). To run again:

    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && cd /tmp/ne && unzip -o geopandas-*.whl
    pip install pyshp
    python data/scripts/make_outlines.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp

Each ring is clipped to the map's box (Sutherland–Hodgman) and rounded to 0.01 degree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WEST, EAST, SOUTH, NORTH = 36.0, 124.0, 24.0, 56.0
FOCUS = {"CHN", "KAZ", "UZB", "KGZ", "TKM", "TJK"}
ATTRIBUTION = "Country outlines: Natural Earth 1:110m admin-0 (public domain), naturalearthdata.com"
TARGET = Path(__file__).resolve().parent.parent / "geo" / "outlines.geojson"


def clip(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Clip a closed ring to the map's box, edge by edge."""
    edges = [
        (lambda p: p[0] >= WEST, lambda a, b: _at_x(a, b, WEST)),
        (lambda p: p[0] <= EAST, lambda a, b: _at_x(a, b, EAST)),
        (lambda p: p[1] >= SOUTH, lambda a, b: _at_y(a, b, SOUTH)),
        (lambda p: p[1] <= NORTH, lambda a, b: _at_y(a, b, NORTH)),
    ]
    points = ring
    for inside, cross in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def rings_of(shape) -> list[list[tuple[float, float]]]:
    parts = list(shape.parts) + [len(shape.points)]
    return [[tuple(p) for p in shape.points[a:b]] for a, b in zip(parts, parts[1:], strict=False)]


def main(shp: str) -> None:
    import shapefile  # pyshp: only this script needs it

    features = []
    reader = shapefile.Reader(shp)
    for shape, record in zip(reader.shapes(), reader.records(), strict=True):
        rings = []
        for ring in rings_of(shape):
            clipped = [(round(x, 2), round(y, 2)) for x, y in clip(ring)]
            deduped = [p for i, p in enumerate(clipped) if i == 0 or p != clipped[i - 1]]
            if len(deduped) >= 4:
                rings.append([list(p) for p in deduped])
        if not rings:
            continue
        iso = record["iso_a3"]
        features.append({
            "type": "Feature",
            "properties": {"name": record["name"], "iso_a3": iso,
                           "role": "focus" if iso in FOCUS else "context"},
            "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]},
        })
    features.sort(key=lambda f: f["properties"]["iso_a3"])
    collection = {"type": "FeatureCollection", "attribution": ATTRIBUTION,
                  "bbox": [WEST, SOUTH, EAST, NORTH], "features": features}
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {TARGET} ({len(features)} countries, {TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
