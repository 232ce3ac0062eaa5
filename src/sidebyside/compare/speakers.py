"""Who said each quotation: attribution patterns of news writing, resolved to a canonical name.

Patterns: '"...," X said'; 'X said: "..."'; '"..." said X, the ...'; 'X told reporters: "..."';
'according to X'; a quote split by its attribution. "The statement read" / "it added" go to the
nearest earlier institutional source; "he", "she", "the official", "the Russian leader" to the
nearest earlier person whose titles fit; "the source" to the nearest earlier "a ... source". A
surname becomes the full name the text gave earlier ("Mekdad" -> "Faisal Mekdad"). A quote
opening its paragraph after "He said:" / "X issued a statement:" takes that sentence's subject.
A number ("Fifty-one") or a people ("Americans") is never a person.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from sidebyside.compare.quotes import QuoteMarks, paragraph_spans
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import STOPWORDS, fold
from sidebyside.model import Span

_VERBS = (
    r"said|says|say|added|adds|told|tells|tell|stated|states|noted|notes|stressed|stresses|underlined|"
    r"underscored|emphasi[sz]ed|explained|declared|announced|insisted|warned|wrote|writes|read|reads|"
    r"argued|argues|claimed|claims|asked|replied|continued|concluded|remarked|confirmed|commented|"
    r"tweeted|posted|hailed|hailing|urged|vowed|pledged|acknowledged|admitted|recalled|cautioned|"
    r"observed|suggested|predicted|promised|indicated|reiterated|affirmed|told\s+\w+"
)
_NAME_TOKEN = r"(?:(?:al|el|ad|as|an|bin|ibn|abu)-)?[A-Z][\w’'\-]*"
_PARTICLE = r"(?:de|van|von|der|den|da|di|dos|du|bin|ibn|al|le|la|del|of|for)"  # "Secretary of State ..."
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,6}}"  # bounded: no runaway backtracking
_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne)"
_NP = rf"{_DET}\s+(?:[\w’'\-]+\s+){{0,3}}?[\w’'\-]+"
_PRON = r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)"
_POSSESSIVE = rf"{_NAME}['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*"  # "Erdogan's office"
_GROUP = (  # a bare plural of people: "officials said", "Western diplomats told Reuters"
    r"(?:[A-Z][\w\-]*\s+)?(?:[Ss]enior\s+|[Tt]op\s+)?(?i:officials|analysts|diplomats|sources|witnesses|residents|police|"
    r"experts|lawmakers|observers|activists|protesters|critics|authorities|organi[sz]ers|investigators|doctors|medics)\b"
)
_SUBJECT = rf"(?P<subj>{_NP}|{_PRON}|{_POSSESSIVE}|{_GROUP}|{_NAME})"
_ADVERBS = r"(?:(?:also|later|then|further|earlier|previously|again|has|had|have|was|had\s+also)\s+)*"

_AFTER_SUBJECT_VERB = re.compile(
    rf"^\s*[,—–-]?\s*{_SUBJECT}(?:,\s+(?:who|which)\b[^,;:\"“”\n]{{1,160}},)?\s+{_ADVERBS}(?P<verb>{_VERBS})\b"
)
# '"...," diplomats in Geneva said': the people, with where they are
_AFTER_PEOPLE_VERB = re.compile(
    rf"^\s*[,—–-]?\s*(?P<subj>{_GROUP}\s+(?:in|from|of|at)\s+(?:the\s+)?[\w’'\-]+)\s+{_ADVERBS}(?P<verb>{_VERBS})\b"
)
# '"...," the agency's country director, Nadia Karam, said': the name in the apposition speaks.
_AFTER_APPOSITION_VERB = re.compile(
    rf"^\s*[,—–-]?\s*(?:{_NP}|{_POSSESSIVE}),\s+(?P<subj>{_NAME}),\s+{_ADVERBS}(?P<verb>{_VERBS})\b"
)
_AFTER_VERB_SUBJECT = re.compile(
    rf"^\s*[,—–-]?\s*(?:said|says|added|adds|wrote|writes|asked|noted|explained|continued)\s+(?P<subj>{_NAME}|{_NP})"
)
_VERB_IN_CONTEXT = re.compile(rf"\b(?:{_VERBS})\b")
_SUBJECT_AT_END = re.compile(rf"(?:^|(?<=[\s,(]))(?P<subj>{_NP}|{_PRON}|{_POSSESSIVE}|{_GROUP}|{_NAME})$")
_NP_STOP = r"(?:in|on|at|of|for|from|with|by|to|and|who|which|that|as)\b"
_ACCORDING_TO = re.compile(rf"\baccording\s+to\s+(?P<subj>{_NAME}|{_DET}(?:\s+(?!{_NP_STOP})[\w’'\-]+){{1,4}})")
_SENTENCE_START = re.compile(r"^(?:[A-Z]\w*,\s+)?(?P<subj>{np}|{name})".format(np=_NP, name=_NAME))
_NAME_RUN = re.compile(_NAME)
ATTRIBUTION_CHARS = 400  # how far from its marks a quote's attribution is looked for
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|later|then|further|earlier|previously|again|has|had|have|was))*\s*$")

TITLES = frozenset(
    """president presidents minister ministers spokesperson spokesman spokeswoman spokespeople adviser
    advisor leader chief secretary ambassador general official officials envoy prime premier deputy
    head director chairman chairwoman chair senator governor mayor king queen prince sheikh emir
    commander colonel diplomat diplomats representative lawmaker mp judge prosecutor counterpart
    ceo founder analyst professor dr mr mrs ms sir lord foreign defence defense interior""".split()
)
# Words of an office's name that sit between a title and the name ("Secretary of State X").
_OFFICE_WORDS = frozenset(
    """of for state affairs justice finance health security staff economy energy trade education
    home foreign defence defense interior""".split()
)
_NON_PERSON = frozenset(
    """kremlin ministry government house council union nations times agency news press army forces
    party republic sea river city strip stream office parliament assembly committee court bank
    company corporation group organization organisation university school church state states
    kingdom emirates media television tv radio post journal herald tribune war civil process
    hospital clinic observatory brigade brigades institute centre center foundation association
    network programme program movement front coalition alliance federation society commission
    authority service services department airport port station square street district province
    region camp crossing mosque market fund council watch witness""".split()
)
_SOURCE_NOUNS = frozenset({"source", "sources"})
_DOCUMENT_NOUNS = frozenset(
    """statement communique communiqué readout release report letter message declaration
    announcement note post tweet text transcript""".split()
)
_DEMONYM = re.compile(r"^[A-Z]\w+(?:ian|ish|ese|an|i)$")
_INDEFINITE_SOURCE = re.compile(r"\b(?:an?|one)\s+(?:[\w’'\-]+\s+){0,3}?sources?\b", re.I)
_INSTITUTION_SUBJECT = re.compile(rf"\b(?P<subj>the\s+(?:{_NAME}\s+)?[A-Z][\w\-]*|{_NAME})\s+{_ADVERBS}(?:{_VERBS})\b")


@dataclass(frozen=True)
class _Person:
    start: int
    name: str  # canonical
    descriptors: frozenset[str]


def attribute(text: str, quotes: list[QuoteMarks]) -> list[tuple[str | None, Span | None]]:
    """(speaker, span of the words naming them) for each quoted part, in order."""
    resolver = _Resolver(text)
    resolver.quoted = sorted((q.start, q.end) for q in quotes)
    resolver.quoted_starts = [a for a, _ in resolver.quoted]
    top = [q for q in quotes if q.nested_in is None]
    opens = sorted(q.open_at for q in top)
    closes = sorted(q.close_at for q in top if q.close_at is not None)
    paragraphs = paragraph_spans(text)
    starts = [p[0] for p in paragraphs]
    by_utterance: dict[int, list[int]] = {}
    for i, q in enumerate(quotes):
        by_utterance.setdefault(q.utterance, []).append(i)
    results: list[tuple[str | None, Span | None]] = [(None, None)] * len(quotes)
    previous: dict[int | None, tuple[int, tuple[str | None, Span | None]]] = {}
    for utterance in sorted(by_utterance):
        parts = [quotes[i] for i in by_utterance[utterance]]
        first, last = parts[0], parts[-1]
        if first.nested_in is not None:
            outer = quotes[first.nested_in]
            lo, hi = outer.start, outer.end
        else:
            k = max(0, bisect.bisect_right(starts, first.open_at) - 1)
            lo = paragraphs[k][0] if paragraphs else 0
            k_last = max(0, bisect.bisect_right(starts, last.open_at) - 1)
            hi = paragraphs[k_last][1] if paragraphs else len(text)
        found = _find_attribution(text, opens, closes, parts, lo, hi)
        speaker: tuple[str | None, Span | None] = (None, None)
        if found is not None:
            subj_start, subj_end = found
            name = resolver.resolve(text[subj_start:subj_end], subj_start, results, quotes)
            if name:
                speaker = (name, Span(subj_start, subj_end))
        if speaker[0] is None and first.kind == "statement":
            prev = previous.get(first.nested_in)
            # A bare quote right after an attributed one in the same paragraph continues it.
            if prev is not None and prev[0] >= lo and prev[1][0]:
                speaker = prev[1]
        for i in by_utterance[utterance]:
            results[i] = speaker
        if first.kind == "statement":
            close = last.close_at if last.close_at is not None else last.end
            previous[first.nested_in] = (close, speaker)
    return results


def _find_attribution(
    text: str, opens: list[int], closes: list[int], parts: list[QuoteMarks], lo: int, hi: int
) -> tuple[int, int] | None:
    # 1. Between the parts of a split quote: '"A," he said, "B."'
    for left, right in zip(parts, parts[1:]):
        if left.close_at is not None:
            hit = _after(text, left.close_at + 1, right.open_at)
            if hit:
                return hit
    last = parts[-1]
    # 2. Right after the close: '"...," X said' / '"..." said X'.
    if last.close_at is not None:
        k = bisect.bisect_right(opens, last.close_at)
        stop = min(hi, opens[k]) if k < len(opens) else hi
        hit = _after(text, last.close_at + 1, stop)
        if hit:
            return hit
    # 3. Before the opening mark, in the same sentence: 'X said: "..."'.
    first = parts[0]
    ctx_lo = _context_start(text, closes, first, lo)
    hit = _before(text, ctx_lo, first.open_at)
    if hit:
        return hit
    # 4. A quote opening its paragraph after 'He said:' closing the paragraph before.
    before = text[:first.open_at].rstrip()
    if before.endswith(":") and first.open_at - len(before) >= 2 and "\n" in text[len(before):first.open_at]:
        sentence = max(0, len(before) - ATTRIBUTION_CHARS)
        for m in _SENTENCE_BREAK.finditer(text, sentence, len(before)):
            sentence = m.end()
        hit = _before(text, sentence, len(before) - 1) or _issuer(text, sentence, len(before) - 1)
        if hit:
            return hit
    # 5. 'according to X' anywhere in the sentence(s) around the quote.
    end = min(hi, (last.close_at or last.end) + 200)
    m = _ACCORDING_TO.search(text, ctx_lo, end)
    if m:
        return m.span("subj")
    return None


def _after(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    window = text[lo : min(hi, lo + ATTRIBUTION_CHARS)]
    for pattern in (_AFTER_APPOSITION_VERB, _AFTER_PEOPLE_VERB, _AFTER_SUBJECT_VERB, _AFTER_VERB_SUBJECT):
        m = pattern.match(window)
        if m and _plausible_subject(m.group("subj")):
            return lo + m.start("subj"), lo + m.end("subj")
    return None


_ONE_OF_THEM = re.compile(r"^(?:[Oo]ne|[Ss]ome|[Tt]wo|[Mm]any)\s+of\s+(?:them|those)$")
_GROUP_MENTION = re.compile(_GROUP)
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several some many few dozens hundreds".split())
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»]?\s+(?=[A-Z\"“‘'«„])")


# "The defence ministry later issued a statement:" introduces the words that follow.
_ISSUED = re.compile(
    r"\b(?:issued|released|published|put\s+out|posted|sent)\s+(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:"
    + "|".join(sorted(_DOCUMENT_NOUNS))
    + r")\s*$"
)


def _issuer(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of "X issued a statement" ending at hi."""
    m = _ISSUED.search(text, lo, hi)
    if m is None:
        return None
    left = _TRAILING_ADVERBS.sub("", text[lo : m.start()])
    subject = _SUBJECT_AT_END.search(left)
    if subject and _plausible_subject(subject.group("subj")):
        return lo + subject.start("subj"), lo + subject.end("subj")
    return None


def _context_start(text: str, closes: list[int], q: QuoteMarks, lo: int) -> int:
    """Start of the sentence holding the opening mark (not before an earlier quote's close)."""
    lo = max(lo, q.open_at - ATTRIBUTION_CHARS)
    start = lo
    # searched up to and including the opening mark, so a sentence that starts with it is seen
    for m in _SENTENCE_BREAK.finditer(text, lo, q.open_at + 1):
        start = min(m.end(), q.open_at)
    k = bisect.bisect_left(closes, q.open_at)
    if k and closes[k - 1] >= start:
        start = closes[k - 1] + 1
    return start


_TRAILING_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;:\"“”\n]{1,160},\s*$")
_TRAILING_APPOSITION = re.compile(rf"(?:{_NP}|{_POSSESSIVE}),\s+(?P<name>{_NAME}),\s*$")
_PEOPLE_BEFORE_PLACE = re.compile(rf"(?P<people>{_GROUP})\s+(?:in|from|of|at)\s+(?:the\s+)?")


def _before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    window = text[lo:hi]
    verbs = list(_VERB_IN_CONTEXT.finditer(window))
    for verb in reversed(verbs[-6:]):
        left = _TRAILING_ADVERBS.sub("", window[: verb.start()])
        # "A senior official, who asked not to be named, said": the clause is not the subject
        left = _TRAILING_RELATIVE.sub("", left)
        # "The agency's country director, Nadia Karam, said": the name in the apposition
        appositive = _TRAILING_APPOSITION.search(left)
        if appositive:
            left = left[: appositive.end("name")]
        m = _SUBJECT_AT_END.search(left)
        if m and _plausible_subject(m.group("subj")):
            start = m.start("subj")
            people = _PEOPLE_BEFORE_PLACE.search(left, 0, start)
            if people and people.end() == start:  # "Diplomats in Geneva said"
                start = people.start("people")
            return lo + start, lo + m.end("subj")
    if verbs:
        m = _SENTENCE_START.match(window.lstrip())
        if m and _plausible_subject(m.group("subj")):
            shift = lo + len(window) - len(window.lstrip())
            return shift + m.start("subj"), shift + m.end("subj")
    return None


_NUMBER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|dozens?|\d[\d,.]*)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?",
    re.IGNORECASE,
)


def _is_number(word: str) -> bool:
    """A number written as a word or digits: "Fifty-one", "12", "Dozens"."""
    return _NUMBER.fullmatch(word.strip(",.;:")) is not None


def _is_people(word: str) -> bool:
    """A plural demonym or a people ("Americans", "Kurds"), from the term lists."""
    lex = lexicon()
    return word.endswith("s") and (word in lex.groups or word in lex.demonyms)


def _plausible_subject(subject: str) -> bool:
    words = subject.split()
    if all(_is_number(w) for w in words):
        return False  # "Fifty-one said" is a count of people, no name
    if _ONE_OF_THEM.match(subject):
        return True
    head = fold(words[-1])
    if len(words) == 1:
        return head not in STOPWORDS or head in {"he", "she", "it", "they", "we", "i"}
    return head not in STOPWORDS


class _Resolver:
    """Names the text gives, to turn a subject phrase into a canonical speaker."""

    quoted: list[tuple[int, int]] = []
    quoted_starts: list[int] = []

    def __init__(self, text: str):
        self.text = text
        self.mentions: list[_Person] = []  # person mentions, by position
        full_names: dict[str, str] = {}  # surname or name key -> canonical full name
        runs = []
        for m in _NAME_RUN.finditer(text):
            run = _split_run(text, m.start(), m.end())
            if run is not None:
                runs.append(run)
        for start, name, descriptors, titled in runs:
            tokens = name.split()
            if len(tokens) >= 2 and (titled or _speaks(text, start + len(name))) and _looks_personal(tokens):
                full_names.setdefault(_key(tokens[-1]), name)
                full_names.setdefault(fold(name), name)
        titled_single = {_key(name) for _, name, _, titled in runs if titled and len(name.split()) == 1}
        for start, name, descriptors, titled in runs:
            tokens = name.split()
            canonical = full_names.get(fold(name)) or (full_names.get(_key(tokens[-1])) if len(tokens) == 1 else None)
            if canonical is None and (titled or _key(name) in titled_single) and len(tokens) <= 4:
                canonical = name
            if canonical is not None:
                self.mentions.append(_Person(start, canonical, descriptors))
        self.mention_starts = [p.start for p in self.mentions]
        self.full_names = full_names
        self.persons = {p.name for p in self.mentions}
        self.descriptors: dict[str, set[str]] = {}
        for p in self.mentions:
            self.descriptors.setdefault(p.name, set()).update(p.descriptors)
        self.institutions: list[tuple[int, str]] = []  # subjects of speech verbs that are no person
        for m in _INSTITUTION_SUBJECT.finditer(text):
            subj = m.group("subj")
            name = self.canonical(subj) if not subj.lower().startswith("the ") else subj
            if fold(subj.split()[-1]) in STOPWORDS or name in self.persons or subj.lower() == "the statement":
                continue
            self.institutions.append((m.start("subj"), name))
        self.institution_starts = [s for s, _ in self.institutions]
        self.indefinite_sources = [(m.start(), m.group()) for m in _INDEFINITE_SOURCE.finditer(text)]
        self.indefinite_starts = [s for s, _ in self.indefinite_sources]

    def canonical(self, name: str) -> str:
        stripped = _strip_titles(name.split())
        tokens = stripped or name.split()
        joined = " ".join(tokens)
        found = self.full_names.get(fold(joined))
        if found is None and len(tokens) == 1:
            found = self.full_names.get(_key(tokens[0]))
        return found or joined

    def resolve(self, subject: str, at: int, done: list, quotes: list[QuoteMarks]) -> str | None:
        words = subject.split()
        low = [fold(w) for w in words]
        if len(words) == 1 and low[0] in {"he", "she"}:
            return self._nearest_person(at, set())
        if len(words) == 1 and low[0] in {"it"}:
            return self._nearest_institution(at, done, quotes)
        if len(words) == 1 and low[0] in {"they", "we", "i"}:
            return None
        if _ONE_OF_THEM.match(subject):  # "one of them said": the people just named
            return self._nearest_group(at)
        people = _PEOPLE_BEFORE_PLACE.match(subject)
        if people and people.start("people") == 0 and people.end() < len(subject):
            return subject  # "diplomats in Geneva": as written
        if low[0] in {"the", "a", "an", "his", "her", "its", "their", "one"}:
            head = low[-1]
            if head in _SOURCE_NOUNS:
                if low[0] in {"a", "an", "one"} or len(words) > 2:
                    return subject
                k = bisect.bisect_left(self.indefinite_starts, at)
                return self.indefinite_sources[k - 1][1] if k else subject
            if head in _DOCUMENT_NOUNS:
                named = [w for w in words[1:-1] if w[:1].isupper()]
                if named:
                    return self.canonical(" ".join(["the"] + named) if fold(named[0]) in _NON_PERSON else " ".join(named))
                return self._nearest_institution(at, done, quotes) or subject
            if head in TITLES:
                modifiers = {_key(w) for w in words[1:-1] if w[:1].isupper()}
                return self._nearest_person(at, modifiers) or self._nearest_person(at, set()) or subject
            return subject
        possessive = re.match(r"^(.*?)['’]s\s+(.+)$", subject)
        if possessive and possessive.group(2)[:1].islower():
            return f"{self.canonical(possessive.group(1))}'s {possessive.group(2)}"
        return self.canonical(subject)

    def _nearest_group(self, at: int) -> str | None:
        """The latest bare plural of people ("residents", "Western diplomats") before at, nearby."""
        best = None
        for m in _GROUP_MENTION.finditer(self.text, max(0, at - ATTRIBUTION_CHARS), at):
            best = m.group()
        if best is not None:
            first, _, rest = best.partition(" ")
            if rest and (fold(first) in STOPWORDS or fold(first) in _COUNT_WORDS):
                best = rest  # "Two residents" -> "residents"
        return best

    def _nearest_person(self, at: int, modifiers: set[str]) -> str | None:
        """The latest person named before at whose titles (anywhere in the text) fit."""
        i = bisect.bisect_left(self.mention_starts, at)
        for p in reversed(self.mentions[max(0, i - 200) : i]):
            if not modifiers or modifiers <= self.descriptors[p.name]:
                return p.name
        return None

    def _nearest_institution(self, at: int, done: list, quotes: list[QuoteMarks]) -> str | None:
        """The latest non-person source before at: an earlier quote's speaker or the subject
        of a speech verb outside quotes ("the Kremlin said")."""
        best: tuple[int, str] | None = None
        for name, span in reversed(done):
            if name and span and span.start < at and name not in self.persons:
                best = (span.start, name)
                break
        i = bisect.bisect_left(self.institution_starts, at)
        quoted, quoted_starts = self.quoted, self.quoted_starts
        while i > 0:
            i -= 1
            start, name = self.institutions[i]
            if best is not None and start <= best[0]:
                break
            k = bisect.bisect_right(quoted_starts, start) - 1
            if k >= 0 and quoted[k][0] <= start < quoted[k][1]:
                continue  # inside a quotation: not the article attributing anything
            best = (start, name)
            break
        return best[1] if best else None


@functools.lru_cache(maxsize=8192)
def _key(token: str) -> str:
    token = fold(token)
    for prefix in ("al-", "el-", "ad-", "as-", "an-"):
        if token.startswith(prefix):
            token = token[len(prefix) :]
    if token.endswith("'s"):
        token = token[:-2]
    return token


def _strip_titles(tokens: list[str]) -> list[str]:
    last_title = -1
    for i, t in enumerate(tokens):
        if fold(t).rstrip(".") in TITLES:
            last_title = i
    if last_title >= 0:
        while last_title + 2 < len(tokens) and fold(tokens[last_title + 1]) in _OFFICE_WORDS:
            last_title += 1
    tokens = tokens[last_title + 1 :]
    while len(tokens) > 1 and (
        tokens[0].endswith(("'s", "’s")) or _DEMONYM.match(tokens[0]) and fold(tokens[0]) not in _NON_PERSON
    ):
        tokens = tokens[1:]
    return tokens


def _split_run(text: str, start: int, end: int) -> tuple[int, str, frozenset[str], bool] | None:
    """A capitalised run -> (start of the name, name without titles, descriptor words, titled)."""
    parsed = _parse_run(text[start:end])
    if parsed is None:
        return None
    skip, name, inner_descriptors, titled_inner = parsed
    start += skip
    descriptors = set(inner_descriptors)
    before = text[max(0, start - 40) : start].split()[-3:]
    for w in reversed(before):  # "Kremlin spokesperson Dmitry Peskov": the words right before
        if not (fold(w) in TITLES or w[:1].isupper()) or w.endswith((",", ".", ":", ";")):
            break
        descriptors.add(_key(w))
    titled = titled_inner or bool(before and fold(before[-1]) in TITLES)
    if not titled and " " in name[0] and text[max(0, start - 2) : start].startswith(","):
        # full names only: "the presidents of Syria, Turkey, ..." is a list
        titled = _TITLE_APPOSITION.search(text, max(0, start - 60), start) is not None
    return start + name[1], name[0], frozenset(descriptors), titled


@functools.lru_cache(maxsize=4096)
def _parse_run(run: str) -> tuple[int, tuple[str, int], frozenset[str], bool] | None:
    """What a run says by itself: (offset of its first kept word, (name, its offset from there),
    title and origin words inside it, whether it holds a title). Cached: names repeat."""
    raw = run.split()
    skip = 0
    while raw and (fold(raw[0]) in STOPWORDS or _is_number(raw[0])):  # "Fifty-one Syrians"
        skip = run.index(raw[1], skip + len(raw[0])) if len(raw) > 1 else len(run)
        raw = raw[1:]
    if not raw:
        return None
    tokens = [t[:-2] if t.endswith(("'s", "’s")) and i == len(raw) - 1 else t for i, t in enumerate(raw)]
    name_tokens = _strip_titles(tokens)
    if not name_tokens or any(fold(t) in _NON_PERSON for t in name_tokens):
        return None
    if len(name_tokens) == 1 and _is_people(name_tokens[0]):
        return None  # "Americans", "Kurds": a people, not a person
    descriptors = frozenset(_key(t) for t in tokens[: len(tokens) - len(name_tokens)])
    titled = len(name_tokens) < len(tokens) and any(fold(t).rstrip(".") in TITLES for t in tokens)
    kept = run[skip:]
    return skip, (" ".join(name_tokens), kept.find(name_tokens[0])), descriptors, titled


def _looks_personal(tokens: list[str]) -> bool:
    """A multi-word name with no place or institution word and not just demonyms."""
    return not all(_DEMONYM.match(t) for t in tokens) and not any(fold(t) in _NON_PERSON for t in tokens)


# "Omar Khalil, a lorry driver who survived the attack, said ..." counts as the name speaking.
_SPEAKS = re.compile(rf"(?:\s*,[^,.;:\"“”\n]{{1,80}},)?\s+{_ADVERBS}(?:{_VERBS})\b")
# "The United Nations envoy for the region, Marta Lindqvist, ...": a title, then the name.
_TITLE_APPOSITION = re.compile(
    r"\b(?:" + "|".join(sorted(TITLES)) + r")\b[^,.;:\"“”\n]{0,40},\s*$", re.IGNORECASE
)


def _speaks(text: str, end: int) -> bool:
    """The name is the subject of a speech verb right after it ("Dmitry Peskov told ...")."""
    return _SPEAKS.match(text, end) is not None
