"""English house style (honorifics throughout, people sharing a surname): the rules written from the
English read batch 12 (benchmarks/data/speakers/written_english_read.json). Hand-written text, every
person and body invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of

SIBLINGS = ("Marta Quill, 31, and her brother, Tobias Quill, 28, opened the ferry cafe in May.\n"
            "\"We nearly sold it twice,\" Ms. Quill said.\n"
            "{title} Quill said the second offer had been tempting. \"It was a lot of money,\" he said.")


def test_mr_with_a_surname_two_people_share_is_the_man():
    # "Mr. Quill": the brother, a man's given name, not the sister named first
    assert speaker_of(SIBLINGS.format(title="Mr."), "It was a lot of money") == "Tobias Quill"
    assert speaker_of(SIBLINGS, "We nearly sold it twice") == "Marta Quill"


def test_mr_tells_nothing_when_no_given_name_tells_a_gender():
    # negative: "Sasha" and "Robin" name men and women: "Mr." keeps both, the one named first as before
    text = ("Sasha Quill and Robin Quill, 28, opened the ferry cafe in May.\n"
            "\"We nearly sold it twice,\" Mr. Quill said.")
    assert speaker_of(text, "We nearly sold it twice") == "Sasha Quill"


MOTHER = ("Daniel Korver, 27, died in March after a fall at the mill.\n"
          "His mother, Agnes Korver, spoke to the court before the sentence.\n"
          "Prosecutor Elena Ward said the case was strong. \"The evidence was clear,\" Ms. Ward said.\n"
          "Outside, {title} Korver held a photograph of her son. Asked how she felt, she said: \"Tired.\"")


def test_ms_with_a_shared_surname_is_the_woman():
    # "Ms. Korver", the son of the same surname named first: the mother, not the son nor the prosecutor
    assert speaker_of(MOTHER.format(title="Ms."), "Tired") == "Agnes Korver"


def test_ms_with_a_surname_only_a_man_bears_is_not_him():
    # when every full name of that surname is a man's, "Ms." is a woman the text does not name in
    # full: never the man (session 28 reversed this test, which kept him: a wrong credit, issue 12)
    text = ("Daniel Korver, 40, runs the mill. \"We are busy,\" Ms. Korver said.")
    assert speaker_of(text, "We are busy") != "Daniel Korver"


def test_the_juror_said_is_the_juror_described_before():
    text = ("A juror, who asked not to be identified, said the panel had deliberated for two hours. "
            "\"The video settled it,\" the juror said.")
    assert speaker_of(text, "The video settled it") == "A juror"


VOX_POP = ("By noon the queue outside the bakery reached the corner. {before} "
           "\"We drove three hours for this,\" one said.")


def test_one_said_after_a_group_that_spoke_is_one_of_them():
    group = "Several customers said they had come from Fargo."
    assert speaker_of(VOX_POP.format(before=group), "We drove three hours") == "customers"


def test_one_said_with_no_group_that_spoke_credits_no_one():
    # negatives: a group only seen, not speaking; a named person speaking before
    assert speaker_of(VOX_POP.format(before="Several customers waited in the rain."), "We drove three hours") is None
    assert speaker_of(VOX_POP.format(before="The owner, Tom Reed, said the oven was new."), "We drove three hours") is None


KILLER = ("Owen Tarrant, 41, was convicted in May of murder in the death of Lena Crowe, a nurse.\n"
          "Judge Ruth Amsel told him the crime was senseless. \"You ended a life over nothing,\" she said.\n"
          "{description}, wearing a grey suit, spoke briefly. \"I am sorry,\" he said.")


def test_a_pronoun_after_a_described_culprit_is_the_one_the_article_convicted():
    # "The convicted killer": the man the article says was convicted, not the judge who spoke before
    assert speaker_of(KILLER.format(description="The convicted killer"), "I am sorry") == "Owen Tarrant"


def test_the_convicted_killer_said_is_the_one_convicted():
    text = KILLER.split("\n")[0] + "\n\"I will not waste this chance,\" the convicted killer said."
    assert speaker_of(text, "I will not waste this chance") == "Owen Tarrant"


def test_a_culprit_no_sentence_names_credits_no_one():
    # negatives: no sentence before tells who killed; never the phrase, never the judge
    text = ("Judge Ruth Amsel read the verdict. \"You ended a life over nothing,\" she said.\n"
            "The killer, wearing a grey suit, spoke briefly. \"I am sorry,\" he said.\n"
            "\"I will not waste this chance,\" the killer said.")
    assert speaker_of(text, "I am sorry") is None
    assert speaker_of(text, "I will not waste this chance") is None


def test_two_people_told_of_the_deed_credit_no_one():
    text = ("Owen Tarrant, 41, was convicted of murder. Paul Venn was convicted of helping him.\n"
            "\"I will not waste this chance,\" the convicted killer said.")
    assert speaker_of(text, "I will not waste this chance") is None


EMPLOYER = ("{employer} has set up a fund for the driver's children. "
            "The company said in a statement that he had been \"one of our most loved drivers.\"")


def test_the_company_is_the_body_named_after_its_noun():
    # "the delivery company FreshCart": a body's name after its noun, which "the company" stands for
    assert speaker_of(EMPLOYER.format(employer="His employer, the delivery company FreshCart,"), "one of our most") == "FreshCart"


def test_the_company_takes_no_person_named_after_a_role():
    # negative: "company founder Ada Brill" is a person; "the company" is not her
    said = speaker_of(EMPLOYER.format(employer="The company founder Ada Brill"), "one of our most")
    assert said != "Ada Brill" and said != "Brill"


STATEMENT = ("Before the sentence, the victim's father, Hal Dorsey, read {what} to the court.\n"
             "\"My son was kind. He was twenty-two.\n"
             "\"I will not forgive this.\"")


def test_words_after_read_a_statement_are_the_readers():
    assert speaker_of(STATEMENT.format(what="a statement"), "My son was kind") == "Hal Dorsey"
    assert speaker_of(STATEMENT.format(what="a statement"), "I will not forgive") == "Hal Dorsey"


def test_a_sign_that_reads_words_speaks_for_no_one():
    # negative: "read" after a document: the sign's words, still no one's
    text = ("Hal Dorsey stood by the gate. A sign on the door read a warning: \"Closed until further notice.\"")
    assert speaker_of(text, "Closed until further notice") is None


BRITISH = ("Nadia Brook, an analyst at Fenmore, said investors had waited for the cuts.\n"
           "'The market has told them for two years that costs were too high. This is the board listening.\n"
           "{second}")


def test_straight_single_marks_running_over_paragraphs_are_one_speakers():
    text = BRITISH.format(second="'The risk is that they cut the people who keep the customers happy.'")
    assert speaker_of(text, "The market has told them") == "Nadia Brook"
    assert speaker_of(text, "The risk is that") == "Nadia Brook"


def test_a_paragraph_without_a_mark_does_not_carry_the_quotation_on():
    # negative: the next paragraph opens with no mark: the writer's words, no quotation of hers
    from sidebyside.compare import article_quotes
    text = BRITISH.format(second="Shares in the company rose 4 per cent in early trading.")
    assert not any(q.text.startswith("Shares in the company") for q in article_quotes(text))


APPOSED = ("Dorian Fenwick, an analyst with Greyline, says the flaw is serious.\n\n"
           "\"Every version is affected,\" {attribution}.\n\n"
           "\"Install the shim,\" he said.")


def test_a_role_apposed_before_a_name_ending_the_sentence_tells_her_sex():
    # "said Tallow's spokeswoman, Robin Tolley.": the role is hers; "he" goes back past her
    said = APPOSED.format(attribution="said Tallow's spokeswoman, Robin Tolley")
    assert speaker_of(said, "Every version") == "Robin Tolley"
    assert speaker_of(said, "Install the shim") == "Dorian Fenwick"


def test_a_role_apposed_before_a_name_with_no_speech_verb_tells_nothing():
    # negative: "the spokeswoman, Robin Tolley." closing a list after "met": no apposition read,
    # so "he" is not sent back past Robin (whose sex the text does not tell)
    said = APPOSED.format(attribution="Greyline's staff met the spokeswoman, Robin Tolley. \"Fine,\" said Robin Tolley")
    assert speaker_of(said, "Install the shim") != "Dorian Fenwick"


def test_one_said_far_from_the_group_that_spoke_credits_no_one():
    # negative: the customers spoke paragraphs before; a reader cannot tell whose "one" this is
    filler = "The bakery opened in 1998 in a converted garage on the edge of town. " * 10
    text = ("Several customers said they had come from Fargo.\n" + filler + "\n"
            "\"We drove three hours for this,\" one said.")
    assert speaker_of(text, "We drove three hours") is None


def test_the_killer_is_never_the_one_killed():
    # negative: the only subject a sentence tells the deed of is the victim ("was killed"): no one
    text = ("Lena Crowe was killed on her way home in May.\n"
            "\"I will not waste this chance,\" the killer said.")
    assert speaker_of(text, "I will not waste this chance") is None


def test_the_killer_is_the_one_who_killed():
    text = ("Owen Tarrant killed Lena Crowe on her way home in May.\n"
            "\"I will not waste this chance,\" the killer said.")
    assert speaker_of(text, "I will not waste this chance") == "Owen Tarrant"
