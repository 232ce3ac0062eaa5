"""Which labels of a label contrast are painted: those the other outlet never uses."""

from sidebyside.highlights import collect
from sidebyside.labelpaint import WordIndex, label_words
from sidebyside.model import Article, Comparison, Framing, LabelContrast, Mention, Source


def _article(text: str, title: str | None = None) -> Article:
    return Article(source=Source(path=None, format="text"), text=text, title=title)


def _painted(a: Article, b: Article, *contrasts: LabelContrast) -> list[list[str]]:
    h = collect(Comparison(articles=(a, b), framing=Framing(label_contrasts=contrasts)))
    texts = (a.text, b.text)
    return [[texts[pane][x.start:x.end] for x in h.of_kind(pane, "label_contrast")] for pane in (0, 1)]


def test_a_label_both_outlets_use_is_not_painted_only_the_one_that_differs():
    a = _article("Syria and Damascus. The Kremlin said.")
    b = _article("Syria spoke. Kremlin aides said.")
    syria = LabelContrast(entity="Syria", a=(Mention(0, 5, "Syria"), Mention(10, 18, "Damascus")),
                          b=(Mention(0, 5, "Syria"),), kind="place")
    kremlin = LabelContrast(entity="Kremlin", a=(Mention(20, 31, "The Kremlin"),), b=(Mention(13, 20, "Kremlin"),))
    assert _painted(a, b, syria, kremlin) == [["Damascus"], []]
    damascus = collect(Comparison(articles=(a, b), framing=Framing(label_contrasts=(syria,)))).of_kind(0, "label_contrast")[0]
    assert damascus.counterpart == (0, 5) and "the other outlet says: Syria" in damascus.tip


def test_a_surname_the_other_outlet_writes_unlinked_is_still_its_word_but_not_the_verb():
    a = _article("Officer Jane Roe retired. Roe spoke.")
    chain_a = (Mention(0, 16, "Officer Jane Roe"), Mention(26, 29, "Roe"))
    b = _article("J. Roe, the officer, retired. Later Roe spoke.")  # B's chain holds only "J. Roe"
    contrast = LabelContrast(entity="Jane Roe", a=chain_a, b=(Mention(0, 6, "J. Roe"),), kind="person")
    assert _painted(a, b, contrast)[0] == ["Officer Jane Roe"]
    assert WordIndex(_article("Later Felt spoke.")).has("Felt")
    assert not WordIndex(_article("She felt it was fine.")).has("Felt")  # a one-word name keeps its capital


def test_the_other_outlets_headline_counts_and_an_article_makes_no_other_label():
    index = WordIndex(_article("Body text only.", title="The Turkish occupation ends"))
    assert index.has("Turkish occupation") and index.has("the Turkish occupation")
    assert not index.has("Turkish troops")
    assert label_words("the president") == ["president"] and label_words("The") == ["The"]
    assert label_words("Its chief executive") == ["chief", "executive"]
