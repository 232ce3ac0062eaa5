"""Build loaded_pos.tsv: how often each graded word (loaded_scores.tsv) describes — the share of
its uses as an adjective or adverb rather than a noun or verb.

Development-time tool only: WordNet is NOT a runtime dependency of SideBySide.

    apt-get install wordnet-base        # Princeton WordNet 3.0 database files
    python3 resources/terms/build_loaded_pos.py [/usr/share/wordnet]

Why: a judging word mostly describes ("abysmal", "blatantly"); a graded word used mostly as a
noun or a verb names the topic or the event ("racism", "injustice", "undermine", "condemn"), and
a reader rarely calls it the writer's choice. compare/loaded.py asks such words for a higher score.

Reads /usr/share/wordnet/{index.noun,index.verb,index.adj,index.adv,*.exc,cntlist.rev}. A word's
uses by part of speech are WordNet's sense-tagged counts (cntlist.rev, from the SemCor corpus)
plus one per sense, of the word as written or, when WordNet does not list it, of its lemma
("undermined" -> "undermine"); an "-ly" word found only through its base is an adverb.
Also the words that mostly describe (share >= DESCRIBING) among background.tsv's plain words:
a describing word joined by "and" or a comma to a judging one judges alike ("confused and
contradictory statements": Hatzivassiloglou & McKeown 1997, conjoined adjectives share their
orientation), so compare/loaded.py needs to know it as one.
Output: ``word<TAB>share`` (two decimals), for the words of loaded_scores.tsv WordNet knows and
those describing words.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_nouns  # noqa: E402  (a sibling development-time script)

HERE = Path(__file__).resolve().parent
DESCRIBING = 0.7  # background words kept when at least this share of their uses describes
PARTS = ("noun", "verb", "adj", "adv")
SS_TYPE = {"1": 0, "2": 1, "3": 2, "5": 2, "4": 3}  # WordNet's synset types: 5 is an adjective satellite
# Suffixes stripped to reach a lemma WordNet lists: (suffix, replacement).
SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"),
    ("er", ""), ("est", ""), ("ily", "y"), ("ly", ""), ("ly", "le"),
)
DOUBLED = re.compile(r"(.*([bdgklmnprt]))\2(?:ed|ing)$")  # "stopped" -> "stop"
LICENCE = build_nouns.LICENCE  # the one copy of WordNet's licence, written into every file built from it


def lemmas(word: str, exceptions: dict[str, str]) -> list[str]:
    """The word, its irregular lemma, then its regular lemmas by suffix."""
    out = [word]
    if word in exceptions:
        out.append(exceptions[word])
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + replacement)
    doubled = DOUBLED.match(word)
    if doubled:
        out.append(doubled.group(1))
    return out


def verb_uses(word: str, exceptions: dict[str, str], tagged: dict, senses: dict) -> int:
    """The uses of the verb a participle comes from ("rejected" -> "reject"): WordNet lists
    many participles as adjectives too, though most of their uses in news are the verb's."""
    for lemma in lemmas(word, exceptions)[1:]:
        if senses.get(lemma, [0, 0])[1]:
            return tagged.get(lemma, [0, 0, 0, 0])[1] + senses[lemma][1]
    return 0


def main() -> None:
    wn = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    tagged: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for line in (wn / "cntlist.rev").read_text(encoding="utf-8").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        tagged[lemma][SS_TYPE[rest[0]]] += int(count)
    senses: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    exceptions: dict[str, str] = {}
    for k, part in enumerate(PARTS):
        for line in (wn / f"index.{part}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                senses[fields[0]][k] = int(fields[2])
        for line in (wn / f"{part}.exc").read_text(encoding="utf-8").splitlines():
            fields = line.split()
            exceptions.setdefault(fields[0], fields[1])
    words = [
        line.partition("\t")[0]
        for line in (HERE / "loaded_scores.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    scored = set(words)
    words += [
        line.partition("\t")[0]
        for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#") and line.partition("\t")[0].isalpha()
        and line.partition("\t")[0].islower() and line.partition("\t")[0] not in scored
    ]
    rows = []
    for word in words:
        for k, lemma in enumerate(lemmas(word, exceptions)):
            if lemma in senses:
                uses = [a + b for a, b in zip(tagged.get(lemma, [0, 0, 0, 0]), senses[lemma])]
                if k == 0 and word.endswith(("ed", "ing")):
                    uses[1] += verb_uses(word, exceptions, tagged, senses)  # "rejected" is mostly the verb's
                share = 1.0 if k and word.endswith("ly") else (uses[2] + uses[3]) / sum(uses)
                if word in scored or share >= DESCRIBING:
                    rows.append(f"{word}\t{share:.2f}")
                break
    out = HERE / "loaded_pos.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# Share of each graded word's uses that describe (adjective or adverb), from Princeton WordNet 3.0\n")
        f.write("# (Debian package wordnet-base 1:3.0-37): SemCor sense-tagged counts plus one per sense. Built by\n")
        f.write("# build_loaded_pos.py for the words of loaded_scores.tsv and background.tsv's describing words.\n")
        for line in LICENCE.splitlines():
            f.write(f"# {line}\n")
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} words -> {out}")


if __name__ == "__main__":
    main()
