"""Which block of a text capture is the body: lists that lost their bullets, data tables,
changelogs, scripts without spaces; and when unsure, more rather than less."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


ARTICLE = [
    "The council approved the budget on Monday after a debate that lasted well into the night, officials said. "
    "The vote was closer than expected, with three members abstaining after a late change to the plan.",
    "Spending on schools rises by four percent while road repairs are postponed until next year, the plan shows. "
    "Libraries keep their opening hours, and the swimming pools reopen in the spring after repairs.",
    "Opposition members said the cuts to transport would hurt commuters in the outer districts the most. "
    "They proposed to fund the buses from the reserves instead, but the motion was defeated.",
    "The mayor defended the plan, saying the city had to balance its books after two difficult years in office. "
    "She said the reserves were needed for the flood defences planned along the river.",
    "A final vote on the transport levy is expected next month, once the committee has heard from the public.",
]

LINKS = ["Most read", "Tram fares rise again", "Harbour bridge closed for repairs", "New library opens in Eastfield",
         "Council elections in May", "Photo gallery of the spring fair", "River walk extended to the old mill",
         "Weather for the weekend", "Jobs at the town hall", "Bus timetable changes", "Letters to the editor"]


def _teasers() -> list[str]:
    out = []
    for n in range(1, 6):
        out += [f"Other story number {n} from the region",
                f"Our reporter spent a week in village {n} with the volunteers who run its shop, and found a "
                "place held together by goodwill, borrowed vans and the patience of its oldest customers."]
    return out


def test_a_copied_menu_without_bullets_is_not_bridged_to_the_teasers_below_it():
    # a browser's copy prints a list of links one a line, without bullets: it costs what a
    # bulleted list costs, so the teasers' summaries below it do not join the article
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE,
                           "\n".join(LINKS), *_teasers()])
    article = extract(content)
    assert article.paragraphs() == ARTICLE
    assert "volunteers" not in article.text


def test_a_table_whose_cells_a_copy_sets_apart_with_tabs_stays_in_the_article():
    rows = ["Screen\tDraft\tReview\tDone", "Load map", "Save map", "Graphics settings", "Sound settings",
            "Other settings", "Map generator", "Quick bar", "Train screen"]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE[:3],
                           "\n".join(rows), *ARTICLE[3:]])
    article = extract(content)
    assert article.paragraphs()[:3] == ARTICLE[:3]
    assert article.paragraphs()[-2:] == ARTICLE[3:]


BLOG_LINES = [
    "今年冬天第一波寒流來襲的時候我們一家人決定開車上山去看楓葉",
    "沿著蜿蜒的山路慢慢往上開雲霧一層一層地繞在山頭上景色非常漂亮",
    "到了營地之後才發現前一天的大雨讓很多地方都變得泥濘不堪",
    "營地主人很熱情地帶我們看了新蓋好的木屋還準備了熱茶給大家喝",
    "傍晚的時候雨終於停了大家一起在楓樹下面煮火鍋聊天到很晚",
    "第二天早上起來整片山谷都是金黃色和紅色的葉子真的讓人捨不得離開",
]
MENU = ["首頁", "旅遊", "美食", "住宿心得", "相簿", "留言板", "關於我們"]
SIDEBAR = "這是我們兩個人的共同天地，喜歡碧海藍天，喜歡悠閒的生活，也喜歡到處走走看看。歡迎大家常來坐坐。"


def test_a_chinese_blog_whose_lines_end_without_a_full_stop_is_read_as_prose():
    # a script without spaces or case: the length of a line tells a sentence from a label
    content = "\n".join(MENU) + "\n\n山上看楓葉\n\n" + "\n\n".join(
        f"{line}\n\nIMG_{n:04d}.jpg" for n, line in enumerate(BLOG_LINES)) + "\n\n" + "\n".join(MENU) + "\n\n" + SIDEBAR
    article = extract(content)
    for line in BLOG_LINES:
        assert line in article.text
    assert "留言板" not in article.text and SIDEBAR not in article.text


def test_korean_headlines_which_space_their_words_stay_short_lines():
    from sidebyside.extract.text.rules import classify
    assert classify("엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유") == "short"
    assert classify(BLOG_LINES[0]) == "prose"


CHANGES = ["Added granite, andesite and diorite stone blocks, with smooth versions of each of them",
           "Added slime block", "Added iron trapdoor", "Added the ocean monument", "Added red sandstone",
           "Villagers will harvest crops and plant new ones", "Chiseled stone bricks are now craftable",
           "Doors and fences now come in all wood type variants", "Added a spectator game mode",
           "Worlds can now have a world barrier", "Added three new statistics",
           "Player skins can now have double layers across the whole model, and arms and legs can be edited apart",
           "Villager trading has been rebalanced", "Anvil repairing has been rebalanced",
           "Max render distance has been increased to 32 chunks", "Server list has been improved",
           "Buttons can now be placed on the ceiling", "Lots and lots of other changes"]


def test_a_changelog_without_prose_keeps_its_short_items_not_only_its_long_lines():
    # no line of the page is a paragraph: when unsure, keep more; never two long lines of a long list
    content = "\n".join(["• Home", "• News", "• Forums", "", "Game News", "", "Version 1.8 - The Big Update", ""]
                        + [f"  • {item}" for item in CHANGES] + ["", "Newer  Older", "", "Powered by Blogware"])
    article = extract(content)
    kept = [item for item in CHANGES if item in article.text]
    assert len(kept) >= len(CHANGES) - 2
    assert "Forums" not in article.text
    assert any("unsure" in w for w in article.warnings)


ROUNDS = [f"Round {n}: {day} {month} – {track}" for n, (day, month, track) in enumerate([
    ("10", "March", "Interlagos"), ("8", "April", "Curitiba"), ("22", "April", "Velopark"), ("6", "May", "Londrina"),
    ("20", "May", "Santa Cruz do Sul"), ("5", "August", "Goiânia"), ("19", "August", "to be announced"),
    ("9", "September", "Cascavel"), ("23", "September", "Velo Città"), ("21", "October", "Tarumã")], start=1)]


def test_a_calendar_table_under_the_headline_is_the_body_not_the_sidebars_promos():
    promos = ["» Columns", "[columnist]",
              "Click on the photo and read the columns on Formula 1, MotoGP and more that he writes for us!",
              "» Power ranking", "[ranking]",
              "Click on the image above and see how the drivers rank this season in Formula 1 so far."]
    content = "\n\n".join(["• Home\n• News\n• Calendar", "Stock Car Calendar 2018", "Monday, 22 January 2018",
                           "\n".join(ROUNDS), "Calendar subject to change by the organiser", "Share this", *promos])
    article = extract(content)
    assert all(row in article.text for row in ROUNDS)
    assert "Power ranking" not in article.text and "drivers rank" not in article.text


def test_the_articles_paragraphs_again_in_one_line_are_not_read_twice():
    # a page's metadata or print copy repeats the text in one line after the article
    blob = " ".join(ARTICLE)
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, "2024-03-04T10:00:00Z",
                           blob, "Share this"])
    article = extract(content)
    assert article.paragraphs() == ARTICLE


def test_a_list_the_article_introduces_stays_in_the_article_without_its_bullets():
    # a browser's copy prints the list one item a line, a blank line after its introduction
    items = ["Two cups of flour", "A pinch of salt", "Three fresh eggs", "A cup of warm milk",
             "Butter for the pan", "Sugar to taste", "A lemon's zest"]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE[:3],
                           "At the council's open day the mayor made pancakes, and gave the recipe:",
                           "\n".join(items), *ARTICLE[3:]])
    article = extract(content)
    assert [article.block_text(b) for b in article.blocks if b.kind == "list_item"] == items
    assert article.paragraphs()[:3] == ARTICLE[:3]
    assert article.paragraphs()[-2:] == ARTICLE[3:]


QUOTES = [f"{name}  {price:,.2f}  {change:+.2f}  {change / price:+.2%}" for name, price, change in [
    ("Copper", 9412.0, 220.5), ("Aluminium", 2604.5, 12.0), ("Zinc", 2871.0, -8.5), ("Nickel", 16980.0, 145.0),
    ("Gold spot", 2918.4, 6.1), ("Brent crude", 69.84, -0.44), ("FTSE 100", 8495.99, -104.23),
    ("DAX", 22328.77, -291.11), ("S&P 500", 5572.07, -42.49), ("Nikkei 225", 36793.11, -235.16),
    ("EUR/USD", 1.0921, 0.0086), ("US 10-year yield", 4.214, -0.106), ("Bitcoin", 81344.0, 2120.0),
    ("Hang Seng", 23782.14, -337.27), ("Sensex", 74102.32, 12.85), ("Ether", 1912.55, 40.31)]]


def test_a_table_of_data_under_its_own_heading_below_the_article_is_the_pages_not_the_articles():
    # a sidebar's market data: no paragraph leads into it or follows it, a heading of its own
    # sets it apart from the article above (a note on its source is no paragraph)
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, "Topics: Council",
                           "Market data", "Delayed quotes, 16:30", "\n".join(QUOTES),
                           "Source: exchange data, delayed.", "Most read", "• Tram fares rise again"])
    article = extract(content)
    assert article.paragraphs() == ARTICLE
    # the same rows right under a paragraph, or with no article above them, are read
    below = extract("\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE[:3],
                                 "\n".join(QUOTES), *ARTICLE[3:]]))
    assert "Brent crude" in below.text and "Nikkei 225" in below.text
    alone = extract("\n\n".join(["Market data", "4 March 2024", "Delayed quotes, 16:30", "\n".join(QUOTES)]))
    assert "Brent crude" in alone.text and "Nikkei 225" in alone.text


CLAUSES = [["這次連假終於有空跟朋友去山上走走", "一直聽說那裡的步道很漂亮", "這三天真的從早走到晚 完全停不下來"],
           ["第一天早上搭火車到山腳下 再轉公車上山", "放好行李之後就去看瀑布", "早上十點多人已經很多了 到處都是遊客"],
           ["傍晚去湖邊看夕陽 風很舒服", "湖邊人不多 可以安靜坐著發呆", "這是這趟旅行最放鬆的時刻"],
           ["整體來說這裡很適合慢慢玩", "交通可以搭公車或是騎腳踏車", "下次想挑比較涼的季節再去一次"]]
BIO = "喜歡旅行和拍照的上班族 週末常常到處走走 把看到的吃到的都記錄下來 希望對大家安排行程有幫助 有問題歡迎留言"


def test_a_blog_that_breaks_its_chinese_sentences_into_short_lines_is_read_not_its_sidebars_bio():
    # each clause on a line of its own, no full stop: a block of them beside another is a
    # paragraph, though no line alone is long enough for prose; the one long line is the bio
    for sep in ("", " "):  # (w3m drops the space between clauses, a browser's copy keeps it)
        blocks = ["\n".join(x.replace(" ", sep) for x in block) for block in CLAUSES]
        content = "\n\n".join(["首頁 旅遊 美食 關於我", "山上三天兩夜", "2023-10-08 22:14", *blocks, "最新文章",
                               "• 京都紅葉季節自由行 行程分享\n• 花蓮太魯閣一日遊\n• 台中審計新村週末市集",
                               "關於我", BIO.replace(" ", sep)])
        article = extract(content)
        assert all(line.replace(" ", sep) in article.text for block in CLAUSES for line in block)
        assert BIO.replace(" ", sep) not in article.text
        assert article.title == "山上三天兩夜"


def test_a_list_of_long_chinese_titles_standing_alone_stays_a_list():
    from sidebyside.extract.text.lines import split_lines
    titles = ["京都紅葉季節自由行行程分享", "花蓮太魯閣一日遊交通和路線整理", "台中審計新村週末市集逛起來"]
    lines = split_lines("\n\n".join(["最新文章", "\n".join(titles), "文章分類"]))
    assert all(x.kind == "short" for x in lines if x.text in titles)


RELATED = [("Library board approves new children's wing",
            "The board voted to build a children's wing on the north side of the main branch. Construction is "
            "expected to begin next spring and take about a year, with a story room and a homework area."),
           ("Town budget hearing draws large crowd",
            "More than two hundred residents attended a public hearing on the proposed budget on Monday. Many "
            "spoke in favour of restoring library hours and keeping the senior centre open."),
           ("Summer reading program sets record",
            "Nearly nine hundred children signed up for the summer reading program last year, the most since it "
            "began. They read a combined 14,000 books, and the top readers were honoured at a party."),
           ("Library launches tool lending collection",
            "Residents can now borrow drills, ladders, sewing machines and garden tools with their library card. "
            "The collection started with donations from a hardware store that closed last year.")]


def test_related_stories_longer_than_a_short_article_are_not_read_with_it():
    # under a promo header, a title over its one-paragraph summary is a teaser card: three in a
    # row end the body, however short the article above them
    short = ARTICLE[:3]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *short, "Related stories",
                           *(x for pair in RELATED for x in pair), "© 2024 The Gazette"])
    article = extract(content)
    assert article.paragraphs() == short
    # an article whose sections each have a subheading over one paragraph keeps them all
    sections = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *short,
                            *(x for pair in RELATED for x in pair), "© 2024 The Gazette"])
    assert extract(sections).paragraphs() == short + [summary for _, summary in RELATED]


LISTINGS = ["Mon 24 June – Rock pool safari at Shell Bay, 10am. Join a ranger to find crabs and starfish at low tide.",
            "Mon 24 June – Quiz night at the Anchor Inn, 8pm. Teams of up to six, all proceeds to the lifeboat station.",
            "Tue 25 June – Guided walk along the cliff path, 2pm. A gentle five-mile walk with views of the lighthouse.",
            "Wed 26 June – Farmers' market on the square, 9am. Local cheese, bread, fruit and flowers from forty stalls.",
            "Thu 27 June – Kayak taster sessions at the marina, 11am. All equipment provided, for ages eight and over.",
            "Fri 28 June – Festival opening parade, 6pm. Marching bands and giant puppets wind through the old town.",
            "Sat 29 June – Fireworks over the harbour, 10.30pm. The best views are from the east pier and the beach."]


def test_a_calendars_listings_beside_a_short_article_are_not_read_with_it():
    # each listing reads as a sentence, but they are rows of one table under a heading of their
    # own (a date, a dash, each): a sidebar's, and a short article does not grow over them
    short = ARTICLE[:4]
    for rows in ("\n".join(f"• {x}" for x in LISTINGS),  # w3m, lynx: bullets, the heading apart
                 "\n".join(LISTINGS)):  # a browser's copy: no bullets
        for heading in ("What's on this week\n\n", "What's on this week\n"):  # (a copy glues a title to its table)
            content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *short,
                                   heading + rows, "See the full calendar", "© 2024 The Gazette"])
            article = extract(content)
            assert article.paragraphs() == short, (rows[:1], heading)


def test_related_stories_whose_summaries_outweigh_an_article_of_one_sentence_paragraphs_are_left_out():
    short = ["Bus drivers across the city have voted to accept a new pay offer.",
             "The deal ends the threat of a week-long strike that would have hit half a million passengers.",
             "Drivers will get a 6.5 percent rise this year and 4 percent next year.",
             "Union officials said 78 percent of members who voted backed the offer."]
    content = "\n\n".join(["Bus drivers accept pay deal", "By Chris Nolan | 22 January 2025", *short, "Related stories",
                           *(x for pair in RELATED for x in pair), "© 2025 Metro Evening"])
    assert extract(content).paragraphs() == short


JA_STORY = ["市立中央図書館は五月四日から日曜日の午後に開館すると発表した。予算削減で八年前に休館となって以来の再開となる。",
            "開館時間は午後一時から五時まで。費用は地元の財団からの寄付でまかない、三年目以降は市の予算に組み込む。",
            "昨年秋に行った利用者アンケートでは、日曜開館を望む声が最も多かった。館長は「家族で来られる日に」と話す。"]
JA_RELATED = [("図書館に子ども向けの新館　来春着工",
               "市は中央図書館の北側に子ども向けの新館を建てる計画を明らかにした。読み聞かせの部屋や学習スペースを設け、完成は再来年の春を見込んでいる。"),
              ("市の予算案、公聴会に二百人",
               "来年度予算案をめぐる公聴会が開かれ、市民約二百人が参加した。図書館の開館時間の延長を求める意見が相次いだ一方、増税に反対する声も上がった。"),
              ("夏の読書キャンペーン、参加者が過去最多に",
               "図書館の夏休み読書キャンペーンに昨年は九百人近い子どもが参加し、過去最多となった。参加者が読んだ本は合わせて一万四千冊にのぼった。")]


def test_a_short_japanese_story_is_not_widened_to_the_related_stories_below_it():
    # the body's share of the page is weighed as the page's lines are (a wide character counts
    # three), so three paragraphs of Japanese are not "a small part" of the page
    content = "\n\n".join(["市立図書館、日曜開館を再開へ", "2025年4月3日 18時40分", *JA_STORY, "関連記事",
                           *(x for pair in JA_RELATED for x in pair), "© Minato Shimpo"])
    article = extract(content)
    assert article.paragraphs() == JA_STORY
