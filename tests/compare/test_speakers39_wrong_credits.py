"""English speakers from the read set read_16 and the read sets' misses (issue 12): a person's name
followed by "of" and a place whose name opens with "Fort", "Port", "Mount", "Lake" or "Cape" is the
person's, never the place's; words inside a participle of naming that opens its sentence ("Calling
them "...", Lee showed") are the main clause's subject's; a present naming verb that is as often a
noun ("Apple calls the laptop the "..."") is a clause when a name stands before it and its object's
quotation follows; a sentence opened by a participle that hands on another's words ("Recalling Ann
Lee's words, Tom Reed told the crowd: "..."") gives them to their owner, or to no one; a post a page
embeds, signed after a dash ("— Ann Lee (@annlee) May 3, 2020"), is its author's; a "he"/"she"
acting right after the close ('," he shrugged.') is the person it resolves to, never one the
quotation names; a bracket closing inside the quotation before its comma leaves the clause after
the close its own; words a person's speech verb reports before "according to" a report are the
person's; a quotation right after a sentence ending on a person's name and an action ("Hale
laughed. "..."") is that person's; a "he" after a sentence about a person described and not named
("The 45-year-old welder lost his job.") is that described person, or no one, never the last man
named before; a "he" right after a quotation that opens its paragraph is the one person the
paragraph of narration before it is about ("A big reason was Quinn, who ..."), and no one when
that paragraph is about someone's lawyer or coach. Hand-written text, every person, firm and place invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of


def test_a_name_of_a_fort_town_is_the_person_s():
    text = ("A jury found Dale Mercer guilty on Thursday.\n\n"
            "The victim's mother Ruth Hallam of Fort Ledger said later, \"I'm glad it's over.\"\n\n"
            "Mercer will be sentenced in May.")
    assert speaker_of(text, "I'm glad") == "Ruth Hallam"


def test_a_name_of_a_port_town_is_the_person_s():
    text = "Residents met on Friday.\n\nTom Reyes of Port Wallace said, \"Nobody asked us.\""
    assert speaker_of(text, "Nobody") == "Tom Reyes"


def test_a_place_before_a_title_and_a_name_leaves_the_name():
    # negative: the place opens a longer run, a title and the person after it
    text = "\"We will rebuild,\" Mount Isa Mayor Jane Cole said."
    assert speaker_of(text, "We will") == "Jane Cole"


def test_a_person_of_an_ordinary_town_is_read_as_before():
    # negative: no place word, the rule of "X of <place>" alone
    text = "Residents met on Friday.\n\nTom Reyes of Millbrook said, \"Nobody asked us.\""
    assert speaker_of(text, "Nobody") == "Tom Reyes"


def test_the_place_first_words_are_data():
    from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
    from sidebyside.compare.termdata import lexicon

    vocab = attribution_vocabulary(lexicon())
    assert {"fort", "port", "mount"} <= vocab.place_first_words
    assert "saint" not in vocab.place_first_words  # saints are people


def test_words_inside_a_fronted_participle_of_naming_are_the_main_subject_s():
    text = "The council met on Monday.\n\nCalling the plan \"reckless\", Mayor Ann Lee voted against it."
    assert speaker_of(text, "reckless") == "Ann Lee"
    text = ("Senator Tom Reed left the chamber early.\n\n"
            "Calling the vote \"a disgrace,\" he walked out.")
    assert speaker_of(text, "a disgrace") == "Tom Reed"


def test_a_fronted_participle_credits_no_one_without_a_person_after_it():
    # negatives: two subjects, a body's phrase, a sentence ended at the close, a "he" with no one before
    text = "The mayor met Ann Lee.\n\nCalling the bill \"dead on arrival\", Lee and Reed left."
    assert speaker_of(text, "dead on arrival") is None
    text = "Calling the plan \"reckless\". Ann Lee voted no."
    assert speaker_of(text, "reckless") is None
    text = "Calling the vote \"a disgrace,\" he walked out."
    assert speaker_of(text, "a disgrace") is None


def test_a_present_naming_verb_after_a_name_and_before_its_object_s_quoted_label():
    text = ("Veltro makes bikes.\n\n"
            "Veltro calls the new 9-speed frame the \"lightest we have ever built,\" and it may be right.")
    assert speaker_of(text, "lightest") == "Veltro"
    text = "Ann Lee calls the plan \"a disaster for the town.\""
    assert speaker_of(text, "a disaster") == "Ann Lee"


def test_calls_as_a_noun_is_no_clause():
    # negatives: "calls" a noun after "phone"; "calls," then a comma, no quotation in its reach
    text = "The phone calls the company received were \"mostly complaints,\" a spokesman said."
    assert speaker_of(text, "mostly") == "a spokesman"
    text = "Veltro calls, texts and emails its riders. The firm said the frame was \"light.\""
    assert speaker_of(text, "light") == "The firm"


def test_words_recalled_from_another_are_the_owner_s_or_no_one_s():
    text = "The mill closed in June.\n\nRecalling Ann Lee's words, Tom Reed told the crowd, \"Never give up.\""
    assert speaker_of(text, "Never give up") == "Ann Lee"
    text = "The mill closed in June.\n\nRecalling his father's words, Tom Reed told the crowd: \"Never give up on this town.\""
    assert speaker_of(text, "Never give up") is None
    text = "Quoting Lincoln, Tom Reed told the crowd, \"A house divided cannot stand.\""
    assert speaker_of(text, "A house divided") is None


def test_a_recalling_participle_with_no_words_leaves_the_speaker_his_own():
    # negatives: "recalling" an event, not words; "citing" a report before a fragment of his own report
    text = "Recalling the flood, Tom Reed said: \"We lost everything.\""
    assert speaker_of(text, "We lost") == "Tom Reed"
    text = "Citing the report, Tom Reed said the town was \"in real danger.\""
    assert speaker_of(text, "in real danger") == "Tom Reed"


def test_an_embedded_post_signed_after_a_dash_is_its_author_s():
    text = ("The senator reacted on Twitter.\n\n"
            "\"We will not back down. Not now, not ever.\" — Ann Lee (@annlee) May 3, 2020\n\n"
            "Tom Reed, her rival, said he was \"disappointed.\"")
    assert speaker_of(text, "We will not back down") == "Ann Lee"
    assert speaker_of(text, "disappointed") == "Tom Reed"


def test_a_dash_after_a_quotation_with_no_signature_credits_no_one():
    # negatives: a description after the dash, a sentence going on, a place's name
    text = "Posters went up overnight.\n\n\"Vote them out.\" — a slogan seen across the city."
    assert speaker_of(text, "Vote them out") is None
    text = "The crowd waited.\n\n\"It is over.\" — and with that, Ann Lee walked off the stage."
    assert speaker_of(text, "It is over") is None
    text = "The crowd waited.\n\n\"It is over.\" — Ann Lee Stadium, June 2021"
    assert speaker_of(text, "It is over") is None


def test_a_pronoun_acting_right_after_the_close_is_the_paragraph_s_person():
    text = ("Tom Reed ran the market for two years.\n\n"
            "\"We had plans to police it. But they shut it down before we got going,\" he shrugged.")
    assert speaker_of(text, "We had plans") == "Tom Reed"


def test_a_pronoun_after_the_close_is_never_a_name_inside_the_quotation():
    # negatives: the only man is named inside the words; a "she" with no woman before
    text = "Ann Lee met Tom Reed at the market.\n\n\"Tom Reed is a liar,\" he shrugged."
    assert speaker_of(text, "Tom Reed is a liar") is None
    text = "Tom Reed ran the market.\n\n\"Ann Lee never understood the plan,\" she sighed."
    assert speaker_of(text, "Ann Lee never") is None


def test_a_bracket_closing_inside_the_quotation_before_its_comma_leaves_the_clause_after_it():
    text = ("Hackers moved fast.\n\n"
            "\"People look for flaws like (the one in the browser),\" said Dana Pike, a researcher at Norvex.")
    assert speaker_of(text, "People look") == "Dana Pike"
    # negative: a bracket in the narration changes nothing
    text = "The report (published Monday) said costs \"would rise.\""
    assert speaker_of(text, "would rise") == "The report"


def test_words_a_person_s_verb_reports_before_according_to_are_that_person_s():
    text = ("Police arrested Dale Mercer on Friday.\n\n"
            "Mercer told officers he \"never meant to hurt anyone,\" according to the police report.")
    assert speaker_of(text, "never meant") == "Dale Mercer"


def test_according_to_still_credits_words_no_person_s_verb_reports():
    # negatives: no speech verb before the words; a verb of being arrested, not of saying
    text = ("Police arrested Dale Mercer on Friday.\n\n"
            "The suspect was \"calm and polite,\" according to the police report.")
    assert speaker_of(text, "calm and polite") == "the police report"
    text = ("Police arrested Dale Mercer on Friday.\n\n"
            "Mercer was arrested at home, and \"no weapon was found,\" according to police.")
    assert speaker_of(text, "no weapon") == "police"


def test_a_quotation_after_its_speaker_s_action_is_that_speaker_s():
    text = ("\"I held out as long as I could,\" said Martin Hale, 62.\n\n"
            "His daughter said the price of milk made it impossible.\n\n"
            "Asked what he would do now, Hale laughed. \"Sleep past five, for a start.\"")
    assert speaker_of(text, "Sleep past five") == "Martin Hale"
    text = "The farm was sold.\n\nMartin Hale shrugged. \"It was time.\""
    assert speaker_of(text, "It was time") == "Martin Hale"


def test_an_action_beat_never_credits_a_name_the_words_hold_nor_one_inside_a_subject():
    # negatives: the name inside the words; a name inside another subject's aside; a name as object
    text = "The farm was sold.\n\nMartin Hale paused. \"Martin Hale never gives up.\""
    assert speaker_of(text, "Martin Hale never") is None
    text = "The vote passed.\n\nThe council, led by Ann Lee, agreed. \"We will act.\""
    assert speaker_of(text, "We will act") is None
    text = "The farm was sold on Monday to Martin Hale. \"It was time.\""
    assert speaker_of(text, "It was time") is None


def test_a_pronoun_after_a_described_person_s_sentence_is_not_the_last_man_named():
    # the paragraph is about "the 45-year-old welder", whom the text never names: no one
    text = ("Tom Reed has worked at the plant since 1999.\n\n"
            "\"We will rebuild,\" said Dan Cole, the foreman.\n\n"
            "The 45-year-old welder lost his job in May. \"It is hard,\" he said.")
    assert speaker_of(text, "It is hard") is None
    # the text described one man so before: his
    text = ("Tom Reed, a welder, has worked at the plant since 1999.\n\n"
            "\"We will rebuild,\" said Dan Cole, the foreman.\n\n"
            "The welder lost his job in May. \"It is hard,\" he said.")
    assert speaker_of(text, "It is hard") == "Tom Reed"


def test_a_pronoun_after_a_sentence_naming_its_person_keeps_that_person():
    # negatives: the sentence names its person ("For Reed, ..."); the description is the credited man's own
    text = ("Tom Reed has worked at the plant since 1999.\n\n"
            "\"We will rebuild,\" said Dan Cole, the foreman.\n\n"
            "For Reed, the news came as a shock. \"It is hard,\" he said.")
    assert speaker_of(text, "It is hard") == "Tom Reed"
    text = ("Dan Cole, the foreman, has worked at the plant since 1999.\n\n"
            "\"We will rebuild,\" Cole said.\n\n"
            "The foreman paused at the gate. \"It is hard,\" he said.")
    assert speaker_of(text, "It is hard") == "Dan Cole"


def test_a_pronoun_after_a_quotation_is_the_one_person_the_paragraph_before_is_about():
    text = ("\"We ran well,\" said Tom Reed.\n\n"
            "Peyton Hale added 101 yards for the Hawks.\n\n"
            "A big reason why was Dan Cole, who threw two interceptions.\n\n"
            "\"This game was on my shoulders,\" he said.")
    assert speaker_of(text, "This game") == "Dan Cole"


def test_a_pronoun_after_a_paragraph_about_someone_s_lawyer_is_no_one():
    # negatives: the paragraph is about an owner's person ("Dan Cole's lawyer"), not Cole
    text = ("\"We ran well,\" said Tom Reed.\n\n"
            "Dan Cole's coach praised the line.\n\n"
            "\"This game was on my shoulders,\" he said.")
    assert speaker_of(text, "This game") is None
    text = ("\"We ran well,\" said Tom Reed.\n\n"
            "A big reason why was Dan Cole's lawyer.\n\n"
            "\"This case was on my shoulders,\" he said.")
    assert speaker_of(text, "This case") is None


def test_a_pronoun_after_a_paragraph_naming_its_subject_beside_an_owner_is_the_subject():
    # negative: the owner ("Dan Cole's partner") sits in an aside of a paragraph whose subject is named
    text = ("A jury convicted Ray Munoz of killing Deputy Dan Cole.\n\n"
            "Deputy Tom Reed, who had been Cole's partner for a year, called the verdict bittersweet.\n\n"
            "He explained, \"You feel good, but it will never bring Dan back.\"")
    assert speaker_of(text, "You feel good") == "Tom Reed"
