"""Who said what: attribution clauses found once, quotes attached to them, sources grouped from them.

One pass over the article's tokens finds every attribution clause: a speech verb and the words
naming its speaker, before it ("Sherrod Brown, a Democrat of Ohio, said"; "Mr. Smith told
reporters"; "a person familiar with the matter said"; "officials, who asked not to be named,
said") or after it ('"...," said Jason Foy, who represents Noel'), "according to X", a
participle that takes its sentence's subject ("..., adding that"), "in an interview with X".
One resolver turns the words into a speaker: a surname or a partial name into the full name the
article gave nearest before ("Hawk Sawyer" → "Kathleen Hawk Sawyer"; two people with one surname
stay apart), "he"/"she" into the person the passage is about (a subject of the narration, never
a name inside a quotation), "I" of the narration into "the narrator" (who speaks only the words its
clause stands beside), "the minister"/"the Russian leader" into the latest person described
so, "the agency"/"the statement"/"it" into the latest institution, "the source" into the latest
unnamed source. Unnamed sources stay as written ("economists", "one opposition lawmaker").

Each quoted part is then attached to the clause that credits it (between the parts of a split
quote, right after its close, before its opening in the same sentence, "He said:" closing the
paragraph before, "according to" in the sentence, or the clause before it in its paragraph);
a quote inside a quote to who speaks inside the outer quote. A speaker that is no name (a party
tag "R-Iowa", "of California", a dateline "WASHINGTON", "Earlier") is dropped: no speaker
rather than a junk one. A headline set in title case is no attribution clause, and its names end
before its verbs ("Lindsay Lohan Checks Into Rehab"). A scare quote in the writer's own words (a
"so-called" name, a fragment inside a relative aside about someone) is no one's. Words nobody in
the sentence spoke get no one: after a decision ("The court rejected the claim."), words denied
("denied saying") or handed on ("quoted Lincoln:", "a letter from her son:"), a claim another made
("Ann Lee's claim that"), what a report, a sign or a video says (the document itself when named),
and after a verb that speaks of a person who may answer ("accused John Smith"). Sources group the
clauses of the narration and the quotes' speakers.

Everything is bounded per verb and per quote (look-back windows in settings), so the whole is
linear in the length of the text. Vocabulary: resources/attribution/speech.json (see its
README) and the shared term lists (titles, organisations, media).

The package, one job per module: vocabulary (word lists), records (speakers, clauses), names
(capitalised runs read as names), people (whom the article names, subjects), clauses (speech
verbs and their clauses), subjects and phrases (the words naming a verb's speaker), pronouns and
descriptions (resolution), crediting and attaching (quotes to clauses), sources (grouping),
identity (comparing speaker names across articles), engine (Attribution, which joins them).
"""

from sidebyside.compare.attribution.engine import Attribution, attribute
from sidebyside.compare.attribution.identity import is_named, name_key, same_speaker, speaker_contrast
from sidebyside.compare.attribution.records import Clause, Speaker
from sidebyside.compare.attribution.vocabulary import Vocabulary

__all__ = [
    "Attribution",
    "Clause",
    "Speaker",
    "Vocabulary",
    "attribute",
    "is_named",
    "name_key",
    "same_speaker",
    "speaker_contrast",
]
