"""Plain-text capture (a `w3m -dump`, or copied text) → Article.

Passes, each linear in the number of lines:
1. classify every line by itself (lines): prose, short, bullet, furniture, promo header,
   metadata (byline / date / share count / read time / source), photo credit, appeal, image;
2. find the body as the maximum-sum run of line scores (prose earns its length, everything
   else costs a little, lists of short bullets and furniture cost more): the densest run of
   long prose lines, which bridges headings and inserted promos but not menus or footers;
3. read the article's blocks inside that run (paragraphs, headings between paragraphs,
   blockquotes, list items; promo blocks and captions left out);
4. read the header before the body (headline, byline / date cluster, standfirst, captions) and
   what follows it (tags), and the outlet (outlet: the copyright notice, the masthead); dates
   are read in the body's guessed language, which settles numeric dates that read both ways
   ("03/10/2025" is the 3rd of October on a Portuguese page, March 10 on an English one).
"""

from __future__ import annotations

import contextlib
import itertools
import dataclasses
import gc
from collections.abc import Iterator
from urllib.parse import urlsplit

from sidebyside.errors import ExtractionError
from sidebyside.extract import warnings as warn
from sidebyside.extract.assemble import assemble_blocks, normalize_block_text
from sidebyside.extract.dates import page_locale
from sidebyside.extract.text.columns import split_columns
from sidebyside.extract.text.forms import from_markdown, with_blocks, without_link_list, without_link_numbers
from sidebyside.extract.text.body import (
    body_blocks, body_doubt, body_run_cut, body_run_scored, grown_blocks, grown_run, incomplete_more, larger_prose_run,
    mark_captions, page_prose, prose_share_low,
    rejoined_run, through_closing_sentences, through_introduced_list, through_last_sentences, widened_body, with_run, without_author_bio,
)
from sidebyside.extract.text.header import Header, tags_after
from sidebyside.extract.text.headline import same_text
from sidebyside.extract.language import guess_language
from sidebyside.extract.text.kinds import CREDIT, PROSE, SHORT
from sidebyside.extract.text.lines import Line, mark_player, split_lines
from sidebyside.extract.text.outlet import find_outlet, names_outlet
from sidebyside.extract.text.shape import weight_of
from sidebyside.extract.text.unwrap import unwrap
from sidebyside.extract.text.window import densest_stretch
from sidebyside.model import Article, Capture
from sidebyside.settings import DEFAULT, TextSettings

NO_DATE, LOW_CONFIDENCE = warn.NO_DATE, warn.LOW_CONFIDENCE
# Above this many lines the cyclic garbage collector is paused while the lines are read.
MANY_LINES = 50_000


def extract_text(capture: Capture, settings: TextSettings = DEFAULT.extract.text) -> Article:
    """The article in a text capture; raises ExtractionError when the capture has no text."""
    content = capture.content or ""
    if not content or content.isspace():  # (not a stripped copy of a capture that may be huge)
        raise ExtractionError("the text capture is empty", capture.source.path)
    notes: list[str] = []
    newlines = content.count("\n")
    if newlines >= settings.max_lines:
        raw = content.splitlines()
        first, end = densest_stretch(raw, settings)
        if (first, end) != (0, len(raw)):
            notes.append(warn.long_capture(len(raw), first + 1, end))
            content = "\n".join(raw[first:end])
        del raw
    with _collector_paused(newlines > MANY_LINES):
        article = _extract_text(capture, content, settings)
    return dataclasses.replace(article, warnings=tuple(notes) + article.warnings) if notes else article


@contextlib.contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector: a Line object per line of a huge capture makes it
    rescan them all again and again (a fifth of the time on a million lines). The passes make
    no reference cycles, so nothing is left for it to collect."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def read_lines(content: str, settings: TextSettings = DEFAULT.extract.text) -> list[Line]:
    """The capture's lines, each classified by itself, tool marks and side-by-side columns undone."""
    text, listed = without_link_list(from_markdown(content, settings))
    outside: list[str] = []
    split = split_columns(text, 0, outside, settings)
    text = unwrap(split, settings.few_blanks_share, None if split is text else outside, settings)
    blocked = with_blocks(text, settings.few_blanks_share, settings.few_blanks_min_lines, settings.prose_min_weight)
    blank_free, text = len(blocked) != len(text), blocked  # (blank lines put back: it had none of its own)
    lines = split_lines(without_link_numbers(text) if listed else text, settings, blank_free)
    mark_player(lines, text, settings)
    mark_captions(lines, settings)
    return lines


def rule_body(lines: list[Line], settings: TextSettings = DEFAULT.extract.text
              ) -> tuple[int | None, int | None, list[tuple[str, Line]], bool]:
    """The body the line rules read: the best run of line scores, its blocks, and whether it
    was cut before a list of other stories."""
    start, end, cut = body_run_cut(lines, settings)
    blocks = body_blocks(lines, start, end, settings) if start is not None and end is not None else []
    return start, end, blocks, cut


def _extract_text(capture: Capture, content: str, settings: TextSettings) -> Article:
    lines = read_lines(content, settings)
    start, end, cut, scores = body_run_scored(lines, settings)
    if start is not None and end is not None:
        start, end = rejoined_run(lines, scores, start, end, cut, settings)
    # the short sentences closing the story join its blocks; the run's end, which the doubts
    # about it are read from, stays where the scores put it
    last = end if end is None or cut else through_last_sentences(lines, through_closing_sentences(
        lines, start, through_introduced_list(lines, end), settings))
    body_lines = body_blocks(lines, start, last, settings) if start is not None and last is not None else []
    return article_of(capture, lines, start, end, body_lines, settings, cut, scores)


def article_of(capture: Capture, lines: list[Line], start: int | None, end: int | None,
               body_lines: list[tuple[str, Line]], settings: TextSettings = DEFAULT.extract.text,
               cut: bool = False, scores: list[int] | None = None) -> Article:
    """The article, given the capture's lines and its body (its first and last line, its blocks,
    whether its end was cut before a list of other stories, the line scores it was chosen from:
    without them no doubt about it is read)."""
    # (no body run found: the page's lines of words, which the body will be widened to)
    sample = [line for _, line in body_lines] or list(itertools.islice(
        (line for line in lines if line.kind in (PROSE, SHORT) and line.words >= settings.language_sample_words),
        settings.language_sample_lines))
    language = guess_language(" ".join(line.text for line in sample), settings.language) if sample else None
    # numeric dates follow the locale, as on an HTML page: the language, with the region a
    # country-code host implies when the capture states its address ("en" on .co.uk: day first)
    locale = page_locale(language, urlsplit(capture.source.url).hostname if capture.source.url else None)
    header = Header(lines, start if start is not None else len(lines), body_lines, settings, locale)
    body_lines = without_author_bio(body_lines, header.authors, settings)

    text, blocks = _assembled(body_lines, header)
    # (weighed as the page's lines are: a wide character, a word in itself, counts three)
    kept = weight_of(text) + (header.lead_line.weight if header.lead_line else 0)
    # when unsure, keep more: all the page's prose when the body is a small part of it, else the
    # sentences reading on around a short body
    widened = widened_body(lines, header.lead_line, kept, settings)
    grown = None
    if widened is not None:
        text, blocks = assemble_blocks(widened)
    elif start is not None and end is not None:
        grown = grown_run(lines, start, end, header.first, kept, cut, settings)
    chosen = body_lines  # (the body's lines as kept so far)
    if grown is not None:
        chosen = grown_blocks(lines, start, end, *grown, body_lines)
        text, blocks = _assembled(chosen, header)
    doubtful = False
    if widened is None and grown is None and scores is not None:
        # still unsure (a side column's prose chosen over a list, two blocks scored alike, a
        # layout read as a line or two): say so, and keep more rather than less
        doubtful, runner = body_doubt(lines, scores, start, end, cut, kept, settings)
        if runner is not None:
            extra = body_blocks(lines, runner[0], runner[1], settings)
            chosen = extra + body_lines if runner[0] < (start or 0) else body_lines + extra
            text, blocks = _assembled(chosen, header)
        elif doubtful and not text:  # never a body of one line (the lead) from a page of sentences
            widened = widened_body(lines, header.lead_line, 0, settings)
            if widened is not None:
                text, blocks = assemble_blocks(widened)
        elif doubtful and kept < settings.doubt_short_chars:
            # a few lines read from a page whose sentences run on elsewhere, longer (a changelog's
            # entries, a product's features beside a blog's teasers): keep that run too
            run = larger_prose_run(lines, kept, end if end is not None else len(lines), cut, settings)
            if run is not None:
                chosen = with_run(lines, body_lines, *run)
                text, blocks = _assembled(chosen, header)
    incomplete = False
    if widened is None and start is not None and end is not None and scores is not None:
        # the body holds a small share of the page's sentences: the article may be cut short
        # (a comment section or a list read instead, an article split by a block the rules
        # could not read): say so, and keep the prose blocks beside it
        prose = page_prose(lines, settings)
        held = [line for _, line in chosen if line is not header.lead_line]
        if header.lead_line is not None:
            held.append(header.lead_line)
        incomplete = prose_share_low(prose, held, settings)
        if incomplete:
            more = incomplete_more(lines, start, end, cut, header.first, chosen, settings)
            if more is not None:
                text, blocks = _assembled(more, header)
    captions = _captions(lines, header.first, end if end is not None else len(lines) - 1)
    tags = tags_after(lines, end) if end is not None else []
    paragraphs = [b for b in blocks if b.kind == "paragraph"]

    warnings: list[str] = ([warn.BODY_DOUBTFUL] if doubtful else [warn.BODY_INCOMPLETE] if incomplete
                           else [warn.BODY_WIDENED] if widened is not None else [warn.BODY_GROWN] if grown else [])
    if header.published is None:
        warnings.append(NO_DATE)
    elif header.date_after:
        warnings.append(warn.DATE_AFTER_ARTICLE)
    brief = bool(header.title) and header.published is not None and (
        len(paragraphs) >= settings.low_confidence_brief_paragraphs)  # (a dated news brief is an article: reader31)
    if not brief and (len(text) < settings.low_confidence_chars or (
        len(paragraphs) < 2 and len(text) < settings.low_confidence_one_paragraph_chars
    )):
        warnings.append(LOW_CONFIDENCE)
    outlet = find_outlet(lines, header.first, end, tuple(header.authors), settings)
    authors = tuple(header.authors)
    if authors and all(names_outlet(a, outlet) for a in authors):
        authors = ()  # "By TMZ" on TMZ, "Vortex" above Vortex Cannon Entertainment's notice: no person
    return Article(
        source=capture.source,
        title=header.title,
        outlet=outlet,
        authors=authors,
        published=header.published,
        language=guess_language(text, settings.language) if text else None,
        lead=normalize_block_text(header.lead_line.text) if header.lead_line else None,
        text=text,
        blocks=blocks,
        captions=tuple(captions),
        tags=tuple(tags),
        warnings=tuple(warnings),
        source_credit=header.source_credit,
    )


def _assembled(body_lines: list[tuple[str, Line]], header: Header) -> tuple[str, list]:
    """The body's text and blocks, without the header's lead and a heading (or the first
    paragraph: a headline the body's run opened with) repeating the headline."""
    pieces = [(kind, line.text) for kind, line in body_lines if line is not header.lead_line]
    if header.title and pieces and pieces[0][0] in ("heading", "paragraph") and same_text(pieces[0][1], header.title):
        pieces = pieces[1:]
    return assemble_blocks(pieces)


def _captions(lines: list[Line], first: int, last: int) -> list[str]:
    """Image captions and photo credits from the headline to the end of the body, once each."""
    out: dict[str, None] = {}
    for line in lines[max(first, 0) : last + 1]:
        if line.kind == CREDIT:
            caption = line.text.strip().rstrip("/").strip()
            if caption:
                out.setdefault(caption, None)
    return list(out)
