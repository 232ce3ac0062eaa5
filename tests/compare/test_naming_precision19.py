"""Labels cut whole: a label starts and ends where the phrase it names does (never "minister X"
of "Prime minister X", "Yemeni pirates" of "Somali and Yemeni pirates", "brigands" of "sea
brigands"). Found by reading ECB+ tune pairs outside the label-reading pool; each with a
negative that keeps the whole label."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import all_labels, article, labels, naming_contrasts as contrasts


def mentions(text: str) -> set[str]:
    """The body mentions' texts of an article compared with itself."""
    a, b = article(text), article(text)
    return {r.text for r in referents(a, b, article_views(a, b)).chains[0].refs}


# a title word the other article capitalises is no name that ends the title


def test_title_is_not_cut_by_a_word_capitalised_elsewhere():
    found = contrasts(
        "Greece faced strikes on Monday.\n\nPrime minister George Papandreou's insistence failed. "
        "Papandreou said more.",
        "Greek Prime Minister George Papandreou said the measures are vital. Papandreou spoke on Monday.",
    )
    assert "minister George Papandreou" not in all_labels(found)
    assert "Prime minister George Papandreou" in labels(found["George Papandreou"], "a")


def test_a_whole_title_still_joins_its_name():
    found = contrasts(
        "Finance minister Jane Doakes resigned on Monday. Doakes said more.",
        "Jane Doakes resigned on Monday. Doakes left.",
    )
    assert "Finance minister Jane Doakes" in labels(found["Jane Doakes"], "a")


# a bare plural inside a coordination or after a noun modifier is part of a longer phrase


def test_part_of_a_coordinated_group_is_no_label():
    found = contrasts(
        "The navy arrested 23 heavily armed Somalian and Yemeni pirates on Saturday.",
        "The warship nabbed 23 Somali and Yemeni sea brigands on Saturday. Rifles were seized from "
        "the 12 Somali and 11 Yemeni pirates on board.",
    )
    found_labels = all_labels(found)
    assert not {"Yemeni pirates", "brigands", "11 Yemeni pirates"} & found_labels
    assert "23 Somali and Yemeni sea brigands" in found_labels


def test_a_bare_plural_with_its_nationality_is_still_a_label():
    found = mentions("The navy said Somali pirates seized a tanker on Saturday. Arrested pirates were held.")
    assert {"Somali pirates", "pirates"} <= found


# a name whose last word is a capitalised common noun before its head noun ("Web browser")


def test_a_name_ending_inside_a_compound_is_no_label():
    found = mentions("Hackers exploit a flaw in its Internet Explorer Web browser, the company said.")
    assert "Internet Explorer Web" not in found


def test_a_person_named_before_a_noun_keeps_the_name():
    found = mentions("Fans cheered on Monday as Elton Brand fans filled the arena. Brand thanked them.")
    assert "Elton Brand" in found


def test_a_one_word_name_before_a_noun_still_names_it():
    found = mentions("Reporters said Nixon aides met on Monday. The Bush administration replied.")
    assert {"Nixon", "Bush"} <= found


def test_a_title_after_a_capitalised_word_is_not_cut():
    found = mentions("Nobody was inside, according to Fire Chief James Steele. Steele said the cause is unknown. "
                     "Playboy founder Hugh Hefner paid tribute.")
    assert {"Fire Chief James Steele", "Playboy founder Hugh Hefner"} <= found
    assert not {"Chief James Steele", "founder Hugh Hefner"} & found


def test_a_title_opening_a_sentence_after_a_capitalised_word_still_joins():
    found = mentions("On Monday the team met. Yesterday coach Maurice Cheeks was fired. Cheeks said nothing.")
    assert "coach Maurice Cheeks" in found


def test_a_place_name_before_a_title_opens_the_label():
    found = mentions("Trump called on Monday. Trump asked Ukraine President Volodymyr Zelenskiy for help.")
    assert "Ukraine President Volodymyr Zelenskiy" in found
    found = mentions("Officials met on Monday. British Columbia Attorney General Wally Oppal appointed a prosecutor.")
    assert "British Columbia Attorney General Wally Oppal" in found


def test_a_coordinated_title_is_not_cut_after_and():
    found = mentions("The blaze spread on Monday, said Palmer Fire and Rescue Chief John McNutt. McNutt said more.")
    assert "Rescue Chief John McNutt" not in found
    assert "John McNutt" in found


def test_a_title_after_a_person_and_stays_whole():
    found = mentions("Interior Secretary Ken Salazar and Commerce Secretary Gary Locke met on Monday. Locke spoke.")
    assert "Commerce Secretary Gary Locke" in found
    found = mentions("Trooper William Hakim of the Oregon State Police and Capt. Tom Tennant died on Monday.")
    assert "Capt. Tom Tennant" in found
