"""The attribution engine: one article's clauses found once, resolved, and its quotations attached to them."""

from __future__ import annotations

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.budget import WorkBudget, unlimited
from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.tokens import words_in_lower_case
from sidebyside.model import Span
from sidebyside.settings import AttributionSettings, DEFAULT
from sidebyside.compare.attribution.records import Clause, Speaker
from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
from sidebyside.compare.attribution.names import NameReading
from sidebyside.compare.attribution.people import PeopleIndex
from sidebyside.compare.attribution.clauses import ClauseFinding
from sidebyside.compare.attribution.subjects import SubjectSearch
from sidebyside.compare.attribution.phrases import NounPhrases
from sidebyside.compare.attribution.pronouns import PronounResolution
from sidebyside.compare.attribution.descriptions import DescriptionResolution
from sidebyside.compare.attribution.crediting import QuoteCrediting
from sidebyside.compare.attribution.attaching import QuoteAttachment
from sidebyside.compare.attribution.sources import SourceGrouping
from sidebyside.compare.attribution.placement import QuotePlacement
from sidebyside.compare.attribution.cjk import CJKCrediting
from sidebyside.compare.attribution.foreign import ForeignReading, text_language
from sidebyside.compare.attribution.english import EnglishReading
from sidebyside.compare.attribution.turkish import TurkishCrediting
from sidebyside.compare.attribution.unnamed import UnnamedAccording
from sidebyside.compare.attribution.fronted import FrontedObject
from sidebyside.compare.attribution.dash_speech import DashSpeech


class Attribution(NameReading, PeopleIndex, ClauseFinding, SubjectSearch, NounPhrases, PronounResolution, DescriptionResolution, QuoteCrediting, QuoteAttachment, SourceGrouping, QuotePlacement,
                  CJKCrediting, ForeignReading, EnglishReading, TurkishCrediting, UnnamedAccording, FrontedObject,
                  DashSpeech):
    """Attribution clauses of one article and the speakers of its quoted parts."""

    def __init__(
        self,
        at: ArticleText,
        settings: AttributionSettings = DEFAULT.compare.attribution,
        budget: WorkBudget | None = None,
        lex: Lexicon | None = None,
        language: str | None = None,
    ):
        self.at = at
        self.text = at.text
        # the text's language (a tag, "pt-BR" or "de"; guessed from the text when not given): the rules
        # of one language's grammar (German capitalised nouns, Portuguese "a") run only in its texts
        self.language = text_language(at.text, language, settings.language)
        self.tokens = at.tokens
        self.settings = settings
        self.budget = budget or unlimited()
        self.lex = lex or lexicon()
        self.vocab = attribution_vocabulary(self.lex, self.language)  # (with the words read only in its texts)
        self._quote_of_token = self._quoted_tokens()
        self._context = -1  # the quote whose words a clause being read may use; -1: the narration
        self._lower = words_in_lower_case(self.tokens)  # words this text writes in lower case
        self._midcap: frozenset[str] | None = None  # words it capitalises inside a sentence (when asked)
        self._place_heads = frozenset(self.lex.name_heads.get("place", ()))
        # words that end an office's name, not a person's ("Homeland Security"; not "Billy King")
        self._office_words = frozenset(w for m in self.lex.title_modifiers for w in m.split()) | {"affairs"}
        self._interview: dict[int, int] | None = None  # answers' paragraphs to questions' (QuoteAttachment._interview_pairs)
        self._title_heads: set[str] = set()  # filled by _index_people: the names' runs are read without them
        self._runs = self._name_runs()
        self._named_past_words: set[int] = set()  # first tokens of names read past a foreign verb's phrase or a role
        self._index_people()
        self.clauses: list[Clause] = []
        self._find_clauses()
        self._clause_verbs = [c.verb for c in self.clauses]
        self._resolve_clauses()
        self.speakers: list[Speaker | None]
        self.speaker_spans: list[Span | None]
        self.speaker_rules: list[str | None]  # the rule that credited each quote, or the guard that refused one
        self._rule: str | None = None  # the rule behind the clause the crediting rules last returned
        self.speakers, self.speaker_spans, self.speaker_rules = self._attach_quotes()
        self._credit_after_narrated_subject()  # another language's quotation right after its subject's sentence
        self._credit_cjk()  # Chinese and Japanese quotations, read on their characters
        self._credit_turkish()  # Turkish quotations: the speaker before them, the verb after
        self._credit_dash_speech()  # speech a paragraph's dash opens: the clause it hands over to


def attribute(at: ArticleText, settings: AttributionSettings = DEFAULT.compare.attribution,
              budget: WorkBudget | None = None, language: str | None = None) -> Attribution:
    return Attribution(at, settings, budget, language=language)
