"""Speakers of dash dialogue: speech a dash opens at a paragraph's start, no quotation marks ("– Vi
har inget val, säger Anna Berg, rektor. – Vi stänger skolan.", "— Мы не знали, — сказал директор
Олег Савин.", "—No hay dinero —dijo el alcalde, Luis Ortega—.").

The clause a comma or a dash hands over to names the speaker: the name before its speech verb, else
the first name after it ("säger driftssjef Kari Nilsen i Fjordlinjen", "dijo el alcalde, Luis
Ortega"). A clause with a pronoun or no name ("– dodała.", "säger hon") credits the speaker of the
dash speech just before it (its paragraph or the one before); else no one. Runs after the other
rules, on the dash utterances they left without a speaker.
"""

from __future__ import annotations

import bisect
import functools
import re

from sidebyside.compare.attribution.identity import name_key
from sidebyside.compare.attribution.records import Speaker
from sidebyside.compare.quotes import speech_dash_at
from sidebyside.compare.tokens import fold_word
from sidebyside.compare.attribution.vocabulary import _entry_language
from sidebyside.extract.speech_dashes import handover_at
from sidebyside.model import Span
from sidebyside.resources import resource_json

_WORD = re.compile(r"[^\W\d_][\w\-’']*")
# where an attribution ends: a sentence's end, a dash, a line break
_CLAUSE_END = re.compile(r"[.!?…][\s\u00a0]|[–—―]|\n")
_NAME_JOINERS = frozenset(("von", "van", "de", "da", "dos", "del", "la", "af"))


@functools.cache
def _pronouns(language: str | None = None) -> frozenset[str]:
    """Third-person pronouns of speech_languages.json and of dash_dialogue.json: of the language
    of that key only when it has an entry (Romanian "el" is the Spanish article: "—dijo el
    alcalde"), else of every language."""
    data = resource_json("attribution/speech_languages.json")
    extra = resource_json("attribution/dash_dialogue.json")["pronouns"]
    own = language if language in data and language != "about" else None
    out = {w for k, v in data.items() if k != "about" and own in (None, k) for w in v["pronouns"]}
    for key, words in extra.items():
        if own in (None, key):
            out.update(words)
    return frozenset(w.lower() for w in out)


class DashSpeech:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _dash_language(self) -> str | None:
        """The key of the text's language's entry in speech_languages.json, if it has one."""
        return _entry_language(self.language)

    def _credit_dash_speech(self) -> None:
        """Credit the dash utterances no other rule credited."""
        quotes, text = self.at.quotes, self.text
        if not any(q.utterance == i and speech_dash_at(text, q.open_at) for i, q in enumerate(quotes)):
            return
        window = self.settings.dash_handover_words
        by_utterance: dict[int, list[int]] = {}
        for i, q in enumerate(quotes):
            by_utterance.setdefault(q.utterance, []).append(i)
        last: tuple[int, Speaker, int] | None = None  # (paragraph, speaker, index) of the dash speech before
        for u, parts in by_utterance.items():
            first = quotes[u]
            para = self.at.paragraph_at(first.open_at)
            if not speech_dash_at(text, first.open_at) or para < 0 or self.at.paragraphs[para][0] != first.open_at:
                continue  # (a dash opening the paragraph, not one inside it)
            hi = self.at.paragraphs[para][1]
            if any(self.speakers[k] is not None for k in parts):
                credited = next(self.speakers[k] for k in parts if self.speakers[k] is not None)
                last = (para, credited, u)
                continue
            found: tuple[Speaker, Span | None, str] | None = None
            handed = False
            for k in parts:
                h = handover_at(text, quotes[k].end, hi, window)
                if h is None:
                    continue
                handed = True
                found = self._dash_named(h[0], h[1], hi)
                if found is None and last is not None and last[0] >= para - 1 and self._dash_pronoun_only(h[0], h[1], hi):
                    found = (last[1], None, "dash-speech-before")
                if found is None and self._dash_pronoun_only(h[0], h[1], hi):
                    found = self._dash_pronoun_person(h[1], hi)  # '- …, säger hon.' after 'Ägaren Maria Holm kom …'
                break
            if found is None and not handed and last is not None and last[0] == para - 1 \
                    and not text[quotes[parts[-1]].start : quotes[parts[-1]].end].rstrip().endswith("?"):
                # (a question after the speech is the reporter's, in an interview set so)
                found = (last[1], None, "dash-speech-runs-on")  # '– A, säger X. / – B.': X speaks on
            if found is None:
                last = None
                continue
            for k in parts:
                self.speakers[k], self.speaker_spans[k], self.speaker_rules[k] = found
            last = (para, found[0], u)

    def _dash_clause(self, start: int, hi: int) -> int:
        m = _CLAUSE_END.search(self.text, start, hi)
        return m.start() if m else hi

    def _dash_named(self, start: int, verb: int, hi: int) -> tuple[Speaker, Span, str] | None:
        """The speaker the attribution from ``start`` (its verb at ``verb``) names: the capitalised
        words before the verb, else the first run of them after it (not a pronoun first: "säger hon
        till TT" names a medium, not the speaker); None without a name."""
        text = self.text
        end = self._dash_clause(verb, hi)
        if verb > start:
            run = list(_WORD.finditer(text, start, verb))
            rule = "dash-name-before-verb"
        else:
            words = list(_WORD.finditer(text, verb, end))[1:]
            if words and words[0].group().lower() in _pronouns(self._dash_language()):
                return None
            run, rule = [], "dash-name-after-verb"
            for w in words:
                word = w.group()
                if word[0].isupper() and not word.isupper() or run and word.lower() in _NAME_JOINERS:
                    run.append(w)
                elif run:
                    break
                if run and text[w.end() : w.end() + 1] == ",":
                    break
            while run and not run[-1].group()[0].isupper():
                run.pop()
        if not run or len(run) > self.settings.name_tokens or any(not w.group()[0].isupper() and w.group().lower() not in _NAME_JOINERS for w in run):
            return None
        lo, name_end = run[0].start(), run[-1].end()
        name = text[lo:name_end]
        k = bisect.bisect_left(self._mention_starts, lo)
        if k < len(self._mentions) and self._mentions[k].start < name_end:
            person = self._mentions[k]
            return Speaker(person.canonical, "person", person.key), Span(lo, name_end), rule
        if len(run) >= 2:  # a first name and a surname the people index did not list ("Per Lind")
            return Speaker(name, "person", name_key(name)), Span(lo, name_end), rule
        return self._dash_owned_role(lo) if rule == "dash-name-after-verb" else None

    def _dash_owned_role(self, lo: int) -> tuple[Speaker, Span, str] | None:
        """'– …, sier Høyres gruppeleder Siri Nygård.': the one capitalised word at ``lo`` after the
        verb is the owner of a role (a party's, a town's: ForeignReading._role_of_genitive_owner), and
        the full name after the role's noun speaks; None elsewhere."""
        k = bisect.bisect_left(self.at.token_starts, lo)
        if k >= len(self.tokens) or self.tokens[k].start != lo:
            return None
        owned = self._role_of_genitive_owner(k)
        if not owned:
            return None
        first, last = self.tokens[owned[0]], self.tokens[owned[1]]
        k = bisect.bisect_left(self._mention_starts, first.start)
        if k < len(self._mentions) and self._mentions[k].start < last.end:
            person = self._mentions[k]
            return Speaker(person.canonical, "person", person.key), Span(first.start, last.end), "dash-owned-role"
        name = self.text[first.start : last.end]
        return Speaker(name, "person", name_key(name)), Span(first.start, last.end), "dash-owned-role"

    def _dash_pronoun_person(self, verb: int, hi: int) -> tuple[Speaker, None, str] | None:
        """The person a pronoun right after the hand-over's verb ("säger hon", "sier han") stands
        for, when no dash speech just before speaks: the person the passage is about, of the
        pronoun's gender, as "«…», säger hon" is read; None when the pronoun tells no gender the
        text's language lists, or no one is about."""
        words = list(_WORD.finditer(self.text, verb, self._dash_clause(verb, hi)))[1:2]
        if not words:
            return None
        pronoun = self.vocab.foreign_pronouns.get(fold_word(words[0].group()))
        if pronoun in ("he", "she"):
            person = self._salient_person(words[0].start(), pronoun)
            # (a person named in full: one word opening a sentence, "Kommunen", may be no one)
            full = person is not None and len(person.canonical.split()) >= 2
            speaker = Speaker(person.canonical, "person", person.key) if full else None
        elif pronoun == "person":
            speaker = self._ungendered_pronoun_speaker(words[0].start())
        else:
            return None
        return (speaker, None, "dash-pronoun-person") if speaker is not None else None

    def _dash_pronoun_only(self, start: int, verb: int, hi: int) -> bool:
        """Whether the attribution names no one: its verb alone or with a pronoun after it, and no
        capitalised word but a medium's capitals ("– dodała.", "säger hon till TT"; not "säger hon
        till Anna", nor "säger rektorn")."""
        if verb > start:
            return False  # words before the verb: a name the rules above did not read
        end = self._dash_clause(verb, hi)
        words = [w.group() for w in _WORD.finditer(self.text, verb, end)][1:]
        if words and words[0].lower() not in _pronouns(self._dash_language()):
            return False  # "säger rektorn": someone described, maybe another
        return not any(w[0].isupper() and not w.isupper() for w in words)
