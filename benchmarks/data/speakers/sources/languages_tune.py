"""Build benchmarks/data/speakers/languages_tune.json: short news articles written by hand for this
project in German, French, Spanish, Italian, Portuguese, Russian, Czech and Dutch (sixteen, two per
language, then six, forty-five and eight more: see ../README.md), in each language's press style, to tune
the speaker rules of these languages on. Every
person, firm and club in them is invented. Each quotation was labelled while writing, before
the engine ran on the articles.

Markup: a quotation's words are written ``{{LABEL|words}}`` inside the page's own quotation marks;
LABEL is the speaker as the article states it (``Name/Other name`` adds names the article also
uses, ``accept``), ``-`` when nobody is said to speak the words (a title, a nickname, a team's
name, a scare quote), ``~description:head,head`` for an unnamed source (heads written without
accents, as the benchmark folds them), and a leading ``!`` marks an implied quotation.

    python3 benchmarks/data/speakers/sources/languages_tune.py   # rewrites ../languages_tune.json
"""

from __future__ import annotations

from pathlib import Path

from marked import build_article, write_set

OUT = Path(__file__).resolve().parent.parent / "languages_tune.json"

ARTICLES: list[tuple[str, str, str]] = []  # (id, language, marked text)


def article(ident: str, language: str, text: str, no_break: bool = False) -> None:
    """no_break: the spaces inside French guillemets and before a colon are no-break spaces, as
    many French sites set them."""
    text = text.strip()
    if no_break:
        text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:")
    ARTICLES.append((ident, language, text))


# --- German ---------------------------------------------------------------------------------
article("de-rudern", "de", """
Ruderer aus Minden gewinnen überraschend den Elbe-Cup

Der Ruderverein Minden hat am Sonntag den Elbe-Cup in Magdeburg gewonnen. Der Achter um Schlagmann Lukas Evertz setzte sich im Finale mit knapp zwei Sekunden Vorsprung gegen die favorisierten Potsdamer durch.

„{{Lukas Evertz|Damit hat niemand gerechnet, wir selbst am wenigsten}}“, sagte Evertz nach dem Rennen. „{{Lukas Evertz|Auf den letzten 500 Metern haben wir einfach alles rausgehauen.}}“

Vor der Saison hatte sich der Verein einen „{{-|Neustart}}“ verordnet, nachdem zwei Leistungsträger nach Hamburg gewechselt waren. Trainerin Heike Brandtner lobte vor allem die Geschlossenheit ihrer Mannschaft: „{{Heike Brandtner|Im Winter haben wir bei minus fünf Grad auf dem Wasser gesessen. Das zahlt sich jetzt aus.}}“

Sie will das Boot im Herbst auch für die Deutschen Meisterschaften melden. „{{Heike Brandtner|Wir fahren nicht hin, um Letzter zu werden}}“, fügte sie hinzu.

In Potsdam war die Enttäuschung groß. „{{~ein Sprecher des Vereins:sprecher|Wir gratulieren, aber die Bedingungen auf der Außenbahn waren nicht vergleichbar}}“, erklärte ein Sprecher des Vereins. Regattaleiter Frank Oltmanns wies das zurück. „{{Frank Oltmanns|Der Wind kam von vorn, und zwar für alle gleich}}“, so Oltmanns.

Das Finale ist am Samstagabend noch einmal in der Sendung „{{-|Sport im Osten}}“ zu sehen.
""")

article("de-prozess", "de", """
Prozess um Bäckereikette: Früherer Chef bestreitet Betrug

Vor dem Landgericht Osnabrück hat am Dienstag der Prozess gegen den früheren Geschäftsführer der Bäckereikette Kornhaus, Matthias Lüdecke, begonnen. Die Staatsanwaltschaft wirft ihm vor, Lieferanten um rund 1,8 Millionen Euro betrogen zu haben.

»{{Matthias Lüdecke|Ich habe zu keinem Zeitpunkt jemanden täuschen wollen}}«, sagte der 54-Jährige zu Beginn der Verhandlung. Er habe bis zuletzt an eine Rettung des Unternehmens geglaubt, das jahrelang als »{{-|Bäcker mit Herz}}« geworben hatte.

Staatsanwalt Tobias Renner zeichnete ein anderes Bild. »{{Tobias Renner|Der Angeklagte wusste spätestens im Frühjahr 2022, dass die Rechnungen nicht mehr bezahlt werden konnten}}«, erklärte Renner. »{{Tobias Renner|Trotzdem hat er weiter Mehl und Butter auf Kredit bestellt.}}«

Ein früherer Filialleiter schilderte als Zeuge die letzten Wochen vor der Insolvenz: »{{~ein früherer Filialleiter:filialleiter,zeuge|Wir bekamen kaum noch Ware, die Regale waren halb leer. Die Kunden haben gefragt, ob wir bald schließen.}}

»{{~ein früherer Filialleiter:filialleiter,zeuge|Bei einer Versammlung im Mai hieß es dann, es gehe weiter. Das haben wir alle geglaubt.}}«

»{{Jan Pohlmann|Mein Mandant hat Fehler gemacht, aber er ist kein Betrüger}}«, sagte sein Verteidiger Jan Pohlmann am Rande des Prozesses. Die Vorsitzende Richterin Birgit Hallstein will bis Ende Juni alle 40 Lieferanten anhören, die sich gemeldet haben. »{{Birgit Hallstein|Wir nehmen uns die Zeit, die dieses Verfahren braucht}}«, kündigte sie an.
""")

# --- French ---------------------------------------------------------------------------------
article("fr-fromagerie", "fr", """
Le fromager jurassien Bellerive racheté par un groupe suisse

La fromagerie Bellerive, installée à Poligny depuis 1923, passe sous pavillon suisse. Le groupe laitier Alpenmilch a annoncé mardi le rachat de 70 % du capital de l'entreprise familiale, pour un montant qui n'a pas été rendu public.

« {{Sylvie Mareuil|C'était la seule façon de garder les quarante emplois à Poligny. Nous n'avions plus les moyens d'investir seuls dans une nouvelle cave d'affinage}} », a déclaré à l'AFP Sylvie Mareuil, la directrice générale de Bellerive.

Les salariés restent prudents. « {{~un délégué syndical:delegue|On nous promet que rien ne change. On a déjà entendu ça en 2015}} », confie un délégué syndical, qui a requis l'anonymat.

Le président d'Alpenmilch, Reto Gasser, s'est voulu rassurant. « {{Reto Gasser|Le comté restera fabriqué à Poligny, avec le lait des mêmes producteurs}} », a-t-il affirmé lors d'une conférence de presse à Besançon. Selon M. Gasser, « {{Reto Gasser|aucune fermeture de site n'est à l'ordre du jour}} ».

« {{Jean-Paul Vuillet|Pour nous, c'est une bonne nouvelle si le prix du lait tient}} », estime Jean-Paul Vuillet, éleveur à Chaussin et président de la coopérative locale. Il a toutefois appelé à « {{Jean-Paul Vuillet|la plus grande vigilance}} » sur les contrats.

La marque continuera de vendre son fromage sous le nom « {{-|Bellerive Tradition}} ».
""")

article("fr-grotte", "fr", """
Dans l'Ardèche, des spéléologues découvrent une grotte ornée

Une équipe de spéléologues amateurs a découvert, dans les gorges de l'Ardèche, une cavité ornée de plusieurs dizaines de gravures qui pourraient dater de plus de 20 000 ans, a annoncé jeudi la préfecture.

« {{Mathilde Orcel|Nous avons d'abord vu un cheval, puis un deuxième, puis des mains. C'était totalement irréel}} », raconte Mathilde Orcel, qui conduisait l'équipe. Elle a aussitôt prévenu le service régional de l'archéologie.

Pour l'archéologue Bernard Tisserand, chargé de la première expertise, la découverte est « {{Bernard Tisserand|majeure}} ». « {{Bernard Tisserand|Les traits sont d'une finesse rare, et le site semble intact}}, a-t-il expliqué. {{Bernard Tisserand|Il faudra des mois avant de pouvoir avancer une datation.}} »

L'accès à la grotte a été immédiatement fermé. « {{~la préfecture:prefecture|Aucune visite ne sera autorisée avant la fin des relevés}} », a précisé la préfecture dans un communiqué.

Le maire de la commune, Gilles Arnaud, a estimé que la découverte était « {{Gilles Arnaud|une chance et une responsabilité}} » pour le village. Interrogé par la radio locale, il a ajouté : « {{Gilles Arnaud|Nous ne voulons pas d'un deuxième Chauvet avec des cars de touristes partout.}} »

Les gravures ont déjà reçu un surnom dans la presse régionale, « {{-|la chapelle des chevaux}} ».
""", no_break=True)

# --- Spanish --------------------------------------------------------------------------------
article("es-agua", "es", """
El pueblo conquense de Valdeolmos estrena depósito de agua tras tres veranos de cortes

Los vecinos de Valdeolmos (Cuenca) podrán abrir el grifo este verano sin miedo a quedarse sin agua. El Ayuntamiento inauguró el sábado un nuevo depósito de 400.000 litros, financiado en parte con fondos de la Diputación.

«{{Julián Ortega|Ha sido una lucha de años, pero por fin podemos decir que el agua está garantizada}}», dijo el alcalde de la localidad, Julián Ortega, durante el acto. «{{Julián Ortega|Nadie se va a tener que duchar con garrafas nunca más}}», añadió.

Durante los tres últimos veranos, el municipio sufrió cortes de hasta doce horas diarias. Según Ortega, «{{Julián Ortega|la situación llegó a ser insostenible para los mayores}}».

La obra costó 380.000 euros. La diputada provincial de Infraestructuras, Marta Linares, aseguró que la institución seguirá apoyando a los pueblos pequeños: «{{Marta Linares|No puede haber ciudadanos de primera y de segunda por vivir en un municipio de cien habitantes}}».

No todos están satisfechos. «{{~una vecina:vecina|Está muy bien, pero han tardado tres años y nadie nos ha pedido perdón}}», comentó una vecina que prefirió no dar su nombre.

El depósito, al que los vecinos ya llaman «{{-|el Gordo}}», se levanta junto a la ermita de San Roque.
""")

article("es-ciclismo", "es", """
Elena Varga gana la Vuelta a Asturias femenina con un ataque en el último puerto

La ciclista vallisoletana Elena Varga se impuso este domingo en la Vuelta a Asturias femenina después de atacar a tres kilómetros de la cima del alto del Acebo.

“{{Elena Varga|Sabía que si llegaba con las demás al final no tenía nada que hacer}}”, explicó la corredora en meta. “{{Elena Varga|Así que lo intenté de lejos y salió bien.}}”

Su director deportivo, Ignacio Badiola, reconoció que el plan era otro. “{{Ignacio Badiola|Le dijimos que esperara, pero ella siente la carrera como nadie}}”, admitió Badiola, que dirige el equipo desde 2021.

Segunda fue la neerlandesa Fleur Dekker, que se quejó del estado de la carretera. “{{Fleur Dekker|En la bajada había gravilla por todas partes, era peligroso}}”, declaró a la televisión autonómica.

Fuentes de la organización aseguraron que el tramo había sido revisado el sábado. “{{~fuentes de la organización:fuentes|Se barrió dos veces}}”, indicaron.

Varga, de 24 años, dedicó la victoria a su abuelo, el hombre que le regaló su primera bicicleta: “{{Elena Varga|Él me enseñó a no rendirme nunca. Esto es para él.}}”

La última etapa se emitió en directo en el programa “{{-|Ciclismo a fondo}}”.
""")

# --- Italian --------------------------------------------------------------------------------
article("it-tribunale", "it", """
Crollo del capannone a Lodi, a processo tre tecnici

Sono stati rinviati a giudizio ieri i tre tecnici accusati del crollo del capannone della ditta Ferrari Imballaggi di Lodi, in cui nel febbraio del 2022 rimasero feriti due operai.

«{{Giulia Ferrante|I calcoli sul carico della neve erano sbagliati fin dall'inizio}}», ha detto in aula il pubblico ministero Giulia Ferrante. Secondo l'accusa, la copertura non era mai stata collaudata.

«{{Giulia Ferrante|Bastava una verifica di mezza giornata per evitare tutto questo}}», ha aggiunto la pm.

Di parere opposto la difesa. «{{Alberto Mancuso|I miei assistiti hanno rispettato le norme in vigore all'epoca}}», ha spiegato l'avvocato Alberto Mancuso, che difende due dei tre imputati. «{{Alberto Mancuso|Dimostreremo in dibattimento che il crollo ha cause diverse.}}»

Uno dei due operai feriti, Davide Colombo, ha assistito all'udienza. «{{Davide Colombo|Non cerco vendetta, voglio solo sapere perché}}», ha dichiarato all'uscita dal tribunale. Secondo Colombo, «{{Davide Colombo|qualcuno doveva accorgersene prima}}».

Il processo inizierà il 14 ottobre. Fonti vicine alla procura parlano di un «{{~fonti vicine alla procura:fonti|fascicolo molto solido}}».
""")

article("it-vulcano", "it", """
Stromboli, un nuovo sensore "{{-|ascolta}}" il vulcano dal fondo del mare

Un gruppo di ricercatori dell'Università di Catania ha installato a 600 metri di profondità, al largo di Stromboli, un sensore in grado di registrare i movimenti del magma prima che si manifestino in superficie.

"{{Chiara Lo Bianco|È come mettere lo stetoscopio sul petto del vulcano}}", spiega Chiara Lo Bianco, geofisica e coordinatrice del progetto. "{{Chiara Lo Bianco|Finora ascoltavamo solo da terra, adesso sentiamo anche quello che succede sotto.}}"

Il sensore trasmette i dati ogni dieci secondi alla sala operativa di Catania. Secondo la ricercatrice, i primi risultati sono "{{Chiara Lo Bianco|molto incoraggianti}}".

Il direttore dell'osservatorio, Franco Messina, invita però alla prudenza: "{{Franco Messina|Serviranno almeno due anni di dati prima di poter parlare di previsioni}}".

"{{Franco Messina|Non vogliamo creare false aspettative tra gli abitanti dell'isola}}", ha precisato Messina, che ha ricordato l'eruzione del 2019.

Gli isolani seguono il progetto con interesse. "{{~un pescatore di Ginostra:pescatore|Se il vulcano ci avvisa prima, per noi cambia tutto}}", dice un pescatore di Ginostra.

Il progetto, chiamato "{{-|Orecchio blu}}", è finanziato con fondi europei.
""")

# --- Portuguese -----------------------------------------------------------------------------
article("pt-farmacia", "pt", """
Startup de Recife levanta R$ 40 milhões para expandir entrega de remédios

A startup pernambucana FarmaJá anunciou nesta quarta-feira (12) uma rodada de investimento de R$ 40 milhões liderada pelo fundo paulista Aurora Capital.

“{{Rafael Siqueira|Nosso objetivo é chegar a todas as capitais do Nordeste até o fim do ano que vem}}”, afirmou o fundador e presidente da empresa, Rafael Siqueira. Segundo ele, a empresa já entrega em 35 minutos, em média, em Recife e Natal. “{{Rafael Siqueira|O cliente não quer esperar um dia por um antibiótico}}”, disse Siqueira.

A sócia da Aurora Capital Beatriz Nogueira disse que o fundo acompanha a empresa há dois anos. “{{Beatriz Nogueira|Eles cresceram sem queimar caixa, o que é raro no setor}}”, avaliou.

O setor, no entanto, enfrenta resistência. Para a presidente do sindicato das farmácias de Pernambuco, Lúcia Farias, as plataformas “{{Lúcia Farias|concorrem de forma desleal com a farmácia do bairro}}”. “{{Lúcia Farias|Quem paga a conta é o pequeno comerciante}}”, declarou.

Procurada, a Agência Nacional de Vigilância Sanitária (Anvisa) informou em nota que “{{Agência Nacional de Vigilância Sanitária/Anvisa|acompanha o tema}}”.

A empresa, que se apresenta como a “{{-|farmácia no bolso}}”, tem hoje 210 funcionários.
""")

article("pt-piscina", "pt", """
Câmara de Tondela fecha piscina municipal por falta de nadadores-salvadores

A piscina municipal de Tondela vai permanecer fechada durante o mês de agosto, por falta de nadadores-salvadores, anunciou esta segunda-feira a autarquia.

«{{Rui Pestana|Abrimos concurso três vezes e não apareceu ninguém}}», disse à agência Lusa o vereador do Desporto, Rui Pestana. «{{Rui Pestana|Não podemos abrir uma piscina sem vigilância, seria irresponsável.}}»

O autarca referiu que a câmara está a tentar contratar profissionais de concelhos vizinhos. «{{Rui Pestana|Estamos a falar com Viseu e com Santa Comba Dão}}», adiantou.

Os pais estão descontentes. «{{Sofia Carvalho|É a única piscina pública num raio de 30 quilómetros, os miúdos ficam sem nada para fazer}}», lamentou Sofia Carvalho, mãe de dois filhos.

Segundo a associação de nadadores-salvadores da região, o problema é antigo. «{{~um responsável da associação:responsavel|Os salários não compensam a formação, que custa quase 400 euros}}», sublinhou um responsável da associação.

A piscina, que os tondelenses conhecem como a «{{-|praia do concelho}}», deverá reabrir a 1 de setembro.
""")

# --- Russian --------------------------------------------------------------------------------
article("ru-hokkej", "ru", """
Архангельская «{{-|Северная звезда}}» обыграла «{{-|Амур}}» в овертайме

Хоккейный клуб «{{-|Северная звезда}}» из Архангельска в воскресенье обыграл на своём льду хабаровский «{{-|Амур}}» со счётом 3:2 в овертайме. Победную шайбу забросил 19-летний нападающий Артём Кузьмин.

«{{Артём Кузьмин|Я даже не понял, как она залетела. Просто бросил в сторону ворот}}», — сказал Кузьмин после матча.

Главный тренер архангельцев Виктор Белоусов признал, что команда провела не лучшую игру. «{{Виктор Белоусов|Во втором периоде мы просто стояли. Так играть нельзя}}», — заявил он на пресс-конференции. По словам Белоусова, «{{Виктор Белоусов|в раздевалке был серьёзный разговор}}».

Наставник «{{-|Амура}}» Олег Сафронов был краток: «{{Олег Сафронов|Ничья была бы справедливым результатом. Но хоккей есть хоккей}}».

«{{Марина Кузьмина|Он с пяти лет на коньках, мы всей семьёй за него болеем}}», — рассказала мать хоккеиста Марина Кузьмина, которая приехала на матч из Котласа.
""")

article("ru-sud", "ru", """
Суд в Казани обязал застройщика вернуть дольщикам 120 миллионов рублей

Советский районный суд Казани обязал компанию «{{-|Волга-Строй}}» вернуть 46 дольщикам более 120 миллионов рублей за так и не построенный жилой комплекс «{{-|Зелёный берег}}».

«{{Алексей Гарипов|Мы ждали квартиры шесть лет. Теперь хотя бы есть надежда вернуть деньги}}», — сказал один из истцов, Алексей Гарипов.

«{{~представитель компании:представитель|Компания не согласна с решением и будет его обжаловать}}», — заявил в суде представитель застройщика, попросивший не называть его имени.

Адвокат дольщиков Наталья Шамсутдинова назвала решение «{{Наталья Шамсутдинова|важным прецедентом}}». «{{Наталья Шамсутдинова|Это первое такое решение в республике, и на него наверняка будут ссылаться в других делах}}», — отметила она.

«{{~пресс-служба суда:пресс-служба|Решение в законную силу пока не вступило}}», — сообщили в пресс-службе суда.
""")

# --- Czech ----------------------------------------------------------------------------------
article("cs-most", "cs", """
Starosta Lipnice: Opravu mostu přes Sázavu do zimy nestihneme

Oprava silničního mostu přes Sázavu v Lipnici se protáhne nejméně do jara. Stavební firma podle radnice narazila pod starou mostovkou na poškozené pilíře.

„{{Pavel Dvořák|Nikdo nečekal, že budou pilíře v tak špatném stavu}},“ řekl starosta Lipnice Pavel Dvořák. „{{Pavel Dvořák|Objízdná trasa přes Kácov zůstane v provozu, dokud nebude most bezpečný}},“ dodal.

Mluvčí krajské správy silnic Lenka Horáková uvedla, že se oprava prodraží. „{{Lenka Horáková|Náklady se zvýší zhruba o šest milionů korun}},“ uvedla Horáková.

Místní podnikatelé si stěžují. Majitel restaurace na návsi Jiří Kolář popsal situaci takto: „{{Jiří Kolář|Od června k nám jezdí o polovinu méně hostů. Turisté z Prahy to přes objížďku prostě vzdají.}}

„{{Jiří Kolář|Jestli se to do jara nezmění, budu muset propustit dva lidi.}}“

„{{~zdroj z radnice:zdroj|Firma chtěla víc peněz už v srpnu}},“ řekl zdroj z radnice, který si nepřál být jmenován. Lidé v obci už opravě přezdívají „{{-|nekonečný příběh}}“.
""")

article("cs-sepse", "cs", """
Brněnští vědci vyvinuli test, který odhalí sepsi za dvacet minut

Vědci z brněnského Ústavu molekulární diagnostiky vyvinuli rychlý test, který podle nich odhalí otravu krve dříve než dosavadní metody.

„{{Tereza Marková|Každá hodina bez léčby zvyšuje riziko úmrtí o několik procent}},“ vysvětlila vedoucí týmu Tereza Marková. „{{Tereza Marková|Proto jsme se soustředili hlavně na rychlost.}}“

Test zatím prošel zkouškami na 300 pacientech. Podle Markové je „{{Tereza Marková|levnější než jedna krevní kultura}}“.

Na vývoji se podílela i Fakultní nemocnice Brno. Její náměstek pro vědu Ondřej Šimek řekl: „{{Ondřej Šimek|Pokud se výsledky potvrdí, chceme test nasadit na všech jednotkách intenzivní péče.}}“

„{{Ondřej Šimek|Ale to je otázka let, ne měsíců}},“ upozornil.

„{{~nezávislý odborník:odbornik|Studie je slibná, ale malá}},“ uvedl pro ČTK nezávislý odborník na infekční lékařství, který si nepřál být jmenován. Firma, která test vyrábí, ho bude prodávat pod názvem „{{-|SeptiQ}}“.
""")

# --- Dutch ----------------------------------------------------------------------------------
article("nl-woonboot", "nl", """
Rechter: gemeente Zwolle moet woonboot van Henk Veldkamp gedogen

De gemeente Zwolle mag de woonboot van Henk Veldkamp (71) niet uit de Thorbeckegracht laten verwijderen. Dat heeft de rechtbank Overijssel dinsdag bepaald.

‘{{Henk Veldkamp|Ik woon hier al 38 jaar, mijn vrouw is hier gestorven}}’, zei Veldkamp na de uitspraak. ‘{{Henk Veldkamp|Ze wilden me eruit hebben voor een paar extra parkeerplekken.}}’

Volgens rechter Anneke de Wit heeft de gemeente ‘{{Anneke de Wit|onvoldoende rekening gehouden met de belangen van de bewoner}}’.

De gemeente gaat de uitspraak bestuderen. ‘{{~een woordvoerder:woordvoerder|We nemen de uitspraak serieus, maar de gracht moet ook bereikbaar blijven voor hulpdiensten}}’, aldus een woordvoerder.

Buurvrouw Gerda Mulder kwam naar de zitting om Veldkamp te steunen. ‘{{Gerda Mulder|Henk is het geheugen van deze gracht. Hij weet van elk huis wie er ooit gewoond heeft.}}

‘{{Gerda Mulder|Als ze hem weghalen, verdwijnt er een stuk van de stad.}}’

Wethouder Ruud Bakker liet in een reactie weten dat ‘{{Ruud Bakker|er geen plannen zijn voor parkeerplekken op die plek}}’. In de stad werd de zaak al snel ‘{{-|de botenruzie}}’ genoemd.
""")

article("nl-schaatsen", "nl", """
Sietske Bouma wint alternatieve Elfstedentocht op de Weissensee

Schaatsster Sietske Bouma uit Heerenveen heeft woensdag de alternatieve Elfstedentocht op de Oostenrijkse Weissensee gewonnen. Ze was na 200 kilometer drie seconden sneller dan de Duitse Lena Hartmann.

"{{Sietske Bouma|Ik heb de hele dag in de kopgroep gezeten en gewacht op de laatste bocht}}", zei Bouma na afloop. "{{Sietske Bouma|Ik wist dat ik de snelste sprint had.}}"

Hartmann was niet tevreden over de organisatie. "{{Lena Hartmann|Er lagen scheuren in het ijs, daar kun je niet op sprinten}}", zei de Duitse tegen de NOS.

Volgens wedstrijdleider Pieter Dijkstra was het ijs "{{Pieter Dijkstra|overal minstens twaalf centimeter dik}}". "{{Pieter Dijkstra|Wij hebben het om zes uur 's ochtends nog gecontroleerd}}", aldus Dijkstra.

"{{Marco Visser|Sietske heeft het hele seizoen voor deze dag getraind}}", zegt haar ploegleider Marco Visser. "{{Marco Visser|Ze verdient het.}}"

De race was live te zien in het programma "{{-|Studio Schaatsen}}".
""")


# --- Written after the read batch, to hold the shapes of its wrong credits in other languages:
# a sentence opened by "one of the ..." and the person's name in an apposition after it, after a
# paragraph about another person of the same gender; a preposition and a place opening a sentence
# before the person it is about; a place after "of" in a role ("la maire de Redon, Claire Dumas");
# a source noun and its complement right before the name of the person it describes (and, as
# negatives, such a noun with no name after it). Every person invented, each quotation labelled
# while writing.
article("fr-crue", "fr", """
Crue de la Vilaine : quatre-vingts maisons évacuées à Redon

La préfecture d'Ille-et-Vilaine a ordonné mardi l'évacuation de quatre-vingts maisons du quartier du port, où l'eau a atteint 1,20 mètre.

La maire de Redon, Claire Dumas, s'est rendue sur place dans la matinée. « {{Claire Dumas|Nous demanderons la reconnaissance de l'état de catastrophe naturelle}} », a-t-elle annoncé.

Une des habitantes du quai, Martine Leroux, 67 ans, a dû quitter son domicile en pleine nuit. « {{Martine Leroux|Je n'ai pris que mes médicaments et mon chat}} », raconte-t-elle.

En Guémené, où les pluies durent depuis trois semaines, Anne Morvan, éleveuse, a perdu une partie de son fourrage. « {{Anne Morvan|Les prés sont devenus des lacs}} », explique-t-elle.

« {{Sophie Garnier|La situation devrait s'améliorer d'ici jeudi}} », a déclaré la porte-parole de la préfecture Sophie Garnier. « {{~un agent municipal:agent|On n'a jamais vu ça}} », a confié un agent municipal.

Le préfet, Jacques Morel, a promis des renforts. « {{Jacques Morel|Les pompiers resteront mobilisés tout le week-end}} », a-t-il assuré.

Un bénévole de la Croix-Rouge, qui distribuait des couvertures sur le quai, se montrait inquiet. « {{~un bénévole de la Croix-Rouge:benevole|Les gens ont tout perdu, il faudra des mois}} », a-t-il dit.
""", no_break=True)

article("nl-storm", "nl", """
Storm richt ravage aan op Walcheren

Een zware storm heeft in de nacht van maandag op dinsdag in Zeeland tientallen bomen omvergeblazen. Op meerdere plaatsen viel urenlang de stroom uit.

De burgemeester van Veere, Frank Joosse, bezocht dinsdagochtend de getroffen dorpen. "{{Frank Joosse|De schade is groter dan we dachten}}", zei hij.

Een van de Zeeuwen, de 58-jarige Kees Verhoef, zag een boom op zijn schuur vallen. "{{Kees Verhoef|Het klonk als een explosie}}", zegt hij.

Op Walcheren, waar de wind het hardst waaide, ruimt Anouk Dekker met haar buren de straat op. "{{Anouk Dekker|Iedereen helpt elkaar, zo gaat dat hier}}", vertelt ze.

"{{~een woordvoerder van de veiligheidsregio:woordvoerder|We hebben de hele nacht doorgewerkt}}", zei een woordvoerder van de veiligheidsregio. Joosse sprak van "{{Frank Joosse|een zware nacht}}".

Dijkgraaf Wouter Lievense liet weten dat de dijken het goed hebben gehouden. "{{Wouter Lievense|Daar zijn we de afgelopen jaren niet voor niets mee bezig geweest}}", zei hij.

Een monteur van de netbeheerder, die niet met zijn naam in de krant wil, werkte de hele nacht door. "{{~een monteur van de netbeheerder:monteur|Zo veel kapotte kabels heb ik nog nooit gezien}}", zegt hij.
""")

article("pt-incendio", "pt", """
Incêndio destrói armazém de móveis em Braga

Um incêndio destruiu na madrugada desta terça-feira um armazém de móveis na zona industrial de Braga. Não houve feridos.

O presidente da Câmara de Braga, Luís Sampaio, esteve no local. "{{Luís Sampaio|Vamos apoiar os trabalhadores no que for preciso}}", disse.

Um dos funcionários, o vigilante Paulo Reis, deu o alarme. "{{Paulo Reis|Vi o fumo a sair do telhado e liguei logo aos bombeiros}}", contou.

Em Fafe, onde a empresa tem outra loja, Ana Matos, de 31 anos, teme pelo emprego. "{{Ana Matos|Não sei o que vai acontecer agora}}", disse.

"{{Rui Carvalho|O fogo está dominado, mas o rescaldo vai demorar}}", afirmou o comandante dos bombeiros Rui Carvalho.

Um vizinho, que pediu para não ser identificado, diz que já tinha alertado a empresa. "{{~um vizinho:vizinho|Havia sempre paletes encostadas à parede}}", contou.
""")

article("ru-pozhar", "ru", """
В Казани горел торговый центр

Во вторник вечером в Казани загорелся торговый центр на улице Декабристов. Пострадавших нет.

Глава районной администрации Марина Лукина приехала на место пожара. «{{Марина Лукина|Всех арендаторов мы разместим в соседних зданиях}}», — пообещала она.

Одна из продавщиц, Ирина Соколова, первой заметила дым. «{{Ирина Соколова|Я сразу вывела покупателей на улицу}}», — рассказала она.

В Зеленодольске, где у компании есть склад, Анна Белова, 45 лет, ждёт новостей о работе. «{{Анна Белова|Нам пока ничего не объяснили}}», — говорит она.

«{{Иван Петров|Здание будет закрыто до конца проверки}}», — заявил представитель управляющей компании Иван Петров.
""")

article("es-granizo", "es", """
Una granizada arrasa los viñedos de La Rioja Alta

Una tormenta de granizo arrasó el lunes por la tarde cientos de hectáreas de viñedo en La Rioja Alta, a pocas semanas de la vendimia.

El consejero de Agricultura, Tomás Elorza, visitó la zona el martes. "{{Tomás Elorza|Pediremos la declaración de zona catastrófica}}", anunció.

Uno de los viticultores afectados, Ignacio Sáenz, calcula que ha perdido el 70 % de la cosecha. "{{Ignacio Sáenz|En diez minutos se fue el trabajo de un año}}", explicó.

En Villalba, donde la piedra cayó con más fuerza, Lucía Ortiz, de 52 años, recorría sus viñas sin poder creerlo. "{{Lucía Ortiz|No ha quedado ni un racimo sano}}", dijo.

"{{Begoña Arrieta|Vamos a pedir ayudas de inmediato}}", declaró la portavoz de la organización agraria Begoña Arrieta. "{{~un técnico de la consejería:tecnico|Los daños superan los diez millones}}", señaló un técnico de la consejería.
""")

article("de-hagel", "de", """
Hagelsturm verwüstet Obstplantagen am Bodensee

Ein Hagelsturm hat am Sonntagnachmittag im Bodenseekreis große Teile der Apfelernte zerstört. Die Körner waren so groß wie Tischtennisbälle.

Landrat Martin Hägele besuchte am Montag die betroffenen Höfe. „{{Martin Hägele|Das Land muss hier schnell helfen}}“, sagte er.

Einer der Obstbauern, der 61-jährige Anton Kessler, schätzt den Schaden auf mehr als 200.000 Euro. „{{Anton Kessler|So etwas habe ich in vierzig Jahren nicht erlebt}}“, sagte er.

Im Ortsteil Kau, wo der Sturm am heftigsten war, half Julia Brenner ihren Eltern beim Aufräumen. „{{Julia Brenner|Die Netze haben nichts genützt}}“, erzählte sie.

„{{Peter Vogt|Wir prüfen, ob die Versicherungen zahlen}}“, sagte der Sprecher des Landratsamts Peter Vogt.
""")

# --- Written in registers the articles above lack (sport, court, business, agency copy, interviews,
# obituaries, letters), with shapes that may mislead: two people of one gender in a paragraph, a
# quotation someone recalls from another, a name inside the quotation, a spokesman of a named person,
# a role after the name, a speaker in the paragraph before, a reported question, a body that speaks.
article("de-dpa-ministerin", "de", """
Streit um Bahnstrecke: Ministerin weist Kritik zurück

Berlin (dpa) - Im Streit um die Sanierung der Strecke Hannover–Bielefeld hat das Verkehrsministerium die Kritik der Länder zurückgewiesen. „{{~ein Sprecher von Ministerin Anke Rohlfs:sprecher|Die Ministerin hat die Länder frühzeitig eingebunden}}“, sagte ein Sprecher von Ministerin Anke Rohlfs am Mittwoch.

Der niedersächsische Verkehrsminister Holger Trentmann sieht das anders. Er habe von der Vollsperrung aus der Zeitung erfahren, sagte er. „{{Holger Trentmann|Wenn Frau Rohlfs von Einbindung spricht, dann meint sie etwas anderes als wir}}“, so Trentmann.

Auch die Pendlerinitiative „{{-|Weserbahn jetzt}}“ meldete sich zu Wort. Ihre Vorsitzende Gabriele Sieverding und die Landtagsabgeordnete Katrin Ohlendorf trafen sich am Dienstag in Minden. „{{Gabriele Sieverding|Wir reden hier über 30.000 Menschen, die jeden Tag pendeln}}“, sagte Sieverding, die selbst seit zwanzig Jahren mit dem Zug fährt.

Das Ministerium teilte später mit: „{{~das Ministerium:ministerium|Ersatzbusse werden im Zehn-Minuten-Takt fahren.}}“
""")

article("de-sport-trainer", "de", """
Eintracht Celle entlässt Trainer nach fünf Niederlagen

Der Fußball-Regionalligist Eintracht Celle hat sich von Trainer Rüdiger Manthey getrennt. Das gab der Verein am Montag bekannt. „{{~der Verein:verein|Wir danken Rüdiger Manthey für seine engagierte Arbeit}}“, hieß es in einer Mitteilung des Vereins.

Sportdirektor Olaf Behrens, 47, begründete den Schritt mit der Tabellenlage. „{{Olaf Behrens|Wir stehen auf Platz 16, und die Mannschaft hat keine Reaktion gezeigt}}“, sagte Behrens. Manthey selbst war für eine Stellungnahme nicht erreichbar.

Kapitän Dennis Wołowski erinnerte daran, dass Manthey der Mannschaft noch vor zwei Wochen gesagt habe: „{{Rüdiger Manthey|Wir kommen da gemeinsam raus}}“. Wołowski sagte, die Spieler trügen eine Mitschuld.

Auf die Frage, ob er selbst Interesse an dem Posten habe, antwortete Co-Trainer Sven Kaltofen: „{{Sven Kaltofen|Darüber denke ich heute nicht nach.}}“

„{{Olaf Behrens|Bis Weihnachten wollen wir einen Nachfolger präsentieren}}“, kündigte Behrens an.
""")

article("de-nachruf", "de", """
Zum Tod von Hildegard Scheufele: Die Stimme des Stadttheaters

Die Schauspielerin Hildegard Scheufele ist am Freitag im Alter von 88 Jahren in Ulm gestorben. Mehr als vierzig Jahre stand sie auf der Bühne des Stadttheaters.

Ihre langjährige Kollegin Renate Fuchsberger erinnert sich an die erste Probe: „{{Renate Fuchsberger|Sie kam herein, setzte sich und kannte schon den ganzen Text. Wir anderen hatten nicht einmal das Buch aufgeschlagen.}}“

Intendant Bernd Oelschläger würdigte Scheufele als „{{Bernd Oelschläger|Seele des Hauses}}“.

Scheufele selbst hatte 2011 in einem Interview gesagt: „{{Hildegard Scheufele|Das Theater hat mir nie gehört, ich habe es nur ausgeliehen}}“. Ihr Sohn, der Musiker Tobias Scheufele, sagte am Samstag: „{{Tobias Scheufele|Meine Mutter wollte keine Trauerfeier, sondern ein Fest.}}“
""")

article("fr-afp-proces", "fr", """
Procès de l'incendie de Montbrison : l'ancien gérant nie toute négligence

LYON (AFP) - L'ancien gérant de l'entrepôt de Montbrison, Gérard Lhomme, a contesté mardi devant le tribunal correctionnel toute négligence dans l'incendie qui avait coûté la vie à un pompier en 2021.

« {{Gérard Lhomme|J'ai fait vérifier les extincteurs chaque année, les factures sont au dossier}} », a-t-il assuré à la barre. La présidente du tribunal, Mme Sandrine Vauclair, lui a demandé pourquoi l'alarme était débranchée. « {{Gérard Lhomme|Je ne l'ai appris qu'après le drame}} », a répondu le prévenu.

Le procureur Alain Dussert a rappelé qu'un salarié, Marc Ferrand, avait signalé la panne trois mois plus tôt. « {{Alain Dussert|Ce courriel a été lu, il a même reçu une réponse}} », a souligné le magistrat.

L'avocate de la famille du pompier, Me Hélène Carrier, a lu une lettre de la veuve : « {{~la veuve:veuve|Je ne demande pas de vengeance, je demande la vérité}} ».

Le tribunal, qui rendra sa décision le 12 mars, a indiqué dans un communiqué que « {{~le tribunal:tribunal|les débats se poursuivront à huis clos mercredi}} ».
""", no_break=True)

article("fr-entretien-maire", "fr", """
« Je ne serai pas candidate » : la maire de Dinan s'explique

La maire de Dinan, Françoise Le Goff, a annoncé lundi qu'elle ne briguerait pas de troisième mandat. Dans un entretien à notre journal, elle revient sur sa décision.

Son premier adjoint, Yannick Tanguy, l'a appris dimanche soir. « {{Françoise Le Goff|Je lui ai dit : “Yannick, c'est à toi maintenant”}} », raconte-t-elle.

Interrogée sur ses relations avec la préfète, Mme Corinne Abadie, elle reste diplomate. « {{Françoise Le Goff|Nous n'avons pas toujours été d'accord, mais elle a toujours répondu au téléphone}} ».

L'opposition, elle, ironise. « {{Damien Roux|On découvre qu'elle partait depuis deux ans}} », a réagi Damien Roux, conseiller municipal d'opposition.

Dans un courrier publié samedi par nos lecteurs, une habitante du centre écrivait : « {{~une habitante du centre:habitante|Madame Le Goff, vous nous manquerez, mais pas vos travaux de la rue de l'Horloge}} ».
""", no_break=True)

article("es-efe-juicio", "es", """
El exalcalde de Villanueva niega ante el juez haber cobrado comisiones

Zaragoza (EFE).- El exalcalde de Villanueva de Gállego, Ramón Ibarz, negó este jueves ante el juez haber cobrado comisiones por la adjudicación del polideportivo municipal.

"{{Ramón Ibarz|Nunca he recibido un euro de ninguna empresa}}", declaró Ibarz, de 63 años, que respondió solo a las preguntas de su abogado. El fiscal Javier Lanuza le preguntó por una transferencia de 40.000 euros a una cuenta en Andorra. "{{Ramón Ibarz|No voy a contestar}}", dijo el acusado.

El empresario Mateo Sancho, también acusado, y su socio Julián Gracia declararon después. Sancho aseguró que la obra se adjudicó "{{Mateo Sancho|con todas las de la ley}}". "{{Mateo Sancho|Si hubiera habido algo raro, Julián lo habría sabido}}", añadió.

Fuentes del tribunal indicaron que la sentencia no se conocerá antes del verano. El Ayuntamiento, personado como acusación particular, afirmó en un comunicado que "{{~el Ayuntamiento:ayuntamiento|defenderá hasta el final el dinero de los vecinos}}".
""")

article("es-futbol-cronica", "es", """
El Real Oviedo Astur remonta en el descuento y sueña con el ascenso

El Real Oviedo Astur ganó 2-1 al Cultural de Ponferrada con dos goles en los últimos cinco minutos. El delantero Iker Alonso, autor del empate, dedicó el tanto a su abuelo, fallecido en enero.

"{{Iker Alonso|Mi abuelo me decía siempre: 'Hasta el final, Iker, hasta el final'}}", explicó el delantero tras el partido. Su compañero Sergio Miranda, que marcó el 2-1, no ocultaba la emoción. "{{Sergio Miranda|No sé ni cómo entró, cerré los ojos}}", reconoció Miranda.

El entrenador visitante, Óscar Villamor, se quejó del arbitraje. "{{Óscar Villamor|Hay un fuera de juego clarísimo en el primer gol}}", protestó el técnico.

El club asturiano, por su parte, pidió en sus redes "{{~el club:club|respeto para el colegiado}}". El presidente de la entidad, Luis Fidalgo, preguntado por el ascenso, fue prudente: "{{Luis Fidalgo|Quedan seis jornadas y no hemos ganado nada}}".
""")

article("it-ansa-azienda", "it", """
Tessitura Brambati, accordo sui 120 esuberi

MILANO (ANSA) - È stato firmato nella notte al ministero delle Imprese l'accordo sugli esuberi della Tessitura Brambati di Como. L'amministratore delegato Carlo Brambati e il segretario della Filctem Giorgio Lanzani hanno parlato di "{{Carlo Brambati/Giorgio Lanzani/Brambati/Lanzani|un compromesso onorevole}}".

"{{Carlo Brambati|Nessuno sarà licenziato: ci saranno prepensionamenti e trasferimenti volontari}}", ha detto Brambati, terza generazione alla guida dell'azienda. Lanzani, sindacalista di lungo corso, ha aggiunto: "{{Giorgio Lanzani|Abbiamo evitato il peggio, ma la vigilanza resta alta}}".

Una portavoce del ministro Alberto Ferraresi ha riferito che "{{~una portavoce del ministro:portavoce|il ministro seguirà personalmente l'attuazione dell'accordo}}".

Il sindaco di Como, Paola Rigamonti, ha ricordato che la madre di Brambati le aveva detto anni fa: "{{~la madre di Brambati:madre|Questa fabbrica chiuderà solo quando chiuderà Como}}". "{{Paola Rigamonti|Oggi quella frase vale ancora}}", ha concluso Rigamonti.
""")

article("it-calcio-intervista", "it", """
Parla Marchetti: "Con la Virtus Lecco una stagione da ricordare"

Il portiere della Virtus Lecco, Daniele Marchetti, 34 anni, ha parato tre rigori in finale di Coppa Italia Serie C. Lo abbiamo incontrato il giorno dopo.

Il suo allenatore, Franco Cerutti, dice che lei è il leader dello spogliatoio. È d'accordo?

"{{Daniele Marchetti|Il leader è lui. Io parlo tanto, ma chi decide è il mister.}}"

Prima della lotteria dei rigori, il compagno Matteo Gervasoni le si è avvicinato. Cosa le ha detto?

"{{Daniele Marchetti|Mi ha detto: 'Tanto ne pari almeno due'. Gli ho risposto che ne avrei parati tre.}}"

Cerutti, raggiunto al telefono, conferma: "{{Franco Cerutti|Daniele è uno che si prende le responsabilità}}". Il presidente Aldo Brivio, invece, ha già annunciato il rinnovo del contratto: "{{Aldo Brivio|Marchetti resta a Lecco finché vuole}}".
""")

article("pt-lusa-economia", "pt", """
Conserveira de Matosinhos investe 15 milhões em nova fábrica

A Conserveira Atlântica, de Matosinhos, vai investir 15 milhões de euros numa nova unidade em Peniche, anunciou esta segunda-feira a empresa. A administradora executiva, Teresa Magalhães, e a diretora financeira, Inês Couto, apresentaram o plano aos trabalhadores.

"{{Teresa Magalhães|Vamos criar oitenta postos de trabalho até 2027}}", disse Teresa Magalhães, neta do fundador. Inês Couto sublinhou que o investimento conta com fundos europeus. "{{Inês Couto|Metade do valor vem do programa Mar 2030}}", explicou a responsável.

O presidente da Câmara de Peniche, Henrique Vitorino, lembrou que o pai da administradora lhe tinha dito em 2019: "{{~o pai da administradora:pai|Um dia voltamos a Peniche}}". "{{Henrique Vitorino|Cumpriram a palavra}}", disse o autarca.

A Associação Nacional dos Industriais de Conservas de Peixe considerou, em comunicado, que "{{~a associação:associacao|o setor volta a acreditar no futuro}}".
""")

article("ru-tass-sud", "ru", """
Суд в Самаре арестовал бывшего директора завода

САМАРА, 14 марта. /ТАСС/. Октябрьский районный суд Самары арестовал бывшего директора машиностроительного завода Виктора Гордеева по делу о растрате. Об этом сообщила пресс-служба суда.

«{{Виктор Гордеев|Я не присвоил ни рубля, все деньги ушли на зарплату рабочим}}», — заявил Гордеев в зале суда. Его адвокат Олег Ставицкий сообщил, что защита обжалует арест.

Следователь Андрей Кузьмин, выступая в суде, напомнил, что главный бухгалтер завода Сергей Никонов ещё в 2022 году предупреждал: «{{Сергей Никонов|Если так пойдёт дальше, нам нечем будет платить налоги}}». «{{Андрей Кузьмин|Это предупреждение было проигнорировано}}», — сказал Кузьмин.

В министерстве промышленности области заявили, что «{{~в министерстве промышленности:министерств|завод продолжит работу в обычном режиме}}».
""")

article("ru-hokkej-intervju", "ru", """
Вратарь «Северстали» Алексей Жуков: «Я не думал, что вернусь так быстро»

Вратарь череповецкой «{{-|Северстали}}» Алексей Жуков после травмы колена пропустил три месяца. В субботу он вернулся на лёд и отразил 34 броска.

Главный тренер команды Павел Леонов и капитан Дмитрий Осипов после матча хвалили вратаря. «{{Павел Леонов|Алексей сегодня нас просто вытащил}}», — сказал Леонов.

Осипов добавил, что перед игрой Жуков пошутил в раздевалке. «{{Дмитрий Осипов|Он сказал: „Ребята, сегодня можете не защищаться“}}», — рассказал капитан.

Самого Жукова спросили, готов ли он играть в плей-офф. «{{Алексей Жуков|Если врачи разрешат, я выйду в любом матче}}», — ответил вратарь.
""")

article("cs-ctk-soud", "cs", """
Soud potrestal bývalého starostu Kněžic podmínkou

Kolín (ČTK) - Okresní soud v Kolíně v úterý uložil bývalému starostovi Kněžic Jaroslavu Hruškovi dvouletou podmínku za zneužití pravomoci úřední osoby. Rozsudek není pravomocný.

„{{Jaroslav Hruška|Obecní peníze jsem nikdy nepoužil pro sebe}}“, řekl Hruška před vynesením rozsudku. Samosoudkyně Lenka Vaňková mu však připomněla, že účetní obce Jana Boháčová podepsala výpověď. „{{Lenka Vaňková|Svědkyně jasně popsala, kdo jí faktury nosil k proplacení}}“, uvedla soudkyně.

Státní zástupce Petr Kadlec, který žádal tři roky vězení, si ponechal lhůtu k odvolání. Mluvčí krajského státního zastupitelství Eva Šindelářová řekla, že „{{Eva Šindelářová|rozsudek nejprve podrobně prostudujeme}}“.

Obec Kněžice v prohlášení uvedla: „{{~obec:obec|Chceme hlavně, aby se peníze vrátily do rozpočtu.}}“
""")

article("nl-anp-rechtszaak", "nl", """
Oud-directeur zorginstelling ontkent fraude

ARNHEM (ANP) - De voormalige directeur van zorginstelling De Linde, Marjolein Brouwer, heeft dinsdag voor de rechtbank in Arnhem ontkend dat zij 2 miljoen euro aan zorggeld heeft verduisterd.

"{{Marjolein Brouwer|Ik heb altijd gedaan wat de raad van toezicht van mij vroeg}}", zei Brouwer. De voorzitter van die raad, Ellen de Wit, verklaarde eerder als getuige dat zij nooit van de betalingen had geweten. "{{Ellen de Wit|Die facturen heb ik nooit gezien}}", zei De Wit.

De officier van justitie, mr. Bart van Veen, vroeg Brouwer waarom zij een bedrijf van haar zwager had ingehuurd. Brouwer antwoordde: "{{Marjolein Brouwer|Omdat hij de goedkoopste was.}}"

Een woordvoerder van het Openbaar Ministerie liet na afloop weten dat "{{~een woordvoerder van het Openbaar Ministerie:woordvoerder|de zaak zorgvuldig is onderzocht}}". De rechtbank doet op 9 april uitspraak.
""")


article("de-leserbriefe", "de", """
Leserbriefe zur Schließung des Hallenbads

Zur Schließung des Hallenbads in Bad Salzhausen erreichten uns zahlreiche Zuschriften. Leserin Gisela M. aus Nidda schreibt: „{{Gisela M.|Meine Enkel haben dort schwimmen gelernt, meine Kinder auch.}}“

Bürgermeisterin Sabine Kolbe hatte im Stadtrat erklärt, die Sanierung sei nicht bezahlbar. Die Fraktionsvorsitzende der Grünen, Martina Eckhardt, widersprach ihr. „{{Martina Eckhardt|Für eine neue Umgehungsstraße war das Geld auch da}}“, sagte sie.

„{{~eine Anwohnerin:anwohnerin|Und wo sollen die Schulklassen jetzt hin?}}“, fragte eine Anwohnerin bei der Bürgerversammlung. Kolbe verwies auf das Bad in Schotten. „{{Sabine Kolbe|Dorthin fährt ab September ein Schulbus}}“, sagte die Bürgermeisterin.

Der Landkreis teilte mit, man prüfe „{{~der Landkreis:landkreis|alle Möglichkeiten einer gemeinsamen Lösung}}“.
""")

article("fr-afp-rugby", "fr", """
Top 14 : Castres renverse Toulon au bout du suspense

CASTRES (AFP) - Castres a battu Toulon 24-23 samedi grâce à une pénalité de son demi d'ouverture Julien Escande à la dernière minute.

« {{Julien Escande|Je n'ai pas regardé les poteaux, j'ai regardé le ballon}} », a raconté le buteur, âgé de 22 ans. Son entraîneur, Patrice Lagarde, a salué « {{Patrice Lagarde|un gamin en or}} ».

Le manager toulonnais, Éric Vidal, a reconnu la supériorité des Tarnais en mêlée. Il a aussi regretté l'expulsion de son pilier Mathieu Sarrat. « {{Éric Vidal|À quatorze pendant une demi-heure, c'est trop long}} », a-t-il estimé.

Sarrat, lui, contestait la décision. Interrogé sur le geste, il a répondu : « {{Mathieu Sarrat|Je n'ai jamais voulu le toucher au visage.}} »

Selon la Ligue nationale de rugby, « {{~la Ligue nationale de rugby:ligue|la commission de discipline se réunira mardi}} ».
""", no_break=True)

article("es-entrevista-alcaldesa", "es", """
Carmen Ruiz, alcaldesa de Tarazona: "No voy a subir los impuestos"

La alcaldesa de Tarazona, Carmen Ruiz, presentó este lunes los presupuestos municipales junto a la concejala de Hacienda, Pilar Esteban.

"{{Carmen Ruiz|No voy a subir los impuestos, ni este año ni el que viene}}", aseguró Ruiz. La concejala detalló después las inversiones previstas. "{{Pilar Esteban|La mitad del dinero irá a calles y aceras}}", explicó.

La portavoz de la oposición, Rosa Lacasa, criticó las cuentas. "{{Rosa Lacasa|Son unos presupuestos de escaparate}}", dijo Lacasa, que recordó que su grupo presentó 40 enmiendas.

Preguntada por la piscina municipal, cerrada desde 2022, la alcaldesa respondió: "{{Carmen Ruiz|Abrirá el próximo verano, se lo prometo a los vecinos.}}"
""")

article("nl-sport-voetbal", "nl", """
Go Ahead Deventer wint derby na rode kaart

DEVENTER (ANP) - Go Ahead Deventer heeft de derby tegen Heracles Zwolle met 2-1 gewonnen. Aanvaller Thijs Kuipers maakte in de slotminuut het winnende doelpunt.

"{{Thijs Kuipers|Ik dacht even dat hij buitenspel was, maar de vlag bleef omlaag}}", zei Kuipers na afloop. Trainer Jeroen Mulder was vooral blij met de inzet. "{{Jeroen Mulder|Met tien man zo terugkomen, dat zegt alles}}", aldus Mulder.

Heracles-trainer Dirk Hoekstra was boos over de rode kaart voor zijn verdediger Bram Visser. Volgens Hoekstra was het "{{Dirk Hoekstra|nooit een rode kaart}}". Visser zelf zei tegen de NOS: "{{Bram Visser|Ik raak de bal eerst, dat zie je op de beelden.}}"

De KNVB liet weten dat de scheidsrechter "{{~de KNVB:knvb|volgens de regels heeft gehandeld}}".
""")

article("cs-rozhovor-trener", "cs", """
Trenér Hradce: Nikdo nečekal, že budeme první

Hradec Králové (ČTK) - Fotbalisté Hradce Králové vedou po podzimu ligovou tabulku. Trenér Miroslav Kubíček a kapitán Ondřej Vlček v úterý bilancovali první polovinu sezony.

„{{Miroslav Kubíček|Nikdo nečekal, že budeme první, ani my ne}}“, řekl Kubíček. Vlček dodal, že kabina drží pohromadě. „{{Ondřej Vlček|Když se nedaří, nikdo nikoho neshazuje}}“, uvedl kapitán.

Sportovní ředitel klubu Tomáš Pešek připomněl, že loni v zimě chtěl Kubíček odejít. „{{Tomáš Pešek|Přemluvili jsme ho a dnes jsme rádi}}“, řekl Pešek.

Na otázku, zda klub v zimě posílí, Kubíček odpověděl: „{{Miroslav Kubíček|Jednoho obránce bychom potřebovali.}}“
""")

article("ru-intervju-mer", "ru", """
Мэр Твери: «Трамвай вернётся в город»

Мэр Твери Ольга Смирнова и министр транспорта области Наталья Гусева подписали в среду соглашение о восстановлении трамвайной сети.

«{{Ольга Смирнова|Трамвай вернётся в город уже через три года}}», — пообещала Смирнова. Гусева уточнила, что деньги выделит федеральный центр. «{{Наталья Гусева|Первые вагоны закупим в 2026 году}}», — сказала министр.

Депутат городской думы Андрей Волков напомнил, что трамвай закрыли в 2020 году. «{{Андрей Волков|Тогда нам говорили, что он никому не нужен}}», — сказал он.

На вопрос журналистов о стоимости проекта мэр ответила: «{{Ольга Смирнова|Около восьми миллиардов рублей.}}»

В пресс-службе губернатора сообщили, что «{{~пресс-служба губернатора:пресс-служб|проект включён в областную программу}}».
""")


article("de-handball", "de", """
Handball: Lemgoer Siegesserie hält

Lemgo (dpa) - Der TBV Lemgo hat auch sein siebtes Heimspiel in Folge gewonnen. Gegen den HC Erlangen siegte das Team von Trainer Uwe Grimm mit 31:27.

Grimm lobte vor allem seinen Torhüter Jonas Beck, der 17 Paraden zeigte. „{{Uwe Grimm|Wenn Jonas so hält, können wir jeden schlagen}}“, sagte er.

Beck selbst gab das Lob an die Abwehr weiter. Er zitierte seinen früheren Trainer Klaus Hartwig mit den Worten: „{{Klaus Hartwig|Ein Torwart ist nur so gut wie die Leute vor ihm.}}“

„{{Tim Krause|Wir haben 20 Minuten gut mitgehalten, dann nicht mehr}}“, sagte Erlangens Kapitän Tim Krause über das Spiel. Der Verein kündigte an, gegen eine Rote Karte Einspruch einzulegen.
""")

article("it-consiglio-comunale", "it", """
Bergamo, scontro in consiglio comunale sul nuovo stadio

BERGAMO (ANSA) - Seduta accesa ieri sera in consiglio comunale a Bergamo sul progetto del nuovo stadio. Il sindaco Giovanni Rota ha difeso il piano davanti all'opposizione.

L'assessore all'urbanistica, Elena Bonfanti, ha presentato i dati sul traffico. "{{Elena Bonfanti|Il nuovo parcheggio assorbirà tremila auto}}", ha spiegato. La consigliera di opposizione Laura Mazzoleni le ha chiesto chi pagherà le opere. "{{Laura Mazzoleni|Chi paga le strade? I cittadini o la società?}}", ha domandato Mazzoleni.

Rota ha citato il suo predecessore, che nel 2015 aveva scritto: "{{~il suo predecessore:predecessore|Bergamo merita uno stadio europeo}}".

"{{Giovanni Rota|Nessun euro pubblico andrà allo stadio}}", ha assicurato il sindaco a fine seduta.
""")

article("pt-obituario", "pt", """
Morreu Amélia Correia, a voz do fado de Alfama

A fadista Amélia Correia morreu esta sexta-feira em Lisboa, aos 91 anos. Durante seis décadas cantou nas casas de fado de Alfama.

O guitarrista Joaquim Tavares, que a acompanhou durante trinta anos, recorda a primeira noite em que a ouviu. "{{Joaquim Tavares|Ela começou a cantar e a sala ficou em silêncio}}", disse Tavares à agência Lusa.

A ministra da Cultura, Margarida Pinto, lamentou a morte da fadista. "{{Margarida Pinto|Portugal perde uma das suas vozes mais puras}}", afirmou a governante em comunicado.

Amélia Correia costumava dizer aos jovens fadistas: "{{Amélia Correia|O fado não se aprende, vive-se.}}" A neta, Sofia Correia, contou que a avó cantou até ao último mês. "{{Sofia Correia|Cantava para as enfermeiras}}", disse.
""")

article("fr-tribune-lecteurs", "fr", """
Fermeture de la maternité de Vierzon : les lecteurs réagissent

L'annonce de la fermeture de la maternité de Vierzon a suscité de nombreuses réactions de nos lecteurs.

Une sage-femme de l'établissement, qui préfère rester anonyme, nous écrit : « {{~une sage-femme de l'établissement:sage-femme|Nous avons appris la nouvelle par la presse, comme tout le monde.}} »

Le député de la circonscription, Pierre Chauvet, a interpellé la ministre de la Santé, Agnès Dufour, à l'Assemblée. « {{Pierre Chauvet|Combien de kilomètres une femme doit-elle faire pour accoucher ?}} », a-t-il demandé. La ministre lui a répondu que « {{Agnès Dufour|la sécurité des mères passe avant la proximité}} ».

L'agence régionale de santé a précisé dans un communiqué que « {{~l'agence régionale de santé:agence|les consultations resteront assurées sur place}} ».
""", no_break=True)

article("nl-rechtbank-hoger-beroep", "nl", """
Hof verlaagt straf voor oud-wethouder Zwolle

ARNHEM (ANP) - Het gerechtshof in Arnhem heeft de straf van oud-wethouder Henk Jansen verlaagd van acht naar vier maanden voorwaardelijk.

Volgens het hof heeft Jansen "{{~het hof:hof|niet bewust gehandeld in het eigen belang}}". Jansens advocaat, Sandra Bakker, sprak van een "{{Sandra Bakker|terechte correctie}}". "{{Sandra Bakker|Mijn cliënt is opgelucht}}", zei ze.

De advocaat-generaal, mr. Peter de Graaf, had zes maanden geëist. Hij wees erop dat Jansen zijn collega Karin Smit in 2019 had gezegd: "{{Henk Jansen|Dat regel ik wel met de aannemer.}}"

Jansen zelf wilde na afloop niet reageren.
""")


article("cs-hokej-zpravodajstvi", "cs", """
Hokejisté Zlína porazili Kladno po nájezdech

Zlín (ČTK) - Hokejisté Zlína porazili v extralize Kladno 3:2 po samostatných nájezdech. Rozhodující nájezd proměnil útočník Jakub Novotný.

Trenér Zlína Karel Dvořák chválil brankáře Martina Pospíšila, který zneškodnil 38 střel. „{{Karel Dvořák|Martin nás dnes podržel, bez něj bychom prohráli}}“, řekl Dvořák.

Kladenský kouč Radek Bláha byl zklamaný. Novinářům řekl, že mu asistent před nájezdy radil: „{{~asistent:asistent|Pošli tam nejdřív mladé.}}“ „{{Radek Bláha|Neposlechl jsem a chyba byla moje}}“, přiznal Bláha.

Klub Kladna v prohlášení uvedl, že „{{~klub Kladna:klub|výkon rozhodčích podrobně rozebere}}“.
""")

article("ru-sud-apelljacija", "ru", """
Апелляционный суд смягчил приговор бывшему мэру Пскова

ПСКОВ, 3 апреля. /ТАСС/. Апелляционный суд смягчил приговор бывшему мэру Пскова Евгению Лаврову с пяти до трёх лет колонии.

Адвокат Лаврова Ирина Кравец назвала решение «{{Ирина Кравец|шагом в правильном направлении}}». «{{Ирина Кравец|Мы будем добиваться полного оправдания}}», — заявила она.

Прокурор Елена Тихонова, выступая в суде, напомнила слова самого Лаврова, сказанные на совещании в 2021 году: «{{Евгений Лавров|Подрядчика я выберу сам}}». «{{Елена Тихонова|Эти слова говорят сами за себя}}», — сказала Тихонова.

Журналисты спросили Лаврова, признаёт ли он вину. «{{Евгений Лавров|Нет, и никогда не признаю}}», — ответил бывший мэр.
""")

article("es-economia-cooperativa", "es", """
La cooperativa aceitera de Baena cierra su mejor campaña

Córdoba (EFE).- La cooperativa Olivarera de Baena ha cerrado la mejor campaña de su historia, con 40 millones de kilos de aceituna molturados.

Su presidente, Antonio Cañete, atribuyó el resultado a las lluvias de primavera. "{{Antonio Cañete|El campo ha respondido como hacía diez años que no respondía}}", afirmó Cañete, que presentó las cuentas junto al gerente, Francisco Luque.

Luque advirtió de que los precios pueden bajar. "{{Francisco Luque|Con tanta oferta, el mercado se va a ajustar}}", señaló. El consejero de Agricultura de la Junta, Manuel Osuna, recordó que Cañete le había dicho en enero: "{{Antonio Cañete|Este año vamos a batir récords}}".

La Junta de Andalucía informó en un comunicado de que "{{~la Junta de Andalucía:junta|las ayudas a la modernización se abonarán en junio}}".
""")

article("fr-economie-usine", "fr", """
Papeterie de Docelles : un repreneur italien sauve 90 emplois

La papeterie de Docelles, dans les Vosges, a trouvé un repreneur. Le groupe italien Cartiera Valli a été retenu mardi par le tribunal de commerce d'Épinal.

« {{Luca Valli|Nous investirons douze millions d'euros dans une nouvelle machine}} », a promis Luca Valli, directeur général du groupe. Le représentant de la CGT, Thierry Colin, a salué « {{Thierry Colin|une vraie bonne nouvelle}} », tout en restant méfiant.

Le président de la région, Jean-Marc Hérault, a rencontré les salariés. Il leur a rappelé ce que lui avait confié l'ancien directeur, Bernard Petit, en 2020 : « {{Bernard Petit|Cette usine a encore cinquante ans devant elle.}} »

La préfecture des Vosges a indiqué que « {{~la préfecture des Vosges:prefecture|le dossier a été suivi de près par l'État}} ».
""", no_break=True)


article("de-interview-zeitung", "de", """
Ministerpräsident weist Rücktrittsforderung zurück

Hannover - Ministerpräsident Stefan Rohde hat Forderungen nach dem Rücktritt seiner Wirtschaftsministerin Carola Heinze zurückgewiesen. „{{Stefan Rohde|Frau Heinze hat mein volles Vertrauen}}“, sagte Rohde der „{{-|Neuen Presse}}“.

Die Opposition sieht das anders. CDU-Fraktionschef Bernd Wiechmann sagte gegenüber dem NDR, Heinze habe das Parlament getäuscht. „{{Bernd Wiechmann|Herr Rohde deckt seine Ministerin, das ist alles}}“, so Wiechmann über den Regierungschef.

Heinze selbst äußerte sich am Abend in einer Pressemitteilung. „{{Carola Heinze|Ich habe zu jedem Zeitpunkt korrekt informiert}}“, heißt es darin.

„{{~ein Regierungssprecher:regierungssprecher|Die Akten werden dem Ausschuss vollständig vorgelegt}}“, kündigte ein Regierungssprecher an.
""")

article("it-intervista-allenatore", "it", """
Ternana, Bellucci: "Abbiamo fatto un passo indietro"

TERNI - Dopo la sconfitta per 0-2 contro il Perugia, l'allenatore della Ternana, Marco Bellucci, non cerca scuse.

"{{Marco Bellucci|Abbiamo fatto un passo indietro rispetto a domenica scorsa}}", ha detto Bellucci ai giornalisti. "{{Marco Bellucci|Il Perugia ha meritato, non c'è altro da aggiungere.}}"

Il direttore sportivo Fabio Orlandi ha confermato la fiducia al tecnico, come aveva già fatto il presidente Sergio Pace. "{{Fabio Orlandi|Bellucci resta il nostro allenatore, senza discussioni}}", ha dichiarato Orlandi a Radio Terni.

Il capitano Andrea Fusco, invece, ha chiesto scusa ai tifosi: "{{Andrea Fusco|Oggi non siamo stati all'altezza della maglia.}}"
""")

article("nl-gemeenteraad", "nl", """
Raad Deventer stemt in met nieuw zwembad

De gemeenteraad van Deventer heeft dinsdagavond ingestemd met de bouw van een nieuw zwembad. Wethouder Ingrid Vos was na afloop opgelucht.

"{{Ingrid Vos|Hier hebben we vier jaar aan gewerkt}}", zei Vos tegen RTV Oost. Raadslid Marieke Hendriks van de SP stemde tegen. Zij vindt het plan te duur. "{{Marieke Hendriks|Voor dit geld hadden we ook de wijkcentra kunnen openhouden}}", aldus Hendriks.

Burgemeester Ron König, die de vergadering voorzat, sprak van "{{Ron König|een historisch besluit}}". Volgens hem "{{Ron König|krijgt Deventer eindelijk het bad dat het verdient}}".

"{{~een woordvoerder van de zwemvereniging:woordvoerder|We zijn heel blij, maar we hopen dat het sneller gaat dan gepland}}", zei een woordvoerder van de zwemvereniging.
""")

article("pt-futebol-treinador", "pt", """
Vitória de Guimarães vence em Braga e sobe ao quarto lugar

O Vitória de Guimarães venceu este domingo o Sporting de Braga por 2-1, num dérbi minhoto muito disputado.

"{{Paulo Fonseca|Foi uma vitória do coração, os jogadores deram tudo}}", disse o treinador do Vitória, Paulo Fonseca, no final do jogo. O técnico elogiou o avançado Tiago Mendes, autor dos dois golos. "{{Paulo Fonseca|O Tiago é um miúdo especial}}", acrescentou.

Do lado do Braga, o treinador Nuno Lopes queixou-se da arbitragem. "{{Nuno Lopes|Há um penálti claro sobre o Ricardo que ninguém viu}}", afirmou Lopes.

O Sporting de Braga anunciou que vai apresentar uma queixa à Federação.
""")


article("fr-politique-debat", "fr", """
Débat tendu entre les candidats à la mairie de Tours

Les deux principaux candidats à la mairie de Tours, Claire Besson et Nathalie Roux, se sont affrontés mercredi soir lors d'un débat organisé par la radio locale.

Claire Besson a lancé à son adversaire : « {{Claire Besson|Vous avez voté toutes les hausses d'impôts depuis dix ans.}} » Nathalie Roux lui a répondu que « {{Nathalie Roux|les comptes de la ville n'ont jamais été aussi sains}} ».

Interrogée par l'animateur, Paul Mercier, sur les transports, Mme Roux a promis la gratuité des bus. « {{Nathalie Roux|Dès 2027, pour tout le monde}} », a-t-elle précisé.

« {{~un militant de la candidate:militant|Elle a gagné le débat, sans discussion}} », estimait à la sortie un militant de la candidate.
""", no_break=True)

article("es-club-comunicado", "es", """
El Club Baloncesto Zamora destituye a su entrenador

El Club Baloncesto Zamora ha destituido a su entrenador, Julio Andrés, tras encadenar seis derrotas consecutivas en la Liga LEB Plata.

Según un comunicado del club, la decisión se tomó "{{~el club:club|para dar un nuevo impulso al equipo}}". El presidente, Alfredo Prieto, explicó a la Cadena SER que no fue fácil. "{{Alfredo Prieto|Julio es un amigo y un gran profesional}}", señaló Prieto.

Andrés, citado por el diario La Opinión, respondió a Prieto: "{{Julio Andrés|Me habría gustado acabar la temporada.}}"

El capitán, Rubén Gallego, dijo que los jugadores también son responsables. "{{Rubén Gallego|Esto no es solo culpa del entrenador}}", afirmó.
""")

article("ru-zavod-smi", "ru", """
На Уральском заводе запустили новую линию

ЕКАТЕРИНБУРГ, 12 мая. На Уральском трубном заводе запустили новую линию по производству труб большого диаметра.

«{{Дмитрий Комаров|Линия позволит нам отказаться от импорта}}», — заявил РИА Новости генеральный директор завода Дмитрий Комаров. Губернатор области Алексей Зуев, присутствовавший на запуске, назвал проект «{{Алексей Зуев|образцовым}}».

Профсоюз завода поддержал модернизацию. «{{Галина Орлова|Зарплаты на новой линии выше на двадцать процентов}}», — сказала председатель профкома Галина Орлова. Её заместитель Ольга Никитина добавила, что людей не сокращали.

«{{~представитель министерства промышленности:представитель|Это крупнейший проект в отрасли за последние пять лет}}», — отметил представитель министерства промышленности.
""")

article("cs-firma-rozhovor", "cs", """
Sklárna v Novém Boru přijme sto lidí

Nový Bor - Sklárna Crystalis v Novém Boru rozšíří výrobu a přijme sto nových zaměstnanců. Oznámil to v pondělí její majitel Pavel Kratochvíl.

„{{Pavel Kratochvíl|Máme zakázky na tři roky dopředu}}“, uvedl pro ČTK Kratochvíl. Personální ředitelka firmy Hana Vondrová řekla, že lidi hledají i na Slovensku. „{{Hana Vondrová|Sklářů je málo, musíme je vychovat sami}}“, dodala.

Starostka Nového Boru Jitka Malá na dotaz, zda město pomůže s byty, odpověděla: „{{Jitka Malá|Připravujeme dvacet městských bytů.}}“

Podle odborů jde o „{{-|dobrou zprávu pro celý region}}“.
""")


article("nl-bedrijf-overname", "nl", """
Zuivelcoöperatie Noordmelk neemt kaasmakerij over

LEEUWARDEN (ANP) - Zuivelcoöperatie Noordmelk neemt kaasmakerij De Terp in Dokkum over. Dat maakten beide bedrijven donderdag bekend.

Directeur Sjoerd Hoekstra van Noordmelk en eigenaar Jelle de Boer van De Terp tekenden het contract in Dokkum. "{{Sjoerd Hoekstra|We kopen vakmanschap, geen fabriek}}", zei Hoekstra. De Boer, die het bedrijf van zijn vader overnam, is tevreden. "{{Jelle de Boer|Mijn vader zei altijd: verkoop alleen aan boeren. Dat doe ik nu.}}"

De vakbond FNV reageerde voorzichtig. Bestuurder Anja Kok zei dat de bond "{{Anja Kok|eerst de plannen wil zien}}". Hoekstra beloofde haar dat er geen banen verdwijnen.

Volgens de Autoriteit Consument en Markt hoeft de overname niet te worden gemeld.
""")

article("it-tribunale-testimone", "it", """
Processo Eternit-bis, la testimone: "Nessuno ci aveva avvertiti"

VERCELLI - Nuova udienza ieri al tribunale di Vercelli nel processo sulle morti per amianto. Ha deposto Rosa Bertolino, vedova di un operaio dello stabilimento.

"{{Rosa Bertolino|Mio marito tornava a casa con la tuta piena di polvere, e io la lavavo}}", ha raccontato la donna. Il pubblico ministero Giulia Sarti le ha chiesto se qualcuno li avesse avvertiti dei rischi. "{{Rosa Bertolino|Nessuno, mai}}", ha risposto Bertolino.

L'avvocata della difesa, Francesca Ruggeri, ha sostenuto che all'epoca "{{Francesca Ruggeri|le conoscenze scientifiche erano diverse}}". La presidente del collegio, Anna Cerutti, ha rinviato l'udienza al 14 maggio.
""")

article("pt-tribunal-autarca", "pt", """
Ex-autarca de Valongo condenado a pena suspensa

O Tribunal de Matosinhos condenou esta quarta-feira o antigo presidente da Câmara de Valongo, Joaquim Pereira, a três anos de pena suspensa por prevaricação.

"{{Joaquim Pereira|Vou recorrer, sempre agi no interesse dos valonguenses}}", disse Pereira à saída do tribunal. A juíza Helena Marques considerou provado que o arguido favoreceu uma empresa de um amigo.

Na leitura do acórdão, a magistrada citou um email do próprio Pereira: "{{Joaquim Pereira|Trata tu disso, que eu assino.}}" O advogado de defesa, Rui Antunes, falou de "{{Rui Antunes|um processo político}}".

A Câmara de Valongo, assistente no processo, disse em comunicado que "{{~a Câmara de Valongo:camara|a justiça foi feita}}".
""")

article("de-sport-ski", "de", """
Skispringen: Wellinger-Nachfolger gesucht

Oberstdorf (dpa) - Nach dem Karriereende von Skispringer Markus Brandl sucht der Deutsche Skiverband einen neuen Teamleader. Bundestrainer Christian Höfler und Sportdirektor Horst Reiter stellten am Montag den Kader vor.

„{{Christian Höfler|Wir haben junge Leute, die das können}}“, sagte Höfler. Reiter ergänzte, Brandl habe ihm zum Abschied geraten: „{{Markus Brandl|Gebt den Jungen Zeit.}}“

Brandl selbst war bei der Vorstellung nicht dabei. Über seinen Berater ließ er ausrichten, er sei „{{Markus Brandl|sehr gespannt auf die Saison}}“.

Der Verband teilte mit, der Kader werde im Januar noch einmal „{{~der Verband:verband|überprüft und gegebenenfalls ergänzt}}“.
""")


article("es-tribunal-supremo", "es", """
El Supremo confirma la condena a un exdirector de banco por estafa

Madrid (EFE).- El Tribunal Supremo ha confirmado la condena de cuatro años de prisión al exdirector de una sucursal bancaria de Lugo, Manuel Varela, por estafar a 30 clientes.

La sentencia señala que Varela "{{~la sentencia:sentencia|abusó de la confianza de personas mayores}}". Su abogada, Beatriz Pazos, lamentó el fallo. "{{Beatriz Pazos|Mi cliente devolverá todo lo que pueda}}", dijo Pazos a los periodistas.

Una de las víctimas, Carmen Losada, de 81 años, recordó lo que el director le decía: "{{Manuel Varela|Esto es más seguro que un plazo fijo}}". "{{Carmen Losada|Y le creí, claro}}", añadió Losada.

La asociación de afectados, presidida por Xosé Ferreiro, celebró la decisión. "{{Xosé Ferreiro|Por fin se hace justicia}}", dijo Ferreiro.
""")

article("fr-necrologie", "fr", """
Mort de Jacqueline Arnaud, pionnière de la radio locale

Jacqueline Arnaud, fondatrice de Radio Val-de-Loire, est morte dimanche à Blois à l'âge de 86 ans.

Son ancien collègue Michel Garnier se souvient de ses débuts en 1981. « {{Michel Garnier|Elle avait installé l'émetteur dans son grenier. Les voisins se plaignaient des interférences.}} »

Sa fille, Sophie Arnaud, rappelle que sa mère répétait souvent : « {{Jacqueline Arnaud|La radio, c'est la voix de ceux qu'on n'entend pas.}} »

Le maire de Blois, Henri Lemoine, a salué « {{Henri Lemoine|une femme libre}} ». La station a annoncé qu'elle consacrerait sa journée de lundi à sa fondatrice.
""", no_break=True)

article("it-economia-vino", "it", """
Cantine del Chianti, export record nel 2024

FIRENZE - Le cantine del Chianti hanno chiuso il 2024 con un export record di 450 milioni di euro, trainato dagli Stati Uniti.

"{{Lorenzo Bianchi|Il mercato americano ci ha premiato oltre ogni previsione}}", ha commentato il presidente del Consorzio, Lorenzo Bianchi. La vicepresidente Silvia Neri ha però avvertito sui dazi. "{{Silvia Neri|Se arrivano i dazi, perdiamo un terzo delle vendite}}", ha detto Neri.

Il produttore Giacomo Ricasoli ha raccontato che suo nonno gli ripeteva: "{{~suo nonno:nonno|Il vino buono si vende da solo.}}" "{{Giacomo Ricasoli|Oggi non basta più}}", ha aggiunto.

La Regione Toscana ha annunciato un piano di promozione da cinque milioni.
""")

article("cs-soud-lekar", "cs", """
Soud osvobodil lékaře obviněného z usmrcení pacienta

Brno (ČTK) - Krajský soud v Brně osvobodil lékaře Tomáše Horáka, kterého státní zástupce obžaloval z usmrcení z nedbalosti.

„{{Tomáš Horák|Celé čtyři roky jsem věřil, že pravda vyjde najevo}}“, řekl po vynesení rozsudku Horák. Předseda senátu Jiří Holub uvedl, že znalci chybu lékaře neprokázali.

Dcera zemřelého pacienta Lucie Marková je zklamaná. Novinářům řekla, že jí otec před operací říkal: „{{~otec:otec|Bojím se, něco se mi nezdá.}}“ „{{Lucie Marková|Budeme se odvolávat}}“, dodala Marková.

Nemocnice v prohlášení uvedla, že „{{~nemocnice:nemocnice|rozsudek respektuje}}“.
""")


# --- a round written for the faults seen on read text: a role noun or "Zum Tod von" before a name,
# a dative opening a sentence, object clitics before the verb, a named body before "hij", "el Sr." and
# "dhr."; two people of one gender in a paragraph and names inside quotations --------------------
article("de-gericht-bauer", "de", """
Landwirt wegen Tierquälerei zu Geldstrafe verurteilt

Landshut (dpa) - Das Amtsgericht Landshut hat einen Landwirt aus dem Landkreis wegen Tierquälerei zu einer Geldstrafe von 12.000 Euro verurteilt. Der Bauer Karl Hahn habe seine Rinder monatelang in einem verdreckten Stall gehalten, befand das Gericht.

Der Bauer Karl Hahn sagte vor Gericht: „{{Karl Hahn|Ich war krank und hatte keine Hilfe mehr auf dem Hof.}}“ Richter Stefan Wiesner hielt ihm vor, er habe Hilfsangebote des Veterinäramts abgelehnt. „{{Stefan Wiesner|Sie hätten nur anrufen müssen}}“, sagte der Richter.

Hahns Anwalt Peter Zeller kündigte Berufung an. „{{Peter Zeller|Herr Hahn ist kein Tierquäler, er ist ein kranker Mann}}“, sagte Zeller. „{{Peter Zeller|Das Urteil nimmt darauf keine Rücksicht}}“, fügte er hinzu.

Der Tierarzt Wolfgang Seidl hatte den Stall im Frühjahr kontrolliert. „{{Wolfgang Seidl|So etwas habe ich in dreißig Jahren nicht gesehen}}“, sagte der Zeuge.
""")

article("de-nachruf-buehne", "de", """
Zum Tod von Margarete Lindqvist: Die Stimme des Stadttheaters

Kassel - Zum Tod von Margarete Lindqvist würdigte Intendant Bernd Kästner die Schauspielerin als „{{Bernd Kästner|eine der Großen dieses Hauses}}“. Lindqvist war am Freitag im Alter von 88 Jahren gestorben.

Ihr langjähriger Bühnenpartner, der Schauspieler Rolf Ebner, erinnerte sich an die Proben: „{{Rolf Ebner|Sie kam immer als Erste und ging als Letzte.}}“ Lindqvist selbst hatte zu ihrem 80. Geburtstag gesagt: „{{Margarete Lindqvist|Die Bühne war mein Zuhause, nicht die Wohnung.}}“

Oberbürgermeisterin Sabine Rothe sprach von einem „{{Sabine Rothe|großen Verlust für die Stadt}}“. Die Tochter der Verstorbenen, Anna Lindqvist, sagte der Zeitung: „{{Anna Lindqvist|Meine Mutter hat bis zuletzt Texte gelernt.}}“ „{{Anna Lindqvist|Das hat sie jung gehalten}}“, fügte sie hinzu.

Das Theater zeigt am Sonntag ihren Film „{{-|Der lange Winter}}“.
""")

article("cs-sport-hokej", "cs", """
Hokejisté Vsetína porazili Olomouc a vedou tabulku

Vsetín (ČTK) - Hokejisté Vsetína porazili v dohrávce Olomouc 4:2 a posunuli se do čela tabulky. Dvěma góly se blýskl útočník Ondřej Kratochvíl.

Novinářům řekl: „{{Ondřej Kratochvíl|Takový zápas si budu pamatovat dlouho.}}“ Podle něj se tým po špatném začátku sezony zvedl.

Trenér Olomouce Pavel Zeman byl zklamaný. „{{Pavel Zeman|Ve třetí třetině jsme úplně vypadli ze hry}}“, uvedl Zeman. Rozhodčím vyčítal dva neuznané góly: „{{Pavel Zeman|Oba byly podle mě čisté.}}“

Vsetínský kouč Martin Dvořák pochválil brankáře Lukáše Nováka. „{{Martin Dvořák|Lukáš nás dnes podržel, chytil všechno}}“, řekl Dvořák.

Fanoušci se s hráči rozloučili transparentem „{{-|Valaši, jdeme si pro titul}}“.
""")

article("fr-entreprise-vermorel", "fr", """
Le sous-traitant automobile Vermorel va supprimer 180 postes

Lyon (AFP) - Le sous-traitant automobile Vermorel, basé à Vénissieux, va supprimer 180 postes sur 620, a annoncé jeudi sa direction lors d'un comité social et économique.

« {{Hélène Vermorel|Nous n'avons pas d'autre choix face à l'effondrement des commandes}} », a déclaré la présidente du groupe, Hélène Vermorel. Interrogée par un élu sur d'éventuels départs volontaires, elle lui a répondu : « {{Hélène Vermorel|Tout sera discuté, rien n'est figé.}} »

Le délégué CGT Karim Benali a dénoncé « {{Karim Benali|un plan préparé depuis des mois}} ». « {{Karim Benali|En mars, Mme Vermorel nous jurait que l'usine était sauvée}} », a-t-il affirmé.

Le maire de Vénissieux, Paul Sorin, a reçu les syndicats vendredi. Il leur a promis son soutien : « {{Paul Sorin|La ville ne laissera pas tomber ces familles.}} »

Une ouvrière, qui a requis l'anonymat, se souvient de ce que son chef lui avait dit l'an dernier : « {{~son chef:chef|Vous êtes là jusqu'à la retraite.}} »
""", no_break=True)

article("it-tribunale-truffa", "it", """
Truffa agli anziani, condannato falso tecnico del gas

MILANO (ANSA) - Il tribunale di Milano ha condannato a tre anni e quattro mesi Davide Ferrante, 43 anni, accusato di aver truffato una decina di anziani fingendosi tecnico del gas.

Una delle vittime, Maria Colombo, 84 anni, ha raccontato in aula l'incontro. "{{Maria Colombo|Era gentile, aveva il tesserino e la divisa}}", ha detto. La pm Chiara Longo le ha chiesto: "{{Chiara Longo|Ha controllato il tesserino?}}" "{{Maria Colombo|No, mi fidavo}}", ha risposto l'anziana.

Ferrante si è scusato con le vittime. "{{Davide Ferrante|Chiedo perdono a tutti, ho sbagliato}}", ha detto l'imputato. Il suo avvocato, Franco Gallo, gli ha consigliato di non rispondere alle altre domande. "{{Franco Gallo|Ricorreremo in appello}}", ha annunciato Gallo.

Il presidente dell'associazione dei consumatori, Sergio Pellegrini, ha parlato di "{{Sergio Pellegrini|una piaga}}". "{{Sergio Pellegrini|Ferrante non è l'unico, ce ne sono centinaia}}", ha aggiunto.
""")

article("es-necrologica-farero", "es", """
Muere Anselmo Quiroga, el último farero de Finisterre

A Coruña (EFE).- Anselmo Quiroga, el último farero del cabo de Finisterre, murió este domingo en su casa de Corcubión a los 92 años, informó su familia.

Su hija, la Sra. Rosa Quiroga, recordó que su padre subía cada noche los 120 escalones del faro. «{{Rosa Quiroga|Nunca faltó una noche, ni con temporal}}», dijo la Sra. Quiroga. Su nieta le dijo a esta agencia que el abuelo guardaba todos los cuadernos de guardia.

El alcalde de Fisterra, Xoán Mouzo, le dijo a la familia que el pueblo le dedicará una calle. «{{Xoán Mouzo|Era parte del paisaje, como las rocas}}», declaró Mouzo.

Un antiguo compañero, el Sr. Benito Lema, contó que Quiroga le dijo al jubilarse: «{{Anselmo Quiroga|El faro ya no me necesita, pero yo a él sí.}}» «{{Benito Lema|Era el hombre más tranquilo que he conocido}}», añadió el Sr. Lema.
""")

article("nl-waterschap-dijk", "nl", """
Waterschap sluit dijk bij Kruiningen voor onderzoek

KRUININGEN (ANP) - Het Waterschap Scheldestromen sluit vanaf maandag een deel van de dijk bij Kruiningen af voor fietsers en wandelaars. Uit metingen is gebleken dat de dijk op twee plaatsen verzakt.

"{{Erik Dekker|Er is geen direct gevaar, maar we willen het zeker weten}}", zei woordvoerder Erik Dekker. Het Waterschap Scheldestromen laat de dijk door een extern bureau onderzoeken. "{{Erik Dekker|Dat duurt zeker zes weken}}", zei hij.

Omwonende dhr. Jan Verhulst maakt zich zorgen. "{{Jan Verhulst|Mijn huis staat dertig meter van de dijk}}", aldus dhr. Verhulst. Mevr. Ria de Kok, die een camping aan de dijk heeft, vreest voor de zomer. "{{Ria de Kok|Als de dijk dicht blijft, komen er geen gasten}}", zei mevr. De Kok.

De gemeente Reimerswaal noemt de afsluiting "{{~de gemeente Reimerswaal:gemeente|vervelend maar noodzakelijk}}".
""")

article("ru-sud-upravlyayushchaya", "ru", """
Суд в Перми арестовал директора управляющей компании

ПЕРМЬ, 14 марта. /ТАСС/. Ленинский районный суд Перми арестовал на два месяца директора управляющей компании "{{-|Уютный дом}}" Олега Савельева, которого обвиняют в растрате 30 млн рублей.

Журналистам Савельев сказал: "{{Олег Савельев|Я ни в чем не виноват, деньги ушли на ремонт крыш}}". Адвокат Ирина Громова заявила, что обжалует арест. "{{Ирина Громова|Мой подзащитный не скрывался от следствия}}", - сказала она.

Жительница одного из домов Наталья Орлова рассказала, что ее соседка Валентина Кузнецова три года писала жалобы. "{{Наталья Орлова|Валентина Петровна ходила во все инстанции, и никто ее не слушал}}", - сказала Орлова.
""")


# --- eight more written for faults seen on tune text and not fixed: a Czech subject dropped
# before a colon ("Novinářům řekl:", "Redakci sdělila:"), Italian descriptions after an elided
# article ("ha raccontato l'anziana", "ha spiegato l'agricoltore"), "sagte der Zeuge" for a named
# witness, a name with particles ("Ursula von der Heyden"), a sentence opening after a quotation
# closed by its full stop ("Zuhause.“ Ihr Sohn") ------------------------------------------------
article("de-prozess-brand", "de", """
Prozess um Brandstiftung: Nachbarin belastet Angeklagten

Kassel (dpa) - Im Prozess um den Brand eines Mehrfamilienhauses in Kassel hat am Dienstag eine Nachbarin den Angeklagten schwer belastet. Ursula von der Heyden, 67, schilderte vor dem Landgericht, wie sie den Mann in der Brandnacht im Treppenhaus gesehen habe.

„{{Ursula von der Heyden|Er hatte einen Kanister in der Hand und hat mich nicht angesehen}}“, sagte von der Heyden. Sie habe sofort die Feuerwehr gerufen. „{{Ursula von der Heyden|Ich wusste, dass etwas nicht stimmt.}}“

Der Angeklagte, der 41-jährige Dennis Krämer, bestreitet die Tat. Sein Verteidiger Holger Baum nannte die Aussage „{{Holger Baum|widersprüchlich}}“.

Der Hausmeister Günter Pohl hatte den Angeklagten zwei Tage vor dem Brand im Keller angetroffen. „{{Günter Pohl|Er sagte, er suche sein Fahrrad}}“, sagte der Zeuge.

Die Mieterin Jasmin Akgün hat bei dem Brand ihre Wohnung verloren. „{{Jasmin Akgün|Ich habe alles verloren. Das war unser Zuhause.}}“ Ihr Sohn sei seitdem in Behandlung, sagte sie. „{{Jasmin Akgün|Er schläft nur noch bei Licht.}}“
""")

article("de-nachruf-heyden", "de", """
Trauer um Schulleiterin Ursula von der Heyden

Göttingen (dpa) - Die frühere Leiterin des Hainberg-Gymnasiums, Ursula von der Heyden, ist im Alter von 88 Jahren gestorben. Das teilte die Schule am Montag mit.

„{{Ursula von der Heyden|Eine Schule ist kein Betrieb}}“, hatte von der Heyden bei ihrem Abschied 1999 gesagt. Ihr Nachfolger Peter Lindner erinnerte an ihren Mut. „{{Peter Lindner|Sie hat sich mit jedem Ministerium angelegt, wenn es um die Kinder ging.}}“

Eine frühere Schülerin, die Ärztin Miriam Sander, sagte: „{{Miriam Sander|Sie hat mir das Latein beigebracht und den aufrechten Gang.}}“ Gepflegt hat sie zuletzt ihr Neffe Tobias Wendt. „{{Tobias Wendt|Sie hat bis zuletzt Zeitung gelesen, jeden Morgen zwei}}“, sagte Wendt.
""")

article("cs-kostel-socha", "cs", """
Zloději vykradli kostel v Lipníku, odnesli gotickou sochu

Lipník nad Bečvou (ČTK) - Neznámí pachatelé v noci na neděli vnikli do kostela svatého Jakuba v Lipníku nad Bečvou a odnesli gotickou sochu Madony. Škodu policie odhaduje na dva miliony korun.

Krádež objevil ráno kostelník Josef Hrubý. Novinářům řekl: „{{Josef Hrubý|Dveře byly vypáčené a podstavec prázdný.}}“ Podle něj zloději věděli, co hledají.

Farář Pavel Šimek byl otřesený. „{{Pavel Šimek|Ta socha tu stála přes pět set let}}“, uvedl Šimek. Policejní mluvčí Markéta Hájková potvrdila, že policie hledá svědky. Redakci sdělila: „{{Markéta Hájková|Prověřujeme záznamy z kamer v okolí.}}“

Starostka města Jana Veselá navrhla, aby kostel dostal alarm. „{{Jana Veselá|Město na to peníze najde}}“, slíbila.
""")

article("cs-povoden-chata", "cs", """
Voda zaplavila chatovou osadu u Sázavy

Benešov (ČTK) - Rozvodněná Sázava v pondělí zaplavila chatovou osadu u Týnce nad Sázavou. Hasiči evakuovali dvanáct lidí.

Velitel zásahu Petr Novotný uvedl, že voda stoupala rychleji, než čekali. Novinářům řekl: „{{Petr Novotný|Někteří chataři odmítali odejít, museli jsme je přemlouvat.}}“

Jedna z evakuovaných, důchodkyně Věra Malá, stála s taškou na silnici. Reportérovi ČTK řekla: „{{Věra Malá|Mám tam všechno, fotky, kočku jsem vzala.}}“ Její soused Karel Beneš byl klidnější. „{{Karel Beneš|Tohle zažíváme každých deset let}}“, řekl.
""")

article("it-incendio-cascina", "it", """
Incendio in una cascina a Lodi, salvati venti vitelli

LODI (ANSA) - Un incendio è divampato nella notte in una cascina alle porte di Lodi. I vigili del fuoco hanno salvato venti vitelli, mentre il fienile è andato distrutto.

La proprietaria, Angela Ferrari, 79 anni, ha dato l'allarme. "{{Angela Ferrari|Ho sentito i vitelli muggire e ho visto le fiamme}}", ha raccontato l'anziana. "{{Angela Ferrari|Senza i pompieri avremmo perso tutto.}}"

Il figlio, Luca Ferrari, gestisce l'azienda agricola. "{{Luca Ferrari|Il fieno era per tutto l'inverno}}", ha spiegato l'agricoltore. Il comandante dei vigili del fuoco, Marco Testa, ha detto che le cause sono ancora da chiarire. "{{Marco Testa|Non escludiamo nessuna ipotesi}}", ha aggiunto l'ufficiale.

L'assessora regionale all'agricoltura, Paola Rinaldi, ha promesso aiuti. "{{Paola Rinaldi|La Regione sarà vicina alla famiglia}}", ha assicurato l'assessora.
""")

article("it-processo-usura", "it", """
Usura, condannato l'ex direttore di banca

BRESCIA (ANSA) - Il tribunale di Brescia ha condannato a cinque anni Renato Galli, 61 anni, ex direttore di una filiale bancaria, accusato di aver prestato denaro a tassi da usura a piccoli commercianti.

In aula ha testimoniato Giovanna Rossi, titolare di una merceria. "{{Giovanna Rossi|Ogni mese gli davo metà dell'incasso}}", ha detto la commerciante. "{{Giovanna Rossi|Avevo paura di perdere il negozio.}}"

L'imputato ha negato tutto. "{{Renato Galli|Ho solo aiutato degli amici}}", ha dichiarato l'ex direttore. La sua avvocata, Elisa Conti, ha annunciato ricorso. "{{Elisa Conti|La sentenza non tiene conto delle prove a discarico}}", ha affermato l'avvocata.
""")


# --- Eight more, each built around a shape where a careless reader credits the wrong person: two
# people named in one paragraph and the second quoted after a pronoun verb, "Laut ihm" / "Selon
# lui" / "Según él", a person who "called" a thing "X", an unnamed source, a colon after a sentence
# its speaker opens, an omitted subject ("Dijo que", "Ha detto", "Disse que").
article("de-freibad", "de", """
Streit um Freibad in Lüdinghausen: Stadtrat vertagt Entscheidung

Der Stadtrat von Lüdinghausen hat die Entscheidung über die Schließung des Freibads am Donnerstag erneut vertagt. Die Sanierung würde nach einem Gutachten rund vier Millionen Euro kosten.

Bürgermeister Dirk Hövelmann verteidigte den Aufschub, während die Fraktionschefin der Grünen, Annette Kriewald, eine schnelle Lösung forderte. „{{Annette Kriewald|Jeder Monat, den wir warten, macht die Sanierung teurer}}“, sagte sie nach der Sitzung.

Hövelmann nannte den Vorschlag der Grünen, das Bad mit einem Förderverein weiterzuführen, „{{Dirk Hövelmann|blauäugig}}“. Laut ihm fehlt der Stadt schlicht das Geld: „{{Dirk Hövelmann|Wir können nicht jedes Jahr ein Loch von 300.000 Euro stopfen.}}“

Der Förderverein sieht das anders. Dessen Vorsitzender Bernd Assmann sagte: „{{Bernd Assmann|Wir haben 1.200 Mitglieder und Zusagen von drei Firmen. Das ist keine Träumerei.}}“

Eine Mitarbeiterin der Stadtverwaltung, die nicht namentlich genannt werden wollte, bestätigte, dass bereits Angebote für einen Abriss eingeholt wurden. „{{~eine Mitarbeiterin der Stadtverwaltung:mitarbeiterin|Das liegt alles fertig in der Schublade}}“, sagte die Frau.

Die Entscheidung soll nun im September fallen.
""")

article("de-geburtsstation", "de", """
Klinikum Hameln schließt Geburtsstation

Das Klinikum Hameln schließt zum Jahresende seine Geburtsstation. Das teilte Geschäftsführer Ralf Steinkamp am Montag mit. Die Zahl der Geburten sei in fünf Jahren um ein Drittel gesunken.

Die Hebamme Sabine Horstkötter, die seit 22 Jahren auf der Station arbeitet, hat davon aus der Zeitung erfahren. Ihre Kollegin Meike Brune ist ebenfalls fassungslos. „{{Meike Brune|Man hat uns nicht einmal gefragt}}“, sagte sie.

Steinkamp wies die Kritik zurück. Laut ihm wurden die Beschäftigten „{{Ralf Steinkamp|frühzeitig und umfassend}}“ informiert. Er betonte auf einer Pressekonferenz: „{{Ralf Steinkamp|Keine einzige Stelle fällt weg. Alle Hebammen bekommen ein Angebot im Kreißsaal in Bad Pyrmont.}}“

Landrat Uwe Kleinschmidt und die Gesundheitsministerin des Landes, Carola Behrens, hatten sich zuvor getroffen. „{{Carola Behrens|Eine Geburtsstation muss in 40 Minuten erreichbar sein}}“, erklärte die Ministerin anschließend. Kleinschmidt nannte die Schließung einen „{{Uwe Kleinschmidt|schweren Fehler}}“.

Ein Sprecher der Krankenkassen sagte, man werde die Lage prüfen.
""")

article("fr-port-peche", "fr", """
À Lorient, le projet d'extension du port de pêche divise

Le conseil portuaire de Lorient a présenté jeudi son projet d'agrandissement du port de Keroman, estimé à 60 millions d'euros. Les pêcheurs y sont favorables, les riverains beaucoup moins.

Le maire, Hervé Le Goff, a rencontré mercredi la présidente de l'association des riverains, Nadine Quéré. « {{Nadine Quéré|Personne ne nous a montré les études sur le bruit}} », a-t-elle regretté à la sortie de la réunion.

Hervé Le Goff a qualifié ces critiques d'« {{Hervé Le Goff|excessives}} ». Selon lui, « {{Hervé Le Goff|le port fait vivre trois mille familles, on ne peut pas le laisser décliner}} ». Il a ajouté : « {{Hervé Le Goff|Les travaux de nuit seront interdits.}} »

Le patron pêcheur Yannick Daniel se plaint des files d'attente au déchargement, et son matelot Erwan Morvan partage sa colère. « {{Erwan Morvan|Sans nouveau quai, nos bateaux iront débarquer à Concarneau}} », a-t-il ajouté.

Selon une source proche du dossier, « {{~une source proche du dossier:source|l'État mettra au moins un tiers de la somme}} ». La préfecture n'a pas souhaité commenter.
""")

article("fr-classes", "fr", """
Fermeture de classes : colère des parents à Montbrison

Trois classes d'écoles primaires fermeront à la rentrée à Montbrison (Loire), a annoncé l'inspection académique. Une cinquantaine de parents ont manifesté samedi devant la mairie.

La députée de la circonscription, Chantal Vergnaud, a dénoncé un « {{Chantal Vergnaud|plan comptable}} » qui ignore les élèves. La rectrice, Isabelle Fargier, lui a répondu par courrier. Selon elle, « {{Isabelle Fargier|les effectifs ont baissé de 12 % en quatre ans}} ».

Une mère d'élève, Laure Pichon, tenait une banderole : « {{Laure Pichon|Mon fils aura 31 camarades dans sa classe l'an prochain.}} »

Le directeur de l'école Jean-Moulin, Patrick Berthet, et l'adjointe au maire chargée de l'éducation, Monique Sauzet, ont reçu une délégation. « {{Monique Sauzet|La commune est prête à payer les travaux d'une classe mobile}} », a-t-elle assuré.

« {{~un enseignant:enseignant|On apprend ces décisions par la presse}} », a glissé un enseignant, qui ne souhaite pas être nommé.
""", no_break=True)

article("es-mercado", "es", """
Cuenca cierra su mercado municipal tras un incendio

El mercado municipal de Cuenca permanecerá cerrado al menos dos semanas después del incendio que destruyó la madrugada del martes cuatro puestos de la planta baja. No hubo heridos.

La alcaldesa, Rocío Bermejo, visitó el edificio junto al jefe de bomberos, Andrés Carrasco. Dijo que los comerciantes recibirán ayudas. "{{Rocío Bermejo|Nadie se va a quedar sin puesto}}", aseguró.

El portavoz de la oposición, Tomás Lucendo, calificó la gestión del mercado de "{{Tomás Lucendo|desastrosa}}". Según él, "{{Tomás Lucendo|los extintores llevaban tres años sin revisarse}}".

Una fuente de la Delegación del Gobierno confirmó que la Policía Nacional investiga el origen del fuego. "{{~una fuente de la Delegación del Gobierno:fuente|No se descarta ninguna hipótesis}}", señaló la misma fuente.

Elena Morcillo, presidenta de la asociación de vendedores, lo resumió así: "{{Elena Morcillo|Hemos perdido la campaña de Navidad.}}"
""")

article("it-ponte-brenta", "it", """
Chiuso il ponte sul Brenta, disagi a Bassano

BASSANO DEL GRAPPA - Il ponte della provinciale 47 sul Brenta resterà chiuso per almeno un mese dopo che i tecnici hanno scoperto crepe in due piloni.

Il sindaco, Giorgio Zanin, ha incontrato ieri l'ingegnere della Provincia, Fabio Dalla Rosa. Ha detto di aver chiesto tempi certi. "{{Giorgio Zanin|I pendolari non possono fare quaranta chilometri in più ogni giorno}}", ha aggiunto.

Dalla Rosa ha definito la chiusura "{{Fabio Dalla Rosa|inevitabile}}". Secondo lui, "{{Fabio Dalla Rosa|il ponte ha sessant'anni e non è mai stato rinforzato}}".

Una fonte della prefettura ha spiegato che si valuta un ponte provvisorio dell'esercito. "{{~una fonte della prefettura:fonte|Serve il via libera di Roma}}", ha precisato.

La titolare di un bar vicino al ponte, Marta Sartori, guarda la strada vuota: "{{Marta Sartori|Da lunedì ho perso metà dei clienti.}}"
""")

article("pt-barragem", "pt", """
Seca: barragem do Alvito abaixo dos 20 %

A barragem do Alvito, no Alentejo, está com menos de 20 % da capacidade, o valor mais baixo desde 2005, segundo a Agência Portuguesa do Ambiente.

O ministro da Agricultura, Rui Caldeira, esteve em Beja com o presidente da associação de regantes, Joaquim Serrano. Disse que o Governo vai antecipar os apoios aos agricultores. "{{Rui Caldeira|Ninguém ficará sem água para os animais}}", garantiu.

Serrano classificou a situação de "{{Joaquim Serrano|dramática}}". Segundo ele, "{{Joaquim Serrano|metade do olival não vai ser regado este verão}}".

Uma fonte da Câmara Municipal de Cuba confirmou que o abastecimento às populações está assegurado por camiões-cisterna. "{{~uma fonte da Câmara Municipal de Cuba:fonte|Temos reservas para três meses}}", acrescentou.

A agricultora Teresa Lobo, de 58 anos, resume: "{{Teresa Lobo|Nunca vi a ribeira seca em maio.}}"
""")

article("ru-proezd", "ru", """
В Вологде подорожает проезд в автобусах

С 1 марта проезд в городских автобусах Вологды подорожает с 35 до 42 рублей. Такое решение приняла городская дума на заседании в четверг.

Депутат Сергей Пахомов и председатель комиссии по транспорту Ольга Терентьева проголосовали по-разному. «{{Ольга Терентьева|Перевозчики работают в убыток, иначе маршруты просто закроются}}», — сказала она журналистам.

Пахомов назвал повышение «{{Сергей Пахомов|ударом по пенсионерам}}». По его словам, «{{Сергей Пахомов|половина льготников и так не может доехать до поликлиники}}».

Источник в мэрии сообщил, что городские власти обсуждают скидку для студентов. «{{~источник в мэрии:источник,собеседник|Решение будет до конца месяца}}», — добавил собеседник агентства.

Водитель автобуса Николай Сухов сказал так: «{{Николай Сухов|Пассажиров меньше не станет, ехать-то надо.}}»
""")


# --- Eight more, written to hold the shapes behind wrong credits in these languages: capitalised
# German nouns where a name could stand ("sagte Gutachter", "Laut Kreisverwaltung", "so Förster"),
# German and Dutch names with particles ("von der Heide", "van den Broek", "ter Horst"), a verb
# after the quotation with a role noun after it ("…, afirmó la consejera") when a government or a
# firm was named sentences before, "according to" a common noun of a body ("Según la patronal",
# "Selon le syndicat", "Secondo il sindacato"), and a long description between the verb and the
# name. Every person invented; each quotation labelled while writing, before the engine ran.
article("de-windpark-kreis", "de", """
Streit um Windpark im Kreis Lippe: Gutachter widerspricht Bürgerinitiative

Detmold (dpa) - Der geplante Windpark auf dem Höhenzug bei Schieder sorgt weiter für Streit. Die Kreisverwaltung hat am Montag ein Gutachten zum Vogelschutz vorgestellt, das keine Bedenken sieht.

„{{Bernd Kallmeyer|Wir haben zwei Jahre lang jeden Rotmilan in diesem Gebiet gezählt}}“, sagte Gutachter Bernd Kallmeyer bei der Vorstellung im Kreishaus. Die Brutplätze lägen mehr als einen Kilometer von den geplanten Anlagen entfernt.

Die Bürgerinitiative „{{-|Gegenwind Schieder}}“ zweifelt das an. Ihre Vorsitzende, die Biologin Henrike von der Heide, sprach von einem „{{Henrike von der Heide/von der Heide/Heide|Gefälligkeitsgutachten}}“. „{{Henrike von der Heide/von der Heide/Heide|Wer im Winter zählt, findet natürlich keine Brutpaare}}“, sagte von der Heide.

Laut Kreisverwaltung soll der Genehmigungsantrag bis zum Sommer entschieden sein. Landrat Axel Brünger mahnte zur Sachlichkeit: „{{Axel Brünger|Niemand hier will der Natur schaden, weder die Planer noch die Anwohner.}}“

Auch Forstleute sind skeptisch. Für die Zufahrten müssten nach Angaben des Forstamts rund vier Hektar Wald gerodet werden. „{{Jens Sölter|Das ist Wald, der seit hundert Jahren hier steht}}“, so Förster Jens Sölter.

Betreiber Energie Lippe verweist auf den Klimaschutz. „{{~ein Sprecher des Unternehmens:sprecher|Jede Anlage versorgt rund dreitausend Haushalte mit Strom}}“, sagte ein Sprecher des Unternehmens. Anwohner aus dem Ortsteil Wöbbel hoffen dagegen auf einen Kompromiss: „{{Sabine Heitmann|Wir sind nicht gegen Windräder, nur gegen diese Höhe}}“, sagte Anwohnerin Sabine Heitmann.
""")

article("de-klinik-schliessung", "de", """
Geburtsstation in Bad Lauterberg schließt – Hebammen empört

Göttingen - Die Geburtsstation des Kreiskrankenhauses Bad Lauterberg schließt Ende Juni. Das hat der Aufsichtsrat am Donnerstag beschlossen. Schwangere müssen künftig bis zu 40 Kilometer nach Göttingen fahren.

„{{Martina Hoppe|Wir bekommen seit Jahren keine Kinderärzte mehr für den Nachtdienst}}“, sagte Geschäftsführerin Martina Hoppe. Ohne Kinderarzt sei der Betrieb nicht mehr sicher.

Hebammen und Eltern reagierten mit Unverständnis. Die Leiterin des Hebammenteams, Claudia Reinecke, die seit 22 Jahren in Bad Lauterberg arbeitet, sagte: „{{Claudia Reinecke|Man hat uns am Mittwochabend per E-Mail informiert. Das ist kein Umgang.}}“

Der Kreistag will sich in einer Sondersitzung mit der Schließung befassen. Kritik kommt auch aus der Opposition. „{{Olaf Steinbrecher|Hier wird Gesundheitsversorgung nach Kassenlage gemacht}}“, sagte der gesundheitspolitische Sprecher der SPD-Fraktion im Kreistag, Olaf Steinbrecher.

Nach Angaben der Klinikleitung kamen in Bad Lauterberg im vergangenen Jahr 310 Kinder zur Welt. Eine junge Mutter, die vor zwei Wochen dort entbunden hat, sagte: „{{~eine junge Mutter:mutter|Ich bin froh, dass ich es noch hierher geschafft habe.}}“ Ihren Namen wollte sie nicht nennen.
""")

article("nl-dijkversterking", "nl", """
Bewoners Werkendam boos over dijkversterking: 'Onze tuin verdwijnt'

WERKENDAM - Het waterschap Rivierenland gaat de dijk langs de Merwede over een lengte van vier kilometer versterken. Voor zeventien woningen betekent dat het verlies van een deel van de tuin.

'{{Gert-Jan van den Broek/Van den Broek/Broek|De veiligheid van tienduizenden mensen gaat nu eenmaal voor}}', zei dijkgraaf Gert-Jan van den Broek dinsdag op een bewonersavond. Volgens hem is er geen alternatief.

Bewoonster Marijke ter Horst ziet dat anders. '{{Marijke ter Horst/Ter Horst/Horst|We hebben hier veertig jaar gewoond en nu horen we het uit de krant}}', zei ze. Ter Horst noemde de informatieavond '{{Marijke ter Horst/Ter Horst/Horst|een toneelstuk}}'.

Volgens het waterschap krijgen de bewoners een vergoeding. De gemeente Altena wil bemiddelen. '{{Paul de Wit|We zitten volgende week met alle partijen om tafel}}', aldus wethouder Paul de Wit.

Een medewerker van het waterschap, die niet met naam in de krant wil, zei na afloop: '{{~een medewerker van het waterschap:medewerker|Eerlijk gezegd hadden we dit twee jaar geleden moeten vertellen.}}'
""")

article("es-sanidad-urgencias", "es", """
La Junta abrirá un nuevo servicio de urgencias en Medina del Campo

VALLADOLID.– La Junta de Castilla y León aprobó este jueves la construcción de un nuevo servicio de urgencias en el hospital de Medina del Campo, con un presupuesto de 6,4 millones de euros. Las obras empezarán en otoño.

El proyecto llevaba seis años parado. "{{Elena Fuentes|Hemos desbloqueado una obra que los vecinos reclamaban desde hace demasiado tiempo}}", afirmó la consejera de Sanidad, Elena Fuentes, tras el Consejo de Gobierno.

Los sindicatos recibieron el anuncio con cautela. Según el sindicato de enfermería, faltan al menos treinta profesionales en la comarca. "{{Javier Osorio|De nada sirve un edificio nuevo si no hay quien trabaje en él}}", dijo su secretario provincial, Javier Osorio.

Según la patronal, la obra dará trabajo a unas cien personas. La asociación de empresarios de la comarca ya había pedido el proyecto en varias ocasiones. "{{Ramiro Calvo|Es una buena noticia para las constructoras de aquí}}", señaló el presidente de la Asociación de Empresarios de Medina, Ramiro Calvo.

El alcalde de la localidad, Luis Pedrosa, recordó que el Ayuntamiento cedió el terreno en 2019. "{{Luis Pedrosa|Nosotros hicimos nuestra parte hace años}}", dijo el regidor, que pidió a la Junta "{{Luis Pedrosa|un calendario claro}}".

"{{Elena Fuentes|Habrá personal suficiente, eso está garantizado}}", insistió la consejera.
""")

article("it-regione-trasporti", "it", """
Treni soppressi in Valtellina, la Regione promette nuovi convogli

SONDRIO – La Regione Lombardia ha annunciato l'acquisto di otto nuovi treni per la linea Milano-Tirano, dopo un inverno di ritardi e soppressioni. Il primo convoglio arriverà a marzo.

«{{Davide Orsenigo|I pendolari della Valtellina hanno sopportato fin troppo}}», ha dichiarato l'assessore regionale ai Trasporti, Davide Orsenigo, durante la conferenza stampa a Palazzo Lombardia.

Secondo il sindacato, il problema non sono solo i treni. «{{Fabrizio Negri|Mancano macchinisti: senza personale anche i treni nuovi resteranno fermi}}», ha spiegato il segretario regionale della Filt-Cgil, Fabrizio Negri.

Il comitato dei pendolari, che da due anni raccoglie le segnalazioni dei viaggiatori su un sito internet, ha accolto la notizia con prudenza. «{{Silvia Bonomi|Abbiamo già sentito troppe promesse}}», ha detto la portavoce del comitato dei pendolari della linea Milano-Tirano, Silvia Bonomi.

Trenord, la società che gestisce il servizio, ha annunciato un piano di assunzioni. «{{Davide Orsenigo|Entro l'estate avremo cinquanta macchinisti in più}}», ha assicurato l'assessore.
""")

article("pt-governo-bombeiros", "pt", """
Governo reforça meios de combate a incêndios no interior

CASTELO BRANCO – O Governo anunciou esta segunda-feira a contratação de 300 novos bombeiros sapadores para os distritos do interior, num investimento de doze milhões de euros.

"{{Marta Seixas|Este ano não vamos esperar pelo verão para nos prepararmos}}", afirmou a ministra da Administração Interna, Marta Seixas, durante a visita ao quartel de Castelo Branco.

Segundo a associação, os números ficam aquém das necessidades. A Liga dos Bombeiros Portugueses pediu o dobro dos efetivos. "{{Artur Simões|Trezentos é um bom começo, mas é só um começo}}", disse o presidente da Liga dos Bombeiros Portugueses, Artur Simões.

O comandante dos bombeiros voluntários da Covilhã, que perdeu dois homens no incêndio de 2017, foi mais duro. "{{Nuno Barata|Continuamos a combater fogos do século XXI com viaturas dos anos oitenta}}", afirmou o comandante dos bombeiros voluntários da Covilhã, Nuno Barata.

"{{Marta Seixas|As viaturas também serão renovadas}}", garantiu a ministra, sem adiantar números.
""")

article("fr-prefecture-loup", "fr", """
Attaques de loups dans le Vercors : l'État autorise deux tirs supplémentaires

GRENOBLE – La préfecture de l'Isère a autorisé lundi deux tirs de prélèvement supplémentaires de loups dans le massif du Vercors, où plus de 200 brebis ont été tuées depuis le printemps.

« {{Catherine Moulin|La situation des éleveurs est devenue intenable et il fallait agir}} », a déclaré la préfète de l'Isère, Catherine Moulin, lors d'un point presse.

Selon le syndicat, la mesure arrive trop tard. « {{Julien Arnaud|On nous répond en septembre à des attaques qui ont commencé en avril}} », a regretté le président de la Fédération départementale des syndicats d'exploitants agricoles de l'Isère, Julien Arnaud.

Les associations de défense de l'environnement dénoncent un « {{-|permis de tuer}} ». Selon l'association France Nature Isère, les tirs ne règlent rien. « {{Camille Rey|Il faut des chiens de protection et des clôtures, pas des fusils}} », a estimé sa porte-parole, Camille Rey.

« {{Catherine Moulin|Les tirs resteront encadrés}} », a assuré la préfète.
""")

article("ru-minstroy-most", "ru", """
В Ярославле закроют на ремонт Октябрьский мост

ЯРОСЛАВЛЬ. Правительство области утвердило план ремонта Октябрьского моста через Волгу. Движение по мосту будет закрыто с 1 июня на четыре месяца.

«{{Игорь Шалаев|Мост в аварийном состоянии, откладывать больше нельзя}}», — заявил на заседании правительства министр дорожного хозяйства области Игорь Шалаев.

По данным профсоюза, водители автобусов опасаются пробок. «{{Андрей Мухин|Маршруты через мост придётся удлинить на двадцать минут}}», — сказал председатель профсоюза работников пассажирского транспорта Ярославля Андрей Мухин.

«{{Игорь Шалаев|Мы запустим дополнительные рейсы через Юбилейный мост}}», — пообещал министр.
""")


# --- Polish, Swedish, Turkish (the three languages the app guesses with no speech rules at first) ---
# Written in each language's house style: Polish „…” with a dash and the verb after the quotation
# ("– powiedział"), "według", "zdaniem", dropped subjects; Swedish ”…” with "säger X", "enligt",
# "uppger", party letters after names; Turkish “…” with the speaker before the quotation and the verb
# after it ("X, “…” dedi."), "göre", "açıkladı", "diye konuştu", colon lead-ins.
article("pl-most-wisla", "pl", """
Remont mostu w Kwidzynie potrwa do jesieni. Kierowcy stoją w korkach

KWIDZYN – Most na Wiśle w Kwidzynie będzie zamknięty dla ciężarówek co najmniej do października, poinformowała w poniedziałek Generalna Dyrekcja Dróg Krajowych i Autostrad.

„{{Tomasz Zieliński|Stan łożysk okazał się gorszy, niż zakładaliśmy}}” – powiedział rzecznik gdańskiego oddziału GDDKiA Tomasz Zieliński. Jak dodał, wykonawca pracuje na dwie zmiany.

Burmistrz Kwidzyna Halina Borkowska nie kryje irytacji. „{{Halina Borkowska|Mieszkańcy codziennie tracą godzinę w korku. Tak dalej być nie może}}” – podkreśliła. Zapowiedziała, że napisze do ministra infrastruktury.

Przewoźnicy liczą straty. „{{Krzysztof Lis|Nasze ciężarówki jeżdżą teraz objazdem przez Grudziądz, to ponad osiemdziesiąt kilometrów więcej}}” – mówi Krzysztof Lis, właściciel firmy transportowej z Prabut.

Zdaniem eksperta od mostów, prof. Andrzeja Wojtasa z Politechniki Gdańskiej, „{{Andrzej Wojtas|takich obiektów w Polsce jest więcej i wszystkie wymagają pilnych przeglądów}}”.

Mieszkańcy nazywają most „{{-|kwidzyńską zmorą}}”. Według GDDKiA koszt remontu wyniesie 42 mln zł.
""")

article("pl-szpital-oddzial", "pl", """
Szpital w Łomży zamyka oddział dziecięcy. „To tymczasowe” – zapewnia dyrekcja

ŁOMŻA (PAP) – Od 1 lipca oddział pediatrii szpitala wojewódzkiego w Łomży przestanie przyjmować pacjentów. Powodem jest brak lekarzy.

Dyrektor szpitala Marek Sadowski powiedział PAP: „{{Marek Sadowski|Dwóch pediatrów odeszło na emeryturę, a trzeci jest na zwolnieniu. Nie mamy kim obsadzić dyżurów}}”.

„{{Marek Sadowski|Zamknięcie jest tymczasowe. Szukamy lekarzy w całym kraju}}” – zapewnił.

Rodzice są zaniepokojeni. „{{Agnieszka Wróbel|Do najbliższego szpitala w Białymstoku mamy prawie sto kilometrów}}” – mówi Agnieszka Wróbel, matka dwojga dzieci z Zambrowa.

Według rzeczniczki wojewody podlaskiego Ewy Kamińskiej wojewoda „{{Ewa Kamińska|zna sytuację i rozmawia z dyrekcją}}”. „{{Ewa Kamińska|Nie zostawimy Łomży bez opieki nad dziećmi}}” – powiedziała Kamińska.

Akcję „{{-|Ratujmy pediatrię}}” wsparło już ponad dwa tysiące osób.
""")

article("sv-farja-gotland", "sv", """
Färjetrafiken till Gotland ställs in – storm väntas över Östersjön

VISBY Alla avgångar mellan Visby och Nynäshamn ställs in på torsdag, uppger rederiet. SMHI har utfärdat en orange varning för stormbyar.

”{{Lena Holmberg|Vi tar inga risker med passagerarnas säkerhet}}”, säger Lena Holmberg, presschef på Gotlandsbolaget.

Enligt SMHI kan vindarna nå 30 meter per sekund i byarna. ”{{Johan Ek|Det här är den kraftigaste stormen i år}}”, säger meteorologen Johan Ek.

Regionrådet Anders Nyström (C) är kritisk. ”{{Anders Nyström|Gotlänningarna behöver en fungerande fastlandsförbindelse även när det blåser}}”, skriver han i ett pressmeddelande.

Turistföretagarna räknar med förlorade intäkter. Sara Lindgren, som driver ett vandrarhem i Visby, säger: ”{{Sara Lindgren|Hälften av mina gäster har redan avbokat}}”.

”{{Lena Holmberg|Vi räknar med att kunna köra som vanligt på fredag eftermiddag}}”, säger Holmberg.

Stormen har fått namnet ”{{-|Ylva}}” av de nordiska vädertjänsterna.
""")

article("sv-skola-mogel", "sv", """
Mögel på skola i Uddevalla – eleverna flyttas till baracker

UDDEVALLA Kommunen stänger Källdalsskolan efter att mögel hittats i väggarna. Omkring 300 elever flyttar till tillfälliga lokaler efter sportlovet.

”{{Maria Berglund|Vi kan inte låta barnen vara i en byggnad som gör dem sjuka}}”, säger Maria Berglund (S), ordförande i barn- och utbildningsnämnden.

Enligt kommunens fastighetschef Peter Sjöberg har problemen varit kända i flera år. ”{{Peter Sjöberg|Vi borde ha agerat tidigare, det är självkritik}}”, säger han till Bohusläningen.

Föräldrarna är upprörda. ”{{Karin Dahl|Min son har haft huvudvärk hela hösten}}”, berättar Karin Dahl, vars son går i fyran.

Miljöförvaltningen uppger att fuktmätningar ska göras i alla kommunens skolor. ”{{~en inspektör på förvaltningen:inspektor|Det är för tidigt att säga hur många som berörs}}”, säger en inspektör på förvaltningen.
""")

article("tr-deprem-tatbikat", "tr", """
İzmir'de büyük deprem tatbikatı: 10 bin kişi katıldı

İZMİR (AA) – İzmir'de dün düzenlenen deprem tatbikatına 10 bin kişi katıldı. Tatbikat, Bornova ve Karşıyaka'daki okullarda ve hastanelerde yapıldı.

İzmir Valisi Ahmet Karaca, “{{Ahmet Karaca|Depreme hazırlık bir günlük iş değil, her gün yapılması gereken bir iş}}” dedi.

AFAD İl Müdürü Zeynep Aksoy ise tatbikatın sonuçlarını değerlendirdi. Aksoy, şunları söyledi: “{{Zeynep Aksoy|Tahliye süreleri geçen yıla göre yüzde 20 kısaldı. Ancak bazı binalarda acil çıkışlar hâlâ kilitli}}”.

“{{Zeynep Aksoy|Eksikleri okul okul tespit edeceğiz}}” diye konuştu.

Tatbikata katılan öğrencilerden Elif Şahin (15), “{{Elif Şahin|İlk kez gerçek gibi hissettim}}” ifadelerini kullandı.

Uzmanlara göre İzmir'de bina stokunun yarısı “{{-|riskli}}” durumda. Jeoloji mühendisi Prof. Dr. Kemal Ertürk, “{{Kemal Ertürk|Tatbikat güzel ama asıl mesele binaların güçlendirilmesi}}” diye uyardı.
""")

article("tr-fabrika-yangin", "tr", """
Bursa'da tekstil fabrikasında yangın: 3 işçi dumandan etkilendi

BURSA (DHA) – Bursa'nın Nilüfer ilçesindeki bir tekstil fabrikasında dün öğle saatlerinde yangın çıktı. Üç işçi dumandan etkilenerek hastaneye kaldırıldı.

Olay yerine gelen Bursa Büyükşehir Belediyesi İtfaiye Dairesi Başkanı Murat Çelik, açıklama yaptı. Çelik, “{{Murat Çelik|Yangın depo bölümünde başladı ve kısa sürede çatıya sıçradı}}” dedi.

Fabrika sahibi Hasan Kurt ise gazetecilere, “{{Hasan Kurt|Sigortamız var ama üretim en az bir ay duracak}}” diye konuştu.

“{{Hasan Kurt|İşçilerimizin durumu iyi, en önemlisi bu}}” diyen Kurt, yangının nedeninin henüz bilinmediğini söyledi.

Bursa Valiliği'nden yapılan yazılı açıklamada, “{{~Bursa Valiliği:valilig|Hastaneye kaldırılan işçilerin hayati tehlikesi bulunmamaktadır}}” denildi.

Nilüfer Belediye Başkanı Ayşe Güneş de sosyal medya hesabından paylaşımda bulundu. Güneş, “{{Ayşe Güneş|Geçmiş olsun Nilüfer}}” yazdı.

Çalışanlar, fabrikayı “{{-|ikinci evimiz}}” olarak tanımlıyor.
""")


article("pl-lotnisko-mgla", "pl", """
Mgła sparaliżowała lotnisko w Modlinie. Pasażerowie czekali po kilka godzin

MODLIN – Przez gęstą mgłę lotnisko w Modlinie przez większość wtorku nie przyjmowało samolotów. Kilkanaście rejsów skierowano do Warszawy i Łodzi.

„{{Joanna Sikora|Widoczność spadła poniżej dwustu metrów, a nasz system naprowadzania nie pozwala lądować w takich warunkach}}” – wyjaśniła rzeczniczka portu Joanna Sikora.

Pasażerowie skarżyli się na brak informacji. „{{Tadeusz Mazur|Siedzimy tu od szóstej rano i nikt nam nic nie powiedział}}” – mówił nam Tadeusz Mazur, który leciał do Dublina. Jego żona dodała, że „{{~jego żona:zona|przynajmniej kawa jest darmowa}}”.

Prezes spółki zarządzającej lotniskiem Grzegorz Kubiak zapowiedział, że nowy system ILS zostanie zamontowany do końca roku. „{{Grzegorz Kubiak|Przetarg jest rozstrzygnięty, umowa podpisana}}” – zapewnił.

Jak powiedział PAP ekspert rynku lotniczego Adam Wrona, „{{Adam Wrona|bez nowoczesnego systemu lądowania Modlin zawsze będzie przegrywał z Okęciem}}”.

Linie lotnicze nazywają Modlin „{{-|lotniskiem na pogodę}}”.
""")

article("sv-varg-jamtland", "sv", """
Länsstyrelsen ger tillstånd att skjuta varg i Jämtland

ÖSTERSUND Länsstyrelsen i Jämtlands län har gett tillstånd till skyddsjakt på en varg som har dödat över tjugo får i Bergs kommun sedan i somras.

”{{Erik Näslund|Vi har provat alla andra åtgärder, men vargen fortsätter att ta sig in i hägnen}}”, säger Erik Näslund, rovdjurshandläggare på länsstyrelsen.

Fårbonden Ingrid Persson har förlorat elva djur. Hon säger till Östersunds-Posten att hon har funderat på att sluta. ”{{Ingrid Persson|Man vaknar varje natt och lyssnar efter hundarna}}”, säger hon.

Naturskyddsföreningen är kritisk till beslutet. Enligt föreningens ordförande i länet, Mats Olofsson, är det ”{{Mats Olofsson|fel väg att gå}}”. ”{{Mats Olofsson|Vargstammen i Sverige är redan för liten}}”, säger Olofsson.

Jägareförbundet välkomnar beslutet. ”{{~en talesperson för förbundet:talesperson|Det var hög tid}}”, skriver en talesperson för förbundet i ett mejl.
""")

article("tr-belediye-su", "tr", """
Ankara'da su kesintisi: 12 mahalle susuz kaldı

ANKARA (AA) – Ankara'nın Keçiören ilçesinde ana isale hattında meydana gelen arıza nedeniyle 12 mahallede su kesintisi yaşandı.

ASKİ Genel Müdürü Osman Tekin, AA muhabirine yaptığı açıklamada, “{{Osman Tekin|Arızalı boru hattını değiştiriyoruz, su akşam saatlerinde gelecek}}” dedi.

Tekin, ekiplerin gece boyunca çalışacağını belirterek, “{{Osman Tekin|Vatandaşlarımızdan sabır bekliyoruz}}” ifadesini kullandı.

Mahalle sakinlerinden Fadime Yıldız ise su tankerlerinin yetersiz kaldığını söyledi. Yıldız, “{{Fadime Yıldız|Sabahtan beri bir kova su için sıra bekliyoruz}}” diye konuştu.

Keçiören Belediye Başkanı Mustafa Arslan da sosyal medya hesabından açıklama yaptı. Arslan'a göre kesinti “{{-|kabul edilemez}}” bir durum.

Mahalle muhtarı Cengiz Öztürk de “{{Cengiz Öztürk|Yaşlılarımıza su taşıyoruz}}” şeklinde konuştu.
""")


# --- Norwegian (Bokmål), Danish, Finnish, Ukrainian: two each, written before these languages had rules

article("nb-skole-brann", "nb", """
Brann i barneskole i Drammen – 200 elever sendt hjem

DRAMMEN (NTB) Brannvesenet rykket tirsdag morgen ut til Lia skole i Drammen etter melding om røyk fra taket. Ingen ble skadet, men alle elevene ble sendt hjem.

«{{Kari Nordahl|Alle barna kom seg ut i løpet av tre minutter, akkurat slik vi har øvd på}}», sier rektor Kari Nordahl ved Lia skole til NTB.

Hun roser de ansatte for innsatsen. «{{Kari Nordahl|Jeg er utrolig stolt av lærerne i dag}}», sier hun.

Brannen startet trolig i et ventilasjonsaggregat på taket. «{{Trond Eggen|Vi har kontroll nå, men det blir store vannskader i andre etasje}}», sier innsatsleder Trond Eggen i Søndre Buskerud brannvesen.

Foreldrene fikk beskjed på SMS. «{{~en mor som hentet to barn:mor|Jeg ble livredd da jeg så røyken fra parkeringsplassen}}», sier en mor som hentet to barn ved skoleporten.

Ordfører Hans Petter Moe (Ap) skriver på Facebook: «{{Hans Petter Moe|Kommunen skal finne nye lokaler før helgen.}}»

Skolen var i fjor med i prosjektet «{{-|Trygg skolevei}}». Undervisningen fortsetter i en idrettshall fra torsdag, opplyser kommunen. «{{Kari Nordahl|Det viktigste er at barna får være sammen med klassen sin}}», sier rektoren.
""")

article("nb-ferje-stans", "nb", """
Motorstans på ferja: Pendlere ventet i fire timer

BERGEN Ferja mellom Halhjem og Sandvikvåg sto stille i over fire timer mandag etter en motorfeil. Køen på fastlandssiden var flere kilometer lang.

«{{Line Haugen|Vi beklager sterkt det som har skjedd, og vi jobber for å sette inn en reserveferje}}», sa kommunikasjonssjef Line Haugen i Vestfjord Ferjer mandag ettermiddag.

Ifølge Haugen er det tredje gang i år at den samme ferja får problemer. «{{Line Haugen|Vi har bestilt nye deler, men de kommer først i mars}}», sa hun.

Pendler Ole Martin Bakke (43) satt i bilen fra klokken seks. «{{Ole Martin Bakke|Jeg mistet et møte og en halv arbeidsdag. Noen må ta ansvar for dette}}», sier Bakke.

Politiet ble kalt ut for å dirigere trafikken. «{{Arne Solberg|Folk har vært tålmodige, men det ble noe uro i køen}}», opplyser operasjonsleder i Vest politidistrikt, Arne Solberg.

Fylkesrådet har kalt ferjesambandet «{{-|Vestlandets flaskehals}}» i en rapport. Fylkesvaraordfører Ingrid Lunde (H) vil ha svar. «{{Ingrid Lunde|Vi betaler for et tilbud vi ikke får}}», sier Lunde.
""")

article("da-storm-havn", "da", """
Stormflod i Lemvig: Beboere evakueret fra havnen

LEMVIG (Ritzau) Vandet stod natten til søndag en meter over daglig vande i Lemvig, og politiet evakuerede 40 husstande ved havnen.

»{{Jens Hedegaard|Vi har aldrig set vandet stige så hurtigt, og vi kunne ikke nå at få sandsækkene ud overalt,}}« siger Lemvigs borgmester, Jens Hedegaard (V).

Han roser de frivillige. »{{Jens Hedegaard|Uden dem havde det set langt værre ud,}}« siger han.

»{{Signe Kjær|Vinden drejer først i løbet af mandagen, så vandstanden falder kun langsomt.}}« Det siger vagthavende meteorolog Signe Kjær fra DMI til Ritzau.

Formanden for grundejerforeningen på havnen, Poul Vestergaard, har haft vand i kælderen for tredje gang. »{{Poul Vestergaard|Vi har bedt kommunen om et dige i ti år,}}« siger formanden.

»{{~en medarbejder på havnen:medarbejder|Bådene ligger fint, men kajen er helt under vand,}}« siger en medarbejder på havnen, der ikke ønsker sit navn frem.

Kommunen lancerede sidste år kampagnen »{{-|Klar til stormen}}«.
""")

article("da-klub-dom", "da", """
Tidligere kasserer i fodboldklub idømt fængsel for underslæb

HOLSTEBRO Retten i Holstebro har idømt en 52-årig tidligere kasserer i Holstebro Boldklub otte måneders fængsel for at have tappet klubben for 1,2 millioner kroner.

»{{Mette Lindholm|Tiltalte har misbrugt den tillid, som frivillige og forældre viste ham,}}« sagde anklager Mette Lindholm i sin procedure.

Den tiltalte, Kim Sørensen, nægtede sig skyldig. »{{Kim Sørensen|Jeg har lånt pengene, og jeg har altid ment at betale dem tilbage,}}« sagde han i retten.

Hans forsvarer, advokat Lars Bruun, overvejer at anke. »{{Lars Bruun|Vi ser på dommen sammen med min klient,}}« sagde Bruun efter retsmødet.

»{{~dommeren:dommer|Retten har lagt vægt på, at beløbet er betydeligt, og at det er sket over fem år,}}« sagde dommeren, da dommen blev afsagt.

Klubbens formand, Birgitte Holm, skriver i en pressemeddelelse: »{{Birgitte Holm|Vi er lettede over, at sagen nu er afsluttet.}}«

Sagen blev i lokalpressen kaldt »{{-|kassesagen}}«.
""")

article("fi-tehdas-lakkautus", "fi", """
Sahan lakkautus vie 140 työpaikkaa Kuopiosta

KUOPIO Metsäyhtiö Pohjoispuu lopettaa Kuopion sahan toiminnan kesäkuun loppuun mennessä. Lakkautus koskee 140 työntekijää.

”{{Jari Lehtinen|Päätös on raskas, mutta sahan kannattavuus on ollut heikko jo vuosia}}”, sanoo tehtaanjohtaja Jari Lehtinen.

”{{Jari Lehtinen|Tarjoamme jokaiselle mahdollisuutta siirtyä yhtiön muille tehtaille}}”, Lehtinen kertoo.

Luottamusmies Sari Mäkelä ei usko lupauksiin. ”{{Sari Mäkelä|Moni on asunut täällä koko ikänsä, eikä kukaan muuta Ouluun kuukauden varoitusajalla}}”, hän sanoo.

Kaupunginjohtaja Pekka Ahosen mukaan tilanne on ”{{Pekka Ahonen|vakava mutta ei toivoton}}”. ”{{Pekka Ahonen|Etsimme alueelle uutta toimijaa yhdessä yhtiön kanssa}}”, Ahonen sanoi tiistaina.

”{{~eräs työntekijä:tyontekija|Kuulimme uutisen ensin radiosta}}”, kertoo eräs työntekijä, joka ei halua nimeään julki.

Yhtiö aloittaa irtisanottaville hankkeen nimeltä ”{{-|Uusi alku}}”.
""")

article("fi-jaakiekko", "fi", """
Kalpa kaatoi Tapparan jatkoajalla

KUOPIO Kalpa voitti Tapparan torstaina kotiyleisön edessä 3–2 jatkoajalla. Voittomaalin laukoi puolustaja Antti Virtanen.

”{{Mikko Rantanen|Tämä oli kauden paras ottelumme, pelasimme kuusikymmentä minuuttia samalla tavalla}}”, sanoi päävalmentaja Mikko Rantanen ottelun jälkeen.

”{{Mikko Rantanen|Maalivahti piti meidät pelissä toisessa erässä}}”, Rantanen jatkoi.

Virtanen kertoi, ettei hän nähnyt kiekon menevän sisään. ”{{Antti Virtanen|Kuulin vain yleisön huudon}}”, Virtanen sanoi.

”{{Antti Virtanen|Tätä on odotettu pitkään}}”, hän lisäsi.

Tapparan valmentaja Timo Koskinen oli pettynyt. ”{{Timo Koskinen|Annoimme heille liikaa ylivoimia}}”, Koskinen totesi.

Kuopion kannattajat kutsuvat halliaan ”{{-|Lumikuoppa}}”.
""")

article("uk-mist-remont", "uk", """
У Житомирі закрили на ремонт Південний міст

ЖИТОМИР Міська рада закрила для руху автомобілів міст через Тетерів на вулиці Шевченка. Ремонт триватиме щонайменше три місяці.

«{{Василь Гнатюк|Міст понад сорок років не ремонтували, і далі чекати небезпечно}}», — сказав міський голова Василь Гнатюк.

«{{Василь Гнатюк|Громадський транспорт піде об'їзною дорогою}}», — додав він.

За словами інженерки Оксани Литвин, «{{Оксана Литвин|опори в доброму стані, але настил доведеться замінити повністю}}».

Мешканка сусіднього району Катерина Бойко розповіла: «{{Катерина Бойко|Тепер до роботи я їду на годину довше}}».

«{{Катерина Бойко|Але краще так, ніж чекати, поки він обвалиться}}», — зазначила вона.

«{{~пресслужба міськради:пресслужб|Підрядника обрали через систему публічних закупівель}}», — повідомили в пресслужбі міськради.

Серед житомирян міст відомий як «{{-|Горбатий}}».
""")

article("uk-likarnia-opalennia", "uk", """
Лікарня в Ковелі залишилася без опалення

КОВЕЛЬ Через аварію в котельні міська лікарня в Ковелі другу добу працює без опалення. Пацієнтів з дитячого відділення перевели до іншого корпусу.

Головний лікар Андрій Савчук заявив, що ремонт завершать до вечора п'ятниці. «{{Андрій Савчук|Ми поставили обігрівачі в усіх палатах, де лежать важкі пацієнти}}», — сказав Савчук.

«{{Ірина Ткаченко|Уночі в коридорах було дванадцять градусів}}», — розповіла медсестра Ірина Ткаченко.

Вона додала: «{{Ірина Ткаченко|Ми приносимо з дому ковдри для хворих}}».

«{{~один із пацієнтів:пацієнт|Лікарі роблять усе, що можуть, але холодно навіть під двома ковдрами}}», — сказав один із пацієнтів, який попросив не називати його імені.

Заступник міського голови Роман Ковальчук пообіцяв знайти гроші на нову котельню. «{{Роман Ковальчук|Старе обладнання ми вже не відремонтуємо}}», — наголосив Ковальчук.
""")


def main() -> None:
    articles = [build_article(i, lang, lang, text, k) for k, (i, lang, text) in enumerate(ARTICLES)]
    write_set(OUT, articles, ("Short news articles written by hand, two each in German, French, Spanish, Italian, "
        "Portuguese, Russian, Czech and Dutch, then six more (German, French, Spanish, Portuguese, Russian, Dutch) "
        "holding the shapes of the read batch's wrong credits, then forty-five more in registers the others lack "
        "(agency copy, court and sport reports, business news, interviews, obituaries, letters), then eight more holding "
        "the shapes of faults seen on read text, then eight more holding shapes behind wrong credits, then nine in Polish, Swedish and Turkish, then eight in Norwegian, Danish, Finnish and Ukrainian, every person invented; each quotation labelled while writing, "
        "before the engine ran. A tune set: its misses are read to write rules. Built by "
        "sources/languages_tune.py (content {digest}). See README.md."))


if __name__ == "__main__":
    main()
