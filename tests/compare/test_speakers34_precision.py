"""Speakers: when the clause does not say who spoke, no one is credited (wrong credits read on real
pages: a group's or the public's imagined words, a scare-quoted possessive, a pronoun after a
surname the people index does not hold, kin sharing a surname, a nickname splitting a name, a
document's words, a clause the page's broken marks swallowed). Every text is written by hand."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def credit(text: str, words: str) -> str | None:
    """The speaker of the quotation that opens with words."""
    return next(q.speaker for q in article_quotes(text) if q.text.startswith(words))


# a coordinated verb with a group of its own as subject, after a name opened the sentence


def test_group_subject_of_a_coordinated_verb_is_not_the_sentence_opener():
    text = ("Senator John Smith spoke at length on Monday. In other words, the more Smith talks, the more "
            "the people shrug and think, “Enough already, just vote.”")
    assert credit(text, "Enough already") is None


def test_crowd_after_a_clause_of_its_own_is_not_the_speaker_before():
    text = ("Senator John Smith spoke at length on Monday. Smith told reporters he would stay, and the crowd "
            "cheered and shouted, “Stay!”")
    assert credit(text, "Stay") != "John Smith"


def test_coordinated_verbs_of_the_name_itself_stay_its_own():
    text = "Senator John Smith spoke at length on Monday. Smith smiled and said, “We will stay.”"
    assert credit(text, "We will stay") == "John Smith"


def test_group_object_of_a_speech_verb_leaves_the_speaker():
    text = ("Senator John Smith spoke at length on Monday. Smith said the protesters left early and added, "
            "“We will stay.”")
    assert credit(text, "We will stay") == "John Smith"


# people at large: the public, "people think"


def test_the_public_screaming_is_no_source():
    text = ("Senator John Smith spoke at length on Monday. Smith believes that the more chaos he creates, the "
            "more the collective public will fall into a fetal position, cover its ears, and scream, “Make it stop.”")
    assert credit(text, "Make it stop") is None


def test_people_thinking_is_no_source():
    text = 'Senator John Smith spoke at length on Monday. The people think, "Enough already, just vote."'
    assert credit(text, "Enough already") is None


def test_unnamed_people_who_speak_stay_a_source():
    text = 'The fire spread through the night. Residents said, "We lost everything in an hour."'
    assert credit(text, "We lost everything") is not None


# a scare-quoted possessive inside a noun phrase


def test_scare_quoted_possessive_is_no_ones():
    text = ("Would Senator Adam Schiff have pleaded to keep the “whistleblower’s” identity secret? "
            "Nobody can tell.")
    assert credit(text, "whistleblower") is None


def test_quoted_word_the_speaker_uses_stays_his():
    text = 'Senator Adam Schiff said the complaint was "credible" and urgent.'
    assert credit(text, "credible") == "Adam Schiff"


# "he said" after a sentence opening with a surname the index holds no one for


def test_pronoun_after_an_unindexed_subject_is_not_the_object_named():
    text = ("Sondland, a wealthy hotelier, is more entangled than any witness in the efforts to get Ukraine to "
            "investigate political rival Joe Biden. Yet Sondland has already amended his testimony once — "
            "“I now do recall,” he said, talking about investigations.")
    assert credit(text, "I now do recall") != "Joe Biden"


def test_pronoun_after_the_only_person_named_stays_his():
    text = ("The hearing went on into the evening as the committee questioned political rival Joe Biden. "
            "“I now do recall,” he said, talking about investigations.")
    assert credit(text, "I now do recall") == "Joe Biden"


# an inverted clause after a comma: "said sheriff's Sgt. Vanette Christiansen."


def test_inverted_clause_with_a_possessive_office_names_the_speaker():
    text = ("Deputy Jerry Ortiz was killed on Friday, Undersheriff Larry Waldie said.\n\n"
            "A passer-by called the station, said sheriff’s Sgt. Vanette Christiansen.\n\n"
            "“Our units responded,” she said.")
    assert credit(text, "Our units") == "Vanette Christiansen"


def test_pronoun_after_a_plain_name_clause_stays_the_speaker():
    text = ("Deputy Jerry Ortiz was killed on Friday, Undersheriff Larry Waldie said.\n\n"
            "“Our units responded,” he said.")
    assert (credit(text, "Our units") or "").endswith("Larry Waldie")


# several relatives share the surname: the one named first


def test_surname_after_a_list_of_relatives_is_the_first_named():
    text = ("Fred LaRue, a Nixon aide, died on Sunday.\n\n"
            "Mr. LaRue is survived by his wife, Joyce LaRue; his daughters Patricia LaRue of Arlington and "
            "Leslie LaRue of Manhattan; and nine grandchildren.\n\n"
            "In an interview last year, Mr. LaRue guessed that prison had added years to his life.\n\n"
            "\"The warden let me make a badminton court,\" he said.")
    assert credit(text, "The warden") == "Fred LaRue"


def test_surname_after_one_relative_named_is_that_relative():
    text = ("Doug McDermott will return to Creighton for his senior year.\n\n"
            "His father, coach Greg McDermott, learned of it on Tuesday.\n\n"
            "\"He told me first,\" McDermott said.")
    assert credit(text, "He told me first") == "Greg McDermott"


# a nickname in marks between a given name and a surname


def test_nickname_between_given_name_and_surname_keeps_the_full_name():
    text = ("Vincent \"The Chin\" Gigante, the mob boss, died on Monday.\n\n"
            "Gigante pleaded guilty in 2003. \"God bless you,\" he told the judge.\n\n"
            "Relatives, including a brother, the Rev. Louis Gigante, were at his side.")
    assert credit(text, "God bless you") == "Vincent Gigante"


def test_quoted_title_between_names_is_no_nickname():
    text = ("Ann Lee read \"Beloved\" Morrison's novel aloud.\n\n"
            "Later the Rev. Louis Morrison spoke. \"It was moving,\" Morrison said.")
    assert credit(text, "It was moving") == "Louis Morrison"


# a document's words: the same description that spoke before; a sign's words


def test_same_document_description_speaks_again():
    text = ("A restoration company called Heritage Properties bought the buildings in 1997.\n\n"
            "The white paper noted that the creamery had lost money for years.\n\n"
            "\"In 2004, 39 percent of the milk was from Alaska producers,\" the white paper said.")
    assert credit(text, "In 2004") == "The white paper"


def test_company_called_by_name_is_no_speaker_of_a_document():
    text = ("A restoration company called Heritage Properties bought the buildings in 1997.\n\n"
            "\"In 2004, 39 percent of the milk was from Alaska producers,\" the report said.")
    assert credit(text, "In 2004") != "A restoration company"


def test_sign_at_a_place_is_no_speaker():
    text = "As boss, Gigante's watchword was secrecy.\n\nA sign at his headquarters warned, \"Don't talk.\""
    assert credit(text, "Don't talk") is None


def test_spokesman_at_a_place_still_speaks():
    text = "A spokesman at the headquarters warned, \"Don't come here tonight.\""
    assert credit(text, "Don't come") is not None


# a narration clause the page's broken marks swallowed into the quotation


def test_clause_ending_a_quote_with_broken_marks_names_the_speaker():
    text = ("Security expert Paul Henry says the patch is large.\n\n"
            "\"It's been a while since we've seen such a patch, but apply it soon.\"\n\n"
            "\"It's important to reiterate that all versions are affected, Tyler Reguly, technical manager "
            "at Tripwire, says.\n\n"
            "\"Since attacks are occurring now, a patch is in everyone's interest.\"")
    assert credit(text, "It's important") == "Tyler Reguly"
    assert credit(text, "It's been a while") == "Paul Henry"


def test_quote_naming_someone_inside_is_not_credited_to_him():
    text = ("Security expert Paul Henry says the patch is large.\n\n"
            "\"I agree with what Tyler Reguly says.\"")
    assert credit(text, "I agree") != "Tyler Reguly"
