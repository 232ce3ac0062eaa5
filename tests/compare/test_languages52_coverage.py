"""Speakers in Icelandic and in Serbian Cyrillic (coverage as data: resources/attribution/speech_languages.json
"is", and "sr" written from "hr" by build_serbian_cyrillic.py), the first and second persons of the
speech verbs of the languages added in session 31 (their dropped subject is no one the passage is
about), and a "he"/"she" after a quotation whose own verb is the only speech verb of its paragraph.
Every person, place and body invented."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from .helpers import quote_speakers

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "attribution"

# Icelandic

ICELANDIC_OPENING = ("Brú lokað vegna viðgerða\nVEGUR – Brúin yfir ána var lokuð í gær og verður lokuð í tvær vikur. "
                     "Þeir sem búa við ána þurfa að aka langa leið.\n")


def test_icelandic_speech_verb_after_the_quotation_and_a_person_named_again_by_the_given_name():
    # the patronymic is no family name: "segir Sigurður" is Sigurður Magnússon, never Helgi Magnússon
    text = (ICELANDIC_OPENING
            + "„Við þurftum að loka henni strax,“ segir Helgi Magnússon, verkstjóri hjá Vegagerðinni. "
            "Sigurður Magnússon, bóndi við ána, er ósáttur. „Ég þarf að aka hundrað kílómetra aukalega,“ segir Sigurður.\n"
            "„Viðgerðin tekur tvær vikur,“ sagði Helgi.\n")
    assert quote_speakers(text) == ["Helgi Magnússon", "Sigurður Magnússon", "Helgi Magnússon"]


def test_icelandic_pronoun_after_the_verb_and_the_genitive_after_ad_sogn():
    text = (ICELANDIC_OPENING
            + "Kristín Pétursdóttir rekur verslun við brúna. Að sögn Kristínar hefur salan minnkað um helming. "
            "„Það kemur enginn lengur,“ sagði hún.\n")
    assert quote_speakers(text) == ["Kristín Pétursdóttir"]


def test_icelandic_pronoun_after_someone_else_s_speech_in_its_paragraph_credits_no_one():
    # negative: an unnamed employee told something before the quotation; "hann" has no second cue for Páll
    # (it is that employee, the source the sentence before brings in: test_languages53_speakers.py)
    text = (ICELANDIC_OPENING
            + "„Við þurftum að loka henni strax,“ segir Páll Gunnarsson verkstjóri.\n"
            "Starfsmaður bæjarskrifstofunnar, sem vildi ekki láta nafns síns getið, segir að kvartanir hafi borist. "
            "„Síminn hefur ekki stoppað,“ sagði hann.\n")
    assert quote_speakers(text) == ["Páll Gunnarsson", "Starfsmaður bæjarskrifstofunnar"]


def test_icelandic_words_are_read_only_in_icelandic_texts():
    # negative: "segir" in a Danish text is no speech verb there
    text = ("Broen er lukket\nBROEN – Broen over åen blev lukket i går, og den er lukket i to uger.\n"
            "»Vi måtte lukke den med det samme,« segir Helgi Magnússon.\n")
    assert quote_speakers(text, "da") == [None]


# Serbian in Cyrillic


SERBIAN = ("Мост затворен\nБЕОГРАД – Мост преко реке затворен је јуче због радова на санацији.\n"
           "„Мост је у лошем стању и морамо га поправити”, рекао је инжењер Милан Петровић. "
           "Према речима Петровића, радови ће трајати месец дана.\n"
           "Јелена Николић, која живи поред моста, незадовољна је. „Сада морам да идем десет километара около”, каже она.\n")


def test_serbian_cyrillic_clitic_auxiliary_after_the_participle_then_the_name_and_a_pronoun():
    assert quote_speakers(SERBIAN) == ["Милан Петровић", "Јелена Николић"]


def test_serbian_in_latin_letters_reads_the_same_words():
    spec = importlib.util.spec_from_file_location("build_serbian_cyrillic", RESOURCES / "build_serbian_cyrillic.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    latin = ("Most zatvoren\nBEOGRAD – Most preko reke zatvoren je juče zbog radova na sanaciji.\n"
             "„Most je u lošem stanju i moramo ga popraviti”, saopštio je inženjer Milan Petrović.\n")
    assert quote_speakers(latin) == ["Milan Petrović"]
    assert build.to_cyrillic("saopštio Ljubica Đorđević Džajić") == "саопштио Љубица Ђорђевић Џајић"


def test_the_serbian_cyrillic_entry_is_the_latin_one_transliterated():
    # one source, two scripts: "sr" is what build_serbian_cyrillic.py writes from "hr", never edited alone
    spec = importlib.util.spec_from_file_location("build_serbian_cyrillic", RESOURCES / "build_serbian_cyrillic.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    data = json.loads((RESOURCES / "speech_languages.json").read_text(encoding="utf-8"))
    assert data["sr"] == build.cyrillic_entry(data["hr"])
    assert "рекао" in data["sr"]["verbs"]["say"] and data["sr"]["pronouns"] == {"он": "he", "она": "she"}


def test_serbian_cyrillic_words_are_not_read_in_a_russian_text():
    # negative: "рекао" is no Russian verb; a Russian text reads only the shared lists
    text = ("Мост закрыт\nМОСКВА – Мост через реку закрыли вчера из-за ремонта, и он будет закрыт месяц.\n"
            "«Мост в плохом состоянии», рекао Иван Петров.\n")
    assert quote_speakers(text, "ru") == [None]


# First and second persons of the languages of session 31


LATVIAN = ("Tilts slēgts\nRĪGA – Tilts pār upi vakar tika slēgts, un tas ir bijis slēgts arī pirms gada, kad uz tā bija "
           "plaisas. Pēc pārbaudes būs lēmums, vai tiltu var atvērt. Arī iedzīvotāji ir neapmierināti, jo līdz pilsētai "
           "tagad jābrauc ar apli.\nBūvinženieris Andris Kalniņš pārbaudīja tiltu. „Tilts ir bīstams,” teica Kalniņš.\n")


def test_a_latvian_third_person_with_its_subject_dropped_is_the_person_the_passage_is_about():
    assert quote_speakers(LATVIAN + "„Remonts ilgs mēnesi,” apgalvo.\n") == ["Andris Kalniņš", "Andris Kalniņš"]


def test_a_latvian_first_person_with_its_subject_dropped_credits_no_one():
    # negative: "I said", "I claim": the writer's or a quoted speaker's own words, not Kalniņš's
    assert quote_speakers(LATVIAN + "„Es jums to jau sen sacīju,” apgalvoju.\n") == ["Andris Kalniņš", None]
    assert quote_speakers(LATVIAN + "„Es jums to jau sen sacīju,” teicu.\n") == ["Andris Kalniņš", None]


def test_a_galician_first_person_credits_no_one_and_the_third_person_the_person_named():
    text = ("Ponte pechada\nLUGO – A ponte sobre o río pechou onte.\n"
            "O enxeñeiro Xosé Pereira revisou a ponte. «A ponte é perigosa», dixo Pereira.\n")
    assert quote_speakers(text + "«Xa o dixen hai meses», aseguro.\n") == ["Xosé Pereira", None]
    assert quote_speakers(text + "«Xa o dixen hai meses», asegura.\n") == ["Xosé Pereira", "Xosé Pereira"]


# A pronoun after a quotation: its own verb is no one else's speech


def test_a_bulgarian_pronoun_after_the_quotation_with_only_its_own_verb_in_its_paragraph():
    text = ("Мостът е затворен\nСОФИЯ – Мостът над реката беше затворен вчера.\n"
            "Кметът Иван Петров обясни, че ремонтът ще продължи месец.\n"
            "„Нямаме друг избор, мостът е опасен“, каза той.\n")
    assert quote_speakers(text) == ["Иван Петров"]


def test_a_bulgarian_pronoun_after_someone_else_told_something_in_its_paragraph_still_credits_no_one():
    # negative: the villager's "твърди" before the quotation is someone else's speech than the mayor's
    # (the villager's own: the source the sentence before brings in, test_languages53_speakers.py)
    text = ("Мостът е затворен\nСОФИЯ – Мостът над реката беше затворен вчера.\n"
            "Кметът Иван Петров обясни, че ремонтът ще продължи месец.\n"
            "Един жител на селото, който не пожела да се представи, твърди, че никой не ги е питал. "
            "„Никой не ни каза нищо“, каза той.\n")
    assert quote_speakers(text) == ["Един жител на селото"]


# "According to" phrases and main speech verbs the read batches' languages lacked


def test_portuguese_and_italian_considera_with_a_label_in_marks_is_the_subject_s_words():
    text = ("Hospital fecha urgência\nSERPA – O hospital vai fechar a urgência pediátrica.\n"
            "O presidente da câmara, Rui Almeida, considera a decisão «inaceitável» e vai pedir uma reunião.\n")
    assert quote_speakers(text, "pt") == ["Rui Almeida"]
    text = ("Chiude il cinema\nCASTELMONTE – Il cinema Aurora chiude dopo sessant'anni.\n"
            "Il sindaco Paolo Rossi considera la chiusura «una sconfitta per tutti».\n")
    assert quote_speakers(text, "it") == ["Paolo Rossi"]


def test_an_italian_passive_considerato_names_no_speaker():
    # negative: "considerato «…» dalla critica" is what others call the film, not the manager's words
    text = ("Chiude il cinema\nCASTELMONTE – Il cinema Aurora chiude dopo sessant'anni.\n"
            "Il gestore Paolo Rossi ha mostrato la sala. Il film, considerato «un capolavoro» dalla critica, "
            "sarà proiettato l'ultima sera.\n")
    assert quote_speakers(text, "it") == [None]


def test_lithuanian_anot_before_a_genitive_is_according_to_no_name_of_its_own():
    # "Anot Kazlausko" is no person: the pronoun after is the engineer named before
    text = ("Tiltas uždarytas\nVILNIUS – Tiltas per upę vakar buvo uždarytas, nes jis yra pavojingas ir jo remontas "
            "truks mėnesį. Gyventojai nepatenkinti, kad dabar reikia važiuoti aplinkui.\n"
            "Inžinierius Tomas Kazlauskas tiltą patikrino. Anot Kazlausko, remontas truks mėnesį. "
            "„Tiltas yra pavojingas“, sakė jis.\n")
    assert quote_speakers(text) == ["Tomas Kazlauskas"]


def test_the_present_of_ukrainian_and_greek_verbs_of_report():
    text = ("Міст закрито\nКИЇВ – Міст через річку вчора закрили на ремонт.\n"
            "«Міст у поганому стані, ремонт триватиме місяць», — стверджує інженер Олег Бондар.\n")
    assert quote_speakers(text) == ["Олег Бондар"]
    text = ("Κλειστή η γέφυρα\nΑΘΗΝΑ – Η γέφυρα έκλεισε χθες για επισκευές.\n"
            "«Η γέφυρα είναι επικίνδυνη», επισημαίνει ο μηχανικός Νίκος Παπαδόπουλος.\n")
    assert quote_speakers(text) == ["Νίκος Παπαδόπουλος"]


# The he/she abstention after someone else's speech, in every language with he/she pronouns


UKRAINIAN = ("Міст закрито\nКИЇВ – Міст через річку вчора закрили на ремонт.\n"
             "«Міст у поганому стані», — сказала інженерка Ольга Бондар.\n")


def test_a_ukrainian_pronoun_after_an_unnamed_speaker_s_own_speech_in_its_paragraph_credits_no_one():
    # the bus driver, unnamed, told something before the quotation: "вона" has no second cue for Bondar
    text = (UKRAINIAN + "Водійка автобуса, яка попросила не називати її прізвища, стверджує, що об'їзд займає годину. "
            "«Ми щодня запізнюємося», — сказала вона.\n")
    assert quote_speakers(text) == ["Ольга Бондар", None]


def test_a_ukrainian_pronoun_with_only_its_own_verb_in_its_paragraph_is_the_person_named_before():
    # negative of the abstention: no one else spoke in the pronoun's paragraph
    assert quote_speakers(UKRAINIAN + "«Ремонт триватиме місяць», — сказала вона.\n") == ["Ольга Бондар", "Ольга Бондар"]


def test_every_entry_with_he_and_she_pronouns_sets_the_abstention():
    data = json.loads((RESOURCES / "speech_languages.json").read_text(encoding="utf-8"))
    assert all(entry.get("pronoun_other_speech_abstains") for key, entry in data.items()
               if key != "about" and set(entry.get("pronouns", {}).values()) & {"he", "she"})
