"""One honorific vocabulary (resources/attribution/honorifics.tsv) read by the entity finder,
naming, only-in and attribution."""

from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
from sidebyside.compare.entities import find_entities, surname_gender
from sidebyside.compare.naming.chains import label_of
from sidebyside.compare.only_in import _honorific_genders
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.name_lists import courtesy_honorifics, honorific_genders, honorifics


def test_vocabulary_kinds_and_genders():
    assert {"mr", "mrs", "ms", "miss", "mx", "dr"} == courtesy_honorifics()
    assert honorific_genders() == {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
    assert {"sir", "dame", "prof", "rev", "jr"} <= honorifics()
    assert courtesy_honorifics() <= honorifics()
    assert "president" not in honorifics()


def test_surname_gender_from_a_courtesy_title_only():
    tokens = tokenize("Mrs. Peterson arrived. Dr. Lee left.")
    norms = [t.norm for t in tokens]
    assert surname_gender(tokens, norms.index("peterson")) == "female"
    assert surname_gender(tokens, norms.index("lee")) is None


def test_label_drops_courtesy_titles_not_ranks():
    assert label_of("Mr. LaRue") == label_of("Mx. LaRue") == label_of("Dr. LaRue") == "larue"
    assert label_of("Sir Keir") == "sir keir"


def test_only_in_reads_the_gender_written_before_a_bare_surname():
    text = "Union leaders met on Monday. Mrs Costa spoke first, and Mr Silva spoke next, and Prof. Pereira spoke last."
    told = _honorific_genders(find_entities(text), text)
    assert told.get("costa") == {"female"}
    assert told.get("silva") == {"male"}
    assert "pereira" not in told


def test_attribution_reads_every_honorific_as_a_title_and_an_abbreviation():
    vocab = attribution_vocabulary(lexicon())
    assert honorifics() <= vocab.honorifics
    assert honorifics() <= vocab.abbreviations
    assert honorifics() <= vocab.title_words
