"""One vocabulary per idea: the English courtesy honorifics and the English speech verbs are each
written once, in resources/attribution/, and every reader takes them from there."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.attribution.vocabulary import _build_vocabulary
from sidebyside.compare.quotes import _title_vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.name_lists import honorific_genders
from sidebyside.resources import resource_json


def test_the_courtesy_honorifics_that_tell_a_sex_come_from_honorifics_tsv():
    sexes = _build_vocabulary(lexicon()).courtesy_sexes
    assert sexes == {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
    assert set(sexes) == set(honorific_genders())
    assert "dr" not in sexes and "mx" not in sexes  # courtesy titles that tell no sex


def test_a_courtesy_honorific_picks_the_one_of_two_people_of_that_sex():
    text = ('Nora Lindahl, 29, and her brother, Erik Lindahl, ran the shop together.\n'
            '"We never argued about money," Mr. Lindahl said.\n'
            '"We argued about everything else," Ms. Lindahl said.')
    speakers = [q.speaker for q in article_quotes(text)]
    assert speakers == ["Erik Lindahl", "Nora Lindahl"]


def test_speech_verbs_are_one_list_with_where_each_came_from():
    data = resource_json("attribution/speech.json")
    assert "speaking_verbs" not in data
    entries = data["speech_verbs"]
    verbs = [e["verb"] for e in entries]
    assert len(verbs) == len(set(verbs))
    assert all(e["from"].strip() and isinstance(e["speaking"], bool) for e in entries)
    vocab = _build_vocabulary(lexicon())
    assert vocab.verbs["said"] == "say" and vocab.verbs["praised"] == "praise"


def test_only_the_verbs_that_put_words_in_a_mouth_show_a_quotation_beside_a_title():
    speaking = _title_vocabulary()[2]
    assert {"said", "told", "wrote", "shouted"} <= speaking
    assert "felt" not in speaking and "called" not in speaking  # speech verbs, but no one's words in a title's place
