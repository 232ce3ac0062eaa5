"""The layers of pyproject.toml's import-linter contracts hold (imports inside functions count)."""

from __future__ import annotations

from pathlib import Path

import importlinter.cli as importlinter_cli

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_import_linter_contracts_are_kept(capsys):
    status = importlinter_cli.lint_imports(config_filename=str(PYPROJECT), no_cache=True)
    out = capsys.readouterr().out
    assert status == importlinter_cli.EXIT_STATUS_SUCCESS, out[-3000:]
    assert "2 kept, 0 broken" in out
