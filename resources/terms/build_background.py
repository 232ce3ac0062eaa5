"""Build background.tsv, the background English word frequencies used as the prior of the
distinctive-terms score (log-odds with an informative Dirichlet prior).

Development-time tool only: wordfreq is NOT a runtime dependency of SideBySide.

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python resources/terms/build_background.py > resources/terms/background.tsv

Output: a header comment, then one "word<TAB>zipf" line per word, most frequent first, for the
30,000 most frequent English words. Zipf is log10 of the frequency per billion words (2 decimals),
so a word's probability is 10 ** (zipf - 9). Data: wordfreq's English list, CC-BY-SA 4.0
(https://github.com/rspeer/wordfreq); see README.md in this directory.
"""

from __future__ import annotations

import sys

TOP_N = 30_000


def main() -> None:
    import wordfreq  # imported here: only this script needs it

    out = sys.stdout
    from importlib.metadata import version as dist_version

    version = dist_version("wordfreq")
    out.write(f"# wordfreq {version} English, "
              f"top {TOP_N}, zipf = log10(frequency per 1e9 words); CC-BY-SA 4.0\n")
    for word in wordfreq.top_n_list("en", TOP_N):
        if not word or "\t" in word or "\n" in word:
            continue
        out.write(f"{word}\t{wordfreq.zipf_frequency(word, 'en'):.2f}\n")


if __name__ == "__main__":
    main()
