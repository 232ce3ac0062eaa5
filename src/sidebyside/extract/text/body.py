"""Where the article's body is in a text capture, and what its blocks are.

The body is the maximum-sum run of line scores (Kadane's algorithm, one pass): prose earns its
weight beyond TextSettings.prose_cost, every other line costs a little, lists of short bullets
(printed with their bullets or without) and page furniture cost more, the rows of a table of
data earn, a comment section or author bio ends the article. Inside the run, promo
blocks, captions and furniture are dropped and the rest becomes paragraphs, headings (short
standalone lines between paragraphs), blockquotes (indented prose) and list items.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from sidebyside.extract import cues
from sidebyside.extract.dates import find_date
from sidebyside.extract.text.kinds import (
    APPEAL, BLANK, COMMENTS, CREDIT, FURNITURE, IMAGE, META, PROMO, PROSE, RULE, SHORT,
)
from sidebyside.extract.text.lines import Line
from sidebyside.extract.text.rules import looks_like_code
from sidebyside.extract.line_shape import ends_sentence, is_wide
from sidebyside.settings import DEFAULT, TextSettings



def mark_captions(lines: list[Line], settings: TextSettings = DEFAULT.extract.text) -> None:
    """An image's alt text printed twice (bullet, then indented) or a credit is a caption."""
    prev: Line | None = None
    for line in lines:
        if line.kind == BLANK:
            continue
        if line.repeat_of_prev and prev is not None and (line.indent > prev.indent or prev.bullet or line.bullet):
            if line.kind in (PROSE, SHORT, APPEAL):
                line.kind = CREDIT
            if prev.kind in (PROSE, SHORT, APPEAL):
                prev.kind = CREDIT
        elif line.repeat_of_prev and prev is not None:
            # the same line twice in a row: a teaser card (image alt + link), never prose
            for x in (line, prev):
                if x.kind == PROSE:
                    x.kind = SHORT
        elif line.kind in (PROSE, SHORT) and line.weight <= 300 and (line.bullet or line.indent):
            if cues.CAPTION_SUFFIX.search(line.text):
                line.kind = CREDIT
        elif line.kind in (PROSE, SHORT) and line.weight <= 300 and "（" in line.text \
                and cues.WIDE_CAPTION_SUFFIX.search(line.text):
            line.kind = CREDIT  # "…停留所＝5日午後、青葉町本郷で（撮影・森田和也）": a photographer's credit closing it
        elif prev is not None and _credited_repeat(prev.text, line.text):
            # a caption printed again with its credit: "Caption" then "Caption - Name/Agency"
            prev.kind = line.kind = CREDIT
        elif prev is not None and prev.kind == CREDIT and _labelled_repeat(prev.text, line.text, settings):
            # the caption printed again (alt text, then figure caption) with the label of the box
            # below glued to it by the tool ("... Name SURNAME / AGENCY Highlights")
            line.kind = CREDIT
        prev = line
    _over_credits(lines, settings)


def _over_credits(lines: list[Line], s: TextSettings) -> None:
    """The lines right above a photo credit, with no blank line between, are the picture's
    caption ("A view of the gate amid smog." / "Pollution is surging again." / "Name/Agency"):
    a tool sets a paragraph apart with a blank line, a figure's caption and credit together."""
    first = 0  # the first line of the current block of lines
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            first = i + 1
        elif line.kind == CREDIT and 0 < i - first <= s.caption_lines and not line.bullet \
                and line.weight <= s.bare_credit_max_weight:
            above = lines[first:i]
            if all(x.kind in (PROSE, SHORT, CREDIT) and not x.bullet and x.weight <= s.caption_line_max_weight
                   for x in above):
                for x in above:
                    x.kind = CREDIT


def _credited_repeat(first: str, second: str) -> bool:
    """``second`` is ``first`` with a short credit after a dash, a bar or a slash."""
    if len(first) < 20 or len(second) <= len(first) or not second.startswith(first):
        return False
    tail = second[len(first):]
    return len(tail) <= 80 and tail.lstrip()[:1] in ("-", "–", "—", "|", "/", "(", "©")


def _labelled_repeat(first: str, second: str, s: TextSettings) -> bool:
    """``second`` is ``first`` (``near_repeat_prefix`` characters or more) with a label of at most
    ``glued_label_words`` words after it, no sentence: a short heading the tool joined to it."""
    if len(first) < s.near_repeat_prefix or len(second) <= len(first) or not second.startswith(first):
        return False
    tail = second[len(first):]
    return tail[:1].isspace() and len(tail.split()) <= s.glued_label_words and not ends_sentence(tail.strip())


# --------------------------------------------------------------------------- body search


def score_lines(lines: list[Line], settings: TextSettings = DEFAULT.extract.text) -> list[int]:
    """Each line's score: prose earns its weight beyond ``prose_cost``, other lines cost."""
    s = settings
    cost_of = dict(s.line_costs)
    short_cost = cost_of[SHORT]
    scores = [0] * len(lines)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        kind = line.kind
        if kind == BLANK:
            i += 1
            continue
        if kind == SHORT and not line.bullet and line.text[-1] != ":":
            # the commonest non-prose line: neither list item nor intro; a line of code or of a
            # program's output (an article's code block) costs less than a menu item
            scores[i] = -(s.code_line_cost if _code_mark(line.text) else short_cost)
            i += 1
            continue
        if line.bullet and kind in (SHORT, PROSE) and not _prose_bullet(line, s):
            j = i  # a run of short bullets (blank lines inside the run allowed)
            items = []
            while j < n and (lines[j].kind == BLANK or (lines[j].bullet and not _prose_bullet(lines[j], s))):
                if lines[j].kind != BLANK:
                    items.append(j)
                j += 1
            sentences = sum(1 for k in items if sentence_like(lines[k]))
            if sentences * 2 >= len(items):
                cost = s.sentence_item_cost  # a list in the article, not a menu
            else:
                cost = s.list_run_cost if len(items) >= 3 else s.bullet_cost
            for k in items:
                scores[k] = -cost_of.get(lines[k].kind, cost) if lines[k].kind not in (SHORT, PROSE) else -cost
            i = j
            continue
        if kind in (SHORT, PROSE) and not line.bullet and is_intro(line):
            # an introduction ("The tour dates:"): the list that follows it belongs with it
            scores[i] = max(line.weight - s.prose_cost, 0)
            i = _score_introduced(lines, scores, i + 1, s)
            continue
        if line.kind == PROSE:
            scores[i] = line.weight - (0 if line.runs_on else s.prose_cost)
        elif "│" in line.text and kind in (META, FURNITURE, CREDIT):
            scores[i] = -s.code_line_cost  # a row of a table a program printed (dates, figures)
        elif line.kind == APPEAL:
            scores[i] = -max(s.appeal_min_cost, line.weight // 2)
        else:
            scores[i] = -cost_of.get(line.kind, short_cost)
        i += 1
    _demote_item_chunks(lines, scores, s)
    _price_blocks(lines, scores, s)
    _price_spaced_tables(lines, scores, s)
    for first, end in code_blocks(lines, 0, n, s):
        # a block of code or of a program's output costs as one line, however long: the prose
        # around it explains it, and the article reads on past it
        scores[first] = -s.code_line_cost
        for k in range(first + 1, end):
            scores[k] = 0
    _drop_comment_section(lines, scores, s)
    _price_gallery(lines, scores, s)
    _price_live_feed(lines, scores, s)
    _price_headed_teasers(lines, scores, s)
    _price_inline_markers(lines, scores, s)
    return scores


# a gallery's slide: "1/50 Star Wars boosts economy", its number out of the gallery's
_SLIDE = re.compile(r"(\d{1,3}) ?/ ?(\d{1,3}) \S")


def _price_gallery(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """A gallery's slides ("1/50 Title", "2/50 Title", ... each over its caption, a paragraph):
    ``gallery_slides`` or more in a row numbered one after the other out of the same count are
    a slideshow beside the article (a section's "news in pictures"), not its text: from the
    first slide to the last one's caption, nothing earns, so its captions do not outscore an
    article split by a video player's buttons, nor count among the page's prose."""
    slides: list[int] = []  # the current row of slides
    count = number = 0

    def close() -> None:
        if len(slides) >= s.gallery_slides:
            _set_aside(lines, scores, slides[0], slides[-1], _SLIDE, s)

    for i, line in enumerate(lines):
        text = line.text
        if not text or not text[0].isdigit():
            continue
        match = _SLIDE.match(text)
        if match is None:
            continue
        k, total = int(match.group(1)), int(match.group(2))
        if slides and total == count and k == number + 1:
            slides.append(i)
        else:
            close()
            slides = [i] if 1 <= k <= total else []
        count, number = total, k
    close()


def _set_aside(lines: list[Line], scores: list[int], first: int, last: int, entry: re.Pattern[str],
               s: TextSettings) -> None:
    """Lines ``first`` to ``last`` and the few lines of the last entry (``entry`` opens each) are
    other stories beside the article: none earns, none is the page's prose."""
    short_cost = dict(s.line_costs)[SHORT]
    end, seen, n = last + 1, 0, len(lines)
    while end < n and seen < 3 and not entry.match(lines[end].text):
        seen += lines[end].kind != BLANK
        end += 1
    for k in range(first, end):
        lines[k].teaser = True  # (nor the page's prose, when the body is weighed against it)
        if scores[k] > 0:
            scores[k] = -short_cost


# a live feed's entry: its time ("14:44"), alone or before the entry's title (a dotted "12.03" may
# be a day and a month: a tour's dates)
_FEED_ENTRY = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:$| (?!Uhr\b|h\b|[aApP]\.?[mM]\b)\S)")


def _price_live_feed(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """A live feed beside the article (a news site's "Direct" column: "14:44 Title", "14:32" over a
    post, ...): ``live_feed_entries`` lines or more opening with a time, each within
    ``live_feed_gap`` lines of the one before, the times running one way (newest first, or
    oldest), are other stories: none earns, none is the page's prose."""
    entries: list[int] = []
    last_time, order = -1, 0

    def close() -> None:
        if len(entries) >= s.live_feed_entries:
            _set_aside(lines, scores, entries[0], entries[-1], _FEED_ENTRY, s)

    for i, line in enumerate(lines):
        text = line.text
        if not text or not text[0].isdigit() or line.weight > s.data_row_max_weight:
            continue
        match = _FEED_ENTRY.match(text)
        if match is None:
            continue
        time = int(match.group(1)) * 60 + int(match.group(2))
        step = (time > last_time) - (time < last_time)
        if entries and i - entries[-1] <= s.live_feed_gap and step and step != -order:
            entries.append(i)
            order = step
        else:
            close()
            entries, order = [i], 0
        last_time = time
    close()


def _next_content(lines: list[Line], i: int, step: int) -> int:
    """The index of the nearest line from ``i`` on (``step`` 1 or -1) that is not blank, or -1."""
    while 0 <= i < len(lines):
        if lines[i].kind != BLANK:
            return i
        i += step
    return -1


def _price_headed_teasers(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """Under a promo header ("Most read", "Related stories"), ``headed_card_list_cards`` or more
    teaser cards in a row (a title that ends no sentence over its one summary) are other
    stories: their summaries earn nothing, so a short article fragmented by adverts is not
    outscored by the longer summaries beside it."""
    short_cost = dict(s.line_costs)[SHORT]
    for i, line in enumerate(lines):
        # a plain heading ("Other news") heads cards only as a side column sets them: each title
        # right over its summary, a blank line after it (an article's subheadings stand apart
        # from their paragraphs)
        plain = line.kind == SHORT and _plain_heading(line, s)
        if line.kind != PROMO and not plain:
            continue
        summaries: list[int] = []
        k = _next_content(lines, i + 1, 1)
        max_title = s.plain_card_title_max_weight if plain else s.card_title_max_weight
        while k >= 0:
            title = lines[k]
            if not (title.kind in (SHORT, PROSE) and not title.bullet and scores[k] <= 0
                    and title.weight <= max_title and not ends_sentence(title.text)):
                break
            j = _next_content(lines, k + 1, 1)
            if j < 0 or scores[j] <= 0 or lines[j].kind != PROSE or lines[j].bullet:
                break
            if plain and (j != k + 1 or j + 1 >= len(lines) or lines[j + 1].kind != BLANK):
                break
            summaries.append(j)
            k = _next_content(lines, j + 1, 1)
        if len(summaries) >= s.headed_card_list_cards:
            for j in summaries:
                scores[j] = -short_cost


def _plain_heading(line: Line, s: TextSettings) -> bool:
    """A heading of a few words that ends no sentence and is no list item."""
    return not line.bullet and line.words <= s.plain_card_header_words and not ends_sentence(line.text) \
        and not line.text.endswith(":")


_MARKER_NEIGHBOURS = frozenset((PROSE, SHORT, CREDIT, IMAGE))


def _price_inline_markers(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """A line of the site's furniture of ``inline_marker_words`` words at most, alone between
    an article's lines ("Advertisement", "Story continues below", "Read more: ...": a paragraph
    within two lines above it and below it, and no other furniture, promo, comment, appeal or
    metadata right beside it), costs what a short line costs: the article reads on past it."""
    short_cost = dict(s.line_costs)[SHORT]
    for i, line in enumerate(lines):
        if line.kind != FURNITURE or line.words > s.inline_marker_words or scores[i] >= -short_cost:
            continue
        above, below = _next_content(lines, i - 1, -1), _next_content(lines, i + 1, 1)
        if above < 0 or below < 0 or lines[above].kind not in _MARKER_NEIGHBOURS \
                or lines[below].kind not in _MARKER_NEIGHBOURS:
            continue
        further_above = _next_content(lines, above - 1, -1)
        further_below = _next_content(lines, below + 1, 1)
        if any(k >= 0 and lines[k].kind == PROSE and scores[k] > 0 for k in (above, further_above)) and any(
                k >= 0 and lines[k].kind == PROSE and scores[k] > 0 for k in (below, further_below)):
            scores[i] = -short_cost


# a line that shows code: a code character anywhere, or a lower-case name then a sign at its
# start ("f(x)", "x = 1"), as two searches (one alternation of both tried at every character
# costs two to three times as much)
_CODE_MARK_CHAR = re.compile(r"[(){};=│┼─<>\\]")
_CODE_MARK_START = re.compile(r"[a-z_]+\W")


def _code_mark(text: str) -> bool:
    return _CODE_MARK_CHAR.search(text) is not None or _CODE_MARK_START.match(text) is not None


_CODE_CHAR = re.compile(r"[{};=│┼─<>\\]")  # (a byline's lower-case handle is no code)
# a line of code or of a program's output: a code character, a call "f(x)", a shell prompt, a
# line that opens or closes a bracket, one that goes on after a comma from a name or a keyword
# ("avg(n) AS mean,", "SELECT n,"; an address's lines start like names: "10 Market Street,")
_CODE_LINE = re.compile(r"[{};=│┼<>\\]|\w\(|^(?:\$|>>>|\.\.\.|[\w.]+=?#) |[(\[]$|^[)\]]|^(?:[a-z_]|[A-Z]{2,}\b).*,$")
_PROMPT = re.compile(r"^(?:\$|>>>) \S")
_NOT_CODE = frozenset((FURNITURE, PROMO, APPEAL, COMMENTS))  # (an advert's markup printed as text is no article's code)


def code_blocks(lines: list[Line], lo: int, hi: int, settings: TextSettings = DEFAULT.extract.text
                ) -> Iterator[tuple[int, int]]:
    """(first, end) of each block of code or of a program's output among ``lines[lo:hi]``:
    ``code_block_lines`` to ``code_block_max_lines`` lines without blank lines between them,
    none a bullet, a sentence, wide (CJK) text or page furniture, most of them showing code
    (brackets, operators, a shell prompt, a table's box-drawing rules); or a single command after
    a shell prompt ("$ hg push")."""
    i = lo
    while i < hi:
        if lines[i].kind == BLANK:
            i += 1
            continue
        j = i
        while j < hi and lines[j].kind != BLANK:
            j += 1
        count = j - i
        if count == 1:
            if _PROMPT.match(lines[i].text) and _plain(lines[i]):
                yield i, j
        elif settings.code_block_lines <= count <= settings.code_block_max_lines and _mostly_code(lines[i:j]) \
                and all(_plain(x) for x in lines[i:j]):
            yield i, j
        i = j


def _plain(line: Line) -> bool:
    """Neither a bullet, a sentence, wide text nor page furniture: a line a block of code may hold."""
    return not (line.bullet or line.kind in _NOT_CODE or (line.kind == PROSE and ends_sentence(line.text))
                or is_wide(line.text))


def _mostly_code(block: list[Line]) -> bool:
    """More than half the lines show code (the search stops once the answer is known)."""
    need = len(block) // 2 + 1
    marked, left = 0, len(block)
    for line in block:
        if line.kind == RULE or _CODE_LINE.search(line.text):
            marked += 1
            if marked >= need:
                return True
        left -= 1
        if marked + left < need:
            return False
    return False


def is_intro(line: Line) -> bool:
    """A line that introduces a list or a quote: it ends with a colon and has words."""
    return line.text[-1] == ":" and line.words >= 3


_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+$")


def intro_items(lines: list[Line], j: int, attachments: bool = False) -> Iterator[int]:
    """The indices of the items of the list an introduction ending just before line ``j``
    opens: lines without blank lines between them (after a blank line too, when two or more),
    or list items (blank lines between allowed). With ``attachments``, a list item's picture and
    bare link printed under it (a product's) are passed over, not yielded."""
    n = len(lines)
    k = j
    while k < n and lines[k].kind == BLANK:
        k += 1
    bulleted = k < n and lines[k].bullet
    if not bulleted and not (k > j and k + 1 < n and lines[k + 1].kind not in (BLANK, RULE)):
        k = j  # (a block of two lines or more after a blank line is the list a copy printed without bullets)
    while k < n:
        line = lines[k]
        if line.kind == BLANK:
            if not bulleted:
                return
            k += 1
            continue
        if attachments and bulleted and not line.bullet and (
                line.kind == IMAGE or (line.kind == SHORT and _BARE_LINK.match(line.text))):
            k += 1
            continue
        if line.kind not in (SHORT, PROSE) or line.bullet != bulleted:
            return
        yield k
        k += 1


def _score_introduced(lines: list[Line], scores: list[int], j: int, s: TextSettings) -> int:
    """Score the list an introduction opens; the index after its last item. A sentence earns
    its weight, a short item (a name, a place) costs little; other items (a teaser's headline)
    cost what they would anywhere."""
    end = j
    for k in intro_items(lines, j):
        line = lines[k]
        if sentence_like(line):
            scores[k] = max(line.weight - s.prose_cost, -s.sentence_item_cost)
        elif line.words <= s.intro_item_words:
            scores[k] = -s.sentence_item_cost
        else:
            scores[k] = -(s.list_run_cost if line.bullet else dict(s.line_costs)[SHORT])
        end = k + 1
    return end


def sentence_like(line: Line) -> bool:
    """Words of a sentence rather than a menu's Title Case labels."""
    words = line.text.split()
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return ends_sentence(line.text) or lower * 3 >= len(words)


def _drop_comment_section(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """Readers' comments after the article are prose too: once a comment section starts after
    some article prose, nothing below it counts as body."""
    if not any(line.kind == COMMENTS for line in lines):
        return  # the common case, tested in one pass without the running sum
    prose_before = 0
    for i, line in enumerate(lines):
        if line.kind == COMMENTS and prose_before >= s.comments_after_prose:
            short_cost = dict(s.line_costs)[SHORT]
            for k in range(i, len(lines)):
                if scores[k] > 0:
                    scores[k] = -short_cost
            return
        if scores[i] > 0:
            prose_before += scores[i]


def _prose_bullet(line: Line, s: TextSettings) -> bool:
    return line.kind == PROSE and line.weight >= s.prose_bullet_weight


def _demote_item_chunks(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """A run of 3+ lines without blank lines between them, most not ending a sentence, is a
    list of items (a ticker, a teaser column), not prose: w3m separates paragraphs by blanks."""
    chunk: dict[str, Line] = {}  # the chunk's long prose and short lines, one per text
    introduced = False  # the chunk opens with an introduction: its lines are the list it opens
    fresh = True
    for line in lines:
        if line.clause:
            continue  # (a paragraph's clauses in a script without spaces, one a line: lines.py)
        if line.kind == BLANK:
            if len(chunk) >= s.item_chunk_lines and not introduced:
                _demote_chunk(list(chunk.values()), scores, s)
            chunk, introduced, fresh = {}, False, True
            continue
        if fresh:
            introduced, fresh = line.kind in (PROSE, SHORT) and not line.bullet and is_intro(line), False
        if line.weight >= 50 and line.kind in (PROSE, SHORT):
            chunk[line.text] = line  # a repeated text keeps its first place and its last line
    if len(chunk) >= s.item_chunk_lines and not introduced:
        _demote_chunk(list(chunk.values()), scores, s)


def _price_blocks(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """Price the blocks of lines without blank lines between them as wholes, in one pass:
    - a table of data (a season's calendar, a tour's dates, figures) is what a page reports:
      each row earns its weight beyond ``data_row_cost``, as a paragraph's lines would;
    - unless it is set apart from the article above it (``_beside_prose``): then it earns
      nothing, and rows that read as sentences (a calendar's listings, bulleted or not) cost
      what a short line costs, and no short body grows over them;
    - a block of ``unbulleted_list_lines`` lines or more, not after a line introducing it
      ("The tour's dates:"), most of them short lines without a bullet that neither end a
      sentence nor introduce what follows, none a paragraph and none a table's row of cells
      (set apart by a tab or two spaces, or images side by side), is a list whose bullets the
      capture lost (a browser's copy prints a menu or a list of links one item a line): its
      items cost what the items of a bulleted list cost."""
    first, n = 0, len(lines)
    prose_above = 0  # the prose scored above the current block
    for i in range(n + 1):
        if i < n and lines[i].kind != BLANK:
            continue
        if i - first >= s.data_table_rows:
            table_end = data_table_at(lines, first, s)
            set_apart, rows = table_end, first
            if table_end == first and _glued_intro(lines[first]):
                # (a lynx dump glues a table to the line introducing it: "... after 36 rounds:")
                table_end = data_table_at(lines, first + 1, s)
                set_apart = table_end = first if table_end == first + 1 else table_end
            if table_end == first and prose_above >= s.next_story_prose:
                # (a listing's rows may be bullets, and a browser's copy glues a table to its title)
                set_apart = data_table_at(lines, first, s, bullets=True)
                if set_apart == first and _table_title(lines[first], s):
                    rows = first + 1
                    set_apart = max(data_table_at(lines, rows, s, titled=True),
                                    data_table_at(lines, rows, s, bullets=True, titled=True), first)
            detached = set_apart > first and prose_above >= s.next_story_prose and not _beside_prose(
                lines, rows, set_apart, s.prose_min_weight)
            if detached and any(scores[k] > 0 for k in range(rows, set_apart)):  # (rows that read as prose)
                short_cost = dict(s.line_costs)[SHORT]
                for k in range(first, set_apart):
                    scores[k] = min(scores[k], -short_cost)
                    lines[k].aside = True
            elif table_end > first and not detached:
                for k in range(first, table_end):
                    scores[k] = max(scores[k], lines[k].weight - s.data_row_cost)
            elif i - first >= s.unbulleted_list_lines and not _after_intro(lines, first):
                _price_unbulleted_list(lines, scores, first, i, s)
        prose_above += sum(x for x in scores[first:i] if x > 0)
        first = i + 1


def _glued_intro(line: Line) -> bool:
    """A block's first line that introduces what follows it, no blank line between."""
    return line.kind in (SHORT, PROSE) and not line.bullet and is_intro(line)


def _beside_prose(lines: list[Line], first: int, end: int, min_weight: int) -> bool:
    """A table of data the article reports sits by its prose: right under a paragraph or the
    line introducing it, or right above a paragraph (a note on the table's source is none).
    One under a heading of its own with no paragraph after it, below an article's prose (a page's market data, a league table, a
    sidebar's listings), is the page's, not the article's: its rows cost what a short line
    costs, though each reads as a sentence ("Mon 24 June – Quiz night at the Anchor Inn, 8pm.
    Teams of up to six."). (A table with no article above it is the page's content: a season's
    calendar.)"""
    k = first - 1
    while k >= 0 and lines[k].kind == BLANK:
        k -= 1
    if k >= 0 and not lines[k].bullet and (lines[k].kind == PROSE or (lines[k].kind == SHORT and is_intro(lines[k]))):
        return True
    k = end
    while k < len(lines) and lines[k].kind == BLANK:
        k += 1
    return k < len(lines) and lines[k].kind == PROSE and not lines[k].bullet and lines[k].weight >= min_weight


def _after_intro(lines: list[Line], i: int) -> bool:
    """The block starting at line ``i`` follows a line that introduces it ("The tour's dates:")."""
    k = i - 1
    while k >= 0 and lines[k].kind == BLANK:
        k -= 1
    return k >= 0 and lines[k].kind in (SHORT, PROSE) and is_intro(lines[k])


def _price_unbulleted_list(lines: list[Line], scores: list[int], first: int, end: int, s: TextSettings) -> None:
    """Price a block's bare items as a list's, unless half its lines or more hold a figure: a
    chart's labels and values printed one a line ("$915", "billion", "’17"), which a capture
    without blank lines prints as one block, are no menu; they cost what short lines cost, as
    when a tool sets them apart, and the article reads on past its chart."""
    figures = 0
    for k in range(first, end):
        if _DIGIT.search(lines[k].text):
            figures += 1
            if figures * 2 >= end - first:
                return  # (told once half the lines hold one, not after all of them)
    items = [k for k in range(first, end) if _bare_item(lines[k], scores[k])]
    if len(items) >= s.unbulleted_list_share * (end - first) and \
            all(scores[k] < s.prose_bullet_weight and not _CELLS.search(lines[k].text) for k in range(first, end)):
        for k in items:
            scores[k] = -s.list_run_cost


_CELLS = re.compile(r"\t|  |\] \[")  # (a row of images printed as their names is a table's too)


def _bare_item(line: Line, score: int) -> bool:
    """A short line without a bullet that neither ends a sentence, introduces a list nor shows code."""
    text = line.text
    return (line.kind == SHORT and not line.bullet and score < 0 and not ends_sentence(text) and text[-1] != ":"
            and not _code_mark(text))


def _demote_chunk(chunk: list[Line], scores: list[int], s: TextSettings) -> None:
    ended = sum(1 for x in chunk if ends_sentence(x.text))
    if ended < s.item_chunk_ended_share * len(chunk):
        short_cost = dict(s.line_costs)[SHORT]
        for x in chunk:  # long prose lines are kept: a table layout, not a ticker
            if 0 < scores[x.index] and x.weight < 250:
                scores[x.index] = -short_cost


def body_run(lines: list[Line], settings: TextSettings = DEFAULT.extract.text) -> tuple[int | None, int | None]:
    """The maximum-sum run of line scores (Kadane): the article's body lines."""
    start, end, _ = body_run_cut(lines, settings)
    return start, end


def body_run_cut(lines: list[Line], settings: TextSettings = DEFAULT.extract.text
                 ) -> tuple[int | None, int | None, bool]:
    """The body's first and last line, and whether the run was cut before a list of other
    stories (teaser cards, dated headlines): a body that must not grow past its end."""
    start, end, cut, _ = body_run_scored(lines, settings)
    return start, end, cut


def body_run_scored(lines: list[Line], settings: TextSettings = DEFAULT.extract.text
                    ) -> tuple[int | None, int | None, bool, list[int]]:
    """``body_run_cut`` with the line scores it chose from (what the doubt about it is read from)."""
    scores = score_lines(lines, settings)
    start, end, cut = _best_run(lines, scores, settings)
    return start, end, cut, scores


def _best_run(lines: list[Line], scores: list[int], settings: TextSettings) -> tuple[int | None, int | None, bool]:
    if max(scores, default=0) <= 0:
        return None, None, False  # no prose at all: no run has a positive sum
    best, best_start, best_end = 0, None, None
    total, start = 0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += s
        if total > best:
            best, best_start, best_end = total, start, i
    if best_start is None:
        return None, None, False
    while lines[best_start].kind == BLANK or scores[best_start] <= 0:
        best_start += 1
    run_end = best_end
    best_end = _before_next_story(lines, scores, best_start, best_end, settings)
    best_end = _before_teaser_cards(lines, scores, best_start, best_end, settings)
    best_end = _before_card_list(lines, scores, best_start, best_end, settings)
    best_end = _before_tags(lines, scores, best_start, best_end, settings)
    best_end = _before_marked_teasers(lines, scores, best_start, best_end, settings)
    best_start = _after_previous_story(lines, scores, best_start, best_end)
    return best_start, _through_data_table(lines, best_end, settings), best_end < run_end


def through_introduced_list(lines: list[Line], end: int) -> int:
    """The body's last line, taking in the bulleted list its last paragraph introduces ("Here are
    the deals not to miss:"), each item with the link and picture a tool printed under it: the
    article reads on through its list, whose short items cost more than the run can pay."""
    line = lines[end]
    if line.kind not in (SHORT, PROSE) or line.bullet or not is_intro(line):
        return end
    last = end
    for k in intro_items(lines, end + 1, attachments=True):
        last = k
    return last if last > end and lines[last].bullet else end


def through_closing_sentences(lines: list[Line], start: int, end: int, s: TextSettings) -> int:
    """The body's last line, taking in the short sentences right after its last paragraph ("Work
    is due to start in the spring."): a line of four words or more, capitalised and ending a
    sentence, that the line kinds read as plain text (not a credit, an appeal, a promo or a
    date). Only after a body of a few paragraphs: a run of a line or two is a body the extractor
    doubts, and what it keeps around it is decided elsewhere."""
    if lines[end].kind != PROSE or sum(1 for line in lines[start : end + 1] if line.kind == PROSE) < s.closing_after_paragraphs:
        return end
    k, taken = end + 1, 0
    while taken < s.closing_sentences:
        while k < len(lines) and lines[k].kind == BLANK:
            k += 1
        if k >= len(lines):
            break
        if not _short_sentence(lines[k]):
            break
        end, taken, k = k, taken + 1, k + 1
    return end


# marks a sentence may open with before its first letter: a quotation closing an article ('"We
# will appeal," Harris added.') is a short sentence as much as the words after it
_OPENING_MARKS = "\"“„«‘'"


def _short_sentence(line: Line) -> bool:
    """A line too short to be a paragraph by itself that reads as a sentence: capitalised (after
    an opening quotation mark), ending one, words of a sentence rather than labels, no bullet, no
    code."""
    return (line.kind == SHORT and not line.bullet and line.text.lstrip(_OPENING_MARKS)[:1].isupper()
            and ends_sentence(line.text) and sentence_like(line) and not _code_mark(line.text))


def through_last_sentences(lines: list[Line], end: int) -> int:
    """The capture's last line when every line after the body's end reads as a sentence (a
    paragraph, or a short line capitalised and ending a sentence): a capture of the article
    alone, pasted or saved without the page around it, reads on to its end, however short its
    paragraphs ("He will play the role in 2010."). A page's dump ends with furniture, which
    stops this at once."""
    last = end
    for k in range(end + 1, len(lines)):
        line = lines[k]
        if line.kind == BLANK:
            continue
        if line.bullet or not (line.kind == PROSE or _short_sentence(line)):
            return end
        last = k
    return last


# the separators every row of a table of data repeats ("June 9 – Tampa, FL @ Arena", "Stage 2: ...")
# (the last two set cells apart: two spaces a text browser prints, a tab a browser's copy puts)
_ROW_SEPARATORS = (" – ", " — ", " - ", " -- ", ": ", " @ ", " | ", "│", "\t", "  ")
_CELL_SEPARATORS = _ROW_SEPARATORS[-2:]
_DIGIT = re.compile(r"\d")
_CELL_GAP = re.compile(r"\t|  ")


def data_table_at(lines: list[Line], i: int, settings: TextSettings = DEFAULT.extract.text,
                  bullets: bool = False, titled: bool = False) -> int:
    """The index after the last row of a table of data starting at line ``i`` (dates and places of
    a tour, a season's calendar, figures): ``data_table_rows`` lines or more without blank lines
    between them, none a bullet, each short, with a figure, and with a separator they all repeat,
    after a blank line or the line introducing them ("The tour dates:").
    ``i`` when no table starts there. A menu's items have no figures, a list of links bullets.
    A table may open with a header of cells without figures ("Ticker  Security  Last  Change",
    cells a tool set apart with two spaces or more): then ``data_table_header_rows`` rows of
    figures under it make a table. With ``bullets``, the rows are all bullets instead (a listing:
    "• Mon 24 June – Quiz night at the Anchor Inn, 8pm. ..."); ``titled``: right under its title,
    no blank line between."""
    n, k = len(lines), i
    if i + 1 >= n or lines[i + 1].kind == BLANK:
        # the common case: a paragraph of its own; or the first row of a table whose rows a tool
        # set apart with blank lines
        return spaced_table_at(lines, i, settings) if not bullets and i + 2 < n else i
    while not bullets and k < n and k - i < 2 and _table_row(lines[k], settings) and not _DIGIT.search(lines[k].text) \
            and _CELL_GAP.search(lines[k].text):
        k += 1  # the header's rows
    header = k - i
    # the separators every row repeats, narrowed row by row: a block whose rows share none is
    # no table, told at its first rows, not after a scan of all of them
    shared = [sep for sep in (_CELL_SEPARATORS if header else _ROW_SEPARATORS)
              if all(sep in lines[j].text for j in range(i, k))]
    while shared and k < n and _table_row(lines[k], settings, bullets) and _DIGIT.search(lines[k].text):
        text = lines[k].text
        shared = [sep for sep in shared if sep in text]
        k += 1
    if not shared:
        return i
    need = settings.data_table_header_rows if header else settings.data_table_rows
    if k - i - header < need or (k < n and lines[k].kind != BLANK):
        return i
    if i > 0 and lines[i - 1].kind != BLANK and not is_intro(lines[i - 1]) and not titled:
        return i  # (a table is a block of its own, or follows the line that introduces it)
    return k


def _cell_row(lines: list[Line], i: int, s: TextSettings) -> bool:
    """Line ``i`` is a block of its own holding a row of ``spaced_table_cells`` cells or more (set
    apart by a tab or two spaces), one with a figure."""
    line = lines[i]
    return (_table_row(line, s) and (i + 1 >= len(lines) or lines[i + 1].kind == BLANK)
            and (i == 0 or lines[i - 1].kind == BLANK) and _DIGIT.search(line.text) is not None
            and len(_CELL_GAP.split(line.text)) >= s.spaced_table_cells)


def spaced_table_at(lines: list[Line], i: int, settings: TextSettings = DEFAULT.extract.text) -> int:
    """The index after the last row of a table of data whose rows a tool set apart with a blank
    line each (a standings table whose cells hold paragraphs): ``data_table_rows`` rows or more in
    a row, each a block of its own with ``spaced_table_cells`` cells or more and a figure (a menu
    has no figures, a paragraph no cells). ``i`` when no such table starts there."""
    n, k, last = len(lines), i, -1
    while k < n and _cell_row(lines, k, settings):
        last, k = k, k + 2  # (the row, then its blank line)
    return last + 1 if last >= i and (last - i) // 2 + 1 >= settings.data_table_rows else i


def _price_spaced_tables(lines: list[Line], scores: list[int], s: TextSettings) -> None:
    """A table of data whose rows are set apart by blank lines (spaced_table_at), with its header,
    right under the line introducing it or a paragraph, or above a paragraph, is the article's, as
    a table without blank lines is (_price_blocks): each row earns its weight beyond ``data_row_cost``."""
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind == BLANK or not (i == 0 or lines[i - 1].kind == BLANK) or not _cell_row(lines, i, s):
            i += 1
            continue
        end = spaced_table_at(lines, i, s)
        # (its header may have fewer cells, or no figure: a block of its own right above, with cells)
        top = i - 2 if i >= 2 and _table_row(lines[i - 2], s) and _CELL_GAP.search(lines[i - 2].text) \
            and (i == 2 or lines[i - 3].kind == BLANK) else i
        if end > i and _beside_prose(lines, top, end, s.prose_min_weight):
            for k in range(top, end):
                if lines[k].kind != BLANK:
                    scores[k] = max(scores[k], lines[k].weight - s.data_row_cost)
        i = max(end, i + 1)


def _table_title(line: Line, s: TextSettings) -> bool:
    """A table's title: a short line of words without a figure, ending no sentence."""
    return (line.kind == SHORT and not line.bullet and line.words <= s.data_table_title_words
            and not _DIGIT.search(line.text) and not ends_sentence(line.text))


def _table_row(line: Line, settings: TextSettings, bullet: bool = False) -> bool:
    return line.kind in (SHORT, PROSE, META) and line.bullet == bullet and line.weight <= settings.data_row_max_weight


def _through_data_table(lines: list[Line], end: int, settings: TextSettings) -> int:
    """A table of data right after the body's last paragraph (past at most its title) is the
    article's: the tour dates a story announces, a calendar it reports."""
    n, k, titles = len(lines), end + 1, 0
    while k < n:
        line = lines[k]
        if line.kind == BLANK:
            k += 1
            continue
        after = data_table_at(lines, k, settings)
        if after > k:
            return after - 1
        if titles or line.kind != SHORT or line.bullet or line.words > settings.data_table_title_words:
            return end
        titles, k = 1, k + 1
    return end


def _after_previous_story(lines: list[Line], scores: list[int], start: int, end: int) -> int:
    """A headline + byline/date cluster inside the run with more prose after it than before:
    what came before is a teaser list or another story, and the article starts at the headline."""
    total = sum(s for s in scores[start : end + 1] if s > 0)
    before = 0
    for i in range(start, end + 1):
        if scores[i] > 0:
            before += scores[i]
        if not _story_meta(lines[i]) or before == 0 or before * 2 > total or not _dated(lines, i):
            continue
        head = prev_content(lines, i, start)
        if head is None or head.kind != SHORT or head.bullet or not 2 <= head.words <= 25:
            continue
        k = i + 1
        while k <= end and scores[k] <= 0:
            k += 1
        if k <= end and _introduces(head, lines, scores, start, k, end):
            return k
    return start


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _introduces(head: Line, lines: list[Line], scores: list[int], start: int, first: int, end: int) -> bool:
    """The headline's words come back in the prose after it more than in the prose before it:
    it heads what follows (an author's name or a teaser set inside the article does not)."""
    words = {w.casefold() for w in _CONTENT_WORD.findall(head.text)}
    if not words:
        return False

    def share(indices) -> float:
        found: set[str] = set()
        for k in indices:
            if scores[k] > 0:
                found |= words & {w.casefold() for w in _CONTENT_WORD.findall(lines[k].text)}
        return len(found) / len(words)

    prose_before = [k for k in range(head.index - 1, start - 1, -1) if scores[k] > 0][:8]
    dated_between = sum(1 for k in range(prose_before[0] + 1 if prose_before else start, head.index)
                        if lines[k].kind == META and lines[k].weight <= 120 and find_date(lines[k].text))
    if dated_between:
        return False  # another dated headline just above: a list of teasers, not a story's start
    after = share(range(first, min(end + 1, first + 8)))
    return after > 0 and after > share(prose_before)


def _before_next_story(lines: list[Line], scores: list[int], start: int, end: int, s: TextSettings) -> int:
    """A headline followed by a byline or date line, after most of the run's prose, starts
    another story (a teaser card, the next article): the body ends before it. So does the first
    of a list of such stories, each with a summary far shorter than the prose above the list,
    however long the list."""
    total = sum(x for x in scores[start : end + 1] if x > 0)
    before = 0
    starts: list[tuple[int, int]] = []  # (the story's headline, the prose above it)
    for i in range(start, end + 1):
        if scores[i] > 0:
            before += scores[i]
        if not _story_meta(lines[i]) or before < s.next_story_prose or not _dated(lines, i):
            continue
        head = prev_content(lines, i, start)
        if head is None or head.kind != SHORT or head.bullet or not 2 <= head.words <= 25:
            continue
        if not starts or starts[-1][0] != head.index:  # (a story's byline and date: one story)
            starts.append((head.index, before))
        elif before >= total - before:
            starts[-1] = (head.index, before)
    if len(starts) >= s.teaser_list_stories:
        summaries = [b - a for (_, a), (_, b) in zip(starts, starts[1:])] + [total - starts[-1][1]]
        if max(summaries) * s.teaser_summary_share <= starts[0][1]:
            return _last_scored(scores, start, starts[0][0])
    for head, before in starts:
        if before >= total - before:
            return _last_scored(scores, start, head)
    return end


def _before_tags(lines: list[Line], scores: list[int], start: int, end: int, s: TextSettings) -> int:
    """The article's tags close it: a tag header ("Tags", "Filed under", "Themen") over a list
    of labels (no sentence), after ``next_story_prose`` of the run's prose, ends the body above
    it (what follows is the site's: a comment policy, a sidebar's teasers)."""
    prose = 0
    for i in range(start, end + 1):
        line = lines[i]
        if scores[i] > 0:
            prose += scores[i]
        elif prose >= s.next_story_prose and line.kind != BLANK and cues.norm_cue(line.text) in cues.TAG_HEADERS:
            k = i + 1
            while k <= end and lines[k].kind == BLANK:
                k += 1
            if k <= end and not (lines[k].kind == PROSE and ends_sentence(lines[k].text)):
                return _last_scored(scores, start, i)
    return end


# a link's label a site marks with an arrow ("» Power ranking", "› Columns"; a German quotation
# opens with "»" glued to its first word)
_MARKED_LINK = re.compile(r"^[»›] \S")


def _before_marked_teasers(lines: list[Line], scores: list[int], start: int, end: int, s: TextSettings) -> int:
    """The run's tail a row of teasers, each under a link label the site marks with an arrow
    ("» Power ranking", then its picture and a line or two of summary): ``marked_teasers`` labels
    or more (the row may run on past the run's end), every line from the first label to the
    run's end within ``marked_teaser_lines`` lines of words under a label, after a scored line. The body ends above the first label,
    however short the article (a table of results over a sidebar's columns)."""
    labels, since, first = 0, None, None
    for i in range(start, len(lines)):  # (the row may run on past the run's end)
        line = lines[i]
        if line.kind == BLANK:
            continue
        if not line.bullet and _MARKED_LINK.match(line.text) and not ends_sentence(line.text) \
                and line.weight <= s.card_title_max_weight:
            if first is None:
                first = i
            labels, since = labels + 1, 0
        elif first is not None:
            since += 1
            if since > s.marked_teaser_lines:
                if i <= end:
                    labels, since, first = 0, None, None
                else:
                    break
        elif i > end:
            break
    if first is None or labels < s.marked_teasers:
        return end
    last = _last_scored(scores, start, first)
    return last if scores[last] > 0 else end


def _last_scored(scores: list[int], start: int, before: int) -> int:
    """The last line above ``before`` (and not above ``start``) that earns its place."""
    k = before - 1
    while k > start and scores[k] <= 0:
        k -= 1
    return k


def _before_teaser_cards(lines: list[Line], scores: list[int], start: int, end: int, s: TextSettings) -> int:
    """Teaser cards after most of the run's prose (a title shown twice, as an image's alt text
    and as its link, twice or more with no paragraph between): a list of other stories, and the
    body ends before the first. A text shown three times or more is an image's alt text shown
    at each of its images. A label already shown in the first half of the run's prose is the
    article's own, repeated at each of its sections (a meal plan's "Pre-Workout Meal" and
    "Eat 60–90 minutes before your workout" under each plan), not the cards' furniture."""
    total = sum(x for x in scores[start : end + 1] if x > 0)
    shown: dict[str, int] = {}
    for line in lines[start : end + 1]:
        if line.kind in (SHORT, PROSE):
            shown[line.text] = shown.get(line.text, 0) + 1
    early: set[str] = set()  # the short lines shown before the run's prose reaches its half
    before = 0
    first_card = None
    for i in range(start, end + 1):
        if scores[i] > 0:
            before += scores[i]
            if first_card is not None and scores[i] > s.prose_bullet_weight:
                first_card = None  # a paragraph between the two: images inside the article
        if before < s.next_story_prose or before * 2 < total:
            if lines[i].kind == SHORT:
                early.add(lines[i].text)
            continue
        if lines[i].text not in early and _card_furniture(lines, i, end, shown):
            k = i - 1
            while k > start and scores[k] <= 0:
                k -= 1
            return k
        if shown.get(lines[i].text) != 2 or not _card(lines, i, end):
            continue
        if first_card is None:
            first_card = i
            continue
        if i - first_card > s.teaser_card_span:
            first_card = i
            continue
        if _article_goes_on(lines, scores, i, end, s):
            first_card = None  # (figures' captions shown twice, each as alt text and as caption)
            continue
        k = first_card - 1
        while k > start and scores[k] <= 0:
            k -= 1
        return k
    return end


def _article_goes_on(lines: list[Line], scores: list[int], i: int, end: int, s: TextSettings) -> bool:
    """Below the cards at ``i`` the run holds ``cards_then_paragraphs`` paragraphs or more that
    end sentences (each ``split_paragraph_weight`` heavy), not half of them right under a title,
    before any furniture, promo, comments or appeal: the article goes on, and the titles shown
    twice were its figures' captions, not other stories' cards (a list of cards below an article
    is followed by more cards, teasers or the site's footer)."""
    paragraphs = titled = 0
    title = False  # the line above is a title (a short line ending no sentence)
    for k in range(i + 1, end + 1):
        line = lines[k]
        if line.kind == BLANK:
            continue
        if line.kind in _SPLIT_BARRIER or line.kind == PROMO:
            break
        if scores[k] > 0 and line.kind == PROSE and not line.bullet and ends_sentence(line.text) \
                and line.weight >= s.split_paragraph_weight:
            paragraphs += 1
            titled += title
        title = scores[k] <= 0 and _title_like(line)
    return paragraphs >= s.cards_then_paragraphs and 2 * titled < paragraphs


def _before_card_list(lines: list[Line], scores: list[int], start: int, end: int, s: TextSettings) -> int:
    """A list of teaser cards below the article, however long: cards in a row, each two short
    lines or more (a kicker, a headline, its source) over one paragraph (its summary, a few
    sentences), each summary far shorter than the prose above the list. The body ends before
    the first card. (A section of an article has one subheading over its paragraphs; one over
    more than ``card_sentence_labels`` lines that read as sentences, a list that lost its
    bullets, is no card either: a card's labels are a kicker, a headline, a source.) Under a
    promo header ("Related stories", "More from ..."), a title over its summary is a card, and
    fewer cards in a row make a list, however short the article above: the body ends before
    the header."""
    first = last = None  # (first line, the prose above it) of the first and last card in a row
    cards = longest = 0  # the cards in the row, the longest summary but the last card's
    labels: list[int] = []  # the short lines since the last paragraph
    coded = False  # one of them is a line of code or of a program's output: no card
    promo: int | None = None  # the promo header ("Related stories") since the last paragraph, if any
    headed: int | None = None  # the promo header over the current row of cards
    before = 0
    for i in range(start, end + 1):
        line, score = lines[i], scores[i]
        if line.kind == BLANK:
            continue
        if score <= 0 or ((promo is not None or headed is not None) and not labels and not line.bullet
                          and line.weight <= s.card_title_max_weight and not ends_sentence(line.text)):
            # (under a promo header, a card's title may be long enough for prose: it ends no sentence)
            if line.kind == PROMO and before:
                promo = i
            elif line.kind in (SHORT, META, PROSE) and not line.bullet:
                labels.append(i)
                coded = coded or _CODE_CHAR.search(line.text) is not None or line.text[0] in "$#>"
            continue
        need = 1 if promo is not None or headed is not None else s.card_labels
        if len(labels) >= need and score <= s.card_summary_max and not coded and sum(
                1 for k in labels if lines[k].words >= s.unended_item_words and sentence_like(lines[k])
        ) <= s.card_sentence_labels:
            if last is None:
                first, headed = (labels[0], before), promo
            else:
                longest = max(longest, before - last[1])
            last = (labels[0], before)
            cards += 1
            if headed is not None and cards >= s.headed_card_list_cards:
                return _last_scored(scores, start, headed)
            if (cards >= s.card_list_cards and first[1] >= s.next_story_prose
                    and max(longest, score) * s.teaser_summary_share <= first[1]):
                return _last_scored(scores, start, first[0])
        else:
            first = last = headed = None
            cards = longest = 0
        labels, coded, promo = [], False, None
        before += score
    return end


def _card_furniture(lines: list[Line], i: int, end: int, shown: dict[str, int]) -> bool:
    """The lines every teaser card repeats (its source, "Save", "More like this"): a short line
    shown three times or more in the run, with another such line right after it."""
    def repeated_label(line: Line) -> bool:  # a label, not a figure, a chart's axis or code
        text = line.text
        return (line.kind == SHORT and line.weight <= 60 and text[0].isupper() and not text.isupper()
                and shown.get(text, 0) >= 3 and "_" not in text and not _code_mark(text))

    line = lines[i]
    if not repeated_label(line):
        return False
    return any(repeated_label(lines[j]) and line.text not in lines[j].text and lines[j].text not in line.text
               for j in range(i + 1, min(end + 1, i + 4)))


def _card(lines: list[Line], i: int, end: int) -> bool:
    """A teaser's title: a short line of three words or more, starting like a title, shown again
    within the next three lines with text."""
    line = lines[i]
    if line.kind not in (SHORT, PROSE) or line.weight > 200 or line.words < 3 or line.repeat_of_prev:
        return False
    first = line.text[0]
    if first.islower() or first.isdigit():
        return False  # a program's output, a list of figures
    seen = 0
    for j in range(i + 1, end + 1):
        if lines[j].kind == BLANK:
            continue
        if lines[j].text == line.text:
            return True
        seen += 1
        if seen >= 3:
            return False
    return False


def _story_meta(line: Line) -> bool:
    """A byline or dateline a story may open with: metadata, but no row of a table a program
    printed ("400 │ 2020-08-01 18:00:00+00 │ 24": its cells hold dates, it opens no story)."""
    return line.kind == META and "│" not in line.text


def _dated(lines: list[Line], i: int) -> bool:
    """The metadata cluster around line ``i`` states a date (a story's, not a section's byline)."""
    for j in range(max(0, i - 3), min(len(lines), i + 4)):
        if _story_meta(lines[j]) and lines[j].weight <= 120 and find_date(lines[j].text):
            return True
    return False


def prev_content(lines: list[Line], i: int, lo: int) -> Line | None:
    """The nearest line above ``i`` that is neither blank nor metadata (a byline's headline);
    a second short line (the author's name) may sit between them."""
    seen_short = 0
    for j in range(i - 1, max(lo, i - 8) - 1, -1):
        kind = lines[j].kind
        if kind in (BLANK, META, IMAGE):
            continue
        if kind == SHORT and seen_short == 0 and j - 1 >= lo:
            # "Headline / Author name / date": look one further for the headline
            above = next((lines[k] for k in range(j - 1, max(lo, j - 4) - 1, -1) if lines[k].kind != BLANK), None)
            if above is not None and above.kind == SHORT and not above.bullet:
                return above
        return lines[j]
    return None


# --------------------------------------------------------------------------- body blocks


def body_margin(lines: list[Line], start: int, end: int) -> int:
    """The indent most of the body's paragraphs share: 0 in a w3m dump, 3 in a lynx dump, which
    sets all its text off the left edge (so an indent counts as a blockquote only beyond it)."""
    indents = Counter(line.indent for line in lines[start : end + 1] if line.kind == PROSE and not line.bullet)
    return indents.most_common(1)[0][0] if indents else 0


def body_blocks(lines: list[Line], start: int, end: int,
                settings: TextSettings = DEFAULT.extract.text) -> list[tuple[str, Line]]:
    """(kind, line) for each block of the body run; promo blocks, furniture, captions dropped."""
    out: list[tuple[str, Line]] = []
    in_promo = False
    introduced: set[int] = set()  # the items of a list an introduction opened, the rows of a table
    emitted: set[str] = set()
    said: dict[str, list[str]] = {}  # the paragraphs emitted so far, by their first characters
    s = settings
    code = {first: stop for first, stop in code_blocks(lines, start, end + 1, settings)}
    twice = near_repeats(lines, start, end, settings)
    recurring = _recurring_labels(lines, start, end, settings)
    skip_to = start
    credited: set[int] = set()  # the lines of a quotation's credit box (its source, a verdict)
    # a blockquote is indented beyond the body's own margin: w3m sets it 4 columns in, lynx 2 more
    # than the 3 it sets every line in
    quote_indent = max(3, body_margin(lines, start, end) + 2)
    for i in range(start, end + 1):
        if i < skip_to:
            continue
        line = lines[i]
        kind = line.kind
        if kind == BLANK:
            continue
        if i in code and not in_promo:
            block = lines[i : code[i]]
            text = "\n".join(x.text for x in block)
            out.append(("paragraph", Line(i, text, line.indent, False, SHORT, sum(x.weight for x in block),
                                          sum(x.words for x in block))))
            skip_to = code[i]
            continue
        if i in credited:
            out.append(("paragraph", line))
            continue
        if out and out[-1][1].index == i - 1 and _quotation(out[-1][1].text) and cues.SOURCE_CREDIT.match(line.text):
            # a quotation's "Source: <body>, <date>" under it, and the lines of its box after it (a
            # fact check's verdict): the claim's credit, which a photo's credit never follows
            credited.update(_credit_box(lines, i, end, settings))
            out.append(("paragraph", line))
            continue
        if i not in introduced and (i == start or lines[i - 1].kind == BLANK) and not line.bullet:
            introduced.update(range(i, data_table_at(lines, i, settings)))
        if kind in (RULE, IMAGE, CREDIT, APPEAL, COMMENTS) or (kind == META and i not in introduced):
            continue
        if kind in (PROMO, FURNITURE):
            if kind == PROMO or cues.is_promo_header(line.text) or line.text.endswith(":") \
                    or cues.norm_cue(line.text) in cues.TAG_HEADERS:
                in_promo = True
            continue
        if kind == PROSE and (not line.bullet or _prose_bullet(line, settings)) and (
                not in_promo or _stopped(line.text) or line.weight >= s.promo_title_max_weight):
            # (the article reads on after a promo block; a story's title in it, however long,
            # ends no sentence: "The Doobie Brothers: Lighting Up With the Stars of 'This Is the End'")
            in_promo = False
        if in_promo or i in twice:
            continue
        if line.text in emitted and line.text not in recurring and not (
                kind == PROSE and line.text[-1] in "?？" and not line.repeat_of_prev):
            continue  # the same text again (a teaser, a repeated caption, a highlight), but a
            # question asked again: an interview asks each guest the same questions
        if line.weight >= s.repeat_line_min_weight and _repeats_paragraphs(line.text, said, s):
            continue  # the body's paragraphs again in one line (the page's metadata, a print copy)
        emitted.add(line.text)
        if kind == PROSE and line.weight >= s.prose_min_weight:
            alike = said.setdefault(line.text[:_HEAD], [])
            if len(alike) < _SAME_HEAD:  # (a bound on the work when many paragraphs open alike)
                alike.append(line.text)
        if i in introduced:
            out.append(("list_item", line))
            continue
        if line.bullet:
            if kind == PROSE or sentence_like(line):
                out.append(("list_item", line))
            continue
        if kind == SHORT and _appeal_header(lines, i, end):
            continue
        if kind in (SHORT, PROSE) and is_intro(line):
            out.append(("blockquote" if kind == PROSE and line.indent >= quote_indent else "paragraph", line))
            introduced.update(k for k in intro_items(lines, i + 1, attachments=True) if k <= end)
        elif kind == PROSE:
            out.append(("blockquote" if line.indent >= quote_indent else "paragraph", line))
        elif _is_heading(lines, i, end):
            out.append(("heading", line))
        elif (ends_sentence(line.text) and line.words >= 3) or (
                line.words >= s.unended_item_words and _unended_sentence(line.text) and sentence_like(line)):
            # (a sentence that lost its stop, an item of a list that lost its bullet: "Thanks to
            # evilpie, users can now import logins from Keepass into Firefox")
            out.append(("paragraph", line))
    return out


_QUOTATION = re.compile(rf"^[{re.escape(_OPENING_MARKS)}].{{20,}}[\"”“»’'][.,]?$", re.S)


def _quotation(text: str) -> bool:
    """A paragraph that is a quotation alone, its marks opening and closing it."""
    return _QUOTATION.match(text.strip()) is not None


def _credit_box(lines: list[Line], i: int, end: int, settings: TextSettings) -> range:
    """The lines after a quotation's source line ``i`` in its box (no blank line between, none a
    bullet, at most ``credit_box_lines``): a fact check's verdict ("False") and its summary."""
    last = i
    while (last + 1 <= end and last - i < settings.credit_box_lines and lines[last + 1].kind in (SHORT, PROSE, META)
           and not lines[last + 1].bullet):
        last += 1
    return range(i + 1, last + 1)


def _appeal_header(lines: list[Line], i: int, end: int) -> bool:
    """A short line over an appeal, not one of the story's sentences: the promo box's own header
    ("THE SHOW -- NOW ON VIDEO!" over "In each episode ... Click to subscribe!"), shouted or
    ending with "!"; never one ending with a full stop, nor a line introducing what follows (":")."""
    text = lines[i].text.rstrip()
    if text.endswith((".", ":")) or not (text.isupper() or text.endswith("!")):
        return False
    after = next((ln for ln in lines[i + 1 : end + 1] if ln.kind != BLANK), None)
    return after is not None and after.kind == APPEAL


def _recurring_labels(lines: list[Line], start: int, end: int, s: TextSettings) -> frozenset[str]:
    """The short lines the run prints ``recurring_line_copies`` times or more, none of them right
    after another copy, when ``recurring_line_fields`` such lines or more recur: the fields of a
    listing the article repeats in each of its parts ("Eat every 2-3 hours", "Drink during your
    workout" under each meal of a plan). A caption or an image's alt text printed under each
    picture, a teaser or a highlight shown again, is one line recurring, not a template's fields."""
    counts: dict[str, int] = {}
    for line in lines[start : end + 1]:
        if line.kind in (SHORT, PROSE) and not line.repeat_of_prev and line.weight <= s.recurring_line_max_weight:
            counts[line.text] = counts.get(line.text, 0) + 1
    recurring = frozenset(text for text, n in counts.items() if n >= s.recurring_line_copies)
    return recurring if len(recurring) >= s.recurring_line_fields else frozenset()


def _stopped(text: str) -> bool:
    """The line ends with a sentence's stop, before any closing quote mark (a title may end
    with a quoted name: "Lighting Up With the Stars of 'This Is the End'")."""
    return text.rstrip("\"'”’»)]")[-1:] in (".", "!", "?", "…", "。", "！", "？")


_INNER_STOP = re.compile(r"[.!?…][\"”’)]*\s+(?=[^\W\d_])|\s[|–—]\s|:\s")


def _unended_sentence(text: str) -> bool:
    """One sentence without its final stop: no sentence ends inside it, nor a title's parts set
    apart by a colon, a bar or a dash ("Scholes angers the fans. His words about Soucek...",
    "Caption | Photo: Agency"), which teasers' titles and captions show."""
    return not ends_sentence(text) and not any(
        m.group()[0] not in ".!?…" or text[m.end()].isupper() for m in _INNER_STOP.finditer(text))


def near_repeats(lines: list[Line], start: int, end: int, settings: TextSettings = DEFAULT.extract.text) -> set[int]:
    """The lines of ``lines[start:end+1]`` printed again within ``near_repeat_lines`` lines (the
    same text, or the first ``near_repeat_prefix`` characters or more of it: a caption cut short
    with "... more" and then in full): a picture's caption shown twice or a teaser card (image alt,
    then link), never the article's own sentences, which a page prints once (but a question
    asked again: an interview asks each guest the same question). Both copies."""
    s = settings
    out: set[int] = set()
    recent: list[Line] = []  # the last few lines of words
    for line in lines[start : end + 1]:
        if line.kind == BLANK:
            continue
        if line.kind in (PROSE, SHORT, CREDIT) and line.words >= 3 and line.weight <= s.near_repeat_max_weight \
                and line.text[-1] not in "?？":
            for before in recent:
                if _same_caption(before.text, line.text, s.near_repeat_prefix):
                    out.update((before.index, line.index))
        recent.append(line)
        if len(recent) > s.near_repeat_lines:
            recent.pop(0)
    return out


# what a caption cut short or shown in full ends with ("... more", "less")
_TOGGLE = re.compile(r"(?:\s*(?:\.\.\.|…))?\s*(?:\b(?:more|less))?\s*$", re.IGNORECASE)
# every character a toggle may hold: Unicode's white space (str.isspace, as ``\s``), the stops,
# and each letter IGNORECASE matches to one of "more" / "less" (the long s too)
_TOGGLE_CHARS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                 "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" ".…" "ELMORSelmorsſ")


def without_toggle(text: str) -> str:
    """``text`` without a "more" / "less" toggle at its end (``_TOGGLE``). The toggle lies in
    the run of its characters that ends the text: the search starts there, not at every
    character of the line (which costs a long caption tens of microseconds)."""
    if "\n" in text:  # ("$" may match before a final line break: the whole text is searched)
        return _TOGGLE.sub("", text)
    return text[: _TOGGLE.search(text, len(text.rstrip(_TOGGLE_CHARS))).start()]


def _same_caption(a: str, b: str, prefix: int) -> bool:
    """The same text, or one of the two cut short: the other opens with it (its first ``prefix``
    characters at least), each without a "more" / "less" toggle."""
    if a == b:
        return True
    a, b = without_toggle(a), without_toggle(b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= prefix and long_.startswith(short)


def without_author_bio(blocks: list[tuple[str, Line]], authors: list[str],
                       settings: TextSettings = DEFAULT.extract.text) -> list[tuple[str, Line]]:
    """The body's blocks without the author's bio that closes it: its last paragraphs (at most
    ``bio_tail_blocks``) that name a person the byline credits within their first
    ``bio_name_words`` words as the subject of a sentence ("Jane Doe is a correspondent based in
    Cairo. She previously...", "Pulitzer Prize-winning journalist Jane Doe writes a daily blog"):
    an article does not tell of its own writer; a credit line ("(Reporting by Jane Doe; Editing
    by John Roe)", "Jane Doe contributed reporting.") is the article's; never leaving fewer than
    ``bio_keep_blocks`` blocks."""
    s = settings
    names = [name for name in authors if len(name.split()) >= 2]
    if not names:
        return blocks
    out = list(blocks)
    for _ in range(s.bio_tail_blocks):
        if len(out) <= s.bio_keep_blocks:
            break
        kind, line = out[-1]
        head = " ".join(line.text.split()[: s.bio_name_words + 1])
        if kind != "paragraph" or line.words < s.bio_name_words or not any(
                re.search(rf"(?<!\w){re.escape(name)} [a-z]", head) for name in names):
            break
        out.pop()
    return out


_HEAD = 32  # a paragraph is looked up by its first characters,
_SAME_HEAD = 4  # among the first few that open with them
_NEXT_SENTENCE = re.compile(r"[.!?…][\"”’)]*\s+")


def _repeats_paragraphs(text: str, said: dict[str, list[str]], s: TextSettings) -> bool:
    """``text`` holds ``repeated_paragraphs`` or more of the paragraphs already read (``said``:
    each under its first characters), each starting it or after a sentence's end, and each
    leaving room for another: one pass over the line, however many paragraphs were read."""
    found, room = 0, len(text) - s.prose_min_weight  # (each paragraph leaves room for another)
    for pos in (0, *(m.end() for m in _NEXT_SENTENCE.finditer(text))):
        for paragraph in said.get(text[pos : pos + _HEAD], ()):
            if len(paragraph) <= room and text.startswith(paragraph, pos):
                found += 1
                if found >= s.repeated_paragraphs:
                    return True
                break
    return False


def _is_heading(lines: list[Line], i: int, end: int) -> bool:
    """A short line standing alone (blank lines around) without final punctuation (before any
    closing quote mark: 'The politicians failed us."' ends a quotation), followed by prose
    within the body."""
    line = lines[i]
    last = line.text.rstrip("\"'”’»)]")[-1:]
    if line.words > 20 or not last or last in ".,;:" or (line.words < 2 and not is_wide(line.text)):
        return False
    if line.words >= 6 and line.text.isupper():
        return False  # a shouted teaser headline inserted in the body, not a subheading
    if (i > 0 and lines[i - 1].kind != BLANK) or (i + 1 < len(lines) and lines[i + 1].kind != BLANK):
        return False
    for j in range(i + 1, min(end + 1, i + 12)):
        if lines[j].kind == BLANK:
            continue
        return lines[j].kind == PROSE
    return False


# --------------------------------------------------------------------------- when unsure


def widened_body(lines: list[Line], lead: Line | None, kept: int,
                 settings: TextSettings = DEFAULT.extract.text) -> list[tuple[str, str]] | None:
    """Every long line of the page as a paragraph, when the body read is a small part of the
    page's long lines (repeated paragraphs, a layout the rules cannot read): keep more, not less.
    A page whose text is all in shorter lines (a layout cut into narrow cells) keeps its lines
    that read as sentences, and failing those, its lines of a few words (a page that is a list);
    one whose other lines of three words or more weigh half as much as those kept
    (``widen_shorter_share``) keeps them too.
    None when the body read holds its share."""
    s = settings
    prose = _page_lines(lines, s, long_only=True)[0]
    total = sum(ln.weight for ln in prose)
    tiers = None  # (the page's other lines are read only when the body is widened)
    if total < s.low_confidence_chars and kept < s.low_confidence_chars:
        tiers = _page_lines(lines, s, long_only=False)
        prose = tiers[1]
        total = sum(ln.weight for ln in prose)
        if total < s.low_confidence_chars:
            prose = tiers[2]  # still next to nothing: every line of three words or more (a page made of a list)
            total = sum(ln.weight for ln in prose)
    if total < s.low_confidence_chars or kept >= s.keep_all_share * total:
        return None
    # a page whose words are mostly in other lines (a list of changes, a table of dates) keeps
    # its lines of three words or more too, in page order: never a few lines of a long list
    items = (tiers or _page_lines(lines, s, long_only=False))[2]
    chosen = {ln.index for ln in prose}
    if sum(ln.weight for ln in items if ln.index not in chosen) >= s.widen_shorter_share * total:
        chosen.update(ln.index for ln in items)
        prose = [ln for ln in lines if ln.index in chosen]
    return [("paragraph", ln.text) for ln in prose if ln is not lead and (lead is None or ln.text != lead.text)]


def _page_lines(lines: list[Line], s: TextSettings, long_only: bool
                ) -> tuple[list[Line], list[Line], list[Line]]:
    """The page's prose and short lines in one pass: the long ones and, unless ``long_only``,
    those that read as sentences and those of three words or more (or of a script without
    spaces, ``short_prose_weight`` heavy) (code left out), each list
    closed at the first comment section after it has lines (readers' comments are prose too,
    and never the article)."""
    tiers: tuple[list[Line], list[Line], list[Line]] = ([], [], [])
    open_ = [True, not long_only, not long_only]
    for ln in lines:
        if ln.kind == COMMENTS:
            for k, tier in enumerate(tiers):
                open_[k] = open_[k] and not tier
            if not any(open_):
                break
            continue
        if ln.kind not in (PROSE, SHORT) or ln.teaser:
            continue
        if ln.weight >= s.short_prose_weight and looks_like_code(ln.text, s):
            continue  # (shorter lines are never taken for code)
        if open_[0] and ln.weight >= s.prose_min_weight:
            tiers[0].append(ln)  # prose, or long lines set aside as repeats or list items
        if open_[1] and ln.weight >= s.short_prose_weight and sentence_like(ln):
            tiers[1].append(ln)
        if open_[2] and (ln.words >= 3 or (ln.weight >= s.short_prose_weight and is_wide(ln.text))):
            tiers[2].append(ln)  # (a line of a script without spaces: a clause, whatever its spaces)
    return tiers


# a line that closes the page around a short body: the site's furniture, a promo, comments, a call to action
_GROWTH_BARRIER = frozenset((FURNITURE, PROMO, COMMENTS, APPEAL, META))
# a form's field or button as a text browser prints it ("Name * ______", "[ ]", "(BUTTON)")
_FORM_FIELD = re.compile(r"_{4,}|\[ *\]|\(BUTTON\)")


def grown_run(lines: list[Line], start: int, end: int, top: int, kept: int, cut: bool = False,
              settings: TextSettings = DEFAULT.extract.text) -> tuple[int, int] | None:
    """A short body read from a page whose sentences read on around it: its run grown to the
    farthest sentence reached crossing at most ``unsure_gap_lines`` other lines in a row (a
    product page's features, paragraphs under one-word headings and "Learn more" links, captions
    between paragraphs), never up to ``top`` (the headline, when above the body), stopped by the site's furniture, a
    promo, comments, metadata, a form, a table set apart from the article or a gallery's slides, and never below an end cut before a list of other
    stories (``cut``). When unsure, keep more: (first, last) of the grown run,
    or None when the body holds its length or no sentence reads on around it."""
    s = settings
    if kept >= s.unsure_body_chars:
        return None

    def reach(i: int, step: int, bound: int) -> int:
        last, gap = i, 0
        j = i + step
        while (j - bound) * step <= 0:
            line = lines[j]
            if line.kind != BLANK:
                if line.kind in _GROWTH_BARRIER or line.aside or line.teaser or _FORM_FIELD.search(line.text):
                    break  # (nor over a gallery's slides or teasers: other stories)
                if _grown_sentence(line, s, step > 0):
                    last, gap = j, 0
                else:
                    gap += 1
                    if gap > s.unsure_gap_lines:
                        break
            j += step
        return last

    first = reach(start, -1, top + 1 if 0 <= top < start else 0)
    last = end if cut else reach(end, 1, len(lines) - 1)
    added = sum(x.weight for _, x in grown_blocks(lines, start, end, first, last, []))
    if added < s.unsure_min_added:
        return None
    return first, last


def grown_blocks(lines: list[Line], start: int, end: int, first: int, last: int,
                 blocks: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The body's blocks with the lines of words its run grew over, in page order: each a list
    item (a bullet) or a paragraph."""
    def extra(lo: int, hi: int) -> list[tuple[str, Line]]:
        return [("list_item" if ln.bullet else "paragraph", ln) for ln in lines[lo:hi]
                if ln.kind in (PROSE, SHORT) and ln.words >= 3]
    return extra(first, start) + blocks + extra(end + 1, last + 1)


def _grown_sentence(line: Line, s: TextSettings, below: bool) -> bool:
    """A line a short body grows to: prose, a line of words ending a sentence, or below the
    body one sentence of ``unended_item_words`` words or more that lost its stop (an item of a
    list that lost its bullet: a product's features under "The game:"; a bulleted list of such
    lines is more often other stories' headlines, and above the body, such a line a headline
    glued to its dateline)."""
    if line.kind == PROSE:
        return True
    return line.kind == SHORT and (
        (line.words >= 3 and ends_sentence(line.text))
        or (below and not line.bullet and line.words >= s.unended_item_words and _unended_sentence(line.text)
            and sentence_like(line)))


def body_doubt(lines: list[Line], scores: list[int], start: int | None, end: int | None, cut: bool, kept: int,
               settings: TextSettings = DEFAULT.extract.text) -> tuple[bool, tuple[int, int] | None]:
    """Whether the body read is in doubt, and the block of prose to keep beside it, if any.

    In doubt: a short body (under ``doubt_short_chars``) weighing under ``doubt_body_share`` of
    the page's lines that read as sentences (a side column's summaries read instead of a list, a
    table layout read as a line or two), or another run of lines scored nearly as high (``doubt_runner_up_share`` of
    the body's sum: two blocks the scores cannot tell apart). That runner-up is returned, as
    (first, last), when it reads as an article's prose beside a body shorter than
    ``doubt_keep_runner_chars``: then both are kept, in page order."""
    s = settings
    page = sum(ln.weight for ln in _page_lines(lines, s, long_only=False)[1])
    small = kept < s.doubt_short_chars and kept < s.doubt_body_share * page
    if start is None or end is None:
        return small, None
    body_sum = sum(scores[start : end + 1])
    runner = _runner_up(scores, start, end, cut)
    if body_sum <= 0 or runner is None or runner[2] < s.doubt_runner_up_share * body_sum:
        return small, None
    # (a body long enough to be an article by itself is kept alone: the close block beside it
    # is more often another story or the readers' comments)
    keep = kept < s.doubt_keep_runner_chars and _prose_block(lines, scores, *runner[:2], s)
    return True, runner[:2] if keep else None


def page_prose(lines: list[Line], settings: TextSettings = DEFAULT.extract.text) -> list[Line]:
    """The page's sentences: its lines of ``incomplete_line_weight`` or more that end a sentence
    (prose, or lines the rules set aside: repeats, list items), code and the site's furniture,
    promos, appeals and metadata left out, up to its readers' comments (once it has such lines).
    One pass over the lines already classified: what an article is made of, wherever the rules
    put the body (a teaser's title, which ends no sentence, is none)."""
    s = settings
    out: list[Line] = []
    for ln in lines:
        kind = ln.kind
        if kind == COMMENTS and out:
            break
        if kind in (PROSE, SHORT) and ln.weight >= s.incomplete_line_weight and ends_sentence(ln.text) \
                and not ln.teaser and not looks_like_code(ln.text, s):
            out.append(ln)
    return out


def prose_share_low(prose: list[Line], held: list[Line], settings: TextSettings = DEFAULT.extract.text) -> bool:
    """The body (its lines ``held``) holds under ``incomplete_share`` of the page's sentences
    (``prose``, page_prose), on a page with ``incomplete_page_chars`` of them or more: most of
    what reads as an article is elsewhere. The body's sentences are counted as the page's are,
    wherever they stand (a line holding the whole article, after the comments' header, is one)."""
    s = settings
    page = sum(ln.weight for ln in prose)
    if page < s.incomplete_page_chars:
        return False
    body = sum(ln.weight for ln in held if ln.weight >= s.incomplete_line_weight and ends_sentence(ln.text))
    return body < s.incomplete_share * page


def incomplete_more(lines: list[Line], start: int, end: int, cut: bool, top: int, chosen: list[tuple[str, Line]],
                    settings: TextSettings = DEFAULT.extract.text) -> list[tuple[str, Line]] | None:
    """The blocks of a body that may be incomplete (prose_share_low) with the prose beside it:
    the sentences reading on around its run (grown_run, whatever the body's length), else the
    heaviest run of the page's sentences when it outweighs the body (larger_prose_run). None
    when neither adds anything. Never all the page's prose: on the tune pages a body holding a
    small share of the page's sentences is more often a short article among long teasers or
    comments than a collapse, and widening to everything cost more than it gave."""
    grown = grown_run(lines, start, end, top, 0, cut, settings)
    if grown is not None:
        return grown_blocks(lines, start, end, *grown, chosen)
    run = larger_prose_run(lines, sum(ln.weight for _, ln in chosen), end, cut, settings)
    return None if run is None else with_run(lines, chosen, *run)


def _runner_up(scores: list[int], start: int, end: int, cut: bool) -> tuple[int, int, int] | None:
    """(first, last, sum) of the best run of scores above the body or below it (not below a body
    cut before a list of other stories: those are the stories)."""
    best: tuple[int, int, int] | None = None
    for lo, hi in ((0, start), *(() if cut else ((end + 1, len(scores)),))):
        total, first = 0, lo
        for i in range(lo, hi):
            if total <= 0:
                total, first = 0, i
            total += scores[i]
            if total > 0 and (best is None or total > best[2]):
                best = (first, i, total)
    if best is None:
        return None
    first, last, total = best
    while scores[first] <= 0:
        first += 1
    return first, last, total


def _prose_block(lines: list[Line], scores: list[int], first: int, last: int, s: TextSettings) -> bool:
    """The run's earning lines are an article's paragraphs: ``doubt_prose_lines`` or more prose
    lines, not bullets, ending sentences, carrying ``doubt_prose_share`` of its earnings, and
    not each under a title of its own (teasers: a headline, a summary, a headline...)."""
    earning = [lines[k] for k in range(first, last + 1) if scores[k] > 0]
    prose = [ln for ln in earning if ln.kind == PROSE and not ln.bullet and ends_sentence(ln.text)]
    titles = sum(1 for k in range(first, last + 1) if scores[k] < 0 and lines[k].kind == SHORT)
    return (len(prose) >= s.doubt_prose_lines and 2 * titles < len(prose)
            and sum(ln.weight for ln in prose) >= s.doubt_prose_share * sum(ln.weight for ln in earning))


# what ends a run of the page's sentences: the site's furniture, a promo, comments, an appeal
_RUN_BARRIER = frozenset((FURNITURE, PROMO, COMMENTS, APPEAL))


def larger_prose_run(lines: list[Line], kept: int, end: int, cut: bool = False,
                     settings: TextSettings = DEFAULT.extract.text) -> tuple[int, int] | None:
    """(first, last) of the heaviest run of the page's lines that read as sentences (list items
    and short lines too: a changelog's entries, a product's features), crossing at most
    ``unsure_gap_lines`` other lines in a row (headings, a version's date, a link) and stopped
    by the site's furniture, a promo, an appeal, a form or a table set apart from the article,
    when it weighs ``larger_run_share`` times the body kept or more; None otherwise. Readers'
    comments are never such a run: the search stops at the first comment section below the
    body (``end``: its last line) once a run is found (a "Leave a comment" link above it is
    the header's); nor are other stories' teasers: a run whose sentences sit each under a title
    of its own (a short line ending no sentence right above one that ends a sentence: half as
    many titles as lines of the run read as sentences or more; a list's items are no titles), or
    one below a body cut before a list of other stories (``cut``). A doubted short body
    is kept with it: the article may be either, and a reader loses less with both than with a
    few lines of the wrong one."""
    s = settings
    best: tuple[int, int, int] | None = None  # (first, last, weight)
    first = last = -1
    weight = gap = sentences = titles = pending = 0  # (pending: a title since the run's last sentence)

    def close() -> None:
        nonlocal best, first, weight, gap, sentences, titles, pending
        if first >= 0 and (best is None or weight > best[2]) and 2 * titles < sentences \
                and not (cut and first > end):
            best = (first, last, weight)
        first, weight, gap, sentences, titles, pending = -1, 0, 0, 0, 0, 0

    for line in lines:
        kind = line.kind
        if kind == BLANK:
            continue
        if kind in _RUN_BARRIER or line.aside or _FORM_FIELD.search(line.text):
            close()
            if kind == COMMENTS and best is not None and line.index > end:
                break
            continue
        if kind in (PROSE, SHORT) and line.weight >= s.short_prose_weight and sentence_like(line) \
                and not looks_like_code(line.text, s):
            if first < 0:
                first = line.index
            last, gap = line.index, 0
            weight += line.weight
            sentences += 1
            if _title_like(line):
                pending = 1  # (a teaser's title may read as a sentence without its stop)
            else:
                titles, pending = titles + pending, 0
        elif first >= 0:
            gap += 1
            pending = pending or _title_like(line)
            if gap > s.unsure_gap_lines:
                close()
    close()
    if best is None or best[2] < s.larger_run_share * max(kept, 1):
        return None
    return best[0], best[1]


def _title_like(line: Line) -> bool:
    """A short line that ends no sentence and is no list item: a title, a heading."""
    return line.kind == SHORT and not line.bullet and not ends_sentence(line.text)


def with_run(lines: list[Line], blocks: list[tuple[str, Line]], first: int, last: int
             ) -> list[tuple[str, Line]]:
    """The body's blocks with the lines of words of ``lines[first:last+1]`` it lacks, in page
    order: each a list item (a bullet) or a paragraph."""
    have = {line.index for _, line in blocks}
    extra = [("list_item" if ln.bullet else "paragraph", ln) for ln in lines[first : last + 1]
             if ln.kind in (PROSE, SHORT) and ln.words >= 3 and ln.index not in have]
    return sorted(blocks + extra, key=lambda block: block[1].index)


# --------------------------------------------------------------------------- a body cut in two

# what no article crosses: the site's furniture, comments, an appeal, a byline or dateline (the
# article's own header, or another story's)
_SPLIT_BARRIER = frozenset((FURNITURE, COMMENTS, APPEAL, META))
_TOPIC_WORD = re.compile(r"[^\W\d_]{5,}")


def rejoined_run(lines: list[Line], scores: list[int], start: int, end: int, cut: bool,
                 settings: TextSettings = DEFAULT.extract.text) -> tuple[int, int]:
    """The body's run with the part of the article the scores cut off: a block of paragraphs
    right above it (the lead, split from the rest by a table of contents, a list of links or an
    image's captions) or right below it (the end, after an inline "Related" list or an advert),
    across at most ``split_gap_lines`` lines that earn nothing (and ``split_gap_items`` list items)
    and none of the site's furniture, comments, appeals or bylines, when the block holds
    ``split_block_lines`` paragraphs or more that end sentences (each ``split_paragraph_weight``
    heavy, not each under a title of its own: teasers) and reads on the body's topic
    (``split_topic_share`` of its longer words found in the body). Never below a body cut before
    a list of other stories."""
    s = settings
    body_words = None

    def on_topic(first: int, last: int) -> bool:
        nonlocal body_words
        if body_words is None:
            body_words = {w.casefold() for k in range(start, end + 1) if scores[k] > 0
                          for w in _TOPIC_WORD.findall(lines[k].text)}
        words = {w.casefold() for k in range(first, last + 1) if scores[k] > 0
                 for w in _TOPIC_WORD.findall(lines[k].text)}
        return len(words) >= s.split_topic_min_words and len(words & body_words) >= s.split_topic_share * len(words)

    def block(edge: int, step: int) -> tuple[int, int] | None:
        """(nearest, farthest) line of the block of paragraphs past the gap from ``edge``."""
        k, gap, items = edge + step, 0, 0
        n = len(lines)
        while 0 <= k < n and (lines[k].kind == BLANK or scores[k] <= 0):
            if lines[k].kind != BLANK:
                if lines[k].kind in _SPLIT_BARRIER or lines[k].aside:
                    return None
                if lines[k].bullet:  # (a list's items: a table of contents is as long as the article has sections)
                    items += 1
                else:
                    gap += 1
                if gap > s.split_gap_lines or items > s.split_gap_items:
                    return None
            k += step
        if not 0 <= k < n or gap + items == 0:
            return None
        near, far, paragraphs, other, titles = k, k, 0, 0, 0
        while 0 <= k < n:
            line = lines[k]
            if line.kind != BLANK:
                if scores[k] > 0 and line.kind == PROSE and not line.bullet and _stopped(line.text) \
                        and line.weight >= s.split_paragraph_weight and not is_wide(line.text):
                    paragraphs += 1
                    far, other = k, 0
                elif scores[k] <= 0 and line.kind not in _SPLIT_BARRIER and line.kind != PROMO:
                    other += 1  # (a heading, an image between the block's paragraphs)
                    titles += _title_like(line)
                    if other > 1:
                        break
                else:
                    break
            k += step
        # (teasers: a title over each summary)
        return (near, far) if paragraphs >= s.split_block_lines and 2 * titles <= paragraphs else None

    above = block(start, -1)
    if above is not None and on_topic(above[1], above[0]):
        start = above[1]
    if not cut:
        below = block(end, 1)
        if below is not None and on_topic(below[0], below[1]):
            end = below[1]
    return start, end
