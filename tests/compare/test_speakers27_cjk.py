"""Speakers of Chinese and Japanese quotations in the shapes of wire copy, courts, sport and local
news (attribution/cjk.py): hand-written text, every person invented."""

from __future__ import annotations

from speaker_lookup import speaker_of

# --- Chinese ----------------------------------------------------------------------------------

def test_pronoun_before_manner_words_is_the_speaker_named_before():
    text = "被害人之一、七十二岁的王老太太说，她被骗走了一辈子的积蓄。“我只想把钱拿回来。”她哽咽地说。"
    assert speaker_of(text, "我只想") == "王老太太"


def test_manner_words_after_a_pronoun_are_no_name():
    text = "法院宣判后，旁听席上一片安静。“我只想把钱拿回来。”她哽咽地说。"
    assert speaker_of(text, "我只想") is None  # not "她哽咽地"


def test_clause_of_when_after_the_name_is_cut_at_its_time_word():
    text = "港队总教练关志伟赛后接受访问时表示：“队员们每天练习六小时，今日终于有回报。”"
    assert speaker_of(text, "队员们") == "港队总教练关志伟"


def test_clause_of_when_with_no_sure_cut_credits_no_one():
    text = "王强出席签约仪式时表示：“合作会越来越紧密。”"
    assert speaker_of(text, "合作会") is None


def test_role_set_before_the_name_of_the_sentence_before():
    text = "活动负责人、县科技局局长蒋晓东介绍，无人机将运送图书。“以前送一趟书要走三个小时。”"
    assert speaker_of(text, "以前送") == "县科技局局长蒋晓东"


def test_two_people_listed_before_the_verb_credit_no_one():
    text = "张海、李明介绍，无人机将运送图书。“以前送一趟书要走三个小时。”"
    assert speaker_of(text, "以前送") is None


def test_pronoun_stands_for_the_subject_of_the_sentence_before():
    text = "赛后，主教练杨振华对队员们的表现给予肯定。他说：“第一局我们有些紧张。”"
    assert speaker_of(text, "第一局") == "主教练杨振华"


def test_plural_subject_of_the_sentence_before_is_no_antecedent():
    text = "赛后，队员们对比赛结果很满意。他说：“第一局我们有些紧张。”"
    assert speaker_of(text, "第一局") is None


def test_quotation_a_sentence_embeds_after_its_speaker():
    text = "谈到决赛，许婷婷只说了一句“一分一分地拼”。"
    assert speaker_of(text, "一分一分") == "许婷婷"


# --- Japanese ---------------------------------------------------------------------------------

def test_age_in_brackets_and_honorific_stay_with_the_name():
    text = "乗っていた会社員の佐藤健一さん（４２）は「いつ動くのか分からず不安だった」と話した。"
    assert speaker_of(text, "いつ動く") == "会社員の佐藤健一さん"


def test_calling_on_is_speech_and_being_called_is_not():
    text = "富山県の西川誠知事は記者会見で「不要不急の外出を控えてほしい」と呼びかけた。"
    assert speaker_of(text, "不要不急") == "富山県の西川誠知事"
    text = "地元の人は「松月堂」と呼ばれる和菓子店に通う。"
    assert speaker_of(text, "松月堂") is None


def test_speech_verb_closing_a_short_clause_after_the_quotative():
    text = "前回覇者の岡本陽子選手は「次は勝ちたい」と悔しそうに話した。"
    assert speaker_of(text, "次は勝ち") == "前回覇者の岡本陽子選手"
    text = "前任の中島隆代表幹事は「多くの方に支えられた」と感謝の言葉を口にした。"
    assert speaker_of(text, "多くの方") == "前任の中島隆代表幹事"


def test_a_clause_with_a_subject_of_its_own_is_no_closing_speech():
    text = "店主の田中美代子さんは「閉店します」と張り紙を出し、常連客が思い出を話した。"
    assert speaker_of(text, "閉店") is None


def test_date_before_the_place_phrase_is_no_part_of_the_name():
    text = "湖北省水利厅副厅长郭志刚9日在新闻发布会上强调，各地要严格落实措施。他补充说：“绝不能放松警惕。”"
    assert speaker_of(text, "绝不能") == "湖北省水利厅副厅长郭志刚"


def test_verb_before_the_speech_verb_is_no_part_of_the_name():
    text = "该平台首席经济学家范志远分析称，“年轻人更看重稳定。”"
    assert speaker_of(text, "年轻人") == "该平台首席经济学家范志远"
    text = "对此，教育部副署长叶淑贞回应表示，“草案已举办多场座谈。”"
    assert speaker_of(text, "草案") == "教育部副署长叶淑贞"


def test_time_word_closes_the_subject_of_the_sentence_before():
    text = "全国教师协会理事长钟明德今天召开记者会。他说：“老师来不及表达意见。”"
    assert speaker_of(text, "老师") == "全国教师协会理事长钟明德"
    text = "协会今天召开记者会。他说：“老师来不及表达意见。”"
    assert speaker_of(text, "老师") is None  # "协会" is no person a pronoun stands for


def test_japanese_anaphor_stands_for_the_speaker_named_before():
    text = "気象庁の中村修課長は記者会見で「注意してほしい」と述べた。同氏は「備えを確認して」とも呼びかけた。"
    assert speaker_of(text, "備えを") == "気象庁の中村修課長"


def test_the_reporter_who_asks_is_no_antecedent():
    text = "记者向县里的老师了解情况。他说：“孩子们很喜欢。”"
    assert speaker_of(text, "孩子们") is None
    text = "记者今天来到学校。他说：“孩子们很喜欢。”"
    assert speaker_of(text, "孩子们") is None


def test_a_nickname_in_quotation_marks_credits_no_one():
    text = "网友“山里的风”留言说：“看她的直播，好像回到了外婆家。”"
    assert speaker_of(text, "山里的风") is None
    assert speaker_of(text, "看她的") is None  # not "留言"


def test_interview_clause_after_the_name_and_a_verb_with_its_manner():
    text = "来自日本的观光客佐藤小姐受访时说：“这里的东西又便宜又好吃。”"
    assert speaker_of(text, "这里的") == "来自日本的观光客佐藤小姐"
    text = "卖木瓜牛奶三十年的摊商老板洪金水笑说：“现在又回到那个数字了。”"
    assert speaker_of(text, "现在又") == "卖木瓜牛奶三十年的摊商老板洪金水"


def test_japanese_present_tense_of_feature_copy():
    text = "「町の景色を残しておきたかった」。森本千尋さんはこう話す。"
    assert speaker_of(text, "町の景色") == "森本千尋さん"
    text = "漁師の上田勇さん（７０）は「まさか自分が出るとは」と照れくさそうに明かす。"
    assert speaker_of(text, "まさか") == "漁師の上田勇さん"


def test_hong_kong_zhi_is_a_speech_verb():
    text = "地產代理商會主席馮志堅指，「買家普遍觀望。」"
    assert speaker_of(text, "買家") == "地產代理商會主席馮志堅"
    text = "這項數據的增長意指「市場回暖」。"
    assert speaker_of(text, "市場") is None


def test_second_quotation_of_a_sentence_whose_first_holds_a_full_stop():
    text = "小西明夫市長は「影響は大きい。雇用の維持を求める」と述べ、「誠実な説明を求めたい」と強調した。"
    assert speaker_of(text, "誠実な") == "小西明夫市長"


def test_a_statement_is_no_name():
    text = "大和電機は「見直しは避けられない」とのコメントを出した。"
    assert speaker_of(text, "見直し") == "大和電機"
    text = "大和電機は「未来工場」との名前で新工場を建てる。"
    assert speaker_of(text, "未来工場") is None
