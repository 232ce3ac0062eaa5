"""A whole comparison leaves no reference cycle behind: everything it builds (token lists,
attribution, naming chains) is freed by reference counting when the result is dropped, so the
cyclic collector's pass when the comparison ends (compare() pauses it while it runs) finds
nothing. A cycle there held both articles' tokens until that pass, 3-5 % of a 10k-word pair's CPU."""

from __future__ import annotations

import gc

from sidebyside.compare import compare
from sidebyside.extract import extract_path

A = (
    "Quarry blast shakes village\n\n"
    "A blast at the Dunmore quarry shook homes in Kelvale on Monday, the operator said.\n\n"
    '"We heard a bang and the windows rattled," said resident Ann Rigby.\n\n'
    "Putin and Erdogan underlined their support for the talks, the Kremlin said. "
    "Police Chief Tom Hale said the site was closed."
)
B = (
    "Village rocked by quarry explosion\n\n"
    "An explosion at a quarry near Kelvale rattled windows on Monday, according to the company.\n\n"
    '"We heard a bang," local woman Ann Rigby told reporters. The police chief, Tom Hale, '
    "closed the site."
)


def _garbage_after(build) -> int:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        build()
        return gc.collect()
    finally:
        if was_enabled:
            gc.enable()


def test_a_comparison_leaves_nothing_for_the_cyclic_collector(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    a, b = extract_path(tmp_path / "a.txt"), extract_path(tmp_path / "b.txt")
    compare(a, b)  # (first run: caches that live for the process are filled here)
    assert _garbage_after(lambda: compare(a, b)) == 0


def test_the_check_sees_a_cycle():
    def build():
        node: dict = {}
        node["self"] = node

    assert _garbage_after(build) > 0
