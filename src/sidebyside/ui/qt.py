"""The one place the ui imports Qt from (as qutebrowser does), so a binding change is one edit."""

from __future__ import annotations

import sys


def _guard_singleton_refcounts() -> None:
    """Work around a PySide6 6.12.0 reference-count bug on CPython < 3.12.

    Its void methods return None, and Signal.emit/disconnect return True or False, without a
    new reference (fine where these are immortal, CPython 3.12+; not on 3.11). Every such call
    drops the count by one; after some tens of thousands of calls -- minutes of scrolling --
    CPython frees None or a bool and aborts ("none_dealloc"/"bool_dealloc"). Adding 2**40 to
    their counts puts that beyond any session. Remove once the binding is fixed or Python
    3.12 is the minimum (tests/gui/test_gui_qt_binding.py shows the leak).
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    bump = 1 << 40 if sys.maxsize > 2**32 else 1 << 28  # stay far from overflow on 32-bit builds
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += bump  # ob_refcnt is the first field


_guard_singleton_refcounts()

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction,
    QActionGroup,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (  # noqa: F401
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
