"""Whether a name names the site: keys of site names and hosts ("Aktuálně.cz" → "aktualnecz",
"www.bbc.co.uk" → "bbc"), read by the HTML and the text families alike, so that a text capture
does not load the HTML family to ask."""

from __future__ import annotations

import re
import unicodedata

_HOST_WORDS = re.compile(r"^(?:www\d?|m|amp|mobile|edition|news)\.", re.IGNORECASE)
TLDS = {"com", "org", "net", "co", "uk", "fr", "de", "es", "it", "cz", "ru", "au", "ca", "in",
         "br", "jp", "cn", "nl", "pl", "ch", "at", "be", "io", "info", "news", "tv", "gov", "edu"}
# "harbourcourier.com", "www.bbc.co.uk": a title segment that is a host's name
DOMAIN_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)
MAX_SITE_WORDS = 6


def site_key(text: str) -> str:
    """Lower-case letters and digits only, accents folded: "Aktuálně.cz" → "aktualnecz"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def host_keys(host: str | None) -> list[str]:
    """"www.arstechnica.co.uk" → ["arstechnica"]: the registrable name without its suffixes."""
    if not host:
        return []
    host = _HOST_WORDS.sub("", host.lower().split(":")[0])
    labels = [label for label in host.split(".") if label and label not in TLDS]
    return [site_key(labels[-1])] if labels else []


def names_site(segment: str, site_names: list[str], hosts: list[str], own_domain: bool = False) -> bool:
    """Does this title segment name the site? Equal keys, or one containing the other with little
    to spare ("Salon.com" / "Salon", "BBC News" / "BBC", "The Harbour Courier" / "Harbour
    Courier"), never "The Guardian view on X"; a domain by its registrable name ("www.bbc.co.uk"
    / host bbc). Both families read a title block's site name here (the text family, whose
    capture seldom states its address, with ``own_domain``: a domain names the site it is on)."""
    if len(segment.split()) > MAX_SITE_WORDS:
        return False
    key = site_key(segment)
    if not key:
        return False
    domain = host_keys(segment) if DOMAIN_NAME.match(segment.strip()) else []
    if domain and (own_domain or domain[0] in hosts):
        return True
    for name in site_names:
        if _close_keys(key, site_key(name)):
            return True
    for host in hosts:
        if len(host) >= 3 and (key == host or (key.startswith(host) and key[len(host):] in TLDS)
                               or (len(host) >= 5 and _close_keys(key, host))):
            return True
    return False


def _close_keys(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and short in long and len(long) - len(short) <= max(4, len(short) // 2)
