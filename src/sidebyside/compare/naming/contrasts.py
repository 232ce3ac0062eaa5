"""Label contrasts: the chains both articles mention whose label sets differ, ranked by how
telling the difference is."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import NamedTuple

from sidebyside.compare.entities import title_vocabulary
from sidebyside.compare.naming.chain_tools import _ORGANISATION_TAILS
from sidebyside.compare.naming.chains import ArticleChains, Ref, label_of
from sidebyside.compare.naming.pairing import _initials
from sidebyside.compare.naming.shaping import _counts, _display, _kind, _mention
from sidebyside.compare.distinctive import number_words
from sidebyside.compare.naming.words import _MILITARY, _NUMBERED, _RANKING, NamingVocabulary, evaluative_words, vocabulary
from sidebyside.compare.nouns import nouns
from sidebyside.compare.termdata import LabelFamily, Lexicon, naming_data
from sidebyside.compare.text import POSSESSIVE_DETERMINERS, fold
from sidebyside.compare.times import other_parts_of_day, same_day_in_other_words, time_label
from sidebyside.model import LabelContrast, LabelCount
from sidebyside.settings import DEFAULT, NamingSettings
from sidebyside.compare.tokens import singular
from sidebyside.resources import gendered_given_names


def label_contrasts(
    sides: tuple[ArticleChains, ArticleChains],
    maps: tuple[dict[str, str], dict[str, str]],
    lex: Lexicon,
    generic: frozenset[str] = frozenset(),
    settings: NamingSettings = DEFAULT.compare.naming,
    role_words: frozenset[str] = frozenset(),
    texts: tuple[str, str] | None = None,
) -> list[LabelContrast]:
    """Every chain both articles mention whose label sets differ, most telling first.
    generic: role nouns too vague for a chain of descriptions alone ("the man"); role_words:
    title and role words, whose presence on one side only is a title difference, not a short form;
    texts: the two articles' bodies (Article.text), where a mention is seen cut inside a word."""
    grouped: list[dict[str, list[Ref]]] = [{}, {}]
    for side in (0, 1):
        for r in sides[side].refs:
            grouped[side].setdefault(maps[side].get(r.chain, r.chain), []).append(r)
    loaded = _loaded_words(lex)
    canon = _canonical_words(lex)
    written = [_written_labels(s.written, canon) for s in sides]
    memo: dict[tuple[str, bool], str] = {}  # (text, proper) -> label, for this call: a name is mentioned many times
    cues = _TellingCues.of(lex)  # the word sets every chain's difference is weighed by, built once
    form_weights = dict(settings.form_weights)
    out = []
    for key, refs_a in grouped[0].items():
        refs_b = grouped[1].get(key)
        if not refs_b:
            continue
        refs_a, refs_b = _without_lone_military(refs_a, refs_b, sides)
        if not any(r.field == "text" for r in refs_a) or not any(r.field == "text" for r in refs_b):
            continue  # named only in a headline on one side: too little to compare
        described_only = not key.startswith("venue:") and not any(r.form != "description" for r in refs_a + refs_b)
        labels = [_labels(refs, canon, memo) for refs in (refs_a, refs_b)]
        if not labels[0] or not labels[1]:
            continue
        for side in (0, 1):
            # a name one side links to the chain and the other writes without linking it
            # ("Nichols" after "Brian Nichols"): both articles use it, no difference to show
            for label, form in labels[side].items():
                if form in ("name", "short") and label not in labels[1 - side] and label in written[1 - side]:
                    labels[1 - side][label] = "unlinked"
        la, lb = set(labels[0]), set(labels[1])
        if la == lb or _hedged_alike(la, lb):
            continue
        if key.startswith("time:") and other_parts_of_day([r.text for r in refs_a], [r.text for r in refs_b]):
            continue  # "Monday morning" / "Monday afternoon": maybe two events of the day, no naming
        if _seat_against_country((refs_a, refs_b), sides) or _seat_in_both((refs_a, refs_b), labels):
            continue
        telling, category = _telling(labels, (refs_a, refs_b), loaded, lex, canon, role_words, form_weights,
                                     settings.evaluative_bonus, cues, memo)
        if described_only and {r.head.rsplit(" ", 1)[-1] for r in refs_a if r.head} == {
            r.head.rsplit(" ", 1)[-1] for r in refs_b if r.head
        } and not _one_side_evaluates(labels, lex) and not _one_side_presumes(labels) and (
                not settings.same_noun_contrasts or _maybe_two_of_one_noun(key, (refs_a, refs_b), sides, maps, texts)):
            # one noun, other words around it ("the suspect" / "the 29-year-old suspect"): shown
            # (settings.same_noun_contrasts) unless the words may tell two things of that noun
            # apart ("the first ship" / "the second ship", "the old bridge" / "the new bridge")
            continue
        if key.startswith("time:") and same_day_in_other_words([r.text for r in refs_a], [r.text for r in refs_b]):
            # "tonight" / "Tuesday", "Tuesday evening" / "Tuesday": one day in other words, no
            # framing; kept, said so and ranked last (a teacher may point out it tells nothing)
            telling, category = dict(settings.form_weights).get("same day", 0.05), "same day"
        if telling < settings.min_telling:
            continue
        if described_only and category == "short form" and _one_side_presumes(labels):
            category = "description"  # "the suspected gunman" / "the gunman": a hedge, not a shorter name
        out.append(
            LabelContrast(
                entity=_display(refs_a + refs_b, key),
                a=tuple(_mention(r) for r in refs_a if r.field == "text"),
                b=tuple(_mention(r) for r in refs_b if r.field == "text"),
                category=category,
                kind=_kind(refs_a + refs_b),
                labels=tuple(tuple(_counts(refs)) for refs in (refs_a, refs_b)),
                telling=round(telling, 3),
                headings=tuple(tuple(_mention(r) for r in refs if r.field != "text") for refs in (refs_a, refs_b)),
            )
        )
    out.sort(key=lambda c: (-c.telling, c.entity))
    return out



def _maybe_two_of_one_noun(key: str, side_refs: tuple[list[Ref], list[Ref]],
                           sides: tuple[ArticleChains, ArticleChains], maps: tuple[dict[str, str], dict[str, str]],
                           texts: tuple[str, str] | None = None) -> bool:
    """Whether two chains of descriptions of one noun, joined across the pair, may be two things
    of that noun rather than one named two ways: every mention indefinite ("a school" / "a nearby
    school": is one meant at all?); one article all plural, the other all singular ("the
    buildings" / "the building"); an article that gives the noun to another referent of its own
    ("the trial" beside another chain's "the second trial"); or two mentions, on one side or across,
    that set their things apart by number or ordinal ("the first ship" / "the second ship", "the
    2004 tsunami" / "the 2011 tsunami"), by a name written in them ("the Texas jury" / "the Ohio
    jury", "the March vote" / "the May vote") or by a modifier whose partner the other writes
    ("the old bridge" / "the new bridge", naming.json contrasting_modifiers); one side only that
    writes a word telling a past holder ("the former champion" / "the champion": the former is
    not the one who holds it now); one side that only introduces the thing, never refers back to
    it ("a desk" / "the reception desk": which desk?); a mention cut inside a word ("the trial
    of 16" of "16-year-old"); words that differ only by an age or a count ("the suspect" / "the
    29-year-old suspect": a detail, no other name); or a relation whose owner the two sides do not
    write alike ("the father of the child" / "The father"). A guess either way: no contrast is
    shown then, as none was before."""
    refs = [r for rs in side_refs for r in rs if r.field == "text"]
    if any(all(_indefinite(r) for r in rs if r.field == "text") for rs in side_refs):
        return True
    if texts is not None and any(_cut_inside_a_word(r, texts[side]) for side, rs in enumerate(side_refs)
                                 for r in rs if r.field == "text"):
        return True
    past = _past_holder_words()
    side_words = [{w for r in rs if r.field == "text" for w in _WORD_RE.findall(fold(r.core))} for rs in side_refs]
    differing = side_words[0] ^ side_words[1]
    if differing & past:
        return True
    if all(w.isdigit() or w in _number_words() or w in _AGE_WORDS for w in differing):
        return True  # "the suspect" / "the 29-year-old suspect": an age or a count, a detail, no other name
    heads = {r.head.rsplit(" ", 1)[-1] for r in refs if r.head}
    if heads & vocabulary().kin:
        # "the father of the child" / "The father": a relation is someone's, and whose the two
        # sides must say alike ("her daughter" / "her youngest daughter")
        owners = {(_WORD_RE.findall(fold(r.text)) or [""])[0] for r in refs}
        if len(owners) != 1 or not owners <= POSSESSIVE_DETERMINERS or any(r.tail for r in refs):
            return True
    plural = [{sides[side].described[r.chain].plural for r in rs if r.chain in sides[side].described}
              for side, rs in enumerate(side_refs)]
    if len(plural[0]) == 1 and len(plural[1]) == 1 and plural[0] != plural[1]:
        return True
    for side in (0, 1):
        own = sides[side]
        if any(info.head in heads and maps[side].get(c, c) != key for c, info in own.described.items()):
            return True
    marks = [_distinguishers(r) for r in refs]
    partners = _contrasting_modifiers()
    for n, (numbers, names, words) in enumerate(marks):
        for other_numbers, other_names, other_words in marks[n + 1:]:
            if numbers and other_numbers and not numbers & other_numbers:
                return True
            if names and other_names and not names & other_names:
                return True
            if any(partners.get(w, frozenset()) & other_words for w in words):
                return True
    return False


def _distinguishers(r: Ref) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a description writes that may set its thing apart from another of its noun: its
    numbers and ordinals, the names written in it (capitalised words after its first), its words."""
    tokens = _WORD_RE.findall(r.core)
    words = frozenset(fold(t) for t in tokens)
    numbers = frozenset(w for w in words if w.isdigit() or w in _number_words() or w in _RANKING or _NUMBERED.fullmatch(w))
    names = frozenset(fold(t) for t in tokens[1:] if t[:1].isupper() and not t.isdigit())
    return numbers, names, words


_WORD_RE = re.compile(r"[^\W_]+")


def _indefinite(r: Ref) -> bool:
    return r.text.lower().startswith(("a ", "an "))


def _cut_inside_a_word(r: Ref, text: str) -> bool:
    """Whether the body goes on with a hyphen or a letter right after the mention ("the trial of
    16" of "the trial of 16-year-old Jermayne Timmons"): a fragment that reads as something else."""
    if r.end >= len(text) or text[r.start:r.end] != r.text:
        return False
    nxt = text[r.end]
    return nxt.isalnum() or nxt in "-\u2010\u2011"


_POSSESSOR_END = re.compile(r"(?<=\w)['’]s\b")
_AGE_WORDS = frozenset("year years old aged".split())  # "29-year-old", "aged 29"


@functools.lru_cache(maxsize=1)
def _past_holder_words() -> frozenset[str]:
    return frozenset(naming_data()["contrasting_modifiers"]["past_holder"])


@functools.lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return number_words() - {"one"}  # "one" is no count in "the one suspect" / "one of the suspects"


@functools.lru_cache(maxsize=1)
def _contrasting_modifiers() -> dict[str, frozenset[str]]:
    """Each word of naming.json's contrasting_modifiers -> its partners ("old" -> "new")."""
    out: dict[str, set[str]] = {}
    for a, b in naming_data()["contrasting_modifiers"]["pairs"]:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {w: frozenset(p) for w, p in out.items()}


def _military(r: Ref) -> bool:
    """"Israeli forces", "the Russian army": a country told by its military (descriptions.py)."""
    return r.form == "description" and r.kind == "place" and r.text.rsplit(" ", 1)[-1].lower() in _MILITARY


def _without_lone_military(refs_a: list[Ref], refs_b: list[Ref],
                           sides: tuple[ArticleChains, ArticleChains]) -> tuple[list[Ref], list[Ref]]:
    """A country's military is a group of the country, not the country: it stands for the country
    only when the other article tells of a military too (a military action both report: "Israeli
    forces" / "Israel", "the forces"). When one article alone writes of one ("US officials said
    American forces had launched a rescue mission" beside the other's "the US"), it is no label of
    the country there (reader29)."""
    kept = []
    for side, refs in enumerate((refs_a, refs_b)):
        if sides[1 - side].military or not any(map(_military, refs)):
            kept.append(refs)
        else:
            kept.append([r for r in refs if not _military(r)])
    return kept[0], kept[1]


def _seat_against_country(side_refs: tuple[list[Ref], list[Ref]], sides: tuple[ArticleChains, ArticleChains]) -> bool:
    """"The White House ordered" on one side, "the United States' mysteries" on the other: the
    government against the country as a place, not two names of one referent. A country the
    other article writes as an actor ("Russia said" / "the Kremlin said") is its government."""
    for side in (0, 1):
        mine, theirs = side_refs[side], side_refs[1 - side]
        if (all(r.form == "metonym" for r in mine) and not any(r.form == "metonym" for r in theirs)
                and not any(r.chain in sides[1 - side].acting for r in theirs)):
            return True
    return False


def _seat_in_both(side_refs: tuple[list[Ref], list[Ref]], labels: list[dict[str, str]]) -> bool:
    """One side names the referent only by a seat or capital standing for its government ("the
    White House"), which the other side writes too, beside the country's name ("the US", "the
    White House"): the president's office is not the country's people, and the only difference
    is a name the first side never uses, no other name for the same thing."""
    for side in (0, 1):
        if all(r.form == "metonym" for r in side_refs[side]) and set(labels[side]) <= set(labels[1 - side]):
            return True
    return False


def _labels(refs: list[Ref], canon: dict[str, str], memo: dict[tuple[str, bool], str] | None = None) -> dict[str, str]:
    """Canonical label -> form of its first mention (labels empty after normalising dropped).
    Canonical: one spelling per title and nationality ("premier" = "prime minister", "Russian"
    = "Russia's"), so that a house style is not taken for a naming difference."""
    out: dict[str, str] = {}
    for r in refs:
        label = time_label(r.text) if r.form == "time" else _ref_label(r, canon, memo)
        if label:
            out.setdefault(label, r.form)
    return out


_PROPER = frozenset({"name", "short", "alias"})
_NAMING_FORMS = frozenset({"name", "short", "title", "alias", "metonym", "unlinked"})  # forms that write a name


def _ref_label(r: Ref, canon: dict[str, str], memo: dict[tuple[str, bool], str] | None = None) -> str:
    """A mention's canonical label; a proper name keeps its words ("American Medical
    Association" is no "United States ...", whose initials would not be those of "AMA").
    memo: the labels found so far in one label_contrasts call (one canon), by text and properness."""
    proper = r.form in _PROPER
    if memo is None:
        return canonical_label(r.text, {} if proper else canon)
    label = memo.get((r.text, proper))
    if label is None:
        label = memo[(r.text, proper)] = canonical_label(r.text, {} if proper else canon)
    return label


def canonical_label(text: str, canon: dict[str, str]) -> str:
    """The label compared across the articles: one spelling per title and nationality, the
    last noun singular ("doors" = "door": one outlet's plural is no other name)."""
    words = [canon.get(w, w) for w in label_of(text).split()]
    if words:
        words[-1] = nouns().lemma(words[-1]) or words[-1]
    return " ".join(words)


def _written_labels(written: set[str], canon: dict[str, str]) -> set[str]:
    """canonical_label of each name written, with canon and without: one label_of a name, and
    one label when no word of it has a canonical form (most names)."""
    out = set()
    lemma = nouns().lemma
    for text in written:
        words = label_of(text).split()
        canonical = [canon.get(w, w) for w in words]
        for label in (canonical, words) if canonical != words else (words,):
            label = list(label)
            if label:
                label[-1] = lemma(label[-1]) or label[-1]
            out.add(" ".join(label))
    return out


def _canonical_words(lex: Lexicon) -> dict[str, str]:
    cached = lex.derived.get("naming_canon")
    if cached is None:
        cached = {}
        for demonym, country in lex.demonyms.items():
            if " " not in demonym:
                cached[fold(demonym)] = label_of(country)
        for word, same in lex.title_synonyms.items():
            if " " not in word:
                cached[word] = same
        for word in _MILITARY:
            cached[word] = "forces"  # "Russian troops" = "Russian forces": one variant
        heads = title_vocabulary(lex)[1] | {w for w, kind in vocabulary().roles.items() if kind == "person"}
        for word in heads:
            one = singular(word)
            if one != word and one in heads:
                # "Washington Post reporters Bob Woodward (and Carl Bernstein)" = "reporter Bob Woodward"
                cached.setdefault(word, cached.get(one, one))
        lex.derived["naming_canon"] = cached
    return cached


def _telling(labels: list[dict[str, str]], side_refs: tuple[list[Ref], list[Ref]], loaded: frozenset[str],
             lex: Lexicon, canon: dict[str, str], role_words: frozenset[str],
             form_weights: dict[str, float], evaluative_bonus: float = 0.3,
             cues: _TellingCues | None = None, memo: dict[tuple[str, bool], str] | None = None) -> tuple[float, str]:
    """How much the difference tells a reader, and what kind of difference it is (cues:
    _TellingCues.of(lex), built once for a loop over chains)."""
    la, lb = labels
    refs = side_refs[0] + side_refs[1]
    heads = {_ref_label(r, canon, memo): _role_noun(r) for r in refs}
    side_heads = [{_role_noun(r) for r in rs} - {None} for rs in side_refs]
    best, category = 0.0, "naming"
    if cues is None:
        cues = _TellingCues.of(lex)
    vocab = cues.vocab
    evaluative = cues.evaluative
    anaphors = cues.anaphors
    for mine, theirs, their_heads in ((la, lb, side_heads[1]), (lb, la, side_heads[0])):
        for label, form in mine.items():
            if label in theirs:
                continue
            words = set(label.split())
            original = form
            if form in ("name", "short", "title") and any(
                (words <= set(t.split()) or set(t.split()) <= words)
                and not ((words ^ set(t.split())) - _nationality_words(label, t, cues.countries) - _ORGANISATION_TAILS) & role_words
                and theirs[t] in _NAMING_FORMS for t in theirs
            ):
                # "Cheeks" / "Maurice Cheeks": a short form, not another name (never a name set
                # against a role alone: "Chief executive Mara Lind" / "the chief executive" is
                # one outlet naming her, the other not)
                form = "short"
                if " " not in label and label in gendered_given_names() and any(
                        t.startswith(label + " ") and label not in t.split()[1:] for t in theirs):
                    # "Matt" / "Matt Smith", "Smith": one outlet calls him by his first name
                    # alone, the other never (a familiarity a reader notices), ranked as a name
                    # written another way (a form with no weight of its own: 0.4)
                    form = "first name"
            if form in ("description", "role") and label in cues.countries and any(
                    words <= set(t.split()) and theirs[t] in _NAMING_FORMS for t in theirs):
                # "the American" / "American Hasim Rahman": the other outlet gives the same nationality
                form = "short"
            if form in ("description", "role", "title") and heads.get(label) in their_heads:
                # "the judge" / "Superior Court Judge James Bodiford", "a court reporter" /
                # "reporter Julie Ann Brandau": the other outlet gives the same role
                form = "short"
            if (" " not in label and any(label in _acronyms(t) for t in theirs)) or (
                    " " in label and any(" " not in t and t in _acronyms(label) for t in theirs)) or any(
                    _acronym_prefixed(label, t) or _acronym_prefixed(t, label) for t in theirs):
                form = "alias"  # "DNC" / "Democratic National Committee", either side spelling it out
            charged = (words - {w for t in theirs for w in t.split()}) & evaluative
            if form in ("description", "role") and (label in anaphors or label in vocab.generic
                                                    or _class_of_shared_name(heads.get(label), mine, theirs)) and _names_it(mine, theirs):
                # "the state" for Alabama, "the company" for Microsoft, "the man" for Felt: the
                # class of what both name, a reference back, not a way of labelling it; so is
                # "an Oregon bank" where both write "West Coast Bank" (a detail, no other name)
                form = "anaphor"
            if original in ("name", "title", "short") and form in ("name", "title", "short") and not any(
                f in _NAMING_FORMS for f in theirs.values()
            ):
                # one outlet names the person, the other only describes them (by the same role
                # too: "Chief executive Mara Lind", "Lind" / "the chief executive" never names her)
                form = "named"
            if form in ("description", "role") and not (words & (loaded | evaluative)) and _plain_variant(
                    label, theirs, cues.same_words):
                # "A large fire" / "the fire", "the blaze": a size, or the plain synonym of a
                # noun the other writes, is no other name for the thing (ranked last)
                form = "variant"
            weight = form_weights.get(form, 0.4)
            if words & loaded:
                weight += 0.5
            elif charged and original in ("description", "role", "title"):
                # "the infamous secret source" / "the shadowy source": one noun, but an evaluative
                # word only one outlet uses (the same role as the other's is no short form then)
                form = original
                weight = form_weights.get(form, 0.4) + evaluative_bonus
            if weight > best:
                best, category = weight, _CATEGORY[form]
    one_sided = set(la) ^ set(lb)
    if any(fold(r.text) in lex.contested_names for r in refs if _ref_label(r, canon, memo) in one_sided):
        category = "place name"
    leader = cues.leader
    if leader is not None and category in ("title", "role", "description"):
        words = cues.leader_words
        heads = {r.head.rsplit(" ", 1)[-1] for r in refs
                 if r.head and r.head != "of" and _ref_label(r, canon, memo) in one_sided}
        if len(heads) > 1 and heads & words and (heads & (words - leader.plain) or _of_a_country(
                {_ref_label(r, canon, memo) for r in refs} & one_sided, cues.countries)):
            # "President Assad" / "the Syrian leader", "the Syrian dictator": how a country's head
            # is named is contested; a union's "president" / "its leader" is plain English (reader31)
            category = leader.id
    extra = len(set(la) ^ set(lb)) - 1
    return best + min(extra, 5) * 0.02, category


def _of_a_country(labels: set[str], countries: frozenset[str]) -> bool:
    """Whether a label names a country's head ("syria president bashar al-assad", "the leader of
    syria"): a country's label among its words."""
    return any(f" {country} " in f" {label} " for label in labels for country in countries)


class _TellingCues(NamedTuple):
    """The word sets _telling weighs a difference by (the same for every chain of a pair)."""

    vocab: NamingVocabulary
    evaluative: frozenset[str]
    anaphors: frozenset[str]  # nouns that refer back to a named thing ("the company", "the state")
    leader: LabelFamily | None  # the family of a person's leading titles
    leader_words: frozenset[str]
    countries: frozenset[str]  # the labels of countries a nationality stands for ("united states" of "American")
    same_words: dict[str, str]  # a size word -> "", a plain synonym of an event noun -> its group's first

    @classmethod
    def of(cls, lex: Lexicon) -> _TellingCues:
        vocab = vocabulary()
        leader = next((f for f in lex.label_families if f.scope == "person"), None)
        return cls(vocab, evaluative_words(lex),
                   frozenset(vocab.org_anaphors | {n for n, kind in vocab.roles.items() if kind == "place"}),
                   leader, frozenset(t for t, _near, _variant in leader.terms) if leader is not None else frozenset(),
                   frozenset(label_of(country) for country in lex.demonyms.values()),
                   _same_words(lex, vocab))


def _same_words(lex: Lexicon, vocab: NamingVocabulary) -> dict[str, str]:
    """Words that make no other name of a thing: size words (naming.json size_words: "a large
    fire") map to "", and an event noun to its group's first where the word lists of events
    (naming.json event_nouns) and of synonyms (synonyms.json) both put it with that noun
    ("blaze" / "fire", "temblor" / "quake"; not "murder" / "killing", no synonym group's)."""
    out = dict.fromkeys(naming_data().get("size_words", {}).get("words", ()), "")
    for group in lex.synonym_groups:
        for word in group:
            key = vocab.events.get(word)
            if key is not None and any(vocab.events.get(other) == key for other in group if other != word):
                out[word] = key
    return out


def _plain_variant(label: str, theirs: dict[str, str], same: dict[str, str]) -> bool:
    """Whether a description is one the other side writes but for size words or a plain synonym
    of its noun ("large fire" / "fire", "blaze" / "fire")."""
    mine = _plainly(label, same)
    return bool(mine) and any(_plainly(t, same) == mine for t in theirs)


def _plainly(label: str, same: dict[str, str]) -> str:
    words = [same.get(w, w) for w in label.split()]
    return " ".join(w for w in words if w)


def _class_of_shared_name(head: str | None, mine: dict[str, str], theirs: dict[str, str]) -> bool:
    """Whether a description's noun is the last word of a name both sides write ("bank" of
    "west coast bank"): it tells what kind of thing the name is, which both outlets say."""
    return head is not None and any(
        label.rsplit(" ", 1)[-1] == head and " " in label and form in _NAMING_FORMS and theirs.get(label) in _NAMING_FORMS
        for label, form in mine.items())


def _nationality_words(label: str, other: str, countries: frozenset[str]) -> frozenset[str]:
    """The words of a nationality either label opens with ("united states" of "united states dale
    mercer" / "mercer"): no title, whatever else its words are ("states" is a role noun)."""
    out: set[str] = set()
    for text in (label, other):
        words = text.split()
        for n in range(1, min(_COUNTRY_WORDS, len(words) - 1) + 1):
            if " ".join(words[:n]) in countries:
                out.update(words[:n])
    return frozenset(out)


_COUNTRY_WORDS = 4  # the most words of a country's label ("united arab emirates", "bosnia and herzegovina")


def _names_it(*sides: dict[str, str]) -> bool:
    """Whether a side's labels hold a name of the referent."""
    return any(f in ("name", "short", "title", "alias", "metonym") for labels in sides for f in labels.values())


def _acronym_prefixed(short: str, long_: str) -> bool:
    """"ins sukanya" / "indian naval ship sukanya": an acronym before the words both end in."""
    first, _, rest = short.partition(" ")
    words = long_.split()
    tail = len(rest.split())
    return bool(rest) and len(words) > tail + 1 and " ".join(words[-tail:]) == rest and _initials(" ".join(words[:-tail])) == first


def _acronyms(label: str) -> tuple[str, str]:
    """The initials of a name, and with its "the" ("THR" for "The Hollywood Reporter", whose
    "the" a mention often leaves out of the name)."""
    initials = _initials(label)
    return initials, "t" + initials


def _role_noun(r: Ref) -> str | None:
    """The role noun a mention gives its referent ("judge" of "Superior Court Judge X")."""
    return r.head.rsplit(" ", 1)[-1] if r.head and r.head != "of" else None


_CATEGORY = {"named": "named by one", "description": "description", "role": "role", "title": "title", "metonym": "metonymy",
             "alias": "alias or acronym", "name": "spelling", "short": "short form", "first name": "short form", "time": "date",
             "anaphor": "description", "amount": "description",
             "variant": "description"}


def _one_side_evaluates(labels: list[dict[str, str]], lex: Lexicon) -> bool:
    """Whether one side's labels hold an evaluative word the other side's never use."""
    words = [{w for label in side for w in label.split()} for side in labels]
    return bool((words[0] ^ words[1]) & evaluative_words(lex))


def _one_side_presumes(labels: list[dict[str, str]]) -> bool:
    """Whether one side's labels hedge ("the suspected gunman", "the alleged killer") with a word
    the other side's never use ("the gunman"): the presumption of innocence kept by one outlet only."""
    words = [{w for label in side for w in label.split()} for side in labels]
    return bool((words[0] ^ words[1]) & _presumption_words())


def _hedged_alike(la: set[str], lb: set[str]) -> bool:
    """Whether two label sets differ only in which hedge each writes ("alleged Mafia boss" /
    "suspected Mafia boss"): both keep the presumption of innocence, no naming difference."""
    hedges = _presumption_words()
    a, b = ({" ".join("~" if w in hedges else w for w in label.split()) for label in side} for side in (la, lb))
    return a == b


@functools.lru_cache(maxsize=1)
def _presumption_words() -> frozenset[str]:
    return frozenset(naming_data()["presumption_words"]["words"])


def _loaded_words(lex: Lexicon) -> frozenset[str]:
    """Single words of the contested labels and leader family: "regime", "dictator", "terrorist"."""
    words = set()
    for category, terms in lex.loaded_terms.items():
        if "label" in category or "contested" in category:
            words |= {t.casefold() for t in terms if " " not in t}
    for family in lex.label_families:
        if family.scope == "person":
            words |= {t for t, _near, _variant in family.terms if " " not in t and t not in family.plain}
    return frozenset(words)


def without_nested_descriptions(contrasts: list[LabelContrast]) -> list[LabelContrast]:
    """The contrasts without a description that lies inside, or across the start of, another
    referent's longer description ("Turkish troops", a label of Turkey, inside "the presence of
    Turkish troops in northern Syria", its own contrast; "the war" of "the war in Ukraine" where
    "war in Ukraine" is the Ukraine war's): one stretch of text shown under two referents misleads
    a reader, and the longer mention is the one the sentence is about. Names inside stay ("Syria"
    there is still Syria), and so do a contested-label family's words. A contrast left with one
    side empty, or with the same labels on both sides, is dropped."""
    outer: list[list[tuple[int, int, int]]] = [[], []]
    for n, c in enumerate(contrasts):
        for side in (0, 1):
            forms = {label_of(row.label): row.form for row in c.labels[side]}
            for m in (c.a, c.b)[side]:
                if c.kind is None or forms.get(label_of(m.text)) == "description":
                    outer[side].append((m.start, m.end, n))
    if not outer[0] and not outer[1]:
        return contrasts
    # where a mention ends in a possessive 's that the next word's description goes on from: its
    # possessor is a referent of its own, as much the sentence's as the thing it owns
    possessors: list[set[int]] = [set(), set()]
    for c in contrasts:
        for side in (0, 1):
            for m in (c.a, c.b)[side]:
                for cut in _POSSESSOR_END.finditer(m.text):
                    possessors[side].add(m.start + cut.start())
    out = []
    for n, c in enumerate(contrasts):
        if c.kind is None:
            out.append(c)  # a contested-label family marks the word itself ("murder" in "his murder")
            continue
        sides = [c.a, c.b]
        labels = [list(c.labels[0]), list(c.labels[1])]
        changed = False
        for side in (0, 1):
            forms = {label_of(row.label): row.form for row in labels[side]}
            kept = []
            for m in sides[side]:
                if forms.get(label_of(m.text)) == "description" and any(
                    o != n and s < m.end and m.start < e and e - s > m.end - m.start
                    and not (s == m.start and m.end in possessors[side])  # "the company" of "the company's new laptop"
                    for s, e, o in outer[side]
                ):
                    changed = True
                    label = label_of(m.text)
                    labels[side] = [
                        LabelCount(row.label, row.count - 1, row.form) if label_of(row.label) == label else row
                        for row in labels[side]
                    ]
                    labels[side] = [row for row in labels[side] if row.count > 0]
                    continue
                kept.append(m)
            sides[side] = tuple(kept)
        if not changed:
            out.append(c)
            continue
        if not sides[0] or not sides[1] or (
            {label_of(r.label) for r in labels[0]} == {label_of(r.label) for r in labels[1]}
        ):
            continue
        out.append(replace(c, a=sides[0], b=sides[1], labels=(tuple(labels[0]), tuple(labels[1]))))
    return out


def times_of_one_story(framing):
    """The framing without its rows of times, for a pair judged two different events: two
    stories' days are no two names of one referent, though
    both fall on one Tuesday (reader29: "Tuesday" · "November 19, 2019" of a settlements story
    and a hostage swap)."""
    kept = tuple(c for c in framing.label_contrasts if c.kind != "time")
    return framing if len(kept) == len(framing.label_contrasts) else replace(framing, label_contrasts=kept)
