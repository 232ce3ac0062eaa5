"""The one guesser tells Icelandic (by its "þ" and "ð", which no other language of the Latin lists
writes) and Serbian in Cyrillic, the two languages whose speakers the attribution engine reads
since session 32, each on a short paragraph. Every text written for the test."""

from __future__ import annotations

from sidebyside.extract.language import guess_language
from sidebyside.settings import LanguageSettings

ICELANDIC = ("Ríkisstjórnin samþykkti á miðvikudag frumvarp sem á að flýta vegagerð. Að sögn ráðherrans er þetta "
             "skref sem lengi hefur verið beðið eftir, en stjórnarandstaðan er á móti og segir að hún muni ekki styðja það.")
SERBIAN_CYRILLIC = ("Влада је у среду усвојила предлог закона који би требало да убрза изградњу путева. Према речима "
                    "министра, то је корак који се дуго чекао, али опозиција је против и каже да га неће подржати.")
DANISH_WITH_AN_ICELANDIC_NAME = ("Regeringen vedtog onsdag et lovforslag, som skal gøre vejbyggeriet meget hurtigere. "
                                 "Sigurður Guðmundsson siger, at det er et skridt, man længe havde ventet på, men nogle i "
                                 "oppositionen er imod og siger, at de ikke vil støtte det, fordi det har været dyrt.")
NORWEGIAN = ("Regjeringen vedtok onsdag et lovforslag som skal gjøre veibyggingen mye raskere. Ministeren sier at dette er et "
             "skritt som lenge har vært ventet, men noen i opposisjonen er imot og sier at de ikke vil støtte det etter "
             "det som skjedde i fjor.")


def test_icelandic_is_icelandic():
    assert guess_language(ICELANDIC) == "is"


def test_a_danish_text_naming_an_icelander_stays_danish():
    # negative: two words with "ð" are no Icelandic text (too few words, too small a share)
    assert guess_language(DANISH_WITH_AN_ICELANDIC_NAME) == "da"


def test_norwegian_stays_norwegian_beside_icelandic():
    # negative: "og", "er", "en" are Icelandic too; without "þ" and "ð" the word vote decides as before
    assert guess_language(NORWEGIAN) == "nb"


def test_the_icelandic_letters_share_is_a_setting():
    # a bound above any text's share of "þ" and "ð" leaves the Icelandic text to the word vote
    assert guess_language(ICELANDIC, LanguageSettings(thorn_eth_share=0.5)) != "is"


def test_serbian_in_cyrillic_is_serbian():
    assert guess_language(SERBIAN_CYRILLIC) == "sr"
