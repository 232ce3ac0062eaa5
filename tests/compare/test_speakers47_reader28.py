"""The speaker credits and sources a reader of session 24 found wrong or useless on real pairs
(benchmarks/data/read_pairs/reader28.md, "Speaker credits" and "Sources"; issue 12). Hand-written
texts with invented names, each with a negative."""

from __future__ import annotations

from .helpers import article, quote_speakers, speaker_of


def cited(text: str) -> dict[str, str | None]:
    """The sources the whole comparison lists for one plain text (its quotations' speakers too),
    name -> kind."""
    from sidebyside.compare import compare

    other = article("The council met on Monday.", "It approved the budget, officials said.")
    return {s.name: s.kind for s in compare(article(text), other).framing.sources[0]}


# a cross-head that repeats a claim between two paragraphs of different people

_CROSS_HEAD = "\n\n".join([
    '"I can say with confidence that the army does not control anyone there," Dana Pell said. "From my interviews, the aid is sparse."',
    "“… block the return of the families from the Orlo camp”",
    "A reporter's source inside the Orlo camp, a refugee who feared retaliation and asked not to be identified, "
    "said that the claim is “absolutely not true.”",
])


def test_a_quoted_line_opening_on_an_ellipsis_is_a_heading_not_the_speaker_before():
    assert quote_speakers(_CROSS_HEAD)[:3] == ["Dana Pell", "Dana Pell", None]


def test_a_quoted_line_with_no_sentence_end_is_a_heading():
    text = '"We will fight this in every court," Dana Pell said.\n\n“Rebels keep the families from leaving the camp at night”\n\nThe army did not comment.'
    assert speaker_of(text, "Rebels keep") is None


def test_a_quotation_continued_over_paragraphs_keeps_its_speaker():
    # an opening mark with no close runs the quotation on: the next paragraph is the same speaker's
    text = 'Dana Pell said: "We will fight this in every court we can find.\n\n"And we will win, because the law is on our side."\n\nThe army did not comment.'
    assert quote_speakers(text) == ["Dana Pell", "Dana Pell"]
    # a closed quotation, then a whole paragraph of speech that ends its sentence: the same speaker goes on
    text = '"We will fight this in every court," Dana Pell said.\n\n"And we will win, because the law is on our side."\n\nThe army did not comment.'
    assert quote_speakers(text) == ["Dana Pell", "Dana Pell"]
    # (a closing mark after a nested one still ends the sentence)
    text = "\"The gate was shut,\" Dana Pell said.\n\n\"I tried to open it and they said 'close the gate, lock the gate.\" '\n\nShe left."
    assert speaker_of(text, "I tried") == "Dana Pell"


# coordinated bodies: the whole subject or none


def test_coordinated_bodies_are_one_speaker_and_source():
    text = ("In a joint statement published Oct. 25, the Danish and Swedish defense ministries accused the rebels "
            "of running “bandit formations” near the border.")
    assert speaker_of(text, "bandit formations") == "the Danish and Swedish defense ministries"
    assert cited(text) == {"the Danish and Swedish defense ministries": "group"}
    text = "The French, German and Dutch governments said the plan was “not acceptable” on Friday."
    assert speaker_of(text, "not acceptable") == "The French, German and Dutch governments"
    text = "The Danish Interior and Trade ministries said the rules were “far too weak” on Friday."
    assert speaker_of(text, "far too weak") == "The Danish Interior and Trade ministries"


def test_a_person_and_a_body_are_not_cut_to_the_body():
    text = "Ann Lee and Danish officials said the talks were “going nowhere” on Friday."
    assert speaker_of(text, "going nowhere") != "Danish officials"
    assert "Danish officials" not in cited(text)
    # one body with one capitalised modifier is as before
    assert speaker_of("Danish officials said the talks were “going nowhere” on Friday.", "going nowhere") == "Danish officials"


# people who react are no source


def test_people_who_laugh_are_no_source():
    text = "Foreign Minister Ivo Brandt defended the plan.\n\nAudience members laughed when he urged voters, “Look what I have delivered.”"
    assert speaker_of(text, "Look what") == "Ivo Brandt"
    assert cited(text) == {"Ivo Brandt": "person"}


def test_a_reaction_verb_beside_its_words_still_cites_the_speaker():
    assert cited('"Not me," Ann Lee laughed.') == {"Ann Lee": "person"}
    assert cited("Ann Lee smiled: “We did it.”") == {"Ann Lee": "person"}


# one anonymous source, described by an apposition


def test_an_apposition_of_the_subject_is_the_same_source():
    text = _CROSS_HEAD.split("\n\n")[2] + "\n\n“Nobody is stopping people from leaving the camp,” the source said."
    assert cited(text) == {"a reporter's source inside the Orlo camp": "anonymous"}
    text = "A source inside the Orlo camp, a refugee who asked that his name not be used, said the aid had stopped."
    assert cited(text) == {"a source inside the Orlo camp": "anonymous"}


def test_two_sources_in_two_sentences_stay_apart():
    text = "A refugee who fled in May told reporters the aid had stopped. A source inside the Orlo camp said the gates were open."
    assert set(cited(text)) == {"a refugee", "a source inside the Orlo camp"}


# a company's kind comes from the known names, not from the subject slot


def test_a_known_platform_is_no_person():
    text = "Twitter pledged to take “decisive corrective action” against similar strategies in the future.\n\nThe party said nothing."
    assert speaker_of(text, "decisive corrective") == "Twitter"
    assert cited(text) == {"Twitter": "institution"}


def test_a_person_named_alone_stays_a_person():
    text = "Ann Lee, a party official, spoke on Monday.\n\nLee pledged to take “decisive corrective action” in the future."
    assert cited(text) == {"Ann Lee": "person"}


# the tune side's misses (ECB+ read sets): a sentence-final source after a name that is an object,
# and a verb in -s after "he"/"she" that is also a noun


def test_a_source_after_the_comma_speaks_not_the_name_before_it():
    text = "The meeting will not end in a “take it or leave it” offer by the Harbor Hawks, a source said."
    assert speaker_of(text, "take it or leave it") == "a source"
    assert "Harbor Hawks" not in cited(text)


def test_a_name_opening_the_sentence_keeps_its_unclosed_apposition():
    text = "Fares Ghanem, a hospital official told reporters the toll was “rising by the hour.”"
    assert speaker_of(text, "rising by the hour") == "Fares Ghanem"


def test_an_s_form_after_he_is_a_verb_of_speech():
    text = 'Tom Reed read the vows. When she says something, he responds, "Do not talk while praying."'
    assert speaker_of(text, "Do not talk") == "Tom Reed"
    assert speaker_of('Tom Reed spoke first. Later he replies, "Not now."', "Not now") == "Tom Reed"


def test_an_s_form_after_he_credits_no_one_the_pronoun_cannot_reach():
    # "he" with only a woman named before: no one, as "he said" would give
    text = 'Ann Lee read the vows. When she says something, he responds, "Do not talk while praying."'
    assert speaker_of(text, "Do not talk") is None
    # a noun after a possessive stays a noun
    assert speaker_of('Tom Reed read his replies. "Not now," Ann Lee said.', "Not now") == "Ann Lee"


def test_a_party_member_described_is_no_name():
    text = 'Tom Reed has been "the first choice" for the job, a senior Democrat said.'
    assert speaker_of(text, "the first choice") == "a senior Democrat"
    assert cited(text) == {"a senior Democrat": "anonymous"}


def test_a_party_word_before_a_name_or_alone_is_as_before():
    assert speaker_of('Republican Tom Reed said the plan was "dead on arrival."', "dead on arrival") == "Tom Reed"
    assert speaker_of('Democrats said the plan was "dead on arrival."', "dead on arrival") == "Democrats"


def test_words_someone_blames_are_theirs():
    text = "In Ottawa, the foreign minister, Tom Reed, blamed “a small number of delegations” for blocking a deal."
    assert speaker_of(text, "a small number") == "Tom Reed"


def test_the_one_blamed_may_answer():
    # as after "accused": the quotation after the one blamed is not the blamer's
    text = 'Ann Lee blamed Tom Reed for the loss.\n\n"It was not my fault."'
    assert speaker_of(text, "It was not my fault") is None
