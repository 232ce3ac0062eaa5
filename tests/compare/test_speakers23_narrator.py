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


# --- "he said" with no subject before it: the one person the paragraphs just before name ---

def test_he_said_is_the_one_person_the_paragraphs_before_name():
    # a lone name counts once the text showed it speaking ('"I would prefer not to," said Bartleby')
    text = ('"I would prefer not to," said Bartleby.\n\n'
            'The next morning the office was busy. The copies were ready at noon. Nobody had touched the '
            'papers on the desk by the window, and the clock struck twelve as it always did.\n\n'
            'I called to Bartleby to join this group.\n\n'
            'I heard a low scrape of a chair on the floor, and soon he appeared at the door.\n\n'
            '"What is wanted?" said he mildly.')
    assert _credits(text)[1] == ("Bartleby", "right-after/lone-person")


def test_he_said_after_two_names_or_a_stranger_is_no_one():
    # negatives: two people named, or one described and not named, may be "he"
    two = ('As Nippers, looking very sour, was departing, Turkey blandly approached.\n\n'
           '"With submission, sir," said he.')
    assert _credits(two)[0][0] is None
    stranger = ('"No," said Bartleby.\n\nI called to Bartleby to join this group. Then a neighbor came in.\n\n'
                '"What is wanted?" said he.')
    assert _credits(stranger)[1][0] is None


def test_a_name_inside_the_words_is_not_the_one_he_stands_for():
    text = ('"No," said Bartleby.\n\nThe office was busy all morning, and the copies were late again.\n\n'
            'The clock struck twelve.\n\nI called to him from the door.\n\n'
            '"Bartleby! quick, I am waiting."\n\n'
            '"What is wanted?" said he.')
    assert _credits(text)[2][0] is None


def test_said_nothing_is_silence_not_a_clause():
    text = 'Ann Lee came in. John Smith answered nothing.\n\n"Will you go?"'
    assert [q.speaker for q in article_quotes(text)] == [None]
    # negative: "said" with words after it stays a clause
    assert [q.speaker for q in article_quotes('John Smith said: "Nothing will change."')] == ["John Smith"]


def test_he_said_after_a_possessive_name_or_a_group_is_no_one():
    # negatives: "Smith's brother" or "the Ohio Democrats" may be the "he"/"they" who speaks
    kin = '"No," said John Smith.\n\nSmith\'s brother spoke to the crowd.\n\n"We are glad," he said.'
    assert _credits(kin)[1][0] != "John Smith"  # (the brother, by the kin rule, or no one)
    group = '"No," said Hale.\n\nThe Ohio Democrats won the seat.\n\n"We won," he said.'
    assert _credits(group)[1][0] is None


def test_a_lone_name_acting_in_the_paragraph_is_who_he_may_be_not_someone_before():
    # 'Haoyu smiled ... "...," he said': not the full name of the paragraph before
    text = ('Alden Thorn sat by the door and waited.\n\n'
            'Haoyu smiled brightly and waved him over. "I am going to watch the footage first," he said quietly.')
    assert _credits(text)[0][0] != "Alden Thorn"
    text = ('Alden Thorn sat by the door and waited.\n\n'
            'In posts to the forum, ScreamMyName pitched the project. "It will help users," he said.')
    assert _credits(text)[0][0] != "Alden Thorn"
    # negative: an opener word is no name; the person of the paragraph before speaks
    text = ('Alden Thorn sat by the door and waited.\n\n'
            'Then nothing happened for an hour. "I am going to watch the footage first," he said quietly.')
    assert _credits(text)[0][0] == "Alden Thorn"


# --- "he said" where a careful reader cannot tell, or can tell it is someone unnamed ---

def test_he_after_a_name_owning_a_person_is_that_person_not_the_name():
    assert _credits('John Smith\'s lawyer spoke on Monday. "He is innocent," he said.')[0][0] is None
    # negative: a name owning a thing is still the one the paragraph is about
    assert _credits('John Smith\'s car was found on Monday. "I was relieved," he said.')[0][0] == "John Smith"


def test_he_after_two_men_named_alike_is_no_one():
    assert _credits('The deal was signed by John Smith and Mike Brown. "It is finished," he said.')[0][0] is None
    # negatives: a woman and a man, or one of them the subject, tell who it is
    assert _credits('The deal was signed by John Smith and Ann Lee. "It is finished," he said.')[0][0] == "John Smith"
    assert _credits('John Smith met Mike Brown on Monday. "It was a good meeting," he said.')[0][0] == "John Smith"


def test_the_subject_after_a_subordinate_lead_in_is_who_he_is():
    text = 'After Mike Brown fired him, John Smith spoke to reporters.\n\n"I have no regrets," he said.'
    assert _credits(text)[0][0] == "John Smith"
    # negative: the lead-in's subject stays the "he" of its own sentence
    text = 'When John Smith arrived, he said he was "home at last."'
    assert _credits(text)[0][0] == "John Smith"


def test_the_narrators_clauses_cite_no_source_and_leave_she_added_to_her():
    from sidebyside.compare import quotes_of
    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.attribution.engine import Attribution

    text = ('"We will appeal," Ann Lee said on Monday.\n\nI asked her about the costs.\n\n'
            '"We have the money," she added.')
    at = ArticleText(text)
    attribution = Attribution(at)
    quotes = quotes_of(at, attribution)
    assert [q.speaker for q in quotes] == ["Ann Lee", "Ann Lee"]
    # the writer's "I asked" cites no one; the narrator is a source only of words it speaks
    assert [s.name for s in attribution.sources(quotes)] == ["Ann Lee"]
