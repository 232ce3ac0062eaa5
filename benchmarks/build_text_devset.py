"""Build the text-capture dev set: real pages turned into the text forms users paste or save.

Pages (with the gold each set has):
- ``aeb``: the 181 pages of the article extraction benchmark (gold: the body; the visible headline
  and, where the page shows it, the publication day from benchmarks/data/aeb-metadata.json);
- ``readability``: Mozilla Readability's 130 test pages (gold: the body as ``expected.html``'s
  text, and title / byline / published date / site name from ``expected-metadata.json``);
- ``fixture``: the project's own hand-written e2e pages (tests/data/e2e: English, Arabic,
  Russian; gold: what the HTML extractor reads from the same page, whose metadata the page
  states in JSON-LD);
- ``made``: pages written for this set (tests/data/textmade) in the shapes where the text path
  read the wrong block and the other sets' tune part has none to learn from: an article beside a
  long data table, a release-notes page, a section front of teasers around one article, Chinese
  and Japanese blogs without full stops, a related-stories block longer than the article, a
  calendar's promos beside an article, teasers longer than an article of one-sentence
  paragraphs, a changelog of short items beside a blog's prose. Gold: the elements the page marks ``data-gold="body"``
  (its text as ``_visible_text`` reads it), ``data-gold="title"``, and ``data-gold="date"``
  (its ``datetime`` or ``data-date``); the site's name and the byline's people (joined by ", ")
  in ``<body data-gold-site="..." data-gold-byline="...">`` where the page states them. Always ``tune``: written to learn from, never measured
  as held-out.

Text forms, each made by the tool a user would use, from the page's HTML decoded and written
back as UTF-8 (so every tool reads the same characters):
- ``w3m80``: ``w3m -dump -T text/html -O UTF-8 -cols 80`` (w3m's default width: hard-wrapped
  paragraphs; a table layout's columns set side by side);
- ``w3m``: the same at ``-cols 10000`` (one paragraph per line);
- ``lynx``: ``lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8`` with its
  defaults otherwise (80 columns, ``[12]`` link numbers inline and the "References" list of
  URLs at the end, as ``lynx -dump`` prints them);
- ``copy``: a browser's select-all copy: headless Chromium (Debian package ``chromium``) renders
  the page with the page's own scripts, event handlers and refreshes removed, no network
  (``--host-resolver-rules=MAP * ~NOTFOUND``), and a script we add writes
  ``document.body.innerText`` (what select-all + copy gives: no bullets, links inline) into the
  DOM that ``--dump-dom`` prints. The page's external stylesheets are not loaded (as when a saved
  page is opened offline), so menus a stylesheet would hide stay in the text.

Two more forms set each page in the 2008-era table layout, which the dev pages hardly use (six
of some 300 have their article in a table cell): ``table80`` and ``table`` are ``w3m -dump`` at
80 and 10,000 columns of the page with its whole ``<body>`` put in the middle cell of a
three-column table, between a left cell listing the page's first link texts (its menu) and a
right cell listing the rest (teasers, footer links), as such pages did: with a few hundred links, the
side cells run beside the article. w3m prints the
three cells side by side, so the article's lines are interleaved with the menus' (``lynx``
prints the cells one after the other, so it is not made in this layout).

``table`` marks the pages laid out with tables (the article's text in a table cell beside
another cell with text: the 2008-era layout that w3m and lynx print with columns side by side).

More forms, in shapes the six above lack (made by default when their tool is installed, or
by ``--forms``; the bench scores the forms whose dumps exist):
- ``elinks80``: ``elinks -dump -dump-width 80 -dump-charset utf-8`` (numbered links ``[12]`` and
  a "References" list, menus as indented lists; apt-get install elinks);
- ``links2``: ``links2 -dump -codepage utf-8`` (80 columns, list items as ``*``, hardly a blank
  line between blocks; apt-get install links2);
- ``inscriptis``: the text inscriptis (PyPI, when installed) renders from the HTML;
- ``reader``: a reader-mode copy: the headline, then the article's paragraphs (its gold body),
  with a short line that ends in no full stop (a heading) glued to the paragraph after it;
- ``copy72`` and ``copy60``: ``copy`` with every line wrapped at 72 or 60 columns (as a mail
  client or an editor's paragraph fill leaves it);
- ``copynb`` and ``w3m80nb``: ``copy`` and ``w3m80`` with their blank lines removed (a paste
  through a tool that drops empty lines: no paragraph breaks left).
The derived forms (``copy72``, ``copy60``, ``copynb``, ``w3m80nb``) are made from their base form's dump.

Still more, made only when ``--forms`` names them (to find the collapses the forms above do not
show; ``--split tune`` builds them for the tune pages only):
- ``lynx40`` and ``lynx120``: ``lynx -dump`` at ``-width=40`` (a narrow window: a short line
  for every few words) and ``-width=120``;
- ``w3m40`` and ``w3m120``: ``w3m -dump -cols 40`` and ``-cols 120``;
- ``html2text``: the Markdown the html2text package (PyPI) writes: links ``[text](url)``,
  images ``![alt](src)``, emphasis ``_x_`` / ``**x**``, headings ``## x``, lists ``* x``,
  wrapped at 78 columns;
- ``inscriptisl``: inscriptis with its links and images shown (``[text](url)``, ``[alt]``);
- ``copyjoin``: ``copy`` with every single line break joined into a space (blank lines kept:
  a paste through an editor's "join lines", menus run into one long line);
- ``copydbl``: ``copy`` with every line break doubled (a paste that makes each line a
  paragraph: no block is longer than a line).

Each page is in ``tune`` or ``held_out`` by a stable hash of its set and id (SHA-1, even/odd of
the first byte): rules are tuned on ``tune`` only. A third of the held-out pages, those whose
hash's third byte % 3 == 0, are the ``read`` part (``part_of``): spent openly, since the held-out
pages hold layouts the tune pages do not show, their collapses are read and general rules learnt
from them; scores are reported on the remaining two thirds, the ``held_out`` part of
bench_text.py (the manifest's ``split`` stays tune / held_out; the bench splits it further).

Writes ``benchmarks/.cache/textdev/<form>/<set>__<id>.txt`` and ``manifest.json`` (gitignored);
a dump already made is kept. Run: ``python benchmarks/build_text_devset.py [--forms w3m,copy]
[--limit N] [--jobs 2]``; needs w3m, lynx and chromium (apt-get install w3m lynx chromium).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html as html_lib
import json
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import REPO_DIR, SHARED_DATA, decode_html  # noqa: E402

CACHE = HERE / ".cache" / "textdev"
DEFAULT_SHARED = next((p for p in (SHARED_DATA, Path("/work/shared/data")) if p.is_dir()), SHARED_DATA)
BASE_FORMS = ("w3m80", "w3m", "lynx", "copy", "table80", "table")
NEW_FORMS = ("elinks80", "links2", "inscriptis", "reader", "copy72", "copy60", "copynb", "w3m80nb")
# made only on demand (--forms): more shapes of the same pages, to learn collapses from
MORE_FORMS = ("lynx40", "lynx120", "w3m40", "w3m120", "html2text", "inscriptisl", "copyjoin", "copydbl")
FORMS = BASE_FORMS + NEW_FORMS + MORE_FORMS
# forms made from another form's dump: (base form, how)
DERIVED = {"copy72": ("copy", "wrap72"), "copy60": ("copy", "wrap60"), "copynb": ("copy", "noblank"), "w3m80nb": ("w3m80", "noblank"),
           "copyjoin": ("copy", "join"), "copydbl": ("copy", "double")}
TABLE_FORMS = ("table80", "table")
SIDE_LINKS = 120  # link texts in each side cell of the table layout, at most
FIXTURES = REPO_DIR / "tests" / "data" / "e2e"
MADE = REPO_DIR / "tests" / "data" / "textmade"
FIXTURE_PAGES = ("meridian-convoy.html", "harbor-convoy.html", "wadi-convoy.ar.html", "kurier-convoy.ru.html",
                 "meridian-convoy.reader.html", "harbor-convoy.embeds.html")

# innerText of the rendered page, put where --dump-dom prints it. The page is made visible first:
# an anti-flicker style ("body { visibility: hidden !important }", removed by the page's own
# scripts, which we drop) hides it until a script reveals it, and innerText skips what is hidden:
# a reader's browser, which runs the scripts, shows the page (seattletimes-1 was copied empty).
_DUMP_SCRIPT = (
    "<script>(function(){var b=document.body;[document.documentElement,b].forEach(function(e){"
    "if(e)e.style.setProperty('visibility','visible','important');});"
    "var t=b?b.innerText:'';"
    "document.documentElement.innerHTML='<body><pre id=\"__innertext\"></pre></body>';"
    "document.getElementById('__innertext').textContent=t;})();</script>"
)


def split_of(set_name: str, page_id: str) -> str:
    """tune or held_out, fixed by the page's set and id (the made pages are all tune)."""
    if set_name == "made":
        return "tune"
    digest = hashlib.sha1(f"{set_name}:{page_id}".encode()).digest()
    return "held_out" if digest[0] % 2 else "tune"


def part_of(set_name: str, page_id: str) -> str:
    """tune, read or held_out: split_of's held-out pages whose hash's third byte % 3 == 0 are
    ``read`` (a third of them, read and learnt from as tune is), the rest stay ``held_out`` (only
    measured). The same hash as split_of, so no page moves between tune and held-out."""
    split = split_of(set_name, page_id)
    if split == "held_out" and hashlib.sha1(f"{set_name}:{page_id}".encode()).digest()[2] % 3 == 0:
        return "read"
    return split


# --------------------------------------------------------------------------- pages and gold


def _visible_text(html: str) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for block in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "tr"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in tree.text_content().splitlines() if line.strip())


def aeb_pages(shared: Path) -> list[dict]:
    base = shared / "aeb"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    meta_path = HERE / "data" / "aeb-metadata.json"
    aeb_metadata = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    pages = []
    for page_id in sorted(truth):
        path = base / "html" / f"{page_id}.html.gz"
        if path.exists():
            meta = aeb_metadata.get(page_id, {})
            pages.append({"set": "aeb", "id": page_id, "html": decode_html(gzip.decompress(path.read_bytes())),
                          "gold": {"body": truth[page_id].get("articleBody") or "", "title": meta.get("title"),
                                   "date": meta.get("date") if meta.get("date_visible") else None}})
    return pages


def readability_pages(shared: Path) -> list[dict]:
    root = shared / "readability" / "pages"
    pages = []
    for folder in sorted(p for p in root.iterdir() if (p / "expected-metadata.json").is_file()):
        labels = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        expected = folder / "expected.html"
        body = _visible_text(expected.read_text(encoding="utf-8", errors="replace")) if expected.exists() else ""
        pages.append({
            "set": "readability", "id": folder.name, "html": decode_html((folder / "source.html").read_bytes()),
            "gold": {"body": body, "title": labels.get("title"), "byline": labels.get("byline"),
                     "date": labels.get("publishedTime"), "site_name": labels.get("siteName")},
        })
    return pages


def fixture_pages() -> list[dict]:
    from sidebyside.capture import load_capture
    from sidebyside.extract import extract

    pages = []
    for name in FIXTURE_PAGES:
        path = FIXTURES / name
        if not path.exists():
            continue
        capture = load_capture(path)
        article = extract(capture)
        body = "\n\n".join(x for x in (article.lead, article.text) if x)
        pages.append({
            "set": "fixture", "id": name.removesuffix(".html"), "html": capture.content,
            "gold": {"body": body, "title": article.title, "byline": ", ".join(article.authors) or None,
                     "date": article.published, "site_name": article.outlet},
        })
    return pages


def made_pages() -> list[dict]:
    """The pages written for this set, their gold marked in the page (data-gold attributes,
    which no text form prints)."""
    import lxml.html

    pages = []
    for path in sorted(MADE.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        tree = lxml.html.document_fromstring(html)
        body = "\n".join(_visible_text(lxml.html.tostring(el, encoding="unicode"))
                         for el in tree.xpath("//*[@data-gold='body']"))
        title = tree.xpath("//*[@data-gold='title']")
        date = tree.xpath("//*[@data-gold='date']")
        # the site's name and the byline's people, as attributes of <body> (a page may show
        # neither, or show them in another spelling: the gold is what a reader would name)
        marks = tree.body
        pages.append({
            "set": "made", "id": path.stem, "html": html,
            "gold": {"body": body, "title": " ".join(title[0].text_content().split()) if title else None,
                     "date": (date[0].get("datetime") or date[0].get("data-date")) if date else None,
                     "site_name": marks.get("data-gold-site"), "byline": marks.get("data-gold-byline")},
        })
    return pages


def is_table_layout(html: str, gold_body: str) -> bool:
    """The gold body's text sits in a table cell whose row has another cell with text."""
    import lxml.html

    words = gold_body.split()
    if len(words) < 30:
        return False
    probe = " ".join(words[len(words) // 2 : len(words) // 2 + 8])
    try:
        tree = lxml.html.document_fromstring(html)
    except Exception:
        return False
    for cell in tree.iter("td"):
        text = " ".join(cell.text_content().split())
        if probe not in text:
            continue
        row = cell.getparent()
        if row is None:
            continue
        others = [c for c in row if c is not cell and c.tag in ("td", "th")]
        if any(len(" ".join(c.text_content().split())) >= 100 for c in others):
            return True
    return False


# --------------------------------------------------------------------------- the forms


def _w3m(path: Path, cols: int) -> str:
    out = subprocess.run(["w3m", "-dump", "-T", "text/html", "-O", "UTF-8", "-cols", str(cols), str(path)],
                         capture_output=True, timeout=120).stdout
    return out.decode("utf-8", errors="replace")


def _lynx(path: Path, width: int | None = None) -> str:
    out = subprocess.run(["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8",
                          *([f"-width={width}"] if width else []), str(path)], capture_output=True, timeout=120).stdout
    return out.decode("utf-8", errors="replace")


def _copy(html: str, workdir: Path) -> str:
    """The page's innerText as headless Chromium renders it (the page's own scripts removed)."""
    import lxml.html
    from lxml_html_clean import Cleaner

    cleaner = Cleaner(scripts=True, javascript=True, comments=False, style=False, inline_style=False,
                      links=False, meta=True, page_structure=False, processing_instructions=True,
                      embedded=False, frames=False, forms=False, annoying_tags=False,
                      remove_unknown_tags=False, safe_attrs_only=False)
    tree = lxml.html.document_fromstring(html)
    cleaned = lxml.html.tostring(cleaner.clean_html(tree), encoding="unicode")
    page = workdir / "page.html"
    page.write_text('<meta charset="utf-8">' + cleaned + _DUMP_SCRIPT, encoding="utf-8")
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={workdir / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--dump-dom", page.as_uri()]
    out = subprocess.run(args, capture_output=True, timeout=120).stdout.decode("utf-8", errors="replace")
    dumped = lxml.html.document_fromstring(out or "<p></p>").xpath("//pre[@id='__innertext']")
    return dumped[0].text_content() if dumped else ""


def table_layout(html: str) -> str:
    """The page in a 2008-era table layout: its menu's links in a left cell, its body in the
    middle one, its last links (teasers, footer) in a right cell, side by side."""
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    body = tree.find("body")
    if body is None:
        body = tree
    links = [" ".join(a.text_content().split()) for a in body.iter("a")]
    links = [x for x in links if 2 <= len(x) <= 40]

    def cell(texts: list[str]) -> str:
        return "<br>".join(html_lib.escape(x) for x in texts) or "&nbsp;"

    inner = (body.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in body)
    half = min(len(links) // 2, SIDE_LINKS)
    return ('<html><head><meta charset="utf-8"></head><body><table width="100%" cellpadding="4"><tr>'
            f'<td width="18%" valign="top">{cell(links[:half])}</td>'
            f'<td width="62%" valign="top">{inner}</td>'
            f'<td width="20%" valign="top">{cell(links[half:][-SIDE_LINKS:])}</td>'
            "</tr></table></body></html>")


def _elinks(path: Path) -> str:
    out = subprocess.run(["elinks", "-dump", "-dump-width", "80", "-dump-charset", "utf-8", "-no-home", "1",
                          "-no-connect", "1", str(path)], capture_output=True, timeout=120).stdout
    return out.decode("utf-8", errors="replace")


def _links2(path: Path) -> str:
    out = subprocess.run(["links2", "-dump", "-codepage", "utf-8", str(path)], capture_output=True,
                         timeout=120).stdout
    return out.decode("utf-8", errors="replace")


def _inscriptis(html: str, links: bool = False) -> str:
    from inscriptis import get_text

    if not links:
        return get_text(html)
    from inscriptis.model.config import ParserConfig

    return get_text(html, ParserConfig(display_links=True, display_images=True))


def _html2text(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def reader_copy(page: dict) -> str:
    """A reader-mode copy: the headline, a blank line, the article's paragraphs apart by blank
    lines, a heading (a short line ending in no full stop) glued to the paragraph after it and
    short lines in a row (a list's items, a table's rows) to each other."""
    paragraphs = [" ".join(x.split()) for x in page["gold"]["body"].splitlines() if x.strip()]
    short = [len(p) <= 100 for p in paragraphs] + [False]
    out = [page["gold"].get("title") or ""]
    for i, para in enumerate(paragraphs):
        heading = short[i] and para[-1:] not in ".!?:;\"'”’…)"
        out.append(para + ("\n" if heading or (short[i] and short[i + 1]) else "\n\n"))
    return (out[0] + "\n\n" if out[0] else "") + "".join(out[1:])


def derive(how: str, text: str) -> str:
    import re
    import textwrap

    if how == "noblank":
        return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"
    if how == "join":  # a single line break joined into a space, blank lines kept
        return "\n\n".join(" ".join(x.split()) for x in re.split(r"\n\s*\n", text) if x.strip()) + "\n"
    if how == "double":
        return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"
    if how in ("wrap72", "wrap60"):
        cols = int(how[4:])
        return "\n".join("\n".join(textwrap.wrap(line, cols)) if line.strip() else "" for line in text.splitlines()) + "\n"
    raise ValueError(how)


def make_form(form: str, page: dict) -> str:
    if form in DERIVED:
        base, how = DERIVED[form]
        cached = CACHE / base / f"{page['set']}__{page['id']}.txt"
        return derive(how, cached.read_text(encoding="utf-8") if cached.exists() else make_form(base, page))
    if form == "reader":
        return reader_copy(page)
    if form in ("inscriptis", "inscriptisl"):
        return _inscriptis(page["html"], links=form == "inscriptisl")
    if form == "html2text":
        return _html2text(page["html"])
    with tempfile.TemporaryDirectory(prefix="textdev-") as tmp:
        workdir = Path(tmp)
        if form == "copy":
            return _copy(page["html"], workdir)
        path = workdir / "page.html"
        html = table_layout(page["html"]) if form in TABLE_FORMS else page["html"]
        path.write_text(html if "charset" in html[:2048].lower() else '<meta charset="utf-8">' + html,
                        encoding="utf-8")
        if form in ("w3m80", "table80"):
            return _w3m(path, 80)
        if form in ("w3m40", "w3m120"):
            return _w3m(path, int(form[3:]))
        if form in ("lynx40", "lynx120"):
            return _lynx(path, int(form[4:]))
        if form in ("w3m", "table"):
            return _w3m(path, 10000)
        if form == "lynx":
            return _lynx(path)
        if form == "elinks80":
            return _elinks(path)
        if form == "links2":
            return _links2(path)
    raise ValueError(form)


def _charset_utf8(html: str) -> str:
    """The page with its own charset declaration made UTF-8 (it is written back as UTF-8)."""
    import re

    return re.sub(r"(?i)(<meta[^>]*charset\s*=\s*[\"']?)[\w-]+", r"\1utf-8", html, count=2)


def build(shared: Path, forms: tuple[str, ...], limit: int | None, jobs: int, split: str = "all") -> dict:
    pages = aeb_pages(shared) + readability_pages(shared) + fixture_pages() + made_pages()
    if limit:
        pages = pages[:limit]
    tools = {"w3m80": "w3m", "w3m": "w3m", "lynx": "lynx", "copy": "chromium", "table80": "w3m", "table": "w3m",
             "elinks80": "elinks", "links2": "links2", "lynx40": "lynx", "lynx120": "lynx", "w3m40": "w3m",
             "w3m120": "w3m"}
    missing = sorted({tools[f] for f in forms if f in tools and shutil.which(tools[f]) is None})
    if "inscriptis" in forms or "inscriptisl" in forms:
        try:
            import inscriptis  # noqa: F401
        except ImportError:
            missing.append("inscriptis (pip)")
    if "html2text" in forms:
        try:
            import html2text  # noqa: F401
        except ImportError:
            missing.append("html2text (pip)")
    if missing:
        raise SystemExit(f"missing tools: {', '.join(missing)} (apt-get install {' '.join(missing)})")
    for page in pages:
        page["html"] = _charset_utf8(page["html"])
    jobs_list = []
    for form in forms:
        (CACHE / form).mkdir(parents=True, exist_ok=True)
        for page in pages:
            out = CACHE / form / f"{page['set']}__{page['id']}.txt"
            # (--split: the dumps of one split only, held_out with its read part; the manifest
            # still lists every page)
            if not out.exists() and split in ("all", split_of(page["set"], page["id"]), part_of(page["set"], page["id"])):
                jobs_list.append((form, page, out))

    def run(job: tuple[str, dict, Path]) -> None:
        form, page, out = job
        try:
            text = make_form(form, page)
        except Exception as exc:  # a tool failing on one page leaves that page's form out
            print(f"{form} {page['id']}: {exc}", file=sys.stderr)
            return
        out.write_text(text, encoding="utf-8")

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(run, jobs_list))
    manifest = {
        "forms": [f for f in FORMS if (CACHE / f).is_dir()],
        "pages": [
            {"set": p["set"], "id": p["id"], "split": split_of(p["set"], p["id"]),
             "table": is_table_layout(p["html"], p["gold"]["body"]), "gold": p["gold"]}
            for p in pages
        ],
    }
    (CACHE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=0), encoding="utf-8")
    return {"pages": len(pages), "made": len(jobs_list),
            "held_out": sum(1 for p in manifest["pages"] if p["split"] == "held_out"),
            "table": sum(1 for p in manifest["pages"] if p["table"])}


def _tool_ready(form: str) -> bool:
    if form == "inscriptis":
        import importlib.util

        return importlib.util.find_spec("inscriptis") is not None
    tool = {"elinks80": "elinks", "links2": "links2"}.get(form)
    return tool is None or shutil.which(tool) is not None


def default_forms() -> tuple[str, ...]:
    """The six first forms, and the newer ones whose tool is installed (a run without elinks,
    links2 or inscriptis builds what it can, as before they were added)."""
    return BASE_FORMS + tuple(f for f in NEW_FORMS if _tool_ready(f))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--forms", default=",".join(default_forms()),
                        help="default: the six first forms, and the others whose tool is installed")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--split", choices=("all", "tune", "held_out", "read"), default="all",
                        help="make the dumps of this split's pages only (held_out: with its read part)")
    args = parser.parse_args()
    forms = tuple(f for f in args.forms.split(",") if f)
    unknown = set(forms) - set(FORMS)
    if unknown:
        parser.error(f"unknown forms: {', '.join(sorted(unknown))}")
    print(json.dumps(build(args.shared_data, forms, args.limit, args.jobs, args.split), indent=1))


if __name__ == "__main__":
    main()
