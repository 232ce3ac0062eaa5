"""Build evaluative.txt: the wide list of judging words behind the "evaluative" loaded-term category.

Development-time tool only (none of its inputs ships). Candidates come from permissively
licensed word lists; which of them are kept is decided by corpus statistics:

- candidates: the VADER sentiment lexicon (Hutto & Gilbert 2014; vaderSentiment 3.3.2, MIT
  licence) words with a mean valence of at least 1 either way; the adjectives of the Pattern
  subjectivity lexicon (De Smedt & Daelemans 2012, public domain (PDDL), as shipped in textblob
  0.20.1's en/en-sentiment.xml) whose senses average a subjectivity of at least 0.6; the bias-word lexicon of Spinde
  et al. 2021 (Media-Bias-Group "Automated-Identification-of-Bias-Inducing-Words-in-News-Articles",
  Apache-2.0); the NPOV bias lexicon of Recasens et al. 2013 (as redistributed in
  rpryzant/neutralizing-bias, MIT licence) only as evidence (its words alone are too often
  plain: "bank", "land").
- kept: each word's share of occurrences that annotators marked as biased in the *tune* part of
  the lexical-bias dev set (the part benchmarks/lexical.py does not measure on), shrunk towards the
  share of its group of like words (the same valence band, membership of the bias lexicons and
  of the subjectivity lexicon, background frequency band) so a word seen once or never is judged
  by its group.
  News frequency: the share of ECB+ news texts (CC BY 3.0) using the word, which marks the words
  plain reporting uses every day ("killed", "support", "crisis"): their group's share is low.
- dropped: words of the hand-written lists (loaded.json), the ~2,500 most frequent English words
  (background.tsv Zipf >= 5.0), words used by 1% of ECB+ news texts or more, and anything that is not a plain word.

    python -m venv /tmp/vd && /tmp/vd/bin/pip download --no-deps -d /tmp/vd vadersentiment==3.3.2
    (cd /tmp/vd && unzip -o -q vaderSentiment-3.3.2-py2.py3-none-any.whl)
    /tmp/vd/bin/pip download --no-deps -d /tmp/vd textblob==0.20.1 && (cd /tmp/vd && unzip -o -q textblob-*.whl)
    python3 resources/terms/build_loaded.py --vader /tmp/vd/vaderSentiment/vader_lexicon.txt \\
        --pattern /tmp/vd/textblob/en/en-sentiment.xml \\
        --data ../shared/data > resources/terms/evaluative.txt
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
PLAIN = re.compile(r"[a-z]+(?:-[a-z]+)*")
MIN_VALENCE = 1.0
MIN_SUBJECTIVITY = 0.6
MAX_ZIPF = 5.0  # the ~2,500 most frequent English words are not judging words of their own
MAX_NEWS_SHARE = 0.01  # used by 1% of plain news texts or more: everyday reporting vocabulary
SHRINK = 3.0  # pseudo-occurrences of the group's share added to each word's own counts
KEEP_SHARE = 0.05  # a word is kept when its shrunk share of marked occurrences reaches this ...
KEEP_UNMARKED = 0.15  # ... and, when annotators never marked it, its group's share reaches this


def part_of(key: str) -> str:
    """The split benchmarks/lexical.py uses: SHA-1 of the id, first byte even = tune."""
    return ("tune", "held-out")[hashlib.sha1(key.encode("utf-8")).digest()[0] % 2]


def read_list(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def pattern_subjective(path: Path) -> set[str]:
    """Adjectives whose senses average a subjectivity of at least MIN_SUBJECTIVITY."""
    import xml.etree.ElementTree as ET

    scores: dict[str, list[float]] = collections.defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        if word.get("pos", "JJ") == "JJ":
            scores[word.get("form", "").lower()].append(float(word.get("subjectivity", "0")))
    return {w for w, s in scores.items() if sum(s) / len(s) >= MIN_SUBJECTIVITY}


def hand_written() -> set[str]:
    data = json.loads((HERE / "loaded.json").read_text(encoding="utf-8"))
    words = set()
    for terms in data["loaded_terms"].values():
        for term in terms:
            base = term.lower()
            words |= {base, base + "s", base + "es", base + "ed", base + "d", base + "ing", base + "ly"}
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vader", type=Path, required=True, help="vader_lexicon.txt of vaderSentiment 3.3.2")
    parser.add_argument("--pattern", type=Path, required=True, help="textblob/en/en-sentiment.xml of textblob 0.20.1")
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (lexical-bias, ecbplus)")
    parser.add_argument("--keep", type=float, default=KEEP_SHARE)
    parser.add_argument("--keep-unmarked", type=float, default=KEEP_UNMARKED)
    parser.add_argument("--explain", action="store_true", help="print each group's share on stderr")
    args = parser.parse_args()

    zipf = {}
    for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, value = line.partition("\t")
            zipf[word] = float(value)
    valence = {}
    for line in args.vader.read_text(encoding="utf-8").splitlines():
        word, value, *_ = line.split("\t")
        valence[word.lower()] = float(value)
    subjective = pattern_subjective(args.pattern)
    lexicons = args.data / "lexical-bias" / "lexicons"
    mbg = read_list(lexicons / "mbg_bias_word_lexicon.txt")
    npov = read_list(lexicons / "recasens2013_npov_lexicon.txt")
    candidates = {w for w, v in valence.items() if abs(v) >= MIN_VALENCE} | mbg | subjective
    hand = hand_written()
    candidates = {w for w in candidates if PLAIN.fullmatch(w) and len(w) > 2 and w not in hand
                  and zipf.get(w, 0.0) < MAX_ZIPF}

    docs = sorted((args.data / "ecbplus" / "docs").glob("*.txt"))
    news_df: collections.Counter[str] = collections.Counter()
    for path in docs:
        news_df.update({m.group().lower() for m in WORD.finditer(path.read_text(encoding="utf-8"))})

    marked: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for line in (args.data / "lexical-bias" / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if part_of(record["id"]) != "tune":
            continue
        spans = [(g["start"], g["end"]) for g in record["biased"]]
        for m in WORD.finditer(record["text"]):
            word = m.group().lower()
            seen[word] += 1
            marked[word] += any(s < m.end() and m.start() < e for s, e in spans)

    def group(word: str) -> tuple:
        """Coarse groups, so that each holds enough tune occurrences to judge by."""
        v = abs(valence.get(word, 0.0))
        z = zipf.get(word, 1.0)
        return (
            -1 if word not in valence else 0 if v < 2 else 1 if v < 3 else 2,
            word in mbg or word in npov,
            word in subjective,
            0 if z < 3.5 else 1 if z < 4.3 else 2,
        )

    totals: dict[tuple, list[int]] = collections.defaultdict(lambda: [0, 0])
    for word in candidates:
        totals[group(word)][0] += marked[word]
        totals[group(word)][1] += seen[word]
    if "--explain" in sys.argv:
        for key in sorted(totals, key=lambda k: -(totals[k][0] + 0.5) / (totals[k][1] + 20.0)):
            hits, n = totals[key]
            print(key, hits, n, round((hits + 0.5) / (n + 20.0), 3), file=sys.stderr)
    kept = []
    for word in sorted(candidates):
        if news_df[word] / max(len(docs), 1) >= MAX_NEWS_SHARE:
            continue  # plain reporting uses it every day: "attack", "dead", "crisis"
        hits, n = totals[group(word)]
        prior = (hits + 0.5) / (n + 20.0)
        share = (marked[word] + SHRINK * prior) / (seen[word] + SHRINK)
        if share >= args.keep and (marked[word] or prior >= args.keep_unmarked):
            kept.append(word)
    out = sys.stdout
    out.write("# Judging words (category \"evaluative\"), one a line; built by build_loaded.py (see its docstring and README.md).\n")
    out.write("# Candidates: VADER lexicon, vaderSentiment 3.3.2 (MIT, (c) 2016 C.J. Hutto); bias-word lexicon of Spinde et al. 2021\n")
    out.write("#   (Apache-2.0, Media-Bias-Group); Pattern subjectivity lexicon, De Smedt & Daelemans 2012 (PDDL, via textblob 0.20.1);\n")
    out.write("#   NPOV lexicon of Recasens et al. 2013 (MIT, (c) 2020 Reid Pryzant) as evidence only.\n")
    out.write(f"# Kept: shrunk share of annotator-marked uses >= {args.keep} on the tune part of the lexical-bias dev set\n")
    out.write(f"#   (a word never marked there: its group's share >= {args.keep_unmarked});\n")
    out.write("#   groups by valence, lexicon, background frequency and ECB+ news frequency (CC BY 3.0).\n")
    for word in kept:
        out.write(word + "\n")


if __name__ == "__main__":
    main()
