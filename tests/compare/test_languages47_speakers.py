"""Speakers in other languages (issue 12), session 27: a role noun with "former" after the verb
("a déclaré l'ancien maire", "ответил бывший мэр") and the person it stands for. Every person,
place and body invented."""

from __future__ import annotations

from .helpers import quote_speakers

_FR = "Budget à Vernoux\nVERNOUX. L'ancien maire de Vernoux, Gérard Lhomme, a critiqué mardi le budget.\n"
_IT = "Usura a Valdorso\nVALDORSO. Il tribunale ha condannato Ernesto Gavazzi, 61 anni, ex direttore di una filiale.\n"
_ES = "Presupuestos en Alcotén\nALCOTÉN. El ex alcalde de Alcotén, Anselmo Peñalver, criticó el martes los presupuestos.\n"
_DE = "Haushalt in Talheim\nTALHEIM. Der frühere Bürgermeister Rüdiger Manthey kritisierte am Dienstag den Haushalt.\n"
_RU = "Бюджет города\nЗАРЕЧЬЕ. Бывший мэр города Игорь Соколов во вторник раскритиковал бюджет.\n"


def test_a_former_role_noun_after_the_verb_is_the_person_the_article_set_by_it():
    assert quote_speakers(_FR + "« C'est une erreur », a déclaré l'ancien maire.\n", "fr") == ["Gérard Lhomme"]
    assert quote_speakers(_IT + "«Ho solo aiutato degli amici», ha dichiarato l'ex direttore.\n", "it") == ["Ernesto Gavazzi"]
    assert quote_speakers(_ES + "«Es un error», dijo el ex alcalde.\n", "es") == ["Anselmo Peñalver"]
    assert quote_speakers(_DE + "„Das ist ein Fehler“, sagte der frühere Bürgermeister.\n", "de") == ["Rüdiger Manthey"]
    assert quote_speakers(_RU + "«Это ошибка», — ответил бывший мэр.\n", "ru") == ["Игорь Соколов"]


def test_a_former_role_noun_is_never_the_current_holder():
    # the mayor is named; no former mayor is: not her, and not an unnamed source either (she is "la maire")
    text = ("Budget à Vernoux\nVERNOUX. La maire de Vernoux, Odile Ferrandon, a présenté mardi le budget.\n"
            "« C'est une erreur », a déclaré l'ancien maire.\n")
    assert quote_speakers(text, "fr") == [None]
    # the former and the current mayor both named: the former one speaks
    text = ("Presupuestos en Alcotén\nALCOTÉN. El ex alcalde de Alcotén, Anselmo Peñalver, criticó los presupuestos. "
            "El alcalde, Ramiro Cuesta, los defendió.\n«Es un error», dijo el ex alcalde.\n")
    assert quote_speakers(text, "es") == ["Anselmo Peñalver"]


def test_two_former_holders_of_one_role_credit_no_one():
    text = ("Haushalt in Talheim\nTALHEIM. Der frühere Bürgermeister Rüdiger Manthey und der frühere Bürgermeister "
            "Bernd Kaltofen kritisierten den Haushalt.\n„Das ist ein Fehler“, sagte der frühere Bürgermeister.\n")
    assert quote_speakers(text, "de") == [None]


def test_a_former_role_noun_set_by_no_one_is_an_unnamed_source():
    text = "Budget à Vernoux\nVERNOUX. Le conseil municipal a voté mardi le budget.\n« C'est une erreur », a déclaré l'ancien maire.\n"
    assert quote_speakers(text, "fr") == ["l'ancien maire"]
    text = "Bilancio a Valdorso\nVALDORSO. Il consiglio ha votato il bilancio.\n«È un errore», ha detto l'ex sindaco.\n"
    assert quote_speakers(text, "it") == ["l'ex sindaco"]


def test_a_former_role_noun_in_another_case_by_a_name_credits_no_one():
    # "бывшему мэру ... Евгению Лаврову": the name keeps the dative, no nominative to credit
    text = ("Суд смягчил приговор\nПСКОВ. Суд смягчил приговор бывшему мэру Евгению Лаврову.\n"
            "«Нет, и никогда не признаю», — ответил бывший мэр.\n")
    assert quote_speakers(text, "ru") != ["бывший мэр"]


_FR_SCHOOL = "École de Vernoux\nVERNOUX. La rentrée s'est bien passée mardi.\n"
_ES_SCHOOL = "Colegio de Alcotén\nALCOTÉN. El curso empezó el martes.\n"


def test_a_name_after_a_preposition_is_no_subject_nor_the_noun_after_its_phrase():
    # the one who asked is named, the one who answers ("la directrice") is not
    text = _FR_SCHOOL + "Interrogée par Odile Ferrandon, la directrice a répondu : « Tout est prêt. »\n"
    assert quote_speakers(text, "fr") == [None]
    text = _FR_SCHOOL + "Interrogée par Odile Ferrandon, la directrice a souri. « Tout est prêt », a ajouté la directrice.\n"
    assert quote_speakers(text, "fr") == [None]
    text = _ES_SCHOOL + "Preguntada por Remedios Albarrán, la directora respondió: «Todo está listo.»\n"
    assert quote_speakers(text, "es") == [None]
    text = _ES_SCHOOL + "Preguntada por Remedios Albarrán, la directora sonrió. «Todo está listo», dijo la directora.\n"
    assert quote_speakers(text, "es") == [None]


def test_a_noun_set_off_after_a_name_still_describes_her():
    text = _FR_SCHOOL + ("Mardi, Odile Ferrandon, la directrice de l'école, a accueilli les parents. "
                         "« Tout est prêt », a ajouté la directrice.\n")
    assert quote_speakers(text, "fr") == ["Odile Ferrandon"]
    text = _ES_SCHOOL + "El martes, Remedios Albarrán, la directora del colegio, recibió a los padres. «Todo está listo», dijo la directora.\n"
    assert quote_speakers(text, "es") == ["Remedios Albarrán"]


def test_a_plain_role_noun_is_not_the_former_holder_of_the_office():
    # "le maire" after "L'ancien maire ..., Gérard Lhomme,": the mayor now, whom the article never names
    assert quote_speakers(_FR + "« C'est une erreur », a déclaré le maire.\n", "fr") == [None]
    assert quote_speakers(_ES + "«Es un error», dijo el alcalde.\n", "es") == [None]
    assert quote_speakers(_DE + "„Das ist ein Fehler“, sagte der Bürgermeister.\n", "de") == [None]
    text = "Bilancio a Valdorso\nVALDORSO. L'ex sindaco di Valdorso, Ernesto Gavazzi, ha criticato il bilancio.\n"
    assert quote_speakers(text + "«È un errore», ha detto il sindaco.\n", "it") == [None]
    # the current mayor named as well: she speaks
    text = ("Budget à Vernoux\nVERNOUX. L'ancien maire, Gérard Lhomme, a critiqué le budget. "
            "La maire de Vernoux, Odile Ferrandon, l'a défendu.\n« C'est un bon budget », a déclaré la maire.\n")
    assert quote_speakers(text, "fr") == ["Odile Ferrandon"]
