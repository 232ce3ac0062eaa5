"""Text captures (session 25): a bracketed group of words that opens a line ("[Harbour Diaries]
Ferry tickets sell out", a series' label, an agency's "[Rivertown Wire=Reporter Name]") is the
line's own text, kept in the headline and the body; an image's file name or a link's number in
brackets ("[logo-print]", "[12]") is still taken off; the label does not make a headline prose."""

from __future__ import annotations

from harbour_story import PARAS

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.lines import split_lines
from sidebyside.model import Capture, Source


def _article(*parts: str):
    return extract_text(Capture(source=Source(path="p.txt", format="text"), content="\n\n".join(parts)))


def test_a_bracketed_series_label_stays_in_the_headline():
    art = _article("Blog - Latest News", "[Harbour Diaries] More Letters from Our Ferry Passengers!",
                   "October 12, 2026/0 Comments/in Harbour News /by harbouradmin", *PARAS)
    assert art.title == "[Harbour Diaries] More Letters from Our Ferry Passengers!"
    assert art.published is not None and art.published.startswith("2026-10-12")


def test_a_bracketed_credit_opening_a_paragraph_stays_in_the_body():
    first = f"[Rivertown Wire=Columnist Ada Brook] {PARAS[0]}"
    art = _article("Harbour bridge to close for a year", first, *PARAS[1:])
    assert "[Rivertown Wire=Columnist Ada Brook]" in art.text


def test_an_image_file_name_or_a_link_number_is_still_taken_off():
    lines = [x for x in split_lines("[logo-print] Harbour News\n\n[12]Ferry timetable explained") if x.text]
    assert [x.text for x in lines] == ["Harbour News", "Ferry timetable explained"]


def test_the_label_is_no_words_of_prose():
    # (the headline without its label is short: the label's words do not make it a paragraph)
    line, = (x for x in split_lines("[Harbour Diaries] More Letters from Our Ferry Passengers!") if x.text)
    bare, = (x for x in split_lines("More Letters from Our Ferry Passengers!") if x.text)
    assert line.kind == bare.kind


CLAIM_BOX = """Denmark: Rebels Blocking Refugee Return

   November 18, 2019

   “A cause for serious concern is the situation in the south, where
   rebel bandit groups continue to prevent the evacuation of the families
   from the Orlo camp.”
   Source: Danish Defense Ministry, October 25, 2019
   False
   Information from multiple sources disputes the claims

   In a joint statement published Oct. 25, the Danish defense ministry
   accused the rebels of blocking a plan to return people to their homes.
"""


def test_a_short_captures_claim_box_keeps_its_wrapped_claim_whole():
    # (reader28's lynx example: too few lines to tell the wrap width; the claim's lines, wrapped at
    # the box's width, end a sentence before the box's short source and verdict lines)
    paragraphs = extract_text(Capture(source=Source(path="p.txt", format="text"), content=CLAIM_BOX)).paragraphs()
    assert paragraphs[0] == ("“A cause for serious concern is the situation in the south, where rebel bandit groups "
                             "continue to prevent the evacuation of the families from the Orlo camp.”")
    assert paragraphs[1:4] == ["Source: Danish Defense Ministry, October 25, 2019", "False",
                               "Information from multiple sources disputes the claims"]


def test_a_short_list_of_lines_of_many_lengths_is_not_joined():
    # (negative) a list's lines, one of them running on in lower case, stay apart
    menu = "Harbour News\n\nWeather and tides for the week ahead\nferries\nLetters to the editor.\n"
    lines = [x.text for x in read_lines(menu) if x.text]
    assert "ferries" in lines and "Weather and tides for the week ahead" in lines
