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
    """The text family of the extractor (line features, body run, header).

    Lengths are in characters; weights count a wide (CJK) character as three (a word each).
    Tuned on the tune split of benchmarks/build_text_devset.py (w3m, lynx, copied text).
    """

    # --- line shapes (rules in extract/text/rules.py read these)
    cue_max_chars: int = 160  # a line longer than this is never a header, menu item or cue
    meta_max_chars: int = 120  # byline, dateline, read time, photo credit
    caption_max_chars: int = 400  # a caption's shape ("(AP Photo/...)", "In this photo...")
    footer_max_chars: int = 2000  # an appeal or a legal footer is paragraph-sized, not longer
    prose_min_weight: int = 80  # a line this heavy that ends a sentence is prose
    prose_inner_sentence_weight: int = 150  # ...or this heavy with a sentence ending inside
    prose_unended_weight: int = 140  # a sentence that lost its final stop: this heavy,
    prose_unended_words: tuple[int, int] = (20, 60)  # with this many words, mostly lower-case
    short_prose_weight: int = 36  # a shorter line is prose when it ends a sentence
    short_prose_words: int = 6  # and has this many words (or is wide script)

    # --- body run: prose earns its weight beyond prose_cost, other lines cost (a maximum-sum run)
    prose_cost: int = 40
    line_costs: tuple[tuple[str, int], ...] = (
        ("comments", 300), ("short", 20), ("meta", 40), ("credit", 10), ("image", 5),
        ("furniture", 80), ("promo", 80), ("rule", 10),
    )
    appeal_min_cost: int = 80  # an appeal costs half its weight, at least this
    bullet_cost: int = 45  # a short bullet (menu, tag, share button)
    list_run_cost: int = 70  # each item of a run of three or more short bullets
    sentence_item_cost: int = 10  # an item of a list whose items read as sentences
    prose_bullet_weight: int = 100  # a bullet this heavy that is prose counts as a paragraph
    item_chunk_lines: int = 3  # this many unended lines without blank lines between: a list
    item_chunk_ended_share: float = 0.6  # unless this share of them ends a sentence
    comments_after_prose: int = 300  # a comment section ends the article after this much prose
    next_story_prose: int = 500  # a dated headline after this much prose starts another story

    # --- header
    header_window: int = 40  # lines before the body searched for the headline and byline
    # the headline's score (extract/text/headline.py): the best line above this wins
    headline_min_score: float = -1.5
    headline_max_weight: int = 300
    headline_distance_cost: float = 0.25  # per non-blank line between it and the byline / body
    headline_after_anchor_cost: float = 3.0  # below the byline cluster
    headline_overlap_weight: float = 2.0  # times the share of its words found in the first paragraphs
    headline_sentence_cost: float = 1.0  # it ends with a full stop
    headline_prose_cost: float = 0.5  # it reads as a paragraph
    headline_two_words_cost: float = 1.0  # one or two words only
    headline_outdent_bonus: float = 1.0  # set left of the body's indent (lynx headings)
    headline_before_anchor_bonus: float = 0.5  # the byline cluster or the body follows it

    # --- when unsure
    low_confidence_chars: int = 400  # a body shorter than this is flagged
    low_confidence_one_paragraph_chars: int = 1000  # ...or one paragraph shorter than this
    keep_all_share: float = 0.2  # a body under this share of the capture's prose is widened

    # --- big inputs: past this many lines only the densest stretch of this many is read
    max_lines: int = 60_000


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
class Settings:
    capture: CaptureSettings = field(default_factory=CaptureSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    compare: CompareSettings = field(default_factory=CompareSettings)


DEFAULT = Settings()
