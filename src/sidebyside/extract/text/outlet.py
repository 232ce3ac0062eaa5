"""The publication's name in a text capture."""

from __future__ import annotations

import json
import re

from sidebyside.extract import cues
from sidebyside.extract.text.kinds import BLANK, FURNITURE, PROMO, SHORT
from sidebyside.extract.text.lines import Line
from sidebyside.resources import read_resource_text
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.wordpattern import alternation

# The phrases a site's chrome names it in are data (resources/cues/outlet.json, with a note on
# where they come from): each pattern below is built from them, and so is each cheap word check
# that spares a line the pattern, so the two cannot disagree.
_PHRASES = json.loads(read_resource_text("cues/outlet.json"))
_COPYRIGHT_WORD = _PHRASES["copyright"]["word"]
_ALL_RESERVED = _PHRASES["all_rights_reserved"]["phrase"]
_YEAR_RANGE = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_COPYRIGHT_WORD_RE = re.escape(_COPYRIGHT_WORD)
_COPYRIGHT_MARKS_RE = alternation(_PHRASES["copyright"]["marks"])

# "© 2024 Name", "Copyright © 2019 Name", "Copyright 2019 Name" (not "Copyright Policy")
_COPYRIGHT = re.compile(
    rf"^(?:{_COPYRIGHT_WORD_RE}\s*)?(?:(?:{_COPYRIGHT_MARKS_RE})\s*(?:{_COPYRIGHT_WORD_RE}\s*)?(?:{_YEAR_RANGE})?"
    rf"|{_COPYRIGHT_WORD_RE}\s+{_YEAR_RANGE})"
    r"[\s,.]*(?:by\s+)?(?P<name>[^.|,]{2,60})",
    re.I,
)
_RESERVED = re.compile(rf"^(?P<name>[^.|©]{{2,60}}?)[.,]?\s*{re.escape(_ALL_RESERVED)}", re.I)
_SUPPORT = re.compile(
    rf"^(?:{alternation(_PHRASES['appeals']['words'])})"
    r"\s+(?P<name>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*[!.]?$",
    re.I,
)
# What a line must open with for _SUPPORT or _COPYRIGHT, lower-cased (each appeal's first word,
# the notice's word and marks), and those openings' first characters in either case: most lines
# open with none, and are spared the lower-casing too
_NAMING_STARTS = tuple(dict.fromkeys([*(p.split()[0] for p in _PHRASES["appeals"]["words"]),
                                      *_PHRASES["copyright"]["marks"], _COPYRIGHT_WORD]))
_NAMING_FIRST = frozenset(c for start in _NAMING_STARTS for c in (start[0].lower(), start[0].upper()))
# "All Rights Reserved", "ALL RIGHTS RESERVED": the phrase's last word but its first letter, in
# lower case or in capitals (a line without either holds no _RESERVED)
_RESERVED_TAIL = _ALL_RESERVED.split()[-1][1:]
_RESERVED_TAIL_CAPITALS = _RESERVED_TAIL.upper()
_NAME_SHAPE = re.compile(
    r"^(?:The\s+)?[A-Z0-9][\w'’&.\-]*"
    rf"(?:\s+(?:[A-Z0-9&][\w'’&.\-]*|{alternation(_PHRASES['name_joiners']['words'])})){{0,5}}$"
)
# The words a company adds to its publication's name in a copyright line: "The Meridian Post
# Media Group", "Harbor Daily Publishing Ltd.", "CBS Interactive Inc."
_CORPORATE = re.compile(rf"(?:[\s,&]+(?:{alternation(_PHRASES['company_words']['words'])})\.?)+$", re.I)
# "Harbor Daily · 12 Quay Street · Contact the newsroom": a name set apart on a footer line
_PARTS = re.compile(r"\s+[·•|]\s+")
_CORPORATE_TAIL = re.compile(rf"^,?\s*(?P<suffix>(?:{alternation(_PHRASES['company_words']['after_comma'])})\b\.?)", re.I)
# "© 2019 Name", "Name. All rights reserved", "© Name, a ... company": a site's own notice (a line
# that is only "© Reuters" credits a photo)
_NOTICE = re.compile(rf"\d{{4}}|{alternation([_ALL_RESERVED.split()[-1], _COPYRIGHT_WORD])}", re.I)
_WIDE_NAME = re.compile(r"^[^\W\d_][\w'’&.\-]*(?:\s+[\w'’&.\-]+){0,5}$")
# where a holder's name ends: "Name - All rights reserved", "The Republic unless otherwise noted"
_YEARS = re.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?\s*|\s*\d{4}(?:\s*[-–]\s*(?:\d{4})?)?$")
_NAME_END = re.compile(rf"\s+[-–—]\s+|\s+(?=(?:{alternation(_PHRASES['holder_ends']['words'], spaced=True)})\b)", re.I)
MASTHEAD_LINES = 2  # the first non-blank lines of the page, where a masthead stands (not a menu)
_MARKER = re.compile(r"^(?:\[\s*\]\s*)+")  # "[] Live Science": an image w3m left without alt text


def find_outlet(lines: list[Line], first: int, end: int | None, authors: tuple[str, ...] = (),
                settings: TextSettings = DEFAULT.extract.text) -> str | None:
    """The publication's name, or None when the page does not name it plainly.

    A copyright holder is the outlet when its name (without the company's "Media Group",
    "Publishing Ltd.") also stands as a line of its own: a masthead or a footer entry.
    A short name line repeated before and after the article is the outlet when the masthead
    or the copyright line confirms it (else it is a menu item or a byline of a teaser).
    A plain holder or a "Support X" appeal the page mentions again is the outlet; a company
    name that never stands alone is the owner, not the outlet, so then None."""
    end = end if end is not None else len(lines) - 1
    nonblank_top = [ln.text for ln in lines[:80] if ln.kind != BLANK][:3]
    people = set(authors) - set(nonblank_top)  # a name credited as author opens the page: a masthead
    standalone: dict[str, str] = {}  # _key(name) -> the name as a line (or part of one) spells it
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    after_alone: set[str] = set()  # the names shown after the article other than as a menu's item
    for ln in lines[end + 1 :]:  # a footer line opening with the name: "Harbor Daily · 12 Quay Street"
        text = ln.text
        if ln.kind != BLANK and ln.weight <= 200 and ("·" in text or "|" in text):
            part = _PARTS.split(text, 1)[0]
            if part != text and _NAME_SHAPE.match(part):
                standalone.setdefault(_key(part), part)
    for ln in lines:
        text = ln.text
        if ln.words > 6 or ln.kind not in (SHORT, FURNITURE, PROMO) or ln.bullet or text[-1] in ".!?":
            continue
        if not _NAME_SHAPE.match(text) or cues.is_furniture(text) or cues.is_promo_header(text):
            continue
        if text[0] in _NAMING_FIRST and _SUPPORT.match(text):
            continue  # "Support Snopes": an appeal, whose name is read below
        if ln.index < first:  # a masthead: the name as a line of its own above the article
            standalone.setdefault(_key(text), text)
            before[text] = before.get(text, 0) + 1
        elif ln.index > end:
            after[text] = after.get(text, 0) + 1
            if not _menu_item(lines, ln.index):
                after_alone.add(text)

    holders, appeals = _named(lines)
    holder_keys = {_key(form) for holder in holders for form in _forms(holder)}
    after_keys = {_key(t) for t in after}
    framing = _framing_masthead(before, {t: n for t, n in after.items() if t in after_alone}, people, holder_keys)
    top_keys = {_key(text) for text in [ln.text for ln in lines[:80] if ln.kind != BLANK][: settings.owner_bar_lines]}
    for holder in reversed(holders):  # the site's own notice closes the page; a wire's comes earlier
        for form in _forms(holder):
            name = standalone.get(_key(form))
            if name and name not in people:
                # the owner's name only in a bar above the page, the paper's framing the story;
                # the owner's bar opening the page, the paper's name may stand in menus before
                # and after the story (a copy that keeps no blank line between a menu's items)
                paper = framing or (_framing_masthead(before, after, people, holder_keys, named_as_paper=True)
                                    if _key(name) in top_keys else None)
                return paper if paper and _key(name) not in after_keys else name

    masthead = {_key(t) for t in nonblank_top[:MASTHEAD_LINES]}
    if framing and _key(framing) in masthead:  # the page opens with it and shows it again after the story
        return framing
    both = [(before[t] + after[t], t) for t in before if t in after and t.count(" ") >= 1]
    both = [(n, t) for n, t in both if n >= 3 and t not in people]  # thrice is a masthead, twice a button
    confirmed = [(n, t) for n, t in both if _key(t) in masthead or _key(t) in holder_keys]
    if confirmed:
        return max(confirmed)[1]

    plain = list(dict.fromkeys([h for h in holders if not _CORPORATE.search(h)] + appeals))[:20]
    if plain:
        content = _content(lines)
        best = max((content.count(name), -k, name) for k, name in enumerate(plain))
        if best[0] >= 2:
            return best[2]
        whole = _full_notice_holder(lines, plain)
        if whole is not None and whole not in people:
            return whole
    return (_masthead(lines, people, first, settings) or _logo(lines, people, first, settings)
            or _chrome_named(lines, people, holder_keys, settings))


def _framing_masthead(before: dict[str, int], after: dict[str, int], people: set[str],
                      holder_keys: set[str], named_as_paper: bool = False) -> str | None:
    """The publication's name standing as a line of its own before the article and after it
    (``after``: not as a menu's item; "The Harlow Gazette" over the story and in its footer), a
    paper's name opening with "The" (not a section's "Local News" a menu repeats in the footer)
    and no holder's; the one shown most often. ``named_as_paper``: only a name ending in a
    paper's word ("… Journal", "… Gazette"; not a menu's "The Latest")."""
    found = [(before[t] + after[t], t) for t in before if t in after and t.count(" ") >= 1
             and t not in people and _key(t) not in holder_keys and t.split()[0] == "The"
             and (not named_as_paper or t.split()[-1].lower() in cues.BYLINE_OUTLET_WORDS)]
    return max(found)[1] if found else None


def _menu_item(lines: list[Line], k: int, run: int = 3) -> bool:
    """The line is one of ``run`` or more lines of a few words one under the other, no blank
    line between: a menu's item, not a masthead standing alone."""
    def item(j: int) -> bool:
        return 0 <= j < len(lines) and lines[j].kind != BLANK and lines[j].words <= 3

    first = last = k
    while item(first - 1):
        first -= 1
    while item(last + 1):
        last += 1
    return last - first + 1 >= run


def _content(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines if ln.kind != BLANK)


def _masthead(lines: list[Line], people: set[str], first: int, settings: TextSettings) -> str | None:
    """The page's opening line (after a skip link) when it names the site: a name above the
    headline that the page mentions again inside another line ("The Telegraph" ... "© 2019 The
    Telegraph"; a menu item repeats as a line of its own), case and "the" aside for a name of two
    words or more ("COASTLINE POST" ... "Coastline Post staff"), or by its initials ("Wire News
    Agency" ... "(WNA)") or, in capitals, without its last word ("CAPITAL NEWS ONLINE" ... "Capital
    News"); or a name of two words or more set in the site's own chrome: beside
    buttons only ("DAILY EXPRESSEN | Sign in"), before a tagline in lower case ("The Rural Voice —
    farming, land and community"), over a menu bar ("News | Region | Opinion"). The line under a
    menu item is none (a copy often opens with the menu: "Home", "Architecture", ...). w3m's empty
    image marker ("[] Live Science") and a logo's doubled text are read past."""
    nonblank = [ln for ln in lines[:80] if ln.kind != BLANK]
    while nonblank and (_SKIP_LINK.match(nonblank[0].text) or not any(c.isalnum() for c in nonblank[0].text)):
        nonblank = nonblank[1:]  # a skip link, an empty bullet or an image's placeholder ("*", "￼")
    if not nonblank or nonblank[0].index >= first:  # the headline itself opens the page
        return None
    ln = nonblank[0]
    if ln.bullet or ln.kind not in (SHORT, FURNITURE, PROMO):
        return None
    whole = _undoubled(_MARKER.sub("", ln.text))
    text, tail = _split_tail(whole, settings)
    if (not text or len(text.split()) > settings.masthead_max_words or text in people or text[-1] in ".!?:"
            or "  " in text or not _NAME_SHAPE.match(text)):  # (cells set side by side are no one name)
        return None
    if cues.is_furniture(text) or cues.is_promo_header(text) or not cues.SOCIAL.isdisjoint(text.lower().split()):
        return None
    content = "\n" + _content(lines) + "\n"
    own = 1 if text != whole else 0  # the masthead's own line, tagline and all, is no second mention
    if _mentions(content, text) - own >= 1:
        return _spelled(content, text)
    if text.count(" ") == 0:  # a word alone is as likely a section's name
        return None
    if initials_named(content, text):
        return text
    words = text.split()
    if text.isupper() and len(words) >= 3 and _mentions(content, " ".join(words[:-1])) >= 1:
        return text  # "CAPITAL NEWS ONLINE" ... "told Capital News": a logo's words, its last one dropped
    if tail is not None:
        parts = [p for p in _BAR_PARTS.split(tail) if p]
        if all(cues.is_furniture(p) for p in parts):  # "DAILY EXPRESSEN | Sign in": buttons beside it
            return text
        # "The Rural Voice — farming, land and community": a tagline in lower case after a dash
        # (a headline's words after a dash are capitalised)
        return text if tail[0].islower() and _DASH_TAIL.search(whole) else None
    following = nonblank[1] if len(nonblank) > 1 else None
    if following is not None and following.index < first and _menu_bar(following.text, settings):
        return text
    return None


# "Skip to main content", "Skip navigation", "Jump to content": a link past the site's header
_SKIP = _PHRASES["skip_links"]
_SKIP_LINK = re.compile(rf"^(?:{alternation(_SKIP['first'])})\s+(?:{alternation(_SKIP['second'])})\b", re.I)
# the parts of a header bar: "Sign in | Subscribe", "Menu  Search  Subscribe"
_BAR_PARTS = re.compile(r"\s*[|·•]\s*|\s{2,}")
# "The Rural Voice — farming, land and community", "DAILY EXPRESSEN  |  Sign in": a name and
# what the header sets beside it after a dash or a bar
_TAIL = re.compile(r"\s+[—–|]\s+")
_DASH_TAIL = re.compile(r"\s[—–]\s")
_MENU_SPLIT = re.compile(r"\s*\|\s*")
_CELLS = re.compile(r"\s{2,}")  # cells a table layout's dump sets side by side
_CELL_MARKS = " •·*-–|"


def _split_tail(text: str, settings: TextSettings) -> tuple[str, str | None]:
    """The masthead's name and the tagline or buttons after it: None when the line is the name
    alone, the line unsplit when what follows is too long for a tagline (a headline with a dash)."""
    match = _TAIL.search(text)
    if not match:
        return text, None
    tail = text[match.end() :].strip()
    if not tail or len(tail.split()) > settings.masthead_tagline_words:
        return text, None
    return text[: match.start()].strip(), tail


def _mention_pattern(name: str) -> re.Pattern[str]:
    bare = name[4:] if name.lower().startswith("the ") else name
    return re.compile(r"(?<!\w)(?:the\s+)?" + r"\s+".join(map(re.escape, bare.split())) + r"(?!\w)", re.I)


def _mentions(content: str, name: str) -> int:
    """How often the page names ``name`` inside another line (a line that is the name alone is a
    menu item or the masthead), and not where it opens a longer capitalised name ("International"
    in "International Editions", "The Fenland" cut by a narrow cell in "The Fenland Ledger"). A
    name of two words or more counts case aside and with or without its "The"; a word alone only
    as written."""
    matches = re.finditer(re.escape(name), content) if name.count(" ") == 0 else _mention_pattern(name).finditer(content)
    count = 0
    for match in matches:
        after = content[match.end() : match.end() + 2]
        start, end = content.rfind("\n", 0, match.start()) + 1, content.find("\n", match.end())
        # the name alone on its line, or in a cell of its own ("  • Physics  ": a table's menu)
        alone = any(cell.strip(_CELL_MARKS).casefold() == match.group().casefold()
                    for cell in _CELLS.split(content[start:end].strip()))
        if not alone and not (len(after) == 2 and after[0] == " " and after[1].isupper()):
            count += 1
    return count


def _spelled(content: str, name: str) -> str:
    """A masthead in capitals as the page's text spells it ("COASTLINE POST" → "Coastline Post");
    any other name as the masthead writes it."""
    if not name.isupper() or name.count(" ") == 0:
        return name
    for match in _mention_pattern(name).finditer(content):
        found = match.group()
        found = found[4:] if found.lower().startswith("the ") and not name.lower().startswith("the ") else found
        if not found.isupper():
            return found[0].upper() + found[1:]
    return name


def initials_named(content: str, name: str) -> bool:
    """``content`` names ``name`` by its initials in capitals, three letters or more, in
    brackets: "Wire News Agency" ... "ALVIK, June 2 (WNA) -"."""
    words = name.split()
    words = words[1:] if words[0].lower() == "the" else words
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    return f"({''.join(w[0] for w in words)})" in content


def _menu_bar(text: str, settings: TextSettings) -> bool:
    """"News | Region | Opinion | Sport | Subscribe": a line of short parts apart by bars."""
    parts = [p for p in _MENU_SPLIT.split(text) if p]
    return len(parts) >= settings.masthead_menu_parts and all(
        len(p.split()) <= 3 and p[-1] not in ".!?,;:" for p in parts)


def _undoubled(text: str) -> str:
    """"MoreBikesMoreBikes" → "MoreBikes": a logo's alt text set twice."""
    half = len(text) // 2
    return text[:half] if len(text) % 2 == 0 and half >= 3 and text[:half] == text[half:] else text


def _named(lines: list[Line]) -> tuple[list[str], list[str]]:
    """The names in copyright lines, and in "Support X" appeals (not menu items), in page order."""
    holders: list[str] = []
    appeals: list[str] = []
    reserved, reserved_capitals = _RESERVED_TAIL, _RESERVED_TAIL_CAPITALS  # (read on every line: locals)
    for ln in lines:
        if ln.weight > 200 or ln.kind == BLANK:
            continue
        text = ln.text
        if text[0] in _NAMING_FIRST or reserved in text or reserved_capitals in text:
            embedded = False
        elif "©" in text:  # "جميع الحقوق محفوظة © 2026 الوادي نيوز": a notice after a phrase
            text, embedded = text[text.index("©") :], True
        else:
            continue
        low = text.lower()
        if not (low.startswith(_NAMING_STARTS) or _ALL_RESERVED in low):
            continue
        for pattern, out in ((_SUPPORT, appeals), (_COPYRIGHT, holders), (_RESERVED, holders)):
            if pattern is _SUPPORT and ln.bullet:
                continue
            match = pattern.match(text)
            if match:
                name = match.group("name").strip(" .,!-–|")
                name = _YEARS.sub("", name).strip()  # "Name 2019", "Name 2016-2020" too
                name = _NAME_END.split(name, 1)[0].strip()
                if out is holders:
                    if not _NOTICE.search(text) and (embedded or match.end("name") >= len(text.rstrip(" ."))):
                        break  # a photo credit: "© Reuters", "a man at the camera: ... © John Smith"
                    tail = _CORPORATE_TAIL.match(text[match.end("name") :])
                    name = f"{name} {tail.group('suffix')}" if tail else name  # "Future US, Inc."
                if name and _name_shaped(name) and not cues.is_furniture(name):
                    out.append(name)
                break
    holders = list(dict.fromkeys(holders))
    # "© 2019 The New" in a narrow cell, "© 2019 The New York Times Company" in the footer: the
    # first is the second cut short, not a name of its own
    holders = [h for h in holders if not any(o.startswith(h + " ") for o in holders)]
    return holders[:20], list(dict.fromkeys(appeals))[:20]


def _name_shaped(name: str) -> bool:
    """Capitalised words ("The Meridian Post", "Вечерний курьер"), or words in a script without
    capitals ("الوادي نيوز"); not a phrase or a sentence."""
    if _NAME_SHAPE.match(name):
        return True
    if name.isascii() or len(name.split()) > 6 or not name[0].isalpha() or name[0].islower():
        return False
    return _WIDE_NAME.match(name) is not None


def _forms(holder: str) -> list[str]:
    """The holder's name, then without the company's suffix: "Harbor Daily Publishing Ltd" →
    ["Harbor Daily Publishing Ltd", "Harbor Daily"]."""
    forms = [holder]
    bare = _CORPORATE.sub("", holder).strip(" ,&")
    if bare and bare != holder:
        forms.append(bare)
    return forms


def _key(name: str) -> str:
    """A name compared loosely: case, a leading "The" and a web suffix aside."""
    key = " ".join(name.lower().split())
    key = key[4:] if key.startswith("the ") else key
    return key.removesuffix(".com")


def copyright_holders(lines: list[Line]) -> list[str]:
    """The names the copyright lines among ``lines`` hold, in page order, without a company's
    suffix ("© Haki Benita 2016-2020" → "Haki Benita"); "Support X" appeals aside."""
    return [holder for holder in _named(lines)[0] if not _CORPORATE.search(holder)]


# The site's own chrome names it in set phrases. A possessive newsletter sign-up names the
# publication on its own ("Sign up for Harbor Daily's newsletter"); the others name a section, a
# show or a sister brand as often ("Follow GMA" on a portal's page), so two different ones must
# agree ("Follow Harbor Daily" and "Harbor Daily homepage"), or one and the copyright holder.
_CHROME_NAME = r"(?P<name>(?:The\s+)?[A-Z0-9][\w'’&.!-]*(?:\s+(?:[A-Z0-9&][\w'’&.!-]*|of|the|and|de|by|on)){0,4}?)"
_CHROME = _PHRASES["chrome"]


def _chrome_words(kind: str, place: str) -> str:
    """One list of a chrome phrase's words ("before" the name, "after" it, or a "follow" line's "tails") as an
    alternation, case aside."""
    return f"(?i:{alternation(_CHROME[kind][place], spaced=True)})"


_NEWSLETTER = re.compile(r"^\[?" + _chrome_words("newsletter", "before") + r"\s+" + _CHROME_NAME
                         + r"['’]s\s+(?i:(?:[\w-]+\s+){0,2}" + _chrome_words("newsletter", "after") + r")\b")
_CHROME_PHRASES = (
    ("follow", re.compile(r"^" + _chrome_words("follow", "before") + r"\s+" + _CHROME_NAME
                          + r"(?:\s+" + _chrome_words("follow", "tails") + r"\b.*|\s*:)?$")),
    ("homepage", re.compile(r"^" + _CHROME_NAME + r"\s+" + _chrome_words("homepage", "after") + r"(?:\s.*)?$")),
    ("menu", re.compile(r"^" + _CHROME_NAME + r"\s+" + _chrome_words("menu", "after") + r"$")),
    ("more", re.compile(r"^" + _chrome_words("more", "before") + r"\s+" + _CHROME_NAME + r"$")),
    ("sitemap", re.compile(r"^" + _CHROME_NAME + r"\s+" + _chrome_words("sitemap", "after") + r"$")),
)


def _least_words(words: list[str]) -> tuple[str, ...]:
    """The words that hold no other of them ("map" for "sitemap" and "map"): a line holding
    none of them holds none of the others."""
    return tuple(dict.fromkeys(w for w in words if not any(o != w and o in w for o in words)))


# The words every chrome phrase needs, where it needs them: the first word of a phrase before the
# name opening the line (or the bracket before a sign-up), else the last word of the phrase after
# it anywhere; a line without one is spared the six patterns (a capture of a million lines has
# 60,000 of them read).
_CHROME_OPENINGS = tuple(dict.fromkeys(["[", *(p.split()[0].casefold() for kind in _CHROME.values() if isinstance(kind, dict)
                                              for p in kind.get("before", ()))]))
_CHROME_CLOSINGS = _least_words([p.split()[-1].casefold() for kind in _CHROME.values()
                                 if isinstance(kind, dict) and "before" not in kind for p in kind.get("after", ())])


def _chrome_named(lines: list[Line], people: set[str], holder_keys: set[str],
                  settings: TextSettings) -> str | None:
    """The site's name as its chrome phrases write it: a possessive newsletter sign-up, or two
    different phrases of "Follow X", "X homepage", "X main menu", "More from X", "X sitemap" (or
    one and the copyright line) naming the same X. None when the name is a person's or a
    button's, or when two names qualify (a portal hosting a brand)."""
    kinds: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    strong: list[str] = []
    closings = _CHROME_CLOSINGS
    for ln in lines:
        text = ln.text
        if ln.kind == BLANK or ln.weight > 200 or not text:
            continue
        folded = text.casefold()
        if not folded.startswith(_CHROME_OPENINGS):
            for word in closings:  # (a loop, not any(): a generator per line costs a third more here)
                if word in folded:
                    break
            else:
                continue  # no phrase's word: the next line
        for kind, pattern in (("newsletter", _NEWSLETTER), *_CHROME_PHRASES):
            match = pattern.match(text)
            if not match:
                continue
            name = match.group("name").strip(" .:!")
            if (not name or len(name.split()) > settings.masthead_max_words or name in people
                    or cues.is_furniture(name) or name.lower() in _NOT_A_NAME):
                break
            key = _key(name)
            spelled.setdefault(key, name)
            kinds.setdefault(key, set()).add(kind)
            if kind == "newsletter":
                strong.append(key)
            break
    agreed = [key for key, found in kinds.items()
              if key in strong or len(found) + (key in holder_keys) >= 2]
    return spelled[agreed[0]] if len(agreed) == 1 else None


_NOT_A_NAME = frozenset(_PHRASES["not_names"]["words"])


# "All rights reserved" beside a year: the site's own notice, not a photo's or a quote's credit
_RIGHTS = re.compile(alternation(_PHRASES["rights_reserved"]["words"], spaced=True), re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# each _RIGHTS phrase's first word
_RIGHTS_WORDS = tuple(dict.fromkeys(p.split()[0].casefold() for p in _PHRASES["rights_reserved"]["words"]))


def _may_reserve_rights(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in _RIGHTS_WORDS)


def _full_notice_holder(lines: list[Line], plain: list[str]) -> str | None:
    """The holder a whole notice names, a year and "All rights reserved" with it ("© 2019
    Billboard. All Rights Reserved."), when the page's last such notice names it and no other
    plain holder's: a site's own footer, though its name stands nowhere else."""
    found = None
    for ln in lines:
        if ln.kind == BLANK or ln.weight > 200 or not _may_reserve_rights(ln.text):
            continue
        if not _RIGHTS.search(ln.text) or not _YEAR.search(ln.text):
            continue
        named = [name for name in plain if name in ln.text]
        if len(named) == 1:
            found = named[0]
    return found


# "IAB logo", "[The Real Deal Logo]": the alt text of the site's logo, which a dump writes as a line
_LOGO_WORDS = _PHRASES["logo"]["words"]
_LOGO_FORMS = [form for w in _LOGO_WORDS for form in (w, w.capitalize(), w.upper())]  # "logo", "Logo", "LOGO"
_LOGO = re.compile(rf"^\[?(?P<name>.+?)\s+(?:{alternation(_LOGO_FORMS)})\]?$")
# the pattern's words but their first letter, in lower case or capitals ("ogo", "OGO"): a line without one has no logo
_LOGO_TAILS = tuple(dict.fromkeys(t for w in _LOGO_WORDS for t in (w[1:], w[1:].upper())))


def _logo(lines: list[Line], people: set[str], first: int, settings: TextSettings) -> str | None:
    """The name in the first logo's alt text above the article ("CNBC logo"): the masthead as an
    image. A social network's logo (a share button) names no one; nor does a logo's alt text
    that is not a name ("Site logo", "Click the logo")."""
    tails = _LOGO_TAILS
    for ln in lines[:first]:
        if ln.kind == BLANK or ln.words > settings.masthead_max_words + 1:
            continue
        for tail in tails:  # (the pattern needs "logo", "Logo" or "LOGO"; a loop, not any(): every line above the article)
            if tail in ln.text:
                break
        else:
            continue
        match = _LOGO.match(ln.text)
        if not match:
            continue
        name = match.group("name").strip()
        if (not _NAME_SHAPE.match(name) or name in people or cues.is_furniture(name)
                or not cues.SOCIAL.isdisjoint(name.lower().split()) or name.lower() in _NOT_A_NAME):
            continue
        return name
    return None


def names_outlet(author: str, outlet: str | None) -> bool:
    """``author``, one word, is the outlet, not a person: its name ("TMZ" on TMZ), one of its
    words ("Vortex" by "Vortex Cannon Entertainment") or its initials ("HNN" by "Hawaii News
    Now"). A person's full name is never one word."""
    if not outlet or not author:
        return False
    if " " in author.strip():
        return False  # (a personal site's masthead is its author's name: "Haki Benita" by Haki Benita)
    if _key(author) == _key(outlet):
        return True
    words = [w for w in re.split(r"[\s\-]+", outlet) if w]
    significant = [w for w in words if w.lower() != "the"]
    initials = "".join(w[0] for w in significant)
    word = author.strip().casefold()
    return word in {w.casefold() for w in significant} or (len(initials) >= 3 and word == initials.casefold())
