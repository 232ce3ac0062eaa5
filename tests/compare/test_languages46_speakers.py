"""Speakers in other languages (issue 12), session 27: the person a role noun after the verb
stands for ("ha detto la commerciante"), and the shapes around it. Every person, place and body
invented."""

from __future__ import annotations

from .helpers import quote_speakers

_IT = ("Processo per usura a Valdorso\n"
       "VALDORSO. Il tribunale di Valdorso ha condannato a quattro anni Ernesto Gavazzi, ex direttore di banca.\n")
_ES = ("Juicio por estafa en Alcotén\n"
       "ALCOTÉN. La Audiencia ha condenado a tres años a Anselmo Peñalver, exdirector de una sucursal.\n")


def test_a_name_right_after_a_verb_opening_its_sentence_is_the_subject_a_role_noun_takes_up():
    text = _IT + ("In aula ha testimoniato Ornella Caprioli, titolare di una merceria. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == ["Ornella Caprioli"]
    text = _IT + "Ha deposto Ornella Caprioli, vedova di un operaio. «Nessuno ci ha avvisati», ha raccontato la donna.\n"
    assert quote_speakers(text, "it") == ["Ornella Caprioli"]
    text = _ES + ("En la vista declaró Remedios Albarrán, dueña de una mercería. "
                  "«Le di todos mis ahorros», dijo la comerciante.\n")
    assert quote_speakers(text, "es") == ["Remedios Albarrán"]


def test_a_name_after_a_verb_with_a_subject_of_its_own_is_no_subject():
    # the court spoke of him: the woman a role noun of her sex stands for is not named, no one
    text = _IT + ("Il giudice ha ricordato Ornello Caprioli, morto nel 2019. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == [None]
    # two people after the verb: either may be the one the noun stands for
    text = _IT + ("In aula hanno testimoniato Ornella Caprioli e Giulia Ferrandi. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == [None]


_ES_MAYOR = ("Presupuestos en Alcotén\n"
             "ALCOTÉN. La alcaldesa de Alcotén, Remedios Albarrán, presentó el martes los presupuestos.\n"
             "«No subiremos los impuestos», aseguró Albarrán.\n")
_FR_MAYOR = ("Budget à Vernoux\n"
             "VERNOUX. La maire de Vernoux, Odile Ferrandon, a présenté mardi le budget de la commune.\n"
             "« Nous n'augmenterons pas les impôts », a assuré Mme Ferrandon.\n")


def test_a_role_noun_before_a_verb_and_a_colon_is_the_person_the_article_set_it_by():
    text = _ES_MAYOR + "Preguntada por la piscina, la alcaldesa respondió: «Abrirá el próximo verano.»\n"
    assert quote_speakers(text, "es")[-1] == "Remedios Albarrán"
    text = _FR_MAYOR + "Interrogée sur la piscine, la maire a répondu : « Elle rouvrira l'été prochain. »\n"
    assert quote_speakers(text, "fr")[-1] == "Odile Ferrandon"


def test_an_indefinite_description_before_a_verb_and_a_colon_is_an_unnamed_source():
    text = _FR_MAYOR + "Dans un courrier, une habitante du centre écrivait : « Nous attendons toujours la piscine. »\n"
    assert quote_speakers(text, "fr")[-1] == "une habitante du centre"


def test_a_role_noun_the_article_set_by_no_one_credits_no_one():
    # no "concejala" named: not the mayor
    text = _ES_MAYOR + "Preguntada por la piscina, la concejala respondió: «Abrirá el próximo verano.»\n"
    assert quote_speakers(text, "es")[-1] is None
    text = _FR_MAYOR + "Interrogée sur la piscine, la directrice a répondu : « Elle rouvrira l'été prochain. »\n"
    assert quote_speakers(text, "fr")[-1] is None


def test_a_given_name_and_a_surname_that_is_a_place_too_name_a_person():
    # "Colombo", "Lima": capitals of countries, surnames as well; after a given name, a person
    text = _IT + "Una delle vittime, Carla Colombo, ha raccontato in aula l'incontro. «Era gentile», ha detto.\n"
    assert quote_speakers(text, "it")[-1] == "Carla Colombo"
    text = ("Julgamento em Vilar Seco\n"
            "VILAR SECO. O tribunal condenou a três anos Anselmo Gouveia, antigo gerente bancário.\n"
            "Uma das vítimas, Maria Lima, contou em tribunal o encontro. «Era muito simpático», disse.\n")
    assert quote_speakers(text, "pt")[-1] == "Maria Lima"


def test_a_place_after_a_word_that_is_no_given_name_is_no_person():
    # "Ufficio Colombo": no given name before the place, no person to credit
    text = _IT + "L'Ufficio Colombo ha diffuso una nota. «Era gentile», ha detto.\n"
    assert quote_speakers(text, "it")[-1] != "Ufficio Colombo"


def test_a_role_noun_answering_a_question_put_to_him_is_the_one_asked():
    text = ("Procès à Vernoux\n"
            "VERNOUX (AFP) - L'ancien directeur de la piscine de Vernoux, Marcel Dubouchet, a contesté mardi toute faute.\n"
            "« J'ai fait contrôler les pompes chaque année », a-t-il assuré. La présidente du tribunal, Mme Odile Ferrandon, "
            "lui a demandé pourquoi l'alarme était coupée. « Je ne l'ai su qu'après », a répondu le prévenu.\n")
    assert quote_speakers(text, "fr") == ["Marcel Dubouchet", "Marcel Dubouchet"]
    text = ("Juicio en Alcotén\n"
            "ALCOTÉN (EFE) - El exdirector de la piscina de Alcotén, Anselmo Peñalver, negó el martes cualquier culpa.\n"
            "«Revisé las bombas cada año», aseguró Peñalver. La presidenta del tribunal, Remedios Albarrán, "
            "le preguntó por qué la alarma estaba apagada. «Me enteré después», respondió el acusado.\n")
    assert quote_speakers(text, "es")[-1] == "Anselmo Peñalver"


def test_a_question_put_to_no_one_the_passage_was_about_credits_no_one():
    # the asker is the only person before: she does not answer herself
    text = ("Procès à Vernoux\n"
            "VERNOUX. La présidente du tribunal, Mme Odile Ferrandon, a ouvert l'audience mardi.\n"
            "Elle lui a demandé pourquoi l'alarme était coupée. « Je ne l'ai su qu'après », a répondu le prévenu.\n")
    assert quote_speakers(text, "fr") == [None]


def test_a_name_set_off_after_a_description_past_a_dateline_is_the_subject():
    # "MILANO (ANSA) -": the dateline's capitals are no title of the name; a dropped subject after is his
    text = ("Mostra a Milano\n"
            "MILANO (ANSA) - Il direttore del museo di Brera, Carlo Fumagalli, ha presentato ieri la mostra. "
            "«Abbiamo lavorato due anni», ha detto.\n")
    assert quote_speakers(text, "it") == ["Carlo Fumagalli"]


def test_a_quotation_running_on_into_the_next_paragraph_keeps_the_speaker_of_its_first_part():
    # the first part has no closing mark: the paragraph that opens with a mark goes on with the same words
    text = ("Woonboot moet weg\n"
            "AMSTERDAM - De gemeente wil de woonboot van Kees Dijkhuis laten weghalen.\n"
            "Buurvrouw Marijke Hoogland kwam naar de zitting om Dijkhuis te steunen. ‘Kees hoort bij deze gracht. "
            "Iedereen kent hem.\n"
            "‘Als ze hem weghalen, verdwijnt er een stuk van de buurt.’\n")
    assert quote_speakers(text, "nl") == ["Marijke Hoogland", "Marijke Hoogland"]
    text = ("Hausboot muss weg\n"
            "BREMEN - Die Stadt will das Hausboot von Kurt Lemke entfernen lassen.\n"
            "Die Nachbarin Sabine Heitmann kam zur Sitzung, um Lemke zu unterstützen. „Kurt gehört zu diesem Hafen. "
            "Jeder kennt ihn.\n"
            "„Wenn sie ihn wegholen, fehlt ein Stück der Stadt.“\n")
    assert quote_speakers(text, "de") == ["Sabine Heitmann", "Sabine Heitmann"]


def test_a_closed_quotation_lends_no_speaker_to_the_next_paragraph_s_own_quotation_after_another_name():
    text = ("Woonboot moet weg\n"
            "AMSTERDAM - De gemeente wil de woonboot van Kees Dijkhuis laten weghalen.\n"
            "Buurvrouw Marijke Hoogland kwam naar de zitting om Dijkhuis te steunen. ‘Kees hoort bij deze gracht.’\n"
            "Wethouder Pieter Bosman zag het anders. ‘De regels gelden voor iedereen.’\n")
    assert quote_speakers(text, "nl")[-1] != "Marijke Hoogland"


def test_a_pronoun_subject_of_a_colon_s_sentence_speaks_the_quotation_after_it():
    text = ("Verbod op fatbikes\n"
            "DEVENTER - De gemeenteraad stemde dinsdag in met een verbod.\n"
            "Raadslid Joost Verhagen stemde als enige tegen. In de raadszaal hield hij een lang betoog: "
            "‘Jongeren krijgen weer de schuld van alles.’\n")
    assert quote_speakers(text, "nl") == ["Joost Verhagen"]
    text = ("Verbot für Lastenräder\n"
            "CELLE - Der Stadtrat stimmte am Dienstag für ein Verbot.\n"
            "Stadtrat Jonas Vehling stimmte als Einziger dagegen. Danach hielt er eine lange Rede: "
            "„Die Jugend bekommt wieder die Schuld an allem.“\n")
    assert quote_speakers(text, "de") == ["Jonas Vehling"]


def test_an_impersonal_or_object_pronoun_before_a_colon_credits_no_one():
    # French "il" of "il y a", an object "lui": neither is a subject that speaks
    text = ("Budget à Vernoux\n"
            "VERNOUX. Le maire Paul Sorin a présenté mardi le budget de la commune.\n"
            "Il y avait une banderole à l'entrée : « Pas un euro de plus ».\n")
    assert quote_speakers(text, "fr") == [None]
    text = ("Verbod op fatbikes\n"
            "DEVENTER - De gemeenteraad stemde dinsdag in met een verbod.\n"
            "Raadslid Joost Verhagen stemde als enige tegen. Met hem hing een spandoek in de zaal: "
            "‘Jongeren krijgen weer de schuld van alles.’\n")
    assert quote_speakers(text, "nl") == [None]


def test_a_dropped_subject_after_a_quotation_run_on_from_an_unnamed_source_s_paragraph_is_that_source():
    text = ("Piscina fecha em Vilar Seco\n"
            "VILAR SECO - A piscina municipal vai fechar em janeiro, anunciou a câmara.\n"
            "Uma funcionária da piscina, que pediu para não ser identificada, contou que soube da notícia pelas redes sociais.\n"
            "\"Ninguém nos disse nada. Há colegas com vinte anos de casa.\n"
            "\"Só pedimos respeito\", afirmou.\n")
    assert quote_speakers(text, "pt") == ["Uma funcionária da piscina"] * 2
    text = ("Cierra la piscina de Alcotén\n"
            "ALCOTÉN - La piscina municipal cerrará en enero, anunció el ayuntamiento.\n"
            "Una trabajadora de la piscina, que pidió no ser identificada, contó que se enteró por las redes sociales.\n"
            "\"Nadie nos dijo nada. Hay compañeros con veinte años en la casa.\n"
            "\"Solo pedimos respeto\", afirmó.\n")
    assert quote_speakers(text, "es") == ["Una trabajadora de la piscina"] * 2


def test_a_dropped_subject_after_a_named_person_s_sentence_is_not_an_unnamed_source_before():
    text = ("Piscina fecha em Vilar Seco\n"
            "VILAR SECO - A piscina municipal vai fechar em janeiro, anunciou a câmara.\n"
            "Uma funcionária da piscina, que pediu para não ser identificada, contou que soube da notícia pelas redes sociais.\n"
            "O vereador Rui Sampaio lamentou a decisão. \"Só pedimos respeito\", afirmou.\n")
    assert quote_speakers(text, "pt") == ["Rui Sampaio"]
