"""A headline in title case capitalises its verbs: a capitalised word before a title there is no
part of the title ("Council to Name Dr. Mara Ellery Health Chief" names "Dr. Mara Ellery";
"Riverton Owls Fire Coach Dan Merrow" names "Coach Dan Merrow"). A headline in sentence case
keeps the capitalised words of a title ("Fire Chief Lena Vost")."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def _headline_labels(title_a: str, text_a: str, text_b: str) -> set[str]:
    found = analyse_framing(replace(article(text_a), title=title_a), article(text_b))
    return {m.text for c in found.label_contrasts for m in c.headings[0]}


def test_a_title_case_headline_keeps_its_verb_out_of_a_title():
    labels = _headline_labels(
        "Council to Name Dr. Mara Ellery Health Chief: rumour or news?",
        "The council will name Dr. Mara Ellery as its health chief. Ellery worked in Tolby for years.",
        "Mara Ellery, a surgeon, will be named health chief. Ellery said little.",
    )
    assert "Dr. Mara Ellery" in labels
    assert not any(label.startswith("Name") for label in labels)


def test_a_title_case_headline_keeps_the_team_and_its_verb_out_of_a_title():
    labels = _headline_labels(
        "Riverton Owls Fire Coach Dan Merrow, Hire Lu Pike",
        "The Riverton Owls fired coach Dan Merrow on Monday. Merrow had led the team for three years.",
        "Dan Merrow was dismissed by the Riverton Owls on Monday. Merrow said he was surprised.",
    )
    assert "Coach Dan Merrow" in labels
    assert not any("Fire" in label for label in labels)


def test_a_sentence_case_headline_keeps_a_capitalised_title_whole():
    labels = _headline_labels(
        "After thirty years, Fire Chief Lena Vost retires from the post",
        "After thirty years, Fire Chief Lena Vost retired on Friday. Vost led the brigade in Corran for thirty years.",
        "Lena Vost, who led the Corran brigade, retired on Friday. Vost said she would travel.",
    )
    assert "Fire Chief Lena Vost" in labels
