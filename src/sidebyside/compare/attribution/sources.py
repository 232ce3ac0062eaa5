"""The sources an article cites, grouped from the clauses of its narration and its quotes' speakers."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import Sequence

from sidebyside.name_lists import given_names_of_the_world
from sidebyside.resources import resource_json

from sidebyside.compare.entities_cuts import PLATFORMS
from sidebyside.compare.text import fold
from sidebyside.model import Quote, SourceCitation, Span
from sidebyside.compare.attribution.identity import name_key, same_speaker
from sidebyside.compare.attribution.people import _nearest
from sidebyside.compare.attribution.records import NARRATOR, Clause, Speaker
from sidebyside.compare.attribution.vocabulary import FINITE_AUXILIARIES, _ONE_OF, _RELATIVES, _SPEECH, _STRONG, _profession
from sidebyside.compare.tokens import singular

# Auxiliaries of words not said yet ("would testify", "will tell"): a speech verb after one reports
# nothing its subject has said.
_FORETELLING = frozenset("will would shall".split())

# capitalised words that make a name a paper's, here as its last word ("the Sioux Falls Argus Leader")
_MEDIA_NAME_WORDS = frozenset(_SPEECH["media_name_words"])
# determiners standing for a noun the text gave before ("Another wondered why", "Others said"): no name
_DETERMINER_PRONOUNS = _ONE_OF | {"others", "other"}

# whom words are told: "responded to him" (resources/attribution/closed_class.json)
_AUDIENCE_PRONOUNS = frozenset(resource_json("attribution/closed_class.json")["audience_pronouns"])

# words before "like"/"though" that make the clause after them supposed: "seemed like", "as though"
_SUPPOSING = frozenset("as seem seems seemed seeming look looks looked looking sound sounds sounded feel feels felt".split())
_QUOTATION_MARKS = frozenset('"“”«»')  # (a single mark may be an apostrophe)
# a definite noun that takes up whichever one anonymous source came before ("the source" after "an insider")
_ANY_SOURCE_NOUNS = frozenset(resource_json("attribution/unnamed_sources.json")["any_source_nouns"])
_SINGULAR_INDEFINITES = frozenset("a an one".split())
_POSSESSIVE_ROLE = re.compile(r"^(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*(?:'s|’s|'|’)\s+([a-z]+)$")


def _each_cited(speaker: Speaker):
    """The speakers a clause cites: each part of "Putin and Erdogan underlined", else the one."""
    if not speaker.parts:
        yield speaker
        return
    for part in speaker.parts:
        yield from _each_cited(part)


class SourceGrouping:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def sources(self, quotes: Sequence[Quote] = ()) -> tuple[SourceCitation, ...]:
        """Who the article cites: the speakers of its narration's clauses and of its quotes,
        one citation per source with every place that cites it."""
        groups: dict[str, list] = {}  # key -> [name, kind, spans]

        def add(speaker: Speaker, span: Span) -> None:
            # (no recursion in the closure: a closure calling itself is a reference cycle that would
            # keep the article's tokens alive until the cyclic collector's next pass)
            for one in _each_cited(speaker):
                one = self._told_kind(one)
                key = one.key + ("|" + name_key(one.medium) if one.medium else "")
                entry = groups.get(key)
                if entry is None:
                    groups[key] = [one.cited_as, one.kind, [span]]
                    continue
                if one.cited_as.startswith("the ") and not entry[0].startswith("the "):
                    entry[0] = one.cited_as  # "the Kremlin" over "Kremlin"
                entry[2].append(span)

        appositions = self._apposition_clauses()
        for clause in self.clauses:
            # (the narrator's own "I said" cites no one: it is a source only for the words it speaks)
            if clause.inside is None and clause.speaker is not None and clause.speaker.key != NARRATOR.key:
                if self._cites_no_one(clause) or id(clause) in appositions:
                    continue
                speaker = self._whole_name(clause)
                if clause.base == "interview" and speaker.name in self.lex.media or self._medium_reports(clause) \
                        or self._column_of_medium(clause, speaker):
                    speaker = replace(speaker, kind="media")  # "according to Vanity Fair": a medium, no person
                add(speaker, self._span(clause))
        for quote in quotes:
            if not quote.speaker or quote.speaker_span is None:
                continue
            key = self._group_of(quote.speaker, groups)
            if key is not None:
                groups[key][2].append(quote.speaker_span)
            else:
                add(self._speaker_for_name(quote.speaker, quote.speaker_span.start), quote.speaker_span)
        self._merge_definite_sources(groups)
        self._merge_bare_bodies(groups)
        out = []
        for name, kind, spans in groups.values():
            unique = tuple(sorted(set(spans), key=lambda sp: (sp.start, sp.end)))
            out.append(SourceCitation(name, unique, kind))
        out.sort(key=lambda c: c.spans[0].start)
        return tuple(out)

    def _apposition_clauses(self) -> set[int]:
        """The clauses (by id) of a relative clause inside an apposition of another clause's subject
        ("A source inside the camp, a refugee who asked not to be identified, said"): the apposition
        is the same source as the subject it describes, no second one."""
        tokens = self.tokens
        by_last = {c.last: c for c in self.clauses if c.inside is None and c.speaker is not None}
        found = set()
        for clause in self.clauses:
            outer = by_last.get(clause.first - 1)
            if outer is None or outer is clause or outer.verb <= clause.verb or tokens[clause.first].gap.strip() != "," \
                    or not any(tokens[m].norm in _RELATIVES for m in range(clause.last + 1, clause.verb)) \
                    or any(c in tokens[m].gap for m in range(clause.first + 1, outer.verb) for c in ".!?;"):
                continue
            found.add(id(clause))
        return found

    @staticmethod
    def _merge_bare_bodies(groups: dict) -> None:
        """'…, police said.' … 'Harlow police said they were studying footage': one force. A body
        cited by its bare noun ("police", "the ministry") is the one body of that noun the article
        names ("Harlow police", "the Defence Ministry"); with two or more of them it stays apart."""
        def words(entry: list) -> list[str]:
            found = entry[0].casefold().split()
            return found[1:] if found[:1] == ["the"] else found

        bodies = {key: words(entry) for key, entry in groups.items() if entry[1] == "institution"}
        for key, bare in bodies.items():
            if len(bare) != 1:
                continue
            named = [other for other, name in bodies.items() if len(name) > 1 and name[-1] == bare[0]]
            if len(named) == 1:
                groups[named[0]][2].extend(groups.pop(key)[2])

    @staticmethod
    def _merge_definite_sources(groups: dict) -> None:
        """'an insider told the outlet' ... 'the source further claimed' ... 'the insider added':
        one person. A definite anonymous source ("the source", "the insider") takes up the one
        indefinite anonymous source cited before it: the one of its noun when only one has it, else,
        for a noun any source may be called by (unnamed_sources.json), the only one cited before
        it. Two sources before it ("a person familiar with ...", "another official") leave it apart."""
        indefinite: list[tuple[int, list]] = []  # (first place cited, entry) of each indefinite one
        by_noun: dict[str, list[tuple[int, list]]] = {}  # the same, by each of its first two words after the article
        definite = []
        for key, entry in groups.items():
            words = entry[0].casefold().split()
            if entry[1] != "anonymous" or not words:
                continue
            first = min(sp.start for sp in entry[2])
            if words[0] == "the":
                if len(words) == 2 and singular(words[1]) == words[1]:
                    definite.append((first, key, entry, words[1]))
                continue
            indefinite.append((first, entry))
            for word in set(words[1:3]):
                by_noun.setdefault(word, []).append((first, entry))
        if not definite or not indefinite:
            return
        indefinite.sort(key=lambda x: x[0])
        starts = [at for at, _ in indefinite]
        for cited in by_noun.values():
            cited.sort(key=lambda x: x[0])
        noun_starts = {noun: [at for at, _ in cited] for noun, cited in by_noun.items()}
        for first, key, entry, noun in definite:
            same = by_noun.get(noun, ())
            n_same = bisect.bisect_left(noun_starts[noun], first) if same else 0
            if n_same == 1:
                target = same[0][1]
            elif n_same or noun not in _ANY_SOURCE_NOUNS or bisect.bisect_left(starts, first) != 1 \
                    or indefinite[0][1][0].casefold().split()[0] not in _SINGULAR_INDEFINITES:
                continue
            else:
                target = indefinite[0][1]
            target[2].extend(entry[2])
            del groups[key]

    def _cites_no_one(self, clause: Clause) -> bool:
        """A clause the list of sources leaves out because its subject is cited for nothing: a
        credit line ("Additional reporting by Jane Doe": the outlet's own staff), a phone call
        ("a family friend ... called 911"), the one who holds an interview ("in an interview with
        the FBI, Webb confessed": the FBI asked, Webb is the source)."""
        tokens = self.tokens
        n = len(tokens)
        verb = tokens[clause.verb]
        nxt = tokens[clause.verb + 1] if clause.verb + 1 < n else None
        if verb.norm.endswith("ing") and nxt is not None and nxt.norm == "by" and clause.base != "according":
            return True  # "Additional reporting by", "Writing by": a credit line
        if clause.base == "call" and nxt is not None and nxt.text[:1].isdigit():
            return True  # "called 911": a phone call, nobody quoted
        after = tokens[clause.last + 1] if clause.last + 1 < n else None
        if after is not None and after.gap == "-" and not after.cap:
            return True  # "the state-run Xinhua News Agency": a word of a modifier, no one cited
        if clause.base == "ask" and nxt is not None and nxt.gap == " " and (
                nxt.norm == "to" or nxt.norm == "not" and clause.verb + 2 < n and tokens[clause.verb + 2].norm == "to"):
            # "he asked to use the phone", "a refugee who ... asked not to be identified": a request
            # to do something, nothing said reported (the one who asked is cited where they speak)
            return True
        if clause.base in self.vocab.reactions:
            return True  # "Audience members laughed when he urged voters": a reaction; cited only for words it credits
        if self._document_carries_anothers_words(clause):
            return True  # '"...," she told settler leaders, according to a statement': her words, no second source
        if self._inside_reported_words(clause):
            return True  # "Brandt said that after legal advice Washington had concluded ...": what Brandt says
        if self._no_speech_after(clause):
            return True  # "responded by hitting him", "continues to be", "maintained a lead": no words said
        if self._hypothetical(clause):
            return True  # "If it seemed like Rell had written the letter himself": a supposition, nothing said
        speaker = clause.speaker
        if speaker is not None and not speaker.parts and " " not in speaker.name \
                and fold(speaker.name) in _DETERMINER_PRONOUNS:
            return True  # "Another wondered why": a word that stands for a noun, not a name
        if speaker is not None and speaker.kind == "institution" and speaker.name not in self.lex.media \
                and clause.first >= 2 and tokens[clause.first - 1].norm in ("with", "the") \
                and any(tokens[k].norm in ("interview", "interviews", "interviewed")
                        for k in range(max(0, clause.first - 3), clause.first)):
            return True  # "an interview with the FBI": the interviewer, not the one who speaks
        return False

    def _inside_reported_words(self, clause: Clause) -> bool:
        """Whether the clause's subject opens, or sits in, the words another speaker of its sentence
        reports with "that" ("Ivo Brandt said that after legal advice Washington had concluded the
        plan was legal"): the subject is part of what that speaker says, no second source. A speech
        verb before it whose "that" comes within a few words ("told reporters that", "said on
        Tuesday that"), no quotation mark, semicolon or sentence end between; the clause's own verb
        no plain verb of speech ("said that Palin told an assistant pastor ...": words of hers passed
        on, she is cited)."""
        tokens = self.tokens
        # "said the firm's former money man would testify": words not said yet, what the speaker says
        foretold = clause.verb > 0 and tokens[clause.verb - 1].norm in _FORETELLING
        if clause.inverted or clause.base == "according" or clause.base in _STRONG and not foretold or clause.first < 2:
            return False  # ("Brandt said that Lee told him ...": Lee's words, passed on, still cite her)
        first = tokens[clause.first].start
        start = self._sentence_start(first)
        reach = self.settings.reported_that_tokens
        lo = bisect.bisect_left(self.at.token_starts, start)
        for other in self.clauses[bisect.bisect_left(self._clause_verbs, lo) : bisect.bisect_left(self._clause_verbs, clause.first)]:
            if other is clause or other.inside is not None or other.speaker is None or other.base not in _STRONG:
                continue
            that = next((m for m in range(other.verb + 1, min(clause.first, other.verb + 1 + reach)) if tokens[m].norm == "that"), None)
            if that is None and (other.inverted or clause.first != other.verb + 1 or not foretold):
                continue  # (with no "that", only a subject right after the verb and words foretold: "said the money man would testify")
            opening = other.verb if that is None else that
            if any(c in self.text[tokens[opening].end : first] for c in '";“”«»') \
                    or any(c in tokens[m].gap for m in range(other.verb + 1, clause.first + 1) for c in ".!?;"):
                continue
            return True
        return False

    def _no_speech_after(self, clause: Clause) -> bool:
        """Whether a speech verb is read in another sense, no words said after it: "by" and an act
        ("responded by hitting him"; not "by saying"), "to be" ("continues to be the favorite"), or a
        verb with a common sense of no speech ("maintained a lead", "continued for hours", "his head
        snapped") with neither "that", a colon, a quotation mark, a speech verb nor words said
        ("his innocence") after it in its sentence, nor whom they were told ("to reporters")."""
        tokens = self.tokens
        v = clause.verb
        nxt = tokens[v + 1] if v + 1 < len(tokens) else None
        after = tokens[v + 2] if v + 2 < len(tokens) else None
        if nxt is None or clause.base == "according" or tokens[v].norm.endswith("ing") and nxt.norm == "by" \
                or self.text[tokens[v].end : nxt.start].strip() or after is not None and self.text[nxt.end : after.start].strip():
            return False  # (only words of its own sentence, with nothing between: '," Davis said. "To be ...')
        if nxt.norm == "by" and after is not None and after.norm.endswith("ing") and after.norm not in self.vocab.verbs:
            return True
        if nxt.norm == "to" and after is not None and after.norm == "be":
            return True
        if clause.base not in self.vocab.other_senses:
            return False
        reach = max(0, clause.first - self.settings.lead_in_tokens)  # (the words of an introduction read before it)
        first = tokens[clause.first].start
        start = max(tokens[reach].start, self._sentence_start(first))
        if any(c in _QUOTATION_MARKS for c in self.text[start:first]) or self._after_a_quotation(start, tokens[reach].start):
            return False  # '"We ignored no warnings," Harlan responded.', '"No." Harlan responded.': words quoted before it
        last = min(len(tokens) - 1, v + self.settings.deciding_object_tokens)  # (the object a verb's sense shows)
        rest = self.text[tokens[v].end : min(tokens[last].end + 1, self._words_end(tokens[v].start))]
        if re.search(r"[:\"“”‘’«»]|'(?!s\b)", rest):
            return False  # a colon or a quotation after it
        words = re.findall(r"[a-z]+", rest.lower())
        if words[:1] == ["to"] and len(words) > 1 and (singular(words[1]) in self.vocab.person_nouns or words[1] in _AUDIENCE_PRONOUNS):
            return False  # "responded to reporters", "snapped at him" (whom the words were told)
        if self._bare_complement(words):
            return False  # "concluded the inquiry was flawed": a clause said, with no "that"
        return not any(w == "that" or w in self.vocab.verbs or w in self.vocab.speech_objects for w in words)

    def _bare_complement(self, words: list[str]) -> bool:
        """Whether the words after a verb open a clause of its own with no "that" ("the inquiry
        was flawed", "he would stay"): a finite auxiliary within a short subject, no relative word
        before it ("a lead which was" is the object's)."""
        reach = self.settings.bare_complement_words
        for i, w in enumerate(words[: reach + 1]):
            if w in _RELATIVES:
                return False
            if w in FINITE_AUXILIARIES:
                return i > 0
        return False

    def _hypothetical(self, clause: Clause) -> bool:
        """Whether the clause is supposed, not told: its subject opens a condition or a comparison
        with an unreal case ("If Rell wrote it", "it seemed like Rell had written it", "as if she
        had said so"), with no comma between (not "If elected, Rell said ...")."""
        if clause.inverted:
            return False
        first = self.tokens[clause.first].start
        start = self._sentence_start(first)
        cut = max(self.text.rfind(",", start, first), self.text.rfind(";", start, first), start - 1)
        words = re.findall(r"[a-z]+", self.text[cut + 1 : first].lower())
        return "if" in words or "unless" in words \
            or any(w in ("like", "though") and words[i - 1] in _SUPPOSING for i, w in enumerate(words) if i)

    def _after_a_quotation(self, start: int, reach: int) -> bool:
        """Whether the sentence that starts at start follows one of its paragraph that a
        quotation mark closes, ending after reach ('"We ignored no warnings." Harlan responded.')."""
        s = self.at.sentence_at(start)
        if s <= 0 or self.at.sentences[s].start != start:
            return False
        prev = self.at.sentences[s - 1]
        return prev.end > reach and self.text[prev.end - 1] in _QUOTATION_MARKS \
            and self.at.paragraph_at(prev.start) == self.at.paragraph_at(start)

    def _column_of_medium(self, clause: Clause, speaker: Speaker) -> bool:
        """Whether a "person" is a paper's column or desk: a name of two words or more, none a given
        name, the first a common word, owned by a medium ("according to The Daily Star's Fact Checker"; not "The Post's Howard Kurtz")."""
        first = clause.first
        if speaker.kind != "person" or speaker.parts or first < 1 or not self.tokens[first - 1].possessive:
            return False
        words = speaker.name.split()
        if len(words) < 2 or any(fold(w) in given_names_of_the_world() for w in words) \
                or not self.lex.is_common(fold(words[0]), self.settings.common_word_zipf):
            return False
        owner = []
        k = first - 1
        while k >= 0 and self.tokens[k].cap and len(owner) < 6:
            owner.insert(0, re.sub(r"(?:'s|’s|'|’)$", "", self.tokens[k].text))
            k -= 1
        name = " ".join(owner)
        return bool(owner) and (name in self.lex.media or owner[-1] in _MEDIA_NAME_WORDS
                                or (name[4:] if name.startswith("The ") else name) in self.lex.media)

    def _whole_name(self, clause: Clause) -> Speaker:
        """The clause's speaker with a name the attribution cut back restored: a capitalised
        "-ing" word opening the sentence right before it belongs to the name ("Rolling Stone
        reported", "Seeking Alpha reports" cite a publication, not a "Stone"); its kind is then
        unknown unless the whole name is a known medium."""
        speaker = clause.speaker
        first = clause.first
        if first < 1 or speaker.parts or speaker.kind not in ("person", "institution"):
            return speaker
        prev, head = self.tokens[first - 1], self.tokens[first]
        owned = self._owned_body(first, speaker)
        if owned is not None:
            return owned
        if not (prev.initial and prev.cap and prev.norm.endswith("ing") and len(prev.norm) > 4
                and head.gap == " " and not prev.possessive) or clause.how != "name":
            return speaker
        if speaker.name.split()[0] != head.text:
            return speaker
        name = prev.text + " " + speaker.name
        kind = "media" if name in self.lex.media else None
        return Speaker(name, kind, name_key(name))

    def _owned_body(self, first: int, speaker: Speaker) -> Speaker | None:
        """'according to the Sheriff's Office': a one-word "person" that is a body's noun after a
        capitalised possessive is the owner's body (an institution), never a person "Office"."""
        words = speaker.name.split()
        if len(words) != 1 or fold(words[0]) not in self.vocab.body_nouns or self.tokens[first].text != words[0]:
            return None
        k = first - 1
        if not (self.tokens[k].possessive and self.tokens[k].cap):
            return None
        while k > 0 and self.tokens[k - 1].cap and self.tokens[k].gap == " " and not self.tokens[k - 1].possessive:
            k -= 1
        start = self.tokens[k].start
        if k > 0 and self.tokens[k - 1].norm == "the" and self.tokens[k].gap == " ":
            start = self.tokens[k - 1].start
        name = self.text[start : self.tokens[first].end]
        return Speaker(name, "institution", name_key(name))

    def _group_of(self, speaker: str, groups: dict) -> str | None:
        """The citation a quote's speaker belongs to: the same name, or a partial of it."""
        key = name_key(speaker)
        if key in groups:
            return key
        for k, (name, _kind, _spans) in groups.items():
            if same_speaker(name.split(" (")[0], speaker):
                return k
        return None

    def _speaker_for_name(self, name: str, at: int) -> Speaker:
        """A speaker given by name only (a credit line, a caller's quote): the full name the
        article gives for it, its kind from the term lists and its last word."""
        words = tuple(fold(w) for w in name.split())
        if words:
            display = _nearest(self._full.get(words[-1], ()), self._full_starts.get(words[-1], ()), at,
                               lambda fwords: fwords[len(fwords) - len(words) :] == words, self.settings.name_tries)
            if display is not None:
                return Speaker(display, "person", name_key(display))
        bare = name[4:] if name.startswith("the ") else name
        last = fold(bare.split()[-1]) if bare.split() else ""
        if bare in self.lex.media:
            kind = "media"
        elif bare in self.lex.organisations or last in self.vocab.org_heads or last in self.vocab.body_nouns:
            kind = "institution"
        elif name[:1].islower():
            kind = "anonymous"
        else:
            kind = "person"
        return Speaker(name, kind, name_key(name))

    def _medium_of_unnamed(self, clause: Clause) -> str | None:
        """'a source said told Sputnik': the medium named right after an unnamed source's verb."""
        tokens = self.tokens
        n = len(tokens)
        for v in range(clause.verb, min(n, clause.verb + 3)):
            if tokens[v].norm == "told":
                return self._medium_after(v)
        return None

    def _told_kind(self, speaker: Speaker) -> Speaker:
        """The kind of a cited source as the text tells it, for the list of sources only (who is
        credited with a quotation does not change): a party's members are a group, a business is an
        institution, "X's lawyer" is one person, a surname cited alone is the person's. When the evidence is
        mixed the kind is left unknown (None) rather than guessed."""
        name = speaker.cited_as
        words = name.split()
        one = fold(words[0]) if len(words) == 1 else None
        surname = one is not None and any(len(e[1]) >= 2 for e in self._full.get(one, ()))  # "Swift" of "Taylor Swift"
        if not speaker.parts and self._names_a_document(words):
            return replace(speaker, kind="document")  # "the report", "a Defence Ministry statement": a document says it
        if one is not None and speaker.kind in ("person", "institution") and one + "s" in self.vocab.party_members:
            return replace(speaker, kind=None)  # "Republican": an adjective of a party, no one named
        if one is not None and speaker.kind == "institution" and name.isalpha() and name.isupper() and 3 <= len(name) <= 4 \
                and name not in self.lex.organisations and name not in self.lex.media and self._initials_of_person(name):
            return replace(speaker, kind="person")  # "AOC" after "Alexandria Ocasio-Cortez": her initials
        if speaker.kind == "institution" and surname and name not in self.lex.organisations and name not in self.lex.media:
            return replace(speaker, kind="person")  # "According to Swift" after "Taylor Swift"
        if speaker.kind == "person" and one is not None and not surname and one not in given_names_of_the_world():
            if name in self.lex.places:
                return replace(speaker, kind=None)  # "Kabul said": a place's government or people, no person
            if name in self.lex.organisations or name in PLATFORMS:
                return replace(speaker, kind="institution")  # "Twitter pledged": a known body, not the subject slot's person
        if speaker.kind == "person" and not speaker.parts:
            if self._paper_name(words):
                return replace(speaker, kind="media")  # "according to the Sioux Falls Argus Leader"
            if len(words) == 1 and fold(name) in self.vocab.party_members:
                return replace(speaker, kind="group")  # "Republicans questioned him": a party's members
            if one is not None and not surname and self._plural_of_people(one):
                return replace(speaker, kind="group")  # "Fishermen said": a sentence's capital on a plural noun
            if words and fold(words[0]) not in given_names_of_the_world() and self._business(name):
                return replace(speaker, kind="institution")  # "Home Depot's shares", "Mweb, the company"
            if len(words) >= 2 and words[-1][:1].isupper() and fold(words[-1]) in self.vocab.work_nouns \
                    and fold(words[0]) not in given_names_of_the_world():
                return replace(speaker, kind="institution")  # "the US Geological Survey said": a body named for its work
        if speaker.kind == "group" and not speaker.parts:
            m = _POSSESSIVE_ROLE.match(name)
            if m is not None and singular(m.group(1)) == m.group(1) and not m.group(1).endswith("s") \
                    and (m.group(1) in self.vocab.person_nouns or m.group(1) in self.vocab.title_words or _profession(m.group(1))):
                return replace(speaker, kind="person")  # "Tim Morrison's lawyer": one person
        return speaker

    def _names_a_document(self, words: list[str]) -> bool:
        """Whether a cited name is a document's description: its head (the last word before "of",
        "by" or "from", else the last) is a document noun in lower case ("the memorandum", "court
        records", "the NCAA report"; not "Big Machine Records", nor "the authors of the report")."""
        head = next((words[i - 1] for i, w in enumerate(words) if i and w in ("of", "by", "from")), words[-1] if words else "")
        return head[:1].islower() and (head in self.vocab.document_nouns or singular(head) in self.vocab.document_nouns)

    def _plural_of_people(self, word: str) -> bool:
        """Whether a word cited as a person's name is the plural of a common noun of people
        ("fishermen", "jurors", "economists"; not "Woods" or "Waters", whose singular is no person):
        its capital only opens the sentence."""
        one = singular(word)
        return one != word and one not in given_names_of_the_world() \
            and (word.endswith("men") or one in self.vocab.person_nouns or _profession(one))

    def _paper_name(self, words: list[str]) -> bool:
        """Whether a name cited as a person's is a local paper's: its last word ends paper names
        ("Leader", "Bee"), the word before it is neither a given name, a title nor a common word
        ("Argus", not "Majority"), and the text gives the name after "the" ("the Sioux Falls
        Argus Leader", not "Jane Star")."""
        if len(words) < 2 or words[-1] not in _MEDIA_NAME_WORDS or fold(words[0]) in given_names_of_the_world():
            return False
        before = fold(words[-2])
        if not before.isalpha() or before in self.lex.titles or before in self.lex.title_modifiers \
                or self.lex.is_common(before, self.settings.common_word_zipf):
            return False
        name = " ".join(words)
        found = re.search(r"\b[Tt]he (?:[A-Z][\w.-]* )*" + re.escape(name) + r"\b", self.text)
        return found is not None

    def _initials_of_person(self, acronym: str) -> bool:
        """Whether a full name of a person the article gives has these initials ("Alexandria
        Ocasio-Cortez" for "AOC"): an acronym of a person, not of a body."""
        for entries in self._full.values():
            for entry in entries:
                words = entry[2].replace("-", " ").split()
                if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
                    return True
        return False

    def _business(self, name: str) -> bool:
        """Whether the text tells the named one for a business: "Name's shares", "shares of Name",
        "Name customers", "her label Name", "Name, the company", or the next sentence opening with
        "The company" / "The bank" with no person's pronoun between."""
        known = self._business_names
        if name not in known:
            known[name] = self._told_business(name)
        return known[name]

    @functools.cached_property
    def _business_names(self) -> dict[str, bool]:
        """_business's answers by name: one look per name, not per citation (a name cited a hundred
        times in a long text would scan every mention of it a hundred times: 7 ms of a 10,000-word
        article, a tenth of a second of a 50,000-word one)."""
        return {}

    def _told_business(self, name: str) -> bool:
        text = self.text
        marks = self.vocab.business_marks
        company_nouns = self.lex.company_nouns  # "the company", "the bank": takes up a business named before
        start = text.find(name)  # (str.find, not a regex: a scan at C speed for each name once)
        while start >= 0:
            at, end = start, start + len(name)
            start = text.find(name, end)
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-") \
                    or end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue  # part of a longer word or name
            after = text[end : end + 40]
            a = re.match(r"(?:'s|’s|'|’)?\s+([a-z]+)", after)
            if a is not None and a.group(1) in marks:
                return True
            before = re.search(r"\b(?:shares|stock|customers|employees) (?:of|at|in) $"
                               r"|\b(?:the|its|his|her|their|our|former|record) ([a-z]+),? $", text[max(0, at - 40) : at])
            if before is not None and (before.group(1) is None or before.group(1) in company_nouns):
                return True  # "shares of Name", "her former label Big Machine" (not "crane operator Sami Haddad")
            apposition = re.match(r",\s+(?:the|a) ([a-z]+)\b", after)
            if apposition is not None and apposition.group(1) in company_nouns:
                return True  # "Mweb, the company that owns": an apposition
            window = text[end : end + self.settings.source_company_chars]
            stop = re.search(r"[.!?][\"”’]?\s+\S+[^.!?]*[.!?]", window)
            window = window[: stop.end()] if stop is not None else window
            # the next sentence opening with "The company" takes the name up (no person's pronoun before it)
            found = [x for x in re.finditer(r"[.!?][\"”’]?\s+The ([a-z]+)\b", window) if x.group(1) in company_nouns]
            if found and not re.search(r"\b(?:he|she|his|her|him)\b", window[: found[0].start()], re.IGNORECASE):
                return True
        return False
