"""The notice above the panes when two articles do not seem to report the same event, or are in
two languages (the verdict is the core's: compare/relatedness.py)."""

from __future__ import annotations

from sidebyside.model import Comparison
from sidebyside.ui.article_names import article_names
from sidebyside.ui.qt import QtCore

# Kinds not painted for a pair that does not seem to report one event: "same fact" ribbons
# between two unrelated stories are coincidences that look like findings.
SUPPRESSED_WHEN_UNRELATED = frozenset({"aligned_sentence"})


def language_name(code: str | None) -> str:
    if not code:
        return "an unknown language"
    locale = QtCore.QLocale(code)
    if locale.language() == QtCore.QLocale.Language.C:
        return code
    return QtCore.QLocale.languageToString(locale.language())


def notice_for(comparison: Comparison, held_back: bool = True) -> tuple[str, str]:
    """(text, severity) of the notice, or ("", "") when there is nothing to say. ``held_back``:
    the "same fact" links are still held back (else the reader asked to see them)."""
    r = comparison.relatedness
    if r is None:
        return "", ""
    outlets = article_names(comparison.articles)
    if r.verdict == "different languages":
        a, b = (language_name(code) for code in r.languages)
        return (f"These articles are in two languages ({outlets[0]}: {a}; {outlets[1]}: {b}). Quotes and "
                "passages are matched word for word, so a translated quote shows as no match; names are "
                "compared across scripts. Read the matches as hints.", "info")
    if r.verdict == "different events":
        names = f" The only names both use: {', '.join(r.shared_names[:5])}." if r.shared_names else \
            " They share no names."
        hidden = ""
        if comparison.aligned_sentences:
            hidden = (" Matches between them would be coincidences, so \"same fact\" links are not shown."
                      if held_back else " The \"same fact\" links shown between them are likely coincidences.")
        return (f"These two articles do not seem to report the same event: they share almost none of the "
                f"rarer words a shared story brings (names, places, what happened).{names}{hidden}", "warning")
    return "", ""


def suppressed_kinds(comparison: Comparison | None) -> frozenset[str]:
    r = comparison.relatedness if comparison is not None else None
    if r is None or r.verdict != "different events" or not comparison.aligned_sentences:
        return frozenset()
    return SUPPRESSED_WHEN_UNRELATED
