"""The text model of one article: tokens, sentences, paragraphs, quoted parts and name runs,
all as offsets into the article's text, built once."""

from __future__ import annotations

import pytest

from hang_guards import cpu_guard
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.quotes import find_quotes
from sidebyside.model import Block


def run_texts(at: ArticleText) -> list[str]:
    return [at.text[at.tokens[i].start : at.tokens[j - 1].end] for i, j in at.cap_runs]


def test_offsets_slice_the_text():
    text = 'Mr. Brown said: "We will stay."\n\nThe minister’s aides left on Tuesday.'
    at = ArticleText(text)
    assert [text[t.start : t.end] for t in at.tokens][:4] == ["Mr", "Brown", "said", "We"]
    assert [text[s.start : s.end] for s in at.sentences] == [
        'Mr. Brown said: "We will stay."',
        "The minister’s aides left on Tuesday.",
    ]
    assert [text[a:b] for a, b in at.paragraphs] == ['Mr. Brown said: "We will stay."', "The minister’s aides left on Tuesday."]
    (quote,) = at.quotes
    assert text[quote.start : quote.end] == "We will stay."
    assert at.in_quote(text.index("will")) and not at.in_quote(text.index("said"))


def test_lookups_find_the_token_sentence_and_paragraph_of_an_offset():
    text = "One two. Three four.\n\nFive six."
    at = ArticleText(text)
    assert at.tokens[at.token_at(text.index("hree"))].text == "Three"
    assert at.token_at(text.index(" four")) is None  # a space is in no token
    assert [at.tokens[i].text for i in at.token_range(text.index("Three"), len(text))] == ["Three", "four", "Five", "six"]
    assert at.sentence_at(text.index("four")) == 1
    assert at.paragraph_at(text.index("six")) == 1 and at.paragraph_at(0) == 0


def test_name_runs_keep_initials_titles_and_particles_and_stop_at_a_possessive():
    at = ArticleText(
        "Sen. Joseph R. McCarthy met Bashar al-Assad in the Oval Office. "
        "Later Mr. Brown spoke. Erdogan's office said nothing."
    )
    runs = run_texts(at)
    assert "Sen. Joseph R. McCarthy" in runs
    assert "Bashar al-Assad" in runs
    assert "Oval Office" in runs
    assert "Erdogan" in runs and not any(r.startswith("Erdogan ") for r in runs)


def test_a_sentence_end_after_an_initial_like_word_still_breaks_the_run():
    runs = run_texts(ArticleText("The plan came from the US. Officials in Washington agreed."))
    assert "US" in runs and "US. Officials" not in " | ".join(runs)


def test_invisible_characters_stay_inside_a_word_and_leave_its_folded_form():
    text = "The fir\u00ading went on; Erdo\u200bğan left."
    at = ArticleText(text)
    assert [t.norm for t in at.tokens] == ["the", "firing", "went", "on", "erdogan", "left"]
    assert text[at.tokens[1].start : at.tokens[1].end] == "fir\u00ading"


def test_unmarked_block_quotations_are_quoted_parts():
    text = "The ministry issued a statement:\n\nAll roads are open again.\n\n— Ministry of Transport (@mot) May 2"
    second, third = text.index("All"), text.index("—")
    blocks = (Block("paragraph", 0, second - 2), Block("blockquote", second, third - 2), Block("blockquote", third, len(text)))
    at = ArticleText(text, blocks)
    assert [text[q.start : q.end] for q in at.quotes] == ["All roads are open again."]
    assert at.credits[0][0] == "Ministry of Transport"


def test_empty_text():
    at = ArticleText("")
    assert (at.tokens, at.sentences, at.paragraphs, at.quotes, at.cap_runs) == ([], [], [], [], [])


@pytest.mark.parametrize(
    "page",
    [
        '"word ' * 100_000,
        "«word " * 100_000,
        "“word " * 100_000,
        "‘word " * 100_000,
        "“‘«word " * 50_000,
        "«" * 1_000_000,
        "‘word ’s " * 100_000,
        ('"Hello there friend," Smith said. ' * 5_000 + "\n\n") * 6,
    ],
    ids=["straight", "guillemets", "curly", "single", "nested", "million-guillemets", "apostrophes", "said"],
)
def test_quote_finding_on_a_page_of_marks_does_not_hang(page):
    """Guards a hang only (benchmarks/hostile.py measures the text model of such pages)."""
    with cpu_guard("text:hostile-page"):
        find_quotes(page)
