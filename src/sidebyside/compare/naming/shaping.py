"""How a chain is shown: its mentions, its labels with counts, its display name and kind."""

from __future__ import annotations

from collections import Counter

from sidebyside.compare.naming.chains import Ref, label_of
from sidebyside.compare.naming.words import _DATED
from sidebyside.model import LabelCount, Mention


def _mention(r: Ref) -> Mention:
    return Mention(r.start, r.end, r.text, r.field)


def _counts(refs: list[Ref]) -> list[LabelCount]:
    """Each label with the surface shown for it (its most frequent spelling) and its count."""
    surfaces: dict[str, Counter] = {}
    forms: dict[str, str] = {}
    for r in refs:
        label = label_of(r.text)
        if label:
            surfaces.setdefault(label, Counter())[r.text] += 1
            forms.setdefault(label, r.form)
    rows = [
        LabelCount(label=_stable_pick(c), count=sum(c.values()), form=forms[label])
        for label, c in surfaces.items()
    ]
    rows.sort(key=lambda x: (-x.count, x.label))
    return rows


def _stable_pick(surfaces: Counter) -> str:
    """The most frequent spelling; ties: not all capitals, then longest, then alphabetical."""
    return min(surfaces, key=lambda s: (-surfaces[s], s.isupper(), -len(s), s))


def _display(refs: list[Ref], key: str) -> str:
    """The chain's name: its fullest name as written (canonical for a country), else its
    most frequent description."""
    names = Counter(r.entity.name for r in refs if r.entity is not None and r.form in ("name", "title", "short", "alias"))
    if names:
        best_len = max(len(n.split()) for n in names)
        return _stable_pick(Counter({n: c for n, c in names.items() if len(n.split()) == best_len}))
    times = [r.text for r in refs if r.form == "time"]
    if times:  # the day as a calendar says it ("Tuesday evening", not "tonight")
        dated = Counter(t for t in times if _DATED.search(t)) or Counter(times)
        return _stable_pick(dated)
    metonyms = [r for r in refs if r.form == "metonym"]
    if metonyms and not key.startswith("role:"):
        return " ".join(w.capitalize() if w not in ("of", "and", "the") else w for w in key.split())
    return _stable_pick(Counter(r.text for r in refs))


def _kind(refs: list[Ref]) -> str:
    kinds = Counter(r.kind for r in refs if r.kind != "other")
    if not kinds:
        return "other"
    if kinds.get("organisation") and not kinds.get("person"):
        return "organisation"
    return min(kinds, key=lambda k: (-kinds[k], k))
