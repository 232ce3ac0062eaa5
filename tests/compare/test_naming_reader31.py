"""reader31's naming rows: a school's head named in apposition ("The principal, Nora Vell,") is a
role, not the bare name against the other outlet's "Head teacher Nora Vell"."""

from sidebyside.compare import compare
from sidebyside.model import Article, Source


def _article(text: str, outlet: str, title: str) -> Article:
    return Article(source=Source(path=f"{outlet}.txt", format="text"), title=title, outlet=outlet, language="en",
                   text=text)


def _rows(a: str, b: str) -> list[tuple[list[str], list[str]]]:
    found = compare(_article(a, "North Post", "Teachers walk out"), _article(b, "South Herald", "Class war"))
    return [([m.text for m in c.a], [m.text for m in c.b]) for c in found.framing.label_contrasts]


def test_a_principal_in_apposition_is_her_role():
    rows = _rows("Teachers stayed away on Thursday.\n\nThe principal, Nora Vell, said the building would stay open.",
                 "Teachers marched out yesterday.\n\nHead teacher Nora Vell kept the doors open for children.")
    assert (["The principal", "Nora Vell"], ["Head teacher Nora Vell"]) in rows


def test_the_principal_reason_is_no_person():
    rows = _rows("The principal reason for the walkout was pay, officials said on Thursday. Nora Vell said the "
                 "school would stay open.",
                 "Pay was behind the walkout yesterday. Nora Vell kept the doors open for children.")
    assert not any("principal" in label.casefold() for a, b in rows for label in a + b)


def test_a_tabloid_title_without_an_article_keeps_its_role_and_its_emotive_word():
    """reader31: "Furious mayor Brandt blasted …" was shown as the bare name "Brandt" against "Harlow
    Mayor Ivo Brandt"; the tabloid's title is its framing."""
    a = "The Orlo Bridge was closed on Monday.\n\nHarlow Mayor Ivo Brandt called the closure a blow to families."
    rows = _rows(a, "The Orlo Bridge was shut yesterday.\n\nFurious mayor Brandt blasted the state for letting it rot.")
    assert (["Harlow Mayor Ivo Brandt"], ["Furious mayor Brandt"]) in rows
    # inside a noun phrase a lower-case role before a surname ends there ("a sheriff's deputy
    # Nichols murdered"): the name stays bare
    rows = _rows(a, "The Orlo Bridge was shut yesterday.\n\nResidents said the mayor Brandt met had no plan.")
    assert not any(label.endswith("mayor Brandt") for _a, b in rows for label in b)
