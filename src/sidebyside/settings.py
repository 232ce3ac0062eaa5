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

    # How far a clause may reach: tokens walked back from a speech verb to its subject, and the
    # longest apposition or relative clause skipped between them ("Sherrod Brown, a Democrat of
    # Ohio, said"). Bounds that keep every clause's cost constant.
    subject_tokens: int = 8
    aside_tokens: int = 30
    name_tokens: int = 6  # the longest run of capitalised words read as one name
    # How far back a pronoun or a description ("he", "the minister", "the agency") looks for
    # whom it names, in characters; a pronoun stays in its paragraph or the one or two before.
    resolve_chars: int = 2500
    pronoun_chars: int = 1500
    # Shared quotes (compare.quote_matching), tuned on the hand-written pairs of tests/compare.
    shared_quote_coverage: float = 0.8  # share of the shorter quote's words found in order in the other
    shared_quote_min_content: int = 3  # content words the matched part must hold (so no idiom matches)
    overlap_run_tokens: int = 6  # a partly overlapping quote: one unbroken run of this many words ...
    overlap_run_content: int = 4  # ... holding this many content words
    overlap_run_share: float = 0.4  # ... and covering this share of the shorter quote,
    overlap_run_long: int = 12  # ... unless it is this long
    related_quote_score: float = 0.35  # IDF-weighted share of the shorter quote's content words
    # Index entries shared by this many quotes carry little evidence; scanning them would make
    # the time grow with the square of the length.
    quote_max_posting: int = 24


@dataclass(frozen=True)
class NamingSettings:
    """Entities, cross-document referent chains, label contrasts, only-in."""


@dataclass(frozen=True)
class LexicalSettings:
    """Loaded terms, distinctive terms, alignment of sentences and passages."""


@dataclass(frozen=True)
class CompareSettings:
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    # Work allowed for one comparison (units: tokens read, clauses resolved, candidate pairs
    # compared; see compare.budget). A 50,000-word pair uses about a tenth of it; past it, the
    # stages still running stop and the comparison says so in its warnings.
    work_budget: int = 20_000_000
    naming: NamingSettings = field(default_factory=NamingSettings)
    lexical: LexicalSettings = field(default_factory=LexicalSettings)


@dataclass(frozen=True)
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)


DEFAULT = Settings()
