"""Side panel: Quotes, Framing and Notes tabs over one details box, headed in a set of three or
more (while the coverage fills the stage) by the choice of the pair they compare. Choosing an entry takes both
articles to it and explains it in the box; the box follows whatever was chosen last (an entry
here, a highlight or a ribbon in the text)."""

from __future__ import annotations

import html
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from sidebyside.compare.loaded import category_help
from sidebyside.compare.text import fold
from sidebyside.highlights import likeness
from sidebyside.labelpaint import WordIndex, differing, telling_contrasts, word_indexes
from sidebyside.model import Comparison, Diff, LabelCount, Mention
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.article_names import article_names
from sidebyside.ui.foldinghelp import FoldingHelp
from sidebyside.ui.pairbar import PairBar
from sidebyside.ui.relatedness_notice import suppressed_kinds
from sidebyside.ui.qt import (
    QEvent,
    QFontMetrics,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSize,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextLayout,
    QTextOption,
    Qt,
    QTabWidget,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from sidebyside.wording import NO_SPEAKER, NO_SPEAKER_CELL, clipped, count, loaded_how, most_often_first

SPANS_ROLE = Qt.ItemDataRole.UserRole  # list of (pane, start, end) an entry jumps to
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1  # rich text for the details box
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the highlight kind the entry is painted as
ALL_SPANS_ROLE = Qt.ItemDataRole.UserRole + 3  # every (pane, start, end) of a label, visited in turn
TAB_TIPS = ("Quotes: every quotation in each article, with its speaker",
            "Framing: how each outlet names, weighs and sources the story",
            "Notes: your own notes on either article")
PAIR_CAPTION = "Quotes and Framing compare:"
PAIR_TIP = "Two outlets of the set, chosen here or above the articles; the Coverage tab shows the whole set."
DETAILS_HINT = ("Click a highlight in the text, a ribbon between the articles, or an entry above: "
                "both articles go there, and this box says what it is.")
FRAMING_HELP = ("How each outlet frames the story, in its own words. Each entry says which article "
                "(A or B) and how much; click one to see it in the text and read about it below.")
SPEAKER_NOT_FOUND = NO_SPEAKER_CELL  # the Speaker column of a quotation whose speaker was not found
QUOTES_HELP = ("Every quotation in each article with its speaker. ⇄ marks a quote both articles carry; "
               "⇄≠ one they credit to different people.")
SECTION_HELP = {
    "labels": "<b>How each names the same one.</b> A person, place or group both articles mention, named "
              "differently: a title, a description, a label (\"regime\", \"militants\"). Telling differences "
              "come first.",
    "distinctive": "<b>Words that set {side} apart.</b> Words this outlet uses more often than the other, "
                   "everyday words aside (each word is weighed against how often English uses it: the "
                   "method of Monroe, Colaresi and Quinn 2008). <i>How much</i>: how often this article "
                   "uses the word, then how often the other does (“never”: a word the other outlet "
                   "does not use at all, perhaps a choice of words, perhaps a fact it leaves out).",
    "loaded": "<b>Loaded words.</b> Words that carry a judgement or an emotion (\"slammed\", \"regime\", "
              "\"so-called\"). <i>in a quote</i>: the speaker's word, not the outlet's.",
    "sources": "<b>Sources cited by {side}.</b> Whom the outlet quotes or cites, and how often (the most often "
               "first). Comparing the two lists shows whose voice each story carries.",
    "choices": "<b>Word choices.</b> Where both articles tell the same fact, the words one writes where the "
               "other writes others (\"claimed\" / \"said\", \"regime\" / \"government\"): a loaded word on one "
               "side, two labels of one thing, two words for one act. Numbers, dates, names and quoted words are "
               "left out (they are facts, or the speaker's). Click one to see both places.",
    "facts": "<b>Same fact, other words.</b> A sentence of each article telling the same fact in its own words "
             "(a ribbon joins them). ≠: a number, date or place stated differently, listed first: check which "
             "is right, or whether the two count different things. <i>How much</i>: how similar their wording is "
             "(one fact in other words: a low share is usual). A shared passage (the same words in both) "
             "whose numbers, dates or places differ is listed here too, with the ≠ facts.",
    "only": "<b>Only in {side}.</b> People, places, groups and events only this outlet names, the most often "
            "named first: what the other leaves out.",
}
# A word choice's kind (WordChoice.kind), in a reader's words.
WORD_CHOICE_KINDS = {"loaded": "loaded word", "reporting verb": "how it was said", "contested label": "contested label",
                     "label": "label of one referent", "synonym": "another word for it"}
# What the panel says under a number, date or place two outlets state differently (as the ribbon's box).
CHECK_DIFFERENCE = ("Check that both count the same thing, of the same people, place and time: two outlets "
                    "may give a total and a part, or numbers of two different days.")
# What an empty section or list says, so that nothing found reads as an answer, not a fault.
EMPTY_TEXT = {
    # (claims no more than was searched: a pair may share no names at all, or name one person
    # differently in a way the analysis misses)
    "labels": "No label contrasts found: no one both articles mention was found named differently.",
    "distinctive": "No words set {side} apart.",
    "loaded": "No loaded words found in either article.",
    "sources": "No sources found in {side}.",
    "only": "Nothing is named only in {side}.",
    "facts": "No fact found that both tell in other words.",
    "choices": "No word choices found in the facts both tell in other words.",
    "facts_held": "Not listed: the two articles do not seem to report the same event (see the notice above them).",
    # (distinctive terms are the words one outlet chooses for a story both tell: between two
    # stories, or two that may be, they are each story's topic words)
    "distinctive_held": "Not listed: the two articles may not report the same event, and words that set one "
                        "apart are read between two reports of one event.",
    "quotes": "No quotations found in this article.",
}
EMPTY_ROLE = Qt.ItemDataRole.UserRole + 4  # on a section: what it says when it has no entries


# How an article names a referent (LabelCount.form), in a reader's words. "name" is any proper
# name, not a claim that it is the whole one ("Obama" alone, "Joe" of "Joe and Hunter Biden").
FORM_WORDS = {"name": "name", "short": "short name", "title": "name with title", "role": "role",
              "description": "description", "metonym": "place for its people", "alias": "other name"}


@dataclass(frozen=True)
class NamingRow:
    """One label an article gives a referent: as written, how often, where, and whether the other
    article uses it too."""

    label: str
    count: int
    form: str
    mentions: tuple[Mention, ...]  # its body mentions, in reading order
    shared: bool


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def naming_rows(mentions, labels, also_used) -> list[NamingRow]:
    """The labels of one side of a contrast, those the other outlet never uses first (the telling
    ones, the ones painted in the text), each in the engine's order (most frequent first).
    ``labels`` are the engine's LabelCounts (counted from ``mentions`` when it gives none);
    ``also_used(label)`` says whether the other outlet uses a label too."""
    body = [m for m in mentions if m.field == "text"]
    if not labels:
        counts = Counter(_folded(m.text) for m in mentions)
        spelling = {}
        for m in mentions:
            spelling.setdefault(_folded(m.text), m.text)
        labels = [LabelCount(spelling[key], n, "") for key, n in counts.most_common()]
    rows = [NamingRow(lab.label, lab.count, lab.form,
                      tuple(m for m in body if _folded(m.text) == _folded(lab.label)),
                      also_used(lab.label)) for lab in labels]
    return sorted(rows, key=lambda r: r.shared)


def heading_place(headings, label: str) -> str:
    """Where a label no body mention carries is written: "in the headline" (shown above the
    text, always in view) or "in the standfirst"."""
    fields = {m.field for m in headings if _folded(m.text) == _folded(label)}
    if "title" in fields:
        return "in the headline"
    return "in the standfirst" if fields else "not in the body"


def unspoken(quote) -> str:
    """Why a quotation has no speaker, in words: a word or three in quote marks that no one is
    said to have said is the outlet keeping its distance (a scare quote), not a missed speaker."""
    if quote.kind == "fragment":
        return "words in quote marks that no one is said to have said: the outlet keeps its distance from them"
    return NO_SPEAKER


SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+|\n")


def sentence_from(text: str, start: int, end: int, at: int) -> str:
    """text[start:end] from the opening of its sentence that holds offset ``at`` (the whole span
    when ``at`` lies outside it)."""
    if not start <= at < end:
        return text[start:end]
    opening = start
    for found in SENTENCE_END.finditer(text, start, at):
        opening = found.end()
    return text[opening:end]


SENTENCE_REACH = 400  # the farthest a name's sentence is looked for on each side, in characters


def in_its_sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], as rich text with those words in bold: a name only
    one outlet gives, or a source, read where the article uses it ("explosion" alone tells a
    reader little; "the explosion of the Nord Stream pipelines" does)."""
    reach = max(0, start - SENTENCE_REACH)
    opening = reach
    for found in SENTENCE_END.finditer(text, reach, start):
        opening = found.end()
    after = SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    closing = after.start() + 1 if after else min(len(text), end + SENTENCE_REACH)
    cut_before = "…" if 0 < opening == reach else ""
    cut_after = "…" if after is None and closing < len(text) else ""
    return (cut_before + html.escape(text[opening:start]) + f"<b>{html.escape(text[start:end])}</b>"
            + html.escape(text[end:closing].rstrip()) + cut_after)


def _overlapping(pairs, start: int, end: int):
    """The counterpart of the shared quote covering most of [start, end), if it covers half.
    ``pairs`` is a list, or a SpanIndex of it (the same answer in logarithmic time)."""
    candidates = pairs.near(start, end) if isinstance(pairs, SpanIndex) else pairs
    best, best_overlap = None, 0
    for (s, e), partner in candidates:
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = partner, overlap
    return best if best_overlap * 2 >= max(1, end - start) else None


class SpanIndex:
    """((start, end), value) pairs sorted by start, to find those overlapping a span quickly
    (a page of a hundred thousand quotes must not take a quadratic scan)."""

    def __init__(self, pairs):
        self.pairs = sorted(pairs, key=lambda p: p[0])
        self.starts = [p[0][0] for p in self.pairs]
        self.longest = max((p[0][1] - p[0][0] for p in self.pairs), default=0)

    def near(self, start: int, end: int):
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_right(self.starts, end)
        return self.pairs[lo:hi]


def diff_html(diffs: tuple[Diff, ...]) -> str:
    """Character-level differences of a near-exact shared quote, as escaped rich text."""
    parts = []
    for d in diffs:
        t = html.escape(d.text)
        if d.op < 0:
            parts.append(f"<span style='background:#f7c6c6;color:#000;text-decoration:line-through'>{t}</span>")
        elif d.op > 0:
            parts.append(f"<span style='background:#c6e8c6;color:#000;text-decoration:underline'>{t}</span>")
        else:
            parts.append(t)
    return "".join(parts)


# How two outlets' labels of one referent differ (LabelContrast.category), in a reader's words.
DIFFERENCE_WORDS = {
    "named by one": "one names it, the other only describes it",
    "description": "they describe it differently",
    "role": "one calls it by its role",
    "title": "they give it different titles, or one gives none",
    "metonymy": "one names a place for its people or government",
    "alias or acronym": "one uses another name or an acronym",
    "spelling": "they spell the name differently",
    "short form": "one uses a shorter form of the name",
    "date": "they give the day differently",
    "same day": "the same day in other words (one counts from the article's date, or adds the hour)",
    "place name": "they name the place differently",
}


def _difference(category: str | None) -> str:
    """How two labels differ, in words. A family ("occupation/presence", "leader/president/
    dictator") is a choice between contested words, and says which: calling each family a
    difference of title told a reader that "occupation" and "presence" were titles."""
    if not category:
        return ""
    if "/" in category:
        return "contested words: " + " / ".join(w.strip() for w in category.split("/"))
    return DIFFERENCE_WORDS.get(category, f"they differ in {category}")


def as_written(term: str, surfaces: list[str]) -> str:
    """A term as its article writes it when it always has a capital ("Howard", a name), else in
    lower case with the article's accents ("données", not the engine's folded "donnees";
    "penalty")."""
    if surfaces and all(x[:1].isupper() for x in surfaces):
        return max(dict.fromkeys(surfaces), key=surfaces.count)
    lowered = [x.casefold() for x in surfaces if fold(x) == term]  # one word's forms, never a span across a line
    return max(dict.fromkeys(lowered), key=lowered.count) if lowered else term


def how_distinctive(score: float, count_: int, other: str, other_count: int | None = None) -> str:
    """A distinctive term's count, then the other article's ("5×, 2× in B"; "2×, never in B"): a
    reader sees at once whether the other outlet avoids the word or only uses it less (it said
    "more than B" of a word B never writes, and of one B writes nearly as often in a shorter
    text). Without the other's count, the score in words (a z-like log-odds), the count first as
    on every row of the list (a narrow column keeps the amount)."""
    times = f"{count_}×"
    if other_count == 0:
        return f"{times}, never in {other}"
    if other_count is not None:
        return f"{times}, {other_count}× in {other}"
    return f"{times}, {_more(score)} than {other}"


def how_much_more(score: float, other: str) -> str:
    """The score in words, for the explanation: "far more often than B"."""
    return f"{_more(score)} often than {other}"


def _more(score: float) -> str:
    """A distinctive term's score (a z-like log-odds) in words."""
    return "far more" if score >= 3.0 else "much more" if score >= 2.0 else "more"


def word_uses(folded_text: str, term: str) -> int:
    """Whole-word uses of a term in a text folded as terms are (compare.text.fold), by plain search (no regex opening with
    assertions over a long text): "ankle", not the letters of "rankle" or "ankles"."""
    term = term.casefold()
    n, at = 0, folded_text.find(term)
    while at >= 0:
        end = at + len(term)
        if not (at and folded_text[at - 1].isalnum()) and not (end < len(folded_text) and folded_text[end].isalnum()):
            n += 1
        at = folded_text.find(term, end)
    return n


def loaded_order(loaded) -> list:
    """(pane, term) for the Loaded words list: the outlets' own words first, then the words
    inside quotations (the speaker's, not the outlet's: the less telling of the outlet's framing);
    each article's in its own order."""
    rows = [(pane, lt) for pane in (0, 1) for lt in loaded[pane]]
    return sorted(rows, key=lambda row: row[1].quoted)  # stable: A before B, text order within


def loaded_groups(loaded) -> list[tuple[int, list]]:
    """(pane, [term, ...]) for the Loaded words list: each word one row per article, category and
    voice ("occupation" twice in A's own words is one row, used 2×, visited in turn; the same word
    inside a quotation is the speaker's, a row of its own), in ``loaded_order``."""
    groups: dict[tuple, tuple[int, list]] = {}
    for pane, lt in loaded_order(loaded):
        key = (pane, _folded(lt.term), lt.category, lt.quoted, lt.score is not None)
        groups.setdefault(key, (pane, []))[1].append(lt)
    return list(groups.values())


COUNTED = re.compile(r" \([^()]*\d[^()]*\)$")  # "Loaded words (18)", "A: outlet (10 quotes)"


def _entry_key(item: QTreeWidgetItem) -> tuple:
    """An entry by its words and its ancestors', counts left out (a refill may change them)."""
    parts = []
    while item is not None:
        parts.append((COUNTED.sub("", item.text(0)), item.text(1)))
        item = item.parent()
    return tuple(reversed(parts))


def _all_items(tree: QTreeWidget):
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


def tree_state(tree: QTreeWidget) -> tuple[dict, tuple | None, int]:
    """What the reader made of a list: which entries are open, the entry chosen, the scroll."""
    opened = {_entry_key(item): item.isExpanded() for item in _all_items(tree) if item.childCount()}
    current = tree.currentItem()
    return opened, _entry_key(current) if current is not None else None, tree.verticalScrollBar().value()


def restore_tree_state(tree: QTreeWidget, state: tuple[dict, tuple | None, int]) -> None:
    opened, current, scroll = state
    for item in _all_items(tree):
        key = _entry_key(item) if item.childCount() or current else None
        if key in opened:
            item.setExpanded(opened[key])
        if current is not None and key == current:
            tree.setCurrentItem(item)
    tree.doItemsLayout()  # the scroll range of the entries opened again, before the scroll is set
    tree.verticalScrollBar().setValue(scroll)


class WrappingDelegate(QStyledItemDelegate):
    """The delegate of a list whose entries wrap to their column's width, up to a few lines: Qt's
    tree measures a row on one line whatever the column's width, so a long entry would be cut to
    its first letters and "…" rather than read whole on a second line. The heights are not
    measured here, row by row at every relayout, but by the list once per text and width
    (``PanelTree.measure_rows``) and kept in each cell's size hint, which Qt reads without a call
    into Python: measured here, a list of hundreds of rows called into Python once a row at every
    layout and held a busy window still (its longest pause nearly doubled)."""

    def __init__(self, tree: PanelTree, lines: int, columns: frozenset[int] = frozenset({0})):
        super().__init__(tree)
        self.tree = tree
        self.lines = lines
        self.columns = columns  # the columns that wrap

    def text_room(self, index) -> int:
        """The width an entry gives its words (``PanelTree.text_room``)."""
        return self.tree.text_room(self.tree.itemFromIndex(index), index.column())


def wrapped_lines(text: str, font, width: float) -> list[float]:
    """The heights of the lines ``text`` takes at ``width`` pixels, laid out as Qt's item views
    lay out a wrapping item (a text layout, at word breaks or anywhere): whole-pixel measures
    disagree with it by a fraction, which cut a label that fitted to "Peyton …"."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # a line break, as item views paint it
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    heights = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        heights.append(line.height())
    layout.endLayout()
    return heights


class OwnColumnsWrappingDelegate(WrappingDelegate):
    """The wrapping delegate of a list whose other columns keep one line: it serves the entry's
    column alone and wraps it itself, so a count or a kind beside the entry keeps the view's one
    line, ending in "…" (its words whole in its tooltip), and those cells are painted without a
    call into Python each (which held a long list's first paint for a noticeable pause)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class PanelTree(QTreeWidget):
    """A side-panel list whose first column, the entry itself, keeps most of the width: the last
    column takes what its words need up to a share of the width, so a narrow panel (a 1024-pixel
    window) shows the names, not their first three letters; an entry longer than its column
    wraps onto a second line (up to ``lines``) rather than end in "…"."""

    def __init__(self, last_share: float, entry_letters: int = 8, lines: int = 1,
                 wrapped: frozenset[int] = frozenset({0}), columns: int = 0):
        super().__init__()
        self.last_share = last_share
        self.entry_letters = entry_letters
        self._last_needs: int | None = None  # what the last column's words need, once filled
        self._indent_to_font()
        self._relayout: QTimer | None = None
        self.lines = lines
        self.wrapped = wrapped
        self._heights: dict[tuple, QSize] = {}  # (text, font, room) -> its cell's size hint
        self._measured: tuple | None = None  # the widths and font the hints were measured for
        self._changed = True  # filled since (not watched row by row: a signal a row, into Python)
        if lines > 1:
            self.setUniformRowHeights(False)
            self.setAlternatingRowColors(True)  # where a row of three lines ends and the next begins
            if columns and wrapped >= frozenset(range(columns)):
                self.setWordWrap(True)  # every column wraps: the view's own option says so
                self.setItemDelegate(WrappingDelegate(self, lines, wrapped))
            else:
                delegate = OwnColumnsWrappingDelegate(self, lines, wrapped)
                for column in wrapped:
                    self.setItemDelegateForColumn(column, delegate)
            # a column's new width rewraps its rows: their heights measured again, once per turn
            self._relayout = QTimer(self)
            self._relayout.setSingleShot(True)
            self._relayout.setInterval(0)
            self._relayout.timeout.connect(self.measure_rows)
            self.header().sectionResized.connect(lambda *_: self.rewrap())

    def _indent_to_font(self) -> None:
        """Indent each level by about two letters (the style's 20 px is a fifth of a narrow
        panel's width lost to the naming table's labels, two levels deep)."""
        self.setIndentation(max(12, round(self.fontMetrics().averageCharWidth() * 2.2)))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._indent_to_font()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
            self._measured = None
            self.rewrap()

    def fit_columns(self) -> None:
        """After the list is filled: measure what the last column's words need, then fit."""
        header = self.header()
        last = self.columnCount() - 1
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
        self._last_needs = max(self.sizeHintForColumn(last), header.sectionSizeHint(last))
        self._fit_last()
        self.refilled()

    def refilled(self) -> None:
        """New rows: their heights measured at the next turn (most found measured before)."""
        self._changed = True
        self.rewrap()

    def entry_room(self) -> int:
        """What the entry column keeps at least: a few letters of a row two levels deep (a
        label under its referent under its section), whatever the indentation costs."""
        return self.indentation() * 3 + self.fontMetrics().averageCharWidth() * self.entry_letters

    def _fit_last(self) -> None:
        """The last column's width for the list's width now (measured once per filling: a resize
        must not walk a thousand rows again). It gives way before the entries lose their words."""
        header = self.header()
        last = self.columnCount() - 1
        width = self.viewport().width()
        middle = sum(header.sectionSize(c) for c in range(1, last))
        entries_spare = width - middle - self.entry_room()  # what the entries can give
        # its title whole ("How much", not "How mu") where the entries, which wrap, can spare the
        # few pixels that takes (under a large font in a narrow panel they keep their letters)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        title = min(header.fontMetrics().horizontalAdvance(self.headerItem().text(last)) + 2 * margin + 2,
                    int(width * self.last_share), entries_spare)
        header.resizeSection(last, max(header.minimumSectionSize(), title, min(
            self._last_needs, int(width * self.last_share), entries_spare)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.columnCount() > 1 and self._last_needs is not None:
            self._fit_last()
        self.rewrap()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.rewrap()  # a list filled in a hidden tab measured its rows at another width

    def rewrap(self) -> None:
        """Measure the rows' heights again once this turn's sizes are settled (wrapping lists)."""
        if self._relayout is not None:
            self._relayout.start()

    def text_room(self, item: QTreeWidgetItem, column: int) -> int:
        """The width an entry gives its words: its column's (the whole row's for a row spanning
        the columns), less the branch indentation of its depth and the style's text margins."""
        spanned = column == 0 and item.isFirstColumnSpanned()
        width = self.viewport().width() if spanned else self.columnWidth(column)
        if column == 0:
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            width -= self.indentation() * (depth + (1 if self.rootIsDecorated() else 0))
        return width - 2 * self._text_margin()

    def _text_margin(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1

    def _one_line(self, font) -> int:
        """A one-line row's height in ``font``, as the style sizes an item of text."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.font = font
        option.fontMetrics = QFontMetrics(font)
        option.text = "Mg"
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self).height()

    def measure_rows(self) -> None:
        """Give every wrapping cell its size hint for the columns' widths now: one line's height,
        or the height of its words wrapped to the column (up to ``lines`` lines), each text and
        width measured once (a resize back to a width met before, or a refill with the same
        entries, measures nothing again). Qt then lays the list out without asking Python."""
        if not self.isVisible():
            return  # a list in a hidden tab is measured when shown (showEvent), at its width then
        font = self.font()
        state = (font.key(), self.viewport().width(), self.indentation(), self.rootIsDecorated(),
                 tuple(self.columnWidth(c) for c in range(self.columnCount())))
        if state == self._measured and not self._changed:
            return
        if len(self._heights) > 20_000:  # a long session's widths and lists: start afresh
            self._heights.clear()
        fonts, heights = {}, self._heights
        margin, lines = self._text_margin(), self.lines
        icon = self.iconSize().width() if self.iconSize().isValid() else \
            self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        for item in _all_items(self):
            for column in self.wrapped:
                text = item.text(column)
                if not text:
                    continue
                own = item.data(column, Qt.ItemDataRole.FontRole)
                cell_font = own if own is not None else font
                room = self.text_room(item, column)
                if item.data(column, Qt.ItemDataRole.DecorationRole) is not None:
                    room -= icon + 2 * margin  # the icon before the words takes its share
                key = (text, cell_font.key(), room)
                hint = heights.get(key)
                if hint is None:
                    if key[1] not in fonts:
                        fonts[key[1]] = (self._one_line(cell_font), QFontMetrics(cell_font))
                    one_line, metrics = fonts[key[1]]
                    width, height = metrics.horizontalAdvance(text), one_line
                    # most entries fit on one line: no text layout for them
                    if room > 0 and (width >= room - 1 or "\n" in text):
                        wrapped = wrapped_lines(text, cell_font, room)
                        if len(wrapped) > 1:
                            height = max(one_line, one_line - metrics.height() + math.ceil(sum(wrapped[:lines])))
                    hint = heights[key] = QSize(width + 2 * margin, height)
                item.setSizeHint(column, hint)
        self._measured, self._changed = state, False
        self.doItemsLayout()


class SidePanel(QWidget):
    jump = Signal(list, str)  # [(pane, start, end), ...], kind id ("" when none)
    pair_chosen = Signal(int, int)  # left, right: the pair chosen in the panel's own pair bar

    def __init__(self, parent=None, settings: UiSettings = DEFAULT.ui):
        super().__init__(parent)
        self.settings = settings
        self._visits: tuple[QTreeWidgetItem | None, int] = (None, 0)  # the entry visited last, and where
        self._word_indexes: tuple[WordIndex | None, WordIndex | None] = (None, None)  # to tell shared labels
        self._which: dict[str, str] = {}  # the "In" column's "A", "B", "A · B" as the articles' names
        self.setAccessibleName("Side panel")
        self.setObjectName("sidePanel")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # a speaker's name is read whole as the quote is: "Regina M. Benjamin", not "Regina M. Benja…"
        self.quotes_tree = self._tree("Quotes of both articles", ["Quote", "Speaker"], frozenset({0, 1}))
        # "How much" wraps too: cut to "1× · short name · also …" it hid why the row is greyed
        self.framing_tree = self._tree("Framing of both articles", ["Entry", "In", "How much"], frozenset({0, 2}))
        header_tips = ["The quotation, or the name, word or source", "Which article: A (left) or B (right)",
                       "How often each article uses it (A's, then B's, for a name both use), then what kind"]
        for column, tip in enumerate(header_tips):
            self.framing_tree.headerItem().setToolTip(column, tip)
        for column, tip in enumerate(("The quoted words; ⇄: both articles carry them",
                                      "Who the article says spoke; “not found”: the app found no speaker (the "
                                      "article may still name one); “in quote marks”: words no one is said to say")):
            self.quotes_tree.headerItem().setToolTip(column, tip)
        self.quotes_tab = self._with_help(self.quotes_tree, QUOTES_HELP)
        self.framing_tab = self._with_help(self.framing_tree, FRAMING_HELP)
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName("notesTab")
        self.notes_tab.setAccessibleName("Notes")
        QVBoxLayout(self.notes_tab).addWidget(QLabel("Notes will appear here."))
        self.tabs.addTab(self.quotes_tab, "Quotes")
        self.tabs.addTab(self.framing_tab, "Framing")
        self.tabs.addTab(self.notes_tab, "Notes")
        # Three tabs in a narrow panel under a large font: each gives up a letter or two (its
        # name whole in its tooltip) rather than one being cut off behind scroll arrows.
        bar = self.tabs.tabBar()
        bar.setUsesScrollButtons(False)
        bar.setElideMode(Qt.TextElideMode.ElideRight)
        for index, tip in enumerate(TAB_TIPS):
            bar.setTabToolTip(index, tip)

        self.details = QLabel(objectName="pairDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)  # built here with every capture string escaped
        self.details.setAccessibleName("What was chosen")
        # Tab reaches the explanation itself (its text selectable from the keys too), not the box
        # around it: the scroll area took a Tab stop that showed nothing focused
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setText(DETAILS_HINT)
        # The tab whose entry the box explains (None: a highlight, a ribbon or a note, which the
        # box keeps whatever the tab): another tab brought forward explains its own entry instead,
        # so the Notes tab never sits over an explanation of a framing row.
        self._details_tab: int | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self._shown_texts: tuple[str, ...] = ()  # the articles the lists are of
        self._details_floor = 0  # the height the reader dragged the box to: it never fits below it
        self._fit_timer = QTimer(self)  # a fit once the panel's new size is shared out
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_details)
        self._details_grown = 0  # the height fitted to this comparison's texts: it grows, never jitters back
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.setMinimumHeight(60)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_box = scroll
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.tabs)
        self.split.addWidget(scroll)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.split.splitterMoved.connect(lambda *_: self._details_dragged())
        self.split.installEventFilter(self)  # a new width rewraps the box's text, a new height caps it
        self._pair_bar: PairBar | None = None  # made when a set of three or more first needs it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.split)

    @property
    def has_pair_bar(self) -> bool:
        return self._pair_bar is not None

    @property
    def pair_bar(self) -> PairBar:
        """In a set of three or more: which pair the Quotes and Framing are of, and a way to
        change it (made on first use: a pair opened alone never needs it)."""
        if self._pair_bar is None:
            bar = PairBar(caption=PAIR_CAPTION, stacked=True)
            bar.setObjectName("sidePairBar")
            bar.setAccessibleName("Choose the pair whose quotes and framing are listed")
            bar.setToolTip(PAIR_TIP)
            bar.hide()
            bar.chosen.connect(self.pair_chosen)
            self.layout().insertWidget(0, bar)
            self._pair_bar = bar
        return self._pair_bar

    # QTabWidget's calls, kept on the panel itself (the notes code and the tests use them)
    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        self.tabs.setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        page = widget
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        self.tabs.setCurrentWidget(page or widget)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self.tabs.indexOf(widget)

    def currentIndex(self) -> int:  # noqa: N802
        return self.tabs.currentIndex()

    def _with_help(self, tree: QTreeWidget, text: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        help_label = FoldingHelp(text, settings=self.settings)
        help_label.setObjectName("panelHelp")
        column.addWidget(help_label)
        column.addWidget(tree, 1)
        return page

    def _tree(self, name: str, headers: list[str], wrapped: frozenset[int] = frozenset({0})) -> QTreeWidget:
        tree = PanelTree(self.settings.last_column_share, self.settings.entry_letters, self.settings.entry_lines,
                         wrapped, len(headers))
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.itemActivated.connect(self._activated)
        tree.itemClicked.connect(self._activated)
        tree.currentItemChanged.connect(lambda item, _prev: self._explain(item))
        return tree

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        self._explain(item)
        spans = self._next_visit(item) or item.data(0, SPANS_ROLE)
        if spans:
            self.jump.emit(list(spans), item.data(0, KIND_ROLE) or "")

    def _next_visit(self, item: QTreeWidgetItem) -> list | None:
        """For an entry with several places (a label used four times): the first place, then at
        each further click on the same entry the next one, round again after the last."""
        places = item.data(0, ALL_SPANS_ROLE)
        if not places:
            return None
        turn = (self._visits[1] + 1) % len(places) if self._visits[0] is item else 0
        self._visits = (item, turn)
        return [places[turn]]

    def _explain(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, DETAILS_ROLE):
            self._set_details(item.data(0, DETAILS_ROLE))
            tree = item.treeWidget()
            page = self.tabs.indexOf(tree.parentWidget()) if tree is not None and tree.parentWidget() else -1
            self._details_tab = page if page >= 0 else None

    def _tab_changed(self, index: int) -> None:
        """The box explained an entry of the tab just left: it now explains this tab's chosen
        entry, or says how to choose one."""
        if self._details_tab is None or self._details_tab == index:
            return
        page = self.tabs.widget(index)
        tree = page.findChild(QTreeWidget) if page is not None else None
        item = tree.currentItem() if tree is not None else None
        if item is not None and item.data(0, DETAILS_ROLE):
            self._explain(item)
        else:
            self._details_tab = None
            self._set_details(DETAILS_HINT)

    # ------------------------------------------------------------------ the details box

    def _set_details(self, rich_text: str) -> None:
        self.details.setText(rich_text)
        self._fit_details()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.split and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()  # after the splitter has shared out its new size (this filter runs first)
        return False

    def _details_dragged(self) -> None:
        self._details_floor = self.split.sizes()[1]
        self._details_grown = 0

    def details_needs(self) -> int:
        """The box's height that shows its whole text without a scrollbar. Measured at the width
        left beside a scrollbar: one already shown narrows the text, which then needs more height,
        which keeps the scrollbar (Qt does not undo that circle by itself)."""
        box = self.details_box
        width = box.contentsRect().width() - box.verticalScrollBar().sizeHint().width()
        need = self.details.heightForWidth(width) if width > 0 else -1
        if need < 0:
            need = self.details.sizeHint().height()
        frame = box.frameWidth() * 2
        return need + frame

    def _fit_details(self) -> None:
        """The details box as tall as its text (a few lines never scroll), up to a share of the
        panel; the list above keeps its least height. It grows with a longer text and keeps that
        height for this comparison (the list does not jump at each entry stepped through), keeps
        the height the reader dragged it to, and gives back what a shorter panel cannot spare."""
        sizes = self.split.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0 or not self.split.isVisible():
            return
        cap = min(int(total * self.settings.details_share), total - self.tabs.minimumSizeHint().height())
        want = max(min(self.details_needs(), cap), self._details_grown, self._details_floor,
                   self.details_box.minimumHeight())
        want = max(min(want, cap), self.details_box.minimumHeight())
        self._details_grown = max(self._details_grown, min(want, cap))
        if want == sizes[1]:
            return
        self.split.setSizes([total - want, want])
        tree = self.tabs.currentWidget().findChild(QTreeWidget) if self.tabs.currentWidget() else None
        if tree is not None and tree.currentItem() is not None:
            tree.scrollToItem(tree.currentItem())  # the entry just chosen stays in view above

    def replace_notes_tab(self, widget: QWidget) -> None:
        """Put the notes engineer's panel in place of the placeholder tab."""
        index = self.tabs.indexOf(self.notes_tab)
        self.tabs.removeTab(index)
        self.notes_tab.deleteLater()
        self.notes_tab = widget
        self.tabs.insertTab(index, widget, "Notes")
        self.tabs.tabBar().setTabToolTip(index, TAB_TIPS[index])

    def show_details(self, rich_text: str) -> None:
        self._details_tab = None  # a highlight, a ribbon or a note: true whatever the tab
        self._set_details(rich_text)

    # ------------------------------------------------------------------ filling

    def clear(self) -> None:
        self._visits = (None, 0)
        self.quotes_tree.clear()
        self.framing_tree.clear()
        self._details_grown = 0
        self._details_tab = None
        self._set_details(DETAILS_HINT)

    def say_nothing(self, text: str) -> None:
        """No comparison to list (an article of the pair could not be opened): each list says
        why in one greyed row, rather than stand empty as if still loading."""
        self.clear()
        for tree in (self.quotes_tree, self.framing_tree):
            row = QTreeWidgetItem(tree, [text])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # nothing to go to
            row.setForeground(0, tree.palette().placeholderText())
            row.setToolTip(0, html.escape(text))
            row.setFirstColumnSpanned(True)
        self._set_details(html.escape(text))  # the box below wraps what a narrow row cuts short

    def set_comparison(self, comparison: Comparison, possible_hidden: int = 0) -> None:
        """Fill the lists; ``possible_hidden``: possibly loaded words left out (the window's
        "Possibly Loaded" switch), said in one greyed row so the reader knows where they are."""
        texts = tuple(a.text for a in comparison.articles)
        again = texts == self._shown_texts  # the same articles refilled (a switch of what is listed)
        kept = [tree_state(tree) for tree in (self.quotes_tree, self.framing_tree)] if again else None
        details, details_tab = self.details.text(), self._details_tab
        self.clear()
        self._shown_texts = texts
        names = article_names(comparison.articles)
        self._which = {"A": f"A: {names[0]} (left)", "B": f"B: {names[1]} (right)",
                       "A · B": f"Both: A, {names[0]}, and B, {names[1]}"}
        self._fill_quotes(comparison)
        self._fill_framing(comparison, possible_hidden)
        if kept:  # the reader keeps their place: what was open, the entry chosen, the scroll, the box
            for tree, state in zip((self.quotes_tree, self.framing_tree), kept):
                restore_tree_state(tree, state)
            self._set_details(details)
            self._details_tab = details_tab

    def _item(self, parent, texts: list[str], spans: list[tuple[int, int, int]] | None = None, tip: str = "",
              details: str = "", kind: str = ""):
        item = QTreeWidgetItem(parent, texts)
        if spans:
            item.setData(0, SPANS_ROLE, spans)
        if details:
            item.setData(0, DETAILS_ROLE, details)
        if kind:
            item.setData(0, KIND_ROLE, kind)
        item.setToolTip(0, html.escape(tip or texts[0]))
        for column in range(1, len(texts)):  # a narrow column elides its words: them whole in a tooltip
            if texts[column]:
                # a bare "A" says nothing more on hover: which article, by name
                said = self._which.get(texts[column], texts[column]) \
                    if column == 1 and item.treeWidget() is self.framing_tree else texts[column]
                item.setToolTip(column, html.escape(said))
        return item

    def _fill_quotes(self, c: Comparison) -> None:
        # (span in this pane, counterpart in the other) per shared quote
        shared = {0: SpanIndex(((sq.a.start, sq.a.end), (1, sq.b.start, sq.b.end, sq)) for sq in c.shared_quotes),
                  1: SpanIndex(((sq.b.start, sq.b.end), (0, sq.a.start, sq.a.end, sq)) for sq in c.shared_quotes)}
        outlets = article_names(c.articles)
        for pane in (0, 1):
            top = self._item(self.quotes_tree, [f"{'AB'[pane]}: {outlets[pane]} ({count(len(c.quotes[pane]), 'quote')})", ""])
            top.setData(0, EMPTY_ROLE, EMPTY_TEXT["quotes"])
            for q in self._capped(top, c.quotes[pane]):
                spans = [(pane, q.start, q.end)]
                label = clipped(q.text, 90)
                partner = _overlapping(shared[pane], q.start, q.end)
                details = (f"<b>Quote</b> in {'AB'[pane]} · {html.escape(outlets[pane])}, "
                           f"{'said by <b>' + html.escape(q.speaker) + '</b>' if q.speaker else unspoken(q)}"
                           f"<p>“{html.escape(q.text)}”</p>")
                kind = "quote"
                if partner is not None:
                    other_pane, start, end, sq = partner
                    spans.append((other_pane, start, end))
                    label = ("⇄≠ " if sq.speaker_contrast else "⇄ ") + label
                    other = c.articles[other_pane].text[start:end]
                    details += (f"<p><b>Also in {'AB'[other_pane]} · {html.escape(outlets[other_pane])}:</b> "
                                f"“{html.escape(other)}”</p>")
                    if sq.speaker_contrast:
                        said = [html.escape(x) if x else NO_SPEAKER for x in (sq.speaker_a, sq.speaker_b)]
                        details += (f"<p><b>Credited differently:</b> A {said[0]}, B {said[1]}.</p>")
                    kind = "shared_quote"
                row = self._item(top, [label, q.speaker or ("in quote marks" if q.kind == "fragment"
                                                             else SPEAKER_NOT_FOUND)],
                                 spans, q.text, details, kind)
                if not q.speaker:
                    row.setToolTip(1, unspoken(q))
                    row.setForeground(1, self.quotes_tree.palette().placeholderText())
            self._say_when_empty(top)
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        related = c.related_quotes
        if related:
            top = self._item(self.quotes_tree, [f"Related, not the same words ({len(related)})", ""],
                             details="<b>Related quotes</b>: close in meaning, but not the same words; perhaps "
                                     "two statements on one point, perhaps a paraphrase.")
            quoted = [SpanIndex(((q.start, q.end), q) for q in c.quotes[pane]) for pane in (0, 1)]
            for rq in self._capped(top, related):
                a_text = c.articles[0].text[rq.a.start : rq.a.end]
                b_text = c.articles[1].text[rq.b.start : rq.b.end]
                # the Speaker column gives each one's speaker (its similarity, under "Speaker", read as a name)
                said = [speaker or getattr(_overlapping(quoted[pane], span.start, span.end), "speaker", None)
                        for pane, (speaker, span) in enumerate(((rq.speaker_a, rq.a), (rq.speaker_b, rq.b)))]
                speakers = " / ".join(x or SPEAKER_NOT_FOUND for x in said)
                named = [html.escape(x or NO_SPEAKER) for x in said]
                row = self._item(top, [f"≈ {clipped(a_text, 40)} / {clipped(b_text, 40)}", speakers],
                                 [(0, rq.a.start, rq.a.end), (1, rq.b.start, rq.b.end)],
                                 f"{rq.similarity:.0%} alike\nA: {a_text}\nB: {b_text}",
                                 f"<b>Related quotes</b> ({rq.similarity:.0%} alike)"
                                 f"<p><b>A</b>, {named[0]}: “{html.escape(a_text)}”</p>"
                                 f"<p><b>B</b>, {named[1]}: “{html.escape(b_text)}”</p>", "quote")
                row.setToolTip(1, f"A: {named[0]}; B: {named[1]}")
            top.setExpanded(True)
            top.setFirstColumnSpanned(True)
        self.quotes_tree.fit_columns()

    def _capped(self, parent: QTreeWidgetItem, entries):
        """The first ``listed`` entries; a last row says how many more there are (a hostile
        page with a hundred thousand quotes must not fill the panel for minutes)."""
        listed = self.settings.listed_per_section
        yield from entries[:listed]
        if len(entries) > listed:
            more = self._item(parent, [f"… and {len(entries) - listed:,} more, not listed here", "", ""])
            more.setDisabled(True)

    def _section(self, title: str, help_key: str, side: str = "") -> QTreeWidgetItem:
        details = SECTION_HELP[help_key].format(side=html.escape(side))
        item = self._item(self.framing_tree, [title, "", ""], details=details)
        item.setToolTip(0, details)
        item.setData(0, EMPTY_ROLE, EMPTY_TEXT[help_key].format(side=side))
        return item

    @classmethod
    def _say_when_empty(cls, section: QTreeWidgetItem) -> None:
        """An empty section gets one greyed row saying nothing was found (an empty list would
        look unfinished)."""
        if section.childCount() or not section.data(0, EMPTY_ROLE):
            return
        cls._say(section, section.data(0, EMPTY_ROLE))

    @staticmethod
    def _say(section: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        """A greyed row of words under a section, with nothing to go to."""
        row = QTreeWidgetItem(section, [text])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: there is nothing to go to
        row.setForeground(0, section.treeWidget().palette().placeholderText())
        row.setToolTip(0, text)
        row.setFirstColumnSpanned(True)
        return row

    def _naming_rows(self, lc) -> list[list[NamingRow]]:
        """Each side's labels of a referent, with whether the other outlet uses it too."""
        return [naming_rows(mentions, labels,
                            # the rule the text's highlights follow: a row "also in" the other is not painted
                            lambda label, pane=pane: not differing(lc, pane, (Mention(0, len(label), label),),
                                                                   self._word_indexes[1 - pane]))
                for pane, (mentions, labels) in enumerate(((lc.a, lc.labels[0]), (lc.b, lc.labels[1])))]

    def telling_contrasts(self, c: Comparison) -> list:
        """The label contrasts that are naming differences (labelpaint.telling), on the word
        indexes of the texts shown."""
        if self._word_indexes[0] is None or self._shown_texts != tuple(a.text for a in c.articles):
            self._word_indexes = word_indexes(c)
        return telling_contrasts(c, self._word_indexes)

    def _fill_label_contrast(self, sec: QTreeWidgetItem, lc, outlets: list[str], side: list[str]) -> QTreeWidgetItem:
        """One shared referent: a row for it, then a row per label each article gives it, with its
        count; labels the other article never uses come first (they are the difference). Clicking a
        label goes to it in the text, clicking it again to its next use."""
        spans = [(0, m.start, m.end) for m in lc.a[:1] if m.field == "text"] + \
                [(1, m.start, m.end) for m in lc.b[:1] if m.field == "text"]
        rows = self._naming_rows(lc)
        differ = _difference(lc.category) or lc.kind or ""
        uses = [sum(r.count for r in rows[pane]) for pane in (0, 1)]
        # How much: each side's uses, under "A · B"; what kind of difference it is follows in words
        how_much = " · ".join(f"{n}×" for n in uses)
        said = (f"A names it {count(uses[0], 'time')}, B {count(uses[1], 'time')}"
                + (f"; {differ}" if differ else ""))
        details = (f"<b>{html.escape(lc.entity)}</b>{' · ' + html.escape(differ) if differ else ''}"
                   + "".join(f"<p><b>{'AB'[pane]} · {html.escape(outlets[pane])}:</b> "
                             + (html.escape(", ".join(f"{r.label} ({r.count}×)" for r in rows[pane])) or "(not named)")
                             + "</p>" for pane in (0, 1)))
        for pane, heads in enumerate(lc.headings):
            if heads:
                where = "headline" if any(m.field == "title" for m in heads) else "standfirst"
                details += f"<p>{'AB'[pane]} names it so in its {where} too.</p>"
        entity = self._item(sec, [lc.entity, "A · B", how_much], spans, f"{lc.entity}: {said}",
                            details, "label_contrast")
        entity.setToolTip(2, html.escape(said))
        for pane in (0, 1):
            if not rows[pane]:
                self._item(entity, ["(not named in the text)", "AB"[pane], ""], tip=side[pane], details=details)
            for row in rows[pane]:
                found = [(pane, m.start, m.end) for m in row.mentions]
                how = f"{row.count}×" + (f" · {FORM_WORDS.get(row.form, row.form)}" if row.form else "") \
                    + (f" · also in {'AB'[1 - pane]}" if row.shared else "")
                if not found:  # a label only its headline or standfirst uses: nothing in the text to go to
                    how += f" · {heading_place(lc.headings[pane], row.label)}"
                item = self._item(entity, [row.label, "AB"[pane], how], found[:1],
                                  f"{side[pane]}: “{row.label}”, {how}", details, "label_contrast")
                if len(found) > 1:
                    item.setData(0, ALL_SPANS_ROLE, found)
                item.setToolTip(1, side[pane])
                if row.shared:  # not the difference: greyed, so the telling labels stand out
                    for column in range(3):
                        item.setForeground(column, self.framing_tree.palette().placeholderText())
        return entity

    def _fill_word_choices(self, c: Comparison, outlets: list[str]) -> None:
        """ "A writes … where B writes …": where both tell one fact, the words each chooses, most
        telling first; clicking one goes to both places."""
        choices = c.framing.word_choices
        sec = self._section(f"Word choices ({len(choices)})", "choices")
        texts = [a.text for a in c.articles]
        for wc in self._capped(sec, choices):
            how = WORD_CHOICE_KINDS.get(wc.kind, "other words") if wc.kind else "other words"
            if wc.category and wc.kind == "loaded":
                how = f"loaded word · {wc.category}"
            said = f"A writes “{wc.a.text}” where B writes “{wc.b.text}”" + (f" ({wc.count} times)" if wc.count > 1 else "")
            context = [texts[pane][span.start : span.end] for pane, span in enumerate(wc.pair)]
            details = (f"<b>{html.escape(said)}</b> · {html.escape(how)}"
                       f"<p><b>A · {html.escape(outlets[0])}:</b> {html.escape(context[0])}</p>"
                       f"<p><b>B · {html.escape(outlets[1])}:</b> {html.escape(context[1])}</p>")
            self._item(sec, [f"“{clipped(wc.a.text, 28)}” / “{clipped(wc.b.text, 28)}”", "A · B", f"{wc.count}× · {how}"],
                       [(0, wc.a.start, wc.a.end), (1, wc.b.start, wc.b.end)], said, details, "label_contrast")

    def _fill_same_facts(self, c: Comparison, outlets: list[str]) -> None:
        """The same fact told by both in other words, those stated differently (≠: a number, date
        or place) first: what the ribbons show, listed, so a reader finds every discrepancy. A
        shared passage whose copies state a number, date or place differently is listed with them,
        among the first (the same words but another figure: a correction, or a copy edited); the
        other shared passages say the same in the same words and have their own ribbons. Not for
        two articles that do not seem to report one event (their "same facts" are coincidences;
        the notice above the articles says so)."""
        facts = c.aligned_sentences
        passages = [sp for sp in c.shared_passages if sp.discrepancies]
        sec = self._section(f"Same fact, other words ({len(facts) + len(passages)})", "facts")
        if suppressed_kinds(c) & {"aligned_sentence"}:
            sec.setData(0, EMPTY_ROLE, EMPTY_TEXT["facts_held"])
            if passages:  # shared words are no coincidence: their differing figures are still listed
                sec.setText(0, f"Same fact, other words ({len(passages)})")
            facts = ()
        texts = [a.text for a in c.articles]
        rows = sorted([(False, sp) for sp in passages] + [(True, al) for al in facts],
                      key=lambda row: (not row[1].discrepancies, row[1].a.start))
        for aligned, match in self._capped(sec, rows):
            a, b = texts[0][match.a.start : match.a.end], texts[1][match.b.start : match.b.end]
            differ = "; ".join(f"{d.kind}: A “{d.a.text}”, B “{d.b.text}”" for d in match.discrepancies)
            similar = likeness(match.similarity, match.anchor) if aligned else "same words"
            # a passage runs to several sentences: its row opens on the one whose figure differs
            shown = a if aligned else sentence_from(texts[0], match.a.start, match.a.end, match.discrepancies[0].a.start)
            details = (f"<b>Same fact</b> — {html.escape(likeness(match.similarity, match.anchor))}" if aligned
                       else f"<b>Shared passage</b> — {match.similarity:.0%} the same words")
            details += (f"<p><b>A · {html.escape(outlets[0])}:</b> {html.escape(a)}</p>"
                        f"<p><b>B · {html.escape(outlets[1])}:</b> {html.escape(b)}</p>")
            if differ:
                details += (f"<p><b>Stated differently:</b> {html.escape(differ)}</p>"
                            f"<p>{html.escape(CHECK_DIFFERENCE)}</p>")
            # what differs leads the row ("≠ 12 / 21: The terminal will cost…"): a long sentence
            # would hide it past the column's last line
            first = match.discrepancies[0] if match.discrepancies else None
            lead = f"≠ {clipped(first.a.text, 24)} / {clipped(first.b.text, 24)}: " if first else ""
            self._item(sec, [lead + clipped(shown, 60), "A · B", similar],
                       [(0, match.a.start, match.a.end), (1, match.b.start, match.b.end)],
                       (f"Stated differently: {differ}\n" if differ else "")
                       + ("" if aligned else "A passage both carry in the same words\n") + f"A: {a}\nB: {b}",
                       details, "aligned_sentence" if aligned else "shared_passage")

    def _counted(self, sec: QTreeWidgetItem, pane: int, name: str, kind: str, spans, said: str) -> QTreeWidgetItem:
        """A source or a referent only one names: how often first, then its kind ("4× · person":
        what a narrow column keeps is the amount); clicking it again goes to its next use. The
        details box gives the sentence of its first use."""
        uses = count(len(spans), "time")
        text = self._shown_texts[pane] if self._shown_texts else ""
        where = (f"<p>{'First' if len(spans) > 1 else 'Where'}: “{in_its_sentence(text, spans[0].start, spans[0].end)}”</p>"
                 if spans and spans[0].end <= len(text) else "")
        item = self._item(sec, [name, "AB"[pane], f"{len(spans)}×{' · ' + kind if kind else ''}"],
                          [(pane, sp.start, sp.end) for sp in spans[:1]],
                          f"{name}: {kind + ', ' if kind else ''}{uses}",
                          f"{said}: {html.escape(kind + ', ' if kind else '')}{uses}.{where}")
        if len(spans) > 1:
            item.setData(0, ALL_SPANS_ROLE, [(pane, sp.start, sp.end) for sp in spans])
        return item

    def _fill_framing(self, c: Comparison, possible_hidden: int = 0) -> None:
        from sidebyside.highlights import term_spans

        self._word_indexes = word_indexes(c) if c.framing.label_contrasts else (None, None)

        f = c.framing
        tree = self.framing_tree
        texts = [a.text for a in c.articles]
        outlets = article_names(c.articles)
        side = [f"A · {outlets[0]}", f"B · {outlets[1]}"]

        contrasts = self.telling_contrasts(c)
        sec = self._section(f"How each names the same one ({len(contrasts)})", "labels")
        for rank, lc in enumerate(self._capped(sec, contrasts)):
            self._fill_label_contrast(sec, lc, outlets, side).setExpanded(rank < self.settings.naming_open)
        self._fill_word_choices(c, outlets)
        self._fill_same_facts(c, outlets)
        for pane in (0, 1):
            terms = f.distinctive_terms[pane]
            sec = self._section(f"Words that set {'AB'[pane]} apart ({len(terms)})", "distinctive", side[pane])
            if c.relatedness is not None and c.relatedness.verdict in ("different events", "unclear"):
                sec.setData(0, EMPTY_ROLE, EMPTY_TEXT["distinctive_held"])
            other = "AB"[1 - pane]
            # folded as the terms are: "donnees" counts the other's "données" (casefolded only,
            # a word both write with an accent was said "never in B")
            folded_other = fold(texts[1 - pane]) if terms else ""
            for t in self._capped(sec, terms):
                found = [(s.start, s.end) for s in t.spans[:1]] or term_spans(texts[pane], t.term)[:1]
                much = how_distinctive(t.score, t.count, other, word_uses(folded_other, t.term))
                shown = as_written(t.term, [texts[pane][s.start : s.end] for s in t.spans])
                self._item(sec, [shown, "AB"[pane], much], [(pane, s, e) for s, e in found], f"{shown}: {much}",
                           f"<b>“{html.escape(shown)}”</b> in {html.escape(side[pane])}: {html.escape(much)}, "
                           f"{html.escape(how_much_more(t.score, other))} for its length (score {t.score:.2f})."
                           f"<p>{SECTION_HELP['distinctive'].format(side=html.escape(side[pane]))}</p>",
                           "distinctive_term")
        loaded = f.loaded_terms
        sec = self._section(f"Loaded words ({len(loaded[0]) + len(loaded[1])})", "loaded")
        for pane, uses in self._capped(sec, loaded_groups(loaded)):
            lt = uses[0]
            how = loaded_how(lt.category, lt.score is not None, lt.quoted)
            times = count(len(uses), "time")
            details = (f"<b>“{html.escape(lt.term)}”</b> · {html.escape(how)} · "
                       f"{html.escape(side[pane])}, {times}")
            if category_help(lt.category):
                details += f"<p>{html.escape(lt.category)}: {html.escape(category_help(lt.category))}.</p>"
            if lt.quoted:
                details += "<p>Inside a quotation: the speaker's word, not the outlet's.</p>"
            item = self._item(sec, [lt.term, "AB"[pane], f"{len(uses)}× · {how}"], [(pane, lt.start, lt.end)],
                              f"{lt.term} ({how}) in {outlets[pane]}, {times}", details, "loaded_term")
            if len(uses) > 1:  # clicked again: its next use
                item.setData(0, ALL_SPANS_ROLE, [(pane, u.start, u.end) for u in uses])
        if possible_hidden:
            self._say(sec, f"{count(possible_hidden, 'word')} only possibly loaded, not listed: "
                           "“Possibly” beside Loaded word in the legend shows them")
        for pane in (0, 1):
            sources = most_often_first(f.sources[pane])
            sec = self._section(f"Sources cited by {'AB'[pane]} ({len(sources)})", "sources", side[pane])
            for src in self._capped(sec, sources):
                self._counted(sec, pane, src.name, src.kind, src.spans,
                              f"<b>{html.escape(src.name)}</b>, cited by {html.escape(side[pane])}")
        for pane in (0, 1):
            only = most_often_first(f.only_in[pane])
            sec = self._section(f"Only in {'AB'[pane]} ({len(only)})", "only", side[pane])
            for o in self._capped(sec, only):
                self._counted(sec, pane, o.entity, o.kind, o.spans,
                              f"<b>{html.escape(o.entity)}</b> is named only by {html.escape(side[pane])}")
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            self._say_when_empty(top)
            top.setFirstColumnSpanned(True)
            # a long section opens too when it leads with what two outlets state differently (≠):
            # the cue a reader must check, not to be left behind a fold
            flagged = top.childCount() > 0 and top.child(0).text(0).startswith("≠ ")
            top.setExpanded(0 < top.childCount() <= 12 or i == 0 or flagged)
        tree.fit_columns()
