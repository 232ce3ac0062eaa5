"""The report lists and counts the label contrasts the window does (labelpaint.telling): one whose
every label both outlets use is no naming difference."""

from __future__ import annotations

from sidebyside.labelpaint import telling_contrasts
from sidebyside.model import (Article, Block, Comparison, Framing, LabelContrast, LabelCount, Mention,
                              Source)
from sidebyside.report.html import render_report


def _article(name: str, paragraphs: list[str]) -> Article:
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block("paragraph", pos, pos + len(p)))
        pos += len(p) + 2
    return Article(source=Source(name, "text"), text=text, blocks=tuple(blocks))


def _pair() -> Comparison:
    a = _article("a.txt", ["The German Chancellor, Angela Merkel, said the crisis was grave.",
                           "Angela Merkel spoke in Berlin."])
    b = _article("b.txt", ["German Chancellor Angela Merkel said the crisis was grave.",
                           "The premier Tomas Brenn spoke in Veldt."])
    at_a, at_b = a.text.index("Angela Merkel"), b.text.index("German Chancellor Angela Merkel")
    same = LabelContrast("Angela Merkel", (Mention(at_a, at_a + 13, "Angela Merkel"),),
                         (Mention(at_b, at_b + 31, "German Chancellor Angela Merkel"),), kind="person",
                         labels=((LabelCount("Angela Merkel", 2, "name"),),
                                 (LabelCount("German Chancellor Angela Merkel", 1, "title"),)))
    premier, berlin = b.text.index("The premier"), a.text.index("Berlin")
    other = LabelContrast("Veldt", (Mention(berlin, berlin + 6, "Berlin"),),
                          (Mention(premier, premier + 11, "The premier"),), kind="place")
    return Comparison(articles=(a, b), quotes=((), ()), shared_quotes=(), shared_passages=(),
                      aligned_sentences=(), framing=Framing(label_contrasts=(same, other)))


def test_a_contrast_whose_labels_both_outlets_use_is_not_telling():
    assert [lc.entity for lc in telling_contrasts(_pair())] == ["Veldt"]


def test_the_report_lists_and_counts_only_the_telling_contrasts():
    html = render_report(_pair())
    assert "1 label contrast" in html and "2 label contrasts" not in html
    table = html[html.index("Label contrasts"):]
    assert "Veldt" in table and "German Chancellor Angela Merkel" not in table.split("</table>")[0]


def test_the_json_says_which_contrasts_the_window_and_report_show():
    from sidebyside.model import comparison_to_json

    data = comparison_to_json(_pair())
    assert [(lc["entity"], lc["shown"]) for lc in data["framing"]["label_contrasts"]] == [
        ("Angela Merkel", False), ("Veldt", True)]
