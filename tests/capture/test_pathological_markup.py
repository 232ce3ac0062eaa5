"""Markup built to make regular expressions backtrack: every capture stays fast.

A SIGALRM guard turns a catastrophic backtrack (which would otherwise hang the suite) into a
failure: Python's regex engine checks for signals while it runs.
"""

from __future__ import annotations

import signal
import time

import pytest

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


@pytest.fixture
def alarm():
    """Fail (instead of hanging) when a capture takes more than a few seconds of wall time."""

    def timeout(signum, frame):
        raise TimeoutError("capture did not finish within 60 s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.setitimer(signal.ITIMER_REAL, 60.0)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_markup_captures_fast(name, alarm):
    started = time.process_time()
    try:
        capture_bytes(CASES[name].encode(), path="hostile.html")
    except CaptureError:
        pass
    elapsed = time.process_time() - started
    assert elapsed < 10, f"hang guard: {name}: {elapsed:.2f} s CPU"
