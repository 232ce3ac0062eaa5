"""The same dateline reads the same in an HTML page and in a text capture of it, in every language
of the month table: month names, numeric dates by the page's locale, dotted times, "Updated …,
first published …" (hand-written pages: a headline, a dateline, six paragraphs)."""

from __future__ import annotations

import pytest

from sidebyside.extract.html import extract_html
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

PARAGRAPHS = {
    "en": "The city council approved the new traffic plan last night after a long debate with residents of "
          "the old town and the associations of shopkeepers who had asked for more time.",
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico della città, dopo una "
          "lunga discussione con i residenti del centro storico e le associazioni dei commercianti.",
    "de": "Der Stadtrat hat gestern Abend den neuen Verkehrsplan für die Stadt beschlossen, nach einer langen "
          "Debatte mit den Bewohnern der Altstadt und den Verbänden der Händler.",
    "fr": "Le conseil municipal a adopté hier soir le nouveau plan de circulation de la ville, après un long "
          "débat avec les habitants du centre historique et les associations de commerçants.",
    "es": "El ayuntamiento aprobó anoche el nuevo plan de tráfico de la ciudad, tras un largo debate con los "
          "vecinos del casco antiguo y las asociaciones de comerciantes del centro.",
    "ru": "Городской совет вчера вечером утвердил новый план движения транспорта в городе после долгого "
          "обсуждения с жителями старого города и ассоциациями торговцев центра.",
    "ar": "وافق المجلس البلدي مساء أمس على الخطة الجديدة للمرور في المدينة بعد نقاش طويل مع سكان البلدة "
          "القديمة وجمعيات التجار في وسط المدينة الذين طلبوا مزيدا من الوقت.",
}
HEADLINE = "The new traffic plan for the old town"


def _paragraphs(language: str, repeated: bool) -> list[str]:
    text = PARAGRAPHS[language]
    return [text if repeated or not i else f"{text} ({i})" for i in range(6)]


def read_both(language: str, dateline: str, repeated: bool = False) -> tuple[str | None, str | None]:
    """(the text capture's date, the HTML page's date) of one page with this dateline."""
    paragraphs = _paragraphs(language, repeated)
    text = f"{HEADLINE}\n\n{dateline}\n\n" + "\n\n".join(paragraphs) + "\n"
    as_text = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))
    html = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<p class='date'>{dateline}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>")
    as_html = extract_html(Capture(source=Source(path="page.html", format="html"), content=html))
    return as_text.published, as_html.published


@pytest.mark.parametrize(
    ("language", "dateline", "iso"),
    [
        ("it", "7 gennaio 2024", "2024-01-07"),
        ("it", "03/10/2026", "2026-10-03"),  # day first on an Italian page
        ("en", "03/10/2026", "2026-03-10"),  # month first on an English page naming no region
        ("it", "mercoledì 7 gennaio 2024, ore 14:05", "2024-01-07T14:05"),
        ("it", "Aggiornato il 10 marzo 2026, pubblicato il 9 marzo 2026", "2026-03-09"),
        ("de", "Mittwoch, 7. Januar 2024, 14.05 Uhr", "2024-01-07T14:05"),
        ("de", "Erstellt: 09.03.2026, 07.00 Uhr | Aktualisiert: 10.03.2026, 08.30 Uhr", "2026-03-09T07:00"),
        ("fr", "Publié le jeudi 7 janvier 2024 à 14h05", "2024-01-07T14:05"),
        ("fr", "Mis à jour le 10/03/2026 à 08h30 Publié le 09/03/2026 à 07h00", "2026-03-09T07:00"),
        ("es", "Actualizado el 10 de marzo de 2026, publicado el 9 de marzo de 2026", "2026-03-09"),
        ("es", "Publicado: 07/01/2024 - 14h05", "2024-01-07T14:05"),
        ("ru", "10 марта 2026 г., 14:05", "2026-03-10T14:05"),
        ("ru", "Обновлено 10 марта 2026, опубликовано 9 марта 2026", "2026-03-09"),
        ("ar", "٧ يناير ٢٠٢٤", "2024-01-07"),
        ("ar", "آخر تحديث: 10 مارس 2026 - نشر في: 9 مارس 2026", "2026-03-09"),
        ("ar", "الأحد 7 يناير 2024 الساعة 14:05", "2024-01-07T14:05"),
        ("en", "Tuesday 10 March 2026 08.30 GMT", "2026-03-10T08:30+00:00"),
        ("en", "Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03-05:00"),  # a US zone: standard time that day
        ("en", "Updated 10.02am GMT, 10 March 2026", "2026-03-10T10:02+00:00"),
        # the first publication, with its weekday between the label and the date
        ("en", "Tue 10 Mar 2026 08.30 GMT First published on Mon 9 Mar 2026 10.02 GMT", "2026-03-09T10:02+00:00"),
        ("en", "Last updated on March 10, 2026, 8:30 p.m. Originally published March 9, 2026", "2026-03-09"),
    ],
)
def test_a_dateline_reads_the_same_in_both_families(language, dateline, iso):
    assert read_both(language, dateline) == (iso, iso)


def test_a_capture_whose_body_is_only_found_by_widening_reads_numeric_dates_in_its_language():
    # six identical lines are no body run: the language comes from the page's lines of words
    assert read_both("it", "03/10/2026", repeated=True) == ("2026-10-03", "2026-10-03")
