"""Turkish quotations (issue 12): the speaker before the quotation, the verb after it.

Turkish news sets the subject first and the verb last, the quotation between them: 'Vali Ahmet
Karaca, “…” dedi.', '“…” diye konuştu.', '“…” ifadelerini kullandı.'. The clause rules of the
other languages read a name after a closing mark's verb ("»…«, sagte X"), so none of them reads
this shape; this reader runs after them, in Turkish texts only, on the quotations they left open.

- "X, “…” dedi.": the name that ends the sentence's words before the quotation, set off by its
  comma, titles before it ("Vali", "Başkanı", "Prof. Dr.") left out; a word with a case ending
  after an apostrophe ("Bursa'da") names no subject.
- '“…” diyen Kurt, …': the participle "diyen" ("who said") and the name after it.
- '“…”, dedi 30 yıllık balıkçı Hasan Yılmaz.': wire copy's inverted subject, the name that ends the
  sentence after the verb (a comma may follow the closing mark: the general reader then refuses
  the quotation, finding no name of its own verbs, and leaves it to this one).
- 'X'ten yapılan açıklamada, “…” denildi.': a passive verb; the body the statement came from.
- '“…” diye konuştu.' opening its sentence (the subject dropped): the speaker of the quotation
  right before it, when the narration between them names no one else; else the name opening the
  sentence before, when that sentence ends in a speech verb ("Muhtar X, ... söyledi.", or with a
  topic particle after the name: "Başkan Ayşe Yılmaz ise ... açıkladı.").
- "Adının yazılmasını istemeyen kaptan, “…” dedi.": a noun the paragraph wrote with "bir" before.
- "X, kararı “…” olarak nitelendirdi": a word X calls something is X's.
- "X, ... şunları söyledi:" then the quotation, and each paragraph of it that repeats its opening
  mark: the name opening that sentence.

Precision first: a quotation is credited only when the word after its closing mark is one of the
speech words of ``tr`` in speech_languages.json (``tr_verbs_after_quote``), never on a name alone.
"""

from __future__ import annotations

import functools
import re

from sidebyside.compare.attribution.records import Speaker
from sidebyside.model import Span
from sidebyside.resources import resource_json

# the rules that leave a quotation open to this reader: none credited nor refused it, or the
# general reader saw an attribution after its close and found no name in it ('“…”, dedi.', with the
# comma after the closing mark: that reader's verbs are no Turkish verb)
_OPEN_RULES = frozenset((None, "guard-tail-without-name"))
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
            for key in ("tr_verbs_after_quote", "tr_passive_verbs", "tr_participles", "tr_titles", "tr_statement_nouns",
                        "tr_naming_verbs")}


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
            if q.nested_in is not None or self.speakers[i] is not None or self.speaker_rules[i] not in _OPEN_RULES:
                continue
            if i > 0 and quotes[i - 1].close_at is None and self.speakers[i - 1] is not None \
                    and not self.text[quotes[i - 1].end : q.open_at].strip():
                # "“… yapıyor.\n“Mahalle …”": a paragraph of the same quotation, its opening mark repeated
                self.speakers[i], self.speaker_spans[i], self.speaker_rules[i] = \
                    self.speakers[i - 1], self.speaker_spans[i - 1], "tr-next-paragraph"
                continue
            if q.close_at is None:
                found = self._tr_colon_lead_in(q.open_at, vocab)
                if found is not None:
                    self.speakers[i], self.speaker_spans[i], self.speaker_rules[i] = found
                continue
            found = self._tr_colon_lead_in(q.open_at, vocab)
            if found is not None:
                self.speakers[i], self.speaker_spans[i], self.speaker_rules[i] = found
                continue
            after = _WORD.match(self.text, q.close_at + 1 + self._spaces_after(q.close_at + 1))
            if after is None:
                continue
            verb = _lower(after.group().rstrip("."))
            if verb == "olarak":  # "Kılıç, kararı “…” olarak nitelendirdi": the verb of naming after "olarak"
                naming = _WORD.match(self.text, after.end() + self._spaces_after(after.end()))
                verb = "olarak" if naming is None or _lower(naming.group().rstrip(".")) not in vocab["tr_naming_verbs"] \
                    else _lower(naming.group().rstrip("."))
            found = None
            if verb in vocab["tr_naming_verbs"]:
                found = self._tr_subject_before(q.open_at, vocab, object_between=True)
            elif verb in vocab["tr_participles"]:
                found = self._tr_name_after(after.end(), vocab)
            elif verb in vocab["tr_passive_verbs"]:
                found = self._tr_statement_body(q.open_at, vocab)
            elif verb in vocab["tr_verbs_after_quote"]:
                found = self._tr_subject_before(q.open_at, vocab) or self._tr_described_before(q.open_at)
                if found is None and self._tr_opens_sentence(q.open_at):
                    found = self._tr_name_closing_sentence(after.end(), vocab) or self._tr_previous_speaker(i) \
                        or self._tr_previous_sentence_subject(q.open_at, vocab)
            if found is None:
                continue
            self.speakers[i], self.speaker_spans[i], self.speaker_rules[i] = self._tr_full_named(found, q.open_at, vocab)

    def _tr_full_named(self, found: tuple[Speaker, Span | None, str], at: int, vocab: dict) -> tuple[Speaker, Span | None, str]:
        """A person credited by a surname alone ("Yıldız, “…” diye konuştu") is the one person the
        narration before offset ``at`` named in full with it ("Gümrük Müdürü Hakan Yıldız"): the
        name the reader knows (another "Mehmet Yıldız" the article brings in later is not meant);
        the surname as written when it named none, or two."""
        speaker, span, rule = found
        if speaker.kind != "person" or " " in speaker.name:
            return found
        pattern = re.compile(r"(?<![\w'’])([A-ZÇĞİÖŞÜ][\w]+) " + re.escape(speaker.name) + r"(?![\w])")
        full = {f"{m.group(1)} {speaker.name}" for m in pattern.finditer(self.text, 0, at)
                if _lower(m.group(1)) not in vocab["tr_titles"] and not self._quote_at(m.start())}
        if len(full) != 1:
            return found
        name = full.pop()
        return Speaker(name, "person", name), span, rule

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

    def _tr_colon_lead_in(self, open_at: int, vocab: dict) -> tuple[Speaker, Span, str] | None:
        """'Kılıç, kararı “…” olarak nitelendirdi ve şunları söyledi:' then the quotation: a sentence
        ending in a colon right before it, whose last word before the colon is a speech verb: the
        name that opens it, set off by its comma."""
        before = self.text[max(0, open_at - 3) : open_at].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.text.rfind(":", 0, open_at)
        lo, words = self._tr_sentence_before(colon)
        tokens = list(_WORD.finditer(words))
        if not tokens or _lower(tokens[-1].group()) not in vocab["tr_verbs_after_quote"]:
            return None
        return self._tr_opening_name(lo, words, tokens, vocab, "tr-colon-lead-in")

    def _tr_opening_name(self, lo: int, words: str, tokens: list, vocab: dict, rule: str) -> tuple[Speaker, Span, str] | None:
        """The name that opens a sentence's ``words`` (at offset lo), set off by the sentence's first
        comma ("Kumkale Mahallesi Muhtarı Hatice Demirtaş, ..."), or None."""
        comma = words.find(",")
        particle = next((t for t in tokens if _lower(t.group()) in _PARTICLES), None)
        if particle is not None and (comma < 0 or particle.start() < comma):
            # "Kıyıköy Belediye Başkanı Ayşe Yılmaz ise ...": a topic particle sets the name off
            head = [t for t in tokens if t.end() < particle.start()]
            if not head or words[head[-1].end() : particle.start()] != " ":
                return None
        else:
            head = [t for t in tokens if t.end() <= comma]
            if not head or head[-1].end() != comma:
                return None
        if any(self._quote_at(lo + t.start()) for t in head):
            return None
        found = self._tr_name_ending(words, tokens, len(head) - 1, vocab)
        if found is None:
            return None
        first, last = found
        name = words[first:last]
        return Speaker(name, "person", name), Span(lo + first, lo + last), rule

    def _quote_at(self, offset: int) -> bool:
        return any(q.open_at <= offset < q.end for q in self.at.quotes)

    def _tr_previous_sentence_subject(self, open_at: int, vocab: dict) -> tuple[Speaker, Span, str] | None:
        """'Muhtar Hatice Demirtaş, kararın ... alındığını söyledi. “…” diye konuştu.': a quotation
        opening its sentence, its subject dropped, after a sentence of narration that ends in a speech
        verb: the name opening that sentence, set off by its comma, in the same paragraph or the one
        before."""
        lo, _ = self._tr_sentence_before(open_at)
        end = lo
        while end > 0 and self.text[end - 1] in " \n":
            end -= 1
        if end == 0 or self.text[end - 1] != ".":
            return None
        start, words = self._tr_sentence_before(end - 1)
        words = words + self.text[end - 1 : end]
        tokens = list(_WORD.finditer(words))
        if len(tokens) < 3 or _lower(tokens[-1].group().rstrip(".")) not in vocab["tr_verbs_after_quote"] \
                or self._quote_at(start) or any(self._quote_at(start + t.start()) for t in tokens):
            return None
        return self._tr_opening_name(start, words, tokens, vocab, "tr-previous-sentence-subject")

    def _tr_name_closing_sentence(self, at: int, vocab: dict) -> tuple[Speaker, Span, str] | None:
        """'“…”, dedi 30 yıllık balıkçı Hasan Yılmaz.': the subject after the verb, as wire copy
        inverts it: the name of one to three capitalised words that ends the sentence, only
        lower-case words and numbers (its description) between the verb at ``at`` and it."""
        stop = re.search(r"[.!?\n]", self.text[at : at + 120])
        if stop is None or self.text[at : at + stop.start()].count(",") or stop.group() == "\n":
            return None
        tail = self.text[at : at + stop.start()]
        tokens = list(_WORD.finditer(tail))
        if not tokens or not tokens[-1].group()[0].isupper():
            return None
        found = self._tr_name_ending(tail, tokens, len(tokens) - 1, vocab)
        if found is None:
            return None
        first, last = found
        if any(t.group()[0].isupper() and t.start() < first for t in tokens) or self._quote_at(at + first):
            return None  # (another capitalised word before it: a place, a body; no one sure)
        name = tail[first:last]
        return Speaker(name, "person", name), Span(at + first, at + last), "tr-name-after-verb"

    def _tr_described_before(self, open_at: int) -> tuple[Speaker, Span, str] | None:
        """'Adının yazılmasını istemeyen kaptan, “…” dedi.': a lower-case noun right before the comma
        and the opening mark, that the paragraph wrote before with "bir" ("bir kaptan"): that
        unnamed source."""
        lo, words = self._tr_sentence_before(open_at)
        stripped = words.rstrip()
        if not stripped.endswith(","):
            return None
        tokens = list(_WORD.finditer(stripped))
        if not tokens or not tokens[-1].group()[0].islower():
            return None
        noun = tokens[-1].group().rstrip(",")
        para_start = self.text.rfind("\n", 0, lo) + 1
        if len(noun) < 4 or re.search(r"\bbir " + re.escape(noun) + r"\b", self.text[para_start:lo]) is None:
            return None
        at = lo + tokens[-1].start()
        return Speaker(f"bir {noun}", "anonymous", f"bir {noun}"), Span(at, at + len(noun)), "tr-described-before"

    def _tr_subject_before(self, open_at: int, vocab: dict, object_between: bool = False) -> tuple[Speaker, Span, str] | None:
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
        if object_between:  # "Kılıç, kararı “…” olarak nitelendirdi": the name opening the sentence
            return self._tr_opening_name(lo, stripped, tokens, vocab, "tr-naming-subject")
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
            # "Valilikten yapılan açıklamada": a body's common noun, its ablative glued on with no apostrophe
            m = re.search(r"(?<![\w'’])([A-ZÇĞİÖŞÜ][\w]{2,}?)(?:den|dan|ten|tan) yapılan\b", words)
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
