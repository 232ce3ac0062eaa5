"""The sources reader30 found wrong or useless on real pairs (benchmarks/data/read_pairs/reader30.md,
"Sources" and "Speaker credits"; issue 12) and the shapes speakers48 left (an unnamed party member
after the verb, "federal and state officials" inside a sentence, a possessive after an abbreviation,
a body named for its work). Hand-written texts with invented names, each with a negative."""

from __future__ import annotations

from .helpers import quote_speakers, sources_of, speaker_of


# a plural noun of people whose verb, joined by "and" after a progressive, is one of belief or speech


def test_people_who_are_doing_something_and_believe_are_a_group_source():
    text = "Detectives are scouring CCTV and believe the raid was the work of professionals."
    assert sources_of(text) == {"detectives": "group"}
    assert sources_of("Police have been searching the woods and say the boy is safe.") == {"police": "institution"}


def test_a_passive_joined_to_no_verb_of_speech_is_no_source():
    # negative: no verb of belief or speech joined to the subject
    assert sources_of("Two men were arrested and charged on Friday.") == {}
    assert sources_of("Detectives are scouring CCTV and searching the woods.") == {}


# a body named after the work it did is an organisation, and "the group" after it the same source


def test_a_body_that_did_the_tests_is_an_organisation_and_the_group_is_it():
    text = ("Preliminary tests by Pixel Forge reveal that the game runs at an unstable performance level.\n\n"
            "The group state that the two modes are similar to the modes on other consoles.")
    assert sources_of(text) == {"Pixel Forge": "institution"}


def test_a_person_who_did_the_tests_stays_a_person():
    # negative: a given name first, or a title: the person who did the work
    assert sources_of("Tests by Ann Vole reveal that the game runs slowly.") == {"Ann Vole": "person"}


# the outlet quoting its own review: no speaker (the text never names the outlet, and an
# editorial "we" is the writer's own voice, no source the outlet cites)


def test_the_outlets_own_words_get_no_speaker():
    text = ("We recently travelled to the company's offices in Harlow to try the service for ourselves.\n\n"
            'We called it "an incredible feat when it decides to work." It\'s peak Orbit.')
    assert quote_speakers(text) == [None]
    assert sources_of(text) == {}


def test_a_we_inside_a_named_speakers_quotation_is_still_theirs():
    # negative: "we" in someone's quotation does not take the quotation from its speaker
    text = '"We called it a disaster," said Ann Vole, the director of the Harlow museum.'
    assert quote_speakers(text) == ["Ann Vole"]


# speakers48's leftovers


def test_federal_and_state_officials_inside_a_sentence_are_one_source():
    text = "The crack was spotted on Friday evening, federal and state officials said, and had not grown since."
    assert sources_of(text) == {"federal and state officials": "group"}
    # negative: a lone modifier stays alone
    assert sources_of("The crack was spotted on Friday, state officials said.") == {"state officials": "group"}


def test_an_unnamed_party_member_after_the_verb_is_the_source():
    text = '"The plan is dead," said the Democrat, who is familiar with the talks and asked not to be named.'
    assert speaker_of(text, "The plan is dead") == "the Democrat"
    assert sources_of(text) == {"the Democrat": "anonymous"}


def test_a_party_member_after_the_verb_with_no_unnamed_aside_gets_no_credit():
    # negative: "said the Republican" alone may be anyone of the party named before
    text = 'Sen. Jane Roe and Sen. Ann Vole spoke. "The plan is dead," said the Republican.'
    assert speaker_of(text, "The plan is dead") is None


def test_a_possessive_after_an_abbreviation_keeps_its_owner():
    text = "Orozco used a handgun to commit the murder, the D. A.'s release says."
    assert sources_of(text) == {"the D. A.'s release": "document"}


def test_a_body_named_for_its_work_is_an_organisation():
    assert sources_of("A quake struck inland on Monday, the US Geological Survey said.") == \
        {"Geological Survey": "institution"}
    # negative: a person whose surname is such a noun
    assert sources_of("Ann Survey said the quake struck inland.") == {"Ann Survey": "person"}
