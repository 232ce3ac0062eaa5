"""Build benchmarks/data/speakers/cjk_tune.json: eleven short news articles written by hand for
this project, in Simplified Chinese (five), Traditional Chinese (two, Taiwan and Hong Kong style,
「」 marks) and Japanese (four), in each one's press style, to tune the speaker rules of these
languages on. Every person, firm, school and paper in them is invented. Each quotation was
labelled while writing, before the engine ran on the articles.

Markup as in sources/languages_tune.py: a quotation's words are written ``{{LABEL|words}}`` inside
the page's own quotation marks; LABEL is the speaker as the article states it, with its title or
organisation as the article gives it (``Name/Other name`` adds the names the article also uses,
the bare name first, ``accept``), ``-`` when nobody is said to speak the words (a title, a slogan,
a scare quote), ``~description:head,head`` for an unnamed source, and a leading ``!`` marks an
implied quotation. Titles in 《》 and 『』 are no quotations of the app and stay unmarked unless
the page sets them in quotation marks.

    python3 benchmarks/data/speakers/sources/cjk_tune.py   # rewrites ../cjk_tune.json
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "cjk_tune.json"
_MARK = re.compile(r"\{\{([^|{}]*)\|([^{}]*)\}\}")

ARTICLES: list[tuple[str, str, str, str]] = []  # (id, language, batch, marked text)


def article(ident: str, language: str, batch: str, text: str) -> None:
    ARTICLES.append((ident, language, batch, text.strip()))


# --- Simplified Chinese ---------------------------------------------------------------------
article("zh-waijiao", "zh", "zh-hans", """
外交部：呼吁各方保持冷静克制

新华社北京3月12日电　外交部发言人林海峰12日在例行记者会上表示，中方密切关注有关地区局势发展。

林海峰说：“{{外交部发言人林海峰/林海峰|我们呼吁各方保持冷静克制，通过对话协商解决分歧。}}”

有记者问及双边贸易谈判的进展。林海峰表示：“{{外交部发言人林海峰/林海峰|双方工作团队保持着密切沟通，有进一步消息我们会及时发布。}}”

“{{外交部发言人林海峰/林海峰|中方的立场是一贯的、明确的。}}”他说，“{{外交部发言人林海峰/林海峰|我们愿同各方一道，为地区和平稳定发挥建设性作用。}}”

另据新华社报道，两国外长将于下月举行会晤。
""")

article("zh-gongyuan", "zh", "zh-hans", """
杭州一社区建起“口袋公园” 居民点赞

据《西湖晨报》报道，杭州市西湖区一处闲置多年的空地近日被改造成“{{-|口袋公园}}”，吸引了不少附近居民前来休憩。

社区党委书记陈文静告诉记者，改造工程历时四个月，共投入资金约80万元。“{{社区党委书记陈文静/陈文静|以前这里堆满了建筑垃圾，夏天蚊虫特别多，居民意见很大。}}”她说。

家住附近的退休教师赵国平每天早上都会来公园散步。“{{赵国平|现在环境好了，我和老伴天天来这里打太极拳。}}”赵国平笑着说。

不过，也有居民提出了不同意见。一位不愿透露姓名的居民说：“{{~一位不愿透露姓名的居民:居民|公园晚上的灯太亮了，影响我们休息。}}”

对此，陈文静表示，社区将调整照明时间。她指出：“{{社区党委书记陈文静/陈文静|我们会认真听取每一位居民的意见，让公园真正成为大家的公园。}}”
""")

article("zh-caibao", "zh", "zh-hans", """
星驰汽车一季度营收增长35% 亏损扩大

星驰汽车周二发布的财报显示，公司一季度营收同比增长35%，但净亏损有所扩大。

星驰汽车首席执行官周立诚在财报电话会上强调：“{{星驰汽车首席执行官周立诚/周立诚|亏损扩大主要是因为我们加大了研发投入，这是为长远发展打基础。}}

“{{星驰汽车首席执行官周立诚/周立诚|今年下半年，我们将推出两款全新车型，并正式进入欧洲市场。}}”

分析人士普遍认为，价格战仍将持续。某券商汽车行业分析师刘佳称：“{{某券商汽车行业分析师刘佳/刘佳|行业洗牌才刚刚开始，现金流充裕的企业更有优势。}}”

昨天，有投资者在社交媒体上发帖质疑公司的交付数据。对此，星驰汽车相关负责人回应称：“{{~星驰汽车相关负责人:负责人|所有数据均经过审计，真实可靠。}}”
""")

article("zh-shanhu", "zh", "zh-hans", """
我国科学家在南海发现大片深海珊瑚群落

据新华社报道，中国科学院海洋研究所的科研团队近日在南海北部海域发现了一片面积约两平方公里的深海珊瑚群落。

项目负责人、研究员黄晓梅介绍，这片珊瑚群落位于水深约六百米的海底。“{{研究员黄晓梅/黄晓梅|这样规模的冷水珊瑚群落在我国海域还是首次发现。}}”她说。

黄晓梅指出，深海珊瑚生长极其缓慢，一旦遭到破坏很难恢复。“{{研究员黄晓梅/黄晓梅|我们建议尽快将这一区域纳入保护范围。}}”

该所所长孙建华认为：“{{该所所长孙建华/孙建华|这一发现对研究深海生态系统具有重要意义。}}”他同时表示，团队将于明年再次下潜考察。

研究成果已发表在学术期刊《海洋与湖沼》上。
""")

article("zh-zhapian", "zh", "zh-hans", """
男子冒充快递员诈骗老人 一审获刑三年

本报讯　冒充快递员上门“{{-|送福利}}”，骗走多名老人的积蓄。近日，江城区人民法院一审以诈骗罪判处被告人钱某有期徒刑三年。

昨天，承办法官吴志刚在案件通报会上说：“{{承办法官吴志刚/吴志刚|被告人专挑独居老人下手，社会危害性较大。}}”

受害人之一、78岁的冯阿姨回忆说：“{{冯阿姨|他说是超市搞活动，送鸡蛋送大米，我就信了。}}”

“{{~警方:警方|凡是上门推销、要求转账的，一定要先和家人商量。}}”警方提醒说。
""")

# --- Traditional Chinese --------------------------------------------------------------------
article("zht-tushuguan", "zh", "zh-hant", """
台中新總圖書館啟用　市民排隊入館

台中市立圖書館新總館週六正式啟用，開館首日吸引上萬名市民入館參觀。館方同時推出「{{-|一城一書}}」閱讀活動。

市長林志明在啟用典禮上表示：「{{市長林志明/林志明|這座圖書館不只是藏書的地方，更是市民共同的客廳。}}」

館長蔡淑芬說，新館藏書約一百二十萬冊，並設有兒童閱覽區與數位創作空間。「{{館長蔡淑芬/蔡淑芬|我們希望孩子們從小就愛上閱讀。}}」她說。

一名帶著女兒前來的家長說：「{{~一名帶著女兒前來的家長:家長|這裡環境很好，以後週末就來這裡了。}}」

建築師許文彥指出：「{{建築師許文彥/許文彥|我們刻意讓自然光進入每一層樓，讓讀者感覺像在森林裡看書。}}」
""")

article("zht-huaban", "zh", "zh-hant", """
港府擬加強規管電動滑板車

運輸署發言人周三表示，當局正研究修例，規管電動滑板車等個人電動代步工具。

發言人說：「{{~運輸署發言人:發言人|我們會參考海外經驗，在安全與便利之間取得平衡。}}」

立法會議員梁家豪認為，規管早應推行。他稱：「{{立法會議員梁家豪/梁家豪|過去三年涉及電動滑板車的意外增加了一倍，政府不能再拖。}}」

「{{代步工具商會主席何志強/何志強|一刀切禁止並不可取。}}」代步工具商會主席何志強說，「{{代步工具商會主席何志強/何志強|業界願意配合發牌制度。}}」
""")

# --- Japanese -------------------------------------------------------------------------------
article("ja-shusho", "ja", "ja", """
山田首相、物価対策で追加支援を表明

山田太郎首相は15日、首相官邸で記者団の取材に応じ、物価高対策として追加の経済支援策を月内にまとめる考えを示した。

山田首相は「{{山田太郎首相/山田太郎/山田首相|国民の暮らしを守るため、あらゆる手段を講じる}}」と述べた。

野党からは批判の声も上がっている。立憲改革党の佐藤花子代表は記者会見で「{{佐藤花子代表/佐藤花子/佐藤代表|対策が遅すぎる。国民はもう限界だ}}」と語った。

政府関係者によると、支援策には電気・ガス料金の補助延長が盛り込まれる見通しだ。

「{{山田太郎首相/山田太郎/山田首相|財源についても責任を持って説明したい}}」。山田首相は記者団にこう強調した。
""")

article("ja-kojo", "ja", "ja", """
東和フーズ、北海道に冷凍食品の新工場

大手食品メーカーの東和フーズは20日、北海道に冷凍食品の新工場を建設すると発表した。投資額は約300億円。人気商品『ほっかり餃子』などを増産する。

同社の鈴木一郎社長は記者会見で「{{鈴木一郎社長/鈴木一郎/鈴木社長|国内の需要は今後も伸びる。生産能力を倍にしたい}}」と話した。彼は「{{鈴木一郎社長/鈴木一郎/鈴木社長|海外への輸出も視野に入れている}}」とも語った。

同社の広報担当者は「{{~同社の広報担当者:担当者|地元の農産物を積極的に使っていく}}」と説明した。

関係者によると、新工場は2028年の稼働を目指す。
""")

article("ja-yakyu", "ja", "ja", """
高校野球、桜ケ丘が初優勝

全国高校野球選手権大会の決勝が22日行われ、桜ケ丘（静岡）が延長戦の末に初優勝を果たした。

決勝打を放った中村翔太選手は「{{中村翔太選手/中村翔太/中村選手|みんながつないでくれたので、絶対に決めようと思った}}」と笑顔で語った。

小林健二監督は「{{小林健二監督/小林健二/小林監督|選手たちが最後まで諦めなかった。誇りに思う}}」と目を潤ませた。

敗れた北陵の加藤大輝投手は「{{加藤大輝投手/加藤大輝/加藤投手|悔しいけど、最高の舞台だった}}」と話した。大会関係者によると、今大会の観客数は過去最多だった。
""")

article("ja-kyushoku", "ja", "ja", """
北浜市、学校給食を無償化へ

北浜市の森田恵子市長は3日、来年度から市立小中学校の給食費を無償化する方針を明らかにした。

「{{森田恵子市長/森田恵子/森田市長|子育て世帯の負担を少しでも軽くしたい}}」と、森田市長は定例記者会見で述べた。

市教育委員会によると、対象となる児童・生徒は約1万2千人。

保護者の一人は「{{~保護者の一人:保護者|毎月の出費が減るのは本当に助かる}}」と喜んだ。

一方、市議会の一部からは財源を不安視する声もある。ある市議は「{{~ある市議:市議|将来にわたって続けられるのか、説明が足りない}}」と指摘した。
""")


def _label(label: str) -> dict:
    implied = label.startswith("!")
    label = label.lstrip("!")
    out: dict = {"speaker": None, "implied": implied}
    if label == "-":
        return out
    if label.startswith("~"):
        description, heads = label[1:].split(":")
        out["speaker"] = description
        out["unnamed"] = heads.split(",")
        return out
    names = label.split("/")
    out["speaker"] = names[0]
    if names[1:]:
        out["accept"] = names[1:]
    return out


def build_article(ident: str, language: str, batch: str, marked: str, order: int) -> dict:
    text, quotes, length, pos = [], [], 0, 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        text.append(before)
        length += len(before)
        words = m.group(2)
        quotes.append({"start": length, "end": length + len(words), "text": words, **_label(m.group(1))})
        text.append(words)
        length += len(words)
        pos = m.end()
    text.append(marked[pos:])
    whole = "".join(text)
    assert "{{" not in whole and "}}" not in whole, ident
    for q in quotes:
        assert whole[q["start"] : q["end"]] == q["text"]
    return {"id": ident, "language": language, "batch": batch, "order": order, "text": whole, "quotes": quotes}


def main() -> None:
    articles = [build_article(i, lang, batch, text, k) for k, (i, lang, batch, text) in enumerate(ARTICLES)]
    digest = hashlib.sha1(json.dumps(articles, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    out = {
        "about": "Eleven short news articles written by hand in Simplified Chinese, Traditional Chinese and "
        "Japanese, every person invented; each quotation labelled while writing, before the engine ran. A tune "
        f"set: its misses are read to write rules. Built by sources/cjk_tune.py (content {digest}). See README.md.",
        "articles": articles,
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stated = sum(1 for a in articles for q in a["quotes"] if q["speaker"] and not q["implied"])
    unstated = sum(1 for a in articles for q in a["quotes"] if not q["speaker"])
    print(f"{len(articles)} articles, {stated} stated quotations, {unstated} nobody speaks -> {OUT}")


if __name__ == "__main__":
    main()
