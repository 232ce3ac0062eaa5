"""The header of a text capture (headline, byline / date cluster, standfirst) and the tags
that follow the body."""

from __future__ import annotations

import re
from dataclasses import replace

from sidebyside.calendar_words import weekday_names
from sidebyside.extract import cues
from sidebyside.extract.assemble import normalize_block_text
from sidebyside.extract.bylines import NAME_SPLIT, PHOTOGRAPHER_AFTER, ROLE, credited_people, is_outlet_name, name_case, split_byline
from sidebyside.extract.byline_lines import (
    bracketed_wide_names, byline_names, chart_credit, closing_names, is_particle, is_role, name_shaped, first_opening_names,
    role_credit, signature_names, source_credit, wire_of, without_wire,
)
from sidebyside.extract.dates import find_date, find_dates, label_opening
from sidebyside.extract.sites import names_site
from sidebyside.extract.text.kinds import (
    BLANK, CREDIT, IMAGE, META, PROMO, PROSE, RULE, SHORT,
)
from sidebyside.extract.text.headline import ROLE_WORDS, find_headline, headline_opening, headline_shaped, summary_points
from sidebyside.extract.text.lines import Line
from sidebyside.extract.names import menu_shaped, person_like, unrepeated
from sidebyside.extract.text.meta import (
    NAME_NOTE, RELATIVE_TIME, cluster_parts, is_date_line, name_date_names, names_shaped, noted_names, outlet_named,
)
from sidebyside.extract.text.outlet import copyright_holders, initials_named
from sidebyside.extract.line_shape import is_wide
from sidebyside.word_frequencies import english_zipf
from sidebyside.extract.text.shape import mostly_lowercase
from sidebyside.settings import DEFAULT, TextSettings



class Header:
    """Headline, byline cluster, standfirst, read from the lines before the body."""

    def __init__(self, lines: list[Line], body_start: int, body: list[tuple[str, Line]],
                 settings: TextSettings = DEFAULT.extract.text, locale: str | None = None):
        """``locale``: the body's language (guessed), which settles numeric dates that read
        both ways ("03/10/2026" is the 3rd of October on a French page)."""
        self.locale = locale
        self.title: str | None = None
        self.authors: list[str] = []
        self.published: str | None = None
        self._updated_only = False  # the date read so far is labelled as an update's
        self.date_after = False  # the date was read after the body (the article says so in a warning)
        self.source_credit: str | None = None
        self.lead_line: Line | None = None
        self.first = body_start
        lo = max(0, body_start - settings.header_window)
        first_para = next((ln for k, ln in body if k == "paragraph"), None)
        stop = first_para.index if first_para else body_start
        lines = _outlet_tails_cut(lines, max(0, body_start - settings.byline_far_window), stop, settings)
        self._lines = lines
        self._run_on_words = settings.byline_run_on_words
        self._settings = settings
        window = [ln for ln in lines[lo:stop] if ln.kind != BLANK]

        meta = [ln for ln in window if ln.kind == META]
        cluster_start = meta[0].index if meta else None
        opening = [ln for ln in _opening(lines, stop, settings.header_body_lines) if ln.kind == META]
        if opening and (not meta or sum(1 for ln in window if ln.index > meta[-1].index) > settings.header_cluster_reach):
            # a standfirst read as the body's start, the byline block under it; metadata far
            # above (a masthead's date) is the page's, not the article's
            for ln in opening:
                self._read_meta(ln)
            meta, cluster_start = [], None
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
        byline_at = None  # the cluster's first line that names someone
        for ln in meta:
            if self._read_meta(ln) and byline_at is None:
                byline_at = ln.index
        if meta and not self.authors:  # a date above the headline, the byline under the standfirst
            for ln in opening:
                self.authors.extend(n for n in byline_names(ln.text, settings) if n not in self.authors)

        english = (locale or "").lower().startswith("en")
        if not self.authors:  # a byline above a later cluster (a standfirst's date, a gallery)
            by = _far_byline(lines, lo, stop, settings)
            if by is not None and self._read_meta(by):
                byline_at = by.index if byline_at is None else min(byline_at, by.index)
        anchor = cluster_start if cluster_start is not None else stop
        named = None if self.authors else _name_line(lines, lo, stop, settings)
        plain = _plain_words(lines) if named is not None else frozenset()
        # (a line standing where a byline stands that credits no one, with no name above it, may
        # be the headline: "Classificação NASCAR" over the date)
        nobody = named is not None and _credits_no_one(named.text, english, settings, plain) and not _labelled_name(
            lines, max(lo, named.index - settings.byline_block_lines), named.index)
        if named is not None and not (nobody and named.words <= settings.kicker_max_words
                                      and _under_a_date(lines, named.index, lo)):
            # a name set without "By" starts the byline block too; a kicker's few words under the
            # date that credit no one start none ("SANIDAD RURAL" under the date leaves the
            # headline under it above the byline; "FIND YOUR NEXT CAR", a button, and a blog's
            # name over its date still end the header)
            anchor = min(anchor, named.index)
            byline_at = named.index if byline_at is None else min(byline_at, named.index)
        people = self.authors + ([named.text] if named and not nobody else [])
        if opening and first_para is not None and not meta and headline_opening(first_para, settings) and not (
                _headline_over(lines, first_para, lo, settings)):
            # the body's run opens with the headline (a capture without blank lines, the headline
            # a line of prose), the standfirst and the byline cluster right under it: it may be read
            stop, anchor = stop + 1, opening[0].index
        title_line = find_headline(lines, lo, stop, anchor, body, people, settings, byline_at=byline_at)
        if title_line is not None and first_para is not None and initials_named(first_para.text, title_line.text):
            title_line = None  # "Wire News Agency" over "ALVIK, June 2 (WNA) - ...": the wire's name, no headline
        if title_line is not None:
            self.title = without_site_name(normalize_block_text(title_line.text), lines, title_line.index)
            self.first = title_line.index
        if named is not None:
            # the line stands where a byline stands, but "FIND YOUR NEXT CAR" or "The Nissan
            # Northern Xperience" (a button, a section's name) credits no one: the byline may be
            # a name right above it ("By / Jane Doe / The Harbour Courier")
            text = named.text
            if _credits_no_one(text, english, settings, plain):
                text = _labelled_name(lines, max(lo, named.index - settings.byline_block_lines), named.index) or ""
            self.authors = _names_of(text) if text and not _credits_no_one(text, english, settings, plain) else []
        if not self.authors and title_line is not None:  # a name right under the headline
            self.authors = _name_under(lines, title_line, stop, english, settings)
        far = None if self.authors else _far_byline(lines, max(0, body_start - settings.byline_far_window), lo, settings,
                                                    english)
        if far is not None:  # the byline's cluster: its names, and its date when none was found
            reach = settings.byline_block_lines
            for ln in lines[max(0, far.index - reach) : far.index + reach + 1]:
                if ln.kind == META:
                    self._read_meta(ln)
        if not self.authors:  # a standfirst read as the body's start, the author's name under it
            self.authors = _name_in_opening(lines, stop, body, settings)
        if not self.authors:  # "本报讯（记者 林晓雯）昨日，…": the credit opening one of the first paragraphs
            self.authors = first_opening_names(
                [ln.text for kind, ln in body if kind == "paragraph"][: settings.opening_credit_paragraphs])
        if not self.authors:  # "(Reporting by Jane Doe; Editing by John Roe)" closing the story
            self.authors = _closing_credit(lines, body, settings)
        if not self.authors and body:  # the story's byline and date in a side box under it
            boxed = _byline_box_after(lines, body[-1][1].index + 1, settings)
            if boxed is not None:
                self.authors = byline_names(boxed[0].text, settings)
                if self.published is None:
                    self._read_meta(boxed[1])
        if not self.authors and body:  # a personal site: "© Jane Doe 2016-2020" closing the page
            self.authors = _copyright_person(lines, body[-1][1].index, settings)
        self.authors = [name_case(n) for n in credited_people(self.authors)]
        if self.source_credit is None:  # a wire standing as the byline, or in the opening dateline
            self.source_credit = _wire_credit(window[-settings.header_cluster_reach:], first_para)
        self.lead_line = self._find_lead(lines, title_line, body, stop, settings)
        points = summary_points(lines, title_line, stop, settings) if title_line is not None else []
        if points and (self.lead_line is None or self.lead_line is points[0]):
            # the summary's points under the headline, over the byline: the story's lead (not its first point alone)
            self.lead_line = replace(points[0], text=" ".join(p.text for p in points),
                                     weight=sum(p.weight for p in points), words=sum(p.words for p in points))
        if self.published is not None and self._updated_only:
            # only an update's date in the cluster ("Actualizado: 05 dic 2026"): the day first
            # published may stand above the headline, on a date line of its own, no later than
            # the update ("Valladolid - 04 dic 2026 - 07:30 CET" over the kicker and headline)
            earlier = _date_above(window, cluster_start, self.published, locale)
            if earlier is not None:
                self.published, self._updated_only = earlier, False
        if self.published is not None and self._updated_only and first_para is not None:
            # only an update's date above ("Updated Dec. 2, 2026"): the day first published may
            # be the one the opening dateline states ("HOLLOWAY, Ore., Dec. 1 — …")
            self.published = _dateline_day(first_para.text, self.published, locale) or self.published
        if self.published is None:  # a date anywhere in the header
            for ln in reversed(window):
                if ln.kind in (META, SHORT) and ln.weight <= 100 and (title_line is None or ln.index >= title_line.index - 3):
                    date = find_date(ln.text, locale)
                elif ln.kind in (META, SHORT) and ln.weight <= settings.date_line_prose_max_weight and (
                        title_line is None or ln.index >= title_line.index - 3):
                    # a labelled publication date on a longer line (a dump joined the date line
                    # to the kicker under it: "تاریخ انتشار: یکشنبه ۱۵ آذر ۱۴۰۵ - ۰۹:۴۵ … تصمیم …")
                    date = next((f.iso for f in find_dates(ln.text, locale) if f.label == "published"), None)
                elif ln.kind == PROSE and title_line is not None and ln.index > title_line.index and (
                        ln.weight <= settings.date_line_prose_max_weight):
                    date = _date_ending(ln.text, locale, settings.date_line_tail_chars)
                else:
                    continue
                if date:
                    self.published = date
                    break

        if (self.published is None or self._updated_only) and body:
            # the dates set after the story ("Data utworzenia: 6 grudnia 2026, 14:22 / Data
            # aktualizacji: …", "Published: …" closing it, a side box's lone date under it)
            after = _date_after(lines, body[-1][1].index + 1, settings.date_after_body_lines, locale)
            if after is not None:
                self.published, self._updated_only, self.date_after = after, False, True

    def _read_meta(self, line: Line) -> bool:
        """Read a metadata line's names, date and source credit; whether it names someone."""
        if _by_menu(self._lines, line) or chart_credit(line.text):
            return False  # (a chart's credits: no byline of the story's)
        text = _unwrapped_byline(line, self._lines, self._settings)
        credit = source_credit(text)
        if credit:
            self.source_credit = self.source_credit or credit
            return False
        names = byline_names(text, self._settings) or _cluster_names(text, self._settings)
        dated = name_date_names(text, (self.locale or "").lower().startswith("en"), self._settings)
        if dated and set(names) < set(dated):
            names = dated  # "Lucía Herrero | Daniel Sanz Madrid - 04 dic 2026": both writers, not the first part's
        names = names or noted_names(text, self._settings)
        for name in names:
            if name not in self.authors:
                self.authors.append(name)
        if self.published is None or self._updated_only:
            # a later line's publication date wins over an update's read first ("Aktualisiert:
            # 06.12.2026, 16:20" over "Erstellt: 06.12.2026, 14:05")
            dates = find_dates(text, self.locale)
            chosen = find_date(text, self.locale)
            if chosen and (self.published is None or any(f.label != "updated" for f in dates)):
                self.published = chosen
                self._updated_only = all(f.label == "updated" for f in dates)
        return bool(names)

    @staticmethod
    def _find_lead(lines: list[Line], title: Line | None, body: list[tuple[str, Line]], stop: int,
                   settings: TextSettings) -> Line | None:
        """The standfirst: a prose line after the headline set apart from the body by the byline
        cluster or an image (not merely by a blank line); never a card's title in a list of cards
        (a video carousel between the header and the body): none then."""
        min_words = settings.standfirst_min_words
        if title is None:
            return _lead_sentence(lines, stop, min_words)
        candidates = [ln for ln in lines[title.index + 1 : stop] if ln.kind == PROSE and not ln.bullet]
        under = next((ln for ln in lines[title.index + 1 : stop] if ln.kind != BLANK), None)
        if (not candidates and under is not None and _standfirst_shaped(under, min_words)
                and any(ln.kind == META for ln in lines[under.index + 1 : stop])):
            return under  # a standfirst without a full stop, right under the headline, above the byline
        if candidates:
            last = candidates[-1]
            return last if len(last.text) <= 600 and not in_card_list(lines, last, settings) else None
        # (not the headline itself, when the body's run opened with it)
        paras = [ln for kind, ln in body if kind == "paragraph" and ln.index != title.index]
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


# "HOLLOWAY, Ore., Dec. 1 — ", "WASHINGTON, Dec. 1 (AP) - ": a dateline's place and day before its dash
_DATELINE = re.compile(r"^(?P<head>[^—–-]{3,60}?)\s*(?:\([^()]{1,20}\)\s*)?[—–-]{1,2}\s")


def _dateline_day(text: str, updated: str, locale: str | None) -> str | None:
    """The day the first paragraph's dateline states without its year ("…, Dec. 1 —"), in the
    year of the update's date ``updated``, when it falls on or before that day; None otherwise."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    day = match.group("head").rsplit(",", 1)[-1].strip()
    if not 2 <= len(day.split()) <= 3 or not any(ch.isdigit() for ch in day) or find_date(day, locale):
        return None  # (a dateline naming its year is read as any date is)
    found = find_date(f"{day}, {updated[:4]}", locale)
    return found[:10] if found and found[:10] <= updated[:10] else None


_SENTENCE_END = (".", "。", "!", "?", "！", "？")


def _date_ending(text: str, locale: str | None, tail_chars: int) -> str | None:
    """The date a line under the headline that reads as prose ends with, when the line is a
    byline's credit, place and date run together ("Agencia … Ciudad Guzmán, Jalisco sábado 5 de
    diciembre de 2026 · 10:25 hrs.") or a date line a script without spaces makes one word of
    ("2026年12月6日 5時00分有料記事"): the first date not an update's, with one short word after it at
    most, and a time, or no sentence's stop ending the line; None otherwise (a standfirst's sentence
    that ends on a day: "… will close on 5 December 2026.")."""
    found = next((f for f in find_dates(text, locale) if f.label != "updated"), None)
    if found is None:
        return None
    tail = text[found.end :].strip(" .,;:|·•-–—()")
    if len(tail.split()) > 1 or len(tail) > tail_chars:
        return None
    return found.iso if "T" in found.iso or not text.rstrip().endswith(_SENTENCE_END) else None


def _headline_over(lines: list[Line], first: Line, lo: int, settings: TextSettings) -> bool:
    """A shorter line that may be a headline stands right above the body's first line (a blank
    between them at most), the byline cluster right under it: that line is the headline, the
    body's first line its standfirst, though it ends without a stop ("El Gobierno aprueba el plan …" over "El Consejo de Ministros destina
    … el 30 % del coste")."""
    above = next((ln for ln in reversed(lines[lo : first.index]) if ln.kind != BLANK), None)
    under = next((ln for ln in lines[first.index + 1 :] if ln.kind != BLANK), None)
    return (above is not None and above.kind == SHORT and first.index - above.index <= 2
            and under is not None and under.kind == META  # (the byline cluster under the standfirst)
            and above.words >= 4 and above.words < first.words and headline_opening(above, settings))


def _under_a_date(lines: list[Line], at: int, lo: int) -> bool:
    """The line right above ``at`` (blank lines aside) is a date line."""
    above = next((ln for ln in reversed(lines[lo:at]) if ln.kind != BLANK), None)
    return above is not None and above.kind == META and is_date_line(above.text)


def _date_above(window: list[Line], cluster_start: int | None, updated: str, locale: str | None) -> str | None:
    """The date of the nearest date line above the cluster whose date is an update's: a date not
    labelled as an update's, on or before the update's day (a later one is no publication date
    of the story's: a masthead's today), or None."""
    for ln in reversed(window):
        if cluster_start is not None and ln.index >= cluster_start:
            continue
        if ln.kind != META or not is_date_line(ln.text):
            continue
        found = [f for f in find_dates(ln.text, locale) if f.label != "updated"]
        if found and found[0].iso[:10] <= updated[:10]:
            return found[0].iso
    return None


def _byline_box_after(lines: list[Line], start: int, settings: TextSettings) -> tuple[Line, Line] | None:
    """The story's byline in a side box after it, past a list of other stories ("Door Jane Doe"
    over "Geplaatst: za 5 dec 2026, 09:14"): a byline line among the ``byline_box_lines`` lines
    after the body, right over a date line its label calls the publication's; the first such pair
    (a byline alone there may be another story's)."""
    near = _opening(lines, start, settings.byline_box_lines)
    for ln, under in zip(near, near[1:]):
        if ln.kind == META and under.kind == META and byline_names(ln.text, settings) \
                and label_opening(under.text) == "published" and find_date(under.text) is not None:
            return ln, under
    return None


def _date_after(lines: list[Line], start: int, count: int, locale: str | None) -> str | None:
    """The publication date of a labelled date line among the ``count`` lines after the body
    ("Data utworzenia: 6 grudnia 2026, 14:22", "Published: 3 March 2026"): only a date its
    label calls the publication's, never an update's; else the date of the one date line there,
    unlabelled; None otherwise."""
    near = _opening(lines, start, count)
    for ln in near:
        if ln.kind != META or label_opening(ln.text) != "published":
            continue
        found = [f for f in find_dates(ln.text, locale) if f.label == "published"]
        if found:
            return found[0].iso
    # a lone date line there, the only one ("Match info" / "Saturday 5 December 2026 17:58" in a
    # side box under the story); several (a list of other stories, each dated) say nothing
    # (the date alone on its line, a weekday at most before it: "2018.04.05 ~ OPEN RUN", a show's
    # run in an info box, is no story's date)
    dated = [ln for ln in near if ln.kind == META and not ln.bullet and is_date_line(ln.text)]
    if len(dated) == 1 and label_opening(dated[0].text) is None:
        text = dated[0].text.strip()
        found = find_dates(text, locale)
        # (the update's date may follow in brackets: "6 dicembre 2026 (modifica il 6 dicembre 2026 | 20:14)")
        updates = found[1:]
        end = updates[-1].end if updates else found[0].end if found else 0
        if found and found[0].label is None and all(f.label == "updated" for f in updates) and (
                not text[end:].strip(" .)]")) and (
                text[: found[0].start].strip(" ,.").casefold() in _WEEKDAY_WORDS):
            return found[0].iso
    return None


_WEEKDAY_WORDS = frozenset({""} | {w.casefold() for w in weekday_names("full") + weekday_names("short")})


def _wire_credit(cluster: list[Line], first_para: Line | None) -> str | None:
    """The wire service the header's lines credit ("PTI" / "PTI, Washington" over the story), or
    the one the first paragraph's dateline names ("Washington, Nov 20 (PTI) ...")."""
    for ln in reversed(cluster):
        if ln.kind in (META, SHORT) and not ln.bullet and (wire := wire_of(ln.text)):
            return wire
    return wire_of(first_para.text[:120]) if first_para is not None else None


def in_card_list(lines: list[Line], line: Line, settings: TextSettings) -> bool:
    """The line is one card of a list of cards: image placeholders and short titles alternate
    around it (a video carousel's "[thumb] Title" items), as they never do around a standfirst."""
    reach, least = settings.card_list_reach, settings.card_list_min
    low, high = settings.card_title_words
    if line.words > high or not any(ln.kind == IMAGE for ln in _beside(lines, line)):
        return False  # (a card's title is short, and stands next to its picture)
    near = [ln for ln in reversed(lines[max(0, line.index - 4 * reach) : line.index]) if ln.kind != BLANK][:reach]
    near += [ln for ln in lines[line.index + 1 : line.index + 1 + 4 * reach] if ln.kind != BLANK][:reach]
    images = sum(1 for ln in near if ln.kind == IMAGE)
    titles = sum(1 for ln in near if ln.kind in (SHORT, PROSE) and not ln.bullet and low <= ln.words <= high)
    return images >= least and titles >= least


def _beside(lines: list[Line], line: Line) -> list[Line]:
    """The non-blank lines right before and right after the line."""
    before = next((ln for ln in reversed(lines[: line.index]) if ln.kind != BLANK), None)
    after = next((ln for ln in lines[line.index + 1 :] if ln.kind != BLANK), None)
    return [ln for ln in (before, after) if ln is not None]


def _lead_sentence(lines: list[Line], stop: int, min_words: int) -> Line | None:
    """With no headline, a sentence that opens the capture right above the body is its first
    paragraph, a lead too short to read as prose ("Greece calm after a week of riots, police
    say."): text copied from the article alone, without its page."""
    content = [ln for ln in lines[:stop] if ln.kind != BLANK]
    if len(content) != 1:
        return None
    above = content[0]
    if above.kind not in (SHORT, PROSE) or above.bullet or above.words < min_words // 2:
        return None
    if not above.text.endswith((".", "。")) or cues.is_furniture(above.text) or cues.is_promo_header(above.text):
        return None
    return above




def _standfirst_shaped(ln: Line, min_words: int) -> bool:
    """A long line of running words: not a list item, a byline, a caption or a button row. A
    role's word inside running words ("... after shift workers and hospital staff campaigned")
    makes no byline of it, as it would of a headline-sized line."""
    return (ln.kind == SHORT and not ln.bullet and (ln.words >= min_words or is_wide(ln.text) and ln.weight >= 40)
            and ln.text[-1] not in ":|" and not cues.is_furniture(ln.text)
            and (headline_shaped(ln.text) or ln.words >= min_words and mostly_lowercase(ln.text)
                 and headline_shaped(ROLE_WORDS.sub("", ln.text)))
            and find_date(ln.text) is None)


def _opening(lines: list[Line], start: int, count: int) -> list[Line]:
    """The first ``count`` non-blank lines from ``start``."""
    out: list[Line] = []
    for ln in lines[start:]:
        if len(out) >= count:
            break
        if ln.kind != BLANK:
            out.append(ln)
    return out


# a byline broken before its last name: "By Jane Doe and" / "John Roe", "By Jane Doe" / "and John Roe",
# "By Jane Doe" / "John Roe"
_OPEN_END = re.compile(r"(?:,|&|\band|\bund|\bet|\by)$", re.I)
_JOINED_START = re.compile(r"^(?:and|&|und|et|y)\s", re.I)
_CUT_NAME_END = re.compile(r"(?:,|&|\b(?i:and|und|et|y))\s+[A-Z][\w'’.-]*$")  # "…, Mary" (her last name below)


def _unwrapped_byline(line: Line, lines: list[Line], settings: TextSettings) -> str:
    """A byline's line with the next line joined when the byline runs on there (a narrow dump
    or a template breaks it before its last name) and the joined line credits more people."""
    text = line.text
    after = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if after is None or after.kind == BLANK or after.words > settings.byline_run_on_words:
        return text
    names = byline_names(text, settings)
    if not names:
        return text
    # also "By Jane Doe, John Roe, Mary" / "Major and Sam Poe": a list of names wrapped inside a name
    cut_name = _CUT_NAME_END.search(text.rstrip()) and after.text[:1].isupper() and after.indent == line.indent
    if _OPEN_END.search(text.rstrip()) or _JOINED_START.match(after.text) or cut_name:
        joined = f"{text.rstrip()} {after.text.strip()}"
        return joined if len(byline_names(joined, settings)) > len(names) else text
    # "By Jane Doe" / "John Roe": a second writer's name alone on the next line, told by a known
    # given name or by words all rare ("Sunita Okafor"; not "Harbour Courier", not "Senior Reporter")
    more = _names_of(after.text)
    if more and all((person_like(n, False, settings) or _rare_words(n, settings)) and not is_outlet_name(n)
                    for n in more):
        return f"{text.rstrip()}, {', '.join(more)}"
    return text


def _cluster_names(text: str, settings: TextSettings) -> list[str]:
    """The people a byline names when it is one part of a dot-separated date / byline cluster."""
    parts = cluster_parts(text)
    for part in parts:
        names = byline_names(part, settings)
        if names:  # the HTML extractor's cleaning too (handles, e-mail addresses, roles)
            return split_byline(part) or names
    # "James Akinaka • 8h": the cluster was read as metadata for its name (or its pair of names,
    # "Jane Doe and John Roe | March 3"); not the outlet's beside it ("Jane Doe — The Courier")
    # nor a menu's ("Nachrichten Politik Sport Kultur | 6. Dezember")
    for part in parts:
        if outlet_named(part) or cues.norm_cue(part) in cues.FURNITURE or menu_shaped(part, settings):
            continue
        if name_shaped(part):
            return [part]
        if names_shaped(part):
            return [p for p in NAME_SPLIT.split(part) if p]
    return []


# A byline's word or label standing alone on the line above the name ("By", "por", "Von", "بقلم",
# "Text:"): the words of cues.json, as the byline patterns read them
_LONE_LABEL = re.compile(rf"^(?:{cues.BYLINE_OPENERS}|{cues.BYLINE_LABELS})\s*[:：]?$", re.I)


def _name_line(lines: list[Line], first: int, stop: int, settings: TextSettings) -> Line | None:
    """A name standing alone above the body, next to a date, a read time, a role ("Games
    Editor") or a lone "By": the byline a template set without "By" (the nearest the body);
    failing that, a person's name written twice (an author box's picture and link)."""
    content = [ln for ln in lines[first:stop] if ln.kind != BLANK]
    names = [k for k in range(len(content) - 1, -1, -1) if _lone_name(content, k)]
    for k in names:
        # the lines right above and below it (and the one after a short line below it)
        near = content[max(0, k - 1) : k] + content[k + 1 : k + 2]
        if k + 2 < len(content) and content[k + 1].words <= 3:
            near.append(content[k + 2])
        if any(_byline_neighbour(x) for x in near):
            return _person_above(content, k, settings)
    for k in names:
        if _written_twice(content, k, settings):
            return content[k]
    return None


def _outlet_line(text: str) -> bool:
    people = credited_people(_names_of(text))
    return bool(people) and all(map(is_outlet_name, people))


def _person_above(content: list[Line], k: int, settings: TextSettings) -> Line:
    """The byline's name line: the line right above when this one is an outlet's name set under
    the author's ("Jane Doe" / "Harbour Courier" / "March 3, 2021"); both lines, when the one
    above names another writer by a known given name ("Jane Doe" / "John Roe" / "March 3")."""
    if k == 0 or not _lone_name(content, k - 1) or _outlet_line(content[k - 1].text):
        return content[k]
    above = content[k - 1]
    if _outlet_line(content[k].text):
        return above
    if (content[k].index == above.index + 1 and not _outlet_line(content[k].text)
            and all(person_like(n, False, settings) for n in _names_of(above.text))):
        return replace(content[k], text=f"{above.text}, {content[k].text}")
    return content[k]


def _lone_name(content: list[Line], k: int) -> bool:
    """The line holds only names, and not as one item of a list of names (a menu)."""
    ln = content[k]
    labelled = k > 0 and _LONE_LABEL.match(content[k - 1].text) is not None  # "By" on the line above
    # "dsteer-headshot Dave Steer": the author's picture, named by its file, read as a caption
    portrait = ln.kind == CREDIT and _PORTRAIT_SLUG.match(ln.text) is not None
    if ln.kind not in (SHORT, META) and not ((labelled or portrait) and ln.kind == CREDIT):
        return False
    if not _names_of(ln.text) or _ROLE_LINE.search(ln.text) or cues.BYLINE.match(ln.text):
        return False
    if _menu_item(content, k):
        return False
    # a byline may be set as a lone item, or beside its date in a list
    return not (ln.bullet and any(x.bullet and x.kind != META for x in content[max(0, k - 1) : k + 2] if x is not ln))


def _menu_item(content: list[Line], k: int, run: int = 4) -> bool:
    """The line is one of a run of ``run`` or more short lines of a few words set one under the
    other, no blank line between: a menu ("Specials / Insight / Point Blank / Sunday
    Spotlight"); a share bar's buttons beside a name are no menu item."""
    def item(x: Line) -> bool:
        return x.kind == SHORT and x.words <= 3

    first = last = k
    while first > 0 and item(content[first - 1]) and content[first - 1].index == content[first].index - 1:
        first -= 1
    while last + 1 < len(content) and item(content[last + 1]) and content[last + 1].index == content[last].index + 1:
        last += 1
    return last - first + 1 >= run


def _name_under(lines: list[Line], title: Line, stop: int, english: bool, settings: TextSettings) -> list[str]:
    """The names of a lone name line right under the headline (or the line after a short line
    there, or after the standfirst when the body follows it), when they read as a person's: by
    a known given name, or, in capitals, by a rare word too ("JANIE HAR"); "Harbour View", a
    kicker or a section, is no one."""
    content = [ln for ln in lines[title.index + 1 : stop] if ln.kind != BLANK][:3]
    for k in range(min(2, len(content))):
        if k == 1 and content[0].words > 3 and not (len(content) == 2 and content[0].words >= settings.standfirst_min_words):
            break
        text = content[k].text
        if _lone_name(content, k) and not _credits_no_one(text, english, settings):
            names = _names_of(text)
            # where the byline block closes the header (the body right under it), or two people
            # named together ("Ewan Fairlie and Sunita Rao"), a rare word tells a name as well
            people = credited_people(names)
            if all(person_like(n, english and text.isupper(), settings) for n in people) or english and (
                    len(people) >= 2 and all(person_like(n, True, settings) for n in people)
                    or k + 1 == len(content) and all(_rare_words(n, settings) for n in people)):
                return names
    return []


def _rare_words(name: str, settings: TextSettings) -> bool:
    """Every word of the name is rarer in English than a common word ("Ewan Strachan"; not
    "Harbour View")."""
    zipf = english_zipf()
    return all(zipf.get(w.strip(".,").lower(), 0.0) < settings.common_word_zipf for w in name.split())


def _name_in_opening(lines: list[Line], stop: int, body: list[tuple[str, Line]], settings: TextSettings) -> list[str]:
    """The names of a lone name line among the body's first ``count`` lines after its first
    paragraph (a standfirst read as the body's start, the author's name and picture under it:
    "dsteer-headshot Dave Steer"), when each opens with a known given name (or, over a dated
    line, is all rare words) and the story does not name them (a picture's caption names the
    person the story is about)."""
    content = _opening(lines, stop, settings.header_body_lines)[1:]
    for k, ln in enumerate(content):
        if ln.kind == PROSE:
            continue
        if k and _LONE_LABEL.match(content[k - 1].text) and not _credits_no_one(ln.text, False, settings):
            # "por" / "César Salza": the label says it is a byline, whatever the given name
            names = credited_people(_names_of(ln.text))
            if names and not any(map(is_outlet_name, names)):
                return names
        if _lone_name(content, k) and not _credits_no_one(ln.text, False, settings):
            names = _names_of(ln.text)
            # (over its dated line, a byline block: a name of words all rare reads as one too)
            dated = k + 1 < len(content) and content[k + 1].kind == META and find_date(content[k + 1].text) is not None
            if names and all(person_like(n, False, settings) or dated and _rare_words(n, settings)
                             for n in credited_people(names)):
                story = " ".join(x.text for _, x in body if x is not ln).casefold()
                return [] if any(n.casefold() in story for n in names) else names
    return []


def _written_twice(content: list[Line], k: int, settings: TextSettings) -> bool:
    """A person's name (by a known given name) written twice, glued on one line ("Pamela
    WilsonPamela Wilson") or on two lines a few apart (an author box's picture and link)."""
    text = content[k].text
    name = unrepeated(text)
    reach = settings.byline_twin_reach
    around = content[max(0, k - reach) : k] + content[k + 1 : k + reach + 1]
    if name == text and not any(unrepeated(x.text) == name for x in around):
        return False
    return all(person_like(n, False, settings) for n in _names_of(name))


def _labelled_name(lines: list[Line], first: int, stop: int) -> str | None:
    """The last name line right under a lone byline label ("By") between ``first`` and ``stop``."""
    content = [ln for ln in lines[first:stop] if ln.kind != BLANK]
    for k in range(len(content) - 1, 0, -1):
        if _LONE_LABEL.match(content[k - 1].text) and _names_of(content[k].text):
            return content[k].text
    return None


def _credits_no_one(text: str, english: bool, settings: TextSettings, plain: frozenset[str] = frozenset()) -> bool:
    """A name-shaped line that is no person's name: opening with "The" ("The Harbour Courier",
    "The Associated Press": only "By The Associated Press" credits the outlet), a site's menu
    ("Nachrichten Politik Sport Kultur": ``names.menu_shaped``), or capitals that
    do not read as a person's name ("FIND YOUR NEXT CAR", "ASSOCIATED PRESS"; not "JANIE HAR").
    Word frequencies are English: on a page in another language only a given name tells, or
    the page itself (``plain``: the words its prose writes in lower case)."""
    if text.startswith("The "):
        return True
    people = credited_people(_names_of(text))
    if people and all(map(is_outlet_name, people)):
        return True  # "Harbour News", "Associated Press" set without "By": a masthead or a desk's name
    if people and all(menu_shaped(p, settings) for p in people):
        return True  # "Nachrichten Politik Sport Kultur" over the date: the site's menu
    if people and not text.isupper():
        # "Local Politics", "Política Local" over the date: a section's name in common English
        # words, or in words the page writes in lower case, and no known given name (a person's
        # name opens with one, or holds a rare word: "Haki Benita")
        for p in people:
            if person_like(p, False, settings):
                continue
            if english and not person_like(p, english, settings):
                return True
            if plain and _plain_or_acronyms(p.split(), plain):
                return True
    return text.isupper() and not (people and all(
        person_like(p, english, settings) and not is_outlet_name(p.title()) for p in people))


def _plain_or_acronyms(words: list[str], plain: frozenset[str]) -> bool:
    """Every word is one the page writes in lower case, or an acronym in capitals beside such a
    word ("Classificação NASCAR", a section's name: no person's name is a common word and an
    acronym; a name opening with a known given name is read before this)."""
    return any(w.lower() in plain for w in words) and all(
        w.lower() in plain or (len(w) > 1 and w.isupper()) for w in words)


# "Headline - The Harbour Courier", "Headline – harbourcourier.com", "Headline :: Site": the site's
# name after a spaced dash, a colon pair or a middle dot
_SITE_TAIL = re.compile(r"^(?P<head>.+?)\s+(?:[-–—·]|::)\s+(?P<tail>[^-–—·|:]{2,60})$")
MASTHEAD_LINES = 5


def without_site_name(title: str, lines: list[Line], at: int) -> str:
    """The headline without the site's name a page's title block adds after a dash ("Bridge
    closes for a year - The Harbour Courier"): only a name the page states as its own (a domain,
    a copyright holder, one of its first lines), a few words after a headline of four or more;
    "Atkins diet - lose ten kilos in two weeks" keeps its second half. The HTML family's rule
    (sites.names_site) says whether the tail names the site."""
    match = _SITE_TAIL.match(title)
    if not match:
        return title
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if len(head.split()) < 4 or len(tail.split()) > 5 or 2 * len(tail.split()) > len(head.split()):
        return title
    # (a "LIVE" badge over a live blog's "Headline – live" is a label, not the masthead)
    top = [ln.text for ln in lines if ln.kind not in (BLANK, PROMO) and ln.index != at][:MASTHEAD_LINES]
    return head if names_site(tail, [*copyright_holders(lines), *top], [], own_domain=True) else title


def _plain_words(lines: list[Line]) -> frozenset[str]:
    """The words the page's prose writes in lower case (a person's name seldom is)."""
    return frozenset(w for ln in lines if ln.kind == PROSE for w in ln.text.split()
                     if w[:1].islower() and w.isalpha())


def _outlet_tails_cut(lines: list[Line], first: int, stop: int, settings: TextSettings) -> list[Line]:
    """The lines with a byline's outlet cut off ("By Jill Disis, CNN Business", "VICTOR
    TANGERMANN, FUTURISM" → the name): the part after the line's last comma, when it opens with
    no known given name and the page names it elsewhere too (its masthead, "Follow CNN Business",
    "originally published by Futurism"). A second person ("Jane Doe, John Roe") opens with a
    given name; what the page writes only in the byline is left for the byline rules."""
    out: list[Line] | None = None
    folded: str | None = None
    for ln in lines[first:stop]:
        head, _, tail = ln.text.rpartition(",")
        tail = tail.strip()
        if not head or not _outlet_shaped(tail, settings) or not (byline_names(head, settings) or name_shaped(head)):
            continue
        if folded is None:
            folded = "\n".join(x.text for x in lines).casefold()
        if folded.count(tail.casefold()) < 2:
            continue
        out = out if out is not None else list(lines)
        out[ln.index] = replace(ln, text=head.rstrip())
    return out if out is not None else lines


def _outlet_shaped(text: str, settings: TextSettings) -> bool:
    """One to three capitalised words (an acronym, "&" between) that open with no known given
    name and are no role: "CNN Business", "Business Insider", "FUTURISM"."""
    words = text.split()
    return (1 <= len(words) <= 3 and all(w == "&" or (w[:1].isupper() and w.replace(".", "").isalpha()) for w in words)
            and not person_like(text, False, settings) and not is_role(text))


def _closing_credit(lines: list[Line], body: list[tuple[str, Line]], settings: TextSettings) -> list[str]:
    """The people a byline closing the story credits: the body's last line, or one of the
    ``count`` lines right after it, in parentheses or not ("(Reporting by Jane Doe in London;
    Editing by John Roe)", "By Jane Doe"); teasers after a heading are not read."""
    if not body:
        return []
    last, count = body[-1][1], settings.byline_after_lines
    after = _opening(lines, last.index + 1, count + 1)  # (and the line under the last one read)
    for k, ln in enumerate([last, *after[:count]]):
        text = ln.text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        names = byline_names(text, settings) or role_credit(text) or closing_names(text, settings) \
            or bracketed_wide_names(ln.text)
        if not names and k <= 1 and _after_a_sentence(lines, ln, first_line=body[0][1].index):
            names = signature_names(ln.text, settings)  # "Thu Hà" alone under the story's last sentence
        if names:
            return names
        under = after[k] if k < len(after) else None
        if under is not None:
            names = _author_box(ln, under, settings)
            if names:
                return names
    # the credit line set a few lines before the story's last (a wire's "Reporting by Jane Doe
    # in London; Editing by John Roe" over its trust principles and a republication note)
    first = body[0][1].index
    closing = [ln for ln in lines[first : last.index] if ln.kind != BLANK][-settings.closing_credit_lines:]
    for ln in reversed(closing):
        if ln.kind == META:
            text = ln.text.strip()
            names = byline_names(text[1:-1] if text.startswith("(") and text.endswith(")") else text, settings)
            if names:
                return names
    return []


def _after_a_sentence(lines: list[Line], line: Line, first_line: int) -> bool:
    """The nearest line above ``line`` with words (in the body, from ``first_line`` on) ends a
    sentence: the line stands right under the story's last sentence."""
    above = next((ln for ln in reversed(lines[first_line : line.index]) if ln.kind != BLANK), None)
    return above is not None and above.kind == PROSE and above.text.rstrip().endswith(_SENTENCE_END + ("”", '"', "»"))


def _opening_name(text: str) -> str:
    """The two or three capitalised words opening a line before a lower-case word ("Anna Berger
    ist Redakteurin …" → "Anna Berger"), or ""."""
    words = text.split()
    k = 0
    while k < min(len(words), 4) and (words[k][:1].isupper() or is_particle(words[k])):
        k += 1
    return " ".join(words[:k]) if 2 <= k <= 3 and k < len(words) and words[k][:1].islower() else ""


def _author_box(ln: Line, under: Line, settings: TextSettings) -> list[str]:
    """The writer an author box after the story names: a lone byline label over the name
    ("Written by" / "Jane Doe"), the name over its role ("Jane Doe" / "Staff Writer"), or the
    box's heading over a line that opens with the name ("Über den Autor" / "Anna Berger ist
    Redakteurin …")."""
    if _LONE_LABEL.match(ln.text.strip()):
        name = unrepeated(under.text.strip())
    elif cues.AUTHOR_BIO.match(ln.text.strip()) and not cues.AUTHOR_BIO.match(under.text.strip()):
        name = _opening_name(under.text)
    elif is_role(under.text.strip()):
        name = unrepeated(ln.text.strip())
    else:
        return []
    if name_shaped(name) and person_like(name, True, settings) and not is_outlet_name(name):
        return [name]
    return []



def _copyright_person(lines: list[Line], end: int, settings: TextSettings) -> list[str]:
    """The person a copyright line after the body names (within ``reach`` lines of the body's
    end or of the page's): a personal site credits its author so ("© Haki Benita 2016-2020").
    Only a name opening with a known given name counts: "© 2019 Harbour Courier Media" is the
    outlet's notice."""
    reach = settings.byline_copyright_lines
    after = lines[end + 1 : end + 1 + reach]
    tail = lines[max(end + 1 + reach, len(lines) - reach) :]
    masthead = next((ln.text for ln in lines[:end] if ln.kind != BLANK), None)
    for holder in copyright_holders(after + tail):
        if name_shaped(holder) and not is_outlet_name(holder) \
                and not any(w.lower() in cues.BYLINE_OUTLET_WORDS for w in holder.split()) \
                and (person_like(holder, False, settings) or _own_masthead(holder, masthead)):
            return [holder]
    return []


def _own_masthead(holder: str, masthead: str | None) -> bool:
    """The holder's name, two or three capitalised words, also opens the page: a personal site
    whose masthead is its author's name ("Haki Benita" ... "© Haki Benita 2016-2020"), whatever
    the given name (one no list knows)."""
    words = holder.split()
    return (masthead == holder and 2 <= len(words) <= 3 and all(w[0].isupper() and w[1:].islower() for w in words))


def _far_byline(lines: list[Line], first: int, stop: int, settings: TextSettings,
                english: bool | None = None) -> Line | None:
    """The last "By" line between ``first`` and ``stop`` (also a "Jane Doe | Nov 19, 2019 |
    Politics" line, given ``english``): above a later cluster, or far above a body found far
    down the page (a long gallery or a table of contents between them)."""
    for ln in reversed(lines[first:stop]):
        if ln.kind == META and not _by_menu(lines, ln) and (byline_names(ln.text, settings) or english is not None
                                                                  and name_date_names(ln.text, english, settings)):
            return ln
    return None


def _one_word_by(text: str) -> bool:
    match = cues.BYLINE.match(text.strip())
    return match is not None and len(match.group("who").split()) == 1


def _by_menu(lines: list[Line], ln: Line, reach: int = 2) -> bool:
    """"By Topic" over (or under) "By Region": two "By" lines of one word each, a line or two
    apart, are a menu's facets, not a byline (a person is credited by a full name)."""
    if not _one_word_by(ln.text):
        return False
    near = [x for x in lines[max(0, ln.index - reach) : ln.index + reach + 1] if x is not ln and x.kind != BLANK]
    return any(_one_word_by(x.text) for x in near)


_HANDLE = re.compile(r"\s*(?:@\w+|\(@\w+\))$")  # "Natasha Turak@NatashaTurak", "Jane Doe (@janedoe)"
_FILE_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+\s+(?=[A-Z])")  # an image's file name before a name
# a portrait's file name before a name: "dsteer-headshot Dave Steer", "jane_doe-avatar Jane Doe"
_PORTRAIT_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:headshot|avatar|portrait|mugshot|author|profile)"
                            r"(?:[-_][a-z0-9]+)*\s+(?=[A-Z])")


def _names_of(text: str) -> list[str]:
    """The names a line holds when it is only names: "Elena Marsh, Tomas Reyes"; a name set
    twice ("Aleš Vávra Aleš Vávra", "Pamela WilsonPamela Wilson": a link and its text) once;
    [] otherwise, and for a line of page furniture's words ("Menu Footer Widget")."""
    # "Natasha Turak@NatashaTurak"; "dsteer-headshot Dave Steer": the picture's file name first;
    # "Jane Doe (now) and John Roe (earlier)": a live blog's writers, each with a note in brackets
    words = _HANDLE.sub("", _FILE_SLUG.sub("", without_wire(without_author_link(NAME_NOTE.sub("", text))))).split()
    if not words or any(len(w) > 2 and cues.norm_cue(w) in cues.FURNITURE for w in words):
        return []
    text = unrepeated(" ".join(words))
    if PHOTOGRAPHER_AFTER.match(text):
        return []  # "Ola Haugen Fotograf": an author box's photographer, who wrote nothing
    names = [n for n in NAME_SPLIT.split(text) if n]
    return names if names and len(names) <= 4 and all(name_shaped(n) for n in names) else []



# where a name's last word meets a glued capital ("GuzmanView"), or a space before a capital
_LINK_JOINT = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])|\s+(?=[A-Z])")


def without_author_link(text: str) -> str:
    """A name without the author box's link glued or set after it ("Marcus De GuzmanView More
    Articles", "Jane Doe Full Bio" → the name); the text unchanged otherwise."""
    for joint in _LINK_JOINT.finditer(text):
        if len(text[: joint.start()].split()) >= 2 and text[joint.end() :].strip(" .:»›>").lower() in cues.AUTHOR_LINKS:
            return text[: joint.start()].rstrip()
    return text


def _byline_neighbour(ln: Line) -> bool:
    text = ln.text
    if ln.kind == META or _LONE_LABEL.match(text) or RELATIVE_TIME.search(text):
        return True
    if label_opening(text) and ln.weight <= 120 and find_date(text) is not None:
        return True  # "Published Tue, Nov 19 2019 7:05 AM EST Updated Tue, Nov 19 2019 7:16 AM EST"
    return ln.weight <= 60 and (find_date(text) is not None or _ROLE_LINE.search(text) is not None)


# a role ("Staff Writer", bylines.ROLE, both families' list), a read time or a time of day
_ROLE_LINE = re.compile(rf"{ROLE.pattern}|\b\d+\s*min(?:ute)?s?\s*read\b|\b\d{{1,2}}:\d{{2}}\b", re.I)


# --------------------------------------------------------------------------- after the body


def tags_after(lines: list[Line], end: int) -> list[str]:
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
