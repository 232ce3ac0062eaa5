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
import marshal
import pathlib
import sys
import zlib
from collections.abc import Callable
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from importlib.abc import Traversable

T = TypeVar("T")

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


def seed(name: str) -> Traversable:
    return package_files("sidebyside.seeds").joinpath(name)


def seed_pair_paths() -> tuple[str, str]:
    """Filesystem paths of the bundled seed pair (as_file keeps them valid in zips too)."""
    return tuple(str(seed(n)) for n in SEED_PAIR)  # type: ignore[return-value]


def example_paths(index: int) -> tuple[str, ...]:
    """Filesystem paths of a bundled example (EXAMPLES[index])."""
    return tuple(str(seed(n)) for n in EXAMPLES[index][1])


@functools.lru_cache(maxsize=1)
def gendered_given_names() -> dict[str, str]:
    """Given names that nearly always name a man or a woman (attribution/first_names.json), lower
    case -> "male" or "female": read by the speaker engine, the entity finder and the text
    extractor's bylines alike."""
    data = json.loads(resource("attribution").joinpath("first_names.json").read_text(encoding="utf-8"))
    return {**{n: "male" for n in data["male"]}, **{n: "female" for n in data["female"]}}


@functools.lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles written before names (attribution/title_abbreviations.tsv), lower case
    without the full stop -> the title ("atty" -> "attorney"): their full stop ends no sentence
    and no name run ("Dist. Atty. Steve Cooley")."""
    text = resource("attribution").joinpath("title_abbreviations.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {abbreviation.strip(): title.strip() for abbreviation, title in rows}


# ------------------------------------------------------------------ parsed data kept between starts
#
# The first comparison of a start reads some large shipped lists into dicts (WordNet's nouns, the
# English word frequencies, the loaded-word scores): tens of milliseconds of parsing, the same
# result at every start. The desktop app keeps that result in a per-user cache (marshal: plain
# data only, read back at C speed), keyed by the very bytes of the files it was parsed from and
# of the module that parses them, so a changed list or parser is never read stale. The command
# line and the tests always parse. Like the cache of dataclasses' code (code_cache), a file is
# used only when it and its folder are the user's alone, and its checksum is checked; the loaded
# structure's shape is checked by the caller's test before use. A missing, damaged or unwritable
# cache costs only the parsing.

DATA_FORMAT = 1
DATA_MAGIC = b"SBSDATA\n"
_keep_parsed = False
_unsaved: list[tuple[pathlib.Path, str, bytes]] = []  # (file, list name, marshalled data)


def keep_parsed(keep: bool = True) -> None:
    """The desktop app's start: what ``parsed`` builds is kept between starts."""
    global _keep_parsed
    _keep_parsed = keep


def parsed(name: str, files: tuple[str, ...], parse: Callable[[], T], shape: Callable[[object], bool],
           text: str = "", code: tuple[str, ...] = ()) -> T:
    """``parse()``, the plain data (dicts, lists, tuples, sets of str, int, float) a loader
    builds from the shipped ``files`` (resource names), or from a ``text`` it was handed, read
    from the per-user cache when the app keeps parsed data and the cache holds it for these files
    (that text) and this parser as they are now: the module that defines ``parse``, and the
    modules named in ``code`` whose functions it calls. ``shape(data)`` tells whether what the
    cache gave is what ``parse`` returns."""
    if not _keep_parsed:
        return parse()
    try:
        path = _parsed_file(name, files, parse, text, code)
    except (OSError, RuntimeError, ValueError):
        return parse()
    data = _read_parsed(path)
    if data is not None and shape(data):
        return data  # type: ignore[return-value]
    data = parse()
    try:  # written when the app ends (save_parsed): a first start paints no later for it
        _unsaved.append((path, name, marshal.dumps(data)))
    except ValueError:  # not plain data: never cached
        pass
    return data


def save_parsed() -> None:
    """Write what this run parsed that the cache lacked."""
    while _unsaved:
        _write_parsed(*_unsaved.pop())


def _parsed_file(name: str, files: tuple[str, ...], parse: Callable, text: str, code: tuple[str, ...]) -> pathlib.Path:
    from sidebyside import __version__
    from sidebyside.usercache import cache_dir

    crc = zlib.crc32(f"{DATA_FORMAT} {sys.version} {sys.byteorder} {__version__}".encode())
    parts = [(f"module {module}{'.' + parse.__qualname__ if module == parse.__module__ else ''}",
              _source_of(getattr(sys.modules.get(module), "__file__", None)))
             for module in (parse.__module__, *code)]
    parts += [(f"file {file}", resource(file).read_bytes()) for file in files]
    parts.append(("text", text.encode("utf-8", "surrogatepass")))
    for label, data in parts:
        crc = zlib.crc32(data, zlib.crc32(f"\n{label}\t{len(data)}\n".encode(), crc))
    return cache_dir() / f"data-{name}-{crc:08x}.cache"


def _source_of(module_file: str | None) -> bytes:
    """The parser's source; a build without sources is keyed by the app's version alone."""
    if module_file and module_file.endswith(".py"):
        try:
            return pathlib.Path(module_file).read_bytes()
        except OSError:
            pass
    return b""


def _read_parsed(path: pathlib.Path) -> object | None:
    from sidebyside.code_cache import _only_mine
    from sidebyside.safeio import ReadRefused
    from sidebyside.settings import DEFAULT
    from sidebyside.usercache import read_framed

    if not _only_mine(path):
        return None
    try:
        blob = read_framed(path, DATA_MAGIC, DATA_FORMAT, DEFAULT.user_files.max_cache_bytes)
    except ReadRefused:
        return None
    if blob is None:
        return None
    try:
        return marshal.loads(blob[1])
    except (EOFError, ValueError, TypeError):
        return None


def _write_parsed(path: pathlib.Path, name: str, packed: bytes) -> None:
    """Write atomically, for the user alone; this list's caches for other inputs go."""
    from sidebyside.usercache import write_framed

    try:
        write_framed(path, DATA_MAGIC, DATA_FORMAT, "", packed, (f"data-{name}-*.cache",))
        path.chmod(0o600)
    except (OSError, ValueError, RuntimeError):
        pass
