"""English speakers, wrong credits first: a participle after ", but the driver refused," whose
subject no rule reads is no one's (not the earlier clause's of the sentence); "said the navy
chief" is the one admiral the text named before; "X said the airline had warned of '...'" is X's;
a "she" after a surname two people share is the one woman of them, or no one (not a woman named
further back).
Hand-written text, every person and body invented, negatives included."""

from __future__ import annotations

from speaker_lookup import speaker_of


def test_a_participle_after_but_and_another_subject_is_not_the_earlier_clause_s():
    text = ("Police stopped a lorry on the ring road on Friday.\n\n"
            "Sergeant Paul Denton said officers asked the man to step out of the cab, but the driver refused, "
            "saying he \"had done nothing wrong\" and would not move.")
    assert speaker_of(text, "had done nothing wrong") is None
    text = ("Police stopped a lorry on the ring road on Friday.\n\n"
            "Paul Denton said that the police asked him to step out, but the driver refused, saying he "
            "\"had done nothing wrong\" and would not move.")
    assert speaker_of(text, "had done nothing wrong") is None


def test_a_participle_after_but_and_a_name_or_pronoun_keeps_its_subject():
    # negatives: the coordinated clause's subject is one the rules read
    text = ("Police stopped a lorry on the ring road on Friday.\n\n"
            "Paul Denton said police asked him to step out, but Tom Reed refused, saying he "
            "\"had done nothing wrong\" and would not move.")
    assert speaker_of(text, "had done nothing wrong") == "Tom Reed"
    text = ("Sergeant Paul Denton said officers were called to the depot on Friday, and added, speaking of the "
            "arrest, that it had been \"entirely by the book.\"")
    assert speaker_of(text, "entirely by the book") == "Paul Denton"


def test_the_navy_chief_is_the_one_admiral_named_before():
    text = ("The navy sank a hijacked trawler last month after a gunbattle.\n\n"
            "Though the navy had come in for criticism, Admiral Ravi Kohl had declared that his force had done nothing wrong.\n\n"
            "\"Use of force was inevitable. We acted in self-defence,\" said the Navy chief.\n\n"
            "Foreign minister Anil Desai, too, had defended the action.")
    assert speaker_of(text, "Use of force") == "Ravi Kohl"


def test_the_navy_chief_with_two_admirals_named_is_no_one_of_them():
    # negative: two admirals named before, either may be the chief
    text = ("The navy sank a hijacked trawler last month after a gunbattle.\n\n"
            "Admiral Ravi Kohl and Admiral Vikram Batra met ministers on Monday.\n\n"
            "\"Use of force was inevitable. We acted in self-defence,\" said the Navy chief.")
    assert speaker_of(text, "Use of force") != "Ravi Kohl"
    assert speaker_of(text, "Use of force") != "Vikram Batra"
    # negative: no admiral named, the role stays as written
    text = ("The navy sank a hijacked trawler last month after a gunbattle.\n\n"
            "\"Use of force was inevitable. We acted in self-defence,\" said the navy chief.")
    assert speaker_of(text, "Use of force") == "the navy chief"


def test_words_after_a_reported_warned_of_are_the_reporter_s():
    text = ("Skyline Air said on Sunday that it had cancelled 300 flights.\n\n"
            "Travel analyst Mei Lan said the airline had warned of staff shortages \"for a year at least.\" "
            "Union chief Carl Brent agreed with her.")
    assert speaker_of(text, "for a year at least") == "Mei Lan"


def test_words_a_reported_subject_gives_as_its_own_stay_its_own():
    # negative: "warned that" hands the words in marks to the airline itself
    text = ("Skyline Air cancelled 300 flights on Sunday.\n\n"
            "Travel analyst Mei Lan said the airline had warned that \"more cancellations are likely\" this week.")
    assert speaker_of(text, "more cancellations") == "the airline"
    # negative: the airline's own sentence
    text = ("Skyline Air cancelled 300 flights on Sunday.\n\n"
            "The airline had warned of \"staff shortages for a year at least\" in March, analysts said.")
    assert speaker_of(text, "staff shortages") == "The airline"


_LAB = ("The lab hired its first programmers in 1959.\n\n"
        "Margaret Hale trained the first of them. \"He loved that computer,\" Hale said.\n\n")


def test_she_after_a_surname_two_people_share_is_the_one_woman_of_them():
    text = _LAB + ("Two years later Ellen Fetter arrived. She married John Dorn, a physicist, in 1963, and Ellen Dorn "
                   "moved with him to Colorado.\n\n"
                   "Hale and Dorn still speak of the professor warmly. Dorn recalls that only once did anyone include her "
                   "as a co-author; she said she was \"stunned\" because of how unusual that was.")
    assert speaker_of(text, "stunned") == "Ellen Dorn"


def test_she_after_a_surname_two_women_share_is_no_one():
    # negative: two women named Dorn, the surname alone may be either; not the woman named further back
    text = _LAB + ("Two years later Ellen Fetter arrived. She married John Dorn in 1963; their daughter Sarah Dorn "
                   "studied there too, and Ellen Dorn moved to Colorado.\n\n"
                   "Hale and Dorn still speak of the professor warmly. Dorn recalls that only once did anyone include her "
                   "as a co-author; she said she was \"stunned\" because of how unusual that was.")
    assert speaker_of(text, "stunned") is None
    # negative: a surname one person has: the usual reading
    text = _LAB + ("Two years later Ellen Dorn arrived.\n\n"
                   "Hale and Dorn still speak of the professor warmly. Dorn recalls that only once did anyone include her "
                   "as a co-author; she said she was \"stunned\" because of how unusual that was.")
    assert speaker_of(text, "stunned") == "Ellen Dorn"
