"""Notes benchmark: open an article and re-anchor its notes, with 10,000 notes in the store.

    python benchmarks/notes.py [--articles 50] [--notes-per-article 200] [--seed 7]

Article texts are the true bodies of ../shared/data/aeb (env SIDEBYSIDE_SHARED_DATA overrides);
when that folder is missing the script says so on stderr and builds texts from the bundled seed
captures instead. Each article gets ``--notes-per-article`` notes on random word-aligned passages
(10 to 200 characters). Two scenarios are timed per article with ``NoteStore.notes_for`` (the
query plus re-anchoring every note, what opening an article costs):

- unchanged: the text as the notes were made on (every note "exact");
- edited: a line inserted at the top (everything shifts: "moved"), one word replaced at
  ``--word-edits`` random places (default 10; notes covering them go "fuzzy") and one paragraph
  deleted (notes inside it should become "orphan"). The edit remembers where every original
  offset went, so each anchor is also scored: right when both ends are within 3 characters of
  where the passage went; passages cut by the deleted paragraph are left out.
- moved_edited: the edited text as a text capture at another path, with no URL: fingerprint, URL
  and path all fail, and the notes are found by their words (notes/identity.py). Reported:
  the share of the article's notes found, and notes of other articles wrongly returned.
- wire_copy: another article of the set with this one's longest paragraph put in its middle (a
  story reusing a paragraph of wire copy, under another title): notes of this article wrongly
  returned beyond those on the shared paragraph (should be none).

Prints one JSON object: store size, per-scenario timings over articles (median, p95, max ms of
wall-clock time, and of this thread's CPU time, which other processes on a busy machine do not
inflate) and per-note anchoring time by anchor kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO_DIR, SHARED_DATA  # noqa: E402

from sidebyside.model import Article, Source  # noqa: E402
from sidebyside.notes.anchoring import anchor, describe  # noqa: E402
from sidebyside.notes.model import Note, article_ref, now_iso  # noqa: E402
from sidebyside.notes.store import NoteStore  # noqa: E402

BUDGET_MS = 100.0


def _texts(count: int) -> tuple[list[str], str]:
    truth = SHARED_DATA / "aeb" / "ground-truth.json"
    if truth.is_file():
        bodies = [v.get("articleBody") or "" for v in json.loads(truth.read_text(encoding="utf-8")).values()]
        bodies = sorted((b for b in bodies if len(b) >= 3000), key=len, reverse=True)
        if len(bodies) >= count:
            return bodies[:count], "aeb ground-truth bodies"
    print(f"benchmark data not found: {truth} (using texts built from the bundled seeds)", file=sys.stderr)
    paragraphs = []
    for seed in sorted((REPO_DIR / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(1)
    texts = []
    for i in range(count):
        rng.shuffle(paragraphs)
        texts.append(f"Article {i}\n\n" + "\n\n".join(paragraphs[:40]))
    return texts, "seed paragraphs (shuffled)"


def _word_starts(text: str) -> list[int]:
    return [i for i in range(len(text)) if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())]


def _notes_for_article(article: Article, count: int, rng: random.Random, old_format: bool = False) -> list[Note]:
    text = article.text
    starts = _word_starts(text)
    ref = article_ref(article, with_sketch=not old_format)  # as NoteStore.add writes them
    notes = []
    stamp = now_iso()
    for _ in range(count):
        start = rng.choice(starts[:-5])
        end = min(len(text), start + rng.randint(10, 200))
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        notes.append(Note(id=str(uuid.uuid4()), article=ref, quote=describe(text, start, end), position=(start, end),
                          body="benchmark note", tags=("bench",), created=stamp, modified=stamp, start=start, end=end))
    return notes


HEADER = "An editor's note was added at the top of this article after publication.\n"


class Edit:
    """An edited copy of a text that knows where each original offset went, to score anchors."""

    def __init__(self, text: str, rng: random.Random, word_edits: int):
        ops: list[tuple[int, int, str]] = [(0, 0, HEADER)]  # (start, end, replacement) in original offsets
        lines = [m for m in _line_spans(text) if m[1] - m[0] > 40]
        self.deleted = lines[len(lines) // 2] if len(lines) > 4 else (0, 0)
        ds, de = self.deleted
        if de > ds:
            ops.append((ds, min(len(text), de + 1), ""))
        starts = [p for p in _word_starts(text) if not ds - 1 <= p <= de + 1]
        for pos in sorted(rng.sample(starts, min(word_edits, len(starts)))):
            end = pos
            while end < len(text) and text[end].isalnum():
                end += 1
            ops.append((pos, end, "changed"[: max(3, end - pos)]))
        ops.sort()
        pieces, self._shifts, last, shift = [], [], 0, 0
        for start, end, new in ops:
            if start < last:  # overlapping replacements: keep the first
                continue
            pieces += [text[last:start], new]
            self._shifts.append((start, end, shift, len(new)))
            shift += len(new) - (end - start)
            last = end
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def where(self, offset: int, at_end: bool = False) -> int | None:
        """New offset of an original one; None inside a deleted stretch."""
        shift = 0
        for start, end, before, added in self._shifts:
            if offset < start or (offset == start and (at_end or end > start)):
                return offset + before
            if offset < end or (offset == end and at_end and end > start):
                return None if added == 0 else start + before + min(added, offset - start)
            shift = before + added - (end - start)
        return offset + shift


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _score(accuracy: dict[str, int], edit: Edit, position: tuple[int, int], where) -> None:
    """Right: both ends within 3 characters of where the passage went. A passage wholly inside the
    deleted paragraph should be an orphan; one cut by the deletion is left out."""
    ds, de = edit.deleted
    start, end = position
    if ds <= start and end <= de + 1 and de > ds:
        accuracy["removed"] += 1
        accuracy["removed_orphaned"] += where.kind == "orphan"
        return
    if start < de + 1 and end > ds:
        return
    new_start, new_end = edit.where(start), edit.where(end, at_end=True)
    accuracy["kept"] += 1
    if where.kind == "orphan":
        accuracy["kept_orphaned"] += 1
    elif abs(where.start - new_start) <= 3 and abs(where.end - new_end) <= 3:
        accuracy["kept_right"] += 1
    else:
        accuracy["kept_wrong"] += 1


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def _summary(values_ms: list[float]) -> dict:
    return {
        "n": len(values_ms),
        "median_ms": round(statistics.median(values_ms), 3),
        "p95_ms": round(_pct(values_ms, 0.95), 3),
        "max_ms": round(max(values_ms), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--notes-per-article", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--word-edits", type=int, default=10, help="words replaced per edited article")
    parser.add_argument("--old-format", action="store_true",
                        help="notes as stored before article sketches (upgraded when first opened)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts, origin = _texts(args.articles)
    articles = [
        Article(Source(path=f"/bench/article-{i}.html", format="html", url=f"https://bench.example/{i}"),
                title=f"Article {i}", text=text)
        for i, text in enumerate(texts)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        store = NoteStore(Path(tmp))
        t0 = time.perf_counter()
        for article in articles:
            store.put_many(_notes_for_article(article, args.notes_per_article, rng, args.old_format))
        fill_s = time.perf_counter() - t0
        store.close()

        t0 = time.perf_counter()
        store = NoteStore(Path(tmp))  # includes the integrity check of the whole file
        open_ms = (time.perf_counter() - t0) * 1000
        total = len(store.all_notes())

        names = ("unchanged", "edited", "moved_edited", "wire_copy")
        scenarios: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}  # this thread's CPU time
        kinds_count: dict[str, dict[str, int]] = {name: defaultdict(int) for name in names}
        found = {"moved_edited_found": 0, "moved_edited_expected": 0, "moved_edited_wrong": 0,
                 "wire_copy_articles_taken": 0}
        per_note: dict[str, list[float]] = defaultdict(list)
        accuracy: dict[str, int] = defaultdict(int)
        for i, article in enumerate(articles):
            edit = Edit(article.text, rng, args.word_edits)
            edited = Article(article.source, title=article.title, text=edit.text)
            moved = Article(Source(path=f"/bench/moved/renamed-{i}.txt", format="text"), title=article.title,
                            text=edit.text)
            host = articles[(i + 1) % len(articles)].text.split("\n")
            shared = max(article.text.split("\n"), key=len)
            wire = Article(Source(path=f"/bench/other-{i}.txt", format="text"), title=f"Other {i}",
                           text="\n".join(host[: len(host) // 2] + [shared] + host[len(host) // 2 :]))
            own = article_ref(article).fingerprint
            for name, version in (("unchanged", article), ("edited", edited), ("moved_edited", moved),
                                  ("wire_copy", wire)):
                t0, c0 = time.perf_counter(), time.thread_time()
                notes = store.notes_for(version)
                scenarios[name].append((time.perf_counter() - t0) * 1000)
                cpu[name].append((time.thread_time() - c0) * 1000)
                for note in notes:
                    kinds_count[name][note.anchor] += 1
                if name == "moved_edited":
                    found["moved_edited_found"] += sum(n.article.fingerprint == own for n in notes)
                    found["moved_edited_expected"] += args.notes_per_article
                    found["moved_edited_wrong"] += sum(n.article.fingerprint != own for n in notes)
                elif name == "wire_copy":
                    found["wire_copy_articles_taken"] += any(n.article.fingerprint == own for n in notes)
            # Per-note cost by kind (anchoring only, no query), and whether the anchor is right.
            for note in store.stored_for(article_ref(edited)):
                t0 = time.perf_counter()
                where = anchor(edited.text, note.quote, *note.position)
                per_note[where.kind].append((time.perf_counter() - t0) * 1000)
                _score(accuracy, edit, note.position, where)
        store.close()

    result = {
        "benchmark": "notes",
        "texts": origin,
        "articles": len(articles),
        "notes_in_store": total,
        "notes_per_article": args.notes_per_article,
        "word_edits_per_article": args.word_edits,
        "mean_article_chars": round(statistics.mean(len(a.text) for a in articles)),
        "fill_store_s": round(fill_s, 2),
        "open_store_ms": round(open_ms, 2),
        "budget_ms": BUDGET_MS,
        "open_article": {
            name: {**_summary(times), "cpu": _summary(cpu[name]), "anchors": dict(kinds_count[name]),
                   "within_budget": max(times) <= BUDGET_MS, "cpu_within_budget": max(cpu[name]) <= BUDGET_MS}
            for name, times in scenarios.items()
        },
        "found_by_text": {**found, "moved_edited_found_rate": round(
            found["moved_edited_found"] / max(1, found["moved_edited_expected"]), 4)},
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "edited_accuracy": {
            **accuracy,
            "kept_right_rate": round(accuracy["kept_right"] / max(1, accuracy["kept"]), 4),
            "removed_orphan_rate": round(accuracy["removed_orphaned"] / max(1, accuracy["removed"]), 4),
        },
        "per_note_by_kind": {kind: _summary(times) for kind, times in sorted(per_note.items())},
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
