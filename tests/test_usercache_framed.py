"""usercache.read_framed_or_none: the one way the caches that rebuild what they miss read their
file. A file written by write_framed comes back; a missing file, a folder, a file over the bound
and a damaged one are all None; read_framed itself still says why it could not read."""

from __future__ import annotations

import pytest

from sidebyside.safeio import ReadRefused
from sidebyside.usercache import read_framed, read_framed_or_none, write_framed

MAGIC = b"SBSTEST\n"


def test_a_written_file_reads_back(tmp_path):
    path = tmp_path / "c.bin"
    write_framed(path, MAGIC, 3, "text", b"\x01\x02")
    assert read_framed_or_none(path, MAGIC, 3, 10_000) == ("text", b"\x01\x02")


def test_what_cannot_be_read_or_is_damaged_is_none(tmp_path):
    path = tmp_path / "c.bin"
    assert read_framed_or_none(path, MAGIC, 3, 10_000) is None  # missing
    assert read_framed_or_none(tmp_path, MAGIC, 3, 10_000) is None  # a folder
    write_framed(path, MAGIC, 3, "text" * 100, b"")
    assert read_framed_or_none(path, MAGIC, 3, 50) is None  # over the bound
    assert read_framed_or_none(path, MAGIC, 4, 10_000) is None  # another format
    path.write_bytes(path.read_bytes()[:-1] + b"x")
    assert read_framed_or_none(path, MAGIC, 3, 10_000) is None  # damaged


def test_read_framed_still_raises_for_a_missing_file(tmp_path):
    with pytest.raises(ReadRefused):
        read_framed(tmp_path / "none.bin", MAGIC, 3, 10_000)
