"""Turkish quotations (issue 12): the speaker before the quotation, the verb after it.

Turkish news sets the subject first and the verb last, the quotation between them: 'Vali Ahmet
Karaca, “…” dedi.', '“…” diye konuştu.', '“…” ifadelerini kullandı.'. The clause rules of the
other languages read a name after a closing mark's verb ("»…«, sagte X"), so none of them reads
this shape; this reader runs after them, in Turkish texts only, on the quotations they left open.

- "X, “…” dedi.": the name that ends the sentence's words before the quotation, set off by its
  comma, titles before it ("Vali", "Başkanı", "Prof. Dr.") left out; a word with a case ending
  after an apostrophe ("Bursa'da") names no subject.
- '“…” diyen Kurt, …': the participle "diyen" ("who said") and the name after it.
- 'X'ten yapılan açıklamada, “…” denildi.': a passive verb; the body the statement came from.
- '“…” diye konuştu.' opening its sentence (the subject dropped): the speaker of the quotation
  right before it, when the narration between them names no one else.

Precision first: a quotation is credited only when the word after its closing mark is one of the
speech words of ``tr`` in speech_languages.json (``tr_verbs_after_quote``), never on a name alone.
"""

from __future__ import annotations

import functools
import re

from sidebyside.compare.attribution.records import Speaker
from sidebyside.model import Span
from sidebyside.resources import resource_json

# the rules that leave a quotation open to this reader (none credited nor refused it)
_OPEN_RULES = frozenset((None,))
# the characters of narration read before a quotation for its subject (one long sentence)
_REACH = 400
# the topic particles a subject may carry before its quotation ("Kurt ise", "Öztürk de")
_PARTICLES = frozenset(("ise", "de", "da", "ayrıca"))
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@functools.cache
def _turkish() -> dict:
    """The ``tr`` entry of speech_languages.json: its lists, folded to lower case (Turkish 'İ' and
    'I' lowered as Turkish writes them)."""
    entry = resource_json("attribution/speech_languages.json").get("tr", {})
    return {key: frozenset(_lower(w) for w in entry.get(key, ()))
            for key in ("tr_verbs_after_quote", "tr_passive_verbs", "tr_participles", "tr_titles", "tr_statement_nouns")}


def _lower(word: str) -> str:
    return word.replace("İ", "i").replace("I", "ı").lower()


def _bare(word: str) -> str:
    """A word without the case ending an apostrophe sets off ("Valiliği'nden" -> "Valiliği")."""
    return re.split(r"['’]", word, maxsplit=1)[0]


class TurkishCrediting:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _credit_turkish(self) -> None:
        """Credit the Turkish quotations no other rule credited nor refused."""
        if not self._tr_text():
            return
        vocab = _turkish()
        quotes = self.at.quotes
        for i, q in enumerate(quotes):
            if q.nested_in is not None or q.close_at is None or self.speakers[i] is not None:
                continue
            if self.speaker_rules[i] not in _OPEN_RULES:
                continue
            after = _WORD.match(self.text, q.close_at + 1 + self._spaces_after(q.close_at + 1))
            if after is None:
                continue
            verb = _lower(after.group().rstrip("."))
            found = None
            if verb in vocab["tr_participles"]:
                found = self._tr_name_after(after.end(), vocab)
            elif verb in vocab["tr_passive_verbs"]:
                found = self._tr_statement_body(q.open_at, vocab)
            elif verb in vocab["tr_verbs_after_quote"]:
                found = self._tr_subject_before(q.open_at, vocab)
                if found is None and self._tr_opens_sentence(q.open_at):
                    found = self._tr_previous_speaker(i)
            if found is None:
                continue
            self.speakers[i], self.speaker_spans[i], self.speaker_rules[i] = found

    def _tr_text(self) -> bool:
        """A Turkish text: the article's language, as the capture gives it or the one guesser
        (extract/language.py) reads it."""
        return self.language == "tr"

    def _spaces_after(self, at: int) -> int:
        n = 0
        while at + n < len(self.text) and self.text[at + n] in " \u00a0,":
            n += 1
        return n

    def _tr_sentence_before(self, open_at: int) -> tuple[int, str]:
        """The narration of the quotation's sentence before its opening mark, and where it starts:
        back to a paragraph break or a full stop that closes no title ("Prof.", "Dr.")."""
        lo = max(0, open_at - _REACH)
        part = self.text[lo:open_at]
        start = 0
        for m in re.finditer(r"\n|[.!?:…]\s+", part):
            before = part[: m.start()].rsplit(None, 1)
            if m.group() != "\n" and before and _lower(before[-1] + ".") in _turkish()["tr_titles"]:
                continue  # "Prof. Dr. Kemal Ertürk": a title's stop ends no sentence
            start = m.end()
        return lo + start, part[start:]

    def _tr_opens_sentence(self, open_at: int) -> bool:
        return not self._tr_sentence_before(open_at)[1].strip()

    def _tr_subject_before(self, open_at: int, vocab: dict) -> tuple[Speaker, Span, str] | None:
        """The name before the quotation, or None: the one that ends the words before it, set off by
        a comma right before the opening mark ("Vali Ahmet Karaca, “"; "Hasan Kurt ise gazetecilere,
        “") or followed by a topic particle ("Cengiz Öztürk de “"); else the one that opens the
        sentence with its comma, when only lower-case words (and a news agency's capitals) stand
        between that comma and the quotation ("Osman Tekin, AA muhabirine yaptığı açıklamada, “";
        "Tekin, ekiplerin çalışacağını belirterek, “")."""
        lo, words = self._tr_sentence_before(open_at)
        stripped = words.rstrip()
        tokens = list(_WORD.finditer(stripped))
        if not tokens:
            return None
        if not stripped.endswith(",") and _lower(tokens[-1].group()) not in _PARTICLES:
            return None
        # the name is the last run of capitalised words without a case ending; lower-case words
        # after it may only be the topic particles and a dative of who was told
        k = len(tokens) - 1
        while k >= 0 and not tokens[k].group()[0].isupper():
            word = _lower(tokens[k].group())
            if word not in _PARTICLES and not word.endswith(("lere", "lara", "e", "a")):
                break
            k -= 1
        found = self._tr_name_ending(stripped, tokens, k, vocab) if k >= 0 and tokens[k].group()[0].isupper() else None
        if found is None and stripped.endswith(","):
            comma = stripped.find(",")
            head = [t for t in tokens if t.end() <= comma]
            between = [t.group() for t in tokens if t.start() > comma]
            if head and head[-1].end() == comma and between and all(
                    not w[0].isupper() or _bare(w).isupper() for w in between):
                found = self._tr_name_ending(stripped, tokens, len(head) - 1, vocab)
        if found is None:
            return None
        first, last = found
        name = stripped[first:last]
        return Speaker(name, "person", name), Span(lo + first, lo + last), "tr-subject-before"

    def _tr_name_ending(self, words: str, tokens: list, end: int, vocab: dict) -> tuple[int, int] | None:
        """The offsets in ``words`` of the name of one to three capitalised words ending at token
        ``end`` (the titles before it left out), or None: a word with a case ending ("Bursa'da"),
        a title, or a name right after a genitive ("Bursa'nın Nilüfer": a place) is no subject."""
        k = end
        while k >= 0 and tokens[k].group()[0].isupper() and not re.search(r"['’]", tokens[k].group()) \
                and _lower(tokens[k].group()) not in vocab["tr_titles"]:
            k -= 1
        if end - k < 1 or end - k > 3:
            return None
        first, last = tokens[k + 1], tokens[end]
        if k >= 0 and re.search(r"['’]", tokens[k].group()) and tokens[k].end() + 1 == first.start():
            return None  # "Bursa'nın Nilüfer": a place's words after a genitive, no person
        return first.start(), last.end()

    def _tr_name_after(self, at: int, vocab: dict) -> tuple[Speaker, Span, str] | None:
        """The name right after "diyen" ("“…” diyen Kurt, …"): one to three capitalised words."""
        tokens = []
        for m in _WORD.finditer(self.text, at, min(len(self.text), at + 80)):
            word = m.group()
            if not word[0].isupper() or _lower(word) in vocab["tr_titles"]:
                if tokens or not word[0].isupper():
                    break
                continue
            tokens.append(m)
            if re.search(r"['’,]", word) or self.text[m.end() : m.end() + 1] == ",":
                break
        if not tokens or len(tokens) > 3:
            return None
        name = _bare(self.text[tokens[0].start() : tokens[-1].end()]).rstrip(",.")
        return Speaker(name, "person", name), Span(tokens[0].start(), tokens[0].start() + len(name)), "tr-participle"

    def _tr_statement_body(self, open_at: int, vocab: dict) -> tuple[Speaker, Span | None, str] | None:
        """The body a statement came from ("Bursa Valiliği'nden yapılan yazılı açıklamada, “…”
        denildi"): the capitalised words before an ablative ending, in a sentence that names the
        statement."""
        lo, words = self._tr_sentence_before(open_at)
        if not any(_lower(w.group()) in vocab["tr_statement_nouns"] for w in _WORD.finditer(words)):
            return None
        m = re.search(r"((?:[A-ZÇĞİÖŞÜ][\w]*\s){0,3}[A-ZÇĞİÖŞÜ][\w]*)['’](?:n?den|n?dan|n?ten|n?tan)\b", words)
        if m is None:
            return None
        name = m.group(1)
        return Speaker(name, "institution", name), Span(lo + m.start(1), lo + m.end(1)), "tr-passive-statement"

    def _tr_previous_speaker(self, i: int) -> tuple[Speaker, Span | None, str] | None:
        """The speaker of the quotation before quotation i, when the narration between them is
        only marks and spaces (a dropped subject goes on speaking)."""
        quotes = self.at.quotes
        k = i - 1
        while k >= 0 and quotes[k].nested_in is not None:
            k -= 1
        if k < 0 or self.speakers[k] is None or quotes[k].close_at is None:
            return None
        between = self.text[quotes[k].close_at + 1 : quotes[i].open_at]
        if any(c.isalnum() for c in between) or between.count("\n") > 2:
            return None
        return self.speakers[k], self.speaker_spans[k], "tr-dropped-subject"
