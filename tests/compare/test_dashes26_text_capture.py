"""The text extractor keeps the dash that opens speech in a capture that writes dash dialogue
("– Vi har inget val, säger X."), and still strips a list's dashes as bullets."""

from __future__ import annotations

from sidebyside.extract.text.lines import split_lines


def _lines(content: str) -> list[tuple[str, bool]]:
    return [(line.text, line.bullet) for line in split_lines(content) if line.text]


def test_speech_dashes_stay_in_a_capture_that_writes_dash_dialogue():
    content = ("Skolan i Ekby stängs\n\n– Vi har inget val, säger Lena Holm, rektor på skolan.\n\n"
               "– Eleverna flyttar till biblioteket i morgon.\n\nKommunen har listat åtgärderna:\n\n– ny ventilation\n")
    assert _lines(content)[1:] == [
        ("– Vi har inget val, säger Lena Holm, rektor på skolan.", False),
        ("– Eleverna flyttar till biblioteket i morgon.", False),
        ("Kommunen har listat åtgärderna:", False),
        ("ny ventilation", True),  # a short item: a bullet still
    ]


def test_english_dashed_sentences_stay_bullets():
    content = ("Council approves budget\n\nThe main points:\n\n"
               "– The library will stay open on Sundays, officials said.\n\n– Bus fares rise by ten cents next year.\n")
    assert _lines(content)[2:] == [
        ("The library will stay open on Sundays, officials said.", True),
        ("Bus fares rise by ten cents next year.", True),
    ]


def test_a_text_capture_of_dash_dialogue_gives_its_quotations_and_speakers():
    from sidebyside.capture import capture_bytes
    from sidebyside.compare import article_quotes
    from sidebyside.extract import extract

    content = ("Skolan i Ekby stängs efter fuktskador\n\nPublicerad 12 mars 2026\n\n"
               "EKBY (TT) Skolan i Ekby stängs från måndag sedan fukt hittats i matsalen och i två klassrum. "
               "Kommunen lovar att eleverna ska få undervisning i biblioteket redan från tisdag.\n\n"
               "– Vi har inget val, säger Lena Holm, rektor på skolan. – Vi flyttar eleverna till biblioteket.\n\n"
               "Föräldrarna fick beskedet på ett möte i går kväll. Många var oroliga för sina barn och "
               "ställde frågor om sanering och skolskjuts.\n\n"
               "Kommunen räknar med att saneringen tar minst tre månader och kostar fyra miljoner kronor.\n")
    article = extract(capture_bytes(content.encode(), path="capture.txt"))
    assert "– Vi har inget val, säger Lena Holm" in article.text
    assert [(q.text, q.speaker) for q in article_quotes(article.text)] == [
        ("Vi har inget val", "Lena Holm"), ("Vi flyttar eleverna till biblioteket.", "Lena Holm")]
