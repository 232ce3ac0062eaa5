"""No junk speaker: a pronoun with its verb ("I'm"), a word that only opens its sentence
("Consultada"), a name that only modifies the noun that speaks ("the Obama administration's
comments") are no one's names. Hand-written texts."""

from __future__ import annotations

import bisect

from sidebyside.compare import article_quotes
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution import Attribution


def test_a_pronoun_and_its_verb_is_no_speaker():
    text = ("First, I need to say something about this post: the reason I’m writing it angers me. I’m actually too "
            "mad to shout. This is about a flood of deliberate mischaracterization that “shame” cannot even come close to describing.")
    assert [q.speaker for q in article_quotes(text)] == [None]


def test_a_word_opening_its_sentence_before_a_colon_is_no_speaker():
    text = ("La guerra se cobró 40.000 vidas en los años 90.\n\nConsultada sobre esta desproporción, una fuente de los "
            'servicios nos la resumió así: "La estrategia es realizar sabotajes, movilizaciones y mucha prensa".')
    assert [q.speaker for q in article_quotes(text)] == [None]


def test_a_name_opening_its_sentence_before_a_colon_still_speaks_when_the_text_names_him():
    text = ("Senator Ann Lee met the governor on Monday. The two spoke for an hour.\n\n"
            'Lee, in a statement after the meeting: "We have agreed on the budget and on nothing else."')
    assert [q.speaker for q in article_quotes(text)] == ["Ann Lee"]


def test_a_name_before_the_noun_it_modifies_is_not_the_speaker():
    text = ("President Barack Obama called the prime minister. "
            "The Obama administration’s first comments came with a warning.")
    attribution = Attribution(ArticleText(text))
    k = max(i for i, t in enumerate(attribution.tokens) if t.text == "Obama")
    run = attribution._run_starting(k)
    assert run is not None and attribution._speaker_of_run(run, attribution.tokens[k].start) is None
    first = attribution._run_starting(bisect.bisect_left(attribution.at.token_starts, text.index("Barack")))
    assert attribution._speaker_of_run(first, 0).name == "Barack Obama"
