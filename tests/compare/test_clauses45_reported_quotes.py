"""Quotations inside the clause a speech verb reports (issue 12, session 23): "Añadió que el
Ayuntamiento no verá «ni un euro»", "La ministre lui a répondu que « … »". In a language that drops
subjects, a speech verb opening its sentence with a complementizer after it speaks for the person
the passage is about (as "«…», dijo." does); an article and a noun opening it for the person the
article wrote that noun beside. Each with a case it must leave alone. Every person and place
invented."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text, language=language)]


_ES_LEAD = ("El pueblo de Valdemora celebra el premio de la lotería\n"
            "El primer premio del sorteo de Navidad ha caído este año en Valdemora, un pueblo de 400 "
            "habitantes de la provincia de Soria, donde los vecinos compartían décimos desde hace años.\n")


def test_spanish_dropped_subject_before_que_is_the_person_the_passage_is_about():
    text = _ES_LEAD + ("El alcalde, Tomás Urquiza Beltrán, celebró la noticia en la plaza del pueblo. Añadió que "
                       "el Ayuntamiento no verá \"ni un euro\" del premio, porque no había comprado ningún número.\n")
    assert _speakers(text, "es") == ["Tomás Urquiza Beltrán"]


def test_portuguese_dropped_subject_with_an_adverb_before_que():
    text = ("Naufrágio ao largo de Vilamar deixa um pescador desaparecido\n"
            "Um barco de pesca afundou-se na madrugada de ontem ao largo de Vilamar, com cinco homens a bordo.\n"
            "O comandante do porto, Henrique Valadares, falou aos jornalistas no cais. Disse ainda que as buscas "
            "pelo tripulante desaparecido vão continuar \"enquanto houver luz\".\n")
    assert _speakers(text, "pt") == ["Henrique Valadares"]


def test_french_description_before_que_is_the_person_named_beside_it():
    text = ("Maternité de Saint-Orens : la fermeture confirmée\n"
            "La maternité de Saint-Orens fermera ses portes en juin, a confirmé l'agence régionale de santé.\n"
            "Le député Lucien Marchais a interpellé la ministre de la Santé, Odile Ferrand, à l'Assemblée. "
            "La ministre lui a répondu que « la sécurité des mères passe avant la proximité ».\n")
    assert _speakers(text, "fr") == ["Odile Ferrand"]


def test_description_no_one_was_named_beside_gives_no_speaker():
    # "la ministre" was never written beside a name: no one rather than the deputy named before
    text = ("Maternité de Saint-Orens : la fermeture confirmée\n"
            "Le député Lucien Marchais a interpellé le gouvernement à l'Assemblée. "
            "La ministre lui a répondu que « la sécurité des mères passe avant la proximité ».\n")
    assert _speakers(text, "fr") == [None]


def test_verb_after_a_quotation_then_a_relative_que_is_not_a_reported_clause():
    # '», comentó una vecina que prefirió ...': the neighbour speaks, never the official before
    text = _ES_LEAD + ("La consejera de Infraestructuras, Marta Olmedo Ruiz, aseguró que la obra acabará en mayo. "
                       "«Está muy bien, pero han tardado tres años», comentó una vecina que prefirió no dar su nombre.\n")
    assert _speakers(text, "es")[0] != "Marta Olmedo Ruiz"


def test_dropped_subject_without_complementizer_is_left_to_the_other_rules():
    # "Añadió un detalle:": no reported clause; the writer's scare quote is no one's
    text = _ES_LEAD + ("El alcalde, Tomás Urquiza Beltrán, celebró la noticia. Añadió un detalle: el bar de la "
                       "plaza, que vendió los décimos, cerrará por \"vacaciones\" una semana.\n")
    assert _speakers(text, "es") == [None]


_NL_LEAD = ("Oud-wethouder Westerveen veroordeeld voor fraude\n"
            "De rechtbank in Zwolle heeft oud-wethouder Ineke Westerveen veroordeeld tot een taakstraf van "
            "240 uur voor fraude met gemeentelijke opdrachten.\n")


def test_dutch_liet_weten_dat_reports_the_clause_of_its_subject():
    text = _NL_LEAD + "Burgemeester Arnout Kessels liet in een reactie weten dat \"de gemeente de uitspraak respecteert\".\n"
    assert _speakers(text, "nl") == ["Arnout Kessels"]


def test_name_in_the_complement_of_an_unnamed_source_does_not_speak():
    # "Een woordvoerder van het Openbaar Ministerie": the spokesman, never the body named after "van"
    text = _NL_LEAD + ("Een woordvoerder van het Openbaar Ministerie liet na afloop weten dat \"de zaak "
                       "zorgvuldig is onderzocht\".\n")
    assert _speakers(text, "nl") == ["Een woordvoerder"]


def test_portuguese_noun_of_the_same_office_before_que():
    # "o edil" after "o presidente da câmara, Vítor Almada": the same office, so the same person
    text = ("Piscina municipal de Vilarinho fecha por falta de verbas\n"
            "A piscina municipal de Vilarinho fecha a partir de segunda-feira, anunciou a câmara.\n"
            "\"Não temos dinheiro para o gás\", disse à Lusa o presidente da câmara, Vítor Almada.\n"
            "O edil garantiu que a piscina reabrirá \"logo que haja condições\" e que os funcionários "
            "serão colocados noutros serviços.\n")
    assert _speakers(text, "pt") == ["Vítor Almada", "Vítor Almada"]


def test_so_called_term_inside_a_reported_clause_is_no_ones_words():
    # 'el llamado "plan de rescate"': the writer's mention of a name, not the mayor's words
    text = _ES_LEAD + ("El alcalde, Tomás Urquiza Beltrán, celebró la noticia en la plaza. Añadió que el llamado "
                       "\"plan de rescate\" de la diputación no llegará nunca.\n")
    assert _speakers(text, "es") == [None]


def test_russian_so_called_is_a_mention_and_a_plain_fragment_is_the_speakers():
    text = ("Мэрия Заречья закрыла мост\n"
            "Мэр города Иван Костылев выступил в понедельник перед журналистами. Костылев сказал, что так "
            "называемый «план спасения» провалился. Он добавил, что ремонт займёт «не меньше года».\n")
    assert _speakers(text, "ru") == [None, "Иван Костылев"]
