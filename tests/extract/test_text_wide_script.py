"""Text in wide (CJK) scripts: which width the tool counted when it wrapped the lines, whether the
joined lines need a space (Korean puts spaces between its words, Chinese and Japanese do not)."""

from __future__ import annotations

from sidebyside.extract.text.unwrap import display_width, unwrap

KOREAN = ("주말 밤 아홉 시 두 방송사는 막장극의 대결로 붙는 경우가 흔하다 현재 한 방송사는 새 주연의 드라마로 승부를 보고 있으며 "
          "다른 방송사는 오래된 드라마가 종영을 앞두고 있다 다만 새 드라마는 방영을 시작한 지 얼마 되지 않았지만 벌써 지쳐가는 "
          "인상이다 여주인공의 연기는 그녀의 예전 히트작처럼 감정이 강하다 물론 그때그때 감정의 스파크를 일으키는 연기는 여전히 "
          "시선을 끈다 다만 이 배우는 작가의 글 솜씨를 많이 타는 배우다 캐릭터를 배우의 뜻대로 해석하기보다 가장 극적인 감정으로 "
          "표현하는 데 능한 배우이기 때문이다. ")


def _wrap_at_spaces(text: str, width: int, measure=len) -> list[str]:
    """Lines broken at spaces, each at most ``width`` by ``measure`` (a tool counting characters)."""
    lines, line = [], ""
    for word in text.split():
        if line and measure(line + " " + word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line]


def _wrap_anywhere(text: str, width: int) -> list[str]:
    """Lines cut at the column, inside words (a tool that breaks wide text anywhere)."""
    lines, line = [], ""
    for char in text:
        if display_width(line + char) > width:
            lines.append(line)
            line = char
        else:
            line += char
    return lines + [line]


def _page(paragraph_lines: list[str], copies: int = 6) -> str:
    return "\n\n".join("\n".join(paragraph_lines) for _ in range(copies))


def test_korean_wrapped_at_spaces_by_a_tool_counting_characters_is_joined_with_spaces():
    wrapped = _wrap_at_spaces(KOREAN.strip(), 74)
    assert len(wrapped) > 3
    out = unwrap(_page(wrapped))
    assert out.split("\n\n")[0] == KOREAN.strip()


def test_korean_cut_at_the_last_column_is_joined_without_a_space():
    text = KOREAN.strip()
    wrapped = _wrap_anywhere(text, 79)
    assert all(display_width(line) >= 78 for line in wrapped[:-1])
    joined = unwrap(_page(wrapped)).split("\n\n")[0]
    assert joined.replace(" ", "") == text.replace(" ", "")
    assert joined.count(" ") <= text.count(" ")  # no space put inside a word cut at the column


def test_chinese_wrapped_text_is_joined_without_spaces():
    chinese = "一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣玉峰道路一路上雲氣山嵐滯留山頭順路下切蜿蜒道路後不久即抵達" * 3
    wrapped = _wrap_anywhere(chinese, 79)
    out = unwrap(_page(wrapped))
    assert out.split("\n\n")[0] == chinese

