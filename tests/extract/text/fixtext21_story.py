"""An invented German story, and its capture with a header set between its headline and its
body: the text captures' header tests of fixtext21."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HEADLINE = "Oberweiler schließt sein altes Hallenbad"
PARAS = (
    "Die Stadtwerke von Oberweiler haben am Montag angekündigt, das alte Hallenbad im Frühjahr zu "
    "schließen und an seiner Stelle ein neues Bad am Flussufer zu bauen.",
    "Der Gemeinderat hatte über den Plan mehr als zwei Jahre lang beraten, weil die Kosten für die "
    "Sanierung des alten Gebäudes immer weiter gestiegen waren.",
    "Die Schwimmvereine der Stadt sollen während der Bauzeit die Becken der Nachbargemeinden nutzen "
    "dürfen, sagte der Bürgermeister auf einer Pressekonferenz.",
    "Mit der Eröffnung des neuen Bades wird frühestens im Herbst des übernächsten Jahres gerechnet, "
    "wenn die Genehmigungen rechtzeitig erteilt werden.",
)


def article(header: str):
    text = "\n\n".join((HEADLINE, header, *PARAS))
    return extract_text(Capture(source=Source(path="hallenbad.txt", format="text"), content=text))
