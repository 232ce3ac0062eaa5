"""Someone a speaker says will speak is no source yet: "Crown lawyer Ada Moss said the firm's former
money man would testify against him" cites Moss, the money man is what she spoke about (reader30).
Words already said and passed on still cite their speaker. Examples invented."""

from .helpers import sources_of


def test_a_witness_who_would_testify_is_no_source():
    found = sources_of("Crown lawyer Ada Moss said the firm's former money man would testify against him.")
    assert "Ada Moss" in found and not any("money man" in name for name in found)


def test_words_already_said_and_passed_on_still_cite_their_speaker():
    """Negative: "testified" is words said, which Moss passes on."""
    found = sources_of("Crown lawyer Ada Moss said the firm's former money man testified against him on Monday.")
    assert "Ada Moss" in found and any("money man" in name for name in found)
