"""reader32: "library — 3×, never in B" for an English article against a Japanese one that writes
図書館 in its headline and lead. Distinctive terms compare two outlets' words in one language."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms

_EN = ("The Westmoor Public Library will open on Sunday afternoons from May 4, the library board decided. "
       "Library director Lena Holt said the library survey showed Sunday was the day most often requested. "
       "The library will hire two librarians for the Sunday shifts, the library board said.")
_JA = "市立中央図書館は五月四日から日曜日の午後に開館すると発表した。図書館の館長は利用者の要望が多かったと述べた。"
_EN_OTHER = ("The Westmoor council will open the town hall on Sunday afternoons from May 4, the council decided. "
             "Council leader Lena Holt said residents had asked for it in a survey. "
             "The council will hire two clerks for the Sunday shifts, the council said.")


def test_two_articles_in_two_languages_have_no_distinctive_terms():
    assert distinctive_terms(_EN, _JA, languages=("en", "ja")) == ((), ())


def test_two_articles_in_one_language_keep_theirs():
    a, _b = distinctive_terms(_EN, _EN_OTHER, languages=("en", "en-GB"))
    assert any("library" in t.term for t in a)
    # a language the extractor could not tell is no reason to drop them
    a, _b = distinctive_terms(_EN, _EN_OTHER, languages=("en", None))
    assert any("library" in t.term for t in a)
