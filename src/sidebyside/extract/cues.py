"""Boilerplate, appeal and byline cues: one lexicon for both extractor families.

A small, documented list of the words sites use around (not inside) an article, in several
languages. Nothing here names an outlet: these are the cues any reader recognises.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sidebyside.resources import read_resource_text
from sidebyside.wordpattern import alternation

_LEXICON = json.loads(read_resource_text("cues/cues.json"))


def _words(key: str) -> tuple[str, ...]:
    return tuple(_LEXICON[key]["words"])


# Lines that open a promo block ("Related", "Most read") or are a page widget by themselves.
# Matched against the whole line, lower-cased, stripped of trailing punctuation/arrows.
PROMO_HEADERS = frozenset(_words("promo_headers"))
# Page furniture: share bars, accounts, legal footer, ads. Whole line or "cue: ..." prefix.
FURNITURE = frozenset(_words("furniture"))
FURNITURE_PREFIXES = _words("furniture_prefixes")
TAG_HEADERS = frozenset(_words("tag_headers"))
# A web video player's controls printed as text (text/lines.mark_player): whole labels, and the
# read-outs and menus that open a line.
PLAYER_CONTROLS = frozenset(_words("player_controls"))
PLAYER_PREFIXES = tuple(_LEXICON["player_controls"]["prefixes"])
SOCIAL = frozenset(_words("social"))
# The badge a link to a video or a gallery prints after its title, capitalised ("Video", "VIDEO").
MEDIA_BADGES = tuple(sorted({form for w in _words("media_badges") for form in (w[:1].upper() + w[1:], w.upper())},
                            key=len, reverse=True))
_BEFORE_BADGE = "’'\")?!.”»0123456789"


def is_media_promo(text: str, max_chars: int = 200, min_words: int = 3) -> bool:
    """A link to a video or a gallery: a title of ``min_words`` words or more with its badge
    glued to its last word ("Vera Lind: 10 things you didn't knowVideo"), as a dump or a copy
    prints the link's two elements. Glued to a lower-case letter, a figure or a closing mark
    only: "Watch the Video" and "YouTubeVideo" alone are no such title."""
    text = text.rstrip()
    if len(text) > max_chars or not text.endswith(MEDIA_BADGES):
        return False
    badge = next(b for b in MEDIA_BADGES if text.endswith(b))
    title = text[: -len(badge)]
    return bool(title) and (title[-1].islower() or title[-1] in _BEFORE_BADGE) and len(title.split()) >= min_words


# a clip's running time closing a line: "(0:48)", "(1:42)", "(12:05)"
_RUNNING_TIME = re.compile(r"\(\d{1,2}:[0-5]\d\)\s*$")
_MEDIA_WORD = re.compile(rf"(?<!\w)(?:{alternation(_words('media_badges'))})(?!\w)", re.I)


def is_clip_line(text: str, max_chars: int = 200) -> bool:
    """A video's or a podcast's line: a media badge's word in it, its running time in brackets
    closing it ("Video player: Watch the moment the cliff collapses (0:48)", "Bekijk hier de video:
    de eerste overtocht (1:42)")."""
    return len(text) <= max_chars and _RUNNING_TIME.search(text) is not None and _MEDIA_WORD.search(text) is not None


def media_promo_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a text that are links to a video or a gallery (``is_media_promo``), as
    (start, end) in text order: an article's text may keep them when a capture glued them into
    the body; their words are no one's quotation and their names no part of the story."""
    # (line by line: a badge ends its line or names nothing, and a line's end is found by one
    # split, where a search of the badges' pattern tried it at every character of the text)
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.rstrip(" \t").endswith(MEDIA_BADGES) and is_media_promo(line):
            out.append((start, end))
        start = end + 1
    return out


# Byline credits that name a desk or a kind of piece, not a person ("Editorial", "Redaktion"), and
# the labels that open a short line of their own before a byline's names ("Autor:", "Автор:").
BYLINE_DESKS = frozenset(_words("byline_desks"))
BYLINE_LABEL_LINES = _words("byline_label_lines")
# Reader-addressed appeals: "we" + "you" + one of these stems, outside quotations.
APPEAL_STEMS = _words("appeal_stems")
_QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]{0,2000}[\"”“»«]")

TRAIL = " \t:|›»>→•·-–—…."


def norm_cue(text: str) -> str:
    """The line as a cue is matched: case, the trailing marks of TRAIL and a pictograph before it
    aside ("📌 VEJA TAMBÉM", "▶ Related")."""
    text = text.strip().strip(TRAIL).strip()
    if text and not text[0].isascii() and unicodedata.category(text[0]) == "So":
        text = text.lstrip("".join(ch for ch in text[:4] if unicodedata.category(ch) in ("So", "Mn", "Cf"))).strip()
    return text.lower()


PROMO_PREFIXES = _words("promo_prefixes")


# "More Great WIRED Stories", "More Blog Stories": "more" and a few words before the noun of a
# promo header "more <noun>" ("more stories", "more news", "more videos")
_MORE_NOUNS = tuple(sorted(" " + h.split()[1] for h in PROMO_HEADERS
                           if h.startswith("more ") and len(h.split()) == 2 and not ("more " + h.split()[1] + " ").startswith(PROMO_PREFIXES)))
_MORE_WORDS = 5


def is_promo_header(text: str, low: str | None = None) -> bool:
    """A promo block's header: a line of the lexicon's promo headers, one opening with a promo
    prefix ("More from "), or "More", a few capitalised words and the noun of a "more <noun>"
    header ("More Great WIRED Stories"; not "More than 300 stories", a sentence's words)."""
    low = low if low is not None else norm_cue(text)
    if low in PROMO_HEADERS:
        return True
    if len(low) > 40:
        return False
    if low.startswith(PROMO_PREFIXES):
        return True
    if not (low.startswith("more ") and low.endswith(_MORE_NOUNS)):
        return False
    words = text.split()
    return len(words) <= _MORE_WORDS and all(w[:1].isupper() for w in words)


# "On HoustonChronicle.com: Car sales plunge": a link to another story on a site.
SITE_LINK = re.compile(r"^(?:on|from|more at|more on|via|also on)\s+[\w.-]+\.(?:com|org|net|co\.uk|de|fr|es|it)\s*:", re.I)


def is_furniture(text: str, low: str | None = None, raw: str | None = None) -> bool:
    """A line that is page furniture by its wording alone."""
    low = low if low is not None else norm_cue(text)
    if low in FURNITURE or low in PROMO_HEADERS:
        return True
    raw = raw if raw is not None else text.lower()
    if len(raw) <= 160 and raw.startswith(FURNITURE_PREFIXES):
        return True
    return len(raw) <= 200 and ("all rights reserved" in raw or "alle rechte vorbehalten" in raw)


# A live or breaking-news bar: its label in capitals, then a space and a capitalised word ("EN
# DIRECTO Última hora …", "BREAKING Storm Ilse: …"); cues.json ticker_labels
_TICKER = re.compile(rf"^(?:{alternation([w.upper() for w in _words('ticker_labels')], spaced=True)}) (?=[^\W\d_])")


def is_ticker(text: str, caseless_min_words: int = 4) -> bool:
    """A live or breaking-news bar's line: a ticker label in capitals opens it, a word in title
    case follows ("BREAKING NEWS: …", a label and a colon, may be the headline; "LIVE TV" a menu's
    item)."""
    match = _TICKER.match(text)
    if match is None:
        return False
    word = text[match.end():].split(None, 1)[0]
    if word[0].isalpha() and not word[0].isupper() and not word[0].islower():
        # a script without capitals ("LIVE भारत बनाम ऑस्ट्रेलिया …", "ब्रेकिंग न्यूज़ संसद का …"):
        # a bar's words run on after the label (a menu's "LIVE टीवी" is two words)
        return len(text.split()) >= caseless_min_words
    return word[0].isupper() and any(ch.islower() for ch in word)


LEGAL_STRONG = _words("legal_strong")
LEGAL_TERMS = _words("legal_terms")


def is_legal(text: str) -> bool:
    """A copyright / disclaimer / contact footer, however long."""
    low = text.lower()
    if any(term in low for term in LEGAL_STRONG):
        return True
    return sum(1 for term in LEGAL_TERMS if term in low) >= 2


COMMENT_SECTION = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|reactions?|kommentare?|commentaires?|comentarios?|"
    r"commenti|comentários)(?:\s+(?:to|on|for|zu|à|a)\b.*)?"
    r"|(?:\d+|one)\s+thoughts?\s+on\s+[“\"«].*"  # a blog's comment section: '6 thoughts on “Title”'
    r"|(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)\s*\(\d+\)"
    r"|(?:comments?|responses?|replies)\s+(?:to|on)\s+.+"
    r"|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|"
    r"show comments|view comments|load comments|reader comments|top (?:rated )?comments|"
    r"most (?:popular|liked|recent) comments|all comments|"
    r"(?:leave a (?:reply|comment)|lascia un commento|deja un comentario|laisser un commentaire|"
    r"schreibe einen kommentar|deixe um comentário|dejar un comentario)\s*(?:cancel reply|annulla risposta|"
    r"cancelar respuesta|annuler la réponse|antworten abbrechen)?)$"
    r"|^(?:you must be logged in to post a comment|devi essere connesso per inviare un commento|"
    r"save my name, email,? and website|your email address will not be published|"
    r"la tua email non sarà pubblicata|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|"
    r"tu dirección de correo electrónico no será publicada|"
    r"deine e-mail-adresse wird nicht veröffentlicht|o seu endereço de e-mail não será publicado|"
    r"seu e-mail não será publicado).*",
    re.I,
)
COMMENT_HEADER = re.compile(
    r"^\S.{0,100}?\b(?:said|says|wrote|writes|sagte|sagt|schreibt|a écrit|dit|escribió|dice|disse)\s*:\s*$",
    re.I,
)


# Words that must occur in a line before the costlier tests below are worth running.
COMMENT_WORDS = frozenset(_words("comment_words"))
APPEAL_WORDS = frozenset(_words("appeal_words"))
LEGAL_WORDS = frozenset(_words("legal_words"))
WE_WORDS = frozenset(_words("we_words"))
YOU_WORDS = frozenset(_words("you_words"))


def _with_punctuation(words: frozenset[str]) -> frozenset[str]:
    """The words as str.split() leaves them next to punctuation ("support." "(you"), so that
    a line's raw tokens can be tested against the set without cleaning each token."""
    out = set(words)
    for word in words:
        out.update(word + p for p in ".,:;!?)\"”’»")
        out.update(p + word for p in "(\"“‘«")
    return frozenset(out)


COMMENT_WORDS = _with_punctuation(COMMENT_WORDS)
APPEAL_WORDS = _with_punctuation(APPEAL_WORDS)
LEGAL_WORDS = _with_punctuation(LEGAL_WORDS)
WE_WORDS = _with_punctuation(WE_WORDS)
YOU_WORDS = _with_punctuation(YOU_WORDS)



# The author's bio box that closes many articles: "About the author", "Sobre Carlos Nadalim".
AUTHOR_BIO = re.compile(
    r"^(?:(?i:about the authors?|sobre o autor|sobre a autora|sobre el autor|sobre la autora|über den autor|"
    r"über die autorin|à propos de l'auteur|à propos de l'autrice|l'autore|informazioni sull'autore)|"
    r"(?:[Aa]bout|[Ss]obre|[Üü]ber)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$"
)


# A finished sentence inside a line ("... on Tuesday afternoon. He said:"): a lower-case word with
# its full stop, then a capital. Initials ("J. Smith says:") and times ("10:42 am") are not.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def is_comment_marker(text: str) -> bool:
    """Where the article is over: a comment section's title ("34 responses to ..."), a comment's
    "X says:" header, a comment form, or the author's bio box.

    A prose paragraph that ends by introducing a quote ("... He said:") is no comment header.
    """
    stripped = text.strip().strip("»›•[]() ").strip()
    if COMMENT_SECTION.match(stripped) or AUTHOR_BIO.match(stripped):
        return True
    return bool(COMMENT_HEADER.match(stripped)) and not _SENTENCE_INSIDE.search(stripped)


CALLS_TO_ACTION = _words("calls_to_action")


# A short paragraph asking the reader to sign up, subscribe, donate, support or follow the site
# ("Support our journalism", "Follow us on Instagram"): both families read short blocks with it.
SHORT_APPEAL = re.compile(
    r"\bnewsletters?\b|\binbox\b|"
    r"\b(?:sign up|subscribe|donate|support|follow|join)\b.{0,40}\b(?:our|us)\b|"
    r"\bfollow\b.{0,60}\bon (?:facebook|twitter|instagram|linkedin|tiktok|youtube)\b",
    re.I,
)
SHORT_APPEAL_WORDS = 50  # SHORT_APPEAL is read only in blocks of fewer words
# "Support The Moscow Times!", "Subscribe to the Daily Courier": a short call naming the site
NAMED_APPEAL = re.compile(
    r"^(?i:support|subscribe to|donate to|join|follow)\s+(?:(?i:us|our)\b|(?i:the)\s+[A-Z]|[A-Z])[^.?]{0,50}!?$"
)


def is_appeal(text: str, narrative_words: int = 15, words_per_cue: int = 40) -> bool:
    """A paragraph that addresses the reader (support, subscribe, sign up), outside any quotation.

    A story tells of others signing up or supporting things too: a paragraph of
    ``narrative_words`` words or more holds a call to action only where it speaks to the reader
    (a "we" or "you" word) or where the call opens a sentence ("... Follow him on Twitter");
    and one that speaks to the reader is an appeal by its cue words only when it holds one for
    every ``words_per_cue`` words (a cookie notice repeats them; a review that mentions a
    product's support once, beside "you", is no appeal).
    """
    outside = _QUOTED.sub(" ", text) if any(q in text for q in "\"“„«»") else text
    low = outside.lower()
    words = low.split()
    addressed = not (WE_WORDS.isdisjoint(words) and YOU_WORDS.isdisjoint(words))
    if addressed and " US" in outside and not outside.isupper():
        # "in the US" is the country, not the reader's "us" (unless the whole line is in capitals)
        addressed = not (WE_WORDS.isdisjoint(w.lower() for w in outside.split() if w.strip(".,;:!?()") != "US")
                         and YOU_WORDS.isdisjoint(words))
    if len(text) <= 400:
        for cta in CALLS_TO_ACTION:
            at = low.find(cta)
            if at >= 0 and (len(words) < narrative_words or addressed):
                return True
            while at >= 0:
                if _opens_sentence(low, at):
                    return True
                at = low.find(cta, at + 1)
    if len(words) < SHORT_APPEAL_WORDS and SHORT_APPEAL.search(outside):
        return True
    if WE_WORDS.isdisjoint(words) or YOU_WORDS.isdisjoint(words):
        return False
    return sum(low.count(stem) for stem in APPEAL_STEMS) * words_per_cue >= len(words)


def _opens_sentence(low: str, at: int) -> bool:
    """The text at ``at`` opens the paragraph or a sentence (an imperative: "Sign up for ...")."""
    before = low[:at].rstrip()
    return not before or before[-1] in ".!?:;|•☆»)–—-"


# --------------------------------------------------------------------------- metadata shapes

# The words that open a byline ("By", "Von", "Par", "Автор", "بقلم"; "Ein Kommentar von", "Une
# analyse de": a kind of piece before them), as a regex group to be compiled case-insensitively:
# the words that also begin surnames ("di") match only in lower case.
BYLINE_OPENERS = (f"(?:{alternation(_words('byline_prefixes') + _words('byline_piece_prefixes'))}|"
                  f"(?-i:{alternation(_words('byline_prefixes_lowercase'))}))")
# The labels that credit an author ("Author:", "Autor:", "Текст:"), as a regex group.
BYLINE_LABEL_WORDS = _words("byline_labels")
BYLINE_LABELS = f"(?:{alternation(BYLINE_LABEL_WORDS)})"
# the byline labels of a script without spaces ("记者", "作者"), and the labels of the others a
# credit in that script names beside the writer ("通讯员", "责任编辑": cues.json wide_other_credits)
WIDE_BYLINE_LABELS = tuple(w for w in BYLINE_LABEL_WORDS if not w.isascii())
WIDE_OTHER_CREDITS = frozenset(_words("wide_other_credits"))

# A word that may stand before the opening word ("Posted by", "Reporting by"), as a regex group.
BYLINE_QUALIFIERS = f"(?:{alternation(_words('byline_qualifiers'))})"

# Generic nouns that end a news outlet's name ("... Press", "... Zeitung"): a byline's part that
# ends in one credits the outlet, not a person.
BYLINE_OUTLET_WORDS = frozenset(_words("byline_outlet_words"))
BYLINE_OUTLET_OPENERS = frozenset(_words("byline_outlet_openers"))  # "Agencia …", "Noticias …": an outlet
# "به گزارش X، خبرنگار …": a first paragraph's formula crediting its reporter (cues.json opening_reporter_formulas)
OPENING_REPORTER = re.compile(
    rf"^\s*(?:{alternation(_words('opening_reporter_formulas'), spaced=True)})\s+"
    r"(?P<who>[^\W\d_][^\s،,]*(?:\s+[^\W\d_][^\s،,]*){1,2})\s*[،,]\s*"
    rf"(?:{alternation(_words('opening_reporter_nouns'))})(?![^\W\d_])")
# The one-word names of a site's sections ("Politik", "Sport"): a line of these is a menu, no one's
# name (text/names.py).
SECTION_NAMES = frozenset(_words("section_names"))
# Given names that are also common words ("Will", "Hope"): a name only in a name's shape (text/names.py).
GIVEN_NAMES_ALSO_WORDS = frozenset(_words("given_names_also_words"))

# Class or id words of a byline element in other languages ("signature", "autore"): extract/html/bylines.py.
BYLINE_CLASS_WORDS = _words("byline_classes")

# The first words a byline line can start with (a cheap test before the patterns run).
BYLINE_FIRST_WORDS = tuple(sorted({w.split()[0] for key in ("byline_prefixes", "byline_piece_prefixes",
                                                            "byline_prefixes_lowercase", "byline_qualifiers") for w in _words(key)}))

BYLINE = re.compile(rf"^(?:{BYLINE_QUALIFIERS}\s+)?{BYLINE_OPENERS}[:\s]\s*(?P<who>\S.{{0,150}})$", re.I)
# The nouns of a writer's trade, as a regex group: a byline's role (bylines.ROLE, AUTHOR_ROLE), and a
# line that holds one is no headline (text/headline.py).
ROLE_NOUNS = (
    r"(?:writer|reporter|correspondent|editor|contributor|columnist|producer|photographer|journalist|analyst|"
    r"redakteur|redakteurin|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|envoyée?|periodista|"
    r"corresponsal|redactora?|giornalista|inviato|inviata|corrispondente|correspondente|repórter|"
    r"корреспондент|обозреватель|журналист|مراسل|مراسلة|محرر|기자|칼럼니스트|특파원|記者|记者|特派員|特派员)"
)
# The nouns of a photographer's trade ("Fotograf", "photographe"), as a regex group: a name with one
# after it credits the pictures, not the text (bylines.PHOTOGRAPHER_AFTER).
PHOTOGRAPHER_NOUNS = f"(?:{alternation(_words('photographer_nouns'))})"
AUTHOR_ROLE = re.compile(
    r"^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?:[\w.&]+\s+){0,3}"
    rf"(?:{ROLE_NOUNS}|staff)s?$",
    re.I,
)
# "Author: Jane Doe", "作者：王小明", and after a label in a wide script a slash: "文／王小明"
AUTHOR_LABEL = re.compile(
    rf"^{BYLINE_LABELS}\s*(?:[:：]|(?<=[\u3000-\u9fff])[/／])\s*(?P<who>\S.{{0,150}})$", re.I)
# The labels of a source credit ("Source:", "Quelle:"), as a regex group; and a whole credit line.
SOURCE_LABELS = f"(?:{alternation(_words('source_labels'))})"
SOURCE_CREDIT = re.compile(rf"^{SOURCE_LABELS}\s*:\s*(?P<who>\S.{{0,80}})$", re.I)
SHARE_COUNT = re.compile(r"^[\d.,]+\s*[kKmM]?\s*(?:shares?|comments?|views?|likes?)$", re.I)
# A reading time: "5 min read", "3-5 minutes", "5 min de lecture"; and a label before its minutes,
# "Reading time: 5 min", "Lesezeit: 4 Min." (READ_TIME_LABELLED; what follows the minutes varies).
READ_TIME_MINUTES = (r"(?:\d+\s*(?:-|–|to)?\s*\d*\s*)(?:min(?:ute)?s?|mins?)\.?\s*"
                     r"(?:read|reading(?: time)?|lesezeit|de lecture|de lectura)?")
READ_TIME_LABELLED = (r"(?:reading time|read time|lesezeit|temps de lecture|tempo de leitura|tiempo de lectura|"
                      r"tempo di lettura|leestijd)\s*:?\s*\d+\s*min")
READ_TIME = re.compile(rf"^(?:{READ_TIME_MINUTES}$|{READ_TIME_LABELLED})", re.I)

# The labels of a picture's credit ("Photo", "Bild", "crédit photo") and the picture agencies and
# wire services a caption ends with ("Reuters", "Getty Images", "dpa"), as regex groups: both
# families' credit lines (html/boilerplate.CREDIT_LINE too).
PICTURE_LABELS = f"(?:{alternation(_words('picture_labels'))})"
PICTURE_AGENCIES = f"(?:{alternation(_words('picture_agencies'))})"
# The same as a set (lower case): "John Roe | AFP" under a picture credits its photographer.
PICTURE_AGENCY_NAMES = frozenset(_words("picture_agencies"))
# The news agencies whose copy a story carries (lower case): a byline's "Jana Pfeiffer (dpa)", a
# "Source: Reuters" credit, a wire publisher; both families.
WIRE_SERVICES = frozenset(_words("wire_services"))

# "Vladimir Gerdo / TASS /", "Photo: AFP", "(AP Photo/John Doe)", "Getty Images"
PHOTO_CREDIT = re.compile(
    r"^(?:[\w.'’\-]+(?:\s+[\w.'’\-]+){0,4}\s*/\s*[\w.&'’\- ]{2,40}?(?:\s*/)?"
    rf"|{PICTURE_LABELS}(?:\s+credit)?\s*:\s*.{{2,80}}"
    rf"|\(?{PICTURE_AGENCIES}(?:\s+Photo)?\s*/\s*.{{2,60}}\)?"
    r"|.{0,60}\b(?:Getty Images|Shutterstock|iStock|AP Photo|AFP via Getty Images)\b.{0,40})$",
    re.I,
)
_WIRES = alternation(_words("wire_services"))
CAPTION_SHAPE = re.compile(
    r"\((?:image|photo|picture|foto|credit|source|pic)s?(?:\s+credits?)?\s*(?::|by\s)[^)]{1,60}\)\s*$"
    rf"|(?:/|\|)\s*{PICTURE_AGENCIES}(?:\s+(?:file|photo|images))?\s*\)?\s*$"
    # a label's credit set apart by a bar ("... | Foto: Reuters"), a caption printed twice with the
    # label between ("Caption Image: Caption")
    rf"|\|\s*{PICTURE_LABELS}\s*:\s*[^|]{{2,60}}$"
    rf"|^(.{{20,200}}?)\s+{PICTURE_LABELS}\s*:\s*\1\s*$"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)\s*(?:Photo|Images)?\s*/[^)]{1,60}\)\s*$"
    r"|^(?:FILE\s*[-–—]\s*)?In this (?:[\w.,'’-]+\s+){0,8}(?:file\s+)?(?:photo|image|picture)\b"
    r"|^\d{1,3}\s?of\s?\d{1,3}(?=[A-Z\s])|\((?:pictured|pictured left|pictured right|above|below)\)"
    # a caption closing on what its picture shows: "… as darkness fell (pictured: the rescue helicopter)"
    r"|\((?:pictured|above|below)\s*[:,]\s*[^()]{2,80}\)\s*$"
    r"|^(?:above|below|top|pictured|photo illustration|illustration|file photo|photo|image|foto|bild)\s*:"
    r"|^photo illustration by\b|\((?:left|right|center|centre)\)"
    r"|^(?:photo |image |picture )?courtesy(?: of)?\s+\S"
    r"|\.\s+(?-i:Photograph|Photo|Picture|Image|Illustration|Foto|Bild)\s*:\s*(?-i:[A-Z])[^.]{1,80}$"
    # the photographer in capitals and the agency in brackets after the caption's last sentence:
    # "… en una imagen de archivo. JAVIER MORENO (EFE)"
    rf"|[.!?]\s+(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){{1,3}})\s*\((?:{PICTURE_AGENCIES}|{_WIRES})\)\s*$"
    # a credit a dump glues to its caption's end, no space between: "… over the headland)Credit: SWNS"
    r"|(?<=[a-z)])(?-i:Credit|Photograph|Photo|Picture|Image|Foto|Bild)s?\s*:\s*(?-i:[A-Z])[^.]{1,60}$",
    re.I,
)
# A screen reader's label opening a caption or a credit ("Image caption Rescue teams at the site",
# "Media captionThe minister on Monday": the label glued to a capital): no text of the article. What
# follows the label opens with a capital, a figure or a handle, never a lower-case word ("Image
# copyright law ..." is a sentence).
_CAPTION_LABELS = alternation(_words("caption_labels"))
CAPTION_LABEL = re.compile(rf"^(?i:{_CAPTION_LABELS})(?:\s*:)?\s*(?:[^\W_a-z]|[@'‘\"“(])")
CAPTION_LABEL_FIRST = frozenset(label[0] for label in _words("caption_labels"))  # (a cheap test before the pattern)
# (and a picture's label in a script without spaces, in full-width brackets: "…で（撮影・森田和也）")
_WIDE_PICTURE_LABELS = alternation([w for w in _words("picture_labels") if not w.isascii()])
WIDE_CAPTION_SUFFIX = re.compile(rf"（[^（）]{{0,40}}(?:{_WIDE_PICTURE_LABELS})[^（）]{{0,40}}）\s*$")
CAPTION_SUFFIX = re.compile(r"\((?:[^()]{0,40}\b(?:photo|photos|image|foto|file|archive)\b[^()]{0,40}|AP|AFP|Reuters|EPA)\)\s*$"
                            rf"|{WIDE_CAPTION_SUFFIX.pattern}", re.I)

IMAGE_PLACEHOLDER = re.compile(r"^\[[^\]]{0,200}\]$")

# The links an author box glues after the author's name ("View More Articles", "Full Bio").
AUTHOR_LINKS = frozenset(_words("author_links"))
