"""Loaded words a reader trusts: what plain news says plainly is not reported (a lone mild word,
a reported feeling, a quoted term, a name, a literal sense), while the loaded uses of the same
words still are."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


def found(text, settings=None):
    kw = {"settings": settings} if settings is not None else {}
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)]


def words(text, settings=None):
    return [w for w, _ in found(text, settings)]


def test_a_mild_graded_word_alone_in_a_plain_sentence_is_not_reported():
    assert words("Developers picked predictable values for the test.") == []


def test_the_same_word_beside_other_loaded_language_is_reported():
    assert words("The reckless council picked predictable values for the test.") == ["reckless", "predictable"]


def test_the_sentence_rule_is_a_setting():
    every = LexicalSettings(loaded_alone_probability=0.0)
    assert words("Developers picked predictable values for the test.", every) == ["predictable"]


def test_a_graded_word_scoring_below_the_minimum_is_never_reported():
    # "ideal" scores about 0.33: reported beside other loaded language, unless the minimum is above it
    assert words("The reckless council picked ideal values.") == ["reckless", "ideal"]
    assert words("The reckless council picked ideal values.", LexicalSettings(loaded_min_probability=0.35)) == [
        "reckless"
    ]


def test_a_strong_graded_word_needs_no_company():
    assert words("The delay is frustrating.") == ["frustrating"]


def test_a_reported_feeling_is_not_the_writers_judgement():
    assert words("Vindman had become frustrated over his exclusion. Voters felt worried.") == []


def test_a_participle_that_judges_is_kept_after_a_linking_verb():
    every = LexicalSettings(loaded_alone_probability=0.0)
    assert "gifted" in words("The pianist was gifted.", every)


def test_quoted_terms_that_are_mentioned_are_not_scare_quotes():
    text = ('The patient has what is called "feather duvet lung." Say "Hey Siri" to start. '
            'Air quality is in the "poor" category. Reviews ran from "it\'ll do" to "this is awful" on the forum. '
            'Users pick a "business" or "creator" account.')
    assert [w for w, c in found(text) if c == "scare quotes"] == []


def test_a_word_the_writer_distances_themself_from_is_a_scare_quote():
    text = 'So the thin medical "record" that he provided settled nothing.'
    assert ("record", "scare quotes") in found(text)


def test_names_holding_a_listed_word_are_names():
    text = ("CB Greedy Williams made six tackles. It was a rough game for Greedy Williams. "
            "Deaths were reported by Amnesty. MAD is calculated from the median. The Joy-Cons attach to the side.")
    assert words(text) == []


def test_a_heading_in_capitals_keeps_its_loaded_verb():
    assert words("WILL THEY BASH THE BILLIONAIRES?") == ["BASH"]


def test_the_writer_of_themself_is_no_loaded_attribution():
    assert words("I'm not complaining. We never claimed otherwise.") == []
    assert words("She complained that the plan was late.") == ["complained"]


def test_literal_senses_of_listed_words():
    text = ("Delays pushed back its first launch. He hid her while threatening to kill her parents. "
            "Webb confessed to the crime. Both men were caught illegally entering the country. Cables are cheap. "
            "It causes dangerous lung infections. The spec cranked up the wattage. The harsh winter froze roads. "
            "Fans in the sellout crowd held up signs.")
    assert words(text) == []


def test_loaded_senses_of_the_same_words():
    text = "Reporters pushed back on the claim. It was a cheap shot. The harsh verdict was a dangerous precedent."
    assert words(text)[:3] == ["pushed back", "cheap shot", "harsh"]
    assert "dangerous" in words(text)
    assert words("Critics called the senator a sellout to the banks.") == ["sellout"]


def test_a_quoted_label_before_the_noun_it_names_or_a_term_explained_is_no_scare_quote():
    text = ('The startups were nearing their "launch" phases. Rocks formed by "exogenic" processes. '
            'Bears fall into "torpor" \u2014 the term for their winter sleep.')
    assert [w for w, c in found(text) if c == "scare quotes"] == []


def test_a_describing_or_participle_word_before_a_noun_stays_a_scare_quote():
    text = 'The two sides reached a "historic" deal. Troops went on a "pacifying" mission.'
    scare = [w for w, c in found(text) if c == "scare quotes"]
    assert scare == ["historic", "pacifying"]
