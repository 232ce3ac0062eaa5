"""The bundle leaves out the data-folder files the app never reads, and keeps every one it does."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "packaging" / "bundle_rules.py")
bundle_rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_rules)


def test_documentation_build_scripts_and_other_icon_formats_are_left_out():
    for dest in ("sidebyside/assets/terms/README.md", "sidebyside/assets/attribution/README.md",
                 "sidebyside/assets/terms/build_nouns.py", "sidebyside/assets/icons/sidebyside.icns",
                 "sidebyside/assets/icons/sidebyside.ico"):
        assert bundle_rules.is_unread_asset(dest), dest


def test_what_the_app_reads_is_kept():
    for dest in ("sidebyside/assets/__init__.py", "sidebyside/assets/terms/nouns.tsv",
                 "sidebyside/assets/terms/loaded_model.json", "sidebyside/assets/icons/sidebyside-16.png",
                 "sidebyside/assets/ui/style.qss", "sidebyside/seeds/README.md",
                 "PySide6/README.md", "sidebyside/assets/terms/builder.json"):
        assert not bundle_rules.is_unread_asset(dest), dest


def _code_strings() -> set[str]:
    """Every string literal of the app's code that is not a docstring (names it may open)."""
    strings = set()
    for path in (ROOT / "src" / "sidebyside").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        strings |= {node.value for node in ast.walk(tree)
                    if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings}
    return strings


def test_every_left_out_file_of_resources_is_named_nowhere_in_the_app():
    # The app opens assets by name: no string of its code names a left-out file or suffix.
    strings = _code_strings()
    left_out = [p for p in (ROOT / "resources").rglob("*")
                if p.is_file() and bundle_rules.is_unread_asset(str(Path("sidebyside/assets") / p.relative_to(ROOT / "resources")))]
    assert left_out  # the rule matches real files
    for path in left_out:
        assert not any(path.name in s for s in strings), path
    # Nor builds an icon name with another system's suffix (the window's icons are f"...{size}.png").
    assert not any(s.endswith(bundle_rules.UNREAD_ASSET_SUFFIXES) for s in strings)
