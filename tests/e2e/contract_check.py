"""Checks of printed JSON against /work/shared/CONTRACT.md: field names, types and offsets.

Each function returns a list of human-readable problems (empty when the JSON keeps the
contract), so one failing test names every broken field at once.
"""

from __future__ import annotations

ARTICLE_FIELDS = {
    "schema": str, "source": dict, "title": (str, type(None)), "outlet": (str, type(None)),
    "authors": list, "published": (str, type(None)), "language": (str, type(None)),
    "lead": (str, type(None)), "text": str, "blocks": list, "captions": list, "tags": list,
    "warnings": list,
}
QUOTE_MARKS = set('"\'“”„«»‘’‚‹›「」『』')
BLOCK_KINDS = {"paragraph", "heading", "blockquote", "list_item"}


def _type_problems(obj: dict, fields: dict, where: str) -> list[str]:
    out = []
    for name, kind in fields.items():
        if name not in obj:
            out.append(f"{where}: missing field {name!r}")
        elif not isinstance(obj[name], kind) or isinstance(obj[name], bool) and kind in (int, float):
            out.append(f"{where}: {name!r} is {type(obj[name]).__name__}")
    return out


def article_problems(art: dict, where: str = "article") -> list[str]:
    out = _type_problems(art, ARTICLE_FIELDS, where)
    if out:
        return out
    if art["schema"] != "sidebyside.article/1":
        out.append(f"{where}: schema {art['schema']!r}")
    src = art["source"]
    out += _type_problems(src, {"path": str, "format": str, "url": (str, type(None)), "encoding": str}, f"{where}.source")
    if src.get("format") not in ("html", "mhtml", "text"):
        out.append(f"{where}.source.format {src.get('format')!r}")
    for key in ("authors", "captions", "tags", "warnings"):
        if not all(isinstance(x, str) for x in art[key]):
            out.append(f"{where}: {key} holds a non-string")
    text = art["text"]
    # "the body: blocks joined with \n\n, nothing else"
    pieces, prev_end = [], None
    for i, b in enumerate(art["blocks"]):
        bw = f"{where}.blocks[{i}]"
        out += _type_problems(b, {"kind": str, "start": int, "end": int}, bw)
        if b.get("kind") not in BLOCK_KINDS:
            out.append(f"{bw}: kind {b.get('kind')!r}")
        if not (0 <= b["start"] < b["end"] <= len(text)):
            out.append(f"{bw}: bad range {b['start']}..{b['end']} for text of {len(text)}")
            continue
        if prev_end is not None and text[prev_end : b["start"]] != "\n\n":
            out.append(f"{bw}: gap before block is {text[prev_end:b['start']]!r}, not '\\n\\n'")
        prev_end = b["end"]
        pieces.append(text[b["start"] : b["end"]])
    if "\n\n".join(pieces) != text:
        out.append(f"{where}: blocks joined with '\\n\\n' do not give text")
    if art["published"] is not None and not art["published"][:4].isdigit():
        out.append(f"{where}: published {art['published']!r} is not ISO 8601")
    return out


def _span_problems(span: dict, text: str, where: str) -> list[str]:
    if not isinstance(span.get("start"), int) or not isinstance(span.get("end"), int):
        return [f"{where}: start/end missing or not int: {span!r}"]
    if not (0 <= span["start"] <= span["end"] <= len(text)):
        return [f"{where}: range {span['start']}..{span['end']} outside text of {len(text)}"]
    if "text" in span and text[span["start"] : span["end"]] != span["text"]:
        return [f"{where}: text[{span['start']}:{span['end']}] = {text[span['start']:span['end']]!r} "
                f"but reports {span['text']!r}"]
    return []


def _diff_problems(pair: dict, texts: list[str], where: str) -> list[str]:
    """Character diffs (diff-match-patch ops) must rebuild both quoted spans exactly."""
    a = "".join(d["text"] for d in pair["diffs"] if d["op"] in (0, -1))
    b = "".join(d["text"] for d in pair["diffs"] if d["op"] in (0, 1))
    out = []
    if a != texts[0][pair["a"]["start"]:pair["a"]["end"]]:
        out.append(f"{where}: diffs do not rebuild the A quote: {a!r}")
    if b != texts[1][pair["b"]["start"]:pair["b"]["end"]]:
        out.append(f"{where}: diffs do not rebuild the B quote: {b!r}")
    return out


def _similarity_problems(item: dict, where: str) -> list[str]:
    s = item.get("similarity")
    if not isinstance(s, (int, float)) or isinstance(s, bool) or not 0 <= s <= 1:
        return [f"{where}: similarity {s!r} not in [0, 1]"]
    return []


def comparison_problems(cmp: dict) -> list[str]:
    out = []
    if cmp.get("schema") != "sidebyside.comparison/1":
        out.append(f"schema {cmp.get('schema')!r}")
    arts = cmp.get("articles")
    if not isinstance(arts, list) or len(arts) != 2:
        return out + ["articles is not a list of two"]
    for i, art in enumerate(arts):
        out += article_problems(art, f"articles[{i}]")
    if out:
        return out
    texts = [arts[0]["text"], arts[1]["text"]]
    for i in (0, 1):
        for j, q in enumerate(cmp["quotes"][i]):
            out += _span_problems(q, texts[i], f"quotes[{i}][{j}]")
            quoted = texts[i][q["start"]:q["end"]] if isinstance(q.get("start"), int) else ""
            if quoted[:1] in QUOTE_MARKS or quoted[-1:] in QUOTE_MARKS:
                out.append(f"quotes[{i}][{j}]: span includes the quotation marks: {quoted!r}")
            if not isinstance(q.get("speaker"), (str, type(None))):
                out.append(f"quotes[{i}][{j}]: speaker {q.get('speaker')!r}")
    for key in ("shared_quotes", "shared_passages", "aligned_sentences"):
        for j, pair in enumerate(cmp[key]):
            out += _span_problems(pair["a"], texts[0], f"{key}[{j}].a")
            out += _span_problems(pair["b"], texts[1], f"{key}[{j}].b")
            out += _similarity_problems(pair, f"{key}[{j}]")
            if key == "shared_quotes" and not isinstance(pair.get("exact"), bool):
                out.append(f"{key}[{j}]: exact {pair.get('exact')!r}")
            if key == "shared_quotes" and pair.get("diffs"):
                out += _diff_problems(pair, texts, f"{key}[{j}]")
    fr = cmp["framing"]
    for j, lc in enumerate(fr["label_contrasts"]):
        if not isinstance(lc.get("entity"), str):
            out.append(f"label_contrasts[{j}]: entity {lc.get('entity')!r}")
        for side, text in zip("ab", texts):
            for k, m in enumerate(lc[side]):
                out += _span_problems(m, text, f"label_contrasts[{j}].{side}[{k}]")
    for i in (0, 1):
        for j, t in enumerate(fr["distinctive_terms"][i]):
            out += _type_problems(t, {"term": str, "score": (int, float), "count": int}, f"distinctive_terms[{i}][{j}]")
        for j, t in enumerate(fr["loaded_terms"][i]):
            out += _type_problems(t, {"term": str, "category": str}, f"loaded_terms[{i}][{j}]")
            out += _span_problems({"start": t.get("start"), "end": t.get("end")}, texts[i], f"loaded_terms[{i}][{j}]")
        for key, name in (("sources", "name"), ("only_in", "entity")):
            for j, item in enumerate(fr[key][i]):
                if not isinstance(item.get(name), str):
                    out.append(f"{key}[{i}][{j}]: {name} {item.get(name)!r}")
                for k, sp in enumerate(item.get("spans", [])):
                    out += _span_problems(sp, texts[i], f"{key}[{i}][{j}].spans[{k}]")
    return out
