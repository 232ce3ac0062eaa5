"""A listing repeats its fields in each of its parts, often as bare labels without a stop ("Meet
at the harbour car park" under each day of an itinerary): each copy is the article's, though it
is neither a heading nor a sentence. A chart's tick labels printed again under each chart
("’22", "billion") are single tokens, not a listing's fields: they stay out."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
INTRO = [
    "The walking club of Lowmere has published its route plan for the spring season, and this year every "
    "stage of the coastal path is covered in three days, with the same timetable each day for the group.",
    "Walkers who join for a single day are welcome, the organisers said, as long as they keep to the times "
    "below and bring enough water for the longer stretches between the villages on the cliffs.",
]
DAYS = ["Brackwater to Sellick Point", "Sellick Point to Harrow Cove", "Harrow Cove to Lowmere"]
FIELDS = ["Meet at the harbour car park", "Leave at nine sharp", "Lunch stop at the halfway bench"]


def _text(content: str) -> str:
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content), S).text


def _stage(day: str) -> str:
    return (f"The stage from {day} runs for about twelve miles along the cliff path, with two steep climbs "
            "before lunch and a long level stretch through the dunes in the afternoon, where the group usually "
            "stops to watch the seals on the sandbanks below the headland.")


def test_each_part_keeps_its_unstopped_fields():
    parts = ["Lowmere walkers set spring route", *INTRO]
    for n, day in enumerate(DAYS, 1):
        parts += [f"Day {n}", FIELDS[0], FIELDS[1], "Walking poles", FIELDS[2], _stage(day)]
    text = _text("\n\n".join(parts))
    for field in FIELDS:
        assert text.count(field) == len(DAYS), field


def test_a_charts_tick_labels_stay_out():
    ticks = ["’22", "’24", "’26", "billion", "%"]
    parts = ["Harbour dues rise again", *INTRO]
    for day in DAYS:
        parts += ["Harbour dues collected"] + ticks + [_stage(day)]
    text = _text("\n\n".join(parts))
    assert "’24" not in text and "billion" not in text
    assert text.count("twelve miles") == len(DAYS)
