"""Join hard-wrapped lines (text copied from a terminal, an e-mail, a fixed-width dump).

A w3m dump at a wide column count, or text copied from a browser, has one paragraph per line;
a text wrapped at ~70-100 columns has paragraphs spread over consecutive lines that almost
reach the wrap width. Those are joined back; everything else is returned unchanged.
"""

from __future__ import annotations

_BULLET_START = ("•", "◦", "▪", "*", "-", "–", "□", "■")


def wrap_width(lines: list[str]) -> int | None:
    """The wrap column when most text lines end near one width below 120, else None."""
    lengths = [len(x.rstrip()) for x in lines if x.strip()]
    if len(lengths) < 8:
        return None
    longest = sorted(lengths)[int(len(lengths) * 0.95) - 1]
    if not 40 <= longest <= 120:
        return None
    near = sum(1 for n in lengths if n >= 0.75 * longest)
    # consecutive non-blank lines: a wrapped paragraph makes many
    pairs = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and b.strip())
    if near < 0.4 * len(lengths) or pairs < 0.3 * len(lengths):
        return None
    return longest


def unwrap(content: str) -> str:
    lines = content.splitlines()
    width = wrap_width(lines[:5000])
    if width is None:
        return content
    out: list[str] = []
    joinable = False
    for raw in lines:
        text = raw.rstrip()
        stripped = text.strip()
        if joinable and stripped and not stripped.startswith(_BULLET_START):
            out[-1] = out[-1] + " " + stripped
        else:
            out.append(text)
        joinable = bool(stripped) and len(text) >= 0.7 * width
    return "\n".join(out)
