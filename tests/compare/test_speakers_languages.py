"""Speakers of quotations in German, French, Spanish, Italian, Russian and Czech news: the speech verbs and the
one-word "according to" of resources/attribution/speech_languages.json read by the same clause
patterns as English (the speaker after the quotation, with an auxiliary between in French,
Spanish and Italian or the dash of Russian and Czech, or before it), with each language's quote
marks („…“, « … »). Hand-written
sentences, negatives included."""

from __future__ import annotations

import json

from sidebyside.compare import article_quotes
from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import fold_word
from sidebyside.resources import resource
from tests.compare.helpers import speaker_of


def test_german_speaker_after_and_before_the_quotation():
    text = 'Die Regierung plant neue Gesetze. „Wir werden das Problem lösen“, sagte Olaf Scholz am Montag.'
    assert speaker_of(text, "Problem lösen") == "Olaf Scholz"
    text = 'Olaf Scholz erklärte am Montag: „Wir werden das Problem lösen.“ Die Opposition widersprach.'
    assert speaker_of(text, "Problem lösen") == "Olaf Scholz"
    text = 'Die Regierung plant neue Gesetze. Laut Olaf Scholz ist das Problem „bald gelöst“.'
    assert speaker_of(text, "bald gelöst") == "Olaf Scholz"  # not "Problem", a capitalised noun


def test_french_speaker_after_an_auxiliary_and_before_the_quotation():
    text = 'Le gouvernement prépare une loi. « Nous allons régler ce problème », a déclaré Emmanuel Macron lundi.'
    assert speaker_of(text, "régler") == "Emmanuel Macron"
    text = 'Le gouvernement prépare une loi. « Nous allons régler ce problème », affirme Emmanuel Macron.'
    assert speaker_of(text, "régler") == "Emmanuel Macron"
    text = 'Le gouvernement prépare une loi. Selon Emmanuel Macron, le problème sera « bientôt réglé ».'
    assert speaker_of(text, "bientôt") == "Emmanuel Macron"


def test_spanish_speaker_after_and_before_the_quotation():
    text = 'El gobierno prepara una ley. «Vamos a resolver este problema», afirmó el presidente Pedro Sánchez.'
    assert speaker_of(text, "resolver") == "Pedro Sánchez"
    text = 'El gobierno prepara una ley. "Vamos a resolver este problema", ha dicho Pedro Sánchez.'
    assert speaker_of(text, "resolver") == "Pedro Sánchez"
    text = 'El gobierno prepara una ley. Según Pedro Sánchez, el problema estará «pronto resuelto».'
    assert speaker_of(text, "pronto") == "Pedro Sánchez"


def test_italian_speaker_after_an_auxiliary_and_before_the_quotation():
    text = 'Il governo prepara una legge. «Risolveremo il problema», ha dichiarato la premier Giorgia Meloni.'
    assert speaker_of(text, "Risolveremo") == "Giorgia Meloni"
    text = 'Il governo prepara una legge. Secondo Giorgia Meloni, il problema sarà «presto risolto».'
    assert speaker_of(text, "presto") == "Giorgia Meloni"


def test_russian_and_czech_speaker_after_the_dash_or_before_the_quotation():
    text = 'Правительство готовит закон. «Мы решим эту проблему», — заявил президент России Владимир Путин.'
    assert speaker_of(text, "проблему") == "Владимир Путин"
    text = 'Владимир Путин сказал: «Мы решим эту проблему». Оппозиция возразила.'
    assert speaker_of(text, "проблему") == "Владимир Путин"
    text = 'Vláda připravuje zákon. „Ten problém vyřešíme,“ řekl Petr Fiala v pondělí.'
    assert speaker_of(text, "vyřešíme") == "Petr Fiala"
    # a poster's words: nobody speaks
    assert speaker_of('Правительство готовит закон. На плакате: «Мы решим эту проблему».', "проблему") is None


def test_a_dash_after_a_quotation_opens_no_english_clause():
    text = 'The council backed the "plan" — said to cost millions — on Monday.'
    assert speaker_of(text, "plan") is None


def test_no_speaker_where_none_speaks():
    # a poster's words, a film's title, an ordinal "secondo": nobody is credited
    assert speaker_of('Die Stadt ist ruhig. „Wir werden das Problem lösen“, steht auf einem Plakat.', "Problem") is None
    assert not [q.speaker for q in article_quotes('Le film « Les Misérables » a été projeté à Paris.') if q.speaker]
    text = 'Il governo prepara una legge. Il secondo giorno Meloni parlò di un «successo».'
    assert speaker_of(text, "successo") is None
    # an auxiliary before an English verb changes nothing: "a said" is no clause
    text = 'The plan failed. "We will try again," a spokesman said.'
    assert speaker_of(text, "try again") == "a spokesman"


def test_no_form_of_another_language_is_a_common_english_word_of_another_sense():
    """A form that folds onto a common English word must mean what the English verb means
    ("déclare", "assure"), else English text would grow false speech verbs ("dice", "note")."""
    data = json.loads(resource("attribution").joinpath("speech_languages.json").read_text(encoding="utf-8"))
    english = attribution_vocabulary(lexicon()).after_quote
    zipf = {}
    for line in resource("terms").joinpath("background.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, value = line.split("\t")
            zipf[word] = float(value)
    # (an entry read only in its own language's texts never meets English text: Norwegian "sa")
    for language in (v for k, v in data.items() if k != "about" and not v.get("own_texts_only")):
        for base, forms in language["verbs"].items():
            for form in map(fold_word, forms):
                if zipf.get(form, 0.0) >= 2.5:
                    assert form in english and english[form] == base, form
