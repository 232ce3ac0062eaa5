"""Boilerplate, appeal and byline cues: one lexicon for both extractor families.

A small, documented list of the words sites use around (not inside) an article, in several
languages. Nothing here names an outlet: these are the cues any reader recognises.
"""

from __future__ import annotations

import re

# Lines that open a promo block ("Related", "Most read") or are a page widget by themselves.
# Matched against the whole line, lower-cased, stripped of trailing punctuation/arrows.
PROMO_HEADERS = {
    # en
    "related", "related news", "related articles", "related stories", "related content",
    "related posts", "related topics", "related coverage", "related video", "related videos",
    "see also", "more on this", "more on this story", "more on this topic", "more stories",
    "more news", "more from", "you may also like", "you might also like", "you may like",
    "recommended", "recommended for you", "recommended stories", "read more", "read next",
    "read also", "also read", "most read", "most popular", "most viewed", "most shared",
    "trending", "trending now", "top stories", "latest news", "latest", "latest stories",
    "editor's picks", "editors' picks", "popular", "popular stories", "what to read next",
    "up next", "don't miss", "more", "also on", "in other news", "coverage", "in case you missed it",
    "breaking", "breaking news", "just in", "live", "news feed", "newsfeed", "watch",
    "more in", "more like this", "further reading", "keep reading", "continue reading",
    "sponsored content", "partner content", "from around the web", "promoted stories",
    "trending news", "trending stories", "top news", "popular now", "what's hot", "more videos",
    "latest videos", "recommended videos", "you might like", "around the web", "more to explore",
    "sponsored stories", "related links", "related reading", "more reading", "recent posts",
    "recent articles", "most recent", "more headlines", "other news", "more top stories",
    # de
    "mehr zum thema", "lesen sie auch", "auch interessant", "weitere artikel", "meistgelesen",
    "meistgelesene artikel", "das könnte sie auch interessieren", "empfohlen", "zum thema",
    # fr
    "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "les plus lus", "sur le même sujet",
    "à lire également", "lire la suite", "dans la même rubrique", "les plus partagés",
    # es / pt / it
    "lea también", "leer más", "te puede interesar", "más leídas", "más leído",
    "noticias relacionadas", "relacionado", "relacionados", "leia também", "leia mais",
    "mais lidas", "artigos relacionados", "posts relacionados", "notícias relacionadas",
    "artículos relacionados", "articles similaires", "ähnliche artikel", "articoli simili", "veja também", "você pode gostar", "você também pode gostar", "leia também", "leggi anche", "più letti", "articoli correlati",
    # ja / zh / ko
    "関連記事", "人気記事", "おすすめ記事", "関連ニュース", "こちらの記事も合わせてどうぞ", "相关新闻",
    "相关文章", "热门文章", "推荐阅读", "相關新聞", "관련기사", "많이 본 기사", "인기기사",
    # ru
    "читайте также", "по теме", "самое читаемое", "новости по теме",
}

# Page furniture: share bars, accounts, legal footer, ads. Whole line or "cue: ..." prefix.
FURNITURE = {
    "share", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "share via email", "tweet", "email", "e-mail", "print", "comments",
    "comment", "leave a comment", "post a comment", "copy link", "link copied", "save", "whatsapp",
    "facebook", "twitter", "linkedin", "reddit", "pinterest", "telegram", "instagram", "youtube",
    "flipboard", "messenger", "x",
    "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "register", "newsletter",
    "newsletters", "sign up for our newsletter", "support us", "donate", "become a member",
    "all rights reserved", "privacy policy", "privacy", "terms of use", "terms of service",
    "terms and conditions", "cookie policy", "cookies", "cookie settings", "contact us", "contact",
    "about us", "about", "advertise", "advertise with us", "careers", "sitemap", "site map",
    "accessibility", "help", "faq", "rss", "skip to content", "skip to main content", "menu",
    "search", "home", "close", "back to top", "advertisement", "advertising", "sponsored", "ad",
    "story continues below", "story continues below advertisement", "scroll to continue",
    "article continues below", "continue reading below", "remind me later", "loading",
    "tags", "topics", "filed under", "categories", "category", "authors", "author",
    "photos", "photo", "video", "videos", "listen", "listen to this article", "play",
    # de / fr / es / it / pt / ru
    "teilen", "drucken", "abonnieren", "anzeige", "impressum", "datenschutz", "kontakt",
    "alle rechte vorbehalten", "themen", "schlagwörter", "partager", "imprimer", "s'abonner",
    "publicité", "tous droits réservés", "mentions légales", "étiquettes", "mots-clés",
    "compartir", "imprimir", "suscríbete", "publicidad", "todos los derechos reservados",
    "etiquetas", "temas", "condividi", "pubblicità", "compartilhe", "поделиться", "реклама",
    "werbung", "publicidade", "iklan",  # "advertisement" (de, pt, id / ms)
}

FURNITURE_PREFIXES = (
    "read more:", "read next:", "read also:", "also read:", "related:", "see also:", "watch:",
    "read:", "more:", "listen:", "tags:", "topics:", "filed under:", "follow us", "follow ",
    "sign up ", "subscribe to ", "subscribe for ", "subscribe from ", "copyright", "©", "(c) ", "all rights reserved",
    "(read more", "(see also", "(related", "(leggi anche", "(lesen sie auch", "(lire aussi",
    "(leia também", "(lea también", "lesen sie auch:", "mehr zum thema:", "lire aussi:", "à lire aussi:", "lea también:",
    "leia também:", "leggi anche:", "читайте также:", "click here", "click to ",
    "back to ", "share on ", "tweet on ", "tweet this", "pin it", "email this", "print this",
    "close share", "open share", "share this", "share via", "chevron_",
    "this article was", "this story was", "recommended:", "related article:", "related story:", "related ", "tag:",
)

TAG_HEADERS = {
    "tags", "topics", "filed under", "categories", "related topics", "themen", "schlagwörter",
    "étiquettes", "mots-clés", "sujets", "etiquetas", "temas", "tag", "argomenti",
}

SOCIAL = {
    "facebook", "twitter", "linkedin", "reddit", "pinterest", "whatsapp", "telegram", "email",
    "e-mail", "print", "share", "copy link", "messenger", "x", "instagram", "youtube", "tweet",
    "flipboard", "mail", "sms", "tumblr", "vk", "comments", "pint", "pin", "google+", "pocket", "hatena",
    "viber", "skype", "xing", "baixar", "download", "share", "compartilhar", "teilen", "partager",
}

# Reader-addressed appeals: "we" + "you" + one of these stems, outside quotations.
APPEAL_STEMS = (
    "support", "donat", "subscri", "contribut", "journalis", "newsletter", "member", "help us",
    "your help", "independent", "paywall", "sign up", "register", "cookie", "advert", "unterstütz",
    "soutenez", "soutien", "abonn", "apoya", "suscr",
)
_QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]{0,2000}[\"”“»«]")

TRAIL = " \t:|›»>→•·-–—…."


def norm_cue(text: str) -> str:
    return text.strip().strip(TRAIL).strip().lower()


PROMO_PREFIXES = ("more from ", "more stories from ", "more in ", "latest from ", "more on ", "other news in",
                  "more news from ", "top stories in ", "also on ", "related to ", "more about ")


def is_promo_header(text: str, low: str | None = None) -> bool:
    low = low if low is not None else norm_cue(text)
    return low in PROMO_HEADERS or (len(low) <= 40 and low.startswith(PROMO_PREFIXES))


# "On HoustonChronicle.com: Car sales plunge": a link to another story on a site.
SITE_LINK = re.compile(r"^(?:on|from|more at|more on|via|also on)\s+[\w.-]+\.(?:com|org|net|co\.uk|de|fr|es|it)\s*:", re.I)


def is_furniture(text: str, low: str | None = None, raw: str | None = None) -> bool:
    """A line that is page furniture by its wording alone."""
    low = low if low is not None else norm_cue(text)
    if low in FURNITURE or low in PROMO_HEADERS:
        return True
    raw = raw if raw is not None else text.lower()
    if len(raw) <= 160 and raw.startswith(FURNITURE_PREFIXES):
        return True
    return len(raw) <= 200 and ("all rights reserved" in raw or "alle rechte vorbehalten" in raw)


LEGAL_STRONG = ("all rights reserved", "©", "alle rechte vorbehalten", "tous droits réservés",
                "todos los derechos reservados", "tutti i diritti riservati", "we use cookies",
                "this site uses cookies", "this website uses cookies", "utilizziamo i cookie",
                "nous utilisons des cookies", "wir verwenden cookies", "utilizamos cookies",
                "usamos cookies", "جميع الحقوق محفوظة", "все права защищены")
LEGAL_TERMS = ("copyright", "trademark", "terms of use", "terms of service", "privacy policy",
               "cookie", "customer service", "disclaimer", "telephone:", "fax:", "e-mail:", "tel:",
               "registered office", "registered in", "market data", "delayed by", "quotes delayed", "licensed",
               "reproduction", "without permission", "affiliate", "commission")


def is_legal(text: str) -> bool:
    """A copyright / disclaimer / contact footer, however long."""
    low = text.lower()
    if any(term in low for term in LEGAL_STRONG):
        return True
    return sum(1 for term in LEGAL_TERMS if term in low) >= 2


COMMENT_SECTION = re.compile(
    r"^(?:\d+\s+(?:comments?|responses?|replies|reactions?|kommentare?|commentaires?|comentarios?|"
    r"commenti|comentários)(?:\s+(?:to|on|for|zu|à|a)\b.*)?"
    r"|(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?)\s*\(\d+\)"
    r"|(?:comments?|responses?|replies)\s+(?:to|on)\s+.+"
    r"|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)|"
    r"show comments|view comments|load comments|reader comments|top (?:rated )?comments|"
    r"most (?:popular|liked|recent) comments|all comments|"
    r"(?:leave a (?:reply|comment)|lascia un commento|deja un comentario|laisser un commentaire|"
    r"schreibe einen kommentar|deixe um comentário|dejar un comentario)\s*(?:cancel reply|annulla risposta|"
    r"cancelar respuesta|annuler la réponse|antworten abbrechen)?)$"
    r"|^(?:you must be logged in to post a comment|devi essere connesso per inviare un commento|"
    r"save my name, email,? and website|your email address will not be published|"
    r"la tua email non sarà pubblicata|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|"
    r"tu dirección de correo electrónico no será publicada|"
    r"deine e-mail-adresse wird nicht veröffentlicht|o seu endereço de e-mail não será publicado|"
    r"seu e-mail não será publicado).*",
    re.I,
)
COMMENT_HEADER = re.compile(
    r"^\S.{0,100}?\b(?:said|says|wrote|writes|sagte|sagt|schreibt|a écrit|dit|escribió|dice|disse)\s*:\s*$",
    re.I,
)


# Words that must occur in a line before the costlier tests below are worth running.
COMMENT_WORDS = frozenset(
    "comment comments reply replies response responses reaction reactions kommentar kommentare "
    "commentaires comentarios comentários commenti discussion conversation said says wrote writes "
    "sagte sagt schreibt écrit dit escribió dice disse commento commenti commentaire comentario "
    "comentário save your email e-mail logged connesso about sobre über l'autore autor seu".split()
)
APPEAL_WORDS = frozenset(
    "subscribe subscribed subscriber subscribers subscription subscriptions sign signup click inbox "
    "follow newsletter newsletters download latest stay stories tip join log login create register "
    "registration support supporting supporter supporters donate donation donations donating "
    "contribute contribution contributions journalism journalist journalists member members "
    "membership help independent paywall cookie cookies advert advertising advertisement "
    "abonnieren abonnez-vous abonnement melden inscrivez-vous suscríbete suscribirse inscreva-se "
    "assine iscriviti unterstützen unterstützung soutenez soutien apoya apoyo already account "
    "successfully succesfully activation thanks thank alerts delivered receba recibe enjoyed liked current "
    "clicking click"
    "free".split()
)
LEGAL_WORDS = frozenset(
    "reserved rights copyright trademark trademarks terms privacy cookie cookies customer disclaimer "
    "telephone fax e-mail tel registered market delayed quotes licensed reproduction permission "
    "affiliate commission vorbehalten réservés reservados riservati".split()
)
WE_WORDS = frozenset("we our us wir unser unsere nous notre nosotros nuestro".split())
YOU_WORDS = frozenset("you your sie ihr vous votre usted tu".split())


def _with_punctuation(words: frozenset[str]) -> frozenset[str]:
    """The words as str.split() leaves them next to punctuation ("support." "(you"), so that
    a line's raw tokens can be tested against the set without cleaning each token."""
    out = set(words)
    for word in words:
        out.update(word + p for p in ".,:;!?)\"”’»")
        out.update(p + word for p in "(\"“‘«")
    return frozenset(out)


COMMENT_WORDS = _with_punctuation(COMMENT_WORDS)
APPEAL_WORDS = _with_punctuation(APPEAL_WORDS)
LEGAL_WORDS = _with_punctuation(LEGAL_WORDS)
WE_WORDS = _with_punctuation(WE_WORDS)
YOU_WORDS = _with_punctuation(YOU_WORDS)



# The author's bio box that closes many articles: "About the author", "Sobre Carlos Nadalim".
AUTHOR_BIO = re.compile(
    r"^(?:[Aa]bout the authors?|[Ss]obre o autor|sobre a autora|sobre el autor|sobre la autora|über den autor|"
    r"über die autorin|à propos de l'auteur|à propos de l'autrice|l'autore|informazioni sull'autore|"
    r"(?:[Aa]bout|[Ss]obre|[Üü]ber)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})$"
)


# A finished sentence inside a line ("... on Tuesday afternoon. He said:"): a lower-case word with
# its full stop, then a capital. Initials ("J. Smith says:") and times ("10:42 am") are not.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def is_comment_marker(text: str) -> bool:
    """Where the article is over: a comment section's title ("34 responses to ..."), a comment's
    "X says:" header, a comment form, or the author's bio box.

    A prose paragraph that ends by introducing a quote ("... He said:") is no comment header.
    """
    stripped = text.strip().strip("»›•[]() ").strip()
    if COMMENT_SECTION.match(stripped) or AUTHOR_BIO.match(stripped):
        return True
    return bool(COMMENT_HEADER.match(stripped)) and not _SENTENCE_INSIDE.search(stripped)


CALLS_TO_ACTION = (
    "subscribe to", "subscribe now", "sign up", "click here", "in your inbox", "to your inbox",
    "follow us", "follow her on", "follow him on", "follow me on", "our newsletter", "newsletters",
    "delivered to your", "download the app", "download our app", "get the latest", "stay up to date",
    "want more stories", "have a tip", "send us a tip", "join our", "sign in to", "log in to",
    "create an account", "create a free account", "register now", "already a subscriber",
    "abonnieren sie", "melden sie sich", "inscrivez-vous", "abonnez-vous", "suscríbete",
    "inscreva-se", "assine", "iscriviti", "successfully subscribed", "succesfully subscribed",
    "activation link", "clicking here", "by clicking", "if you enjoyed this", "if you liked this", "delivered right to",
    "stay current with", "get our free", "receba em seu email", "receba em seu e-mail", "recibe en tu correo", "news alerts", "delivered weekday", "delivered every", "delivered daily",
    "thank you for subscribing", "thanks for subscribing", "thanks for signing up",
)


def is_appeal(text: str) -> bool:
    """A paragraph that addresses the reader (support, subscribe, sign up), outside any quotation."""
    outside = _QUOTED.sub(" ", text) if any(q in text for q in "\"“„«»") else text
    low = outside.lower()
    if len(text) <= 400 and any(cta in low for cta in CALLS_TO_ACTION):
        return True
    words = low.split()
    if WE_WORDS.isdisjoint(words) or YOU_WORDS.isdisjoint(words):
        return False
    return sum(1 for stem in APPEAL_STEMS if stem in low) >= 1


# --------------------------------------------------------------------------- metadata shapes

BYLINE = re.compile(
    r"^(?:by|written by|words by|von|par|por|di|door|автор|av|af|بقلم|كتب|كتبت)[:\s]\s*(?P<who>\S.{0,150})$",
    re.I,
)
AUTHOR_ROLE = re.compile(
    r"^(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?:[\w.&]+\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|staff)s?$",
    re.I,
)
AUTHOR_LABEL = re.compile(
    r"^(?:author|authors|autor|auteur|autore|reporter|text|texte|texto|текст|автор)s?\s*:\s*(?P<who>\S.{0,150})$",
    re.I,
)
SOURCE_CREDIT = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|источник)\s*:\s*(?P<who>\S.{0,80})$", re.I
)
SHARE_COUNT = re.compile(r"^[\d.,]+\s*[kKmM]?\s*(?:shares?|comments?|views?|likes?)$", re.I)
READ_TIME = re.compile(
    r"^(?:\d+\s*(?:-|to)?\s*\d*\s*)(?:min(?:ute)?s?|mins?)\.?\s*(?:read|reading(?: time)?|lesezeit|de lecture|de lectura)?$"
    r"|^(?:reading time|read time|lesezeit|temps de lecture|tempo de leitura|tiempo de lectura|"
    r"tempo di lettura|leestijd)\s*:?\s*\d+\s*min",
    re.I,
)

# "Vladimir Gerdo / TASS /", "Photo: AFP", "(AP Photo/John Doe)", "Getty Images"
PHOTO_CREDIT = re.compile(
    r"^(?:[\w.'’\-]+(?:\s+[\w.'’\-]+){0,4}\s*/\s*[\w.&'’\- ]{2,40}?(?:\s*/)?"
    r"|(?:photo|image|picture|credit|foto|bild|source de l'image|crédit photo|photograph)s?"
    r"(?:\s+credit)?\s*:\s*.{2,80}"
    r"|\(?(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock)(?:\s+Photo)?\s*/\s*.{2,60}\)?"
    r"|.{0,60}\b(?:Getty Images|Shutterstock|iStock|AP Photo|AFP via Getty Images)\b.{0,40})$",
    re.I,
)
CAPTION_SHAPE = re.compile(
    r"\((?:image|photo|picture|foto|credit|source|pic)s?\s*:[^)]{1,60}\)\s*$"
    r"|(?:/|\|)\s*(?:AP|AFP|Reuters|EPA|Getty Images|Getty|AAP|PA|dpa|ANI|PTI|Xinhua|TASS)(?:\s+(?:file|photo|images))?\s*\)?\s*$"
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images)\s*(?:Photo|Images)?\s*/[^)]{1,60}\)\s*$"
    r"|^(?:FILE\s*[-–—]\s*)?In this (?:[\w.,'’-]+\s+){0,8}(?:file\s+)?(?:photo|image|picture)\b"
    r"|^\d{1,3}\s?of\s?\d{1,3}(?=[A-Z\s])|\((?:pictured|pictured left|pictured right|above|below)\)"
    r"|^(?:above|below|top|pictured|photo illustration|illustration|file photo|photo|image|foto|bild)\s*:"
    r"|^photo illustration by\b|\((?:left|right|center|centre)\)"
    r"|^(?:photo |image |picture )?courtesy(?: of)?\s+\S"
    r"|\.\s+(?-i:Photograph|Photo|Picture|Image|Illustration|Foto|Bild)\s*:\s*(?-i:[A-Z])[^.]{1,80}$",
    re.I,
)
CAPTION_SUFFIX = re.compile(r"\((?:[^()]{0,40}\b(?:photo|photos|image|foto|file|archive)\b[^()]{0,40}|AP|AFP|Reuters|EPA)\)\s*$", re.I)

IMAGE_PLACEHOLDER = re.compile(r"^\[[^\]]{0,200}\]$")
