"""A quotation over paragraphs whose later opening marks were lost (compare/quotes.py): it runs on
to the paragraph that closes it when the evidence is clear, and nowhere else. Hand-written
paragraphs, negatives included."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare import article_quotes
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.quotes import find_quotes
from sidebyside.settings import DEFAULT

OPENING = 'Tara Reid has entered a rehab program.\n\n"I didn\'t know it was going to ruin my career.\n\n'


def test_a_paragraph_that_closes_without_opening_ends_the_quotation_before_it():
    text = OPENING + "I'm not just a party girl,\" Reid said.\n\nReid launched a clothing line."
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["I didn't know it was going to ruin my career.", "I'm not just a party girl"]
    assert quotes[0].utterance == quotes[1].utterance == 0
    assert {q.speaker for q in quotes} == {"Tara Reid"}  # the credit after the close speaks for every part


def test_unmarked_paragraphs_between_run_on_too():
    text = OPENING + "People forget I've done twenty movies.\n\nI'm not just a party girl.\"\n\nShe left."
    quotes = article_quotes(text)
    assert [q.text for q in quotes][1:] == ["People forget I've done twenty movies.", "I'm not just a party girl."]
    assert len({q.utterance for q in quotes}) == 1
    at = ArticleText(text)
    assert at.in_quote(text.index("twenty movies"))  # the speaker's words, not the outlet's
    assert not at.in_quote(text.index("She left"))


def test_a_closing_paragraph_with_its_own_opening_is_no_continuation():
    text = OPENING + 'Her agent called it "a mess" and moved on."\n\nShe left.'
    assert "Her agent called it" not in " ".join(q.text for q in article_quotes(text))


def test_no_quotation_runs_on_without_an_opening_left_open_before():
    text = "Tara Reid has entered a rehab program.\n\nShe spoke on Tuesday.\n\nI'm not just a party girl.\"\n\nShe left."
    assert not article_quotes(text)


def test_a_paragraph_with_a_quotation_of_its_own_breaks_the_chain():
    text = OPENING + 'Her agent said "no comment" on Monday.\n\nI\'m not just a party girl."\n\nShe left.'
    texts = [q.text for q in article_quotes(text)]
    assert "I'm not just a party girl." not in texts and "no comment" in texts


def test_an_inch_mark_closes_nothing():
    text = OPENING + 'The crew laid a 12" pipe.\n\nShe left.'
    assert all("pipe" not in q.text for q in article_quotes(text))


def test_the_chain_is_bounded():
    filler = "".join(f"Sentence {k} of the writer.\n\n" for k in range(8))
    text = OPENING + filler + "I'm not just a party girl.\"\n\nShe left."
    assert all("party girl" not in q.text for q in article_quotes(text))
    assert any("party girl" in text[q.start : q.end] for q in find_quotes(text, settings=replace(DEFAULT.compare.attribution, lost_mark_paragraphs=9)))


def test_a_paragraph_that_reopens_the_quotation_carries_the_chain_on():
    # each sentence its own paragraph: a quoted paragraph of two sentences left open, then a
    # second one re-opened and closed ('“A. / B. / “C. / D.”'), all the coach's
    text = ('The team placed him on the injured list.\n\n“He had a setback,” coach Sean Payton said.\n\n'
            '“We got to that point with him.\n\nHe came back and was effective.\n\n'
            '“We want to do what is best.\n\nWe thought it was the best move.”\n\nThe team plays on Saturday.')
    quotes = article_quotes(text)
    assert [q.text for q in quotes][1:] == ["We got to that point with him.", "He came back and was effective.",
                                           "We want to do what is best.", "We thought it was the best move."]
    assert {q.speaker for q in quotes} == {"Sean Payton"}
    assert not ArticleText(text).in_quote(text.index("plays on Saturday"))


def test_a_reopened_paragraph_never_closed_carries_nothing():
    text = ('“He had a setback,” coach Sean Payton said.\n\n“We got to that point with him.\n\n'
            'The team signed a new back.\n\n“We want to do what is best.\n\nThe team plays on Saturday.')
    texts = [q.text for q in article_quotes(text)]
    assert "The team signed a new back." not in texts and "The team plays on Saturday." not in texts


def test_a_paragraph_quoted_whole_ends_the_chain_it_reopens():
    text = ('“Being asked to play the Doctor is a privilege,” Peter Capaldi said.\n\n“I haven\'t played it since I was nine.\n\n'
            'As an adult actor I\'ve never worked on it.\n\n“I downloaded some old scripts from the internet.”\n\n'
            'The role will be a change.')
    quotes = article_quotes(text)
    assert [q.text for q in quotes][1:] == ["I haven't played it since I was nine.", "As an adult actor I've never worked on it.",
                                           "I downloaded some old scripts from the internet."]
    assert {q.speaker for q in quotes} == {"Peter Capaldi"}


def test_a_paragraph_with_its_own_attribution_does_not_reopen():
    text = ('“He had a setback,” coach Sean Payton said.\n\n“We got to that point with him.\n\n'
            'The team signed a new back.\n\n“We are ready,” the new back said on Monday.\n\nThe team plays on Saturday.')
    assert "The team signed a new back." not in [q.text for q in article_quotes(text)]


def test_a_quotation_left_open_at_the_end_runs_on_through_first_person_paragraphs():
    text = ('A climber died on the glacier.\n\nA Foreign Office spokeswoman said: "We are aware of the death of a British man.\n\n'
            'We are providing consular assistance at this time.\n\n')
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["We are aware of the death of a British man.",
                                        "We are providing consular assistance at this time."]
    assert {q.speaker for q in quotes} == {"A Foreign Office spokeswoman"}


def test_narration_after_a_quotation_left_open_at_the_end_is_no_quotation():
    text = ('A climber died on the glacier.\n\nA Foreign Office spokeswoman said: "We are aware of the death of a British man.\n\n'
            'The ministry gave no name.')
    assert all("gave no name" not in q.text for q in article_quotes(text))


def test_a_quotation_left_open_before_its_attribution_closes_at_the_comma():
    from sidebyside.compare import article_quotes

    text = ('The two men were charged on Monday.\n\n"We have done nothing wrong and we will prove it in court, '
            'the two men said in a statement.\n\nThe case continues on Friday.')
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["We have done nothing wrong and we will prove it in court"]
    assert quotes[0].speaker == "two men"
    # a comma before words that report no one leaves the paragraph no quotation
    assert article_quotes('"We have done nothing wrong, and Smith knew it.\n\nThe case continues.') == ()


# A quotation left open at its paragraph's end, then the writer's own report of someone else:
# the quotation closes at its paragraph's end, and the marks after it pair as written.
UNCLOSED = ('Analysts expect the deal to close in March.\n\n'
            'If the talks fail, market analyst Dana Pruitt said: "the smaller firm will look for another buyer.\n\n'
            'However, Osric Lund said the company would keep its suppliers.\n\n'
            '"Our suppliers stay with us.\n\n'
            'We have signed for five years," he said.\n\nThe shares rose.')


def test_an_unclosed_quotation_closes_at_its_paragraph_before_the_writers_report():
    quotes = article_quotes(UNCLOSED)
    assert [q.text for q in quotes] == ["the smaller firm will look for another buyer.", "Our suppliers stay with us.",
                                        "We have signed for five years"]
    assert quotes[0].speaker == "Dana Pruitt"
    assert quotes[1].speaker == quotes[2].speaker == "Osric Lund"  # not the analyst's, carried over the report
    assert not ArticleText(UNCLOSED).in_quote(UNCLOSED.index("keep its suppliers"))


def test_a_speakers_own_words_without_their_mark_still_run_on():
    # the paragraph between names someone with a speech verb, but speaks in the first person: the
    # speaker's words, their opening mark lost
    text = ('The mayor spoke on Monday.\n\n"We will rebuild the bridge.\n\n'
            'Councillor Ames said we could not wait, and I agree.\n\nWork starts in May," Mayor Ida Vance said.\n\nShe left.')
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["We will rebuild the bridge.", "Councillor Ames said we could not wait, and I agree.",
                                        "Work starts in May"]
    assert {q.speaker for q in quotes} == {"Ida Vance"}


def test_a_reopened_multi_paragraph_quotation_still_runs_on():
    text = ('The club sold its ground.\n\n"We had no choice," chairman Piet Roos said.\n\n'
            '"The debts were too high.\n\n"The banks would not wait.\n\n"We start again next year."\n\nFans protested.')
    quotes = article_quotes(text)
    assert [q.text for q in quotes][1:] == ["The debts were too high.", "The banks would not wait.", "We start again next year."]
    assert len({q.utterance for q in quotes[1:]}) == 1
    assert {q.speaker for q in quotes} == {"Piet Roos"}


def test_nested_single_marks_inside_an_unclosed_quotation_stay_inside():
    text = ('Pruitt spoke after the vote.\n\n'
            'Analyst Dana Pruitt said: "they told me \'wait for March\' and I did.\n\n'
            'However, Osric Lund said the vote was fair.\n\n"It was fair," Lund said.')
    quotes = article_quotes(text)
    outer = next(q for q in quotes if q.text.startswith("they told me"))
    inner = next(q for q in quotes if q.text == "wait for March")
    assert outer.text == "they told me 'wait for March' and I did."
    assert inner.nested_in is not None
    assert next(q for q in quotes if q.text == "It was fair").speaker == "Osric Lund"


def test_an_unclosed_mark_after_a_comma_before_the_writers_report_is_no_quotation():
    # nothing but the comma tells where the words end: none of them is credited, and the report
    # after them does not carry the analyst on to the next speaker's words
    text = UNCLOSED.replace('Pruitt said: "', 'Pruitt said, "')
    quotes = article_quotes(text)
    assert "the smaller firm will look for another buyer." not in [q.text for q in quotes]
    assert {q.speaker for q in quotes if "suppliers" in q.text or "five years" in q.text} == {"Osric Lund"}
