"""The app's one settings file, and its colour scheme (the desktop's, or light or dark by choice)."""

from __future__ import annotations

from sidebyside.ui.qt import QGuiApplication, QSettings, Qt

THEMES = ("system", "light", "dark")


def settings() -> QSettings:
    """Every setting of the app lives in this one INI file (per user)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SideBySide", "sidebyside")


def saved_theme() -> str:
    value = str(settings().value("view/theme", "system") or "system")
    return value if value in THEMES else "system"


def apply_theme(theme: str) -> None:
    """Ask Qt for a colour scheme; "system" follows the desktop again."""
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(scheme)


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128
