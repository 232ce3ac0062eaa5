"""The main window's actions, menus and toolbars (built once; the window connects their slots).

Two toolbar rows that fit a 1024-pixel-wide window whole (no action is pushed into an overflow
menu): files, scrolling, navigation with its counter, the tour and the side panel on the first;
the highlight kinds, each a toggle with its swatch, on the second (on two rows under a large
font: ui/toolbarfit.py). Every action is also in a menu.
"""

from __future__ import annotations

from sidebyside.kinds import kinds
from sidebyside.ui.formats import SWATCH_PX
from sidebyside.ui.kind_meanings import KIND_MEANINGS
from sidebyside.ui.possibly_loaded import SHOWN_BY_DEFAULT
from sidebyside.ui.qt import (
    QAction,
    QActionGroup,
    QComboBox,
    QKeySequence,
    QLabel,
    QProgressBar,
    QSize,
    QSizePolicy,
    Qt,
    QToolBar,
    QWidget,
)


def action(window, text: str, slot=None, shortcut=None, checkable=False, tip: str = "", icon_text: str = "") -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, (list, tuple)):
            act.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            act.setShortcut(QKeySequence(shortcut))
    act.setCheckable(checkable)
    if icon_text:
        act.setIconText(icon_text)
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
    w.swap_action = action(w, "&Swap Panes", w.swap, "Ctrl+Shift+S", tip="Swap the two articles", icon_text="Swap")
    # each entry of a menu its own letter: "&Reload" shared R with "Open &Recent" (Alt+F, R only
    # moved between the two), as "&Theme" shared T with "Side Panel &Tab"
    w.reload_action = action(w, "Re&load", w.reload, S.Refresh, tip="Read the captures again")
    w.quit_action = action(w, "&Quit", w.close, S.Quit)
    if w.quit_action.shortcut().isEmpty():  # platforms with no standard key for it (Windows, offscreen)
        w.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    w.zoom_in_action = action(w, "Zoom &In", lambda: w.zoom(1), [S.ZoomIn, "Ctrl+="])
    w.zoom_out_action = action(w, "Zoom &Out", lambda: w.zoom(-1), S.ZoomOut)
    w.zoom_reset_action = action(w, "&Actual Size", lambda: w.zoom(0), "Ctrl+0")
    w.find_action = action(w, "&Find…", w.find, S.Find)
    w.sync_action = action(w, "&Synchronized Scrolling", None, "Ctrl+L", checkable=True, icon_text="Sync Scroll",
                           tip="Scroll both articles together, aligned on what they share (Ctrl+L)")
    w.sync_action.setChecked(True)
    w.next_action = action(w, "&Next", lambda: w.navigate(1), ["F7", "Alt+Down"], icon_text="Next ▸",
                           tip="Next highlight of the chosen kind (F7)")
    w.prev_action = action(w, "&Previous", lambda: w.navigate(-1), ["Shift+F7", "Alt+Up"], icon_text="◂ Previous",
                           tip="Previous highlight of the chosen kind (Shift+F7)")
    w.coverage_action = action(w, "&Coverage of All Outlets", w.show_coverage, "Ctrl+Shift+C",
                               tip="Outlet by outlet: the quotes, facts, sources and names they share")
    w.coverage_action.setEnabled(False)
    w.add_note_action = action(w, "Add &Note…", None, "Ctrl+Alt+N",
                               tip="Add a note on the selected text, or on the match arrived at (Ctrl+Alt+N)")
    w.add_note_action.setEnabled(False)  # enabled by the notes panel when it connects
    w.side_action = action(w, "Side &Panel", w.set_side_panel_shown, "F9", checkable=True, icon_text="Panel",
                           tip="Show or hide the side panel: quotes, framing and notes (F9)")
    w.side_action.setChecked(True)
    # Each tab of the side panel from the keyboard, wherever the keyboard is (Ctrl+Tab switches
    # them only from inside the panel): the panel shows, the tab comes forward, its list takes the keys.
    w.panel_tab_actions = [
        action(w, label, lambda _c=False, i=index: w.show_panel_tab(i), f"Ctrl+{index + 1}", tip=tip)
        for index, (label, tip) in enumerate((("&Quotes Tab", "The side panel's quotes of both articles (Ctrl+1)"),
                                              ("&Framing Tab", "The side panel's framing of both articles (Ctrl+2)"),
                                              ("&Notes Tab", "The side panel's notes (Ctrl+3)")))]
    w.details_action = action(w, "Article &Details", w.set_headers_expanded, "Ctrl+Shift+D", checkable=True,
                              tip="Headline, standfirst and source above each article, or one line (Ctrl+Shift+D)")
    w.details_action.setChecked(True)
    w.tour_action = action(w, "&Tour: What the Colours Mean", w.show_tour, "F1",
                           tip="One screen that explains each highlight, the ribbons and the counter (F1)")
    w.shortcuts_action = action(w, "&Keyboard Shortcuts", w.show_shortcuts)
    w.about_action = action(w, "&About SideBySide", w.show_about)
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    w.kind_actions = {}
    for k in kinds():
        # what the kind means, then what the click does: "Show or hide the label contrast
        # highlights" told a reader nothing the button's own words had not
        meaning = KIND_MEANINGS.get(k.id, "")
        act = action(w, k.label, lambda _c=False: w.toggles_changed(), checkable=True,
                     tip=f"{k.label}: {meaning} Click to show or hide them." if meaning
                     else f"Show or hide the {k.label.lower()} highlights")
        act.setChecked(k.default)
        act.setData(k.id)
        w.kind_actions[k.id] = act
    w.possible_action = action(
        w, "Possibly Loaded", w.set_possibly_loaded_shown, checkable=True,
        tip="Also mark words that are only possibly loaded (dotted): found by how often such words judge, "
            "not from a list, and loaded about one time in five")
    w.possible_action.setIconText("Possibly")
    w.possible_action.setChecked(SHOWN_BY_DEFAULT)
    for pane in w.panes:
        pane.view.extra_menu_actions = [w.add_note_action]


def legend_actions(w) -> list[QAction]:
    """The legend's toggles in order: each kind, "Possibly Loaded" right after the loaded words."""
    out = []
    for kind_id, act in w.kind_actions.items():
        out.append(act)
        if kind_id == "loaded_term":
            out.append(w.possible_action)
    return out


def make_menus_and_toolbars(w) -> None:
    bar = w.menuBar()
    m = w.file_menu = bar.addMenu("&File")
    m.addAction(w.open_action)
    w.recent_menu = m.addMenu("Open &Recent")
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    w.examples_menu = m.addMenu("Open &Example")
    w.examples_menu.aboutToShow.connect(lambda: w.fill_examples_menu(w.examples_menu))
    m.addAction(w.reload_action)
    m.addAction(w.swap_action)
    m.addSeparator()
    m.addAction(w.quit_action)
    m = w.edit_menu = bar.addMenu("&Edit")
    m.addAction(w.find_action)
    m.addAction(w.add_note_action)
    m = w.view_menu = bar.addMenu("&View")
    m.addAction(w.coverage_action)
    m.addSeparator()
    m.addAction(w.side_action)
    pm = m.addMenu("Side Panel &Tab")
    for a in w.panel_tab_actions:
        pm.addAction(a)
    m.addAction(w.details_action)
    hm = m.addMenu("&Highlights")
    for a in legend_actions(w):
        hm.addAction(a)
    m.addAction(w.sync_action)
    m.addSeparator()
    for a in (w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action):
        m.addAction(a)
    m.addSeparator()
    tm = m.addMenu("Th&eme")
    w.theme_group = QActionGroup(w)
    w.theme_actions = {}
    for name, label in (("system", "As the &Desktop"), ("light", "&Light"), ("dark", "Dar&k")):
        act = tm.addAction(label)
        act.setCheckable(True)
        act.setData(name)
        w.theme_group.addAction(act)
        act.triggered.connect(lambda _c=False, n=name: w.set_theme(n))
        w.theme_actions[name] = act
    m = w.go_menu = bar.addMenu("&Go")
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

    m = w.help_menu = bar.addMenu("&Help")
    m.addAction(w.tour_action)
    w.help_examples_menu = m.addMenu("&Examples")
    w.help_examples_menu.aboutToShow.connect(lambda: w.fill_examples_menu(w.help_examples_menu))
    m.addAction(w.shortcuts_action)
    m.addSeparator()
    m.addAction(w.about_action)
    w.legend_action = w.tour_action  # the older name of Help's first entry

    tb = QToolBar("Main")
    tb.setObjectName("mainToolbar")
    tb.setAccessibleName("Main toolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.addAction(w.open_action)
    tb.addAction(w.swap_action)
    tb.addAction(w.reload_action)
    tb.addSeparator()
    tb.addAction(w.sync_action)
    tb.addSeparator()
    step = QLabel(" Step through: ")
    step.setBuddy(None)
    w.step_label_action = tb.addWidget(step)
    w.nav_kind = QComboBox()
    w.nav_kind.setAccessibleName("Kind to step through")
    w.nav_kind.setToolTip("The kind of highlight Next and Previous step through")
    for k in kinds():
        w.nav_kind.addItem(k.label, k.id)
    tb.addWidget(w.nav_kind)
    tb.addAction(w.prev_action)
    tb.addAction(w.next_action)
    w.counter = QLabel(" – of 0", objectName="counter")
    w.counter.setAccessibleName("Position among highlights of this kind")
    w.counter.setMinimumWidth(64)
    tb.addWidget(w.counter)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    tb.addWidget(spacer)
    w.tour_button_action = tb.addAction("What Do the Colours Mean?")
    w.tour_button_action.setToolTip("A one-screen tour of the highlights (F1)")
    w.tour_button_action.triggered.connect(w.show_tour)
    tb.addAction(w.side_action)
    w.main_toolbar = tb
    w.addToolBar(tb)

    legend = QToolBar("Highlights")
    legend.setObjectName("legendToolbar")
    legend.setAccessibleName("Highlight legend and toggles")
    legend.setMovable(False)
    legend.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # The swatches are drawn 16 px (formats.swatch): a toolbar's default 24 px box left 8 px of
    # blank beside each, which kept the legend (with "Possibly"'s own swatch) off one row at 1024 px.
    legend.setIconSize(QSize(SWATCH_PX, SWATCH_PX))
    for a in legend_actions(w):
        legend.addAction(a)
    w.legend_bar = legend
    w.addToolBarBreak()
    w.addToolBar(legend)
    # The legend's second row, used only when one row does not fit (ui/toolbarfit.py).
    more = QToolBar("More highlights")
    more.setObjectName("legendToolbar2")
    more.setAccessibleName("Highlight legend and toggles, second row")
    more.setMovable(False)
    more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    more.setIconSize(QSize(SWATCH_PX, SWATCH_PX))
    w.legend_bar2 = more
    w.addToolBarBreak()
    w.addToolBar(more)
    more.hide()
    w.nav_bar = tb  # navigation lives on the main row


def make_status_bar(w) -> None:
    w.progress = QProgressBar()
    w.progress.setRange(0, 0)
    w.progress.setMaximumWidth(160)
    w.progress.setAccessibleName("Loading progress")
    w.progress.hide()
    w.status_label = QLabel("")
    w.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never markup
    w.status_label.setAccessibleName("Status")
    w.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    w.statusBar().addWidget(w.status_label, 1)
    w.statusBar().addPermanentWidget(w.progress)
