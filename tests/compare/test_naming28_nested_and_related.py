"""A description inside another referent's longer description is shown under that one only;
a description joins the other article's named person through a noun of its kind (not its own
noun) only when its article names no one beside it."""

from __future__ import annotations

from sidebyside.compare.naming.contrasts import without_nested_descriptions
from sidebyside.model import LabelContrast, LabelCount, Mention

from .helpers import labels, naming_contrasts


def _contrast(entity, a, b, kind="place"):
    def rows(ms):
        out = {}
        for text, form in ms:
            out.setdefault(text, [0, form])[0] += 1
        return tuple(LabelCount(t, n, f) for t, (n, f) in out.items())
    return LabelContrast(
        entity=entity,
        a=tuple(Mention(s, s + len(t), t, "text") for s, t, _ in a),
        b=tuple(Mention(s, s + len(t), t, "text") for s, t, _ in b),
        kind=kind,
        labels=(rows([(t, f) for _, t, f in a]), rows([(t, f) for _, t, f in b])),
    )


FAMILY = _contrast("Turkish forces in northern Syria", [(100, "Turkish occupation", "description")],
                   [(200, "presence of Turkish troops in northern Syria", "description")], kind=None)


def test_a_description_inside_another_referents_longer_one_is_not_shown_under_both():
    turkey = _contrast("Turkey", [(10, "Turkey", "name"), (50, "Ankara", "metonym")],
                       [(20, "Turkey", "name"), (212, "Turkish troops", "description")])
    out = without_nested_descriptions([FAMILY, turkey])
    assert out[0] is FAMILY
    shown = out[1]
    assert [m.text for m in shown.b] == ["Turkey"]
    assert [r.label for r in shown.labels[1]] == ["Turkey"]
    assert {r.label for r in shown.labels[0]} == {"Turkey", "Ankara"}  # still a difference: kept


def test_a_contrast_left_with_the_same_labels_is_dropped():
    turkey = _contrast("Turkey", [(10, "Turkey", "name")], [(20, "Turkey", "name"), (212, "Turkish troops", "description")])
    assert without_nested_descriptions([FAMILY, turkey]) == [FAMILY]


def test_a_description_overlapping_another_referents_longer_one_is_not_shown_under_it():
    # "... to stop the war in Ukraine": "war in Ukraine" is the Ukraine war's, so "the war" there
    # is no mention of the civil war the other article calls "the war" too
    ukraine = _contrast("Ukraine conflict", [(504, "war in Ukraine", "description")],
                        [(90, "invasion of Ukraine", "description")], kind=None)
    civil_war = _contrast("Civil war", [(500, "the war", "description")],
                          [(30, "Syrian Civil War", "name"), (60, "the war", "description")], kind="event")
    assert without_nested_descriptions([ukraine, civil_war]) == [ukraine]


def test_a_description_beside_a_longer_one_without_sharing_words_stays():
    ukraine = _contrast("Ukraine conflict", [(508, "war in Ukraine", "description")],
                        [(90, "invasion of Ukraine", "description")], kind=None)
    civil_war = _contrast("Civil war", [(500, "the war", "description")],
                          [(30, "Syrian Civil War", "name")], kind="event")
    assert without_nested_descriptions([ukraine, civil_war])[1] is civil_war


def test_a_name_inside_a_longer_description_stays():
    syria = _contrast("Syria", [(10, "Syria", "name"), (40, "Damascus", "metonym")],
                      [(20, "Syria", "name"), (235, "Syria", "name")])
    assert without_nested_descriptions([FAMILY, syria])[1] is syria


def test_a_description_outside_every_longer_one_stays():
    turkey = _contrast("Turkey", [(10, "Turkey", "name")], [(20, "Turkey", "name"), (400, "Turkish troops", "description")])
    assert without_nested_descriptions([FAMILY, turkey])[1] is turkey


def test_the_seed_like_pair_shows_turkish_troops_only_inside_the_presence():
    found = naming_contrasts(
        "Turkey wants better ties with Syria. Damascus demands the end of the Turkish occupation of the north. "
        "Turkey has not answered. Ankara said talks would go on.",
        "Turkey wants better ties with Syria. Damascus wants an end to the presence of Turkish troops in northern "
        "Syria. Turkey has not answered.")
    assert "presence of Turkish troops in northern Syria" in labels(found["Turkish forces in northern Syria"], "b")
    assert "Turkish troops" not in labels(found["Turkey"], "b")


# ------------------------------------------------------------------ a role joined through a related noun

A_ENVOY = ("Kurt Volker, the former special envoy to Ukraine, testified on Tuesday before the committee. "
           "Volker said he had no knowledge of any effort to investigate Joe Biden.")
B_OFFICIAL = ("Last week State Department official David Holmes told investigators about a call. "
              "Holmes said he recalled it vividly. Kurt Volker also testified on Tuesday. "
              "Volker said he knew of no effort to investigate Joe Biden.")


def test_an_envoy_named_beside_is_not_the_other_articles_official():
    found = naming_contrasts(A_ENVOY, B_OFFICIAL)
    assert not any("envoy" in t for c in found.values() for t in labels(c, "a") if "Holmes" in c.entity)


def test_an_unnamed_description_still_joins_the_one_official_through_its_kind():
    # (negative of the above: no one is named beside "the envoy", so the one official is meant)
    found = naming_contrasts(
        "The committee heard testimony on Tuesday. The envoy said he had raised the matter in Kyiv in July.",
        "The committee heard testimony on Tuesday. State Department official David Holmes said he had "
        "raised the matter in Kyiv in July. Holmes spoke for an hour.")
    holmes = [c for c in found.values() if "Holmes" in c.entity]
    assert holmes and any("envoy" in t for t in labels(holmes[0], "a"))


# ------------------------------------------------------------------ a title in apposition before a name

def test_the_title_in_apposition_before_a_name_is_its_title():
    found = naming_contrasts(
        "The German Chancellor, Angela Merkel, said the crisis showed the need for new rules. Merkel spoke in Berlin.",
        "German Chancellor Angela Merkel said the crisis showed the need for new rules. Merkel spoke in Berlin.")
    assert "Angela Merkel" not in found  # one title on both sides: no naming difference


def test_a_title_before_a_list_of_names_is_no_ones():
    found = naming_contrasts(
        "She met the President, Barack Obama and Joe Biden at the White House. Obama spoke later.",
        "She met President Barack Obama at the White House. Obama spoke later.")
    assert "President Barack Obama" not in {t for c in found.values() for t in labels(c, "a")}


# ------------------------------------------------------------------ a day told from the article's date

def _dated(text: str, published: str | None):
    from sidebyside.model import Article, Source
    return Article(source=Source(path=None, format="text"), text=text, published=published)


_YESTERDAY = "Protesters stormed the Acropolis yesterday, unfurling banners. Police said three people died in a bank fire."
_TUESDAY = "Protesters stormed the Acropolis on Tuesday, unfurling banners. Police said three people died in a bank fire."


def test_yesterday_from_a_wednesday_is_tuesday_in_other_words():
    from sidebyside.compare.framing import analyse_framing

    found = analyse_framing(_dated(_YESTERDAY, "2010-05-05"), _dated(_TUESDAY, "2010-05-05")).label_contrasts
    assert [(c.category, labels(c, "a"), labels(c, "b")) for c in found] == [("same day", {"yesterday"}, {"Tuesday"})]


def test_yesterday_from_a_friday_is_no_tuesday():
    from sidebyside.compare.framing import analyse_framing

    found = analyse_framing(_dated(_YESTERDAY, "2010-05-07"), _dated(_TUESDAY, "2010-05-05")).label_contrasts
    assert not any("yesterday" in labels(c, "a") for c in found)


# ------------------------------------------------------------------ two counts are two lots

_ARMS_A = ("The navy seized a pirate ship on Tuesday. The cache of arms on the ship included seven AK-47 rifles "
           "and three grenades. The crew was arrested.")


def test_two_counts_of_weapons_of_one_kind_are_not_one_referent():
    found = naming_contrasts(_ARMS_A, "The navy seized a pirate ship on Tuesday. The commandos recovered 12 AK 47 "
                                      "guns and two grenades. The crew was arrested.")
    assert not any("seven AK-47 rifles" in labels(c, "a") for c in found.values())


def test_the_same_count_of_weapons_told_by_another_noun_is_one_referent():
    found = naming_contrasts(_ARMS_A, "The navy seized a pirate ship on Tuesday. The commandos recovered seven AK 47 "
                                      "guns and three grenades. The crew was arrested.")
    assert any("seven AK-47 rifles" in labels(c, "a") and "seven AK 47 guns" in labels(c, "b") for c in found.values())
