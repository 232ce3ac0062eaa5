"""Speakers in shapes unseen news articles use and the rules missed (read from the read_6 set's
misses, checked on hand-written paragraphs, negatives included)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_the_singular_of_a_listed_plural_speaker_is_a_speaker_too():
    text = (
        "Police came to the street on Monday.\n\n"
        '"My wife screamed that somebody hit another car," another neighbor said.\n\n'
        '"I saw the lady lying on the floor."'
    )
    assert speaker_of(text, "My wife screamed") == "another neighbor"
    assert speaker_of(text, "I saw the lady") == "another neighbor"  # the quotation continued
    text = '"The road was closed for hours," an expert said.'
    assert speaker_of(text, "The road was closed") == "an expert"


def test_the_navy_is_a_body_that_speaks():
    text = (
        "An Indian navy ship answered a distress call on Saturday.\n\n"
        '"Twenty-three pirates surrendered on boarding," the navy said.'
    )
    assert speaker_of(text, "Twenty-three pirates") == "the navy"


def test_the_statement_is_its_owners_named_after_from():
    text = (
        "The ship sped to the scene, according to a statement from the Indian government.\n\n"
        "The Indian navy defended its actions on Friday.\n\n"
        'The statement said only that the prisoners would be "handed over to authorities ashore."'
    )
    assert speaker_of(text, "handed over to authorities") == "the Indian government"


def test_a_statement_with_no_owner_named_is_not_given_to_the_body_named_after_from_a_place():
    # "a statement from Washington": a place is no author; the statement stays the statement's
    text = (
        "A statement from Washington was read out on Friday.\n\n"
        'The statement said the talks would "go on next week."'
    )
    assert speaker_of(text, "go on next week") != "Washington"


def test_a_long_description_between_the_verb_and_the_name_after_it():
    text = (
        "The quake shook the provincial capital on Tuesday.\n\n"
        '"I see many houses were damaged," said central Aceh district resident Bensu Elianita to the Associated Press.\n\n'
        '"Many people were injured."'
    )
    assert speaker_of(text, "I see many houses") == "Bensu Elianita"
    assert speaker_of(text, "Many people were injured") == "Bensu Elianita"
    text = (
        "Attacks were spreading fast, according to Trend Micro.\n\n"
        '"People should run, not walk, to get it installed," said Trend Micro advanced threat researcher Paul Ferguson.'
    )
    assert speaker_of(text, "People should run") == "Paul Ferguson"


def test_a_body_after_the_verb_with_no_role_and_name_after_it_stays_the_speaker():
    text = '"People should install it today," said Trend Micro on Tuesday.'
    assert speaker_of(text, "People should install") == "Trend Micro"
    # a description with a verb or a function word in it is no description of the name after it
    text = '"We will recover," said Aceh officials who met Governor Irwandi Yusuf.'
    assert speaker_of(text, "We will recover") != "Irwandi Yusuf"


def test_a_name_opening_the_sentence_speaks_across_its_long_description():
    text = 'Analyst Rob Enderle of Enderle Group in Silicon Valley said it was "amazing" that the fix came so fast.'
    assert speaker_of(text, "amazing") == "Rob Enderle"
    text = (
        "Jane Doe, Vice President for Conservation Advocacy at the environmental organization, American Bird "
        'Conservancy, said the ruling was "a welcome return to the law."'
    )
    assert speaker_of(text, "a welcome return") == "Jane Doe"


def test_a_name_that_modifies_or_has_a_verb_of_its_own_does_not_speak():
    text = 'Barack Obama administration officials said the change was "long overdue."'
    assert speaker_of(text, "long overdue") != "Barack Obama"
    text = 'John Smith resigned on Monday in Boston, the company said, calling it "a loss."'
    assert speaker_of(text, "a loss") != "John Smith"
    text = 'John Smith, a former mayor, and the city council said the plan was "dead."'
    assert speaker_of(text, "dead") != "John Smith"
    text = 'The United Nations High Commissioner for Human Rights said the decision did "not modify the law."'
    assert speaker_of(text, "not modify the law") != "High Commissioner"


def test_a_quotation_filling_its_paragraph_after_one_persons_clause_is_theirs():
    text = (
        "The rule was reversed on Tuesday.\n\n"
        "Darin Schroeder, vice president at the American Bird Conservancy, agreed with Salazar's decision.\n\n"
        '"We are gratified the secretaries acted to restore the law."'
    )
    assert speaker_of(text, "We are gratified") == "Darin Schroeder"


def test_a_quotation_between_two_of_one_persons_is_theirs():
    text = (
        '"He was incredibly bright and very caring," said Nancy O\'Higgins, a family friend.\n\n'
        "The O'Higgins family attended Ben's wedding a couple of years ago on Hornby Island.\n\n"
        '"They weren\'t married very long, just a couple of years."\n\n'
        "She said Ben and his wife grew up as neighbours on the island."
    )
    assert speaker_of(text, "They weren't married") == "Nancy O'Higgins"


def test_no_speaker_from_the_paragraphs_around_when_they_hold_two_people_or_the_quote_names_them():
    # two people react in the paragraph before
    text = (
        "The rule was reversed on Tuesday.\n\n"
        "Darin Schroeder agreed with the decision, and Mary Cole, a rancher, agreed too.\n\n"
        '"We are gratified the secretaries acted to restore the law."'
    )
    assert speaker_of(text, "We are gratified") is None
    # the quotation names the person: someone else speaks of him
    text = (
        "The rule was reversed on Tuesday.\n\n"
        "Darin Schroeder agreed with the decision.\n\n"
        '"Schroeder has fought for this rule for years."'
    )
    assert speaker_of(text, "Schroeder has fought") is None
    # another person is the subject of the paragraph's last sentence
    text = (
        "The rule was reversed on Tuesday.\n\n"
        "Darin Schroeder agreed with the decision. Mary Cole, a rancher, filed a lawsuit.\n\n"
        '"We will see them in court."'
    )
    assert speaker_of(text, "We will see them") is None
    # the paragraph after opens with someone else than the last speaker before
    text = (
        '"He was incredibly bright," said Nancy O\'Higgins.\n\n'
        "The family attended the wedding on Hornby Island.\n\n"
        '"They weren\'t married very long."\n\n'
        "Mark Reed said the couple grew up on the island."
    )
    assert speaker_of(text, "They weren't married") is None


def test_a_described_speaker_after_with_speaks_the_participles_words():
    text = (
        "During the campaign, Obama stated that he opposed the rule changes with a spokesman stating: "
        '"As president, Senator Obama will undo this proposal."'
    )
    assert speaker_of(text, "As president") == "a spokesman"
    # after "with", a thing is no speaker: the sentence's subject adds the words
    text = 'Jane Smith answered the question with a smile, adding: "We will win this."'
    assert speaker_of(text, "We will win") == "Jane Smith"


def test_it_opening_a_sentence_is_the_one_word_body_that_spoke_last():
    text = (
        "Trend Micro said the attacks were spreading fast.\n\n"
        "Meanwhile Mozilla has released a scheduled update for its Firefox web browsers.\n\n"
        'The bugs could have been "used to run attacker code," said Mozilla.\n\n'
        "It is also reissuing calls for users to upgrade and said it is "
        '"not planning any further updates for Firefox 2".'
    )
    assert speaker_of(text, "not planning any further") == "Mozilla"


def test_it_is_never_a_person_named_in_full():
    text = (
        "The ministry issued new rules on Monday.\n\n"
        '"We will comply," said Mary Jones.\n\n'
        'It later published the text and said it was "final and binding."'
    )
    assert speaker_of(text, "final and binding") != "Mary Jones"


def test_a_quotation_left_open_runs_on_through_the_speakers_own_words_to_the_next_one():
    text = (
        '"We are taking this step to protect customers," Microsoft director Yunsun Wee said on Tuesday.\n\n'
        '"The fix is an easy-to-use solution any user can install," Wee wrote.\n\n'
        '"It will not affect your ability to browse the Web.\n\n'
        "It won't require a reboot of your computer.\n\n"
        '"This fix will be available for everyone within days," she added.'
    )
    quotes = article_quotes(text)
    assert speaker_of(text, "It will not affect") == "Yunsun Wee"
    assert speaker_of(text, "It won't require") == "Yunsun Wee"
    assert any(q.text.startswith("It won't require") for q in quotes)


def test_narration_between_an_open_mark_and_the_next_quotation_is_not_quoted():
    text = (
        '"The fix is an easy-to-use solution any user can install," Wee wrote.\n\n'
        '"It will not affect browsing.\n\n'
        "The company released the fix on Monday.\n\n"
        '"This fix will be available for everyone within days," she added.'
    )
    assert not any("The company released" in q.text for q in article_quotes(text))


def test_a_comma_and_words_after_the_close_credit_the_quotation_there_not_the_speaker_before():
    text = (
        '"We will rebuild," said Mary Jones, a deacon.\n\n'
        "Alaska Gov. Sarah Palin said she was saddened by the fire.\n\n"
        '"We have no idea what caused it," the Rev.\n\n'
        "Larry Kroon of the Wasilla Bible Church spoke on Saturday, adding that investigators were considering arson."
    )
    assert speaker_of(text, "We have no idea") is None  # not Palin: the broken words after it credit someone else
    text = (
        "Somali pirates released a Greek tanker on Saturday, a piracy monitor told CNN.\n\n"
        '"She is currently limping to safe waters," Andrew Mwangura, head of the Seafarers Assistance Program in Mombasa'
    )
    assert speaker_of(text, "She is currently limping") == "Andrew Mwangura"


def test_an_apology_credits_the_words_it_reports():
    text = (
        "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah Palin, and she has "
        'apologised if the fire was connected to "undeserved negative attention" from her campaign.'
    )
    assert speaker_of(text, "undeserved negative attention") == "Sarah Palin"
    # the one apologised to says nothing
    text = 'Governor Sarah Palin apologised to Mary Jones for the "undeserved negative attention" of the campaign.'
    assert speaker_of(text, "undeserved negative attention") == "Sarah Palin"


def test_a_speaker_before_a_present_participle_and_its_preposition_speaks():
    text = (
        "While the old rule barred such reviews, an Interior official speaking on the condition of anonymity "
        'said that a review would be triggered only if evidence suggested "a causal connection" between them.'
    )
    assert speaker_of(text, "a causal connection") == "an Interior official"
    text = 'A man living in the area said the blast was "like thunder."'
    assert speaker_of(text, "like thunder") == "A man"


def test_a_thing_before_a_present_participle_names_no_speaker():
    # (smoke is no speaker: the participle's noun phrase must name people)
    text = 'The smoke rising from the hills said much about the "controlled burn" that went wrong.'
    assert speaker_of(text, "controlled burn") is None


def test_in_a_statement_from_someone_credits_them():
    text = (
        "The actress finally checked into rehab.\n\n"
        'In a statement from her people, it was confirmed, "Tara Reid has checked herself into a treatment center."'
    )
    assert speaker_of(text, "Tara Reid has checked") == "her people"
    text = 'In a statement from the Indian government on Saturday, it said "the pirates surrendered."'
    assert speaker_of(text, "the pirates surrendered") == "the Indian government"


def test_in_a_letter_from_a_place_credits_no_document():
    text = 'In a letter from prison, it was written that he "never gave up."'
    assert speaker_of(text, "never gave up") is None


def test_said_in_a_statement_from_a_place_stays_the_speakers():
    text = (
        "The envoy for the region, Marta Lindqvist, called for the road to be reopened. "
        '"We urge all parties to let convoys pass," Lindqvist said in a statement from Geneva.'
    )
    assert speaker_of(text, "We urge all parties") == "Marta Lindqvist"
    text = 'In a statement from Geneva, it was said that the talks were "going well."'
    assert speaker_of(text, "going well") != "Geneva"
