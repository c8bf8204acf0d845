"""The filters beside the table: a list per facet with counts, a value range and a date range."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bri_desktop.core.dates import DateError, parse_partial
from bri_desktop.core.filters import Filter, facet_label
from bri_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from bri_desktop.core.money import format_usd, parse_usd
from bri_desktop.db.kinds import VIEWS
from bri_desktop.ui.models.facet_model import FacetModel
from bri_desktop.ui.tasks import FacetResult
from bri_desktop.ui.theme import set_tone

LONG_FACETS = {"organization", "event"}
# A long list's find box: its placeholder and its accessible name
FIND_TEXTS = {"organization": (QT_TRANSLATE_NOOP("FacetList", "Find organization…"),
                               QT_TRANSLATE_NOOP("FacetList", "Find organization")),
              "event": (QT_TRANSLATE_NOOP("FacetList", "Find event…"), QT_TRANSLATE_NOOP("FacetList", "Find event"))}
HIDDEN_WHEN_ONE = {"tag", "collection"}  # lists shown only when they have a choice to offer


class FacetView(QListView):
    """Click a value, or press Space or Enter on it, to add or remove it from the filter."""

    toggle = Signal(object)  # proxy index

    def keyPressEvent(self, event) -> None:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and self.currentIndex().isValid():
            self.toggle.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class WrappedLine(QLabel):
    """A word-wrapped line as tall as its text at its width (a scroll area's layout would give it
    one line, whatever its length)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        wanted = self.heightForWidth(max(self.width(), 1))
        if wanted > 0 and wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)


class FacetList(QWidget):
    """Title, optional value filter, and the checkable list of one facet."""

    toggle_requested = Signal(str, object)  # facet name, value

    def __init__(self, facet: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.facet = facet
        self.model = FacetModel(facet, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        label = facet_label(facet)
        self.title = QLabel(f"<b>{label}</b>", self)
        self.view = FacetView(self)
        self.view.setObjectName(f"facet_{facet}")
        self.view.setAccessibleName(translate("FacetList", "{facet} filter").format(facet=label))
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # The check mark shows what is chosen; a selection highlight would outlive an Undo.
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        self.find_box: QLineEdit | None = None
        if facet in LONG_FACETS:
            placeholder, name = FIND_TEXTS[facet]
            self.find_box = QLineEdit(self)
            self.find_box.setPlaceholderText(translate("FacetList", placeholder))
            self.find_box.setAccessibleName(translate("FacetList", name))
            self.find_box.setClearButtonEnabled(True)
            self.find_box.textChanged.connect(self.proxy.setFilterFixedString)
            layout.addWidget(self.find_box)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._on_toggle)
        self.view.toggle.connect(self._on_toggle)

    def _on_toggle(self, index) -> None:
        source = self.proxy.mapToSource(index)
        self.toggle_requested.emit(self.facet, self.model.value_at(source.row()))

    def update_values(self, values, selected: frozenset, state: str = "exact") -> None:
        self.model.set_values(values, selected, state)
        rows = min(max(self.model.rowCount(), 1), 9 if self.facet in LONG_FACETS else 7)
        height = self.view.sizeHintForRow(0) if self.model.rowCount() else 18
        wanted = rows * max(height, 18) + 6
        if self.view.height() != wanted:
            self.view.setFixedHeight(wanted)


class RangeBox(QWidget):
    """Two text fields, From and To, read by a parser that raises ValueError on bad input."""

    applied = Signal(object, object)

    def __init__(self, title: str, hint: str, parser, parent: QWidget | None = None):
        super().__init__(parent)
        self.parser = parser
        self.low = QLineEdit(self)
        self.high = QLineEdit(self)
        self.low.setPlaceholderText(translate("RangeBox", "from"))
        self.high.setPlaceholderText(translate("RangeBox", "to"))
        self.low.setAccessibleName(translate("RangeBox", "{range} from").format(range=title))
        self.high.setAccessibleName(translate("RangeBox", "{range} to").format(range=title))
        self.low.setToolTip(hint)
        self.high.setToolTip(hint)
        self.button = QPushButton(translate("RangeBox", "Apply"), self)
        self.button.setAccessibleName(translate("RangeBox", "Apply the {range} range").format(range=title))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, 0, 1, 3)
        grid.addWidget(self.low, 1, 0)
        grid.addWidget(self.high, 1, 1)
        grid.addWidget(self.button, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 3)
        for widget in (self.low, self.high):
            widget.returnPressed.connect(self.apply)
        self.button.clicked.connect(self.apply)

    def apply(self) -> None:
        try:
            low = self.parser(self.low.text(), first=True)
            high = self.parser(self.high.text(), first=False)
            if low is not None and high is not None and low > high:
                raise ValueError(translate("RangeBox", "“From” ({low}) is after “to” ({high}): swap them").format(
                    low=self.low.text().strip(), high=self.high.text().strip()))
        except ValueError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.message.hide()
        self.applied.emit(low, high)

    def show_values(self, low: str, high: str) -> None:
        self.low.setText(low)
        self.high.setText(high)
        self.message.hide()


def _parse_money(text: str, first: bool) -> float | None:
    return parse_usd(text)


def _parse_date(text: str, first: bool) -> str | None:
    text = text.strip()
    if not text:
        return None
    try:
        date = parse_partial(text)
    except DateError as exc:
        raise ValueError(str(exc)) from None
    return (date.first if first else date.last).isoformat()


class FacetPanel(QScrollArea):
    """Rebuilt for each kind; updated with counts that follow every other filter."""

    toggle_requested = Signal(str, object)
    value_range_requested = Signal(object, object)
    date_range_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filters")
        self.setAccessibleName(translate("FacetPanel", "Filters"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its lists, not to the frame
        self._lists: dict[str, FacetList] = {}
        self._value_box: RangeBox | None = None
        self._date_box: RangeBox | None = None
        self._kind = ""
        self._shown: FacetResult | None = None  # the counts on screen
        self.counting = WrappedLine(self)  # replaced by each kind's own
        self.counting.hide()

    def set_kind(self, kind: str) -> None:
        if kind == self._kind:
            return
        self._kind = kind
        spec = VIEWS[kind]
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self._lists = {}
        self.counting = WrappedLine(body)
        self.counting.setObjectName("facet_counting")
        self.counting.setAccessibleName(translate("FacetPanel", "Counting"))
        self.counting.setWordWrap(True)
        self.counting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        set_tone(self.counting, "muted")
        self.counting.hide()
        layout.addWidget(self.counting)
        for facet in (f for f in spec.facets if f.listed):
            widget = FacetList(facet.name, body)
            widget.toggle_requested.connect(self.toggle_requested)
            widget.setVisible(facet.name not in HIDDEN_WHEN_ONE)
            self._lists[facet.name] = widget
            layout.addWidget(widget)
        self._value_box = self._date_box = None
        if spec.value_sql:
            self._value_box = RangeBox(translate("FacetPanel", "Value (USD)"),
                                       translate("FacetPanel", "Amounts such as 500m, 1.5bn or 2,000,000; "
                                                               "records without a disclosed value are left out"),
                                       _parse_money, body)
            self._value_box.applied.connect(self.value_range_requested)
            layout.addWidget(self._value_box)
        if spec.date_start_sql:
            self._date_box = RangeBox(translate("FacetPanel", "Date"),
                                      translate("FacetPanel", "A year (2023), month (2023-10) or day (2023-10-18); "
                                                              "a record matches when its date, at its own "
                                                              "precision, overlaps the range"), _parse_date, body)
            self._date_box.applied.connect(self.date_range_requested)
            layout.addWidget(self._date_box)
        if kind == "everything":
            note = QLabel(translate("FacetPanel", "Every kind in one list: the search applies to all, and each "
                                                  "kind's own filters to it. Choose a kind to set its filters."), body)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)

    def focusables(self) -> list[QWidget]:
        """The panel's fields in Tab order: each list (after its find box), then the ranges."""
        found: list[QWidget] = []
        for facet_list in self._lists.values():
            if facet_list.find_box is not None:
                found.append(facet_list.find_box)
            found.append(facet_list.view)
        for box in (self._value_box, self._date_box):
            if box is not None:
                found += [box.low, box.high, box.button]
        return found

    def facet_list(self, facet: str) -> FacetList | None:
        return self._lists.get(facet)

    def show_result(self, result: FacetResult) -> None:
        if result.kind != self._kind:
            return
        matches = result.kind_counts.get(result.kind)
        self._shown = result
        if result.exact:
            self.counting.hide()
        else:
            share = f"{result.counted:.0%}"
            if matches is not None:
                text = translate("FacetPanel", "Counting: {share} of %n match(es) so far. A count marked ≥ is a "
                                               "floor until counting ends.", None, matches)
            else:
                text = translate("FacetPanel", "Counting: {share} so far. A count marked ≥ is a floor until "
                                               "counting ends.")
            self.counting.setText(text.format(share=share))
            self.counting.show()
        for name, values in result.facets.items():
            if name in self._lists:
                state = "floor" if name in result.floors else "exact"
                self._lists[name].update_values(values, result.filter.selected(name), state)
                if name == "tag":  # the user's tags: shown once there are some
                    self._lists[name].setVisible(bool(values))
                if name == "collection":  # shown once something is imported
                    self._lists[name].setVisible(len(values) > 1 or bool(result.filter.collections))

    def mark_pending(self) -> None:
        """The filter changed and its counts are slow to come: show none of the old ones."""
        for facet_list in self._lists.values():
            facet_list.model.mark_pending()
        if self._lists:
            self.counting.setText(translate("FacetPanel", "Counting the matches of the new filters…"))
            self.counting.show()

    def show_failed(self, message: str, flt: Filter) -> None:
        """The counts for ``flt`` could not be made: say so, and show none of the old ones (the
        floors of its counting that stopped stay, as floors; another filter's never do)."""
        shown = self._shown
        ours = shown is not None and shown.filter == flt and not shown.exact
        floors = [f for f in self._lists.values() if ours and f.model.state == "floor"]
        for facet_list in self._lists.values():
            if facet_list not in floors:
                facet_list.model.mark_pending()
        if floors and shown is not None:
            text = translate("FacetPanel", "Counting stopped at {share} (counts marked ≥ are floors): {message}")
            text = text.format(share=f"{shown.counted:.0%}", message=message)
        else:
            text = translate("FacetPanel", "Counts not available: {message}").format(message=message)
        self.counting.setText(text)
        self.counting.show()

    def show_filter(self, flt: Filter) -> None:
        if self._value_box:
            self._value_box.show_values(
                "" if flt.value_min is None else format_usd(flt.value_min).lstrip("$"),
                "" if flt.value_max is None else format_usd(flt.value_max).lstrip("$"))
        if self._date_box:
            self._date_box.show_values(flt.date_from or "", flt.date_to or "")
