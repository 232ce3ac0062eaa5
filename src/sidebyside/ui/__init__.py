"""The PySide6 desktop app. Qt is imported only inside this package, through ui/qt.py.

Modules: app (entry point `main(paths, screenshot, size, theme)`), desktop (before Qt starts:
the platform, missing system libraries), window (MainWindow: wires the widgets to the Qt-free
sidebyside.session.Session and subscribes to its events), menus (actions, menus, toolbars),
pairview (two panes, the link map and the notice above them: painting, arriving at a match,
synchronized scrolling), navigation (next/previous and the counter, following every arrival),
pairbar (which two of a set side by side), coverageview (outlet columns of three or more),
recent (Open Recent, the last set, the last folder), theme (the one settings file, light and
dark), pane (ArticlePane: header, warnings, body, overview strip, find) and articleview (its
read-only body), spanpaint (outlines and lines over the text), overview (the strip beside the
scrollbar), linkmap (ribbons between panes), sidepanel (Quotes/Framing/Notes tabs over one
details box), relatedness_notice, helpdialogs (tour, shortcuts, about), worker (runs the
session's pending Work off the GUI thread), document (Article -> QTextDocument in segments),
offsets (str <-> UTF-16), paths (file names as showable text), formats (how each kind is
painted), scrollsync (piecewise-linear scroll mapping), notes_* (the Notes tab, scoped undo),
pdf (prints the report's HTML), report_export.

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
- ``ArticlePane.flash(start, end, QColor)`` -- brief highlight on arrival;
  ``ArticlePane.go_to(start, end, kind)`` arrives at a span (outline, flash, scroll) and
  ``ArticlePane.current_span()`` is the span last arrived at (Add Note uses it without a selection).

All offsets are Python str offsets into Article.text; ui/offsets.py converts to Qt's UTF-16.
"""
