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

    # Loaded terms
    scare_quotes: bool = True  # report a one-to-three-word quotation nobody is credited with


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
