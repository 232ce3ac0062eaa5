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
class CompareSettings:
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    naming: NamingSettings = field(default_factory=NamingSettings)
    lexical: LexicalSettings = field(default_factory=LexicalSettings)


@dataclass(frozen=True)
class NotesSettings:
    """The notes store, its import and the matching of notes to an article."""

    # Wait this long for another process's write before saying the store is locked. Writes are
    # one short transaction each (milliseconds, fsync included), so a longer wait means a stuck
    # holder, and the user should hear so at once rather than after half a minute.
    busy_timeout_s: float = 2.0
    # A notes export: 100,000 annotations take about 50 MiB; parsed, a file at the cap takes ~0.5 GiB.
    max_import_bytes: int = 64 * 2**20
    max_import_annotations: int = 200_000
    # Positions beyond this are not positions in any article (the largest capture is 64 MiB).
    max_position: int = 2**31 - 1
    # Finding a moved and edited capture's notes by their text (notes/identity.py): a note is
    # found when this share of its word trigrams (quote and context) is in the text; the stored
    # article is recognised when this share of its sampled notes is found (more when the title
    # differs too: another story may reuse a noted paragraph of wire copy).
    min_text_match: float = 0.5
    min_notes_found_same_title: float = 0.5
    min_notes_found_other_title: float = 0.75
    min_note_shingles: int = 3  # a note with fewer trigrams says nothing either way
    sample_notes_per_article: int = 8


@dataclass(frozen=True)
class UserFileSettings:
    """Files of the user's data directory the app reads: term lists and the background cache."""

    max_term_file_bytes: int = 16 * 2**20  # the shipped lists together are under 2 MiB
    max_cache_bytes: int = 64 * 2**20  # the merged background cache is about 1 MiB


@dataclass(frozen=True)
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)
    notes: NotesSettings = field(default_factory=NotesSettings)
    user_files: UserFileSettings = field(default_factory=UserFileSettings)


DEFAULT = Settings()
