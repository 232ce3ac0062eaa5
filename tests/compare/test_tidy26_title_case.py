"""Only-in's title-case window reads the one title-case test (title_case.capitalised_throughout,
title_cased's first-lower-case-word rule for words as written)."""

import re

from sidebyside.compare.only_in import _in_title_case
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.title_case import capitalised_throughout, title_cased
from sidebyside.settings import DEFAULT

_WORD = re.compile(r"\w[\w'’-]*")


def test_capitalised_throughout_is_title_cased_with_no_minimum():
    for line in ("Video Shows Dramatic Rescue of Kidnapped Girl", "Drivers for DoorDash and the Things app met",
                 "of the", "", "The Doobie Brothers Tour Dates"):
        words = _WORD.findall(line)
        assert capitalised_throughout(words) == title_cased(((w, w[0].isupper()) for w in words), 0)
    assert capitalised_throughout(["Rescue", "of", "Girl"])
    assert not capitalised_throughout(["Rescue", "of", "girl"])


def test_capitalised_throughout_reads_a_lazy_iterator_no_further_than_it_needs():
    seen = []
    words = iter(["Drivers", "met", "Things", "App"])
    assert not capitalised_throughout(w for w in words if not seen.append(w))
    assert seen == ["Drivers", "met"]


def test_only_in_title_case_window():
    headline = "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl\nThe girl was found on Sunday."
    start = headline.index("Kidnapped")
    assert _in_title_case(headline, start, start + len("Kidnapped Girl"), lexicon(), DEFAULT.compare.naming)
    prose = "Drivers for DoorDash and the Things app met on Sunday in Boston."
    start = prose.index("DoorDash")
    assert not _in_title_case(prose, start, start + len("DoorDash"), lexicon(), DEFAULT.compare.naming)
