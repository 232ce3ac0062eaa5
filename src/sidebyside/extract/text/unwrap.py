"""Join hard-wrapped lines: `w3m -dump` at its default 80 columns, text copied from a terminal
or an e-mail.

A dump at a wide column count, or text copied from a browser, has one paragraph per line; a
text wrapped at ~60-140 columns spreads each paragraph over consecutive lines. A line was
wrapped when the next line's first word would not have fitted after it within the wrap width;
such lines are joined back (bullets and indented continuations included). Widths are display
columns: a CJK character takes two, and Chinese and Japanese text, which wraps inside words,
is joined without a space; Korean, which puts spaces between words, with one unless the tool
wrapped it anywhere (most of its lines filled to the last column). Some tools (lynx) count a wide character as one column when they wrap: a text with
wide characters whose lines pile up under a width counted in characters is read that way.
"""

from __future__ import annotations

import re

from sidebyside.extract import cues
from sidebyside.extract.text.forms import row_head
from sidebyside.extract.text.meta import YEAR, is_meta
from sidebyside.extract.text.shape import BULLET
from sidebyside.extract.wide import count_wide, has_wide, is_wide_char
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.wordpattern import MARKS

_TEXT = DEFAULT.extract.text

# the widest wrap looked for (lynx -width=200, a wide terminal); the thresholds are
# TextSettings.unwrap_*, passed in
MAX_WIDTH = 240


def _hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff" or "\u3130" <= char <= "\u318f"


def _breaks_inside_words(lines: list[str], width: int, measure, slack: int = 1) -> bool:
    """The tool wrapped Korean anywhere, not at its spaces: most lines that end in Hangul with
    Hangul on the next line (four in five) are filled to the last column (a tool that wraps at spaces leaves
    lines of many lengths)."""
    filled = total = 0
    for line, after in zip(lines, lines[1:]):
        text, nxt = line.rstrip(), after.strip()
        if text and nxt and _hangul(text[-1]) and _hangul(nxt[0]):
            total += 1
            filled += measure(text) >= width - slack
    return filled >= 0.8 * total > 0


# a combining mark (a Devanagari vowel sign, a Thai tone mark) takes no column of its own: a tool
# wrapping at 80 columns fills a Hindi line with more than 80 characters
_MARK = re.compile(f"[{MARKS}]")


def display_width(text: str) -> int:
    return len(text) if text.isascii() else len(text) + count_wide(text)


def columns_width(text: str) -> int:
    """The display width with each combining mark taking no column (w3m's count; lynx counts them)."""
    return len(text) if text.isascii() else len(text) + count_wide(text) - len(_MARK.findall(text))


def wrap_width(lines: list[str], measure=display_width, lowest: int | None = None,
               settings: TextSettings = _TEXT) -> int | None:
    """The wrap column (30-140) when the long lines pile up just under it, else None.

    For each candidate width W, the lines in [0.85 W, W] are those a wrapper filled; lines
    wider than W must be rare (a long URL). The narrowest such W is the wrap width. Rows of cells set apart by runs of spaces (a table
    the tool laid out, columns not set apart) are no wrapped text and are not counted."""
    lowest = settings.unwrap_min_width if lowest is None else lowest
    wide_wrap = settings.unwrap_wide_wrap
    counts = [0] * (MAX_WIDTH + 2)  # counts[MAX_WIDTH + 1]: all wider lines
    for x in lines:
        stripped = x.strip()
        if stripped and "   " not in stripped:
            counts[min(measure(x.rstrip()), MAX_WIDTH + 1)] += 1
    total = sum(counts)
    if total < 8:
        return None
    prefix = [0]
    for c in counts:
        prefix.append(prefix[-1] + c)  # prefix[k]: lines narrower than k

    def between(lo: int, hi: int) -> int:  # lines with lo <= width <= hi
        return prefix[hi + 1] - prefix[max(lo, 0)]

    for width in range(lowest, MAX_WIDTH + 1):
        near = between(_filled_from(width, settings), width)
        over = total - prefix[width + 1]
        long_lines = between(width // 2, MAX_WIDTH + 1)
        # a few unwrapped paragraphs (a column another pass joined) may be far wider than W,
        # but lines just wider than W say that W is not the wrap width
        # (past the wide wrap's columns, every wider line: a wrap at 100 is told from a page of longer
        # paragraphs whatever their length, as when no width past 140 was tried)
        just_over = between(width + 1, int(1.5 * width) if 1.5 * width <= wide_wrap else MAX_WIDTH + 1)
        allowed = max(0.05 * long_lines, settings.unwrap_over_share * near if near >= settings.unwrap_many_filled else 0)
        if near < 5 or near < 0.3 * long_lines or over > allowed or just_over > 0.05 * long_lines:
            continue
        if width > wide_wrap and (total < settings.unwrap_wide_min_lines or near < settings.unwrap_wide_filled):
            continue  # (a wide wrap shows in a page's many lines, not in a table cell's few)
        if near > 3 * over:
            # the narrowest width the lines pile up under: a few lines set wider than the text
            # (lynx's headings, left of its indented paragraphs) would make a wider one look as good
            return width
    return None


def _filled_from(width: int, settings: TextSettings) -> int:
    """The narrowest line a wrapper at ``width`` filled: 85% of it, and at a wide width within a
    long word of it (85% of 200 columns would take in a page's one-line paragraphs of 170-200
    characters, which no wrapper set)."""
    low = int(0.85 * width + 0.999)
    return max(low, width - settings.unwrap_word_slack) if width > settings.unwrap_wide_wrap else low


def _wrap_measure(lines: list[str], lowest: int, settings: TextSettings):
    """The wrap width and the measure of a line's width that shows it: display columns, or
    characters when the text has wide characters and its lines pile up under a width so counted
    (a tool that counts each character as one column)."""
    width = wrap_width(lines, lowest=lowest, settings=settings)
    if any(not x.isascii() and _MARK.search(x) for x in lines[:2000]):
        # combining marks (Hindi): the lines pile up under a width counted without them (w3m) or
        # with them (lynx); the count that shows more filled lines (as many: the columns, since
        # marks counted spread a wrap's lines over a wider band)
        by_columns = wrap_width(lines, columns_width, lowest, settings)
        if by_columns is not None and (width is None or _filled(lines, by_columns, columns_width, settings)
                                       >= _filled(lines, width, display_width, settings)):
            return by_columns, columns_width
    if not any(not x.isascii() and has_wide(x) for x in lines[:2000]):
        return width, display_width
    if width is not None and _breaks_inside_words(lines, width, display_width, slack=2):
        # Korean wrapped anywhere, its lines filled to the last display column or the one
        # before (elinks; a wide character takes two): a count of characters, which its mix of
        # wide and narrow ones spreads, would mislead
        return width, display_width
    by_chars = wrap_width(lines, len, lowest, settings)
    if by_chars is not None and (width is None or _filled(lines, by_chars, len, settings)
                                 > _filled(lines, width, display_width, settings)):
        return by_chars, len
    return width, display_width


def _goes_on(lines: list[str], width: int, measure, settings: TextSettings) -> bool:
    """The lines filled to a narrow ``width`` go on in lower case on the next line (a sentence
    wrapped), ``unwrap_narrow_continued`` of them or more: a list of short items of about one length
    ("Added granite blocks to the nether", "Added slime blocks to ...") fills a narrow width as
    well, and each of its lines opens with a capital (or in a script without case)."""
    low = _filled_from(width, settings)
    filled = lowered = 0
    for line, after in zip(lines, lines[1:]):
        nxt = after.lstrip()
        if nxt and low <= measure(line.rstrip()) <= width:
            filled += 1
            lowered += nxt[0].islower()
    return filled > 0 and lowered >= settings.unwrap_narrow_continued * filled


def _filled(lines: list[str], width: int, measure, settings: TextSettings) -> int:
    """How many lines a wrapper filled to ``width`` (within 15% of it), by ``measure``."""
    low = _filled_from(width, settings)
    return sum(1 for x in lines if x.strip() and low <= measure(x.rstrip()) <= width)


def unwrap(content: str, few_blanks: float = 0.0, printed: list[str] | None = None,
           settings: TextSettings = _TEXT) -> str:
    """The text with its wrapped lines joined, at the wrap width its lines show (or, given
    ``printed``, the lines as the tool printed them outside its side-by-side columns, which were
    set one after the other and joined at their own width: their joined paragraphs, far wider
    than the page's width, would hide it from the lines around them; such a line, wider than
    that width, was not wrapped, and the next one is never joined to it). A wrapped text with
    fewer than ``few_blanks``
    blank lines per line of text (a dump whose empty lines were dropped) has no blank line to
    end a paragraph, a heading or a menu: there a line that ends a sentence is not joined to a
    next one that opens with a capital, nor a line to a short next one that opens with a
    capital and ends no sentence (a headline under a menu, a heading under a paragraph).
    Splitting one paragraph at a sentence costs little; joining the article to a menu or to the
    next story's heading costs its block."""
    lines = content.splitlines()
    rejoined = _rejoin_cut_lines(lines)
    if rejoined is not lines:
        lines, content = rejoined, "\n".join(rejoined)
    measured = lines[:20000] if printed is None else printed[:20000]
    width, measure = _wrap_measure(measured, settings.unwrap_min_width, settings)
    narrow = settings.unwrap_narrow_width
    if width is not None and width < narrow and not _goes_on(lines[:20000], width, measure, settings):
        width, measure = _wrap_measure(measured, narrow, settings)  # (the widths the narrow one hid)
    if width is None:
        return _join_broken_sentences(content, lines, settings) if len(lines) <= settings.unwrap_few_lines else content
    hangul_glue = "" if _breaks_inside_words(lines[:20000], width, measure) else " "
    blank_free = few_blanks > 0 and _blank_free(lines[:20000], few_blanks, settings.unwrap_min_blank_free)
    slack = settings.unwrap_slack
    filled = settings.unwrap_narrow_filled_share if width < narrow else settings.unwrap_filled_share
    out: list[str] = []
    prev_width = 0  # display width of the previous raw line, 0 after a blank one
    for raw in lines:
        text = raw.rstrip()
        stripped = text.lstrip()
        if prev_width and stripped and (not BULLET.match(stripped) or _dash_goes_on(out[-1], stripped)):
            first = _WRAP_SPACE.split(stripped, 1)[0]
            if blank_free and _new_block(out[-1], stripped, measure, width):
                out.append(text)
                prev_width = measure(text)
                continue
            if prev_width >= filled * width and prev_width + 1 + measure(first) > width - slack and (
                    printed is None or prev_width <= width + slack) and not (
                    _opens_item(stripped) and _opens_item(out[-1].lstrip()) == _opens_item(stripped)) and not (
                    stripped[0].isupper() and _dateline_over(out[-1], stripped, settings)):
                # (a line that opens as the paragraph above it opened, "Fixed: ..." under "New:
                # ...", "Tue 25 June – ..." under "Mon 24 June – ...", is the list's next item)
                # Chinese and Japanese wrap inside words: no space between two wide characters;
                # Korean puts spaces between its words, and a tool wraps it at them or anywhere
                glue = " "
                if is_wide_char(stripped[0]) and is_wide_char(out[-1][-1]):
                    glue = hangul_glue if _hangul(stripped[0]) or _hangul(out[-1][-1]) else ""
                out[-1] = out[-1] + glue + stripped
                prev_width = measure(text)
                continue
        out.append(text)
        prev_width = measure(text) if stripped else 0
    return "\n".join(out)


# where a dump tool may break a line: plain spaces and tabs, never a no-break space ("has\u00a0denied"
# is one word to the wrapper, so it measures the next line's first word up to a plain space)
_WRAP_SPACE = re.compile(r"[ \t]+")
_DASH_THEN_WORD = re.compile(r"^[–—]\s+(?=[^\W\d_])")


def _dash_goes_on(above: str, stripped: str) -> bool:
    """"– spårbyte i Knivsta" under "Pendeltåget till Uppsala ställs in i tre veckor": a line
    a narrow column broke at a spaced dash goes on with a lower-case word (a list's item or a
    speech dash opens with a capital), under a line that is no list item itself."""
    dash = _DASH_THEN_WORD.match(stripped)
    return dash is not None and stripped[dash.end()].islower() and not BULLET.match(above.lstrip())


def _dateline_over(text: str, below: str, settings: TextSettings) -> bool:
    """A byline or dateline line ("Published: 14/03/2008 | By Jane Doe") over a line that does
    not carry it on (the headline a narrow column sets under it, not the rest of a name or of a
    list it wraps: "| Par Martin" over "Untersinger (avec …)"): no paragraph's first line, so
    the two are not joined. It ends on a name or a figure, and holds few lower-case words: a
    caption's "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L."
    wraps a sentence."""
    text = text.strip()
    if not text or len(text) > MAX_DATELINE or not (text[-1].isdigit() or text.split()[-1][:1].isupper()) \
            or not (" | " in text or YEAR.search(text)):
        return False
    if sum(1 for w in text.split() if len(w) >= 4 and w[0].islower()) >= DATELINE_MAX_LOWER:
        return False
    return is_meta(text, settings=settings) and not is_meta(f"{text} {below.strip()}", settings=settings)


MAX_DATELINE = 120  # (a byline's or a dateline's length at most)
DATELINE_MAX_LOWER = 4  # lower-case words of four letters or more: a sentence, not a dateline
_SENTENCE_STOP = tuple('.!?:;"”»)')
# w3m breaks a line at its longest (about 1,020 columns), whatever its -cols: a paragraph longer
# than that goes on on the next line (one paragraph in nine of the wide dumps' long ones)
CUT_WIDTH = 960


def _rejoin_cut_lines(lines: list[str]) -> list[str]:
    """The lines with a paragraph a tool cut at its longest line joined back: a line of
    ``CUT_WIDTH`` columns or more that stops mid-sentence on a word (not a rule), and the line
    right under it (no blank line between, no bullet). One look at each line's length: a text
    without such lines is returned as it is."""
    if max(map(len, lines), default=0) < CUT_WIDTH:  # (one pass in C)
        return lines
    out: list[str] = []
    cut = False  # the last line kept was cut at the tool's longest line
    for raw in lines:
        stripped = raw.strip()
        if cut and stripped and not BULLET.match(stripped):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(raw)
        text = out[-1].rstrip()
        cut = (bool(stripped) and len(raw) >= CUT_WIDTH and display_width(raw.rstrip()) >= CUT_WIDTH
               and not text.endswith(_SENTENCE_STOP) and (text[-1].isalnum() or text[-1] in ",-–"))
    return out if len(out) < len(lines) else lines
_LABEL = re.compile(r"[A-Z][\w'’-]{0,15}: \S")  # "New: ", "Fixed: ", "Q: "


def _opens_item(text: str) -> str | None:
    """How a list's item opens: with a label ("New: ..."), or with a figure then a separator
    ("Mon 24 June – ..."); None for other lines."""
    if _LABEL.match(text):
        return ":"
    return row_head(text)


def _blank_free(lines: list[str], few_blanks: float, min_lines: int) -> bool:
    filled = sum(1 for x in lines if x.strip())
    return filled >= min_lines and len(lines) - filled < few_blanks * filled


def _new_block(prev: str, stripped: str, measure, width: int) -> bool:
    """In a text without blank lines, ``stripped`` starts a block of its own after ``prev``."""
    return (prev.endswith(_SENTENCE_STOP) and stripped[0].isupper() and measure(stripped) < 0.6 * width
            and not stripped.endswith(_SENTENCE_STOP))


def _join_broken_sentences(content: str, lines: list[str], settings: TextSettings) -> str:
    """A short text whose wrap width cannot be told from its few lines: in a block of lines
    (between blank lines) that all but its last end within a word of the block's width, as a
    wrapped paragraph's do, a line that stops mid-sentence is joined to the next when that one carries
    the sentence on (a lower-case word at the same indent, not a byline's "by")."""
    out: list[str] = []
    joined = False
    start = 0
    n = len(lines)
    while start < n:
        end = start
        while end < n and lines[end].strip():
            end += 1
        block = lines[start:end]
        merged = _joined_block(block, settings) if len(block) >= 2 else block
        joined = joined or len(merged) < len(block)
        out.extend(merged)
        if end < n:
            out.append(lines[end])
        start = end + 1
    return "\n".join(out) if joined else content


def _joined_block(block: list[str], settings: TextSettings) -> list[str]:
    widths = [display_width(x.rstrip()) for x in block]
    width = max(widths)
    if width > settings.unwrap_wide_wrap:
        return block
    if min(widths[:-1]) >= width - settings.unwrap_word_slack:
        return _joined_lines(block, settings)
    # lines of many lengths: a list, or a box whose paragraph, wrapped at the block's width, ends
    # a sentence before its short lines (a fact check's claim over its source and its verdict)
    out: list[str] = []
    first = 0
    for k, raw in enumerate(block):
        if k + 1 < len(block) and not raw.rstrip().endswith(_SENTENCE_STOP):
            continue
        part = block[first : k + 1]
        wrapped = len(part) >= 2 and min(widths[first:k]) >= width - settings.unwrap_word_slack
        out.extend(_joined_lines(part, settings) if wrapped else part)
        first = k + 1
    return out


def _joined_lines(block: list[str], settings: TextSettings) -> list[str]:
    """The lines of a wrapped block with each line that stops mid-sentence joined to the next one
    that carries the sentence on."""
    out = [block[0].rstrip()]
    prev = out[0]
    for raw in block[1:]:
        text = raw.rstrip()
        stripped = text.lstrip()
        if (stripped[0].islower() and len(prev.strip()) >= settings.unwrap_min_broken and not prev.endswith(_SENTENCE_STOP)
                and len(prev) - len(prev.lstrip()) == len(text) - len(stripped)
                and not cues.BYLINE.match(stripped)):  # "by Name" under a headline starts a line
            out[-1] = out[-1] + " " + stripped
        else:
            out.append(text)
        prev = text
    return out
