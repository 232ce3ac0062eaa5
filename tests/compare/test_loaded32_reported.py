"""One reader of reported speech (loaded32): naming asks the attribution engine's clauses
(compare/attribution/reported.py ``reports_after``) whether a description after a speaker is
someone the speaker tells of, as the loaded words ask it whose words a clause reports.
Hand-written sentences with invented names, with negatives."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.attribution.reported import reports_after
from sidebyside.compare.loaded import find_loaded_terms, speakers_reported_words

from .helpers import chain_of


def told_of(sentence: str, speaker: str, described: str) -> bool:
    return reports_after(sentence, (0, len(sentence)), sentence.index(speaker) + len(speaker), sentence.index(described))


def test_a_clause_of_saying_tells_of_someone_else():
    assert told_of("Police chief Tom Tennant said the man fled on foot.", "Tom Tennant", "the man")
    # any verb of saying the engine reads, not a short list of forms
    assert told_of("A juror testified that the 30-year-old lied.", "A juror", "the 30-year-old")
    # the one told: the verb's object
    assert told_of("Rosa Quell told the 61-year-old woman to leave.", "Rosa Quell", "the 61-year-old")


def test_no_clause_of_saying_tells_of_what_follows_its_reported_words():
    # the reported words end at the comma: the writer goes on about the speaker
    assert not told_of("Rosa Quell said she was innocent, and the 61-year-old woman left the court.",
                       "Rosa Quell", "the 61-year-old")
    assert not told_of("Rosa Quell fled, and the woman was found later.", "Rosa Quell", "the woman")
    # a verb of saying before the speaker reports nothing of what she does
    assert not told_of("Police said Rosa Quell fled, and the woman was found later.", "Rosa Quell", "the woman")


def test_naming_joins_a_description_no_speaker_tells_of():
    found = chain_of("Rosa Quell said she was innocent, and the 61-year-old woman left the court.")
    assert "Rosa Quell" in found["the 61-year-old woman"]
    found = chain_of("Police chief Tom Tennant said the man fled on foot.")
    assert "Police chief Tom Tennant" not in found["the man"]
    found = chain_of("Rosa Quell was hurt in the crash. A juror testified that the 61-year-old woman was drunk.")
    assert "A juror" not in found["the 61-year-old woman"]


# ------------------------------------------------------------ a closing speaker's relative clause


def reported(text: str) -> list[str]:
    """The words the engine reads a clause to report, and the labels of verbs of naming."""
    from sidebyside.compare.attribution.reported import reported_words

    att = Attribution(ArticleText(text))
    return sorted([text[s:e] for s, e in reported_words(att, frozenset(("say",)), 40)]
                  + [text[s:e] for s, e in speakers_reported_words(att)])


def quoted(text: str) -> dict[str, bool]:
    return {text[h.start : h.end]: h.quoted for h in find_loaded_terms(text, quotes=article_quotes(text))}


def test_a_relative_clause_describing_the_subject_is_the_writers():
    # ", officials said" reports the main clause; who the mayor is, the writer tells
    text = "A former mayor who was caught on tape purportedly discussing a bribe has resigned, officials said Wednesday."
    assert reported(text) == ["A former mayor", "has resigned"]
    assert quoted(text) == {"purportedly": False}
    assert reported("A former mayor who took bribes resigned, officials said.") == ["A former mayor", "resigned"]
    assert reported("Dan Rell, who was convicted of fraud, was found dead, police said.") == ["Dan Rell", "was found dead"]
    assert reported("A mayor whose aides were caught taking bribes resigned, officials said.") == ["A mayor", "resigned"]


def test_the_main_clause_stays_the_speakers():
    text = "A former mayor who was caught on tape has brutally attacked a reporter, officials said Wednesday."
    assert quoted(text) == {"brutally": False}  # the clause is read, but its words are the outlet's (loaded34)
    # no relative clause: the whole sentence before the speaker is reported
    assert reported("The former mayor purportedly discussed a bribe, officials said.") == [
        "The former mayor purportedly discussed a bribe"]
    # a relative clause describing the object is no subject's: the sentence is read whole
    assert reported("Police arrested a man who robbed a bank, officials said.") == [
        "Police arrested a man who robbed a bank"]
    # without a closing speaker the hedge is the writer's
    assert quoted("A former mayor who was caught on tape purportedly discussing a bribe has resigned.") == {
        "purportedly": False}


# ------------------------------------------------------------ literal senses by grammar and domain


def words(text: str) -> list[str]:
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text))]


def test_a_listed_noun_naming_a_topic_in_a_related_compound_is_literal():
    assert words("Dan Rell was convicted of mob-related crimes in 2004.") == []
    # the label for a crowd stays a label
    assert words("A mob stormed the town hall on Friday.") == ["mob"]
    assert "mob" in words("The mob attack on the town hall was on Friday.")


def test_attack_is_a_debates_plain_verb():
    debate = ("The televised debate was the first of the campaign. A moderator put questions to both candidates. "
              "The two leaders attacked each other's policies.")
    assert "attacked" not in words(debate)
    # outside a debate report, an attack on a policy is the violence rule's loaded word
    assert words("The governor attacked the new policies of the party.") == ["attacked"]


# ------------------------------------------------------------ a label with no article


def test_a_label_with_no_article_after_a_determiner_and_its_noun_is_the_subjects():
    assert reported("Critics called the plan reckless.") == ["reckless"]
    assert reported("Senators deemed the vote unfair and dishonest.") == ["unfair and dishonest"]
    assert quoted("Critics called the plan reckless.") == {"reckless": True}


def test_no_label_where_the_verb_goes_on():
    assert reported("The mayor called the meeting off.") == []
    assert reported("Vesk called the plan on Monday.") == []
    assert reported("She called the reporters to the office.") == []
    # the writer's own word before the object's noun stays the outlet's
    assert quoted("Vesk called the reckless plan off.") == {"reckless": False}


def test_whom_a_speaker_tells_is_the_writers_words():
    """"He told settler leaders on Monday that ...": the reported words start after "that"; whom
    they were told to is the outlet's wording (reader29)."""
    found = quoted("Dan Rell told settler leaders on Monday that the homes would be built.")
    assert found.get("settler") is False, found


def test_what_the_speaker_tells_stays_the_speakers():
    """Negative: the words after "that" are still the speaker's."""
    found = quoted("Dan Rell told the farmers that the plan was a disaster.")
    assert found.get("disaster") is False, found  # the outlet's paraphrase (loaded34)
    found = quoted('Dan Rell told the farmers that the plan was "a disaster".')
    assert found.get("disaster") is True, found
