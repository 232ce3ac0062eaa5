"""Police and court nouns name unnamed speakers as "a lawyer" and "an officer" do: "a detective
said", "the barrister told the court"; and a sentence's capital on their plural is no person's
name ("Detectives said", reader30). Examples invented."""

from .helpers import quote_speakers, sources_of


def test_a_detective_is_an_unnamed_speaker():
    assert quote_speakers('"The raid was planned for weeks," a detective said on Monday.', "en") == ["a detective"]


def test_a_barrister_is_an_unnamed_speaker():
    assert quote_speakers('"My client did real work," the barrister told the court.', "en") == ["the barrister"]


def test_detectives_opening_a_sentence_are_no_person():
    found = sources_of('Detectives said the raid was "the work of professionals".')
    assert found.get("Detectives") != "person"
