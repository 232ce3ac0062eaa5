"""Faults of other languages seen on tune text (issue 12): a Czech subject dropped after whom the
words were told, a German apposition with its article and noun before the name; each with a case
it must leave alone."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_czech_sentence_opened_by_whom_the_words_were_told_credits_the_person_just_named():
    text = ('Policejní mluvčí Markéta Hájková potvrdila, že policie hledá svědky. Redakci sdělila: '
            '„Prověřujeme záznamy z kamer v okolí.“')
    assert quote_speakers(text) == ["Markéta Hájková"]
    text = ('Jedna z evakuovaných, důchodkyně Věra Malá, stála s taškou na silnici. Reportérovi ČTK řekla: '
            '„Mám tam všechno.“')
    assert quote_speakers(text) == ["Věra Malá"]
    # the person named at the end of the paragraph before (a Czech subject may follow its verb)
    text = ('Hokejisté Vsetína porazili Olomouc 4:2. Dvěma góly se blýskl útočník Ondřej Kratochvíl.\n\n'
            'Novinářům řekl: „Takový zápas si budu pamatovat dlouho.“')
    assert quote_speakers(text) == ["Ondřej Kratochvíl"]


def test_a_czech_surname_before_the_verb_is_still_its_subject():
    text = 'Starostka Jana Veselá navrhla alarm. Novák řekl: „Město na to peníze najde.“'
    assert quote_speakers(text) == ["Novák"]


def test_a_verb_of_the_other_gender_does_not_take_the_person_just_named():
    text = 'Policejní mluvčí Markéta Hájková potvrdila pátrání. Redakci sdělil: „Prověřujeme záznamy.“'
    assert quote_speakers(text) != ["Markéta Hájková"]


def test_a_german_apposition_with_article_and_noun_names_the_speaker():
    text = 'Eine frühere Schülerin, die Ärztin Miriam Sander, sagte: „Sie hat mir das Latein beigebracht.“'
    assert quote_speakers(text) == ["Miriam Sander"]
    # a named subject before the comma stays the speaker
    text = 'Maria Weber, die Mutter Anna Berg, sagte: „Sie hat mir das Latein beigebracht.“'
    assert quote_speakers(text) == ["Maria Weber"]


def test_a_noun_after_an_elided_article_stands_for_the_person_the_passage_is_about():
    text = ('La proprietaria, Angela Ferrari, 79 anni, ha dato l\'allarme. "Ho visto le fiamme", ha raccontato '
            'l\'anziana. "Senza i pompieri avremmo perso tutto."')
    assert quote_speakers(text) == ["Angela Ferrari", "Angela Ferrari"]
    # the noun set near the name when the article gives one
    text = ('La sua avvocata, Elisa Conti, ha annunciato ricorso. Il giudice Paolo Neri ha letto la sentenza. '
            '"La sentenza non tiene conto delle prove", ha affermato l\'avvocata.')
    assert quote_speakers(text) == ["Elisa Conti"]


def test_the_one_who_asked_does_not_answer():
    text = ('Una delle vittime, Maria Colombo, ha raccontato l\'incontro. La pm Chiara Longo le ha chiesto: '
            '"Ha controllato il tesserino?" "No, mi fidavo", ha risposto l\'anziana.')
    assert quote_speakers(text)[-1] != "Chiara Longo"


def test_an_elided_noun_of_the_other_gender_takes_no_one():
    text = 'Il figlio, Luca Ferrari, gestisce l\'azienda. "Il fieno era per l\'inverno", ha raccontato l\'anziana.'
    assert quote_speakers(text) == [None]


def test_a_surname_with_particles_after_the_verb_is_the_full_name_given_before():
    text = ('Kassel (dpa) - Ursula von der Heyden, 67, schilderte vor dem Landgericht, wie sie den Mann gesehen habe.\n\n'
            '„Er hatte einen Kanister in der Hand“, sagte von der Heyden.')
    assert quote_speakers(text) == ["Ursula von der Heyden"]
    # no full name before: the particles and a capitalised noun name no one
    assert quote_speakers('„Er hatte einen Kanister in der Hand“, sagte von der Polizei ein Beamter.')[0] != "Polizei"


def test_der_zeuge_is_the_one_the_passage_is_about_but_der_sprecher_is_someone_else():
    text = ('Der Hausmeister Günter Pohl hatte den Angeklagten im Keller angetroffen. '
            '„Er sagte, er suche sein Fahrrad“, sagte der Zeuge.')
    assert quote_speakers(text) == ["Günter Pohl"]
    text = 'Der Bürgermeister Hans Ott besuchte die Baustelle. „Wir prüfen alles“, sagte der Polizeisprecher.'
    assert quote_speakers(text) == [None]


def test_a_sentence_ends_after_a_german_quotation_closed_by_its_full_stop():
    from sidebyside.compare.text import split_sentences

    text = '„Das war unser Zuhause.“ Ihr Sohn sei in Behandlung, sagte sie. He left. “We are done,” she said.'
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "„Das war unser Zuhause.“", "Ihr Sohn sei in Behandlung, sagte sie.", "He left.", "“We are done,” she said."]


def test_a_japanese_position_held_toshiteiru_is_the_firm_s_after_its_president_spoke():
    text = ('北斗製菓は１０日、北海道千歳市に新工場を建設すると発表した。\n\n'
            '同社の木村浩二社長は記者会見で「海外の需要に応えたい」と述べた。\n\n'
            '同社は「地元の雇用を大切にする」としている。')
    speakers = quote_speakers(text)
    assert speakers[0] is not None and "木村" in speakers[0]
    assert speakers[1] is not None and "北斗製菓" in speakers[1]
    # a name in 「」 that a shop is called is nobody's words
    assert quote_speakers('駅前に「みどり」という店がある。') == [None]


def test_gai_gongsi_is_the_firm_named_before_unless_two_are():
    text = ('青禾乳业昨日宣布，将在宁夏建设一座新工厂。\n\n青禾乳业董事长陈立新在发布会上说：“宁夏的奶源质量很好。”\n\n'
            '对此，该公司回应称：“我们的订单已经排到明年。”')
    assert quote_speakers(text)[-1] == "青禾乳业"
    text = ('青禾乳业昨日宣布收购红山乳业。\n\n对此，该公司回应称：“我们的订单已经排到明年。”')
    assert quote_speakers(text)[-1] == "该公司"
