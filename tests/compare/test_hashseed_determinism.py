"""The comparison is the same whatever PYTHONHASHSEED: no output may depend on set or dict order
of strings (which Python salts per process), e.g. which spelling of a name is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PAIRS = [
    (SEEDS / "almayadeen-putin-erdogan-2023-01-16.txt", SEEDS / "moscowtimes-putin-assad-2023-03.txt"),
    (DATA / "e2e" / "meridian-convoy.html", DATA / "e2e" / "harbor-convoy.html"),
    (DATA / "e2e" / "harbor-convoy.copied.txt", DATA / "e2e" / "meridian-convoy.mhtml"),
    (DATA / "e2e" / "wadi-convoy.ar.html", DATA / "e2e" / "kurier-convoy.ru.html"),
]
# Seeds under which Python 3.11+ orders a set of the two spellings of DATELINE_A's capital differently.
HASH_SEEDS = ("0", "5", "7")

# One name spelt two ways, equally often: which one only_in shows must not depend on set order.
DATELINE_A = """Talks on grain exports resume in Geneva

By Jane Roe

WASHINGTON — The United States said on Monday it would back a new round of talks on grain exports, as officials in Washington weighed fresh sanctions.

"We want the ships to sail," a senior official told reporters. The talks in Geneva are due to start on Thursday, the United Nations said.

Diplomats from Turkey and Russia will attend, according to the State Department.
"""
DATELINE_B = """Grain talks to restart in Geneva this week

By John Doe

The United Nations said on Monday that talks on grain exports would resume in Geneva on Thursday.

"We want the ships to sail," a senior official said. Diplomats from Turkey and Russia will attend the meeting.
"""

# Two listed words each written mostly inside its own phrase ("points per", "per game"): which
# phrase is shown must not depend on the order of a set of terms.
PHRASES_A = """Sixers beat Knicks behind Iguodala

Andre Iguodala scored 28 points as the Sixers beat the Knicks 101-95 on Friday night.

Thaddeus Young is averaging 19.5 points per game this season, but Iguodala is averaging just 14.

Samuel Dalembert is averaging 6.9 points per contest, a drop of five points per game from last season. Elton Brand is down almost five points per game (5.1) since his return.

The Knicks, who lost for the fourth time in five games, host the Celtics on Sunday.
"""
PHRASES_B = """Knicks fall in Philadelphia

The New York Knicks lost 101-95 to the Philadelphia 76ers on Friday night, their fourth loss in five games.

Andre Iguodala led Philadelphia with 28 points. Nate Robinson scored 22 for New York.

"We did not defend in the fourth quarter," Knicks coach Mike D'Antoni said. The Knicks host the Celtics on Sunday.
"""

# Every pair's comparison JSON, as `sidebyside compare A B` prints it, in one process per seed.
_COMPARE_ALL = """
import contextlib, io, json, sys
from sidebyside.cli import main
out = []
for a, b in zip(sys.argv[1::2], sys.argv[2::2]):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["compare", a, b]) == 0
    out.append(json.loads(buf.getvalue()))
print(json.dumps(out, ensure_ascii=False))
"""


def _compare_all(hash_seed: str, pairs: list[tuple[Path, Path]]) -> list:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    args = [str(p) for pair in pairs for p in pair]
    proc = subprocess.run([sys.executable, "-c", _COMPARE_ALL, *args], capture_output=True, text=True,
                          timeout=600, env=env, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def _first_difference(a, b, where: str = "") -> str:
    if type(a) is not type(b):
        return f"{where}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{where}[{i}]")
    return f"{where}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def test_compare_output_does_not_depend_on_the_hash_seed(tmp_path):
    dateline = (tmp_path / "dateline-a.txt", tmp_path / "dateline-b.txt")
    dateline[0].write_text(DATELINE_A, encoding="utf-8")
    dateline[1].write_text(DATELINE_B, encoding="utf-8")
    phrases = (tmp_path / "phrases-a.txt", tmp_path / "phrases-b.txt")
    phrases[0].write_text(PHRASES_A, encoding="utf-8")
    phrases[1].write_text(PHRASES_B, encoding="utf-8")
    pairs = [*PAIRS, phrases, dateline]
    runs = {seed: _compare_all(seed, pairs) for seed in HASH_SEEDS}
    first = runs[HASH_SEEDS[0]]
    assert any(o["entity"].lower() == "washington" for o in first[-1]["framing"]["only_in"][0])
    for seed in HASH_SEEDS[1:]:
        for pair, a, b in zip(pairs, first, runs[seed]):
            assert a == b, (f"{pair[0].name} vs {pair[1].name}, PYTHONHASHSEED {HASH_SEEDS[0]} vs {seed}: "
                            + _first_difference(a, b))
