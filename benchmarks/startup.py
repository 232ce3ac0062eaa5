"""Desktop app speed: startup to a painted comparison, and scroll/toggle cost on long articles.

Prints JSON. Startup runs `python -m sidebyside` (the bundled seed pair) with
SIDEBYSIDE_EXIT_WHEN_PAINTED=1: the app prints the wall-clock time of its first fully
highlighted paint and exits. Reported: spawn -> painted (the budget), spawn -> exit, and the
child's CPU time, medians of several runs; memory is the child's peak RSS (ru_maxrss).
Wall times depend on machine load (reported as load_average_1min); CPU time much less.
STARTUP_BASELINE=<path to another checkout's src> also starts that tree's app, alternating run
by run, and reports its figures under "baseline" (a before/after under one load); both trees are
then started through a sitecustomize that imports benchmarks/common.py, so the baseline reads its
own resources/ as SIDEBYSIDE_SRC does (the editable install maps them to this checkout's).
STARTUP_PAIR="A B" starts the app on two other captures (pages start-up was not tuned on).
The per-user caches (term lists, compiled patterns, dataclasses' generated code) are warm after
the first start, as on a user's machine; STARTUP_COLD=1 gives every start an empty data
directory (a first start).
The scroll/toggle part builds a ~20k-word pair in-process from the seed articles repeated,
with a link per paragraph pair and every occurrence of a few names marked as terms.
Needs no ../shared data. Run offscreen: QT_QPA_PLATFORM=offscreen python benchmarks/startup.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("STARTUP_RUNS", "7"))
PAIR = os.environ.get("STARTUP_PAIR", "").split()  # two captures to start on (default: the seed pair)
COLD = os.environ.get("STARTUP_COLD") == "1"  # every start with empty per-user caches
STARTUP_BUDGET_S = 0.5
MEMORY_BUDGET_MB = 200
SCROLL_BUDGET_MS = 16


def _spawn_to_paint(env: dict) -> tuple[float | None, float, float, float]:
    """One start of the app: (spawn -> painted, spawn -> exit, CPU seconds, peak RSS MB)."""
    spawned = time.time()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "sidebyside", *PAIR], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read().decode()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"startup run failed: {proc.stderr.read().decode(errors='replace')}")
    marks = [line.split()[1] for line in out.splitlines() if line.startswith("painted_at ")]
    painted = float(marks[0]) - spawned if marks else None
    return painted, elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def startup() -> dict:
    """STARTUP_BASELINE=<another checkout's src>: that tree's app is started too, alternating
    run by run with this one, so both sets of figures meet the same machine load."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SIDEBYSIDE_EXIT_WHEN_PAINTED": "1"}
    # An installed app runs from compiled bytecode; don't time compiling the sources on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    baseline = os.environ.get("STARTUP_BASELINE")
    trees = {"": None, **({"baseline": baseline} if baseline else {})}
    runs: dict[str, list[tuple[float | None, float, float, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as config:
        launcher = _launcher(config) if baseline else None
        for k in range(RUNS + (1 if baseline else 0)):
            order = list(trees.items()) if k % 2 == 0 else list(trees.items())[::-1]
            for name, src in order:
                home = os.path.join(config, name or "this", str(k) if COLD else "")
                os.makedirs(home, exist_ok=True)
                # window state and recent files stay out of the user's settings, the notes store
                # out of the user's data
                tree_env = {**env, "XDG_CONFIG_HOME": home, "SIDEBYSIDE_DATA_DIR": home}
                if launcher:
                    tree_env["PYTHONPATH"] = launcher
                    tree_env.pop("SIDEBYSIDE_SRC", None)
                    if src:
                        tree_env["SIDEBYSIDE_SRC"] = src
                result = _spawn_to_paint(tree_env)
                if baseline and k == 0:
                    continue  # an interleaved comparison starts both warm (bytecode, caches)
                runs[name].append(result)
    out = _figures(runs[""])
    if baseline:
        out["baseline"] = {"src": baseline, **_figures(runs["baseline"])}
    return out


def _launcher(config: str) -> str:
    """A folder whose sitecustomize imports benchmarks/common.py at interpreter start: it puts the
    tree SIDEBYSIDE_SRC names (else this one) first, with that tree's data."""
    folder = os.path.join(config, "launcher")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "sitecustomize.py"), "w", encoding="utf-8") as handle:
        handle.write(f"import sys\nsys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r})\nimport common  # noqa: F401\n")
    return folder


def _figures(runs: list[tuple[float | None, float, float, float]]) -> dict:
    painted = [r[0] for r in runs if r[0] is not None]
    peak = max(r[3] for r in runs)
    median = statistics.median(painted) if painted else float("nan")
    return {
        "startup_pair": PAIR or "seed pair",
        "startup_caches": "empty at every start" if COLD else "warm after the first start",
        "startup_to_painted_median_s": round(median, 3),
        "startup_to_painted_min_s": round(min(painted), 3) if painted else None,
        "startup_to_exit_median_s": round(statistics.median(r[1] for r in runs), 3),
        "startup_cpu_median_s": round(statistics.median(r[2] for r in runs), 3),
        "startup_runs": len(runs),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "startup_budget_s": STARTUP_BUDGET_S,
        "startup_ok": median <= STARTUP_BUDGET_S,
        "peak_rss_mb": round(peak, 1),
        "memory_budget_mb": MEMORY_BUDGET_MB,
        "memory_ok": peak <= MEMORY_BUDGET_MB,
    }


def long_pair(target_words: int = 20_000):
    """Two ~20k-word articles from the seeds repeated, with real offsets for every mark."""
    import re

    from sidebyside.extract import extract_path
    from sidebyside.model import (AlignedSentence, Article, Block, Comparison, DistinctiveTerm, Framing,
                                  LoadedTerm, SharedPassage, Span)
    from sidebyside.resources import seed_pair_paths

    seeds = [extract_path(p) for p in seed_pair_paths()]

    def grow(article: Article) -> Article:
        paras = [article.block_text(b) for b in article.blocks]
        words = sum(len(p.split()) for p in paras)
        paras = paras * (target_words // max(1, words) + 1)
        text, blocks, pos = [], [], 0
        for p in paras:
            blocks.append(Block("paragraph", pos, pos + len(p)))
            text.append(p)
            pos += len(p) + 2
        return Article(source=article.source, title=article.title, outlet=article.outlet,
                       text="\n\n".join(text), blocks=tuple(blocks))

    a, b = grow(seeds[0]), grow(seeds[1])
    n = min(len(a.blocks), len(b.blocks))
    passages = tuple(SharedPassage(Span(a.blocks[i].start, a.blocks[i].end), Span(b.blocks[i].start, b.blocks[i].end), 0.8)
                     for i in range(0, n, 3))
    aligned = tuple(AlignedSentence(Span(a.blocks[i].start, a.blocks[i].start + 40), Span(b.blocks[i].start, b.blocks[i].start + 40), 0.6)
                    for i in range(1, n, 3))
    loaded = tuple(tuple(LoadedTerm("Syria", "place", m.start(), m.end()) for m in re.finditer(r"Syria\w*", art.text))
                   for art in (a, b))
    terms = ((DistinctiveTerm("Erdogan", 2.0, 1), DistinctiveTerm("Turkey", 1.5, 1)),
             (DistinctiveTerm("Assad", 2.0, 1), DistinctiveTerm("Moscow", 1.5, 1)))
    comparison = Comparison(articles=(a, b), shared_passages=passages, aligned_sentences=aligned,
                            framing=Framing(loaded_terms=loaded, distinctive_terms=terms))
    words = [len(x.text.split()) for x in (a, b)]
    return comparison, words


def interaction() -> dict:
    from sidebyside.ui.app import create_app
    from sidebyside.ui.window import MainWindow

    app = create_app()
    comparison, words = long_pair()
    window = MainWindow()
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.show_comparison(comparison)
    app.processEvents()
    paint_ms = (time.perf_counter() - t0) * 1000
    marks = sum(len(window.highlights.panes[i]) for i in (0, 1))
    bar = window.pane(0).view.verticalScrollBar()
    step = bar.singleStep() * 3  # one mouse-wheel notch
    window.link_map.geometry_doc()
    window.anchors()
    handler, full, full_cpu = [], [], []
    for value in range(0, min(bar.maximum(), step * 300), step):
        c = time.thread_time()
        t = time.perf_counter()
        bar.setValue(value)  # our handler: sync the other pane, move the highlight window
        t1 = time.perf_counter()
        window.link_map.repaint()
        window.pane(0).view.viewport().repaint()
        window.pane(1).view.viewport().repaint()
        t2 = time.perf_counter()
        full_cpu.append((time.thread_time() - c) * 1000)
        handler.append((t1 - t) * 1000)
        full.append((t2 - t) * 1000)
    toggles = []
    for _ in range(10):
        for kind_id in ("loaded_term", "shared_passage"):
            t = time.perf_counter()
            window.kind_actions[kind_id].trigger()
            toggles.append((time.perf_counter() - t) * 1000)
    window.close()
    p95 = lambda xs: sorted(xs)[int(len(xs) * 0.95) - 1]  # noqa: E731
    return {
        "long_pair_words": words,
        "long_pair_marks": marks,
        "long_pair_links": len(window.highlights.links),
        "long_pair_first_paint_ms": round(paint_ms, 1),
        "scroll_steps": len(handler),
        "scroll_handler_median_ms": round(statistics.median(handler), 2),
        "scroll_handler_p95_ms": round(p95(handler), 2),
        "scroll_with_repaint_median_ms": round(statistics.median(full), 2),
        "scroll_with_repaint_p95_ms": round(p95(full), 2),
        "scroll_with_repaint_cpu_median_ms": round(statistics.median(full_cpu), 2),
        "scroll_ok": statistics.median(handler) <= SCROLL_BUDGET_MS,
        "toggle_median_ms": round(statistics.median(toggles), 2),
        "toggle_max_ms": round(max(toggles), 2),
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = {"benchmark": "startup"}
    result.update(startup())
    result.update(interaction())
    print(json.dumps(result, indent=2))
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash tearing down a window at finalisation.
    os._exit(0)


if __name__ == "__main__":
    main()
