"""The frozen build leaves modules out (packaging/sidebyside.spec `excludes`): the app must never
import one. Each command runs unfrozen in a child process that reports the modules it loaded; a
left-out module among them would be an ImportError in the frozen app."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# hashlib tries OpenSSL's _hashlib first and falls back to its built-in SHA-2 when it is absent.
OPTIONAL_IMPORTS = {"_hashlib"}

CHILD = """
import json, sys
from sidebyside.cli import main
sys.argv = ["sidebyside", *sys.argv[1:]]
code = None
try:
    code = main()
except SystemExit as exc:
    code = exc.code
finally:
    sys.stderr.write("MODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""


def spec_excludes(spec_text: str) -> set[str]:
    """The module names listed as literals in the spec's Analysis(excludes=...)."""
    for node in ast.walk(ast.parse(spec_text)):
        if isinstance(node, ast.keyword) and node.arg == "excludes":
            return {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)
                    and isinstance(c.value, str) and re.fullmatch(r"[A-Za-z_]\w*(\.\w+)*", c.value)}
    raise AssertionError("no excludes= in the spec")


def left_out(loaded: list[str], excludes: set[str]) -> list[str]:
    """Loaded modules that are, or sit inside, a left-out module."""
    return sorted(m for m in loaded if m not in OPTIONAL_IMPORTS
                  and any(m == x or m.startswith(x + ".") for x in excludes))


def test_spec_excludes_are_read_from_the_spec():
    text = 'a = Analysis(["x"], excludes=[f"PySide6.{m}" for m in Q] + ["asyncio", "_pydecimal"], noarchive=False)'
    assert spec_excludes(text) == {"asyncio", "_pydecimal"}
    assert left_out(["asyncio.events", "asynciox", "json", "_hashlib"], {"asyncio", "_hashlib"}) == ["asyncio.events"]
    assert left_out(["json", "email.utils"], {"asyncio", "email.parser"}) == []


def _write_warc(path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = (b"<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
            + b"<p>The port reopened on Monday after a week of repairs, officials said.</p>" * 8
            + b"</article></body></html>")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/port", "response",
                                                  payload=io.BytesIO(html), http_headers=headers))
    path.write_bytes(buf.getvalue())


def _loaded_modules(args: list[str], tmp_path: Path) -> list[str]:
    _write_warc(tmp_path / "page.warc.gz")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIDEBYSIDE_DATA_DIR=str(tmp_path / "notes"))
    result = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True,
                            timeout=600, cwd=tmp_path)
    line = [x for x in result.stderr.splitlines() if x.startswith("MODULES ")]
    assert line, result.stderr[-2000:]
    report = json.loads(line[-1][len("MODULES "):])
    assert report["code"] in (0, None), result.stderr[-2000:]  # the command ran to its end
    return report["modules"]


MHTML = [str(DATA / "e2e" / "harbor-convoy.mhtml"), str(DATA / "e2e" / "meridian-convoy.mhtml")]
COMMANDS = {
    "compare pdf and text": ["compare", str(DATA / "capture" / "pdf" / "arabic.pdf"), str(DATA / "capture" / "arabic.txt")],
    "report html": ["report", *MHTML, "-o", "report.html"],
    "report pdf": ["report", *MHTML, "-o", "report.pdf"],
    "compare warc": ["compare", "page.warc.gz", MHTML[0]],
    "notes": ["notes", "add", MHTML[0], "--quote", "convoy", "--body", "a note"],
    "window": [*MHTML, "--screenshot", "window.png", "--size", "800x600"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_app_never_imports_a_left_out_module(name, tmp_path):
    excludes = spec_excludes((ROOT / "packaging" / "sidebyside.spec").read_text(encoding="utf-8"))
    assert {"asyncio", "bs4", "urllib.request"} <= excludes
    assert left_out(_loaded_modules(COMMANDS[name], tmp_path), excludes) == []


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
    return names


def test_no_module_of_the_app_imports_a_left_out_module():
    # Covers the paths the commands above do not run (dialogs, lazy imports): every import statement.
    excludes = spec_excludes((ROOT / "packaging" / "sidebyside.spec").read_text(encoding="utf-8"))
    found = {f"{path.relative_to(ROOT)}: {name}"
             for path in (ROOT / "src" / "sidebyside").rglob("*.py")
             for name in left_out(_imports(ast.parse(path.read_text(encoding="utf-8"))), excludes)}
    assert found == set()
    assert left_out(_imports(ast.parse("import asyncio.events\nfrom http import client\nimport json")),
                    excludes) == ["asyncio.events", "http", "http.client"]
