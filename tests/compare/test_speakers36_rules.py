"""English speakers, wrong credits first: a participle after ", but X refused to comply," is X's,
not the sentence's opening subject's; "the company" after a sentence whose subject is another
body than the one it names last ("TSMC, the chipmaker, said ... for ATI") is that subject; a "he"
after a paragraph that describes someone ("Quinn, who was ...") is never the latest subject before
it, another person (speakers39: it is the one person that paragraph is about). Hand-written text, every person and body invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of

from sidebyside.compare import article_quotes


def test_a_participle_after_but_and_a_name_is_that_name_s():
    text = ("Officers were called to the bar on Friday.\n\n"
            "According to the charges, police stopped the car and tried to make contact, but Dale Mercer refused "
            "to comply, saying officers \"would need to kill\" him.\n\n"
            "Mercer was taken to hospital.")
    assert speaker_of(text, "would need to kill") == "Dale Mercer"


def test_a_participle_after_but_and_a_pronoun_is_the_pronoun_s():
    text = ("Dale Mercer was stopped on Friday.\n\n"
            "Police asked for his licence, but he refused to hand it over, saying officers \"had no right\" to it.")
    assert speaker_of(text, "had no right") == "Dale Mercer"


def test_a_participle_with_no_second_subject_keeps_the_opening_one():
    # negative: ", and questioned" goes on with the same subject
    text = "Police Chief Ann Lowe stopped the car and questioned the driver, saying the road was \"far too dangerous\" at night."
    assert speaker_of(text, "far too dangerous") == "Ann Lowe"
    # negative: a list of names, no clause of its own after "and"
    text = ("Coach Ann Lowe thanked Tom Reed, Carl Dunn, and Joe Price, saying the three had been \"the heart of the team\" "
            "all season.")
    assert speaker_of(text, "the heart of the team") == "Ann Lowe"


def test_the_company_after_a_sentence_whose_subject_is_another_body():
    text = ("Analysts said the merger would cost chip foundries orders from Pelcor Technologies Inc.\n\n"
            "VTMC, the world's largest maker of custom chips, said on Monday it will continue to manufacture for Pelcor.\n\n"
            "\"Our partnership with Pelcor will not change,\" the company said in a statement.")
    assert speaker_of(text, "Our partnership") == "VTMC"


def test_the_company_after_a_sentence_whose_subject_is_that_body():
    # negative: the body named last is the sentence's own subject
    text = ("Pelcor Systems Inc said on Monday that it had agreed to be bought by Dravon.\n\n"
            "Pelcor Systems Inc will keep its name, it said.\n\n"
            "\"Our partnership with our foundries will not change,\" the company said in a statement.")
    assert speaker_of(text, "Our partnership") == "Pelcor Systems Inc"


_GAME = ("The Hawks lost 24-7 on Sunday, with quarterback Brady Quinn and running back Peyton Dunn both struggling.\n\n"
         "Dunn added 101 yards on the ground for the Hawks, who had 352 yards rushing.\n\n")


def test_he_after_a_paragraph_describing_another_man_is_the_man_it_is_about():
    # (speakers39: the paragraph right before is about Quinn alone, so "he" is Quinn; no one before)
    text = _GAME + ("A big reason why was Quinn, who was just 10 of 22 for 162 yards.\n\n"
                    "\"This game was on my shoulders,\" he said.")
    assert speaker_of(text, "This game was") == "Brady Quinn"


def test_he_after_a_paragraph_naming_another_man_as_an_object_is_the_subject():
    # negative: a name only as an object, no relative clause describing him
    text = _GAME + ("The Hawks signed Quinn last week.\n\n"
                    "\"This game was on my shoulders,\" he said.")
    assert speaker_of(text, "This game was") == "Peyton Dunn"


def test_a_vessel_noun_makes_the_name_right_after_it_a_ship_s():
    text = ("The ferry sank off the coast on Monday.\n\n"
            "\"We saw the water coming in,\" ferry captain Tom Reed said.")
    assert speaker_of(text, "We saw the water") == "Tom Reed"  # negative: a role between the noun and the name
    from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
    from sidebyside.compare.termdata import lexicon
    vocab = attribution_vocabulary(lexicon())
    assert {"ins", "hms"} <= vocab.vessel_prefixes and not vocab.vessel_prefixes & vocab.vessel_nouns
    assert {"frigate", "tanker", "warship"} <= vocab.vessel_nouns  # the entity vocabulary's list


def test_words_in_marks_after_reported_that_are_the_reporter_s():
    text = ("Tom Reed spoke to the jury on Friday.\n\n"
            "Reed reported that the lorry had been \"driving far too fast\" when it hit the wall.")
    assert speaker_of(text, "driving far too fast") == "Tom Reed"


def test_words_in_marks_after_a_report_with_no_that_stay_no_one_s():
    # negative: "reported" with an object, not someone's words: only words right next to it
    text = ("Tom Reed spoke to the jury on Friday.\n\n"
            "The lab reported 40 cases of what doctors call \"walking pneumonia\" last week.")
    assert speaker_of(text, "walking pneumonia") is None


def test_goes_on_and_purported_are_verbs_of_saying():
    text = ("Tom Reed spoke to the jury on Friday.\n\n"
            "He goes on: \"I could not stop it.\"\n\n"
            "Ann Lowe, his neighbour, purported that the lorry \"was always too fast.\"")
    assert speaker_of(text, "I could not stop it") == "Tom Reed"
    assert speaker_of(text, "was always too fast") == "Ann Lowe"


def test_the_meeting_goes_on_is_no_one_s_saying():
    # negative: "goes on" with no one as its subject
    text = ("The council met on Friday.\n\n"
            "The meeting went on for hours: \"a marathon,\" in the words of the clerk's notes.")
    assert speaker_of(text, "a marathon") is None


def test_went_on_a_mission_is_no_clause_of_saying():
    # negative: "went on" with an object: a describing word in marks stays the writer's
    quotes = article_quotes('Troops went on a "pacifying" mission.')
    assert [q.speaker for q in quotes] == [None]
