"""stem_keys with spelling() written out, and WordClusters' one-word buckets and one-pass key
claims: the same keys and the same clusters as the plain definitions."""

from sidebyside.compare.matching import WordClusters
from sidebyside.compare.text import _ENDINGS, spelling, stem_keys

from .helpers import plain_clusters


def _plain_stem_keys(word: str) -> tuple[list[str], str | None]:
    """stem_keys as first written: spelling(), then the endings trie read by length."""
    if word.isdigit() or len(word) < 4 or len(word) > 40:
        return [word], None
    word = spelling(word)
    keys, node = [word], _ENDINGS
    for length in range(1, len(word) - 3):
        node = node.get(word[-length])
        if node is None:
            break
        if None in node:
            keys.append(word[:-length])
    return keys, word if len(word) >= 6 else None


def test_stem_keys_match_the_plain_definition():
    words = ["colour", "colours", "centre", "theatres", "defence", "licences", "travelled", "labelling",
             "normalisations", "organises", "relationships", "walking", "walked", "runs", "cat", "1234",
             "2020s", "abcd", "abcde", "x" * 40, "x" * 41, "isis", "tennis", "ball", "balls", "fullers"]
    for word in words:
        assert stem_keys(word) == _plain_stem_keys(word), word


def test_stem_keys_bring_spellings_together():
    assert stem_keys("colours")[0][0] == stem_keys("colors")[0][0] == "colors"
    assert stem_keys("travelled")[0][0] == "traveled"
    assert stem_keys("tennis")[0][0] == "tennis"  # "is" with no ending after it: no "-iz"
    assert stem_keys("cat") == (["cat"], None)


def test_clusters_are_the_plain_clusters():
    # two words of one spelling ("colour"/"color"), one letter apart, endings
    words = {"colour", "color", "colours", "colors", "coloured", "normalisation", "normalization", "abcdef",
             "abcxef", "abxdef", "travelled", "traveling", "kestrel", "quartz", "cat", "cot", "walked",
             "walker", "marathon", "maritime"}
    clusters = WordClusters(words)
    reference = plain_clusters(words)
    for a in words:
        for b in words:
            assert (clusters[a] == clusters[b]) == (b in reference[a]), (a, b)
    assert clusters["colour"] == clusters["color"] == clusters["colours"]
    assert clusters["marathon"] != clusters["maritime"]
    assert clusters["cat"] != clusters["cot"]
    assert sorted(set(clusters.ids.values())) == list(range(len(set(clusters.ids.values()))))


def test_a_number_meets_its_word():
    clusters = WordClusters({"three", "3", "sixty", "60", "seven", "8"})
    assert clusters["three"] == clusters["3"]
    assert clusters["sixty"] == clusters["60"]
    assert clusters["seven"] != clusters["8"]
