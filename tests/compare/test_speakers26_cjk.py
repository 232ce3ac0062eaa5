"""Speakers of Chinese and Japanese quotations (attribution/cjk.py), and their quotation marks
(quotes.py): hand-written text, every person invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from speaker_lookup import speaker_of

from sidebyside.compare import article_quotes
from sidebyside.compare.quotes import find_quotes


def credited(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text[:8], q.speaker, q.speaker_rule) for q in article_quotes(text)]


# --- quotation marks --------------------------------------------------------------------------

def test_corner_brackets_are_quotation_marks():
    text = "市長林志明表示：「這座圖書館是市民共同的客廳。」"
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "這座圖書館是市民共同的客廳。"
    assert q.kind == "statement"


def test_curly_mark_glued_to_a_chinese_word_opens():
    text = "一处空地被改造成“口袋公园”，吸引了不少居民。"
    [q] = find_quotes(text)
    assert text[q.start : q.end] == "口袋公园"
    assert q.kind == "fragment"  # a scare quote inside the writer's sentence


def test_straight_mark_after_a_latin_letter_still_does_not_open():
    # the CJK opening rule is for marks after Chinese or Japanese characters only
    assert [q for q in find_quotes('a 12"x12" tile') if q.start == 3] == []


def test_single_marks_inside_a_chinese_quotation_nest():
    text = "卢宇说：“关注点转移到国家‘一带一路’建设等方面。”"
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["关注点转移到国家‘一带一路’建设等方面。", "一带一路"]
    assert quotes[1].nested_in == 0


def test_corner_quotation_over_two_paragraphs_is_one_utterance():
    text = "館長蔡淑芬說：「我們希望孩子們愛上閱讀。\n\n「新館每天開放到晚上九點。」"
    quotes = find_quotes(text)
    assert len(quotes) == 2 and quotes[1].utterance == quotes[0].utterance


# --- Chinese ----------------------------------------------------------------------------------

def test_name_and_verb_before_the_quotation():
    text = "外交部发言人林海峰12日在例行记者会上表示，中方密切关注局势。\n\n林海峰说：“我们呼吁各方保持冷静克制，通过对话解决分歧。”"
    assert credited(text) == [("我们呼吁各方保持", "林海峰", "cjk-verb-before")]


def test_title_kept_time_and_place_left_out():
    text = "昨天，承办法官吴志刚在案件通报会上说：“被告人专挑独居老人下手，社会危害性较大。”"
    assert speaker_of(text, "被告人") == "承办法官吴志刚"


def test_verb_after_the_quotation_and_manner_words():
    text = "“现在环境好了，我和老伴天天来这里打太极拳。”赵国平笑着说。"
    assert speaker_of(text, "现在") == "赵国平"
    text = "“我相信优秀留学生必将为家乡带来新的活力。”卢宇恳切地说。"
    assert speaker_of(text, "我相信") == "卢宇"


def test_pronoun_is_the_speaker_named_last():
    text = ("社区党委书记陈文静告诉记者，改造工程历时四个月。“以前这里堆满了建筑垃圾，居民意见很大。”她说。")
    assert speaker_of(text, "以前") == "社区党委书记陈文静"


def test_pronoun_with_no_speaker_named_gets_no_one():
    text = "工程历时四个月，投入约八十万元。“以前这里堆满了建筑垃圾，居民意见很大。”她说。"
    assert speaker_of(text, "以前") is None


def test_split_quotation_around_he_said():
    text = ("有记者问及谈判进展。林海峰表示，双方保持沟通。\n\n"
            "“中方的立场是一贯的、明确的。”他说，“我们愿同各方一道，为地区和平发挥作用。”")
    assert speaker_of(text, "中方") == "林海峰"
    assert speaker_of(text, "我们愿同") == "林海峰"


def test_unnamed_source_and_traditional_verbs():
    text = "一位不愿透露姓名的居民说：“公园晚上的灯太亮了，影响我们休息。”"
    [q] = article_quotes(text)
    assert q.speaker == "一位不愿透露姓名的居民"
    text = "立法會議員梁家豪認為，規管早應推行。他稱：「過去三年的意外增加了一倍，政府不能再拖。」"
    assert speaker_of(text, "過去") == "立法會議員梁家豪"


def test_sentence_before_opens_with_the_speaker():
    text = "黄晓梅指出，深海珊瑚生长极其缓慢，一旦遭到破坏很难恢复。“我们建议尽快将这一区域纳入保护范围。”"
    assert speaker_of(text, "我们建议") == "黄晓梅"


def test_sentence_before_without_a_speech_verb_gives_no_one():
    text = "李博灏是英国一所大学的博士。他格外关注供给侧改革。“我的研究课题是创新设计密集型产业的发展。”"
    assert speaker_of(text, "我的研究") is None


def test_according_to_a_report_is_no_speaker():
    text = "据新华社报道，“科研团队在南海北部海域发现了一片深海珊瑚群落。”"
    assert speaker_of(text, "科研团队") is None


def test_a_name_for_something_is_no_ones_words():
    text = "这一做法被称为“城市客厅计划”，目前已在三个社区推行。"
    assert speaker_of(text, "城市") is None
    text = "书名为《海洋与湖沼》，其中“深海珊瑚的保护与利用”一章最受关注。"
    assert speaker_of(text, "深海") is None


# --- Japanese ---------------------------------------------------------------------------------

def test_topic_before_the_quotation_closed_by_to_and_a_verb():
    text = "立憲改革党の佐藤花子代表は記者会見で「対策が遅すぎる。国民はもう限界だ」と語った。"
    assert credited(text) == [("対策が遅すぎる。", "立憲改革党の佐藤花子代表", "cjk-ja-topic")]


def test_description_before_the_name_is_left_out():
    text = "決勝打を放った中村翔太選手は「絶対に決めようと思った」と笑顔で語った。"
    assert speaker_of(text, "絶対") == "中村翔太選手"


def test_topic_after_the_quotative_to():
    text = "「子育て世帯の負担を少しでも軽くしたい」と、森田市長は定例記者会見で述べた。"
    assert speaker_of(text, "子育て") == "森田市長"


def test_kou_sentence_after_the_quotation():
    text = "「財源についても責任を持って説明したい」。山田首相は記者団にこう強調した。"
    assert speaker_of(text, "財源") == "山田首相"


def test_subject_of_the_clause_holding_the_quotation():
    text = "山田首相は、野党が「対策が遅すぎる」と批判したことに反論した。"
    assert speaker_of(text, "対策") == "野党"


def test_naming_after_to_is_no_speech():
    text = "同社は新商品を「冬のほっかりセット」と名付けて売り出した。"
    assert speaker_of(text, "冬の") is None
    text = "政府関係者によると、支援策には「生活応援パッケージ」という名前が付く見通しだ。"
    assert speaker_of(text, "生活") is None


def test_japanese_pronoun():
    text = "同社の鈴木一郎社長は記者会見で「生産能力を倍にしたい」と話した。彼は「海外への輸出も視野に入れている」とも語った。"
    assert speaker_of(text, "海外") == "同社の鈴木一郎社長"


def test_title_in_double_corner_brackets_is_no_quotation():
    text = "人気商品『ほっかり餃子』などを増産する。"
    assert article_quotes(text) == ()


# --- the benchmark's comparison of CJK names ---------------------------------------------------

def _is_right():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "speakers.py"
    spec = importlib.util.spec_from_file_location("speakers_bench26", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.is_right


def test_benchmark_compares_cjk_names_as_strings():
    is_right = _is_right()
    gold = {"speaker": "外交部发言人林海峰", "accept": ["林海峰"]}
    assert is_right("林海峰", gold)
    assert is_right("外交部发言人林海峰", gold)
    assert is_right("发言人林海峰", gold)  # a title before the name
    assert not is_right("林", gold)
    assert not is_right("王海峰", gold)
    gold = {"speaker": "山田太郎首相", "accept": ["山田太郎", "山田首相"]}
    assert is_right("山田太郎", gold) and is_right("山田首相", gold)
    assert is_right("山田太郎氏", gold)  # the name and an honorific after it
    assert not is_right("山田花子", gold)
    gold = {"speaker": "一位不愿透露姓名的居民", "unnamed": ["居民"]}
    assert is_right("一位居民", gold) and not is_right("一位官员", gold)


def test_according_to_someone_in_japanese():
    text = "同社の広報担当者によると、「地元の農産物を積極的に使っていく」という。"
    assert credited(text) == [("地元の農産物を積", "同社の広報担当者", "cjk-ja-according")]


def test_according_to_a_report_or_a_medium_in_japanese_is_no_speaker():
    assert speaker_of("報道によると、「新工場では約500人を雇用する計画だ」という。", "新工場") is None
    assert speaker_of("共同通信によると、「新工場では約500人を雇用する計画だ」という。", "新工場") is None
    # no という after the quotation: a title or a name the source reports, not its words
    assert speaker_of("関係者によると、「ほっかり餃子」が最も売れている。", "ほっかり") is None


def test_according_to_a_person_with_a_speech_verb_in_chinese():
    assert speaker_of("据王先生介绍，“这里以前是一片荒地，没有人愿意来。”", "这里") == "王先生"
    assert speaker_of("据新华社报道，“这里以前是一片荒地，没有人愿意来。”", "这里") is None


def test_a_long_run_of_characters_before_the_verb_is_no_name():
    text = "这家位于城市东部新开发区核心地段占地面积超过两万平方米的大型综合购物中心负责人说：“我们下个月开业。”"
    assert speaker_of(text, "我们下个月") is None


def test_english_quotations_are_left_to_the_word_rules():
    text = 'The minister said: "We will act." 她说。'
    assert speaker_of(text, "We will") == "The minister" or speaker_of(text, "We will") is None
    assert all(not (q.speaker_rule or "").startswith("cjk-") for q in article_quotes(text))


def test_words_holding_the_place_characters_are_no_place_phrase():
    text = "位于杭州的星驰公司负责人表示：“我们下个月开业。”"
    assert speaker_of(text, "我们下个月") == "位于杭州的星驰公司负责人"
    text = "王海目前在北京工作。王海现在表示：“我们下个月开业。”"
    assert speaker_of(text, "我们下个月") == "王海"  # "现在": now, a time word


def test_quotation_after_the_attribution_of_the_one_before():
    text = "林海峰表示，双方保持沟通。“中方的立场是明确的。”他说。“我们愿同各方一道发挥建设性作用。”"
    assert speaker_of(text, "我们愿同") == "林海峰"
    # a sentence of narration between: not carried on
    text = "“中方的立场是明确的。”林海峰说。会议随后结束。“我们愿同各方一道发挥建设性作用。”"
    assert speaker_of(text, "我们愿同") is None


def test_second_japanese_quotation_of_the_topics_sentence():
    text = "山田首相は「国民の暮らしを守る」と述べ、「財源も責任を持って説明したい」と強調した。"
    assert speaker_of(text, "国民の") == "山田首相"
    assert speaker_of(text, "財源") == "山田首相"


def test_benchmark_accepted_surname_names_no_one_when_two_speakers_share_it():
    is_right = _is_right()
    gold = {"speaker": "Tom Reid", "accept": ["Reid"]}  # the blind sets accept every last word
    assert is_right("Reid", gold)
    assert is_right("Tom Reid", gold)
    others = [["ann", "reid"]]  # another speaker of the article is a Reid too
    assert not is_right("Reid", gold, others)
    assert is_right("Tom Reid", gold, others)
    assert is_right("Reid", gold, [["ann", "moss"]])
