"""Article metadata from a parsed HTML page (JSON-LD, OpenGraph, <meta>, microdata, <time>, bylines).

Each field is read from the most deliberate source first: the page's schema.org JSON-LD, then
OpenGraph / Twitter / Dublin Core / named <meta> tags, then microdata, then what a reader sees
(the byline, <time>, the standfirst). The tree is only read, never changed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from sidebyside.extract.bylines import is_person
from sidebyside.extract.html.bylines import clean_authors, outside_noise, visible_authors
from sidebyside.extract.html.credits import WIRE_AGENCIES, source_credit
from sidebyside.extract.dates import page_locale
from sidebyside.extract.html.headline import visible_headline
from sidebyside.extract.html.jsonld import JsonLdArticle, find_article
from sidebyside.extract.language import contradicts, guess_language
from sidebyside.settings import DEFAULT, HtmlSettings
from sidebyside.extract.html.leads import find_lead, is_generic_lead  # noqa: F401 (is_generic_lead re-exported)
from sidebyside.extract.html.meta_tags import canonical_url, clean_text, first, meta_values, read_meta_tags
from sidebyside.extract.html.published import modified_date, publication_date
from sidebyside.extract.html.titles import (
    TitleResult,
    clean_document_title,
    join_segments,
    match_heading,
    split_segments,
    strip_site,
)
from sidebyside.extract.html.visible_text import short_text
from sidebyside.extract.sites import host_keys, names_site, site_key
from sidebyside.name_lists import given_names_of_the_world
from sidebyside.word_frequencies import english_zipf


@dataclass
class Metadata:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601, as precise as the page says
    language: str | None = None
    lead: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None  # canonical / og:url
    source_credit: str | None = None
    image_captions: list[str] = field(default_factory=list)
    modified: str | None = None  # ISO 8601 last-modified date, when stated
    language_guessed: bool = False  # read from the text: the page declares none, or another one


MAX_SECTION_LABEL_WORDS = 3  # "Opinion | ...", "Live updates | ..."

# <meta> keys, most deliberate first.
TITLE_KEYS = ("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title", "headline",
              "sailthru.title", "itemprop:headline")
AUTHOR_KEYS = ("dc.creator", "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author",
               "sailthru.author", "byl", "citation_author", "article.author", "twitter:creator:name")
SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone")
_ENTITY_TYPES = re.compile(
    r"(?:\s+|^)(?:[A-Z]+(?:_[A-Z]+)+|PERSON|ORGANI[SZ]ATION|LOCATION|PLACE|COMPANY|EVENT|TOPIC)(?=\s|$)"
)
_MACHINE_TAG = re.compile(r"^[@_]|^\S*_\S*$|^[^\s:]+:\S*\d")
_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$", re.IGNORECASE)


def extract_metadata(tree: HtmlElement, url: str | None = None,
                     settings: HtmlSettings = DEFAULT.extract.html) -> Metadata:
    """Read metadata before the body extractor prunes the tree (it must not mutate ``tree``)."""
    metas = read_meta_tags(tree)
    canonical = canonical_url(tree, metas)
    page_title = first(metas, "og:title") or " ".join((tree.findtext(".//title") or "").split())
    jsonld = find_article(tree, page_title, url or canonical) or JsonLdArticle()
    page_url = url or canonical or jsonld.url
    host = urlsplit(page_url).hostname if page_url else None
    hosts = host_keys(host)

    declared_sites = [s for s in (first(metas, "og:site_name"), jsonld.publisher, jsonld.site_name,
                                  first(metas, "application-name"),
                                  first(metas, "apple-mobile-web-app-title")) if s]
    credited, authors = _authors(tree, metas, jsonld, declared_sites, hosts)
    title = _title(tree, metas, jsonld, declared_sites, hosts, credited, settings)
    document_title = " ".join((tree.findtext(".//title") or "").split())
    headline = visible_headline(tree, title.title, document_title, declared_sites, hosts, settings)
    outlet = _outlet(metas, jsonld, title, page_url, settings)
    lead = find_lead(tree, metas, jsonld, title.title, outlet)
    declared = _language(tree, metas, jsonld)
    guessed = guess_language(_sample_text(tree, title.title, settings), settings.language)
    # The text outranks a declaration it plainly contradicts (a site-wide lang="de" template
    # around an English article); an unsure guess (None) leaves the declaration alone.
    language = None if declared and contradicts(declared, guessed) else declared
    # Numeric dates follow the locale the page declares, else the language its text is in.
    declared_locale = tree.get("lang") or first(metas, "og:locale") or first(metas, "content-language")
    locale = page_locale(declared_locale if language else (language or guessed), host)
    published = publication_date(tree, metas, jsonld, page_url, locale, headline[0] if headline else None,
                                 settings)
    credit = source_credit(tree, jsonld, credited)
    return Metadata(
        title=title.title,
        outlet=outlet,
        authors=authors,
        published=published,
        language=language or guessed,
        language_guessed=language is None and guessed is not None,
        lead=lead,
        tags=_tags(tree, metas, jsonld, outlet),
        url=canonical or url,
        source_credit=credit,
        image_captions=list(jsonld.image_captions),
        modified=modified_date(metas, jsonld),
    )


# --------------------------------------------------------------------------- <meta>


# --------------------------------------------------------------------------- fields


def _title(tree, metas, jsonld: JsonLdArticle, sites: list[str], hosts: list[str],
           authors: list[str], settings: HtmlSettings) -> TitleResult:
    document_title = " ".join((tree.findtext(".//title") or "").split())
    headline = _closer_to(document_title, jsonld.headline, jsonld.name)
    # the page's headings, not those of its navigation, footer or sidebars (a masthead's site name)
    headings = [" ".join((short_text(h, 400) or "").split())
                for h in [*itertools.islice(tree.iter("h1"), 8), *itertools.islice(tree.iter("h2"), 6)]
                if outside_noise(h)]
    site_keys = {site_key(s) for s in sites}
    for candidate in (headline, first(metas, *TITLE_KEYS)):
        if candidate and site_key(candidate) not in site_keys:
            result = strip_site(candidate, sites, hosts, authors)
            # og:title is sometimes the site's own name or slogan: not this article's headline.
            if result.title and not names_site(result.title, sites, hosts):
                segments, seps = split_segments(result.title)
                # A section label before the headline: "Opinion | Headline" with <h1>Headline</h1>.
                for start in range(1, len(segments)):
                    if len(" ".join(segments[:start]).split()) > MAX_SECTION_LABEL_WORDS:
                        break
                    rest = join_segments(segments[start:], seps[start:])
                    if match_heading(segments[start:], seps[start:], headings, sites, hosts) == rest:
                        result.title = rest
                        break
                result.title = _untruncated(result.title, headings)
                return result
    if document_title:
        result = clean_document_title(document_title, sites, hosts, headings, authors)
        stated = headline or first(metas, *TITLE_KEYS)
        visible = None if stated else visible_headline(tree, result.title, document_title, sites, hosts, settings)
        if visible and site_key(visible[1]) != site_key(result.title or ""):
            # No headline stated in the metadata: the visible one, which the <title> confirms,
            # is what readers see (the <title> is often a wording for search engines).
            return TitleResult(visible[1], result.site)
        return result
    visible = visible_headline(tree, None, "", sites, hosts, settings)
    if visible:
        return TitleResult(visible[1])
    h1 = next((h for h in headings if h), None)
    return TitleResult(h1)


def _untruncated(title: str, headings: list[str]) -> str:
    """A headline cut short for search engines ("... to contract") gives way to the page's
    heading that it begins."""
    key = site_key(title.rstrip(".…"))
    for heading in headings:
        heading_key = site_key(heading)
        if len(key) >= 20 and len(heading_key) > len(key) + 3 and heading_key.startswith(key):
            return heading
    return title


def _closer_to(reference: str, *candidates: str | None) -> str | None:
    """Of JSON-LD's headline and name, the one sharing most words with the <title>."""
    present = [c for c in candidates if c]
    if len(present) < 2 or not reference:
        return present[0] if present else None
    words = set(re.findall(r"\w+", reference.casefold()))

    def overlap(text: str) -> float:
        mine = set(re.findall(r"\w+", text.casefold()))
        return len(mine & words) / max(len(mine), 1)

    return max(present, key=overlap)  # max keeps the first (the headline) on ties


def _outlet(metas, jsonld: JsonLdArticle, title: TitleResult, page_url: str | None,
            settings: HtmlSettings = DEFAULT.extract.html) -> str | None:
    """The publication's name: the article's publisher, the site's declared name, the title's
    site segment, else the host."""
    host = urlsplit(page_url).hostname if page_url else None
    hosts = host_keys(host)
    publisher, site_name = jsonld.publisher, first(metas, "og:site_name")
    if publisher and site_name and hosts and not names_site(publisher, [], hosts) and names_site(
        drop_tagline(site_name, hosts), [], hosts
    ):
        publisher = None  # a hosting platform ("Blogger") named as publisher of the site's page
    if publisher and site_name and publisher.casefold() in WIRE_AGENCIES:
        publisher = None  # a syndicated wire story: the outlet is the site showing it
    for name in (publisher, site_name, jsonld.site_name, first(metas, *SITE_KEYS[1:]), title.site):
        if name and not name.startswith(("http://", "https://", "@")) and not _host_word(name, host, settings):
            return drop_tagline(name, hosts)
    if host:
        return re.sub(r"^www\d?\.", "", host.lower())
    return None


def _host_word(name: str, host: str | None, settings: HtmlSettings) -> bool:
    """"Hosted" on hosted.ap.org, "Blogs" on blogs.example.com: a common word that is only a
    label of the host before its registrable name names a hosting service or a section of the
    site, not the publication ("ABC News" on abcnews.go.com is no common word)."""
    if not host or len(name.split()) != 1:
        return False
    labels = host.lower().split(".")
    key = site_key(name)
    if key not in {site_key(label) for label in labels[:-2]} or key in host_keys(host):
        return False
    return english_zipf().get(name.casefold(), 0.0) >= settings.host_word_zipf


def drop_tagline(name: str, hosts: list[str]) -> str:
    """"Aktuálně.cz - Víte, co se právě děje" → "Aktuálně.cz": a site name followed by its slogan."""
    segments, _ = split_segments(name)
    if len(segments) == 1:
        return name
    for segment in segments:  # only when the host confirms which part is the name
        if names_site(segment, [], hosts):
            return segment
    return name


def _authors(tree, metas, jsonld: JsonLdArticle, sites: list[str], hosts: list[str]) -> tuple[list[str], list[str]]:
    """(the names the page credits, the persons among them). The metadata's names first; when
    they name no person (an agency, the site, a desk: "Reuters", "Editorial"), the visible
    byline's. Outlets and desks are never authors: an agency goes to the source credit, the
    site is the outlet, and a page crediting no person has no author."""
    credited: list[str] = []
    for values in (jsonld.authors, meta_values(metas, AUTHOR_KEYS)):
        credited = clean_authors(values)
        if credited:
            break
    people = _people(credited, sites, hosts)
    if not people:
        visible = visible_authors(tree)
        credited = credited or visible
        people = _people(visible, sites, hosts)
    return credited, people


def people_of_page(names: list[str], meta: Metadata) -> list[str]:
    """The persons among names the page credits elsewhere (a closing credit): not the outlet,
    the site or a wire agency."""
    host = urlsplit(meta.url).hostname if meta.url else None
    return _people(names, [meta.outlet] if meta.outlet else [], host_keys(host))


def _people(names: list[str], sites: list[str], hosts: list[str]) -> list[str]:
    people = [n for n in names if is_person(n, sites, hosts, WIRE_AGENCIES)]
    if any(len(n.split()) >= 2 for n in people):
        # "Victor Tangermann, FUTURISM", "Jane Doe, Madrid": one word beside a full name is the
        # outlet it wrote for or its place, unless it is a given name ("Jane Doe and Regan")
        people = [n for n in people if len(n.split()) >= 2 or n.casefold() in given_names_of_the_world()]
    return people


def _language(tree, metas, jsonld: JsonLdArticle) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  tree.get("xml:lang"), first(metas, "og:locale"), first(metas, "content-language"),
                  first(metas, "language", "dc.language", "dcterms.language"), jsonld.language]
    for value in candidates:
        found = normalise_language(value)
        if found:
            return found
    return None


def _sample_text(tree, title: str | None, settings: HtmlSettings) -> str:
    """The headline and the page's longest runs of text: its prose, not its menus (a menu is
    many short runs), enough to tell its language."""
    runs = []
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        for text in ((node.text if node.tag not in ("script", "style", "noscript", "title") else None), node.tail):
            if text and len(text) >= settings.language_run_chars:
                runs.append(text)
        if len(runs) >= settings.language_max_runs:
            break
    longest = sorted(runs, key=len, reverse=True)
    sample, size = [title or ""], 0
    for text in longest:
        sample.append(" ".join(text.split()))
        size += len(sample[-1])
        if size >= settings.language_sample_chars:
            break
    return " ".join(sample)[: settings.language_sample_chars]


def normalise_language(value: str | None) -> str | None:
    """"en-US", "en_GB", "EN" → "en"; "und", "x-default" and the like → None."""
    if not value:
        return None
    value = value.split(",")[0].strip()
    match = _LANGUAGE.match(value)
    if not match:
        return None
    primary = match.group(1).lower()
    return None if primary in ("und", "mul", "zxx", "xx") else primary


def _tags(tree, metas, jsonld: JsonLdArticle, outlet: str | None) -> list[str]:
    values: list[str] = list(metas.get("article:tag", ()))
    values += jsonld.keywords
    for key in ("news_keywords", "parsely-tags", "sailthru.tags"):
        for value in metas.get(key, ()):
            values += re.split(r"\s*[,;]\s*", value)
    # Else rel=tag links, and links into the site's /tag/ or /tags/ pages; never from navigation.
    links = [] if values else tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')"
                       " or contains(@href, '/tag/') or contains(@href, '/tags/')]")
    for link in links[:40]:
        if not any(a.tag in ("nav", "footer") or "nav" in (a.get("class") or "").lower().split()
                   for a in link.iterancestors()):
            values.append(short_text(link, 60) or "")
    tags: list[str] = []
    seen: set[str] = {site_key(outlet)} if outlet else set()
    for value in values:
        tag = clean_text(value).strip(" ,#")
        tag = _ENTITY_TYPES.sub("", tag).strip()  # "Mark Esper GOVERNMENT_FIGURE PERSON" → "Mark Esper"
        if _MACHINE_TAG.search(tag):  # "@post-id:123", "_no-apple-news", "ctp_video": CMS flags
            continue
        if tag and len(tag) <= 60 and site_key(tag) and site_key(tag) not in seen:  # dedupe; the outlet is no tag
            seen.add(site_key(tag))
            tags.append(tag)
    return tags[:40]


