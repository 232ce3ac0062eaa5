"""Where a name begins and ends: the entity finder's rules that keep a name whole (a body's name
ending in a title, a genus and its species, an adjective opening a longer place's name), that cut
what is glued to it (a listing's position code, a team's town beside "vs.", a platform after its
owner, a street after a body), and that tell a name from words that only look like one (function
words of a headline in title case, a misspelt word opening a sentence); and the slips of the
keyboard the only-in list reads (``typos_of_names``, ``slips_between``).

``NameCuts`` is a mixin of ``entities.EntityFinder``: its methods read the finder's tokens, text,
lexicon and lookups. A name shown "only in A" that is a cut or a glued name tells a student an
outlet left something out when it did not: these rules are written precision first.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from itertools import repeat
from typing import TYPE_CHECKING

from sidebyside.compare.termdata import TERMS_DIR
from sidebyside.name_lists import given_names as every_given_name
from sidebyside.resources import resource
from sidebyside.settings import DEFAULT_ENTITIES, EntitySettings
from sidebyside.wordpattern import alternation

if TYPE_CHECKING:
    from sidebyside.compare.entities import Entity


@functools.cache
def entity_words() -> dict:
    """entities.json, read once for every module that takes a list from it."""
    return json.loads(resource(TERMS_DIR).joinpath("entities.json").read_text(encoding="utf-8"))


_WORDS = entity_words()
# Words that are never names: a capital on them is sentence case.
CLOSED_CLASS = frozenset(
    """a an the this that these those some any each every no all both either neither few many much more most
    other another such what which who whom whose whatever i we you he she it they me us him her them my our
    your his its their and but or nor so yet for if unless although though while whereas because since as
    when whenever where wherever after before until till once than then there here now also still even just
    only not about above across against along amid among around at by down during despite except from in
    inside into like near of off on onto out outside over past per through throughout to toward towards
    under underneath unlike up upon via with within without meanwhile however moreover furthermore besides
    nevertheless nonetheless instead indeed thus hence therefore otherwise likewise similarly earlier later
    today yesterday tomorrow tonight last next first second third finally eventually currently recently
    according following including regarding concerning asked speaking why how""".split()
)
NAME_LINKS = frozenset("of for on the".split())  # only inside organisation/place names
TITLE_ABBREVIATIONS = frozenset(_WORDS["title_abbreviations"])  # "GM Ed Stefanski": a role before a name
_LISTED_CODE = re.compile(r"\n[ \t]*(?:" + alternation(sorted(TITLE_ABBREVIATIONS)) + r") [A-Z][a-z]")  # "TE Jimmy Graham" opening a line
SPECIES_ENDINGS = ("us", "um", "is", "ae", "ii", "ens")  # a species' Latin epithet: "pestis", "aureus", "sapiens"
UNKNOWN_WORD_ZIPF = 1.0  # the floor the word frequencies give a word they do not hold
SENTENCE_CASE_ZIPF = 3.0
PLACE_PART_WORDS = frozenset(_WORDS["place_part_words"])  # "Inner Mongolia": a part, not the country
# the last words of a street's name, written out or short ("Mulberry Street", "Pitkin Ave.")
STREET_ABBREVIATIONS = dict(_WORDS["street_abbreviations"])  # "Pitkin Ave.": Pitkin Avenue
# the last word of a street's name, written in full or short ("42nd Street", "Rodeo Drive", "Main St.")
STREET_WORDS = frozenset(_WORDS["street_words"]) | frozenset(STREET_ABBREVIATIONS)
PLATFORMS = frozenset(_WORDS["platform_names"])  # "the Dunmore Hawks Twitter account": the medium, no part of the name
# closed-class words and the verbs that help others ("We're On It", "Here We Are"): a run of
# capitals made of these alone is a title's or a slogan's words, never a name
FUNCTION_WORDS = CLOSED_CLASS | frozenset(_WORDS["auxiliary_verbs"])
# what stands between two teams, two sides of a case or two fighters ("Seattle vs. New Orleans")
_VERSUS_HINT = re.compile(r"vs?\.? |versus ")  # a gate that opens on a letter: found at C speed
_TEAM_KINDS = frozenset({"place", "other"})
_BODY_KINDS = frozenset({"organisation", "other", "place"})  # a street after it may have typed it a place


class NameCuts:
    """The cuts and glues of ``EntityFinder`` (see the module docstring)."""

    entity_settings: EntitySettings = DEFAULT_ENTITIES  # (EntityFinder gives its NamingSettings.entities)

    # ---------------------------------------------------------------- kept whole

    def _species_after(self, i: int) -> bool:
        """A rare capitalised word no known name, then a lower-case word of Latin form that is no
        English word ("Yersinia pestis", "Plasmodium falciparum"): a genus and its species, written
        the binomial way; the lower-case word belongs to the name."""
        tokens = self.tokens
        genus, species = tokens[i], tokens[i + 1]
        norm = species.norm
        return (species.gap == " " and not species.cap and len(norm) >= 4 and norm.isalpha()
                and norm.endswith(SPECIES_ENDINGS) and self.lex.zipf(norm) <= UNKNOWN_WORD_ZIPF
                and not genus.text.isupper() and genus.text.isalpha() and len(genus.text) >= 4
                and self.lex.zipf(genus.norm) < SENTENCE_CASE_ZIPF
                and genus.norm not in every_given_name() and genus.norm not in self.look.title_words
                and not self.look.gazetteer.match_at(tokens, i))

    def _place_opened_by_word(self, k: int, hit: tuple, j: int) -> int:
        """A word before a known place that opens a longer place's name: the end of that name,
        else 0. A word of a place's part ("Inner Mongolia", "Upper Nile", "Lower Saxony": never the
        country or the river itself), or any common word (an adjective) when the run goes on
        into a place's head ("Inner Mongolia Autonomous Region")."""
        tokens = self.tokens
        n, (kind, _canonical, _via) = hit
        tok = tokens[k]
        if kind != "place" or tok.gap == "-" or tok.text.isupper():
            return 0
        if (k + 1 + n < j and self._head_kind(tokens[j - 1].norm) == "place"
                and tok.norm not in every_given_name()
                and tok.norm not in self.look.title_words and self.lex.is_common(tok.norm, SENTENCE_CASE_ZIPF)
                and not self._has_title(k, j)):
            return j
        if tok.norm in PLACE_PART_WORDS and tokens[k + 1].gap == " ":
            return k + 1 + n
        return 0

    def _title_ends_a_body(self, k: int, m: int, j: int) -> bool:
        """Title words from m to the run's end j that close a body's name: a field that is also a
        title word after the body's head and a link ("Texas Department of Criminal Justice"), or
        a whole title that is the object of the link ("Office of the Attorney General", "Office of
        the Inspector General"). No name follows to hold the title, so it is not cut off; a title
        after the body's name with no link before it ("the Department of Justice Inspector
        General") stays a title of its own."""
        tokens = self.tokens
        if m == j - 1 and tokens[m].norm in self._field_words and any(
                not tokens[p + 1].cap and tokens[p + 1].norm in NAME_LINKS and self._head_kind(tokens[p].norm) == "organisation"
                for p in range(k, m - 1)):
            return True
        if self._title_end(m, j) != j:
            return False
        title_words, fields = self.look.title_words, self._field_words
        p = m
        while p > k and tokens[p - 1].cap and tokens[p - 1].norm in title_words and tokens[p - 1].norm not in fields:
            p -= 1  # back to the title's first word ("Attorney" of "Attorney General"); a field
            # word before it may end the body's name ("Department of Justice Inspector General")
        q = p
        while q > k and not tokens[q - 1].cap and tokens[q - 1].norm in NAME_LINKS:
            q -= 1  # over "of the"
        return k < q < p and self._head_kind(tokens[q - 1].norm) == "organisation"

    @functools.cached_property
    def _field_words(self) -> frozenset[str]:
        """The title modifiers of one word ("justice", "health"), as in "Justice Minister"."""
        return frozenset(w for w in self.lex.title_modifiers if " " not in w)

    # ---------------------------------------------------------------- glued on

    def _listed_position_letter(self, m: int) -> bool:
        """A single capital letter opening a line before a given name ("S Malcolm Jenkins") in a
        text where another line opens with a role's or a position's code before a name ("TE Jimmy
        Graham"): a listing's code (a safety, a kicker), not the person's initial."""
        tokens = self.tokens
        tok = tokens[m]
        if (len(tok.text) != 1 or not tok.text.isupper() or m == 0 or "\n" not in tok.gap
                or m + 1 >= len(tokens) or tokens[m + 1].gap != " " or tokens[m + 1].norm not in every_given_name()):
            return False
        if self._listing_codes is None:
            self._listing_codes = _LISTED_CODE.search(self.text) is not None
        return self._listing_codes

    def _platform_after_name(self, i: int, j: int) -> int:
        """Where run i..j ends its name: before a platform's name that closes it ahead of a word in
        lower case ("the Dunmore Hawks Twitter account", "his YouTube channel"): the platform is
        where the name's owner posts, no word of the name; else j."""
        tokens = self.tokens
        if j - i >= 2 and tokens[j - 1].text in PLATFORMS and j < len(tokens) and not tokens[j].cap \
                and tokens[j].gap == " " and tokens[j - 1].gap == " ":
            return j - 1
        return j

    def _bodies_on_streets(self, raw: list[Entity]) -> list[Entity]:
        """"the Triangle Civic Association on Mulberry Street": "on" links a body's name to the
        street it stands on, no word of a name ("Committee on Foreign Relations" keeps its own):
        the body and the street, two names."""
        linked = [e for e in raw if " on " in e.text]  # (most names hold none: one pass, no call a name)
        if not linked:
            return raw
        # (imported here: entities imports this module)
        from sidebyside.compare.entities import name_key

        out = []
        for e in raw:
            split = None
            if " on " in e.text and e.via == "name" and e.kind in _BODY_KINDS:
                body, street = e.text.rsplit(" on ", 1)
                words = street.split()
                last = words[-1].rstrip(".").casefold()
                if (len(words) >= 2 and last in STREET_WORDS and words[0][:1].isupper()
                        and self._head_kind(body.rsplit(" ", 1)[-1].casefold()) == "organisation"):
                    split = body, street, " ".join([*words[:-1], STREET_ABBREVIATIONS.get(last, last)])
            if split is None:
                out.append(e)
                continue
            body, street, street_full = split
            entity_type = type(e)
            out.append(entity_type(e.start, e.start + len(body), body, "organisation", name_key(body), body, e.via))
            out.append(entity_type(e.end - len(street), e.end, street, "place", name_key(street_full), street, e.via))
        return out

    def _towns_for_teams(self, raw: list[Entity]) -> list[Entity]:
        """"Seattle vs. New Orleans", "England v France": a place's name on either side of "vs."
        between two names stands for a team or a side, no place. When the text names one team
        whose name opens with it ("the New Orleans Saints"), it is that team; else it is an
        organisation of its own name, which the other article's longer team name can take. A
        person's name ("Ali vs. Frazier", "Roe v. Wade") is left alone."""
        ends, starts = self._beside_versus()
        if not ends and not starts:
            return raw  # (most texts hold no "vs.")
        hits = [x for x, e in enumerate(raw) if e.end in ends or e.start in starts]
        if not hits:
            return raw
        teams: dict[str, str | None] = {}
        for e in raw:
            if e.via == "name" and " " in e.key and (e.kind == "organisation" or e.kind == "other" and self._team_plural(e)):
                town = e.key.rsplit(" ", 1)[0]
                teams[town] = e.key if teams.get(town, e.key) == e.key else None  # one team a town
        out = list(raw)
        for x in hits:
            e = raw[x]
            if e.kind in _TEAM_KINDS and e.via == "name" and (e.kind == "place" or e.key in teams):
                out[x] = type(e)(e.start, e.end, e.text, "organisation", teams.get(e.key) or e.key, e.name, e.via)
        return out

    @staticmethod
    def _team_plural(e: Entity) -> bool:
        """A name ending in a capitalised plural ("Kansas City Chiefs"): a team's shape."""
        last = e.text.rsplit(" ", 1)[-1]
        return len(last) > 3 and last[0].isupper() and last.endswith("s") and not last.endswith("ss") and not last.isupper()

    def _beside_versus(self) -> tuple[set[int], set[int]]:
        """Where a name before "vs." ends and where one after it starts, when names stand on both
        sides ("Seattle vs. New Orleans"): two sets of offsets."""
        text = self.text
        ends: set[int] = set()
        starts: set[int] = set()
        for match in _VERSUS_HINT.finditer(text):
            at = match.start()
            if at == 0 or text[at - 1] != " ":
                continue  # ("Kiev ", "Vs.": a word's end, no "vs." of its own)
            before = at - 1
            while before > 0 and text[before - 1] == " ":
                before -= 1
            after = match.end()
            while after < len(text) and text[after] == " ":
                after += 1
            if before > 0 and text[before - 1].isalnum() and after < len(text) and text[after].isupper():
                ends.add(before)
                starts.add(after)
        return ends, starts

    # ---------------------------------------------------------------- no name at all

    @staticmethod
    def _function_words_only(words: list) -> bool:
        """A run of two or more capitalised words that are all closed-class words or auxiliary
        verbs ("On It" of "'Meth. We're On It.'", "Here We Are"): a headline's or a slogan's
        words in title case, no name."""
        return all(w.norm in FUNCTION_WORDS for w in words)

    def _misspelt_word(self, k: int) -> bool:
        """A word opening a sentence, alone, before a function word, that no word list knows and
        that is one slip from a common English word ("Remaning on the team are" for "remaining"):
        the word misspelt, no name. Not a given name, nor a word the text capitalises
        mid-sentence (a name written so is one); a name before a speech verb is never read so."""
        tokens = self.tokens
        norm = tokens[k].norm
        if k + 1 >= len(tokens) or tokens[k + 1].norm not in FUNCTION_WORDS or tokens[k + 1].cap:
            return False  # read only before a function word ("Remaning on the team"), as such a slip mostly is
        if len(norm) <= self.entity_settings.name_slip_min_letters or not norm.isalpha() or norm in every_given_name() \
                or self.lex.zipf(norm) > UNKNOWN_WORD_ZIPF:
            return False
        frequencies, at_least = self.lex.background, self.entity_settings.misspelt_word_zipf
        return max(map(frequencies.get, likely_slip_words(norm), repeat(0.0))) >= at_least

    def _unknown_name_word(self, key: str) -> bool:
        return key.isalpha() and self.lex.zipf(key) <= UNKNOWN_WORD_ZIPF and key not in every_given_name()


def typos_of_names(raw: list[Entity], lex, settings: EntitySettings = DEFAULT_ENTITIES) -> dict[str, str]:
    """A one-word name no word list knows, written once, one slip of the keyboard away from
    another one-word name of the same text ("Browsnville" after "Brownsville": two letters
    swapped, one dropped or one added, the first letter kept): one referent misspelt once (key ->
    the key of the name written right: the one the word lists know, else the one written first).
    A known word or a given name is never taken for a slip, nor a plural ("the Klitschkos" beside
    "Klitschko"). Read by the only-in list, not by the naming chains: a slip is no other name."""
    min_letters = settings.name_slip_min_letters
    counts = Counter([e.key for e in raw if e.via == "name"])
    once = [key for key, count in counts.items() if count == 1 and " " not in key and len(key) >= min_letters and key.isalpha()]
    if not once:
        return {}
    frequencies, given = lex.background, every_given_name()
    once = [key for key, zipf in zip(once, map(frequencies.get, once, repeat(0.0)))
            if zipf <= UNKNOWN_WORD_ZIPF and key not in given]
    if not once or len(once) > settings.name_slip_max_names:
        return {}  # (none, or a roster of unknown names: see EntitySettings)
    slips = slips_between(once, [key for key in counts if " " not in key], min_letters)
    if not slips:
        return {}
    first_at: dict[str, int] = {}
    for e in raw:
        first_at.setdefault(e.key, e.start)
    unknown_once = set(once)
    fixes: dict[str, str] = {}
    for key, other in slips.items():
        if other in fixes:
            continue
        if other in unknown_once and first_at[other] > first_at[key]:
            continue  # the name written first is taken as written right: this one is the other's
        fixes[key] = other
    return fixes


def slips_between(sources, targets, min_letters: int) -> dict[str, str]:
    """Each source word's one target that it is a slip of (see one_slip; targets at least
    min_letters long), when it has one only. Two words one slip apart keep their first two
    and last two letters, or their first four and their length within one: words are grouped so,
    and only words of one group are compared."""
    ends: dict[tuple[str, str], list[str]] = {}
    starts: dict[tuple[str, int], list[str]] = {}
    for word in sources:
        ends.setdefault((word[:2], word[-2:]), []).append(word)
        starts.setdefault((word[:4], len(word)), []).append(word)
    found: dict[str, str | None] = {}
    for target in targets:
        size = len(target)
        if size < min_letters:
            continue
        head = target[:4]
        group = ends.get((target[:2], target[-2:]))
        near = [word for word in group if -1 <= len(word) - size <= 1] if group else []
        for length in (size - 1, size, size + 1):
            near += starts.get((head, length), ())
        for word in near:
            if word != target and found.get(word, target) is not None and one_slip(word, target):
                found[word] = target if found.get(word, target) == target else None  # two targets: none
    return {word: target for word, target in found.items() if target}


def typo_target(word: str, candidates, min_letters: int = DEFAULT_ENTITIES.name_slip_min_letters) -> str | None:
    """The one candidate that ``word`` is a slip of, else None."""
    return slips_between([word], candidates, min_letters).get(word)


def one_slip(x: str, y: str) -> bool:
    """x and y differ by two adjacent letters swapped, or by one letter dropped or added."""
    size = len(x)
    if size == len(y):
        i = 0
        while i < size and x[i] == y[i]:
            i += 1
        return i + 1 < size and x[i] == y[i + 1] and x[i + 1] == y[i] and x[i + 2:] == y[i + 2:]
    short, long = (x, y) if size < len(y) else (y, x)
    if long[-1] == "s" and long[:-1] == short:
        return False  # a plural or a family ("Klitschkos"), no slip
    i = 0
    size = len(short)
    while i < size and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


_VOWELS = "aeiouy"


def likely_slip_words(word: str) -> list[str]:
    """The words ``word`` most likely misspells by one slip (first letter kept): two adjacent
    letters swapped, one letter dropped, or a vowel or a doubled letter left out ("Remaning" for
    "remaining"): a bounded handful of forms, not every letter at every place."""
    size = len(word)
    forms = [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, size - 1)]
    forms += [word[:i] + word[i + 1:] for i in range(1, size)]
    forms += [word[:i] + ch + word[i:] for i in range(1, size + 1) for ch in _VOWELS]
    forms += [word[:i] + word[i - 1] + word[i:] for i in range(1, size + 1)]
    return forms
