"""Plain-text capture (a `w3m -dump`, or copied text) → Article.

Passes, each linear in the number of lines:
1. classify every line by itself (text_lines): prose, short, bullet, furniture, promo header,
   metadata (byline / date / share count / read time / source), photo credit, appeal, image;
2. find the body as the maximum-sum run of line scores (prose earns its length, everything
   else costs a little, lists of short bullets and furniture cost more): the densest run of
   long prose lines, which bridges headings and inserted promos but not menus or footers;
3. read the article's blocks inside that run (paragraphs, headings between paragraphs,
   blockquotes, list items; promo blocks and captions left out);
4. read the header before the body (headline, byline / date cluster, standfirst, captions) and
   what follows it (tags), and the outlet from lines repeated around the article.
"""

from __future__ import annotations

import re

from sidebyside.errors import ExtractionError
from sidebyside.extract import text_cues as cues
from sidebyside.extract.assemble import assemble_blocks, normalize_block_text
from sidebyside.extract.text_dates import find_date
from sidebyside.extract.text_language import guess_language
from sidebyside.extract.text_lines import (
    APPEAL, BLANK, COMMENTS, CREDIT, FURNITURE, IMAGE, META, PROMO, PROSE, RULE, SHORT,
    Line, byline_names, ends_sentence, is_wide, split_lines,
)
from sidebyside.extract.text_unwrap import unwrap
from sidebyside.model import Article, Capture

NO_DATE = "no publication date found"
LOW_CONFIDENCE = "low confidence: the page may not be an article"

# Line scores for the body search: prose earns what it is longer than PROSE_COST.
PROSE_COST = 40
COST = {COMMENTS: 300, SHORT: 20, META: 40, CREDIT: 10, IMAGE: 5, FURNITURE: 80, PROMO: 80, RULE: 10}
BULLET_COST = 45  # a short bullet (menu, tag, share button)
LIST_RUN_COST = 70
SENTENCE_ITEM_COST = 10  # an item of a list whose items read as sentences  # each item of a run of three or more short bullets: a menu or a tag list
HEADER_WINDOW = 40  # lines before the body searched for the headline and byline cluster


def extract_text(capture: Capture) -> Article:
    content = capture.content or ""
    if not content.strip():
        raise ExtractionError("the text capture is empty", capture.source.path)
    lines = split_lines(unwrap(content))
    _mark_captions(lines)
    start, end = _body_run(lines)
    body_lines, promo_seen = _body_blocks(lines, start, end) if start is not None else ([], False)
    header = _Header(lines, start if start is not None else len(lines), body_lines)

    pieces = [(kind, line.text) for kind, line in body_lines if line is not header.lead_line]
    if header.title and pieces and pieces[0][0] == "heading" and _same(pieces[0][1], header.title):
        pieces = pieces[1:]
    text, blocks = assemble_blocks(pieces)
    captions = _captions(lines, header.first, end if end is not None else len(lines) - 1)
    tags = _tags(lines, end) if end is not None else []
    paragraphs = [b for b in blocks if b.kind == "paragraph"]

    warnings: list[str] = []
    if header.published is None:
        warnings.append(NO_DATE)
    if len(text) < 400 or (len(paragraphs) < 2 and len(text) < 1000):
        warnings.append(LOW_CONFIDENCE)
    return Article(
        source=capture.source,
        title=header.title,
        outlet=_outlet(lines, header.first, end),
        authors=tuple(header.authors),
        published=header.published,
        language=guess_language(text) if text else None,
        lead=normalize_block_text(header.lead_line.text) if header.lead_line else None,
        text=text,
        blocks=blocks,
        captions=tuple(captions),
        tags=tuple(tags),
        warnings=tuple(warnings),
        source_credit=header.source_credit,
    )


# --------------------------------------------------------------------------- captions


def _mark_captions(lines: list[Line]) -> None:
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
        prev = line


def _captions(lines: list[Line], first: int, last: int) -> list[str]:
    out: list[str] = []
    for line in lines[max(first, 0) : last + 1]:
        if line.kind == CREDIT:
            caption = line.text.strip().rstrip("/").strip()
            if caption and caption not in out:
                out.append(caption)
    return out


# --------------------------------------------------------------------------- body search


def _score(lines: list[Line]) -> list[int]:
    scores = [0] * len(lines)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.kind == BLANK:
            i += 1
            continue
        if line.bullet and line.kind in (SHORT, PROSE) and not _prose_bullet(line):
            j = i  # a run of short bullets (blank lines inside the run allowed)
            items = []
            while j < n and (lines[j].kind == BLANK or (lines[j].bullet and not _prose_bullet(lines[j]))):
                if lines[j].kind != BLANK:
                    items.append(j)
                j += 1
            sentence_like = sum(1 for k in items if _sentence_like(lines[k]))
            if sentence_like * 2 >= len(items):
                cost = SENTENCE_ITEM_COST  # a list in the article, not a menu
            else:
                cost = LIST_RUN_COST if len(items) >= 3 else BULLET_COST
            for k in items:
                scores[k] = -COST.get(lines[k].kind, cost) if lines[k].kind not in (SHORT, PROSE) else -cost
            i = j
            continue
        if line.kind == SHORT and line.text.endswith(":") and line.words >= 3:
            # an introduction ("The tour dates:"): the lines that follow it belong with it
            scores[i] = 0
            j = i + 1
            while j < n and lines[j].kind in (SHORT, PROSE) and not lines[j].bullet:
                scores[j] = max(lines[j].weight - PROSE_COST, -SENTENCE_ITEM_COST)
                j += 1
            i = j
            continue
        if line.kind == PROSE:
            scores[i] = line.weight - PROSE_COST
        elif line.kind == APPEAL:
            scores[i] = -max(80, line.weight // 2)
        else:
            scores[i] = -COST.get(line.kind, 20)
        i += 1
    _demote_item_chunks(lines, scores)
    _drop_comment_section(lines, scores)
    return scores


def _sentence_like(line: Line) -> bool:
    """Words of a sentence rather than a menu's Title Case labels."""
    words = line.text.split()
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return ends_sentence(line.text) or lower * 3 >= len(words)


def _drop_comment_section(lines: list[Line], scores: list[int]) -> None:
    """Readers' comments after the article are prose too: once a comment section starts after
    some article prose, nothing below it counts as body."""
    prose_before = 0
    for i, line in enumerate(lines):
        if line.kind == COMMENTS and prose_before >= 300:
            for k in range(i, len(lines)):
                if scores[k] > 0:
                    scores[k] = -COST[SHORT]
            return
        if scores[i] > 0:
            prose_before += scores[i]


def _prose_bullet(line: Line) -> bool:
    return line.kind == PROSE and line.weight >= 100


def _demote_item_chunks(lines: list[Line], scores: list[int]) -> None:
    """A run of 3+ lines without blank lines between them, most not ending a sentence, is a
    list of items (a ticker, a teaser column), not prose: w3m separates paragraphs by blanks."""
    i, n = 0, len(lines)
    while i < n:
        if lines[i].kind == BLANK:
            i += 1
            continue
        j = i
        while j < n and lines[j].kind != BLANK:
            j += 1
        distinct = {x.text: x for x in lines[i:j] if x.kind in (PROSE, SHORT) and x.weight >= 50}
        chunk = list(distinct.values())
        if len(chunk) >= 3:
            ended = sum(1 for x in chunk if ends_sentence(x.text))
            if ended < 0.6 * len(chunk):
                for x in chunk:  # long prose lines are kept: a table layout, not a ticker
                    if 0 < scores[x.index] and x.weight < 250:
                        scores[x.index] = -COST[SHORT]
        i = j


def _body_run(lines: list[Line]) -> tuple[int | None, int | None]:
    """The maximum-sum run of line scores (Kadane): the article's body lines."""
    scores = _score(lines)
    best, best_start, best_end = 0, None, None
    total, start = 0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0, i
        total += s
        if total > best:
            best, best_start, best_end = total, start, i
    if best_start is None:
        return None, None
    while lines[best_start].kind == BLANK or scores[best_start] <= 0:
        best_start += 1
    best_end = _before_next_story(lines, scores, best_start, best_end)
    best_start = _after_previous_story(lines, scores, best_start, best_end)
    return best_start, best_end


def _after_previous_story(lines: list[Line], scores: list[int], start: int, end: int) -> int:
    """A headline + byline/date cluster inside the run with more prose after it than before:
    what came before is a teaser list or another story, and the article starts at the headline."""
    total = sum(s for s in scores[start : end + 1] if s > 0)
    before = 0
    for i in range(start, end + 1):
        if scores[i] > 0:
            before += scores[i]
        if lines[i].kind != META or before == 0 or before * 2 > total or not _dated(lines, i):
            continue
        head = _prev_content(lines, i, start)
        if head is None or head.kind != SHORT or head.bullet or not 2 <= head.words <= 25:
            continue
        k = i + 1
        while k <= end and scores[k] <= 0:
            k += 1
        return k if k <= end else start
    return start


def _before_next_story(lines: list[Line], scores: list[int], start: int, end: int) -> int:
    """A headline followed by a byline or date line, after most of the run's prose, starts
    another story (a teaser card, the next article): the body ends before it."""
    total = sum(s for s in scores[start : end + 1] if s > 0)
    before = 0
    for i in range(start, end + 1):
        if scores[i] > 0:
            before += scores[i]
        if lines[i].kind != META or before < 500 or before < total - before or not _dated(lines, i):
            continue
        head = _prev_content(lines, i, start)
        if head is None or head.kind != SHORT or head.bullet or not 2 <= head.words <= 25:
            continue
        k = head.index - 1
        while k > start and scores[k] <= 0:
            k -= 1
        return k
    return end


def _dated(lines: list[Line], i: int) -> bool:
    """The metadata cluster around line ``i`` states a date (a story's, not a section's byline)."""
    for j in range(max(0, i - 3), min(len(lines), i + 4)):
        if lines[j].kind == META and lines[j].weight <= 120 and find_date(lines[j].text):
            return True
    return False


def _prev_content(lines: list[Line], i: int, lo: int) -> Line | None:
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


def _body_blocks(lines: list[Line], start: int, end: int) -> tuple[list[tuple[str, Line]], bool]:
    """(kind, line) for each block of the body run; promo blocks, furniture, captions dropped."""
    out: list[tuple[str, Line]] = []
    in_promo = promo_seen = in_intro = False
    emitted: set[str] = set()
    for i in range(start, end + 1):
        line = lines[i]
        kind = line.kind
        if kind == BLANK:
            in_intro = False
            continue
        if kind in (RULE, IMAGE, CREDIT, META, APPEAL, COMMENTS):
            continue
        if kind in (PROMO, FURNITURE):
            if kind == PROMO or cues.is_promo_header(line.text) or line.text.endswith(":"):
                in_promo = promo_seen = True
            continue
        if kind == PROSE and (not line.bullet or _prose_bullet(line)):
            in_promo = False
        if in_promo:
            continue
        if line.text in emitted:
            continue  # the same text again (a teaser, a repeated caption)
        emitted.add(line.text)
        if line.bullet:
            if kind == PROSE or _sentence_like(line):
                out.append(("list_item", line))
            continue
        if in_intro and kind == SHORT:
            out.append(("list_item", line))
        elif kind == PROSE:
            out.append(("blockquote" if line.indent >= 3 else "paragraph", line))
        elif kind == SHORT and line.text.endswith(":") and line.words >= 3:
            out.append(("paragraph", line))
            in_intro = True
        elif _is_heading(lines, i, end):
            out.append(("heading", line))
        elif ends_sentence(line.text) and line.words >= 3:
            out.append(("paragraph", line))
    return out, promo_seen


def _is_heading(lines: list[Line], i: int, end: int) -> bool:
    """A short line standing alone (blank lines around) without final punctuation,
    followed by prose within the body."""
    line = lines[i]
    if line.words > 20 or line.text[-1] in ".,;:" or (line.words < 2 and not is_wide(line.text)):
        return False
    if (i > 0 and lines[i - 1].kind != BLANK) or (i + 1 < len(lines) and lines[i + 1].kind != BLANK):
        return False
    for j in range(i + 1, min(end + 1, i + 12)):
        if lines[j].kind == BLANK:
            continue
        return lines[j].kind == PROSE
    return False


# --------------------------------------------------------------------------- header


class _Header:
    """Headline, byline cluster, standfirst, read from the lines before the body."""

    def __init__(self, lines: list[Line], body_start: int, body: list[tuple[str, Line]]):
        self.title: str | None = None
        self.authors: list[str] = []
        self.published: str | None = None
        self.source_credit: str | None = None
        self.lead_line: Line | None = None
        self.first = body_start
        lo = max(0, body_start - HEADER_WINDOW)
        first_para = next((ln for k, ln in body if k == "paragraph"), None)
        stop = first_para.index if first_para else body_start
        window = [ln for ln in lines[lo:stop] if ln.kind != BLANK]

        meta = [ln for ln in window if ln.kind == META]
        cluster_start = meta[0].index if meta else None
        # the cluster nearest the body: take the last run of metadata lines
        if meta:
            last_run = [meta[-1]]
            for ln in reversed(meta[:-1]):
                if last_run[0].index - ln.index <= 6:
                    last_run.insert(0, ln)
                else:
                    break
            meta = last_run
            cluster_start = meta[0].index
        for ln in meta:
            self._read_meta(ln)

        anchor = cluster_start if cluster_start is not None else stop
        title_line = self._find_title(lines, anchor, lo)
        if title_line is None and cluster_start is not None:
            title_line = self._find_title(lines, stop, lo)
        if title_line is not None:
            self.title = normalize_block_text(title_line.text)
            self.first = title_line.index
        self.lead_line = self._find_lead(lines, title_line, body, stop)
        if self.published is None:  # a date anywhere in the header
            for ln in reversed(window):
                if ln.kind in (META, SHORT) and ln.weight <= 100 and (title_line is None or ln.index >= title_line.index - 3):
                    date = find_date(ln.text)
                    if date:
                        self.published = date
                        break

    def _read_meta(self, line: Line) -> None:
        text = line.text
        credit = cues.SOURCE_CREDIT.match(text)
        if credit:
            self.source_credit = self.source_credit or credit.group("who").strip(" .")
            return
        names = byline_names(text)
        for name in names:
            if name not in self.authors:
                self.authors.append(name)
        if self.published is None:
            self.published = find_date(text)

    @staticmethod
    def _find_title(lines: list[Line], anchor: int, lo: int) -> Line | None:
        """The headline: the nearest headline-shaped line before ``anchor``."""
        seen = 0
        fallback = None
        for j in range(anchor - 1, lo - 1, -1):
            ln = lines[j]
            if ln.kind in (BLANK, CREDIT, IMAGE, META, RULE):
                continue
            seen += 1
            if seen > 8:
                break
            if ln.bullet or ln.kind in (FURNITURE, PROMO, APPEAL):
                continue
            if ln.kind == PROSE and ln.text.endswith(".") and ln.weight > 90:
                continue  # a standfirst above the byline
            if ln.weight > 300 or (ln.words < 2 and not is_wide(ln.text)) or not _headline_shaped(ln.text):
                continue
            if (ln.words < 3 and not is_wide(ln.text)) or ln.text.endswith("."):
                fallback = fallback or ln  # a two-word line or a sentence only when nothing better is near
                continue
            return ln
        return fallback

    @staticmethod
    def _find_lead(lines: list[Line], title: Line | None, body: list[tuple[str, Line]], stop: int) -> Line | None:
        """The standfirst: a prose line after the headline set apart from the body by the byline
        cluster or an image (not merely by a blank line)."""
        if title is None:
            return None
        candidates = [ln for ln in lines[title.index + 1 : stop] if ln.kind == PROSE and not ln.bullet]
        if candidates:
            return candidates[-1] if len(candidates[-1].text) <= 600 else None
        paras = [ln for kind, ln in body if kind == "paragraph"]
        if len(paras) < 2 or len(paras[0].text) > 400:
            return None
        first, second = paras[0], paras[1]
        between = lines[title.index + 1 : first.index]
        if any(ln.kind in (PROSE, SHORT) and not ln.bullet for ln in between):
            return None
        gap = lines[first.index + 1 : second.index]
        if any(ln.kind in (IMAGE, CREDIT, META) for ln in gap):
            return first
        return None


_NOT_HEADLINE = re.compile(
    r"@|\b\d{1,2}:\d{2}\b|\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b|\s[>›»|]\s|you are here|"
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|staff|"
    r"mugshot|headshot|avatar|logo|thumbnail|updated|published|posted)\b|^(?:by|von|par|por)\s",
    re.I,
)


def _headline_shaped(text: str) -> bool:
    """Not a byline, a timestamp, an author's role or an image's alt text."""
    return _NOT_HEADLINE.search(text) is None


def _same(a: str, b: str) -> bool:
    return normalize_block_text(a).lower() == normalize_block_text(b).lower()


# --------------------------------------------------------------------------- after the body


def _tags(lines: list[Line], end: int) -> list[str]:
    """A list of short names right after the body (or under a "Tags" header)."""
    i, n = end + 1, len(lines)
    skipped = 0
    while i < n and skipped < 8:
        ln = lines[i]
        if ln.kind == BLANK or ln.kind in (IMAGE, RULE):
            i += 1
            continue
        if ln.bullet:
            break
        if cues.norm_cue(ln.text) in cues.TAG_HEADERS:
            i += 1
            if i < n and lines[i].kind != BLANK and not lines[i].bullet and "," in lines[i].text:
                return _tag_items([t.strip() for t in lines[i].text.split(",")])
            continue
        low = ln.text.lower()
        if low.startswith(("tags:", "topics:", "filed under:")):
            return _tag_items([t.strip() for t in ln.text.split(":", 1)[1].split(",")])
        return []
    items: list[str] = []
    while i < n and lines[i].bullet:
        items.append(lines[i].text)
        i += 1
    return _tag_items(items) if len(items) >= 2 else []


def _tag_items(items: list[str]) -> list[str]:
    items = [t for t in (x.strip(" #") for x in items) if t]
    if not items or any(cues.norm_cue(t) in cues.SOCIAL for t in items):
        return []
    if any(len(t.split()) > 5 or len(t) > 50 or find_date(t) for t in items):
        return []
    return list(dict.fromkeys(items))


# --------------------------------------------------------------------------- outlet

_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<name>[^.|,]{2,60})",
    re.I,
)
_RESERVED = re.compile(r"^(?P<name>[^.|©]{2,60}?)[.,]?\s*all rights reserved", re.I)
_SUPPORT = re.compile(
    r"^(?:support|subscribe to|donate to|join)\s+(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*[!.]?$",
    re.I,
)
_NAMING_STARTS = ("support", "subscribe", "donate", "join", "©", "(c)", "copyright")
_NAME_SHAPE = re.compile(r"^(?:The\s+)?[A-Z0-9][\w'’&.\-]*(?:\s+(?:[A-Z0-9&][\w'’&.\-]*|of|de|the|and)){0,5}$")


def _outlet(lines: list[Line], first: int, end: int | None) -> str | None:
    """The publication's name: a short name line repeated before and after the article, or
    the name in a "Support X" appeal or a copyright line that the page mentions again."""
    end = end if end is not None else len(lines) - 1
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for ln in lines:
        if ln.kind not in (SHORT, FURNITURE, PROMO) or ln.bullet or ln.words > 6 or ln.text[-1] in ".!?":
            continue
        if not _NAME_SHAPE.match(ln.text):
            continue
        if cues.is_furniture(ln.text) or cues.is_promo_header(ln.text):
            continue
        if ln.index < first:
            before[ln.text] = before.get(ln.text, 0) + 1
        elif ln.index > end:
            after[ln.text] = after.get(ln.text, 0) + 1
    both = [(before[t] + after[t], t) for t in before if t in after and t.count(" ") >= 1]
    both = [(n, t) for n, t in both if n >= 3]  # twice could be a button; thrice is a masthead
    if both:
        return max(both)[1]
    named = []
    for ln in lines:
        if ln.kind == BLANK or ln.weight > 200:
            continue
        low = ln.text.lower()
        if not (low.startswith(_NAMING_STARTS) or "all rights reserved" in low):
            continue
        for pattern in (_SUPPORT, _COPYRIGHT, _RESERVED):
            match = pattern.match(ln.text)
            if match:
                name = match.group("name").strip(" .,!-–|")
                name = re.sub(r"^\d{4}\s*", "", name).strip()
                if name and _NAME_SHAPE.match(name) and not cues.is_furniture(name):
                    named.append(name)
    if not named:
        return None
    named = list(dict.fromkeys(named))[:20]
    content = "\n".join(ln.text for ln in lines if ln.kind != BLANK)
    counted = [(content.count(name), -k, name) for k, name in enumerate(named)]
    best = max(counted)
    return best[2] if best[0] >= 2 else None
