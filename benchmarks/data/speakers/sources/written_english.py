"""Build benchmarks/data/speakers/written_english.json: short English news articles written by
hand in the house styles real news uses (wire copy, British style, sport, courts, an interview,
a quotation over several paragraphs), each quotation labelled with its speaker by the writer
before the engine ran on them. Only measured: its misses are never listed, save batch 6's, which
was measured twice as unseen and then spent to be read ("read": true; --english-read [--show])."""
import json, sys

from marked import placed_quotes

# Batches spent to be read: measured as unseen, then their misses listed to write rules.
READ_BATCHES = {6}

# Each article: id, paragraphs, quotes: list of (quoted text, speaker, extra); extra: accept /
# unnamed as in gold.json. speaker None: nobody is said to speak it.
B6 = []

B6.append(dict(id="en-wire-bridge", paras=[
"Bridge closure snarls traffic as inspectors find cracked beam",
"HARTWELL, Ohio (AP) — State officials on Thursday closed the Route 9 bridge over the Miami River indefinitely after inspectors found a cracked steel beam, forcing about 30,000 daily commuters onto detours.",
"\"We are not going to take any chances with public safety,\" said Dana Whitfield, a spokeswoman for the Ohio Department of Transportation. \"The bridge stays closed until engineers can tell us it is safe.\"",
"The crack was spotted during a routine inspection on Tuesday, Whitfield said. Engineers expect to decide within two weeks whether the beam can be repaired or must be replaced.",
"Local business owners said the closure could not have come at a worse time. \"December is half my year,\" said Marcus Bell, who owns a hardware store on the east side of the river. \"If people can't get to me, they'll shop online.\"",
"Hartwell Mayor Gloria Estes urged drivers to be patient and said the city would add bus service across the nearby Elm Street bridge.",
"\"It's going to be a rough few weeks,\" Estes said.",
], quotes=[
("We are not going to take any chances with public safety,", "Dana Whitfield", {}),
("The bridge stays closed until engineers can tell us it is safe.", "Dana Whitfield", {}),
("December is half my year,", "Marcus Bell", {}),
("If people can't get to me, they'll shop online.", "Marcus Bell", {}),
("It's going to be a rough few weeks,", "Gloria Estes", {}),
]))

B6.append(dict(id="en-uk-council", paras=[
"Council tax to rise by 5% as town hall faces £12m gap",
"Residents in Kingsbridge face a 5% rise in council tax from April after councillors approved the borough's budget on Wednesday night.",
"The council's leader, Cllr Priya Mistry, said the authority had 'no realistic alternative'. 'We have cut everything we can cut without closing libraries and children's centres,' she told the meeting.",
"Opposition councillors walked out before the vote. Tom Haskins, who leads the Conservative group, said: 'This is a tax on families who are already struggling to heat their homes.'",
"Mr Haskins claimed the council had wasted £3m on a new headquarters. Ms Mistry said the building would save money within a decade.",
"A pensioner who watched from the public gallery, Jean Carter, 78, said she would have to choose between heating and eating. 'I've lived here 50 years and I've never been this worried,' she said.",
], quotes=[
("no realistic alternative", "Priya Mistry", {}),
("We have cut everything we can cut without closing libraries and children's centres,", "Priya Mistry", {}),
("This is a tax on families who are already struggling to heat their homes.", "Tom Haskins", {}),
("I've lived here 50 years and I've never been this worried,", "Jean Carter", {}),
]))

B6.append(dict(id="en-sport-final", paras=[
"Rovers edge United on penalties to lift the cup",
"Harlow Rovers won the County Cup for the first time in 22 years on Saturday, beating Milton United 4-3 on penalties after a goalless draw.",
"Goalkeeper Sam Okafor saved two spot kicks and was carried off the pitch by his team-mates.",
"\"I just guessed,\" Okafor said afterwards. \"I went left twice and I got lucky twice. That's football.\"",
"Rovers manager Ian Doyle, who took over in the summer, praised his side's defending. \"We knew they would have more of the ball,\" the 47-year-old said. \"The lads ran until they couldn't run any more.\"",
"United's captain Lewis Grant was in tears at the final whistle. \"It hurts, it really hurts,\" he said. \"We'll be back.\"",
"The United coach declined to speak to reporters.",
], quotes=[
("I just guessed,", "Sam Okafor", {}),
("I went left twice and I got lucky twice. That's football.", "Sam Okafor", {}),
("We knew they would have more of the ball,", "Ian Doyle", {}),
("The lads ran until they couldn't run any more.", "Ian Doyle", {}),
("It hurts, it really hurts,", "Lewis Grant", {}),
("We'll be back.", "Lewis Grant", {}),
]))

B6.append(dict(id="en-court-fraud", paras=[
"Former charity director sentenced to six years for fraud",
"A former director of a children's charity was sentenced on Monday to six years in federal prison for diverting more than $2 million in donations to pay for vacations, a lake house and her son's college tuition.",
"\"The defendant stole from sick children, and she did it for a decade,\" U.S. District Judge Harold Lin said as he imposed the sentence. \"No sentence I give today can repair that.\"",
"Prosecutors had asked for eight years. In a court filing last week, they wrote that Rebecca Shaw, 56, had \"treated the charity's bank account as her personal wallet.\"",
"Shaw's attorney, Michael Brandt, argued for a shorter sentence, citing her lack of a criminal record and her cooperation with investigators. \"She has accepted responsibility and she will spend the rest of her life paying it back,\" Brandt said outside the courthouse.",
"Shaw addressed the court briefly. \"I am ashamed,\" she said, her voice breaking. \"I am so sorry.\"",
], quotes=[
("The defendant stole from sick children, and she did it for a decade,", "Harold Lin", {}),
("No sentence I give today can repair that.", "Harold Lin", {}),
("treated the charity's bank account as her personal wallet.", "Prosecutors", {"unnamed": ["prosecutors"]}),
("She has accepted responsibility and she will spend the rest of her life paying it back,", "Michael Brandt", {}),
("I am ashamed,", "Rebecca Shaw", {}),
("I am so sorry.", "Rebecca Shaw", {}),
]))

B6.append(dict(id="en-long-quote", paras=[
"Nurses vote to strike over staffing at city hospitals",
"Nurses at three city hospitals voted overwhelmingly on Tuesday to authorise a strike, saying staff shortages have put patients at risk.",
"Carla Jimenez, an intensive care nurse and a union delegate at St. Anne's Hospital, described a typical night shift.",
"\"Last week I had four ICU patients on my own. The standard is two. One of them crashed at three in the morning and I had to leave the other three with nobody.",
"\"We are not asking for more money. We are asking for enough people to do the job safely. Management keeps telling us the agency nurses are coming, and they never come.\"",
"The hospitals' parent company, Meridian Health, said in a statement that it had hired 140 nurses this year and that \"patient safety has never been compromised.\"",
"A union spokesman said no strike date had been set.",
], quotes=[
("Last week I had four ICU patients on my own. The standard is two. One of them crashed at three in the morning and I had to leave the other three with nobody.", "Carla Jimenez", {}),
("We are not asking for more money. We are asking for enough people to do the job safely. Management keeps telling us the agency nurses are coming, and they never come.", "Carla Jimenez", {}),
("patient safety has never been compromised.", "Meridian Health", {}),
]))

B6.append(dict(id="en-interview", paras=[
"'I never wanted to be a politician': a conversation with the new mayor",
"Ruth Adeyemi was a school principal for 19 years before she won the mayor's race in November. She spoke to the Courier in her office, still half-filled with boxes.",
"Q: Why run at all?",
"A: \"Because I kept going to council meetings and nothing changed. At some point you stop complaining and you do something.\"",
"Q: What will you do first?",
"A: \"Fix the buses. Half my students used to be late because the 14 never came. That's not a small thing; that's a child's education.\"",
"Her predecessor, Frank Delgado, who did not seek re-election, said he had offered to help. \"She's going to find out the job is harder than it looks,\" Delgado said. \"But she's tough.\"",
], quotes=[
("Because I kept going to council meetings and nothing changed. At some point you stop complaining and you do something.", "Ruth Adeyemi", {}),
("Fix the buses. Half my students used to be late because the 14 never came. That's not a small thing; that's a child's education.", "Ruth Adeyemi", {}),
("She's going to find out the job is harder than it looks,", "Frank Delgado", {}),
("But she's tough.", "Frank Delgado", {}),
]))

B6.append(dict(id="en-role-later", paras=[
"Wildfire forces evacuation of mountain town",
"Authorities ordered all 4,000 residents of Pine Ridge to leave on Sunday as a wildfire driven by strong winds moved within two miles of the town.",
"Fire Chief Roberto Alvarez said crews had been pulled back from the fire line overnight. \"When the wind shifted, we had minutes, not hours,\" he said.",
"County Sheriff Linda Park said deputies were going door to door. Later, at an evening briefing, the sheriff said two people who refused to leave had been escorted out. \"We are not going to argue with anybody tonight,\" she said.",
"The chief warned that the town's water supply might not hold. \"If we lose pressure, we lose the hydrants,\" the chief said.",
"Residents gathered at an evacuation centre at the high school. \"I grabbed the dog and the photo albums,\" said Ellen Novak, 63. \"Everything else can burn.\"",
], quotes=[
("When the wind shifted, we had minutes, not hours,", "Roberto Alvarez", {}),
("We are not going to argue with anybody tonight,", "Linda Park", {}),
("If we lose pressure, we lose the hydrants,", "Roberto Alvarez", {}),
("I grabbed the dog and the photo albums,", "Ellen Novak", {}),
("Everything else can burn.", "Ellen Novak", {}),
]))

B6.append(dict(id="en-negatives", paras=[
"Senators clash over border bill",
"WASHINGTON — Two senators from the same party traded accusations on Wednesday over a stalled border security bill.",
"Sen. Mark Ellison of Arizona said his colleague had \"walked away from the table.\" Sen. Paul Briggs of Texas rejected that. \"Mark knows exactly why this bill is stuck,\" Briggs said. \"He should ask his own leadership.\"",
"Ellison, asked about the remark, said only: \"I've said what I've said.\"",
"The White House has called the bill \"a good first step,\" but the president has not said whether he would sign it.",
], quotes=[
("walked away from the table.", "Mark Ellison", {}),
("Mark knows exactly why this bill is stuck,", "Paul Briggs", {}),
("He should ask his own leadership.", "Paul Briggs", {}),
("I've said what I've said.", "Mark Ellison", {}),
("a good first step,", "The White House", {"unnamed": ["white house"]}),
]))

B6.append(dict(id="en-business", paras=[
"Carmaker to cut 2,000 jobs as electric shift bites",
"DETROIT (Reuters) - Halvorsen Motors will cut about 2,000 salaried jobs worldwide, the company said on Tuesday, as it tries to save $1.5 billion a year to pay for its move to electric vehicles.",
"\"These are difficult decisions that affect people we have worked with for years,\" Chief Executive Anna Lindqvist wrote in a memo to employees seen by Reuters.",
"The United Auto Workers union said the cuts did not affect hourly workers but called them \"a warning sign.\"",
"Analysts were divided. \"They are cutting in the right places, but they are cutting late,\" said Jordan Reyes, an analyst at Brightline Securities.",
"Shares of Halvorsen rose 3% in morning trading.",
], quotes=[
("These are difficult decisions that affect people we have worked with for years,", "Anna Lindqvist", {}),
("a warning sign.", "The United Auto Workers union", {"unnamed": ["united auto workers", "union", "uaw"]}),
("They are cutting in the right places, but they are cutting late,", "Jordan Reyes", {}),
]))

B6.append(dict(id="en-said-before", paras=[
"Scientists warn of record coral loss",
"More than half of the world's coral reefs have bleached in the past two years, scientists said on Monday, in what they called the worst event on record.",
"Said Dr. Helen Osei, who leads the reef monitoring program at the University of Queensland: \"We have never seen bleaching on this scale, in every ocean, at the same time.\"",
"Her colleague Dr. Tom Reilly said some reefs could recover if water temperatures fell. \"Coral is resilient, but it needs a break, and we are not giving it one,\" Reilly said.",
"According to the report, reefs in the Caribbean were the worst hit. \"It is heartbreaking to dive there now,\" said one of its authors, who asked not to be named because she was not authorised to speak for the agency.",
], quotes=[
("We have never seen bleaching on this scale, in every ocean, at the same time.", "Helen Osei", {}),
("Coral is resilient, but it needs a break, and we are not giving it one,", "Tom Reilly", {}),
("It is heartbreaking to dive there now,", "one of its authors", {"unnamed": ["author", "authors"]}),
]))

# Batch 7: written by the same writer in the same way after batch 6 was measured (labelled while
# writing; no miss of batch 6 read), to be measured while batch 6 is spent to be read.
B7 = []

B7.append(dict(id="en-storm", paras=[
"Storm knocks out power to 200,000 as coast braces for second wave",
"CHARLESTON, S.C. (AP) — A fast-moving storm toppled trees and power lines across the South Carolina coast overnight, leaving more than 200,000 homes and businesses without electricity by Wednesday morning.",
"\"This is not over,\" Gov. Karen Whitlow said at a news conference in Columbia. \"A second band of storms will come through tonight, and it could be worse than the first.\"",
"The National Weather Service warned of wind gusts of up to 70 mph. Meteorologist Brian Tate, who works in the service's Charleston office, said the ground was already saturated. \"Trees that would normally stand up to this kind of wind are going to come down,\" he said.",
"In the town of Moncks Corner, Luis Ortega spent the morning cutting up an oak that had fallen across his driveway. \"It missed the house by about three feet,\" Ortega said. \"I'll take that.\"",
"The state's largest utility said crews from four states were on their way but that some customers might not have power back until the weekend.",
], quotes=[
("This is not over,", "Karen Whitlow", {}),
("A second band of storms will come through tonight, and it could be worse than the first.", "Karen Whitlow", {}),
("Trees that would normally stand up to this kind of wind are going to come down,", "Brian Tate", {}),
("It missed the house by about three feet,", "Luis Ortega", {}),
("I'll take that.", "Luis Ortega", {}),
]))

B7.append(dict(id="en-earnings", paras=[
"Software maker's shares slide after weak forecast",
"Shares of Corvex Systems fell 14% in after-hours trading on Thursday after the software company forecast lower-than-expected sales for the coming quarter.",
"Chief Executive Nina Patel told analysts on a conference call that large customers were taking longer to sign contracts. \"Deals are not disappearing, they are slipping,\" she said. \"We saw that in every region.\"",
"Finance chief David Olsen said the company would slow hiring but had no plans for layoffs.",
"Some analysts were unconvinced. \"Slipping deals is what every company says before it says lost deals,\" Kim Sorensen of Halden Research wrote in a note to clients.",
"Corvex said revenue rose 9% to $812 million in the quarter.",
], quotes=[
("Deals are not disappearing, they are slipping,", "Nina Patel", {}),
("We saw that in every region.", "Nina Patel", {}),
("Slipping deals is what every company says before it says lost deals,", "Kim Sorensen", {}),
]))

B7.append(dict(id="en-commons", paras=[
"PM accused of 'betraying' farmers over trade deal",
"The Prime Minister was accused of betraying British farmers on Wednesday after a trade deal with Australia was signed without the safeguards ministers had promised.",
"Opposition leader Sir Robert Hale told the Commons: 'The Prime Minister looked farmers in the eye and made them a promise. Today he broke it.'",
"The Prime Minister, Andrew Collier, insisted the deal protected standards. 'Not one of our food standards has been weakened, not one,' he told MPs.",
"Outside Parliament, the president of the National Farmers' Union, Helen Marsh, said members felt let down. 'We were told we would be consulted. We were not,' she said.",
"A Downing Street spokesman later said the government would publish an assessment of the deal's impact 'in due course'.",
], quotes=[
("betraying", None, {}),  # the headline's word: the article names no accuser
("The Prime Minister looked farmers in the eye and made them a promise. Today he broke it.", "Robert Hale", {"accept": ["Sir Robert Hale", "Hale"]}),
("Not one of our food standards has been weakened, not one,", "Andrew Collier", {}),
("We were told we would be consulted. We were not,", "Helen Marsh", {}),
("in due course", "A Downing Street spokesman", {"unnamed": ["spokesman", "downing street"]}),
]))

B7.append(dict(id="en-police", paras=[
"Two arrested after jewelry store robbery",
"Police arrested two men on Friday in connection with an armed robbery at a downtown jewelry store earlier in the week, authorities said.",
"\"These individuals walked into a crowded store in the middle of the day and pointed guns at employees,\" Detective Sgt. Maria Lopez said at a news conference. \"We are very fortunate nobody was hurt.\"",
"Lopez said officers recovered most of the stolen watches and rings from a storage unit in a neighboring county.",
"A woman who works at a bakery next door said she heard shouting and then saw two men run past her window. \"I locked the door and called 911,\" said the woman, who asked that her name not be used because she feared retaliation.",
"The store's owner, Sam Goldberg, thanked police. \"I've been here 31 years and nothing like this ever happened,\" he said. \"I'm still shaking.\"",
], quotes=[
("These individuals walked into a crowded store in the middle of the day and pointed guns at employees,", "Maria Lopez", {}),
("We are very fortunate nobody was hurt.", "Maria Lopez", {}),
("I locked the door and called 911,", "the woman", {"unnamed": ["woman"]}),
("I've been here 31 years and nothing like this ever happened,", "Sam Goldberg", {}),
("I'm still shaking.", "Sam Goldberg", {}),
]))

B7.append(dict(id="en-study", paras=[
"Daily walk linked to lower dementia risk, study finds",
"People who walked at least 4,000 steps a day were about 25% less likely to develop dementia over a decade than those who walked less, according to a study published Monday in a medical journal.",
"\"You don't have to run a marathon,\" said Dr. Amira Haddad, an epidemiologist at the University of Toronto and the study's lead author. \"Even modest activity seemed to make a difference.\"",
"The researchers followed about 78,000 adults in Britain who wore activity trackers. They wrote that the findings \"cannot prove cause and effect,\" because people in the early stages of dementia may already be less active.",
"Dr. Paul Brennan, a neurologist at Johns Hopkins who was not involved in the research, called the study well designed. \"It adds to a large body of evidence,\" he said, \"but I would not tell patients that walking will prevent dementia.\"",
], quotes=[
("You don't have to run a marathon,", "Amira Haddad", {}),
("Even modest activity seemed to make a difference.", "Amira Haddad", {}),
("cannot prove cause and effect,", "The researchers", {"unnamed": ["researchers"]}),
("It adds to a large body of evidence,", "Paul Brennan", {}),
("but I would not tell patients that walking will prevent dementia.", "Paul Brennan", {}),
]))

B7.append(dict(id="en-tennis", paras=[
"Kovac stuns top seed to reach first Grand Slam final",
"Unseeded Petra Kovac beat world No. 1 Jessica Hart 6-4, 7-6 on Thursday to reach her first Grand Slam final.",
"\"I'm a little bit in shock,\" Kovac said in her on-court interview. \"When I was a kid I watched these finals on TV with my father.\"",
"Hart, who had not dropped a set all tournament, said she had been outplayed. \"She was better today. I don't have a lot more to say than that,\" the American told reporters.",
"Kovac will face Elena Marino of Italy, who beat her in their only previous meeting. \"She's the favourite,\" Kovac said. \"I have nothing to lose.\"",
], quotes=[
("I'm a little bit in shock,", "Petra Kovac", {}),
("When I was a kid I watched these finals on TV with my father.", "Petra Kovac", {}),
("She was better today. I don't have a lot more to say than that,", "Jessica Hart", {}),
("She's the favourite,", "Petra Kovac", {}),
("I have nothing to lose.", "Petra Kovac", {}),
]))

B7.append(dict(id="en-obit", paras=[
"Walter Brandt, architect of city's riverfront, dies at 91",
"Walter Brandt, the architect whose designs turned a stretch of abandoned warehouses into the city's busiest park, died Sunday at his home. He was 91.",
"His death was confirmed by his daughter, Claire Brandt, who said he had been in declining health. \"He was drawing until last month,\" she said. \"He never stopped.\"",
"Mr. Brandt often said that he designed for people, not for prizes. \"A building that nobody wants to sit next to is a failure, however many awards it wins,\" he told the Herald in a 1998 interview.",
"Former mayor Ted Russo, who hired him in 1979, said the riverfront \"would still be a parking lot\" without him.",
], quotes=[
("He was drawing until last month,", "Claire Brandt", {}),
("He never stopped.", "Claire Brandt", {}),
("A building that nobody wants to sit next to is a failure, however many awards it wins,", "Walter Brandt", {}),
("would still be a parking lot", "Ted Russo", {}),
]))

B7.append(dict(id="en-election", paras=[
"Okafor wins mayor's race in upset",
"Council member Grace Okafor won the mayor's race on Tuesday, defeating two-term incumbent Richard Vance by fewer than 900 votes.",
"\"They told us we couldn't win,\" Okafor told supporters at a union hall shortly before midnight. \"Tonight this city said otherwise.\"",
"Vance conceded in a statement on Wednesday morning. \"The voters have spoken and I respect their decision,\" he said, adding that he had called Okafor to congratulate her.",
"Turnout was 38%, the highest for a mayoral election in two decades. \"I've never voted in one of these before,\" said Dwayne Harris, 24, outside a polling place on the east side. \"This time it felt like it mattered.\"",
], quotes=[
("They told us we couldn't win,", "Grace Okafor", {}),
("Tonight this city said otherwise.", "Grace Okafor", {}),
("The voters have spoken and I respect their decision,", "Richard Vance", {}),
("I've never voted in one of these before,", "Dwayne Harris", {}),
("This time it felt like it mattered.", "Dwayne Harris", {}),
]))

B7.append(dict(id="en-two-women", paras=[
"Sisters reunited after 50 years apart",
"Margaret Ellis and Rose Ferreira were separated as toddlers when they were placed with different families in 1974. On Saturday, they met again at an airport in Boston.",
"Ellis, 53, had spent years searching adoption records. \"Every time I thought I was close, the trail went cold,\" she said.",
"It was a DNA test that Ferreira's son gave her as a birthday present that finally connected them. \"I almost didn't send it in,\" Ferreira said, laughing. \"I thought, what am I going to find out, that I'm Portuguese? I knew that.\"",
"When they saw each other at the arrivals gate, Ellis said, neither could speak at first. \"Then she said, 'You have Mom's hands,' and we both lost it,\" Ellis said.",
], quotes=[
("Every time I thought I was close, the trail went cold,", "Margaret Ellis", {}),
("I almost didn't send it in,", "Rose Ferreira", {}),
("I thought, what am I going to find out, that I'm Portuguese? I knew that.", "Rose Ferreira", {}),
("Then she said, 'You have Mom's hands,' and we both lost it,", "Margaret Ellis", {}),
]))

B7.append(dict(id="en-letter", paras=[
"Bank chief warns of 'harder years' in letter to shareholders",
"The chief executive of Northfield Bank warned shareholders on Monday that the lender faced \"harder years ahead\" as falling interest rates squeeze its profits.",
"\"We enjoyed an unusually favourable environment, and it is ending,\" James Whitaker wrote in his annual letter. \"I would rather tell you that now than surprise you later.\"",
"Whitaker, who has run the bank since 2015, also defended its spending on technology, which some investors have criticised.",
"\"He is right to lower expectations,\" said Laura Chen, a portfolio manager at Westbrook Capital, which owns shares in the bank. \"Whether the technology spending pays off is another question.\"",
], quotes=[
("harder years ahead", "James Whitaker", {"accept": ["The chief executive of Northfield Bank", "Whitaker"]}),
("We enjoyed an unusually favourable environment, and it is ending,", "James Whitaker", {}),
("I would rather tell you that now than surprise you later.", "James Whitaker", {}),
("He is right to lower expectations,", "Laura Chen", {}),
("Whether the technology spending pays off is another question.", "Laura Chen", {}),
]))

out = {"about": ("Short English news articles written by hand in the house styles real news uses (wire copy, "
                 "British style, sport, courts, an interview, a quotation over several paragraphs, a speaker "
                 "named later by role only), every person in them invented; each quotation labelled with its "
                 "speaker by the writer before the engine ran on them (batch 6, at the start of a release, "
                 "before its rules; batch 7 after batch 6 was measured, in the same way). Same fields and rules as gold.json. Only measured: its misses are never "
                 "listed, save those of the batches marked read (batch 6: measured twice as unseen, "
                 "88.6 % right, 6.8 % wrong, then spent to be read). See README.md."), "articles": []}

for order, a in enumerate([*(dict(x, batch=6) for x in B6), *(dict(x, batch=7) for x in B7)]):
    text = "\n".join(a["paras"])
    quotes = placed_quotes(a["id"], text, a["quotes"])
    row = {"id": a["id"], "corpus": "written", "lang": "en", "batch": a["batch"], "order": order,
           "text": text, "quotes": quotes}
    if a["batch"] in READ_BATCHES:
        row["read"] = True
    out["articles"].append(row)
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_english.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes", sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
