"""English speakers, wrong credits first: a "he"/"she" that would pass over the speaker of the
quotation just before (one the rules could not read, or one a stray mark left inside a
quotation) credits no one; a paragraph whose own "he" goes on about someone named before does
not hand a later "he said" to the other man it names; words right after "everyone said" carry on
no earlier speaker's; "the report said" after "The Harbour Board report says" is that report
(not the latest body that spoke).
Hand-written text, every person and body invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of


def test_she_after_a_quotation_whose_speaker_no_rule_reads_is_no_one():
    text = ("Hundreds of houses were damaged in the floods, Governor Teodric Palliser said.\n\n"
            "\"I'm living in a tent. I want to go home,\" said weaver's widow Tarrelin, who fled with her sons.\n\n"
            "\"Two of my sons are sick. We have had no medicine,\" she said.")
    assert speaker_of(text, "Two of my sons") != "Teodric Palliser"


def test_she_after_a_named_woman_s_quotation_is_hers():
    # negative: the quotation before is read, and it is hers
    text = ("Hundreds of houses were damaged in the floods, Governor Teodric Palliser said.\n\n"
            "\"I'm living in a tent. I want to go home,\" said Margaret Tolley, 51, who fled with her sons.\n\n"
            "\"Two of my sons are sick. We have had no medicine,\" she said.")
    assert speaker_of(text, "Two of my sons") == "Margaret Tolley"


def test_he_adds_after_a_clause_a_stray_mark_left_inside_a_quotation_is_not_the_man_before():
    # (it goes on from the one who just spoke, Maddox: test_speakers40_pronoun_rivals)
    text = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
            "\"The bad news is that every version is affected,\" he says.\n\n"
            "\u201cIt's important to say that all versions are hit, Corwin Maddox, head of research at Tallow, says.\n\n"
            "\"In the meantime, install the shim.\u201d\n\n"
            "He adds, \u201cFor users who are not comfortable with the fix, another browser is the best option.\u201d")
    assert speaker_of(text, "For users who") != "Dorian Fenwick"


def test_he_adds_after_the_same_speaker_s_quotation_is_his():
    # negative: the quotation before is the pronoun's referent's own
    text = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
            "\"The bad news is that every version is affected,\" he says.\n\n"
            "He adds, \u201cFor users who are not comfortable with the fix, another browser is the best option.\u201d")
    assert speaker_of(text, "For users who") == "Dorian Fenwick"


def test_a_woman_s_quotation_before_is_no_rival_for_he():
    # negative: the speaker just before is a woman, so "he" may well go back to the man
    text = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
            "\"Every version is affected,\" said Margaret Tolley.\n\n"
            "Fenwick agreed. \"Install the shim,\" he said.")
    assert speaker_of(text, "Install the shim") == "Dorian Fenwick"


def test_he_said_after_a_paragraph_about_him_that_names_another_man_is_not_the_other_man():
    text = ("Actor Tobias Renwick has been cast as the new lead of the series.\n\n"
            "Renwick is best known for his role as a ship's doctor.\n\n"
            "At 58, he is the same age as Walter Carlow when he was cast in the part in 1971.\n\n"
            "\"I can't wait to get started,\" he said.")
    assert speaker_of(text, "I can't wait") != "Walter Carlow"


def test_he_said_after_a_paragraph_that_only_names_another_man_is_that_man():
    # negative: the paragraph is about the man it names, no "he" of its own before him
    text = ("Actor Tobias Renwick has been cast as the new lead of the series.\n\n"
            "Renwick is best known for his role as a ship's doctor.\n\n"
            "That is something that Walter Carlow echoes.\n\n"
            "\"He is the right man for it,\" he said.")
    assert speaker_of(text, "He is the right man") == "Walter Carlow"


def test_words_right_after_everyone_said_are_not_the_last_speaker_s():
    text = ("Hester Quill said the casting was done in secret.\n\n"
            "\"We filmed him at home and I showed it around and everyone said 'yes, that is the captain'.\n\n"
            "Quill added that the actor had \"crossed my mind\" years ago.")
    assert speaker_of(text, "yes, that is the captain") != "Hester Quill"


def test_words_after_the_speaker_s_own_said_are_still_hers():
    # negative: a verb whose subject is read ("she said") keeps crediting her
    text = ("Hester Quill said the casting was done in secret.\n\n"
            "\"We filmed him at home,\" Quill said, \"and it worked.\"")
    assert speaker_of(text, "and it worked") == "Hester Quill"


def test_the_report_said_after_a_body_s_report_is_that_report_not_the_latest_body():
    text = ("The Harbour Board told Port Alden College on Monday of nine alleged breaches.\n\n"
            "Port Alden College previously said it was looking into the breaches.\n\n"
            "The Harbour Board report says the captain took the money through a clerk.\n\n"
            "The two are accused of acting \"contrary to the rules of safe conduct\" by failing to report it, the report said.")
    got = speaker_of(text, "contrary to the rules")
    assert got != "Port Alden College"
    assert got is not None and "report" in got.casefold()


def test_the_report_said_after_the_body_s_own_statement_keeps_the_body():
    # negative: the document names the body that spoke last, so it is that body's
    text = ("The Harbour Board said on Monday it had found nine breaches.\n\n"
            "The Harbour Board statement says the captain took the money through a clerk.\n\n"
            "The two acted \"contrary to the rules of safe conduct\", the statement said.")
    assert (speaker_of(text, "contrary to the rules") or "").casefold() == "the harbour board"


def test_a_body_s_name_before_a_title_and_a_name_after_the_close_is_no_verb():
    # "State" of "Harlow State president" is a word of the college's name, not the verb "state"
    text = "\"The charges are what we expected,\" Harlow State president Nadia Okafor said at a news conference."
    assert speaker_of(text, "The charges are") == "Nadia Okafor"


def test_a_verb_between_the_close_and_the_name_still_stops_the_clause():
    # negative: a lower-case verb after the close is the writer's sentence going on
    text = ("\"The charges are what we expected,\" officials state in the letter, which Nadia Okafor signed.")
    assert speaker_of(text, "The charges are") != "Nadia Okafor"


def test_a_surname_two_people_share_is_the_one_named_near():
    # negative: the one named in the sentence before is the one the surname stands for
    text = ("\"Never sell,\" said Martin Whitfield, 62.\n\n"
            "His daughter, Emma Whitfield, 30, said milk prices made it impossible.\n\n"
            "\"We lost money on every litre,\" Whitfield said.")
    assert speaker_of(text, "We lost money") == "Emma Whitfield"


def test_a_surname_the_article_gave_its_subject_before_naming_a_relative_stays_the_subject_s():
    # negative: the obituary called its subject by the surname before the father was named
    text = ("Frederick Varley, a shipping heir, has died at 75.\n\n"
            "Varley's body was found on Tuesday.\n\n"
            "His father, Isaac Parsons Varley, had served jail time.\n\n"
            "In 1967 Varley became a friend of the campaign.\n\n"
            "\"I joined in that coverup,\" Varley said.")
    assert speaker_of(text, "I joined in") == "Frederick Varley"


def test_a_surname_after_a_relative_brought_in_as_kin_stays_the_subject_s():
    # negative: the second of the surname comes in as the first one's kin, in a sentence of its own
    text = ("Nadia Brennock will return to the club for one more season.\n\n"
            "Her father, coach Walter Brennock, learned of it on Tuesday.\n\n"
            "Later that night, Brennock told a few teammates.\n\n"
            "\"I just ended up trusting myself,\" Brennock said.")
    assert speaker_of(text, "I just ended up") == "Nadia Brennock"


def test_he_said_in_what_a_man_recalls_is_no_one_for_sure():
    text = "Tobin Greer, a neighbour, recalled that he said, \"I'll be back by noon.\""
    assert speaker_of(text, "I'll be back") is None


def test_he_said_in_what_a_man_says_is_his():
    # negative: "said he told police" reports his own words
    text = "Tobin Greer said he told police, \"I'll be back by noon.\""
    assert speaker_of(text, "I'll be back") == "Tobin Greer"


def test_he_said_in_what_a_woman_recalls_is_the_man_before():
    # negative: "he" cannot be the woman who recalls it
    text = ("Carl Munro was arrested on Friday.\n\n"
            "His sister Ann Munro recalled that he said, \"I'll be back by noon.\"")
    assert speaker_of(text, "I'll be back") == "Carl Munro"


def test_words_an_unread_clause_introduces_are_not_the_clause_s_after_the_close():
    text = ("Officer Dana Bright arrested Carl Munro on Friday.\n\n"
            "A staff member recalled that he said, \"I'll be back by noon,\" the office said.")
    assert speaker_of(text, "I'll be back") != "the office"


def test_a_one_word_name_with_an_age_after_a_possessive_description_speaks():
    text = ("Hundreds of houses were damaged in the floods, Governor Teodric Palliser said.\n\n"
            "\"I'm living in a tent,\" said weaver's widow Tarrelin, 51, who fled with her sons.\n\n"
            "\"Two of my sons are sick,\" she said.")
    assert speaker_of(text, "I'm living in a tent") == "Tarrelin"
    assert speaker_of(text, "Two of my sons") == "Tarrelin"


def test_a_one_word_capitalised_word_with_no_age_after_a_description_is_no_name():
    # negative: without an age a lone capitalised word after a role may be anything
    text = "\"I'm living in a tent,\" said weaver's widow Tarrelin, who fled with her sons."
    assert speaker_of(text, "I'm living in a tent") != "Tarrelin"


def test_a_quotation_after_one_sentence_about_the_last_speaker_in_its_paragraph_is_hers():
    text = ("Orla Breen, 41, talks about night shifts and her first novel.\n\n"
            "\"I write between midnight and four,\" Breen says, pouring tea.\n\n"
            "She started the book after her mother died. \"She used to say, write what scares you. So I did.\"")
    assert speaker_of(text, "She used to say") == "Orla Breen"


def test_a_quotation_after_a_sentence_about_someone_else_is_not_the_last_speaker_s():
    # negative: the sentence before the quotation in its paragraph is about another person
    text = ("Orla Breen, 41, talks about night shifts and her first novel.\n\n"
            "\"I write between midnight and four,\" Breen says, pouring tea.\n\n"
            "Police arrested a man outside her house on Monday. \"He had been there for hours.\"")
    assert speaker_of(text, "He had been there") != "Orla Breen"
    # negative: two sentences of narration before it, the second about something else
    text = ("Orla Breen, 41, talks about night shifts and her first novel.\n\n"
            "\"I write between midnight and four,\" Breen says, pouring tea.\n\n"
            "She moved to the city in 2009. The old harbour was empty then. \"Nobody came here.\"")
    assert speaker_of(text, "Nobody came here") is None
