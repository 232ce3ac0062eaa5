"""A description followed by "known as", "dubbed" or "called" and a name is that name
(compare/naming/descriptions.py), and a surname given an age is a name though it opens its
sentence (compare/naming/people.py), on hand-written pairs, negatives included."""

from __future__ import annotations


from .helpers import labels, naming_contrasts as contrasts


FELT_A = ("Mark Felt, who as a senior FBI official served as the shadowy source known as \"Deep Throat\" to "
          "reporter Bob Woodward, died on Thursday. Deep Throat helped bring down a president.")
FELT_B = "Mark Felt, the FBI official who was Deep Throat, died on Thursday. Deep Throat was never forgotten."


def test_a_source_known_as_a_name_is_that_name():
    found = contrasts(FELT_A, FELT_B)
    assert "the shadowy source" in labels(found["Deep Throat"], "a")


def test_a_company_called_a_name_is_that_name():
    found = contrasts(
        "A gunman opened fire at a company called Tall Grass Distribution on Friday. "
        "Tall Grass Distribution sells health products.",
        "A gunman opened fire at Tall Grass Distribution on Friday. Tall Grass Distribution sells health products.",
    )
    assert "a company" in labels(found["Tall Grass Distribution"], "a")


def test_called_as_a_verb_names_nothing():
    # "the police called Smith": a verb; "the phone called Flynn's phone": someone else's phone
    found = contrasts(
        "The officer called Karen Flynn on Friday. The pay-as-you-go phone called Flynn's phone six times. "
        "Karen Flynn was found later.",
        "Karen Flynn was found on Friday. Flynn had been called six times.",
    )
    flynn = [c for name, c in found.items() if "Flynn" in name]
    assert not any(label.startswith(("The officer", "The pay-as-you-go phone", "the officer"))
                   for c in flynn for label in labels(c, "a"))


# a surname opening its sentence, given an age


def test_a_surname_given_an_age_is_a_name_though_it_opens_the_sentence():
    found = contrasts(
        "A jury in Redwood City convicted Scott Peterson of murder on Friday. Scott Peterson showed no emotion.",
        "Peterson, 32, was convicted of murder on Friday.",
    )
    assert labels(found["Scott Peterson"], "b") == {"Peterson"}


def test_a_common_word_opening_a_sentence_is_no_name():
    found = contrasts(
        "A jury in Redwood City convicted Scott Peterson of murder on Friday.",
        "Yesterday, the jury convicted Scott Peterson of murder on Friday. Fortunately, 12 jurors agreed.",
    )
    assert not any(label in ("Yesterday", "Fortunately") for c in found.values() for label in labels(c, "b"))


# who gives the name is not the one named


def test_the_one_who_dubs_is_not_the_one_dubbed():
    # "the man their editor dubbed": the editor gives the name; the man bears it
    found = contrasts(
        "Mark Felt, the former FBI official who revealed himself as \"Deep Throat\", has died. Later, while "
        "Woodward and Bernstein relied on various unnamed sources, the man their editor dubbed \"Deep Throat\" "
        "helped to keep them on track.",
        "Mark Felt, who became Deep Throat, died on Thursday. Felt denied that he had been Deep Throat.",
    )
    assert not any("their editor" in labels(c, "a") for c in found.values())


def test_a_source_dubbed_a_name_after_a_comma_is_that_name():
    found = contrasts(
        "Mark Felt served as the shadowy source, dubbed \"Deep Throat\", for years. Deep Throat helped bring down a president.",
        "Mark Felt, the FBI official who was Deep Throat, died on Thursday. Deep Throat was never forgotten.",
    )
    assert "the shadowy source" in labels(found["Deep Throat"], "a")
