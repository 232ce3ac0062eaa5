"""The main window: wires the widgets to the session (sidebyside.session) and back.

The session holds what is open and the view state; this window only turns user actions into
session calls and session events into painting. Its parts live in their own modules: menus
(actions, menus, toolbars), pairview (two panes and the link map), navigation (next/previous),
coverageview (the outlet columns of a set of three or more), pairbar (which two side by side),
recent (Open Recent), theme (settings file, dark theme). Hooks for the notes panel are listed
in sidebyside/ui/__init__.py.
"""

from __future__ import annotations


from sidebyside.display import display_name, one_line
from sidebyside.kinds import kind, kinds
from sidebyside.model import FILE_PATTERNS, Article, Comparison
from sidebyside.session import Session
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui import formats as fmt
from sidebyside.ui import recent as recent_files
from sidebyside.ui.article_names import article_name
from sidebyside.ui.articleview import FileDropTarget
from sidebyside.ui.coverageview import CoverageView
from sidebyside.ui.menus import make_actions, make_menus_and_toolbars, make_status_bar
from sidebyside.ui.navigation import Navigator
from sidebyside.ui.pairbar import PairBar
from sidebyside.ui.pairview import PairView
from sidebyside.ui.pane import ArticlePane
from sidebyside.ui.possibly_loaded import SETTING_KEY as POSSIBLE_KEY
from sidebyside.ui.possibly_loaded import setting_value as possible_setting
from sidebyside.ui.qt import (
    QApplication,
    QEvent,
    QFileDialog,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QMainWindow,
    QSplitter,
    Qt,
    QTabWidget,
    QThreadPool,
    QTimer,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sidebyside.ui.sidefold import SideFolder
from sidebyside.ui.stored import stored_bool
from sidebyside.ui.sidepanel import SidePanel
from sidebyside.ui.toolbarfit import ToolbarFitter
from sidebyside.ui.theme import apply_theme, chosen_theme, is_dark, set_app_stylesheet, settings
from sidebyside.ui.worker import WorkJob, shown_comparison
from sidebyside.wording import count

__all__ = ["MainWindow", "is_dark", "settings"]


def side_panel_width(total: int, letter_px: int, ui: UiSettings = DEFAULT.ui) -> int:
    """The side panel's default width in a window ``total`` pixels wide, for a font whose average
    letter is ``letter_px`` wide: its usual share, widened under a large font up to a ceiling."""
    wanted = max(ui.side_panel_share * total, ui.side_panel_letters * letter_px)
    return int(min(wanted, ui.side_panel_max_share * total))


# What the window says with one article open and none beside it (nothing to compare yet).
ONE_ARTICLE_STATUS = "One article open: open a second capture beside it to compare (File ▸ Open, or drop it on the empty pane)."
ONE_ARTICLE_PANEL = "Nothing to compare yet: open a second capture."


class MainWindow(FileDropTarget, QMainWindow):
    comparison_ready = Signal(object)  # the Comparison, once painted (NOTES HOOK)
    coverage_ready = Signal(object)  # the Coverage of three or more articles, once shown
    load_finished = Signal()  # the work for what is open ended, painted or not (screenshot, tests)
    work_cancelled = Signal()  # closing or quitting: what is still being read must open nothing

    def __init__(self, parent=None, restore_state: bool = True, session: Session | None = None):
        super().__init__(parent)
        self.setWindowTitle("SideBySide")
        self.setAccessibleName("SideBySide main window")
        self.setAcceptDrops(True)
        self.session = session or Session()
        self._jobs: list[WorkJob] = []
        self._current_pane = 0
        self._shown_pair = None
        self._pending_jump = None
        self._dark = is_dark()

        # With the app's style sheet, each time a finished subtree is given a parent Qt restyles
        # all of it: the pair view (most of the window's widgets) is put in its place before its
        # containers join the window, so it is restyled twice rather than four times. (The order
        # keeps the focus chain as the tree reads.)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.setCentralWidget(self.splitter)
        self.stage = QTabWidget(objectName="stage")
        self.stage.setDocumentMode(True)
        self.stage.setAccessibleName("Coverage and side-by-side views")
        self.coverage_view = CoverageView()
        self.stage.addTab(self.coverage_view, "Coverage")
        pair_page = QWidget(objectName="pairPage")
        self.stage.addTab(pair_page, "Side by side")
        self.pair_page = pair_page
        column = QVBoxLayout(pair_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.pair_bar = PairBar()
        column.addWidget(self.pair_bar)
        self.view = PairView(lambda: self.sync_action.isChecked())
        self.panes: tuple[ArticlePane, ArticlePane] = self.view.panes
        self.link_map = self.view.link_map
        column.addWidget(self.view, 1)
        self.splitter.addWidget(self.stage)
        self.side = SidePanel()
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self.splitter.splitterMoved.connect(lambda *_: self._side_moved())
        self._side_width_chosen = False  # dragged by the reader, or restored: no longer fitted

        make_actions(self)
        make_menus_and_toolbars(self)
        make_status_bar(self)
        self.toolbar_fitter = ToolbarFitter(self)
        self.side_folder = SideFolder(self, self.side.settings)
        self.navigator = Navigator(self.session, self.view, self.nav_kind, self.counter, lambda: self._current_pane,
                                   (self.next_action, self.prev_action))
        self._show_set_controls(False)

        for pane in self.panes:
            pane.files_dropped.connect(self._on_files_dropped)
            pane.header_toggled.connect(self.set_headers_expanded)
        self.view.details.connect(self._show_details)
        self.view.pane_chosen.connect(self._set_current_pane)
        self.side.jump.connect(self.jump_to)
        self.pair_bar.chosen.connect(self.session.choose_pair)
        self.side.pair_chosen.connect(self.session.choose_pair)
        self.coverage_view.jump.connect(self.go_to_members)
        self.nav_kind.currentIndexChanged.connect(lambda _i: self._nav_kind_changed())
        self.nav_kind.activated.connect(lambda _i: self.kind_chosen())
        for act in self.go_kind_group.actions():
            act.triggered.connect(lambda _c=False: self.kind_chosen())
        self.stage.currentChanged.connect(lambda _i: self._stage_changed())
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._subscribe()

        self._restore_state_enabled = restore_state
        self._apply_theme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda *_: self._apply_theme())
        self.resize(1400, 860)
        if restore_state:
            self._restore_state()
        else:
            self.fit_side_panel()
        self.theme_actions[chosen_theme()].setChecked(True)
        self.session.set_visible_kinds(self.visible_kinds())

    def _subscribe(self) -> None:
        events = self.session.events
        events.opened.connect(self._on_opened)
        events.article.connect(self._on_article)
        events.pair.connect(self._on_pair)
        events.comparison.connect(self._on_comparison)
        events.coverage.connect(self._on_coverage)
        events.progress.connect(self._on_progress)
        events.failed.connect(lambda message: self.status_label.setText(one_line(message)))
        events.visible_kinds.connect(self.view.set_visible_kinds)

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

    @property
    def comparison(self) -> Comparison | None:
        """The comparison painted in the two panes."""
        return self.view.comparison

    @property
    def highlights(self):
        return self.view.highlights

    @property
    def paths(self) -> list[str | None]:
        """The captures side by side, left then right."""
        pair = self.session.pair
        if pair is None:
            return (self.session.paths + [None, None])[:2]
        return [self.session.paths[pair[0]], self.session.paths[pair[1]]]

    @property
    def busy(self) -> bool:
        """Work for the open set still runs or has yet to be shown: a job of the current set
        whose `finished` the window has not handled, unless it was cancelled and its run has
        ended. A teardown or a quit waiting for `busy` after ``cancel_work`` wants no worker
        running, and must not hang on that job's signal (three teardowns under load found
        such a job, cancelled, its results all delivered, still counted after 300 s)."""
        return any(job.work.generation == self.session.generation and not (job.work.cancelled and job.ended)
                   for job in self._jobs)

    def _awaiting(self) -> bool:
        """A job of the current set whose `finished` the window has not handled yet: its
        results may still be queued, so the window waits for it before saying all is loaded."""
        return any(job.work.generation == self.session.generation for job in self._jobs)

    # ------------------------------------------------------------------ help, theme, layout

    def show_tour(self):
        from sidebyside.ui.helpdialogs import show_tour

        return show_tour(self)

    show_legend = show_tour  # the older name

    def show_shortcuts(self):
        from sidebyside.ui.helpdialogs import show_shortcuts

        return show_shortcuts(self)

    def show_about(self):
        from sidebyside.ui.helpdialogs import show_about

        return show_about(self)

    def fill_examples_menu(self, menu) -> None:
        from sidebyside.resources import EXAMPLES

        menu.clear()
        for index, (title, _files) in enumerate(EXAMPLES):
            menu.addAction(title).triggered.connect(lambda _c=False, i=index: self.open_example(i))

    def open_example(self, index: int) -> None:
        from sidebyside.resources import example_paths

        self.open_paths(*example_paths(index))

    def set_theme(self, theme: str) -> None:
        """View ▸ Theme: the desktop's, light or dark; remembered."""
        apply_theme(theme)
        self.theme_actions[chosen_theme()].setChecked(True)
        if self._restore_state_enabled:
            settings().setValue("view/theme", chosen_theme())
        self._apply_theme()

    def _apply_theme(self) -> None:
        self._dark = is_dark()
        app = QApplication.instance()
        if app is not None:
            set_app_stylesheet(app, self._dark)
        base = self.panes[0].view.palette().base().color()
        formats = fmt.formats(self._dark, base)
        for pane in self.panes:
            pane.set_formats(formats, self._dark)
        for k in kinds():
            self.kind_actions[k.id].setIcon(QIcon(fmt.swatch(k, self._dark)))
        # "Possibly" shows what it switches: the loaded word's ink, dotted as those words are painted.
        self.possible_action.setIcon(QIcon(fmt.swatch(kind("loaded_term"), self._dark, dotted=True)))
        self.view.set_dark(self._dark)

    def set_side_panel_shown(self, shown: bool) -> None:
        """View ▸ Side Panel (F9): the quotes, framing and notes beside the articles, or not: the
        reader's choice, which the folding for a narrow window (ui/sidefold.py) then respects."""
        self.side_folder.reader_chose(bool(shown))
        self.show_side_panel(shown)

    def show_panel_tab(self, index: int) -> None:
        """View ▸ Side Panel Tab (Ctrl+1, 2, 3): the panel shown (the reader's choice, as F9), the
        tab forward, and the keyboard in its list (the arrow keys then walk its entries)."""
        if not self.side.isVisible():
            self.set_side_panel_shown(True)
        self.side.setCurrentIndex(index)
        page = self.side.tabs.widget(index)
        target = page.findChild(QTreeWidget) if page is not None else None
        target = target if target is not None and target.isVisible() else page
        if target is None:
            return
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_side_panel(self, shown: bool) -> None:
        focus = QApplication.focusWidget()
        if not shown and focus is not None and self.side.isAncestorOf(focus):
            # the keyboard goes on in the article being read, not in whatever Qt finds next (the
            # toolbar's list of kinds, which the arrow keys would then change unseen)
            self.panes[self._current_pane].view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.side.setVisible(bool(shown))
        if shown and self.splitter.sizes()[1] == 0:
            self.fit_side_panel(force=True)
        if self.side_action.isChecked() != bool(shown):
            self.side_action.setChecked(bool(shown))

    def fit_side_panel(self, force: bool = False) -> None:
        """Give the side panel its share of the window (side_panel_width), unless the reader has
        set its width: by dragging it, now or in an earlier run (the splitter remembers)."""
        if self._side_width_chosen and not force:
            return
        sizes = self.splitter.sizes()
        total = max(sum(sizes), self.splitter.width() - self.splitter.handleWidth())
        if total <= 0 or (sizes[1] == 0 and not force and sum(sizes) > 0):
            return
        width = self.side_width_wanted(total)
        self.splitter.setSizes([total - width, width])

    def side_width_wanted(self, total: int) -> int:
        """The side panel's width in a splitter ``total`` pixels wide: the reader's (dragged) when
        shown, else its fitted share."""
        if self._side_width_chosen and self.side.isVisible() and self.splitter.sizes()[1] > 0:
            return self.splitter.sizes()[1]
        letter = QFontMetrics(QApplication.font()).averageCharWidth()
        return side_panel_width(total, letter, self.side.settings)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_side_panel()

    def _side_moved(self) -> None:
        self._side_width_chosen = True
        collapsed = self.splitter.sizes()[1] == 0
        if self.side_action.isChecked() == collapsed:
            self.side_action.setChecked(not collapsed)

    def set_headers_expanded(self, expanded: bool) -> None:
        """View ▸ Article Details: the full header above each article, or one line."""
        for pane in self.panes:
            pane.header.set_expanded(bool(expanded))
        if self.details_action.isChecked() != bool(expanded):
            self.details_action.setChecked(bool(expanded))
        self.view.geometry_changed()

    # ------------------------------------------------------------------ opening

    def open_paths(self, *paths: str | None) -> None:
        """Read two or more captures off the GUI thread; the first two go side by side."""
        self.session.open(list(paths))

    def open_into_pane(self, index: int, path: str) -> None:
        """Replace one side's article and compare again, reusing the other side's."""
        pair = self.session.pair
        self.session.replace_capture(pair[index] if pair else index, path)

    def reload(self) -> None:
        if any(self.session.paths):
            self._save_scroll()
            self.session.reload()

    def swap(self) -> None:
        self._save_scroll()
        self.session.swap()
        self._remember_recent()

    def show_comparison(self, comparison: Comparison) -> None:
        """Paint a Comparison made elsewhere (also used directly by tests and the benchmark)."""
        self.session.show(comparison)

    def open_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Open captures (two or more to compare, or one for the focused pane)", recent_files.last_folder(),
            f"Captures ({' '.join(FILE_PATTERNS)});;All files (*)")
        if files:
            recent_files.set_last_folder(files[0])
        self.open_files(files)

    def open_startup(self) -> None:
        """What to show at start: the set open when the app last closed; the bundled example
        pair the first time (or when the last set's files are gone)."""
        last = recent_files.last_set() if self._restore_state_enabled else None
        if last:
            self.open_paths(*last)
        else:
            self.open_example(0)

    def open_files(self, files: list[str], pane: int | None = None) -> None:
        if len(files) >= 2:
            self.open_paths(*files)
        elif len(files) == 1:
            self.open_into_pane(self._current_pane if pane is None else pane, files[0])

    def _on_files_dropped(self, pane: int, files: list) -> None:
        self.open_files(list(files), pane)

    def _remember_recent(self) -> None:
        """Open Recent and the next start: the set shown, named by outlet and headline."""
        if not self._restore_state_enabled:  # a screenshot or a test: the user's list stays as it is
            return
        pair = self.session.pair
        if self.session.count == 2 and pair is not None:
            order = list(pair)
        else:
            order = list(range(self.session.count))
        paths = [self.session.paths[i] for i in order]
        if len(paths) >= 2 and all(paths):
            names = []
            for i in order:
                article = self.session.article(i)
                names.append(" — ".join(x for x in (article.outlet, article.title) if x) if article else None)
            recent_files.remember(paths, names)

    def recent(self) -> list[tuple[str, ...]]:
        return recent_files.entries()

    def fill_recent_menu(self) -> None:
        recent_files.fill_menu(self.recent_menu, self.open_paths)

    _fill_recent_menu = fill_recent_menu

    # ------------------------------------------------------------------ work off the GUI thread

    def _start_work(self) -> None:
        running = self._awaiting()
        # Beside a running job (the coverage of a big set), only the shown pair is worth a job.
        work = self.session.pending(coverage=not running)
        if work is None or (running and not work.pairs):
            return
        job = WorkJob(work, self.session.pair)
        job.signals.delivered.connect(self.session.deliver)
        # once what came is shown (the lists' layouts run in the turn after), the work goes on
        job.signals.delivered.connect(
            lambda _g, what, payload: job.is_shown(what, payload) and QTimer.singleShot(0, job.painted))
        job.signals.finished.connect(self._on_job_finished)
        self._jobs.append(job)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status_label.setText("Loading…")
        QThreadPool.globalInstance().start(job)

    def _on_job_finished(self, job: WorkJob) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if self._awaiting():
            return
        if job.work.generation != self.session.generation:  # a set replaced since; nothing runs now
            self.progress.hide()
            return
        if self.session.pending() is not None and not job.work.cancelled:
            self._start_work()
            if self._awaiting():
                return
        self.progress.hide()
        self._say_why_no_coverage()
        failures = self._failures()
        if failures:
            self.status_label.setText(one_line(" · ".join(failures)))
            self._say_why_nothing()
        else:
            self._say_what_is_shown()  # the coverage's summary while the coverage is shown, not the pair's
        self.load_finished.emit()

    def cancel_work(self) -> None:
        for job in self._jobs:
            job.cancel()
        self.work_cancelled.emit()

    def _on_progress(self, text: str, done: int, total: int) -> None:
        self.status_label.setText(one_line(text))
        # A progress bar repaints itself at once on each new value or range (a synchronous paint
        # and flush, 1-4 ms a step); with its updates paused it is drawn with the window's next
        # paint instead, showing the same.
        self.progress.setUpdatesEnabled(False)
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.progress.setUpdatesEnabled(True)

    def _say_why_no_coverage(self) -> None:
        """A set of three or more that lost captures to errors until fewer than three remain has
        no coverage: the Coverage tab says so, naming the files (it read "Reading and comparing
        the captures…" for good), and two articles that opened are put side by side."""
        session = self.session
        if session.count < 3 or session.coverage is not None:
            return
        opened = [i for i in range(session.count) if session.article(i) is not None and not session.error(i)]
        failed = [display_name(path) for i, path in enumerate(session.paths) if session.error(i)]
        if len(opened) >= 3 or not failed:
            return
        said = (f"No coverage: it needs three articles, and {count(len(failed), 'capture')} of "
                f"{session.count} could not be opened ({', '.join(failed)}).")
        if len(opened) == 2:
            said += " The two that opened are side by side."
        if self.coverage_view.summary.text() == said:
            return  # said once; the reader may have come back to this tab
        self.coverage_view.summary.setText(said)
        pair = session.pair
        if len(opened) == 2 and (pair is None or set(pair) != set(opened)):
            session.choose_pair(*opened)
        if len(opened) == 2:
            self.stage.setCurrentWidget(self.pair_page)

    def _say_why_nothing(self) -> None:
        """The shown pair has no comparison because one of its captures failed: the side
        panel's lists say so."""
        pair = self.session.pair
        if pair is None or self.comparison is not None:
            return
        failed = ["AB"[side] for side, i in enumerate(pair) if self.session.error(i)]
        if failed:  # the letters: the file names are long, and in the panes and the status bar
            which = f"articles {' and '.join(failed)}" if len(failed) > 1 else f"article {failed[0]}"
            self.side.say_nothing(f"Nothing to compare: {which} could not be opened.")

    def _failures(self) -> list[str]:
        return [f"Could not open {display_name(path)}: {one_line(self.session.error(i))}"
                for i, path in enumerate(self.session.paths) if self.session.error(i)]

    # ------------------------------------------------------------------ session events

    def _on_opened(self) -> None:
        """A new set: show what is known, and start reading the rest."""
        self.view.clear()
        self.side.clear()
        self.coverage_view.clear()
        self._shown_pair = self.session.pair
        several = self.session.count >= 3
        self._show_set_controls(several)
        if several:  # a set opens on its overview; any pair is one click away
            self.stage.setCurrentWidget(self.coverage_view)
        self._show_pair_choice(self.session.pair)
        self._show_pair_articles()
        self._remember_recent()
        self._update_title()
        self._start_work()

    def _show_pair_choice(self, pair) -> None:
        """Both pair choosers (above the panes, atop the side panel) name the pair shown."""
        names = self.session.outlet_names()
        several = self.session.count >= 3
        for bar in (self.pair_bar, self.side.pair_bar if several or self.side.has_pair_bar else None):
            if bar is not None:
                bar.set_outlets(names, pair)

    def _show_set_controls(self, several: bool) -> None:
        """The coverage tab and the pair choosers exist only for three or more captures: a pair
        opened alone looks as it always has."""
        self.stage.tabBar().setVisible(several)
        self.stage.setTabVisible(0, several)
        # Tab moves on past the stage only while its tab bar can take the keyboard: a hidden bar
        # (the tab widget's focus proxy) kept the keyboard in the toolbar's list of kinds for good.
        self.stage.setFocusPolicy(Qt.FocusPolicy.TabFocus if several else Qt.FocusPolicy.NoFocus)
        self.pair_bar.setVisible(several)
        self.coverage_action.setEnabled(several)
        if not several:
            self.stage.setCurrentWidget(self.pair_page)
        self._show_side_pair_bar()

    def _show_side_pair_bar(self) -> None:
        """The side panel names its pair while the coverage fills the stage; beside the two
        articles the bar above them does, and the panel keeps the height."""
        shown = self.session.count >= 3 and self.stage.currentWidget() is self.coverage_view
        if shown or self.side.has_pair_bar:
            self.side.pair_bar.setVisible(shown)

    def _show_pair_articles(self) -> None:
        pair = self.session.pair
        for side in (0, 1):
            index = pair[side] if pair else side
            pane = self.panes[side]
            if index >= self.session.count:
                continue
            article, error, path = self.session.article(index), self.session.error(index), self.session.paths[index]
            if article is not None:
                if pane.article is not article:
                    pane.set_article(article)
            elif error:
                pane.show_error(path or "", error)
            elif path:
                pane.show_loading(path)

    def _on_article(self, index: int) -> None:
        self._show_pair_choice(self.session.pair)
        pair = self.session.pair
        if pair is None or index in pair:
            self._show_pair_articles()
            self._update_title()
        if self.session.error(index):
            self.status_label.setText(one_line(self._failures()[-1]))

    def _on_pair(self, pair) -> None:
        self._save_scroll()
        self._shown_pair = pair
        self.view.clear()
        self.side.clear()
        self._show_pair_choice(pair)
        self._show_pair_articles()
        self._update_title()
        if self.session.comparison() is None:
            self._start_work()

    def _on_comparison(self, pair, comparison: Comparison) -> None:
        self._shown_pair = pair
        comparison = shown_comparison(comparison, self.possible_action.isChecked())
        self.view.paint(comparison, self.visible_kinds())
        self._remember_recent()  # now with outlets and headlines
        self.side.set_comparison(comparison, self._possible_hidden())
        self.view.set_scroll_values(tuple(self.session.scroll(i) for i in pair))
        self.navigator.choose_first_kind()
        self.navigator.update_counter()
        self._update_title()
        self.status_label.setText(self._summary())
        if self._pending_jump is not None:
            jump, self._pending_jump = self._pending_jump, None
            self.go_to_members(*jump)
        self.comparison_ready.emit(comparison)

    def _on_coverage(self, coverage) -> None:
        self.coverage_view.set_coverage(coverage, self.session.outlet_names())
        self.stage.setTabText(0, f"Coverage ({count(self.session.count, 'outlet')})")
        self.coverage_ready.emit(coverage)

    def _save_scroll(self) -> None:
        if self._shown_pair is None or self.comparison is None:
            return
        for index, value in zip(self._shown_pair, self.view.scroll_values()):
            if index < self.session.count:
                self.session.set_scroll(index, value)

    def _summary(self) -> str:
        """What was found, in the legend's words ("4 same facts", not "aligned sentences"), and how
        many possibly loaded words the switch keeps out of sight."""
        c = self.comparison
        if c is None:
            return ""
        f = c.framing
        # the naming differences the panel lists and the text paints (not one whose labels both use)
        contrasts = len(self.side.telling_contrasts(c))
        found = (("shared_quote", len(c.shared_quotes)), ("shared_passage", len(c.shared_passages)),
                 ("aligned_sentence", len(c.aligned_sentences)), ("label_contrast", contrasts),
                 ("loaded_term", len(f.loaded_terms[0]) + len(f.loaded_terms[1])))
        line = " · ".join(count(n, kind(kind_id).label.lower()) for kind_id, n in found)
        hidden = self._possible_hidden()
        if hidden > 0:
            line += f" (and {hidden} possibly loaded, not shown: View ▸ Highlights ▸ Possibly Loaded)"
        return line

    def _possible_hidden(self) -> int:
        """How many words of the texts the "Possibly Loaded" switch keeps out of sight now."""
        engine, shown = self.session.comparison(), self.comparison
        if engine is None or shown is None:
            return 0
        return sum(map(len, engine.framing.loaded_terms)) - sum(map(len, shown.framing.loaded_terms))

    def _update_title(self) -> None:
        names = [article_name(a, i) if a else "—" for i, a in enumerate(self.current_articles())]
        extra = f" (of {self.session.count})" if self.session.count >= 3 else ""
        self.setWindowTitle(f"{names[0]} ⇄ {names[1]}{extra} — SideBySide")

    # ------------------------------------------------------------------ coverage

    def _stage_changed(self) -> None:
        """The status bar speaks of what is shown: the set's coverage or the pair."""
        self._show_side_pair_bar()
        if not self.busy:
            self._say_what_is_shown()

    def _say_what_is_shown(self) -> None:
        if self.stage.currentWidget() is self.coverage_view and self.session.coverage is not None:
            self.status_label.setText(self.coverage_view.summary.text())
        elif self.comparison is not None:
            self.status_label.setText(self._summary())
        elif sum(a is not None for a in self.current_articles()) == 1 and not self._failures():
            # One capture read, no other: "Extracting a.txt…" stayed as if work were still going
            # on, and the lists stood empty as if still loading.
            self.status_label.setText(ONE_ARTICLE_STATUS)
            self.side.say_nothing(ONE_ARTICLE_PANEL)

    def show_coverage(self) -> None:
        if self.session.count >= 3:
            self.stage.setCurrentWidget(self.coverage_view)

    def go_to_members(self, members: list, focus: int) -> None:
        """A coverage cell: put its outlet (``focus``) beside another outlet of the same group
        and bring both passages into view. ``members``: [(article, start, end), ...]."""
        others = [m[0] for m in members if m[0] != focus]
        pair = self.session.pair
        if pair and focus in pair and (set(pair) - {focus}) & set(others):
            target = pair
        elif others:
            current_other = pair[1] if pair and pair[0] == focus else None
            target = (focus, current_other if current_other in others else others[0])
        elif pair and focus in pair:
            target = pair
        else:
            target = (focus, pair[1] if pair and pair[1] != focus else (0 if focus else 1))
        self.stage.setCurrentWidget(self.pair_page)
        # The keyboard follows the eye: to the clicked outlet's text, not the first list of the page.
        self.panes[0].view.setFocus(Qt.FocusReason.OtherFocusReason)
        if target != pair:
            self.session.choose_pair(*target)
        if self.comparison is None or self.session.pair != target or self.session.comparison() is not self.comparison:
            self._pending_jump = (members, focus)
            return
        spans = [(0 if m[0] == target[0] else 1, m[1], m[2]) for m in members if m[0] in target]
        self.view.jump_to(spans)

    # ------------------------------------------------------------------ highlights and navigation

    def visible_kinds(self) -> set[str]:
        return {kid for kid, a in self.kind_actions.items() if a.isChecked()}

    def toggles_changed(self) -> None:
        self.session.set_visible_kinds(self.visible_kinds())

    def set_possibly_loaded_shown(self, shown: bool) -> None:
        """View ▸ Highlights ▸ Possibly Loaded (and the legend): words found only by their graded
        score, painted dotted, listed in the Framing tab, counted when stepping through and
        exported in the report; or none of that (ui/possibly_loaded.py). Remembered."""
        if self.possible_action.isChecked() != bool(shown):
            self.possible_action.setChecked(bool(shown))
        self.coverage_view.set_possible_shown(bool(shown))
        engine = self.session.comparison() if self.comparison is not None else None
        if engine is None:
            return
        scroll = self.view.scroll_values()
        comparison = shown_comparison(engine, bool(shown))
        self.view.paint(comparison, self.visible_kinds())
        self.side.set_comparison(comparison, self._possible_hidden())
        self.view.set_scroll_values(scroll)
        self.navigator.update_counter()
        self.status_label.setText(self._summary())

    _toggles_changed = toggles_changed

    def navigate(self, step: int) -> None:
        self._bring_pair_forward()
        self._show_stepped_kind()
        self.navigator.step(step)
        self._say_if_nothing_to_step()

    def kind_chosen(self) -> None:
        """The reader chose a kind to step through (the toolbar list or Go ▸ Step Through)."""
        self._show_stepped_kind()
        self.navigator.update_counter()
        self._say_if_nothing_to_step()

    def _show_stepped_kind(self) -> None:
        """Stepping through a kind that is switched off switches it on: Next must land on something
        the reader can see, and skipping the hidden kind would leave Next doing nothing at all. The
        toggle stays in the reader's hands (off again with its toolbar button)."""
        kind_id = self.nav_kind.currentData()
        act = self.kind_actions.get(kind_id)
        if act is None:
            return
        held_back = kind_id in self.view.suppressed  # not painted for this pair until asked (the notice)
        if act.isChecked() and not held_back:
            return
        if held_back:
            self.view.show_suppressed()
        if not act.isChecked():
            act.setChecked(True)
            self.toggles_changed()
        self.statusBar().showMessage(f"Showing the {act.text().lower()} highlights to step through them", 6000)

    def _say_if_nothing_to_step(self) -> None:
        message = self.navigator.nothing_to_step()
        if message:
            self.statusBar().showMessage(message, 8000)

    def _nav_kind_changed(self) -> None:
        kind_id = self.nav_kind.currentData()
        for act in self.go_kind_group.actions():
            act.setChecked(act.data() == kind_id)
        self.navigator.update_counter()

    def show_link(self, index: int) -> None:
        self.view.show_link(index)

    def jump_to(self, spans: list, kind_id: str = "") -> None:
        """Side-panel entries and notes: go to each (pane, start, end); one pane's span takes the
        other pane along when synchronized scrolling is on. An entry in one article makes it the
        article being read, so stepping (Next, Previous, the counter) goes on from there."""
        panes = {pane for pane, _start, _end in spans}
        if len(panes) == 1:
            self._set_current_pane(panes.pop())
        self._bring_pair_forward()
        self.view.jump_to(spans, kind_id or None)

    def _bring_pair_forward(self) -> None:
        """Next, Previous or an entry of the side panel go to a passage of the pair: with the
        coverage in front, they moved the hidden panes and seemed to do nothing."""
        if self.stage.currentWidget() is not self.pair_page:
            self.stage.setCurrentWidget(self.pair_page)

    def _show_details(self, rich_text: str, bring_forward: bool) -> None:
        self.side.show_details(rich_text)
        if bring_forward:
            self.side.setCurrentIndex(0)

    def _set_current_pane(self, index: int) -> None:
        if index != self._current_pane:
            self._current_pane = index
            self.navigator.update_counter()

    def anchors(self) -> list[tuple[float, float]]:
        return self.view.anchors()

    # ------------------------------------------------------------------ zoom, find, focus

    def zoom(self, steps: int) -> None:
        self.view.zoom(steps)
        self.side_folder.fit_soon()  # a larger text may want the panel's room, a smaller one gives it back

    def find(self) -> None:
        self.panes[self._current_pane].open_find()

    def _on_focus_changed(self, _old, new) -> None:
        for pane in self.panes:
            if new is not None and (new is pane or pane.isAncestorOf(new)):
                self._set_current_pane(pane.index)

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
        if split is not None and self.splitter.restoreState(split):
            self._side_width_chosen = True
        else:
            self.fit_side_panel()
        self.sync_action.setChecked(stored_bool(s.value("view/sync"), self.sync_action.isChecked()))
        shown = s.value("view/kinds")
        if shown is not None:
            shown = {shown} if isinstance(shown, str) else set(shown)
            for kind_id, act in self.kind_actions.items():
                act.setChecked(kind_id in shown)
        try:
            zoom = int(s.value("view/zoom", 0))
        except (TypeError, ValueError):
            zoom = 0
        if zoom:
            self.zoom(max(-8, min(12, zoom)))
        self.possible_action.setChecked(possible_setting(s.value(POSSIBLE_KEY)))
        self.coverage_view.set_possible_shown(self.possible_action.isChecked())
        side = s.value("view/side_panel")
        if side is not None:
            self.show_side_panel(stored_bool(side, True))
        # The first start shows the headers in full: where room is short, each header turns compact
        # by itself (the headline on its first lines, the standfirst folded), never one line.
        self.set_headers_expanded(stored_bool(s.value("view/details"), True))

    def save_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("view/sync", self.sync_action.isChecked())
        s.setValue("view/kinds", sorted(self.visible_kinds()) or [""])
        s.setValue("view/zoom", self.panes[0].zoom_steps)
        s.setValue("view/side_panel", self.side_folder.shown_by_choice)
        s.setValue(POSSIBLE_KEY, self.possible_action.isChecked())
        s.setValue("view/details", self.details_action.isChecked())

    def take_dropped_files(self, files: list[str]) -> None:
        """Files dropped outside the panes: two or more are compared, one goes to the focused pane."""
        self.open_files(files)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.fit_side_panel()
        changes = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in changes and hasattr(self, "_dark") and is_dark() != self._dark:
            self._apply_theme()  # the system switched between light and dark

    def closeEvent(self, event):
        self.cancel_work()
        if self._restore_state_enabled:
            self.save_state()
        super().closeEvent(event)
