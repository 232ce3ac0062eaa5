"""W3C Web Annotation JSON-LD and Markdown: export, then import gives the same notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sidebyside.errors import NotesError
from sidebyside.model import Article, Source
from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.export import from_jsonld, to_jsonld, to_markdown
from sidebyside.notes.model import ArticleRef, Note
from sidebyside.notes.store import NoteStore

TEXT = (Path(__file__).parents[1] / "data" / "notes" / "article_v1.txt").read_text(encoding="utf-8")


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture()
def store_with_notes(tmp_path):
    store = NoteStore(tmp_path / "a")
    web = Article(Source(path=None, format="html", url="https://example.org/harbour"), title="Harbour wall", text=TEXT)
    local = Article(Source(path=str(tmp_path / "copy.txt"), format="text"), title=None, text=TEXT + "\n\nMore.")
    store.add(web, *_span("a new sea wall"), body="Which wall?", tags=["infra", "money"], category="question")
    store.add(web, *_span("twelve million euros"), body="Source of the figure?\nSecond line.")
    store.add(local, *_span("the mayor told reporters"), body="Named speaker", colour="#123456")
    return store


def _exact(annotation: dict) -> str:
    return next(s["exact"] for s in annotation["target"]["selector"] if s["type"] == "TextQuoteSelector")


def test_jsonld_shape_follows_the_web_annotation_model(store_with_notes):
    doc = to_jsonld(store_with_notes.all_notes())
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 3
    # Notes added within one millisecond have no defined order: find each by its passage.
    by_exact = {_exact(item): item for item in doc["first"]["items"]}
    first = by_exact["a new sea wall"]
    assert first["type"] == "Annotation" and first["id"].startswith("urn:uuid:")
    assert first["body"][0] == {"type": "TextualBody", "value": "Which wall?", "purpose": "commenting",
                                "format": "text/plain"}
    assert [b["value"] for b in first["body"] if b["purpose"] == "tagging"] == ["infra", "money"]
    assert first["target"]["source"] == "https://example.org/harbour"
    kinds = {s["type"]: s for s in first["target"]["selector"]}
    assert kinds["TextQuoteSelector"]["exact"] == "a new sea wall"
    assert (kinds["TextPositionSelector"]["start"], kinds["TextPositionSelector"]["end"]) == _span("a new sea wall")
    local = by_exact["the mayor told reporters"]
    assert local["target"]["source"].startswith("file:///")
    json.dumps(doc)  # serialisable as is


def test_import_of_an_export_gives_the_same_notes(store_with_notes, tmp_path):
    notes = store_with_notes.all_notes()
    text = json.dumps(to_jsonld(notes))
    target = NoteStore(tmp_path / "b")
    assert target.put_many(from_jsonld(json.loads(text))) == (3, 0)
    assert target.all_notes() == notes
    assert target.put_many(from_jsonld(json.loads(text))) == (0, 0)  # idempotent by id
    assert len(target.all_notes()) == 3


def test_imports_a_foreign_annotation_list():
    foreign = [{
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://annotations.example/anno/7",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "Interesting"},
        "target": {"source": "https://example.org/harbour",
                   "selector": {"type": "TextQuoteSelector", "exact": "sea wall", "prefix": "new ", "suffix": " along"}},
    }]
    [note] = from_jsonld(foreign)
    assert note.body == "Interesting" and note.article.url == "https://example.org/harbour"
    assert note.quote.exact == "sea wall"
    assert from_jsonld(foreign)[0].id == note.id  # a stable id, so re-import is idempotent


@pytest.mark.parametrize("bad", [42, {"type": "Something"}, [{"type": "Annotation", "target": {}}]])
def test_bad_documents_are_notes_errors(bad):
    with pytest.raises(NotesError):
        from_jsonld(bad)


def test_markdown_groups_notes_by_article(store_with_notes):
    md = to_markdown(store_with_notes.all_notes())
    assert md.startswith("# Notes\n")
    assert md.count("\n## ") == 2
    web_section, local_section = md.split("\n## ")[1:]
    assert web_section.startswith("Harbour wall") and "<https://example.org/harbour>" in web_section
    assert "> a new sea wall" in web_section and "> twelve million euros" in web_section
    assert web_section.index("a new sea wall") < web_section.index("twelve million euros")
    assert "tags: `infra`, `money`" in web_section and "category: question" in web_section
    assert local_section.startswith("copy.txt") and "> the mayor told reporters" in local_section


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(body=_text, tags=st.lists(_text.filter(str.strip), max_size=4, unique=True), exact=_text.filter(bool),
       prefix=_text, suffix=_text, url=st.one_of(st.none(), st.just("https://example.org/a?b=1#c")),
       path=st.one_of(st.none(), st.just("/tmp/some dir/ünïcode.html")), category=st.sampled_from([None, "question"]))
def test_any_note_survives_a_jsonld_round_trip(body, tags, exact, prefix, suffix, url, path, category):
    note = Note(id="6f1c1f8e-3f7a-4d43-9f0e-2f1f0b7a1c11", article=ArticleRef("ab" * 32, url, path, "T"),
                quote=TextQuote(exact, prefix, suffix), position=(3, 3 + len(exact)), body=body,
                tags=tuple(t for t in tags), created="2024-05-01T10:00:00.000Z", modified="2024-05-02T10:00:00.000Z",
                category=category, start=3, end=3 + len(exact))
    [back] = from_jsonld(json.loads(json.dumps(to_jsonld([note]))))
    assert back == note
