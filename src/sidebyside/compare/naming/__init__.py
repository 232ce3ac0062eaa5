"""Cross-document referent chains: how each article names each person, group, organisation,
place and event both mention, and the chains whose two sides use different labels.

Within one article, mentions are grouped into chains:
- names and their short forms (entities.py: "Bashar al-Assad" ... "Assad"; an acronym introduced
  in brackets), with the titles and roles written before them ("Syrian President Bashar al-Assad",
  "actress Lindsay Lohan", "Turkey's Recep Tayyip Erdogan");
- appositions that describe a named person or place ("Jack Ketsoyan, her publicist,", "her
  agent, Mark Roesler,", "Simpson's attorney, Warren Gotcher,", "Haiti, the island nation,"),
  whose role noun the chain then carries, so that a later "the publicist" joins it;
- definite descriptions ("the president", "the bank"): they join the chain that carries their
  role noun, or whose name ends in it ("West Coast Bank"), else form a chain of their own;
- metonymy: a seat of government ("the Kremlin") and a capital acting as a government
  ("Moscow said", "Washington's decision", never "Washington state" or "Seattle, Washington")
  join the country's chain;
- aliases and acronyms (resources/terms/naming.json; "the DNC" for "the Democratic National
  Committee" from the initials).
Pronouns are not mentions here: they would never be shown as labels.

Across the two articles, chains are paired by their keys (only_in.match_entities's key maps:
surnames, spellings, short forms), aliases, acronyms, and, for a chain of descriptions only, by
the role noun the other article gives a named chain ("a bomb technician" / "William Hakim, a
bomb squad technician"). A pair whose label sets differ is a label contrast; its ``telling``
score orders them (a role or description only one side uses first, a short form last).

Mentions in the headline and standfirst carry ``field`` "title" / "lead" and offsets into that
string; body mentions ``field`` "text" with offsets into Article.text.

The package's modules, one job each: words (vocabulary and shared word sets), chains (what a
chain holds), builder with its rule mixins people, places and descriptions (one article's
chains), chain_tools (questions asked of one article's chains), slots (event slots), pairing
(chain keys across the pair), counted (groups of people each article counts: "40 people" /
"40 Palestinians"), contrasts (label contrasts and how telling each is) and shaping (how a chain
is shown).
"""

from sidebyside.compare.naming.builder import ChainBuilder
from sidebyside.compare.naming.chain_tools import merge_chains, same_person_variants, short_names
from sidebyside.compare.naming.chains import ArticleChains, Described, Ref, label_of, quoted_spans
from sidebyside.compare.naming.contrasts import canonical_label, label_contrasts
from sidebyside.compare.naming.pairing import named_in_both, pair_maps
from sidebyside.compare.naming.slots import _slots, slot_maps
from sidebyside.compare.naming.words import _VENUE_PARTS, _VENUES, FIELDS, NamingVocabulary, vocabulary

__all__ = [
    "FIELDS", "ArticleChains", "ChainBuilder", "Described", "NamingVocabulary", "Ref", "canonical_label",
    "label_contrasts", "label_of", "merge_chains", "named_in_both", "pair_maps", "quoted_spans",
    "same_person_variants", "short_names", "slot_maps", "vocabulary",
    "_VENUES", "_VENUE_PARTS", "_slots",
]
