"""The coverage of three or more articles: how well quote groups find shared utterances, and
how long the coverage takes.

Accuracy, on two kinds of three-outlet sets:
- the sets written for the tests (tests/data/coverage: gold.json lists every utterance quoted by
  two or more outlets; "dam" was looked at while writing the grouping rules, "strike" and "fire"
  are only measured);
- real texts from ECB+ (../shared/data/ecbplus): five sets of three texts about one seminal
  event each. Their gold is made without the engine: every span between two straight double
  marks, paired in order, within a line or over the lines of one statement set a sentence a line
  (see ``quotations``; before, a quotation over lines was missed, and the groups that found one
  were scored wrong); two spans of two texts are candidates for one utterance when
  they share at least half of their content words (words of four letters or more, three or more
  each), or say the same two or more words; every candidate was read by hand, and those that
  are not the same utterance are listed in REJECTED. Only measured.
A gold utterance is found when one quote group holds a member overlapping its place in every
text that carries it; a group is right when all its members overlap places of one utterance.

Time (CPU seconds of this process, time.process_time): every pairwise comparison plus the
grouping, for three articles of about 1,500 words and ten of about 1,000, built by joining ECB+
texts of one event (real news prose).

    .venv/bin/python benchmarks/coverage.py [--data DIR] [--window RUNS]

``--window RUNS`` times only the window (ten articles), RUNS times in one process.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import re
import sys
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)

from common import data_holding  # noqa: E402

from sidebyside.compare import compare  # noqa: E402
from sidebyside.compare.coverage import build_coverage, cover  # noqa: E402
from sidebyside.extract import extract_path  # noqa: E402
from sidebyside.model import Article, Source  # noqa: E402
from sidebyside.extract.assemble import assemble_blocks  # noqa: E402

TEST_SETS = REPO_DIR / "tests" / "data" / "coverage"
ECB_SETS = [(36, "ecbplus"), (2, "ecbplus"), (41, "ecbplus"), (3, "ecb"), (5, "ecb")]
# Candidates read by hand and found to be two different utterances (quoted words, 2 texts).
REJECTED = {frozenset({"It's official: I'm hosting the #Oscars!",
                       "I am so excited to be hosting the Oscars for the second time,"}),
            frozenset({"It's official: I'm hosting the #Oscars!",
                       "I am so excited to be hosting the Oscars for the second time.\n\n"
                       "You know what they say-the third time's the charm,"}),
            frozenset({"It's official: I'm hosting the #Oscars!",
                       "I am so excited to be hosting the Oscars for the second time.\n\n"
                       "You know what they say - - the third time's the charm,"}),
            frozenset({"It's official: I'm hosting the #Oscars!",
                       "I am so excited to be hosting the Oscars for the second time.\n\n"
                       "You know what they say \u2013 the third time's the charm,"}),
            # the producers Zadan and Meron, and ABC's Paul Lee: two statements that share a name and "host"
            frozenset({"We are thrilled to have Ellen DeGeneres host the Oscars,",
                       "It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment "
                       "celebration of the year."}),
            frozenset({"We are thrilled to have Ellen DeGeneres host the Oscars.",
                       "It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment "
                       "celebration of the year."}),
            frozenset({"What is going on in South Sudan belongs to the southerners.\n\n"
                       "We don't have any links to this.", "What do they consider to be South Sudan?"}),
            frozenset({"The refugees need to be safe and need to be protected.\n\nThey ran away from war.\n\n"
                       "They should not be pursued inside the territory of South Sudan,",
                       "What do they consider to be South Sudan?"}),
            frozenset({"If they come to war, they will lose a lot.",
                       "My prayer is that the world will not just sit by and watch and hope for the best like they "
                       "did during Rwanda, where close to a million people were massacred.\n\nWe need to make it "
                       "clear to the government of Sudan that attacks on innocent people will not be tolerated,"})}



def overlaps(member, place) -> bool:
    return member.article == place[0] and min(member.end, place[2]) > max(member.start, place[1])


def score(coverage, gold: list[list[tuple[int, int, int]]]) -> dict:
    found = sum(any(all(any(overlaps(m, p) for m in g.members) for p in places) for g in coverage.quotes)
                for places in gold)
    right = sum(any(all(any(overlaps(m, p) for p in places) for m in g.members) for places in gold)
                for g in coverage.quotes)
    return {"gold": len(gold), "found": found, "groups": len(coverage.quotes), "right": right}


def written_sets() -> dict[str, dict]:
    gold = json.loads((TEST_SETS / "gold.json").read_text(encoding="utf-8"))
    out = {}
    for name, event in gold["events"].items():
        articles = [extract_path(str(TEST_SETS / name / o)) for o in event["outlets"]]
        places = []
        for utterance in event["utterances"]:
            spots = []
            for outlet, needle in utterance["in"].items():
                index = event["outlets"].index(outlet)
                start = articles[index].text.index(needle)
                spots.append((index, start, start + len(needle)))
            places.append(spots)
        part = "tune" if name in gold["split"]["tune"] else "measure"
        out[name] = {"part": part, **score(cover(articles), places)}
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


def quotations(text: str) -> list[tuple[int, int, str]]:
    """Every span between two straight double marks, paired in order: within a line, or over
    the lines of one statement that a text sets a sentence a line ('"Make no mistake, ….' /
    'It is about one individual, …."'), when no mark stands between. A pair counts only when its
    first mark can open (line start, space or bracket before, a letter after) and its second can
    close (no space before, no letter after): a stray mark is not a quotation."""
    marks, out, k = [m.start() for m in re.finditer('"', text)], [], 0
    while k + 1 < len(marks):
        start, end = marks[k] + 1, marks[k + 1]
        inner = text[start:end]
        if "\n" not in inner:
            good = 3 <= len(inner) <= 400
        else:
            before = text[start - 2] if start >= 2 else " "
            after = text[end + 1] if end + 1 < len(text) else " "
            good = (len(inner) <= 600 and (before.isspace() or before in "([") and not inner[0].isspace()
                    and not inner[-1].isspace() and not after.isalnum())
        if good:
            out.append((start, end, inner))
        k += 2 if good else 1
    return out


def ecb_sets(data: Path) -> dict[str, dict]:
    base = data / "ecbplus"
    documents = json.loads((base / "gold.json").read_text(encoding="utf-8"))["documents"]
    by_event = collections.defaultdict(list)
    for d in documents:
        by_event[(d["topic"], d["subtopic"])].append(d["id"])
    out = {}
    for key in ECB_SETS:
        quotes = {}
        for doc in by_event[key]:
            text = (base / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
            quotes[doc] = quotations(text)
        pairs = []
        for a, b in itertools.combinations(by_event[key], 2):
            for qa in quotes[a]:
                for qb in quotes[b]:
                    wa, wb = _content(qa[2]), _content(qb[2])
                    similar = len(wa) >= 3 and len(wb) >= 3 and len(wa & wb) / min(len(wa), len(wb)) >= 0.5
                    same = _words(qa[2]) == _words(qb[2]) and len(_words(qa[2])) >= 2
                    if (similar or same) and frozenset({qa[2], qb[2]}) not in REJECTED:
                        pairs.append(((a, qa), (b, qb)))
        docs = [d for d, _ in collections.Counter(x[0] for p in pairs for x in p).most_common(3)]
        articles = [extract_path(str(base / "docs" / f"{d}.txt")) for d in docs]
        # Gold utterances: connected candidates within the three texts, placed in the extracted text.
        parent = {}

        def find(x):
            while parent.setdefault(x, x) != x:
                x = parent[x]
            return x

        for (a, qa), (b, qb) in pairs:
            if a in docs and b in docs:
                parent[find((a, qa))] = find((b, qb))
        groups = collections.defaultdict(list)
        for node in list(parent):
            groups[find(node)].append(node)
        gold = []
        for nodes in groups.values():
            places = []
            for doc, (near, _e, quoted) in nodes:
                index = docs.index(doc)
                for words in filter(None, (line.strip() for line in quoted.split("\n"))):
                    start = articles[index].text.find(words, max(0, near - 200))
                    if start >= 0:
                        places.append((index, start, start + len(words)))
                    near += len(words)
            if len({p[0] for p in places}) >= 2:
                gold.append(places)
        out[f"ecb{key[0]}{key[1]}"] = {"part": "measure", "texts": docs, **score(cover(articles), gold)}
    return out


def joined_articles(data: Path, count: int, words: int) -> list[Article]:
    """``count`` articles of about ``words`` words, each joining ECB+ texts of one event."""
    base = data / "ecbplus"
    documents = json.loads((base / "gold.json").read_text(encoding="utf-8"))["documents"]
    by_event = collections.defaultdict(list)
    for d in documents:
        by_event[(d["topic"], d["subtopic"])].append(d["id"])
    docs = max(by_event.values(), key=len)
    texts = [(base / "docs" / f"{d}.txt").read_text(encoding="utf-8") for d in docs]
    out, pool = [], itertools.cycle(texts)
    for n in range(count):
        paragraphs, total = [], 0
        while total < words:
            for paragraph in next(pool).split("\n\n"):
                if paragraph.strip():
                    paragraphs.append(("paragraph", paragraph.strip()))
                    total += len(paragraph.split())
        text, blocks = assemble_blocks(paragraphs)
        out.append(Article(source=Source(f"joined-{n}.txt", "text"), outlet=f"Outlet {n + 1}", text=text,
                           blocks=blocks, language="en"))
    return out


def timed(articles: list[Article]) -> dict:
    start = time.process_time()
    comparisons = {(i, j): compare(articles[i], articles[j])
                   for i in range(len(articles)) for j in range(i + 1, len(articles))}
    compared = time.process_time()
    coverage = build_coverage(articles, comparisons)
    done = time.process_time()
    return {"articles": len(articles), "words": [len(a.text.split()) for a in articles],
            "compare_cpu_s": round(compared - start, 3), "group_cpu_s": round(done - compared, 3),
            "total_cpu_s": round(done - start, 3), "quote_groups": len(coverage.quotes),
            "fact_groups": len(coverage.facts)}


def in_the_window(articles: list[Article], folder: Path) -> dict:
    """Open the articles (written as text captures) in the window, offscreen: wall time from
    Open to the coverage shown, and the longest the event loop went without turning (a timer
    ticks every 20 ms), i.e. how long the window could not answer; with the GUI thread's own CPU
    time in that pause (the rest is waiting: for the worker thread's turn at the interpreter, or
    for a core on a busy machine) and the last progress message before it (where it was)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from sidebyside.ui.app import create_app
    from sidebyside.ui.window import MainWindow

    paths = []
    for n, article in enumerate(articles):
        path = folder / f"outlet-{n + 1}.txt"
        path.write_text(f"Outlet {n + 1}\n\nStory {n + 1}\n\n{article.text}\n", encoding="utf-8")
        paths.append(str(path))
    import gc

    from sidebyside.ui.app import _resume_collector

    app = create_app()
    # the collector as the app runs it (ui/app.py main): paused until the first pair is painted,
    # then what was built by then is frozen out of its sweeps
    collector_on = gc.isenabled()
    gc.disable()
    window = MainWindow(restore_state=False)
    if collector_on:
        _resume_collector(window)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    gaps, clock, progress = [], QElapsedTimer(), []
    clock.start()
    ticker = QTimer()
    ticker.setInterval(20)
    cpu = [time.thread_time()]  # the GUI thread's own CPU time: how much of a pause was its work

    def tick() -> None:
        now = time.thread_time()
        gaps.append((clock.restart(), round((now - cpu[0]) * 1000), progress[-1] if progress else "start"))
        cpu[0] = now

    ticker.timeout.connect(tick)
    window.session.events.progress.connect(lambda text, done, total: progress.append(text))
    window.comparison_ready.connect(lambda _c: progress.append("the first pair shown"))
    loop = QEventLoop()
    window.coverage_ready.connect(lambda _c: loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    start = time.perf_counter()
    ticker.start()
    window.open_paths(*paths)
    loop.exec()
    elapsed = time.perf_counter() - start
    ticker.stop()
    shown = window.session.coverage is not None
    window.cancel_work()
    window.close()
    if collector_on:
        gc.enable()  # loading cut short before the first pair: as the app's load_finished would
    longest = max(gaps, default=(0, 0, ""))
    return {"articles": len(paths), "open_to_coverage_wall_s": round(elapsed, 2), "coverage_shown": shown,
            "progress_messages": len(progress), "longest_event_loop_gap_ms": longest[0],
            "longest_gap_gui_cpu_ms": longest[1], "longest_gap_after": longest[2],
            "event_loop_gaps_over_100ms": sum(1 for g in gaps if g[0] > 100)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (holds ecbplus/)")
    parser.add_argument("--window", type=int, default=0, metavar="RUNS",
                        help="only the window timing (ten articles), this many runs in one process")
    args = parser.parse_args()
    data = args.data or data_holding("ecbplus")
    if args.window:
        import tempfile

        runs = []
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(args.window):
                runs.append(in_the_window(joined_articles(data, 10, 1000), Path(folder)))
        print(json.dumps({"benchmark": "coverage-window", "loadavg": os.getloadavg(), "runs": runs,
                          "longest_event_loop_gap_ms": [r["longest_event_loop_gap_ms"] for r in runs],
                          "longest_gap_gui_cpu_ms": [r["longest_gap_gui_cpu_ms"] for r in runs]},
                         indent=2))
        return
    result = {"benchmark": "coverage", "loadavg": os.getloadavg(), "written": written_sets()}
    if data is not None:
        result["ecbplus"] = ecb_sets(data)
        result["time_3x1500"] = timed(joined_articles(data, 3, 1500))
        result["time_10x1000"] = timed(joined_articles(data, 10, 1000))
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            result["window_10x1000"] = in_the_window(joined_articles(data, 10, 1000), Path(folder))
    measured = [v for part in ("written", "ecbplus") for v in result.get(part, {}).values()
                if v["part"] == "measure"]
    gold, found = sum(v["gold"] for v in measured), sum(v["found"] for v in measured)
    groups, right = sum(v["groups"] for v in measured), sum(v["right"] for v in measured)
    result["measured"] = {"gold": gold, "recall": round(found / gold, 3) if gold else None,
                          "groups": groups, "precision": round(right / groups, 3) if groups else None}
    result["loadavg_after"] = os.getloadavg()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
