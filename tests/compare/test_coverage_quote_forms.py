"""Quotations grouped across three outlets when one outlet types its marks oddly: a quote
nested in straight marks, a closing mark moved onto the next line, inch marks inside a quote.
Hand-written three-article sets, with negatives."""

from __future__ import annotations

from sidebyside.compare.coverage import cover
from sidebyside.compare.quotes import find_quotes
from tests.compare.helpers import article


def _groups_with(coverage, words: str):
    return [g for g in coverage.quotes if any(words in m.text for m in g.members)]


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


# --------------------------------------------------------------------------- nested straight marks


def test_a_quote_nested_in_straight_marks_keeps_the_whole_statement():
    text = ('"The accusations are "smoke screens" meant to hide the failures of the northern government," '
            "Minister Ahmed Said told reporters.")
    assert _quoted(text) == ['The accusations are "smoke screens" meant to hide the failures of the northern government',
                             "smoke screens"]
    nested = find_quotes(text)[1]
    assert nested.nested_in == 0


def test_a_statement_split_around_a_fragment_is_one_group_of_three():
    a = article("The minister spoke on Tuesday after the talks collapsed.",
                '"The accusations are "smoke screens" meant to hide the failures of the northern government," '
                "Minister Ahmed Said told reporters.",
                "Officials from the north did not reply.")
    b = article("Talks collapsed in the capital on Tuesday.",
                '"The accusations are smoke screens meant to hide the failures of the northern government," '
                "the minister, Ahmed Said, said.",
                "The north has denied any role.")
    c = article('The foreign minister, Ahmed Said, said the accusations were "smoke screens meant to hide the '
                'failures of the northern government."',
                "Talks in the capital ended without a deal on Tuesday.")
    groups = _groups_with(cover([a, b, c]), "meant to hide the failures")
    assert len(groups) == 1 and {m.article for m in groups[0].members} == {0, 1, 2}


def test_straight_marks_that_do_not_nest_stay_as_they_were():
    # a lost close, then a new quotation: no later mark closes a nested one
    assert _quoted('"We will fight, he said. "And we will win."') == ["We will fight, he said."]
    # one quotation after another
    assert _quoted('"It is over." "We lost."') == ["It is over.", "We lost."]


# --------------------------------------------------------------------------- closing mark on the next line


def test_a_closing_mark_moved_onto_the_next_line_closes_the_quotation():
    text = ('The flood hit the town.\n\n"We will rebuild every house in this town and nobody will be left behind.'
            '\n\n" Mayor Lena Ortiz said on Tuesday.')
    assert _quoted(text) == ["We will rebuild every house in this town and nobody will be left behind."]
    assert _quoted('"We lost.\n\n\u201d The coach said so.') == ["We lost."]


def test_a_paragraph_that_reopens_the_quotation_after_a_stray_space_still_does():
    assert _quoted('"We lost.\n\n" We will be back next year," the coach said.') == \
        ["We lost.", "We will be back next year"]
    assert _quoted('"We lost.\n\n" The coach said so. "We will be back next year."') == \
        ["We lost.", "We will be back next year."]


def test_a_closing_mark_on_the_next_line_is_grouped_across_outlets():
    a = article("The flood hit the town on Monday.",
                '"We will rebuild every house in this town and nobody will be left behind.',
                '" Mayor Lena Ortiz said on Tuesday.',
                "Crews worked all night.")
    b = article("The river fell on Tuesday.",
                '"We will rebuild every house in this town and nobody will be left behind," Mayor Lena Ortiz said.')
    c = article('Mayor Lena Ortiz promised: "We will rebuild every house in this town and nobody will be left behind."',
                "The river fell on Tuesday.")
    coverage = cover([a, b, c])
    groups = _groups_with(coverage, "nobody will be left behind")
    assert len(groups) == 1 and {m.article for m in groups[0].members} == {0, 1, 2}
    assert not _groups_with(coverage, "Mayor Lena Ortiz said on Tuesday")  # the attribution is no quotation


# --------------------------------------------------------------------------- inch marks


def test_inch_marks_inside_a_quotation_do_not_close_it():
    assert _quoted('"He is 6\'2\'\' tall and armed," the sheriff said.') == ["He is 6'2'' tall and armed"]
    assert _quoted('"He is 6\'2" tall and armed," the sheriff said.') == ['He is 6\'2" tall and armed']
    assert _quoted('"Bring a 12" pipe and a wrench," the plumber said.') == ['Bring a 12" pipe and a wrench']


def test_a_closing_mark_after_a_number_still_closes():
    # no later mark could close the quotation: the mark after the digit is its close
    assert _quoted('"The final score was 3-2" he said after the game.') == ["The final score was 3-2"]
    # a speech verb after the mark: the close, though another quotation follows
    assert _quoted('"The final score was 3-2" he said. Fans cheered "all night."') == \
        ["The final score was 3-2", "all night."]
    # an inch mark outside any quotation opens none
    assert _quoted('He bought a 12" pipe and said "it was cheap."') == ["it was cheap."]


def test_a_description_in_inches_is_grouped_across_outlets():
    a = article("Police searched the hills on Monday.",
                '"He is 6\'2\'\' tall and armed, so nobody should approach him," Sheriff Tom Reyes said.')
    b = article('"He is six foot two and armed, so nobody should approach him," Sheriff Tom Reyes said.',
                "The search went on into the night.")
    c = article('Sheriff Tom Reyes warned: "He is 6\'2" tall and armed, so nobody should approach him."',
                "Roadblocks stayed up on Tuesday.")
    groups = _groups_with(cover([a, b, c]), "nobody should approach him")
    assert len(groups) == 1 and {m.article for m in groups[0].members} == {0, 1, 2}


# --------------------------------------------------------------------------- negative


def test_two_quotations_sharing_a_phrase_are_two_groups():
    a = article("The dam held through the storm.",
                '"The dam is safe and the water in the valley is clean," the engineer, Mara Holt, said.',
                '"The dam is not the problem; the old pipes under the town are," Mayor Ben Kato said.')
    b = article('"The dam is safe and the water in the valley is clean," said Mara Holt, the engineer.',
                '"The dam is not the problem; the old pipes under the town are," said Ben Kato, the mayor.')
    c = article('Engineer Mara Holt said: "The dam is safe and the water in the valley is clean."',
                'Mayor Ben Kato said: "The dam is not the problem; the old pipes under the town are."')
    coverage = cover([a, b, c])
    safe = _groups_with(coverage, "water in the valley is clean")
    pipes = _groups_with(coverage, "old pipes under the town")
    assert len(safe) == 1 and len(pipes) == 1 and safe[0] is not pipes[0]
    assert all("old pipes" not in m.text for m in safe[0].members)
    assert all("water in the valley" not in m.text for m in pipes[0].members)


def test_a_year_or_a_number_that_ends_a_quotation_is_no_inch_mark():
    # the marks pair up (even in number): the mark after the year closes the first quotation
    assert _quoted('He said the "first 100" days were hard and called them "a test of nerve."') == \
        ["first 100", "a test of nerve."]
    assert _quoted('"We won 3-2\'\' he said. "It was hard.\'\'') == ["We won 3-2", "It was hard."]


# --------------------------------------------------------------------------- a close lost with its line


def test_a_first_person_quotation_left_open_at_its_paragraph_end_is_a_quotation():
    text = ('He spoke last.\n\n"And I just wanted to say that I will not bring dishonor to the decision to spare '
            'my life.\n\nThe sentence caps three years of efforts.')
    assert _quoted(text) == ["And I just wanted to say that I will not bring dishonor to the decision to spare my life."]
    # narration after a stray mark is no quotation, nor a "we" that may be the paper's own
    assert _quoted('He spoke last.\n\n"The council met on Monday and voted on the plan.\n\nThe vote was close.') == []
    assert _quoted('He spoke last.\n\n"We have done nothing wrong, and Smith knew it.\n\nThe vote was close.') == []


# --------------------------------------------------------------------------- a statement over its attribution


def test_a_statement_one_outlet_quotes_whole_joins_the_parts_another_splits_by_its_attribution():
    a = article("The families spoke after the verdict.",
                '"I believe he did not win.',
                'In his own words, he said it is not in his nature to stay in jail," said Maria Lopez, '
                "daughter of the slain judge.",
                '"Which is what he faces for the rest of his life. I am not bitter and I have no regrets."')
    b = article("Relatives of the victims spoke to reporters.",
                '"I believe he did not win.',
                "In his own words, he said it is not in his nature to stay in jail, which is what he faces for "
                'the rest of his life," said Maria Lopez.',
                '"I am not bitter and I have no regrets."')
    c = article('Maria Lopez said: "In his own words, he said it is not in his nature to stay in jail, which is what '
                'he faces for the rest of his life. I am not bitter and I have no regrets."',
                "The jury deliberated for a week.")
    coverage = cover([a, b, c])
    groups = _groups_with(coverage, "no regrets")
    assert len(groups) == 1 and {m.article for m in groups[0].members} == {0, 1, 2}
    for m in groups[0].members:
        assert "in his nature" in m.text and "no regrets" in m.text
    assert len([g for g in coverage.quotes if any("in his nature" in m.text for m in g.members)]) == 1


def test_two_statements_no_outlet_quotes_as_one_stay_two_groups():
    a = article("The mayor spoke on Monday.",
                '"We will rebuild the bridge over the river by the spring," said the mayor, Ana Ruiz.',
                '"The school on the hill will open again in May."')
    b = article('"We will rebuild the bridge over the river by the spring," the mayor, Ana Ruiz, said.',
                "Work starts next week.")
    c = article('"The school on the hill will open again in May," Mayor Ana Ruiz said.',
                "Parents welcomed the news.")
    coverage = cover([a, b, c])
    bridge = _groups_with(coverage, "rebuild the bridge")
    school = _groups_with(coverage, "school on the hill")
    assert len(bridge) == 1 and len(school) == 1 and bridge[0] is not school[0]
    assert {m.article for m in bridge[0].members} == {0, 1} and {m.article for m in school[0].members} == {0, 2}
