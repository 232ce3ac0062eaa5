"""The PySide6 desktop app. Qt is imported only inside this package, through ui/qt.py.

Modules: app (entry point `main(paths, screenshot)`), window (MainWindow), pane (ArticlePane) and
articleview (its read-only body),
linkmap (ribbons between panes), sidepanel (Quotes/Framing/Notes tabs), worker (extraction and
comparison off the GUI thread), document (Article -> QTextDocument), offsets (str <-> UTF-16),
highlights/kinds/formats (what to paint and how), scrollsync (piecewise-linear scroll mapping).

Hooks for the notes panel (ui/notes_*.py):

- ``MainWindow.notes_tab`` -- the QWidget placeholder of the side panel's Notes tab; fill its
  layout, or call ``MainWindow.side.replace_notes_tab(widget)`` to put your own widget there.
- ``MainWindow.pane(index) -> ArticlePane`` (0 is A, 1 is B) and
  ``MainWindow.current_articles() -> (Article | None, Article | None)``.
- ``MainWindow.comparison_ready`` -- Signal(object), emitted with the Comparison once painted.
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
