"""Build benchmarks/data/speakers/english_tune.json: short English news articles written by hand for
this project, in the registers and house styles real news uses and the other English sets hold too
few of: wire copy (AP and Reuters: "said X, a spokesman for Y", "told Reuters"), quotations running
over several paragraphs with the attribution in the first or the last, "X told reporters / the
paper / CNN", interviews and press conferences (questions and answers), sport ("the manager said
after the game"), courts ("the judge wrote", "prosecutors said in a filing"), British style ("Mr
Smith said", single quotation marks, curly and straight), descriptions before the name ("Veteran
senator Jane Roe"), a speaker named only by role after the first mention ("the mayor"), and
quotations that mislead: a name inside the quotation, two men in one paragraph, a quotation in a
headline, a paraphrase with no quotation marks, titles and slogans nobody speaks. Every person,
firm, club and place is invented. Each quotation was labelled while writing, before the engine ran
on the articles.

Markup as in sources/marked.py: ``{{LABEL|words}}`` inside the page's own quotation marks; LABEL is
the speaker as the article states it (``Name/Other name`` adds the names the article also uses),
``-`` when nobody is said to speak the words, ``~description:head,head`` for an unnamed source, and
a leading ``!`` marks an implied quotation (a headline repeating words of the body). A quotation
running over paragraphs is marked paragraph by paragraph.

    python3 benchmarks/data/speakers/sources/english_tune.py   # rewrites ../english_tune.json
"""

from __future__ import annotations

from pathlib import Path

from marked import build_article, write_set

OUT = Path(__file__).resolve().parent.parent / "english_tune.json"

ARTICLES: list[tuple[str, str, str]] = []  # (id, batch, marked text)


def article(ident: str, batch: str, text: str) -> None:
    ARTICLES.append((ident, batch, text.strip()))


# --- batch 1: written before any rule was changed against it ---------------------------------------

article("wire-plant-fire", "wire", """
Plastics plant fire forces evacuation of 2,000 residents

MARLOW FALLS, Ohio (AP) — A fire at a plastics plant forced the evacuation of about 2,000 residents on Tuesday, officials said.

"{{Dan Kessler|We are asking everyone within a mile of the plant to leave now}}," said Dan Kessler, a spokesman for the Marlow Falls Fire Department.

The blaze started shortly after 6 a.m. in a storage building, according to Kessler. No injuries were reported.

"{{Dan Kessler|The smoke is the main concern right now}}," Kessler said. "{{Dan Kessler|We don't know yet what was burning.}}"

Gov. Martha Delaney said in a statement that state environmental crews were testing the air. "{{Martha Delaney|Our first priority is the safety of the people of Marlow Falls}}," the statement said.

Resident Carol Pinske, 71, said she grabbed her cat and her medication. "{{Carol Pinske|I could see the flames from my kitchen window}}," she said.

The plant's owner, Tri-County Polymers, did not respond to a request for comment. The company's website describes the site as a "{{-|state-of-the-art facility}}."
""")

article("wire-shipping-jobs", "wire", """
Shipping group Nordvik to cut 1,200 jobs as freight rates slump

OSLO, March 3 (Reuters) - Norwegian shipping group Nordvik Lines will cut 1,200 jobs, about a tenth of its workforce, the company said on Thursday, as falling freight rates hit earnings.

"{{Henrik Solberg|The market has turned faster than any of us expected}}," Chief Executive Henrik Solberg told Reuters in an interview.

Solberg said the cuts would fall mainly on office staff in Oslo and Rotterdam. "{{Henrik Solberg|We will keep every ship sailing}}," he said.

"{{Ingrid Haug|Investors had been waiting for this}}," said Ingrid Haug, a shipping analyst at Fjord Securities. "{{Ingrid Haug|The question is whether it is enough.}}"

A union official, who declined to be named because talks were continuing, said the cuts were "{{~A union official:official|a betrayal}}" of promises made last year.

Nordvik shares fell 4.2% in Oslo trading.
""")

article("feature-headteacher", "long-quotes", """
Retiring headteacher looks back on 30 years at Hollins Park

After three decades at Hollins Park Primary, headteacher Margaret Ashdown retires this week. She spoke to the Gazette about what has changed.

"{{Margaret Ashdown|When I started, we had one computer for the whole school and it lived on a trolley,}}" Mrs Ashdown said.

"{{Margaret Ashdown|Now every child has a tablet, and I am not sure that has all been for the good. Children read less than they did, and they are tired in the mornings.}}

"{{Margaret Ashdown|But they are kinder to each other. Bullying was simply accepted when I began. Nobody accepts it now.}}

"{{Margaret Ashdown|What I will miss most is the noise of the playground at quarter past ten.}}"

Parents have organised a farewell picnic on the school field on Saturday.

"{{Tom Hartley|She has taught half this town to read.}}

"{{Tom Hartley|Parents who were her pupils now bring their own children to the gate, and she knows all their names,}}" said Tom Hartley, the deputy head who will succeed her in September.
""")

article("politics-senator-bill", "told", """
Senator says she will not back spending bill

WASHINGTON — Veteran senator Joan Whitacre said on Sunday she would vote against the spending bill in its current form, dealing a blow to party leaders.

"{{Joan Whitacre|I cannot support a bill that cuts rural hospitals}}," Whitacre told CNN's "{{-|State of the Union}}."

Asked whether she had spoken with the White House, she said: "{{Joan Whitacre|They know where I stand.}}"

Majority Leader Carl Brandt told reporters on Monday that he still expected the bill to pass. "{{Carl Brandt|We have the votes, and we will have them on Thursday}}," Brandt said.

A senior aide to Whitacre told the Post that the senator had "{{~A senior aide to Whitacre:aide|no intention of bluffing}}."
""")

article("interview-chef", "interview", """
Q&A: The chef who wants to get rid of the tasting menu

Nadia Okafor runs Ember, a 30-seat restaurant in Leeds. We asked her about prices, critics and why she has dropped the tasting menu.

Why get rid of the tasting menu?

"{{Nadia Okafor|People want to choose what they eat}}," Okafor says. "{{Nadia Okafor|A twelve-course menu is a performance for the chef, not dinner for the guest.}}"

Aren't you worried about the critics?

"{{Nadia Okafor|Not really.}}" She laughs. "{{Nadia Okafor|One critic called us a canteen with ambitions. I took it as a compliment.}}"

What changed for your cooks?

"{{Nadia Okafor|The kitchen was burning out. Four of my cooks quit in one summer, and I understood why.}}"

Her business partner, Sam Achebe, who runs the front of house, puts it more bluntly. "{{Sam Achebe|Nobody wants to sit still for four hours any more}}," he says.
""")

article("sport-rovers-city", "sport", """
Rovers hold on for narrow win over ten-man City

Harbour Rovers moved into the play-off places with a 2-1 win over Castleford City on Saturday, despite finishing with ten men.

"{{Gary Lindqvist|We made it hard for ourselves}}," the Rovers manager, Gary Lindqvist, said after the game. "{{Gary Lindqvist|At 2-0 we should have killed it, and then the red card changed everything.}}"

Defender Kofi Mensah was sent off in the 71st minute for a second booking. Lindqvist said the decision was "{{Gary Lindqvist|soft}}" but refused to blame the referee.

City's coach, Dean Farrow, was less restrained. "{{Dean Farrow|I've watched it four times and it's a penalty every time}}," Farrow said of a late challenge on his striker. "{{Dean Farrow|Their keeper takes the man, not the ball.}}"

"{{Dean Farrow|We go again on Tuesday}}," the coach said after the game.

Striker Leon Abara, who scored both Rovers goals, said the dressing room was "{{Leon Abara|buzzing}}". "{{Leon Abara|The gaffer told us at half-time to keep it simple, and we did}}," he said.
""")

article("court-developer-inquiry", "court", """
Judge rejects developer's bid to halt permit inquiry

A federal judge on Wednesday rejected a request by developer Raymond Costa to halt a state inquiry into his company's building permits.

In a 14-page ruling, U.S. District Judge Elena Marsh wrote that Costa had "{{Elena Marsh|failed to show any likelihood of success}}" on his claims. "{{Elena Marsh|The public interest plainly favors allowing the inquiry to proceed}}," the judge wrote.

Prosecutors said in a filing last month that Costa's company had paid "{{~Prosecutors:prosecutor|tens of thousands of dollars}}" to a permit official.

Costa's attorney, Linda Feld, said her client would appeal. "{{Linda Feld|Mr. Costa has done nothing wrong, and we are confident the appeals court will see that}}," Feld said in an email.

The permit official, Walter Greer, has pleaded not guilty. His lawyer did not return a call seeking comment.

At a hearing in May, Marsh asked Feld: "{{Elena Marsh|What harm does your client suffer if the inquiry simply asks questions?}}"
""")

article("uk-libraries", "uk", """
Council to close three libraries despite protests

Three libraries in Northmoor will close in April after councillors voted to approve budget cuts on Tuesday night.

Council leader Peter Hollings said the decision had been ‘{{Peter Hollings|the hardest of my career}}’. ‘{{Peter Hollings|We have looked at every other option, and there is simply no money left,}}’ Mr Hollings said.

Campaigners gathered outside the town hall with placards reading ‘{{-|Books not cuts}}’. Alison Trent, who organised the protest, said: ‘{{Alison Trent|These libraries are the only warm place some people have in winter.}}’

Ms Trent said the group would seek a judicial review. ‘{{Alison Trent|This is not over,}}’ she added.

Liberal Democrat councillor Graham Oduya, who voted against the cuts, said Mr Hollings had ‘{{Graham Oduya|given up without a fight}}’. ‘{{Graham Oduya|The money is there if the council wants to find it,}}’ Mr Oduya said.
""")

article("uk-pier-straight", "uk", """
Seaside pier reopens after £4m repairs

Southbay's Victorian pier has reopened to the public after two years of repairs.

The pier's manager, Dr Helen Carradine, said: '{{Helen Carradine|It has been a long wait, but the pier has never looked better.}}'

Dr Carradine said the work had uncovered iron columns from 1889. '{{Helen Carradine|We found the maker's name stamped on every one of them,}}' she said.

Local historian Bernard Lowe, 80, was first in the queue. '{{Bernard Lowe|I came here with my father when I was six,}}' Mr Lowe said. '{{Bernard Lowe|I wasn't going to miss this.}}'

The council's tourism chief, Councillor Janet Price, said the pier would bring '{{Janet Price|thousands of visitors}}' back to the town.
""")

article("us-flood-mayor", "role", """
Flooded town begins clean-up as river falls

RIVERTON — Residents of this river town began shovelling mud out of their homes on Monday as the Kettle River dropped below flood stage for the first time in a week.

Mayor Denise Albright toured the worst-hit streets with state officials. "{{Denise Albright|I've lived here 52 years and I have never seen water on Main Street}}," Albright said.

The mayor said the town would ask for federal disaster aid. "{{Denise Albright|We can't do this on our own budget}}," the mayor said. "{{Denise Albright|Our whole road fund is three hundred thousand dollars.}}"

Longtime shop owner Frank Dimarco stood outside his hardware store, where the water had reached the top of the counter. "{{Frank Dimarco|Everything below four feet is gone}}," he said.

Dimarco's neighbor, Rosa Quintero, said her insurance did not cover flooding. "{{Rosa Quintero|Nobody told us we needed a separate policy}}," she said. "{{Rosa Quintero|Frank warned me last spring, but I thought he was exaggerating.}}"

State emergency management director Paul Yoder said crews would begin inspecting bridges on Tuesday. The director said the inspections could take "{{Paul Yoder|several weeks}}."
""")

article("uk-climbers-rescue", "negatives", """
'{{!Callum Reid|We were lucky}}': Climbers rescued after night on mountain

Two climbers were rescued from Ben Carran on Sunday morning after spending the night on a ledge in freezing temperatures.

The pair, both from Glasgow, had become stuck in low cloud. Mountain rescue leader Iain Fraser said the men had done "{{Iain Fraser|exactly the right thing}}" by staying put and calling for help.

"{{Iain Fraser|If they had tried to come down in the dark, we might be looking for bodies now}}," Mr Fraser said.

One of the climbers, Callum Reid, 34, said: "{{Callum Reid|We were lucky, really lucky. Iain and his team were incredible.}}"

Fraser thanked the crew of the coastguard helicopter. Reid, who works as a plumber, said he would climb again. "{{Callum Reid|But not in November}}," he said.

Reid's partner, Kirsty Dunn, said she had begged him to stay at home that weekend.
""")

article("business-recall", "wire", """
Fenwick & Lowe recalls peanut butter over salmonella fears

Supermarket chain Fenwick & Lowe has recalled two sizes of its own-brand peanut butter after tests found salmonella at a supplier's factory.

"{{~a spokeswoman for Fenwick & Lowe:spokeswoman|We are sorry for any inconvenience and urge customers not to eat the product}}," a spokeswoman for Fenwick & Lowe said.

The Food Standards Agency said in a statement that there had been "{{Food Standards Agency|no reported illnesses}}" linked to the jars.

According to the supplier, Brindle Foods, the contamination was found during routine checks. "{{Owen Brindle|Our checks worked exactly as they should}}," managing director Owen Brindle told The Grocer.
""")

article("police-press-conference", "interview", """
Police chief defends response to stadium crush

Chief Constable Sarah Whitlock on Thursday defended her force's handling of the crush outside Westgate Stadium, in which 14 people were injured.

At a press conference, Whitlock was asked whether officers had opened the gates too late. "{{Sarah Whitlock|No. The gates were opened as soon as the commander on the ground judged it safe}}," she replied.

Asked by a reporter whether she would resign, she said: "{{Sarah Whitlock|I am not going anywhere.}}"

The Police and Crime Commissioner, Anthony Baird, said he had "{{Anthony Baird|full confidence}}" in the chief constable. But supporters' group chairman Neil Cotter told the BBC that fans had been "{{Neil Cotter|treated like cattle}}".

"{{Neil Cotter|People were screaming for the gates to open and the police just stood there}}," Cotter said. "{{Neil Cotter|I want to hear the chief constable say sorry.}}"
""")

article("obituary-surgeon", "long-quotes", """
Ada Villiers, pioneering heart surgeon, dies at 94

Ada Villiers, one of the first women to lead a cardiac surgery unit in Britain, has died aged 94, her family said.

Her son, Robert Villiers, said she had "{{Robert Villiers|worked until the day the hospital made her stop}}". "{{Robert Villiers|She thought retirement was for other people,}}" he said.

In a 1998 interview, Villiers recalled the reaction when she was appointed. "{{Ada Villiers|One consultant told me he would never let a woman hold his heart,}}" she said. "{{Ada Villiers|I told him nobody was asking him.}}"

Professor Martin Abe, who trained under her, called her "{{Martin Abe|the finest pair of hands I ever saw}}".
""")

article("wire-wildfire", "wire", """
Wildfire near Pine Ridge 40% contained

PINE RIDGE, Calif. (AP) — Firefighters had contained 40% of a wildfire that has burned more than 12,000 acres in the hills above Pine Ridge, officials said Friday.

"{{Lauren Booker|We had good weather overnight and we took advantage of it}}," said Lauren Booker, a spokeswoman for the state fire agency. "{{Lauren Booker|But the wind is forecast to pick up again Sunday.}}"

About 300 homes remained under evacuation orders. Retired teacher Howard Nims, who has lived in Pine Ridge since 1979, said he had packed his car three times this week.

"{{Howard Nims|You learn to keep the important things in one box}}," said Nims, 77.

"{{~a county sheriff's deputy:deputy|Folks need to stay out until we say it's safe}}," said a county sheriff's deputy who was directing traffic at a roadblock and declined to give his name.

The cause of the fire is under investigation. Sheriff Tom Ochoa told the Pine Ridge Courier that investigators were looking at a power line. "{{Tom Ochoa|We haven't ruled anything out}}," the sheriff said.
""")

article("tech-air-taxi", "told", """
Start-up begins 'flying taxi' trials over Dubai

Air mobility start-up Skylane said on Monday it had begun test flights of its electric air taxi over Dubai, the first such flights in the region.

"{{Priya Raman|This is the moment we have been working toward for six years}}," Skylane co-founder Priya Raman said in an interview.

The aircraft, which the company calls the "{{-|Swift}}", carries two passengers and a pilot.

Raman said regulators had been "{{Priya Raman|more open than we expected}}". Aviation consultant Mark Delgado was skeptical. "{{Mark Delgado|Test flights are the easy part. Certification is where these companies die,}}" he said.
""")

article("hearing-rail-derailment", "interview", """
Lawmakers grill rail chief over derailment

Members of the House transportation committee on Tuesday pressed the head of Central Freight Railroad over a derailment that spilled chemicals into the Tanner River.

"{{Diane Kowalski|How many warnings did your company ignore?}}" Rep. Diane Kowalski, D-Mich., asked Central Freight CEO Bill Harlan.

"{{Bill Harlan|We did not ignore any warnings}}," Harlan responded. "{{Bill Harlan|The inspection reports you are holding were reviewed and acted on.}}"

Kowalski then read from an internal email in which a track inspector wrote that the line was "{{~a track inspector:inspector|an accident waiting to happen}}."

Rep. Steve Garrity, R-Ohio, defended the company. "{{Steve Garrity|Let's not convict anyone before the safety board finishes its work}}," Garrity said.
""")

article("science-octopus", "told", """
Octopuses may dream, study suggests

Octopuses may experience something like dreams, according to a study published Wednesday in the journal Current Marine Biology.

"{{Hannah Lutz|We saw the same skin patterns during sleep that the animals show when they hunt}}," said Hannah Lutz, a marine biologist at the University of Portland and the study's lead author.

Lutz cautioned against reading too much into the findings. "{{Hannah Lutz|We can't ask them what they're dreaming about,}}" she said.

Other scientists were more cautious still. "{{Samuel Ortiz|It's an intriguing result, but dreaming is a big word}}," said Samuel Ortiz, who studies cephalopods at the University of Miami and was not involved in the research.
""")

article("uk-teachers-strike", "uk", """
Teachers' union threatens strike over pay

The National Teachers' Association said on Monday it would ballot members on strike action after talks with the government broke down.

General secretary Fiona McBride told the Herald the offer was "{{Fiona McBride|an insult}}". "{{Fiona McBride|Our members are leaving the profession in their thousands,}}" she said.

Education Secretary Alan Probert said the offer was "{{Alan Probert|fair and affordable}}". Speaking on BBC Radio 4's Today programme, Mr Probert said: "{{Alan Probert|I would urge the union to come back to the table.}}"

A headteacher in Dundee, who asked not to be named, told the paper: "{{~A headteacher in Dundee:headteacher|I have had three vacancies since August and not one applicant.}}"
""")

article("uk-court-rare-books", "court", """
Former librarian jailed for stealing rare books

A former librarian who stole more than 200 rare books from the university where he worked has been jailed for four years.

Nigel Parfitt, 58, admitted theft at Exeter Crown Court. Judge Caroline Sumner told him: ‘{{Caroline Sumner|You betrayed the trust placed in you by the university and by every scholar who will now never see these books.}}’

Prosecutor James Ellory said Parfitt had sold the books through online auctions. ‘{{James Ellory|He knew exactly what they were worth,}}’ Mr Ellory told the court.

In mitigation, Parfitt’s barrister, Deborah Lyle, said her client had been ‘{{Deborah Lyle|drowning in debt}}’. ‘{{Deborah Lyle|He is deeply ashamed,}}’ she said.

Speaking after the hearing, university librarian Dr Maya Sethi said: ‘{{Maya Sethi|We are relieved that this chapter is closed.}}’
""")

article("state-water-bill", "told", """
Governor signs bill to replace lead pipes

SACRAMENTO — Gov. Luis Arce-Whitman on Wednesday signed a bill that requires every water utility in the state to replace its lead pipes within ten years.

"{{Luis Arce-Whitman|No family in this state should have to wonder whether their tap water is safe}}," Arce-Whitman told reporters at the signing ceremony in a Fresno school.

Assemblywoman Keisha Dunmore, who wrote the bill, said it had taken four years to pass. "{{Keisha Dunmore|Every year the utilities told us it was too expensive. Every year more children were tested,}}" Dunmore said.

The state's largest utility said the law was "{{~The state's largest utility:utility|unfunded}}" and warned that bills would rise. The governor's spokesman, Eli Fountain, dismissed the warning. "{{Eli Fountain|They said the same thing about seatbelts}}," Fountain said.
""")

article("sport-tennis-presser", "sport", """
Marchetti stuns top seed to reach final

Unseeded Italian Lucia Marchetti reached her first Grand Slam final on Thursday, beating world No. 1 Anya Brooks 6-4, 7-6.

"{{Lucia Marchetti|I don't think I've realised it yet}}," Marchetti told reporters after the match. "{{Lucia Marchetti|Ask me tomorrow.}}"

Brooks, who had not dropped a set all tournament, said she had felt "{{Anya Brooks|flat}}" from the first game.

"{{Anya Brooks|She played better than me today, simple as that}}," said the American. "{{Anya Brooks|Lucia deserves it.}}"

Marchetti's coach, Paolo Renzi, said he had told her before the match: "{{Paolo Renzi|Play the ball, not the name.}}"
""")

article("court-filing-fraud", "court", """
Prosecutors seek 12-year sentence for crypto founder

NEW YORK — Federal prosecutors on Friday asked a judge to sentence Dmitri Vale, the founder of the collapsed crypto lender Lumen, to 12 years in prison.

In a sentencing memorandum, prosecutors wrote that Vale had "{{~prosecutors:prosecutor|lied to his customers at every turn}}" and showed "{{~prosecutors:prosecutor|no genuine remorse}}."

Vale's lawyers have asked for a sentence of no more than three years. "{{~Vale's lawyers:lawyer|Mr. Vale has lost everything and has cooperated fully}}," they wrote in their own filing.

Among the letters sent to the court was one from a customer in Ohio who lost her retirement savings. "{{~a customer in Ohio:customer|I trusted him because everyone said he was a genius}}," she wrote.

U.S. District Judge Harold Kim is scheduled to sentence Vale on June 4.
""")


# --- batch 2: written after the rules of batch 1 were set, before the engine ran on it -------------

article("b2-hospital-strike", "wire-2", """
Nurses at three hospitals walk out over staffing

PORTLAND, Ore. (AP) — About 1,500 nurses at three Portland hospitals walked off the job Tuesday in a dispute over staffing levels, the first strike at the hospitals in more than 20 years.

"{{Beth Alvarez|We are not leaving our patients, we are fighting for them}}," said Beth Alvarez, 45, an intensive care nurse who has worked at St. Brendan's for 16 years.

According to the Oregon Nurses Union, the hospitals have refused to set limits on how many patients a nurse can care for. "{{Tom Reed|Every other hospital in the region has agreed to this}}," said Tom Reed of the union's bargaining team.

In a statement, Cascade Health said it had hired replacement nurses and that all three hospitals remained open. "{{Cascade Health|Patient care will not be interrupted}}," the statement said.

A nurse who asked that her name not be used because she feared losing her job said she had cared for eight patients at once last winter. "{{~A nurse who asked that her name not be used:nurse|Nobody can do that safely}}," she said.
""")

article("b2-mayor-colon", "colon-2", """
Mayor vetoes plan to close downtown to cars

City Council member Rachel Oduya had spent two years on the plan to close four downtown blocks to cars. On Friday Mayor Victor Lang vetoed it.

Lang was blunt: "{{Victor Lang|This plan would kill the shops it claims to save.}}"

Oduya said she would try to override the veto. "{{Rachel Oduya|I have seven votes, and I need eight}}," she said. "{{Rachel Oduya|I will find the eighth.}}"

The mayor's chief of staff, Dominic Pryce, said the mayor had offered a compromise. "{{Dominic Pryce|A trial on Sundays, in the summer. She turned it down}}," he said.

"{{Victor Lang|We will}}," Lang told reporters later, "{{Victor Lang|keep talking.}}"
""")

article("b2-farmer-nested", "nested-2", """
Family farm closes after 140 years

For five generations the Whitfield family has milked cows on the same hill outside Ashby. On Saturday the last herd was sold at auction.

"{{Martin Whitfield|My grandfather told me never to sell. I held out as long as I could}}," said Martin Whitfield, 62.

His daughter, Emma, 30, who had hoped to take over the farm, said the price of milk made it impossible. "{{Emma Whitfield|We lost money on every litre last year}}," she said.

Asked what he would do now, Whitfield laughed. "{{Martin Whitfield|Sleep past five, for a start.}}"

Neighbour Joan Carter, who bought two of the cows, said the village would not be the same. "{{Joan Carter|When the Whitfields go, the hill goes quiet}}," Mrs Carter said.
""")

article("b2-minister-source", "uk-2", """
Minister under pressure over school buildings

The Education Secretary is facing calls to resign after it emerged that warnings about crumbling concrete in schools were ignored for five years.

A Department for Education spokesperson said: "{{~A Department for Education spokesperson:spokesperson|We have acted swiftly to keep pupils safe.}}"

But a source close to the minister told the Mail that officials had "{{~a source close to the minister:source|sat on the reports}}". Labour's education spokeswoman, Bridget Asante, said: "{{Bridget Asante|The Government has known about this since 2018. Parents deserve answers.}}"

Headteacher Colin Marsh, whose school in Kent was shut last week, said he had written to the department twice. "{{Colin Marsh|Nobody replied. Not once}}," Mr Marsh said.
""")

article("b2-football-age", "sport-2", """
Veteran striker signs one-year deal

Harbour Rovers have signed veteran striker Danny Cole on a one-year contract, the club confirmed on Wednesday.

Cole, who scored 14 goals for Castleford last season, turned down offers from two clubs in the league above.

Asked about his future, the 34-year-old said: "{{Danny Cole|I've got two more years in these legs, maybe three.}}"

Rovers manager Gary Lindqvist said Cole would bring experience to a young squad. "{{Gary Lindqvist|Danny has seen everything. Our lads can learn a lot from him}}," Lindqvist said.

Castleford's chairman, Peter Sandoval, wished Cole well but said the club had offered him "{{Peter Sandoval|a very good deal}}".
""")

article("b2-social-post", "told-2", """
Singer cancels tour, citing exhaustion

Singer Maya Lennox has cancelled the remaining 22 dates of her world tour, saying she needs time to recover from exhaustion.

"{{Maya Lennox|I have given everything I have, and right now there is nothing left}}," Lennox wrote on Instagram on Sunday. "{{Maya Lennox|I am so sorry to everyone who bought a ticket.}}"

Her manager, Luis Ortega, told Billboard that fans would receive full refunds. Ortega said the singer had been "{{Luis Ortega|running on empty for months}}".

The tour, called "{{-|Paper Moons}}", had sold more than 400,000 tickets.

Fans reacted with sympathy. One wrote on X: "{{~One fan:fan|Take all the time you need, Maya.}}"
""")

article("b2-trial-two-men", "court-2", """
Jury hears from former partner in fraud trial

The former business partner of property developer Alan Rooke told a jury on Thursday that Rooke had ordered him to shred documents days before a police raid.

Graham Keane, 51, said Rooke phoned him late on a Sunday night. "{{Graham Keane|He said, get rid of everything in the blue cabinet}}," Keane told the court.

Under cross-examination, Rooke's barrister, Simon Hale, suggested that Keane had invented the call to protect himself. "{{Simon Hale|You are the one who had something to hide, aren't you?}}" Mr Hale asked.

"{{Graham Keane|No}}," Keane replied.

Rooke, 58, denies six counts of fraud. The trial continues.
""")

article("b2-science-according", "told-2", """
Ancient bread found in Turkish dig

Archaeologists have found what they believe is the oldest loaf of bread ever discovered, charred but intact, at a site in central Turkey.

The loaf is about 8,600 years old, according to Dr Selin Arslan, who led the excavation. "{{Selin Arslan|When we saw the shape, we knew immediately what it was}}," she said.

Other experts urged caution. Professor James Whitby of the University of Leeds said the find was "{{James Whitby|remarkable}}" but that more tests were needed. "{{James Whitby|It may be bread. It may also be a kind of porridge that was baked}}," he said.

The team plans to publish its findings in the journal "{{-|Antiquity Today}}" next year.
""")

article("b2-storm-police", "wire-2", """
Storm leaves thousands without power

LONDON (Reuters) - Storm Edith brought winds of up to 90 mph to western Britain on Monday, leaving more than 60,000 homes without power and closing roads and railway lines.

"{{~police in Cornwall:police|Please do not travel unless your journey is essential}}," police in Cornwall said in a post on social media.

Network Rail said several lines would stay closed on Tuesday. "{{~a spokesman for Network Rail:spokesman,network rail|Our teams are working around the clock}}," a spokesman said.

In Falmouth, cafe owner Lucy Pengelly said the sea had come up to her front door. "{{Lucy Pengelly|I've lived here 40 years and never seen it like this}}," she told Reuters.
""")

article("b2-interview-author", "interview-2", """
Interview: the novelist who writes only at night

Her first novel sold 30,000 copies in a month. Her second is out on Thursday. Sara Quinn, 38, talks about insomnia, Dublin and why she never reads her reviews.

"{{Sara Quinn|I write between midnight and four. It's the only time the house is quiet}}," Quinn says, pouring tea in her kitchen in Rathmines.

She started the book after her father died. "{{Sara Quinn|He used to say, write what frightens you. So I did.}}"

Her editor, Declan Moore, says he knew the manuscript was special from the first page. "{{Declan Moore|I read it on a train and missed my stop}}," he says.

Does she read the reviews? "{{Sara Quinn|Never. My mother reads them and tells me the good ones.}}"
""")


# --- batch 3: four shapes behind the misses of the written batch 6 once it was read (a body's name in
# apposition after its description, a quotation ending its sentence before another's clause, a role
# written as a title before the name and then alone, the answers of a question-and-answer interview);
# written and labelled before the rules for them ------------------------------------------------------

article("b3-water-fine", "apposition-3", """
Water company fined over sewage spills

A regional water supplier was fined $2.4 million on Monday for releasing untreated sewage into the Calder River more than 200 times last year.

The utility's parent firm, Northvale Water Group, said in a statement that it accepted the fine and that "{{Northvale Water Group|every spill was one too many.}}"

The state's environment regulator, the Clean Rivers Agency, said the company had ignored three warnings. "{{Clean Rivers Agency|This was not an accident. It was a choice}}," the agency said.

The company's chief executive, Hannah Lowry, said the firm would spend $30 million on new storage tanks. "{{Hannah Lowry|We have let the river down and we will put it right}}," she said.
""")

article("b3-transfer-agency", "apposition-3", """
Striker's transfer collapses at the last minute

A proposed $40 million move for striker Leon Marsh collapsed on Friday after the buying club pulled out.

The player's agency, Crestline Sports Management, said it was "{{Crestline Sports Management|deeply disappointed}}" and that Marsh would stay with Harbour Rovers.

The buying club's owner, Victor Haas, said the fee had been "{{Victor Haas|agreed and then changed}}" overnight.

The league's governing body, which must approve every transfer, said it had not received any paperwork. "{{~The league's governing body:body|Nothing reached us}}," a spokesman for the body said.
""")

article("b3-council-split", "sentence-end-3", """
Council split over stadium vote

Two councillors from the ruling group clashed on Tuesday over the plan to sell the old stadium site.

Councillor Joan Reyes said the leadership had "{{Joan Reyes|rushed this through without a proper debate.}}" Councillor Omar Haddad disputed that. "{{Omar Haddad|We debated it for eleven months}}," Haddad said.

The council's finance chief, Irene Cole, said the sale would bring in "{{Irene Cole|at least nine million pounds.}}" Opposition leader Grant Fuller said the figure was too low. "{{Grant Fuller|It is worth twice that}}," he said.

"{{Grant Fuller|Why sell at all?}}" Fuller asked.
""")

article("b3-airline-blame", "sentence-end-3", """
Airline and union trade blame over cancellations

CHICAGO (AP) — Skyway Airlines said on Sunday that a pilots' sick-out had forced it to cancel "{{Skyway Airlines|more than 300 flights.}}" The pilots' union denied that any sick-out had taken place.

"{{Carl Brennan|Our members are tired, not striking}}," said Carl Brennan, the union's president.

Travel analyst Mei Tan said the airline had warned of staff shortages "{{Mei Tan|for a year at least.}}" Brennan agreed with her. "{{Carl Brennan|They knew this was coming}}," he said.

"{{Mei Tan|Is anybody surprised?}}" Tan asked.
""")

article("b3-flood-chief", "role-title-3", """
Flooding closes county roads

Police Chief Harriet Doyle said on Saturday that 14 roads remained closed after the river rose overnight. "{{Harriet Doyle|Do not drive through standing water}}," Doyle said.

Fire Captain Brian Soto said crews had rescued six people from their cars. County Judge Alma Ruiz declared a local disaster.

The chief said more rain was expected on Sunday. "{{Harriet Doyle|We are not out of this yet}}," the chief said.

The captain said two of the rescued drivers had ignored the barriers. "{{Brian Soto|They drove right past the signs}}," the captain said.
""")

article("b3-ferry-director", "role-title-3", """
Ferry operator suspends crossings

Harbour Master Colin Reid ordered the ferry to stay in port on Monday after a gust of 70 mph tore a gangway loose.

"{{Colin Reid|I will not send a boat out in this}}," Reid said.

Ferry company director Sunita Rao said passengers would get refunds. "{{Sunita Rao|Nobody will be left behind on the island}}," the director said.

Later the harbour master said the gangway would be repaired by Wednesday. "{{Colin Reid|It is a day's work, no more}}," the harbour master said.
""")

article("b3-commissioner-qa", "qa-3", """
Five questions for the new police commissioner

Diane Okoro took over as police commissioner last month after 22 years on the force. She spoke to the Herald about staffing, trust and her first weeks in the job.

Q: What surprised you most?

A: "{{Diane Okoro|How many officers are ready to leave. Half the applications on my desk are transfers out.}}"

Q: How do you rebuild trust?

A: "{{Diane Okoro|You show up. You answer the phone. You admit it when we get it wrong.}}"

Her predecessor, Alan Whitcombe, said she was the right choice. "{{Alan Whitcombe|She knows every station by name}}," Whitcombe said.

Q: Will you cut the night patrols?

A: "{{Diane Okoro|No. Not while I am here.}}"
""")

article("b3-beekeeper-qa", "qa-3", """
Q&A: The beekeeper who wants cities to stop planting lawns

Tomasz Wren keeps 40 hives on rooftops across the city. We asked him about honey, neighbours and why lawns are a waste.

Why rooftops?

"{{Tomasz Wren|Nobody steals a hive from a roof. And the bees don't care how high they fly.}}"

What do the neighbours say?

"{{Tomasz Wren|Mostly they ask for honey. One man complained once, and then he asked for honey too.}}"

Why are lawns a waste?

"{{Tomasz Wren|A lawn is a green desert. Plant clover and you feed a hive for a week.}}"

His sister, Agata Wren, who sells the honey at a market stall, is less romantic about it. "{{Agata Wren|He gets stung, I get the customers}}," she said.
""")


# --- batch 3, continued: an interviewer's question about "he" or "she" written in the narration, the
# answer quoted right after it in the same paragraph (a cousin of the interviews above, seen in the
# tune article b2-interview-author); written and labelled before the rule ------------------------------

article("b3-referee-profile", "qa-inline-3", """
Profile: the referee who never watches replays

Moira Kettle has refereed 300 league matches and has never once watched one back. She talks to us about mistakes, abuse and her father.

"{{Moira Kettle|If I watched them I would never sleep}}," Kettle says.

Does she hear the crowd? "{{Moira Kettle|Every word. You learn to hear it as weather.}}"

Her assistant, Dev Khanna, has run the line for her for six seasons. "{{Dev Khanna|She is the calmest person in any stadium}}," he says.

Would she ever stop? "{{Moira Kettle|When my knees tell me. Not before.}}"
""")

article("b3-baker-profile", "qa-inline-3", """
The baker who opens at four

Tariq Osman opened his bakery on Mill Lane in 2015 with one oven and a borrowed van. He now supplies 40 cafes across the city.

Is he ever tired? "{{Tariq Osman|Always. But bread does not wait for you.}}"

His first customer, retired teacher Jean Pollard, still comes in every morning. "{{Jean Pollard|He remembers how I like my loaf}}," she says.

Will the new parking rules hurt trade? Osman thinks so. "{{Tariq Osman|Half my morning customers drive}}," he says.
""")


# --- batch 4: the shapes the blind batch 18's topics share (only its README topic list was read, never its
# texts): a statement read aloud in court on someone's behalf, a judge's sentencing remarks with "he told the
# defendant", a player's and a politician's social-media posts ("wrote on Instagram"), a club's, a council's
# and an agency's statements, a document quoted by its title, an agent who declined to be named, two
# councillors of one surname, quotations running over paragraphs with a change of speaker between them;
# written and labelled before the engine ran on them ---------------------------------------------------------

article("b4-sentencing-cyclist", "court-4", """
Van driver who was watching videos jailed for killing cyclist

A delivery driver who was scrolling through videos on his phone when his van struck and killed a cyclist has been jailed for six years.

Kieran Dobbs, 29, of Bramford, admitted causing death by dangerous driving at Ipsley Crown Court. The court heard he had opened a video app eleven seconds before his van hit Peter Ferris, 54, on the A38 near Harcombe in April.

A statement from Mr Ferris's widow, Joanna Ferris, was read to the court by the prosecutor, Neil Ambrose.

"{{Joanna Ferris|Peter left the house at seven that morning and told me he would be back for breakfast. I made the coffee. It went cold on the table.}}

"{{Joanna Ferris|Our daughters have lost their father for a video that nobody can even remember watching.}}"

Mr Ambrose told the court that Dobbs had been warned twice by his employer about using his phone at the wheel. "{{Neil Ambrose|This was not a moment's lapse. It was a habit}}," he said.

Defending, Harriet Quayle said her client was "{{Harriet Quayle|consumed by shame}}" and had written to the family. "{{Harriet Quayle|He does not ask for forgiveness. He knows he has no right to it}}," she said.

Passing sentence, Judge Malcolm Arkwright told the defendant: "{{Malcolm Arkwright|You chose to watch a screen rather than the road. A man is dead because of that choice.}}"

The judge said Dobbs would have received eight years had he not pleaded guilty. "{{Malcolm Arkwright|Your plea has spared Mrs Ferris a trial, and you have credit for that, but no more}}," he told the defendant.

Dobbs, who wept in the dock, was also banned from driving for ten years. He mouthed "{{Kieran Dobbs|sorry}}" to the public gallery as he was led down.

Outside court, Sergeant Amy Collins of the county's roads policing unit said: "{{Amy Collins|Every driver who picks up a phone behind the wheel should think of Peter Ferris.}}"

In a statement issued through the police, the Ferris family said they were "{{~the Ferris family:family|relieved that it is over}}" and asked to be left to grieve in private.

Mr Ferris, a keen club cyclist, had ridden the same route to work for more than twenty years. Members of his club, the Harcombe Wheelers, plan a memorial ride on the anniversary of his death under the banner "{{-|Ride for Pete}}".
""")

article("b4-transfer-instagram", "sport-4", """
Brennan says goodbye to Harbourside after £18m move

Luca Brennan has completed his move from Harbourside Athletic to the Spanish side Real Castellar for a fee believed to be about £18m.

The 25-year-old winger, who joined Harbourside's academy at the age of 11, said goodbye to the club's supporters in a post on Instagram on Tuesday night.

"{{Luca Brennan|This club made me. Every coach, every kitman, every dinner lady at the training ground, thank you}}," Brennan wrote on Instagram. "{{Luca Brennan|I leave as a fan.}}"

An hour earlier Harbourside had announced the sale on its website. "{{Harbourside Athletic/Harbourside|Luca leaves with our thanks and our best wishes. The offer was one the club could not responsibly refuse}}," the club said in a statement.

Not every supporter was convinced. The fan group Harbourside Together posted on X: "{{Harbourside Together|Sold our best player again. Where does the money go?}}"

An agent familiar with the negotiations, who declined to be named because he was not authorised to speak publicly, said Castellar had first bid in January. "{{~An agent familiar with the negotiations:agent|They never stopped calling. In the end it was only a question of the price}}," he said.

Harbourside manager Steve Okonkwo had insisted on Friday that the winger wanted to stay. "{{Steve Okonkwo|Luca has never knocked on my door asking to leave}}," Okonkwo told reporters.

On Wednesday he struck a different tone. "{{Steve Okonkwo|Football moves on. We have to move on with it.}}"

Brennan's former team-mate Jordan Healey replied under the post: "{{Jordan Healey|Gonna miss you, bro}}."

Castellar's sporting director, Ignacio Ferrer, said in a statement that Brennan had been the club's "{{Ignacio Ferrer|first and only target}}" this summer. "{{Ignacio Ferrer|He is fast, he is brave and he is still improving}}," Ferrer said.

Brennan scored 31 goals in 160 league games for Harbourside and won his first England cap in March. His post, which ended with the hashtag "{{-|#ForeverHarbour}}", had been liked more than 200,000 times by Wednesday morning.
""")

article("b4-council-penrose", "council-4", """
Council tax to rise by maximum after heated budget meeting

Wexley Borough Council has approved a 4.99 per cent rise in council tax, the most it can raise without a referendum, after a three-hour meeting on Thursday night.

The budget passed by 27 votes to 19. The council leader, Ruth Penrose, told the chamber there was no alternative. "{{Ruth Penrose|Every penny of this rise will go on adult social care, and even that will not be enough}}," Ms Penrose said.

Her cousin Alan Penrose, who leads the opposition Independent group, accused her administration of "{{Alan Penrose|balancing the books on the backs of pensioners}}". "{{Alan Penrose|We offered savings of £3m. Not one of them was discussed}}," Mr Penrose said.

The budget document, "{{-|Delivering for Wexley 2027-28}}", warns that the council faces a gap of £11.4m by 2029. It describes the council's finances as "{{~The budget document:document,budget,delivering for wexley|the most serious the authority has faced}}".

Ms Penrose said the document was "{{Ruth Penrose|honest about the choices in front of us}}". Mr Penrose called it "{{Alan Penrose|a wish list with a price tag}}".

Green councillor Priya Nair abstained. "{{Priya Nair|I could not vote for cuts to bus passes, and I could not vote to leave a hole in the budget}}," she said. "{{Priya Nair|So I did neither.}}"

Resident Diane Kowalski, 78, who watched from the public gallery, said: "{{Diane Kowalski|I have paid this council for fifty years. I would like to see what for.}}"

The council said in a statement after the vote that the rise would add £1.62 a week to the bill of a Band D home. "{{Wexley Borough Council|Residents will receive their new bills in March. Anyone who is struggling to pay should contact us early}}," the statement said.

Mr Penrose said his group would table its savings again at the next full council. "{{Alan Penrose|They can vote them down again. They will have to do it in public}}," he said.

Ms Penrose told reporters after the meeting that she expected next year to be harder still. "{{Ruth Penrose|I would love to stand here and promise a freeze. I won't insult anyone by doing it.}}"
""")

article("b4-minister-fares", "post-4", """
Minister defends rail fare rise in late-night posts

The transport minister, Gemma Latchford, defended a 6 per cent rise in regulated rail fares in a series of posts on social media late on Sunday, after a day of criticism from passenger groups and unions.

"{{Gemma Latchford|Nobody likes paying more. But the alternative is fewer trains, and I won't do that to commuters}}," Latchford wrote on X. "{{Gemma Latchford|Every penny goes back into the railway.}}"

The shadow transport secretary, Owen Marsh, replied within minutes. "{{Owen Marsh|The minister has had a year to fix this. She chose to send the bill to passengers}}," he wrote.

The passenger group RailWatch said the rise would push people onto the roads. Its director, Sunita Bhatt, told the Tribune:

"{{Sunita Bhatt|People in towns like ours already spend more getting to work than they spend on food.}}

"{{Sunita Bhatt|If you price them off the trains, they do not stop travelling. They drive.}}"

The Department for Transport later issued a longer statement. "{{Department for Transport|Fares have risen by less than inflation for four years running}}," it said.

"{{Mick Lyle|This is a tax on going to work}}," said Mick Lyle, the general secretary of the Train Crew Union.

"{{Mick Lyle|And the minister knows it, because she used to say so herself.}}"

Fiona Drury, a government MP whose constituency includes three commuter stations, said she would raise the rise with ministers this week.

"{{Fiona Drury|My constituents were promised better trains. They got dearer ones.}}"

Latchford, who was appointed in the spring, has said the railway must pay its way. In a post on Monday morning she wrote that she had "{{Gemma Latchford|heard the anger}}" and would meet passenger groups.

Bhatt welcomed the offer but said a meeting was not a refund. Marsh said the minister was "{{Owen Marsh|tweeting instead of governing}}".

Regulated fares cover season tickets and most off-peak journeys, about 45 per cent of all fares paid. The rise takes effect on 1 March.
""")

article("b4-flood-report", "document-4", """
One in five homes in flood areas cannot get affordable cover, report finds

More than one in five homes in areas flooded in the past decade cannot get affordable insurance, according to a report published on Wednesday by the Coastal Homes Trust, a housing charity.

The report, "{{-|Left High and Dry: Insurance After the Floods}}", found that premiums in the worst-hit postcodes had risen fourfold since 2019. "{{~The report:report,coastal homes trust|Families are being priced out of protecting the only asset most of them own}}," it says.

It calls the national reinsurance scheme "{{~The report:report,coastal homes trust|a sticking plaster on a broken leg}}".

The trust's chief executive, Dr Helen Moyo, said the findings should shame the industry. "{{Helen Moyo|These are people who did nothing wrong except live near a river}}," she said.

The Insurers' Federation rejected the findings. "{{Insurers' Federation|Insurers paid a record £640m in flood claims last year, and most homes in flood areas can still buy cover}}," the federation said in a statement.

Gary Tillett and his wife, Sandra, whose bungalow in Penmore flooded in 2020 and again in 2024, were quoted £4,200 a year for cover.

"{{Gary Tillett|That is more than our pension for two months}}," Mr Tillett said.

Mrs Tillett said they had stopped sleeping when it rained. "{{Sandra Tillett|You lie there listening to the gutters}}," she said.

A spokesperson for the Department for the Environment said ministers would study the report. "{{~A spokesperson for the Department for the Environment:spokesperson|We are spending £2.4bn on flood defences over the next two years}}," the spokesperson said.

The charity surveyed 2,100 households in 14 areas. One in three said they had thought about selling, and the report notes that "{{~The report:report,coastal homes trust|many cannot, because nobody will buy}}".

The report recommends that insurers be required to offer a "{{-|social tariff}}" to homes below a certain value. Dr Moyo said the idea was "{{Helen Moyo|neither new nor radical}}".

"{{Helen Moyo|Water companies have social tariffs. Energy companies have them. Insurers can too.}}"
""")

article("b4-wire-dam", "wire-4", """
Engineers inspect cracked dam as 3,000 are evacuated

RIVERTON, Idaho (AP) — Engineers on Saturday inspected a crack in an earthen dam above the town of Riverton, where about 3,000 residents were ordered to leave their homes overnight.

The crack, about 40 feet long, was spotted on Friday evening, federal and state officials said, and had not grown by Saturday afternoon.

"{{Snake Valley Irrigation District|There is no immediate sign of failure, but we are not taking chances with people's lives}}," the Snake Valley Irrigation District, which owns the dam, said in a statement.

Sheriff Dale Rumsey said deputies had gone door to door through the night. "{{Dale Rumsey|Most folks left without arguing. A few wanted to stay with their animals}}," Rumsey said at a news conference.

Gov. Linda Farrow said on Facebook that she had sent the National Guard to help. "{{Linda Farrow|Riverton, we are with you}}," she wrote.

Resident Tom Akers, 66, said he had watched water seep through the base of the dam for years. "{{Tom Akers|I called the district in 2019 and again last spring.}}

"{{Tom Akers|Nobody came.}}"

The district's manager, Jill Serrano, disputed that. She said engineers had inspected the dam twice a year.

"{{Jill Serrano|Every report we have had says the structure is sound. We will publish all of them.}}"

A state lawmaker who has pressed for an audit of the district was less sure. "{{~A state lawmaker:lawmaker,democrat|They have been patching that dam with money they did not have}}," said the Democrat, who is familiar with the district's budget and asked not to be named before the audit is released.

The dam, built in 1928, holds back about 12,000 acre-feet of water used to irrigate potato and sugar beet farms. A 2021 state inspection rated it in "{{~A 2021 state inspection:inspection|fair}}" condition.

Evacuees were sheltering at Riverton High School on Saturday. Carla Nunez, who arrived with three children and two dogs, said the night had been long. "{{Carla Nunez|The kids think it's a camping trip. I haven't told them otherwise}}," she said.
""")

article("b4-inquest-climber", "statement-4", """
Climber's parents pay tribute as inquest records accidental death

An inquest into the death of a climber who fell from a ridge in Snowdonia in February has concluded that he died as the result of an accident.

Daniel Ashworth, 31, a junior doctor from Stockport, fell about 150 metres after slipping on ice near the summit of the ridge.

A statement written by his parents, Colin and Maureen Ashworth, was read aloud at the hearing by the family's solicitor, Rebecca Lyons.

"{{Colin and Maureen Ashworth/Colin Ashworth/Maureen Ashworth|Daniel loved the mountains more than anywhere on earth. He would not want anyone to stop climbing because of what happened to him.}}

"{{Colin and Maureen Ashworth/Colin Ashworth/Maureen Ashworth|He spent his weekends off helping people who were lost on the hills. We ask only that people go prepared.}}"

The area coroner, Philippa Drew, said Dr Ashworth had been properly equipped and experienced. "{{Philippa Drew|Nothing he did that day was reckless. Conditions changed very quickly}}," she said.

The leader of the Ogwen Valley Mountain Rescue Team, Huw Pritchard, told the inquest that his team had reached Dr Ashworth within two hours. "{{Huw Pritchard|Nothing more could have been done for him}}," Mr Pritchard said.

The team said in a statement after the hearing that it had lost "{{Ogwen Valley Mountain Rescue Team|a friend as well as a volunteer}}". "{{Ogwen Valley Mountain Rescue Team|Dan gave us hundreds of hours and never once complained about the weather}}," the statement said.

His friend and climbing partner Ben Carver, who was with him on the day, wrote on Instagram that he would return to the ridge in the summer. "{{Ben Carver|I'll finish it for you, mate}}," he wrote.

Outside the coroner's court, Mrs Ashworth said the family had been "{{Maureen Ashworth|overwhelmed by the kindness of strangers}}".

Her husband added: "{{Colin Ashworth|We have had letters from people he treated in A&E. We never knew.}}"

The hospital where he worked, Stockport General, said in a statement that he was "{{Stockport General|a gifted young doctor with a great future}}".
""")


def main() -> None:
    articles = [build_article(i, "en", batch, text, k) for k, (i, batch, text) in enumerate(ARTICLES)]
    write_set(OUT, articles, ("Short English news articles written by hand in the registers and house styles real "
        "news uses (wire copy, long quotations over paragraphs, interviews, sport, courts, British style, descriptions "
        "before the name, a speaker named by role, and quotations that mislead), every person invented; each quotation "
        "labelled while writing, before the engine ran. A tune set: its misses are read to write rules. Built by "
        "sources/english_tune.py (content {digest}). See README.md."))


if __name__ == "__main__":
    main()
