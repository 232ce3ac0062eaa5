"""The layers of pyproject.toml's import-linter contracts hold (imports inside functions count)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import importlinter.cli as importlinter_cli

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


@contextlib.contextmanager
def loggers_left_as_they_were():
    """import-linter configures logging with ``disable_existing_loggers``: every logger already made
    (the app's own among them) would stay disabled for the rest of the run, and a later test that
    reads a warning from the log would fail only when it runs after this module."""
    loggers = [lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    before = {lg: lg.disabled for lg in loggers}
    try:
        yield
    finally:
        for lg, disabled in before.items():
            lg.disabled = disabled


def lint(capsys) -> tuple[int, str]:
    with loggers_left_as_they_were():
        status = importlinter_cli.lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    return status, capsys.readouterr().out


def test_import_linter_contracts_are_kept(capsys):
    status, out = lint(capsys)
    assert status == importlinter_cli.EXIT_STATUS_SUCCESS, out[-3000:]
    assert "2 kept, 0 broken" in out


def test_the_lint_leaves_the_apps_loggers_logging(capsys):
    from sidebyside.compare import termcache

    with loggers_left_as_they_were():
        importlinter_cli.lint_imports(config_filename=str(PYPROJECT), no_cache=True)
        assert termcache.log.disabled  # what the linter does to a logger made before it
    assert not termcache.log.disabled
    lint(capsys)
    assert not termcache.log.disabled
