"""The main window: two article panes with the link map between them, side panel, menus.

Hooks for the notes panel are listed in sidebyside/ui/__init__.py.
"""

from __future__ import annotations

import contextlib
import html
import os

from sidebyside.display import display_name, one_line
from sidebyside.highlights import Highlights, collect
from sidebyside.kinds import LINK_KINDS, kind, kinds
from sidebyside.model import Article, Comparison
from sidebyside.ui import formats as fmt
from sidebyside.ui.articleview import local_files
from sidebyside.ui.linkmap import LinkMap
from sidebyside.ui.pane import ArticlePane
from sidebyside.ui.qt import (
    QAction,
    QActionGroup,
    QApplication,
    QColor,
    QComboBox,
    QEvent,
    QFileDialog,
    QGuiApplication,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSettings,
    QSplitter,
    Qt,
    QThreadPool,
    QToolBar,
    QWidget,
    Signal,
)
from sidebyside.ui.scrollsync import map_position, monotonic_anchors
from sidebyside.ui.sidepanel import SidePanel, diff_html
from sidebyside.ui.worker import LoadJob
from sidebyside.wording import count

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SideBySide", "sidebyside")


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128


class MainWindow(QMainWindow):
    comparison_ready = Signal(object)  # the Comparison, once painted (NOTES HOOK)
    load_finished = Signal()  # a load job ended, painted or not (screenshot, tests)

    def __init__(self, parent=None, restore_state: bool = True):
        super().__init__(parent)
        self.setWindowTitle("SideBySide")
        self.setAccessibleName("SideBySide main window")
        self.setAcceptDrops(True)
        self.paths: list[str | None] = [None, None]
        self.articles: list[Article | None] = [None, None]
        self.comparison: Comparison | None = None
        self.highlights = Highlights()
        self._job = 0
        self._signals = {}
        self._busy = False
        self._syncing = False
        self._anchors: list[tuple[float, float]] | None = None
        self._current_pane = 0
        self._failures: list[str] = []
        self._nav_pos: dict[str, int] = {}
        self._dark = is_dark()

        self.panes = (ArticlePane(0), ArticlePane(1))
        self.link_map = LinkMap(*self.panes)
        self.side = SidePanel()
        center = QWidget(objectName="panes")
        row = QHBoxLayout(center)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.panes[0], 1)
        row.addWidget(self.link_map)
        row.addWidget(self.panes[1], 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.setCentralWidget(self.splitter)

        for pane in self.panes:
            pane.span_clicked.connect(self._on_span_clicked)
            pane.files_dropped.connect(self._on_files_dropped)
            bar = pane.view.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, p=pane.index: self._on_scrolled(p))
            bar.rangeChanged.connect(lambda *_: self._geometry_changed())
        self.link_map.link_clicked.connect(self.show_link)
        self.side.jump.connect(self.jump_to)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

        self._make_actions()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        self._apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: self._apply_theme())
        self.resize(1400, 860)
        if restore_state:
            self._restore_state()
        else:
            self.splitter.setSizes([1020, 380])

    # ------------------------------------------------------------------ hooks (see ui/__init__.py)

    def pane(self, index: int) -> ArticlePane:
        return self.panes[index]

    def current_articles(self) -> tuple[Article | None, Article | None]:
        return (self.panes[0].article, self.panes[1].article)

    @property
    def notes_tab(self) -> QWidget:
        return self.side.notes_tab

    @property
    def current_pane(self) -> int:
        return self._current_pane

    # ------------------------------------------------------------------ actions

    def _action(self, text: str, slot=None, shortcut=None, checkable=False, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when menus are hidden
        return action

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.open_action = self._action("&Open…", self.open_dialog, S.Open, tip="Open two captures, or one into the focused pane")
        self.swap_action = self._action("&Swap Panes", self.swap, "Ctrl+Shift+S", tip="Swap the two articles")
        self.reload_action = self._action("&Reload", self.reload, S.Refresh, tip="Read both captures again")
        self.quit_action = self._action("&Quit", self.close, S.Quit)
        self.zoom_in_action = self._action("Zoom &In", lambda: self.zoom(1), [S.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("Zoom &Out", lambda: self.zoom(-1), S.ZoomOut)
        self.zoom_reset_action = self._action("&Actual Size", lambda: self.zoom(0), "Ctrl+0")
        self.find_action = self._action("&Find…", self.find, S.Find)
        self.sync_action = self._action("&Synchronized Scrolling", None, "Ctrl+L", checkable=True,
                                        tip="Scroll both articles together, aligned on what they share")
        self.sync_action.setChecked(True)
        self.next_action = self._action("&Next", lambda: self.navigate(1), ["F7", "Alt+Down"],
                                        tip="Next highlight of the chosen kind (F7)")
        self.prev_action = self._action("&Previous", lambda: self.navigate(-1), ["Shift+F7", "Alt+Up"],
                                        tip="Previous highlight of the chosen kind (Shift+F7)")
        self.add_note_action = self._action("Add &Note…", None, "Ctrl+Alt+N", tip="Add a note on the selected text")
        self.add_note_action.setEnabled(False)  # enabled by the notes panel when it connects
        self.kind_actions: dict[str, QAction] = {}
        for k in kinds():
            action = self._action(k.label, lambda _c=False: self._toggles_changed(), checkable=True,
                                  tip=f"Show or hide {k.label.lower()} highlights")
            action.setChecked(k.default)
            action.setData(k.id)
            self.kind_actions[k.id] = action
        for pane in self.panes:
            pane.view.extra_menu_actions = [self.add_note_action]

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addAction(self.open_action)
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addAction(self.reload_action)
        m.addAction(self.swap_action)
        m.addSeparator()
        m.addAction(self.quit_action)
        m = bar.addMenu("&Edit")
        m.addAction(self.find_action)
        m.addAction(self.add_note_action)
        m = bar.addMenu("&View")
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            m.addAction(a)
        m.addSeparator()
        m.addAction(self.sync_action)
        hm = m.addMenu("&Highlights")
        for a in self.kind_actions.values():
            hm.addAction(a)
        m = bar.addMenu("&Go")
        m.addAction(self.next_action)
        m.addAction(self.prev_action)
        self.go_kind_menu = m.addMenu("Step &Through")
        self._go_kind_group = QActionGroup(self)
        for k in kinds():
            action = self.go_kind_menu.addAction(k.label)
            action.setCheckable(True)
            action.setData(k.id)
            self._go_kind_group.addAction(action)
            action.triggered.connect(lambda _c=False, kid=k.id: self.nav_kind.setCurrentIndex(self.nav_kind.findData(kid)))

        m = bar.addMenu("&Help")
        self.legend_action = m.addAction("How to Read the &Highlights")
        self.legend_action.triggered.connect(self.show_legend)
        self.shortcuts_action = m.addAction("&Keyboard Shortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

        tb = QToolBar("Main")
        tb.setObjectName("mainToolbar")
        tb.setAccessibleName("Main toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(self.open_action)
        tb.addAction(self.swap_action)
        tb.addAction(self.reload_action)
        tb.addSeparator()
        tb.addAction(self.sync_action)
        self.addToolBar(tb)

        legend = QToolBar("Highlights")
        legend.setObjectName("legendToolbar")
        legend.setAccessibleName("Highlight legend and toggles")
        legend.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in self.kind_actions.values():
            legend.addAction(a)
        self.legend_bar = legend
        self.addToolBarBreak()
        self.addToolBar(legend)

        nav = QToolBar("Navigate")
        nav.setObjectName("navToolbar")
        nav.setAccessibleName("Navigation")
        self.nav_kind = QComboBox()
        self.nav_kind.setAccessibleName("Kind to step through")
        for k in kinds():
            self.nav_kind.addItem(k.label, k.id)
        self.nav_kind.currentIndexChanged.connect(lambda _i: self._nav_kind_changed())
        nav.addWidget(QLabel(" Go to: "))
        nav.addWidget(self.nav_kind)
        nav.addAction(self.prev_action)
        nav.addAction(self.next_action)
        self.counter = QLabel("")
        self.counter.setAccessibleName("Position among highlights of this kind")
        self.counter.setMinimumWidth(70)
        nav.addWidget(self.counter)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, nav)

    def _make_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName("Loading progress")
        self.progress.hide()
        self.status_label = QLabel("")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it names files: never markup
        self.status_label.setAccessibleName("Status")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)

    # ------------------------------------------------------------------ help

    def show_legend(self):
        from sidebyside.ui.helpdialogs import show_legend

        return show_legend(self)

    def show_shortcuts(self):
        from sidebyside.ui.helpdialogs import show_shortcuts

        return show_shortcuts(self)

    # ------------------------------------------------------------------ theme

    def _apply_theme(self) -> None:
        self._dark = is_dark()
        formats = fmt.formats(self._dark)
        for pane in self.panes:
            pane.set_formats(formats)
        for k in kinds():
            self.kind_actions[k.id].setIcon(QIcon(fmt.swatch(k, self._dark)))
        self.link_map.update()

    # ------------------------------------------------------------------ loading

    def open_paths(self, a: str | None, b: str | None) -> None:
        """Extract and compare two captures off the GUI thread."""
        self.paths = [a, b]
        self._start_job([None, None])

    def open_into_pane(self, index: int, path: str) -> None:
        """Replace one article and compare again, reusing the other pane's article."""
        self.paths[index] = path
        keep = [self.articles[0], self.articles[1]]
        keep[index] = None
        self._start_job(keep)

    def reload(self) -> None:
        if any(self.paths):
            self._start_job([None, None])

    def swap(self) -> None:
        self.paths.reverse()
        self._start_job([self.articles[1], self.articles[0]])

    def _start_job(self, reuse: list) -> None:
        self._job += 1
        self.comparison = None
        self.highlights = Highlights()
        self.link_map.set_links([], set())
        self.side.clear()
        self._nav_pos = {}
        self._failures: list[str] = []
        self.articles = list(reuse)
        for i, path in enumerate(self.paths):
            if reuse[i] is not None:
                self.panes[i].set_article(reuse[i])
            elif path:
                self.panes[i].show_loading(path)
        job = LoadJob(self._job, list(self.paths), list(reuse))
        s = job.signals
        s.progress.connect(self._on_progress)
        s.article.connect(self._on_article)
        s.failed.connect(self._on_failed)
        s.compared.connect(self._on_compared)
        s.finished.connect(self._on_finished)
        self._signals[self._job] = (job, s)  # keep the job and its QObject alive until it ends
        self._busy = True
        self.progress.show()
        self.status_label.setText("Loading…")
        if all(self.paths):
            self._remember_recent(self.paths)
        QThreadPool.globalInstance().start(job)

    def _stale(self, job: int) -> bool:
        return job != self._job

    def _on_progress(self, job: int, text: str) -> None:
        if not self._stale(job):
            self.status_label.setText(text)

    def _on_article(self, job: int, pane: int, article: Article) -> None:
        if self._stale(job):
            return
        self.articles[pane] = article
        self.panes[pane].set_article(article)
        self._update_title()

    def _on_failed(self, job: int, pane: int, path: str, message: str) -> None:
        if self._stale(job):
            return
        if pane < 0:
            self.status_label.setText(message)
            return
        self.articles[pane] = None
        self.panes[pane].show_error(path, message)
        self._failures.append(f"Could not open {display_name(path)}: {one_line(message)}")
        self.status_label.setText(self._failures[-1])

    def _on_compared(self, job: int, comparison: Comparison) -> None:
        if self._stale(job):
            return
        self.show_comparison(comparison)

    def _on_finished(self, job: int) -> None:
        self._signals.pop(job, None)
        if self._stale(job):
            return
        self._busy = False
        self.progress.hide()
        if self._failures:
            self.status_label.setText(" · ".join(self._failures))
        elif self.comparison is not None:
            self.status_label.setText(self._summary())
        self.load_finished.emit()

    @property
    def busy(self) -> bool:
        return self._busy

    def show_comparison(self, comparison: Comparison) -> None:
        """Paint a Comparison (also used directly by tests and the benchmark)."""
        self.comparison = comparison
        for i, article in enumerate(comparison.articles):
            if self.panes[i].article is not article:
                self.panes[i].set_article(article)
            self.articles[i] = article
        self.highlights = collect(comparison)
        visible = self.visible_kinds()
        for i, pane in enumerate(self.panes):
            pane.set_highlights(self.highlights.panes[i], visible)
        self.link_map.set_links(self.highlights.links, visible)
        self._anchors = None
        self.side.set_comparison(comparison)
        self._nav_pos = {}
        self._choose_nav_kind()
        self._update_counter()
        self._update_title()
        self.status_label.setText(self._summary())
        self.comparison_ready.emit(comparison)

    def _summary(self) -> str:
        c = self.comparison
        if c is None:
            return ""
        f = c.framing
        return " · ".join([
            count(len(c.shared_quotes), "shared quote"),
            count(len(c.shared_passages), "shared passage"),
            count(len(c.aligned_sentences), "aligned sentence"),
            count(len(f.label_contrasts), "label contrast"),
            count(len(f.loaded_terms[0]) + len(f.loaded_terms[1]), "loaded term"),
        ])

    def _update_title(self) -> None:
        names = [a.outlet or display_name(a.source.path) if a else "—" for a in self.current_articles()]
        self.setWindowTitle(f"{names[0]} ⇄ {names[1]} — SideBySide")

    # ------------------------------------------------------------------ files

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open captures (choose two, or one for the focused pane)", "",
            "Captures (*.html *.htm *.mhtml *.mht *.txt);;All files (*)")
        self.open_files(files)

    def open_files(self, files: list[str], pane: int | None = None) -> None:
        if len(files) >= 2:
            self.open_paths(files[0], files[1])
        elif len(files) == 1:
            self.open_into_pane(self._current_pane if pane is None else pane, files[0])

    def _on_files_dropped(self, pane: int, files: list) -> None:
        self.open_files(list(files), pane)

    def _remember_recent(self, paths: list) -> None:
        s = settings()
        entry = "\n".join(os.path.abspath(p) for p in paths)
        recent = [r for r in (s.value("recent", []) or []) if r != entry]
        s.setValue("recent", [entry, *recent][:MAX_RECENT])

    def recent(self) -> list[tuple[str, str]]:
        entries = settings().value("recent", []) or []
        if isinstance(entries, str):
            entries = [entries]
        return [tuple(e.split("\n", 1)) for e in entries if "\n" in e]

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for a, b in self.recent():
            action = self.recent_menu.addAction(f"{display_name(a)}  ⇄  {display_name(b)}")
            action.triggered.connect(lambda _c=False, a=a, b=b: self.open_paths(a, b))
        if not self.recent_menu.actions():
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    # ------------------------------------------------------------------ highlights and navigation

    def visible_kinds(self) -> set[str]:
        return {kid for kid, a in self.kind_actions.items() if a.isChecked()}

    def _toggles_changed(self) -> None:
        visible = self.visible_kinds()
        for pane in self.panes:
            pane.set_visible_kinds(visible)
        self.link_map.set_visible(visible)

    def _choose_nav_kind(self) -> None:
        """Start navigation on the first kind that has something to step through."""
        for k in kinds():
            if self._targets(k.id):
                self.nav_kind.setCurrentIndex(self.nav_kind.findData(k.id))
                return

    def _targets(self, kind_id: str) -> list[tuple[int, int, int | None]]:
        """(start, end, link) in the current pane for a kind, in reading order."""
        pane = self._current_pane
        if kind_id in LINK_KINDS:
            items = [(l.end(pane)[0], l.end(pane)[1], i) for i, l in enumerate(self.highlights.links) if l.kind == kind_id]
        else:
            seen = set()
            items = []
            for h in self.panes[pane].highlights(kind_id):
                if (h.start, h.end) not in seen:
                    seen.add((h.start, h.end))
                    items.append((h.start, h.end, None))
        return sorted(items)

    def navigate(self, step: int) -> None:
        kind_id = self.nav_kind.currentData()
        targets = self._targets(kind_id)
        if not targets:
            self._update_counter()
            return
        pos = self._nav_pos.get(kind_id)
        pos = (0 if step > 0 else len(targets) - 1) if pos is None else (pos + step) % len(targets)
        self._nav_pos[kind_id] = pos
        start, end, link = targets[pos]
        if link is not None:
            self.show_link(link)
        else:
            pane = self.panes[self._current_pane]
            pane.select_span(start, end)
            pane.flash(start, end, QColor(kind(kind_id).colour))
        self._update_counter()

    def _nav_kind_changed(self) -> None:
        kind_id = self.nav_kind.currentData()
        for action in self._go_kind_group.actions():
            action.setChecked(action.data() == kind_id)
        self._update_counter()

    def _update_counter(self) -> None:
        kind_id = self.nav_kind.currentData()
        total = len(self._targets(kind_id)) if kind_id else 0
        pos = self._nav_pos.get(kind_id)
        self.counter.setText(f" {pos + 1} of {total}" if pos is not None and total else f" – of {total}")

    def show_link(self, index: int) -> None:
        """Bring both ends of a link into view, select them and flash them (ribbon click, navigation)."""
        link = self.highlights.links[index]
        colour = QColor(kind(link.kind).colour)
        with self._sync_paused():
            for pane in self.panes:
                start, end = link.end(pane.index)
                pane.select_span(start, end)
                pane.flash(start, end, colour)
        self._show_link_details(link)
        self.link_map.update()

    def _show_link_details(self, link) -> None:
        texts = [self.comparison.articles[i].text for i in (0, 1)] if self.comparison else ["", ""]
        a = html.escape(texts[0][link.a[0]:link.a[1]])
        b = html.escape(texts[1][link.b[0]:link.b[1]])
        head = f"<b>{html.escape(kind(link.kind).label)}</b> — {link.similarity:.0%} similar"
        body = f"<p><b>A:</b> {a}</p><p><b>B:</b> {b}</p>"
        if link.kind == "shared_quote" and not link.exact and link.diffs:
            body += ("<p><b>Differences</b> (<s>only in A</s>, <u>only in B</u>):<br>"
                     f"{diff_html(link.diffs)}</p>")
        self.side.show_details(head + body)
        self.side.setCurrentIndex(0)

    def _on_span_clicked(self, pane: int, offset: int) -> None:
        """Select what the clicked highlight pairs with in the other pane: the narrowest
        highlight under the click wins, so a label inside a shared passage shows the label."""
        self._current_pane = pane
        visible = self.visible_kinds()
        hits = [h for h in self.highlights.at(pane, offset) if h.kind in visible]
        target = next((h for h in hits if h.link is not None or h.counterpart is not None), None)
        if target is None:
            if hits:
                self.side.show_details(html.escape(hits[0].tip))
            return
        other = 1 - pane
        if target.link is not None:
            link = self.highlights.links[target.link]
            start, end = link.end(other)
            self._show_link_details(link)
        else:  # a label: show how the other outlet names the same entity
            start, end = target.counterpart
            self.side.show_details(html.escape(target.tip))
        with self._sync_paused():
            self.panes[other].select_span(start, end)
            self.panes[other].flash(start, end, QColor(kind(target.kind).colour))

    def jump_to(self, spans: list) -> None:
        """Side-panel entries: select and flash each (pane, start, end)."""
        with self._sync_paused():
            for pane_index, start, end in spans:
                pane = self.panes[pane_index]
                pane.select_span(start, end)
                pane.flash(start, end, QColor("#E69F00"))

    # ------------------------------------------------------------------ scrolling

    @contextlib.contextmanager
    def _sync_paused(self):
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was
            self.link_map.update()

    def _geometry_changed(self) -> None:
        self._anchors = None
        self.link_map.invalidate()

    def anchors(self) -> list[tuple[float, float]]:
        if self._anchors is None:
            geo = self.link_map.geometry_doc()
            pairs = [(g[0], g[2]) for g in geo] + [(g[1], g[3]) for g in geo]
            ends = [p.view.document().size().height() for p in self.panes]
            self._anchors = monotonic_anchors(pairs, *ends)
        return self._anchors

    def _on_scrolled(self, source: int) -> None:
        self.link_map.update()
        if self._syncing or not self.sync_action.isChecked() or self.comparison is None:
            return
        src = self.panes[source].view.verticalScrollBar()
        dst = self.panes[1 - source].view.verticalScrollBar()
        # The reference line slides from the top of the view (at the start) to its bottom (at
        # the end), so the starts and the ends of both articles always meet.
        h_src = self.panes[source].viewport_height()
        h_dst = self.panes[1 - source].viewport_height()
        frac = src.value() / src.maximum() if src.maximum() else 0.0
        ref = src.value() + h_src * frac
        mapped = map_position(self.anchors(), ref, reverse=source == 1)
        value = mapped / (1 + h_dst / dst.maximum()) if dst.maximum() else 0
        with self._sync_paused():
            dst.setValue(int(round(max(0, min(dst.maximum(), value)))))

    # ------------------------------------------------------------------ zoom, find, focus

    def zoom(self, steps: int) -> None:
        for pane in self.panes:
            pane.zoom(steps)
        self._geometry_changed()

    def find(self) -> None:
        self.panes[self._current_pane].open_find()

    def _on_focus_changed(self, _old, new) -> None:
        for pane in self.panes:
            if new is not None and (new is pane or pane.isAncestorOf(new)):
                if pane.index != self._current_pane:
                    self._current_pane = pane.index
                    self._update_counter()

    # ------------------------------------------------------------------ window state

    def _restore_state(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        split = s.value("window/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([1020, 380])
        sync = s.value("view/sync")
        if sync is not None:
            self.sync_action.setChecked(str(sync).lower() == "true")
        shown = s.value("view/kinds")
        if shown is not None:
            shown = {shown} if isinstance(shown, str) else set(shown)
            for kind_id, action in self.kind_actions.items():
                action.setChecked(kind_id in shown)
        try:
            zoom = int(s.value("view/zoom", 0))
        except (TypeError, ValueError):
            zoom = 0
        if zoom:
            self.zoom(max(-8, min(12, zoom)))

    def save_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("view/sync", self.sync_action.isChecked())
        s.setValue("view/kinds", sorted(self.visible_kinds()) or [""])
        s.setValue("view/zoom", self.panes[0].zoom_steps)

    def dragEnterEvent(self, event):
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event):
        """Files dropped outside the panes: two are compared, one goes to the focused pane."""
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.open_files(files)

    def changeEvent(self, event):
        super().changeEvent(event)
        changes = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in changes and hasattr(self, "_dark") and is_dark() != self._dark:
            self._apply_theme()  # the system switched between light and dark

    def closeEvent(self, event):
        self.save_state()
        super().closeEvent(event)
