"""Complete irregular_verbs.json from Princeton WordNet 3.0's verb exception list.

Development-time tool only: WordNet is NOT a runtime dependency of SideBySide.

    apt-get install wordnet-base        # Princeton WordNet 3.0 database files
    .venv/bin/python resources/terms/build_irregular_verbs.py [/usr/share/wordnet]

(the project's Python: a verb's regular forms are compare/tokens.py's own).

Why: compare/tokens.py ``inflections`` builds a verb's forms by the regular rules (-s, -ed,
-ing) unless the table lists the verb; a common irregular verb missing from it gets wrong forms
("see" -> "seed", "seing") and misses its real ones ("saw", "seen"). WordNet's verb.exc lists
every inflected form its own regular rules miss, with its base ("saw see", "running run").

Which verbs: every base of verb.exc that background.tsv (wordfreq's 30,000 most frequent English
words) holds, plus the verbs of index.verb ending in "ee", "ye" or "oe" that it holds (their
"-ing" keeps the "e": "agreeing", "seeing", which the rules drop). The entries written by hand
stay as they are. A verb gets an entry only when it has a form the regular rules miss ("saw",
"led", "seeing"): "supplied", "planned" they give already. Each new entry: the base's verb.exc
forms; its "-s" form (the rules', "goes" for an "o" ending, none when verb.exc gives one: "is",
"has"); its "-ing" form (verb.exc's when it gives one, "lying"; else the rules' with the "e"
kept after "ee"/"ye"/"oe" and "ie" -> "y");
the regular "-ed" form when the verb also takes it: background.tsv holds it and it is no other
verb's form ("hanged", "dreamed", "lied"; not "seed", a verb of its own, nor "hated", of "hat");
an "-l" verb's single-"l" spellings beside verb.exc's double ones ("traveled", "traveling"),
unless background.tsv holds only the double one (a stressed end: "controlled", not "controled").
"lie" is written by hand: WordNet joins the verb of lying down ("lay", "lain") with the verb of
untruth ("lied"), the one the term lists mean.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "irregular_verbs.json"
KEPT_E = ("ee", "ye", "oe")


def _lemmas(wordnet: Path, part: str) -> set[str]:
    out = set()
    for line in (wordnet / f"index.{part}").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            out.add(line.split(" ", 1)[0])
    return out


def _background() -> set[str]:
    words = set()
    for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t", 1)[0])
    return words


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        return base[:-1] + "ies"
    return base + "s"


def _participle(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(KEPT_E) and len(base) > 2:
        return base[:-1] + "ing"
    return base + "ing"


def _regular_past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in tuple("aeiou"):
        return base[:-1] + "ied"
    return base + "ed"


def _own_form(past: str, base: str, verbs: set[str]) -> bool:
    """Whether a regular past is this verb's, no other verb's form: "hanged", "lied"; not "seed"
    (the verb "seed"), "hated" ("hate" of "hat")."""
    return past not in verbs and not (past.endswith("ed") and past[:-1] in verbs and past[:-1] != base)


def build(wordnet: Path) -> dict[str, list[str]]:
    background = _background()
    exceptions: dict[str, set[str]] = defaultdict(set)
    for line in (wordnet / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        for base in bases:
            if re.fullmatch(r"[a-z]+", base) and re.fullmatch(r"[a-z]+", form):
                exceptions[base].add(form)
    verbs = {v for v in _lemmas(wordnet, "verb") if re.fullmatch(r"[a-z]+", v)}
    bases = {b for b in exceptions if b in background and b in verbs}
    bases |= {v for v in verbs if v.endswith(KEPT_E) and v in background and len(v) > 2}
    table = {}
    for base in sorted(bases):
        forms = set(exceptions.get(base, ()))
        if not any(f.endswith("s") and not f.endswith("ss") for f in forms):
            forms.add(_third_person(base))
        if not any(f.endswith("ing") for f in forms):
            forms.add(_participle(base))
        past = _regular_past(base)
        if not exceptions.get(base) or past in background and _own_form(past, base, verbs):
            forms.add(past)
        if base.endswith("l") and base + "led" in forms and (base + "ed" in background or base + "led" not in background):
            forms.update({base + "ed", base + "ing"})  # "travelled", "traveled": both spellings
        forms.discard(base)
        if forms - _regular_forms(base):
            table[base] = sorted(forms)  # (a verb the rules already inflect right needs no entry)
    return table


def _regular_forms(base: str) -> set[str]:
    """The forms compare/tokens.py ``inflections`` gives a verb the table does not list."""
    src = HERE.parent.parent / "src"
    if str(src) not in sys.path:
        sys.path.insert(0, str(src))
    from sidebyside.compare import tokens

    saved = tokens.irregular_verbs
    tokens.irregular_verbs = lambda: {}
    try:
        return tokens.inflections(base)
    finally:
        tokens.irregular_verbs = saved


def _dumped(data: dict) -> str:
    """The table as JSON with one verb a line, as it was written by hand."""
    head = {k: v for k, v in data.items() if k != "forms"}
    lines = [json.dumps(head, indent=2, ensure_ascii=False)[:-2] + ',\n  "forms": {']
    rows = [f"    {json.dumps(base)}: {json.dumps(forms, ensure_ascii=False)}" for base, forms in data["forms"].items()]
    return "\n".join(lines) + "\n" + ",\n".join(rows) + "\n  }\n}\n"


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    built = build(wordnet)
    forms = dict(data["forms"])  # the hand-written entries stay first and as written
    added = 0
    for base, entry in built.items():
        if base not in forms:
            forms[base] = entry
            added += 1
    data["forms"] = forms
    TABLE.write_text(_dumped(data), encoding="utf-8")
    print(f"{added} verbs added, {len(forms)} in the table")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
