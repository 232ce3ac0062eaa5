"""Matching across two articles: shared and related quotes, shared passages, aligned sentences."""

from __future__ import annotations

import json

from sidebyside.compare import compare
from sidebyside.model import comparison_to_json

from .helpers import article


def spans(c, pairs):
    a, b = c.articles
    return [(a.text[p.a.start : p.a.end], b.text[p.b.start : p.b.end]) for p in pairs]


# --------------------------------------------------------------------------- shared quotes


def test_same_quote_with_other_marks_is_shared_and_exact():
    a = article('"We are in constant contact and our relations are developing," Putin said.')
    b = article("Putin said: “We are in constant contact and our relations are developing.”")
    c = compare(a, b)
    assert len(c.shared_quotes) == 1
    sq = c.shared_quotes[0]
    assert sq.exact and sq.similarity == 1.0
    assert spans(c, c.shared_quotes)[0][0] == "We are in constant contact and our relations are developing"


def test_diffs_rebuild_both_quotes():
    a = article('"Issues of normalization of Turkish-Syrian relations were discussed at length," it said.')
    b = article('"Issues of normalisation of Turkey-Syria relations were discussed at length," it said.')
    c = compare(a, b)
    (sq,) = c.shared_quotes
    assert not sq.exact and 0.5 < sq.similarity < 1.0
    qa, qb = spans(c, c.shared_quotes)[0]
    assert "".join(d.text for d in sq.diffs if d.op <= 0) == qa
    assert "".join(d.text for d in sq.diffs if d.op >= 0) == qb
    assert any(d.op == -1 for d in sq.diffs) and any(d.op == 1 for d in sq.diffs)


def test_trimmed_quote_with_ellipsis_and_bracketed_insertion_is_shared():
    a = article(
        '"In the coming year, President Erdogan intends to continue efforts to resume the negotiation '
        'process to achieve a ceasefire. With the ability to negotiate with the two sides, he will go on," the source said.'
    )
    b = article(
        'A source said Erdogan "intends to continue efforts to resume the negotiation process '
        '[between Moscow and Kyiv] ... to achieve a ceasefire."'
    )
    c = compare(a, b)
    assert len(c.shared_quotes) == 1
    assert c.shared_quotes[0].similarity > 0.8


def test_partly_overlapping_quotes_are_shared():
    a = article('"Russia will keep its troops in the region until the security situation is fully stable," he said.')
    b = article(
        '"Until the security situation is fully stable there is no reason to withdraw anyone from any place," he said.'
    )
    c = compare(a, b)
    assert len(c.shared_quotes) == 1


def test_common_phrase_is_not_a_shared_quote():
    a = article('"Turkey-Syria relations will certainly be touched upon in one way or another," Peskov said.')
    b = article('"We will respond to any provocation in one way or another, and soon," the general said.')
    c = compare(a, b)
    assert c.shared_quotes == ()


def test_different_utterances_sharing_the_syrian_war_are_not_shared():
    a = article('"Millions of people lost their homes during the Syrian war and never returned," the envoy said.')
    b = article('"Our economy has been hit hard since the Syrian war began twelve years ago," the minister said.')
    c = compare(a, b)
    assert c.shared_quotes == ()


def test_close_in_meaning_goes_to_related_not_shared():
    a = article(
        '"Issues of normalization of Turkish-Syrian relations were discussed, including in the context of '
        "Ankara's initiative to launch consultations,\" the statement read."
    )
    b = article('Peskov said that "Turkey-Syria relations will certainly be touched upon in one way or another."')
    c = compare(a, b)
    assert c.shared_quotes == ()
    assert len(c.related_quotes) == 1
    rq = c.related_quotes[0]
    assert 0 < rq.similarity < 1 and not rq.exact


def test_a_shared_phrasal_verb_does_not_make_two_quotes_related():
    """'throw away' in both is how people talk, not a sign of one statement: the particle is a
    function word, so one shared verb is all the two quotes have in common."""
    a = article('"We will be throwing away apples by the box," said a grower, Ana Ruiz.')
    b = article('"We are not against machines. We are against a plan that throws away a thousand jobs," '
                'the union leader Tom Ash said.')
    assert compare(a, b).related_quotes == ()


def test_same_scare_quote_is_shared_but_a_one_word_fragment_never_matches_a_statement():
    a = article('Both see Kurdish groups as a common "enemy." "We regard them as an enemy of the state," he said.')
    b = article('Analysts say they share a common "enemy."')
    c = compare(a, b)
    assert spans(c, c.shared_quotes) == [("enemy.", "enemy.")]


def test_a_scare_quoted_phrase_is_shared_with_the_statement_it_was_taken_from():
    a = article('Investigators are treating the blaze as "potential arson" and have closed the road.')
    b = article('"We are treating it as suspicious and as potential arson at this point," the fire chief said.')
    c = compare(a, b)
    assert spans(c, c.shared_quotes) == [
        ("potential arson", "We are treating it as suspicious and as potential arson at this point")
    ]
    assert not c.shared_quotes[0].exact
    # and the other way round: the statement in A, the phrase in B
    c = compare(b, a)
    assert spans(c, c.shared_quotes) == [
        ("We are treating it as suspicious and as potential arson at this point", "potential arson")
    ]


def test_a_phrase_with_one_word_slipped_in_is_shared_but_not_with_two():
    a = article('The governor apologised if the fire was linked to "undeserved attention" from her campaign.')
    b = article('She said she was sorry if it was linked to the "undeserved negative attention" the church had received.')
    c = compare(a, b)
    assert spans(c, c.shared_quotes) == [("undeserved attention", "undeserved negative attention")]
    b2 = article('She said she was sorry if it was linked to the "undeserved and negative attention" it had.')
    assert compare(a, b2).shared_quotes == ()


def test_a_phrase_with_one_content_word_must_be_found_unbroken():
    a = article('The news spread "like wildfire" across the town.')
    b = article('"It was spreading like wildfire," a neighbour said.')
    c = compare(a, b)
    assert spans(c, c.shared_quotes) == [("like wildfire", "It was spreading like wildfire")]
    b2 = article('"It was like a summer wildfire," a neighbour said.')
    assert compare(a, b2).shared_quotes == ()


def test_a_name_or_a_single_word_in_quotation_marks_is_not_matched_inside_a_statement():
    """'drive-by' is one word however it is tokenised; a title-case phrase inside a quotation is
    a name ("New Moon"), not words taken from the statement."""
    a = article('The flaw can be exploited by classic "drive-by" attacks.',
                'Meyer was sad to lose the director of "New Moon," she wrote on her site.')
    b = article('"This is perfectly positioned for drive-by malware," Henry said.',
                '"Sources say Weitz will shepherd New Moon, the second film," the magazine reported.')
    assert compare(a, b).shared_quotes == ()


def test_parts_of_two_split_quotes_are_paired_only_where_their_words_are_shared():
    """Two quotations over several paragraphs: the first paragraphs are the same words, the
    second ones are different sentences that happen to share "the high street"."""
    a = article('A police spokeswoman said: "The fire has progressed rapidly through the store, which is almost destroyed.',
                '"People are asked to avoid the high street area if at all possible."')
    b = article('Police said: "The fire has progressed rapidly through the store, which is almost destroyed.',
                '"Local road closures close to the high street have been put in place and residents are leaving."')
    c = compare(a, b)
    assert spans(c, c.shared_quotes) == [
        ("The fire has progressed rapidly through the store, which is almost destroyed.",
         "The fire has progressed rapidly through the store, which is almost destroyed.")
    ]


# --------------------------------------------------------------------------- passages

WIRE = [
    "The meeting follows the surprise announcement last week of a re-establishment of diplomatic relations.",
    "Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow this week to pave the way.",
    "Complex questions need to be resolved, particularly around the presence of troops in the north.",
]


def test_consecutive_wire_sentences_merge_into_one_passage():
    a = article("Our own opening line about the talks.", " ".join(WIRE), "A closing remark of ours.")
    b = article("A different introduction written by the second outlet.", " ".join(WIRE))
    c = compare(a, b)
    assert spans(c, c.shared_passages) == [(" ".join(WIRE), " ".join(WIRE))]
    assert c.shared_passages[0].similarity == 1.0


def test_near_identical_sentence_is_a_passage_with_similarity_below_one():
    a = article(WIRE[1])
    b = article(WIRE[1].replace("this week", "on Thursday"))
    c = compare(a, b)
    assert len(c.shared_passages) == 1
    assert 0.8 <= c.shared_passages[0].similarity < 1.0


def test_passage_thresholds_come_from_the_settings_passed():
    from dataclasses import replace

    from sidebyside.settings import DEFAULT

    a = article(WIRE[1])
    b = article(WIRE[1].replace("this week", "on Thursday"))

    def with_lexical(**fields):
        lexical = replace(DEFAULT.compare.lexical, **fields)
        return replace(DEFAULT, compare=replace(DEFAULT.compare, lexical=lexical))

    assert len(compare(a, b, with_lexical(passage_similarity=0.8)).shared_passages) == 1
    # A stricter ratio, or a minimum length above the sentence's, leaves it to the aligned sentences.
    assert compare(a, b, with_lexical(passage_similarity=0.995)).shared_passages == ()
    assert compare(a, b, with_lexical(passage_min_tokens=200)).shared_passages == ()


def test_sentences_sharing_only_a_phrase_are_not_a_passage():
    a = article("The start of the Syrian war strained relations between Damascus and Ankara for a decade.")
    b = article("The start of the Syrian war forced millions of refugees to flee across the border.")
    assert compare(a, b).shared_passages == ()


# --------------------------------------------------------------------------- aligned sentences

ALIGNED_PAIRS = [
    (
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the rapprochement "
        "of ties between Ankara and Damascus, the Kremlin said on Monday.",
        # Lexical overlap cannot see "discussed"/"talked" or "ties"/"relations": keep some shared words.
        "The Kremlin said on Monday that Putin and Erdogan discussed mending ties between Damascus and Ankara.",
    ),
    (
        "A February earthquake killed tens of thousands of people in Turkey and Syria.",
        "More than 50,000 people died in Turkey and Syria after the earthquake in February.",
    ),
    (
        "Turkish Energy Minister Fatih Donmez announced that his country began working on the gas hub project.",
        "Work on the Russian-proposed gas hub has started, according to Energy Minister Donmez.",
    ),
]
UNRELATED = [
    "The central bank left interest rates unchanged for the third month in a row.",
    "Heavy snow closed several mountain roads in the north of the country.",
    "Putin is expected to travel abroad next month for an economic forum.",
]


def test_same_fact_in_other_words_is_aligned_one_to_one():
    a = article(*[p[0] for p in ALIGNED_PAIRS], UNRELATED[0])
    b = article(UNRELATED[1], *[p[1] for p in ALIGNED_PAIRS], UNRELATED[2])
    c = compare(a, b)
    assert spans(c, c.aligned_sentences) == ALIGNED_PAIRS
    assert all(0 < s.similarity <= 1 for s in c.aligned_sentences)


def test_sentences_sharing_only_a_name_are_not_aligned():
    a = article("Putin hosted a dinner for foreign ambassadors in the Kremlin.")
    b = article("Putin is expected to travel abroad next month for an economic forum.")
    assert compare(a, b).aligned_sentences == ()


def test_passage_sentences_are_not_aligned_again():
    a = article(" ".join(WIRE))
    b = article(" ".join(WIRE))
    c = compare(a, b)
    assert c.aligned_sentences == () and len(c.shared_passages) == 1


def test_output_is_deterministic():
    a = article(*[p[0] for p in ALIGNED_PAIRS], " ".join(WIRE))
    b = article(" ".join(WIRE), *[p[1] for p in ALIGNED_PAIRS])
    first = json.dumps(comparison_to_json(compare(a, b)), sort_keys=True)
    assert json.dumps(comparison_to_json(compare(a, b)), sort_keys=True) == first


def test_quote_split_by_attribution_matches_the_same_words_quoted_whole():
    a = article('"We will not give up," the minister said, "whatever it costs us in the end."')
    b = article('The minister said: "We will not give up, whatever it costs us in the end."')
    c = compare(a, b)
    pairs = spans(c, c.shared_quotes)
    assert pairs == [
        ("We will not give up", "We will not give up, whatever it costs us in the end."),
        ("whatever it costs us in the end.", "We will not give up, whatever it costs us in the end."),
    ]
    # The utterances are word for word the same (similarity 1); the parts, as spans, are not.
    assert all(sq.similarity == 1.0 and not sq.exact for sq in c.shared_quotes)


def test_a_quote_inside_a_quote_matches_the_same_words_quoted_directly():
    a = article("\"They called it 'a hostile act against our people and our state' today,\" the envoy said.")
    b = article('The ministry called the raid "a hostile act against our people and our state."')
    c = compare(a, b)
    assert ("a hostile act against our people and our state", "a hostile act against our people and our state.") in spans(
        c, c.shared_quotes
    )


def test_a_long_shared_name_is_not_a_shared_quote():
    a = article(
        '"We summoned the envoy after the Russian Ministry of Foreign Affairs refused to explain the '
        'incident on the border and the arrests that followed it," the minister said.'
    )
    b = article(
        '"The Russian Ministry of Foreign Affairs has rejected all of these claims as baseless and '
        'will present its evidence to the council next week," the spokeswoman said.'
    )
    assert compare(a, b).shared_quotes == ()


def test_invisible_soft_hyphen_does_not_make_a_quote_inexact():
    a = article('"The firing continued through the night and into the morning," the witness said.')
    b = article('"The fir\u00ading continued through the night and into the morning," the witness said.')
    (sq,) = compare(a, b).shared_quotes
    assert sq.exact and sq.similarity == 1.0


def test_british_and_american_spellings_of_one_quote_are_shared():
    a = article('"We are normalising relations and will strengthen our defence and labour centres," he said.')
    b = article('"We are normalizing relations and will strengthen our defense and labor centers," he said.')
    (sq,) = compare(a, b).shared_quotes
    assert not sq.exact and sq.similarity == 0.99  # every word matched, the spelling differs


def test_a_sentence_split_in_two_by_the_other_outlet_is_still_one_passage():
    joined = (
        "Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow this week, "
        "and complex questions need to be resolved around the presence of troops in the north."
    )
    split = (
        "Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow this week. "
        "Complex questions need to be resolved around the presence of troops in the north."
    )
    c = compare(article("An opening line of our own here.", joined), article(split, "A different ending of theirs."))
    assert spans(c, c.shared_passages) == [(joined, split)]
    assert 0.8 <= c.shared_passages[0].similarity < 1.0


def test_two_rewrites_of_one_wire_story():
    """Two outlets rewriting one agency story: wire sentences, the same quotes in other marks and
    trimmed, a fact in other words, and each outlet's own lines that match nothing."""
    a = article(
        "Russian President Vladimir Putin hosted Syrian President Bashar al-Assad in Moscow on Wednesday.",
        "The meeting follows the surprise announcement last week of a re-establishment of diplomatic relations "
        "between Saudi Arabia and Iran. Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow "
        "this week to pave the way for a meeting of foreign ministers.",
        '"We are in constant contact and our relations are developing," Putin told Assad at the start of the talks.',
        "Our correspondent in Damascus says few expect a breakthrough.",
    )
    b = article(
        "Putin received Assad in the Kremlin on Wednesday, Moscow's first such meeting since the earthquake.",
        "The meeting follows the surprise announcement last week of a re-establishment of diplomatic relations "
        "between Saudi Arabia and Iran. Diplomats from Russia, Turkey, Syria and Iran are due to meet in Moscow "
        "this week to pave the way for a meeting of foreign ministers.",
        "Putin told his guest: “Our relations are developing.”",
        "Analysts in Washington were sceptical.",
    )
    c = compare(a, b)
    assert len(c.shared_passages) == 1 and c.shared_passages[0].similarity == 1.0
    assert spans(c, c.shared_quotes) == [
        ("We are in constant contact and our relations are developing", "Our relations are developing.")
    ]
    assert c.related_quotes == ()
    aligned = spans(c, c.aligned_sentences)
    assert (
        "Russian President Vladimir Putin hosted Syrian President Bashar al-Assad in Moscow on Wednesday.",
        "Putin received Assad in the Kremlin on Wednesday, Moscow's first such meeting since the earthquake.",
    ) in aligned
    assert not any("correspondent" in x or "sceptical" in y for x, y in aligned)


def test_a_phrase_of_one_content_word_must_match_word_for_word():
    a = article('Analyst Tim Luke said: "The need to step up its competitive pressure will weigh on the shares."')
    b = article('Michelle Warren said the alliance also "steps up" the competition with its rival.')
    assert compare(a, b).shared_quotes == ()


def test_the_same_words_in_other_quote_marks_and_over_two_paragraphs_are_shared():
    a = article('The fire chief spoke on Monday.',
                '“The fire grew very rapidly and there was a large explosion in the roof space.',
                '“We could not save the building, and the crews worked all night to protect the shops,” he said.')
    b = article('"The fire grew very rapidly and there was a large explosion in the roof space. We could not save '
                'the building," Mr Guest said.')
    c = compare(a, b)
    pairs = spans(c, c.shared_quotes)
    assert ("The fire grew very rapidly and there was a large explosion in the roof space.",
            'The fire grew very rapidly and there was a large explosion in the roof space. We could not save the building') in pairs
    assert any(x.startswith("We could not save the building") for x, _ in pairs)
    c2 = compare(b, article("«The fire grew very rapidly and there was a large explosion in the roof space», "
                            "Guest said."))
    assert len(c2.shared_quotes) == 1
