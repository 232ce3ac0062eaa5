"""Speakers of Chinese and Japanese quotations, read on the characters (these languages set no
spaces between words, so the word-based rules of the other parts find no clause in them).

The speaker is the words right before a speech verb (Chinese: '外交部发言人毛宁说：“……”',
'“……”，他说。') or before the topic marker は/が of a sentence whose quotation the quotative と
and a verb close (Japanese: '山田首相は「……」と述べた', '「……」と、森田市長は述べた'), with the title or
organisation the article sets before the name; a time word ("昨天"), a place phrase ("在记者会上")
or an adverb ("也") around it is no part of it. A pronoun (他, 她, 彼) is the speaker named last
before it. The vocabulary is the "zh" and "ja" entries of resources/attribution/speech_languages.json.
"""

from __future__ import annotations

import functools
import re

from sidebyside.compare.attribution.records import Speaker
from sidebyside.compare.attribution.vocabulary import _QUOTE_COST
from sidebyside.model import Span
from sidebyside.resources import resource_json

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# a name's characters: ideographs, katakana (with its long-vowel and middle-dot marks), digits of
# an age or a date (stripped after) and Latin letters of an organisation ("IBM公司")
_NAME_CHAR = re.compile(r"[\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〇ー・0-9０-９A-Za-z]")
# where the words naming a Chinese speaker start: a clause's punctuation, a quotation mark, a title mark
_CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:、“”「」『』《》（）()\n]")
_SENTENCE_BREAK = "。！？!?\n"
# characters that make a word with 说/說 after it ("说明", "说服", "说法", "说话"): no verb and its object
_SAY_COMPOUNDS = frozenset("明服法话話道出起完过過了着著是")
_CJK_QUOTED = re.compile("“[^”]*”|「[^」]*」|[“”「」]")
_CJK_GENDERS = {"他": "he", "她": "she"}  # the lone pronouns' genders (彼 and 彼女 are rare in Japanese news)
_CJK_LONE_PRONOUN = re.compile("(?<!其)[他她](?![们們])")  # not "他们", a group, nor "其他", no pronoun
_JA_TOPIC = re.compile(r"[はが]")
_TRAILING_DATE = re.compile(r"(?:[0-9０-９]+(?:年|月|日|号|號|时|時)|[周週][一二三四五六日末]|星期[一二三四五六日天])+$")
# what the word-based rules leave on a Chinese or Japanese quotation that these rules may still
# credit: nothing, or a heading guard (those rules read an unspaced paragraph as one word, a heading)
# "同社の広報担当者によると、「": the words a quotation that opens a sentence is reported by (a person's
# honorific kept: "健一さんによると")
_JA_ACCORDING = re.compile(r"\s*((?:[\u30a0-\u30ff\u3400-\u9fff々ー・]+の)?[\u30a0-\u30ff\u3400-\u9fff々ー・]+(?:さん|さま)?)(?:によると|によれば)、?")
_JA_QUOTED = re.compile(r"「[^「」]*」")
_OPEN_RULES = frozenset((None, "guard-heading-or-cross-head"))
_LEADING_AGE = re.compile(r"^[0-9０-９〇零一二三四五六七八九十百两兩]+(?:岁|歲|才)的")
# the preposition that closes a Chinese subject: "杨振华对队员们……" (not "向" nor "给": in
# "记者向张明了解情况。他说" it is 张明 who speaks)
_ZH_PREPOSITION = re.compile("[对對]")
_JA_HONORIFICS = ("さん", "ちゃん", "くん", "さま")
# "佐藤健一さん（４２）は": an age in brackets between a Japanese name and its topic marker
_JA_AGE_BEFORE = re.compile(r"[（(][0-9０-９]{1,3}[）)]$")


@functools.lru_cache(maxsize=1)
def cjk_vocabulary() -> dict:
    """The "zh" and "ja" entries of speech_languages.json, their lists as tuples (verbs longest first,
    so "回忆说" is read before "说")."""
    data = resource_json("attribution/speech_languages.json")
    zh, ja = data["zh"], data["ja"]
    longest = lambda words: tuple(sorted(set(words), key=len, reverse=True))
    return {
        "verbs": longest(zh["cjk_verbs"]),
        "verb_pattern": re.compile("|".join(re.escape(v) for v in longest(zh["cjk_verbs"]))),
        "after_quote": longest(ja["cjk_after_quote"]),
        "naming": tuple(ja["cjk_naming_after_quote"]),
        "so_verbs": tuple(ja["cjk_so_verbs"]),
        "reported": tuple(ja["cjk_reported_after_quote"]),
        "pronouns": frozenset(zh["cjk_pronouns"]) | frozenset(ja["cjk_pronouns"]),
        "anonymous": tuple(zh["cjk_anonymous_openers"] + ja["cjk_anonymous_openers"]),
        "time": longest(zh["cjk_time_words"] + ja["cjk_time_words"]),
        "place": tuple(zh["cjk_place_openers"] + ja["cjk_place_openers"]),
        "place_compounds": frozenset(zh["cjk_place_compounds"]),
        "adverbs": longest(zh["cjk_adverbs"] + ja["cjk_adverbs"]),
        "interview": longest(zh.get("cjk_interview_words", ())),
        "not_speakers": tuple(zh["cjk_not_speakers"] + ja["cjk_not_speakers"]),
        "apposition_roles": tuple(zh["cjk_apposition_roles"]),
        "manner_endings": tuple(zh["cjk_manner_endings"]),
        "late_verbs": tuple(ja["cjk_late_speech_verbs"]),
        "organisations": tuple(zh["cjk_organisation_endings"]),
        "one_char_people": frozenset(ja.get("cjk_one_char_people", ())),
        "view_frames": tuple(tuple(f.split("…")) for f in zh.get("cjk_view_frames", ())),
        "words_of": longest(zh.get("cjk_words_of", ())),
        "colon_verbs": longest(zh.get("cjk_colon_verbs", ())),
        "say_before_object": tuple(zh.get("cjk_say_before_object", ())),
        "subject_closers": tuple(zh.get("cjk_subject_closers", ())),
        "gendered_suffixes": {g: tuple(w) for g, w in zh.get("cjk_gendered_suffixes", {}).items()},
        "firm_references": frozenset(zh.get("cjk_firm_references", ()) + ja.get("cjk_firm_references", ())),
        # a firm's name before a 同社: the words of a clause up to one of these endings ("北斗製菓", "川西航空"),
        # no kana particle inside
        "firm_pattern": re.compile("([^\\s\u3040-\u309f。、，,：:；;（）()「」“”『』《》的]{1,10}?(?:%s))" % "|".join(
            re.escape(w) for w in longest(zh.get("cjk_firm_endings", []) + ja.get("cjk_firm_endings", [])))),
    }


def is_cjk_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation is written in Chinese or Japanese: most of its letters are."""
    letters = sum(1 for ch in text[start:end] if ch.isalnum())
    return letters > 0 and len(_CJK.findall(text, start, end)) * 2 > letters


def _strip_zh_tail(words: str, vocab: dict) -> str:
    """The words before a Chinese speech verb without the adverbs, time words, dates, manner words,
    words of an interview and first verbs after the name ("林海峰也", "王海昨天", "林海峰12日",
    "陳志明今天受訪", "范志远分析称")."""
    changed = True
    while changed and words:
        changed = False
        for adverb in vocab["adverbs"] + vocab["time"] + vocab["interview"]:  # "林海峰也", "王海昨天", "陳志明今天受訪"
            if words.endswith(adverb) and len(words) > len(adverb):
                words, changed = words[: -len(adverb)], True
        if len(words) > 3 and words[-1] in "着著":
            words, changed = words[:-2], True  # "赵国平笑着": the manner of speaking
        elif len(words) > 4 and words[-1] == "地":
            words, changed = words[:-3], True  # "卢宇恳切地"
        date = _TRAILING_DATE.search(words)
        if date and date.start() > 0:
            words, changed = words[: date.start()], True  # "林海峰12日"
        verb = next((v for v in vocab["verbs"] if len(v) >= 2 and words.endswith(v) and len(words) > len(v) + 1), None)
        if verb is not None:
            words, changed = words[: -len(verb)], True  # "范志远分析称", "叶淑贞回应表示"
    return words


def _clean_zh_subject(words: str, vocab: dict, max_chars: int) -> str | None:
    """The speaker in the words before a Chinese speech verb ("昨天，承办法官吴志刚在案件通报会上"
    -> "承办法官吴志刚"), or None when they name no one."""
    words = _strip_zh_tail(words, vocab)
    if words in vocab["interview"]:
        return None  # "受訪表示": being interviewed, with no one named before it
    if words.endswith(vocab["manner_endings"]) and len(words) > 1:
        # "她哽咽地", "她笑着": the manner words of a short subject, whose name has no such ending;
        # a pronoun before them is the speaker, any other words' end is unsure
        pronoun = max((p for p in vocab["pronouns"] if words.startswith(p)), key=len, default=None)
        return pronoun
    for opener in vocab["place"]:  # "吴志刚在案件通报会上": the place phrase after the name
        k = words.find(opener, 1)
        while k >= 1 and words[k - 1 : k + 1] in vocab["place_compounds"]:
            k = words.find(opener, k + 1)  # "位于", "现在": words of their own, no place phrase
        if k >= 2:
            words = words[:k]
    if len(words) > 3 and words[-1] in "时時":
        # "关志伟赛后接受访问时": a clause of when, after the name; cut at its first time word or at
        # "接受" / "受访" (an interview), else the name's end is unsure
        cuts = [k for k in (words.find(w, 2) for w in (*vocab["time"], "接受", *vocab["interview"])) if k >= 2]
        if not cuts:
            return None
        words = words[: min(cuts)]
    words = _strip_zh_tail(words, vocab)  # "郭志刚9日在发布会上": the date before the place phrase
    if words[:1] in vocab["place"] and "的" in words:
        words = words[words.rindex("的") + 1 :]  # "在法国留学的卢宇": the place is the name's description
    if words[:1] in ("据", "據") and len(words) > 2:
        words = words[1:]  # "据王先生介绍，“……”": the speaker he is; "据新华社报道" has no speech verb
    for time in vocab["time"]:
        words = words.removeprefix(time)
    words = _LEADING_AGE.sub("", words)
    if len(words) < 2 or not all(_NAME_CHAR.match(ch) or ch in "的之" for ch in words):
        return None if words not in vocab["pronouns"] else words
    if any(w in words for w in vocab["not_speakers"]) or words in vocab["time"] or len(words) > max_chars:
        return None
    return words


def _role_apposition(lead: str, vocab: dict) -> bool:
    """Whether the words before a Chinese name are one role and a "、" that set it before the same
    person ("活动负责人、县科技局局长蒋晓东"), not a list of people ("张三、李四")."""
    return (lead.endswith("、") and "、" not in lead[:-1] and lead[:-1].endswith(vocab["apposition_roles"])
            and all(_NAME_CHAR.match(ch) or ch == "的" for ch in lead[:-1]))


def _ja_topic(words: str, vocab: dict, max_chars: int) -> str | None:
    """The topic of the Japanese words before a quotation: the name before the first は that
    follows a name ("立憲改革党の佐藤花子代表は記者会見で" -> "立憲改革党の佐藤花子代表"), or the last
    name before a が after it, the subject of the clause that holds the quotation ("首相は、野党が「…」と
    批判したことに" -> "野党")."""
    names = []
    for m in _JA_TOPIC.finditer(words):
        k = m.start()
        age = _JA_AGE_BEFORE.search(words, 0, k)
        if age is not None:
            k = age.start()  # "会社員の佐藤健一さん（４２）は"
        start = k
        for honorific in _JA_HONORIFICS:  # "田中美代子さん": kana after the name, kept with it
            if words.endswith(honorific, 0, start) and start > len(honorific) and _NAME_CHAR.match(words[start - len(honorific) - 1]):
                start -= len(honorific)
                break
        while start > 0 and (_NAME_CHAR.match(words[start - 1]) or words[start - 1] == "の" and start >= 2
                             and _NAME_CHAR.match(words[start - 2])):
            start -= 1
        name = words[start:k]
        if name[:1] == "の":
            name = name[1:]
        if name in vocab["pronouns"] or max_chars >= len(name) >= 2 and not any(w in name for w in vocab["not_speakers"]) \
                or name in vocab["one_char_people"] and (start == 0 or words[start - 1] in _SENTENCE_BREAK + "、，,"):
            # ("男は「…」と供述": a one-character noun of a person opening its clause, "男" or "妻")
            names.append((m.group(), name))
    subjects = [name for particle, name in names[1:] if particle == "が"]
    return subjects[-1] if subjects else names[0][1] if names else None


def _clause_start(text: str, at: int, breaks: str, limit: int) -> int:
    """Where the words before `at` start: after the last of the marks `breaks`, at most `limit`
    characters back (a text with no break is not read back to its start)."""
    return max(max(0, at - limit), max(text.rfind(ch, max(0, at - limit), at) for ch in breaks) + 1)


def _sentence_start_outside_quotes(text: str, at: int, limit: int) -> int:
    """Where the sentence holding `at` starts, a 。 inside a 「……」 before it aside ("市長は「影響は
    大きい。雇用を求める」と述べ、「……」と強調した")."""
    depth = 0
    k = at
    while k > max(0, at - limit):
        ch = text[k - 1]
        if ch == "」":
            depth += 1
        elif ch == "「":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SENTENCE_BREAK:
            return k
        k -= 1
    return k


class CJKCrediting:
    """A part of engine.Attribution (it reads the attributes that __init__ sets)."""

    def _credit_cjk(self) -> None:
        """Credit the Chinese and Japanese quotations no other rule credited nor refused."""
        quotes = self.at.quotes
        # single marks set terms and slogans in these languages ("‘一带一路’"), no one's words
        todo = [i for i, q in enumerate(quotes) if q.nested_in is None and self.speakers[i] is None
                and self.speaker_rules[i] in _OPEN_RULES and self.text[q.open_at] in "“「\""
                and is_cjk_quote(self.text, q.start, q.end)]
        if not todo:
            return
        vocab = cjk_vocabulary()
        subjects = self._cjk_subjects(vocab)
        by_utterance: dict[int, list[int]] = {}
        for i in todo:
            by_utterance.setdefault(quotes[i].utterance, []).append(i)
        for parts in by_utterance.values():
            if not self.budget.spend(_QUOTE_COST, "speakers"):
                break
            found = None
            for i in parts:
                found = self._cjk_speaker_of(i, vocab, subjects)
                if found is not None:
                    break
            if found is None:
                self._ja_continued(parts[0], vocab)
                continue
            name, start, rule = found
            if name in vocab["pronouns"]:
                pronoun_at = start
                name, start = self._cjk_antecedent(start, subjects, pronoun=name)
                if name is None:
                    name, start = self._zh_sentence_subject(pronoun_at, vocab)
                if name is None:
                    continue
                rule += "/pronoun"
            span = Span(start, start + len(name))
            if name in vocab["firm_references"]:
                firm = self._cjk_firm_before(start, vocab)
                if firm is not None:
                    name, rule = firm, rule + "/firm"  # "同社は「…」としている": the firm the text named before
            anonymous = name.startswith(vocab["anonymous"])
            speaker = Speaker(name, "anonymous" if anonymous else "person", name)
            for i in parts:
                self.speakers[i] = speaker
                self.speaker_spans[i] = span
                self.speaker_rules[i] = rule

    def _cjk_firm_before(self, at: int, vocab: dict) -> str | None:
        """The firm a 同社 or 该公司 at offset at stands for: the latest firm's name (words ending
        in a firm's ending, "北斗製菓", "青禾乳业") the narration writes before it, within reach;
        None when there is none, or when the latest two differ (which one is unsure)."""
        lo = max(0, at - 4 * self.settings.cjk_clause_chars)
        found = [m for m in vocab["firm_pattern"].finditer(self.text, lo, at)
                 if not self._quote_of_char(m.start()) and m.group(1) not in vocab["firm_references"]
                 and not m.group(1).startswith(("同", "该", "該", "本"))]
        if not found:
            return None
        name = found[-1].group(1)
        others = {m.group(1) for m in found if not name.endswith(m.group(1)) and not m.group(1).endswith(name)}
        return None if others else name

    def _cjk_subjects(self, vocab: dict) -> list[tuple[int, str]]:
        """(offset, words) of every named speaker before a Chinese speech verb or a Japanese topic
        marker in the narration: the people a later pronoun may stand for."""
        out = []
        text = self.text
        for m in vocab["verb_pattern"].finditer(text):  # one pass, the longest verb at each place
            if self._quote_of_char(m.start()) or text[m.end() : m.end() + 1] not in ("，", ",", "：", ":", "。"):
                continue  # a verb that opens or closes what is said ("黄晓梅介绍，", "李明说。"; not "被称为")
            found = self._zh_subject_before(m.start(), vocab)
            if found is not None and found[1] not in vocab["pronouns"]:
                out.append(found)
        for m in re.finditer("[はが]", text):
            if self._quote_of_char(m.start()):
                continue
            lo = _clause_start(text, m.start(), _SENTENCE_BREAK + "、」", self.settings.cjk_clause_chars)
            reach = m.start() + 2 * self.settings.cjk_clause_chars
            end = min((k for k in (text.find(ch, m.start(), reach) for ch in _SENTENCE_BREAK) if k >= 0),
                      default=min(len(text), reach))
            if "「" not in text[m.start() : end]:
                continue  # a topic that is no speaker's (only one that says something is kept)
            name = _ja_topic(text[lo : m.start() + 1], vocab, self.settings.cjk_speaker_max_chars)
            if name is not None and name not in vocab["pronouns"] and text.find(name, lo, m.start() + 1) >= 0:
                out.append((text.find(name, lo, m.start() + 1), name))
        return sorted(set(out))

    def _quote_of_char(self, at: int) -> bool:
        return self.at.in_quote(at)

    def _zh_subject_before(self, verb_at: int, vocab: dict) -> tuple[int, str] | None:
        """(offset, words) of the speaker right before a Chinese speech verb at verb_at."""
        lo = verb_at
        while lo > max(0, verb_at - self.settings.cjk_clause_chars) and not _CLAUSE_BREAK.match(self.text[lo - 1]):
            lo -= 1
        words = _clean_zh_subject(self.text[lo:verb_at], vocab, self.settings.cjk_speaker_max_chars)
        if words is None:
            return None
        return self.text.find(words, lo, verb_at), words

    def _cjk_speaker_of(self, i: int, vocab: dict, subjects: list) -> tuple[str, int, str] | None:
        """(speaker words, offset, rule) for quote i by the clause beside it."""
        text = self.text
        q = self.at.quotes[i]
        open_at, close_at = q.open_at, q.close_at
        if text[open_at] == "「" and close_at is not None and text[close_at] == "」":
            found = self._ja_speaker(open_at, close_at, vocab)
            if found is not None:
                return found
        # '网友“山里的风”留言说': a quotation inside a noun phrase is no one's words, and the words
        # after it are no whole name (a quotation the sentence opens with follows a break)
        embedded = open_at > 0 and bool(_NAME_CHAR.match(text[open_at - 1]))
        if close_at is not None and not embedded:
            # '“……”，他说。' / '“……”代步工具商会主席何志强说，“……”': the verb after the close
            after = text[close_at + 1 : close_at + 1 + self.settings.cjk_clause_chars // 2]
            lead = len(after) - len(after.lstrip("，, "))
            for verb in vocab["verbs"]:
                k = after.find(verb, lead)
                if k > lead and not _CLAUSE_BREAK.search(after, lead, k) and (k + len(verb) >= len(after)
                                                                            or after[k + len(verb)] in "。，,.！!？?；;：:“「\n"):
                    words = _clean_zh_subject(after[lead:k], vocab, self.settings.cjk_speaker_max_chars)
                    if words is not None:
                        return words, close_at + 1 + after.find(words, lead), "cjk-verb-after"
                    break
        # '林海峰说：“……”', '李明表示，“……”', '他说，“……”': the verb closes the words before the mark
        before_lo = _clause_start(text, open_at, _SENTENCE_BREAK + "”」", self.settings.cjk_clause_chars)
        before = text[before_lo:open_at].rstrip("：:，, \u3000")
        if before_lo > 0 and text[before_lo - 1] in "”」" and self._embedded_before(before_lo - 1):
            return None  # '网友“山里的风”留言说：“……”': the name holds the quotation before
        colon = self.text[before_lo + len(before) : open_at].strip() in ("：", ":")
        for verb in vocab["verbs"] + (vocab["colon_verbs"] if colon else ()):
            if before.endswith(verb) and len(before) > len(verb):
                found = self._zh_subject_before(before_lo + len(before) - len(verb), vocab)
                if found is not None:
                    return found[1], found[0], "cjk-verb-before"
                break
        found = self._zh_view_frame(before, before_lo, open_at, vocab) or self._zh_words_of(before, before_lo, open_at, vocab) \
            or self._zh_say_object(before, before_lo, vocab)
        if found is not None:
            return found
        return self._zh_sentence_before(q, vocab) or self._zh_sentence_opening_verb(q, vocab)

    def _zh_sentence_opening_verb(self, q, vocab: dict) -> tuple[str, int, str] | None:
        """'部落頭目高金福說，許多長輩行動不便，「巡迴車一週來兩次……」': a quotation later in a sentence that
        opens with its speaker, a speech verb and a comma, with only the speaker's report between
        (no other speech verb, no quotation, no sentence's end), the quotation opening a clause of its
        own: that speaker."""
        text = self.text
        if q.close_at is None or text[q.open_at - 1 : q.open_at] not in ("，", ",", "：", ":") \
                or _NAME_CHAR.match(text[q.close_at + 1 : q.close_at + 2] or "。"):
            return None  # (a term in marks inside a phrase, '落实“一库一策”防汛措施', is no one's words)
        lo = _clause_start(text, q.open_at, _SENTENCE_BREAK + "”」", 4 * self.settings.cjk_clause_chars)
        m = vocab["verb_pattern"].search(text, lo, q.open_at)
        if m is None or m.start() == lo or text[m.end() : m.end() + 1] not in ("，", ",") \
                or _CJK_QUOTED.search(text, lo, q.open_at) or vocab["verb_pattern"].search(text, m.end(), q.open_at):
            return None
        brk = _CLAUSE_BREAK.search(text, lo, m.start())
        if brk is not None and not _role_apposition(text[lo : brk.end()], vocab):
            return None
        found = self._zh_subject_before(m.start(), vocab)
        if found is None or text[lo : found[0]].strip() and not _role_apposition(text[lo : found[0]].strip(), vocab):
            return None
        return found[1], found[0], "cjk-sentence-opening-verb"

    def _zh_view_frame(self, before: str, before_lo: int, open_at: int, vocab: dict) -> tuple[str, int, str] | None:
        """'在郑宏伟看来，“……”': the quotation right after a clause of someone's view, which holds
        no speech verb, is that person's."""
        if self.text[before_lo + len(before) : open_at].strip() not in ("，", ","):
            return None
        for opening, closing in vocab["view_frames"]:
            if before.startswith(opening) and before.endswith(closing):
                words = _clean_zh_subject(before[len(opening) : -len(closing)], vocab, self.settings.cjk_speaker_max_chars)
                if words is not None and words not in vocab["pronouns"]:
                    return words, before_lo + len(opening), "cjk-view"
        return None

    def _zh_words_of(self, before: str, before_lo: int, open_at: int, vocab: dict) -> tuple[str, int, str] | None:
        """'江城队主教练邹建国的第一句话是“感谢球迷”': a person, then words that say the quotation right
        after them is what that person said ("的第一句话是", "的回答是": the "cjk_words_of"), nothing
        but a colon between: that person's words."""
        if self.text[before_lo + len(before) : open_at].strip() not in ("", "：", ":"):
            return None
        for closing in vocab["words_of"]:
            if before.endswith(closing) and len(before) > len(closing):
                found = self._zh_subject_before(before_lo + len(before) - len(closing), vocab)
                if found is not None and found[1] not in vocab["pronouns"]:
                    return found[1], found[0], "cjk-words-of"
                return None
        return None

    def _zh_say_object(self, before: str, before_lo: int, vocab: dict) -> tuple[str, int, str] | None:
        """'她说飞机“飞得很稳”': "say" with a short object (two or three characters that make no word
        with the verb) right before the quotation: the verb's subject speaks of it in these words."""
        for verb in vocab["say_before_object"]:
            k = before.rfind(verb)
            obj = before[k + len(verb) :] if k > 0 else ""
            if not 2 <= len(obj) <= 3 or not all(_NAME_CHAR.match(ch) for ch in obj) \
                    or any(v.startswith(verb) and before.startswith(v, k) and len(v) > len(verb) for v in vocab["verbs"]) \
                    or obj[0] in _SAY_COMPOUNDS:
                continue
            found = self._zh_subject_before(before_lo + k, vocab)
            if found is not None:
                return found[1], found[0], "cjk-say-object"
        return None

    def _embedded_before(self, close_at: int) -> bool:
        """Whether the quotation closed at close_at is set inside a noun phrase (a name char before
        its opening mark: '网友“山里的风”')."""
        for q in self.at.quotes:
            if q.close_at == close_at:
                return q.open_at > 0 and bool(_NAME_CHAR.match(self.text[q.open_at - 1]))
        return False

    def _zh_sentence_before(self, q, vocab: dict) -> tuple[str, int, str] | None:
        """'黄晓梅指出，深海珊瑚……很难恢复。“我们建议……。”': a quotation that is a sentence of its own
        at the end of its paragraph, after a sentence of the same paragraph that opens with its
        speaker and a speech verb and a comma; or '“……。”他说。“……。”': right after a sentence that
        is only the attribution of the quotation before it."""
        text = self.text
        if q.close_at is None or text[q.open_at] not in "“「" or text[q.open_at - 1 : q.open_at] not in ("。", "！", "？"):
            return None
        lo = _clause_start(text, q.open_at - 1, _SENTENCE_BREAK + "”」", 4 * self.settings.cjk_clause_chars)
        # the verb a comma or a colon closes (not one inside its subject: "一位不愿透露姓名的女乘客告诉记者，")
        verbs = list(vocab["verb_pattern"].finditer(text, lo, q.open_at))
        m = next((v for v in verbs if text[v.end() : v.end() + 1] in ("，", ",", "：", ":")), verbs[0] if verbs else None)
        if m is None or m.start() == lo:
            return None
        brk = _CLAUSE_BREAK.search(text, lo, m.start())
        if brk is not None and not _role_apposition(text[lo : brk.end()], vocab):
            return None
        after_verb = text[m.end() : m.end() + 1]
        attribution_only = after_verb == "。" and m.end() + 1 == q.open_at and text[lo - 1 : lo] in ("”", "」")
        if not attribution_only and (after_verb not in ("，", ",", "：", ":") or text[q.close_at + 1 : q.close_at + 2].strip()):
            return None
        found = self._zh_subject_before(m.start(), vocab)
        if found is None:
            return None
        lead = text[lo : found[0]].strip()
        if not lead or _role_apposition(lead, vocab):
            return found[1], found[0], "cjk-sentence-before"
        return None

    def _ja_speaker(self, open_at: int, close_at: int, vocab: dict) -> tuple[str, int, str] | None:
        """The speaker of a Japanese 「……」 closed by the quotative と and a verb: the topic after the
        と ("「……」と、森田市長は述べた") or before the quotation ("山田首相は「……」と述べた"); or the
        topic of the next sentence when it says "こう述べた" ("「……」。山田首相はこう強調した")."""
        text = self.text
        after = text[close_at + 1 : close_at + 1 + self.settings.cjk_clause_chars]
        end = min((k for k in (after.find(ch) for ch in _SENTENCE_BREAK) if k >= 0), default=len(after))
        sentence_after = after[:end]
        according = self._ja_according(open_at, after, vocab)
        if according is not None:
            return according
        if after.startswith("。"):
            nxt = after[1:]
            nxt = nxt[: min((k for k in (nxt.find(ch) for ch in _SENTENCE_BREAK) if k >= 0), default=len(nxt))]
            if any(v in nxt for v in vocab["so_verbs"]):
                name = _ja_topic(nxt, vocab, self.settings.cjk_speaker_max_chars)
                if name is not None:
                    return name, text.find(name, close_at), "cjk-ja-kou"
            return None
        if not after.startswith("と") or after.startswith(vocab["naming"]) and not after.startswith(vocab["after_quote"]):
            return None  # "と呼ばれる" names, "と呼びかけた" speaks
        verb_words = "と" + sentence_after[1:].lstrip("も")  # "」とも語った"
        body = sentence_after.lstrip("と").lstrip("も").lstrip("、")
        offset = close_at + 1 + (len(sentence_after) - len(body))
        rest = sentence_after[1:]
        # "と悔しそうに話した", "と感謝の言葉を口にした": a short clause with no subject of its own that
        # a speech verb ends
        late = (len(rest) <= self.settings.cjk_clause_chars // 5 and "「" not in rest and not _JA_TOPIC.search(rest)
                and any(v in rest for v in vocab["late_verbs"]))
        if not late and not any(verb_words.startswith(v) for v in vocab["after_quote"]):
            name = _ja_topic(body, vocab, self.settings.cjk_speaker_max_chars)  # "「……」と、森田市長は定例記者会見で述べた"
            if name is not None and body.startswith(name):
                return name, offset, "cjk-ja-to-after"
            return None
        lo = _sentence_start_outside_quotes(text, open_at, 2 * self.settings.cjk_clause_chars)
        # the quotations before this one in its sentence are left out ("首相は「A」と述べ、「B」と強調した")
        name = _ja_topic(_JA_QUOTED.sub("「」", text[lo:open_at]), vocab, self.settings.cjk_speaker_max_chars)
        if name is None:
            return None
        return name, text.find(name, lo, open_at), "cjk-ja-topic"

    def _ja_continued(self, i: int, vocab: dict) -> None:
        """'佐伯社長は「……」と語った。職人の育成についても「……」と述べた。': a 「……」 closed by と and a
        speech verb in a sentence with no topic of its own (no は nor が between) continues the topic
        that spoke the quotation before it in the paragraph."""
        text, quotes = self.text, self.at.quotes
        q = quotes[i]
        if q.close_at is None or text[q.open_at] != "「":
            return
        if not text.startswith(vocab["after_quote"], q.close_at + 1):
            self._ja_reported_on(i, vocab)
            return
        prev = max((k for k in range(i) if quotes[k].nested_in is None and quotes[k].close_at is not None
                    and quotes[k].close_at < q.open_at), default=None)
        if prev is None or self.at.paragraph_at(quotes[prev].open_at) != self.at.paragraph_at(q.open_at):
            self._ja_topic_before(i, vocab)
            return
        rule = self.speaker_rules[prev] or ""
        if self.speakers[prev] is None or not rule.startswith(("cjk-ja-topic", "cjk-ja-to-after")) or rule.endswith("pronoun"):
            return
        between = text[quotes[prev].close_at + 1 : q.open_at]
        if _JA_TOPIC.search(between) or not text.startswith(vocab["after_quote"], quotes[prev].close_at + 1) \
                or sum(between.count(ch) for ch in _SENTENCE_BREAK) > 1:
            return  # (another topic, or more than the one sentence between)
        for k in (k for k in range(len(quotes)) if quotes[k].utterance == q.utterance):
            self.speakers[k] = self.speakers[prev]
            self.speaker_spans[k] = self.speaker_spans[prev]
            self.speaker_rules[k] = "cjk-ja-continued"

    def _ja_sentence_before(self, open_at: int) -> tuple[int, str] | None:
        """(start, words) of the sentence of narration that ends with the 。 right before a 「 at
        open_at, in its paragraph; None when the quotation follows anything else or quotes are in it."""
        text = self.text
        if open_at < 2 or text[open_at - 1] != "。":
            return None
        lo = _clause_start(text, open_at - 1, _SENTENCE_BREAK + "」", 2 * self.settings.cjk_clause_chars)
        if lo >= open_at - 1 or "「" in text[lo : open_at - 1] or self.at.paragraph_at(lo) != self.at.paragraph_at(open_at):
            return None
        return lo, text[lo : open_at - 1]

    def _ja_credit(self, i: int, name: str, at: int, rule: str) -> None:
        speaker = Speaker(name, "person", name)
        for k in (k for k in range(len(self.at.quotes)) if self.at.quotes[k].utterance == self.at.quotes[i].utterance):
            self.speakers[k], self.speaker_spans[k], self.speaker_rules[k] = speaker, Span(at, at + len(name)), rule

    def _ja_topic_before(self, i: int, vocab: dict) -> None:
        """'妻の中村節子さん（70）は番台に座り続けて45年になる。「……」と話した。': a 「……」 that opens its
        sentence, closed by と and a speech verb with no topic after it, right after a sentence of
        narration in its paragraph whose topic is a person (a name with an honorific): that person."""
        q = self.at.quotes[i]
        before = self._ja_sentence_before(q.open_at)
        after = self.text[q.close_at + 1 : q.close_at + 1 + self.settings.cjk_clause_chars]
        after = after[: min((k for k in (after.find(ch) for ch in _SENTENCE_BREAK) if k >= 0), default=len(after))]
        if before is None or _JA_TOPIC.search(after):
            return
        lo, words = before
        name = _ja_topic(words, vocab, self.settings.cjk_speaker_max_chars)
        if name is None or name in vocab["pronouns"] or not name.endswith(_JA_HONORIFICS) or not words.startswith(name, words.find(name)):
            return
        self._ja_credit(i, name, lo + words.find(name), "cjk-ja-topic-before")

    def _ja_reported_on(self, i: int, vocab: dict) -> None:
        """'健一さんによると、……減った。入浴料の値上げも考えたが、「……」という。': a 「……」 closed by という in
        a sentence with no topic of its own, right after a sentence its paragraph opens with
        "Xによると": X's report goes on."""
        text, q = self.text, self.at.quotes[i]
        if not text.startswith(vocab["reported"], q.close_at + 1):
            return
        lo = _clause_start(text, q.open_at, _SENTENCE_BREAK, self.settings.cjk_clause_chars)
        if "は" in text[lo : q.open_at] or lo < 2 or text[lo - 1] != "。":
            return
        before = self._ja_sentence_before(lo)
        if before is None:
            return
        m = _JA_ACCORDING.match(text, before[0], lo)
        if m is None or len(m.group(1)) < 2 or any(w in m.group(1) for w in vocab["not_speakers"]):
            return
        self._ja_credit(i, m.group(1), m.start(1), "cjk-ja-according-before")

    def _ja_according(self, open_at: int, after: str, vocab: dict) -> tuple[str, int, str] | None:
        """'同社の広報担当者によると、「……」という。': the quotation a sentence opening with "Xによると"
        reports, closed by という (or とのことだ), is X's."""
        if not after.startswith(vocab["reported"]):
            return None
        text = self.text
        lo = _clause_start(text, open_at, _SENTENCE_BREAK + "」", self.settings.cjk_clause_chars)
        m = _JA_ACCORDING.match(text, lo, open_at)
        if m is None or m.end() != open_at:
            return None
        name = m.group(1)
        if len(name) < 2 or any(w in name for w in vocab["not_speakers"]):
            return None
        return name, m.start(1), "cjk-ja-according"

    def _zh_sentence_subject(self, at: int, vocab: dict) -> tuple[str | None, int]:
        """'主教练杨振华对队员们的表现给予肯定。他说：“……”': for a pronoun that opens its sentence and has
        no named speaker before it, the subject of the sentence right before, in the same paragraph,
        when a preposition ("对"), a time word or a subject's closer ("是") closes it (the name's end
        is sure there; else no one); the same for a pronoun opening the second clause of its sentence,
        after its first ('五年级学生小雨第一次见到无人机，她说')."""
        text = self.text
        limit = self.settings.cjk_clause_chars
        s0 = _clause_start(text, at, _SENTENCE_BREAK, limit)
        own = text[s0:at]
        if own.strip() in ("”", "」") and (q := next((q for q in self.at.quotes if q.close_at == at - 1), None)) is not None \
                and q.open_at >= 2 and text[q.open_at - 1] == "。":
            # '乘客王大伟在白沙洲经营一家农家乐。“……。”他说': right after a quotation that opens its own
            # sentence, the subject of the sentence of narration before that quotation
            s0, own = q.open_at, ""
        if own.strip():
            # '五年级学生小雨第一次见到无人机，她说': the pronoun opens the second clause of its sentence,
            # whose first clause's subject it takes up
            if s0 < 1 or text[s0 - 1] not in _SENTENCE_BREAK or not own.endswith(("，", ",")) or len(re.split("[，,]", own)) != 2:
                return None, at
            p0, sentence = s0, own[:-1]
        elif s0 < 2 or text[s0 - 1] != "。":
            return None, at
        else:
            p0 = _clause_start(text, s0 - 1, _SENTENCE_BREAK + "”」", 2 * limit)
            sentence = text[p0 : s0 - 1]
        if any(mark in sentence for mark in "“「\""):
            return None, at
        clauses = re.split("[，,]", sentence)
        offset = 0
        if len(clauses) > 1 and clauses[0].strip() in vocab["time"]:  # "赛后，"
            offset, clauses = len(clauses[0]) + 1, clauses[1:]
        first = clauses[0]
        # the name ends before a preposition, a time word ("钟明德今天召开记者会") or a word that closes a
        # subject ("乘客刘思琪是第一次坐国产飞机": the copula, "first time")
        cuts = [k for k in (first.find(w, 2) for w in (*vocab["time"], *vocab["subject_closers"])) if k >= 2]
        m = _ZH_PREPOSITION.search(first, 2)
        if m is not None:
            cuts.append(m.start())
        if not cuts:
            return None, at
        words = _clean_zh_subject(first[: min(cuts)], vocab, self.settings.cjk_speaker_max_chars)
        if words is None or words in vocab["pronouns"] or words.endswith(("们", "們", "记者", "記者", *vocab["organisations"])):
            return None, at  # a pronoun stands for one person, not "队员们" nor "协会"
        return words, p0 + offset + first.find(words)

    def _cjk_antecedent(self, at: int, subjects: list, pronoun: str = "") -> tuple[str | None, int]:
        """The speaker a pronoun at `at` stands for: the named speaker mentioned last before it
        (any later mention of the words of a speaker named elsewhere counts: "李博灏也有着…。他表示"),
        in its paragraph or the one before (further back, someone the rules do not know as a
        speaker may have been named between). No one when that speaker is of the other gender, as
        an earlier 他 or 她 standing for them tells ("主持人區美玲表示：「…」她說" before "「…」他說"),
        or is named earlier in the pronoun's own sentence ("法官唐敏向她询问后，他说": a pronoun
        repeats no subject its sentence has just named; someone else speaks)."""
        best = self._latest_named(at, subjects)
        if best is None:
            return None, at
        gender = _CJK_GENDERS.get(pronoun)
        if gender is not None and any(best[1].endswith(cjk_vocabulary()["gendered_suffixes"].get(other, ()))
                                      for other in ("he", "she") if other != gender):
            return None, at  # "王女士说：“……”" before "他说": she is no 他
        if gender is not None and any(k < at and name == best[1] and g != gender for k, name, g in self._cjk_pronoun_genders(subjects)):
            return None, at
        between = self.text[best[0] + len(best[1]) : at]
        if not any(ch in between for ch in _SENTENCE_BREAK + "“”「」"):
            return None, at
        para = self.at.paragraph_at(at)
        if para >= 0 and best[0] < self.at.paragraphs[para][0]:
            # "五年级学生小雨第一次见到无人机，她说": words of the pronoun's own sentence name someone the
            # speakers of the paragraph before are not; the pronoun may stand for them
            # (or the sentences before it in its paragraph: "今年78歲的王秀英患有高血壓，每個月都要拿藥。她無奈地說")
            s0 = self.at.paragraphs[para][0]
            if _NAME_CHAR.search(_CJK_QUOTED.sub("", self.text[s0:at])):
                return None, at
        return best[1], best[0]

    def _cjk_pronoun_genders(self, subjects: list) -> list[tuple[int, str, str]]:
        """(offset, name, gender) of every lone 他 or 她 of the narration and the named speaker
        mentioned last before it (read once per article)."""
        cached = self.__dict__.get("_pronoun_genders")
        if cached is None:
            cached = []
            for m in _CJK_LONE_PRONOUN.finditer(self.text):
                if not self.at.in_quote(m.start()):
                    earlier = self._latest_named(m.start(), subjects)
                    if earlier is not None:
                        cached.append((m.start(), earlier[1], _CJK_GENDERS[m.group()]))
            self._pronoun_genders = cached
        return cached

    def _latest_named(self, at: int, subjects: list) -> tuple[int, str] | None:
        """(offset, name) of the named speaker mentioned last before `at`, in its paragraph or the
        one before."""
        names = {name for _, name in subjects}
        para = self.at.paragraph_at(at)
        lo = self.at.paragraphs[max(0, para - 1)][0] if para >= 0 else 0
        best: tuple[int, str] | None = None
        for name in names:
            k = self.text.rfind(name, lo, at)
            if k >= 0 and (best is None or k > best[0] or k == best[0] and len(name) > len(best[1])):
                best = (k, name)
        return best
