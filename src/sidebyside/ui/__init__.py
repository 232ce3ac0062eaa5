"""The PySide6 desktop app. Qt is imported only inside this package, through ui/qt.py.

Modules: app (entry point `main(paths, screenshot)`), window (MainWindow: wires the widgets to
the Qt-free sidebyside.session.Session and subscribes to its events), menus (actions, menus,
toolbars), pairview (two panes and the link map: painting, clicks, synchronized scrolling),
navigation (next/previous, positions kept per pair in the session), pairbar (which two of a set
side by side), coverageview (outlet columns of a set of three or more), recent, theme, pane
(ArticlePane) and articleview (its read-only body), linkmap (ribbons between panes), sidepanel
(Quotes/Framing/Notes tabs), worker (runs the session's pending Work off the GUI thread),
document (Article -> QTextDocument), offsets (str <-> UTF-16), formats (how to paint), scrollsync
(piecewise-linear scroll mapping), pdf (prints the report's HTML), report_export.

Hooks for the notes panel (ui/notes_*.py):

- ``MainWindow.notes_tab`` -- the QWidget placeholder of the side panel's Notes tab; fill its
  layout, or call ``MainWindow.side.replace_notes_tab(widget)`` to put your own widget there.
- ``MainWindow.pane(index) -> ArticlePane`` (0 is A, 1 is B) and
  ``MainWindow.current_articles() -> (Article | None, Article | None)``.
- ``MainWindow.comparison_ready`` -- Signal(object), emitted with the Comparison once painted
  (again whenever another pair of a set goes side by side).
- ``MainWindow.session`` -- the Session: ``session.events.pair`` / ``opened`` / ``coverage`` for
  what is open, ``session.pair`` for the indexes of the two shown.
- ``MainWindow.add_note_action`` -- QAction (Ctrl+Alt+N, also in each pane's context menu),
  disabled until the notes code enables it and connects ``triggered``.
- ``MainWindow.current_pane`` -- index of the pane that last had focus or a click.
- ``ArticlePane.selection_span() -> (start, end) | None`` -- selection as Article.text offsets.
- ``ArticlePane.scroll_to_span(start, end)`` and ``ArticlePane.select_span(start, end)``.
- ``ArticlePane.set_note_spans([(start, end, tooltip), ...])`` -- paints the "note" kind
  (toggled with the other kinds); call it again with the full list whenever notes change.
- ``ArticlePane.flash(start, end, QColor)`` -- brief highlight on arrival.

All offsets are Python str offsets into Article.text; ui/offsets.py converts to Qt's UTF-16.
"""
