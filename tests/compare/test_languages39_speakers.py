"""Speakers in Norwegian, Danish, Finnish and Ukrainian (issue 12): each language's entry of
speech_languages.json is read only in its own texts ("sa" is French "sa", "en" French "en"), and a
Scandinavian genitive ("Lemvigs borgmester") owns a role, never speaks. Each with a case it must
leave alone."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.attribution.vocabulary import own_language

from .helpers import quote_speakers


# --- Norwegian ----------------------------------------------------------------------------------

_NB_LEAD = ("TROMSØ (NTB) Kommunen stengte mandag svømmehallen i Tromsø etter at det ble funnet rust i "
            "taket. Det er ikke første gang hallen har hatt problemer, og den blir ikke åpnet før etter jul.\n\n")


def test_norwegian_sier_after_the_quotation_credits_the_role_and_name_after_it():
    text = _NB_LEAD + "«Vi tar ingen sjanser med barnas sikkerhet», sier driftsleder Gunnar Vik i kommunen."
    assert quote_speakers(text) == ["Gunnar Vik"]


def test_norwegian_sa_with_a_pronoun_is_the_person_named_before():
    text = _NB_LEAD + ("Marit Aasen leder foreldrerådet og er kritisk til kommunen. «Dette burde vært "
                       "oppdaget for lenge siden», sa hun til avisen.")
    [speaker] = quote_speakers(text)
    assert speaker.endswith("Marit Aasen")


def test_norwegian_name_in_marks_with_no_verb_credits_nobody():
    text = _NB_LEAD + "Hallen fikk kallenavnet «Isboksen» da den åpnet i 1979, og navnet har hengt ved."
    assert not any(quote_speakers(text))


# --- Danish -------------------------------------------------------------------------------------

_DA_LEAD = ("ESBJERG (Ritzau) Kommunen lukkede mandag svømmehallen i Esbjerg, efter at der blev fundet rust "
            "i loftet. Det er ikke første gang, hallen har haft problemer, og nogle af forældrene havde "
            "klaget over lugten i et år. Hallen åbner først efter jul, og meget af vandet skal skiftes.\n\n")


def test_danish_comma_inside_the_mark_then_siger_credits_the_name():
    text = _DA_LEAD + "»Vi tager ingen chancer med børnenes sikkerhed,« siger driftschef Bente Krogh."
    assert quote_speakers(text) == ["Bente Krogh"]


def test_danish_genitive_before_a_role_credits_the_name_after_its_comma_not_the_town():
    text = _DA_LEAD + "»Vi har bedt om pengene i tre år,« siger Esbjergs borgmester, Niels Ravn (S)."
    assert quote_speakers(text) == ["Niels Ravn"]


def test_danish_genitive_before_a_role_with_no_name_credits_nobody():
    text = _DA_LEAD + "»Vi har bedt om pengene i tre år,« siger Esbjergs borgmester."
    assert quote_speakers(text) == [None]


# --- Finnish ------------------------------------------------------------------------------------

_FI_LEAD = ("OULU Kaupunki sulki maanantaina uimahallin Oulussa, koska katosta löytyi ruostetta. Hallissa on "
            "ollut ongelmia myös aiemmin, ja se on kiinni ainakin joulun yli.\n\n")


def test_finnish_sanoo_with_the_role_before_the_name_credits_the_name():
    text = _FI_LEAD + "”Emme ota riskejä lasten turvallisuuden kanssa”, sanoo liikuntajohtaja Leena Harju."
    assert quote_speakers(text) == ["Leena Harju"]


def test_finnish_name_before_the_verb_after_the_quotation_credits_that_name():
    text = _FI_LEAD + ("Liikuntajohtaja Leena Harju pahoittelee tilannetta. ”Korjaus kestää ainakin kaksi "
                       "kuukautta”, Harju kertoo.")
    [speaker] = quote_speakers(text)
    assert speaker.endswith("Harju")


def test_finnish_name_in_marks_with_no_verb_credits_nobody():
    text = _FI_LEAD + "Kaupunkilaiset kutsuvat hallia nimellä ”Lasipalatsi” jo vuosikymmenten ajan."
    assert not any(quote_speakers(text))


# --- Ukrainian ----------------------------------------------------------------------------------

_UK_LEAD = ("ЛУЦЬК Міська рада у понеділок закрила басейн у Луцьку через іржу на даху. Це вже не перший "
            "раз, коли басейн має проблеми, і він не відкриється до зими.\n\n")


def test_ukrainian_dash_and_verb_after_the_quotation_credit_the_name_after_them():
    text = _UK_LEAD + "«Ми не ризикуємо безпекою дітей», — сказав директор басейну Степан Яковенко."
    assert quote_speakers(text) == ["Степан Яковенко"]


def test_ukrainian_feminine_pronoun_is_the_woman_named_before():
    text = _UK_LEAD + ("Голова батьківського комітету Галина Мороз критикує міську раду. «Про це знали "
                       "ще два роки тому», — зазначила вона.")
    [speaker] = quote_speakers(text)
    assert speaker.endswith("Галина Мороз")


def test_ukrainian_name_in_marks_with_no_verb_credits_nobody():
    text = _UK_LEAD + "Місцеві жителі називали басейн «Акваріум» ще з радянських часів."
    assert not any(quote_speakers(text))


# --- a language's own words, read only in its texts ------------------------------------------------

def test_own_words_are_read_only_in_their_language():
    assert own_language("nb") == "nb" and own_language("no") == "nb"
    assert own_language("da") == "da" and own_language("uk") == "uk"
    assert own_language("en") is None and own_language("tr") is None and own_language(None) is None


def test_a_french_sa_is_no_speech_verb():
    text = ("PARIS Le club a annoncé lundi la fermeture de la piscine municipale après la découverte de "
            "rouille dans la toiture, une mauvaise nouvelle pour les familles du quartier.\n\n"
            "Le maire a présenté « sa solution provisoire » aux parents, sans donner de date de réouverture.")
    assert not any(quote_speakers(text))


# --- Swedish words read only in Swedish texts --------------------------------------------------------

_SV_LEAD = ("LULEÅ Kommunen stängde på måndagen simhallen i Luleå efter att rost hittats i taket. Det är inte "
            "första gången hallen har problem, och den öppnar inte igen förrän efter jul.\n\n")


def test_swedish_sa_with_a_pronoun_credits_the_woman_named_before():
    text = _SV_LEAD + ("Driftchefen Göran Lind och badmästaren Eva Holm fick beskedet på fredagen.\n\n"
                       "”Vi tar inga risker med barnens säkerhet”, sa hon till SVT.")
    [speaker] = quote_speakers(text)
    assert speaker is not None and speaker.endswith("Eva Holm")


def test_swedish_indefinite_en_after_the_verb_is_an_unnamed_source_not_a_french_preposition():
    text = _SV_LEAD + "”Det borde ha upptäckts för länge sedan”, säger en anställd på badet."
    [speaker] = quote_speakers(text)
    assert speaker is not None and "anställd" in speaker


# --- a description after the verb --------------------------------------------------------------------

def test_definite_noun_after_the_verb_is_the_person_the_article_wrote_it_beside():
    text = _SV_LEAD + ("Rektor Annika Berg har skrivit till alla föräldrar om stängningen.\n\n"
                       "Eleverna flyttar till en idrottshall medan taket lagas.\n\n"
                       "”Vi kan inte vänta längre med det här”, säger rektorn.")
    [speaker] = quote_speakers(text)
    assert speaker.endswith("Annika Berg")


def test_definite_noun_after_the_verb_with_no_one_named_so_is_the_description_itself():
    text = _DA_LEAD + "»Retten har lagt vægt på, at beløbet er stort,« sagde dommeren, da dommen faldt."
    assert quote_speakers(text) == ["dommeren"]


def test_adverb_after_the_verb_before_a_name_is_no_description():
    text = _SV_LEAD + "”Vi tar inga risker”, säger även Göran Lind, driftchef i kommunen."
    [speaker] = quote_speakers(text)
    assert speaker is None or speaker.endswith("Göran Lind")


# --- "Det siger X" after a quotation -----------------------------------------------------------------

def test_danish_det_siger_after_the_quotation_credits_the_name_after_the_verb():
    text = _DA_LEAD + ("Borgmester Niels Ravn (S) har lovet en ny hal.\n\n"
                       "»Vandet skal skiftes, før nogen kan svømme igen.« Det siger driftschef Bente Krogh til Ritzau.")
    assert quote_speakers(text) == ["Bente Krogh"]


def test_det_opening_a_sentence_not_after_a_quotation_is_no_pointer():
    text = _DA_LEAD + ("Det siger driftschef Bente Krogh til Ritzau. Hun venter på et svar fra kommunen, "
                       "som kalder sagen »en ren formalitet«.")
    assert quote_speakers(text) != ["Bente Krogh"]


# --- Finnish "hän", a Ukrainian press office -----------------------------------------------------------

def test_finnish_han_before_the_verb_after_the_quotation_is_the_person_named_before():
    text = _FI_LEAD + ("Uimaseuran puheenjohtaja Riitta Saarinen on pettynyt kaupunkiin. ”Tästä on varoitettu "
                       "jo vuosia”, hän sanoo.")
    [speaker] = quote_speakers(text)
    assert speaker is not None and speaker.endswith("Riitta Saarinen")


def test_finnish_han_with_no_one_named_before_credits_nobody():
    text = _FI_LEAD + "”Tästä on varoitettu jo vuosia”, hän sanoo."
    assert quote_speakers(text) == [None]


def test_ukrainian_plural_verb_in_the_press_office_credits_the_office():
    text = _UK_LEAD + "«Ремонт почнеться навесні», — повідомили в пресслужбі міськради."
    [speaker] = quote_speakers(text)
    assert speaker is not None and speaker.startswith("пресслужбі")


def test_ukrainian_plural_verb_in_a_place_is_no_office():
    text = _UK_LEAD + "«Ремонт почнеться навесні», — сказали в Луцьку."
    [speaker] = quote_speakers(text)
    assert speaker is None or "Луцьку" not in speaker


# --- a hyphen-minus as the speech dash ---------------------------------------------------------------

_HYPHEN_LEAD = ("BODØ Kommunen stengte mandag svømmehallen i Bodø etter at det ble funnet rust i taket. Det er "
                "ikke første gang hallen har hatt problemer, og den blir ikke åpnet før etter jul.\n\n")


def test_hyphen_minus_opening_the_paragraph_with_a_hand_over_is_speech():
    text = _HYPHEN_LEAD + "- Vi tar ingen sjanser med barnas sikkerhet, sier driftsleder Gunnar Vik."
    quotes = article_quotes(text)
    assert [q.text for q in quotes] == ["Vi tar ingen sjanser med barnas sikkerhet"]
    assert quotes[0].speaker.endswith("Gunnar Vik")


def test_hyphen_minus_list_items_are_no_speech():
    text = _HYPHEN_LEAD + "Kommunen tilbyr dette i mellomtiden:\n\n- gratis buss til Hunstad bad\n\n- svømming på skolene"
    assert not article_quotes(text)


def test_dash_pronoun_after_the_hand_over_is_the_person_the_passage_is_about():
    text = _HYPHEN_LEAD + ("Badeleder Marit Aasen fikk beskjeden søndag kveld.\n\n"
                           "- Jeg ble veldig overrasket, sier hun.")
    [speaker] = quote_speakers(text)
    assert speaker is not None and speaker.endswith("Marit Aasen")


def test_dash_pronoun_of_the_other_gender_credits_nobody():
    text = _HYPHEN_LEAD + ("Badeleder Gunnar Vik fikk beskjeden søndag kveld.\n\n"
                           "- Jeg ble veldig overrasket, sier hun.")
    assert quote_speakers(text) == [None]


# --- Finnish "mukaan" after a genitive name ----------------------------------------------------------

def test_finnish_mukaan_after_a_genitive_name_credits_the_name_in_the_nominative():
    text = _FI_LEAD + "Liikuntajohtaja Leena Virtasen mukaan korjaus on ”välttämätön mutta kallis”."
    assert quote_speakers(text) == ["Leena Virtanen"]


def test_finnish_mukaan_after_a_one_word_name_credits_no_made_up_nominative():
    text = _FI_LEAD + "Helsingin mukaan korjaus on ”välttämätön mutta kallis”."
    [speaker] = quote_speakers(text)
    assert speaker != "Helsingi"
