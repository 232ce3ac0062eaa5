"""The one guesser tells Norwegian, Danish and Swedish apart by the words only one of them writes
(their commonest words tie), and Finnish by its commonest words at the smaller share a language that
joins its endings to its words gives them."""

from __future__ import annotations

from sidebyside.extract.language import guess_language

NORWEGIAN = ("Kommunen stengte svømmehallen i Molde etter at det ble funnet rust i taket. Det er ikke første "
             "gang hallen har hatt problemer, og foreldrene mener at noen må ta ansvar for det som har skjedd.")
DANISH = ("Kommunen lukkede svømmehallen i Vejle, efter at der blev fundet rust i loftet. Det er ikke første "
          "gang, hallen har haft problemer, og forældrene mener, at nogle af politikerne havde vidst det længe.")
SWEDISH = ("Kommunen stängde simhallen i Kalmar efter att det hittats rost i taket. Det är inte första gången "
           "hallen har haft problem, och föräldrarna menar att någon måste ta ansvar för det som har hänt.")
FINNISH = ("Kaupunki sulki uimahallin Porissa, koska katosta löytyi ruostetta. Hallissa on ollut ongelmia "
           "myös aiemmin, ja vanhempien mukaan joku on vastuussa siitä, mitä tapahtui viime viikolla.")


def test_norwegian_is_told_from_swedish_and_danish():
    assert guess_language(NORWEGIAN) == "nb"


def test_danish_is_told_from_norwegian_and_swedish():
    assert guess_language(DANISH) == "da"


def test_swedish_stays_swedish_beside_the_norwegian_and_danish_lists():
    assert guess_language(SWEDISH) == "sv"


def test_finnish_is_told_by_its_commonest_words():
    assert guess_language(FINNISH) == "fi"


def test_an_english_text_with_a_norwegian_name_stays_english():
    text = ("The ferry to Sandnessjøen was cancelled on Monday, the operator said, and passengers waited "
            "for hours in the cold at the quay while the company looked for a replacement vessel.")
    assert guess_language(text) == "en"
