"""One article pane: a header (collapsible), a warnings bar, the read-only body with its overview
strip, a find bar, and a message page for loading and errors."""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from sidebyside.display import display_name, display_path, one_line
from sidebyside.extract.warnings import NO_DATE
from sidebyside.highlights import Highlight
from sidebyside.kinds import kind as kind_of
from sidebyside.kinds import palette
from sidebyside.model import Article
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui import formats as fmt
from sidebyside.ui.article_names import article_name
from sidebyside.ui.articleview import ArticleView, FileDropTarget
from sidebyside.ui.document import CAPTIONS_ANCHOR, PositionMap, build_document, is_rtl
from sidebyside.ui.overview import OverviewStrip
from sidebyside.ui.qt import (
    QAction,
    QColor,
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPointF,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sidebyside.ui.spanpaint import Overlay
from sidebyside.wording import human_date

# Paint order of Qt-drawn kinds: a fill drawn later covers an earlier one where they overlap,
# so the narrower match (a shared quote inside a shared passage) shows whole.
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum width"
SELECTION_ORDER = ("aligned_sentence", "shared_passage", "shared_quote", "quote", "loaded_term")
LINE_FORMS = ("wave", "dashline", "marker")  # kinds drawn under the words, not around or behind them


class ElidedLabel(QLabel):
    """One line, elided when too narrow: a long URL, path or headline must not widen the pane."""

    def __init__(self, mode=Qt.TextElideMode.ElideMiddle):
        super().__init__()
        self._full = ""
        self._auto_tip = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def set_mode(self, mode: Qt.TextElideMode) -> None:
        self._mode = mode
        self._elide()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self._shown(max(40, self.contentsRect().width()))
        super().setText(shown)
        # Cut short, the whole text is a hover away (unless the label has a tip of its own).
        if self.toolTip() in ("", self._auto_tip):
            self._auto_tip = self._full if shown != self._full else ""
            self.setToolTip(self._auto_tip)


    def _shown(self, width: int) -> str:
        return self.fontMetrics().elidedText(self._full, self._mode, width)


OUTLET_NOT_FOUND = "No outlet found in this capture: the article is named by its file"
SOURCE_NAME = re.compile(r"^(?P<url>.+?)  \((?P<name>[^()]+)\)$")  # "URL  (file name)", as set_article writes it


def elided_source(text: str, metrics, width: int) -> str:
    """A source line cut to ``width``: "URL  (file)" keeps the file name in its brackets and cuts
    the URL in its middle (cut as one text, the middle took the "(" and left "…7d03.html.gz)", a
    file name glued to the URL with a stray parenthesis); a name longer than half the line (a
    hash) is cut in its middle too, so the URL keeps half; with no room for both, the name alone."""
    match = SOURCE_NAME.match(text)
    if match is None or metrics.horizontalAdvance(text) <= width:
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    brackets = metrics.horizontalAdvance("  ()")
    name = match["name"]
    if metrics.horizontalAdvance(name) + brackets > width // 2:  # a long name (a hash) leaves the URL half
        name = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width // 2 - brackets)
    tail = f"  ({name})"
    room = width - metrics.horizontalAdvance(tail)
    if room >= metrics.horizontalAdvance("abcdefgh") and name != "…":
        return metrics.elidedText(match["url"], Qt.TextElideMode.ElideMiddle, room) + tail
    return metrics.elidedText(match["name"], Qt.TextElideMode.ElideMiddle, width)


class SourceLabel(ElidedLabel):
    """The capture's URL and file name: the name is kept whole (``elided_source``)."""

    def _shown(self, width: int) -> str:
        return elided_source(self._full, self.fontMetrics(), width)


CUT_NAME_END = 8  # letters a file name cut in its middle keeps at each end, at least, beside the byline


class PartsLabel(ElidedLabel):
    """One line of parts joined by " · " (date, authors, agency, file). Short of room, the middle
    parts give way whole to "…" before any part is cut: the date and the file name stay readable
    rather than run into each other ("Al Ma…tin-erdogan-2023.txt"). A source with a URL ("URL
    (file)") gives its URL up first: who wrote the article is worth more to a reader than an
    address the tooltip holds whole."""

    SEPARATOR = " · "

    def _shown(self, width: int) -> str:
        metrics = self.fontMetrics()
        parts = [p for p in self._full.split(self.SEPARATOR) if p]
        if metrics.horizontalAdvance(self._full) <= width or len(parts) < 2:
            return metrics.elidedText(self._full, self._mode, width)
        kept = self._middle_kept(parts, metrics, width) if len(parts) > 2 else None
        if kept is not None:
            return kept
        head = self.SEPARATOR.join((parts[0], "…", "") if len(parts) > 2 else (parts[0], ""))
        room = width - metrics.horizontalAdvance(head)
        if room >= metrics.horizontalAdvance("abcdefgh"):  # the last part, cut in its own middle
            return head + elided_source(parts[-1], metrics, room)
        return metrics.elidedText(self._full, self._mode, width)

    def _middle_kept(self, parts: list[str], metrics, width: int) -> str | None:
        """Every part but the last whole, and of the last, a "URL  (file)", the file name whole
        with what room is left of the URL (none: the name alone); a name too long for the room
        left (a capture named by its 64-letter hash) cut in its middle, while a readable piece
        of each end fits: the byline is worth more than a hash's middle ("20 Nov 2019 · … ·
        https://ww…-1322369  (dc7c…6.html.gz)" hid the outlet for an address and a hash); None
        when not even that fits or the last part has no URL to give up."""
        match = SOURCE_NAME.match(parts[-1])
        if match is None:
            return None
        head = self.SEPARATOR.join(parts[:-1]) + self.SEPARATOR
        room = width - metrics.horizontalAdvance(head)
        name = match["name"]
        if room < metrics.horizontalAdvance(name):
            if len(name) > 2 * CUT_NAME_END + 1 and room >= metrics.horizontalAdvance(name[:CUT_NAME_END] + "…" + name[-CUT_NAME_END:]):
                return head + metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
            return None
        shown = elided_source(parts[-1], metrics, room)
        return head + (shown if shown.endswith(f"  ({name})") else name)


def meta_line(date: str, authors, credit: str | None) -> str:
    """The header's "date · authors · via agency" line. The agency is said once: a wire story
    whose byline is the agency itself read "The Associated Press · via The Associated Press"."""
    authors = [a for a in authors if a]
    credited = bool(credit) and credit.casefold() not in {a.casefold() for a in authors}
    return " · ".join(x for x in (date, ", ".join(authors), f"via {credit}" if credited else "") if x)


def fewer_authors(text: str, fits) -> str | None:
    """A "date · A, B, C · via X" line that does not fit, with its later authors left out whole
    ("date · A, B and 1 more", then "date · A and 2 more") rather than a name cut in its middle
    ("Martin Un…singer, Damien Leloup"); None when even the first author alone does not fit.
    ``fits``: whether a text fits the label's width."""
    parts = text.split(PartsLabel.SEPARATOR)
    if len(parts) < 2 or parts[1].startswith("via "):
        return None
    names = parts[1].split(", ")
    for kept in range(len(names) - 1, 0, -1):
        parts[1] = f"{', '.join(names[:kept])} and {len(names) - kept} more"
        shown = PartsLabel.SEPARATOR.join(parts)
        if fits(shown):
            return shown
        shorter = PartsLabel.SEPARATOR.join(parts[:2])  # the agency gives way before an author
        if len(parts) > 2 and fits(shorter):
            return shorter
    return None


class BylineLabel(ElidedLabel):
    """The date and authors line: short of room, whole authors give way ("and 2 more", the full
    list a hover away), then the line is cut at its end; the date at its start stays whole."""

    def __init__(self):
        super().__init__(Qt.TextElideMode.ElideRight)

    def _shown(self, width: int) -> str:
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= width:
            return self._full
        shown = fewer_authors(self._full, lambda text: metrics.horizontalAdvance(text) <= width)
        return shown if shown is not None else metrics.elidedText(self._full, self._mode, width)


class MessageLabel(ElidedLabel):
    """A pane's wrapped, centred message. A word wider than the pane (a capture named by a
    64-letter hash has no space to wrap at) is cut in the middle to fit, the whole message a
    hover away: otherwise Qt centres it and clips both its ends."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # it wraps

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()

    def room(self) -> int:
        """The width a long word may take: a line's, less two letters for what shares its line
        (the warning sign before a file name)."""
        return max(40, self.contentsRect().width() - 2 * self.margin()
                   - 2 * self.fontMetrics().averageCharWidth())

    def _shown(self, width: int) -> str:
        metrics, room = self.fontMetrics(), self.room()
        return re.sub(r"\S+", lambda m: m.group() if metrics.horizontalAdvance(m.group()) <= room
                      else metrics.elidedText(m.group(), Qt.TextElideMode.ElideMiddle, room), self._full)


class FittedLabel(ElidedLabel):
    """One line as wide as its words when there is room, elided at the end when not: a long
    outlet name (or a capture's file name while it loads) in a large font must not make the pane,
    and so the window, wider than the screen."""

    def __init__(self):
        super().__init__(Qt.TextElideMode.ElideRight)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _extra(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin() + 2

    def sizeHint(self):  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + self._extra())
        return hint

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(min(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("MMM…") + self._extra()))
        return hint

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.updateGeometry()


def warning_line(warnings) -> str:
    """An article's extraction warnings on one line, the first one first ("⚠ No publication date
    found"); the label elides what does not fit and its tooltip lists them all."""
    first = warnings[0][:1].upper() + warnings[0][1:]
    return "⚠ " + "; ".join([first, *warnings[1:]])


def first_lines(text: str, metrics, width: int, most: int) -> tuple[list[tuple[int, int]], bool]:
    """The text broken at spaces into at most `most` lines of `width` pixels: each line's (start,
    end) in the text, and whether the last one is cut short (to be drawn with "…"). For a label
    that must not grow taller (a long headline in a short window)."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    lines: list[tuple[int, int]] = []
    i = 0
    while i < len(words) and len(lines) < most - 1:
        first = i
        while i + 1 < len(words) and metrics.horizontalAdvance(text[words[first][0]:words[i + 1][1]]) <= width:
            i += 1
        lines.append((words[first][0], words[i][1]))
        i += 1
    if i < len(words):
        rest = text[words[i][0]:words[-1][1]]
        shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if shown == rest:
            lines.append((words[i][0], words[-1][1]))
        else:
            kept = shown[:-1].rstrip()
            if rest.startswith(kept) and kept:
                lines.append((words[i][0], words[i][0] + len(kept)))
            return lines, True
    return lines, False


def marked_html(text: str, lo: int, hi: int, marks, dark: bool) -> str:
    """text[lo:hi] escaped, with the marks (start, end, kind, tip) that fall in it as spans."""
    parts, at = [], lo
    for start, end, kind_id, _tip in marks:
        start, end = max(start, lo), min(end, hi)
        if start < at or start >= end:
            continue
        parts.append(html.escape(text[at:start]))
        parts.append(f"<span style='{heading_mark_style(kind_of(kind_id), dark)}'>{html.escape(text[start:end])}</span>")
        at = end
    parts.append(html.escape(text[at:hi]))
    return "".join(parts)


def _label(name: str, accessible: str, elided: bool = False, message: bool = False, parts: bool = False,
           source: bool = False, byline: bool = False) -> QLabel:
    elided = elided or parts or source or byline
    label = PartsLabel() if parts else SourceLabel() if source else BylineLabel() if byline else \
        ElidedLabel() if elided else MessageLabel() if message else QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # capture text is never interpreted as markup
    label.setWordWrap(not elided)
    if not elided:  # wrap, and never let one long word (a URL in a headline) widen the pane
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


@dataclass
class _KindItems:
    """One kind's painted items sorted by start, to pick those overlapping a range quickly."""

    starts: list[int]
    ends: list[int]
    items: list  # ExtraSelection (Qt-drawn kinds) or Overlay
    longest: int

    def between(self, lo: int, hi: int) -> list:
        first = bisect_left(self.starts, lo - self.longest)
        last = bisect_right(self.starts, hi)
        return [self.items[i] for i in range(first, last) if self.ends[i] >= lo]


def heading_mark_style(k, dark: bool) -> str:
    """A headline mark drawn as its kind is in the text, as far as a label's rich text can: a kind
    the text underlines (a loaded word's wave, a quote's dashes) by a line of its colour and no
    fill, so a loaded word of the headline does not look like a label contrast beside it."""
    line = f"text-decoration:underline;text-decoration-color:{fmt.ink(k, dark).name()};"
    if k.form in LINE_FORMS:
        return line
    return f"background-color:{fmt.background(k, dark).name()};" + line


class PaneHeader(QFrame):
    """The outlet, the headline, date and authors, the standfirst and the source. Collapsed, it
    keeps one line (outlet and headline) so the text gets the height. Expanded where room is short
    (it would take more than settings.header_share of the pane), it is compact: the headline on two
    lines (as many more as the share allows, so a headline that fits is whole; the whole of it in
    the tooltip), the standfirst folded behind the toggle, date and file name on one line; in full
    again when the pane grows or the reader unfolds it."""

    toggled = Signal(bool)  # expanded

    def __init__(self, index: int, settings: UiSettings = DEFAULT.ui):
        super().__init__(objectName="paneHeader")
        self.settings = settings
        self.short_of_room = False  # the full header would take too much of the pane
        self.unfolded = False  # the reader asked for the details although room is short
        self._pane_height = 0
        self._title_marks: list[tuple[int, int, str, str]] = []
        self._dark = False
        self.outlet_label = FittedLabel()
        self.outlet_label.setObjectName("outlet")
        self.outlet_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outlet_label.setAccessibleName("Outlet")
        self.outlet_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caps = self.outlet_label.font()
        caps.setCapitalization(QFont.Capitalization.AllUppercase)  # shown in capitals, read as written
        self.outlet_label.setFont(caps)
        self.meta_label = _label("meta", "Date and authors", byline=True)
        self.toggle = QToolButton(objectName="headerToggle", autoRaise=True)
        self.toggle.setAccessibleName(f"Show or hide the details of article {'AB'[index]}")
        self.toggle.clicked.connect(self._toggle_clicked)
        self.title_label = _label("headline", "Headline")
        self.short_title = _label("shortHeadline", "Headline, two lines")
        self.short_title.setWordWrap(False)  # broken by first_lines, so it never takes a third line
        # The date at its start and the file name at its end stay in view, the parts between give way.
        self.meta_source = _label("metaSource", "Date, authors and capture file", parts=True)
        self.compact_title = _label("compactHeadline", "Headline, one line", elided=True)
        self.compact_title._mode = Qt.TextElideMode.ElideRight
        self.lead_label = _label("lead", "Standfirst")
        self.source_label = _label("source", "Capture file or URL", source=True)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.outlet_label)
        top.addWidget(self.compact_title, 1)
        top.addStretch(0)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        for w in (self.title_label, self.short_title, self.meta_label, self.meta_source, self.lead_label,
                  self.source_label):
            layout.addWidget(w)
        self.expanded = True
        self._texts: dict[QLabel, str] = {}
        self.set_expanded(True)

    def set_outlet_found(self, found: bool, read: bool = True) -> None:
        """An outlet the capture names is shown in capitals; a file's name standing in for one
        is shown as written ("22_1ECBPLUS" read as an outlet's name), with a tooltip saying so
        once the capture is ``read`` (while it loads or when it failed, the name whole)."""
        font = self.outlet_label.font()
        font.setCapitalization(QFont.Capitalization.AllUppercase if found else QFont.Capitalization.MixedCase)
        self.outlet_label.setFont(font)
        self.outlet_label.setToolTip("" if found or not read else OUTLET_NOT_FOUND)

    def set_texts(self, outlet: str, title: str, meta: str, lead: str, source: str) -> None:
        self._title_marks = []
        self._texts = {self.outlet_label: outlet, self.title_label: title, self.compact_title: title,
                       self.meta_label: meta, self.lead_label: lead, self.source_label: source}
        for label, text in self._texts.items():
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(text)
        self.meta_source.setText(" · ".join(t for t in (meta, source) if t))
        self._show()
        self.fit_room()

    @property
    def compact(self) -> bool:
        """Expanded, but with the details folded for want of room."""
        return self.expanded and self.short_of_room and not self.unfolded

    def fit_room(self, pane_height: int | None = None) -> None:
        """Compact or in full for the pane's height (and the header's width and font)."""
        if pane_height is not None:
            self._pane_height = pane_height
        short = self._pane_height > 0 and self.full_height() > self.settings.header_share * self._pane_height
        if short != self.short_of_room:
            self.short_of_room = short
            if not short:
                self.unfolded = False
            self._show()
        elif self.compact:
            self._fill_short_title()

    def full_height(self) -> int:
        """The height the expanded header takes in full at its width (shown or not)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = max(40, self.width() - margins.left() - margins.right())
        rows = [max(self.outlet_label.sizeHint().height(), self.toggle.sizeHint().height())]
        for label in (self.title_label, self.meta_label, self.lead_label, self.source_label):
            if self._texts.get(label, ""):
                label.ensurePolished()
                rows.append(label.heightForWidth(width) if label.wordWrap() else label.sizeHint().height())
        return margins.top() + margins.bottom() + sum(rows) + layout.spacing() * (len(rows) - 1)

    def _fill_short_title(self) -> None:
        """The headline on its first lines, its marks kept; cut short, the whole of it in the tooltip."""
        margins = self.layout().contentsMargins()
        width = max(40, self.width() - margins.left() - margins.right() - 4)
        self.short_title.ensurePolished()
        title = self._texts.get(self.title_label, "")
        lines, cut = first_lines(title, self.short_title.fontMetrics(), width, self._headline_room())
        marks = [m for m in self._title_marks if m[1] <= len(title)]
        self.short_title.setTextFormat(Qt.TextFormat.RichText)
        self.short_title.setText("<br>".join(marked_html(title, lo, hi, marks, self._dark) for lo, hi in lines)
                                 + ("…" if cut else ""))
        tips = [html.escape(title)] if cut else []
        if marks:
            tips.append(self._mark_tips(marks))
        self.short_title.setToolTip("<br>".join(tips))

    def _headline_room(self) -> int:
        """Lines the compact headline may take: as many as keep the compact header (its top row,
        the headline, the date line) within its share of the pane, so that a headline that fits
        is shown whole; at least settings.headline_lines."""
        least = self.settings.headline_lines
        if self._pane_height <= 0:
            return least
        layout = self.layout()
        margins = layout.contentsMargins()
        top = max(self.outlet_label.sizeHint().height(), self.toggle.sizeHint().height())
        self.meta_source.ensurePolished()
        fixed = margins.top() + margins.bottom() + top + self.meta_source.sizeHint().height() + 2 * layout.spacing()
        line = max(1, self.short_title.fontMetrics().lineSpacing())
        return max(least, int((self.settings.header_share * self._pane_height - fixed) // line))

    def _toggle_clicked(self) -> None:
        """Collapsed: expand. Compact: unfold the details. In full for want of room: fold them
        again. In full with room: collapse to one line."""
        if not self.expanded:
            self.set_expanded(True, emit=True)
        elif self.short_of_room:
            self.unfolded = not self.unfolded
            self.set_expanded(True)
        else:
            self.set_expanded(False, emit=True)

    def set_marks(self, marks: list[tuple[str, int, int, str, str]], dark: bool) -> None:
        """Highlights in the headline and the standfirst: (field "title" or "lead", start, end,
        kind, tip). The text is escaped; only our own spans are markup."""
        self._dark = dark
        for label, field in ((self.title_label, "title"), (self.lead_label, "lead")):
            text = self._texts.get(label, "")
            mine = sorted((s, e, k, tip) for f, s, e, k, tip in marks if f == field and 0 <= s < e <= len(text))
            if field == "title":
                self._title_marks = mine
            if not mine:
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(text)
                label.setToolTip("")
                continue
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(marked_html(text, 0, len(text), mine, dark))
            label.setToolTip(self._mark_tips(mine))
        if self.compact:
            self._fill_short_title()

    @staticmethod
    def _mark_tips(marks) -> str:
        return "<br>".join(html.escape(t) for t in dict.fromkeys(tip for *_, tip in marks))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """Folded to one line, the outlet takes at most a third of it: the headline beside it keeps
        some words instead of a letter and a dot."""
        super().resizeEvent(event)
        share = event.size().width() // 3 if not self.expanded else QWIDGETSIZE_MAX
        if self.outlet_label.maximumWidth() != share:
            self.outlet_label.setMaximumWidth(share)
        if event.size().width() != event.oldSize().width():
            self.fit_room()

    def set_expanded(self, expanded: bool, emit: bool = False) -> None:
        self.expanded = expanded
        if not expanded:
            self.unfolded = False
        self.outlet_label.setMaximumWidth(QWIDGETSIZE_MAX if expanded else max(1, self.width() // 3))
        self._show()
        if emit:
            self.toggled.emit(expanded)

    def _show(self) -> None:
        shown = {self.outlet_label, self.toggle}
        texts = dict(self._texts)
        if self.compact:
            shown |= {self.short_title, self.meta_source}
            texts[self.short_title] = texts.get(self.title_label, "")
            texts[self.meta_source] = self.meta_source.full_text()
            self._fill_short_title()
            self.toggle.setText("▾")
            self.toggle.setToolTip("Show the whole headline and the standfirst")
        elif self.expanded:
            shown |= {self.meta_label, self.title_label, self.lead_label, self.source_label}
            self.toggle.setText("▴")
            self.toggle.setToolTip("Fold the standfirst" if self.short_of_room else "Fewer details (one line)")
        else:
            shown |= {self.compact_title}
            self.toggle.setText("▾")
            self.toggle.setToolTip("Show the headline, standfirst and source")
        for w in (self.outlet_label, self.meta_label, self.compact_title, self.title_label, self.lead_label,
                  self.source_label, self.short_title, self.meta_source):
            w.setVisible(w in shown and bool(texts.get(w, "")))
        self.toggle.setVisible(True)


class ArticlePane(FileDropTarget, QWidget):
    """Shows one Article. Offsets in and out are Python str offsets into Article.text."""

    span_clicked = Signal(int, int)  # pane index, text offset
    files_dropped = Signal(int, list)  # pane index, paths
    header_toggled = Signal(bool)  # the user expanded (True) or collapsed the header

    def __init__(self, index: int, parent=None, settings: UiSettings = DEFAULT.ui):
        super().__init__(parent)
        self.index = index
        self.settings = settings
        self.unpainted: dict[str, int] = {}  # highlights of a kind beyond settings.painted_per_kind
        self.article: Article | None = None
        self.positions: PositionMap | None = None
        self.path: str | None = None
        self._highlights: list[Highlight] = []
        self._by_kind: dict[str, _KindItems] = {}
        self._visible: set[str] = set()
        self._formats: dict[str, QTextCharFormat] = {}
        self._dark = False
        self._current: tuple[int, int, QColor] | None = None
        self._flash: tuple[int, int, QColor] | None = None
        self._flash_timer = QTimer(self, singleShot=True, interval=settings.flash_ms)
        self._flash_timer.timeout.connect(self._end_flash)
        self._find_hits: list = []
        self._differs: list[tuple[int, int, str, str]] = []  # (start, end, tip, kind of its match)
        self._zoom = 0
        self._document: QTextDocument | None = None
        self._window: tuple[int, int] | None = None
        self._show_all_captions = False
        self.setObjectName(f"pane{index}")
        self.setAccessibleName(f"Article {'AB'[index]}")
        self.setAcceptDrops(True)

        self.header = PaneHeader(index, settings)
        self.header.toggled.connect(self.header_toggled)
        # Kept as attributes of the pane: the notes code and the tests read them here.
        self.outlet_label = self.header.outlet_label
        self.title_label = self.header.title_label
        self.meta_label = self.header.meta_label
        self.source_label = self.header.source_label
        self.lead_label = self.header.lead_label

        # One line whatever the width (two lines per pane of "Extraction warnings: no publication
        # date found" took a small window's text); every warning in full in its tooltip.
        self.banner = _label("warningBanner", "Extraction warnings", elided=True)
        self.banner.set_mode(Qt.TextElideMode.ElideRight)
        self.banner.hide()

        self.view = ArticleView()
        self.view.setAccessibleName(f"Text of article {'AB'[index]}")
        self.view.clicked.connect(self._on_click)
        self.view.anchor_clicked.connect(self._on_anchor)
        self.view.files_dropped.connect(lambda files: self.files_dropped.emit(self.index, files))
        self.view.tooltip_for = self._tooltip
        self.view.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._on_scroll())
        self.overview = OverviewStrip(self)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.overview)

        self.message = _label("paneMessage", f"Status of article {'AB'[index]}", message=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(body)
        self._body = body

        self.find_bar = QWidget(objectName="findBar")
        fl = QHBoxLayout(self.find_bar)
        fl.setContentsMargins(6, 2, 6, 2)
        self.find_edit = QLineEdit(placeholderText="Find in this article")
        self.find_edit.setAccessibleName(f"Find in article {'AB'[index]}")
        self.find_edit.textChanged.connect(self._find_all)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_count = QLabel()
        close = QToolButton(text="✕", autoRaise=True)
        close.setAccessibleName("Close find bar")
        close.setToolTip("Close the find bar (Esc)")
        self.find_close = close
        close.clicked.connect(self.close_find)
        fl.addWidget(self.find_edit, 1)
        fl.addWidget(self.find_count)
        fl.addWidget(close)
        self.find_bar.hide()
        for keys, slot in (([QKeySequence(Qt.Key.Key_Escape)], self.close_find),
                           (QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext), self.find_next),
                           (QKeySequence.keyBindings(QKeySequence.StandardKey.FindPrevious),
                            lambda: self.find_next(backward=True))):
            action = QAction(self.find_bar)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.find_bar.addAction(action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self.show_message("No capture open.\nDrop a capture file here, or use File ▸ Open.")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.header.fit_room(event.size().height())

    def changeEvent(self, event) -> None:  # noqa: N802
        """A new font or style sheet changes the header's height: fit it once the change is laid out."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self.header.fit_room)

    # ------------------------------------------------------------------ content

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.stack.setCurrentWidget(self.message)

    def show_loading(self, path: str) -> None:
        self.path = path
        self.article = None
        self.positions = None
        self.header.set_outlet_found(False, read=False)
        self.header.set_texts(display_name(path), "Loading…", "", "", display_path(path))
        self.banner.hide()
        self.show_message(f"Reading {display_name(path)}…")

    def show_error(self, path: str, message: str) -> None:
        self.path = path
        self.article = None
        self.positions = None
        self._highlights = []
        self.header.set_outlet_found(False, read=False)
        self.header.set_texts(display_name(path), "Could not open this capture", "", "", display_path(path))
        self.banner.hide()
        self.show_message(f"⚠ {display_name(path)}\n\n{one_line(message)}", error=True)

    def set_article(self, article: Article) -> None:
        self.article = article
        self.path = article.source.path
        # no date is said where a reader looks for the date, in the warning's words, and once:
        # not again in the warnings bar
        meta = meta_line(human_date(article.published) or NO_DATE, article.authors or (), article.source_credit)
        name = display_name(article.source.path or "")
        source = f"{article.source.url}  ({name})" if article.source.url and name else article.source.url or name
        # the URL whole too, a hover away: the line cuts it in its middle
        self.source_label.setToolTip("\n".join(x for x in (one_line(article.source.url or ""),
                                                           display_path(article.source.path or "")) if x))
        rtl = is_rtl((article.title or "") + article.text[:200], article.language)
        self.header.set_outlet_found(bool(article.outlet))
        self.header.set_texts(article_name(article, self.index), article.title or "(no headline found)",
                              meta, article.lead or "", source)
        self.lead_label.setProperty("rtl", rtl)  # no italics for right-to-left script (style.qss)
        self.lead_label.style().unpolish(self.lead_label)
        self.lead_label.style().polish(self.lead_label)
        self.header.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        warnings = [w for w in article.warnings if w != NO_DATE]
        if warnings:
            self.banner.setText(warning_line(warnings))
            self.banner.setToolTip("Extraction warnings:\n" + "\n".join(f"• {w}" for w in warnings))
            self.banner.show()
        else:
            self.banner.hide()
        self._show_all_captions = False
        self._build_document()
        self._highlights = []
        self._by_kind = {}
        self._current = self._flash = None
        self._find_hits = []
        self._differs = []
        self.view.setExtraSelections([])
        self.view.overlays = []
        self.stack.setCurrentWidget(self._body)
        self.overview.set_marks([])
        if not article.text.strip():  # a blank white pane would look like a failure to draw
            self.show_message(f"No article text found in {display_name(article.source.path or '') or 'this capture'}."
                              "\n\nIt may be a home, section or index page rather than an article.")

    def _build_document(self) -> None:
        doc, self.positions = build_document(self.article, self.view.font(), all_captions=self._show_all_captions,
                                             dark=self._dark)
        doc.setParent(self.view)
        old = self._document  # ours to delete; Qt deletes the view's initial document itself
        self.view.setDocument(doc)
        self._document = doc
        if old is not None:
            old.deleteLater()

    def _on_anchor(self, href: str) -> None:
        if href == CAPTIONS_ANCHOR and self.article is not None:
            bar = self.view.verticalScrollBar()
            value = bar.value()
            self._show_all_captions = not self._show_all_captions
            self._build_document()
            bar.setValue(value)
            self._rebuild_selections(None)

    @property
    def truncated(self) -> bool:
        """Only the beginning of a very long article is laid out (see ui/document.py)."""
        return self.positions is not None and self.positions.painted_end < len(self.positions.article.text)

    # ------------------------------------------------------------------ highlights

    def set_formats(self, formats: dict[str, QTextCharFormat], dark: bool = False) -> None:
        changed = dark != self._dark
        self._formats = formats
        self._dark = dark
        if changed and self.article is not None:  # captions and links take the theme's colours
            value = self.view.verticalScrollBar().value()
            self._build_document()
            self.view.verticalScrollBar().setValue(value)
        self._rebuild_selections(None)

    def set_highlights(self, highlights: list[Highlight], visible: set[str]) -> None:
        notes = [h for h in self._highlights if h.kind == "note"]
        self._highlights = [h for h in highlights if h.kind != "note"] + notes
        self._visible = set(visible)
        self._current = self._flash = None
        self._rebuild_selections(None)

    def set_note_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Paint the notes' spans (NOTES HOOK): (start, end, tooltip) in Article.text offsets."""
        self._highlights = [h for h in self._highlights if h.kind != "note"]
        self._highlights += [Highlight("note", s, e, tip or "Note") for s, e, tip in spans]
        self._rebuild_selections({"note"})

    def set_heading_marks(self, marks: list[tuple[str, int, int, str, str]]) -> None:
        """Label contrasts in the headline or standfirst (Mention.field "title" / "lead")."""
        self.header.set_marks(marks, self._dark)

    def set_discrepancies(self, spans: list[tuple[int, int, str, str]]) -> None:
        """Words of a match that the other article states otherwise (a number, a date, a place):
        (start, end, tip, kind of the match); drawn while that kind is shown."""
        self._differs = list(spans)
        self._apply_selections()

    def set_visible_kinds(self, visible: set[str]) -> None:
        self._visible = set(visible)
        self._apply_selections()
        self._update_overview()

    def _rebuild_selections(self, kinds: set[str] | None) -> None:
        """(Re)build the cached items of some kinds (all when None), then apply."""
        if self.positions is None:
            return
        if kinds is None:
            self._by_kind = {}
            kinds = {h.kind for h in self._highlights}
        built: dict[str, list] = {k: [] for k in kinds}
        doc = self.view.document()
        limit = self.positions.painted_end
        cap = self.settings.painted_per_kind
        self.unpainted = {k: n for k, n in self.unpainted.items() if k not in kinds}
        # Inside an edit block QTextCursor.setPosition skips laying out the line to find its
        # x position: building thousands of selections gets several times faster.
        batch = QTextCursor(doc)
        batch.beginEditBlock()
        try:
            for h in self._highlights:
                if h.kind not in kinds or h.start >= limit:
                    continue
                if len(built[h.kind]) >= cap:  # a hostile page: the first ones, the rest counted
                    self.unpainted[h.kind] = self.unpainted.get(h.kind, 0) + 1
                    continue
                start, end = self.positions.to_doc(h.start), self.positions.to_doc(min(h.end, limit))
                form = kind_of(h.kind).form
                if h.kind in self._formats:
                    sel = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(doc)
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    sel.cursor = cursor
                    sel.format = self._formats.get(f"{h.kind}:{h.variant}", self._formats[h.kind])
                    built[h.kind].append((start, end, sel))
                elif form in fmt.OVERLAY_FORMS:
                    built[h.kind].append((start, end, Overlay(start, end, form, fmt.ink(kind_of(h.kind), self._dark))))
        finally:
            batch.endEditBlock()
        for k, items in built.items():
            items.sort(key=lambda t: t[0])
            self._by_kind[k] = _KindItems([t[0] for t in items], [t[1] for t in items], [t[2] for t in items],
                                          max((t[1] - t[0] for t in items), default=0))
        self._apply_selections()
        self._update_overview()

    def _visible_range(self, margin_screens: float) -> tuple[int, int]:
        """Document positions from `margin_screens` viewports above the view to as many below."""
        layout = self.view.document().documentLayout()
        top = self.view.verticalScrollBar().value()
        height = self.viewport_height()
        fuzzy = Qt.HitTestAccuracy.FuzzyHit
        first = layout.hitTest(QPointF(0, max(0.0, top - margin_screens * height)), fuzzy)
        last = layout.hitTest(QPointF(self.view.viewport().width(), top + (1 + margin_screens) * height), fuzzy)
        return max(0, first), (last if last >= 0 else self.view.document().characterCount())

    def _apply_selections(self) -> None:
        """Hand Qt only the items near the view: setExtraSelections and painting cost grow with
        their number, so a long article would make every scroll and toggle slow. The window
        reaches one screen beyond each edge and is moved on scroll."""
        lo, hi = self._visible_range(1.0)
        self._window = (lo, hi)
        sels, overlays = [], []
        for k in SELECTION_ORDER:
            group = self._by_kind.get(k)
            if k in self._visible and group is not None:
                sels.extend(group.between(lo, hi))
        for k, group in self._by_kind.items():
            if k not in SELECTION_ORDER and k in self._visible:
                overlays.extend(item for item in group.between(lo, hi) if isinstance(item, Overlay))
        if self._differs and self.positions is not None:
            colour = QColor(_theme_colour(self._dark, "differs"))
            for start, end, _tip, kind_id in self._differs:
                if kind_id in self._visible:
                    a, b = self.positions.to_doc(start), self.positions.to_doc(end)
                    if b >= lo and a <= hi:
                        overlays.append(Overlay(a, b, "differs", colour))
        flash = []
        if self._flash is not None and self.positions is not None:  # under the text, so it stays readable
            start, end, colour = self._flash
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self.cursor_for(start, end)
            sel.format = QTextCharFormat()
            sel.format.setBackground(colour)
            flash.append(sel)
        if self._current is not None and self.positions is not None:
            start, end, colour = self._current
            overlays.append(Overlay(self.positions.to_doc(start), self.positions.to_doc(end), "current", colour))
        self.view.overlays = overlays
        self.view.setExtraSelections(sels + self._find_hits + flash)
        self.view.viewport().update()

    def _on_scroll(self, _value: int = 0) -> None:
        self.overview.update()
        if self._window is None or not self._by_kind:
            return
        lo, hi = self._visible_range(0.0)
        if lo < self._window[0] or hi > self._window[1]:
            self._apply_selections()

    def highlights(self, kind: str | None = None) -> list[Highlight]:
        return [h for h in self._highlights if kind is None or h.kind == kind]

    def painted(self, kind_id: str) -> list[tuple[int, int]]:
        """Text spans of a kind painted now (near the view, when the kind is shown)."""
        if kind_id not in self._visible or self.positions is None or kind_id not in self._by_kind:
            return []
        lo, hi = self._window or (0, 0)
        group = self._by_kind[kind_id]
        return [(self.positions.to_text(group.starts[i]), self.positions.to_text(group.ends[i]))
                for i, item in enumerate(group.items) if group.ends[i] >= lo and group.starts[i] <= hi]

    def _update_overview(self) -> None:
        """Marks for the overview strip: where each shown match kind lies in the whole text."""
        if self.positions is None:
            self.overview.set_marks([])
            return
        marks = []
        for k in SELECTION_ORDER[:3] + ("note",):
            group = self._by_kind.get(k)
            if group is not None and k in self._visible:
                colour = fmt.ink(kind_of(k), self._dark)
                marks += [(group.starts[i], group.ends[i], colour) for i in range(len(group.starts))]
        self.overview.set_marks(marks)

    def _tooltip(self, doc_pos: int) -> str:
        if self.positions is None:
            return ""
        offset = self.positions.to_text(doc_pos)
        tips = []
        for h in self._highlights:
            if h.kind in self._visible and h.start <= offset < h.end and h.tip and h.tip not in tips:
                tips.append(h.tip)
        tips += [tip for start, end, tip, kind_id in self._differs
                 if kind_id in self._visible and start <= offset < end]
        return "<br>".join(html.escape(t) for t in tips)

    def _on_click(self, doc_pos: int) -> None:
        if self.positions is not None:
            self.span_clicked.emit(self.index, self.positions.to_text(doc_pos))

    # ------------------------------------------------------------------ geometry and selection

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.positions.to_doc(start))
        cursor.setPosition(self.positions.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def doc_y(self, offset: int, bottom: bool = False) -> float:
        """Vertical position (document coordinates) of the line holding a text offset."""
        if self.positions is None:
            return 0.0
        doc = self.view.document()
        pos = self.positions.to_doc(offset)
        block = doc.findBlock(pos)
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.bottom() if bottom else rect.top()
        line = layout.lineForTextPosition(min(pos - block.position(), max(0, block.length() - 1)))
        if not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + line.y() + (line.height() if bottom else 0.0)

    def span_y(self, start: int, end: int) -> tuple[float, float]:
        """Top and bottom of a span, in viewport coordinates."""
        offset = self.view.verticalScrollBar().value()
        top = self.doc_y(start) - offset
        bottom = self.doc_y(max(start, end - 1), bottom=True) - offset
        return top, max(bottom, top + 2)

    def viewport_height(self) -> int:
        return self.view.viewport().height()

    def document_height(self) -> float:
        """The text's height as far as Qt has laid it out (it lays out a long text as it is
        shown; asking the document for its size would lay it all out at once)."""
        return float(self.view.verticalScrollBar().maximum() + self.viewport_height())

    def scroll_to_span(self, start: int, end: int) -> None:
        """Scroll so the span sits a third of the way down the view (NOTES HOOK)."""
        if self.positions is None:
            return
        bar = self.view.verticalScrollBar()
        top = self.doc_y(start)
        bottom = self.doc_y(max(start, end - 1), bottom=True)
        height = self.viewport_height()
        if bottom - top > height * 0.66:
            target = top - 20
        else:
            target = top - height / 3
        bar.setValue(int(max(bar.minimum(), min(bar.maximum(), target))))

    def select_span(self, start: int, end: int, scroll: bool = True) -> None:
        if self.positions is None:
            return
        self.view.setTextCursor(self.cursor_for(start, end))
        if scroll:
            self.scroll_to_span(start, end)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as Article.text offsets, or None (NOTES HOOK)."""
        cursor = self.view.textCursor()
        if self.positions is None or not cursor.hasSelection():
            return None
        start = self.positions.to_text(cursor.selectionStart())
        end = self.positions.to_text(cursor.selectionEnd())
        return (start, end) if end > start else None

    def go_to(self, start: int, end: int, kind_id: str | None = None, scroll: bool = True) -> None:
        """Arrive at a span: scroll to it, outline it as the current match in its kind's colour,
        and flash it. The text is not selected (a selection would hide the highlight); the
        cursor moves to its start, without a selection, so the keyboard continues from there."""
        if self.positions is None:
            return
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.positions.to_doc(start))
        self.view.setTextCursor(cursor)
        if scroll:
            self.scroll_to_span(start, end)
        k = _known_kind(kind_id)
        current = fmt.ink(k, self._dark) if k else QColor(_theme_colour(self._dark, "current"))
        self._current = (start, end, current)
        self.flash(start, end, QColor(k.colour) if k else current)

    def current_span(self) -> tuple[int, int] | None:
        """The match last arrived at (its outline), or None."""
        return (self._current[0], self._current[1]) if self._current else None

    def clear_current(self) -> None:
        self._current = None
        self._apply_selections()

    def flash(self, start: int, end: int, colour: QColor) -> None:
        """A brief strong tint on arrival, so the eye finds the target (NOTES HOOK)."""
        if self.positions is None:
            return
        alpha = palette()["themes"]["dark" if self._dark else "light"]["flash_alpha"]
        base = self.view.palette().base().color()
        self._flash = (start, end, fmt.blend(QColor(colour), base, alpha))
        self._apply_selections()
        self._flash_timer.start()

    def _end_flash(self) -> None:
        self._flash = None
        self._apply_selections()

    @property
    def flashing(self) -> bool:
        return self._flash is not None

    # ------------------------------------------------------------------ zoom and find

    @property
    def zoom_steps(self) -> int:
        return self._zoom

    def zoom(self, steps: int) -> None:
        if steps == 0:
            self.view.zoomOut(self._zoom)
            self._zoom = 0
        else:
            self.view.zoomIn(steps)
            self._zoom += steps

    def open_find(self) -> None:
        if self.positions is None:
            return
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._find_hits = []
        self._apply_selections()
        self.view.setFocus()

    def _find_all(self, text: str) -> None:
        self._find_hits = []
        doc = self.view.document()
        if text:
            found = QTextCharFormat()
            found.setBackground(QColor("#FFE55C"))
            found.setForeground(QColor("#000000"))
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(self._find_hits) < 5000:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = found
                self._find_hits.append(sel)
                cursor = doc.find(text, cursor)
        self.find_count.setText(f"{len(self._find_hits)} found" if text else "")
        self._apply_selections()
        if self._find_hits:
            self.view.setTextCursor(QTextCursor(self._find_hits[0].cursor))
            self.view.ensureCursorVisible()

    def find_next(self, backward: bool = False) -> bool:
        text = self.find_edit.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.view.find(text, flags)
        if not found:  # wrap around
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.view.setTextCursor(cursor)
            found = self.view.find(text, flags)
        return found

    # ------------------------------------------------------------------ drops on the header/error page

    def take_dropped_files(self, files: list[str]) -> None:
        self.files_dropped.emit(self.index, files)


def _known_kind(kind_id: str | None):
    try:
        return kind_of(kind_id) if kind_id else None
    except KeyError:  # not a highlight kind (a source, an entity only one names): the neutral outline
        return None


def _theme_colour(dark: bool, name: str) -> str:
    return palette()["themes"]["dark" if dark else "light"][name]
