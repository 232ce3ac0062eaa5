"""A police or court role written before a name is the name's title, in a tabloid's words as in a
wire's ("Top cop Ivo Brandt" against "Chief Inspector Ivo Brandt"), so the row shows the two
titles rather than a title against a bare name (reader30). Examples invented."""

from .helpers import naming_contrasts


def _labels(contrast, side: int) -> set[str]:
    return {count.label for count in contrast.labels[side]}


def test_a_tabloids_role_word_before_a_name_is_its_title():
    rows = naming_contrasts("Chief Inspector Ivo Brandt said the theft appeared to have been carefully planned.",
                            'Top cop Ivo Brandt said the heist had been "meticulously planned".')
    assert _labels(rows["Ivo Brandt"], 1) == {"Top cop Ivo Brandt"}


def test_a_barrister_named_by_role_and_name():
    rows = naming_contrasts("The barrister Tom Cale said his client had done legitimate consulting work.",
                            "Tom Cale told the jury the cash was for real work.")
    assert _labels(rows["Tom Cale"], 0) == {"barrister Tom Cale"}


def test_a_lower_case_word_that_is_no_role_stays_out_of_the_name():
    """Negative: "said" and a plain adjective before a name take no part in its label."""
    rows = naming_contrasts("Chief Inspector Ivo Brandt said the theft appeared to have been carefully planned.",
                            'Yesterday Ivo Brandt said the heist had been "meticulously planned".')
    assert _labels(rows["Ivo Brandt"], 1) == {"Ivo Brandt"}
