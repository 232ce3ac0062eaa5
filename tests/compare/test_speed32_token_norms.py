"""token_norms: a token list's folded words, read once per list and shared by the stages."""

from sidebyside.compare.tokens import Token, token_column, token_norms, tokenize, words_capitalised_inside, words_in_lower_case


def test_norms_of_a_tokenised_text_are_the_tokens_folded_words():
    tokens = tokenize("Mayor Ilse Varga's office said the Kovno ferry sails on Thursday.")
    assert token_norms(tokens) == [t.norm for t in tokens]
    assert token_norms(tokens) is token_norms(tokens)  # the one list, shared


def test_a_list_made_by_hand_gets_its_own_norms():
    first = tokenize("The Brenner dam opened.")
    made = [t._replace(norm="x" + t.norm) for t in first]  # same offsets, other words
    assert token_norms(made) == ["xthe", "xbrenner", "xdam", "xopened"]
    assert token_norms(first) == ["the", "brenner", "dam", "opened"]


def test_equal_lists_are_not_taken_for_one_another():
    text = "Harbour pilots of Tarvik struck."
    a, b = tokenize(text), tokenize(text)
    b_norms = token_norms(b)
    assert b_norms == token_norms(a)
    assert b_norms is not token_norms(a)


def test_many_lists_later_a_list_is_still_read_right():
    kept = tokenize("Ferries to Odrin resumed.")
    for k in range(20):
        tokenize(f"Line {k} of the timetable.")
    assert token_norms(kept) == ["ferries", "to", "odrin", "resumed"]
    assert token_norms([]) == []
    lone = [Token(0, 5, "Odrin", "odrin", True, True, False, "")]
    assert token_norms(lone) == ["odrin"]


def test_words_in_lower_case_are_read_once_per_list():
    tokens = tokenize("The Ferry Board said the ferry to Odrin sails. Odrin waits.")
    words = words_in_lower_case(tokens)
    assert words == {"said", "the", "ferry", "to", "sails", "waits"}
    assert "odrin" not in words and "board" not in words  # written with a capital only
    assert words_in_lower_case(tokens) is words
    other = tokenize("THE FERRY SAILS")
    assert words_in_lower_case(other) == frozenset()


def test_a_field_of_a_list_made_by_hand():
    made = [Token(0, 5, "Odrin", "odrin", True, True, False, ""), Token(6, 11, "ferry", "ferry", False, False, False, " ")]
    assert token_column(made, "start") == [0, 6]
    assert token_column(made, "cap") == [True, False]
    assert words_in_lower_case(made) == {"ferry"}


def test_words_capitalised_inside_a_sentence():
    tokens = tokenize("Ferries left Odrin. Odrin Harbour closed, said Ilse Varga.")
    words = words_capitalised_inside(tokens)
    assert words == {"odrin", "harbour", "ilse", "varga"}
    assert "ferries" not in words  # a capital only at the sentence's start
    assert words_capitalised_inside(tokens) is words


def test_a_comparison_lets_go_of_its_token_lists():
    import gc

    from sidebyside.compare import compare
    from sidebyside.compare.tokens import forget_token_lists
    from sidebyside.model import Article, Source

    def article(text: str) -> Article:
        return Article(source=Source(path=None, format="text"), text=text)

    compare(article("The Quelmoor ferry sailed on Thursday, the harbour board said."),
            article("Harbour pilots of Quelmoor struck on Friday, officials said."))
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Token) and o.text == "Quelmoor"]  # none outlives the comparison
    kept = tokenize("Ferries to Odrin resumed.")
    norms = token_norms(kept)
    forget_token_lists()
    assert token_norms(kept) == norms and token_norms(kept) is not norms  # read again after forgetting
