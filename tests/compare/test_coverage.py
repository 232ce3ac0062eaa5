"""The coverage of three outlets, grouped from their pairwise comparisons (tests/data/coverage)."""

from __future__ import annotations

import json
from pathlib import Path

from sidebyside.compare.coverage import build_coverage, cover, coverage_to_json
from sidebyside.extract import extract_path
from sidebyside.model import Comparison, Quote, SharedQuote, Span

SETS = Path(__file__).resolve().parents[1] / "data" / "coverage"
GOLD = json.loads((SETS / "gold.json").read_text(encoding="utf-8"))


def _load(event: str):
    outlets = GOLD["events"][event]["outlets"]
    return outlets, [extract_path(str(SETS / event / o)) for o in outlets]


def _places(event, outlets, articles):
    out = []
    for utterance in GOLD["events"][event]["utterances"]:
        spots = []
        for outlet, needle in utterance["in"].items():
            i = outlets.index(outlet)
            start = articles[i].text.index(needle)
            spots.append((i, start, start + len(needle)))
        out.append(spots)
    return out


def _overlaps(member, place):
    return member.article == place[0] and min(member.end, place[2]) > max(member.start, place[1])


def test_quote_groups_find_the_shared_utterances_and_nothing_else():
    gold_total = found = groups = right = 0
    for event in GOLD["events"]:
        outlets, articles = _load(event)
        coverage = cover(articles)
        gold = _places(event, outlets, articles)
        gold_total += len(gold)
        found += sum(any(all(any(_overlaps(m, p) for m in g.members) for p in places) for g in coverage.quotes)
                     for places in gold)
        groups += len(coverage.quotes)
        right += sum(any(all(any(_overlaps(m, p) for p in places) for m in g.members) for places in gold)
                     for g in coverage.quotes)
    assert found / gold_total >= 0.9, (found, gold_total)
    assert right / groups >= 0.9, (right, groups)


def test_who_trimmed_the_quote_is_said():
    outlets, articles = _load("strike")
    coverage = cover(articles)
    falk = next(g for g in coverage.quotes if any("stands still" in m.text for m in g.members))
    by_outlet = {outlets[m.article]: m for m in falk.members}
    assert set(by_outlet) == set(outlets)
    assert by_outlet["dailyexpressen.txt"].change == "trimmed"  # only "costs this country millions every day"
    assert not falk.exact
    assert all(m.speaker == "Ingrid Falk" for m in falk.members)


def test_a_statement_split_by_its_attribution_is_one_place():
    """'"…," Governor Sandvik said. "…"' in one outlet, one quote in another: one group."""
    outlets, articles = _load("dam")
    coverage = cover(articles)
    sandvik = [g for g in coverage.quotes if any("Every family below the dam" in m.text for m in g.members)]
    assert len(sandvik) == 1 and len(sandvik[0].members) == 3
    assert all("waiting for a disaster" in m.text for m in sandvik[0].members)
    # each part on its own: the quoted words, never the attribution between them
    for m in sandvik[0].members:
        text = articles[m.article].text
        assert m.parts and [p.start for p in m.parts] == sorted(p.start for p in m.parts)
        assert " … ".join(text[p.start : p.end] for p in m.parts) == m.text
    split = [m for m in sandvik[0].members if len(m.parts) > 1]
    assert split, "one outlet splits the statement by its attribution"
    for m in split:
        text = articles[m.article].text
        between = text[m.parts[0].end : m.parts[1].start]
        assert any(mark in between for mark in '"“”') and len(between.split()) >= 2  # '," he told Radio Meridia. "'


def test_a_group_never_holds_two_places_of_one_article():
    """Chained loose matches (A~B, B~C') must not pull another passage of A into the group."""
    from sidebyside.model import Article, Source

    text = "\n\n".join(["First said something here.", "Second said something else entirely."])
    a = Article(Source("a.txt", "text"), text=text)
    b = Article(Source("b.txt", "text"), text=text)
    c = Article(Source("c.txt", "text"), text=text)
    q1, q2 = Span(0, 26), Span(28, len(text))
    quotes = ((Quote(0, 26, text[0:26]), Quote(28, len(text), text[28:])),) * 2
    comparisons = {
        (0, 1): Comparison((a, b), quotes, (SharedQuote(q1, q1, 1.0, True),)),
        (1, 2): Comparison((b, c), quotes, (SharedQuote(q1, q2, 0.6, False),)),
        (0, 2): Comparison((a, c), quotes, (SharedQuote(q2, q2, 1.0, True),)),
    }
    coverage = build_coverage([a, b, c], comparisons)
    for group in coverage.quotes:
        articles = [m.article for m in group.members]
        assert len(articles) == len(set(articles))


def test_coverage_json_has_the_contract_shape():
    outlets, articles = _load("fire")
    data = coverage_to_json(cover(articles))
    assert data["schema"] == "sidebyside.coverage/1"
    assert [a["source"]["path"].rsplit("/", 1)[-1] for a in data["articles"]] == outlets
    for key in ("quotes", "passages", "facts", "naming", "sources", "only_in"):
        assert isinstance(data[key], list), key
    member = data["quotes"][0]["members"][0]
    assert set(member) >= {"article", "start", "end", "text"}
    text = data["articles"][member["article"]]["text"]
    assert text[member["start"]:member["end"]].startswith(member["text"][:10])
    assert {"entity", "article", "spans"} <= set(data["only_in"][0]) if data["only_in"] else True


def test_naming_has_a_column_per_outlet_that_names_the_actor():
    outlets, articles = _load("fire")
    coverage = cover(articles)
    for group in coverage.naming:
        assert len({m.article for m in group.members}) >= 2
        for m in group.members:
            assert articles[m.article].text[m.start:m.end] == m.text


def test_compare_three_prints_the_coverage_and_two_the_comparison(capsys):
    from sidebyside.cli import main

    paths = [str(SETS / "dam" / o) for o in GOLD["events"]["dam"]["outlets"]]
    assert main(["compare", *paths]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "sidebyside.coverage/1" and len(data["articles"]) == 3
    assert main(["compare", *paths[:2]]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "sidebyside.comparison/1" and len(data["articles"]) == 2


def test_a_statement_joins_the_longest_quotes_of_it_before_a_phrase_taken_from_it():
    """Two outlets quote both "pending invasion" and "pending invasion of the South"; the third
    quotes the whole statement: the group of the statement holds the longer quotes."""
    from sidebyside.model import Article, Source

    narration = ('Kiir warned of a "pending invasion" by the north.\n\nThe charges are meant to justify a '
                 '"pending invasion of the South," Kiir said on Thursday.')
    a = Article(Source("a.txt", "text"), text=narration)
    b = Article(Source("b.txt", "text"), text="The border is tense. " + narration)
    c = Article(Source("c.txt", "text"), text='"The allegations are baseless, but intended to justify a pending '
                                              'invasion of the South," President Kiir said.')
    groups = [g for g in cover([a, b, c]).quotes if any(m.article == 2 for m in g.members)]
    assert len(groups) == 1
    assert all("of the South" in m.text for m in groups[0].members)


def _three(texts):
    from sidebyside.model import Article, Source

    return [Article(Source(f"{n}.txt", "text"), outlet=f"Outlet {n}", text=t) for n, t in enumerate(texts)]


def test_a_statement_one_outlet_quotes_whole_and_another_in_two_parts_is_one_group():
    """One outlet quotes a statement over two paragraphs in one quotation, another quotes each
    sentence apart with narration between, the third quotes only the second sentence: one group
    holding every part, not one group per sentence."""
    articles = _three([
        'The mayor spoke on Monday. "The bridge will stay closed until the engineers are sure it is safe.\n\n'
        '"We will not take any risk with the lives of our residents," said Mayor Anna Berg.',
        'Mayor Anna Berg said: "The bridge will stay closed until the engineers are sure it is safe."\n\n'
        'Engineers began the inspection on Tuesday morning.\n\n'
        '"We will not take any risk with the lives of our residents," she added.',
        'Traffic was diverted. "We will not take any risk with the lives of our residents," Berg told reporters.',
    ])
    coverage = cover(articles)
    berg = [g for g in coverage.quotes if any("any risk" in m.text for m in g.members)]
    assert len(berg) == 1
    by_article = {m.article: m for m in berg[0].members}
    assert set(by_article) == {0, 1, 2}
    assert "bridge will stay closed" in by_article[1].text and "any risk" in by_article[1].text
    assert len(by_article[1].parts) == 2
    assert not [g for g in coverage.quotes if g is not berg[0] and any("bridge" in m.text for m in g.members)]


def test_two_statements_of_one_speaker_quoted_apart_by_every_outlet_stay_two_groups():
    """A speaker's two different statements, each quoted on its own in all three: two groups."""
    first = '"The bridge will stay closed until the engineers are sure it is safe," said Mayor Anna Berg.'
    second = '"Next year the city will build a second crossing further north," Berg said.'
    articles = _three([f"{first}\n\nThe river rose overnight.\n\n{second}",
                       f"Officials met on Monday.\n\n{first}\n\nTraffic was diverted.\n\n{second}",
                       f"{second}\n\nThe inspection began on Tuesday.\n\n{first}"])
    groups = cover(articles).quotes
    assert len(groups) == 2
    for group in groups:
        assert len(group.members) == 3
        assert len({"bridge" in m.text for m in group.members}) == 1  # never the two statements mixed
