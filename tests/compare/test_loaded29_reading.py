"""Loaded words a reader of real pairs found wrong (benchmarks/data/read_pairs/reader26.md,
"Loaded words"), each with its literal or credited counterpart (loaded29)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


def found(text: str, settings: LexicalSettings | None = None) -> dict[str, bool]:
    """The words of each hit -> whether it is shown as the speaker's (quoted)."""
    kw = {"settings": settings} if settings is not None else {}
    return {text[h.start : h.end]: h.quoted for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)}


def test_washed_up_of_a_boat_or_bodies_is_the_verb():
    assert found("The boat washed up on the shore near Port Lina.") == {}
    assert found("The bodies of Lena and Mark later washed up in the Orlen Bay.") == {}


def test_washed_up_of_a_person_is_still_loaded():
    assert "washed-up" in found("He is a washed-up singer in Orlen.")
    assert "washed up" in found("His career is washed up.")


def test_murder_in_the_name_of_a_charge_is_plain():
    text = ("The same jury found him guilty of the first-degree murder of his wife and the second-degree "
            "murder of his unborn child.")
    assert "murder" not in found(text)


def test_murder_of_the_unborn_in_an_abortion_story_is_still_loaded():
    text = "Activists said doctors murder unborn children every day at the Orlen clinic, calling abortion a crime."
    assert "murder" in found(text)


def test_a_court_of_claims_and_a_lawsuit_claim_are_plain():
    assert found("The court of claims denied the motions.") == {}
    assert found("Merrow sued, claiming he was terminated without cause.") == {}
    assert found("The lawsuit filed Monday claims that the firm hid the losses.") == {}


def test_a_claim_outside_a_lawsuit_is_still_loaded():
    assert "claimed" in found("Merrow claimed he was terminated without cause.")
    # the suit is another clause's: his claim now is his own
    assert "claims" in found("Merrow, who lost the suit last year, now claims the judge was biased.")


def test_a_nested_quotation_leaves_the_rest_of_the_quotation_the_speakers():
    text = "“With the rivals’ ‘plan’ stories in shambles, the town should not endure this charade,” Ada Moss said."
    assert found(text) == {"shambles": True, "charade": True}


def test_words_after_a_quotation_stay_the_writers():
    text = "“The plan is ready,” Ada Moss said, in a charade of a press conference."
    assert found(text) == {"charade": False}


def test_a_judgement_in_reported_speech_is_the_outlets_paraphrase():
    # session 27 (loaded34): indirect speech is the outlet's wording; only quote marks credit the speaker
    assert found("Vesk said the call was unusual and inappropriate.")["inappropriate"] is False
    assert found("The call was inappropriate, Vesk said.") == {"inappropriate": False}
    assert found("The call was inappropriate, Vesk said on Tuesday.") == {"inappropriate": False}
    assert found("The call was inappropriate, Vesk says the inquiry is over.") == {"inappropriate": False}
    assert found("Both Vesk and Lind told lawmakers that the request was inappropriate.") == {"inappropriate": False}
    hits = found("Vesk is alleging that the call was irregular and inappropriate.")
    assert hits == {"alleging": False, "inappropriate": False}
    # the same words in quote marks are Vesk's
    assert found('Vesk said the call was "inappropriate and unusual".') == {"inappropriate": True}


def test_a_label_credited_to_someone_is_theirs():
    text = "Tobin said that raising these things, which he considers to be conspiracy theories, was wrong."
    assert found(text) == {"conspiracy theories": True}
    assert found("Lind opposed what she calls a witch hunt.") == {"witch hunt": True}


def test_a_label_a_passive_credits_to_no_one_and_the_object_named_stay_the_writers():
    assert found("The speeches were regarded as veiled swipes at the mayor.")["veiled swipes"] is False
    # "call X Y": X is what is named, Y the label
    text = "Aides pushed a story that Ebbe called white supremacists fine people."
    assert found(text)["white supremacists"] is False


def test_the_writers_own_judgements_stay_the_writers():
    assert found("I said the plan was inappropriate.") == {"inappropriate": False}
    assert found("Orlen police announced a brutal crackdown on Tuesday.") == {"brutal": False, "crackdown": False}
    assert found("The inappropriate call, which Vesk said happened in July, was recorded.") == {"inappropriate": False}
    # "state" and "claims" here are nouns, no verbs of saying
    assert found("A priest who barred state lawmakers has doubled down on his stance.") == {"doubled down": False}
    # a verb of saying is the writer's choice of how words are reported, in a reported clause too
    assert found("Ebbe said he had watched the vote and slammed the hearings.") == {"slammed": False}
    # a comma ends the clause the verb reports: what follows is the writer's
    text = "Harlow claimed the rebels want peace, laughably pretending the murderous gangs would disarm."
    assert found(text)["murderous"] is False


def test_reported_speech_reading_can_be_turned_off():
    off = found("Vesk said the call was unusual and inappropriate.", LexicalSettings(loaded_reported_reach=0))
    assert off["inappropriate"] is False


def test_a_fight_against_corruption_names_the_wrong_plainly():
    assert found("“We should be supporting Norland's own fight against corruption,” Tobin said.") == {}
    assert found("The minister vowed to root out the corruption in the ports.") == {}


def test_corruption_told_of_someone_is_still_loaded():
    assert "corruption" in found("The corruption of the Orlen council is staggering.")
    assert "corrupt" in found("Tarev fought corrupt officials for years.")
