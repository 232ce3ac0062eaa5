"""A listed phrase written as English lets it be written: one describing word where a noun phrase
opens inside it, or a comma between two coordinated describing words of it; a word written without its final
"g" ("lyin'") is the word (loaded28)."""

from sidebyside.compare.loaded import find_loaded_terms


def spans(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_loaded_terms(text)]


def test_a_describing_word_where_a_noun_phrase_opens_inside_a_listed_phrase():
    assert spans("Lorries crossed the valley with apparent impunity last year.") == ["with apparent impunity"]
    assert spans("The mayor of Orlenby got a slap on the proverbial wrist.") == ["slap on the proverbial wrist"]


def test_coordinated_describing_words_of_a_listed_phrase_joined_by_a_comma():
    assert spans("The council of Vessary wanted power and cold, hard cash.") == ["cold, hard cash"]
    assert spans("The council of Vessary wanted power and cold hard cash.") == ["cold hard cash"]


def test_literal_senses_and_other_inserted_words_stay_plain():
    assert spans("The court in Vessary ruled with apparent reluctance.") == []
    assert spans("The night in Orlenby was cold, hard and wet.") == []
    # a noun inside, or a word where no noun phrase opens, breaks the phrase
    assert spans("Lorries crossed the valley with border impunity.") == []
    assert spans("The miners were paid in cold, old hard cash.") == []


def test_a_word_written_without_its_final_g_is_the_word():
    assert spans("He kept lyin' to the voters of Orlenby.") == ["lyin"]
    assert spans("He kept lyin’ to the voters of Orlenby.") == ["lyin"]


def test_an_apostrophe_after_other_words_ending_in_in_changes_nothing():
    assert spans("They toured 'Berlin' and the old town of Orlenby.") == []
    assert spans("The tenants of 'Cabin' Row in Orlenby met on Monday.") == []
