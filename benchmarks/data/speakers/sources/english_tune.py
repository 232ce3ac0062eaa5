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


def main() -> None:
    articles = [build_article(i, "en", batch, text, k) for k, (i, batch, text) in enumerate(ARTICLES)]
    write_set(OUT, articles, ("Short English news articles written by hand in the registers and house styles real "
        "news uses (wire copy, long quotations over paragraphs, interviews, sport, courts, British style, descriptions "
        "before the name, a speaker named by role, and quotations that mislead), every person invented; each quotation "
        "labelled while writing, before the engine ran. A tune set: its misses are read to write rules. Built by "
        "sources/english_tune.py (content {digest}). See README.md."))


if __name__ == "__main__":
    main()
