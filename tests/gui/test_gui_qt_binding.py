"""The Qt binding's reference-count bug (see sidebyside.ui.qt) cannot take the app down."""

import subprocess
import sys
import textwrap


def test_a_long_session_of_void_calls_and_signals_does_not_abort(qapp):
    """A million void calls and signal emits: CPython would free None/True and abort without
    the guard in sidebyside.ui.qt (run in a subprocess so a failure cannot kill the test run)."""
    code = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from sidebyside.ui.qt import QApplication, QLabel, QObject, Signal

        class Emitter(QObject):
            fired = Signal(int)

        app = QApplication([])
        label, emitter = QLabel(), Emitter()
        emitter.fired.connect(lambda _v: None)
        for i in range(500_000):
            label.setText("x")      # a void method
            emitter.fired.emit(i)   # returns a bool
        print("survived")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-2000:]
