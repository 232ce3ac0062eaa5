"""Aligned sentences on hand-written pairs: the threshold and weights are tuned on these.

Positives report one fact in other words; negatives share names (even several) but report
different facts. Both sides are mixed into one article pair so IDF is computed as in real use.
"""

from __future__ import annotations

from sidebyside.compare import compare

from .helpers import article, sentence_units

SAME_FACT = [
    (
        "The earthquake killed more than 50,000 people in Turkey and Syria in February.",
        "More than 50,000 people died in Turkey and Syria after the February quake.",
    ),
    (
        "Assad arrived in Moscow on Tuesday for a two-day visit.",
        "The Syrian president landed in Moscow on Tuesday at the start of a two-day trip.",
    ),
    (
        "The defence ministers of Turkey and Syria met in Moscow in December.",
        "In December, Syrian and Turkish defense ministers held talks in Moscow.",
    ),
    (
        "Peskov said the talks would focus on bilateral ties.",
        "According to Kremlin spokesman Dmitry Peskov, bilateral ties would be the focus of the talks.",
    ),
    (
        "Diplomats from four countries will meet in Moscow this week to prepare a ministerial meeting.",
        "A meeting of diplomats from Russia, Turkey, Syria and Iran is due in Moscow this week.",
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties last week in a deal brokered by China.",
        "Last week China brokered an agreement restoring diplomatic relations between Riyadh and Tehran.",
    ),
    (
        "Erdogan said he was ready to meet Assad to discuss the normalisation of relations.",
        "Erdogan has indicated he could meet with Assad to normalize relations.",
    ),
    (  # other words for one thing: backs / supported, militias / rebel groups, fight / opposed
        "The Turkish government also backs local militias that fight against the army in the north.",
        "Ankara has long supported rebel groups opposed to the army.",
    ),
    (  # a long sentence rich in detail the other leaves out still tells the same fact
        "On December 15, the minister said he had proposed to his counterpart a prospective summit "
        "of the three presidents, preceded by a meeting of intelligence chiefs, in the Iranian capital.",
        "The minister has suggested a summit of the three presidents.",
    ),
]
DIFFERENT_FACTS = [
    (
        "Turkey keeps several military bases in northern Syria.",
        "Turkey and Syria were hit by a powerful earthquake in February.",
    ),
    (
        "Russia supplies natural gas to Turkey through the TurkStream pipeline.",
        "Turkey has asked Russia to postpone payments for gas until next year.",
    ),
    (
        "Putin hosted Assad in the Kremlin on Wednesday.",
        "Putin spoke to Erdogan by phone on Monday.",
    ),
    (
        "Erdogan will travel to Moscow next month for a summit.",
        "Erdogan's plane landed in Ankara late on Sunday.",
    ),
    (
        "Iran backed Assad throughout the war.",
        "Iran and Saudi Arabia are regional rivals.",
    ),
]


# Not a pair of the lists above, yet one fact: the February quake that hit Turkey and Syria is in
# both, one sentence adding its toll (a sentence may be aligned to two: it holds both facts).
ALSO_SAME = [
    (
        "The earthquake killed more than 50,000 people in Turkey and Syria in February.",
        "Turkey and Syria were hit by a powerful earthquake in February.",
    ),
]


def _aligned():
    a = article(*[p[0] for p in SAME_FACT + DIFFERENT_FACTS])
    b = article(*reversed([p[1] for p in SAME_FACT + DIFFERENT_FACTS]))
    c = compare(a, b)
    return {(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in c.aligned_sentences}


def test_every_same_fact_pair_is_aligned():
    found = _aligned()
    missing = [pair for pair in SAME_FACT if pair not in found]
    assert missing == []


def test_no_different_fact_pair_is_aligned():
    found = _aligned()
    wrong = [pair for pair in found if pair not in SAME_FACT + ALSO_SAME]
    assert wrong == []


def test_each_outlets_contested_word_for_one_thing_counts_as_the_same_word():
    a = article(
        "Talks resumed in the capital on Monday.",
        "The regime blamed the insurgents for the blast at the depot.",
    )
    b = article(
        "Negotiators met again on Monday.",
        "The government said the rebels caused the depot blast.",
    )
    cmp = compare(a, b)
    pairs = [(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in cmp.aligned_sentences]
    assert ("The regime blamed the insurgents for the blast at the depot.",
            "The government said the rebels caused the depot blast.") in pairs, pairs


def test_a_sentence_holding_two_facts_is_aligned_to_each():
    a = article(
        "Officials in the capital declined to comment on the report.",
        "Erdogan said he could meet Assad soon, and the two defence ministers held talks in Moscow in December.",
        "Fuel prices rose again in the south of the country.",
    )
    b = article(
        "Erdogan has indicated he is ready to meet Assad soon.",
        "Farmers blocked a motorway to protest against low milk prices.",
        "The defence ministers of Turkey and Syria held talks in Moscow in December.",
    )
    cmp = compare(a, b)
    pairs = {(a.text[s.a.start : s.a.end][:20], b.text[s.b.start : s.b.end][:20]) for s in cmp.aligned_sentences}
    assert pairs == {("Erdogan said he coul", "Erdogan has indicate"), ("Erdogan said he coul", "The defence minister")}


def test_a_second_partner_needs_a_higher_probability_than_the_first():
    from dataclasses import replace

    from sidebyside.settings import DEFAULT

    def aligned_with(second: float) -> list[tuple[str, str]]:
        lexical = replace(DEFAULT.compare.lexical, align_second_probability=second)
        settings = replace(DEFAULT, compare=replace(DEFAULT.compare, lexical=lexical))
        a = article(*[p[0] for p in SAME_FACT + DIFFERENT_FACTS])
        b = article(*reversed([p[1] for p in SAME_FACT + DIFFERENT_FACTS]))
        c = compare(a, b, settings)
        return [(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in c.aligned_sentences]

    # The quake sentence holds two facts of the other article: with no bar, both partners.
    assert ALSO_SAME[0] in aligned_with(0.0)
    # Above any probability, every sentence keeps one partner, its most probable one.
    once = aligned_with(1.01)
    assert ALSO_SAME[0] not in once and SAME_FACT[0] in once
    assert len({x for x, _ in once}) == len(once) == len({y for _, y in once})


def test_news_words_for_one_event_count_as_one_word():
    # "temblor" / "quake", "rocked" / "shook": the sentences share no other word but the place.
    def aligned(first: str, second: str) -> list[str]:
        a = article("Ferries stopped running for the night.", first, "Schools will stay closed until Wednesday.")
        b = article("Prices of bread rose in the capital.", second, "The navy held an exercise in the strait.")
        return [a.text[s.a.start : s.a.end] for s in compare(a, b).aligned_sentences]

    assert aligned("A strong temblor rocked Qeshm island.", "The quake shook Qeshm island.") == [
        "A strong temblor rocked Qeshm island."
    ]
    assert aligned("A strong temblor rocked Qeshm island.", "The governor visited Qeshm island.") == []


def test_sharing_names_and_a_date_only_is_not_the_same_fact():
    from sidebyside.compare.matching import align_candidates, idf_of

    fillers_a = ["Bread prices rose in the south.", "A storm closed the port.", "Schools reopened after the holiday.",
                 "The museum showed its paintings."]
    fillers_b = ["Farmers blocked a motorway.", "The central bank kept rates unchanged.", "A bridge opened to traffic.",
                 "The football season ended early."]

    def pairs(first: str, second: str) -> list[tuple[int, int]]:
        clusters, ua, ub = sentence_units([first, *fillers_a], [second, *fillers_b])
        names = frozenset(clusters[w] for w in ("putin", "assad", "erdogan", "kremlin", "moscow") if w in clusters.ids)
        times = frozenset({clusters["wednesday"]})
        found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), names, None, times=times)
        return [(c.i, c.j) for c in found]

    assert pairs("Putin hosted Assad in the Kremlin on Wednesday.", "Putin spoke to Erdogan by phone on Wednesday.") == []
    # A pair sharing what happened besides the date stays a candidate.
    assert pairs("Putin hosted Assad in the Kremlin on Wednesday.", "Putin hosted Assad in Moscow on Wednesday.") == [(0, 0)]


def test_sharing_a_name_and_one_word_is_not_the_same_fact():
    a = article("Williams, a critic of NYPD policy, spoke before the commissioner appeared on the scene.",
                "Schools reopened on Monday after the holiday.")
    b = article("The gun was found at the scene, said the NYPD.", "The weather turned cold overnight.")
    assert compare(a, b).aligned_sentences == ()


def test_the_seed_pair_shows_the_facts_both_outlets_report():
    from seed_paths import SEEDS_DIR

    from sidebyside.extract import extract_path

    a = extract_path(str(SEEDS_DIR / "almayadeen-putin-erdogan-2023-01-16.txt"))
    b = extract_path(str(SEEDS_DIR / "moscowtimes-putin-assad-2023-03.txt"))
    cmp = compare(a, b)
    pairs = [(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in cmp.aligned_sentences]
    wanted = [  # a phrase of each side of three facts a reader sees in both
        ("discussed the rapprochement", "sought to mend ties"),
        ("proposed to Russian President Vladimir Putin a prospective meeting", "Erdogan has indicated he could meet"),
        ("backs local militias", "supported rebel groups"),
    ]
    for phrase_a, phrase_b in wanted:
        assert any(phrase_a in x and phrase_b in y for x, y in pairs), (phrase_a, pairs)


def test_two_different_stories_share_no_fact_even_where_sentences_look_alike():
    # One sentence each of a convoy ambush and of a budget row share "accused" and the synonyms
    # "regime" / "government": alike by chance, since the stories have nothing else in common.
    convoy = article(
        "Gunmen ambushed an aid convoy on the mountain road north of the river crossing at dawn.",
        "Four trucks carrying flour and medicine were burned and two drivers were wounded.",
        "The militants denied any involvement and accused the regime of shelling the route.",
        "Relief agencies suspended deliveries to the valley until the road is secured.",
    )
    budget = article(
        "Parliament approved the annual budget late on Thursday after a marathon session.",
        "The finance minister defended cuts to pensions and a new tax on bank profits.",
        "Opposition leaders accused the government of wasting money on its allies.",
        "Trade unions called a strike for next week against the pension cuts.",
    )
    assert compare(convoy, budget).relatedness.verdict == "different events"
    assert compare(convoy, budget).aligned_sentences == ()


def test_a_number_written_in_words_and_in_digits_is_one_word():
    # "three" / "3", "sixty" / "60": outlets write small numbers either way. Single digits count
    # as words of the fact, so the boat count carries the alignment as the word does.
    from sidebyside.compare.matching import WordClusters

    clusters = WordClusters({"three", "3", "sixty", "60", "one", "1", "dozen", "12"})
    assert clusters["three"] == clusters["3"]
    assert clusters["sixty"] == clusters["60"]
    assert clusters["dozen"] == clusters["12"]
    assert clusters["one"] != clusters["1"]  # "one of them" is no count
    assert clusters["three"] != clusters["sixty"]

    a = article(
        "The weather stayed calm over the harbour all week.",
        "The frigate intercepted three pirate skiffs and seized their rifles.",
        "Sixty residents were moved from their homes near the depot.",
    )
    b = article(
        "Around 60 people were evacuated from homes near the depot.",
        "Dock workers went on strike over pay on Monday.",
        "The navy said 3 skiffs were intercepted and rifles seized.",
    )
    pairs = {(a.text[s.a.start : s.a.end][:16], b.text[s.b.start : s.b.end][:16]) for s in compare(a, b).aligned_sentences}
    assert ("The frigate inte", "The navy said 3 ") in pairs, pairs
    assert ("Sixty residents ", "Around 60 people") in pairs, pairs
    assert ("The weather stay", "Dock workers wen") not in pairs
