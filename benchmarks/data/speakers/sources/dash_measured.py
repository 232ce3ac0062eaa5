"""Build benchmarks/data/speakers/dash_measured.json: six short news articles written by hand for this
project after the dash-dialogue rules were written (Swedish, Polish, Russian, Spanish, Danish,
Ukrainian), each setting its quotations off by a dash that opens the paragraph, in each language's
house style. Every person, place and firm is invented; each quotation was labelled while writing,
before the engine ran on them. Only measured: no rule may be written from them (their misses are
never listed). Besides the speech, each article holds dashes that open nothing (inside a sentence, a
dashed list, a range).

Markup as in sources/marked.py.

    python3 benchmarks/data/speakers/sources/dash_measured.py   # rewrites ../dash_measured.json
"""

from __future__ import annotations

from pathlib import Path

from marked import build_article, write_set

OUT = Path(__file__).resolve().parent.parent / "dash_measured.json"

ARTICLES: list[tuple[str, str, str, str]] = []  # (id, language, batch, marked text)


def article(ident: str, language: str, batch: str, text: str) -> None:
    ARTICLES.append((ident, language, batch, text.strip()))


article("sv-farja", "sv", "sv", """
Färjan till Holmö inställd i en vecka

HOLMÖ (TT) Färjetrafiken till Holmö ställs in i en vecka sedan ett fel hittats i färjans styrsystem.

– {{Karin Lund|Vi kan inte riskera passagerarnas säkerhet}}, säger Karin Lund, trafikchef på Skärgårdslinjen.

Under tiden ska en mindre båt köra vårdpersonal och skolbarn – men inga bilar – över sundet.

– {{Karin Lund|Vi räknar med att den ordinarie färjan är tillbaka nästa fredag.}}

Öborna är inte nöjda. Affären på ön får inga leveranser.

– {{Nils Åberg|Vi har mjölk för två dagar, sedan är det slut}}, säger Nils Åberg som driver affären. – {{Nils Åberg|Ingen har frågat oss hur vi ska klara oss.}}

Kommunalrådet Eva Sandin lovar att kommunen ska hjälpa till.

– {{Eva Sandin|Vi ordnar en extra tur med varor på onsdag}}, säger hon.
""")

article("pl-szpital", "pl", "pl", """
Oddział pediatryczny w Brzozowie zawieszony

Szpital powiatowy w Brzozowie od poniedziałku zawiesza oddział pediatryczny z powodu braku lekarzy.

– {{Tomasz Wrona|Od miesięcy szukamy pediatrów, ale nikt nie chce tu pracować}} – powiedział dyrektor szpitala Tomasz Wrona.

Dzieci z powiatu będą odsyłane do szpitala w Rzeszowie – oddalonego o 60 kilometrów.

– {{Agnieszka Malec|To jest dla nas dramat. W nocy nie ma czym dojechać}} – mówi Agnieszka Malec, matka trójki dzieci.

Starosta Jan Pietrzak zapewnia, że zawieszenie potrwa najwyżej trzy miesiące.

– {{Jan Pietrzak|Rozmawiamy z dwoma lekarzami z Ukrainy}} – dodał. – {{Jan Pietrzak|Jeśli się zgodzą, oddział wróci w marcu.}}
""")

article("ru-most", "ru", "ru", """
В Заречье закрыли пешеходный мост

Пешеходный мост через реку Сонь в Заречье закрыт после того, как инженеры обнаружили трещины в опорах.

— {{Ольга Белова|Мост аварийный, ходить по нему опасно}}, — сообщила глава администрации Ольга Белова.

Жителям предлагают пользоваться автомобильным мостом — до него почти два километра.

— {{Виктор Седов|Дети ходят в школу по этому мосту каждый день}}, — говорит местный житель Виктор Седов. — {{Виктор Седов|Теперь им придётся идти вдоль трассы.}}

По словам Беловой, ремонт займёт два-три месяца.

— {{Ольга Белова|Деньги на ремонт уже выделены}}, — добавила она.
""")

article("es-puerto", "es", "es", """
Los estibadores de Puerto Lindo convocan huelga

Los estibadores del puerto de Puerto Lindo irán a la huelga a partir del lunes para protestar por los nuevos turnos.

—{{Raúl Medina|Nos quieren hacer trabajar doce horas seguidas}} —dijo el portavoz del sindicato, Raúl Medina—. {{Raúl Medina|Eso no es seguro para nadie.}}

La empresa concesionaria —que gestiona la terminal desde 2019— asegura que los turnos cumplen la ley.

—{{Lucía Ferrer|Hemos ofrecido una subida salarial del cuatro por ciento}} —explicó la directora de recursos humanos, Lucía Ferrer.

La huelga afectará a unos 300 trabajadores y podría paralizar las exportaciones de fruta.

—{{Lucía Ferrer|Seguimos abiertos al diálogo}} —añadió.
""")

article("da-skov", "da", "da", """
Storm væltede tusindvis af træer i Rødby Skov

RØDBY (Ritzau) Nattens storm har væltet flere tusinde træer i Rødby Skov, og skoven er lukket for besøgende.

– {{Henrik Dahl|Det er den værste skade, vi har set i tyve år}}, siger skovfoged Henrik Dahl.

Oprydningen – der kan tage hele vinteren – begynder allerede i morgen.

– {{Henrik Dahl|Vi beder folk om at holde sig væk, for der falder stadig grene ned.}}

Kommunen har lukket tre stier:

– Strandstien
– Egestien
– Mosestien
""")

article("uk-shkola", "uk", "uk", """
У Вербівці відкрили нову школу

У селі Вербівка після трьох років будівництва відкрили нову школу на 400 учнів.

— {{Наталія Гриценко|Діти нарешті навчатимуться в теплих класах}}, — сказала директорка школи Наталія Гриценко.

Будівництво коштувало 120 мільйонів гривень — половину дала громада.

— {{Андрій Мельник|Ми чекали цього дня десять років}}, — каже батько двох учнів Андрій Мельник. — {{Андрій Мельник|Старе приміщення було в аварійному стані.}}
""")


def main() -> None:
    articles = [build_article(ident, language, batch, text, order)
                for order, (ident, language, batch, text) in enumerate(ARTICLES)]
    write_set(OUT, articles, "Six short news articles written by hand (Swedish, Polish, Russian, Spanish, Danish, "
              "Ukrainian) whose quotations a dash opening the paragraph sets off, written after the dash-dialogue "
              "rules, every person invented; each quotation labelled while writing, before the engine ran. Only "
              "measured. Built by sources/dash_measured.py (content {digest}).")


if __name__ == "__main__":
    main()
