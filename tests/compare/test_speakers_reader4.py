"""Speakers a careful reader finds in real same-event coverage: verbs that tell how words were
spoken ("he mumbled", "she muttered"). Hand-written paragraphs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_a_verb_of_the_manner_of_speaking_credits_the_words():
    text = (
        "Warren Jeffs stood mute for all but a few seconds of his closing argument.\n\n"
        'At one point he mumbled, "I am peace," and said no more.'
    )
    assert speaker_of(text, "I am peace") == "Warren Jeffs"
    text = 'The judge, Barbara Walther, muttered: "This court will not wait."'
    assert speaker_of(text, "will not wait") == "Barbara Walther"


def test_the_same_word_as_a_noun_credits_no_one():
    text = (
        "The verdict drew a gasp from the gallery.\n\n"
        '"We will appeal," said Tom Green, the defence lawyer.'
    )
    assert speaker_of(text, "We will appeal") == "Tom Green"
    assert all(q.speaker != "the gallery" for q in article_quotes(text))


def test_the_company_is_the_one_word_business_the_article_is_about():
    text = (
        "Microsoft has said that an emergency update has fixed a flaw in its browser.\n\n"
        '"We have released a security update that will protect our customers," said the company in a statement.\n\n'
        "Users are advised to download the fix from the Microsoft website."
    )
    assert speaker_of(text, "released a security update") == "Microsoft"


def test_a_one_word_name_never_shown_to_be_a_business_is_not_the_company():
    # nothing shows "Contoso" to be a business: "the company" stays unresolved, never a guess
    text = (
        "Contoso has said that the flaw is fixed.\n\n"
        '"We have released a security update," said the company in a statement.'
    )
    assert speaker_of(text, "released a security update") != "Contoso"


def test_a_person_who_lends_a_name_to_a_business_noun_is_not_the_company():
    text = (
        "Mr. Keller has said that his shares were sold in March.\n\n"
        "Keller shares fell on Monday.\n\n"
        '"We have no comment on the sale," said the company in a statement.'
    )
    assert speaker_of(text, "no comment") != "Keller"


def test_two_one_word_businesses_leave_the_company_unresolved():
    text = (
        "Fabrikam has sued Contoso over a patent.\n\n"
        "Both the Fabrikam website and the Contoso website carried the news.\n\n"
        '"We will defend ourselves," said the company in a statement.'
    )
    assert speaker_of(text, "defend ourselves") not in ("Fabrikam", "Contoso")


def test_said_the_n_year_old_is_the_person_the_passage_is_about():
    text = ('Golfer Trevor Immelman has become a life member of the tour.\n\n'
            '"I have goosebumps," said the 29-year-old on the eve of the Open in Paarl.')
    assert speaker_of(text, "goosebumps") == "Trevor Immelman"


def test_said_the_n_year_old_after_two_people_credits_no_one():
    text = 'Trevor Immelman beat Ernie Els on Sunday.\n\n"I have goosebumps," said the 29-year-old.'
    assert speaker_of(text, "goosebumps") is None


def test_a_name_before_a_role_and_a_full_name_modifies_the_role():
    # "U.S. Masters" is no person: the champion is Trevor Immelman
    text = ('U.S. Masters champion Trevor Immelman has become a life member of the tour.\n\n'
            '"I have goosebumps," the 29-year-old said.')
    assert speaker_of(text, "goosebumps") == "Trevor Immelman"


def test_his_exact_words_introduce_the_quotation_after_them():
    text = ("Red Sox owner John Henry has said that his team will not sign Mark Teixeira.\n\n"
            "His exact words:\n\n"
            "“We met with Mr. Teixeira and were very much impressed with him.\n\n"
            "It seems clear that we are not going to be a factor.”")
    assert speaker_of(text, "We met with") == "John Henry"
    assert speaker_of(text, "not going to be a factor") == "John Henry"


def test_words_of_someone_not_said_to_speak_have_no_owner_guessed():
    # a sentence that is no owner and a noun of speech introduces nobody
    text = ("Red Sox owner John Henry met Mark Teixeira on Monday.\n\n"
            "The sign on the door:\n\n"
            "“Closed for the season.”")
    assert speaker_of(text, "Closed for the season") != "John Henry"


def test_the_one_heard_saying_words_speaks_them():
    text = ('Warren Jeffs led the church for years.\n\n'
            '"A good wife is trained for her husband," Jeffs was heard saying.')
    assert speaker_of(text, "A good wife") == "Warren Jeffs"


def test_heard_without_a_speech_verb_credits_no_one():
    text = ('Warren Jeffs led the church for years.\n\n'
            'The jury heard the tape on Monday.\n\n'
            '"Closed for the season," the sign on the door read.')
    assert speaker_of(text, "Closed for the season") != "Warren Jeffs"


def test_an_attribution_alone_in_the_next_paragraph_credits_the_quotation_before():
    text = ('Agent Mark Roesler spoke of her on Thursday.\n\n'
            '"Her popularity has continued to soar."\n\n'
            'Roesler said.\n\n'
            'The Web site logs 20 million hits a month.')
    assert speaker_of(text, "continued to soar") == "Mark Roesler"


def test_a_next_paragraph_that_reports_more_is_no_attribution_of_the_quotation():
    text = ('Bettie Page died on Thursday.\n\n'
            '"Her popularity has continued to soar."\n\n'
            'Roesler said the site logs hits.')
    assert speaker_of(text, "continued to soar") is None


def test_a_source_with_knowledge_of_an_owners_thinking_is_an_unnamed_source():
    text = ('The 76ers fired their coach on Saturday.\n\n'
            '"It is not 100 percent on the coach," a source with knowledge of the 76ers\' thinking said Saturday.')
    assert speaker_of(text, "100 percent") == "a source with knowledge of the 76ers' thinking"
    text = 'The coach was fired.\n\n"It is not on the coach," a source familiar with the team\'s thinking said.'
    assert speaker_of(text, "not on the coach") == "a source familiar with the team's thinking"


def test_an_owners_thinking_alone_is_no_speaker():
    text = 'The coach was fired.\n\n"It is not on the coach," the team\'s thinking said.'
    assert speaker_of(text, "not on the coach") is None


def test_words_someone_was_overheard_saying_are_someones_not_the_witness():
    text = ('Unique Armstead, 32, testified that after she overheard someone say "he has a gun," '
            'she took refuge inside a corner bodega.')
    assert speaker_of(text, "he has a gun") == "someone"
    text = 'Unique Armstead testified that someone said "he has a gun."'
    assert speaker_of(text, "he has a gun") == "someone"  # not "that someone"


def test_the_one_who_describes_speaks_not_the_one_described():
    text = ('Vincent Gigante died on Monday.\n\n'
            'For the man described by The New York Times Magazine as "the last great Mafioso of the century," '
            'his admission was the final act.')
    assert speaker_of(text, "last great Mafioso") == "the New York Times Magazine"
    text = ('Vincent Gigante died on Monday.\n\n'
            'For the man described as "the last great Mafioso of the century," his admission was the final act.')
    assert speaker_of(text, "last great Mafioso") is None  # never "the man"
    text = 'Van Der Beek was eliminated in what host Tom Bergeron described as the “hardest verdict so far this season.”'
    assert speaker_of(text, "hardest verdict") == "Tom Bergeron"
