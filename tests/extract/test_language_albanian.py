"""The one guesser tells Albanian by its "ë" (about a tenth of its letters; the other languages of the
Latin lists write it only in a few words: Dutch "België", "officiële", French "Noël"), the language
whose speakers the attribution engine reads since session 33, on a short paragraph. Every text
written for the test."""

from __future__ import annotations

from sidebyside.extract.language import guess_language
from sidebyside.settings import LanguageSettings

ALBANIAN = ("Kryetari i bashkisë tha se qeveria do të ndihmojë fermerët që humbën prodhimin e tyre. "
            "Ai shtoi se dëmet janë të mëdha dhe se komisioni do të fillojë punën nesër.")
DUTCH_DENSE_WITH_DIAERESES = ("De financiële situatie van België is zorgwekkend, zei de minister. Volgens officiële "
                              "cijfers groeit de economie in Italië sneller dan hier, en de ideeën van de regering helpen niet.")
FRENCH_WITH_NOEL = ("Le marché de Noël ouvrira ses portes samedi sur la place de la mairie. Les commerçants "
                    "attendent plus de visiteurs que l'an dernier, et la ville a prévu des navettes gratuites.")


def test_albanian_is_albanian():
    assert guess_language(ALBANIAN) == "sq"


def test_a_dutch_paragraph_dense_with_diaereses_stays_dutch():
    # negative: five Dutch words with "ë" are 3.5 % of its letters, under the 5 % Albanian's "ë" reaches
    assert guess_language(DUTCH_DENSE_WITH_DIAERESES) == "nl"


def test_french_with_noel_stays_french():
    # negative: one word with "ë"
    assert guess_language(FRENCH_WITH_NOEL) == "fr"


def test_the_albanian_letter_share_is_a_setting():
    # a bound above any text's share of "ë" leaves the Albanian text to the word vote, where its
    # commonest words ("të", "dhe", "që") lead the Portuguese and Croatian lists' ("se", "do", "e", "i")
    # by too little for a guess
    assert guess_language(ALBANIAN, LanguageSettings(diaeresis_e_share=0.5)) is None
