"""Speakers a careful reader finds, and credits a careful reader withholds: a word that is as
often a noun used as the verb between a name and a quotation ("Sky News estimates"). Hand-written
paragraphs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_a_noun_like_verb_between_a_name_and_a_quotation_credits_the_name():
    text = (
        "A powerful earthquake hit the province early Tuesday.\n\n"
        'Although it is unknown how many were injured, Sky News estimates "at least 50 people," and '
        "buildings have collapsed."
    )
    assert speaker_of(text, "at least 50 people") == "Sky News"
    text = 'The storm moved north overnight. Maria Lopez notes "the worst is over" for the coast.'
    assert speaker_of(text, "the worst is over") == "Maria Lopez"


def test_the_same_word_as_a_noun_before_a_quotation_credits_the_speaker_after_it():
    text = 'Government estimates "are far too low," said Jane Smith, an economist at the bank.'
    assert speaker_of(text, "far too low") == "Jane Smith"
    text = "Unemployment rose again in March.\n\nThe Treasury's estimates \"were never credible.\""
    assert speaker_of(text, "never credible") != "the Treasury"


def test_a_single_mark_after_a_colon_closed_by_a_double_mark_paragraphs_later_is_one_quotation():
    text = (
        "The show returns in the spring.\n\n"
        "Talking about his years in the role, Smith told the BBC: 'I'll miss playing a character who can "
        "be the smartest in the room...\n\n"
        'And the silliest in the room. What a character! "\n\n'
        "The new series starts in April."
    )
    quotes = article_quotes(text)
    assert [q.speaker for q in quotes if "miss playing" in q.text] == ["Smith"]
    assert speaker_of(text, "silliest in the room") == "Smith"
    assert not any("new series" in q.text for q in quotes)


def test_a_single_mark_no_double_mark_closes_stays_unread():
    text = (
        "Talking about the role, Smith told the BBC: 'I'll miss playing him...\n\n"
        "The new series starts in April.\n\n"
        "It will run for ten weeks."
    )
    assert not any("new series" in q.text or "miss playing" in q.text for q in article_quotes(text))
    text = "He said: 'I'll miss it.' The new series, he added, starts in April.\n\nIt runs ten weeks."
    assert [q.text for q in article_quotes(text)] == ["I'll miss it."]
    # a double mark after a stray space closes only a quotation a single mark opened
    text = (
        'The mayor said: "We will stay on this until the end...\n\n'
        'The town council meets on Monday. "\n\n'
        "The vote is set for May."
    )
    assert not any("council meets" in q.text for q in article_quotes(text))


PRODUCER = (
    "Her refusal to sleep with a Hollywood producer hampered her career, according to her bio.\n\n"
    '"I didn\'t like his looks," Page said.\n\n'
    '"He was a creep.\n\n'
    "{intro}\n\n"
    "'You'll be sorry.'\n\n"
    'I wasn\'t."'
)


def nested_speaker(text: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if q.text.startswith("You'll be sorry") and q.nested_in is not None)


def test_a_quote_inside_a_quote_that_another_person_introduces_is_not_the_outer_speakers():
    assert nested_speaker(PRODUCER.format(intro="He drove off in his big car and scolded me,")) is None
    assert nested_speaker(PRODUCER.format(intro="The man at the door shouted:")) != "Page"


def test_a_quote_inside_a_quote_the_outer_speaker_introduces_stays_theirs():
    assert nested_speaker(PRODUCER.format(intro="I told him as I left,")) == "Page"
    assert nested_speaker(PRODUCER.format(intro="I said it twice:")) == "Page"


def test_a_whole_statement_inside_a_quote_that_no_first_person_introduces_gets_no_speaker():
    # "He drove off. 'You'll be sorry.' I wasn't.": the producer's words, which Page reports
    assert nested_speaker(PRODUCER.format(intro="He drove off in his big car.")) is None
    text = "\u201cThose are plays you want to say, 'Just give him a chance,'\u201d Garrard said."
    assert nested_of(text, "Just give") is None


def test_a_term_in_marks_inside_a_quote_stays_the_outer_speakers():
    text = "\u201cWe learned nothing new in today's illegitimate 'impeachment' proceedings,\u201d Grisham said."
    assert nested_of(text, "impeachment") == "Grisham"


def test_a_single_mark_opening_a_paragraph_closed_by_its_only_double_mark_is_one_quotation():
    intro = "Police spokesman Dave Gaskin said the deaths were a reminder to take care.\n\n"
    text = intro + "'I can't speak for the first death, but this looks like a lack of experience, \"Gaskin told the Herald."
    assert speaker_of(text, "lack of experience") == "Dave Gaskin"
    text = intro + "'We have no idea what caused it,\" Gaskin said on Monday."
    assert speaker_of(text, "no idea what caused it") == "Dave Gaskin"


def test_a_double_mark_after_a_comma_opens_a_quotation_when_no_single_mark_is_open():
    text = 'The crew paused, "Then the wind came," and went home.\n\nGaskin said the trip was over.'
    assert [q.text for q in article_quotes(text)] == ["Then the wind came"]
    text = "'He told me \"never\" and left,' Gaskin said.\n\nThe crew went home."
    assert speaker_of(text, "He told me") == "Gaskin"
    assert any(q.text == "never" for q in article_quotes(text))


def test_a_double_mark_with_a_stray_space_after_it_opens_the_next_sentence_quotation():
    text = (
        '"The steroids had a transformative effect within two days," Taylor wrote. " The course continued '
        "for 12 months. I have been able to stop them completely.\n\n"
        '"I have not had any dizzy turns since."'
    )
    assert speaker_of(text, "The course continued") == "Taylor"


def test_a_double_mark_with_spaces_on_both_sides_closes_an_open_quotation():
    text = 'He said "we will go at dawn . " Then the crew left.\n\nThe storm came.'
    assert [q.text for q in article_quotes(text)] == ["we will go at dawn ."]
    text = 'The board met at noon. " The vote was close.\n\nNobody spoke.'
    assert not any("Nobody" in q.text for q in article_quotes(text))


def test_words_repeating_part_of_a_credited_quotation_are_its_speakers():
    text = (
        '"I have given plenty of on-the-record statements that were truthful," Grisham told CNN.\n\n'
        'Which is the problem. Grisham, by her own accounting, has given "plenty of on-the-record statements."'
    )
    quotes = [q for q in article_quotes(text) if q.text.startswith("plenty")]
    assert [q.speaker for q in quotes] == ["Grisham"]


def test_a_slogan_repeated_whole_or_a_short_phrase_is_no_echo():
    text = (
        'The state launched the campaign "Meth. We are on it." on Monday.\n\n'
        'Critics mocked "Meth. We are on it." online.'
    )
    assert all(q.speaker is None for q in article_quotes(text))
    text = '"We will win this fight," Mayor Lee said.\n\nFans wore shirts with "win this fight" on them.'
    assert next(q for q in article_quotes(text) if q.text == "win this fight").speaker is None


def test_they_are_the_people_a_plural_noun_names_as_the_subject_of_the_sentence_before():
    text = (
        "Protests are expected to continue throughout the week.\n\n"
        "The protesters, however, struggle to say what they want in its place.\n\n"
        '"Don\'t bend your head down," they chanted in front of parliament.'
    )
    assert speaker_of(text, "bend your head") == "the protesters"


def test_they_after_a_sentence_about_no_group_stay_unresolved():
    text = 'The talks collapsed on Monday.\n\n"We tried everything," they said.'
    assert speaker_of(text, "We tried") is None
    text = 'The protesters who marched on Monday were met by police.\n\n"We tried everything," they said.'
    assert speaker_of(text, "We tried") != "the protesters"


def sources_of(text: str) -> list[str]:
    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.attribution import Attribution

    at = ArticleText(text)
    return [s.name for s in Attribution(at).sources()]


def test_people_named_before_a_reduced_relative_or_a_document_after_of_speak():
    text = (
        "The authors of the research published in the journal JAMA Psychiatry argued that the policies "
        'have provided "important social benefits" to many.'
    )
    assert speaker_of(text, "important social benefits") == "The authors of the research"
    text = 'The authors of the report argued that it was "a concern."'
    assert speaker_of(text, "a concern") == "The authors of the report"


def test_a_noun_that_looks_like_a_verb_after_a_reduced_relative_credits_no_one():
    text = (
        "The doctors said they have a network of physicians licensed to operate in all states to get "
        "vaccines.\n\nThe bill passed in the House says nothing of cost."
    )
    assert sources_of(text) == ["the doctors"]


def nested_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if q.text.startswith(words) and q.nested_in is not None)


def test_a_quote_inside_a_quote_after_a_third_persons_speech_verb_is_not_the_outer_speakers():
    text = ("\u201cCoach (Frank) Vogel came in here and said, 'Congratulations,' and I thought he was joking,\u201d "
            "James said.")
    assert nested_of(text, "Congratulations") != "James"
    text = "\u201cMy brother looked at me and said, 'Go home,' so I did,\u201d James said."
    assert nested_of(text, "Go home") != "James"


def test_a_quote_inside_a_quote_after_the_speakers_own_verb_stays_theirs():
    text = "\u201cThen I came in here and said, 'Congratulations,' to everyone,\u201d James said."
    assert nested_of(text, "Congratulations") == "James"
    text = "\u201cWhen Vogel walked in, I said, 'Congratulations,' and he laughed,\u201d James said."
    assert nested_of(text, "Congratulations") == "James"


def test_a_title_in_marks_inside_a_description_keeps_the_description_whole():
    text = (
        "The news came a month after James Van Der Beek announced that Kimberly was expecting.\n\n"
        "The actor shared a clip of his wife getting her first ultrasound.\n\n"
        '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS."'
    )
    assert speaker_of(text, "Hearing the heartbeat") == "James Van Der Beek"


def test_a_scare_quoted_word_before_a_head_makes_no_description():
    text = (
        "James Van Der Beek and his wife lost a baby, he said on the show.\n\n"
        '"It was hard," said a "disgraced" former aide to Mayor Lee.'
    )
    assert speaker_of(text, "It was hard") != "James Van Der Beek"


FIRE = (
    'The church burned on Friday night. "We have no idea what caused it," Larry Kroon said on Saturday.\n\n'
    "{middle}\n\n"
    '"They were all adults, and they all got out."'
)


def test_a_bare_quotation_after_narration_about_the_last_speaker_is_theirs():
    text = FIRE.format(middle="He would not specify how many people were in the building.")
    assert speaker_of(text, "They were all adults") == "Larry Kroon"


def test_a_bare_quotation_after_narration_about_someone_else_is_no_ones():
    text = FIRE.format(middle="Fire chief Tom Lee arrived an hour later. He would not specify how many people were inside.")
    assert speaker_of(text, "They were all adults") != "Larry Kroon"
    text = FIRE.format(middle="He pointed to the church's website, which holds the following statement:")
    assert speaker_of(text, "They were all adults") is None


def test_a_title_in_marks_inside_an_aside_leaves_the_subject_to_its_verb():
    text = (
        'Actor Leonardo DiCaprio, who on Thursday earned a nomination for his work in "Revolutionary Road," '
        'said strike concerns are hitting "everyone."'
    )
    assert speaker_of(text, "everyone") == "Leonardo DiCaprio"
    assert speaker_of(text, "Revolutionary Road") is None  # the writer's words inside the aside


def test_a_title_in_marks_right_before_the_verb_of_a_plain_subject_is_still_the_writers():
    text = 'The band\'s manager, Tom Lee, praised the song "Take It Easy," saying it was "a classic."'
    assert speaker_of(text, "a classic") == "Tom Lee"


def test_those_treating_something_as_a_quoted_label_are_its_speakers():
    text = 'Police are treating a fire which destroyed a supermarket in Banstead as "potentially suspicious".'
    assert speaker_of(text, "potentially suspicious") == "Police"


def test_a_passive_or_a_treatment_without_a_quoted_label_credits_no_one():
    text = 'The fire was treated as "suspicious" after the blaze.'
    assert speaker_of(text, "suspicious") is None
    assert sources_of("Doctors treated the patients at the scene.") == []


def test_a_body_and_its_unnamed_spokesperson_are_one_source_across_articles():
    from sidebyside.compare.attribution import speaker_contrast

    assert speaker_contrast("Police", "A Surrey Police spokeswoman") is None
    assert speaker_contrast("a Microsoft spokesman", "Microsoft") is None
    assert speaker_contrast("Trend Micro", "researchers") == "named/unnamed"
    assert speaker_contrast("Surrey Police", "a fire service spokeswoman") == "named/unnamed"
