"""analyse_framing as a whole: shape, offsets, bad input, speed."""

from __future__ import annotations

import dataclasses
import json

from hang_guards import cpu_guard
from hypothesis import given, settings
from hypothesis import strategies as st

from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.model import Framing, to_jsonable

from .helpers import article

SAMPLE_A = (
    "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the war in "
    "Ukraine, the Kremlin said. \u201cWe are ready,\u201d Erdogan told reporters. Analysts say the regime "
    "claimed victory after the earthquake in Syria. A diplomatic source told Sputnik the talks went well."
)
SAMPLE_B = (
    "Russia's Vladimir Putin hosted Turkey's Recep Tayyip Erdogan. The invasion of Ukraine loomed, "
    "according to Turkish media. Kremlin spokesperson Dmitry Peskov said the government in Damascus agreed."
)


def test_returns_framing_that_serialises():
    framing = analyse_framing(article(SAMPLE_A), article(SAMPLE_B))
    assert isinstance(framing, Framing)
    data = json.loads(json.dumps(to_jsonable(framing)))
    assert set(data) >= {"label_contrasts", "distinctive_terms", "loaded_terms", "sources", "only_in"}
    assert framing.label_contrasts and framing.sources[0] and framing.sources[1]


def test_every_mention_slices_exactly():
    a, b = article(SAMPLE_A), article(SAMPLE_B)
    framing = analyse_framing(a, b)
    for c in framing.label_contrasts:
        for mention in c.a:
            assert a.text[mention.start : mention.end] == mention.text
        for mention in c.b:
            assert b.text[mention.start : mention.end] == mention.text


def test_empty_articles():
    framing = analyse_framing(article(""), article(""))
    assert framing == Framing()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300), st.text(max_size=200))
def test_any_text_gives_valid_spans(text_a, text_b):
    for e in find_entities(text_a):
        assert text_a[e.start : e.end] == e.text
    a, b = article(text_a), article(text_b)
    framing = analyse_framing(a, b)
    for side, art in enumerate((a, b)):
        for hit in framing.loaded_terms[side]:
            assert 0 <= hit.start < hit.end <= len(art.text)
        for src in framing.sources[side]:
            for span in src.spans:
                assert 0 <= span.start < span.end <= len(art.text)


def _grow(text: str, words: int) -> str:
    parts = [text]
    while sum(len(p.split()) for p in parts) < words:
        parts.append(text)
    return "\n\n".join(parts)


def test_two_ten_thousand_word_articles_finish():
    """A hang guard only: benchmarks/big_inputs.py measures the speed (framing:10k-words-pair)."""
    a = article(_grow(SAMPLE_A + " " + SAMPLE_B, 10_000))
    b = dataclasses.replace(article(_grow(SAMPLE_B + " " + SAMPLE_A, 10_000)))
    analyse_framing(article(SAMPLE_A), article(SAMPLE_B))  # warm caches (term lists)
    with cpu_guard("framing:10k-words-pair"):
        framing = analyse_framing(a, b)
    assert framing.loaded_terms[0] and framing.sources[0]


PATHOLOGICAL_TEXTS = [
    "Al al al al " * 5000,  # name particles that never reach a name
    "Bank of the of the of the " * 3000,
    "THE PRESIDENT OF THE UNITED STATES SAID THE GENERAL SECRETARY MINISTER " * 1500,
    "Foreign Deputy Prime Minister Foreign Deputy Prime " * 2000,
    "\u201c" * 20000 + " said he " * 2000,
]


def test_pathological_texts_finish():
    for text in PATHOLOGICAL_TEXTS:
        with cpu_guard("framing:pathological-texts", what=text[:40]):
            analyse_framing(article(text), article(text[: len(text) // 2]))
