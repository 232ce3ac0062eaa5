"""Build loaded_scores.tsv and loaded_model.json: the graded score behind the "evaluative" and
"emotive" loaded terms beyond the hand-written lists of loaded.json.

Development-time tool only (none of its inputs ships; run it in the project's venv with numpy
installed: ``.venv/bin/pip install numpy``). A word annotators would mark is not guessed from
a list of words they marked: it is scored from general signals, so words never seen in the
training sentences are scored too.

Signals of the word itself (folded into one number per word, the table loaded_scores.tsv):
- what it means: its static vector (embeddings.bin, distilled from all-MiniLM-L6-v2 by
  build_embeddings.py; not shipped), so a word near judging words judges ("feckless" near "incompetent");
- sentiment and subjectivity: the VADER lexicon's valence (vaderSentiment 3.3.2, MIT, (c) 2016
  C.J. Hutto), the Pattern lexicon's subjectivity and polarity of adjectives (De Smedt &
  Daelemans 2012, PDDL, via textblob 0.20.1), membership of the bias-word lexicon of Spinde et
  al. 2021 (Apache-2.0, Media-Bias-Group), of the NPOV lexicon, hedges and report verbs of
  Recasens et al. 2013 (MIT, (c) 2020 Reid Pryzant);
- its shape and rarity: -ly adverbs, superlatives, -ism/-ist, the word's frequency in English
  (background.tsv).
Signals of its place (weights in loaded_model.json, applied by compare/loaded.py): in a
hyphenated compound ("hate-filled"), after "anti-"/"pro-", after an intensifier ("very", "so"), inside a quotation;
and only plain lower-case words with some lexicon's evidence are scored (names, numbers and
words no lexicon knows are left to the hand-written lists), never a word plain news uses every
day (in 1% of the ECB+ news texts, CC BY 3.0, or more: "crime", "attack").

The weights are a logistic regression fitted on the *tune* part of the lexical-bias dev set
(benchmarks/lexical.py splits by SHA-1 of the sentence id and measures on the other part):
a token is positive when annotators marked it. Only tokens that the hand-written lists do not
already mark are used. Only statistics of that data are kept (a weight per signal, a number per
word): no sentence, annotation or list of marked words is copied.

    .venv/bin/pip install numpy
    python -m venv /tmp/vd && /tmp/vd/bin/pip download --no-deps -d /tmp/vd vadersentiment==3.3.2 textblob==0.20.1
    (cd /tmp/vd && for f in *.whl; do unzip -o -q $f; done)
    .venv/bin/python resources/terms/build_loaded_scores.py --vader /tmp/vd/vaderSentiment/vader_lexicon.txt \\
        --pattern /tmp/vd/textblob/en/en-sentiment.xml --embeddings /tmp/embeddings.bin --data ../shared/data
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
PLAIN = re.compile(r"[a-z]+(?:['-][a-z]+)*")
INTENSIFIERS = ("very", "so", "too", "most", "extremely", "more", "incredibly", "really", "truly")
CONTEXT = ("compound", "after_anti", "after_intensifier", "quoted")
L2 = 5.0
EMOTIVE_VALENCE = 2.5
# VADER alone is evidence from this valence: its milder words are mostly plain ("death", "guilty").
STRONG_VALENCE = 2.0
# Words plain news uses every day (in this share of ECB+ news texts or more: "crime", "killed",
# "attack") are reporting vocabulary, never scored; the hand-written lists judge their loaded uses.
MAX_NEWS_SHARE = 0.01
NEWS_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")  # VADER valence from which a word is "emotive" rather than "evaluative"


def part_of(key: str) -> str:
    """The split benchmarks/lexical.py uses: SHA-1 of the id, first byte even = tune."""
    return ("tune", "held-out")[hashlib.sha1(key.encode("utf-8")).digest()[0] % 2]


def read_list(path: Path) -> set[str]:
    return {line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


class Signals:
    """The word-level signals, from the lexicons and the shipped tables."""

    def __init__(self, vader: Path, pattern: Path, lexicons: Path, embeddings: Path):
        self.valence = {}
        for line in vader.read_text(encoding="utf-8").splitlines():
            word, value, *_ = line.split("\t")
            self.valence[word.lower()] = float(value)
        subj: dict[str, list[float]] = collections.defaultdict(list)
        pol: dict[str, list[float]] = collections.defaultdict(list)
        for w in ET.parse(pattern).getroot().iter("word"):
            form = w.get("form", "").lower()
            subj[form].append(float(w.get("subjectivity", "0")))
            pol[form].append(float(w.get("polarity", "0")))
        self.subjectivity = {k: sum(v) / len(v) for k, v in subj.items()}
        self.polarity = {k: sum(abs(x) for x in v) / len(v) for k, v in pol.items()}
        self.mbg = read_list(lexicons / "mbg_bias_word_lexicon.txt")
        self.npov = read_list(lexicons / "recasens2013_npov_lexicon.txt")
        self.hedges = read_list(lexicons / "recasens2013_hedges_hyland2005.txt")
        self.report = read_list(lexicons / "recasens2013_report_verbs.txt")
        self.zipf = {}
        for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, _, value = line.partition("\t")
                self.zipf[word] = float(value)
        data = embeddings.read_bytes()
        head_end = data.index(b"\n", 8)
        header = json.loads(data[8:head_end])
        words_end = data.index(b"\n\n", head_end + 1)
        words = data[head_end + 1 : words_end].decode("utf-8").split("\n")
        n, d = header["count"], header["dims"]
        start = words_end + 2 + 2 * n
        self.vectors = np.frombuffer(data[start : start + n * d], dtype=np.int8).reshape(n, d).astype(float) / 127
        self.row = {w: k for k, w in enumerate(words)}
        self.dims = d

    def vector_of(self, word: str):
        for form in (word, *base_forms(word)):
            k = self.row.get(form)
            if k is not None:
                return self.vectors[k], True
        return np.zeros(self.dims), False

    def features(self, word: str) -> list[float]:
        v = abs(self.valence.get(word, 0.0))
        s = self.subjectivity.get(word)
        z = self.zipf.get(word, 0.0)
        vec, known = self.vector_of(word)
        return [
            float(word in self.valence), v / 4, float(v >= EMOTIVE_VALENCE),
            float(s is not None), s or 0.0, self.polarity.get(word, 0.0),
            float(word in self.mbg), float(word in self.npov), float(word in self.hedges), float(word in self.report),
            float(z == 0), float(0 < z < 3), float(3 <= z < 3.5), float(3.5 <= z < 4), float(4 <= z < 4.5),
            float(4.5 <= z < 5), float(z >= 5.5),
            float(word.endswith("ly") and len(word) > 5), float(word.endswith("est") and len(word) > 5),
            float(word.endswith(("ism", "ist", "ists")) and len(word) > 5),
            float(not word.isalpha()), float(len(word) <= 3),
            float(not known), *vec,
        ]


def base_forms(word: str) -> list[str]:
    """Forms a derived word may be listed under: "feebly" -> "feeble", "happily" -> "happy"."""
    out = []
    if word.endswith("ily"):
        out.append(word[:-3] + "y")
    if word.endswith("ly"):
        out += [word[:-2], word[:-2] + "e", word[:-1] + "e"]
    if word.endswith("ness"):
        out.append(word[:-4])
    if word.endswith("s"):
        out.append(word[:-1])
    return out


def training_rows(data: Path):
    """(word, context features, label) of the tune part's plain words the hand-written lists leave."""
    sys.path.insert(0, str(HERE.parent.parent / "src"))
    from sidebyside.compare import article_quotes
    from sidebyside.compare.loaded import find_loaded_terms
    from sidebyside.compare.tokens import tokenize

    rows = []
    for line in (data / "lexical-bias" / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if part_of(record["id"]) != "tune":
            continue
        text = record["text"]
        tokens = tokenize(text)
        quotes = article_quotes(text)
        listed = [(h.start, h.end) for h in find_loaded_terms(text, tokens, quotes=quotes, scored=False)]
        quoted = [(q.start, q.end) for q in quotes if q.kind != "fragment" or q.speaker]  # as loaded.py reads them
        for k, tok in enumerate(tokens):
            if any(s <= tok.start and tok.end <= e for s, e in listed) or not scorable(tok):
                continue
            label = any(tok.start < g["end"] and g["start"] < tok.end for g in record["biased"])
            rows.append((tok.norm, context_features(tokens, k, quoted), float(label)))
    return rows


def scorable(tok) -> bool:
    """As compare/loaded.py: plain English words, not names (capitalised inside a sentence)."""
    return tok.norm.isascii() and tok.norm.isalpha() and not (tok.cap and not tok.initial)


def evidence(signals: "Signals", word: str) -> bool:
    """A word some lexicon says judges or feels (or derived from one: "feebly"): only these are
    scored, so a rare plain noun ("plumes") is never taken for a judgement."""
    for form in (word, *base_forms(word)):
        if (abs(signals.valence.get(form, 0.0)) >= STRONG_VALENCE or form in signals.mbg or form in signals.npov
                or signals.subjectivity.get(form, 0.0) >= 0.5):
            return True
    return False


def context_features(tokens, k: int, quoted: list[tuple[int, int]]) -> list[float]:
    """The same features as compare/loaded.py's _context_features."""
    tok = tokens[k]
    prev = tokens[k - 1] if k else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return [
        float(tok.gap == "-" or (nxt is not None and nxt.gap == "-")),
        float(prev is not None and prev.norm in ("anti", "pro") and tok.gap == "-"),
        float(prev is not None and prev.norm in INTENSIFIERS),
        float(any(s <= tok.start and tok.end <= e for s, e in quoted)),
    ]


def fit(x, y, l2: float = L2, rounds: int = 600, rate: float = 2.0):
    """Logistic regression by gradient descent (a bias column is added last)."""
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0.0] / len(y))
    return w


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vader", type=Path, required=True)
    parser.add_argument("--pattern", type=Path, required=True)
    parser.add_argument("--embeddings", type=Path, required=True, help="the table build_embeddings.py writes")
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder (lexical-bias, ecbplus)")
    parser.add_argument("--floor", type=float, default=-3.0, help="word scores below this are not listed")
    args = parser.parse_args()
    signals = Signals(args.vader, args.pattern, args.data / "lexical-bias" / "lexicons", args.embeddings)
    docs = sorted((args.data / "ecbplus" / "docs").glob("*.txt"))
    news_df: collections.Counter[str] = collections.Counter()
    for path in docs:
        news_df.update({m.group().lower() for m in NEWS_WORD.finditer(path.read_text(encoding="utf-8"))})
    everyday = {w for w, n in news_df.items() if n >= MAX_NEWS_SHARE * len(docs)}
    rows = [row for row in training_rows(args.data) if evidence(signals, row[0]) and row[0] not in everyday]
    cache: dict[str, list[float]] = {}
    for word, _, _ in rows:
        if word not in cache:
            cache[word] = signals.features(word)
    x = np.array([cache[w] + c for w, c, _ in rows])
    y = np.array([label for _, _, label in rows])
    weights = fit(x, y)
    n_word = len(next(iter(cache.values())))
    word_w, context_w, bias = weights[:n_word], weights[n_word:-1], weights[-1]

    vocabulary = set(signals.zipf) | set(signals.valence) | set(signals.subjectivity) | signals.mbg | signals.npov
    scores = {}
    for word in vocabulary:
        if PLAIN.fullmatch(word) and evidence(signals, word) and word not in everyday:
            score = float(np.dot(signals.features(word), word_w) + bias)
            if score >= args.floor:
                scores[word] = score
    emotive = sorted(w for w in scores if abs(signals.valence.get(w, 0.0)) >= EMOTIVE_VALENCE)
    model = {
        "about": "Weights of the loaded-word score (compare/loaded.py); built by build_loaded_scores.py (see its docstring).",
        "context": dict(zip(CONTEXT, (round(float(v), 4) for v in context_w))),
        "intensifiers": list(INTENSIFIERS),
        "emotive": emotive,
        "training": {"tokens": len(rows), "marked": int(y.sum()), "l2": L2},
    }
    (HERE / "loaded_model.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    with (HERE / "loaded_scores.tsv").open("w", encoding="utf-8") as out:
        out.write("# Loaded-word score of each word (log-odds that annotators mark it, before its context); built by\n")
        out.write("# build_loaded_scores.py from VADER (MIT), Pattern (PDDL), the Spinde et al. 2021 (Apache-2.0) and\n")
        out.write("# Recasens et al. 2013 (MIT) lexicons, word vectors distilled from all-MiniLM-L6-v2 (Apache-2.0) and\n")
        out.write(f"# wordfreq frequencies (CC-BY-SA 4.0); words scoring below {args.floor} are left out.\n")
        for word, score in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            out.write(f"{word}\t{score:.2f}\n")
    print(f"{len(scores)} words; context {model['context']}", file=sys.stderr)


if __name__ == "__main__":
    main()
