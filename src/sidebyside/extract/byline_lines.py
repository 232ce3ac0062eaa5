"""Reading a line that credits a story's writers, for both families: a "By" line ("By Jane Doe
and John Roe, Staff Writers"), a name and its role ("Jane Doe – Senior Reporter"), a closing credit
("— Jane Doe", "Jane Doe is a staff writer at the Courier."), a wire credited beside the writer
("Jana Pfeiffer (dpa)"). The text family reads its lines with it, the HTML family a page's
visible byline; ``bylines`` parses the names such a line holds."""

from __future__ import annotations

import re

from sidebyside.calendar_words import month_table
from sidebyside.extract import cues
from sidebyside.extract.bylines import EMAIL, PHOTOGRAPHER_AFTER, ROLE, credited_people, is_outlet_name, split_byline
from sidebyside.extract.datelines import dateline_source
from sidebyside.extract.dates import find_date, label_alternation
from sidebyside.extract.names import person_like, unrepeated
from sidebyside.extract.line_shape import ends_sentence, is_wide
from sidebyside.name_lists import NAME_PARTICLES
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.wordpattern import alternation
from sidebyside.word_frequencies import english_zipf

# a role with the desk or beat (a word or two) before it, glued to a name's last word: "Jane
# DoeTransport correspondent", "Jane DoeHome Affairs Editor" (a select-all copy joins the name's and the role's
# elements); the role ends the line or a part of it
GLUED_BEAT_ROLE = rf"(?-i:[A-Z][a-zà-ÿ]+)(?:\s+[a-zà-ÿ]+)?\s+{cues.ROLE_NOUNS}\b(?=\s*(?:$|[|,•·–—-]|(?-i:[A-Z])))"


def chart_credit(text: str) -> bool:
    """"By The New York Times | Source: Congressional Budget Office": who drew a chart and where
    its figures come from, set under the chart (no byline of the story's)."""
    return "|" in text and any(source_credit(part.strip()) for part in text.split("|")[1:])


def source_credit(text: str) -> str | None:
    """Who a "Source: Reuters" line credits; None for other lines, and for a headline that opens
    with "Sources:" ("Sources: Sox may not be out of Teixeira chase"): a credit names a few words."""
    match = cues.SOURCE_CREDIT.match(text)
    if not match or len(match.group("who").split()) > 5:
        return None
    return match.group("who").strip(" .")


def is_role(text: str) -> bool:
    """An author's role standing alone: "Reporter", "Middle East correspondent", "Staff Writer"."""
    return len(text.split()) <= 5 and not any(ch.isdigit() for ch in text) and ROLE.search(text) is not None


# what follows a bar or a spaced dash, "for" before a publication ("By Jane Doe for The Courier"),
# or a comment link ("by Jane Doe Leave a Comment", "by Jane Doe 3 Comments")
_BYLINE_TAIL = re.compile(r"\s*(?:[|/／·•;]|\s-\s|\s–\s|\s—\s|\s(?i:for)\s+(?=(?:(?i:the)\s+)?[A-Z0-9])"
                          r"|\s(?i:leave\s+a\s+(?:comment|reply)|no\s+comments|\d+\s+comments?|comments?\b)).*$")


_CAPITAL_DI = re.compile(r"Di\s(?=[A-Z])")


def _uncommon_name(text: str, settings: TextSettings) -> bool:
    """Two or three capitalised words opening with a known given name, or none of them an English
    word at all: a person's name in any language ("Giulia Ferrante"; not "Maio Resigns")."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    zipf = english_zipf()
    return person_like(text, False, settings) or all(w.lower() not in zipf for w in words)


def byline_names(text: str, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The people credited by a "By X and Y" line ("Monday 18 Nov 2019 by X" too); [] when the
    line is not a byline."""
    if len(text) > 120 or ends_sentence(text) and not text.endswith((".", ")")):
        text = _credit_head(text) or ""
        if not text:
            return []
    if chart_credit(text):
        return []  # (still a line of metadata: is_meta)
    text = unglued(text)
    match = cues.BYLINE.match(text) or cues.AUTHOR_LABEL.match(text) or cues.AUTHOR_ROLE.match(text)
    if not match and _CAPITAL_DI.match(text) and _uncommon_name(text[3:], settings):
        # "Di Giulia Ferrante": the Italian "di" opens a line capitalised; "Di Maio" is a surname,
        # so only before a name of two or three words that reads as a person's ("Di Maio Resigns"
        # is a headline)
        match = cues.BYLINE.match(text.lower()[:3] + text[3:])
    if not match:
        dated = _DATE_THEN_BY.search(text)
        if dated and find_date(text[: dated.start()]):
            match = cues.BYLINE.match(text[dated.start() + 1 :])
        filed = _FILED_THEN_BY.match(text)
        if not match and filed:  # "Posted in Politics, Local by Jane Doe"
            match = cues.BYLINE.match(text[filed.end() :])
    if not match:
        after_cell = _byline_after_cell(text, settings)  # "Impressum Von Peter Hauser": a menu's last cell on the row
        if after_cell:
            return after_cell
        # "Анна Соколова, корреспондент", "Jane Doe – Senior Reporter": a name and its role
        named = _NAME_THEN_ROLE.match(text)
        if named and name_shaped(named.group("who")) and is_role(named.group("role")):
            return [named.group("who")]
        return name_space_role(text, settings)
    who = " ".join(match.group("who").replace("\u00a0", " ").split())
    who = _BYLINE_TAIL.sub("", who).strip(" ,.:;")  # not names
    if not who or not (capitalised(who) or is_wide(who)):
        return []
    # the parser both families share (names split; roles, dates, handles gone), and an outlet
    # beside a person dropped: the text family credits people
    names = credited_people([unrepeated(n) for n in map(_name_part, split_byline(who)) if n])
    if not names or any(len(n.split()) > 5 for n in names):
        return []
    for name in names:  # each name is capitalised words (or in a script without capitals)
        if not is_wide(name) and not all(capitalised(w) or is_particle(w) for w in name.split()):
            return []
    # "Von Anna Berger, Hamburg", "By Jane Doe, Reuters": one word after a person's full name is
    # the place written from or a desk, not a second person
    return [n for k, n in enumerate(names) if k == 0 or len(n.split()) >= 2 or is_wide(n)]


# where a long credit line's names end: the writer's bio ("By Jane Doe, a deputy editor who ..."), the
# others credited after the writers ("Reporting by Jane Doe, John Roe, with reporting by ...; Editing by ...")
_CREDIT_END = re.compile(r"(?:,\s+(?:a|an|the|who|whose|with|additional|editing|edited)\s|;\s|\.\s)", re.I)


def _credit_head(text: str) -> str | None:
    """A "By" line's opening up to where its names end, when the line runs on past them (a bio,
    the other credits); None for other lines."""
    if not cues.BYLINE.match(text[:120]):
        return None
    end = _CREDIT_END.search(text)
    head = text[: end.start()] if end else None
    return head if head and len(head) <= 120 and not (ends_sentence(head) and not head.endswith((".", ")"))) else None


# a lower-case letter and a capital glued (a select-all copy joins a byline's elements): where a
# role, a date label or a month opens, the byline's next part starts ("Jane DoeStaff Writer",
# "By Jane DoeStaff WriterUpdated March 3")
_GLUED_CAPITAL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
_GLUED_PART = re.compile(rf"(?:{ROLE.pattern[2:]}|{GLUED_BEAT_ROLE}|(?:{label_alternation()}|{month_table().safe_pattern})\b)", re.I)


def unglued(text: str) -> str:
    """The text with ", " where a role, a date label or a month is glued to the word before it."""
    for _ in range(3):  # from the right: "WriterUpdated" parted lets "DoeStaff Writer," part too
        joints = [m.start() for m in _GLUED_CAPITAL.finditer(text) if _GLUED_PART.match(text, m.start())]
        if not joints:
            break
        at = joints[-1]
        text = f"{text[:at]}, {text[at:]}"
    return text


# "11/19/2019 by Lars Brandle", "Monday November 18, 2019 7:45 am PST by Joe Rossignol"
# "Jane Doe, Senior Reporter, The Daily Planet": the outlet after the role (capitalised words)
_NAME_THEN_ROLE = re.compile(r"^(?P<who>[^,|/–—-]{3,60}?)\s*(?:,|\s[|/–—-])\s*(?P<role>[^,|/]{3,60}?)"
                             r"(?:\s*(?:,|\s[|/–—-])\s*(?P<outlet>(?:[A-Z][\w.&'’-]*\s*){1,5}))?$")
_NAME_SPACE_ROLE = re.compile(rf"^(?P<who>\S+(?:\s+\S+){{1,2}}?)\s+(?:senior\s+|staff\s+)?{cues.ROLE_NOUNS}$", re.I)


def name_space_role(text: str, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The person of a line that is a name and its role parted by a space only ("Ingrid Solberg
    Journalist", "Anna Berger Redakteurin": an author box's name and the role its next element
    gives), when the name opens with a known given name; not a photographer ("Jane Doe
    Photographer": PHOTOGRAPHER_AFTER); [] for other lines."""
    words = text.split()
    if not 3 <= len(words) <= 5 or len(text) > 60 or PHOTOGRAPHER_AFTER.match(text):
        return []
    spaced = _NAME_SPACE_ROLE.match(text)
    if spaced and name_shaped(spaced.group("who")) and person_like(spaced.group("who"), False, settings):
        return [spaced.group("who")]
    return []
# "Posted in Politics by Jane Doe", "Published under News, Local by Jane Doe": the story's sections
# (capitalised words and commas, a few) between the label and the byline
_FILED_THEN_BY = re.compile(r"^(?i:posted|published)\s+(?i:in|under)\s+(?:[A-Z][\w&'’-]*,?\s+(?:&\s+|and\s+)?){1,6}(?=(?i:by)\s)")
_DATE_THEN_BY = re.compile(r"\s(?=(?:by|von|par|por|door|di)\s)", re.I)


def _byline_after_cell(text: str, settings: TextSettings) -> list[str]:
    """The people a byline credits after one or two capitalised words a capitalised opener
    follows: a table's cell lynx prints on the byline's row, before it ("Impressum Von Peter
    Hauser | 14.11.2007"). Each a full name (two words or more): "Stand By Me" credits no one."""
    words = text.split(None, 3)
    for k in (1, 2):
        if len(words) <= k + 1 or not all(w[:1].isupper() for w in words[: k + 1]):
            break
        rest = text.split(None, k)[k]
        if cues.BYLINE.match(rest) is not None:
            names = byline_names(rest, settings)
            return names if names and all(len(n.split()) >= 2 for n in names) else []
    return []


# "JamesStaff Writer", "GarberFOXBusiness": a role or an outlet glued to a name's last word (a
# capital after four or more lower-case letters: not "McCoy", "MacDonald", "DeShawn")
_GLUED_AFTER_NAME = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-Z])")


def _name_part(part: str) -> str:
    """One name of a byline, cut before a glued role or outlet and before the first word that is
    neither capitalised nor a particle ("Moritz Bachmann publiziert am" → "Moritz Bachmann")."""
    words: list[str] = []
    for word in part.strip(" .").split():
        glued = _GLUED_AFTER_NAME.search(word)
        if glued:
            words.append(word[: glued.start()])
            break
        if not (capitalised(word) or is_particle(word) or is_wide(word)):
            break  # "publiziert", "(509)": the name has ended
        words.append(word)
        if _SENTENCE_STOP.search(word):
            break  # "by Jane Doe. Bookmark the permalink.": the sentence, and the name, end here
    return " ".join(words).strip(" .,")


# a full stop after a word of three letters or more: not an initial ("J."), "Jr." or "St."
_SENTENCE_STOP = re.compile(r"[^\W\d_]{3}\.$")


def capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower())  # Arabic, Hebrew, CJK




def is_particle(word: str) -> bool:
    """A lower-case word inside a name: a particle ("von", "da"), or one joined by a hyphen to
    the capitalised word after it ("el-Sayed", "al-Rahman")."""
    low = word.lower()
    if low in NAME_PARTICLES:
        return True
    head, hyphen, tail = word.partition("-")
    return bool(hyphen) and head in NAME_PARTICLES and tail[:1].isupper()


_NAME_WORD = re.compile(r"^[^\W\d_][\w'’-]*\.?$")


def name_shaped(text: str) -> bool:
    """A person's name standing alone: two to four capitalised words (initials and particles
    allowed), no digits, no sentence."""
    words = text.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in text) or text.endswith((":", "!", "?")):
        return False
    caps = [w for w in words if not is_particle(w)]
    return len(caps) >= 2 and all(w[0].isupper() and _NAME_WORD.match(w) and not _GLUED_AFTER_NAME.search(w)
                                  for w in caps)


_NAME = r"(?P<who>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|" + alternation(NAME_PARTICLES) + r")){1,3})"
# "— Jane Doe", "-- Jane Doe", "— Jane Doe, Staff Writer": a signature under the story
_SIGNATURE = re.compile(r"^(?:[-–—]{1,2}|~)\s*" + _NAME + r"(?:\s*,\s*(?P<role>[^,]{3,60}?))?\.?$")
# "Jane Doe is a staff writer at the Courier.", "Jane Doe covers the harbour for the Courier."
_TAGLINE = re.compile(
    "^" + _NAME + r"\s+(?:(?:is|was)\s+(?:an?|the)\s+(?P<what>[^.;]{3,120})|"
    r"(?:covers|writes\s+(?:about|for|on)|reports\s+(?:on|for)|has\s+(?:covered|reported|written))\b)"
)
# "… is a former headteacher and the author of The Unfinished Classroom": a writer's tagline
# (a book's title after it, capitalised or quoted: not "… the father of the author of the letter")
_AUTHOR_OF = re.compile(r"^(?:[^,;]{1,40}\s+and\s+)?(?:the\s+|an?\s+)?author\s+of\s+(?:the\s+)?[A-Z“\"‘']")
# "Contact Jane Doe at jdoe@example.com", "Reach Jane Doe at 555-0100"
_CONTACT = re.compile(r"^(?i:contact|e-?mail|reach|write\s+to)\s+" + _NAME + r"\s+(?i:at|via|on)\b")


# "This article was written by Jane Doe.", "This story was reported by Jane Doe and John Roe."
_WRITTEN_BY = re.compile(
    r"^(?i:this|the)\s+(?i:article|story|report|piece|column|post)\s+(?i:was\s+)?(?:(?i:originally)\s+)?"
    r"(?i:written|reported|compiled|produced)\s+(?i:by)\s+(?P<who>[^.;]{3,120}?)\.?$"
)


def closing_names(text: str, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The writer a story's closing line names without "By": a signature ("— Jane Doe"), a
    tagline about the writer with a role word or a beat ("Jane Doe is a staff writer at the
    Courier.", "Jane Doe covers the harbour"), a contact line with an address or a number
    ("Contact Jane Doe at jdoe@example.com"); [] otherwise, and for a name that reads as no
    person's ("The Harbour Trust is a charity")."""
    if len(text) > 300:
        return []
    written = _WRITTEN_BY.match(text)
    if written:  # each name a person's
        names = [n for n in split_byline(written.group("who")) if name_shaped(n) and not is_outlet_name(n)]
        return names if names and all(person_like(n, True, settings) for n in names) else []
    match = _SIGNATURE.match(text) or _TAGLINE.match(text)
    what = match.group("what") if match and match.re is _TAGLINE else None
    if match and match.re is _SIGNATURE and match.group("role") and not is_role(match.group("role")):
        match = None  # "— Jane Doe, Dover": a place, or a reader's letter signed so
    if what and not (ROLE.search(what[:60]) or what.startswith("author ") or _AUTHOR_OF.match(what)):
        match = None  # "Jane Doe is a resident of Dover": no role, a person the story quotes
    if match is None:
        match = _CONTACT.match(text)
        if match and not (EMAIL.search(text) or "@" in text or re.search(r"\d{3}", text)):
            match = None
    if match is None:
        return []
    who = match.group("who")
    if who.split()[0] in ("The", "A", "An") or not name_shaped(who) or not person_like(who, True, settings):
        return []
    return [who]


def role_credit(text: str) -> list[str]:
    """The name of a closing credit that sets a role word beside a name and an e-mail address,
    without a separator ("정덕현 칼럼니스트 thekian1@example.kr", "Columnist Jane Doe
    jdoe@example.com"); [] otherwise."""
    if not EMAIL.search(text):
        return []
    rest = " ".join(EMAIL.sub(" ", text).split())
    role = ROLE.search(rest)
    if role is None:
        return []
    name = (rest[: role.start()] + " " + rest[role.end() :]).strip(" ,.:|-–—")
    if name_shaped(name) or (is_wide(name) and " " not in name and 2 <= len(name) <= 5):
        return [name]
    return []


# "Jana Pfeiffer (dpa)", "Jeanne Martin avec AFP", "Erik Lindqvist/TT": a wire credited beside the writer
_WIRE_AFTER = re.compile(r"\s*(?:\((?P<a>[^()]{2,20})\)|/\s*(?P<b>[^/]{2,20})|\s(?:avec|mit|with|con|com|met|and|und|et|y|e)\s+(?P<c>.{2,20}))$")


def without_wire(text: str) -> str:
    """The line without a wire service credited after the writer's name."""
    match = _WIRE_AFTER.search(text)
    if match and (match.group("a") or match.group("b") or match.group("c")).strip().casefold() in cues.WIRE_SERVICES:
        return text[: match.start()]
    return text


def wire_of(text: str) -> str | None:
    """The wire service a story is credited to, read from a line of its header or its opening:
    the wire's name standing as the byline ("PTI", "By Reuters", "PTI, Washington"), the wire
    beside the writer ("Jana Pfeiffer (dpa)"), or a dateline's ("New Delhi, Nov 16 (PTI) ...",
    "WASHINGTON (AP) — ..."). None when the line credits no wire."""
    stripped = text.strip(" ,.;:-–—")
    if len(stripped) <= 40:
        parts = [p.strip() for p in _BY_WIRE.sub("", stripped).split(",")]
        if len(parts) <= 2 and parts[0].casefold() in cues.WIRE_SERVICES and all(len(p.split()) <= 3 for p in parts):
            return parts[0]
    match = _WIRE_AFTER.search(stripped) if len(stripped) <= 60 else None
    if match and (wire := (match.group("a") or "").strip()).casefold() in cues.WIRE_SERVICES:
        return wire
    return dateline_wire(text)


def dateline_wire(text: str) -> str | None:
    """The wire service a dateline opening the text credits in brackets."""
    source = dateline_source(text)
    return source if source is not None and source.casefold() in cues.WIRE_SERVICES else None


_BY_WIRE = re.compile(r"^(?i:by|von|par|por|di)\s+")
# the credit in brackets a Chinese story's first paragraph opens with, after the paper's or the
# agency's word ("本报讯（记者 林晓雯）", "新华社北京12月3日电（记者 王磊 李娜）")
_OPENING_CREDIT = re.compile(r"^[^（(]{0,30}[（(](?P<credit>[^（）()]{2,60})[）)]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# the labels such a credit sets before its names, longest first (a longer label holds a shorter one)
_WIDE_CREDIT_LABELS = sorted(cues.WIDE_BYLINE_LABELS + tuple(cues.WIDE_OTHER_CREDITS), key=len, reverse=True)


def opening_names(text: str) -> list[str]:
    """The writers the credit in brackets opening a story in a script without spaces names after
    a byline label ("本报讯（记者 林晓雯）", glued too: "（记者林晓雯）"); not the others it names
    (a stringer, a photographer: "通讯员 张三"); [] for any other opening."""
    match = _OPENING_CREDIT.match(text)
    if match is None or not is_wide(match.group("credit")):
        return []
    names: list[str] = []
    writer = False  # the names read follow a byline label
    for token in match.group("credit").replace("、", " ").replace("，", " ").split():
        label = next((w for w in _WIDE_CREDIT_LABELS if token.startswith(w)), None)
        if label is not None:
            writer = label in cues.WIDE_BYLINE_LABELS
            token = token[len(label):]
            if not token:
                continue
        if not _HAN_NAME.fullmatch(token):
            return []  # no list of names: a place, a date, a clause
        if writer and token not in names:
            names.append(token)
    return names


def reporter_formula_names(text: str) -> list[str]:
    """The reporter a first paragraph credits in its opening formula, the reporter's noun after
    the name ("به گزارش مریم احمدی، خبرنگار گروه اجتماعی …": cues OPENING_REPORTER); [] for any
    other opening (the formula before an agency's name alone: "به گزارش ایسنا، …")."""
    match = cues.OPENING_REPORTER.match(text)
    return [match.group("who")] if match and not is_outlet_name(match.group("who")) else []


def first_opening_names(paragraphs: list[str]) -> list[str]:
    """The writers named by the first of a story's opening ``paragraphs`` that opens with such a
    credit (opening_names, reporter_formula_names); read alike by the HTML and the text family."""
    return next(filter(None, (opening_names(p) or reporter_formula_names(p) for p in paragraphs)), [])


# a name in a script without spaces: a Han character, then Han characters or kana ("北川真理子",
# "山田はるか"); three to six characters (no agency's two: "共同", "時事")
_WIDE_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\u3040-\u30ff]{2,5}")
_WIDE_BRACKETS = re.compile(r"^[（(](?P<who>[^（）()]+)[）)]$")
_WIDE_NAME_SPLIT = re.compile(r"[、・,，\s]+")
# the outlets' nouns a name in such a script ends in ("新华社"): the byline cue lexicon's, not in Latin letters
_WIDE_OUTLET_ENDINGS = tuple(w for w in cues.BYLINE_OUTLET_WORDS if not w.isascii())


def bracketed_wide_names(text: str) -> list[str]:
    """The writers a line under a story names in brackets, in a script without spaces, as Japanese
    papers sign a story ("（北川真理子）", "（北川真理子、森田和也）"); [] for anything else:
    an agency's or an outlet's name ("（共同）", "（新华社）": too short or ending in an outlet's
    noun), an end mark ("（おわり）", kana only), Latin letters."""
    match = _WIDE_BRACKETS.match(text.strip())
    if match is None:
        return []
    names = [n for n in _WIDE_NAME_SPLIT.split(match.group("who")) if n]
    if not names or len(names) > 3 or not all(_WIDE_NAME.fullmatch(n) for n in names):
        return []
    if any(n.endswith(_WIDE_OUTLET_ENDINGS) for n in names):
        return []
    return names


def signature_names(text: str, settings: TextSettings = DEFAULT.extract.text) -> list[str]:
    """The writer a line standing alone under a story's last sentence signs with: a name in
    brackets in a script without spaces ("（中川結衣）", bracketed_wide_names), or a person's name
    alone, as many sites sign a story at its end ("Thu Hà", "Jana Dvořáková"): two to four
    capitalised words, no verb, no digit, opening with a known given name, no outlet's name; []
    for anything else ("Most Popular", "Read More", a sentence). The caller reads only the line
    right under the story's last sentence (or its last line)."""
    names = bracketed_wide_names(text)
    if names:
        return names
    text = " ".join(text.split()).strip()
    if len(text) > 60 or not name_shaped(text) or is_outlet_name(text) or ROLE.search(text):
        return []
    return [text] if person_like(text, False, settings) else []

