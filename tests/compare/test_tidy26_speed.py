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
