"""Descriptions ("the minister", "the agency", "the source") resolved to the person or body described so before."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from sidebyside.compare.text import fold
from sidebyside.compare.attribution.identity import is_named, name_key
from sidebyside.compare.attribution.records import Clause, Speaker, _NameRun, _Person
from sidebyside.compare.attribution.vocabulary import _STRONG
from sidebyside.compare.attribution.vocabulary import _ROLE_FAMILY, _ACCORDING, _DETERMINERS, _DOCUMENT_VERBS, _FUNCTION, _INDEFINITE, _LEADER, _MEDIA_HEADS, _POST_ADJECTIVES, _PREPOSITIONS, _RELATIVES, _SPACE, _SPEECH, _BE, _profession, _stem
from sidebyside.compare.tokens import singular

# "the convicted killer", "the gunman": a person described by a deed the article tells of (speech.json
# culprit_nouns; the one name every module of the attribution reads them by)
CULPRIT_NOUNS = frozenset(_SPEECH["culprit_nouns"])
# the determiners of a role whose holder the text may name only later ("its founder told her")
# a capitalised name of words, its last word apart: "Snake Valley Irrigation District", "The Insurers' Federation"
# (the word boundary before the first capital is a look-behind after it: a pattern that opens
# with a capital lets the engine skip to the capitals of the text, not try a match at every character)
_NAMED_BODY = re.compile(r"([A-Z](?<!\w[A-Z])[\w’'&-]*\s(?:[A-Z][\w’'&-]*\s){0,4}([A-Z][a-z]{2,}))\b")
_OWNING = frozenset("its his her their the".split())


class DescriptionResolution:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _resolve_description(self, first: int, last: int, clause: Clause) -> Speaker | None:
        tokens = self.tokens
        first = self._after_reduced_relative(first, last)
        words = tokens[first : last + 1]
        head = tokens[self._head_of(first, last)]
        at = tokens[first].start
        phrase = self.text[tokens[first].start : tokens[last].end]
        det = words[0].norm
        # "officials of the World Health Organization said": the organisation speaks
        of = next((m for m in range(first + 1, last) if tokens[m].norm == "of"), None)
        if of is not None:
            run = self._runs.get(last)
            if run is None and last + 0 < len(tokens):
                run = next((r for r in (self._runs.get(m) for m in range(of + 1, last + 1)) if r is not None), None)
            if run is not None and run.kind in ("institution", "media") and head.norm.endswith("s"):
                return self._speaker_of_run(run, at, with_article=self._article_before(run.first))
        if first == last and not head.cap and head.norm not in _DETERMINERS and not self._plural_or_collective(head.norm):
            return None  # "court", "actor", "union": a bare common noun names no one
        # (a title after "the" or an owner: '," said the committee's chair, Liberal MP Donna Kirkwood,')
        titled = head.norm in self.vocab.title_words and (det == "the" or tokens[first].possessive)
        if (head.norm in self.vocab.person_nouns or titled) and not self._plural_or_collective(head.norm):
            named = self._apposition_name_after(last)
            if named is not None and named[1] < clause.verb and tokens[named[1] + 1].gap.strip() == "," \
                    and self._runs.get(named[1]) is not None:
                # '," the candidate, regional bureaucrat Resulberdy Mammedov, said': the name given
                return self._speaker_of_run(self._runs[named[1]], at)
        if head.norm in self.vocab.body_nouns and singular(head.norm) == head.norm:
            named = self._apposition_name_after(last, kinds=("institution", "media"))
            if named is not None and named[1] < clause.verb and tokens[named[1] + 1].gap.strip() == "," \
                    and self._runs.get(named[1]) is not None:
                # "The hospitals' parent company, Meridian Health, said": the body the description names
                run = self._runs[named[1]]
                return self._speaker_of_run(run, at, with_article=self._article_before(run.first))
            body = self._body_named_after(last, clause.verb)
            if body is not None:
                return body  # "The union that represents the workers, the Bakery and Confectionery Workers Local 412, said"
        if head.norm in self.vocab.document_nouns and det in ("a", "an") and last == first + 1 \
                and head.norm not in self.vocab.impersonal_documents and self.language in (None, "en"):
            if last + 1 < len(self.tokens) and self.tokens[last + 1].norm == "from" and self.tokens[last + 1].gap in _SPACE:
                # '," said a statement from the Home Office': the body that put it out speaks; a
                # document is no speaker, so with no name after "from" ("from the company"), no one
                return self._issuer_after(last)
        if head.norm in self.vocab.document_nouns and det in ("a", "an", "the") and last > first + 1 \
                and head.norm not in self.vocab.impersonal_documents:
            issuer = self._runs.get(last - 1)
            if issuer is not None and issuer.kind in ("institution", "media") \
                    and (issuer.run_first if issuer.run_first >= 0 else issuer.first) == first + 1:
                # '," a NSW Police statement said': the body that put the statement out speaks
                return self._speaker_of_run(issuer, at, with_article=self._article_before(issuer.first))
        if det == "the" and last > first + 1:
            titled = self._role_by_title(first, last, at)  # "said the navy chief": the admiral named before
            if titled is not None:
                return titled
        if det == "the" and head.norm in self._titled_words:
            titled = self._role_as_title(first, last, at)
            if titled is not None:
                return titled
        if det == "the" or det == "this":
            resolved = self._definite(head.norm, first, last, at)
            if resolved is not None:
                return resolved
            if head.norm in CULPRIT_NOUNS:
                return None  # "the convicted killer said": someone the article names, or no one; never the phrase
            if head.norm == "old" or _profession(head.norm) and not self._speaker_head_listed(head.norm) \
                    or last == first + 1 and head.text in self.lex.demonyms:
                return None  # "the 56-year-old", "the star", "the American" nobody can be sure of: no speaker rather than a role
            if any(c in tokens[m].gap for m in range(first + 1, last + 1) for c in '"“”'):
                return None  # 'the "Pose" actor' the text names no one as: a role, no speaker
            if head.norm in self.vocab.document_nouns and first == last - 1 and clause.base == _ACCORDING \
                    and self._document_carries_anothers_words(clause) \
                    or tokens[last].norm == "press" and last + 1 < len(tokens) and tokens[last + 1].norm == "release":
                # '," she said, according to the statement': hers, the paper no speaker of its own;
                # '," read the press release': a release whose author is not read here
                return None
        if det in ("a", "an") and (head.norm in self.vocab.person_nouns or head.norm in self.vocab.title_words) \
                and singular(head.norm) == head.norm:
            later = self._same_one_named(head.norm, last)
            if later is not None:
                return later  # "A spokesman for the ministry told reporters ... The spokesman, Ivo Brandt, declined"
        if det in _OWNING and (head.norm in self.vocab.role_nouns or head.norm in self.vocab.kin) \
                and (last == first + 1 or self._of_someone_unnamed(first, last)):
            later = self._described_later(head.norm, at)
            if later is not None:
                return later  # "its founder told her ..." and after it "Dale Fenwick, 63, who founded the league"
            appositive = last + 1 < len(tokens) and tokens[last + 1].gap.strip() == "," and tokens[last + 1].cap
            if head.norm in self.vocab.kin and det in ("his", "her", "their") and last == first + 1 \
                    and not appositive and self._one_described(head.norm, at):
                # (not "her mother, Fiona, said": the name given there is read, or no one)
                person = self._latest_described(at, head.norm, set(), False)
                if person is not None:
                    # "Okafor's mother, Patience Okafor, read a statement ... '…,' his mother said": the
                    # one person the text named as a mother; two so named, no one
                    return Speaker(person.canonical, "person", person.key)
        kind = self._kind_of_description(first, last, head.norm)
        owner = next((m for m in range(first, last) if tokens[m].possessive), None)
        if owner is not None and self._runs.get(owner) is not None:
            run = self._runs[owner]  # "Erdogan's office" -> "Recep Tayyip Erdogan's office"
            named = self._speaker_of_run(run, at)
            if named is not None and named.kind == "person" and head.norm in self.vocab.document_nouns and owner == last - 1:
                return named  # "Willoughby's letter continued": the words of the one who wrote it
            if named is not None:
                rest = self.text[tokens[owner].end : tokens[last].end]
                phrase = self.text[tokens[first].start : tokens[run.first].start] + named.name + rest
                kind = "institution" if run.kind == "person" and head.norm in self.vocab.body_nouns else kind
        # "Analysts say" is "analysts"; "Taylor Swift's rep", "Israeli courts" keep their capital
        initial = words[0].initial and words[0].cap and not words[0].possessive \
            and words[0].text not in self.lex.demonyms and words[0].text not in self.lex.countries \
            and not any((r.run_first if r.run_first >= 0 else r.first) <= first and (r.kind != "single" or not self._common(words[0]))
                        for r in (self._runs.get(m) for m in range(first, last + 1)) if r is not None)
        key = "np:" + name_key(phrase)
        return Speaker(phrase, kind, key, sentence_case=initial)

    def _issuer_after(self, last: int) -> Speaker | None:
        """The body or person named by the "from" right after a document's noun at ``last`` ("a
        statement from the Home Office", "a statement from Waitrose"), outside quotations: the one
        whose words the document carries; None when no name follows."""
        tokens = self.tokens
        m = last + 2
        if m >= len(tokens):
            return None
        if tokens[m].norm == "the" and m + 1 < len(tokens):
            m += 1
        run = self._run_starting(m)
        if run is None or run.first != m or self._quote_of_token[m] >= 0 or run.kind not in ("institution", "media", "person"):
            return None
        return self._speaker_of_run(run, tokens[last].start, with_article=self._article_before(run.first))

    def _document_carries_anothers_words(self, clause: Clause) -> bool:
        """Whether "according to" a document stands beside another speech clause of its sentence
        ('"...," she told settler leaders, according to a statement.'): the document only carries
        that speaker's words, it is no speaker or source of its own. Alone in its sentence ("According
        to the memorandum, officials should ...") the document is the one that says them."""
        tokens = self.tokens
        head = tokens[self._head_of(clause.first, clause.last)]
        if clause.base != _ACCORDING or head.cap or head.norm not in self.vocab.document_nouns:
            return False  # (not "According to the Huffington Post, police say": a medium's name)
        sentence = self.at.sentences[self.at.sentence_at(tokens[clause.verb].start)]
        lo = bisect.bisect_left(self.at.token_starts, sentence.start)
        hi = bisect.bisect_left(self.at.token_starts, sentence.end)
        verbs = [c.verb for c in self.clauses]  # (read while the clauses are still being found, too)
        return any(other is not clause and other.inside is None and other.base in _STRONG
                   for other in self.clauses[bisect.bisect_left(verbs, lo) : bisect.bisect_left(verbs, hi)])

    def _of_someone_unnamed(self, first: int, last: int) -> bool:
        """Whether a description is "the <noun> of a/an ..." ("The mother of a woman who took diet
        pills"): the relative of someone the text has not named yet."""
        tokens = self.tokens
        return first + 3 <= last and tokens[first + 2].norm == "of" and tokens[first + 3].norm in ("a", "an")

    def _same_one_named(self, head: str, last: int) -> Speaker | None:
        """The person the text names right after an unnamed one, taking the description up with
        "The" in an apposition ("A spokesman for the ministry said ... The spokesman, Ivo Brandt,
        declined"), in the same paragraph or the next; not "Another spokesman, X"."""
        tokens = self.tokens
        at = tokens[last].start
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        end = self.at.paragraphs[min(len(self.at.paragraphs) - 1, paragraph + 1)][1]
        k = last + 1
        while k + 2 < len(tokens) and tokens[k].start < end:
            if tokens[k].text == "The" and tokens[k + 1].norm == head and tokens[k + 1].gap in _SPACE \
                    and tokens[k + 2].gap.strip() == ",":
                run = next((r for r in (self._runs.get(m) for m in range(k + 2, min(len(tokens), k + 7))) if r is not None), None)
                if run is None or run.kind != "person" or (run.run_first if run.run_first >= 0 else run.first) != k + 2 \
                        or run.last + 1 >= len(tokens) or tokens[run.last + 1].gap.strip() != ",":
                    return None
                return self._speaker_of_run(run, at)
            k += 1
        return None

    def _described_later(self, role: str, at: int) -> Speaker | None:
        """The one person the text names after a description of a role ("its founder") as holding
        it, in a later sentence within settings.described_later_paragraphs paragraphs: the role among the name's
        descriptors ("founder Dale Fenwick", "Dale Fenwick, the league's founder") or its verb in a
        relative clause right after the name ("Dale Fenwick, 63, who founded the league"); never
        merely the next name. Two such people, or none: no one."""
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        last = min(len(self.at.paragraphs) - 1, paragraph + self.settings.described_later_paragraphs)
        stem = role[:-2] if role.endswith(("er", "or")) and len(role) > 5 else None
        found: dict[str, _Person] = {}
        s = self.at.sentence_at(at)  # (from the next sentence: an apposition of its own is read elsewhere)
        after = self.at.sentences[s].end if s >= 0 else at
        for m in self._mentions_between(after, self.at.paragraphs[last][1]):
            if role in m.descriptors or role in self._descriptors.get(m.key, ()):
                found[m.key] = m
                continue
            if stem is None:
                continue
            after = self.text[m.start : m.start + self.settings.relative_clause_chars]
            said = re.search(r"^[^,.;:!?]*(?:,[^,.;:!?]{0,12})?, who (?:also |had |has |once )?([a-z-]+)", after)
            if said is not None and said.group(1).startswith(stem) and said.group(1).endswith(("ed", "s")):
                found[m.key] = m
        if len(found) != 1:
            return None
        person = next(iter(found.values()))
        return Speaker(person.canonical, "person", person.key)

    def _body_named_after(self, last: int, verb: int) -> Speaker | None:
        """The body a description names in an apposition before its verb, past a relative clause
        ("The union that represents the plant's workers, the Bakery and Confectionery Workers Local
        412, called"): capitalised words, joined by "and"/"&"/"of" and ending in numbers, closed by
        a comma, one of whose runs is a body's name (not "the union, Ann Lee, said")."""
        tokens = self.tokens
        m = last + 1
        if m < verb and tokens[m].norm in _RELATIVES and tokens[m].gap in _SPACE:
            while m < verb and m - last <= self.settings.relative_clause_tokens and tokens[m].gap in _SPACE:
                m += 1
        if m >= verb or tokens[m].gap.strip() != ",":
            return None
        if tokens[m].norm == "the" and m + 1 < verb:
            m += 1
        start, end = m, None
        for k in range(m, verb + 1):
            tok = tokens[k]
            if k > start and tok.gap.strip() == ",":
                end = k - 1
                break
            if k > start and tok.gap not in _SPACE:
                return None
            inside = tok.norm in ("and", "&", "of") and k > start and k + 1 < verb and tokens[k + 1].cap
            if not (tok.cap or inside or tok.text.isdigit() and k > start):
                return None
        if end is None or tokens[end].norm in ("and", "&", "of") \
                or not any(r is not None and r.kind in ("institution", "media") for r in (self._runs.get(k) for k in range(start, end + 1))):
            return None
        name = self.text[tokens[start].start : tokens[end].end]
        return Speaker(name, "institution", name_key(name))

    def _after_reduced_relative(self, first: int, last: int) -> int:
        """Where the speakers start in "the problems Georgia prosecutors say they face": a plural
        common noun right before a capitalised word is what they speak about, its "that" left
        out; the speakers are the words after it."""
        tokens = self.tokens
        for m in range(first + 1, last):
            prev, tok = tokens[m - 1], tokens[m]
            if tok.cap and not prev.cap and tok.gap in _SPACE and prev.norm != singular(prev.norm) \
                    and m - 1 > first and tokens[first].norm in _DETERMINERS and not prev.possessive \
                    and all(tokens[j].cap for j in range(m, last)):  # "Georgia prosecutors", not "Reuters spoke to"
                return m
        return first

    def _plural_or_collective(self, word: str) -> bool:
        """'officials', 'police', 'someone': a word that may stand alone for speakers."""
        return word in self.vocab.standalone_speakers or singular(word) != word

    def _head_of(self, first: int, last: int) -> int:
        """The head noun of a description: before a post-modifier ("a person familiar with ...")."""
        tokens = self.tokens
        for m in range(first + 1, last + 1):
            if tokens[m].norm in _PREPOSITIONS and m > first:
                h = m - 1
                if tokens[h].norm in _POST_ADJECTIVES and h > first:
                    h -= 1
                return h
        return last

    def _kind_of_description(self, first: int, last: int, head: str) -> str:
        vocab = self.vocab
        if head in ("media", "press", "broadcaster", "newspaper", "daily", "outlet", "outlets", "channel", "website"):
            return "media"
        if head in vocab.body_nouns and head not in ("side", "camp"):
            return "institution"
        if self.tokens[first].norm in _INDEFINITE or head in ("source", "sources", "insider", "insiders"):
            return "anonymous"
        if self.tokens[first].norm in ("the", "our") and singular(head) == head and head not in vocab.standalone_speakers \
                and (head in vocab.title_words or head in vocab.person_nouns or _profession(head)):
            return "person"  # "the president of South Sudan", "our reporter": one person, not a group
        return "group"

    @functools.cached_property
    def _body_name_heads(self) -> dict[str, list[tuple[int, str]]]:
        """The last words of the capitalised names of two words or more the text gives bodies ("the
        Insurers' Federation", "Snake Valley Irrigation District"), with each name and where it
        ends, for the heads no list holds: "the federation said" is that body (people's names
        left out: "the Penrose" is no one)."""
        heads: dict[str, list[tuple[int, str]]] = {}
        for m in _NAMED_BODY.finditer(self.text):
            words = m.group(1).split()
            while words and (words[0].casefold() in ("the", "a", "an") or words[0].casefold() in self.vocab.openers):
                words = words[1:]
            head = m.group(2).casefold()
            if len(words) < 2 or self._speaker_head_listed(head):
                continue
            k = bisect.bisect_left(self.at.token_starts, m.start(2))
            run = self._runs.get(k)
            if run is not None and run.kind == "person" or self._in_quote(k):
                continue
            heads.setdefault(head, []).append((m.end(), " ".join(words)))
        return heads

    def _named_body_by_head(self, head: str, at: int) -> Speaker | None:
        """'The Insurers' Federation rejected the findings. "…," the federation said': the latest
        body named before at whose name ends with the head, within resolve_chars."""
        named = [name for end, name in self._body_name_heads.get(head, ()) if at - self.settings.resolve_chars <= end <= at]
        return Speaker(named[-1], "institution", name_key(named[-1])) if named else None

    def _definite(self, head: str, first: int, last: int, at: int) -> Speaker | None:
        """"the minister", "the Russian leader", "the agency", "the statement", "the source"."""
        tokens, vocab = self.tokens, self.vocab
        if last == first + 1 and head in self._body_name_heads:
            return self._named_body_by_head(head, at)
        member = self._runs.get(last)
        if last == first + 1 and member is not None and self._party_member_described(member) and self._unnamed_aside_after(last):
            phrase = self.text[tokens[first].start : tokens[last].end]  # '," said the Democrat, who is familiar with'
            return Speaker(phrase, "anonymous", "np:" + name_key(phrase))
        modifiers = {tokens[m].norm for m in range(first + 1, last) if tokens[m].cap}
        name_inside = self._runs.get(last)
        start_inside = name_inside.run_first if name_inside is not None and name_inside.run_first >= 0 else \
            name_inside.first if name_inside is not None else 0
        demonym = last == first + 1 and tokens[last].text in self.lex.demonyms  # "said the American": a person by nation
        if name_inside is not None and name_inside.kind in ("person", "single") and not demonym \
                and not (start_inside > first and tokens[start_inside - 1].norm in _PREPOSITIONS) \
                and not (name_inside.kind == "single" and self._office_start((first, last)) == first):  # (not "Secretary" of "the Foreign Secretary")
            # "the 14th-ranked Schwartzman" is Schwartzman; in "the president of Chechnya" the name
            # after the preposition is the office's country, not its holder
            return self._speaker_of_run(name_inside, at)  # "the 14th-ranked Schwartzman"
        if head in vocab.document_nouns:
            author = self._author_of_document(head, at)
            if author is None:
                author = self._same_description_spoke(first, last, at)  # "The white paper noted ... the white paper said"
            if author is None and head not in vocab.impersonal_documents:
                author = self._issuer_just_before(first)  # "The weather service issued a flood emergency. '…,' the bulletin read."
            if author is None:
                author = self._latest_speaker(at, kinds=("institution", "media"))
                if author is not None and self._document_of_another_body(modifiers, author):
                    return None  # "The NCAA report says" after "Ohio State said": the report's own words
            return author
        if head in CULPRIT_NOUNS:
            return self._person_by_deed([tokens[m].norm for m in range(first + 1, last + 1)], at)
        if head in ("pair", "duo") and last == first + 1:
            # "the pair said": the two who spoke last, when two names spoke together
            return self._latest_speaker(at, kinds=("group",), fits=lambda speaker: len(speaker.parts) == 2)
        if head in ("source", "sources", "insider", "insiders", "expert", "experts", "person", "patient"):
            return self._latest_unnamed(at, head)
        specific = any(tokens[m].norm in vocab.title_words or tokens[m].text in self.lex.demonyms
                       for m in range(first + 1, last))
        if head in vocab.body_nouns and not modifiers and not specific:
            lower = [tokens[m].norm for m in range(first + 1, last)
                     if not tokens[m].cap and tokens[m].norm not in _FUNCTION and not tokens[m].possessive]
            return self._body_referent(head, lower, at)
        if head in ("militants", "fighters", "rebels", "insurgents", "gunmen", "group"):
            return self._latest_organisation(at, groups=True)
        aged = head == "old" and any(c.isdigit() for c in self.text[tokens[first].start : tokens[last].end])
        if _profession(head) or demonym or aged:
            # "the actor", "the singer and guitarist", "the 56-year-old": the person the passage is about
            person = self._salient_person(at, None)
            if person is not None and head not in self._others_descriptors(person.key) \
                    and (person.subject or person.start in self._subject_starts) and not self._others_named_since(person, at) \
                    and not (demonym and self._others_in_paragraph_of(person, at)):
                return Speaker(person.canonical, "person", person.key)
            if _profession(head) and not demonym:
                person = self._person_by_role_salience(head, at)
                if person is not None:
                    return Speaker(person.canonical, "person", person.key)
        owner = next((tokens[m].norm for m in range(first + 1, last) if tokens[m].possessive), None)
        if owner is not None and self._runs.get(last - 1) is None and singular(owner) not in vocab.generic_bodies:
            # "the beer distributor's president": that owner's, not the president of another body
            # named before; "the company's spokesman" may be the one the company named
            return None
        if head in vocab.title_words or head in vocab.person_nouns:
            unnamed = self._latest_unnamed(at, head)
            if unnamed is not None:
                return unnamed  # "A spokesperson who did not wish to be named ... the spokesperson said"
            generic = head in ("official", "aide", "adviser", "advisor", "diplomat", "spokesperson", "spokesman", "spokeswoman")
            if not generic and head not in vocab.title_words \
                    and (head not in vocab.person_nouns or head in vocab.body_nouns or not self._one_described(head, at)):
                return None  # ("the witness said" with no one or two named witnesses: no one)
            person = self._latest_described(at, head, modifiers, generic)
            if person is not None:
                return Speaker(person.canonical, "person", person.key)
        return None

    def _person_by_role_salience(self, head: str, at: int) -> _Person | None:
        """The person a profession ("the striker said") stands for when several are named before:
        each person named in the narration of at's paragraph and the settings.role_paragraphs
        before it scores per mention (role_subject_weight for a sentence's subject, else
        role_mention_weight), a paragraph further back by role_paragraph_decay less; a person the
        text gives another profession ("goalkeeper Tom Brannock") or whom it names as another's
        ("Hartigan's lawyer") is no candidate, nor anyone when someone else is called by this one.
        The best must lead the next by role_margin, else no one."""
        settings = self.settings
        paragraph = self.at.paragraph_at(at)
        if paragraph < 0:
            return None
        lo = self.at.paragraphs[max(0, paragraph - settings.role_paragraphs)][0]
        scores: dict[str, float] = {}
        people: dict[str, _Person] = {}
        subject_at = -1  # where the latest subject's name starts: "Kofi Amadi and Luca Benn levelled" are two
        for m in self._mentions_between(lo, at):
            between = self.text[subject_at : m.start] if 0 <= subject_at < m.start else ""
            subject = m.subject or m.start in self._subject_starts or len(between) < 60 \
                and between.rstrip().endswith(" and") and not any(c in between for c in ",.;:!?\n")
            subject_at = m.start if subject else -1
            described = self._descriptors.get(m.key, set())
            if m.possessive or any(d != head and _profession(d) for d in described) \
                    or self._in_quote(bisect.bisect_left(self.at.token_starts, m.start)):
                continue
            if head in self._others_descriptors(m.key):
                return None  # someone else is the one the text calls so
            back = paragraph - self.at.paragraph_at(m.start)
            weight = settings.role_subject_weight if subject else settings.role_mention_weight
            scores[m.key] = scores.get(m.key, 0.0) + weight * settings.role_paragraph_decay ** max(0, back - 1)
            people[m.key] = m
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < settings.role_margin:
            return None
        return people[ranked[0][0]]

    def _person_by_deed(self, words: list[str], at: int, pronoun: str | None = None) -> Speaker | None:
        """The one person named before at as the subject of a sentence that tells the deed a
        description's words name ("Dwayne Corliss ... was convicted of murder" for "the convicted
        killer": "convicted"; "killer" for "killed"), of the pronoun's gender when one is given; None
        when no one or several are (the victims a sentence names are no subjects)."""
        stems = {_stem(w) for w in words if len(w) > 4 and w.isalpha()}
        # the deed an agent noun names ("killer" -> "kill"): done by the subject, so an active verb
        # only ("Ann Lee was killed": the victim, no killer)
        agent = {w[:-2] for w in words if w.endswith("er") and len(w) > 5} - stems
        if not stems and not agent:
            return None
        found: dict[str, _Person] = {}
        tokens, starts = self.tokens, self.at.token_starts
        i = bisect.bisect_left(self._mention_starts, at)
        for m in self._mentions[max(0, i - 60) : i]:
            if m.start < at - self.settings.resolve_chars or not m.subject or m.possessive \
                    or self._in_quote(bisect.bisect_left(starts, m.start)):
                continue  # ("Ann Lee's murder": the victim's)
            sentence = self.at.sentences[self.at.sentence_at(m.start)]
            lo, hi = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, min(sentence.end, at))
            if any(not tokens[t].cap and (_stem(tokens[t].norm) in stems or _stem(tokens[t].norm) in agent
                                          and tokens[t - 1].norm not in _BE) for t in range(lo, hi)):
                found[m.key] = m
        if len(found) != 1:
            return None
        person = next(iter(found.values()))
        if pronoun is not None and self._gender.get(person.key, pronoun) != pronoun:
            return None
        return Speaker(person.canonical, "person", person.key)

    def _same_description_spoke(self, first: int, last: int, at: int) -> Speaker | None:
        """The speaker of an earlier clause of the narration whose subject is the same description,
        its determiner aside ("The white paper noted ... the white paper said"): the same document."""
        words = [t.norm for t in self.tokens[first + 1 : last + 1]]
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            sp = clause.speaker
            if sp is not None and clause.inside is None and not is_named(sp) \
                    and self._names_same_document(clause, words) \
                    and self.tokens[clause.first].norm in ("the", "a", "an", "this"):
                return sp
        return None

    def _role_as_title(self, first: int, last: int, at: int) -> Speaker | None:
        """"the chief" after "Fire Chief Roberto Alvarez", "the harbour master" after "Harbour Master
        Colin Reid": a role in lower case after "the", which the text wrote as a title before the
        name of exactly one person named in the window before it (two chiefs: no one)."""
        tokens = self.tokens
        words = [tokens[m] for m in range(first + 1, last + 1)]
        if not words or len(words) > 3 or any(t.cap or t.possessive or t.norm in _FUNCTION or not t.norm.isalpha() for t in words):
            return None
        head = words[-1].norm
        if head in self.vocab.postpositive_titles or head in self.vocab.body_nouns:
            return None  # "the general" is no "Attorney General"; "the state" is a body, not "Secretary of State X"
        wanted = {t.norm for t in words}
        found: Speaker | None = None
        i = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self._mentions[max(0, i - 60) : i]):
            if m.start < at - self.settings.resolve_chars:
                break
            if wanted <= self._titled_as.get(m.key, set()):
                if found is not None and found.key != m.key:
                    return None
                if found is None and self._introduced_anew(head, m.start, at):
                    return None  # "... Sinn Féin's housing spokesperson ... a spokesperson for the Department said": the new one
                found = found or Speaker(m.canonical, "person", m.key)
        return found

    def _introduced_anew(self, head: str, lo: int, hi: int) -> bool:
        """Whether "a" or "an" and at most two words before head introduce one more of that role
        between the characters lo and hi ("a spokesperson for the Department of Housing"): "the
        spokesperson" after it is that one, not the person titled so before."""
        tokens, span = self.tokens, self.at.token_range(lo, hi)
        return any(tokens[k].norm in ("a", "an") and any(tokens[x].norm == head for x in range(k + 1, min(span.stop, k + 4)))
                   for k in span)

    def _others_in_paragraph_of(self, person: _Person, at: int) -> bool:
        """Whether the narration names someone else from the start of person's paragraph to at: a
        nation describes many, so "the American" is the one person the passage names, or no one."""
        p = self.at.paragraph_at(person.start)
        lo = self.at.paragraphs[p][0] if p >= 0 else person.start
        i, j = bisect.bisect_left(self._mention_starts, lo), bisect.bisect_left(self._mention_starts, at)
        return any(m.key != person.key for m in self._mentions[i : min(j, i + 40)])

    def _author_of_document(self, head: str, at: int) -> Speaker | None:
        """Who put out the document "the letter" stands for: the subject of the latest sentence of
        the narration, within reach, that introduces one of the kind with a verb of writing or
        putting out ("Gray's school principal, Matthew Willoughby, wrote a heartfelt letter", "the
        ministry issued a statement"); its words are theirs."""
        tokens = self.tokens
        end = bisect.bisect_left(self.at.token_starts, at)
        latest = True  # the first mention of the kind met going back
        for m in range(end - 1, 2, -1):
            if tokens[m].start < at - self.settings.resolve_chars:
                break
            if tokens[m].norm != head or self._in_quote(m):
                continue
            first_met, latest = latest, False
            owner = self._document_owner(m)
            if owner is not None:
                return owner  # "according to a statement from the Indian government ... The statement said"
            d = m - 1
            while d > m - 4 and tokens[d + 1].gap in _SPACE and tokens[d].norm not in _FUNCTION and not tokens[d].cap:
                d -= 1  # "a heartfelt letter", "a brief written statement"
            v = d - 1
            # (only the latest statement: "said in a separate statement" before "denied ... in a statement" is another's)
            said_in = first_met and tokens[v].norm == "in" and v > 0 and tokens[v].gap in _SPACE \
                and self.vocab.verbs.get(tokens[v - 1].norm) is not None and not self._in_quote(v - 1)
            if said_in:
                v -= 1  # "Gov. Martha Delaney said in a statement ... the statement said": hers
            fronted = self._fronted_statement_clause(d, m) if first_met else None
            if fronted is not None:
                return fronted  # "In a statement, Halden Home said ... '…,' the statement said": the company's
            if tokens[d].norm not in _INDEFINITE or tokens[d + 1].gap not in _SPACE or tokens[d].gap not in _SPACE \
                    or not (said_in or tokens[v].norm in _DOCUMENT_VERBS or self.vocab.verbs.get(tokens[v].norm) == "write"):
                continue
            k = bisect.bisect_left(self._clause_verbs, v)
            if k < len(self.clauses) and self.clauses[k].verb == v:
                speaker = self.clauses[k].speaker
            else:
                subject = self._sentence_subject(v)
                speaker = self._resolve(Clause(v, subject[0], subject[1], "write")) if subject is not None else None
            return speaker if speaker is not None and speaker.kind in ("person", "institution") else None
        return None

    def _fronted_statement_clause(self, d: int, m: int) -> Speaker | None:
        """'In a statement, Halden Home said it had found a fault': the speaker of the speech
        clause of the sentence that opens with "In a(n) <document>," (token d the article, m the
        document's noun), its verb the first after the comma in that sentence, in the narration.
        None when the sentence opens otherwise or no clause of it speaks."""
        tokens = self.tokens
        if d < 1 or tokens[d].norm not in _INDEFINITE or tokens[d - 1].norm != "in" or m + 1 >= len(tokens) \
                or tokens[m + 1].gap.strip() != ",":
            return None
        s = self.at.sentence_at(tokens[d - 1].start)
        if s < 0 or self.text[self.at.sentences[s].start : tokens[d - 1].start].strip():
            return None  # not the sentence's opening words ("fined him in a statement, ..." is no opening)
        end = self.at.sentences[s].end
        k = bisect.bisect_left(self._clause_verbs, m + 1)
        if k >= len(self.clauses):
            return None
        clause = self.clauses[k]
        if tokens[clause.verb].start >= end or clause.inside is not None or clause.first <= m:
            return None
        speaker = clause.speaker
        return speaker if speaker is not None and speaker.kind in ("person", "institution") else None

    def _issuer_just_before(self, first: int) -> Speaker | None:
        """'The National Weather Service issued a flash flood emergency for the valley. "Move to
        higher ground now," the bulletin read.': a document named by no earlier noun of its kind,
        right after a sentence of its paragraph whose verb puts something out ("issued",
        "released", "posted"), is what that sentence's subject put out, when it is a person or a
        body; nothing but the quotation stands between that sentence and the description."""
        tokens, at = self.tokens, self.at
        para = at.paragraph_at(tokens[first].start)
        lo = at.paragraphs[para][0] if para >= 0 else 0
        m = first - 1
        while m >= 0 and tokens[m].start >= lo and self._in_quote(m):
            m -= 1
        if m < 0 or tokens[m].start < lo or m == first - 1:
            return None  # no quotation right before the description, or none in its paragraph
        s = at.sentence_at(tokens[m].start)
        if s < 0:
            return None
        sentence = at.sentences[s]
        if sentence.start < lo:
            return None
        k = bisect.bisect_left(at.token_starts, sentence.start)
        v = next((j for j in range(k, m + 1) if tokens[j].norm in _DOCUMENT_VERBS and not tokens[j].cap
                  and not self._in_quote(j)), None)
        if v is None:
            return None
        subject = self._sentence_subject(v)
        if subject is None or subject[1] >= v:
            return None
        speaker = self._resolve(Clause(v, subject[0], subject[1], "write"))
        return speaker if speaker is not None and speaker.kind in ("person", "institution") else None

    def _document_owner(self, m: int) -> Speaker | None:
        """'a statement from the Indian government', 'a letter by Smith': the one named right
        after the document noun at token m and "from" or "by" puts it out."""
        tokens, n = self.tokens, len(self.tokens)
        if m + 2 >= n or tokens[m + 1].norm not in ("from", "by") or tokens[m + 1].gap not in _SPACE \
                or tokens[m + 2].gap not in _SPACE:
            return None
        at_name = m + 3 if tokens[m + 2].norm == "the" and m + 3 < n and tokens[m + 3].cap else m + 2
        run = self._run_starting(at_name)
        if run is not None and run.first == at_name and run.kind != "place":
            span = (run.first, run.last)
        else:
            span = self._description_after(m + 2)
        if span is None:
            return None
        speaker = self._resolve(Clause(m, span[0], span[1], "write"))
        return speaker if speaker is not None and speaker.kind in ("person", "institution") else None

    def _body_referent(self, head: str, lower: list[str], at: int) -> Speaker | None:
        """"the company", "the agency", "the police": the body the passage is about. Candidates:
        the body that spoke last nearby, and the body named last that the text shows to be one
        (named so, the subject of its sentence, described by a body noun, or a speaker before);
        a name given in a later sentence than the last speaker's clause is the newer topic
        ("Dick Clark Productions said ... Swift accused Big Machine ... The company denied").
        A specific noun ("the police", "the army", "the court") takes only a name that holds it
        or that the text described with it; a paper is a medium, a company is none."""
        vocab = self.vocab
        single_head = singular(head)
        generic = head in vocab.generic_bodies
        media_head = head in _MEDIA_HEADS

        def fits(speaker: Speaker, described: frozenset[str] = frozenset()) -> bool:
            words = {singular(w) for w in name_key(speaker.name).split()}
            if not is_named(speaker):  # a description: the same head, the same modifiers
                return single_head in words and all(singular(w) in words for w in lower)
            if speaker.kind == "media" and not media_head:
                return False  # '"...," he told The Associated Press. ... the company said': no paper
            if lower and not any(singular(w) in words for w in (head, *lower)):
                return False
            if single_head in words or head in described:
                return True
            return generic or media_head and speaker.kind == "media"  # "the police" is not Rite Aid

        spoke = self._latest_clause(at, kinds=("institution", "media"), within=self.settings.group_resolve_chars,
                                    fits=lambda sp: fits(sp, self._described_as(sp.key, at)))
        named = self._latest_body_named(at, fits)
        if spoke is None and named is None and generic and not lower:
            return self._single_word_body(at)  # "Microsoft has said ... said the company"
        if spoke is None or named is None:
            return spoke.speaker if spoke is not None else (named[1] if named is not None else None)
        later = self.at.sentence_at(named[0]) > self.at.sentence_at(self.tokens[spoke.verb].start) \
            and self.at.sentence_at(named[0]) > self.at.sentence_at(self.tokens[spoke.first].start)
        return named[1] if later and named[1].key != spoke.speaker.key else spoke.speaker

    def _single_word_body(self, at: int) -> Speaker | None:
        """"the company" after a one-word name no list knows ("Microsoft"): that name, when the
        text shows it to act as a business (it owns what only a business owns: "the Microsoft
        website", "Microsoft's shares"; resources/attribution/speech.json business_marks) and never as a person (no given name, title or person's
        name holds it), and it is the only such name within reach before at."""
        bodies = self._single_word_bodies()
        if not bodies:
            return None
        found: dict[str, _NameRun] = {}
        for last in range(bisect.bisect_left(self.at.token_starts, at) - 1, -1, -1):
            if self.tokens[last].start < at - self.settings.resolve_chars:
                break
            run = self._runs.get(last)
            if run is not None and run.kind == "single" and self._quote_of_token[run.first] < 0:
                key = name_key(run.text)
                if key in bodies:
                    found.setdefault(key, run)
        if len(found) != 1:
            return None  # none, or two bodies a reader could mean
        run = next(iter(found.values()))
        return Speaker(run.text, "institution", name_key(run.text))

    def _single_word_bodies(self) -> frozenset[str]:
        """Keys of the one-word names (kind "single") the text shows to act as a body and never
        as a person; read once over the whole text."""
        cached = getattr(self, "_single_bodies", None)
        if cached is not None:
            return cached
        tokens, vocab = self.tokens, self.vocab
        shown: set[str] = set()
        personal: set[str] = set()
        titles = vocab.title_words | vocab.honorifics
        for last, run in self._runs.items():
            if run.kind == "person":
                personal.update(name_key(run.text).split())
            if run.kind != "single":
                continue
            key = name_key(run.text)
            lead = min(run.first, run.run_first if run.run_first >= 0 else run.first)
            before = {tokens[m].norm.strip(".") for m in range(max(0, lead - 1), run.first)}
            if before & titles or key in vocab.first_names:
                personal.add(key)  # "Mr. Keller", "Dr. Keller": a person
                continue
            nxt = last + 1  # "the Microsoft website", "Microsoft's shares"
            if nxt < len(tokens) and tokens[nxt].gap in _SPACE and not tokens[nxt].cap \
                    and tokens[nxt].norm in vocab.business_marks:
                shown.add(key)
        self._single_bodies = frozenset(shown - personal)
        return self._single_bodies

    def _latest_clause(self, at: int, kinds: tuple[str, ...], within: int, fits) -> Clause | None:
        """The latest clause of the narration before at, within reach, whose speaker fits."""
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - within:
                break
            if clause.speaker is not None and clause.speaker.kind in kinds and clause.inside is None and fits(clause.speaker):
                return clause
        return None

    def _org_index(self) -> tuple[list[tuple[int, _NameRun, str]], dict[tuple[str, ...], list[tuple[int, tuple[str, ...], str]]], dict[str, set[str]]]:
        """Bodies named in the narration, in text order: (start, run, key); the names the text
        shows to be bodies, by their words and each short form: (start, words, name); the body nouns each name is
        described with ("the software security firm Trend Micro", "Big Machine, a label")."""
        cached = getattr(self, "_orgs", None)
        if cached is not None:
            return cached
        tokens, vocab = self.tokens, self.vocab
        mentions: list[tuple[int, _NameRun, str]] = []
        shown: dict[tuple[str, ...], list[tuple[int, tuple[str, ...], str]]] = {}
        described: dict[str, set[str]] = {}
        for last, run in self._runs.items():
            if run.kind not in ("institution", "media") and not self._named_after_body_noun(run) \
                    or self._quote_of_token[run.first] >= 0:
                continue  # (a body's name after its noun, "the delivery company FreshCart", is one)
            key = name_key(run.text)
            start = tokens[run.first].start
            mentions.append((start, run, key))
            lead = run.run_first if run.run_first >= 0 else run.first
            nouns = set()
            apposition = self._apposition_head(run.last)
            if apposition in vocab.body_nouns:
                nouns.add(apposition)
            if lead > 0 and tokens[lead - 1].norm in vocab.body_nouns and tokens[lead].gap in _SPACE:
                nouns.add(tokens[lead - 1].norm)
            if nouns:
                described.setdefault(key, set()).update(nouns)
            bare = run.text[4:] if run.text.startswith("The ") else run.text
            words = tuple(key.split())
            if not words:
                continue
            if run.kind == "media" or nouns or bare in self.lex.organisations or self._is_subject(run) \
                    or len(words) > 1 and (words[-1] in vocab.org_heads or words[-1] in vocab.body_nouns):
                for n in range(1, len(words) + 1):  # by the name and by each of its short forms
                    shown.setdefault(words[:n], []).append((start, words, run.text))
        self._orgs = (mentions, shown, described)
        return self._orgs

    def _described_as(self, key: str, at: int) -> frozenset[str]:
        return frozenset(self._org_index()[2].get(key, ()))

    def _shown_as_body(self, key: str, at: int) -> str | None:
        """The fullest name a body named by key was shown to be one under before at (itself, or
        a longer name it begins: "Big Machine" after "Big Machine Records issued"), or None."""
        words = tuple(key.split())
        if not words:
            return None
        entries = self._org_index()[1].get(words, ())
        k = bisect.bisect_left(entries, (at,))
        best = None
        for start, full, name in entries[max(0, k - self.settings.body_name_tries) : k]:  # the latest few: bounded
            if best is None or len(full) >= len(best[0]):
                best = (full, name)
        if best is not None:
            return best[1]
        spoke = self._spoke_at.get(key)
        return key if spoke is not None and spoke < at else None

    def _latest_body_named(self, at: int, fits) -> tuple[int, Speaker] | None:
        """The latest body named before at (within reach) that the text shows to be one and that
        fits: (where it is named, its speaker under its fullest name)."""
        mentions = self._org_index()[0]
        i = bisect.bisect_left(self._org_starts(), at)
        found: list[tuple[int, _NameRun, Speaker]] = []  # the fitting bodies of the latest sentence naming one
        for start, run, key in reversed(mentions[max(0, i - 40) : i]):
            if start < at - self.settings.group_resolve_chars:
                break
            if found and self.at.sentence_at(start) != self.at.sentence_at(found[0][0]):
                break
            full = self._shown_as_body(key, at)
            if full is None:
                continue  # "IE", "VP", "RTM": capitals the text never shows to be a body
            speaker = self._speaker_of_run(run, at, with_article=self._article_before(run.first))
            if speaker is None:
                continue
            if full != key and name_key(full) != key:
                speaker = replace(speaker, name=("the " if speaker.name.startswith("the ") else "") + full, key=name_key(full))
            if fits(speaker, self._described_as(key, at)):
                found.append((start, run, speaker))
        if not found:
            return None
        # the sentence's subject ("SeaMicro held an event with Intel and Samsung"), else the first named
        subject = next((f for f in found if self._is_subject(f[1])), None)
        start, _run, speaker = subject or found[-1]
        opening = self._other_body_opens_sentence(start, speaker.key) if subject is None else None
        if opening is not None and fits(opening[1]):
            return opening  # "TSMC, the chipmaker, said ... for ATI. / ... the company said": TSMC
        return start, speaker

    def _org_starts(self) -> list[int]:
        cached = getattr(self, "_org_start_list", None)
        if cached is None:
            cached = self._org_start_list = [m[0] for m in self._org_index()[0]]
        return cached

    def _others_descriptors(self, key: str) -> set[str]:
        """Words that describe people other than the one with this key."""
        out: set[str] = set()
        for other, words in self._descriptors.items():
            if other != key:
                out |= words
        return out

    def _one_described(self, head: str, at: int) -> bool:
        """Whether exactly one person named before at's sentence is described by head ("Tom Rell,
        its treasurer" for "the treasurer said"; not "After meeting Peter Guest, the head of the
        council said", where the description is no apposition of the name before it)."""
        found = {m.key for m in self._mentions_between(0, self._sentence_start(at)) if head in self._descriptors.get(m.key, ())}
        return len(found) == 1

    def _latest_described(self, at: int, head: str, modifiers: set[str], generic: bool) -> _Person | None:
        wanted = {head} | (_LEADER if head in _LEADER else set()) | _ROLE_FAMILY.get(head, frozenset())
        i = bisect.bisect_left(self._mention_starts, at)
        for m in reversed(self._mentions[max(0, i - 60) : i]):
            if m.start < at - self.settings.resolve_chars:
                break
            described = self._descriptors.get(m.key, set())
            if modifiers and not {fold(x) for x in modifiers} <= described | self._role_owners.get(m.key, set()):
                continue  # ("the Ashgrove manager": the one the text introduced as "Ashgrove manager Stuart Kirwan")
            if generic or wanted & described:
                return m
        return None

    def _latest_unnamed(self, at: int, head: str) -> Speaker | None:
        singular = head.rstrip("s")
        v = bisect.bisect_left(self.at.token_starts, at)
        k = bisect.bisect_left(self._clause_verbs, v)
        for clause in reversed(self.clauses[max(0, k - 12) : k]):
            if self.tokens[clause.verb].start < at - self.settings.resolve_chars:
                break
            s = clause.speaker
            if s is not None and s.kind in ("anonymous", "group") and self.tokens[clause.first].norm != "the" \
                    and not (clause.first == clause.last and not self._plural_or_collective(self.tokens[clause.first].norm)):
                # (not a bare singular noun: the headline's "Judge rejects bid", no one "the judge" stands for)
                heads = {self.tokens[self._head_of(clause.first, clause.last)].norm.rstrip("s")}
                if singular in heads:
                    return s
        return None

    def _named_as_body(self, run: _NameRun) -> bool:
        """A name read as a person's that the words before it show to be a body's: the one that did
        a piece of work ("Preliminary tests by Pixel Forge", "a survey from Harlow Polling") or the
        place people work ("the analysts at Pixel Forge"); not when its first word is a given name
        or a title stands before it ("tests by Dr Ann Lee")."""
        tokens = self.tokens
        first = run.run_first if run.run_first >= 0 else run.first
        if run.kind not in ("person", "single") or first < 2 or first != run.first or tokens[first].gap not in _SPACE \
                or tokens[run.first].norm in self.vocab.first_names:
            return False
        before, noun = tokens[first - 1].norm, tokens[first - 2].norm
        if before in ("by", "from"):
            return noun in self.vocab.work_nouns
        return before == "at" and noun.endswith("s") and noun in self.vocab.person_nouns and not tokens[first - 2].cap

    def _latest_organisation(self, at: int, groups: bool = False, fits=None) -> Speaker | None:
        """The latest institution named before at, nearby ("the agency", "the company")."""
        for last in range(bisect.bisect_left(self.at.token_starts, at) - 1, -1, -1):
            if self.tokens[last].start < at - 600:
                break
            run = self._runs.get(last)
            if run is not None and (run.kind in ("institution", "media") and not (groups and run.kind == "media")
                                    or self._named_as_body(run)) \
                    and self._quote_of_token[run.first] < 0:
                speaker = self._speaker_of_run(run, at, with_article=self._article_before(run.first))
                if speaker is not None and self._named_as_body(run):
                    speaker = replace(speaker, kind="institution")
                if speaker is not None and (fits is None or fits(speaker)):
                    return speaker
        return None
