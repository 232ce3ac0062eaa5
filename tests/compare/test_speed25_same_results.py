"""Speed changes that must leave results as they were: each rewritten step gives what the
plain reading of it gives, on hand-written words and text (and cases where it must change nothing)."""

from __future__ import annotations

from sidebyside.compare.distinctive import outside_quotes
from sidebyside.compare.framing import article_views
from sidebyside.compare.naming.chain_tools import numbered_products
from sidebyside.compare.naming.chains import Ref
from sidebyside.compare.tokens import tokenize

from .helpers import article


def _plain_outside_quotes(tokens, spans):
    """The plain reading: every token tested against the spans, one at a time."""
    if not spans:
        return tokens
    out, cut = [], False
    for tok in tokens:
        if any(s <= tok.start < e for s, e in spans):
            cut = True
            continue
        out.append(tok._replace(gap="\n") if cut else tok)
        cut = False
    return out


def _spans_of(text: str, *quoted: str) -> list[tuple[int, int]]:
    spans = []
    for q in quoted:
        at = text.index(q)
        spans.append((at, at + len(q)))
    return sorted(spans)


TEXT = ('"We will rebuild," the mayor said on Monday. Critics called the plan "a fantasy" and '
        '"a waste". The council meets again "next week" "or later" to vote.')


def test_words_outside_quotations_as_the_plain_reading():
    tokens = tokenize(TEXT)
    cases = [
        [],
        _spans_of(TEXT, '"We will rebuild,"'),  # a quotation opening the text
        _spans_of(TEXT, '"a fantasy"', '"a waste"'),
        _spans_of(TEXT, '"next week"', '"or later"'),  # two quotations with no word between them
        _spans_of(TEXT, '"We will rebuild,"', '"a fantasy"', '"a waste"', '"next week"', '"or later"'),
        _spans_of(TEXT, "to vote."),  # a span closing the text
        [(len(TEXT) + 5, len(TEXT) + 9)],  # a span past the text: nothing left out
        [(TEXT.index("mayor") + 1, TEXT.index("mayor") + 3)],  # a span holding no token's start
    ]
    for spans in cases:
        assert outside_quotes(tokens, spans) == _plain_outside_quotes(tokens, spans), spans


def test_the_word_after_a_quotation_opens_a_clause():
    tokens = tokenize(TEXT)
    out = outside_quotes(tokens, _spans_of(TEXT, '"a fantasy"', '"a waste"'))
    words = [t.norm for t in out]
    assert "fantasy" not in words and "waste" not in words
    assert out[words.index("and")].gap == "\n"  # after "a fantasy"
    assert out[words.index("the")].gap != "\n"  # "the mayor": no quotation before it
    assert out[words.index("council")].gap == " "  # "The council": not the first word after the quotation


def test_versions_of_a_product_whose_keys_end_in_their_number():
    # only keys ending in a digit can be versions: the others are skipped before the pattern
    def products(text: str) -> set[str]:
        view = article_views(article(text), article(""))[0]
        refs = [Ref("text", e.start, e.end, e.text, "name", e.key, e.kind, e) for e in view.entities]
        return numbered_products(view, refs)

    assert products("Hackers attacked IE8 and IE9 on Monday. Microsoft said IE8 users should update.") == {"ie8", "ie9"}
    assert not products("Acme shipped the A380 on Monday. Acme said A380 buyers cheered.")  # one version alone
    assert not products("Acme shipped the Falcon on Monday. Acme said Falcon buyers cheered.")  # no number at all


def test_initials_before_a_surname():
    from sidebyside.compare.only_in import _initials_and_surname

    assert _initials_and_surname("p j carlesimo")
    assert _initials_and_surname("w carlesimo")
    assert not _initials_and_surname("pj carlesimo")  # a first word of two letters: no initial
    assert not _initials_and_surname("p j ng")  # a surname of two letters
    assert not _initials_and_surname("p")
    assert not _initials_and_surname("")


def test_a_run_of_function_words_only():
    from sidebyside.compare.entities_cuts import NameCuts

    assert NameCuts._function_words_only(tokenize("We're On It"))
    assert NameCuts._function_words_only(tokenize("Here We Are"))
    assert not NameCuts._function_words_only(tokenize("On Mars"))  # a name among them
    assert not NameCuts._function_words_only(tokenize("Acme Is Here"))


def test_a_headline_left_in_the_body_and_a_sentence_beside_a_name():
    # the title-case test reads the window's words inline: small words ("of", "the") are passed
    # over, the first other word in lower case makes the line a sentence
    from sidebyside.compare.only_in import _in_title_case
    from sidebyside.compare.termdata import lexicon
    from sidebyside.settings import DEFAULT

    def titled(text: str, name: str) -> bool:
        at = text.index(name)
        return _in_title_case(text, at, at + len(name), lexicon(), DEFAULT.compare.naming)

    headline = "Police found her.\n'We Got Her!' Video Shows Dramatic Rescue of the Kidnapped Girl\nShe is safe."
    assert titled(headline, "Kidnapped Girl")
    assert not titled("Police said the Video Shows Dramatic Rescue of the Kidnapped Girl.", "Kidnapped Girl")
    assert not titled("Video Shows Dramatic Rescue of the Kidnapped Girl, police said.", "Kidnapped Girl")
