"""The app's one settings file, and its look: light, dark, or the desktop's choice.

The colours of both themes live in resources/ui/palette.json ("themes"); the stylesheet
(resources/ui/style.qss) names them as $placeholders and is filled in for the theme shown, so
every colour in the window is one of the table's, and the contrast test can check them all.
"""

from __future__ import annotations

import re
from string import Template

from sidebyside.kinds import palette
from sidebyside.settings import DEFAULT, UiSettings
from sidebyside.ui.qt import QApplication, QColor, QGuiApplication, QPalette, QSettings, Qt

THEMES = ("system", "light", "dark")


def settings() -> QSettings:
    """Every setting of the app lives in this one INI file (per user)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "SideBySide", "sidebyside")


def saved_theme() -> str:
    value = str(settings().value("view/theme", "system") or "system")
    return value if value in THEMES else "system"


def colours(dark: bool) -> dict:
    """The theme's named colours (window, base, text, accent, warning_bg, ...)."""
    return dict(palette()["themes"]["dark" if dark else "light"])


_chosen = "system"


def chosen_theme() -> str:
    return _chosen


def apply_theme(theme: str) -> None:
    """Light or dark whatever the desktop says, or "system" to follow it again. The palette is
    set for a chosen theme (a plain X server, or a desktop that is light while the user wants
    dark); the stylesheet is filled in for whichever theme is then shown."""
    global _chosen
    _chosen = theme if theme in THEMES else "system"
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(_chosen, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(scheme)
    if app is None:
        return
    if _chosen == "system":
        app.setPalette(QPalette())  # the platform's again
    else:
        app.setPalette(build_palette(_chosen == "dark"))
    set_app_stylesheet(app, is_dark())


def set_app_stylesheet(app, dark: bool) -> None:
    """Give the application the theme's style sheet, unless it has it already: setting one makes
    Qt re-polish every widget, and start-up would otherwise set the same sheet three times."""
    sheet = stylesheet(dark, app.font().pointSizeF())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def build_palette(dark: bool) -> QPalette:
    c = {k: QColor(v) for k, v in colours(dark).items() if isinstance(v, str)}
    p = QPalette()
    roles = QPalette.ColorRole
    for role, name in ((roles.Window, "window"), (roles.WindowText, "text"), (roles.Base, "base"),
                       (roles.AlternateBase, "alternate_base"), (roles.Text, "text"), (roles.Button, "button"),
                       (roles.ButtonText, "text"), (roles.ToolTipBase, "alternate_base"), (roles.ToolTipText, "text"),
                       (roles.Highlight, "highlight"), (roles.HighlightedText, "highlighted_text"),
                       (roles.Link, "link"), (roles.PlaceholderText, "dim_text"), (roles.Mid, "mid"),
                       (roles.BrightText, "highlighted_text")):
        p.setColor(role, c[name])
    p.setColor(roles.Light, c["button"].lighter(130))
    p.setColor(roles.Midlight, c["button"].lighter(115))
    p.setColor(roles.Dark, c["mid"].darker(130))
    p.setColor(roles.Shadow, QColor("#000000"))
    disabled = QColor(c["dim_text"])
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


_POINT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def stylesheet(dark: bool, font_pt: float = 0.0, settings: UiSettings = DEFAULT.ui) -> str:
    """The style sheet filled in for the theme; under a desktop font larger than the one its
    type sizes were set for (``font_pt`` points), those sizes grow in proportion, so the pane
    headers stay readable beside a large body text. Never smaller than written."""
    from sidebyside.resources import read_resource_text

    try:
        template = read_resource_text("ui/style.qss")
    except OSError:
        return ""
    values = {k: v for k, v in colours(dark).items() if isinstance(v, str)}
    sheet = Template(template).safe_substitute(values)
    scale = font_pt / settings.style_reference_pt
    if scale > 1:
        sheet = _POINT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", sheet)
    return sheet


def is_dark() -> bool:
    if _chosen in ("light", "dark"):
        return _chosen == "dark"
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    if hints.colorScheme() == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().window().color().lightness() < 128
