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
    """Reading files: size limits and format sniffing."""


@dataclass(frozen=True)
class HtmlSettings:
    """The HTML family of the extractor (DOM scoring, metadata)."""


@dataclass(frozen=True)
class TextSettings:
    """The text family of the extractor (line features, body run, header)."""


@dataclass(frozen=True)
class ExtractSettings:
    html: HtmlSettings = field(default_factory=HtmlSettings)
    text: TextSettings = field(default_factory=TextSettings)


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
class CoverageSettings:
    """Grouping pairwise matches of three or more articles (compare/coverage.py)."""

    # Two quotes in one paragraph, same speaker, at most this many characters apart (an
    # attribution between them: '"…," the governor said. "…"') are one statement.
    statement_gap: int = 80
    # Distinctive words listed per outlet in the coverage.
    words_per_outlet: int = 15


@dataclass(frozen=True)
class CompareSettings:
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    naming: NamingSettings = field(default_factory=NamingSettings)
    lexical: LexicalSettings = field(default_factory=LexicalSettings)
    coverage: CoverageSettings = field(default_factory=CoverageSettings)


@dataclass(frozen=True)
class ReportSettings:
    """The report (report/)."""

    # A PDF prints at most this many words of each article of a pair, and says where it stops
    # (Qt's text layout of a 100,000-word article takes tens of seconds; the HTML has it all).
    pdf_words_per_article: int = 20_000


@dataclass(frozen=True)
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    report: ReportSettings = field(default_factory=ReportSettings)


DEFAULT = Settings()
