"""Speakers in shapes the read sets' misses showed (checked on hand-written paragraphs,
negatives included)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_a_closing_aside_whose_subject_opens_with_an_article_credits_the_fragment():
    text = "Misusing antibiotics is the \u201csingle leading factor\u201d behind the problem of resistance, the CDC says."
    assert speaker_of(text, "single leading factor") == "the CDC"
    # the clause goes on to report something else: no closing aside
    text = "Misusing antibiotics is the \u201csingle leading factor\u201d behind the problem of resistance, the CDC says it found."
    assert speaker_of(text, "single leading factor") is None


def test_a_closing_aside_may_say_whom_the_words_were_told():
    text = "Working at the clinic is \u201cmore gratifying\u201d than her previous jobs at the hospital, Lee told me."
    assert speaker_of(text, "more gratifying") == "Lee"
    text = "The new rules are \u201ca disaster\u201d for the small farms of the whole region, Lee told The Associated Press."
    assert speaker_of(text, "a disaster") == "Lee"
    # what she told goes on after whom she told it
    text = "Working at the clinic is \u201cmore gratifying\u201d than her previous jobs at the hospital, Lee told me it was."
    assert speaker_of(text, "more gratifying") is None


def test_a_fragment_ends_its_sentence_as_the_text_models_sentences_say():
    # the writer's term ends the sentence: the clause after begins the next one
    text = 'The trend is "artificial replacement." Trent Hamm explains it in his column.'
    assert speaker_of(text, "artificial replacement") is None
    text = 'The trend is "artificial replacement," Trent Hamm explains in his column.'
    assert speaker_of(text, "artificial replacement") == "Trent Hamm"
    # the full stop of an abbreviation ends no sentence
    text = 'The firm he joined was "Acme Ltd." said Trent Hamm, its founder.'
    assert speaker_of(text, "Acme Ltd.") == "Trent Hamm"


def test_a_question_auxiliary_an_interjection_or_the_pronoun_i_is_no_part_of_a_name():
    for opening in ("Was Bartleby ill?", "Ah Bartleby, poor man.", "Whether Bartleby left, I cannot say."):
        text = f'Bartleby sat at his desk. {opening}\n"I would prefer not to," Bartleby replied.'
        assert speaker_of(text, "I would prefer not to") == "Bartleby", opening
    text = 'Touching Nippers I was well persuaded.\n"I would prefer not to," Nippers replied.'
    assert speaker_of(text, "I would prefer not to") == "Nippers"
    # a first name opening its sentence stays the name's
    text = 'Mark Felt met the reporter. "It was me," Felt said.'
    assert speaker_of(text, "It was me") == "Mark Felt"


def test_the_narrators_own_attribution_carries_on_no_other_speaker():
    text = (
        '"I think that you are wrong, sir," said Turkey, with his blandest tone.\n'
        '"Nippers," said I, "what do you think of it?"'
    )
    assert speaker_of(text, "what do you think") == "the narrator"  # not Turkey's: the narrator asks
    text = (
        '"I think he is a little odd," replied Ginger Nut, with a grin.\n'
        '"Will you, or will you not, quit me?" I asked in a sudden passion.'
    )
    assert speaker_of(text, "Will you, or will you not") == "the narrator"
    # a bare quotation after the speaker's paragraph still carries the speaker on
    text = (
        '"I think that you are wrong, sir," said Turkey, with his blandest tone.\n'
        '"Nippers is wrong too."'
    )
    assert speaker_of(text, "Nippers is wrong too") == "Turkey"


def test_a_verb_in_ed_opening_a_sentence_is_no_first_name():
    text = (
        "Izuku Midoriya asked the detective about the case. Izuku waited.\n"
        '"It seems we share a hobby." Haunted Izuku on the drive home.\n'
        '"Do we know anything about him?" Izuku asked.'
    )
    assert speaker_of(text, "Do we know anything") == "Izuku Midoriya"
    # a first name or a country's name in "-ed" stays whole
    text = 'Jared Kushner spoke on Monday. Kushner waited. "We will see," Kushner said.'
    assert speaker_of(text, "We will see") == "Jared Kushner"
    text = ('United Airlines cancelled flights. Airlines struggled. Passengers of United Airlines waited. '
            '"We are sorry," United Airlines said.')  # "United" capitalised inside a sentence too
    assert speaker_of(text, "We are sorry") == "United Airlines"
    text = 'United Airlines cancelled flights. "We are sorry," United Airlines said.'  # "Airlines" never alone
    assert speaker_of(text, "We are sorry") == "United Airlines"


def test_a_person_named_after_an_owners_possessive_speaks_not_the_owner():
    quote = "\u201cWe are in a cash-constrained environment.\u201d"
    assert speaker_of(f"According to Apple\u2019s Tim Cook, {quote}", "cash-constrained") == "Tim Cook"
    text = f"Rachel Stephens is an analyst at RedMonk. According to RedMonk\u2019s Stephens, {quote}"
    assert speaker_of(text, "cash-constrained") == "Rachel Stephens"
    text = 'Rachel Stephens is an analyst at RedMonk. "We are in a bad place," said RedMonk\u2019s Stephens.'
    assert speaker_of(text, "bad place") == "Rachel Stephens"
    # a word after the possessive that names no person of the text: the owner, as before
    assert speaker_of(f"According to Apple\u2019s Stephens, {quote}", "cash-constrained") == "Apple"


def test_a_pull_quote_is_the_speakers_of_the_quotation_it_repeats_further_on():
    later = "\u201cWe will not give up on this fight, whatever happens,\u201d union leader Ann Lee said."
    text = ("The strike entered its third week on Monday.\n\n\u201cWe will not give up on this fight\u201d\n\n"
            f"Workers gathered at the gates of the plant.\n\n{later}")
    assert speaker_of(text, "We will not give up on this fight") == "Ann Lee"
    # words in the writer's sentence, or a short slogan line, stay no one's
    text = ("The union\u2019s motto is \u201cwe will not give up on this fight\u201d and workers agree.\n\n"
            f"Workers gathered at the gates of the plant.\n\n{later}")
    assert speaker_of(text, "we will not give up") is None
    text = "The campaign has a slogan.\n\n\u201cMeth. We\u2019re on it.\u201d\n\n\u201cMeth. We\u2019re on it, and so are you,\u201d Lee said."
    assert speaker_of(text, "Meth. We\u2019re on it.") is None


def test_a_person_asked_in_the_paragraph_before_answers_the_quotation_after_it():
    quote = '"It is over. We lost."'
    for asked in ("Mayor John Smith was asked about the vote.", "The council met. Mayor John Smith was later asked about it.",
                  "John Smith spoke. He has also been asked if the city had lost."):
        assert speaker_of(f"{asked}\n\n{quote}", "It is over") == "John Smith", asked
    # a question is no answer; nor is a quotation after narration about something else
    assert speaker_of('Mayor John Smith was asked about the vote.\n\n"Why would we lose?"', "Why would we") is None
    assert speaker_of(f"Mayor John Smith was asked about the vote. He left.\n\n{quote}", "It is over") is None
    assert speaker_of(f"Mayor John Smith asked the council to vote.\n\nReporters waited.\n\n{quote}", "It is over") is None


def test_a_name_after_a_short_lead_in_introduces_the_quotation_after_the_colon():
    for lead_in in ("Asked about the vote,", "On Monday,"):
        text = f'{lead_in} Mayor John Smith was blunt: "It is over."'
        assert speaker_of(text, "It is over") == "John Smith", lead_in
    # no name right after the lead-in: nobody we can tell
    assert speaker_of('Asked about the vote, the mayor\'s office was blunt: "It is over."', "It is over") is None


def test_a_clause_inside_a_subordinate_lead_in_does_not_speak_the_main_clauses_quotation():
    text = 'After Jones told him the news, John Smith was blunt: "It is over."'
    assert speaker_of(text, "It is over") == "John Smith"
    text = 'After Jones told him the news, the mayor was blunt: "It is over."'
    assert speaker_of(text, "It is over") == "the mayor"  # not Jones: the main clause's subject, how he speaks
    # the clause of the main clause, or "As X says", still speaks
    assert speaker_of('After the vote, Smith said: "It is over."', "It is over") == "Smith"
    text = 'As Nick Lee of Arachnid Labs says, the chip is "just dying for someone to write a compiler for it".'
    assert speaker_of(text, "just dying") == "Nick Lee"
    text = ('While the rule banned it, an official said that under the new policy, a review needs '
            '"a causal connection" to start.')
    assert speaker_of(text, "a causal connection") == "an official"


def test_a_speaker_does_not_carry_on_past_a_sentence_about_another_person():
    text = 'Ann Lee said the vote was rigged. John Smith disagreed.\n\n"The vote was fair."'
    assert speaker_of(text, "The vote was fair") is None  # not Lee's
    text = 'Ann Lee said the vote was rigged. John Smith disagreed. "The vote was fair."'
    assert speaker_of(text, "The vote was fair") is None
    text = 'Ann Lee said the vote was rigged. The count took a week.\n\n"The vote was not fair."'
    assert speaker_of(text, "The vote was not fair") == "Ann Lee"


def test_a_next_paragraph_opening_with_its_speaker_adding_credits_the_bare_quotation():
    before = "Mayor John Smith spoke on Monday. Ann Lee, the governor, disagreed.\n\n\u201cIt is over.\u201d\n\n"
    assert speaker_of(before + "He added that the city would appeal.", "It is over") == "John Smith"
    assert speaker_of(before + "Lee added that the city would appeal.", "It is over") == "Ann Lee"
    # not when the clause does not open the paragraph, nor for a verb that only reports
    assert speaker_of(before + "On Monday, Smith added that the city would appeal.", "It is over") is None
    assert speaker_of(before + "Lee said that the city would appeal.", "It is over") is None
    # nor a speaker the quotation names
    text = before.replace("It is over.", "It is over, Smith is done.") + "Smith added that the city would appeal."
    assert speaker_of(text, "It is over") is None


def test_curly_marks_all_facing_one_way_are_paired_in_order():
    for text in ("Mayor John Smith spoke. \u201cIt is over,\u201c said Smith.",
                 "Mayor John Smith spoke. \u201dIt is over,\u201d said Smith."):
        assert speaker_of(text, "It is over") == "John Smith", text
    # an odd number, or a paragraph that pairs them already, is left as it is
    text = "Mayor John Smith spoke.\n\n\u201cIt is over. We lost.\n\n\u201cWe will be back,\u201d Smith said."
    assert [q.text for q in article_quotes(text)] == ["It is over. We lost.", "We will be back"]


def test_a_one_word_name_after_the_close_taking_a_verb_is_the_speaker_named_in_full_before():
    before = "Mayor John Smith spoke on Monday.\n\n"
    assert speaker_of(before + '"It is over," Smith shrugged.', "It is over") == "John Smith"
    assert speaker_of(before + '"It is over," Smith quietly conceded.', "It is over") == "John Smith"
    # a name never given in full, or no verb after it: no one
    assert speaker_of('The vote ended.\n\n"It is over," Smith shrugged.', "It is over") is None
    assert speaker_of(before + '"It is over," Smith, the vote, the end.', "It is over") is None


def test_a_curly_quotation_left_open_before_its_attribution_closes_at_the_comma():
    text = "Mayor John Smith spoke. \u201cIt is over, said Smith. \u201cWe lost.\u201d"
    assert [q.text for q in article_quotes(text)] == ["It is over", "We lost."]
    assert speaker_of(text, "It is over") == "John Smith"
    # no attribution after the comma: the words are not cut there
    text = "He wrote \u201cthe end, and then \u201cthe beginning\u201d in the book."
    assert "the end" not in [q.text for q in article_quotes(text)]


def test_a_quotation_opened_after_an_attribution_and_left_open_ends_with_its_paragraph():
    before = "Mayor John Smith spoke on Monday.\n\n"
    text = before + '"It is over," he said. "We lost.\n\nThe council voted on Monday.'
    assert [q.text for q in article_quotes(text)] == ["It is over", "We lost."]
    assert speaker_of(text, "We lost") == "John Smith"
    text = before + '"It is over," he said, "and we lost.'
    assert speaker_of(text, "and we lost") == "John Smith"
    # no attribution between the close and the stray opening mark: nothing is made of it
    text = before + 'He saw "Jaws," a film he loved, and "Jaws 2 later on.'
    assert not any("Jaws 2" in q.text for q in article_quotes(text))


def test_a_heading_of_only_a_persons_name_credits_the_quotation_under_it():
    text = ("Voters in the town were divided.\n\nAnn Lee, 34, teacher\n\n"
            "\u201cI voted for change because the schools are failing.\u201d\n\n"
            "John Smith, retired plumber\n\n\u201cI stayed with the mayor.\u201d")
    assert speaker_of(text, "I voted for change") == "Ann Lee"
    assert speaker_of(text, "I stayed with the mayor") == "John Smith"
    # a heading in title case, a body's name, or a name with a verb is no speaker's line
    for heading in ("Budget Cuts Ahead", "Smith Industries Response", "The Lee Family", "Ann Lee says no"):
        text = f"Voters were divided.\n\n{heading}\n\n\u201cI voted for change.\u201d"
        assert speaker_of(text, "I voted for change") is None, heading


def test_a_person_whose_relative_aside_says_or_names_the_words_speaks_the_fragment():
    before = "Mayor John Smith spoke on Monday.\n\n"
    for verb in ("described the plan as", "said the plan was"):
        text = before + f'Smith, who {verb} "reckless," left the room.'
        assert speaker_of(text, "reckless") == "John Smith", verb
    # the aside says nothing of words, or its antecedent is no person
    assert speaker_of(before + 'Smith, who voted for the "reckless" plan, left the room.', "reckless") is None
    assert speaker_of(before + 'The council, which called the plan "reckless," met.', "reckless") is None


def test_expressing_credits_only_the_words_right_after_it():
    before = "Mayor John Smith spoke on Monday.\n\n"
    assert speaker_of(before + 'Smith expressed "deep concern" about the vote.', "deep concern") == "John Smith"
    assert speaker_of(before + 'Smith expressed his "deepest sympathy" to the family.', "deepest sympathy") is None


def test_a_fragment_named_so_in_the_passive_is_the_speakers_named_after_by():
    text = 'The fire has been labeled "suspicious" by James Steele, chief of the fire department.'
    assert speaker_of(text, "suspicious") == "James Steele"
    assert speaker_of('The plan was described as "reckless" by Mayor John Smith.', "reckless") == "John Smith"
    # words between the verb and the quotation, or an active verb: not this rule's
    assert speaker_of('The plan was described in detail as "reckless" by Mayor John Smith.', "reckless") is None
