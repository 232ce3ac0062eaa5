"""Dash dialogue: speech a dash opens at a paragraph's start, with no quotation marks, found as
quoted parts and credited to the clause the speech hands over to (issue 13); a dash inside a
sentence, a dashed list, a dateline and an English text's dashed bullets open nothing."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def _credits(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in article_quotes(text)]


_SV_LEAD = "Skolan i Ekby stängs\n\nEKBY (TT) Skolan i Ekby stängs från måndag sedan fukt hittats i matsalen.\n\n"


def test_swedish_speech_hands_over_at_the_comma_and_resumes_after_a_new_dash():
    text = _SV_LEAD + "– Vi har inget val, säger Lena Holm, rektor på skolan. – Vi flyttar eleverna till biblioteket."
    assert _quoted(text) == ["Vi har inget val", "Vi flyttar eleverna till biblioteket."]
    quotes = find_quotes(text)
    assert quotes[1].utterance == 0  # one utterance, two parts
    assert [s for _, s in _credits(text)] == ["Lena Holm", "Lena Holm"]


def test_russian_comma_and_dash_hand_over_to_the_name_after_the_verb():
    text = ("Завод остановлен\n\nЗавод в Липовке остановлен из-за нехватки деталей.\n\n"
            "— Мы узнали об этом вчера, — сказал директор завода Павел Громов. — Зарплату выплатят полностью.")
    assert _credits(text) == [("Мы узнали об этом вчера", "Павел Громов"),
                              ("Зарплату выплатят полностью.", "Павел Громов")]


def test_spanish_attribution_closed_by_a_dash_lets_the_speech_resume():
    text = ("Cierra el puerto\n\nEl puerto de Almira cierra por el temporal.\n\n"
            "—No tenemos dinero para el dique —dijo la alcaldesa, Marta Gil—. Lo hemos pedido muchas veces.")
    assert _credits(text) == [("No tenemos dinero para el dique", "Marta Gil"),
                              ("Lo hemos pedido muchas veces.", "Marta Gil")]


def test_polish_dash_then_verb_and_a_verb_alone_credit_the_speaker_before():
    text = ("Most zamknięty\n\nMost w Borkach zamknięto w poniedziałek.\n\n"
            "– Nie mamy wyboru – powiedział dyrektor Adam Wrona.\n\n"
            "– Ekspertyza wykazała pęknięcia w filarach – dodał.")
    assert [s for _, s in _credits(text)] == ["Adam Wrona", "Adam Wrona"]


def test_name_before_the_verb_is_the_speaker():
    text = _SV_LEAD + "– Det här har pågått i flera år, Lena Holm säger till TT."
    assert [s for _, s in _credits(text)] == ["Lena Holm"]


def test_pronoun_with_no_speech_before_credits_no_one():
    text = _SV_LEAD + "– Vi visste ingenting om fukten, säger hon till TT."
    assert _credits(text) == [("Vi visste ingenting om fukten", None)]


def test_a_dash_inside_a_sentence_opens_nothing():
    text = _SV_LEAD + "Rektorn Lena Holm – som själv gick i skolan – lovar en snabb sanering, säger kommunen."
    assert _quoted(text) == []


def test_a_dashed_list_and_a_dateline_open_nothing_beside_speech():
    text = _SV_LEAD + ("– Vi har inget val, säger Lena Holm.\n\nKommunen har listat åtgärderna:\n\n"
                       "– ny ventilation\n\n– nya golv i matsalen\n\n– Sanering av hela källaren under sommaren.\n\n– TT")
    assert _quoted(text) == ["Vi har inget val"]


def test_a_sentence_after_speech_runs_on_as_the_same_speakers_words():
    text = _SV_LEAD + "– Vi har inget val, säger Lena Holm.\n\n– Eleverna ska inte behöva vara sjuka i skolan."
    assert [s for _, s in _credits(text)] == ["Lena Holm", "Lena Holm"]


def test_english_dashed_bullets_open_nothing():
    text = ("Council approves budget\n\nThe council approved its budget on Monday. The main points:\n\n"
            "– The library will stay open on Sundays, officials said.\n\n"
            "– Bus fares rise by ten cents, the mayor said.\n\n"
            "– Parks get two new gardeners.")
    assert _quoted(text) == []


def test_a_marked_quotation_in_a_dash_paragraph_is_read_by_its_marks():
    text = _SV_LEAD + "– Hon kallade det ”en katastrof”, säger Lena Holm."
    assert _quoted(text) == ["en katastrof"]


def test_a_pronoun_after_speech_credits_the_speaker_before_unless_another_name_is_there():
    text = _SV_LEAD + ("– Vi har inget val, säger Lena Holm.\n\n– Det är tråkigt för eleverna, säger hon till TT.\n\n"
                       "– Vi visste det redan, säger hon till Per Ström.")
    assert [s for _, s in _credits(text)] == ["Lena Holm", "Lena Holm", None]


def test_a_question_after_speech_is_not_the_speakers():
    text = _SV_LEAD + "– Vi har inget val, säger Lena Holm.\n\n– Hur länge blir skolan stängd?"
    assert [s for _, s in _credits(text)] == ["Lena Holm", None]


def test_a_description_after_the_verb_is_not_the_speaker_before():
    text = _SV_LEAD + "– Vi har inget val, säger Lena Holm.\n\n– Det stämmer inte alls, säger vaktmästaren."
    assert [s for _, s in _credits(text)] == ["Lena Holm", None]
