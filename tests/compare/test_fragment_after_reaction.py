"""A word in quote marks inside the object of a reaction ("cheered on the "historic" move") is the
writer's scare quote, not the cheerer's word (loaded33's judged decision on reader29's premier);
a verb of saying or naming before it still credits its subject."""

from sidebyside.compare import compare
from sidebyside.model import Article, Source


def _credits(text: str) -> dict[str, str | None]:
    article = Article(source=Source(None, "text"), text=text, title="The border")
    return {text[q.start : q.end]: q.speaker for q in compare(article, article).quotes[0]}


def test_a_word_marked_in_a_reactions_object_has_no_speaker():
    assert _credits("The country faced criticism on Tuesday over its decision to close the border, "
                    "while the town's mayor cheered on the \"historic\" move.") == {"historic": None}


def test_a_naming_verb_still_credits_the_word():
    assert _credits("The town's mayor called the move \"historic\" on Tuesday.") == {"historic": "The town's mayor"}


def test_a_speech_verb_still_credits_the_word():
    assert _credits("The town's mayor said the move was \"historic\" on Tuesday.") == {"historic": "The town's mayor"}
