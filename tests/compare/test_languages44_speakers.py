"""Speakers in other languages (issue 12), rules written from the read and tune sets in session 25.
A name in the genitive after Polish "według" / "zdaniem", Ukrainian "за словами", Russian "по словам"
or Czech "podle" is given in the nominative ("Andrzej Wojtas" of "Andrzeja Wojtasa") when its given
name is one of that language's given names of one sex in another form; a man's surname no ending of
the language fits keeps the form the article writes. Each with a case it must leave alone. Every
person, place and body invented."""

from __future__ import annotations

from .helpers import quote_speakers

_PL_LEAD = ("Most w Dębicy zamknięty\n"
            "DĘBICA (PAP) - Most na Wisłoce w Dębicy jest od poniedziałku zamknięty dla ruchu. "
            "Objazd wydłuża drogę o dwanaście kilometrów.\n")
_UK_LEAD = ("У Вербівці закрили міст\n"
            "ВЕРБІВКА. Міст через річку Вербу закрили для руху транспорту на два місяці.\n")


def test_polish_genitive_name_after_according_to_is_given_in_the_nominative():
    text = _PL_LEAD + "Według Tomasza Grabskiego „remont potrwa co najmniej pół roku”.\n"
    assert quote_speakers(text, "pl") == ["Tomasz Grabski"]
    text = _PL_LEAD + "Zdaniem Haliny Kopczyńskiej „objazd jest bezpieczny”.\n"
    assert quote_speakers(text, "pl") == ["Halina Kopczyńska"]
    text = _PL_LEAD + "Według Marka Zawiślaka „most był w złym stanie od lat”.\n"
    assert quote_speakers(text, "pl") == ["Marek Zawiślak"]


def test_ukrainian_genitive_name_after_a_role_noun_is_given_in_the_nominative():
    text = _UK_LEAD + "За словами інженерки Галини Гордієнко, «опори в доброму стані».\n"
    assert quote_speakers(text, "uk") == ["Галина Гордієнко"]
    text = _UK_LEAD + "За словами Оксани Мирошник, «ремонт триватиме два місяці».\n"
    assert quote_speakers(text, "uk") == ["Оксана Мирошник"]  # a woman's consonant surname stays undeclined
    text = _UK_LEAD + "За словами Петра Левченка, «роботи почнуться в понеділок».\n"
    assert quote_speakers(text, "uk") == ["Петро Левченко"]


def test_a_genitive_name_whose_given_name_is_unknown_keeps_the_form_the_article_writes():
    # "Radosława" is no given name of the Polish list: no nominative guessed, the name as written
    text = _PL_LEAD + "Według Radosława Gąsiorka „objazd jest za długi”.\n"
    assert quote_speakers(text, "pl") == ["Radosława Gąsiorka"]


def test_a_mans_surname_no_ending_fits_keeps_the_form_the_article_writes():
    # Russian "-ого" is the genitive of "-ой" and of "-ый": no ending guessed
    text = ("В Берёзовке закрыли мост\n"
            "БЕРЁЗОВКА. Мост через реку Берёзовку закрыли на ремонт до весны.\n"
            "По словам Ивана Белозёрского, «ремонт займёт четыре месяца».\n")
    assert quote_speakers(text, "ru") == ["Иван Белозёрский"]
    text = text.replace("Ивана Белозёрского", "Ивана Толстого")
    assert quote_speakers(text, "ru") == ["Ивана Толстого"]


def test_a_bare_role_noun_after_a_czech_verb_is_the_person_a_compound_of_it_titles():
    # "Samosoudkyně Hana Kroupová": a compound of "soudkyně" before a known given name titles her
    text = ("Soud v Berouně potrestal starostu\n"
            "Beroun (ČTK) - Okresní soud v Berouně v úterý uložil bývalému starostovi Lhotky Karlu Vránovi podmínku. "
            "Samosoudkyně Hana Kroupová mu připomněla výpověď účetní. „Svědkyně mluvila jasně“, uvedla soudkyně.\n")
    assert quote_speakers(text, "cs") == ["Hana Kroupová"]


def test_a_bare_role_noun_in_another_case_after_a_name_is_their_object_not_the_passage_person():
    # "pochválil brankáře": the goalkeeper is the captain's object; "brankář" then names no one
    text = ("Hokejisté Lhotky vyhráli\n"
            "Lhotka (ČTK) - Hokejisté Lhotky porazili Beroun 3:1.\n"
            "Kapitán Tomáš Vrána po zápase pochválil brankáře. „Chytal skvěle, jako vždy“, řekl brankář.\n")
    assert quote_speakers(text, "cs") != ["Tomáš Vrána"]


_CA_LINE = ("Tall de la línia R17\n"
            "LLEIDA – Els trens de la línia R17 deixaran de circular durant tres mesos.\n"
            "{}\n"
            "Una treballadora de Renfe que fa anys que treballa a l'estació de Vallmoura, i que ha preferit no dir el seu "
            "nom, assegura que la plantilla tampoc no sap què passarà.\n"
            "«Ningú no ens ha donat cap data», ha explicat la treballadora.\n")


def test_a_place_after_a_description_opening_its_sentence_is_no_surname():
    # "L'alcaldessa de Vallmoura": the town, no one's surname; the worker's own sentence names no one then
    text = _CA_LINE.format("L'alcaldessa de Vallmoura, Núria Ferrer, ha criticat el tall.")
    assert quote_speakers(text, "ca") == ["Una treballadora de Renfe"]


def test_a_surname_after_a_description_opening_its_sentence_is_still_a_surname():
    # "L'alcaldessa Núria Vallmoura": a name after the description, her surname; the worker's sentence names her
    text = _CA_LINE.format("L'alcaldessa Núria Vallmoura ha criticat el tall.")
    assert quote_speakers(text, "ca") == [None]


_DE_POOL = ("Freibad bleibt zu\n\nDas Freibad in Schotten bleibt in diesem Sommer geschlossen.\n\n{}\n")


def test_a_german_body_noun_with_its_article_speaks_its_reported_words_after_teilte_mit():
    text = _DE_POOL.format("Der Landkreis teilte mit, man prüfe „alle Möglichkeiten einer gemeinsamen Lösung“.")
    assert quote_speakers(text, "de") == ["Der Landkreis"]
    text = _DE_POOL.format("Der Verband teilte mit, die Becken würden im Mai „gründlich saniert“.")
    assert quote_speakers(text, "de") == ["Der Verband"]


def test_a_german_body_noun_with_no_speech_verb_speaks_nothing():
    text = _DE_POOL.format("Der Landkreis plant „alle Möglichkeiten einer gemeinsamen Lösung“.")
    assert quote_speakers(text, "de") == [None]


def test_a_spanish_club_speaks_as_such():
    text = ("El Sporting pierde en Vigo\n\nEl Sporting perdió el sábado en Balaídos por dos goles a uno.\n\n"
            "El club gallego, por su parte, pidió en un comunicado \"más respeto para los árbitros\".\n")
    assert quote_speakers(text, "es") == ["El club"]


_RU_BRIDGE = ("Мост закроют\n\nЗАРЕЧЬЕ. Мост через реку закроют на ремонт до весны.\n\n"
              "{} заявил, что «ремонт займёт четыре месяца».\n")


def test_a_three_letter_title_and_a_place_before_a_russian_name_are_no_part_of_it():
    assert quote_speakers(_RU_BRIDGE.format("Мэр Заречья Иван Костылев"), "ru") == ["Иван Костылев"]


def test_a_three_letter_title_right_before_a_given_name_leaves_the_name_whole():
    assert quote_speakers(_RU_BRIDGE.format("Мэр Иван Костылев"), "ru") == ["Иван Костылев"]


_SV_SCHOOL = ("Skolan stänger\n\nHammarviks skola stänger efter sommaren, meddelade kommunen på tisdagen.\n\n"
              "”Vi har kämpat i tre år”, säger {}, rektor på skolan.\n")


def test_a_swedish_given_name_that_is_an_english_word_opens_the_name():
    assert quote_speakers(_SV_SCHOOL.format("Per Lindqvist"), "sv") == ["Per Lindqvist"]


def test_the_english_word_is_still_no_name_in_an_english_text():
    text = 'Per Reuters, the school will close. "We fought for three years," said Ann Lindqvist, its head.'
    assert quote_speakers(text, "en") == ["Ann Lindqvist"]


_ZH_LEAD = "山村通了公交\n\n本报讯（记者 方宁）12月3日，青石县第一条山村公交线路正式开通。\n\n"


def test_a_chinese_pronoun_after_a_sentence_closed_by_the_copula_is_its_subject():
    text = _ZH_LEAD + "乘客周晓梅是第一次坐这趟车。她说车子“开得很稳，比走路快多了”。\n"
    assert quote_speakers(text, "zh") == ["乘客周晓梅"]


def test_a_chinese_pronoun_opening_the_second_clause_takes_up_the_first_clauses_subject():
    text = _ZH_LEAD + "三年级学生小禾第一次坐上公交车，她说车子“开得很稳”。\n"
    assert quote_speakers(text, "zh") == ["三年级学生小禾"]


def test_a_chinese_pronoun_after_a_clause_with_no_sure_end_of_its_subject_is_no_one():
    # "记者采访了周晓梅": the reporter is the subject, the name its object; no word closes a subject
    text = _ZH_LEAD + "记者采访了周晓梅，她说车子“开得很稳”。\n"
    assert quote_speakers(text, "zh") == [None]


_FR_STRIKE = ("Grève à l'usine de Vireux\n\n"
              "La grève des salariés de l'usine de Vireux se poursuit pour le troisième jour consécutif.\n\n{}\n")


def test_according_to_a_french_spokesperson_written_with_a_hyphen():
    text = _FR_STRIKE.format("Selon le porte-parole de la CGT, Marc Lenoir, « la situation est grave ».")
    assert quote_speakers(text, "fr") == ["Marc Lenoir"]
    text = _FR_STRIKE.format("Selon un porte-parole de la préfecture, « la situation est sous contrôle ».")
    assert quote_speakers(text, "fr") == ["un porte-parole"]


def test_according_to_a_hyphenated_word_of_no_source_names_no_one():
    text = _FR_STRIKE.format("Selon le grand-père de Lucas, « la situation est grave ».")
    assert quote_speakers(text, "fr") == [None]


_DE_STRIKE = ("Streik in Kassel\n\nDer Streik der Busfahrer in Kassel geht auch am dritten Tag in Folge weiter.\n\n{}\n")


def test_a_german_separable_verb_joined_in_a_wie_clause_relays_the_words():
    text = _DE_STRIKE.format("Die Lage sei „unter Kontrolle“, wie ein Sprecher der Stadt mitteilte.")
    assert quote_speakers(text, "de") == ["Sprecher der Stadt"]
    text = _DE_STRIKE.format("Die Stadt werde „alles tun“, wie Bürgermeisterin Anna Wendt bekanntgab.")
    assert quote_speakers(text, "de") == ["Anna Wendt"]


def test_a_german_wie_clause_with_no_speech_verb_relays_nothing():
    text = _DE_STRIKE.format("Die Lage sei „unter Kontrolle“, wie ein Sprecher der Stadt hoffte.")
    assert quote_speakers(text, "de") == [None]


_ES_STRIKE = ("Huelga en Vigo\n\n"
              "La huelga de los trabajadores del transporte urbano sigue en Vigo por tercer día consecutivo.\n\n{}\n")


def test_according_to_a_bare_plural_of_sources_credits_them_as_written():
    text = _ES_STRIKE.format("Según fuentes del Ayuntamiento, \"la situación está bajo control\".")
    assert quote_speakers(text, "es") == ["fuentes del Ayuntamiento"]
    text = _ES_STRIKE.format("Según fuentes municipales, la situación está \"bajo control\".")
    assert quote_speakers(text, "es") == ["fuentes municipales"]


def test_according_to_a_bare_plural_of_no_source_credits_no_one():
    text = _ES_STRIKE.format("Según datos del Ayuntamiento, \"la situación está bajo control\".")
    assert quote_speakers(text, "es") == [None]


def test_an_abbreviated_title_between_according_to_and_a_genitive_name():
    text = _PL_LEAD + "Według prof. Tomasza Grabskiego „remont potrwa pół roku”.\n"
    assert quote_speakers(text, "pl") == ["Tomasz Grabski"]
    text = _PL_LEAD + "Według eksperta prof. Tomasza Grabskiego „remont potrwa pół roku”.\n"
    assert quote_speakers(text, "pl") == ["Tomasz Grabski"]


def test_a_full_stop_after_a_word_of_no_title_ends_the_according_phrase():
    # "mostu." ends a sentence: "Tomasza Grabskiego" opens another, no name of the phrase
    text = _PL_LEAD + "Według eksperta mostu. Tomasza Grabskiego nikt nie pytał o „remont”.\n"
    assert quote_speakers(text, "pl") == [None]


def test_a_chinese_pronoun_after_a_sentence_whose_subject_at_closes():
    text = _ZH_LEAD + "退休的乡村医生赵志远在山里行医三十年。他表示，自己年纪大了，“走不动山路了”。\n"
    assert quote_speakers(text, "zh")[0].endswith("赵志远")


def test_a_chinese_pronoun_after_a_sentence_with_at_too_early_is_no_one():
    # "在山里": the sentence opens with the place, no name before "在"
    text = _ZH_LEAD + "在山里行医三十年的乡村医生很少。他表示，自己年纪大了，“走不动山路了”。\n"
    assert quote_speakers(text, "zh") == [None]


_DE_FIRE = ("Brand in Fulda\n\nFulda (dpa) - Nach dem Brand in einem Wohnhaus in der Innenstadt ermittelt die Polizei "
            "wegen Brandstiftung.\n\n{}\n")


def test_a_quotation_right_after_a_sentence_whose_subject_is_one_named_person_is_theirs():
    text = _DE_FIRE.format("Der Mieter Jonas Vehling hat bei dem Feuer seine Wohnung verloren. „Mir ist nichts geblieben.“")
    assert quote_speakers(text, "de") == ["Jonas Vehling"]
    text = ("Incendie à Vireux\n\nUn incendie a ravagé un entrepôt de la zone industrielle de Vireux dans la nuit.\n\n"
            "Son voisin Mathis Carrel se souvient de la nuit du drame. « Les flammes montaient jusqu'au toit. »\n")
    assert quote_speakers(text, "fr") == ["Mathis Carrel"]


def test_no_quotation_goes_to_a_name_that_is_no_subject_of_the_sentence_before():
    # the police are the subject, the tenant their object
    text = _DE_FIRE.format("Die Polizei befragte den Mieter Jonas Vehling am Abend. „Mir ist nichts geblieben.“")
    assert quote_speakers(text, "de") == [None]
    # a pronoun after the name set off by commas is the subject: the name is only described
    text = ("Incendie à Vireux\n\nUn incendie a ravagé un entrepôt de la zone industrielle de Vireux dans la nuit.\n\n"
            "Interrogée sur son voisin, M. Mathis Carrel, elle reste prudente. « Les flammes montaient jusqu'au toit. »\n")
    assert quote_speakers(text, "fr") != ["Mathis Carrel"]
    # a quotation that is no sentence of its own (a lower-case word opens it)
    text = _DE_FIRE.format("Der Mieter Jonas Vehling hat bei dem Feuer seine Wohnung verloren. „nichts geblieben“ stand auf einem Schild.")
    assert quote_speakers(text, "de") == [None]
