"""wordpattern.alternation: one pattern for one word list, whatever order the list comes in."""

import os
import re
import subprocess
import sys

from sidebyside.wordpattern import alternation


def test_longest_first_then_code_point_order():
    assert alternation({"sep", "sept", "may", "jun"}) == "sept|jun|may|sep"


def test_same_pattern_whatever_the_order_given():
    words = ["Mar", "März", "mars", "marzo", "Mai"]
    assert alternation(words) == alternation(reversed(words)) == alternation(set(words))


def test_a_set_gives_the_same_pattern_in_another_process():
    """Sets of str iterate in an order that changes with the process's hash seed; the per-user
    regex cache finds a pattern only when the next start builds the very same one."""
    code = ("from sidebyside.wordpattern import alternation;"
            "print(alternation({'alpha', 'gamma', 'delta', 'kappa', 'omega', 'sigma', 'theta'}))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(seen) == 1


def test_words_of_one_length_keep_matching_the_same_span():
    pattern = re.compile(r"\b(?:" + alternation({"new york", "new yorker"}, spaced=True) + r")\b", re.IGNORECASE)
    assert pattern.search("the New  Yorker said").group(0) == "New  Yorker"
    assert pattern.search("in new york today").group(0) == "new york"
    assert pattern.search("newyork") is None
