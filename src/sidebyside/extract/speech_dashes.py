"""Dash dialogue: speech a dash opens at a paragraph's start, no quotation marks ("– Vi har inget
val, säger Anna Berg.", "— Мы не знали, — сказал он.", "—No hay dinero —dijo el alcalde—."), as
Nordic, Slavic, Finnish, Spanish and Portuguese papers write it. The text extractor keeps such a
dash (it is no list bullet) and compare.quotes reads the speech; both read the speech verbs here.
"""

from __future__ import annotations

import functools
import re

from sidebyside.resources import resource_json

SPEECH_DASHES = frozenset("–—―")
# a dash opening a line, and what follows it on the line
_DASH_LINE = re.compile(r"^[ \t\u00a0]*[–—―][^\n]*", re.MULTILINE)
# the dashed lines read for a handover before a capture is taken to write no dash dialogue
_LINES_READ = 400


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Speech verbs that take over after the dash or comma of dash dialogue, lower case: every
    language's of resources/attribution/speech_languages.json (English has none there: its papers
    set no speech off by a dash), those it reads only right after a quotation (the hand-over follows
    the speech), and the few resources/attribution/dash_dialogue.json adds."""
    out: set[str] = set()
    for key, language in resource_json("attribution/speech_languages.json").items():
        if key == "about":
            continue
        for forms in (*language["verbs"].values(), *language.get("verbs_more", {}).values(),
                      *language.get("verbs_after_quote", {}).values()):
            out.update(f.lower() for f in forms)
    for forms in resource_json("attribution/dash_dialogue.json")["verbs"].values():
        out.update(f.lower() for f in forms)
    return frozenset(out)


# where the speech may hand over to its attribution: a comma (with a dash after it, as Russian
# writes it) or a dash after a space ("– powiedział X", " —dijo X")
_HANDOVER = re.compile(r",[ \t\u00a0]*[–—―]?[ \t\u00a0]*|[ \t\u00a0][–—―][ \t\u00a0]*")
_HANDOVER_WORD = re.compile(r"[^\W\d_][\w\-’']*")


def dash_handover(text: str, lo: int, hi: int, window: int) -> tuple[int, int] | None:
    """(where the speech ends, where its attribution's words start) of the first handover in
    text[lo:hi]: a comma or a spaced dash followed by a speech verb, first or after a capitalised
    name ("säger Anna Berg", "—dijo el alcalde", ", — сказал", "– Nowak powiedziała"); None without one."""
    for m in _HANDOVER.finditer(text, lo, hi):
        if m.start() > lo and handover_verb(text, m.end(), hi, window) is not None:
            return m.start(), m.end()
    return None


def handover_at(text: str, at: int, hi: int, window: int) -> tuple[int, int] | None:
    """Where the attribution after speech ending at ``at`` starts, and its verb's offset, when a
    handover (a comma or a spaced dash, then a speech verb) stands right there; else None."""
    m = _HANDOVER.match(text, at, hi)
    if m is None:
        return None
    verb = handover_verb(text, m.end(), hi, window)
    return None if verb is None else (m.end(), verb)


def handover_verb(text: str, at: int, hi: int, window: int) -> int | None:
    """The offset of the speech verb among the first ``window`` words from ``at``, only
    capitalised words (a name) before it; None when there is none."""
    verbs = speech_verbs()
    for _ in range(window):
        w = _HANDOVER_WORD.match(text, at, hi)
        if w is None:
            return None
        word = w.group()
        if word.lower() in verbs:
            return w.start()
        if not word[0].isupper():
            return None  # only a name stands before the verb
        at = w.end()
        while at < hi and text[at] in " \t\u00a0":
            at += 1
    return None


def writes_dash_dialogue(content: str) -> bool:
    """Whether a line of content opened by a dash hands its speech over to a speech verb ("– Vi har
    inget val, säger Anna Berg"): the capture writes dialogue so, and its dashes are no bullets."""
    for k, line in enumerate(_DASH_LINE.finditer(content)):
        if k >= _LINES_READ:
            return False
        lo, hi = line.span()
        if any(handover_verb(content, m.end(), hi, 1) is not None for m in _HANDOVER.finditer(content, lo, hi)):
            return True
    return False


def speech_line(rest: str, min_words: int) -> bool:
    """Whether the words after a line's opening dash are a sentence (min_words words or more,
    ending as a sentence ends), not a list's short item or a dateline ("– Reuters")."""
    return rest[-1:] in ".!?…" and len(rest.split()) >= min_words
