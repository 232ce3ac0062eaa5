"""A dump wrapped at a wide width (lynx -width=200, a wide terminal) is joined back like one at 80."""

import textwrap

import pytest

from sidebyside.extract.text.unwrap import unwrap, wrap_width

SENTENCES = [
    "The council met on Tuesday evening to discuss the new bus routes that will link the northern estates to the hospital and the station.",
    "Residents had asked for the change for years, saying the old timetable left them waiting in the cold for most of an hour at a time.",
    "The transport officer said the first buses would run in March, once the drivers had been trained and the new shelters had been built.",
    "Several members questioned the cost, which the report puts at just over two million pounds for the first three years of the service.",
    "A vote is expected next month, after a public consultation that will be held in the libraries and the community centres of the area.",
]


def _paragraphs(n: int) -> list[str]:
    return [" ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)) for i in range(n)]


def test_paragraphs_wrapped_at_200_columns_are_joined():
    paragraphs = _paragraphs(12)
    text = "\n\n".join(textwrap.fill(p, 200) for p in paragraphs)
    assert len(text.splitlines()) > 2 * len(paragraphs)
    assert wrap_width(text.splitlines()) is not None
    assert [line for line in unwrap(text).splitlines() if line] == paragraphs


def test_one_paragraph_a_line_of_200_to_240_characters_is_left_alone():
    # a browser's copy: each paragraph on a line of its own, many of them about as long
    lines = [(SENTENCES[i % 5] + " " + SENTENCES[(i + 1) % 5])[: 200 + 5 * i].rstrip() + "." for i in range(8)]
    text = "\n\n".join(["Council news", "By a staff writer"] + lines + ["Share this story"])
    assert wrap_width(text.splitlines()) is None
    assert unwrap(text) == text


@pytest.mark.parametrize("width", [60, 64, 76, 80])
def test_a_line_opening_with_words_bound_by_no_break_spaces_is_joined(width):
    # a dump tool breaks lines at plain spaces only: "the first buses would run" bound by no-break
    # spaces is one word to it, so a line opening with it was wrapped there and goes on the paragraph
    bound = [s.replace("the first buses would run", "the\u00a0first\u00a0buses\u00a0would\u00a0run")
             .replace("has been", "has\u00a0been") for s in SENTENCES]
    paragraphs = [" ".join(bound[(i + k) % len(bound)] for k in range(3)) for i in range(12)]
    text = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
    assert any(line.startswith(("the\u00a0first", "has\u00a0been")) for line in text.splitlines())
    assert [line for line in unwrap(text).splitlines() if line] == paragraphs
