"""Shapes of the misses of the English read batch 19 (issue 12, session 28), each on hand-written
paragraphs with a negative and a second sentence of the same shape in other words: a person "of"
a firm read as a name; a firm's name ending in "Rail" or "Securities" read as a person whom "he"
then stood for; a bare quotation after a paragraph that ends on the writer's words; interview
answers after a lead-in that names the interviewee; "the chair" after "the committee's chair,
Donna Kirkwood"; "he" after "Another analyst, who ..., said"; "the deputy" after "One deputy,
who ..., said"; "the bulletin read" after "X issued ..."."""

from __future__ import annotations

from .helpers import sources_of, speaker_of

_Q, _E = "\u201c", "\u201d"


def test_a_person_of_a_firm_the_lists_do_not_know_is_the_person():
    text = f"{_Q}Halvern built for a boom,{_E} Priya Natarajan of Colfax Capital wrote in a note to clients."
    assert speaker_of(text, "Halvern built") == "Priya Natarajan"
    text = f"{_Q}Margins will stay thin,{_E} said Ana Ruiz of Ferro Lending."
    assert speaker_of(text, "Margins will") == "Ana Ruiz"
    # the firm speaking alone is still the one credited
    text = f"{_Q}Margins will stay thin,{_E} Colfax Capital wrote in a note to clients."
    assert speaker_of(text, "Margins will") == "Colfax Capital"


def test_a_firm_named_with_rail_freight_or_securities_is_no_person():
    assert sources_of("Western Pacific Rail said on Monday the line would reopen.") == {"Western Pacific Rail": "institution"}
    assert sources_of("Northline Freight said on Monday the line would reopen.") == {"Northline Freight": "institution"}
    assert sources_of("Colfax Securities said on Monday it would keep the rating.") == {"Colfax Securities": "institution"}
    # "he" after such a firm set off in apposition is the man the paragraph is about
    text = ("Gordon Halvorsen, 61, has led the board since 2019. Before that he spent two decades at a rival, "
            "Western Pacific Rail, a point Raj Bhandari raised near the end.\n\n"
            f"Asked whether his former employer had played any part, he said: {_Q}None whatsoever.{_E}")
    assert speaker_of(text, "None whatsoever") != "Pacific Rail"
    text = ("Ellen Park, 58, runs the depot. Before that she spent years at Northern Coast Railroad, a firm "
            f"her father founded.\n\nAsked about the strike, she said: {_Q}Not one day was lost.{_E}")
    assert speaker_of(text, "Not one day") == "Ellen Park"


def test_a_bare_quotation_after_a_paragraph_ending_on_the_writers_words_is_nobodys():
    text = (f"A critic wrote that she had {_Q}the stage presence of a coat rack,{_E} and she did not go back.\n\n"
            f"{_Q}I read that review on the subway. I remember the exact seat.")
    assert speaker_of(text, "I read that review") is None
    text = (f"A critic wrote that he had {_Q}the charm of a parking meter,{_E} and he never sang in public again.\n\n"
            f"{_Q}I read it in the car. I laughed.{_E}")
    assert speaker_of(text, "I read it in the car") is None
    # the paragraph ends on the speaker's words: the bare quotation after goes on with them
    text = (f"The director, Samuel Achterberg, said the cast had been {_Q}patient with me.{_E}\n\n"
            f"{_Q}By the third week we were a company.{_E}")
    assert speaker_of(text, "By the third week") == "Samuel Achterberg"


_INTERVIEW = (
    "Nora Kessling has won two Oscars. Her son, Leo Kessling, talked her into the play.\n\n"
    "The director, Samuel Achterberg, says the first week was rough.\n\n"
    "{lead}\n\n"
    "Q: Do you read reviews now?\n\n"
    f"A: {_Q}Never. My sister reads them.{_E}\n\n"
    "Q: What scares you more, the first night or the last?\n\n"
    f"A: {_Q}The first. The last night you are just sad.{_E}"
)


def test_interview_answers_are_the_one_the_lead_in_to_the_questions_names():
    text = _INTERVIEW.format(lead="I ask Kessling a few quick questions while the pancakes go cold.")
    assert speaker_of(text, "Never. My sister") == "Nora Kessling"
    assert speaker_of(text, "The first. The last") == "Nora Kessling"
    text = _INTERVIEW.format(lead="Before the matinee I put a few questions to Achterberg.")
    assert speaker_of(text, "Never. My sister") == "Samuel Achterberg"
    # a lead-in naming two people, or none, names no interviewee
    text = _INTERVIEW.format(lead="I ask Kessling and Achterberg a few quick questions.")
    assert speaker_of(text, "Never. My sister") is None
    text = _INTERVIEW.format(lead="The pancakes go cold.")
    assert speaker_of(text, "Never. My sister") is None


def test_the_chair_is_the_one_the_text_gave_that_title():
    text = (f"{_Q}People have waited long enough,{_E} said the committee's chair, Liberal MP Donna Kirkwood.\n\n"
            "Gordon Halvorsen told MPs the report was nearly done.\n\n"
            f"Kirkwood closed the hearing. {_Q}If the report is out by then, we'll have a short meeting,{_E} the chair said. "
            f"{_Q}If it isn't, it will be a long one.{_E}")
    assert speaker_of(text, "If the report is out") == "Donna Kirkwood"
    assert speaker_of(text, "If it isn't") == "Donna Kirkwood"
    # the title set off before the name after the quotation: the name, not the description
    text = f"{_Q}People have waited long enough,{_E} the committee's chair, Liberal MP Donna Kirkwood, said."
    assert speaker_of(text, "People have waited") == "Donna Kirkwood"
    text = (f"{_Q}We did not hide anything,{_E} said the council's chair, Councillor Rhona Blake.\n\n"
            f"Blake closed the meeting early. {_Q}We will meet again in May,{_E} the chair said.")
    assert speaker_of(text, "We will meet again") == "Rhona Blake"
    # nobody given the title: "the chair" names no one
    assert speaker_of(f"Gordon Halvorsen left. {_Q}We will meet again in May,{_E} the chair said.", "We will meet") is None


def test_he_after_another_unnamed_person_who_spoke_is_that_person():
    text = ("Another analyst, who asked not to be named because his firm advises the company, said the stores "
            f"were the problem. {_Q}Nobody wants to talk about the stores yet,{_E} he said.")
    assert speaker_of(text, "Nobody wants") == "another analyst"
    text = f"Another trader, who asked not to be named, said the sell-off had been coming. {_Q}Everyone saw it,{_E} he said."
    assert speaker_of(text, "Everyone saw it") == "another trader"
    # a woman described is no "he"
    text = f"Another woman, who gave only her first name, said the bus never came. {_Q}We waited two hours,{_E} he said."
    assert speaker_of(text, "We waited") is None


def test_the_deputy_after_one_deputy_who_spoke_is_that_deputy():
    text = ("One deputy, who was directing traffic and was not authorized to speak to reporters, said officers had "
            f"gone back to a dozen homes. {_Q}We knocked twice on some doors,{_E} the deputy said.")
    assert speaker_of(text, "We knocked") == "One deputy"
    text = f"One deputy, who asked not to be named, said the road was closed. {_Q}Nobody gets through tonight,{_E} the deputy said."
    assert speaker_of(text, "Nobody gets") == "One deputy"
    # a named deputy is the deputy
    text = f"Deputy Carla Moss said the road was closed. {_Q}Nobody gets through tonight,{_E} the deputy said."
    assert speaker_of(text, "Nobody gets") == "Carla Moss"


def test_a_bulletin_after_a_sentence_that_issues_something_is_its_issuers():
    text = ("The National Weather Service issued a flash flood emergency for the valley shortly before noon. "
            f"{_Q}Dam failure is possible within hours. Move to higher ground now,{_E} the bulletin read.")
    assert speaker_of(text, "Dam failure") == "the National Weather Service"
    text = f"Harbor Police posted an alert for the east shore on Friday. {_Q}Stay off the ice,{_E} the advisory read."
    assert speaker_of(text, "Stay off the ice") == "Harbor Police"
    # a document whose words are its own (a report, a video) is no issuer's speech
    text = ("The National Weather Service issued a flash flood emergency for the valley. "
            f"{_Q}Dam failure is possible within hours,{_E} the report read.")
    assert speaker_of(text, "Dam failure") != "the National Weather Service"
    # nothing issued just before: no issuer
    text = f"Crews worked through the night. {_Q}Dam failure is possible within hours,{_E} the bulletin read."
    assert speaker_of(text, "Dam failure") != "the National Weather Service"


def test_a_pronoun_before_an_irregular_past_after_the_close_is_the_speaker():
    text = ("The acting returning officer, Susan Prentice, read the result shortly after 4.40am. "
            "'I am satisfied that the total number of votes cast is as follows,' she began, before her voice was lost.")
    assert speaker_of(text, "I am satisfied") == "Susan Prentice"
    text = f"Ann Lee took the stand on Monday. {_Q}I was at home that night,{_E} she began, before the judge stopped her."
    assert speaker_of(text, "I was at home") == "Ann Lee"
    # a pronoun of the other gender than the one person named: no one
    text = f"Ann Lee took the stand on Monday. {_Q}I was at home that night,{_E} he began."
    assert speaker_of(text, "I was at home") is None


def test_he_after_a_description_that_spoke_in_the_sentence_before_is_that_description():
    text = f"The mayor said the bridge would reopen in June. {_Q}We have waited long enough,{_E} he said."
    assert speaker_of(text, "We have waited") == "The mayor"
    text = f"The coach said the team had trained well all week.\n\n{_Q}We are ready for them,{_E} she said."
    assert speaker_of(text, "We are ready") == "The coach"
    # a noun of the other sex, or of many: no one
    text = f"The spokeswoman said the bridge would reopen. {_Q}We have waited,{_E} he said."
    assert speaker_of(text, "We have waited") is None
    text = f"The officials said the bridge would reopen. {_Q}We have waited,{_E} he said."
    assert speaker_of(text, "We have waited") is None


def test_an_honorific_of_the_other_sex_never_resolves_to_a_mans_full_name():
    text = f"Gary Pellow lost his home in the flood on Sunday.\n\n{_Q}We had ten minutes to get out,{_E} Mrs Pellow said."
    assert speaker_of(text, "We had ten minutes") != "Gary Pellow"
    text = (f"Gary Pellow lost his home in the flood on Sunday.\n\nMrs Pellow said the water came fast. "
            f"{_Q}We had ten minutes,{_E} she said.")
    assert speaker_of(text, "We had ten minutes") != "Gary Pellow"
    # the title of his own sex still finds him
    text = f"Gary Pellow lost his home in the flood on Sunday.\n\n{_Q}We lost everything,{_E} Mr Pellow said."
    assert speaker_of(text, "We lost everything") == "Gary Pellow"


def test_an_office_a_county_title_owns_is_one_body_and_the_title_alone_no_person():
    text = f"Deputies searched the woods. {_Q}We will find him,{_E} the Pike County Sheriff's Office said."
    assert speaker_of(text, "We will find him") == "the Pike County Sheriff's Office"
    assert sources_of(text) == {"the Pike County Sheriff's Office": "institution"}
    text = f"Crews cleared the road. {_Q}It will reopen by noon,{_E} the Lake City Mayor's Office said."
    assert speaker_of(text, "It will reopen") == "the Lake City Mayor's Office"
    # a county's title with no name after it is an office, no person "Pike County Sheriff"
    text = f"Deputies searched the woods. {_Q}We will find him,{_E} the Pike County Sheriff said."
    assert speaker_of(text, "We will find him") != "Pike County Sheriff"
    # with the holder's name after it, the holder
    text = f"Deputies searched the woods. {_Q}We will find him,{_E} said Pike County Sheriff Dale Moss."
    assert speaker_of(text, "We will find him") == "Dale Moss"


def test_a_given_name_before_a_head_word_the_text_shows_a_person_is_a_person():
    text = f"{_Q}We will reopen the road by Friday,{_E} Tom Harbour, 52, said on Monday."
    assert sources_of(text) == {"Tom Harbour": "person"}
    text = f"{_Q}We will reopen the road,{_E} Tom Harbour said.\n\nMr Harbour has run the yard for years."
    assert sources_of(text) == {"Tom Harbour": "person"}
    text = "Jane Union, 40, said the vote was fair."
    assert sources_of(text) == {"Jane Union": "person"}
    # nothing shows a person: a given name that names places too stays a body ("Austin Police")
    assert sources_of("Austin Police said two people were hurt.") == {"Austin Police": "institution"}


def test_said_a_given_name_and_a_full_name_credits_both():
    text = f"{_Q}We never thought we would close,{_E} said Colin and Maureen Ashworth."
    assert speaker_of(text, "We never thought") == "Colin Ashworth and Maureen Ashworth"
    text = f"{_Q}The shop was our life,{_E} said Anita and Peter Vance on Saturday."
    assert speaker_of(text, "The shop was") == "Anita Vance and Peter Vance"
    # two full names stay two full names; a lone given name alone is no couple
    text = f"{_Q}We never thought we would close,{_E} said Colin Ashworth and Maureen Hale."
    assert speaker_of(text, "We never thought") == "Colin Ashworth and Maureen Hale"
    text = f"{_Q}We never thought we would close,{_E} said Colin and Maureen."
    assert speaker_of(text, "We never thought") != "Colin Ashworth and Maureen Ashworth"


def test_british_outer_single_marks_with_an_inner_double_over_paragraphs():
    text = ("The chairman, Ray Dunmore, spoke after the game.\n\n"
            "'I went into the dressing room at half-time and told the players, \"Keep your heads up.\n\n"
            "'We are not finished yet.\" And they believed it,' he said.")
    assert speaker_of(text, "I went into the dressing room") == "Ray Dunmore"
    from sidebyside.compare import article_quotes
    first = next(q for q in article_quotes(text) if "dressing room" in q.text)
    assert "Keep your heads up" in first.text  # the inner double mark opens, it does not close the outer quotation
    text = ("The coach, Emma Shaw, was calm.\n\n"
            "'I said to the squad, \"Nobody panics.\n\n"
            "'We have done the work.\" Nobody did,' she said.")
    first = next(q for q in article_quotes(text) if "I said to the squad" in q.text)
    assert "Nobody panics" in first.text
    # the same mark after a comma, ending its paragraph's quotation with the attribution after it,
    # still closes a quotation a single mark opened (mismatched marks)
    text = ("Crews left the ward.\n\n'I can't speak for the first death, but in this case it looks like a lack of "
            "experience, \"Gaskin told the Herald.\n\nThe inquiry opens on Monday.")
    assert speaker_of(text, "I can't speak") == "Gaskin"


def test_a_title_case_headline_verb_after_a_one_word_name_ends_the_name():
    text = "Microsoft Releases Patch\n\nMicrosoft said the patch was ready."
    assert "Microsoft Releases" not in sources_of(text)
    text = "Halvern Closes Two Warehouses\n\nHalvern said the cuts were needed."
    assert "Halvern Closes" not in sources_of(text)
    # a name of two words ends before the verb only when the story writes its first word alone
    text = "Harbour Freight Closes Depot\n\nThe firm said the depot would shut."
    assert "Harbour Freight Closes" not in sources_of(text)
