"""The verdict for two articles in a language without a background list (compare/relatedness.py):
weights from the language's grammar words and the pair itself, not from English frequencies.
Hand-written texts (invented events)."""

from __future__ import annotations

import json
from pathlib import Path

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.relatedness import (DEFAULT_RELATEDNESS, DIFFERENT, LANGUAGES, SAME, _bag, _grammar_words,
                                            relatedness, word_overlap)
from sidebyside.model import Article, Source
from sidebyside.settings import DEFAULT

GREVE_1 = (
    "La grève des conducteurs de tramway de Grenoble est entrée mercredi dans sa deuxième semaine. "
    "Le syndicat Solidaires réclame une hausse des salaires et de meilleures conditions de travail. "
    "La direction de la régie Tag propose une prime de deux cents euros, jugée insuffisante par les "
    "grévistes. Selon la mairie, seule une rame sur trois circule sur les lignes A et B. Les étudiants "
    "du campus de Saint-Martin-d'Hères se plaignent des retards. Une nouvelle réunion de négociation "
    "est prévue vendredi à la préfecture de l'Isère."
)
GREVE_2 = (
    "À Grenoble, les conducteurs de tramway poursuivent leur mouvement depuis plus d'une semaine. "
    "Réunis mercredi devant le dépôt, les grévistes du syndicat Solidaires ont rejeté la prime de deux "
    "cents euros proposée par la régie Tag et exigent une augmentation des salaires. Le trafic reste "
    "très perturbé : une rame sur trois sur les lignes A et B, d'après la mairie. Les étudiants du "
    "campus de Saint-Martin-d'Hères arrivent en retard aux examens. La préfecture de l'Isère accueillera "
    "vendredi une nouvelle négociation."
)
CRUE = (
    "La Loire est sortie de son lit dimanche à Orléans après trois jours de pluies abondantes. Plusieurs "
    "quartiers proches des quais ont été évacués par les pompiers et une centaine d'habitants ont passé "
    "la nuit dans un gymnase. Météo-France a placé le Loiret en vigilance orange. Les agriculteurs de la "
    "vallée craignent pour leurs récoltes, car les champs sont inondés depuis samedi. Le niveau du "
    "fleuve devrait baisser lentement au cours de la semaine, selon les services de l'État."
)

# Swedish: no background list and no listed grammar words; "och", "att", "som" are frequent in both
VAL_SV = (
    "Kommunen i Umeå har beslutat att bygga en ny skola och att rusta upp den gamla simhallen. "
    "Politikerna som röstade för förslaget säger att staden växer och att barnen behöver mer plats. "
    "Oppositionen som röstade emot menar att skatten höjs och att pengarna borde gå till äldreomsorgen. "
    "Bygget ska börja nästa år och skolan ska vara klar om tre år, hallen ska öppna senare, enligt kommunens plan som "
    "presenterades på tisdagen. Föräldrar som väntat länge är glada och hoppas att tidsplanen håller."
)
STORM_SV = (
    "Stormen som drog in över Gotland under natten fällde träd och slog ut strömmen för tusentals hushåll. "
    "Räddningstjänsten fick många larm om tak som blåst bort och om vägar som blockerats. "
    "Färjorna till fastlandet ställdes in och resenärer fick vänta i hamnen i Visby. Elbolaget säger att "
    "arbetet med att laga ledningarna tar flera dagar och att vissa byar kan bli utan el till helgen. "
    "Meteorologerna varnar för nya kraftiga vindar och uppmanar folk att stanna hemma."
)


def _article(text: str, language: str | None) -> Article:
    return Article(source=Source("test", "text"), text=text, language=language)


def test_two_french_reports_of_one_strike_are_the_same_event():
    r = relatedness(_article(GREVE_1, "fr"), _article(GREVE_2, "fr"))
    assert r.verdict == SAME, r


def test_a_french_strike_and_a_french_flood_are_different_events():
    # with English frequencies "dans", "selon", "depuis" weighed as rare words: "unclear"
    r = relatedness(_article(GREVE_1, "fr"), _article(CRUE, "fr"))
    assert r.verdict == DIFFERENT, r


def test_a_french_same_event_pair_never_reads_different_with_a_regional_tag():
    r = relatedness(_article(GREVE_1, "fr-CA"), _article(GREVE_2, None))
    assert r.verdict != DIFFERENT, r


def test_grammar_words_are_those_frequent_in_both_articles():
    a, b = ArticleText(VAL_SV), ArticleText(STORM_SV)
    counts = (_bag(a, DEFAULT_RELATEDNESS)[2], _bag(b, DEFAULT_RELATEDNESS)[2])
    grammar = _grammar_words("sv", (a, b), counts, DEFAULT.compare.lexical)
    assert {"och", "att", "som"} <= grammar
    # a word frequent in one article only is what it is about, never a grammar word
    assert "ska" not in grammar
    # the grammar words shared by any two Swedish texts no longer count as rare words
    english, _ = word_overlap(a, b)
    own, _ = word_overlap(a, b, language="sv")
    assert own < english
    assert relatedness(_article(VAL_SV, "sv"), _article(STORM_SV, "sv")).verdict != SAME


def test_english_and_listed_background_languages_are_weighed_as_before():
    a, b = ArticleText(GREVE_1), ArticleText(CRUE)
    assert word_overlap(a, b, language="en") == word_overlap(a, b)
    assert word_overlap(a, b, language="ru") == word_overlap(a, b)
    assert word_overlap(a, b, language="fr") != word_overlap(a, b)


def test_two_languages_keep_their_verdict_and_english_weights():
    fr, en = _article(GREVE_1, "fr"), _article(GREVE_2, "en")
    r = relatedness(fr, en)
    assert r.verdict == LANGUAGES
    assert r.similarity == round(word_overlap(ArticleText(GREVE_1), ArticleText(GREVE_2))[0], 3)


def test_the_hand_written_tune_pairs_keep_their_verdicts():
    """The tune set (benchmarks/relatedness.py --tune-languages): one event told twice is the same
    event, never different; two other events are never the same event."""
    data = json.loads((Path(__file__).resolve().parents[1] / "data" / "relatedness" / "tune_fr_de_es.json")
                      .read_text(encoding="utf-8"))
    for language, docs in data["languages"].items():
        for ka, kb in data["pairs"]["same"]:
            assert relatedness(_article(docs[ka], language), _article(docs[kb], language)).verdict == SAME
        for kind in ("near", "far"):
            for ka, kb in data["pairs"][kind]:
                assert relatedness(_article(docs[ka], language), _article(docs[kb], language)).verdict != SAME
