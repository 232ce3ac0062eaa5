"""What a line of a text capture is by itself: a table of rules over features computed once.

Each rule names the kind it gives, why, the longest line it applies to (a TextSettings field)
and the cue words a line must hold for it to be tried (most lines hold none, so most rules are
skipped without running). The first rule that holds wins; a line no rule claims is "short".
The body search (body.py) decides what a line is in context.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from sidebyside.extract import cues
from sidebyside.extract.text.kinds import APPEAL, COMMENTS, CREDIT, FURNITURE, IMAGE, META, PROMO, PROSE, SHORT
from sidebyside.extract.text.meta import META_BY_FIRST, YEAR, is_meta, name_beside_outlet
from sidebyside.extract.line_shape import SENTENCE_END, ends_sentence, is_wide
from sidebyside.extract.text.shape import INNER_SENTENCE, by_first_char, mostly_lowercase, weight_of
from sidebyside.settings import DEFAULT, TextSettings

# Cue-word groups a line may hold (bits), found with one set test per group.
HINT_COMMENT, HINT_APPEAL, HINT_LEGAL, HINT_SOCIAL = 1, 2, 4, 8
_HINT_GROUPS = ((HINT_COMMENT, cues.COMMENT_WORDS), (HINT_APPEAL, cues.APPEAL_WORDS),
                (HINT_LEGAL, cues.LEGAL_WORDS), (HINT_SOCIAL, cues.SOCIAL))
_ANY_HINT = cues.COMMENT_WORDS | cues.APPEAL_WORDS | cues.LEGAL_WORDS | cues.SOCIAL

_FURNITURE_SET = cues.FURNITURE | cues.PROMO_HEADERS
_FURNITURE_BY_FIRST = by_first_char(cues.FURNITURE_PREFIXES)
# the prefixes made of words a story's sentence may open with ("back to ", "follow ", "click here"),
# not a label ("Read more:", "(Lesen Sie auch", "©") nor a rights notice
_SENTENCE_PREFIXES = tuple(p for p in cues.FURNITURE_PREFIXES if p[0].isalpha() and (p[-1].isalpha() or p[-1] == " ")
                           and not p.startswith(("copyright", "all rights")))
_CAPTION_STARTS = ("in this", "file", "photo illustration", "courtesy", "photo courtesy", "image courtesy",
                   "picture courtesy")
# the lower-case words of a comment's header ("jsmith on March 3 at 10:42 am said:")
_COMMENT_HEADER_WORDS = frozenset(("on", "at", "am", "pm", "um", "le", "de", "el", "il", "alle", "às"))


class Features:
    """What the rules read of one line, computed once."""

    __slots__ = ("text", "low", "words", "n", "hints", "cue")

    def __init__(self, text: str):
        self.text = text
        self.n = len(text)
        self.low = low = text.lower()
        self.words = words = low.split()
        hints = 0
        if not _ANY_HINT.isdisjoint(words):
            for bit, group in _HINT_GROUPS:
                if not group.isdisjoint(words):
                    hints |= bit
        self.hints = hints
        self.cue = cues.norm_cue(text) if self.n <= 200 else ""  # (a pictograph before it aside: "📌 VEJA TAMBÉM")


@dataclass(frozen=True)
class Rule:
    kind: str
    why: str
    test: Callable[[Features, TextSettings], bool]
    max_chars: str | None = None  # the TextSettings field bounding the line's length
    hints: int = 0  # the line must hold a cue word of one of these groups
    # the shortest line the test can hold for (a TextSettings field or a number of characters),
    # and the TextSettings field below which alone it can: other lines never try it
    min_chars: str | int | None = None
    shorter_than: str | None = None


# --------------------------------------------------------------------------- the tests


def _comment_marker(f: Features, s: TextSettings) -> bool:
    """A comment section's title or a bio box; a comment's "X says:" header unless the words
    before the verb read as a sentence ("In an interview, the minister also said:")."""
    if not cues.is_comment_marker(f.text):
        return False
    stripped = f.text.strip("»›•[]() ")
    if cues.COMMENT_SECTION.match(stripped) or cues.AUTHOR_BIO.match(stripped):
        return True
    lower = sum(1 for w in f.words[:-1] if w[:1].islower() and len(w) >= 3 and w.isalpha()
                and w not in _COMMENT_HEADER_WORDS)
    return lower < s.comment_header_sentence_words


def _promo_header(f: Features, s: TextSettings) -> bool:
    return cues.is_promo_header(f.text, f.cue)


def _media_promo(f: Features, s: TextSettings) -> bool:
    """A link to a video or a gallery, its badge glued to its title ("...didn't knowVideo")."""
    return f.text[-1].isalpha() and cues.is_media_promo(f.text, s.promo_title_max_weight)


def _clip_line(f: Features, s: TextSettings) -> bool:
    """A video's line with its running time ("Video player: Watch the moment … (0:48)")."""
    return f.text[-1] == ")" and cues.is_clip_line(f.text, s.promo_title_max_weight)


def _furniture_words(f: Features, s: TextSettings) -> bool:
    """The line is a furniture word, or opens with one of the lexicon's furniture prefixes: a
    label ("Read more:") always; a prefix that may also open a sentence ("Back to ", "Follow ")
    only when the line holds no second sentence ("Back to Taylor! It's her music, so why can't
    she sing it?" is the story's)."""
    low = f.low
    if f.cue in _FURNITURE_SET:
        return True
    starts = _FURNITURE_BY_FIRST.get(low[:1])
    if starts is not None and low.startswith(starts):
        return not low.startswith(_SENTENCE_PREFIXES) or INNER_SENTENCE.search(f.text.rstrip()) is None
    return ("reserved" in low or "vorbehalten" in low) and cues.is_furniture(f.text, f.cue, low)


def _ticker(f: Features, s: TextSettings) -> bool:
    """A live or breaking-news bar ("EN DIRECTO Última hora …", "BREAKING Storm Ilse: …")."""
    first = f.text[:1]  # a capital, or a letter of a script without capitals ("ब्रेकिंग")
    return (first.isupper() or first.isalpha() and not first.islower()) and cues.is_ticker(f.text, s.ticker_caseless_min_words)


def _share_bar(f: Features, s: TextSettings) -> bool:
    """"Whatsapp Facebook Pint Baixar": mostly the names of networks."""
    words = f.words
    if not 2 <= len(words) <= 12:
        return False
    social = len(cues.SOCIAL.intersection(words))
    return social >= 2 and social * 2 >= len(set(words))


def _breadcrumb(f: Features, s: TextSettings) -> bool:
    text = f.text
    return ("»" in text or " > " in text or "›" in text) and (
        text.count(" » ") + text.count(" > ") + text.count(" › ") >= 2
    )


def _site_link(f: Features, s: TextSettings) -> bool:
    text = f.text
    return ":" in text and "." in text and cues.SITE_LINK.match(text) is not None


def _image_placeholder(f: Features, s: TextSettings) -> bool:
    return f.text[0] == "[" and cues.IMAGE_PLACEHOLDER.match(f.text) is not None


def _icon_row(f: Features, s: TextSettings) -> bool:
    """A row of image placeholders ("0 [facebook-i] [twitter-ic] [print-icon]"): a share bar's
    icons, a table's pictures, without alt text, set on one line; a count or two beside them."""
    if f.text.count("[") < s.icon_row_min:
        return False
    tokens = _PLACEHOLDER.sub(" [] ", f.text).split()
    icons = sum(1 for t in tokens if t == "[]")
    return icons >= s.icon_row_min and all(t == "[]" or t.isdigit() for t in tokens)


_PLACEHOLDER = re.compile(r"\[[^\]\s]{1,40}\]")


# a role noun ending a short line ("Ingrid Solberg Journalist": an author box's name and role)
_ROLE_END = re.compile(rf"\s{cues.ROLE_NOUNS}$", re.I)


def _metadata(f: Features, s: TextSettings) -> bool:
    text, low = f.text, f.low
    if not (text[0].isdigit() or ":" in text or "," in text or "•" in text or "·" in text or "|" in text
            or (f.n <= 80 and name_beside_outlet(text))  # "Jane Doe — The Harbour Courier"
            or text[-1] == ")" and f.n <= 80  # "Jane Doe (now) and John Roe (earlier)"
            or f.n <= 60 and _ROLE_END.search(text)):  # "Ingrid Solberg Journalist"
        starts = META_BY_FIRST.get(low[:1])
        if not ((starts is not None and low.startswith(starts))
                or (f.n <= 80 and ("19" in text or "20" in text) and YEAR.search(text) is not None)):
            return False
    return is_meta(text, low, s)


def _photo_credit(f: Features, s: TextSettings) -> bool:
    text, low = f.text, f.low
    # (a slash or colon, or a stock agency's name)
    if not ("/" in text or ":" in text or "getty" in low or "shutterstock" in low or "istock" in low):
        return False
    return cues.PHOTO_CREDIT.match(text) is not None and not text.rstrip("/ ").endswith(SENTENCE_END)


def _caption_label(f: Features, s: TextSettings) -> bool:
    """A caption or credit a screen reader's label opens ("Image caption ...", "Media caption...")."""
    return f.low[:1] in cues.CAPTION_LABEL_FIRST and cues.CAPTION_LABEL.match(f.text) is not None


def _caption_shape(f: Features, s: TextSettings) -> bool:
    text = f.text
    if not ("(" in text or "/" in text or "|" in text or ":" in text or text[0].isdigit()
            or f.low.startswith(_CAPTION_STARTS)):
        return False
    return cues.CAPTION_SHAPE.search(text) is not None


def _appeal(f: Features, s: TextSettings) -> bool:
    return f.n >= 20 and cues.is_appeal(f.text, s.appeal_narrative_words, s.appeal_words_per_cue)


def _legal_footer(f: Features, s: TextSettings) -> bool:
    return f.n >= 40 and cues.is_legal(f.text)


def _copyright_footer(f: Features, s: TextSettings) -> bool:
    return ("©" in f.text or "ⓒ" in f.text) and f.n >= 40 and cues.is_legal(f.text)


def _not_words(f: Features, s: TextSettings) -> bool:
    """A web address, an encoded blob or code ("pos=LREC&id=yom-ad%253Cstyle..."): long tokens
    or a tenth of URL punctuation, in a script that separates words."""
    text = f.text
    n = f.n - text.count(" ")  # the characters of its words
    long_words = len(f.words) * s.max_word_chars < n
    if n < s.short_prose_weight or not (long_words or "%" in text or "=" in text) or is_wide(text):
        return False
    marks = text.count("%") + text.count("=") + text.count("&") + text.count("/")
    return long_words or marks * 10 > n


def looks_like_code(text: str, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """A web address, an encoded blob or code rather than words."""
    return _not_words(Features(text), settings)


def _too_short_for_prose(f: Features, s: TextSettings) -> bool:
    return f.n < s.short_prose_weight and (f.text.isascii() or weight_of(f.text) < s.short_prose_weight)


def _link_run(f: Features, weight: int, ends: bool, s: TextSettings) -> bool:
    """A long line of links run together ("News Politics World Sport Technology Business ...":
    a menu or a footer whose line breaks were joined, or an inline menu): its sentences, if any,
    are far apart, and most of its words open with a capital. A paragraph of the same length
    holds several sentences, and most of its words are lower-case."""
    text = f.text
    stops = text.count(". ") + text.count("? ") + text.count("! ") + ends
    if stops * s.link_run_sentence_chars >= weight or is_wide(text):
        return False
    words = text.split()
    letters = sum(1 for w in words if w[:1].isalpha())
    figures = sum(1 for w in words if w[:1].isdigit())
    capitals = sum(1 for w in words if w[:1].isupper())
    # (a listing's rows run together, "June 9 – West Palm Beach, FL @ ... June 10 – Tampa, ...",
    # hold a figure every few words: a tour's dates, a schedule, which may be the article's)
    return (letters > 0 and capitals >= s.link_run_capital_share * letters
            and figures * s.link_run_figure_words < len(words))


_ITEM_SEPARATORS = (" • ", " | ", " · ")


def _separated_items(f: Features, s: TextSettings) -> bool:
    """Short items set apart by a bullet or a bar ("Billig kontra Apple • Zaubern mit Skripten •
    HomeKit • ..."): a magazine's contents, a menu, a list of links printed on one line."""
    text = f.text
    for sep in _ITEM_SEPARATORS:
        if text.count(sep) >= s.item_run_separators:
            return all(len(part.split()) <= s.item_run_part_words for part in text.split(sep))
    return False


# a count in brackets after a link's title ("Myles Garrett should expect a suspension (148)"), not
# a year ("Common problems in student newsrooms (2011)")
_COUNT_END = re.compile(r"\s\((?!(?:19|20)\d\d\))\d[\d,.]*\)$")
_CLOSING_MARKS = "\"”’»')」』"
_STOPS = tuple(".!?…。！？")


def _prose(f: Features, s: TextSettings) -> bool:
    """A paragraph: long enough and ending a sentence (or with sentences inside), or a long run
    of mostly lower-case words that lost its final stop, or a shorter complete sentence; not a
    long line of links run together (``_link_run``)."""
    text = f.text
    weight = f.n if text.isascii() else weight_of(text)
    ends = ends_sentence(text)
    if ends and text[-1] == ")" and (count := _COUNT_END.search(text)) is not None:
        # "(148)": a link's count of comments, no sentence's end; a stop before it (a closing quote
        # alone ends a title: 'Minister says the bridge is "safe" (130)')
        ends = text[: count.start()].rstrip(_CLOSING_MARKS).endswith(_STOPS)
    if weight >= s.link_run_min_weight and _link_run(f, weight, ends, s):
        return False
    if ("•" in text or "|" in text or "·" in text) and _separated_items(f, s):
        return False
    if weight >= s.prose_min_weight:
        if ends or (weight >= s.prose_inner_sentence_weight and INNER_SENTENCE.search(text)):
            return True
        # a paragraph that ends by introducing a quote or a list ("... on Tuesday. He said:")
        if text[-1] == ":" and INNER_SENTENCE.search(text) and mostly_lowercase(text):
            return True
        low_words, high_words = s.prose_unended_words
        if weight >= s.prose_unended_weight and low_words <= len(f.words) <= high_words and mostly_lowercase(text):
            return True
    # a line mostly of a wide script without spaces or case (Chinese, Japanese; not Korean, which
    # spaces its words) that ends without a full stop: many blogs break their sentences into
    # lines without one, and its length tells a sentence from a menu's label (a teaser cut
    # short with "..." is neither)
    if weight >= s.wide_unended_weight and weight >= 2 * f.n and len(f.words) * s.unspaced_token_chars <= f.n:
        return True
    return ends and weight >= s.short_prose_weight and (len(f.words) >= s.short_prose_words or is_wide(text))


# --------------------------------------------------------------------------- the table

RULES: tuple[Rule, ...] = (
    Rule(COMMENTS, "a comment section's title, a comment's header, an author's bio box", _comment_marker,
         "cue_max_chars", HINT_COMMENT),
    Rule(PROMO, "a promo block's header (Related, Most read, Lesen Sie auch)", _promo_header, "cue_max_chars"),
    Rule(IMAGE, "a link to a video or a gallery, its badge glued to its title (...didn't knowVideo)", _media_promo,
         "promo_title_max_weight", min_chars=12),
    Rule(IMAGE, "a video's line with its running time (Video player: Watch … (0:48))", _clip_line,
         "promo_title_max_weight", min_chars=12),
    Rule(FURNITURE, "page furniture by its wording (Share, Privacy Policy, Read more: ...)", _furniture_words,
         "cue_max_chars"),
    Rule(FURNITURE, "a live or breaking-news bar (EN DIRECTO …, BREAKING …)", _ticker, "ticker_max_chars",
         min_chars=8),
    Rule(FURNITURE, "a share bar (the names of networks)", _share_bar, "cue_max_chars", HINT_SOCIAL),
    Rule(FURNITURE, "a breadcrumb trail (Home » World » Europe)", _breadcrumb, "cue_max_chars"),
    Rule(FURNITURE, "a link to a story on another site (On Site.com: ...)", _site_link, "cue_max_chars"),
    Rule(IMAGE, "an image without alt text ([name])", _image_placeholder, "cue_max_chars"),
    Rule(IMAGE, "a row of images without alt text (a share bar's icons: [facebook-i] [twitter-ic] ...)", _icon_row,
         "cue_max_chars"),
    Rule(CREDIT, "a caption or credit a screen reader's label opens (Image caption ..., Media caption ...)",
         _caption_label, "caption_max_chars", min_chars=14),
    Rule(META, "a byline, dateline, source, read time or share count", _metadata, "meta_max_chars"),
    Rule(CREDIT, "a photo credit (Name / Agency)", _photo_credit, "meta_max_chars"),
    Rule(CREDIT, "a caption's shape ((AP Photo/...), In this photo ...)", _caption_shape, "caption_max_chars"),
    Rule(APPEAL, "the reader addressed: support, subscribe, sign up", _appeal, "footer_max_chars", HINT_APPEAL),
    Rule(FURNITURE, "a copyright, cookie or contact footer", _legal_footer, "footer_max_chars", HINT_LEGAL),
    Rule(FURNITURE, "a copyright notice", _copyright_footer, "footer_max_chars", min_chars=40),
    Rule(SHORT, "a web address, an encoded blob or code, not words", _not_words, min_chars="short_prose_weight"),
    Rule(SHORT, "too short to be prose", _too_short_for_prose, shorter_than="short_prose_weight"),
    Rule(PROSE, "a paragraph of running text", _prose),
)


class Classifier:
    """The rule table with one settings' limits filled in, applied line by line."""

    def __init__(self, settings: TextSettings = DEFAULT.extract.text):
        self.settings = settings
        endless = 1 << 62

        def length(value: str | int | None, default: int) -> int:
            return default if value is None else value if isinstance(value, int) else getattr(settings, value)

        limited = tuple((r.kind, length(r.min_chars, 0),
                         min(length(r.max_chars, endless), length(r.shorter_than, endless + 1) - 1), r.hints, r.test)
                        for r in RULES)
        # the rules a line may meet, by the cue-word groups it holds (a line without cue words,
        # most lines, never tries the rules that need them) and by its length: the lengths the
        # rules are bounded at part lines into bands, and a line tries only the rules whose
        # bounds hold its band (no rule's bound is compared line by line)
        self._bounds = sorted({endless} | {hi for _, _, hi, _, _ in limited}
                              | {lo - 1 for _, lo, _, _, _ in limited if lo})
        every = HINT_COMMENT | HINT_APPEAL | HINT_LEGAL | HINT_SOCIAL
        self._rules = tuple(
            tuple(tuple((kind, test) for kind, lo, hi, needs, test in limited
                        if (not needs or hints & needs) and lo <= bound <= hi)
                  for bound in self._bounds)
            for hints in range(every + 1))

    def kind(self, f: Features) -> str:
        settings = self.settings
        for kind, test in self._rules[f.hints][bisect_left(self._bounds, f.n)]:
            if test(f, settings):
                return kind
        return SHORT


def classify(text: str, settings: TextSettings = DEFAULT.extract.text) -> str:
    """The kind of one stripped, non-blank line by itself."""
    return Classifier(settings).kind(Features(text))
