"""The narrator ("said I") resolved with the other pronouns, crediting only the words beside its clause (issue 12)."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _credits(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_rule) for q in article_quotes(text)]


def test_said_i_after_the_words_is_the_narrator():
    assert _credits('I looked at the clerk. "Who are you?" said I.') == [("the narrator", "narrator/right-after")]


def test_i_said_before_the_words_is_the_narrator():
    assert _credits('The clerk sat down. I said to him, "Put up your money."') == [("the narrator", "narrator/before-in-sentence")]


def test_a_split_quotation_around_exclaimed_i_is_the_narrators_both_parts():
    text = ('Upon asking him why he did not write, he said that he had decided upon doing no more writing.\n\n'
            '"Why, how now? what next?" exclaimed I, "do no more writing?"')
    assert [speaker for speaker, _ in _credits(text)] == ["the narrator", "the narrator"]


def test_words_carried_on_after_the_narrators_clause_are_not_the_narrators():
    # the reply in the next paragraph is the other's: the narrator speaks only beside its clause
    text = 'I called to him, "Examine this paper with me."\n\n"I would prefer not to."'
    assert _credits(text)[1] == (None, "guard-narrator-apart")


def test_an_i_inside_a_quotation_is_no_narrator():
    # negatives: "I" inside the words is the speaker's, the narration's "she" decides
    assert [q.speaker for q in article_quotes('Ann Lee came home. "I said no," she said.')] == ["Ann Lee"]
    assert [q.speaker for q in article_quotes('"When I said it, I meant it."')] == [None]
