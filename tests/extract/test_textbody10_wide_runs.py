"""A blog in a script without spaces, one clause a line and no full stops, pasted without blank
lines: its run of clause lines is the post's prose, not a list of unended items (hand-written
text of one invented post)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.model import Capture, Source

HEADER = ["阿明的散步日記", "走走看看寫寫", "首頁 國內旅遊 海外旅遊 美食 關於我", "高雄兩天一夜散步之旅",
          "2024-03-16 21:05 | 分類：國內旅遊"]
POST = [
    "這個週末終於有空跟家人去高雄走走",
    "出發前一直聽說港邊的老倉庫很好逛",
    "第一天早上搭火車到高雄 再轉輕軌到港邊",
    "放好行李之後先去附近的市場吃早餐",
    "市場裡的人很多 每一攤都要排一下隊",
    "先吃了一碗虱目魚粥 味道很清爽",
    "下午沿著河邊慢慢散步 風吹起來很舒服",
    "傍晚到老倉庫看展覽 還買了幾張明信片",
    "晚上去夜市吃了烤魷魚和木瓜牛奶",
    "第二天早上坐渡輪到對岸看海",
    "回程的火車上大家都睡著了",
    "下次想找個比較涼的季節再來一次",
]
SIDEBAR = ["留言列表", "關於我", "最新文章", "台東三天兩夜 騎車路線整理", "花蓮海邊民宿 住宿心得",
           "台中老街一日遊 交通和美食", "文章分類", "國內旅遊 (41)", "海外旅遊 (17)"]


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="copy.txt", format="text"), content=text))
    return "\n\n".join(x for x in (article.lead, article.text) if x)


def test_a_run_of_clause_lines_without_blank_lines_is_the_post() -> None:
    body = _body("\n".join(HEADER + POST + SIDEBAR) + "\n")
    assert all(line in body for line in POST[1:-1])
    assert "台東三天兩夜" not in body and "首頁" not in body


def test_only_a_capture_without_blank_lines_of_its_own_has_its_clauses_marked() -> None:
    bare = read_lines("\n".join(HEADER + POST + SIDEBAR) + "\n")
    assert sum(line.clause for line in bare) >= len(POST) - 1
    spaced = read_lines("\n\n".join(["\n".join(HEADER), "\n".join(POST), "\n".join(SIDEBAR)]) + "\n")
    assert not any(line.clause for line in spaced)


def test_a_short_run_of_titles_is_not_read_alone_as_prose() -> None:
    titles = ["京都紅葉季節自由行 行程分享整理", "花蓮太魯閣一日遊 交通和路線整理", "台中審計新村 週末市集逛起來很好玩",
              "宜蘭礁溪溫泉飯店 住宿心得分享", "大阪環球影城 快速通關值得買嗎"]
    lines = read_lines("\n".join(["Menu", "Home", "About"] * 5 + titles + ["Contact", "Privacy"]) + "\n")
    assert not any(line.clause for line in lines)
