"""Speakers of Chinese and Japanese quotations, precision first: a pronoun is no one of the other
gender (as an earlier 他 or 她 standing for them tells), nor a speaker its own sentence named just
before it, nor a speaker of the paragraph before when its own sentence names someone first; a
view ("在X看来，“……”") and "say" with a short object ("她说飞机“……”") credit their subject; a
one-character noun of a person is a Japanese topic ("男は「……」と供述"). Hand-written text, every
person invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of


def test_a_pronoun_is_no_one_an_earlier_pronoun_gave_the_other_gender():
    text = ("【本報訊】資深足球評述員葉志明昨日病逝。\n\n與他合作多年的主持人區美玲表示：「他教會我怎樣講波。」她說，葉志明仍每周收看聯賽。\n\n"
            "葉志明的兒子葉家俊在醫院外見記者，區美玲亦有陪同。「多謝大家的關心。」他說。")
    assert speaker_of(text, "多謝大家") != "主持人區美玲"
    # negative: the same pronoun for the same speaker is still resolved
    text = ("【本報訊】資深足球評述員葉志明昨日病逝。\n\n主持人區美玲表示：「他教會我怎樣講波。」\n\n"
            "「我會永遠記得他。」她說。")
    assert speaker_of(text, "我會永遠") == "主持人區美玲"


def test_a_pronoun_is_not_the_name_its_own_sentence_just_gave():
    text = ("本报讯 被告人吴某当庭认罪。主审法官唐敏说：“商家要保存好发货视频。”"
            "吴某的妻子也到庭旁听，法官唐敏向她询问家庭情况后，他说：“希望法院给我一次机会。”")
    assert speaker_of(text, "希望法院") != "唐敏"


def test_a_pronoun_after_a_sentence_naming_someone_new_is_not_the_last_paragraphs_speaker():
    text = ("昨日，活动负责人蒋晓东介绍，无人机将运送图书。“以前送一趟书要走三个小时山路。”\n\n"
            "五年级学生小雨第一次见到无人机，她说飞机“飞得很稳”，长大后也想学开飞机。")
    assert speaker_of(text, "飞得很稳") == "五年级学生小雨"  # (her own sentence's first clause: cjk.py _zh_sentence_subject)
    # negative: a pronoun opening its sentence after the speaker's own paragraph
    text = ("昨日，活动负责人蒋晓东介绍，无人机将运送图书。\n\n“以前送一趟书要走三个小时山路。”他说。")
    assert speaker_of(text, "以前送一趟书") == "活动负责人蒋晓东"


def test_a_view_credits_its_holder():
    text = "本报讯 机长郑宏伟有二十多年飞行经验。在郑宏伟看来，“这次飞行证明了国产飞机能适应高原”。"
    assert speaker_of(text, "这次飞行") == "郑宏伟"
    # negative: a view with words of the writer's between it and the quotation credits no one
    text = "本报讯 在郑宏伟看来，这次飞行很成功，乘客们也称赞“服务周到”。"
    assert speaker_of(text, "服务周到") != "郑宏伟"


def test_say_with_a_short_object_credits_its_subject():
    text = "乘客刘思琪说飞机“飞得很稳，跟别的飞机没什么区别”。"
    assert speaker_of(text, "飞得很稳") == "乘客刘思琪"
    # negative: "说明" is a word of its own, no "say" and its object
    text = "这份报告说明了“共享单车”的问题。"
    assert speaker_of(text, "共享单车") is None


def test_a_one_character_person_is_a_japanese_topic():
    text = "埼玉県警は１２日、無職の男（３５）を逮捕した。男は「生活費に困ってやった」と容疑を認めている。"
    assert speaker_of(text, "生活費に困って") == "男"
    # negative: a one-character word inside a longer name is no topic of its own
    text = "大相撲の鈴木正夫さんが死去した。弟子の北海龍親方は「弟子思いの師匠だった」と声を詰まらせた。"
    assert speaker_of(text, "弟子思いの") in ("北海龍親方", "弟子の北海龍親方")


def test_a_japanese_sentence_with_no_topic_continues_the_speaker_before():
    text = ("京都市の松風堂は２０日、パリに店を開くと発表した。\n\n"
            "同社の佐伯恵子社長は記者会見で「和菓子の魅力を伝えたい」と語った。職人の育成についても「現地で若い職人を育てる」と述べた。")
    assert speaker_of(text, "現地で若い") == speaker_of(text, "和菓子の魅力")
    assert speaker_of(text, "現地で若い") is not None
    # negative: a sentence with a topic of its own is that topic's, not carried on
    text = ("同社の佐伯恵子社長は記者会見で「和菓子の魅力を伝えたい」と語った。"
            "一方、職人の山本太郎さんは「現地で若い職人を育てる」と述べた。")
    assert speaker_of(text, "現地で若い") != speaker_of(text, "和菓子の魅力")


def test_a_title_after_the_name_tells_the_gender_a_pronoun_must_fit():
    text = "退休教师王女士说：“公园很好。”\n\n“我们每天都来。”他说。"
    assert speaker_of(text, "我们每天") is None
    # negative: the title of the pronoun's gender fits
    text = "退休教师王先生说：“公园很好。”\n\n“我们每天都来。”他说。"
    assert speaker_of(text, "我们每天") == "退休教师王先生"
