"""Word choices at an edge of a longer replaced stretch (compare/word_choices.py, _edge_choice):
"Officers opened" / "Cops eventually threw open" an exit gate chooses "Cops" for "Officers".
Invented stories; each rule with a negative."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.model import Article, Source

FILLER = ("The river port of Delvora lies two hundred kilometres north of the capital. Farmers there grow "
          "barley and flax, and the town's market draws traders from the hills every week.")


def _choices(a_text: str, b_text: str) -> list[tuple[str, str, str | None]]:
    def article(text: str, outlet: str) -> Article:
        return Article(source=Source(path=f"{outlet}.txt", format="text"), title="Crush at Delvora stadium",
                       outlet=outlet, language="en", text=text)

    c = compare(article(a_text, "Northern Post"), article(b_text, "Valley Herald"))
    return [(w.a.text, w.b.text, w.kind) for w in c.framing.word_choices]


def test_a_synonym_opening_a_longer_stretch_is_a_choice():
    found = _choices(
        FILLER + " Officers opened an exit gate to relieve the pressure at the east end of Delvora stadium.",
        FILLER + " Cops eventually threw open an exit gate to relieve the pressure at the east end of Delvora stadium.")
    assert ("Officers", "Cops", "synonym") in found


def test_two_words_of_no_known_kind_at_an_edge_are_no_choice():
    # "Stewards" / "Fans": two groups, a difference of fact, not of words
    found = _choices(
        FILLER + " Stewards opened an exit gate to relieve the pressure at the east end of Delvora stadium.",
        FILLER + " Fans eventually forced open an exit gate to relieve the pressure at the east end of Delvora stadium.")
    assert not [f for f in found if {f[0], f[1]} & {"Stewards", "Fans"}]


def test_a_piece_of_a_longer_role_is_no_label_choice():
    # "Chief Inspector" / "Top cop": the edge words "Chief" / "Top" are parts of two roles
    a = (FILLER + " Chief Inspector Karel Moes said the theft at the Delvora museum had been carefully planned."
         " Chief Inspector Karel Moes said the gang had cut the alarm cables before midnight.")
    b = (FILLER + " Top cop Karel Moes said the theft at the Delvora museum had been meticulously planned."
         " Top cop Karel Moes said the gang had cut the alarm cables before midnight.")
    found = _choices(a, b)
    assert not [f for f in found if {f[0], f[1]} & {"Chief", "Top"}]
