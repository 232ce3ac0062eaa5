"""One reader of reported speech (speakers46): the engine's clause for a plural subject with a
progressive verb, its label clauses of naming and judging verbs (read by loaded words through
attribution/reported.py), and the kind of a person cited after "According to"."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution.engine import Attribution
from sidebyside.compare.attribution.reported import labelled_words
from sidebyside.compare.loaded import find_loaded_terms


def clauses(text: str) -> list[tuple[str, str]]:
    """(verb, subject words) of each clause the engine finds."""
    att = Attribution(ArticleText(text), language="en")
    t = att.tokens
    return [(t[c.verb].text, text[t[c.first].start : t[c.last].end]) for c in att.clauses]


def labels(text: str) -> list[str]:
    att = Attribution(ArticleText(text), language="en")
    return [text[s:e] for s, e in labelled_words(att, 6)]


def found(text: str) -> dict[str, bool]:
    return {text[h.start : h.end]: h.quoted for h in find_loaded_terms(text, quotes=article_quotes(text))}


def test_a_plural_subject_of_a_progressive_verb_of_saying_speaks():
    assert clauses("Critics are alleging that the plan is a disaster.") == [("alleging", "Critics")]
    assert clauses("Residents have been claiming the water is unsafe.") == [("claiming", "Residents")]
    assert clauses("Doctors were also warning that the ward would close.") == [("warning", "Doctors")]
    # as before: a name, and the past form
    assert clauses("Orla Vesk is alleging that the plan is a disaster.") == [("alleging", "Orla Vesk")]
    assert clauses("Critics alleged that the plan is a disaster.") == [("alleged", "Critics")]


def test_a_progressive_verb_of_no_saying_or_a_bare_participle_is_no_clause():
    assert clauses("Critics are meeting on Monday.") == []
    assert clauses("Critics are planning a march through Tarrow.") == []
    assert clauses("The dam was failing, warning signs showed.") == []


def test_the_label_after_a_verb_of_naming_or_judging_is_its_subjects():
    assert labels("Tobin pushed claims which he considers conspiracy theories.") == ["conspiracy theories"]
    assert labels("Vesk called it a hoax.") == ["a hoax"]
    assert labels("Critics deemed the vote a sham.") == ["a sham"]
    assert labels("Lind regards the deal as a betrayal.") == ["a betrayal"]
    assert labels("Vesk called her a liar.") == ["a liar"]
    assert labels("Officials have branded the march a riot.") == ["a riot"]


def test_no_label_without_a_subject_an_object_and_a_label():
    assert labels("The plan is considered a disaster.") == []  # a passive: no one's
    assert labels("I call it a scandal.") == []  # the writer's own
    assert labels("Vesk called the reporters to the office.") == []
    assert labels("Vesk called for an inquiry.") == []
    assert labels("Vesk saw the fire spread.") == []  # "see" labels only after "as"
    assert labels("Vesk does not consider it a crisis.") == []
    assert labels("Considering the cost, the council dropped the plan.") == []


def test_a_quotation_after_a_verb_of_naming_is_read_by_the_quote_finder_only():
    assert labels('He called it "a hoax" on Monday.') == []
    text = 'Vesk called it "a hoax" on Monday.'
    before = Attribution(ArticleText(text), language="en").speakers
    # a judging verb makes no clause a quotation is credited to, nor a source
    att = Attribution(ArticleText('Vesk considers it "a hoax" on Monday.'), language="en")
    assert [att.tokens[c.verb].norm for c in att.clauses] == []
    assert att.sources() == ()
    assert Attribution(ArticleText(text), language="en").speakers == before


def test_loaded_words_in_a_judging_verbs_label_are_the_speakers():
    assert found("Critics deemed the vote a sham.") == {"sham": True}
    assert found("The vote was a sham.") == {"sham": False}
    assert found("Lind regards the deal as a betrayal.")["betrayal"] is True
    # a reported clause is the outlet's paraphrase (loaded34); a label of a verb of judging is not
    assert found("Critics are alleging that the vote was a sham.")["sham"] is False


def test_a_person_cited_after_according_to_beside_her_labels_apposition_is_a_person():
    text = ("According to Vera Lind, her former label Orbit, which owns her recordings, is blocking her from "
            "singing her old hits at the awards.\n\nIt's worth noting that it's not uncommon for singers to give "
            "up the rights to their recordings.")
    att = Attribution(ArticleText(text), language="en")
    cited = att.sources()
    assert [(c.name, c.kind, len(c.spans)) for c in cited] == [("Vera Lind", "person", 1)]
    # a body named with a noun of its own in apposition stays one
    att = Attribution(ArticleText("Tallgrow Distribution, a distributor of seeds, said it would appeal."), language="en")
    assert [(c.name, c.kind) for c in att.sources()] == [("Tallgrow Distribution", "institution")]
