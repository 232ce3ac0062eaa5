"""Rebuild Qt's ICU data library (libicudata) without the trees Qt never opens.

PySide6's libicudata.so holds ICU's whole data package (32 MB, the largest file of the bundle).
Qt 6 calls only four ICU services: collation (ucol_*: QCollator, the file dialog's sorting),
converters (ucnv_*: QStringConverter's non-Unicode codecs), calendars and time-zone names
(ucal_*: QTimeZone) and locale case mapping (u_strToUpper/Lower: QLocale::toUpper). The data
those open stays whole: coll/, every converter, zone/, region/, the locale tree and the
normalization data. What only other ICU services read goes (DROPPED_TREES); ICU treats a
missing item as an ordinary "no data" answer, and no service Qt calls needs one.

The package format ("CmnD" common data, see ICU's ucmndata.h): a header, then a table of
contents sorted by name (count, then name and data offsets relative to the table), the names,
then each item aligned to 16 bytes. Items are copied byte for byte; only the table is rewritten.
The new package is assembled into a shared library of the same soname and symbol (binutils).

Usage: python packaging/icu_data.py SRC_LIBICUDATA DEST_LIBICUDATA  (needs binutils: as, ld)
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item name prefixes (inside icudtNNl/) that no ICU service Qt calls reads:
DROPPED_TREES = (
    "brkitr/",    # break iterators and their CJK/Thai/Khmer/Lao/Burmese dictionaries (ubrk_*)
    "translit/",  # transliterators (utrans_*)
    "rbnf/",      # spelled-out numbers (RuleBasedNumberFormat)
    "unit/",      # measure units (MeasureFormat, number skeletons)
    "curr/",      # currency names (ucurr_*; number formats fall back to the ISO code)
    "lang/",      # display names of languages, scripts, keys (uloc_getDisplay*, LocaleDisplayNames)
)
DROPPED_ITEMS_SUFFIXES = (
    "unames.icu",       # character names (u_charName)
    "confusables.cfu",  # spoof checker (uspoof_*)
    ".spp",             # StringPrep profiles (usprep_*, IDNA2003)
    "uts46.nrm",        # IDNA (uidna_*)
)


def is_dropped(item: str) -> bool:
    """True for an item name such as 'icudt73l/brkitr/cjdict.dict' that Qt never opens."""
    local = item.split("/", 1)[1] if "/" in item else item
    return local.startswith(DROPPED_TREES) or local.endswith(DROPPED_ITEMS_SUFFIXES)


def elf_symbol(path: Path, wanted_prefix: bytes, wanted_suffix: bytes) -> tuple[bytes, int, int]:
    """(name, file offset, size) of the first dynamic symbol named prefix...suffix (ELF64 LE)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sh[6]]
        for off in range(sh[4], sh[4] + sh[5], sh[9]):
            st_name, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", data, off)
            start = strtab[4] + st_name
            name = data[start:data.index(b"\0", start)]
            if name.startswith(wanted_prefix) and name.endswith(wanted_suffix) and size:
                for s in sections:  # virtual address -> file offset through its section
                    if s[1] != 8 and s[3] <= value < s[3] + s[5]:  # not SHT_NOBITS
                        return name, value - s[3] + s[4], size
    raise ValueError(f"{path}: no symbol {wanted_prefix.decode()}*{wanted_suffix.decode()}")


def filter_package(package: bytes, dropped=is_dropped) -> tuple[bytes, list[str]]:
    """The common data package without the items `dropped` names, and the names dropped."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if package[8] != 0:  # UDataInfo.isBigEndian
        raise ValueError("only little-endian ICU data is handled")
    toc = header_size
    count, = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [entries[i + 1][1] for i in range(count - 1)] + [len(package) - toc]

    def name_at(offset: int) -> bytes:
        start = toc + offset
        return package[start:package.index(b"\0", start)]

    kept, removed = [], []
    for (name_off, data_off), end in zip(entries, ends):
        name = name_at(name_off)
        if dropped(name.decode("ascii")):
            removed.append(name.decode("ascii"))
        else:
            kept.append((name, package[toc + data_off:toc + end]))

    names_start = 4 + 8 * len(kept)
    names = bytearray()
    name_offsets = []
    for name, _ in kept:
        name_offsets.append(names_start + len(names))
        names += name + b"\0"
    data_start = names_start + len(names)
    data_start += -data_start % 16
    table = bytearray(struct.pack("<I", len(kept)))
    body = bytearray()
    for (name, item), name_off in zip(kept, name_offsets):
        table += struct.pack("<II", name_off, data_start + len(body))
        body += item
        body += b"\0" * (-len(body) % 16)
    out = bytearray(package[:toc]) + table + names
    out += b"\0" * (toc + data_start - len(out))
    out += body
    return bytes(out), removed


def assemble_library(package: bytes, symbol: str, soname: str, dest: Path) -> None:
    """A shared library exporting `symbol` as the package in read-only data (what ICU links to).

    Assembled and linked with binutils' `as` and `ld` alone (no C compiler): PyInstaller on Linux
    needs binutils anyway.
    """
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(package)
        source = Path(tmp) / "icudata.s"
        source.write_text(
            '\t.section .rodata\n'
            f'\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        obj = Path(tmp) / "icudata.o"
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-s", "-z", "noexecstack", "-o", str(dest), str(obj)],
                       check=True)


def slim_icudata(src: Path, dest: Path) -> dict[str, int]:
    """Write a slimmed copy of libicudata `src` to `dest`; sizes before and after, items dropped."""
    missing = [tool for tool in ("as", "ld") if not shutil.which(tool)]
    if missing:
        raise FileNotFoundError(f"binutils' {' and '.join(missing)} not found: cannot assemble {dest.name}")
    symbol, offset, size = elf_symbol(src, b"icudt", b"_dat")
    package = src.read_bytes()[offset:offset + size]
    slim, removed = filter_package(package)
    dest.parent.mkdir(parents=True, exist_ok=True)
    assemble_library(slim, symbol.decode(), src.name, dest)
    return {"before": src.stat().st_size, "after": dest.stat().st_size, "items_dropped": len(removed)}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.rsplit("Usage: ", 1)[1])
    print(slim_icudata(Path(sys.argv[1]), Path(sys.argv[2])))
