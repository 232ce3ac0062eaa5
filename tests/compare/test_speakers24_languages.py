"""Speakers of quotations in German, French, Spanish, Italian, Portuguese, Russian, Czech and Dutch
news, the second batch of rules: German »…« marks, Dutch and Portuguese speech verbs, "so X" and
"aldus X" after a quotation, verbs read only after a quotation ("», dice X"), a subject after a
phrase or a description between the verb and the name, unnamed sources of each language, a
plural verb with its subject dropped, "volgens"/"según" before a role and a name. Hand-written
sentences (every person invented), negatives included."""

from __future__ import annotations

from sidebyside.compare.quotes import find_quotes
from tests.compare.helpers import speaker_of


def test_german_inward_guillemets_are_quotation_marks():
    text = "Der Prozess begann am Dienstag. »Ich habe niemanden getäuscht«, sagte Karl Brenner vor Gericht."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["Ich habe niemanden getäuscht"]
    assert speaker_of(text, "niemanden getäuscht") == "Karl Brenner"
    # a French quotation keeps its marks; a » before a space or a comma opens nothing
    text = "Le procès a commencé. « Je n'ai trompé personne », a déclaré Paul Ferrand."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["Je n'ai trompé personne"]
    assert find_quotes("Le score » final, 3 à 1.") == []


def test_a_german_quotation_over_two_paragraphs_in_inward_guillemets():
    text = ("Eine Zeugin schilderte den Abend: »Wir hörten einen Knall. Dann war es dunkel.\n\n"
            "»Erst nach einer Stunde kam die Feuerwehr.« Das Gericht vertagte sich.")
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["Wir hörten einen Knall. Dann war es dunkel.",
                                                       "Erst nach einer Stunde kam die Feuerwehr."]
    assert quotes[1].utterance == quotes[0].utterance


def test_dutch_and_portuguese_speech_verbs():
    text = "De rechtbank besliste dinsdag. ‘Ik woon hier al dertig jaar’, zei Gerrit Hoogland na de uitspraak."
    assert speaker_of(text, "dertig jaar") == "Gerrit Hoogland"
    text = 'Het ijs was dik genoeg. "We hebben het om zes uur gecontroleerd", aldus Wouter Jansma.'
    assert speaker_of(text, "zes uur") == "Wouter Jansma"
    text = "A câmara fechou a piscina. «Não apareceu ninguém», disse o vereador Tiago Moura à Lusa."
    assert speaker_of(text, "apareceu ninguém") == "Tiago Moura"
    text = "A empresa cresceu. “O cliente não quer esperar”, afirmou Renata Paiva. “Queremos chegar a Natal”, acrescentou."
    assert speaker_of(text, "Natal") == "Renata Paiva"


def test_german_so_after_a_quotation_credits_a_name_only():
    text = "Die Bahnen wurden nicht getauscht. „Der Wind kam von vorn“, so Regattaleiter Bernd Ostwald."
    assert speaker_of(text, "Wind kam") == "Bernd Ostwald"
    # English "so" after a quotation is no verb of saying
    text = 'Mary Jones was tired. "I cannot go on," so I took her home.'
    assert speaker_of(text, "cannot go on") != "I"
    text = 'The match was over. "We lost," so he went home early.'
    assert speaker_of(text, "We lost") is None


def test_verbs_read_only_after_a_quotation():
    text = "Il sensore è pronto. «È come uno stetoscopio», dice Carla Miceli, geofisica."
    assert speaker_of(text, "stetoscopio") == "Carla Miceli"
    text = "La grotte est fermée. « Aucune visite avant l'été », a précisé Hervé Lacombe."
    assert speaker_of(text, "Aucune visite") == "Hervé Lacombe"
    # in English the same words are no verbs: "precise", "dice"
    text = 'Officials gave the precise location. "We found it," the mayor, Tom Reed, said on Monday.'
    assert speaker_of(text, "found it") == "Tom Reed"
    text = 'The recipe is simple. Cooks dice the "holy trinity" of onions, celery and peppers.'
    assert speaker_of(text, "holy trinity") is None


def test_subject_after_a_phrase_or_a_description():
    text = "Le groupe a racheté la fromagerie. « C'était la seule façon », a déclaré à l'AFP Odile Marchand, la directrice."
    assert speaker_of(text, "seule façon") == "Odile Marchand"
    text = "El pueblo estrena depósito. «Por fin hay agua», dijo el alcalde de la localidad, Andrés Molina, durante el acto."
    assert speaker_of(text, "Por fin") == "Andrés Molina"
    text = "Il processo è iniziato. «I calcoli erano sbagliati», ha detto in aula il pubblico ministero Sara Galli."
    assert speaker_of(text, "calcoli") == "Sara Galli"
    text = "Il processo è iniziato. «Rispettate le norme», ha spiegato l'avvocato Marco Zanetti ai giornalisti."
    assert speaker_of(text, "norme") == "Marco Zanetti"


def test_a_name_inside_a_phrase_after_the_verb_is_whom_the_words_were_told():
    # "dijo a la ministra X", "ha detto al sindaco X": the one spoken to, never the speaker
    text = "La reunión terminó tarde. «No hay dinero», dijo a la ministra Lucía Ferrer un funcionario."
    assert speaker_of(text, "No hay dinero") != "Lucía Ferrer"
    text = "La riunione è finita. «Non ci sono fondi», ha detto al sindaco Paolo Conti."
    assert speaker_of(text, "Non ci sono fondi") != "Paolo Conti"


def test_unnamed_sources_of_each_language():
    text = "In Potsdam war man enttäuscht. „Die Bedingungen waren ungleich“, erklärte ein Sprecher des Vereins."
    assert "Sprecher" in speaker_of(text, "ungleich")
    text = "Les salariés restent prudents. « On a déjà entendu ça », confie un délégué syndical."
    assert "délégué" in speaker_of(text, "déjà entendu")
    text = "No todos están contentos. «Han tardado tres años», comentó una vecina del barrio."
    assert "vecina" in speaker_of(text, "tres años")
    text = "Most bude hotový na jaře. „Firma chtěla víc peněz,“ řekl zdroj z radnice."
    assert "zdroj" in speaker_of(text, "víc peněz")
    text = "Суд вынес решение. «Мы будем обжаловать», — заявил в суде представитель застройщика."
    assert "представитель" in speaker_of(text, "обжаловать")
    # a noun of a body before a name is a title, not the speaker
    text = "Il processo è iniziato. «Erano sbagliati», ha detto il pubblico ministero Sara Galli."
    assert speaker_of(text, "sbagliati") == "Sara Galli"


def test_a_plural_verb_with_its_subject_dropped_credits_no_person():
    text = ("Elena Ruiz ganó la etapa. Fuentes de la carrera aseguraron que el tramo estaba limpio. "
            "“Se barrió dos veces”, indicaron.")
    assert speaker_of(text, "dos veces") is None
    text = "Алексей Гарипов выиграл дело. «Решение пока не вступило в силу», — сообщили в суде."
    assert speaker_of(text, "не вступило") is None
    # the singular still reads the person the paragraph is about
    text = "Elena Ruiz ganó la etapa. “Lo intenté de lejos”, explicó."
    assert speaker_of(text, "de lejos") == "Elena Ruiz"


def test_a_definite_person_no_one_is_named_beside_credits_no_one_but_a_body_speaks():
    text = "El alcalde Tomás Vidal inauguró el depósito. «Se cerrará en agosto», dijo el portavoz."
    assert speaker_of(text, "agosto") is None
    text = "La grotte a été fermée. « Aucune visite ne sera autorisée », a précisé la préfecture dans un communiqué."
    assert speaker_of(text, "Aucune visite") == "la préfecture"


def test_a_french_attribution_inside_the_guillemets():
    text = ("L'archéologue Bernard Tissier est prudent. « Les traits sont d'une finesse rare, a-t-il expliqué. "
            "Il faudra des mois avant une datation. »")
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["Les traits sont d'une finesse rare", "Il faudra des mois avant une datation."]
    assert "Bernard Tissier" in speaker_of(text, "finesse")
    assert "Bernard Tissier" in speaker_of(text, "datation")
    text = "Le maire Paul Dorat est ravi. « C'est une chance, dit-il, et une responsabilité. »"
    assert speaker_of(text, "responsabilité") == "Paul Dorat"
    # a hyphenated word inside a quotation is no attribution: the quotation stays whole
    text = "Le maire Paul Dorat a parlé. « Le rendez-vous, est-ce bien demain ? Je crois que oui. »"
    assert len(find_quotes(text)) == 1


def test_a_quotation_in_single_marks_over_two_paragraphs():
    text = ("Buurvrouw Gerda Mulder steunt hem. ‘Henk is het geheugen van deze gracht. Hij kent elk huis.\n\n"
            "‘Als ze hem weghalen, verdwijnt er een stuk van de stad’, zei Mulder.")
    quotes = find_quotes(text)
    assert len(quotes) == 2 and quotes[1].utterance == quotes[0].utterance
    assert speaker_of(text, "geheugen") == "Gerda Mulder"
    # an apostrophe opening a paragraph ("’s ochtends") re-opens nothing
    text = "‘Wij controleerden het ijs.\n\n’s Ochtends was het dik genoeg, zei Pieter Dijkstra."
    assert [text[q.start : q.end] for q in find_quotes(text)] != ["Wij controleerden het ijs.", "s Ochtends"]


def test_capitalised_words_after_a_german_article_are_no_persons_name():
    text = ("Trainerin Heike Brandt will das Boot für die Deutschen Meisterschaften melden. "
            "„Wir fahren nicht hin, um Letzter zu werden“, fügte sie hinzu.")
    assert speaker_of(text, "Letzter") == "Heike Brandt"


def test_according_to_before_a_role_and_a_name():
    text = "De gemeente verloor de zaak. Volgens rechter Anneke de Vries heeft de gemeente ‘onvoldoende rekening gehouden’."
    assert speaker_of(text, "onvoldoende") == "Anneke de Vries"
    text = 'Het ijs was dik. Volgens wedstrijdleider Pieter Dijkstra was het "overal twaalf centimeter dik".'
    assert speaker_of(text, "twaalf") == "Pieter Dijkstra"
    # a role with no name after it names no one
    text = 'Het ijs was dik. Volgens de wedstrijdleiding was het "overal twaalf centimeter dik".'
    assert speaker_of(text, "twaalf") is None


def test_a_sentence_in_a_persons_view():
    text = ("Les spéléologues ont prévenu la préfecture. Pour l'archéologue Bernard Tissier, chargé de "
            "l'expertise, la découverte est « majeure ».")
    assert "Bernard Tissier" in speaker_of(text, "majeure")
    text = ("O setor enfrenta resistência. Para a presidente do sindicato, Lúcia Faria, as plataformas "
            "“concorrem de forma desleal”.")
    assert speaker_of(text, "desleal") == "Lúcia Faria"
    # only at a sentence's start, and only a person
    text = "Il a voté pour Jean Moulin, dit-on, et le parti parle d'une « trahison »."
    assert speaker_of(text, "trahison") != "Jean Moulin"
    text = "Pour la région Normandie, la saison est « exceptionnelle »."
    assert speaker_of(text, "exceptionnelle") is None
    # English "Per X," keeps its reading
    text = 'Per THR, the talks are "in their final stage".'
    assert speaker_of(text, "final stage") == "THR"


def test_named_past_words_have_their_own_rule_name():
    from sidebyside.compare import article_quotes

    text = "El pueblo estrena depósito. «Por fin hay agua», dijo el alcalde de la localidad, Andrés Molina, durante el acto."
    assert [q.speaker_rule for q in article_quotes(text)] == ["right-after/name-past-words"]


def test_a_department_after_de_in_the_description_before_the_name_is_no_speaker():
    text = ("La obra costó 380.000 euros. La diputada provincial de Infraestructuras, Marta Linde, aseguró "
            "que seguirá apoyando a los pueblos: «No hay ciudadanos de segunda».")
    assert speaker_of(text, "ciudadanos de segunda") == "Marta Linde"
    text = "Le maire de Rouen, Anne Morel, a déclaré : « Nous reconstruirons le pont. »"
    assert speaker_of(text, "reconstruirons") == "Anne Morel"


def test_an_article_opening_a_sentence_is_no_name():
    text = 'De wethouder reageerde. "Dit is een goede dag", zei hij tegen De Telegraaf.'
    assert speaker_of(text, "goede dag") != "De Telegraaf"
    text = 'Wethouder Ruud Bakker reageerde. "Dit is een goede dag", zei hij tegen De Telegraaf.'
    assert speaker_of(text, "goede dag") == "Ruud Bakker"


def test_russian_and_czech_tell_the_subject_by_case_after_a_phrase():
    text = "Anna Kovářová vyhrála. „Je to skvělý pocit,“ řekla po závodě trenérka Jana Malá."
    assert speaker_of(text, "skvělý pocit") == "Jana Malá"
    text = "Матч завершился. «Мы сыграли плохо», — сказал журналистам глава района Иван Петров."
    assert speaker_of(text, "сыграли плохо") == "Иван Петров"
    # a name right after a preposition is whom the words were told (or with whom one spoke)
    text = "Матч завершился. «Мы сыграли плохо», — сказал в разговоре с Иваном Петровым."
    assert speaker_of(text, "сыграли плохо") != "Иваном Петровым"


def test_a_german_compound_noun_of_an_unnamed_source():
    text = "Die Polizei ermittelt. „Wir prüfen alle Hinweise“, sagte eine Polizeisprecherin am Montag."
    assert speaker_of(text, "Hinweise") == "eine Polizeisprecherin"


def test_a_czech_reflexive_after_the_verb_is_no_preposition():
    text = ('West Ham vyhrál. "Stali se skvělým týmem," píše na Twitter Jan Novotný. '
            '"Nenapadá mě jediný důvod, proč by nemohli skončit čtvrtí," přidává se Karel Dvořáček.')
    assert speaker_of(text, "jediný důvod") == "Karel Dvořáček"


def test_more_verbs_of_the_press():
    text = "Die Bahn streicht Züge. „Wir bedauern das sehr“, teilte Konzernsprecher Uwe Brandt mit."
    assert speaker_of(text, "bedauern") == "Uwe Brandt"
    text = "Het kabinet zwijgt. ‘We wachten het rapport af’, liet minister Sanne Dekker weten."
    assert speaker_of(text, "rapport af") == "Sanne Dekker"
    text = "Le maire Paul Dorat est ravi. « Ce pont, on l'attendait depuis dix ans », lâche-t-il."
    assert speaker_of(text, "dix ans") == "Paul Dorat"
    text = "La squadra ha perso. «Abbiamo sbagliato tutto», ha ammesso l'allenatore Luca Ferri."
    assert speaker_of(text, "sbagliato tutto") == "Luca Ferri"
    # a German particle that does not end the clause makes no speech verb: "teilte ... mit" only so
    text = "Anna Berger teilte mit ihrem Bruder eine „winzige“ Wohnung in Köln."
    assert speaker_of(text, "winzige") is None


def test_french_and_dutch_honorifics_before_a_surname():
    text = "Élisabeth Borne était à Lyon lundi. « Nous agirons vite », a déclaré Mme Borne."
    assert speaker_of(text, "agirons") == "Élisabeth Borne"
    # the English middle initial stays in the name
    text = 'The court ruled. "We will appeal," said Sarah M. Jones, the lawyer.'
    assert speaker_of(text, "appeal") == "Sarah M. Jones"


def test_german_so_before_an_article():
    text = "Die Polizei ermittelt weiter. „Wir prüfen alle Hinweise“, so eine Polizeisprecherin."
    assert speaker_of(text, "Hinweise") == "eine Polizeisprecherin"
    text = 'Mary Jones was tired. "I cannot go on," so a friend took her home.'
    assert speaker_of(text, "cannot go on") is None


def test_a_person_by_age_after_the_verb():
    text = 'Henk Veldkamp mag blijven. "Ik ben blij", zei de 71-jarige na afloop.'
    assert speaker_of(text, "blij") == "Henk Veldkamp"
    # a name after the age is the speaker
    text = 'Henk Veldkamp mag blijven. "Ik ben blij", zei de 71-jarige Anna Smit na afloop.'
    assert speaker_of(text, "blij") == "Anna Smit"
    # German is left out: its capitalised nouns make the person a passage is about unsure
    text = "Vor Gericht hat am Dienstag der Prozess begonnen. »Ich bin unschuldig«, sagte der 54-Jährige."
    assert speaker_of(text, "unschuldig") is None


def test_according_to_a_pronoun():
    text = "Chiara Lo Bianco guida il progetto. Secondo lei, i risultati sono «molto incoraggianti»."
    assert speaker_of(text, "incoraggianti") == "Chiara Lo Bianco"
    text = "Tereza Marková vede tým. Podle ní je test „levnější než kultura“."
    assert speaker_of(text, "levnější") == "Tereza Marková"
    text = "Le maire Paul Dorat est ravi. Selon lui, le pont est « une chance »."
    assert speaker_of(text, "une chance") == "Paul Dorat"
    # an article after "según" is no pronoun: a report or a share of people, no one person
    text = "Marta Gil lo sabe. Según el 70 % de los vecinos, el agua es «mala»."
    assert speaker_of(text, "mala") is None
