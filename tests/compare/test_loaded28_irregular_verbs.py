"""One table of irregular verb forms (resources/terms/irregular_verbs.json), read by the
inflections, the attribution engine's verbs of saying and the loaded terms (loaded28)."""

from sidebyside.compare.attribution.vocabulary import _build_vocabulary
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import inflections, irregular_verbs
from sidebyside.resources import resource_json


def terms(text: str) -> list[tuple[str, str]]:
    return [(h.term, text[h.start : h.end]) for h in find_loaded_terms(text)]


def test_the_inflections_take_an_irregular_verbs_forms_from_the_table():
    assert inflections("tell") == {"tell", "told", "tells", "telling"}
    assert inflections("slay") == {"slay", "slays", "slew", "slain", "slaying"}
    assert inflections("walk") == {"walk", "walks", "walked", "walking"}  # the regular rules


def test_the_table_is_the_only_one_and_the_verbs_of_saying_read_it():
    assert "irregular_forms" not in resource_json("attribution/speech.json")
    assert {"told", "wrote", "pled"} <= {form for base in ("tell", "write", "plead") for form in irregular_verbs()[base]}
    verbs = _build_vocabulary(lexicon()).verbs
    assert verbs["told"] == "tell" and verbs["wrote"] == "write" and verbs["pled"] == "plead"
    assert "misled" not in verbs  # a verb of the table that is no verb of saying stays out


def test_a_listed_phrase_opening_with_an_irregular_verb_takes_its_forms():
    assert terms("Senator Valdane has bitten the hand that feeds him.") == [("bite the hand that feeds", "bitten the hand that feeds")]
    assert terms("The Orlenby council clung to its old map.") == [("cling to", "clung to")]
    assert terms("He tore into the Orlenby budget plan.") == [("tear into", "tore into")]


def test_the_verbs_plain_senses_stay_plain():
    assert terms("She took the bus to Orlenby and read the map.") == []
    assert terms("The dog bit the postman in Orlenby on Monday.") == []
