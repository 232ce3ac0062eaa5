"""What each highlight kind means, in a reader's words: the tour lists them, and the legend's
toggles say them on hover (a tooltip "Show or hide the label contrast highlights" said the
label again, not what a label contrast is). Plain data, so the legend need not import the tour."""

from __future__ import annotations

KIND_MEANINGS = {
    "shared_quote": "The same quotation in both articles. A ribbon joins the two; where one outlet trims or "
                    "changes the words, the box under the side panel shows the difference.",
    "shared_passage": "Wording both share almost word for word: often the same agency (wire) copy.",
    "aligned_sentence": "The same fact told in other words: compare what each adds, softens or leaves out.",
    "label_contrast": "The same person, place or group, named differently (\"protesters\" / \"rioters\"). "
                      "Click it to see the other outlet's name.",
    "loaded_term": "A word that carries a judgement or an emotion (\"slammed\", \"chaos\"); a grey wave: "
                   "inside a quotation, the speaker's word, not the outlet's; a dotted line: possibly loaded, "
                   "found by how often such words judge rather than from a list (check its sense); shown only "
                   "when \"Possibly\" beside it is on.",
    "distinctive_term": "A word this outlet uses far more than the other (off at first; in the Framing tab).",
    "quote": "Any direct quotation, with its speaker in the Quotes tab (off at first).",
    "note": "Your own note: select a passage, then Ctrl+Alt+N.",
}
