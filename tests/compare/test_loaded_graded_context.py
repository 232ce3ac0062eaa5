"""Graded loaded words read in their context: a word telling how someone feels about something,
or naming the event or topic after a determiner, is not the writer's judgement; the same words
judging or labelling people still are."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings

WITHOUT_CONTEXT = LexicalSettings(loaded_graded_context=False)


def words(text, settings=None):
    kw = {"settings": settings} if settings is not None else {}
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)]


def test_a_feeling_about_something_after_a_linking_verb_is_someones_state():
    assert words("Investors grew wary of its losses.") == []
    assert words("He was a little wary at first.") == []
    assert words("They were completely baffled by the result.") == []


def test_a_feeling_given_to_someone_is_their_state():
    assert words("The talks made China wary of concessions.") == []


def test_the_same_word_without_what_the_feeling_is_about_is_still_scored():
    assert words("Their wary stance cost them votes.") == ["wary"]
    assert words("The deal made China wary.") == ["wary"]


def test_a_noun_after_a_determiner_names_the_event():
    assert words("Police said the stabbing occurred at noon.") == []
    assert words("The reckless council denied these accusations.") == ["reckless"]


def test_a_describing_use_before_its_noun_is_kept():
    assert words("A stabbing attack hit the town.") == ["stabbing"]


def test_a_noun_for_people_still_labels_them():
    assert words("The reckless mayor cheered the devils.") == ["reckless", "cheered", "devils"]


def test_the_context_rules_are_a_setting():
    assert words("Investors grew wary of its losses.", WITHOUT_CONTEXT) == ["wary"]
    assert words("The reckless council denied these accusations.", WITHOUT_CONTEXT) == ["reckless", "accusations"]


def test_a_claim_agreeing_with_its_verb_as_a_noun_is_what_was_said():
    assert words("Officials said the Russian and Syrian claims are false.") == []
    assert words("Leaders denied claims made in a post.") == []


def test_the_verb_of_saying_is_still_reported():
    assert words("Uber claims that its rating is fair.") == ["claims"]
    assert words("It puts out 151 PS, which Nissan claims is a 20% gain.") == ["claims"]
    assert words("Prices rose, which they claim is fair.") == ["claim"]


def test_a_judged_claim_keeps_its_weight():
    assert words("He made the bizarre claim that the wall will pay for itself.") == ["bizarre", "claim"]


BIOLOGY = "The parasites colonized the gut. Mice carried parasites in the gut. The gut expelled the parasites."


def test_a_noun_the_article_keeps_using_is_its_subject():
    assert words(BIOLOGY) == []
    assert words(BIOLOGY, LexicalSettings(loaded_topic_repeats=0)) == ["parasites", "gut", "parasites", "gut", "gut", "parasites"]


def test_a_noun_used_once_and_a_repeated_describing_word_still_judge():
    assert words("The parasites in Congress voted.") == ["parasites"]
    assert words("The flawed design failed. A flawed fix followed. The flawed keyboard stayed.") == [
        "flawed", "failed", "flawed", "flawed"
    ]


def test_a_participle_of_a_judging_verb_after_a_determiner_still_judges():
    assert "smearing" in words("The singer condemned those smearing every police officer.")
    assert words("Neither claim could be verified.") == []


def test_a_nagging_feeling_or_injury_is_no_verb_of_saying():
    assert words("He missed the game with a nagging injury.") == []
    assert words("She kept nagging her staff about it.") == ["nagging"]


def test_a_mild_word_repeated_is_no_company_for_itself():
    text = "These include intelligent forward collision warning, as well as intelligent driver awareness."
    assert words(text) == []
    assert words("The reckless council made intelligent choices.") == ["reckless", "intelligent"]


def test_the_company_a_graded_word_needs_is_a_setting():
    # "ideal" (about 0.33) and "predictable" (about 0.5) keep each other company unless company must score more
    # (read as in a text that judges: alone, this sentence holds no listed word)
    text = "Developers picked predictable and ideal values."
    assert words(text, LexicalSettings(loaded_graded_min_density=0)) == ["predictable", "ideal"]
    assert words(text, LexicalSettings(loaded_company_probability=0.55, loaded_graded_min_density=0)) == []


def test_a_context_rule_keyed_to_the_written_form_holds_for_its_listed_base():
    # "inflamed" is listed under "inflame"; the rule for "become inflamed" is written for "inflamed"
    assert words("The airways become inflamed.") == []
    assert words("The speech inflamed the crowd.") == ["inflamed"]


def test_a_life_threatening_condition_is_a_medical_fact():
    assert words("The infection can be life-threatening.") == []
    assert words("A threatening letter arrived.") == ["threatening"]


def test_so_called_before_a_quoted_term_names_it():
    assert words("Biden advocates so-called “smart guns” that need biometrics.") == []
    assert words("He wants control over a so-called democracy.") == ["so-called"]


def test_words_a_reader_calls_loaded_wherever_they_stand_are_listed():
    assert words("He crossed the street for a photo-op on Monday.") == ["photo-op"]
    assert words("The fund languished for decades.") == ["languished"]
    assert words("The rise was categorically denied.") == ["categorically"]


def test_false_as_the_verdict_on_a_statement_is_no_judgement_of_the_writer():
    assert words("The Russian claims are false.") == []
    assert words("He made false claims about voting.") == ["false", "claims"]


def test_a_mock_title_in_chief_is_loaded_and_a_real_one_is_not():
    assert words("The golfer-in-chief left early.") == ["golfer-in-chief"]
    assert words("The commander-in-chief spoke.") == []
    assert words("Our editor-in-chief resigned.") == []
