"""Python str offsets <-> UTF-16 positions: the one conversion the ui relies on."""

from hypothesis import given
from hypothesis import strategies as st

from sidebyside.ui.offsets import Utf16Index, utf16_len

TEXTS = st.text(alphabet=st.sampled_from(["a", "é", "ب", "😀", "𝒳", " ", "\n"]), max_size=40)


def _u16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


@given(TEXTS, st.data())
def test_to_utf16_matches_encoding(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert Utf16Index(text).to_utf16(offset) == _u16(text, offset)


@given(TEXTS)
def test_round_trip_every_offset(text):
    index = Utf16Index(text)
    for offset in range(len(text) + 1):
        assert index.from_utf16(index.to_utf16(offset)) == offset
    assert utf16_len(text) == _u16(text, len(text))


def test_position_inside_surrogate_pair_rounds_down():
    index = Utf16Index("ab😀c")
    assert index.to_utf16(3) == 4
    assert index.from_utf16(3) == 2  # between the two halves of 😀
    assert index.from_utf16(4) == 3
