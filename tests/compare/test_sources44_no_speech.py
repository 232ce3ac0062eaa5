"""Verbs in senses that are no speech, the writer's own asides and suppositions, and a paper's
column taken for a person (issue 12; the sources a reader of session 22 judged wrong,
benchmarks/data/read_pairs/reader26.md). Hand-written texts, each with a negative: the verb
that reports words stays a source."""

from __future__ import annotations

from .helpers import sources_of


# "posted a record": a tally, not a post


def test_posting_a_record_is_no_source():
    assert sources_of("Dan Merrow was hired in 2019 and posted a record of 40-38.") == {}
    assert sources_of("Dan Merrow posted a 40-38 record in his first season.") == {}
    assert sources_of("The bakery posted a loss of $3 million.") == {}


def test_posting_words_stays_a_source():
    assert "Ann Lee" in sources_of("Ann Lee posted on Facebook that the road was closed.")
    # (a video "of" something shows it, says nothing: "posted a video of the flood" cites no one since
    # session 26, reader29's "released two videos of them"; a video message is words)
    assert "Ann Lee" in sources_of("Ann Lee posted a video message on Friday.")
    assert sources_of("Ann Lee posted a video of the flood on Friday.") == {}
    assert "Ann Lee" in sources_of('"We are back," Ann Lee posted on Instagram.')


# "concluded its hearing": an institution holding a hearing


def test_concluding_a_hearing_is_no_source():
    assert sources_of("The House of Representatives concluded its third public hearing on Tuesday.") == {}


def test_concluding_words_stays_a_source():
    assert "the committee" in sources_of("The committee concluded the inquiry was flawed.")
    assert "the report" in sources_of("The report concluded that the plan had failed.")
    assert "Ann Lee" in sources_of('"We will win," Ann Lee concluded.')
    assert "Ann Lee" in sources_of('Ann Lee concluded: "We will win."')


# "released a letter from his physician": another's words passed on


def test_releasing_anothers_letter_is_no_source():
    assert sources_of("In December, Tom Rell released a letter from his physician Dr. Ivo Brandt.") == {}
    assert sources_of("The family released a statement from their lawyer on Monday.") == {}


def test_releasing_ones_own_statement_stays_a_source():
    assert "Tom Rell" in sources_of("Tom Rell released a statement on Friday.")
    assert "Tom Rell" in sources_of("Tom Rell released a statement from the White House.")


# the writer's supposition and aside


def test_a_supposition_is_no_source():
    assert sources_of("If it seemed like Tom Rell had written the letter himself, it's because he had!") == {}
    assert sources_of("It felt as though Tom Rell had said it all before.") == {}


def test_a_condition_before_the_clause_leaves_it_a_source():
    assert "Tom Rell" in sources_of("If elected, Tom Rell said, he would cut taxes.")
    assert "Tom Rell" in sources_of("Even if the plan fails, Tom Rell said, he will stay.")
    assert "Tom Rell" in sources_of("Tom Rell said that if he won he would cut taxes.")


def test_worth_noting_is_the_writers_aside():
    assert sources_of("Tom Rell is president. (Rell, it's also worth noting, repeatedly sought to keep his "
                      "records secret.)") == {}


def test_noting_with_a_subject_stays_a_source():
    assert "Tom Rell" in sources_of("Tom Rell, noting the cost, said the plan was dead.")


# a paper's column is no person


def test_a_papers_column_is_the_medium():
    assert sources_of("That is 13,000 false claims, according to The Daily Star's Fact Checker.") \
        == {"Fact Checker": "media"}
    assert sources_of("That is false, according to the Riverton Gazette's Fact Checker.") == {"Fact Checker": "media"}


def test_a_papers_writer_stays_a_person():
    assert sources_of("That is false, according to The Washington Post's Howard Kurtz.") == {"Howard Kurtz": "person"}
    assert sources_of("That is false, according to the Daily Star's Glenn Kessler.") == {"Glenn Kessler": "person"}


# an officer of a body is a person, not the body


def test_an_officer_of_a_body_is_the_source():
    assert sources_of("A former treasurer of a youth football league testified on Wednesday that the books "
                      "were false.") == {"a former treasurer of a youth football league": "anonymous"}
    assert sources_of("The secretary of the league said the books were false.") == {"the secretary of the league": "person"}


def test_officials_of_a_body_are_still_the_body():
    assert "the World Health Organization" in sources_of(
        "Officials of the World Health Organization said the outbreak was over.")


# a paper named by its edition is the paper


def test_a_paper_named_by_its_edition_is_the_medium():
    assert sources_of("That is false, the Sunday Times reported.") == {"the Sunday Times": "media"}
    assert sources_of("That is false, the Evening Standard reported.") == {"the Evening Standard": "media"}
    assert sources_of("That is false, according to The Daily Star.") == {"the Daily Star": "media"}
    assert sources_of("The Sunday Times reported that the deal was off.") == {"the Sunday Times": "media"}


def test_an_edition_word_is_no_paper_without_the_article():
    assert "the Sunday Times" not in sources_of("Tom Rell said on Sunday Times were hard.")
    assert sources_of("That is false, according to the Daily Star's Glenn Kessler.") == {"Glenn Kessler": "person"}
