"""The ferry story: one invented text capture's headline and body paragraphs (a ferry service
resuming after storms broke a harbour wall), shared by the text-header and byline tests, which
set their own header lines, menus and footers around it."""

from __future__ import annotations

HEADLINE = "Ferry service to resume after the harbour wall is rebuilt"

PARAS = [
    "The island's ferry will run again from the first of May, the port board said on Tuesday, after a winter "
    "in which storms tore a forty-metre gap in the old harbour wall and left the landing stage under water.",
    "Contractors worked through February to sink new steel piles behind the breach, and divers finished "
    "bolting the last concrete blocks into place last week, two weeks ahead of the schedule the board had set.",
    "Shopkeepers on the quay said the months without visitors had been the hardest they could remember, and "
    "several asked the board to waive the mooring fees for the small boats that kept the island supplied.",
    "The board's chair said the fees would be halved for the season and that a second landing stage, "
    "planned for years, would be built on the sheltered side of the harbour before the next winter.",
]

# The same story whose last paragraph writes "local politics" in lower case: the header tests'
# section name ("Local Politics" over the date) is then a phrase the page's prose uses as words.
PARAS_LOCAL_POLITICS = [
    *PARAS[:3],
    "The board's chair said the local politics of the harbour had slowed the work, and that a second landing "
    "stage, planned for years, would be built on the sheltered side of the harbour before the next winter.",
]
