"""The coverage report of three or more outlets: matrices of quotes × outlets and facts ×
outlets, the naming table, sources, words and the user's notes, as one self-contained HTML page
(the "qt" flavour is what the PDF prints). Cells say in words and signs what colour would say,
so the report reads the same in black and white."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from html import escape
from typing import Sequence

from sidebyside.compare.coverage import Coverage
from sidebyside.extract.warnings import NO_DATE
from sidebyside.report.html import TABLE, ReportNote, _location, _notes_section, page, text_direction
from sidebyside.wording import NO_SPEAKER, clipped, count, human_date

CHANGE_CELL = {"full": "✓ whole", "trimmed": "✂ trimmed", "altered": "✎ altered"}
ABSENT = "—"
CELL_CHARS = 220  # a quotation or a fact in a table cell


def _names(coverage: Coverage) -> list[str]:
    names = []
    for i, a in enumerate(coverage.articles):
        name = (a.outlet if a else None) or f"Article {i + 1}"
        names.append(name)
    for name, n in Counter(names).items():
        if n > 1:
            k = 0
            for i, other in enumerate(names):
                if other == name:
                    k += 1
                    names[i] = f"{name} ({k})"
    return names


def _head(lead: Sequence[str], names: Sequence[str]) -> str:
    return "<tr>" + "".join(f"<th>{escape(x)}</th>" for x in [*lead, *names]) + "</tr>"


def _outlets(coverage: Coverage, names: Sequence[str], full_paths: bool) -> str:
    rows = []
    for i, a in enumerate(coverage.articles):
        if a is None:
            rows.append(f"<tr><td>{escape(names[i])}</td><td colspan=\"3\">could not be read</td></tr>")
            continue
        title = a.title or "(no headline found)"
        rows.append(f"<tr><td>{escape(names[i])}</td><td dir=\"{text_direction(title)}\">{escape(title)}</td>"
                    f"<td>{escape(human_date(a.published) or NO_DATE)}</td>"
                    f"<td>{escape(_location(a, full_paths) or '')}</td></tr>")
    return (f'<h2 id="outlets">The outlets</h2>{TABLE}<tr><th>Outlet</th><th>Headline</th><th>Date</th>'
            f"<th>Page or file</th></tr>{''.join(rows)}</table>")


def _quotes(coverage: Coverage, names: Sequence[str]) -> str:
    if not coverage.quotes:
        return '<h2 id="quotes">Quotes × outlets</h2><p>No quotation appears in two or more articles.</p>'
    rows = []
    for group in coverage.quotes:
        by = {m.article: m for m in group.members}
        longest = max(group.members, key=lambda m: len(m.text))
        speakers = Counter(m.speaker for m in group.members if m.speaker)
        who = speakers.most_common(1)[0][0] if speakers else NO_SPEAKER
        cells = []
        for i in range(len(names)):
            m = by.get(i)
            cells.append(f"<td>{escape(CHANGE_CELL.get(m.change or 'full', '✓'))}</td>" if m else f"<td>{ABSENT}</td>")
        rows.append(f'<tr><td dir="{text_direction(longest.text)}">“{escape(clipped(longest.text, CELL_CHARS))}”</td>'
                    f"<td>{escape(who)}</td>{''.join(cells)}</tr>")
    return ('<h2 id="quotes">Quotes × outlets</h2><p class="meta">One row per utterance quoted by two or more '
            "outlets. ✓ whole: the longest version; ✂ trimmed: fewer of the same words; ✎ altered: words "
            f"changed; {ABSENT}: not quoted.</p>"
            f"{TABLE}{_head(['Quotation (longest version)', 'Said by'], names)}{''.join(rows)}</table>")


def _facts(coverage: Coverage, names: Sequence[str]) -> str:
    if not coverage.facts:
        return '<h2 id="facts">Facts × outlets</h2><p>No fact is told by two or more articles in other words.</p>'
    rows = []
    for group in coverage.facts:
        present = {m.article for m in group.members}
        first = group.members[0]
        cells = "".join(f"<td>{'✓' if i in present else ABSENT}</td>" for i in range(len(names)))
        rows.append(f'<tr><td dir="{text_direction(first.text)}">{escape(clipped(first.text, CELL_CHARS))}</td>'
                    f"<td>{len(present)} of {len(names)}</td>{cells}</tr>")
    return ('<h2 id="facts">Facts × outlets</h2><p class="meta">The same fact told by two or more outlets in '
            "other words (as the first of them tells it). Rows with few ✓ are facts the others leave out.</p>"
            f"{TABLE}{_head(['Fact', 'Told by'], names)}{''.join(rows)}</table>"
            + (f"<p>{count(len(coverage.passages), 'passage')} copied nearly word for word by two or more "
               "outlets (agency copy).</p>" if coverage.passages else ""))


def _naming(coverage: Coverage, names: Sequence[str]) -> str:
    if not coverage.naming:
        return '<h2 id="naming">Naming</h2><p>No one is named differently by the outlets.</p>'
    rows = []
    for group in coverage.naming:
        cells = []
        for i in range(len(names)):
            labels = list(dict.fromkeys(m.text for m in group.members if m.article == i))
            text = "; ".join(labels)
            cells.append(f'<td dir="{text_direction(text)}">{escape(text)}</td>' if labels else f"<td>{ABSENT}</td>")
        rows.append(f"<tr><td>{escape(group.entity)}</td>{''.join(cells)}</tr>")
    return ('<h2 id="naming">Naming: the same actor, each outlet\'s words</h2>'
            f"{TABLE}{_head(['Who or what'], names)}{''.join(rows)}</table>")


def _sources(coverage: Coverage, names: Sequence[str]) -> str:
    if not coverage.sources:
        return '<h2 id="sources">Sources cited</h2><p>No cited source found.</p>'
    rows = []
    for group in coverage.sources:
        per = Counter(m.article for m in group.members)
        cells = "".join(f"<td>{per[i]}×</td>" if per[i] else f"<td>{ABSENT}</td>" for i in range(len(names)))
        rows.append(f"<tr><td>{escape(group.name)}</td><td>{escape(group.kind or '')}</td>{cells}</tr>")
    return ('<h2 id="sources">Sources cited (times cited)</h2>'
            f"{TABLE}{_head(['Source', 'Kind'], names)}{''.join(rows)}</table>")


def _words(coverage: Coverage, names: Sequence[str]) -> str:
    rows = []
    for w in coverage.words:
        distinctive = ", ".join(t.term for t in w.distinctive) or ABSENT
        loaded = ", ".join(dict.fromkeys(f"{t.term} ({t.category})" for t in w.loaded)) or ABSENT
        rows.append(f"<tr><td>{escape(names[w.article])}</td><td>{escape(distinctive)}</td><td>{escape(loaded)}</td></tr>")
    only = []
    for o in coverage.only_in:
        only.append(f"<tr><td>{escape(names[o.article])}</td><td>{escape(o.entity)}</td>"
                    f"<td>{escape(o.kind or '')}</td><td>{len(o.spans)}</td></tr>")
    html = ('<h2 id="words">Each outlet\'s words</h2>'
            f"{TABLE}<tr><th>Outlet</th><th>Distinctive against the others</th><th>Loaded terms</th></tr>"
            f"{''.join(rows)}</table>")
    html += '<h2 id="only-in">Named by only one outlet</h2>'
    html += (f"{TABLE}<tr><th>Outlet</th><th>Name</th><th>Kind</th><th>Mentions</th></tr>{''.join(only)}</table>"
             if only else "<p>None.</p>")
    return html


def render_coverage_report(coverage: Coverage, notes: Sequence[ReportNote] = (), flavour: str = "browser",
                           generated: datetime | None = None, full_paths: bool = False) -> str:
    """The coverage report as an HTML string (``flavour`` "browser" or "qt", as render_report)."""
    generated = generated or datetime.now(timezone.utc)
    names = _names(coverage)
    present = [a for a in coverage.articles if a is not None]
    title = f"SideBySide coverage report: {count(len(present), 'outlet')}"
    summary = " · ".join([
        count(len(coverage.quotes), "shared quotation"),
        count(len(coverage.facts), "fact told by two or more", "facts told by two or more"),
        count(len(coverage.naming), "actor named differently", "actors named differently"),
        count(len(notes), "note"),
    ])
    articles = [a for a in coverage.articles]
    main = "\n".join([
        _outlets(coverage, names, full_paths),
        _quotes(coverage, names),
        _facts(coverage, names),
        _naming(coverage, names),
        _sources(coverage, names),
        _words(coverage, names),
        _notes_section(articles, notes, names),
    ])
    return page(title, summary, main, flavour, generated)
