"""The sources a reader of session 25 found wrong or useless on real pairs
(benchmarks/data/read_pairs/reader29.md, "Sources" and "Noticed, not counted"; issue 12), and
documents as speakers and sources (one rule for "the report said" and "according to the
report"). Hand-written texts with invented names, each with a negative."""

from __future__ import annotations

from .helpers import quote_speakers, sources_of, speaker_of


# a document that carries a named speaker's words is no second, unnamed source


def test_according_to_a_statement_after_a_credited_quote_is_no_source():
    text = ('Mayor Dana Pell visited the Orlo settlement on Tuesday.\n\n'
            '"Here we are on a great day for the valley," she told settler leaders, according to a statement.')
    assert quote_speakers(text) == ["Dana Pell"]
    assert sources_of(text) == {"Dana Pell": "person"}
    # the same with the definite article
    text = '"We will build the bridge," Ivo Brandt said, according to the statement.'
    assert sources_of(text) == {"Ivo Brandt": "person"}


def test_a_document_alone_in_its_sentence_is_its_source():
    assert sources_of("The plan had failed, according to a statement.") == {"a statement": "document"}
    # a medium's name ending in a document noun is no document ("Post")
    text = "According to the Orlo Post, police say the driver fled."
    assert "the Orlo Post" in sources_of(text) or "Orlo Post" in sources_of(text)


# the subject of a clause inside reported words is what the speaker says


def test_a_subject_inside_reported_words_is_no_second_source():
    text = 'Ivo Brandt said that after legal advice Washington had concluded the plan was "not, per se, against the law".'
    assert speaker_of(text, "per se") == "Ivo Brandt"
    assert sources_of(text) == {"Ivo Brandt": "person"}
    text = "Ivo Brandt told reporters on Friday that the ministry had concluded the road was safe."
    assert sources_of(text) == {"Ivo Brandt": "person"}


def test_words_passed_on_still_cite_their_speaker():
    # a plain verb of speech inside reported words: that person's words, passed on
    text = "Dana Pell's spokesman Tom Rell said that Pell told an assistant she was sorry."
    assert "Dana Pell" in sources_of(text)
    # two sentences: the second subject is its own source
    text = "Ivo Brandt said the plan was legal. The ministry concluded the road was safe."
    assert set(sources_of(text)) == {"Ivo Brandt", "the ministry"}


# a picture put out shows something, it says nothing


def test_releasing_videos_of_someone_is_no_source():
    text = ("Two teachers held by the Orlo Front since 2016 were freed on Tuesday.\n\n"
            "The next year, the Orlo Front released two videos of them in which they appeared pale.")
    assert sources_of(text) == {}
    assert sources_of("The army posted footage of the strike on Friday.") == {}


def test_releasing_a_statement_or_a_video_message_stays_a_source():
    assert "the Orlo Front" in sources_of("The next year, the Orlo Front released a statement on the talks.")
    assert "Ann Lee" in sources_of("Ann Lee posted a video message on Facebook.")


# a plural common noun with a sentence's capital is a group


def test_a_plural_noun_of_people_opening_a_sentence_is_a_group():
    assert sources_of("Fishermen said the catch was the worst in years.") == {"Fishermen": "group"}
    assert sources_of("Lobstermen said the season had been long.") == {"Lobstermen": "group"}
    assert sources_of("Violinists said the hall was too cold.") == {"Violinists": "group"}


def test_a_surname_that_looks_plural_stays_a_person():
    assert sources_of("Nora Woods said the catch was the worst in years.") == {"Nora Woods": "person"}
    assert sources_of("Ivo Waters said the catch was poor. Waters said the season was over.") == {"Ivo Waters": "person"}


# documents: one rule for "the report said" and "according to the report"


def test_a_document_is_a_speaker_and_a_source_of_kind_document():
    assert sources_of("The report said the plan had failed.") == {"the report": "document"}
    assert sources_of("According to the memorandum, the plan had failed.") == {"the memorandum": "document"}
    text = 'According to the memorandum, officials should "follow the prior practice" on reviews.'
    assert speaker_of(text, "prior practice") == "the memorandum"
    assert sources_of("Court records show the lease ended in May, according to court records.") == {"court records": "document"}


def test_a_document_whose_author_is_named_credits_the_author():
    assert sources_of("A report by the Regional Audit Office said the plan had failed.") == {
        "the Regional Audit Office": "institution"}
    assert sources_of("The plan had failed, according to a report by the Regional Audit Office.") == {
        "the Regional Audit Office": "institution"}
    text = 'The ministry issued a statement on Monday.\n\nThe statement said the road was "safe for every lorry."'
    assert speaker_of(text, "safe for every") == "The ministry"
    # a capitalised name ending in a document noun is no document
    assert sources_of("Orlo Records said the album was late.") != {"Orlo Records": "document"}


# a noun that is also a speech verb's bare form ("state") inside a description (speakers47's leftover)


def test_a_speech_verb_form_modifying_a_noun_stays_in_the_description():
    assert sources_of("Federal and state agencies said the rules were too weak.") == {"federal and state agencies": "group"}
    assert "a state official" in sources_of("The lawyer said the fee was paid, but a state official said it was late.")
    # a verb after a subject is still a verb, not a modifier: "Critics say officials ..."
    assert sources_of("Critics say officials ignored the warnings.") == {"critics": "group"}


# a description walking left over a past verb (speakers47's leftover)


def test_a_description_does_not_walk_left_over_a_past_verb():
    text = ("Dana Pell reminded jurors that Orlo Wireless, Tarn Wireless and Federal Bureau of Investigation "
            "analysis experts testified about the calls.")
    assert "Dana Pell reminded jurors" not in sources_of(text)
    assert not any("reminded" in name for name in sources_of(text))
    # "that" opening the clause is no determiner of the subject after it
    text = "Dana Pell reminded jurors that Orlo Wireless and Federal Bureau of Investigation analysis experts testified about the calls."
    assert "Orlo Wireless and Federal Bureau of Investigation analysis experts" in sources_of(text)
    # a description with no verb before it is as before
    assert "the analysis experts" in sources_of("Dana Pell reminded jurors that the analysis experts testified about the calls.")


# a pronoun's reaction before a quotation (speakers47's leftover)


def test_a_pronoun_reaction_beat_gives_the_quotation_after_it():
    text = ('Ada Okafor runs the harbour cafe.\n\n"People want to choose," Okafor says.\n\n'
            'When I ask what she does all day, she laughs. "Whatever needs doing."')
    assert speaker_of(text, "Whatever needs") == "Ada Okafor"
    assert speaker_of('Ada Okafor runs the harbour cafe.\n\nShe laughs. "Whatever needs doing."', "Whatever needs") == "Ada Okafor"


def test_a_pronoun_beat_with_no_clear_referent_or_after_a_subject_gives_nothing():
    # the pronoun after another clause's subject ("The critics came, and she laughs"): no lead-in, no credit
    text = 'Ada Okafor runs the harbour cafe.\n\nThe critics came, and she laughs. "Whatever needs doing."'
    assert speaker_of(text, "Whatever needs") is None
    # the quotation names the one the pronoun stands for: not her words
    text = 'Ada Okafor runs the harbour cafe.\n\nShe laughs. "Ada Okafor is a friend of mine."'
    assert speaker_of(text, "is a friend") is None


def test_a_pronoun_beat_after_another_speaker_or_a_question_gives_nothing():
    # a change of speaker in a dialogue: the quotation before is someone else's
    text = ('Ada Okafor and Tom Rell sat on the pier.\n\n"You should rest," Okafor said.\n\n'
            'He sighed. "I would be better if you stopped asking."')
    assert speaker_of(text, "I would be better") is None
    # a question before: the answer is another's, even with one man named so far
    text = ('Ivo Brandt and Tom Rell sat on the pier.\n\n"Are you all right these days?" Brandt said.\n\n'
            'He sighed. "I would be better if you stopped asking."')
    assert speaker_of(text, "I would be better") is None
    # the same speaker going on keeps the credit
    text = 'Ada Okafor and Tom Rell sat on the pier.\n\n"You should rest," Okafor said.\n\nShe sighed. "I worry about you."'
    assert speaker_of(text, "I worry") == "Ada Okafor"


# another's words relayed in an aside after the subject (a wrong credit of the ECB+ tune set's shape)


def test_words_recalled_in_an_aside_after_the_subject_are_the_owners():
    text = '"He wants me to talk on a secure phone," Tom Rell, recalling Ada Okafor\'s words, told the Orlo Herald last year.'
    assert speaker_of(text, "secure phone") == "Ada Okafor"


def test_an_aside_recalling_no_ones_words_or_a_quotation_that_tells_its_own_keeps_the_subject():
    text = '"The water came up to the roof," Tom Rell, recalling the flood, told the Orlo Herald last year.'
    assert speaker_of(text, "came up") == "Tom Rell"
    # the quotation tells with a clause of its own: the teller's words
    text = ('"She said, \'Stay on the line,\' and I did," Tom Rell, recalling Ada Okafor\'s words, '
            'told the Orlo Herald last year.')
    assert speaker_of(text, "She said") == "Tom Rell"


# a relative clause describing an inverted speaker (speakers47's leftover, "said the Democrat who is familiar with ...")


def test_an_inverted_speaker_described_by_a_relative_clause_speaks():
    text = ('Ivo Brandt has been picked for the job, a senior official said on Tuesday.\n\n'
            'Brandt has been "the first choice" for the job, said the official who is familiar with the talks.')
    assert speaker_of(text, "first choice") == "a senior official"
    # "who" with no verb of being after it: what was said, no speaker ('said the suspects who fled had ...')
    text = 'The road was closed, and police said the suspects who fled had "no chance" of escape.'
    assert speaker_of(text, "no chance") == "police"
