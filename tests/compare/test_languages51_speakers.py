"""Speakers in the languages the engine first read in session 31, by family: Baltic (Lithuanian,
Latvian), Finnic (Estonian beside Finnish), South Slavic (Slovenian, Bulgarian, Macedonian) and West
Iberian (Galician beside Portuguese): their speech verbs, pronouns and "according to" words as data
(speech_languages.json, read only in their own texts), and two abstentions every one of them asks:
a "he"/"she" whose paragraph holds someone else's speech verb and whose person was named before it
credits no one, and a quotation set between a word of its sentence and a speech verb with no comma
or dash holds a name, no words. Every person, place and body invented."""

from __future__ import annotations

from .helpers import quote_speakers

# Baltic: Lithuanian


def test_lithuanian_past_verb_after_the_quotation_then_the_name():
    text = ("Tiltas uždarytas\nPAUPYS – Rajono savivaldybė antradienį uždarė seną tiltą per upę.\n"
            "„Tiltas yra pavojingas, todėl negalime rizikuoti“, sakė inžinierius Jonas Petraitis. "
            "„Remontas truks iki vasaros“, pridūrė seniūnė Dalia Jankauskienė.\n")
    assert quote_speakers(text, "lt") == ["Jonas Petraitis", "Dalia Jankauskienė"]


def test_lithuanian_pronoun_after_the_verb_is_the_person_just_named():
    text = ("Tiltas uždarytas\nPAUPYS – Rajono savivaldybė antradienį uždarė seną tiltą per upę.\n"
            "Pensininkė Birutė Kazlauskienė gyvena prie tilto jau trisdešimt metų. „Dabar į parduotuvę eisiu valandą“, sakė ji.\n")
    assert quote_speakers(text, "lt") == ["Birutė Kazlauskienė"]


def test_lithuanian_name_in_marks_before_the_verb_is_no_quotation_of_anyone():
    # negative: '„Upės linijos“ pranešė' holds the carrier's name; its dropped subject is no one
    text = ("Autobusas nevažiuos\nPAUPYS – Nuo kovo autobusas į kaimus nebevažiuos. "
            "Vežėjas „Upės linijos“ pranešė, kad maršrutas yra nuostolingas ir jo atsisako.\n")
    assert quote_speakers(text, "lt") == [None]


# Baltic: Latvian


def test_latvian_past_verb_after_the_quotation_then_the_name():
    text = ("Tilts slēgts\nUPESCIEMS – Novada dome otrdien slēdza veco tiltu pār upi.\n"
            "“Tilts ir bīstams, un mēs nevaram riskēt,” sacīja inženieris Jānis Bērziņš. "
            "“Remonts ilgs līdz vasarai,” piebilda domes priekšsēdētāja Ilze Kalniņa.\n")
    assert quote_speakers(text, "lv") == ["Jānis Bērziņš", "Ilze Kalniņa"]


# Finnic: Estonian


def test_estonian_past_verb_after_the_quotation_then_the_name():
    text = ("Sild suleti\nJÕEKÜLA – Vald sulges teisipäeval vana silla üle jõe.\n"
            "„Sild on ohtlik ja me ei saa riskida,“ ütles valla ehitusspetsialist Toomas Kask. "
            "„Remont kestab suveni,“ lisas vallavanem Tiina Mets.\n")
    assert quote_speakers(text, "et") == ["Toomas Kask", "Tiina Mets"]


def test_estonian_ta_is_the_person_of_its_paragraph():
    text = ("Sild suleti\nJÕEKÜLA – Vald sulges teisipäeval vana silla üle jõe.\n"
            "Poepidaja Kersti Lepik ütleb, et sild on külale väga tähtis. „Nüüd sõidavad kõik ringiga,“ rääkis ta.\n")
    assert quote_speakers(text, "et") == ["Kersti Lepik"]


def test_estonian_ta_after_someone_else_spoke_in_its_paragraph_is_no_one_named_before():
    # negative: an unnamed crew member speaks in the paragraph; "ta" is not the engineer named before it
    text = ("Sild suleti\nJÕEKÜLA – Vald sulges teisipäeval vana silla üle jõe.\n"
            "„Sild on ohtlik,“ ütles valla ehitusspetsialist Toomas Kask.\n"
            "Üks praamitöötaja, kes ei soovinud oma nime avaldada, tunnistas, et praam on vana. „Talvel on raske,“ ütles ta.\n")
    assert quote_speakers(text, "et")[1] != "Toomas Kask"


def test_estonian_bare_role_noun_after_the_verb_is_the_person_named_beside_it():
    text = ("Sild suleti\nJÕEKÜLA – Vald sulges teisipäeval vana silla üle jõe.\n"
            "Jõeküla vallavanem Peeter Saar kinnitas, et vald otsib lahendust. „Teeme kõik, mis võimalik,“ lausus vallavanem.\n")
    assert quote_speakers(text, "et") == ["Peeter Saar"]


def test_estonian_bare_noun_after_the_verb_that_no_one_is_described_by_credits_no_one():
    # negative: no person of the article is called "teadlane"; the noun is no name of the engineer
    text = ("Sild suleti\nJÕEKÜLA – Vald sulges teisipäeval vana silla üle jõe.\n"
            "Valla ehitusspetsialist Peeter Saar kinnitas, et sild on ohtlik. „Talvel läheb hullemaks,“ sõnas teadlane.\n")
    assert quote_speakers(text, "et") == [None]


# South Slavic: Slovenian, Bulgarian, Macedonian


def test_slovenian_auxiliary_before_the_participle_then_the_name():
    text = ("Most zaprt\nPOTOK – Občina je v torek zaprla stari most čez reko.\n"
            "»Most je nevaren, ne moremo tvegati,« je povedal inženir Janez Kranjc. "
            "»Popravilo bo trajalo do poletja,« je dodala županja Maja Zupančič.\n")
    assert quote_speakers(text, "sl") == ["Janez Kranjc", "Maja Zupančič"]


def test_slovenian_dropped_subject_is_the_person_of_the_paragraph():
    text = ("Most zaprt\nPOTOK – Občina je v torek zaprla stari most čez reko.\n"
            "Trgovka Nina Kovač pravi, da je most za vas zelo pomemben. »Zdaj vsi vozijo naokoli,« je dejala.\n")
    assert quote_speakers(text, "sl") == ["Nina Kovač"]


def test_bulgarian_aorist_after_the_quotation_then_the_name_and_a_pronoun():
    text = ("Мостът е затворен\nРЕЧИЦА – Общината затвори в сряда стария мост над реката.\n"
            "„Мостът е опасен и не можем да рискуваме“, каза инженерът Иван Петров.\n"
            "Търговката Мария Иванова живее до моста. „Сега всички карат наоколо“, заяви тя.\n")
    assert quote_speakers(text) == ["Иван Петров", "Мария Иванова"]


def test_bulgarian_pronoun_after_someone_else_spoke_in_its_paragraph_is_no_one_named_before():
    # negative: an unnamed resident speaks in the paragraph; "той" is not the engineer of the paragraph before
    text = ("Мостът е затворен\nРЕЧИЦА – Общината затвори в сряда стария мост над реката.\n"
            "„Мостът е опасен“, каза инженерът Иван Петров.\n"
            "Един жител на селото, пожелал да остане анонимен, твърди, че мостът е бил опасен от години. "
            "„Писахме на общината три пъти“, каза той.\n")
    assert quote_speakers(text, "bg")[1] != "Иван Петров"


def test_macedonian_aorist_after_the_quotation_then_the_name():
    text = ("Мостот е затворен\nРЕЧИЦА – Општината во среда го затвори стариот мост над реката.\n"
            "„Мостот е опасен и не можеме да ризикуваме“, изјави инженерот Никола Стојанов.\n")
    assert quote_speakers(text, "mk") == ["Никола Стојанов"]


# West Iberian: Galician


def test_galician_preterite_after_the_quotation_with_the_name_set_off():
    text = ("Pechan a ponte\nRIBEIRA – O concello pechou o martes a vella ponte sobre o río.\n"
            "«A ponte é perigosa e non podemos arriscar», dixo o alcalde, Xoán Barreiro. "
            "«As obras durarán ata o verán», explicou a enxeñeira Iria Castro.\n")
    assert quote_speakers(text) == ["Xoán Barreiro", "Iria Castro"]


def test_galician_dropped_subject_is_the_person_of_the_paragraph():
    text = ("Pechan a ponte\nRIBEIRA – O concello pechou o martes a vella ponte sobre o río.\n"
            "A comerciante Uxía Lorenzo cre que a ponte é moi importante para a vila. «Agora todos dan a volta», asegurou.\n")
    assert quote_speakers(text, "gl") == ["Uxía Lorenzo"]


def test_portuguese_beside_the_galician_entry_keeps_its_speakers():
    # negative: a Portuguese text reads no Galician-only word and stays Portuguese
    text = ("Fecham a ponte\nRIBEIRA – A câmara fechou na terça-feira a velha ponte sobre o rio.\n"
            "«A ponte é perigosa e não podemos arriscar», disse o presidente da câmara, João Barreiro.\n")
    assert quote_speakers(text) == ["João Barreiro"]
