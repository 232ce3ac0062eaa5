"""Reading each token once: the helpers that skip most tokens (or read each chain's mentions once)
find what a reading of every token finds."""

from __future__ import annotations

from sidebyside.compare.distinctive import (
    _abbreviation_parts,
    _ranked,
    count_terms,
    spelling_variants,
    term_occurrences,
)
from sidebyside.compare.loaded import _TitleCaseLines
from sidebyside.compare.naming.chain_tools import _description_gender, chain_texts
from sidebyside.compare.naming.chains import ArticleChains, Ref
from sidebyside.compare.naming.words import vocabulary
from sidebyside.compare.tokens import tokenize
from sidebyside.settings import DEFAULT


def _spans(text: str, found: dict[str, list[tuple[int, int]]]) -> dict[str, list[str]]:
    return {term: [text[s:e] for s, e in spans] for term, spans in found.items() if spans}


def test_term_occurrences_bigram_whose_second_word_is_wanted_alone_or_not():
    text = "The death penalty stays. Death, penalty and more: the death penalty again, death row."
    found = _spans(text, term_occurrences(tokenize(text), {"death penalty", "row"}))
    # "Death, penalty" crosses a comma: no bigram; "death row" is not wanted
    assert found == {"death penalty": ["death penalty", "death penalty"], "row": ["row"]}


def test_term_occurrences_number_between_words_breaks_the_bigram():
    text = "worst 2 hit, worst hit villages and the worst hit"
    found = _spans(text, term_occurrences(tokenize(text), {"worst hit", "hit"}))
    assert found == {"worst hit": ["worst hit", "worst hit"], "hit": ["hit", "hit", "hit"]}


def test_ranked_drops_a_term_mostly_inside_one_listed_before():
    filler = " ".join(f"plain{k} words here." for k in range(150))
    text = f"The worst hit villages. The worst hit villages. Rain fell. Rain fell. {filler}"
    tokens = tokenize(text)
    scored = [(5.0, "worst hit"), (4.0, "hit villages"), (3.0, "rain")]
    terms = [t.term for t in _ranked(scored, count_terms(text, tokens), tokens, len(text), DEFAULT.compare.lexical)]
    assert terms == ["worst hit", "rain"]


def test_ranked_keeps_a_term_mostly_written_apart():
    filler = " ".join(f"plain{k} words here." for k in range(150))
    text = f"The worst hit villages. Hit villages. Hit villages. Rain fell. Rain fell. {filler}"
    tokens = tokenize(text)
    scored = [(5.0, "worst hit"), (4.0, "hit villages"), (3.0, "rain")]
    terms = [t.term for t in _ranked(scored, count_terms(text, tokens), tokens, len(text), DEFAULT.compare.lexical)]
    assert terms == ["worst hit", "hit villages", "rain"]


def test_abbreviation_parts_read_at_full_stops_only():
    text = "The U.S. envoy met Rep. Jay Inslee, D-Wash., who spoke. The end. Next the envoy left the U.S. today."
    tokens = tokenize(text)
    parts = _abbreviation_parts(text, tokens, {"u", "s", "wash", "end", "envoy", "rep"})
    assert {"u", "s", "wash"} <= parts
    assert not parts & {"end", "envoy"}  # a sentence's last word, a word far from any full stop


def test_spelling_variants_endings_and_compounds():
    assert "color" in spelling_variants("colour")
    assert "protestors" in spelling_variants("protesters")
    assert "fire bomb" in spelling_variants("firebomb")
    assert spelling_variants("rain") == set()  # no ending of the table, too short to split


def test_title_case_lines_asked_token_by_token():
    text = "Bernie Sanders Is Crazy, But The Only Democrat\nhe said the plan would fail badly, with Some Capitals here\nOne"
    tokens = tokenize(text)
    lines = _TitleCaseLines(tokens)
    first = [k for k, t in enumerate(tokens) if t.norm in ("bernie", "democrat")]
    second = [k for k, t in enumerate(tokens) if t.norm in ("plan", "capitals")]
    last = len(tokens) - 1
    assert all(k in lines for k in first)
    assert not any(k in lines for k in second)
    assert last not in lines  # one word: too few to tell


def _ref(text: str, chain: str, start: int) -> Ref:
    return Ref("text", start, start + len(text), text, "description", chain, "person")


def test_description_gender_from_chain_texts_as_from_every_mention():
    chains = ArticleChains(refs=[
        _ref("the deputy", "role:deputy", 0), _ref("John Smith", "john smith", 20),
        _ref("a female deputy", "role:deputy", 40), _ref("the officer", "role:officer", 60),
    ])
    vocab = vocabulary()
    texts = chain_texts(chains)
    assert texts["role:deputy"] == ["the deputy", "a female deputy"]
    for chain in ("role:deputy", "role:officer", "role:absent"):
        assert _description_gender(chains, chain, vocab, texts) == _description_gender(chains, chain, vocab)
    assert _description_gender(chains, "role:deputy", vocab, texts) == "female"
    assert _description_gender(chains, "role:officer", vocab, texts) is None


def test_base_forms_of_derived_words_only():
    from sidebyside.compare.loaded import base_forms

    assert base_forms("happily") == ["happy", "happi", "happie", "happile"]
    assert base_forms("feebly") == ["feeb", "feebe", "feeble"]
    assert base_forms("sadness") == ["sad", "sadnes"]
    assert base_forms("rants") == ["rant"]
    assert base_forms("angry") == []  # a "y" of no "-ly"
    assert base_forms("rude") == [] and base_forms("") == []


def test_anchors_found_after_a_gap_are_the_anchor_pattern_s():
    from sidebyside.compare import times

    texts = [
        "Monday is here. On monday, the Mayday (Tuesday) -March 3 and 4 May",
        "tuesday opens the text", "Sunday's game; yesterday—today", "ſunday KMarch İs mayor", "", "May",
    ]
    for text in texts:
        assert list(times._anchors(text)) == [m.span() for m in times._anchor().finditer(text)]
    found = [texts[0][s:e] for s, e in times._anchors(texts[0])]
    assert found == ["Monday", "monday", "Tuesday", "March", "May"]  # never "Mayday"


def test_sentence_of_an_offset_read_back_to_the_break():
    from sidebyside.compare.loaded import _sentence_of

    text = "  One plain sentence here. A second, with words! Third line\nFourth part"
    tokens = tokenize(text)
    sentence = _sentence_of(tokens)
    assert sentence(0) == -1  # before the first token
    at = {t.norm: sentence(t.start) for t in tokens}
    assert at["one"] == at["here"] == 0
    assert at["a"] == at["second"] == at["words"] != at["here"]
    assert at["third"] == at["line"] != at["words"]
    assert at["fourth"] != at["line"]
    assert sentence(text.index("words") + 2) == at["words"]  # inside a word: its token's sentence


def test_name_words_count_only_the_words_asked():
    from sidebyside.compare.loaded import NameWords, _TitleCaseLines

    text = "Williams won. Then said Williams again, and fans cheered Greedy. A greedy man. Greedy left."
    tokens = tokenize(text)
    names = NameWords(tokens, _TitleCaseLines(tokens), [], True)
    assert "williams" in names
    assert set(names.known) == {"williams"}  # no other word's tokens were read
    assert "greedy" not in names and "fans" not in names  # once in lower case; never capitalised


def test_name_words_count_hits_added_after_them_and_any_word_asked():
    from sidebyside.compare.loaded import NameWords, _TitleCaseLines

    text = "Williams won. Then said Williams again, and fans cheered Greedy. A greedy man. They said Amnesty. Then praised Amnesty."
    tokens = tokenize(text)
    at = {t.norm: k for k, t in enumerate(tokens)}
    hits = [(at["greedy"], 1, ("greedy", "evaluative"))]
    capital = NameWords(tokens, _TitleCaseLines(tokens), hits, True)
    hits.append((at["williams"], 1, ("williams", "evaluative")))  # a later rule's hit
    assert "williams" in capital and "greedy" not in capital
    assert "amnesty" in capital  # no hit's word: counted when asked
    assert "fans" not in capital
