"""Build benchmarks/data/speakers/written_languages.json: short news articles written by hand in
languages other than English (eight at first, thirty-three by batch 23, the same in batch 24), each quotation labelled with its speaker by the writer, before the engine ran."""
import json, sys

from marked import placed_quotes

# Each article: id, lang, paragraphs (list of str), quotes: list of (quoted text, speaker, extra)
# extra: dict with accept / unnamed. speaker None: nobody is said to speak it.
A = []

A.append(dict(id="de-hochwasser", lang="de", paras=[
"Hochwasser in Sachsen: Dresden erwartet den Scheitel in der Nacht",
"DRESDEN – Die Elbe steigt weiter. Am Dienstagabend erreichte der Pegel in Dresden 6,80 Meter, die Stadt rief den Katastrophenalarm aus. Viele Anwohner erinnern sich an die „Jahrhundertflut“ von 2002.",
"„Wir rechnen damit, dass der Scheitel in der Nacht zu Donnerstag durch die Stadt läuft“, sagte Oberbürgermeister Jens Kaltenbach am Mittwoch im Rathaus.",
"Die Feuerwehr hat seit Montag mehr als 40.000 Sandsäcke gefüllt. Einsatzleiter Andreas Rümmler sprach von einer „angespannten, aber beherrschbaren Lage“.",
"Sachsens Umweltministerin Katrin Vogelsang (Grüne) verteidigte den Hochwasserschutz des Landes. „Die Mauern an der Altstadt haben 2013 gehalten, und sie werden auch diesmal halten“, sagte sie. „Aber niemand sollte jetzt leichtsinnig werden.“",
"Anwohner in Laubegast sehen das anders. „Uns hat keiner gewarnt“, sagt Petra Schulze, deren Keller bereits unter Wasser steht. Die 58-Jährige wirft der Stadt vor, zu spät reagiert zu haben.",
"Nach Angaben des Wetterdienstes soll es bis Freitag weiter regnen. Ein Sprecher des Landeshochwasserzentrums erklärte: „Entwarnung können wir frühestens am Wochenende geben.“",
"Die Bahn stellte den Verkehr zwischen Dresden und Prag ein. Reisende müssten bis Ende der Woche „mit erheblichen Einschränkungen“ rechnen, teilte das Unternehmen mit.",
], quotes=[
("Jahrhundertflut", None, {}),
("Wir rechnen damit, dass der Scheitel in der Nacht zu Donnerstag durch die Stadt läuft", "Jens Kaltenbach", {}),
("angespannten, aber beherrschbaren Lage", "Andreas Rümmler", {}),
("Die Mauern an der Altstadt haben 2013 gehalten, und sie werden auch diesmal halten", "Katrin Vogelsang", {}),
("Aber niemand sollte jetzt leichtsinnig werden.", "Katrin Vogelsang", {}),
("Uns hat keiner gewarnt", "Petra Schulze", {}),
("Entwarnung können wir frühestens am Wochenende geben.", "ein Sprecher des Landeshochwasserzentrums", {"unnamed": ["sprecher"]}),
("mit erheblichen Einschränkungen", "Die Bahn", {"unnamed": ["bahn", "unternehmen"]}),
]))

A.append(dict(id="fr-greve", lang="fr", paras=[
"Grève à la SNCF : le trafic fortement perturbé jeudi",
"PARIS – Un TGV sur trois circulera jeudi, a annoncé mercredi la SNCF, au deuxième jour d'une grève lancée par les syndicats contre la réforme des retraites.",
"« Nous ne lâcherons rien tant que le gouvernement ne retire pas son projet », a déclaré Fabien Marchetti, délégué de Sud-Rail, devant la gare de Lyon.",
"Le ministre des Transports, Olivier Ferrand, a dénoncé une « prise d'otages » des voyageurs. « Les Français ont le droit de partir en vacances », a-t-il affirmé sur France Inter.",
"Selon la direction, 35 % des conducteurs étaient en grève mercredi matin. « C'est une mobilisation plus faible que lors du premier jour », a estimé un porte-parole de l'entreprise.",
"Sur les quais, la patience des voyageurs s'épuise. « J'ai attendu trois heures pour un train qui n'est jamais venu », raconte Amélie Durand, 34 ans, infirmière à Lyon. Elle compte désormais prendre sa voiture.",
"Pour Sophie Lemaire, secrétaire générale de la CFDT, le mouvement pourrait durer. « La colère est profonde, et elle ne se limite pas aux cheminots », a-t-elle prévenu.",
], quotes=[
("Nous ne lâcherons rien tant que le gouvernement ne retire pas son projet", "Fabien Marchetti", {}),
("prise d'otages", "Olivier Ferrand", {}),
("Les Français ont le droit de partir en vacances", "Olivier Ferrand", {}),
("C'est une mobilisation plus faible que lors du premier jour", "un porte-parole de l'entreprise", {"unnamed": ["porte-parole", "porte parole"]}),
("J'ai attendu trois heures pour un train qui n'est jamais venu", "Amélie Durand", {}),
("La colère est profonde, et elle ne se limite pas aux cheminots", "Sophie Lemaire", {}),
]))

A.append(dict(id="es-incendio", lang="es", paras=[
"Un incendio forestal obliga a desalojar a 2.000 vecinos en Castellón",
"CASTELLÓN.– Un incendio declarado el lunes en la sierra de Espadán ha calcinado ya más de 4.000 hectáreas y ha obligado a desalojar a unos 2.000 vecinos, según informó este martes el Gobierno autonómico.",
"\"El fuego avanza sin control por la zona norte y el viento no nos está ayudando\", dijo el jefe de bomberos del consorcio provincial, José Miguel Ballester, en rueda de prensa.",
"El presidente autonómico, Ramón Escrivá, visitó el puesto de mando avanzado. \"Vamos a poner todos los medios que hagan falta\", aseguró Escrivá, que pidió a la población \"extremar la precaución\".",
"Los vecinos de Torás pasaron la noche en un polideportivo. \"Salimos con lo puesto. No sabemos si vamos a tener casa mañana\", contaba entre lágrimas María Gómez, de 71 años.",
"Según fuentes de la investigación, el incendio pudo originarse por una chispa de una máquina agrícola. La Guardia Civil no ha confirmado esa hipótesis.",
"La ministra para la Transición Ecológica, Teresa Andrade, atribuyó la virulencia del fuego al cambio climático: \"Estos incendios de sexta generación son cada vez más frecuentes y más difíciles de apagar\".",
], quotes=[
("El fuego avanza sin control por la zona norte y el viento no nos está ayudando", "José Miguel Ballester", {}),
("Vamos a poner todos los medios que hagan falta", "Ramón Escrivá", {}),
("extremar la precaución", "Ramón Escrivá", {}),
("Salimos con lo puesto. No sabemos si vamos a tener casa mañana", "María Gómez", {}),
("Estos incendios de sexta generación son cada vez más frecuentes y más difíciles de apagar", "Teresa Andrade", {}),
]))

A.append(dict(id="it-maltempo", lang="it", paras=[
"Maltempo in Emilia-Romagna, esondano tre fiumi",
"BOLOGNA – Tre fiumi sono esondati nella notte tra martedì e mercoledì in Emilia-Romagna, dove la Protezione civile ha diramato l'allerta rossa.",
"«È una situazione drammatica, mai vista negli ultimi cento anni», ha detto il presidente della Regione, Stefano Benassi, durante un punto stampa a Bologna.",
"A Faenza centinaia di persone hanno passato la notte sui tetti. «L'acqua è salita in dieci minuti, non abbiamo fatto in tempo a portare via niente», racconta Giulia Ricci, residente in via Lapi.",
"Il sindaco Massimo Isotta ha chiesto aiuto al governo. «Da soli non ce la facciamo», ha dichiarato. «Servono uomini, mezzi e soprattutto risorse».",
"Secondo la Coldiretti, i danni all'agricoltura superano già il miliardo di euro. Il ministro per la Protezione civile, Nello Carraro, ha assicurato che lo stato di emergenza sarà dichiarato «nelle prossime ore».",
], quotes=[
("È una situazione drammatica, mai vista negli ultimi cento anni", "Stefano Benassi", {}),
("L'acqua è salita in dieci minuti, non abbiamo fatto in tempo a portare via niente", "Giulia Ricci", {}),
("Da soli non ce la facciamo", "Massimo Isotta", {}),
("Servono uomini, mezzi e soprattutto risorse", "Massimo Isotta", {}),
("nelle prossime ore", "Nello Carraro", {}),
]))

A.append(dict(id="pt-chuvas", lang="pt", paras=[
"Chuvas deixam 40 mortos no litoral de São Paulo",
"SÃO PAULO — As fortes chuvas que atingiram o litoral norte de São Paulo no fim de semana deixaram ao menos 40 mortos, segundo balanço divulgado nesta segunda-feira pelo governo estadual.",
"\"Nunca vimos um volume de chuva como esse em tão pouco tempo\", afirmou o governador Renato Albuquerque após sobrevoar a região.",
"Em São Sebastião, o município mais afetado, moradores ainda procuram desaparecidos. \"Meu irmão estava em casa quando o morro desceu. Até agora ninguém achou ele\", disse o pedreiro Carlos Alberto Souza, de 45 anos.",
"A ministra das Cidades, Helena Farias, visitou a cidade e prometeu ajuda federal. \"Vamos reconstruir tudo o que for preciso\", declarou.",
"De acordo com a Defesa Civil, cerca de 2.500 pessoas estão desalojadas. O prefeito Felipe Andrade disse que a cidade vive \"a maior tragédia da sua história\".",
], quotes=[
("Nunca vimos um volume de chuva como esse em tão pouco tempo", "Renato Albuquerque", {}),
("Meu irmão estava em casa quando o morro desceu. Até agora ninguém achou ele", "Carlos Alberto Souza", {}),
("Vamos reconstruir tudo o que for preciso", "Helena Farias", {}),
("a maior tragédia da sua história", "Felipe Andrade", {}),
]))

A.append(dict(id="ru-snegopad", lang="ru", paras=[
"В Москве из-за снегопада отменили более 100 рейсов",
"МОСКВА. Сильный снегопад в понедельник парализовал работу столичных аэропортов: в Шереметьеве и Внукове отменены или задержаны более 100 рейсов.",
"«Такого количества снега за сутки в Москве не было с 1966 года», — сказал научный руководитель Гидрометцентра Роман Велихов.",
"Мэр Москвы Сергей Соколов призвал горожан отказаться от поездок на личном транспорте. «Пожалуйста, пользуйтесь метро», — написал он в своём телеграм-канале.",
"В аэропорту Шереметьево пассажиры провели ночь в терминале. «Нам никто ничего не объясняет, табло просто меняется каждый час», — рассказала Анна Петрова, которая летела в Сочи.",
"По словам представителя аэропорта, на расчистку полос брошена вся техника. «Мы работаем в круглосуточном режиме», — заверил он.",
], quotes=[
("Такого количества снега за сутки в Москве не было с 1966 года", "Роман Велихов", {}),
("Пожалуйста, пользуйтесь метро", "Сергей Соколов", {}),
("Нам никто ничего не объясняет, табло просто меняется каждый час", "Анна Петрова", {}),
("Мы работаем в круглосуточном режиме", "представитель аэропорта", {"unnamed": ["представител"]}),
]))

A.append(dict(id="cs-platy", lang="cs", paras=[
"Vláda schválila zvýšení platů učitelů",
"PRAHA – Vláda v pondělí schválila zvýšení platů učitelů o deset procent od ledna příštího roku.",
"„Učitelé si to zaslouží a slíbili jsme jim to,“ řekl po jednání vlády ministr školství Mikuláš Beran.",
"Odbory však považují zvýšení za nedostatečné. „Deset procent nepokryje ani inflaci posledních dvou let,“ uvedl předseda školských odborů František Dobeš.",
"Premiér Petr Fiedler rozhodnutí obhajoval stavem veřejných financí. „Musíme šetřit, ale na vzdělání šetřit nebudeme,“ prohlásil.",
"Podle opozice jde o předvolební gesto. Šéfka poslaneckého klubu Alena Svobodová ho označila za „kosmetickou úpravu“.",
], quotes=[
("Učitelé si to zaslouží a slíbili jsme jim to,", "Mikuláš Beran", {}),
("Deset procent nepokryje ani inflaci posledních dvou let,", "František Dobeš", {}),
("Musíme šetřit, ale na vzdělání šetřit nebudeme,", "Petr Fiedler", {}),
("kosmetickou úpravu", "Alena Svobodová", {}),
]))

A.append(dict(id="nl-storm", lang="nl", paras=[
"Schiphol schrapt honderden vluchten door storm",
"AMSTERDAM – Schiphol heeft woensdag honderden vluchten geschrapt vanwege een zware storm, die met windstoten tot 110 kilometer per uur over het land trok.",
"\"De veiligheid van passagiers en personeel gaat voor alles\", zei een woordvoerder van de luchthaven.",
"KLM annuleerde alle Europese vluchten tot 's middags. Topvrouw Marjan Rietveld noemde het besluit in het televisieprogramma \"Nieuwsuur\" \"pijnlijk maar onvermijdelijk\".",
"In Rotterdam waaiden bomen om en raakte een fietser gewond. \"Ik heb dit in twintig jaar niet meegemaakt\", zegt buschauffeur Kees de Vries, die zijn route moest inkorten.",
"Het KNMI gaf code oranje af voor het hele land. Meteoroloog Wilco Kamp verwacht dat de storm donderdag afneemt: \"Het ergste is dan voorbij, maar het blijft onstuimig.\"",
], quotes=[
("De veiligheid van passagiers en personeel gaat voor alles", "een woordvoerder van de luchthaven", {"unnamed": ["woordvoerder"]}),
("Nieuwsuur", None, {}),
("pijnlijk maar onvermijdelijk", "Marjan Rietveld", {}),
("Ik heb dit in twintig jaar niet meegemaakt", "Kees de Vries", {}),
("Het ergste is dan voorbij, maar het blijft onstuimig.", "Wilco Kamp", {}),
]))

# Batch 2: written after the first figure was taken (and after rules for these languages were
# tuned on other articles), by the same writer, in the same way: labelled while writing.
B2 = []

B2.append(dict(id="de-prozess", lang="de", paras=[
"Prozess um Millionenbetrug: Angeklagter schweigt",
"MÜNCHEN – Vor dem Landgericht München hat am Montag der Prozess gegen einen früheren Bankberater begonnen, der Kunden um mehr als drei Millionen Euro gebracht haben soll.",
"Der 47-jährige Angeklagte, Holger Brandauer, äußerte sich zum Auftakt nicht. Sein Verteidiger Martin Seidl kündigte an, sein Mandant werde „zu gegebener Zeit“ Stellung nehmen.",
"Oberstaatsanwältin Claudia Renner warf Brandauer vor, das Vertrauen älterer Kunden gezielt ausgenutzt zu haben. „Er hat Menschen, die ihm ihr Erspartes anvertraut haben, systematisch belogen“, sagte sie in ihrem Eröffnungsplädoyer.",
"Eine der Geschädigten, die 81-jährige Ingrid Hoffmann, verfolgte den Prozess von der Zuschauerbank aus. „Ich will nur wissen, warum“, sagte sie vor dem Saal. „Das Geld sehe ich wohl nie wieder.“",
"Die Bank erklärte in einer Mitteilung, man habe „umgehend mit den Ermittlungsbehörden zusammengearbeitet“. Das Gericht hat zwölf Verhandlungstage angesetzt.",
], quotes=[
("zu gegebener Zeit", "Martin Seidl", {}),
("Er hat Menschen, die ihm ihr Erspartes anvertraut haben, systematisch belogen", "Claudia Renner", {}),
("Ich will nur wissen, warum", "Ingrid Hoffmann", {}),
("Das Geld sehe ich wohl nie wieder.", "Ingrid Hoffmann", {}),
("umgehend mit den Ermittlungsbehörden zusammengearbeitet", "Die Bank", {"unnamed": ["bank"]}),
]))

B2.append(dict(id="fr-football", lang="fr", paras=[
"Ligue 1 : Lyon arrache le nul à Marseille",
"MARSEILLE – L'Olympique lyonnais a obtenu un match nul (2-2) dimanche soir au Vélodrome, grâce à un but de Karim Benali dans les arrêts de jeu.",
"« On n'a jamais lâché, c'est ce que je retiens », a confié l'entraîneur lyonnais Pierre Saulnier après la rencontre.",
"Côté marseillais, la déception dominait. « Nous avons été trop naïfs en fin de match », a reconnu le capitaine Valentin Roussel. Son entraîneur, Jean-Louis Garnier, s'est montré plus sévère : « Mener 2-0 à domicile et ne pas gagner, c'est inacceptable. »",
"Benali, entré à la 70e minute, savourait. « Marquer ici, devant ce public, c'est un rêve d'enfant », a-t-il lancé au micro de Canal+.",
"Selon la Ligue, 64 000 spectateurs ont assisté à la rencontre, un record cette saison.",
], quotes=[
("On n'a jamais lâché, c'est ce que je retiens", "Pierre Saulnier", {}),
("Nous avons été trop naïfs en fin de match", "Valentin Roussel", {}),
("Mener 2-0 à domicile et ne pas gagner, c'est inacceptable.", "Jean-Louis Garnier", {}),
("Marquer ici, devant ce public, c'est un rêve d'enfant", "Karim Benali", {}),
]))

B2.append(dict(id="es-vivienda", lang="es", paras=[
"El Gobierno aprueba un plan para construir 50.000 viviendas de alquiler",
"MADRID.– El Consejo de Ministros aprobó este martes un plan para construir 50.000 viviendas de alquiler asequible en los próximos cinco años.",
"La ministra de Vivienda, Lucía Ortega, defendió la medida en la rueda de prensa posterior. \"La vivienda no puede seguir siendo un lujo para los jóvenes\", afirmó. \"Este plan es el mayor esfuerzo público en décadas\".",
"La oposición lo considera insuficiente. \"Es propaganda. Llevan años prometiendo pisos que nadie ha visto\", declaró el portavoz económico del principal partido de la oposición, Andrés Molina.",
"Los promotores privados recibieron el anuncio con cautela. Según la patronal del sector, los plazos son \"poco realistas\" con los costes actuales de construcción.",
"En Barcelona, donde el alquiler medio supera los 1.100 euros, Marta Vidal, de 29 años, comparte piso con otras tres personas. \"Cobro un buen sueldo y aun así no puedo vivir sola\", explica.",
], quotes=[
("La vivienda no puede seguir siendo un lujo para los jóvenes", "Lucía Ortega", {}),
("Este plan es el mayor esfuerzo público en décadas", "Lucía Ortega", {}),
("Es propaganda. Llevan años prometiendo pisos que nadie ha visto", "Andrés Molina", {}),
("poco realistas", "la patronal del sector", {"unnamed": ["patronal"]}),
("Cobro un buen sueldo y aun así no puedo vivir sola", "Marta Vidal", {}),
]))

B2.append(dict(id="it-sanita", lang="it", paras=[
"Pronto soccorso al collasso, i medici lombardi minacciano lo sciopero",
"MILANO – I medici dei pronto soccorso lombardi hanno annunciato uno sciopero di 24 ore per il 15 marzo, denunciando turni massacranti e carenza di personale.",
"«Non possiamo più garantire la sicurezza dei pazienti», ha spiegato Francesca Lombardi, segretaria regionale del sindacato dei medici ospedalieri. «Ogni notte un medico da solo deve gestire trenta persone».",
"L'assessore regionale al Welfare, Guido Bertolini, ha replicato che la Regione ha già assunto 400 nuovi infermieri. «Capisco la stanchezza, ma lo sciopero non risolve nulla», ha detto a margine di un convegno.",
"All'ospedale Niguarda, i pazienti in attesa ieri pomeriggio erano più di cinquanta. Un infermiere, che ha chiesto di restare anonimo, racconta: «Abbiamo barelle nei corridoi da settimane».",
], quotes=[
("Non possiamo più garantire la sicurezza dei pazienti", "Francesca Lombardi", {}),
("Ogni notte un medico da solo deve gestire trenta persone", "Francesca Lombardi", {}),
("Capisco la stanchezza, ma lo sciopero non risolve nulla", "Guido Bertolini", {}),
("Abbiamo barelle nei corridoi da settimane", "un infermiere", {"unnamed": ["infermiere"]}),
]))

B2.append(dict(id="pt-futebol", lang="pt", paras=[
"Palmeiras vence clássico e assume a liderança do Brasileirão",
"SÃO PAULO — O Palmeiras venceu o Corinthians por 2 a 0 neste domingo, no Allianz Parque, e assumiu a liderança do Campeonato Brasileiro.",
"O técnico Abel Monteiro elogiou a entrega do time. \"Foi um jogo de muita intensidade, e os meninos cumpriram tudo o que pedimos\", disse em entrevista coletiva.",
"Autor do primeiro gol, o atacante Rafael Nunes dedicou a vitória à filha recém-nascida. \"Esse gol é dela\", afirmou, emocionado.",
"Do lado corintiano, o clima era de frustração. Para o zagueiro Gustavo Lemos, faltou concentração: \"Tomamos dois gols em bola parada. Não dá para jogar clássico assim\".",
"Segundo a diretoria, a renda da partida foi de R$ 5,2 milhões.",
], quotes=[
("Foi um jogo de muita intensidade, e os meninos cumpriram tudo o que pedimos", "Abel Monteiro", {}),
("Esse gol é dela", "Rafael Nunes", {}),
("Tomamos dois gols em bola parada. Não dá para jogar clássico assim", "Gustavo Lemos", {}),
]))

B2.append(dict(id="ru-shkola", lang="ru", paras=[
"В Новосибирске открылась самая большая школа Сибири",
"НОВОСИБИРСК. В понедельник в Новосибирске открылась новая школа на 2 500 учеников — самая большая в Сибири.",
"«Мы строили её три года, и каждый рубль здесь на виду», — заявил на церемонии губернатор области Андрей Трофимов.",
"Директор школы Елена Смирнова рассказала, что в первый класс пришли 320 детей. «Учителей пока не хватает, но к сентябрю мы закроем все вакансии», — пообещала она.",
"Родители настроены осторожно. «Школа красивая, но классы по 35 человек — это слишком много», — считает Ольга Кузнецова, мать второклассника.",
"В мэрии сообщили, что до конца года в городе откроются ещё две школы.",
], quotes=[
("Мы строили её три года, и каждый рубль здесь на виду", "Андрей Трофимов", {}),
("Учителей пока не хватает, но к сентябрю мы закроем все вакансии", "Елена Смирнова", {}),
("Школа красивая, но классы по 35 человек — это слишком много", "Ольга Кузнецова", {}),
]))

B2.append(dict(id="cs-doprava", lang="cs", paras=[
"Dálnice D1 bude v létě opět zúžena",
"BRNO – Řidiče na dálnici D1 čekají v létě další omezení. Ředitelství silnic a dálnic zahájí opravu úseku mezi Velkým Meziříčím a Brnem.",
"„Oprava je nutná, povrch je na konci své životnosti,“ vysvětlil mluvčí ředitelství Jan Studený. Práce mají podle něj trvat do konce října.",
"Dopravci jsou nespokojeni. „Každé zúžení znamená kolony a zpoždění, které nám nikdo nezaplatí,“ řekl předseda sdružení autodopravců Vojtěch Hromádka.",
"Ministr dopravy Martin Kubíček slíbil, že se práce budou soustředit do nočních hodin. „Chceme, aby lidé v kolonách stáli co nejméně,“ dodal.",
], quotes=[
("Oprava je nutná, povrch je na konci své životnosti,", "Jan Studený", {}),
("Každé zúžení znamená kolony a zpoždění, které nám nikdo nezaplatí,", "Vojtěch Hromádka", {}),
("Chceme, aby lidé v kolonách stáli co nejméně,", "Martin Kubíček", {}),
]))

B2.append(dict(id="nl-gemeente", lang="nl", paras=[
"Utrecht wil autoverkeer uit binnenstad weren",
"UTRECHT – De gemeente Utrecht wil vanaf 2027 doorgaand autoverkeer in de binnenstad verbieden. Dat maakte het college dinsdag bekend.",
"\"De binnenstad is van voetgangers en fietsers, niet van auto's die er alleen doorheen rijden\", zei wethouder Lot van Houten op een persconferentie.",
"Ondernemers reageren verdeeld. Winkelier Pieter Bakker, die een schoenenzaak heeft aan de Oudegracht, vreest voor zijn omzet. \"Mijn klanten komen uit de dorpen rondom, en die komen met de auto\", zegt hij.",
"Volgens de Fietsersbond is het plan \"een grote stap vooruit\". De gemeenteraad stemt in april over het voorstel.",
], quotes=[
("De binnenstad is van voetgangers en fietsers, niet van auto's die er alleen doorheen rijden", "Lot van Houten", {}),
("Mijn klanten komen uit de dorpen rondom, en die komen met de auto", "Pieter Bakker", {}),
("een grote stap vooruit", "de Fietsersbond", {"unnamed": ["fietsersbond"]}),
]))

# Batch 3: written after batch 2 was measured and spent, by the same writer, in the same way
# (labelled while writing, without reading any miss of the measured batches or the rules' code).
B3 = []

B3.append(dict(id="de-museum", lang="de", paras=[
"Kunstraub in Gotha: Polizei fahndet nach zwei Männern",
"GOTHA – Aus dem Schlossmuseum in Gotha sind in der Nacht zu Sonntag drei Gemälde gestohlen worden. Die Täter hatten nach Angaben der Polizei ein Fenster im Erdgeschoss aufgehebelt.",
"„Die Alarmanlage hat ausgelöst, aber als die Streife eintraf, waren die Täter schon weg“, sagte Polizeisprecherin Sandra Kühnel am Montag. Die Ermittler werten nun Aufnahmen von Überwachungskameras aus.",
"Museumsdirektor Friedrich Abel zeigte sich erschüttert. Die Bilder seien „für den Kunstmarkt praktisch unverkäuflich“, sagte er. Er hoffe, dass die Diebe das erkennen.",
"Kulturstaatssekretärin Miriam Hellwig kündigte an, die Sicherheitstechnik aller Landesmuseen prüfen zu lassen: „Wir müssen uns ehrlich fragen, ob wir genug tun.“",
], quotes=[
("Die Alarmanlage hat ausgelöst, aber als die Streife eintraf, waren die Täter schon weg", "Sandra Kühnel", {}),
("für den Kunstmarkt praktisch unverkäuflich", "Friedrich Abel", {}),
("Wir müssen uns ehrlich fragen, ob wir genug tun.", "Miriam Hellwig", {}),
]))

B3.append(dict(id="fr-canicule", lang="fr", paras=[
"Canicule : les hôpitaux du Sud-Ouest en alerte",
"BORDEAUX – Alors que le thermomètre a dépassé 41 °C lundi à Bordeaux, les hôpitaux de Nouvelle-Aquitaine ont déclenché leur plan blanc.",
"« Nous voyons arriver beaucoup de personnes âgées déshydratées, souvent seules chez elles », explique le docteur Hélène Marchand, cheffe des urgences du CHU de Bordeaux.",
"La préfète de la Gironde, Catherine Vasseur, a interdit les rassemblements en plein air jusqu'à jeudi. « La prudence doit primer sur tout le reste », a-t-elle insisté lors d'un point presse.",
"Dans les rues, certains commerçants ont baissé le rideau. « Avec cette chaleur, personne ne vient », soupire Julien Moreau, qui tient une boulangerie près de la place de la Victoire.",
"Météo-France prévoit une baisse des températures à partir de vendredi.",
], quotes=[
("Nous voyons arriver beaucoup de personnes âgées déshydratées, souvent seules chez elles", "Hélène Marchand", {}),
("La prudence doit primer sur tout le reste", "Catherine Vasseur", {}),
("Avec cette chaleur, personne ne vient", "Julien Moreau", {}),
]))

B3.append(dict(id="es-elecciones", lang="es", paras=[
"El alcalde de Zaragoza anuncia que no se presentará a la reelección",
"ZARAGOZA.– El alcalde de Zaragoza, Fernando Ibarra, anunció este jueves que no se presentará a las próximas elecciones municipales, tras ocho años en el cargo.",
"\"Ha llegado el momento de dar paso a otras personas\", explicó Ibarra en una comparecencia sin preguntas en el Ayuntamiento. \"Me voy con la conciencia tranquila\".",
"La decisión sorprendió incluso a su propio partido. Una concejala de su grupo, que pidió no ser identificada, aseguró que nadie en el equipo de gobierno \"sabía nada\" hasta esta mañana.",
"Para la líder de la oposición municipal, Carmen Lasheras, el anuncio es \"una huida hacia adelante\" ante los problemas de la ciudad.",
], quotes=[
("Ha llegado el momento de dar paso a otras personas", "Fernando Ibarra", {}),
("Me voy con la conciencia tranquila", "Fernando Ibarra", {}),
("sabía nada", "una concejala de su grupo", {"unnamed": ["concejala"]}),
("una huida hacia adelante", "Carmen Lasheras", {}),
]))

B3.append(dict(id="it-scuola", lang="it", paras=[
"Crolla il controsoffitto in un'aula, nessun ferito a Torino",
"TORINO – Una parte del controsoffitto di un'aula della scuola media Alfieri è crollata ieri mattina, pochi minuti prima dell'inizio delle lezioni. Nessuno è rimasto ferito.",
"«Se fosse successo mezz'ora dopo, avremmo avuto ventotto ragazzi sotto quelle macerie», ha detto la dirigente scolastica, Paola Rinaldi.",
"I genitori si sono radunati davanti all'ingresso. «Avevamo segnalato le infiltrazioni già a novembre e nessuno ci ha risposto», accusa Marco Ferri, padre di un'alunna di seconda.",
"Il Comune ha disposto la chiusura dell'edificio per una settimana. L'assessore all'Edilizia scolastica, Davide Ruggeri, ha promesso controlli in tutte le scuole della città: «Nessun edificio riaprirà senza il via libera dei tecnici».",
], quotes=[
("Se fosse successo mezz'ora dopo, avremmo avuto ventotto ragazzi sotto quelle macerie", "Paola Rinaldi", {}),
("Avevamo segnalato le infiltrazioni già a novembre e nessuno ci ha risposto", "Marco Ferri", {}),
("Nessun edificio riaprirà senza il via libera dei tecnici", "Davide Ruggeri", {}),
]))

B3.append(dict(id="pt-ciencia", lang="pt", paras=[
"Pesquisadores brasileiros descobrem nova espécie de sapo na Amazônia",
"MANAUS — Uma equipe do Instituto Nacional de Pesquisas da Amazônia descreveu uma nova espécie de sapo, com menos de um centímetro de comprimento, encontrada no sul do Amazonas.",
"\"É um dos menores vertebrados terrestres já registrados no Brasil\", disse a bióloga Juliana Prado, que coordenou o estudo publicado nesta quarta-feira.",
"Segundo ela, a espécie vive apenas em uma área de poucos quilômetros quadrados, ameaçada pelo desmatamento. \"Se essa mata for derrubada, ele desaparece antes mesmo de ser conhecido\", alertou.",
"O diretor do instituto, Marcelo Tavares, afirmou que a descoberta mostra \"o quanto ainda não sabemos sobre a floresta\".",
], quotes=[
("É um dos menores vertebrados terrestres já registrados no Brasil", "Juliana Prado", {}),
("Se essa mata for derrubada, ele desaparece antes mesmo de ser conhecido", "Juliana Prado", {}),
("o quanto ainda não sabemos sobre a floresta", "Marcelo Tavares", {}),
]))

B3.append(dict(id="ru-pozhar", lang="ru", paras=[
"В Екатеринбурге потушили пожар на складе",
"ЕКАТЕРИНБУРГ. Пожарные в ночь на среду потушили крупный пожар на складе стройматериалов на окраине Екатеринбурга. Площадь возгорания составила 3 000 квадратных метров.",
"«Огонь удалось локализовать за четыре часа, пострадавших нет», — сообщил начальник областного управления МЧС Игорь Беляев.",
"По его словам, причиной пожара могло стать короткое замыкание. Владелец склада Дмитрий Орлов заявил журналистам, что проводка была заменена в прошлом году. «Все документы у нас есть, проверки мы проходили», — сказал он.",
"Жители соседних домов жаловались на едкий дым. «Всю ночь не могли открыть окна», — рассказала пенсионерка Валентина Громова.",
], quotes=[
("Огонь удалось локализовать за четыре часа, пострадавших нет", "Игорь Беляев", {}),
("Все документы у нас есть, проверки мы проходили", "Дмитрий Орлов", {}),
("Всю ночь не могли открыть окна", "Валентина Громова", {}),
]))

B3.append(dict(id="cs-nemocnice", lang="cs", paras=[
"Nemocnice v Kolíně otevřela nový pavilon",
"KOLÍN – Oblastní nemocnice Kolín ve čtvrtek otevřela nový pavilon akutní medicíny za 1,2 miliardy korun.",
"„Konečně budeme mít urgentní příjem, který odpovídá jednadvacátému století,“ uvedl ředitel nemocnice Petr Kovařík.",
"Hejtmanka Středočeského kraje Jana Malá připomněla, že stavba se zpozdila o rok. „Chci se omluvit pacientům i personálu za komplikace, které to způsobilo,“ řekla při slavnostním otevření.",
"Podle primářky interního oddělení Lenky Horákové pavilon zkrátí čekání na vyšetření. „Pacient už nebude muset jezdit po celém areálu,“ vysvětlila.",
], quotes=[
("Konečně budeme mít urgentní příjem, který odpovídá jednadvacátému století,", "Petr Kovařík", {}),
("Chci se omluvit pacientům i personálu za komplikace, které to způsobilo,", "Jana Malá", {}),
("Pacient už nebude muset jezdit po celém areálu,", "Lenka Horáková", {"accept": ["Lenky Horákové", "Horáková"]}),
]))

B3.append(dict(id="nl-zorg", lang="nl", paras=[
"Ziekenhuis in Zwolle stopt tijdelijk met geplande operaties",
"ZWOLLE – Het Isala-ziekenhuis in Zwolle stelt alle geplande operaties twee weken uit vanwege een storing in het computersysteem.",
"\"We kunnen op dit moment niet veilig werken met de patiëntgegevens\", aldus bestuursvoorzitter Marieke Jansen. Spoedeisende hulp blijft wel open.",
"Patiënten reageren teleurgesteld. \"Ik wacht al vijf maanden op een nieuwe heup en nu dit\", zegt de 68-jarige Henk Visser uit Kampen.",
"Volgens een woordvoerder van de leverancier is de oorzaak een mislukte update. \"Wij werken dag en nacht aan een oplossing\", zei hij.",
], quotes=[
("We kunnen op dit moment niet veilig werken met de patiëntgegevens", "Marieke Jansen", {}),
("Ik wacht al vijf maanden op een nieuwe heup en nu dit", "Henk Visser", {}),
("Wij werken dag en nacht aan een oplossing", "een woordvoerder van de leverancier", {"unnamed": ["woordvoerder"]}),
]))

# Batch 4: Chinese (simplified and traditional) and Japanese, written blind by the same writer
# before the rules for these languages were tuned (on other articles), labelled while writing.
# A name is given bare; `accept` holds the forms with the honorific the article writes.
B4 = []

B4.append(dict(id="zh-ditie", lang="zh", paras=[
"北京地铁新线开通首日客流超十万人次",
"本报北京12月1日电 北京地铁17号线北段今天正式开通运营，首日客流超过十万人次。",
"“新线开通后，昌平北部居民进城的通勤时间将缩短近一半。”北京市交通委员会副主任张立新在开通仪式上说。",
"在天通苑站，市民刘芳一早就带着孩子来体验。她说：“以前坐公交要一个半小时，现在四十分钟就到了。”",
"北京地铁运营公司相关负责人表示，开通初期将加强客流引导，“高峰时段会增加工作人员”。",
"据了解，17号线南段预计明年年底完工。",
], quotes=[
("新线开通后，昌平北部居民进城的通勤时间将缩短近一半。", "张立新", {}),
("以前坐公交要一个半小时，现在四十分钟就到了。", "刘芳", {}),
("高峰时段会增加工作人员", "北京地铁运营公司相关负责人", {"unnamed": ["负责人"]}),
]))

B4.append(dict(id="zh-fayuan", lang="zh", paras=[
"男子网购假药致人死亡 被判有期徒刑八年",
"浙江省杭州市中级人民法院日前对一起销售假药案作出一审判决，被告人陈某被判处有期徒刑八年。",
"主审法官王海燕介绍，陈某在明知药品系假药的情况下，仍通过网络向全国多地销售。“被告人的行为严重危害了公众的生命健康安全。”王海燕说。",
"被害人家属在庭后表示，对判决结果基本满意。“我们只希望以后不要再有人上当。”死者的女儿李静说。",
"陈某当庭表示不上诉。",
], quotes=[
("被告人的行为严重危害了公众的生命健康安全。", "王海燕", {}),
("我们只希望以后不要再有人上当。", "李静", {}),
]))

B4.append(dict(id="zh-feiji", lang="zh", paras=[
"国产大飞机完成首次商业载客飞行",
"新华社上海5月28日电 国产大型客机今天上午从上海虹桥机场起飞，完成首次商业载客飞行。",
"中国商飞公司董事长赵刚在接受采访时指出：“这是中国民航发展史上的一个里程碑。”",
"机长孙建国在落地后告诉记者，飞机“飞得很稳，乘客反映也很好”。",
"一位不愿透露姓名的业内人士认为，“真正的考验是今后几年的运营可靠性”。",
], quotes=[
("这是中国民航发展史上的一个里程碑。", "赵刚", {}),
("飞得很稳，乘客反映也很好", "孙建国", {}),
("真正的考验是今后几年的运营可靠性", "一位不愿透露姓名的业内人士", {"unnamed": ["业内人士"]}),
]))

B4.append(dict(id="zh-tw-taifeng", lang="zh-Hant", paras=[
"颱風逼近 花蓮山區預防性撤離三百人",
"中度颱風今天持續向台灣東部逼近，花蓮縣政府下午宣布山區預防性撤離，共撤離約三百人。",
"花蓮縣長林美玲在應變中心表示：「寧可事前多做準備，也不要事後後悔。」",
"氣象署預報員黃志明說，颱風暴風圈最快明天清晨觸及陸地，「東半部要嚴防豪雨」。",
"秀林鄉居民吳阿嬤收拾好行李後無奈地說：「每年都要跑一次，已經習慣了。」",
], quotes=[
("寧可事前多做準備，也不要事後後悔。", "林美玲", {}),
("東半部要嚴防豪雨", "黃志明", {}),
("每年都要跑一次，已經習慣了。", "吳阿嬤", {}),
]))

B4.append(dict(id="zh-tw-gongche", lang="zh-Hant", paras=[
"台北市將試辦週末公車免費",
"台北市政府今天宣布，明年一月起將在週末試辦市區公車免費搭乘，為期半年。",
"「我們希望鼓勵更多市民把車留在家裡。」交通局長陳俊宏在記者會上說。",
"不過，市議員張雅婷質疑財源不明。她指出，試辦半年預估需要新台幣四億元，「錢從哪裡來，市府應該說清楚」。",
], quotes=[
("我們希望鼓勵更多市民把車留在家裡。", "陳俊宏", {}),
("錢從哪裡來，市府應該說清楚", "張雅婷", {}),
]))

B4.append(dict(id="ja-ooyuki", lang="ja", paras=[
"東京で記録的な大雪　交通機関に乱れ",
"関東地方は６日、低気圧の影響で大雪となり、東京都心では１０センチの積雪を観測した。",
"気象庁の担当者は記者会見で「７日朝にかけて路面の凍結に十分注意してほしい」と呼びかけた。",
"ＪＲ東日本によると、首都圏の在来線で運転見合わせが相次いだ。新宿駅で電車を待っていた会社員の佐藤健一さん（４２）は「２時間待っているが、まったく動かない」と話した。",
"東京都の山本真理子知事は「不要不急の外出は控えてください」と述べた。",
], quotes=[
("７日朝にかけて路面の凍結に十分注意してほしい", "気象庁の担当者", {"unnamed": ["担当者"]}),
("２時間待っているが、まったく動かない", "佐藤健一", {"accept": ["佐藤健一さん", "佐藤"]}),
("不要不急の外出は控えてください", "山本真理子", {"accept": ["山本真理子知事", "山本知事"]}),
]))

B4.append(dict(id="ja-ryokan", lang="ja", paras=[
"老舗旅館が廃業へ　後継者不足で",
"創業１５０年の老舗旅館「松風館」（長野県）が、来年３月末で廃業することが分かった。",
"５代目の女将、中村幸子さん（７１）は「お客様には本当に申し訳ない。でも、もう体が続かない」と語った。",
"地元の観光協会の田中浩会長は「町の顔がなくなるのは寂しい」と肩を落とした。",
"同館は、明治時代の建物が残ることでも知られていた。",
], quotes=[
("松風館", None, {}),
("お客様には本当に申し訳ない。でも、もう体が続かない", "中村幸子", {"accept": ["中村幸子さん"]}),
("町の顔がなくなるのは寂しい", "田中浩", {"accept": ["田中浩会長", "田中会長"]}),
]))

B4.append(dict(id="ja-roketto", lang="ja", paras=[
"新型ロケットの打ち上げに成功",
"宇宙航空研究開発機構（ＪＡＸＡ）は１７日、鹿児島県の種子島宇宙センターから新型ロケットを打ち上げ、予定の軌道に衛星を投入することに成功した。",
"プロジェクトマネージャーの岡田誠氏は記者会見で「チーム全員でつかんだ成功だ」と喜びを語った。",
"一方、専門家の間では、打ち上げ費用の削減が今後の課題だとの指摘もある。大学教授の森下隆氏は「国際競争に勝つには、コストを半分にする必要がある」と話している。",
], quotes=[
("チーム全員でつかんだ成功だ", "岡田誠", {"accept": ["岡田誠氏", "岡田氏"]}),
("国際競争に勝つには、コストを半分にする必要がある", "森下隆", {"accept": ["森下隆氏", "森下氏"]}),
]))

# Batch 5: written at the start of the next release, before that release's rules, by the same
# writer in the same way (labelled while writing; no miss of any measured batch read).
B5 = []

B5.append(dict(id="de-prozess-2", lang="de", paras=[
"Betrugsprozess in Augsburg: Ex-Bankberater muss vier Jahre in Haft",
"AUGSBURG (dpa) – Das Landgericht Augsburg hat einen früheren Bankberater wegen gewerbsmäßigen Betrugs zu vier Jahren Haft verurteilt. Der 52-Jährige hatte nach Überzeugung des Gerichts mehr als 60 überwiegend ältere Kunden um insgesamt 2,3 Millionen Euro gebracht.",
"„Der Angeklagte hat das Vertrauen seiner Kunden schamlos ausgenutzt“, sagte der Vorsitzende Richter Matthias Brandl in der Urteilsbegründung. Viele Opfer hätten ihre gesamten Ersparnisse verloren.",
"Die Verteidigung hatte eine Bewährungsstrafe gefordert. Rechtsanwältin Carola Weidinger kündigte an, das Urteil prüfen zu lassen: „Wir halten die Strafe für deutlich überzogen.“",
"Im Gerichtssaal saßen auch mehrere Geschädigte. Eine 81 Jahre alte Rentnerin aus Gersthofen sagte nach der Verhandlung: „Das Geld sehe ich nie wieder. Aber wenigstens hat er jetzt seine Strafe.“",
"Der Angeklagte selbst hatte zum Prozessauftakt ein Geständnis abgelegt. „Es tut mir unendlich leid“, ließ er über seine Anwältin erklären.",
], quotes=[
("Der Angeklagte hat das Vertrauen seiner Kunden schamlos ausgenutzt", "Matthias Brandl", {}),
("Wir halten die Strafe für deutlich überzogen.", "Carola Weidinger", {}),
("Das Geld sehe ich nie wieder. Aber wenigstens hat er jetzt seine Strafe.", "Eine 81 Jahre alte Rentnerin aus Gersthofen", {"unnamed": ["rentnerin"]}),
("Es tut mir unendlich leid", "Der Angeklagte", {"unnamed": ["angeklagte", "bankberater"]}),
]))

B5.append(dict(id="fr-foot", lang="fr", paras=[
"Ligue 1 : Lens arrache le nul à Marseille",
"MARSEILLE – Mené 2-0 à la mi-temps, le RC Lens a obtenu le match nul (2-2) dimanche soir au Vélodrome, grâce à un doublé de son attaquant Karim Benali.",
"« On n'a pas existé en première période, a reconnu l'entraîneur lensois Pascal Vidal. Mais les garçons ont montré un autre visage après la pause. »",
"Son homologue marseillais, Diego Ferreira, ne cachait pas sa déception. « Nous avions le match en main et nous l'avons laissé filer. C'est inacceptable à ce niveau », a-t-il lâché en conférence de presse.",
"Benali, auteur de son huitième but de la saison, s'est montré plus mesuré : « Je suis content pour l'équipe, mais on doit commencer nos matchs plus fort. »",
"Marseille reste troisième du classement, à cinq points du leader parisien.",
], quotes=[
("On n'a pas existé en première période,", "Pascal Vidal", {}),
("Mais les garçons ont montré un autre visage après la pause.", "Pascal Vidal", {}),
("Nous avions le match en main et nous l'avons laissé filer. C'est inacceptable à ce niveau", "Diego Ferreira", {}),
("Je suis content pour l'équipe, mais on doit commencer nos matchs plus fort.", "Karim Benali", {}),
]))

B5.append(dict(id="es-empresa", lang="es", paras=[
"La textil Hilaturas del Norte presenta un ERE para 300 trabajadores",
"BILBAO (EFE).– La empresa textil Hilaturas del Norte ha comunicado a los sindicatos un expediente de regulación de empleo que afectará a 300 de sus 850 trabajadores, según informaron este jueves fuentes sindicales.",
"El consejero delegado de la compañía, Íñigo Arrieta, justificó la medida por la caída de los pedidos. \"No es una decisión fácil, pero sin este ajuste la viabilidad de la empresa estaría en riesgo\", afirmó en un comunicado.",
"Los sindicatos han convocado una huelga para el próximo lunes. \"La dirección lleva dos años repartiendo dividendos y ahora quiere que paguen los trabajadores\", denunció la portavoz de CCOO en la planta, Ainhoa Etxeberria.",
"El Gobierno vasco ha pedido a ambas partes que negocien. La consejera de Trabajo, Miren Olano, dijo que el Ejecutivo \"hará todo lo posible\" por mantener el empleo.",
], quotes=[
("No es una decisión fácil, pero sin este ajuste la viabilidad de la empresa estaría en riesgo", "Íñigo Arrieta", {}),
("La dirección lleva dos años repartiendo dividendos y ahora quiere que paguen los trabajadores", "Ainhoa Etxeberria", {}),
("hará todo lo posible", "Miren Olano", {}),
]))

B5.append(dict(id="it-intervista", lang="it", paras=[
"Il rettore: «Mancano alloggi, gli studenti rinunciano all'università»",
"MILANO – Affitti alle stelle e posti letto insufficienti: secondo il rettore dell'Università di Pavia, Francesco Migliorini, la crisi degli alloggi sta spingendo molti studenti a rinunciare agli studi.",
"«Ogni anno perdiamo centinaia di iscritti che non possono permettersi una stanza», ha spiegato Migliorini in un'intervista. «È un problema che riguarda tutto il Paese, non solo le grandi città».",
"Il Comune di Pavia ha annunciato un piano per 500 nuovi posti letto entro il 2028. L'assessora all'Urbanistica Laura Sartori lo ha definito «un primo passo», ma gli studenti restano scettici.",
"«Ci promettono residenze da anni e non vediamo niente», dice Marco Pellegrini, 22 anni, rappresentante degli studenti.",
], quotes=[
("Ogni anno perdiamo centinaia di iscritti che non possono permettersi una stanza", "Francesco Migliorini", {}),
("È un problema che riguarda tutto il Paese, non solo le grandi città", "Francesco Migliorini", {}),
("un primo passo", "Laura Sartori", {}),
("Ci promettono residenze da anni e non vediamo niente", "Marco Pellegrini", {}),
]))

B5.append(dict(id="pt-eleicoes", lang="pt", paras=[
"Candidatos trocam acusações em debate na TV",
"LISBOA – Os dois principais candidatos à Câmara de Lisboa trocaram acusações num debate televisivo na noite de terça-feira, a menos de duas semanas das eleições autárquicas.",
"\"A cidade está suja, cara e mal gerida\", atacou a candidata da oposição, Helena Matos Correia. \"Os lisboetas merecem mais do que promessas recicladas.\"",
"O atual presidente, Rui Valadares, respondeu que a sua adversária \"não apresentou uma única proposta concreta\". \"Fizemos mais em quatro anos do que os anteriores em doze\", disse.",
"Segundo uma sondagem divulgada na segunda-feira, os dois candidatos estão separados por menos de dois pontos percentuais.",
], quotes=[
("A cidade está suja, cara e mal gerida", "Helena Matos Correia", {}),
("Os lisboetas merecem mais do que promessas recicladas.", "Helena Matos Correia", {}),
("não apresentou uma única proposta concreta", "Rui Valadares", {}),
("Fizemos mais em quatro anos do que os anteriores em doze", "Rui Valadares", {}),
]))

B5.append(dict(id="ru-nekrolog", lang="ru", paras=[
"Умер композитор Григорий Лаптев",
"МОСКВА, 3 марта. В Москве на 86-м году жизни скончался композитор Григорий Лаптев, автор музыки к десяткам фильмов. Об этом сообщила его дочь Анна.",
"«Папа ушёл спокойно, дома, в окружении близких», — написала она в соцсетях.",
"Режиссёр Владимир Соколовский, с которым Лаптев работал больше тридцати лет, назвал его «последним романтиком советского кино». «Без его музыки мои фильмы были бы совсем другими», — сказал Соколовский.",
"Прощание с композитором пройдёт в пятницу в Большом зале консерватории.",
], quotes=[
("Папа ушёл спокойно, дома, в окружении близких", "Анна", {"accept": ["дочь"]}),
("последним романтиком советского кино", "Владимир Соколовский", {}),
("Без его музыки мои фильмы были бы совсем другими", "Владимир Соколовский", {}),
]))

B5.append(dict(id="cs-nemocnice-2", lang="cs", paras=[
"Nemocnice v Kladně omezí provoz kvůli nedostatku sester",
"KLADNO – Oblastní nemocnice Kladno od příštího měsíce uzavře dvě lůžková oddělení. Důvodem je nedostatek zdravotních sester, uvedl ve středu ředitel nemocnice Pavel Novotný.",
"„Bez dostatečného personálu nemůžeme zaručit bezpečnou péči o pacienty,“ řekl Novotný na tiskové konferenci.",
"Hejtmanka Středočeského kraje Jana Malá slíbila, že kraj situaci řeší. „Jednáme o náborových příspěvcích a o bytech pro nové sestry,“ uvedla.",
"Odboráři kritizují vedení nemocnice. „Na problém upozorňujeme už tři roky a nikdo nás neposlouchal,“ řekla předsedkyně odborové organizace Dagmar Kučerová.",
], quotes=[
("Bez dostatečného personálu nemůžeme zaručit bezpečnou péči o pacienty,", "Pavel Novotný", {}),
("Jednáme o náborových příspěvcích a o bytech pro nové sestry,", "Jana Malá", {}),
("Na problém upozorňujeme už tři roky a nikdo nás neposlouchal,", "Dagmar Kučerová", {}),
]))

B5.append(dict(id="nl-rechtszaak", lang="nl", paras=[
"Gemeente moet schadevergoeding betalen na val op kapotte stoep",
"ARNHEM (ANP) – De gemeente Arnhem moet een 74-jarige vrouw die in 2022 over een losliggende stoeptegel struikelde een schadevergoeding van 18.000 euro betalen. Dat heeft de rechtbank Gelderland woensdag bepaald.",
"\"De gemeente wist al maanden dat de tegels loslagen en heeft niets gedaan\", aldus de rechter in de uitspraak.",
"De advocaat van de vrouw, Mark de Groot, is tevreden. \"Mijn cliënte heeft nog dagelijks last van haar heup. Dit erkent tenminste wat haar is overkomen\", zei hij.",
"Wethouder Ilse Bakker laat weten dat de gemeente de uitspraak bestudeert. \"We nemen de veiligheid van onze stoepen zeer serieus\", zegt zij.",
], quotes=[
("De gemeente wist al maanden dat de tegels loslagen en heeft niets gedaan", "de rechter", {"unnamed": ["rechter", "rechtbank"]}),
("Mijn cliënte heeft nog dagelijks last van haar heup. Dit erkent tenminste wat haar is overkomen", "Mark de Groot", {"accept": ["De Groot", "de Groot"]}),
("We nemen de veiligheid van onze stoepen zeer serieus", "Ilse Bakker", {}),
]))

B5.append(dict(id="zh-gaotie", lang="zh", paras=[
"新高铁线路开通　两地通行时间缩短一半",
"新华社消息，连接两座省会城市的新高铁线路于26日正式开通运营，两地之间的通行时间由原来的四个小时缩短至两小时。",
"铁路局副局长王建国在开通仪式上表示：“这条线路将大大促进沿线地区的经济发展。”",
"首趟列车上的乘客刘芳告诉记者，她每个月都要往返两地看望父母。“以前坐大巴要颠簸大半天，现在方便太多了。”她说。",
"不过，也有市民对票价表示担忧。在车站等车的退休教师张明说：“票价再便宜一点就好了。”",
], quotes=[
("这条线路将大大促进沿线地区的经济发展。", "王建国", {}),
("以前坐大巴要颠簸大半天，现在方便太多了。", "刘芳", {}),
("票价再便宜一点就好了。", "张明", {}),
]))

B5.append(dict(id="ja-saiban", lang="ja", paras=[
"元社長に懲役３年の判決　粉飾決算事件",
"粉飾決算事件で金融商品取引法違反の罪に問われた電子部品メーカーの元社長、山本健一被告（６４）に対し、東京地裁は１０日、懲役３年の実刑判決を言い渡した。",
"裁判長は「投資家の信頼を大きく損ない、刑事責任は重い」と述べた。",
"判決後、弁護人の佐藤亮弁護士は「判決内容を精査し、控訴するかどうか検討したい」と話した。",
], quotes=[
("投資家の信頼を大きく損ない、刑事責任は重い", "裁判長", {"unnamed": ["裁判長"]}),
("判決内容を精査し、控訴するかどうか検討したい", "佐藤亮", {"accept": ["佐藤亮弁護士", "佐藤弁護士"]}),
]))

# Batch 6: written at the start of a later release, before any of its rules, labelled while writing.
B6 = []

B6.append(dict(id="de-streik-kita", lang="de", paras=[
"Kita-Streik in Hannover: Eltern müssen improvisieren",
"HANNOVER – Rund 180 städtische Kindertagesstätten bleiben am Donnerstag geschlossen. Die Gewerkschaft Verdi hat die Erzieherinnen und Erzieher zu einem ganztägigen Warnstreik aufgerufen.",
"„Wir streiken nicht gegen die Eltern, sondern für bessere Bedingungen für ihre Kinder“, sagte Verdi-Bezirksleiterin Sabine Krämer bei einer Kundgebung am Opernplatz. Neben ihr stand Stadtrat Holger Petersen, der die Forderungen für unbezahlbar hält.",
"Petersen widersprach später im Gespräch mit dieser Zeitung: „Jeder zusätzliche Euro fehlt uns bei den Schulen.“",
"Für viele Familien bedeutet der Streik Stress. Die Mutter zweier Kinder, Aylin Demir, nahm sich einen Tag Urlaub. „Zum dritten Mal in diesem Jahr“, sagte sie.",
"Nach Angaben der Stadt wurde für Kinder von Eltern in systemrelevanten Berufen eine Notbetreuung eingerichtet.",
], quotes=[
("Wir streiken nicht gegen die Eltern, sondern für bessere Bedingungen für ihre Kinder", "Sabine Krämer", {}),
("Jeder zusätzliche Euro fehlt uns bei den Schulen.", "Holger Petersen", {}),
("Zum dritten Mal in diesem Jahr", "Aylin Demir", {}),
]))

B6.append(dict(id="fr-incendie-usine", lang="fr", paras=[
"Incendie dans une usine chimique près de Rouen : pas de victime",
"Un incendie s'est déclaré mardi soir dans une usine de produits chimiques de Grand-Couronne, près de Rouen, provoquant un épais panache de fumée visible à plusieurs kilomètres.",
"« Il n'y a aucun blessé et aucune toxicité anormale n'a été mesurée à ce stade », a déclaré le préfet de Normandie, Olivier Maréchal, lors d'un point presse mercredi matin.",
"Des habitants restent inquiets. « On nous dit que tout va bien, mais l'odeur est partout », confie Nadia Benali, qui vit à 500 mètres du site.",
"Le directeur de l'usine, Thierry Lavigne, a assuré que les stocks les plus dangereux avaient été protégés. Selon lui, « l'incendie a touché un entrepôt d'emballages, pas les cuves ».",
"Une enquête a été ouverte par le parquet de Rouen.",
], quotes=[
("Il n'y a aucun blessé et aucune toxicité anormale n'a été mesurée à ce stade", "Olivier Maréchal", {"accept": ["le préfet"]}),
("On nous dit que tout va bien, mais l'odeur est partout", "Nadia Benali", {}),
("l'incendie a touché un entrepôt d'emballages, pas les cuves", "Thierry Lavigne", {}),
]))

B6.append(dict(id="es-sequia", lang="es", paras=[
"Cataluña declara la emergencia por sequía en 200 municipios",
"BARCELONA.– El Gobierno catalán declaró este jueves la emergencia por sequía en más de 200 municipios, entre ellos Barcelona, tras tres años con lluvias muy por debajo de lo normal.",
"«Estamos ante la peor sequía desde que hay registros», afirmó la consejera de Acción Climática, Montserrat Puig, en rueda de prensa. «Cada litro cuenta».",
"Los agricultores del Baix Llobregat critican que las restricciones llegan tarde. «Llevamos dos años pidiendo ayuda y nadie nos ha escuchado», lamentó Jordi Ferrer, portavoz de la Unió de Pagesos.",
"La medida limita el consumo a 200 litros por habitante y día. El alcalde de Barcelona, Pere Soler, pidió a los vecinos «responsabilidad» y anunció que las fuentes ornamentales dejarán de funcionar.",
], quotes=[
("Estamos ante la peor sequía desde que hay registros", "Montserrat Puig", {}),
("Cada litro cuenta", "Montserrat Puig", {}),
("Llevamos dos años pidiendo ayuda y nadie nos ha escuchado", "Jordi Ferrer", {}),
("responsabilidad", "Pere Soler", {}),
]))

B6.append(dict(id="it-ponte", lang="it", paras=[
"Chiuso il ponte sul Po a Piacenza: crepe nei piloni",
"PIACENZA – Il ponte sul Po che collega Piacenza alla Lombardia è stato chiuso al traffico ieri pomeriggio dopo che i tecnici dell'Anas hanno rilevato crepe in due piloni.",
"«Non possiamo correre rischi: il ponte resterà chiuso finché non avremo i risultati delle prove di carico», ha spiegato l'ingegnere responsabile dell'ispezione, Marco Bellini.",
"La sindaca di Piacenza, Laura Ferretti, ha chiesto tempi certi. «Ogni giorno di chiusura costa alle imprese della zona centinaia di migliaia di euro», ha detto ai giornalisti.",
"Secondo una fonte della prefettura, i lavori potrebbero durare «almeno sei mesi».",
], quotes=[
("Non possiamo correre rischi: il ponte resterà chiuso finché non avremo i risultati delle prove di carico", "Marco Bellini", {}),
("Ogni giorno di chiusura costa alle imprese della zona centinaia di migliaia di euro", "Laura Ferretti", {}),
("almeno sei mesi", "una fonte della prefettura", {"unnamed": ["fonte"]}),
]))

B6.append(dict(id="pt-greve-metro", lang="pt", paras=[
"Greve paralisa o metrô de São Paulo",
"SÃO PAULO – Uma greve dos metroviários paralisou nesta terça-feira quatro das seis linhas do metrô de São Paulo, deixando milhões de passageiros sem transporte.",
"\"A categoria não aceita a privatização das linhas\", disse o presidente do Sindicato dos Metroviários, Ricardo Almeida, em frente à estação Sé.",
"O governador Fernando Tavares chamou a paralisação de \"política\" e afirmou que o estado vai pedir à Justiça que a declare ilegal. \"Quem perde é o trabalhador que precisa chegar ao emprego\", disse ele.",
"Na estação Tatuapé, a enfermeira Cláudia Rocha esperava um ônibus havia uma hora. \"Vou chegar atrasada de novo\", disse.",
], quotes=[
("A categoria não aceita a privatização das linhas", "Ricardo Almeida", {}),
("política", "Fernando Tavares", {}),
("Quem perde é o trabalhador que precisa chegar ao emprego", "Fernando Tavares", {}),
("Vou chegar atrasada de novo", "Cláudia Rocha", {}),
]))

B6.append(dict(id="ru-vybory-mer", lang="ru", paras=[
"В Новосибирске выбрали нового мэра",
"НОВОСИБИРСК. Новым мэром Новосибирска стал бывший вице-губернатор области Андрей Котов, набравший, по данным избиркома, 54 процента голосов.",
"«Город ждёт перемен, и я их обеспечу», — заявил Котов своим сторонникам в ночь после выборов.",
"Его главный соперник, депутат горсовета Игорь Лаптев, признал поражение, но заявил о нарушениях. «Мы подадим жалобы по двенадцати участкам», — сказал он.",
"Явка составила 31 процент. Председатель избиркома Ольга Смирнова назвала выборы «спокойными и честными».",
], quotes=[
("Город ждёт перемен, и я их обеспечу", "Андрей Котов", {}),
("Мы подадим жалобы по двенадцати участкам", "Игорь Лаптев", {}),
("спокойными и честными", "Ольга Смирнова", {}),
]))

# Batch 7: written at the start of a later release, before any of its rules, labelled while writing:
# news of kinds the set did not hold yet, each with two people or more quoted, an unnamed source, a
# pronoun credit and a quotation after a colon. A word a named person is said to call something
# ("nannte ... „X“", "označil za „X“") is labelled with that person (README: "called X").
B7 = []

B7.append(dict(id="de-wolf-schafe", lang="de", paras=[
"Wolf reißt mehr als 30 Schafe bei Hemmoor",
"CUXHAVEN – In der Nacht zu Sonntag hat vermutlich ein Wolf auf einer Weide bei Hemmoor mehr als 30 Schafe getötet. Das Umweltministerium in Hannover ließ Proben nehmen.",
"„So etwas habe ich in vierzig Jahren nicht erlebt“, sagte Schäfer Heinrich Otterbach am Montag. „Die Tiere lagen über die ganze Weide verteilt.“ Er fordert, den Wolf abzuschießen.",
"Der Landrat des Kreises, Matthias Gerdes (CDU), stellte sich hinter ihn. Er nannte die bisherigen Schutzmaßnahmen „reine Symbolpolitik“. Die Zäune seien zu niedrig, und die Entschädigung komme oft erst nach Monaten.",
"Naturschützer warnen dagegen vor einem vorschnellen Abschuss. Die Wolfsberaterin des Landkreises, Friederike Lamprecht, sagte: „Wir wissen noch nicht einmal, ob es ein einzelnes Tier war oder ein Rudel.“ Erst die DNA-Analyse werde das zeigen. Sie rechne mit einem Ergebnis „in zwei bis drei Wochen“.",
"Ein Sprecher des Umweltministeriums bestätigte, dass ein Antrag auf Abschuss vorliege. „Wir prüfen ihn mit der gebotenen Sorgfalt“, sagte er.",
], quotes=[
("So etwas habe ich in vierzig Jahren nicht erlebt", "Heinrich Otterbach", {}),
("Die Tiere lagen über die ganze Weide verteilt.", "Heinrich Otterbach", {}),
("reine Symbolpolitik", "Matthias Gerdes", {}),
("Wir wissen noch nicht einmal, ob es ein einzelnes Tier war oder ein Rudel.", "Friederike Lamprecht", {}),
("in zwei bis drei Wochen", "Friederike Lamprecht", {}),
("Wir prüfen ihn mit der gebotenen Sorgfalt", "ein Sprecher des Umweltministeriums", {"unnamed": ["sprecher"]}),
]))

B7.append(dict(id="fr-festival-scene", lang="fr", paras=[
"Angers : le festival des Deux Rives annulé après la chute d'une scène",
"ANGERS – Le festival des Deux Rives n'aura pas lieu cette année. Samedi soir, une rafale de vent a fait tomber une partie de la grande scène, quelques heures avant le concert d'ouverture. Deux techniciens ont été légèrement blessés.",
"« C'est un crève-cœur, mais la sécurité du public passe avant tout », a déclaré dimanche le directeur du festival, Julien Carrasco, lors d'une conférence de presse. Il a reconnu que l'annulation coûterait « plusieurs centaines de milliers d'euros » à l'association.",
"La maire d'Angers, Claire Vasseur, a salué une décision « courageuse ». Elle a promis que la ville aiderait les organisateurs : « Nous ne laisserons pas tomber un festival qui fait vivre le quartier depuis vingt ans. »",
"Selon une source proche de l'enquête, les fixations de la scène n'avaient pas été contrôlées depuis la veille. « Le vent annoncé était pourtant connu depuis jeudi », souligne-t-elle.",
"Parmi les festivaliers venus de loin, la déception domine. Léa Fournier, 22 ans, avait fait le trajet depuis Lille : « J'ai économisé toute l'année pour ce billet. » Elle attend désormais le remboursement, promis « sous trente jours » par les organisateurs.",
], quotes=[
("C'est un crève-cœur, mais la sécurité du public passe avant tout", "Julien Carrasco", {}),
("plusieurs centaines de milliers d'euros", "Julien Carrasco", {}),
("courageuse", "Claire Vasseur", {}),
("Nous ne laisserons pas tomber un festival qui fait vivre le quartier depuis vingt ans.", "Claire Vasseur", {}),
("Le vent annoncé était pourtant connu depuis jeudi", "une source proche de l'enquête", {"unnamed": ["source"]}),
("J'ai économisé toute l'année pour ce billet.", "Léa Fournier", {}),
("sous trente jours", "les organisateurs", {"unnamed": ["organisateurs"]}),
]))

B7.append(dict(id="es-loteria-gordo", lang="es", paras=[
"El Gordo de Navidad reparte millones en un pueblo de Soria",
"VALDECUERVOS (Soria).– El primer premio de la Lotería de Navidad, dotado con 400.000 euros al décimo, cayó este viernes en Valdecuervos, un municipio de apenas 900 habitantes, donde la administración de la plaza Mayor vendió toda una serie.",
"\"Llevo treinta años vendiendo lotería y nunca había dado nada más que pedreas\", dijo a este periódico la lotera, Encarna Molina, mientras descorchaba una botella de cava frente al local. Según ella, el número lo pidieron \"sobre todo los ganaderos\".",
"Entre los agraciados hay un grupo de ganaderos que compartían décimos desde hace dos décadas. Uno de ellos, que prefirió no dar su nombre, explicó: \"Lo primero será pagar la hipoteca de la nave. Lo demás, ya veremos\".",
"El alcalde, Santiago Ruiz de Olano, celebró la noticia, aunque advirtió a los vecinos: \"Que nadie se vuelva loco; el dinero se va tan rápido como llega\". Añadió que el Ayuntamiento no verá \"ni un euro\" del premio, porque no había comprado ningún número.",
"La vecina más veterana del pueblo, Petra Alonso, de 94 años, también llevaba un décimo. \"A mi edad, lo que quiero es repartirlo entre los nietos\", contó entre risas.",
], quotes=[
("Llevo treinta años vendiendo lotería y nunca había dado nada más que pedreas", "Encarna Molina", {}),
("sobre todo los ganaderos", "Encarna Molina", {}),
("Lo primero será pagar la hipoteca de la nave. Lo demás, ya veremos", "uno de los ganaderos", {"unnamed": ["ganadero", "uno de ellos"]}),
("Que nadie se vuelva loco; el dinero se va tan rápido como llega", "Santiago Ruiz de Olano", {}),
("ni un euro", "Santiago Ruiz de Olano", {}),
("A mi edad, lo que quiero es repartirlo entre los nietos", "Petra Alonso", {}),
]))

B7.append(dict(id="it-villa-romana", lang="it", paras=[
"Sotto il cantiere del parcheggio spunta una villa romana",
"LODI – Gli scavi per un parcheggio multipiano in via Gaffurio hanno portato alla luce i resti di una villa romana del II secolo, con pavimenti a mosaico quasi intatti.",
"«È una scoperta eccezionale per tutta la Lombardia», ha dichiarato la soprintendente Chiara Villoresi, che ha visitato il cantiere giovedì mattina. «I mosaici sono in condizioni che raramente si vedono fuori da Pompei». Secondo lei, la villa apparteneva a «una famiglia di proprietari terrieri molto ricchi».",
"I lavori sono stati sospesi. Il costruttore, Gianluca Ferraresi, non nasconde la preoccupazione: «Ogni settimana di fermo ci costa circa quarantamila euro». Ha aggiunto di sperare in una soluzione «che salvi sia la storia sia i posti di lavoro».",
"Il sindaco Roberto Cattaneo ha convocato un tavolo con la Soprintendenza per la prossima settimana. Secondo un funzionario del Comune, che ha chiesto l'anonimato, l'ipotesi più probabile è spostare il parcheggio: «Nessuno vuole cementare sopra un mosaico romano», ha detto.",
], quotes=[
("È una scoperta eccezionale per tutta la Lombardia", "Chiara Villoresi", {}),
("I mosaici sono in condizioni che raramente si vedono fuori da Pompei", "Chiara Villoresi", {}),
("una famiglia di proprietari terrieri molto ricchi", "Chiara Villoresi", {}),
("Ogni settimana di fermo ci costa circa quarantamila euro", "Gianluca Ferraresi", {}),
("che salvi sia la storia sia i posti di lavoro", "Gianluca Ferraresi", {}),
("Nessuno vuole cementare sopra un mosaico romano", "un funzionario del Comune", {"unnamed": ["funzionario"]}),
]))

B7.append(dict(id="pt-naufragio", lang="pt", paras=[
"Cinco pescadores resgatados após naufrágio ao largo de Peniche",
"PENICHE – Cinco pescadores foram resgatados na madrugada desta quarta-feira depois de a traineira em que seguiam se ter afundado a cerca de dez milhas da costa. Um sexto tripulante continua desaparecido.",
"\"As condições eram muito difíceis, com ondas de quatro metros\", afirmou o capitão do porto de Peniche, comandante Rui Vasconcelos, em declarações aos jornalistas. Disse ainda que as buscas pelo tripulante desaparecido vão continuar \"enquanto houver luz\".",
"Um dos sobreviventes, o mestre da embarcação, Joaquim Pardal, contou que a água entrou \"em menos de cinco minutos\". \"Só tivemos tempo de vestir os coletes e saltar\", disse ele ao Jornal de Peniche.",
"A mulher do pescador desaparecido esteve toda a manhã no cais. \"Ele conhece aquele mar como ninguém\", repetia, sem querer dizer o nome aos jornalistas.",
"A presidente da associação de armadores, Teresa Gaspar, pediu mais meios: \"Há anos que dizemos que a estação salva-vidas precisa de um barco novo.\"",
], quotes=[
("As condições eram muito difíceis, com ondas de quatro metros", "Rui Vasconcelos", {}),
("enquanto houver luz", "Rui Vasconcelos", {}),
("em menos de cinco minutos", "Joaquim Pardal", {}),
("Só tivemos tempo de vestir os coletes e saltar", "Joaquim Pardal", {}),
("Ele conhece aquele mar como ninguém", "a mulher do pescador desaparecido", {"unnamed": ["mulher"]}),
("Há anos que dizemos que a estação salva-vidas precisa de um barco novo.", "Teresa Gaspar", {}),
]))

B7.append(dict(id="ru-tigryata", lang="ru", paras=[
"В Пермском зоопарке впервые родились амурские тигрята",
"ПЕРМЬ. В Пермском зоопарке впервые за его историю родились три амурских тигрёнка, сообщила пресс-служба учреждения.",
"«Мы ждали этого восемь лет и, честно говоря, уже почти не надеялись», — рассказала директор зоопарка Елена Варламова. По её словам, тигрята здоровы и набирают вес.",
"Ветеринар Константин Белоусов, который наблюдает за тигрицей, отметил: «Первые две недели — самые опасные. Мать должна сама кормить детёнышей, и вмешиваться мы не будем».",
"Посетители увидят тигрят не раньше весны. «Им нужен полный покой», — пояснил он.",
"Сотрудник зоопарка, попросивший не называть его имени, рассказал, что отца тигрят, самца по кличке «Шторм», привезли из Хабаровска «почти без надежды на потомство».",
], quotes=[
("Мы ждали этого восемь лет и, честно говоря, уже почти не надеялись", "Елена Варламова", {}),
("Первые две недели — самые опасные. Мать должна сама кормить детёнышей, и вмешиваться мы не будем", "Константин Белоусов", {}),
("Им нужен полный покой", "Константин Белоусов", {}),
("Шторм", None, {}),
("почти без надежды на потомство", "сотрудник зоопарка", {"unnamed": ["сотрудник"]}),
]))

B7.append(dict(id="nl-fietsendieven", lang="nl", paras=[
"Politie rolt fietsendiefstalbende op in Utrecht",
"UTRECHT - De politie heeft dinsdag vier mannen aangehouden die worden verdacht van de diefstal van honderden dure elektrische fietsen in Utrecht en omgeving. In een loods in Nieuwegein werden 212 fietsen gevonden.",
"\"Dit is een van de grootste vangsten van de afgelopen jaren\", zei woordvoerder Sanne de Groot van de politie Midden-Nederland. Volgens haar werden de fietsen \"binnen een paar uur\" naar Oost-Europa gebracht.",
"Wethouder Bas Verhoeven sprak van \"een enorme opluchting\" voor de stad. Hij zei: \"Elke week kreeg ik mails van inwoners die voor de derde keer hun fiets kwijt waren.\"",
"Eigenaren kunnen vanaf volgende week kijken of hun fiets erbij zit. Een buurtbewoner die de politie tipte, wil anoniem blijven. \"Ik zag elke nacht busjes af en aan rijden\", vertelde de man aan RTV Utrecht.",
"Fietsenmaker Ahmed el Amrani uit Zuilen reageerde nuchter: \"Morgen staan er weer andere dieven.\"",
], quotes=[
("Dit is een van de grootste vangsten van de afgelopen jaren", "Sanne de Groot", {}),
("binnen een paar uur", "Sanne de Groot", {}),
("een enorme opluchting", "Bas Verhoeven", {}),
("Elke week kreeg ik mails van inwoners die voor de derde keer hun fiets kwijt waren.", "Bas Verhoeven", {}),
("Ik zag elke nacht busjes af en aan rijden", "een buurtbewoner", {"unnamed": ["buurtbewoner", "de man"]}),
("Morgen staan er weer andere dieven.", "Ahmed el Amrani", {}),
]))

B7.append(dict(id="cs-pivovar-cena", lang="cs", paras=[
"Pivovar Lipenec zdraží pivo, hospodští se bojí odlivu hostů",
"LIPENEC – Regionální pivovar Lipenec od března zdraží své pivo v průměru o tři koruny za půllitr. Důvodem jsou podle vedení vyšší ceny sladu a energií.",
"„Déle už to nešlo. Slad nás letos stojí o třetinu víc než loni,“ řekl ředitel pivovaru Tomáš Hlaváček. Dodal, že pivovar „nechce zdražovat víc, než musí“.",
"Hostinský Miroslav Kubát z nedaleké obce Žďárec se obává, že hosté začnou chodit méně. „Lidi už teď počítají každou korunu,“ uvedl. Zdražení označil za „ránu pro venkovské hospody“.",
"Jeden ze stálých hostů, který si nepřál být jmenován, to vidí jinak: „Za dobré pivo rád zaplatím.“",
"Analytička Petra Novotná z Raiffeisenbank upozornila: „Zdražují skoro všechny pivovary, Lipenec je spíš mezi posledními.“ Podle ní porostou ceny piva „i příští rok“.",
], quotes=[
("Déle už to nešlo. Slad nás letos stojí o třetinu víc než loni", "Tomáš Hlaváček", {}),
("nechce zdražovat víc, než musí", "Tomáš Hlaváček", {}),
("Lidi už teď počítají každou korunu", "Miroslav Kubát", {}),
("ránu pro venkovské hospody", "Miroslav Kubát", {}),
("Za dobré pivo rád zaplatím.", "jeden ze stálých hostů", {"unnamed": ["host"]}),
("Zdražují skoro všechny pivovary, Lipenec je spíš mezi posledními.", "Petra Novotná", {}),
("i příští rok", "Petra Novotná", {}),
]))

# Batch 8: written at the start of a later release, before any of its rules, labelled while writing:
# agency copy, a long description between the verb and the name, "according to" a body, a dropped
# subject after the first quotation, a colon lead-in, a quotation running over two paragraphs, a
# role noun standing for a person named before ("il primo cittadino", "a autarca"), and a name, a
# campaign or a film's title nobody speaks.
B8 = []

B8.append(dict(id="de-solardach-schule", lang="de", paras=[
"Streit um Solaranlage auf Schuldach in Kempten",
"KEMPTEN (dpa) – Der Bau einer Solaranlage auf dem Dach der Mittelschule am Stadtpark verzögert sich um mindestens ein Jahr. Der Stadtrat stoppte am Dienstag die Ausschreibung, nachdem ein Gutachten Mängel an der Dachkonstruktion festgestellt hatte.",
"„Wir können keine Anlage auf ein Dach setzen, das sie womöglich nicht trägt“, sagte Bürgermeisterin Sabine Kreuzer nach der Sitzung. Die Verwaltung habe das Gutachten erst vergangene Woche erhalten.",
"Die Elterninitiative „Sonne für die Schule“, die seit drei Jahren Spenden für das Projekt sammelt, reagierte enttäuscht. Ihr Sprecher, der Physiklehrer Markus Feldhofer, sprach von einem „Trauerspiel“. „Das Geld liegt seit Monaten auf dem Konto. Jetzt sollen wir wieder warten“, sagte Feldhofer.",
"„Das Dach wurde in den siebziger Jahren für Schneelasten gebaut, nicht für Module und Gestelle“, erklärte der von der Stadt beauftragte Statiker aus Memmingen, Jürgen Albrecht. Eine Verstärkung der Träger koste nach seiner Schätzung rund 180.000 Euro.",
"Nach Angaben der Stadtwerke könnte die Anlage jährlich rund 90.000 Kilowattstunden Strom erzeugen. Eine Sprecherin des Unternehmens sagte: „Für uns ändert sich an der Planung nichts, wir warten auf die Entscheidung des Rates.“",
"Auch die Schüler meldeten sich zu Wort. Die Schulsprecherin Lena Hoffmann, die in der Sitzung als Gast reden durfte, sagte: „Wir haben Kuchen verkauft, Wände gestrichen und Flyer verteilt.",
"„Wir wollen nicht, dass das alles umsonst war. Die Schule hat es verdient.“",
"Der Rat will im Herbst erneut beraten. Der Fraktionschef der Grünen, Tobias Renner, kündigte an, notfalls einen Eilantrag zu stellen: „Jeder Sommer ohne Anlage ist ein verlorener Sommer.“",
], quotes=[
("Wir können keine Anlage auf ein Dach setzen, das sie womöglich nicht trägt", "Sabine Kreuzer", {}),
("Sonne für die Schule", None, {}),
("Trauerspiel", "Markus Feldhofer", {}),
("Das Geld liegt seit Monaten auf dem Konto. Jetzt sollen wir wieder warten", "Markus Feldhofer", {}),
("Das Dach wurde in den siebziger Jahren für Schneelasten gebaut, nicht für Module und Gestelle", "Jürgen Albrecht", {}),
("Für uns ändert sich an der Planung nichts, wir warten auf die Entscheidung des Rates.", "eine Sprecherin der Stadtwerke", {"unnamed": ["sprecherin"]}),
("Wir haben Kuchen verkauft, Wände gestrichen und Flyer verteilt.", "Lena Hoffmann", {}),
("Wir wollen nicht, dass das alles umsonst war. Die Schule hat es verdient.", "Lena Hoffmann", {}),
("Jeder Sommer ohne Anlage ist ein verlorener Sommer.", "Tobias Renner", {}),
]))

B8.append(dict(id="fr-ferries-greve", lang="fr", paras=[
"Marseille : la grève des marins bloque les ferries vers la Corse",
"MARSEILLE (AFP) – Aucun ferry n'a quitté le port de Marseille pour la Corse depuis samedi. Les marins de la Compagnie méridionale de navigation (CMN) protestent contre un plan de suppression de 120 postes annoncé par la direction.",
"« Nous ne reprendrons pas la mer tant que ce plan ne sera pas retiré », a lancé dimanche Patrick Orsini, secrétaire du syndicat des marins CGT, devant la gare maritime. Selon lui, la direction « n'a jamais voulu négocier ».",
"La direction de la CMN, dans un communiqué publié lundi, a jugé le mouvement « disproportionné ». « L'entreprise perd plus de 400 000 euros par jour de grève et ne peut pas continuer ainsi », poursuit le texte.",
"Sur le quai, des centaines de passagers attendent. Parmi eux, Martine Giacometti, 67 ans, retraitée de Bastia venue voir sa fille à Aix-en-Provence : « Je dois être à l'hôpital mercredi pour une opération. Personne ne nous dit rien. »",
"Le préfet des Bouches-du-Rhône a appelé les deux parties au dialogue. « Une médiation peut commencer dès demain si chacun fait un pas », a-t-il indiqué dans la soirée.",
"Pour l'économiste Hélène Marchal, spécialiste du transport maritime à l'université d'Aix-Marseille, le conflit était prévisible. « La compagnie a perdu des parts de marché pendant dix ans sans jamais changer de modèle », estime-t-elle.",
"Dans la soirée, les grévistes ont projeté sur la façade de la gare maritime le film « Le Grand Bleu », sous les applaudissements des passagers bloqués.",
], quotes=[
("Nous ne reprendrons pas la mer tant que ce plan ne sera pas retiré", "Patrick Orsini", {}),
("n'a jamais voulu négocier", "Patrick Orsini", {}),
("disproportionné", "la direction de la CMN", {"unnamed": ["direction", "communiqué"]}),
("L'entreprise perd plus de 400 000 euros par jour de grève et ne peut pas continuer ainsi", "la direction de la CMN", {"unnamed": ["direction", "communiqué", "texte"]}),
("Je dois être à l'hôpital mercredi pour une opération. Personne ne nous dit rien.", "Martine Giacometti", {}),
("Une médiation peut commencer dès demain si chacun fait un pas", "le préfet des Bouches-du-Rhône", {"unnamed": ["préfet"]}),
("La compagnie a perdu des parts de marché pendant dix ans sans jamais changer de modèle", "Hélène Marchal", {}),
("Le Grand Bleu", None, {}),
]))

B8.append(dict(id="es-autobuses-concurso", lang="es", paras=[
"La empresa de autobuses Transportes Arlanza presenta concurso de acreedores",
"BURGOS.– La empresa de autobuses Transportes Arlanza, que cubre 34 líneas rurales en la provincia de Burgos, presentó este lunes concurso de acreedores. La Junta de Castilla y León garantizó que el servicio no se interrumpirá.",
"\"Ningún pueblo se va a quedar sin autobús, eso lo puedo asegurar\", afirmó en rueda de prensa la consejera de Movilidad, Inmaculada Barrientos, quien anunció una ayuda de emergencia de dos millones de euros.",
"Según la patronal del sector, Confebus, otras tres empresas de la región atraviesan dificultades. \"El transporte rural es deficitario por definición y las subvenciones llegan tarde\", explicó su presidente en Castilla y León, Álvaro Sainz Peña.",
"Los 86 trabajadores de la empresa llevan dos meses sin cobrar. \"Hemos seguido conduciendo por responsabilidad con los vecinos, pero no podemos más\", dijo Raúl Cuesta, conductor desde hace 22 años y delegado de Comisiones Obreras. Añadió que la plantilla está dispuesta a \"sentarse a hablar con quien sea\".",
"En Quintanar de la Sierra, el autobús es la única manera de llegar al centro de salud. \"Yo no conduzco y mi hijo vive en Bilbao\", contó Felisa Martín, de 82 años, mientras esperaba en la parada.",
"El administrador concursal, nombrado por el juzgado de lo mercantil, deberá presentar un plan de viabilidad en un mes. Fuentes del juzgado señalaron que la empresa tiene \"opciones reales\" de seguir operando si encuentra un comprador.",
], quotes=[
("Ningún pueblo se va a quedar sin autobús, eso lo puedo asegurar", "Inmaculada Barrientos", {}),
("El transporte rural es deficitario por definición y las subvenciones llegan tarde", "Álvaro Sainz Peña", {"accept": ["Sainz Peña", "Sainz"]}),
("Hemos seguido conduciendo por responsabilidad con los vecinos, pero no podemos más", "Raúl Cuesta", {}),
("sentarse a hablar con quien sea", "Raúl Cuesta", {}),
("Yo no conduzco y mi hijo vive en Bilbao", "Felisa Martín", {}),
("opciones reales", "fuentes del juzgado", {"unnamed": ["fuentes", "fuente"]}),
]))

B8.append(dict(id="it-soccorso-cristallo", lang="it", paras=[
"Escursionisti bloccati sul Monte Cristallo, salvati dopo una notte in quota",
"BELLUNO – Tre escursionisti tedeschi rimasti bloccati per una notte su una cengia del Monte Cristallo sono stati recuperati all'alba di domenica dal Soccorso alpino, con l'aiuto dell'elicottero del Suem 118.",
"«Erano in buone condizioni, infreddoliti ma lucidi», ha spiegato il capostazione del Soccorso alpino di Cortina, Walter Zardini, che ha guidato la squadra salita a piedi nella notte. «Hanno fatto la cosa giusta: sono rimasti fermi e ci hanno chiamato».",
"Secondo Zardini, il sentiero era stato chiuso già venerdì per il rischio di frane. «Purtroppo molti non leggono i cartelli o pensano che valgano per gli altri.",
"«Ogni estate interveniamo decine di volte per situazioni che si potrebbero evitare», ha aggiunto.",
"Uno dei tre escursionisti, un ingegnere di Monaco di 41 anni, ha raccontato al Corriere delle Alpi di aver sottovalutato la via: «Sulla cartina sembrava una passeggiata».",
"Il sindaco di Cortina, Gianpietro Lacedelli, ha annunciato nuovi cartelli in quattro lingue. «Non possiamo mettere un vigile su ogni sentiero», ha detto il primo cittadino.",
"La Regione ha intanto lanciato la campagna «Montagna sicura», con video e volantini negli alberghi.",
], quotes=[
("Erano in buone condizioni, infreddoliti ma lucidi", "Walter Zardini", {}),
("Hanno fatto la cosa giusta: sono rimasti fermi e ci hanno chiamato", "Walter Zardini", {}),
("Purtroppo molti non leggono i cartelli o pensano che valgano per gli altri.", "Walter Zardini", {}),
("Ogni estate interveniamo decine di volte per situazioni che si potrebbero evitare", "Walter Zardini", {}),
("Sulla cartina sembrava una passeggiata", "uno dei tre escursionisti", {"unnamed": ["escursionista", "escursionisti", "ingegnere"]}),
("Non possiamo mettere un vigile su ogni sentiero", "Gianpietro Lacedelli", {}),
("Montagna sicura", None, {}),
]))

B8.append(dict(id="pt-escola-amianto", lang="pt", paras=[
"Pais fecham escola de Viseu em protesto contra o amianto",
"VISEU – Cerca de cem pais impediram na segunda-feira a entrada dos alunos na Escola Básica de Abraveses, em protesto contra a presença de amianto nas coberturas dos pavilhões, que o Ministério da Educação prometeu retirar há quatro anos.",
"\"Os nossos filhos passam sete horas por dia debaixo destas placas\", disse Sofia Marques, presidente da associação de pais, à porta da escola. \"Já não aceitamos mais promessas.\"",
"De acordo com o Ministério da Educação, a obra está incluída num programa nacional. Em resposta escrita enviada à agência Lusa, o gabinete do ministro garantiu que os trabalhos começam \"no próximo verão\" e que as placas \"não representam perigo enquanto não forem danificadas\".",
"O diretor do agrupamento, Carlos Ventura, disse compreender a preocupação dos pais, mas lembrou que a escola não pode fechar sem autorização. Questionado sobre as faltas dos alunos, respondeu: \"Não vamos marcar faltas a ninguém esta semana.\"",
"A presidente da Câmara de Viseu, Graça Almeida, esteve no local ao fim da manhã. \"A câmara está disponível para pagar a obra e ser reembolsada depois\", afirmou a autarca, que classificou a demora do Governo de \"inaceitável\".",
"Um engenheiro especialista em materiais de construção, ouvido pela reportagem, explicou que o risco aumenta com o desgaste: \"Placas com quarenta anos, expostas ao sol e à chuva, começam a libertar fibras.\"",
], quotes=[
("Os nossos filhos passam sete horas por dia debaixo destas placas", "Sofia Marques", {}),
("Já não aceitamos mais promessas.", "Sofia Marques", {}),
("no próximo verão", "o gabinete do ministro", {"unnamed": ["gabinete", "ministério"]}),
("não representam perigo enquanto não forem danificadas", "o gabinete do ministro", {"unnamed": ["gabinete", "ministério"]}),
("Não vamos marcar faltas a ninguém esta semana.", "Carlos Ventura", {}),
("A câmara está disponível para pagar a obra e ser reembolsada depois", "Graça Almeida", {}),
("inaceitável", "Graça Almeida", {}),
("Placas com quarenta anos, expostas ao sol e à chuva, começam a libertar fibras.", "um engenheiro especialista em materiais de construção", {"unnamed": ["engenheiro"]}),
]))

B8.append(dict(id="ru-kirov-otoplenie", lang="ru", paras=[
"В Кирове без отопления остались 40 тысяч жителей",
"КИРОВ. Около 40 тысяч жителей Кирова остались без отопления после аварии на магистральном трубопроводе в ночь на вторник, сообщили в городской администрации.",
"«Бригады работают круглосуточно, подачу тепла восстановим к вечеру среды», — заявил журналистам глава города Дмитрий Осокин. Он также пообещал пересчитать плату за отопление.",
"По словам главного инженера теплоснабжающей компании «Кировтеплосеть» Сергея Лукина, трубу не меняли с 1978 года. «Мы трижды просили деньги на замену этого участка, и трижды нам отказывали», — сказал он.",
"Жительница улицы Ленина Татьяна Воробьёва рассказала, что дома у неё сейчас 14 градусов: «Спим в куртках, ребёнка отвезли к бабушке».",
"В прокуратуре области сообщили, что начали проверку. «Будет дана оценка действиям должностных лиц», — говорится в сообщении ведомства.",
"Губернатор Алексей Рыков назвал ситуацию «недопустимой» и поручил подготовить пункты обогрева.",
"Синоптики обещают похолодание до минус 15 градусов к выходным. «Если к пятнице не починят, будет беда», — говорит пенсионер Николай Ёлкин, который живёт в соседнем доме. Уходить из квартиры он не собирается.",
], quotes=[
("Бригады работают круглосуточно, подачу тепла восстановим к вечеру среды", "Дмитрий Осокин", {}),
("Кировтеплосеть", None, {}),
("Мы трижды просили деньги на замену этого участка, и трижды нам отказывали", "Сергей Лукин", {"accept": ["Лукин"]}),
("Спим в куртках, ребёнка отвезли к бабушке", "Татьяна Воробьёва", {}),
("Будет дана оценка действиям должностных лиц", "прокуратура области", {"unnamed": ["прокуратура", "ведомство"]}),
("недопустимой", "Алексей Рыков", {}),
("Если к пятнице не починят, будет беда", "Николай Ёлкин", {}),
]))

B8.append(dict(id="nl-molen-zaandam", lang="nl", paras=[
"Eeuwenoude molen in Zaandam draait weer",
"ZAANDAM - Na drie jaar restauratie draait molen \"De Gouden Reiger\" sinds zaterdag weer. Honderden mensen kwamen kijken hoe de wieken voor het eerst weer rondgingen.",
"\"Ik heb er eerlijk gezegd een traan om gelaten\", zei molenaar Kees Dekker (71), die al veertig jaar op de molen werkt. \"Zonder wind is een molen maar een gebouw.\"",
"Volgens de Vereniging De Zaansche Wieken kostte de restauratie 1,2 miljoen euro. Voorzitter Ingrid van der Meulen van de vereniging noemde het resultaat \"boven verwachting\". Ze zei: \"De as was helemaal verrot, dat zag je van buitenaf niet.\"",
"Het geld kwam deels van de provincie. Gedeputeerde Erik Jansma, die de molen zaterdag officieel in gebruik stelde, sprak van \"een stukje Zaanse identiteit\".",
"Een van de bezoekers, een vrouw uit Wormerveer, kwam speciaal met haar kleinkinderen. \"Mijn opa was hier knecht. Ik wilde dat zij dit ook een keer zagen\", vertelde ze.",
"De molen gaat vanaf april elke zaterdag open voor publiek. \"We zoeken nog vrijwilligers voor de rondleidingen\", aldus Van der Meulen.",
], quotes=[
("De Gouden Reiger", None, {}),
("Ik heb er eerlijk gezegd een traan om gelaten", "Kees Dekker", {}),
("Zonder wind is een molen maar een gebouw.", "Kees Dekker", {}),
("boven verwachting", "Ingrid van der Meulen", {"accept": ["Van der Meulen", "Meulen"]}),
("De as was helemaal verrot, dat zag je van buitenaf niet.", "Ingrid van der Meulen", {"accept": ["Van der Meulen", "Meulen"]}),
("een stukje Zaanse identiteit", "Erik Jansma", {}),
("Mijn opa was hier knecht. Ik wilde dat zij dit ook een keer zagen", "een vrouw uit Wormerveer", {"unnamed": ["vrouw", "bezoeker", "bezoekers"]}),
("We zoeken nog vrijwilligers voor de rondleidingen", "Ingrid van der Meulen", {"accept": ["Van der Meulen", "Meulen"]}),
]))

B8.append(dict(id="cs-parkovne-nemocnice", lang="cs", paras=[
"Nemocnice v Kolíně zavede placené parkování, pacienti protestují",
"KOLÍN – Oblastní nemocnice Kolín od června zpoplatní parkoviště před hlavním pavilonem. První hodina bude zdarma, každá další bude stát třicet korun.",
"„Parkoviště je každý den přeplněné, často tam stojí auta lidí, kteří do nemocnice vůbec nejdou,“ řekl mluvčí nemocnice Jan Beneš. Podle něj vybrané peníze půjdou na opravu chodníků.",
"Proti poplatku se postavila řada pacientů. Sepsali petici, kterou za dva týdny podepsalo přes tři tisíce lidí. „Na dialýzu jezdím třikrát týdně a pokaždé tu jsem čtyři hodiny. To je pro mě dalších devadesát korun,“ popsala Jiřina Kratochvílová z Peček, která petici organizovala.",
"Radní kraje pro zdravotnictví Pavel Holub uvedl, že s nemocnicí o výjimkách jedná. „Pro chronicky nemocné pacienty by parkování mělo zůstat zdarma,“ dodal.",
"Ředitelka nemocnice Alena Šťastná poplatek hájí. Deníku řekla: „Jsme jedna z posledních nemocnic v kraji, kde se za parkování neplatí.“ Kritiku petice označila za „přehnanou“.",
"Podle městské policie se situace v okolí nemocnice spíš zhorší. „Lidé budou parkovat v ulicích kolem, kde už teď není místo,“ upozornil velitel strážníků Martin Dvořák.",
], quotes=[
("Parkoviště je každý den přeplněné, často tam stojí auta lidí, kteří do nemocnice vůbec nejdou", "Jan Beneš", {}),
("Na dialýzu jezdím třikrát týdně a pokaždé tu jsem čtyři hodiny. To je pro mě dalších devadesát korun", "Jiřina Kratochvílová", {}),
("Pro chronicky nemocné pacienty by parkování mělo zůstat zdarma", "Pavel Holub", {}),
("Jsme jedna z posledních nemocnic v kraji, kde se za parkování neplatí.", "Alena Šťastná", {}),
("přehnanou", "Alena Šťastná", {}),
("Lidé budou parkovat v ulicích kolem, kde už teď není místo", "Martin Dvořák", {}),
]))

# Batch 9: written at the end of a later release, after its rules were set, without reading any miss
# of the measured batches; one article each in Polish, Swedish and Turkish (whose rules that release
# wrote) and in German, French, Spanish, Italian and Russian. Labelled while writing, committed
# before the engine ran on it.
B9 = []

B9.append(dict(id="pl-kopalnia-woda", lang="pl", paras=[
"Woda zalała chodnik w kopalni pod Bełchatowem. Górnicy ewakuowani",
"BEŁCHATÓW (PAP) – Czterdziestu górników wyprowadzono w środę na powierzchnię po tym, jak woda zalała jeden z chodników kopalni węgla brunatnego w Kleszczowie. Nikt nie został ranny.",
"„Dopływ wody był nagły, ale procedury zadziałały bez zarzutu” – powiedział PAP rzecznik kopalni Paweł Jaworski.",
"Związkowcy mają inne zdanie. „Od miesięcy zgłaszaliśmy, że pompy są przeciążone, i nikt nas nie słuchał” – mówi Wojciech Pawlak, przewodniczący zakładowej Solidarności. Zapowiedział, że związek złoży zawiadomienie do Okręgowego Urzędu Górniczego.",
"Według Pawlaka prace w zalanym chodniku mogą stanąć nawet na miesiąc.",
"Wojewoda łódzki Beata Michalak przyjechała do kopalni po południu. „Najważniejsze, że wszyscy są cali. Przyczyny zbada komisja” – podkreśliła.",
"Górnicy nazywają zalany odcinek „studnią”.",
], quotes=[
("Dopływ wody był nagły, ale procedury zadziałały bez zarzutu", "Paweł Jaworski", {}),
("Od miesięcy zgłaszaliśmy, że pompy są przeciążone, i nikt nas nie słuchał", "Wojciech Pawlak", {}),
("Najważniejsze, że wszyscy są cali. Przyczyny zbada komisja", "Beata Michalak", {}),
("studnią", None, {}),
]))

B9.append(dict(id="sv-bibliotek-stangs", lang="sv", paras=[
"Biblioteket i Östhammar stänger – kommunen vill spara pengar",
"ÖSTHAMMAR Kommunfullmäktige beslutade på tisdagskvällen att stänga filialbiblioteket i Gimo vid årsskiftet. Beslutet väntas spara 1,2 miljoner kronor per år.",
"”Det är ett tungt beslut, men vi har inga pengar kvar i budgeten”, säger kommunstyrelsens ordförande Lars Wikström (M).",
"Oppositionen röstade emot. ”Biblioteket är den enda mötesplatsen i Gimo som är öppen för alla”, säger Eva Strand (S), gruppledare för Socialdemokraterna.",
"Enligt bibliotekarien Helena Forsberg lånar omkring 400 personer böcker varje vecka. ”Många av dem har ingen bil och kan inte ta sig till Östhammar”, säger hon.",
"Pensionären Gösta Lund har besökt biblioteket sedan det öppnade 1978. ”Jag läser tidningen här varje morgon”, berättar han.",
"En namninsamling med rubriken ”Rädda Gimo bibliotek” har fått över 2 000 underskrifter.",
], quotes=[
("Det är ett tungt beslut, men vi har inga pengar kvar i budgeten", "Lars Wikström", {}),
("Biblioteket är den enda mötesplatsen i Gimo som är öppen för alla", "Eva Strand", {}),
("Många av dem har ingen bil och kan inte ta sig till Östhammar", "Helena Forsberg", {}),
("Jag läser tidningen här varje morgon", "Gösta Lund", {}),
("Rädda Gimo bibliotek", None, {}),
]))

B9.append(dict(id="tr-kopru-acilis", lang="tr", paras=[
"Karadeniz'de yeni köprü trafiğe açıldı",
"TRABZON (AA) – Trabzon'un Araklı ilçesinde yapımı iki yıl süren Yeşilırmak Köprüsü dün düzenlenen törenle trafiğe açıldı.",
"Törende konuşan Ulaştırma Bakan Yardımcısı Selim Doğan, “Bu köprüyle iki ilçe arasındaki yol 40 dakika kısalacak” dedi.",
"Araklı Belediye Başkanı Fatma Korkmaz ise köprünün bölge ekonomisine katkı sağlayacağını söyledi. Korkmaz, “Çiftçilerimiz ürünlerini artık çok daha kolay pazara ulaştıracak” diye konuştu.",
"“Bu günü yıllardır bekliyorduk” diyen köy muhtarı Hüseyin Aydın, törene katılanlara teşekkür etti.",
"Vatandaşlar köprüye “umut köprüsü” adını verdi.",
], quotes=[
("Bu köprüyle iki ilçe arasındaki yol 40 dakika kısalacak", "Selim Doğan", {}),
("Çiftçilerimiz ürünlerini artık çok daha kolay pazara ulaştıracak", "Fatma Korkmaz", {}),
("Bu günü yıllardır bekliyorduk", "Hüseyin Aydın", {}),
("umut köprüsü", None, {}),
]))

B9.append(dict(id="de-stadtbad-sanierung", lang="de", paras=[
"Stadtbad Hameln bleibt ein weiteres Jahr geschlossen",
"HAMELN – Die Sanierung des Hamelner Stadtbads verzögert sich erneut. Wie die Stadtverwaltung am Montag mitteilte, kann das Bad frühestens im Herbst kommenden Jahres wieder öffnen.",
"„Bei den Arbeiten am Becken haben wir Schäden an der Statik gefunden, die niemand erwartet hatte“, sagte Baudezernentin Ulrike Brandes. Die Kosten stiegen dadurch um rund 800.000 Euro.",
"Die Schwimmvereine sind verärgert. „Unsere Kinder lernen seit zwei Jahren nicht mehr schwimmen“, sagt Torsten Wehmeyer, Vorsitzender des SV Weserwelle. Er fordert einen Bus zum Hallenbad im Nachbarort.",
"Oberbürgermeister Claudio Griese zeigte Verständnis. Er kündigte an, die Stadt werde die Fahrten bezahlen: „Das ist das Mindeste, was wir tun können.“",
], quotes=[
("Bei den Arbeiten am Becken haben wir Schäden an der Statik gefunden, die niemand erwartet hatte", "Ulrike Brandes", {}),
("Unsere Kinder lernen seit zwei Jahren nicht mehr schwimmen", "Torsten Wehmeyer", {}),
("Das ist das Mindeste, was wir tun können.", "Claudio Griese", {}),
]))

B9.append(dict(id="fr-marche-noel", lang="fr", paras=[
"Colmar : le marché de Noël réduit d'un tiers",
"COLMAR – Le marché de Noël de Colmar comptera cette année quarante chalets de moins, a annoncé jeudi la municipalité, qui invoque la sécurité et les nuisances.",
"« Nous voulons un marché à taille humaine, où l'on peut encore circuler », a expliqué l'adjointe au commerce, Nathalie Koenig.",
"Les exposants ne décolèrent pas. « On nous prévient six semaines avant l'ouverture, c'est inadmissible », s'indigne Marc Spitz, qui vend du pain d'épices depuis vingt ans. Il a lancé une pétition.",
"Selon l'office de tourisme, le marché attire plus d'un million de visiteurs chaque hiver. Son directeur, Pascal Wirth, se veut rassurant : « Les visiteurs viendront de toute façon. »",
], quotes=[
("Nous voulons un marché à taille humaine, où l'on peut encore circuler", "Nathalie Koenig", {}),
("On nous prévient six semaines avant l'ouverture, c'est inadmissible", "Marc Spitz", {}),
("Les visiteurs viendront de toute façon.", "Pascal Wirth", {}),
]))

B9.append(dict(id="es-puerto-huelga", lang="es", paras=[
"Los estibadores del puerto de Algeciras van a la huelga",
"ALGECIRAS (EFE).– Los estibadores del puerto de Algeciras iniciaron este lunes una huelga de tres días en protesta por la automatización de dos terminales.",
"\"No estamos contra las máquinas, estamos contra que nos dejen en la calle\", dijo el portavoz del comité de huelga, Antonio Serrano, ante unos 300 trabajadores.",
"La Autoridad Portuaria calcula que cada día de paro retrasa la carga de unos 60 buques. Su presidenta, Lucía Benítez, pidió \"sentido de la responsabilidad\" a ambas partes.",
"Según un transportista que esperaba en la entrada, la cola de camiones superaba los cuatro kilómetros. \"Llevo aquí desde las seis de la mañana\", contó.",
], quotes=[
("No estamos contra las máquinas, estamos contra que nos dejen en la calle", "Antonio Serrano", {}),
("sentido de la responsabilidad", "Lucía Benítez", {}),
("Llevo aquí desde las seis de la mañana", "un transportista", {"unnamed": ["transportista"]}),
]))

B9.append(dict(id="it-funivia-chiusa", lang="it", paras=[
"Chiusa la funivia del Monte Lema dopo un guasto",
"VARESE – La funivia del Monte Lema resterà ferma almeno fino a primavera dopo il guasto a un argano che domenica ha bloccato per due ore una cabina con dodici passeggeri.",
"«Non c'è mai stato alcun pericolo per le persone a bordo», ha assicurato il direttore dell'impianto, Giorgio Bernasconi. «Il sistema di sicurezza ha funzionato come previsto».",
"Diversa la versione di una passeggera, Marta Colombo: «Ci hanno detto poco o niente. Per due ore siamo rimasti appesi nel vuoto senza sapere cosa stesse succedendo».",
"Il sindaco di Maccagno, Fabio Passera, ha chiesto una verifica alla Regione. «Questa funivia è vitale per il turismo della valle», ha dichiarato.",
], quotes=[
("Non c'è mai stato alcun pericolo per le persone a bordo", "Giorgio Bernasconi", {}),
("Il sistema di sicurezza ha funzionato come previsto", "Giorgio Bernasconi", {}),
("Ci hanno detto poco o niente. Per due ore siamo rimasti appesi nel vuoto senza sapere cosa stesse succedendo", "Marta Colombo", {}),
("Questa funivia è vitale per il turismo della valle", "Fabio Passera", {}),
]))

B9.append(dict(id="ru-teplitsa-urozhaj", lang="ru", paras=[
"Под Калугой открыли крупнейший в области тепличный комплекс",
"КАЛУГА. В Перемышльском районе открылся тепличный комплекс площадью 12 гектаров. Здесь будут выращивать огурцы и томаты круглый год.",
"«Мы рассчитываем собирать до пяти тысяч тонн овощей в год», — сказал генеральный директор комплекса Олег Сафронов.",
"Губернатор области Владислав Шапша назвал открытие комплекса «важным шагом для всего региона». По его словам, на предприятии уже работают 180 человек.",
"Местные жители ждут новых рабочих мест. «Раньше за работой приходилось ездить в Калугу», — рассказала жительница села Ахлебинино Нина Морозова.",
], quotes=[
("Мы рассчитываем собирать до пяти тысяч тонн овощей в год", "Олег Сафронов", {}),
("важным шагом для всего региона", "Владислав Шапша", {}),
("Раньше за работой приходилось ездить в Калугу", "Нина Морозова", {}),
]))

# Batch 10: written at the start of a later release (session 21), before any of its rules and before the
# engine ran on it, as a READ batch: its misses are read to write that release's rules. One article each
# in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish, each 250-450 words, in the
# country's press style: its quotation marks, speech verbs before and after the quotation (inverted after
# it), a pronoun after a named person, a role before a name, an unnamed source, a quotation running over
# two paragraphs, and a title or slogan in quotation marks that nobody speaks. Every person, and the
# smaller places, invented. Labelled while writing.
B10 = []

B10.append(dict(id="de-kreisssaal-oberwald", lang="de", paras=[
"Kreisklinik Oberwald schließt ihren Kreißsaal – Eltern protestieren",
"BAD ELSTERHEIM – Die Kreisklinik Oberwald wird ihre Geburtsstation zum 31. März schließen. Das hat der Aufsichtsrat des kommunalen Krankenhauses am Donnerstagabend nach mehrstündiger Sitzung beschlossen. Werdende Mütter müssen künftig bis zu 45 Minuten in die nächste Klinik nach Rabenau fahren.",
"„Wir haben seit einem Jahr keine einzige Stelle in der Geburtshilfe mehr besetzen können“, sagte Klinikgeschäftsführer Matthias Oberender am Freitag vor Journalisten. Ohne Fachärzte sei ein sicherer Betrieb nicht zu gewährleisten. „Diese Entscheidung hat sich niemand leicht gemacht.“",
"Landrat Henning Staudt (CDU) stellte sich hinter die Geschäftsführung. Er verwies auf die Zahlen: Im vergangenen Jahr kamen in Oberwald nur noch 312 Kinder zur Welt, fünf Jahre zuvor waren es fast 500. „Eine Geburtsstation, die nicht rund um die Uhr mit Fachärzten besetzt ist, kann ich den Familien nicht zumuten“, sagte er.",
"Bei den Hebammen stößt die Schließung auf Unverständnis. „Man hat uns vor vollendete Tatsachen gestellt. Von dem Beschluss haben wir aus dem Radio erfahren“, sagte eine Hebamme, die seit 20 Jahren im Haus arbeitet und ihren Namen nicht in der Zeitung lesen möchte.",
"Empört ist auch Kerstin Mahlberg, Sprecherin der Elterninitiative „Kreißsaal bleibt“, die in drei Wochen mehr als 9.000 Unterschriften gesammelt hat. „Wer in den Wehen liegt, hat keine 45 Minuten Zeit. Im Winter, wenn die Straßen über den Kamm glatt sind, wird es noch länger dauern.",
"„Wir werden jetzt vor das Verwaltungsgericht ziehen, und wir werden jede Sitzung des Kreistags besuchen, bis das Thema wieder auf der Tagesordnung steht“, kündigte Mahlberg an.",
"Die Landesregierung in Wiesbaden will sich vorerst nicht einmischen. Gesundheitsministerin Ursula Brenneisen (SPD) verwies auf die Verantwortung des Kreises als Träger. „Die Krankenhausplanung gibt den Rahmen vor, aber über die einzelnen Abteilungen entscheidet der Träger“, sagte eine Sprecherin des Ministeriums auf Anfrage.",
"Innenminister Rolf Adelmann, der den Wahlkreis Oberwald im Landtag vertritt, zeigte dagegen Verständnis für die Eltern. Die Schließung sei „ein bitteres Signal für den ländlichen Raum“, sagte Adelmann dem Oberwälder Kurier. Er wolle noch vor Weihnachten mit der Klinikleitung sprechen.",
"Die Klinik will die Hebammen und Pflegekräfte der Geburtsstation in der Gynäkologie einsetzen. „Niemand verliert seinen Arbeitsplatz“, versicherte der Geschäftsführer. Der Streit um den Kreißsaal war am Mittwoch auch Thema in der Sendung „Hessen am Abend“.",
], quotes=[
("Wir haben seit einem Jahr keine einzige Stelle in der Geburtshilfe mehr besetzen können", "Matthias Oberender", {}),
("Diese Entscheidung hat sich niemand leicht gemacht.", "Matthias Oberender", {}),
("Eine Geburtsstation, die nicht rund um die Uhr mit Fachärzten besetzt ist, kann ich den Familien nicht zumuten", "Henning Staudt", {}),
("Man hat uns vor vollendete Tatsachen gestellt. Von dem Beschluss haben wir aus dem Radio erfahren", "eine Hebamme", {"unnamed": ["hebamme"]}),
("Kreißsaal bleibt", None, {}),
("Wer in den Wehen liegt, hat keine 45 Minuten Zeit. Im Winter, wenn die Straßen über den Kamm glatt sind, wird es noch länger dauern.", "Kerstin Mahlberg", {}),
("Wir werden jetzt vor das Verwaltungsgericht ziehen, und wir werden jede Sitzung des Kreistags besuchen, bis das Thema wieder auf der Tagesordnung steht", "Kerstin Mahlberg", {}),
("Die Krankenhausplanung gibt den Rahmen vor, aber über die einzelnen Abteilungen entscheidet der Träger", "eine Sprecherin des Ministeriums", {"unnamed": ["sprecherin"]}),
("ein bitteres Signal für den ländlichen Raum", "Rolf Adelmann", {}),
("Niemand verliert seinen Arbeitsplatz", "Matthias Oberender", {}),
("Hessen am Abend", None, {}),
]))

B10.append(dict(id="fr-fonderie-vrigny", lang="fr", paras=[
"Haute-Marne : la fonderie de Vrigny-sur-Blaise fermera en juin, 214 salariés sur le carreau",
"CHAUMONT – C'est la fin d'une histoire industrielle de plus d'un siècle. La direction de la Fonderie Maréchal, à Vrigny-sur-Blaise (Haute-Marne), a annoncé mardi aux représentants du personnel la fermeture du site à la fin du mois de juin. Les 214 salariés ont été informés dans la foulée, lors d'une réunion tendue dans la cour de l'usine.",
"« Le carnet de commandes a fondu de moitié en deux ans, et nos clients de l'automobile se fournissent désormais en Europe de l'Est », a déclaré le directeur général du groupe, Hervé Lamblin, lors d'une conférence de presse à Chaumont. « Nous avons cherché un repreneur pendant dix-huit mois, sans succès », a-t-il ajouté.",
"Une version que conteste vivement Nadia Berthelot, déléguée CGT. Selon elle, la direction a « organisé la faillite » en transférant les machines les plus modernes vers une autre usine du groupe, en Slovaquie. « On nous a menti pendant des mois. En septembre encore, on nous promettait des investissements », poursuit la syndicaliste, qui réclame une enquête.",
"Dans l'atelier de moulage, l'ambiance est lourde. Un ouvrier de 52 ans, qui a requis l'anonymat, raconte : « Mon père a travaillé ici, mon grand-père aussi. J'ai commencé à dix-sept ans, je ne sais rien faire d'autre.",
"« Qui va embaucher un fondeur de mon âge à cinquante kilomètres à la ronde ? Personne. »",
"Le ministre délégué chargé de l'Industrie, Julien Sarrazin, s'est dit « très attentif à la situation ». « L'État ne laissera pas tomber les salariés de Vrigny », a-t-il assuré mercredi sur franceinfo, promettant l'envoi d'un commissaire au redressement productif.",
"La préfète Anne Collinet doit réunir les élus et les syndicats vendredi. Le maire de la commune, Gérard Pouillot, ne cache pas son inquiétude : « La fonderie, c'est un tiers de nos recettes fiscales. Sans elle, je ne sais pas comment nous bouclerons le budget. »",
"Un documentaire, « Le Dernier Feu », tourné dans l'usine en 2019, sera projeté samedi à la salle des fêtes en soutien aux salariés. « On veut que les gens sachent ce qu'on fabrique ici », explique Sylvain Mathis, l'un des organisateurs.",
], quotes=[
("Le carnet de commandes a fondu de moitié en deux ans, et nos clients de l'automobile se fournissent désormais en Europe de l'Est", "Hervé Lamblin", {}),
("Nous avons cherché un repreneur pendant dix-huit mois, sans succès", "Hervé Lamblin", {}),
("organisé la faillite", "Nadia Berthelot", {}),
("On nous a menti pendant des mois. En septembre encore, on nous promettait des investissements", "Nadia Berthelot", {}),
("Mon père a travaillé ici, mon grand-père aussi. J'ai commencé à dix-sept ans, je ne sais rien faire d'autre.", "un ouvrier de 52 ans", {"unnamed": ["ouvrier"]}),
("Qui va embaucher un fondeur de mon âge à cinquante kilomètres à la ronde ? Personne.", "un ouvrier de 52 ans", {"unnamed": ["ouvrier"]}),
("très attentif à la situation", "Julien Sarrazin", {}),
("L'État ne laissera pas tomber les salariés de Vrigny", "Julien Sarrazin", {}),
("La fonderie, c'est un tiers de nos recettes fiscales. Sans elle, je ne sais pas comment nous bouclerons le budget.", "Gérard Pouillot", {}),
("Le Dernier Feu", None, {}),
("On veut que les gens sachent ce qu'on fabrique ici", "Sylvain Mathis", {}),
]))

B10.append(dict(id="es-sequia-campillo", lang="es", paras=[
"Sequía: Villanueva del Campillo cortará el agua por las noches desde el lunes",
"CÓRDOBA.– Los 6.400 vecinos de Villanueva del Campillo se quedarán sin agua corriente entre las once de la noche y las siete de la mañana a partir del próximo lunes. El embalse que abastece al municipio está al 9 % de su capacidad, el nivel más bajo desde que hay registros, según la Confederación Hidrográfica del Guadalquivir.",
"«No es una decisión que se toma a la ligera, pero si no reducimos el consumo ahora, en agosto no saldrá agua de los grifos», explicó este jueves la alcaldesa, Rocío Villalba, en un pleno extraordinario que se prolongó hasta la madrugada.",
"La regidora anunció además que el Ayuntamiento repartirá garrafas entre las personas mayores que viven solas. «Nadie se va a quedar atrás», prometió.",
"La oposición criticó la falta de previsión. Según el portavoz del PSOE en el consistorio, Andrés Moyano, el equipo de gobierno «lleva dos años mirando hacia otro lado».",
"En el bar de la plaza, los vecinos no hablan de otra cosa. «Mi madre tiene 87 años y necesita ducharse todos los días. ¿Qué hago, la lavo con agua de garrafa?», se preguntaba Encarnación Ruiz, que regenta una peluquería en la calle Real.",
"El consejero de Agricultura de la Junta, Tomás Cabrera, aseguró que el Gobierno andaluz llevará agua en camiones cisterna si la situación empeora. «Tenemos los recursos preparados», dijo Cabrera, quien culpó al Ministerio de no haber terminado a tiempo la conducción desde el embalse de La Breña.",
"Los agricultores temen lo peor. El presidente de la cooperativa olivarera San Isidro, Manuel Jurado, lo resumía así: «Este año ya hemos perdido la mitad de la cosecha. Si no llueve en otoño, muchos no podrán pagar los préstamos.",
"«Llevamos tres años rezando. Lo que necesitamos ya no son promesas, son obras», añadió.",
"Fuentes de la Confederación consultadas por este periódico admiten que las restricciones podrían extenderse a otros cinco municipios de la comarca. «Si no cambia el tiempo, es cuestión de semanas», señalaron.",
"La campaña municipal de ahorro, bautizada «Cada gota cuenta», arrancará el lunes con carteles en comercios y colegios.",
], quotes=[
("No es una decisión que se toma a la ligera, pero si no reducimos el consumo ahora, en agosto no saldrá agua de los grifos", "Rocío Villalba", {}),
("Nadie se va a quedar atrás", "Rocío Villalba", {}),
("lleva dos años mirando hacia otro lado", "Andrés Moyano", {}),
("Mi madre tiene 87 años y necesita ducharse todos los días. ¿Qué hago, la lavo con agua de garrafa?", "Encarnación Ruiz", {}),
("Tenemos los recursos preparados", "Tomás Cabrera", {}),
("Este año ya hemos perdido la mitad de la cosecha. Si no llueve en otoño, muchos no podrán pagar los préstamos.", "Manuel Jurado", {}),
("Llevamos tres años rezando. Lo que necesitamos ya no son promesas, son obras", "Manuel Jurado", {}),
("Si no cambia el tiempo, es cuestión de semanas", "fuentes de la Confederación", {"unnamed": ["fuentes", "confederación"]}),
("Cada gota cuenta", None, {}),
]))

B10.append(dict(id="it-frana-sorino", lang="it", paras=[
"Frana sulla provinciale, tre frazioni di Sorino isolate",
"BERGAMO – Una frana di circa ventimila metri cubi si è staccata nella notte tra sabato e domenica dal versante del monte Corna e ha travolto la strada provinciale all'altezza di Sorino. Nessuno è rimasto ferito, ma le frazioni di Castagnola, Pradello e Fontanì sono isolate: circa 350 persone possono raggiungere il fondovalle solo a piedi, lungo un sentiero.",
"«Abbiamo sentito un boato verso le tre, poi il silenzio. La mattina la strada non c'era più», racconta Luigi Bonaldi, 74 anni, che vive a Pradello da sempre.",
"La sindaca di Sorino, Daniela Ghisalberti, ha firmato un'ordinanza di sgombero per quattro abitazioni vicine al fronte della frana. «La priorità è la sicurezza delle persone, poi penseremo alla strada», ha detto ai giornalisti. «Chiedo ai residenti di avere pazienza».",
"Secondo i tecnici della Provincia il versante è ancora in movimento. «Non possiamo mandare le ruspe finché la parete non si stabilizza: sarebbe troppo pericoloso», ha spiegato il geologo Franco Pedrini, che da domenica sorveglia la zona con i droni.",
"L'assessore regionale al Territorio, Marco Bellotti, ha parlato di «settimane, non di giorni» per la riapertura e ha promesso un milione di euro per i primi interventi: «I soldi ci sono, il problema adesso sono i tempi tecnici».",
"Non tutti, però, sono convinti. Un commerciante di Castagnola, che chiede di non essere citato, è amareggiato: «Questa frana l'avevamo segnalata tre anni fa, c'erano già delle crepe sull'asfalto. Ci avevano risposto che mancavano i fondi.",
"«Adesso i fondi saltano fuori in un giorno. Qui in valle siamo sempre gli ultimi a essere ascoltati».",
"Intanto la Protezione civile ha organizzato un servizio di elicottero per gli anziani e per chi deve raggiungere l'ospedale. «Nessuno resterà senza assistenza», ha assicurato il coordinatore provinciale, Stefano Arrigoni.",
"La sera, nella chiesa di Pradello, il coro del paese ha cantato come ogni domenica «Signore delle cime».",
], quotes=[
("Abbiamo sentito un boato verso le tre, poi il silenzio. La mattina la strada non c'era più", "Luigi Bonaldi", {}),
("La priorità è la sicurezza delle persone, poi penseremo alla strada", "Daniela Ghisalberti", {}),
("Chiedo ai residenti di avere pazienza", "Daniela Ghisalberti", {}),
("Non possiamo mandare le ruspe finché la parete non si stabilizza: sarebbe troppo pericoloso", "Franco Pedrini", {}),
("settimane, non di giorni", "Marco Bellotti", {}),
("I soldi ci sono, il problema adesso sono i tempi tecnici", "Marco Bellotti", {}),
("Questa frana l'avevamo segnalata tre anni fa, c'erano già delle crepe sull'asfalto. Ci avevano risposto che mancavano i fondi.", "un commerciante di Castagnola", {"unnamed": ["commerciante"]}),
("Adesso i fondi saltano fuori in un giorno. Qui in valle siamo sempre gli ultimi a essere ascoltati", "un commerciante di Castagnola", {"unnamed": ["commerciante"]}),
("Nessuno resterà senza assistenza", "Stefano Arrigoni", {}),
("Signore delle cime", None, {}),
]))

B10.append(dict(id="pt-urgencia-castelo-mourao", lang="pt", paras=[
"Urgência pediátrica de Castelo Mourão fecha à noite a partir de dezembro",
"CASTELO MOURÃO – A urgência pediátrica do Hospital Distrital de Castelo Mourão vai deixar de funcionar entre as 20h00 e as 08h00 a partir de 1 de dezembro, anunciou esta terça-feira o conselho de administração. As crianças que precisem de cuidados durante a noite serão encaminhadas para o hospital de Évora, a cerca de 70 quilómetros.",
"«Temos apenas quatro pediatras para assegurar uma escala que precisaria de pelo menos nove», disse à agência Lusa o presidente do conselho de administração, Rui Tavares Pimenta. «Não é possível manter um serviço seguro nestas condições».",
"A decisão caiu mal entre os autarcas da região. A presidente da Câmara Municipal, Helena Quintas, falou em «abandono do interior» e anunciou que vai pedir uma audiência à ministra da Saúde. «As famílias daqui pagam os mesmos impostos que as de Lisboa», sublinhou.",
"Segundo o dirigente sindical Carlos Bexiga, do Sindicato Independente dos Médicos, a situação é «insustentável»: pelo menos três pediatras do hospital pediram a reforma antecipada nos últimos dois anos. «Ninguém quer vir trabalhar para um hospital onde se fazem 30 horas seguidas de urgência», afirmou.",
"Uma enfermeira do serviço, que pediu para não ser identificada, contou que a equipa soube da decisão pelas redes sociais. «Ninguém nos perguntou nada. Na semana passada ainda estávamos a fazer os horários de dezembro», disse.",
"Para Sofia Marçal, mãe de dois filhos, a distância é o que mais preocupa. Explicou-nos: «O meu filho mais novo tem asma. Já fomos três vezes à urgência de madrugada este ano, e das três vezes ele precisou de oxigénio.",
"«Setenta quilómetros de noite, numa estrada com nevoeiro, é muito tempo. Tenho medo de que um dia não cheguemos a tempo».",
"O Ministério da Saúde garantiu, em comunicado, que a solução é «temporária» e que estão a ser contratados médicos estrangeiros. O ministro Duarte Lobo Antunes deverá visitar o hospital na próxima semana.",
"A história do serviço foi contada no livro «Nascer em Castelo Mourão», publicado em 2015 por um antigo diretor clínico.",
], quotes=[
("Temos apenas quatro pediatras para assegurar uma escala que precisaria de pelo menos nove", "Rui Tavares Pimenta", {}),
("Não é possível manter um serviço seguro nestas condições", "Rui Tavares Pimenta", {}),
("abandono do interior", "Helena Quintas", {}),
("As famílias daqui pagam os mesmos impostos que as de Lisboa", "Helena Quintas", {}),
("insustentável", "Carlos Bexiga", {}),
("Ninguém quer vir trabalhar para um hospital onde se fazem 30 horas seguidas de urgência", "Carlos Bexiga", {}),
("Ninguém nos perguntou nada. Na semana passada ainda estávamos a fazer os horários de dezembro", "uma enfermeira do serviço", {"unnamed": ["enfermeira"]}),
("O meu filho mais novo tem asma. Já fomos três vezes à urgência de madrugada este ano, e das três vezes ele precisou de oxigénio.", "Sofia Marçal", {}),
("Setenta quilómetros de noite, numa estrada com nevoeiro, é muito tempo. Tenho medo de que um dia não cheguemos a tempo", "Sofia Marçal", {}),
("temporária", "o Ministério da Saúde", {"unnamed": ["ministério"]}),
("Nascer em Castelo Mourão", None, {}),
]))

B10.append(dict(id="nl-fatbikeverbod-deventer", lang="nl", paras=[
"Deventer verbiedt fatbikes in de binnenstad",
"DEVENTER - Fatbikes zijn vanaf 1 maart niet meer welkom in de binnenstad van Deventer. De gemeenteraad stemde dinsdagavond met een ruime meerderheid in met een voorstel van het college. Wie toch met een elektrische fatbike door het voetgangersgebied rijdt, riskeert een boete van 140 euro.",
"‘We krijgen elke week klachten van ouderen die bijna omver zijn gereden’, zei wethouder Mobiliteit Karin van Dalen (D66) tijdens het debat. ‘Dit gaat niet meer om een paar ongelukjes, dit gaat om de veiligheid van iedereen in de stad.’",
"Burgemeester Ruud Vermeulen sprak van een ‘noodzakelijke stap’. Volgens hem kan de politie de regel vanaf het voorjaar handhaven met extra boa’s.",
"Niet iedereen is blij. ‘Mijn dochter van vijftien fietst elke dag twaalf kilometer naar school, op een fatbike omdat ze anders te laat komt’, zegt Monique Brinkman, moeder uit Colmschate. ‘Moet ze nu in de binnenstad gaan lopen met dat ding?’",
"Ook de winkeliers zijn verdeeld. Een medewerker van een fietsenwinkel aan de Brink, die niet met naam in de krant wil, verwacht omzetverlies. ‘Een kwart van wat we verkopen, zijn fatbikes. Als mensen er niet meer mee de stad in mogen, kopen ze die ook niet meer bij ons’, aldus de medewerker.",
"Raadslid Gijs Hofstede (VVD) stemde als enige tegen. In de raadszaal hield hij een lang betoog: ‘Jongeren krijgen weer de schuld van alles. Eerst waren het de scooters, toen de hangjongeren bij het station, nu de fatbikes.",
"‘Handhaaf gewoon op de snelheid en op roekeloos rijgedrag. Dan pak je de mensen die zich misdragen en niet een hele generatie.’",
"Minister van Infrastructuur Esther Koopmans laat onderzoeken of een landelijke leeftijdsgrens voor fatbikes mogelijk is. ‘Gemeenten moeten niet allemaal hun eigen regels gaan maken’, zei ze maandag in het televisieprogramma ‘Avondeditie’.",
"Het verbod geldt voorlopig voor een jaar, waarna de raad het opnieuw bespreekt. ‘Dan kijken we naar de cijfers’, aldus Van Dalen.",
], quotes=[
("We krijgen elke week klachten van ouderen die bijna omver zijn gereden", "Karin van Dalen", {}),
("Dit gaat niet meer om een paar ongelukjes, dit gaat om de veiligheid van iedereen in de stad.", "Karin van Dalen", {}),
("noodzakelijke stap", "Ruud Vermeulen", {}),
("Mijn dochter van vijftien fietst elke dag twaalf kilometer naar school, op een fatbike omdat ze anders te laat komt", "Monique Brinkman", {}),
("Moet ze nu in de binnenstad gaan lopen met dat ding?", "Monique Brinkman", {}),
("Een kwart van wat we verkopen, zijn fatbikes. Als mensen er niet meer mee de stad in mogen, kopen ze die ook niet meer bij ons", "een medewerker van een fietsenwinkel", {"unnamed": ["medewerker"]}),
("Jongeren krijgen weer de schuld van alles. Eerst waren het de scooters, toen de hangjongeren bij het station, nu de fatbikes.", "Gijs Hofstede", {}),
("Handhaaf gewoon op de snelheid en op roekeloos rijgedrag. Dan pak je de mensen die zich misdragen en niet een hele generatie.", "Gijs Hofstede", {}),
("Gemeenten moeten niet allemaal hun eigen regels gaan maken", "Esther Koopmans", {}),
("Avondeditie", None, {}),
("Dan kijken we naar de cijfers", "Karin van Dalen", {}),
]))

B10.append(dict(id="pl-wodociag-zarnow", lang="pl", paras=[
"Bakterie coli w wodociągu. Mieszkańcy Żarnowa bez wody pitnej",
"ŻARNÓW – Od środy ponad 12 tysięcy mieszkańców Żarnowa i trzech okolicznych wsi nie może pić wody z kranu. Sanepid wykrył w wodociągu bakterie coli. Woda nadaje się tylko do spłukiwania toalet, a po przegotowaniu – do mycia.",
"„Wyniki badań dostaliśmy we wtorek wieczorem i od razu wydaliśmy komunikat. Nie było ani godziny zwłoki” – powiedział PAP powiatowy inspektor sanitarny Tomasz Wróblewski.",
"Burmistrz Żarnowa Agnieszka Sadowska zapewnia, że miasto rozwozi wodę beczkowozami do wszystkich osiedli. „Ustawiliśmy dwadzieścia punktów poboru wody, a do osób starszych i chorych dowozimy butelki do domu” – mówi. „Prosimy mieszkańców o cierpliwość. To potrwa co najmniej kilka dni” – dodała.",
"Według wstępnych ustaleń do skażenia mogło dojść podczas naprawy magistrali przy ul. Kolejowej. Prezes miejskiego przedsiębiorstwa wodociągowego Marek Cieślak odrzuca jednak te podejrzenia: „Po każdej awarii rura jest dezynfekowana, tak było i tym razem”.",
"Mieszkańcy są zdenerwowani. „Stałam w kolejce do beczkowozu godzinę, a woda skończyła się dwie osoby przede mną” – opowiada jedna z mieszkanek osiedla Słoneczne, która prosi, by nie podawać jej nazwiska.",
"Radny opozycji Jacek Pietrzak zapowiada, że na najbliższej sesji zażąda wyjaśnień. „Od lat alarmujemy, że sieć wodociągowa w Żarnowie jest w fatalnym stanie. Połowa rur pamięta lata sześćdziesiąte.",
"„Zamiast wymieniać sieć, miasto buduje fontannę na rynku. Teraz wszyscy widzą skutki” – mówi Pietrzak.",
"Wojewoda Krzysztof Malinowski poinformował, że do Żarnowa skierowano dwie cysterny z wojska. „Sytuacja jest opanowana, nikt nie trafił do szpitala” – napisał w mediach społecznościowych.",
"Lokalne stowarzyszenie „Czysty Żarnów” zbiera podpisy pod petycją o niezależny audyt wodociągów.",
], quotes=[
("Wyniki badań dostaliśmy we wtorek wieczorem i od razu wydaliśmy komunikat. Nie było ani godziny zwłoki", "Tomasz Wróblewski", {}),
("Ustawiliśmy dwadzieścia punktów poboru wody, a do osób starszych i chorych dowozimy butelki do domu", "Agnieszka Sadowska", {}),
("Prosimy mieszkańców o cierpliwość. To potrwa co najmniej kilka dni", "Agnieszka Sadowska", {}),
("Po każdej awarii rura jest dezynfekowana, tak było i tym razem", "Marek Cieślak", {}),
("Stałam w kolejce do beczkowozu godzinę, a woda skończyła się dwie osoby przede mną", "jedna z mieszkanek osiedla Słoneczne", {"unnamed": ["mieszkanek", "mieszkanka"]}),
("Od lat alarmujemy, że sieć wodociągowa w Żarnowie jest w fatalnym stanie. Połowa rur pamięta lata sześćdziesiąte.", "Jacek Pietrzak", {}),
("Zamiast wymieniać sieć, miasto buduje fontannę na rynku. Teraz wszyscy widzą skutki", "Jacek Pietrzak", {}),
("Sytuacja jest opanowana, nikt nie trafił do szpitala", "Krzysztof Malinowski", {}),
("Czysty Żarnów", None, {}),
]))

B10.append(dict(id="sv-busslinje-junsele", lang="sv", paras=[
"Regionen drar in helgbussarna till Junsele – byborna rasar",
"SOLLEFTEÅ Från och med januari slutar linje 342 mellan Sollefteå och Junsele att gå på helger. Det beslutade regionens kollektivtrafiknämnd på torsdagen. Beslutet väntas spara 3,4 miljoner kronor om året.",
"”Vi har helt enkelt inte råd att köra tomma bussar. En vanlig lördag har vi i snitt fyra resenärer på hela sträckan”, säger nämndens ordförande Anders Hägglund (S).",
"Men i Junsele är ilskan stor. Britt-Marie Nordin, 79, har inget körkort och åker buss till vårdcentralen och affären. ”Nu blir jag instängd här varje helg. Det är som att de har glömt att vi finns”, säger hon.",
"Enligt oppositionsrådet Jonas Edlund (C) har regionen inte gjort någon konsekvensanalys. ”Man fattar ett beslut som drabbar de äldre och ungdomarna hårdast, utan att ens fråga dem”, säger han till tidningen.",
"En busschaufför som kört linjen i femton år, och som inte vill framträda med namn, är bekymrad. ”Det är samma människor som åker varje helg, jag känner de flesta. För dem är bussen det enda sättet att ta sig någonstans”, säger chauffören.",
"Infrastrukturminister Karin Lidström (KD) besökte Sollefteå i veckan och fick frågan om landsbygdens kollektivtrafik. Hon svarade:",
"”Jag förstår oron. Regionerna har ansvaret för busstrafiken, men staten måste ta ett större ansvar för att hela landet ska kunna leva.",
"”Därför ser vi nu över hur stödet till regionerna kan fördelas på ett rättvisare sätt.”",
"Ungdomarna i Junsele har startat en namninsamling under parollen ”Bussen är vår livlina”. Den har hittills fått 1 200 underskrifter, uppger initiativtagaren Elin Sjödin, 17.",
"”Vi kommer att lämna över listorna till regionen före jul”, sa Elin Sjödin när tidningen träffade henne på torsdagen.",
], quotes=[
("Vi har helt enkelt inte råd att köra tomma bussar. En vanlig lördag har vi i snitt fyra resenärer på hela sträckan", "Anders Hägglund", {}),
("Nu blir jag instängd här varje helg. Det är som att de har glömt att vi finns", "Britt-Marie Nordin", {}),
("Man fattar ett beslut som drabbar de äldre och ungdomarna hårdast, utan att ens fråga dem", "Jonas Edlund", {}),
("Det är samma människor som åker varje helg, jag känner de flesta. För dem är bussen det enda sättet att ta sig någonstans", "en busschaufför", {"unnamed": ["busschaufför", "chaufför"]}),
("Jag förstår oron. Regionerna har ansvaret för busstrafiken, men staten måste ta ett större ansvar för att hela landet ska kunna leva.", "Karin Lidström", {}),
("Därför ser vi nu över hur stödet till regionerna kan fördelas på ett rättvisare sätt.", "Karin Lidström", {}),
("Bussen är vår livlina", None, {}),
("Vi kommer att lämna över listorna till regionen före jul", "Elin Sjödin", {}),
]))

# Batch 11: written at the start of a later release (session 22) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it. One article each in German,
# French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish, 250-400 words, in the country's
# press style (its quotation marks, the verb inverted after the quotation, "according to", a dash
# where the language sets speech off by one). Every person, and the smaller places, invented.
# Labelled while writing. Only measured.
B11 = []

B11.append(dict(id="de-strassenbahn-linie7", lang="de", paras=[
"Aus für die Linie 7: Stadtrat stellt Straßenbahn nach Kirchhorst ein",
"HOLMSTADT – Nach 94 Jahren fährt die Straßenbahn nicht mehr nach Kirchhorst. Der Stadtrat hat am Donnerstagabend mit 31 zu 24 Stimmen beschlossen, die Linie 7 zum Fahrplanwechsel im Dezember durch Elektrobusse zu ersetzen. Die Gleise seien marode, eine Sanierung würde nach Berechnungen der Stadtwerke rund 48 Millionen Euro kosten.",
"»Wir können nicht jeden Euro in eine Strecke stecken, auf der morgens drei Bahnen voll und mittags drei Bahnen leer sind«, sagte Oberbürgermeisterin Gabriele Wendt (SPD) nach der Sitzung. Die Busse kämen sogar öfter als die Bahn, versprach sie.",
"In Kirchhorst sieht man das anders. Der Ortsvorsteher Klaus Reimers spricht von einem »schwarzen Tag für den Stadtteil«. »Eine Straßenbahn ist ein Versprechen, dass man hier dazugehört. Ein Bus ist eine Übergangslösung, die nie aufhört«, sagt der 67-Jährige, der selbst seit vierzig Jahren mit der Sieben zur Arbeit fährt.",
"Die Bürgerinitiative »Pro Sieben« hatte vor dem Rathaus mehr als 6.000 Unterschriften übergeben. Ihre Sprecherin Jana Köhler kündigte an, ein Bürgerbegehren zu prüfen. »Das letzte Wort haben nicht 31 Ratsmitglieder, sondern die Holmstädter.«",
"Die Stadtwerke verteidigten den Beschluss. Die Gleise in der Kirchhorster Allee hätten ihre Lebensdauer längst überschritten, erklärte Technikvorstand Bernd Lachmann. »Wir fahren dort seit zwei Jahren mit Tempo 20, weil wir den Schienen nicht mehr trauen.« Er fügte hinzu: »Das ist kein Zustand für einen modernen Nahverkehr.«",
"Scharfe Kritik kam von den Grünen. Fraktionschef Mehmet Aydın nannte die Entscheidung »kurzsichtig«. Wer heute Gleise herausreiße, lege sie in dreißig Jahren für das Zehnfache wieder hin, so Aydın.",
"Auch im Landesverkehrsministerium wird der Fall beobachtet. Man habe der Stadt Fördermittel für eine Sanierung in Aussicht gestellt, heißt es dort. Eine Sprecherin des Ministeriums sagte auf Anfrage: »Das Angebot liegt weiterhin auf dem Tisch.«",
"Für die Fahrgäste ändert sich vorerst nichts. Bis Dezember fährt die Sieben nach dem gewohnten Plan. Einige Stammkunden wollen die letzte Fahrt feiern. »Ich steige um halb zwölf ein und fahre bis zur Endstation, wie 1978 bei meiner ersten Fahrt«, erzählt die Rentnerin Hildegard Brandt.",
], quotes=[
("Wir können nicht jeden Euro in eine Strecke stecken, auf der morgens drei Bahnen voll und mittags drei Bahnen leer sind", "Gabriele Wendt", {}),
("schwarzen Tag für den Stadtteil", "Klaus Reimers", {}),
("Eine Straßenbahn ist ein Versprechen, dass man hier dazugehört. Ein Bus ist eine Übergangslösung, die nie aufhört", "Klaus Reimers", {}),
("Pro Sieben", None, {}),
("Das letzte Wort haben nicht 31 Ratsmitglieder, sondern die Holmstädter.", "Jana Köhler", {}),
("Wir fahren dort seit zwei Jahren mit Tempo 20, weil wir den Schienen nicht mehr trauen.", "Bernd Lachmann", {}),
("Das ist kein Zustand für einen modernen Nahverkehr.", "Bernd Lachmann", {}),
("kurzsichtig", "Mehmet Aydın", {}),
("Das Angebot liegt weiterhin auf dem Tisch.", "eine Sprecherin des Ministeriums", {"unnamed": ["sprecherin"]}),
("Ich steige um halb zwölf ein und fahre bis zur Endstation, wie 1978 bei meiner ersten Fahrt", "Hildegard Brandt", {}),
]))

B11.append(dict(id="fr-sangliers-lotissement", lang="fr", paras=[
"Des sangliers dans les jardins : un lotissement de Saint-Orvin excédé",
"SAINT-ORVIN – Pelouses retournées, clôtures arrachées, poubelles éventrées : depuis la fin de l'été, les habitants du lotissement des Trois-Chênes voient revenir chaque nuit une harde d'une quinzaine de sangliers descendus de la forêt voisine.",
"« La semaine dernière, j'en ai compté douze devant ma porte à deux heures du matin. Je n'ose plus sortir le chien », raconte Martine Castel, 58 ans, qui habite le quartier depuis vingt ans.",
"Le maire, Didier Fabre, a réuni mardi soir les riverains, la fédération départementale des chasseurs et l'Office français de la biodiversité. « Nous ne sommes pas restés les bras croisés, mais la commune n'a pas le droit de chasser elle-même », a-t-il rappelé devant une salle comble.",
"Selon la fédération des chasseurs, la population de sangliers a doublé en cinq ans dans le massif. Son président, Jean-Luc Morand, réclame des battues supplémentaires. « On nous demande de réguler, puis on nous interdit l'accès à la moitié des parcelles. Il faudrait savoir ce que l'on veut », a-t-il lancé.",
"Les associations de protection des animaux dénoncent au contraire une « solution de facilité ». Pour Camille Roux, porte-parole du collectif Forêt Vivante, ce sont les clôtures et les poubelles mal fermées qui attirent les bêtes. « Tuer des sangliers sans changer nos habitudes, c'est vider la baignoire sans fermer le robinet », estime-t-elle.",
"La préfecture a finalement autorisé mercredi une battue administrative pour la fin du mois. « Il s'agit d'une mesure exceptionnelle, limitée dans le temps et encadrée par les agents de l'Office », précise un arrêté du préfet, Laurent Giraud.",
"En attendant, certains riverains s'organisent. Un voisin a installé des projecteurs à détecteur de mouvement, un autre diffuse la nuit des enregistrements de chiens. « Ça marche trois jours, puis ils s'habituent », soupire Thomas Leroy, dont le potager a été entièrement retourné.",
"La mairie a par ailleurs lancé l'opération « Poubelle fermée, quartier tranquille », qui distribue gratuitement des bacs à couvercle verrouillable.",
], quotes=[
("La semaine dernière, j'en ai compté douze devant ma porte à deux heures du matin. Je n'ose plus sortir le chien", "Martine Castel", {}),
("Nous ne sommes pas restés les bras croisés, mais la commune n'a pas le droit de chasser elle-même", "Didier Fabre", {}),
("On nous demande de réguler, puis on nous interdit l'accès à la moitié des parcelles. Il faudrait savoir ce que l'on veut", "Jean-Luc Morand", {}),
("solution de facilité", "Les associations de protection des animaux", {"unnamed": ["associations"]}),
("Tuer des sangliers sans changer nos habitudes, c'est vider la baignoire sans fermer le robinet", "Camille Roux", {}),
("Il s'agit d'une mesure exceptionnelle, limitée dans le temps et encadrée par les agents de l'Office", "un arrêté du préfet", {"unnamed": ["arrêté", "préfet", "laurent giraud"]}),
("Ça marche trois jours, puis ils s'habituent", "Thomas Leroy", {}),
("Poubelle fermée, quartier tranquille", None, {}),
]))

B11.append(dict(id="es-cine-cooperativa", lang="es", paras=[
"Los vecinos de Villalba del Río reabren su cine con una cooperativa",
"VILLALBA DEL RÍO (Cuenca) – El cine Avenida, cerrado desde 2019, volvió a encender su proyector el sábado. Lo hizo gracias a una cooperativa de 412 vecinos que compraron el edificio por 180.000 euros, aportando entre 50 y 2.000 euros cada uno.",
"«Aquí vi mi primera película, aquí di mi primer beso y aquí no iba a abrir una franquicia de comida rápida», resumió entre risas Pilar Ortega, presidenta de la cooperativa y maestra jubilada, ante una sala llena.",
"Según el alcalde, Ramón Gil, el ayuntamiento ha cedido la gestión de la licencia y se encargará de las obras de accesibilidad. «Es el proyecto más bonito que ha pasado por este pleno en años», aseguró el regidor, que también es socio de la cooperativa.",
"La primera sesión fue «Cinema Paradiso», elegida por votación entre los socios. Las entradas, a cuatro euros, se agotaron en dos horas.",
"No todo ha sido fácil. El proyector digital, de segunda mano, llegó desde un multicine de Valencia que cerró el año pasado. «Tuvimos que desmontarlo pieza a pieza y montarlo aquí siguiendo un vídeo de internet», explicó a EFE Jorge Sanz, ingeniero y uno de los voluntarios que trabajaron en la sala durante seis meses.",
"La programación incluirá estrenos con un mes de retraso, cine clásico los jueves y sesiones infantiles los domingos. Para Ortega, lo importante es que el pueblo vuelva a tener un lugar de encuentro. «Un pueblo sin cine es un pueblo que se va apagando», dijo.",
"Fuentes de la Junta de Castilla-La Mancha indicaron que la cooperativa podrá optar a las ayudas regionales para salas rurales, que cubren hasta el 40 % de los gastos de modernización.",
"Entre el público había también quien llegaba de fuera. «Vengo de Madrid solo por esto. Mi abuelo fue el proyeccionista de este cine durante treinta años», contó emocionada Lucía Benítez, de 34 años.",
"La cooperativa ya prepara su próxima campaña, bajo el lema «Una butaca, un vecino», para renovar los asientos antes del verano.",
], quotes=[
("Aquí vi mi primera película, aquí di mi primer beso y aquí no iba a abrir una franquicia de comida rápida", "Pilar Ortega", {}),
("Es el proyecto más bonito que ha pasado por este pleno en años", "Ramón Gil", {}),
("Cinema Paradiso", None, {}),
("Tuvimos que desmontarlo pieza a pieza y montarlo aquí siguiendo un vídeo de internet", "Jorge Sanz", {}),
("Un pueblo sin cine es un pueblo que se va apagando", "Pilar Ortega", {}),
("Vengo de Madrid solo por esto. Mi abuelo fue el proyeccionista de este cine durante treinta años", "Lucía Benítez", {}),
("Una butaca, un vecino", None, {}),
]))

B11.append(dict(id="it-borgo-case-un-euro", lang="it", paras=[
"Case a un euro, a Roccavalle arrivano 900 domande in una settimana",
"ROCCAVALLE (Avellino) – Novecento richieste in sette giorni per dodici case. Il bando del Comune di Roccavalle, borgo irpino di 340 abitanti, che mette in vendita a un euro gli edifici abbandonati del centro storico, ha superato ogni previsione.",
"«Pensavamo di ricevere qualche decina di email, invece il server del Comune è andato in tilt il primo giorno», ha detto il sindaco Antonio De Luca, 41 anni, ai giornalisti radunati in piazza. «Abbiamo domande dall'Australia, dal Canada, perfino dal Giappone.»",
"Chi compra dovrà ristrutturare l'immobile entro tre anni e versare una cauzione di cinquemila euro. Secondo l'assessore all'urbanistica, Giulia Ferri, le regole sono pensate per evitare le speculazioni. «Non vendiamo case, cerchiamo nuovi abitanti», ha spiegato.",
"Nel paese l'iniziativa divide. Nella piazza davanti alla chiesa, Vincenzo Russo, 78 anni, ex muratore, scuote la testa. «Queste case le abbiamo costruite noi con le nostre mani. Adesso le regalano a gente che non sa nemmeno dov'è l'Irpinia», dice.",
"Più ottimista la titolare dell'unico bar del borgo, Rosa Marino. «Se anche solo cinque famiglie vengono a vivere qui, io tengo aperto un altro inverno.»",
"Il progetto, battezzato «Roccavalle Rinasce», è stato finanziato in parte con fondi regionali. Secondo una fonte della Regione Campania, altri sei comuni della provincia stanno preparando bandi simili.",
"Non mancano le perplessità degli esperti. Per l'architetto Paolo Gentile, che ha studiato i borghi spopolati dell'Appennino, il rischio è di creare «paesi-vetrina» abitati solo d'estate. «Senza scuola, medico e trasporti, una casa a un euro resta una casa vuota», avverte.",
"Il sindaco conta di scegliere gli acquirenti entro marzo. Tra i criteri, ha precisato, avranno la precedenza le famiglie con figli e chi si impegna ad aprire un'attività in paese.",
], quotes=[
("Pensavamo di ricevere qualche decina di email, invece il server del Comune è andato in tilt il primo giorno", "Antonio De Luca", {}),
("Abbiamo domande dall'Australia, dal Canada, perfino dal Giappone.", "Antonio De Luca", {}),
("Non vendiamo case, cerchiamo nuovi abitanti", "Giulia Ferri", {}),
("Queste case le abbiamo costruite noi con le nostre mani. Adesso le regalano a gente che non sa nemmeno dov'è l'Irpinia", "Vincenzo Russo", {}),
("Se anche solo cinque famiglie vengono a vivere qui, io tengo aperto un altro inverno.", "Rosa Marino", {}),
("Roccavalle Rinasce", None, {}),
("paesi-vetrina", "Paolo Gentile", {}),
("Senza scuola, medico e trasporti, una casa a un euro resta una casa vuota", "Paolo Gentile", {}),
]))

B11.append(dict(id="pt-quota-sardinha", lang="pt", paras=[
"Pescadores de Vila Nova da Barca contestam corte na quota da sardinha",
"VILA NOVA DA BARCA – Cerca de duzentos pescadores concentraram-se esta segunda-feira no porto de Vila Nova da Barca em protesto contra o corte de 30% na quota de captura de sardinha para o próximo ano, anunciado na semana passada pelo Governo.",
"“Com esta quota, metade dos barcos fica parada a partir de agosto. Ninguém paga uma tripulação para ficar no cais”, disse à agência Lusa o presidente da Associação de Armadores da Barca, Manuel Pires.",
"O corte resulta de um parecer científico que aponta para uma descida da biomassa de sardinha na costa portuguesa. Segundo a secretária de Estado das Pescas, Teresa Lobo, a decisão é “dolorosa, mas necessária”. “Se não protegermos o recurso agora, daqui a cinco anos não haverá sardinha para ninguém”, afirmou a governante em Lisboa.",
"Os pescadores contestam os números. “Nunca vimos tanta sardinha como este ano. Os cientistas contam peixe no computador, nós contamos no mar”, atirou Joaquim Fonseca, mestre de uma traineira há 25 anos.",
"Também a indústria conserveira teme as consequências. Uma responsável de uma fábrica de conservas da região, que pediu para não ser identificada, contou que a empresa já está a comprar peixe em Marrocos. “Vamos pôr a palavra ‘portuguesa’ numa lata com sardinha de fora. É isso que querem?”, perguntou.",
"O presidente da Câmara Municipal, Rui Tavares, esteve no protesto e prometeu levar o assunto à ministra. Disse que o concelho vive do mar “há quatrocentos anos” e que não aceitará ser “sacrificado” sem compensações.",
"A cientista Ana Correia, do instituto público que elaborou o parecer, garantiu ao jornal que os dados são sólidos. “Compreendo a frustração, mas os cardumes que os pescadores veem junto à costa são sobretudo de juvenis”, explicou.",
"A manifestação terminou ao início da tarde, com uma buzinadela de todos os barcos do porto. Os armadores marcaram novo protesto para Lisboa, sob o lema “Sem sardinha não há mar”.",
], quotes=[
("Com esta quota, metade dos barcos fica parada a partir de agosto. Ninguém paga uma tripulação para ficar no cais", "Manuel Pires", {}),
("dolorosa, mas necessária", "Teresa Lobo", {}),
("Se não protegermos o recurso agora, daqui a cinco anos não haverá sardinha para ninguém", "Teresa Lobo", {}),
("Nunca vimos tanta sardinha como este ano. Os cientistas contam peixe no computador, nós contamos no mar", "Joaquim Fonseca", {}),
("Vamos pôr a palavra ‘portuguesa’ numa lata com sardinha de fora. É isso que querem?", "uma responsável de uma fábrica de conservas", {"unnamed": ["responsável"]}),
("há quatrocentos anos", "Rui Tavares", {}),
("sacrificado", "Rui Tavares", {}),
("Compreendo a frustração, mas os cardumes que os pescadores veem junto à costa são sobretudo de juvenis", "Ana Correia", {}),
("Sem sardinha não há mar", None, {}),
]))

B11.append(dict(id="nl-dijkversterking-huizen", lang="nl", paras=[
"Bewoners Oosterwaard moeten wijken voor dijkversterking",
"OOSTERWAARD - Voor de versterking van de Lekdijk bij Oosterwaard moeten achttien woningen worden gesloopt. Dat heeft het waterschap Rivierenland Midden woensdagavond bekendgemaakt op een drukbezochte bewonersavond in het dorpshuis.",
"'We hebben alle varianten doorgerekend, ook een damwand in de dijk en een verlegging naar de rivierkant. Geen enkele was veilig en betaalbaar zonder dat er huizen weg moeten', zei dijkgraaf Hendrik van Dalen.",
"Voor de bewoners kwam het nieuws hard aan. 'Mijn opa heeft dit huis in 1953 gebouwd, na de watersnood. En nu moet het weg vanwege het water', zegt Marieke Bosch (52), die met haar gezin aan de Dijkweg woont.",
"Volgens het waterschap voldoet de dijk op dit traject niet meer aan de nieuwe veiligheidsnormen. De versterking is onderdeel van het landelijke Hoogwaterbeschermingsprogramma, dat de komende jaren honderden kilometers dijk aanpakt.",
"De getroffen bewoners krijgen de marktwaarde van hun huis plus een tegemoetkoming in de verhuiskosten, liet een woordvoerder van het waterschap weten. 'Niemand gaat er financieel op achteruit. Daar staan we voor.'",
"Dat wordt in het dorp betwijfeld. Wethouder Ahmed El Amrani van de gemeente Lingebroek noemt de regeling 'een goed begin, maar geen eindpunt'. Hij wil dat de bewoners ook in het dorp kunnen blijven wonen. 'Wie hier weg moet, moet hier ook weer terug kunnen', aldus El Amrani.",
"De bewonersvereniging Dijkweg Blijft heeft inmiddels een advocaat ingeschakeld. Voorzitter Gert Jan Mulder spreekt van 'een besluit dat al genomen was voordat wij iets mochten zeggen'. Volgens hem zijn de bewoners pas in de zomer betrokken bij de plannen.",
"De werkzaamheden beginnen op zijn vroegst in 2027. Tot die tijd mogen de bewoners in hun huizen blijven. 'We gaan nog één keer samen kerst vieren aan de dijk', zegt Bosch. 'Daarna zien we wel.'",
], quotes=[
("We hebben alle varianten doorgerekend, ook een damwand in de dijk en een verlegging naar de rivierkant. Geen enkele was veilig en betaalbaar zonder dat er huizen weg moeten", "Hendrik van Dalen", {}),
("Mijn opa heeft dit huis in 1953 gebouwd, na de watersnood. En nu moet het weg vanwege het water", "Marieke Bosch", {}),
("Niemand gaat er financieel op achteruit. Daar staan we voor.", "een woordvoerder van het waterschap", {"unnamed": ["woordvoerder"]}),
("een goed begin, maar geen eindpunt", "Ahmed El Amrani", {}),
("Wie hier weg moet, moet hier ook weer terug kunnen", "Ahmed El Amrani", {}),
("een besluit dat al genomen was voordat wij iets mochten zeggen", "Gert Jan Mulder", {}),
("We gaan nog één keer samen kerst vieren aan de dijk", "Marieke Bosch", {}),
("Daarna zien we wel.", "Marieke Bosch", {}),
]))

B11.append(dict(id="pl-niedzwiedzie-ustrzyki", lang="pl", paras=[
"Niedźwiedzie w środku miasta. Mieszkańcy Ustrzyk Górnych Wsi boją się wychodzić z domów",
"USTRZYKI GÓRNE WIEŚ – Od początku października niedźwiedzica z dwoma młodymi co noc przychodzi na osiedle przy ul. Leśnej. Przewraca kosze na śmieci, zagląda do komórek i spacerowała już pod szkołą podstawową.",
"„Wczoraj o szóstej rano wyszłam z psem i stała dziesięć metrów ode mnie. Nigdy w życiu tak szybko nie wracałam do domu” – opowiada pani Halina Kowalczyk, emerytowana nauczycielka.",
"Wójt gminy Marek Zieliński zwrócił się do Regionalnej Dyrekcji Ochrony Środowiska o zgodę na odstraszanie zwierząt. „Nie chcemy, żeby komukolwiek stała się krzywda, ani ludziom, ani niedźwiedziom. Ale czekanie na decyzję urzędników to nie jest plan” – powiedział wójt.",
"Niedźwiedź brunatny jest w Polsce pod ścisłą ochroną. Zdaniem dr Anny Wróbel, biolożki z Fundacji Dzikie Karpaty, zwierzęta przyciąga do miasta przede wszystkim jedzenie. „Dopóki kosze będą otwarte, a owoce będą gnić w sadach, niedźwiedzie będą wracać. Odstraszanie bez sprzątania niczego nie zmieni” – podkreśla.",
"Według RDOŚ w Rzeszowie w Bieszczadach żyje dziś ponad 150 niedźwiedzi, dwa razy więcej niż dwadzieścia lat temu. Rzecznik dyrekcji Tomasz Nowicki zapewnił w rozmowie z PAP, że wniosek gminy zostanie rozpatrzony „w trybie pilnym”.",
"Szkoła podstawowa wprowadziła zasadę, że dzieci wychodzą do domu tylko pod opieką dorosłych. „Rodzice są przerażeni, telefon dzwoni od rana” – mówi dyrektorka placówki Ewa Mazur.",
"Niektórzy mieszkańcy biorą sprawy w swoje ręce. „Kupiłem gaz pieprzowy i latarkę. Więcej nie mogę zrobić” – mówi jeden z mieszkańców ul. Leśnej, który prosi o niepodawanie nazwiska.",
"Gmina rozdaje zamykane kontenery na odpady w ramach akcji „Bezpieczny kosz”. Pierwsze sto ma trafić do mieszkańców jeszcze w tym tygodniu.",
], quotes=[
("Wczoraj o szóstej rano wyszłam z psem i stała dziesięć metrów ode mnie. Nigdy w życiu tak szybko nie wracałam do domu", "Halina Kowalczyk", {}),
("Nie chcemy, żeby komukolwiek stała się krzywda, ani ludziom, ani niedźwiedziom. Ale czekanie na decyzję urzędników to nie jest plan", "Marek Zieliński", {}),
("Dopóki kosze będą otwarte, a owoce będą gnić w sadach, niedźwiedzie będą wracać. Odstraszanie bez sprzątania niczego nie zmieni", "Anna Wróbel", {"accept": ["Wróbel", "dr Anny Wróbel"]}),
("w trybie pilnym", "Tomasz Nowicki", {}),
("Rodzice są przerażeni, telefon dzwoni od rana", "Ewa Mazur", {}),
("Kupiłem gaz pieprzowy i latarkę. Więcej nie mogę zrobić", "jeden z mieszkańców ul. Leśnej", {"unnamed": ["mieszkańców", "mieszkaniec"]}),
("Bezpieczny kosz", None, {}),
]))

B11.append(dict(id="sv-vindkraft-renskotsel", lang="sv", paras=[
"Samebyn överklagar vindkraftsparken vid Storberget",
"ARVIDSJAUR Samebyn Vuolleluokta överklagar länsstyrelsens beslut att tillåta 42 vindkraftverk på Storberget. Enligt samebyn skulle parken skära av renarnas viktigaste flyttled mellan sommar- och vinterbete.",
"– Det här är inte en fråga om att vara för eller emot vindkraft. Det är en fråga om renskötseln överlever i vårt område eller inte, säger ordföranden Nils-Anders Kuhmunen.",
"Han berättar att renarna redan i dag tvingas runt två gruvor och en ny kraftledning.",
"– Varje gång säger man att just det här projektet är litet. Men till slut finns det ingenting kvar, säger han.",
"Bolaget bakom parken, Norrvind AB, menar att man tagit stor hänsyn till rennäringen. ”Vi har flyttat tolv verk och lovat att stänga av parken under kalvningen i maj”, skriver vd Karin Öberg i en kommentar till tidningen.",
"Länsstyrelsen bedömer att parken går att förena med renskötseln. ”Beslutet har föregåtts av en noggrann prövning”, uppger enhetschefen Johan Lindmark.",
"Kommunen är splittrad. Kommunalrådet Eva Sundqvist (S) välkomnar de cirka 60 arbetstillfällen som parken väntas ge under byggtiden. ”Vi behöver jobben, men inte till vilket pris som helst”, säger hon till Norrbottens-Kuriren.",
"Oppositionsrådet Lars-Erik Holm (C) kallar däremot beslutet ”ett svek mot samerna”.",
"Enligt en forskare vid Sveriges lantbruksuniversitet som studerat renarnas beteende nära vindkraftverk undviker djuren ofta områden inom några kilometer från verken. ”Effekten är tydligast under byggtiden, men den försvinner inte helt”, säger forskaren.",
"Ärendet går nu vidare till mark- och miljödomstolen i Umeå, som inte väntas avgöra målet förrän nästa höst. Samebyn har startat en insamling under parollen ”Låt renen gå”.",
], quotes=[
("Det här är inte en fråga om att vara för eller emot vindkraft. Det är en fråga om renskötseln överlever i vårt område eller inte", "Nils-Anders Kuhmunen", {}),
("Varje gång säger man att just det här projektet är litet. Men till slut finns det ingenting kvar", "Nils-Anders Kuhmunen", {}),
("Vi har flyttat tolv verk och lovat att stänga av parken under kalvningen i maj", "Karin Öberg", {}),
("Beslutet har föregåtts av en noggrann prövning", "Johan Lindmark", {}),
("Vi behöver jobben, men inte till vilket pris som helst", "Eva Sundqvist", {}),
("ett svek mot samerna", "Lars-Erik Holm", {}),
("Effekten är tydligast under byggtiden, men den försvinner inte helt", "en forskare vid Sveriges lantbruksuniversitet", {"unnamed": ["forskare", "forskaren"]}),
("Låt renen gå", None, {}),
]))

# Batch 12: written at the start of a later release (session 22), before any of its rules and before the
# engine ran on it, as a READ batch (as batch 10): its misses are read to write that release's rules. One
# article each in Russian, Ukrainian, Czech, Turkish, Romanian, Danish, Norwegian and Catalan (Turkish the
# one language the measured batches hold that no read batch did), each 250-450 words, in the country's
# press style: «…» with "— сказал", „…“ with "řekl" after a comma, “…” dedi, „…”, a declarat, »…,« siger,
# «…», sier, «…» ha dit; a pronoun or a dropped subject after a named person, a role or a long
# description before a name, a definite synonym for a person named before, "one of the …" as an unnamed
# source, "according to" a name, a quotation running over two paragraphs (its opening mark repeated as
# each press does), and a newspaper, campaign, faction or exhibition in quotation marks that nobody speaks.
# Every person, and the smaller places, invented. Labelled while writing.
B12 = []

B12.append(dict(id="ru-aeroport-verkhnekamsk", lang="ru", paras=[
"В Верхнекамске на четыре месяца закроют аэропорт",
"ВЕРХНЕКАМСК, 4 декабря. Аэропорт Верхнекамска с 15 января закроется на реконструкцию взлетно-посадочной полосы, сообщили в пресс-службе регионального правительства. Рейсы в Москву и Санкт-Петербург перенесут в соседний Усть-Луговск, до которого почти три часа езды.",
"«Полосе больше сорока лет, покрытие разрушается быстрее, чем мы успеваем его латать. Откладывать ремонт дальше нельзя», — заявил на брифинге министр транспорта области Виктор Самойлов.",
"По его словам, работы обойдутся в 2,1 млрд рублей, из которых две трети выделит федеральный бюджет. Министр пообещал, что аэропорт откроется не позднее 20 мая. «Подрядчик будет работать в три смены, в том числе по выходным», — добавил он.",
"Жители города восприняли новость без энтузиазма. «Моя мама живет в Петербурге, ей восемьдесят лет. Теперь, чтобы к ней слетать, мне придется вставать в четыре утра и ехать по трассе, где зимой сплошной гололед», — рассказала «Вечернему Верхнекамску» учительница Анна Гордеева.",
"Директор аэропорта Олег Бережной признал, что закрытие ударит по бюджету предприятия. Сотрудников, по его словам, не сократят: часть отправят в отпуска, часть переведут на ремонт терминала.",
"«Мы никого не увольняем. Люди, которые проработали здесь по двадцать лет, нам нужны и после мая», — подчеркнул Бережной.",
"Иначе смотрят на ситуацию сами сотрудники. Один из диспетчеров, попросивший не называть его имени, рассказал, что о переводе в Усть-Луговск им сообщили всего за неделю.",
"«Никто не спросил, как мы будем добираться. Служебного автобуса нет, жилья нет.",
"«Мы узнали обо всем из чата, а не от начальства», — сказал он.",
"Областная прокуратура уже начала проверку по жалобе сотрудников. Бесплатные автобусы до Усть-Луговска, как обещают власти, будут ходить четыре раза в день. Акция «Верните нам небо», которую жители планируют провести в субботу у здания правительства, пока не согласована.",
], quotes=[
("Полосе больше сорока лет, покрытие разрушается быстрее, чем мы успеваем его латать. Откладывать ремонт дальше нельзя", "Виктор Самойлов", {}),
("Подрядчик будет работать в три смены, в том числе по выходным", "Виктор Самойлов", {}),
("Моя мама живет в Петербурге, ей восемьдесят лет. Теперь, чтобы к ней слетать, мне придется вставать в четыре утра и ехать по трассе, где зимой сплошной гололед", "Анна Гордеева", {}),
("Вечернему Верхнекамску", None, {}),
("Мы никого не увольняем. Люди, которые проработали здесь по двадцать лет, нам нужны и после мая", "Олег Бережной", {}),
("Никто не спросил, как мы будем добираться. Служебного автобуса нет, жилья нет.", "один из диспетчеров", {"unnamed": ["диспетчеров", "диспетчер"]}),
("Мы узнали обо всем из чата, а не от начальства", "один из диспетчеров", {"unnamed": ["диспетчеров", "диспетчер"]}),
("Верните нам небо", None, {}),
]))

B12.append(dict(id="uk-troleibus-zarichchia", lang="uk", paras=[
"У Заріччі закривають тролейбусне депо: маршрути передадуть автобусам",
"ЗАРІЧЧЯ. Міська рада Заріччя у четвер ухвалила рішення закрити тролейбусне депо на вулиці Садовій і до кінця року замінити три тролейбусні маршрути автобусними. За рішення проголосували 24 депутати з 36. Голосування відбулося після дискусії, що тривала майже чотири години: частина депутатів пропонувала відкласти його до весни.",
"«Контактна мережа не ремонтувалася з вісімдесятих років. Щомісяця ми маємо по кілька обривів, і щоразу це ризик для людей», — сказав на сесії міський голова Богдан Ярошенко.",
"За словами мера, модернізація мережі коштувала б місту понад 300 мільйонів гривень, тоді як нові автобуси обійдуться втричі дешевше. Він також пообіцяв, що вартість проїзду не зміниться.",
"Проти рішення виступила фракція «Рідне місто». Її керівниця Оксана Лисенко назвала закриття депо «кроком назад».",
"«Усі європейські міста повертаються до електротранспорту, а ми робимо навпаки. Автобуси — це дизель, шум і брудне повітря на центральних вулицях», — наголосила депутатка.",
"У депо працюють 140 людей. За словами голови профспілкової організації підприємства Василя Гончарука, водіям тролейбусів запропонували перекваліфікуватися, але не всім.",
"«Нам кажуть: вчіться на автобус за власний кошт. А це три місяці навчання без зарплати», — пояснив Гончарук журналістам.",
"Одна з водійок, яка двадцять років працює на маршруті № 3, не приховує сліз.",
"«Я знаю кожного пасажира на цьому маршруті. Бабусі чекають саме на мій тролейбус, бо я завжди почекаю, поки вони сядуть.",
"«Що з ними буде, коли тролейбусів не стане, я не знаю», — каже жінка.",
"Петиція «Збережемо тролейбус», опублікована на сайті міської ради, за тиждень зібрала понад дві тисячі підписів. Остаточно депо закриють 1 грудня, повідомили у департаменті транспорту міськради.",
], quotes=[
("Контактна мережа не ремонтувалася з вісімдесятих років. Щомісяця ми маємо по кілька обривів, і щоразу це ризик для людей", "Богдан Ярошенко", {}),
("Рідне місто", None, {}),
("кроком назад", "Оксана Лисенко", {}),
("Усі європейські міста повертаються до електротранспорту, а ми робимо навпаки. Автобуси — це дизель, шум і брудне повітря на центральних вулицях", "Оксана Лисенко", {}),
("Нам кажуть: вчіться на автобус за власний кошт. А це три місяці навчання без зарплати", "Василь Гончарук", {"accept": ["Гончарук", "Василя Гончарука"]}),
("Я знаю кожного пасажира на цьому маршруті. Бабусі чекають саме на мій тролейбус, бо я завжди почекаю, поки вони сядуть.", "одна з водійок", {"unnamed": ["водійок", "водійка"]}),
("Що з ними буде, коли тролейбусів не стане, я не знаю", "одна з водійок", {"unnamed": ["водійок", "водійка"]}),
("Збережемо тролейбус", None, {}),
]))

B12.append(dict(id="cs-zamek-horni-lhota", lang="cs", paras=[
"Bouře strhla část střechy zámku v Horní Lhotě, oprava potrvá roky",
"HORNÍ LHOTA – Silný vítr v noci na neděli strhl zhruba třetinu střechy zámku v Horní Lhotě na Jesenicku. Do budovy zatéká, památkáři proto museli urychleně vystěhovat část sbírek z druhého patra.",
"„Když jsem ráno přijel, ležely tašky po celém nádvoří a krov zůstal úplně odkrytý. Takovou škodu jsem za třicet let nezažil,“ řekl kastelán zámku Miroslav Dvořák.",
"Podle něj se podařilo zachránit všechny obrazy i knihovnu. Poškozený je ale štukový strop v hlavním sále. „Pokud se nám do zimy nepodaří střechu provizorně zakrýt, štuky se zřítí,“ dodal.",
"Zámek patří Národnímu památkovému ústavu. Jeho mluvčí Petra Hájková uvedla, že ústav požádá ministerstvo kultury o mimořádnou dotaci. Škodu odhadla na desítky milionů korun.",
"„Oprava historického krovu není otázkou týdnů. Počítáme se dvěma až třemi lety,“ uvedla pro ČTK Hájková.",
"Starosta Horní Lhoty Jaroslav Beneš (STAN) se obává dopadu na obec. Zámek podle něj loni navštívilo přes 40 tisíc turistů a z jejich útrat žijí místní restaurace i penzion.",
"„Pro naši obec je zámek všechno. Když bude zavřený, lidé sem prostě nepřijedou,“ řekl starosta. Obec proto nabídla na zajištění střechy půl milionu korun ze svého rozpočtu.",
"Jeden z hasičů, kteří v neděli pomáhali s vyklízením, popsal situaci jako dramatickou.",
"„Vítr byl tak silný, že jsme nemohli použít žebřík. Sbírky jsme nosili po schodech v dekách, kus po kusu.",
"„Nikdo nebyl zraněn, to je to hlavní,“ řekl hasič.",
"Zámecká sezona měla v příštím roce začít výstavou „Život na venkovském sídle“. Její otevření se nyní odkládá na neurčito.",
], quotes=[
("Když jsem ráno přijel, ležely tašky po celém nádvoří a krov zůstal úplně odkrytý. Takovou škodu jsem za třicet let nezažil,", "Miroslav Dvořák", {}),
("Pokud se nám do zimy nepodaří střechu provizorně zakrýt, štuky se zřítí,", "Miroslav Dvořák", {}),
("Oprava historického krovu není otázkou týdnů. Počítáme se dvěma až třemi lety,", "Petra Hájková", {}),
("Pro naši obec je zámek všechno. Když bude zavřený, lidé sem prostě nepřijedou,", "Jaroslav Beneš", {}),
("Vítr byl tak silný, že jsme nemohli použít žebřík. Sbírky jsme nosili po schodech v dekách, kus po kusu.", "jeden z hasičů", {"unnamed": ["hasičů", "hasič"]}),
("Nikdo nebyl zraněn, to je to hlavní,", "jeden z hasičů", {"unnamed": ["hasičů", "hasič"]}),
("Život na venkovském sídle", None, {}),
]))

B12.append(dict(id="tr-vapur-kumkale", lang="tr", paras=[
"Çınarlı–Kumkale vapur seferleri kaldırıldı, mahalleli tepkili",
"İZMİR – Körfez'de 40 yıldır süren Çınarlı–Kumkale vapur hattı, 1 Ocak'tan itibaren kaldırılıyor. Kararı belediyenin deniz ulaşımı şirketi Körfez Hatları açıkladı. Hattı günde ortalama 300 yolcu kullanıyordu.",
"Körfez Hatları Genel Müdürü Selim Aydoğan, hattın her yıl 18 milyon lira zarar ettiğini söyledi. Aydoğan, “Gemilerimiz 35 yaşında, yedek parça bulamıyoruz. Bu koşullarda seferleri güvenli şekilde sürdürmemiz mümkün değil” dedi.",
"Yolcular için ek otobüs seferleri konulacağını belirten Aydoğan, “Hiçbir vatandaşımız mağdur edilmeyecek” ifadesini kullandı.",
"Şirketin açıklamasına göre hattaki iki gemi yeni yıldan itibaren Karşıyaka ve Bostanlı seferlerinde kullanılacak. Kumkale iskelesinin ise kafe ve sergi alanına dönüştürülmesi planlanıyor. Belediye meclisinde geçen ay yapılan bütçe görüşmelerinde deniz ulaşımına ayrılan payın yüzde 12 azaltılması da tartışmalara neden olmuştu.",
"Karar, hattın geçtiği mahallelerde tepkiyle karşılandı. Kumkale Mahallesi Muhtarı Hatice Demirtaş, kararın kendilerine sorulmadan alındığını söyledi.",
"“Vapur bizim için bir ulaşım aracından fazlası. Yaşlılarımız, öğrencilerimiz her sabah bu vapurla karşıya geçiyor. Otobüsle aynı yol bir buçuk saat sürüyor” diye konuştu.",
"Hat üzerinde 22 yıldır çalışan bir kaptan da kararı üzüntüyle karşıladı. Adının yazılmasını istemeyen kaptan, “Bu hatta doğdum büyüdüm desem yeridir. Yolcuların hepsini tanırım” dedi.",
"Muhalefet partisinin meclis üyesi Orhan Kılıç ise konuyu meclis gündemine taşıyacağını açıkladı. Kılıç, kararı “aceleye getirilmiş bir tasarruf” olarak nitelendirdi ve şunları söyledi:",
"“Belediye başkanı seçim öncesinde deniz ulaşımını güçlendireceğini vaat etmişti. Şimdi tam tersini yapıyor.",
"“Mahalle halkıyla birlikte imza kampanyası başlatacağız ve kararın geri alınmasını isteyeceğiz.”",
"Mahalle sakinlerinin sosyal medyada başlattığı “Vapurumuza dokunma” kampanyasına şimdiden binlerce kişi destek verdi. Belediye yönetiminden konuya ilişkin ek bir açıklama yapılmadı.",
], quotes=[
("Gemilerimiz 35 yaşında, yedek parça bulamıyoruz. Bu koşullarda seferleri güvenli şekilde sürdürmemiz mümkün değil", "Selim Aydoğan", {}),
("Hiçbir vatandaşımız mağdur edilmeyecek", "Selim Aydoğan", {}),
("Vapur bizim için bir ulaşım aracından fazlası. Yaşlılarımız, öğrencilerimiz her sabah bu vapurla karşıya geçiyor. Otobüsle aynı yol bir buçuk saat sürüyor", "Hatice Demirtaş", {}),
("Bu hatta doğdum büyüdüm desem yeridir. Yolcuların hepsini tanırım", "bir kaptan", {"unnamed": ["kaptan"]}),
("aceleye getirilmiş bir tasarruf", "Orhan Kılıç", {}),
("Belediye başkanı seçim öncesinde deniz ulaşımını güçlendireceğini vaat etmişti. Şimdi tam tersini yapıyor.", "Orhan Kılıç", {}),
("Mahalle halkıyla birlikte imza kampanyası başlatacağız ve kararın geri alınmasını isteyeceğiz.", "Orhan Kılıç", {}),
("Vapurumuza dokunma", None, {}),
]))

B12.append(dict(id="ro-spital-sanmihai", lang="ro", paras=[
"Spitalul din Sânmihai amână operațiile: nu mai are niciun medic anestezist",
"SÂNMIHAI – Spitalul Orășenesc din Sânmihai a suspendat de luni toate intervențiile chirurgicale programate, după ce ultimul medic anestezist al unității și-a dat demisia. Aproximativ 60 de pacienți au fost anunțați că operațiile lor se amână.",
"„Încercăm să angajăm un anestezist de peste un an. Am scos postul la concurs de cinci ori și nu s-a prezentat nimeni”, a declarat managerul spitalului, Cristian Moldovan.",
"Potrivit acestuia, urgențele chirurgicale vor fi transferate la Spitalul Județean, aflat la 70 de kilometri. „Nu lăsăm niciun pacient fără îngrijire, dar drumul durează peste o oră”, a recunoscut managerul.",
"Primarul orașului, Ionel Pătrașcu, a spus că primăria este dispusă să ofere o locuință gratuită și un bonus lunar medicului care ar accepta postul. „Facem tot ce ține de noi. Nu putem accepta ca un oraș de 20.000 de locuitori să rămână fără chirurgie”, a spus edilul.",
"Pacienții sunt însă revoltați. Maria Ciobanu, în vârstă de 64 de ani, aștepta de trei luni o operație de fiere.",
"„Mi-au spus la telefon să mă duc la Județean. Cu ce să mă duc? Nu am mașină, iar autobuzul pleacă o dată pe zi”, spune femeia.",
"O asistentă din secția de chirurgie, care a dorit să-și păstreze anonimatul, susține că problema era cunoscută de mult.",
"„Toată lumea știa că doctorul pleacă. Și-a anunțat demisia încă din vară.",
"„Conducerea a așteptat o minune în loc să caute soluții”, a spus asistenta.",
"Ministerul Sănătății a transmis, printr-un comunicat, că „analizează situația” și că va trimite temporar un medic din rezerva ministerului. Sindicatul „Sanitas” a anunțat un protest pentru vineri, în fața spitalului.",
], quotes=[
("Încercăm să angajăm un anestezist de peste un an. Am scos postul la concurs de cinci ori și nu s-a prezentat nimeni", "Cristian Moldovan", {}),
("Nu lăsăm niciun pacient fără îngrijire, dar drumul durează peste o oră", "Cristian Moldovan", {}),
("Facem tot ce ține de noi. Nu putem accepta ca un oraș de 20.000 de locuitori să rămână fără chirurgie", "Ionel Pătrașcu", {}),
("Mi-au spus la telefon să mă duc la Județean. Cu ce să mă duc? Nu am mașină, iar autobuzul pleacă o dată pe zi", "Maria Ciobanu", {}),
("Toată lumea știa că doctorul pleacă. Și-a anunțat demisia încă din vară.", "o asistentă din secția de chirurgie", {"unnamed": ["asistentă", "asistenta"]}),
("Conducerea a așteptat o minune în loc să caute soluții", "o asistentă din secția de chirurgie", {"unnamed": ["asistentă", "asistenta"]}),
("analizează situația", "Ministerul Sănătății", {}),
("Sanitas", None, {}),
]))

B12.append(dict(id="da-skole-vestervang", lang="da", paras=[
"Vestervang Skole lukker – forældre vil kæmpe videre",
"VESTERVANG – Byrådet i Limfjord Kommune besluttede tirsdag aften med 17 stemmer mod 10 at lukke Vestervang Skole fra næste skoleår. Skolens 94 elever skal fremover gå i skole i Hurup, 14 kilometer væk. Skolen blev bygget i 1958 og har i dag fem klasser, hvor flere årgange undervises sammen.",
"»Det er en af de sværeste beslutninger, jeg har været med til at træffe. Men vi har ganske enkelt ikke elever nok til at drive en god skole,« siger borgmester Jens Kristian Holm (V).",
"Ifølge borgmesteren vil kommunen spare omkring fire millioner kroner om året. Pengene skal bruges på at renovere de øvrige skoler i kommunen.",
"Forældrene er skuffede. Mette Søgaard, der har to børn på skolen og er formand for skolebestyrelsen, kalder beslutningen »kortsigtet«.",
"»Skolen er det sidste, vi har tilbage i byen. Når den lukker, flytter børnefamilierne, og så lukker købmanden også,« siger hun.",
"En lærer på skolen, der ikke ønsker sit navn frem, fortæller, at personalet først hørte om lukningen gennem lokalavisen.",
"»Vi har hele tiden fået at vide, at skolen ikke var i fare. Det føles som et svigt,« siger læreren.",
"Byrådsmedlem Susanne Kjær (S) stemte imod. Hun mener, at kommunen ikke har undersøgt alternativerne godt nok.",
"»Man kunne have lavet en fælles ledelse med Hurup og bevaret undervisningen af de små klasser her i byen.",
"»Det har flertallet ikke villet se på,« siger Susanne Kjær.",
"Forældrene har startet underskriftindsamlingen »Bevar Vestervang« og overvejer at oprette en friskole. »Vi giver ikke op,« lyder det fra Mette Søgaard.",
], quotes=[
("Det er en af de sværeste beslutninger, jeg har været med til at træffe. Men vi har ganske enkelt ikke elever nok til at drive en god skole,", "Jens Kristian Holm", {}),
("kortsigtet", "Mette Søgaard", {}),
("Skolen er det sidste, vi har tilbage i byen. Når den lukker, flytter børnefamilierne, og så lukker købmanden også,", "Mette Søgaard", {}),
("Vi har hele tiden fået at vide, at skolen ikke var i fare. Det føles som et svigt,", "en lærer på skolen", {"unnamed": ["lærer", "læreren"]}),
("Man kunne have lavet en fælles ledelse med Hurup og bevaret undervisningen af de små klasser her i byen.", "Susanne Kjær", {}),
("Det har flertallet ikke villet se på,", "Susanne Kjær", {}),
("Bevar Vestervang", None, {}),
("Vi giver ikke op,", "Mette Søgaard", {}),
]))

B12.append(dict(id="nb-laks-storfjorden", lang="nb", paras=[
"Storm rev opp merd i Storfjorden: 40 000 laks har rømt",
"ÅLESUND – Rundt 40 000 oppdrettslaks har rømt fra et anlegg ved Hellevik i Storfjorden etter at stormen natt til søndag rev opp en av merdene. Det bekrefter Fiskeridirektoratet.",
"«Dette er en alvorlig hendelse, og vi tar den svært alvorlig. Vi har allerede satt ut gjenfangstgarn i hele fjorden», sier daglig leder i Fjordlaks AS, Kari Brekke, til NRK.",
"Ifølge Brekke var anlegget inspisert i oktober uten at det ble funnet feil. Hun mener værforholdene var ekstreme.",
"«Vi målte vindkast på over 40 meter i sekundet. Ingen anlegg er bygget for å tåle slikt over tid», sier hun.",
"Lokale elveeiere frykter for villaksen. Leder i Storelva elveeierlag, Arne Tveit, sier at rømt laks kan gyte sammen med villfisken og svekke stammen.",
"«Det vi har bygget opp gjennom tretti år, kan bli ødelagt på én høst. Selskapet må ta regningen for hele oppryddingen», sier Tveit.",
"Fiskeridirektoratet har sendt inspektører til stedet. Seksjonssjef Bjørn Lien i direktoratet sier at saken vil bli fulgt opp.",
"«Vi skal gå gjennom alle dokumenter og se om selskapet har fulgt regelverket.",
"«Hvis det viser seg at utstyret ikke var godt nok, kan det bli aktuelt med en politianmeldelse», sier Lien.",
"En fisker fra Stranda, som ikke vil stå fram med navn, forteller at han allerede har fått laks i garnet.",
"«Jeg fikk tolv laks i går kveld, alle med slitte finner. Det er tydelig oppdrettsfisk», sier fiskeren.",
"Miljøorganisasjonen Natur og Ungdom har lansert kampanjen «Lukk merdene» og krever at alle anlegg i fjorden flyttes på land.",
], quotes=[
("Dette er en alvorlig hendelse, og vi tar den svært alvorlig. Vi har allerede satt ut gjenfangstgarn i hele fjorden", "Kari Brekke", {}),
("Vi målte vindkast på over 40 meter i sekundet. Ingen anlegg er bygget for å tåle slikt over tid", "Kari Brekke", {}),
("Det vi har bygget opp gjennom tretti år, kan bli ødelagt på én høst. Selskapet må ta regningen for hele oppryddingen", "Arne Tveit", {}),
("Vi skal gå gjennom alle dokumenter og se om selskapet har fulgt regelverket.", "Bjørn Lien", {}),
("Hvis det viser seg at utstyret ikke var godt nok, kan det bli aktuelt med en politianmeldelse", "Bjørn Lien", {}),
("Jeg fikk tolv laks i går kveld, alle med slitte finner. Det er tydelig oppdrettsfisk", "en fisker fra Stranda", {"unnamed": ["fisker", "fiskeren"]}),
("Lukk merdene", None, {}),
]))

B12.append(dict(id="ca-rodalies-r17", lang="ca", paras=[
"Rodalies suspèn l'R17 entre Vilanova de Segrià i Torrefonda durant tres mesos per obres",
"LLEIDA – Els trens de la línia R17 deixaran de circular entre Vilanova de Segrià i Torrefonda a partir del 8 de gener per les obres de renovació de la via, que s'allargaran com a mínim fins a l'abril. Els prop de 2.500 viatgers diaris hauran d'utilitzar un servei alternatiu d'autobusos.",
"«És una obra imprescindible. Hi ha trams on els trens han de circular a trenta quilòmetres per hora perquè la via no aguanta més», ha explicat la consellera de Territori, Montserrat Vilaró, en roda de premsa.",
"Segons la consellera, el Govern ha negociat amb Adif que les obres es facin en tres mesos en lloc dels sis previstos inicialment. «No ens agrada tallar una línia, però és la manera de fer-ho més ràpid», ha afegit.",
"L'alcaldessa de Torrefonda, Núria Pallarès, ha criticat que els ajuntaments s'hagin assabentat del tall per la premsa. «Ningú ens ha trucat. Tenim centenars d'estudiants que cada dia van a Lleida i que ara perdran una hora cada trajecte», ha lamentat.",
"Pallarès també ha demanat que els autobusos parin a tots els pobles: «Si l'autobús només para a les capitals de comarca, la gent gran dels pobles petits es quedarà tancada a casa».",
"Els usuaris, agrupats en la plataforma Dignitat a les Vies, també han mostrat el seu malestar. Un dels portaveus de la plataforma, Jordi Solsona, considera que el servei ja era deficient abans de les obres.",
"«Portem anys patint retards i avaries. Ara ens demanen paciència tres mesos més.",
"«Paciència ja no ens en queda», ha dit Solsona.",
"Una treballadora de Renfe que fa anys que treballa a l'estació de Torrefonda, i que ha preferit no dir el seu nom, assegura que la plantilla tampoc no sap què passarà.",
"«Ens han dit que ens traslladaran a Lleida, però ningú no ens ha donat cap data», ha explicat la treballadora.",
"Rodalies ha habilitat un telèfon d'informació i ha llançat la campanya «Viatja amb nosaltres» per explicar els horaris dels autobusos.",
], quotes=[
("És una obra imprescindible. Hi ha trams on els trens han de circular a trenta quilòmetres per hora perquè la via no aguanta més", "Montserrat Vilaró", {}),
("No ens agrada tallar una línia, però és la manera de fer-ho més ràpid", "Montserrat Vilaró", {}),
("Ningú ens ha trucat. Tenim centenars d'estudiants que cada dia van a Lleida i que ara perdran una hora cada trajecte", "Núria Pallarès", {}),
("Si l'autobús només para a les capitals de comarca, la gent gran dels pobles petits es quedarà tancada a casa", "Núria Pallarès", {}),
("Portem anys patint retards i avaries. Ara ens demanen paciència tres mesos més.", "Jordi Solsona", {}),
("Paciència ja no ens en queda", "Jordi Solsona", {}),
("Ens han dit que ens traslladaran a Lleida, però ningú no ens ha donat cap data", "una treballadora de Renfe", {"unnamed": ["treballadora"]}),
("Viatja amb nosaltres", None, {}),
]))

# Batch 13: written at the start of a later release (session 23) by a helper who writes no rules, before
# any of that release's rules and before the engine ran on it. One article each in Russian, Ukrainian,
# Czech, Turkish, Danish, Norwegian (bokmål), Romanian and Catalan, 250-400 words, in the country's press
# style (its quotation marks, the verb after the quotation, "по словам", "за словами", "podle", "'e göre",
# "ifølge", "potrivit", "segons", Norwegian speech dashes), two people of one surname in four of them.
# Every person, and the smaller places, invented. Labelled while writing. Only measured.
B13 = []

B13.append(dict(id="ru-muzei-zaozersk", lang="ru", paras=[
"В Заозёрске прорыв трубы затопил фонды краеведческого музея",
"ЗАОЗЁРСК, 3 декабря. В ночь на вторник в подвале Заозёрского краеведческого музея прорвало трубу отопления. Горячая вода залила хранилище, где находилось около шести тысяч единиц хранения — документы, фотографии и подшивки старых газет.",
"«Когда мы спустились в подвал, воды было по колено, а над ней стоял пар. Первым делом мы начали выносить коробки с фотографиями, потому что они гибнут быстрее всего», — рассказала директор музея Светлана Корнилова.",
"По её словам, сотрудники и волонтёры работали до утра и успели поднять наверх больше половины фондов. Намокшие документы сейчас сушат в выставочном зале, разложив их на столах и прямо на полу.",
"Главный хранитель музея Андрей Корнилов, муж директора, считает, что часть газет спасти уже не удастся.",
"«Подшивки районной газеты за пятидесятые годы пролежали в воде несколько часов. Бумага там очень плохая, она просто расползается в руках», — сказал он.",
"Подвал музея, по данным городской администрации, не ремонтировался с 1987 года. Трубы, которые проходят через хранилище, давно признаны изношенными.",
"«Мы трижды писали в администрацию, что трубы нужно менять или хотя бы выводить из хранилища. Ответ был один: денег нет», — утверждает Светлана Корнилова.",
"В администрации Заозёрска с этим не согласны. Заместитель главы города Игорь Мельников заявил, что ремонт подвала был включён в план на следующий год.",
"«Никто музею не отказывал. Проект был готов, деньги заложены в бюджет. К сожалению, авария случилась раньше», — сказал чиновник.",
"Источник в городской администрации, пожелавший остаться неизвестным, рассказал, что заявки музея годами «терялись между кабинетами».",
"На помощь музею уже пришли реставраторы из областного архива. По словам реставратора Натальи Гусевой, размокшие документы нужно как можно быстрее заморозить. «Заморозка останавливает плесень. Потом бумагу можно сушить постепенно, и большую часть удастся сохранить», — пояснила она.",
"Жители города откликнулись на призыв музея в соцсетях: в акции «Спасём архив» за два дня приняли участие больше сотни волонтёров. О случившемся первой сообщила газета «Заозёрская правда».",
], quotes=[
("Когда мы спустились в подвал, воды было по колено, а над ней стоял пар. Первым делом мы начали выносить коробки с фотографиями, потому что они гибнут быстрее всего", "Светлана Корнилова", {}),
("Подшивки районной газеты за пятидесятые годы пролежали в воде несколько часов. Бумага там очень плохая, она просто расползается в руках", "Андрей Корнилов", {}),
("Мы трижды писали в администрацию, что трубы нужно менять или хотя бы выводить из хранилища. Ответ был один: денег нет", "Светлана Корнилова", {}),
("Никто музею не отказывал. Проект был готов, деньги заложены в бюджет. К сожалению, авария случилась раньше", "Игорь Мельников", {}),
("терялись между кабинетами", "источник в городской администрации", {"unnamed": ["источник"]}),
("Заморозка останавливает плесень. Потом бумагу можно сушить постепенно, и большую часть удастся сохранить", "Наталья Гусева", {"accept": ["Гусева", "Натальи Гусевой", "Гусевой"]}),
("Спасём архив", None, {}),
("Заозёрская правда", None, {}),
]))

B13.append(dict(id="uk-bdzholy-stari-bilky", lang="uk", paras=[
"На Полтавщині пасічники звинувачують агрохолдинг у масовій загибелі бджіл",
"СТАРІ БІЛКИ. Пасічники села Старі Білки на Полтавщині за два дні втратили понад чотириста бджолосімей. Вони переконані, що бджоли загинули після того, як сусіднє поле соняшнику обробили пестицидами в розпал цвітіння.",
"«Я вийшов зранку до вуликів, а під кожним — ціла купа мертвих бджіл. Тридцять років тримаю пасіку, такого ще не бачив», — розповів пасічник Микола Дорошенко.",
"За словами Дорошенка, про обробку поля ніхто не попереджав, хоча закон зобов'язує аграріїв повідомляти пасічників щонайменше за три доби.",
"Поле орендує агрохолдинг «Зелена долина». У компанії свою провину заперечують. Керівниця відділу комунікацій Ірина Ткачук заявила, що обробку проводили ввечері й препаратом, дозволеним під час цвітіння.",
"«Ми дотрималися всіх вимог. Оголошення про обробку було розміщене на сайті сільської ради за чотири дні», — наголосила вона.",
"Пасічники кажуть, що про таке оголошення не знали. Голова місцевої спілки пасічників Ганна Дорошенко, сестра Миколи, назвала пояснення компанії «відпискою».",
"«Хто з пасічників щодня читає сайт сільради? Нормальна практика — зателефонувати або хоча б повісити оголошення біля магазину. Нам ніхто нічого не сказав», — каже жінка.",
"Пасічники зібрали мертвих бджіл і передали зразки до обласної лабораторії. Результати аналізу очікують наступного тижня. Один з інспекторів Держпродспоживслужби, який виїжджав на місце, неофіційно підтвердив, що ознаки отруєння є.",
"«Картина типова для отруєння: бджоли загинули одночасно, в усіх вуликах. Але офіційно говорити можна буде лише після аналізу», — сказав він.",
"Сільський голова Старих Білок Петро Гнатюк пообіцяв, що громада допоможе пасічникам із юристом.",
"«Якщо лабораторія підтвердить отруєння, ми підемо до суду разом із людьми. Мед — це половина доходу нашого села», — заявив голова громади.",
"Тим часом пасічники створили в соцмережах групу «Бджоли Полтавщини», де збирають свідчення з інших сіл області.",
], quotes=[
("Я вийшов зранку до вуликів, а під кожним — ціла купа мертвих бджіл. Тридцять років тримаю пасіку, такого ще не бачив", "Микола Дорошенко", {}),
("Зелена долина", None, {}),
("Ми дотрималися всіх вимог. Оголошення про обробку було розміщене на сайті сільської ради за чотири дні", "Ірина Ткачук", {}),
("відпискою", "Ганна Дорошенко", {}),
("Хто з пасічників щодня читає сайт сільради? Нормальна практика — зателефонувати або хоча б повісити оголошення біля магазину. Нам ніхто нічого не сказав", "Ганна Дорошенко", {}),
("Картина типова для отруєння: бджоли загинули одночасно, в усіх вуликах. Але офіційно говорити можна буде лише після аналізу", "один з інспекторів Держпродспоживслужби", {"unnamed": ["інспекторів", "інспектор"]}),
("Якщо лабораторія підтвердить отруєння, ми підемо до суду разом із людьми. Мед — це половина доходу нашого села", "Петро Гнатюк", {}),
("Бджоли Полтавщини", None, {}),
]))

B13.append(dict(id="cs-vetrniky-horni-kounice", lang="cs", paras=[
"Obyvatelé Horních Kounic v referendu odmítli větrné elektrárny",
"HORNÍ KOUNICE – Obyvatelé Horních Kounic na Vysočině v sobotním místním referendu odmítli výstavbu čtyř větrných elektráren na kopci nad obcí. Proti bylo 412 hlasujících, pro 287. Účast dosáhla 61 procent, výsledek je tedy pro zastupitelstvo závazný.",
"„Lidé jasně řekli, co chtějí, a my to budeme respektovat. Jednání s investorem ukončíme,“ řekl po sečtení hlasů starosta obce Pavel Novotný (nezávislý).",
"Starosta přitom před referendem projekt podporoval. Obec by podle něj z elektráren získávala zhruba dva miliony korun ročně, což je téměř pětina jejího rozpočtu.",
"Investor, společnost Vysočina Wind, s výsledkem nesouhlasí, ale podle svého mluvčího Tomáše Krále ho bere na vědomí.",
"„Mrzí nás to. Myslíme si, že lidé dostali o projektu řadu nepřesných informací, například o hluku,“ uvedl Král. Firma podle něj zvažuje jiné lokality v kraji.",
"Referendum vyvolal spolek Krajina bez vrtulí, který sesbíral přes 300 podpisů. Jeho předsedkyně Jana Novotná, která se starostou není příbuzná, označila výsledek za „vítězství zdravého rozumu“.",
"„Nejsme proti obnovitelným zdrojům. Jsme proti tomu, aby nám dvousetmetrové stožáry stály tři sta metrů od zahrad,“ dodala.",
"Ne všichni místní jsou ale spokojení. Jeden z místních podnikatelů, který nechtěl být jmenován, si myslí, že obec přišla o peníze, které mohla dát do opravy školy a chodníků.",
"„Za deset let tu nebude škola ani obchod a lidé budou vzpomínat, jak hezký byl odtud výhled,“ řekl podnikatel.",
"Podle Jany Novotné chce spolek nyní prosadit změnu územního plánu, která by stavbu větrníků v katastru obce zakázala úplně. Hejtman kraje Martin Bělohlávek výsledek komentoval stručně: „Rozhodli občané, a tím je věc uzavřená.“",
"Spolek plánuje na jaře vydat brožuru „Kopec patří nám“ o historii místní krajiny.",
], quotes=[
("Lidé jasně řekli, co chtějí, a my to budeme respektovat. Jednání s investorem ukončíme,", "Pavel Novotný", {}),
("Mrzí nás to. Myslíme si, že lidé dostali o projektu řadu nepřesných informací, například o hluku,", "Tomáš Král", {}),
("vítězství zdravého rozumu", "Jana Novotná", {}),
("Nejsme proti obnovitelným zdrojům. Jsme proti tomu, aby nám dvousetmetrové stožáry stály tři sta metrů od zahrad,", "Jana Novotná", {}),
("Za deset let tu nebude škola ani obchod a lidé budou vzpomínat, jak hezký byl odtud výhled,", "jeden z místních podnikatelů", {"unnamed": ["podnikatelů", "podnikatel"]}),
("Rozhodli občané, a tím je věc uzavřená.", "Martin Bělohlávek", {}),
("Kopec patří nám", None, {}),
]))

B13.append(dict(id="tr-heyelan-yukarikaya", lang="tr", paras=[
"Yukarıkaya köyünde heyelan: 14 ev boşaltıldı",
"RİZE – Karadere ilçesine bağlı Yukarıkaya köyünde, üç gündür süren yağışların ardından meydana gelen heyelan nedeniyle 14 ev boşaltıldı. Can kaybı ya da yaralanma olmadı, ancak köy yolunun bir bölümü tamamen çöktü.",
"AFAD İl Müdürü Kemal Yıldırım, bölgede çalışmaların sürdüğünü söyledi. Yıldırım, “Yamaçta hareket devam ediyor. Jeoloji ekiplerimizin raporu gelmeden hiçbir vatandaşımızın evine dönmesine izin vermeyeceğiz” dedi.",
"Yıldırım'a göre boşaltılan evlerde yaşayan 46 kişi, ilçedeki öğretmenevine ve akrabalarının yanına yerleştirildi.",
"Köyün muhtarı Fadime Kaya ise heyelan riskinin yıllardır bilindiğini söyledi. Köylülerin defalarca yetkililere başvurduğunu belirten Kaya, “Yamaçtaki çatlakları ilk kez 2019'da gördük, dilekçe verdik. Gelip baktılar, fotoğraf çektiler, gittiler” diye konuştu.",
"Evini boşaltmak zorunda kalan 72 yaşındaki Hasan Öztürk, gece yarısı gelen bir gürültüyle uyandığını anlattı. “Sanki dağ yerinden oynadı. Torunlarımı alıp dışarı koştum, arkama bile bakmadım” dedi.",
"Öztürk'ün oğlu Murat Öztürk de babasının evinin duvarlarında geniş yarıklar oluştuğunu söyledi. “Babam o evi kendi elleriyle yaptı. Şimdi içine girmemize bile izin yok” dedi.",
"Karadere Kaymakamı Serkan Aydın, köy yolunun onarımı için Karayolları ekiplerinin bölgeye sevk edildiğini açıkladı. Aydın, heyelanı “son 30 yılın en büyük toprak kayması” olarak nitelendirdi.",
"Bölgede çalışan bir jeoloji mühendisi ise adının yazılmamasını isteyerek riskin yalnızca bu köyle sınırlı olmadığını söyledi. Mühendis, “Vadideki en az beş köyde aynı zemin yapısı var. Önlem alınmazsa benzer olaylar tekrarlanacak” dedi.",
"Köylüler, sosyal medyada “Yukarıkaya'yı unutmayın” etiketiyle bir yardım kampanyası başlattı. Karadere Belediyesi de boşaltılan ailelere gıda ve battaniye yardımı yaptı. Meteoroloji, bölgede yağışların hafta sonuna kadar süreceğini bildirdi. Valilik ise köyde kalıcı konutlar için çalışma başlatılacağını duyurdu.",
], quotes=[
("Yamaçta hareket devam ediyor. Jeoloji ekiplerimizin raporu gelmeden hiçbir vatandaşımızın evine dönmesine izin vermeyeceğiz", "Kemal Yıldırım", {}),
("Yamaçtaki çatlakları ilk kez 2019'da gördük, dilekçe verdik. Gelip baktılar, fotoğraf çektiler, gittiler", "Fadime Kaya", {}),
("Sanki dağ yerinden oynadı. Torunlarımı alıp dışarı koştum, arkama bile bakmadım", "Hasan Öztürk", {}),
("Babam o evi kendi elleriyle yaptı. Şimdi içine girmemize bile izin yok", "Murat Öztürk", {}),
("son 30 yılın en büyük toprak kayması", "Serkan Aydın", {}),
("Vadideki en az beş köyde aynı zemin yapısı var. Önlem alınmazsa benzer olaylar tekrarlanacak", "bir jeoloji mühendisi", {"unnamed": ["mühendis", "mühendisi"]}),
("Yukarıkaya'yı unutmayın", None, {}),
]))

B13.append(dict(id="da-havnebad-norrekobing", lang="da", paras=[
"Havnebadet i Nørrekøbing lukket igen efter skybrud",
"NØRREKØBING – For tredje gang denne sommer har Nørrekøbing Kommune lukket havnebadet ved Kalkkajen, efter at målinger mandag viste for høje niveauer af kolibakterier i vandet. Årsagen er ifølge kommunen weekendens skybrud, som fik kloakkerne til at løbe over.",
"»Vi kan ikke anbefale nogen at bade, før vi har to rene prøver i træk. Det er ærgerligt midt i en hedebølge, men sundheden går forud,« siger Lars Mikkelsen, afdelingsleder i kommunens Teknik og Miljø.",
"Ifølge Mikkelsen tager kommunen nye prøver hver morgen, og badet kan tidligst åbne igen onsdag.",
"Byrådsmedlem Camilla Winther (K) kalder situationen »pinlig for en by, der kalder sig havneby«.",
"»Vi har vidst i ti år, at kloaksystemet ved havnen er for lille. Alligevel har man brugt pengene på en ny badebro i stedet for på rør under jorden,« siger hun.",
"Formanden for Teknik- og Miljøudvalget, Henrik Dahl (S), afviser kritikken.",
"»Vi har afsat 40 millioner kroner til at adskille regnvand og spildevand ved havnen. Men man graver ikke en hel bydel op på et år,« siger han.",
"Badegæsterne tager det forskelligt. Signe Holm, der bor i en lejlighed på Kalkkajen og bader hver morgen hele året, er ved at være træt af at tjekke kommunens hjemmeside.",
"»Det er tredje gang. Jeg begynder at tro, at skiltet med badning forbudt er det eneste, der er permanent her,« siger hun med et skævt smil.",
"En livredder fra badet, som ikke ønsker at stå frem med navn, fortæller, at personalet flere gange har måttet bortvise folk, der sprang i trods skiltene.",
"»Folk bliver sure på os, men vi har ikke lavet bakterierne,« siger livredderen.",
"Kommunen har i stedet lanceret appen »Badevand Nu«, der viser de seneste målinger fra alle byens badesteder. Ifølge Henrik Dahl skal appen på sigt også advare, før et skybrud rammer.",
], quotes=[
("Vi kan ikke anbefale nogen at bade, før vi har to rene prøver i træk. Det er ærgerligt midt i en hedebølge, men sundheden går forud,", "Lars Mikkelsen", {}),
("pinlig for en by, der kalder sig havneby", "Camilla Winther", {}),
("Vi har vidst i ti år, at kloaksystemet ved havnen er for lille. Alligevel har man brugt pengene på en ny badebro i stedet for på rør under jorden,", "Camilla Winther", {}),
("Vi har afsat 40 millioner kroner til at adskille regnvand og spildevand ved havnen. Men man graver ikke en hel bydel op på et år,", "Henrik Dahl", {}),
("Det er tredje gang. Jeg begynder at tro, at skiltet med badning forbudt er det eneste, der er permanent her,", "Signe Holm", {}),
("Folk bliver sure på os, men vi har ikke lavet bakterierne,", "en livredder fra badet", {"unnamed": ["livredder", "livredderen"]}),
("Badevand Nu", None, {}),
]))

B13.append(dict(id="nb-skisenter-fjellheim", lang="nb", paras=[
"Skisenteret i Fjellheim er konkurs – 40 sesongansatte uten jobb",
"FJELLHEIM (NTB): Fjellheim Skisenter AS ble mandag slått konkurs i Nord-Østerdal tingrett, bare tre uker før sesongstart. Rundt 40 sesongarbeidere hadde allerede skrevet under kontrakt for vinteren.",
"– Vi har kjempet i to år for å få økonomien på beina, men to dårlige vintre på rad og strømregningen ble for mye, sier daglig leder Eirik Sand til NTB.",
"Ifølge Sand skyldte selskapet over 18 millioner kroner, blant annet til kommunen og til leverandøren av de nye snøkanonene.",
"– Jeg er lei meg for alle som har gledet seg til vinteren, sier han.",
"Bostyrer, advokat Hilde Rønning, sier hun vil se på om anlegget kan drives videre denne sesongen.",
"– Det er for tidlig å si noe sikkert. Men et skisenter er verdt mest når heisene går, så vi skal forsøke å finne en løsning raskt, sier Rønning.",
"Ordfører i Fjellheim, Tor Arne Haugen (Sp), kaller konkursen «et hardt slag for hele bygda».",
"– Skisenteret er den største arbeidsplassen vi har om vinteren. Hyttefolket kommer hit for bakkene, og uten dem sliter både butikken og bensinstasjonen, sier han.",
"En av de sesongansatte, som ikke vil stå fram med navn, forteller at hun fikk vite om konkursen gjennom en melding på Facebook.",
"– Jeg sa opp jobben min i Trondheim for å komme hit. Nå står jeg uten både jobb og bolig, sier kvinnen.",
"Lokale krefter har allerede startet innsamlingsaksjonen «Redd bakkene», som ifølge initiativtaker Ola Brenden har samlet inn 600 000 kroner på to dager.",
"– Vi tror bygda kan eie skisenteret selv. Det er gjort før andre steder, sier Brenden.",
], quotes=[
("Vi har kjempet i to år for å få økonomien på beina, men to dårlige vintre på rad og strømregningen ble for mye", "Eirik Sand", {}),
("Jeg er lei meg for alle som har gledet seg til vinteren", "Eirik Sand", {}),
("Det er for tidlig å si noe sikkert. Men et skisenter er verdt mest når heisene går, så vi skal forsøke å finne en løsning raskt", "Hilde Rønning", {}),
("et hardt slag for hele bygda", "Tor Arne Haugen", {}),
("Skisenteret er den største arbeidsplassen vi har om vinteren. Hyttefolket kommer hit for bakkene, og uten dem sliter både butikken og bensinstasjonen", "Tor Arne Haugen", {}),
("Jeg sa opp jobben min i Trondheim for å komme hit. Nå står jeg uten både jobb og bolig", "en av de sesongansatte", {"unnamed": ["sesongansatte", "kvinnen"]}),
("Redd bakkene", None, {}),
("Vi tror bygda kan eie skisenteret selv. Det er gjort før andre steder", "Ola Brenden", {}),
]))

B13.append(dict(id="ro-urs-valea-brazilor", lang="ro", paras=[
"Urs în curtea unei grădinițe din centrul orașului Valea Brazilor",
"VALEA BRAZILOR – Un urs brun a fost surprins marți dimineață în curtea unei grădinițe din centrul orașului Valea Brazilor, la câteva minute după ce copiii fuseseră duși în clădire. Animalul a plecat singur spre pădure după aproximativ o jumătate de oră, fără să rănească pe nimeni.",
"„Am văzut ursul pe geam și am închis imediat ușile. Copiii nu au înțeles nimic, credeau că e un câine mare”, a declarat directoarea grădiniței, Elena Mureșan.",
"Potrivit acesteia, este a treia oară luna aceasta când un urs este văzut în apropierea grădiniței. Părinții au cerut deja ca gardul să fie înălțat.",
"Primarul orașului, Vasile Mureșan, care nu este rudă cu directoarea, a spus că a cerut de mai multe ori autorităților de mediu aprobarea pentru relocarea animalului.",
"„Nu mai putem aștepta până se întâmplă o tragedie. Avem cereri depuse din vară și niciun răspuns”, a spus edilul.",
"Agenția pentru Protecția Mediului a transmis că solicitarea primăriei este în analiză. Potrivit lui Daniel Popa, purtătorul de cuvânt al agenției, relocarea urșilor nu rezolvă problema pe termen lung.",
"„Un urs relocat se întoarce adesea în câteva săptămâni. Soluția este ca oamenii să nu mai lase gunoiul la îndemâna animalelor”, a explicat Popa.",
"Localnicii sunt împărțiți. Un pensionar care locuiește lângă grădiniță și care nu a vrut să-și spună numele susține că ursul coboară în oraș din cauza tomberoanelor lăsate deschise.",
"„Noaptea e plin de gunoaie pe stradă. Ursul nu e prost, vine unde găsește mâncare”, a spus bărbatul.",
"Jandarmii au anunțat că vor patrula în zona grădiniței în fiecare dimineață. Asociația „Carpați Sălbatici” a lansat o campanie de informare despre cum trebuie să se comporte oamenii când întâlnesc un urs.",
"Ioana Stan, mama unui băiețel de patru ani, spune că nu își va mai duce copilul la grădiniță până când problema nu va fi rezolvată. „Mi-e frică. Azi a fost la gard, mâine poate fi pe alee”, a spus ea.",
], quotes=[
("Am văzut ursul pe geam și am închis imediat ușile. Copiii nu au înțeles nimic, credeau că e un câine mare", "Elena Mureșan", {}),
("Nu mai putem aștepta până se întâmplă o tragedie. Avem cereri depuse din vară și niciun răspuns", "Vasile Mureșan", {}),
("Un urs relocat se întoarce adesea în câteva săptămâni. Soluția este ca oamenii să nu mai lase gunoiul la îndemâna animalelor", "Daniel Popa", {}),
("Noaptea e plin de gunoaie pe stradă. Ursul nu e prost, vine unde găsește mâncare", "un pensionar", {"unnamed": ["pensionar", "bărbatul"]}),
("Carpați Sălbatici", None, {}),
("Mi-e frică. Azi a fost la gard, mâine poate fi pe alee", "Ioana Stan", {}),
]))

B13.append(dict(id="ca-mercat-sant-roc", lang="ca", paras=[
"Un incendi destrueix una vintena de parades del Mercat de Sant Roc de Vilabella",
"VILABELLA – Un incendi declarat aquesta matinada ha destruït una vintena de parades del Mercat Municipal de Sant Roc, a Vilabella. Els Bombers de la Generalitat van rebre l'avís a les 3.40 hores i van necessitar gairebé tres hores per controlar les flames. No hi ha hagut ferits.",
"«Quan hem arribat, el foc ja havia arribat a la coberta i hi havia risc d'esfondrament. Hem treballat des de fora fins que l'estructura ha estat segura», ha explicat el cap d'intervenció dels Bombers, Xavier Ribas.",
"Segons els Bombers, el foc es va originar en una cambra frigorífica d'una de les parades de peix, tot i que els Mossos d'Esquadra investiguen les causes.",
"L'alcaldessa de Vilabella, Anna Ferrer, ha visitat el mercat a primera hora i s'ha compromès a ajudar els paradistes afectats. «Avui és un dia molt trist. El mercat és el cor del barri i el tornarem a aixecar», ha assegurat.",
"Ferrer ha anunciat que l'Ajuntament habilitarà una carpa provisional a la plaça del costat perquè els paradistes puguin reprendre la venda la setmana vinent.",
"Els paradistes, però, demanen ajudes directes. El president de l'Associació de Comerciants del Mercat, Josep Ferrer, ha qualificat la situació de «ruïna» per a moltes famílies.",
"«Hi ha gent que ho ha perdut tot: el gènere, les neveres, la balança. Una carpa està bé, però sense diners no podran tornar a obrir», ha dit Josep Ferrer, que no té cap relació familiar amb l'alcaldessa.",
"Una de les paradistes afectades, que fa trenta anys que ven fruita al mercat, no podia contenir les llàgrimes davant de la parada cremada.",
"«La meva mare ja venia aquí. Ara no queda res, ni les caixes», ha explicat la dona.",
"Segons el regidor de Comerç, Marc Soler, el mercat tenia l'assegurança al dia, però caldrà esperar el peritatge. «L'assegurança cobrirà l'edifici, però no el gènere de cada paradista», ha precisat.",
"Els veïns han organitzat a les xarxes la campanya «Sant Roc, endavant» per recollir diners per als paradistes.",
], quotes=[
("Quan hem arribat, el foc ja havia arribat a la coberta i hi havia risc d'esfondrament. Hem treballat des de fora fins que l'estructura ha estat segura", "Xavier Ribas", {}),
("Avui és un dia molt trist. El mercat és el cor del barri i el tornarem a aixecar", "Anna Ferrer", {}),
("ruïna", "Josep Ferrer", {}),
("Hi ha gent que ho ha perdut tot: el gènere, les neveres, la balança. Una carpa està bé, però sense diners no podran tornar a obrir", "Josep Ferrer", {}),
("La meva mare ja venia aquí. Ara no queda res, ni les caixes", "una de les paradistes afectades", {"unnamed": ["paradistes", "paradista", "dona"]}),
("L'assegurança cobrirà l'edifici, però no el gènere de cada paradista", "Marc Soler", {}),
("Sant Roc, endavant", None, {}),
]))

# Batch 14: written at the start of a later release (session 23) by a helper who writes rules (languages42),
# before that release's rules and before the engine ran on it, as a READ batch (as batches 10 and 12): its
# misses are read to write that release's rules. One article each in the eight languages whose measured
# figures were lowest at its start (Portuguese, French, Catalan, Chinese in traditional script, Norwegian,
# Romanian, Ukrainian, Spanish), 250-400 words (about 600 characters in Chinese), in the country's press
# style: a role noun or a synonym of an office taking up a person named before ("lamentou a reformada",
# "regrette l'élu", "ha dit el batlle", "a spus edilul", "наголосила посадовиця", "sier kommunedirektøren"),
# a pronoun or a dropped subject after a named person, "selon lui", "segons", "ifølge", "potrivit", "на його
# думку" before a short quotation, an unnamed source taken up by a noun, a quotation over two paragraphs,
# a Norwegian speech dash, two people of one surname, and signs, slogans, titles and campaigns in
# quotation marks that nobody speaks. Every person, and the smaller places, invented. Labelled while writing.
B14 = []

B14.append(dict(id="pt-piscina-vila-seca", lang="pt", paras=[
"Piscina municipal de Vila Seca fecha por falta de verbas para o aquecimento",
"VILA SECA, 05 dez 2026 (Lusa) – A piscina municipal de Vila Seca, no distrito de Santarém, vai fechar as portas a 1 de janeiro, porque a autarquia não consegue suportar o aumento da fatura do gás, anunciou hoje a câmara municipal.",
"\"Não temos como pagar 18 mil euros por mês só para aquecer a água. Foi a decisão mais difícil deste mandato\", disse à Lusa o presidente da câmara, Armando Teixeira.",
"Segundo o autarca, a fatura do gás triplicou em dois anos e o orçamento municipal para 2027 não prevê qualquer reforço. O edil garantiu que a piscina reabrirá \"logo que haja condições\" e que os oito funcionários serão colocados noutros serviços da câmara.",
"A decisão apanhou de surpresa os cerca de 600 utentes. Helena Marques, de 71 anos, faz hidroginástica três vezes por semana desde que foi operada à anca.",
"\"É a única coisa que me tira as dores. A piscina mais perto fica a 40 quilómetros e eu já não conduzo\", lamentou a reformada.",
"O vereador da oposição Rui Pinheiro (PS) acusa o executivo de \"falta de planeamento\" e defende a instalação de painéis solares na cobertura, uma solução que, afirma, \"se pagaria em quatro anos\".",
"\"Há fundos europeus para isto. A câmara simplesmente não concorreu\", disse.",
"Uma nadadora-salvadora da piscina, que pediu para não ser identificada, contou que os trabalhadores souberam da notícia pelas redes sociais.",
"\"Ninguém nos disse nada. Há colegas com 20 anos de casa que não sabem para onde vão.",
"\"Só pedimos que nos tratem com respeito\", afirmou.",
"A associação de pais \"Crescer na Água\" já lançou uma petição, que reuniu mais de mil assinaturas em três dias. De acordo com a associação, a câmara \"nunca ouviu os utentes\" antes de decidir.",
], quotes=[
("Não temos como pagar 18 mil euros por mês só para aquecer a água. Foi a decisão mais difícil deste mandato", "Armando Teixeira", {}),
("logo que haja condições", "Armando Teixeira", {}),
("É a única coisa que me tira as dores. A piscina mais perto fica a 40 quilómetros e eu já não conduzo", "Helena Marques", {}),
("falta de planeamento", "Rui Pinheiro", {}),
("se pagaria em quatro anos", "Rui Pinheiro", {}),
("Há fundos europeus para isto. A câmara simplesmente não concorreu", "Rui Pinheiro", {}),
("Ninguém nos disse nada. Há colegas com 20 anos de casa que não sabem para onde vão.", "uma nadadora-salvadora da piscina", {"unnamed": ["nadadora-salvadora", "nadadora"]}),
("Só pedimos que nos tratem com respeito", "uma nadadora-salvadora da piscina", {"unnamed": ["nadadora-salvadora", "nadadora"]}),
("Crescer na Água", None, {}),
("nunca ouviu os utentes", "a associação de pais", {"unnamed": ["associação"]}),
]))

B14.append(dict(id="fr-boulangerie-plouvenec", lang="fr", paras=[
"À Plouvenec, la dernière boulangerie éteint son four",
"Après trente-deux ans de fournées, Yves et Martine Le Bihan ont fermé leur boutique samedi. Faute de repreneur, Plouvenec (1 400 habitants) n'a plus de boulangerie.",
"« On a cherché pendant trois ans. Des jeunes sont venus visiter, mais personne n'a voulu s'installer à la campagne », explique Yves Le Bihan, 64 ans, les mains encore blanches de farine.",
"Son épouse, Martine, tenait la caisse. « Ce qui va me manquer, ce sont les clients. Certains, je les ai vus grandir », confie-t-elle.",
"Le maire, Gérard Kerhervé, dit avoir tout tenté. La commune a proposé de racheter les murs et de louer le fonds à un prix symbolique. « Nous avons même passé une annonce dans la presse spécialisée. Rien », regrette l'élu.",
"Selon lui, la mairie étudie désormais l'installation d'un distributeur de pain, « en attendant mieux ».",
"Une solution qui ne convainc pas tout le monde. « Un distributeur, ce n'est pas une boulangerie. On perd un lieu où les gens se parlent », estime Annick Roudaut, présidente de l'association des aînés de la commune.",
"Pour la chambre de métiers, le cas de Plouvenec n'a rien d'isolé. D'après son président, Loïc Tanguy, une trentaine de communes du département ont perdu leur dernier commerce de bouche en dix ans. « Le problème n'est pas le manque de clients, c'est le manque de bras », résume-t-il.",
"Samedi, une longue file d'attente s'est formée devant la boutique dès 7 heures. Un habitué, venu avec une bouteille de cidre pour le couple, a résumé le sentiment général : « C'est un peu de l'âme du village qui s'en va. »",
"Sur la vitrine, une affichette écrite à la main : « Merci pour tout. »",
], quotes=[
("On a cherché pendant trois ans. Des jeunes sont venus visiter, mais personne n'a voulu s'installer à la campagne", "Yves Le Bihan", {"accept": ["Yves"]}),
("Ce qui va me manquer, ce sont les clients. Certains, je les ai vus grandir", "Martine Le Bihan", {"accept": ["Martine"]}),
("Nous avons même passé une annonce dans la presse spécialisée. Rien", "Gérard Kerhervé", {}),
("en attendant mieux", "Gérard Kerhervé", {}),
("Un distributeur, ce n'est pas une boulangerie. On perd un lieu où les gens se parlent", "Annick Roudaut", {}),
("Le problème n'est pas le manque de clients, c'est le manque de bras", "Loïc Tanguy", {}),
("C'est un peu de l'âme du village qui s'en va.", "un habitué", {"unnamed": ["habitué"]}),
("Merci pour tout.", None, {}),
]))

B14.append(dict(id="ca-farmacia-vilanova-sorts", lang="ca", paras=[
"Tanca l'única farmàcia de Vilanova de Sorts i els veïns hauran de fer dotze quilòmetres per comprar medicaments",
"Vilanova de Sorts (Pallars Sobirà) es queda sense farmàcia a partir de dilluns. La titular, Montserrat Farré, es jubila i no ha trobat ningú que vulgui agafar el relleu en un poble de 310 habitants.",
"«He estat trenta-cinc anys darrere d'aquest taulell. Em sap greu marxar així, però ja no puc més», ha explicat Farré a l'ACN.",
"L'alcalde, Jordi Castells, ha assegurat que l'Ajuntament ha ofert el local gratuïtament durant cinc anys. «Hem trucat a totes les portes: al Col·legi de Farmacèutics, al Departament de Salut i a les universitats», ha dit el batlle.",
"Segons Castells, el Departament els ha proposat una farmaciola vinculada a una farmàcia de Sort, que obriria «dues hores al dia, com a molt».",
"Els veïns, molts d'ells gent gran, no ho veuen clar. Una veïna de 82 anys que ha preferit no donar el seu nom explica que no té cotxe i que l'autobús només passa dos cops per setmana.",
"«Si em poso malalta un divendres, què faig? Espero fins dimarts?», es pregunta la dona.",
"El Col·legi de Farmacèutics de Lleida reconeix que el problema s'estén. «Ja hi ha catorze municipis de la demarcació en una situació semblant», ha alertat la seva presidenta, Núria Vidal, que reclama més ajuts per a les farmàcies rurals.",
"Des del Departament de Salut, fonts consultades per l'ACN asseguren que el servei «està garantit» amb la farmaciola i el repartiment de medicaments a domicili.",
"Els veïns han convocat una concentració diumenge a la plaça sota el lema «Sense farmàcia, sense poble».",
], quotes=[
("He estat trenta-cinc anys darrere d'aquest taulell. Em sap greu marxar així, però ja no puc més", "Montserrat Farré", {}),
("Hem trucat a totes les portes: al Col·legi de Farmacèutics, al Departament de Salut i a les universitats", "Jordi Castells", {}),
("dues hores al dia, com a molt", "Jordi Castells", {}),
("Si em poso malalta un divendres, què faig? Espero fins dimarts?", "una veïna de 82 anys", {"unnamed": ["veïna", "dona"]}),
("Ja hi ha catorze municipis de la demarcació en una situació semblant", "Núria Vidal", {}),
("està garantit", "fonts del Departament de Salut", {"unnamed": ["fonts"]}),
("Sense farmàcia, sense poble", None, {}),
]))

B14.append(dict(id="zht-zhuoqing-clinic", lang="zh-Hant", paras=[
"花蓮山區部落唯一衛生室停診　居民就醫需下山兩小時",
"（中央社記者林雅婷花蓮5日電）花蓮縣卓清鄉清水部落唯一的衛生室，因駐診醫師退休，自本月起停止門診。部落近400位居民，今後看病必須開車下山約兩小時，許多長輩因此放棄定期回診。",
"花蓮縣衛生局長陳志明今天受訪表示：「我們已經公開招募三次，但沒有醫師願意長期駐點。」他說，衛生局將先以巡迴醫療車每週上山兩次，並請鄰近醫院支援。",
"部落頭目高金福說，許多長輩行動不便，「巡迴車一週來兩次，生病的人不會挑日子。」",
"今年78歲的王秀英患有高血壓，每個月都要拿藥。她無奈地說：「以前走路五分鐘就到，現在要拜託孫子請假載我下山。」",
"退休的駐診醫師張明哲在部落服務了22年。他表示，自己已經70歲，「體力真的撐不住了」，希望年輕醫師能接手，也願意把病歷一一交接清楚。",
"縣議員吳佳蓉則批評縣府反應太慢，「醫師退休的消息半年前就知道了，為什麼現在才開始找人？」吳佳蓉說，她將在議會要求編列偏鄉醫療專款。",
"卓清鄉長李文雄表示，鄉公所已與鄰近的醫院洽談，希望每週至少能派一名醫師上山看診。「我們不放棄，一定會把醫師找回來。」",
"衛生福利部回應指出，將透過「偏鄉醫療精進計畫」補助醫師交通與住宿費用，盼能吸引更多醫師進駐山區。",
], quotes=[
("我們已經公開招募三次，但沒有醫師願意長期駐點。", "陳志明", {}),
("巡迴車一週來兩次，生病的人不會挑日子。", "高金福", {}),
("以前走路五分鐘就到，現在要拜託孫子請假載我下山。", "王秀英", {}),
("體力真的撐不住了", "張明哲", {}),
("醫師退休的消息半年前就知道了，為什麼現在才開始找人？", "吳佳蓉", {}),
("我們不放棄，一定會把醫師找回來。", "李文雄", {}),
("偏鄉醫療精進計畫", None, {}),
]))

B14.append(dict(id="nb-skole-hammarvik", lang="nb", paras=[
"Kommunen legger ned Hammarvik skole – foreldrene raser",
"NORDVIK (NTB): Kommunestyret i Nordvik vedtok torsdag å legge ned Hammarvik skole fra neste skoleår. De 34 elevene skal flyttes til sentrumsskolen, 25 kilometer unna.",
"«Dette er et vanskelig vedtak, men vi har ikke råd til å drive tre skoler med halvtomme klasserom», sier ordfører Trond Aasen (Sp) til NTB.",
"Ifølge Aasen vil kommunen spare rundt fire millioner kroner i året på nedleggelsen. Han lover at elevene skal få gratis skyss, og at bussen «aldri skal gå før klokka sju».",
"Foreldreutvalget ved skolen har kjempet mot nedleggelsen i over ett år. Leder Ingrid Holm er skuffet.",
"«Politikerne har ikke lyttet til noe av det vi har sagt. Seksåringer skal sitte en time på bussen hver dag», sier hun.",
"Hun mener vedtaket kan bryte med opplæringsloven, og varsler at foreldrene vil klage til statsforvalteren.",
"Rektor ved Hammarvik skole, Bjørn Eide, vil ikke kommentere vedtaket, men sier at personalet «vil gjøre det beste ut av situasjonen».",
"Opposisjonen stemte samlet mot. Statsforvalteren bekrefter at de har mottatt flere henvendelser fra foreldre i kommunen, men vil ikke ta stilling til saken før en eventuell klage er sendt inn og behandlet.",
"– Dette er starten på slutten for bygda. Når skolen forsvinner, flytter barnefamiliene, sier Høyres gruppeleder Siri Nygård.",
"En elev i sjette klasse hadde laget en plakat til møtet: «Ikke ta skolen vår».",
"Kommunedirektør Lars Moen sier administrasjonen vil starte arbeidet med skyssordningen allerede i januar. «Vi skal sørge for en trygg overgang for alle elevene», sier kommunedirektøren.",
], quotes=[
("Dette er et vanskelig vedtak, men vi har ikke råd til å drive tre skoler med halvtomme klasserom", "Trond Aasen", {}),
("aldri skal gå før klokka sju", "Trond Aasen", {}),
("Politikerne har ikke lyttet til noe av det vi har sagt. Seksåringer skal sitte en time på bussen hver dag", "Ingrid Holm", {}),
("vil gjøre det beste ut av situasjonen", "Bjørn Eide", {}),
("Dette er starten på slutten for bygda. Når skolen forsvinner, flytter barnefamiliene", "Siri Nygård", {}),
("Ikke ta skolen vår", None, {}),
("Vi skal sørge for en trygg overgang for alle elevene", "Lars Moen", {}),
]))

B14.append(dict(id="ro-pod-valea-seaca", lang="ro", paras=[
"Podul de la Valea Seacă, închis după ce un pilon s-a fisurat",
"Podul peste râul Argeșel de la Valea Seacă a fost închis circulației rutiere joi, după ce inspectorii au descoperit o fisură într-unul dintre piloni. Localnicii trebuie să ocolească 30 de kilometri pentru a ajunge la Câmpulung.",
"„Nu putem risca viața oamenilor. Podul rămâne închis până la finalizarea expertizei”, a declarat prefectul județului, Adrian Voicu.",
"Potrivit prefectului, expertiza tehnică ar putea dura până la două luni, iar reparațiile încă un an. Oficialul a precizat că pietonii vor putea traversa în continuare pe o pasarelă provizorie.",
"Primarul comunei, Gheorghe Stanciu, spune că podul a fost semnalat ca periculos încă din 2019. „Am trimis adrese la Consiliul Județean în fiecare an. Nimeni nu a venit să vadă podul”, a spus edilul.",
"Cei mai afectați sunt elevii care învață la liceul din Câmpulung. Elena Dobre, mama a doi adolescenți, spune că fiii ei pleacă acum de acasă la ora șase dimineața.",
"„Microbuzul școlar face un ocol imens. Copiii ajung obosiți, iar iarna abia a început”, a povestit femeia.",
"Consiliul Județean susține că a inclus podul pe lista de investiții. „Proiectul tehnic este gata, așteptăm finanțarea”, a transmis instituția printr-un comunicat.",
"Un șofer de camion care transportă lemne în zonă, care nu a vrut să-și dea numele, a declarat că ocolul îl costă peste 200 de lei pe zi în plus la motorină.",
"„Dacă mai ține mult, închid firma”, a spus bărbatul.",
"Localnicii au organizat duminică un protest sub sloganul „Vrem podul înapoi”.",
], quotes=[
("Nu putem risca viața oamenilor. Podul rămâne închis până la finalizarea expertizei", "Adrian Voicu", {}),
("Am trimis adrese la Consiliul Județean în fiecare an. Nimeni nu a venit să vadă podul", "Gheorghe Stanciu", {}),
("Microbuzul școlar face un ocol imens. Copiii ajung obosiți, iar iarna abia a început", "Elena Dobre", {}),
("Proiectul tehnic este gata, așteptăm finanțarea", "Consiliul Județean", {}),
("Dacă mai ține mult, închid firma", "un șofer de camion", {"unnamed": ["șofer", "bărbatul"]}),
("Vrem podul înapoi", None, {}),
]))

B14.append(dict(id="uk-polohove-dolynsk", lang="uk", paras=[
"У Долинську закривають пологове відділення міської лікарні",
"ДОЛИНСЬК. Пологове відділення міської лікарні Долинська припинить роботу з 1 січня. Породіль направлятимуть до обласного перинатального центру, що за 60 кілометрів, повідомили в управлінні охорони здоров'я міськради. Рішення ухвалили на засіданні виконавчого комітету у вівторок.",
"«Торік у нас народилося лише 180 дітей. За такої кількості пологів ми не можемо гарантувати безпеку ні мамам, ні немовлятам», — сказав директор лікарні Андрій Ковальчук.",
"За його словами, лікарів-акушерів переведуть до жіночої консультації, а двох неонатологів уже запросив на роботу обласний перинатальний центр.",
"Міська голова Долинська Ірина Савчук запевнила, що місто оплачуватиме транспорт для вагітних. «Жодна жінка не залишиться без допомоги. Ми закупимо для цього окремий автомобіль», — наголосила посадовиця.",
"Натомість депутат міськради Олег Мельник вважає рішення поспішним. На його думку, зимові дороги зроблять поїздку до обласного центру «лотереєю для кожної породіллі».",
"«Ніхто не порахував, скільки часу їде швидка взимку. Ми просили провести громадські слухання, але нас не почули», — додав він.",
"Одна з медсестер відділення, яка попросила не називати її прізвища, розповіла, що персонал дізнався про закриття із соцмереж.",
"«Ми тут працюємо по двадцять років. Хоч би хтось прийшов і пояснив нам усе по-людськи», — каже жінка.",
"У департаменті охорони здоров'я облдержадміністрації зазначили, що подібні рішення ухвалюють і в інших громадах області. «Це загальна тенденція: народжуваність падає, а утримувати відділення дорого», — пояснила журналістам заступниця директора департаменту Світлана Бондар.",
"Мешканці створили петицію «Збережіть пологове», яку за тиждень підписали понад три тисячі людей. Звільнені приміщення лікарня планує віддати під відділення паліативної допомоги. Остаточне рішення ухвалить виконавчий комітет міськради наступного тижня.",
], quotes=[
("Торік у нас народилося лише 180 дітей. За такої кількості пологів ми не можемо гарантувати безпеку ні мамам, ні немовлятам", "Андрій Ковальчук", {}),
("Жодна жінка не залишиться без допомоги. Ми закупимо для цього окремий автомобіль", "Ірина Савчук", {}),
("лотереєю для кожної породіллі", "Олег Мельник", {}),
("Ніхто не порахував, скільки часу їде швидка взимку. Ми просили провести громадські слухання, але нас не почули", "Олег Мельник", {}),
("Ми тут працюємо по двадцять років. Хоч би хтось прийшов і пояснив нам усе по-людськи", "одна з медсестер відділення", {"unnamed": ["медсестер", "медсестра"]}),
("Це загальна тенденція: народжуваність падає, а утримувати відділення дорого", "Світлана Бондар", {}),
("Збережіть пологове", None, {}),
]))

B14.append(dict(id="es-cine-villanueva", lang="es", paras=[
"El único cine de Villanueva del Campo bajará la persiana en enero",
"El cine Avenida, la única sala de Villanueva del Campo (Zamora), proyectará su última película el 31 de diciembre. Sus propietarios, los hermanos Luis y Carmen Prieto, no pueden asumir la renovación del proyector digital que exige la distribuidora.",
"«Nos piden 60.000 euros por una máquina nueva. Con lo que sacamos los fines de semana no llegamos ni a pagar la luz», explicó ayer Luis Prieto en la puerta de la sala, que fundó su abuelo en 1952.",
"Su hermana, que lleva la taquilla desde hace tres décadas, recuerda las colas de los años ochenta. «Aquí venía todo el pueblo. Ahora hay domingos que vendemos doce entradas», lamenta.",
"El alcalde, Fernando Gallego, asegura que el Ayuntamiento ha pedido una subvención a la Junta de Castilla y León para salvar la sala. «Un pueblo sin cine es un pueblo un poco más triste», afirmó el regidor, que confía en tener respuesta «antes de Reyes».",
"Según fuentes de la Consejería de Cultura, la convocatoria de ayudas a salas rurales no se abrirá hasta marzo.",
"Mientras tanto, un grupo de vecinos ha lanzado una campaña de micromecenazgo bajo el lema «Salvemos el Avenida». Su impulsora, la profesora jubilada Pilar Ramos, cree que la respuesta ha sido «emocionante».",
"«En cuatro días hemos reunido 9.000 euros. La gente da lo que puede, cinco euros, diez», contó a este periódico.",
"La última sesión, anuncian los Prieto, será una reposición de «Cinema Paradiso».",
], quotes=[
("Nos piden 60.000 euros por una máquina nueva. Con lo que sacamos los fines de semana no llegamos ni a pagar la luz", "Luis Prieto", {"accept": ["Luis"]}),
("Aquí venía todo el pueblo. Ahora hay domingos que vendemos doce entradas", "Carmen Prieto", {"accept": ["Carmen"]}),
("Un pueblo sin cine es un pueblo un poco más triste", "Fernando Gallego", {}),
("antes de Reyes", "Fernando Gallego", {}),
("Salvemos el Avenida", None, {}),
("emocionante", "Pilar Ramos", {}),
("En cuatro días hemos reunido 9.000 euros. La gente da lo que puede, cinco euros, diez", "Pilar Ramos", {}),
("Cinema Paradiso", None, {}),
]))


# Batch 15: written at the start of a later release (session 24) by a helper who writes no rules, before any
# of that release's rules and without reading any miss; measured (no read flag). One article each in German,
# French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish, 250-400 words, on topics unlike sport or
# crime (a science museum opening, a farmers' cooperative, a school strike, a fresco restoration, a hospital
# merger, a battery startup, a regional election count, a ferry line), each in its language's marks and
# attribution habits (the verb inverted after the quotation, "laut", "selon", "según", "secondo",
# "segundo", "volgens", "według", "enligt", "aldus", a colon lead-in, a pronoun or dropped subject after a
# named person, an unnamed source, two people of one surname, a headline echoing a quotation, titles,
# slogans and names in marks that nobody speaks). Every person and the smaller places invented. Labelled
# while writing and committed before the engine ran on it.
B15 = []

B15.append(dict(id="de-funkenwerk-weidenau", lang="de", paras=[
"Science Center „Funkenwerk“ öffnet in der alten Spinnerei von Weidenau",
"WEIDENAU – Nach vier Jahren Bauzeit hat das Science Center „Funkenwerk“ am Samstag in der ehemaligen Spinnerei von Weidenau eröffnet. Mehr als 3000 Besucher kamen schon am ersten Tag, viele von ihnen Familien mit kleinen Kindern.",
"„Hier darf alles angefasst werden, und das ist ausdrücklich erwünscht“, sagte Museumsdirektorin Helga Brandauer bei der Eröffnung. „Wer bei uns nichts ausprobiert, hat etwas falsch gemacht.“",
"Das Haus zeigt auf 4200 Quadratmetern rund 150 Experimente zu Physik, Chemie und Biologie. Herzstück ist eine zwölf Meter hohe Blitzanlage, die jede Stunde ein künstliches Gewitter erzeugt. Der Umbau hat 38 Millionen Euro gekostet, etwa die Hälfte davon trug das Land.",
"Wissenschaftsminister Tobias Fendt (SPD) nannte das Museum einen „Glücksfall für die ganze Region“. Die Spinnerei habe dreißig Jahre leer gestanden, sagte er. „Jetzt wird hier wieder etwas hergestellt, nämlich Neugier.“",
"Nicht alle in der Stadt teilen die Begeisterung. Der Heimatverein „Altes Weidenau“ hatte gegen den gläsernen Anbau protestiert, der nach Ansicht seiner Mitglieder das Industriedenkmal verschandelt. Vereinsvorsitzender Klaus Wetzold sagte, man habe nichts gegen Wissenschaft, „aber sehr viel gegen schlechte Architektur“.",
"Laut Wetzold sammelt der Verein weiter Unterschriften für einen Rückbau des Glaswürfels. „Das Gebäude war 120 Jahre lang schön. Jetzt sieht es aus wie ein Autohaus“, sagte er.",
"Bürgermeisterin Sabine Roth wies die Kritik zurück. Der Anbau sei mit dem Denkmalamt abgestimmt, betonte sie: „Wir haben jede einzelne Schraube genehmigen lassen.“",
"Unter den ersten Besuchern war die neunjährige Lea mit ihrem Vater. „Der Blitz war so laut, dass ich mir die Ohren zuhalten musste“, erzählte sie. Ihr Vater, Martin Kessler, kündigte an, die Familie werde bestimmt wiederkommen: „Das war billiger als der Zoo und viel lauter.“",
"Ein Mitarbeiter des Hauses, der nicht namentlich genannt werden wollte, räumte ein, dass noch nicht alles funktioniere. „Zwei Stationen sind noch im Probebetrieb, und die Kasse ist heute zweimal abgestürzt“, sagte er.",
"Das Funkenwerk ist täglich außer montags von 9 bis 18 Uhr geöffnet. Kinder unter sechs Jahren haben freien Eintritt.",
], quotes=[
("Funkenwerk", None, {}),
("Funkenwerk", None, {}),
("Hier darf alles angefasst werden, und das ist ausdrücklich erwünscht", "Helga Brandauer", {}),
("Wer bei uns nichts ausprobiert, hat etwas falsch gemacht.", "Helga Brandauer", {}),
("Glücksfall für die ganze Region", "Tobias Fendt", {}),
("Jetzt wird hier wieder etwas hergestellt, nämlich Neugier.", "Tobias Fendt", {}),
("Altes Weidenau", None, {}),
("aber sehr viel gegen schlechte Architektur", "Klaus Wetzold", {}),
("Das Gebäude war 120 Jahre lang schön. Jetzt sieht es aus wie ein Autohaus", "Klaus Wetzold", {}),
("Wir haben jede einzelne Schraube genehmigen lassen.", "Sabine Roth", {}),
("Der Blitz war so laut, dass ich mir die Ohren zuhalten musste", "Lea", {}),
("Das war billiger als der Zoo und viel lauter.", "Martin Kessler", {}),
("Zwei Stationen sind noch im Probebetrieb, und die Kasse ist heute zweimal abgestürzt", "Ein Mitarbeiter des Hauses", {"unnamed": ["mitarbeiter"]}),
]))

B15.append(dict(id="fr-cooperative-astarac", lang="fr", paras=[
"Dans le Gers, des éleveurs créent leur coopérative pour vendre eux-mêmes leur viande",
"Ils étaient lassés de vendre leurs bêtes à perte. Quarante-deux éleveurs de bovins du sud du Gers ont lancé lundi la coopérative « Terres d'Astarac », qui découpera et vendra elle-même la viande de ses membres, sans passer par les grands abattoirs.",
"« Pendant des années, on nous a dit de produire plus. Aujourd'hui, on veut simplement être payés pour ce qu'on produit », explique son président, Bernard Lacoste, éleveur à Masseube depuis 1991.",
"La coopérative a racheté un ancien atelier de découpe à Mirande pour 640 000 euros, avec l'aide de la région et d'une banque mutualiste. Selon M. Lacoste, les éleveurs espèrent toucher 20 % de plus par animal « d'ici deux ou trois ans, au plus tard ».",
"Corinne Dufau, qui élève des blondes d'Aquitaine avec son mari à Ponsampère, a été l'une des premières à signer. « On ne fait pas ça pour devenir riches. On le fait pour que nos enfants aient envie de reprendre la ferme », confie-t-elle.",
"Son mari, Jean-Marc Dufau, se montre plus prudent. « Vendre, c'est un métier. Nous, on sait élever des bêtes, pas forcément les vendre », reconnaît-il.",
"La viande sera vendue dans trois magasins à la ferme, sur internet et aux cantines scolaires du département. Le conseil départemental s'est engagé à acheter 30 % de la viande servie dans ses collèges, a indiqué sa vice-présidente chargée de l'agriculture, Hélène Sabathé. « C'est de l'argent public, autant qu'il serve à faire vivre nos campagnes », a-t-elle déclaré.",
"Du côté des industriels, la nouvelle est accueillie sans enthousiasme. Un responsable d'un grand groupe de la viande, qui a requis l'anonymat, juge le projet « sympathique mais fragile ». « Ces initiatives tiennent deux ans, puis elles reviennent frapper à notre porte », assure-t-il.",
"Bernard Lacoste balaie l'argument d'un revers de main. « On nous a déjà enterrés plusieurs fois. On est toujours là. » Avant de conclure, en riant : « Et cette fois, on a la chambre froide. »",
"La première vente est prévue le 14 décembre, au marché de Mirande.",
], quotes=[
("Terres d'Astarac", None, {}),
("Pendant des années, on nous a dit de produire plus. Aujourd'hui, on veut simplement être payés pour ce qu'on produit", "Bernard Lacoste", {}),
("d'ici deux ou trois ans, au plus tard", "Bernard Lacoste", {}),
("On ne fait pas ça pour devenir riches. On le fait pour que nos enfants aient envie de reprendre la ferme", "Corinne Dufau", {"accept": []}),
("Vendre, c'est un métier. Nous, on sait élever des bêtes, pas forcément les vendre", "Jean-Marc Dufau", {"accept": []}),
("C'est de l'argent public, autant qu'il serve à faire vivre nos campagnes", "Hélène Sabathé", {}),
("sympathique mais fragile", "Un responsable d'un grand groupe de la viande", {"unnamed": ["responsable"]}),
("Ces initiatives tiennent deux ans, puis elles reviennent frapper à notre porte", "Un responsable d'un grand groupe de la viande", {"unnamed": ["responsable"]}),
("On nous a déjà enterrés plusieurs fois. On est toujours là.", "Bernard Lacoste", {}),
("Et cette fois, on a la chambre froide.", "Bernard Lacoste", {}),
]))

B15.append(dict(id="es-huelga-aulas-teruel", lang="es", paras=[
"Huelga en los institutos de Teruel contra el cierre de aulas rurales",
"TERUEL – Miles de alumnos de secundaria de la provincia de Teruel se quedaron ayer sin clase por la huelga convocada por los sindicatos docentes contra el cierre de once aulas en pueblos de menos de 500 habitantes. Según la Consejería de Educación, el seguimiento fue del 38 %; según los convocantes, superó el 70 %.",
"«No cerramos aulas, cerramos pueblos», coreaban los cerca de 2.000 manifestantes que recorrieron el centro de la ciudad hasta la sede del Gobierno de Aragón.",
"«La Administración dice que es por eficiencia. Para una familia de Alcaine, eficiencia significa que su hijo de doce años pase dos horas al día en un autobús», denunció Pilar Giménez, portavoz de la plataforma Escuela Rural Viva.",
"La consejera de Educación, Marta Lozano, defendió la medida y aseguró que ningún alumno perderá calidad educativa. «Un aula con tres alumnos no es una escuela, es una tutoría. Los chicos necesitan compañeros», afirmó en rueda de prensa.",
"Lozano explicó que los 47 alumnos afectados serán trasladados a institutos comarcales con transporte y comedor gratuitos. Según la consejera, el ahorro, de unos 900.000 euros al año, servirá para contratar orientadores, que calificó de «imprescindibles».",
"Entre los huelguistas estaba Andrés Royo, profesor de Matemáticas en el aula de Alcaine desde hace diecinueve años. «Mis alumnos no son un número en una hoja de cálculo. Los conozco a todos, y a sus padres, y a sus abuelos», dijo.",
"Royo recordó que el aula ya sobrevivió a otro intento de cierre en 2013. «Entonces también nos dijeron que era por nuestro bien», añadió.",
"También protestaron los alumnos. Lucía, de 15 años, llevaba una pancarta con el lema «Mi pueblo también cuenta». «Si cierran el instituto, mis padres se irán a Zaragoza. Y entonces ya no quedará nadie», explicó.",
"Una fuente de la Consejería que pidió no ser identificada reconoció que el departamento «no esperaba una respuesta tan fuerte» y no descartó revisar alguno de los cierres. Los sindicatos han anunciado una nueva jornada de huelga para el 12 de marzo.",
], quotes=[
("No cerramos aulas, cerramos pueblos", None, {}),
("La Administración dice que es por eficiencia. Para una familia de Alcaine, eficiencia significa que su hijo de doce años pase dos horas al día en un autobús", "Pilar Giménez", {}),
("Un aula con tres alumnos no es una escuela, es una tutoría. Los chicos necesitan compañeros", "Marta Lozano", {}),
("imprescindibles", "Marta Lozano", {}),
("Mis alumnos no son un número en una hoja de cálculo. Los conozco a todos, y a sus padres, y a sus abuelos", "Andrés Royo", {}),
("Entonces también nos dijeron que era por nuestro bien", "Andrés Royo", {}),
("Mi pueblo también cuenta", None, {}),
("Si cierran el instituto, mis padres se irán a Zaragoza. Y entonces ya no quedará nadie", "Lucía", {}),
("no esperaba una respuesta tan fuerte", "Una fuente de la Consejería", {"unnamed": ["fuente"]}),
]))

B15.append(dict(id="it-affreschi-san-michele", lang="it", paras=[
"Tornano a vivere gli affreschi di San Michele: «Un miracolo di pazienza»",
"CASTELNUOVO VAL TREBBIA – Dopo sei anni di lavori, la chiesa di San Michele Arcangelo ha riaperto ieri al pubblico con il ciclo di affreschi quattrocenteschi finalmente restaurato. Le pitture, attribuite alla bottega di Giovanni da Bobbio, erano state quasi cancellate dall'umidità e da un intervento sbagliato degli anni Cinquanta.",
"«Quando siamo arrivati, in alcuni punti si vedeva solo il muro. Abbiamo lavorato con il bisturi, centimetro per centimetro», ha raccontato la restauratrice Chiara Montanari, che ha guidato una squadra di otto persone.",
"Secondo Montanari, il problema principale era lo strato di cera stesa settant'anni fa per «ravvivare» i colori, che aveva trattenuto l'umidità nell'intonaco. «È stato un miracolo di pazienza, non di tecnica», ha aggiunto.",
"Il restauro è costato 1,2 milioni di euro, pagati in gran parte da una fondazione bancaria e da una raccolta fondi tra gli abitanti. Il parroco, don Luigi Ferrari, ricorda che all'inizio nessuno ci credeva. «Mi dicevano: don Luigi, lasci perdere, sono solo macchie», ha detto sorridendo.",
"Tra le scene recuperate c'è un Giudizio universale con un diavolo che, secondo la tradizione locale, avrebbe il volto di un esattore delle tasse dell'epoca. Lo storico dell'arte Paolo Bernabei, dell'Università di Parma, ritiene che l'ipotesi «non sia affatto da scartare». «I pittori di provincia si prendevano spesso queste piccole vendette», ha spiegato.",
"Alla cerimonia era presente anche la soprintendente Giovanna Ricci, che ha definito il cantiere «un modello per tutte le piccole chiese dell'Appennino». Secondo lei, nella provincia ci sono almeno quaranta edifici sacri in condizioni simili. «Non possiamo aspettare che crollino per occuparcene», ha avvertito.",
"Un'anziana del paese, che ha chiesto di non essere nominata, si è fermata a lungo davanti al diavolo. «Mia nonna diceva sempre che era il ritratto di un Ferrari. Adesso che si vede bene, forse aveva ragione», ha detto ridendo.",
"La chiesa sarà aperta il sabato e la domenica. Le visite guidate, curate dall'associazione «Amici di San Michele», sono gratuite.",
], quotes=[
("Un miracolo di pazienza", "Chiara Montanari", {"implied": True}),
("Quando siamo arrivati, in alcuni punti si vedeva solo il muro. Abbiamo lavorato con il bisturi, centimetro per centimetro", "Chiara Montanari", {}),
("ravvivare", None, {}),
("È stato un miracolo di pazienza, non di tecnica", "Chiara Montanari", {}),
("Mi dicevano: don Luigi, lasci perdere, sono solo macchie", "Luigi Ferrari", {"accept": ["don Luigi", "Ferrari"]}),
("non sia affatto da scartare", "Paolo Bernabei", {}),
("I pittori di provincia si prendevano spesso queste piccole vendette", "Paolo Bernabei", {}),
("un modello per tutte le piccole chiese dell'Appennino", "Giovanna Ricci", {}),
("Non possiamo aspettare che crollino per occuparcene", "Giovanna Ricci", {}),
("Mia nonna diceva sempre che era il ritratto di un Ferrari. Adesso che si vede bene, forse aveva ragione", "Un'anziana del paese", {"unnamed": ["anziana"]}),
("Amici di San Michele", None, {}),
]))

B15.append(dict(id="pt-fusao-hospitais-fontelas", lang="pt", paras=[
"Governo aprova fusão dos hospitais de Santa Olaia e Fontelas entre críticas dos utentes",
"LISBOA, 04 dez 2026 (Lusa) – O Governo aprovou hoje a fusão dos hospitais de Santa Olaia e de Fontelas numa única unidade local de saúde, que passará a servir cerca de 260 mil pessoas no interior do distrito de Santarém.",
"\"Não se trata de fechar nada. Trata-se de pôr dois hospitais a trabalhar como um só, com as mesmas equipas e as mesmas listas de espera\", afirmou a secretária de Estado da Saúde, Inês Calado, em conferência de imprensa.",
"Segundo a governante, a urgência de Fontelas manter-se-á aberta 24 horas por dia, mas a cirurgia e a maternidade passarão a concentrar-se em Santa Olaia, a 35 quilómetros. Inês Calado garantiu ainda que a fusão vai permitir contratar \"pelo menos 40 médicos\" nos próximos dois anos.",
"O presidente da Câmara de Fontelas, Joaquim Serrão, não esconde a preocupação. \"Dizem que não fecha nada, mas a maternidade sai daqui. Uma mãe de Fontelas vai ter de fazer 35 quilómetros para dar à luz\", disse à Lusa o autarca.",
"Serrão acrescentou que a câmara vai pedir uma reunião urgente à ministra da Saúde e não exclui recorrer aos tribunais. \"Vamos usar todos os meios legais ao nosso alcance\", garantiu.",
"Já o diretor clínico do hospital de Santa Olaia, Rui Mendonça, considera que a fusão era \"inevitável\". \"Com duas equipas pequenas, nenhuma consegue fazer escalas decentes. Juntas, talvez\", referiu.",
"A Comissão de Utentes do Sorraia convocou uma concentração para sábado, à porta do hospital de Fontelas, sob o lema \"O hospital é nosso\". A porta-voz da comissão, Fernanda Lobo, disse à Lusa que \"ninguém perguntou nada às pessoas\" antes de a decisão ser tomada.",
"Uma enfermeira do serviço de obstetrícia de Fontelas, que pediu anonimato, contou que os profissionais souberam da decisão pela televisão. \"Há colegas que já estão a pensar ir para o privado. Se a maternidade sai, muitas de nós saem também\", afirmou.",
"Segundo dados do Ministério da Saúde, o hospital de Fontelas realizou 410 partos em 2025, menos de metade do mínimo recomendado pela Direção-Geral da Saúde para manter um bloco de partos.",
], quotes=[
("Não se trata de fechar nada. Trata-se de pôr dois hospitais a trabalhar como um só, com as mesmas equipas e as mesmas listas de espera", "Inês Calado", {}),
("pelo menos 40 médicos", "Inês Calado", {}),
("Dizem que não fecha nada, mas a maternidade sai daqui. Uma mãe de Fontelas vai ter de fazer 35 quilómetros para dar à luz", "Joaquim Serrão", {}),
("Vamos usar todos os meios legais ao nosso alcance", "Joaquim Serrão", {}),
("inevitável", "Rui Mendonça", {}),
("Com duas equipas pequenas, nenhuma consegue fazer escalas decentes. Juntas, talvez", "Rui Mendonça", {}),
("O hospital é nosso", None, {}),
("ninguém perguntou nada às pessoas", "Fernanda Lobo", {}),
("Há colegas que já estão a pensar ir para o privado. Se a maternidade sai, muitas de nós saem também", "Uma enfermeira do serviço de obstetrícia de Fontelas", {"unnamed": ["enfermeira"]}),
]))

B15.append(dict(id="nl-zoutkracht-groningen", lang="nl", paras=[
"Groningse start-up haalt 14 miljoen op voor batterij van zout",
"GRONINGEN – De Groningse start-up Zoutkracht heeft 14 miljoen euro opgehaald bij investeerders om een fabriek te bouwen voor batterijen op basis van zout in plaats van lithium. Dat maakte het bedrijf dinsdag bekend.",
"‘Lithium is duur, zeldzaam en komt van ver. Zout ligt hier letterlijk onder onze voeten’, zegt oprichter Femke Dijkstra (31), die het bedrijf vier jaar geleden begon in een laboratorium van de Rijksuniversiteit.",
"Het geld komt onder meer van het Noordelijk Innovatiefonds en het Duitse durffonds Elbkapital. Volgens Dijkstra kan de eerste productielijn eind 2027 draaien, in een voormalige strokartonfabriek in Hoogkerk. ‘Daar werkten ooit vierhonderd mensen. Wij beginnen met veertig, maar ergens moet je beginnen.’",
"De batterijen zijn bedoeld voor de opslag van zonne- en windstroom, niet voor auto's. ‘Ze zijn veel zwaarder dan lithiumbatterijen, dus in een auto wil je ze niet hebben’, zegt medeoprichter Sander Wolters. ‘Maar een batterij naast een windpark hoeft nergens heen te rijden.’",
"Hoogleraar energieopslag Ruud Bakker van de TU Delft noemt de techniek ‘veelbelovend, maar nog niet bewezen op grote schaal’. Volgens hem werken wereldwijd al tientallen bedrijven aan vergelijkbare plannen. ‘De vraag is niet of het werkt, maar of het goedkoop genoeg wordt’, aldus Bakker.",
"Gedeputeerde Anneke Veenstra van de provincie Groningen is blij met de komst van de fabriek. ‘Groningen is zestig jaar de plek geweest waar energie uit de grond werd gehaald. Nu wordt het de plek waar energie wordt bewaard’, zei ze bij de presentatie.",
"Niet iedereen in Hoogkerk is enthousiast. Een omwonende die niet met zijn naam in de krant wil, vreest voor extra vrachtverkeer door het dorp. ‘Eerst het stro, nu het zout. Wij krijgen altijd de vrachtwagens’, zegt hij.",
"Zoutkracht wil volgend jaar nog eens 25 miljoen euro ophalen. Het bedrijf bouwt nu een eerste proefinstallatie bij het zonnepark ‘Het Zilte Veld’ in Oost-Groningen, dat volgens de exploitant ‘over een jaar de helft van zijn stroom ’s nachts kan leveren’.",
], quotes=[
("Lithium is duur, zeldzaam en komt van ver. Zout ligt hier letterlijk onder onze voeten", "Femke Dijkstra", {}),
("Daar werkten ooit vierhonderd mensen. Wij beginnen met veertig, maar ergens moet je beginnen.", "Femke Dijkstra", {}),
("Ze zijn veel zwaarder dan lithiumbatterijen, dus in een auto wil je ze niet hebben", "Sander Wolters", {}),
("Maar een batterij naast een windpark hoeft nergens heen te rijden.", "Sander Wolters", {}),
("veelbelovend, maar nog niet bewezen op grote schaal", "Ruud Bakker", {}),
("De vraag is niet of het werkt, maar of het goedkoop genoeg wordt", "Ruud Bakker", {}),
("Groningen is zestig jaar de plek geweest waar energie uit de grond werd gehaald. Nu wordt het de plek waar energie wordt bewaard", "Anneke Veenstra", {}),
("Eerst het stro, nu het zout. Wij krijgen altijd de vrachtwagens", "Een omwonende", {"unnamed": ["omwonende"]}),
("Het Zilte Veld", None, {}),
("over een jaar de helft van zijn stroom ’s nachts kan leveren", "de exploitant", {"unnamed": ["exploitant"]}),
]))

B15.append(dict(id="pl-liczenie-glosow-konin", lang="pl", paras=[
"Liczenie głosów do sejmiku wciąż trwa. W okręgu konińskim różnica to 112 głosów",
"KONIN (PAP) – Dwa dni po wyborach do sejmiku województwa wielkopolskiego komisje wciąż liczą głosy w okręgu konińskim. Według nieoficjalnych wyników o ostatnim mandacie zdecyduje różnica zaledwie 112 głosów.",
"„Nigdy nie widziałem tak wyrównanej walki. Każdy worek z kartami otwieramy tak, jakby był ostatni” – powiedział przewodniczący okręgowej komisji wyborczej, sędzia Andrzej Kowalczyk.",
"Według Kowalczyka liczenie opóźniło się, bo w kilku obwodach trzeba było ponownie sprawdzić protokoły. Sędzia zapewnił, że wyniki zostaną ogłoszone „najpóźniej w czwartek”.",
"O ostatni mandat walczą Ewa Marczak z Koalicji Obywatelskiej i Tomasz Marczak z komitetu „Wielkopolska Razem”. Kandydaci noszą to samo nazwisko, ale – jak podkreślają – nie są spokrewnieni.",
"„Kilka razy dziennie ktoś gratuluje mi wygranej brata. Tłumaczę, że to nie brat i że jeszcze nic nie wygrał” – mówi ze śmiechem Ewa Marczak.",
"Tomasz Marczak jest ostrożniejszy. „Poczekajmy na komisję. Sto dwanaście głosów to jeden blok w Koninie” – powiedział PAP. Dodał, że jego sztab złoży protest wyborczy, jeśli różnica spadnie poniżej pięćdziesięciu głosów.",
"Członkini jednej z komisji obwodowych, która prosiła o zachowanie anonimowości, przyznała, że w nocy zabrakło rąk do pracy. „Liczyliśmy do czwartej rano. Ktoś w końcu zasnął na krześle z kartami na kolanach” – opowiada.",
"Wojewódzki komisarz wyborczy Barbara Lis zapewniła, że opóźnienie „nie ma żadnego wpływu na rzetelność wyniku”. „Wolę ogłosić wynik dzień później, niż ogłaszać go dwa razy” – dodała.",
"Frekwencja w okręgu wyniosła 51,3 proc. Politolog z Uniwersytetu im. Adama Mickiewicza dr Jakub Nowicki zwraca uwagę, że tak mała różnica to w wyborach samorządowych rzadkość. „Zwykle o mandacie decydują tysiące, a nie setki głosów” – mówi.",
], quotes=[
("Nigdy nie widziałem tak wyrównanej walki. Każdy worek z kartami otwieramy tak, jakby był ostatni", "Andrzej Kowalczyk", {}),
("najpóźniej w czwartek", "Andrzej Kowalczyk", {}),
("Wielkopolska Razem", None, {}),
("Kilka razy dziennie ktoś gratuluje mi wygranej brata. Tłumaczę, że to nie brat i że jeszcze nic nie wygrał", "Ewa Marczak", {"accept": []}),
("Poczekajmy na komisję. Sto dwanaście głosów to jeden blok w Koninie", "Tomasz Marczak", {"accept": []}),
("Liczyliśmy do czwartej rano. Ktoś w końcu zasnął na krześle z kartami na kolanach", "Członkini jednej z komisji obwodowych", {"unnamed": ["członkini"]}),
("nie ma żadnego wpływu na rzetelność wyniku", "Barbara Lis", {}),
("Wolę ogłosić wynik dzień później, niż ogłaszać go dwa razy", "Barbara Lis", {}),
("Zwykle o mandacie decydują tysiące, a nie setki głosów", "Jakub Nowicki", {}),
]))

B15.append(dict(id="sv-farjelinje-skarvo", lang="sv", paras=[
"Ny färjelinje till Skarvö kan läggas ned efter första säsongen",
"NORRHAMN – Den nya färjelinjen mellan Norrhamn och Skarvö, som öppnade i juni, kan läggas ned redan efter första säsongen. Enligt Region Österlunds egna siffror har färjan i snitt haft 41 passagerare per tur, mot beräknade 120.",
"”Vi visste att det skulle ta tid att bygga upp resandet, men inte att det skulle gå så här trögt”, säger Lars Engström (S), ordförande i regionens trafiknämnd.",
"Färjan ”Skarvöprinsen” går sex turer om dagen och överfarten tar 35 minuter. Linjen kostar regionen 19 miljoner kronor om året. Enligt Engström ska nämnden fatta beslut om linjens framtid i februari.",
"På Skarvö, där omkring 300 personer bor året runt, har beskedet väckt oro. ”Färjan är vår landsväg. Utan den får vi köra runt hela fjärden, och det tar två timmar”, säger Maja Lindqvist, som driver öns enda affär.",
"Hon menar att regionen har gjort för lite för att marknadsföra linjen. ”Tidtabellen ligger längst ner på en hemsida som ingen hittar. Hur ska turisterna veta att vi finns?”",
"Oppositionsrådet Karin Åberg (M) anser att linjen var ett misstag från början. ”Man byggde en färjelinje för 120 resenärer till en ö där det bor 300. Det är inte en trafiksatsning, det är en önskedröm”, sade hon till Radio Österlund.",
"En av färjans däcksmän, som inte vill framträda med namn, berättar att båten är full på fredagar och söndagar men nästan tom mitt i veckan. ”På tisdagsmorgnarna har vi ibland fler måsar än passagerare”, säger han.",
"Rederiet Skärgårdslinjen, som kör färjan på uppdrag av regionen, vill att linjen får minst två säsonger till. ”Ingen ny linje bär sig första året. Ge den lite tid”, säger vd:n Peter Holm.",
"Även Engström öppnar för en kompromiss. Han säger att nämnden kan tänka sig att glesa ut tidtabellen i stället för att lägga ned linjen helt. ”Hellre tre turer om dagen än ingen alls”, säger han.",
], quotes=[
("Vi visste att det skulle ta tid att bygga upp resandet, men inte att det skulle gå så här trögt", "Lars Engström", {}),
("Skarvöprinsen", None, {}),
("Färjan är vår landsväg. Utan den får vi köra runt hela fjärden, och det tar två timmar", "Maja Lindqvist", {}),
("Tidtabellen ligger längst ner på en hemsida som ingen hittar. Hur ska turisterna veta att vi finns?", "Maja Lindqvist", {}),
("Man byggde en färjelinje för 120 resenärer till en ö där det bor 300. Det är inte en trafiksatsning, det är en önskedröm", "Karin Åberg", {}),
("På tisdagsmorgnarna har vi ibland fler måsar än passagerare", "En av färjans däcksmän", {"unnamed": ["däcksman", "däcksmän"]}),
("Ingen ny linje bär sig första året. Ge den lite tid", "Peter Holm", {}),
("Hellre tre turer om dagen än ingen alls", "Lars Engström", {}),
]))


# Batch 16: eight articles, one each in German, French, Spanish, Italian, Portuguese, Dutch, Polish and
# Swedish, written at the start of session 25 by a helper who writes no rules, before any of that
# release's rules and without reading any miss, on topics unlike the earlier batches' (a tech layoff, a
# theatre premiere, a railway timetable change, drought and water rationing, a wine harvest, a library
# closure, a city bike-sharing scheme, a mountain rescue), each in its language's marks and attribution
# habits (the verb inverted after the quotation, "laut", "selon", "según", "secondo", "segundo",
# "volgens", "według", "enligt", "aldus", "jej zdaniem", a pronoun or dropped subject after a named
# person, an unnamed source, two people of one surname, titles, names and slogans in marks that nobody
# speaks). Every person and the smaller places invented. Labelled while writing and committed before the
# engine ran on it. Only measured.
B16 = []

B16.append(dict(id="de-nordlicht-stellenabbau", lang="de", paras=[
"Softwarehaus Nordlicht streicht 400 Stellen in Leipzig",
"LEIPZIG – Der Leipziger Softwareanbieter Nordlicht Systems baut fast ein Drittel seiner Belegschaft ab. Wie das Unternehmen am Dienstag mitteilte, fallen 400 der 1.300 Stellen weg, vor allem in der Entwicklung und im Vertrieb.",
"„Wir sind in den letzten drei Jahren zu schnell gewachsen, schneller, als unsere Umsätze es erlaubt haben“, sagte Vorstandschef Tobias Wendland bei einer Betriebsversammlung. „Diese Entscheidung tut weh, aber sie sichert die übrigen 900 Arbeitsplätze.“",
"Die Beschäftigten erfuhren von dem Abbau per E-Mail, eine Stunde bevor die Pressemitteilung verschickt wurde. „Viele haben es zuerst auf LinkedIn gelesen“, sagt eine Entwicklerin, die seit sechs Jahren bei Nordlicht arbeitet und ihren Namen nicht in der Zeitung lesen möchte. „Das war das eigentlich Bittere.“",
"Der Betriebsrat zeigte sich überrascht. Dessen Vorsitzende Sabine Krämer warf der Geschäftsführung vor, die Arbeitnehmervertreter „vor vollendete Tatsachen“ gestellt zu haben. „Wir werden jede einzelne Kündigung prüfen“, kündigte sie an. Man sei bereit, über Kurzarbeit und freiwillige Abfindungen zu sprechen, „aber nicht mit der Pistole auf der Brust“.",
"Nordlicht war 2014 von Wendland und seinem Studienfreund Jonas Krämer gegründet worden und hatte in der Pandemie mit seiner Planungssoftware „Taktwerk“ einen Boom erlebt. Krämer, der das Unternehmen 2022 verließ und mit der Betriebsratschefin nicht verwandt ist, äußerte sich auf Anfrage zurückhaltend: „Ich bin nicht mehr an Bord und möchte die Entscheidung nicht kommentieren. Es tut mir für jeden Einzelnen leid.“",
"Laut Wendland sollen die Betroffenen Abfindungen und ein Jahr lang Unterstützung bei der Jobsuche erhalten.",
"Sachsens Wirtschaftsminister Martin Oehlschläger (SPD) sprach von einem „Warnsignal für die ganze Branche“. Der Freistaat hatte Nordlicht vor drei Jahren mit zwölf Millionen Euro gefördert. „Wir erwarten, dass das Unternehmen jetzt jede Möglichkeit nutzt, Entlassungen zu vermeiden“, sagte er.",
"Ein Unternehmenssprecher bestätigte, dass auch das Büro in Dresden mit 60 Beschäftigten geschlossen wird. „Dresden war ein Experiment, das nicht aufgegangen ist“, sagte er.",
"Am Abend standen rund hundert Beschäftigte mit Transparenten vor der Zentrale im Westen der Stadt. Auf einem stand: „Erst wachsen, dann schassen“.",
], quotes=[
("Wir sind in den letzten drei Jahren zu schnell gewachsen, schneller, als unsere Umsätze es erlaubt haben", "Tobias Wendland", {}),
("Diese Entscheidung tut weh, aber sie sichert die übrigen 900 Arbeitsplätze.", "Tobias Wendland", {}),
("Viele haben es zuerst auf LinkedIn gelesen", "eine Entwicklerin", {"unnamed": ["entwicklerin"]}),
("Das war das eigentlich Bittere.", "eine Entwicklerin", {"unnamed": ["entwicklerin"]}),
("vor vollendete Tatsachen", "Sabine Krämer", {"accept": ["Sabine"]}),
("Wir werden jede einzelne Kündigung prüfen", "Sabine Krämer", {"accept": ["Sabine"]}),
("aber nicht mit der Pistole auf der Brust", "Sabine Krämer", {"accept": ["Sabine"]}),
("Taktwerk", None, {}),
("Ich bin nicht mehr an Bord und möchte die Entscheidung nicht kommentieren. Es tut mir für jeden Einzelnen leid.", "Jonas Krämer", {"accept": ["Jonas"]}),
("Warnsignal für die ganze Branche", "Martin Oehlschläger", {}),
("Wir erwarten, dass das Unternehmen jetzt jede Möglichkeit nutzt, Entlassungen zu vermeiden", "Martin Oehlschläger", {}),
("Dresden war ein Experiment, das nicht aufgegangen ist", "Ein Unternehmenssprecher", {"unnamed": ["unternehmenssprecher", "sprecher"]}),
("Erst wachsen, dann schassen", None, {}),
]))

B16.append(dict(id="fr-derniere-traversee", lang="fr", paras=[
"À Villefranche-sur-Loire, « La Dernière Traversée » triomphe pour sa première",
"Salle comble, rappels à n'en plus finir : la création de « La Dernière Traversée », la nouvelle pièce de l'autrice Claire Montagnac, mise en scène par Hugo Ferrand, a été ovationnée vendredi soir au Théâtre des Halles de Villefranche-sur-Loire.",
"« Je n'avais jamais entendu un public se lever aussi vite », a confié l'autrice à l'issue de la représentation, encore émue. « Pendant deux ans, on nous a dit que ce texte était trop long, trop sombre, trop tout. Ce soir, les gens ont répondu. »",
"Pour Hugo Ferrand, le défi était de faire tenir un naufrage sur une scène de huit mètres. « On a tout essayé. Des voiles, des projections, même de l'eau. Surtout pas de l'eau », s'amuse-t-il.",
"Dans le rôle principal, Léa Ferrand, la sœur du metteur en scène, livre une performance saluée par toute la salle. « Hugo est plus dur avec moi qu'avec les autres, et il a raison », glisse-t-elle en riant.",
"Selon la directrice du théâtre, Nadia Benhamou, les représentations jusqu'à fin janvier sont déjà « quasiment complètes ». Une première depuis la réouverture de la salle en 2019.",
"Le maire, Jean-Paul Delorme, rappelle que la création a coûté 180 000 euros, dont un tiers à la charge de la commune. « C'est de l'argent bien dépensé. Un théâtre qui ne crée plus, c'est un musée », a-t-il estimé, en précisant que la ville ne comptait pas réduire sa subvention l'an prochain.",
"Une spectatrice venue de Tours résumait l'avis général à la sortie : « Trois heures, et je n'ai pas regardé ma montre une seule fois. »",
"Seul bémol, relevé par plusieurs critiques présents : une deuxième partie jugée « un peu bavarde ». Claire Montagnac ne s'en offusque pas. « Je couperai peut-être dix minutes. Pas plus », a-t-elle prévenu.",
"La pièce sera jouée jusqu'au 31 janvier, avant une tournée au printemps. Elle sera ensuite présentée au festival « Scènes d'hiver » de Nantes.",
], quotes=[
("La Dernière Traversée", None, {}),
("La Dernière Traversée", None, {}),
("Je n'avais jamais entendu un public se lever aussi vite", "Claire Montagnac", {}),
("Pendant deux ans, on nous a dit que ce texte était trop long, trop sombre, trop tout. Ce soir, les gens ont répondu.", "Claire Montagnac", {}),
("On a tout essayé. Des voiles, des projections, même de l'eau. Surtout pas de l'eau", "Hugo Ferrand", {"accept": ["Hugo"]}),
("Hugo est plus dur avec moi qu'avec les autres, et il a raison", "Léa Ferrand", {"accept": ["Léa"]}),
("quasiment complètes", "Nadia Benhamou", {}),
("C'est de l'argent bien dépensé. Un théâtre qui ne crée plus, c'est un musée", "Jean-Paul Delorme", {}),
("Trois heures, et je n'ai pas regardé ma montre une seule fois.", "Une spectatrice venue de Tours", {"unnamed": ["spectatrice"]}),
("un peu bavarde", "plusieurs critiques présents", {"unnamed": ["critiques", "critique"]}),
("Je couperai peut-être dix minutes. Pas plus", "Claire Montagnac", {}),
("Scènes d'hiver", None, {}),
]))

B16.append(dict(id="es-horario-valdeoro", lang="es", paras=[
"El nuevo horario de trenes deja a Valdeoro sin conexión con Oviedo antes de las nueve",
"VALDEORO (Asturias) – El cambio de horarios que entrará en vigor el próximo 14 de diciembre suprimirá los dos primeros trenes de la mañana entre Valdeoro y Oviedo, lo que obligará a cientos de estudiantes y trabajadores a buscar alternativas por carretera.",
"«Es una decisión tomada en un despacho por alguien que nunca ha cogido el tren de las 6.40», denunció el alcalde de Valdeoro, Manuel Castañedo, en una rueda de prensa en el ayuntamiento. «Vamos a pelear para que se revierta, con todos los medios que tengamos».",
"Según la operadora, Ferrovías del Cantábrico, los dos servicios transportaban una media de 23 viajeros cada uno. «No podemos mantener trenes casi vacíos mientras faltan maquinistas en las líneas con más demanda», explicó un portavoz de la compañía, que recordó que se reforzará el tren de las 9.15.",
"Los afectados no lo ven así. Lucía Ordóñez, enfermera en el Hospital Central, coge el primer tren desde hace once años. «Si no llego a las siete y media, no entro. Ahora tendré que comprarme un coche, y no tengo dinero para un coche», lamenta.",
"Su hija, Marta Ordóñez, estudiante de segundo de Derecho, asegura que media clase depende del mismo tren. «Nos dicen que el de las 9.15 llega a tiempo. Pero las clases empiezan a las ocho y media», ironiza.",
"La consejera de Movilidad, Begoña Fernández Rato, anunció que el Principado pedirá una reunión urgente con la operadora. A su juicio, el recorte es «incompatible» con el plan regional de transporte aprobado en primavera. «No vamos a aceptar que la falta de maquinistas la paguen siempre los mismos», añadió.",
"Fuentes sindicales consultadas por este periódico aseguran que la empresa lleva meses sin convocar plazas. «Se jubilan cuatro maquinistas y entra uno», resumió un delegado del sindicato ferroviario.",
"La plataforma vecinal «Tren Sí» ha convocado una concentración el sábado a mediodía frente a la estación.",
], quotes=[
("Es una decisión tomada en un despacho por alguien que nunca ha cogido el tren de las 6.40", "Manuel Castañedo", {}),
("Vamos a pelear para que se revierta, con todos los medios que tengamos", "Manuel Castañedo", {}),
("No podemos mantener trenes casi vacíos mientras faltan maquinistas en las líneas con más demanda", "un portavoz de la compañía", {"unnamed": ["portavoz"]}),
("Si no llego a las siete y media, no entro. Ahora tendré que comprarme un coche, y no tengo dinero para un coche", "Lucía Ordóñez", {"accept": ["Lucía"]}),
("Nos dicen que el de las 9.15 llega a tiempo. Pero las clases empiezan a las ocho y media", "Marta Ordóñez", {"accept": ["Marta"]}),
("incompatible", "Begoña Fernández Rato", {"accept": ["Fernández Rato", "Fernández"]}),
("No vamos a aceptar que la falta de maquinistas la paguen siempre los mismos", "Begoña Fernández Rato", {"accept": ["Fernández Rato", "Fernández"]}),
("Se jubilan cuatro maquinistas y entra uno", "un delegado del sindicato ferroviario", {"unnamed": ["delegado"]}),
("Tren Sí", None, {}),
]))

B16.append(dict(id="it-siccita-montaperto", lang="it", paras=[
"Siccità, a Montaperto l'acqua arriva un giorno su tre",
"MONTAPERTO (Agrigento) – Da lunedì nei rubinetti dei 14 mila abitanti di Montaperto l'acqua arriverà solo un giorno su tre. Lo ha deciso l'azienda idrica provinciale dopo che il livello dell'invaso di Serra Lunga è sceso al 12 per cento della capacità.",
"«Non abbiamo alternative. Se non riduciamo i consumi adesso, a febbraio non ci sarà acqua neppure per gli ospedali», ha detto il presidente dell'azienda, Salvatore Lo Presti, in conferenza stampa.",
"Secondo i tecnici della Regione, in autunno è caduto meno di un terzo della pioggia attesa. La sindaca Giovanna Russo ha firmato un'ordinanza che vieta di riempire piscine, lavare auto e innaffiare giardini. «So che chiedo un sacrificio enorme», ha ammesso la prima cittadina. «Ma l'alternativa è chiudere le scuole».",
"Non tutti sono convinti. «Da trent'anni si parla di riparare la rete, che perde metà dell'acqua prima che arrivi alle case», attacca Carmelo Russo, consigliere comunale di opposizione, che con la sindaca condivide solo il cognome. «Adesso il conto lo pagano i cittadini».",
"Nella piazza del mercato, ieri mattina, la rabbia era palpabile. «Ho tre bambini piccoli. Come faccio a lavarli un giorno sì e due no?», chiedeva una giovane madre in coda davanti all'autobotte.",
"La situazione è ancora più grave nelle campagne. Secondo l'associazione Terre del Sud, il 40 per cento degli agrumeti della zona rischia di seccarsi. Il presidente, Angelo Mancuso, parla di «un'emergenza che nessuno ha voluto vedere arrivare» e chiede indennizzi immediati.",
"La Regione ha chiesto lo stato di calamità. «Stiamo lavorando con il governo per portare qui due dissalatori mobili entro la primavera», ha fatto sapere l'assessore all'Energia, Filippo Aiello.",
"Intanto l'azienda idrica ha lanciato la campagna «Ogni goccia conta», con volantini nelle scuole e nei bar. Lo Presti non nasconde la preoccupazione: se a gennaio non pioverà, ha spiegato, i turni potrebbero diventare «uno su quattro».",
], quotes=[
("Non abbiamo alternative. Se non riduciamo i consumi adesso, a febbraio non ci sarà acqua neppure per gli ospedali", "Salvatore Lo Presti", {"accept": ["Lo Presti"]}),
("So che chiedo un sacrificio enorme", "Giovanna Russo", {"accept": ["Giovanna"]}),
("Ma l'alternativa è chiudere le scuole", "Giovanna Russo", {"accept": ["Giovanna"]}),
("Da trent'anni si parla di riparare la rete, che perde metà dell'acqua prima che arrivi alle case", "Carmelo Russo", {"accept": ["Carmelo"]}),
("Adesso il conto lo pagano i cittadini", "Carmelo Russo", {"accept": ["Carmelo"]}),
("Ho tre bambini piccoli. Come faccio a lavarli un giorno sì e due no?", "una giovane madre", {"unnamed": ["madre"]}),
("un'emergenza che nessuno ha voluto vedere arrivare", "Angelo Mancuso", {}),
("Stiamo lavorando con il governo per portare qui due dissalatori mobili entro la primavera", "Filippo Aiello", {}),
("Ogni goccia conta", None, {}),
("uno su quattro", "Salvatore Lo Presti", {"accept": ["Lo Presti"]}),
]))

B16.append(dict(id="pt-vindima-douro", lang="pt", paras=[
"Vindima no Douro: calor antecipa colheita e preço da uva cai",
"PESO DA RÉGUA, 12 set 2026 (Lusa) – Os viticultores do Douro terminaram a vindima com três semanas de antecedência, depois de um verão de calor extremo, mas muitos queixam-se de que o preço pago pelas grandes casas exportadoras já não cobre os custos.",
"“Em quarenta anos nunca vi as uvas amadurecerem tão depressa. Começámos a apanhar em agosto, o que é uma loucura”, disse à Lusa Joaquim Mourão, viticultor em Covelinhas, com 12 hectares de vinha.",
"Segundo o produtor, o quilo de uva foi pago este ano a 45 cêntimos, menos 15 do que em 2025. “Assim não dá. O meu filho já me disse que não fica com a quinta”, acrescentou.",
"O filho, Tiago Mourão, de 29 anos, confirma. “Gosto disto, mas não posso trabalhar para perder dinheiro”, afirmou o jovem, que é também enfermeiro em Vila Real.",
"A presidente da Associação de Viticultores do Alto Douro, Fernanda Pinto, fala numa “crise silenciosa” e exige a intervenção do Governo. “Se nada for feito, daqui a dez anos metade das vinhas de socalco estará abandonada”, alertou.",
"Do lado das exportadoras, a leitura é outra. Fonte de uma das maiores casas de vinho do Porto, que pediu para não ser identificada, afirmou que os armazéns “estão cheios” e que as vendas para o Reino Unido caíram 8%. “Não podemos comprar uva que não conseguimos vender”, disse a mesma fonte.",
"O secretário de Estado da Agricultura, Rui Valente, garantiu que o Governo vai estudar uma “destilação de crise” para retirar excedentes do mercado, mas não avançou datas.",
"Apesar de tudo, Covelinhas manteve no sábado a tradicional “Festa da Vindima”. Joaquim Mourão esteve lá, como sempre. “Enquanto houver uva, há festa”, disse, a sorrir.",
], quotes=[
("Em quarenta anos nunca vi as uvas amadurecerem tão depressa. Começámos a apanhar em agosto, o que é uma loucura", "Joaquim Mourão", {"accept": ["Joaquim"]}),
("Assim não dá. O meu filho já me disse que não fica com a quinta", "Joaquim Mourão", {"accept": ["Joaquim"]}),
("Gosto disto, mas não posso trabalhar para perder dinheiro", "Tiago Mourão", {"accept": ["Tiago"]}),
("crise silenciosa", "Fernanda Pinto", {}),
("Se nada for feito, daqui a dez anos metade das vinhas de socalco estará abandonada", "Fernanda Pinto", {}),
("estão cheios", "Fonte de uma das maiores casas de vinho do Porto", {"unnamed": ["fonte"]}),
("Não podemos comprar uva que não conseguimos vender", "Fonte de uma das maiores casas de vinho do Porto", {"unnamed": ["fonte"]}),
("destilação de crise", "Rui Valente", {}),
("Festa da Vindima", None, {}),
("Enquanto houver uva, há festa", "Joaquim Mourão", {"accept": ["Joaquim"]}),
]))

B16.append(dict(id="nl-bibliotheek-zuiderpoort", lang="nl", paras=[
"Bibliotheek Zuiderpoort sluit na 61 jaar de deuren",
"DALVOORDE - De bibliotheek in de wijk Zuiderpoort sluit op 1 maart definitief. De gemeenteraad stemde dinsdagavond in met een bezuiniging van 1,2 miljoen euro op het bibliotheekwerk, waardoor twee van de vijf vestigingen dichtgaan.",
"‘Het doet pijn, dat ga ik niet ontkennen’, zei wethouder Ingrid Bakker (Cultuur) na afloop. ‘Maar we moeten kiezen tussen bibliotheekgebouwen en jeugdzorg, en dan kies ik voor de kinderen.’",
"Volgens Bakker komt er in het buurthuis een ‘afhaalpunt’ waar inwoners gereserveerde boeken kunnen ophalen.",
"Buurtbewoners reageren boos. ‘Een afhaalpunt is geen bibliotheek. Hier komen kinderen na school hun huiswerk maken, omdat ze thuis geen rustige plek hebben’, zegt Fatima El Amrani, die al twintig jaar in de wijk woont. ‘Waar moeten die straks heen?’",
"Ook het personeel is teleurgesteld. ‘We hoorden het uit de krant’, vertelt een bibliothecaresse die anoniem wil blijven. Ze werkt sinds 1998 in het gebouw. ‘Niemand van de gemeente is hier ooit komen kijken.’",
"Raadslid Pieter de Vries (GroenLinks) noemde het besluit ‘kortzichtig’. ‘Over tien jaar betalen we dit dubbel terug, aan taalachterstand en eenzaamheid’, aldus De Vries.",
"Directeur Hanneke Smit van de Openbare Bibliotheek Dalvoorde spreekt van ‘een gemiste kans’, maar wil geen ruzie met de gemeente. ‘Als we nu gaan dwarsliggen, verliezen we volgend jaar misschien nog een vestiging’, zegt ze.",
"Een petitie met de titel ‘Laat Zuiderpoort lezen’ werd binnen een week ruim drieduizend keer ondertekend. De initiatiefnemers willen het gebouw desnoods met vrijwilligers openhouden. Of dat mag, moet de gemeente nog uitzoeken.",
], quotes=[
("Het doet pijn, dat ga ik niet ontkennen", "Ingrid Bakker", {}),
("Maar we moeten kiezen tussen bibliotheekgebouwen en jeugdzorg, en dan kies ik voor de kinderen.", "Ingrid Bakker", {}),
("afhaalpunt", "Ingrid Bakker", {}),
("Een afhaalpunt is geen bibliotheek. Hier komen kinderen na school hun huiswerk maken, omdat ze thuis geen rustige plek hebben", "Fatima El Amrani", {"accept": ["El Amrani"]}),
("Waar moeten die straks heen?", "Fatima El Amrani", {"accept": ["El Amrani"]}),
("We hoorden het uit de krant", "een bibliothecaresse", {"unnamed": ["bibliothecaresse"]}),
("Niemand van de gemeente is hier ooit komen kijken.", "een bibliothecaresse", {"unnamed": ["bibliothecaresse"]}),
("kortzichtig", "Pieter de Vries", {"accept": ["De Vries"]}),
("Over tien jaar betalen we dit dubbel terug, aan taalachterstand en eenzaamheid", "Pieter de Vries", {"accept": ["De Vries"]}),
("een gemiste kans", "Hanneke Smit", {}),
("Als we nu gaan dwarsliggen, verliezen we volgend jaar misschien nog een vestiging", "Hanneke Smit", {}),
("Laat Zuiderpoort lezen", None, {}),
]))

B16.append(dict(id="pl-rower-miejski-radomierz", lang="pl", paras=[
"Rower miejski wraca do Radomierza. Ratusz ogłasza przetarg",
"Po dwóch latach przerwy na ulice Radomierza wrócą rowery miejskie. Prezydent miasta ogłosił w poniedziałek przetarg na system, który od kwietnia ma obejmować 60 stacji i 600 rowerów, w tym 150 elektrycznych.",
"„Mieszkańcy pytali o to na każdym spotkaniu. Rower miejski to nie jest fanaberia, to normalny środek transportu” – powiedział na konferencji prasowej prezydent Radomierza Krzysztof Nowakowski.",
"Poprzedni system, prowadzony przez prywatnego operatora, zakończył działalność w 2024 r., gdy firma ogłosiła upadłość. Według Nowakowskiego nowa umowa ma zabezpieczyć miasto przed powtórką. „Tym razem rowery będą własnością miasta, a operator będzie nimi tylko zarządzał” – zaznaczył.",
"Nie wszyscy radni są przekonani. „Wydajemy 14 milionów złotych, a w mieście wciąż nie ma spójnej sieci dróg rowerowych” – mówi radna opozycji Agnieszka Wróbel. Jej zdaniem pieniądze powinny najpierw trafić na „bezpieczną infrastrukturę, a dopiero potem na rowery”.",
"Inaczej widzi to stowarzyszenie „Miasto dla Rowerów”, które od lat domagało się powrotu systemu. „To jest jak z kurą i jajkiem. Ludzie zaczną jeździć, kiedy będą mieli czym, i wtedy presja na ścieżki wzrośnie” – przekonuje jego prezes Tomasz Wróbel, który z radną nie jest spokrewniony.",
"Studentka politechniki, z którą rozmawialiśmy na przystanku przy kampusie, cieszy się z decyzji. „Autobus jeździ co 20 minut i zawsze jest pełny. Rowerem byłabym na zajęciach w dziesięć minut” – mówi.",
"Według ratusza pierwsze 20 minut jazdy ma być bezpłatne. Wiceprezydent ds. transportu Ewa Lis zapowiedziała, że opłaty będą „niższe niż bilet autobusowy”. Oferty można składać do końca stycznia. Miasto liczy, że w pierwszym roku z systemu skorzysta co najmniej 40 tysięcy osób.",
], quotes=[
("Mieszkańcy pytali o to na każdym spotkaniu. Rower miejski to nie jest fanaberia, to normalny środek transportu", "Krzysztof Nowakowski", {}),
("Tym razem rowery będą własnością miasta, a operator będzie nimi tylko zarządzał", "Krzysztof Nowakowski", {}),
("Wydajemy 14 milionów złotych, a w mieście wciąż nie ma spójnej sieci dróg rowerowych", "Agnieszka Wróbel", {"accept": ["Agnieszka"]}),
("bezpieczną infrastrukturę, a dopiero potem na rowery", "Agnieszka Wróbel", {"accept": ["Agnieszka"]}),
("Miasto dla Rowerów", None, {}),
("To jest jak z kurą i jajkiem. Ludzie zaczną jeździć, kiedy będą mieli czym, i wtedy presja na ścieżki wzrośnie", "Tomasz Wróbel", {"accept": ["Tomasz"]}),
("Autobus jeździ co 20 minut i zawsze jest pełny. Rowerem byłabym na zajęciach w dziesięć minut", "Studentka politechniki", {"unnamed": ["studentka"]}),
("niższe niż bilet autobusowy", "Ewa Lis", {}),
]))

B16.append(dict(id="sv-fjallraddning-grafjallet", lang="sv", paras=[
"Skidåkare räddades efter två dygn i snögrotta",
"Två skidåkare från Göteborg hittades vid liv på söndagsmorgonen efter att ha tillbringat två nätter i en snögrotta på Gråfjället i västra Jämtland. Fjällräddningen hade letat efter dem sedan i fredags.",
"”De hade gjort allt rätt. De grävde in sig, höll sig torra och väntade på oss”, säger Anders Lundqvist, insatsledare vid polisens fjällräddning i Åre.",
"Männen, 34 och 37 år gamla, hade gett sig ut på en dagstur på fredagsmorgonen men överraskades av en snöstorm med vindbyar på över 30 meter per sekund. Enligt Lundqvist var sikten under stora delar av lördagen ”i princip noll”.",
"En helikopter kunde lyfta först på söndagen när vinden mojnade. ”Vi såg spåren från luften och sedan en skidstav som stack upp ur snön. Det var en fin syn”, säger helikopterpiloten Maria Holm.",
"Den yngre av männen, Johan Ek, ringde sin sambo från sjukhuset i Östersund. ”Jag har aldrig varit så glad att höra någons röst”, säger Sara Nyberg, som larmade polisen när männen inte kom tillbaka till stugan på fredagskvällen. ”Han lät trött, men han skämtade redan.”",
"Båda männen vårdas för nedkylning. ”De är utmattade, men i förvånansvärt gott skick”, uppger en sjuksköterska på akutmottagningen.",
"Länsstyrelsen har nu utfärdat en varning för turer i området och rekommenderar appen ”Fjällsäker”. ”Kolla prognosen, och vänd hellre en gång för mycket än en gång för lite”, uppmanar länsstyrelsens fjällsäkerhetsansvariga Karin Holm, som inte är släkt med piloten.",
"För Anders Lundqvist, som varit med i fjällräddningen i tjugo år, blev söndagen en bra dag.",
"”Varje gång vi hittar någon vid liv minns man varför man håller på med det här”, säger han.",
], quotes=[
("De hade gjort allt rätt. De grävde in sig, höll sig torra och väntade på oss", "Anders Lundqvist", {}),
("i princip noll", "Anders Lundqvist", {}),
("Vi såg spåren från luften och sedan en skidstav som stack upp ur snön. Det var en fin syn", "Maria Holm", {"accept": ["Maria"]}),
("Jag har aldrig varit så glad att höra någons röst", "Sara Nyberg", {}),
("Han lät trött, men han skämtade redan.", "Sara Nyberg", {}),
("De är utmattade, men i förvånansvärt gott skick", "en sjuksköterska på akutmottagningen", {"unnamed": ["sjuksköterska"]}),
("Fjällsäker", None, {}),
("Kolla prognosen, och vänd hellre en gång för mycket än en gång för lite", "Karin Holm", {"accept": ["Karin"]}),
("Varje gång vi hittar någon vid liv minns man varför man håller på med det här", "Anders Lundqvist", {}),
]))


# Batch 17: eight articles, one each in German, French, Spanish, Italian, Portuguese, Dutch, Polish and
# Swedish, written at the start of session 26 by a helper who writes no rules, before any of that
# release's rules and without reading any miss, on topics unlike the earlier batches' (bees dying after a
# crop spraying, a ski resort closed for want of snow, a film shoot closing an old town's streets, church
# bells taken to court, a surf contest cancelled for sewage, a data centre's water use, a bear in a town,
# reindeer herders against test drilling), each in its language's marks and attribution habits (the verb
# inverted after the quotation, "so", "selon", "según", "secondo", "segundo", "volgens", "według",
# "enligt", "aldus", "jego zdaniem", a pronoun or dropped subject after a named person, an unnamed
# source, two people of one surname in every article, titles, names and slogans in marks that nobody
# speaks). Every person and the smaller places invented. Labelled while writing and committed before the
# engine ran on it. Only measured.
B17 = []

B17.append(dict(id="de-bienensterben-oberhain", lang="de", paras="""
Bienensterben in Oberhain: Imker machen Spritzmittel verantwortlich
OBERHAIN (dpa) – Im Landkreis Vorderau sind in der vergangenen Woche nach Angaben des örtlichen Imkervereins mehr als 80 Bienenvölker verendet. Die Imker machen ein Pflanzenschutzmittel verantwortlich, das auf einem Rapsfeld am Ortsrand ausgebracht worden sein soll.
„Vor den Fluglöchern lagen die toten Bienen zentimeterdick. So etwas habe ich in dreißig Jahren nicht gesehen“, sagte der Vorsitzende des Imkervereins Oberhain, Gerhard Wendling. „Manche Kollegen haben ihren ganzen Bestand verloren.“ Er hat Proben an ein Prüflabor in Braunschweig geschickt.
Der Landwirt, dem das Feld gehört, weist die Vorwürfe zurück. Er habe ein zugelassenes Mittel ausgebracht, und zwar am Abend, wenn keine Bienen mehr fliegen, sagte Jörg Tessmer der Zeitung. „Ich bin doch selbst auf die Bienen angewiesen. Ohne Bestäubung keine Ernte“, so Tessmer. Die Vorwürfe gegen ihn nannte er „eine Hetzjagd“.
Laut Landratsamt ermittelt inzwischen die Pflanzenschutzbehörde. Eine Sprecherin der Behörde sagte: „Wir nehmen die Meldungen sehr ernst. Bis die Laborergebnisse vorliegen, werden wir aber keine Schuldigen benennen.“
Bei den Grünen im Kreistag ist die Empörung groß. Fraktionschefin Miriam Albers forderte ein Verbot des Mittels im ganzen Landkreis. „Wer jetzt noch abwartet, nimmt das nächste Bienensterben in Kauf“, sagte sie. Sie verwies auf die Volksinitiative „Rettet die Bienen“, die im vergangenen Jahr 40.000 Unterschriften gesammelt hatte.
Der Kreisbauernverband warnt dagegen vor Vorverurteilungen. „Es gibt viele Ursachen für tote Bienenvölker, die Varroamilbe zum Beispiel“, erklärte Verbandsgeschäftsführer Klaus-Dieter Ruhnke. „Erst die Analyse, dann das Urteil.“
Auch die Hobbyimkerin Sabine Wendling, die Tochter des Vereinsvorsitzenden, hat zwölf Völker verloren. „Mein Vater hat mir das Imkern beigebracht. Jetzt stehen wir beide vor leeren Kästen“, sagte die 34-Jährige.
Die Ergebnisse aus dem Labor werden in zwei Wochen erwartet. Der Vereinschef will notfalls klagen: „Dann soll ein Gericht entscheiden, wer für den Schaden aufkommt.“
""".strip().split("\n"), quotes=[
("Vor den Fluglöchern lagen die toten Bienen zentimeterdick. So etwas habe ich in dreißig Jahren nicht gesehen", "Gerhard Wendling", {"accept": []}),
("Manche Kollegen haben ihren ganzen Bestand verloren.", "Gerhard Wendling", {"accept": []}),
("Ich bin doch selbst auf die Bienen angewiesen. Ohne Bestäubung keine Ernte", "Jörg Tessmer", {}),
("eine Hetzjagd", "Jörg Tessmer", {}),
("Wir nehmen die Meldungen sehr ernst. Bis die Laborergebnisse vorliegen, werden wir aber keine Schuldigen benennen.", "Eine Sprecherin der Behörde", {"unnamed": ["sprecherin"]}),
("Wer jetzt noch abwartet, nimmt das nächste Bienensterben in Kauf", "Miriam Albers", {}),
("Rettet die Bienen", None, {}),
("Es gibt viele Ursachen für tote Bienenvölker, die Varroamilbe zum Beispiel", "Klaus-Dieter Ruhnke", {}),
("Erst die Analyse, dann das Urteil.", "Klaus-Dieter Ruhnke", {}),
("Mein Vater hat mir das Imkern beigebracht. Jetzt stehen wir beide vor leeren Kästen", "Sabine Wendling", {"accept": []}),
("Dann soll ein Gericht entscheiden, wer für den Schaden aufkommt.", "Gerhard Wendling", {"accept": []}),
]))

B17.append(dict(id="fr-station-mont-aurel", lang="fr", paras="""
Faute de neige, la station du Mont-Aurel ferme ses remontées mécaniques
GRENOBLE – Pour la deuxième saison consécutive, la petite station du Mont-Aurel ne rouvrira pas ses remontées mécaniques cet hiver. Le conseil municipal de Saint-Firmin-d'Aurel a voté lundi soir la fermeture du domaine skiable, faute de neige et d'argent.
« Nous avons fait tourner les canons à neige jusqu'au dernier moment, mais à 1 400 mètres, il ne gèle plus assez la nuit », a expliqué le maire, Bernard Giraudet, à l'issue du vote. « Chaque saison ouverte nous coûte 300 000 euros. La commune ne peut plus suivre. »
Une décision « crève-cœur » pour les 24 saisonniers employés chaque hiver. Parmi eux, Léa Martinot, monitrice de ski depuis quinze ans : « J'ai appris à skier ici, mes enfants aussi. Je ne sais pas où j'irai travailler l'an prochain. » Selon elle, plusieurs familles envisagent déjà de quitter la vallée.
Selon le climatologue Pascal Verdier, chercheur à l'université de Grenoble, les stations de moyenne montagne « n'ont plus d'avenir dans le ski alpin ». « Il faut préparer l'après maintenant, pas dans dix ans », estime-t-il.
La région, qui avait financé en 2019 un nouveau télésiège, se dit « surprise ». « Nous n'avons pas été consultés », a regretté un conseiller régional, qui a souhaité rester anonyme.
Le maire veut désormais miser sur la randonnée et le VTT. Un projet baptisé « Aurel 4 saisons » doit être présenté au printemps. « On ne va pas fermer le village, on va le transformer », a assuré l'élu.
Au café du village, l'amertume domine. « Ils parlent de vélo, mais qui viendra pédaler ici en février ? », lance Robert Chabal, 71 ans, ancien pisteur. Son fils, Thierry Chabal, tient le magasin de location de skis : « Pour moi, c'est la fin. Je vends le fonds de commerce. »
""".strip().split("\n"), quotes=[
("Nous avons fait tourner les canons à neige jusqu'au dernier moment, mais à 1 400 mètres, il ne gèle plus assez la nuit", "Bernard Giraudet", {}),
("Chaque saison ouverte nous coûte 300 000 euros. La commune ne peut plus suivre.", "Bernard Giraudet", {}),
("crève-cœur", None, {}),
("J'ai appris à skier ici, mes enfants aussi. Je ne sais pas où j'irai travailler l'an prochain.", "Léa Martinot", {}),
("n'ont plus d'avenir dans le ski alpin", "Pascal Verdier", {}),
("Il faut préparer l'après maintenant, pas dans dix ans", "Pascal Verdier", {}),
("surprise", "La région", {"unnamed": ["région"]}),
("Nous n'avons pas été consultés", "un conseiller régional", {"unnamed": ["conseiller"]}),
("Aurel 4 saisons", None, {}),
("On ne va pas fermer le village, on va le transformer", "Bernard Giraudet", {}),
("Ils parlent de vélo, mais qui viendra pédaler ici en février ?", "Robert Chabal", {"accept": []}),
("Pour moi, c'est la fin. Je vends le fonds de commerce.", "Thierry Chabal", {"accept": []}),
]))

B17.append(dict(id="es-rodaje-alcazar-de-tormes", lang="es", paras="""
Los vecinos del casco antiguo de Alcázar de Tormes, hartos del rodaje de una superproducción
SALAMANCA.– El rodaje de la película estadounidense «La última corona» mantiene cortadas desde hace tres semanas seis calles del casco histórico de Alcázar de Tormes, y la paciencia de los vecinos se agota.
«No podemos salir de casa sin enseñar una pulsera a un guardia de seguridad. En mi propio barrio», se quejó Remedios Calvo, de 68 años, que vive en la calle del Pozo desde que nació. Según ella, los camiones de la productora ocupan las plazas de aparcamiento de los residentes desde las cinco de la mañana.
El alcalde, Fernando Ledesma, defendió el rodaje ante el pleno municipal. «Esta película va a poner a nuestro pueblo en el mapa del mundo», afirmó. «Cada día de rodaje deja en la localidad más de 200.000 euros en hoteles, restaurantes y comercios». El regidor añadió que la productora ha pagado 90.000 euros por la ocupación de la vía pública.
La oposición no lo ve igual. Según la portavoz de Izquierda Unida, Nuria Salcedo, el Ayuntamiento «ha vendido el pueblo por una semana de gloria». «Nadie preguntó a los vecinos», dijo Salcedo.
Fuentes de la productora, que pidieron no ser identificadas, aseguraron a este periódico que el rodaje terminará el día 20. «Entendemos las molestias y estamos compensando a los comercios afectados», señalaron.
No todos los comerciantes se quejan. «Llevo tres semanas sirviendo cafés a los técnicos desde las seis de la mañana. Ojalá rodaran aquí todos los años», dice entre risas Julián Prieto, dueño del bar La Campana. Su hermana, Carmen Prieto, que regenta la mercería de al lado, no piensa lo mismo: «Yo no he vendido ni un botón en tres semanas».
La asociación vecinal El Arrabal ha convocado una concentración para el sábado bajo el lema «Nuestro barrio no es un decorado». Su presidente, Ignacio Varela, explicó: «No estamos contra el cine. Estamos contra que nos traten como figurantes en nuestras propias calles».
""".strip().split("\n"), quotes=[
("La última corona", None, {}),
("No podemos salir de casa sin enseñar una pulsera a un guardia de seguridad. En mi propio barrio", "Remedios Calvo", {}),
("Esta película va a poner a nuestro pueblo en el mapa del mundo", "Fernando Ledesma", {}),
("Cada día de rodaje deja en la localidad más de 200.000 euros en hoteles, restaurantes y comercios", "Fernando Ledesma", {}),
("ha vendido el pueblo por una semana de gloria", "Nuria Salcedo", {}),
("Nadie preguntó a los vecinos", "Nuria Salcedo", {}),
("Entendemos las molestias y estamos compensando a los comercios afectados", "Fuentes de la productora", {"unnamed": ["fuentes", "productora"]}),
("Llevo tres semanas sirviendo cafés a los técnicos desde las seis de la mañana. Ojalá rodaran aquí todos los años", "Julián Prieto", {"accept": []}),
("Yo no he vendido ni un botón en tres semanas", "Carmen Prieto", {"accept": []}),
("Nuestro barrio no es un decorado", None, {}),
("No estamos contra el cine. Estamos contra que nos traten como figurantes en nuestras propias calles", "Ignacio Varela", {}),
]))

B17.append(dict(id="it-campane-borgo-collina", lang="it", paras="""
Le campane di San Vitale suonano troppo: un residente porta la parrocchia in tribunale
RAVENNA – Da quattro secoli le campane della chiesa di San Vitale a Borgo Collina scandiscono le ore del paese. Ora potrebbe essere un giudice a zittirle: un residente ha fatto causa alla parrocchia per disturbo della quiete pubblica, chiedendo che i rintocchi notturni vengano sospesi.
«Suonano ogni quarto d'ora, anche alle tre di notte. Non dormo da mesi», ha raccontato ai giornalisti Massimo Ferrante, 52 anni, ingegnere trasferitosi in paese due anni fa. «Non ce l'ho con la Chiesa, ce l'ho con il rumore». Secondo lui, le misurazioni di un tecnico superano di dieci decibel i limiti di legge.
Il parroco, don Alberto Casadei, si dice «amareggiato». «Le campane sono la voce del paese. Qui nessuno si era mai lamentato», ha detto dopo la messa domenicale. «Siamo disposti a parlarne, ma non in tribunale».
In paese è nata una raccolta firme, «Giù le mani dalle campane», che ha già superato le 1.500 adesioni, più degli abitanti di Borgo Collina. Secondo la promotrice, Giulia Ricci, «chi viene a vivere in campagna deve accettare anche i suoi suoni».
La sindaca Elena Baroncini ha provato a mediare. «Ho proposto di spegnere i rintocchi tra mezzanotte e le sei, come si fa in molti comuni», ha spiegato. La proposta però non ha convinto nessuna delle due parti.
L'avvocato di Ferrante, Paolo Gentilini, ha ricordato che casi simili sono già arrivati in Cassazione. «La tradizione non è un'esimente. Il rumore è rumore, anche quando viene da un campanile», ha dichiarato.
Non la pensa così Luca Ferrante, il fratello maggiore dell'ingegnere, che vive in paese da sempre e ha firmato la petizione: «Mio fratello è una brava persona, ma qui le campane c'erano prima di lui».
Una fonte della Curia, che ha chiesto di non essere citata, ha fatto sapere che il vescovo segue la vicenda «con attenzione e con un certo imbarazzo». La prima udienza è fissata per il 14 marzo.
""".strip().split("\n"), quotes=[
("Suonano ogni quarto d'ora, anche alle tre di notte. Non dormo da mesi", "Massimo Ferrante", {"accept": []}),
("Non ce l'ho con la Chiesa, ce l'ho con il rumore", "Massimo Ferrante", {"accept": []}),
("amareggiato", "Alberto Casadei", {"accept": ["Casadei", "don Alberto Casadei"]}),
("Le campane sono la voce del paese. Qui nessuno si era mai lamentato", "Alberto Casadei", {"accept": ["Casadei", "don Alberto Casadei"]}),
("Siamo disposti a parlarne, ma non in tribunale", "Alberto Casadei", {"accept": ["Casadei", "don Alberto Casadei"]}),
("Giù le mani dalle campane", None, {}),
("chi viene a vivere in campagna deve accettare anche i suoi suoni", "Giulia Ricci", {}),
("Ho proposto di spegnere i rintocchi tra mezzanotte e le sei, come si fa in molti comuni", "Elena Baroncini", {}),
("La tradizione non è un'esimente. Il rumore è rumore, anche quando viene da un campanile", "Paolo Gentilini", {}),
("Mio fratello è una brava persona, ma qui le campane c'erano prima di lui", "Luca Ferrante", {"accept": []}),
("con attenzione e con un certo imbarazzo", "Una fonte della Curia", {"unnamed": ["fonte"]}),
]))

B17.append(dict(id="pt-surf-fonte-velha", lang="pt", paras="""
Campeonato de surf cancelado na praia da Fonte Velha por causa de esgotos
PORTO SALGADO – A etapa portuguesa do circuito europeu de surf, que devia começar esta sexta-feira na praia da Fonte Velha, foi cancelada depois de análises à água terem detetado níveis de bactérias fecais muito acima do permitido. Cerca de 120 surfistas de 14 países já estavam na vila.
«Não podemos pôr a saúde dos atletas em risco. Foi uma decisão difícil, mas a única possível», disse à agência Lusa o diretor da prova, Nuno Cardoso. «Estamos a falar de um trabalho de dois anos que vai literalmente pelo cano abaixo», acrescentou.
A origem da contaminação será uma rutura num coletor da estação de tratamento de águas residuais, segundo a empresa municipal Águas de Porto Salgado. Em comunicado, a empresa garante que a avaria «foi reparada na quarta-feira» e que a água «estará própria para banhos dentro de poucos dias».
O presidente da Câmara, Joaquim Pestana, falou em «um azar» e lembrou que a autarquia investiu oito milhões de euros na rede de saneamento desde 2020. Mas para a associação ambientalista Mar Limpo a explicação não convence. «Não é a primeira rutura, é a quarta em dois anos. Avisámos toda a gente e ninguém quis ouvir», afirmou a sua porta-voz, Inês Valadares.
Entre os surfistas, a frustração era evidente. O campeão nacional, Tiago Mendonça, que cresceu na vila, não escondeu a tristeza: «Surfei nesta praia a vida toda. Ver a bandeira vermelha no dia do campeonato custa muito». O pai, Rui Mendonça, que foi o primeiro surfista da terra, foi mais duro: «Isto é uma vergonha para Porto Salgado».
Um comerciante da marginal, que preferiu não ser identificado, fez as contas ao prejuízo. «Tinha os quartos todos reservados para a semana. Metade já cancelou», contou.
Segundo a organização, a etapa poderá ser remarcada para outubro. O cartaz oficial, com o slogan «Onde o Atlântico começa», continua afixado nas montras da vila.
""".strip().split("\n"), quotes=[
("Não podemos pôr a saúde dos atletas em risco. Foi uma decisão difícil, mas a única possível", "Nuno Cardoso", {}),
("Estamos a falar de um trabalho de dois anos que vai literalmente pelo cano abaixo", "Nuno Cardoso", {}),
("foi reparada na quarta-feira", "Águas de Porto Salgado", {"accept": ["a empresa", "empresa"]}),
("estará própria para banhos dentro de poucos dias", "Águas de Porto Salgado", {"accept": ["a empresa", "empresa"]}),
("um azar", "Joaquim Pestana", {}),
("Não é a primeira rutura, é a quarta em dois anos. Avisámos toda a gente e ninguém quis ouvir", "Inês Valadares", {}),
("Surfei nesta praia a vida toda. Ver a bandeira vermelha no dia do campeonato custa muito", "Tiago Mendonça", {"accept": []}),
("Isto é uma vergonha para Porto Salgado", "Rui Mendonça", {"accept": []}),
("Tinha os quartos todos reservados para a semana. Metade já cancelou", "Um comerciante da marginal", {"unnamed": ["comerciante"]}),
("Onde o Atlântico começa", None, {}),
]))

B17.append(dict(id="nl-datacenter-oostermade", lang="nl", paras="""
Oostermade in verzet tegen datacenter dat evenveel water gebruikt als een stad
OOSTERMADE - Ruim vierhonderd inwoners van Oostermade hebben dinsdagavond in de sporthal geprotesteerd tegen de komst van een groot datacenter aan de rand van het dorp. Het Amerikaanse techbedrijf Nordvault wil er een complex van twintig hectare bouwen dat in de zomer dagelijks tot anderhalf miljoen liter water nodig heeft om te koelen.
‘Wij mogen in droge zomers onze tuinen niet sproeien, en dan komt er een bedrijf dat water verbruikt als een stad van twintigduizend mensen’, zei Annelies de Boer van het actiecomité ‘Oostermade Blijft Groen’. ‘Dat voelt als een klap in het gezicht.’
Wethouder Economische Zaken Henk Postma (VVD) verdedigde het plan. Volgens hem levert het datacenter driehonderd banen op en gaat de restwarmte naar een nieuwe woonwijk. ‘We kunnen niet elke investering wegsturen omdat die ergens last veroorzaakt’, zei Postma.
Een woordvoerder van Nordvault liet in een schriftelijke reactie weten dat het bedrijf ‘grotendeels gezuiverd afvalwater’ wil gebruiken. ‘Wij gaan geen drinkwater gebruiken voor de koeling. Dat is een harde toezegging’, aldus de woordvoerder.
Het waterschap is minder stellig. Volgens dijkgraaf Wim Kuiper is ‘nog helemaal niet duidelijk’ waar dat afvalwater vandaan moet komen. ‘Die hoeveelheden hebben wij niet liggen’, zei hij tegen de regionale omroep.
Boer Gerrit Jan Vos, wiens land aan het bouwterrein grenst, sprak van ‘een fabriek zonder ramen’. Zijn zoon Ruben Vos is juist voor: ‘Ik wil hier later kunnen blijven wonen, en daar heb je werk voor nodig.’
De gemeenteraad neemt in april een besluit. De actievoerders stappen naar de Raad van State als het plan doorgaat. ‘Dan zien we elkaar in Den Haag’, aldus De Boer.
""".strip().split("\n"), quotes=[
("Wij mogen in droge zomers onze tuinen niet sproeien, en dan komt er een bedrijf dat water verbruikt als een stad van twintigduizend mensen", "Annelies de Boer", {}),
("Oostermade Blijft Groen", None, {}),
("Dat voelt als een klap in het gezicht.", "Annelies de Boer", {}),
("We kunnen niet elke investering wegsturen omdat die ergens last veroorzaakt", "Henk Postma", {}),
("grotendeels gezuiverd afvalwater", "Een woordvoerder van Nordvault", {"unnamed": ["woordvoerder"]}),
("Wij gaan geen drinkwater gebruiken voor de koeling. Dat is een harde toezegging", "Een woordvoerder van Nordvault", {"unnamed": ["woordvoerder"]}),
("nog helemaal niet duidelijk", "Wim Kuiper", {}),
("Die hoeveelheden hebben wij niet liggen", "Wim Kuiper", {}),
("een fabriek zonder ramen", "Gerrit Jan Vos", {"accept": []}),
("Ik wil hier later kunnen blijven wonen, en daar heb je werk voor nodig.", "Ruben Vos", {"accept": []}),
("Dan zien we elkaar in Den Haag", "Annelies de Boer", {}),
]))

B17.append(dict(id="pl-niedzwiedz-brzozowiec", lang="pl", paras="""
Niedźwiedź spaceruje ulicami Brzozowca. Szkoła kończy lekcje przed zmrokiem
BRZOZOWIEC – Od tygodnia po ulicach Brzozowca w Bieszczadach krąży niedźwiedź. Zwierzę kilkakrotnie widziano w pobliżu szkoły podstawowej i przy osiedlowych śmietnikach. Dyrekcja szkoły zdecydowała, że do odwołania lekcje będą kończyć się przed zmrokiem.
„Wczoraj rano stał dwadzieścia metrów od boiska. Dzieci widziały go przez okno” – powiedziała dyrektorka szkoły Halina Kowalczyk. „Nie będę ryzykować. Rodzice odbierają dzieci o piętnastej” – dodała.
Według leśników to młody samiec, który nauczył się szukać jedzenia w odpadach. „Problemem nie jest niedźwiedź, tylko otwarte kontenery na śmieci. Dopóki ludzie będą je tak zostawiać, zwierzę będzie wracać” – tłumaczy Marek Zawadzki z Nadleśnictwa Brzozowiec.
Burmistrz Stanisław Rybak zapowiedział, że gmina kupi zamykane pojemniki. Jego zdaniem to jednak za mało. „Potrzebujemy zgody na odłowienie zwierzęcia i przewiezienie go w głąb lasu. Czekamy na nią od pięciu dni” – mówił Rybak podczas sesji rady.
Radny opozycji Tomasz Lis twierdzi, że gmina zlekceważyła sygnały. „Pisaliśmy o otwartych śmietnikach już w zeszłym roku. Nikt nam nie odpowiedział” – powiedział. Według niego koszt nowych pojemników to „grosze w porównaniu z ryzykiem”.
Regionalna Dyrekcja Ochrony Środowiska przekazała PAP, że wniosek jest rozpatrywany. „Odstrzał nie wchodzi w grę. Niedźwiedź brunatny jest gatunkiem ściśle chronionym” – podkreśliła rzeczniczka dyrekcji.
Mieszkańcy są podzieleni. „Mieszkam tu czterdzieści lat i niedźwiedzie zawsze były. Nie róbmy z tego sensacji” – mówi Józef Kowalczyk, emerytowany gajowy. Inaczej widzi to jego sąsiadka, która prosi o anonimowość: „Boję się wyjść z psem wieczorem. Ktoś musi w końcu coś z tym zrobić”.
Na Facebooku powstała grupa „Misiek z Brzozowca”, w której mieszkańcy publikują zdjęcia i nagrania zwierzęcia. Ma już ponad sześć tysięcy członków.
""".strip().split("\n"), quotes=[
("Wczoraj rano stał dwadzieścia metrów od boiska. Dzieci widziały go przez okno", "Halina Kowalczyk", {"accept": []}),
("Nie będę ryzykować. Rodzice odbierają dzieci o piętnastej", "Halina Kowalczyk", {"accept": []}),
("Problemem nie jest niedźwiedź, tylko otwarte kontenery na śmieci. Dopóki ludzie będą je tak zostawiać, zwierzę będzie wracać", "Marek Zawadzki", {}),
("Potrzebujemy zgody na odłowienie zwierzęcia i przewiezienie go w głąb lasu. Czekamy na nią od pięciu dni", "Stanisław Rybak", {}),
("Pisaliśmy o otwartych śmietnikach już w zeszłym roku. Nikt nam nie odpowiedział", "Tomasz Lis", {}),
("grosze w porównaniu z ryzykiem", "Tomasz Lis", {}),
("Odstrzał nie wchodzi w grę. Niedźwiedź brunatny jest gatunkiem ściśle chronionym", "rzeczniczka dyrekcji", {"unnamed": ["rzeczniczka"]}),
("Mieszkam tu czterdzieści lat i niedźwiedzie zawsze były. Nie róbmy z tego sensacji", "Józef Kowalczyk", {"accept": []}),
("Boję się wyjść z psem wieczorem. Ktoś musi w końcu coś z tym zrobić", "jego sąsiadka", {"unnamed": ["sąsiadka"]}),
("Misiek z Brzozowca", None, {}),
]))

B17.append(dict(id="sv-provborrning-ruoktovaara", lang="sv", paras="""
Samebyn protesterar mot provborrning på kalvningslandet
JOKKMOKK Samebyn Ruoktovaara överklagar Bergsstatens beslut att ge det brittiska bolaget Norrmet tillstånd att provborra efter nickel på fjället Stuorravárri. Området är en av byns viktigaste kalvningsplatser. Beslutet kom strax före jul, och samebyn har haft tre veckor på sig att överklaga.
”Om de borrar där i maj, när vajorna kalvar, förlorar vi en hel årgång kalvar. Det handlar om vår framtid”, säger samebyns ordförande Nils-Anders Gaup. ”Ingen har frågat oss på riktigt. Vi fick ett brev.”
Norrmets Sverigechef Malin Ekström säger att bolaget är berett att anpassa arbetet. ”Vi kan borra på hösten i stället, och vi har erbjudit samebyn ersättning”, säger hon. Enligt Ekström handlar det om ”tio borrhål, inte en gruva”.
Kommunalrådet Per Lindberg (S) välkomnar prospekteringen. ”Kommunen behöver jobb. Unga flyttar härifrån varje år”, säger han till tidningen.
Bergsstaten vill inte kommentera överklagandet. ”Vi har fattat beslutet enligt minerallagen och har inget att tillägga”, skriver myndighetens presschef Johan Rask i ett mejl.
Enligt en tjänsteman på länsstyrelsen, som inte vill framträda med namn, har myndigheten ”allvarliga invändningar” mot beslutet. ”Vi påpekade riskerna för rennäringen redan i remissen, men det tog Bergsstaten ingen hänsyn till”, säger tjänstemannen.
Renskötaren Ánde Gaup, brorson till ordföranden, har sina renar närmast borrplatsen. ”Jag är fjärde generationen här. Jag tänker inte bli den sista”, säger han.
I Ruoktovaara finns omkring 6 000 renar, och vintern har redan varit svår, med is på betesmarkerna. ”Renarna har haft det tufft sedan januari. Störs de i kalvningen nu kan det bli en katastrof”, säger Nils-Anders Gaup.
Samebyn har startat kampanjen ”Inga borrar i kalvlandet” i sociala medier. Överklagandet ska prövas av förvaltningsrätten i Luleå under våren.
""".strip().split("\n"), quotes=[
("Om de borrar där i maj, när vajorna kalvar, förlorar vi en hel årgång kalvar. Det handlar om vår framtid", "Nils-Anders Gaup", {"accept": []}),
("Ingen har frågat oss på riktigt. Vi fick ett brev.", "Nils-Anders Gaup", {"accept": []}),
("Vi kan borra på hösten i stället, och vi har erbjudit samebyn ersättning", "Malin Ekström", {}),
("tio borrhål, inte en gruva", "Malin Ekström", {}),
("Kommunen behöver jobb. Unga flyttar härifrån varje år", "Per Lindberg", {}),
("Vi har fattat beslutet enligt minerallagen och har inget att tillägga", "Johan Rask", {}),
("allvarliga invändningar", "en tjänsteman på länsstyrelsen", {"unnamed": ["tjänsteman", "tjänstemannen"]}),
("Vi påpekade riskerna för rennäringen redan i remissen, men det tog Bergsstaten ingen hänsyn till", "en tjänsteman på länsstyrelsen", {"unnamed": ["tjänsteman", "tjänstemannen"]}),
("Jag är fjärde generationen här. Jag tänker inte bli den sista", "Ánde Gaup", {"accept": []}),
("Renarna har haft det tufft sedan januari. Störs de i kalvningen nu kan det bli en katastrof", "Nils-Anders Gaup", {"accept": []}),
("Inga borrar i kalvlandet", None, {}),
]))

# Batch 18: ten articles, one each in Russian, Ukrainian, Czech, Turkish, Romanian, Catalan, Danish,
# Norwegian (bokmål), Chinese (simplified) and Japanese, written at the start of session 27 by a helper who
# writes no rules, before any of that release's rules and without reading any miss, on topics unlike the
# earlier batches' (a landslide cutting off a village, a measles vaccination campaign, a tram strike, a
# lorry queue at a border crossing, a bakery's price rise, a library reopening, a chess tournament ending
# in a cheating case, a furniture factory closing, a ferry adrift after an engine failure, an old public
# bath closing), each in its language's marks and attribution habits (the verb inverted after the
# quotation, "по словам", "за словами", "podle", "ifølge", "potrivit", "segons", "AA muhabirine", a
# Norwegian speech dash, "…と述べた", "…说"), a quotation over two paragraphs, an unnamed source, two people
# of one surname in most, and titles, groups and campaigns in marks that nobody speaks. Every person and
# the smaller places invented. Labelled while writing and committed before the engine ran on it. Only
# measured.
B18 = []

B18.append(dict(id="ru-opolzen-verkhnie-klyuchi", lang="ru", paras="""
Оползень отрезал Верхние Ключи от районного центра
ПРИГОРСК, 3 ноября. Оползень, сошедший в ночь на воскресенье после недели проливных дождей, перекрыл единственную автомобильную дорогу, ведущую в поселок Верхние Ключи. Около 1200 жителей оказались отрезаны от районного центра.
«Сошло примерно двадцать тысяч кубометров грунта. Дорога засыпана на протяжении почти трехсот метров, местами слой достигает четырех метров», — сообщил на оперативном совещании глава района Андрей Лукин.
По словам Лукина, расчистка займет не меньше двух недель. Пока продукты и лекарства в поселок будут доставлять вертолетом, а школьников переведут на дистанционное обучение.
Геолог Сергей Лукин, однофамилец главы района, много лет изучает склоны над поселком. Он напомнил, что еще три года назад предупреждал власти об опасности.
«Я писал в администрацию дважды. Мне ответили, что денег на укрепление склона нет. Теперь ремонт обойдется в десять раз дороже», — сказал геолог.
Глава района с этим не согласился. «Никаких писем о срочной угрозе к нам не поступало», — заявил он журналистам.
Жители Верхних Ключей говорят, что чувствуют себя брошенными. Пенсионерка Валентина Горбунова рассказала, что ее муж нуждается в ежедневных уколах.
«Фельдшер у нас один на весь поселок, и он тоже не может выехать.
«Если мужу станет хуже, я даже не знаю, кому звонить», — говорит женщина.
Один из водителей рейсового автобуса, попросивший не называть его имени, рассказал, что асфальт на трассе начал проседать еще в пятницу.
«Мы видели трещины и звонили диспетчеру. Нам сказали: езжайте аккуратнее», — вспоминает он.
В региональном управлении МЧС сообщили, что угрозы новых сходов пока нет, однако жителям крайних домов рекомендовано «временно переселиться к родственникам». Прокуратура начала проверку.
Местный паблик «Ключи на связи» тем временем запустил сбор денег на генераторы для пожилых жителей. За сутки удалось собрать больше 300 тысяч рублей.
""".strip().split("\n"), quotes=[
("Сошло примерно двадцать тысяч кубометров грунта. Дорога засыпана на протяжении почти трехсот метров, местами слой достигает четырех метров", "Андрей Лукин", {"accept": []}),
("Я писал в администрацию дважды. Мне ответили, что денег на укрепление склона нет. Теперь ремонт обойдется в десять раз дороже", "Сергей Лукин", {"accept": []}),
("Никаких писем о срочной угрозе к нам не поступало", "Андрей Лукин", {"accept": []}),
("Фельдшер у нас один на весь поселок, и он тоже не может выехать.", "Валентина Горбунова", {}),
("Если мужу станет хуже, я даже не знаю, кому звонить", "Валентина Горбунова", {}),
("Мы видели трещины и звонили диспетчеру. Нам сказали: езжайте аккуратнее", "один из водителей рейсового автобуса", {"unnamed": ["водителей", "водитель"]}),
("временно переселиться к родственникам", "региональное управление МЧС", {"unnamed": ["мчс"]}),
("Ключи на связи", None, {}),
]))

B18.append(dict(id="uk-vaktsynatsiia-zelenohirsk", lang="uk", paras="""
У Зеленогірській громаді стартувала кампанія щеплень проти кору
ЗЕЛЕНОГІРСЬК. У Зеленогірській міській громаді з понеділка почалася масова кампанія вакцинації дітей проти кору. Приводом стали вісім випадків хвороби, зафіксовані в жовтні у двох школах.
«Рівень охоплення щепленнями в громаді впав до 71 відсотка. Цього недостатньо, щоб зупинити спалах, тому ми йдемо до людей самі», — сказала на брифінгу директорка місцевого центру громадського здоров'я Ірина Ткачук.
За її словами, мобільні бригади працюватимуть у школах, садочках і навіть на ринку. Вакцина безкоштовна, потрібна лише згода батьків.
Начальник відділу освіти Олег Ткачук, однофамілець лікарки, запевнив, що заняття не скасовуватимуть.
«Карантину не буде. Але ми просимо батьків, чиї діти не щеплені, поки що тримати їх удома», — наголосив посадовець.
Не всі батьки підтримують кампанію. Мати двох школярів Наталія Бондар каже, що хоче спершу порадитися з сімейним лікарем.
«Я не проти щеплень. Я проти того, щоб рішення ухвалювали за п'ять хвилин у шкільному коридорі», — пояснила вона.
Сімейна лікарка з Нижньої Слободи, яка попросила не називати її прізвища, розповіла, що за тиждень до неї звернулося більше батьків, ніж за весь минулий рік.
«Люди налякані, і це, мабуть, добре. Шкода лише, що для цього знадобився спалах.
«Вакцини в нас вистачає, бракує рук», — додала лікарка.
Заступник міського голови Віктор Гнатюк назвав кампанію «іспитом для громади». Він пообіцяв, що найближчим часом відкриють ще два пункти щеплень, зокрема в старостинському окрузі Нижня Слобода. «Якщо ми не впораємося зараз, узимку рахуватимемо вже не випадки, а госпіталізації», — додав він.
Тим часом батьківський чат «Здорові діти Зеленогірська» збирає запитання до лікарів, на які фахівці відповідатимуть у прямому ефірі в четвер.
""".strip().split("\n"), quotes=[
("Рівень охоплення щепленнями в громаді впав до 71 відсотка. Цього недостатньо, щоб зупинити спалах, тому ми йдемо до людей самі", "Ірина Ткачук", {"accept": []}),
("Карантину не буде. Але ми просимо батьків, чиї діти не щеплені, поки що тримати їх удома", "Олег Ткачук", {"accept": []}),
("Я не проти щеплень. Я проти того, щоб рішення ухвалювали за п'ять хвилин у шкільному коридорі", "Наталія Бондар", {}),
("Люди налякані, і це, мабуть, добре. Шкода лише, що для цього знадобився спалах.", "сімейна лікарка з Нижньої Слободи", {"unnamed": ["лікарка"]}),
("Вакцини в нас вистачає, бракує рук", "сімейна лікарка з Нижньої Слободи", {"unnamed": ["лікарка"]}),
("іспитом для громади", "Віктор Гнатюк", {}),
("Якщо ми не впораємося зараз, узимку рахуватимемо вже не випадки, а госпіталізації", "Віктор Гнатюк", {}),
("Здорові діти Зеленогірська", None, {}),
]))

B18.append(dict(id="cs-stavka-tramvaje-hradec", lang="cs", paras="""
Tramvaje v Hradci nad Ohří stály celé dopoledne, řidiči stávkovali
HRADEC NAD OHŘÍ – Ani jedna tramvaj nevyjela v pondělí ráno z vozovny městského dopravního podniku. Řidiči zahájili čtyřhodinovou výstražnou stávku kvůli mzdám a délce směn. Tisíce lidí musely do práce a do škol pěšky nebo autem.
„Nechceme nikoho trápit. Jenže o přidání žádáme od jara a vedení nás pořád jen odkládá,“ řekl předseda odborové organizace řidičů Pavel Kučera.
Podle něj si řidič tramvaje s patnáctiletou praxí vydělá zhruba 34 tisíc korun hrubého, tedy méně než řidič kamionu. Odboráři požadují zvýšení mezd o deset procent.
Generální ředitel dopravního podniku Martin Kučera, který s předsedou odborů není příbuzný, označil stávku za „zbytečnou a nezodpovědnou“.
„Nabídli jsme šest procent a jsme připraveni jednat dál. Stávkou se ale peníze v rozpočtu neobjeví,“ uvedl ředitel pro ČTK.
Náměstkyně primátora pro dopravu Lenka Dvořáková (ODS) uvedla, že město je ochotné přispět. „Do konce týdne předložíme radě návrh, jak rozdíl pokrýt,“ dodala. Podle ní by šlo o jednorázový příspěvek z rezervy rozpočtu. „Stávky v městské dopravě si město dovolit nemůže,“ zdůraznila náměstkyně.
Cestující reagovali různě. „Chápu je, ale dneska jsem přišla pozdě do práce a šéf to chápat nebude,“ řekla na zastávce U Mostu studentka Tereza Malá.
Jeden z řidičů, který nechtěl uvést své jméno, popsal, že se směny v posledním roce prodloužily.
„Jezdím dvanáct hodin s přestávkou na oběd. Když se k tomu přidá noční, je člověk za volantem jako bez sebe,“ řekl řidič.
Odbory pohrozily, že pokud se s vedením do konce měsíce nedohodnou, bude příští stávka celodenní. Na sociálních sítích mezitím vznikla výzva „Stojíme za řidiči“, kterou podepsalo přes dva tisíce lidí.
""".strip().split("\n"), quotes=[
("Nechceme nikoho trápit. Jenže o přidání žádáme od jara a vedení nás pořád jen odkládá,", "Pavel Kučera", {"accept": []}),
("zbytečnou a nezodpovědnou", "Martin Kučera", {"accept": []}),
("Nabídli jsme šest procent a jsme připraveni jednat dál. Stávkou se ale peníze v rozpočtu neobjeví,", "Martin Kučera", {"accept": []}),
("Do konce týdne předložíme radě návrh, jak rozdíl pokrýt,", "Lenka Dvořáková", {}),
("Stávky v městské dopravě si město dovolit nemůže,", "Lenka Dvořáková", {}),
("Chápu je, ale dneska jsem přišla pozdě do práce a šéf to chápat nebude,", "Tereza Malá", {}),
("Jezdím dvanáct hodin s přestávkou na oběd. Když se k tomu přidá noční, je člověk za volantem jako bez sebe,", "jeden z řidičů", {"unnamed": ["řidičů", "řidič"]}),
("Stojíme za řidiči", None, {}),
]))

B18.append(dict(id="tr-kapikoy-tir-kuyrugu", lang="tr", paras="""
Kapıköy Sınır Kapısı'nda tır kuyruğu 25 kilometreyi aştı
EDİRNE – Kapıköy Sınır Kapısı'nda yeni gümrük yazılımına geçişin ardından yaşanan aksaklıklar nedeniyle tır kuyruğu 25 kilometreyi aştı. Bazı sürücüler üç gündür sırada beklediklerini söyledi.
Uluslararası Nakliyeciler Derneği Başkanı Kemal Özkan, AA muhabirine yaptığı açıklamada, “Normalde günde 1.800 araç geçiyordu, şimdi bu sayı 600'e düştü. Bekleyen her tır, firmaya günde yaklaşık 300 avroya mal oluyor” dedi.
Sorunun bir an önce çözülmesini istediklerini belirten Özkan, “Sürücülerimiz yol kenarında, tuvalet ve su olmadan bekliyor. Bu insanlık dışı bir durum” ifadelerini kullandı.
Gümrük Müdürü Hakan Yıldız ise sistemin birkaç gün içinde normale döneceğini söyledi. Yıldız, “Yazılım firmasıyla birlikte gece gündüz çalışıyoruz. Hafta sonuna kadar geçişlerin eski hızına ulaşmasını bekliyoruz” diye konuştu.
Ticaret Bakanlığı da sorunun kaynağının yazılımdaki bir veri aktarım hatası olduğunu açıkladı. Bakanlığın bölge sorumlusu Ayşe Karaca, “Hata tespit edildi, düzeltme çalışmaları sürüyor. Sürücülerimizden biraz daha sabır bekliyoruz” derken, bekleme süresinin cumartesiye kadar yarıya ineceğini öne sürdü. Karaca'ya göre sorun yalnızca Kapıköy'de değil, yeni sisteme geçen diğer iki kapıda da yaşanıyor.
Kuyrukta bekleyen sürücülerden Mehmet Yıldız ise gümrük müdürüyle akraba olmadığını gülerek anlattı:
“Soyadımız aynı ama kaderimiz farklı. O ofiste, ben kabinde.
“Üç gündür aynı yerdeyim, yemeğimi tüpte pişiriyorum.”
Adını vermek istemeyen bir başka sürücü de firmasının kendisine ek ödeme yapmadığını söyledi. Sürücü, “Patron her gün telefon açıp ne zaman geçeceğimi soruyor. Ben ne bileyim?” dedi.
Edirne Valiliği, bekleyen sürücülere su ve yemek dağıtımı başlattığını duyurdu. Valilikten yapılan yazılı açıklamada, “Vatandaşlarımızın mağduriyetini gidermek için gerekli tüm tedbirler alınmıştır” denildi.
Sürücüler ise sosyal medyada “Sınırda unutulanlar” etiketiyle kuyruktan fotoğraflar paylaşıyor.
""".strip().split("\n"), quotes=[
("Normalde günde 1.800 araç geçiyordu, şimdi bu sayı 600'e düştü. Bekleyen her tır, firmaya günde yaklaşık 300 avroya mal oluyor", "Kemal Özkan", {}),
("Sürücülerimiz yol kenarında, tuvalet ve su olmadan bekliyor. Bu insanlık dışı bir durum", "Kemal Özkan", {}),
("Yazılım firmasıyla birlikte gece gündüz çalışıyoruz. Hafta sonuna kadar geçişlerin eski hızına ulaşmasını bekliyoruz", "Hakan Yıldız", {"accept": []}),
("Hata tespit edildi, düzeltme çalışmaları sürüyor. Sürücülerimizden biraz daha sabır bekliyoruz", "Ayşe Karaca", {}),
("Soyadımız aynı ama kaderimiz farklı. O ofiste, ben kabinde.", "Mehmet Yıldız", {"accept": []}),
("Üç gündür aynı yerdeyim, yemeğimi tüpte pişiriyorum.", "Mehmet Yıldız", {"accept": []}),
("Patron her gün telefon açıp ne zaman geçeceğimi soruyor. Ben ne bileyim?", "bir başka sürücü", {"unnamed": ["sürücü"]}),
("Vatandaşlarımızın mağduriyetini gidermek için gerekli tüm tedbirler alınmıştır", "Edirne Valiliği", {"accept": ["Valilik", "Valiliği", "Valilikten"]}),
("Sınırda unutulanlar", None, {}),
]))

B18.append(dict(id="ro-brutarie-bradeni", lang="ro", paras="""
Scandal la Brădeni: brutăria orașului scumpește pâinea cu 30%
BRĂDENI – Singura brutărie mare din Brădeni a anunțat că, de la 1 decembrie, o pâine de 500 de grame va costa 6,5 lei, față de 5 lei cât costă acum. Decizia a stârnit nemulțumirea localnicilor și un schimb de replici între primărie și patronul brutăriei.
„Făina s-a scumpit cu 40% într-un an, curentul aproape s-a dublat. Nu mai pot vinde sub prețul de producție”, a declarat proprietarul brutăriei, Gheorghe Rusu.
Primarul Dan Oprea îl acuză pe Rusu că profită de faptul că nu are concurență. „Este o scumpire nejustificată. Am cerut Protecției Consumatorului să verifice prețurile”, a spus edilul.
Potrivit lui Rusu, primăria ar face mai bine să reducă chiria spațiului în care funcționează brutăria, clădire care aparține orașului. „Domnul primar mi-a mărit chiria de două ori în trei ani. Atunci nu a vorbit nimeni de scumpiri nejustificate”, a replicat brutarul.
Clienții sunt împărțiți. Elena Rusu, pensionară, fără legătură de rudenie cu patronul, spune că de acum va face pâine acasă.
„Cu pensia mea, fiecare leu contează. Bunica mea făcea pâine în cuptorul din curte și o să fac și eu”, a povestit femeia.
Un angajat al brutăriei, care a cerut să nu-i fie publicat numele, a declarat că salariile nu au mai crescut de doi ani.
„Lumea crede că patronul se îmbogățește. Noi lucrăm noaptea pentru salariul minim.
„Dacă se vinde mai puțină pâine, primii care pleacă suntem noi”, a spus angajatul.
Comisarul-șef al Protecției Consumatorului din județ, Adrian Pop, a confirmat că a primit sesizarea primăriei și că un control va avea loc săptămâna viitoare. Potrivit acestuia, instituția nu poate însă impune prețuri: „Noi verificăm dacă prețul este afișat corect, nu cât de mare este”.
Pe Facebook, un grup numit „Pâine cinstită la Brădeni” a strâns în două zile peste 3.000 de membri.
""".strip().split("\n"), quotes=[
("Făina s-a scumpit cu 40% într-un an, curentul aproape s-a dublat. Nu mai pot vinde sub prețul de producție", "Gheorghe Rusu", {"accept": []}),
("Este o scumpire nejustificată. Am cerut Protecției Consumatorului să verifice prețurile", "Dan Oprea", {}),
("Domnul primar mi-a mărit chiria de două ori în trei ani. Atunci nu a vorbit nimeni de scumpiri nejustificate", "Gheorghe Rusu", {"accept": []}),
("Cu pensia mea, fiecare leu contează. Bunica mea făcea pâine în cuptorul din curte și o să fac și eu", "Elena Rusu", {"accept": []}),
("Lumea crede că patronul se îmbogățește. Noi lucrăm noaptea pentru salariul minim.", "un angajat al brutăriei", {"unnamed": ["angajat", "angajatul"]}),
("Dacă se vinde mai puțină pâine, primii care pleacă suntem noi", "un angajat al brutăriei", {"unnamed": ["angajat", "angajatul"]}),
("Noi verificăm dacă prețul este afișat corect, nu cât de mare este", "Adrian Pop", {}),
("Pâine cinstită la Brădeni", None, {}),
]))

B18.append(dict(id="ca-biblioteca-sant-quirze", lang="ca", paras="""
La biblioteca de Sant Quirze de l'Albera reobre després de dos anys d'obres
SANT QUIRZE DE L'ALBERA – La biblioteca municipal ha reobert aquest dissabte les portes després de dos anys tancada, ara a l'antic edifici de l'escorxador, rehabilitat per acollir-la. El nou equipament té el doble de superfície que l'anterior i un espai reservat per als adolescents.
«Durant dos anys hem fet préstecs des d'una aula de l'escola i amb una furgoneta. Avui és un dia per estar contents», ha dit la directora de la biblioteca, Anna Ferrer, durant l'acte d'inauguració.
Segons Ferrer, el fons ha passat de 18.000 a 27.000 documents i la biblioteca obrirà també els diumenges al matí. «Volem que sigui la plaça coberta del poble», ha afegit.
L'alcalde, Joan Ferrer, que no té cap parentiu amb la directora, ha defensat el cost de l'obra, que ha pujat a 2,4 milions d'euros, gairebé mig milió més del previst.
«Sí, ha costat més del que volíem. Però no s'ha gastat ni un euro en coses innecessàries», ha assegurat el batlle.
L'oposició no ho veu igual. La regidora d'ERC Laia Soler ha qualificat el sobrecost de «descontrol» i ha demanat una auditoria. «L'equipament és magnífic, però els veïns tenen dret a saber per què s'ha encarit tant», ha declarat.
Entre els primers usuaris hi havia en Pere Vidal, de 81 anys, que hi ha fet socis els seus tres nets.
«Jo vaig aprendre a llegir de gran, als quaranta anys. Aquí dins m'hi he passat mitja vida», explicava mentre buscava una novel·la policíaca.
Una mare que acompanyava els seus fills, i que no ha volgut donar el seu nom, lamentava que la sala infantil fos petita. «Els nens s'hi estaran bé, però els cotxets no hi caben», deia.
La biblioteca ha inaugurat també l'exposició «Cent anys d'escorxador», amb fotografies cedides pels veïns, que es podrà visitar fins al febrer.
""".strip().split("\n"), quotes=[
("Durant dos anys hem fet préstecs des d'una aula de l'escola i amb una furgoneta. Avui és un dia per estar contents", "Anna Ferrer", {"accept": []}),
("Volem que sigui la plaça coberta del poble", "Anna Ferrer", {"accept": []}),
("Sí, ha costat més del que volíem. Però no s'ha gastat ni un euro en coses innecessàries", "Joan Ferrer", {"accept": []}),
("descontrol", "Laia Soler", {}),
("L'equipament és magnífic, però els veïns tenen dret a saber per què s'ha encarit tant", "Laia Soler", {}),
("Jo vaig aprendre a llegir de gran, als quaranta anys. Aquí dins m'hi he passat mitja vida", "Pere Vidal", {}),
("Els nens s'hi estaran bé, però els cotxets no hi caben", "una mare que acompanyava els seus fills", {"unnamed": ["mare"]}),
("Cent anys d'escorxador", None, {}),
]))

B18.append(dict(id="da-skakturnering-norre-vium", lang="da", paras="""
Skakturnering i Nørre Vium endte med mistanke om snyd
NØRRE VIUM – Den årlige skakturnering i Nørre Vium, der i weekenden samlede 140 spillere fra hele landet, endte søndag med en sag om snyd. En 17-årig spiller blev diskvalificeret i sidste runde, efter at en dommer fandt en tændt mobiltelefon i hans jakke på toilettet.
»Vi har aldrig haft en sag som denne i de 32 år, turneringen har eksisteret. Det er trist for alle, også for drengen,« siger turneringsleder Bent Kristensen.
Ifølge Kristensen var der et skakprogram åbent på telefonens skærm. Spilleren nægter at have brugt den.
Spillerens far, Lars Holm, er rasende over diskvalifikationen. »Min søn havde telefonen med, fordi han skulle ringe til mig, når jeg skulle hente ham. Der er ingen beviser for, at han har kigget på den,« siger han til Vestjyske Dagblad.
Dansk Skak Union vil nu behandle sagen. Unionens formand, Hanne Bech, siger, at reglerne er klare.
»Elektronisk udstyr må ikke medbringes i spillelokalet eller på toilettet. Det står i reglerne, og det bliver læst op før hver runde,« siger hun.
Turneringens vinder, den 44-årige Mikkel Kristensen fra Aarhus, er bror til turneringslederen. Han understreger, at han ikke har haft noget med afgørelsen at gøre.
»Jeg sad ved bræt et og vidste ingenting, før det hele var overstået. Jeg havde hellere vundet uden al den ballade,« siger Mikkel Kristensen.
En af de andre spillere i gruppen, der ikke ønsker sit navn i avisen, fortæller, at der havde været rygter i flere runder.
»Folk snakkede om, at han var væk fra brættet i lang tid. Men ingen havde lyst til at anklage en dreng,« siger spilleren.
Klubben har allerede besluttet, at næste års turnering, der kaldes »Vium Open«, får metaldetektorer ved indgangen. »Det er trist, men nødvendigt,« lyder det fra Bent Kristensen.
""".strip().split("\n"), quotes=[
("Vi har aldrig haft en sag som denne i de 32 år, turneringen har eksisteret. Det er trist for alle, også for drengen,", "Bent Kristensen", {"accept": []}),
("Min søn havde telefonen med, fordi han skulle ringe til mig, når jeg skulle hente ham. Der er ingen beviser for, at han har kigget på den,", "Lars Holm", {}),
("Elektronisk udstyr må ikke medbringes i spillelokalet eller på toilettet. Det står i reglerne, og det bliver læst op før hver runde,", "Hanne Bech", {}),
("Jeg sad ved bræt et og vidste ingenting, før det hele var overstået. Jeg havde hellere vundet uden al den ballade,", "Mikkel Kristensen", {"accept": []}),
("Folk snakkede om, at han var væk fra brættet i lang tid. Men ingen havde lyst til at anklage en dreng,", "en af de andre spillere i gruppen", {"unnamed": ["andre spillere", "spilleren"]}),
("Vium Open", None, {}),
("Det er trist, men nødvendigt,", "Bent Kristensen", {"accept": []}),
]))

B18.append(dict(id="nb-mobelfabrikk-sandvik", lang="nb", paras="""
Møbelfabrikken i Sandvik legges ned – 160 mister jobben
SANDVIK – Sandvik Møbler legger ned fabrikken i Sandvik ved årsskiftet. 160 ansatte mister jobben, og produksjonen flyttes til Litauen. Beskjeden ble gitt på et allmøte i kantina mandag morgen.
«Dette er den tyngste dagen i mitt arbeidsliv. Vi har tapt penger fire år på rad, og styret så ingen annen utvei», sier administrerende direktør Trond Solheim til Sunnmørsposten.
Ifølge Solheim er lønnskostnadene i Norge tre ganger så høye som i Litauen. Han lover at alle ansatte skal få tilbud om sluttpakke og hjelp til å finne nytt arbeid.
Hovedtillitsvalgt Grete Solheim har jobbet på fabrikken i 28 år. Hun er ikke i slekt med direktøren, men sier at hun kjenner ham godt etter mange år ved forhandlingsbordet.
– Jeg trodde på ham da han sa i fjor at fabrikken var trygg. Nå føler jeg meg lurt, sier hun.
Ordfører Arild Vik (Ap) kaller nedleggelsen «en katastrofe for bygda». Fabrikken er kommunens største private arbeidsplass.
«Hver tiende arbeidsplass i Sandvik forsvinner. Det rammer butikkene, skolen og idrettslaget», sier ordføreren.
Han har bedt om et møte med næringsministeren allerede denne uken.
En av de ansatte, som ikke vil stå fram med navn, forteller at mange ante at noe var på gang.
«Maskinene ble ikke byttet ut, og det kom ingen nye bestillinger fra Tyskland i høst.
«Vi så det, men ingen ville si det høyt», sier den ansatte.
Nærings- og fiskeridepartementet skriver i en e-post til NTB at det «følger situasjonen nøye». De ansatte har på sin side startet innsamlingen «Sandvik skal leve» for å finansiere et eget driftsselskap.
""".strip().split("\n"), quotes=[
("Dette er den tyngste dagen i mitt arbeidsliv. Vi har tapt penger fire år på rad, og styret så ingen annen utvei", "Trond Solheim", {"accept": []}),
("Jeg trodde på ham da han sa i fjor at fabrikken var trygg. Nå føler jeg meg lurt", "Grete Solheim", {"accept": []}),
("en katastrofe for bygda", "Arild Vik", {}),
("Hver tiende arbeidsplass i Sandvik forsvinner. Det rammer butikkene, skolen og idrettslaget", "Arild Vik", {}),
("Maskinene ble ikke byttet ut, og det kom ingen nye bestillinger fra Tyskland i høst.", "en av de ansatte", {"unnamed": ["ansatte"]}),
("Vi så det, men ingen ville si det høyt", "en av de ansatte", {"unnamed": ["ansatte"]}),
("følger situasjonen nøye", "Nærings- og fiskeridepartementet", {"accept": ["departementet"]}),
("Sandvik skal leve", None, {}),
]))

B18.append(dict(id="zh-dulun-baishazhou", lang="zh", paras="""
渡轮江心故障漂流两小时　二百余名乘客平安上岸
本报讯（记者周晓雯）11月2日上午，一艘往返于清河镇与白沙洲之间的渡轮在江心突发主机故障，载着216名乘客在江面上漂流近两个小时，最终被拖轮拖回码头。所幸无人受伤。
“主机突然熄火，备用发动机也没能启动。船长立即抛锚，并向海事部门报告。”清江航运公司副总经理刘建华在当天下午的情况通报会上说。
刘建华表示，这艘渡轮已运营十九年，上个月刚刚通过年检。公司已暂停同型号的另外两艘渡轮，进行全面检查。
市海事局副局长刘芳说，接到报警后，海事局立即调派两艘拖轮赶往现场。她说：“当时江面风浪不大，这是不幸中的万幸。如果是在夜间或者大雾天，后果不堪设想。”
乘客王大伟在白沙洲经营一家农家乐，每天都坐渡轮进城采购。“船一停，大家都慌了，有几个老人一直在哭。”他说，船员一直在安抚乘客，给每个人发了救生衣。
一位不愿透露姓名的女乘客告诉记者，故障发生二十多分钟后，船上的广播才响起。“那二十分钟里，没有人告诉我们发生了什么。”
据清河镇政府介绍，白沙洲岛上约有三千名居民，渡轮是他们进出的唯一通道。镇长陈志强表示，镇里将协调公交公司在码头增开接驳车，并尽快推动“跨江大桥”项目立项。
“岛上的居民等这座桥已经等了二十年，”陈志强说，“这次事故说明，我们不能再等了。”
目前，事故原因仍在进一步调查中。
""".strip().split("\n"), quotes=[
("主机突然熄火，备用发动机也没能启动。船长立即抛锚，并向海事部门报告。", "刘建华", {}),
("当时江面风浪不大，这是不幸中的万幸。如果是在夜间或者大雾天，后果不堪设想。", "刘芳", {}),
("船一停，大家都慌了，有几个老人一直在哭。", "王大伟", {}),
("那二十分钟里，没有人告诉我们发生了什么。", "一位不愿透露姓名的女乘客", {"unnamed": ["乘客"]}),
("跨江大桥", None, {}),
("岛上的居民等这座桥已经等了二十年，", "陈志强", {}),
("这次事故说明，我们不能再等了。", "陈志强", {}),
]))

B18.append(dict(id="ja-sento-matsunoyu", lang="ja", paras="""
創業90年の銭湯「松の湯」が閉店へ　燃料費高騰で
【青葉市】青葉市本町の銭湯「松の湯」が、今月末で90年の歴史に幕を下ろす。燃料費の高騰と後継者不足が理由で、常連客からは惜しむ声が相次いでいる。
三代目店主の中村健一さん（72）は「重油の値段が3年前の倍になった。お客さんには申し訳ないが、もう続けられない」と肩を落とした。
健一さんによると、最盛期の1970年代には1日に500人以上が訪れたが、現在は80人ほどに減った。入浴料の値上げも考えたが、「年金暮らしのお客さんが多いので、それはできなかった」という。
妻の中村節子さん（70）は番台に座り続けて45年になる。「毎日同じ顔が来て、同じ話をして帰っていく。それがなくなると思うと寂しい」と話した。
週に4回通うという近所の田中和子さん（81）は「家の風呂より広くて、友達にも会える。ここが閉まったら、どこで皆と話せばいいのか」と話す。
市生活衛生課の担当者は取材に対し、「公衆浴場は地域の交流の場でもあり、市として支援策を検討したい」と述べた。市内では10年前に12軒あった銭湯が、松の湯の閉店で2軒になる。
常連客の有志は「松の湯を残す会」を立ち上げ、クラウドファンディングで設備の更新費用を集められないか検討している。会の代表を務める会社員の森本大輔さん（45）は「銭湯は町の財産。できることは全部やりたい」と意気込む。
最終営業日の30日には、記念の手ぬぐいを配る予定だ。健一さんは「最後の日まで、いつも通りお湯を沸かすだけです」と笑顔を見せた。
""".strip().split("\n"), quotes=[
("松の湯", None, {}),
("松の湯", None, {}),
("重油の値段が3年前の倍になった。お客さんには申し訳ないが、もう続けられない", "中村健一", {"accept": ["健一さん", "中村健一さん"]}),
("年金暮らしのお客さんが多いので、それはできなかった", "中村健一", {"accept": ["健一さん", "中村健一さん"]}),
("毎日同じ顔が来て、同じ話をして帰っていく。それがなくなると思うと寂しい", "中村節子", {"accept": ["節子さん", "中村節子さん"]}),
("家の風呂より広くて、友達にも会える。ここが閉まったら、どこで皆と話せばいいのか", "田中和子", {"accept": ["田中和子さん", "田中さん"]}),
("公衆浴場は地域の交流の場でもあり、市として支援策を検討したい", "市生活衛生課の担当者", {"unnamed": ["担当者"]}),
("松の湯を残す会", None, {}),
("銭湯は町の財産。できることは全部やりたい", "森本大輔", {"accept": ["森本大輔さん", "森本さん"]}),
("最後の日まで、いつも通りお湯を沸かすだけです", "中村健一", {"accept": ["健一さん", "中村健一さん"]}),
]))

# Batch 19: ten articles, one each in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
# Greek and Hungarian (the last two new to the set), written at the start of session 28 by a helper who
# writes no rules, before any of that release's rules and without reading any miss, on topics unlike the
# earlier batches' (a city marathon found short, a fishing quota dispute, students occupying a rectorate, a
# referendum on merging two villages, a cruise passenger tax, houses demolished for a dike, a chalice stolen
# from a museum, a heatwave warning and care homes, a taxi strike against a ride-hailing app, hail on a wine
# region's harvest), each in its language's marks and attribution habits (the verb inverted after the
# quotation, reported speech, "laut", "selon", "según", "secondo", "segundo", "volgens", "według", "enligt",
# "σύμφωνα με", "szerint", a dash after the quotation in Polish and Hungarian, a role noun for a person named
# earlier, a dropped subject, a Hungarian name written family name first, two people of one surname in
# most, titles, slogans and campaigns in marks that nobody speaks). Every person and the smaller places
# invented. Labelled while writing and committed before the engine ran on it. Only measured.
L19 = []

L19.append(dict(id="de-marathon-zu-kurz", lang="de", paras="""
Marathon in Lindenau zu kurz: Streckenrekord wird gestrichen
LINDENAU (dpa) – Der Lindenauer Stadtmarathon war in diesem Jahr um 412 Meter zu kurz. Das hat eine Nachmessung im Auftrag des Leichtathletik-Verbands ergeben. Der Streckenrekord, den der Kenianer Daniel Kiprop am Sonntag in 2:07:48 Stunden aufgestellt hatte, wird damit nicht anerkannt – ebenso wenig wie die persönlichen Bestzeiten Tausender Hobbyläufer.
„Das ist der schlimmste Tag in 31 Jahren Lindenau-Marathon. Wir haben einen Fehler gemacht, und dafür entschuldigen wir uns bei jedem einzelnen Läufer“, sagte Renndirektor Holger Brandt am Mittwoch bei einer Pressekonferenz im Rathaus. Ursache sei eine Baustelle an der Flusspromenade gewesen: Ein Wendepunkt sei kurzfristig versetzt, die Strecke aber nicht neu vermessen worden.
Der Renndirektor räumte ein, dass ihn ein Mitarbeiter bereits am Samstag auf die Änderung hingewiesen habe. „Ich habe gedacht, das gleichen wir an anderer Stelle aus. Das war falsch“, sagte er.
Kiprops Manager, der Niederländer Joost van Leeuwen, nannte die Entscheidung „bitter, aber korrekt“. „Daniel ist eine Weltklassezeit gelaufen. Dass sie nicht in die Bestenliste kommt, ist nicht seine Schuld“, so van Leeuwen. Der Athlet wolle im nächsten Jahr wieder in Lindenau starten.
Bei den Freizeitläufern ist die Enttäuschung groß. „Ich habe zwei Jahre lang auf die drei Stunden hintrainiert. Jetzt steht da 2:58, und die Zeit zählt nicht“, sagte die Lehrerin Katrin Brandt aus Leipzig, die mit dem Renndirektor nicht verwandt ist. Sie nehme es trotzdem mit Humor, erzählte sie: „Dann laufe ich eben im Herbst noch einmal.“
Ein Sprecher des Leichtathletik-Verbands sagte, Messfehler dieser Größe seien „extrem selten“. „Wir werden prüfen, ob die Vermessungsregeln für Stadtkurse verschärft werden müssen“, fügte er hinzu.
Oberbürgermeisterin Sabine Kreutzer (SPD) stellte sich hinter den Veranstalter – zumindest vorerst. „Der Marathon gehört zu Lindenau wie der Dom. Aber so etwas darf nie wieder passieren“, sagte sie. Die Stadt zahlt dem Verein jährlich 180.000 Euro Zuschuss.
Unter dem Motto „Wir laufen nochmal“ haben Läufer in den sozialen Netzwerken bereits einen inoffiziellen Ersatzlauf für den kommenden Sonntag verabredet.
Der Veranstalter kündigte an, allen Teilnehmern die Hälfte des Startgelds zu erstatten. „Das ist das Mindeste“, sagte der Renndirektor.
""".strip().split("\n"), quotes=[
("Das ist der schlimmste Tag in 31 Jahren Lindenau-Marathon. Wir haben einen Fehler gemacht, und dafür entschuldigen wir uns bei jedem einzelnen Läufer", "Holger Brandt", {"accept": []}),
("Ich habe gedacht, das gleichen wir an anderer Stelle aus. Das war falsch", "Holger Brandt", {"accept": []}),
("bitter, aber korrekt", "Joost van Leeuwen", {"accept": ["van Leeuwen"]}),
("Daniel ist eine Weltklassezeit gelaufen. Dass sie nicht in die Bestenliste kommt, ist nicht seine Schuld", "Joost van Leeuwen", {"accept": ["van Leeuwen"]}),
("Ich habe zwei Jahre lang auf die drei Stunden hintrainiert. Jetzt steht da 2:58, und die Zeit zählt nicht", "Katrin Brandt", {"accept": []}),
("Dann laufe ich eben im Herbst noch einmal.", "Katrin Brandt", {"accept": []}),
("extrem selten", "ein Sprecher des Leichtathletik-Verbands", {"unnamed": ["Sprecher"]}),
("Wir werden prüfen, ob die Vermessungsregeln für Stadtkurse verschärft werden müssen", "ein Sprecher des Leichtathletik-Verbands", {"unnamed": ["Sprecher"]}),
("Der Marathon gehört zu Lindenau wie der Dom. Aber so etwas darf nie wieder passieren", "Sabine Kreutzer", {}),
("Wir laufen nochmal", None, {}),
("Das ist das Mindeste", "Holger Brandt", {"accept": []}),
]))

L19.append(dict(id="fr-quotas-sole-kerlouan", lang="fr", paras="""
Quotas de sole : les pêcheurs bloquent le port de Kerlouan-Plage
KERLOUAN-PLAGE – Une quarantaine de chalutiers ont bloqué mardi matin l'entrée du port de Kerlouan-Plage (Finistère) pour protester contre la baisse de 30 % du quota de sole dans le golfe de Gascogne, décidée à Bruxelles la semaine dernière.
« On nous demande de pêcher moins alors que nos carnets de pêche montrent que la sole revient. Qui a fait ces calculs ? », s'est emporté Yannick Le Goff, patron du « Ker Anna », un chalutier de 16 mètres. Selon lui, une dizaine de bateaux du quartier maritime pourraient être vendus d'ici à l'été. « Mon fils voulait reprendre le bateau. Aujourd'hui, je lui dis de chercher autre chose », a-t-il confié.
Son fils, Erwan Le Goff, 24 ans, matelot à bord, ne partage pas ce pessimisme. « Mon père a connu pire dans les années 1990. On tiendra », assure le jeune homme.
Le comité régional des pêches dénonce « une décision prise sans les pêcheurs ». Sa présidente, Annick Riou, a annoncé un recours devant la Cour de justice de l'Union européenne. « Les scientifiques travaillent sur des données de 2021. La mer, elle, a changé depuis », a-t-elle affirmé.
Au ministère de la Mer, on se dit « attentif à la détresse des professionnels ». Un conseiller du ministre, qui a requis l'anonymat, reconnaît toutefois que la marge de négociation est « quasi nulle » : « Le quota est voté. Ce qu'on peut obtenir, c'est un plan d'accompagnement, pas un retour en arrière. »
Pour la biologiste Claire Marzin, de l'Institut océanographique de Brest, la baisse est « douloureuse mais justifiée ». « Le stock de sole reste sous le seuil de précaution depuis six ans. Si on attend, il n'y aura plus de quota à défendre du tout », explique la chercheuse, qui dit comprendre la colère des équipages.
Sur le quai, des banderoles proclamaient « Pas de pêcheurs, pas de poisson ». Le blocage devait être levé dans la soirée, a indiqué la préfecture maritime, qui n'a signalé aucun incident.
""".strip().split("\n"), quotes=[
("On nous demande de pêcher moins alors que nos carnets de pêche montrent que la sole revient. Qui a fait ces calculs ?", "Yannick Le Goff", {"accept": []}),
("Ker Anna", None, {}),
("Mon fils voulait reprendre le bateau. Aujourd'hui, je lui dis de chercher autre chose", "Yannick Le Goff", {"accept": []}),
("Mon père a connu pire dans les années 1990. On tiendra", "Erwan Le Goff", {"accept": []}),
("une décision prise sans les pêcheurs", "le comité régional des pêches", {"accept": ["comité régional des pêches", "le comité"]}),
("Les scientifiques travaillent sur des données de 2021. La mer, elle, a changé depuis", "Annick Riou", {}),
("attentif à la détresse des professionnels", "le ministère de la Mer", {"accept": ["ministère de la Mer", "le ministère"]}),
("quasi nulle", "un conseiller du ministre", {"unnamed": ["conseiller"]}),
("Le quota est voté. Ce qu'on peut obtenir, c'est un plan d'accompagnement, pas un retour en arrière.", "un conseiller du ministre", {"unnamed": ["conseiller"]}),
("douloureuse mais justifiée", "Claire Marzin", {}),
("Le stock de sole reste sous le seuil de précaution depuis six ans. Si on attend, il n'y aura plus de quota à défendre du tout", "Claire Marzin", {}),
("Pas de pêcheurs, pas de poisson", None, {}),
]))

L19.append(dict(id="es-ocupacion-rectorado", lang="es", paras="""
Los estudiantes de la Universidad de Valdeluna ocupan el rectorado contra la venta de dos residencias
VALDELUNA.– Un centenar de estudiantes de la Universidad de Valdeluna ocupa desde el lunes el edificio del rectorado para protestar contra el cierre de las residencias Santa Inés y Los Olmos, que alojan a 430 alumnos y que la institución quiere vender para saldar sus deudas.
«No nos vamos a mover de aquí hasta que el rector firme que las residencias no se venden», dijo a este diario Lucía Arroyo, portavoz de la Asamblea de Estudiantes. «Para muchos de nosotros, sin residencia no hay carrera. Una habitación en un piso compartido en Valdeluna cuesta ya 500 euros».
El rector, Ernesto Galindo, compareció el martes ante los medios. Reconoció que la decisión «no es agradable», pero defendió que la universidad no tiene alternativa. «Las residencias pierden 1,8 millones de euros al año. O vendemos dos edificios, o dentro de tres años no podremos pagar las nóminas», afirmó. Insistió, además, en que «nadie se quedará en la calle»: los alumnos afectados recibirán ayudas al alquiler durante dos cursos.
La portavoz estudiantil considera insuficientes esas ayudas. «Dos cursos de ayuda para una carrera de cuatro años. Que alguien nos explique las cuentas», replicó.
Fuentes del Consejo de Gobierno de la universidad, que pidieron no ser identificadas, aseguraron que al menos dos empresas de residencias privadas se han interesado por los edificios. «Hay ofertas encima de la mesa desde septiembre», señalaron.
El consejero de Universidades del Gobierno regional, Tomás Arroyo, que no guarda parentesco con la portavoz, pidió calma a ambas partes. «La Junta está dispuesta a estudiar un préstamo puente, pero primero tiene que haber un plan de viabilidad serio», dijo el consejero.
El profesorado también está dividido. El catedrático de Historia Moderna Jaime Ortega es uno de los 300 docentes que han firmado el manifiesto «Una universidad sin residencias es una universidad para ricos». «Los estudiantes tienen razón, y lo digo como alguien que vivió seis años en Los Olmos», declaró.
Por la noche, los ocupantes colgaron de la fachada una pancarta con el lema «Aquí vivimos» y anunciaron una manifestación para el jueves.
""".strip().split("\n"), quotes=[
("No nos vamos a mover de aquí hasta que el rector firme que las residencias no se venden", "Lucía Arroyo", {"accept": []}),
("Para muchos de nosotros, sin residencia no hay carrera. Una habitación en un piso compartido en Valdeluna cuesta ya 500 euros", "Lucía Arroyo", {"accept": []}),
("no es agradable", "Ernesto Galindo", {}),
("Las residencias pierden 1,8 millones de euros al año. O vendemos dos edificios, o dentro de tres años no podremos pagar las nóminas", "Ernesto Galindo", {}),
("nadie se quedará en la calle", "Ernesto Galindo", {}),
("Dos cursos de ayuda para una carrera de cuatro años. Que alguien nos explique las cuentas", "Lucía Arroyo", {"accept": []}),
("Hay ofertas encima de la mesa desde septiembre", "fuentes del Consejo de Gobierno de la universidad", {"unnamed": ["fuentes"]}),
("La Junta está dispuesta a estudiar un préstamo puente, pero primero tiene que haber un plan de viabilidad serio", "Tomás Arroyo", {"accept": []}),
("Una universidad sin residencias es una universidad para ricos", None, {}),
("Los estudiantes tienen razón, y lo digo como alguien que vivió seis años en Los Olmos", "Jaime Ortega", {}),
("Aquí vivimos", None, {}),
]))

L19.append(dict(id="it-referendum-fusione", lang="it", paras="""
Fusione tra Valmorea e San Donato, domenica il referendum che divide i due paesi
COMO – Domenica gli elettori di Valmorea e di San Donato al Lago sono chiamati a decidere se i due comuni, che insieme contano meno di 4.000 abitanti, debbano fondersi in un unico municipio. In caso di vittoria del sì, la Regione garantirebbe 2,5 milioni di euro di contributi in dieci anni.
Il sindaco di Valmorea, Giorgio Ferrandi, è tra i promotori della fusione. «Da soli non riusciamo più a garantire nemmeno lo sgombero della neve. Insieme avremmo un ufficio tecnico vero e i soldi per le scuole», ha detto durante l'ultima assemblea pubblica. Il primo cittadino ha aggiunto che «nessuno perderà la propria identità: le frazioni resteranno frazioni».
Di parere opposto il comitato «San Donato libera», guidato da Marta Ferrandi, cugina del sindaco. «Con la fusione il municipio si sposta a Valmorea, e con lui le decisioni. Noi diventeremo una periferia», sostiene. «In famiglia, a cena, non ne parliamo più», ha scherzato la donna.
Il sindaco di San Donato, Pietro Galbiati, non si è schierato ufficialmente. Secondo lui, però, «i numeri parlano chiaro». «Ogni anno perdiamo trenta abitanti. Chi dice che possiamo andare avanti così non ha letto il bilancio», ha spiegato a margine del consiglio comunale.
Secondo una fonte della Regione, che ha chiesto di non essere citata, anche un'affluenza bassa potrebbe bastare: «Non c'è quorum. Basta un voto in più per cambiare la storia di due paesi».
Al bar della piazza di San Donato gli umori sono contrastanti. «Mio nonno e il nonno di Ferrandi si tiravano i sassi da una sponda all'altra del torrente. Adesso ci vogliono sposare per legge», ride Angelo Pozzi, 78 anni, ex barcaiolo. Più pragmatica la figlia, che gestisce il bar: secondo lei la fusione porterebbe finalmente un medico di base in paese.
Il parroco, don Luigi Sala, ha invitato tutti a votare «con la testa e non con la pancia». I seggi resteranno aperti dalle 7 alle 23; lo spoglio inizierà subito dopo la chiusura.
""".strip().split("\n"), quotes=[
("Da soli non riusciamo più a garantire nemmeno lo sgombero della neve. Insieme avremmo un ufficio tecnico vero e i soldi per le scuole", "Giorgio Ferrandi", {"accept": []}),
("nessuno perderà la propria identità: le frazioni resteranno frazioni", "Giorgio Ferrandi", {"accept": []}),
("San Donato libera", None, {}),
("Con la fusione il municipio si sposta a Valmorea, e con lui le decisioni. Noi diventeremo una periferia", "Marta Ferrandi", {"accept": []}),
("In famiglia, a cena, non ne parliamo più", "Marta Ferrandi", {"accept": []}),
("i numeri parlano chiaro", "Pietro Galbiati", {}),
("Ogni anno perdiamo trenta abitanti. Chi dice che possiamo andare avanti così non ha letto il bilancio", "Pietro Galbiati", {}),
("Non c'è quorum. Basta un voto in più per cambiare la storia di due paesi", "una fonte della Regione", {"unnamed": ["fonte"]}),
("Mio nonno e il nonno di Ferrandi si tiravano i sassi da una sponda all'altra del torrente. Adesso ci vogliono sposare per legge", "Angelo Pozzi", {}),
("con la testa e non con la pancia", "Luigi Sala", {}),
]))

L19.append(dict(id="pt-taxa-cruzeiros-portimar", lang="pt", paras="""
Taxa sobre passageiros de cruzeiros divide comerciantes de Portimar
PORTIMAR, 12 mar (Lusa) – A Câmara Municipal de Portimar aprovou hoje uma taxa de dois euros por cada passageiro de cruzeiro que desembarque na cidade, a partir de junho. A medida foi aprovada com os votos contra da oposição e já motivou críticas das companhias de navegação.
"Recebemos mais de 300 mil passageiros de cruzeiros por ano. É justo que quem usa as nossas ruas, os nossos transportes e os nossos serviços contribua para a sua manutenção", disse à Lusa o presidente da câmara, Rui Carvalhal. O autarca garantiu que a receita, estimada em 600 mil euros por ano, será aplicada "integralmente" na limpeza urbana e na recuperação do centro histórico.
A Associação de Armadores de Cruzeiro (AAC) considera a medida "um sinal errado". Em comunicado, a associação alerta que "as companhias podem simplesmente escolher outro porto" e lembra que os portos vizinhos não cobram taxas semelhantes.
No centro histórico, as opiniões dividem-se. Fernanda Moniz, dona de uma loja de bordados na Rua Direita, teme perder clientes. "Metade das minhas vendas no verão é a passageiros de cruzeiros. Se deixarem de vir, fecho a loja", afirmou. A filha, Beatriz Moniz, que trabalha com ela, discorda: "Os turistas não vêm por causa de dois euros. Vêm por causa da cidade."
O vereador da oposição Nuno Teixeira votou contra. Segundo ele, a taxa foi decidida "à pressa e sem ouvir ninguém". Disse ainda que o partido vai pedir a suspensão da medida na próxima assembleia municipal: "Não somos contra a taxa, somos contra a forma."
Um funcionário da administração do porto, que pediu para não ser identificado, revelou que duas companhias já questionaram a autoridade portuária sobre a nova taxa. "Estão a fazer contas. Para um navio com quatro mil passageiros, são oito mil euros por escala", explicou.
Para o economista Luís Amaral, da Universidade do Algarve, o valor é "simbólico" quando comparado com o que cada passageiro gasta em terra. "Um passageiro de cruzeiro deixa na cidade, em média, 60 euros. Dois euros não mudam a decisão de ninguém", considerou.
A câmara lançou entretanto a campanha "Portimar para todos", para explicar a medida aos moradores e aos comerciantes.
""".strip().split("\n"), quotes=[
("Recebemos mais de 300 mil passageiros de cruzeiros por ano. É justo que quem usa as nossas ruas, os nossos transportes e os nossos serviços contribua para a sua manutenção", "Rui Carvalhal", {}),
("integralmente", "Rui Carvalhal", {}),
("um sinal errado", "a Associação de Armadores de Cruzeiro", {"accept": ["Associação de Armadores de Cruzeiro", "AAC", "a associação"]}),
("as companhias podem simplesmente escolher outro porto", "a Associação de Armadores de Cruzeiro", {"accept": ["Associação de Armadores de Cruzeiro", "AAC", "a associação"]}),
("Metade das minhas vendas no verão é a passageiros de cruzeiros. Se deixarem de vir, fecho a loja", "Fernanda Moniz", {"accept": []}),
("Os turistas não vêm por causa de dois euros. Vêm por causa da cidade.", "Beatriz Moniz", {"accept": []}),
("à pressa e sem ouvir ninguém", "Nuno Teixeira", {}),
("Não somos contra a taxa, somos contra a forma.", "Nuno Teixeira", {}),
("Estão a fazer contas. Para um navio com quatro mil passageiros, são oito mil euros por escala", "um funcionário da administração do porto", {"unnamed": ["funcionário"]}),
("simbólico", "Luís Amaral", {}),
("Um passageiro de cruzeiro deixa na cidade, em média, 60 euros. Dois euros não mudam a decisão de ninguém", "Luís Amaral", {}),
("Portimar para todos", None, {}),
]))

L19.append(dict(id="nl-dijkversterking-sloop", lang="nl", paras="""
Dijkversterking Oudekerk: vijftien huizen moeten wijken
OUDEKERK AAN DE LEK – Voor de versterking van de Lekdijk bij Oudekerk moeten vijftien woningen worden gesloopt. Dat heeft het waterschap Rivierenland-West woensdagavond bekendgemaakt tijdens een drukbezochte informatieavond in het dorpshuis.
‘We hebben alle varianten bekeken, ook een damwand en een dijk die aan de rivierkant wordt verbreed. Bij deze vijftien huizen is er geen andere veilige oplossing’, zei dijkgraaf Marleen Verhoeven. Volgens haar voldoet de dijk op dit stuk al jaren niet meer aan de wettelijke norm. ‘Als we niets doen, nemen we een risico dat we niet kunnen verantwoorden.’
Bewoner Henk Visser woont al 52 jaar in het dijkhuis waar hij geboren is. ‘Mijn vader heeft dit huis met zijn eigen handen verbouwd. En nu komt er iemand met een kaart en een rode stip’, zegt hij. Zijn buurvrouw Ans Visser, geen familie, is strijdbaarder. ‘Ik teken niks. Laat ze maar naar de rechter gaan’, aldus de 67-jarige.
Het waterschap belooft de bewoners een ‘ruimhartige’ vergoeding en hulp bij het zoeken naar een nieuwe woning in het dorp.
‘De veiligheid gaat voor, daar is iedereen het over eens. Maar deze mensen verdienen meer dan een brief en een taxatierapport’, zegt wethouder Peter Bos van de gemeente Lekkerwaard. Hij wil dat het waterschap de bewoners laat kiezen tussen uitkoop en een nieuw huis op een kavel van de gemeente.
Een medewerker van het waterschap, die anoniem wil blijven, vertelt dat de sloop al twee jaar intern werd besproken. ‘De bewoners hadden het veel eerder moeten horen. Dat is niet goed gegaan.’
De bewoners hebben zich verenigd in de actiegroep ‘Dijk zonder sloop’. Volgens woordvoerder Kees de Jong is er wel degelijk een alternatief: ‘Een stalen damwand kost meer, maar dan blijven de huizen staan. Het gaat hier om geld, niet om veiligheid.’
De dijkgraaf spreekt dat tegen. ‘Een damwand over deze lengte is in slappe veengrond niet betrouwbaar. Dat zeggen niet wij, dat zeggen drie onafhankelijke bureaus’, zei ze aan het eind van de avond. De eerste werkzaamheden staan gepland voor 2027.
""".strip().split("\n"), quotes=[
("We hebben alle varianten bekeken, ook een damwand en een dijk die aan de rivierkant wordt verbreed. Bij deze vijftien huizen is er geen andere veilige oplossing", "Marleen Verhoeven", {}),
("Als we niets doen, nemen we een risico dat we niet kunnen verantwoorden.", "Marleen Verhoeven", {}),
("Mijn vader heeft dit huis met zijn eigen handen verbouwd. En nu komt er iemand met een kaart en een rode stip", "Henk Visser", {"accept": []}),
("Ik teken niks. Laat ze maar naar de rechter gaan", "Ans Visser", {"accept": []}),
("ruimhartige", "het waterschap Rivierenland-West", {"accept": ["waterschap Rivierenland-West", "het waterschap", "waterschap"]}),
("De veiligheid gaat voor, daar is iedereen het over eens. Maar deze mensen verdienen meer dan een brief en een taxatierapport", "Peter Bos", {}),
("De bewoners hadden het veel eerder moeten horen. Dat is niet goed gegaan.", "een medewerker van het waterschap", {"unnamed": ["medewerker"]}),
("Dijk zonder sloop", None, {}),
("Een stalen damwand kost meer, maar dan blijven de huizen staan. Het gaat hier om geld, niet om veiligheid.", "Kees de Jong", {"accept": ["De Jong"]}),
("Een damwand over deze lengte is in slappe veengrond niet betrouwbaar. Dat zeggen niet wij, dat zeggen drie onafhankelijke bureaus", "Marleen Verhoeven", {}),
]))

L19.append(dict(id="pl-kradziez-kielicha", lang="pl", paras="""
Złoty kielich skradziony z Muzeum Diecezjalnego w Wielgorzowie
WIELGORZÓW – Z Muzeum Diecezjalnego w Wielgorzowie skradziono w nocy z soboty na niedzielę pozłacany kielich z XV wieku, najcenniejszy eksponat placówki. Złodzieje weszli przez okno w zakrystii, które – jak się okazało – nie było podłączone do alarmu.
„To jest strata nie do wycenienia. Ten kielich przetrwał potop szwedzki i dwie wojny światowe, a nie przetrwał jednej nocy w XXI wieku” – powiedział dyrektor muzeum ks. Andrzej Nowicki. Duchowny przyznał, że okno w zakrystii miało zostać podłączone do systemu alarmowego jeszcze w tym roku. „Zabrakło pieniędzy. Dziś wiem, że to był błąd” – dodał.
Policja prowadzi śledztwo. „Sprawcy działali szybko i wiedzieli, czego szukają. Zabezpieczyliśmy ślady i nagrania z monitoringu okolicznych budynków” – poinformowała rzeczniczka komendy powiatowej asp. Joanna Nowicka.
Według historyka sztuki dr. Pawła Jaworskiego z Uniwersytetu Jagiellońskiego kielich jest „praktycznie niesprzedawalny” na legalnym rynku. „Jest w każdym katalogu. Żaden poważny antykwariusz go nie dotknie. Obawiam się, że ktoś ukradł go na zamówienie” – ocenił.
Mieszkańcy są wstrząśnięci. „Chodziłam tu z wnukami, żeby im pokazać ten kielich. Teraz pokażę im pustą gablotę” – mówi emerytowana nauczycielka Halina Kos. Jej syn, Marek Kos, radny miejski, zapowiedział, że na najbliższej sesji zapyta o zabezpieczenia w innych zabytkach miasta. „Skoro nikt nie pilnował kielicha, to kto pilnuje ratusza?” – pytał.
Wojewódzki konserwator zabytków zapowiedział kontrolę zabezpieczeń we wszystkich muzeach diecezjalnych regionu. „Nie może być tak, że o bezpieczeństwie zabytków decyduje stan budżetu parafii” – napisał w oświadczeniu.
Pracownik muzeum, który prosił o anonimowość, twierdzi, że o problemie z oknem mówiono od lat. „Zgłaszaliśmy to co roku. Za każdym razem słyszeliśmy: w przyszłym budżecie” – powiedział.
Diecezja uruchomiła zbiórkę pod hasłem „Oddajcie nam kielich” i wyznaczyła nagrodę w wysokości 20 tys. zł za informacje, które pomogą odnaleźć zabytek.
""".strip().split("\n"), quotes=[
("To jest strata nie do wycenienia. Ten kielich przetrwał potop szwedzki i dwie wojny światowe, a nie przetrwał jednej nocy w XXI wieku", "Andrzej Nowicki", {}),
("Zabrakło pieniędzy. Dziś wiem, że to był błąd", "Andrzej Nowicki", {}),
("Sprawcy działali szybko i wiedzieli, czego szukają. Zabezpieczyliśmy ślady i nagrania z monitoringu okolicznych budynków", "Joanna Nowicka", {}),
("praktycznie niesprzedawalny", "Paweł Jaworski", {"accept": ["Jaworski", "Pawła Jaworskiego", "Jaworskiego"]}),
("Jest w każdym katalogu. Żaden poważny antykwariusz go nie dotknie. Obawiam się, że ktoś ukradł go na zamówienie", "Paweł Jaworski", {"accept": ["Jaworski", "Pawła Jaworskiego", "Jaworskiego"]}),
("Chodziłam tu z wnukami, żeby im pokazać ten kielich. Teraz pokażę im pustą gablotę", "Halina Kos", {"accept": []}),
("Skoro nikt nie pilnował kielicha, to kto pilnuje ratusza?", "Marek Kos", {"accept": []}),
("Nie może być tak, że o bezpieczeństwie zabytków decyduje stan budżetu parafii", "wojewódzki konserwator zabytków", {"unnamed": ["konserwator"]}),
("Zgłaszaliśmy to co roku. Za każdym razem słyszeliśmy: w przyszłym budżecie", "pracownik muzeum", {"unnamed": ["pracownik"]}),
("Oddajcie nam kielich", None, {}),
]))

L19.append(dict(id="sv-vaermebolja-aldreboende", lang="sv", paras="""
Varning för värmebölja – äldreboenden i Strömsby saknar kylning
STRÖMSBY (TT) SMHI har utfärdat en gul varning för höga temperaturer i stora delar av Mälardalen. Meteorologerna räknar med 30 grader eller mer i minst fem dagar i rad från torsdag.
”Det här är en ovanligt lång period av värme för att vara i juni. Äldre, små barn och personer med hjärtsjukdomar bör undvika att vara ute mitt på dagen”, säger meteorologen Johanna Ekdahl på SMHI. Även nätterna blir varma, enligt henne. ”Kroppen får ingen chans att återhämta sig när det är över 20 grader på natten.”
I Strömsby kommun har flera äldreboenden saknat fungerande kylning sedan förra sommaren, då det uppmättes 29 grader inomhus på Lindgårdens äldreboende.
”Vi har köpt in fläktar och vi kommer att ge de boende extra vätska varannan timme. Men en fläkt är ingen luftkonditionering”, säger Lindgårdens verksamhetschef Maria Holm. Hon berättar att personalen har fått utbildning i att känna igen tecken på uttorkning.
Kommunalrådet Anders Holm (M), som inte är släkt med verksamhetschefen, lovar att kylanläggningen ska vara på plats till nästa sommar. ”Upphandlingen drog ut på tiden. Det är inte bra, och det tar jag ansvar för”, säger kommunalrådet.
Oppositionen är kritisk. ”Man har vetat om problemet i ett år. Att man först nu köper fläktar säger allt”, skriver Vänsterpartiets gruppledare Lena Sjöberg i ett pressmeddelande.
En undersköterska på Lindgården, som inte vill framträda med namn, beskriver förra sommaren som ”den värsta i mitt yrkesliv”. ”Vi bar runt på blöta handdukar hela dagarna. Några av de boende orkade inte ens äta”, säger hon.
Elin Ström, vars mamma bor på Lindgården, har startat namninsamlingen ”Svalare äldreboenden nu”, som på två dagar fått över 1 500 underskrifter. ”Jag vill inte att mamma ska behöva ligga och svettas en sommar till”, säger hon.
Socialstyrelsen påminner om att kommunerna ansvarar för att inomhustemperaturen på äldreboenden är rimlig. Myndigheten har tidigare uppmanat kommunerna att ha färdiga värmeplaner innan sommaren.
""".strip().split("\n"), quotes=[
("Det här är en ovanligt lång period av värme för att vara i juni. Äldre, små barn och personer med hjärtsjukdomar bör undvika att vara ute mitt på dagen", "Johanna Ekdahl", {}),
("Kroppen får ingen chans att återhämta sig när det är över 20 grader på natten.", "Johanna Ekdahl", {}),
("Vi har köpt in fläktar och vi kommer att ge de boende extra vätska varannan timme. Men en fläkt är ingen luftkonditionering", "Maria Holm", {"accept": []}),
("Upphandlingen drog ut på tiden. Det är inte bra, och det tar jag ansvar för", "Anders Holm", {"accept": []}),
("Man har vetat om problemet i ett år. Att man först nu köper fläktar säger allt", "Lena Sjöberg", {}),
("den värsta i mitt yrkesliv", "en undersköterska på Lindgården", {"unnamed": ["undersköterska"]}),
("Vi bar runt på blöta handdukar hela dagarna. Några av de boende orkade inte ens äta", "en undersköterska på Lindgården", {"unnamed": ["undersköterska"]}),
("Svalare äldreboenden nu", None, {}),
("Jag vill inte att mamma ska behöva ligga och svettas en sommar till", "Elin Ström", {}),
]))

L19.append(dict(id="el-apergia-taxi-ridego", lang="el", paras="""
Απεργία των ταξί στη Θεσσαλονίκη για την εφαρμογή «RideGo»
ΘΕΣΣΑΛΟΝΙΚΗ – Χωρίς ταξί έμεινε σήμερα η Θεσσαλονίκη, καθώς οι οδηγοί κατέβηκαν σε 48ωρη απεργία διαμαρτυρόμενοι για την άδεια λειτουργίας που δόθηκε στην εφαρμογή μεταφορών «RideGo». Εκατοντάδες αυτοκίνητα στάθμευσαν από το πρωί στην πλατεία Αριστοτέλους.
«Δεν είμαστε κατά της τεχνολογίας. Είμαστε κατά του αθέμιτου ανταγωνισμού. Εμείς πληρώσαμε την άδειά μας 150.000 ευρώ και αυτοί μπαίνουν στην αγορά με ένα κινητό», δήλωσε ο πρόεδρος του Σωματείου Ιδιοκτητών Ταξί Θεσσαλονίκης, Γιώργος Παπαδόπουλος. Πρόσθεσε ότι οι κινητοποιήσεις θα συνεχιστούν «μέχρι να ανακληθεί η απόφαση».
Το υπουργείο Μεταφορών απάντησε με ανακοίνωση ότι η άδεια δόθηκε «σύμφωνα με την ευρωπαϊκή νομοθεσία» και ότι «οι πολίτες έχουν δικαίωμα σε περισσότερες επιλογές».
Ο υφυπουργός Μεταφορών Νίκος Αλεξίου κάλεσε τους οδηγούς σε διάλογο. «Κανείς δεν θέλει να κλείσει τα ταξί. Θέλουμε όμως μια αγορά που να δουλεύει για τον επιβάτη», είπε ο υφυπουργός σε ραδιοφωνική συνέντευξη.
Στο αεροδρόμιο η αναμονή ήταν μεγάλη. Η φοιτήτρια Μαρία Παπαδοπούλου, που περίμενε μάταια στην πιάτσα, είπε: «Έχω πτήση σε δύο ώρες και δεν υπάρχει ούτε ένα ταξί. Θα πάρω το λεωφορείο και ό,τι γίνει». Δεν έχει καμία συγγένεια με τον πρόεδρο του σωματείου, διευκρίνισε γελώντας.
Ένας οδηγός της εφαρμογής, που ζήτησε να μη δημοσιευθεί το όνομά του, υποστήριξε ότι πολλοί συνάδελφοί του είναι πρώην οδηγοί ταξί. «Κι εμείς από αυτή τη δουλειά ζούμε. Δεν ήρθαμε να κλέψουμε το ψωμί κανενός», είπε.
Σύμφωνα με τον οικονομολόγο Δημήτρη Καραγιάννη, καθηγητή στο Πανεπιστήμιο Μακεδονίας, «η σύγκρουση ήταν αναπόφευκτη από τη στιγμή που η αγορά έμεινε κλειστή για δεκαετίες». «Όποιος δεν αλλάζει, χάνεται. Αυτό ισχύει και για τα ταξί και για την κυβέρνηση», πρόσθεσε.
Η απεργία λήγει την Πέμπτη στις 6 το πρωί. Οι οδηγοί έχουν ήδη ανακοινώσει νέα συγκέντρωση την επόμενη εβδομάδα με σύνθημα «Όχι στην αγορά της ζούγκλας».
""".strip().split("\n"), quotes=[
("RideGo", None, {}),
("RideGo", None, {}),
("Δεν είμαστε κατά της τεχνολογίας. Είμαστε κατά του αθέμιτου ανταγωνισμού. Εμείς πληρώσαμε την άδειά μας 150.000 ευρώ και αυτοί μπαίνουν στην αγορά με ένα κινητό", "Γιώργος Παπαδόπουλος", {}),
("μέχρι να ανακληθεί η απόφαση", "Γιώργος Παπαδόπουλος", {}),
("σύμφωνα με την ευρωπαϊκή νομοθεσία", "το υπουργείο Μεταφορών", {"accept": ["υπουργείο Μεταφορών", "το υπουργείο"]}),
("οι πολίτες έχουν δικαίωμα σε περισσότερες επιλογές", "το υπουργείο Μεταφορών", {"accept": ["υπουργείο Μεταφορών", "το υπουργείο"]}),
("Κανείς δεν θέλει να κλείσει τα ταξί. Θέλουμε όμως μια αγορά που να δουλεύει για τον επιβάτη", "Νίκος Αλεξίου", {}),
("Έχω πτήση σε δύο ώρες και δεν υπάρχει ούτε ένα ταξί. Θα πάρω το λεωφορείο και ό,τι γίνει", "Μαρία Παπαδοπούλου", {}),
("Κι εμείς από αυτή τη δουλειά ζούμε. Δεν ήρθαμε να κλέψουμε το ψωμί κανενός", "ένας οδηγός της εφαρμογής", {"unnamed": ["οδηγός"]}),
("η σύγκρουση ήταν αναπόφευκτη από τη στιγμή που η αγορά έμεινε κλειστή για δεκαετίες", "Δημήτρης Καραγιάννης", {"accept": ["Καραγιάννης", "Δημήτρη Καραγιάννη", "Καραγιάννη"]}),
("Όποιος δεν αλλάζει, χάνεται. Αυτό ισχύει και για τα ταξί και για την κυβέρνηση", "Δημήτρης Καραγιάννης", {"accept": ["Καραγιάννης", "Δημήτρη Καραγιάννη", "Καραγιάννη"]}),
("Όχι στην αγορά της ζούγκλας", None, {}),
]))

L19.append(dict(id="hu-jegeso-tokaj", lang="hu", paras="""
Jégeső tarolt a Tokaji borvidéken, több dűlőben a termés fele odaveszett
MÁDSZEG – Tíz percig tartó, diónyi jégeső pusztított vasárnap délután a Tokaji borvidék több településén. A hegyközség első becslése szerint egyes dűlőkben a szőlőtermés fele elveszett, alig három héttel a szüret kezdete előtt.
„Harminc éve művelem ezt a szőlőt, de ilyet még nem láttam. A fürtök szétverve lógnak, a levelek a földön” – mondta Szabó Péter mádszegi szőlősgazda. A gazda szerint a biztosítás a kárnak legfeljebb a harmadát fedezi. „Ha nem kapunk segítséget, jövőre sokan nem fogják megművelni a területüket.”
Lánya, Szabó Eszter, aki a családi pincészetet vezeti, inkább a jövőre gondol. „A megmaradt fürtökből kevesebb, de koncentráltabb bor lesz. Nem adjuk fel” – mondta.
A Tokaji Hegyközség elnöke, Kiss Gábor hétfőn bejárta a legsúlyosabban érintett dűlőket. „A kár több száz millió forint. Azonnali segítség nélkül családi pincészetek mehetnek tönkre” – fogalmazott az elnök. Hozzátette, hogy a hegyközség rendkívüli támogatást kér a kormánytól.
Az Agrárminisztérium közleményében azt írta, hogy „a kárfelmérés már megkezdődött”, és a gazdák a kárenyhítési alapból kaphatnak kártérítést.
Tóth Anna, Mádszeg polgármestere szerint a jégeső a falu házaiban is komoly kárt tett. „Negyven háznak sérült meg a teteje. A tűzoltók és az önkéntesek egész éjjel dolgoztak” – mondta.
Egy nevét nem vállaló meteorológus azt mondta: „Az ilyen erős jégeső ebben a térségben ritka, de a felmelegedéssel egyre gyakoribb lesz.”
Egy tállyai borász a közösségi oldalán így írt: „Ma sírtunk. Holnap metszünk.” A bejegyzést néhány óra alatt több ezren osztották meg.
A helyi borbarátok „Tokaj talpra áll” néven gyűjtést indítottak a károsult gazdák megsegítésére. A szervezők szerint az első napon több mint hárommillió forint gyűlt össze.
""".strip().split("\n"), quotes=[
("Harminc éve művelem ezt a szőlőt, de ilyet még nem láttam. A fürtök szétverve lógnak, a levelek a földön", "Szabó Péter", {"accept": []}),
("Ha nem kapunk segítséget, jövőre sokan nem fogják megművelni a területüket.", "Szabó Péter", {"accept": []}),
("A megmaradt fürtökből kevesebb, de koncentráltabb bor lesz. Nem adjuk fel", "Szabó Eszter", {"accept": []}),
("A kár több száz millió forint. Azonnali segítség nélkül családi pincészetek mehetnek tönkre", "Kiss Gábor", {"accept": ["Kiss"]}),
("a kárfelmérés már megkezdődött", "az Agrárminisztérium", {"accept": ["Agrárminisztérium", "a minisztérium"]}),
("Negyven háznak sérült meg a teteje. A tűzoltók és az önkéntesek egész éjjel dolgoztak", "Tóth Anna", {"accept": ["Tóth"]}),
("Az ilyen erős jégeső ebben a térségben ritka, de a felmelegedéssel egyre gyakoribb lesz.", "egy nevét nem vállaló meteorológus", {"unnamed": ["meteorológus"]}),
("Ma sírtunk. Holnap metszünk.", "egy tállyai borász", {"unnamed": ["borász"]}),
("Tokaj talpra áll", None, {}),
]))
L20 = []

L20.append(dict(id="de-faehre-niedrigwasser", lang="de", paras="""
Niedrigwasser: Rheinfähre zwischen Auenfeld und Kettwig stellt Betrieb ein
AUENFELD – Zum ersten Mal seit dem Sommer 2018 fährt die Autofähre zwischen Auenfeld und Kettwig nicht mehr. Der Pegel am Rhein ist in der Nacht zum Dienstag unter 80 Zentimeter gefallen, für die Fähre zu wenig. Pendler müssen nun einen Umweg von 34 Kilometern über die Brücke bei Sankt Goar in Kauf nehmen.
„Wir sind heute Morgen noch eine Probefahrt gefahren und zweimal mit dem Ruder über Grund gekommen. Da ist Schluss, da setze ich keine Fahrgäste einem Risiko aus“, sagte Fährmann Jürgen Albers, der das Schiff seit 22 Jahren steuert. Wann der Betrieb wieder aufgenommen werden könne, wisse er nicht. „Das entscheidet der Himmel, nicht ich.“
Für die Betriebe am Ufer ist die Pause teuer. Die Wirtin des Gasthofs „Zum Anker“, Petra Albers, sagt, an normalen Tagen kämen mittags vierzig Gäste von der anderen Rheinseite. Mit dem Fährmann ist sie nicht verwandt, auch wenn das im Ort viele glauben. „Heute hatte ich sechs. Wenn das drei Wochen so geht, muss ich die Aushilfen nach Hause schicken“, sagte die Wirtin.
Ein Sprecher des Wasserstraßen- und Schifffahrtsamts sagte, die Pegel würden nach den Prognosen bis mindestens Mitte des Monats weiter sinken. „Eine Entspannung sehen wir frühestens, wenn es im Schwarzwald und in der Schweiz ergiebig regnet“, erklärte er.
Bürgermeister Tobias Wendling (CDU) fordert seit Jahren eine Brücke. Dem Bürgermeister zufolge ist die Fähre „ein Nadelöhr für die ganze Region“. „Jeder Sommer zeigt uns, dass wir uns nicht mehr auf den Fluss verlassen können. Wir brauchen eine feste Querung, und zwar in diesem Jahrzehnt“, sagte er am Dienstag.
Naturschützer halten davon wenig. Die Biologin Miriam Osterkamp vom Naturschutzbund warnt vor einem Eingriff in die Auen: „Eine Brücke löst das Problem von ein paar Wochen im Jahr und zerstört dafür eine Landschaft für immer.“
Die Fährgesellschaft hat auf ihrer Internetseite ein Banner mit der Aufschrift „Wir kommen wieder“ geschaltet. Eine Bürgerinitiative sammelt unter dem Motto „Die Fähre muss bleiben“ Unterschriften gegen die Brückenpläne. Bis Mittwoch kamen nach eigenen Angaben gut 2.000 zusammen.
""".strip().split("\n"), quotes=[
("Wir sind heute Morgen noch eine Probefahrt gefahren und zweimal mit dem Ruder über Grund gekommen. Da ist Schluss, da setze ich keine Fahrgäste einem Risiko aus", "Jürgen Albers", {"accept": []}),
("Das entscheidet der Himmel, nicht ich.", "Jürgen Albers", {"accept": []}),
("Zum Anker", None, {}),
("Heute hatte ich sechs. Wenn das drei Wochen so geht, muss ich die Aushilfen nach Hause schicken", "Petra Albers", {"accept": []}),
("Eine Entspannung sehen wir frühestens, wenn es im Schwarzwald und in der Schweiz ergiebig regnet", "ein Sprecher des Wasserstraßen- und Schifffahrtsamts", {"unnamed": ["Sprecher"]}),
("ein Nadelöhr für die ganze Region", "Tobias Wendling", {}),
("Jeder Sommer zeigt uns, dass wir uns nicht mehr auf den Fluss verlassen können. Wir brauchen eine feste Querung, und zwar in diesem Jahrzehnt", "Tobias Wendling", {}),
("Eine Brücke löst das Problem von ein paar Wochen im Jahr und zerstört dafür eine Landschaft für immer.", "Miriam Osterkamp", {}),
("Wir kommen wieder", None, {}),
("Die Fähre muss bleiben", None, {}),
]))

L20.append(dict(id="it-punto-nascita-valbruna", lang="it", paras="""
Chiude il punto nascita di Valbruna, le mamme dovranno partorire a 70 chilometri
VALBRUNA – Dal primo febbraio all'ospedale di Valbruna non si nascerà più. L'Azienda sanitaria ha confermato ieri la chiusura del punto nascita, che l'anno scorso ha registrato 312 parti, sotto la soglia dei 500 fissata dal ministero. Le future mamme dell'alta valle dovranno rivolgersi all'ospedale di Pontenero, a settanta chilometri di strada di montagna.
«È una decisione che condanna la valle allo spopolamento. Chi farebbe figli in un posto dove per partorire bisogna fare un'ora e mezza di tornanti, d'inverno, magari con la neve?», ha detto il sindaco Marco Bellini, che ha annunciato un ricorso al Tar.
L'ostetrica Giulia Bellini, che lavora nel reparto da diciannove anni e non ha legami di parentela con il primo cittadino, è più cauta. «Capisco le regole sulla sicurezza. Ma la sicurezza è anche arrivare in tempo», spiega. Secondo l'ostetrica, negli ultimi cinque anni almeno una ventina di bambini sono nati «così in fretta che a Pontenero non ci sarebbero mai arrivati».
Il direttore generale dell'Azienda sanitaria, Renato Cattaneo, difende la scelta. «Un reparto che fa meno di un parto al giorno non può garantire un anestesista e un pediatra presenti ventiquattro ore su ventiquattro. Non è una questione di soldi, è una questione di sicurezza», ha dichiarato. Il direttore ha promesso un'ambulanza dedicata e una casa di accoglienza vicino all'ospedale di Pontenero per le donne che vivono più lontano.
Un medico del reparto, che chiede di restare anonimo, racconta un clima pesante. «Ci hanno detto della chiusura con una mail, il venerdì sera. Nessuno è venuto a parlarci», dice.
Per la consigliera regionale Silvia Marchetti (opposizione), la valle «paga ancora una volta il conto dei tagli». Ha presentato un'interrogazione in consiglio.
Sabato è previsto un corteo davanti all'ospedale. Sui cartelli preparati dalle mamme del paese c'è scritto «Nascere a Valbruna è un diritto». In paese circola anche una petizione intitolata «Non chiudete la culla della valle», che ha già raccolto quattromila firme.
""".strip().split("\n"), quotes=[
("È una decisione che condanna la valle allo spopolamento. Chi farebbe figli in un posto dove per partorire bisogna fare un'ora e mezza di tornanti, d'inverno, magari con la neve?", "Marco Bellini", {"accept": []}),
("Capisco le regole sulla sicurezza. Ma la sicurezza è anche arrivare in tempo", "Giulia Bellini", {"accept": []}),
("così in fretta che a Pontenero non ci sarebbero mai arrivati", "Giulia Bellini", {"accept": []}),
("Un reparto che fa meno di un parto al giorno non può garantire un anestesista e un pediatra presenti ventiquattro ore su ventiquattro. Non è una questione di soldi, è una questione di sicurezza", "Renato Cattaneo", {}),
("Ci hanno detto della chiusura con una mail, il venerdì sera. Nessuno è venuto a parlarci", "un medico del reparto", {"unnamed": ["medico"]}),
("paga ancora una volta il conto dei tagli", "Silvia Marchetti", {}),
("Nascere a Valbruna è un diritto", None, {}),
("Non chiudete la culla della valle", None, {}),
]))

L20.append(dict(id="ro-salina-inchisa", lang="ro", paras="""
Salina din Ocna Verde, închisă pentru turiști după infiltrații de apă
OCNA VERDE – Salina din Ocna Verde, una dintre cele mai vizitate atracții din județ, a fost închisă de luni pentru turiști, după ce în două dintre galerii au apărut infiltrații de apă. Aproape 300.000 de oameni au coborât anul trecut în mină.
„Am observat apă pe pereții Galeriei Mari încă din august. Am cerut fonduri pentru consolidare de trei ori și nu am primit niciun răspuns”, a declarat directorul salinei, Mihai Dobre. Potrivit lui Dobre, lucrările ar costa cel puțin 12 milioane de lei.
Măsura îi afectează direct pe cei 140 de angajați. Ghidul Elena Dobre, care lucrează în salină de unsprezece ani și nu este rudă cu directorul, spune că nimeni nu le-a explicat ce urmează. „Ne-au spus să stăm acasă până la noi ordine. Am copii, am rată la bancă. Din ce trăim?”, se întreabă femeia.
Un angajat al salinei, care a cerut să nu-i fie publicat numele, susține că problemele sunt cunoscute de ani de zile. „Toată lumea știa că pompele sunt vechi. Le reparam cu sârmă și bandă adezivă”, a spus acesta.
Ministerul Economiei a transmis că „siguranța vizitatorilor este prioritară” și că o echipă de experți va evalua galeriile până la sfârșitul lunii.
Primarul orașului, Cristian Mureșan, se teme pentru turism. „Salina înseamnă hoteluri pline, restaurante pline, pensiuni pline. Fără ea, Ocna Verde redevine un oraș din care pleacă tinerii”, a afirmat edilul. Acesta a cerut Guvernului o ordonanță de urgență.
Geologul Andrei Stănescu, profesor la Universitatea din Cluj, avertizează însă că graba poate fi periculoasă. În opinia geologului, apa dulce care intră în masivul de sare „poate provoca prăbușiri în câteva luni, nu în câțiva ani”. „Nu ajunge să pompezi apa. Trebuie să afli de unde vine”, a explicat profesorul.
Pe rețelele sociale, localnicii au lansat campania „Salvați Salina”, iar un grup de tineri a organizat duminică un marș pe străzile orașului. La intrarea în mină a rămas doar afișul spectacolului de Crăciun „Lumini sub pământ”, programat pentru decembrie.
""".strip().split("\n"), quotes=[
("Am observat apă pe pereții Galeriei Mari încă din august. Am cerut fonduri pentru consolidare de trei ori și nu am primit niciun răspuns", "Mihai Dobre", {"accept": []}),
("Ne-au spus să stăm acasă până la noi ordine. Am copii, am rată la bancă. Din ce trăim?", "Elena Dobre", {"accept": []}),
("Toată lumea știa că pompele sunt vechi. Le reparam cu sârmă și bandă adezivă", "un angajat al salinei", {"unnamed": ["angajat"]}),
("siguranța vizitatorilor este prioritară", "Ministerul Economiei", {"accept": ["ministerul"]}),
("Salina înseamnă hoteluri pline, restaurante pline, pensiuni pline. Fără ea, Ocna Verde redevine un oraș din care pleacă tinerii", "Cristian Mureșan", {}),
("poate provoca prăbușiri în câteva luni, nu în câțiva ani", "Andrei Stănescu", {}),
("Nu ajunge să pompezi apa. Trebuie să afli de unde vine", "Andrei Stănescu", {}),
("Salvați Salina", None, {}),
("Lumini sub pământ", None, {}),
]))

L20.append(dict(id="da-havvindmoeller-skaro", lang="da", paras="""
Havvindmøller ud for Skarø deler øen i to lejre
SKARØ – 48 vindmøller på op til 260 meters højde skal stå blot otte kilometer ud for Skarøs vestkyst. Det fremgår af det forslag, som Energistyrelsen sendte i høring i går. Mange af øens 900 fastboende er rystede.
»Vi lever af turister, der kommer for at se solen gå ned over havet. Når de i stedet ser 48 blinkende røde lys, kommer de ikke igen,« siger borgmester Henrik Madsen (V). Han vil kræve, at møllerne flyttes mindst 20 kilometer længere ud.
Fisker Ole Madsen – ingen familie med borgmesteren – er lige så bekymret, men af en anden grund. Ifølge fiskeren ligger møllerne midt i de bedste fangstområder for tunge. »Vi får at vide, at vi kan fiske mellem møllerne. Det har ingen af dem, der skriver den slags, nogensinde prøvet i en vestenvind,« siger han.
Ikke alle på øen er imod. Lærer Sofie Kjærgaard, der sidder i bestyrelsen for Skarø Energiforening, mener, at øen bør se projektet som en mulighed. »Hvis vi får medejerskab, kan møllerne betale for skolen og færgen. Det er det, vi bør forhandle om i stedet for at sige nej,« siger hun.
Energistyrelsen skriver i en mail, at afstanden er valgt »ud fra en samlet vurdering af vind, havdybde og natur«. En medarbejder i styrelsen, der ikke ønsker at stå frem med navn, siger dog til avisen, at der er »meget lidt luft« i planerne. »Projektet er en del af et politisk forlig. Det flytter sig ikke ret meget på grund af en høring,« lyder det fra medarbejderen.
Ornitolog Lars Bech fra Dansk Ornitologisk Forening peger på, at området er rasteplads for tusindvis af edderfugle hvert forår. »Vi savner en ordentlig undersøgelse af fuglene, før man beslutter noget som helst,« siger han.
Borgermødet i forsamlingshuset torsdag aften var fuldt en halv time før start. Uden for hang et banner med ordene »Bevar horisonten«. Høringsfristen udløber den 1. marts.
""".strip().split("\n"), quotes=[
("Vi lever af turister, der kommer for at se solen gå ned over havet. Når de i stedet ser 48 blinkende røde lys, kommer de ikke igen,", "Henrik Madsen", {"accept": []}),
("Vi får at vide, at vi kan fiske mellem møllerne. Det har ingen af dem, der skriver den slags, nogensinde prøvet i en vestenvind,", "Ole Madsen", {"accept": []}),
("Hvis vi får medejerskab, kan møllerne betale for skolen og færgen. Det er det, vi bør forhandle om i stedet for at sige nej,", "Sofie Kjærgaard", {}),
("ud fra en samlet vurdering af vind, havdybde og natur", "Energistyrelsen", {}),
("meget lidt luft", "en medarbejder i styrelsen", {"unnamed": ["medarbejder"]}),
("Projektet er en del af et politisk forlig. Det flytter sig ikke ret meget på grund af en høring,", "en medarbejder i styrelsen", {"unnamed": ["medarbejder"]}),
("Vi savner en ordentlig undersøgelse af fuglene, før man beslutter noget som helst,", "Lars Bech", {}),
("Bevar horisonten", None, {}),
]))

L20.append(dict(id="fi-pilkkikisa-peruttu", lang="fi", paras="""
Heikot jäät peruivat Järvenselän pilkkikisan ensimmäistä kertaa 40 vuoteen
KOIVULAHTI – Järvenselän perinteinen pilkkikilpailu on peruttu, koska jää ei kanna. Kisaan oli ilmoittautunut yli 600 osallistujaa eri puolilta Suomea.
”Mittasimme jään paksuuden tiistaina kymmenestä kohdasta. Paksuimmillaankin sitä oli vain yhdeksän senttiä, eikä sellaiselle jäälle voi päästää satoja ihmisiä”, kertoo kilpailun järjestäjä Pekka Virtanen Koivulahden kalastusseurasta. Hänen mukaansa päätös oli seuralle raskas. ”Moni on käynyt kisassa lapsesta asti. Nyt joudumme soittamaan heille ja kertomaan, että tänä vuonna ei mennä.”
Jäätutkija Anna Virtanen Suomen ympäristökeskuksesta ei ole sukua järjestäjälle, mutta hän on seurannut Järvenselän jäätilannetta jo kymmenen vuotta. Virtasen mukaan talvet ovat muuttuneet nopeasti. ”Kolmekymmentä vuotta sitten järvi jäätyi keskimäärin marraskuun lopussa. Nyt puhutaan tammikuusta, ja sekin jää on usein heikkoa”, tutkija sanoo.
Pelastuslaitos varoittaa liikkumasta jäällä koko järven alueella. Päivystävä palomestari, joka ei halunnut nimeään julkisuuteen, kertoi, että viime viikonloppuna kaksi moottorikelkkailijaa putosi jäihin järven pohjoispäässä. ”Molemmat pääsivät onneksi omin avuin ylös. Ensi kerralla ei välttämättä käy yhtä hyvin”, hän sanoi.
Paikalliset yrittäjät kärsivät perumisesta. Kahvila Rantatuvan omistaja Leena Halonen kertoo, että kisaviikonloppu on hänelle vuoden tärkein. ”Myyn silloin enemmän kahvia ja munkkeja kuin koko helmikuussa yhteensä”, Halonen sanoo. Hän aikoo silti pitää kahvilan auki. ”Ehkä ihmiset tulevat katsomaan järveä, vaikka eivät pääsekään sille.”
Kunnanjohtaja Markku Salminen lupaa, että kunta tukee seuraa. ”Järjestäjille ei saa jäädä kuluista tappiota. Katsomme yhdessä, voiko kisan siirtää maaliskuulle”, hän sanoo.
Osallistujille palautetaan ilmoittautumismaksut. Kilpailuun oli tulossa väkeä myös Virosta ja Ruotsista, ja lähialueen majoitusyritykset ovat saaneet kymmeniä peruutuksia. Järvenselän pilkkikilpailu järjestettiin ensimmäisen kerran vuonna 1984, ja se on peruttu aiemmin vain kerran, kovan pakkasen vuoksi.
Kalastusseura on jo keksinyt korvaavan tapahtuman. Lauantaina rannassa järjestetään ”Pilkkiä kuivalla maalla” -tapahtuma, jossa lapset voivat kokeilla pilkkimistä muovialtaasta. Seuran verkkosivuilla lukee nyt iso teksti ”Jäitä odotellessa”.
""".strip().split("\n"), quotes=[
("Mittasimme jään paksuuden tiistaina kymmenestä kohdasta. Paksuimmillaankin sitä oli vain yhdeksän senttiä, eikä sellaiselle jäälle voi päästää satoja ihmisiä", "Pekka Virtanen", {"accept": []}),
("Moni on käynyt kisassa lapsesta asti. Nyt joudumme soittamaan heille ja kertomaan, että tänä vuonna ei mennä.", "Pekka Virtanen", {"accept": []}),
("Kolmekymmentä vuotta sitten järvi jäätyi keskimäärin marraskuun lopussa. Nyt puhutaan tammikuusta, ja sekin jää on usein heikkoa", "Anna Virtanen", {"accept": []}),
("Molemmat pääsivät onneksi omin avuin ylös. Ensi kerralla ei välttämättä käy yhtä hyvin", "päivystävä palomestari", {"unnamed": ["palomestari"]}),
("Myyn silloin enemmän kahvia ja munkkeja kuin koko helmikuussa yhteensä", "Leena Halonen", {}),
("Ehkä ihmiset tulevat katsomaan järveä, vaikka eivät pääsekään sille.", "Leena Halonen", {}),
("Järjestäjille ei saa jäädä kuluista tappiota. Katsomme yhdessä, voiko kisan siirtää maaliskuulle", "Markku Salminen", {}),
("Pilkkiä kuivalla maalla", None, {}),
("Jäitä odotellessa", None, {}),
]))

L20.append(dict(id="tr-hamsi-kooperatif", lang="tr", paras="""
Karadeniz'de hamsi av yasağı erken başladı, balıkçılar tepkili
KIYIKÖY – Tarım ve Orman Bakanlığı, Karadeniz'de hamsi avını stoklardaki düşüş nedeniyle bu yıl bir ay erken, 15 Ocak'ta durdurma kararı aldı. Karar, sezonu zaten zayıf geçen balıkçıları zor durumda bıraktı.
“Teknemin kredisini hâlâ ödüyorum. Bir ay erken kapanmak benim için on iki mürettebatın maaşını ödeyememek demek”, dedi 30 yıllık balıkçı Hasan Yılmaz. Yılmaz'a göre sorun balıkçılar değil, denizdeki kirlilik. “Yasak gelince suçlu hep biz oluyoruz. Fabrikaların atıklarına kimse bir şey demiyor”, diye konuştu.
Kıyıköy Belediye Başkanı Ayşe Yılmaz ise balıkçıyla aynı soyadını taşısa da akraba olmadıklarını belirterek kararı desteklediğini açıkladı. “Bugün bir ay erken durmazsak, beş yıl sonra tutacak hamsi kalmayacak. Belediye olarak balıkçılarımızın yanındayız ama denizi de korumak zorundayız”, dedi.
Bakanlıktan yapılan yazılı açıklamada, kararın “bilimsel verilere dayanarak” alındığı ve yasak süresince balıkçılara destek ödemesi yapılacağı bildirildi.
Karadeniz Teknik Üniversitesi'nden deniz biyoloğu Prof. Dr. Selim Aydın, stokların ciddi biçimde azaldığını söyledi. “Son üç yılda yakalanan hamsinin boyu belirgin şekilde küçüldü. Bu, popülasyonun genç balıklara dayandığını gösteriyor”, diyen Aydın, avlanma kotasının da düşürülmesi gerektiğini savundu.
Adının açıklanmasını istemeyen bir kooperatif yöneticisi ise destek ödemesinin yetersiz kalacağını öne sürdü. “Geçen yıl da söz verdiler, para altı ay sonra geldi. O zamana kadar yarımız tekneyi satmıştı”, diye konuştu.
Hamsi, Karadeniz mutfağının vazgeçilmezi olarak biliniyor ve bölgede binlerce ailenin geçim kaynağı. Geçen sezon Karadeniz'de yaklaşık 200 bin ton hamsi avlanmıştı; bu yıl bu rakamın yarısına bile ulaşılamayacağı tahmin ediliyor. Kıyıköy'de sezon boyunca yaklaşık 80 tekne ava çıkıyor.
Limanda balık satan Fatma Demirci, fiyatların şimdiden iki katına çıktığını anlattı. “Müşteri gelip soruyor, fiyatı duyunca gidiyor. Hamsisiz Karadeniz olur mu?”
Balıkçılar cumartesi günü limanda toplanarak “Denizi de balıkçıyı da koruyun” yazılı pankartlar açtı. Kooperatif, yasak süresini kısaltmak için bakanlığa dilekçe vereceğini duyurdu.
""".strip().split("\n"), quotes=[
("Teknemin kredisini hâlâ ödüyorum. Bir ay erken kapanmak benim için on iki mürettebatın maaşını ödeyememek demek", "Hasan Yılmaz", {"accept": []}),
("Yasak gelince suçlu hep biz oluyoruz. Fabrikaların atıklarına kimse bir şey demiyor", "Hasan Yılmaz", {"accept": []}),
("Bugün bir ay erken durmazsak, beş yıl sonra tutacak hamsi kalmayacak. Belediye olarak balıkçılarımızın yanındayız ama denizi de korumak zorundayız", "Ayşe Yılmaz", {"accept": []}),
("bilimsel verilere dayanarak", "Tarım ve Orman Bakanlığı", {"accept": ["Bakanlık", "bakanlık"]}),
("Son üç yılda yakalanan hamsinin boyu belirgin şekilde küçüldü. Bu, popülasyonun genç balıklara dayandığını gösteriyor", "Selim Aydın", {}),
("Geçen yıl da söz verdiler, para altı ay sonra geldi. O zamana kadar yarımız tekneyi satmıştı", "bir kooperatif yöneticisi", {"unnamed": ["yöneticisi", "yönetici"]}),
("Müşteri gelip soruyor, fiyatı duyunca gidiyor. Hamsisiz Karadeniz olur mu?", "Fatma Demirci", {}),
("Denizi de balıkçıyı da koruyun", None, {}),
]))

L20.append(dict(id="hr-trajekt-otok-guzva", lang="hr", paras="""
Kolone od tri kilometra u luci: otočani traže dodatni trajekt
SVETI KRŠAN – Na otoku Vrulji ovog su vikenda stotine vozača i do sedam sati čekale na trajekt prema kopnu. Kolona se u nedjelju popodne protezala gotovo tri kilometra, sve do ulaza u mjesto.
„Ovakvu gužvu nisam vidio u dvadeset godina službe. Jedan brod s kapacitetom od stotinu automobila jednostavno ne može prevesti pet tisuća ljudi u jednom danu“, rekao je lučki kapetan Ivan Horvat. Prema riječima kapetana, lučka kapetanija još je u srpnju upozorila ministarstvo na problem.
Konobarica Marija Horvat, koja nije u rodu s kapetanom, svaki dan putuje s kopna na posao u restoran na otoku. „Jutros sam na posao došla u podne umjesto u osam. Šef razumije, ali gosti ne čekaju“, kaže ona. Dodala je da mnogi sezonski radnici razmišljaju o odlasku.
Jedan djelatnik brodara, koji nije želio da mu se objavi ime, tvrdi da je drugi trajekt na liniji u kvaru već tri tjedna. „Rezervni dijelovi trebali su stići iz Italije prije deset dana. Nitko ne zna gdje su“, rekao je.
U priopćenju Ministarstva mora navodi se da se „intenzivno traži zamjensko plovilo“ te da bi dodatni brod trebao zaploviti do petka.
Načelnik općine Tomislav Babić smatra da je problem dublji. „Svake godine dovodimo više turista, a trajektna linija ista je kao prije petnaest godina. Otok ne može živjeti od obećanja“, izjavio je načelnik. Babić je najavio da će općina, ne dobije li odgovor do kraja tjedna, sama iznajmiti katamaran za putnike.
Prema mišljenju prometnog stručnjaka Dražena Kolara s Pomorskog fakulteta u Rijeci, rješenje nije samo u brodovima. „Potreban je sustav rezervacija kakav imaju druge zemlje. Ljudi bi onda znali kada putuju, a ne bi stajali satima na suncu“, objašnjava Kolar.
Otočani su na društvenim mrežama pokrenuli peticiju „Vrulja nije parkiralište“. Turistička zajednica u međuvremenu nastavlja oglašavati ljetni festival „Ljeto na otoku“, koji počinje sljedeći vikend.
""".strip().split("\n"), quotes=[
("Ovakvu gužvu nisam vidio u dvadeset godina službe. Jedan brod s kapacitetom od stotinu automobila jednostavno ne može prevesti pet tisuća ljudi u jednom danu", "Ivan Horvat", {"accept": []}),
("Jutros sam na posao došla u podne umjesto u osam. Šef razumije, ali gosti ne čekaju", "Marija Horvat", {"accept": []}),
("Rezervni dijelovi trebali su stići iz Italije prije deset dana. Nitko ne zna gdje su", "jedan djelatnik brodara", {"unnamed": ["djelatnik"]}),
("intenzivno traži zamjensko plovilo", "Ministarstvo mora", {"accept": ["ministarstvo", "Ministarstva mora"]}),
("Svake godine dovodimo više turista, a trajektna linija ista je kao prije petnaest godina. Otok ne može živjeti od obećanja", "Tomislav Babić", {}),
("Potreban je sustav rezervacija kakav imaju druge zemlje. Ljudi bi onda znali kada putuju, a ne bi stajali satima na suncu", "Dražen Kolar", {"accept": ["Kolar", "Dražena Kolara", "Kolara"]}),
("Vrulja nije parkiralište", None, {}),
("Ljeto na otoku", None, {}),
]))

L20.append(dict(id="sk-voda-dolna-lehota", lang="sk", paras="""
V Dolnej Lehote nemôžu piť vodu z vodovodu už druhý týždeň
DOLNÁ LEHOTA – Obyvatelia obce Dolná Lehota na Horehroní nesmú už druhý týždeň piť vodu z verejného vodovodu. Hygienici v nej našli koliformné baktérie. Obec rozváža pitnú vodu v cisternách a v balíkoch.
„Pre deti a starších ľudí je to veľmi nepríjemné. Voda sa dá používať na umývanie, ale na pitie a varenie ju treba prevariť aspoň desať minút,“ povedala regionálna hygienička Mária Kováčová. Podľa hygieničky je pravdepodobnou príčinou poškodené potrubie pri prameni.
Starosta obce Ján Kováč, ktorého s hygieničkou nespája nič okrem priezviska, priznáva, že vodovod je v zlom stave. „Potrubie je z roku 1972. Žiadali sme o eurofondy trikrát a trikrát nás odmietli,“ uviedol starosta. Obec podľa neho nemá na opravu vlastné peniaze.
Jeden z obyvateľov, ktorý nechcel byť menovaný, tvrdí, že problém trvá dlhšie. „Voda bola kalná už v lete. Hovorili sme to na obecnom úrade, ale nikto nič nerobil,“ povedal.
Dôchodkyňa Anna Hudecová býva na konci obce, kam cisterna chodí len raz denne. „Ráno si naberiem dve vedrá a musí mi to vystačiť. Mám osemdesiat rokov, tie vedrá sú ťažké,“ hovorí. Pomáhajú jej susedia.
Vodárenská spoločnosť vo svojom stanovisku uviedla, že „sanácia potrubia začne najneskôr v pondelok“ a že výsledky nových rozborov budú známe do konca mesiaca.
Poslanec Národnej rady Peter Lukáč, ktorý pochádza zo susednej obce, chce na problém upozorniť v parlamente. „Na Horehroní sú desiatky obcí, kde vodovody pamätajú socializmus. Dolná Lehota nie je výnimka, je to varovanie,“ napísal na sociálnej sieti.
Miestni dobrovoľníci medzitým spustili zbierku s názvom „Čistá voda pre Dolnú Lehotu“. Na nástenke pred obecným úradom visí aj ručne písaný oznam „Vodu prevárajte!“.
""".strip().split("\n"), quotes=[
("Pre deti a starších ľudí je to veľmi nepríjemné. Voda sa dá používať na umývanie, ale na pitie a varenie ju treba prevariť aspoň desať minút,", "Mária Kováčová", {"accept": []}),
("Potrubie je z roku 1972. Žiadali sme o eurofondy trikrát a trikrát nás odmietli,", "Ján Kováč", {"accept": []}),
("Voda bola kalná už v lete. Hovorili sme to na obecnom úrade, ale nikto nič nerobil,", "jeden z obyvateľov", {"unnamed": ["obyvateľov", "obyvateľ"]}),
("Ráno si naberiem dve vedrá a musí mi to vystačiť. Mám osemdesiat rokov, tie vedrá sú ťažké,", "Anna Hudecová", {}),
("sanácia potrubia začne najneskôr v pondelok", "vodárenská spoločnosť", {"accept": ["Vodárenská spoločnosť", "spoločnosť"]}),
("Na Horehroní sú desiatky obcí, kde vodovody pamätajú socializmus. Dolná Lehota nie je výnimka, je to varovanie,", "Peter Lukáč", {}),
("Čistá voda pre Dolnú Lehotu", None, {}),
("Vodu prevárajte!", None, {}),
]))

L20.append(dict(id="ca-mercat-sant-roc-2", lang="ca", paras="""
Els paradistes del Mercat de Sant Roc tanquen un dia en protesta per la pujada dels lloguers
SANT ROC DE LLOBERA – Les 46 parades del Mercat de Sant Roc van abaixar ahir la persiana durant tota la jornada per protestar contra l'augment del 40 % del cànon municipal que l'Ajuntament vol aplicar a partir del gener.
«Portem tres generacions venent fruita en aquest mercat. Amb aquesta pujada, la meva filla ja no el podrà agafar», va dir Jordi Puig, president de l'Associació de Comerciants del Mercat. Segons Puig, almenys deu parades podrien tancar abans de l'estiu.
La peixatera Marta Puig, que no té cap parentiu amb el president, va ser més contundent. «Ens demanen que paguem com si fóssim un centre comercial, però a les vuit del vespre això està buit», va lamentar. La venedora assegura que ha perdut un terç de la clientela des que va obrir un supermercat a la mateixa plaça.
L'Ajuntament defensa la mesura. El regidor de Comerç, Xavier Soler, va explicar que el cànon no s'actualitzava des del 2009. «No és una pujada, és posar-nos al dia. La ciutat ha invertit quatre milions en la reforma del mercat i els veïns també l'han de veure amortitzada», va afirmar el regidor, que va oferir un calendari de pagaments en tres anys.
Fonts de l'equip de govern, que van demanar no ser citades, reconeixen que la negociació «no ha anat bé». «Potser hauríem d'haver parlat amb ells abans de portar-ho al ple», van admetre.
Els clients habituals es van trobar les portes tancades. La Montserrat Vidal, veïna del barri des de fa cinquanta anys, ho entén. «Aquí em coneixen pel nom. Al supermercat sóc un número», deia mentre llegia el cartell enganxat a l'entrada.
L'economista Pere Fabregat, de la Universitat de Girona, creu que el problema va més enllà dels lloguers. Al seu parer, els mercats municipals «han de decidir si volen ser botigues o llocs d'oci». «Els que han sobreviscut a Europa són els que han obert bars i horaris de tarda», afegeix.
A les parades tancades hi penjava una pancarta amb el lema «El mercat és del barri». L'oposició portarà la qüestió al ple de dijous.
""".strip().split("\n"), quotes=[
("Portem tres generacions venent fruita en aquest mercat. Amb aquesta pujada, la meva filla ja no el podrà agafar", "Jordi Puig", {"accept": []}),
("Ens demanen que paguem com si fóssim un centre comercial, però a les vuit del vespre això està buit", "Marta Puig", {"accept": []}),
("No és una pujada, és posar-nos al dia. La ciutat ha invertit quatre milions en la reforma del mercat i els veïns també l'han de veure amortitzada", "Xavier Soler", {}),
("no ha anat bé", "fonts de l'equip de govern", {"unnamed": ["fonts"]}),
("Potser hauríem d'haver parlat amb ells abans de portar-ho al ple", "fonts de l'equip de govern", {"unnamed": ["fonts"]}),
("Aquí em coneixen pel nom. Al supermercat sóc un número", "Montserrat Vidal", {}),
("han de decidir si volen ser botigues o llocs d'oci", "Pere Fabregat", {}),
("Els que han sobreviscut a Europa són els que han obert bars i horaris de tarda", "Pere Fabregat", {}),
("El mercat és del barri", None, {}),
]))

L20.append(dict(id="nb-oppdrettslaks-romt", lang="nb", paras="""
60.000 oppdrettslaks på rømmen i Storfjorden – elveeiere frykter for villaksen
ÅLVIK – Rundt 60.000 oppdrettslaks har rømt fra et anlegg i Storfjorden etter at en not ble revet opp under uværet natt til søndag. Fiskeridirektoratet beskriver rømmingen som en av de største i regionen på ti år.
«Vi oppdaget hullet ved firetiden om morgenen og satte i gang gjenfangst med en gang. Jeg beklager dette på det sterkeste», sier daglig leder Kjetil Berg i Ålvik Havbruk. Ifølge Berg var anlegget kontrollert så sent som i september.
Elveeier Ingrid Berg, som ikke er i slekt med oppdretteren, har forvaltet laksefisket i Ålvikelva i snart tretti år. Hun er fortvilet. «Villaksen her har slitt i mange år. Nå kommer tusenvis av oppdrettsfisk som kan gyte i elva og ødelegge stammen vi har bygd opp», sier hun.
Fiskeridirektoratet har bedt om at alle sportsfiskere i fjorden leverer fanget oppdrettslaks. En inspektør i direktoratet, som ikke ønsker å stå fram med navn, sier at «anlegget hadde fått påpekt svakheter i fortøyningene tidligere». «Vi vil se nøye på om pålegget ble fulgt opp», sier inspektøren.
Forsker Håkon Lien ved Havforskningsinstituttet sier at konsekvensene avhenger av hvor mange fisk som blir fanget de neste ukene. «Rømt laks søker ofte opp i elvene om høsten. Jo raskere de tas, desto mindre blir skaden», sier forskeren.
Ordfører Randi Aasen (Ap) understreker at oppdrettsnæringen er kommunens største arbeidsgiver. «Vi trenger både havbruket og villaksen. Men en næring som tjener så godt, må ha anlegg som tåler en storm på Vestlandet», sier ordføreren.
Lokale fiskere har allerede tatt opp rundt 4000 laks med garn og stang. Selskapet betaler 500 kroner per innlevert fisk.
Natur og Ungdom har varslet markering foran rådhuset torsdag under slagordet «Villaksen først». Saken skal også opp i kommunestyret, der et benkeforslag med tittelen «Null rømming» er varslet.
""".strip().split("\n"), quotes=[
("Vi oppdaget hullet ved firetiden om morgenen og satte i gang gjenfangst med en gang. Jeg beklager dette på det sterkeste", "Kjetil Berg", {"accept": []}),
("Villaksen her har slitt i mange år. Nå kommer tusenvis av oppdrettsfisk som kan gyte i elva og ødelegge stammen vi har bygd opp", "Ingrid Berg", {"accept": []}),
("anlegget hadde fått påpekt svakheter i fortøyningene tidligere", "en inspektør i direktoratet", {"unnamed": ["inspektør"]}),
("Vi vil se nøye på om pålegget ble fulgt opp", "en inspektør i direktoratet", {"unnamed": ["inspektør"]}),
("Rømt laks søker ofte opp i elvene om høsten. Jo raskere de tas, desto mindre blir skaden", "Håkon Lien", {}),
("Vi trenger både havbruket og villaksen. Men en næring som tjener så godt, må ha anlegg som tåler en storm på Vestlandet", "Randi Aasen", {}),
("Villaksen først", None, {}),
("Null rømming", None, {}),
]))

L21 = []

L21.append(dict(id="bg-lift-belovo-ezero", lang="bg", paras="""
Седалковият лифт в Белово езеро спря в разгара на сезона, скиорите остават без писта
БЕЛОВО ЕЗЕРО – Единственият седалков лифт в курорта Белово езеро спря в събота сутринта заради повреда в главния двигател. Около 400 скиори трябваше да бъдат свалени с въжета от спасители на Планинската спасителна служба. Пострадали няма.
„Чухме удар, после лифтът просто застина. Висяхме два часа на двайсет метра височина при минус дванайсет градуса“, каза Стефан Петров, който беше дошъл с двете си деца от Пловдив. По думите му никой не им е обяснил какво се случва през първия час.
Управителят на лифта Гергана Петрова, която не е роднина на туриста, обясни, че двигателят е бил прегледан през ноември. „Съоръжението е на трийсет години. Поддържаме го, но резервни части вече не се произвеждат и ги поръчваме от Австрия“, заяви тя. Според управителката ремонтът ще отнеме поне три седмици.
Източник от общината, пожелал да остане анонимен, твърди, че концесионерът е бил предупреждаван многократно. „Имаме три писма до фирмата от миналата година. Нито на едно не са отговорили“, каза той.
Кметът на общината Васил Димитров настоява държавата да помогне. „За нас зимата е всичко. Хотелите са пълни до март, а хората нямат как да стигнат до пистата“, коментира кметът. Той допълни, че общината ще пусне безплатни автобуси до съседния курорт.
Собственичката на семеен хотел Милена Костова вече има откази. „Днес сутринта три семейства си тръгнаха. Ако лифтът не тръгне до празниците, ще върна половината капаро“, сподели тя.
Министерството на туризма съобщи, че „следи ситуацията и ще извърши проверка на всички съоръжения в курорта“.
На входа на курорта местни хора окачиха плакат с надпис „Искаме нов лифт“. Туристическото сдружение пък разпространи в социалните мрежи призива „Не забравяйте Белово езеро“.
""".strip().split("\n"), quotes=[
("Чухме удар, после лифтът просто застина. Висяхме два часа на двайсет метра височина при минус дванайсет градуса", "Стефан Петров", {"accept": []}),
("Съоръжението е на трийсет години. Поддържаме го, но резервни части вече не се произвеждат и ги поръчваме от Австрия", "Гергана Петрова", {"accept": []}),
("Имаме три писма до фирмата от миналата година. Нито на едно не са отговорили", "източник от общината", {"unnamed": ["източник"]}),
("За нас зимата е всичко. Хотелите са пълни до март, а хората нямат как да стигнат до пистата", "Васил Димитров", {}),
("Днес сутринта три семейства си тръгнаха. Ако лифтът не тръгне до празниците, ще върна половината капаро", "Милена Костова", {}),
("следи ситуацията и ще извърши проверка на всички съоръжения в курорта", "Министерството на туризма", {"accept": ["министерството"]}),
("Искаме нов лифт", None, {}),
("Не забравяйте Белово езеро", None, {}),
]))

L21.append(dict(id="sr-most-vrbnica-zatvoren", lang="sr", paras="""
Stari most u Vrbnici zatvoren za saobraćaj, meštani do grada putuju sat vremena duže
VRBNICA – Stari gvozdeni most preko Drine kod Vrbnice zatvoren je od ponedeljka za sav saobraćaj, nakon što su inspektori na dva stuba pronašli duboke pukotine. Most je jedina direktna veza sela sa Šapcem, pa meštani sada moraju da idu preko Loznice.
„Pukotine su nastale zbog erozije oko temelja. Ne možemo da rizikujemo, most ne sme da nosi ni automobile ni pešake“, rekao je građevinski inspektor Dejan Jovanović. Prema rečima inspektora, sanacija bi mogla da traje do leta.
Vlasnica prodavnice na ulazu u selo, Snežana Jovanović, kaže da s inspektorom deli samo prezime, ali ne i mišljenje. „Pukotine su tu već deset godina. Sad su se setili, kada je zima i kada niko ne može da ode na posao“, rekla je ona. Prodavnica je, kako kaže, u dva dana izgubila polovinu kupaca.
Predsednik mesne zajednice Goran Ilić kaže da selo ima 1.200 stanovnika i da je većina zaposlena u Šapcu. „Ljudi kreću u pet ujutru da bi stigli u sedam. Deca iz srednje škole spavaju u autobusu“, upozorio je Ilić.
Jedan vozač autobusa, koji nije želeo da mu se objavi ime, tvrdi da je prevoznik već dobio više žalbi. „Linija je sada duža za trideset kilometara, a karta je ista. Firma kaže da to ne može dugo da izdrži“, rekao je.
Iz Javnog preduzeća Putevi Srbije saopšteno je da je „izrada projekta sanacije hitno naručena“ i da se razmatra postavljanje privremenog pontonskog mosta.
Profesorka Građevinskog fakulteta Jelena Marković smatra da je problem mnogo širi. „U Srbiji imamo stotine mostova iz pedesetih godina. Ovo je samo prvi koji je zatvoren, a neće biti poslednji“, rekla je profesorka.
Meštani su za subotu najavili protestnu šetnju do mosta pod sloganom „Most je naš put“.
""".strip().split("\n"), quotes=[
("Pukotine su nastale zbog erozije oko temelja. Ne možemo da rizikujemo, most ne sme da nosi ni automobile ni pešake", "Dejan Jovanović", {"accept": []}),
("Pukotine su tu već deset godina. Sad su se setili, kada je zima i kada niko ne može da ode na posao", "Snežana Jovanović", {"accept": []}),
("Ljudi kreću u pet ujutru da bi stigli u sedam. Deca iz srednje škole spavaju u autobusu", "Goran Ilić", {}),
("Linija je sada duža za trideset kilometara, a karta je ista. Firma kaže da to ne može dugo da izdrži", "jedan vozač autobusa", {"unnamed": ["vozač"]}),
("izrada projekta sanacije hitno naručena", "Javno preduzeće Putevi Srbije", {"accept": ["Javnog preduzeća Putevi Srbije", "Putevi Srbije"]}),
("U Srbiji imamo stotine mostova iz pedesetih godina. Ovo je samo prvi koji je zatvoren, a neće biti poslednji", "Jelena Marković", {}),
("Most je naš put", None, {}),
]))

L21.append(dict(id="sl-cebelarji-pomor", lang="sl", paras="""
Pomor čebel v Zgornji Savinjski dolini: čebelarji sumijo na škropljenje
LUČINE – V Zgornji Savinjski dolini je v zadnjih desetih dneh poginilo več kot tristo čebeljih družin. Čebelarji sumijo, da je vzrok škropljenje sadovnjakov v času cvetenja, kmetijsko ministrstvo pa je odredilo analizo vzorcev.
»Zjutraj sem odprl panje in na dnu je ležala preproga mrtvih čebel. V trideset letih česa takega še nisem videl,« je povedal čebelar Marko Novak, ki je izgubil 42 družin. Po njegovih besedah je škoda večja od deset tisoč evrov.
Predsednica lokalnega čebelarskega društva Mojca Novak, ki z njim ni v sorodu, pravi, da društvo zbira podatke z vseh čebelnjakov v dolini. »Vsak dan dobimo nove klice. Ljudje so jezni, ker ne vedo, komu naj se pritožijo,« je dejala. Predsednica je napovedala, da bo društvo vložilo prijavo na policijo.
Eden od sadjarjev iz doline, ki ni želel biti imenovan, zavrača obtožbe. »Škropimo po navodilih, zvečer, ko čebele ne letijo. Nihče od nas nima interesa, da bi čebele izginile, brez njih ni sadja,« je dejal.
Na kmetijskem ministrstvu so sporočili, da bodo rezultati analiz znani v dveh tednih in da bodo »v primeru kršitev ukrepali z vso strogostjo«.
Strokovnjakinja za zdravje čebel z Veterinarske fakultete, dr. Tina Zupan, opozarja, da so vzroki lahko različni. »Ne smemo prehitro sklepati. Hkrati poginejo čebele tudi zaradi bolezni ali zastrupitve z drugimi snovmi,« je pojasnila. Po mnenju strokovnjakinje pa tako nenaden pomor na enem območju kaže na kemikalijo.
Župan občine Lučine Andrej Kos je čebelarjem obljubil pomoč. »Čebelarstvo je del naše identitete. Občina bo prizadetim pokrila del stroškov za nove družine,« je zagotovil župan.
Čebelarji so pred občinsko stavbo postavili tablo z napisom »Brez čebel ni življenja«. Spletna peticija z naslovom »Zaščitimo kranjsko čebelo« je do petka zbrala več kot pet tisoč podpisov.
""".strip().split("\n"), quotes=[
("Zjutraj sem odprl panje in na dnu je ležala preproga mrtvih čebel. V trideset letih česa takega še nisem videl,", "Marko Novak", {"accept": []}),
("Vsak dan dobimo nove klice. Ljudje so jezni, ker ne vedo, komu naj se pritožijo,", "Mojca Novak", {"accept": []}),
("Škropimo po navodilih, zvečer, ko čebele ne letijo. Nihče od nas nima interesa, da bi čebele izginile, brez njih ni sadja,", "eden od sadjarjev iz doline", {"unnamed": ["sadjarjev", "sadjar"]}),
("v primeru kršitev ukrepali z vso strogostjo", "kmetijsko ministrstvo", {"accept": ["ministrstvo", "kmetijskem ministrstvu"]}),
("Ne smemo prehitro sklepati. Hkrati poginejo čebele tudi zaradi bolezni ali zastrupitve z drugimi snovmi,", "Tina Zupan", {}),
("Čebelarstvo je del naše identitete. Občina bo prizadetim pokrila del stroškov za nove družine,", "Andrej Kos", {}),
("Brez čebel ni življenja", None, {}),
("Zaščitimo kranjsko čebelo", None, {}),
]))

L21.append(dict(id="lt-autobusas-zalioji-giria", lang="lt", paras="""
Žaliosios Girios kaimai lieka be autobuso: vežėjas atsisako maršruto
ŽALIOJI GIRIA – Nuo kovo pirmosios dienos autobusas į septynis Žaliosios Girios seniūnijos kaimus nebevažiuos. Vežėjas „Šiaurės linijos“ pranešė, kad maršrutas nuostolingas, o rajono savivaldybė kol kas neranda, kas jį perimtų. Maršrutu daugiausia naudojosi senjorai ir moksleiviai, kuriems kito būdo pasiekti rajono centrą nėra.
„Kasdien vežame po šešis ar septynis keleivius. Su tokiu skaičiumi negalime padengti net kuro išlaidų“, sakė bendrovės vadovas Tomas Kazlauskas. Pasak Kazlausko, savivaldybės kompensacija nesikeitė nuo 2019 metų.
Pensininkė Ona Kazlauskienė, kuri su vežėjo vadovu nesusijusi giminystės ryšiais, gyvena Pušyno kaime jau penkiasdešimt metų. „Aš neturiu mašinos, o vaikai gyvena Airijoje. Kaip aš nuvažiuosiu pas gydytoją?“ – klausė moteris. Jos teigimu, artimiausia vaistinė yra už dvidešimt kilometrų.
Seniūnas Rimantas Jonaitis tvirtina, kad seniūnija bandys organizuoti bent du reisus per savaitę savo mikroautobusu. „Tai ne išeitis, o lopas. Žmonėms reikia tikro transporto, ne labdaros“, kalbėjo seniūnas.
Savivaldybės administracijos darbuotojas, nenorėjęs, kad būtų skelbiama jo pavardė, pripažino, kad problema buvo žinoma seniai. „Apie nuostolingus maršrutus kalbame kasmet, bet biudžete pinigų tam niekada nebūna“, sakė jis.
Susisiekimo ministerija atsakyme redakcijai nurodė, kad „vietinio susisiekimo organizavimas yra savivaldybių atsakomybė“.
Vilniaus universiteto geografė Rūta Stankevičiūtė sako, kad tokie sprendimai dar labiau ištuštins kaimus. „Kai dingsta autobusas, pirmiausia išvažiuoja jaunos šeimos. Po penkerių metų kaime lieka tik tie, kurie išvažiuoti nebegali“, teigė mokslininkė.
Rajono meras Gintaras Vaitkus žadėjo, kad klausimas bus svarstomas artimiausiame tarybos posėdyje. Jo teigimu, savivaldybė ieško kito vežėjo ir svarsto galimybę įsigyti nedidelį elektrinį autobusą, kuris važiuotų pagal iškvietimą. „Sprendimą turėsime iki vasario pabaigos. Nė vienas kaimas neliks atkirstas“, pažadėjo meras.
Kaimo bendruomenė renka parašus po kreipimusi „Neatimkite kelio namo“. Ant stotelės Pušyne kažkas jau priklijavo lapelį su užrašu „Paskutinis reisas“.
""".strip().split("\n"), quotes=[
("Šiaurės linijos", None, {}),
("Kasdien vežame po šešis ar septynis keleivius. Su tokiu skaičiumi negalime padengti net kuro išlaidų", "Tomas Kazlauskas", {"accept": ["Kazlausko"]}),
("Aš neturiu mašinos, o vaikai gyvena Airijoje. Kaip aš nuvažiuosiu pas gydytoją?", "Ona Kazlauskienė", {"accept": []}),
("Tai ne išeitis, o lopas. Žmonėms reikia tikro transporto, ne labdaros", "Rimantas Jonaitis", {}),
("Apie nuostolingus maršrutus kalbame kasmet, bet biudžete pinigų tam niekada nebūna", "savivaldybės administracijos darbuotojas", {"unnamed": ["darbuotojas"]}),
("vietinio susisiekimo organizavimas yra savivaldybių atsakomybė", "Susisiekimo ministerija", {"accept": ["ministerija"]}),
("Kai dingsta autobusas, pirmiausia išvažiuoja jaunos šeimos. Po penkerių metų kaime lieka tik tie, kurie išvažiuoti nebegali", "Rūta Stankevičiūtė", {}),
("Sprendimą turėsime iki vasario pabaigos. Nė vienas kaimas neliks atkirstas", "Gintaras Vaitkus", {}),
("Neatimkite kelio namo", None, {}),
("Paskutinis reisas", None, {}),
]))

L21.append(dict(id="et-jaatee-kaasiku", lang="et", paras="""
Käsiku jäätee jääb tänavu avamata, saarerahvas sõltub taas praamist
KÄSIKU – Mandrit ja Käsiku saart ühendav jäätee jääb sel talvel tõenäoliselt avamata. Transpordiameti mõõtmiste järgi on jää paksus väinas kõigest 14 sentimeetrit, samas kui jäätee avamiseks on vaja vähemalt 22.
„Käisime teisipäeval puurimas kümnes kohas ja mitte kusagil polnud jää piisavalt tugev. Kui pakane kohe ei tule, siis tänavu jääteed ei tule,“ ütles transpordiameti jääteede spetsialist Andres Tamm. Tamme sõnul on viimase kümne aasta jooksul jäätee olnud avatud vaid neljal talvel.
Saare kaupluse pidaja Kadri Tamm, kes spetsialistiga sugulane ei ole, ütleb, et jäätee tähendab saarele palju. „Jääteega tuuakse kütet ja ehitusmaterjali odavalt. Praamiga maksab iga veok topelt ja praam ei sõida tormiga üldse,“ rääkis ta.
Käsiku vallavanem Priit Lepik kinnitas, et vald on praamifirmaga kokku leppinud lisareisid. „Teeme kõik, et inimesed jõuaksid tööle ja kooli. Aga me ei saa ilma vastu midagi,“ lausus vallavanem.
Üks praami meeskonnaliige, kes ei soovinud oma nime avaldada, tunnistas, et laev on vana ja jäises vees raskelt juhitav. „Kui jää tuleb pooleldi, on see kõige hullem. Läbi ei pääse ja peale ka ei saa,“ ütles ta.
Tartu ülikooli klimatoloog Liisa Saar märkis, et soojad talved on muutunud reegliks. „Meie andmetel on väinade jääkate lühenenud keskmiselt kuu võrra. Jäätee on ilus traditsioon, aga sellele ei saa enam plaane üles ehitada,“ sõnas teadlane.
Majandus- ja kommunikatsiooniministeerium teatas, et „uue praami hange kuulutatakse välja kevadel“.
Valla andmetel elab saarel aastaringselt umbes 600 inimest, suvel aga mitu korda rohkem. Eelmisel korral, kui jäätee avati, kasutas seda 38 päeva jooksul üle 9000 sõiduki. Kalur Mati Kask meenutab, et vanasti sõideti üle jää isegi hobustega. „Minu isa viis siit piima mandrile reega. Nüüd vaatame jääd nagu muuseumis,“ naeris mees.
Saarlased on sotsiaalmeedias alustanud kampaaniat „Jäätee tagasi“. Kohalikus rahvamajas näidatakse laupäeval dokumentaalfilmi „Viimane jäätee“.
""".strip().split("\n"), quotes=[
("Käisime teisipäeval puurimas kümnes kohas ja mitte kusagil polnud jää piisavalt tugev. Kui pakane kohe ei tule, siis tänavu jääteed ei tule,", "Andres Tamm", {"accept": ["Tamme"]}),
("Jääteega tuuakse kütet ja ehitusmaterjali odavalt. Praamiga maksab iga veok topelt ja praam ei sõida tormiga üldse,", "Kadri Tamm", {"accept": []}),
("Teeme kõik, et inimesed jõuaksid tööle ja kooli. Aga me ei saa ilma vastu midagi,", "Priit Lepik", {}),
("Kui jää tuleb pooleldi, on see kõige hullem. Läbi ei pääse ja peale ka ei saa,", "üks praami meeskonnaliige", {"unnamed": ["meeskonnaliige"]}),
("Meie andmetel on väinade jääkate lühenenud keskmiselt kuu võrra. Jäätee on ilus traditsioon, aga sellele ei saa enam plaane üles ehitada,", "Liisa Saar", {}),
("uue praami hange kuulutatakse välja kevadel", "Majandus- ja kommunikatsiooniministeerium", {"accept": ["ministeerium"]}),
("Minu isa viis siit piima mandrile reega. Nüüd vaatame jääd nagu muuseumis,", "Mati Kask", {}),
("Jäätee tagasi", None, {}),
("Viimane jäätee", None, {}),
]))

L21.append(dict(id="gl-marisqueo-ria-arousa", lang="gl", paras="""
As mariscadoras de Vilarrubia piden axudas tras un ano sen poder apañar berberecho
VILARRUBIA – As 180 mariscadoras a pé da confraría de Vilarrubia levan doce meses sen poder traballar no banco de berberecho de Os Lodos, onde a mortaldade do bivalvo superou o 90 % despois das choivas do pasado inverno.
«Saímos cada mañá a mirar a area e só atopamos cunchas baleiras. Hai compañeiras que levan trinta anos no mar e que agora non teñen con que pagar a luz», dixo a patroa maior da confraría, Carme Otero. Segundo a patroa, a Xunta prometeu axudas en xullo que aínda non chegaron.
O mariscador Xosé Otero, que non é parente da patroa malia compartir apelido, cre que o problema vén de máis lonxe. «Cada vez que chove forte, a auga doce do río entra de golpe na ría e o berberecho morre. Iso xa pasaba antes, pero non coma agora», explicou.
Unha técnica da Consellaría do Mar, que pediu non ser identificada, recoñece que os pagamentos se atrasaron por un problema administrativo. «Os expedientes están revisados e o diñeiro debería chegar antes de Nadal», asegurou.
A Consellaría, nun comunicado, sinalou que «está a estudar medidas de rexeneración do banco con semente criada en viveiro».
O bioloxista mariño Anxo Iglesias, do Centro de Investigacións Mariñas, advirte de que a recuperación será lenta. «Mesmo se sementamos agora, o primeiro berberecho comercial non estará listo ata dentro de dous anos», afirmou o investigador, que pide controlar mellor as descargas das depuradoras.
O alcalde de Vilarrubia, Manuel Castro, anunciou que o concello adiantará parte das axudas. «Non podemos deixar que as mariscadoras abandonen. Sen elas, a ría perde a súa memoria», dixo o rexedor.
As mariscadoras concentráronse o domingo diante do porto cunha pancarta na que se lía «O mar non espera». A confraría convocou unha nova mobilización para o 20 de decembro baixo o lema «Sen marisco non hai vila».
""".strip().split("\n"), quotes=[
("Saímos cada mañá a mirar a area e só atopamos cunchas baleiras. Hai compañeiras que levan trinta anos no mar e que agora non teñen con que pagar a luz", "Carme Otero", {"accept": []}),
("Cada vez que chove forte, a auga doce do río entra de golpe na ría e o berberecho morre. Iso xa pasaba antes, pero non coma agora", "Xosé Otero", {"accept": []}),
("Os expedientes están revisados e o diñeiro debería chegar antes de Nadal", "unha técnica da Consellaría do Mar", {"unnamed": ["técnica"]}),
("está a estudar medidas de rexeneración do banco con semente criada en viveiro", "a Consellaría do Mar", {"accept": ["Consellaría do Mar", "a Consellaría", "Consellaría"]}),
("Mesmo se sementamos agora, o primeiro berberecho comercial non estará listo ata dentro de dous anos", "Anxo Iglesias", {}),
("Non podemos deixar que as mariscadoras abandonen. Sen elas, a ría perde a súa memoria", "Manuel Castro", {}),
("O mar non espera", None, {}),
("Sen marisco non hai vila", None, {}),
]))

L21.append(dict(id="fr-boulangerie-saint-aubin", lang="fr", paras="""
À Saint-Aubin-des-Prés, la dernière boulangerie ferme faute de repreneur
SAINT-AUBIN-DES-PRÉS – Après quarante-deux ans de fournées, la boulangerie de la place de l'Église a baissé son rideau samedi. Faute de repreneur, les 1 300 habitants de cette commune de la Sarthe devront désormais faire huit kilomètres pour acheter une baguette.
« J'ai cherché pendant trois ans. Des jeunes sont venus visiter, mais quand ils voient qu'on se lève à trois heures pour vendre deux cents baguettes, ils repartent », confie Bernard Garnier, 67 ans, qui avait repris le fonds de son père en 1983. Selon lui, la hausse du prix de l'électricité a fini de décourager les candidats.
Dans la file des derniers clients, Sylvie Garnier – aucun lien de parenté avec le boulanger, « juste le même nom, comme la moitié du canton », sourit-elle – tenait à être là. « Ici, on se donnait des nouvelles. Le pain, c'était presque un prétexte », raconte l'aide-soignante.
La maire, Catherine Lemoine, dit avoir tout essayé. « Nous avons proposé le local à un loyer symbolique et une aide à l'installation. Ça n'a pas suffi », regrette l'élue, qui envisage désormais un dépôt de pain à la mairie.
Un artisan d'une commune voisine, qui préfère rester anonyme, estime que la profession n'attire plus. « Les banques ne prêtent plus aux jeunes qui veulent s'installer en campagne. Sans apport, c'est fini avant d'avoir commencé », assure-t-il.
La chambre de métiers et de l'artisanat rappelle pour sa part que « près d'une boulangerie rurale sur dix » cherche actuellement un repreneur dans le département.
Pour le sociologue Thomas Renaud, spécialiste des territoires ruraux, la fermeture d'un commerce de bouche est un tournant pour un village. « Quand la boulangerie part, ce sont souvent le bar et l'école qui suivent », prévient-il.
Sur la vitrine, un petit écriteau indique encore « Fermé pour congés ». Des habitants ont lancé une cagnotte baptisée « Sauvons notre pain ».
""".strip().split("\n"), quotes=[
("J'ai cherché pendant trois ans. Des jeunes sont venus visiter, mais quand ils voient qu'on se lève à trois heures pour vendre deux cents baguettes, ils repartent", "Bernard Garnier", {"accept": []}),
("juste le même nom, comme la moitié du canton", "Sylvie Garnier", {"accept": []}),
("Ici, on se donnait des nouvelles. Le pain, c'était presque un prétexte", "Sylvie Garnier", {"accept": []}),
("Nous avons proposé le local à un loyer symbolique et une aide à l'installation. Ça n'a pas suffi", "Catherine Lemoine", {}),
("Les banques ne prêtent plus aux jeunes qui veulent s'installer en campagne. Sans apport, c'est fini avant d'avoir commencé", "un artisan d'une commune voisine", {"unnamed": ["artisan"]}),
("près d'une boulangerie rurale sur dix", "la chambre de métiers et de l'artisanat", {"accept": ["chambre de métiers et de l'artisanat", "la chambre de métiers"]}),
("Quand la boulangerie part, ce sont souvent le bar et l'école qui suivent", "Thomas Renaud", {}),
("Fermé pour congés", None, {}),
("Sauvons notre pain", None, {}),
]))

L21.append(dict(id="es-restricciones-agua-villanueva", lang="es", paras="""
Villanueva del Campo corta el agua por las noches ante la peor sequía en tres décadas
VILLANUEVA DEL CAMPO – El Ayuntamiento de Villanueva del Campo cortará el suministro de agua entre las once de la noche y las seis de la mañana a partir del lunes. El embalse de La Hoya, del que bebe el municipio, está al 11 % de su capacidad.
«No es una medida que nos guste, pero si no ahorramos ahora, en agosto no saldrá agua de los grifos», ha asegurado el alcalde, Luis Ortega, en una rueda de prensa. Según el regidor, el consumo tendrá que bajar al menos un 25 %.
La medida ha caído mal en el polígono industrial. Pilar Ortega, gerente de una quesería con treinta empleados y sin parentesco con el alcalde, explica que su turno de noche depende del agua. «Limpiamos las cubas de madrugada. Si nos cortan, tendremos que parar la producción o mandar a la gente a casa», lamenta la empresaria.
Fuentes de la Confederación Hidrográfica, que prefieren no ser identificadas, admiten que la situación «no mejorará sin lluvias abundantes en primavera». La Confederación ha autorizado el uso de dos pozos de emergencia.
El portavoz de la oposición municipal, Javier Molina, acusa al equipo de gobierno de haber reaccionado tarde. «Llevamos dos años pidiendo que se arreglen las fugas de la red. Se pierde casi un tercio del agua antes de llegar a las casas», ha denunciado.
La hidróloga Marta Ruiz, de la Universidad de Castilla-La Mancha, cree que los cortes nocturnos son razonables, aunque insuficientes. «El problema de fondo es que el acuífero lleva décadas sobreexplotado. Cortar el agua por la noche es un parche», explica la investigadora.
Los vecinos ya hacen acopio de garrafas. En la plaza Mayor, el Ayuntamiento ha colgado una lona con el lema «Cada gota cuenta», mientras una plataforma vecinal reparte pegatinas con el mensaje «Agua para el pueblo, no para el negocio».
""".strip().split("\n"), quotes=[
("No es una medida que nos guste, pero si no ahorramos ahora, en agosto no saldrá agua de los grifos", "Luis Ortega", {"accept": []}),
("Limpiamos las cubas de madrugada. Si nos cortan, tendremos que parar la producción o mandar a la gente a casa", "Pilar Ortega", {"accept": []}),
("no mejorará sin lluvias abundantes en primavera", "fuentes de la Confederación Hidrográfica", {"unnamed": ["fuentes"]}),
("Llevamos dos años pidiendo que se arreglen las fugas de la red. Se pierde casi un tercio del agua antes de llegar a las casas", "Javier Molina", {}),
("El problema de fondo es que el acuífero lleva décadas sobreexplotado. Cortar el agua por la noche es un parche", "Marta Ruiz", {}),
("Cada gota cuenta", None, {}),
("Agua para el pueblo, no para el negocio", None, {}),
]))

L21.append(dict(id="pl-zamek-odrzywol-remont", lang="pl", paras="""
Remont zamku w Odrzywole stanął w miejscu. Wykonawca zszedł z budowy
ODRZYWÓŁ – Prace przy ratowaniu ruin zamku w Odrzywole zostały wstrzymane. Firma, która miała za 14 milionów złotych zabezpieczyć mury i odbudować basztę, zeszła z placu budowy, twierdząc, że gmina zalega jej z płatnościami.
„Wykonaliśmy prace warte ponad trzy miliony, a dostaliśmy niecały milion. Nie będziemy dalej kredytować gminy” – powiedział prezes firmy Adam Nowak. Według Nowaka spór dotyczy dodatkowych robót przy fundamentach, których nie było w projekcie.
Burmistrz Odrzywołu Ewa Nowak, z prezesem niespokrewniona, odpiera zarzuty. „Płacimy za to, co zostało odebrane przez inspektora nadzoru. Nie zapłacimy za roboty, których nikt nie zlecił” – oświadczyła. Burmistrz zapowiedziała, że gmina rozważa zerwanie umowy.
Jeden z pracowników firmy, który prosił o anonimowość, mówi, że na budowie od tygodni panowała nerwowa atmosfera. „Mury są w gorszym stanie, niż ktokolwiek myślał. Każdy dzień zwłoki to kolejne kamienie, które spadają” – twierdzi.
Wojewódzki konserwator zabytków przekazał w komunikacie, że „niezabezpieczone mury mogą ulec dalszej degradacji w okresie zimowym” i wezwał strony do porozumienia.
Historyk sztuki dr Karolina Wiśniewska z Uniwersytetu Jagiellońskiego przypomina, że zamek był już raz ratowany w latach 70. „Wtedy też zabrakło pieniędzy w połowie prac. Część tego, co dziś się sypie, to właśnie tamte prowizoryczne zabezpieczenia” – mówi badaczka.
Mieszkańcy nie kryją rozczarowania. Emerytowany nauczyciel Henryk Zając od lat oprowadza po ruinach wycieczki. „Obiecywali nam, że za dwa lata będzie tu muzeum. Teraz nawet nie wiadomo, czy baszta przetrwa zimę” – mówi.
Gmina otrzymała na remont dofinansowanie z funduszy unijnych, które trzeba rozliczyć do końca przyszłego roku. Jeśli prace nie ruszą wiosną, część pieniędzy może przepaść. Radni opozycji domagają się zwołania nadzwyczajnej sesji rady miejskiej jeszcze przed świętami.
Na ogrodzeniu budowy wciąż wisi tablica z hasłem projektu „Zamek dla pokoleń”. Stowarzyszenie miłośników ziemi odrzywolskiej zbiera podpisy pod apelem „Ratujmy mury”.
""".strip().split("\n"), quotes=[
("Wykonaliśmy prace warte ponad trzy miliony, a dostaliśmy niecały milion. Nie będziemy dalej kredytować gminy", "Adam Nowak", {"accept": ["Nowaka"]}),
("Płacimy za to, co zostało odebrane przez inspektora nadzoru. Nie zapłacimy za roboty, których nikt nie zlecił", "Ewa Nowak", {"accept": []}),
("Mury są w gorszym stanie, niż ktokolwiek myślał. Każdy dzień zwłoki to kolejne kamienie, które spadają", "jeden z pracowników firmy", {"unnamed": ["pracowników", "pracownik"]}),
("niezabezpieczone mury mogą ulec dalszej degradacji w okresie zimowym", "wojewódzki konserwator zabytków", {"accept": ["Wojewódzki konserwator zabytków", "konserwator"]}),
("Wtedy też zabrakło pieniędzy w połowie prac. Część tego, co dziś się sypie, to właśnie tamte prowizoryczne zabezpieczenia", "Karolina Wiśniewska", {}),
("Obiecywali nam, że za dwa lata będzie tu muzeum. Teraz nawet nie wiadomo, czy baszta przetrwa zimę", "Henryk Zając", {}),
("Zamek dla pokoleń", None, {}),
("Ratujmy mury", None, {}),
]))

L21.append(dict(id="sv-sagverk-norrback-varsel", lang="sv", paras="""
Sågverket i Norrbäck varslar 90 av 140 anställda – kommunen talar om ett hårt slag
NORRBÄCK – Norrbäcks sågverk varslar 90 av sina 140 anställda. Ledningen pekar på den svaga byggmarknaden i Europa och höga timmerpriser. Sågverket är den största privata arbetsgivaren i kommunen.
”Vi har förlorat pengar på varenda kubikmeter sedan i våras. Antingen skär vi ner nu eller så finns det inget sågverk kvar om två år”, säger vd Johan Lindqvist. Enligt honom kan en del av de varslade få jobb i koncernens sågverk i Finland.
Truckföraren Maria Lindqvist har jobbat på sågen i arton år. Hon är inte släkt med vd:n men känner honom sedan skoltiden. ”Han kommer ju härifrån, så jag tror att han tycker att det är tungt. Men det hjälper inte oss som ska betala huslånet”, säger hon.
Den lokala fackklubbens ordförande Erik Holm säger att facket ska begära förhandling redan på måndag. ”Vi kommer att kräva att man tittar på korttidsarbete innan någon sägs upp”, säger Holm.
En av förmännen på sågen, som inte vill framträda med namn, säger att stämningen på fabriksgolvet är dålig. ”Folk har vetat att något var på gång. Beställningarna har minskat sedan i somras”, säger han.
Kommunstyrelsens ordförande Anneli Strand (S) kallar beskedet ett hårt slag. ”Norrbäck har 3 000 invånare. Nittio jobb här motsvarar tiotusentals i Stockholm”, säger hon. Kommunen ska enligt henne kontakta Arbetsförmedlingen redan i veckan.
Skogsekonomen Per Sjöberg vid Sveriges lantbruksuniversitet tror att fler sågverk kommer att följa efter. ”Det är en kombination av höga räntor och ett stopp i byggandet i Tyskland. Det kommer att ta minst ett år innan det vänder”, säger han.
På anslagstavlan vid grinden har någon satt upp en lapp med texten ”Sågen ska leva”. Facket har bjudit in till ett stormöte i Folkets hus på onsdag.
""".strip().split("\n"), quotes=[
("Vi har förlorat pengar på varenda kubikmeter sedan i våras. Antingen skär vi ner nu eller så finns det inget sågverk kvar om två år", "Johan Lindqvist", {"accept": []}),
("Han kommer ju härifrån, så jag tror att han tycker att det är tungt. Men det hjälper inte oss som ska betala huslånet", "Maria Lindqvist", {"accept": []}),
("Vi kommer att kräva att man tittar på korttidsarbete innan någon sägs upp", "Erik Holm", {}),
("Folk har vetat att något var på gång. Beställningarna har minskat sedan i somras", "en av förmännen på sågen", {"unnamed": ["förmännen", "förman"]}),
("Norrbäck har 3 000 invånare. Nittio jobb här motsvarar tiotusentals i Stockholm", "Anneli Strand", {}),
("Det är en kombination av höga räntor och ett stopp i byggandet i Tyskland. Det kommer att ta minst ett år innan det vänder", "Per Sjöberg", {}),
("Sågen ska leva", None, {}),
]))

L22 = []

L22.append(dict(id="lv-vetra-kalnsalacas-osta", lang="lv", paras="""
Vētra izpostījusi Kalnsalacas zvejnieku ostu, laivas paliek krastā
KALNSALACA – Sestdienas vētra ir izpostījusi Kalnsalacas zvejnieku ostas molu un nogremdējusi trīs laivas. Ostas pārvalde lēš, ka zaudējumi pārsniedz pusmiljonu eiro. Cietušo nav, taču divpadsmit zvejnieku ģimenes palikušas bez iztikas līdz pavasarim.
„Es trīsdesmit gadus eju jūrā, bet tādus viļņus neesmu redzējis. No manas laivas palika tikai dēļi,” stāsta zvejnieks Jānis Ozols. Viņa laiva bija apdrošināta tikai daļēji, un jaunu viņš nopirkt nevarot.
Ostas pārvaldniece Ilze Ozola, kura ar zvejnieku nav radniecīga, apstiprina, ka mols bija jāremontē jau sen. „Mēs trīs gadus prasījām naudu molam. Tagad remonts izmaksās trīsreiz dārgāk,” sacīja pārvaldniece. Viņa piebilda, ka osta būs slēgta vismaz līdz aprīlim.
Kāds novada domes darbinieks, kurš nevēlējās, lai viņa vārds tiktu minēts, atzina, ka pašvaldībai trūkst līdzekļu. „Mums ir ceļi, skolas un tagad arī osta. Visu uzreiz mēs nevaram,” viņš sacīja.
Novada domes priekšsēdētājs Andris Bērziņš solīja lūgt palīdzību valdībai. „Zvejniecība ir šī ciema sirds. Ja osta nestrādās, jaunieši aizbrauks uz Rīgu vai Īriju,” uzsvēra Bērziņš. Pēc Bērziņa teiktā, pieteikums valdībai tiks iesniegts nākamnedēļ.
Zemkopības ministrija paziņojumā norādīja, ka „zvejniekiem būs iespēja pieteikties ārkārtas atbalstam”.
Zivju pārstrādes cehu ostā vada Rita Kalniņa. Cehā strādā trīsdesmit cilvēku, un bez svaigām zivīm darba nav. „Pirmdien es vēl maksāšu algas. Ko darīsim februārī, es nezinu,” teica Kalniņa.
Latvijas Universitātes jūras ekoloģe Dace Liepa uzskata, ka šādas vētras kļūs biežākas. „Spēcīgu vētru skaits Baltijas jūrā pēdējos divdesmit gados ir pieaudzis. Ostas, kas būvētas pagājušajā gadsimtā, tām nav gatavas,” skaidroja zinātniece. Pēc viņas domām, jaunajam molam jābūt vismaz par metru augstākam.
Svētdien vietējie iedzīvotāji pulcējās pie izpostītā mola ar plakātu „Glābsim mūsu ostu”. Sociālajos tīklos izplatās aicinājums „Kalnsalaca neaizmirst”.
""".strip().split("\n"), quotes=[
("Es trīsdesmit gadus eju jūrā, bet tādus viļņus neesmu redzējis. No manas laivas palika tikai dēļi,", "Jānis Ozols", {"accept": []}),
("Mēs trīs gadus prasījām naudu molam. Tagad remonts izmaksās trīsreiz dārgāk,", "Ilze Ozola", {"accept": []}),
("Mums ir ceļi, skolas un tagad arī osta. Visu uzreiz mēs nevaram,", "kāds novada domes darbinieks", {"unnamed": ["darbinieks"]}),
("Zvejniecība ir šī ciema sirds. Ja osta nestrādās, jaunieši aizbrauks uz Rīgu vai Īriju,", "Andris Bērziņš", {"accept": ["Bērziņš", "Bērziņa"]}),
("zvejniekiem būs iespēja pieteikties ārkārtas atbalstam", "Zemkopības ministrija", {"accept": ["ministrija"]}),
("Pirmdien es vēl maksāšu algas. Ko darīsim februārī, es nezinu,", "Rita Kalniņa", {}),
("Spēcīgu vētru skaits Baltijas jūrā pēdējos divdesmit gados ir pieaudzis. Ostas, kas būvētas pagājušajā gadsimtā, tām nav gatavas,", "Dace Liepa", {}),
("Glābsim mūsu ostu", None, {}),
("Kalnsalaca neaizmirst", None, {}),
]))

L22.append(dict(id="is-hitaveita-holavik", lang="is", paras="""
Heitavatnslaust í Hólavík eftir bilun í stofnlögn hitaveitunnar
HÓLAVÍK – Íbúar í Hólavík hafa verið án heits vatns síðan á mánudagskvöld, eftir að stofnlögn hitaveitunnar fór í sundur í miklu frosti. Um 1.400 manns búa í bænum og hafa margir þurft að hita hús sín með rafmagnsofnum. Frostið fór niður í átján stig aðfaranótt miðvikudags.
„Við vissum að lögnin væri gömul, en við áttum ekki von á því að hún færi núna í mesta kuldanum,“ segir Sigurður Magnússon, veitustjóri hitaveitunnar. Að sögn Sigurðar ætti viðgerð að ljúka fyrir helgi ef veður leyfir.
Helgi Magnússon, sem rekur gistiheimili í bænum og er ekki skyldur veitustjóranum, segist hafa þurft að afbóka alla gesti vikunnar. „Ég get ekki boðið fólki upp á kalt hús og engar sturtur. Þetta kostar mig hundruð þúsunda,“ segir Helgi.
Starfsmaður bæjarskrifstofunnar, sem vildi ekki láta nafns síns getið, segir að kvartanir hafi streymt inn. „Síminn hefur ekki stoppað síðan á þriðjudag. Fólk er reitt og það skiljanlega,“ sagði hann.
Bæjarstjórinn, Guðrún Helgadóttir, segir að bærinn hafi opnað íþróttahúsið fyrir þá sem ekki geta verið heima hjá sér. „Þar er heitt, þar er kaffi og þar geta börnin leikið sér. Enginn á að sitja í köldu húsi,“ segir Guðrún. Hún hefur óskað eftir aðstoð frá ríkinu.
Almannavarnir sendu frá sér tilkynningu þar sem fram kemur að „eldri borgarar og fólk með ung börn ættu að leita í fjöldahjálparstöðina“.
Jarðfræðingurinn Ólafur Einarsson við Háskóla Íslands bendir á að víða um land séu lagnir komnar til ára sinna. „Margar hitaveitur voru lagðar á sjöunda og áttunda áratugnum. Það þarf að endurnýja þær, og það mun kosta milljarða,“ segir Ólafur. Hann telur að ríkið þurfi að koma að málinu.
Anna Björk Jónsdóttir, sem býr í elsta hluta bæjarins með tvö ung börn, hefur flutt tímabundið til móður sinnar. „Krakkarnir sváfu í húfum fyrstu nóttina. Þá ákvað ég að nú væri nóg komið,“ segir hún.
Íbúar hafa stofnað hóp á samfélagsmiðlum undir nafninu „Kalt í Hólavík“ og í glugga bakarísins hangir miði: „Heitt kaffi fyrir alla“.
""".strip().split("\n"), quotes=[
("Við vissum að lögnin væri gömul, en við áttum ekki von á því að hún færi núna í mesta kuldanum,", "Sigurður Magnússon", {"accept": ["Sigurður", "Sigurðar"]}),
("Ég get ekki boðið fólki upp á kalt hús og engar sturtur. Þetta kostar mig hundruð þúsunda,", "Helgi Magnússon", {"accept": ["Helgi"]}),
("Síminn hefur ekki stoppað síðan á þriðjudag. Fólk er reitt og það skiljanlega,", "starfsmaður bæjarskrifstofunnar", {"unnamed": ["starfsmaður"]}),
("Þar er heitt, þar er kaffi og þar geta börnin leikið sér. Enginn á að sitja í köldu húsi,", "Guðrún Helgadóttir", {"accept": ["Guðrún", "Helgadóttir"]}),
("eldri borgarar og fólk með ung börn ættu að leita í fjöldahjálparstöðina", "Almannavarnir", {}),
("Margar hitaveitur voru lagðar á sjöunda og áttunda áratugnum. Það þarf að endurnýja þær, og það mun kosta milljarða,", "Ólafur Einarsson", {"accept": ["Ólafur", "Einarsson"]}),
("Krakkarnir sváfu í húfum fyrstu nóttina. Þá ákvað ég að nú væri nóg komið,", "Anna Björk Jónsdóttir", {"accept": ["Jónsdóttir", "Anna Björk"]}),
("Kalt í Hólavík", None, {}),
("Heitt kaffi fyrir alla", None, {}),
]))

L22.append(dict(id="el-kalonisos-ploio", lang="el", paras="""
Δέκα ημέρες χωρίς πλοίο η Καλόνησος μετά από βλάβη στο μοναδικό σκάφος της γραμμής
ΚΑΛΟΝΗΣΟΣ – Δέκα ημέρες χωρίς ακτοπλοϊκή σύνδεση με τον Πειραιά μετρά η Καλόνησος, μετά τη βλάβη στη μηχανή του μοναδικού πλοίου της γραμμής. Οι 800 μόνιμοι κάτοικοι του νησιού εφοδιάζονται με ένα μικρό αλιευτικό σκάφος, όταν το επιτρέπει ο καιρός.
«Τα ράφια του σούπερ μάρκετ άδειασαν από την Πέμπτη. Φέρνουμε ό,τι μπορούμε με το καΐκι, αλλά δεν φτάνει», δήλωσε ο πρόεδρος της τοπικής κοινότητας Νίκος Αντωνίου. Όπως είπε, το φαρμακείο έχει ήδη ξεμείνει από ινσουλίνη.
Η γιατρός του Κέντρου Υγείας Ελένη Αντωνίου, που δεν έχει συγγένεια με τον πρόεδρο, ανησυχεί κυρίως για τους χρόνια πάσχοντες. «Έχουμε τρεις ασθενείς που χρειάζονται αιμοκάθαρση στην Αθήνα. Τους μεταφέραμε με ελικόπτερο, αλλά αυτό δεν είναι λύση», είπε.
Πηγή από την ακτοπλοϊκή εταιρεία, που ζήτησε να μην κατονομαστεί, ανέφερε ότι το ανταλλακτικό θα έρθει από τη Γερμανία. «Το πλοίο είναι τριάντα ετών. Κάθε βλάβη σημαίνει εβδομάδες αναμονής», σημείωσε.
Το υπουργείο Ναυτιλίας ανακοίνωσε ότι «εξετάζεται η άμεση ναύλωση άλλου πλοίου για την κάλυψη της γραμμής».
Ο δήμαρχος Γιάννης Κωνσταντίνου κατηγορεί την κυβέρνηση για εγκατάλειψη των μικρών νησιών. «Κάθε χειμώνα τα ίδια. Οι κάτοικοι των μικρών νησιών αντιμετωπίζονται σαν πολίτες δεύτερης κατηγορίας», τόνισε ο δήμαρχος. Σύμφωνα με τον κ. Κωνσταντίνου, ο δήμος έχει στείλει τέσσερις επιστολές στο υπουργείο από τον Οκτώβριο.
Ο ψαράς Μανώλης Σταματάκης μεταφέρει κάθε μέρα ψωμί και φάρμακα από τη γειτονική Νάξο. «Δεν είμαι ακτοπλοΐα, είμαι ψαράς. Αλλά τι να κάνω, να αφήσω τους ανθρώπους νηστικούς;» λέει.
Ο οικονομολόγος του Πανεπιστημίου Αιγαίου Σταύρος Μαυρίδης εξηγεί ότι οι λεγόμενες άγονες γραμμές δεν προσελκύουν εταιρείες. «Οι επιδοτήσεις είναι χαμηλές και τα πλοία γερνούν. Χωρίς νέο σχέδιο, θα δούμε κι άλλα νησιά αποκομμένα», πρόσθεσε.
Στο λιμάνι οι κάτοικοι κρέμασαν πανό με το σύνθημα «Θέλουμε πλοίο, όχι υποσχέσεις». Στα μέσα κοινωνικής δικτύωσης κυκλοφορεί το χάσταγκ «Καλόνησος ξεχασμένη».
""".strip().split("\n"), quotes=[
("Τα ράφια του σούπερ μάρκετ άδειασαν από την Πέμπτη. Φέρνουμε ό,τι μπορούμε με το καΐκι, αλλά δεν φτάνει", "Νίκος Αντωνίου", {"accept": []}),
("Έχουμε τρεις ασθενείς που χρειάζονται αιμοκάθαρση στην Αθήνα. Τους μεταφέραμε με ελικόπτερο, αλλά αυτό δεν είναι λύση", "Ελένη Αντωνίου", {"accept": []}),
("Το πλοίο είναι τριάντα ετών. Κάθε βλάβη σημαίνει εβδομάδες αναμονής", "πηγή από την ακτοπλοϊκή εταιρεία", {"unnamed": ["πηγή"]}),
("εξετάζεται η άμεση ναύλωση άλλου πλοίου για την κάλυψη της γραμμής", "υπουργείο Ναυτιλίας", {"accept": ["Το υπουργείο Ναυτιλίας", "υπουργείο"]}),
("Κάθε χειμώνα τα ίδια. Οι κάτοικοι των μικρών νησιών αντιμετωπίζονται σαν πολίτες δεύτερης κατηγορίας", "Γιάννης Κωνσταντίνου", {}),
("Δεν είμαι ακτοπλοΐα, είμαι ψαράς. Αλλά τι να κάνω, να αφήσω τους ανθρώπους νηστικούς;", "Μανώλης Σταματάκης", {}),
("Οι επιδοτήσεις είναι χαμηλές και τα πλοία γερνούν. Χωρίς νέο σχέδιο, θα δούμε κι άλλα νησιά αποκομμένα", "Σταύρος Μαυρίδης", {}),
("Θέλουμε πλοίο, όχι υποσχέσεις", None, {}),
("Καλόνησος ξεχασμένη", None, {}),
]))

L22.append(dict(id="uk-tramvai-zelenohirsk", lang="uk", paras="""
У Зеленогірську закривають єдину трамвайну лінію: місто пересаджують на автобуси
ЗЕЛЕНОГІРСЬК – Міська рада Зеленогірська вирішила з першого лютого закрити єдину трамвайну лінію міста. Вагонам понад сорок років, а на ремонт колії, за підрахунками комунального підприємства «Міськелектротранс», потрібно 120 мільйонів гривень.
«Ми латаємо ці вагони вже десять років. Запчастин немає, ми знімаємо їх зі списаних трамваїв», — розповів директор підприємства Олег Коваленко. За словами Коваленка, замість трамваїв на маршрут вийдуть дванадцять автобусів, які місто отримало торік.
Пенсіонерка Ганна Коваленко, яка не є родичкою директора, їздить трамваєм щодня до ринку. «Автобус до нас не заїде, бо вулиця вузька. Мені тепер до зупинки йти пів години», — каже жінка.
Депутат міськради, який попросив не називати його прізвища, стверджує, що рішення ухвалили поспіхом. «Ніхто навіть не шукав інвестора. Просто проголосували і розійшлися», — сказав він.
Міський голова Андрій Шевчук запевнив, що трамвай ще можуть відновити. «Якщо ми отримаємо кредит від європейського банку, купимо нові вагони. Але не раніше ніж за три роки», — заявив мер. Він додав, що колію не демонтуватимуть.
У Міністерстві розвитку громад повідомили, що «програма оновлення електротранспорту для малих міст буде продовжена у 2027 році».
Водійка трамвая Людмила Гнатюк працює на лінії двадцять два роки. «Нам сказали, що всіх водіїв переведуть на автобуси. Але в мене немає такої категорії, а вчитися в п'ятдесят вісім — це непросто», — зізналася вона.
Урбаністка Ірина Ткач вважає закриття помилкою. «Трамвай — це найдешевший транспорт на довгу перспективу. Місто, яке його втрачає, майже ніколи його не повертає», — пояснила експертка. На її думку, місту варто було б подати заявку на гранти, які вже отримали Вінниця та Житомир.
Мешканці збирають підписи під петицією «Збережемо наш трамвай». На останньому вагоні хтось написав крейдою «Дякуємо за сорок років».
""".strip().split("\n"), quotes=[
("Міськелектротранс", None, {}),
("Ми латаємо ці вагони вже десять років. Запчастин немає, ми знімаємо їх зі списаних трамваїв", "Олег Коваленко", {"accept": ["Коваленка"]}),
("Автобус до нас не заїде, бо вулиця вузька. Мені тепер до зупинки йти пів години", "Ганна Коваленко", {"accept": []}),
("Ніхто навіть не шукав інвестора. Просто проголосували і розійшлися", "депутат міськради", {"unnamed": ["депутат"]}),
("Якщо ми отримаємо кредит від європейського банку, купимо нові вагони. Але не раніше ніж за три роки", "Андрій Шевчук", {}),
("програма оновлення електротранспорту для малих міст буде продовжена у 2027 році", "Міністерство розвитку громад", {"accept": ["Міністерстві розвитку громад", "міністерство"]}),
("Нам сказали, що всіх водіїв переведуть на автобуси. Але в мене немає такої категорії, а вчитися в п'ятдесят вісім — це непросто", "Людмила Гнатюк", {}),
("Трамвай — це найдешевший транспорт на довгу перспективу. Місто, яке його втрачає, майже ніколи його не повертає", "Ірина Ткач", {}),
("Збережемо наш трамвай", None, {}),
("Дякуємо за сорок років", None, {}),
]))

L22.append(dict(id="de-flughafen-hohenried", lang="de", paras="""
Letzte Fluglinie verlässt Hohenried – Region bangt um 180 Arbeitsplätze
HOHENRIED – Der Regionalflughafen Hohenried verliert zum Ende des Winterflugplans seine letzte Linienverbindung. Die Fluggesellschaft Alpair stellt die Strecke nach Berlin ein, weil zu wenige Passagiere gebucht hätten. Am Flughafen hängen rund 180 Arbeitsplätze, dazu Taxiunternehmen, Hotels und eine Autovermietung.
„Wir haben jahrelang Verluste geschrieben, zuletzt fast vier Millionen Euro im Jahr. Das kann kein Gesellschafter mehr erklären“, sagte Flughafen-Geschäftsführer Markus Berger am Dienstag. Nach Bergers Worten will der Flughafen künftig auf Charterflüge und Frachtverkehr setzen.
Die Betriebsratsvorsitzende Sabine Berger, mit dem Geschäftsführer weder verwandt noch verschwägert, wirft der Geschäftsführung vor, zu spät reagiert zu haben. „Seit zwei Jahren fragen wir nach einem Plan B. Bekommen haben wir Durchhalteparolen“, sagt sie. Die Belegschaft werde am Freitag über Protestaktionen beraten.
Aus Kreisen des Aufsichtsrats heißt es, eine Schließung des Flughafens sei „nicht mehr ausgeschlossen“.
Landrat Thomas Huber (CSU) will den Flughafen trotzdem halten. „Ein Flughafen ist Infrastruktur wie eine Autobahn. Die sperrt man auch nicht zu, nur weil gerade weniger Autos fahren“, sagte Huber. Er kündigte Gespräche mit dem Freistaat an.
Das bayerische Verkehrsministerium teilte auf Anfrage mit, man werde „keine dauerhaften Betriebskostenzuschüsse“ leisten.
Der Verkehrsökonom Jens Albrecht von der Universität Passau hält das Aus für absehbar. „Im Umkreis von 150 Kilometern gibt es zwei große Flughäfen mit hundert Zielen. Ein kleiner Platz dazwischen hat auf Dauer kaum eine Chance“, erklärt der Wissenschaftler. Regionalflughäfen lebten fast überall von öffentlichem Geld.
Reisebüro-Inhaberin Petra Lang aus Hohenried bedauert die Entwicklung: „Viele ältere Kunden sind gern hier geflogen, weil alles so klein und überschaubar war. Die fahren jetzt nicht mehr zwei Stunden nach München.“
Auch Taxifahrer Ali Demir rechnet mit Einbußen. „Jeder dritte Fahrgast kam vom Flughafen“, sagt er. „Ab März stehe ich dann wohl am Bahnhof.“
Am Terminal hängt seit Montag ein Banner mit der Aufschrift „Unser Flughafen bleibt“. Eine Bürgerinitiative sammelt Unterschriften unter dem Motto „Hohenried hebt ab“.
""".strip().split("\n"), quotes=[
("Wir haben jahrelang Verluste geschrieben, zuletzt fast vier Millionen Euro im Jahr. Das kann kein Gesellschafter mehr erklären", "Markus Berger", {"accept": ["Bergers"]}),
("Seit zwei Jahren fragen wir nach einem Plan B. Bekommen haben wir Durchhalteparolen", "Sabine Berger", {"accept": []}),
("nicht mehr ausgeschlossen", "Kreise des Aufsichtsrats", {"unnamed": ["Kreisen", "Kreise"]}),
("Ein Flughafen ist Infrastruktur wie eine Autobahn. Die sperrt man auch nicht zu, nur weil gerade weniger Autos fahren", "Thomas Huber", {}),
("keine dauerhaften Betriebskostenzuschüsse", "das bayerische Verkehrsministerium", {"accept": ["Verkehrsministerium", "bayerische Verkehrsministerium"]}),
("Im Umkreis von 150 Kilometern gibt es zwei große Flughäfen mit hundert Zielen. Ein kleiner Platz dazwischen hat auf Dauer kaum eine Chance", "Jens Albrecht", {}),
("Viele ältere Kunden sind gern hier geflogen, weil alles so klein und überschaubar war. Die fahren jetzt nicht mehr zwei Stunden nach München.", "Petra Lang", {}),
("Jeder dritte Fahrgast kam vom Flughafen", "Ali Demir", {}),
("Ab März stehe ich dann wohl am Bahnhof.", "Ali Demir", {}),
("Unser Flughafen bleibt", None, {}),
("Hohenried hebt ab", None, {}),
]))

L22.append(dict(id="it-cinema-aurora-castelmonte", lang="it", paras="""
Chiude dopo settant'anni il cinema Aurora di Castelmonte, l'ultima sala della valle
CASTELMONTE – Il cinema Aurora, l'unica sala cinematografica della Val Serena, chiuderà il 31 gennaio dopo settant'anni di proiezioni. La proprietà ha deciso di vendere l'edificio di piazza Garibaldi, che secondo il progetto presentato in Comune diventerà un supermercato.
«Negli anni Settanta facevamo il tutto esaurito ogni sera. Oggi se arrivano venti persone è una festa», racconta il gestore Franco Ferri, 74 anni, che ha ereditato la sala dal padre. Secondo il gestore, l'affitto e le bollette sono raddoppiati in due anni.
Laura Ferri, assessora alla cultura e nessuna parentela con il gestore, ha detto di aver cercato fino all'ultimo un acquirente. «Abbiamo parlato con tre cooperative e con una fondazione. Nessuno se l'è sentita di prendersi un edificio che ha bisogno di un milione di lavori», ha spiegato l'assessora.
Una dipendente della sala, che preferisce restare anonima, teme per il proprio futuro. «Lavoro qui da ventidue anni. A cinquantotto anni chi mi assume?», si chiede.
Il sindaco Paolo Gentile assicura che il paese non resterà senza cinema. «Stiamo pensando a proiezioni estive in piazza e a una piccola sala nella biblioteca. Non sarà la stessa cosa, ma qualcosa faremo», ha dichiarato il primo cittadino.
Per la critica cinematografica Giulia Martinelli, la chiusura dell'Aurora è il segno di un fenomeno nazionale. «In dieci anni in Italia hanno chiuso centinaia di sale nei piccoli centri. Chi vive lontano dalle città perde un luogo di incontro, non solo uno schermo», osserva.
Il ministero della Cultura ha fatto sapere che «sono allo studio nuove misure a sostegno delle sale nei comuni sotto i diecimila abitanti».
Tra gli spettatori più affezionati c'è Mario Bellini, ottantun anni, che all'Aurora ha conosciuto la moglie. «Era il 1961, davano un western. Io guardavo lei e non il film», ricorda sorridendo. Anche lui ha firmato la raccolta di firme promossa dalla pro loco.
L'ultima proiezione, il 31 gennaio, sarà «Nuovo Cinema Paradiso», a ingresso gratuito. Sulla facciata un gruppo di ragazzi ha appeso uno striscione: «L'Aurora non si spegne».
""".strip().split("\n"), quotes=[
("Negli anni Settanta facevamo il tutto esaurito ogni sera. Oggi se arrivano venti persone è una festa", "Franco Ferri", {"accept": []}),
("Abbiamo parlato con tre cooperative e con una fondazione. Nessuno se l'è sentita di prendersi un edificio che ha bisogno di un milione di lavori", "Laura Ferri", {"accept": []}),
("Lavoro qui da ventidue anni. A cinquantotto anni chi mi assume?", "una dipendente della sala", {"unnamed": ["dipendente"]}),
("Stiamo pensando a proiezioni estive in piazza e a una piccola sala nella biblioteca. Non sarà la stessa cosa, ma qualcosa faremo", "Paolo Gentile", {}),
("In dieci anni in Italia hanno chiuso centinaia di sale nei piccoli centri. Chi vive lontano dalle città perde un luogo di incontro, non solo uno schermo", "Giulia Martinelli", {}),
("sono allo studio nuove misure a sostegno delle sale nei comuni sotto i diecimila abitanti", "ministero della Cultura", {"accept": ["Il ministero della Cultura", "ministero"]}),
("Era il 1961, davano un western. Io guardavo lei e non il film", "Mario Bellini", {}),
("Nuovo Cinema Paradiso", None, {}),
("L'Aurora non si spegne", None, {}),
]))

L22.append(dict(id="nl-dijkeiken-lekkerzijl", lang="nl", paras="""
Waterschap wil vierhonderd eiken kappen voor dijkversterking bij Lekkerzijl
LEKKERZIJL – Waterschap Zuiderwaard wil langs de rivierdijk bij Lekkerzijl vierhonderd eiken kappen om de dijk te kunnen versterken. Omwonenden zijn woedend en hebben bij de rechter bezwaar aangetekend. De bomen staan er sinds het einde van de negentiende eeuw.
‘De dijk voldoet niet meer aan de nieuwe normen. Als we niets doen, loopt bij extreem hoogwater het hele dorp onder’, zegt projectleider Johan Bakker van het waterschap. Volgens hem is er op deze plek geen ruimte om de dijk aan de landkant breder te maken.
Annemiek Bakker, die aan de dijk woont en geen familie is van de projectleider, gelooft daar weinig van. ‘Ze kiezen voor de goedkoopste oplossing. Er bestaan andere technieken, maar die kosten meer geld’, zegt ze. Samen met buren heeft ze een advocaat in de arm genomen.
Een medewerker van de gemeente, die anoniem wil blijven, bevestigt dat de gemeenteraad pas laat is ingelicht. ‘We hoorden het uit de krant. Dat had anders gemoeten’, aldus de medewerker.
Wethouder Karin de Vries (GroenLinks) wil dat het waterschap het plan heroverweegt. ‘Die bomen staan er al honderddertig jaar. Je kunt ze niet zomaar vervangen door een rijtje sprietjes’, aldus De Vries. Ze heeft het dagelijks bestuur van het waterschap om een gesprek gevraagd.
Het ministerie van Infrastructuur en Waterstaat laat weten dat ‘veiligheid altijd voorgaat’, maar dat de keuze bij het waterschap ligt.
Ecoloog Pieter Hendriks van de universiteit van Wageningen wijst erop dat in de oude eiken beschermde vleermuizen leven. ‘Voor de kap is een ontheffing nodig. Ik betwijfel of die zonder meer wordt gegeven’, zegt hij. Volgens Hendriks zou het waterschap eerst een jaar lang moeten tellen hoeveel dieren er overwinteren.
Fruitteler Gert van Dam, wiens boomgaard aan de voet van de dijk ligt, is juist blij met de plannen. ‘Ik heb in 1995 gezien hoe hoog het water kan komen. Dan kies ik voor de dijk, hoe mooi die bomen ook zijn.’
Langs de dijk hangen inmiddels gele spandoeken met de tekst ‘Red de dijkeiken’. Een buurtvereniging organiseert zaterdag een wandeling onder de noemer ‘Dijk met bomen’.
""".strip().split("\n"), quotes=[
("De dijk voldoet niet meer aan de nieuwe normen. Als we niets doen, loopt bij extreem hoogwater het hele dorp onder", "Johan Bakker", {"accept": []}),
("Ze kiezen voor de goedkoopste oplossing. Er bestaan andere technieken, maar die kosten meer geld", "Annemiek Bakker", {"accept": []}),
("We hoorden het uit de krant. Dat had anders gemoeten", "een medewerker van de gemeente", {"unnamed": ["medewerker"]}),
("Die bomen staan er al honderddertig jaar. Je kunt ze niet zomaar vervangen door een rijtje sprietjes", "Karin de Vries", {"accept": ["De Vries", "Vries"]}),
("veiligheid altijd voorgaat", "ministerie van Infrastructuur en Waterstaat", {"accept": ["Het ministerie van Infrastructuur en Waterstaat", "ministerie"]}),
("Voor de kap is een ontheffing nodig. Ik betwijfel of die zonder meer wordt gegeven", "Pieter Hendriks", {}),
("Ik heb in 1995 gezien hoe hoog het water kan komen. Dan kies ik voor de dijk, hoe mooi die bomen ook zijn.", "Gert van Dam", {"accept": ["Van Dam", "Dam"]}),
("Red de dijkeiken", None, {}),
("Dijk met bomen", None, {}),
]))

L22.append(dict(id="da-brugs-vesterby-lukker", lang="da", paras="""
Vesterbys sidste dagligvarebutik lukker til nytår – borgerne vil selv overtage
VESTERBY – Den eneste dagligvarebutik i Vesterby på Vestfyn lukker ved årsskiftet. Kæden begrunder lukningen med faldende omsætning, og de omkring 700 indbyggere skal fremover køre elleve kilometer for at handle ind.
»Vi har kæmpet for butikken i fem år. Men når folk handler i discountbutikkerne inde i byen, kan regnestykket ikke hænge sammen,« siger uddeler Henrik Mortensen, som har drevet butikken siden 2009.
Lise Mortensen, der ikke er i familie med uddeleren, er 82 år og har ingen bil. »Jeg har handlet her i halvtreds år. Nu skal jeg bede naboen om at køre mig, og det bryder jeg mig ikke om,« siger hun.
En medarbejder i kædens hovedkontor, som ikke ønsker sit navn frem, fortæller, at flere landbutikker står for tur. »Der findes en liste. Vesterby er bare den første,« siger medarbejderen.
Formanden for borgerforeningen, Søren Kjær, håber, at byen selv kan overtage butikken. »Vi har gjort det med skolen og med forsamlingshuset. Så kan vi også gøre det med købmanden,« siger han. Ifølge Kjær har 140 husstande allerede lovet at købe andele til 500 kroner stykket.
Borgmester Mette Skov (V) lover at hjælpe. Kommunen kan stille et lån til rådighed, siger borgmesteren: »Men det kræver, at borgerne også selv lægger penge i. Vi kan ikke drive en købmandsbutik fra rådhuset.«
Erhvervsministeriet oplyser i en mail, at »landsbybutikspuljen genåbnes i foråret«.
Landdistriktsforsker Anne Dahl fra Syddansk Universitet har fulgt en række landsbyer, der har mistet deres butik. »Når butikken lukker, mister landsbyen sit mødested. Det er ofte begyndelsen på en lang nedtur, hvor også skolen og bussen forsvinder,« siger hun. Ifølge forskeren klarer borgerejede butikker sig overraskende godt, hvis de får hjælp de første år.
Ved kassen står Karl Nielsen med en pose kaffe og en avis. Han har boet i Vesterby hele sit liv. »Jeg køber andele, selvfølgelig. Ellers er her jo ingenting tilbage,« siger han.
På butikkens dør hænger et skilt med teksten »Tak for 62 år«, og borgerforeningen har startet kampagnen »Vores butik«.
""".strip().split("\n"), quotes=[
("Vi har kæmpet for butikken i fem år. Men når folk handler i discountbutikkerne inde i byen, kan regnestykket ikke hænge sammen,", "Henrik Mortensen", {"accept": []}),
("Jeg har handlet her i halvtreds år. Nu skal jeg bede naboen om at køre mig, og det bryder jeg mig ikke om,", "Lise Mortensen", {"accept": []}),
("Der findes en liste. Vesterby er bare den første,", "en medarbejder i kædens hovedkontor", {"unnamed": ["medarbejder", "medarbejderen"]}),
("Vi har gjort det med skolen og med forsamlingshuset. Så kan vi også gøre det med købmanden,", "Søren Kjær", {}),
("Men det kræver, at borgerne også selv lægger penge i. Vi kan ikke drive en købmandsbutik fra rådhuset.", "Mette Skov", {}),
("landsbybutikspuljen genåbnes i foråret", "Erhvervsministeriet", {"accept": ["ministeriet"]}),
("Når butikken lukker, mister landsbyen sit mødested. Det er ofte begyndelsen på en lang nedtur, hvor også skolen og bussen forsvinder,", "Anne Dahl", {}),
("Jeg køber andele, selvfølgelig. Ellers er her jo ingenting tilbage,", "Karl Nielsen", {}),
("Tak for 62 år", None, {}),
("Vores butik", None, {}),
]))

L22.append(dict(id="ro-centrala-termica-valea-mare", lang="ro", paras="""
Trei mii de apartamente fără căldură în Valea Mare, după ce cazanul centralei s-a fisurat
VALEA MARE – Peste 3.000 de apartamente din Valea Mare sunt fără căldură de o săptămână, după ce cazanul principal al centralei termice a orașului s-a defectat. Noaptea, temperaturile au coborât până la minus zece grade.
„Cazanul are patruzeci de ani și a fost reparat de zeci de ori. De data aceasta s-a fisurat corpul, iar piesa trebuie comandată din Cehia”, a declarat directorul centralei, Ion Popescu. Potrivit directorului, reparația va dura cel puțin zece zile.
Maria Popescu, care locuiește la etajul patru al unui bloc din cartierul Gării și nu are nicio legătură cu directorul, doarme îmbrăcată de trei nopți. „Am doi copii mici. Îi țin sub trei pături și tot le este frig”, spune femeia.
Un angajat al centralei, care a cerut să nu-i fie publicat numele, susține că defecțiunea era previzibilă. „Am semnalat fisurile încă din octombrie. Nimeni nu a vrut să oprească instalația în plin sezon”, a spus acesta.
Primarul orașului, Dan Munteanu, a anunțat că primăria va distribui radiatoare electrice familiilor cu copii și vârstnicilor. „Avem deja o sută de bucăți și am comandat încă cinci sute. Școlile rămân închise până revine căldura”, a precizat edilul.
Ministerul Energiei a transmis într-un comunicat că „sunt analizate toate soluțiile pentru repornirea cât mai rapidă a centralei”.
Potrivit specialistului în energie Radu Ionescu, problema nu este doar una locală. „Zeci de orașe din România au centrale vechi, fără investiții serioase de treizeci de ani. Ce se întâmplă acum în Valea Mare se poate repeta oriunde”, avertizează expertul.
Medicul de familie Elena Dobre spune că în ultimele zile a văzut tot mai mulți pacienți cu răceli și pneumonii. „Cei mai afectați sunt bătrânii care locuiesc singuri. Unii nici nu mai ies din pat ca să nu piardă căldura”, a explicat ea. Medicul le recomandă vecinilor să-i viziteze zilnic pe vârstnici.
Locatarii au ieșit duminică în fața primăriei cu pancarte pe care scria „Vrem căldură, nu promisiuni”. Un grup de Facebook intitulat „Înghețăm în Valea Mare” a strâns peste zece mii de membri în trei zile.
""".strip().split("\n"), quotes=[
("Cazanul are patruzeci de ani și a fost reparat de zeci de ori. De data aceasta s-a fisurat corpul, iar piesa trebuie comandată din Cehia", "Ion Popescu", {"accept": []}),
("Am doi copii mici. Îi țin sub trei pături și tot le este frig", "Maria Popescu", {"accept": []}),
("Am semnalat fisurile încă din octombrie. Nimeni nu a vrut să oprească instalația în plin sezon", "un angajat al centralei", {"unnamed": ["angajat"]}),
("Avem deja o sută de bucăți și am comandat încă cinci sute. Școlile rămân închise până revine căldura", "Dan Munteanu", {}),
("sunt analizate toate soluțiile pentru repornirea cât mai rapidă a centralei", "Ministerul Energiei", {"accept": ["ministerul"]}),
("Zeci de orașe din România au centrale vechi, fără investiții serioase de treizeci de ani. Ce se întâmplă acum în Valea Mare se poate repeta oriunde", "Radu Ionescu", {}),
("Cei mai afectați sunt bătrânii care locuiesc singuri. Unii nici nu mai ies din pat ca să nu piardă căldura", "Elena Dobre", {}),
("Vrem căldură, nu promisiuni", None, {}),
("Înghețăm în Valea Mare", None, {}),
]))

L22.append(dict(id="pt-urgencia-pediatrica-serpa", lang="pt", paras="""
Urgência pediátrica de Vila Nova de Serpa fecha aos fins de semana por falta de médicos
VILA NOVA DE SERPA – A urgência pediátrica do hospital de Vila Nova de Serpa vai encerrar aos sábados e domingos a partir de janeiro, por falta de médicos. Os utentes terão de se deslocar a Beja, a mais de sessenta quilómetros, ou aguardar pela segunda-feira.
«Temos dois pediatras para uma escala que precisa de seis. Não é possível manter a urgência aberta sem pôr em risco a segurança das crianças», afirmou o diretor clínico, João Ferreira, em conferência de imprensa. O responsável garantiu que os casos graves continuarão a ser estabilizados na urgência geral.
Ana Ferreira, mãe de três filhos e sem qualquer parentesco com o diretor clínico, não esconde a revolta. «Se o meu filho tiver febre alta num sábado à noite, vou fazer uma hora de estrada com ele ao colo?», questiona.
Um enfermeiro do serviço, que pediu para não ser identificado, garante que a equipa está exausta. «Fazemos turnos de dezasseis horas. Há colegas que já pediram a reforma antecipada», contou.
O presidente da câmara municipal, Rui Almeida, considera a decisão «inaceitável» e vai pedir uma reunião à ministra. «O interior não pode continuar a perder serviços. Depois admiram-se de que os jovens vão embora», disse o autarca.
O Ministério da Saúde esclareceu, em comunicado, que «estão a ser feitos todos os esforços para contratar médicos para a região».
Segundo a presidente da secção regional da Ordem dos Médicos, Teresa Lopes, o problema arrasta-se há anos. «Formamos pediatras suficientes. O que não conseguimos é fixá-los longe de Lisboa e do Porto», sublinhou. A médica defende incentivos à habitação para quem aceite trabalhar no interior.
Na farmácia em frente ao hospital, o farmacêutico Miguel Sousa já sente a diferença. «Os pais vêm cá pedir conselhos que deviam pedir a um médico. Fazemos o que podemos, mas não somos um hospital», lamenta.
À porta do hospital, um grupo de utentes colou cartazes com a frase «Crianças sem urgência, não». Nas redes sociais circula uma petição intitulada «Salvem a pediatria de Serpa», que já reúne quatro mil assinaturas.
""".strip().split("\n"), quotes=[
("Temos dois pediatras para uma escala que precisa de seis. Não é possível manter a urgência aberta sem pôr em risco a segurança das crianças", "João Ferreira", {"accept": []}),
("Se o meu filho tiver febre alta num sábado à noite, vou fazer uma hora de estrada com ele ao colo?", "Ana Ferreira", {"accept": []}),
("Fazemos turnos de dezasseis horas. Há colegas que já pediram a reforma antecipada", "um enfermeiro do serviço", {"unnamed": ["enfermeiro"]}),
("inaceitável", "Rui Almeida", {}),
("O interior não pode continuar a perder serviços. Depois admiram-se de que os jovens vão embora", "Rui Almeida", {}),
("estão a ser feitos todos os esforços para contratar médicos para a região", "Ministério da Saúde", {"accept": ["O Ministério da Saúde", "ministério"]}),
("Formamos pediatras suficientes. O que não conseguimos é fixá-los longe de Lisboa e do Porto", "Teresa Lopes", {}),
("Os pais vêm cá pedir conselhos que deviam pedir a um médico. Fazemos o que podemos, mas não somos um hospital", "Miguel Sousa", {}),
("Crianças sem urgência, não", None, {}),
("Salvem a pediatria de Serpa", None, {}),
]))

L23 = []

L23.append(dict(id="sr-klizishte-gornji-dubovac", lang="sr", paras="""
Клизиште пресекло једини пут до Горњег Дубовца, село одсечено од света
ГОРЊИ ДУБОВАЦ – Велико клизиште које се у ноћи између суботе и недеље покренуло изнад Горњег Дубовца затрпало је на дужини од двеста метара једини асфалтни пут који село повезује са Ивањицом. Око 300 мештана, углавном старијих, од тада до града може само пешице, преко шуме.
„Чуо сам тутњаву око два сата ујутру. Кад је свануло, пута више није било, само блато и поломљена стабла“, рекао је Милорад Стојановић, чија је кућа на само педесетак метара од клизишта. Како каже, земља се и даље помера после сваке кише.
Учитељица сеоске школе Јелена Стојановић, која са Милорадом није у сродству, свако јутро пешачи сат времена до посла. „Деца из доњег засеока не могу да дођу. Имам седморо ђака, а у понедељак их је у учионици било троје“, рекла је учитељица. Додала је да ће настава за остале бити организована преко телефона.
Председник општине Ивањица Зоран Петковић обишао је терен у понедељак. „Машине су већ на путу, али не смемо да их пустимо на клизиште док геолози не кажу да је безбедно“, изјавио је Петковић. Према његовим речима, привремени макадамски пут преко суседног брда могао би да буде готов за десет дана.
Један радник Путева Србије, који није желео да му се објави име, тврди да је на клизиште упозоравано годинама. „Пукотине у асфалту видели смо још пре три године. Извештај је послат, а онда се ништа није десило“, рекао је.
Из Министарства грађевинарства саопштено је да је „обезбеђено хитно финансирање за санацију“ и да ће радови почети чим то временски услови дозволе.
Геолошкиња Драгана Вуковић са Рударско-геолошког факултета упозорава да клизиште још није стало. „Цела падина је натопљена водом. Ако киша настави да пада, могуће је да се покрене и део изнад самих кућа“, објаснила је стручњакиња. Она саветује мештанима да не спавају у кућама најближим ивици клизишта.
Хитне пацијенте из села Дом здравља засад превози хеликоптером. Најстарија мештанка, деведесетједногодишња Даница Лазић, каже да слично не памти. „Овде смо преживели и снег до крова и поплаве, али да пут нестане преко ноћи, то никад“, прича бака Даница.
На улазу у село мештани су поставили таблу са натписом „Не заборавите Горњи Дубовац“.
""".strip().split("\n"), quotes=[
("Чуо сам тутњаву око два сата ујутру. Кад је свануло, пута више није било, само блато и поломљена стабла", "Милорад Стојановић", {"accept": []}),
("Деца из доњег засеока не могу да дођу. Имам седморо ђака, а у понедељак их је у учионици било троје", "Јелена Стојановић", {"accept": []}),
("Машине су већ на путу, али не смемо да их пустимо на клизиште док геолози не кажу да је безбедно", "Зоран Петковић", {}),
("Пукотине у асфалту видели смо још пре три године. Извештај је послат, а онда се ништа није десило", "један радник Путева Србије", {"unnamed": ["радник"]}),
("обезбеђено хитно финансирање за санацију", "Министарство грађевинарства", {"accept": ["Министарства грађевинарства", "министарство"]}),
("Цела падина је натопљена водом. Ако киша настави да пада, могуће је да се покрене и део изнад самих кућа", "Драгана Вуковић", {}),
("Овде смо преживели и снег до крова и поплаве, али да пут нестане преко ноћи, то никад", "Даница Лазић", {"accept": ["Лазић", "Даница"]}),
("Не заборавите Горњи Дубовац", None, {}),
]))

L23.append(dict(id="mk-pomor-riba-sushica", lang="mk", paras="""
Помор на риба во реката Сушица, рибарите обвинуваат фабрика за кожа
СУШИЦА – Илјадници мртви риби испливаа во вторникот на површината на реката Сушица, низводно од индустриската зона кај селото Кратово Поле. Рибарите и жителите на трите села покрај реката обвинуваат фабрика за преработка на кожа дека ноќе испушта отпадни води без прочистување.
„Вакво нешто не сум видел во животот. Од мостот до браната, речиси два километри, водата беше бела од мртва риба“, изјави Благоја Трајковски, претседател на локалното рибарско здружение. Според Трајковски, здружението пред два месеца пуштило во реката пет илјади млади пастрмки.
Неговата соседка Весна Трајковска, која не е во роднинска врска со него, вели дека мирисот е неподнослив. „Децата не можат да излезат во дворот. Ноќе мириса на хемикалии, и тоа не е првпат“, рече таа.
Директорот на фабриката, Горан Николовски, ги отфрла обвинувањата. „Нашата пречистителна станица работи според прописите. Имаме мерења од минатиот месец и сите вредности се во ред“, изјави директорот. Тој додаде дека фабриката е подготвена да соработува со инспекцијата.
Вработен во фабриката, кој побара да не му се објави името, тврди поинаку. „Кога филтрите ќе се наполнат, водата се пушта директно во каналот. Сите знаат, никој не зборува“, рече тој.
Од Државниот инспекторат за животна средина соопштија дека „земени се примероци од водата и од рибата“ и дека резултатите ќе бидат познати до крајот на неделата.
Биологот Марија Стефановска од Природно-математичкиот факултет смета дека штетата ќе се чувствува со години. „Не станува збор само за рибата. Загинале и ларвите и инсектите со кои таа се храни. На реката ќе ѝ треба долго време да се опорави“, објасни биологот.
Градоначалникот на Сушица, Никола Арсовски, најави дека општината ќе поднесе кривична пријава против непознат сторител. „Ако се докаже дека фабриката е виновна, ќе бараме да се затвори додека не изгради нова станица“, порача градоначалникот. Според него, општината веќе побарала помош од владата за порибување на реката.
Жителите во четвртокот организираа протест пред фабриката со транспаренти на кои пишуваше „Реката не е канализација“.
""".strip().split("\n"), quotes=[
("Вакво нешто не сум видел во животот. Од мостот до браната, речиси два километри, водата беше бела од мртва риба", "Благоја Трајковски", {}),
("Децата не можат да излезат во дворот. Ноќе мириса на хемикалии, и тоа не е првпат", "Весна Трајковска", {}),
("Нашата пречистителна станица работи според прописите. Имаме мерења од минатиот месец и сите вредности се во ред", "Горан Николовски", {}),
("Кога филтрите ќе се наполнат, водата се пушта директно во каналот. Сите знаат, никој не зборува", "вработен во фабриката", {"unnamed": ["вработен"]}),
("земени се примероци од водата и од рибата", "Државниот инспекторат за животна средина", {"accept": ["Државен инспекторат за животна средина", "инспекторат", "Инспекторат"]}),
("Не станува збор само за рибата. Загинале и ларвите и инсектите со кои таа се храни. На реката ќе ѝ треба долго време да се опорави", "Марија Стефановска", {}),
("Ако се докаже дека фабриката е виновна, ќе бараме да се затвори додека не изгради нова станица", "Никола Арсовски", {}),
("Реката не е канализација", None, {}),
]))

L23.append(dict(id="hu-iskola-tiszakeresztur", lang="hu", paras="""
Bezár a tiszakeresztúri iskola, a gyerekeket busszal viszik a szomszéd városba
TISZAKERESZTÚR – Szeptembertől nem indul tanév a tiszakeresztúri általános iskolában. A fenntartó tankerület döntése szerint a falu 46 diákja a tizenkét kilométerre fekvő Dombegyházára jár majd, iskolabusszal.
„Százhúsz éve tanítanak ebben az épületben. Az én nagyapám is itt tanult meg írni, és most azt mondják, hogy nem éri meg” – mondta Kovács István, a szülői munkaközösség vezetője. Szerinte a falu a döntés után elveszíti a fiatal családokat.
Az iskola igazgatója, Kovács Erzsébet – aki a szülői munkaközösség vezetőjének nem rokona – hét éve vezeti az intézményt. „Nincs elég gyerek, ezt nem tagadom. De egy falu nem attól él, hogy megéri-e, hanem attól, hogy van-e benne iskola” – fogalmazott az igazgató. Hozzátette: a tantestület nyolc tagja közül hatan nem tudnak majd a városban elhelyezkedni.
A tankerület közleményében azt írta, hogy „a döntés a gyermekek érdekét szolgálja, mivel a városi iskolában szaktanárok oktatják őket”.
Egy tankerületi munkatárs, aki nevét nem vállalta, elismerte, hogy a bezárás elsősorban pénzkérdés. „Egy ilyen kis iskola fenntartása diákonként háromszor annyiba kerül, mint egy városié. A minisztérium ezt figyeli” – mondta lapunknak.
Szabó Gergely polgármester a képviselő-testület rendkívüli ülésén jelentette be, hogy a község megpróbálja átvenni az iskolát. „Ha kell, az önkormányzat fizeti a rezsit. Nem engedjük, hogy bezárják az ajtót” – jelentette ki Szabó. A polgármester szerint erre jövő nyárig van esély.
Tóth Anna, akinek két gyereke jár az iskolába, a jövő tanévtől hajnalban kelti majd őket. „A kisebbik hétéves. Fél hétkor kell felszállnia a buszra, és négykor ér haza. Ez egy gyereknek túl sok” – mondta az édesanya.
Varga Péter oktatáskutató szerint az elmúlt tíz évben több mint kétszáz falusi iskola zárt be az országban. „Ahol megszűnik az iskola, ott öt-tíz éven belül a bolt és az orvosi rendelő is bezár” – figyelmeztetett a kutató.
A szülők „Maradjon az iskola!” címmel petíciót indítottak, az iskola kerítésére pedig kifüggesztették a feliratot: „Itt gyerekek tanulnak”.
""".strip().split("\n"), quotes=[
("Százhúsz éve tanítanak ebben az épületben. Az én nagyapám is itt tanult meg írni, és most azt mondják, hogy nem éri meg", "Kovács István", {"accept": []}),
("Nincs elég gyerek, ezt nem tagadom. De egy falu nem attól él, hogy megéri-e, hanem attól, hogy van-e benne iskola", "Kovács Erzsébet", {"accept": []}),
("a döntés a gyermekek érdekét szolgálja, mivel a városi iskolában szaktanárok oktatják őket", "a tankerület", {"accept": ["tankerület", "A tankerület"]}),
("Egy ilyen kis iskola fenntartása diákonként háromszor annyiba kerül, mint egy városié. A minisztérium ezt figyeli", "egy tankerületi munkatárs", {"unnamed": ["munkatárs"]}),
("Ha kell, az önkormányzat fizeti a rezsit. Nem engedjük, hogy bezárják az ajtót", "Szabó Gergely", {"accept": ["Szabó"]}),
("A kisebbik hétéves. Fél hétkor kell felszállnia a buszra, és négykor ér haza. Ez egy gyereknek túl sok", "Tóth Anna", {"accept": ["Tóth"]}),
("Ahol megszűnik az iskola, ott öt-tíz éven belül a bolt és az orvosi rendelő is bezár", "Varga Péter", {"accept": ["Varga"]}),
("Maradjon az iskola!", None, {}),
("Itt gyerekek tanulnak", None, {}),
]))

L23.append(dict(id="sq-breshri-leskovec", lang="sq", paras="""
Breshëri shkatërron vreshtat e Leskovecit, fermerët kërkojnë dëmshpërblim
LESKOVEC – Një stuhi me breshër të madh sa arra ka shkatërruar të shtunën pasdite mbi 400 hektarë vreshta dhe pemëtore në fshatrat rreth Leskovecit. Sipas bashkisë, dëmet e para vlerësohen në më shumë se dy milionë euro.
„Në njëzet minuta humba punën e një viti. Rrushi ishte gati për vjelje, tani gjithçka është në tokë“, tha fermeri Agim Hoxha, i cili kultivon pesë hektarë vreshtë. Sipas tij, asnjë nga fermerët e zonës nuk e kishte të siguruar prodhimin.
Drita Hoxha, pronare e një kantine të vogël vere në fshatin fqinj dhe pa lidhje familjare me Agimin, thotë se këtë vit nuk do të prodhojë asnjë shishe. „Kemi dhjetë punëtorë sezonalë. Nuk e di si do t'ua paguaj pagat e shtatorit“, deklaroi ajo.
Kryetari i bashkisë, Ilir Shehu, vizitoi të dielën fshatrat e dëmtuara. „Do të kërkojmë nga qeveria shpalljen e gjendjes së fatkeqësisë natyrore. Fermerët nuk mund të mbeten vetëm“, tha kryetari. Ai shtoi se një komision do të fillojë inventarizimin e dëmeve që nesër.
Një zyrtar i Ministrisë së Bujqësisë, që kërkoi të mos përmendet emri, pranoi se fondi për fatkeqësitë është pothuajse bosh. „Këtë vit kemi pasur përmbytje në veri dhe zjarre në jug. Paratë e mbetura nuk mjaftojnë për të gjithë“, tha ai.
Ministria e Bujqësisë njoftoi në një deklaratë se „fermerët e prekur do të marrin mbështetje financiare sipas ligjit“.
Agronomi Besnik Dervishi shpjegon se stuhitë me breshër janë bërë më të shpeshta në dhjetë vitet e fundit. „Temperaturat e larta në verë krijojnë retë e mëdha që sjellin breshër. Pa rrjeta mbrojtëse, çdo vreshtë është në rrezik“, paralajmëroi eksperti.
Në kafenenë e fshatit, fermerët flasin vetëm për stuhinë. Gjergj Marku, 68 vjeç, tregon se një breshër i tillë nuk ishte parë që nga viti 1985. „Atëherë ishim të rinj dhe e nisëm nga e para. Tani fëmijët tanë janë në Itali dhe nuk ka kush të mbjellë përsëri“, tha ai me zë të ulët.
Fermerët do të protestojnë të hënën para prefekturës nën moton „Mos na lini pa bukë“.
""".strip().split("\n"), quotes=[
("Në njëzet minuta humba punën e një viti. Rrushi ishte gati për vjelje, tani gjithçka është në tokë", "Agim Hoxha", {"accept": []}),
("Kemi dhjetë punëtorë sezonalë. Nuk e di si do t'ua paguaj pagat e shtatorit", "Drita Hoxha", {"accept": []}),
("Do të kërkojmë nga qeveria shpalljen e gjendjes së fatkeqësisë natyrore. Fermerët nuk mund të mbeten vetëm", "Ilir Shehu", {}),
("Këtë vit kemi pasur përmbytje në veri dhe zjarre në jug. Paratë e mbetura nuk mjaftojnë për të gjithë", "një zyrtar i Ministrisë së Bujqësisë", {"unnamed": ["zyrtar"]}),
("fermerët e prekur do të marrin mbështetje financiare sipas ligjit", "Ministria e Bujqësisë", {"accept": ["ministria", "Ministria"]}),
("Temperaturat e larta në verë krijojnë retë e mëdha që sjellin breshër. Pa rrjeta mbrojtëse, çdo vreshtë është në rrezik", "Besnik Dervishi", {}),
("Atëherë ishim të rinj dhe e nisëm nga e para. Tani fëmijët tanë janë në Itali dhe nuk ka kush të mbjellë përsëri", "Gjergj Marku", {}),
("Mos na lini pa bukë", None, {}),
]))

L23.append(dict(id="sk-posta-horna-lehota", lang="sk", paras="""
V Hornej Lehote zatvárajú poštu, dôchodcovia si pre penziu budú chodiť do mesta
HORNÁ LEHOTA – Slovenská pošta zatvorí koncom mesiaca pobočku v Hornej Lehote. Obec s 900 obyvateľmi tak po vyše sedemdesiatich rokoch príde o poštu a najbližšia pobočka bude v jedenásť kilometrov vzdialenom Brezne.
„Chodí k nám denne dvadsať, možno tridsať ľudí. Väčšinou starší ľudia, ktorí si prídu pre dôchodok alebo zaplatiť zloženku,“ povedala vedúca pobočky Mária Horváthová, ktorá na pošte pracuje od roku 1994. Podľa nej sa o zatvorení dozvedela z e-mailu.
Starosta obce Ján Horváth, ktorý s vedúcou pošty nie je príbuzný, sa so zatvorením nezmieri. „Ponúkli sme pošte priestory na obecnom úrade zadarmo. Ani neodpovedali,“ uviedol starosta. Obec podľa neho zvažuje, že poštové služby prevezme sama ako takzvaná pošta partner.
Hovorkyňa Slovenskej pošty Zuzana Králiková pre náš denník uviedla, že pobočka je dlhodobo stratová. „Tržby v Hornej Lehote pokrývajú menej ako tretinu nákladov. Obyvatelia budú môcť využívať doručovateľa, ktorý im dôchodok prinesie až domov,“ vysvetlila hovorkyňa.
Jeden z doručovateľov, ktorý si neželal byť menovaný, však upozorňuje, že rajóny sú už teraz preťažené. „Mám na starosti štyri obce. Keď k tomu pribudne ďalšia, ľudia budú čakať na peniaze do večera,“ povedal.
Dôchodkyňa Anna Kováčová býva na konci obce a auto nemá. „Do Brezna ide autobus dvakrát denne. Ráno tam, poobede späť. Celý deň strávim kvôli jednej zloženke,“ posťažovala sa. Na poštu vraj chodila aj po noviny.
Sociologička Eva Baranová zo Slovenskej akadémie vied hovorí o širšom trende. „Pošta, škola, obchod a krčma sú posledné miesta, kde sa ľudia na dedine stretávajú. Keď zmiznú, obec sa mení na nocľaháreň,“ tvrdí výskumníčka.
Ministerstvo dopravy v stanovisku uviedlo, že „sieť pôšt sa prispôsobuje meniacemu sa dopytu“.
Obyvatelia spisujú petíciu s názvom „Zachráňme našu poštu“. Na dverách pobočky už visí oznam „Od 1. marca zatvorené“.
""".strip().split("\n"), quotes=[
("Chodí k nám denne dvadsať, možno tridsať ľudí. Väčšinou starší ľudia, ktorí si prídu pre dôchodok alebo zaplatiť zloženku,", "Mária Horváthová", {}),
("Ponúkli sme pošte priestory na obecnom úrade zadarmo. Ani neodpovedali,", "Ján Horváth", {}),
("Tržby v Hornej Lehote pokrývajú menej ako tretinu nákladov. Obyvatelia budú môcť využívať doručovateľa, ktorý im dôchodok prinesie až domov,", "Zuzana Králiková", {}),
("Mám na starosti štyri obce. Keď k tomu pribudne ďalšia, ľudia budú čakať na peniaze do večera,", "jeden z doručovateľov", {"unnamed": ["doručovateľov", "doručovateľ"]}),
("Do Brezna ide autobus dvakrát denne. Ráno tam, poobede späť. Celý deň strávim kvôli jednej zloženke,", "Anna Kováčová", {}),
("Pošta, škola, obchod a krčma sú posledné miesta, kde sa ľudia na dedine stretávajú. Keď zmiznú, obec sa mení na nocľaháreň,", "Eva Baranová", {}),
("sieť pôšt sa prispôsobuje meniacemu sa dopytu", "Ministerstvo dopravy", {"accept": ["ministerstvo"]}),
("Zachráňme našu poštu", None, {}),
("Od 1. marca zatvorené", None, {}),
]))

L23.append(dict(id="fi-kirjastoauto-pohjois-kaarela", lang="fi", paras="""
Kirjastoauto ajaa viimeisen kierroksensa Pohjois-Kaarelan kylissä
POHJOIS-KAARELA – Kunnan kirjastoauto ajaa ensi viikolla viimeisen kierroksensa. Valtuusto päätti joulukuussa lakkauttaa palvelun säästösyistä, ja neljäntoista kylän asukkaat joutuvat jatkossa hakemaan kirjansa keskustan pääkirjastosta.
”Olen ajanut tätä reittiä kaksikymmentäkaksi vuotta. Joissain kylissä auto on ollut ainoa paikka, jossa ihmiset näkevät toisiaan”, sanoo kirjastoauton kuljettaja Matti Virtanen. Virtasen mukaan autossa käy viikoittain noin 400 lainaajaa.
Kunnanvaltuuston puheenjohtaja Liisa Virtanen, joka ei ole kuljettajan sukua, puolustaa päätöstä. ”Auto on kolmekymmentä vuotta vanha, ja uusi maksaisi puoli miljoonaa euroa. Meidän on pakko valita, ja valitsimme koulut ja vanhustenhoidon”, hän sanoo.
Kirjastotoimenjohtaja Anne Heikkinen kertoo, että kirjasto aikoo korvata auton kotipalvelulla. ”Iäkkäät ja liikuntarajoitteiset saavat kirjat jatkossakin kotiinsa. Muut voivat varata kirjat verkossa ja noutaa ne kyläkaupasta”, Heikkinen kertoo.
Eräs kunnan työntekijä, joka ei halunnut nimeään julkisuuteen, arvioi, että säästö jää pieneksi. ”Kotipalvelu vaatii lisää henkilökuntaa. Lopulta säästetään ehkä kolmekymmentä tuhatta vuodessa”, hän sanoo.
Kaarelanjärven kylässä asuva eläkeläinen Toivo Lehtonen on lainannut autosta kirjoja sen ensimmäisestä kierroksesta asti. ”Luen kolme kirjaa viikossa. Keskustaan on neljäkymmentä kilometriä, eikä bussi kulje kuin koulupäivinä”, Lehtonen sanoo.
Kirjastoauto on kiertänyt kylissä kahden viikon välein, ja kouluissa se on pysähtynyt joka toinen maanantai. Kunta aikoo myydä auton huutokaupassa keväällä, ja sen kirjat siirretään pääkirjaston varastoon.
Opetus- ja kulttuuriministeriö muistuttaa tiedotteessaan, että ”kunnat päättävät itse kirjastopalvelujensa järjestämisestä”.
Kirjastoalan tutkija Sanna Mäkelä Tampereen yliopistosta pitää kehitystä huolestuttavana. ”Kirjastoautoja on lakkautettu viime vuosina kymmeniä. Ne ovat usein ainoa julkinen palvelu, joka tulee harvaan asutulle alueelle itse”, Mäkelä sanoo. Tutkijan mukaan autojen hankintaan voisi hakea valtionavustusta.
Kyläläiset ovat keränneet adressiin yli 2 000 nimeä. Adressin otsikko on ”Kirjastoauto kylille”, ja viimeiselle kierrokselle on suunniteltu läksiäiset teemalla ”Kiitos, Kirjasto-Kalle”.
""".strip().split("\n"), quotes=[
("Olen ajanut tätä reittiä kaksikymmentäkaksi vuotta. Joissain kylissä auto on ollut ainoa paikka, jossa ihmiset näkevät toisiaan", "Matti Virtanen", {"accept": []}),
("Auto on kolmekymmentä vuotta vanha, ja uusi maksaisi puoli miljoonaa euroa. Meidän on pakko valita, ja valitsimme koulut ja vanhustenhoidon", "Liisa Virtanen", {"accept": []}),
("Iäkkäät ja liikuntarajoitteiset saavat kirjat jatkossakin kotiinsa. Muut voivat varata kirjat verkossa ja noutaa ne kyläkaupasta", "Anne Heikkinen", {}),
("Kotipalvelu vaatii lisää henkilökuntaa. Lopulta säästetään ehkä kolmekymmentä tuhatta vuodessa", "eräs kunnan työntekijä", {"unnamed": ["työntekijä"]}),
("Luen kolme kirjaa viikossa. Keskustaan on neljäkymmentä kilometriä, eikä bussi kulje kuin koulupäivinä", "Toivo Lehtonen", {}),
("kunnat päättävät itse kirjastopalvelujensa järjestämisestä", "Opetus- ja kulttuuriministeriö", {"accept": ["ministeriö"]}),
("Kirjastoautoja on lakkautettu viime vuosina kymmeniä. Ne ovat usein ainoa julkinen palvelu, joka tulee harvaan asutulle alueelle itse", "Sanna Mäkelä", {}),
("Kirjastoauto kylille", None, {}),
("Kiitos, Kirjasto-Kalle", None, {}),
]))

L23.append(dict(id="de-ch-felssturz-oberrieden", lang="de", paras="""
Felssturzgefahr: Der Weiler Oberrieden wird evakuiert
OBERRIEDEN UR – Wegen akuter Felssturzgefahr müssen die 62 Bewohnerinnen und Bewohner des Weilers Oberrieden ihre Häuser bis Freitagabend verlassen. Messgeräte oberhalb des Dorfes zeigen seit Tagen, dass sich rund 200'000 Kubikmeter Fels schneller bewegen als je zuvor.
«Die Bewegung hat sich innert einer Woche verdreifacht. Wir können nicht mehr ausschliessen, dass der ganze Hang innert Tagen abbricht», sagte Kantonsgeologe Reto Arnold an einer Medienkonferenz in Altdorf. Gemäss Arnold ist ein Abbruch in den nächsten Wochen «wahrscheinlich».
Gemeindepräsident Bruno Gisler musste die Nachricht am Dienstagabend im Schulhaus überbringen. «Es war der schwerste Abend meiner Amtszeit. Viele Leute sind hier aufgewachsen, einige haben geweint», sagt Gisler.
Auch Bäuerin Heidi Gisler – mit dem Gemeindepräsidenten nicht verwandt – muss ihren Hof verlassen. Ihre 24 Kühe kommen vorübergehend bei einem Bauern im Tal unter. «Das Vieh ist versorgt. Aber wer sagt mir, ob ich im Frühling zurückkommen kann?», fragt die 54-Jährige.
Ein Mitarbeiter des kantonalen Führungsstabs, der nicht namentlich genannt werden will, rechnet mit einer langen Evakuierung. «Ehrlich gesagt gehen wir davon aus, dass die Leute den ganzen Winter nicht zurückkönnen», sagt er.
Das Bundesamt für Umwelt teilte mit, es unterstütze den Kanton «mit zusätzlichen Radargeräten und Fachleuten».
Für die Glaziologin Sandra Zgraggen von der ETH Zürich ist Oberrieden kein Einzelfall. «Der auftauende Permafrost macht ganze Bergflanken instabil. Wir werden solche Evakuierungen in den Alpen häufiger sehen», warnt die Forscherin.
Die Kantonsstrasse ins hintere Tal bleibt vorläufig offen, wird aber nachts gesperrt. Der Wirt des Gasthauses Sternen, Markus Walker, schliesst seinen Betrieb vorzeitig. «Die Wintersaison ist gelaufen, bevor sie angefangen hat», sagt Walker. Er hat seinen beiden Angestellten bereits gekündigt.
Im Dorfladen im Nachbardorf liegt eine Spendenliste unter dem Titel «Zäme für Oberrieden» auf. An der Scheune der Familie Gisler hängt ein Transparent: «Mir chömed zrugg».
""".strip().split("\n"), quotes=[
("Die Bewegung hat sich innert einer Woche verdreifacht. Wir können nicht mehr ausschliessen, dass der ganze Hang innert Tagen abbricht", "Reto Arnold", {}),
("wahrscheinlich", "Reto Arnold", {}),
("Es war der schwerste Abend meiner Amtszeit. Viele Leute sind hier aufgewachsen, einige haben geweint", "Bruno Gisler", {"accept": []}),
("Das Vieh ist versorgt. Aber wer sagt mir, ob ich im Frühling zurückkommen kann?", "Heidi Gisler", {"accept": []}),
("Ehrlich gesagt gehen wir davon aus, dass die Leute den ganzen Winter nicht zurückkönnen", "ein Mitarbeiter des kantonalen Führungsstabs", {"unnamed": ["Mitarbeiter"]}),
("mit zusätzlichen Radargeräten und Fachleuten", "das Bundesamt für Umwelt", {"accept": ["Bundesamt für Umwelt", "Das Bundesamt für Umwelt"]}),
("Der auftauende Permafrost macht ganze Bergflanken instabil. Wir werden solche Evakuierungen in den Alpen häufiger sehen", "Sandra Zgraggen", {}),
("Die Wintersaison ist gelaufen, bevor sie angefangen hat", "Markus Walker", {}),
("Zäme für Oberrieden", None, {}),
("Mir chömed zrugg", None, {}),
]))

L23.append(dict(id="fr-be-piscine-herbeumont", lang="fr", paras="""
Fermée depuis septembre, la piscine communale de Herbeumont ne rouvrira pas
HERBEUMONT – C'est désormais officiel : la piscine communale de Herbeumont ne rouvrira pas ses portes. Le conseil communal a voté lundi soir sa fermeture définitive, par onze voix contre six. Rénover le bassin coûterait près de quatre millions d'euros, selon une étude commandée par la commune.
« On ne peut pas demander aux citoyens de payer une piscine que nonante pour cent d'entre eux n'utilisent jamais », a expliqué le bourgmestre, Philippe Lambert, à l'issue du vote. Selon le mayeur, la commune négociera avec Bertrix pour que les écoles puissent y nager.
Dans l'opposition, la conseillère communale Nathalie Lambert – aucun lien de famille avec le bourgmestre – a voté contre. « Septante enfants apprenaient à nager ici chaque semaine. Qui va les conduire à Bertrix, à vingt kilomètres ? », s'interroge-t-elle.
Le maître-nageur Kevin Dethier a appris la nouvelle par la presse. « Je travaille ici depuis quinze ans. On nous avait dit en septembre que c'était une fermeture temporaire pour l'entretien », raconte-t-il. Il a été réaffecté au service des travaux.
Un agent communal, qui souhaite garder l'anonymat, affirme que les problèmes étaient connus depuis longtemps. « La toiture fuyait déjà il y a dix ans. On mettait des seaux sous les fuites et on attendait », confie-t-il.
Du côté de la Région wallonne, le cabinet du ministre des Sports fait savoir que « des subsides pour la rénovation des piscines existent, mais la commune n'a pas introduit de dossier ».
Pour Julie Maréchal, présidente de l'association provinciale des clubs de natation, la décision est « un très mauvais signal ». « Chaque fois qu'une piscine ferme en zone rurale, ce sont des enfants qui ne sauront jamais bien nager », prévient-elle.
Les parents d'élèves ont lancé une pétition intitulée « Sauvons la piscine d'Herbeumont », qui a récolté 2 300 signatures en une semaine. Samedi, une centaine de personnes se sont réunies devant le bâtiment, où une banderole proclamait « Nager, c'est pas un luxe ».
""".strip().split("\n"), quotes=[
("On ne peut pas demander aux citoyens de payer une piscine que nonante pour cent d'entre eux n'utilisent jamais", "Philippe Lambert", {"accept": []}),
("Septante enfants apprenaient à nager ici chaque semaine. Qui va les conduire à Bertrix, à vingt kilomètres ?", "Nathalie Lambert", {"accept": []}),
("Je travaille ici depuis quinze ans. On nous avait dit en septembre que c'était une fermeture temporaire pour l'entretien", "Kevin Dethier", {}),
("La toiture fuyait déjà il y a dix ans. On mettait des seaux sous les fuites et on attendait", "un agent communal", {"unnamed": ["agent"]}),
("des subsides pour la rénovation des piscines existent, mais la commune n'a pas introduit de dossier", "le cabinet du ministre des Sports", {"accept": ["cabinet du ministre des Sports", "cabinet"]}),
("un très mauvais signal", "Julie Maréchal", {}),
("Chaque fois qu'une piscine ferme en zone rurale, ce sont des enfants qui ne sauront jamais bien nager", "Julie Maréchal", {}),
("Sauvons la piscine d'Herbeumont", None, {}),
("Nager, c'est pas un luxe", None, {}),
]))

L23.append(dict(id="pt-br-cheia-sao-bento-do-arroio", lang="pt", paras="""
Cheia do rio Taquaritinga deixa 1,8 mil desalojados em São Bento do Arroio
SÃO BENTO DO ARROIO (RS) – A cheia do rio Taquaritinga, que subiu mais de nove metros em 24 horas depois das chuvas do fim de semana, deixou 1,8 mil pessoas desalojadas em São Bento do Arroio. Bairros inteiros da parte baixa da cidade seguem debaixo d'água nesta terça-feira (14).
“A água entrou em casa às três da manhã. Deu tempo só de pegar os documentos e subir com as crianças para a casa do vizinho”, contou a diarista Rosângela Silva, que está com a família no ginásio municipal.
O pedreiro Antônio Silva, que não é parente de Rosângela, perdeu a casa pela segunda vez em dois anos. “Da outra vez eu reconstruí tudo com o dinheiro que eu tinha guardado. Agora não sobrou nada. Não sei se começo de novo aqui”, disse.
O prefeito Marcos Bortolini (PSD) decretou situação de emergência na segunda-feira. “Estamos com dez abrigos funcionando e recebendo doações de toda a região. O que a gente precisa agora é de água potável e colchões”, afirmou o prefeito. Segundo ele, ainda não há previsão de quando as famílias poderão voltar.
Um integrante da Defesa Civil estadual, que pediu para não ser identificado, disse que o alerta foi enviado com pelo menos seis horas de antecedência. “Muita gente não quis sair de casa com medo de saque. A gente entende, mas isso coloca vidas em risco”, relatou.
Em nota, o governo do estado informou que “equipes do Corpo de Bombeiros e helicópteros estão à disposição do município para resgates”.
De acordo com a hidróloga Fernanda Kunz, professora da universidade federal, cheias como esta devem ficar mais frequentes. “O solo já estava encharcado e a mata ciliar foi retirada em boa parte do rio. A água chega mais rápido e mais alto”, explicou a pesquisadora.
No centro, comerciantes contabilizam os prejuízos. Dono de uma loja de materiais de construção, Jorge Weber estima ter perdido R$ 300 mil em mercadorias. “O seguro não cobre enchente. Vou ter que demitir, não tem outro jeito”, lamentou.
Nas redes sociais, moradores criaram a campanha “SOS São Bento”, e uma faixa pendurada na ponte velha diz “Força, Vale”.
""".strip().split("\n"), quotes=[
("A água entrou em casa às três da manhã. Deu tempo só de pegar os documentos e subir com as crianças para a casa do vizinho", "Rosângela Silva", {"accept": []}),
("Da outra vez eu reconstruí tudo com o dinheiro que eu tinha guardado. Agora não sobrou nada. Não sei se começo de novo aqui", "Antônio Silva", {"accept": []}),
("Estamos com dez abrigos funcionando e recebendo doações de toda a região. O que a gente precisa agora é de água potável e colchões", "Marcos Bortolini", {}),
("Muita gente não quis sair de casa com medo de saque. A gente entende, mas isso coloca vidas em risco", "um integrante da Defesa Civil estadual", {"unnamed": ["integrante"]}),
("equipes do Corpo de Bombeiros e helicópteros estão à disposição do município para resgates", "o governo do estado", {"accept": ["governo do estado", "governo"]}),
("O solo já estava encharcado e a mata ciliar foi retirada em boa parte do rio. A água chega mais rápido e mais alto", "Fernanda Kunz", {}),
("O seguro não cobre enchente. Vou ter que demitir, não tem outro jeito", "Jorge Weber", {}),
("SOS São Bento", None, {}),
("Força, Vale", None, {}),
]))

L23.append(dict(id="ru-gazeta-zarechny", lang="ru", paras="""
В Заречном закрывается районная газета, выходившая с 1931 года
ЗАРЕЧНЫЙ – Районная газета «Заречная новь», выходившая без перерыва с 1931 года, напечатает последний номер 30 декабря. Администрация района, учредитель издания, решила не продлевать финансирование на следующий год.
«Мы пережили войну, перестройку и девяностые. А закрывает нас строчка в бюджете», — сказал главный редактор газеты Игорь Смирнов, который работает в редакции с 1989 года. По словам редактора, тираж газеты сейчас составляет 2400 экземпляров, и почти все они расходятся по подписке.
Глава района Ольга Смирнова, однофамилица редактора, объяснила решение нехваткой денег. «Каждый год мы доплачиваем газете четыре миллиона рублей. Это деньги, которые можно потратить на дороги и школы», — заявила она. Смирнова добавила, что новости района будут публиковаться на официальном сайте администрации.
Сотрудник администрации, попросивший не называть его имени, признал, что дело не только в деньгах. «Газета в последние годы часто критиковала районное начальство. Многим это не нравилось», — сказал он.
Пенсионерка Валентина Егорова выписывает газету больше сорока лет. «Интернета у меня нет. Откуда я теперь узнаю, когда отключат свет или приедет автолавка?» — говорит она.
Журналист Антон Белов, единственный молодой сотрудник редакции, собирается уезжать в областной центр. «Здесь я писал обо всём: о школах, о пожарах, о посевной. Такой школы не даст ни один университет», — признаётся он.
В областном департаменте информационной политики сообщили, что «поддержка районных СМИ будет продолжена в рамках грантовых конкурсов».
Исследователь региональной прессы Мария Кузнецова считает, что закрытие районных газет — общероссийская тенденция. «Когда исчезает местная газета, люди перестают знать, что происходит рядом с ними. Остаются только слухи в соцсетях», — отмечает эксперт.
Читатели собирают подписи под обращением «Сохраним нашу газету», а на двери редакции кто-то повесил лист с надписью «Спасибо за 93 года».
""".strip().split("\n"), quotes=[
("Заречная новь", None, {}),
("Мы пережили войну, перестройку и девяностые. А закрывает нас строчка в бюджете", "Игорь Смирнов", {"accept": []}),
("Каждый год мы доплачиваем газете четыре миллиона рублей. Это деньги, которые можно потратить на дороги и школы", "Ольга Смирнова", {"accept": []}),
("Газета в последние годы часто критиковала районное начальство. Многим это не нравилось", "сотрудник администрации", {"unnamed": ["сотрудник"]}),
("Интернета у меня нет. Откуда я теперь узнаю, когда отключат свет или приедет автолавка?", "Валентина Егорова", {}),
("Здесь я писал обо всём: о школах, о пожарах, о посевной. Такой школы не даст ни один университет", "Антон Белов", {}),
("поддержка районных СМИ будет продолжена в рамках грантовых конкурсов", "областной департамент информационной политики", {"accept": ["департамент", "департаменте информационной политики", "областном департаменте информационной политики"]}),
("Когда исчезает местная газета, люди перестают знать, что происходит рядом с ними. Остаются только слухи в соцсетях", "Мария Кузнецова", {}),
("Сохраним нашу газету", None, {}),
("Спасибо за 93 года", None, {}),
]))


L24 = []

L24.append(dict(id="hr-ambulanta-donji-brijeg", lang="hr", paras="""
Donji Brijeg ostao bez liječnika obiteljske medicine, pacijenti putuju četrdeset kilometara
DONJI BRIJEG – Ambulanta obiteljske medicine u Donjem Brijegu od ponedjeljka je zatvorena jer je jedina liječnica otišla u mirovinu, a zamjena nije pronađena. Oko 2300 pacijenata iz općine i četiri okolna sela sada se mora liječiti u Slavonskom Gaju, udaljenom četrdeset kilometara.
„Natječaj smo raspisali tri puta. Nitko se nije javio, ni iz Hrvatske ni iz inozemstva“, rekao je ravnatelj Doma zdravlja Tomislav Babić. Prema njegovim riječima, mladi liječnici ne žele raditi u malim mjestima bez stana i dodatka na plaću.
Umirovljenica Marija Babić, koja s ravnateljem nije u rodu, svaki mjesec mora po recept za inzulin. „Autobus ide dvaput dnevno. Odem ujutro, vratim se navečer, i to sve zbog jednog papira“, požalila se.
Jedna medicinska sestra iz ambulante, koja nije htjela da joj se objavi ime, kaže da su problemi bili poznati godinama. „Doktorica je tri godine govorila da odlazi. Svi su znali, a nitko ništa nije napravio“, ispričala je.
Načelnik općine Ivica Matić tvrdi da općina nudi besplatan stan svakom liječniku koji dođe. „Dajemo stan, plaćamo režije i dajemo jednokratnu pomoć. Više od toga mala općina ne može“, izjavio je načelnik. Matić je dodao da je pisao i županu.
Iz Ministarstva zdravstva priopćeno je da je „u pripremi program poticaja za rad u ruralnim područjima“.
Ljekarnica Ana Kovačević primijetila je da ljudi sve češće dolaze k njoj po savjet. „Ja nisam liječnica. Mogu izmjeriti tlak i reći im da idu na hitnu, ali ne mogu ih liječiti“, objasnila je. Ljekarna radi do podne, pa popodne u selu nema nikoga tko bi mogao pomoći.
Stručnjak za javno zdravstvo Goran Perić s Medicinskog fakulteta u Zagrebu upozorava da ista sudbina čeka desetke ambulanti. „Prosječna dob liječnika obiteljske medicine na selu je preko šezdeset godina. Za pet godina polovica ih odlazi u mirovinu“, rekao je Perić.
Mještani su skupili više od tisuću potpisa pod peticijom „Vratite nam doktora“, a na vratima ambulante netko je ostavio natpis „Zatvoreno do daljnjega“.
""".strip().split("\n"), quotes=[
("Natječaj smo raspisali tri puta. Nitko se nije javio, ni iz Hrvatske ni iz inozemstva", "Tomislav Babić", {"accept": []}),
("Autobus ide dvaput dnevno. Odem ujutro, vratim se navečer, i to sve zbog jednog papira", "Marija Babić", {"accept": []}),
("Doktorica je tri godine govorila da odlazi. Svi su znali, a nitko ništa nije napravio", "jedna medicinska sestra iz ambulante", {"unnamed": ["sestra"]}),
("Dajemo stan, plaćamo režije i dajemo jednokratnu pomoć. Više od toga mala općina ne može", "Ivica Matić", {}),
("u pripremi program poticaja za rad u ruralnim područjima", "Ministarstvo zdravstva", {"accept": ["Ministarstva zdravstva", "ministarstvo"]}),
("Ja nisam liječnica. Mogu izmjeriti tlak i reći im da idu na hitnu, ali ne mogu ih liječiti", "Ana Kovačević", {}),
("Prosječna dob liječnika obiteljske medicine na selu je preko šezdeset godina. Za pet godina polovica ih odlazi u mirovinu", "Goran Perić", {}),
("Vratite nam doktora", None, {}),
("Zatvoreno do daljnjega", None, {}),
]))

L24.append(dict(id="sl-koca-robanov-vrh", lang="sl", paras="""
Koča pod Robanovim vrhom letos ostaja zaprta, ker je presahnil izvir
ROBANOV KOT – Koča pod Robanovim vrhom, ena najbolj obiskanih planinskih postojank v Kamniško-Savinjskih Alpah, to poletje ne bo odprla vrat. Izvir, ki je koči več kot sto let dajal vodo, je po suhi zimi presahnil, planinsko društvo pa za novo zajetje nima denarja.
»Kočo vodim enaindvajset let in česa takega še nisem doživel. Brez vode ne moremo ne kuhati ne pomivati,« je povedal oskrbnik Marko Novak. Po njegovih besedah so lani vodo že dvakrat pripeljali s helikopterjem.
Predsednica planinskega društva Petra Novak, ki z oskrbnikom ni v sorodu, pravi, da bi novo zajetje stalo okoli 80 tisoč evrov. »Društvo ima tristo članov in nekaj tisoč evrov na računu. Sami tega ne zmoremo,« je dejala predsednica.
Član gorske reševalne službe, ki ni želel biti imenovan, opozarja, da bodo pohodniki zdaj ostajali brez zavetja. »Koča je bila tudi točka, kamor smo prinesli ponesrečene, preden je prišel helikopter. Zdaj bo tega konec,« je dejal.
Na Planinski zvezi Slovenije so sporočili, da »iščejo rešitev skupaj z lokalno skupnostjo in ministrstvom«.
Hidrologinja Tina Zupan z ljubljanske fakultete meni, da presahnjeni izvir ni naključje. »Snežna odeja je v zadnjih desetih letih v povprečju tanjša za tretjino. Visokogorski izviri so prvi, ki to občutijo,« je pojasnila. Po mnenju Zupanove bodo podobne težave kmalu imele še druge koče.
Jure Kranjc, ki s prijatelji vsako leto prehodi greben, je bil nad novico razočaran. »Brez koče bo tura dolga dvanajst ur. Marsikdo se je sploh ne bo več lotil,« je dejal Kranjc.
Župan občine Anton Vidmar obljublja pomoč. »Občina bo dala, kar lahko, a to ne bo dovolj. Brez države kočo izgubimo,« je poudaril župan.
Na spletu so planinci začeli zbirati denar pod geslom »Voda za kočo«, na vratih koče pa visi listek »Letos zaprto, se vidimo drugo leto«.
""".strip().split("\n"), quotes=[
("Kočo vodim enaindvajset let in česa takega še nisem doživel. Brez vode ne moremo ne kuhati ne pomivati,", "Marko Novak", {"accept": []}),
("Društvo ima tristo članov in nekaj tisoč evrov na računu. Sami tega ne zmoremo,", "Petra Novak", {"accept": []}),
("Koča je bila tudi točka, kamor smo prinesli ponesrečene, preden je prišel helikopter. Zdaj bo tega konec,", "član gorske reševalne službe", {"unnamed": ["član"]}),
("iščejo rešitev skupaj z lokalno skupnostjo in ministrstvom", "Planinska zveza Slovenije", {"accept": ["Planinski zvezi Slovenije", "zveza"]}),
("Snežna odeja je v zadnjih desetih letih v povprečju tanjša za tretjino. Visokogorski izviri so prvi, ki to občutijo,", "Tina Zupan", {"accept": ["Zupan", "Zupanove"]}),
("Brez koče bo tura dolga dvanajst ur. Marsikdo se je sploh ne bo več lotil,", "Jure Kranjc", {}),
("Občina bo dala, kar lahko, a to ne bo dovolj. Brez države kočo izgubimo,", "Anton Vidmar", {}),
("Voda za kočo", None, {}),
("Letos zaprto, se vidimo drugo leto", None, {}),
]))

L24.append(dict(id="lt-pieno-supirkimas-girele", lang="lt", paras="""
Pieno perdirbėjas nutraukia supirkimą Girelės seniūnijoje, smulkieji ūkininkai neturi kur dėti pieno
GIRELĖ – Pieno perdirbimo bendrovė „Baltasis slėnis“ nuo kito mėnesio nebesupirks pieno iš smulkių ūkių Girelės seniūnijoje. Apie šešiasdešimt ūkininkų, kurie laiko nuo trijų iki dvidešimties karvių, liks be vienintelio pirkėjo.
„Aš pieną vežu jau trisdešimt metų. Dabar man sako, kad mano dvylika karvių jiems per mažai“, sakė ūkininkas Vytautas Petraitis. Pasak Petraičio, jo ūkis be pieno pajamų neišsilaikys nė pusmečio.
Netoliese gyvenanti Rasa Petraitienė, kuri su juo nėra giminė, jau ieško pirkėjų savo karvėms. „Vaikai mieste, vyras serga. Vieni mes čia nebeišgalėsim“, teigė moteris.
Bendrovės direktorius Darius Jankauskas aiškina, kad sunkvežimio važinėjimas po mažus ūkius neapsimoka. „Mūsų sunkvežimis dėl dviejų šimtų litrų nuvažiuoja keturiasdešimt kilometrų. Tai kainuoja daugiau nei pats pienas“, sakė direktorius.
Bendrovė praėjusiais metais uždirbo beveik du milijonus eurų pelno, todėl ūkininkai tokiais paaiškinimais netiki. Anot jų, įmonė tiesiog nori dirbti tik su didžiaisiais ūkiais, kurie laiko šimtus karvių ir patys atveža pieną.
Vienas bendrovės vairuotojų, paprašęs neskelbti jo pavardės, pasakojo, kad sprendimas buvo priimtas dar vasarą. „Mums liepė nieko nesakyti ūkininkams iki rudens. Aš kasdien su jais kalbuosi ir tylėjau“, prisipažino jis.
Žemės ūkio ministerija pranešime nurodė, kad „smulkiesiems pieno gamintojams bus pasiūlyta kooperacijos parama“.
Seniūnė Aldona Kazlauskienė tikina, kad seniūnija bandys suburti ūkininkus į kooperatyvą. „Jei susivienys bent trisdešimt ūkių, galėsim patys vežti pieną į Panevėžį“, sakė seniūnė. Pirmasis susirinkimas numatytas kitą šeštadienį kultūros namuose.
Ekonomistas Tomas Žukauskas mano, kad smulkieji ūkiai Lietuvoje nyks ir toliau. „Per dešimt metų pieno ūkių skaičius sumažėjo perpus. Be bendros rinkodaros jie neišliks“, teigė jis. Žukausko teigimu, kooperatyvai Danijoje ir Suomijoje rodo, kad išeitis yra.
Ūkininkai jau surengė pirmą protestą, o prie seniūnijos pastato pakabino plakatą „Mūsų pienas – ne atliekos“.
""".strip().split("\n"), quotes=[
("Baltasis slėnis", None, {}),
("Aš pieną vežu jau trisdešimt metų. Dabar man sako, kad mano dvylika karvių jiems per mažai", "Vytautas Petraitis", {"accept": ["Petraitis", "Petraičio"]}),
("Vaikai mieste, vyras serga. Vieni mes čia nebeišgalėsim", "Rasa Petraitienė", {}),
("Mūsų sunkvežimis dėl dviejų šimtų litrų nuvažiuoja keturiasdešimt kilometrų. Tai kainuoja daugiau nei pats pienas", "Darius Jankauskas", {}),
("Mums liepė nieko nesakyti ūkininkams iki rudens. Aš kasdien su jais kalbuosi ir tylėjau", "vienas bendrovės vairuotojų", {"unnamed": ["vairuotojų", "vairuotojas"]}),
("smulkiesiems pieno gamintojams bus pasiūlyta kooperacijos parama", "Žemės ūkio ministerija", {"accept": ["ministerija"]}),
("Jei susivienys bent trisdešimt ūkių, galėsim patys vežti pieną į Panevėžį", "Aldona Kazlauskienė", {}),
("Per dešimt metų pieno ūkių skaičius sumažėjo perpus. Be bendros rinkodaros jie neišliks", "Tomas Žukauskas", {"accept": ["Žukauskas", "Žukausko"]}),
("Mūsų pienas – ne atliekos", None, {}),
]))

L24.append(dict(id="et-rongipeatus-kuusikula", lang="et", paras="""
Kuusiküla rongipeatus suletakse, reisijad peavad edaspidi bussiga sõitma
KUUSIKÜLA – Raudtee-ettevõte Põhjarong lõpetab märtsist rongide peatumise Kuusiküla peatuses, sest seal siseneb päevas keskmiselt vähem kui kümme reisijat. Küla on raudteega seotud olnud üle üheksakümne aasta. Lähim teine peatus asub Valgjärvel, kuhu on külast kaksteist kilomeetrit.
„Ma sõidan selle rongiga iga päev Tartusse tööle. Bussiga kulub mul igas suunas tund rohkem,“ ütles Kuusiküla elanik Kadri Tamm. Tamme sõnul on peatus paljudele külaelanikele ainus ühendus linnaga.
Tema naaber Jaan Tamm, kes ei ole Kadriga sugulane, on veelgi keerulisemas olukorras. „Mul pole autot ja bussipeatus on kolme kilomeetri kaugusel. Talvel ma sinna ei jõua,“ lausus 79-aastane mees.
Põhjaronga pressiesindaja Liis Mägi selgitas, et otsus tehti kõigi reisijate huvides. „Iga peatus pikendab sõiduaega. Kui peatus teenindab kümmet inimest, kannatavad sajad teised,“ sõnas Mägi.
Põhjarongi andmetel sõitis Kuusikülast eelmisel aastal rongile keskmiselt kaheksa inimest päevas, kümme aastat tagasi oli neid üle neljakümne. Rongid sõidavad edaspidi peatusest mööda ka nädalavahetustel, kui linnast tuleb külla suvitajaid ja matkajaid.
Vallavalitsuse ametnik, kes ei soovinud oma nime avaldada, ütles, et vald sai otsusest teada ajalehest. „Meiega ei konsulteeritud. Saime kirja nädal pärast seda, kui kõik oli juba otsustatud,“ ütles ta.
Transpordiamet teatas, et „asendusbussiliin avatakse enne rongipeatuse sulgemist“.
Vallavanem Peeter Kask lubab otsuse vaidlustada. „Me kirjutame ministrile ja kogume allkirju. Küla ilma ühistranspordita on surev küla,“ ütles vallavanem. Kase sõnul on vallal valmis ka plaan sõita Tallinnasse.
Transpordiuurija Marko Saar Tartu Ülikoolist leiab, et väikesed peatused on maapiirkondadele olulisemad, kui statistika näitab. „Kui peatus kaob, kaovad ka viimased noored pered. Raudtee on maapiirkonnale elutähtis,“ märkis ta.
Külaelanikud kogusid allkirju pöördumisele „Jätke meie peatus alles“, ja ooteplatvormile riputati silt „Siin peatus rong üheksakümmend aastat“.
""".strip().split("\n"), quotes=[
("Ma sõidan selle rongiga iga päev Tartusse tööle. Bussiga kulub mul igas suunas tund rohkem,", "Kadri Tamm", {"accept": []}),
("Mul pole autot ja bussipeatus on kolme kilomeetri kaugusel. Talvel ma sinna ei jõua,", "Jaan Tamm", {"accept": []}),
("Iga peatus pikendab sõiduaega. Kui peatus teenindab kümmet inimest, kannatavad sajad teised,", "Liis Mägi", {}),
("Meiega ei konsulteeritud. Saime kirja nädal pärast seda, kui kõik oli juba otsustatud,", "vallavalitsuse ametnik", {"unnamed": ["ametnik"]}),
("asendusbussiliin avatakse enne rongipeatuse sulgemist", "Transpordiamet", {}),
("Me kirjutame ministrile ja kogume allkirju. Küla ilma ühistranspordita on surev küla,", "Peeter Kask", {"accept": ["Kask", "Kase"]}),
("Kui peatus kaob, kaovad ka viimased noored pered. Raudtee on maapiirkonnale elutähtis,", "Marko Saar", {}),
("Jätke meie peatus alles", None, {}),
("Siin peatus rong üheksakümmend aastat", None, {}),
]))

L24.append(dict(id="de-at-kirchenwirt-oberkirchbach", lang="de", paras="""
Letztes Wirtshaus in Oberkirchbach sperrt zu – Gemeinde sucht einen Pächter
OBERKIRCHBACH – Nach 140 Jahren sperrt der „Kirchenwirt“ in Oberkirchbach im Mühlviertel mit Ende Jänner zu. Das Gasthaus ist das letzte im Ort; seit dem Sommer hat die Wirtsfamilie vergeblich einen Nachfolger gesucht.
„Mein Urgroßvater hat hier schon ausgeschenkt. Aber mit 68 Jahren und ohne Personal geht es einfach nicht mehr“, sagt Wirt Franz Gruber. Die Kinder hätten andere Berufe ergriffen, und einen Koch finde man am Land kaum noch, erzählt er.
Maria Gruber, Obfrau des örtlichen Seniorenbunds und mit dem Wirt nicht verwandt, weiß nicht, wohin mit ihrer Runde. „Jeden Donnerstag haben wir uns hier zum Kartenspielen getroffen. Wo sollen wir denn jetzt hin, ins Feuerwehrhaus?“, fragt die 74-Jährige.
Bürgermeister Johann Leitner will, dass die Gemeinde das Haus übernimmt. „Ein Dorf ohne Wirtshaus ist kein Dorf. Wir prüfen, ob die Gemeinde kaufen und dann verpachten kann“, so Leitner.
Ein Gemeinderat, der namentlich nicht genannt werden will, ist skeptisch: „Wir haben nicht einmal Geld für das Dach der Volksschule. Woher sollen die 800.000 Euro kommen?“
Die Wirtschaftskammer teilte auf Anfrage mit, dass „im ländlichen Raum jedes Jahr rund sechzig Gasthäuser schließen“.
Tourismusforscherin Sabine Hofer von der Universität Innsbruck sieht ein strukturelles Problem. „Die Wirtshäuser sterben nicht, weil niemand hingeht. Sie sterben, weil niemand mehr in der Küche stehen will“, erklärt die Forscherin. Laut Hofer hilft nur eine bessere Bezahlung in der Gastronomie.
Die Kellnerin Christina Huber arbeitet seit 22 Jahren beim Kirchenwirt. „Ich hab' hier meinen Mann kennengelernt und meine Hochzeit gefeiert. Das tut schon weh“, sagt sie. Einen neuen Job hat sie bereits in der Bezirkshauptstadt gefunden.
Im Ort kursiert eine Unterschriftenliste unter dem Motto „Rettet den Kirchenwirt“, und über dem Stammtisch hängt ein Zettel: „Letzte Runde am 31. Jänner“.
""".strip().split("\n"), quotes=[
("Kirchenwirt", None, {}),
("Mein Urgroßvater hat hier schon ausgeschenkt. Aber mit 68 Jahren und ohne Personal geht es einfach nicht mehr", "Franz Gruber", {"accept": []}),
("Jeden Donnerstag haben wir uns hier zum Kartenspielen getroffen. Wo sollen wir denn jetzt hin, ins Feuerwehrhaus?", "Maria Gruber", {"accept": []}),
("Ein Dorf ohne Wirtshaus ist kein Dorf. Wir prüfen, ob die Gemeinde kaufen und dann verpachten kann", "Johann Leitner", {}),
("Wir haben nicht einmal Geld für das Dach der Volksschule. Woher sollen die 800.000 Euro kommen?", "ein Gemeinderat", {"unnamed": ["Gemeinderat"]}),
("im ländlichen Raum jedes Jahr rund sechzig Gasthäuser schließen", "die Wirtschaftskammer", {"accept": ["Wirtschaftskammer"]}),
("Die Wirtshäuser sterben nicht, weil niemand hingeht. Sie sterben, weil niemand mehr in der Küche stehen will", "Sabine Hofer", {}),
("Ich hab' hier meinen Mann kennengelernt und meine Hochzeit gefeiert. Das tut schon weh", "Christina Huber", {}),
("Rettet den Kirchenwirt", None, {}),
("Letzte Runde am 31. Jänner", None, {}),
]))

L24.append(dict(id="fr-ca-arena-saint-eloi-des-pins", lang="fr", paras="""
L'aréna de Saint-Éloi-des-Pins fermé pour l'hiver, le hockey mineur en exil
SAINT-ÉLOI-DES-PINS – L'aréna municipal de Saint-Éloi-des-Pins restera fermé tout l'hiver après une fuite d'ammoniac dans son système de réfrigération, vieux de 45 ans. Quelque 180 jeunes du hockey mineur et du patinage artistique devront s'entraîner à Lac-Brûlé, à 35 kilomètres.
« On a colmaté le système trois fois depuis l'an passé. Cette fois-ci, les ingénieurs nous ont dit que c'était fini », a affirmé le maire, Réjean Gagnon. Selon lui, le remplacement coûterait près de quatre millions de dollars.
Sylvie Gagnon, présidente de l'association de hockey mineur et sans lien de parenté avec le maire, s'inquiète pour les familles. « Les parents travaillent. Faire soixante-dix kilomètres aller-retour trois soirs par semaine, c'est pas tout le monde qui peut », déplore-t-elle.
Un employé municipal, qui a requis l'anonymat, soutient que les problèmes étaient connus. « Ça fait cinq ans qu'on met des plasters. Tout le monde savait que le compresseur allait lâcher », a-t-il confié.
Le ministère de l'Éducation a indiqué par courriel que « le programme de soutien aux infrastructures sportives est ouvert aux municipalités jusqu'au 15 mars ».
Le propriétaire du dépanneur d'en face, Luc Tremblay, voit déjà la différence dans sa caisse. « Les fins de semaine de tournoi, je vendais trois cents cafés. Là, c'est mort », raconte-t-il.
Pour l'ingénieure Karine Bouchard, spécialiste des systèmes de réfrigération, Saint-Éloi n'est pas un cas isolé. « Des dizaines d'arénas au Québec ont été construits dans les années 1970. Ils arrivent tous en fin de vie en même temps », explique-t-elle. D'après Mme Bouchard, les municipalités devront choisir lesquels reconstruire.
Gardien de but chez les pee-wee, Marc-Antoine Pelletier, 12 ans, prendra l'autobus avec son équipe. « Moi, je veux juste jouer. Même si c'est loin », dit le garçon.
Les parents ont lancé une pétition intitulée « Sauvons notre aréna », et une affiche sur la porte annonce « Fermé jusqu'à nouvel ordre ».
""".strip().split("\n"), quotes=[
("On a colmaté le système trois fois depuis l'an passé. Cette fois-ci, les ingénieurs nous ont dit que c'était fini", "Réjean Gagnon", {"accept": []}),
("Les parents travaillent. Faire soixante-dix kilomètres aller-retour trois soirs par semaine, c'est pas tout le monde qui peut", "Sylvie Gagnon", {"accept": []}),
("Ça fait cinq ans qu'on met des plasters. Tout le monde savait que le compresseur allait lâcher", "un employé municipal", {"unnamed": ["employé"]}),
("le programme de soutien aux infrastructures sportives est ouvert aux municipalités jusqu'au 15 mars", "le ministère de l'Éducation", {"accept": ["ministère de l'Éducation", "ministère"]}),
("Les fins de semaine de tournoi, je vendais trois cents cafés. Là, c'est mort", "Luc Tremblay", {}),
("Des dizaines d'arénas au Québec ont été construits dans les années 1970. Ils arrivent tous en fin de vie en même temps", "Karine Bouchard", {}),
("Moi, je veux juste jouer. Même si c'est loin", "Marc-Antoine Pelletier", {}),
("Sauvons notre aréna", None, {}),
("Fermé jusqu'à nouvel ordre", None, {}),
]))

L24.append(dict(id="es-mx-incendio-mercado-tepetlan", lang="es", paras="""
Incendio consume el mercado municipal de San Lázaro Tepetlán; 200 locatarios pierden sus puestos
SAN LÁZARO TEPETLÁN, Pue.– Un incendio que comenzó la madrugada del lunes consumió casi por completo el mercado municipal Cinco de Mayo de San Lázaro Tepetlán. Cerca de 200 locatarios perdieron sus puestos y su mercancía a tres semanas de la temporada decembrina.
“Llevo 31 años vendiendo chiles secos aquí. Mi mamá tuvo este puesto antes que yo, y en una noche se acabó todo”, dijo entre lágrimas Guadalupe Hernández, locataria de la nave principal.
Su vecino de pasillo, Martín Hernández, quien no es su familiar, tampoco sabe cómo empezar de nuevo. “Ni seguro teníamos. ¿Quién le asegura un puesto de mercado a uno?”, cuestionó el comerciante.
El presidente municipal, Arturo Mendoza Ríos, anunció que habilitará una plaza provisional. “En diez días vamos a tener a los locatarios trabajando en la explanada, con lonas y luz”, aseguró el edil. De acuerdo con Mendoza Ríos, el ayuntamiento pedirá recursos al gobierno estatal para reconstruir el inmueble.
Un elemento de Protección Civil, que pidió omitir su nombre, señaló que el mercado no contaba con extintores vigentes. “Se les había notificado desde el año pasado. Las instalaciones eléctricas eran un peligro”, refirió.
La Fiscalía del estado informó en un comunicado que “se abrió una carpeta de investigación para determinar las causas del siniestro”.
Según la líder de los locatarios, Rocío Vázquez, muchos comerciantes habían pedido créditos para surtirse antes de diciembre. “La gente compró mercancía para la temporada. Ahora deben el dinero y no tienen ni puesto ni mercancía”, explicó.
El especialista en protección civil Héctor Salgado Ortiz, académico de la universidad estatal, considera que el caso no es aislado. “La mayoría de los mercados municipales del país tienen más de cuarenta años y nunca se les cambió el cableado”, advirtió.
Vecinos organizaron una colecta bajo el lema “Todos somos el mercado”, y en la reja quemada alguien colgó una cartulina que dice “Aquí seguimos”.
""".strip().split("\n"), quotes=[
("Llevo 31 años vendiendo chiles secos aquí. Mi mamá tuvo este puesto antes que yo, y en una noche se acabó todo", "Guadalupe Hernández", {"accept": []}),
("Ni seguro teníamos. ¿Quién le asegura un puesto de mercado a uno?", "Martín Hernández", {"accept": []}),
("En diez días vamos a tener a los locatarios trabajando en la explanada, con lonas y luz", "Arturo Mendoza Ríos", {"accept": ["Mendoza Ríos", "Mendoza"]}),
("Se les había notificado desde el año pasado. Las instalaciones eléctricas eran un peligro", "un elemento de Protección Civil", {"unnamed": ["elemento"]}),
("se abrió una carpeta de investigación para determinar las causas del siniestro", "la Fiscalía del estado", {"accept": ["Fiscalía del estado", "Fiscalía"]}),
("La gente compró mercancía para la temporada. Ahora deben el dinero y no tienen ni puesto ni mercancía", "Rocío Vázquez", {}),
("La mayoría de los mercados municipales del país tienen más de cuarenta años y nunca se les cambió el cableado", "Héctor Salgado Ortiz", {"accept": ["Salgado Ortiz", "Salgado"]}),
("Todos somos el mercado", None, {}),
("Aquí seguimos", None, {}),
]))

L24.append(dict(id="nl-be-chirolokaal-sint-rembert", lang="nl", paras="""
Chiro Sint-Rembert verliest lokaal bij brand, 140 kinderen zoeken onderdak
SINT-REMBERT – Het lokaal van Chiro Sint-Rembert is in de nacht van zaterdag op zondag volledig uitgebrand. Niemand raakte gewond, maar de 140 leden zitten zonder onderdak. De brandweer vermoedt een kortsluiting in de keuken.
‘Alles is weg: de tenten, het kampmateriaal, de vlaggen van zestig jaar Chiro. Er staat alleen nog een muur’, zegt hoofdleider Pieter Claes. De hoofdleider weet nog niet of het zomerkamp kan doorgaan.
Lien Claes, die geen familie is van Pieter, is mama van drie leden. ‘Mijn kinderen hebben zondag de hele dag gehuild. Voor hen was dat lokaal een tweede thuis’, vertelt ze.
Een buurman die niet met naam in de krant wil, zag de vlammen als eerste. ‘Om drie uur hoorde ik een knal. Toen ik buitenkwam, stond het dak al in lichterlaaie’, zegt hij.
Burgemeester Hilde Peeters belooft snel een noodoplossing. ‘De gemeente stelt vanaf volgende week de oude jongensschool ter beschikking. De Chiro hoort bij dit dorp’, aldus Peeters. Volgens de burgemeester kan de gemeente ook helpen bij de heropbouw.
Het provinciebestuur laat weten dat ‘er een noodfonds voor jeugdlokalen bestaat waarop de Chiro een beroep kan doen’.
Brandweerofficier Koen Maes leidde de bluswerken. ‘Het is een oud houten gebouw met veel brandbaar materiaal binnen. Daar was niets meer aan te redden’, legt Maes uit.
Jeugdwerkexperte An Wouters wijst erop dat het probleem groter is dan één dorp. ‘Veel jeugdlokalen in Vlaanderen zijn oude barakken zonder branddetectie. Dit kan morgen overal gebeuren’, waarschuwt ze.
Oud-leden startten een inzamelactie onder de slogan ‘Samen bouwen we terug’, en aan het hek hangt een spandoek met ‘Chiro leeft’.
""".strip().split("\n"), quotes=[
("Alles is weg: de tenten, het kampmateriaal, de vlaggen van zestig jaar Chiro. Er staat alleen nog een muur", "Pieter Claes", {"accept": []}),
("Mijn kinderen hebben zondag de hele dag gehuild. Voor hen was dat lokaal een tweede thuis", "Lien Claes", {"accept": []}),
("Om drie uur hoorde ik een knal. Toen ik buitenkwam, stond het dak al in lichterlaaie", "een buurman", {"unnamed": ["buurman"]}),
("De gemeente stelt vanaf volgende week de oude jongensschool ter beschikking. De Chiro hoort bij dit dorp", "Hilde Peeters", {}),
("er een noodfonds voor jeugdlokalen bestaat waarop de Chiro een beroep kan doen", "het provinciebestuur", {"accept": ["provinciebestuur"]}),
("Het is een oud houten gebouw met veel brandbaar materiaal binnen. Daar was niets meer aan te redden", "Koen Maes", {}),
("Veel jeugdlokalen in Vlaanderen zijn oude barakken zonder branddetectie. Dit kan morgen overal gebeuren", "An Wouters", {}),
("Samen bouwen we terug", None, {}),
("Chiro leeft", None, {}),
]))

L24.append(dict(id="pl-prom-wierzbno", lang="pl", paras="""
Prom w Wierzbnie nie kursuje od miesiąca, mieszkańcy nadkładają sześćdziesiąt kilometrów
WIERZBNO – Prom łączący dwa brzegi Wisły w Wierzbnie stoi od miesiąca przy przystani, bo powiat nie znalazł przewoźnika na nowy sezon. Dla kilkuset mieszkańców okolicznych wsi najbliższy most jest teraz trzydzieści kilometrów dalej.
„Przez rzekę mam do pracy dwa kilometry. Teraz jeżdżę przez most i to jest trzydzieści kilometrów w jedną stronę” – mówi Krzysztof Wójcik, który pracuje w tartaku po drugiej stronie Wisły.
Anna Wójcik, niespokrewniona z Krzysztofem, prowadzi sklep przy przystani. „Latem połowa moich klientów przyjeżdżała promem. Od czerwca utarg spadł mi o połowę” – skarży się kobieta.
Starosta Andrzej Kamiński tłumaczy, że powiat zrobił, co mógł. „Ogłaszaliśmy przetarg dwa razy. Nikt się nie zgłosił, bo za te pieniądze nikt nie chce ryzykować” – powiedział starosta. Według Kamińskiego trzeci przetarg zostanie ogłoszony jeszcze w tym miesiącu.
Były przewoźnik, który prosił o anonimowość, twierdzi, że stawki powiatu były za niskie. „Powiat płacił mniej, niż kosztowało paliwo i ubezpieczenie. Dokładałem do interesu przez trzy lata” – mówi.
W komunikacie urzędu wojewódzkiego czytamy, że „przeprawa promowa nie kwalifikuje się do dofinansowania z programu drogowego”.
Dr Ewa Zielińska, która bada transport na terenach wiejskich, zwraca uwagę, że to nie jest odosobniony przypadek. „Przeprawy promowe na Wiśle znikają jedna po drugiej. Dla wsi między mostami to często jedyne połączenie ze światem” – podkreśla ekspertka.
Sołtys Wierzbna Stanisław Nowak nie zamierza czekać. „Zbieramy podpisy i pojedziemy do Warszawy, jeśli trzeba. Bez promu ta wieś umrze” – zapowiada sołtys. Jak dodaje, pod petycją podpisało się już ponad czterysta osób.
Mieszkańcy protestują pod hasłem „Oddajcie nam prom”, a na przystani ktoś przybił tabliczkę „Prom nieczynny do odwołania”.
""".strip().split("\n"), quotes=[
("Przez rzekę mam do pracy dwa kilometry. Teraz jeżdżę przez most i to jest trzydzieści kilometrów w jedną stronę", "Krzysztof Wójcik", {"accept": []}),
("Latem połowa moich klientów przyjeżdżała promem. Od czerwca utarg spadł mi o połowę", "Anna Wójcik", {"accept": []}),
("Ogłaszaliśmy przetarg dwa razy. Nikt się nie zgłosił, bo za te pieniądze nikt nie chce ryzykować", "Andrzej Kamiński", {"accept": ["Kamiński", "Kamińskiego"]}),
("Powiat płacił mniej, niż kosztowało paliwo i ubezpieczenie. Dokładałem do interesu przez trzy lata", "były przewoźnik", {"unnamed": ["przewoźnik"]}),
("przeprawa promowa nie kwalifikuje się do dofinansowania z programu drogowego", "urząd wojewódzki", {"accept": ["urzędu wojewódzkiego", "urząd"]}),
("Przeprawy promowe na Wiśle znikają jedna po drugiej. Dla wsi między mostami to często jedyne połączenie ze światem", "Ewa Zielińska", {}),
("Zbieramy podpisy i pojedziemy do Warszawy, jeśli trzeba. Bez promu ta wieś umrze", "Stanisław Nowak", {}),
("Oddajcie nam prom", None, {}),
("Prom nieczynny do odwołania", None, {}),
]))

L24.append(dict(id="sv-sista-macken-norrasen", lang="sv", paras="""
Sista macken i Norråsen stänger – närmaste tankställe blir sju mil bort
NORRÅSEN – Vid årsskiftet stänger bensinstationen i Norråsen, den enda inom sju mil. Ägaren har inte råd att byta ut de gamla cisternerna enligt de nya miljökraven, och ingen köpare har hört av sig.
”Jag har stått här i 27 år. Cisternerna kostar en miljon att byta, och det tjänar jag inte in på tio år”, säger ägaren Lars Eriksson.
Karin Eriksson, som inte är släkt med Lars, kör hemtjänst i byarna runt Norråsen. ”Vi kör tjugo mil om dagen. Ska vi köra sju mil extra för att tanka blir det ingen tid över till de gamla”, säger hon.
En anställd på kommunen, som vill vara anonym, säger att frågan har varit känd länge. ”Alla visste att det här skulle hända. Det har legat i en byrålåda i tre år”, säger personen.
Kommunalrådet Anders Holmgren vill hitta en lösning före nyår. ”Vi tittar på om kommunen kan gå in med stöd. Men vi kan inte själva driva en mack”, säger Holmgren. Enligt honom ska frågan upp i kommunstyrelsen i januari.
Länsstyrelsen skriver i ett pressmeddelande att ”det finns ett särskilt stöd för drivmedelsstationer i glesbygd som kan sökas till och med den 31 mars”.
Glesbygdsforskaren Maria Sundberg menar att en nedlagd mack slår hårdare än många tror. ”Macken är ofta mer än en mack. Det är kiosk, post och mötesplats. När den försvinner tappar byn sin mittpunkt”, förklarar hon.
Pensionären Olle Nyström tankar sin gamla Volvo en sista gång innan han åker hem. ”Jag är 81 år. Sju mil till en mack, det är inte att tänka på en vinterdag”, konstaterar han.
Byborna har startat en namninsamling under parollen ”Rädda macken”, och på pumpen sitter en lapp: ”Tack för alla år”.
""".strip().split("\n"), quotes=[
("Jag har stått här i 27 år. Cisternerna kostar en miljon att byta, och det tjänar jag inte in på tio år", "Lars Eriksson", {"accept": []}),
("Vi kör tjugo mil om dagen. Ska vi köra sju mil extra för att tanka blir det ingen tid över till de gamla", "Karin Eriksson", {"accept": []}),
("Alla visste att det här skulle hända. Det har legat i en byrålåda i tre år", "en anställd på kommunen", {"unnamed": ["anställd"]}),
("Vi tittar på om kommunen kan gå in med stöd. Men vi kan inte själva driva en mack", "Anders Holmgren", {}),
("det finns ett särskilt stöd för drivmedelsstationer i glesbygd som kan sökas till och med den 31 mars", "Länsstyrelsen", {}),
("Macken är ofta mer än en mack. Det är kiosk, post och mötesplats. När den försvinner tappar byn sin mittpunkt", "Maria Sundberg", {}),
("Jag är 81 år. Sju mil till en mack, det är inte att tänka på en vinterdag", "Olle Nyström", {}),
("Rädda macken", None, {}),
("Tack för alla år", None, {}),
]))


out = {"about": ("Short news articles written by hand in eight languages (German, French, Spanish, Italian, "
                 "Portuguese, Russian, Czech, Dutch; batches 1 to 3) and in Chinese and Japanese (batch 4), "
                 "then all ten again (batch 5), then six of them again (batch 6, German, French, Spanish, Italian, Portuguese, Russian), "
                 "then the eight again (batch 7), then the eight again (batch 8), then eight in Polish, Swedish, Turkish, German, French, Spanish, Italian and Russian (batch 9), "
                 "then eight in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish (batch 10, a read batch), "
                 "then the same eight again (batch 11, measured, by a helper who writes no rules), "
                 "then eight in Russian, Ukrainian, Czech, Turkish, Romanian, Danish, Norwegian and Catalan (batch 12, a read batch), "
                 "then the same eight again (batch 13, measured, by a helper who writes no rules), "
                 "then eight in Portuguese, French, Catalan, Chinese (traditional), Norwegian, Romanian, Ukrainian and Spanish (batch 14, a read batch) "
                 "then eight in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish (batch 15, measured, by a helper who writes no rules) "
                 "then the same eight again (batch 16, measured, by a helper who writes no rules) "
                 "then the same eight again (batch 17, measured, by a helper who writes no rules) "
                 "then ten in Russian, Ukrainian, Czech, Turkish, Romanian, Catalan, Danish, Norwegian, Chinese and Japanese (batch 18, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Greek and Hungarian (batch 19, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in German, Italian, Romanian, Danish, Finnish, Turkish, Croatian, Slovak, Catalan and Norwegian (batch 20, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in Bulgarian, Serbian (Latin script), Slovenian, Lithuanian, Estonian, Galician, French, Spanish, Polish and Swedish (batch 21, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in Latvian, Icelandic, Greek, Ukrainian, German, Italian, Dutch, Danish, Romanian and European Portuguese (batch 22, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in Serbian (Cyrillic), Macedonian, Hungarian, Albanian, Slovak, Finnish, Swiss German, Belgian French, Brazilian Portuguese and Russian (batch 23, by a helper who writes no rules: measured at one release, then a read batch) "
                 "then ten in Croatian, Slovenian, Lithuanian, Estonian, Austrian German, Québec French, Mexican Spanish, Flemish Dutch, Polish and Swedish (batch 24, by a helper who writes no rules: measured) "
                 "in each language's press style, every person in them "
                 "invented; each quotation labelled with its speaker by the writer before the engine ran on "
                 "them. Same fields and rules as gold.json. Only measured: its misses are never listed. "
                 "See README.md."), "articles": []}

# batch 2 was measured once (21 right, 4 wrong, 5 none of 30) and then spent to be read: its wrong
# credits were read to find their causes ("read"); batch 6 after it, and batch 7 (measured at two
# releases, last 34 right, 4 wrong, 10 none of 48) after that; the measured part is batches 1, 3, 4, 5
# and 8 (and 9); batch 10 was written as a read batch from the start (session 21): measured once when
# committed, then read; batch 11 (session 22) is measured; batch 12 (session 22) a read batch like 10
# batch 13 (session 23) is measured; batch 14 (session 23) a read batch like 10 and 12
# batch 15 (session 24) is measured
# batch 16 (session 25) is measured
# batch 17 (session 26) is measured
# batch 18 (session 27) was measured at one release (44 right, 6 wrong, 19 none of 69, unchanged by
# that release's rules) and then spent to be read (session 28)
# batch 19 (session 28) was measured at one release (47 right, 10 wrong, 35 none of 92 on the code
# before it, 48 / 10 / 34 after its rules) and then spent to be read (session 29)
# batch 20 (session 29) was measured at one release (32 right, 5 wrong, 30 none of 67 before and after its
# rules) and then spent to be read (session 30)
# batch 21 (session 30) was measured at one release (17 right, 0 wrong, 45 none of 62 on the code before
# it, 22 / 0 / 40 after its rules) and then spent to be read (session 31)
# batch 22 (session 31) was measured at one release (48 right, 3 wrong, 23 none of 74 on the code before
# it, 52 / 3 / 19 after its rules) and then spent to be read (session 32)
# batch 23 (session 32) was measured at one release (37 right, 5 wrong, 29 none of 71 on the code before
# it, 39 / 4 / 28 after its rules) and then spent to be read (session 33)
# batch 24 (session 33) is measured
for order, a in enumerate([*(dict(x, batch=1) for x in A), *(dict(x, batch=2, read=True) for x in B2),
                                 *(dict(x, batch=3) for x in B3), *(dict(x, batch=4) for x in B4),
                                 *(dict(x, batch=5) for x in B5), *(dict(x, batch=6, read=True) for x in B6),
                                 *(dict(x, batch=7, read=True) for x in B7), *(dict(x, batch=8) for x in B8),
                                 *(dict(x, batch=9) for x in B9), *(dict(x, batch=10, read=True) for x in B10),
                                 *(dict(x, batch=11) for x in B11),
                                 *(dict(x, batch=12, read=True) for x in B12),
                                 *(dict(x, batch=13) for x in B13),
                                 *(dict(x, batch=14, read=True) for x in B14),
                                 *(dict(x, batch=15) for x in B15),
                                 *(dict(x, batch=16) for x in B16),
                                 *(dict(x, batch=17) for x in B17),
                                 *(dict(x, batch=18, read=True) for x in B18),
                                 *(dict(x, batch=19, read=True) for x in L19),
                                 *(dict(x, batch=20, read=True) for x in L20),
                                 *(dict(x, batch=21, read=True) for x in L21),
                                 *(dict(x, batch=22, read=True) for x in L22),
                                 *(dict(x, batch=23, read=True) for x in L23),
                                 *(dict(x, batch=24) for x in L24)]):
    text = "\n".join(a["paras"])
    quotes = placed_quotes(a["id"], text, a["quotes"])
    out["articles"].append({"id": a["id"], "corpus": "written", "lang": a["lang"], "batch": a["batch"], "order": order,
                            **({"read": True} if a.get("read") else {}), "text": text, "quotes": quotes})
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_languages.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes", sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
