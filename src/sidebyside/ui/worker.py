"""Extraction and comparison off the GUI thread (QThreadPool), reporting back by signals."""

from __future__ import annotations

import traceback

from sidebyside.errors import SideBySideError
from sidebyside.ui.qt import QObject, QRunnable, Signal


class LoadSignals(QObject):
    progress = Signal(int, str)  # job id, what is being done
    article = Signal(int, int, object)  # job id, pane, Article
    failed = Signal(int, int, str, str)  # job id, pane, path, one-line message
    compared = Signal(int, object)  # job id, Comparison
    finished = Signal(int)


class LoadJob(QRunnable):
    """Extract each capture, then compare the two. A bad file fails only its own pane."""

    def __init__(self, job_id: int, paths: list[str | None], articles: list = (None, None)):
        super().__init__()
        self.job_id = job_id
        self.paths = paths
        self.articles = list(articles)  # already-extracted articles to reuse (swap, one-pane open)
        self.signals = LoadSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        from sidebyside.extract import extract_path

        sig = self.signals
        try:
            for pane, path in enumerate(self.paths):
                if path is None or self.articles[pane] is not None:
                    continue
                sig.progress.emit(self.job_id, f"Extracting {path.rsplit('/', 1)[-1]}…")
                try:
                    self.articles[pane] = extract_path(path)
                except SideBySideError as exc:
                    sig.failed.emit(self.job_id, pane, path, exc.reason)
                    continue
                except Exception as exc:  # an engine bug must not take the window down
                    sig.failed.emit(self.job_id, pane, path, f"internal error: {exc!r}")
                    traceback.print_exc()
                    continue
                sig.article.emit(self.job_id, pane, self.articles[pane])
            if all(a is not None for a in self.articles):
                from sidebyside.compare import compare

                sig.progress.emit(self.job_id, "Comparing…")
                try:
                    sig.compared.emit(self.job_id, compare(*self.articles))
                except Exception as exc:
                    sig.failed.emit(self.job_id, -1, "", f"comparison failed: {exc!r}")
                    traceback.print_exc()
        finally:
            sig.finished.emit(self.job_id)
