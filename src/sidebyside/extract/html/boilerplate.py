"""What page furniture looks like: tags, class/id/role names and short text lines.

These are general conventions of news and blog templates (navigation, share bars, related
and most-read lists, newsletter and donation appeals, author boxes, comments, ads, footers),
never rules for one site. Class and id values are split into tokens so that a word inside a
longer name ("related-stories", "shareBar") matches but unrelated words do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sidebyside.extract import cues
from sidebyside.extract.dates import NUMERIC_DATE_OR_TIME, month_table

# Elements that never hold article text.
JUNK_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "select", "textarea", "button", "input", "label",
    "dialog", "head", "link", "meta",
)
# Structural furniture by tag (removed unless it holds most of the page's text).
FURNITURE_TAGS = ("nav", "footer", "aside", "menu")

CAPTION_TAGS = ("figcaption",)

# One class/id token (lower-cased, split on - and _ and camelCase humps) naming furniture.
_FURNITURE_WORDS = {
    # navigation, chrome
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "masthead",
    "footer", "sidebar", "sidebars", "rail", "toolbar", "topbar", "skip", "pagination", "pager",
    "ticker", "breaking", "marquee", "alert", "cookie", "cookies", "consent", "gdpr", "modal",
    "popup", "overlay", "banner", "skiplink",
    # sharing
    "share", "shares", "sharing", "sharebar", "social", "sociable", "addthis", "sharethis",
    "print", "bookmark", "tooltip", "popover", "hovercard",
    # related / recommendations
    "related", "recommended", "recommendations", "recommendation", "recirc", "recirculation",
    "popular", "mostread", "most", "trending", "readnext", "upnext", "outbrain", "taboola",
    "teaser", "teasers", "more", "also", "partner", "partners", "sponsored", "sponsor",
    "prev", "previous", "next",
    "promo", "promoted", "promotion", "spotlight", "gallery", "slideshow", "carousel",
    # appeals
    "newsletter", "newsletters", "subscribe", "subscription", "signup", "donate", "donation",
    "membership", "paywall", "registration", "inline-cta", "cta",
    # author boxes, meta
    "byline", "bylines", "author", "authors", "bio", "contributor", "dateline", "timestamp",
    "meta", "metadata", "tags", "taglist", "keywords", "topics", "categories", "disclaimer",
    # comments
    "comment", "comments", "disqus", "respond", "replies",
    # ads
    "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot", "adunit", "dfp",
    "commercial",
    # hidden
    "hidden", "hide", "visually", "sr", "screenreader", "offscreen",
}
_EMBED_WORDS = {"embed", "embedded", "tweet", "instagram-media"}
_HAS_WORDS = {"has", "with", "w", "and", "no", "without", "hide", "show", "enable", "enabled"}
# Tokens that look like furniture words but name the article itself.
_CONTENT_WORDS = {"article", "body", "content", "story", "text", "entry", "post", "main"}

_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[-_\s:]+")

ROLE_FURNITURE = {"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                  "menubar", "dialog", "alertdialog", "toolbar", "tablist"}


def name_words(value: str) -> list[str]:
    """'relatedStories article-share_bar' -> ['related', 'stories', 'article', 'share', 'bar']."""
    return [w for w in _SPLIT.split(_HUMP.sub("-", value).lower()) if w]


@lru_cache(maxsize=4096)
def furniture_word(attr_value: str) -> str | None:
    """The furniture word in a class/id value, or None.

    A value naming the article's own body ("article-body", "story-content") is not
    furniture even if it also carries a furniture word ("article-body-with-ads").
    """
    if not attr_value:
        return None
    for token in attr_value.split():
        words = name_words(token)
        at, hit = next(((i, w) for i, w in enumerate(words) if w in _FURNITURE_WORDS), (0, None))
        if hit is None:
            at, hit = next(((i, st) for i, w in enumerate(words) for st in _FURNITURE_STEMS if st in w), (0, None))
        if hit is None:
            continue
        if hit in _WEAK_WORDS and not _weak_word_confirmed(hit, words):
            continue  # a weak word only counts together with another cue in the same token
        if any(w in _CONTENT_WORDS for w in words) and hit not in _STRONG_OVER_CONTENT:
            continue
        if any(w in _EMBED_WORDS for w in words):
            continue  # an embedded post ("social-media-embed", "twitter-tweet") is quoted content
        if at and words[at - 1] in _HAS_WORDS:
            continue  # "has-sidebar", "with-comments": a layout that has one, not the thing
        return hit
    return None


# Furniture words that win even inside a token naming content ("article-comments").
_STRONG_OVER_CONTENT = {
    "comment", "comments", "related", "share", "sharing", "social", "newsletter", "tags",
    "recommended", "sidebar", "footer", "byline", "author", "promo", "subscribe", "nav",
    "navigation", "breadcrumb", "breadcrumbs", "taboola", "outbrain", "popular", "meta",
    "advertisement", "ad", "ads", "disclaimer", "donate", "cta", "teaser",
}


# Stems that name furniture even run together with other words ("jp-relatedposts", "sharebuttons").
_FURNITURE_STEMS = ("related", "sharing", "sharebar", "sharebutton", "socialshare", "newsletter",
                    "sidebar", "sponsor", "recommend", "breadcrumb", "taboola", "outbrain", "advert",
                    "subscribe", "navbar", "byline", "comments")

# Words that name furniture only in some company ("more-stories" yes, "more" alone no).
_WEAK_WORDS = {"prev", "previous", "next", "more", "also", "most", "print", "visually", "sr", "skip",
               "hide", "hidden", "rail", "partner", "partners", "breaking", "alert", "bio"}


def _weak_word_confirmed(hit: str, words: list[str]) -> bool:
    joined = "-".join(words)
    if hit in ("more", "also", "most"):
        return bool(
            re.search(r"(more|also|most)-(on|from|stories|news|articles|read|like|to|in|viewed|popular|shared)", joined)
            or re.search(r"(read|see|watch|show|load)-(more|also)", joined)
        )
    if hit in ("visually", "sr", "hide", "hidden"):
        return joined in ("sr-only", "visually-hidden", "hidden", "hide", "is-hidden", "u-hidden") or joined.startswith(
            ("visually-hidden", "sr-only")
        )
    if hit in ("prev", "previous", "next"):
        # links to the neighbouring posts; not "__next" (an app root) nor "next-gen"
        return joined in ("prev", "next", "previous", "prev-next", "next-prev") or bool(
            re.search(r"(?:^|-)(?:post|article|story|nav|entry)-(?:prev|previous|next)\b|"
                      r"\b(?:prev|previous|next)-(?:post|article|story|link|entry)", joined))
    if hit == "print":
        return joined in ("print", "print-button", "print-link", "no-print") or (
            "print-" in joined and "only" not in joined
        )
    if hit == "skip":
        return "skip-link" in joined or "skip-to" in joined
    if hit == "rail":
        return joined in ("rail", "right-rail", "left-rail") or joined.endswith("-rail")
    if hit == "breaking":
        return "breaking-news" in joined or "breaking-bar" in joined
    if hit in ("partner", "partners"):
        return "partner-content" not in joined and len(words) <= 3
    if hit == "alert":
        return "alert-bar" in joined or "news-alert" in joined
    if hit == "bio":
        return "author-bio" in joined or joined in ("bio", "bio-box")
    return False


def is_furniture_element(el) -> str | None:
    """Why this element is page furniture (by role, class or id), or None."""
    attrib = el.attrib
    if not attrib:
        return None
    get = attrib.get
    role = get("role")
    if role and role.lower() in ROLE_FURNITURE:
        return f"role={role}"
    if get("hidden") is not None or (get("aria-hidden") == "true" and el.tag not in ("p", "span", "a")):
        return "hidden"
    style = get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden"
    itemprop = get("itemprop")
    if itemprop and itemprop.lower() == "articlebody":
        return None
    word = furniture_word(get("class") or "")
    if word:
        return f"class~{word}"
    ident = get("id") or ""
    # an id slugged from a heading ("sharing-with-a-single-developer") names content
    if ident and ident.count("-") < 3:
        word = furniture_word(ident)
        if word:
            return f"id~{word}"
    return None


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Class/id naming the article's body (a hint, never a requirement).
ARTICLE_BODY_HINT = re.compile(
    r"article[-_]?body|articlebody|story[-_]?body|storybody|entry[-_]content|post[-_]?content|"
    r"post[-_]?body|article[-_]?content|articlecontent|article[-_]?text|articletext|story[-_]?content|"
    r"content[-_]?body|body[-_]?text|bodytext|article__body|rich[-_]?text|"
    r"text[-_]?content|article[-_]?main|paywall[-_]?content|story[-_]?text",
    re.I,
)

CAPTION_HINT = re.compile(
    r"caption|credit|photo[-_]?info|image[-_]?info|img[-_]?info|media[-_]?info|photographer|"
    r"copyright|picture[-_]?text|wp-caption",
    re.I,
)

# Short stand-alone lines that are furniture whatever element holds them: a line that is only a
# word of the cue lexicon's furniture or promo headers ("Advertisement", "Read more", "Most read":
# the one list of both families, resources/cues/cues.json), or one of these shapes.
_BOILERPLATE_SHAPE = re.compile(
    r"^\W*(?:\d+ comments?|click here to .{0,60}|follow us on .{0,60}|share on \w+|"
    r"(?:all rights reserved|copyright|©).{0,120}|"
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}newsletter.{0,80}|"
    r"(?:image|photo|picture|slide|foto|bild) \d+ (?:of|/|de|von) \d+|"
    rf"{cues.READ_TIME_MINUTES}|{cues.READ_TIME_LABELLED}.{{0,20}}|"  # the lexicon's reading times
    r"related(?: \w+)?: .{0,100}|more from .{0,40})\W*$",
    re.I,
)
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
_LEXICON_LINES = cues.FURNITURE | cues.PROMO_HEADERS


def boilerplate_line(text: str) -> bool:
    """A short stand-alone line that is page furniture by its wording alone, or a link to a
    video or a gallery with its badge glued to its title (the cue lexicon's media badges)."""
    if len(text) <= 60 and cues.norm_cue(_EDGE_PUNCTUATION.sub("", text)) in _LEXICON_LINES:
        return True
    if cues.is_media_promo(text):
        return True
    return _BOILERPLATE_SHAPE.match(text) is not None


# A short paragraph asking the reader to sign up, subscribe, donate or follow (the shared lexicon).
APPEAL = cues.SHORT_APPEAL

# Dates and times as they appear in datelines and "updated" lines.
DATE_LIKE = re.compile(
    rf"{NUMERIC_DATE_OR_TIME}|"
    # the month names of the one month table (resources/dates), in either order: no other word
    rf"\b(?:{month_table().pattern})\.? \d{{1,2}},? \d{{4}}\b|"
    rf"\b\d{{1,2}}\.? (?:de )?(?:{month_table().pattern})\.? (?:de )?\d{{4}}\b",
    re.I,
)

# Class/id of the standfirst (summary under the headline): the one list of the body's standfirst
# block (dom_measure.is_standfirst) and the lead found near the headline (leads.py). A "teaser"
# is a standfirst only there: in the body it is a card linking to another story (STANDFIRST_NOT).
STANDFIRST_HINT = re.compile(
    r"standfirst|\bdek\b|sub-?title|sub-?head(?:line|ing)?|summary|\blede\b|\bintro\b|excerpt|"
    r"article-?desc|strapline|abstract|\bdeck\b|kicker-?text|teaser",
    re.I,
)
STANDFIRST_NOT = re.compile(r"comment|related|teaser|nav|promo|newsletter|card|list", re.I)

# A stand-alone photo credit or caption line ("Photo: Jane Doe/Reuters", "© AFP", "(Getty Images)").
CREDIT_LINE = re.compile(
    rf"^\W*{cues.PICTURE_LABELS}\s*(?:credit)?\s*[:|/-]|"
    r"^\W*(?:©|\(c\)|copyright\b)|"
    rf"(?:^\W*|[/(]\s*){cues.PICTURE_AGENCIES}\W*$",  # the cue lexicon's labels and agencies
    re.I,
)

# A paywall's prompt: what shows when the rest of the article is held back.
PAYWALL_WORDS = {"paywall", "regwall", "piano", "metered", "premium-wall"}
PAYWALL_TEXT = re.compile(
    r"\b(?:subscribe|sign in|log in|register|join) (?:now )?to (?:keep|continue) reading\b|"
    r"\bfor (?:paying )?subscribers only\b|\bsubscriber[- ]only\b|\bsubscribers? exclusive\b|"
    r"\b(?:this|the rest of this) (?:article|story|content) is (?:only )?(?:for|available to) "
    r"(?:paying )?(?:subscribers|members)\b",
    re.I,
)
