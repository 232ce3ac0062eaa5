"""The speaker credits and sources a reader of session 24 found wrong or useless on real pairs
(benchmarks/data/read_pairs/reader27.md, "Speaker credits" and "Sources"; issue 12). Hand-written
texts with invented names, each with a negative."""

from __future__ import annotations

from .helpers import quote_speakers, sources_of, speaker_of

# the writer's imagined line: a colon that ends a coordinated clause of another subject


def test_a_quotation_after_a_later_clause_is_not_the_first_subjects():
    text = 'Vera Lind has a new record deal, and the Stone Group will be left to wonder: "what did we do to deserve this?"'
    assert speaker_of(text, "deserve this") is None
    assert "Vera Lind" not in sources_of(text)


def test_a_question_one_is_left_to_wonder_is_the_writers():
    assert speaker_of('Tom Rell was left to wonder: "why me?"', "why me") is None
    assert speaker_of('Tom Rell was left wondering: "why me?"', "why me") is None
    assert speaker_of('Tom Rell signed, and the board will be left to ask: "why now?"', "why now") is None


def test_the_one_subject_keeps_the_words():
    assert speaker_of('Tom Rell signed the papers and said: "why now?"', "why now") == "Tom Rell"
    assert speaker_of('Tom Rell lost the vote, but was blunt: "We failed."', "We failed") == "Tom Rell"
    assert speaker_of('Tom Rell lost the vote, and he was blunt: "We failed."', "We failed") == "Tom Rell"
    assert speaker_of('Tom Rell was blunt: "We failed."', "We failed") == "Tom Rell"


def test_a_later_clause_with_its_own_speech_verb_gives_its_subject():
    assert speaker_of('Tom Rell signed the papers, and Ann Lee said: "why now?"', "why now") == "Ann Lee"


def test_asking_without_being_left_stays_speech():
    assert speaker_of('Tom Rell asked: "why now?"', "why now") == "Tom Rell"
    assert speaker_of('Tom Rell left the room, asking: "why now?"', "why now") == "Tom Rell"


# one anonymous source in two rows


INSIDER = ('"Rell is frustrated because his name is being dragged in the mud," an insider told the outlet on Monday.\n\n'
           "Vera Lind allegedly hasn't been returning Rell's calls, the source further claimed to the outlet.\n\n"
           '"This fight is not something Rell agrees with," the insider added.')


def test_the_source_after_one_insider_is_that_insider():
    found = sources_of(INSIDER)
    assert set(found) == {"an insider"}
    assert quote_speakers(INSIDER) == ["an insider", "an insider"]


def test_two_indefinite_sources_stay_apart():
    found = sources_of("The plan was delayed, a person familiar with the talks said on Monday.\n\n"
                       "Another official said the vote would come in May.\n\n"
                       "The source added that no date was set.")
    assert {"a person familiar with the talks", "another official", "the source"} <= set(found)


def test_a_second_source_is_its_own():
    found = sources_of("The plan was delayed, an insider said.\n\n"
                       "A second source said the vote was off.")
    assert set(found) == {"an insider", "a second source"}


def test_a_definite_source_before_any_indefinite_one_stays_apart():
    found = sources_of("The source said the plan was delayed.\n\nAn insider added that no date was set.")
    assert set(found) == {"the source", "an insider"}


def test_another_noun_does_not_take_up_the_insider():
    found = sources_of("The plan was delayed, an insider said.\n\nThe official added that no date was set.")
    assert "an insider" in found and "the official" in found


# a place's police after "according to"


def test_according_to_a_places_police_cites_the_police():
    assert sources_of("According to Ridgeway police an officer arrived at the bank after receiving a call.") \
        == {"Ridgeway police": "institution"}
    assert sources_of("According to Ridgeway police, an officer arrived at the bank.") == {"Ridgeway police": "institution"}


def test_according_to_a_person_then_police_is_not_a_body():
    found = sources_of("Tom Smith was hurt in the crash.\n\nAccording to Smith police arrived late.")
    assert "Smith police" not in found


# a video promo's title kept in the body


def test_a_video_promo_line_lists_no_quotation():
    text = "The council met on Monday.\n\nVera Lind ‘informed enough’ to talk politicsVideo\n\nIt approved the budget, officials said."
    assert quote_speakers(text) == []


def test_a_scare_quote_in_a_body_line_is_still_listed():
    text = "The council met on Monday.\n\nVera Lind is ‘informed enough’ to talk politics.\n\nIt approved the budget."
    assert len(quote_speakers(text)) == 1
    text = "The council met on Monday.\n\nVera Lind is ‘informed enough’ to talk about the Video Arts prize.\n\nIt approved it."
    assert len(quote_speakers(text)) == 1


# a nested quotation's close typed after the outer close


def _quotes(text):
    from sidebyside.compare import article_quotes

    return article_quotes(text)


def test_a_nested_close_typed_after_the_outer_close_still_closes_the_nested_quotation():
    text = ("\"Five officers ran into my yard,\" Tom Rell said.\n\n"
            "\"I tried to open my door and they said 'close your door, lock your door.\" '\n\n"
            "He stayed inside for two hours.")
    found = _quotes(text)
    inner = [q for q in found if q.nested_in is not None]
    assert [q.text for q in inner] == ["close your door, lock your door."]
    assert inner[0].speaker != "Tom Rell"


def test_a_single_mark_after_a_close_inside_the_paragraph_is_no_nested_close():
    text = "\"I tried to open my door and they said 'close it,\" Tom Rell said. 'Then we waited.'"
    inner = [q for q in _quotes(text) if q.nested_in is not None]
    assert all(q.text != "close it," for q in inner)
