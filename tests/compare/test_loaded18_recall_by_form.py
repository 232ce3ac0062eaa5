"""The lexical benchmark's breakdown of shown recall by how an annotated span is written: function
words (the data set marks every occurrence of a marked word in its sentence, so most are repeats
no loaded-word finder paints), hyphenated compounds, contractions and other words."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def _lexical_bench():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "lexical.py"
    spec = importlib.util.spec_from_file_location("lexical_bench_by_form", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Scorer:
    """The two helpers of score_lexical.py the breakdown uses: exact locating only."""

    @staticmethod
    def normalise(text):
        return text, list(range(len(text)))

    @staticmethod
    def locate(article, sent, hint, _norm):
        at = article.find(sent, hint)
        return None if at < 0 else ((lambda i, at=at: at + i), at, at + len(sent))


def test_an_annotated_span_is_sorted_by_how_it_is_written():
    form = _lexical_bench()._gold_form
    assert form("the") == "function word"
    assert form("Of") == "function word"
    assert form("far-left") == "hyphenated"
    assert form("couldn’t") == "contraction"
    assert form("“slammed”") == "word"


def test_recall_by_form_counts_only_the_words_shown_by_default():
    bench = _lexical_bench()
    sent = "The mayor slammed the far-left council."
    bench._RECORDS["s1"] = {"id": "s1", "text": sent, "biased": [
        {"start": 10, "end": 17, "text": "slammed"},
        {"start": 18, "end": 21, "text": "the"},
        {"start": 22, "end": 30, "text": "far-left"},
    ]}
    text = "Topic\n\n" + sent + "\n"
    at = text.index(sent)
    terms = [
        {"start": at + 10, "end": at + 17, "score": None},  # shown: found
        {"start": at + 22, "end": at + 30, "score": 0.4},  # possibly loaded only: not shown
    ]
    results = {(("s1",), (), True): {"ok": True, "texts": [text, ""], "framing": {"loaded_terms": [terms, []]}}}
    assert bench._recall_by_form(_Scorer, results) == {
        "word": [1, 1.0], "function word": [1, 0.0], "hyphenated": [1, 0.0],
    }


def test_a_failed_call_or_an_unlocated_sentence_counts_no_gold():
    bench = _lexical_bench()
    bench._RECORDS["s2"] = {"id": "s2", "text": "Not in the text.", "biased": [{"start": 0, "end": 3, "text": "Not"}]}
    results = {
        (("s2",), (), True): {"ok": True, "texts": ["Other words.", ""], "framing": {"loaded_terms": [[], []]}},
        (("s1",), (), True): {"ok": False, "why": "boom"},
    }
    assert bench._recall_by_form(_Scorer, results) == {}
