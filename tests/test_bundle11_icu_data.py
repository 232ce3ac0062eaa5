"""The bundle's slimmed ICU data: dropped trees go, every other item is copied byte for byte."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
icu_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_data)


def make_package(items: dict[str, bytes]) -> bytes:
    """A little-endian ICU common data package ("CmnD") holding `items`, as ICU's pkgdata lays it out."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\x01\0\0\0", b"\x03\0\0\0")
    header = bytearray(struct.pack("<HBB", 32, 0xDA, 0x27) + info)
    header += b"\0" * (32 - len(header))
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    blob_names = bytearray()
    name_offsets = []
    for name in names:
        name_offsets.append(table_size + len(blob_names))
        blob_names += name.encode() + b"\0"
    data_start = table_size + len(blob_names)
    data_start += -data_start % 16
    table = bytearray(struct.pack("<I", len(names)))
    body = bytearray()
    for name, name_off in zip(names, name_offsets):
        table += struct.pack("<II", name_off, data_start + len(body))
        body += items[name] + b"\0" * (-len(items[name]) % 16)
    toc = table + blob_names
    toc += b"\0" * (data_start - len(toc))
    return bytes(header + toc + body)


def read_package(package: bytes) -> dict[str, bytes]:
    """Item name -> bytes (with its padding), read as ICU reads the table of contents."""
    toc, = struct.unpack_from("<H", package, 0)
    count, = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [entries[i + 1][1] for i in range(count - 1)] + [len(package) - toc]
    out = {}
    for (name_off, data_off), end in zip(entries, ends):
        start = toc + name_off
        name = package[start:package.index(b"\0", start)].decode()
        assert data_off % 16 == 0, name  # ICU maps items in place: each stays 16-byte aligned
        out[name] = package[toc + data_off:toc + end]
    assert list(out) == sorted(out)  # ICU finds items by binary search
    return out


ITEMS = {
    "icudt73l/root.res": b"root locale data",
    "icudt73l/coll/ucadata.icu": b"collation" * 7,
    "icudt73l/coll/de.res": b"german collation",
    "icudt73l/zone/en.res": b"zone names",
    "icudt73l/ibm-943_P15A-2003.cnv": b"shift-jis converter",
    "icudt73l/cnvalias.icu": b"aliases",
    "icudt73l/brkitr/cjdict.dict": b"dictionary" * 5,
    "icudt73l/translit/root.res": b"transliterators",
    "icudt73l/unit/en.res": b"units",
    "icudt73l/curr/en.res": b"currencies",
    "icudt73l/lang/en.res": b"languages",
    "icudt73l/rbnf/en.res": b"spellout",
    "icudt73l/unames.icu": b"character names",
    "icudt73l/rfc3491.spp": b"stringprep",
}


def test_dropped_trees_go_and_the_rest_is_copied_byte_for_byte():
    slim, removed = icu_data.filter_package(make_package(ITEMS))
    kept = {name: data.rstrip(b"\0") for name, data in read_package(slim).items()}
    assert kept == {
        "icudt73l/root.res": ITEMS["icudt73l/root.res"],
        "icudt73l/coll/ucadata.icu": ITEMS["icudt73l/coll/ucadata.icu"],
        "icudt73l/coll/de.res": ITEMS["icudt73l/coll/de.res"],
        "icudt73l/zone/en.res": ITEMS["icudt73l/zone/en.res"],
        "icudt73l/ibm-943_P15A-2003.cnv": ITEMS["icudt73l/ibm-943_P15A-2003.cnv"],
        "icudt73l/cnvalias.icu": ITEMS["icudt73l/cnvalias.icu"],
    }
    assert len(removed) == len(ITEMS) - 6
    assert slim[:16] == make_package(ITEMS)[:16]  # same header: ICU accepts the package as before


def test_items_qt_opens_are_never_dropped():
    # Collation, time-zone names, converters, the locale tree: what QCollator, QTimeZone and
    # QStringConverter open (seen with ICU_DATA pointing at an empty folder under strace).
    for name in ("icudt73l/coll/zh_Hant_TW.res", "icudt73l/zone/ar_EG.res", "icudt73l/metaZones.res",
                 "icudt73l/ibm-943_P15A-2003.cnv", "icudt73l/likelySubtags.res", "icudt73l/nfkc.nrm",
                 "icudt73l/region/de.res", "icudt73l/zoneinfo64.res"):
        assert not icu_data.is_dropped(name), name
    for name in ("icudt73l/brkitr/thaidict.dict", "icudt73l/curr/ja.res", "icudt73l/confusables.cfu",
                 "icudt73l/uts46.nrm"):
        assert icu_data.is_dropped(name), name


def test_other_data_is_refused():
    with pytest.raises(ValueError):
        icu_data.filter_package(b"\x20\x00\xda\x27" + b"\0" * 8 + b"XXXX" + b"\0" * 64)


@pytest.mark.skipif(not sys.platform.startswith("linux") or not (shutil.which("as") and shutil.which("ld")),
                    reason="Linux with binutils")
def test_assembled_library_exports_the_package(tmp_path):
    package = make_package(ITEMS)
    lib = tmp_path / "libicudata.so.73"
    icu_data.assemble_library(package, "icudt73_dat", lib.name, lib)
    name, offset, size = icu_data.elf_symbol(lib, b"icudt", b"_dat")
    assert name == b"icudt73_dat"
    assert lib.read_bytes()[offset:offset + size] == package
