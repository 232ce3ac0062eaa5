"""Markup built to make regular expressions backtrack: every capture finishes.

A CPU-time hang guard (tests/hang_guards.py) turns a catastrophic backtrack, which would
otherwise hang the suite, into a failure: Python's regex engine checks for signals while it
runs. benchmarks/big_inputs.py measures how fast these captures are.
"""

from __future__ import annotations

import pytest
from hang_guards import cpu_guard

from sidebyside.capture import capture_bytes
from sidebyside.errors import CaptureError

CASES = {
    "runs of comments before text": "<!-- x -->" * 40 + "plain text follows",
    "unclosed comments": "<!--" * 16000,
    "unclosed comments in html": "<html>" + "<!--" * 16000,
    "a 200 KB attribute name": "<html><head><meta " + "a" * 200_000 + "></head></html>",
    "100,000 attributes": "<html><head><link " + "a=b " * 100_000 + "></head></html>",
    "20,000 charset-less metas": "<html><head>" + "<meta charset" * 20_000 + "</head></html>",
    "a SingleFile marker after 4,000 comments": "<!--" * 4000 + " saved with SingleFile " + "x" * 10_000,
    "repeated saved-from marks": "<!-- saved from url=(9999)" * 500,
    "30,000 open paragraphs": "<p " * 30_000,
    "200,000 less-than signs": "<" * 200_000,
    "100,000 unclosed anchors": "<a" * 100_000,
    "20,000 MIME header lines": "MIME-Version: 1.0\n" + "X-A: b\n" * 20_000 + "\n",
    "a MIME body of dashes": "MIME-Version: 1.0\nContent-Type: multipart/related\n\n" + "--" * 50_000,
    "20,000 xml declarations": "<?xml " * 20_000,
    "nested quotes in a charset meta": "<html><head>" + '<meta content="' * 5000 + "charset=utf-8></head></html>",
}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_markup_captures_finish(name):
    with cpu_guard("capture:pathological-markup", what=name):
        try:
            capture_bytes(CASES[name].encode(), path="hostile.html")
        except CaptureError:
            pass
