"""Access to shipped package data (term lists, stylesheet, icons, seed captures).

Read through importlib.resources so an installed wheel or a frozen build finds them; a package
that is a folder on disk (an installed or editable package) is read as the folder importlib.resources
would give, without importing importlib.resources itself (its modules and first files() call: some
3 ms of the desktop app's start, before Qt).
"""

from __future__ import annotations

import functools
import importlib
import json
import pathlib
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Traversable


SEED_PAIR = (
    "almayadeen-putin-erdogan-2023-01-16.txt",
    "moscowtimes-putin-assad-2023-03.txt",
)
# The bundled examples (seeds/), Help ▸ Examples: (title, file names). The first is the pair the
# app opens on its first start.
EXAMPLES = (
    ("Putin meets Erdogan, and Assad: two real reports (Al Mayadeen, The Moscow Times)", SEED_PAIR),
    ("A dock strike told twice: every kind of highlight (a written example)",
     ("example-harbour-courier-dock-strike.txt", "example-coastal-post-dock-strike.txt")),
)


@functools.cache
def package_files(package: str) -> Traversable:
    """``importlib.resources.files(package)``: for a package loaded from a folder on disk, the
    path its file loader's resource reader gives (``FileReader``: the folder of its
    ``__init__``), the very object ``files`` returns then; any other package (a zip, a frozen
    build) through importlib.resources."""
    module = importlib.import_module(package)
    spec = module.__spec__
    loader = spec.loader if spec is not None else None
    if isinstance(loader, (SourceFileLoader, SourcelessFileLoader)) and spec.name == package:
        return pathlib.Path(loader.path).parent
    from importlib import resources

    return resources.files(package)


def resource(name: str) -> Traversable:
    return package_files("sidebyside.assets").joinpath(name)


def read_resource_text(name: str) -> str:
    return resource(name).read_text(encoding="utf-8")


@functools.cache
def resource_json(name: str) -> Any:
    """A shipped JSON file ("terms/quantities.json"), parsed once per process however many
    modules read it, and handed out frozen: objects as read-only mappings, arrays as tuples.
    Frozen rather than copied, because one parse is shared: a copy per call would give every
    reader the cost the cache saves, and freezing makes a change any reader tried fail at its
    own line instead of altering what the others read."""
    return _frozen(json.loads(read_resource_text(name)))


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value  # str, int, float, bool, None: immutable already


def seed(name: str) -> Traversable:
    return package_files("sidebyside.seeds").joinpath(name)


def seed_pair_paths() -> tuple[str, str]:
    """Filesystem paths of the bundled seed pair (as_file keeps them valid in zips too)."""
    return tuple(str(seed(n)) for n in SEED_PAIR)  # type: ignore[return-value]


def example_paths(index: int) -> tuple[str, ...]:
    """Filesystem paths of a bundled example (EXAMPLES[index])."""
    return tuple(str(seed(n)) for n in EXAMPLES[index][1])


@functools.lru_cache(maxsize=1)
def census_given_names() -> dict[str, str]:
    """attribution/given_names.tsv (from the 1990 US Census, built by build_given_names.py): given
    names, lower case -> "male", "female", or "both", "word", "rare" (no he/she from these)."""
    lines = resource("attribution").joinpath("given_names.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def world_given_names() -> dict[str, str]:
    """attribution/given_names_world.tsv (Faker's first names of ~80 locales the census lacks, built
    by build_given_names_world.py): given names, lower case -> "male", "female" or "both"."""
    lines = resource("attribution").joinpath("given_names_world.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def gendered_given_names() -> dict[str, str]:
    """Given names that nearly always name a man or a woman (attribution/first_names.json, written
    by hand), lower case -> "male" or "female": read by the speaker engine, the entity finder and
    the text extractor's bylines alike."""
    data = json.loads(resource("attribution").joinpath("first_names.json").read_text(encoding="utf-8"))
    return {**{n: "male" for n in data["male"]}, **{n: "female" for n in data["female"]}}


@functools.lru_cache(maxsize=1)
def sex_nouns() -> dict[str, str]:
    """English nouns other than kin (speech.json's kin_nouns) that tell the sex of the person they
    describe ("spokeswoman", "actress", "councilman"; attribution/speech.json's sex_nouns), lower
    case -> "he" or "she"."""
    data = resource_json("attribution/speech.json")["sex_nouns"]
    return {noun: pronoun for pronoun, nouns in data.items() for noun in nouns}


@functools.lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles written before names (attribution/title_abbreviations.tsv), lower case
    without the full stop -> the title ("atty" -> "attorney"): their full stop ends no sentence
    and no name run ("Dist. Atty. Steve Cooley")."""
    text = resource("attribution").joinpath("title_abbreviations.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {abbreviation.strip(): title.strip() for abbreviation, title in rows}
