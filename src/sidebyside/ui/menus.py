"""The main window's actions, menus and toolbars (built once; the window connects their slots)."""

from __future__ import annotations

from sidebyside.kinds import kinds
from sidebyside.ui.qt import QAction, QActionGroup, QComboBox, QKeySequence, QLabel, QProgressBar, Qt, QToolBar


def action(window, text: str, slot=None, shortcut=None, checkable=False, tip: str = "") -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, (list, tuple)):
            act.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            act.setShortcut(QKeySequence(shortcut))
    act.setCheckable(checkable)
    if tip:
        act.setToolTip(tip)
        act.setStatusTip(tip)
    if slot is not None:
        act.triggered.connect(slot)
    window.addAction(act)  # shortcuts work even when menus are hidden
    return act


def make_actions(w) -> None:
    S = QKeySequence.StandardKey
    w.open_action = action(w, "&Open…", w.open_dialog, S.Open,
                           tip="Open two or more captures, or one into the focused pane")
    w.swap_action = action(w, "&Swap Panes", w.swap, "Ctrl+Shift+S", tip="Swap the two articles")
    w.reload_action = action(w, "&Reload", w.reload, S.Refresh, tip="Read the captures again")
    w.quit_action = action(w, "&Quit", w.close, S.Quit)
    w.zoom_in_action = action(w, "Zoom &In", lambda: w.zoom(1), [S.ZoomIn, "Ctrl+="])
    w.zoom_out_action = action(w, "Zoom &Out", lambda: w.zoom(-1), S.ZoomOut)
    w.zoom_reset_action = action(w, "&Actual Size", lambda: w.zoom(0), "Ctrl+0")
    w.find_action = action(w, "&Find…", w.find, S.Find)
    w.sync_action = action(w, "&Synchronized Scrolling", None, "Ctrl+L", checkable=True,
                           tip="Scroll both articles together, aligned on what they share")
    w.sync_action.setChecked(True)
    w.next_action = action(w, "&Next", lambda: w.navigate(1), ["F7", "Alt+Down"],
                           tip="Next highlight of the chosen kind (F7)")
    w.prev_action = action(w, "&Previous", lambda: w.navigate(-1), ["Shift+F7", "Alt+Up"],
                           tip="Previous highlight of the chosen kind (Shift+F7)")
    w.coverage_action = action(w, "&Coverage of All Outlets", w.show_coverage, "Ctrl+Shift+C",
                               tip="Outlet by outlet: the quotes, facts, sources and names they share")
    w.coverage_action.setEnabled(False)
    w.add_note_action = action(w, "Add &Note…", None, "Ctrl+Alt+N", tip="Add a note on the selected text")
    w.add_note_action.setEnabled(False)  # enabled by the notes panel when it connects
    w.kind_actions = {}
    for k in kinds():
        act = action(w, k.label, lambda _c=False: w.toggles_changed(), checkable=True,
                     tip=f"Show or hide {k.label.lower()} highlights")
        act.setChecked(k.default)
        act.setData(k.id)
        w.kind_actions[k.id] = act
    for pane in w.panes:
        pane.view.extra_menu_actions = [w.add_note_action]


def make_menus_and_toolbars(w) -> None:
    bar = w.menuBar()
    m = bar.addMenu("&File")
    m.addAction(w.open_action)
    w.recent_menu = m.addMenu("Open &Recent")
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    m.addAction(w.reload_action)
    m.addAction(w.swap_action)
    m.addSeparator()
    m.addAction(w.quit_action)
    m = bar.addMenu("&Edit")
    m.addAction(w.find_action)
    m.addAction(w.add_note_action)
    m = bar.addMenu("&View")
    m.addAction(w.coverage_action)
    m.addSeparator()
    for a in (w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action):
        m.addAction(a)
    m.addSeparator()
    m.addAction(w.sync_action)
    hm = m.addMenu("&Highlights")
    for a in w.kind_actions.values():
        hm.addAction(a)
    m = bar.addMenu("&Go")
    m.addAction(w.next_action)
    m.addAction(w.prev_action)
    w.go_kind_menu = m.addMenu("Step &Through")
    w.go_kind_group = QActionGroup(w)
    for k in kinds():
        act = w.go_kind_menu.addAction(k.label)
        act.setCheckable(True)
        act.setData(k.id)
        w.go_kind_group.addAction(act)
        act.triggered.connect(lambda _c=False, kid=k.id: w.nav_kind.setCurrentIndex(w.nav_kind.findData(kid)))

    m = bar.addMenu("&Help")
    w.legend_action = m.addAction("How to Read the &Highlights")
    w.legend_action.triggered.connect(w.show_legend)
    w.shortcuts_action = m.addAction("&Keyboard Shortcuts")
    w.shortcuts_action.triggered.connect(w.show_shortcuts)

    tb = QToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setAccessibleName("Main toolbar")
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.addAction(w.open_action)
    tb.addAction(w.swap_action)
    tb.addAction(w.reload_action)
    tb.addSeparator()
    tb.addAction(w.sync_action)
    w.addToolBar(tb)

    legend = QToolBar("Highlights")
    legend.setObjectName("legendToolbar")
    legend.setAccessibleName("Highlight legend and toggles")
    legend.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for a in w.kind_actions.values():
        legend.addAction(a)
    w.legend_bar = legend
    w.addToolBarBreak()
    w.addToolBar(legend)

    nav = QToolBar("Navigate")
    nav.setObjectName("navToolbar")
    nav.setAccessibleName("Navigation")
    w.nav_kind = QComboBox()
    w.nav_kind.setAccessibleName("Kind to step through")
    for k in kinds():
        w.nav_kind.addItem(k.label, k.id)
    nav.addWidget(QLabel(" Go to: "))
    nav.addWidget(w.nav_kind)
    nav.addAction(w.prev_action)
    nav.addAction(w.next_action)
    w.counter = QLabel("")
    w.counter.setAccessibleName("Position among highlights of this kind")
    w.counter.setMinimumWidth(70)
    nav.addWidget(w.counter)
    w.addToolBar(Qt.ToolBarArea.TopToolBarArea, nav)


def make_status_bar(w) -> None:
    w.progress = QProgressBar()
    w.progress.setRange(0, 0)
    w.progress.setMaximumWidth(160)
    w.progress.setAccessibleName("Loading progress")
    w.progress.hide()
    w.status_label = QLabel("")
    w.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never markup
    w.status_label.setAccessibleName("Status")
    w.statusBar().addWidget(w.status_label, 1)
    w.statusBar().addPermanentWidget(w.progress)
