"""The one guesser tells the languages whose speakers the attribution engine reads since session 31:
Lithuanian and Latvian (Baltic), Estonian (Finnic, with Finnish as a close group), Slovenian (South
Slavic, with Croatian, Czech and Slovak as close groups), Macedonian and Bulgarian (Cyrillic) and
Galician (Estonian, Slovenian and Galician as variants of the languages whose words their text fills: Finnish;
Croatian, Czech, Slovak; Portuguese), each on a short paragraph. Every text written for the test."""

from __future__ import annotations

from sidebyside.extract.language import guess_language

LITHUANIAN = ("Vyriausybė trečiadienį pritarė įstatymo projektui, kuris turėtų paspartinti kelių statybą. Pasak ministro, "
              "tai žingsnis, kurio laukta jau seniai, tačiau opozicija yra prieš ir sako, kad jo nepalaikys.")
LATVIAN = ("Valdība trešdien atbalstīja likumprojektu, kam būtu jāpaātrina ceļu būvniecība. Pēc ministra teiktā, tas ir "
           "solis, kas bija vajadzīgs jau sen, bet opozīcija ir pret un saka, ka to neatbalstīs.")
ESTONIAN = ("Valitsus kiitis kolmapäeval heaks eelnõu, mis peaks kiirendama teede ehitust. Ministri sõnul on see samm, "
            "mida on kaua oodatud, aga opositsioon on vastu ja ütles, et seda ei toeta.")
FINNISH = ("Hallitus hyväksyi keskiviikkona lakiesityksen, jonka pitäisi nopeuttaa teiden rakentamista. Ministerin mukaan "
           "se on askel, jota on odotettu pitkään, mutta oppositio on sitä vastaan ja sanoo, että se ei tue sitä.")
SLOVENIAN = ("Vlada je v sredo sprejela predlog zakona, ki naj bi pospešil gradnjo cest. Po besedah ministra je to korak, "
             "ki ga že dolgo čakamo, opozicija pa je proti in pravi, da ga ne bo podprla.")
CROATIAN = ("Vlada je u srijedu prihvatila prijedlog zakona koji bi trebao ubrzati izgradnju cesta. Prema riječima "
            "ministra, to je korak koji se dugo odgađao i koji je već bio potreban. Oporba je ipak protiv i kaže da ga neće podržati.")
CZECH = ("Vláda ve středu schválila návrh zákona, který má zrychlit výstavbu silnic. Podle ministra "
         "je to krok, který se dlouho odkládal a který už byl potřeba. Opozice je ale proti.")
GALICIAN = ("O Goberno aprobou o mércores un proxecto de lei que debería acelerar a construción de estradas. Segundo o "
            "ministro, é un paso que xa se agardaba hai moito tempo, pero a oposición está en contra e di que non o apoiará.")
PORTUGUESE = ("O Governo aprovou na quarta-feira um projeto de lei que deverá acelerar a construção de estradas. Segundo o "
              "ministro, é um passo que já era esperado há muito tempo, mas a oposição está contra e diz que não o apoiará.")
MACEDONIAN = ("Владата во среда го усвои предлогот на законот што треба да ја забрза изградбата на патиштата. Според "
              "министерот, тоа е чекор што долго се чекаше, но опозицијата е против и вели дека нема да го поддржи.")
BULGARIAN = ("Правителството в сряда одобри законопроекта, който трябва да ускори строителството на пътища. Според "
             "министъра това е стъпка, която се чака отдавна, но опозицията е против и казва, че няма да го подкрепи.")


def test_lithuanian_is_told_by_its_words():
    assert guess_language(LITHUANIAN) == "lt"


def test_latvian_is_told_by_its_words():
    assert guess_language(LATVIAN) == "lv"


def test_estonian_is_estonian_not_finnish():
    assert guess_language(ESTONIAN) == "et"


def test_finnish_stays_finnish_beside_the_estonian_list():
    # negative: "ja", "on", "ei" tie; Finnish's own ("että", "mukaan", "mutta") decide
    assert guess_language(FINNISH) == "fi"


def test_slovenian_is_slovenian_not_croatian_or_czech():
    assert guess_language(SLOVENIAN) == "sl"


def test_croatian_and_czech_stay_beside_the_slovenian_list():
    # negative: the words of the South and West Slavic lists tie; each language's own decide
    assert guess_language(CROATIAN) == "hr"
    assert guess_language(CZECH) == "cs"


def test_galician_is_galician_not_portuguese():
    assert guess_language(GALICIAN) == "gl"


def test_portuguese_stays_portuguese_beside_the_galician_list():
    # negative: "o", "a", "de", "que" tie; Portuguese's own ("um", "já", "não", "há") decide
    assert guess_language(PORTUGUESE) == "pt"


def test_macedonian_and_bulgarian_are_told_apart():
    assert guess_language(MACEDONIAN) == "mk"
    assert guess_language(BULGARIAN) == "bg"


def test_too_short_a_baltic_text_is_no_guess():
    # negative: no guess is better than a wrong one
    assert guess_language("Pasak ministro") is None


def test_serbian_cyrillic_without_its_own_letters_is_told_from_macedonian_by_its_words():
    serbian = ("Влада је у среду прихватила предлог закона који би требало да убрза изградњу путева. Према речима "
               "министра, то је корак који се дуго чекао, али опозиција је против и каже да га не подржава.")
    assert guess_language(serbian) == "sr"


def test_russian_stays_russian_beside_the_macedonian_list():
    # negative: "и", "на", "не", "по" tie; Russian's own words decide, and Serbian's vote only after its letters
    russian = ("Правительство в среду одобрило законопроект, который должен ускорить строительство дорог. По словам "
               "министра, это шаг, которого долго ждали, но оппозиция против и говорит, что не поддержит его.")
    assert guess_language(russian) == "ru"


def test_a_short_portuguese_text_is_still_portuguese_its_variant_unshown():
    # negative: Galician is no language of the vote; only its own words make a text Galician
    text = ('O Governo apresentou na quarta-feira o plano para os agricultores da região. O ministro, Paulo '
            'Ribeiro, defendeu o texto perante os deputados. Segundo a associação, "o plano não muda nada".')
    assert guess_language(text) == "pt"
