"""The one guesser tells Slovak from Czech (a close group: the words only one of them writes
decide) and Croatian by its commonest words. Every text written for the test."""

from __future__ import annotations

from sidebyside.extract.language import guess_language

SLOVAK = ("Vláda v stredu schválila návrh zákona, ktorý má zrýchliť výstavbu ciest. Podľa ministra "
          "je to krok, ktorý sa dlho odkladal a ktorý už bol potrebný. Opozícia je však proti a hovorí, že ho nepodporí.")
CROATIAN = ("Vlada je u srijedu prihvatila prijedlog zakona koji bi trebao ubrzati izgradnju cesta. Prema riječima "
            "ministra, to je korak koji se dugo odgađao i koji je već bio potreban. Oporba je ipak protiv i kaže da ga neće podržati.")
CZECH = ("Vláda ve středu schválila návrh zákona, který má zrychlit výstavbu silnic. Podle ministra "
         "je to krok, který se dlouho odkládal a který už byl potřeba. Opozice je ale proti.")


def test_slovak_is_slovak_not_czech():
    assert guess_language(SLOVAK) == "sk"


def test_czech_stays_czech_beside_the_slovak_list():
    # negative: the words both write tie; Czech's own ("se", "ve", "který", "podle") decide
    assert guess_language(CZECH) == "cs"


def test_croatian_is_told_by_its_words():
    assert guess_language(CROATIAN) == "hr"


def test_polish_stays_polish_beside_the_croatian_list():
    polish = ("Rząd przyjął w środę projekt ustawy, który ma przyspieszyć budowę dróg. Według ministra "
              "to krok, na który czekano od dawna, ale opozycja jest przeciw i zapowiada, że nie poprze zmian.")
    assert guess_language(polish) == "pl"
