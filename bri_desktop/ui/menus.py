"""Menus, actions and shortcuts of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from bri_desktop.core.i18n import translate
from bri_desktop.db.kinds import VIEWS
from bri_desktop.ui import settings as keys
from bri_desktop.ui.theme import THEMES, theme_of

if TYPE_CHECKING:
    from bri_desktop.ui.main_window import MainWindow


def _action(window: MainWindow, name: str, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{name}")
    if isinstance(shortcut, list):  # several keys, the platform's own among them: each once
        sequences = [QKeySequence(s) for s in shortcut]
        action.setShortcuts([s for i, s in enumerate(sequences) if s not in sequences[:i]])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    from bri_desktop.ui.about import show_about, show_shortcuts

    acts = {
        "export": _action(window, "export", translate("menus", "&Export filtered records…"),
                          window.export_records, "Ctrl+E"),
        "import_dataset": _action(window, "import_dataset",
                                  translate("menus", "Import &dataset (CGIT, AidData, a table)…"),
                                  window.import_dataset, "Ctrl+I"),
        "manage_collections": _action(window, "manage_collections", translate("menus", "&Manage collections…"),
                                      window.manage_collections),
        "quit": _action(window, "quit", translate("menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit),
        "briefing_docx": _action(window, "briefing_docx", translate("menus", "Export briefing as &Word…"),
                                 lambda: window.export_briefing("docx")),
        "briefing_pdf": _action(window, "briefing_pdf", translate("menus", "Export briefing as PD&F…"),
                                lambda: window.export_briefing("pdf")),
        "briefing_md": _action(window, "briefing_md", translate("menus", "Export briefing as Mar&kdown…"),
                               lambda: window.export_briefing("md")),
        "print_briefing": _action(window, "print_briefing", translate("menus", "&Print briefing…"),
                                  window.print_briefing, QKeySequence.StandardKey.Print),
        "copy": _action(window, "copy", translate("menus", "&Copy selected rows"), window.copy_rows,
                        QKeySequence.StandardKey.Copy),
        "copy_citation": _action(window, "copy_citation", translate("menus", "Copy c&itation"),
                                 window.details.copy_citations, "Ctrl+Shift+C"),
        "find": _action(window, "find", translate("menus", "&Find…"), window.search.focus,
                        QKeySequence.StandardKey.Find),
        "clear_filters": _action(window, "clear_filters", translate("menus", "C&lear all filters"),
                                 window.clear_filters, "Ctrl+Shift+L"),
        "reset_columns": _action(window, "reset_columns", translate("menus", "&Reset columns"),
                                 window.table.apply_default_columns),
        "about": _action(window, "about", translate("menus", "&About BRI Desktop"), lambda: show_about(window)),
        "shortcuts": _action(window, "shortcuts", translate("menus", "&Keyboard shortcuts"),
                             lambda: show_shortcuts(window), "F1"),
        "back": _action(window, "back", translate("menus", "&Back"), window.go_back,
                        ["Alt+Left", QKeySequence.StandardKey.Back]),
        "forward": _action(window, "forward", translate("menus", "&Forward"), window.go_forward,
                           ["Alt+Right", QKeySequence.StandardKey.Forward]),
        "pin": _action(window, "pin", translate("menus", "&Pin this record"), window.toggle_pin, "Ctrl+D"),
        "pin_chart": _action(window, "pin_chart", translate("menus", "Pin the c&hart"), window.pin_chart),
        "pin_map": _action(window, "pin_map", translate("menus", "Pin the &map view"), window.pin_map),
        "pin_timeline": _action(window, "pin_timeline", translate("menus", "Pin the tim&eline"), window.pin_timeline),
        "pin_figures": _action(window, "pin_figures", translate("menus", "Pin the fi&gures compared"),
                               window.pin_figures),
        "rename_tag": _action(window, "rename_tag", translate("menus", "Rename or merge a &tag…"), window.rename_tag),
        "save_view": _action(window, "save_view", translate("menus", "&Save this view…"), window.save_view_as,
                             "Ctrl+Shift+S"),
        "manage_views": _action(window, "manage_views", translate("menus", "&Manage saved views…"),
                                window.manage_views),
        "copy_link": _action(window, "copy_link", translate("menus", "Copy a &link to this view"),
                             window.copy_view_link, "Ctrl+Shift+K"),
        "open_link": _action(window, "open_link", translate("menus", "Open &link…"), window.open_link, "Ctrl+L"),
        "export_workspace": _action(window, "export_workspace", translate("menus", "Export w&orkspace…"),
                                    window.export_workspace_file),
        "import_workspace": _action(window, "import_workspace", translate("menus", "&Import workspace…"),
                                    window.import_workspace_file),
        "pinboard": window.pinboard.toggleViewAction(),
    }
    acts["pinboard"].setText(translate("menus", "&Pinboard"))
    acts["pinboard"].setObjectName("action_pinboard")
    acts["pinboard"].setShortcut(QKeySequence("Ctrl+Shift+P"))
    acts["undo"] = window.undo_stack.createUndoAction(window, translate("menus", "&Undo"))
    acts["undo"].setObjectName("action_undo")
    acts["undo"].setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    acts["redo"] = window.undo_stack.createRedoAction(window, translate("menus", "&Redo"))
    acts["redo"].setObjectName("action_redo")
    acts["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for name in ("back", "forward"):
        acts[name].setEnabled(False)
    # Copy acts on the table; elsewhere (search box, details) Ctrl+C keeps its usual meaning.
    acts["copy"].setShortcutContext(acts["copy"].shortcutContext().WidgetWithChildrenShortcut)
    window.table.addAction(acts["copy"])

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    file_menu.addAction(acts["import_dataset"])
    file_menu.addAction(acts["manage_collections"])
    file_menu.addSeparator()
    file_menu.addAction(acts["export"])
    file_menu.addSeparator()
    for name in ("briefing_docx", "briefing_pdf", "briefing_md", "print_briefing"):
        file_menu.addAction(acts[name])
    file_menu.addSeparator()
    file_menu.addAction(acts["open_link"])
    file_menu.addAction(acts["export_workspace"])
    file_menu.addAction(acts["import_workspace"])
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    edit_menu = bar.addMenu(translate("menus", "&Edit"))
    edit_menu.addAction(acts["undo"])
    edit_menu.addAction(acts["redo"])
    edit_menu.addSeparator()
    edit_menu.addAction(acts["pin"])
    edit_menu.addAction(acts["pin_chart"])
    edit_menu.addAction(acts["pin_map"])
    edit_menu.addAction(acts["pin_timeline"])
    edit_menu.addAction(acts["pin_figures"])
    edit_menu.addAction(acts["rename_tag"])
    edit_menu.addSeparator()
    edit_menu.addAction(acts["copy"])
    edit_menu.addAction(acts["copy_citation"])
    edit_menu.addSeparator()
    edit_menu.addAction(acts["find"])
    edit_menu.addAction(acts["clear_filters"])

    view_menu = bar.addMenu(translate("menus", "&View"))
    for number, (name, kind) in enumerate(VIEWS.items(), 1):
        acts[f"view_{name}"] = _action(window, f"view_{name}", kind.label,
                                       lambda n=name: window.set_kind(n), f"Ctrl+{number}")
        view_menu.addAction(acts[f"view_{name}"])
    view_menu.addSeparator()
    columns_menu = QMenu(translate("menus", "&Columns"), window)
    columns_menu.aboutToShow.connect(lambda: _fill_columns(window, columns_menu))
    view_menu.addMenu(columns_menu)
    view_menu.addAction(acts["reset_columns"])
    view_menu.addSeparator()
    views_menu = QMenu(translate("menus", "Saved &views"), window)
    views_menu.setObjectName("menu_saved_views")
    views_menu.aboutToShow.connect(lambda: _fill_views(window, views_menu, acts))
    view_menu.addMenu(views_menu)
    view_menu.addAction(acts["pinboard"])
    acts["briefing"] = window.briefing_pane.toggleViewAction()
    acts["briefing"].setText(translate("menus", "&Briefing"))
    acts["briefing"].setObjectName("action_briefing")
    acts["briefing"].setShortcut(QKeySequence("Ctrl+Shift+B"))
    view_menu.addAction(acts["briefing"])
    reopen = QAction(translate("menus", "Reopen the last view at start"), window)
    reopen.setObjectName("action_reopen_last_view")
    reopen.setCheckable(True)
    reopen.setChecked(window.settings.get(keys.REOPEN_LAST_VIEW))
    reopen.toggled.connect(lambda on: window.settings.set(keys.REOPEN_LAST_VIEW, on))
    acts["reopen_last_view"] = reopen
    view_menu.addAction(reopen)
    view_menu.addSeparator()
    view_menu.addMenu(_theme_menu(window, acts))

    go_menu = bar.addMenu(translate("menus", "&Go"))
    go_menu.addAction(acts["back"])
    go_menu.addAction(acts["forward"])

    from bri_desktop.ui.team_flow import add_team_menu

    add_team_menu(window, bar, edit_menu, acts)
    help_menu = bar.addMenu(translate("menus", "&Help"))
    help_menu.addAction(acts["shortcuts"])
    help_menu.addAction(acts["about"])

    slash = QShortcut(QKeySequence("/"), window)
    slash.activated.connect(window.search.focus)
    window.addAction(acts["copy_citation"])
    return acts


def _theme_menu(window: MainWindow, acts: dict[str, QAction]) -> QMenu:
    """View > Theme: System (the desktop's light or dark scheme), Light, Dark; remembered."""
    menu = QMenu(translate("menus", "&Theme"), window)
    group = QActionGroup(menu)
    current = theme_of().choice
    for name, label in THEMES.items():
        action = QAction(translate("theme", label), menu)
        action.setObjectName(f"action_theme_{name}")
        action.setCheckable(True)
        action.setChecked(name == current)
        action.triggered.connect(lambda _c=False, n=name: _choose_theme(window, n))
        group.addAction(action)
        menu.addAction(action)
        acts[f"theme_{name}"] = action
    return menu


def _choose_theme(window: MainWindow, name: str) -> None:
    theme_of().apply(name)
    window.settings.set(keys.THEME, name)


def _fill_views(window: MainWindow, menu: QMenu, acts: dict[str, QAction]) -> None:
    menu.clear()
    menu.addAction(acts["save_view"])
    menu.addAction(acts["copy_link"])
    menu.addAction(acts["manage_views"])
    views = window.workspace.views() if window.workspace is not None else []
    if views:
        menu.addSeparator()
    for view in views:
        action = menu.addAction(view.name)
        action.triggered.connect(lambda _c=False, n=view.name: window.open_saved_view(n))


def _fill_columns(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for action in window.table.column_actions():
        action.setParent(menu)
        menu.addAction(action)
