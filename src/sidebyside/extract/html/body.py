"""Find an HTML page's article body and turn it into ordered blocks.

One pass removes markup that never holds article text and page furniture named by tag, role,
class or id (navigation, share bars, related lists, appeals, author boxes, comments, ads,
footers; see boilerplate.py). Paragraph-like elements are then scored by their unlinked text
and the score flows to their parent and grandparent (the densest cluster of prose wins, as in
Readability); the winner grows to an enclosing element the page names as its article body, and
takes in siblings that look like more of the same article. A single walk over the chosen
subtree (dom_blocks.py) emits blocks in document order and diverts captions and credits;
link-dense containers (teaser lists, tag lists) and furniture lines are dropped on the way.

The tree is modified in place (the caller reads metadata first); nothing is deep-copied.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from sidebyside.extract.html import boilerplate as bp
from sidebyside.extract.html.dom_blocks import BlockWalker, keep_block, trim_edges
from sidebyside.extract.html.dom_measure import BLOCK_TAGS, Measure, caption_text, is_standfirst, key, squash
from sidebyside.settings import DEFAULT, HtmlSettings

PARA_TAGS = frozenset(("p", "pre"))
DIV_LIKE = frozenset(("div", "section", "article", "td", "span", "font", "center", "main"))
_CANDIDATE_TAGS = tuple(PARA_TAGS | DIV_LIKE | {"li"})
MAX_CLIMB = 64  # ancestors credited with a paragraph's prose mass


@dataclass
class Body:
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) in order
    captions: list[str] = field(default_factory=list)
    folded_captions: list[str] = field(default_factory=list)  # a gallery's captions past its first few
    link_chars: int = 0  # linked characters among the emitted blocks
    chars: int = 0
    h1: str | None = None  # the page's first <h1>, a fallback title
    standfirst: str | None = None  # visible summary above the body (class "standfirst", "dek"...)
    paywall: bool = False  # the page shows a paywall prompt: the text may be cut short


def strip_junk(root) -> None:
    """Remove elements that never hold article text (scripts, styles, forms' controls...)."""
    etree.strip_elements(root, *bp.JUNK_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def prose_mass(body, measure: Measure, settings: HtmlSettings) -> dict:
    """Characters of paragraph-like text under each element (its ancestors, up to a bound)."""
    mass: dict = {}
    for para, _ in _para_candidates(body, measure, settings):
        if para.tag == "li":
            continue  # list items are menus as often as prose: they count once scored for links
        size = measure(para)[0]
        if size < settings.min_prose_chars:
            continue
        _add_up(mass, para, size)
    return mass


def _add_up(mass: dict, el, size: int) -> None:
    """Add size to el and its ancestors (bounded: absurd nesting must not make this quadratic)."""
    for _ in range(MAX_CLIMB):
        if el is None:
            return
        mass[el] = mass.get(el, 0) + size
        el = el.getparent()


def remove_furniture(body, measure: Measure, settings: HtmlSettings) -> bool:
    """Drop navigation, share bars, related lists, ads... named by tag, role, class or id.

    An element holding much of the page's prose, or the element the page marks as its
    article body, is never dropped whatever its name says (sites call the article column
    "side-of-rail" or wrap it in an <aside>).
    """
    mass = prose_mass(body, measure, settings)
    total = max(mass.values(), default=0) or 1  # the outermost element reached holds it all
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
                keep = share >= settings.furniture_keep_share and total >= settings.furniture_keep_min_prose
                if not keep and child not in holds_body:
                    doomed.append(child)
                    continue
            stack.append((child, in_article or tag == "article"))
    paywall = any(_is_paywall_prompt(el) for el in doomed)
    for el in doomed:
        measure.forget(el)
        el.drop_tree()
    return paywall


def _is_paywall_prompt(el) -> bool:
    """A prompt that says the rest is for subscribers (an empty paywall container is none:
    templates carry them on free articles too)."""
    text = el.text_content()
    if len(text) > 2000:
        return False
    if bp.PAYWALL_TEXT.search(text):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return any(w in bp.PAYWALL_WORDS for w in bp.name_words(names)) and "subscri" in text.lower()


def _class_weight(el, settings: HtmlSettings) -> float:
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if el.get("itemprop", "").lower() == "articlebody" or bp.ARTICLE_BODY_HINT.search(names):
        return settings.body_hint_weight
    return 1.0


def _is_body_hint(el) -> bool:
    if (el.get("itemprop") or "").lower() == "articlebody":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(names.strip()) and bool(bp.ARTICLE_BODY_HINT.search(names))


def _para_candidates(body, measure: Measure, settings: HtmlSettings):
    """(element, is_div) for elements holding a paragraph of prose: <p>, <pre>, and divs of
    bare (often <br>-split) text, whose text sits directly in the div."""
    for el in body.iter(*_CANDIDATE_TAGS):
        tag = el.tag
        if tag in PARA_TAGS:
            yield el, False
        elif tag == "li":
            if el.find("p") is None and measure(el)[0] >= 80:
                yield el, False  # a list item of prose (bulleted articles); short items are menus
        elif tag in DIV_LIKE:
            direct = len((el.text or "").strip())
            has_block = False
            for child in el:
                if child.tag in BLOCK_TAGS:
                    has_block = True
                direct += len((child.tail or "").strip())
            if tag == "span":
                if direct >= settings.div_text_chars and el.getparent() is not None \
                        and el.getparent().tag not in PARA_TAGS:
                    yield el, False  # a paragraph written as a span: its parent is the cluster
            elif tag == "td":
                if direct >= settings.table_cell_text_chars:
                    yield el, True
            elif direct >= settings.div_text_chars or (not has_block and direct):
                yield el, True  # the div's own text: the div itself is the cluster


def _commas(para, is_div: bool) -> int:
    if not is_div:
        return para.text_content().count(",")
    # a div's own text only: its block children are scored on their own
    return (para.text or "").count(",") + sum((c.tail or "").count(",") for c in para)


def find_container(body, measure: Measure, settings: HtmlSettings = DEFAULT.extract.html):
    """(top element, the elements to emit in order, prose mass per element).

    The top element is the one whose paragraphs make the page's densest cluster of prose;
    without any paragraph of prose the whole body is taken (and judged low-confidence later).
    """
    scores: dict = {}
    mass: dict = {}
    for para, is_div in _para_candidates(body, measure, settings):
        total, link = measure(para)
        if total < settings.min_candidate_chars or link > settings.max_candidate_link_share * total:
            continue
        weight = (1.0 + min(total / settings.length_bonus_chars, settings.length_bonus_cap)
                  + min(_commas(para, is_div), settings.comma_cap) * settings.comma_bonus)
        weight *= 1.0 - link / total
        if para.tag == "li":
            weight *= settings.list_item_weight
        parent = para.getparent()
        if parent is None:
            continue
        # a div's own text makes the div itself the cluster; a <p> makes its parent
        first = para if is_div else parent
        up = first
        for share in settings.score_shares:
            if up is None:
                break
            scores[up] = scores.get(up, 0.0) + weight * share
            up = up.getparent()
        _add_up(mass, first, total - link)
    if not scores:
        # no paragraph of prose anywhere (a stub or a bare-text page): take what the body shows
        return body, [body], mass
    best, best_score = None, -1.0
    for el, score in scores.items():
        total, link = measure(el)
        score *= (1.0 - (link / total if total else 0.0)) * _class_weight(el, settings)
        if score > best_score:
            best, best_score = el, score
    # prose in a table (a list page, a layout table): the table's container is the cluster
    # (climb data tables only: layout tables nest, and their outer cells hold the whole page)
    if best.tag in ("tbody", "thead", "tr", "td", "th", "table"):
        table = best if best.tag == "table" else next(best.iterancestors("table"), None)
        if table is not None and table.getparent() is not None and table.find(".//table") is None:
            best = table.getparent()
    # grow to an enclosing element the page names as its article body
    anc, steps = best.getparent(), 0
    while anc is not None and steps < settings.body_hint_steps and anc.tag not in ("body", "html"):
        if _is_body_hint(anc) and mass.get(anc, 0) <= settings.body_hint_mass_ratio * mass.get(best, 1):
            best = anc
        anc, steps = anc.getparent(), steps + 1
    parts = _merge_siblings(best, mass, measure, settings)
    if len(parts) == 1:
        parts = _merge_cousins(best, mass)
    return best, parts, mass


def _main_class(el) -> str | None:
    """The component a class list names ("o-article_block" in "o-article_block pb-10"): its
    first class, unless that is a layout utility ("cell", "col-md-8"); then the whole list."""
    value = el.get("class") or ""
    names = value.split()
    if not names:
        return None
    return value if _LAYOUT_CLASS.match(names[0]) else names[0]


_LAYOUT_CLASS = re.compile(
    r"^(?:cell|col|column|columns|row|grid|span|container|wrapper|wrap|clearfix|cf|flex|box|block|"
    r"inner|outer|item|module|mod|section|content|small|medium|large|pull|push|float|clear|hide|show|"
    r"visible|hidden|[mp][tblrxy]?|[wh]|d|u|l|g|js|is|has)(?:[-_@].*|\d.*)?$",
    re.I,
)


def _merge_cousins(top, mass) -> list:
    """A body split into like-named chunks up to six wrapper levels up (each chunk wraps a
    slice of text and an ad rail): emit top for its own chunk and the other chunks whole."""
    cur = top
    top_mass = mass.get(top, 0)
    for _ in range(6):
        parent = cur.getparent()
        if parent is None or parent.tag in ("body", "html") or mass.get(parent, 0) > 1.1 * top_mass:
            break
        cur = parent
        cls = _main_class(cur)
        chunks = cur.getparent()
        if chunks is None:
            break
        if cls:
            same = [s for s in chunks if _main_class(s) == cls and s.tag == cur.tag
                    and (s is cur or not (s.tag in bp.FURNITURE_TAGS or bp.is_furniture_element(s)))]
        else:  # unnamed wrappers count only as a run of several holding prose
            same = [s for s in chunks if s.tag == cur.tag and not s.get("class") and not s.get("id")]
        prose = [i for i, s in enumerate(same) if s is cur or mass.get(s, 0) >= 50]
        if len(prose) >= (2 if cls else 4):
            # short chunks between prose chunks ("Gotcha.") belong to the run too
            run = same[prose[0] : prose[-1] + 1]
            return [top if s is cur else s for s in run]
    return [top]


def _merge_siblings(top, mass, measure, settings: HtmlSettings) -> list:
    """The top element plus siblings that continue the same article (split bodies, loose <p>s)."""
    parent = top.getparent()
    if parent is None or top.tag in ("body", "html"):
        return [top]
    top_mass = mass.get(top, 0)
    threshold = max(settings.sibling_min_prose, settings.sibling_prose_share * top_mass)
    top_class = _main_class(top)
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
        same_class = bool(top_class) and _main_class(sib) == top_class
        if same_class and own_mass >= settings.same_class_min_prose and density < settings.same_class_max_link_share:
            keep.append(sib)  # the body split into like-named chunks around ads or media
        elif own_mass >= threshold and density < settings.sibling_max_link_share:
            keep.append(sib)
        elif sib.tag == "p" and total >= settings.loose_paragraph_chars and density < settings.sibling_max_link_share:
            keep.append(sib)
        elif sib.tag == "p" and density == 0 and re.search(r"\.( |$)", sib.text_content()):
            keep.append(sib)
    return keep


def find_standfirst(body, container, title: str | None) -> str | None:
    """The visible standfirst: an element named like one, above the body container."""
    title_key = key(title)
    for el in body.iter():
        if el is container:
            return None
        tag = el.tag
        if tag not in ("p", "div", "h2", "h3", "span", "section", "header"):
            continue
        if is_standfirst(el):
            text = squash(el.text_content())
            if key(text) != title_key:
                return text
    return None


def _lead_picture_captions(parts: list, headline) -> list[str]:
    """Captions of the pictures between the headline and the body's last part (the lead picture,
    a picture between the standfirst and the text), inside the same <article>. What follows the
    body there (galleries of other stories, "in pictures" teasers) is not the article's."""
    scope = next((a for a in parts[0].iterancestors("article")), None)
    if scope is None:
        return []
    inside = {cap for part in parts for cap in part.iter("figcaption")}
    started = headline is None or not any(a is scope for a in headline.iterancestors())
    found = []
    for el in scope.iter():
        if el is parts[-1]:
            break
        if el is headline:
            started = True
        elif started and el.tag == "figcaption" and el not in inside:
            text = caption_text(el)
            if text and text not in found:
                found.append(text)
    return found


def fold_caption_runs(captions: list[str], runs: list[int], settings: HtmlSettings) -> tuple[list[str], list[str]]:
    """(kept, folded): a run of more than ``caption_run_max`` captions with no text between
    them (a gallery) keeps its first ``caption_run_keep``."""
    sizes = Counter(runs)
    kept, folded = [], []
    position = 0
    for i, (caption, run) in enumerate(zip(captions, runs)):
        position = position + 1 if i and runs[i - 1] == run else 0
        if sizes[run] > settings.caption_run_max and position >= settings.caption_run_keep:
            folded.append(caption)
        else:
            kept.append(caption)
    return kept, folded


def extract_body(root, title: str | None = None, settings: HtmlSettings = DEFAULT.extract.html) -> Body:
    """Body blocks and captions of a parsed page (``root`` is pruned in place)."""
    body = root.find("body")
    if body is None:
        body = root
    h1 = next(iter(body.iter("h1")), None)
    h1_text = squash(h1.text_content()) if h1 is not None else None
    headline = h1
    strip_junk(root)
    measure = Measure(body)
    paywall = remove_furniture(body, measure, settings)
    _top, parts, _mass = find_container(body, measure, settings)
    out = Body(h1=h1_text or None, paywall=paywall)
    out.standfirst = find_standfirst(body, parts[0], h1_text)
    walker = BlockWalker(measure, key(title or h1_text), settings)
    for part in parts:
        walker.walk(part)
        walker.flush()
    # a paywall's prompt among the short blocks, each searched once (keep_block reads the answer)
    prompts = [bp.PAYWALL_TEXT.search(t) is not None if len(t) < 300 else None for _, t, _ in walker.blocks]
    if any(prompts):
        out.paywall = True  # the prompt sits in the body itself (dropped below with the furniture lines)
    blocks = [(k, t, l) for (k, t, l), prompt in zip(walker.blocks, prompts) if keep_block(k, t, l, settings, prompt)]
    blocks = trim_edges(blocks, walker.title_key, settings, headline_keys=(key(h1_text),))
    # the same line twice in a row is a chart title or a duplicated caption, not two paragraphs
    blocks = [b for i, b in enumerate(blocks) if not (i and b[1] == blocks[i - 1][1] and len(b[1]) < 200)]
    while blocks and blocks[-1][0] == "heading":
        blocks.pop()
    out.blocks = [(k, t) for k, t, _ in blocks]
    out.link_chars = sum(l for _, _, l in blocks)
    out.chars = sum(len(t) for _, t, _ in blocks)
    lead_pictures = [c for c in _lead_picture_captions(parts, headline) if c not in walker.captions]
    out.captions, out.folded_captions = fold_caption_runs(
        lead_pictures + walker.captions, [-1] * len(lead_pictures) + walker.caption_runs, settings)
    out.standfirst = walker.standfirst or out.standfirst
    return out
