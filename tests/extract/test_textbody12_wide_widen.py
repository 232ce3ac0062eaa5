"""A blog in a script without spaces, its clauses a line each without full stops: when the body
read is a small part of the page, the page's clauses are what is kept (a clause of a dozen
characters is a line of words, however few its spaces), not a menu's short items."""

from __future__ import annotations

from sidebyside.extract.text import read_lines
from sidebyside.extract.text.body import widened_body

# written for this test: a weekend trip to a harbour town
CLAUSES = [
    "週末終於有空跟家人去海港小鎮走走", "一直聽說那裡的海鮮很新鮮 價格也不貴",
    "第一天早上搭火車出發 中午就到了車站", "放好行李之後先去港口旁邊的市場逛逛",
    "市場裡的人很多 到處都是叫賣的聲音", "先吃了一碗魚湯 湯頭很清甜 魚肉也很嫩",
    "下午沿著海邊的步道散步 天氣很好風也不大", "步道旁邊有很多小店 買了手工餅乾和明信片",
    "晚上在碼頭附近的餐廳吃烤魚 一邊看著漁船回港", "第二天早上去燈塔看日出 海面上一片金黃",
    "中午搭車回家 行李箱裡塞滿了帶給朋友的伴手禮", "整體來說這個小鎮很適合慢慢玩 下次還想再去",
]


def test_a_page_of_clauses_is_widened_to_its_clauses():
    lines = read_lines("\n\n".join(["首頁", "旅行", "美食", "海港小鎮兩天一夜", *CLAUSES]))
    widened = widened_body(lines, None, 0)
    assert widened is not None
    texts = [text for _, text in widened]
    assert all(clause in texts for clause in CLAUSES)
    assert "美食" not in texts and "旅行" not in texts
