"""Scare quotes and names in quotation marks inside the writer's own sentence get no speaker
unless the sentence credits them (compare/attribution/). Hand-written paragraphs, negatives
included."""

from __future__ import annotations

from tests.compare.helpers import speaker_of


def test_a_so_called_name_is_no_ones_words():
    text = 'Minister Ana Ruiz said on Friday that the government would drop the so-called "peace plan" by May.'
    assert speaker_of(text, "peace plan") is None
    credited = 'Minister Ana Ruiz said on Friday that the government would drop the "peace plan" by May.'
    assert speaker_of(credited, "peace plan") == "Ana Ruiz"


def test_a_fragment_in_a_relative_aside_is_the_writers_description():
    text = ('Esther Wills, whose swimming led to a career of Hollywood "aqua-musicals" made just for her, '
            "died on Thursday, her spokesman said.")
    assert speaker_of(text, "aqua-musicals") is None


def test_the_aside_credits_its_own_fragment():
    text = ('Leader Omar Haddad asked the council to stop the offensive, which he described as a "catastrophe" '
            "for his people, on Monday.")
    assert speaker_of(text, "catastrophe") == "Omar Haddad"


def test_a_credit_right_after_the_close_still_counts():
    text = ('Martin Tay was ill for months.\n\nFour doctor visits failed to find the cause, which was '
            '"extremely distressing," wrote Tay, who had never smoked.')
    assert speaker_of(text, "extremely distressing") == "Martin Tay"


def test_the_fragment_of_a_main_clause_stays_credited():
    text = 'A fire that ripped through the store is being treated as "potentially suspicious", police said.'
    assert speaker_of(text, "potentially suspicious") == "police"


def test_a_possessive_opening_the_sentence_is_not_who_speaks():
    text = ("Jeffs' attorney, Mike Picarretta, hinted at problems and said "
            '"the cases would have been dropped years ago" for anyone else.')
    assert speaker_of(text, "the cases would") == "Mike Picarretta"
    other = ("Henry's reference to his rivals leaves the question open, calling "
             '"the offers" a bluff.')
    assert speaker_of(other, "the offers") != "Henry"


# who speaks in the sentence around a quotation


def test_a_clause_inside_a_noun_phrase_does_not_credit_the_sentence():
    text = ('Martha Fry added that shortly before his death, the letter Mike wrote was "kind and loving."')
    assert speaker_of(text, "kind and loving") == "Martha Fry"
    said = 'Martha Fry added that Mike wrote "kind and loving" words to his father.'
    assert speaker_of(said, "kind and loving") == "Mike"


def test_he_is_the_officer_a_title_of_several_words_introduced():
    text = ('"It can work with larger cores," Andrew Feldman said.\n\n'
            "AMD chief technology officer Mark Papermaster then piped up to point out that the company would use any chip.\n\n"
            '"If you look at our roadmap, we have a very agile design," he said.')
    assert speaker_of(text, "roadmap") == "Mark Papermaster"


def test_a_verb_joined_inside_a_relative_clause_has_the_relative_clauses_subject():
    text = ("Yvonne Hiller returned to the plant at night.\n\n"
            'She walked inside, firing at an employee who had followed her in and had yelled, "Hide, she has a gun!" '
            "Frank Vanore said.")
    assert speaker_of(text, "Hide") != "Yvonne Hiller"
    plain = 'Yvonne Hiller walked inside and yelled, "Hide, she has a gun!"'
    assert speaker_of(plain, "Hide") == "Yvonne Hiller"


def test_a_paper_quoting_someone_as_saying_reports_their_words():
    text = ('"Stay down," police said, according to the Times.\n\n'
            '"The cops, they just jumped out of the car," the Daily News quoted witness Devonte Brown as saying.')
    assert speaker_of(text, "jumped out") == "Devonte Brown"


def test_told_a_paper_right_before_the_quotation_credits_it():
    text = ('The officers fired eleven times.\n\nA witness told the Daily News "The cops, they just jumped out of the car."\n\n'
            'Another witness described the scene to PIX11, "He was running for his life."')
    assert speaker_of(text, "jumped out") == "A witness"
    assert speaker_of(text, "running for his life") == "Another witness"


def test_a_split_quotation_runs_into_the_next_paragraph_only_after_a_comma():
    split = '"I don\'t want six reasons," Pip Coburn says,\n\n"I want two reasons, two good reasons."'
    assert speaker_of(split, "two good reasons") == "Pip Coburn"
    letter = ('The letter of apology reads, "I am so sorry for your loss,"\n\n'
              'Lawyer Sam King gave an explanation, saying, "The note was a question, not a confession."')
    assert speaker_of(letter, "so sorry") != "Sam King"


# a quotation with an attribution of its own is never the previous speaker's


def test_an_attribution_after_the_close_keeps_the_previous_speaker_away():
    text = ('The tapes depicted the leader giving instructions, according to prosecutors.\n\n'
            '"You have to be ready for the time I need your comfort," a man\'s voice says.')
    assert speaker_of(text, "ready for the time") != "prosecutors"


def test_a_passive_quoted_as_saying_credits_its_subject():
    text = ('The quake injured two people.\n\n"Two people were hurt but their condition is good," '
            'Qeshm governor Mehdi Irannejad was quoted as saying.')
    assert speaker_of(text, "Two people were hurt") == "Mehdi Irannejad"


def test_the_comedian_who_spoke_just_before_adds_more():
    text = ('Ellen DeGeneres will host the Oscars again.\n\n"I am so excited," DeGeneres said in a statement.\n\n'
            '"There goes the orchestra," the comedian added on Twitter.')
    assert speaker_of(text, "orchestra") == "Ellen DeGeneres"


def test_a_new_sentence_after_the_close_is_no_attribution():
    text = ('Marco Villa, the company\'s chief operating officer, spoke on Monday. "We will start small," he said. '
            '"Our flexibility will lead us further." He declined to say when the lander would be ready.')
    assert speaker_of(text, "Our flexibility") == "Marco Villa"


def test_a_clause_later_in_the_sentence_credits_the_quotation():
    text = ('Roger Hoole represents two former members.\n\n"They have been reviled and scapegoated" in the community, '
            'Hoole told TIME.')
    assert speaker_of(text, "reviled") == "Roger Hoole"


def test_the_researcher_named_after_the_companys_role_speaks():
    text = ('Researchers at the security firm Trend Micro said attacks were spreading.\n\n'
            '"This flaw is being exploited every day," said the company\'s advanced threat researcher Paul Ferguson.')
    assert speaker_of(text, "exploited every day") == "Paul Ferguson"


def test_an_aside_holding_a_list_of_names_still_leads_back_to_the_speaker():
    text = ('"We have developed the fewest steps to the Moon," Jim Chilton, senior vice president for space '
            'at Boeing Defense, Space, and Security, said in that statement.')
    assert speaker_of(text, "fewest steps") == "Jim Chilton"


def test_a_name_after_a_long_opening_phrase_is_the_subject_he_refers_to():
    text = ('"It depends on Boeing," Jim Bridenstine said.\n\n'
            "At a hearing last month of the House subcommittee that funds NASA, Rep. Robert Aderholt (R-AL), "
            'ranking member of the subcommittee, pushed for greater use of the rocket.\n\n'
            '"I understand there is a growing confidence among the contractors," he said.')
    assert speaker_of(text, "growing confidence") == "Robert Aderholt"
    other = ('Phil Ford made a gentlemanly entrance.\n\nAfter it did, he was pure class, thanking Roy Williams, '
             'Tyler Hansbrough, and the university.\n\n"It is a dream come true for me," he said.')
    assert speaker_of(other, "dream come true") == "Phil Ford"


def test_she_is_never_the_woman_her_own_quotation_speaks_of():
    text = ('Mary Steenburgen wrote the song.\n\nCharlie McDowell still laughs at the memory. "It could have been easy '
            'for Mary Steenburgen to put her name on something," she said. "She put in the time to learn the craft."')
    assert speaker_of(text, "could have been easy") is None
    assert speaker_of(text, "put in the time") is None
    own = 'Mary Steenburgen wrote the song.\n\n"It was terrifying at first," she said. "I went back to my hotel in tears."'
    assert speaker_of(own, "terrifying") == "Mary Steenburgen"
    assert speaker_of(own, "hotel in tears") == "Mary Steenburgen"


def test_a_new_sentence_after_the_close_does_not_credit_it():
    text = ('"You see a tenth of the iceberg," the novelist Jo Walton said. "It makes it dense in a powerful way." '
            'When his editors would ask him to explain more, he refused.')
    assert speaker_of(text, "dense in a powerful") == "Jo Walton"
