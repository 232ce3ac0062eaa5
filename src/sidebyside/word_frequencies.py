"""The reading of a word-frequency list (``resources/terms/background*.tsv``: word<TAB>Zipf value,
"#" comments): one reader for the comparison's lexicon and the text extractor's name test, which
may not import each other. Nothing here imports more than the standard library and
``sidebyside.resources``.
"""

from __future__ import annotations

import functools

from sidebyside.parsed_cache import parsed
from sidebyside.resources import resource


def read_frequencies(tsv: str) -> tuple[list[str], list[float]]:
    """The words and Zipf values of a list, in file order; comments and lines without a word or
    a value are skipped.

    Tens of thousands of lines on the first comparison's path: split with whole-text string
    operations, and fall back to reading line by line only when a line is not one word, one tab,
    one value.
    """
    lines = [line for line in tsv.splitlines() if line and not line.startswith("#")]
    fields = "\t".join(lines).split("\t")
    words, zipfs = fields[0::2], fields[1::2]
    if len(fields) != 2 * len(lines) or not all(words) or not all(zipfs):
        pairs = [line.partition("\t") for line in lines]
        words = [word for word, _, zipf in pairs if word and zipf]
        zipfs = [zipf for word, _, zipf in pairs if word and zipf]
    return words, [float(zipf) for zipf in zipfs]


@functools.lru_cache(maxsize=1)
def english_zipf() -> dict[str, float]:
    """The shipped English list (terms/background.tsv), word -> Zipf value, as written."""
    return parsed("english-zipf", ("terms/background.tsv",), _read_english_zipf, lambda data: isinstance(data, dict))


def _read_english_zipf() -> dict[str, float]:
    words, values = read_frequencies(resource("terms").joinpath("background.tsv").read_text(encoding="utf-8"))
    return dict(zip(words, values))
