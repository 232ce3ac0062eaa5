"""Two different stories that fall on one day share no referent: no "same day" row between them
(reader29: "Tuesday" · "November 19, 2019" of a settlements story and a hostage swap)."""

from sidebyside.compare import compare
from sidebyside.model import Article, Source

_TARIFFS = (
    "Prime Minister Dana Pell said on Tuesday, Nov. 19, that tariffs on imported steel would rise by a quarter "
    "from January, and that the mills of the north would be protected.\n\n"
    "Secretary of Trade Ivo Brandt told the parliament the measure would cost consumers little, while President "
    "Ada Moss called it a shield for the country's workers.\n\n"
    "Economists warned that car makers would pass the higher price of steel on to buyers, and that exports of "
    "machinery could fall sharply next year."
)
_STORM = (
    "A storm flooded the harbour of the fishing town on Tuesday, sinking three trawlers and cutting power to some "
    "four thousand homes along the coast.\n\n"
    "Rescue crews worked through the night to pump water from the streets, and the school stayed closed while the "
    "sea wall was inspected.\n\n"
    "Fishermen said the sea wall had cracked in two places last winter and that nobody had come to repair it "
    "before the storm arrived."
)
_TARIFFS_AGAIN = (
    "Prime Minister Dana Pell said on Tuesday that tariffs on imported steel would rise by a quarter from January, "
    "to protect the mills of the north.\n\n"
    "Secretary of Trade Ivo Brandt told the parliament the measure would cost consumers little.\n\n"
    "Economists warned that car makers would pass the higher price on to buyers."
)


def _article(text: str, title: str) -> Article:
    return Article(source=Source(None, "text"), text=text, title=title, published="2019-11-19")


def _time_rows(a: Article, b: Article) -> list:
    return [c for c in compare(a, b).framing.label_contrasts if c.kind == "time"]


def test_two_stories_on_one_day_make_no_same_day_row():
    result = compare(_article(_TARIFFS, "Steel tariffs to rise"), _article(_STORM, "Storm floods harbour"))
    assert result.relatedness.verdict == "different events"
    assert not [c for c in result.framing.label_contrasts if c.kind == "time"]


def test_two_reports_of_one_story_keep_the_day_each_names():
    rows = _time_rows(_article(_TARIFFS, "Steel tariffs to rise"), _article(_TARIFFS_AGAIN, "Pell raises steel tariffs"))
    assert [(c.a[0].text, c.b[0].text) for c in rows] == [("Tuesday, Nov. 19", "Tuesday")]
