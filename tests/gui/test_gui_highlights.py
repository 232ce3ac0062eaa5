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


def test_only_the_labels_an_outlet_alone_uses_are_painted():
    """'Syria' in both beside one 'Damascus' in A: only 'Damascus' is a difference to paint;
    case and a leading article make no other label ('the Kremlin' / 'Kremlin')."""
    from sidebyside.model import Article, Comparison, Framing, LabelContrast, Mention, Source

    a = Article(source=Source(path=None, format="text"), text="Syria and Damascus. The Kremlin said.")
    b = Article(source=Source(path=None, format="text"), text="Syria spoke. Kremlin aides said.")
    syria = LabelContrast(entity="Syria", a=(Mention(0, 5, "Syria"), Mention(10, 18, "Damascus")),
                          b=(Mention(0, 5, "Syria"),), kind="place")
    kremlin = LabelContrast(entity="Kremlin", a=(Mention(20, 31, "The Kremlin"),), b=(Mention(13, 20, "Kremlin"),))
    h = collect(Comparison(articles=(a, b), framing=Framing(label_contrasts=(syria, kremlin))))
    painted = [[(p.start, p.end) for p in h.of_kind(pane, "label_contrast")] for pane in (0, 1)]
    assert painted == [[(10, 18)], []]
    damascus = h.of_kind(0, "label_contrast")[0]
    assert damascus.counterpart == (0, 5) and "the other outlet says: Syria" in damascus.tip
