"""Helpers shared by the benchmark scripts: where the data is, loading it, scoring, timing.

The benchmarks read public evaluation sets from ``<repo>/../shared/data``, else
``/work/shared/data`` (override with the environment variable ``SIDEBYSIDE_SHARED_DATA``).
Tests never use this folder.

The scripts put this checkout's ``src`` first on ``sys.path``; to measure another checkout with
the same scripts and data, name its ``src`` folder in ``SIDEBYSIDE_SRC``
(``SIDEBYSIDE_SRC=/path/to/other/src .venv/bin/python benchmarks/lexical.py``): PYTHONPATH alone
would come after the inserted folder. Importing this module does it, and maps that checkout's
``resources/`` and ``seeds/`` too (the editable install points them at this one's). Scripts that insert no ``src`` import the installed package,
which PYTHONPATH does override.
"""

from __future__ import annotations

import gzip
import importlib.abc
import importlib.util
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable

REPO_DIR = Path(__file__).resolve().parent.parent


class _CheckoutData(importlib.abc.MetaPathFinder):
    """Finds ``sidebyside.assets`` / ``sidebyside.seeds`` in another checkout's ``resources/`` and
    ``seeds/``: the editable install maps them to this checkout's, so a run of another tree's code
    would otherwise read this tree's vocabulary."""

    _FOLDERS = {"sidebyside.assets": "resources", "sidebyside.seeds": "seeds"}

    def __init__(self, root: Path) -> None:
        self.root = root

    def find_spec(self, name, path, target=None):
        for package, folder in self._FOLDERS.items():
            if name == package or name.startswith(package + "."):
                where = self.root / folder / Path(*name[len(package):].split(".")[1:])
                init = where / "__init__.py"
                if init.is_file():
                    return importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(where)])
        return None


def _use_checkout() -> None:
    """Put the measured checkout's ``src`` first on ``sys.path``: this one's, or the one
    ``SIDEBYSIDE_SRC`` names, with its data (see the module docstring)."""
    other = os.environ.get("SIDEBYSIDE_SRC")
    src = Path(other).resolve() if other else REPO_DIR / "src"
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
    if other and not any(isinstance(f, _CheckoutData) for f in sys.meta_path):
        sys.meta_path.insert(0, _CheckoutData(src.parent))


_use_checkout()


def _default_shared_data() -> Path:
    """The environment's choice, else the first of ../shared/data and /work/shared/data that exists."""
    chosen = os.environ.get("SIDEBYSIDE_SHARED_DATA")
    if chosen:
        return Path(chosen)
    candidates = (REPO_DIR.parent / "shared" / "data", Path("/work/shared/data"))
    return next((c for c in candidates if c.is_dir()), candidates[0])


SHARED_DATA = _default_shared_data()


def data_holding(subdir: str) -> Path | None:
    """The first data folder (the environment's choice, ../shared/data, /work/shared/data) that
    holds subdir, or None: for benchmarks that skip or ask for --data when it is absent."""
    for candidate in (os.environ.get("SIDEBYSIDE_SHARED_DATA"), REPO_DIR.parent / "shared" / "data",
                      Path("/work/shared/data")):
        if candidate and Path(candidate, subdir).is_dir():
            return Path(candidate)
    return None


def data_or_exit(given: Path | None, subdir: str, benchmark: str) -> Path:
    """The data folder given on the command line, else the first that holds subdir; exit 2 with a
    line naming what is missing when there is none."""
    data = Path(given) if given else data_holding(subdir)
    if data is None or not (data / subdir).is_dir():
        sys.stderr.write(f"{benchmark} benchmark: no ../shared/data/{subdir} found (give --data)\n")
        raise SystemExit(2)
    return data


def require_shared_data(shared_data: Path | None = None, subdir: str | None = None) -> Path:
    """Return the data folder, or exit 2 with a one-line message saying what is missing."""
    base = Path(shared_data) if shared_data is not None else SHARED_DATA
    wanted = base / subdir if subdir else base
    if not wanted.is_dir():
        print(
            f"benchmark data not found: {wanted} "
            "(expected ../shared/data next to the repository; set SIDEBYSIDE_SHARED_DATA)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    return base


def decode_html(raw: bytes) -> str:
    """Bytes of a saved page → str: UTF-8 when it decodes, else charset-normalizer's guess."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None:
            return str(best)
    except Exception:  # a guess failing is no reason to stop the benchmark
        pass
    return raw.decode("utf-8", errors="replace")


def load_aeb(shared_data: Path | None = None, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """The article extraction benchmark as (id, html, true body, url), sorted by id."""
    base = require_shared_data(shared_data, "aeb") / "aeb"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = base / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = decode_html(gzip.decompress(path.read_bytes()))
        entry = truth[page_id]
        pages.append((page_id, html, entry.get("articleBody") or "", entry.get("url") or ""))
        if limit is not None and len(pages) >= limit:
            break
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-gram shingles (lower-cased, split on whitespace) with their counts.

    A text shorter than n words is one shingle of all its words, as in the benchmark's scorer.
    """
    tokens = (text or "").lower().split()
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def shingle_prf(pred: str, truth: str, n: int = 4) -> tuple[float, float, float]:
    """Precision, recall and F1 of pred's shingles against truth's (multiset counts).

    An empty prediction (or an empty truth) scores 0 on all three.
    """
    p_sh, t_sh = shingles(pred, n), shingles(truth, n)
    if not p_sh or not t_sh:
        return 0.0, 0.0, 0.0
    tp = sum((p_sh & t_sh).values())
    precision = tp / sum(p_sh.values())
    recall = tp / sum(t_sh.values())
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, float]:
    """Call fn and return (its result, CPU seconds of this process). An exception becomes the
    result. CPU time, not wall time: the machine is shared, and other work must not count."""
    start = time.process_time()
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # a benchmark reports failures, it does not stop on them
        result = exc
    return result, time.process_time() - start


def summarize(prfs: Iterable[tuple[float, float, float]], seconds: Iterable[float] | None = None) -> dict:
    """Mean precision, recall and F1 over pages (and median / mean CPU ms when times are given)."""
    prfs = list(prfs)
    out: dict[str, Any] = {"pages": len(prfs)}
    if prfs:
        out["precision"] = round(statistics.fmean(p for p, _, _ in prfs), 4)
        out["recall"] = round(statistics.fmean(r for _, r, _ in prfs), 4)
        out["f1"] = round(statistics.fmean(f for _, _, f in prfs), 4)
    if seconds is not None:
        secs = list(seconds)
        if secs:
            out["median_ms"] = round(statistics.median(secs) * 1000, 2)
            out["mean_ms"] = round(statistics.fmean(secs) * 1000, 2)
    return out


def held_out(page_id: str) -> bool:
    """The stable split of every dev set: half the pages (by a hash of their id) are only
    measured, never tuned on. The same id always falls on the same side, on any machine."""
    import hashlib

    return int(hashlib.sha1(page_id.encode("utf-8")).hexdigest(), 16) % 2 == 1


def capture_referents() -> dict:
    """Keep the last pair's referent chains (framing.referents' answer) under "last", for the
    naming scripts' --stages (naming.py, naming_written.py), which read them after compare()."""
    from sidebyside.compare import framing

    captured: dict = {}
    original = framing.referents

    def capturing(*args, **kwargs):
        captured["last"] = original(*args, **kwargs)
        return captured["last"]

    framing.referents = capturing
    return captured
