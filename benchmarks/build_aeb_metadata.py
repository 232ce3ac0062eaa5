"""Build the headline/date gold of the AEB pages: benchmarks/data/aeb-metadata.json.

    python benchmarks/build_aeb_metadata.py

The article extraction benchmark labels only the body. This script adds, per page:

- ``title``: the headline a reader sees at the top of the article (the first <h1> whose text the
  page's own metadata headline, og:title or <title> contains; where no <h1> qualifies, or the
  <h1> is the site's name, labelled by hand from the rendered page: ``HAND_TITLES``).
- ``title_alternates``: the headline the page's metadata states when it differs (JSON-LD
  headline, og:title), without a trailing " | Site" segment that names the site; accepted on
  the full page, where a system may rightly prefer the stated headline (three words at least:
  an og:title of "Opinion" states no headline), and not merely the visible headline decorated
  ("Opinion | Headline") or cut short.
- ``date``: the publication day as the page prints it (YYYY-MM-DD): the metadata's
  datePublished, moved by a day when the page prints (or its URL carries) the neighbouring day
  and not that one (a UTC time past midnight); labelled by hand from the visible page where the page states no date in its
  markup (``HAND_DATES``; None where it shows only "1 day ago").
- ``date_visible``: whether that day is written in the page's visible text or in its URL, i.e.
  findable once the page's metadata is hidden (the "visible-only" variant of the benchmark).

The hand labels were read from the pages' visible text; each carries the words it was read from.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import lxml.html
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO_DIR, SHARED_DATA, load_aeb  # noqa: E402

from sidebyside.extract.dates import normalise_date  # noqa: E402
from sidebyside.extract.html.jsonld import find_article  # noqa: E402
from sidebyside.extract.html.meta_tags import first, read_meta_tags  # noqa: E402

OUT = REPO_DIR / "benchmarks" / "data" / "aeb-metadata.json"

# Page id prefix → the visible headline (the <h1> is missing, empty, or the site's name).
HAND_TITLES = {
    "0ec95c7261": "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유",  # h1 is the site name
    "9da36ae471": "악녀의 덫에 걸린 이유리, 의외로 막장극 어울리는 남상미",  # h1 is the site name
    "82b6d780c7": "Unpredictable Sondland faces questions about Trump, Ukraine",  # h2.ap-story-headline
    "e7994d5500": "UK Tories under fire for Twitter name switch during debate",  # h2.ap-story-headline
    "f6ac15a4d9": "Atendimento Domiciliar registra arrombamento em veículos",  # no h1
    "680c2848e9": "The Early Reviews For Google's Stadia Gaming Platform Are Here — And They're Not Great",
    "21486419bb": "Jangan Membenci Satu Kaum Secara Berlebihan",  # h1 is the blog's name
    "7837c9d66c": "Sejarah Pecahnya Islam jadi Sunni dan Syi’ah",  # h1 is the blog's name
    "5f9c5ed5d6": "With shattered dreams, deportees return home from US",  # h2.article-title
    "ac3c035520": "September 2018 open thread",  # second h1 (the first is the blog's name)
    "ad9e9e596f": "A grant to Evidence Action Beta to prototype, test, and scale promising programs",
    "3c6d3381ef": "Мастера вкуса: 23 самых крутых фудблогера по версии Wday.ru",
    "776a1c0467": "South Dakota says, 'Meth. We're On It,' and Twitter asks, Are you guys OK?",
    "851498a2b9": "The Disappearance of John M. Ford",
    "94fbcc2677": "Milan Design Week 2018 | Michael Anastassiades’ light installation for FLOS",
    "c4a3637c66": "Скайрим (skyrim) скорость бега как увеличить",
    "c58aa507c4": "Two federal prison officers charged with falsifying records in connection with "
                  "Jeffrey Epstein's suicide",
    "c81e134ed4": "High School Roundup: Viera defeats Rockledge to remain undefeated",
    "c82b3d1d54": "53-летняя модель: «Посмотри на красотку, которая превратилась в старуху»",
    "d48aeb9cf2": "Why My Friend Became a Grocery Store on Instagram",
    "ff0f958ade": "Диета Аткинса - потеря веса до 10 килограмм за 14 дней",
}

# Page id prefix → (publication day, the visible words it was read from); pages whose markup
# states no date.
HAND_DATES = {
    "0d46122928": ("2019-11-19", "Associated Press November 19, 2019, 9:02 AM"),
    "0ec95c7261": ("2018-08-25", "기사입력 :[ 2018-08-25 15:24 ]"),
    "14cc2a0ca5": ("2019-11-18", "VICTOR TANGERMANN, FUTURISM 18 NOV 2019"),
    "1ee91d1fce": ("2019-11-18", "... Blocking Refugee Return November 18, 2019 Share"),
    "359fee2285": ("2019-11-19", "REUTERS 19 NOV 2019"),
    "57b4dafd18": ("2018-09-25", "Von Moritz Bachmann publiziert am 25. September 2018"),
    "5ae11e580a": ("2017-10-12", "... for intensive care units October 12, 2017"),
    "5f9c5ed5d6": ("2019-11-20", "November 20 / 15:23 / 2019 (three elements)"),
    "65ce3a4577": ("2019-11-19", "Published 11:11 PM EST Nov 19, 2019"),
    "680c2848e9": ("2019-11-18", "Dallas Robinson Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM"),
    "776a1c0467": ("2019-11-19", "Published 10:02 AM EST Nov 19, 2019"),
    "7de5241947": ("2019-11-19", "Published 11:34 PM EST Nov 19, 2019"),
    "8380689f35": ("2019-11-18", "Dan Evon Published 18 November 2019"),
    "94fbcc2677": ("2019-04-10", "By FEDERICA LUSIARDI - 2019-04-10"),
    "95301fb788": ("2018-08-13", "About bugs August 13, 2018 Posted by Vortex"),
    "9da36ae471": ("2018-09-28", "기사입력 :[ 2018-09-28 17:32 ]"),
    "9e8c9f082a": ("2019-11-18", "By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m."),
    "9eef8162bb": (None, "By Sandee LaMotte, CNN 1 day ago"),
    "a860fb5eda": ("2018-10-05", "Dare to Play 3 / October pack October 5, 2018 Posted by Vortex"),
    "abd9d6291b": (None, "Suzanne Gamboa 1 day ago"),
    "b6906ca016": ("2019-11-18", "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m."),
    "ba07d1e647": ("2018-07-30", "Von Moritz Bachmann publiziert am 30. Juli 2018"),
    "bdb56ac835": ("2019-11-15", "By Carrie Arnold November 15, 2019"),
    "c00962aabe": ("2019-11-18", "by Jeff Foust Monday, November 18, 2019"),
    "c58aa507c4": ("2019-11-19", "USA TODAY Published 7:07 PM EST Nov 19, 2019"),
    "c69e539d68": ("2018-08-23", "... to improve patient care August 23, 2018"),
    "c81e134ed4": ("2019-11-20", "Florida Today Published 2:16 AM EST Nov 20, 2019"),
    "d90bda7ed1": ("2019-11-20", "November 20, 2019 - 11:28 AMT"),
    "e593d7fe88": ("2019-11-14", "Written by Rachael Link, MS, RD on November 14, 2019"),
    "f6ac15a4d9": ("2018-10-05", "05/10/2018 - Publicado por: Clarissa Borba (a Brazilian page: day first)"),
    "ff0f958ade": (None, "no date on the page (only in a comment's script)"),
}

_MONTH_NAMES = {
    1: "january jan janvier januar enero gennaio janeiro januari января январь",
    2: "february feb février februar febrero febbraio fevereiro februari февраля февраль",
    3: "march mar mars märz marzo março maret maart марта март",
    4: "april apr avril abril aprile апреля апрель",
    5: "may mai mayo maggio maio mei мая май",
    6: "june jun juin juni junio giugno junho июня июнь",
    7: "july jul juillet juli julio luglio julho июля июль",
    8: "august aug août agosto agustus augustus августа август",
    9: "september sep sept septembre settembre setembro septiembre сентября сентябрь",
    10: "october oct octobre oktober octubre ottobre outubro октября октябрь",
    11: "november nov novembre noviembre novembro ноября ноябрь",
    12: "december dec décembre dezember diciembre dicembre dezembro desember декабря декабрь",
}


def key(text: str | None) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFKC", text or "").casefold().replace("’", "'"))


def visible_text(root) -> str:
    root = lxml.html.fromstring(lxml.html.tostring(root))
    etree.strip_elements(root, "script", "style", "noscript", "head", with_tail=False)
    for el in root.iter():
        if isinstance(el.tag, str):
            el.tail = " " + (el.tail or "")
    return " ".join(root.text_content().split())


def day_written(day: date, text: str, url: str) -> bool:
    """Is this day written in the text (any common layout) or in the URL's path?"""
    y, m, d = day.year, day.month, day.day
    names = "|".join(re.escape(n) for n in _MONTH_NAMES[m].split())
    patterns = [
        rf"{y}\s*[-./年]\s*0?{m}\s*[-./月]\s*0?{d}(?!\d)",
        rf"(?<!\d)0?{d}\s*[-./]\s*0?{m}\s*[-./]\s*{y}",
        rf"(?<!\d)0?{m}\s*[-./]\s*0?{d}\s*[-./]\s*(?:{y}|{y % 100:02d}(?!\d))",
        rf"(?<!\d)0?{d}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{names})\.?,?\s+(?:de\s+)?{y}",
        rf"\b(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?(?!\d)[^0-9]{{0,20}}{y}",
    ]
    if any(re.search(p, text, re.IGNORECASE) for p in patterns):
        return True
    return bool(re.search(rf"/{y}/0?{m}/0?{d}/|/{y}-{m:02d}-{d:02d}|{y}{m:02d}{d:02d}", url))


def build() -> dict:
    gold = {}
    for page_id, html, _body, url in load_aeb(SHARED_DATA):
        root = lxml.html.document_fromstring(html)
        metas = read_meta_tags(root)
        document_title = " ".join((root.findtext(".//title") or "").split())
        jsonld = find_article(root, document_title, url)
        stated = [t for t in (jsonld.headline if jsonld else None, first(metas, "og:title"),
                              first(metas, "twitter:title"), document_title) if t]
        title = HAND_TITLES.get(page_id[:10])
        if title is None:
            for h1 in list(root.iter("h1"))[:5]:
                text = " ".join(h1.text_content().split())
                if len(key(text)) >= 8 and any(key(text) in key(s) for s in stated):
                    title = text
                    break
        site_keys = {key(s) for s in (first(metas, "og:site_name"), jsonld.publisher if jsonld else None) if s}
        alternates = []
        for text in stated[:2]:
            parts = re.split(r"\s+[|–—-]\s+", text)
            host = key(re.sub(r"^www\.", "", url.split("/")[2]).split(".")[0])
            if len(parts) > 1 and (key(parts[-1]) in site_keys or host in key(parts[-1])):
                text = text[: len(text) - len(parts[-1])].rstrip(" |–—-")
            decorated = key(title) in key(text) or key(text) in key(title)  # "Opinion | <title>", cut short
            if not decorated and text not in alternates and len(text.split()) >= 3:
                alternates.append(text)
        text = visible_text(root)
        hand = HAND_DATES.get(page_id[:10])
        if hand:
            day, source = hand
        else:
            stated_date = (jsonld.published if jsonld else None) or first(
                metas, "article:published_time", "datepublished", "pubdate", "publishdate", "date",
                "dc.date", "dcterms.created", "itemprop:datepublished", "sailthru.date", "parsely-pub-date")
            iso = normalise_date(stated_date)
            day, source = (iso[:10] if iso else None), "metadata"
            if day:
                moment = date.fromisoformat(day)
                if not day_written(moment, text, url):
                    for shift in (-1, 1):
                        if day_written(moment + timedelta(days=shift), text, url):
                            day, source = (moment + timedelta(days=shift)).isoformat(), "metadata, the day printed"
                            break
        gold[page_id] = {
            "url": url,
            "title": title,
            "title_alternates": alternates,
            "date": day,
            "date_source": source,
            "date_visible": bool(day) and day_written(date.fromisoformat(day), text, url),
        }
    return gold


def main() -> int:
    gold = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(gold, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    titled = sum(1 for g in gold.values() if g["title"])
    dated = sum(1 for g in gold.values() if g["date"])
    visible = sum(1 for g in gold.values() if g["date_visible"])
    print(json.dumps({"pages": len(gold), "titles": titled, "dates": dated, "dates_visible": visible}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
