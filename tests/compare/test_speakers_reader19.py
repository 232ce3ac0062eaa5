"""Speakers in shapes the read sets showed: no junk glued to a name, no clause far past the close
(checked on hand-written paragraphs, negatives included)."""

from __future__ import annotations

from tests.compare.helpers import speaker_of


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_name_with_of():
    text = ("The board met on Monday. As Nick of Arachnid Labs says, the chip is "
            "\u201cjust dying for someone to write a compiler for it\u201d. The rest followed.")
    assert speaker_of(text, "just dying") == "Nick of Arachnid Labs"
    # the article before an office's name stays with it
    text = ("The board met on Monday. The Minister of Health said the plan was "
            "\u201cfar too slow for the people who need it\u201d. The rest followed.")
    assert speaker_of(text, "far too slow") == "The Minister of Health"


def test_a_quote_closing_on_its_comma_is_not_credited_by_a_clause_far_past_the_close():
    text = ("The board met on Monday. \u201cWe have waited far too long for this money,\u201d the grant will now be "
            "spread among small farms across the region, Lee told reporters.")
    assert speaker_of(text, "waited far too long") is None
    # the clause right after the close, or after a short aside, credits it
    text = "The board met on Monday. \u201cWe have waited far too long,\u201d Lee, a farmer, told reporters."
    assert speaker_of(text, "waited far too long") == "Lee"
    # words in marks inside the writer's sentence are part of what the closing clause reports
    text = ("The board met on Monday. The plan is \u201ca long overdue step,\u201d with the new grant to be spread "
            "among small farms across the region, Lee told reporters.")
    assert speaker_of(text, "a long overdue step") == "Lee"


def test_the_quotation_after_someone_asked_about_something_is_the_answer_not_theirs():
    text = ("Reporters met the mayor on Monday. Jane Smith asked about the budget.\n"
            "\u201cWe will not cut a single school from the plan this year.\u201d")
    assert speaker_of(text, "We will not cut") is None
    # the answerer named: theirs
    text = ("Reporters met the mayor on Monday. Jane Smith asked about the budget.\n"
            "\u201cWe will not cut a single school from the plan this year,\u201d Mayor Tom Brown said.")
    assert speaker_of(text, "We will not cut") == "Tom Brown"
    # the quotation is itself the question: the asker's
    text = ("Reporters met the mayor on Monday. Jane Smith asked about the budget.\n"
            "\u201cWill you cut a single school from the plan this year?\u201d")
    assert speaker_of(text, "Will you cut") == "Jane Smith"
    # someone who said something goes on speaking
    text = ("Reporters met the mayor on Monday. Jane Smith said she was proud of the budget.\n"
            "\u201cWe will not cut a single school from the plan this year.\u201d")
    assert speaker_of(text, "We will not cut") == "Jane Smith"


def _scorer():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "speakers.py"
    spec = importlib.util.spec_from_file_location("speakers_benchmark_19", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scorer_reads_a_hyphenated_unnamed_head_and_the_title_general():
    is_right = _scorer().is_right
    assert is_right("the grub-man", {"speaker": "the grub-man", "unnamed": ["grub-man"]})
    assert not is_right("the turnkey", {"speaker": "the grub-man", "unnamed": ["grub-man"]})
    assert is_right("General Lane", {"speaker": "Tom Lane"})
    assert not is_right("General Lane", {"speaker": "Tom Hill"})


def test_police_with_no_article_is_a_plural_subject_inside_a_relative_clause():
    text = ("Investigators are looking for the cause of the fire, which police have said they are treating as "
            "\u201cpotentially suspicious.\u201d\n\nMany roads were closed.")
    assert speaker_of(text, "potentially suspicious") == "police"
    text = "The fire, which police said was \u201cpotentially suspicious,\u201d destroyed the shop."
    assert speaker_of(text, "potentially suspicious") == "police"
    # a singular noun with no article is no subject
    text = "The fire, which witness said was \u201cpotentially suspicious,\u201d destroyed the shop."
    assert speaker_of(text, "potentially suspicious") is None


def test_a_relative_clause_after_a_comma_speaks_for_the_phrase_before_it():
    text = ("The talks broke down on Friday. The strike was criticised by the British government, which condemned "
            "the move as \u201ca reckless act of aggression against civilians\u201d.")
    assert speaker_of(text, "a reckless act") == "the British government"
    text = ("The talks broke down on Friday. Among the critics was Jane Smith, who said it was "
            "\u201ca reckless act of aggression against civilians\u201d.")
    assert speaker_of(text, "a reckless act") == "Jane Smith"
    # a thing before the comma speaks no words
    text = ("The talks broke down on Friday. The strike hit the old bridge, which said "
            "\u201ca reckless act of aggression against civilians\u201d in red paint.")
    assert speaker_of(text, "a reckless act") is None


def test_a_participle_opening_a_sentence_with_its_object_is_no_name():
    text = ("The clerk stood still for a while.\nRecovering myself, I advanced towards the screen, and demanded "
            "the reason for such conduct.\n\u201cWhy do you refuse to do the copies today?\u201d")
    assert speaker_of(text, "Why do you refuse") != "Recovering"
    text = ("The clerk stood still for a while.\nRecovering himself, the clerk walked to the screen and demanded: "
            "\u201cWhy do you refuse to do the copies today?\u201d")
    assert speaker_of(text, "Why do you refuse") != "Recovering"
    # a name ending in "-ing" stays a name
    text = ("The clerk stood still for a while.\nManning walked to the screen and demanded: "
            "\u201cWhy do you refuse to do the copies today?\u201d")
    assert speaker_of(text, "Why do you refuse") == "Manning"


def test_a_description_keeps_an_abbreviation_in_capital_letters_before_its_head():
    text = ("The talks broke down on Friday. The strike was criticised by the U.S. government, which said it was "
            "\u201ca reckless act of aggression against civilians\u201d.")
    assert speaker_of(text, "a reckless act") == "the U.S. government"
    text = "The talks broke down on Friday. The U.N. spokesman said it was \u201ca reckless act of aggression\u201d."
    assert speaker_of(text, "a reckless act") == "The U.N. spokesman"
    # a sentence ending on an abbreviation is no part of the next one's subject
    text = "The talks broke down in the U.S. Officials said it was \u201ca reckless act of aggression\u201d."
    assert speaker_of(text, "a reckless act") in (None, "Officials")
