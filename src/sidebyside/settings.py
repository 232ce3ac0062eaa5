"""Thresholds and options: one frozen object, passed explicitly down the pipeline.

As trafilatura passes its ``Extractor`` options, each stage takes the section it needs
(``settings.capture``, ``settings.extract``, ``settings.compare``...) as an argument with
``DEFAULT`` as its default, so a caller (the CLI, the session, a benchmark, a test) can run the
whole pipeline with other values without touching module globals. A number lives here when it
is a tuning choice (a threshold, a window, a cap); a fixed fact of a format does not.

Each section is owned by one part of the pipeline; keep each section's fields together, with a
comment saying what the number means and, where it was tuned, on what.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaptureSettings:
    """Reading files: size limits and format sniffing.

    Every limit bounds the time and memory one hostile file can take (each is checked before the
    costly step it guards); a real saved page sits far below each.
    """

    # A saved page read into memory whole: HTML, MHTML, a Safari web archive, a text capture.
    max_bytes: int = 64 * 1024 * 1024
    # Containers read piecewise (WARC, WACZ, PDF): web archives keep every image and video.
    max_archive_bytes: int = 1024 * 1024 * 1024
    # MHTML: Chrome writes a few hundred bytes of headers per part and a few hundred parts.
    max_mime_header_bytes: int = 64 * 1024
    max_mime_parts: int = 10_000
    max_mime_depth: int = 100
    # A declared charset label is quoted in a warning only this far.
    max_label_chars: int = 40
    # WARC/WACZ: records looked at before giving up on finding the page, and the largest HTML
    # response body read (a page, not a video).
    max_warc_records: int = 50_000
    max_record_bytes: int = 64 * 1024 * 1024
    # WACZ: members of the zip, the most one may inflate to and its largest inflation ratio
    # (zip bombs; WARCs inside a WACZ are stored uncompressed, so real ratios are near 1).
    max_zip_members: int = 100_000
    max_member_bytes: int = 1024 * 1024 * 1024
    max_member_ratio: int = 200
    # PDF: a printed article is a few pages; a page of a browser print holds a few thousand
    # characters. More pages than this are not an article; the characters bound a page's cost.
    max_pdf_pages: int = 300
    max_pdf_chars: int = 3_000_000


@dataclass(frozen=True)
class HtmlSettings:
    """The HTML family of the extractor (DOM scoring, metadata)."""


@dataclass(frozen=True)
class TextSettings:
    """The text family of the extractor (line features, body run, header)."""


@dataclass(frozen=True)
class PdfSettings:
    """The PDF family of the extractor (a page printed from a browser). Tuned on the tune part
    of the printed AEB and Readability pages (benchmarks/pdf.py)."""

    # Running header and footer: lines within this share of the page's height from its top or
    # bottom edge, repeated on this share of the pages (or shaped like a page number, date, URL).
    margin_band: float = 0.05
    repeat_share: float = 0.5
    # Paragraphs: type sizes within this ratio are one type; a line indented by more than this
    # many sizes starts a block; a gap over this share of a line's height opens a paragraph;
    # a line is full (its paragraph runs on across a page or column break) when the next line's
    # first word, at this many sizes per character, would reach within this many sizes of the edge.
    size_tolerance: float = 0.08
    indent_sizes: float = 1.5
    paragraph_gap: float = 0.6
    full_line_sizes: float = 1.0
    char_width: float = 0.55
    # Headline: type at least this much larger than the body's, on the first pages, not longer.
    headline_scale: float = 1.2
    headline_pages: int = 2
    headline_max_words: int = 40
    # A paragraph mostly of links (a menu, related stories) is not the article's.
    max_link_share: float = 0.6


@dataclass(frozen=True)
class ExtractSettings:
    html: HtmlSettings = field(default_factory=HtmlSettings)
    text: TextSettings = field(default_factory=TextSettings)
    pdf: PdfSettings = field(default_factory=PdfSettings)


@dataclass(frozen=True)
class AttributionSettings:
    """Quotes, their speakers and the sources each article cites."""


@dataclass(frozen=True)
class NamingSettings:
    """Entities, cross-document referent chains, label contrasts, only-in."""


@dataclass(frozen=True)
class LexicalSettings:
    """Loaded terms, distinctive terms, alignment of sentences and passages."""


@dataclass(frozen=True)
class CompareSettings:
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    naming: NamingSettings = field(default_factory=NamingSettings)
    lexical: LexicalSettings = field(default_factory=LexicalSettings)


@dataclass(frozen=True)
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)


DEFAULT = Settings()
