"""Build common_nouns.txt.gz: English common nouns that are never names, for the entity finder.

A capitalised word opening a sentence ("Forecasters expect ...", "Evacuees are ...") is only
sentence case when it is a common noun; background.tsv lists the 30,000 commonest words, so a
rarer noun had no evidence against being a name. This list is every single-word noun lemma that
Princeton WordNet 3.0 spells in lower case only: a lemma WordNet also has as a proper noun
("Ford", "Hunter", "Democrat", "Ranger") is left out, and so is one whose regular plural is a
proper noun ("burn": "Burns"). Frequent lemmas stay: their plurals may be rare ("lifeguards").

Development-time tool only: WordNet is NOT a runtime dependency of SideBySide.

    apt-get install wordnet-base        # Princeton WordNet 3.0 database files
    python3 resources/terms/build_common_nouns.py     # writes common_nouns.txt.gz beside it

Reads /usr/share/wordnet/{data.noun,noun.exc} (or the folder given as the first argument).
Output (gzip, UTF-8): comment lines (provenance and WordNet's licence), then one lemma a line,
sorted, and irregular plurals of kept lemmas ("alumni") as words of their own. Regular plurals
are not listed: the reader takes "-s", "-es" and "-ies" off. Standard library only.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_nouns import LICENCE

MIN_LENGTH = 4  # shorter words are mostly abbreviations or names' look-alikes ("abo", "ado")
OUT = HERE / "common_nouns.txt.gz"


def main() -> None:
    wn = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    lower: set[str] = set()
    proper: set[str] = set()  # folded lemmas WordNet writes with a capital somewhere
    for line in (wn / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" ")
        for i in range(int(fields[3], 16)):
            word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
            (lower if word.islower() else proper).add(word.lower())
    def plurals(w: str) -> tuple[str, ...]:
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            return (w[:-1] + "ies",)
        return (w + "s", w + "es")

    kept = sorted(
        w for w in lower - proper
        if w.isascii() and w.isalpha() and len(w) >= MIN_LENGTH
        and not any(p in proper for p in plurals(w))
    )
    kept_set = set(kept)
    irregular = set()
    for line in (wn / "noun.exc").read_text(encoding="latin-1").splitlines():
        form, lemma = line.split()[:2]
        if lemma in kept_set and form.isalpha() and form not in proper and form not in kept_set:
            irregular.add(form)
    header = [
        "# English common nouns WordNet spells in lower case only, for the entity finder (no proper nouns).",
        "# Built by build_common_nouns.py from Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37):",
        f"# single-word noun lemmas of {MIN_LENGTH}+ letters, and their irregular plurals.",
        *("# " + line for line in LICENCE.splitlines()),
    ]
    text = "\n".join(header + sorted(kept_set | irregular)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(kept_set)} lemmas, {len(irregular)} irregular plurals, {OUT.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
