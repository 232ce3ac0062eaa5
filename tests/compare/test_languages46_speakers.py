"""Speakers in other languages (issue 12), session 27: the person a role noun after the verb
stands for ("ha detto la commerciante"), and the shapes around it. Every person, place and body
invented."""

from __future__ import annotations

from .helpers import quote_speakers

_IT = ("Processo per usura a Valdorso\n"
       "VALDORSO. Il tribunale di Valdorso ha condannato a quattro anni Ernesto Gavazzi, ex direttore di banca.\n")
_ES = ("Juicio por estafa en Alcotén\n"
       "ALCOTÉN. La Audiencia ha condenado a tres años a Anselmo Peñalver, exdirector de una sucursal.\n")


def test_a_name_right_after_a_verb_opening_its_sentence_is_the_subject_a_role_noun_takes_up():
    text = _IT + ("In aula ha testimoniato Ornella Caprioli, titolare di una merceria. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == ["Ornella Caprioli"]
    text = _IT + "Ha deposto Ornella Caprioli, vedova di un operaio. «Nessuno ci ha avvisati», ha raccontato la donna.\n"
    assert quote_speakers(text, "it") == ["Ornella Caprioli"]
    text = _ES + ("En la vista declaró Remedios Albarrán, dueña de una mercería. "
                  "«Le di todos mis ahorros», dijo la comerciante.\n")
    assert quote_speakers(text, "es") == ["Remedios Albarrán"]


def test_a_name_after_a_verb_with_a_subject_of_its_own_is_no_subject():
    # the court spoke of him: the woman a role noun of her sex stands for is not named, no one
    text = _IT + ("Il giudice ha ricordato Ornello Caprioli, morto nel 2019. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == [None]
    # two people after the verb: either may be the one the noun stands for
    text = _IT + ("In aula hanno testimoniato Ornella Caprioli e Giulia Ferrandi. "
                  "«Gli davo metà dell'incasso», ha detto la commerciante.\n")
    assert quote_speakers(text, "it") == [None]
