"""What capture repaired is told in the article's warnings, for HTML and text alike."""

from __future__ import annotations

from sidebyside.capture import capture_bytes
from sidebyside.extract import extract

PROSE = (
    "The committee met on Tuesday to discuss the new budget proposal, which officials said would "
    "increase spending on schools and hospitals over the next three years. "
) * 4


def test_capture_warnings_reach_an_html_article():
    page = f"<html><head><title>Budget</title></head><body><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    capture = capture_bytes(page.encode("utf-8").replace(b"committee", b"comm\x00ittee", 1), path="page.html")
    assert capture.warnings
    article = extract(capture)
    assert article.warnings[: len(capture.warnings)] == capture.warnings
    assert "\x00" not in article.text


def test_capture_warnings_reach_a_text_article():
    capture = capture_bytes((PROSE + "\n\n" + PROSE).encode("utf-8").replace(b"budget", b"bud\x00get", 1), path="copy.txt")
    assert capture.warnings
    assert set(capture.warnings) <= set(extract(capture).warnings)
