"""Reader30's items (loaded34), hand-written with invented names, each with a negative: the tabloid
register (verbs of taking money, crime words and metaphors, epithets), headlines and standfirsts
read with the body's rules (a quoted phrase in a headline is a scare quote), one rule for whose
words indirect speech holds, and a word in quote marks that mentions itself."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.headings import heading_terms
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.model import Article, Source


def terms(text: str) -> dict[str, tuple[str, bool]]:
    return {text[h.start : h.end]: (h.category, h.quoted)
            for h in find_loaded_terms(text, quotes=article_quotes(text), language="en") if h.score is None}


def heading(title: str, lead: str = "", body: str = "The hearing opened on Monday. It will last a week.") -> dict:
    a = Article(source=Source(None, "text"), title=title, lead=lead, text=body, language="en")
    return {(h.field, (a.title if h.field == "title" else a.lead)[h.start : h.end]): (h.category, h.quoted)
            for h in heading_terms(a) if h.score is None}


# ------------------------------------------------------------ the tabloid register


def test_informal_verbs_of_taking_money_are_loaded():
    text = "A shamed ex-mayor raked in a fortune in secret payments from a haulage firm, a court heard."
    assert {"shamed", "raked in"} <= set(terms(text))
    assert "pocketed" in terms("Tam Orrin, 61, pocketed the cash in return for handing out two contracts.")
    # the plain words of the same facts
    assert terms("A former mayor received large payments from a haulage firm, a court heard.") == {}
    assert terms("Tam Orrin took the cash and put it in his pocket.") == {}


def test_crime_words_told_as_a_film_and_epithets_of_places():
    text = "Art thieves took a lute painting from a sleepy harbour museum in a daring raid."
    assert {"sleepy", "daring raid"} <= set(terms(text))
    assert "heist" in terms("The two-minute heist was over before dawn.")
    # a person's state is no epithet
    assert terms("The night shift made him sleepy.") == {}
    assert terms("The guard was sleepy after the night shift.") == {}


def test_crime_metaphors_are_loaded_outside_a_crime_story_only():
    assert "stealing" in terms("The rival port is stealing our jobs and our trade.")
    assert "gang" in terms("The mayor and his gang left every post on the board vacant.")
    crime = ("Police arrested two men after the theft. Detectives said the gang had been stealing "
             "paintings for years, and a jury will hear the case.")
    assert "gang" not in terms(crime) and "stealing" not in terms(crime)
    assert terms("Street gangs clashed near the port.") == {}


# ------------------------------------------------------------ headlines and standfirsts


def test_a_tabloid_headline_and_standfirst_are_read_with_the_bodys_rules():
    found = heading("Raiders grab £8m painting in two-minute heist",
                    "Shamed ex-mayor pocketed cash for road deals, jury told")
    assert found[("title", "heist")] == ("emotive", False)
    assert ("lead", "Shamed") in found and ("lead", "pocketed") in found


def test_a_quoted_phrase_no_one_is_credited_with_in_a_headline_is_a_scare_quote():
    found = heading("Ex-mayor Orrin in the dock over 'cash for contracts'")
    assert found == {("title", "cash for contracts"): ("scare quotes", False)}
    # the body keeps a quoted phrase of several words for a name or someone's words
    assert [h.category for h in find_loaded_terms(
        "Orrin is in the dock over 'cash for contracts' this week.",
        quotes=article_quotes("Orrin is in the dock over 'cash for contracts' this week."))] == []


def test_a_quoted_phrase_in_a_headline_that_names_a_noun_or_is_credited_is_no_scare_quote():
    assert heading("Council unveils 'warmer homes' plan") == {}
    assert heading("Council unveils 'warmer homes' scheme for tenants") == {}
    # a verb of saying credits the quotation to the speaker
    assert heading("Mayor slams 'reckless and costly' budget") == {
        ("title", "slams"): ("attribution verb", False),
        ("title", "reckless"): ("evaluative", True),
    }
    # a quoted saying, with a pronoun of its own
    assert heading('Ex-mayor: "we took nothing"') == {}


def test_a_wire_headline_of_the_same_event_has_none():
    assert heading("Former mayor goes on trial over road contracts",
                   "Prosecutors say payments were made to a councillor") == {}
    assert heading("Painting stolen from museum, police say") == {}


# ------------------------------------------------------------ whose words indirect speech holds


def test_indirect_speech_closing_a_sentence_is_the_outlets():
    text = "Art thieves took a priceless painting from a sleepy harbour museum, police said."
    assert terms(text)["priceless"] == ("evaluative", False)
    assert terms(text)["sleepy"] == ("evaluative", False)
    # the same words inside quote marks are the speaker's
    quoted = 'Art thieves took a "priceless" painting, police said, from a sleepy harbour museum.'
    assert terms(quoted)["priceless"][1] is True


def test_indirect_speech_after_its_verb_is_the_outlets_and_a_label_of_naming_the_speakers():
    assert terms("Ada Venn said the farmers were forced to capitulate.")["capitulate"][1] is False
    assert terms('Ada Venn said the farmers were forced "to capitulate".')["capitulate"][1] is True
    assert terms("Ada Venn called the inquiry a hoax.")["hoax"][1] is True


# ------------------------------------------------------------ a word that mentions itself


def test_the_word_in_quote_marks_is_no_scare_quote():
    assert terms('Coaches say the word "resilience" is overused in schools.') == {}
    assert "scare quotes" not in {c for c, _ in terms('The term "sleepy" fits the harbour town, locals joke.').values()}
    # a scare quote is still one
    assert terms('The council made a "historic" move on Monday.') == {"historic": ("scare quotes", False)}


def test_a_headings_domain_is_told_by_its_body():
    crime = ("Police arrested two men on Monday. Detectives said the gang had planned the theft for months. "
             "A jury will hear the case, and the suspects remain in custody.")
    assert ("title", "Gang") not in heading("Gang jailed over museum theft", body=crime)
    match = ("The coach praised the league leaders after the season opener. The striker scored twice before "
             "halftime at the stadium.")
    assert heading("Crushing defeat for Harlow as striker sees red", body=match) == {}
    # over a body of another domain the same words are the outlet's metaphors
    assert ("title", "Crushing") in heading("Crushing defeat for the mayor's budget")
    assert ("title", "gang") in heading("Mayor and his gang leave posts vacant")


def test_crime_words_said_of_policy_and_plain_in_a_crime_or_hostage_story():
    assert "crime bosses" in terms("Like other autocrats and de facto crime bosses, the mayor rewards loyalty.")
    assert "kidnapping" in terms("The state-sanctioned kidnapping of children at the border goes on.")
    # the plain past of a crime brief, with few words of police, is never listed
    assert terms("Thieves stole a van from a driveway on Main Street, police said.") == {}
    assert "fattened the pockets" in terms("The tax cut fattened the pockets of the lawmakers who passed it.")
    assert terms("Police said a car was stolen and detectives arrested a suspect on Friday.") == {}
    assert terms("Gunmen kidnapped two aid workers; their captors demanded a ransom for the hostages.") == {}


def test_a_quoted_word_whose_sense_is_explained_right_after_is_no_scare_quote():
    assert terms('Puzzle games used to finish. Now there is no "end," because studios keep adding levels.') == {}
    # without the explanation the writer's quote marks still doubt the word
    assert terms('Now there is no "end" to it.') == {"end": ("scare quotes", False)}


def test_a_title_case_tabloid_headline_keeps_its_loaded_words():
    found = heading("Shamed Ex-Mayor Pocketed Fortune In Two-Minute Heist")
    assert {("title", "Shamed"), ("title", "Pocketed"), ("title", "Heist")} <= set(found)
    assert heading("Former Mayor Goes On Trial Over Road Contracts") == {}
