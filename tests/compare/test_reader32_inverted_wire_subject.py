"""reader32's wrong source: "Egypt is constructing another undersea cable, namely TE-North, to
connect …, said MENA." listed the cable as a person. In wire copy a name that ends the sentence
after ", said" is the speaker; a name set off by commas before it is what the words are about."""

from __future__ import annotations

from .helpers import sources_of

_Q, _E = "\u201c", "\u201d"


def test_the_name_a_sentence_ends_on_after_said_is_the_source():
    text = ("Orlandia is constructing another undersea cable, namely KX-South, to connect the port of Velmar "
            "and the city of Tarrant, said ONA.")
    assert "KX-South" not in sources_of(text) and "ONA" in sources_of(text)
    text = "The bridge, Harlow Span, will reopen in May, said Reuters."
    assert set(sources_of(text)) == {"Reuters"}
    text = "The mayor, Ann Lee, will open the bridge on Friday, added John Smith."
    assert set(sources_of(text)) == {"John Smith"}


def test_a_name_before_the_verb_still_speaks_when_nothing_ends_the_sentence_after_it():
    # the person told is no subject: "told NBC News" names whom
    text = "Dr. Luz Arroyo, a member of the group, told NBC News the clinic would open."
    assert "Luz Arroyo" in sources_of(text) and "NBC News" not in sources_of(text)
    text = "Dr. Luz Arroyo, a member of the group, told NBC News."
    assert "NBC News" not in sources_of(text)
    # a weekday after "said" is when, not who
    assert "Tuesday" not in sources_of("Ann Lee, the mayor, said Tuesday.")
    # what was said, not who said it
    text = "Ann Lee, the mayor, said Democrats would lose the seat."
    assert set(sources_of(text)) == {"Ann Lee"}
