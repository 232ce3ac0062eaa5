"""The app's settings file and whether the desktop is in a dark theme."""

from __future__ import annotations

from sidebyside.ui.qt import QGuiApplication, QSettings, Qt


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SideBySide", "sidebyside")


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128
