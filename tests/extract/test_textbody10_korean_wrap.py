"""Korean wrapped anywhere at a display width (elinks: a Hangul syllable takes two columns, a
line is filled to the last column or the one before): the lines are joined back into their
paragraphs, with no space where the tool broke a word (hand-written text)."""

from __future__ import annotations

from sidebyside.extract.text.unwrap import display_width, unwrap

PARAGRAPHS = [
    "시의회는 월요일 오랜 논쟁 끝에 강을 가로지르는 새 보행교 건설을 승인했다. 처음 설계가 공개된 뒤 비용은 삼분의 일가량 늘었다.",
    "기술자들은 다리가 자전거와 보행자를 함께 실어 나를 것이며 계약이 제때 체결되면 봄에 공사를 시작할 수 있다고 말했다.",
    "강 동쪽 주민들은 십 년 동안 다리를 요구해 왔다며 투표 결과를 반겼지만 공사 전에 전체 비용을 공개하라고 요구했다.",
    "시 재무 담당자는 돈이 교통을 위한 지역 기금에서 나올 것이며 다리를 위해 지방세를 올리지는 않을 것이라고 밝혔다.",
]


# a page's menu and teasers, lines of some 45 characters (as many display columns)
MENU = [f"   Section {i:02d}: the latest news and opinion pieces" for i in range(12)]


def _wrap_anywhere(text: str, width: int = 77, indent: str = "   ") -> list[str]:
    lines, line = [], indent
    for char in text:
        if display_width(line + char) > width:
            lines.append(line.rstrip())
            line = indent + ("" if char == " " else char)
        else:
            line += char
    lines.append(line.rstrip())
    return lines


def test_korean_wrapped_inside_words_is_joined_into_its_paragraphs() -> None:
    text = "\n".join(MENU) + "\n\n" + "\n\n".join("\n".join(_wrap_anywhere(p * 2)) for p in PARAGRAPHS) + "\n"
    joined = [x.strip() for x in unwrap(text).splitlines() if x.strip()]
    # (a break the tool made at a space lost it: the words read the same, spaces aside)
    assert ["".join(x.split()) for x in joined[len(MENU):]] == ["".join((p * 2).split()) for p in PARAGRAPHS]
    assert joined[: len(MENU)] == [x.strip() for x in MENU]
