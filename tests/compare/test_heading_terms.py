"""Loaded and distinctive terms of the headline and standfirst: found with the body's rules,
offsets into the field, listed in the JSON and marked in the pane headers."""

from __future__ import annotations

import json

from sidebyside.compare import compare
from sidebyside.compare.headings import heading_terms
from sidebyside.highlights import collect
from sidebyside.model import Article, DistinctiveTerm, Source, comparison_to_json


def article(title, lead="", text="The council met on Monday. It voted on the plan."):
    return Article(source=Source(None, "text"), title=title, lead=lead, text=text)


def marked(a):
    return [(h.field, (a.title if h.field == "title" else a.lead)[h.start : h.end], h.kind, h.category)
            for h in heading_terms(a)]


def test_loaded_words_of_the_headline_and_standfirst_are_found():
    a = article("Mayor unveils 'reckless' budget", "A staggering blunder, critics say.")
    assert set(marked(a)) == {
        ("title", "reckless", "loaded_term", "evaluative"),
        ("title", "reckless", "loaded_term", "scare quotes"),  # the writer's quote marks, uncredited
        ("lead", "staggering", "loaded_term", "intensifier"),
        ("lead", "blunder", "loaded_term", "evaluative"),
    }


def test_plain_and_literal_headlines_have_none():
    assert marked(article("Huge flag unveiled at stadium", "Officials said the vote was held on Monday.")) == []
    assert marked(article("Asylum claims rise", "The minister argued for a review.")) == []


def test_a_quoted_word_in_a_headline_is_the_speakers():
    a = article('Senator: "This disgraceful deal must go," she says')
    found = heading_terms(a)
    assert [(h.term, h.quoted) for h in found] == [("disgraceful", True)]


def test_quote_marks_after_a_verb_of_saying_in_a_headline_are_the_speakers():
    a = article("Mayor slams 'reckless' budget")
    found = [(h.term, h.category, h.quoted) for h in heading_terms(a)]
    # the outlet's verb stays its own; the quoted word is the mayor's, and no scare quote
    assert found == [("slam", "attribution verb", False), ("reckless", "evaluative", True)]


def test_the_claim_before_a_closing_colon_and_speaker_is_the_speakers():
    body = "The inquiry is over, the White House said on Tuesday. Democrats disagreed."
    a = article("Impeachment sham completely debunked: White House", text=body)
    assert {(h.term, h.quoted) for h in heading_terms(a)} == {("sham", True), ("debunked", True)}


def test_a_speaker_closing_the_headline_after_a_comma_or_dash_owns_the_claim():
    body = "The inquiry is over, the White House said on Tuesday. Democrats disagreed."
    for title in ("Impeachment sham completely debunked, says White House",
                  "Impeachment sham completely debunked, White House says",
                  "Impeachment sham completely debunked - White House",
                  "Impeachment sham completely debunked — White House"):
        found = {(h.term, h.quoted) for h in heading_terms(article(title, text=body))}
        assert found == {("sham", True), ("debunked", True)}, title


def test_according_to_and_other_languages_close_a_headline_on_its_speaker():
    body = "The inquiry is over, the White House said on Tuesday. Democrats disagreed."
    for title in ("Impeachment sham completely debunked, according to the White House",
                  "Impeachment sham completely debunked, says the White House"):
        found = {(h.term, h.quoted) for h in heading_terms(article(title, text=body))}
        assert found == {("sham", True), ("debunked", True)}, title
    from sidebyside.compare.headings import _closing_speaker
    from sidebyside.compare.tokens import tokenize
    german = "Am Montag sagte Kanzler Scholz, die Reform sei gescheitert."
    french = "Lundi, le président Macron a déclaré que la réforme était un échec."
    for title, body in (("Die Reform ist gescheitert, sagt Scholz", german),
                        ("La réforme est un échec, selon Macron", french)):
        assert _closing_speaker(title, tokenize(title), body) == title.index(","), title
    for title, body in (("Brexit: was jetzt passiert", german),  # a topic before the colon
                        ("Die Reform ist gescheitert, Scholz", german),  # a comma without a verb
                        ("La réforme est un échec, selon", french)):  # no one after "selon"
        assert _closing_speaker(title, tokenize(title), body) is None, title


def test_a_topic_or_an_outlet_around_the_break_is_no_speaker():
    body = "The White House said on Tuesday the sham was over. BBC News reported it first."
    for title in ("Impeachment sham completely debunked - BBC News",  # the outlet's name
                  "Impeachment sham completely debunked, White House",  # no verb of saying
                  "Impeachment sham completely debunked, says Ohio",  # a speaker the body never names
                  "Sham: what happens next",  # a topic before the colon
                  "Live: Sham debunked, White House says inquiry is over"):
        found = [(h.term, h.quoted) for h in heading_terms(article(title, text=body))]
        assert found and not any(quoted for _, quoted in found), title
    # a site named in its own furniture, never speaking, is no speaker ('… – Gadget Reviews')
    body = "Prices change often, and Gadget Reviews may receive a commission on purchases."
    found = [(h.term, h.quoted) for h in heading_terms(article("Staggering early deals on laptops – Gadget Reviews", text=body))]
    assert found == [("staggering", False)]


def test_a_subtitle_after_a_colon_is_no_speaker():
    body = "The inquiry is over, the White House said on Tuesday. Democrats disagreed."
    for title in ("Impeachment sham: Key Moments", "Impeachment sham: The Story So Far",
                  "Impeachment Sham Debunked: White House"):  # title case: nothing to tell
        found = [(h.term, h.quoted) for h in heading_terms(article(title, text=body))]
        assert found and not any(quoted for _, quoted in found), title


def test_the_articles_distinctive_terms_are_found_in_the_heading_from_its_words():
    a = article("Erdoğan meets Assad", "Erdoğan and the staggering costs")
    found = heading_terms(a, (DistinctiveTerm("erdogan", 2.0, 3),))
    assert [(h.field, h.kind, h.term) for h in found] == [
        ("title", "distinctive_term", "erdogan"),
        ("lead", "distinctive_term", "erdogan"),
        ("lead", "loaded_term", "staggering"),
    ]


def test_heading_terms_reach_the_json_and_the_pane_headers():
    a = article("Regime forces crush protest", "A brutal crackdown.")
    b = article("Government forces end protest", "Police cleared the square.")
    result = compare(a, b)
    data = json.loads(json.dumps(comparison_to_json(result)))
    listed = data["framing"]["heading_terms"]
    assert [(h["field"], h["term"]) for h in listed[0] if h["kind"] == "loaded_term"] == [
        ("title", "regime"), ("lead", "brutal"), ("lead", "crackdown"),
    ]
    assert not [h for h in listed[1] if h["kind"] == "loaded_term"]
    headers = collect(result).headings[0]
    painted = {(f, (a.title if f == "title" else a.lead)[s:e]) for f, s, e, kind, _ in headers if kind == "loaded_term"}
    assert {("title", "Regime"), ("lead", "brutal"), ("lead", "crackdown")} <= painted


def test_a_closing_speaker_is_read_in_the_text_models_sentences():
    from sidebyside.compare.headings import _closing_speaker
    from sidebyside.compare.tokens import tokenize
    title = "Budget cuts are a disaster, says Jones"
    # after "Dr." the name is inside its sentence (an abbreviation ends none)
    body = "The plan was attacked by Dr. Jones, who said it would close schools."
    assert _closing_speaker(title, tokenize(title), body) == title.index(",")
    # a name opening its sentence, or a sentence without a verb of saying, proves nothing
    for body in ("Jones said it would close schools.", "The plan was attacked. Jones left.\nReporters said so."):
        assert _closing_speaker(title, tokenize(title), body) is None, body
