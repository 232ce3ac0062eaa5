"""Direct quotations: every common mark style, apostrophes that are not quotes, links between parts."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def quoted(text: str) -> list[str]:
    return [q.text for q in article_quotes(text)]


def test_offsets_slice_the_words_without_marks():
    text = 'Intro. "Issues of normalization were discussed," the statement read.'
    (q,) = article_quotes(text)
    assert text[q.start : q.end] == q.text == "Issues of normalization were discussed"


def test_straight_and_curly_double_quotes():
    assert quoted('He said "we will stay here for now" today.') == ["we will stay here for now"]
    assert quoted("He said “we will stay here for now” today.") == ["we will stay here for now"]


def test_single_quote_quotation_is_found_but_apostrophes_are_not():
    text = "Erdogan's aides, back in the '90s, played rock 'n' roll and said 'we are ready to talk now' on Monday."
    assert quoted(text) == ["we are ready to talk now"]
    assert quoted("The ministers’ meeting ended. It’s over, Assad’s office said.") == []


def test_straight_opening_mark_closed_by_a_curly_one():
    text = '"These guards are not the only ones,” Sasse said. "We will see.”'
    assert quoted(text) == ["These guards are not the only ones", "We will see."]


def test_guillemets_and_low_high_quotes():
    assert quoted("Il a dit «nous sommes prêts à discuter» hier.") == ["nous sommes prêts à discuter"]
    assert quoted("Er sagte „wir sind bereit zu reden“ gestern.") == ["wir sind bereit zu reden"]
    assert quoted("Il a dit « avec des espaces fines » hier.") == ["avec des espaces fines"]


def test_quote_over_several_paragraphs_is_one_utterance_in_parts():
    text = (
        '"The first paragraph of the statement goes on\n\n'
        '"The second paragraph continues it\n\n'
        '"And the last one ends here," the minister said.'
    )
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == [
        "The first paragraph of the statement goes on",
        "The second paragraph continues it",
        "And the last one ends here",
    ]
    assert {q.utterance for q in quotes} == {0}
    assert all(q.speaker == quotes[-1].speaker for q in quotes)


def test_unclosed_mark_is_not_a_quote():
    assert quoted('He is 6" tall and said nothing.\n\nThe next paragraph.') == []


def test_quote_split_by_its_attribution_is_two_linked_parts():
    text = '"We will not give up," he said, "whatever it costs us in the end."'
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["We will not give up", "whatever it costs us in the end."]
    assert quotes[0].utterance == quotes[1].utterance == 0


def test_two_separate_sentences_are_two_utterances():
    text = '"We will not give up." He paused. "Nobody asked us," he said.'
    quotes = article_quotes(text)
    assert [q.utterance for q in quotes] == [0, 1]


def test_nested_quote_points_to_its_outer_quote():
    text = "\"They called it 'a hostile act against our people' today,\" the envoy said."
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == [
        "They called it 'a hostile act against our people' today",
        "a hostile act against our people",
    ]
    assert quotes[1].nested_in == 0 and quotes[0].nested_in is None
    assert quotes[1].utterance != quotes[0].utterance


def test_nested_double_inside_single_quotes():
    text = "He wrote 'the so-called “peace plan” is dead' in a letter."
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["the so-called “peace plan” is dead", "peace plan"]
    assert quotes[1].nested_in == 0


def test_scare_quotes_are_fragments_and_statements_are_not():
    text = 'Both see the group as a common "enemy." Assad said it marks "a new facet" in ties.'
    text += ' "We will keep working with all our partners," the minister said.'
    kinds = [(q.text, q.kind) for q in article_quotes(text)]
    assert kinds == [
        ("enemy.", "fragment"),
        ("a new facet", "fragment"),
        ("We will keep working with all our partners", "statement"),
    ]


def test_no_text_no_quotes():
    assert article_quotes("") == ()
    assert article_quotes('"\n\n"') == ()


def test_short_utterances_are_statements_and_only_words_inside_a_sentence_are_fragments():
    text = (
        '"No comment," said the spokeswoman.\n\n'
        'The ministers said: "We are united."\n\n'
        'He said "we will win" twice.\n\n'
        'The attack was "unacceptable" and "a new low" for them.'
    )
    kinds = [(q.text, q.kind) for q in article_quotes(text)]
    assert kinds == [
        ("No comment", "statement"),
        ("We are united.", "statement"),
        ("we will win", "statement"),
        ("unacceptable", "fragment"),
        ("a new low", "fragment"),
    ]


def test_plural_possessive_apostrophe_inside_single_marks_does_not_close_the_quote():
    text = "A driver said: ‘We can’t go on. The drivers’ families are scared.’ Then he left."
    assert quoted(text) == ["We can’t go on. The drivers’ families are scared."]
    # a possessive-looking close with no later close still ends the quotation
    assert quoted("She called it ‘the boys’ and left.") == ["the boys"]
    # a second quotation in the paragraph is not swallowed
    assert quoted("They were ‘the drivers’ and ‘the guards’ then.") == ["the drivers", "the guards"]


def test_two_single_closing_marks_typed_for_a_double_one():
    text = "“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it is wrong.” Then he left."
    assert quoted(text) == ["It was an attempt to mislead voters", "And it is wrong."]


def test_nicknames_and_titles_are_no_quotations_but_sentences_between_names_are():
    assert quoted("Mark “Deep Throat” Felt died. Vincent \"the Oddfather\" Gigante did not.") == []
    assert quoted('He was a "full anorak" Doctor Who fan and fans of "Twilight" cheered.') == ["full anorak"]
    assert quoted("He told the BBC. “It is over.” Then he left.") == ["It is over."]


def test_a_straight_mark_glued_to_the_word_before_still_opens():
    # a copy that lost its space: 'estimates"at least 50 people"'
    assert quoted('Police estimates"at least 50 people" were hurt in the blast.') == ["at least 50 people"]
    assert quoted('The mayor said"We will rebuild the market," on Monday.') == ["We will rebuild the market"]


def test_inch_marks_after_digits_open_nothing():
    assert quoted('The shop sells 12"x12" tiles and 6" pipes.') == []
