"""The flood-barrier story: two outlets' copies of one wire story (the same headline and two
wire paragraphs, each with paragraphs of its own), a third article on another subject, and the
passage a note is written on, and how the tests build its articles and captures; shared by the
notes tests in the store and in the app."""

from __future__ import annotations

from sidebyside.extract import extract_path
from sidebyside.model import Article, Source

HEADLINE = "Flood barrier approved for the river port"
WIRE_1 = ("The regional council voted on Tuesday to build a flood barrier across the mouth of the river port, "
          "after three winters in which the lower town was under water for weeks at a time.")
WIRE_2 = ("The barrier, a row of steel gates that close when the tide and the river rise together, is due to "
          "be finished in four years and will cost about ninety million euros.")
COURIER = [WIRE_1, WIRE_2,
           "Shopkeepers on the quay, who lost their stock twice in two years, welcomed the vote but asked why "
           "the work would take so long.",
           "The council's engineer said the gates would be tested every spring before the storm season.",
           "Fishermen fear the gates will slow boats entering the harbour at low tide, their association said."]
POST = [WIRE_1.replace("on Tuesday", "late on Tuesday"), WIRE_2,
        "Environmental groups said the barrier would change the river's salt marshes and asked for a study "
        "of the birds that nest there before any work starts.",
        "An opposition councillor called the cost a blank cheque and said the money should go to moving "
        "the homes most at risk."]
WEATHER = ["Forecasters warned of gales along the coast on Thursday night, with gusts of up to ninety "
           "kilometres an hour and heavy rain inland."]
NOTED = "after three winters in which the lower town was under water"
# the Courier's copy moved to another folder and edited: its last paragraph rewritten
MOVED = [*COURIER[:4], "Fishermen said on Wednesday they would ask for a second channel."]


def story_article(path, paragraphs: list[str], title: str = HEADLINE) -> Article:
    """An article of the story as a text capture at ``path`` gives it."""
    return Article(Source(path=str(path), format="text"), text="\n\n".join(paragraphs), title=title)


def write_story(path, paragraphs: list[str], title: str = HEADLINE):
    """A text capture of the story at ``path`` (its folders made): the headline, then the paragraphs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")
    return path


def noted_then_deleted(store, folder):
    """The Courier's article noted in ``store``, then its file deleted; the Post's copy, a weather
    story and the Courier's copy moved under moved/ and edited, on disk: (note, post, weather, moved)."""
    courier = write_story(folder / "courier.txt", COURIER)
    article = extract_path(str(courier))
    at = article.text.index(NOTED)
    note = store.add(article, at, at + len(NOTED), body="Whose words?")
    courier.unlink()
    post = write_story(folder / "post.txt", POST)
    weather = write_story(folder / "weather.txt", WEATHER, title="Storm warning for the coast")
    moved = write_story(folder / "moved" / "courier-updated.txt", MOVED)
    return note, post, weather, moved

