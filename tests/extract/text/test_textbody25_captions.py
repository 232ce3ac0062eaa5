"""Text captures (session 25): a photo's caption that w3m prints twice (its alt text, then its
figure caption) with the label of the box below glued to the second copy ("... Name SURNAME /
AGENCY Highlights") stays out of the body, its credit with it; a paragraph that opens with the
caption's words and goes on with a sentence of its own is kept."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

CAPTION = ("A fisherman mends nets on the quay of the village of Porto Selva opposite the\n"
           "drilling platform of Marra Nord (background) on March 3, 2026. Energy Minister\n"
           "Ivo Castelli welcomed a ruling that clears the way for new wells off the coast,\n"
           "but mayors of the harbour towns pledged to fight it. Dario MENCHINI / AFP")
BODY = """Mayors of six harbour towns protested on Tuesday against the ministry's decision
to approve new offshore wells, while the energy minister praised the "overdue"
move.

The fishing cooperatives warned that the decision would hurt the spawning
grounds that the coast depends on, while the ministry said the wells would lie
well outside the protected zone.

Energy Minister Ivo Castelli said he was "very pleased" by the ruling of the
council of state, which he said removed years of uncertainty for investors.

The mayors said they would take the matter to the regional administrative
court and asked the European Commission to review whether the permits respect
the rules on marine habitats.

The ministry expects the first new well to be drilled before the end of next
year, and says the project will create about 400 jobs in the region."""


def _page(after_caption: str) -> str:
    return f"""Subscribe
NEWS

 1. Home
 2. NEWS

Harbour Towns Protest as Ministry Approves Offshore Drilling Near Coastline

Published March 4th, 2026 - 07:29 GMT
{CAPTION}
{CAPTION}
{after_caption}

{BODY}

Related Articles
  • Fishermen block port in protest over quotas

(c) 2026 Coast News Network
"""


def _text(content: str) -> str:
    return extract_text(Capture(source=Source(path="p.w3m80.txt", format="text"), content=content)).text


def test_a_caption_printed_twice_with_a_label_glued_to_it_stays_out_of_the_body():
    text = _text(_page("Highlights\nRegional courts, however, have upheld most earlier drilling permits."))
    assert "MENCHINI" not in text and "fisherman mends nets" not in text
    assert text.startswith("Regional courts") or "Mayors of six harbour towns" in text.split("\n\n")[0]
    assert "about 400 jobs in the region" in text


def test_a_paragraph_that_runs_on_past_the_caption_with_a_sentence_is_no_caption():
    # (the second copy goes on with the story's own sentence: more than a label's few words)
    content = _page("").replace(
        f"{CAPTION}\n{CAPTION}\n",
        f"{CAPTION}\n{CAPTION} The ministry said the ruling ends a dispute that began in 2019.\n")
    assert "ends a dispute that began in 2019" in _text(content)


def test_a_caption_with_a_barred_label_credit_or_printed_twice_round_a_label_is_a_caption():
    from sidebyside.extract.text.kinds import CREDIT
    from sidebyside.extract.text.lines import split_lines

    def kind(text: str) -> str:
        return next(x.kind for x in split_lines(text) if x.text)

    assert kind("Ada Brook celebrates after the win at Harbour Park. | Foto: Reuters") == CREDIT
    assert kind("Ivo Castelli has agreed a deal to become manager of Porto Selva Image: "
                "Ivo Castelli has agreed a deal to become manager of Porto Selva") == CREDIT
    # (negatives) a sentence with a bar and a source, a paragraph that says "image:" once
    assert kind("Sales rose four percent in the quarter, the harbour board said | Source: annual report") != CREDIT
    assert kind("The mayor said the new image: a cleaner harbour and a busier quay, would take years to build.") != CREDIT
