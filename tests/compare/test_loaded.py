"""Loaded terms: categories, whole words, context rules (literal senses, neutral verbs), quoted
words kept apart, scare quotes, user lists."""

from __future__ import annotations

import json

import pytest

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import LexicalSettings


def hits(text, with_quotes=False):
    found = find_loaded_terms(text, quotes=article_quotes(text) if with_quotes else ())
    for h in found:
        assert text[h.start : h.end]
    return [(text[h.start : h.end], h.term, h.category) for h in found]


def words(text, **kw):
    return [t for t, _, _ in hits(text, **kw)]


def test_inflections_of_attribution_verbs():
    found = hits("He claimed it. She claims more. They were claiming. He Admitted it. She conceded. He boasted.")
    assert [t for t, _, _ in found] == ["claimed", "claims", "claiming", "Admitted", "conceded", "boasted"]
    assert {c for _, _, c in found} == {"attribution verb"}
    assert [term for _, term, _ in found] == ["claim", "claim", "claim", "admit", "concede", "boast"]


def test_loaded_verbs_of_saying_are_found_and_neutral_ones_are_not():
    text = ("The senator slammed the plan. The mayor said it would pass. The minister argued it was fair. "
            "Officials warned of delays. She stated the facts, added a note and told reporters. He explained why.")
    assert words(text) == ["slammed"]


def test_whole_words_only():
    assert hits("The reclaimed land and the claimant's disclaimer.") == []
    assert hits("veryfine hugelyish") == []


def test_multi_word_terms_win_over_their_parts():
    found = hits("Moscow calls it a special military operation; critics call it an invasion.")
    assert ("special military operation", "special military operation", "contested label") in found
    assert ("invasion", "invasion", "contested label") in found
    assert not any(t == "operation" for t, _, _ in found)


def test_multi_word_terms_span_line_breaks_not():
    assert hits("a special military\n\noperation") == []


def test_categories_present():
    found = {c for _, _, c in hits("A staggering, brutal massacre; collateral damage, the regime claimed, a ridiculous plan.")}
    assert {"intensifier", "emotive", "euphemism", "contested label", "attribution verb", "evaluative"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed responsibility for the attack.",
        "The earthquake claimed more than 50 lives.",
        "Asylum claims rose by a third last year.",
        "Insurance claims were paid within a month.",
        "She was admitted to hospital on Monday.",
        "Three patients were admitted overnight.",
        "Supporters waved a huge flag outside the court.",
        "A huge black banner hung from the gate.",
        "A massive fire destroyed the warehouse.",
        "The new tax regime starts in April.",
        "The regime of constant delays has to end.",
        "The army launched a ground offensive.",
        "Possession of illegal drugs is a crime.",
        "Neither claim could be verified.",
        "The flood reached the town at dawn.",
        "The trucks were clearly marked.",
    ],
)
def test_literal_senses_are_not_loaded(text):
    assert hits(text) == [], text


@pytest.mark.parametrize(
    "text, word",
    [
        ("The minister claimed the report was false.", "claimed"),
        ("He admitted lying to investigators.", "admitted"),
        ("The president made a huge mistake.", "huge"),
        ("He made a huge political mistake with the fire service.", "huge"),
        ("The Assad regime shelled the town.", "regime"),
        ("Turkey illegally controls parts of the north.", "illegally"),
        ("A flood of complaints followed.", "flood"),
        ("A scandal-ridden campaign ended.", "scandal-ridden"),
        ("The rudderless party split.", "rudderless"),
    ],
)
def test_the_loaded_sense_in_the_same_words_is_found(text, word):
    assert word in words(text), (text, hits(text))


def test_words_inside_a_quotation_are_the_speakers_and_flagged_apart():
    text = 'The mayor said the plan was "a catastrophe for every family," and critics slammed it.'
    found = find_loaded_terms(text, quotes=article_quotes(text))
    by_word = {text[h.start : h.end]: h for h in found}
    assert by_word["catastrophe"].quoted is True
    assert by_word["slammed"].quoted is False


def test_an_uncredited_fragment_in_quote_marks_is_a_scare_quote():
    text = 'The ministry sent troops on a "pacifying" mission against smugglers.'
    found = hits(text, with_quotes=True)
    assert ("pacifying", "pacifying", "scare quotes") in found
    assert not [h for h in hits(text, with_quotes=True) if h[2] == "scare quotes" and "ministry" in h[0]]
    none = find_loaded_terms(text, quotes=article_quotes(text), settings=LexicalSettings(scare_quotes=False))
    assert not [h for h in none if h.category == "scare quotes"]


def test_user_terms_are_loaded_and_broken_files_skipped(tmp_path, monkeypatch):
    terms = tmp_path / "terms"
    terms.mkdir()
    (terms / "mine.json").write_text(json.dumps({
        "loaded_terms": {"emotive": ["bloodbath"], "jargon": ["synergy"]},
        "loaded_context": {"literal_after": {"synergy": ["effect"]}},
    }))
    (terms / "broken.json").write_text("{not json")
    (terms / "wrong.json").write_text(json.dumps({"loaded_terms": ["not", "a", "mapping"]}))
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    found = hits("A bloodbath and bloodbaths of synergy, the official claimed. A synergy effect.")
    assert ("bloodbath", "bloodbath", "emotive") in found
    assert ("bloodbaths", "bloodbath", "emotive") in found
    assert [t for t, _, c in found if c == "jargon"] == ["synergy"]  # "synergy effect" is literal
    assert ("claimed", "claim", "attribution verb") in found  # shipped terms still there
    assert len(lexicon().warnings) == 2


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        "null",
        '{"label_families": [{"terms": []}]}',
        '{"label_families": [{"id": "x", "variants": {"a": "not a list"}}]}',
        '{"label_families": [{"id": "x", "terms": [7]}]}',
        '{"titles": "x"}',
        '{"place_names": [["Kyiv", 3]]}',
        '{"demonyms": ["x"]}',
        '{"loaded_context": ["x"]}',
        '{"loaded_context": {"literal_after": {"claim": "x"}}}',
    ],
)
def test_malformed_user_files_never_crash(tmp_path, monkeypatch, content):
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "bad.json").write_text(content)
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    assert hits("They claimed a massacre.")
    assert lexicon().warnings


def test_words_inside_names_are_not_the_outlets_labels():
    from sidebyside.compare.framing import analyse_framing
    from sidebyside.model import Article, Source

    text = "The Islamic Resistance Movement said the occupation must end."
    framing = analyse_framing(Article(Source(None, "text"), text=text), Article(Source(None, "text"), text="x"))
    assert [text[h.start : h.end] for h in framing.loaded_terms[0]] == ["occupation"]


def test_attribution_verbs_are_verbs_not_nouns():
    found = hits("Neither claim could be verified. The claims grew. Officials claim it is over.")
    assert [t for t, _, c in found if c == "attribution verb"] == ["claim"]
    assert found[-1][0] == "claim" and found[-1][2] == "attribution verb"


def test_plain_reporting_is_not_loaded():
    text = ("Police said two people were killed and five wounded in the attack on Tuesday. The government "
            "announced an inquiry, and the opposition called for the minister to resign. Prices rose 3 percent.")
    assert hits(text) == []


# --------------------------------------------------------------------------- graded words beyond the lists


def scored(text, settings=None, with_quotes=False):
    quotes = article_quotes(text) if with_quotes else ()
    kw = {"settings": settings} if settings is not None else {}
    return [(text[h.start : h.end], h) for h in find_loaded_terms(text, quotes=quotes, **kw) if h.score is not None]


def test_judging_words_beyond_the_lists_are_scored():
    found = scored("Critics call the scheme loathsome and the speech tiresome.")
    assert [w for w, _ in found] == ["loathsome", "tiresome"]
    for _, h in found:
        assert h.category in ("evaluative", "emotive") and 0.0 < h.score < 1.0


def test_a_derived_adverb_takes_the_score_of_its_adjective():
    assert [w for w, _ in scored("She answered demeaningly.")] == ["demeaningly"]


def test_plain_reporting_is_not_scored():
    text = ("Crews repaired the road on Tuesday. The fire killed three people and the attack was a crime. "
            "Officials said the vote would be held in March.")
    assert scored(text) == []


def test_names_numbers_and_other_languages_are_never_scored():
    assert scored("Mr Loathsome Smith arrived with 300 guests.") == []
    assert scored("Это отвратительный план.") == []


def test_words_inside_a_quotation_are_the_speakers_and_score_lower():
    text = '"The speech was tiresome," the mayor said. The speech was tiresome.'
    found = scored(text, with_quotes=True)
    assert [(w, h.quoted) for w, h in found] == [("tiresome", True), ("tiresome", False)]
    assert found[0][1].score < found[1][1].score


def test_the_threshold_is_a_setting():
    text = "The pianist was gifted and the weather pleasant."
    assert scored(text, LexicalSettings(loaded_min_probability=1.0)) == []
    many = scored(text, LexicalSettings(loaded_min_probability=0.05, loaded_alone_probability=0.0))
    assert len(many) == 2
    top = max(h.score for _, h in many)
    few = scored(text, LexicalSettings(loaded_min_probability=top, loaded_alone_probability=0.0))
    assert len(few) == 1 and few[0][1].score == top


def test_scored_words_never_overlap_listed_ones():
    found = find_loaded_terms("A shockingly reckless, loathsome plan.")
    spans = sorted((h.start, h.end) for h in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert {h.category for h in found if h.score is None} >= {"intensifier"}


def test_plain_news_terms_are_not_loaded():
    text = ("He pleaded guilty. Reform of criminal justice stalled. People familiar with the matter said so. "
            "The natural disaster displaced thousands. Critics said the hate crime law was used twice.")
    assert hits(text) == []


def test_words_of_plain_news_terms_stay_loaded_elsewhere():
    found = words("The rollout was a disaster. They hate the plan and call it a criminal scheme.")
    assert "disaster" in found and "hate" in found


def test_only_english_text_is_scored():
    text = "Critics call the scheme loathsome."
    assert scored(text) and find_loaded_terms(text, language="en-GB")
    assert not [h for h in find_loaded_terms(text, language="id") if h.score is not None]


def test_plain_words_of_a_labour_dispute_are_not_loaded():
    text = ("More than 1,400 dockworkers joined the walkout, the union said. The walkout began at 6am, "
            "and workers walked out of the container terminal; the strike is the first since 1998.")
    assert words(text) == []


def test_adverbs_and_quality_nouns_of_judging_adjectives_judge_alike():
    found = hits("He clumsily answered, disgustingly late; the callousness and pettiness of it all.")
    assert [(t, term) for t, term, _ in found] == [  # a judging adverb is shown with what it grades
        ("clumsily", "clumsy"), ("disgustingly late", "disgusting"), ("callousness", "callous"), ("pettiness", "petty"),
    ]


def test_contested_labels_of_the_abortion_and_immigration_debates():
    found = {t: c for t, _, c in hits("Pro-life groups and pro-choice activists met; a border crisis, "
                                       "they said, and a conspiracy theory.")}
    assert {"Pro-life", "pro-choice", "border crisis", "conspiracy theory"} <= set(found)
    assert set(found.values()) == {"contested label"}


def test_a_capitalised_word_alone_in_a_lower_case_run_is_a_name():
    assert words("The reeling Predators have lost five straight.") == []
    assert words("The predators have circled the town for weeks, she wrote.") == ["predators"]
    # a nickname or a heading keeps its words
    assert any("Crooked" in w for w in words("He called her Crooked Hillary again."))
    assert "Slams" in words("Senator Slams Plan")


def test_a_word_negated_by_non_is_not_loaded():
    assert words("They served non-alcoholic beer at a non-violent protest.") == []


def test_literal_objects_of_snapped_and_ripped():
    assert words("The Eagles snapped an 11-game losing streak; she ripped open the envelope.") == []
    assert words("The senator snapped at reporters and ripped Democrats for the delay.") == ["snapped", "ripped"]


def test_a_quoted_phrase_of_two_or_three_words_is_no_scare_quote_by_default():
    # more often a name, a term, a slogan or someone's partial words than the writer's distance
    text = "The ministry sent troops on a “targeted operation” against smugglers. All “relevant sites” were shut."
    scare = lambda settings: [  # noqa: E731
        h.term for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings) if h.category == "scare quotes"
    ]
    assert scare(LexicalSettings()) == []
    assert scare(LexicalSettings(scare_quote_max_words=3)) == ["targeted operation", "relevant sites"]


def test_scare_quotes_are_read_in_english_text_only():
    text = "The ministry sent troops on a “pacifying” mission against smugglers."
    assert [h.term for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.category == "scare quotes"] == [
        "pacifying"
    ]
    korean = "그는 ‘데이트 폭력’ 같은 표현을 썼다."
    assert find_loaded_terms(korean, quotes=article_quotes(korean)) == ()
    assert not [h for h in find_loaded_terms(text, quotes=article_quotes(text), language="de")
                if h.category == "scare quotes"]


def test_lists_are_english_and_plain_senses_stay_plain():
    text = "Imam Syafi'ie adalah guru dari Imam Ahmad."
    assert words(text) == ["guru"]  # language unknown: read as English
    assert find_loaded_terms(text, language="id") == ()
    assert words("She woke up early, grabbed an offensive rebound and backed an anti-corruption drive.") == []
    assert words("The woke mob came, and the plan hit a stumbling block.") == ["woke mob"]


def test_judging_verbs_and_debate_labels_from_the_last_batch():
    text = ("The minister seethed as aides glossed over the losses, and critics scolded him for trying to "
            "cozy up to donors who want to scrap death panels and stop gun grabbers.")
    found = [(text[h.start : h.end], h.category) for h in find_loaded_terms(text) if h.score is None]
    assert found == [
        ("seethed", "attribution verb"), ("glossed over", "attribution verb"), ("scolded", "attribution verb"),
        ("cozy up", "evaluative"), ("death panels", "contested label"), ("gun grabbers", "contested label"),
    ]


def test_last_batch_keeps_literal_and_neutral_senses_plain():
    # the parts of the new phrases alone, and plain senses: a cosy cabin, a high-gloss finish, a kangaroo,
    # a court, a trial; "I'm not scolding" is the writer of themself; neutral verbs stay neutral
    text = ("The cozy cabin had a high-gloss finish. A kangaroo crossed the road near the court. The show opens "
            "in May and the trial starts in June. I'm not scolding anyone. She criticised the plan and said so.")
    assert words(text) == []


def test_last_batch_words_inside_a_quotation_are_the_speakers():
    text = 'The senator called the hearing "a kangaroo court run by people in an ivory tower," aides said.'
    found = find_loaded_terms(text, quotes=article_quotes(text))
    assert [(text[h.start:h.end], h.quoted) for h in found if h.score is None] == [
        ("kangaroo court", True), ("ivory tower", True)
    ]


def test_a_phrasal_verb_is_inflected_on_its_verb_not_its_particle():
    text = ("The governor is glossing over the deficit. Within hours his aides were walking back, he doubles down, "
            "and she fires back at critics.")
    found = [(text[h.start : h.end], h.term) for h in find_loaded_terms(text) if h.score is None]
    assert found == [("glossing over", "gloss over"), ("walking back", "walked back"), ("doubles down", "doubled down"),
                     ("fires back", "fired back")]
    # literal: walking back to a place, a launch pushed back to a date; the verb alone is no phrasal verb
    assert words("The hikers walk back to the car. The launch pushes back to June. He walked home and doubled the dose.") == []


def test_judging_phrasal_verbs_and_their_plain_neighbours():
    text = "The majority rammed through the bill, shouted down its critics and brushed aside every question."
    found = [(text[h.start : h.end], h.category) for h in find_loaded_terms(text) if h.score is None]
    assert found == [("rammed through", "evaluative"), ("shouted down", "attribution verb"),
                     ("brushed aside", "attribution verb")]
    # the verbs alone, in their plain senses, are not these phrases
    assert words("The truck rammed the gate. Fans shouted as she brushed her hair aside and walked through.") == []


def test_judging_idioms_and_words_of_the_debates_are_found():
    text = ("Racism reared its ugly head again. The senators cried foul. Looters ran amok downtown. "
            "They are useful idiots for the regime's machinations. It was a buffoonish, rambling speech "
            "full of platitudes. He waxed lyrical about the plan, a slap in the face to voters.")
    found = words(text)
    for expected in ("reared its ugly head", "cried foul", "ran amok", "useful idiots", "machinations",
                     "buffoonish", "rambling", "platitudes", "waxed lyrical", "slap in the face"):
        assert expected in found, expected


def test_plain_reporting_and_literal_senses_stay_unmarked_beside_the_new_entries():
    text = ("The minister said the plan would pass. Critics argued it was costly and warned of delays. "
            "A huge flag flew over the square. Asylum claims rose. The crew ran a test and waxed the floor.")
    assert words(text) == []


def test_mild_assessments_and_topic_nouns_are_not_scored():
    text = "That ambitious target is promising, and the unilateral decision followed a pattern of killings."
    assert words(text) == []


def test_a_title_case_headline_is_read_although_the_name_finder_took_it_for_a_name():
    head = "Bernie Sanders Is Crazy, But The Only Candidate Voters Actually Like"
    text = head + "\n\nHe spoke on Monday."
    found = find_loaded_terms(text, names=[(0, text.index(","))])
    assert [text[h.start : h.end] for h in found] == ["Crazy"]


def test_a_listed_word_inside_a_name_in_running_text_is_still_the_name():
    text = "On Monday the boxer Greedy Williams won the title in front of a small crowd."
    start = text.index("Greedy")
    assert find_loaded_terms(text, names=[(start, start + len("Greedy Williams"))]) == ()


def test_a_title_case_headline_repeated_as_the_title_is_not_taken_for_a_name():
    head = "Poison Is Cruel, and Utterly Predictable"
    text = f"{head}\n\n{head}\n\nThe bill passed on Monday."
    assert words(text).count("Cruel") == 2
    name = "The boxer Greedy Williams won. Fans cheered Greedy Williams again."
    assert "Greedy" not in words(name)


def test_a_metaphor_of_quantity_as_a_verb_filling_a_place_with_people():
    assert words("He is eager to flood America with illegal aliens.") == ["flood", "illegal aliens"]
    assert words("Inboxes were flooded with complaints.") == ["flooded"]
    for literal in ("The streets flooded with water after the storm.", "Homes were flooded with up to a metre of water.",
                    "The river flooded the town.", "The flooding hit the town.", "Heavy floods hit the town."):
        assert words(literal) == [], literal


def test_wire_service_names_of_armed_groups_and_weeping_are_plain_reporting():
    text = ("Islamist militants attacked the convoy near the border, the army said. "
            "The jihadist group claimed responsibility. Her mother wept as the verdict was read.")
    assert words(text) == []


def test_judging_phrases_of_the_second_batch():
    text = ("The violence plaguing schools came under the guise of reform. "
            "Critics crawled out of the woodwork to defend the fat cats.")
    found = words(text)
    assert found == ["plaguing", "under the guise of", "out of the woodwork", "fat cats"], found


def test_measures_and_discourse_adverbs_are_not_scored():
    text = ("The new chips are markedly more expensive. Ultimately the firm offered repairs, "
            "and similarly priced models sold out. Censors blocked the site, to the users' frustration.")
    assert words(text) == []


def test_general_judging_vocabulary_and_nicknames():
    text = ("The senator tore into the mean-spirited plan, a dumpster fire pushed by Trump toadies. "
            "Critics said Sleepy Joe caved to the mob.")
    found = words(text)
    for expected in ("tore into", "mean-spirited", "dumpster fire", "Trump toadies", "Sleepy Joe", "caved to"):
        assert expected in found, (expected, found)
    plain = "Prices creep up as the losers of the match leave; the ball was deflected and the cars torched."
    assert words(plain) == []


def test_admitted_before_a_count_is_people_let_in_not_a_confession():
    from sidebyside.compare.loaded import find_loaded_terms as found

    let_in = "By the end of 2016, the country had admitted more than 1.4 million Syrians."
    assert not [t for t in found(let_in) if t.term == "admit"]
    confessed = "The senator admitted that he lied. Later he admitted 2016 was a bad year."
    assert [t.term for t in found(confessed)].count("admit") == 2  # a clause; a year is no count
