"""Language guessed from the text when the page declares none; None rather than a wrong guess."""

from __future__ import annotations

import lxml.html
import pytest

from sidebyside.extract.language import contradicts, guess_language
from sidebyside.extract.html.metadata import extract_metadata

SAMPLES = {
    "en": "The minister said on Tuesday that the government would not change its plans for the "
          "new bridge, which has been delayed by two years and is now expected to cost more than "
          "the council was told when it approved the project in the spring.",
    "fr": "Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets pour le "
          "nouveau pont, qui a été retardé de deux ans et dont le coût est désormais plus élevé que "
          "prévu par le conseil qui avait approuvé le projet au printemps.",
    "de": "Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für die neue Brücke nicht "
          "ändern werde, die sich um zwei Jahre verzögert hat und nun mehr kosten wird, als dem Rat "
          "bei der Genehmigung des Projekts im Frühjahr gesagt wurde.",
    "es": "El ministro dijo el martes que el gobierno no cambiará sus planes para el nuevo puente, "
          "que se ha retrasado dos años y que ahora costará más de lo que se dijo al consejo cuando "
          "aprobó el proyecto en la primavera.",
    "ru": "Министр заявил во вторник, что правительство не будет менять свои планы по строительству "
          "нового моста, который задерживается на два года и теперь обойдётся дороже, чем было "
          "объявлено совету при утверждении проекта весной.",
    "uk": "Міністр заявив у вівторок, що уряд не змінюватиме свої плани щодо нового мосту, який "
          "затримується на два роки і тепер коштуватиме більше, ніж було оголошено раді навесні.",
    "ar": "قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن الجسر الجديد الذي تأخر عامين "
          "ومن المتوقع الآن أن تتجاوز تكلفته ما أُبلغ به المجلس عند الموافقة على المشروع في الربيع.",
    "fa": "وزیر روز سه‌شنبه گفت که دولت برنامه‌های خود را برای پل جدید تغییر نخواهد داد که دو سال "
          "به تأخیر افتاده و اکنون هزینه آن بیشتر از چیزی است که به شورا گفته شده بود.",
    "el": "Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της για τη νέα "
          "γέφυρα, η οποία έχει καθυστερήσει δύο χρόνια και θα κοστίσει περισσότερο.",
    "he": "השר אמר ביום שלישי כי הממשלה לא תשנה את תוכניותיה לגבי הגשר החדש, שהתעכב בשנתיים "
          "וצפוי לעלות יותר ממה שנאמר למועצה כאשר אישרה את הפרויקט באביב.",
    "ja": "大臣は火曜日、政府は新しい橋の計画を変更しないと述べた。橋の完成は二年遅れており、"
          "費用は春に議会が承認した時の説明よりも高くなる見込みだ。",
    "zh": "部长周二表示，政府不会改变新桥的计划。该桥已推迟两年，目前预计费用将高于春季议会批准项目时所告知的数额。",
    "ko": "장관은 화요일 정부가 새 다리에 대한 계획을 바꾸지 않을 것이라고 말했다. 다리는 2년 늦어졌고 비용은 더 들 것으로 보인다.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_guess_language(language):
    assert guess_language(SAMPLES[language]) == language


@pytest.mark.parametrize("text", [
    "",
    "Breaking news",  # too short
    "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut "
    "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
    "nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate.",
    # Cyrillic too short for the word lists.
    "Мост закрыт до весны.",
])
def test_no_guess_when_the_text_does_not_settle_it(text):
    assert guess_language(text) is None


def test_cyrillic_languages_without_telling_letters_go_to_the_word_lists():
    bulgarian = ("Министърът заяви във вторник, че правителството няма да промени плановете си за новия "
                 "мост, който е забавен с две години и сега ще струва повече от обявеното на съвета.")
    assert guess_language(bulgarian) == "bg"
    # A short Russian sentence without "ы" or "э".
    assert guess_language("Министр сказал, что план готов и будет представлен парламенту в понедельник.") == "ru"


def test_ukrainian_is_ukrainian_in_both_families():
    from sidebyside.capture import capture_bytes
    from sidebyside.extract import extract

    paragraphs = [
        SAMPLES["uk"],
        "Мер міста сказав журналістам, що ремонт почнеться наступного тижня і триватиме щонайменше "
        "до кінця літа, а транспорт тим часом їздитиме об'їзною дорогою через промислову зону.",
        "Мешканці сусідніх вулиць скаржаться на затори, які виникають щоранку, і вимагають від міської "
        "ради пояснити, чому роботи не завершили ще минулого року, як було обіцяно.",
        "Підрядник заявив, що затримка пов'язана з нестачею матеріалів і погодними умовами, проте "
        "пообіцяв залучити додаткові бригади, щоб надолужити втрачений час.",
        "Експерти зазначають, що подібні проєкти в інших містах країни також часто затримуються, "
        "а їхня вартість зростає через інфляцію та зміни в технічних вимогах.",
    ]
    text = "Міст закрито на два роки\n\n" + "\n\n".join(paragraphs) + "\n"
    as_text = extract(capture_bytes(text.encode("utf-8"), path="page.txt", format="text"))
    html = "<html><body><h1>Міст закрито на два роки</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    as_html = extract(capture_bytes(html.encode("utf-8"), path="page.html", format="html"))
    assert as_text.language == as_html.language == "uk"


def _language_of(html: str):
    m = extract_metadata(lxml.html.document_fromstring(html), None)
    return m.language, m.language_guessed


def test_metadata_guesses_when_the_page_declares_nothing():
    assert _language_of(f"<html><body><h1>Мост</h1><p>{SAMPLES['ru']}</p></body></html>") == ("ru", True)


def test_declared_language_stands_when_the_text_agrees_or_is_unsure():
    assert _language_of(f'<html lang="ru-RU"><body><p>{SAMPLES["ru"]}</p></body></html>') == ("ru", False)
    assert _language_of('<html lang="bg"><body><p>Кратък текст.</p></body></html>') == ("bg", False)


def test_text_outranks_a_declaration_it_plainly_contradicts():
    # A site-wide lang="de" template around an English article.
    assert _language_of(f'<html lang="de"><body><p>{SAMPLES["en"]}</p></body></html>') == ("en", True)


@pytest.mark.parametrize(("declared", "guessed", "verdict"), [
    ("de", "en", True),  # both told apart by the word lists
    ("en", "ru", True),  # another script altogether
    ("fa", "ar", False),  # same script: Persian text short of Persian letters
    ("nb", "sv", False),  # Norwegian is not in the word lists
    ("ms", "id", False),
    ("en", None, False),
    ("en", "en", False),
])
def test_contradicts(declared, guessed, verdict):
    assert contradicts(declared, guessed) is verdict


def test_unmodelled_declared_language_is_kept():
    norwegian = ("Ministeren sa tirsdag at regjeringen ikke vil endre planene for den nye broen, som er "
                 "forsinket med to år og nå ventes å koste mer enn det kommunestyret fikk høre i vår.")
    assert _language_of(f'<html lang="nb"><body><p>{norwegian}</p></body></html>') == ("nb", False)
