"""A text capture both moved and edited keeps its notes: fingerprint, URL and path all fail, and
the notes' own words (quote and context) recognise the article; no note is ever dropped."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from sidebyside.extract import extract_path
from sidebyside.model import Article, Source
from sidebyside.notes.anchoring import describe
from sidebyside.notes.fingerprint import fingerprint
from sidebyside.notes.model import ArticleRef, Note, now_iso
from sidebyside.notes.store import NoteStore

DATA = Path(__file__).parents[1] / "data" / "notes"
TEXT = (DATA / "article_v1.txt").read_text(encoding="utf-8")
PASSAGES = ["a new sea wall", "twelve million euros", "the ferry terminal", "the old fish market"]


def _text_capture(path: Path, text: str) -> Article:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return extract_path(str(path))


@pytest.fixture
def annotated(tmp_path) -> tuple[NoteStore, Article, list[str]]:
    store = NoteStore(tmp_path / "store.sqlite3")
    article = _text_capture(tmp_path / "first" / "harbour.txt", TEXT)
    ids = []
    for passage in PASSAGES:
        start = article.text.index(passage)
        ids.append(store.add(article, start, start + len(passage), body=f"on {passage}").id)
    yield store, article, ids
    store.close()


def _edit(text: str) -> str:
    """An editor's note on top, one word changed inside a noted passage, one sentence added."""
    return ("Editor's note: this article was updated on Wednesday.\n\n"
            + text.replace("twelve million euros", "thirteen million euros")
            .replace("ferry terminal from", "ferry terminal and the lifeboat station from"))


def test_moved_and_edited_finds_every_note(annotated, tmp_path):
    store, article, ids = annotated
    Path(article.source.path).unlink()
    moved = _text_capture(tmp_path / "elsewhere" / "renamed.txt", _edit(TEXT))
    notes = store.notes_for(moved)
    assert sorted(n.id for n in notes) == sorted(ids)  # none dropped
    placed = {n.quote.exact: n for n in notes if n.anchor != "orphan"}
    for passage in ("a new sea wall", "the ferry terminal", "the old fish market"):
        note = placed[passage]
        assert moved.text[note.start : note.end] == passage
    edited = next(n for n in notes if n.quote.exact == "twelve million euros")
    assert edited.anchor == "orphan" or moved.text[edited.start : edited.end].endswith("million euros")


@pytest.mark.parametrize("change", ["moved", "edited"])
def test_moved_only_or_edited_only_still_finds_them(annotated, tmp_path, change):
    store, article, ids = annotated
    if change == "moved":
        other = _text_capture(tmp_path / "elsewhere" / "harbour.txt", TEXT)
    else:
        other = _text_capture(Path(article.source.path), _edit(TEXT))
    assert sorted(n.id for n in store.notes_for(other)) == sorted(ids)


def test_another_article_sharing_a_paragraph_does_not_take_the_notes(annotated, tmp_path):
    """Wire copy: a different story that reuses one of the paragraphs noted on."""
    store, article, _ = annotated
    shared = next(p for p in TEXT.split("\n\n") if "a new sea wall" in p)
    other = Article(Source(path=str(tmp_path / "other.txt"), format="text"), text=(
        "Fishermen protest new quotas in the capital\n\nHundreds of fishermen marched on parliament on Monday "
        "against the new catch limits, which they say will ruin small crews.\n\n" + shared +
        "\n\nThe ministry said the quotas follow scientific advice and will be reviewed next year."))
    assert store.notes_for(other) == []


def test_a_store_of_thousands_of_notes_on_other_articles_stays_quiet(annotated, tmp_path):
    store, article, ids = annotated
    notes = []
    for i in range(40):
        text = f"Story {i}. " + " ".join(f"word{(i * 31 + j) % 997}" for j in range(300))
        ref = ArticleRef(fingerprint(text), None, f"/elsewhere/{i}.txt", f"Story {i}")
        notes += [Note(id=str(uuid.uuid4()), article=ref, quote=describe(text, 10 + k, 30 + k), position=(10 + k, 30 + k),
                       body="x", tags=(), created=now_iso(), modified=now_iso()) for k in range(50)]
    store.put_many(notes)  # one transaction: 2,000 notes on 40 other articles
    moved = _text_capture(tmp_path / "elsewhere" / "renamed.txt", _edit(TEXT))
    assert sorted(n.id for n in store.notes_for(moved)) == sorted(ids)
