"""The window on hostile pages: how long the GUI thread stays away from its event loop.

Pages (written to a temporary folder): 100,000 quote marks and words ("word ...), and a
million guillemets in one paragraph. Each is opened twice, side by side, through the real
window (offscreen), as `sidebyside A A` would; a 20 ms timer on the GUI thread records the
longest gap between two ticks (what a user feels as a freeze) until the window says it has
finished, and the wall time to then. CPU seconds are this process's (the worker thread's
comparison included), with the load average: the machine is shared.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/window_big.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_DIR / "benchmarks"))  # common.py, and the scripts' shared helpers
import common  # noqa: E402,F401  (this checkout's src first, or SIDEBYSIDE_SRC's with its data)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGES = {
    "quotes-100k.html": '"word ' * 100_000,
    "guillemets-1m.html": "«" * 1_000_000,
}
GIVE_UP_S = 600


def page(body: str) -> str:
    return f"<html><head><title>Hostile page</title></head><body><article><p>{body}</p></article></body></html>"


def main() -> None:
    from sidebyside.ui.qt import QApplication, QTimer
    from sidebyside.ui.window import MainWindow

    app = QApplication([])
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, body in PAGES.items():
            path = Path(folder, name)
            path.write_text(page(body), encoding="utf-8")
            window = MainWindow(restore_state=False)
            window.resize(1400, 860)
            window.show()
            gaps, last = [0.0], [time.monotonic()]

            def tick() -> None:
                now = time.monotonic()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.timeout.connect(tick)
            timer.start(20)
            done = {}
            start, cpu = time.monotonic(), time.process_time()
            window.load_finished.connect(lambda d=done: (d.setdefault("at", time.monotonic()), app.quit()))
            QTimer.singleShot(GIVE_UP_S * 1000, app.quit)
            window.open_paths(str(path), str(path))
            app.exec()
            timer.stop()
            results[name] = {
                "finished": "at" in done,
                "wall_seconds_to_finished": round(done.get("at", time.monotonic()) - start, 2),
                "cpu_seconds": round(time.process_time() - cpu, 2),
                "longest_gui_gap_seconds": round(max(gaps), 3),
                "highlights": sum(len(p) for p in window.highlights.panes),
                "painted_per_pane": {k: len(v.starts) for k, v in window.pane(0)._by_kind.items()},
            }
            window.cancel_work()
            window.close()
    print(json.dumps({"benchmark": "window_big", "pages": results, "loadavg": os.getloadavg()}, indent=2))
    sys.stdout.flush()
    os._exit(0)  # a job still running on a page that never finished must not hold the exit


if __name__ == "__main__":
    main()
