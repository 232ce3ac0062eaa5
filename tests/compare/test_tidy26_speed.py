"""Speed-ups that must leave every answer as it was: the singular of a word and the noun
lexicon's lemma read the last letter first."""

from sidebyside.compare.nouns import nouns
from sidebyside.compare.tokens import singular


def test_singular_by_the_regular_rules():
    cases = {
        "companies": "company", "chairmen": "chairman", "women": "woman", "witnesses": "witness",
        "taxes": "tax", "wishes": "wish", "buzzes": "buzz", "cats": "cat", "glass": "glass",
        "bus": "bus", "ties": "tie", "flies": "fly", "its": "its", "is": "is", "man": "man", "ran": "ran",
        "omen": "oman", "police": "police", "": "", "s": "s", "n": "n",
    }
    assert {w: singular(w) for w in cases} == cases


def test_lemma_of_plurals_and_other_words():
    lex = nouns()
    assert lex.lemma("doors") == "door"
    assert lex.lemma("companies") == "company"
    assert lex.lemma("patches") == "patch"
    assert lex.lemma("door") == "door"
    assert lex.lemma("men") == "man"
    assert lex.lemma("xqzv") is None
    assert lex.lemma("xqzvs") is None


def test_possessive_s_of_words_ending_in_s():
    from sidebyside.compare.tokens import tokenize

    toks = tokenize("James' car and the Joneses’ house; Bus's BUS'S bus")
    assert [(t.text, t.possessive) for t in toks] == [
        ("James", True), ("car", False), ("and", False), ("the", False), ("Joneses", True), ("house", False),
        ("Bus", True), ("BUS", True), ("bus", False)]


def test_attribution_stem():
    from sidebyside.compare.attribution.vocabulary import _stem

    assert _stem("checks") == _stem("checked") == _stem("checking") == "check"
    assert _stem("said") == "sai" and _stem("red") == "red" and _stem("Smith") == "Smith" and _stem("") == ""
