"""Speakers in Albanian (its speech verbs, "sipas", pronouns and the definite article it writes as a
noun's ending, as data in speech_languages.json, read only in Albanian texts), and a source noun
alone after the verb in a language that writes no article ("vysvetlila hovorkyňa", "отмечает
эксперт") or that writes "the" as the noun's ending ("paralajmëroi eksperti"): a definite
description, the person the quotation's paragraph named before it, or no one; an unnamed source
only when that paragraph names no one. Every person, place and body invented."""

from __future__ import annotations

from .helpers import quote_speakers

ALBANIAN_HEAD = "Stuhia dëmtoi urën e fshatit\nFUSHË-MALI – Një stuhi e fortë shkatërroi të shtunën urën e vjetër mbi lumë.\n"


def test_albanian_aorist_after_the_quotation_then_the_role_and_the_name():
    text = ALBANIAN_HEAD + ("„Ura ishte e rrezikshme prej vitesh“, tha inxhinieri Arben Kola. "
                            "„Punimet do të zgjasin deri në verë“, shtoi kryetarja e komunës Vjollca Meta.\n")
    assert quote_speakers(text, "sq") == ["Arben Kola", "Vjollca Meta"]


def test_albanian_pronoun_after_the_verb_is_the_person_just_named():
    text = ALBANIAN_HEAD + ("Mësuesja Teuta Gashi jeton pranë urës prej tridhjetë vjetësh. "
                            "„Tani fëmijët ecin një orë deri në shkollë“, deklaroi ajo.\n")
    assert quote_speakers(text, "sq") == ["Teuta Gashi"]


def test_albanian_text_is_guessed_without_a_declared_language():
    text = ALBANIAN_HEAD + ("„Ura ishte e rrezikshme prej vitesh“, tha inxhinieri Arben Kola, i cili punon në komunë "
                            "që nga viti 2010.\n")
    assert quote_speakers(text) == ["Arben Kola"]


def test_albanian_definite_noun_after_the_verb_is_the_person_of_its_paragraph():
    text = ALBANIAN_HEAD + ("Gjeologu Sokol Dervishaj thotë se lumi ka gërryer themelet e urës. "
                            "„Uji ngrihet çdo vit më shumë“, paralajmëroi eksperti.\n")
    assert quote_speakers(text, "sq") == ["Sokol Dervishaj"]


def test_albanian_definite_noun_with_no_one_named_in_its_paragraph_stays_a_description():
    # negative: no one named in the paragraph; the expert is no one named before
    text = ALBANIAN_HEAD + ("Gjeologu Sokol Dervishaj thotë se lumi ka gërryer themelet e urës.\n"
                            "Banorët kërkojnë një urë të re. „Uji ngrihet çdo vit më shumë“, paralajmëroi eksperti.\n")
    assert quote_speakers(text, "sq") == ["eksperti"]


def test_slovak_spokeswoman_after_the_verb_is_the_one_the_text_named_so():
    text = ("Pošta zatvára\nDOLNÁ VES – Pobočka pošty v obci sa zatvorí koncom mesiaca.\n"
            "Hovorkyňa pošty Lenka Marková pre denník uviedla, že pobočka je stratová. "
            "„Obyvatelia budú môcť využívať doručovateľa,“ vysvetlila hovorkyňa.\n")
    assert quote_speakers(text, "sk") == ["Lenka Marková"]


def test_russian_bare_noun_after_the_verb_is_the_person_of_its_paragraph():
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "Исследователь прессы Ирина Волкова считает, что это общая тенденция. "
            "«Без местной газеты люди узнают новости из слухов», — отмечает эксперт.\n")
    assert quote_speakers(text, "ru") == ["Ирина Волкова"]


def test_russian_bare_noun_whose_paragraph_names_another_is_no_one():
    # negative: the paragraph names a man, the verb says a woman spoke: neither he nor an unnamed expert
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "Глава района Пётр Зуев объяснил решение нехваткой денег. "
            "«Без местной газеты люди узнают новости из слухов», — отметила эксперт.\n")
    assert quote_speakers(text, "ru") == [None]


def test_russian_bare_noun_with_no_one_named_in_its_paragraph_stays_an_unnamed_source():
    # negative: the paragraph names no one: the expert is an unnamed source, as before
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "Многие читатели недовольны решением. «Без местной газеты люди узнают новости из слухов», — отметил эксперт.\n")
    assert quote_speakers(text, "ru") == ["эксперт"]


def test_macedonian_noun_before_a_preposition_titles_no_name_after_it():
    # "Биологот … од Природно-математичкиот факултет": the faculty is no biologist
    text = ("Помор на риба\nСУШИЦА – Илјадници мртви риби испливаа во реката.\n"
            "Биологот Ана Петровска од Природно-математичкиот факултет смета дека штетата е голема. "
            "„Загинале и ларвите“, објасни биологот.\n")
    assert quote_speakers(text, "mk") == ["Ана Петровска"]


# an unnamed source brought in by the sentence before, with no article ("Сотрудник администрации,
# попросивший …, признал") or after its "one" and a genitive ("Eräs kunnan työntekijä, joka …, arvioi"):
# the pronoun or the dropped subject after the quotation is that source


def test_russian_pronoun_after_a_bare_source_noun_opening_the_sentence_before():
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "Сотрудник администрации, попросивший не называть его имени, признал, что дело не только в деньгах. "
            "«Газета часто критиковала начальство», — сказал он.\n")
    assert quote_speakers(text, "ru") == ["Сотрудник администрации"]


def test_russian_pronoun_of_the_other_gender_is_not_that_source():
    # negative: "сказала она" after "Сотрудник …, признал": not him
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "Сотрудник администрации, попросивший не называть его имени, признал, что дело не только в деньгах. "
            "«Газета часто критиковала начальство», — сказала она.\n")
    assert quote_speakers(text, "ru") != ["Сотрудник администрации"]


def test_finnish_han_after_an_unnamed_source_with_its_genitive():
    text = ("Kirjastoauto lopettaa\nKYLÄ – Kunnan kirjastoauto ajaa viimeisen kierroksensa.\n"
            "Eräs kunnan työntekijä, joka ei halunnut nimeään julkisuuteen, arvioi, että säästö jää pieneksi. "
            "”Kotipalvelu vaatii lisää henkilökuntaa”, hän sanoo.\n")
    assert quote_speakers(text, "fi") == ["Eräs kunnan työntekijä"]


def test_albanian_pronoun_after_one_official_who_asked_not_to_be_named():
    text = ALBANIAN_HEAD + ("Një zyrtar i ministrisë, që kërkoi të mos përmendet emri, pranoi se fondi është bosh. "
                            "„Paratë nuk mjaftojnë për të gjithë“, tha ai.\n")
    assert quote_speakers(text, "sq") == ["Një zyrtar i ministrisë"]


def test_slovak_dropped_subject_after_one_of_a_group():
    text = ("Pošta zatvára\nDOLNÁ VES – Pobočka pošty v obci sa zatvorí koncom mesiaca.\n"
            "Jeden z doručovateľov, ktorý si neželal byť menovaný, však upozorňuje, že rajóny sú preťažené. "
            "„Ľudia budú čakať na peniaze do večera,“ povedal.\n")
    assert quote_speakers(text, "sk") == ["Jeden z doručovateľov"]


def test_russian_locative_office_with_its_adjective_before_the_noun():
    text = ("Газета закрывается\nОЗЁРНЫЙ – Районная газета выйдет в последний раз в декабре.\n"
            "В областном департаменте информационной политики сообщили, что «поддержка СМИ будет продолжена».\n")
    assert quote_speakers(text, "ru") == ["департамент информационной политики"]


def test_swiss_german_gemass_before_a_surname():
    text = ("Felssturz droht\nOBERDORF – Der Weiler wird evakuiert.\n"
            "Kantonsgeologe Urs Imhof sprach an einer Medienkonferenz. Gemäss Imhof ist ein Abbruch «sehr wahrscheinlich».\n")
    assert quote_speakers(text, "de") == ["Urs Imhof"]


def test_hungarian_body_writes_in_its_statement():
    text = ("Bezár az iskola\nFALU – Szeptembertől nem indul tanév a falu iskolájában.\n"
            "A tankerület közleményében azt írta, hogy „a döntés a gyermekek érdekét szolgálja”.\n")
    assert quote_speakers(text, "hu") == ["A tankerület"]
