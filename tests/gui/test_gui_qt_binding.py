"""The pinned Qt binding does not leak references to None/True/False.

PySide6-Essentials 6.12.0 did on CPython 3.11: every void call and Signal.emit dropped a reference,
and after some tens of thousands of calls (minutes of scrolling) CPython freed None and aborted.
6.11.3 does not; this test keeps a future upgrade honest.
"""

import subprocess
import sys
import textwrap


def test_a_long_session_of_void_calls_and_signals_does_not_abort(qapp):
    """Half a million void calls and signal emits leave the counts of None and True unchanged
    (in a subprocess, so an abort cannot kill the test run)."""
    code = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from sidebyside.ui.qt import QApplication, QLabel, QObject, Signal

        class Emitter(QObject):
            fired = Signal(int)

        app = QApplication([])
        label, emitter = QLabel(), Emitter()
        emitter.fired.connect(lambda _v: None)
        before = sys.getrefcount(None), sys.getrefcount(True)
        for i in range(500_000):
            label.setText("x")      # a void method
            emitter.fired.emit(i)   # returns a bool
        after = sys.getrefcount(None), sys.getrefcount(True)
        print("survived", "leaked" if after[0] < before[0] - 10 or after[1] < before[1] - 10 else "clean")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "survived clean" in result.stdout, result.stdout + result.stderr[-2000:]
