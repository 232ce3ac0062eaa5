"""Before Qt starts: choose a platform Qt can use, and name the system libraries it lacks.

Qt aborts the process (SIGABRT, a core dump and a page of text) when it has no display to
connect to, or when its X11 platform plugin (xcb) cannot load for want of a system library — as
on a minimal Debian desktop without libxcb-cursor0. This module looks first and says it in one
line instead; a screenshot needs no display at all, so without one it renders offscreen.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

LDD_TIMEOUT_S = 20  # a hang guard for ldd; it answers in milliseconds


def _first_platform(environ) -> str:
    """The platform Qt is asked for ("xcb" from "xcb;wayland"), "" when none is named."""
    return (environ.get("QT_QPA_PLATFORM") or "").split(";")[0].split(":")[0].strip()


def choose_platform(screenshot: bool, environ=os.environ) -> str | None:
    """Make Qt's start safe; returns the problem as one line when the window cannot open.

    Without any display a screenshot renders offscreen (set in ``environ``); a window cannot
    open. When Qt will use xcb, its plugin's libraries are checked (a screenshot then falls back
    to offscreen too)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = _first_platform(environ)
    if not platform:
        if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
            if screenshot:
                environ["QT_QPA_PLATFORM"] = "offscreen"
                return None
            return ("no display to open the window on ($DISPLAY and $WAYLAND_DISPLAY are not set); "
                    "'sidebyside A B --screenshot OUT.png' renders without one")
        if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
            return None  # Qt takes its Wayland plugin, which needs none of the xcb libraries
        platform = "xcb"
    if platform != "xcb":
        return None
    missing = missing_xcb_libraries(environ)
    if not missing:
        return None
    if screenshot:
        environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    return missing_libraries_message(missing)


def missing_libraries_message(sonames: list[str]) -> str:
    packages = list(dict.fromkeys(debian_package(s) or s for s in sonames))
    return ("cannot open the window: Qt's X11 platform (xcb) needs system libraries that are missing: "
            f"{', '.join(packages)} (Debian or Ubuntu: sudo apt-get install {' '.join(packages)})")


def debian_package(soname: str) -> str | None:
    """The Debian package that ships a library (resources/ui/xcb-libraries.json), if known."""
    from sidebyside.resources import read_resource_text

    try:
        table = json.loads(read_resource_text("ui/xcb-libraries.json"))["libraries"]
    except (OSError, ValueError, KeyError):
        return None
    return table.get(soname)


def xcb_plugin(environ=os.environ) -> Path | None:
    """The xcb platform plugin Qt would load: $QT_QPA_PLATFORM_PLUGIN_PATH first, then Qt's own."""
    from sidebyside.ui.qt import QtCore

    dirs = [d for d in (environ.get("QT_QPA_PLATFORM_PLUGIN_PATH") or "").split(os.pathsep) if d]
    plugins = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.PluginsPath)
    dirs.append(os.path.join(plugins, "platforms"))
    for directory in dirs:
        candidate = Path(directory) / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_xcb_libraries(environ=os.environ, plugin: Path | None = None) -> list[str]:
    """Sonames the xcb plugin needs and the system lacks ([] when it loads, or is not there).

    Loading the plugin is the test Qt itself will make (and costs nothing: Qt then finds it
    loaded); only when it fails does ldd list every missing library, not just the first."""
    import ctypes  # here: only a start on X11 loads the plugin (offscreen and Wayland never do)

    plugin = plugin or xcb_plugin(environ)
    if plugin is None:
        return []
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = _soname_in(str(exc))
    found = _ldd_missing(plugin)
    if found:
        return found
    return [first] if first else [f"a library of {plugin.name}"]


def _soname_in(message: str) -> str | None:
    match = re.search(r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object", message)
    return match.group(1) if match else None


def _ldd_missing(plugin: Path) -> list[str]:
    import shutil  # here, with subprocess: ldd runs only when the plugin failed to load
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=LDD_TIMEOUT_S).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    bundled = _qt_library_names()
    missing = [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]
    return [s for s in dict.fromkeys(missing) if s not in bundled]


def _qt_library_names() -> set[str]:
    """Libraries the Qt wheel (or the frozen bundle) brings: never the system's to provide."""
    from sidebyside.ui.qt import QtCore

    lib = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.LibrariesPath))
    return {p.name for p in lib.glob("*.so*")} if lib.is_dir() else set()
