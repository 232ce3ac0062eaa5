"""Shipped and user term lists for the framing analysis (resources/terms/, see its README.md).

Users extend the lists by dropping *.json files in ``<data dir>/terms/`` (the data dir is
$SIDEBYSIDE_DATA_DIR or platformdirs' per-user "SideBySide" directory). A file that cannot be read
or has the wrong shape is skipped with a logged warning: a bad user file never breaks a comparison.
"""

from __future__ import annotations

import functools
import json
from contextlib import contextmanager
from contextvars import ContextVar
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from sidebyside.compare.termcache import cached_background
from sidebyside.compare.text import fold
from sidebyside.display import display_path, one_line
from sidebyside.resources import resource
from sidebyside.safeio import ReadRefused, read_json
from sidebyside.settings import DEFAULT
from sidebyside.word_frequencies import read_frequencies

log = logging.getLogger(__name__)

TERMS_DIR = "terms"


@functools.lru_cache(maxsize=1)
def naming_data() -> dict[str, Any]:
    """resources/terms/naming.json, read once for every module that takes a list from it."""
    return json.loads(resource(TERMS_DIR).joinpath("naming.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=8)
def shipped_terms(name: str) -> dict[str, Any]:
    """A shipped terms file (resources/terms/<name>), parsed once for every reader: the lexicon
    merges it (copying, never changing it) and the loaded words' category help reads its own key."""
    return json.loads(resource(TERMS_DIR).joinpath(name).read_text(encoding="utf-8"))


# Probability given to a word missing from the background list (rarer than its last entry).
UNSEEN_ZIPF = 1.0


@dataclass(frozen=True)
class LabelFamily:
    id: str
    entity: str  # template with {actor} and {place} slots
    fallback: str
    # (term, words one of which must follow it closely, variant): terms of one variant are
    # interchangeable ("forces", "troops"); outlets contrast when they use different variants.
    terms: tuple[tuple[str, tuple[str, ...], str], ...]
    scope: str = "any"  # "person": only used to categorise titles, not as a free-text family
    # a "person" family's terms that are plain English for anyone's head ("leader", "president"):
    # they contest a name only for a country's head, the others ("dictator") for anyone
    plain: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """Everything the framing stages look up, merged from shipped and user files."""

    countries: dict[str, str] = field(default_factory=dict)  # surface name -> country
    demonyms: dict[str, str] = field(default_factory=dict)  # "Turkish" -> "Turkey"
    places: dict[str, str] = field(default_factory=dict)  # surface -> canonical place
    organisations: dict[str, str] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)  # peoples, faiths: "Kurds", "Alawites"
    titles: set[str] = field(default_factory=set)
    title_modifiers: set[str] = field(default_factory=set)
    event_nouns: set[str] = field(default_factory=set)
    event_aliases: dict[str, str] = field(default_factory=dict)  # "quake" -> "earthquake"
    contested_names: dict[str, str] = field(default_factory=dict)  # folded "kiev" -> "Kyiv"
    title_synonyms: dict[str, str] = field(default_factory=dict)  # "premier" -> "prime minister"
    capital_of: dict[str, str] = field(default_factory=dict)  # "Kyiv" -> "Ukraine"
    name_heads: dict[str, set[str]] = field(default_factory=dict)  # kind -> head nouns
    natural_features: set[str] = field(default_factory=set)  # "sea", "strip": place heads a name may drop
    label_families: list[LabelFamily] = field(default_factory=list)
    loaded_terms: dict[str, list[str]] = field(default_factory=dict)  # category -> terms
    loaded_context: dict[str, Any] = field(default_factory=dict)  # rules that make a term literal
    synonym_groups: list[list[str]] = field(default_factory=list)  # words news uses for one another
    source_nouns: set[str] = field(default_factory=set)
    company_nouns: set[str] = field(default_factory=set)  # "the company", "the bank": a business named before
    background: dict[str, float] = field(default_factory=dict)  # word -> zipf
    background_languages: frozenset[str] = frozenset()  # languages with a shipped list: "en", "ar"
    warnings: list[str] = field(default_factory=list)
    # Matchers built from this lexicon by the stages that use it (built once per lexicon).
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def zipf(self, word: str) -> float:
        return self.background.get(word, UNSEEN_ZIPF)

    def probability(self, word: str) -> float:
        return 10.0 ** (self.zipf(word) - 9.0)

    def is_common(self, word: str, zipf_at_least: float = 4.0) -> bool:
        """A lower-case English word frequent enough that a capital is only sentence case."""
        return self.background.get(word, 0.0) >= zipf_at_least


def data_dir() -> Path:
    env = os.environ.get("SIDEBYSIDE_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("SideBySide"))


_PINNED: ContextVar[Lexicon | None] = ContextVar("sidebyside_lexicon", default=None)


@contextmanager
def pinned_lexicon() -> Iterator[Lexicon]:
    """One lexicon for a whole comparison: inside the block, lexicon() returns it without looking
    at the user's term folder again (the stages ask for it tens of thousands of times on a
    long pair, and a file dropped in mid-comparison must not change half of the result)."""
    lex = _PINNED.get()
    if lex is not None:
        yield lex
        return
    token = _PINNED.set(lexicon())
    try:
        yield _PINNED.get()  # type: ignore[misc]
    finally:
        _PINNED.reset(token)


def lexicon() -> Lexicon:
    """The merged lexicon for the current data dir (cached per directory and file set)."""
    pinned = _PINNED.get()
    if pinned is not None:
        return pinned
    user_dir = data_dir() / TERMS_DIR
    try:
        files = tuple(sorted((str(p), p.stat().st_mtime_ns) for p in user_dir.glob("*.json")))
    except OSError:
        files = ()
    return _build(files)


@functools.lru_cache(maxsize=4)
def _build(user_files: tuple[tuple[str, int], ...]) -> Lexicon:
    lex = Lexicon()
    _load_countries(lex, resource(TERMS_DIR).joinpath("countries.tsv").read_text(encoding="utf-8"))
    for name in ("gazetteer.json", "labels.json", "loaded.json", "sources.json", "synonyms.json"):
        _merge(lex, shipped_terms(name), name)
    lists = [
        (entry.name, entry.read_bytes())
        for entry in sorted(resource(TERMS_DIR).iterdir(), key=lambda e: e.name)
        if entry.name.startswith("background") and entry.name.endswith(".tsv")
    ]
    lex.background = cached_background(lists, _merged_background)
    # "background.tsv" is English; "background.ar.tsv" Arabic
    lex.background_languages = frozenset(name.split(".")[1] if name.count(".") == 2 else "en" for name, _ in lists)
    for path, _mtime in user_files:
        try:
            # Bounded: a FIFO, a link to /dev/zero or JSON nested 100,000 deep is skipped, not read.
            data = read_json(path, DEFAULT.user_files.max_term_file_bytes)
            if not isinstance(data, dict):
                raise ValueError("top level is not a JSON object")
            _merge(lex, data, path)
        except (ReadRefused, ValueError, TypeError, KeyError, AttributeError, RecursionError) as err:
            message = f"{display_path(path)}: skipped user term file ({one_line(str(err))})"
            log.warning(message)
            lex.warnings.append(message)
    return lex


def _load_countries(lex: Lexicon, tsv: str) -> None:
    for line in tsv.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", "", ""])[:4]
        country, aliases, demonyms, capitals = cols
        lex.countries[country] = country
        for alias in filter(None, aliases.split(";")):
            lex.countries[alias] = country
        for demonym in filter(None, demonyms.split(";")):
            lex.demonyms[demonym] = country
        names = [c for c in capitals.split(";") if c]
        for capital in names:  # the first spelling is the canonical one ("Kyiv;Kiev")
            lex.places[capital] = names[0]
        if names:
            lex.capital_of[names[0]] = country


def _merged_background(lists: list[tuple[str, bytes]]) -> dict[str, float]:
    lex = Lexicon()
    for _name, data in lists:
        _load_background(lex, data.decode("utf-8"))
    return lex.background


def _load_background(lex: Lexicon, tsv: str) -> None:
    """Merge one language's list (keys folded like tokens; the higher frequency wins).

    Tens of thousands of lines on the first comparison's path: fold the non-ASCII words in one
    call (fold works character by character).
    """
    words, values = read_frequencies(tsv)  # sidebyside.word_frequencies: the one reader of these lists
    wide = [i for i, word in enumerate(words) if not word.isascii()]
    folded = fold("\n".join(words[i] for i in wide)).split("\n") if wide else []
    if len(folded) != len(wide):
        folded = [fold(words[i]) for i in wide]
    for i, key in zip(wide, folded):
        words[i] = key
    background = lex.background
    for key, value in zip(words, values):
        if value > background.get(key, 0.0):
            background[key] = value


def _loaded_context(context: dict[str, Any]) -> dict[str, Any]:
    """Validated loaded_context: each rule is a list of words or an object of term -> words."""
    out: dict[str, Any] = {}
    for key, rules in context.items():
        if key == "about":
            continue
        if isinstance(rules, dict):
            out[key] = {str(term): _strings(words, f"loaded_context.{key}.{term}") for term, words in rules.items()}
        else:
            out[key] = _strings(rules, f"loaded_context.{key}")
    return out


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a list of strings")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be an object")
    return value


def _family_term(term: Any, variant: str | None) -> tuple[str, tuple[str, ...], str]:
    if isinstance(term, str):
        return term, (), variant or term
    name = str(term["term"])
    return name, tuple(_strings(term.get("near", []), "near")), str(term.get("variant") or variant or name)


def _merge(lex: Lexicon, data: dict[str, Any], origin: str) -> None:
    """Merge one terms file; validates everything before changing lex, so a bad file adds nothing."""
    staged: list[tuple[str, Any]] = []
    for key, target in (("places", "places"), ("organisations", "organisations"), ("media", "media"), ("groups", "groups")):
        if key in data:
            staged.append((target, _strings(data[key], key)))
    for key in ("titles", "title_modifiers", "event_nouns", "source_nouns", "company_nouns"):
        if key in data:
            staged.append((key, [s.casefold() for s in _strings(data[key], key)]))
    if "place_names" in data:
        groups = data["place_names"]
        if not isinstance(groups, list):
            raise ValueError("place_names must be a list of lists of names")
        staged.append(("place_names", [_strings(g, "place_names[]") for g in groups if g]))
    for key, target in (("title_synonyms", "title_synonyms_map"), ("event_aliases", "event_aliases_map")):
        if key in data:
            staged.append((target, {str(k).casefold(): str(v).casefold() for k, v in _object(data[key], key).items()}))
    if "demonyms" in data:
        staged.append(("demonyms_map", {str(k): str(v) for k, v in _object(data["demonyms"], "demonyms").items()}))
    if "name_heads" in data:
        heads = _object(data["name_heads"], "name_heads")
        staged.append(("name_heads", {k: _strings(v, f"name_heads.{k}") for k, v in heads.items()}))
    if "natural_features" in data:
        features = _object(data["natural_features"], "natural_features")
        staged.append(("natural_features", _strings(features.get("words", []), "natural_features.words")))
    if "label_families" in data:
        families = []
        for raw in data["label_families"]:
            if not isinstance(raw.get("terms", []), list):
                raise ValueError("terms must be a list")
            terms = [_family_term(t, None) for t in raw.get("terms", [])]
            for variant, members in _object(raw.get("variants", {}), "variants").items():
                if not isinstance(members, list):
                    raise ValueError(f"variant {variant!r} must be a list of terms")
                terms += [_family_term(t, str(variant)) for t in members]
            if not terms:
                raise ValueError(f"label family {raw['id']!r} has no terms")
            families.append(
                LabelFamily(
                    id=str(raw["id"]),
                    entity=str(raw.get("entity", raw["id"])),
                    fallback=str(raw.get("fallback", raw["id"])),
                    terms=tuple(terms),
                    scope=str(raw.get("scope", "any")),
                    plain=frozenset(str(t).casefold() for t in raw.get("plain_terms", ())),
                )
            )
        staged.append(("label_families", families))
    if "loaded_terms" in data:
        loaded = _object(data["loaded_terms"], "loaded_terms")
        staged.append(("loaded_terms", {k: _strings(v, f"loaded_terms.{k}") for k, v in loaded.items()}))
    if "synonym_groups" in data:
        groups = data["synonym_groups"]
        if not isinstance(groups, list):
            raise ValueError("synonym_groups must be a list of lists of words")
        staged.append(("synonym_groups", [[fold(w) for w in _strings(g, "synonym_groups[]")] for g in groups if g]))
    if "loaded_context" in data:
        staged.append(("loaded_context", _loaded_context(_object(data["loaded_context"], "loaded_context"))))

    for target, value in staged:
        if target in ("places", "organisations", "media", "groups"):
            getattr(lex, target).update({v: v for v in value})
        elif target == "demonyms_map":
            lex.demonyms.update(value)
        elif target == "place_names":
            for group in value:
                canonical = lex.countries.get(group[0], group[0])
                for member in group:
                    if member in lex.countries:
                        lex.countries[member] = canonical
                    else:
                        lex.places[member] = canonical
                    lex.contested_names[fold(member)] = canonical
        elif target == "title_synonyms_map":
            lex.title_synonyms.update(value)
        elif target == "event_aliases_map":
            lex.event_aliases.update(value)
            lex.event_nouns.update(value)
        elif target == "name_heads":
            for kind, words in value.items():
                lex.name_heads.setdefault(kind, set()).update(w.casefold() for w in words)
        elif target == "natural_features":
            # a feature's name is a place's: its kind is a place name head too
            lex.natural_features.update(w.casefold() for w in value)
            lex.name_heads.setdefault("place", set()).update(w.casefold() for w in value)
        elif target == "label_families":
            lex.label_families.extend(value)
        elif target == "loaded_terms":
            for category, words in value.items():
                lex.loaded_terms.setdefault(category, []).extend(words)
        elif target == "synonym_groups":
            lex.synonym_groups.extend(value)
        elif target == "loaded_context":
            for key, rules in value.items():
                if isinstance(rules, dict):
                    merged = lex.loaded_context.setdefault(key, {})
                    for term, words in rules.items():
                        merged[term] = [*merged.get(term, []), *words]
                else:
                    lex.loaded_context[key] = [*lex.loaded_context.get(key, []), *rules]
        else:
            getattr(lex, target).update(value)
    del origin

