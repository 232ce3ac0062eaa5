"""Where the seed captures and their expected facts live (importable as `seed_paths` from any test).

A module of its own, because every test folder may have a conftest.py and `from conftest import`
would pick whichever one was imported first.
"""

from __future__ import annotations

from pathlib import Path

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"
REPO_DIR = TESTS_DIR.parent
SEEDS_DIR = REPO_DIR / "seeds"

# expected.json names the seeds by their original capture ids.
SEED_FILES = {
    "000_a3fc94989bcf1aa3.txt": SEEDS_DIR / "almayadeen-putin-erdogan-2023-01-16.txt",
    "003_4bdb4dddb84b4767.txt": SEEDS_DIR / "moscowtimes-putin-assad-2023-03.txt",
}
SEED_EXPECTED = DATA_DIR / "seeds_expected.json"
