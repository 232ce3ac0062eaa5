"""Speakers in other languages (issue 12), session 26: the speech verbs news writes in each
language, completed tense by tense (the passé simple and imperfect of French, the preterite and
imperfect of Spanish and Portuguese, the passato remoto of Italian, the reflexive and the verbs of
replying), rather than one construction more. A form that is a noun as often as a verb ("cuenta",
"pregunta", "conta") is read only right after a quotation's close. Every person, place and body
invented."""

from __future__ import annotations

from .helpers import quote_speakers

_FR = ("Le marché de Vernoux rouvre\n"
       "VERNOUX. Le marché couvert de Vernoux a rouvert samedi après deux ans de travaux.\n")
_ES = ("Reabre el mercado de Alcotén\n"
       "ALCOTÉN. El mercado de abastos de Alcotén reabrió el sábado tras dos años de obras.\n")
_IT = ("Riapre il mercato di Valdorso\n"
       "VALDORSO. Il mercato coperto di Valdorso ha riaperto sabato dopo due anni di lavori.\n")
_PT = ("Reabre o mercado de Vilar Seco\n"
       "VILAR SECO. O mercado municipal de Vilar Seco reabriu no sábado, após dois anos de obras.\n")


def test_french_verbs_of_reacting_and_retorting_credit_the_name_after_them():
    text = _FR + "« C'est une bonne nouvelle pour les commerçants », a réagi Odile Ferrandon.\n"
    assert quote_speakers(text, "fr") == ["Odile Ferrandon"]
    text = _FR + "« Les travaux ont trop duré », rétorque Marcel Dubouchet, conseiller d'opposition.\n"
    assert quote_speakers(text, "fr") == ["Marcel Dubouchet"]
    text = _FR + "« Nous reviendrons chaque samedi », racontait Sylvie Maréchaux.\n"
    assert quote_speakers(text, "fr") == ["Sylvie Maréchaux"]


def test_spanish_preterite_of_replying_and_confessing_credits_the_name_after_it():
    text = _ES + "«Ha merecido la pena esperar», contestó Remedios Albarrán.\n"
    assert quote_speakers(text, "es") == ["Remedios Albarrán"]
    text = _ES + "«Yo no lo creía», confesó Anselmo Peñalver, frutero del mercado.\n"
    assert quote_speakers(text, "es") == ["Anselmo Peñalver"]


def test_italian_passato_remoto_and_present_of_replying_credit_the_name_after_them():
    text = _IT + "«Abbiamo aspettato tanto», raccontò Ornella Caprioli.\n"
    assert quote_speakers(text, "it") == ["Ornella Caprioli"]
    text = _IT + "«Adesso tocca ai clienti», risponde Gianfranco Tosetti.\n"
    assert quote_speakers(text, "it") == ["Gianfranco Tosetti"]


def test_portuguese_preterite_of_recalling_credits_the_name_after_it():
    text = _PT + "«Foram dois anos muito duros», lembrou Albertina Gouveia.\n"
    assert quote_speakers(text, "pt") == ["Albertina Gouveia"]


def test_a_form_that_is_a_noun_too_is_a_verb_only_right_after_a_quotation():
    text = _ES + "«Ahora todo está más limpio», cuenta Rosalía Menchero.\n"
    assert quote_speakers(text, "es") == ["Rosalía Menchero"]
    # "la cuenta" of the narration is a bill: no clause, the quotation after it no one's
    text = _ES + "Cada puesto paga la cuenta de la luz. «El precio es justo.»\n"
    assert quote_speakers(text, "es") == [None]
    text = _PT + "Cada banca paga a conta da luz. «O preço é justo.»\n"
    assert quote_speakers(text, "pt") == [None]


_RO = ("Drumul spre Valea Seacă, închis\n"
       "VALEA SEACĂ. Drumul județean spre Valea Seacă a fost închis după o alunecare de teren.\n")


def test_a_romanian_noun_of_a_man_after_the_verb_is_the_unnamed_man_the_paragraph_before_brought_in():
    text = _RO + ("Un pădurar din zonă, care nu a vrut să-și spună numele, a declarat că drumul e periculos.\n"
                  "„Nu mai trece nimeni pe aici”, a spus bărbatul.\n")
    assert quote_speakers(text, "ro") == ["Un pădurar"]
    # a noun of a woman after him: someone else, no one we can tell
    assert quote_speakers(text.replace("a spus bărbatul", "a spus femeia"), "ro") == [None]


_DE = ("Freibad in Talheim bleibt zu\n"
       "TALHEIM. Der Gemeinderat von Talheim hat die Entscheidung über das Freibad erneut vertagt.\n")


def test_a_name_like_run_inside_the_quotation_is_no_subject_of_the_verb_after_it():
    # "Jeder Monat, das ist klar, macht" reads like a name and an aside: the quotation's words, the subject after the verb
    text = _DE + "„Jeder Monat, das ist klar, macht die Sanierung teurer“, sagte Renate Vollmer.\n"
    assert quote_speakers(text, "de") == ["Renate Vollmer"]
    text = _DE + "Renate Vollmer kam zur Sitzung. „Jeder Monat, das ist klar, macht die Sanierung teurer“, sagte sie.\n"
    assert quote_speakers(text, "de") == ["Renate Vollmer"]


def test_a_verb_read_only_after_a_quotation_is_read_after_an_inverted_auxiliary():
    text = _FR + "Odile Ferrandon a promis des navettes. « Dès le printemps, pour tous », a-t-elle précisé.\n"
    assert quote_speakers(text, "fr") == ["Odile Ferrandon"]
    # with no auxiliary and pronoun after the quotation, "précise" of the narration is no verb of its words
    text = _FR + "Une note précise « les horaires d'été ».\n"
    assert quote_speakers(text, "fr") == [None]


def test_the_noun_after_an_answer_is_the_one_asked_not_the_asker():
    text = (_ES + "El exconcejal Baltasar Quiroga, de 58 años, declaró ante el juez. El fiscal Leandro Sotomayor le preguntó "
            "por los pagos. \"No voy a contestar\", dijo el acusado.\n")
    assert quote_speakers(text, "es") == ["Baltasar Quiroga"]
    # no one before the asker: no one (never the asker himself)
    text = (_ES + "El fiscal Leandro Sotomayor le preguntó por los pagos. \"No voy a contestar\", dijo el acusado.\n")
    assert quote_speakers(text, "es") == [None]


def test_an_association_after_the_article_opening_its_sentence_is_named_whole():
    text = _PT + ("A Associação Regional dos Feirantes considerou, em comunicado, que \"o mercado "
                  "volta a ter futuro\".\n")
    assert quote_speakers(text, "pt") == ["Associação Regional dos Feirantes"]
    # a person named after the body's noun in an aside is still the speaker
    text = _PT + "A presidente da Associação dos Feirantes, Marta Lopes, disse que \"o mercado volta a ter futuro\".\n"
    assert quote_speakers(text, "pt") == ["Marta Lopes"]


def test_a_surname_before_a_german_article_and_its_noun_is_the_person_not_a_body():
    text = ("Trainer in Lindau entlassen\n"
            "LINDAU. Der SV Lindau hat sich von Trainer Holger Brandtner getrennt. Brandtner war nicht erreichbar.\n"
            "Kapitän Jens Olbrich erinnerte daran, dass Brandtner der Mannschaft noch im Mai gesagt habe: "
            "„Wir schaffen den Klassenerhalt“.\n")
    assert quote_speakers(text, "de") == ["Holger Brandtner"]
    # "von der Heyden": a particle before the article, the name whole
    text = ("Schule trauert\n"
            "GÖTTINGEN. Die frühere Schulleiterin Ursula von der Heyden ist gestorben.\n"
            "„Eine Schule ist kein Betrieb“, sagte von der Heyden einmal.\n")
    assert quote_speakers(text, "de") == ["Ursula von der Heyden"]


_ZH = "本报讯 昨晚，青湾队在主场以3比1战胜北岭队。\n\n"


def test_chinese_words_of_a_person_before_a_quotation_are_that_persons():
    text = _ZH + "赛后，青湾队主教练蔡立民的第一句话是“谢谢大家”。\n"
    assert quote_speakers(text, "zh") == ["青湾队主教练蔡立民"]
    # the words of someone else ("的第一句话" of a song) with no "是" before the quotation: no one
    text = _ZH + "球迷们唱起了“我们是冠军”。\n"
    assert quote_speakers(text, "zh") == [None]


def test_a_chinese_gesture_before_a_colon_opens_the_gesturers_words_not_the_question_before():
    text = _ZH + "有记者问道：“下一场有信心吗？”蔡立民笑了笑：“先好好休息。”\n"
    assert quote_speakers(text, "zh") == ["有记者", "蔡立民"]
