"""Bounded reading of the user's own files: never a FIFO's wait, a device's endless bytes, a giant,
or JSON that nests past the stack; a short reason for each refusal."""

from __future__ import annotations

import os

import pytest
from hang_guards import blocking_guard

from sidebyside.safeio import ReadRefused, parse_json, read_bounded, read_json


def test_a_regular_file_within_the_cap_is_read(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b'{"a": [1, 2]}')
    assert read_bounded(path, 100) == b'{"a": [1, 2]}'
    assert read_json(path, 100) == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: os.mkfifo(p), "a FIFO, not a regular file"),
        (lambda p: os.symlink("/dev/zero", p), "a device, not a regular file"),
        (lambda p: p.mkdir(), "a directory"),
        (lambda p: p.write_bytes(b"x" * 101), "too large (101 bytes; the limit is 100 bytes)"),
        (lambda p: None, "no such file"),
    ],
    ids=["fifo", "link-to-dev-zero", "directory", "too-large", "missing"],
)
def test_what_is_not_a_small_regular_file_is_refused_at_once(tmp_path, make, says):
    path = tmp_path / "user.json"
    make(path)
    with blocking_guard("reading a user's file"), pytest.raises(ReadRefused) as err:
        read_bounded(path, 100)  # a FIFO would block here without O_NONBLOCK
    assert str(err.value) == says


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"start": Infinity}', "Infinity is not a JSON number"),
        (b'{"start": NaN}', "NaN is not a JSON number"),
        (b'{"a": "caf\xe9"}', "not UTF-8 text (invalid byte at offset 10)"),
        (b"{not json", "not JSON"),
    ],
)
def test_json_that_is_not_plain_json_is_refused(data, says):
    with pytest.raises(ReadRefused) as err:
        parse_json(data)
    assert says in str(err.value)


def test_a_byte_order_mark_is_allowed():
    assert parse_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}
