"""Speed changes that must leave results as they were: each rewritten step gives what the
plain reading of it gives, on hand-written words and text (and cases where it must join nothing)."""

from __future__ import annotations

from sidebyside.compare import matching
from sidebyside.compare.matching import WordClusters

from .helpers import plain_clusters, sentence_units


def _assert_same_clusters(words: set[str]) -> None:
    clusters = WordClusters(words)
    reference = plain_clusters(words)
    for a in words:
        for b in words:
            assert (clusters[a] == clusters[b]) == (b in reference[a]), (a, b)


def test_words_one_letter_apart_meet_in_either_half():
    # "normalization"/"normalisation": a letter of the first half; "organizer"/"organizes": of the second
    words = {"normalization", "normalisation", "organizer", "organizes", "organized", "defence", "defense",
             "kestrel", "kestrels", "quartz", "quarts", "cat", "cot", "abcdef", "abcxef", "abcdex", "abxdef"}
    _assert_same_clusters(words)
    clusters = WordClusters(words)
    assert clusters["normalization"] == clusters["normalisation"]
    assert clusters["abcdef"] == clusters["abcxef"] == clusters["abcdex"]
    assert clusters["abcdef"] != clusters["abxdef"]  # a letter of the first three: no wildcard
    assert clusters["cat"] != clusters["cot"]  # short words have none


def test_words_two_letters_apart_stay_apart():
    clusters = WordClusters({"marathon", "maritime", "planted", "plantar"})
    assert clusters["marathon"] != clusters["maritime"]
    assert clusters["planted"] != clusters["plantar"]  # two letters of the second half differ


def test_a_crowded_bucket_joins_the_same_words(monkeypatch):
    # many words alike (a hostile page): the crowded buckets take the wildcard way
    words = {f"karimo{x}{y}" for x in "abcdefg" for y in "hijklmn"} | {"karimoxyz", "tarimoah"}
    _assert_same_clusters(words)
    monkeypatch.setattr(matching, "_BUCKET_COMPARED", 1)
    _assert_same_clusters(words | {"organizer", "organizes", "kestrel", "kestrels"})


def test_paragraph_double_marks_from_one_pass_are_the_ones_searched_for():
    from sidebyside.compare.quotes import _DOUBLE_MARK, _first_two, _marks_of, paragraph_spans

    text = ('"We lost," the coach said.\n\nNo marks in this one.\n\n“One” and “two” and «three».\n\n'
            'A lone close here." \n\n"')
    doubles = [m.start() for m in _DOUBLE_MARK.finditer(text)]
    for lo, hi in paragraph_spans(text) + [(0, len(text)), (3, 40), (5, 5)]:
        assert _first_two(doubles, lo, hi) == _marks_of(text, lo, hi)
    assert _first_two(doubles, 28, 50) == (None, None)  # a paragraph without double marks


def test_align_signals_read_per_sentence_are_the_plain_ones():
    import math
    from collections import Counter

    from sidebyside.compare.matching import _phrases, align_candidates, idf_of

    a = ["Putin hosted Assad in the Kremlin to discuss the ceasefire talks.", "Bread prices rose in the south.",
         "The ceasefire talks in Geneva failed after three days.", "A storm closed the port of Latakia."]
    b = ["Assad met Putin at the Kremlin for ceasefire talks.", "The central bank kept rates unchanged.",
         "Ceasefire talks in Geneva collapsed after three days.", "Farmers blocked a motorway near the port."]
    clusters, ua, ub = sentence_units(a, b)
    names = frozenset(clusters[w] for w in ("putin", "assad", "kremlin", "geneva", "latakia"))
    numbers = {clusters["three"]}
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), numbers, names, None)
    assert found  # the talks are told alike
    df_a = Counter(c for u in ua for c in set(u.content))
    df_b = Counter(c for u in ub for c in set(u.content))
    for cand in found:
        ids_a, ids_b = ua[cand.i].content, ub[cand.j].content
        plain_a, plain_b = [c for c in ids_a if c not in names], [c for c in ids_b if c not in names]
        phrases_a = set(zip(plain_a, plain_a[1:])) | set(zip(plain_a, plain_a[2:]))
        phrases_b = set(zip(plain_b, plain_b[1:])) | set(zip(plain_b, plain_b[2:]))
        assert _phrases(ids_a, names) == phrases_a
        assert cand.features[13] == math.log1p(len(phrases_a & phrases_b))
        common = set(ids_a) & set(ids_b)
        told, shared_names = common - names, common & names
        assert cand.features[16] == math.log1p(sum(1 for c in told if df_a[c] <= 2 and df_b[c] <= 2))
        assert cand.features[17] == math.log1p(sum(1 for c in shared_names if df_a[c] <= 2 and df_b[c] <= 2))
        assert cand.features[15] == float(bool(set(ids_a) & names) and bool(set(ids_b) & names) and not shared_names)
        assert cand.features[11] == float(bool(set(ids_a) & numbers) and bool(set(ids_b) & numbers)
                                          and not common & numbers)


def test_no_shared_word_no_candidate():
    from sidebyside.compare.matching import align_candidates, idf_of

    clusters, ua, ub = sentence_units(["Bread prices rose in the south."], ["Farmers blocked a motorway."])
    assert align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), frozenset(), None) == []


def test_words_inside_brackets_are_left_out_as_the_plain_loop_leaves_them():
    from sidebyside.compare.matching import _BRACKETED, Tokenized
    from sidebyside.compare.tokens import match_words

    text = ('"He [the minister] said it [sic] twice," she wrote. [Editor\'s note: updated.] '
            'Nothing bracketed here; [] and [x]y stay odd.')
    words = match_words(text)
    inserted = [m.span() for m in _BRACKETED.finditer(text)]
    plain = [w for w in words if not any(s <= w[0] < e for s, e in inserted)]
    assert Tokenized(text).toks == plain
    assert "minister" not in Tokenized(text).words() and "said" in Tokenized(text).words()
    assert Tokenized("No brackets at all.").toks == match_words("No brackets at all.")


def test_titles_before_names_are_the_ones_the_plain_loop_finds():
    from sidebyside.compare.matching import Tokenized, is_content

    text = ("President Putin met Prime Minister Modi. The president spoke; minister said no. "
            "Senator Warren and General Milley [spokesman Kirby] left. A general strike began.")
    tok = Tokenized(text)
    clusters = WordClusters(tok.words())
    titles = frozenset({"president", "minister", "senator", "general", "spokesman"})
    spans = [(0, 39), (40, 80), (81, 135), (136, len(text)), (5, 5)]
    units = tok.units(spans, clusters, titles)
    for (start, end), unit in zip(spans, units):
        toks = [t for t in tok.toks if start <= t[0] and t[1] <= end]
        plain = tuple(clusters[a[2]] for a, b in zip(toks, toks[1:]) if a[2] in titles and text[b[0]].isupper())
        assert unit.titled == plain
        assert unit.content == [clusters[t[2]] for t in toks if is_content(t[2]) or t[2].isdigit()]
    assert units[0].titled == (clusters["president"], clusters["minister"])
    assert units[3].titled == ()  # "general strike": no name after the title word


def test_a_figure_first_is_what_a_team_number_needs():
    from sidebyside.compare.entities import _TEAM_NUMBER, EntityFinder
    from sidebyside.compare.termdata import lexicon
    from sidebyside.compare.tokens import tokenize

    for word in ("76ers", "49ers", "others", "leaders", "ers", "7ers", "٧ers"):
        assert bool(word[:1].isdigit() and _TEAM_NUMBER.fullmatch(word)) == bool(_TEAM_NUMBER.fullmatch(word))
    text = "The Philadelphia 76ers beat the Boston Celtics. Other leaders said nothing."
    entities = EntityFinder(lexicon()).find(text, tokenize(text))
    assert any(e.text == "Philadelphia 76ers" and e.kind == "organisation" for e in entities)
    assert not any("leaders" in e.text for e in entities)


def test_contractions_are_told_only_where_an_apostrophe_is():
    from sidebyside.compare.distinctive import _CONTRACTION

    for word in ("they're", "she’d", "theyre", "were", "its", "it's"):
        assert bool(("'" in word or "’" in word) and _CONTRACTION.fullmatch(word)) == bool(_CONTRACTION.fullmatch(word))


def test_capitalised_words_are_the_ones_each_span_gives():
    from sidebyside.compare.matching import Tokenized

    text = "Putin met Erdogan in Sochi. 3 ships left. Then the Navy said 40 more. Ships left Port Said."
    tok = Tokenized(text)
    spans = [(0, 27), (28, 41), (42, 70), (71, len(text)), (50, 60), (10, 10)]  # (overlapping and empty ones too)

    def plain(spans):
        out = set()
        for start, end in spans:
            words = [t for t in tok.toks if start <= t[0] < end]
            out |= {t[2] for t in words if t[2].isdigit()}
            out |= {t[2] for t in words[1:] if text[t[0]].isupper()}
        return out

    for chosen in (spans, spans[:1], spans[4:], []):
        assert tok.capitalised(chosen) == plain(chosen)
    assert "putin" not in tok.capitalised(spans[:1]) and "erdogan" in tok.capitalised(spans[:1])
    assert {"navy", "40"} <= tok.capitalised(spans[2:3]) and "then" not in tok.capitalised(spans[2:3])


def test_counted_groups_read_only_the_numbers_and_find_them_all():
    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.framing import _views, referents
    from sidebyside.model import Article, Source

    def counted(text: str) -> dict:
        art = Article(source=Source(path=None, format="text"), text=text)
        views, names = _views(art, art, ((), ()), (ArticleText.of(art), ArticleText.of(art)))
        refs = referents(art, art, views, capitalised=names[0])
        return {c.number: c.head for c in refs.chains[0].counted.values()}

    found = counted("Riots left 40 people dead on Tuesday. Police said three officers were hurt. "
                    "No one was arrested in 2009, the year 12 of them had moved.")
    assert found.get(40) == "person" and found.get(3) == "officer"
    assert 2009 not in found and 12 not in found  # a year; a count of no noun of people
    assert counted("Nobody was hurt when the storm hit the coast.") == {}


def test_related_score_is_the_lighter_quotes_share_of_weight():
    from sidebyside.compare.matching import _Unit
    from sidebyside.compare.quote_matching import _related_score

    idf = {1: 2.0, 2: 0.5, 3: 1.5, 4: 3.0}
    a = _Unit(0, 10, [], [], [1, 2, 3])
    b = _Unit(0, 10, [], [], [1, 3, 4, 5])
    weight = {c: 1.0 + idf.get(c, 1.0) for c in range(6)}
    lighter = {1, 2, 3}  # 7.0 against 10.5
    assert _related_score(a, b, idf) == sum(weight[c] for c in lighter & {1, 3, 4, 5}) / sum(weight[c] for c in lighter)
    assert _related_score(b, a, idf) == _related_score(a, b, idf)
    assert _related_score(a, _Unit(0, 1, [], [], [9]), idf) == 0.0  # nothing shared


def test_word_overlap_weighs_common_words_nothing_and_rare_ones_most():
    import math

    from sidebyside.compare.articletext import ArticleText
    from sidebyside.compare.relatedness import word_overlap
    from sidebyside.compare.termdata import UNSEEN_ZIPF, lexicon
    from sidebyside.settings import DEFAULT

    settings = DEFAULT.compare.relatedness
    a = ArticleText("The Qeshm quake shook the island and the officials said the damage was light. " * 3)
    b = ArticleText("A quake shook Qeshm island, officials said, and the damage was light there. " * 3)
    similarity, shared = word_overlap(a, b, settings)
    assert shared == ["Qeshm"]
    zipf = lexicon().background.get
    weight = {w: max(0.0, settings.common_zipf - zipf(w, UNSEEN_ZIPF)) for w in ("quake", "qeshm", "the")}
    assert weight["the"] == 0.0 and weight["qeshm"] > weight["quake"] > 0.0
    assert 0.0 < similarity <= 1.0 and not math.isnan(similarity)
    assert word_overlap(ArticleText("Too short."), b, settings) == (None, [])


def test_informativeness_is_clipped_at_the_floor_and_takes_a_clusters_commonest_word():
    from sidebyside.compare.matching import informativeness
    from sidebyside.compare.termdata import UNSEEN_ZIPF, lexicon

    lex = lexicon()
    words = {"the", "said", "militias", "militia", "qeshm"}
    clusters = WordClusters(words)
    info = informativeness(clusters, lex, 0.5, 6.0)
    plain: dict[int, float] = {}
    for w in words:
        value = max(0.5, 6.0 - lex.background.get(w, UNSEEN_ZIPF))
        plain[clusters[w]] = min(value, plain.get(clusters[w], 6.0))
    assert info == plain
    assert info[clusters["the"]] == 0.5 and info[clusters["qeshm"]] > info[clusters["said"]]


def test_shingle_hits_count_the_shared_runs_of_words():
    from collections import Counter

    from sidebyside.compare.matching import _shingle_hits, _shingles

    a = ["The ferry sank off the coast of Bohol on Friday night.", "Nobody was hurt."]
    b = ["The ferry sank off the coast of Bohol late on Friday.", "Rescuers searched the coast.", "Nobody was hurt."]
    clusters, ua, ub = sentence_units(a, b)
    hits_a, hits_b = _shingle_hits(ua, ub, 3, 50)
    for i, u in enumerate(ua):
        mine = set(_shingles(u.ids, 3))
        plain = Counter({j: len(mine & set(_shingles(v.ids, 3))) for j, v in enumerate(ub)})
        assert hits_a[i] == (len(mine), +plain)
    assert hits_a[0][1][0] >= 5 and 1 not in hits_a[0][1]  # the wire sentence; no run shared with the search
    assert _shingle_hits(ua, ub, 3, 0)[0][0][1] == Counter()  # every run over the posting cap: no evidence


def test_unit_vectors_are_the_plain_normalisation():
    import math

    from sidebyside.compare.matching import _unit

    vec = {3: 0.1, 1: 2.5, 7: 1.0 / 3.0, 2: 1e-9}
    norm = math.sqrt(sum(x * x for x in vec.values()))
    assert _unit(vec) == {c: x / norm for c, x in vec.items()}
    assert list(_unit(vec)) == [3, 1, 7, 2]
    assert _unit({}) == {} and _unit({4: 0.0}) == {}
