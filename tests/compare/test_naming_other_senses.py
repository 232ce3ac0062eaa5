"""Label contrasts keep a label only in the sense of the chain it joins (compare/label_families.py,
compare/naming/): the death penalty is not the killings, words inside a quotation are the
speaker's. Hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.framing import analyse_framing

from .helpers import article


def contrasts(text_a, text_b):
    """The contrasts as compare gives them: quoted words (the quote finder's) are the speaker's."""
    f = analyse_framing(article(text_a), article(text_b), (article_quotes(text_a), article_quotes(text_b)))
    return {c.entity: c for c in f.label_contrasts}


def all_labels(found):
    return {m.text for c in found.values() for side in ("a", "b") for m in getattr(c, side)}


KILLINGS = "Smith was convicted of murdering four people in Atlanta in 2005."


def test_the_death_penalty_is_not_the_killings():
    found = contrasts(KILLINGS, "Death penalty experts said the verdict in Atlanta shows there is no telling what a jury will do.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_a_death_sentence_is_not_the_killings():
    found = contrasts(KILLINGS, "Jurors in Atlanta deadlocked nine to three on the death sentence for Smith.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_sentenced_to_death_is_not_the_killings():
    found = contrasts(KILLINGS, "Smith, who killed four people in Atlanta, was sentenced to death on Friday.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_dying_in_prison_is_not_the_killings():
    found = contrasts(KILLINGS, "Smith killed four people in Atlanta. Smith will likely die in prison.")
    assert "die" not in all_labels(found)


def test_the_victims_deaths_still_join_the_killings():
    found = contrasts(
        "Smith was convicted of murdering four people in Atlanta.",
        "Four people died in Atlanta when Smith opened fire.",
    )
    assert any(m.text.startswith("died") for c in found.values() for m in c.b), found.keys()


# a quotation over several paragraphs whose last paragraph lost its opening mark


REID = "Tara Reid has entered a rehab program. The actress checked herself in on Tuesday."


def test_a_label_in_the_closing_paragraph_of_a_quotation_is_the_speakers():
    found = contrasts(
        REID,
        'Tara Reid has entered a rehab program.\n\n"It was a mess," she said of the show.\n\n'
        '"I didn\'t know it was going to ruin my career.\n\nI\'m not just a party girl."\n\nReid launched a clothing line.',
    )
    assert "a party girl" not in all_labels(found)


def test_a_paragraph_with_its_own_quotation_is_not_all_quoted():
    found = contrasts(
        REID,
        'Tara Reid, a party girl, has entered a rehab program, "to get better."\n\nReid launched a clothing line.',
    )
    assert "a party girl" in all_labels(found)


# a company buying another: "the firm" may be either


def test_the_firm_after_a_purchase_is_told_joins_neither_company():
    found = contrasts(
        "Hewlett-Packard said Monday it would acquire EYP Mission Critical Facilities, a consulting company. "
        "Hewlett-Packard did not disclose terms. The firm has 300 employees.",
        "Hewlett-Packard agreed to buy EYP Mission Critical Facilities. Hewlett-Packard said the deal would close soon.",
    )
    assert "The firm" not in all_labels(found)


def test_the_firm_with_no_purchase_told_joins_the_company_named():
    found = contrasts(
        "Hewlett-Packard said Monday it would cut 500 jobs in Texas. Hewlett-Packard did not say when. "
        "The firm has 300,000 employees.",
        "Hewlett-Packard will cut jobs in Texas. Hewlett-Packard said the cuts would come in December.",
    )
    assert "The firm" in {m.text for m in found["Hewlett-Packard"].a}


# a compound whose first word changes the sense of the role noun


def test_a_free_agent_is_not_the_agent():
    found = contrasts(
        "Prince Fielder signed with Detroit, agent Scott Boras said on Tuesday. Boras said the deal was worth $214 million.",
        "Detroit signed Prince Fielder, said his agent Scott Boras. The Tigers wanted that big free agent all winter. "
        "Boras said talks were long.",
    )
    assert "that big free agent" not in all_labels(found)


def test_the_agent_still_joins_the_agent_named():
    found = contrasts(
        "Prince Fielder signed with Detroit, agent Scott Boras said on Tuesday. Boras said the deal was worth $214 million.",
        "Detroit signed Prince Fielder, said Scott Boras. The agent said talks were long. Boras would not say more.",
    )
    assert "The agent" in {m.text for m in found["Scott Boras"].b}


# teams: "the" and a name ending in a plural noun is an organisation, joined by its last word


def test_a_team_is_an_organisation_not_a_person():
    found = contrasts(
        "The Philadelphia Eagles beat Dallas on Sunday. The Philadelphia Eagles led all game.",
        "The Eagles beat Dallas on Sunday. The Eagles led all game.",
    )
    assert found["Philadelphia Eagles"].kind == "organisation"
    assert {m.text for m in found["Philadelphia Eagles"].b} == {"Eagles"}


def test_a_team_named_in_full_then_by_its_last_word_is_one_chain():
    found = contrasts(
        "The Los Angeles Angels made an offer to Mark Teixeira. Spokesman Tim Mead said the Angels withdrew it. "
        "The team made its offer in Las Vegas.",
        "The Angels made an offer to Mark Teixeira, the biggest in the history of the franchise.",
    )
    assert {m.text for m in found["Los Angeles Angels"].a} >= {"Los Angeles Angels", "Angels", "The team"}


def test_a_person_with_a_plural_noun_for_a_surname_stays_a_person():
    from sidebyside.compare.entities import find_entities

    kinds = {e.text: e.kind for e in find_entities("The actor Tom Waters spoke. Waters said the Rolling Stones played.")}
    assert kinds["Tom Waters"] == "person" and kinds["Waters"] == "person"
    assert kinds["Rolling Stones"] == "organisation"


def test_two_teams_ending_in_one_word_leave_the_short_form_unjoined():
    from sidebyside.compare.entities import find_entities

    found = find_entities("The Philadelphia Eagles and the Atlanta Eagles met. The Eagles won.")
    assert [e.key for e in found if e.text == "Eagles"] == ["eagles"]


def test_the_company_bought_still_joins_the_company():
    found = contrasts(
        "Advanced Micro Devices agreed to acquire ATI Technologies. ATI Technologies makes graphics chips. "
        "The company has 3,000 employees.",
        "AMD will buy ATI Technologies. ATI Technologies makes graphics chips in Canada.",
    )
    assert "The company" in {m.text for m in found["ATI Technologies"].a}


FIGHTING = "The Sudanese army has been fighting rebels in Sudan for years."


def test_a_threatened_invasion_is_not_the_fighting():
    for said in ("Kiir fears the government in Sudan intends to invade the south.",
                 "Kiir said the army could invade Sudan's south."):
        assert not any("invad" in label.casefold() for label in all_labels(contrasts(FIGHTING, said)))


def test_an_actual_invasion_still_contrasts_with_the_fighting():
    found = contrasts(FIGHTING, "Troops from Sudan invaded the south on Thursday, officials in Sudan said.")
    assert any("invaded" in label for label in all_labels(found))


OFFENSIVE = "More than 600 Palestinians have been killed in the Israeli offensive into Gaza."


def test_a_previous_instance_is_not_the_event_told():
    found = contrasts(OFFENSIVE, "A mortar hit the school in the war with Israel. Deadly strikes on civilians in "
                                 "previous conflicts in Lebanon raised pressure on Israel to halt the war.")
    labels = all_labels(found)
    assert "war" in labels and not any("Lebanon" in label for label in labels)


def test_earlier_as_an_adverb_keeps_the_event():
    found = contrasts(OFFENSIVE, "The war with Israel went on. A mortar hit the school earlier in the war.")
    assert "war" in all_labels(found)


# one event told by a phrase that names it and by one that names nothing


def test_one_death_told_twice_is_one_contrast():
    found = contrasts(
        "Three Palestinians were killed in Jenin.\n\nThe killing angered Abbas, who spoke on Friday.",
        "Three Palestinians died in Jenin.\n\nThe deaths angered Abbas, who spoke on Friday.",
    )
    deaths = [c for c in found.values() if c.category == "killed/martyred/died"]
    assert [(sorted(m.text for m in c.a), sorted(m.text for m in c.b)) for c in deaths] == [
        (["killed in Jenin", "killing"], ["Three Palestinians died", "deaths"])
    ]


def test_the_killing_stays_apart_when_two_deaths_are_told():
    found = contrasts(
        "Three Palestinians were killed in Jenin and two died in Nablus.\n\n"
        "The killing angered Abbas, who spoke on Friday.",
        "Three Palestinians died in Jenin and two were killed in Nablus.\n\n"
        "The deaths angered Abbas, who spoke on Friday.",
    )
    deaths = sorted(c.entity for c in found.values() if c.category == "killed/martyred/died")
    assert deaths == ["deaths in Jenin", "deaths in Nablus", "the deaths"]
