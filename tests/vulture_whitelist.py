"""Names vulture (the dead-code check in `make test`) cannot see used: Qt calls the overrides,
SQLite and SQLAlchemy read the attributes, tests and benchmarks call the rest."""

# ruff: noqa
from bri_desktop import paths
from bri_desktop.ui.main_window import MainWindow
from bri_desktop.ui.record_flow import FilterChange
from bri_desktop.ui.models.facet_model import FacetModel
from bri_desktop.ui.models.records_model import RecordsModel

FilterChange.mergeWith, FilterChange.redo, FilterChange.undo  # QUndoCommand overrides
MainWindow.eventFilter, MainWindow.showEvent, MainWindow.focusNextPrevChild, MainWindow.closeEvent
MainWindow.show_details  # the benchmark opens records with it
RecordsModel.columnCount, RecordsModel.fetchMore, RecordsModel.headerData, RecordsModel.canFetchMore
FacetModel.count_of  # tests read counts with it
paths.sources_dir  # tests copy the source articles with it
_.tickStrings  # pyqtgraph AxisItem override
_.paintEvent, _.mouseMoveEvent, _.mousePressEvent, _.mouseReleaseEvent, _.wheelEvent, _.keyPressEvent
_.eventFilter, _.changeEvent, _.resizeEvent, _.minimumSizeHint, _.customEvent
_.row_factory  # sqlite3 reads it
_._pragmas  # an SQLAlchemy event listener
from bri_desktop.core.filters import Filter

Filter.doc_types, Filter.statuses, Filter.organizations, Filter.modes  # read by FACETS name
from bri_desktop.workspace.store import Opened

Opened.moved_aside  # tests and messages read it
from bri_desktop.ui.widgets.timeline_view import TimelineView

TimelineView.item_rects  # where each record was last painted: tests click and measure there

# python-docx: properties set on a style, a section, a paragraph, a font and the document's core
# properties (python-docx writes them into the file); zipfile reads compress_type
_docx = object()
_docx.italic, _docx.page_height, _docx.page_width, _docx.left_indent, _docx.subject  # type: ignore
_docx.created, _docx.modified, _docx.last_modified_by, _docx.revision  # type: ignore
_docx.superscript, _docx.compress_type, _docx.base_style  # type: ignore
_.full_text  # tests read an elided label's whole text with it
