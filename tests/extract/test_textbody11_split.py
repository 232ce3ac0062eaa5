"""An article cut in two by a list the scores cannot cross: its lead above a table of contents,
its end below an inline "Related" list; kept whole when the cut-off block reads on the body's
topic, left out when it does not or when it is a list of teasers."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


LEAD = [
    "Harbour dredging in the old port has been delayed again, the harbour board said on Tuesday, after "
    "engineers found that the silt in the eastern basin holds more contaminated sediment than expected.",
    "The dredging was meant to let larger ferries dock at the eastern quays by the summer, and the board "
    "now expects the contaminated sediment to add months to the work and millions to its cost.",
]
BODY = [
    "Engineers took samples from the eastern basin in the spring and found heavy metals in the silt at "
    "depths the survey of the harbour had not reached, the harbour board's report says.",
    "The contaminated sediment cannot be dumped at sea and has to be treated on land, which means the "
    "board must find a site near the port and a contractor licensed to handle it.",
    "Ferry operators said the delay would cost them the summer season at the eastern quays, where the "
    "larger ships they ordered last year cannot dock until the dredging is finished.",
    "The harbour board will ask the council next month for the money the treatment of the sediment "
    "needs, and says it hopes the engineers can start dredging the eastern basin again by the autumn.",
    "Residents near the old port asked the board to publish the results of the samples in full, and to "
    "say how the contaminated silt will be carried through the town to the treatment site.",
]
TOC = ["Contents", "\n".join(f"• {x}" for x in (
    "The samples", "The sediment", "The treatment site", "The ferries", "The cost", "The council",
    "The residents", "The timetable", "The engineers", "The contractor", "The summer season", "The autumn",
    "The report", "The survey", "Further reading"))]


def test_a_lead_split_from_the_body_by_a_table_of_contents_is_kept():
    article = extract("\n\n".join(["Harbour dredging delayed", *LEAD, *TOC, *BODY]))
    for paragraph in LEAD + BODY:
        assert paragraph in article.text or paragraph == article.lead


def test_a_block_on_another_topic_above_a_list_is_not_kept():
    other = [
        "Our newsletter brings you the best recipes of the week, from quick pasta dinners to slow-cooked "
        "stews, with a shopping list and wine pairings chosen by our food writers every Friday morning.",
        "Subscribers also get early access to cooking classes at the academy kitchen, where chefs teach "
        "knife skills, bread baking and pastry on weekday evenings and on Saturday afternoons.",
    ]
    article = extract("\n\n".join([*other, *TOC, "Harbour dredging delayed", *BODY]))
    assert "newsletter" not in article.text and "pasta" not in article.text
    assert BODY[0] in article.text


RELATED = ["Related", "\n".join(f"• {x}" for x in (
    "Ferry Company Orders Two Larger Ships", "Council Approves New Harbour Budget",
    "Port Workers Vote On New Contract", "Old Lighthouse To Reopen As A Museum",
    "Fishing Fleet Returns Early After Storm", "Harbour Festival Draws Record Crowds"))]
TAIL = [
    "A spokesman for the ferry operators said the companies would ask the harbour board to pay part of "
    "the cost of the lost summer season if the dredging of the eastern basin is delayed again.",
    "The harbour board said it would answer the ferry operators once the council had decided on the "
    "money for the treatment of the contaminated sediment next month.",
]


def test_the_end_of_the_article_after_an_inline_related_list_is_kept():
    article = extract("\n\n".join(["Harbour dredging delayed", *BODY, *RELATED, *TAIL]))
    for paragraph in BODY + TAIL:
        assert paragraph in article.text
    assert "Lighthouse" not in article.text


def test_teasers_on_the_same_topic_below_the_article_are_not_kept():
    teasers = []
    for title, summary in (
        ("Ferry operators count the cost", "The ferry operators at the eastern quays of the harbour say the "
         "dredging delay will cost them the summer season and want the board to pay."),
        ("What the samples found", "Engineers found heavy metals in the silt of the eastern basin of the "
         "harbour, at depths the harbour survey had not reached before this spring."),
        ("Where the sediment will go", "The contaminated sediment from the harbour must be treated on land "
         "near the port, and the harbour board is looking for a site and a contractor."),
    ):
        teasers += ["READ MORE", title, summary]
    article = extract("\n\n".join(["Harbour dredging delayed", *BODY, *RELATED, *teasers]))
    assert "count the cost" not in article.text
    assert "must be treated on land near the port" not in article.text
