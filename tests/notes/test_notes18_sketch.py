"""A note keeps the sketch of the article it was written on (notes/identity.sketch), so the rule
of ``belongs_to`` weighs a text that recognises the note against the note's own article without
that article's file: the app, the report and the CLI then answer the same. Another outlet's copy
of a wire story (its words recognise the note) does not show it, beside any article; the noted
article moved and edited does. Notes stored before sketches still load, go by their words alone,
and get the sketch when their article is opened again."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest
from flood_barrier_story import COURIER, HEADLINE, MOVED, NOTED, POST, WEATHER, WIRE_2, story_article

from sidebyside.model import Article
from sidebyside.notes.export import from_jsonld, to_jsonld, write_jsonld
from sidebyside.notes.identity import read_sketch, resemblance, sketch, stable_shingles
from sidebyside.notes.store import MIGRATIONS, NoteStore


@pytest.fixture
def texts(tmp_path):
    courier = story_article(tmp_path / "courier.txt", COURIER)
    post = story_article(tmp_path / "post.txt", POST)
    weather = story_article(tmp_path / "weather.txt", WEATHER, title="Storm warning for the coast")
    moved = story_article(tmp_path / "elsewhere" / "courier-updated.txt",
                     MOVED)
    return courier, post, weather, moved


def _note_on(store, article, quote=NOTED, body="whose words?"):
    at = article.text.index(quote)
    return store.add(article, at, at + len(quote), body=body)


def _ids(shown):
    return [[n.id for n in notes] for notes in shown]


def test_the_premise_the_post_recognises_the_courier_note_by_its_words(store, texts):
    """Without the sketch the Post's words would take the note (both share the wire paragraphs):
    that is what the rule has to weigh."""
    courier, post, _, _ = texts
    note = _note_on(store, courier)
    claim = store._claim(post)
    assert note.article.fingerprint in claim.by_text
    assert claim.resemblance[note.article.fingerprint] < store.settings.min_same_article


def test_another_outlets_copy_beside_a_third_article_does_not_show_the_note(store, texts):
    courier, post, weather, _ = texts
    note = _note_on(store, courier)
    assert _ids(store.notes_shown([post, weather])) == [[], []]
    assert _ids(store.notes_shown([weather, post])) == [[], []]
    assert store.notes_for(post) == []  # alone too
    # never lost: still in the store, and shown on its own article
    assert [n.id for n in store.all_notes()] == [note.id]
    assert _ids(store.notes_shown([courier, post])) == [[note.id], []]


def test_the_noted_article_moved_and_edited_beside_a_third_article_shows_the_note(store, texts):
    courier, post, weather, moved = texts
    note = _note_on(store, courier)
    [on_moved, on_weather] = store.notes_shown([moved, weather])
    assert [n.id for n in on_moved] == [note.id] and on_weather == []
    assert moved.text[on_moved[0].start : on_moved[0].end] == NOTED
    # beside the other outlet's copy as well: the moved article holds it, the copy does not
    assert _ids(store.notes_shown([post, moved])) == [[], [note.id]]


def test_the_post_keeps_its_own_notes(store, texts):
    """Negative: the sketch only weighs notes found by words; a note written on the Post, on the
    shared wire paragraph, stays the Post's whatever is shown with it."""
    courier, post, weather, _ = texts
    mine = _note_on(store, post, quote=WIRE_2[:50], body="post")
    assert _ids(store.notes_shown([post, weather])) == [[mine.id], []]
    assert _ids(store.notes_shown([courier, post])) == [[], [mine.id]]


def test_a_sketch_is_stable_and_measures_the_share_of_words_kept():
    text = "\n\n".join(COURIER)
    assert sketch(text) == sketch("  " + text.replace(" ", "\n "))  # whitespace does not count
    hashes = read_sketch(sketch(text))
    assert hashes and len(hashes) <= 64
    assert resemblance(hashes, stable_shingles(text)) == 1.0
    assert resemblance(hashes, stable_shingles("\n\n".join(WEATHER))) == 0.0
    assert sketch("two words") is None
    for bad in ("", "not base64 !", "QUJD", "A" * 5000):
        assert read_sketch(bad) is None


def _old_store(path, article: Article, start: int, end: int) -> None:
    """A store as the version before sketches wrote it (schema 2), holding one note."""
    from sidebyside.notes.anchoring import describe
    from sidebyside.notes.model import article_ref

    ref, quote = article_ref(article), describe(article.text, start, end)
    conn = sqlite3.connect(path)
    for steps in MIGRATIONS[:2]:
        for sql in steps:
            conn.execute(sql)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        'INSERT INTO notes (id, fingerprint, url, path, title, exact, prefix, suffix, start, "end", body, tags, '
        "created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?)",
        ("11111111-2222-4333-8444-555555555555", ref.fingerprint, ref.url, ref.path, ref.title, quote.exact,
         quote.prefix, quote.suffix, start, end, "old note", "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"))
    conn.commit()
    conn.close()


def test_old_notes_load_go_by_their_words_and_get_the_sketch_when_their_article_is_opened(tmp_path, texts):
    courier, post, weather, _ = texts
    at = courier.text.index(NOTED)
    _old_store(tmp_path / "old.sqlite3", courier, at, at + len(NOTED))
    with NoteStore(tmp_path / "old.sqlite3") as store:
        [note] = store.all_notes()
        assert note.body == "old note" and note.article.sketch is None
        # no sketch: today's rule, by the words alone
        assert _ids(store.notes_shown([post, weather])) == [[note.id], []]
        # its article opened: the note is upgraded, and from then on weighed by the sketch
        assert _ids(store.notes_shown([courier, weather])) == [[note.id], []]
        assert store.get(note.id).article.sketch == sketch(courier.text)
        assert _ids(store.notes_shown([post, weather])) == [[], []]


def test_an_old_note_is_not_upgraded_from_an_edited_copy_of_its_article(tmp_path, texts):
    """Negative: the sketch must be of the text the note was written on; found by its path with
    the text since edited, the note keeps no sketch."""
    courier, _, _, _ = texts
    at = courier.text.index(NOTED)
    _old_store(tmp_path / "old.sqlite3", courier, at, at + len(NOTED))
    edited = story_article(courier.source.path, [*COURIER[:4], "Updated on Wednesday."])
    with NoteStore(tmp_path / "old.sqlite3") as store:
        assert len(store.notes_for(edited)) == 1
        assert store.all_notes()[0].article.sketch is None


def test_export_and_import_keep_the_sketch(store, texts, tmp_path):
    courier, post, weather, _ = texts
    note = _note_on(store, courier)
    out = io.StringIO()
    write_jsonld(store.all_notes(), out)
    data = json.loads(out.getvalue())
    [item] = data["first"]["items"]
    assert item["target"]["sidebyside:sketch"] == note.article.sketch == sketch(courier.text)
    [back] = from_jsonld(data)
    assert back.article.sketch == note.article.sketch
    with NoteStore(tmp_path / "other.sqlite3") as other:
        assert other.put_many([back]) == (1, 0)
        assert other.get(note.id).article.sketch == note.article.sketch
        assert _ids(other.notes_shown([post, weather])) == [[], []]
        assert _ids(other.notes_shown([courier, weather])) == [[note.id], []]


def test_an_imported_sketch_that_is_not_one_is_dropped_not_the_note(store, texts):
    courier = texts[0]
    _note_on(store, courier)
    data = to_jsonld(store.all_notes())
    data["first"]["items"][0]["target"]["sidebyside:sketch"] = "<script>not a sketch</script>"
    [back] = from_jsonld(data)
    assert back.article.sketch is None and back.body == "whose words?"


def test_the_cli_weighs_an_old_note_by_its_articles_file_as_before(tmp_path, capsys):
    """Old notes keep today's CLI rule: their article's file, read again, holds them while it is
    there (and, opened, gives them its sketch); when it is gone before they got one, the copy
    their words recognise lists them."""
    from sidebyside.cli import main
    from sidebyside.extract import extract_path

    def setup(name):
        folder = tmp_path / name
        (folder / "data").mkdir(parents=True)
        a_path, b_path = folder / "courier.txt", folder / "post.txt"
        a_path.write_text("\n\n".join([HEADLINE, *COURIER]) + "\n", encoding="utf-8")
        b_path.write_text("\n\n".join([HEADLINE, *POST]) + "\n", encoding="utf-8")
        courier = extract_path(str(a_path))
        at = courier.text.index(NOTED)
        _old_store(folder / "data" / "notes.sqlite3", courier, at, at + len(NOTED))
        return a_path, b_path, folder / "data"

    def listed(path, data):
        assert main(["notes", "list", str(path), "--data-dir", str(data)]) == 0
        return [n["body"] for n in json.loads(capsys.readouterr().out)]

    a_path, b_path, data = setup("gone")
    a_path.unlink()
    assert listed(b_path, data) == ["old note"]

    a_path, b_path, data = setup("there")
    assert listed(b_path, data) == []
    a_path.unlink()
    assert listed(b_path, data) == []  # upgraded when its file was read


def test_a_sketch_goes_with_the_last_note_on_its_article_removed_for_good(store, texts):
    courier, post, _, _ = texts
    first, second = _note_on(store, courier), _note_on(store, courier, quote=WIRE_2[:40])
    on_post = _note_on(store, post, quote="Environmental groups said")
    count = "SELECT count(*) FROM sketches"
    assert store._rows(count) == [(2,)]
    store.remove([first.id])
    assert store._rows(count) == [(2,)]  # the second note still needs it
    store.delete(second.id)
    store.purge_deleted()
    assert store._rows(count) == [(1,)]
    assert store.get(on_post.id).article.sketch == sketch(post.text)
