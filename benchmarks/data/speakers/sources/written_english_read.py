"""Build benchmarks/data/speakers/written_english_read.json: English news articles written by hand
to be read (batch 12, and batch 14 in kinds of reporting the read sets lacked), in the newspaper house styles of the blind English batches (honorifics
throughout, "said X, a spokesman for Y", a pronoun after a named person with a person of the other
sex between, a quotation running over paragraphs, unnamed sources, a speaker named only in the next
sentence, a quotation after a colon, a title in quotation marks that nobody says, people sharing a
surname). Every person, firm and place invented; each quotation labelled by the writer and committed
before the engine ran on them. A read set: `speakers.py --english-read --show` lists its misses with
the read batches of written_english.json. Kept in a file of its own so that the blind batches'
builder (written_english.py) stays the blind writers' alone."""
import json, sys

from marked import placed_quotes

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

# Batch 14: eight articles in kinds of reporting the read sets lacked (a match report, a court
# report with judge, prosecutor, defence and witness, a business story with an analyst's note and a
# company statement, an obituary, a press conference with reporters' questions, a wire roundup of
# reactions from several capitals, a feature with a long interview, a council meeting), written and
# labelled at the start of a later release, before any of its rules and before the engine ran on them.
B14 = []


def _paras(text: str) -> list[str]:
    return [line for line in text.strip().split("\n") if line.strip()]


B14.append(dict(id="en-r14-derby", paras=_paras("""
Harwick Rovers 2 Stenmouth Athletic 1: Okafor double settles derby
Danny Okafor scored twice in the second half as Harwick Rovers came from behind to beat Stenmouth Athletic at Mill Lane on Saturday and climb to third in the League One table.
Stenmouth had led through a Callum Reyes header after 23 minutes, and for long spells the visitors looked the sharper side. Rovers manager Gareth Pryce admitted his team had been ‘second to everything’ before the break.
‘I told them at half-time that they were playing like they were scared of the ball,’ Pryce said. ‘To their credit, they came out and showed what they are.’
Okafor, 22, levelled within four minutes of the restart, turning inside Stenmouth's captain, Lewis Hartigan, and finishing low into the corner. His winner came with nine minutes left, a volley from the edge of the box after goalkeeper Tom Brannock could only punch a corner clear.
‘The first one I just hit and hoped,’ said the striker, who joined on loan from Premier League Ashbury in August. ‘The second one, I knew as soon as it left my foot.’
Stenmouth boss Ian Mulgrew was furious that Okafor's equaliser had been allowed to stand, claiming Hartigan had been fouled in the build-up. ‘It's a free-kick all day long. My captain's on the floor and the referee waves play on,’ he said. ‘We've been on the wrong end of three of those in five games now.’
Asked whether he would complain to the league, Mulgrew said: ‘What's the point? Nothing changes.’
Hartigan was more measured. ‘We can't moan about one decision,’ the defender told BBC Radio Harwick. ‘We had chances to kill the game and we didn't take them.’
Pryce, whose side have now won four in a row, refused to talk about promotion. ‘Ask me in April,’ he said with a smile. The home supporters had other ideas, and ‘We're going up’ rang round Mill Lane long after the final whistle.
The attendance of 11,204 was the highest at the ground since 2009. Rovers visit Carlton Town on Tuesday, while Stenmouth host Eastleigh Vale, who sacked their manager last week after a run of six defeats.
"""), quotes=[
("second to everything", "Gareth Pryce", {}),
("I told them at half-time that they were playing like they were scared of the ball,", "Gareth Pryce", {}),
("To their credit, they came out and showed what they are.", "Gareth Pryce", {}),
("The first one I just hit and hoped,", "Danny Okafor", {}),
("The second one, I knew as soon as it left my foot.", "Danny Okafor", {}),
("It's a free-kick all day long. My captain's on the floor and the referee waves play on,", "Ian Mulgrew", {}),
("We've been on the wrong end of three of those in five games now.", "Ian Mulgrew", {}),
("What's the point? Nothing changes.", "Ian Mulgrew", {}),
("We can't moan about one decision,", "Lewis Hartigan", {}),
("We had chances to kill the game and we didn't take them.", "Lewis Hartigan", {}),
("Ask me in April,", "Gareth Pryce", {}),
("We're going up", None, {}),
]))

B14.append(dict(id="en-r14-treasurer-trial", paras=_paras("""
Former Treasurer Says League Founder Told Her to 'Keep the Books Quiet'
SPRINGVALE, Ohio (AP) — A former treasurer of a suburban youth football league testified Wednesday that its founder told her to "keep the books quiet" as nearly $400,000 went missing over six years.
Marlene Oduya, 58, spent most of the day on the witness stand in the fraud trial of Dale Fenwick, 63, who founded the Springvale Junior Titans in 1998 and ran it until his arrest last year. Fenwick has pleaded not guilty to theft and money laundering.
Oduya said Fenwick told her in 2017 that the board "doesn't need to see every receipt" and asked her to stop sending it monthly statements. She said she did as she was told.
Assistant Prosecutor Renee Castillo walked Oduya through dozens of checks written to a landscaping company that prosecutors say existed only on paper. "Did you ever see anyone from this company mow a single field?" Castillo asked.
"Not once," Oduya replied.
Under cross-examination, Fenwick's lawyer, Howard Leventhal, suggested Oduya had signed many of the same checks herself. "You were the treasurer. Your signature is on 212 of these checks, isn't it?" he asked.
"I signed what he put in front of me," she said, her voice breaking. "I trusted him. Everybody trusted him."
Leventhal told reporters outside the courthouse that the case rested on "the word of a woman who had every reason to point the finger."
Judge Patricia Whitlow twice warned spectators, many of them parents wearing league jerseys, to stay quiet. "This is a courtroom, not a sideline," the judge said after a man in the gallery shouted at the witness.
A parent, Greg Amsel, whose two sons played in the league, said outside court that families had paid registration fees for years without question. "We bought the raffle tickets. We bought the candy bars," Amsel said. "And he bought a boat."
Prosecutors say Fenwick used league money to buy a 24-foot fishing boat, pay off a credit card and take his wife on two cruises. Bank records shown to the jury on Tuesday traced more than $90,000 from the league's account to a marina in Sandusky.
The prosecution expects to rest its case Friday. Leventhal has said Fenwick will testify in his own defense. If convicted, Fenwick faces up to 11 years in prison.
"""), quotes=[
("Keep the Books Quiet", "Dale Fenwick", {"implied": True}),
("keep the books quiet", "Dale Fenwick", {}),
("doesn't need to see every receipt", "Dale Fenwick", {}),
("Did you ever see anyone from this company mow a single field?", "Renee Castillo", {}),
("Not once,", "Marlene Oduya", {}),
("You were the treasurer. Your signature is on 212 of these checks, isn't it?", "Howard Leventhal", {}),
("I signed what he put in front of me,", "Marlene Oduya", {}),
("I trusted him. Everybody trusted him.", "Marlene Oduya", {}),
("the word of a woman who had every reason to point the finger.", "Howard Leventhal", {}),
("This is a courtroom, not a sideline,", "Patricia Whitlow", {}),
("We bought the raffle tickets. We bought the candy bars,", "Greg Amsel", {}),
("And he bought a boat.", "Greg Amsel", {}),
]))

B14.append(dict(id="en-r14-cocoa", paras=_paras("""
Calderon Foods Shares Slide After Chief Warns on Cocoa Costs
Shares of Calderon Foods fell 9 percent on Thursday, their biggest one-day drop in four years, after the snack maker cut its profit forecast and its chief executive warned that cocoa prices would squeeze margins well into next year.
“We are paying more for cocoa than at any point in the company's 70-year history, and we are not going to pass all of that on to shoppers,” Chief Executive Miriam Achebe said on a call with analysts.
Calderon now expects earnings of $2.10 to $2.25 a share for the year, down from a previous range of $2.60 to $2.75. Revenue in the third quarter rose 3 percent, to $1.8 billion, as higher prices made up for lower volumes.
Ms. Achebe said the company would cut about 400 jobs, most of them in sales and administration, and close a plant in Dorrance, Pa. “These are people who have given us decades,” she said. “This is not a decision we made lightly.”
Analysts were not reassured. “The guidance cut was expected; the size of it was not,” Paul Verhoeven, an analyst at Lindell Brothers, wrote in a note to clients. He said Calderon had “less room than its rivals” to absorb costs because of its heavy reliance on chocolate bars.
Another analyst, Sunita Rao of Marbury Capital, cut her rating on the stock to “neutral” from “buy.” “Calderon is a good company having a bad year,” she wrote. “The question is whether it is also a bad year for chocolate, or just for Calderon.”
In a statement, the company said the Dorrance plant's 180 workers would be offered “positions elsewhere in our network where possible” and severance pay.
The union that represents the plant's workers, the Bakery and Confectionery Workers Local 412, called the closing “a betrayal of a town that built this company.” Its president, Frank Mazur, said members would hold a rally outside the plant on Saturday. “They want us to clap while they turn off the lights,” he said.
Ms. Achebe, who took over last year from the founder's grandson, Robert Calderon, told analysts she remained confident in the company's long-term plan. “Cocoa will come down. Our brands will still be here when it does,” she said.
Calderon's shares have lost nearly a third of their value this year. The company's larger rivals, which make more of their money from salty snacks, have fared better, and two of them raised their forecasts last month.
"""), quotes=[
("We are paying more for cocoa than at any point in the company's 70-year history, and we are not going to pass all of that on to shoppers,", "Miriam Achebe", {}),
("These are people who have given us decades,", "Miriam Achebe", {}),
("This is not a decision we made lightly.", "Miriam Achebe", {}),
("The guidance cut was expected; the size of it was not,", "Paul Verhoeven", {}),
("less room than its rivals", "Paul Verhoeven", {}),
("neutral", None, {}),
("buy.", None, {}),
("Calderon is a good company having a bad year,", "Sunita Rao", {}),
("The question is whether it is also a bad year for chocolate, or just for Calderon.", "Sunita Rao", {}),
("positions elsewhere in our network where possible", "Calderon Foods", {"accept": ["Calderon"]}),
("a betrayal of a town that built this company.", "Bakery and Confectionery Workers Local 412", {"accept": ["Local 412"]}),
("They want us to clap while they turn off the lights,", "Frank Mazur", {}),
("Cocoa will come down. Our brands will still be here when it does,", "Miriam Achebe", {}),
]))

B14.append(dict(id="en-r14-obituary-swim", paras=_paras("""
Edith Marlowe, Who Taught Three Generations to Swim in a Cold Lake, Dies at 94
Edith Marlowe, who gave free swimming lessons in Lake Tamsin for more than 60 summers and was credited by the county with sharply reducing drownings there, died on Sunday at her home in Pell's Crossing, Minn. She was 94.
Her death was confirmed by her son, Arthur Marlowe, who said she had been in declining health since a fall in the spring.
Mrs. Marlowe began teaching in 1958, after a neighbor's 7-year-old drowned off the public dock. “Nobody in this town could swim, and nobody thought that was strange,” she told The Tamsin Courier in a 2008 interview. “I thought it was very strange.”
She taught from 7 a.m. until noon every day from June to August, charging nothing and accepting no help from the county until 1985, when it built a changing hut at the beach that still bears her name.
Her lessons were famous for their discipline. Children were expected to be in the water by 7:05, whatever the weather. “She would stand on the dock in a wool coat and tell you the lake was warm,” said Dennis Fahey, 71, who learned to swim with her in 1960 and later became the county sheriff. “It was never warm.”
Mr. Fahey said that in his 28 years as sheriff the lake had not had a single drowning of a child who had taken her course. “I checked,” he said. “I checked every one.”
Edith Ann Sorensen was born on March 3, 1931, in Duluth, the youngest of six children of a fisherman and a schoolteacher. She trained as a lifeguard at 16 and married Harold Marlowe, a mail carrier, in 1952; he died in 2001.
Her son said she had continued to swim in the lake every morning until she was 90. “She said the day she stopped swimming would be the day she stopped,” he said. “She was right about that, like she was right about most things.”
Mrs. Marlowe was named the county's citizen of the year three times, an honor she once described to the Courier as “a nice plaque for doing what anybody should do.”
In addition to her son, she is survived by a daughter, Ruth Kessler; nine grandchildren; and 14 great-grandchildren. Ms. Kessler said the family would hold a swim in her mother's memory on the first Saturday in June. “Seven a.m.,” she said. “Not 7:05.”
"""), quotes=[
("Nobody in this town could swim, and nobody thought that was strange,", "Edith Marlowe", {}),
("I thought it was very strange.", "Edith Marlowe", {}),
("She would stand on the dock in a wool coat and tell you the lake was warm,", "Dennis Fahey", {}),
("It was never warm.", "Dennis Fahey", {}),
("I checked,", "Dennis Fahey", {}),
("I checked every one.", "Dennis Fahey", {}),
("She said the day she stopped swimming would be the day she stopped,", "Arthur Marlowe", {}),
("She was right about that, like she was right about most things.", "Arthur Marlowe", {}),
("a nice plaque for doing what anybody should do.", "Edith Marlowe", {}),
("Seven a.m.,", "Ruth Kessler", {}),
("Not 7:05.", "Ruth Kessler", {}),
]))

B14.append(dict(id="en-r14-bridge-presser", paras=_paras("""
Governor Defends Bridge Closure as Commuters Face Months of Detours
HOLLISTER, Ore. — Gov. Daniel Akande on Monday defended his decision to close the Carver Street Bridge to all traffic, telling reporters that engineers had found cracks in two of its steel supports that could not wait for repair.
“I am not going to gamble with people's lives to save them 20 minutes on their commute,” Mr. Akande said at a news conference at the state transportation department's offices. “If that makes me unpopular in Hollister, so be it.”
The bridge, which carries about 60,000 vehicles a day across the Lane River, will remain closed for at least five months, officials said.
Standing beside the governor, the transportation director, Carol Nyquist, said inspectors had found the cracks during a routine check on Thursday. “These are not cosmetic,” Ms. Nyquist said. “They go through the steel.”
One reporter asked why the cracks had not been found in the last inspection, in 2024. “That is a fair question, and I asked it myself,” Ms. Nyquist replied. “The cracks are in a place that is very hard to see without taking the deck apart.”
Another reporter asked whether the state would pay for extra buses. “We will,” the governor said, adding that the state would run free shuttles across the Morrow Street Bridge, two miles upstream, from next Monday.
Pressed on whether the closing would hurt businesses near the bridge, Mr. Akande said: “Of course it will. I am not going to stand here and tell you otherwise.”
A reporter from KHLO asked: “Governor, did anyone in your office know about the cracks before Thursday?”
“No,” he said. “And if I find out that someone did, they will not be working for me.”
Mayor Luisa Ferrante of Hollister, who was not at the news conference, said in a statement that the city had not been told of the closing until an hour before it took effect. “We learned about this the same way our residents did: from a road sign,” she said.
Traffic on the Morrow Street Bridge was backed up for more than a mile during the Monday evening rush. The state will hold a public meeting on the closing on Thursday evening at Hollister High School.
"""), quotes=[
("I am not going to gamble with people's lives to save them 20 minutes on their commute,", "Daniel Akande", {}),
("If that makes me unpopular in Hollister, so be it.", "Daniel Akande", {}),
("These are not cosmetic,", "Carol Nyquist", {}),
("They go through the steel.", "Carol Nyquist", {}),
("That is a fair question, and I asked it myself,", "Carol Nyquist", {}),
("The cracks are in a place that is very hard to see without taking the deck apart.", "Carol Nyquist", {}),
("We will,", "Daniel Akande", {}),
("Of course it will. I am not going to stand here and tell you otherwise.", "Daniel Akande", {}),
("Governor, did anyone in your office know about the cracks before Thursday?", "a reporter from KHLO", {"unnamed": ["reporter"]}),
("No,", "Daniel Akande", {}),
("And if I find out that someone did, they will not be working for me.", "Daniel Akande", {}),
("We learned about this the same way our residents did: from a road sign,", "Luisa Ferrante", {}),
]))

B14.append(dict(id="en-r14-arctic-roundup", paras=_paras("""
World Leaders Voice Dismay as Arctic Fishing Talks Collapse
(Reuters) - Governments from Oslo to Ottawa voiced disappointment on Friday after talks on a treaty to limit fishing in the central Arctic Ocean broke down in Reykjavik without agreement, ending two years of negotiations.
Norway's fisheries minister, Sigrid Haugvik, said her government had gone "as far as any government could go" to reach a deal. "The fish will not wait for us to agree," she told reporters in Oslo.
In Ottawa, Canada's foreign minister, Martin Desrochers, blamed "a small number of delegations" for blocking a compromise on quotas, without naming them. "Canada came to Reykjavik to sign a treaty. We are disappointed that we are leaving without one," he said in a statement.
In Moscow, the foreign ministry said the proposed limits would have been "discriminatory" against Russian fleets. "Russia has always supported reasonable cooperation in the Arctic, but not on terms written elsewhere," ministry spokeswoman Yelena Korsakova told a regular briefing.
Beijing, which attended the talks as an observer, urged all sides to return to the table. "China hopes the parties will continue dialogue in a constructive spirit," foreign ministry spokesman Liang Wei said in Beijing.
In Washington, a State Department spokesperson said the United States was "reviewing next steps with our partners."
The European Union's oceans commissioner, Kaja Lindholm, said the bloc would push for talks to resume within six months. "A failed round is not a failed treaty," she said in Brussels.
Environmental groups were less forgiving. "Two years of talks, and the only thing that has been agreed is the date of the next meeting," said Anders Vik of the Arctic Ocean Alliance, a coalition of 40 groups.
Iceland, which hosted the talks, said it was ready to host them again. Prime Minister Helga Bjarnadottir said the negotiators had come "closer than anyone expected a year ago." "I do not believe this is over," she said.
Fishing vessels from several countries have begun exploring the central Arctic as the summer ice retreats, though no commercial fishing takes place there yet, scientists say. A 2018 moratorium, which expires next year, bars its signatories from starting any before a treaty is in place.
"""), quotes=[
("as far as any government could go", "Sigrid Haugvik", {}),
("The fish will not wait for us to agree,", "Sigrid Haugvik", {}),
("a small number of delegations", "Martin Desrochers", {}),
("Canada came to Reykjavik to sign a treaty. We are disappointed that we are leaving without one,", "Martin Desrochers", {}),
("discriminatory", "the Russian foreign ministry", {"unnamed": ["ministry"]}),
("Russia has always supported reasonable cooperation in the Arctic, but not on terms written elsewhere,", "Yelena Korsakova", {}),
("China hopes the parties will continue dialogue in a constructive spirit,", "Liang Wei", {}),
("reviewing next steps with our partners.", "a State Department spokesperson", {"unnamed": ["spokesperson"]}),
("A failed round is not a failed treaty,", "Kaja Lindholm", {}),
("Two years of talks, and the only thing that has been agreed is the date of the next meeting,", "Anders Vik", {}),
("closer than anyone expected a year ago.", "Helga Bjarnadottir", {}),
("I do not believe this is over,", "Helga Bjarnadottir", {}),
]))

B14.append(dict(id="en-r14-lighthouse", paras=_paras("""
The Last Keeper of Hatchet Rock
On a granite island four miles off the coast of Maine, Ruth Callaway is the last resident. She has lived on Hatchet Rock for 41 years, the last 17 of them alone, since the Coast Guard automated the light and her husband, Walter, died in the same winter.
“People ask me if I'm lonely,” she says, pouring tea in a kitchen that smells of kerosene and bread. “I tell them I have the gulls, the seals and the radio. The gulls are the worst company of the three.”
Callaway, 78, came to the island in 1983 as the wife of the assistant keeper. She was a nurse in Portland then, and had never been on a boat bigger than a ferry.
“Walter said it would be two years. Two years, and then we'd go back to the mainland and have children and a normal life.
“We never went back. The two years became forty, and the children never came, and I stopped missing the mainland sometime around 1990,” she says.
Her nephew, Sam Pettengill, a lobsterman in Stonington, brings groceries every second Tuesday, weather allowing. He worries about her. “She's 78 and she climbs the tower stairs every night to look at a light that doesn't need her,” he says. “If she falls, it could be a day before anyone knows.”
Callaway has heard this before. “Sam thinks I'm fragile,” she says. “Sam has never seen me haul a dinghy.”
When I ask what she does all day, she laughs. “Whatever needs doing. Today it was you.”
The island belongs to the state, which leases her the keeper's house for a dollar a year. A spokeswoman for the Maine Bureau of Parks and Lands, Denise Arcand, says the lease runs until 2030 and there are no plans to end it. “As long as Mrs. Callaway wants to be there, she is welcome,” Arcand says.
Asked whether she has ever thought about leaving, Callaway is quiet for a while.
“Every winter,” she says at last. “And every spring I forget why.”
On the evening I leave, she walks me down to the landing. The light above us begins to turn. “You see?” she says. “It doesn't need me. But it's nice to have someone watch it.”
"""), quotes=[
("People ask me if I'm lonely,", "Ruth Callaway", {}),
("I tell them I have the gulls, the seals and the radio. The gulls are the worst company of the three.", "Ruth Callaway", {}),
("Walter said it would be two years. Two years, and then we'd go back to the mainland and have children and a normal life.", "Ruth Callaway", {}),
("We never went back. The two years became forty, and the children never came, and I stopped missing the mainland sometime around 1990,", "Ruth Callaway", {}),
("She's 78 and she climbs the tower stairs every night to look at a light that doesn't need her,", "Sam Pettengill", {}),
("If she falls, it could be a day before anyone knows.", "Sam Pettengill", {}),
("Sam thinks I'm fragile,", "Ruth Callaway", {}),
("Sam has never seen me haul a dinghy.", "Ruth Callaway", {}),
("Whatever needs doing. Today it was you.", "Ruth Callaway", {}),
("As long as Mrs. Callaway wants to be there, she is welcome,", "Denise Arcand", {}),
("Every winter,", "Ruth Callaway", {}),
("And every spring I forget why.", "Ruth Callaway", {}),
("You see?", "Ruth Callaway", {}),
("It doesn't need me. But it's nice to have someone watch it.", "Ruth Callaway", {}),
]))

B14.append(dict(id="en-r14-council-20mph", paras=_paras("""
Councillors back 20mph limit despite protest from drivers
Plans to lower the speed limit to 20mph on most residential streets in Wexcombe were approved by the town council on Tuesday night after a three-hour meeting in which residents on both sides packed the public gallery.
The scheme, drawn up by the council's transport committee, covers 140 streets and will cost about £380,000. It was passed by 14 votes to 9.
Cllr Anne Whitfield, who chairs the committee, said slower traffic would save lives. 'Every child in this town should be able to walk to school without their parents worrying,' she told the meeting. 'This is not about punishing drivers.'
Opposition leader Cllr Mark Dunmore said the council had ignored its own consultation, in which 58 per cent of respondents opposed the plan. 'We asked people what they thought, they told us, and we are doing the opposite,' he said. 'Why bother asking?'
During the public session, Brenda Oakes, who runs a taxi firm on Station Road, told councillors her drivers would lose fares. 'My customers pay for a journey, not a crawl,' she said, to applause from the gallery.
Another resident, Dr Yusuf Karim, a GP at the Highfield surgery, spoke in support. He said he had treated two children hit by cars on Mill Street in the past year. 'I don't want to treat a third,' he said.
The mayor, Cllr Peter Langley, had to call for quiet twice. At one point he warned: 'If this continues I will clear the gallery.'
Mr Dunmore's amendment to exempt five main roads, including Station Road, was defeated. After the vote, he told the Wexcombe Gazette the opposition would 'keep fighting this at every turn'.
Cllr Whitfield said the new signs would go up in the spring. Asked what she would say to drivers who opposed the change, she replied: 'Leave five minutes earlier.'
A council spokesman said enforcement would be a matter for the police. Wexshire Police said in a statement it would 'work with the council on education first' and did not expect to issue fines in the first months.
Campaign group Slow Down Wexcombe, which collected 2,000 signatures for the scheme, hung a banner reading 'Twenty's Plenty' from the railings outside the town hall.
"""), quotes=[
("Every child in this town should be able to walk to school without their parents worrying,", "Anne Whitfield", {}),
("This is not about punishing drivers.", "Anne Whitfield", {}),
("We asked people what they thought, they told us, and we are doing the opposite,", "Mark Dunmore", {}),
("Why bother asking?", "Mark Dunmore", {}),
("My customers pay for a journey, not a crawl,", "Brenda Oakes", {}),
("I don't want to treat a third,", "Yusuf Karim", {}),
("If this continues I will clear the gallery.", "Peter Langley", {}),
("keep fighting this at every turn", "Mark Dunmore", {}),
("Leave five minutes earlier.", "Anne Whitfield", {}),
("work with the council on education first", "Wexshire Police", {"accept": ["police"]}),
("Twenty's Plenty", None, {}),
]))

out = {"about": ("English news articles written by hand to be read (batch 12, in the house styles of the blind "
                 "English batches; batch 14, in kinds of reporting the read sets lacked), every person in them invented; each quotation labelled with its speaker by "
                 "the writer and committed before the engine ran on them. Same fields and rules as gold.json. "
                 "A read set: scored with the read batches of written_english.json by --english-read, whose "
                 "--show lists its misses. See README.md."), "articles": []}

for order, (batch, a) in enumerate([(12, a) for a in B12] + [(14, a) for a in B14]):
    text = "\n".join(a["paras"])
    quotes = placed_quotes(a["id"], text, a["quotes"])
    out["articles"].append({"id": a["id"], "corpus": "written", "lang": "en", "batch": batch, "order": order,
                            "text": text, "quotes": quotes, "read": True})
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_english_read.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes",
      sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
for a in B12 + B14:
    print(a["id"], len(" ".join(a["paras"]).split()), "words")
