"""A distinctive term says "never in B": a word B's own headline or standfirst writes is no choice
of A's words, although B's body never uses it (read on the seed pair: "rapprochement" listed for
A while B's headline reads "Putin Eyes Rapprochement …")."""

from __future__ import annotations

from pathlib import Path

from sidebyside.compare import compare
from sidebyside.extract import extract_path

BODY_A = """Leaders discuss ties between the two neighbours

The two presidents discussed a rapprochement between their countries on Monday, officials said.

The rapprochement follows years of hostility over the border and the river dams.

Diplomats said the rapprochement could open trade routes closed since the war.

Both governments said talks would continue next month in the capital.

Farmers on the border welcomed the news and hoped the markets would reopen soon.
"""

BODY_B = """{headline}

The two presidents met on Monday to discuss relations between their countries, officials said.

The meeting follows years of hostility over the border and the river dams.

Diplomats said better relations could open trade routes closed since the war.

Both governments said talks would continue next month in the capital.

Farmers on the border welcomed the news and hoped the markets would reopen soon.
"""


def _terms_of_a(tmp_path: Path, headline_b: str) -> list[str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BODY_A, encoding="utf-8")
    b.write_text(BODY_B.format(headline=headline_b), encoding="utf-8")
    article_b = extract_path(str(b))
    assert article_b.title == headline_b and "rapprochement" not in article_b.text.casefold()
    return [t.term for t in compare(extract_path(str(a)), article_b).framing.distinctive_terms[0]]


def test_a_word_the_other_headline_writes_is_not_listed(tmp_path):
    assert "rapprochement" not in _terms_of_a(tmp_path, "Presidents seek rapprochement at summit")


def test_a_word_the_other_article_never_writes_is_listed(tmp_path):
    assert "rapprochement" in _terms_of_a(tmp_path, "Presidents meet at summit")
