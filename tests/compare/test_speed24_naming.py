"""Speed changes that keep behaviour: Span's cheaper constructor keeps the dataclass's equality,
hashing, freezing and JSON; a chain's kinds are still a Counter; an acronym spelt out in a name
mentioned many times is read once and still pairs (and other words spelt out pair with neither).
Hand-written texts."""

from __future__ import annotations

import dataclasses
import pickle
from collections import Counter

import pytest

from sidebyside.model import Quote, Span, to_jsonable

from .helpers import labels, naming_chains, naming_contrasts


def test_a_span_keeps_the_frozen_dataclass_behaviour():
    span = Span(3, 9)
    assert span == Span(start=3, end=9) and span != Span(3, 10)
    assert hash(span) == hash((3, 9)) and {span, Span(3, 9)} == {span}  # a field tuple's hash, as before
    assert (span.start, span.end) == (3, 9) and repr(span) == "Span(start=3, end=9)"
    assert [f.name for f in dataclasses.fields(span)] == ["start", "end"]
    assert dataclasses.replace(span, end=12) == Span(3, 12)
    assert pickle.loads(pickle.dumps(span)) == span
    assert to_jsonable(Quote(0, 4, "word", speaker_span=span))["speaker_span"] == {"start": 3, "end": 9}
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


SPELT_OUT = ("The Indian Naval Ship Sukanya drove off pirates in the Gulf of Aden on Thursday. Sukanya was "
             "escorting ships, and the Indian Naval Ship Sukanya fired warning shots.")


def test_an_acronym_spelt_out_in_a_name_mentioned_again_still_pairs():
    a = "The warship INS Sukanya drove off pirates in the Gulf of Aden on Thursday. INS Sukanya was escorting ships."
    found = naming_contrasts(a, SPELT_OUT)
    paired = [c for c in found.values() if "INS Sukanya" in labels(c, "a")]
    assert paired and paired[0].category == "alias or acronym"


def test_an_acronym_of_other_words_mentioned_again_is_not_paired():
    a = "The warship INS Sukanya drove off pirates in the Gulf of Aden on Thursday. INS Sukanya was escorting ships."
    b = SPELT_OUT.replace("Indian Naval Ship", "Royal Navy Vessel")
    found = naming_contrasts(a, b)
    assert not any("INS Sukanya" in labels(c, "a") for c in found.values())


def test_each_chain_counts_its_mentions_by_kind_in_a_counter():
    _, _, chains = naming_chains("Acme Corp. said on Monday it would close a plant. Acme employs 300 people in Ohio.")
    assert all(isinstance(kinds, Counter) for kinds in chains.kinds.values())
    acme = next(c for c in chains.kinds if c.startswith("acme"))
    assert sum(chains.kinds[acme].values()) == sum(1 for r in chains.refs if r.chain == acme and r.field == "text")
    assert chains.kinds[acme].most_common(1)[0][1] >= 1 and chains.kinds[acme]["no such kind"] == 0
