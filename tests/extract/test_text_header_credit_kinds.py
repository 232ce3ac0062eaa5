"""Headers and credits of kinds a text capture keeps of its page's markup (each capture
hand-written, fictional outlets and people): a dateline label with Arabic vowel marks, the
author's name and date run together with a read time and a comment count, writers parted by a
bar with the place before the date's dash, an accented given name, an outlet's noun in Portuguese,
a consent notice naming the site in the third person, a live bar above the masthead, a Chinese
story's credit in brackets and its dated fields, a button in a script without spaces, summary
points whose bullets a copy drops, a headline over a standfirst without a stop."""

from __future__ import annotations

from sidebyside.extract.byline_lines import byline_names, opening_names
from sidebyside.extract.dates import find_dates, label_opening
from sidebyside.extract.html import extract_html
from sidebyside.extract.names import person_like
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.kinds import FURNITURE, PROSE
from sidebyside.extract.text.meta import _dated_fields, is_meta, name_date_names
from sidebyside.extract.text.rules import classify
from sidebyside.model import Capture, Source


def _read(text: str, name: str = "page.txt"):
    return extract_text(Capture(source=Source(path=name, format="text"), content=text))


BODY_CS = [
    "Silničáři uzavřeli most přes Sázavu u Ledče po pravidelné prohlídce, která odhalila trhliny v "
    "nosnících. Objížďka vede přes sousední obce a řidiči na ní ztratí až dvacet minut.",
    "„Most nebyl v dobrém stavu už několik let, ale tohle jsme nečekali,“ řekl mluvčí správy silnic "
    "Tomáš Beneš. Podle něj bude oprava trvat nejméně do konce léta a vyjde na desítky milionů.",
    "Starostové okolních obcí chtějí, aby kraj zajistil aspoň náhradní autobusovou dopravu pro školáky "
    "a seniory, kteří most denně používají cestou do města k lékaři a do obchodů.",
]

BODY_ES = [
    "El Ayuntamiento ha aprobado este lunes el cierre del mercado de abastos durante seis meses para "
    "reformar la cubierta, que lleva años dando problemas de filtraciones a los puestos del interior.",
    "Los comerciantes se trasladarán a una carpa provisional en la plaza de la Constitución, donde el "
    "Consistorio instalará cámaras frigoríficas y puntos de agua para todos los puestos de pescado.",
    "La concejala de Comercio, Inés Robles, ha asegurado que los vendedores no pagarán tasas mientras "
    "dure la obra y que el mercado reabrirá antes del verano del año que viene si no hay retrasos.",
]


def test_a_dateline_label_with_arabic_vowel_marks_ends_the_name():
    line = "كتب: أحمد الراشد نُشر في: الأحد، ٨ مارس ٢٠٢٦ - ٠٩:١٥ ص"
    assert byline_names(line) == ["أحمد الراشد"]
    assert label_opening("نُشر في: الأحد") == "published" == label_opening("نشر في: الأحد")
    assert [f.label for f in find_dates(line)] == ["published"]


def test_a_name_and_date_run_together_with_a_read_time_and_a_comment_count():
    line = "Jana Novotná 5. března 2026 9:40 Čtení na 4 minuty Diskuse (12)"
    assert name_date_names(line, False) == ["Jana Novotná"]
    assert is_meta(line)
    # no number after the date: words of a teaser, not counts; no person: a section
    assert name_date_names("Jana Novotná 5. března 2026 Nejčtenější články dne z našeho regionu", False) == []
    assert name_date_names("Hlavní zprávy 5. března 2026 Čtení na 4 minuty", False) == []


def test_the_capture_reads_that_cluster_under_the_standfirst():
    page = "\n\n".join([
        "Zprávy Domácí Zahraniční Sport Kultura",
        "Most přes Sázavu u Ledče zůstane zavřený do léta",
        "Po prohlídce silničáři našli v nosnících trhliny, oprava vyjde na desítky milionů korun a potrvá měsíce.",
        "Jana Novotná 5. března 2026 9:40 Čtení na 4 minuty Diskuse (12)",
        *BODY_CS,
    ]) + "\n"
    article = _read(page)
    assert article.authors == ("Jana Novotná",)
    assert (article.published or "").startswith("2026-03-05")


def test_writers_parted_by_a_bar_and_the_place_before_the_dates_dash():
    line = "Marta Gil | Pablo Ruiz Sevilla - 12 mar 2026 - 10:05 CET Actualizado: 12 mar 2026 - 12:40 CET"
    assert name_date_names(line, False) == ["Marta Gil", "Pablo Ruiz"]
    # a name of two words before the dash is the name only
    assert name_date_names("Marta Gil | Pablo Ruiz - 12 mar 2026 - 10:05 CET", False) == ["Marta Gil", "Pablo Ruiz"]


def test_the_headline_over_a_standfirst_without_a_stop_stays_the_headline():
    page = "\n\n".join([
        "Economía · Comercio",
        "El mercado de abastos cerrará seis meses para reformar la cubierta",
        "Los puestos se trasladan a una carpa en la plaza de la Constitución y no pagarán tasas mientras dure la "
        "obra; el Ayuntamiento prevé reabrir antes del verano",
        "Marta Gil | Pablo Ruiz Sevilla - 12 mar 2026 - 10:05 CET Actualizado: 12 mar 2026 - 12:40 CET",
        *BODY_ES,
    ]) + "\n"
    article = _read(page)
    assert article.title == "El mercado de abastos cerrará seis meses para reformar la cubierta"
    assert article.authors == ("Marta Gil", "Pablo Ruiz")
    assert (article.published or "").startswith("2026-03-12")


def test_an_accented_given_name_is_a_given_name():
    assert person_like("Lucía Herrero", False)
    assert person_like("Zoë Hartley", False)
    assert not person_like("Música Nueva", False)
    assert not person_like("Página Principal", False)


def test_an_outlets_noun_in_portuguese_ends_no_writers_name():
    assert byline_names("Por Ana Souza e Pedro Lima, Rede Sul Notícias — Campinas") == ["Ana Souza", "Pedro Lima"]
    assert byline_names("Por Ana Souza e Pedro Lima") == ["Ana Souza", "Pedro Lima"]


def test_a_consent_notice_naming_the_site_in_the_third_person_is_furniture():
    assert classify("Radio Noordkust gebruikt cookies en vergelijkbare technieken om de website goed te laten "
                    "werken en om video's te tonen.") == FURNITURE
    # a story's sentence about cookies stays prose
    assert classify("De toezichthouder onderzoekt of de webwinkel cookies plaatste zonder toestemming van "
                    "bezoekers, meldt de krant.") == PROSE


def test_a_live_bar_with_its_label_in_capitals_is_furniture():
    assert classify("EN DIRECTO Última hora del temporal: cortes en la A-7 y clases suspendidas en 12 municipios") \
        == FURNITURE
    assert classify("BREAKING Gales close the harbour road for the night") == FURNITURE
    # a headline with the label and a colon, and a menu's "LIVE TV", are not bars
    assert classify("BREAKING NEWS: Harbour club signs its new goalkeeper") != FURNITURE
    assert classify("LIVE TV") != FURNITURE


def test_a_chinese_storys_credit_in_brackets():
    assert opening_names("本报讯（记者 王小红）昨日，东江市交通局宣布") == ["王小红"]
    assert opening_names("本报讯（记者王小红）昨日") == ["王小红"]
    assert opening_names("新华社东江3月5日电（记者 王小红 李明）") == ["王小红", "李明"]
    # a stringer, an intern, a photographer beside the reporter are not writers
    assert opening_names("本报讯（通讯员 张三 记者 王小红 实习生 赵六）") == ["王小红"]
    # no credit: a note in brackets, a clause
    assert opening_names("（图文无关）东江市今日") == []
    assert opening_names("东江市（东部城区）今日宣布，地铁五号线将延长") == []


def test_a_chinese_storys_dated_fields_are_its_metadata():
    assert is_meta("2026-03-05 10:20:00 来源：东江日报 记者：王小红 责任编辑：李明 阅读：2310")
    assert is_meta("2026-03-05 10:20:00 来源：东江日报记者：王小红责任编辑：李明阅读：2310")
    # one field only, or no date opening the line: no dateline of fields
    assert not _dated_fields("2026-03-05 东江日报发布新规定，要求各单位加强安全检查：不得延误")
    assert not _dated_fields("东江日报 来源：东江日报 记者：王小红 2026-03-05")


ZH_BODY = [
    "本报讯（记者 王小红）昨日，东江市交通局宣布，地铁五号线东延段将于明年春节前开通运营，新增车站六座，"
    "全长约十二公里，沿线居民出行时间将缩短一半。",
    "交通局副局长刘建华介绍，东延段目前已完成全部土建工程，正在进行设备安装和系统调试。“我们将确保安全第一，"
    "在各项测试全部合格后再投入运营。”他说。",
    "据了解，东延段开通后，五号线全线将与三条既有线路换乘，日均客流预计增加八万人次。",
]


def test_a_chinese_capture_reads_its_headline_credit_and_date():
    page = "\n".join([
        "东江日报网首页 | 登录 | 注册",
        "东江日报网",
        "新闻 本地 财经 体育",
        "搜索",
        "当前位置：首页 > 本地新闻 > 正文",
        "地铁五号线东延段明年春节前开通 新增车站六座",
        "2026-03-05 10:20:00 来源：东江日报 记者：王小红 责任编辑：李明 阅读：2310",
        "字号：大 中 小 打印",
        "",
        *[p + "\n" for p in ZH_BODY],
        "（编辑：李明）",
    ]) + "\n"
    article = _read(page)
    assert article.title == "地铁五号线东延段明年春节前开通 新增车站六座"
    assert article.authors == ("王小红",)
    assert (article.published or "").startswith("2026-03-05")


def test_the_html_family_reads_the_same_opening_credit():
    html = ("<html><head><title>东江日报</title></head><body><article><h1>地铁五号线东延段明年春节前开通</h1>"
            + "".join(f"<p>{p}</p>" for p in ZH_BODY) + "</article></body></html>")
    article = extract_html(Capture(source=Source(path="page.html", format="html"), content=html))
    assert article.authors == ("王小红",)


BODY_EN = [
    "A family of three were rescued from a sandbank on Saturday afternoon after the tide came in faster "
    "than they had expected while they were collecting shells near the mouth of the estuary.",
    "The lifeboat crew reached them within twenty minutes of the call, by which time the water was up "
    "to the children's knees and rising quickly around the narrow strip of sand.",
    "\"We honestly thought we had another hour,\" the father said afterwards. \"It came in so fast.\"",
    "The coastguard has warned visitors to check the tide times before walking out on to the flats.",
]


def test_summary_points_under_the_headline_whose_bullets_a_copy_drops():
    page = "\n".join([
        "THE HARBOUR MAIL",
        "News Sport Showbiz Money Travel",
        "'IT CAME IN SO FAST': Family rescued from sandbank as tide races in around them",
        "Parents and their daughter were stranded on a strip of sand for half an hour",
        "Lifeboat crew reached them as the water rose to the children's knees",
        "Coastguard urges visitors to check the tide times before walking on the flats",
        "By JANE HOLLOWAY FOR THE HARBOUR MAIL",
        "Published: 14:05 GMT, 7 March 2026",
        "",
        *[p + "\n" for p in BODY_EN],
    ]) + "\n"
    article = _read(page)
    assert article.title == "'IT CAME IN SO FAST': Family rescued from sandbank as tide races in around them"


def test_a_headline_and_its_standfirst_are_no_run_of_summary_points():
    page = "\n".join([
        "THE HARBOUR MAIL",
        "News Sport Showbiz Money Travel",
        "Family rescued from sandbank as tide races in around them",
        "Parents and their daughter were stranded on a strip of sand for half an hour",
        "By Jane Holloway",
        "Published: 14:05 GMT, 7 March 2026",
        "",
        *[p + "\n" for p in BODY_EN],
    ]) + "\n"
    article = _read(page)
    assert article.title == "Family rescued from sandbank as tide races in around them"


def test_summary_points_are_the_storys_lead_in_a_copy_and_in_a_dump():
    copy = "\n".join([
        "THE HARBOUR MAIL",
        "'IT CAME IN SO FAST': Family rescued from sandbank as tide races in around them",
        "Parents and their daughter were stranded on a strip of sand for half an hour",
        "Lifeboat crew reached them as the water rose to the children's knees",
        "By JANE HOLLOWAY FOR THE HARBOUR MAIL",
        "Published: 14:05 GMT, 7 March 2026",
        "",
        *[p + "\n" for p in BODY_EN],
    ]) + "\n"
    dump = "\n".join([
        "THE HARBOUR MAIL",
        "",
        "'IT CAME IN SO FAST': Family rescued from sandbank as tide races in around them",
        "",
        "  * Parents and their daughter were stranded on a strip of sand for half an hour",
        "  * Lifeboat crew reached them as the water rose to the children's knees",
        "",
        "By JANE HOLLOWAY FOR THE HARBOUR MAIL",
        "",
        "Published: 14:05 GMT, 7 March 2026",
        "",
        *[p + "\n" for p in BODY_EN],
    ]) + "\n"
    for page in (copy, dump):
        article = _read(page)
        assert "stranded on a strip of sand" in (article.lead or "")
        assert "water rose to the children's knees" in (article.lead or "")


def test_captions_and_clips_a_tabloid_sets_among_its_paragraphs():
    # a caption closing on what its picture shows, a credit glued to a caption's end, a clip's
    # line with its running time: no paragraphs
    assert classify("Lifeboat volunteers carried the children up the slipway as the light went "
                    "(pictured: the crew on the beach)") == "credit"
    assert classify("The sandbank at low tide on Saturday afternoon, before the water came "
                    "in around the familyCredit: Harbour Photos") == "credit"
    assert classify("Video player: Watch the lifeboat reach the sandbank (1:12)") != PROSE
    assert classify("Bekijk de video: de redding op de zandbank (0:58)") != PROSE
    # a sentence naming who is pictured, a time of day in brackets, stay prose
    assert classify("The father, pictured with his daughter, said the lifeboat crew had been calm and quick and "
                    "that the family would never forget them.") == PROSE
    assert classify("The council meets again on Tuesday evening to discuss the sandbank signs (19:30)") == PROSE


def test_a_captions_photographer_and_agency_and_share_links_in_other_languages():
    assert classify("Un autobús en la estación de Teruel, en una imagen de archivo. MARÍA LÓPEZ (EFE)") == "credit"
    # a wire's credit closing a paragraph stays the paragraph's
    assert classify("El Gobierno lo anunció ayer en Teruel, según informó la propia consejería. (EFE)") == PROSE
    assert classify("Compartir en Whatsapp Compartir en Facebook Copiar enlace Ir a los comentarios") == FURNITURE
    assert classify("Partager sur Facebook Partager sur X Copier le lien") == FURNITURE


def test_a_promo_header_after_a_pictograph():
    from sidebyside.extract import cues
    assert cues.norm_cue("📌 VEJA TAMBÉM") == "veja também"
    assert cues.is_promo_header("📌 VEJA TAMBÉM")
    assert cues.is_promo_header("▶ Related")
    assert not cues.is_promo_header("📌 A ponte foi interditada na noite de domingo")
