"""The attribution vocabulary: word lists of resources/attribution/speech.json and the shared term lists, read once per lexicon."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sidebyside.calendar_words import weekdays
from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.title_case import SMALL_WORDS, VERSUS
from sidebyside.compare.text import ARTICLES, BE_FORMS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, fold
from sidebyside.compare.tokens import fold_word, inflections, irregular_verbs
from sidebyside.name_lists import honorific_genders, honorifics
from sidebyside.parsed_cache import parsed
from sidebyside.resources import census_given_names, gendered_given_names, resource_json, title_abbreviations


_SPEECH = resource_json("attribution/speech.json")  # the word lists below that are vocabulary, not grammar
_SPACE = (" ", "\u00a0")
_SPACE_OR_HYPHEN = (*_SPACE, "-")  # the gaps inside a name or a phrase's run of words (built once: asked of every word)
_SENTENCE_BREAK = frozenset('.!?;:"“”«»\n')
_PRONOUNS = frozenset("he she it they we i".split())
PRONOUN_OF_SEX = {"male": "he", "female": "she"}  # a given name's or honorific's sex -> its pronoun
# (every possessive but the first and second person singular's, "my", "your")
_DETERMINERS = ARTICLES | DEMONSTRATIVES | (POSSESSIVE_DETERMINERS - {"my", "your"}) | frozenset(
    "one some two three four five several many another other".split())
_INDEFINITE = frozenset("a an one another some".split())
_BE = BE_FORMS
# finite auxiliaries: one after a subject or a coordinator shows a clause's own verb ("the inquiry
# was flawed"); the clause readers (sources, crediting, reported) add the forms each also needs
FINITE_AUXILIARIES = (_BE - {"be", "been", "being"}) | frozenset("has have had will would could should can may might must".split())
DO_FORMS = frozenset("do does did".split())
_SKIP_BACK = frozenset(
    """also then further earlier previously later recently has have had would will did does instead
    flatly openly quietly later
    reportedly allegedly again once repeatedly publicly separately privately simply quickly just only
    even still originally initially first finally subsequently already since twice outright flat-out point-blank""".split()
)
_NEGATIONS = frozenset("not never n't no".split())
_OPEN_MARKS = ('"', "“", "‘", "'")
_CLOSE_MARKS = ('"', "”", "’", "'")
# Professions a definite description names the person the passage is about by ("the actor
# said"), unless the text describes someone else so.
_PROFESSIONS = frozenset(_SPEECH["profession_nouns"])
# Heads of a description that may stand for a paper, a broadcaster or a news agency.
_MEDIA_HEADS = frozenset(_SPEECH["media_heads"])
_DOCUMENT_SAYS = frozenset(_SPEECH["document_saying_verbs"])  # what a document does with its words ("the letter reads")
_ONE_OF = frozenset("one some two three many most several each all both none another".split())
# Function words that end a noun phrase walking leftwards ("reports that the minister said").
_FUNCTION = frozenset(
    """a an the and or but nor so yet for of in on at to by with from as into onto about over under after
    before since until while when where whereas if unless because although though than that which who
    whom whose what whether this these those it its is are was were be been being has have had do does
    did not no also then there here how why he she they we i you me him her them us my your our their
    his hers ours theirs said says told tells according""".split()
)
_PREPOSITIONS = frozenset("of for in at from with to near inside outside within across on close".split())
_POST_ADJECTIVES = frozenset(_SPEECH["post_adjectives"])  # "a person familiar with", "officials close to"
_DOCUMENT_VERBS = frozenset(_SPEECH["publishing_verbs"])  # "the ministry issued a statement"
_ACCORDING = "according"
_ANSWERING = frozenset("answer reply respond".split())  # verbs whose speaker is the one asked
_ASKING = frozenset("ask inquire enquire query".split())  # verbs whose speaker puts a question, answered by another
# Work charged to the comparison's budget (compare.budget), in its units (about a microsecond):
# per speech verb read, per clause resolved, per quotation attached.
_VERB_COST = 10
_CLAUSE_COST = 8
_QUOTE_COST = 20
_QUOTING_VERBS = frozenset(_SPEECH["quoting_verbs"])
# Words opening a long lead-in phrase before a sentence's subject ("At a hearing of ..., Rep. X").
_LEAD_IN_WORDS = frozenset("at in on during after before following since speaking addressing".split())
# Participles that take their sentence's subject: '..., adding that "..."'.
_PARTICIPLE_SUFFIX = "ing"
# Words that, after a comma, open a phrase of the writer's own inside a reported sentence.
_RELATIVES = frozenset("that which who whom".split())
_WRITERS_PHRASE = frozenset("which when where whose whom who".split())
# Strong speech verbs: said, told... Others (concluded, believed) lose to them in one sentence.
_STRONG = frozenset(
    """say tell add write ask reply respond answer declare state explain insist warn argue claim tweet post
    testify recount quip joke boast shout chant remark comment reiterate stress emphasise emphasize urge
    continue acknowledge admit concede recall exclaim plead beg scream yell cry order read proclaim""".split()
)


@dataclass(frozen=True)
class Vocabulary:
    verbs: dict[str, str]  # inflected form -> base (nouns' look-alikes left out: "a blast", "the report")
    after_quote: dict[str, str]  # every form, nouns' look-alikes too: '," comments Johnston in a statement'
    foreign_verbs: frozenset[str]  # forms of speech_languages.json ("sagte", "dijo", "déclaré" folded)
    foreign_according: frozenset[str]  # one-word "according to" of other languages ("laut", "selon", "según")
    foreign_auxiliaries: frozenset[str]  # "a" of '», a déclaré X', "ha" of '», ha detto X'
    foreign_pronouns: dict[str, str]  # "er" -> "he", "elle" -> "she": a pronoun after a foreign verb
    foreign_articles: frozenset[str]  # "der", "el", "la": a description after a foreign verb ("dijo el ministro")
    foreign_dropped: frozenset[str]  # verb forms of languages that drop the subject ("«…», dijo.")
    foreign_after_dropped: frozenset[str]  # prepositions that may follow such a verb ("dijo a la prensa")
    foreign_according_phrases: tuple[tuple[str, ...], ...]  # ("nach", "angaben", "von"), ("по", "словам")
    foreign_according_openers: frozenset[str]  # their first words: most tokens open none (asked per token)
    foreign_according_after: frozenset[str]  # postpositions: "Wissing zufolge"
    foreign_genitive: frozenset[str]  # first words of the "according" phrases that put the name in the genitive
    genitive_endings: tuple[tuple[str, str], ...]  # (nominative ending, genitive ending): ("", "а"), ("a", "y")
    foreign_roles: tuple[str, ...]  # "minister", "prasident": German role nouns' last parts ("Innenministerin")
    verb_genders: dict[str, str]  # "сказала" -> "she", "řekl" -> "he": past forms that tell the subject's gender
    past_endings: tuple[tuple[str, str], ...]  # ("лась", "she"): any past verb of a script only its language writes

    def verb_gender(self, norm: str) -> str | None:
        """"he" or "she" when the word is a past verb form that agrees with its subject's gender
        (Russian "сказала", "встретился"; Czech "řekla"), else None."""
        if norm in self.verb_genders:
            return self.verb_genders[norm]
        if len(norm) < 4 or norm.isascii() or any("a" <= c <= "z" for c in norm):
            return None
        return next((pronoun for ending, pronoun in self.past_endings if norm.endswith(ending)), None)
    separable: dict[str, tuple[str, str]]  # "fügte" -> ("add", "hinzu"): German verbs whose particle ends the clause

    not_alone: frozenset[str]  # bases that credit only adjacent quotations
    reactions: frozenset[str]  # "laughed", "cheered": a reaction, a source only of words it credits
    deciding: frozenset[str]  # "rejected the bid", "dismissed the case": speech only when reporting words
    about_someone: frozenset[str]  # "accused John Smith", "praised the firefighters": the one spoken of may answer
    claim_nouns: frozenset[str]  # "Ann Lee's claim that ...", "the accusation that ...": words someone else said
    denial_objects: frozenset[str]  # "denied any wrongdoing", "rejected the allegations": a denial, words
    particles: dict[str, frozenset[str]]  # base -> particle it needs ("point" -> "out")
    naming: frozenset[str]  # bases: "called it", "described as"
    judging: dict[str, str]  # form -> base: "considers", "deemed", "regards" (a label after the object, no quotation)
    label_after_as: frozenset[str]  # bases whose label follows "as" only: "sees the plan as a betrayal"
    asking: frozenset[str]  # bases: "asked about the budget" (the quotation after is the answer)
    collective: frozenset[str]  # "police": a plural subject with no article and no -s
    honorifics: frozenset[str]
    # "mr" -> "he"; "mrs", "ms", "miss" -> "she": the English courtesy honorifics that tell a sex
    # (honorifics.tsv's courtesy rows with a gender), which tell two people of one surname apart
    courtesy_sexes: dict[str, str]
    abbreviations: frozenset[str]  # "rep", "sen", "gov": titles written with a full stop
    suffixes: frozenset[str]
    post_nominals: frozenset[str]  # "kc", "mp", "obe": letters after a name in capitals, no part of it
    company_suffixes: frozenset[str]  # "inc", "corp", "ltd": the words closing a company's name
    title_words: frozenset[str]  # words of roles written before names
    agent_suffixes: tuple[str, ...]  # "importer", "florist": nouns of people by what they do
    person_nouns: frozenset[str]
    body_nouns: frozenset[str]
    document_nouns: frozenset[str]
    impersonal_documents: frozenset[str]  # "the report", "its opening line": words no person speaks
    generic_bodies: frozenset[str]  # "the agency", "the group": may stand for a body of any kind
    business_marks: frozenset[str]  # "the Microsoft website": a one-word name that owns one is a business
    role_nouns: frozenset[str]  # "Masters champion Trevor Immelman": a noun of standing between two names
    said_nouns: frozenset[str]  # "His exact words:": owned, they introduce the quotation after them
    when_where: frozenset[str]  # "Roesler said on Thursday.": what may end an attribution standing alone
    knowledge_nouns: frozenset[str]  # "a source with knowledge of the talks"
    indefinite_pronouns: frozenset[str]  # "someone": no determiner, no modifier
    perceived: frozenset[str]  # "Jeffs was heard saying"
    event_heads: frozenset[str]  # "Day" of "Election Day": a name of a date
    party_members: frozenset[str]  # "Democrats" of "Louisiana Democrats": a group
    standalone_speakers: frozenset[str]  # "police", "staff", "someone": stand alone for speakers
    title_abbreviations: dict[str, str]  # "gov" -> "governor"
    title_small: frozenset[str]  # "of", "on": words title case leaves in lower case
    mention_nouns: frozenset[str]  # "the term", "the phrase": words mentioned, not said
    mention_before_as: frozenset[str]  # "known" of 'known as "take"': a name the words are called by
    verbs_before_to: tuple[tuple[str, ...], ...]  # ("went", "on") of "went on to say": they lend their subject
    data_nouns: frozenset[str]  # "figures", "statistics": numbers, whose source is who gave them
    work_nouns: frozenset[str]  # "tests by Pixel Forge": work a body did, the name after "by" a body's
    not_subjects: frozenset[str]
    org_heads: frozenset[str]
    # "branch", "unit": last words of a body's name ("the Marine Accident Investigation Branch") that
    # the gazetteer's heads leave out, "Branch" being a surname too: a body's unless a given name stands in the run
    body_heads_not_after_given_names: frozenset[str]
    openers: frozenset[str]  # function words that open a sentence with a capital ("But", "Earlier")
    first_names: dict[str, str]  # "mary" -> "she", "john" -> "he"
    media_titles: frozenset[str]  # "Vanity Fair", "People": papers, magazines, broadcasters by name
    media_nouns: frozenset[str]  # "the magazine", "People magazine": words that make a name a medium
    media_name_words: frozenset[str]  # "Times", "News", "Herald": a word that makes a name a paper's wherever it stands
    vessel_prefixes: frozenset[str]  # "INS", "USS", "HMS": a ship's name follows, no person's
    place_first_words: frozenset[str]  # "Fort", "Port", "Mount": the name they open is a place's
    relaying_participles: frozenset[str]  # "Recalling ...,", "Quoting ...,": a sentence that hands on another's words
    recalled_word_nouns: frozenset[str]  # "his father's words", "her mother's advice": words recalled
    vessel_nouns: frozenset[str]  # "the frigate", "the tanker": the entity vocabulary's nouns of a vessel
    kin: dict[str, str]  # "mother" -> "she", "husband" -> "he": relatives a pronoun may stand for
    other_senses: frozenset[str]  # "continue", "maintain": speech only with words said after them
    speech_objects: frozenset[str]  # "his innocence", "the claim": objects that are words said
    question_auxiliaries: frozenset[str]  # "does", "will": a yes-or-no question opens with one ("Does she ...?")
    postpositive_titles: frozenset[str]  # "general" of "Attorney General": ends a title, names no role alone
    foreign_indefinite: frozenset[str]  # "ein", "un", "una", "een": an unnamed source after a foreign verb
    foreign_sentence_prepositions: frozenset[str]  # "En", "Im", "Nel": open a sentence's place or time, no name
    foreign_source_nouns: frozenset[str]  # "sprecher", "portavoz", "woordvoerder": heads of unnamed sources
    foreign_source_bodies: frozenset[str]  # "préfecture", "polizei": bodies among them, credited with "the" too
    foreign_before_name: frozenset[str]  # German "so": a speech word only after a quotation and before a name
    foreign_prepositions: frozenset[str]  # "à", "zu", "в": open a phrase between a foreign verb and its subject
    foreign_plural_endings: tuple[str, ...]  # "aron", "ли": a dropped subject's verb in the plural
    noun_articles: frozenset[str]  # German "die", "des": capitalised words after them are nouns, no person's name
    view_openers: frozenset[str]  # "Pour X, ...", "Para X, ...": a sentence in X's view, as "according to X"
    foreign_of: frozenset[str]  # "de", "di", "do": a name after one ends a description ("diputada de Infraestructuras")
    case_verbs: frozenset[str]  # verb forms of Russian and Czech, whose nouns' cases tell the subject after a phrase
    long_source_nouns: tuple[str, ...]  # the source nouns German glues modifiers before ("Polizeisprecherin")
    age_nouns: frozenset[str]  # "jarige" of "de 71-jarige": a person by age after a number and a hyphen
    age_suffixes: tuple[str, ...]  # "enne" of "il 54enne": the same glued to the number
    article_genders: dict[str, str]  # "der" -> "he", "la" -> "she": the gender an article before such a noun tells
    # "dass", "che", "что", "že": open a clause of reported speech; kept unfolded ("že" is no Dutch "ze")
    foreign_complementizers: frozenset[str] = frozenset()
    foreign_possessives: frozenset[str] = frozenset()  # German "Ihr", "Seine": open a noun, never a name
    foreign_quoting: frozenset[str] = frozenset()  # "zitierte", "citato": hand on another's words, as "quoted"
    foreign_words_nouns: frozenset[str] = frozenset()  # "слова", "Worte", "palabras": words said, owned by a name after
    # "ům", "ам": a capitalised word so ending opens its sentence as whom the words were told ("Novinářům řekl")
    dative_plural_endings: tuple[str, ...] = ()  # (and Czech "ovi", the singular of a person: "Reportérovi ČTK řekla")
    # "teicu", "ütlesin", "dixen": a speech verb's first and second persons, whose dropped subject is no one the passage is about
    foreign_not_third: frozenset[str] = frozenset()
    # "Redakci", "Deníku": a medium in the dative, opening its sentence as whom the words were told ("Redakci sdělila:")
    dative_words: frozenset[str] = frozenset()
    # "Sprecher", "portavoce": one who speaks for a body (and their compounds, "Polizeisprecher"), never
    # the person a passage is about
    foreign_spokes: tuple[str, ...] = ()
    object_clitics: frozenset[str] = frozenset()  # "lui", "le", "gli", "lhe": whom, between a subject and its verb
    group_subjects: frozenset[str] = frozenset()  # "the crowd cheered and shouted": a group that is a verb's own subject
    generic_subjects: frozenset[str] = frozenset()  # "the public", "everyone": people at large, no source
    thinking_verbs: frozenset[str] = frozenset()  # "people think": with a generic subject, thoughts no one said
    # "la", "le", "el", "il", "o": the article of a role noun a name stands beside ("la présidente de
    # l'association, Nadine Quéré"): that person's gender
    apposition_genders: dict[str, str] = field(default_factory=dict)
    # "ihm", "él", "его": pronouns read only after an "according to" ("laut ihm", "según él", "по его
    # словам"), kept unfolded (folded, "él" is the article "el")
    according_pronouns: dict[str, str] = field(default_factory=dict)


def attribution_vocabulary(lex: Lexicon, language: str | None = None) -> Vocabulary:
    """The attribution vocabulary with the lexicon's titles and organisations (built once per lexicon),
    and, for a text in a language whose words speech_languages.json reads only in its own texts
    (Norwegian "sa", which is French "sa"), those words too (built once per lexicon and language)."""
    own = own_language(language)
    key = "attribution" if own is None else f"attribution:{own}"
    cached = lex.derived.get(key)
    if cached is None:
        cached = lex.derived[key] = _build_vocabulary(lex, own)
    entry = _entry_language(language)
    if entry is None:
        return cached
    key = f"{key}:pronouns:{entry}"
    restricted = lex.derived.get(key)
    if restricted is None:  # (Czech "že" folds to Dutch "ze", Czech "ní" to Spanish "ni")
        restricted = lex.derived[key] = replace(cached, foreign_pronouns=_own_pronouns(entry))
    return restricted


@functools.cache
def _entry_language(language: str | None) -> str | None:
    """The key of speech_languages.json's entry for a language tag ("pt" for "pt-BR", "nb" for
    "no"); None for English, an unknown or no language."""
    if not language:
        return None
    data = resource_json("attribution/speech_languages.json")
    base = language.split("-")[0].casefold()
    for key, entry in data.items():
        if key != "about" and (key == base or base in entry.get("other_tags", ())):
            return key
    return None


@functools.cache
def _own_pronouns(entry: str) -> dict[str, str]:
    """The pronouns of one language's entry (its "in_own_texts" ones too): in a text of that
    language, its pronouns alone count as one, never another language's."""
    data = resource_json("attribution/speech_languages.json")[entry]
    words = {**data["pronouns"], **data.get("in_own_texts", {}).get("pronouns", {})}
    return {fold_word(w): p for w, p in words.items()}


def own_language(language: str | None) -> str | None:
    """The entry of speech_languages.json that has words read only in ``language``'s texts (its key,
    "nb" for "no" too), or None: the words of every other language are read in every text."""
    if not language:
        return None
    return _own_language_tags().get(language)


@functools.cache
def _own_language_tags() -> dict[str, str]:
    data = resource_json("attribution/speech_languages.json")
    tags: dict[str, str] = {}
    for key, entry in data.items():
        if key != "about" and (entry.get("own_texts_only") or entry.get("in_own_texts")):
            tags.update({tag: key for tag in (key, *entry.get("other_tags", ()))})
    return tags


def _build_vocabulary(lex: Lexicon, own: str | None = None) -> Vocabulary:
    data = resource_json("attribution/speech.json")
    verbs: dict[str, str] = {}
    irregular = irregular_verbs()  # "told", "wrote": inflections reads them too
    for base in (entry["verb"] for entry in data["speech_verbs"]):
        for form in inflections(base):
            verbs.setdefault(form, base)
    for base in data["naming_verbs"]:
        for form in inflections(base):
            verbs.setdefault(form, base)
    after_quote = dict(verbs)
    for base in data["noun_like_verbs"]:  # "blast", "reports", "notes": nouns as often as verbs
        for form in [f for f, b in verbs.items() if b == base and not f.endswith(("ed", "ing"))]:
            if form not in irregular.get(base, ()) or form == base:
                del verbs[form]
    after_quote_english = dict(after_quote)
    foreign = _foreign_speech(own)
    for form, base in foreign["verbs"].items():
        verbs.setdefault(form, base)
        after_quote.setdefault(form, base)
    for form, base in foreign["after_quote_verbs"].items():
        after_quote.setdefault(form, base)  # "», dice X", "’, aldus X": a verb there only (else "dice", "precise")
    abbreviated = set(data["abbreviated_titles"]) | set(title_abbreviations())
    title_words = set(honorifics()) | abbreviated | set(data["extra_titles"]) | foreign["honorifics"]
    for title in lex.titles | lex.title_modifiers:
        title_words.update(w.strip(".") for w in title.split())
    title_words -= {"of", "for", "the", "state", "head", "chief", "general", "first", "top"}
    heads = set(lex.name_heads.get("organisation", ())) | set(data["org_heads"])
    heads -= {"people", "news", "times", "post", "press", "capital", "states", "nations", "republic", "kingdom"}
    return Vocabulary(
        verbs=verbs,
        after_quote=after_quote,
        foreign_verbs=frozenset(foreign["verbs"]) | frozenset(foreign["after_quote_verbs"]) | frozenset(foreign["before_name"]),
        foreign_according=frozenset(foreign["according"]),
        foreign_auxiliaries=frozenset(foreign["auxiliaries"]),
        foreign_pronouns=foreign["pronouns"],
        foreign_articles=frozenset(foreign["articles"]),
        foreign_dropped=frozenset(foreign["dropped"] - set(after_quote_english)),
        foreign_after_dropped=frozenset(foreign["after_dropped"]),
        foreign_according_phrases=tuple(sorted(foreign["phrases"], key=len, reverse=True)),
        foreign_roles=tuple(sorted(foreign["roles"])),
        verb_genders={form: pronoun for form, (_, pronoun) in foreign["verb_genders"].items()},
        past_endings=tuple(sorted(foreign["past_endings"], key=lambda e: -len(e[0]))),
        foreign_according_openers=frozenset(phrase[0] for phrase in foreign["phrases"]),
        foreign_according_after=frozenset(foreign["according_after"]),
        foreign_genitive=frozenset(foreign["genitive"]),
        genitive_endings=tuple(sorted(foreign["genitive_endings"], key=lambda p: -len(p[1]))),
        separable=foreign["separable"],
        not_alone=frozenset(data["verbs_not_alone"]),
        reactions=frozenset(data["reaction_verbs"]),
        other_senses=frozenset(data["verbs_with_other_senses"]),
        speech_objects=frozenset(data["speech_objects"]) | frozenset(data["claim_nouns"]),
        deciding=frozenset(data["deciding_verbs"]),
        denial_objects=frozenset(data["denial_objects"]),
        claim_nouns=frozenset(data["claim_nouns"]),
        about_someone=frozenset(data["verbs_about_someone"]),
        particles={k: frozenset(v) for k, v in data["verbs_needing_a_particle"].items()},
        naming=frozenset(data["naming_verbs"]),
        judging={form: base for base, forms in data["judging_verbs"].items() for form in forms},
        label_after_as=frozenset(data["labels_after_as_only"]),
        asking=frozenset(data["asking_verbs"]),
        collective=frozenset(data["collective_nouns"]),
        honorifics=honorifics() | foreign["honorifics"],
        courtesy_sexes={word: PRONOUN_OF_SEX[gender] for word, gender in honorific_genders().items()},
        abbreviations=frozenset(abbreviated) | honorifics(),
        suffixes=frozenset(data["name_suffixes"]),
        post_nominals=frozenset(data["post_nominals"]),
        company_suffixes=frozenset(data["company_suffixes"]),
        title_words=frozenset(title_words),
        agent_suffixes=tuple(data["agent_suffixes"]),
        person_nouns=(frozenset(data["person_nouns"]) | frozenset(lex.source_nouns) - frozenset(data["document_nouns"]))
        | {noun for nouns in data["kin_nouns"].values() for noun in nouns},
        body_nouns=frozenset(data["body_nouns"]),
        document_nouns=frozenset(data["document_nouns"]),
        impersonal_documents=frozenset(data["impersonal_documents"]),
        data_nouns=frozenset(data["data_nouns"]),
        work_nouns=frozenset(data["work_nouns"]),
        mention_nouns=frozenset(data["mention_nouns"]),
        mention_before_as=frozenset(data["mention_before_as"]),
        verbs_before_to=tuple(tuple(p.split()) for p in data["verbs_before_to"]),
        title_small=SMALL_WORDS | VERSUS,
        standalone_speakers=frozenset(data["standalone_speakers"]),
        title_abbreviations=title_abbreviations(),
        event_heads=frozenset(data["event_heads"]),
        party_members=frozenset(data["party_members"]),
        generic_bodies=frozenset(data["generic_bodies"]),
        business_marks=frozenset(data["business_marks"]),
        role_nouns=frozenset(data["role_nouns"]),
        said_nouns=frozenset(data["said_nouns"]),
        when_where=frozenset(data["attribution_adjuncts"]) | frozenset(weekdays()),
        knowledge_nouns=frozenset(data["knowledge_nouns"]),
        indefinite_pronouns=frozenset(data["indefinite_pronouns"]),
        perceived=frozenset(data["perception_participles"]),
        not_subjects=frozenset(data["not_subjects"]),
        org_heads=frozenset(heads),
        body_heads_not_after_given_names=frozenset(data["body_heads_not_after_given_names"]),
        openers=frozenset(data["sentence_openers"]) | frozenset(data["number_words"]) | foreign["according"] | foreign["openers"],
        first_names={**_first_names(), **foreign["first_names"]},
        media_titles=frozenset(data["media_titles"]) | frozenset(lex.media),
        media_nouns=frozenset(data["media_nouns"]),
        vessel_prefixes=frozenset(data["vessel_prefixes"]),
        place_first_words=frozenset(data["place_first_words"]),
        relaying_participles=frozenset(data["relaying_participles"]),
        recalled_word_nouns=frozenset(data["recalled_word_nouns"]),
        vessel_nouns=frozenset(resource_json("terms/entities.json")["vessel_nouns"]),
        # (in any place of a name only the words that are no ordinary word of titles and names)
        media_name_words=frozenset(data["media_name_words"]) - frozenset(data["media_name_words_last_only"]),
        kin={noun: pronoun for pronoun, nouns in data["kin_nouns"].items() for noun in nouns},
        question_auxiliaries=frozenset(data["question_auxiliaries"]),
        postpositive_titles=frozenset(data["postpositive_titles"]),
        foreign_indefinite=frozenset(foreign["indefinite"]),
        foreign_sentence_prepositions=frozenset(foreign["sentence_prepositions"] - foreign["according_openers"] - foreign["view_openers"]),
        foreign_source_nouns=frozenset(foreign["source_nouns"]) | frozenset(foreign["source_bodies"]),
        foreign_source_bodies=frozenset(foreign["source_bodies"]),
        foreign_before_name=frozenset(foreign["before_name"]),
        foreign_prepositions=frozenset(foreign["prepositions"]) | frozenset(foreign["after_dropped"]),
        foreign_plural_endings=tuple(sorted(foreign["plural_endings"], key=len, reverse=True)),
        foreign_not_third=frozenset(foreign["not_third"]),
        noun_articles=frozenset(foreign["noun_articles"]),
        view_openers=frozenset(foreign["view_openers"]),
        foreign_of=frozenset(foreign["of"]),
        case_verbs=frozenset(foreign["case_verbs"]),
        age_nouns=frozenset(foreign["age_nouns"]),
        age_suffixes=tuple(sorted(foreign["age_suffixes"])),
        article_genders=foreign["article_genders"],
        foreign_complementizers=frozenset(foreign["complementizers"]),
        foreign_possessives=frozenset(foreign["possessives"]),
        foreign_quoting=frozenset(foreign["quoting"]),
        foreign_words_nouns=frozenset(foreign["words_nouns"]),
        dative_plural_endings=tuple(sorted(foreign["dative_plural_endings"])),
        dative_words=frozenset(foreign["dative_words"]),
        foreign_spokes=tuple(sorted(foreign["spokes_nouns"])),
        object_clitics=frozenset(foreign["object_clitics"]),
        long_source_nouns=tuple(sorted(w for w in foreign["source_nouns"] | foreign["source_bodies"] if len(w) >= 6)),
        group_subjects=frozenset(data["group_subject_nouns"]),
        generic_subjects=frozenset(data["generic_subject_nouns"]),
        thinking_verbs=frozenset(data["thinking_verbs"]),
        apposition_genders=foreign["apposition_genders"],
        according_pronouns=foreign["according_pronouns"],
    )


def _foreign_speech(own: str | None = None) -> dict:
    """The speech verbs (folded form -> English base), one-word "according to" and auxiliaries of
    resources/attribution/speech_languages.json, all languages together: the clause patterns read
    them as they read English ('", sagte Olaf Scholz', '», a déclaré Emmanuel Macron', 'según X').
    own: a language whose entry (or its "in_own_texts" part) is read only in its texts, added to them."""
    def parse() -> dict:
        return _read_foreign_speech(own)

    return parsed(f"speech-languages-{own or 'all'}", ("attribution/speech_languages.json",), parse,
                  lambda data: isinstance(data, dict) and "verbs" in data, text=own or "",
                  code=("sidebyside.compare.tokens", "sidebyside.compare.text"))  # fold_word, fold


def _languages_read(data: dict, own: str | None) -> list[dict]:
    """The entries read in a text of language ``own`` (None: any text): every entry but those read
    only in their own texts, then ``own``'s, with the words it reads only there."""
    out = [entry for key, entry in data.items() if key != "about" and not entry.get("own_texts_only")]
    if own is None:
        return out
    return [e for e in out if e is not data[own]] + [_own_entry(data, own)]


def _own_entry(data: dict, own: str) -> dict:
    """``own``'s entry with the words it reads only in its own texts ("in_own_texts") added."""
    entry = data[own]
    extra = entry.get("in_own_texts", {})
    merged = {key: _merged(entry.get(key), extra[key]) if key in extra else value for key, value in entry.items()}
    merged.update({key: value for key, value in extra.items() if key not in entry})
    return merged


def _merged(value, extra):
    """A list entry with more words, or a dict of lists with more forms."""
    if isinstance(value, Mapping):
        return {**value, **{k: [*value.get(k, ()), *v] for k, v in extra.items()}}
    return [*(value or ()), *extra]


def _read_foreign_speech(own: str | None = None) -> dict:
    data = resource_json("attribution/speech_languages.json")
    out: dict = {"verbs": {}, "according": set(), "auxiliaries": set(), "pronouns": {}, "articles": set(),
                 "dropped": set(), "after_dropped": set(), "phrases": set(), "according_after": set(),
                 "genitive": set(), "genitive_endings": set(), "separable": {}, "roles": set(),
                 "verb_genders": {}, "past_endings": set(), "after_quote_verbs": {}, "indefinite": set(),
                 "source_nouns": set(), "before_name": set(), "prepositions": set(), "plural_endings": set(),
                 "noun_articles": set(), "source_bodies": set(), "view_openers": set(),
                 "of": set(), "case_verbs": set(), "honorifics": set(),
                 "age_nouns": set(), "age_suffixes": set(), "article_genders": {},
                 "sentence_prepositions": set(), "according_openers": set(), "complementizers": set(),
                 "possessives": set(), "quoting": set(), "words_nouns": set(), "dative_plural_endings": set(), "dative_words": set(), "spokes_nouns": set(),
                 "object_clitics": set(), "apposition_genders": {},
                 "according_pronouns": {}, "openers": set(),  # "laut" opens no name, as "according"
                 "not_third": set(), "first_names": {}}  # the given names of the text's own language, with their gender
    for language in _languages_read(data, own):
        # "nannte ... „blauäugig“", "назвала выборы «…»": a verb of naming, read as English "called"
        verbs = {**language["verbs"], **({"call": language["naming_verbs"]} if "naming_verbs" in language else {}),
                 **language.get("verbs_more", {})}  # (listed last: "versprach", "пообещала")
        for base, forms in verbs.items():
            for form in forms:
                out["verbs"].setdefault(fold_word(form), base)
                if language["subject_dropped"]:
                    out["dropped"].add(fold_word(form))
        _more_foreign_speech({**language, "verbs": verbs}, out)
        out["according"].update(fold_word(w) for w in language["according"])
        out["auxiliaries"].update(fold_word(w) for w in language["auxiliaries"])
        out["pronouns"].update({fold_word(w): p for w, p in language["pronouns"].items()})
        out["articles"].update(fold_word(w) for w in language["articles"])
        out["after_dropped"].update(fold_word(w) for w in language["after_dropped_subject"])
        phrases = {tuple(fold_word(w) for w in p.split()) for p in language["according_phrases"]}
        out["phrases"].update(phrases)
        out["according_openers"].update(p[0] for p in phrases)  # "Nach Angaben von X", "Podle X": read as such
        out["according_after"].update(fold_word(w) for w in language["according_after"])
        endings = {(fold_word(a) if a else "", fold_word(b)) for a, b in language["genitive_endings"]}
        out["genitive_endings"].update(endings)
        if endings:
            out["genitive"].update(p[0] for p in phrases)
            out["genitive"].update(fold_word(w) for w in language["according_after"])  # "Ahosen mukaan"
        out["roles"].update(fold_word(w) for w in language.get("role_nouns", ()))
        for pronoun, endings in language.get("past_gender_endings", {}).items():
            folded = tuple(fold_word(e) for e in endings)
            for forms in verbs.values():
                # "сказала", "řekla": the past form tells its subject's gender (longest ending wins)
                for form in forms:
                    f = fold_word(form)
                    best = max((e for e in folded if f.endswith(e)), key=len, default=None)
                    if best is not None and len(best) >= len(out["verb_genders"].get(f, ("", ""))[0]):
                        out["verb_genders"][f] = (best, pronoun)
            if language.get("past_gender_any_word"):
                out["past_endings"].update((e, pronoun) for e in folded)
        for base, entry in language["separable"].items():
            for form in entry["forms"]:
                out["separable"][fold_word(form)] = (base, fold_word(entry["particle"]))
    if own is not None:
        entry = _own_entry(data, own)
        for pronoun in ("he", "she"):
            out["first_names"].update({fold(w): pronoun for w in entry.get(f"given_names_{pronoun}", ())})
        # the text's own language reads its articles as articles: Norwegian "en" of "sier en mor" is
        # no French preposition "en" there
        articles = {fold_word(w) for w in (*entry["articles"], *entry.get("indefinite_articles", ()))}
        for key in ("prepositions", "after_dropped", "sentence_prepositions"):
            out[key] -= articles - {fold_word(w) for w in entry.get(_entry_key(key), ())}
    return out


def _entry_key(key: str) -> str:
    """The key of a speech_languages.json entry that an ``out`` key of _read_foreign_speech reads."""
    return {"prepositions": "prepositions_after_verb", "after_dropped": "after_dropped_subject"}.get(key, key)


def _more_foreign_speech(language: dict, out: dict) -> None:
    """A language's verbs read only right after a quotation's close (their forms fold onto English
    words of another sense: "dice", "précise"; or are no verbs: Dutch "aldus", German "so" before a
    name), its indefinite articles and the nouns of its unnamed sources ("ein Sprecher", "una vecina")."""
    for base, forms in language.get("verbs_after_quote", {}).items():
        for form in forms:
            out["after_quote_verbs"].setdefault(fold_word(form), base)
    for word in language.get("after_quote_before_name", ()):
        out["before_name"].add(fold_word(word))  # read by the clause finder alone (never "So I went")
    out["indefinite"].update(fold_word(w) for w in language.get("indefinite_articles", ()))
    out["source_nouns"].update(fold_word(w) for w in language.get("source_nouns", ()))
    out["source_bodies"].update(fold_word(w) for w in language.get("source_bodies", ()))
    out["prepositions"].update(fold_word(w) for w in language.get("prepositions_after_verb", ()))
    out["plural_endings"].update(fold_word(w) for w in language.get("plural_verb_endings", ()))
    out["not_third"].update(fold_word(w) for w in language.get("not_third_person", ()))
    out["noun_articles"].update(fold_word(w) for w in language.get("articles_before_nouns", ()))
    out["view_openers"].update(fold_word(w) for w in language.get("view_openers", ()))
    out["of"].update(fold_word(w) for w in language.get("of", ()))
    # "M. Gasser", "Mme Borne", "mevr. De Vries": titles before a surname ("M" of an initial aside)
    out["honorifics"].update(fold_word(w).rstrip(".") for w in language.get("honorifics", ()))
    out["age_nouns"].update(fold_word(w) for w in language.get("age_nouns", ()))
    out["sentence_prepositions"].update(fold_word(w) for w in language.get("sentence_prepositions", ()))
    out["age_suffixes"].update(fold_word(w) for w in language.get("age_suffixes", ()))
    out["complementizers"].update(w.casefold() for w in language.get("complementizers", ()))
    out["possessives"].update(fold_word(w) for w in language.get("possessive_determiners", ()))
    out["quoting"].update(fold_word(w) for w in language.get("quoting_verbs", ()))
    out["words_nouns"].update(fold_word(w) for w in language.get("words_nouns", ()))
    out["object_clitics"].update(fold_word(w) for w in language.get("object_clitics", ()))
    out["dative_plural_endings"].update(w.casefold() for w in language.get("dative_plural_endings", ()))  # unfolded: "ům"
    out["dative_words"].update(w.casefold() for w in language.get("dative_words", ()))  # unfolded: "agentuře"
    out["spokes_nouns"].update(fold_word(w) for w in language.get("spokes_nouns", ()))
    out["openers"].update(fold_word(w) for w in language.get("sentence_openers", ()))  # "Jak powiedział X": no name "Jak"
    out["article_genders"].update({fold_word(a): p for a, p in language.get("article_genders", {}).items()})
    out["apposition_genders"].update({fold_word(a): p for a, p in language.get("apposition_genders", {}).items()})
    out["according_pronouns"].update({w.casefold(): p for w, p in language.get("according_pronouns", {}).items()})
    if language.get("case_marked"):
        out["case_verbs"].update(fold_word(f) for forms in language["verbs"].values() for f in forms)


def _first_names() -> dict[str, str]:
    """Given names -> the pronoun that stands for their bearer ("mary" -> "she"): the census's of
    one sex (given_names.tsv, "howard", "edith") and first_names.json's, whose sex wins. Only the
    speaker engine reads the census's sexes: the entity finder's naming lost pairs with them
    ("Troy Police Lt. ...", a place taken for a given name)."""
    census = {n: sex for n, sex in census_given_names().items() if sex in ("male", "female")}
    return {n: PRONOUN_OF_SEX[gender] for n, gender in {**census, **gendered_given_names()}.items()}


# "l'anziana", "l'avocate": a noun after the elided article of Italian or French, one token
_ELIDED_NOUN = re.compile(r"^l['’](\w{4,})$")


def _profession(word: str) -> bool:
    """A noun of a person by their work: "the actor", "the comedian", "the evangelist"."""
    return word in _PROFESSIONS or len(word) > 6 and word.endswith(("ist", "ian"))


def same_word(word: str, form: str, least_stem: int = 0) -> bool:
    """Whether ``word`` is ``form`` or another case or gender of it ("мэру" of "мэр", "бывшему" of
    "бывший", "ancienne" of "ancien", "hasičů" of "hasič"): the form's first letters (all of a short
    form's, all but two of a longer one's), then at most three letters of ending; and with
    ``least_stem``, that many letters in common at least (a body's noun: "суд" is no "суде", the
    court where something was said)."""
    if len(form) < 4:
        return least_stem <= len(form) and (
            word == form or word.startswith(form) and len(word) - len(form) <= 2 and word.isalpha())
    stem = len(os.path.commonprefix((word, form)))
    return stem >= max(len(form) - 2, least_stem) and len(word) - stem <= 3


def case_form(word: str, form: str) -> bool:
    """Whether ``word`` is ``form`` in another case ("вратаря" of "вратарь", "ministra" of
    "ministro"), read more strictly than same_word: a common start of five letters or more, then at
    most two letters of either. For a noun read near a name, where a looser reading took a
    neighbouring word for the noun and credited the wrong person."""
    stem = len(os.path.commonprefix((word, form)))
    return stem >= 5 and len(word) - stem <= 2 and len(form) - stem <= 2


_STEM_LAST = frozenset("gsd")  # the last letters of _stem's endings


def _stem(word: str) -> str:
    """A crude stem that "checks", "checked" and "checking" share (names rarely do)."""
    if word[-1:] not in _STEM_LAST:
        return word  # (most words: no ending below is tried)
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word




_LEADER = frozenset(_SPEECH["leader_nouns"])
# nouns that name one role ("Stenmouth boss Ian Mulgrew" is "the manager"), each to its family
_ROLE_FAMILY = {noun: frozenset(family) for family in _SPEECH["role_families"] for noun in family}


@functools.cache
def relation_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a tie to another person ("Tochter", "moglie", "lawyer") and the words for "of"
    that join them to that person's name, in ``language`` (its primary tag), or in every language
    of relation_nouns.json when the text's is unknown or none of them; English adds speech.json's
    kin nouns."""
    data = resource_json("attribution/relation_nouns.json")
    primary = (language or "").split("-")[0].casefold()
    entries = [data[primary]] if primary in data else [v for k, v in data.items() if k != "about"]
    nouns = {fold_word(w) for entry in entries for w in entry["nouns"]}
    if primary == "en" or primary not in data:
        nouns |= {noun for kin in _SPEECH["kin_nouns"].values() for noun in kin}
    return frozenset(nouns), frozenset(fold_word(w) for entry in entries for w in entry["of"])
