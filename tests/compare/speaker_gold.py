"""The one check of a hand-labelled speaker set's quotations: the fields and offsets
benchmarks/speakers.py reads, shared by the tests of every such set."""

from __future__ import annotations


def assert_quotations_readable(articles: list[dict]) -> None:
    for art in articles:
        starts = [q["start"] for q in art["quotes"]]
        assert starts == sorted(starts), art["id"]
        for q in art["quotes"]:
            where = (art["id"], q["start"])
            assert set(q) <= {"start", "end", "text", "speaker", "accept", "unnamed", "implied"}, where
            assert 0 <= q["start"] < q["end"] and q["end"] - q["start"] == len(q["text"]), where
            # sets that store their articles' text must hold each quotation at its offsets
            assert "text" not in art or art["text"][q["start"] : q["end"]] == q["text"], where
            assert q["text"] == q["text"].strip(), where
            assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"].strip()), where
            assert isinstance(q["implied"], bool), where
            for key in ("accept", "unnamed"):
                assert all(isinstance(x, str) and x.strip() for x in q.get(key, [])), where
            # an unnamed source is scored by its head nouns, so it needs a speaker to carry them
            assert not q.get("unnamed") or q["speaker"], where
