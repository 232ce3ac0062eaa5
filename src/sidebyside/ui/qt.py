"""The one place the ui imports Qt from (as qutebrowser does), so a binding change is one edit."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSettings,
    QSignalBlocker,
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
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
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
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _skip_feature_scan_of_loaded_modules() -> None:
    """PySide6 reads the whole source of every module named in an import statement after it is
    loaded, once per module, to see whether the module mentions PySide6 and so may select one of
    its __feature__ switches (snake_case, true_property). A module loaded before PySide6 cannot
    have selected one (that import goes through PySide6's hook), and this app selects none: the
    standard library and core modules already loaded are entered as modules that select nothing
    (-1, what the scan finds for them), saving some 10 ms of start-up. Should PySide6 keep its
    table elsewhere in some version, nothing changes but the time."""
    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in list(sys.modules):
            if name.partition(".")[0] not in ("PySide6", "shiboken6") and not name.startswith(__package__):
                table.setdefault(name, -1)  # the ui's modules (this one mentions PySide6) are scanned
        for name in _core_modules():  # and those the work imports later (the text extractor's)
            table.setdefault(name, -1)


def _core_modules() -> list[str]:
    """The names of the core's modules (the package outside ``ui``) found on disk, loaded or not:
    the core never imports Qt (an architecture test keeps it so), so none can select a feature;
    the text extractor's twenty modules, imported by the first text capture's work, are then not
    read through. A build without the sources on disk lists none (they are scanned, as before)."""
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the sidebyside package
    top = __package__.rpartition(".")[0]
    names = []
    for folder, dirs, files in os.walk(root):
        relative = os.path.relpath(folder, root)
        parts = [] if relative == os.curdir else relative.split(os.sep)
        if parts[:1] == ["ui"]:
            dirs.clear()
            continue
        dirs[:] = [d for d in dirs if d.isidentifier()]  # no __pycache__
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                names.append(".".join([top, *parts] + ([] if stem == "__init__" else [stem])))
    return names


_skip_feature_scan_of_loaded_modules()
