"""Text captures (session 23): a promo box inside the story left out with its header; a video
carousel's card title taken for no standfirst; a wire credited as the byline or in the dateline
read as the story's source; a credit line that runs on past its names (a bio, the other credits);
a name printed twice; a headline's last word that the story also writes kept."""

from __future__ import annotations

from harbour_story import PARAS

from sidebyside.extract.byline_lines import byline_names, wire_of
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def _article(*parts: str):
    return extract_text(Capture(source=Source(path="p.txt", format="text"), content="\n\n".join(parts)))


def test_a_promo_box_inside_the_story_is_left_out_with_its_header():
    art = _article("Harbour bridge to close for a year", "By Tam Rhodes", PARAS[0], PARAS[1],
                   "THE QUAYSIDE SHOW -- NOW ON VIDEO!",
                   "In each episode of her weekly show, Tam Rhodes looks at the week on the waterfront. "
                   "Click to subscribe!",
                   PARAS[2], PARAS[3])
    assert "QUAYSIDE SHOW" not in art.text and "subscribe" not in art.text
    assert PARAS[2][:40] in art.text and PARAS[3][:40] in art.text


def test_a_short_sentence_over_an_appeal_is_kept():
    # (a sentence of the story, ending with a full stop, is no promo's header)
    art = _article("Harbour bridge to close for a year", PARAS[0], PARAS[1], PARAS[2], "The vote was unanimous.",
                   "Sign up for our newsletter to get the harbour news every morning.", PARAS[3])
    assert "The vote was unanimous." in art.text


def test_a_carousel_card_title_is_no_standfirst():
    cards = []
    for title in ("Mayor: 'The bridge will reopen on time'", "Ferry timetable explained",
                  "Quay traders count the cost", "Engineers inspect the gears"):
        cards += ["[thumb]", "[1911190700]", title]
    art = _article("Harbour bridge to close for a year", "By Tam Rhodes", "Updated 10:02 GMT, March 3, 2026",
                   *cards, *PARAS)
    assert art.lead is None
    assert art.text.startswith(PARAS[0][:30])


def test_a_standfirst_under_the_byline_is_still_read():
    lead = "Repairs to the rusted gears will take the whole of next year, the board said."
    art = _article("Harbour bridge to close for a year", lead, "By Tam Rhodes", "March 3, 2026", "[bridge]", *PARAS)
    assert art.lead == lead


def test_a_wire_standing_as_the_byline_is_the_source_not_an_author():
    art = _article("Harbour bridge to close for a year", "AFP", "AFP, Port Ellis,", "Mar 3 2026, 10:18am", *PARAS)
    assert art.authors == () and art.source_credit == "AFP"
    assert wire_of("PTI") == "PTI" and wire_of("PTI, New Delhi,") == "PTI" and wire_of("By Reuters") == "Reuters"


def test_a_datelines_wire_is_the_source():
    assert wire_of("New Delhi, Nov 16 (PTI) The government said on Saturday") == "PTI"
    assert wire_of("PORT ELLIS (AP) — The harbour board voted") == "AP"
    art = _article("Harbour bridge to close for a year", "Port Ellis, Mar 3 (Reuters) " + PARAS[0], *PARAS[1:])
    assert art.source_credit == "Reuters"


def test_no_wire_in_ordinary_lines():
    assert wire_of("The PA system failed during the vote") is None
    assert wire_of("Paris, France") is None
    assert wire_of("Ilse Marten (left) said the work could not wait") is None
    assert _article("Harbour bridge to close for a year", "By Tam Rhodes", *PARAS).source_credit is None


def test_a_credit_line_running_past_its_names():
    assert byline_names("By Tam Rhodes, a senior editor and author of the Quayside newsletter. She has covered "
                        "the harbour for a decade at the Courier and other papers.") == ["Tam Rhodes"]
    assert byline_names("Reporting by Tam Rhodes, Ilse Marten, Koh Wen Li, with additional reporting by Abe "
                        "Moss and Ruth Kane, editing by Dan Ferro.") == ["Tam Rhodes", "Ilse Marten", "Koh Wen Li"]
    assert byline_names("By the time the vote came, the council had left the hall. It was late in the evening "
                        "and the lights were out.") == []


def test_a_name_printed_twice_is_one_name():
    assert byline_names("By Tam Rhodes Tam Rhodes") == ["Tam Rhodes"]


def test_a_headlines_last_capitalised_word_the_story_writes_too_is_kept():
    title = "Harbour board investigating ferry company and former CEO"
    body = [p.replace("The harbour board", "The harbour board, which is investigating the former CEO,") for p in PARAS]
    art = _article(title, "Courier Wire March 3, 2026 11:03 PM", *body)
    assert art.title == title


def test_a_row_of_icons_without_alt_text_is_no_headline():
    from sidebyside.extract.text.rules import classify

    assert classify("0 [facebook-i]  [twitter-ic]  [reddit-ico]  [print-icon]") == "image"
    assert classify("[f]  [f]  [f]  [f]") == "image"
    assert classify("See [1] and [2] for the board's figures on the [3] bridge") != "image"
    title = "Harbour bridge to close for a year"
    art = _article("Harbour", title, "Transport", "0 [facebook-i]  [twitter-ic]  [reddit-ico]  [print-icon]",
                   "The Quayside Wire", "Published Monday, March 2, 2026 8:22AM EST", *PARAS)
    assert art.title == title


def test_a_headline_the_body_run_opens_with_is_read():
    # (a copy without blank lines whose body run opened with the headline: the standfirst and
    # the byline cluster right under it, a menu above it)
    from sidebyside.extract.text import read_lines
    from sidebyside.extract.text.header import Header
    from sidebyside.extract.text.headline import headline_opening

    title = "Harbour bridge shut for a year – ‘The gears are finished’"
    stand = "The OLD swing bridge will close for a year while engineers replace its rusted gears, the board said."
    menu = ["Home", "News", "Sport", "Life & Style", "Travel", "Weather"]
    lines = read_lines("\n".join([*menu, title, stand, "By Tam Rhodes", "PUBLISHED: 10:01, Tue, Mar 3, 2026", *PARAS]))
    first = next(ln for ln in lines if ln.text == title)
    body = [("paragraph", ln) for ln in lines[first.index :] if ln.kind == "prose"]
    header = Header(lines, first.index, body)
    assert header.title == title and header.authors == ["Tam Rhodes"]
    assert headline_opening(first)
    assert not any(headline_opening(ln) for ln in lines if ln.text in (stand, PARAS[0]))


def test_a_sentence_opening_the_body_is_no_headline():
    text = "\n".join(["Home", "News", "Sport", PARAS[0], "By Tam Rhodes", "March 3, 2026", "", *PARAS[1:]])
    art = extract_text(Capture(source=Source(path="p.txt", format="text"), content=text))
    assert art.title != PARAS[0]


def test_an_embedded_posts_label_is_a_caption_not_the_story():
    from sidebyside.extract.text.rules import classify

    assert classify("Twitter post by @harbourboard: The bridge closes on Monday for a year of repairs") == "credit"
    assert classify("Instagram post by @quaysidecafe: Still open, come by boat!") == "credit"
    assert classify("Twitter posts by two councillors were deleted on Monday, officials said.") == "prose"
    art = _article("Harbour bridge to close for a year", PARAS[0],
                   "Twitter post by @harbourboard: The bridge closes on Monday for a year of repairs to its gears",
                   *PARAS[1:])
    assert "@harbourboard" not in art.text
