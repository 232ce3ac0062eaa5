"""Build benchmarks/data/speakers/written_english_read.json: English news articles written by hand
to be read (batch 12), in the newspaper house styles of the blind English batches (honorifics
throughout, "said X, a spokesman for Y", a pronoun after a named person with a person of the other
sex between, a quotation running over paragraphs, unnamed sources, a speaker named only in the next
sentence, a quotation after a colon, a title in quotation marks that nobody says, people sharing a
surname). Every person, firm and place invented; each quotation labelled by the writer and committed
before the engine ran on them. A read set: `speakers.py --english-read --show` lists its misses with
the read batches of written_english.json. Kept in a file of its own so that the blind batches'
builder (written_english.py) stays the blind writers' alone."""
import json, sys

from marked import placed_quotes

BATCH = 12

# Each article: id, paragraphs, quotes: list of (quoted text, speaker, extra); extra: accept /
# unnamed as in gold.json. speaker None: nobody is said to speak it.
B12 = []

B12.append(dict(id="en-r12-port-talks", paras=[
"Dockworkers and Port Operators Return to Talks as Strike Deadline Nears",
"BALTIMORE — Negotiators for the union representing 14,000 East Coast dockworkers and the association of port operators returned to the bargaining table on Tuesday, three days before their contract expires and a strike could halt cargo traffic from Maine to Virginia.",
"Gerald Pruitt, the president of the Atlantic Longshore Union, said his members were ready to walk out on Saturday if the operators did not improve their offer on automation. \"We are not going to sign a contract that lets a machine take a man's job and calls it progress,\" Mr. Pruitt said at a rally outside the union's hall.",
"The operators have offered raises of 18 percent over five years but want the freedom to install automated cranes at two terminals. \"Our members have put a fair offer on the table, and it is still there,\" said Colin Barstow, a spokesman for the Port Operators Alliance. \"We want a deal, not a strike.\"",
"The two sides made progress on wages on Monday night but remained far apart on the cranes, according to a person familiar with the talks, who spoke on the condition of anonymity because the negotiations are private. \"Money is the easy part,\" the person said. \"The cranes are the whole fight.\"",
"Mr. Pruitt, a former crane operator who started on the docks in 1989, told the crowd that the union had given ground before.",
"\"In 2012 we gave them flexibility on shifts. In 2018 we gave them flexibility on overtime. Every time, they told us it would save jobs.",
"\"I look around this hall and I see half the people I used to see. So don't tell me about flexibility.\"",
"Retailers have urged the White House to step in before the holiday shipping season. Karen Lindqvist, who runs the National Retail Shippers Council, said a strike of even one week would take a month to clear. Mr. Pruitt, she added, \"has made his point.\" \"Now he needs to let his members get back to work,\" she said.",
"Asked on Tuesday whether the administration would seek a court order to keep the ports open, the labor secretary, Hugh Marran, said: \"We expect the parties to reach an agreement, and we expect them to do it this week.\"",
"The federal mediator assigned to the talks, Anita Rosales, has asked both sides not to discuss their positions in public. Ms. Rosales declined to comment on Tuesday.",
"Some shippers are not waiting. Container lines have begun diverting vessels to West Coast ports, and rail operators said they had added trains from Los Angeles and Seattle.",
], quotes=[
("We are not going to sign a contract that lets a machine take a man's job and calls it progress,", "Gerald Pruitt", {}),
("Our members have put a fair offer on the table, and it is still there,", "Colin Barstow", {}),
("We want a deal, not a strike.", "Colin Barstow", {}),
("Money is the easy part,", "a person familiar with the talks", {"unnamed": ["person"]}),
("The cranes are the whole fight.", "a person familiar with the talks", {"unnamed": ["person"]}),
("In 2012 we gave them flexibility on shifts. In 2018 we gave them flexibility on overtime. Every time, they told us it would save jobs.", "Gerald Pruitt", {}),
("I look around this hall and I see half the people I used to see. So don't tell me about flexibility.", "Gerald Pruitt", {}),
("has made his point.", "Karen Lindqvist", {}),
("Now he needs to let his members get back to work,", "Karen Lindqvist", {}),
("We expect the parties to reach an agreement, and we expect them to do it this week.", "Hugh Marran", {}),
]))

B12.append(dict(id="en-r12-museum", paras=[
"Painting Stolen 30 Years Ago Comes Home, Wrapped in a Moving Blanket",
"GREYFIELD, Conn. — A landscape by the 19th-century painter Eliza Marchbank, stolen from the Greyfield Museum of Art in 1994, was returned to the museum on Friday by a lawyer who said his client had found it in a relative's attic, museum officials said.",
"The painting, \"Evening at Colby Mill,\" was one of four works taken in a break-in that was never solved. The theft was the subject of an episode of \"Cold Canvas,\" a true-crime series about art heists, which aired last spring.",
"The museum's director, Simon Achterberg, said conservators had confirmed that the canvas was the original. \"I have looked at a photograph of that painting on my office wall every day for 11 years,\" Mr. Achterberg said. \"To see the real thing leaning against my desk was something else.\"",
"The lawyer, Martin Oduya, would not name his client. Mr. Oduya said the family had not known what the painting was until a neighbor, Rebecca Tran, recognized it from the documentary. He said the family wanted it \"back where it belongs\" and would accept no reward.",
"\"It was rolled up in a moving blanket, next to a tennis racket and a box of Christmas lights.\" Mr. Oduya gave that account of the find at a news conference on Friday afternoon, standing beside the painting.",
"The work had been given to the museum in 1971 by the family of Thomas Hadley, a mill owner who commissioned it. His great-granddaughter, Joan Hadley, 71, said she cried when the museum called her. \"My father took me to see it every Sunday after church,\" Ms. Hadley said.",
"Her brother, Peter Hadley, was more cautious. \"I'll believe it when I see it hanging on the wall,\" Mr. Hadley said.",
"Lt. Carla Benn of the Greyfield Police Department said the investigation of the 1994 theft remained open and that detectives hoped to speak with the family. \"Returning a painting is not the same as explaining how it left,\" she said.",
"The three other works taken that night, two drawings and a small portrait, have never been found. The museum is offering a reward of $50,000 for information leading to their return.",
"Mr. Achterberg said the painting would go on display in the spring, after cleaning. He had one request for whoever has the others: \"Bring them back. No questions, no lawyers, just bring them back.\"",
], quotes=[
("Evening at Colby Mill,", None, {}),
("Cold Canvas,", None, {}),
("I have looked at a photograph of that painting on my office wall every day for 11 years,", "Simon Achterberg", {}),
("To see the real thing leaning against my desk was something else.", "Simon Achterberg", {}),
("back where it belongs", "Martin Oduya", {}),
("It was rolled up in a moving blanket, next to a tennis racket and a box of Christmas lights.", "Martin Oduya", {}),
("My father took me to see it every Sunday after church,", "Joan Hadley", {}),
("I'll believe it when I see it hanging on the wall,", "Peter Hadley", {}),
("Returning a painting is not the same as explaining how it left,", "Carla Benn", {}),
("Bring them back. No questions, no lawyers, just bring them back.", "Simon Achterberg", {}),
]))

B12.append(dict(id="en-r12-sentencing", paras=[
"Man Who Killed Delivery Driver Over Parking Space Is Sentenced to Life",
"LOUISVILLE, Ky. — A man who shot a grocery delivery driver during an argument over a parking space was sentenced on Thursday to life in prison without the possibility of parole.",
"Dwayne Corliss, 34, was convicted in October of murder in the death of Samuel Ibe, 27, a father of two who had been making deliveries in the Fern Creek neighborhood in March of last year.",
"Before the sentence was imposed, Mr. Ibe's mother, Grace Ibe, read a statement to the court, turning once to face Mr. Corliss.",
"\"Samuel called me every night at nine o'clock. Every night, for 11 years, even when he was tired, even when he had nothing to say.",
"\"Now nine o'clock comes and the phone is quiet. I do not forgive you, and I do not think God expects me to.\"",
"Judge Harriet Mboya of Jefferson Circuit Court told Mr. Corliss that he had shown \"not one moment of remorse\" during the trial. \"You took a life over a parking space,\" she said. \"You will spend the rest of yours thinking about that.\"",
"The convicted killer, wearing an orange jumpsuit, spoke briefly. \"I'm sorry for the family,\" he said. \"I wasn't raised like this.\"",
"\"This was a cold, deliberate act, and the sentence reflects that,\" said Elena Vasquez, the commonwealth's attorney for Jefferson County. Ms. Vasquez had asked for life without parole after Mr. Corliss turned down a plea offer in the summer.",
"His lawyer, Bernard Quist, said he would appeal. \"The jury never heard the full story of what happened in that parking lot,\" Mr. Quist said outside the courthouse. He did not say what that story was.",
"A juror, who asked not to be identified because the panel had been promised privacy, said the jury had deliberated for less than three hours. \"There was a video. There was not much to argue about,\" the juror said.",
"Mr. Ibe's employer, the delivery company FreshCart, has set up a fund for his children. The company said in a statement that he had been \"one of our most loved drivers.\"",
"Outside, Ms. Ibe held a framed photograph of her son. Asked how she felt, she said: \"Tired. Just tired.\"",
], quotes=[
("Samuel called me every night at nine o'clock. Every night, for 11 years, even when he was tired, even when he had nothing to say.", "Grace Ibe", {}),
("Now nine o'clock comes and the phone is quiet. I do not forgive you, and I do not think God expects me to.", "Grace Ibe", {}),
("not one moment of remorse", "Harriet Mboya", {}),
("You took a life over a parking space,", "Harriet Mboya", {}),
("You will spend the rest of yours thinking about that.", "Harriet Mboya", {}),
("I'm sorry for the family,", "Dwayne Corliss", {}),
("I wasn't raised like this.", "Dwayne Corliss", {}),
("This was a cold, deliberate act, and the sentence reflects that,", "Elena Vasquez", {}),
("The jury never heard the full story of what happened in that parking lot,", "Bernard Quist", {}),
("There was a video. There was not much to argue about,", "A juror", {"unnamed": ["juror"]}),
("one of our most loved drivers.", "FreshCart", {}),
("Tired. Just tired.", "Grace Ibe", {}),
]))

B12.append(dict(id="en-r12-mayor-debate", paras=[
"In Testy Debate, Mayoral Rivals Spar Over Housing and a Stadium",
"SPRINGVALE, Ore. — The two candidates for mayor of Springvale clashed over housing costs and a proposed minor league stadium in their only televised debate on Wednesday night, six days before the election.",
"Councilwoman Teresa Okonkwo, 52, who has led in the few public polls, said the city had approved too few homes for a decade. \"Every young family I meet is one rent increase away from leaving Springvale,\" Ms. Okonkwo said.",
"Her opponent, Mark Devereaux, a former fire chief, said the council she sits on had created the problem. \"Teresa has voted on every one of those budgets,\" he said. \"She can't run against her own record.\"",
"Ms. Okonkwo responded: \"I voted for every housing plan that came before us. Mark is the one who spent two years telling people to oppose them.\"",
"The moderator, Julia Fenn of the station KSPV, pressed both candidates on the stadium, which the owners of the Springvale Salmon want built with $40 million in public bonds. Mr. Devereaux said he supported it. \"It brings jobs, it brings visitors, and it brings the river district back to life,\" he said.",
"Ms. Okonkwo said she would put the bonds to a public vote. Mr. Devereaux, she said, \"wants the taxpayers to pay for somebody else's ballpark.\"",
"An adviser to Mr. Devereaux's campaign, who spoke on the condition of anonymity to discuss internal polling, said the race had tightened in the past two weeks. \"We're within five points, and she knows it,\" the adviser said.",
"Ms. Okonkwo's campaign manager, Luis Ybarra, called that claim \"wishful thinking\" and said the campaign's own numbers showed a double-digit lead.",
"\"Neither of them answered the question about water rates.\" Alan Whitley, a retired teacher who watched the debate at a library with about 40 neighbors, said he was still undecided, and that most of the people in the room seemed to be too.",
"The debate was broadcast on \"Valley Matters,\" KSPV's weekly public affairs program, and streamed on the city's website. Ballots must be returned by 8 p.m. on Tuesday.",
], quotes=[
("Every young family I meet is one rent increase away from leaving Springvale,", "Teresa Okonkwo", {}),
("Teresa has voted on every one of those budgets,", "Mark Devereaux", {}),
("She can't run against her own record.", "Mark Devereaux", {}),
("I voted for every housing plan that came before us. Mark is the one who spent two years telling people to oppose them.", "Teresa Okonkwo", {}),
("It brings jobs, it brings visitors, and it brings the river district back to life,", "Mark Devereaux", {}),
("wants the taxpayers to pay for somebody else's ballpark.", "Teresa Okonkwo", {}),
("We're within five points, and she knows it,", "An adviser to Mr. Devereaux's campaign", {"unnamed": ["adviser"]}),
("wishful thinking", "Luis Ybarra", {}),
("Neither of them answered the question about water rates.", "Alan Whitley", {}),
("Valley Matters,", None, {}),
]))

B12.append(dict(id="en-r12-layoffs", paras=[
"Halden Software to cut 1,200 jobs as it shifts spending to AI",
"Halden Software, the Manchester-based maker of payroll systems, will cut 1,200 jobs, about a tenth of its workforce, as it moves spending towards artificial intelligence, the company said on Tuesday.",
"In a memo to staff seen by the Ledger, the chief executive, Owen Marsh, said the cuts were 'painful but necessary'. 'We are asking a smaller team to build a bigger future,' he wrote.",
"Halden's spokeswoman, Priya Kaur, said most of the cuts would fall on the sales and customer support teams. 'No decisions have been made about individual roles,' Ms Kaur said.",
"The board agreed the cuts last week after a heated meeting, according to a person briefed on the plans. 'Two directors wanted to wait until after the results,' the person said. 'They lost.'",
"Gail Marsh, the regional officer of the Unite union, who is not related to the chief executive, said the union would demand a full consultation. 'Mr Marsh has found £200m for robots and nothing for the people who built this company,' Ms Marsh said.",
"Rosalind Achebe, an analyst at Penrose Capital, said investors had been waiting for the cuts for months.",
"'The market has been telling Halden for two years that its costs were too high. This is the board finally listening.",
"'The risk is that they cut the people who keep the customers happy, and the customers leave anyway.'",
"Staff were told of the plans at a video call on Tuesday morning, shortly before the announcement to the stock exchange. A support engineer in Leeds, who asked not to be named, put it more bluntly: 'We found out from the news.'",
"Halden's shares rose 4 per cent in early trading. The company, which was founded in 1998 as a spin-off from the University of Manchester, employs about 11,500 people in Britain, Ireland and India.",
"Mr Marsh, who took over in January, has promised to double the company's spending on research by 2028. He told analysts in March that Halden had 'two years to catch up or get left behind'.",
], quotes=[
("painful but necessary", "Owen Marsh", {}),
("We are asking a smaller team to build a bigger future,", "Owen Marsh", {}),
("No decisions have been made about individual roles,", "Priya Kaur", {}),
("Two directors wanted to wait until after the results,", "a person briefed on the plans", {"unnamed": ["person"]}),
("They lost.", "a person briefed on the plans", {"unnamed": ["person"]}),
("Mr Marsh has found £200m for robots and nothing for the people who built this company,", "Gail Marsh", {}),
("The market has been telling Halden for two years that its costs were too high. This is the board finally listening.", "Rosalind Achebe", {}),
("The risk is that they cut the people who keep the customers happy, and the customers leave anyway.", "Rosalind Achebe", {}),
("We found out from the news.", "A support engineer in Leeds", {"unnamed": ["engineer"]}),
("two years to catch up or get left behind", "Owen Marsh", {}),
]))

B12.append(dict(id="en-r12-baking-show", paras=[
"Bakery Siblings Win 'Rise and Shine' Final",
"DULUTH, Minn. — Two siblings who run a bakery out of a converted garage here won the final of \"Rise and Shine,\" the television baking competition, on Sunday night, beating 11 other teams over eight weeks.",
"Nora Lindahl, 29, and her brother, Erik Lindahl, 26, took home the $100,000 prize for a three-tier cardamom cake that one judge called \"the best thing I have eaten on this show.\"",
"\"We almost didn't enter,\" Ms. Lindahl said in a phone interview on Monday. \"Erik filled out the application at two in the morning and told me about it the next day.\"",
"Mr. Lindahl said he had filled it out as a joke. \"I didn't think they'd call,\" he said. \"Then they called.\"",
"The show's host, Vivian Sato, said the siblings had been the underdogs from the first episode. Mr. Lindahl, she said, \"never once stopped smiling, even when the oven died.\"",
"\"We had more applications this season than in the first three combined,\" said Darren Holt, a spokesman for the Northline Network, which airs the show. He said a fifth season had been ordered.",
"Their grandmother, Ingrid Lindahl, 91, watched the final from her nursing home in Cloquet. \"I told them to use more butter,\" she said by telephone.",
"\"It's her recipe. We just made it taller.\" Ms. Lindahl laughed when she was told what her grandmother had said, and added that the family had argued about the butter for 20 years.",
"By Monday morning, the line outside the bakery stretched around the block, and several customers said they had driven up from the Twin Cities. \"We watched every episode,\" one said. \"We had to come.\"",
"The siblings said they would use the prize money to move into a storefront downtown. They have already picked a name for it: \"Second Rise.\"",
], quotes=[
("Rise and Shine", None, {}),
("Rise and Shine,", None, {}),
("the best thing I have eaten on this show.", "one judge", {"unnamed": ["judge"]}),
("We almost didn't enter,", "Nora Lindahl", {}),
("Erik filled out the application at two in the morning and told me about it the next day.", "Nora Lindahl", {}),
("I didn't think they'd call,", "Erik Lindahl", {}),
("Then they called.", "Erik Lindahl", {}),
("never once stopped smiling, even when the oven died.", "Vivian Sato", {}),
("We had more applications this season than in the first three combined,", "Darren Holt", {}),
("I told them to use more butter,", "Ingrid Lindahl", {}),
("It's her recipe. We just made it taller.", "Nora Lindahl", {}),
("We watched every episode,", "one of several customers", {"unnamed": ["customer", "one"]}),
("We had to come.", "one of several customers", {"unnamed": ["customer", "one"]}),
("Second Rise.", None, {}),
]))

out = {"about": ("English news articles written by hand to be read (batch 12), in the house styles of the blind "
                 "English batches, every person in them invented; each quotation labelled with its speaker by "
                 "the writer and committed before the engine ran on them. Same fields and rules as gold.json. "
                 "A read set: scored with the read batches of written_english.json by --english-read, whose "
                 "--show lists its misses. See README.md."), "articles": []}

for order, a in enumerate(B12):
    text = "\n".join(a["paras"])
    quotes = placed_quotes(a["id"], text, a["quotes"])
    out["articles"].append({"id": a["id"], "corpus": "written", "lang": "en", "batch": BATCH, "order": order,
                            "text": text, "quotes": quotes, "read": True})
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_english_read.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes",
      sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
for a in B12:
    print(a["id"], len(" ".join(a["paras"]).split()), "words")
