"""Colour-blind-safe colours, fixed per sector, country and status so a colour means one thing.

Sectors use Paul Tol's "muted" scheme, countries and statuses the Okabe–Ito palette; both read
on light and dark backgrounds.
"""

from __future__ import annotations

TOL_MUTED = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
             "#882255", "#AA4499"]
NEUTRAL = "#8C8C8C"

SECTORS = {
    "Energy": "#332288", "Transport": "#88CCEE", "Logistics": "#44AA99", "Chemicals": "#117733",
    "Metals": "#999933", "Finance": "#DDCC77", "Real estate": "#CC6677", "Agriculture": "#882255",
    "Health": "#AA4499", "Technology": "#6699CC", "Education": "#E69F00", "Trade": "#D55E00",
    "Tourism": "#CC79A7", "Other": NEUTRAL,
}
COUNTRIES = {"KZ": "#0072B2", "UZ": "#009E73", "KG": "#E69F00", "TM": "#CC79A7", "TJ": "#D55E00",
             "CN": "#F0E442", "RU": "#999999", "AZ": "#56B4E9", "GE": "#882255", "XX": NEUTRAL}
STATUSES = {"signed": "#0072B2", "in_force": "#009E73", "reported": "#E69F00",
            "proposed": "#CC79A7", "under_consideration": "#F0E442", "planned": "#56B4E9",
            "under_construction": "#E69F00", "operating": "#009E73", "completed": "#0072B2"}
BY_DIMENSION = {"sector": SECTORS, "country": COUNTRIES, "status": STATUSES}


def colour(dimension: str, key: object, position: int = 0) -> str:
    """The colour of ``key``: fixed for known sectors, countries and statuses; otherwise taken in
    turn from the muted scheme."""
    fixed = BY_DIMENSION.get(dimension, {})
    if key in fixed:
        return fixed[key]
    if key is None:
        return NEUTRAL
    return TOL_MUTED[position % len(TOL_MUTED)]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    text = hex_colour.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def luminance(hex_colour: str) -> float:
    """Relative luminance as WCAG 2 defines it."""
    r, g, b = (_channel(v) for v in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21); AA asks 4.5 for body text."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_mix(text: str, background: str, share: float = 0.35, ratio: float = 5.0) -> str:
    """``text`` mixed toward ``background`` by up to ``share`` (a softer, secondary text), but
    never below ``ratio`` contrast on ``background`` (5:1 leaves room above AA's 4.5:1)."""
    fg, bg = _rgb(text), _rgb(background)
    step = share
    while step > 0:
        mixed = "#" + "".join(f"{round(f + (b - f) * step):02x}" for f, b in zip(fg, bg, strict=True))
        if contrast(mixed, background) >= ratio:
            return mixed
        step -= 0.05
    return "#" + "".join(f"{v:02x}" for v in fg)


def visible_on(colour: str, background: str, ratio: float = 3.0) -> str:
    """On a dark background, ``colour`` mixed toward white just enough to stand out at ``ratio``
    (WCAG asks 3:1 of graphics). A bar keeps its hue, so a colour still means one thing; on a
    light background the palette's colours stay exactly as in exported images."""
    if luminance(background) >= 0.2 or contrast(colour, background) >= ratio:
        return colour
    target = (255, 255, 255)
    rgb = _rgb(colour)
    for step in range(1, 21):
        share = step / 20
        mixed = "#" + "".join(f"{round(c + (t - c) * share):02x}" for c, t in zip(rgb, target, strict=True))
        if contrast(mixed, background) >= ratio:
            return mixed
    return "#" + "".join(f"{t:02x}" for t in target)

# The record kinds on the timeline (Okabe–Ito, as the countries): a colour names a kind.
KINDS = {"events": "#D55E00", "agreements": "#0072B2", "packages": "#CC79A7", "projects": "#009E73",
         "indicators": "#E69F00"}
