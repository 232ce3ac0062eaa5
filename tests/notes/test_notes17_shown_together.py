"""One rule for which article a note belongs to, in the core (``NoteStore.notes_shown``), shared by
the Notes tab, the report and ``notes list --beside``. Two outlets' copies of one wire story (the
same headline, a paragraph in common) read to the store as one article edited: a note written on
one copy must show once, on that copy. A copy of the noted article re-saved with edits, or moved
and edited, still finds its notes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sidebyside.cli import main
from sidebyside.model import Article, Source

HEADLINE = "Harbour board approves the new ferry terminal"
WIRE = ("The harbour board voted seven to two on Monday evening to approve the new ferry terminal, ending a "
        "planning dispute that had divided the town council for more than six years.")
NOTED = "ending a planning dispute"
BODY = "Both print the wire's words: whose are they?"
COURIER = [WIRE, "The terminal will cost twelve million euros, the board's chair told reporters after the vote.",
           "Residents of the old quarter said they would take the decision to the regional court."]
POST = [WIRE, "Opponents said the traffic the terminal brings would ruin the streets of the old town.",
        "The ferry operator said it would add two crossings a day once the terminal opens in the spring."]


def _capture(path: Path, paragraphs: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join([HEADLINE, *paragraphs]) + "\n", encoding="utf-8")
    return path


def _run(capsys, *argv) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _listed(capsys, store: Path, path: Path, *beside: Path) -> list[str]:
    argv = ["notes", "list", str(path), "--data-dir", str(store)]
    for other in beside:
        argv += ["--beside", str(other)]
    status, out, err = _run(capsys, *argv)
    assert status == 0, err
    return [n["body"] for n in json.loads(out)]


@pytest.fixture
def pair(tmp_path, capsys):
    """Two outlets' copies of one story, a note on the Courier's copy of the shared paragraph."""
    a = _capture(tmp_path / "courier.txt", COURIER)
    b = _capture(tmp_path / "post.txt", POST)
    store = tmp_path / "store"
    status, _, err = _run(capsys, "notes", "add", str(a), "--quote", NOTED, "--body", BODY, "--data-dir", str(store))
    assert status == 0, err
    return a, b, store


def test_alone_the_other_copy_does_not_take_the_note_while_its_article_is_there(pair, capsys):
    """The Post's copy reads to the store as the noted article edited; without --beside, the
    noted article holds its note: the note keeps its article's sketch, and the Post's copy
    holds too little of the Courier's words to be it edited. Its file gone, the note still does
    not move to the other outlet's copy (it stays in the store: ``notes export`` has it)."""
    a, b, store = pair
    assert _listed(capsys, store, b) == []
    a.unlink()
    assert _listed(capsys, store, b) == []


def test_notes_list_beside_shows_the_note_once_on_its_own_article(pair, capsys):
    a, b, store = pair
    assert _listed(capsys, store, a, b) == [BODY]
    assert _listed(capsys, store, b, a) == []


def test_the_report_shows_the_note_once_on_its_own_article(pair, capsys, tmp_path):
    a, b, store = pair
    for first, second, side in ((a, b, "A"), (b, a, "B")):
        out = tmp_path / f"report-{side}.html"
        status, _, err = _run(capsys, "report", str(first), str(second), "-o", str(out), "--data-dir", str(store))
        assert status == 0, err
        html = out.read_text(encoding="utf-8")
        assert html.count(BODY.replace("'", "&#x27;")) == 1
        assert html.count(">[note ") == 1  # one mark in the text (the legend names "[note 1]" too)
        [row] = re.findall(r'<tr><td><a id="note-1" name="note-1"></a>1</td><td>(\w)</td>', html)
        assert row == ("A" if first == a else "B")  # the Courier's side, whichever pane it is in


def test_a_copy_re_saved_with_edits_keeps_its_note_beside_the_other_outlet(pair, capsys, tmp_path):
    """Negative: the noted file re-saved with an edit (its text, so its fingerprint, changed; its
    path is the same) still has the note; the other outlet's copy still does not."""
    a, b, store = pair
    _capture(a, [*COURIER[:2], "Residents said on Tuesday they would appeal to the regional court."])
    assert _listed(capsys, store, a, b) == [BODY]
    assert _listed(capsys, store, b, a) == []


def test_a_copy_moved_and_edited_keeps_its_note_beside_the_other_outlet(pair, capsys, tmp_path):
    """Negative: the noted capture moved and edited (fingerprint, URL and path all new) is found by
    its words, as is the other outlet's copy; the moved copy holds the note's article better
    (all of its context, and its other paragraphs), so the note is its own."""
    a, b, store = pair
    status, _, err = _run(capsys, "notes", "add", str(a), "--quote", "twelve million euros", "--body", "cost",
                          "--data-dir", str(store))
    assert status == 0, err
    a.unlink()
    moved = _capture(tmp_path / "elsewhere" / "courier-updated.txt",
                     [*COURIER[:2], "Residents said on Tuesday they would appeal to the regional court."])
    assert _listed(capsys, store, moved) == [BODY, "cost"]
    assert _listed(capsys, store, moved, b) == [BODY, "cost"]
    assert _listed(capsys, store, b, moved) == []


# ---------------------------------------------------------------- the rule in the core


def _article(path: str, paragraphs: list[str], title: str = HEADLINE) -> Article:
    return Article(Source(path=path, format="text"), text="\n\n".join(paragraphs), title=title)


def test_notes_shown_puts_each_note_on_its_own_article_among_a_set(store, tmp_path):
    courier = _article(str(tmp_path / "courier.txt"), COURIER)
    post = _article(str(tmp_path / "post.txt"), POST)
    wire = _article(str(tmp_path / "wire.txt"), [WIRE, "More to follow."])
    at = courier.text.index(NOTED)
    on_courier = store.add(courier, at, at + len(NOTED), body="courier")
    at = post.text.index("The ferry operator said")
    on_post = store.add(post, at, at + len("The ferry operator said"), body="post")
    shown = store.notes_shown([post, None, courier, wire])
    assert [[n.id for n in notes] for notes in shown] == [[on_post.id], [], [on_courier.id], []]
    placed = shown[2][0]
    assert courier.text[placed.start : placed.end] == NOTED
    assert [n.id for n in store.notes_for(post, beside=[courier])] == [on_post.id]
    assert [n.id for n in store.notes_for(post)] == [on_post.id]  # alone too: the sketch weighs the Courier


def test_a_note_two_shown_copies_hold_equally_well_stays_on_both(store, tmp_path):
    """Nothing tells which of two identical-looking copies (the noted file gone) is the article:
    the note is left on both rather than guessed onto one."""
    noted = _article(str(tmp_path / "gone.txt"), COURIER)
    at = noted.text.index(NOTED)
    note = store.add(noted, at, at + len(NOTED), body="x")
    one = _article(str(tmp_path / "one.txt"), [*COURIER, "Updated at noon."])
    two = _article(str(tmp_path / "two.txt"), [*COURIER, "Updated at one."])
    assert [[n.id for n in notes] for notes in store.notes_shown([one, two])] == [[note.id], [note.id]]


def test_export_beside_leaves_out_the_other_articles_notes(pair, capsys):
    a, b, store = pair
    status, out, err = _run(capsys, "notes", "export", str(b), "--beside", str(a), "--format", "markdown",
                            "--data-dir", str(store))
    assert status == 0, err
    assert "whose are they?" not in out
    status, out, err = _run(capsys, "notes", "export", str(a), "--beside", str(b), "--format", "markdown",
                            "--data-dir", str(store))
    assert status == 0 and "whose are they?" in out
    status, out, err = _run(capsys, "notes", "export", "--beside", str(a), "--data-dir", str(store))
    assert status == 2 and out == "" and "--beside needs the PATH" in err
