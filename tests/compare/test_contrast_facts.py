"""A referent both outlets name once, each in its own words ("the Norlandic occupation" / "the
presence of Norlandic troops"), anchors a fact between the two sentences that name it, though
they share too few words for the word-vector alignment; a referent named in two sentences, a
person, or a sentence already aligned anchors none. The fact says how each outlet names the
referent (``anchor``) instead of a similarity it does not have."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.contrast_facts import facts_of_contrasts
from sidebyside.highlights import collect
from sidebyside.model import AlignedSentence, LabelContrast, Mention, Span, comparison_to_json

from .helpers import article

TALKS_A = ("Ministers of Norland and Vesta met in Rask on Monday to discuss a new trade deal.\n\n"
           "But Vesta has so far been cautious: last week its president said any rapprochement must lead "
           "to the end of the Norlandic occupation.\n\n"
           "Talks will resume in March, officials said.")
TALKS_B = ("Norland and Vesta held trade talks in Rask on Monday, the first in a decade.\n\n"
           "Hard questions remain, however, not least the presence of Norlandic troops.\n\n"
           "The next round is planned for March.")


def anchored(text_a: str, text_b: str) -> list[tuple[str, str, tuple[str, str]]]:
    c = compare(article(text_a), article(text_b))
    return [(text_a[s.a.start:s.a.end], text_b[s.b.start:s.b.end], s.anchor)
            for s in c.aligned_sentences if s.anchor]


def test_a_contested_referent_named_once_on_each_side_anchors_their_sentences():
    found = anchored(TALKS_A, TALKS_B)
    assert len(found) == 1
    a, b, anchor = found[0]
    assert "Norlandic occupation" in a and "presence of Norlandic troops" in b
    assert anchor == ("Norlandic occupation", "presence of Norlandic troops")


def test_a_referent_named_in_two_sentences_anchors_no_fact():
    twice = TALKS_A.replace("Talks will resume in March, officials said.",
                            "Critics call the Norlandic occupation illegal. Talks will resume in March.")
    assert anchored(twice, TALKS_B) == []


def test_the_fact_says_how_each_outlet_names_its_referent():
    c = compare(article(TALKS_A), article(TALKS_B))
    rows = [s for s in comparison_to_json(c)["aligned_sentences"] if s.get("anchor")]
    assert rows and rows[0]["anchor"] == ["Norlandic occupation", "presence of Norlandic troops"]
    tips = [h.tip for h in collect(c).panes[0] if h.kind == "aligned_sentence"]
    assert any("named “Norlandic occupation” / “presence of Norlandic troops”" in t for t in tips)
    assert not any("0% similar" in t for t in tips)


def _contrast(kind: str | None, a: tuple[int, int], b: tuple[int, int]) -> LabelContrast:
    return LabelContrast("x", (Mention(a[0], a[1], "xa", "text"),), (Mention(b[0], b[1], "xb", "text"),), kind=kind)


SENTENCES = ([Span(0, 10), Span(11, 20)], [Span(0, 8), Span(9, 30)])


def test_only_the_kinds_asked_for_anchor_a_fact():
    contrasts = (_contrast("person", (12, 14), (10, 12)), _contrast(None, (1, 3), (10, 12)))
    found = facts_of_contrasts(contrasts, SENTENCES, [], frozenset({""}))
    assert [(s.a, s.b) for s in found] == [(Span(0, 10), Span(9, 30))]


def test_a_sentence_already_aligned_takes_no_second_fact():
    aligned = [AlignedSentence(Span(0, 10), Span(0, 8), 0.7)]
    assert facts_of_contrasts((_contrast(None, (1, 3), (10, 12)),), SENTENCES, aligned, frozenset({""})) == []
