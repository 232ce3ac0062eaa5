"""Notes benchmark: another outlet's report of the same event does not take the notes of the one
they were written on.

    python benchmarks/notes_copies.py [--part tune|measured] [--pairs 800]

Pairs of ECB+ documents (../shared/data/ecbplus) reporting one event, from different outlets,
split by topic as benchmarks/relatedness.py splits them. Five notes on random word-aligned
passages (10 to 200 characters) are written on the first; the second is then opened alone (the
first closed, as when it is shown beside some third article). Counted: pairs where the second
shows any of the first's notes, with the article sketch weighed (the store's rule) and without
it (``min_same_article`` 0: the rule before sketches). Wire copy reprinted nearly whole is
indistinguishable from the article edited and still takes them.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import hashlib
import itertools
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import SHARED_DATA  # noqa: E402

from sidebyside.model import Article, Source  # noqa: E402
from sidebyside.notes.store import NoteStore  # noqa: E402
from sidebyside.settings import DEFAULT  # noqa: E402


def measured(topic: str) -> bool:
    return int(hashlib.sha1(topic.encode()).hexdigest(), 16) % 3 == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("tune", "measured"), default="tune")
    parser.add_argument("--pairs", type=int, default=800)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    docs = SHARED_DATA / "ecbplus" / "docs"
    if not docs.is_dir():
        print(json.dumps({"error": f"no {docs}"}))
        return 1
    events: dict[tuple[str, str], list[tuple[str, str]]] = collections.defaultdict(list)
    for path in sorted(docs.glob("*.txt")):
        topic, rest = path.stem.split("_", 1)
        if measured(topic) == (args.part == "measured"):
            event = "ecbplus" if rest.endswith("ecbplus") else "ecb"
            events[(topic, event)].append((path.stem, path.read_text(encoding="utf-8")))
    pairs = [p for group in events.values() for p in itertools.permutations(group, 2)]
    pairs = random.Random(args.seed).sample(pairs, min(args.pairs, len(pairs)))

    def article(name: str, text: str) -> Article:
        return Article(Source(path=f"/bench/{name}.txt", format="text"), text=text,
                       title=text.split("\n", 1)[0][:80])

    taken = {}
    for label, least in (("without_sketch", 0.0), ("with_sketch", DEFAULT.notes.min_same_article)):
        settings = dataclasses.replace(DEFAULT.notes, min_same_article=least)
        count = 0
        with tempfile.TemporaryDirectory() as tmp:
            store = NoteStore(Path(tmp), settings=settings)
            for i, ((name_a, text_a), (name_b, text_b)) in enumerate(pairs):
                a, b = article(f"{i}a-{name_a}", text_a), article(f"{i}b-{name_b}", text_b)
                rng = random.Random(i)
                starts = [j for j in range(len(text_a))
                          if text_a[j].isalnum() and (j == 0 or not text_a[j - 1].isalnum())]
                if len(starts) < 20:
                    continue
                for _ in range(5):
                    start = rng.choice(starts[:-10])
                    store.add(a, start, min(len(text_a), start + rng.randint(10, 200)), body="n")
                count += any(n.article.path == a.source.path for n in store.notes_for(b))
            store.close()
        taken[label] = count
    print(json.dumps({"benchmark": "notes_copies", "part": args.part, "pairs": len(pairs),
                      "min_same_article": DEFAULT.notes.min_same_article,
                      "pairs_where_the_other_report_shows_the_notes": taken}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
