"""A name opening a sentence with a common word and a small word ("Systems in Flight today
announced ...") is read as its last word ("Flight"); when the other article writes its initials
("SIF") or the whole name, the mention takes the whole name and joins it. Never without that
evidence: "Officials in Norland said" is Norland."""

from __future__ import annotations

from .helpers import compared_labels


def test_a_name_cut_at_a_sentence_start_joins_its_initials_in_the_other_article():
    found = compared_labels(
        "Systems in Flight today announced a new cargo drone for farmers. The drone flies for six hours.",
        "SIF and Norland Post have agreed to test the drone. SIF said the first flights begin in May.",
    )
    assert {"Systems in Flight", "SIF"} in found
    assert not any("Flight" in labels and "Systems in Flight" not in labels for labels in found)


def test_a_name_cut_at_a_sentence_start_joins_its_whole_form_in_the_other_article():
    found = compared_labels(
        "Systems in Flight today announced a new cargo drone for farmers. The drone flies for six hours.",
        "The drone maker Systems in Flight said the first flights begin in May. SIF built it in Tolby.",
    )
    assert not any("Flight" in labels for labels in found)


def test_officials_in_a_country_stay_the_country():
    found = compared_labels(
        "Officials in Norland said the aid was late. Norland asked for more trucks.",
        "Norland officials said the aid was late. The OIN report asked for more trucks.",
    )
    assert not any("Officials in Norland" in labels for labels in found)


def test_the_number_of_small_words_a_cut_name_may_have_is_a_naming_setting():
    from dataclasses import replace

    from sidebyside.compare import compare
    from sidebyside.settings import DEFAULT

    from .helpers import article, labels

    text_a = "Systems in Flight today announced a new cargo drone for farmers. The drone flies for six hours."
    text_b = "SIF and Norland Post have agreed to test the drone. SIF said the first flights begin in May."
    none = replace(DEFAULT, compare=replace(DEFAULT.compare, naming=replace(DEFAULT.compare.naming, cut_name_max_links=0)))
    found = [labels(c, "a") | labels(c, "b") for c in compare(article(text_a), article(text_b), none).framing.label_contrasts]
    assert {"Systems in Flight", "SIF"} not in found
