"""Highlight kinds and their look, read from the shipped palette (resources/ui/palette.json).

Pure Python: the Qt side turns these into formats, so tests and the report can share the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from sidebyside.resources import read_resource_text


@dataclass(frozen=True)
class Kind:
    id: str
    label: str
    colour: str  # "#RRGGBB"
    underline: str  # none, single, dash, dot, dashdot, dashdotdot, wave, spellcheck
    link: bool  # pairs a span in A with one in B (drawn in the link map)
    default: bool  # shown when the app starts
    italic: bool = False
    form: str = "fill"  # how the app paints it: fill, box, dotbox, wave, dashline, marker
    ink: tuple[str, str] = ("", "")  # its colour for lines and outlines: light theme, dark theme

    def ink_for(self, dark: bool) -> str:
        return (self.ink[1] if dark else self.ink[0]) or self.colour


@lru_cache(maxsize=1)
def palette() -> dict:
    return json.loads(read_resource_text("ui/palette.json"))


@lru_cache(maxsize=1)
def kinds() -> tuple[Kind, ...]:
    return tuple(Kind(**{**k, "ink": (k["ink"]["light"], k["ink"]["dark"])} if "ink" in k else k)
                 for k in palette()["kinds"])


def kind(kind_id: str) -> Kind:
    for k in kinds():
        if k.id == kind_id:
            return k
    raise KeyError(kind_id)


LINK_KINDS = ("shared_quote", "shared_passage", "aligned_sentence")
