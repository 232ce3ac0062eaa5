"""Notes whose article is gone: when the noted article's file is deleted or moved away, another
outlet's copy of the story does not take its note (the sketch), so the note is listed apart, by
the article it was written on, with whether that article's file can be found; a file the reader
picks is judged the same article (moved, edited) or another before the notes follow it; deleting
them at once is undone at once. ``notes list --missing`` lists them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from flood_barrier_story import COURIER, HEADLINE, MOVED, NOTED, POST, WEATHER, story_article, write_story

from sidebyside.cli import main
from sidebyside.model import Article, Source
from sidebyside.notes.elsewhere import FOUND, MISSING, NO_FILE, file_state, group_by_article, judge, missing
from sidebyside.notes.store import NoteStore


def _note_on(store, article, quote=NOTED, body="whose words?"):
    at = article.text.index(quote)
    return store.add(article, at, at + len(quote), body=body)


@pytest.fixture
def gone(store, tmp_path):
    """A note on the Courier's article, whose file was then deleted."""
    path = write_story(tmp_path / "courier.txt", COURIER)
    courier = story_article(path, COURIER)
    note = _note_on(store, courier)
    path.unlink()
    return courier, note


def test_file_state_says_found_missing_or_no_file(tmp_path):
    here = write_story(tmp_path / "a.txt", WEATHER)
    assert (file_state(str(here)), file_state(str(tmp_path / "b.txt")), file_state(None)) == (FOUND, MISSING, NO_FILE)
    assert file_state(str(tmp_path)) == MISSING  # a folder holds no article


def test_the_note_no_article_shows_is_listed_by_its_article_with_its_file_gone(store, gone, tmp_path):
    courier, note = gone
    post = story_article(tmp_path / "post.txt", POST)
    weather = story_article(tmp_path / "weather.txt", WEATHER, title="Storm warning")
    shown = store.notes_shown([post, weather])
    assert shown == [[], []]  # the other outlet's copy does not take it
    [group] = group_by_article(store.all_notes(), leave_out=[n.id for s in shown for n in s])
    assert (group.title, group.path, group.state, group.ids) == (HEADLINE, courier.source.path, MISSING, (note.id,))
    assert not group.found


def test_notes_shown_are_left_out_and_missing_articles_come_first(store, gone, tmp_path):
    """Negative: a note shown on its article is not listed apart; a closed article whose file is
    there comes after the one whose file is gone."""
    _courier, note = gone
    weather_path = write_story(tmp_path / "weather.txt", WEATHER, title="Storm warning")
    weather = story_article(weather_path, WEATHER, title="Storm warning")
    other = _note_on(store, weather, quote="gales along the coast", body="how strong?")
    assert group_by_article(store.all_notes(), leave_out=[note.id, other.id]) == []
    groups = group_by_article(store.all_notes())
    assert [(g.ids, g.state) for g in groups] == [((note.id,), MISSING), ((other.id,), FOUND)]
    assert [n.id for n in missing(store.all_notes())] == [note.id]


def test_the_site_is_the_host_of_the_stored_url(store, tmp_path):
    article = Article(Source(path=None, format="html", url="https://www.courier.example/news/1"),
                      text="\n\n".join(COURIER), title=HEADLINE)
    _note_on(store, article)
    [group] = group_by_article(store.all_notes())
    assert (group.site, group.state) == ("courier.example", NO_FILE)


def test_judge_knows_the_article_moved_and_edited_and_refuses_another_outlets_copy(store, gone, tmp_path):
    courier, note = gone
    moved = story_article(tmp_path / "moved" / "courier-updated.txt", MOVED)
    post = story_article(tmp_path / "post.txt", POST)
    same = judge([note], moved)
    assert same.same and same.how == "sketch" and same.share >= store.settings.min_same_article
    assert "is the article these notes were written on" in same.explain("“courier-updated.txt”")
    other = judge([note], post)
    assert not other.same and other.share < store.settings.min_same_article
    assert "is not the article" in other.explain("“post.txt”") and "left as they were" in other.explain("x")
    assert judge([note], courier).how == "text"  # the very text, wherever it is now
    assert not judge([note], story_article(tmp_path / "w.txt", WEATHER)).same


def test_judge_without_a_sketch_goes_by_the_notes_passages(store, gone, tmp_path):
    """Notes stored before sketches: the noted passages with their context decide."""
    _courier, note = gone
    old = replace(note, article=replace(note.article, sketch=None))
    assert judge([old], story_article(tmp_path / "m.txt", MOVED)).same
    verdict = judge([old], story_article(tmp_path / "w.txt", WEATHER))
    assert not verdict.same and verdict.share is None and "noted passages" in verdict.explain("x")


def test_relink_makes_the_moved_file_show_the_note_and_undo_points_it_back(store, gone, tmp_path):
    courier, note = gone
    moved_path = write_story(tmp_path / "moved" / "courier-updated.txt", MOVED)
    moved = story_article(moved_path, MOVED)
    before = store.relink([note.id], str(moved_path))
    assert before == {note.id: courier.source.path}
    [placed] = store.notes_for(moved)
    assert placed.id == note.id and moved.text[placed.start : placed.end] == NOTED
    assert store.get(note.id).article.fingerprint == note.article.fingerprint  # the text it was written on
    assert group_by_article(store.all_notes())[0].state == FOUND
    store.restore_paths(before)
    assert store.get(note.id).article.path == courier.source.path


def test_delete_many_and_restore_many_take_every_note_of_the_article_at_once(store, gone, tmp_path):
    courier, note = gone
    second = _note_on(store, courier, quote="a row of steel gates", body="what gates?")
    assert store.delete_many([note.id, second.id, note.id]) == 2
    assert store.all_notes() == []
    assert store.restore_many([note.id, second.id]) == 2
    assert {n.id for n in store.all_notes()} == {note.id, second.id}
    assert store.delete_many([]) == 0


# --------------------------------------------------------------------------- the command line


def _run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_notes_list_missing_lists_the_notes_whose_article_file_is_gone(capsys, tmp_path):
    data = str(tmp_path / "data")
    courier = write_story(tmp_path / "courier.txt", COURIER)
    weather = write_story(tmp_path / "weather.txt", WEATHER, title="Storm warning")
    assert _run(capsys, "notes", "add", str(courier), "--quote", "three winters", "--body", "gone", "--data-dir", data)[0] == 0
    assert _run(capsys, "notes", "add", str(weather), "--quote", "gales", "--body", "kept", "--data-dir", data)[0] == 0
    status, out, _ = _run(capsys, "notes", "list", "--missing", "--data-dir", data)
    assert status == 0 and json.loads(out) == []  # negative: both files are there
    courier.unlink()
    status, out, _ = _run(capsys, "notes", "list", "--missing", "--data-dir", data)
    [listed] = json.loads(out)
    assert (listed["body"], listed["anchor"], listed["start"], listed["end"]) == ("gone", "orphan", None, None)
    assert listed["article"]["file"] == "missing" and listed["article"]["title"] == HEADLINE
    assert {"id", "quote", "tags", "created", "modified", "position"} <= set(listed)  # the Note's shape, kept
    status, out, _ = _run(capsys, "notes", "list", str(weather), "--data-dir", data)
    assert status == 0 and [n["article"]["file"] for n in json.loads(out)] == ["found"]


def test_notes_list_needs_a_path_or_missing_not_both(capsys, tmp_path):
    data = str(tmp_path / "data")
    status, out, err = _run(capsys, "notes", "list", "--data-dir", data)
    assert status == 2 and out == "" and "--missing" in err and err.count("\n") == 1
    path = write_story(tmp_path / "weather.txt", WEATHER)
    status, _, err = _run(capsys, "notes", "list", str(path), "--missing", "--data-dir", data)
    assert status == 2 and "give no PATH" in err


def test_the_outlet_read_with_the_note_names_its_article_and_survives_an_export(store, tmp_path):
    from sidebyside.notes.export import from_jsonld, to_jsonld

    article = Article(Source(path=str(tmp_path / "c.txt"), format="text"), text="\n\n".join(COURIER),
                      title=HEADLINE, outlet="The Harbour Courier")
    note = _note_on(store, article)
    [group] = group_by_article(store.all_notes())
    assert group.site == "The Harbour Courier" and group.state == MISSING
    [back] = from_jsonld(to_jsonld(store.all_notes()))
    assert back.article.outlet == "The Harbour Courier" and back.id == note.id
    [old] = from_jsonld(to_jsonld([replace(note, article=replace(note.article, outlet=None))]))
    assert old.article.outlet is None  # negative: an export without it imports as before


def test_the_change_stamp_moves_with_every_write_of_this_or_another_connection(store, gone, tmp_path):
    _courier, note = gone
    stamp = store.change_stamp()
    assert store.change_stamp() == stamp  # reads change nothing
    store.all_notes()
    assert store.change_stamp() == stamp
    store.update(note.id, body="edited here")
    assert store.change_stamp() != stamp
    stamp = store.change_stamp()
    other = NoteStore(store.path)
    other.update(note.id, body="edited by another instance")
    other.close()
    assert store.change_stamp() != stamp


def test_notes_export_missing_exports_only_the_notes_whose_article_file_is_gone(capsys, tmp_path):
    data = str(tmp_path / "data")
    courier = write_story(tmp_path / "courier.txt", COURIER)
    weather = write_story(tmp_path / "weather.txt", WEATHER, title="Storm warning")
    _run(capsys, "notes", "add", str(courier), "--quote", "three winters", "--body", "gone", "--data-dir", data)
    _run(capsys, "notes", "add", str(weather), "--quote", "gales", "--body", "kept", "--data-dir", data)
    courier.unlink()
    status, out, _ = _run(capsys, "notes", "export", "--missing", "--data-dir", data)
    items = json.loads(out)["first"]["items"]
    assert status == 0 and [i["body"][0]["value"] for i in items] == ["gone"]
    status, out, _ = _run(capsys, "notes", "export", "--missing", "--format", "markdown", "--data-dir", data)
    assert status == 0 and "gone" in out and "kept" not in out
    status, _, err = _run(capsys, "notes", "export", str(weather), "--missing", "--data-dir", data)
    assert status == 2 and "give no PATH" in err


def test_listed_from_their_keys_the_notes_are_read_only_when_asked_for(store, gone, tmp_path):
    from sidebyside.notes.elsewhere import group_keys

    courier, note = gone
    second = _note_on(store, courier, quote="a row of steel gates", body="what gates?")
    asked = []

    def load(ids):
        asked.append(ids)
        return store.notes_by_id(ids)

    [group] = group_keys(store.note_keys(), load=load)
    assert (group.ids, group.state, group.title) == ((note.id, second.id), MISSING, HEADLINE) and asked == []
    assert [n.body for n in group.notes] == ["whose words?", "what gates?"] and len(asked) == 1
    assert group.notes and len(asked) == 1  # read once
    assert group_keys(store.note_keys(), leave_out=[note.id, second.id]) == []
