"""The reading benchmark judges a reported span as the app shows it: a phrase widened around a
word judged alone needs a judgement of its own, else it is unjudged (loaded28)."""

import importlib.util
from pathlib import Path

from sidebyside.model import LoadedTerm

_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "loaded_reading.py"


def _reading():
    spec = importlib.util.spec_from_file_location("loaded_reading_under_test", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEXT = "The plan for the Tarnby ferry was so flawed that nobody in Orlenby used it."


def _term(phrase: str) -> LoadedTerm:
    start = TEXT.index(phrase)
    return LoadedTerm("flawed", "evaluative", start, start + len(phrase))


def test_a_widened_phrase_takes_no_verdict_from_the_word_inside_it():
    reading = _reading()
    word = _term("flawed")
    judged = {("p", False, *reading.context_key(TEXT, word.start, word.end)): True}
    assert reading.verdict_of(judged, "p", TEXT, word) is True
    assert reading.verdict_of(judged, "p", TEXT, _term("so flawed")) is None  # unjudged, listed


def test_a_widened_phrase_judged_as_shown_has_its_own_verdict():
    reading = _reading()
    phrase = _term("so flawed")
    judged = {("p", False, *reading.context_key(TEXT, phrase.start, phrase.end)): False}
    assert reading.verdict_of(judged, "p", TEXT, phrase) is False
