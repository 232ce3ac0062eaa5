"""Build benchmarks/data/speakers/dash_tune.json: six short news articles written by hand for this
project (Swedish, Polish, Russian, Spanish, Portuguese, Norwegian), each setting its quotations off
by a dash that opens the paragraph, as these languages' papers do ("– Vi har inget val, säger X.",
"— Мы не знали, — сказал он.", "—No hay dinero —dijo X—."), to tune the dash-dialogue rules on.
Every person, place and firm is invented; each quotation was labelled while writing, before the
engine ran on them. Besides the speech, each article holds a dash that opens nothing: one inside a
sentence, a dashed list or a dateline.

Markup as in sources/marked.py.

    python3 benchmarks/data/speakers/sources/dash_tune.py   # rewrites ../dash_tune.json
"""

from __future__ import annotations

from pathlib import Path

from marked import build_article, write_set

OUT = Path(__file__).resolve().parent.parent / "dash_tune.json"

ARTICLES: list[tuple[str, str, str, str]] = []  # (id, language, batch, marked text)


def article(ident: str, language: str, batch: str, text: str) -> None:
    ARTICLES.append((ident, language, batch, text.strip()))


article("sv-skola", "sv", "sv", """
Skolan i Norrby stängs efter mögelfynd

NORRBY (TT) Grundskolan i Norrby stängs från måndag sedan mögel hittats i två av byggnaderna.

– {{Anna Berg|Vi har inget val}}, säger Anna Berg, rektor på skolan. – {{Anna Berg|Vi stänger skolan tills vidare och flyttar undervisningen till Folkets hus.}}

Kommunens miljöchef Per Lind – som själv har barn på skolan – lovar en snabb sanering.

– {{Per Lind|Arbetet börjar redan i helgen och ska vara klart före jul}}, säger Per Lind.

Föräldrarna fick beskedet på ett möte i går kväll. Många var oroliga.

– {{Sofia Ek|Mitt barn har haft ont i huvudet i flera veckor}}, säger Sofia Ek, som har två barn i skolan.

Kommunen har listat åtgärderna:

– ny ventilation
– nya golv i matsalen
– extra städning
""")

article("pl-most", "pl", "pl", """
Most w Zalesiu zamknięty do jesieni

Most na Wiśle w Zalesiu zostanie zamknięty do października – poinformował w poniedziałek zarząd dróg wojewódzkich.

– {{Marek Nowak|Nie mamy wyboru}} – powiedział dyrektor zarządu Marek Nowak. – {{Marek Nowak|Ekspertyza wykazała pęknięcia w dwóch filarach.}}

Mieszkańcy są oburzeni. Objazd wydłuża drogę do pracy o trzydzieści kilometrów.

– {{Ewa Kowalczyk|To jest skandal, nikt nas nie pytał o zdanie}} – mówi Ewa Kowalczyk, sołtyska Zalesia.

Remont ma kosztować 40 mln zł. Pieniądze pochodzą z trzech źródeł:

– budżet województwa
– fundusze unijne
– kredyt
""")

article("ru-zavod", "ru", "ru", """
На заводе в Кирсанове остановили конвейер

Конвейер на заводе «Кирсановмаш» остановлен из-за нехватки деталей, сообщила пресс-служба предприятия.

— {{Олег Савин|Мы не знали, что поставки прекратятся}}, — сказал директор завода Олег Савин. — {{Олег Савин|Рабочие получат зарплату полностью.}}

Рабочие в этом сомневаются.

— {{Ирина Белова|Нам уже два месяца платят половину}}, — рассказала сборщица Ирина Белова.

Профсоюз — по словам его председателя — готовит обращение к губернатору.
""")

article("es-puerto", "es", "es", """
El puerto de Valdemora cierra por el temporal

El puerto de Valdemora permanecerá cerrado hasta el jueves por el temporal, informó la capitanía marítima.

—{{Luis Ortega|No hay dinero para reparar el dique}} —dijo el alcalde, Luis Ortega—. {{Luis Ortega|Llevamos años pidiendo ayuda al Gobierno.}}

Los pescadores, que no pueden faenar desde el lunes, piden ayudas urgentes.

—{{Carmen Ruiz|Si esto sigue así, perderemos la temporada}} —afirmó Carmen Ruiz, presidenta de la cofradía.

— EFE
""")

article("pt-hospital", "pt", "pt", """
Hospital de Vila Serra suspende cirurgias

O Hospital de Vila Serra suspendeu as cirurgias programadas por falta de anestesistas.

— {{Rui Matos|Não temos médicos suficientes para garantir a segurança dos doentes}} — disse o diretor clínico, Rui Matos. — {{Rui Matos|Esperamos retomar a atividade em março.}}

A ministra da Saúde — que visitou o hospital na sexta-feira — prometeu reforços.

— {{Teresa Lopes|Estamos à espera há meses e ninguém nos ouve}}, afirmou Teresa Lopes, enfermeira.
""")

article("no-ferge", "no", "no", """
Fergen til Sandøy innstilt i helgen

SANDØY (NTB) Fergesambandet til Sandøy er innstilt hele helgen på grunn av motorfeil.

– {{Kari Nilsen|Vi beklager dette sterkt}}, sier driftssjef Kari Nilsen i Fjordlinjen. – {{Kari Nilsen|En ny motor er bestilt, men den kommer først neste uke.}}

Ordfører Jon Dahl er kritisk.

– {{Jon Dahl|Dette er tredje gang i år. Øya blir isolert}}, sier Dahl til NTB.

– NTB
""")


# web copy that sets the speech dash as a hyphen-minus ("- Vi vet ikke, sier hun."), written later
article("no-hyphen-flom", "nb", "hyphen", """
Flom i Gudbrandsdalen: 40 hytter evakuert

OTTA Lågen gikk over sine bredder natt til lørdag, og politiet evakuerte 40 hytter ved Otta.

- {{Randi Bakken|Vi vet ikke hvor høyt vannet kommer}}, sier innsatsleder Randi Bakken i Innlandet politidistrikt. - {{Randi Bakken|Vi ber folk holde seg unna elvebredden.}}

Hytteeier Svein Lunde fikk beskjed klokken fire om natten.

- {{Svein Lunde|Jeg rakk bare å ta med meg bilnøklene}}, sier Lunde.

Kommunen har satt opp et mottak i Otta-hallen:
- seng og mat
- informasjon fra NVE
""")

article("sv-hyphen-brand", "sv", "hyphen", """
Brand i lagerlokal i Borås – ingen skadad

BORÅS Räddningstjänsten larmades vid midnatt till en brand i en lagerlokal på Sandared industriområde.

- {{Jonas Ek|Branden var kraftigt utvecklad när vi kom fram}}, säger Jonas Ek, insatsledare vid räddningstjänsten.

Ägaren Maria Holm kom till platsen under natten.

- {{Maria Holm|Allt vi har byggt upp på tio år är borta}}, säger hon.

Polisen utreder branden som mordbrand - men ingen är gripen.
""")


def main() -> None:
    articles = [build_article(ident, language, batch, text, order) for order, (ident, language, batch, text) in enumerate(ARTICLES)]
    write_set(OUT, articles, "Six short news articles written by hand (Swedish, Polish, Russian, Spanish, Portuguese, "
              "Norwegian), then two (Norwegian, Swedish) setting the dash as a hyphen-minus, whose quotations a dash opening "
              "the paragraph sets off, every person invented; each "
              "quotation labelled while writing, before the engine ran. A tune set: its misses are read to write "
              "rules. Built by sources/dash_tune.py (content {digest}).")


if __name__ == "__main__":
    main()
