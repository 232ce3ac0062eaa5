"""Render the documentation screenshots (docs/screenshot-*.png) on a private X server.

Qt's xcb platform under Xvfb, as a desktop runs the app (needs Xvfb and the xcb libraries:
see the README's system packages), at 1024x700 and 1920x1080, light and dark: the written
example pair (every kind of highlight), the bundled real pair, a pair of unrelated stories
(the notice above the panes), the real pair under a large font (the side panel folded), and the tour. Optionally an ECB+ pair (--ecbplus DIR).

    .venv/bin/python docs/make_screenshots.py [--ecbplus ../shared/data/ecbplus/docs]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SEEDS = ROOT / "seeds"
EXAMPLE = [SEEDS / "example-harbour-courier-dock-strike.txt", SEEDS / "example-coastal-post-dock-strike.txt"]
REAL = [SEEDS / "almayadeen-putin-erdogan-2023-01-16.txt", SEEDS / "moscowtimes-putin-assad-2023-03.txt"]
UNRELATED = [ROOT / "tests/data/coverage/dam/coastline.txt", ROOT / "tests/data/coverage/fire/capitalnews.txt"]
RUN_TIMEOUT = 180


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}"


def shoot(env: dict, out: Path, paths: list[Path], size: str, theme: str) -> None:
    cmd = [sys.executable, "-m", "sidebyside", *map(str, paths), "--screenshot", str(out), "--size", size, "--theme", theme]
    subprocess.run(cmd, env=env, check=True, timeout=RUN_TIMEOUT)
    print("wrote", out.relative_to(ROOT))


TOUR = """
import os, sys
from sidebyside.ui.app import create_app
from sidebyside.ui.theme import apply_theme
from sidebyside.ui.qt import QTimer
app = create_app()
apply_theme(sys.argv[2])
from sidebyside.ui.window import MainWindow
window = MainWindow(restore_state=False)
window.resize(1400, 860)
window.show()
def shoot():
    dialog = window.show_tour()
    app.processEvents()
    dialog.grab().save(sys.argv[1])
    app.quit()
QTimer.singleShot(500, shoot)
app.exec()
os._exit(0)
"""


LARGE_FONT = """
import os, sys
from sidebyside.ui.app import create_app
from sidebyside.ui.theme import apply_theme, set_app_stylesheet
from sidebyside.ui.qt import QTimer
app = create_app()
font = app.font()
font.setPointSize(16)
app.setFont(font)
apply_theme("light")
set_app_stylesheet(app, False)
from sidebyside.ui.window import MainWindow
window = MainWindow(restore_state=False)
window.resize(1024, 700)
window.show()
def shoot():
    window.grab().save(sys.argv[1])
    app.quit()
window.load_finished.connect(lambda: QTimer.singleShot(500, shoot))
window.open_paths(*sys.argv[2:])
app.exec()
os._exit(0)
"""

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ecbplus", type=Path, help="ECB+ docs folder, for one more real pair (26_1 is not used)")
    args = parser.parse_args()
    server, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as config:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": config,
                   "SIDEBYSIDE_DATA_DIR": config}
            for size in ("1024x700", "1920x1080"):
                for theme in ("light", "dark"):
                    shoot(env, DOCS / f"screenshot-example-{size}-{theme}.png", EXAMPLE, size, theme)
                    shoot(env, DOCS / f"screenshot-real-{size}-{theme}.png", REAL, size, theme)
            shoot(env, DOCS / "screenshot-notice-1024x700-light.png", UNRELATED, "1024x700", "light")
            # A reader's 16-point desktop font on a small screen: the side panel folds away so each
            # article keeps a readable line (ui/sidefold.py).
            out = DOCS / "screenshot-largefont-1024x700-light.png"
            subprocess.run([sys.executable, "-c", LARGE_FONT, str(out), *map(str, REAL)], env=env, check=True,
                           timeout=RUN_TIMEOUT)
            print("wrote", out.relative_to(ROOT))
            for theme in ("light", "dark"):
                out = DOCS / f"screenshot-tour-{theme}.png"
                subprocess.run([sys.executable, "-c", TOUR, str(out), theme], env=env, check=True, timeout=RUN_TIMEOUT)
                print("wrote", out.relative_to(ROOT))
            if args.ecbplus:
                pair = [args.ecbplus / "28_7ecb.txt", args.ecbplus / "28_3ecb.txt"]
                shoot(env, DOCS / "screenshot-ecbplus-1920x1080-light.png", pair, "1920x1080", "light")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
