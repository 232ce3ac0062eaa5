"""A cautious guess of a text's language: the one guesser of both extractor families (an HTML
page that declares no language, or declares one its text contradicts; every text capture).

The writing system settles most cases (Arabic, Cyrillic, Greek, Hebrew, CJK, ...), with a few
letters that only one language of the script uses (Persian پ, Ukrainian ї, Bulgarian ъ, Icelandic þ
and ð, Albanian ë, ...).
Latin-script text, and Cyrillic text without such letters, is scored against short lists of each
language's commonest words. No guess is better than a wrong one: too little text, or two close
candidates, gives None. Only the first ``settings.max_sample`` characters are read.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections import Counter

from sidebyside.resources import resource_json
from sidebyside.settings import LanguageSettings

_DEFAULT_BOUNDS = LanguageSettings()  # what each section's ``language`` holds unless told otherwise
_DOTLESS_I_WORDS = re.compile(r"\w*ı\w*")  # words with Turkish's dotless "ı"
_BREVE_A_WORDS = re.compile(r"\w*ă\w*")  # words with Romanian's "ă"
_DOUBLE_ACUTE_WORDS = re.compile(r"\w*[őűŐŰ]\w*")  # words with Hungarian's "ő" or "ű"
_THORN_ETH_WORDS = re.compile(r"\w*[þðÞÐ]\w*")  # words with Icelandic's "þ" or "ð"
_DIAERESIS_E_WORDS = re.compile(r"\w*[ëË]\w*")  # words with Albanian's "ë"
# Finnish joins its endings to its words too ("Ahosen mukaan", "yhtiön kanssa"): its commonest words
# are about a tenth of a news text, not the fair share (settings.min_vote_share) the vote asks of the others;
# Czech and Polish, with no articles and their cases in endings, a tenth to an eighth of a short news text
# (nine of the Czech tune articles were left unguessed at 0.15); Estonian, Lithuanian and Latvian, which
# join their cases to their words as Finnish and the Slavic languages do, the Czech share
_JOINING_SHARES = {"fi": 0.06, "cs": 0.08, "pl": 0.08, "et": 0.08, "lt": 0.08, "lv": 0.08}
_CLOSE_MIN_VOTES = 3  # words only one language of a close group writes, in a text its group's words fill

_SCRIPTS = (
    # (first code point, last code point, script)
    (0x0041, 0x024F, "latin"), (0x0370, 0x03FF, "greek"), (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x3040, 0x30FF, "kana"), (0x4E00, 0x9FFF, "han"),
    (0x3400, 0x4DBF, "han"), (0xAC00, 0xD7AF, "hangul"), (0x1100, 0x11FF, "hangul"),
)
# Characters are counted by what is left when every run of the others is cut out (one match per
# run, not one string per character), and the ASCII ones at C speed: an ASCII character is a
# letter, and in a script, when it is one of A-Z a-z (Latin); no other script has ASCII letters.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")


def _script_patterns() -> dict[str, re.Pattern]:
    """Per script, the runs of characters outside it."""
    ranges: dict[str, list[str]] = {"latin": ["A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"]}
    for first, last, script in _SCRIPTS:
        if script != "latin":
            ranges.setdefault(script, []).append(f"\\u{first:04x}-\\u{last:04x}")
    return {script: re.compile("[^" + "".join(parts) + "]+") for script, parts in ranges.items()}


_SCRIPT_LANGUAGE = {"greek": "el", "armenian": "hy", "hebrew": "he", "devanagari": "hi", "thai": "th",
                    "georgian": "ka", "hangul": "ko"}
# Letters that mark one language among those sharing a script, with the share of the script's
# letters above which they decide it.
_MARKERS = {
    "arabic": (("ur", "ٹڈڑےںھ", 0.01), ("fa", "پچژگکی", 0.02)),
    "cyrillic": (("be", "ў", 0.005), ("uk", "іїєґ", 0.01), ("kk", "әғқңөұүһ", 0.01),
                 ("mk", "ѓќѕ", 0.005), ("sr", "ђћ", 0.002), ("bg", "ъ", 0.008), ("ru", "ыэ", 0.005)),
}
# Letters Serbian and Macedonian share ("ј", "љ", "њ", "џ"), with the share of the script's letters above
# which the text is one of the two: their commonest words decide then (a Macedonian text may lack
# "ѓ", "ќ" and "ѕ", a short Serbian one "ђ" and "ћ"); no guess when the words do not
_SERBIAN_MACEDONIAN = ("јљњџ", 0.01, ("sr", "mk"))
@functools.cache
def _word_sets(script: str) -> dict[str, frozenset[str]]:
    """Each language's commonest words for the vote, by script ("latin", "cyrillic"): data in
    resources/terms/function_words.json, read on the first guess rather than at start-up."""
    lists = resource_json("terms/function_words.json")["commonest"][script]
    return {language: frozenset(words.split()) for language, words in lists.items()}


@functools.cache
def closed_class_words() -> frozenset[str]:
    """Every language's closed-class words (articles, prepositions, conjunctions, pronouns, the
    forms of "to be" and "to have"): the "languages" key of resources/terms/function_words.json,
    with each language's commonest words (English has only those). A line ending on one runs
    on to the next ("… AFTER THREE WEEKS OF WINTER REPAIRS TO")."""
    data = resource_json("terms/function_words.json")
    lists = [*data["languages"].values(), *(w for script in data["commonest"].values() for w in script.values())]
    return frozenset(w for words in lists for w in words.split())


@functools.cache
def _close_groups() -> tuple[dict[str, frozenset[str]], ...]:
    """Groups of languages whose commonest words tie (Swedish, Norwegian, Danish), each language
    with the words only it writes among them: the "close" key of resources/terms/function_words.json."""
    groups = resource_json("terms/function_words.json").get("close", {}).get("groups", ())
    return tuple({language: frozenset(words.split()) for language, words in group.items()} for group in groups)


@functools.cache
def _variants() -> dict[str, tuple[tuple[str, frozenset[str], frozenset[str]], ...]]:
    """Per language of the vote, the languages that are in no vote of their own but may be its variant
    ("pt": Galician), each with its own words and the voted language's own words of the close group
    the two share: the "close" key's "variants" of resources/terms/function_words.json."""
    close = resource_json("terms/function_words.json").get("close", {})
    out: dict[str, list] = {}
    for base, variants in close.get("variants", {}).items():
        for variant in variants:
            group = next(g for g in _close_groups() if base in g and variant in g)
            out.setdefault(base, []).append((variant, group[variant], group[base]))
    return {base: tuple(found) for base, found in out.items()}


def _variant_of(lowered: dict[str, int], best: str, lead: float) -> str | None:
    """The variant of the vote's leader ``best`` the text is written in (_variants): its own words
    at least _CLOSE_MIN_VOTES and lead times the leader's own; None when the text does not show one."""
    for variant, own, leader in _variants().get(best, ()):
        mine, theirs = sum(lowered.get(w, 0) for w in own), sum(lowered.get(w, 0) for w in leader)
        if mine >= _CLOSE_MIN_VOTES and mine >= lead * theirs:
            return variant
    return None


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPT_PATTERNS = _script_patterns()


def primary_subtag(tag: str | None) -> str:
    """The primary language subtag of a tag, lower case ("pt-BR", "pt_BR" -> "pt"); "" for none."""
    return (tag or "").split("-")[0].split("_")[0].lower()


def guess_language(text: str, settings: LanguageSettings = _DEFAULT_BOUNDS) -> str | None:
    """An ISO 639-1 code for the text's language, or None when the text does not settle it.
    settings: the bounds of a guess (the caller's section holds them: ``HtmlSettings.language``...)."""
    text = text[: settings.max_sample]
    ascii_text = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_text) - len(ascii_text.translate(None, _ASCII_LETTERS))
    rest = _ASCII_RUNS.sub("", text) if len(ascii_text) < len(text) else ""  # the non-ASCII characters
    letters = ascii_letters + len(_NOT_LETTERS.sub("", rest))
    if letters < settings.min_letters:
        return None
    counts: dict[str, int] = {}
    for script, others in _SCRIPT_PATTERNS.items():  # each counted in one pass of the regex engine
        found = len(others.sub("", rest)) + (ascii_letters if script == "latin" else 0)
        if found:
            counts[script] = found
            if script == "latin" and found >= settings.min_script_share * letters:
                break  # the common case settled without counting the other scripts
    if not counts:
        return None
    if counts.get("kana", 0) >= settings.kana_share * letters:  # Japanese mixes kana with Han
        return "ja"
    script, count = max(counts.items(), key=lambda item: item[1])
    if count < settings.min_script_share * letters:
        return None
    if script == "latin":
        # Turkish joins its endings to its words, so its commonest words are too small a share of
        # a text for the vote; its dotless "ı" (shared only with Azeri) tells it instead
        if rest and rest.count("ı") >= settings.dotless_i_share * count \
                and len(set(_DOTLESS_I_WORDS.findall(text))) >= settings.dotless_i_min_words:
            return "tr"
        if rest and rest.count("ă") >= settings.breve_a_share * count \
                and len(set(_BREVE_A_WORDS.findall(text))) >= settings.breve_a_min_words:
            return "ro"  # (its "ă", which no other language of the lists writes)
        if rest and sum(rest.count(c) for c in "őűŐŰ") >= settings.double_acute_share * count \
                and len(set(_DOUBLE_ACUTE_WORDS.findall(text))) >= settings.double_acute_min_words:
            return "hu"  # (its "ő" and "ű", which no other language of the lists writes)
        if rest and sum(rest.count(c) for c in "þðÞÐ") >= settings.thorn_eth_share * count \
                and len(set(_THORN_ETH_WORDS.findall(text))) >= settings.thorn_eth_min_words:
            return "is"  # (its "þ" and "ð", which no other language of the lists writes)
        if rest and sum(rest.count(c) for c in "ëË") >= settings.diaeresis_e_share * count \
                and len(set(_DIAERESIS_E_WORDS.findall(text))) >= settings.diaeresis_e_min_words:
            return "sq"  # (its "ë", which the other languages of the lists write only in a few words)
        return _vote(text, _word_sets("latin"), settings)
    if script == "han":
        return "zh"
    if script in _MARKERS:
        for language, marks, share in _MARKERS[script]:
            if sum(text.count(m) for m in marks) >= share * count:
                return language
        if script == "cyrillic":
            marks, share, pair = _SERBIAN_MACEDONIAN
            if sum(text.count(m) for m in marks) >= share * count:
                words = _word_sets("cyrillic")
                return _vote(text, {language: words[language] for language in pair}, settings)
        # Arabic is the default of its script; Cyrillic without telling letters goes to the
        # word lists (a short Russian text may lack "ы" and "э").
        # Serbian's words vote only beside Macedonian's, after its letters: a text with none of them is no Serbian
        if script == "arabic":
            return "ar"
        return _vote(text, {language: words for language, words in _word_sets("cyrillic").items() if language != "sr"}, settings)
    return _SCRIPT_LANGUAGE.get(script)


def _vote(text: str, word_sets: dict[str, frozenset[str]], settings: LanguageSettings) -> str | None:
    """The language whose commonest words the text uses most, when it is clearly ahead."""
    found = Counter(_WORD.findall(unicodedata.normalize("NFC", text)))
    total = sum(found.values())
    if total < settings.min_vote_words:
        return None
    # each distinct word lowered once, then each list's words looked up (a few dozen) rather
    # than every word of the text looked up in every list
    lowered: dict[str, int] = {}
    for word, n in found.items():
        key = word.lower()
        lowered[key] = lowered.get(key, 0) + n
    scores = {lang: sum(lowered.get(w, 0) for w in stop) for lang, stop in word_sets.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    # Clearly ahead of the runner-up, and common words make up a fair share of the text.
    fair = top >= settings.min_votes and top >= _JOINING_SHARES.get(best, settings.min_vote_share) * total
    variant = _variant_of(lowered, best, settings.vote_lead) if fair else None
    if variant is not None:
        return variant  # (a Galician text fills Portuguese's commonest words; its own words tell it)
    if fair and top >= settings.vote_lead * second:
        return best
    if fair:
        return _close_vote(lowered, best, ranked[1][0], settings.vote_lead)
    return None


def _close_vote(lowered: dict[str, int], best: str, runner_up: str, lead: float) -> str | None:
    """When the vote's two leaders are languages of one close group ("nb" and "da", which share
    most of their commonest words), the one whose own words of the group the text uses clearly
    most (lead times the other's count, as the vote asks); None when they are of no one group or
    the text does not tell."""
    for group in _close_groups():
        if best in group and runner_up in group:
            scores = sorted(((sum(lowered.get(w, 0) for w in words), language) for language, words in group.items()),
                            reverse=True)
            (top, language), (second, _) = scores[0], scores[1]
            return language if top >= _CLOSE_MIN_VOTES and top >= lead * second else None
    return None


_SCRIPT_OF_LANGUAGE = {
    "ar": "arabic", "fa": "arabic", "ur": "arabic",
    "ru": "cyrillic", "uk": "cyrillic", "be": "cyrillic", "kk": "cyrillic", "sr": "cyrillic",
    "bg": "cyrillic", "mk": "cyrillic", "el": "greek", "he": "hebrew", "hi": "devanagari",
    "th": "thai", "ka": "georgian", "hy": "armenian", "ko": "hangul", "ja": "kana", "zh": "han",
}


def _script_of(language: str) -> str | None:
    latin = language in _word_sets("latin") or any(language == v for found in _variants().values() for v, _, _ in found)
    return "latin" if latin else _SCRIPT_OF_LANGUAGE.get(language)


def contradicts(declared: str, guessed: str | None) -> bool:
    """Does a confident guess plainly contradict the page's declared language? Only when the
    two are written in different scripts, or are both Latin-script languages the word lists
    tell apart; "fa" declared with an "ar" guess, or "nb" with "sv", is no contradiction."""
    if not guessed or guessed == declared:
        return False
    declared_script = _script_of(declared)
    guessed_script = _script_of(guessed)
    if declared_script is None or guessed_script is None:
        return False
    if declared_script != guessed_script:
        return True
    latin = _word_sets("latin")
    if any(declared in group and guessed in group for group in _close_groups()):
        return False  # (their words tie: a short Norwegian text may read as Swedish)
    return declared in latin and guessed in latin
