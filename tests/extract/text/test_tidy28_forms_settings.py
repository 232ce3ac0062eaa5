"""The text forms' readers (Markdown dumps, side-by-side columns) take the settings the
extraction was called with: a changed ``unwrap_min_width`` reaches the Markdown wrap test.
Invented story."""

from __future__ import annotations

import dataclasses
import textwrap

from sidebyside.extract.text.forms import from_markdown
from sidebyside.settings import DEFAULT

PARAS = [
    "The [harbour board](https://example.org/board) met on Monday to discuss the plan for the new "
    "[quay](https://example.org/quay), which has been delayed twice since the storms of last winter "
    "damaged the old pier beyond repair.",
    "Engineers told the board that the work could start in the spring if the "
    "[council](https://example.org/council) approves the budget, and that the quay would be ready for "
    "the ferries by the following summer.",
    "Residents who live near the harbour said they welcomed the plan but worried about the noise of the "
    "pile drivers, which the [board](https://example.org/board) promised to limit to working hours.",
    "The [town council](https://example.org/town-council) will vote on the budget next month, after a "
    "public meeting in the town hall where the engineers will answer questions from the residents.",
]
# wrapped at 78 columns, as html2text does, with no address broken at a line's end
DUMP = "\n\n".join(textwrap.fill(p, 78, break_long_words=False, break_on_hyphens=False) for p in PARAS) + "\n"


def test_a_wrapped_markdown_dump_is_joined_at_the_default_width():
    assert "](https://example.org/quay), which has been" not in from_markdown(DUMP)
    assert "The harbour board met on Monday to discuss the plan for the new quay, which has been delayed" \
        in from_markdown(DUMP)


def test_the_wrap_test_reads_the_settings_it_is_given():
    # a wrap width at least 100 wanted: the dump's 78 columns show no wrap, its lines stay
    settings = dataclasses.replace(DEFAULT.extract.text, unwrap_min_width=100)
    out = from_markdown(DUMP, settings)
    assert "The harbour board met on Monday to discuss the plan for the new quay, which has been delayed" \
        not in out
    assert "](" not in out  # (still read as Markdown: the links' text kept)
