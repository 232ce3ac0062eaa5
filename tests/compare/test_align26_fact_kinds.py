"""Checks of kind on a pair the alignment is about to take (compare/fact_kinds.py): two events of
one kind dated apart under an "unclear" verdict, and a lead against its subject's history, are
two facts however many words they share; and the statements those checks read are the
discrepancy cue's, read once per sentence."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare import compare
from sidebyside.compare.discrepancy import StatedSentences, cluster_key, discrepancies, statements
from sidebyside.compare.fact_kinds import ONE_FACT, TWO_EVENTS, TWO_FACTS, FactKinds, days_clash, of_an_earlier_time
from sidebyside.compare.matching import WordClusters, align_candidates, align_sentences, idf_of, informativeness
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import split_sentences
from sidebyside.settings import DEFAULT

from .helpers import article, sentence_units

LEXICAL = DEFAULT.compare.lexical


def test_a_sentence_of_its_subjects_history():
    assert of_an_earlier_time("Locals in Brenholt say the Varn has burst its banks twice in a generation.")
    assert of_an_earlier_time("A board member said the line has frequently failed since late 2007.")
    assert of_an_earlier_time("The dam has overflowed three times in the past decade.")
    assert of_an_earlier_time("In 1953 the river flooded the whole valley.")
    assert of_an_earlier_time("In February, a man opened fire at a depot in Kessling.")
    assert of_an_earlier_time("Earlier, the council had closed the bridge.")


def test_a_sentence_of_the_event_is_no_history():
    # a repetition without a span of time tells the event ("struck twice", "scored twice")
    assert not of_an_earlier_time("Police say she was struck twice by the van outside the store.")
    assert not of_an_earlier_time("Ilse Maren scored twice as Tarrow beat Holm.")
    # the past perfect alone tells a state before the event, not its history
    assert not of_an_earlier_time("The depot had been vacant for years.")
    assert not of_an_earlier_time("About 2,000 residents were evacuated overnight.")
    assert not of_an_earlier_time("In Velmar, protesters marched to the port.")


def _stated(sentence: str):
    return statements(sentence, 0, len(sentence), lambda w: w, lexicon())


def test_weekdays_or_years_that_share_none_clash():
    assert days_clash(_stated("The board said Friday that the cables were damaged."),
                      _stated("A cable cut on Tuesday blocked services in Velmar."))
    assert days_clash(_stated("It was the second cut in 2008."), _stated("The cable has failed since 2011."))
    # one day shared, or a day on one side only, is no clash
    assert not days_clash(_stated("The cables were cut on Friday, the board said on Monday."),
                          _stated("A cable cut on Friday blocked services."))
    assert not days_clash(_stated("The board said Friday that the cables were damaged."),
                          _stated("A cable cut blocked services in Velmar."))
    # one act dated with two days is one fact told with another day (the discrepancy cue's)
    assert not days_clash(_stated("A fire ripped through the church on Friday."),
                          _stated("A fire destroyed the church on Saturday."))
    # days of a month are not read: one event's day and the day it was reported differ
    assert not days_clash(_stated("Elections are set for December 15."), _stated("The agency reported on September 26."))


CUT_A = "Internet services in Orlandia were disrupted by damage to undersea cables, the regulator said Friday."
CUT_B = "An undersea cable cut on Tuesday disrupted internet services in Orlandia."
HISTORY_B = "The undersea cable has disrupted internet services in Orlandia twice in a generation."


def _veto(sentences_a, sentences_b, unclear, settings=LEXICAL):
    texts, spans = [], []
    for sentences in (sentences_a, sentences_b):
        text, side = "", []
        for sentence in sentences:
            side.append((len(text), len(text) + len(sentence)))
            text += sentence + " "
        texts.append(text)
        spans.append(side)
    key_of = cluster_key(WordClusters({"x"}))
    stated = (StatedSentences(texts[0], key_of), StatedSentences(texts[1], key_of))
    return FactKinds(tuple(texts), tuple(spans), stated, unclear, settings)


def test_under_an_unclear_verdict_a_clash_of_days_is_two_events():
    assert _veto([CUT_A], [CUT_B], unclear=True)(0, 0, 0.9, 0.38) == TWO_EVENTS
    # in a pair called one story, told days differ often (the day of the report, of the event)
    assert _veto([CUT_A], [CUT_B], unclear=False)(0, 0, 0.9, 0.38) == ONE_FACT
    assert _veto([CUT_A], [CUT_B.replace("Tuesday", "Friday")], unclear=True)(0, 0, 0.9, 0.38) == ONE_FACT
    # alike enough to be one statement, the two days are the discrepancy cue's to flag
    assert _veto([CUT_A], [CUT_B], unclear=True)(0, 0, 0.9, 0.6) == ONE_FACT
    assert _veto([CUT_A], [CUT_B], unclear=True, settings=replace(LEXICAL, align_unclear_clash_similarity=0.0))(
        0, 0, 0.9, 0.38) == ONE_FACT


def test_a_lead_is_not_one_fact_with_its_subjects_history():
    veto = _veto([CUT_A], ["Cable cut hits Orlandia", "Services slowed.", HISTORY_B], unclear=False)
    assert veto(0, 2, 0.9, 0.4) == TWO_FACTS
    # the history sentence against a sentence that is no lead, or two history sentences, may align
    later = _veto(["Cable cut hits Orlandia", "Services slowed.", CUT_A], ["Cable cut hits Orlandia", "Services slowed.", HISTORY_B],
                  unclear=False)
    assert later(2, 2, 0.9, 0.4) == ONE_FACT
    both = _veto(["The cable has failed twice in a generation."], ["Cable cut hits Orlandia", "Services slowed.", HISTORY_B],
                 unclear=False)
    assert both(0, 2, 0.9, 0.4) == ONE_FACT
    assert _veto([CUT_A], ["Cable cut hits Orlandia", "Services slowed.", HISTORY_B], unclear=False,
                 settings=replace(LEXICAL, align_lead_sentences=0))(0, 2, 0.9, 0.4) == ONE_FACT


def _aligned(veto):
    """The sentences of B aligned with A's one sentence (0: B's closest, 1: a weaker partner)."""
    clusters, ua, ub = sentence_units(["The ferry Marta sank off Holm with 40 people aboard."],
                                      ["The ferry Marta sank off Holm with 40 people aboard.",
                                       "The ferry Marta, with 40 people aboard, sank near Holm and a tug Kess sank too."])
    info = informativeness(clusters, lexicon(), LEXICAL.align_info_floor, LEXICAL.align_info_ceiling)
    names = frozenset({clusters["marta"], clusters["holm"], clusters["kess"]})
    numbers = {clusters["40"]}
    candidates = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), numbers, names, info, LEXICAL)
    found = align_sentences(candidates, ua, ub, LEXICAL, veto=veto)
    return {int(a.b.start > 0) for a in found}


def test_a_veto_of_two_facts_frees_the_sentences_and_one_of_two_events_spends_them():
    asked = []
    assert _aligned(lambda i, j, p, sim: asked.append((j, p)) or ONE_FACT) == {0, 1}
    assert asked[0][0] == 0 and asked[0][1] > asked[1][1]  # B's first sentence is the closer
    first_only = lambda i, j, p, sim: TWO_FACTS if j == 0 else ONE_FACT  # noqa: E731
    assert _aligned(first_only) == {1}  # the weaker partner is still taken
    events = lambda i, j, p, sim: TWO_EVENTS if j == 0 else ONE_FACT  # noqa: E731
    assert _aligned(events) == set()  # A's sentence takes no weaker partner


FLOOD_A = ("Flooding forces evacuation of 2,000 in Brenholt",
           "BRENHOLT, Oct 9 (Wire) - About 2,000 residents of the town of Brenholt were evacuated overnight after the "
           "Varn River burst its banks following three days of heavy rain, officials said on Wednesday.",
           "Agency director Ola Stig said the river was expected to peak on Thursday.")
FLOOD_B = ("Town under water: 2,000 flee as river rises",
           "Thousands of terrified residents fled their homes in the dead of night as a raging river swamped their town.",
           "Emergency chief Ola Stig warned the water would keep rising until Thursday.",
           "Locals in Brenholt say the Varn has burst its banks twice in a generation.")


def _pairs(a, b):
    result = compare(article(*a), article(*b))
    ta, tb = result.articles[0].text, result.articles[1].text
    return {(ta[x.a.start : x.a.end], tb[x.b.start : x.b.end]) for x in result.aligned_sentences}


def test_a_flood_lead_is_not_aligned_with_the_rivers_history():
    assert not any("twice in a generation" in b for _a, b in _pairs(FLOOD_A, FLOOD_B))
    # told as the event ("burst its banks overnight"), the same sentence is the lead's fact
    event = (*FLOOD_B[:3], "Locals in Brenholt say the Varn burst its banks overnight.")
    assert any("burst its banks overnight" in b and "About 2,000" in a for a, b in _pairs(FLOOD_A, event))


def test_statements_are_read_once_and_discrepancies_read_the_same():
    text_a = "About 2,000 residents of Brenholt were evacuated on Wednesday. Ola Stig spoke."
    text_b = "About 3,000 residents of Brenholt were evacuated on Wednesday. Stig spoke."
    clusters = WordClusters({w.strip(".,").casefold() for w in (text_a + " " + text_b).split()})
    key_of = cluster_key(clusters)
    stated = (StatedSentences(text_a, key_of), StatedSentences(text_b, key_of))
    span_a, span_b = (s := split_sentences(text_a)[0]).start, s.end
    sa = (span_a, span_b)
    sb = (split_sentences(text_b)[0].start, split_sentences(text_b)[0].end)
    plain = discrepancies(text_a, sa, text_b, sb, key_of, LEXICAL, similarity=0.9)
    assert plain and discrepancies(text_a, sa, text_b, sb, key_of, LEXICAL, similarity=0.9, stated=stated) == plain
    assert stated[0](*sa) is stated[0](*sa)  # read once, then kept
