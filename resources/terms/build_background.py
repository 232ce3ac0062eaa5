"""Build background.tsv, the background English word frequencies used as the prior of the
distinctive-terms score (log-odds with an informative Dirichlet prior).

Development-time tool only: wordfreq is NOT a runtime dependency of SideBySide.

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python resources/terms/build_background.py > resources/terms/background.tsv
    /tmp/wf/bin/python resources/terms/build_background.py ar 5000 > resources/terms/background.ar.tsv
    /tmp/wf/bin/python resources/terms/build_background.py ru 5000 > resources/terms/background.ru.tsv

Output: a header comment, then one "word<TAB>zipf" line per word, most frequent first, for the
most frequent words of a language (English: 30,000; others: 5,000, enough for their function
words, so that Arabic or Russian prepositions are not "distinctive" of an Arabic or Russian text). Zipf is log10 of the frequency per billion words (2 decimals),
so a word's probability is 10 ** (zipf - 9). Data: wordfreq's English list, CC-BY-SA 4.0
(https://github.com/rspeer/wordfreq); see README.md in this directory.
"""

from __future__ import annotations

import sys

TOP_N = 30_000


def main() -> None:
    import wordfreq  # imported here: only this script needs it

    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else TOP_N
    out = sys.stdout
    from importlib.metadata import version as dist_version

    version = dist_version("wordfreq")
    out.write(f"# wordfreq {version} {lang}, "
              f"top {top_n}, zipf = log10(frequency per 1e9 words); CC-BY-SA 4.0\n")
    for word in wordfreq.top_n_list(lang, top_n):
        if not word or "\t" in word or "\n" in word:
            continue
        out.write(f"{word}\t{wordfreq.zipf_frequency(word, lang):.2f}\n")


if __name__ == "__main__":
    main()
