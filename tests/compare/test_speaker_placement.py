"""Speakers stated only by placement: a quotation right after the sentence that introduces it
(compare.attribution.placement), and the sentences that introduce no one."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.speaker for q in article_quotes(text)}


def test_a_colon_after_a_pronoun_subject_and_a_lead_in_credits_the_person():
    text = ("Ellen Marsh will host the awards again next year, the producers said on Friday.\n\n"
            "In typical fashion, she released a jokey response to the news: “I am so excited to be back.\n\n"
            "You know what they say about third times.”\n")
    got = _speakers(text)
    assert got["I am so excited to be back."] == "Ellen Marsh"
    assert got["You know what they say about third times."] == "Ellen Marsh"


def test_a_speech_participle_before_a_colon_takes_the_person_before_it():
    text = ("John Dorsey kept his secret for three decades.\n\n"
            "It was thirty years before he finally broke cover, admitting in 2006:\n\n"
            "\"I'm the man they used to call the informant.\"\n")
    assert _speakers(text)["I'm the man they used to call the informant."] == "John Dorsey"


def test_a_colon_after_a_sentence_that_says_no_one_speaks_credits_no_one():
    text = ("Jane Rowe arrived in town on Monday, carrying a banner:\n\n"
            "\"Save our schools now.\"\n")
    assert _speakers(text)["Save our schools now."] is None


def test_a_paragraph_that_puts_out_an_update_credits_its_subject():
    text = ("Local providers have been scrambling to keep customers online.\n\n"
            "ACME operations has issued an update regarding the outage to its customers.\n\n"
            "\"Most of our capacity was brought back online last night.\"\n")
    assert _speakers(text)["Most of our capacity was brought back online last night."] == "ACME operations"


def test_a_paragraph_that_merely_mentions_a_person_credits_no_one():
    text = ("Jane Rowe visited the damaged plant on Monday with two engineers.\n\n"
            "\"Most of our capacity was brought back online last night.\"\n")
    assert _speakers(text)["Most of our capacity was brought back online last night."] is None
    text = ("John Smith published a book about the outage last year.\n\n"
            "\"Most of our capacity was brought back online last night.\"\n")
    assert _speakers(text)["Most of our capacity was brought back online last night."] is None


def test_people_opening_the_sentence_take_a_speech_participle_before_a_colon():
    text = ("The city was quiet by day.\n\n"
            "Groups of young students marched through the old town, chanting:\n\n"
            "\"This night is for our friend!\"\n")
    assert _speakers(text)["This night is for our friend!"] == "Groups of young students"


def test_a_place_or_a_thing_opening_the_sentence_takes_no_speech_participle():
    text = ("The city was quiet by day.\n\n"
            "Heavy clouds of smoke drifted over the old town, chanting:\n\n"
            "\"This night is for our friend!\"\n")
    assert _speakers(text)["This night is for our friend!"] is None


def test_a_next_paragraph_opening_with_a_bare_attribution_credits_the_quotation_before_it():
    text = ("Councilman Jumal Wilkins joined the crowd and tried to calm it.\n\n"
            "“The mayor and the commissioner should be down here.\n\n"
            "Right now!”\n\n"
            "Wilkins, a critic of the police department, said before the chief appeared on the scene.\n")
    got = _speakers(text)
    assert got["The mayor and the commissioner should be down here."] == "Jumal Wilkins"
    assert got["Right now!"] == "Jumal Wilkins"


def test_a_next_paragraph_that_reports_more_is_a_statement_of_its_own():
    for after in ("Wilkins said he was not surprised by the riot.",
                  "Wilkins, a critic of the police department, said before the meeting that he would stay."):
        text = ("Councilman Jumal Wilkins joined the crowd and tried to calm it.\n\n"
                "“The mayor and the commissioner should be down here.\n\n"
                "Right now!”\n\n" + after + "\n")
        assert _speakers(text)["Right now!"] is None, after


def test_a_person_declining_to_speak_of_something_owns_the_quotation_right_after():
    text = ("The Rev. Larry Kroll of the church said the fire began at night.\n\n"
            "He would not specify how many people were in the building at the time of the blaze.\n\n"
            "\"They were all adults, and they all got out.\"\n")
    assert _speakers(text)["They were all adults, and they all got out."] == "Larry Kroll"


def test_a_person_declining_something_that_is_no_speech_owns_no_quotation():
    text = ("The Rev. Larry Kroll of the church said the fire began at night.\n\n"
            "He would not enter the building at the time of the blaze.\n\n"
            "\"They were all adults, and they all got out.\"\n")
    assert _speakers(text)["They were all adults, and they all got out."] is None
    text = ("Firefighter Ann Dole would not enter the building at the time of the blaze.\n\n"
            "\"They were all adults, and they all got out.\"\n")
    assert _speakers(text)["They were all adults, and they all got out."] is None


def test_a_colon_after_a_relative_clause_about_something_else_credits_no_one():
    text = ("Governor Kristi Nolan launched the campaign on Monday.\n\n"
            "She pointed readers to the campaign's website, which carries the following statement:\n\n"
            "\"South Dakota has a problem.\"\n")
    assert _speakers(text)["South Dakota has a problem."] is None
