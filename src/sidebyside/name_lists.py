"""The shipped lists of names and words, read once for every module that needs them.

Name particles: ``resources/attribution/name_particles.txt`` (the lower-case words inside a name,
"von der", "al", "dos"), read by the text extractor's bylines, the person test of both families'
bylines, the article text's name runs and the entity finder alike.

Given names: ``resources/attribution/given_names.tsv`` (the 1990 US Census's, each with its sex or
"both") and the hand-written ``first_names.json`` (names that nearly always name a man or a
woman), and ``given_names_world.tsv`` (Faker's first names of ~80 locales the census lacks, read
only by the bylines and the attribution engine: ``given_names_of_the_world``); ``resources.gendered_given_names`` is the two lists' names of one sex, with that sex. The entity finder and the only-in matching read them here (the
text extractor's bylines can too), so each list has one reader; nothing here imports more than
the standard library and ``sidebyside.resources``.

Honorifics: ``resources/attribution/honorifics.tsv`` ("Mr.", "Dr.", "Sir", "Jr."), with the sex
each tells and its kind, read by the entity finder, naming, only-in and attribution.
"""

from __future__ import annotations

import functools

from sidebyside.resources import census_given_names, gendered_given_names, resource, world_given_names

__all__ = ["NAME_PARTICLES", "courtesy_honorifics", "gendered_given_names", "given_names", "given_names_of_the_world",
           "honorific_genders",
           "honorifics", "wide_given_names"]


def _name_particles() -> frozenset[str]:
    lines = resource("attribution").joinpath("name_particles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


# Lower-case words that stay inside a person's name ("Bashar al-Assad", "Ursula von der Leyen").
NAME_PARTICLES = _name_particles()


@functools.lru_cache(maxsize=1)
def wide_given_names() -> frozenset[str]:
    """Given names (lower case) of given_names.tsv: first names of either sex or both, without the
    ones that are common English words or places ("will", "paris")."""
    return frozenset(census_given_names())


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Every given name the project knows (lower case): first_names.json's and given_names.tsv's."""
    return frozenset(gendered_given_names()) | wide_given_names()


@functools.lru_cache(maxsize=1)
def given_names_of_the_world() -> frozenset[str]:
    """given_names() and given_names_world.tsv's names, sex unread ("tomasz", "ewan"): read by the
    bylines (extract/names.py, html/metadata.py) and the attribution engine's name tests only; the
    entity finder, naming and only-in keep given_names(): with the world's names there, naming's
    precision fell on every ECB+ part (held-out 0.1684 -> 0.1658, recall unchanged; session 28)."""
    return given_names() | frozenset(world_given_names())


@functools.lru_cache(maxsize=1)
def _honorific_rows() -> tuple[tuple[str, str | None, str], ...]:
    """honorifics.tsv's rows: (honorific, "male" / "female" / None, kind)."""
    lines = resource("attribution").joinpath("honorifics.tsv").read_text(encoding="utf-8").splitlines()
    rows = []
    for line in lines:
        if line.strip() and not line.startswith("#"):
            word, gender, kind = line.split("\t")[:3]
            rows.append((word, None if gender == "-" else gender, kind))
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Every honorific (lower case, no full stop): "mr", "dr", "sir", "jr"."""
    return frozenset(word for word, _, _ in _honorific_rows())


@functools.lru_cache(maxsize=1)
def courtesy_honorifics() -> frozenset[str]:
    """The honorifics written before a surname alone ("Mr. Webb", "Dr. Lee")."""
    return frozenset(word for word, _, kind in _honorific_rows() if kind == "courtesy")


def honorific_genders() -> dict[str, str]:
    """Courtesy honorifics -> the sex they tell of the surname after them ("mrs": "female")."""
    return {word: gender for word, gender, kind in _honorific_rows() if kind == "courtesy" and gender}
