"""Find an HTML page's article body and turn it into ordered blocks.

One pass removes markup that never holds article text and page furniture named by tag, role,
class or id (navigation, share bars, related lists, appeals, author boxes, comments, ads,
footers; see boilerplate.py). Paragraph-like elements are then scored by their unlinked text
and the score flows to their parent and grandparent (the densest cluster of prose wins, as in
Readability); the winner grows to an enclosing element the page names as its article body, and
takes in siblings that look like more of the same article. A single walk over the chosen
subtree emits blocks in document order and diverts captions and credits; link-dense
containers (teaser lists, tag lists) and furniture lines are dropped on the way.

The tree is modified in place (the caller reads metadata first); nothing is deep-copied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from sidebyside.extract import boilerplate as bp

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Tags that start a new line of text when a browser renders them.
BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol",
    "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
    "figure", "figcaption", "hr", "form", "fieldset", "address", "details", "summary",
    "center", "caption", "body", "html", "hgroup", "legend", "option", "menu",
)) | HEADINGS
# Containers whose text is judged as a whole (a list of links is dropped as one).
LINK_LIST_CONTAINERS = frozenset(("div", "section", "ul", "ol", "dl", "table", "header", "nav", "aside", "footer", "form", "article", "center", "details", "menu"))
PARA_TAGS = frozenset(("p", "pre"))
DIV_LIKE = frozenset(("div", "section", "article", "td", "span", "font", "center", "main"))
_CANDIDATE_TAGS = tuple(PARA_TAGS | DIV_LIKE | {"li"})
MAX_DEPTH = 220  # deeper than any real page: flatten the rest instead of recursing

_WS = re.compile(r"\s+")


@dataclass
class Body:
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) in order
    captions: list[str] = field(default_factory=list)
    link_chars: int = 0  # linked characters among the emitted blocks
    chars: int = 0
    h1: str | None = None  # the page's first <h1>, a fallback title
    standfirst: str | None = None  # visible summary above the body (class "standfirst", "dek"...)
    container_tag: str | None = None


def _text_len(el) -> int:
    """Visible characters, not counting whitespace (markup indentation would swamp short texts)."""
    return sum(map(len, el.text_content().split()))


class _Measure:
    """Memoised text length and linked-text length of subtrees."""

    def __init__(self) -> None:
        self._memo: dict = {}

    def __call__(self, el) -> tuple[int, int]:
        hit = self._memo.get(el)
        if hit is None:
            total = _text_len(el)
            if el.tag == "a":
                link = total
            else:
                link = sum(_text_len(a) for a in el.iter("a"))
            hit = self._memo[el] = (total, min(link, total))
        return hit


def strip_junk(root) -> None:
    """Remove elements that never hold article text (scripts, styles, forms' controls...)."""
    etree.strip_elements(root, *bp.JUNK_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def prose_mass(body) -> dict:
    """Characters of paragraph-like text under each element (every ancestor of a paragraph)."""
    mass: dict = {}
    for para, _ in _para_candidates(body):
        if para.tag == "li":
            continue  # list items are menus as often as prose: they count once scored for links
        size = len(para.text_content())
        if size < 25:
            continue
        anc = para
        while anc is not None:
            mass[anc] = mass.get(anc, 0) + size
            anc = anc.getparent()
    return mass


def remove_furniture(body) -> None:
    """Drop navigation, share bars, related lists, ads... named by tag, role, class or id.

    An element holding much of the page's prose, or the element the page marks as its
    article body, is never dropped whatever its name says (sites call the article column
    "side-of-rail" or wrap it in an <aside>).
    """
    mass = prose_mass(body)
    total = mass.get(body, 0) or 1
    marked = body.xpath(".//*[@itemprop='articleBody' or @itemprop='articlebody']")
    holds_body = {anc for el in marked for anc in el.iterancestors()} | set(marked)
    doomed = []
    stack = [(body, False)]
    while stack:
        el, in_article = stack.pop()
        articles = sum(1 for c in el if c.tag == "article")
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == "article" and in_article and articles >= 2:
                doomed.append(child)  # teasers of other posts listed inside this one
                continue
            why = "tag" if tag in bp.FURNITURE_TAGS else bp.is_furniture_element(child)
            if why:
                share = mass.get(child, 0) / total
                if (share < 0.4 or total < 400) and child not in holds_body:
                    doomed.append(child)
                    continue
            stack.append((child, in_article or tag == "article"))
    for el in doomed:
        el.drop_tree()


def _class_weight(el) -> float:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    weight = 1.0
    if el.get("itemprop", "").lower() == "articlebody" or bp.ARTICLE_BODY_HINT.search(names):
        weight *= 1.3
    return weight


def _is_body_hint(el) -> bool:
    if (el.get("itemprop") or "").lower() == "articlebody":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and bool(bp.ARTICLE_BODY_HINT.search(names))


def _para_candidates(body):
    """(element, is_div) for elements holding a paragraph of prose: <p>, <pre>, and divs of
    bare (often <br>-split) text, whose text sits directly in the div."""
    for el in body.iter(*_CANDIDATE_TAGS):
        tag = el.tag
        if tag in PARA_TAGS:
            yield el, False
        elif tag == "li":
            if el.find("p") is None and len(el.text_content()) >= 100:
                yield el, False  # a list item of prose (bulleted articles); short items are menus
        elif tag in DIV_LIKE:
            direct = len((el.text or "").strip())
            has_block = False
            for child in el:
                if child.tag in BLOCK_TAGS:
                    has_block = True
                direct += len((child.tail or "").strip())
            if tag == "span":
                if direct >= 40 and el.getparent() is not None and el.getparent().tag not in PARA_TAGS:
                    yield el, False  # a paragraph written as a span: its parent is the cluster
            elif tag == "td":
                if direct >= 150:  # layout tables hold prose; data tables hold short cells
                    yield el, True
            elif direct >= 40 or (not has_block and direct):
                yield el, True  # the div's own text: the div itself is the cluster


def find_container(body, measure: _Measure):
    """The element whose paragraphs make the page's densest cluster of prose, or None."""
    scores: dict = {}
    mass: dict = {}
    for para, is_div in _para_candidates(body):
        total, link = measure(para)
        if total < 25 or link > 0.5 * total:
            continue
        weight = 1.0 + min(total / 100.0, 3.0) + min(para.text_content().count(","), 6) * 0.5
        weight *= 1.0 - link / total
        parent = para.getparent()
        if parent is None:
            continue
        # a div's own text makes the div itself the cluster; a <p> makes its parent
        first = para if is_div else parent
        for up, share in ((first, 1.0), (first.getparent(), 0.5)):
            if up is None:
                break
            scores[up] = scores.get(up, 0.0) + weight * share
        anc = first
        while anc is not None:
            mass[anc] = mass.get(anc, 0) + (total - link)
            anc = anc.getparent()
    if not scores:
        # no paragraph of prose anywhere (a stub or a bare-text page): take what the body shows
        return body, [body], mass
    best, best_score = None, -1.0
    for el, score in scores.items():
        total, link = measure(el)
        score *= (1.0 - (link / total if total else 0.0)) * _class_weight(el)
        if score > best_score:
            best, best_score = el, score
    # grow to an enclosing element the page names as its article body
    anc, steps = best.getparent(), 0
    while anc is not None and steps < 5 and anc.tag not in ("body", "html"):
        if _is_body_hint(anc) and mass.get(anc, 0) <= 3.0 * mass.get(best, 1):
            best = anc
        anc, steps = anc.getparent(), steps + 1
    parts = _merge_siblings(best, mass, measure)
    if len(parts) == 1:
        parts = _merge_cousins(best, mass, measure)
    return best, parts, mass


def _merge_cousins(top, mass, measure) -> list:
    """A body split into like-named chunks one or two levels up (each chunk wraps a slice of
    text and an ad rail): emit top for its own chunk and the other chunks whole."""
    cur = top
    top_mass = mass.get(top, 0)
    for _ in range(6):
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or mass.get(parent, 0) > 1.1 * top_mass:
            break
        cur = parent
        cls = cur.get("class")
        chunks = cur.getparent()
        if chunks is None:
            break
        if cls:
            same = [s for s in chunks if s.get("class") == cls]
        else:  # unnamed wrappers count only as a run of several holding prose
            same = [s for s in chunks if s.tag == cur.tag and not s.get("class") and not s.get("id")]
        prose = [i for i, s in enumerate(same) if s is cur or mass.get(s, 0) >= 50]
        if len(prose) >= (2 if cls else 4):
            # short chunks between prose chunks ("Gotcha.") belong to the run too
            run = same[prose[0] : prose[-1] + 1]
            return [top if s is cur else s for s in run]
    return [top]


def _merge_siblings(top, mass, measure) -> list:
    """The top element plus siblings that continue the same article (split bodies, loose <p>s)."""
    parent = top.getparent()
    if parent is None or top.tag in ("body", "html"):
        return [top]
    top_mass = mass.get(top, 0)
    threshold = max(200.0, 0.2 * top_mass)
    top_class = top.get("class")
    keep = []
    for sib in parent:
        if sib is top:
            keep.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        total, link = measure(sib)
        if not total:
            continue
        density = link / total
        own_mass = mass.get(sib, 0)
        if sib.tag in PARA_TAGS:
            own_mass = max(own_mass, total - link)
        if sib.tag == "article" or sib.find(".//article") is not None:
            continue  # another article (a feed of posts), not more of this one
        same_class = bool(top_class) and sib.get("class") == top_class
        if same_class and own_mass >= 50 and density < 0.5:
            keep.append(sib)  # the body split into like-named chunks around ads or media
        elif own_mass >= threshold and density < 0.25:
            keep.append(sib)
        elif sib.tag == "p" and total >= 80 and density < 0.25:
            keep.append(sib)
        elif sib.tag == "p" and density == 0 and re.search(r"\.( |$)", sib.text_content()):
            keep.append(sib)
    return keep


class _Emitter:
    """Walks chosen subtrees in document order and emits (kind, text) blocks and captions."""

    def __init__(self, measure: _Measure, title_key: str | None):
        self.measure = measure
        self.title_key = title_key
        self.blocks: list[tuple[str, str, int]] = []
        self.captions: list[str] = []
        self.run: list[str] = []
        self.run_link = 0
        self.link_depth = 0
        self.stack: list[str] = []
        self.pending_br = 0
        self.standfirst: str | None = None

    # ---------------------------------------------------------------- text runs
    def add(self, text: str | None) -> None:
        if text:
            if self.pending_br >= 2 and text.strip():
                self.flush()
            if text.strip():
                self.pending_br = 0
            self.run.append(text)
            if self.link_depth:
                self.run_link += len(text.strip())

    def kind(self) -> str:
        quoted = "blockquote" in self.stack
        for tag in reversed(self.stack):
            if tag in HEADINGS:
                return "heading"
            if tag in ("li", "dd", "dt"):
                return "list_item"
            if tag in ("ul", "ol", "dl", "table", "section", "article", "main", "body"):
                break
        return "blockquote" if quoted else "paragraph"

    def flush(self) -> None:
        if self.run:
            text = _WS.sub(" ", "".join(self.run)).strip()
            if text:
                self.blocks.append((self.kind(), text, min(self.run_link, len(text))))
        self.run = []
        self.run_link = 0
        self.pending_br = 0

    # ---------------------------------------------------------------- walking
    def walk(self, el, depth: int = 0) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if depth > MAX_DEPTH:  # pathological nesting: keep the text, drop the structure
            self.add(el.text_content())
            return
        if tag == "br":
            self.pending_br += 1
            self.run.append("\n")
            return
        if tag in bp.CAPTION_TAGS or tag == "figure" or self._is_caption(el):
            self._caption(el)
            return
        if tag == "span" and len(el) and self.stack and self.stack[-1] == "p" and self._inline_card(el):
            return
        block = tag in BLOCK_TAGS
        if block:
            if tag in LINK_LIST_CONTAINERS and self._link_list(el):
                return
            if not self.blocks and self.standfirst is None and _is_standfirst(el):
                self.standfirst = _WS.sub(" ", el.text_content()).strip()
                return
            if tag == "h1":
                text = _WS.sub(" ", el.text_content()).strip()
                if not self.title_key or _key(text) == self.title_key or not self.blocks:
                    return
            self.flush()
            self.stack.append(tag)
        elif tag == "a":
            self.link_depth += 1
        elif tag in ("td", "th"):
            self.run.append(" ")  # cells of a row read as one line, words kept apart
        self.add(el.text)
        for child in el:
            self.walk(child, depth + 1)
            self.add(child.tail)
        if block:
            self.flush()
            self.stack.pop()
        elif tag == "a":
            self.link_depth -= 1

    def _inline_card(self, el) -> bool:
        """A hover card or pop-up (picture plus several links) tucked inside running text.

        A card is nested markup without words of its own. A wrapper holding the linked name
        next to its card ("<a>Name</a><span>card</span>") is not the card: the name stays.
        """
        if not self._card_shape(el):
            return False
        has_name_link = any(c.tag == "a" and c.find(".//img") is None for c in el)
        return not (has_name_link and any(c.tag in ("span", "div") and self._card_shape(c) for c in el))

    def _card_shape(self, el) -> bool:
        if not len(el) or el.find(".//img") is None or self.measure(el)[0] > 600:
            return False
        if (el.text or "").strip() or any((c.tail or "").strip() for c in el):
            return False
        return sum(1 for _ in el.iter("a")) >= 2

    def _is_caption(self, el) -> bool:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not names.strip() or not bp.CAPTION_HINT.search(names):
            return False
        return self.measure(el)[0] < 600

    def _caption(self, el) -> None:
        caps = [c for c in el.iter("figcaption")] if el.tag == "figure" else [el]
        if el.tag == "figure" and not caps:
            caps = [el]
        for cap in caps:
            text = _WS.sub(" ", cap.text_content()).strip()
            if text and text not in self.captions:
                self.captions.append(text)

    def _link_list(self, el) -> bool:
        total, link = self.measure(el)
        if not total:
            return False
        if link > 0.5 * total:
            return True
        # a list of short linked items (teasers), even with a little unlinked text
        if el.tag in ("ul", "ol"):
            items = [li for li in el if li.tag == "li"]
            if len(items) >= 3:
                linked = 0
                for li in items:
                    total, link = self.measure(li)
                    if link and total < 120 and link >= 0.4 * total:
                        linked += 1
                if linked >= 0.7 * len(items):
                    return True
        return False


def find_standfirst(body, container, title: str | None) -> str | None:
    """The visible standfirst: an element named like one, above the body container."""
    title_key = _key(title)
    for el in body.iter():
        if el is container:
            return None
        tag = el.tag
        if tag not in ("p", "div", "h2", "h3", "span", "section", "header"):
            continue
        if _is_standfirst(el):
            text = _WS.sub(" ", el.text_content()).strip()
            if _key(text) != title_key:
                return text
    return None


def _is_standfirst(el) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if len(names) < 3 or not bp.STANDFIRST_HINT.search(names) or bp.STANDFIRST_NOT.search(names):
        return False
    text = _WS.sub(" ", el.text_content()).strip()
    if not 40 <= len(text) <= 600:
        return False
    return sum(len(a.text_content()) for a in el.iter("a")) < 0.3 * len(text)


def _key(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").lower())


def _keep_block(kind: str, text: str, link: int) -> bool:
    if bp.BOILERPLATE_LINE.match(text):
        return False
    words = len(text.split())
    # a short mostly-linked line ("Read more: <headline>"); list items were judged as a list
    if kind != "list_item" and link > 0.5 * len(text) and words < 40:
        return False
    if words < 50 and bp.APPEAL.search(text):
        return False
    return True


def _trim_edges(blocks: list, title_key: str) -> list:
    """Drop the headline repeated as a block, and short date/byline lines at either end."""
    if title_key:
        blocks = [b for b in blocks if not (len(b[1]) < 300 and _same_title(_key(b[1]), title_key))]
    edge = 3
    keep = []
    for i, block in enumerate(blocks):
        at_edge = i < edge or i >= len(blocks) - edge
        if at_edge and block[0] != "blockquote" and len(block[1].split()) <= 15 and bp.DATE_LIKE.search(block[1]):
            continue
        keep.append(block)
    return keep


def _same_title(key: str, title_key: str) -> bool:
    """The block is the headline (the <title> often adds " - Site Name" after it)."""
    return bool(key) and len(key) >= 15 and (key == title_key or title_key.startswith(key))


def extract_body(root, title: str | None = None) -> Body:
    """Body blocks and captions of a parsed page (``root`` is pruned in place)."""
    body = root.find("body")
    if body is None:
        body = root
    h1 = next(iter(body.iter("h1")), None)
    h1_text = _WS.sub(" ", h1.text_content()).strip() if h1 is not None else None
    strip_junk(root)
    remove_furniture(body)
    measure = _Measure()
    top, parts, _mass = find_container(body, measure)
    out = Body(h1=h1_text or None)
    if top is None:
        return out
    out.container_tag = top.tag
    out.standfirst = find_standfirst(body, parts[0], h1_text)
    emitter = _Emitter(measure, _key(title or h1_text))
    for part in parts:
        emitter.walk(part)
        emitter.flush()
    blocks = [(k, t, l) for k, t, l in emitter.blocks if _keep_block(k, t, l)]
    blocks = _trim_edges(blocks, emitter.title_key)
    while blocks and blocks[-1][0] == "heading":
        blocks.pop()
    out.blocks = [(k, t) for k, t, _ in blocks]
    out.link_chars = sum(l for _, _, l in blocks)
    out.chars = sum(len(t) for _, t, _ in blocks)
    out.captions = emitter.captions
    out.standfirst = emitter.standfirst or out.standfirst
    return out
