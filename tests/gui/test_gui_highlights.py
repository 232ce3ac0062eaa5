from sidebyside.highlights import collect, term_spans
from sidebyside.kinds import kinds


def test_collect_links_both_ends_and_sorts(comparison):
    h = collect(comparison)
    kinds_linked = [l.kind for l in h.links]
    assert kinds_linked == ["shared_quote", "shared_passage", "aligned_sentence"]
    for pane in (0, 1):
        starts = [x.start for x in h.panes[pane]]
        assert starts == sorted(starts)
        linked = [x for x in h.panes[pane] if x.link is not None]
        assert {h.links[x.link].end(pane) for x in linked} == {l.end(pane) for l in h.links}
    sq = comparison.shared_quotes[0]
    assert [x.kind for x in h.at(0, sq.a.start + 1)][0] == "shared_quote"


def test_distinctive_terms_are_located_as_whole_words(comparison):
    h = collect(comparison)
    text = comparison.articles[0].text
    hubs = [text[x.start : x.end].lower() for x in h.panes[0] if x.kind == "distinctive_term"]
    assert hubs and set(hubs) == {"gas hub"}
    assert term_spans("hubcap gas  hub GAS HUB", "gas hub") == [(7, 15), (16, 23)]


def test_every_kind_has_distinct_colour_and_underline():
    ks = kinds()
    assert len({k.colour for k in ks}) == len(ks)
    assert len({k.underline for k in ks}) == len(ks)  # the report's cue
    assert len({(k.form, k.ink) for k in ks}) == len(ks)  # the app's


def test_quotes_tab_links_a_quote_to_a_shared_quote_with_slightly_different_bounds():
    from sidebyside.ui.sidepanel import _overlapping

    pairs = [((100, 160), (1, 5, 60))]
    assert _overlapping(pairs, 99, 161) == (1, 5, 60)  # quote marks included in one span only
    assert _overlapping(pairs, 150, 300) is None  # a different quote that merely touches it



def test_a_distinctive_name_is_shown_as_written():
    from sidebyside.ui.sidepanel import as_written

    assert as_written("howard", ["Howard", "Howard", "Howard"]) == "Howard"
    assert as_written("penalty", ["penalty", "Penalty"]) == "penalty"  # a word a sentence may open
    assert as_written("hub", []) == "hub"
