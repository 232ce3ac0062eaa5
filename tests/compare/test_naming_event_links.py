"""Links a text gives through the event (compare/naming/): a person the article says was
arrested or charged is "the suspect" it (or the other article) speaks of. Negatives: two people
arrested leave "the suspect" alone; a person who arrests is no suspect; the implied role is
never shown as a label."""

from __future__ import annotations


from .helpers import all_labels, labels, naming_contrasts as contrasts


SHOOTING_B = ("Two teachers were shot dead at a Dayton school on Monday. The suspect, a former pupil, "
              "surrendered to police an hour later, officers said. Classes resume next week.")


def test_police_arrested_x_makes_x_the_other_articles_suspect():
    found = contrasts(
        "A gunman killed two teachers at a Dayton school on Monday. Police arrested John Miller an "
        "hour later. Miller did not speak in court.",
        SHOOTING_B,
    )
    assert "The suspect" in labels(found["John Miller"], "b")


def test_x_was_charged_with_an_age_between():
    found = contrasts(
        "Two teachers were killed at a Dayton school on Monday. John Miller, 34, was charged with "
        "murder on Tuesday. Miller did not speak in court.",
        SHOOTING_B,
    )
    assert "The suspect" in labels(found["John Miller"], "b")


def test_the_suspect_joins_the_arrested_person_within_the_article():
    found = contrasts(
        "Police arrested John Miller on Monday after the shooting. The suspect was held without bail.",
        "John Miller was in court on Tuesday. Miller said nothing.",
    )
    assert "The suspect" in labels(found["John Miller"], "a")


def test_two_people_arrested_leave_the_suspect_alone():
    found = contrasts(
        "Two teachers were killed at a Dayton school on Monday. Police arrested John Miller and "
        "later detained Peter Kowalski. Miller and Kowalski were questioned.",
        SHOOTING_B,
    )
    assert "The suspect" not in all_labels(found)


def test_the_officer_who_arrests_is_no_suspect():
    found = contrasts(
        "Two teachers were killed at a Dayton school on Monday. Sergeant Anna Ruiz arrested a man "
        "an hour later. Ruiz said the school was safe.",
        SHOOTING_B,
    )
    assert not any("The suspect" in labels(c, "b") and "Ruiz" in " ".join(labels(c, "a")) for c in found.values())


def test_the_implied_role_is_no_label():
    found = contrasts(
        "Police arrested John Miller on Monday. Miller was held without bail.",
        "John Miller, a teacher, was in court on Tuesday.",
    )
    assert all("suspect" not in t for t in all_labels(found))


# "a" introduces someone: never a person the other article names once in passing

FELT_B = ("Mark Felt, the FBI's number two, was the source, his family said on Tuesday.\n\n"
          "Felt met the reporters in a parking garage.\n\n"
          "He passed them leads for two years.\n\n"
          "Nixon resigned in August 1974.\n\n"
          "Felt kept the secret for three decades.\n\n"
          "In 1974 the reporters told Post Editor Benjamin Bradlee who the source was.")


def test_an_indefinite_description_is_not_a_person_named_once_far_down():
    found = contrasts(
        "Mark Felt was the source, his family said on Tuesday.\n\n"
        "A Post editor dubbed him Deep Throat.\n\nFelt died in 2008.",
        FELT_B,
    )
    assert "A Post editor" not in all_labels(found)


def test_an_indefinite_description_joins_a_person_the_other_article_opens_with():
    found = contrasts(
        "A bomb exploded at a bank on Friday, killing an Oregon State Police bomb technician.\n\n"
        "Police said the bank had been evacuated.",
        "Senior Trooper William Hakim, a bomb technician, was killed when a bomb exploded at a bank on Friday.",
    )
    assert "an Oregon State Police bomb technician" in labels(found["William Hakim"], "a")


# each "a" introduces someone new

def test_a_woman_after_the_named_woman_is_someone_else():
    found = contrasts(
        "Yvonne Hiller opened fire at a Kraft plant in Philadelphia on Thursday. She killed two co-workers.",
        "A disgruntled woman opened fire at a Kraft factory in Philadelphia on Thursday. Yvonne Hiller "
        "had been suspended from her job. In February, a woman opened fire at the University of Alabama.",
    )
    assert "a woman" not in labels(found["Yvonne Hiller"], "b")
    assert "A disgruntled woman" in labels(found["Yvonne Hiller"], "b")


def test_a_second_a_man_is_another_man():
    found = contrasts(
        "A 61-year-old man opened fire at a company party in Vancouver on Friday. Police were told of "
        "a man being shot. The gunman surrendered.",
        "Police arrested a 61-year-old former employee after a shooting at a company party in Vancouver on Friday.",
    )
    assert "a man" not in all_labels(found)


# a spokesman speaks for someone else

def test_a_spokesman_is_not_the_one_man_the_article_names():
    found = contrasts(
        "He died in a prison hospital on Monday, said a spokesman for the facility. The spokesman gave "
        "no cause. In 1957 Gigante shot at Frank Costello, who never named him.",
        "Vincent Gigante died on Monday. In 1957 he shot Frank Costello, who survived.",
    )
    assert not {"a spokesman", "The spokesman"} & all_labels(found)


def test_a_specified_role_joins_no_one_titled_with_the_bare_role():
    found = contrasts(
        "Israeli shells hit a UN school in Gaza on Tuesday. UNRWA spokesman Christopher Gunness said the "
        "school was marked.",
        "Israeli shells hit a UN school in Gaza on Tuesday. A military spokesman said he had no "
        "information. UNRWA spokesman Christopher Gunness said the school was clearly marked.",
    )
    assert "A military spokesman" not in all_labels(found)


# the one person each article says was arrested or charged

def test_the_man_arrested_is_the_man_charged_in_the_other_article():
    found = contrasts(
        "Police arrested a man they believe to be the hit and run driver who killed a woman outside a "
        "Bloomington store on Tuesday.",
        "A Bloomington motorist has been charged with murder in a hit and run outside a store on Tuesday.",
    )
    joined = [c for c in found.values() if "A Bloomington motorist" in labels(c, "b")]
    assert joined and "a man" in labels(joined[0], "a")


def test_the_one_charged_is_the_other_articles_named_suspect():
    found = contrasts(
        "A woman charged with killing two teenagers in an ice cream shop in 1967 was released on Friday.",
        "Police have arrested Mary Ellen Smith over the killing of two teenagers in an "
        "ice cream shop in 1967. Smith was released on Friday.",
    )
    assert "A woman" in labels(found["Mary Ellen Smith"], "a")


def test_two_people_arrested_in_one_article_join_no_one():
    found = contrasts(
        "Police arrested a man after a hit and run outside a Bloomington store on Tuesday. A woman "
        "was also arrested.",
        "A Bloomington man has been charged with murder in a hit and run outside a store on Tuesday.",
    )
    assert not any("A Bloomington man" in labels(c, "b") and labels(c, "a") for c in found.values())


def test_a_woman_arrested_is_not_the_man_charged():
    found = contrasts(
        "Police arrested a woman after a hit and run outside a Bloomington store on Tuesday.",
        "A Bloomington man has been charged with murder in a hit and run outside a store on Tuesday.",
    )
    assert not any("A Bloomington man" in labels(c, "b") and labels(c, "a") for c in found.values())


def test_one_of_two_people_charged_is_no_one_alone():
    found = contrasts(
        "A 20-year-old man was charged after the shooting in Brooklyn on Monday.",
        "Andrew Lopez and Marco Diaz were charged after the shooting in Brooklyn on Monday. Police "
        "arrested Tom Reyes and Ana Ruiz later.",
    )
    assert not [c for c in found.values() if c.kind == "person"]


# an article that tells its event twice, once by a description and once by a name

def test_a_description_and_a_name_in_one_slot_are_one_person():
    found = contrasts(
        "Minutes after a worker was suspended from the Philadelphia plant on Thursday, shots were "
        "fired. About ten minutes after Yvonne Hiller was suspended, a car drove through a barrier.",
        "Yvonne Hiller opened fire at a Philadelphia plant on Thursday.",
    )
    assert "a worker" in labels(found["Yvonne Hiller"], "a")


def test_an_age_after_the_name_keeps_its_slot():
    found = contrasts(
        "A suspected Mafia boss hanged himself in his cell in Palermo on Tuesday. Gaetano Lo Presti, 52, "
        "hanged himself hours after his arrest.",
        "Gaetano Lo Presti was found dead in his cell in Palermo on Tuesday.",
    )
    assert "A suspected Mafia boss" in labels(found["Gaetano Lo Presti"], "a")


def test_a_description_of_the_other_gender_in_the_slot_is_someone_else():
    found = contrasts(
        "A man was suspended from his job at a Philadelphia plant on Thursday. Yvonne Hiller was "
        "suspended too.",
        "Yvonne Hiller opened fire at a Philadelphia plant on Thursday.",
    )
    assert "A man" not in all_labels(found)


def test_two_names_in_the_slot_leave_the_description_alone():
    found = contrasts(
        "A worker was suspended at a Philadelphia plant on Thursday. Yvonne Hiller was suspended. "
        "Mary Jones was suspended.",
        "Yvonne Hiller and Mary Jones opened fire at a Philadelphia plant on Thursday.",
    )
    assert "A worker" not in all_labels(found)


# a rank in a list ("the fifth coach fired this season") is said of someone in its sentence

def test_a_ranked_description_is_not_the_other_articles_bearer_of_the_role():
    found = contrasts(
        "The Colts beat the Jaguars on Thursday. Tony Dungy became the first coach since the merger "
        "to reach the playoffs in ten straight seasons.",
        "The Colts beat the Jaguars on Thursday. Coach Jack Del Rio said his team played hard.",
    )
    assert "the first coach" not in all_labels(found)


def test_a_ranked_description_stated_of_a_name_is_its_label():
    found = contrasts(
        "The 76ers fired coach Maurice Cheeks on Saturday. Cheeks is the fifth coach fired this season.",
        "The 76ers fired Maurice Cheeks on Saturday.",
    )
    assert "the fifth coach" in labels(found["Maurice Cheeks"], "a")


def test_an_ordinal_that_makes_a_title_is_no_rank():
    found = contrasts(
        "The Angels made an offer to Mark Teixeira on Monday. The Angels offered the free agent first "
        "baseman eight years.",
        "The Angels offered first baseman Mark Teixeira eight years on Monday.",
    )
    assert "the free agent first baseman" in labels(found["Mark Teixeira"], "a")


# a description right before a name, inside a sentence

def test_a_description_before_a_name_inside_a_sentence_is_its_label():
    found = contrasts(
        "The indictment charges Karen Olson with concealing the conduct of the former dairy manager, "
        "Kyle Beus. Beus denied it on Monday.",
        "Public safety director Jon Owen said on Monday that Kyle Beus had been indicted.",
    )
    assert "the former dairy manager" in labels(found["Kyle Beus"], "a")
    assert "the former dairy manager" not in all_labels({k: v for k, v in found.items() if k != "Kyle Beus"})


def test_a_name_in_a_list_takes_no_description():
    found = contrasts(
        "The farm serves as a distribution center for the manager, Kyle Beus, Wasilla and Palmer.",
        "Kyle Beus said the farm would reopen.",
    )
    assert "the manager" not in all_labels(found)
