"""The app's start without arguments reads no command line (no parser built): it starts as the
parsed defaults would."""

from __future__ import annotations

import sys
import types

from sidebyside import cli


def _run(monkeypatch, argv):
    calls = []
    fake_app = types.ModuleType("sidebyside.ui.app")
    fake_app.main = lambda captures, screenshot=None, size=None, theme=None: calls.append(
        (captures, screenshot, size, theme)) or 0
    monkeypatch.setitem(sys.modules, "sidebyside.ui.app", fake_app)
    monkeypatch.setattr("sidebyside.code_cache.install", lambda *a, **k: None)
    monkeypatch.setattr("sidebyside.code_cache.save", lambda *a, **k: None)
    assert cli.run_gui(argv) == 0
    return calls


def test_no_arguments_start_as_the_parsed_defaults(monkeypatch):
    parsed = cli.build_gui_parser().parse_args([])
    assert _run(monkeypatch, []) == [(parsed.captures, parsed.screenshot, parsed.size, parsed.theme)]
    assert not hasattr(parsed, "data_dir")  # so no data folder is set either


def test_arguments_are_still_parsed(monkeypatch):
    assert _run(monkeypatch, ["a.txt", "b.txt", "--theme", "dark"]) == [(["a.txt", "b.txt"], None, None, "dark")]
    assert cli.run_gui(["only-one.txt"]) == 2  # one capture: refused as before, as bad usage
