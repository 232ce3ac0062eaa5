"""The comparison report as one self-contained HTML file (inline CSS, no external resources).

Two flavours share one content model:
- "browser": the two articles side by side on screen and one after the other in print, with the
  app's highlight colours and underline cues;
- "qt": the subset of HTML/CSS that Qt's QTextDocument lays out, used to print the PDF.
Every piece of article text is escaped: a capture's markup or script shows as text.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from typing import Any, Iterable, Mapping, Sequence

from sidebyside import __version__
from sidebyside.display import display_path, display_stem
from sidebyside.highlights import Highlight, collect
from sidebyside.kinds import kinds
from sidebyside.labelpaint import telling_contrasts
from sidebyside.model import Article, Comparison, LabelContrast
from sidebyside.wording import NO_SPEAKER, count, human_date, loaded_how, most_often_first

SIDE_NAMES = ("A", "B")
# QTextDocument sizes tables from attributes only; browsers take them too (CSS still styles them).
TABLE = '<table width="100%" cellspacing="0" cellpadding="4" border="1">'
# Kinds painted in the report's article bodies (quotes get the italic "quote" cue).
BODY_KINDS = (
    "shared_quote", "shared_passage", "aligned_sentence", "label_contrast", "loaded_term",
    "distinctive_term", "quote", "note",
)
# Cues the PDF keeps in black and white (QTextDocument's CSS subset); linked kinds also get
# numbered brackets, [Q1 … ], so the two ends of a match can be found without colour.
QT_CUES = {
    "label_contrast": " text-decoration: overline;",
    "loaded_term": " text-decoration: underline;",
    "quote": " font-style: italic;",
    "shared_quote": " font-weight: bold;",
}
# A loaded word's variants (highlights.Highlight.variant) are marked by an extra class, so the
# report never states what the app only suspects: dotted when found only by its graded score,
# grey when inside a quotation (the speaker's word), as the app paints them.
VARIANT_CLASSES = ("possible", "quoted")
LINK_MARKS = {"shared_quote": "Q", "shared_passage": "P", "aligned_sentence": "S"}
CSS_UNDERLINE = {
    "single": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashed",
    "dashdotdot": "dotted", "wave": "wavy", "spellcheck": "wavy", "none": "none",
}


@dataclass(frozen=True)
class ReportNote:
    """A note as the report shows it (from the Note JSON of CONTRACT.md)."""

    side: int
    start: int | None
    end: int | None
    exact: str
    body: str
    tags: tuple[str, ...]
    anchor: str

    @classmethod
    def from_json(cls, side: int, data: Mapping[str, Any]) -> "ReportNote":
        return cls(
            side=side,
            start=data.get("start"),
            end=data.get("end"),
            exact=(data.get("quote") or {}).get("exact", ""),
            body=data.get("body", ""),
            tags=tuple(data.get("tags") or ()),
            anchor=data.get("anchor", "orphan"),
        )


def _rgba(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha:.2f})"


def _css(flavour: str) -> str:
    rules = []
    for k in kinds():
        underline = CSS_UNDERLINE.get(k.underline, "solid")
        if flavour == "qt":
            # QTextDocument: background colours, plus a cue that survives black-and-white printing.
            cue = QT_CUES.get(k.id, "")
            rules.append(f".hl-{k.id} {{ background-color: {_rgba(k.colour, 0.28)};{cue} }}")
        else:
            deco = "none" if underline == "none" else f"underline {underline} {k.colour}"
            italic = " font-style: italic;" if k.italic else ""
            rules.append(
                f".hl-{k.id} {{ background-color: {_rgba(k.colour, 0.22)}; text-decoration: {deco};"
                f" text-underline-offset: 3px;{italic} }}"
            )
        rules.append(f".sw-{k.id} {{ background-color: {_rgba(k.colour, 0.45)}; }}")
    if flavour != "qt":
        rules.append(".hl-loaded_term.hl-possible { text-decoration-style: dotted; }")
        rules.append(f".hl-loaded_term.hl-quoted {{ text-decoration-color: {next(k.colour for k in kinds() if k.id == 'quote')}; }}")
    base = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d2733; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 15pt; border-bottom: 1px solid #ccd; padding-bottom: 3pt; margin-top: 18pt; }
h3 { font-size: 12.5pt; margin: 12pt 0 4pt 0; }
.meta { color: #555; font-size: 9.5pt; }
.warn { color: #9a3412; font-size: 9.5pt; }
.lead { font-style: italic; }
.caption { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #ccd; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #eef0f4; }
.del { background-color: #fcd9d9; text-decoration: line-through; }
.ins { background-color: #d6f5dd; }
.tag { color: #444; font-size: 9pt; }
.orphan { color: #9a3412; }
blockquote { margin: 6pt 0 6pt 18pt; color: #333; }
.mark { font-size: 8pt; font-weight: bold; color: #333; }
.notemark { font-size: 8pt; font-weight: bold; color: #7a2e00; }
"""
    if flavour == "browser":
        base += """
body { max-width: 1500px; margin: 0 auto; padding: 16px 24px; line-height: 1.5; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 28px; }
.pair > section { min-width: 0; }
.legend span { display: inline-block; margin: 2px 10px 2px 0; padding: 1px 6px; border-radius: 3px; }
@media print {
  body { max-width: none; padding: 0; }
  .pair { display: block; }
  .pair > section { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
}
"""
    return base + "\n".join(rules)


# --------------------------------------------------------------------------- article bodies


def text_direction(text: str) -> str:
    """"rtl" or "ltr" from the first strong character (the Unicode bidi rule for a paragraph).

    Written out rather than left to dir="auto", which Qt's rich text (the PDF) ignores.
    """
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi == "L":
            return "ltr"
        if bidi in ("R", "AL"):
            return "rtl"
    return "ltr"


def _segments(text: str, spans: Iterable[tuple[int, int, str]],
              cuts: Iterable[int] = ()) -> list[tuple[str, frozenset[str], int]]:
    """Split text at every span boundary (and at ``cuts``); each piece carries the set of kinds
    covering it and its start offset."""
    bounds = {0, len(text), *(c for c in cuts if 0 <= c <= len(text))}
    spans = [(max(0, s), min(len(text), e), k) for s, e, k in spans if s < e]
    for s, e, _ in spans:
        bounds.update((s, e))
    ordered = sorted(bounds)
    opens: dict[int, list[str]] = defaultdict(list)
    closes: dict[int, list[str]] = defaultdict(list)
    for s, e, k in spans:
        opens[s].append(k)
        closes[e].append(k)
    active: Counter[str] = Counter()
    out = []
    for left, right in zip(ordered, ordered[1:]):
        for k in closes.get(left, ()):
            active[k] -= 1
        for k in opens.get(left, ()):
            active[k] += 1
        out.append((text[left:right], frozenset(k for k, n in active.items() if n > 0), left))
    return out


def _highlighted(text: str, offset: int, spans: list[tuple[int, int, str]],
                 inserts: dict[int, list[tuple[int, str]]] | None = None) -> str:
    """Escaped text with a span per run of kinds; ``inserts``: markup to put at text offsets
    (markers of matches and notes), as (order, html) so closing marks come before opening ones."""
    local = [(s - offset, e - offset, k) for s, e, k in spans if e > offset and s < offset + len(text)]
    here = {pos - offset: items for pos, items in (inserts or {}).items() if offset <= pos <= offset + len(text)}
    html = []
    for piece, kinds_here, left in _segments(text, local, here):
        html.extend(markup for _order, markup in sorted(here.get(left, ())))
        if not kinds_here:
            html.append(escape(piece))
            continue
        ordered = [k for k in (*BODY_KINDS, *VARIANT_CLASSES) if k in kinds_here]
        html.append(f'<span class="{" ".join("hl-" + k for k in ordered)}">{escape(piece)}</span>')
    if text:
        html.extend(markup for _order, markup in sorted(here.get(len(text), ())))
    else:
        html.extend(markup for _order, markup in sorted(here.get(0, ())))
    return "".join(html)


def _location(article: Article, full_paths: bool) -> str | None:
    """The page's URL, else the capture's file name; its full local path only when asked."""
    if article.source.url:
        return article.source.url
    path = article.source.path
    if not path:
        return None
    path = display_path(path)  # a name's undecodable bytes as U+FFFD: the report is UTF-8
    return path if full_paths else path.replace("\\", "/").rsplit("/", 1)[-1]


def _article_header(article: Article, side: int, full_paths: bool = False) -> str:
    # an article that states no outlet is named by its file, as the app names it
    name = article.outlet or (article.source.path and display_stem(article.source.path)) or "Unknown outlet"
    parts = [f"<h2>{SIDE_NAMES[side]}: {escape(name)}</h2>"]
    title = article.title or "(no headline found)"
    parts.append(f'<h3 dir="{text_direction(title)}">{escape(title)}</h3>')
    meta = []
    if article.published:
        meta.append(escape(human_date(article.published)))
    if article.authors:
        meta.append("by " + escape(", ".join(article.authors)))
    if article.source_credit:
        meta.append("source: " + escape(article.source_credit))
    location = _location(article, full_paths)
    if location:
        meta.append(escape(location))
    if meta:
        parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    for warning in article.warnings:
        parts.append(f'<p class="warn">⚠ {escape(warning)}</p>')
    if article.lead:
        parts.append(f'<p class="lead" dir="{text_direction(article.lead)}">{escape(article.lead)}</p>')
    return "\n".join(parts)


def _article_blocks(article: Article, spans, inserts, word_cap: int | None = None) -> list[str]:
    """One HTML string per block (a list item is its own one-item list, so blocks can sit in
    table rows); past ``word_cap`` words, one line saying what was left out."""
    out = []
    words = 0
    for n, block in enumerate(article.blocks):
        if word_cap is not None and words >= word_cap:
            left = len(article.text[block.start:].split())
            out.append(f'<p class="warn">⚠ The PDF stops here: this article has {left:,} more words '
                       f"(the HTML report has all of it).</p>")
            break
        words += len(article.text[block.start:block.end].split())
        inner = _highlighted(article.text[block.start : block.end], block.start, spans, inserts)
        direction = text_direction(article.block_text(block))
        if block.kind == "list_item":
            out.append(f'<ul><li dir="{direction}">{inner}</li></ul>')
        else:
            tag = {"heading": "h3", "blockquote": "blockquote"}.get(block.kind, "p")
            out.append(f'<{tag} dir="{direction}">{inner}</{tag}>')
    if article.captions:
        out.append("".join(f'<p class="caption">Caption: {escape(c)}</p>' for c in article.captions))
    return out


def _article_body(article: Article, spans, inserts=None) -> str:
    """The blocks one after the other (list items of one list in one list)."""
    return "\n".join(_article_blocks(article, spans, inserts)).replace("</ul>\n<ul>", "\n")


# --------------------------------------------------------------------------- sections


def _td(text: str) -> str:
    """A table cell holding words from an article, laid out in their own direction."""
    return f'<td dir="{text_direction(text)}">{escape(text)}</td>'


def _quote_cell(text: str, start: int, end: int) -> str:
    return f"“{escape(text[start:end])}”"


def _diff_html(diffs) -> str:
    html = []
    for d in diffs:
        cls = {-1: "del", 1: "ins"}.get(d.op)
        html.append(f'<span class="{cls}">{escape(d.text)}</span>' if cls else escape(d.text))
    return "".join(html)


def _shared_quotes(comparison: Comparison) -> str:
    a, b = (art.text for art in comparison.articles)
    rows = []
    for sq in comparison.shared_quotes:
        diff = _diff_html(sq.diffs) if sq.diffs and not sq.exact else "identical"
        rows.append(
            f'<tr><td dir="{text_direction(a[sq.a.start:sq.a.end])}">{_quote_cell(a, sq.a.start, sq.a.end)}</td>'
            f'<td dir="{text_direction(b[sq.b.start:sq.b.end])}">{_quote_cell(b, sq.b.start, sq.b.end)}</td>'
            f"<td>{sq.similarity:.0%}</td><td>{diff}</td></tr>"
        )
    body = (
        f"{TABLE}<tr><th>In A</th><th>In B</th><th>Similarity</th><th>Differences (A → B)</th></tr>"
        + "".join(rows) + "</table>"
        if rows else "<p>No quotation appears in both articles.</p>"
    )
    related = []
    for rq in comparison.related_quotes:
        related.append(
            f'<tr><td dir="{text_direction(a[rq.a.start:rq.a.end])}">{_quote_cell(a, rq.a.start, rq.a.end)}</td>'
            f'<td dir="{text_direction(b[rq.b.start:rq.b.end])}">{_quote_cell(b, rq.b.start, rq.b.end)}</td>'
            f"<td>{rq.similarity:.0%}</td></tr>"
        )
    if related:
        body += (
            f"<h3>Related quotes (close in meaning, not the same words)</h3>{TABLE}<tr><th>In A</th>"
            "<th>In B</th><th>Similarity</th></tr>" + "".join(related) + "</table>"
        )
    return f'<h2 id="shared-quotes">Shared quotes</h2>\n{body}'


def _quotes_by_speaker(comparison: Comparison) -> str:
    cells = []
    for side, article in enumerate(comparison.articles):
        items = [
            f"<li>{escape(q.speaker or NO_SPEAKER)}: {_quote_cell(article.text, q.start, q.end)}</li>"
            for q in comparison.quotes[side]
        ]
        cells.append(f"<h3>{SIDE_NAMES[side]}: {escape(article.outlet or '')}</h3>"
                     + (f"<ul>{''.join(items)}</ul>" if items else "<p>No direct quotations.</p>"))
    return '<h2 id="quotes">Quotations and speakers</h2>\n' + "\n".join(cells)


def _label_contrasts(contrasts: Sequence[LabelContrast]) -> str:
    rows = []
    for lc in contrasts:
        a = "; ".join(sorted({m.text for m in lc.a})) or "—"
        b = "; ".join(sorted({m.text for m in lc.b})) or "—"
        rows.append(f"<tr>{_td(lc.entity)}{_td(a)}{_td(b)}"
                    f"<td>{escape(lc.category or '')}</td></tr>")
    if not rows:
        return '<h2 id="framing">Framing</h2><h3>Label contrasts</h3><p>None found.</p>'
    return ('<h2 id="framing">Framing</h2><h3>Label contrasts: the same thing named differently</h3>'
            f"{TABLE}<tr><th>Who or what</th><th>A calls it</th><th>B calls it</th><th>Kind</th></tr>"
            + "".join(rows) + "</table>")


def _per_side_table(title: str, anchor: str, comparison: Comparison, rows_of, header: str) -> str:
    parts = [f'<h3 id="{anchor}">{escape(title)}</h3>']
    for side, article in enumerate(comparison.articles):
        rows = rows_of(side)
        parts.append(f"<p><b>{SIDE_NAMES[side]}: {escape(article.outlet or '')}</b></p>")
        parts.append(f"{TABLE}<tr>{header}</tr>{''.join(rows)}</table>" if rows else "<p>None.</p>")
    return "\n".join(parts)


def _framing_lists(comparison: Comparison) -> str:
    f = comparison.framing

    def distinctive(side):
        return [f"<tr>{_td(t.term)}<td>{t.score:.2f}</td><td>{t.count}</td></tr>"
                for t in f.distinctive_terms[side][:25]]

    def loaded(side):
        counts = Counter((t.term.lower(), loaded_how(t.category, t.score is not None, t.quoted))
                         for t in f.loaded_terms[side])
        return [f"<tr>{_td(term)}<td>{escape(cat)}</td><td>{n}</td></tr>"
                for (term, cat), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def sources(side):
        return [f"<tr>{_td(s.name)}<td>{escape(s.kind or '')}</td><td>{len(s.spans)}</td></tr>"
                for s in most_often_first(f.sources[side])]

    def only_in(side):
        return [f"<tr>{_td(o.entity)}<td>{escape(o.kind or '')}</td><td>{len(o.spans)}</td></tr>"
                for o in most_often_first(f.only_in[side])]

    return "\n".join([
        _per_side_table("Distinctive terms (log-odds with informative prior)", "distinctive", comparison,
                        distinctive, "<th>Term</th><th>z-score</th><th>Count</th>"),
        _per_side_table("Loaded terms", "loaded", comparison, loaded,
                        "<th>Term</th><th>Category</th><th>Times</th>"),
        '<h2 id="sources">Sources cited</h2>',
        _per_side_table("Who each outlet cites", "sources-table", comparison, sources,
                        "<th>Source</th><th>Kind</th><th>Mentions</th>"),
        '<h2 id="only-in">Named by only one outlet</h2>',
        _per_side_table("People, places, organisations and events only one article names", "only-in-table",
                        comparison, only_in, "<th>Name</th><th>Kind</th><th>Mentions</th>"),
    ])


def _numbered_notes(notes: Sequence[ReportNote]) -> list[tuple[int, ReportNote]]:
    """Notes in reading order (A, then B, by position; orphans last), numbered from 1: the number
    marks the noted passage in the text and the note's row in the table."""
    ordered = sorted(notes, key=lambda n: (n.side, n.start if n.start is not None else 1 << 30))
    return list(enumerate(ordered, 1))


def _notes_section(articles: Sequence[Article], notes: Sequence[ReportNote], names: Sequence[str] = SIDE_NAMES) -> str:
    if not notes:
        return '<h2 id="notes">Notes</h2><p>No notes on these articles.</p>'
    rows = []
    for number, n in _numbered_notes(notes):
        where = escape(names[n.side]) if n.side < len(names) else str(n.side + 1)
        if n.start is None or n.end is None:
            passage = f'<span class="orphan">not found in the current text (was: “{escape(n.exact)}”)</span>'
        else:
            passage = _quote_cell(articles[n.side].text, n.start, n.end)
        tags = f'<br><span class="tag">{escape(", ".join(n.tags))}</span>' if n.tags else ""
        rows.append(f'<tr><td><a id="note-{number}" name="note-{number}"></a>{number}</td><td>{where}</td>'
                    f"<td>{passage}</td><td>{escape(n.body)}{tags}</td></tr>")
    return (f'<h2 id="notes">Notes</h2>{TABLE}<tr><th>No.</th><th>Article</th><th>Passage</th><th>Note</th></tr>'
            + "".join(rows) + "</table>")


def _legend(flavour: str = "browser") -> str:
    items = "".join(f'<span class="sw-{k.id}">{escape(k.label)}</span> ' for k in kinds() if k.id in BODY_KINDS)
    cues = ("Without colour: [Q1 … ] shared quote (bold), [P1 … ] shared passage, [S1 … ] aligned sentence "
            "(the same number in both articles), overline: label contrast, underline: loaded term "
             "(dotted in a browser: possibly loaded; grey: inside a quotation, the speaker's word), "
            "italic: quotation, [note 1]: your note number 1 in the notes table.")
    return f'<p class="legend">Highlights: {items}</p><p class="meta">{escape(cues)}</p>'


def _body_spans(highlights: list[Highlight], notes: Sequence[ReportNote], side: int) -> list[tuple[int, int, str]]:
    spans = [(h.start, h.end, h.kind) for h in highlights if h.kind in BODY_KINDS]
    spans += [(h.start, h.end, h.variant) for h in highlights if h.kind in BODY_KINDS and h.variant in VARIANT_CLASSES]
    spans += [(n.start, n.end, "note") for n in notes if n.side == side and n.start is not None and n.end is not None]
    return spans


def _inserts(highlights, notes: Sequence[ReportNote]) -> tuple[dict, dict]:
    """Per side, markup at text offsets: numbered brackets round each end of a match, and a
    note's number (linked to its row in the notes table) after the noted passage."""
    per_side: tuple[dict, dict] = (defaultdict(list), defaultdict(list))
    numbers: Counter[str] = Counter()
    for link in highlights.links:
        letter = LINK_MARKS.get(link.kind)
        if letter is None:
            continue
        numbers[letter] += 1
        label = f"{letter}{numbers[letter]}"
        for side in (0, 1):
            start, end = link.end(side)
            if end <= start:
                continue
            per_side[side][start].append((1, f'<span class="mark">[{label}</span>'))
            per_side[side][end].append((0, '<span class="mark">]</span>'))
    for number, n in _numbered_notes(notes):
        if n.start is not None and n.end is not None and n.side in (0, 1):
            per_side[n.side][n.end].append((0, f'<a href="#note-{number}"><span class="notemark">[note {number}]</span></a>'))
    return per_side


def render_report(
    comparison: Comparison,
    notes: Sequence[ReportNote] = (),
    flavour: str = "browser",
    generated: datetime | None = None,
    full_paths: bool = False,
    word_cap: int | None = None,
) -> str:
    """The whole report as an HTML string (``flavour`` "browser" or "qt"). The articles sit side
    by side in both: a CSS grid in a browser, a table with a row per block for Qt's printing.
    ``full_paths``: show a capture's full local path (else its file name); ``word_cap``: print
    at most that many words of each article (a PDF of a huge pair), saying so."""
    highlights = collect(comparison)
    inserts = _inserts(highlights, notes)
    generated = generated or datetime.now(timezone.utc)
    a, b = comparison.articles
    title = f"SideBySide report: {a.outlet or 'A'} vs {b.outlet or 'B'}"
    spans = [_body_spans(highlights.panes[side], notes, side) for side in (0, 1)]
    if flavour == "browser":
        sections = []
        for side, article in enumerate(comparison.articles):
            lang = f' lang="{escape(article.language)}"' if article.language else ""
            body = _article_body(article, spans[side], inserts[side])
            sections.append(f"<section{lang}>{_article_header(article, side, full_paths)}\n{body}</section>")
        articles_html = f'<div class="pair">{"".join(sections)}</div>'
    else:
        articles_html = _side_by_side_table(comparison.articles, spans, inserts, full_paths, word_cap)
    contrasts = telling_contrasts(comparison)  # (listed and counted: the word indexes read once)
    summary = " · ".join([
        count(len(comparison.shared_quotes), "shared quote"),
        count(len(comparison.shared_passages), "shared passage"),
        count(len(comparison.aligned_sentences), "aligned sentence"),
        count(len(contrasts), "label contrast"),
        count(len(notes), "note"),
    ])
    main = "\n".join([
        f'<div id="articles">{articles_html}</div>',
        _shared_quotes(comparison),
        _quotes_by_speaker(comparison),
        _label_contrasts(contrasts),
        _framing_lists(comparison),
        _notes_section(comparison.articles, notes),
    ])
    return page(title, summary, main, flavour, generated)


def _side_by_side_table(articles, spans, inserts, full_paths: bool, word_cap: int | None) -> str:
    """The two articles as a table of two columns, a row per block: Qt breaks pages between rows."""
    columns = [_article_blocks(article, spans[side], inserts[side], word_cap) for side, article in enumerate(articles)]
    langs = [f' lang="{escape(a.language)}"' if a.language else "" for a in articles]
    rows = ["<tr>" + "".join(f'<td width="50%"{langs[side]}>{_article_header(article, side, full_paths)}</td>'
                             for side, article in enumerate(articles)) + "</tr>"]
    for i in range(max(len(c) for c in columns)):
        cells = [f'<td width="50%"{langs[side]}>{columns[side][i] if i < len(columns[side]) else ""}</td>'
                 for side in (0, 1)]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table width="100%" cellspacing="0" cellpadding="6" border="0" class="sidebyside">'
            + "\n".join(rows) + "</table>")


def page(title: str, summary: str, main: str, flavour: str, generated: datetime) -> str:
    generator = f"SideBySide {__version__}, {generated.strftime('%Y-%m-%d %H:%M UTC')}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="{escape(generator)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_css(flavour)}</style>
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="meta">{escape(summary)}. Made with {escape(generator)}.</p>
{_legend(flavour)}
</header>
<main>
{main}
</main>
</body>
</html>
"""


def notes_from_json(side: int, notes: Iterable[Mapping[str, Any]]) -> list[ReportNote]:
    return [ReportNote.from_json(side, n) for n in notes]

