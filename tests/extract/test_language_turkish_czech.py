"""The one guesser tells Turkish by its dotless "ı" and Czech by its commonest words."""

from __future__ import annotations

from sidebyside.extract.language import guess_language

TURKISH = ("Belediye, sabah saatlerinde yaşanan arıza nedeniyle seferlerin yaklaşık üç saat "
           "yapılamadığını açıkladı. Yolcular duraklarda uzun süre bekledi ve birçoğu işine geç kaldı.")
CZECH = ("Vláda ve středu schválila návrh zákona, který má zrychlit výstavbu silnic. Podle ministra "
         "je to krok, který se dlouho odkládal a který už byl potřeba. Opozice je ale proti.")


def test_turkish_news_copy_is_turkish():
    assert guess_language(TURKISH) == "tr"


def test_a_turkish_place_name_in_an_english_text_leaves_it_english():
    text = ("The earthquake struck near Kırıkkale on Tuesday, the agency said, and rescue teams were "
            "sent from the capital to search the damaged buildings for survivors through the night.")
    assert guess_language(text) == "en"


def test_czech_is_told_by_its_words():
    assert guess_language(CZECH) == "cs"


def test_polish_stays_polish_beside_the_czech_list():
    polish = ("Rząd przyjął w środę projekt ustawy, który ma przyspieszyć budowę dróg. Według ministra "
              "to krok, na który czekano od dawna, ale opozycja jest przeciw i zapowiada, że nie poprze zmian.")
    assert guess_language(polish) == "pl"
