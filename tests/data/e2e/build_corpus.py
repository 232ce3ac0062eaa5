"""Rebuild the derived e2e captures from the two hand-written "save page" HTML files.

The corpus is invented prose (no copied pages). Run from anywhere:
    python tests/data/e2e/build_corpus.py
It writes MHTML (quoted-printable and base64 HTML parts), SingleFile-style HTML, browser
copied-text and w3m dumps (needs the ``w3m`` binary), the Arabic windows-1256 and Russian
KOI8-R pages without a charset declaration, and the bad inputs. The outputs are committed,
so the tests never need w3m.
"""

from __future__ import annotations

import base64
import quopri
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

from lxml import html as lxml_html

HERE = Path(__file__).resolve().parent
PAIR = {
    "meridian": ("meridian-convoy.html", "https://www.meridianpost.example/world/2026/03/10/aid-convoy-struck-near-qasr-al-nour"),
    "harbor": ("harbor-convoy.html", "https://harbordaily.example/news/world/government-fighters-blame-convoy-attack"),
}
BOUNDARY = "----MultipartBoundary--e2eCorpusBoundary0123456789abcdef----"


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """A valid grey PNG, built by hand so no image library is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def mhtml(page: str, url: str, title: str, html_encoding: str) -> bytes:
    """A Chrome-style MHTML: HTML part in quoted-printable or base64, plus an image and a stylesheet."""
    body = page.encode("utf-8")
    if html_encoding == "quoted-printable":
        payload = quopri.encodestring(body).decode("ascii")
    else:
        payload = "\r\n".join(re.findall(".{1,76}", base64.b64encode(body).decode("ascii")))
    png = "\r\n".join(re.findall(".{1,76}", base64.b64encode(tiny_png()).decode("ascii")))
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        f"Subject: {title}\r\n"
        "Date: Tue, 10 Mar 2026 12:01:33 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"\r\n\r\n\r\n'
    )
    parts = [
        f"--{BOUNDARY}\r\nContent-Type: text/html\r\nContent-ID: <frame-E2E0001@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: {html_encoding}\r\nContent-Location: {url}\r\n\r\n{payload}\r\n",
        f"--{BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: cid:css-e2e@mhtml.blink\r\n\r\n@charset \"utf-8\";=0D=0Abody {{ margin: 0px; }}\r\n",
        f"--{BOUNDARY}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: {url.rsplit('/', 1)[0]}/convoy.png\r\n\r\n{png}\r\n",
    ]
    return (head + "".join(parts) + f"--{BOUNDARY}--\r\n").encode("ascii")


def singlefile(page: str, url: str) -> str:
    """SingleFile's shape: header comment after <html>, scripts dropped, images inlined as data URIs."""
    page = re.sub(r"<!-- saved from url=\(\d+\)\S+ -->\n", "", page)
    page = re.sub(r"<script(?![^>]*ld\+json)[^>]*>.*?</script>", "", page, flags=re.S)
    data_uri = "data:image/png;base64," + base64.b64encode(tiny_png()).decode("ascii")
    page = re.sub(r'src="\./[^"]+"', f'src="{data_uri}"', page)
    page = re.sub(r'<link rel="stylesheet"[^>]*>', "<style>body{margin:0}.ticker{display:flex}</style>", page)
    header = f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: Tue Mar 10 2026 12:01:33 GMT+0000 (Coordinated Universal Time)\n-->"
    return re.sub(r"(<html[^>]*>)", lambda m: m.group(1) + header, page, count=1)


def w3m_dump(page: str) -> bytes:
    return subprocess.run(["w3m", "-dump", "-T", "text/html", "-cols", "10000", "-I", "UTF-8", "-O", "UTF-8"],
                          input=page.encode("utf-8"), capture_output=True, check=True).stdout


def reader_view(page: str, url: str) -> str:
    """Firefox Reader View saved with Save Page: Readability's body under about:reader's header."""
    title = re.search(r'<h1 class="headline"[^>]*>(.*?)</h1>', page).group(1)
    body = re.search(r'<div class="article-body"[^>]*>(.*?)\n  </div>\n  <div class="article-tags">', page, re.S).group(1)
    body = re.sub(r"<aside.*?</aside>", "", body, flags=re.S)
    body = re.sub(r'<div class="newsletter-signup">.*?</form>.*?</div>', "", body, flags=re.S)
    domain = url.split("/")[2].removeprefix("www.")
    return (
        '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">'
        f"<title>{title}</title></head><body class=\"light sans-serif loaded\">\n"
        '<div class="container"><div class="header reader-header reader-show-element">'
        f'<a class="domain reader-domain" href="{url}">{domain}</a><div class="domain-border"></div>'
        f'<h1 class="reader-title">{title}</h1><div class="credits reader-credits">Elena Marsh, Tomas Reyes</div>'
        '<div class="meta-data"><div class="reader-estimated-time">3–4 minutes</div></div></div><hr>'
        '<div class="content"><div class="moz-reader-content reader-show-element">'
        f'<div id="readability-page-1" class="page"><div itemprop="articleBody">{body}</div></div></div></div>'
        "</div></body></html>\n"
    )


BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "header", "footer", "nav", "section",
              "article", "aside", "figure", "figcaption", "main", "form", "time", "br"}


def copied_text(page: str) -> str:
    """Roughly what select-all + copy in a browser gives: innerText, one block per line, no bullets."""
    root = lxml_html.fromstring(page.encode("utf-8"))
    for bad in root.xpath("//script|//style|//head|//button|//input"):
        bad.drop_tree()
    out: list[str] = []

    def walk(el) -> None:
        block = el.tag in BLOCK_TAGS and el.tag not in ("time",)
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")

    walk(root.body)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(out).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


ARABIC = """<!DOCTYPE html>
<html dir="rtl"><head>
<title>مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور - الوادي نيوز</title>
<meta property="og:site_name" content="الوادي نيوز">
<meta property="og:title" content="مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور">
<meta property="article:published_time" content="2026-03-10T09:15:00+03:00">
</head><body>
<div class="nav"><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/economy">اقتصاد</a> | <a href="/sport">رياضة</a></div>
<div class="article">
<h1>مقتل سائقين في هجوم على قافلة مساعدات قرب قصر النور</h1>
<p class="byline">بقلم: ليلى منصور</p>
<p class="date"><time datetime="2026-03-10T09:15:00+03:00">10 مارس 2026</time></p>
<div class="body">
<p>قُتل سائقان وأصيب خمسة أشخاص صباح الثلاثاء عندما تعرضت قافلة مساعدات تدعمها الأمم المتحدة لإطلاق نار على الطريق شرق مدينة قصر النور، في أحدث ضربة لجهود إيصال المساعدات إلى أحياء وادي حران المحاصرة.</p>
<p>وقال برنامج الأغذية العالمي إن القافلة المؤلفة من أربع عشرة شاحنة محملة بالطحين والإمدادات الطبية استُهدفت على بعد نحو ثلاثة كيلومترات شرق المدينة بعيد الفجر، مضيفاً أن الطرفين كانا قد وافقا على مرور الشاحنات مساء اليوم السابق.</p>
<p>واتهمت الحكومة مسلحي لواء الفجر بتنفيذ الهجوم، فيما نفى اللواء أي علاقة له بالحادث واتهم المدفعية الحكومية بقصف الطريق.</p>
<p>وقالت المبعوثة الأممية مارتا ليندكفيست في بيان صدر في جنيف: «نحث جميع الأطراف على السماح بمرور القوافل الإنسانية بأمان ودون تأخير».</p>
<p>وقالت الدكتورة سميرة عوض، مديرة مستشفى قصر النور العام، إن بين الجرحى طفلاً في التاسعة من عمره، مضيفة أن المستشفى يعاني نقصاً حاداً في الوقود ولم يبق فيه سوى جراحين اثنين.</p>
</div></div>
<div class="footer">جميع الحقوق محفوظة © 2026 الوادي نيوز</div>
</body></html>
"""

RUSSIAN = """<html><head>
<title>Под Каср-эн-Нуром обстреляна колонна с гуманитарной помощью | Вечерний курьер</title>
<meta property="og:site_name" content="Вечерний курьер">
<meta name="author" content="Анна Соколова">
</head><body>
<table width="100%"><tr><td class="menu"><a href="/">Главная</a> | <a href="/politics">Политика</a> | <a href="/world">В мире</a> | <a href="/sport">Спорт</a></td></tr></table>
<div class="article">
<h1>Под Каср-эн-Нуром обстреляна колонна с гуманитарной помощью</h1>
<div class="info">10.03.2026 12:40 &middot; Автор: Анна Соколова</div>
<p>Во вторник на дороге к востоку от города Каср-эн-Нур была обстреляна колонна из 14 грузовиков с мукой и медикаментами, сообщила Всемирная продовольственная программа ООН. Погибли два водителя, ещё пять человек получили ранения.</p>
<p>По данным организации, стороны накануне вечером согласовали проезд машин, а на грузовиках были хорошо видны её эмблемы.</p>
<p>Правительство обвинило в нападении боевиков бригады &laquo;Аль-Фаджр&raquo;, которые с января удерживают высоты над дорогой. Боевики свою причастность отрицают и утверждают, что дорогу обстреляла правительственная артиллерия.</p>
<p>&laquo;Мы призываем все стороны обеспечить безопасный и беспрепятственный проход гуманитарных колонн&raquo;, &mdash; говорится в заявлении спецпосланника ООН Марты Линдквист.</p>
<p>Министр обороны Карим Хаддад заявил, что армия &laquo;соразмерно ответила на неспровоцированное нападение&raquo; и продолжит защищать мирных жителей.</p>
</div>
<div class="copyright">© 2026 Вечерний курьер. Перепечатка материалов только с разрешения редакции.</div>
</body></html>
"""

EMBEDS = """<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Our drivers were on a cleared route in \
marked trucks. There is no excuse for this attack. <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; World Food \
Programme (@WFP_example) <a href="https://twitter.com/WFP_example/status/1">March 10, 2026</a></blockquote>
   <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
   <p>The defence ministry later issued a statement:</p>
   <blockquote><p>The armed forces of the republic observe the truce and will investigate every report of a \
violation on the Qasr al-Nour road.</p></blockquote>"""

PAYWALL = """   <div class="paywall-prompt"><h3>Subscribe to keep reading</h3><p>This article is for subscribers only. \
Get unlimited access to Harbor Daily from $1 a week.</p><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
"""

HOME_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Meridian Post | News, sport and opinion</title>
<meta property="og:site_name" content="The Meridian Post"><meta property="og:type" content="website"></head>
<body><header><a href="/">The Meridian Post</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main>
<section><h2>Top stories</h2><ul>
<li><a href="/world/2026/03/10/aid-convoy-struck">Aid convoy struck near Qasr al-Nour as militants and regime trade blame</a></li>
<li><a href="/politics/budget">Budget vote delayed as coalition talks falter</a></li>
<li><a href="/business/ports">Port operators warn of winter delays</a></li>
<li><a href="/climate/heatwave">Heatwave warning extended for southern coast</a></li></ul></section>
<section><h2>Sport</h2><ul>
<li><a href="/sport/cup-final">Cup final moved to Saturday after stadium inspection</a></li>
<li><a href="/sport/transfer">Record transfer fee agreed for teenage striker</a></li></ul></section>
<section><h2>Opinion</h2><ul>
<li><a href="/opinion/1">The valley needs a road, not another summit</a></li>
<li><a href="/opinion/2">Why the budget fight is about more than money</a></li></ul></section>
</main><footer><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></footer></body></html>
"""

LOGIN_WALL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Subscribe to continue reading | Harbor Daily</title>
<meta property="og:site_name" content="Harbor Daily"></head>
<body><div class="masthead"><a href="/">Harbor Daily</a></div>
<div class="paywall">
<h1>This article is for subscribers</h1>
<p>Log in or subscribe to keep reading.</p>
<form action="/login"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Log in</button></form>
<p><a href="/forgot">Forgot your password?</a> · <a href="/subscribe">Subscribe from $1 a week</a></p>
</div>
<footer>Copyright © 2026 Harbor Daily Publishing Ltd.</footer></body></html>
"""


def main() -> None:
    pages = {}
    for name, (file, url) in PAIR.items():
        page = (HERE / file).read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", page).group(1)
        pages[name] = page
        (HERE / f"{name}-convoy.mhtml").write_bytes(
            mhtml(page, url, title, "quoted-printable" if name == "meridian" else "base64"))
        (HERE / f"{name}-convoy.singlefile.html").write_text(singlefile(page, url), encoding="utf-8")
        (HERE / f"{name}-convoy.copied.txt").write_text(copied_text(page), encoding="utf-8")
        if shutil.which("w3m"):
            (HERE / f"{name}-convoy.w3m.txt").write_bytes(w3m_dump(page))
    # The outlet updated the story after it was first saved (two paragraphs added, a word changed, a
    # sentence cut): notes must follow their passage, or be kept as orphans.
    updated = pages["meridian"].replace(
        "<p>Two drivers were killed and five",
        "<p>Update, 12:40 GMT: The World Food Programme has suspended all deliveries to the valley.</p>\n"
        "    <p>The agency said its staff would review security on the road with both sides before any "
        "convoy moves again.</p>\n"
        "    <p>Two drivers were killed and five",
    ).replace("accused regime artillery of shelling the route", "accused regime artillery of shelling the road").replace(
        " Neither claim could be independently verified.", "")
    (HERE / "meridian-convoy.updated.html").write_text(updated, encoding="utf-8")
    (HERE / "meridian-convoy.reader.html").write_text(reader_view(pages["meridian"], PAIR["meridian"][1]),
                                                      encoding="utf-8")
    # The same Harbor story with other transliterations of the Arabic names and a Swedish surname.
    variant = pages["harbor"]
    for ours, theirs in (("Qasr al-Nour", "Qasr an-Nur"), ("Karim Haddad", "Karim Hadad"), ("Lindqvist", "Lindquist")):
        variant = variant.replace(ours, theirs)
    (HERE / "harbor-convoy.spellings.html").write_text(variant, encoding="utf-8")
    # The Harbor story with an embedded post and a block-quoted statement (no quotation marks).
    embeds = pages["harbor"].replace("<p>The rights group Civic Witness", EMBEDS + "\n   <p>The rights group Civic Witness")
    (HERE / "harbor-convoy.embeds.html").write_text(embeds, encoding="utf-8")
    # The Harbor page as a non-subscriber saves it: two paragraphs, then the paywall prompt.
    cut, rest = pages["harbor"].index('   <div class="wp-block-image">'), pages["harbor"].index('  </div>\n  <div class="post-tags">')
    paywalled = (pages["harbor"][:cut] + PAYWALL + pages["harbor"][rest:]).replace(
        '"articleSection":"World",', '"articleSection":"World","isAccessibleForFree":false,')
    (HERE / "harbor-convoy.paywalled.html").write_text(paywalled, encoding="utf-8")
    (HERE / "wadi-convoy.ar.html").write_bytes(ARABIC.encode("cp1256"))
    if shutil.which("w3m"):
        (HERE / "wadi-convoy.ar.w3m.txt").write_bytes(w3m_dump(ARABIC))
        (HERE / "kurier-convoy.ru.w3m.txt").write_bytes(w3m_dump(RUSSIAN))
    (HERE / "kurier-convoy.ru.html").write_bytes(RUSSIAN.encode("koi8_r"))  # no guillemets in KOI8-R: entities
    bad = HERE / "bad"
    bad.mkdir(exist_ok=True)
    (bad / "home-page.html").write_text(HOME_PAGE, encoding="utf-8")
    (bad / "login-wall.html").write_text(LOGIN_WALL, encoding="utf-8")
    (bad / "empty.html").write_bytes(b"")
    (bad / "photo.html").write_bytes(tiny_png(64, 64))


if __name__ == "__main__":
    main()
