"""The "Possibly Loaded" switch: a comparison as the reader chose to see it.

Loaded words found only by their graded score (LoadedTerm.score set) are loaded about one time in
five on pages nobody tuned on. Switched off, they go from everything the window shows of the pair —
the painted text, the headline marks, the Framing tab, the step-through counter, the status line
and the report exported from the window — by showing a copy of the comparison without them. Pure
Python: the engine's comparison (and the JSON, and the command line's report) keep them all.
"""

from __future__ import annotations

from dataclasses import replace

from sidebyside.model import Comparison
from sidebyside.ui.stored import stored_bool

SETTING_KEY = "view/possibly_loaded"
# Off until the reader asks: four in five of these words are not loaded on unseen pages, and a
# student reads a mark on the page as the app's finding whatever its tooltip says.
SHOWN_BY_DEFAULT = False


def possible_count(comparison: Comparison) -> int:
    """How many words of the body and headings are only possibly loaded."""
    f = comparison.framing
    return (sum(1 for side in f.loaded_terms for t in side if t.score is not None)
            + sum(1 for side in f.heading_terms for t in side if t.kind == "loaded_term" and t.score is not None))


def without_possible(comparison: Comparison) -> Comparison:
    """The comparison less its possibly loaded words; the same object when it has none (so the
    highlights made for it off the GUI thread are found again)."""
    if not possible_count(comparison):
        return comparison
    f = comparison.framing
    loaded = tuple(tuple(t for t in side if t.score is None) for side in f.loaded_terms)
    headings = tuple(tuple(t for t in side if t.kind != "loaded_term" or t.score is None) for side in f.heading_terms)
    return replace(comparison, framing=replace(f, loaded_terms=loaded, heading_terms=headings))


def as_shown(comparison: Comparison, possible: bool) -> Comparison:
    return comparison if possible else without_possible(comparison)


def setting_value(raw) -> bool:
    """The remembered choice as QSettings returns it from an INI file (a string), or the default."""
    return stored_bool(raw, SHOWN_BY_DEFAULT)
