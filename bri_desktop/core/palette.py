"""Colour-blind-safe colours, fixed per sector, country and status so a colour means one thing.

Sectors use Paul Tol's "muted" scheme, countries and statuses the Okabe–Ito palette; both read
on light and dark backgrounds.
"""

from __future__ import annotations

TOL_MUTED = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677",
             "#882255", "#AA4499"]
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#999999"]
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
