"""Start the desktop app: `main(paths, screenshot)` is what `sidebyside [A B]` calls."""

from __future__ import annotations

import gc
import os
import sys

SCREENSHOT_TIMEOUT_MS = 60_000


# What Qt's offscreen platform says of every top-level window: a limit of that platform, not a
# problem of ours; a screenshot run must not print it three times.
PLATFORM_NOTICES = ("This plugin does not support propagateSizeHints()",)


def _quiet_platform_notices() -> None:
    from sidebyside.ui.qt import QtCore

    def handler(mode, context, message: str) -> None:
        if message in PLATFORM_NOTICES:
            return
        sys.stderr.write(message + "\n")

    QtCore.qInstallMessageHandler(handler)


def create_app():
    from sidebyside.ui.qt import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("SideBySide")
    app.setOrganizationName("SideBySide")
    app.setApplicationDisplayName("SideBySide")
    app.setDesktopFileName("sidebyside")  # matches resources/sidebyside.desktop (Wayland icon)
    from sidebyside.ui.theme import is_dark, set_app_stylesheet

    set_app_stylesheet(app, is_dark())
    app.setWindowIcon(_app_icon())
    return app


def _app_icon():
    """The app icon from the shipped PNGs (read as bytes, so a zipped or frozen build works)."""
    from sidebyside.resources import resource
    from sidebyside.ui.qt import QIcon, QPixmap

    icon = QIcon()
    for size in (16, 32, 48, 64, 128):
        try:
            data = resource(f"icons/sidebyside-{size}.png").read_bytes()
        except OSError:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon


def _import_core() -> None:
    """Import the Qt-free modules every start uses before Qt: once PySide6 is loaded it reads
    the source of each module imported after it (to see whether it uses PySide's feature
    switches), some 25 ms of start-up for the core's hundred modules, which never do.
    (html: the standard library's, which the pair view escapes with.)"""
    import html  # noqa: F401

    import sidebyside.extract  # noqa: F401  (capture, and below what both extractor families use)
    import sidebyside.extract.assemble  # noqa: F401
    import sidebyside.extract.bylines  # noqa: F401
    import sidebyside.extract.dates  # noqa: F401
    import sidebyside.extract.language  # noqa: F401
    import sidebyside.extract.warnings  # noqa: F401
    import sidebyside.highlights  # noqa: F401
    import sidebyside.kinds  # noqa: F401  (the ui's kind colours and the pair view's)
    import sidebyside.notes.export  # noqa: F401  (the Notes tab's import and export)
    import sidebyside.notes.store  # noqa: F401
    import sidebyside.session  # noqa: F401  (and the comparison engine)
    import sidebyside.wording  # noqa: F401


def _resume_collector(window) -> None:
    """Start-up runs with the cyclic garbage collector paused: importing Qt and the app and
    building the window make hundreds of thousands of long-lived objects that it would rescan
    again and again (50-70 ms of a 0.6 s start) to free next to nothing. Once the pair is
    painted, or loading ends without one, what start-up built is frozen out of its scans
    (gc.freeze: it lives as long as the window) and it runs again."""
    resumed = []

    def resume(*_args) -> None:
        if not resumed:  # once: later comparisons are no start-up
            resumed.append(True)
            gc.freeze()
            gc.enable()

    window.comparison_ready.connect(resume)
    window.load_finished.connect(resume)


def main(paths: list[str], screenshot: str | None = None, size: tuple[int, int] | None = None,
         theme: str | None = None) -> int:
    collector_on = gc.isenabled()
    gc.disable()  # until the first pair is painted: _resume_collector
    from sidebyside import regex_cache

    regex_cache.install()  # before the modules whose patterns it keeps between starts
    from sidebyside import parsed_cache

    parsed_cache.keep_parsed()  # the big shipped lists, parsed once, read back at the next starts
    from sidebyside.ui.desktop import choose_platform

    problem = choose_platform(bool(screenshot))  # before Qt, which would abort instead
    if problem:
        if collector_on:
            gc.enable()
        sys.stderr.write(f"sidebyside: {problem}\n")
        return 1
    _import_core()
    from sidebyside.ui.errors_dialog import install_excepthook
    from sidebyside.ui.qt import QTimer
    from sidebyside.ui.window import MainWindow

    _quiet_platform_notices()
    app = create_app()
    install_excepthook()
    from sidebyside.ui.theme import apply_theme, saved_theme

    apply_theme(theme or ("system" if screenshot else saved_theme()))
    window = MainWindow(restore_state=not screenshot)  # a screenshot shows the defaults
    window.comparison_ready.connect(lambda *_: regex_cache.start_done())
    window.load_finished.connect(lambda *_: regex_cache.start_done())
    if collector_on:
        _resume_collector(window)
    from sidebyside.ui.notes_panel import install_notes

    install_notes(window)  # the Notes tab, Add Note (Ctrl+Alt+N), note highlights, undo
    from sidebyside.ui.report_export import install_report_export

    install_report_export(window)  # File > Export Report… (HTML or PDF, with the notes)
    if screenshot or size:
        window.resize(*(size or (1400, 860)))  # headers in full, compact by themselves where room is short
    window.show()
    result = {"status": 0}
    if screenshot:
        def save() -> None:
            if result.get("saved"):
                return
            result["saved"] = True
            window.repaint()
            ok = window.grab().save(screenshot, "PNG")
            if not ok:
                sys.stderr.write(f"sidebyside: cannot write {screenshot}\n")
            result["status"] = 0 if ok and window.comparison is not None else 1
            app.exit(result["status"])

        window.load_finished.connect(lambda: QTimer.singleShot(0, save))
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, save)
    if os.environ.get("SIDEBYSIDE_EXIT_WHEN_PAINTED"):  # benchmarks/startup.py
        def painted(_comparison) -> None:
            window.repaint()
            import time

            # Wall-clock instant of the first fully highlighted paint, for the benchmark to
            # subtract its spawn time from (interpreter teardown is not part of startup).
            sys.stdout.write(f"painted_at {time.time():.6f}\n")
            sys.stdout.flush()
            app.exit(0)

        window.comparison_ready.connect(painted)
        window.load_finished.connect(lambda: app.exit(0 if window.comparison is not None else 1))
    # The window is up before any work starts: extraction runs once the event loop turns.
    QTimer.singleShot(0, lambda: window.open_paths(*paths) if paths else window.open_startup())
    status = app.exec()
    regex_cache.save()  # the patterns this run compiled that the cache lacked, for the next start
    parsed_cache.save_parsed()  # and the lists it parsed
    return finish(window, result["status"] if screenshot else status)


QUIT_GRACE_MS = 3000


def finish(window, status: int, grace_ms: int = QUIT_GRACE_MS, exit_now=os._exit) -> int:
    """Quitting cancels the work: a job stops between two steps. One stuck in a single long step
    (a hostile page keeping the HTML parser busy) cannot be interrupted, so after a short grace
    the process ends at once: every note is already committed to the store, and the window's
    state was saved when it closed."""
    from sidebyside.ui.qt import QThreadPool

    window.cancel_work()
    if QThreadPool.globalInstance().waitForDone(grace_ms):
        return status
    sys.stderr.write("sidebyside: quitting while a capture is still being read\n")
    sys.stderr.flush()
    sys.stdout.flush()
    exit_now(status)
    return status
