"""A listing that repeats its fields in each part ("Leave at 9am" under each day of an itinerary)
keeps every copy of them; one line printed again under each picture (an alt text, a caption) is
still printed once."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


INTRO = [
    "The walking club of Lowmere has published its route plan for the spring season, and this year every "
    "stage of the coastal path is covered in three days, with the same timetable each day for the group.",
    "Walkers who join for a single day are welcome, the organisers said, as long as they keep to the times "
    "below and bring enough water for the longer stretches between the villages on the cliffs.",
]
DAYS = ["Brackwater to Sellick Point", "Sellick Point to Harrow Cove", "Harrow Cove to Lowmere"]
FIELDS = ["Meet at the harbour car park.", "Leave at 9am sharp.", "Lunch stop at the halfway bench."]


def itinerary() -> str:
    parts = ["Lowmere walkers set spring route", *INTRO]
    for n, day in enumerate(DAYS, 1):
        parts += [f"Day {n}", *FIELDS,
                  f"The stage from {day} runs for about twelve miles along the cliff path, "
                  "with two steep climbs before lunch and a long level stretch through the dunes in the afternoon, "
                  "where the group usually stops to watch the seals on the sandbanks below the headland."]
    parts.append("The club meets again in the autumn, when the inland routes open after the harvest.")
    return "\n\n".join(parts)


def test_each_part_of_a_listing_keeps_its_fields():
    text = extract(itinerary()).text
    for field in FIELDS:
        assert text.count(field) == len(DAYS), field


PARAGRAPHS = [
    "The lighthouse at Sellick Point reopened to visitors on Saturday after two years of repairs to its "
    "lantern room and the stone stairs that lead up to the gallery above the sea.",
    "Volunteers from the village repainted the tower in its old red and white bands, working from a "
    "scaffold that the coastguard lent to the restoration trust for the whole of the summer.",
    "The keeper's cottage at the foot of the tower now holds a small museum of charts, lamps and the logbooks "
    "kept by the last three keepers before the light was automated.",
    "Tickets are sold at the door, and the trust says the money will pay for the upkeep of the tower and a "
    "new path from the car park that wheelchairs can use in all weathers.",
]
ALT = "Sellick Point lighthouse restoration photo"


def test_one_line_under_each_picture_is_printed_once():
    parts = ["Sellick Point lighthouse reopens"]
    for paragraph in PARAGRAPHS:
        parts += [ALT, paragraph]
    assert extract("\n\n".join(parts)).text.count(ALT) <= 1
