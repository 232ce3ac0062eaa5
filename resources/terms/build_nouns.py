"""Build nouns.tsv, the common-noun lexicon of the naming analysis: what kind of thing each
frequent English noun names (nouns used mostly as another part of speech, and nouns of
abstractions, times and quantities, are left out) (a person, a group, a place, an artifact, a work, ...) and the
is-a links between their senses ("car" is a kind of "vehicle", "gem" and "jewel" are one sense).

Development-time tool only: WordNet is NOT a runtime dependency of SideBySide.

    apt-get install wordnet-base        # Princeton WordNet 3.0 database files
    python3 resources/terms/build_nouns.py > resources/terms/nouns.tsv

Reads /usr/share/wordnet/{index.noun,data.noun,noun.exc,cntlist.rev,index.verb,index.adj,index.adv} (or the folder given as the first
argument) and background.tsv beside this script (the nouns kept are those among its most
frequent words). Standard library only.

Output, after a header of comment lines (provenance and WordNet's licence):
    w <TAB> noun <TAB> kinds of its first senses (comma-separated) <TAB> their sense ids
    a <TAB> noun <TAB> kind of its first sense (a noun of no kind a description names: "operation")
    s <TAB> sense id <TAB> ids of its hypernyms (is-a parents)
    x <TAB> irregular plural <TAB> noun
    n <TAB> noun that WordNet writes with a capital in every sense (a name only: "drew", "affirmed")
Sense ids are dense numbers of this file, not WordNet offsets. A kind is the lexicographer file
of the sense without "noun." (person, group, location, artifact, communication, act, ...).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIN_ZIPF = 2.5  # nouns rarer than this in background.tsv are left out
SENSES = 3  # senses kept per noun (WordNet orders them by how often each was tagged)
LEXNAMES = {
    3: "tops", 4: "act", 5: "animal", 6: "artifact", 7: "attribute", 8: "body", 9: "cognition",
    10: "communication", 11: "event", 12: "feeling", 13: "food", 14: "group", 15: "location",
    16: "motive", 17: "object", 18: "person", 19: "phenomenon", 20: "plant", 21: "possession",
    22: "process", 23: "quantity", 24: "relation", 25: "shape", 26: "state", 27: "substance", 28: "time",
}
# nouns whose first two senses are none of these kinds are left out
KEPT_KINDS = frozenset(["person", "group", "location", "artifact", "communication", "object", "substance", "food", "animal"])
LICENCE = """WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
Permission to use, copy, modify and distribute this software and database and its documentation
for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
with the following copyright notice and statements, including the disclaimer, and that the same
appear on ALL copies of the software, database and documentation, including modifications that
you make for internal use or for distribution.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE
OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD
PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
The name of Princeton University or Princeton may not be used in advertising or publicity
pertaining to distribution of the software and/or database. Title to copyright in this software,
database and any associated documentation shall at all times remain with Princeton University
and LICENSEE agrees to preserve same."""


def main() -> None:
    wn = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/wordnet")
    frequent = {}
    for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, zipf = line.split("\t")
            if float(zipf) >= MIN_ZIPF and word.isalpha() and word.islower():
                frequent[word] = float(zipf)
    # how often each word was tagged as a noun and as another part of speech (SemCor counts):
    # a word used mostly as a verb or adjective ("great", "open", "suspect") is no noun here
    tagged: dict[str, list[int]] = {}
    for line in (wn / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _number, count = line.split()
        lemma, _, rest = key.partition("%")
        tagged.setdefault(lemma, [0, 0])[0 if rest[0] == "1" else 1] += int(count)
    other_pos = set()
    for pos in ("verb", "adj", "adv"):
        for line in (wn / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                other_pos.add(line.split(" ", 1)[0])
    senses: dict[str, list[str]] = {}
    offsets_of: dict[str, list[str]] = {}  # every sense of each kept noun
    for line in (wn / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma = parts[0]
        if lemma not in frequent:
            continue
        as_noun, as_other = tagged.get(lemma, (0, 0))
        if as_other > as_noun or (as_noun == 0 and lemma in other_pos):
            continue
        p_cnt = int(parts[3])
        offsets = parts[4 + p_cnt + 2 :]
        senses[lemma] = offsets[:SENSES]
        offsets_of[lemma] = offsets
    # a noun whose every synset writes it with a capital is a name's only ("drew": John Drew, an
    # actor; "affirmed": a racehorse): a lower-case word of running text is never that name ("The
    # event drew praise"), so it is listed apart ("n" lines), for the readers of lower-case words
    lower_case: dict[str, set[str]] = {}  # offset -> the words its synset writes in lower case
    for line in (wn / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" ")
        w_cnt = int(parts[3], 16)
        lower_case[parts[0]] = {w for w in parts[4 : 4 + 2 * w_cnt : 2] if w == w.lower()}
    names_only = sorted(lemma for lemma, offs in offsets_of.items() if not any(lemma in lower_case.get(o, ()) for o in offs))
    synsets: dict[str, tuple[str, list[str]]] = {}  # offset -> (lexname, hypernym offsets)
    for line in (wn / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        offset, lexnum, w_cnt = parts[0], int(parts[1]), int(parts[3], 16)
        at = 4 + 2 * w_cnt
        p_cnt = int(parts[at])
        parents = []
        for k in range(p_cnt):
            symbol, target, pos = parts[at + 1 + 4 * k : at + 4 + 4 * k]
            if symbol in ("@", "@i") and pos == "n":
                parents.append(target)
        synsets[offset] = (LEXNAMES.get(lexnum, "other"), parents)
    # the senses the kept nouns reach, with all their ancestors, numbered densely
    ids: dict[str, int] = {}

    def number(offset: str) -> int:
        if offset not in ids:
            ids[offset] = len(ids)
            for parent in synsets[offset][1]:
                number(parent)
        return ids[offset]

    out = sys.stdout
    out.write("# Common nouns of English news: kinds of their first senses and is-a links between senses.\n")
    out.write("# Built by build_nouns.py from Princeton WordNet 3.0 (Debian package wordnet-base 1:3.0-37),\n")
    out.write(f"# nouns among background.tsv's words of zipf >= {MIN_ZIPF}, {SENSES} senses each.\n")
    for line in LICENCE.splitlines():
        out.write(f"# {line}\n")
    for lemma in sorted(senses):
        offs = senses[lemma]
        if not any(synsets[o][0] in KEPT_KINDS for o in offs[:2]):
            # abstractions, times, quantities: nothing a description of a referent is; listed
            # as nouns all the same ("a police operation": "police" modifies a noun there)
            out.write(f"a\t{lemma}\t{synsets[offs[0]][0]}\n")
            continue
        kinds = ",".join(synsets[o][0] for o in offs)
        out.write(f"w\t{lemma}\t{kinds}\t{','.join(str(number(o)) for o in offs)}\n")
    for offset, idx in sorted(ids.items(), key=lambda x: x[1]):
        parents = synsets[offset][1]
        if parents:
            out.write(f"s\t{idx}\t{','.join(str(ids[p]) for p in parents)}\n")
    for lemma in names_only:
        out.write(f"n\t{lemma}\n")
    for line in (wn / "noun.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1] in senses and parts[0].isalpha():
            out.write(f"x\t{parts[0]}\t{parts[1]}\n")


if __name__ == "__main__":
    main()
