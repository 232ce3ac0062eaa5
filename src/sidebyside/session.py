"""What is open and how it is viewed, without Qt (as napari's ViewerModel is for its Qt views).

A ``Session`` holds the captures of one coverage set (any number), the articles read from them,
the comparison of each pair (computed lazily, cached), the coverage of the whole set (three or
more articles), the pair shown side by side, and the view state that must survive switching the
pair: visible highlight kinds, navigation positions per pair, scroll positions per article.
It emits plain-Python events (``session.events``); the window subscribes and paints.

Slow work (reading captures, comparing, the coverage) is described by ``session.pending()`` as a
``Work`` snapshot that any thread can ``run``; its results come back through ``session.deliver``
on the thread that owns the session. Results of a set that has since been replaced are dropped.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Sequence

from sidebyside.display import display_name, display_stem
from sidebyside.errors import SideBySideError
from sidebyside.events import Event
from sidebyside.model import Article, Comparison
from sidebyside.settings import DEFAULT, Settings

if TYPE_CHECKING:  # built only for a set of three or more, imported when one is opened
    from sidebyside.compare.coverage import Coverage

Pair = tuple[int, int]  # (left, right): indexes into the open set, left shown in pane A


def unordered_pairs(count: int) -> list[Pair]:
    return list(combinations(range(count), 2))


def mirrored(comparison: Comparison) -> Comparison:
    """The same comparison with A and B swapped (every per-article list and every span pair)."""
    f = comparison.framing
    swap = lambda pair: (pair[1], pair[0])  # noqa: E731
    return replace(
        comparison,
        articles=swap(comparison.articles),
        quotes=swap(comparison.quotes),
        shared_quotes=tuple(replace(x, a=x.b, b=x.a, diffs=tuple(replace(d, op=-d.op) for d in x.diffs),
                                    speaker_a=x.speaker_b, speaker_b=x.speaker_a)
                            for x in comparison.shared_quotes),
        related_quotes=tuple(replace(x, a=x.b, b=x.a, diffs=tuple(replace(d, op=-d.op) for d in x.diffs),
                                     speaker_a=x.speaker_b, speaker_b=x.speaker_a)
                             for x in comparison.related_quotes),
        shared_passages=tuple(replace(x, a=x.b, b=x.a) for x in comparison.shared_passages),
        aligned_sentences=tuple(replace(x, a=x.b, b=x.a) for x in comparison.aligned_sentences),
        framing=replace(
            f,
            label_contrasts=tuple(replace(lc, a=lc.b, b=lc.a, labels=swap(lc.labels), headings=swap(lc.headings))
                                   for lc in f.label_contrasts),
            distinctive_terms=swap(f.distinctive_terms),
            loaded_terms=swap(f.loaded_terms),
            sources=swap(f.sources),
            only_in=swap(f.only_in),
        ),
        relatedness=replace(comparison.relatedness, languages=swap(comparison.relatedness.languages))
        if comparison.relatedness is not None else None,
    )


class SessionEvents:
    """What a view can subscribe to. Arguments are listed per event."""

    def __init__(self) -> None:
        self.opened = Event("opened")  # (): a new set of captures (paths known, articles not yet)
        self.article = Event("article")  # (index): a capture was read, or failed (session.error(index))
        self.pair = Event("pair")  # (pair): another pair goes side by side
        self.comparison = Event("comparison")  # (pair, Comparison): the shown pair's comparison is ready
        self.coverage = Event("coverage")  # (Coverage): the coverage of the whole set is ready
        self.visible_kinds = Event("visible_kinds")  # (frozenset of kind ids)
        self.progress = Event("progress")  # (text, done, total)
        self.failed = Event("failed")  # (message): work that is not one capture's failed


@dataclass
class Work:
    """A snapshot of the work the session needs now, safe to run on another thread.

    ``run(deliver)`` calls ``deliver(what, payload)`` with what = "progress" (text, done, total),
    "article" (index, Article), "failed" (index, path, message; index -1 and the pair for a comparison),
    "comparison" (pair, Comparison) or "coverage" (Coverage,), in that order of need: captures
    first, the shown pair next (so the two panes paint early), then the other pairs, then the
    coverage. ``cancel()`` stops it between two steps, a comparison's own steps included (its
    work budget checks the flag at each charge), so a cancelled job frees its thread promptly.
    """

    generation: int
    paths: tuple[str | None, ...]
    articles: list[Article | None]
    pairs: list[Pair]
    coverage: bool
    done: dict[Pair, Comparison]
    settings: Settings = DEFAULT
    _cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, deliver: Callable[[str, tuple], None]) -> None:
        from sidebyside.extract import extract_path

        for index, path in enumerate(self.paths):
            if self.cancelled:
                return
            if path is None or self.articles[index] is not None:
                continue
            deliver("progress", (f"Extracting {display_name(path)}…", index, len(self.paths)))
            try:
                self.articles[index] = extract_path(path)
            except SideBySideError as exc:
                deliver("failed", (index, path, exc.reason))
                continue
            except Exception as exc:  # an engine bug must not take the window down
                deliver("failed", (index, path, f"internal error: {exc!r}"))
                traceback.print_exc()
                continue
            deliver("article", (index, self.articles[index]))
        import sidebyside.compare as compare_module  # looked up at run time: tests replace compare
        from sidebyside.compare.budget import Cancelled, cancellable

        pairs = [p for p in self.pairs if all(self.articles[i] is not None for i in p)]
        for n, (left, right) in enumerate(pairs):
            if self.cancelled:
                return
            text = "Comparing…" if len(pairs) == 1 else f"Comparing {n + 1} of {len(pairs)}…"
            deliver("progress", (text, n, len(pairs)))
            try:
                with cancellable(self._cancelled.is_set):  # stops at the comparison's next step
                    comparison = compare_module.compare(self.articles[left], self.articles[right])
            except Cancelled:
                return
            except Exception as exc:
                deliver("failed", (-1, (left, right), f"comparison failed: {exc!r}"))
                traceback.print_exc()
                continue
            self.done[(left, right)] = comparison
            deliver("comparison", ((left, right), comparison))
        if self.coverage and not self.cancelled:
            present = [i for i, a in enumerate(self.articles) if a is not None]
            if len(present) >= 3:
                from sidebyside.compare.coverage import build_coverage

                deliver("progress", ("Grouping the coverage…", len(pairs), len(pairs)))
                deliver("coverage", (build_coverage(self.articles, self.done),))


class Session:
    """The open coverage set and its view state. Everything here runs on one thread (the GUI's);
    only ``Work.run`` may run elsewhere."""

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings
        self.events = SessionEvents()
        self.generation = 0
        self._paths: list[str | None] = []
        self._articles: list[Article | None] = []
        self._errors: list[str | None] = []
        self._comparisons: dict[Pair, Comparison] = {}
        self._coverage: Coverage | None = None
        self._pair: Pair | None = None
        self._visible: frozenset[str] = frozenset()
        self._nav: dict[Pair, dict[str, int]] = {}
        self._scroll: dict[int, int] = {}
        self._failed_pairs: set[Pair] = set()

    # ------------------------------------------------------------------ the set

    def open(self, paths: Sequence[str | None], pair: Pair = (0, 1)) -> None:
        """A new set of captures; nothing is read yet (see ``pending``)."""
        self._reset(list(paths), [None] * len(paths))
        self._pair = pair if len(paths) >= 2 else None
        self.events.opened.emit()

    def show(self, comparison: Comparison) -> None:
        """A comparison made elsewhere, as a set of its two articles (tests, the benchmark)."""
        articles = list(comparison.articles)
        if self._articles[:2] == articles and len(self._articles) == 2:
            self._comparisons = {(0, 1): comparison}  # the same two articles: keep the view state
            self._pair = (0, 1)
        else:
            self._reset([a.source.path for a in articles], articles)
            self._comparisons[(0, 1)] = comparison
            self._pair = (0, 1)
            self.events.opened.emit()
            for index in range(2):
                self.events.article.emit(index)
        self.events.comparison.emit((0, 1), comparison)

    def replace_capture(self, index: int, path: str) -> None:
        """Read another capture in place of one; the others keep their articles."""
        if index >= len(self._paths):
            index = len(self._paths)
            self._paths.append(path)
            self._articles.append(None)
            self._errors.append(None)
        self.generation += 1
        self._paths[index] = path
        self._articles[index] = None
        self._errors[index] = None
        self._comparisons = {p: c for p, c in self._comparisons.items() if index not in p}
        self._failed_pairs = {p for p in self._failed_pairs if index not in p}
        self._coverage = None
        self._scroll.pop(index, None)
        if self._pair is None and len(self._paths) >= 2:
            self._pair = (0, 1)
        self.events.opened.emit()

    def reload(self) -> None:
        """Read every capture again (the view state stays)."""
        paths, pair, nav, scroll, visible = self._paths, self._pair, self._nav, self._scroll, self._visible
        self._reset(paths, [None] * len(paths))
        self._pair, self._nav, self._scroll, self._visible = pair, nav, scroll, visible
        self.events.opened.emit()

    def _reset(self, paths: list[str | None], articles: list[Article | None]) -> None:
        self.generation += 1
        self._paths = paths
        self._articles = articles
        self._errors = [None] * len(paths)
        self._comparisons = {}
        self._failed_pairs = set()
        self._coverage = None
        self._nav = {}
        self._scroll = {}

    # ------------------------------------------------------------------ the pair side by side

    def choose_pair(self, left: int, right: int) -> None:
        if left == right or not (0 <= left < len(self._paths) and 0 <= right < len(self._paths)):
            raise ValueError(f"no such pair: {left}, {right}")
        if (left, right) == self._pair:
            return
        self._pair = (left, right)
        self.events.pair.emit(self._pair)
        comparison = self.comparison()
        if comparison is not None:
            self.events.comparison.emit(self._pair, comparison)

    def swap(self) -> None:
        if self._pair is not None:
            self.choose_pair(self._pair[1], self._pair[0])

    # ------------------------------------------------------------------ what is known

    @property
    def count(self) -> int:
        return len(self._paths)

    @property
    def paths(self) -> list[str | None]:
        return list(self._paths)

    @property
    def articles(self) -> list[Article | None]:
        return list(self._articles)

    def article(self, index: int) -> Article | None:
        return self._articles[index] if 0 <= index < len(self._articles) else None

    def error(self, index: int) -> str | None:
        return self._errors[index] if 0 <= index < len(self._errors) else None

    @property
    def pair(self) -> Pair | None:
        return self._pair

    def comparison(self, pair: Pair | None = None) -> Comparison | None:
        """The cached comparison of a pair (the shown one by default), mirrored when only the
        other orientation was computed. None until computed."""
        pair = pair or self._pair
        if pair is None:
            return None
        found = self._comparisons.get(pair)
        if found is None and (pair[1], pair[0]) in self._comparisons and self.count >= 3:
            found = self._comparisons[pair] = mirrored(self._comparisons[(pair[1], pair[0])])
        return found

    @property
    def coverage(self) -> Coverage | None:
        return self._coverage

    def outlet_names(self) -> list[str]:
        """A short, distinct name per open capture: the outlet, else the file's stem."""
        names = []
        for path, article in zip(self._paths, self._articles):
            name = (article.outlet if article else None) or display_stem(path) or "—"
            names.append(name)
        for name in set(names):
            same = [i for i, n in enumerate(names) if n == name]
            if len(same) > 1:
                for n, i in enumerate(same):
                    names[i] = f"{name} ({n + 1})"
        return names

    # ------------------------------------------------------------------ work

    def _usable(self, index: int) -> bool:
        """Read, or still to be read: not a capture that failed."""
        return self._paths[index] is not None and self._errors[index] is None

    def _wanted(self, pair: Pair) -> bool:
        return (self.comparison(pair) is None and pair not in self._failed_pairs
                and (pair[1], pair[0]) not in self._failed_pairs and all(self._usable(i) for i in pair))

    def pending(self, coverage: bool = True) -> Work | None:
        """What must be computed now for the view, or None when all is there. ``coverage``
        False: only the captures and the shown pair (a quick job beside a running one)."""
        usable = [i for i in range(self.count) if self._usable(i)]
        want_coverage = coverage and self.count >= 3 and len(usable) >= 3 and self._coverage is None
        pairs: list[Pair] = []
        if self._pair is not None and self._wanted(self._pair):
            pairs.append(self._pair)
        if want_coverage:
            for p in unordered_pairs(self.count):
                if (p[1], p[0]) in self._comparisons or p in pairs or (p[1], p[0]) in pairs:
                    continue
                if self._wanted(p):
                    pairs.append(p)
        unread = any(self._usable(i) and self._articles[i] is None for i in range(self.count))
        if not pairs and not unread and not want_coverage:
            return None
        paths = tuple(p if e is None else None for p, e in zip(self._paths, self._errors))
        return Work(self.generation, paths, list(self._articles), pairs, want_coverage,
                    dict(self._comparisons), self.settings)

    def run_pending(self) -> None:
        """Do the pending work here and now (the command line and tests; the window uses a thread)."""
        work = self.pending()
        if work is not None:
            work.run(lambda what, payload: self.deliver(work.generation, what, payload))

    def deliver(self, generation: int, what: str, payload: tuple) -> None:
        """A result of ``Work.run``; ignored when the set has changed since the work began."""
        if generation != self.generation:
            return
        if what == "progress":
            self.events.progress.emit(*payload)
        elif what == "article":
            index, article = payload
            self._articles[index] = article
            self._errors[index] = None
            self.events.article.emit(index)
        elif what == "failed":
            index, where, message = payload
            if index < 0:
                self._failed_pairs.add(where)
                self.events.failed.emit(message)
                return
            self._articles[index] = None
            self._errors[index] = message
            self.events.article.emit(index)
        elif what == "comparison":
            pair, comparison = payload
            self._comparisons[pair] = comparison
            if pair == self._pair:
                self.events.comparison.emit(pair, comparison)
        elif what == "coverage":
            self._coverage = payload[0]
            self.events.coverage.emit(self._coverage)

    # ------------------------------------------------------------------ view state

    @property
    def visible_kinds(self) -> frozenset[str]:
        return self._visible

    def set_visible_kinds(self, kinds: set[str] | frozenset[str]) -> None:
        kinds = frozenset(kinds)
        if kinds != self._visible:
            self._visible = kinds
            self.events.visible_kinds.emit(kinds)

    def nav_position(self, kind_id: str) -> int | None:
        """Where next/previous stands among the shown pair's highlights of a kind."""
        return self._nav.get(self._pair, {}).get(kind_id) if self._pair else None

    def set_nav_position(self, kind_id: str, position: int | None) -> None:
        if self._pair is None:
            return
        positions = self._nav.setdefault(self._pair, {})
        if position is None:
            positions.pop(kind_id, None)
        else:
            positions[kind_id] = position

    def scroll(self, index: int) -> int | None:
        """The last scroll position of an article, kept while another pair is shown."""
        return self._scroll.get(index)

    def set_scroll(self, index: int, value: int) -> None:
        self._scroll[index] = value
