"""A page saved as "Web Page, complete": the HTML opens as on its own, and nothing in its
``_files`` folder (stylesheets, scripts, images, frames) is ever opened."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from sidebyside.compare import compare
from sidebyside.extract import extract_path
from sidebyside.report import write_report

PAGE = Path(__file__).parent.parent / "data" / "e2e" / "harbor-convoy.html"
_opened: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event == "open" and args and isinstance(args[0], (str, bytes)):
        _opened.append(args[0] if isinstance(args[0], str) else args[0].decode("utf-8", "replace"))


sys.addaudithook(_audit)  # audit hooks stay for the process: it only records


def _saved_complete(tmp_path: Path) -> Path:
    folder = tmp_path / "Convoy_files"
    folder.mkdir()
    for name, body in {
        "style.css": "body { background: url(bg.png) }",
        "script.js": "document.title = 'changed';",
        "photo.jpg": "\xff\xd8\xff",
        "frame.html": "<html><body><p>A frame that must never be read</p></body></html>",
    }.items():
        (folder / name).write_text(body, encoding="latin-1")
    html = PAGE.read_text(encoding="utf-8").replace(
        "</head>",
        '<link rel="stylesheet" href="Convoy_files/style.css"><script src="Convoy_files/script.js"></script></head>',
        1,
    ).replace(
        "</body>",
        '<img src="Convoy_files/photo.jpg"><iframe src="Convoy_files/frame.html"></iframe></body>', 1
    )
    page = tmp_path / "Convoy.html"
    page.write_text(html, encoding="utf-8")
    return page


def test_a_saved_complete_page_opens_as_the_page_alone_and_never_reads_its_folder(tmp_path, qapp):
    page = _saved_complete(tmp_path)
    alone = tmp_path / "alone" / "Convoy.html"
    alone.parent.mkdir()
    shutil.copy(page, alone)
    _opened.clear()
    article = extract_path(page)
    comparison = compare(article, extract_path(alone))
    write_report(comparison, tmp_path / "report.html")
    from sidebyside.ui.pdf import write_pdf

    write_report(comparison, tmp_path / "report.pdf", print_pdf=write_pdf)
    assert str(page) in _opened  # the hook does see the files that are read
    assert not [p for p in _opened if "Convoy_files" in p], _opened
    assert article.text == extract_path(alone).text
    assert "A frame that must never be read" not in article.text
