"""Block kinds of text captures against the same page's HTML: what each body block is read as.

Body F1 does not care whether a paragraph is read as a paragraph or a block quotation (a lynx dump
indents every line; a reader that took every indented paragraph for a quotation lost nothing in
F1), yet the app shows a quotation as one and the comparison treats it as one. For each page of
the text dev set (build_text_devset.py) and each text form, this extracts the capture and the
page's own HTML and measures the share of the article's characters in each block kind:
paragraph, blockquote, heading, list item (``Article.blocks``) and caption (``Article.captions``,
kept apart from the body). Per form:
- ``text_share`` / ``html_share``: the mean share of each kind over the pages (the same pages
  both sides: those whose two readings have 20 words or more);
- ``distance``: per page, half the sum of the kinds' absolute share differences (0: the same
  mix; 1: no kind in common), averaged; ``pages_far``: the pages at ``--far`` (0.25) or more,
  and ``far_by_kind``: the pages whose share of one kind differs by ``--far`` or more, per kind;
- ``mostly_blockquote``: the pages whose body is half quotation or more, in text and in HTML.

Run: ``python benchmarks/text_blocks.py [--split held_out|read|tune|all] [--forms lynx,w3m80]
[--show N]`` prints JSON. ``--show N`` lists the N farthest pages to stderr with both mixes (tune
and read only: the held-out pages are measured, never read).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_text_devset import (  # noqa: E402
    CACHE,
    DEFAULT_SHARED,
    aeb_pages,
    fixture_pages,
    made_pages,
    part_of,
    readability_pages,
)

from sidebyside.extract.html import extract_html_detail  # noqa: E402
from sidebyside.extract.text import extract_text  # noqa: E402
from sidebyside.model import Article, Capture, Source  # noqa: E402
from sidebyside.settings import DEFAULT  # noqa: E402

KINDS = ("paragraph", "blockquote", "heading", "list_item", "caption")
FOUR_FORMS = ("w3m80", "w3m", "lynx", "copy")
MIN_WORDS = 20
FAR = 0.25


def kind_chars(article: Article) -> dict[str, int]:
    """The characters of each block kind, captions apart."""
    out = dict.fromkeys(KINDS, 0)
    for block in article.blocks:
        out[block.kind] = out.get(block.kind, 0) + block.end - block.start
    out["caption"] = sum(len(c) for c in article.captions)
    return out


def shares(chars: dict[str, int]) -> dict[str, float] | None:
    total = sum(chars.values())
    return {k: chars.get(k, 0) / total for k in KINDS} if total else None


def distance(a: dict[str, float], b: dict[str, float]) -> float:
    """Half the sum of the kinds' absolute share differences: 0 the same mix, 1 none in common."""
    return sum(abs(a[k] - b[k]) for k in KINDS) / 2


def html_reading(page: dict) -> Article:
    return extract_html_detail(Capture(Source(path=None, format="html"), page["html"])).article


def text_reading(text: str, name: str) -> Article:
    return extract_text(Capture(source=Source(path=name, format="text"), content=text), DEFAULT.extract.text)


def _words(article: Article) -> int:
    return len(article.text.split())


def pages_of(split: str, shared: Path = DEFAULT_SHARED) -> list[dict]:
    pages = aeb_pages(shared) + readability_pages(shared) + fixture_pages() + made_pages()
    return [p for p in pages if split == "all" or part_of(p["set"], p["id"]) == split]


def score_form(form: str, pages: list[dict], html_mix: dict[str, dict[str, float]], far: float,
               show: int = 0) -> dict:
    rows = []  # (distance, page, text mix, html mix)
    for page in pages:
        key = f"{page['set']}__{page['id']}"
        path = CACHE / form / f"{key}.txt"
        if key not in html_mix or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            article = text_reading(text, path.name)
        except Exception:  # a failure has no mix; the body benchmark counts it
            continue
        mix = shares(kind_chars(article))
        if mix is None or _words(article) < MIN_WORDS:
            continue
        rows.append((distance(mix, html_mix[key]), f"{page['set']}/{page['id']}", mix, html_mix[key]))
    if not rows:
        return {"pages": 0}
    if show:
        for d, name, mix, want in sorted(rows, reverse=True)[:show]:
            def fmt(m: dict[str, float]) -> str:
                return " ".join(f"{k[:5]}={m[k]:.2f}" for k in KINDS if m[k] >= 0.005)
            print(f"{form} {name}: {d:.2f}  text {fmt(mix)}  |  html {fmt(want)}", file=sys.stderr)
    return {
        "pages": len(rows),
        "text_share": {k: round(statistics.fmean(m[k] for _, _, m, _ in rows), 4) for k in KINDS},
        "html_share": {k: round(statistics.fmean(h[k] for _, _, _, h in rows), 4) for k in KINDS},
        "distance": round(statistics.fmean(d for d, *_ in rows), 4),
        "pages_far": sum(d >= far for d, *_ in rows),
        "far_by_kind": {k: sum(abs(m[k] - h[k]) >= far for _, _, m, h in rows) for k in KINDS},
        "mostly_blockquote": {"text": sum(m["blockquote"] >= 0.5 for _, _, m, _ in rows),
                              "html": sum(h["blockquote"] >= 0.5 for _, _, _, h in rows)},
    }


def run(split: str, forms: tuple[str, ...], far: float = FAR, show: int = 0, shared: Path = DEFAULT_SHARED) -> dict:
    warnings.filterwarnings("ignore")
    pages = pages_of(split, shared)
    html_mix = {}
    for page in pages:
        try:
            article = html_reading(page)
        except Exception:
            continue
        mix = shares(kind_chars(article))
        if mix is not None and _words(article) >= MIN_WORDS:
            html_mix[f"{page['set']}__{page['id']}"] = mix
    return {"benchmark": "text block kinds", "split": split, "far": far, "html_pages": len(html_mix),
            "forms": {form: score_form(form, pages, html_mix, far, show) for form in forms}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("held_out", "read", "tune", "all"), default="held_out")
    parser.add_argument("--forms", default=",".join(f for f in FOUR_FORMS if (CACHE / f).is_dir()),
                        help="the text forms to read (default: w3m80, w3m, lynx, copy)")
    parser.add_argument("--far", type=float, default=FAR, help="a page's mix this distance or more from its HTML's is far")
    parser.add_argument("--show", type=int, default=0, help="list the N farthest pages of each form (tune and read only)")
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if args.show and args.split in ("held_out", "all"):
        parser.error("--show reads pages: use it on --split tune or read")
    forms = tuple(f for f in args.forms.split(",") if f)
    print(json.dumps(run(args.split, forms, args.far, args.show, args.shared_data), indent=1))


if __name__ == "__main__":
    main()
