"""The value axis of the bar chart: money as $ bn / $ m, counts as whole numbers."""

from __future__ import annotations

import pyqtgraph as pg

from bri_desktop.core.i18n import number
from bri_desktop.core.money import format_usd


class ValueAxis(pg.AxisItem):
    money = False

    def tickStrings(self, values, scale, _spacing):
        if self.money:
            return [format_usd(v) if v > 0 else "0" for v in values]
        return [number(v, 0) if float(v).is_integer() else "" for v in values]
