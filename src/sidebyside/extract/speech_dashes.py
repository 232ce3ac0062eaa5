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
# where speech may hand over to its attribution: a comma (a dash after it, as Russian writes it) or
# a dash after a space ("– powiedział X", " —dijo X"); the word after it
_HANDOVER = re.compile(r"(?:,[ \t\u00a0]*[–—―]?|[ \t\u00a0][–—―])[ \t\u00a0]*([^\W\d_]+)")
# the dashed lines read for a handover before a capture is taken to write no dash dialogue
_LINES_READ = 400


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Speech verbs that take over after the dash or comma of dash dialogue, lower case: every
    language's of resources/attribution/speech_languages.json (English has none there: its papers
    set no speech off by a dash) and those resources/attribution/dash_dialogue.json adds."""
    out: set[str] = set()
    for key, language in resource_json("attribution/speech_languages.json").items():
        if key == "about":
            continue
        for forms in (*language["verbs"].values(), *language.get("verbs_more", {}).values()):
            out.update(f.lower() for f in forms)
    for forms in resource_json("attribution/dash_dialogue.json")["verbs"].values():
        out.update(f.lower() for f in forms)
    return frozenset(out)


def writes_dash_dialogue(content: str) -> bool:
    """Whether a line of content opened by a dash hands its speech over to a speech verb ("– Vi har
    inget val, säger Anna Berg"): the capture writes dialogue so, and its dashes are no bullets."""
    verbs = speech_verbs()
    for k, line in enumerate(_DASH_LINE.finditer(content)):
        if k >= _LINES_READ:
            return False
        if any(m.group(1).lower() in verbs for m in _HANDOVER.finditer(line.group())):
            return True
    return False


def speech_line(rest: str, min_words: int) -> bool:
    """Whether the words after a line's opening dash are a sentence (min_words words or more,
    ending as a sentence ends), not a list's short item or a dateline ("– Reuters")."""
    return rest[-1:] in ".!?…" and len(rest.split()) >= min_words
