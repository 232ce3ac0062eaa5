"""The headline of a text capture: the best-scored headline-shaped line above the body.

A text capture has no markup saying which line is the headline, so each line before the first
paragraph is weighed by what a reader goes by: it is shaped like a headline (a few words, no
date, no final full stop, not a byline, a menu item or a caption), it stands near the byline
cluster or the body, its words come back in the article's first paragraphs, it stands out
(a standfirst, a byline or the body follows it; lynx sets headings at the left margin while
the text is indented). The weights are TextSettings fields, tuned on the dev set's tune split.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sidebyside.calendar_words import weekday_names
from sidebyside.extract import cues
from sidebyside.extract.assemble import normalize_block_text
from sidebyside.extract.sites import names_site
from sidebyside.extract.text.kinds import BLANK, CREDIT, FURNITURE, IMAGE, META, PROSE, SHORT
from sidebyside.extract.text.lines import Line
from sidebyside.extract.text.meta import RELATIVE_TIME as _RELATIVE_TIME
from sidebyside.extract.bylines import NAME_SPLIT, is_outlet_name
from sidebyside.extract.byline_lines import byline_names, name_shaped
from sidebyside.extract.names import person_like
from sidebyside.extract.text.meta import MONTH_WORDS, is_date_line, is_meta
from sidebyside.extract.text.outlet import copyright_holders
from sidebyside.extract.language import closed_class_words
from sidebyside.extract.line_shape import is_wide
from sidebyside.extract.dates import NUMERIC_DATE_OR_TIME, find_date
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.wordpattern import LETTER_RUN

_NOT_HEADLINE = re.compile(
    rf"@|{NUMERIC_DATE_OR_TIME}|\s[>›»|]\s|you are here|\[\s*\]|"  # the one numeric date shape (dates.py)
    r"\b(?:mugshot|headshot|avatar|logo|thumbnail)\b|"
    # a dateline's label: "Updated: …", "Published 3 hours ago", "Posted by …" (not "Council
    # posted record deficit", "Updated guidance on flu vaccines")
    r"\b(?:updated|published|posted)\b(?=\s*(?:[:|·•,\-–]|\d|on\b|at\b|by\b|[^\W\d_]+\s+ago\b|$))|"
    rf"^{cues.BYLINE_OPENERS}\s",
    re.I,
)
# the words of a writer's trade: an author's role closing a credit ("Jane Doe, Staff Writer",
# "Sam Okafor | Reporter") or making a short line ("Staff Reporter"), not a word of a headline
# ("Hospital staff walk out …")
ROLE_WORDS = re.compile(rf"\b(?:{cues.ROLE_NOUNS}|staff)\b", re.IGNORECASE)
_ROLE_AFTER_MARK = re.compile(rf"[,|·•–-]\s*(?:[^\W\d_]+\s+)?(?:{cues.ROLE_NOUNS}|staff)\b", re.I)
# a word of four characters or more, its combining marks counted (a Devanagari word whole)
_WORD = re.compile(LETTER_RUN + "{3,}")
# "… viral campaign. (onmeth.com)": a sentence and then its source in brackets, a caption
_CREDITED_SENTENCE = re.compile(r"[.!?][\"”’»]?\s*\([^()]{2,60}\)$")
# "Ostrzeszów -2°C", "Berlin 14 °C": a weather widget's reading, a place and its temperature
_TEMPERATURE = re.compile(r"(?<![\w°])[-−–+]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?!\w)")
# a signed change in per cent ("+0.8%", "-0.3 %", "−1,2%"): a market ticker's reading
_SIGNED_CHANGE = re.compile(r"(?<![\w.,])[-+−–]\d+(?:[.,]\d+)?\s?%")
# a full stop after a word of two letters or more ("… in spring.", not "… N.Y.C." or "…")
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{2}|\d)[.。][\"”’»)]?$")
# "… nelle ore di punta. La Regione promette …": a sentence ends inside the line (a word of three
# letters or more before the stop, so not "Gov. Newsom" or "U.S. troops")
_TWO_SENTENCES = re.compile(r"[^\W\d_]{3}[.!?。！？]\s+[^\W\d_]")


def headline_shaped(text: str, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """Not a byline, a timestamp, an author's role, a form field or an image's alt text."""
    return (_NOT_HEADLINE.search(_without_told_time(text, settings)) is None and _RELATIVE_TIME.search(text) is None
            and not _credits_a_role(text, settings))


# a clock time a sentence tells, after a lower-case word ("… to close at 8:00 tonight", "… by
# 10:30"): no timestamp, whose time stands after a date, a label or at the line's start
_TOLD_TIME = re.compile(r"(?<=\s)(?-i:[a-zà-ÿ]+)\s+\d{1,2}:\d{2}\b(?![:./-]\d)")


def _without_told_time(text: str, settings: TextSettings) -> str:
    """The line without the clock times its running words tell (a headline of
    ``headline_told_time_words`` words or more): the rest is read for a timestamp's shape."""
    if ":" not in text or len(text.split()) < settings.headline_told_time_words:
        return text
    return _TOLD_TIME.sub(lambda m: m.group(0).split()[0], text)


def _credits_a_role(text: str, settings: TextSettings) -> bool:
    """A role's word among the line's last words, right after a comma or a bar, or in a line of
    a few words: a credit ("Jane Doe, Staff Writer, The Courier")."""
    if ROLE_WORDS.search(text) is None:
        return False
    words = text.split()
    return (len(words) <= settings.headline_role_line_words or _ROLE_AFTER_MARK.search(text) is not None
            or ROLE_WORDS.search(" ".join(words[-settings.headline_role_tail_words:])) is not None)


def headline_opening(ln: Line, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """The line may be a headline the body's run opened with: no sentence's stop at its end nor
    inside it, headline-sized, no byline or timestamp."""
    # (a headline in a script without spaces is one or two "words": its characters count)
    return (not ln.bullet and ln.weight <= settings.headline_max_weight
            and (ln.words >= 4 or is_wide(ln.text) and len(ln.text) >= settings.headline_opening_wide_chars)
            and not _SENTENCE_END.search(ln.text) and not _TWO_SENTENCES.search(ln.text)
            and not ln.text.rstrip().endswith((".", ":")) and headline_shaped(ln.text, settings))


def find_headline(lines: list[Line], lo: int, stop: int, anchor: int, body: list[tuple[str, Line]],
                  authors: list[str], settings: TextSettings = DEFAULT.extract.text,
                  trace: list[tuple[float, Line]] | None = None, byline_at: int | None = None) -> Line | None:
    """The headline among lines[lo:stop] (``anchor``: where the byline cluster or body starts;
    ``byline_at``: the cluster's line that names the author, when one does); ``trace`` collects
    each candidate's score. A line below a byline is seldom the headline; a line below a date
    often is (many pages set the date, or the section and date, above the headline)."""
    s = settings
    if byline_at is None:  # a desk's credit stands where a byline stands ("Detroit News wire services")
        byline_at = next((ln.index for ln in reversed(lines[lo:stop]) if ln.kind in (SHORT, META) and not ln.bullet
                          and ln.words <= s.headline_role_line_words + 2 and _desk_credit(ln.text)), None)
    body_words = _words(" ".join(ln.text for _, ln in body[:6]))
    body_indent = _typical_indent(body)
    people = {a.casefold() for a in authors}
    best, best_score = None, s.headline_min_score
    seen: dict[str, int] = {}
    for ln in lines[lo:stop]:
        if ln.kind != BLANK:
            seen[ln.text] = seen.get(ln.text, 0) + 1
    # the last parts of the breadcrumbs, where each stands ("BLOG > Weight Loss > Weight Loss Tips"
    # under a headline ends in its section: only a crumb of four words or more above a line counts)
    crumb_ends = {end: ln.index for ln in lines[lo:stop] if ln.kind != BLANK and (end := _crumb_end(ln.text))}
    sections = _section_names(lines, lo, stop)
    menu_end = _last_menu_end(lines, lo, min(stop, anchor), s.headline_menu_lines)
    if menu_end > lo:  # (only the masthead's lines, the page's first, are read as its tagline)
        masthead = [ln.index for ln in lines[:menu_end] if ln.kind != BLANK][: s.headline_masthead_lines]
        menu_end = min(menu_end, masthead[-1] + 1)
    summary = _summary_points(lines, lo, stop, s)
    distance = 0  # lines with words between the candidate and the anchor (not buttons or bullets)
    for j in range(min(stop, len(lines)) - 1, lo - 1, -1):
        ln = lines[j]
        if ln.kind == BLANK:
            continue
        if j < anchor and (ln.kind in (PROSE, META) or ln.words >= 3):
            distance += 1
        follower = _next_content(lines, j, stop)
        twice = ln.repeat_of_prev or (follower is not None and follower.text == ln.text)
        ln = glued_title(ln)
        if _names_a_section(ln, sections):
            continue
        if not _candidate(ln, people, s, twice) or _crumbs_before(ln, follower) or _alt_over_caption(ln, follower, s):
            continue
        score = -s.headline_distance_cost * min(distance, s.headline_distance_cap)
        if j >= anchor:
            below_byline = byline_at is not None and j > byline_at
            score -= s.headline_after_anchor_cost if below_byline else s.headline_after_date_cost
        words = _words(ln.text)
        if words and body_words:
            score += s.headline_overlap_weight * len(words & body_words) / len(words)
        if _SENTENCE_END.search(ln.text):
            score -= s.headline_sentence_cost  # a sentence: a standfirst, a lead or a caption
        elif _TWO_SENTENCES.search(ln.text):
            score -= s.headline_two_sentences_cost  # two sentences: a standfirst
        if ln.kind == PROSE:
            score -= s.headline_prose_cost
        if j in summary:
            score -= s.headline_summary_cost  # a summary's point under the headline, its bullet dropped
        if ln.words < 3 and not is_wide(ln.text) or is_wide(ln.text) and len(ln.text.strip()) < s.headline_wide_min_chars:
            score -= s.headline_two_words_cost  # ("搜索", "首页": a button in a script without spaces)
        if name_shaped(ln.text):
            score -= s.headline_name_cost  # "Pamela Wilson", "Trading Nation": a person's or a section's name
        if body_indent and ln.indent < body_indent:
            score += s.headline_outdent_bonus
        if follower is None or follower.kind == META or follower.index >= anchor:
            score += s.headline_before_anchor_bonus
        elif follower.kind == PROSE or (follower.words >= 8 and not follower.bullet):
            score += s.headline_standfirst_bonus  # a standfirst under it
            if (_standfirst_over_byline(lines, ln, follower, stop, s, byline_at) and not _kicker_over(words, follower, body_words)
                    and not _kicker_shaped(ln)):
                score += s.headline_over_standfirst_bonus
        above = _previous_content(lines, j, lo)
        if (above is not None and _candidate(above, people, s) and _standfirst_over_byline(lines, above, ln, stop, s, byline_at)
                and not _kicker_over(_words(above.text), ln, body_words) and not _kicker_shaped(above)):
            score -= s.headline_over_standfirst_bonus  # the standfirst under the headline
        if seen.get(ln.text, 0) >= 2 and not _menu_repeat(lines, lo, stop, ln.text):
            score += s.headline_repeated_bonus  # shown twice: the page's title and its headline
        if crumb_ends and crumb_ends.get(ln.text.casefold(), j + 1) <= j:
            score += s.headline_crumb_bonus  # "Home > News > 2015 > Headline" above it
        if ln.kind == CREDIT or _under_an_image(lines, j, lo):
            score -= s.headline_caption_cost
        if j < menu_end:
            score -= s.headline_above_menu_cost  # the masthead's tagline: a menu between it and the story
        if trace is not None:
            trace.append((score, ln))
        if score > best_score:
            best, best_score = ln, score
    # (the line is weighed as the capture gives it: a teaser's title set twice stays a teaser)
    return wrapped_title(capitals_rejoined(best, lines), lines, stop, people, settings) if best is not None else None


def summary_points(lines: list[Line], head: Line, stop: int, s: TextSettings) -> list[Line]:
    """The summary's points set right under the headline ``head`` and over the byline cluster,
    two to four of them, each of ``headline_summary_words`` words or more: bulleted lines, or
    lines of a headline's shape set right one under another (a browser's copy drops their
    bullets: with the headline, ``headline_summary_run`` lines at least); [] when anything else
    stands between the headline and the cluster. The one reader of such points: the headline's
    score (a point is no headline) and the story's lead (the points are) both ask it."""
    points: list[Line] = []
    for ln in lines[head.index + 1 : stop]:
        if ln.kind == BLANK:
            if points and not points[-1].bullet:
                break  # (a blank ends a run whose bullets were dropped)
            continue
        if ln.kind == META:
            break
        if not points and same_text(ln.text, head.text):
            head = ln  # (the headline shown twice)
            continue
        bulleted = ln.bullet and ln.kind in (SHORT, PROSE) and ln.words >= s.headline_summary_words
        if not bulleted and not (_point_shaped(ln, s) and ln.index == (points[-1] if points else head).index + 1):
            return []
        points.append(ln)
    if not 2 <= len(points) < s.headline_summary_run_max or (
            not points[0].bullet and len(points) + 1 < s.headline_summary_run):
        return []
    nxt = next((x for x in lines[points[-1].index + 1 : stop] if x.kind != BLANK), None)
    return points if nxt is not None and nxt.kind == META else []


def _point_shaped(ln: Line, s: TextSettings) -> bool:
    """A line of a headline's shape, of a few words or more and no sentence's stop: the headline
    or a summary's point whose bullet a browser's copy dropped."""
    return (ln.kind == SHORT and not ln.bullet and ln.words >= s.headline_summary_words
            and not _SENTENCE_END.search(ln.text) and headline_shaped(ln.text, s))


def _summary_points(lines: list[Line], lo: int, stop: int, s: TextSettings) -> set[int]:
    """The lines under the first of each run of headline-shaped lines that are a summary's points
    (summary_points): the headline and the points under it, whose bullets a browser's copy drops
    ('WE THOUGHT IT WAS THE END': … / Family of four … / Twenty-metre stretch … / Coastguard warns …)."""
    return {point.index for ln in lines[lo:stop]
            if _point_shaped(ln, s) and not (ln.index > lo and _point_shaped(lines[ln.index - 1], s))
            for point in summary_points(lines, ln, stop, s)}


def same_text(a: str, b: str) -> bool:
    return normalize_block_text(a).lower() == normalize_block_text(b).lower()


def capitals_rejoined(ln: Line, lines: list[Line]) -> Line:
    """A headline in capitals with the line it was wrapped from or onto: the line right above or
    below it (no blank line between), in capitals too, where the upper of the two ends on a
    closed-class word ("… OF WINTER REPAIRS TO" / "ITS CAR DECK"), as no headline ends. A
    kicker in capitals over the headline ends on a word of its own."""
    if not _in_capitals(ln):
        return ln
    above = lines[ln.index - 1] if ln.index > 0 else None
    below = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    if above is not None and _in_capitals(above) and _runs_on(above.text):
        joined = f"{above.text} {ln.text}"
    elif below is not None and _in_capitals(below) and _runs_on(ln.text):
        joined = f"{ln.text} {below.text}"
    else:
        return ln
    return replace(ln, text=joined, words=len(joined.split()), weight=ln.weight * len(joined) // max(1, len(ln.text)))


def _in_capitals(ln: Line) -> bool:
    return ln.kind in (SHORT, PROSE) and not ln.bullet and ln.text.isupper() and len(ln.text.split()) >= 2


def _runs_on(text: str) -> bool:
    return text.split()[-1].casefold() in closed_class_words()


# "Headline | The Harbour Courier", "Opinion | Headline", "Home › News › Headline": a title block
# glued to the site's name, a section or a breadcrumb by a bar or an arrow
_TITLE_BAR = re.compile(r"\s+\|\s+")
_CRUMB_ARROW = re.compile(r"\s+[›»>]\s+")
# "Minecraft 1.8 - The Bountiful Update          Minecraft.net": the site's name set apart by a gap
_GAP = re.compile(r"\s{2,}")


def glued_title(ln: Line) -> Line:
    """The line with only its headline when a site's name, a section or a breadcrumb is glued to
    it: the headline is a part of four words or more (or in a script without spaces), the other
    parts a few words each (a bar's parts: the first or the last; a breadcrumb's: the last, where
    the crumbs lead). The line unchanged otherwise (a menu's row of short items among them)."""
    text = ln.text
    part = None
    kind = ln.kind
    if kind == FURNITURE and ("›" in text or "»" in text or " > " in text) and not ln.bullet:
        kind = SHORT  # a breadcrumb ending in the headline: the line rules read it as a menu
    elif kind not in (SHORT, PROSE):
        return ln
    if " | " in text:
        parts = [p for p in _TITLE_BAR.split(text) if p]
        if len(parts) <= 3:
            part = _title_part(parts, (0, len(parts) - 1))
    elif "›" in text or "»" in text or " > " in text:
        parts = [p for p in _CRUMB_ARROW.split(text) if p]
        part = _title_part(parts, (len(parts) - 1,), crumbs=True)
    elif _GAP.search(text.strip()):
        parts = [p for p in _GAP.split(text.strip()) if p]
        part = _title_part(parts, (0,))
    if part is None or part == text:
        return ln
    return replace(ln, text=part, kind=kind, words=len(part.split()), weight=ln.weight * len(part) // max(1, len(text)))


# a rule (w3m's "━━━━" for <hr>) or a lone bullet joined to a headline by a capture without
# blank lines: "━━━━━━ Major layoffs to begin today", "Key moments from the hearing •"
_RULE_HEAD = re.compile(r"^[━─_=*~\-–—]{3,}\s+(?=\w)")
_MARK_TAIL = re.compile(r"\s+[•·|]$")
# a headline does not end on a short lower-case word ("… exporting to", "… a walk with")
_OPEN_END = re.compile(r"(?:^|\s)(?:[a-z]{1,3}|with|from|into|onto|over|than|that|about|The|A|An)$")


def wrapped_title(ln: Line, lines: list[Line], stop: int, people: set[str],
                  settings: TextSettings = DEFAULT.extract.text) -> Line:
    """The headline without what a capture without blank lines joined to it when it read the
    headline as a wrapped line: a rule before it, a bullet after it, the headline set twice
    ("Headline Headline", an image's alt text over the title), the byline or the credit under
    it ("Headline By Jane Doe, John Roe 2019-11-18", "Headline Anna Menin" over "Anna Menin",
    "Headline REUTERS" over the date line). The headline keeps four words or more, and a name
    at its end stays unless the page shows it as a credit (a byline read, a line of its own,
    a dated line under it)."""
    if ln.kind not in (SHORT, PROSE) or ln.bullet:
        return ln
    text = _MARK_TAIL.sub("", _RULE_HEAD.sub("", ln.text))
    words = text.split()
    if len(words) >= 8:
        half = _doubled_head(text)
        if half:
            text, words = half, half.split()
    if len(words) >= 7:
        rest = _after_menu(words) or _after_caption(text)
        if rest:
            text, words = rest, rest.split()
    if len(words) >= 5:
        head = _credit_cut(words, lines, ln.index, stop, people, settings)
        if head:
            text = head
    if text == ln.text:
        return ln
    return replace(ln, text=text, words=len(text.split()), weight=ln.weight * len(text) // max(1, len(ln.text)))


def _after_menu(words: list[str]) -> str | None:
    """The headline after a menu's row joined before it: capitalised items ending in a button
    of a page's furniture ("Sport Football Cricket Results Sign in Headline …"), three words or
    more before the headline of four or more. A line in capitals throughout says nothing by its
    capitals ("COUNCIL VOTES TO CLOSE OLD FERRY LANDING": "CLOSE" is a verb there, no button)."""
    if all(not w[:1].isalpha() or w.isupper() for w in words):
        return None
    for k in range(len(words) - 4, 2, -1):
        for m in (1, 2, 3):
            if m > k or cues.norm_cue(" ".join(words[k - m : k])) not in cues.FURNITURE:
                continue
            if all(w[:1].isupper() or w == "&" for w in words[: k - m]) and words[k][:1].isupper():
                return " ".join(words[k:])
    return None


def _after_caption(text: str) -> str | None:
    """The headline after a picture's caption joined before it, the caption's last sentence a
    photo credit ("… Royal Albert Hall in London. Chris Jackson/Pool via REUTERS Headline"):
    three words or more after the agency's name."""
    for stop in reversed(list(_SENTENCE_STOP.finditer(text))):
        after = text[stop.end() :].split()
        for j in range(1, min(len(after) - 3, MAX_CREDIT_WORDS) + 1):
            if after[j - 1].strip("()").casefold() in cues.PICTURE_AGENCY_NAMES \
                    and cues.PHOTO_CREDIT.match(" ".join(after[:j])) and after[j][:1].isupper():
                return " ".join(after[j:])
    return None


_SENTENCE_STOP = re.compile(r"[^\W_]{2}[.!?]\s+")
MAX_CREDIT_WORDS = 8


def _doubled_head(text: str) -> str | None:
    """The headline of four words or more a line sets twice: "Headline Headline …" (an image's
    alt text over the title, what follows the second copy aside), "Home News Headline Headline"
    (a breadcrumb before the two, glued to the first or not)."""
    opening = " " + " ".join(text.split()[:4])
    j = text.find(opening)
    while j > 0:
        if text.startswith(text[:j], j + 1):
            return text[:j]
        j = text.find(opening, j + 1)
    for j in range(len(text) // 2, len(text)):
        if text[j] == " " and text[:j].endswith(text[j + 1 :]):  # (the first copy may be glued: "NEWSBREAKING NEWS")
            half = text[j + 1 :]
            return half if len(half.split()) >= 4 else None
    return None


def _credit_cut(words: list[str], lines: list[Line], at: int, stop: int, people: set[str],
                settings: TextSettings) -> str | None:
    """The headline's words before a byline or a credit joined to it, or None."""
    for k in range(4, len(words)):  # "... Project By Tariq Malik, Mike Wall 2019-11-18 Spaceflight"
        if words[k] in ("By", "BY") and byline_names(" ".join(words[k:]), settings):
            return " ".join(words[:k])
    follower = _next_content(lines, at, stop)
    under = follower.text.casefold() if follower is not None else ""
    dated = follower is not None and (follower.kind == META or is_meta(follower.text, settings=settings))
    sites: list[str] | None = None
    near = _near_lines(lines, at, settings.headline_near_lines)
    for n in range(min(settings.headline_credit_tail_words, len(words) - 4), 0, -1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        bare = _IMAGE_MARK.sub("", tail)  # "[6eef5bc5-c] James Akinaka • 8h": an image without its alt text
        if not bare[:1].isupper():
            continue
        folded = bare.casefold()
        if person_like(f"{words[-n - 1]} {bare.split()[0]}", False, settings) and words[-n - 1][:1].isupper():
            continue  # "… Anna | Menin": no cut inside a name
        if _credited(bare, folded, people, under, dated, settings):
            pass
        elif _CLUSTER.search(bare) and is_meta(bare, settings=settings) and _credited(_CLUSTER.split(bare)[0], "", people, "", True,
                                                                   settings):
            pass  # "… James Akinaka • 8h": a byline's cluster
        elif n >= 2 and _opens_date(bare) and is_date_line(bare) and find_date(head) is None:
            pass  # "… for Publishers February 15, 2019": the dateline
        elif is_outlet_name(bare) and (under.endswith((", " + folded, " | " + folded))
                                       or _named_elsewhere(folded, near, at, prose=" " in bare)
                                       and (dated or follower is not None and name_shaped(follower.text))):
            pass  # "… Business Insider" over "Tanza Loudenback" (", Business Insider" cut off)
        else:
            if n > 3:
                continue
            if sites is None:
                top = [ln.text for ln in lines[:80] if ln.kind != BLANK and ln.index != at][:settings.headline_site_name_lines]
                sites = [*copyright_holders(near), *top]
            if not (names_site(bare, sites, []) and _named_elsewhere(folded, near, at)):
                continue  # (else "… Photos LinkNaija": the site's name its masthead or copyright line states)
        # the longest credit found: the headline before it, unless it ends as no headline does
        # ("HIKING THE BOULDER FLAT IRONS", "… when exporting to PDF", "Headline - The Courier")
        if head.isupper() or _OPEN_END.search(head) or not head[-1].isalnum() and head[-1] not in "!?'’\"”)":
            return None
        return head
    return None


# "Jane Doe • 8h", "Jane Doe | Reporter": the parts of a byline's cluster
_CLUSTER = re.compile(r"\s+[•·|]\s+")
_IMAGE_MARK = re.compile(r"^\[[^\]\s]{0,40}\]\s+")


def _credited(tail: str, folded: str, people: set[str], under: str, dated: bool, settings: TextSettings) -> bool:
    """The tail credits the story: the people the byline names ("Anna Menin"), a name the line
    under it repeats, two names or more ("Elena Marsh, Tomas Reyes") or a person and an outlet
    over the dated line, a wire service over it."""
    names = [n.strip() for n in NAME_SPLIT.split(tail) if n.strip()]
    if names and all(name_shaped(n) and person_like(n, False, settings) for n in names) and (
            all(n.casefold() in people for n in names) or folded == under or dated and len(names) >= 2):
        return True  # (two names or more over the dated line: "… Elena Marsh, Tomas Reyes" over "4 min read")
    if name_shaped(tail) and person_like(tail, False, settings) and dated and len(tail.split()) >= 3 \
            and is_outlet_name(tail):
        return True  # "… Tom Davies Associated Press" over the date
    return dated and folded in cues.PICTURE_AGENCY_NAMES  # "… REUTERS" over the date line


_DAY_NAMES = frozenset(w.lower() for w in weekday_names("full") + weekday_names("short"))


def _opens_date(text: str) -> bool:
    """"February 15, 2019", "Tuesday, 3 March 2021": a month's or a weekday's name first."""
    first = text.split()[0].lower().rstrip(".,")
    return first in MONTH_WORDS or first + "." in MONTH_WORDS or first in _DAY_NAMES


def _named_elsewhere(folded: str, near: list[Line], at: int, prose: bool = True) -> bool:
    """Another line of the page names it too; with ``prose`` False, a line that is no paragraph
    (a masthead, a menu, a credit): one capitalised word the story's sentences write too ("… and
    former CEO", "… to join NATO") is the headline's own word, not the site's name."""
    return any(ln.index != at and ln.kind != BLANK and (prose or ln.kind != PROSE) and folded in ln.text.casefold()
               for ln in near)


def _near_lines(lines: list[Line], at: int, reach: int) -> list[Line]:
    """The page's first and last ``reach`` lines and those around the headline (a long capture is
    not read whole for one line's tail)."""
    if len(lines) <= 3 * reach:
        return lines
    spans = sorted({*range(0, reach), *range(max(0, at - reach), min(len(lines), at + reach)),
                    *range(len(lines) - reach, len(lines))})
    return [lines[k] for k in spans]


def _title_part(parts: list[str], allowed: tuple[int, ...], crumbs: bool = False) -> str | None:
    """The one part of four words or more among parts of a few words (at most half its words,
    except in a breadcrumb, whose crumbs are a trail: "Mac & i > News > 2015 > Headline")."""
    if len(parts) < 2:
        return None
    sizes = [len(p.split()) for p in parts]
    k = max(range(len(parts)), key=lambda i: (sizes[i], len(parts[i])))
    if k not in allowed or not (sizes[k] >= 4 or is_wide(parts[k]) and len(parts[k]) >= 6):
        return None
    if any(i != k and (sizes[i] > 3 or not crumbs and 2 * sizes[i] > sizes[k]) for i in range(len(parts))):
        return None
    return parts[k].strip()


def _crumb_parts(text: str) -> list[str] | None:
    """The parts of a breadcrumb of three parts or more ("Home > Local > Headline"), else None."""
    if not ("›" in text or "»" in text or " > " in text):
        return None
    parts = [p.strip() for p in _CRUMB_ARROW.split(text) if p.strip()]
    return parts if len(parts) >= 3 else None


def _crumb_end(text: str) -> str | None:
    """The last part of a breadcrumb of three parts or more (casefolded), else None."""
    parts = _crumb_parts(text)
    if parts is None or len(parts[-1].split()) < 4 and not is_wide(parts[-1]):
        return None
    return parts[-1].casefold()


def _menu_item(x: Line) -> bool:
    """A line that may be an item of a menu: a few words, no prose."""
    return x.kind != BLANK and x.words <= 3 and not x.kind == PROSE


def _menu_repeat(lines: list[Line], lo: int, stop: int, text: str, run: int = 4) -> bool:
    """Each time the text is shown, it is an item of a menu (a run of ``run`` or more lines of
    a few words one under the other, no blank line between): a link repeated in a copy's
    navigation (which drops the bullets a dump marks menus with), not a title over its headline."""
    at = [k for k in range(lo, min(stop, len(lines))) if lines[k].text == text]
    for k in at:
        first = last = k
        while first - 1 >= lo and _menu_item(lines[first - 1]):
            first -= 1
        while last + 1 < min(stop, len(lines)) and _menu_item(lines[last + 1]):
            last += 1
        if last - first + 1 < run:
            return False
    return bool(at)


def _section_names(lines: list[Line], lo: int, stop: int, run: int = 4) -> dict[str, set[int]]:
    """The names of the page's sections (casefolded), each with the lines that name it so: the
    items of its menus (``run`` lines or more of a few words one under the other, as
    ``_menu_repeat`` reads them) and the crumbs of its breadcrumbs before their last ("Home >
    Local > Headline": "home", "local")."""
    names: dict[str, set[int]] = {}
    stop = min(stop, len(lines))
    count = 0
    for k in range(lo, stop + 1):
        x = lines[k] if k < stop else None
        if x is not None and _menu_item(x):
            count += 1
            continue
        if count >= run:
            for i in range(k - count, k):
                names.setdefault(lines[i].text.strip().casefold(), set()).add(i)
        count = 0
        parts = _crumb_parts(x.text) if x is not None else None
        for part in (parts or [])[:-1]:
            names.setdefault(part.casefold(), set()).add(k)
    return names


def _names_a_section(ln: Line, sections: dict[str, set[int]]) -> bool:
    """A line of a few words (a few characters in a script without spaces) that another line of
    the page, a menu's item or a breadcrumb's crumb, names as a section ("地域" under "トップ >
    地域 > 青葉・白川", and in the menu above): a section's label over the headline, never the
    headline (a headline set next to a menu is no section's name for that)."""
    text = ln.text.strip()
    few = len(text) <= 6 if is_wide(text) else ln.words <= 3
    return few and bool(sections.get(text.casefold(), set()) - {ln.index})


def _last_menu_end(lines: list[Line], lo: int, stop: int, run: int) -> int:
    """The end (the index after its last line) of the last menu in lines[lo:stop]: ``run`` lines
    or more one under the other, no blank line between, each a few words without a full stop
    and no list item (a 2008 page's links a ``<br>`` apart, a column of them set before the
    article's); ``lo`` when there is none."""
    count, end = 0, lo
    for k in range(min(stop, len(lines)) - 1, lo - 1, -1):
        ln = lines[k]
        if ln.kind == SHORT and not ln.bullet and ln.words <= 3 and not ln.text.endswith((".", "!", "?")):
            count += 1
            if count == 1:
                end = k + 1
            if count >= run:
                return end
        else:
            count = 0
    return lo


def _crumbs_before(ln: Line, follower: Line | None) -> bool:
    """"HomeSPORT NEWSBREAKING NEWS: Chelsea …" over "BREAKING NEWS: Chelsea …": a breadcrumb
    glued to the headline it ends in (a select-all copy drops the separators), the headline
    itself on the next line."""
    if follower is None or follower.words < 3:
        return False
    head, tail = ln.text, follower.text.strip()
    return len(head) > len(tail) and head.endswith(tail) and bool(head[: -len(tail)].strip())


def _alt_over_caption(ln: Line, follower: Line | None, settings: TextSettings) -> bool:
    """"Cranes at the terminal" over "Cranes at the terminal on Monday. Jane Doe/Courier": an
    image's alt text (w3m prints it as a line) over the caption that opens with it."""
    if follower is None or follower.index != ln.index + 1:
        return False
    under = follower.text.strip()
    # (a caption is a sentence or two of a few words: not the body's first paragraph opening
    # with the headline's words, nor a longer title under a short one)
    return (len(under) > len(ln.text) and under.startswith(ln.text.strip() + " ") and follower.kind != PROSE
            and follower.words <= settings.headline_caption_max_words
            and (_SENTENCE_END.search(under) is not None or _TWO_SENTENCES.search(under) is not None))



def _standfirst_over_byline(lines: list[Line], ln: Line, under: Line, stop: int, s: TextSettings,
                            byline_at: int | None = None) -> bool:
    """``under`` reads as the standfirst of ``ln``: longer, with no full stop at the end, right
    above the byline cluster or the body (headline, standfirst, byline: the usual order); ``ln`` starts
    like a headline (not the lower-case rest of a wrapped line)."""
    if under.kind not in (SHORT, PROSE) or under.bullet or _SENTENCE_END.search(under.text):
        return False
    if under.words < max(s.standfirst_min_words, ln.words + s.standfirst_longer_words) or ln.text[:1].islower() \
            or _title_case(under.text):
        return False  # a Title Case line is another headline (a list of them), not a standfirst
    after = _next_content(lines, under.index, stop)
    if after is not None and after.kind != META and 2 <= after.words <= 3 and not after.bullet:
        # the byline block may open with an outlet's or a section's name ("Associated Press",
        # "TRD NATIONAL /") over its dated line (a lone word is more often a menu's item)
        after = _next_content(lines, after.index, stop)
    # (a dated line the line rules did not read as metadata: "Nov.November 18, 2019 12:02 PM";
    # the byline's name set without "By" (``byline_at``); or the body's first paragraph, on a page
    # that shows no byline or date)
    return after is not None and (after.kind == META or after.words <= 6 and find_date(after.text) is not None
                                  or after.index == byline_at or after.index >= stop and after.kind == PROSE)


def _kicker_over(words: set[str], under: Line, body_words: set[str]) -> bool:
    """A kicker or a section's label over the headline, not a headline over its standfirst: none
    of its words comes back in the first paragraphs while the longer line's do ("Verkehrswende in
    der Innenstadt" over "Stadtrat beschließt neue Radwege am Ring …")."""
    return bool(body_words) and not (words & body_words) and bool(_words(under.text) & body_words)


def _kicker_shaped(ln: Line) -> bool:
    """Three words or fewer ("Umbau der Mühle", "Local Politics"): over a longer line right above
    the byline, a kicker or a section's label over the headline, not a headline over its
    standfirst (a script without spaces aside)."""
    return ln.words <= 3 and not is_wide(ln.text)


# "Home / Groningen / Stad": a breadcrumb's trail of three crumbs or more, a few words each
_SLASH_TRAIL = re.compile(r"^[^/]{1,30}(?:\s/\s[^/]{1,30}){2,}$")


def _slash_trail(text: str) -> bool:
    return _SLASH_TRAIL.match(text) is not None and all(len(p.split()) <= 3 for p in text.split(" / "))


_DOT_PARTS = re.compile(r"\s+[·•|]\s+")


def _section_trail(text: str) -> bool:
    """"Opinion · Schools", "Business | Commodities": a section's trail of names of a word or two
    each, parted by a dot or a bar, capitalised and without digits: a kicker, never the headline."""
    parts = _DOT_PARTS.split(text)
    return len(parts) >= 2 and all(
        1 <= len(p.split()) <= 2 and all(w[:1].isupper() or w == "&" for w in p.split()) for p in parts
    ) and not any(ch.isdigit() for ch in text)


def _candidate(ln: Line, people: set[str], s: TextSettings, twice: bool = False) -> bool:
    """``twice``: the line is printed twice in a row (a headline at two indents reads as an
    image's alt text and its caption, a CREDIT line)."""
    if ln.bullet or ln.weight > s.headline_max_weight:
        return False
    if ln.kind not in (SHORT, PROSE) and not (ln.kind == CREDIT and twice):
        return False
    text = ln.text
    if (ln.words < 2 and not is_wide(text)) or text[-1] in ":,;" or not headline_shaped(text, s):
        return False
    if text.casefold() in people or cues.is_furniture(text) or cues.is_promo_header(text) or _doubled(text) \
            or " / " in text and _slash_trail(text) or ("·" in text or "•" in text or "|" in text) and _section_trail(text):
        return False
    if len(text) <= 60 and cues.NAMED_APPEAL.match(text):
        return False
    if ln.words <= s.headline_role_line_words + 2 and _desk_credit(text):
        return False  # "Detroit News wire services": a credit under the headline
    if _gapped_row(text):
        return False
    if ln.words <= s.headline_weather_words and "°" in text and _TEMPERATURE.search(text):
        return False  # a weather widget's place and temperature ("Ostrzeszów -2°C")
    if "%" in text and len(_SIGNED_CHANGE.findall(text)) >= 2:
        return False  # a market ticker's readings ("Brent $78.14 -0.3% · Gold $2,031 +0.4%")
    if (text[0] == "(" and text[-1] == ")") or cues.CAPTION_SUFFIX.search(text) or _CREDITED_SENTENCE.search(text):
        return False  # a photo credit, or a caption ending with one: "(Reed Saxon / Associated Press)"
    return ln.weight > 100 or find_date(text) is None


_MULTIWORD_DESKS = tuple(sorted((d for d in cues.BYLINE_DESKS if " " in d), key=len, reverse=True))


def _desk_credit(text: str) -> bool:
    """The line ends in a desk's credit of two words or more ("… wire services", "Staff and
    agencies"): a byline's, not a headline's words."""
    folded = text.casefold().rstrip(" .")
    return any(folded == d or folded.endswith(" " + d) for d in _MULTIWORD_DESKS)


def _gapped_row(text: str) -> bool:
    """"News   Sport   Business": three items or more of a word or two set apart by wide gaps,
    a menu's row a dump laid out as a table."""
    parts = [p for p in _GAP.split(text.strip()) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 2 for p in parts)


_IMAGE_LABELS = frozenset(("image", "photo", "picture", "foto", "bild", "video"))


def _under_an_image(lines: list[Line], j: int, lo: int) -> bool:
    """The line right under an image (its placeholder, an "Image" label, its doubled alt text):
    a caption."""
    for k in range(j - 1, max(lo, j - 4) - 1, -1):
        above = lines[k]
        if above.kind == BLANK:
            continue
        text = above.text
        if above.kind == IMAGE or text.lower().split("[")[0].strip() in _IMAGE_LABELS:
            return True
        return _doubled(text)
    return False


def _doubled(text: str) -> bool:
    """"The PlayStation VRThe PlayStation VR": an image's alt text set twice."""
    half = len(text) // 2
    return len(text) % 2 == 0 and half >= 4 and text[:half] == text[half:]


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words)


def _previous_content(lines: list[Line], j: int, lo: int) -> Line | None:
    for k in range(j - 1, max(lo, j - 8) - 1, -1):
        if lines[k].kind != BLANK:
            return lines[k]
    return None


def _next_content(lines: list[Line], j: int, stop: int) -> Line | None:
    for k in range(j + 1, min(stop + 1, len(lines), j + 8)):
        if lines[k].kind != BLANK:
            return lines[k]
    return None


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _typical_indent(body: list[tuple[str, Line]]) -> int:
    indents = sorted(ln.indent for kind, ln in body if kind == "paragraph")
    return indents[len(indents) // 2] if indents else 0
