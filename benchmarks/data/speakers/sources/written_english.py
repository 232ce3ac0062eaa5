"""Build benchmarks/data/speakers/written_english.json: short English news articles written by
hand in the house styles real news uses (wire copy, British style, sport, courts, an interview,
a quotation over several paragraphs), each quotation labelled with its speaker by the writer
before the engine ran on them. Only measured: its misses are never listed, save batch 6's, which
was measured twice as unseen and then spent to be read ("read": true; --english-read [--show]),
batch 19's, measured at one release (71 right, 5 wrong, 15 none of 91, unchanged by that
release's rules) and then spent to be read, batch 20's, measured the same way (70 right, 13 wrong,
8 none of 91 at the release it was written and the one after) and then spent to be read, and batch
21's (63 right, 13 wrong, 6 none of 82 on the code before its release, 64 / 10 / 8 after it), read
from session 30, batch 22's (59 right, 4 wrong, 6 none of 69 before and after its release's rules),
read from session 31, batch 23's (65 right, 8 wrong, 8 none of 81 before and after its release's
rules), read from session 32, and batch 24's (46 right, 10 wrong, 10 none of 66 on the code before its
release, 47 / 9 / 10 after it), read from session 33."""
import json, sys

from marked import placed_quotes

# Batches spent to be read: measured as unseen, then their misses listed to write rules.
# Batch 19 (session 27) was measured at one release and then read (session 28); batch 20 (session 28)
# likewise, read from session 29; batch 21 (session 29) likewise, read from session 30; batch 22
# (session 30) likewise, read from session 31; batch 23 (session 31) likewise, read from session 32;
# batch 24 (session 32) likewise, read from session 33.
READ_BATCHES = {6, 19, 20, 21, 22, 23, 24}

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

# Batch 8: written at the start of a later release, before any of its rules, labelled while writing.
B8 = []

B8.append(dict(id="en-hospital-strike", paras=[
"Nurses at three hospitals walk out over staffing",
"About 4,000 nurses at three hospitals run by Lakeshore Health walked off the job on Tuesday morning, the first strike at the system in more than 30 years.",
"The nurses' union, the Lakeshore Nurses Association, says chronic understaffing has put patients at risk. Its president, Angela Ruiz, a cardiac nurse for 19 years, addressed a crowd of strikers outside Lakeshore General.",
"\"We did not want to be out here today,\" she told them. \"But we cannot keep caring for eight patients at a time and pretending it is safe.\"",
"\"Nobody in that building is listening to us.\"",
"Lakeshore Health said it had brought in 600 replacement nurses and that all three hospitals remained open. In a statement, the system called the union's demands \"unaffordable\" and said its latest offer included raises of 14 percent over three years.",
"Dr. Kevin Marsh, the system's chief medical officer, said elective surgeries would be postponed for the length of the strike. \"Emergency care is not affected,\" he said.",
"Several patients' relatives stopped to cheer the strikers. One of them, Doreen Walsh, whose husband is recovering from a stroke at Lakeshore General, said she had seen the strain first-hand. \"They are run off their feet,\" she said. \"You press the button and wait half an hour.\"",
], quotes=[
("We did not want to be out here today,", "Angela Ruiz", {}),
("But we cannot keep caring for eight patients at a time and pretending it is safe.", "Angela Ruiz", {}),
("Nobody in that building is listening to us.", "Angela Ruiz", {}),
("unaffordable", "Lakeshore Health", {"accept": ["the system"]}),
("Emergency care is not affected,", "Kevin Marsh", {}),
("They are run off their feet,", "Doreen Walsh", {}),
("You press the button and wait half an hour.", "Doreen Walsh", {}),
]))

B8.append(dict(id="en-election-count", paras=[
"Recount ordered in tight race for Dunmore mayor",
"DUNMORE — Election officials will recount every ballot in the Dunmore mayoral race after the two candidates finished just 41 votes apart, the county board of elections announced Thursday.",
"Incumbent Mayor Frank Delaney led challenger Teresa Okonjo by 7,212 votes to 7,171 after all mail ballots were counted.",
"Okonjo requested the recount Wednesday night. \"When it is this close, every voter deserves to know their ballot was counted correctly,\" she said in a video posted to her campaign's social media accounts.",
"Delaney, who is seeking a third term, said he welcomed the recount but expected the result to stand.",
"\"The numbers are the numbers,\" the mayor told reporters at City Hall on Thursday. \"I'm confident they'll hold.\"",
"According to the board's director, Philip Greer, the recount will begin Monday and should take about three days. \"We will do it in public, with observers from both campaigns in the room,\" Greer said.",
], quotes=[
("When it is this close, every voter deserves to know their ballot was counted correctly,", "Teresa Okonjo", {}),
("The numbers are the numbers,", "Frank Delaney", {}),
("I'm confident they'll hold.", "Frank Delaney", {}),
("We will do it in public, with observers from both campaigns in the room,", "Philip Greer", {}),
]))

B8.append(dict(id="en-factory-closure", paras=[
"Glassworks to close after 140 years, cutting 380 jobs",
"The Pembury Glassworks, which has made bottles in the town since 1885, will close in March with the loss of 380 jobs, its owner said on Friday.",
"Brennan Packaging, which bought the plant in 2017, blamed rising energy costs. Glassmaking furnaces run day and night and the company said its gas bill at Pembury had tripled in two years.",
"\"This is a very sad day, and not a decision we took lightly,\" said Brennan's managing director, Richard Holloway. \"We looked at every option to keep the site running.\"",
"Workers were told at a meeting on Friday morning. Outside the gates afterwards, furnace operator Gary Prentice, 56, who has worked at the plant for 31 years, said many of his colleagues were in shock.",
"\"My dad worked here. My granddad worked here,\" he said. \"There's nothing else in this town that pays like this.\"",
"The local MP, Helen Forsyth, said she would ask ministers to help find a buyer.",
"\"I don't accept that this is the end of glassmaking in Pembury,\" she said.",
], quotes=[
("This is a very sad day, and not a decision we took lightly,", "Richard Holloway", {}),
("We looked at every option to keep the site running.", "Richard Holloway", {}),
("My dad worked here. My granddad worked here,", "Gary Prentice", {}),
("There's nothing else in this town that pays like this.", "Gary Prentice", {}),
("I don't accept that this is the end of glassmaking in Pembury,", "Helen Forsyth", {}),
]))

B8.append(dict(id="en-court-appeal", paras=[
"Appeals court overturns conviction in 2019 warehouse fire",
"A state appeals court on Wednesday threw out the manslaughter conviction of a warehouse owner whose building caught fire in 2019, killing two firefighters, ruling that the jury had been given faulty instructions.",
"Raymond Kessler, 64, was sentenced to eight years in prison in 2021. The three-judge panel ordered a new trial.",
"Writing for the panel, Judge Miriam Osei said the trial judge had told jurors they could convict Kessler if he \"should have known\" about the faulty wiring, a lower standard than the law requires.",
"\"The error was not harmless,\" she wrote. \"The central question at trial was what the defendant knew.\"",
"Kessler's lawyer, Daniel Brooks, said his client was relieved. Prosecutors said they were reviewing the decision.",
"The widow of one of the firefighters, Carla Dunn, said the ruling had reopened old wounds. \"We have been through one trial already,\" Dunn said. \"Now we have to do it all again.\"",
], quotes=[
("should have known", None, {}),
("The error was not harmless,", "Miriam Osei", {}),
("The central question at trial was what the defendant knew.", "Miriam Osei", {}),
("We have been through one trial already,", "Carla Dunn", {}),
("Now we have to do it all again.", "Carla Dunn", {}),
]))

B8.append(dict(id="en-science-comet", paras=[
"Amateur astronomer spots new comet from her back garden",
"A retired schoolteacher in New Zealand has discovered a comet, only the third found by an amateur in the past decade.",
"Judith Carrow, 71, noticed a faint smudge on images she took with a 30-centimetre telescope in her garden near Nelson on March 2.",
"\"I thought it was a speck of dust on the camera at first,\" Carrow said. \"Then it moved.\"",
"The Minor Planet Center in Cambridge, Massachusetts, which records such discoveries, confirmed the object on Friday and named it after her.",
"Astronomers say the comet will pass closest to the Sun in October and may become visible with binoculars. \"It's too early to promise a show,\" said Dr. Felix Amari of the University of Canterbury, who was not involved in the discovery. \"Comets are notoriously hard to predict.\"",
"For Carrow, the recognition is reward enough. Her late husband built the observatory shed she uses. \"He would have been over the moon,\" she said. \"Well, past it.\"",
], quotes=[
("I thought it was a speck of dust on the camera at first,", "Judith Carrow", {}),
("Then it moved.", "Judith Carrow", {}),
("It's too early to promise a show,", "Felix Amari", {}),
("Comets are notoriously hard to predict.", "Felix Amari", {}),
("He would have been over the moon,", "Judith Carrow", {}),
("Well, past it.", "Judith Carrow", {}),
]))

B8.append(dict(id="en-wire-flood", paras=[
"Floods cut off villages in northern Albania",
"TIRANA, Albania (Reuters) - Heavy rain flooded dozens of villages in northern Albania on Sunday, cutting off roads and forcing hundreds of people to leave their homes, officials said.",
"The Drin river burst its banks near Shkodra, the region's main town, after three days of rain.",
"\"The water came up in less than an hour,\" said Arben Hoxha, a farmer in the village of Dajç, who was evacuated by boat with his wife and mother. \"We took nothing with us.\"",
"Prime Minister Ilir Dervishi visited the area and promised compensation. \"No family will be left alone,\" he wrote on social media.",
"The head of the civil emergency agency, Mirela Kola, told Reuters that 1,100 people had been moved to schools and sports halls. \"The next 24 hours are critical,\" she said, adding that more rain was forecast.",
], quotes=[
("The water came up in less than an hour,", "Arben Hoxha", {}),
("We took nothing with us.", "Arben Hoxha", {}),
("No family will be left alone,", "Ilir Dervishi", {}),
("The next 24 hours are critical,", "Mirela Kola", {}),
]))

B8.append(dict(id="en-uk-school", paras=[
"Head teacher bans mobile phones for the whole school day",
"A secondary school in Derbyshire has banned pupils from using mobile phones at any point during the school day, including at break and lunchtime.",
"Phones at Ashgrove Academy must now be locked in pouches from 8.30am until the final bell. Head teacher Mr David Okoro said behaviour had already improved in the first fortnight.",
"'The corridors are louder, in a good way,' he said. 'Children are talking to each other again.'",
"Not every parent is convinced. Claire Benton, whose daughter is in Year 9, said she worried about being unable to reach her child in an emergency.",
"'If something happens, I want to be able to call her. That's not unreasonable,' Mrs Benton said.",
"The school said parents could still phone the office at any time. A spokesman for the Department for Education said: 'Schools are free to set their own policies on phones, and we support head teachers who take action.'",
], quotes=[
("The corridors are louder, in a good way,", "David Okoro", {}),
("Children are talking to each other again.", "David Okoro", {}),
("If something happens, I want to be able to call her. That's not unreasonable,", "Claire Benton", {}),
("Schools are free to set their own policies on phones, and we support head teachers who take action.", "A spokesman for the Department for Education", {"unnamed": ["spokesman"]}),
]))

B8.append(dict(id="en-tech-outage", paras=[
"Payment outage leaves shoppers unable to pay by card",
"Shoppers across the country were unable to pay by card for several hours on Saturday after a fault at the payments processor Cardline, the company said.",
"The outage began at about 11am and affected supermarkets, petrol stations and restaurants. Some shops closed their doors; others took cash only.",
"Cardline's chief operating officer, Nadia Farouk, apologised in a statement late on Saturday. \"We let our customers down today,\" the statement said. \"A software update caused a failure in our authorisation systems, and we are investigating how it passed our testing.\"",
"The company said the fault had been fixed by 3.40pm and that no card data had been compromised.",
"At a supermarket in Leeds, shopper Tom Ashworth said the queue had stretched to the back of the store. \"Nobody carries cash any more,\" he said. \"Half the people just left their trolleys and walked out.\"",
"The Treasury said it would ask Cardline for a full account of what went wrong.",
], quotes=[
("We let our customers down today,", "Nadia Farouk", {"accept": ["Cardline"]}),
("A software update caused a failure in our authorisation systems, and we are investigating how it passed our testing.", "Nadia Farouk", {"accept": ["Cardline"]}),
("Nobody carries cash any more,", "Tom Ashworth", {}),
("Half the people just left their trolleys and walked out.", "Tom Ashworth", {}),
]))

B8.append(dict(id="en-profile-chef", paras=[
"At 82, the chef who fed a neighbourhood is hanging up her apron",
"For 46 years, Lucia Bertolini has opened the doors of her small trattoria on Dover Street at 11 o'clock every morning. On Sunday, she will close them for the last time.",
"Bertolini came to the city from Calabria in 1968 with, she says, \"one suitcase and my mother's recipes.\" She worked in a biscuit factory for a decade before she had saved enough to open the restaurant.",
"Regulars describe her as strict. \"She once sent my husband back to wash his hands,\" said Ellen Marsh, who has eaten there every Friday since 1989. \"He was 50 years old.\"",
"Bertolini does not dispute it.",
"\"A kitchen is a serious place,\" she said, folding napkins at a corner table on a quiet afternoon. \"People think cooking is about love. It is about discipline. The love comes after.\"",
"Her son, Marco, who runs a catering business, said the family had tried for years to persuade her to retire. \"She would have kept going to 100 if her knees let her,\" he said.",
], quotes=[
("one suitcase and my mother's recipes.", "Lucia Bertolini", {}),
("She once sent my husband back to wash his hands,", "Ellen Marsh", {}),
("He was 50 years old.", "Ellen Marsh", {}),
("A kitchen is a serious place,", "Lucia Bertolini", {}),
("People think cooking is about love. It is about discipline. The love comes after.", "Lucia Bertolini", {}),
("She would have kept going to 100 if her knees let her,", "Marco Bertolini", {"accept": ["Marco"]}),
]))

B8.append(dict(id="en-diplomacy-talks", paras=[
"Talks on river dispute end without deal",
"GENEVA (AP) — Two days of talks between the neighbouring countries of Kastavia and Orelin over a disputed dam ended on Friday without agreement, though both sides said they would meet again next month.",
"Kastavia's foreign minister, Dmitar Jovan, said his country could not accept any deal that reduced the flow of water to its farms downstream. \"Our farmers depend on this river for their existence,\" Jovan said at a news conference.",
"His counterpart from Orelin, Foreign Minister Sanna Veld, said the dam was essential to her country's energy needs. \"We have offered guarantees on the minimum flow,\" she said. \"We are still waiting for a serious answer.\"",
"Jovan rejected that. Asked whether Kastavia had received such guarantees in writing, he said: \"We have received words. Words do not water crops.\"",
"A United Nations mediator who attended the talks, speaking on condition of anonymity because the discussions were confidential, said the gap between the two sides had narrowed. \"They are closer than the public statements suggest,\" the mediator said.",
], quotes=[
("Our farmers depend on this river for their existence,", "Dmitar Jovan", {}),
("We have offered guarantees on the minimum flow,", "Sanna Veld", {}),
("We are still waiting for a serious answer.", "Sanna Veld", {}),
("We have received words. Words do not water crops.", "Dmitar Jovan", {}),
("They are closer than the public statements suggest,", "A United Nations mediator", {"unnamed": ["mediator"]}),
]))

# Batch 9: written at the start of a later release, before any of its rules, labelled while writing;
# shapes where a careless reader credits the wrong person (two people in one paragraph, a quotation
# inside testimony, what critics or supporters "call" a thing, a sign, a rival quoted by a rival).
B9 = []

B9.append(dict(id="en-council-rezoning", paras=[
"Council approves riverside towers over residents' objections",
"The Marlow City Council voted 6-3 on Monday night to rezone a stretch of the riverfront for three apartment towers, ending a two-year fight that packed the chamber with residents on both sides.",
"Council member Rita Okafor, who voted for the plan, said the city needed the housing. She sat beside Council member Daniel Pruitt, the plan's fiercest opponent, as she spoke. \"We have 4,000 families on a waiting list,\" she said. \"I am not going to tell them to wait another decade.\"",
"Pruitt was unmoved. \"This was decided in a developer's office, not in this room,\" he said after the vote.",
"Critics have called the deal \"a giveaway\" because the developer, Harbor Line Partners, will pay no property tax for the first eight years.",
"A spokesman for Harbor Line, Victor Sandoval, said the tax break was standard for projects of its size. \"Without it, nothing gets built on that land,\" Sandoval said. He added that a fifth of the units would be rented below market rates.",
"Mayor Ellen Brandt, who does not vote on zoning, praised the council. \"Tonight Marlow chose to grow,\" Brandt said in a statement.",
], quotes=[
("We have 4,000 families on a waiting list,", "Rita Okafor", {}),
("I am not going to tell them to wait another decade.", "Rita Okafor", {}),
("This was decided in a developer's office, not in this room,", "Daniel Pruitt", {}),
("a giveaway", "Critics", {"unnamed": ["critics"]}),
("Without it, nothing gets built on that land,", "Victor Sandoval", {}),
("Tonight Marlow chose to grow,", "Ellen Brandt", {}),
]))

B9.append(dict(id="en-fraud-trial", paras=[
"Former bookkeeper tells jury her boss ordered her to hide losses",
"A former bookkeeper for a chain of car washes testified on Wednesday that the company's owner told her to move losses off the books before a bank audit, in the third week of his federal fraud trial.",
"Melissa Tran, 41, said the owner, Gregory Hale, called her into his office in March 2021. She told the jury that Hale said to her, \"Put it in next year. Nobody looks at next year.\"",
"\"I knew it was wrong,\" Tran said, her voice breaking. \"I was afraid of losing my job.\"",
"Hale's lawyer, Alan Kessler, spent two hours on cross-examination trying to show that Tran had acted on her own. \"You signed every one of those entries, didn't you?\" he asked. Tran replied: \"I signed what I was told to sign.\"",
"Hale, 58, has pleaded not guilty to 14 counts of bank fraud. Prosecutors say he deceived lenders out of $11 million. The trial is expected to last another two weeks.",
], quotes=[
("Put it in next year. Nobody looks at next year.", "Gregory Hale", {"accept": ["Hale"]}),
("I knew it was wrong,", "Melissa Tran", {}),
("I was afraid of losing my job.", "Melissa Tran", {}),
("You signed every one of those entries, didn't you?", "Alan Kessler", {}),
("I signed what I was told to sign.", "Melissa Tran", {}),
]))

B9.append(dict(id="en-coach-postmatch", paras=[
"Rovers stun leaders with late winner",
"A stoppage-time header from Callum Reid gave Ashby Rovers a 2-1 win over league leaders Dunston City on Saturday, only their second victory in ten games.",
"Rovers manager Steve Carroll said his side had deserved the points. \"We stuck at it when a lot of teams would have folded,\" Carroll said. \"Callum has been waiting for a moment like that all season.\"",
"Reid, who came on as a substitute in the 70th minute, said he barely saw the ball before it went in. \"I just shut my eyes and threw my head at it,\" he said with a grin.",
"City boss Marta Lindqvist was furious about the goal, which she said should have been ruled out for a push on her goalkeeper. \"Everybody in the ground saw it except the one man who matters,\" Lindqvist said.",
"Asked about the title race, she added: \"One bad afternoon does not change anything.\"",
], quotes=[
("We stuck at it when a lot of teams would have folded,", "Steve Carroll", {}),
("Callum has been waiting for a moment like that all season.", "Steve Carroll", {}),
("I just shut my eyes and threw my head at it,", "Callum Reid", {}),
("Everybody in the ground saw it except the one man who matters,", "Marta Lindqvist", {}),
("One bad afternoon does not change anything.", "Marta Lindqvist", {}),
]))

B9.append(dict(id="en-wire-storm", paras=[
"Ice storm leaves 200,000 without power",
"CEDAR FALLS, Iowa (AP) — An ice storm snapped power lines and toppled trees across eastern Iowa on Sunday, leaving about 200,000 homes and businesses without electricity as temperatures dropped into the teens.",
"Gov. Linda Marsh declared a state of emergency in 22 counties. \"Stay off the roads unless you absolutely have to travel,\" the governor said at a briefing in Des Moines.",
"MidPlains Energy said crews from five states were on their way but warned that some customers could be without power until Thursday. \"This is the worst ice we have seen in more than a decade,\" said Tom Becker, the utility's vice president for operations.",
"In Cedar Falls, Raymond Ochoa, 67, said he and his wife had moved into their basement, where a wood stove kept them warm. \"We've got wood for a week,\" Ochoa said. \"After that I don't know.\"",
"The National Weather Service said more freezing rain was possible on Tuesday.",
], quotes=[
("Stay off the roads unless you absolutely have to travel,", "Linda Marsh", {"accept": ["the governor"]}),
("This is the worst ice we have seen in more than a decade,", "Tom Becker", {}),
("We've got wood for a week,", "Raymond Ochoa", {}),
("After that I don't know.", "Raymond Ochoa", {}),
]))

B9.append(dict(id="en-merger-letter", paras=[
"Grocer Fenwick's agrees to be bought by rival",
"Fenwick's, the regional grocery chain, agreed on Thursday to be acquired by its larger rival Coleman Markets for $2.3 billion, a deal that would create the biggest supermarket group in the Northwest.",
"In a letter to employees, Fenwick's chief executive, Harriet Lowe, wrote that the chain could not compete alone against national discounters. \"Standing still was not an option,\" she wrote. \"This is the best way to protect your jobs and our stores.\"",
"Coleman said it would keep the Fenwick's name on its 140 stores for at least three years. The company said in a statement that the deal would \"bring lower prices to more communities.\"",
"Not everyone is convinced. An analyst at a regional investment bank, who asked not to be named because her firm advises one of the companies, said prices usually rose after such mergers. \"Fewer competitors almost never means cheaper groceries,\" she said.",
"The deal needs the approval of federal regulators.",
], quotes=[
("Standing still was not an option,", "Harriet Lowe", {}),
("This is the best way to protect your jobs and our stores.", "Harriet Lowe", {}),
("bring lower prices to more communities.", "Coleman Markets", {"accept": ["Coleman", "The company"]}),
("Fewer competitors almost never means cheaper groceries,", "An analyst at a regional investment bank", {"unnamed": ["analyst"]}),
]))

B9.append(dict(id="en-uk-inquiry", paras=[
"Care home owner 'sorry' for failings, inquiry told",
"The owner of a care home where two residents died during a heatwave has apologised to their families, a public inquiry in Leeds heard on Tuesday.",
"Mr Graham Pike, who has run Elmfield House since 2009, told the inquiry that staff had been given no training on hot weather. 'I am sorry. We let those families down,' he said.",
"Counsel to the inquiry, Ms Fiona Marr KC, asked why fans ordered in June had not arrived until August. Mr Pike said the order had been lost. 'That is not an answer,' Ms Marr said.",
"The daughter of one of the residents, Mrs Susan Clegg, said outside the hearing that the apology had come too late. 'Mum was asking for water and nobody came,' she said.",
"The inquiry continues.",
], quotes=[
("sorry", "Graham Pike", {"implied": True}),
("I am sorry. We let those families down,", "Graham Pike", {}),
("That is not an answer,", "Fiona Marr", {}),
("Mum was asking for water and nobody came,", "Susan Clegg", {}),
]))

B9.append(dict(id="en-science-sleep", paras=[
"Teenagers who sleep later do better in maths, study finds",
"Teenagers whose schools start after 9 a.m. score higher in maths tests than those who start earlier, according to a study of 12,000 pupils published on Monday.",
"The authors, from the University of Westmere, wrote that the effect was \"modest but consistent\" across schools of every size.",
"Dr. Priya Natarajan, the study's lead author, said the findings added to evidence that adolescent body clocks run late. \"Asking a 15-year-old to do algebra at eight in the morning is like asking an adult to do it at five,\" Natarajan said in an interview.",
"Not all researchers agree. Professor Owen Hartley of Carlow University, who was not involved in the study, said later start times often came with other changes. \"Schools that move the bell also tend to change a lot of other things,\" Hartley said.",
], quotes=[
("modest but consistent", "The authors", {"unnamed": ["authors"]}),
("Asking a 15-year-old to do algebra at eight in the morning is like asking an adult to do it at five,", "Priya Natarajan", {}),
("Schools that move the bell also tend to change a lot of other things,", "Owen Hartley", {}),
]))

B9.append(dict(id="en-protest-pension", paras=[
"Thousands march against pension age rise",
"Thousands of people marched through the centre of Valmont on Saturday against a government plan to raise the pension age to 67.",
"Many carried placards reading \"Work until we drop?\" and chanted \"Not one more year\" as they passed the parliament building.",
"Lucie Fabre, a 59-year-old hospital cleaner, said she had started work at 16. \"My back is finished,\" she said. \"They want me to scrub floors for another four years.\"",
"Police said about 18,000 people took part; organisers put the figure at 60,000.",
"Labour Minister Henri Dassault defended the plan in a radio interview. \"If we do nothing, the pension fund is empty by 2035,\" he said. He called the marchers' fears \"understandable but misplaced.\"",
], quotes=[
("Work until we drop?", None, {}),
("Not one more year", None, {}),
("My back is finished,", "Lucie Fabre", {}),
("They want me to scrub floors for another four years.", "Lucie Fabre", {}),
("If we do nothing, the pension fund is empty by 2035,", "Henri Dassault", {}),
("understandable but misplaced.", "Henri Dassault", {}),
]))

B9.append(dict(id="en-debate-rivals", paras=[
"Senate rivals trade blows over housing in first debate",
"The two candidates for the state's open Senate seat clashed over housing costs on Thursday night in their first televised debate.",
"Republican Mark Delaney said his opponent, Democrat Susan Oyelaran, \"has never run anything bigger than a campaign office.\"",
"Oyelaran shot back that Delaney's company had evicted hundreds of tenants. \"I have never thrown a family out on the street,\" she said.",
"Delaney said the evictions were lawful and followed months of unpaid rent. \"I am not going to apologise for running a business,\" he said.",
"The moderator, Janet Fox of WKTV, twice asked the candidates to stop interrupting each other.",
"Polls show the race within the margin of error.",
], quotes=[
("has never run anything bigger than a campaign office.", "Mark Delaney", {}),
("I have never thrown a family out on the street,", "Susan Oyelaran", {}),
("I am not going to apologise for running a business,", "Mark Delaney", {}),
]))

B9.append(dict(id="en-profile-librarian", paras=[
"The librarian who kept a town reading",
"For 41 years, Margaret Dunn opened the doors of the Fenbrook Public Library at nine o'clock sharp. On Friday she locked them for the last time as its head librarian.",
"\"People think a library is about books,\" Dunn said, sitting at the desk she has used since 1983. \"It is really about somewhere warm to go where nobody asks you to buy anything.\"",
"Her successor, Jamal Price, started as a teenage volunteer under her. He remembers her rule that no child left without a book. \"She would find you something even if you said you hated reading,\" Price said.",
"Dunn plans to spend her retirement gardening. \"And reading,\" she added. \"Finally, for fun.\"",
], quotes=[
("People think a library is about books,", "Margaret Dunn", {}),
("It is really about somewhere warm to go where nobody asks you to buy anything.", "Margaret Dunn", {}),
("She would find you something even if you said you hated reading,", "Jamal Price", {}),
("And reading,", "Margaret Dunn", {}),
("Finally, for fun.", "Margaret Dunn", {}),
]))

# Batch 10: written at the start of a later release, before any of its rules, labelled while
# writing, by a writer who reads no rule and no miss: wire copy with an unnamed source familiar with
# talks, British style with brothers who share a surname, a quotation whose speaker is named only in
# the sentence after it, a show's title in quotation marks, a closing argument running over two
# paragraphs, "Mr." and "Ms." after a full name, two people of one surname who are no relation.
B10 = []

B10.append(dict(id="en-wire-airline-talks", paras=[
"Brightwing and Coastal Air in talks to combine, sources say",
"NEW YORK (Reuters) - Regional carriers Brightwing Airlines and Coastal Air are in advanced talks to merge in an all-stock deal that would create the fourth-largest airline in the United States by passengers, according to two people familiar with the matter.",
"The companies could announce an agreement as soon as next week, one of the people said, cautioning that the talks could still collapse over who would run the combined business. \"The price is largely settled. The argument now is about the chairman's seat,\" said a person familiar with the talks, who asked not to be identified because the discussions are private.",
"Brightwing declined to comment. \"We don't comment on market rumours,\" said Dale Ferris, a spokesman for Coastal Air.",
"Shares of Coastal Air rose 14% in after-hours trading after the Reuters report.",
"A combination would give the two airlines about 11% of the domestic market and a dominant position at airports in Denver and Salt Lake City, which analysts said was likely to attract scrutiny from antitrust regulators.",
"\"Anything that takes a competitor out of the Mountain West is going to get a very hard look from Washington,\" said Priya Raman, an aviation analyst at Corbel Securities. She said regulators had blocked two airline deals in the past four years.",
"Brightwing Chief Executive Nora Hale has argued publicly that smaller airlines need scale to survive rising fuel and labour costs. \"We are too big to be a niche airline and too small to be a national one,\" Hale told an investor conference in March. \"That is not a comfortable place to be.\"",
"Coastal Air's pilots' union said it had not been consulted. \"Our members will not accept a merger that is paid for with their seniority,\" said Captain Mark Ellison, the union's chairman, in a statement. He said the union would seek meetings with both boards before any deal was signed.",
"The talks were first reported by the Daily Ledger, which said Brightwing's board had met twice in the past week to discuss the terms.",
], quotes=[
("The price is largely settled. The argument now is about the chairman's seat,", "a person familiar with the talks", {"unnamed": ["person"]}),
("We don't comment on market rumours,", "Dale Ferris", {}),
("Anything that takes a competitor out of the Mountain West is going to get a very hard look from Washington,", "Priya Raman", {}),
("We are too big to be a niche airline and too small to be a national one,", "Nora Hale", {}),
("That is not a comfortable place to be.", "Nora Hale", {}),
("Our members will not accept a merger that is paid for with their seniority,", "Mark Ellison", {}),
]))

B10.append(dict(id="en-uk-farm-brothers", paras=[
"Brothers' feud over family farm reaches the High Court",
"Two brothers who inherited a 400-acre farm in Shropshire from their father have taken their dispute over its future to the High Court, where a judge on Tuesday urged them to settle 'before the lawyers own the farm'.",
"Mr Daniel Pryce, 58, who has worked the land at Holloway Farm since leaving school, wants to keep it as a dairy. His younger brother, Mr Owen Pryce, 52, an accountant in Birmingham, wants to sell 120 acres to a housebuilder.",
"'My brother has not milked a cow in 30 years,' Daniel Pryce told the court. 'He sees the farm as a number on a spreadsheet. I see it as my father's life.'",
"Owen Pryce said the dairy had lost money in four of the past six years. 'I love that farm as much as he does,' he said. 'But love does not pay the overdraft.'",
"Their mother, Mrs Ellen Pryce, 84, who still lives in the farmhouse, sat between her sons' legal teams. She was not called to give evidence. Outside court she said she had 'given up trying to keep the peace'.",
"Mr Justice Harding said the case was 'a tragedy in the old sense of the word'. 'Both of you loved your father, and both of you are convinced you are doing what he wanted,' the judge said. 'Neither of you can prove it.'",
"The court heard that the brothers' father, Gwilym Pryce, died in 2021 without a will that dealt with the land. A mediation last year broke down after two days.",
"Counsel for the younger brother, Ms Rachel Amis, said her client had offered to lease the remaining land to his brother at below the market rate. 'That offer remains open,' she said.",
"Daniel Pryce's barrister, Mr Tobias Venn, said the offer would leave his client 'a tenant on his own father's land'.",
"The hearing continues.",
], quotes=[
("before the lawyers own the farm", "Mr Justice Harding", {"accept": ["Harding", "a judge", "the judge"]}),
("My brother has not milked a cow in 30 years,", "Daniel Pryce", {}),
("He sees the farm as a number on a spreadsheet. I see it as my father's life.", "Daniel Pryce", {}),
("I love that farm as much as he does,", "Owen Pryce", {}),
("But love does not pay the overdraft.", "Owen Pryce", {}),
("given up trying to keep the peace", "Ellen Pryce", {}),
("a tragedy in the old sense of the word", "Mr Justice Harding", {"accept": ["Harding", "the judge"]}),
("Both of you loved your father, and both of you are convinced you are doing what he wanted,", "Mr Justice Harding", {"accept": ["Harding", "the judge"]}),
("Neither of you can prove it.", "Mr Justice Harding", {"accept": ["Harding", "the judge"]}),
("That offer remains open,", "Rachel Amis", {}),
("a tenant on his own father's land", "Tobias Venn", {}),
]))

B10.append(dict(id="en-local-crane", paras=[
"Crane collapse on Fulton Street injures two, shuts downtown for a day",
"A construction crane toppled onto Fulton Street in downtown Marlow Heights on Wednesday morning, crushing two parked cars and injuring two workers, fire officials said.",
"\"I thought it was an earthquake.\" That was how Rosa Delgado, who runs a bakery across the street, described the moment the crane's arm hit the pavement at about 9:40 a.m. She said the windows of her shop shook and customers ran out the back door.",
"Fire Capt. Luis Ortega said the two injured workers were taken to Mercy General Hospital with injuries that were not life-threatening. \"We were very, very lucky,\" he said. \"Ten minutes later and that sidewalk is full of kids walking to the library.\"",
"The crane belonged to Hallett Construction, which is building a 14-story apartment tower on the site. The company said it was cooperating with investigators and had stopped all work on the project. \"Safety is our first priority, and we will find out what happened,\" said Karen Hallett, the firm's president.",
"City inspectors last visited the site in August. Building Commissioner Terrence Ruiz said the crane had passed that inspection. He added that the city would review the permits of every tower crane now operating downtown, about 30 in all.",
"Some neighbors said they had warned the city. Ruth Sandler, who lives in an apartment overlooking the site, said she had called the city's complaint line twice in October about the crane swaying in high winds. \"Nobody called me back,\" she said.",
"Fulton Street was closed between Third and Sixth avenues for most of the day, and buses were rerouted.",
"The collapse came a week after Hallett Construction was featured on the cable series \"Built to Last,\" which followed the company's crews through a year on the project. In one episode, a foreman tells the camera, \"Nothing on this site moves without me knowing.\"",
"The federal Occupational Safety and Health Administration said it had opened an investigation.",
], quotes=[
("I thought it was an earthquake.", "Rosa Delgado", {}),
("We were very, very lucky,", "Luis Ortega", {}),
("Ten minutes later and that sidewalk is full of kids walking to the library.", "Luis Ortega", {}),
("Safety is our first priority, and we will find out what happened,", "Karen Hallett", {}),
("Nobody called me back,", "Ruth Sandler", {}),
("Built to Last,", None, {}),
("Nothing on this site moves without me knowing.", "a foreman", {"unnamed": ["foreman"]}),
]))

B10.append(dict(id="en-court-garage", paras=[
"Jury convicts developer in deadly parking garage collapse",
"A jury on Friday convicted a real estate developer of criminally negligent homicide in the 2023 collapse of a parking garage in Carver City that killed two people, rejecting his argument that the engineers he hired were to blame.",
"The developer, Howard Brill, 63, showed no emotion as the verdict was read. He faces up to four years in prison when he is sentenced in March.",
"Prosecutors had argued that Mr. Brill ignored repeated warnings about cracked support columns because repairs would have delayed the sale of the building. Alan Brill, a structural engineer who is no relation to the defendant, wrote in an email eight months before the collapse that \"the columns on level two are failing.\"",
"The engineer testified during the two-week trial that he had recommended closing the garage's second level. He told the jury he had been \"stunned\" to learn that it remained open.",
"In her closing argument, Assistant District Attorney Kendra Oyelowo held up a copy of the email. \"He read that email,\" Ms. Oyelowo told the jurors. \"He read it, and he did nothing, because doing something cost money.",
"\"Two people parked their cars in that garage on a Tuesday morning and never came home. That is what nothing cost.\"",
"Mr. Brill's lawyer, Samuel Kirsch, said he would appeal. \"My client relied on the professionals he paid to keep that building safe,\" Mr. Kirsch said outside the courthouse. \"The jury was asked to find a villain, and it found one.\"",
"The victims were Denise Fowler, 47, a nurse, and Marcus Webb, 29, a delivery driver. Ms. Fowler's sister, Janet Fowler, said outside court that the verdict would not bring her sister back. \"But at least nobody can say it was an accident anymore,\" she said.",
"District Attorney Raymond Oakes said in a statement that the case showed \"that cutting corners is a choice, and choices have consequences.\"",
"Mr. Brill remains free on bail until his sentencing.",
], quotes=[
("the columns on level two are failing.", "Alan Brill", {}),
("stunned", "Alan Brill", {"accept": ["Brill", "The engineer"]}),
("He read that email,", "Kendra Oyelowo", {}),
("He read it, and he did nothing, because doing something cost money.", "Kendra Oyelowo", {}),
("Two people parked their cars in that garage on a Tuesday morning and never came home. That is what nothing cost.", "Kendra Oyelowo", {}),
("My client relied on the professionals he paid to keep that building safe,", "Samuel Kirsch", {}),
("The jury was asked to find a villain, and it found one.", "Samuel Kirsch", {}),
("But at least nobody can say it was an accident anymore,", "Janet Fowler", {}),
("that cutting corners is a choice, and choices have consequences.", "Raymond Oakes", {}),
]))

B10.append(dict(id="en-sport-coach-fired", paras=[
"Harbor City fire coach Lang after cup exit",
"Harbor City FC fired head coach Viktor Lang on Sunday, a day after the club was knocked out of the National Cup by a second-division side, ending a turbulent 18-month tenure.",
"The club's sporting director, Elena Ruiz, said the decision had been made \"with a heavy heart\". \"Viktor gave everything to this club, but results are results,\" she said in a statement. \"We need a new voice in the dressing room.\"",
"Lang, 51, learned of his dismissal in a phone call on Sunday morning, according to a person close to the coach. \"He was told before the players were, which is at least something,\" the person said.",
"The defeat, 2-1 at home to Pinecrest United, was the seventh in Harbor City's past ten matches in all competitions.",
"Lang had been openly critical of the club's owners in recent weeks. After a league loss on Wednesday he said the squad had been \"built for a different league\", and he accused the front office of selling his two best players in the summer without consulting him.",
"Captain Dario Mensah defended his former coach. \"We let him down, not the other way around,\" Mensah told reporters at the training ground. \"The players have to look in the mirror.\"",
"Assistant coach Paul Hendry will take charge for Saturday's match against Ridgeway. Hendry, who played 200 games for the club, said he had not been asked whether he wanted the job permanently. \"Right now I want to win one game,\" he said.",
"Fans' group Harbor Loyal said the owners, not the coach, were to blame. \"Three coaches in four years. At what point do you look at the people hiring them?\" said Tanya Ross, the group's chairwoman.",
"\"We have not received any complaint about the club's conduct,\" said Ben Ashby, a spokesman for the National Soccer League, when asked about reports that Lang had been barred from the training ground.",
"Harbor City sit 11th in the 16-team league.",
], quotes=[
("with a heavy heart", "Elena Ruiz", {}),
("Viktor gave everything to this club, but results are results,", "Elena Ruiz", {}),
("We need a new voice in the dressing room.", "Elena Ruiz", {}),
("He was told before the players were, which is at least something,", "a person close to the coach", {"unnamed": ["person"]}),
("built for a different league", "Viktor Lang", {}),
("We let him down, not the other way around,", "Dario Mensah", {}),
("The players have to look in the mirror.", "Dario Mensah", {}),
("Right now I want to win one game,", "Paul Hendry", {}),
("Three coaches in four years. At what point do you look at the people hiring them?", "Tanya Ross", {}),
("We have not received any complaint about the club's conduct,", "Ben Ashby", {}),
]))

B10.append(dict(id="en-tv-quiz-cancelled", paras=[
"Network cancels 'Know It All' after cheating inquiry",
"The broadcaster TVN said on Monday that it would cancel \"Know It All,\" the quiz show it has aired on weeknights for 22 years, after an internal inquiry found that a producer had passed answers to at least four contestants.",
"\"We cannot ask viewers to trust a game we could not trust ourselves.\" The line came from TVN's chief executive, Marjorie Quinlan, in a memo to staff on Monday morning. In it, she wrote that the network had \"failed the people who watched us every night.\"",
"The producer, who was not named, was dismissed last month. Two of the contestants who received answers have agreed to return their winnings, which together came to about $310,000, according to a person familiar with the inquiry.",
"The show's longtime host, Gordon Fitch, said he had known nothing about the scheme. \"I read the questions. I never saw who got them ahead of time,\" Mr. Fitch said in an interview. \"I am as angry as anyone watching at home.\"",
"He said he had hoped to finish the season. \"Twenty-two years, and it ends in a press release,\" he said.",
"The inquiry was led by an outside law firm, Dunmore & Price. Its report, a summary of which was released by TVN, said the producer had acted alone and had been \"motivated by ratings, not money.\"",
"Fans reacted with dismay. A petition titled \"Save Know It All\" had gathered more than 40,000 signatures by Monday evening.",
"Lisa Fitch, a media analyst at Brandt & Cole who is no relation to the host, said the decision was less about the scandal than about the audience. \"The show has been losing younger viewers for a decade,\" Ms. Fitch said. \"The scandal just gave them a reason.\"",
"TVN said a new game show would fill the time slot from January.",
], quotes=[
("Know It All", None, {}),
("Know It All,", None, {}),
("We cannot ask viewers to trust a game we could not trust ourselves.", "Marjorie Quinlan", {}),
("failed the people who watched us every night.", "Marjorie Quinlan", {}),
("I read the questions. I never saw who got them ahead of time,", "Gordon Fitch", {}),
("I am as angry as anyone watching at home.", "Gordon Fitch", {}),
("Twenty-two years, and it ends in a press release,", "Gordon Fitch", {}),
("motivated by ratings, not money.", "Its report", {"unnamed": ["report", "dunmore"]}),
("Save Know It All", None, {}),
("The show has been losing younger viewers for a decade,", "Lisa Fitch", {}),
("The scandal just gave them a reason.", "Lisa Fitch", {}),
]))

# Batch 11: written at the start of a later release by a helper who writes no rules, before any of
# that release's rules and without reading any miss, labelled while writing: "Ms."/"Mr." throughout,
# "said X, who chairs the Y", a coach named later only as "the coach", "he"/"she" after a named
# person with a person of the other sex in between, quotations over two paragraphs, officials and an
# executive unnamed, a quotation after a colon that ends the speaker's sentence, titles, a nickname
# and a slogan nobody speaks, posts and statements quoted with "wrote" and "posted".
B11 = []

B11.append(dict(id="en-nyt-fares", paras=[
"Transit Board Approves First Fare Increase in Eight Years",
"The Metropolitan Transit Authority's board voted 9 to 4 on Wednesday to raise the base subway and bus fare to $3.10 from $2.75, the first increase since 2017, as the agency tries to close a $640 million hole in its budget.",
"The authority's chairwoman, Dolores Whitcombe, said the board had run out of alternatives. \"Nobody on this board wanted to do this,\" Ms. Whitcombe said after the vote. \"But the alternative was cutting service on lines that people depend on to get to work.\"",
"Ms. Whitcombe said the authority had already frozen hiring and delayed the purchase of 300 electric buses.",
"Riders' advocates were unpersuaded. \"The people who will feel this most are the people who can least afford it,\" said Ahmed Rahimi, who chairs the Straphangers Council, a riders' group. \"A home health aide who takes two buses and a train to work is now paying $700 more a year.\"",
"Ms. Whitcombe said she understood the anger. Mr. Rahimi's group had collected 18,000 signatures against the increase, and several of its members shouted from the gallery during the vote. \"I ride the train every day too,\" she said. \"I know what $3.10 means.\"",
"She added that the authority would expand its reduced-fare program for low-income riders to 400,000 people from 250,000.",
"Four board members voted against the increase. One of them, Councilman Victor Ames, said the authority should have waited for the state budget. \"We are asking riders to pay before we have asked Albany for a dime,\" Mr. Ames said.",
"Mayor Janet Cole, who appoints four of the board's members, distanced herself from the decision. \"Raising fares in the middle of a cost-of-living crisis is the wrong call,\" Ms. Cole wrote on social media on Wednesday evening.",
"The increase is the first step of the board's long-range plan, known as \"Moving Forward 2040,\" which also calls for two new subway lines and the conversion of the entire bus fleet to electric power by the end of the next decade.",
"The new fare takes effect on March 1. Monthly passes will rise to $138 from $127.",
], quotes=[
("Nobody on this board wanted to do this,", "Dolores Whitcombe", {}),
("But the alternative was cutting service on lines that people depend on to get to work.", "Dolores Whitcombe", {}),
("The people who will feel this most are the people who can least afford it,", "Ahmed Rahimi", {}),
("A home health aide who takes two buses and a train to work is now paying $700 more a year.", "Ahmed Rahimi", {}),
("I ride the train every day too,", "Dolores Whitcombe", {}),
("I know what $3.10 means.", "Dolores Whitcombe", {}),
("We are asking riders to pay before we have asked Albany for a dime,", "Victor Ames", {}),
("Raising fares in the middle of a cost-of-living crisis is the wrong call,", "Janet Cole", {}),
("Moving Forward 2040,", None, {}),
]))

B11.append(dict(id="en-sport-two-coaches", paras=[
"Tigers end Falcons' unbeaten run behind Okoye's 31 points",
"Grace Okoye scored 31 points and Northern State beat previously unbeaten Westfield 78-71 on Saturday night, handing the Falcons their first loss of the season.",
"Tigers head coach Dana Merritt, in her first season at Northern State, had warned her players all week that Westfield would press from the opening tip. \"We spent three days practising against eight defenders,\" Merritt said. \"It felt silly on Tuesday. It didn't feel silly tonight.\"",
"Okoye, a senior guard, made 12 of 19 shots and all five of her free throws. Asked whether she had been nervous, she shrugged. \"Not really. Coach told us to play like we had nothing to lose, and we didn't,\" Okoye said.",
"Westfield coach Ray Lindholm blamed his team's shooting. The Falcons made only 4 of 22 three-point attempts. \"We got good looks. We just didn't make them,\" the coach said. \"That happens. It can't happen in March.\"",
"Lindholm sought out Okoye after the final buzzer to shake her hand. \"She's the best guard we've seen all year, and it isn't close,\" he said.",
"Westfield's leading scorer, Tessa Moreau, finished with 22 points but did not score in the fourth quarter. \"They took away everything I like to do,\" Moreau said.",
"Okoye, who was followed by cameras for the documentary series \"Full Court,\" is projected as a first-round pick in next year's draft. She said she had not thought about it. \"I've got a degree to finish first,\" she said.",
"Merritt said the win would mean little if her team let up in conference play, which begins next week. \"One game,\" the coach said. \"Ask me in March.\"",
"Northern State's athletic director, Paul Havel, posted a photo of the celebration in the locker room on Saturday night with the caption \"Believe it.\"",
"The Tigers (11-2) host Carver on Wednesday. The Falcons (13-1) play at Lakeview on Thursday.",
], quotes=[
("We spent three days practising against eight defenders,", "Dana Merritt", {}),
("It felt silly on Tuesday. It didn't feel silly tonight.", "Dana Merritt", {}),
("Not really. Coach told us to play like we had nothing to lose, and we didn't,", "Grace Okoye", {}),
("We got good looks. We just didn't make them,", "Ray Lindholm", {}),
("That happens. It can't happen in March.", "Ray Lindholm", {}),
("She's the best guard we've seen all year, and it isn't close,", "Ray Lindholm", {}),
("They took away everything I like to do,", "Tessa Moreau", {}),
("Full Court,", None, {}),
("I've got a degree to finish first,", "Grace Okoye", {}),
("One game,", "Dana Merritt", {}),
("Ask me in March.", "Dana Merritt", {}),
("Believe it.", "Paul Havel", {}),
]))

B11.append(dict(id="en-wire-retirement-age", paras=[
"Belravia weighs raising retirement age to 68, officials say",
"VELDA (Reuters) - The Belravian government is considering raising the state retirement age to 68 from 66 over the next decade, two officials who spoke on condition of anonymity said on Monday, a move likely to provoke fierce opposition from the country's unions.",
"The plan, which has not been made public, would be part of a budget package due in October, the officials said. \"The numbers do not add up without it. Everyone in the cabinet knows that,\" one of them said.",
"A second official said the cabinet was divided on how far to go. \"The finance minister wants 68. Others would settle for 67 and a review in five years,\" the official said.",
"Labour Minister Sofie Van Damme would not confirm the report when reporters stopped her outside parliament. She said only this: \"No decision has been taken, and none will be taken without talking to the social partners.\"",
"According to a finance ministry document seen by Reuters, the change would save about 4.1 billion euros a year by 2035. The document describes the measure as \"unavoidable if the system is to remain solvent for the next generation.\"",
"Belravia, like many European countries, faces a growing bill as the post-war \"baby boom\" generation retires. There are now 2.9 workers for every pensioner, down from 4.1 in 2000.",
"The country's largest union federation, the ABV, said it would call a general strike if the plan went ahead. \"Working people did not cause this deficit and they will not pay for it with two more years of their lives,\" its general secretary, Marc Dubois, wrote in a statement posted on the federation's website.",
"Dubois met Van Damme last month to discuss pension reform. She described the meeting as constructive. He did not. \"We were told nothing. We were asked for nothing,\" he told Reuters by telephone.",
"Investors are likely to welcome the change. \"Markets will cheer it. Voters won't,\" said Ines Carvalho, an economist at Norden Bank.",
"The next general election is due in 2027.",
], quotes=[
("The numbers do not add up without it. Everyone in the cabinet knows that,", "one of the officials", {"unnamed": ["official", "officials"]}),
("The finance minister wants 68. Others would settle for 67 and a review in five years,", "A second official", {"unnamed": ["official"]}),
("No decision has been taken, and none will be taken without talking to the social partners.", "Sofie Van Damme", {}),
("unavoidable if the system is to remain solvent for the next generation.", "a finance ministry document", {"unnamed": ["document"]}),
("baby boom", None, {}),
("Working people did not cause this deficit and they will not pay for it with two more years of their lives,", "Marc Dubois", {}),
("We were told nothing. We were asked for nothing,", "Marc Dubois", {}),
("Markets will cheer it. Voters won't,", "Ines Carvalho", {}),
]))

B11.append(dict(id="en-uk-inquest", paras=[
"Coroner criticises council over cyclist's death at junction",
"A coroner has criticised Harrowgate Council for failing to act on repeated warnings about a junction where a cyclist was killed by a lorry last year.",
"Dr Eleanor Marsh, 34, a GP, died at the junction of Mill Road and the A614 in March 2024 when a lorry turning left struck her bicycle.",
"Recording a conclusion of accidental death at Harrowgate Coroner's Court on Thursday, the senior coroner, Mr Richard Okafor, said the council had been told about the danger at least four times since 2019. 'These warnings were clear, specific and repeated,' he said. 'They were not acted upon.'",
"Dr Marsh's husband, Mr James Marsh, who sat through the three-day inquest, was in no doubt about where the blame lay: 'Eleanor would be alive today if the council had listened.'",
"In a statement read outside court by the family's solicitor, Ms Priya Shah, the family said:",
"'Eleanor cycled to work every day because she believed in it. She was careful, she wore bright clothes and she knew that junction was dangerous. She told us so.",
"'We do not want anyone else to get the phone call we got that morning. Fix the junction.'",
"Mr Okafor said he would send a report to the council and the Department for Transport to prevent future deaths.",
"The council's director of highways, Ms Karen Doyle, told the inquest that a redesign of the junction was planned for next year. In the front row, Mr Marsh shook his head. 'We should have moved faster, and I am sorry that we did not,' she said.",
"Local cycling campaigners have long called the junction 'the meat grinder'. Four cyclists have been seriously injured there since 2019.",
"The lorry driver, who was not charged, gave evidence by video link. He told the coroner he had checked his mirrors and had not seen Dr Marsh.",
], quotes=[
("These warnings were clear, specific and repeated,", "Richard Okafor", {}),
("They were not acted upon.", "Richard Okafor", {}),
("Eleanor would be alive today if the council had listened.", "James Marsh", {}),
("Eleanor cycled to work every day because she believed in it. She was careful, she wore bright clothes and she knew that junction was dangerous. She told us so.", "the family", {"unnamed": ["family"]}),
("We do not want anyone else to get the phone call we got that morning. Fix the junction.", "the family", {"unnamed": ["family"]}),
("We should have moved faster, and I am sorry that we did not,", "Karen Doyle", {}),
("the meat grinder", None, {}),
]))

B11.append(dict(id="en-local-oak", paras=[
"Neighbors rally to save 140-year-old oak from road widening",
"A plan to cut down a 140-year-old oak tree on Orchard Lane to make room for a wider road has drawn more than 2,000 objections in three weeks, making it the most contested planning decision in Fairbury in a decade.",
"\"It was here before the road, before the houses, before any of us,\" said Helen Brackett, who chairs the Orchard Lane Residents' Association. \"Nobody is going to tell me a turning lane is worth more than that.\"",
"The county's highways department says the widening is needed to ease congestion at the junction with the new Fairbury Business Park, which opened in September. In a written response to objectors, the department said the tree's roots had \"compromised the integrity of the road surface.\"",
"Tom Greaves, the county engineer in charge of the project, said his team had studied alternatives. A design that curved around the tree would cost an extra $1.2 million, he said. \"We would love to keep it. We just can't find a way that doesn't involve buying half of somebody's front yard,\" Greaves said.",
"Greaves said the county had met Brackett twice since October and would meet her again before the vote. \"Everyone's going to be heard,\" he said.",
"The fight has spilled onto social media. Council member Rob Tandy, whose ward includes Orchard Lane, posted on Facebook on Sunday: \"I will vote against anything that takes this tree down. Full stop.\"",
"Not everyone agrees. Some tenants of the business park say the traffic is costing them money. \"My delivery drivers lose 20 minutes a day at that light,\" said Amir Khalil, who runs a catering company there.",
"Children on the lane have climbed the tree, known locally as \"the Old Man,\" for generations. A petition to save it, titled \"Don't Fell the Old Man,\" had more than 3,500 signatures by Monday.",
"The county's planning committee will vote on Dec. 14. If the plan is approved, the tree could come down as early as January.",
], quotes=[
("It was here before the road, before the houses, before any of us,", "Helen Brackett", {}),
("Nobody is going to tell me a turning lane is worth more than that.", "Helen Brackett", {}),
("compromised the integrity of the road surface.", "The county's highways department", {"unnamed": ["department", "highways"]}),
("We would love to keep it. We just can't find a way that doesn't involve buying half of somebody's front yard,", "Tom Greaves", {}),
("Everyone's going to be heard,", "Tom Greaves", {}),
("I will vote against anything that takes this tree down. Full stop.", "Rob Tandy", {}),
("My delivery drivers lose 20 minutes a day at that light,", "Amir Khalil", {}),
("the Old Man,", None, {}),
("Don't Fell the Old Man,", None, {}),
]))

B11.append(dict(id="en-business-recall", paras=[
"E-bike maker VoltRide recalls 85,000 bikes over battery fires",
"VoltRide, the electric bicycle maker, said on Tuesday that it would recall about 85,000 bikes sold in North America and Europe after reports that their batteries could overheat while charging, a setback for a company that had been preparing to go public.",
"The recall covers the Commuter 2 and Commuter 2 Plus models sold between March 2023 and June 2024. The company said it had received 37 reports of batteries overheating, including nine fires, two of which caused minor burns.",
"Lena Forsberg, VoltRide's chief executive and co-founder, announced the recall in a video message to customers.",
"\"If you own one of these bikes, please stop charging it today. We will send you a new battery, free of charge, and we will cover any costs you have had.",
"\"We got this wrong. I am not going to hide behind a supplier or a test lab. It is our name on the bike.\"",
"Ms. Forsberg, 46, started the company in a garage in Malmo in 2016. It now sells bikes in 22 countries.",
"VoltRide's listing on the Nasdaq, planned for the autumn, is likely to be delayed, according to a senior executive who asked not to be named because the plans were not public. \"Nobody is going to price an IPO in the middle of a recall,\" the executive said.",
"Mark Delacroix, a cycling blogger with 400,000 followers whose own VoltRide caught fire in his garage in May, posted a photo of its charred frame on Tuesday. \"Glad they finally listened. Took them long enough,\" he wrote.",
"Analysts said the company had moved faster than some rivals in similar cases. \"A recall is survivable. A slow recall is not,\" said Naomi Feld, who covers consumer hardware at Brennan Research.",
"VoltRide has marketed the Commuter 2 as \"the last bike you'll ever need.\" Its website still carried the slogan on Tuesday afternoon.",
"Shares of Kestrel Components, the Swedish firm that makes the batteries, fell 9 percent in Stockholm.",
], quotes=[
("If you own one of these bikes, please stop charging it today. We will send you a new battery, free of charge, and we will cover any costs you have had.", "Lena Forsberg", {}),
("We got this wrong. I am not going to hide behind a supplier or a test lab. It is our name on the bike.", "Lena Forsberg", {}),
("Nobody is going to price an IPO in the middle of a recall,", "a senior executive", {"unnamed": ["executive"]}),
("Glad they finally listened. Took them long enough,", "Mark Delacroix", {}),
("A recall is survivable. A slow recall is not,", "Naomi Feld", {}),
("the last bike you'll ever need.", None, {}),
]))

# Batch 13: written at the start of a later release (session 22) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it; kinds of reporting the earlier
# batches used little (a match report, a trial's first day, a market story, an obituary, a news
# conference, a roundup of reactions). Labelled while writing. Only measured.
B13 = []

B13.append(dict(id="en-sport-late-penalty", paras=[
"Calder Athletic 2 Brinsford Town 2: Hale fumes as late penalty costs Brinsford",
"Brinsford Town manager Gary Hale accused the officials of ‘losing their nerve’ after a stoppage-time penalty earned Calder Athletic a point in a bad-tempered match at Mill Lane on Saturday.",
"Brinsford were two goals up at half-time through Tomás Ferrer and Kwame Adjei, and still led 2-1 in the 93rd minute when referee Neil Pryce ruled that Adjei had handled a cross from Calder’s Ryan Moss. Moss tucked away the spot-kick himself.",
"‘I’ve watched it ten times and it hits his chest,’ Hale said. ‘If that’s a penalty, I don’t know what football is any more. My players gave everything and they’ve been robbed in the last minute.’",
"Adjei, who was booked for his protests, was more measured. ‘I turned my back, I felt it hit me somewhere,’ the 24-year-old told Radio Calder. ‘I honestly couldn’t tell you where.’",
"Calder head coach Simone Achebe, whose side had been booed off at half-time, said the decision was ‘clear from where I was standing’. She added: ‘We showed character. Two down against a side like that, a lot of teams fold.’",
"In a statement issued through the Professional Match Officials Board on Sunday, Pryce said he had had a clear view of the incident. ‘The ball struck the player’s upper arm, which was away from his body,’ the statement read. ‘I am satisfied the correct decision was made.’",
"Brinsford’s travelling supporters chanted ‘cheat, cheat, cheat’ as Pryce left the pitch, and stewards held back a handful who tried to reach the tunnel.",
"Ferrer, whose curling free-kick had opened the scoring, was asked whether the dressing room felt cheated. ‘Cheated? Yes. That’s the word,’ he said.",
"Achebe refused to be drawn on the reaction of the visitors. ‘Gary is a passionate man and I understand it,’ she said. ‘But we had a penalty turned down at their place in August and I didn’t hear anyone complaining then.’",
"The draw leaves Brinsford fourth, two points behind Calder, before next week’s so-called ‘Wool Derby’ against neighbours Ossett Vale.",
"Hale said he would not be writing to the league about the decision. ‘What’s the point? They’ll mark their own homework, like they always do.’",
], quotes=[
("losing their nerve", "Gary Hale", {}),
("I’ve watched it ten times and it hits his chest,", "Gary Hale", {}),
("If that’s a penalty, I don’t know what football is any more. My players gave everything and they’ve been robbed in the last minute.", "Gary Hale", {}),
("I turned my back, I felt it hit me somewhere,", "Kwame Adjei", {}),
("I honestly couldn’t tell you where.", "Kwame Adjei", {}),
("clear from where I was standing", "Simone Achebe", {}),
("We showed character. Two down against a side like that, a lot of teams fold.", "Simone Achebe", {}),
("The ball struck the player’s upper arm, which was away from his body,", "Neil Pryce", {}),
("I am satisfied the correct decision was made.", "Neil Pryce", {}),
("cheat, cheat, cheat", None, {}),
("Cheated? Yes. That’s the word,", "Tomás Ferrer", {}),
("Gary is a passionate man and I understand it,", "Simone Achebe", {}),
("But we had a penalty turned down at their place in August and I didn’t hear anyone complaining then.", "Simone Achebe", {}),
("Wool Derby", None, {}),
("What’s the point? They’ll mark their own homework, like they always do.", "Gary Hale", {}),
]))

B13.append(dict(id="en-court-shredder", paras=[
"Witness tells jury she saw finance chief shredding ledgers as embezzlement trial opens",
"FERNHOLLOW, Ore. (AP) — A former office manager testified Tuesday that she watched her boss feed ledgers into a shredder the night before state auditors arrived, on the first day of the embezzlement trial of a school district's former finance director.",
"Leonard Voss, 58, is charged with theft and falsifying public records in connection with the disappearance of about $2.3 million from the Fernhollow School District between 2019 and 2023. He has pleaded not guilty.",
"“This was not a mistake in a spreadsheet,” Deputy District Attorney Carmen Ruiz told jurors in her opening statement. “This was a plan, and it ran for four years.”",
"Ruiz said Voss had used the money to pay off a vacation home on the coast, and described him as a man who “treated the district's bank account like his own wallet.”",
"Defense attorney Howard Kim urged jurors to keep an open mind. The money, he said, had moved through accounts that half a dozen people could reach. “The state has a theory,” Kim said. “What it does not have is a single witness who saw Leonard Voss take a dollar.”",
"The prosecution's first witness, Debra Stallworth, was the district's office manager for 14 years. She told the court she had gone back to the office late on March 8, 2023, to collect a phone she had left on her desk.",
"“The lights were on in his office and the shredder was going,” Stallworth testified. “There was a stack of green ledgers on the floor next to it.”",
"She said that when Voss saw her in the doorway, he told her: “Go home, Debbie. This doesn't concern you.”",
"Under cross-examination, Kim pressed her on what she could have seen from the hallway. “Could you read a single word on those pages?” he asked.",
"“No,” Stallworth replied. “But I know what the district's ledgers look like. I ordered them for 14 years.”",
"Circuit Judge Patricia Okonkwo twice warned spectators to stay quiet after parents in the gallery murmured during the testimony. “This is a courtroom, not a town hall,” the judge said. “The next person who speaks out of turn will wait in the hallway.”",
"Outside the courthouse, several parents held handmade signs reading “Give It Back.” One of them, Marisol Treviño, whose two children attend Fernhollow High School, said the district had cut its music program in 2022 for lack of money. “They told us there was nothing left,” she said.",
"The trial is expected to last three weeks. Voss, who did not speak in court Tuesday, faces up to 20 years in prison if convicted. His lawyer said Voss would testify “when the time comes.”",
], quotes=[
("This was not a mistake in a spreadsheet,", "Carmen Ruiz", {}),
("This was a plan, and it ran for four years.", "Carmen Ruiz", {}),
("treated the district's bank account like his own wallet.", "Carmen Ruiz", {}),
("The state has a theory,", "Howard Kim", {}),
("What it does not have is a single witness who saw Leonard Voss take a dollar.", "Howard Kim", {}),
("The lights were on in his office and the shredder was going,", "Debra Stallworth", {}),
("There was a stack of green ledgers on the floor next to it.", "Debra Stallworth", {}),
("Go home, Debbie. This doesn't concern you.", "Leonard Voss", {}),
("Could you read a single word on those pages?", "Howard Kim", {}),
("No,", "Debra Stallworth", {}),
("But I know what the district's ledgers look like. I ordered them for 14 years.", "Debra Stallworth", {}),
("This is a courtroom, not a town hall,", "Patricia Okonkwo", {}),
("The next person who speaks out of turn will wait in the hallway.", "Patricia Okonkwo", {}),
("Give It Back.", None, {}),
("They told us there was nothing left,", "Marisol Treviño", {}),
("when the time comes.", "Howard Kim", {}),
]))

B13.append(dict(id="en-business-airline-engines", paras=[
"Harrowgate Air shares slump as CEO warns engine delays will shrink summer schedule",
"LONDON, June 4 (Reuters) - Shares in budget carrier Harrowgate Air fell as much as 14% on Wednesday after the airline cut its summer capacity forecast, blaming late deliveries of engines for its new jets, and its chief executive warned the problem could last into next year.",
"\"We are flying a smaller airline this summer than we planned to, and I am not going to pretend otherwise,\" Chief Executive Marta Söderberg told reporters on a conference call.",
"The company said in a statement that 11 of its 74 aircraft would be grounded for at least part of the peak season. \"The delays are outside our control and we have taken every step available to protect customers who have already booked,\" it said.",
"Analysts at Kelmore Securities said in a note to clients that the guidance cut was \"worse than the most bearish forecast\" and lowered their price target on the stock by a fifth.",
"\"Capacity is the whole story for a low-cost airline. Fewer seats means higher unit costs, and Harrowgate has less room than most to absorb them,\" Jonah Pereira, an analyst at Dunmore Capital, wrote in a separate note.",
"Söderberg said the engine maker, Trevane Aero, had told the airline that deliveries would resume in August, but she was \"not planning on it.\"",
"Trevane Aero said it was working \"around the clock\" with its suppliers to clear a backlog of castings, and expected output to recover in the second half. It did not comment on Harrowgate's schedule.",
"Harrowgate is trying to lease four older aircraft with crews to fill the gaps, according to a person familiar with the talks. \"They will pay through the nose for them, but empty slots at Gatwick cost more,\" the person said, asking not to be named because the discussions are private.",
"The airline has also paused its \"Fly Small, Pay Small\" advertising campaign, which promised fares below 20 pounds on 40 routes, a spokeswoman said.",
"Asked whether she had considered stepping down, Söderberg said: \"No. My job is to fix this, and I intend to.\" She added that the board remained \"fully behind\" the growth plan she set out when she took over in 2022.",
"Shares in rival Skylane, which flies the same aircraft type, fell 3%. Skylane declined to comment.",
"Harrowgate shares closed down 11.6% at 412 pence, their lowest level since November.",
], quotes=[
("We are flying a smaller airline this summer than we planned to, and I am not going to pretend otherwise,", "Marta Söderberg", {}),
("The delays are outside our control and we have taken every step available to protect customers who have already booked,", "Harrowgate Air", {"accept": ["Harrowgate"]}),
("worse than the most bearish forecast", "Kelmore Securities", {"accept": ["Kelmore"]}),
("Capacity is the whole story for a low-cost airline. Fewer seats means higher unit costs, and Harrowgate has less room than most to absorb them,", "Jonah Pereira", {}),
("not planning on it.", "Marta Söderberg", {}),
("around the clock", "Trevane Aero", {"accept": ["Trevane"]}),
("They will pay through the nose for them, but empty slots at Gatwick cost more,", "a person familiar with the talks", {"unnamed": ["person"]}),
("Fly Small, Pay Small", None, {}),
("No. My job is to fix this, and I intend to.", "Marta Söderberg", {}),
("fully behind", "Marta Söderberg", {}),
]))

B13.append(dict(id="en-obit-lighthouse", paras=[
"Agnes Morrow, Keeper of a Lighthouse Museum Who Loved a Storm, Dies at 91",
"Agnes Morrow, who spent four decades turning a decommissioned lighthouse on the Maine coast into a museum that drew visitors from around the world, died on Saturday in Bangor, Me. She was 91.",
"Her death, at a nursing home, was confirmed by her nephew, Daniel Morrow.",
"Ms. Morrow grew up in Port Alder, a fishing village of 600 people, and took a job as the lighthouse's last civilian keeper in 1961, when few women held such posts. When the light was automated in 1979, she refused to leave.",
"\"People think a lighthouse keeper wants to be alone,\" she told The Coastal Courier in 1987. \"I wanted to be where the weather was.\"",
"She persuaded the town to lease her the building for a dollar a year and filled it with logbooks, foghorns and the brass lenses she bought at salvage auctions. Locals called it \"the Lamp House,\" and the name stuck.",
"\"Agnes raised more money with a bake sale than the town ever did with a bond issue,\" said Harold Finch, a former mayor of Port Alder who sat on the museum's board with her for two decades.",
"Her best-known book, \"Weather Log of a Quiet Coast,\" published in 1992, collected 30 years of her daily notes on wind, tide and fog.",
"In February 1978, during a blizzard that sank two fishing boats, she kept watch from the tower for 19 hours and relayed positions to the Coast Guard by radio. Ruth Ellery, then a young officer at the station in Rockland, remembered the night. \"Her voice never shook,\" Ms. Ellery said. \"Mine did.\"",
"Ms. Morrow married Walter Pike, a lobsterman, in 1966. In a 1995 interview, she said that he had proposed on the gallery of the lighthouse during a gale, shouting, \"Marry me and you'll never be bored.\" He died in 2004.",
"Her nephew said she kept a barometer by her bed until the end. \"She would tap it every morning and tell the nurses what was coming,\" Mr. Morrow said. \"She was usually right.\"",
"Her favorite saying, he said, was one she repeated to every school group that climbed the tower: \"The sea does not care who you are.\"",
"In addition to her nephew, she is survived by a sister, Ellen Crane.",
"Asked once by a reporter what she wanted written on her gravestone, she answered without pausing: \"Gone to check the weather.\"",
], quotes=[
("People think a lighthouse keeper wants to be alone,", "Agnes Morrow", {}),
("I wanted to be where the weather was.", "Agnes Morrow", {}),
("the Lamp House,", None, {}),
("Agnes raised more money with a bake sale than the town ever did with a bond issue,", "Harold Finch", {}),
("Weather Log of a Quiet Coast,", None, {}),
("Her voice never shook,", "Ruth Ellery", {}),
("Mine did.", "Ruth Ellery", {}),
("Marry me and you'll never be bored.", "Walter Pike", {}),
("She would tap it every morning and tell the nurses what was coming,", "Daniel Morrow", {}),
("She was usually right.", "Daniel Morrow", {}),
("The sea does not care who you are.", "Agnes Morrow", {}),
("Gone to check the weather.", "Agnes Morrow", {}),
]))

B13.append(dict(id="en-presser-pool-leak", paras=[
"Officials defend response to chlorine leak that sent 31 to hospital",
"DRAYTON FALLS — City officials on Monday defended their handling of a chlorine gas leak at the Riverside Aquatic Center that sent 31 people, most of them children at a swimming lesson, to hospital on Saturday.",
"At a news conference at City Hall that lasted nearly an hour, Mayor Teresa Halvorsen said an outside firm would investigate the leak. \"I want answers that don't come from the people who ran the building,\" she said. \"Parents deserve that, and so do I.\"",
"Fire Chief Marcus Bell said a valve on a chlorine feed line had failed in the pump room shortly after 10 a.m., and that staff had pulled the fire alarm within minutes. Firefighters arrived at 10:19.",
"The questions from reporters were pointed. \"Why did it take 40 minutes to get the children out?\" one reporter asked.",
"\"It didn't,\" Bell said. \"The building was cleared in 11 minutes. The 40 minutes you've heard about is how long it took to treat everyone on the lawn.\"",
"Halvorsen cut in before a second question could be finished. \"Let me say this clearly: nobody is hiding anything.\"",
"Dr. Anil Varma, the county health director, said all but two of those taken to hospital had been released by Sunday night. The two still being treated, a 9-year-old girl and a lifeguard, were in stable condition, he said. \"Their lungs are recovering, and we expect both of them home this week.\"",
"Asked whether the pool would reopen this summer, Varma was blunt: \"Not until I'm satisfied, and I'm not.\"",
"A reporter from the Drayton Falls Ledger asked whether the city had ignored a 2023 inspection that flagged corroded pipes in the pump room. Halvorsen said she had not seen that report until Sunday. \"If it was ignored, somebody will answer for it,\" the mayor said.",
"Bell said the department's hazardous materials team would finish its work at the site by Wednesday. \"We will know more about the valve by Friday,\" the chief said.",
"Several parents watched from the back of the room. One of them, Corinne Walsh, whose 7-year-old son was in the lesson, said afterward that the officials had sounded \"very rehearsed.\" \"Nobody has called me. Not once,\" she said.",
"The center, which opened in 2009, has been closed since Saturday. Its summer program, \"Splash Into Summer,\" has been moved to a high school pool across town.",
], quotes=[
("I want answers that don't come from the people who ran the building,", "Teresa Halvorsen", {}),
("Parents deserve that, and so do I.", "Teresa Halvorsen", {}),
("Why did it take 40 minutes to get the children out?", "one reporter", {"unnamed": ["reporter"]}),
("It didn't,", "Marcus Bell", {}),
("The building was cleared in 11 minutes. The 40 minutes you've heard about is how long it took to treat everyone on the lawn.", "Marcus Bell", {}),
("Let me say this clearly: nobody is hiding anything.", "Teresa Halvorsen", {}),
("Their lungs are recovering, and we expect both of them home this week.", "Anil Varma", {}),
("Not until I'm satisfied, and I'm not.", "Anil Varma", {}),
("If it was ignored, somebody will answer for it,", "Teresa Halvorsen", {}),
("We will know more about the valve by Friday,", "Marcus Bell", {}),
("very rehearsed.", "Corinne Walsh", {}),
("Nobody has called me. Not once,", "Corinne Walsh", {}),
("Splash Into Summer,", None, {}),
]))

B13.append(dict(id="en-wire-treaty-reactions", paras=[
"Capitals trade blame after plastics treaty talks collapse in Nairobi",
"NAIROBI/BERLIN/BEIJING (Reuters) - Governments traded blame on Sunday after talks on a global treaty to curb plastic pollution broke up in Nairobi without agreement, ending two years of negotiations with no date set to resume them.",
"The talks foundered on a proposed cap on the production of new plastic, backed by about 100 countries and opposed by a group of oil- and gas-producing states.",
"In Berlin, Environment Minister Katrin Albers called the outcome \"a bitter day for the oceans.\" \"We came to Nairobi ready to compromise. Others came ready to wait,\" she told reporters.",
"Paris was more guarded. A foreign ministry spokesman, Rémi Dufresne, said France \"regretted\" the result and would push for a new session \"before the end of next year.\"",
"In Washington, a State Department official said the draft text had \"asked too much, too fast, of too few.\" The official spoke on condition of anonymity to discuss diplomatic exchanges.",
"Beijing blamed wealthy nations. Foreign ministry spokeswoman Hua Jinmei told a regular briefing that developed countries had tried to \"move the goalposts\" in the final week. \"China has always supported a fair and balanced treaty that respects each country's conditions,\" Hua said.",
"Delegates from small island states were scathing. \"For us this is not a negotiation about packaging. It is about whether our beaches are still beaches in thirty years,\" said Mele Tuilagi, the lead negotiator for the Pacific island group, who walked out of the final session.",
"The Kenyan chair of the talks, Joseph Kariuki, told a closing news conference that the work had not been wasted. \"We have not failed. We have run out of time, which is a different thing,\" he said.",
"The Plastics Industry Council, which lobbied against any limit on production, welcomed what a spokesperson called a \"realistic pause\" that would \"give innovation time to work.\"",
"Environmental campaigners were less forgiving. The group OceanWatch said in a statement that the treaty had been \"sunk by the petrochemical lobby\" and urged governments to act on their own.",
"Some of the cap's supporters have taken to calling it the \"Nairobi line,\" and several European ministers said they would seek a smaller agreement among willing states.",
"In Canberra, a spokesman for the environment minister said Australia would \"keep the door open\" but gave no details.",
], quotes=[
("a bitter day for the oceans.", "Katrin Albers", {}),
("We came to Nairobi ready to compromise. Others came ready to wait,", "Katrin Albers", {}),
("regretted", "Rémi Dufresne", {}),
("before the end of next year.", "Rémi Dufresne", {}),
("asked too much, too fast, of too few.", "a State Department official", {"unnamed": ["official"]}),
("move the goalposts", "Hua Jinmei", {}),
("China has always supported a fair and balanced treaty that respects each country's conditions,", "Hua Jinmei", {}),
("For us this is not a negotiation about packaging. It is about whether our beaches are still beaches in thirty years,", "Mele Tuilagi", {}),
("We have not failed. We have run out of time, which is a different thing,", "Joseph Kariuki", {}),
("realistic pause", "a spokesperson for the Plastics Industry Council", {"unnamed": ["spokesperson", "plastics industry council"]}),
("give innovation time to work.", "a spokesperson for the Plastics Industry Council", {"unnamed": ["spokesperson", "plastics industry council"]}),
("sunk by the petrochemical lobby", "OceanWatch", {}),
("Nairobi line,", None, {}),
("keep the door open", "a spokesman for the environment minister", {"unnamed": ["spokesman"]}),
]))

# Batch 15: written at the start of a later release (session 23) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it; kinds of reporting the earlier
# batches used little (a council meeting with residents at the microphone, a health study with an
# outside expert and an agency's spokeswoman, a wildfire with evacuated residents named by first name
# and a governor's statement, a long profile in the present tense, an election night, a British crime
# report). Labelled while writing. Only measured.
B15 = []

B15.append(dict(id="en-council-garage-delay", paras=[
"Carrow Heights council delays vote on downtown parking garage after heated public comment",
"CARROW HEIGHTS — The City Council voted 5-2 on Tuesday night to delay a decision on a $14 million parking garage downtown, after more than three hours of public comment in which residents lined up at the microphone to argue over the project.",
"Mayor Denise Albrecht, who has championed the garage since her campaign last year, said she was disappointed but not surprised. \"People want to be heard, and tonight they were heard,\" Albrecht said. \"We will bring this back in January with better numbers.\"",
"The proposal would replace the surface lot behind the old Hartwell Department Store on Second Street with a five-level structure of about 420 spaces, paid for with bonds the city would repay from parking fees.",
"Councilman Raymond Ostrowski, who made the motion to delay, said the fee projections assumed downtown traffic would grow by a third within a decade. \"I have been on this council for eleven years, and I have never seen a projection like that come true,\" he said. \"Not once.\"",
"Councilwoman Teresa Vance disagreed. She said shop owners on Second Street had been asking for more parking for years and that a delay would cost the city money as construction prices rose.",
"\"Every month we wait, this gets more expensive,\" Vance said. \"We are not going to get a cheaper garage by talking about it.\"",
"Among the residents who spoke was Harold Benning, 78, who has lived on Elm Court, behind the lot, since 1971. He held up a photograph of the street in the 1970s and told the council that the garage would block the afternoon sun from a dozen homes.",
"\"You are going to put a concrete wall in front of my kitchen window,\" he said. \"My wife planted those roses in 1974. They will not grow in the dark.\"",
"Several speakers called the project a \"monument to cars.\" Others, including Maria Delgado, who owns a bakery on Second Street, said customers circle the block for 20 minutes on Saturdays and then give up.",
"\"I lose customers every weekend. I see them drive past, and I see them not come back,\" Delgado said.",
"The city's finance director, Paul Kessner, told the council the bonds would not require a tax increase. Asked by Ostrowski what would happen if fees fell short, he said the general fund would cover the gap \"for a period of years.\"",
"That answer drew groans from the audience, and Albrecht called for order twice.",
"Opponents have nicknamed the garage \"the Stack\" and have printed the word, crossed out in red, on lawn signs across the east side.",
"The council will take up the proposal again on Jan. 14. Albrecht said after the meeting that she would ask the city's consultant to present a lower-growth estimate. \"If the numbers do not work at the low end, I will say so,\" she said.",
], quotes=[
("People want to be heard, and tonight they were heard,", "Denise Albrecht", {}),
("We will bring this back in January with better numbers.", "Denise Albrecht", {}),
("I have been on this council for eleven years, and I have never seen a projection like that come true,", "Raymond Ostrowski", {}),
("Not once.", "Raymond Ostrowski", {}),
("Every month we wait, this gets more expensive,", "Teresa Vance", {}),
("We are not going to get a cheaper garage by talking about it.", "Teresa Vance", {}),
("You are going to put a concrete wall in front of my kitchen window,", "Harold Benning", {}),
("My wife planted those roses in 1974. They will not grow in the dark.", "Harold Benning", {}),
("monument to cars.", "several speakers", {"unnamed": ["speakers"]}),
("I lose customers every weekend. I see them drive past, and I see them not come back,", "Maria Delgado", {}),
("for a period of years.", "Paul Kessner", {}),
("the Stack", None, {}),
("If the numbers do not work at the low end, I will say so,", "Denise Albrecht", {}),
]))

B15.append(dict(id="en-study-night-shift-falls", paras=[
"Years of night shifts tied to more falls in retirement, study of nurses finds",
"Nurses who spent a decade or more working night shifts were about 30 percent more likely to suffer a serious fall in their first ten years of retirement than colleagues who worked days, according to a study published on Wednesday in the journal Occupational Health Review.",
"The researchers followed 11,400 retired nurses in three states for an average of eight years. The longer a nurse had worked nights, the higher her risk of a fall that sent her to a hospital, even after the team accounted for age, weight and medications.",
"\"We did not expect the effect to last this long after people stopped working nights,\" said Dr. Anika Sorensen, an epidemiologist at the Halvorsen School of Public Health and the study's lead author. \"Ten years on, we can still see it.\"",
"Dr. Sorensen said the likeliest explanation was damage to sleep and balance that builds up over years of disrupted body clocks, but she cautioned that the study could show only an association. Her team did not measure sleep directly.",
"\"This is an observational study, and I want to be careful,\" she said. \"What we can say is that the pattern is strong and that it grows with the number of years.\"",
"Outside researchers said the findings were plausible but far from settled. Dr. Marcus Feld, a geriatrician at Brightwater University who was not involved in the study, said that nurses who chose night work might differ from others in ways the data could not capture, such as caring for children or aging parents during the day.",
"\"I would not tell a 30-year-old nurse to quit nights on the strength of this,\" Dr. Feld said. \"But I would tell hospitals to take the question seriously and to fund the trial that answers it.\"",
"The study's size, he added, was \"genuinely impressive\" for a field that often relies on a few hundred participants.",
"The work was paid for in part by the National Office for Workplace Safety, which sets guidance for shift work in hospitals. A spokeswoman for the office, Linda Perez, said the agency would review the findings but had no plans to change its guidance this year.",
"\"Our guidance is based on the full body of evidence, not on a single paper,\" Ms. Perez said in an email. \"We welcome this work, and we will look at it closely.\"",
"Nurses' groups were quicker to react. The Coalition of Hospital Nurses, which has campaigned for limits on consecutive night shifts, posted the study on its website on Wednesday under the headline \"The Hidden Cost of Nights.\"",
"Dr. Sorensen said her team was now recruiting nurses who are still working for a second study, which will track their sleep with wrist monitors over five years. \"The honest answer to most of the questions people will ask me is that we don't know yet,\" she said.",
], quotes=[
("We did not expect the effect to last this long after people stopped working nights,", "Anika Sorensen", {}),
("Ten years on, we can still see it.", "Anika Sorensen", {}),
("This is an observational study, and I want to be careful,", "Anika Sorensen", {}),
("What we can say is that the pattern is strong and that it grows with the number of years.", "Anika Sorensen", {}),
("I would not tell a 30-year-old nurse to quit nights on the strength of this,", "Marcus Feld", {}),
("But I would tell hospitals to take the question seriously and to fund the trial that answers it.", "Marcus Feld", {}),
("genuinely impressive", "Marcus Feld", {}),
("Our guidance is based on the full body of evidence, not on a single paper,", "Linda Perez", {}),
("We welcome this work, and we will look at it closely.", "Linda Perez", {}),
("The Hidden Cost of Nights.", None, {}),
("The honest answer to most of the questions people will ask me is that we don't know yet,", "Anika Sorensen", {}),
]))

B15.append(dict(id="en-wire-cutler-ridge-fire", paras=[
"Wind-driven wildfire forces thousands from homes in Oregon foothills",
"BRIDGEVALE, Ore. (AP) — A wind-driven wildfire tore through the foothills east of Bridgevale on Saturday, destroying at least 40 homes and forcing about 6,000 people to flee as flames jumped a highway and crews struggled to keep up, officials said.",
"The Cutler Ridge Fire had burned more than 12,000 acres by nightfall and was 5 percent contained, according to the Tamarack County Fire District. Gusts of up to 55 mph pushed embers a mile ahead of the fire front.",
"\"This fire is moving faster than we can get people out of the way of it,\" Tamarack County Fire Chief Lorraine Decker said at an evening briefing. \"If you get an order to leave, do not wait to see the smoke. Go.\"",
"Decker said two firefighters had been treated for heat exhaustion and that no deaths had been reported, though crews had not yet been able to reach several streets in the Juniper Flats area.",
"The chief said more than 300 firefighters were on the lines, with crews arriving from four neighboring counties. \"We will have more resources in the morning, but tonight the wind is in charge,\" she said.",
"At an evacuation center in the Bridgevale High School gym, residents sat on cots and waited for word about their homes. Dolores Whitcomb, 67, and her husband, Ray Whitcomb, 70, left their house on Juniper Road with two dogs, a box of photographs and his heart medication.",
"\"We had maybe 15 minutes,\" Dolores said. \"A deputy came down the road with the siren going, and by the time we got to the truck you could see flames on the ridge.\"",
"Ray said he had watched from the highway as the smoke turned orange. \"I've lived here 40 years. I've seen fires. I've never seen one come down the hill like that,\" he said.",
"Their neighbor, Tyler Boone, 34, said he had stayed behind to wet down his roof until a sheriff's deputy ordered him out. \"I thought I could save it with a garden hose. That was stupid,\" he said.",
"Gov. Elaine Marchetti declared a state of emergency for Tamarack County on Saturday afternoon, freeing state money for the response and allowing the National Guard to help with traffic control.",
"\"To everyone who has been forced from their home tonight: the state is with you, and we will stay with you through the rebuilding,\" Marchetti said in a statement.",
"The cause of the fire was under investigation. The National Weather Service issued a red flag warning through Monday, and a spokesman for its Portland office said the dry wind and low humidity were \"about as bad as it gets for October.\"",
"Officials urged residents to sign up for the county's \"Ready, Set, Go\" alert program and not to return until the evacuation order was lifted. \"Please, stay out,\" Decker said.",
], quotes=[
("This fire is moving faster than we can get people out of the way of it,", "Lorraine Decker", {}),
("If you get an order to leave, do not wait to see the smoke. Go.", "Lorraine Decker", {}),
("We will have more resources in the morning, but tonight the wind is in charge,", "Lorraine Decker", {}),
("We had maybe 15 minutes,", "Dolores Whitcomb", {"accept": ["Dolores"]}),
("A deputy came down the road with the siren going, and by the time we got to the truck you could see flames on the ridge.", "Dolores Whitcomb", {"accept": ["Dolores"]}),
("I've lived here 40 years. I've seen fires. I've never seen one come down the hill like that,", "Ray Whitcomb", {"accept": ["Ray"]}),
("I thought I could save it with a garden hose. That was stupid,", "Tyler Boone", {}),
("To everyone who has been forced from their home tonight: the state is with you, and we will stay with you through the rebuilding,", "Elaine Marchetti", {}),
("about as bad as it gets for October.", "a spokesman for its Portland office", {"unnamed": ["spokesman"]}),
("Ready, Set, Go", None, {}),
("Please, stay out,", "Lorraine Decker", {}),
]))

B15.append(dict(id="en-profile-country-vet", paras=[
"After 45 years of calvings at 3 a.m., a country vet hangs up her boots",
"GLENHOLLOW, Vt. — Ingrid Halloran keeps her old calving ropes on a nail by the back door, though she has not used them since March. She is 74, she has retired twice, she says, and this time she means it.",
"For 45 years Halloran was the only large-animal veterinarian in the upper Glenhollow valley, driving a pickup with 400,000 miles on it between dairy farms that now number eleven, down from more than 60 when she arrived.",
"\"When I came here in 1980, people would call me the girl vet, and they meant it kindly, mostly,\" she says, laughing. \"A farmer once asked me whether my husband knew I was out at night. I told him my husband was the one holding the flashlight.\"",
"That husband, Tom, a schoolteacher, died in 2019. Their son, Conor Halloran, 41, took over the practice two years ago and runs it now with two younger vets from a new clinic on Route 12.",
"She talks about the work with the flat, careful precision of someone who has delivered bad news in a great many barns.",
"\"The hardest part of the job was never the animals. It was standing in a kitchen at five in the morning telling a family that the herd had to go, knowing their grandfather built that barn.",
"\"You learn not to say too much. You say what happened, you say what you would do, and then you keep your mouth shut and let them think,\" she says.",
"Conor, who grew up riding along on night calls, says his mother's rules still hang on the clinic wall, typed on an index card in 1987. \"Rule one is wash your boots before the next farm. Rule four is nobody gets a bill the week they lose a cow,\" he says. \"We still follow all five.\"",
"His mother is less sentimental about the card. \"I typed that because I was tired of repeating myself,\" she says.",
"The valley she is leaving is not the one she found. Milk prices, she says, have pushed out most of the small herds, and the ones left are bigger and run on thinner margins.",
"\"People talk about the family farm like it's a museum piece. It isn't. It's a business that loses money four years out of ten, and the people running it are some of the smartest I've known,\" Halloran says.",
"Asked what she will miss, she is quiet for a while.",
"\"The drive home, I think. You've done something hard, it went right, the sun is coming up over the ridge and nobody needs you for an hour.\"",
"Then she adds: \"And the calves. I will miss the calves.\"",
"The Glenhollow Historical Society has asked her to record an oral history for its series \"Voices of the Valley.\" She has agreed, on one condition. \"No photographs of me in coveralls,\" she says.",
], quotes=[
("When I came here in 1980, people would call me the girl vet, and they meant it kindly, mostly,", "Ingrid Halloran", {}),
("A farmer once asked me whether my husband knew I was out at night. I told him my husband was the one holding the flashlight.", "Ingrid Halloran", {}),
("The hardest part of the job was never the animals. It was standing in a kitchen at five in the morning telling a family that the herd had to go, knowing their grandfather built that barn.", "Ingrid Halloran", {}),
("You learn not to say too much. You say what happened, you say what you would do, and then you keep your mouth shut and let them think,", "Ingrid Halloran", {}),
("Rule one is wash your boots before the next farm. Rule four is nobody gets a bill the week they lose a cow,", "Conor Halloran", {"accept": ["Conor"]}),
("We still follow all five.", "Conor Halloran", {"accept": ["Conor"]}),
("I typed that because I was tired of repeating myself,", "Ingrid Halloran", {}),
("People talk about the family farm like it's a museum piece. It isn't. It's a business that loses money four years out of ten, and the people running it are some of the smartest I've known,", "Ingrid Halloran", {}),
("The drive home, I think. You've done something hard, it went right, the sun is coming up over the ridge and nobody needs you for an hour.", "Ingrid Halloran", {}),
("And the calves. I will miss the calves.", "Ingrid Halloran", {}),
("Voices of the Valley.", None, {}),
("No photographs of me in coveralls,", "Ingrid Halloran", {}),
]))

B15.append(dict(id="en-election-county-executive", paras=[
"Carrera ousts Whitlow in Harmon County executive race",
"HARMON, Mich. — Luis Carrera, a former school board president who had never run for countywide office, defeated County Executive Janet Whitlow on Tuesday, ending her 12-year hold on the county's top job in a race that polls had called a tossup until the final week.",
"With nearly all precincts reporting, Carrera had 53 percent of the vote to Whitlow's 46 percent, according to unofficial results from the county clerk.",
"Carrera took the stage at a union hall in downtown Harmon shortly before midnight to chants of his campaign slogan, \"A County That Works.\" \"Tonight the people of this county said they want a government that picks up the phone,\" he told supporters. \"Tomorrow we start earning that.\"",
"Whitlow conceded in a brief speech at her campaign headquarters in Eastfield, where the mood had turned quiet hours earlier. \"The voters have spoken, and I respect their decision,\" she said. \"I called Luis and offered him whatever help he needs. This county is bigger than any one of us.\"",
"Her campaign had spent heavily on television ads in the final weeks portraying Carrera as inexperienced. A Whitlow aide, who spoke on condition of anonymity to discuss the campaign's strategy, said internal polling had shown the race slipping after the second debate. \"We knew by Friday. We just didn't know by how much,\" the aide said.",
"Carrera's campaign manager, Derek Osei, said the win was built in the northern townships, where the campaign knocked on what he said were 90,000 doors. \"Everybody told us the north was hers,\" Osei said. \"We went up there anyway, every weekend, and we listened.\"",
"Voters leaving a polling place at the Eastfield Public Library on Tuesday afternoon described a choice between experience and change. Gloria Fenn, 58, a retired nurse, said she had voted for Whitlow three times and switched this year.",
"\"She did fine. But the roads are worse than when she started, and nobody at the county answers an email,\" she said.",
"Another voter, Martin Kowalski, 66, said he had stayed with the incumbent. \"I don't like to gamble with the county's money, and he's a gamble,\" Kowalski said.",
"Priya Nandakumar, who directs the Lakeshore College Poll, said the result fit a pattern of suburban incumbents losing ground over local services rather than national issues. Her poll had shown the two candidates within two points of each other in mid-October.",
"\"Potholes beat party this year,\" she said. \"People were angry about things they drive over every day.\"",
"Nandakumar added that turnout, at about 41 percent, was the highest for a county executive race since 2006. She called Whitlow's late advertising \"a classic mistake: attacking a candidate voters hadn't met yet.\"",
"Carrera will be sworn in on Jan. 2. Whitlow did not say what she planned to do next. Asked by a reporter whether she would run again, she smiled. \"Ask me in the spring,\" she said.",
], quotes=[
("A County That Works.", None, {}),
("Tonight the people of this county said they want a government that picks up the phone,", "Luis Carrera", {}),
("Tomorrow we start earning that.", "Luis Carrera", {}),
("The voters have spoken, and I respect their decision,", "Janet Whitlow", {}),
("I called Luis and offered him whatever help he needs. This county is bigger than any one of us.", "Janet Whitlow", {}),
("We knew by Friday. We just didn't know by how much,", "a Whitlow aide", {"unnamed": ["aide"]}),
("Everybody told us the north was hers,", "Derek Osei", {}),
("We went up there anyway, every weekend, and we listened.", "Derek Osei", {}),
("She did fine. But the roads are worse than when she started, and nobody at the county answers an email,", "Gloria Fenn", {}),
("I don't like to gamble with the county's money, and he's a gamble,", "Martin Kowalski", {}),
("Potholes beat party this year,", "Priya Nandakumar", {}),
("People were angry about things they drive over every day.", "Priya Nandakumar", {}),
("a classic mistake: attacking a candidate voters hadn't met yet.", "Priya Nandakumar", {}),
("Ask me in the spring,", "Janet Whitlow", {}),
]))

B15.append(dict(id="en-uk-converter-brothers", paras=[
"Brothers jailed over £300,000 catalytic converter thefts",
"Two brothers who stole more than 600 catalytic converters from cars across three counties have been jailed for a total of nine years.",
"Liam Pryce, 31, and Connor Pryce, 27, both of Oakfield Road, Wexley, used a cordless saw to remove the exhaust parts in as little as 90 seconds, often in supermarket car parks in broad daylight, Ravensford Crown Court heard.",
"The pair admitted conspiracy to steal at an earlier hearing. Liam Pryce was jailed for five years and Connor Pryce for four.",
"Prosecutor Helen Ashworth told the court the thefts, between March 2024 and January this year, had caused losses of more than £300,000, and that many victims had been unable to get to work for weeks while they waited for replacement parts.",
"‘This was not opportunistic crime,’ Miss Ashworth said. ‘It was organised, it was repeated and it was done for profit, with no thought for the people left stranded.’",
"The court heard the converters were sold to a scrap dealer in the Midlands for the precious metals they contain.",
"Rebecca Lyle, mitigating for Connor Pryce, said her client had fallen under the influence of his older brother after losing his job as a delivery driver. ‘He is the younger brother, and he did what he was told,’ she said.",
"Judge Martin Greaves said both men had played a full part. Addressing the brothers as they stood in the dock, he said: ‘You caused misery to hundreds of ordinary people who needed their cars to get to work, to hospital and to school.’",
"‘I accept that Connor played a somewhat lesser role, but not by much,’ the judge added.",
"As he was led down to the cells, Liam Pryce called out ‘Love you, Mum’ towards the public gallery.",
"Speaking after the sentencing, Det Insp Sarah Kendrick, of Ravensford Police, said the arrests had followed a six-month investigation using number plate cameras and phone records.",
"‘These two thought they were too quick to be caught. They were wrong,’ Det Insp Kendrick said. ‘I hope today’s sentences give some comfort to the victims.’",
"One of those victims, a care worker from Wexley who asked not to be named, said she had lost two weeks’ wages after her car was targeted outside a supermarket.",
"‘I was on nights, and I had no way of getting to my shift. People think it’s just a car part. It isn’t,’ she said.",
"A spokesman for Ravensford Police said: ‘Catalytic converter thefts in the county have fallen by almost half since these arrests.’ The force is offering free etching of serial numbers under its campaign ‘Mark It, Don’t Lose It’.",
], quotes=[
("This was not opportunistic crime,", "Helen Ashworth", {}),
("It was organised, it was repeated and it was done for profit, with no thought for the people left stranded.", "Helen Ashworth", {}),
("He is the younger brother, and he did what he was told,", "Rebecca Lyle", {}),
("You caused misery to hundreds of ordinary people who needed their cars to get to work, to hospital and to school.", "Martin Greaves", {}),
("I accept that Connor played a somewhat lesser role, but not by much,", "Martin Greaves", {}),
("Love you, Mum", "Liam Pryce", {"accept": []}),
("These two thought they were too quick to be caught. They were wrong,", "Sarah Kendrick", {}),
("I hope today’s sentences give some comfort to the victims.", "Sarah Kendrick", {}),
("I was on nights, and I had no way of getting to my shift. People think it’s just a car part. It isn’t,", "a care worker from Wexley", {"unnamed": ["care worker", "worker"]}),
("Catalytic converter thefts in the county have fallen by almost half since these arrests.", "a spokesman for Ravensford Police", {"unnamed": ["spokesman"]}),
("Mark It, Don’t Lose It", None, {}),
]))


# Batch 16: written at the start of a later release (session 24) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it; kinds of reporting the earlier
# batches used little (a cup-tie match report with both managers at the press conference and a pundit
# on air, a US bench-trial verdict "the judge wrote" with a filing and a defence lawyer, an earnings
# call with analysts and a company statement, a housing march in British style with organisers,
# police, a passer-by and a counter-protester, an obituary quoting the deceased's old words, a
# two-minister summit in wire style with a joint statement and anonymous officials). Labelled while
# writing. Only measured.
B16 = []

B16.append(dict(id="en-b16-cup-upset", paras=[
"Okafor double sends Harwick through as Castlebridge pay for changes",
"Harwick Town produced the shock of the fourth round on Saturday, beating Premier League Castlebridge 2-1 at a rain-soaked Moor Lane with two goals in six minutes from their 19-year-old substitute, Tobi Okafor.",
"Castlebridge, who had won their previous seven matches in all competitions, led through a first-half header from Dario Mendes and looked comfortable until the hour.",
"Then Okafor, on for the injured Lee Harte, turned in a low cross from Callum Reid and, six minutes later, ran on to a long clearance from goalkeeper Sam Reid to lift the winner over Jordi Alcaraz.",
"“I just closed my eyes and hit it,” Okafor said. “My mum is going to kill me. I told her this morning I wouldn’t even get on.”",
"Harwick manager Neil Bassett, whose side sit 14th in League One, said he had told his players at half-time to “stop admiring them”.",
"“They’re a brilliant side and we gave them far too much respect for 45 minutes,” Bassett told the post-match press conference. “After the break we were a different team. Tobi has been knocking on the door for weeks and today he kicked it down.”",
"The Reid brothers were at the heart of it. Callum, 27, has spent his whole career at the club; Sam, two years younger, joined from non-league Elmford in the summer.",
"“He never passes to me in training,” Callum Reid said of the assist for the winner, grinning. “So I’ll take that one.”",
"“I saw Tobi’s run and just launched it. I’d love to tell you I meant it,” said the goalkeeper.",
"Castlebridge manager Ines Haller was blunt. “We did not deserve to go through,” she said. “When you play at 60 per cent in a place like this you get punished, and we got punished.”",
"Asked whether she regretted making six changes from the side that beat Ardley in midweek, Haller shook her head.",
"“No. The players who started today are good enough to win here. That is the worst part.”",
"Former Castlebridge captain Martin Greer, summarising for BBC Radio 5 Live, was less forgiving. “That is a manager picking a team for Tuesday and forgetting about Saturday,” he said on air.",
"Greer added that Okafor “looks like a proper player” and predicted that bigger clubs would be watching. Bassett, for his part, was having none of it.",
"“Nobody is coming for Tobi,” he said. “He’s going home on the bus with the rest of us.”",
"Long after the final whistle the home supporters were still singing “Moor Lane Rain”, the club’s terrace anthem, as the stewards tried to clear the stands.",
"Is this the “magic of the cup” everyone talks about? For one wet afternoon on the edge of the Pennines, it was hard to argue otherwise. Harwick will learn their fifth-round opponents in Monday’s draw.",
], quotes=[
("I just closed my eyes and hit it,", "Tobi Okafor", {}),
("My mum is going to kill me. I told her this morning I wouldn’t even get on.", "Tobi Okafor", {}),
("stop admiring them", "Neil Bassett", {}),
("They’re a brilliant side and we gave them far too much respect for 45 minutes,", "Neil Bassett", {}),
("After the break we were a different team. Tobi has been knocking on the door for weeks and today he kicked it down.", "Neil Bassett", {}),
("He never passes to me in training,", "Callum Reid", {"accept": ["Callum"]}),
("So I’ll take that one.", "Callum Reid", {"accept": ["Callum"]}),
("I saw Tobi’s run and just launched it. I’d love to tell you I meant it,", "Sam Reid", {"accept": ["Sam"]}),
("We did not deserve to go through,", "Ines Haller", {}),
("When you play at 60 per cent in a place like this you get punished, and we got punished.", "Ines Haller", {}),
("No. The players who started today are good enough to win here. That is the worst part.", "Ines Haller", {}),
("That is a manager picking a team for Tuesday and forgetting about Saturday,", "Martin Greer", {}),
("looks like a proper player", "Martin Greer", {}),
("Nobody is coming for Tobi,", "Neil Bassett", {}),
("He’s going home on the bus with the rest of us.", "Neil Bassett", {}),
("Moor Lane Rain", None, {}),
("magic of the cup", None, {}),
]))

B16.append(dict(id="en-b16-bench-verdict", paras=[
"Judge Finds Former Hospital Chain Executive Guilty in $38 Million Billing Fraud",
"HARTFORD, Conn. — A federal judge on Tuesday found the former chief financial officer of a Connecticut hospital chain guilty of defrauding Medicare of $38 million, rejecting his argument that he had relied on the advice of the company’s own lawyers.",
"In a 46-page decision issued after a two-week bench trial, Judge Rosalind Achebe of the U.S. District Court in Hartford wrote that the evidence against Gregory Stahl, 58, was “overwhelming and, in places, almost entirely of his own making.”",
"Mr. Stahl, who waived his right to a jury, was convicted on all nine counts of health care fraud and making false statements. Sentencing was set for March 12.",
"The judge wrote that emails Mr. Stahl sent to his deputy, including one that said “let’s not ask questions we don’t want answered,” showed that he understood the billing codes were wrong.",
"“The defendant was not a bystander to the scheme,” she wrote. “He designed it, he supervised it and, when auditors began asking about it, he tried to bury it.”",
"Prosecutors said in a filing before the trial that the chain, Bayview Health Partners, had billed Medicare for more complex treatment than patients received at 11 of its clinics from 2017 to 2021, a practice they called “upcoding on an industrial scale.”",
"Mr. Stahl’s lawyer, Dennis Fairweather, said he would appeal. “Greg Stahl asked the lawyers, he got an answer and he followed it. That used to be what a careful executive did,” Mr. Fairweather said outside the courthouse.",
"He added that the judge had “set the bar for good faith so high that no one in a corporate office could clear it.”",
"The company’s former general counsel, Priya Natarajan, testified for the government under a grant of immunity. She told the court that she had never approved the billing practice and that Mr. Stahl had never asked her to. “If he had asked, I would have said no,” she said.",
"The judge found Ms. Natarajan’s account credible. In one passage, Judge Achebe noted that the defense had called a memo from the general counsel’s office a “green light,” but wrote that the memo “says the opposite in its second paragraph, which no one appears to have read.”",
"A spokeswoman for the U.S. attorney’s office, Lauren Pike, said in a statement that the verdict “sends a clear message that a signature at the top of an organization is not a shield.”",
"Mr. Stahl’s wife, Diane Stahl, who sat behind him throughout the trial, wept as the decision was read. Outside, she told reporters that her husband was “the most honest person I know.”",
"“We will keep fighting,” Ms. Stahl said. “This is not over.”",
"Bayview, which was sold to a private equity firm last year, said in a statement that it had “cooperated fully with the government” and that none of the executives involved still worked for the company.",
], quotes=[
("overwhelming and, in places, almost entirely of his own making.", "Rosalind Achebe", {}),
("let’s not ask questions we don’t want answered,", "Gregory Stahl", {"accept": []}),
("The defendant was not a bystander to the scheme,", "Rosalind Achebe", {}),
("He designed it, he supervised it and, when auditors began asking about it, he tried to bury it.", "Rosalind Achebe", {}),
("upcoding on an industrial scale.", "Prosecutors", {"unnamed": ["prosecutors"]}),
("Greg Stahl asked the lawyers, he got an answer and he followed it. That used to be what a careful executive did,", "Dennis Fairweather", {}),
("set the bar for good faith so high that no one in a corporate office could clear it.", "Dennis Fairweather", {}),
("If he had asked, I would have said no,", "Priya Natarajan", {}),
("green light,", "the defense", {"unnamed": ["defense"]}),
("says the opposite in its second paragraph, which no one appears to have read.", "Rosalind Achebe", {}),
("sends a clear message that a signature at the top of an organization is not a shield.", "Lauren Pike", {}),
("the most honest person I know.", "Diane Stahl", {"accept": []}),
("We will keep fighting,", "Diane Stahl", {"accept": []}),
("This is not over.", "Diane Stahl", {"accept": []}),
("cooperated fully with the government", "Bayview Health Partners", {"accept": ["Bayview"]}),
]))

B16.append(dict(id="en-b16-earnings-call", paras=[
"Kestrel Foods Cuts Forecast as Shoppers Trade Down; Shares Slide 11%",
"Kestrel Foods, the maker of Harvest Table frozen meals and Dunmore crisps, cut its full-year profit forecast on Thursday, saying shoppers squeezed by higher rents were switching to supermarkets’ own brands. Its shares fell 11 percent in New York, their steepest one-day drop in four years.",
"“We are not seeing people eat less. We are seeing them pay less for what they eat,” Chief Executive Marisa Kwan told analysts on a conference call after the results. “That is a shift we have to meet, not wait out.”",
"The company said in a statement that it now expected adjusted earnings of $2.10 to $2.20 a share for the year, down from the $2.45 to $2.55 it forecast in May, and that volumes in frozen meals had been “weaker than anticipated.” Sales in the quarter to September fell 3.4 percent to $4.1 billion.",
"On the call, Ms. Kwan said Kestrel would cut prices on about 200 products and spend $150 million more on marketing next year, including a revival of its “Real Food, Real Fast” television campaign.",
"Asked by Jonah Patel, an analyst at Barlow & Finch, whether the price cuts would simply eat into margins, she replied: “In the short run, yes. I would rather have a smaller margin on a bigger business than a fat margin on a shrinking one.”",
"Mr. Patel said later in a note to clients that the plan was “credible but expensive” and cut his rating on the stock to neutral from buy.",
"Another analyst on the call, Rachel Ambrose of Stanmore Capital, pressed the company’s finance chief, Henrik Lund, on whether the forecast assumed any recovery in the fourth quarter. “It assumes none,” Mr. Lund said. “If we see one, that’s upside.”",
"Ms. Ambrose said in an interview afterward that investors had heard the word “upside” from Kestrel before. “They told us the same thing a year ago, and the fourth quarter was the weakest of the year,” she said.",
"Kestrel’s largest shareholder, the activist fund Greyline Partners, has pushed for a sale of the crisps business. A person familiar with the fund’s thinking, who spoke on condition of anonymity because the discussions are private, said Greyline would “not sit quietly through another cut.”",
"Ms. Kwan, who took over in 2023 after 14 years at a rival, said on the call that the board had “no plans” to sell the unit.",
"“Dunmore is a great brand in a tough aisle,” she said. “We don’t sell great brands in a bad quarter.”",
"The company also said it would close a frozen-food plant in Lisle, Ill., by next summer, affecting about 340 workers. Tom Healy, the president of the union local that represents the plant’s workers, called the closing “a slap in the face to people who kept that plant running through the pandemic.”",
"Kestrel’s shares have fallen 27 percent this year.",
], quotes=[
("We are not seeing people eat less. We are seeing them pay less for what they eat,", "Marisa Kwan", {}),
("That is a shift we have to meet, not wait out.", "Marisa Kwan", {}),
("weaker than anticipated.", "Kestrel Foods", {"accept": ["Kestrel", "the company"]}),
("Real Food, Real Fast", None, {}),
("In the short run, yes. I would rather have a smaller margin on a bigger business than a fat margin on a shrinking one.", "Marisa Kwan", {}),
("credible but expensive", "Jonah Patel", {}),
("It assumes none,", "Henrik Lund", {}),
("If we see one, that’s upside.", "Henrik Lund", {}),
("upside", "Henrik Lund", {"implied": True}),
("They told us the same thing a year ago, and the fourth quarter was the weakest of the year,", "Rachel Ambrose", {}),
("not sit quietly through another cut.", "a person familiar with the fund’s thinking", {"unnamed": ["person"]}),
("no plans", "Marisa Kwan", {}),
("Dunmore is a great brand in a tough aisle,", "Marisa Kwan", {}),
("We don’t sell great brands in a bad quarter.", "Marisa Kwan", {}),
("a slap in the face to people who kept that plant running through the pandemic.", "Tom Healy", {}),
]))

B16.append(dict(id="en-b16-rent-march", paras=[
"Thousands march in Brackley for rent cap as landlords stage counter-protest",
"Several thousand people marched through the centre of Brackley on Saturday to demand a cap on rent rises, in one of the largest demonstrations the city has seen in a decade.",
"The march, organised by the Brackley Renters’ Union, set off from Victoria Park shortly after noon and ended with speeches outside the city hall. Police put the crowd at 6,000; the organisers said more than 15,000 had taken part.",
"‘People are spending 60 per cent of their wages on a room. That is not a housing market, that is a hold-up,’ said Aisha Doyle, the union’s secretary, speaking to the crowd from the back of a lorry.",
"Marchers carried placards reading ‘Homes Not Yields’ and chanted ‘Cap the rent, not the tenants’ as they passed the offices of several letting agencies on Corn Street.",
"Ms Doyle said the union would call a rent strike in the spring if the council did not back a cap. She later told the Brackley Echo that landlords had ‘had ten years of good news’ and could ‘live with one bad year’.",
"A small group of counter-protesters, most of them members of the Brackley Landlords’ Association, stood behind a police line on Market Street. Their chairman, Geoffrey Mold, said a cap would drive small landlords out of the market.",
"‘Every one of those people shouting at me will find it harder to rent a flat if this goes through,’ he said. ‘I am not the villain here.’",
"Chief Superintendent Karen Walsh of West Midshire Police said the day had passed off largely peacefully. Two men were arrested, one for a public order offence and one for throwing a bottle at the counter-protesters.",
"‘The overwhelming majority of people came to make their point and went home,’ she said in a statement. ‘We will not tolerate violence against officers or anyone else.’",
"Not everyone in the city centre had come to protest. Derek Hanlon, 64, who had driven in from Fenwick to buy a present for his granddaughter, watched the march from a shop doorway. ‘I’ve got nothing against them,’ he said. ‘I just wish they’d picked a Saturday that wasn’t her birthday.’",
"A woman pushing a pram, who gave her name only as Chloe, said she had joined the march on a whim. ‘My rent’s gone up twice in 18 months. Why wouldn’t I?’",
"The city’s cabinet member for housing, Cllr Imran Siddiqui, said the council had no power to cap rents and that the demand was ‘one for Westminster, not for us’. Ms Doyle was unimpressed. ‘Then he can pass the message on,’ she said.",
"The question on the banner tied to the railings of the city hall long after the crowd had gone home – ‘Whose city?’ – is one the council will find harder to pass on.",
], quotes=[
("People are spending 60 per cent of their wages on a room. That is not a housing market, that is a hold-up,", "Aisha Doyle", {}),
("Homes Not Yields", None, {}),
("Cap the rent, not the tenants", None, {}),
("had ten years of good news", "Aisha Doyle", {}),
("live with one bad year", "Aisha Doyle", {}),
("Every one of those people shouting at me will find it harder to rent a flat if this goes through,", "Geoffrey Mold", {}),
("I am not the villain here.", "Geoffrey Mold", {}),
("The overwhelming majority of people came to make their point and went home,", "Karen Walsh", {}),
("We will not tolerate violence against officers or anyone else.", "Karen Walsh", {}),
("I’ve got nothing against them,", "Derek Hanlon", {}),
("I just wish they’d picked a Saturday that wasn’t her birthday.", "Derek Hanlon", {}),
("My rent’s gone up twice in 18 months. Why wouldn’t I?", "Chloe", {}),
("one for Westminster, not for us", "Imran Siddiqui", {}),
("Then he can pass the message on,", "Aisha Doyle", {}),
("Whose city?", None, {}),
]))

B16.append(dict(id="en-b16-obituary-conductor", paras=[
"Miriam Osei-Lang, Conductor Who Took Orchestras Into Prisons, Dies at 81",
"Miriam Osei-Lang, a conductor who spent three decades taking symphony orchestras into prisons, hospitals and factory canteens, died on Sunday at her home in Baltimore. She was 81.",
"Her son, Daniel Osei-Lang, said the cause was heart failure. “She conducted until she couldn’t stand, and then she conducted sitting down,” he said. “Last month she was still marking up scores in bed.”",
"Ms. Osei-Lang was the music director of the Chesapeake Philharmonic from 1979 to 2004, one of the first Black women to lead a major American orchestra. She was better known, though, for what she called “the other concerts”: more than 600 performances in places where orchestras did not go.",
"“Music is not a reward for good behavior,” she told The Chesapeake Courier in 1988, after a performance of Dvorak’s “New World” Symphony at the state penitentiary in Jessup drew protests from a victims’ group. “It is a thing that belongs to everyone, including the people we would rather forget.”",
"Born in Accra in 1945 to a Ghanaian father and a German mother, she moved to New York at 12 and studied piano at the Juilliard School before turning to conducting, against the advice of nearly every teacher she had.",
"Her daughter, Ruth Lang, a cellist, remembered rehearsals at the kitchen table. “Other children had bedtime stories. We had Mahler,” Ms. Lang said, laughing. “I’m not sure I forgave her until I was 30.”",
"“If you only want to play for people in evening dress, go and work in a hotel,” she used to tell new players, according to Tomasz Bielak, who played principal viola under her for 19 years. “She meant it,” Mr. Bielak said. “Two people left over it.”",
"The Chesapeake Philharmonic said in a statement that it would dedicate the opening concert of its season to her. “Miriam showed us that an orchestra is a public servant, not a private club,” the statement said.",
"A former board member, who asked not to be named because the orchestra’s finances were private at the time, said the prison concerts had nearly cost her the job in 1991. “There were people on that board who wanted her gone by Christmas,” the former board member said. “She outlasted every one of them.”",
"Daniel said his mother had asked for no speeches at her funeral. “She wanted the Brahms Requiem and then everyone out by four,” he said. “She hated a long goodbye.”",
"In addition to her son and daughter, she is survived by four grandchildren. Her husband, the architect Felix Lang, died in 2015.",
"Asked in 2004, on the night of her last concert as music director, how she wanted to be remembered, she was brief: “That the doors were open.”",
], quotes=[
("She conducted until she couldn’t stand, and then she conducted sitting down,", "Daniel Osei-Lang", {"accept": ["Daniel"]}),
("Last month she was still marking up scores in bed.", "Daniel Osei-Lang", {"accept": ["Daniel"]}),
("the other concerts", "Miriam Osei-Lang", {}),
("Music is not a reward for good behavior,", "Miriam Osei-Lang", {}),
("New World", None, {}),
("It is a thing that belongs to everyone, including the people we would rather forget.", "Miriam Osei-Lang", {}),
("Other children had bedtime stories. We had Mahler,", "Ruth Lang", {}),
("I’m not sure I forgave her until I was 30.", "Ruth Lang", {}),
("If you only want to play for people in evening dress, go and work in a hotel,", "Miriam Osei-Lang", {}),
("She meant it,", "Tomasz Bielak", {}),
("Two people left over it.", "Tomasz Bielak", {}),
("Miriam showed us that an orchestra is a public servant, not a private club,", "The Chesapeake Philharmonic", {"accept": ["Philharmonic", "the statement"]}),
("There were people on that board who wanted her gone by Christmas,", "A former board member", {"unnamed": ["board member", "member"]}),
("She outlasted every one of them.", "A former board member", {"unnamed": ["board member", "member"]}),
("She wanted the Brahms Requiem and then everyone out by four,", "Daniel Osei-Lang", {"accept": ["Daniel"]}),
("She hated a long goodbye.", "Daniel Osei-Lang", {"accept": ["Daniel"]}),
("That the doors were open.", "Miriam Osei-Lang", {}),
]))

B16.append(dict(id="en-b16-border-summit", paras=[
"Varnia and Estmark agree to reopen border crossings, fishing row unresolved",
"GENEVA, Nov 19 (Reuters) - The foreign ministers of Varnia and Estmark agreed on Wednesday to reopen three border crossings closed since a dispute over fishing rights last year, but failed to settle the quarrel over the Halsey Bank fisheries that started it.",
"\"We have not solved everything. We have stopped making it worse,\" Varnian Foreign Minister Lucia Brandt told reporters after two days of talks at a lakeside hotel outside Geneva.",
"Her Estmark counterpart, Pavel Horak, was more cautious. Asked whether the crossings would open before winter, he said: \"That is the intention. Intentions have to survive contact with reality.\"",
"In a joint statement, the two governments said the crossings at Telk, Morrow and Ansby would reopen \"within 30 days\" and that a joint commission would report on fishing quotas by March. The statement called the talks \"frank and constructive,\" language diplomats often use for meetings that did not go well.",
"Two officials who spoke on condition of anonymity because they were not authorised to discuss the talks said the ministers had argued for more than an hour on Tuesday night over a map of the bank. \"At one point nobody in the room was speaking,\" one of the officials said. \"Then Brandt asked for coffee and we started again.\"",
"Another official, from the Estmark delegation, said Horak was under pressure from fishing towns at home not to give ground. \"He cannot go back to the coast with nothing,\" the official said.",
"Brandt said the fishing question was \"for the commission now, not for me\" and declined to say whether Varnia would drop its case at the International Tribunal for the Law of the Sea.",
"The dispute began in March last year when Varnia's navy detained two Estmark trawlers on the bank in what Estmark called \"an act of piracy\" and Varnia called a routine inspection. Estmark closed the crossings a week later.",
"In the Estmark port of Kelby, Jens Okkels, who heads the local fishermen's association, said he had heard \"nothing that puts a single boat back on the water.\" \"Crossings are for lorries. We need the sea,\" he told Reuters by telephone.",
"Horak, who flew home on Wednesday evening, is due to brief Estmark's parliament on Friday. Lawmakers from his own coalition have already asked him to explain what he gave away.",
"\"I will explain it the way I explained it to her,\" he said before leaving, referring to Brandt. \"Slowly, and more than once.\"",
], quotes=[
("We have not solved everything. We have stopped making it worse,", "Lucia Brandt", {}),
("That is the intention. Intentions have to survive contact with reality.", "Pavel Horak", {}),
("within 30 days", "the two governments", {"unnamed": ["governments", "statement"]}),
("frank and constructive,", "the two governments", {"unnamed": ["governments", "statement"]}),
("At one point nobody in the room was speaking,", "one of the officials", {"unnamed": ["official"]}),
("Then Brandt asked for coffee and we started again.", "one of the officials", {"unnamed": ["official"]}),
("He cannot go back to the coast with nothing,", "Another official, from the Estmark delegation", {"unnamed": ["official"]}),
("for the commission now, not for me", "Lucia Brandt", {}),
("an act of piracy", "Estmark", {}),
("nothing that puts a single boat back on the water.", "Jens Okkels", {}),
("Crossings are for lorries. We need the sea,", "Jens Okkels", {}),
("I will explain it the way I explained it to her,", "Pavel Horak", {}),
("Slowly, and more than once.", "Pavel Horak", {}),
]))


# Batch 17: written at the start of a later release (session 25) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it; kinds of reporting the earlier
# batches used little (a wildfire evacuation in wire style, a select committee hearing in British
# style with a written submission, a product recall with honorifics throughout, a festival review
# with a band interview in the present tense, a scientific study with "the paper says", an
# employment tribunal with a worker who asked not to be named). Labelled while writing. Only measured.
B17 = []

B17.append(dict(id="en-b17-wildfire", paras=[
"Thousands flee as wind-driven fire jumps highway near Cedar Hollow",
"CEDAR HOLLOW, Calif. (AP) — A wildfire driven by gusts of up to 60 mph jumped a state highway Tuesday night and raced toward the foothill town of Cedar Hollow, forcing about 9,000 people from their homes, officials said.",
"The Larkspur Fire had burned more than 14,000 acres by Wednesday morning and was 5 percent contained, according to the Sierra Vista County Fire Department. At least 37 homes and a middle school were destroyed.",
"\"This fire is moving faster than we can get crews in front of it,\" county Fire Chief Ramona Quintero said at a briefing at the fairgrounds. \"If you are told to leave, leave. Do not wait to see the flames.\"",
"Quintero said two firefighters had been treated for heat exhaustion. No deaths had been reported, she added, but crews had not yet been able to search some streets on the east side of town.",
"Residents described a chaotic night. Dale Whitcomb, 68, said he had time to grab his heart medication and the dog before a deputy pounded on his door. \"The sky over the ridge was orange, like somebody left the oven light on over the whole valley,\" he said. \"I didn't take a single photograph. I didn't take anything.\"",
"His neighbor, Lorna Whitcomb — no relation, the two like to joke — stayed behind to hose down her roof until the power failed. \"That was stupid, and I know it was stupid,\" she said from a cot at the evacuation center.",
"Cedar Hollow has long worried about its single road out of the canyon, which locals call \"the Funnel.\" On Tuesday night it was backed up for three miles.",
"County Supervisor Gabriel Hayes said the board would declare a local emergency on Thursday, which would free up state money for shelters and debris removal. The county has opened three shelters, and the fairgrounds can take horses and livestock.",
"\"We've got people sleeping in their cars in a supermarket parking lot because they don't want to leave their animals,\" Hayes said. \"We'd rather they came to us.\"",
"Forecasters offered little comfort, with a red flag warning in effect through Friday.",
"\"The wind is the whole story here,\" said Nadia Pereira, a meteorologist with the National Weather Service office in Sacramento. \"We expect gusts to ease a little Thursday afternoon, then pick up again overnight. That's the window crews will be watching.\"",
"The cause of the fire is under investigation. A person with knowledge of the utility's records, who spoke on condition of anonymity because the inquiry is ongoing, said a power line in the area had been switched off hours before the fire started. \"Nothing was flowing through that line,\" the person said.",
"By midday Wednesday, Quintero was back at the fairgrounds with a new map. Asked whether the town could be saved, she paused. \"I'm not going to stand here and promise you that,\" the chief said. \"I'll promise you we'll try.\"",
], quotes=[
("This fire is moving faster than we can get crews in front of it,", "Ramona Quintero", {}),
("If you are told to leave, leave. Do not wait to see the flames.", "Ramona Quintero", {}),
("The sky over the ridge was orange, like somebody left the oven light on over the whole valley,", "Dale Whitcomb", {"accept": ["Dale"]}),
("I didn't take a single photograph. I didn't take anything.", "Dale Whitcomb", {"accept": ["Dale"]}),
("That was stupid, and I know it was stupid,", "Lorna Whitcomb", {"accept": ["Lorna"]}),
("the Funnel.", None, {}),
("We've got people sleeping in their cars in a supermarket parking lot because they don't want to leave their animals,", "Gabriel Hayes", {}),
("We'd rather they came to us.", "Gabriel Hayes", {}),
("The wind is the whole story here,", "Nadia Pereira", {}),
("We expect gusts to ease a little Thursday afternoon, then pick up again overnight. That's the window crews will be watching.", "Nadia Pereira", {}),
("Nothing was flowing through that line,", "A person with knowledge of the utility's records", {"unnamed": ["person"]}),
("I'm not going to stand here and promise you that,", "Ramona Quintero", {}),
("I'll promise you we'll try.", "Ramona Quintero", {}),
]))

B17.append(dict(id="en-b17-water-hearing", paras=[
"Water regulator was ‘asleep at the wheel’, MPs told",
"The head of the water regulator endured a bruising two hours in front of MPs on Tuesday, as the chair of the environment committee accused her of being ‘asleep at the wheel’ while sewage spills in England doubled in five years.",
"Sir Malcolm Ashdown, the Conservative MP who chairs the committee, opened the session by reading out the number of spills recorded in his own constituency last year: 3,117.",
"‘Every one of those was reported to your organisation,’ he told Dame Helen Corrigan, the chief executive of the Water Standards Authority. ‘How many of them led to a fine?’",
"Dame Helen said she did not have the figure to hand. ‘I will write to the committee with it,’ she said. ‘What I can tell you is that enforcement has trebled since I took this job.’",
"Sir Malcolm was not satisfied. Trebled from what, he asked, ‘from nothing?’",
"The hearing was called after the authority allowed Southmoor Water to pay £412m in dividends in the same year the company missed 11 of its 14 pollution targets.",
"Dame Helen insisted the regulator had no power to block dividends. ‘Parliament did not give us that power. If Parliament wants us to have it, we will use it,’ she said.",
"Labour’s Tom Okoro said the answer showed the system was ‘broken from top to bottom’. ‘The regulator blames the law, the companies blame the regulator, and the river blames nobody, because the river can’t speak,’ Mr Okoro said.",
"The committee’s Conservative vice-chair, Rachel Penhaligon, took a gentler line, arguing that ministers had asked the authority to keep bills down for a decade. ‘You can’t starve a watchdog and then complain it doesn’t bark,’ she said.",
"Mr Okoro interrupted: ‘With respect, it doesn’t even whimper.’",
"In a written submission to the committee, the campaign group Clean Rivers Trust said the authority had ‘chosen to be weak’. The submission says the regulator ‘treats a permit breach as a paperwork error rather than a crime’ and calls for company directors to face personal liability.",
"Southmoor Water, which was not represented at the hearing, said in a statement that it was investing £2bn in treatment works and that its dividends went ‘largely to pension funds’.",
"Towards the end of the session Sir Malcolm asked Dame Helen whether she would resign if the committee’s report found against her.",
"She paused for several seconds. ‘No. I would read it, and I would act on it,’ she said.",
"The committee will publish its report in the spring.",
], quotes=[
("asleep at the wheel", "Sir Malcolm Ashdown", {"implied": True, "accept": ["Sir Malcolm", "Ashdown"]}),
("asleep at the wheel", "Sir Malcolm Ashdown", {"accept": ["Sir Malcolm", "Ashdown"]}),
("Every one of those was reported to your organisation,", "Sir Malcolm Ashdown", {"accept": ["Sir Malcolm", "Ashdown"]}),
("How many of them led to a fine?", "Sir Malcolm Ashdown", {"accept": ["Sir Malcolm", "Ashdown"]}),
("I will write to the committee with it,", "Dame Helen Corrigan", {"accept": ["Dame Helen", "Corrigan", "Helen Corrigan"]}),
("What I can tell you is that enforcement has trebled since I took this job.", "Dame Helen Corrigan", {"accept": ["Dame Helen", "Corrigan", "Helen Corrigan"]}),
("from nothing?", "Sir Malcolm Ashdown", {"accept": ["Sir Malcolm", "Ashdown"]}),
("Parliament did not give us that power. If Parliament wants us to have it, we will use it,", "Dame Helen Corrigan", {"accept": ["Dame Helen", "Corrigan", "Helen Corrigan"]}),
("broken from top to bottom", "Tom Okoro", {}),
("The regulator blames the law, the companies blame the regulator, and the river blames nobody, because the river can’t speak,", "Tom Okoro", {}),
("You can’t starve a watchdog and then complain it doesn’t bark,", "Rachel Penhaligon", {}),
("With respect, it doesn’t even whimper.", "Tom Okoro", {}),
("chosen to be weak", "Clean Rivers Trust", {"accept": []}),
("treats a permit breach as a paperwork error rather than a crime", "the submission", {"unnamed": ["submission", "clean rivers trust"]}),
("largely to pension funds", "Southmoor Water", {"accept": ["Southmoor"]}),
("No. I would read it, and I would act on it,", "Dame Helen Corrigan", {"accept": ["Dame Helen", "Corrigan", "Helen Corrigan"]}),
]))

B17.append(dict(id="en-b17-heater-recall", paras=[
"Maker of Popular Space Heater Recalls 1.2 Million Units After Fires",
"The maker of one of the country’s best-selling space heaters is recalling about 1.2 million of them after reports that the devices can overheat and catch fire, federal safety officials said on Thursday.",
"Brightwell Home Products said it had received 214 reports of its WarmWave 300 heaters melting, smoking or igniting, including 19 fires that damaged homes. Two people were treated for burns, according to the Consumer Product Safety Commission.",
"“Nothing matters more to us than the safety of the families who use our products,” said Joanna Pike, a spokeswoman for Brightwell, which is based in Columbus, Ohio. “We are asking every owner to unplug the heater today and contact us for a full refund.”",
"Ms. Pike said the fault had been traced to a thermal switch supplied by an outside manufacturer, which she declined to name. She added that the company had stopped selling the model in November.",
"The commission’s acting chairman, Walter Hsu, said the agency had pressed Brightwell for months to act. “A heater that can start a fire when it is working as designed is not a heater anyone should have in a child’s bedroom,” Mr. Hsu said.",
"Consumer advocates said the recall came too late. Brightwell first learned of overheating complaints in early 2024, according to documents the company filed with the commission.",
"“They sat on this for almost two years,” said Denise Albright, the director of product safety at the advocacy group Safe at Home. “How many more fires did it take?”",
"Ms. Albright said the commission should have the power to order recalls without a company’s consent, a change Congress has rejected several times. She called the current rules “a gentleman’s agreement with people who are not always gentlemen.”",
"For Karl Dufresne, a retired machinist in Duluth, Minn., the news came a month late. His WarmWave caught fire in his basement workshop on a November night while he was upstairs watching “Wheel of Fortune.”",
"“I smelled it before I saw it,” Mr. Dufresne said in a telephone interview. “By the time I got down there the curtain was going up like paper.” He put the fire out with an extinguisher but lost, he said, “about thirty years of tools.”",
"His wife, Ellen Dufresne, said the family had bought the heater because it was rated the safest in its class by an online review site. “We did our homework,” she said. “We trusted the label.”",
"Brightwell said owners could register for a refund on its website or by phone. Asked whether the company would compensate people whose homes were damaged, Ms. Pike said those claims would be “reviewed individually.”",
"The company’s shares fell 6 percent on Thursday.",
], quotes=[
("Nothing matters more to us than the safety of the families who use our products,", "Joanna Pike", {}),
("We are asking every owner to unplug the heater today and contact us for a full refund.", "Joanna Pike", {}),
("A heater that can start a fire when it is working as designed is not a heater anyone should have in a child’s bedroom,", "Walter Hsu", {}),
("They sat on this for almost two years,", "Denise Albright", {}),
("How many more fires did it take?", "Denise Albright", {}),
("a gentleman’s agreement with people who are not always gentlemen.", "Denise Albright", {}),
("Wheel of Fortune.", None, {}),
("I smelled it before I saw it,", "Karl Dufresne", {"accept": ["Karl"]}),
("By the time I got down there the curtain was going up like paper.", "Karl Dufresne", {"accept": ["Karl"]}),
("about thirty years of tools.", "Karl Dufresne", {"accept": ["Karl"]}),
("We did our homework,", "Ellen Dufresne", {"accept": ["Ellen"]}),
("We trusted the label.", "Ellen Dufresne", {"accept": ["Ellen"]}),
("reviewed individually.", "Joanna Pike", {}),
]))

B17.append(dict(id="en-b17-festival-review", paras=[
"Harbour Lights festival review: the Kestrels steal a muddy weekend",
"By the time the Kestrels walked on to the main stage at Harbour Lights on Saturday night, the field in front of it had been rained on for nine hours and most of the crowd had given up on dry socks. Nobody seemed to mind. For seventy-five minutes the Glasgow four-piece played as if they had something to prove, and by the end of the encore, a ragged, joyous run through “Salt Road”, they had proved it.",
"It has been a strange year for the band. Their second album, Low Tide Radio, reached number four in the charts in March; in May their drummer left, and for a while it looked as if the summer would be cancelled.",
"“We genuinely thought about stopping,” says singer Isla Munro when I meet her and her brother, guitarist Callum Munro, in a leaking Portakabin behind the stage a few hours before the show. “Not splitting up, just stopping. Going home for a year.”",
"What changed her mind? “Honestly? Our mum,” she says, laughing. “She said she’d already bought a ticket.”",
"Callum is the quieter of the two. He lets his sister do most of the talking and then, just as you think he has drifted off, says something that lands. “People think the songs are sad,” he says. “They’re not sad. They’re about staying somewhere when it would be easier to leave.”",
"Is that what the band is doing? He shrugs. “Probably. I don’t write them on purpose.”",
"The new drummer, 23-year-old Priya Shah, joined in June after the band posted a one-line advert online. She had never played a festival bigger than a pub garden.",
"“I was sick twice before the first show,” Shah admits. “Now I’m only sick once.”",
"On stage none of that shows. Shah drives the new songs harder than the old line-up ever did, and “Undertow”, which sounds politely melancholy on record, becomes something close to a stampede. Munro, in a borrowed raincoat, spends half of it on the barrier, singing into the faces of the front row.",
"Not everything works. A slowed-down cover of an old chart hit drags, and the between-song chat is mostly about the weather. But who goes to a festival in August for “perfect”? The crowd sang every word of the choruses back at her, loudly and off-key.",
"Harbour Lights’ founder, Gordon Blaine, told me earlier in the day that this year’s festival had been “a gamble”, with ticket sales down on last year and the forecast against him. “If it rains, people remember the bands. If it’s sunny, they remember the burgers,” he said.",
"He will have been pleased with Saturday. As the lights came up, a man in a soaked bin bag turned to his friend and said what everyone was thinking: “Best gig I’ve been to in years.”",
], quotes=[
("Salt Road", None, {}),
("We genuinely thought about stopping,", "Isla Munro", {"accept": ["Isla"]}),
("Not splitting up, just stopping. Going home for a year.", "Isla Munro", {"accept": ["Isla"]}),
("Honestly? Our mum,", "Isla Munro", {"accept": ["Isla"]}),
("She said she’d already bought a ticket.", "Isla Munro", {"accept": ["Isla"]}),
("People think the songs are sad,", "Callum Munro", {"accept": ["Callum"]}),
("They’re not sad. They’re about staying somewhere when it would be easier to leave.", "Callum Munro", {"accept": ["Callum"]}),
("Probably. I don’t write them on purpose.", "Callum Munro", {"accept": ["Callum"]}),
("I was sick twice before the first show,", "Priya Shah", {}),
("Now I’m only sick once.", "Priya Shah", {}),
("Undertow", None, {}),
("perfect", None, {}),
("a gamble", "Gordon Blaine", {}),
("If it rains, people remember the bands. If it’s sunny, they remember the burgers,", "Gordon Blaine", {}),
("Best gig I’ve been to in years.", "a man in a soaked bin bag", {"unnamed": ["man"]}),
]))

B17.append(dict(id="en-b17-sleep-study", paras=[
"Teenagers who lose an hour of sleep on school nights score lower in maths, study finds",
"Teenagers who sleep an hour less than usual on school nights do measurably worse in maths tests the following day, according to a study of more than 6,000 pupils published on Wednesday.",
"The researchers, from the University of Northcliffe, fitted pupils aged 13 to 16 at 40 secondary schools with wrist-worn sleep trackers for a full school year and matched the data against the results of weekly classroom tests.",
"Pupils who slept less than seven hours scored on average four percentage points lower than on nights when they had slept eight or more, the paper says. The effect was roughly twice as large for maths as for reading.",
"“Four points doesn’t sound like much, but it is the difference between a pass and a fail for a lot of these children, and it happens week after week,” said Dr Amara Nwosu, a sleep scientist at Northcliffe and the study’s lead author.",
"Nwosu said the team had been surprised by how consistent the pattern was across schools in richer and poorer areas. “We expected the background noise to swamp it. It didn’t,” she said. “If anything, the effect was sharper in the schools that start earliest.”",
"The study, published in the Journal of Adolescent Health Research, stops short of recommending later school start times. Its authors write that their findings are “consistent with, but do not prove,” a causal link, because pupils were not randomly assigned to sleep less.",
"Prof Declan Mahoney, an epidemiologist at Eastgate University who was not involved in the research, called it “one of the better-designed studies in this area”, largely because the trackers avoided relying on teenagers’ own accounts of their sleep.",
"“Ask a fifteen-year-old how long they slept and you will get a very creative answer,” he said. But he cautioned against reading too much into a single year of data. “What we don’t know is whether the children who sleep badly are also the children who are having a hard time at home for other reasons. The trackers can’t see that.”",
"The findings will add to pressure on the government, which has so far resisted calls from head teachers to allow schools to start later. A Department for Education spokesperson said: “Schools already have the freedom to set their own hours, and we will look at this research carefully.”",
"The question most parents will ask — “so do I take the phone away at bedtime?” — is one the paper does not answer. Nwosu, who has two teenagers of her own, laughed when asked.",
"“I’m the last person to lecture anyone,” she said. “Mine have both got a screen under the duvet right now, I guarantee it.”",
], quotes=[
("Four points doesn’t sound like much, but it is the difference between a pass and a fail for a lot of these children, and it happens week after week,", "Amara Nwosu", {}),
("We expected the background noise to swamp it. It didn’t,", "Amara Nwosu", {}),
("If anything, the effect was sharper in the schools that start earliest.", "Amara Nwosu", {}),
("consistent with, but do not prove,", "Its authors", {"unnamed": ["authors", "study", "paper"]}),
("one of the better-designed studies in this area", "Declan Mahoney", {}),
("Ask a fifteen-year-old how long they slept and you will get a very creative answer,", "Declan Mahoney", {}),
("What we don’t know is whether the children who sleep badly are also the children who are having a hard time at home for other reasons. The trackers can’t see that.", "Declan Mahoney", {}),
("Schools already have the freedom to set their own hours, and we will look at this research carefully.", "A Department for Education spokesperson", {"unnamed": ["spokesperson", "department for education"]}),
("so do I take the phone away at bedtime?", None, {}),
("I’m the last person to lecture anyone,", "Amara Nwosu", {}),
("Mine have both got a screen under the duvet right now, I guarantee it.", "Amara Nwosu", {}),
]))

B17.append(dict(id="en-b17-tribunal", paras=[
"Warehouse workers were ‘timed to the second’, tribunal hears",
"Workers at a distribution centre in the Midlands were disciplined for taking too long in the toilet, an employment tribunal has heard, at a depot where a union official said breaks were ‘timed to the second’.",
"Three former employees of Fastlane Logistics are claiming unfair dismissal after they were sacked in March following a dispute over productivity targets at the company’s depot near Daventry.",
"Giving evidence in Birmingham on Monday, Marcus Reid, a regional organiser for the Warehouse and Distribution Workers’ Union who represented staff at the site, said the targets had been raised twice in six months without consultation.",
"‘People were scared to go to the toilet,’ Mr Reid told the tribunal. ‘They had a handheld scanner that logged every minute they weren’t picking, and a manager would come and stand next to you if your number dropped.’",
"He said he had raised the issue with the depot’s general manager in January and been told the targets were ‘not up for discussion’.",
"One worker, who gave evidence from behind a screen and asked not to be named because she still works in the warehouse industry, described being called into an office after a break that lasted eleven minutes.",
"‘He had a printout of my scanner data with the time circled in red pen,’ she said. ‘I told him I had my period. He said that wasn’t a reason the system recognised.’",
"Asked by the employment judge whether she had complained at the time, the woman said she had not. ‘You didn’t complain there. Everybody knew what happened to people who complained.’",
"For the company, Caroline Hart KC said the three claimants had been dismissed for repeatedly falsifying scan records, not for raising concerns. She put it to Mr Reid that the union had ‘exaggerated a routine management process into a scandal’.",
"‘That’s simply not what happened,’ he replied.",
"Ms Hart said the targets were in line with the industry and that staff could take toilet breaks whenever they needed. ‘There has never been a policy of timing anybody’s visit to the lavatory, and the tribunal will see no document that says there was,’ she said.",
"The depot’s general manager, Neil Hart, is expected to give evidence on Wednesday. He is not related to the company’s barrister.",
"Outside the hearing, Mr Reid said the case was about more than three jobs. ‘What did they expect when they put a stopwatch on grown adults?’ he asked. ‘This is happening in warehouses up and down the country.’",
"The hearing continues.",
], quotes=[
("timed to the second", "Marcus Reid", {"implied": True}),
("timed to the second", "Marcus Reid", {}),
("People were scared to go to the toilet,", "Marcus Reid", {}),
("They had a handheld scanner that logged every minute they weren’t picking, and a manager would come and stand next to you if your number dropped.", "Marcus Reid", {}),
("not up for discussion", "Neil Hart", {"accept": ["Neil", "the depot’s general manager", "general manager"]}),
("He had a printout of my scanner data with the time circled in red pen,", "One worker, who asked not to be named", {"unnamed": ["worker", "woman"]}),
("I told him I had my period. He said that wasn’t a reason the system recognised.", "One worker, who asked not to be named", {"unnamed": ["worker", "woman"]}),
("You didn’t complain there. Everybody knew what happened to people who complained.", "One worker, who asked not to be named", {"unnamed": ["worker", "woman"]}),
("exaggerated a routine management process into a scandal", "Caroline Hart", {"accept": ["Caroline", "Caroline Hart KC"]}),
("That’s simply not what happened,", "Marcus Reid", {}),
("There has never been a policy of timing anybody’s visit to the lavatory, and the tribunal will see no document that says there was,", "Caroline Hart", {"accept": ["Caroline", "Caroline Hart KC"]}),
("What did they expect when they put a stopwatch on grown adults?", "Marcus Reid", {}),
("This is happening in warehouses up and down the country.", "Marcus Reid", {}),
]))


# Batch 18: written at the start of a later release (session 26) by a helper who writes no rules,
# before any of that release's rules and before the engine ran on it; kinds of reporting the earlier
# batches used little (a nurses' strike in British style with a health minister, a patient's daughter
# and a hospital trust's statement, a sentencing with the judge's remarks, both barristers and a
# family statement read in court, a football transfer with the player's posts and an agent who declined
# to be named, a city budget vote with two council members of one surname and the budget document, a
# lunar lander's launch in wire style with a former astronaut, a flood insurance dispute with a report
# quoted by its title). Labelled while writing. Only measured.
B18 = []

B18.append(dict(id="en-b18-nurses-strike", paras="""
Nurses walk out at Kingsmere hospitals as pay talks collapse
Nurses at the three hospitals run by the Kingsmere and Dale NHS Trust began a 48-hour strike on Tuesday morning after talks over pay and staffing broke down late on Monday, leaving only emergency and cancer services fully staffed.
Picket lines formed outside Kingsmere General from 7am. Bernadette Quayle, the regional secretary of the Nurses and Midwives Union, told strikers that the trust had 'run out of excuses'. 'We have been patient for three years. We have covered the gaps, we have skipped our breaks, and we have been thanked with a pay offer that doesn't cover the rise in our rent,' she said.
Ms Quayle, a former intensive care sister, said the union would announce further dates next week if no new offer was made.
The health minister, Daniel Ashworth, said the strike was 'regrettable but not inevitable' and urged the union to return to talks. Speaking on BBC Radio 4's Today programme, Mr Ashworth said: 'The door of my department is open. It has been open all along.' 'What I cannot do is write a cheque the taxpayer cannot cash,' he added.
The union is asking for 9 per cent and a limit on the number of patients each nurse looks after, which it says would end so-called 'corridor care', in which patients wait on trolleys in hallways for a bed.
He said the government's offer of 4.5 per cent was 'the highest in a decade' and that a fixed staffing ratio 'would close beds, not open them'.
In a statement, the trust said it had postponed 340 planned operations and 1,100 outpatient appointments. 'Patient safety is our first priority, and we have agreed with the union which services will be staffed throughout the action,' the statement said. 'Anyone with an appointment who has not been contacted should attend as normal.'
Among those affected was Alan Pryce, 81, whose hip replacement has now been cancelled twice. His daughter, Karen Whitlock, said the family had been told of the latest cancellation by text message on Sunday evening.
'Dad has been on the list for 14 months. He can't get up the stairs any more, so he sleeps in the front room,' Mrs Whitlock said. 'I don't blame the nurses. I blame whoever let it get to this point.'
Outside the maternity unit, student nurses held up a banner reading 'Care costs', and passing drivers sounded their horns.
One ward sister, who asked not to be named because she feared for her job, said many of her colleagues had not wanted to strike. 'Nobody here wanted this. But I went home on Friday and cried in the car, and that's not the first time,' she said.
Ms Quayle said she would write to Mr Ashworth on Wednesday asking for a meeting. Asked whether the union would accept a deal below 9 per cent, she said: 'We'll look at anything that's put in writing. So far nothing has been.'
""".strip().split("\n"), quotes=[
("run out of excuses", "Bernadette Quayle", {}),
("We have been patient for three years. We have covered the gaps, we have skipped our breaks, and we have been thanked with a pay offer that doesn't cover the rise in our rent,", "Bernadette Quayle", {}),
("regrettable but not inevitable", "Daniel Ashworth", {}),
("The door of my department is open. It has been open all along.", "Daniel Ashworth", {}),
("What I cannot do is write a cheque the taxpayer cannot cash,", "Daniel Ashworth", {}),
("corridor care", None, {}),
("the highest in a decade", "Daniel Ashworth", {}),
("would close beds, not open them", "Daniel Ashworth", {}),
("Patient safety is our first priority, and we have agreed with the union which services will be staffed throughout the action,", "Kingsmere and Dale NHS Trust", {"accept": ["the trust"]}),
("Anyone with an appointment who has not been contacted should attend as normal.", "Kingsmere and Dale NHS Trust", {"accept": ["the trust"]}),
("Dad has been on the list for 14 months. He can't get up the stairs any more, so he sleeps in the front room,", "Karen Whitlock", {}),
("I don't blame the nurses. I blame whoever let it get to this point.", "Karen Whitlock", {}),
("Care costs", None, {}),
("Nobody here wanted this. But I went home on Friday and cried in the car, and that's not the first time,", "One ward sister", {"unnamed": ["sister"]}),
("We'll look at anything that's put in writing. So far nothing has been.", "Bernadette Quayle", {}),
]))

B18.append(dict(id="en-b18-sentencing", paras="""
Drink-driver who left cyclist dying in ditch jailed for nine years
A drink-driver who killed a cyclist on a country lane in Somerset and then drove home to bed has been jailed for nine years.
Gareth Mobley, 38, of Westcombe, was more than twice the legal limit when his pick-up truck hit Thomas Fennell, 26, near the village of Ashby Cross last March, Taunton Crown Court heard.
Sentencing him on Friday, Judge Rosalind Kerr said Mobley had left the young man "dying in a ditch" while he slept. "You had every chance to stop. You heard the impact, you saw the bicycle in your mirror, and you chose to go home," she told him. "That choice is the reason we are here."
Prosecuting, Andrew Lyle said a farmer found Mr Fennell's body at 7am, more than six hours after the crash. Post-mortem tests showed he might have survived had an ambulance been called, he said. "The defendant's first call that morning was not to the emergency services but to a panel beater," Lyle told the court.
Defending, Clare Ogunbiyi KC said her client had been "in denial from the moment of the crash" and had since given up alcohol entirely. "He does not ask for sympathy. He knows he will carry this for the rest of his life, and he knows that is nothing compared with what the Fennell family carry," she said.
Mobley, who wore a grey suit and kept his eyes on the floor, showed no reaction as the sentence was passed.
In a statement read to the court by a family liaison officer, the victim's mother, Susan Fennell, described her son as a trainee vet who "never walked past an animal in trouble".
"Tom rode that lane every Sunday. He used to send me a photograph from the top of the hill, the same view, every single week.
"The last photograph he sent me is still on my phone. I look at it every morning, and I still wait for the next one."
Outside court, Tom's brother, Daniel Fennell, said the family felt the sentence was too short. "Nine years for a life. He'll be out in four and a half," he said. "Tom doesn't get out."
The judge also banned Mobley from driving for 12 years. She said the case should be "a warning to anyone who thinks a few pints and a quiet road add up to a safe drive home".
At his funeral in May, friends played "Ride On, Brother", a song Tom had loved since school, as his coffin was carried out of the church at Ashby Cross.
Avon and Somerset Police said officers had traced the truck through a partial number plate caught on a dashboard camera. "This was painstaking work, and it was work we did for Tom's family," said Detective Sergeant Helen Marsh, who led the inquiry.
""".strip().split("\n"), quotes=[
("dying in a ditch", "Rosalind Kerr", {}),
("You had every chance to stop. You heard the impact, you saw the bicycle in your mirror, and you chose to go home,", "Rosalind Kerr", {}),
("That choice is the reason we are here.", "Rosalind Kerr", {}),
("The defendant's first call that morning was not to the emergency services but to a panel beater,", "Andrew Lyle", {}),
("in denial from the moment of the crash", "Clare Ogunbiyi", {"accept": ["Ogunbiyi", "Clare Ogunbiyi KC"]}),
("He does not ask for sympathy. He knows he will carry this for the rest of his life, and he knows that is nothing compared with what the Fennell family carry,", "Clare Ogunbiyi", {"accept": ["Ogunbiyi", "Clare Ogunbiyi KC"]}),
("never walked past an animal in trouble", "Susan Fennell", {"accept": []}),
("Tom rode that lane every Sunday. He used to send me a photograph from the top of the hill, the same view, every single week.", "Susan Fennell", {"accept": []}),
("The last photograph he sent me is still on my phone. I look at it every morning, and I still wait for the next one.", "Susan Fennell", {"accept": []}),
("Nine years for a life. He'll be out in four and a half,", "Daniel Fennell", {"accept": []}),
("Tom doesn't get out.", "Daniel Fennell", {"accept": []}),
("a warning to anyone who thinks a few pints and a quiet road add up to a safe drive home", "Rosalind Kerr", {}),
("Ride On, Brother", None, {}),
("This was painstaking work, and it was work we did for Tom's family,", "Helen Marsh", {}),
]))

B18.append(dict(id="en-b18-transfer", paras="""
Castellan completes £48m move to Harbridge City
Harbridge City have completed the signing of Brazilian forward Thiago Castellan from Northport Athletic for a club-record fee of £48 million, ending a saga that has dominated the summer window.
The 24-year-old, who scored 22 league goals last season, signed a five-year contract on Thursday after passing a medical at the club's training ground.
City manager Stefan Lindqvist said he had wanted the player since watching him score twice against his side in March. "He is the kind of forward who changes a game with one touch. We have followed him for two years, and today I am very happy," said Lindqvist. "Now the work starts."
Castellan announced the move himself on Instagram shortly before the club did, posting a photograph of his new shirt with the message: "A new chapter. Thank you Northport for everything, you will always be in my heart." In a second post an hour later he wrote: "Let's go, City!"
Not everyone at his old club was so warm. Northport said in a statement that they had accepted the offer "with great reluctance" after the player submitted a written transfer request. "The club has always acted in the best interests of Northport Athletic and its supporters, and will continue to do so," the statement read.
Northport chairman Ray Dunmore had insisted as recently as last month that Castellan was "not for sale at any price". Supporters who once sang "Thiago's On Fire" at every home game booed when his name was read out before a pre-season friendly on Saturday.
An agent involved in the negotiations, who declined to be named, said the deal had nearly collapsed twice over add-ons. "There were two nights when I thought it was dead. City wanted him, the boy wanted City, but Northport kept moving the number," the agent said.
The fee, which could rise to £55 million with bonuses, makes Castellan the most expensive player in City's history, beating the £41 million they paid for midfielder Jonas Eberle two years ago.
Lindqvist said the Brazilian would not start Saturday's opening game against Eastleigh Rovers. "He has trained with us for one day. I will not throw him in the fire," he said, before adding that Castellan could come off the bench in the second half.
Eberle, for one, cannot wait. "He's a nightmare to play against, so I'm glad he's on our side now," the German told the club's website.
Northport are expected to use part of the fee to sign a replacement before the window closes on September 1. Their manager, Phil Garrity, was in no mood to discuss his former striker on Friday. "I'm not going to talk about players who aren't ours. I've got a squad to get ready."
""".strip().split("\n"), quotes=[
("He is the kind of forward who changes a game with one touch. We have followed him for two years, and today I am very happy,", "Stefan Lindqvist", {}),
("Now the work starts.", "Stefan Lindqvist", {}),
("A new chapter. Thank you Northport for everything, you will always be in my heart.", "Thiago Castellan", {}),
("Let's go, City!", "Thiago Castellan", {}),
("with great reluctance", "Northport Athletic", {"accept": ["Northport"]}),
("The club has always acted in the best interests of Northport Athletic and its supporters, and will continue to do so,", "Northport Athletic", {"accept": ["Northport"]}),
("not for sale at any price", "Ray Dunmore", {}),
("Thiago's On Fire", None, {}),
("There were two nights when I thought it was dead. City wanted him, the boy wanted City, but Northport kept moving the number,", "An agent involved in the negotiations", {"unnamed": ["agent"]}),
("He has trained with us for one day. I will not throw him in the fire,", "Stefan Lindqvist", {}),
("He's a nightmare to play against, so I'm glad he's on our side now,", "Jonas Eberle", {}),
("I'm not going to talk about players who aren't ours. I've got a squad to get ready.", "Phil Garrity", {}),
]))

B18.append(dict(id="en-b18-budget-vote", paras="""
Riverton Council Passes $1.2 Billion Budget After Fight Over Police and Libraries
RIVERTON, Ohio — The Riverton City Council approved a $1.2 billion budget late Tuesday by a vote of 7 to 6, ending a monthlong fight over whether to cut police overtime to keep the city's branch libraries open on weekends.
Mayor Denise Albright, who proposed the budget in April, called it "a plan that pays for the things people actually use." Speaking to reporters after the vote, Ms. Albright said: "Nobody got everything they wanted. That is usually a sign you have got it about right."
The budget trims $6 million from police overtime and uses it to keep the city's 11 branch libraries open on Saturdays and Sundays, which the mayor's first draft would have ended.
Councilman Victor Haas, a Republican who represents the East Side, voted against it. "We are taking officers off the street to keep the lights on in buildings that are empty half the day," Mr. Haas said during the debate. "Ask the people in my ward what they are afraid of. It is not a shortage of books."
Councilwoman Lorraine Haas, a Democrat from the North End who is no relation, said her colleague had the numbers wrong. "Those libraries are where kids go after school when there's nobody home. Cutting them is not a saving, it is a bill we pay later," Ms. Haas said.
She also rejected the suggestion that the plan would leave neighborhoods less safe, noting that the police department's base budget rose by 3 percent.
The budget document itself is more cautious. It warns that the city's reserves will fall below "the minimum level recommended by the Government Finance Officers Association" by 2027 unless revenue grows faster than expected, and that "difficult choices will need to be made in the next two budget cycles."
Residents packed the council chamber for the vote. Members of Open Doors Riverton, a residents' group that collected 8,000 signatures to save the weekend hours, cheered when the result was read out. "We showed up, we made the calls, and they listened," said the group's co-founder, Patricia Nwosu. "We'll be back next year."
The vote leaves a question the council has so far avoided: "What happens when the overtime money runs out in October?" The police chief, Raymond Tolliver, has said his department usually exhausts its overtime budget by the fall.
Chief Tolliver did not respond to a request for comment Tuesday night. In a memo to the council last week, he wrote that the cut would mean "fewer patrols at night, full stop."
Mr. Haas said he would try to reverse the cut in a midyear amendment. The mayor, he said, "will own whatever happens in the meantime."
""".strip().split("\n"), quotes=[
("a plan that pays for the things people actually use.", "Denise Albright", {}),
("Nobody got everything they wanted. That is usually a sign you have got it about right.", "Denise Albright", {}),
("We are taking officers off the street to keep the lights on in buildings that are empty half the day,", "Victor Haas", {"accept": []}),
("Ask the people in my ward what they are afraid of. It is not a shortage of books.", "Victor Haas", {"accept": []}),
("Those libraries are where kids go after school when there's nobody home. Cutting them is not a saving, it is a bill we pay later,", "Lorraine Haas", {"accept": []}),
("the minimum level recommended by the Government Finance Officers Association", "The budget document", {"unnamed": ["document", "budget"]}),
("difficult choices will need to be made in the next two budget cycles.", "The budget document", {"unnamed": ["document", "budget"]}),
("We showed up, we made the calls, and they listened,", "Patricia Nwosu", {}),
("We'll be back next year.", "Patricia Nwosu", {}),
("What happens when the overtime money runs out in October?", None, {}),
("fewer patrols at night, full stop.", "Raymond Tolliver", {}),
("will own whatever happens in the meantime.", "Victor Haas", {"accept": []}),
]))

B18.append(dict(id="en-b18-lunar-launch", paras="""
Lunar cargo lander lifts off after three delays
CAPE CANAVERAL, Fla. (AP) — A robotic cargo lander built to carry supplies to the moon's south pole lifted off from Florida early Thursday after three weather delays, the first flight of a program NASA hopes will support astronauts on the lunar surface by the end of the decade.
The lander, called Meridian-1 and built by the Colorado company Aster Dynamics, rode a Talon 5 rocket into a clear sky at 4:12 a.m. Its first engine burn toward the moon went as planned about an hour later.
"Everything we've seen so far looks clean. The vehicle is healthy, the team is happy, and the coffee machine is finally working," said Dr. Yolanda Price, NASA's mission director for the flight, at a briefing after the launch.
Price cautioned that the hardest part was still ahead. The lander is due to touch down on Dec. 19 near Shackleton crater, where the sun sits so low that shadows stretch for miles. "Landing is where missions like this succeed or fail," she said. "We are not celebrating yet."
Aster Dynamics engineer Marcus Oyelaran, who leads the team that wrote the lander's guidance software, said the company had spent two years testing the descent in a simulator. "We have landed this thing about forty thousand times on a computer," Oyelaran said. "The moon only has to let us do it once."
Some engineers at the company have nicknamed the boxy lander "the Toaster."
NASA said in a statement that the mission would "lay the groundwork for a sustained human presence at the lunar south pole" and that it had paid Aster $310 million under a fixed-price contract.
Two earlier attempts by other companies to land in the region ended with spacecraft tipping over or crashing. Former astronaut Glenn Hartigan, who flew on three shuttle missions and now comments on launches for the streaming network SpaceWatch, said the industry had learned from those failures, though perhaps not enough.
Hartigan put it bluntly: "People forget how hard this is. We landed on the moon six times fifty years ago, and everybody thinks it's routine. It isn't.
"The question is not whether somebody will do it. It's whether they'll do it on the first try."
At a bar in nearby Titusville, a few dozen launch watchers stayed up for the liftoff while a television behind the counter played "Dark Side Rising," a 1990s film about a doomed moon mission, on a loop.
The lander carries 1,200 pounds of cargo, including a small rover, a drill built by university students in Arizona and a container of seeds that will be tested for growth in lunar soil.
Asked what she would be doing until Dec. 19, Price laughed. "Checking telemetry. And not sleeping much," she said.
""".strip().split("\n"), quotes=[
("Everything we've seen so far looks clean. The vehicle is healthy, the team is happy, and the coffee machine is finally working,", "Yolanda Price", {}),
("Landing is where missions like this succeed or fail,", "Yolanda Price", {}),
("We are not celebrating yet.", "Yolanda Price", {}),
("We have landed this thing about forty thousand times on a computer,", "Marcus Oyelaran", {}),
("The moon only has to let us do it once.", "Marcus Oyelaran", {}),
("the Toaster.", None, {}),
("lay the groundwork for a sustained human presence at the lunar south pole", "NASA", {}),
("People forget how hard this is. We landed on the moon six times fifty years ago, and everybody thinks it's routine. It isn't.", "Glenn Hartigan", {}),
("The question is not whether somebody will do it. It's whether they'll do it on the first try.", "Glenn Hartigan", {}),
("Dark Side Rising,", None, {}),
("Checking telemetry. And not sleeping much,", "Yolanda Price", {}),
]))

B18.append(dict(id="en-b18-flood-insurance", paras="""
After the Flood, a Second Fight: Homeowners Say Insurer Is Stalling on Claims
MILLBROOK, La. — Eight months after the Tessier River spilled over its banks and into 2,400 homes here, Janet Broussard is still living in a camper in her driveway.
Her house, a brick ranch her parents built in 1968, took in four feet of water. Her insurer, Gulfstate Mutual, has paid $11,000 of a $140,000 claim, she said, and has asked three times for documents she has already sent.
"Every time I call, it's a new adjuster, and every new adjuster wants the same photographs," Ms. Broussard said, standing in what used to be her kitchen. "I'm 67 years old. I don't have eight more months."
Hundreds of residents have similar stories. A lawyer representing about 300 of them, Curtis Delahoussaye, filed suit against Gulfstate in state court last week, accusing the company of what he called "a deliberate strategy of delay."
"They are betting that people will give up, take a low offer or die waiting," he said in an interview. "In a lot of cases, they're winning that bet."
A spokesman for Gulfstate Mutual, Brian Keel, said the company had closed more than 60 percent of the claims from the flood and was adding staff. "We understand the frustration, and we are sorry for it," Mr. Keel said in an emailed statement. "But a claim this size requires documentation, and we owe it to all our policyholders to pay claims accurately." He declined to comment on the lawsuit.
The state's insurance commissioner, Renee Thibodeaux, said her office had received 412 complaints about the company since the flood, more than about all other insurers combined. "If a company is using paperwork as a weapon, we will find out, and there will be consequences," Ms. Thibodeaux told state lawmakers on Tuesday.
A report released in June by the Louisiana Policyholder Project, "Still Waiting: Flood Claims After the Tessier," found that the median claim from the flood had taken 143 days to receive a first payment. The report called that "far outside the norms of the industry" and urged the state to set deadlines.
Some owners had bought only what the industry calls "wind and hail" coverage, which does not pay for rising water.
Ms. Broussard had full flood coverage. Her neighbor across the street, Dale Broussard, a cousin, did not, and has already torn his house down. "I knew the risk. She paid for the right policy and she's still out there in a camper," he said. "What's the point of insurance?"
Mr. Delahoussaye said he expected a first hearing in the fall. Until then, Ms. Broussard said, she would keep sending the photographs.
""".strip().split("\n"), quotes=[
("Every time I call, it's a new adjuster, and every new adjuster wants the same photographs,", "Janet Broussard", {"accept": []}),
("I'm 67 years old. I don't have eight more months.", "Janet Broussard", {"accept": []}),
("a deliberate strategy of delay.", "Curtis Delahoussaye", {}),
("They are betting that people will give up, take a low offer or die waiting,", "Curtis Delahoussaye", {}),
("In a lot of cases, they're winning that bet.", "Curtis Delahoussaye", {}),
("We understand the frustration, and we are sorry for it,", "Brian Keel", {}),
("But a claim this size requires documentation, and we owe it to all our policyholders to pay claims accurately.", "Brian Keel", {}),
("If a company is using paperwork as a weapon, we will find out, and there will be consequences,", "Renee Thibodeaux", {}),
("Still Waiting: Flood Claims After the Tessier,", None, {}),
("far outside the norms of the industry", "A report released in June by the Louisiana Policyholder Project", {"unnamed": ["report", "policyholder project"]}),
("wind and hail", None, {}),
("I knew the risk. She paid for the right policy and she's still out there in a camper,", "Dale Broussard", {"accept": []}),
("What's the point of insurance?", "Dale Broussard", {"accept": []}),
]))

# Batch 19: six articles written at the start of session 27 by a helper who writes no rules, before any
# of that release's rules and without reading any miss, in kinds the earlier batches used little: a
# parliamentary committee hearing with a minister's written answer and an MP's post on X, a dam
# evacuation with a weather service bulletin and the governor, a retailer's layoffs with the chief
# executive's memo, a union organiser, a laid-off worker and an analyst's note, a medical study with its
# paper's title, an outside expert and the funder's statement, a British election count with the
# returning officer, and a celebrity interview feature with a Q:/A: passage. Labelled while writing and
# committed before the engine ran on it. Only measured.
B19 = []

B19.append(dict(id="en-b19-rail-committee", paras="""
Rail safety chief grilled by MPs over delayed derailment report
OTTAWA — The head of the federal rail safety agency faced more than two hours of sharp questioning from MPs on Tuesday over why the report into last year's derailment at Pembrook Junction remains unpublished 14 months after the crash, which forced 900 people from their homes.
"People in Pembrook have waited long enough, and frankly so has this committee," said the committee's chair, Liberal MP Donna Kirkwood, as she opened the hearing of the standing committee on transport.
Gordon Halvorsen, the chief executive of the National Rail Safety Board, told MPs the report was "in its final stages" but would not commit to a date for its release.
Conservative MP Raj Bhandari pressed him on the point several times. "Is it in its final stages the way it was in its final stages in March?" Bhandari asked.
"It is closer than it was in March," Halvorsen replied. "I understand the frustration. I share it."
Bhandari then read from an internal email, obtained by the committee, in which a board investigator described the draft as "sitting on the CEO's desk since the summer." Halvorsen said the email did not reflect "the full picture" and that legal reviews had taken longer than anyone expected.
NDP MP Claire Moreau asked whether the rail company involved, Northline Freight, had been shown the draft. Halvorsen confirmed that it had, as the law requires before publication. "So the company gets to read it, and the families don't," Moreau said. "How is that fair?"
The committee's own 2022 study of rail safety, "Safe Tracks, Safe Towns," had recommended that affected residents be briefed at the same time as the companies under investigation. The recommendation was never adopted.
Transport Minister Peter Lindgren did not appear before the committee. In a written answer tabled the same day, the minister said he had "full confidence in the independence of the board" and that "it would be inappropriate for the minister to set a publication date."
Moreau was unimpressed. "The minister can find time to cut ribbons but not to answer questions about a train that burned half a town," she wrote on X shortly after the hearing.
Halvorsen, 61, has led the board since 2019. Before that he spent two decades at Northline's rival, Western Pacific Rail, a point Bhandari raised near the end of the session.
Asked whether his former employer had played any part in the delay, he said: "None whatsoever. I resent the suggestion."
Kirkwood closed the hearing by asking the board to return in January. "If the report is out by then, we'll have a short meeting," the chair said. "If it isn't, it will be a long one."
A spokeswoman for Northline Freight said the company had "co-operated fully" with the investigation and would not comment on a report that had not been published.
""".strip().split("\n"), quotes=[
("People in Pembrook have waited long enough, and frankly so has this committee,", "Donna Kirkwood", {}),
("in its final stages", "Gordon Halvorsen", {}),
("Is it in its final stages the way it was in its final stages in March?", "Raj Bhandari", {}),
("It is closer than it was in March,", "Gordon Halvorsen", {}),
("I understand the frustration. I share it.", "Gordon Halvorsen", {}),
("sitting on the CEO's desk since the summer.", "a board investigator", {"unnamed": ["investigator"]}),
("the full picture", "Gordon Halvorsen", {}),
("So the company gets to read it, and the families don't,", "Claire Moreau", {}),
("How is that fair?", "Claire Moreau", {}),
("Safe Tracks, Safe Towns,", None, {}),
("full confidence in the independence of the board", "Peter Lindgren", {}),
("it would be inappropriate for the minister to set a publication date.", "Peter Lindgren", {}),
("The minister can find time to cut ribbons but not to answer questions about a train that burned half a town,", "Claire Moreau", {}),
("None whatsoever. I resent the suggestion.", "Gordon Halvorsen", {}),
("If the report is out by then, we'll have a short meeting,", "Donna Kirkwood", {}),
("If it isn't, it will be a long one.", "Donna Kirkwood", {}),
("co-operated fully", "a spokeswoman for Northline Freight", {"unnamed": ["spokeswoman"]}),
]))

B19.append(dict(id="en-b19-dam-evacuation", paras="""
Thousands ordered out as water seeps through Lake Corwin dam
CORWIN FALLS, Mont. (AP) — About 6,000 people living below the Lake Corwin dam were ordered to leave their homes Sunday after engineers found water seeping through the earthen structure following four days of heavy rain.
"This is not a drill, and it is not a precaution we take lightly," Beth Arganbright, the county's emergency management director, said at a briefing in the high school gym that has become the main shelter. "If you live below the dam, leave now. Don't pack. Leave."
The National Weather Service issued a flash flood emergency for the valley shortly before noon. "Dam failure is possible within hours. Move to higher ground now. This is a life-threatening situation," the bulletin read.
Gov. Helen Marsh declared a state of emergency and asked the Army Corps of Engineers to send a team. "We are not going to lose a single life to this if people listen to the folks in uniform," Marsh said in a statement.
The dam, built in 1962, is owned by the Corwin Valley Irrigation District. Its manager, Luis Ferreira, said crews had been pumping water from the reservoir since Saturday night. "We're lowering the lake as fast as the pumps allow, about a foot every six hours," he said. "That buys time. It doesn't fix anything."
A state inspection in 2021 rated the dam's condition "poor" and called for its spillway to be rebuilt. The work was scheduled for next year.
At the shelter, Dale Pruitt, 67, sat on a cot with his beagle at his feet. He had lived in the same house below the dam for 40 years.
"I never once thought about that dam until this morning," he said. "Now I can't think about anything else."
Marcus Oyelaran drove his mother, Grace Oyelaran, 81, to the shelter after a sheriff's deputy knocked on her door. "She didn't want to leave without her photo albums," he said. "So we took the photo albums."
His mother was blunter. "That dam has been leaking since Nixon," she said. "Nobody listens to old women."
Some residents ignored the order at first. One deputy, who was directing traffic on Highway 12 and was not authorized to speak to reporters, said officers had gone back to a dozen homes. "We knocked twice on some doors," the deputy said.
Arganbright said late Sunday that the seepage had not grown but had not stopped either. Locals call the dam's concrete spillway "the Chute," and she said crews were watching it closely.
"We'll know more at first light," the director said. "Until then, nobody goes home."
""".strip().split("\n"), quotes=[
("This is not a drill, and it is not a precaution we take lightly,", "Beth Arganbright", {}),
("If you live below the dam, leave now. Don't pack. Leave.", "Beth Arganbright", {}),
("Dam failure is possible within hours. Move to higher ground now. This is a life-threatening situation,", "the National Weather Service", {"accept": ["National Weather Service", "Weather Service"]}),
("We are not going to lose a single life to this if people listen to the folks in uniform,", "Helen Marsh", {}),
("We're lowering the lake as fast as the pumps allow, about a foot every six hours,", "Luis Ferreira", {}),
("That buys time. It doesn't fix anything.", "Luis Ferreira", {}),
("poor", "a state inspection", {"unnamed": ["inspection"]}),
("I never once thought about that dam until this morning,", "Dale Pruitt", {}),
("Now I can't think about anything else.", "Dale Pruitt", {}),
("She didn't want to leave without her photo albums,", "Marcus Oyelaran", {"accept": []}),
("So we took the photo albums.", "Marcus Oyelaran", {"accept": []}),
("That dam has been leaking since Nixon,", "Grace Oyelaran", {"accept": []}),
("Nobody listens to old women.", "Grace Oyelaran", {"accept": []}),
("We knocked twice on some doors,", "one deputy", {"unnamed": ["deputy"]}),
("the Chute,", None, {}),
("We'll know more at first light,", "Beth Arganbright", {}),
("Until then, nobody goes home.", "Beth Arganbright", {}),
]))

B19.append(dict(id="en-b19-retail-layoffs", paras="""
Halvern Home to cut 1,400 jobs and close two warehouses, memo says
Halvern Home, the furniture and homewares retailer, will cut about 1,400 jobs and close distribution centers in Ohio and Georgia, its chief executive told employees on Wednesday, blaming a slump in home sales and the cost of carrying stock that does not sell.
"There is no easy way to write this, so I will write it plainly: many of you will lose your jobs in the next 90 days," Karen Whitlock wrote in a memo to staff, a copy of which was reviewed by this newspaper. "That is on me, not on you."
In the memo, Ms. Whitlock said the company had "grown for a world that didn't arrive," opening warehouses in 2021 and 2022 on the assumption that pandemic spending on furniture would last. Those affected would receive at least 12 weeks of pay and health coverage through June, she added.
The cuts amount to about 11 percent of Halvern's work force. Most fall at the Columbus and Macon centers, which employ 1,100 people between them.
Angela Ruiz, an organizer with the Warehouse Workers Alliance, which has been trying to unionize the Macon center for two years, said workers there learned of the closing from news alerts on their phones. "They found out at lunch, from their phones, before any manager said a word," she said. "And the company wants to talk to us about respect?"
Ms. Ruiz said the alliance would ask Georgia officials to examine whether Halvern had given the 60 days' notice federal law requires. A company spokesman, Derek Osei, said it had. "Every employee affected will receive the notice the law requires, and more," he said.
Jim Whitlock, 44, who has packed orders at the Columbus center for six years and is no relation to the chief executive, said he had been told on Wednesday afternoon that his last day would be in February. Of the memo's signature, he said only: "Same last name. Different week."
"I've got two kids and a mortgage," Mr. Whitlock said. "The severance is fair, I'll give them that. It's the jobs that aren't out there."
Analysts said the cuts had been expected. "Halvern built for a boom and is now paying for an ordinary year," Priya Natarajan of Colfax Securities wrote in a note to clients on Wednesday. She kept a "hold" rating on the stock, writing that the savings would take "at least a year to show up in the margins."
Another analyst, who asked not to be named because his firm advises the company, said Halvern's real problem was its stores, not its warehouses. "Nobody wants to talk about the stores yet," he said.
Shares of Halvern rose 4 percent in afternoon trading. Ms. Whitlock ended her memo with a line employees quoted to one another all day: "We will be smaller, and we will be here."
""".strip().split("\n"), quotes=[
("There is no easy way to write this, so I will write it plainly: many of you will lose your jobs in the next 90 days,", "Karen Whitlock", {"accept": []}),
("That is on me, not on you.", "Karen Whitlock", {"accept": []}),
("grown for a world that didn't arrive,", "Karen Whitlock", {"accept": []}),
("They found out at lunch, from their phones, before any manager said a word,", "Angela Ruiz", {}),
("And the company wants to talk to us about respect?", "Angela Ruiz", {}),
("Every employee affected will receive the notice the law requires, and more,", "Derek Osei", {}),
("Same last name. Different week.", "Jim Whitlock", {"accept": []}),
("I've got two kids and a mortgage,", "Jim Whitlock", {"accept": []}),
("The severance is fair, I'll give them that. It's the jobs that aren't out there.", "Jim Whitlock", {"accept": []}),
("Halvern built for a boom and is now paying for an ordinary year,", "Priya Natarajan", {}),
("hold", None, {}),
("at least a year to show up in the margins.", "Priya Natarajan", {}),
("Nobody wants to talk about the stores yet,", "another analyst", {"unnamed": ["analyst"]}),
("We will be smaller, and we will be here.", "Karen Whitlock", {"accept": []}),
]))

B19.append(dict(id="en-b19-statin-study", paras="""
Common cholesterol drug linked to slower memory decline, study finds
A widely prescribed cholesterol drug may slow the memory decline that comes with mild cognitive impairment, according to a four-year study of more than 3,000 older adults published on Thursday.
The paper, "Low-Dose Rovastatin and Cognitive Trajectory in Mild Cognitive Impairment: A Randomized Trial," appears in The Annals of Geriatric Medicine. Its authors found that participants who took the drug scored, on average, 18 percent better on memory tests at the end of the study than those who took a placebo.
"We went in expecting to find nothing, to be honest," said Dr. Miriam Okonjo, a neurologist at Lakeshore University Medical Center and the study's lead author. "When the numbers came back, we checked them three times before we believed them."
Dr. Okonjo said the effect was modest and that no one should start taking the drug for their memory on the strength of a single trial. "This is a signal, not a cure," she said. "I would not want a single patient to walk into a clinic next week asking for it."
The participants, aged 65 to 85, were recruited at 22 clinics in the United States and Canada. Half took a low daily dose of rovastatin; half took a dummy pill. Neither they nor their doctors knew which.
Researchers who were not involved in the study were cautiously impressed. Dr. Thomas Adebayo, who studies dementia at the Whitford Institute in London, called the trial "well designed and honestly reported," but noted that the participants were mostly white and well educated.
"The people most at risk of dementia were not really in this study," he said. "Until someone repeats it in a broader group, I'd treat it as a very interesting question rather than an answer."
He added that the drug's side effects, which include muscle pain, mattered more for people in their 80s.
The study was paid for by the Hartwell Foundation, a charity that funds research on aging, and not by the drug's maker. In a statement, the foundation said it was "delighted" by the results and would fund a larger trial. "Independent money asks independent questions," its president, Ellen Marsh, said in the statement.
Dr. Okonjo's co-author, Dr. David Okonjo, a statistician who is also her husband, said the couple had argued about the findings at home. "She thought it was too good to be true," he said. "So did I. That's why we checked."
Asked what the finding meant for her own patients, the lead author was brief. "Nothing yet," she said. "Ask me in five years."
""".strip().split("\n"), quotes=[
("Low-Dose Rovastatin and Cognitive Trajectory in Mild Cognitive Impairment: A Randomized Trial,", None, {}),
("We went in expecting to find nothing, to be honest,", "Miriam Okonjo", {"accept": []}),
("When the numbers came back, we checked them three times before we believed them.", "Miriam Okonjo", {"accept": []}),
("This is a signal, not a cure,", "Miriam Okonjo", {"accept": []}),
("I would not want a single patient to walk into a clinic next week asking for it.", "Miriam Okonjo", {"accept": []}),
("well designed and honestly reported,", "Thomas Adebayo", {}),
("The people most at risk of dementia were not really in this study,", "Thomas Adebayo", {}),
("Until someone repeats it in a broader group, I'd treat it as a very interesting question rather than an answer.", "Thomas Adebayo", {}),
("delighted", "the Hartwell Foundation", {"accept": ["Hartwell Foundation", "foundation"]}),
("Independent money asks independent questions,", "Ellen Marsh", {}),
("She thought it was too good to be true,", "David Okonjo", {"accept": []}),
("So did I. That's why we checked.", "David Okonjo", {"accept": []}),
("Nothing yet,", "Miriam Okonjo", {"accept": []}),
("Ask me in five years.", "Miriam Okonjo", {"accept": []}),
]))

B19.append(dict(id="en-b19-by-election-count", paras="""
Greens take Ashby Marsh by 212 votes after recount through the night
The Green Party won the Ashby Marsh by-election by 212 votes in the early hours of Friday, after a recount demanded by Labour kept counting staff at the town's leisure centre until almost 5am.
Hannah Coyle, a 34-year-old primary school teacher, took 11,486 votes to 11,274 for Labour's Martin Devlin, overturning a Labour majority of more than 9,000 at the general election. The Conservatives were third. Turnout was 38 per cent.
The acting returning officer, Susan Prentice, read the result to a hall of exhausted activists shortly after 4.40am. 'I am satisfied that the total number of votes cast for each candidate is as follows,' she began, before her voice was lost under the cheering.
Mr Devlin asked for the recount at about 2am, when the first count showed him 187 votes behind. Ms Prentice said the second count had found 25 ballot papers 'bundled with the wrong candidate' and moved them, but that the result had not changed. 'The count was thorough, and it was fair,' she said.
In her victory speech Ms Coyle thanked 'the people of Ashby Marsh who were told for forty years that their vote did not matter'. 'Tonight you proved them wrong,' she said. 'I will not forget who sent me to Westminster, or why.'
Mr Devlin, who had been the council's deputy leader, was gracious in defeat. 'Hannah ran a good campaign and I wish her well,' he told reporters outside. 'We took this seat for granted. That will not happen again.'
Labour's national campaign chief did not see it that way. A party spokeswoman said the result was 'a protest about the bypass, not a verdict on the Labour Party', a reference to the council's decision last year to route a new road through Ashby common. She added that the party expected to win the seat back 'at the first real test'.
The Green co-leader, Tom Fairley, was quicker. 'Ashby Marsh today. Everywhere tomorrow,' he wrote on X before the result was even declared.
Who could have predicted it? 'Nobody in Westminster,' is the easy answer. The truer one is anybody who spent an afternoon on Ashby common last spring.
Outside the leisure centre, Eileen Marsh, 71, who has voted Labour all her life and walked her dog past the bulldozers every morning, said she had voted Green for the first time. 'I didn't leave Labour,' she said. 'Labour left the common.'
Ms Coyle will take her seat in the Commons on Monday.
""".strip().split("\n"), quotes=[
("I am satisfied that the total number of votes cast for each candidate is as follows,", "Susan Prentice", {}),
("bundled with the wrong candidate", "Susan Prentice", {}),
("The count was thorough, and it was fair,", "Susan Prentice", {}),
("the people of Ashby Marsh who were told for forty years that their vote did not matter", "Hannah Coyle", {}),
("Tonight you proved them wrong,", "Hannah Coyle", {}),
("I will not forget who sent me to Westminster, or why.", "Hannah Coyle", {}),
("Hannah ran a good campaign and I wish her well,", "Martin Devlin", {}),
("We took this seat for granted. That will not happen again.", "Martin Devlin", {}),
("a protest about the bypass, not a verdict on the Labour Party", "a party spokeswoman", {"unnamed": ["spokeswoman"]}),
("at the first real test", "a party spokeswoman", {"unnamed": ["spokeswoman"]}),
("Ashby Marsh today. Everywhere tomorrow,", "Tom Fairley", {}),
("Nobody in Westminster,", None, {}),
("I didn't leave Labour,", "Eileen Marsh", {}),
("Labour left the common.", "Eileen Marsh", {}),
]))

B19.append(dict(id="en-b19-actor-interview", paras="""
Nora Kessling on fear, failure and going back on stage at 58
Nora Kessling has won two Oscars, been married three times and, by her own count, turned down "about forty" superhero films. What she has not done, in 31 years, is act on a stage. Next month that changes, when she opens in a revival of "The Winter Orchard" at the Lyceum in New York.
We meet at a diner near the theater, where she orders pancakes and apologizes for them. "Rehearsal makes me hungry in a way that film never did," she says. "On a film set you wait. On a stage you work."
The last time she stood on a stage, in 1994, it went badly. A critic wrote that she had "the stage presence of a beautifully lit coat rack," and she did not go back.
"I read that review on the subway, going to the theater for the second performance. I remember the exact seat.
"I did the show for another six weeks, and every night I could hear that sentence in my head. After it closed I told my agent: cameras only, forever. I meant it."
What changed her mind, she says, was her son, Leo Kessling, now 26 and an actor himself, who is playing her son in the production. He talked her into it over a Thanksgiving dinner. "He told me I was scared of a man who'd been dead for ten years," she recalls. "He was right. That critic died in 2015."
Leo Kessling, reached by phone, laughed at the story. "I was a little drunk, and a little mean," he said. "But I'd been waiting years to say it."
The director, Samuel Achterberg, says the first week of rehearsals was "rough." "She kept looking for the camera," he says. "By the second week she'd stopped looking. By the third she was the best thing in the room."
I ask Kessling a few quick questions while the pancakes go cold.
Q: Do you read reviews now?
A: "Never. My sister reads them and tells me if anyone has died."
Q: What scares you more, the first night or the last?
A: "The first. The last night you're just sad."
Q: Would you do a superhero film now?
A: "If they let me play the villain, and if the villain is sixty and tired."
Her sister, Ruth Kessling, a retired schoolteacher in Ohio, confirmed the arrangement by email. "I read them so she doesn't have to," she wrote. "I only pass on the nice ones."
As we leave, a waitress asks for a photograph. Kessling poses, then turns back to me at the door. "If it goes badly this time," she says, "at least I'll know it wasn't the coat rack's fault."
""".strip().split("\n"), quotes=[
("about forty", "Nora Kessling", {"accept": []}),
("The Winter Orchard", None, {}),
("Rehearsal makes me hungry in a way that film never did,", "Nora Kessling", {"accept": []}),
("On a film set you wait. On a stage you work.", "Nora Kessling", {"accept": []}),
("the stage presence of a beautifully lit coat rack,", "a critic", {"unnamed": ["critic"]}),
("I read that review on the subway, going to the theater for the second performance. I remember the exact seat.", "Nora Kessling", {"accept": []}),
("I did the show for another six weeks, and every night I could hear that sentence in my head. After it closed I told my agent: cameras only, forever. I meant it.", "Nora Kessling", {"accept": []}),
("He told me I was scared of a man who'd been dead for ten years,", "Nora Kessling", {"accept": []}),
("He was right. That critic died in 2015.", "Nora Kessling", {"accept": []}),
("I was a little drunk, and a little mean,", "Leo Kessling", {"accept": []}),
("But I'd been waiting years to say it.", "Leo Kessling", {"accept": []}),
("rough.", "Samuel Achterberg", {}),
("She kept looking for the camera,", "Samuel Achterberg", {}),
("By the second week she'd stopped looking. By the third she was the best thing in the room.", "Samuel Achterberg", {}),
("Never. My sister reads them and tells me if anyone has died.", "Nora Kessling", {"accept": []}),
("The first. The last night you're just sad.", "Nora Kessling", {"accept": []}),
("If they let me play the villain, and if the villain is sixty and tired.", "Nora Kessling", {"accept": []}),
("I read them so she doesn't have to,", "Ruth Kessling", {"accept": []}),
("I only pass on the nice ones.", "Ruth Kessling", {"accept": []}),
("If it goes badly this time,", "Nora Kessling", {"accept": []}),
("at least I'll know it wasn't the coat rack's fault.", "Nora Kessling", {"accept": []}),
]))

# Batch 20: six articles written at the start of session 28 by a helper who writes no rules, before any
# of that release's rules and without reading any miss, in kinds the earlier batches used little: a
# nurses' strike in British style with an internal review, the trust's statement, a patient over two
# paragraphs and the health secretary's written statement, a football transfer stand-off with the
# manager's press conference, the club's statement, an anonymous source close to the player's agents, a
# deleted post and a supporters' trust's post, an appeal ruling with the judges' written reasons, both
# barristers and the appellant's family outside court, a space probe's jammed antenna in wire style with
# a rival agency's chief on state television and a speaker named after the quotation, a cost-of-living
# feature with honorifics, shoppers of one surname, a supermarket spokeswoman, a central-bank governor's
# speech and a think-tank report by its title, and a council row over a cycle lane between two
# councillors of one surname with a shopkeeper, a cycling campaign's post and a council source. Where
# two people share a surname the accepted last word is left out by hand. Labelled while writing and
# committed before the engine ran on it. Only measured.
B20 = []

B20.append(dict(id="en-b20-nurses-review", paras="""
Nurses strike for second week at Halcombe hospitals as review finds night rotas 'unsafe'
Hundreds of nurses at the two hospitals run by the Halcombe and Wyre Health Trust walked out again on Monday, the start of a second week of action that has postponed more than 2,000 operations and outpatient appointments.
'Nobody goes into nursing to stand on a pavement in the rain,' said Gwen Tarrant, branch secretary of the Allied Nursing Union at Halcombe Royal Infirmary, as the picket line grew behind her. 'We are out here because the alternative is to keep pretending that one nurse can safely look after twelve patients on a night shift. She can't.'
The union says staffing on surgical wards has fallen below the levels the trust set for itself in 2022. An internal review, seen by this newspaper, describes night rotas on three wards as 'unsafe on most nights' and warns of 'a real risk of avoidable harm'.
In a statement, the trust said it 'deeply regrets' the disruption to patients and had made 'a fair and final offer'. The statement went on: 'We have recruited 140 nurses from overseas this year and every one of them is on a ward today. We cannot conjure experienced staff out of thin air.'
Its chief executive, Dr Alastair Benn, struck a softer note on BBC Radio Wyre on Monday afternoon. 'I don't disagree with a word Gwen has said about the night shifts,' he said. 'Where we disagree is on how quickly anyone could fix them.'
Among the patients whose treatment has been put off is Doreen Ashby, 74, a retired postmistress from Wyrebridge who has waited fourteen months for a hip replacement. Her operation, due last Tuesday, was cancelled by text message the evening before.
'I'm not angry with the nurses. I was a union rep myself for twenty years,' she said at her kitchen table. 'I'm angry that it ever got to this.
'Somebody decided my hip could wait another winter. Well, it couldn't.'
The Health Secretary, Rachel Okafor, said in a written statement on Sunday night that the government would not 'reopen a settlement that every other health union has accepted'. 'Strikes do not shorten waiting lists. They lengthen them,' she said.
Ms Tarrant said the union had offered on Friday to call off the strike if the trust agreed to independent checks of staffing on every ward.
'That offer is still on the table. It was on the table on Friday and it will be on the table tonight,' she said.
A senior manager at the trust, who asked not to be named because they were not authorised to speak, said managers privately expected the dispute to run 'well into the new year'. 'The money isn't there, and everyone in the building knows it,' the manager said.
Pickets carried placards reading 'Twelve patients, one nurse' and sang as ambulances came and went. Talks at the conciliation service are due to resume on Thursday.
""".strip().split("\n"), quotes=[
("unsafe", "an internal review", {"unnamed": ["review"], "implied": True}),
("Nobody goes into nursing to stand on a pavement in the rain,", "Gwen Tarrant", {}),
("We are out here because the alternative is to keep pretending that one nurse can safely look after twelve patients on a night shift. She can't.", "Gwen Tarrant", {}),
("unsafe on most nights", "an internal review", {"unnamed": ["review"]}),
("a real risk of avoidable harm", "an internal review", {"unnamed": ["review"]}),
("deeply regrets", "the Halcombe and Wyre Health Trust", {"accept": ["Halcombe and Wyre Health Trust", "the trust"]}),
("a fair and final offer", "the Halcombe and Wyre Health Trust", {"accept": ["Halcombe and Wyre Health Trust", "the trust"]}),
("We have recruited 140 nurses from overseas this year and every one of them is on a ward today. We cannot conjure experienced staff out of thin air.", "the Halcombe and Wyre Health Trust", {"accept": ["Halcombe and Wyre Health Trust", "the trust", "the statement"]}),
("I don't disagree with a word Gwen has said about the night shifts,", "Alastair Benn", {}),
("Where we disagree is on how quickly anyone could fix them.", "Alastair Benn", {}),
("I'm not angry with the nurses. I was a union rep myself for twenty years,", "Doreen Ashby", {}),
("I'm angry that it ever got to this.", "Doreen Ashby", {}),
("Somebody decided my hip could wait another winter. Well, it couldn't.", "Doreen Ashby", {}),
("reopen a settlement that every other health union has accepted", "Rachel Okafor", {}),
("Strikes do not shorten waiting lists. They lengthen them,", "Rachel Okafor", {}),
("That offer is still on the table. It was on the table on Friday and it will be on the table tonight,", "Gwen Tarrant", {}),
("well into the new year", "a senior manager at the trust", {"unnamed": ["manager"]}),
("The money isn't there, and everyone in the building knows it,", "a senior manager at the trust", {"unnamed": ["manager"]}),
("Twelve patients, one nurse", None, {}),
]))

B20.append(dict(id="en-b20-transfer-standoff", paras="""
Moretti: 'I have no idea if Diallo will play for us again'
Castlegate Athletic manager Paolo Moretti admitted on Friday that he does not know whether his captain, Ibrahima Diallo, will play for the club again, after the striker's proposed move to Real Alcora stalled over the size of the fee.
"I have no idea if Diallo will play for us again. I am being honest with you," Moretti told his pre-match press conference at the club's training ground in Bradwell. "I speak with Ibra every day. He trains well, he is professional, and then he goes home and his phone rings."
Asked whether he had been consulted about a sale, the Italian smiled. "The manager is always the last to know. That is football."
Late on Thursday the club said it had "received and rejected" a second offer for the 27-year-old, thought to be worth £38million including add-ons, and that Diallo remained "a valued member of the first-team squad".
"Castlegate Athletic will not be forced into selling any player below his value, and we will make no further comment while discussions continue," the statement added.
That silence has not lasted. A person close to the player's representatives, speaking on condition of anonymity because the talks are private, said Diallo had asked to leave in writing in July and had been "promised a fair hearing" by the club's owners. "He has done everything the right way," the person said. "He has not gone on strike, he has not posted anything stupid. His patience is not endless."
Diallo himself has said little in public. On Wednesday night he posted a photograph of an empty stadium on Instagram with the caption: "Every chapter ends." The post was deleted within an hour.
Supporters are split. The Castlegate Supporters' Trust, which holds a small stake in the club, wrote on X that fans "deserve a captain who wants to be here", before adding: "Sell him, but not for peanuts, and not in the last week of the window."
Moretti was asked about that post too. He said he understood supporters' frustration but that the dressing room was "calm, much calmer than the internet".
He was firmer when asked about his own future, with the club 14th after five matches. "I have a contract. I have a job to do on Saturday against Redmarsh," he said. "Everything else is noise."
Real Alcora's sporting director, Javier Montesinos, told the Spanish radio station Onda Levante on Thursday evening that his club had made "a last offer, and a good one". Pressed on whether Alcora would walk away, he replied: "Nobody walks away from a player like Ibrahima. But there are other players."
Castlegate host Redmarsh on Saturday at 3pm. The transfer window closes on September 1.
""".strip().split("\n"), quotes=[
("I have no idea if Diallo will play for us again", "Paolo Moretti", {"implied": True}),
("I have no idea if Diallo will play for us again. I am being honest with you,", "Paolo Moretti", {}),
("I speak with Ibra every day. He trains well, he is professional, and then he goes home and his phone rings.", "Paolo Moretti", {}),
("The manager is always the last to know. That is football.", "Paolo Moretti", {}),
("received and rejected", "Castlegate Athletic", {"accept": ["Castlegate", "the club"]}),
("a valued member of the first-team squad", "Castlegate Athletic", {"accept": ["Castlegate", "the club"]}),
("Castlegate Athletic will not be forced into selling any player below his value, and we will make no further comment while discussions continue,", "Castlegate Athletic", {"accept": ["Castlegate", "the club", "the statement"]}),
("promised a fair hearing", "a person close to the player's representatives", {"unnamed": ["person"]}),
("He has done everything the right way,", "a person close to the player's representatives", {"unnamed": ["person"]}),
("He has not gone on strike, he has not posted anything stupid. His patience is not endless.", "a person close to the player's representatives", {"unnamed": ["person"]}),
("Every chapter ends.", "Ibrahima Diallo", {}),
("deserve a captain who wants to be here", "the Castlegate Supporters' Trust", {"accept": ["Castlegate Supporters' Trust", "Supporters' Trust"]}),
("Sell him, but not for peanuts, and not in the last week of the window.", "the Castlegate Supporters' Trust", {"accept": ["Castlegate Supporters' Trust", "Supporters' Trust"]}),
("calm, much calmer than the internet", "Paolo Moretti", {}),
("I have a contract. I have a job to do on Saturday against Redmarsh,", "Paolo Moretti", {}),
("Everything else is noise.", "Paolo Moretti", {}),
("a last offer, and a good one", "Javier Montesinos", {}),
("Nobody walks away from a player like Ibrahima. But there are other players.", "Javier Montesinos", {}),
]))

B20.append(dict(id="en-b20-appeal-quashed", paras="""
Care worker's manslaughter conviction quashed over 'material irregularity'
The Court of Appeal on Wednesday quashed the manslaughter conviction of a former care worker jailed over the death of a resident at a Shrewsford nursing home, ruling that the jury at her trial had been given a direction on gross negligence that was "wrong in law".
Marianne Holt, 52, was sentenced to six years in 2023 after Arthur Penhaligon, 88, died of dehydration at Elmhurst Lodge during a heatwave. She has served two years of the sentence.
Giving the judgment of the court, Lady Justice Carrow said the misdirection amounted to "a material irregularity": the trial judge had told the jury it could convict if Ms Holt "ought to have known" of the risk to Mr Penhaligon, without explaining that her failure had to be "truly exceptionally bad" to be a crime.
"A jury so directed might well have convicted a careless employee of an offence that requires far more than carelessness," the judges wrote in their reasons, which run to 41 pages. "We cannot be sure that this jury did not do so."
The court also criticised the home's owners. Staffing on the night in question, the judges wrote, was "a matter for which the appellant bore no responsibility whatsoever". They declined the Crown's request for a retrial.
For the Crown, Simon Farrant KC had argued at the hearing in October that any flaw in the summing-up was "cured" by the written route to verdict the jury were given. "The jury were not confused. They were told, in writing, what they had to find," he told the court.
Ms Holt's barrister, Nadia Qureshi KC, said the ruling vindicated a woman who had been "made to carry the failures of an entire system". Speaking outside court, she added: "Marianne left that home every night worrying about the residents she could not reach. She should never have been in the dock."
Ms Holt was not in court. Her son, Daniel Holt, read a short statement on the steps on behalf of the family. "Mum has lost two years she will never get back. We are grateful to the judges, and we are thinking tonight of the Penhaligon family, who also never got the answers they deserved," he said.
He declined to answer questions. His sister, Chloe Holt, 24, said only: "We just want her home."
Mr Penhaligon's daughter, Susan Rowe, said she was "devastated" by the ruling. "Everyone agrees my father was failed. Now nobody has been held responsible for it," she told the BBC.
The Crown Prosecution Service said it would "consider the judgment carefully". A spokesperson for Havenleigh Care, which owns Elmhurst Lodge, said the company had "made significant changes" to staffing since 2021 and that its thoughts remained with Mr Penhaligon's family.
Ms Holt is expected to be released from HMP Brackley Vale by the end of the week.
""".strip().split("\n"), quotes=[
("material irregularity", "Lady Justice Carrow", {"implied": True}),
("wrong in law", "the Court of Appeal", {"accept": ["Court of Appeal", "the court", "the judges", "Lady Justice Carrow", "Carrow"]}),
("a material irregularity", "Lady Justice Carrow", {"accept": ["Carrow", "the Court of Appeal", "the court", "the judges"]}),
("ought to have known", "the trial judge", {"unnamed": ["judge"]}),
("truly exceptionally bad", "Lady Justice Carrow", {"accept": ["Carrow", "the Court of Appeal", "the court", "the judges"]}),
("A jury so directed might well have convicted a careless employee of an offence that requires far more than carelessness,", "the Court of Appeal", {"accept": ["Court of Appeal", "the court", "the judges", "Lady Justice Carrow", "Carrow"]}),
("We cannot be sure that this jury did not do so.", "the Court of Appeal", {"accept": ["Court of Appeal", "the court", "the judges", "Lady Justice Carrow", "Carrow"]}),
("a matter for which the appellant bore no responsibility whatsoever", "the Court of Appeal", {"accept": ["Court of Appeal", "the court", "the judges", "Lady Justice Carrow", "Carrow"]}),
("cured", "Simon Farrant", {}),
("The jury were not confused. They were told, in writing, what they had to find,", "Simon Farrant", {}),
("made to carry the failures of an entire system", "Nadia Qureshi", {}),
("Marianne left that home every night worrying about the residents she could not reach. She should never have been in the dock.", "Nadia Qureshi", {}),
("Mum has lost two years she will never get back. We are grateful to the judges, and we are thinking tonight of the Penhaligon family, who also never got the answers they deserved,", "Daniel Holt", {"accept": []}),
("We just want her home.", "Chloe Holt", {"accept": []}),
("devastated", "Susan Rowe", {}),
("Everyone agrees my father was failed. Now nobody has been held responsible for it,", "Susan Rowe", {}),
("consider the judgment carefully", "the Crown Prosecution Service", {"accept": ["Crown Prosecution Service", "CPS"]}),
("made significant changes", "a spokesperson for Havenleigh Care", {"unnamed": ["spokesperson", "havenleigh care"]}),
]))

B20.append(dict(id="en-b20-probe-antenna", paras="""
Lumen probe's main antenna stuck half-open, space agency says
DARMSTADT, Germany, June 4 (Reuters) - The main antenna of the Lumen probe, launched in March on a six-year journey to Jupiter's moon Europa, has jammed half-open, the Allied Space Agency said on Wednesday, leaving the $2.1 billion mission able to send home only a trickle of data.
"We have a healthy spacecraft with a problem, not a sick spacecraft," the agency's director of operations, Henrike Voss, told a briefing at its control centre. "Every instrument on board is working. What we cannot do yet is talk to it properly."
The dish, 4.2 metres across, was meant to unfold like an umbrella three days after launch. Telemetry shows that three of its 18 ribs did not lock, Voss said, probably because a restraining pin stuck in the cold.
She said the team would try to "warm it and wiggle it" over the coming weeks by turning the probe towards the sun and firing the deployment motors in short bursts. Nothing of the kind has been tried on an antenna this large, she acknowledged.
Tomasz Wierzbicki, the mission's lead mechanical engineer, said his team had built a copy of the mechanism in a freezer at the control centre and had jammed it "exactly the same way" on Monday. "That is the good news. The bad news is that it took us eleven tries to unjam it on the ground, where we can reach it with our hands," he said.
Asked how much time the team had, he said: "Months, not weeks. Lumen doesn't need the big antenna until it reaches Jupiter, and that is 2031."
Engineers at the centre have taken to calling the dish "the stubborn umbrella".
The agency's director general, Pieter Aalbers, said in a statement that the agency had "full confidence in the team" and that the mission remained "on course, literally and otherwise".
The fault drew a pointed response from Kosmoprom, the Eastern Federation's state space corporation, whose own Europa mission is due to launch in 2027. "Our Western colleagues build beautiful umbrellas. We build antennas that open," Kosmoprom's chief, Arkady Zhilin, said on the state channel First Federal on Wednesday night.
Zhilin, a former fighter pilot, added that Kosmoprom would be "happy to share our experience, if they ask politely".
Voss declined to respond in kind. "I don't do rivalry at a press conference. I do engineering," she said. Then, with a smile: "But we'll see whose probe gets there."
"Partly open is not the same as broken. I have seen worse saved." That was the verdict of Laila Haddad, a planetary scientist at the University of Leicester who is not involved in the mission. She said the probe's smaller backup antenna could return "a few per cent" of the planned science even if the dish never moved again.
The agency will give its next update on June 18.
""".strip().split("\n"), quotes=[
("We have a healthy spacecraft with a problem, not a sick spacecraft,", "Henrike Voss", {}),
("Every instrument on board is working. What we cannot do yet is talk to it properly.", "Henrike Voss", {}),
("warm it and wiggle it", "Henrike Voss", {}),
("exactly the same way", "Tomasz Wierzbicki", {}),
("That is the good news. The bad news is that it took us eleven tries to unjam it on the ground, where we can reach it with our hands,", "Tomasz Wierzbicki", {}),
("Months, not weeks. Lumen doesn't need the big antenna until it reaches Jupiter, and that is 2031.", "Tomasz Wierzbicki", {}),
("the stubborn umbrella", None, {}),
("full confidence in the team", "Pieter Aalbers", {}),
("on course, literally and otherwise", "Pieter Aalbers", {}),
("Our Western colleagues build beautiful umbrellas. We build antennas that open,", "Arkady Zhilin", {}),
("happy to share our experience, if they ask politely", "Arkady Zhilin", {}),
("I don't do rivalry at a press conference. I do engineering,", "Henrike Voss", {}),
("But we'll see whose probe gets there.", "Henrike Voss", {}),
("Partly open is not the same as broken. I have seen worse saved.", "Laila Haddad", {}),
("a few per cent", "Laila Haddad", {}),
]))

B20.append(dict(id="en-b20-grocery-prices", paras="""
At the checkout in Porirua, every dollar is counted twice
PORIRUA, New Zealand — On a wet Saturday morning at the FreshWay supermarket on Kenepuru Drive, Mereana Tane stood in the cereal aisle with a box in each hand, doing sums.
"Six months ago I didn't look at prices. I just put things in the trolley," said Ms. Tane, 38, a teacher's aide and mother of three. "Now I stand here like I'm sitting an exam."
She put back the larger box. Food prices in New Zealand rose 7.8 percent in the year to October, the fastest pace in three decades, and families like hers say the weekly shop has become the place where they feel it most.
Nearby, Graham Whitcombe, 71, a retired electrician, was weighing a bag of carrots. He said he had stopped buying meat except on Sundays. "You don't notice it all at once. It's a dollar here, fifty cents there, and then one day you realize you've given up steak," he said.
His wife, Jan Whitcombe, was less philosophical. "Somebody is making money out of this," she said, "and it isn't us."
FreshWay's owner, the Aotea Grocers group, reported a 12 percent rise in annual profit in August. A spokeswoman for the group, Kirsty Langdon, said the rise reflected "growth in volume, not margin," and pointed to the chain's "Price Lock" promise on 400 staple items. "Our suppliers' costs have gone up, our wages have gone up, our power bills have gone up," Ms. Langdon said. "We have absorbed a great deal of that. We have not absorbed all of it."
A report published on Tuesday by the Harbourside Institute, a Wellington think tank, disagreed. The report, "Full Baskets, Thin Margins? Grocery Profits and Prices 2019-2024," found that the margins of the country's two big grocery chains had grown by nearly a third since 2019. "The evidence does not support the claim that retailers have simply passed on their own costs," it concluded.
Its author, Dr. Sione Falaniko, said the findings should worry the central bank as much as shoppers. "When margins widen in a downturn, it tells you competition isn't working," he said.
The central bank's governor, Hugh Pemberton, had made a similar point in a speech to business leaders in Auckland last Thursday, calling food prices "the stickiest part of inflation." "We can set interest rates. We cannot set the price of butter," Mr. Pemberton said then, adding that rates would stay "higher for longer than many would like."
That is cold comfort at the checkout. Ms. Whitcombe said she now drove to three supermarkets each week to chase specials, and kept a notebook of prices in her handbag.
Back in the cereal aisle, Ms. Tane had made her choice: the store's own brand, on special at $4.50.
"The kids won't notice," she said. "Well. They'll notice. But they'll eat it."
""".strip().split("\n"), quotes=[
("Six months ago I didn't look at prices. I just put things in the trolley,", "Mereana Tane", {}),
("Now I stand here like I'm sitting an exam.", "Mereana Tane", {}),
("You don't notice it all at once. It's a dollar here, fifty cents there, and then one day you realize you've given up steak,", "Graham Whitcombe", {"accept": []}),
("Somebody is making money out of this,", "Jan Whitcombe", {"accept": []}),
("and it isn't us.", "Jan Whitcombe", {"accept": []}),
("growth in volume, not margin,", "Kirsty Langdon", {}),
("Price Lock", None, {}),
("Our suppliers' costs have gone up, our wages have gone up, our power bills have gone up,", "Kirsty Langdon", {}),
("We have absorbed a great deal of that. We have not absorbed all of it.", "Kirsty Langdon", {}),
("Full Baskets, Thin Margins? Grocery Profits and Prices 2019-2024,", None, {}),
("The evidence does not support the claim that retailers have simply passed on their own costs,", "the Harbourside Institute report", {"unnamed": ["report", "harbourside institute"]}),
("When margins widen in a downturn, it tells you competition isn't working,", "Sione Falaniko", {}),
("the stickiest part of inflation.", "Hugh Pemberton", {}),
("We can set interest rates. We cannot set the price of butter,", "Hugh Pemberton", {}),
("higher for longer than many would like.", "Hugh Pemberton", {}),
("The kids won't notice,", "Mereana Tane", {}),
("Well. They'll notice. But they'll eat it.", "Mereana Tane", {}),
]))

B20.append(dict(id="en-b20-cycle-lane-row", paras="""
Two Cllr Prices trade blows over Milford Road cycle lane
A row over the cycle lane on Milford Road in Ashcombe spilled into the open on Tuesday night when two councillors who share a surname but not a party traded insults across the council chamber.
Cllr Helen Price (Lib Dem), the cabinet member for transport, defended the £1.2m scheme, branded 'Milford Moves' by the council, which removed 40 parking spaces when it opened in June. 'Cycling on Milford Road has trebled. Collisions are down. I'm not going to apologise for a road that nobody has been killed on this summer,' she told the full council meeting.
Cllr Roger Price (Con), who represents Milford ward and is no relation, called the lane 'a vanity project painted green'. 'Ask the shops. Ask the bus drivers. Ask anybody on Milford Road except the people who designed it,' he said.
Helen Price replied that the Conservative group had voted for the scheme in 2022. 'Councillor Price has a short memory and a long microphone,' she said, to laughter from the public gallery.
Outside the chamber, Sunita Karia, who has run a newsagent's on Milford Road for 19 years, said her takings had fallen by a fifth since the spaces went. 'People used to pull up, buy a paper and a lottery ticket and go,' she said. 'Now they drive to the retail park instead. I'm not against bikes. I'm against going out of business.'
The Ashcombe Cycle Campaign, which pressed for the lane for a decade, said the figures told a different story. Its chair, Owen Llewellyn, said footfall on the street as a whole had risen since June. 'Cyclists shop too. We just don't need a parking space to do it,' he said.
The campaign later posted a photograph of the lane at rush hour on Facebook, with the caption: 'This is what 400 cars off the road looks like.'
A council source said officers had drafted plans to restore a dozen short-stay bays by narrowing the lane at two junctions. 'Nobody will say it in public, but the lane is staying and the bays are coming back. That's the compromise,' the source said.
'It's a climbdown dressed up as a tweak.' That was the verdict of Roger Price when told of the plans on Wednesday morning. He said his group would table a motion next month to scrap the lane altogether.
Helen Price said she would bring a review of the scheme to the cabinet in the new year, with figures on trade, collisions and bus times.
'We will listen. We will not rip it up,' she said.
""".strip().split("\n"), quotes=[
("Milford Moves", None, {}),
("Cycling on Milford Road has trebled. Collisions are down. I'm not going to apologise for a road that nobody has been killed on this summer,", "Helen Price", {"accept": []}),
("a vanity project painted green", "Roger Price", {"accept": []}),
("Ask the shops. Ask the bus drivers. Ask anybody on Milford Road except the people who designed it,", "Roger Price", {"accept": []}),
("Councillor Price has a short memory and a long microphone,", "Helen Price", {"accept": []}),
("People used to pull up, buy a paper and a lottery ticket and go,", "Sunita Karia", {}),
("Now they drive to the retail park instead. I'm not against bikes. I'm against going out of business.", "Sunita Karia", {}),
("Cyclists shop too. We just don't need a parking space to do it,", "Owen Llewellyn", {}),
("This is what 400 cars off the road looks like.", "the Ashcombe Cycle Campaign", {"accept": ["Ashcombe Cycle Campaign", "the campaign"]}),
("Nobody will say it in public, but the lane is staying and the bays are coming back. That's the compromise,", "a council source", {"unnamed": ["source"]}),
("It's a climbdown dressed up as a tweak.", "Roger Price", {"accept": []}),
("We will listen. We will not rip it up,", "Helen Price", {"accept": []}),
]))

B21 = []

B21.append(dict(id="en-b21-quarry-hearing", paras="""
Commissioners put off quarry vote after hearing runs past midnight
MILLBROOK — The Tessaloa County Board of Commissioners put off a vote on a proposed limestone quarry near Harlan Ridge early Wednesday after five hours of public comment that drew an overflow crowd to the courthouse annex.
"We owe these folks a decision made in daylight, with clear heads," said the board's chairman, Walter Brisco, before commissioners voted 4-1 to continue the hearing to Dec. 19.
The lone vote against the delay came from Commissioner Nancy Ferrante, who said she was ready to reject the permit that night. "Nothing we heard tonight is going to sound different in two weeks," Ms. Ferrante said.
Ridgeline Aggregates, a Knoxville company, wants to mine about 240 acres off State Route 9 for at least 30 years. The company says the quarry would bring 45 jobs and about $600,000 a year in property taxes.
Its vice president for development, Curtis Lamb, told commissioners the operation would be "a good neighbor, not a noisy one." Blasting would be limited to weekday afternoons, he said, and trucks would be kept off the road during school bus hours.
"We've done this in eleven counties," Mr. Lamb said. "In every one of them, the worst predictions people made at hearings like this one did not come true."
Most of the 60 speakers disagreed, among them Dale and Patricia Hutchens, who have farmed beside the site since 1987.
"My well is 90 feet deep. If they blast 300 feet down, where do you think my water goes?" Mr. Hutchens asked.
His wife followed him to the lectern. "We are not against jobs," Ms. Hutchens said. "We are against being the price of them."
Several speakers called the site by its local nickname, "the Sinks," for the sinkholes that open in its fields after heavy rain. A geologist hired by the residents, Dr. Imani Reyes of Cumberland State University, told the board that was no accident.
"This is karst. Water moves through it like it moves through a sponge, and it does not respect property lines," Dr. Reyes said. The company's groundwater study, she added, had drawn samples from "exactly three wells, none of them downhill."
Mr. Lamb said the study had followed state guidelines.
The residents' group, Save Harlan Ridge, had filled the annex with members in yellow T-shirts reading "Not Under Our Feet."
A member of the county planning staff, who spoke on condition of anonymity because the staff's recommendation has not been released, said the department was likely to ask for a second groundwater study. "Nobody on staff wants to sign off on karst with three wells," the employee said.
Mr. Brisco, a retired dairy farmer in his third term, said he had not made up his mind. Asked whether he would visit the site before the board meets again, the 68-year-old said he would.
"I'll walk it myself," he said. "I've been walking fields my whole life. I can walk one more."
""".strip().split("\n"), quotes=[
("We owe these folks a decision made in daylight, with clear heads,", "Walter Brisco", {}),
("Nothing we heard tonight is going to sound different in two weeks,", "Nancy Ferrante", {}),
("a good neighbor, not a noisy one.", "Curtis Lamb", {}),
("We've done this in eleven counties,", "Curtis Lamb", {}),
("In every one of them, the worst predictions people made at hearings like this one did not come true.", "Curtis Lamb", {}),
("My well is 90 feet deep. If they blast 300 feet down, where do you think my water goes?", "Dale Hutchens", {"accept": []}),
("We are not against jobs,", "Patricia Hutchens", {"accept": []}),
("We are against being the price of them.", "Patricia Hutchens", {"accept": []}),
("the Sinks,", None, {}),
("This is karst. Water moves through it like it moves through a sponge, and it does not respect property lines,", "Imani Reyes", {}),
("exactly three wells, none of them downhill.", "Imani Reyes", {}),
("Not Under Our Feet.", None, {}),
("Nobody on staff wants to sign off on karst with three wells,", "a member of the county planning staff", {"unnamed": ["member", "employee"]}),
("I'll walk it myself,", "Walter Brisco", {}),
("I've been walking fields my whole life. I can walk one more.", "Walter Brisco", {}),
]))

B21.append(dict(id="en-b21-home-invasion", paras="""
Man charged after elderly couple tied up and bashed in Kurrawa Heights home invasion
A 31-year-old man has been charged after an elderly couple were allegedly bashed and tied up during a home invasion in Sydney's south-west early on Saturday.
Police say two men forced their way into the couple's home on Banksia Parade, Kurrawa Heights, about 1.30am, demanding cash and car keys.
The woman, 79, was allegedly punched in the face and her 82-year-old husband was tied to a kitchen chair with an extension cord before the men fled in the couple's silver Corolla. Both were taken to Campbellvale Hospital, where they are in a stable condition.
"Following inquiries, officers attached to Macarthur Valley Police District arrested a 31-year-old man at a home in Ingleford about 11am," a NSW Police statement said on Saturday afternoon. "He was taken to Ingleford Police Station and charged with aggravated break and enter and detain for advantage."
Detective Inspector Karen Mulvaney described the attack as "cowardly beyond words" when she spoke to reporters outside the home.
"These are two people in their eighties who have lived in this street for fifty years," she said. "They opened the door to what they thought was a neighbour needing help.
"We will find the second man. I'd say to him: hand yourself in, because we are coming."
The couple's next-door neighbour, Tony Sabatini, 58, said he woke to the sound of a car engine being revved hard.
"I looked out and saw Joan's car flying up the street with no lights on," Mr Sabatini said. "I thought, that's not right, Joan doesn't drive at night."
He went next door and found the front door open. His son, Luca Sabatini, 27, called triple zero while his father untied the husband.
"Dad was shaking worse than they were," the younger Mr Sabatini said. "Ron kept saying he was fine and asking us to look after Joan first. That's the kind of bloke he is."
The elder Mr Sabatini said the couple had been "the heart of the street" since the 1970s.
A woman who lives across the road, who did not want to be named, said residents had been on edge since a string of car thefts in the area earlier in the year. "Everyone's got cameras now," she said. "Fat lot of good they did tonight."
The local state MP, Deborah Kinsella, wrote on Facebook that she was "sickened" by the attack. "Joan and Ron are two of the kindest people I know. Whoever did this should be ashamed to show their face in this suburb," she posted.
Police have set up a strike force, codenamed "Strike Force Tallowood", to find the second man, described as about 180cm tall.
The charged man was refused bail and will appear in Ingleford Local Court on Sunday.
Inspector Mulvaney urged anyone with dashcam footage from the area between 1am and 2am to come forward. "Even a few seconds of video can make the difference," the inspector said.
""".strip().split("\n"), quotes=[
("Following inquiries, officers attached to Macarthur Valley Police District arrested a 31-year-old man at a home in Ingleford about 11am,", "NSW Police", {"accept": ["Police", "the statement"]}),
("He was taken to Ingleford Police Station and charged with aggravated break and enter and detain for advantage.", "NSW Police", {"accept": ["Police", "the statement"]}),
("cowardly beyond words", "Karen Mulvaney", {}),
("These are two people in their eighties who have lived in this street for fifty years,", "Karen Mulvaney", {}),
("They opened the door to what they thought was a neighbour needing help.", "Karen Mulvaney", {}),
("We will find the second man. I'd say to him: hand yourself in, because we are coming.", "Karen Mulvaney", {}),
("I looked out and saw Joan's car flying up the street with no lights on,", "Tony Sabatini", {"accept": []}),
("I thought, that's not right, Joan doesn't drive at night.", "Tony Sabatini", {"accept": []}),
("Dad was shaking worse than they were,", "Luca Sabatini", {"accept": []}),
("Ron kept saying he was fine and asking us to look after Joan first. That's the kind of bloke he is.", "Luca Sabatini", {"accept": []}),
("the heart of the street", "Tony Sabatini", {"accept": []}),
("Everyone's got cameras now,", "a woman who lives across the road", {"unnamed": ["woman"]}),
("Fat lot of good they did tonight.", "a woman who lives across the road", {"unnamed": ["woman"]}),
("sickened", "Deborah Kinsella", {}),
("Joan and Ron are two of the kindest people I know. Whoever did this should be ashamed to show their face in this suburb,", "Deborah Kinsella", {}),
("Strike Force Tallowood", None, {}),
("Even a few seconds of video can make the difference,", "Karen Mulvaney", {}),
]))

B21.append(dict(id="en-b21-pianist-obituary", paras="""
Lionel Achterberg, pianist who slowed hymns into jazz, dies at 91
NEW ORLEANS (AP) — Lionel Achterberg, a pianist whose slow, spare reworkings of church hymns found listeners far beyond the clubs where he played for six decades, died Thursday at his home in New Orleans. He was 91.
His daughter, Celeste Achterberg, said he died in his sleep after a short illness. "He played on Tuesday, a little, with one hand," she said. "He told me the other hand was resting for the big show."
Born in Opelousas, Louisiana, in 1934, the son of a Baptist deacon and a schoolteacher, Achterberg learned to play on the upright piano in his father's church. He moved to New Orleans at 19 and spent most of the 1950s backing singers in the clubs of the French Quarter.
His breakthrough came late. The album "Amazing Grace, Slowly," recorded in a single night in 1968, sold poorly at first but was rediscovered in the 1990s by a generation of listeners who had never set foot in a jazz club.
"I didn't change the hymns. I just let them take their time," Achterberg told The Associated Press in a 1998 interview. "Most people sing them like they're late for lunch."
Critics were divided for years. Harold Wyeth, reviewing the album for Downbeat in 1969, dismissed it as "Sunday school at half speed." Twenty years later, the same magazine put it on its list of the 50 essential jazz records of the century.
The pianist's approach, which admirers came to call "church-slow," rested on silence as much as sound. Maurice Delacroix, 84, who played bass with him for 31 years, remembered their first night on stage together.
"He stopped in the middle of a tune and just sat there, maybe a whole minute. The audience didn't know what to do. I didn't know what to do.
"Then he played one chord, and the whole room breathed out. That was Lionel. He made you wait, and then he made it worth it," Delacroix said in a telephone interview on Friday.
Achterberg never lost his connection to the church. Into his eighties he played the organ most Sundays at Greater Mount Zion Baptist Church in the Treme neighborhood, where its pastor, the Rev. Alvin Toussaint, said he never once asked to be paid.
"He said the Lord had already paid him, and in advance," Toussaint said.
He was married for 52 years to the singer Odette Achterberg, who died in 2009. He recorded little after her death, telling a radio interviewer in 2012 that the piano "sounds different when nobody's humming along."
In addition to his daughter, he is survived by two sons, Paul and Marcus, seven grandchildren and a great-granddaughter.
His daughter said the family would hold a second line parade through the Treme next Saturday, as he had asked.
"He wanted a brass band, and he wanted it loud," she said. "He said he'd had enough slow for one lifetime."
""".strip().split("\n"), quotes=[
("He played on Tuesday, a little, with one hand,", "Celeste Achterberg", {"accept": []}),
("He told me the other hand was resting for the big show.", "Celeste Achterberg", {"accept": []}),
("Amazing Grace, Slowly,", None, {}),
("I didn't change the hymns. I just let them take their time,", "Lionel Achterberg", {"accept": []}),
("Most people sing them like they're late for lunch.", "Lionel Achterberg", {"accept": []}),
("Sunday school at half speed.", "Harold Wyeth", {}),
("church-slow,", None, {}),
("He stopped in the middle of a tune and just sat there, maybe a whole minute. The audience didn't know what to do. I didn't know what to do.", "Maurice Delacroix", {}),
("Then he played one chord, and the whole room breathed out. That was Lionel. He made you wait, and then he made it worth it,", "Maurice Delacroix", {}),
("He said the Lord had already paid him, and in advance,", "Alvin Toussaint", {}),
("sounds different when nobody's humming along.", "Lionel Achterberg", {"accept": []}),
("He wanted a brass band, and he wanted it loud,", "Celeste Achterberg", {"accept": []}),
("He said he'd had enough slow for one lifetime.", "Celeste Achterberg", {"accept": []}),
]))

B21.append(dict(id="en-b21-rent-explainer", paras="""
Explained: What the new rent rules mean for tenants and landlords
The Government's overhaul of rent controls cleared its final stage in the Dáil on Wednesday night and will take effect from March 1st. Here is what changes, and for whom.
What is changing?
Rent increases on existing tenancies will be capped at 2 per cent a year, or the rate of inflation if that is lower, everywhere in the State. Until now the cap applied only in designated "rent pressure zones".
The Government has branded the package the "Fair Rent Pathway". The Minister for Housing, Colm Dineen, told the Dáil it was "the most significant protection for renters in a generation".
"For the first time, a tenant in Longford has the same protection as a tenant in Dublin 8," the Minister said. "Where you live should not decide whether you can afford to stay there."
What about new tenancies?
This is where the argument lies. When a tenancy ends and a new one begins, landlords will be allowed to reset the rent to the market rate, as long as the previous tenant left of their own accord.
Mr Dineen says the reset keeps small landlords in the market. "We have lost 12,000 small landlords in three years. If we freeze every rent forever, we will lose 12,000 more," he said.
Opposition parties call it a loophole. Sinn Féin's housing spokesperson, Aoife Brennan TD, said it handed landlords "a reason to want every tenant gone".
"A reset on every new tenancy is an eviction incentive written into law," Ms Brennan told the Dáil. "The Minister knows it, his officials know it, and in two years every renter in this country will know it."
What do landlords say?
Property Owners Ireland, which represents 9,000 landlords, said it could live with the cap but not with the paperwork that comes with it. Its chairwoman, Niamh Garvey, said members faced "a new form for every sneeze".
"Most of our members own one or two properties. They are not corporations with compliance departments," she said.
What do economists say?
Dr Fergal Brennan, a housing economist at the Institute for Social and Economic Studies, said the evidence from earlier caps was mixed. Rents had risen more slowly under them, he said, but supply had not kept pace.
"Caps protect the people who already have a home. They do very little for the people still looking for one," Dr Brennan said.
Is the fight over?
Not quite. Ms Brennan's party has promised to table amendments when the Bill reaches the Seanad next week, and a spokesperson for the Department of Housing said officials were still drafting the regulations that set out how a reset is to be recorded.
"The detail will be published well ahead of March," the spokesperson said.
What should tenants do now?
Homeline, the tenants' charity, said renters should keep every notice they receive. "If in doubt, ring us before you sign anything," its chief executive, Sorcha Quinlan, said.
""".strip().split("\n"), quotes=[
("rent pressure zones", None, {}),
("Fair Rent Pathway", None, {}),
("the most significant protection for renters in a generation", "Colm Dineen", {}),
("For the first time, a tenant in Longford has the same protection as a tenant in Dublin 8,", "Colm Dineen", {}),
("Where you live should not decide whether you can afford to stay there.", "Colm Dineen", {}),
("We have lost 12,000 small landlords in three years. If we freeze every rent forever, we will lose 12,000 more,", "Colm Dineen", {}),
("a reason to want every tenant gone", "Aoife Brennan", {"accept": []}),
("A reset on every new tenancy is an eviction incentive written into law,", "Aoife Brennan", {"accept": []}),
("The Minister knows it, his officials know it, and in two years every renter in this country will know it.", "Aoife Brennan", {"accept": []}),
("a new form for every sneeze", "Niamh Garvey", {}),
("Most of our members own one or two properties. They are not corporations with compliance departments,", "Niamh Garvey", {}),
("Caps protect the people who already have a home. They do very little for the people still looking for one,", "Fergal Brennan", {"accept": []}),
("The detail will be published well ahead of March,", "a spokesperson for the Department of Housing", {"unnamed": ["spokesperson", "department of housing"]}),
("If in doubt, ring us before you sign anything,", "Sorcha Quinlan", {}),
]))

B21.append(dict(id="en-b21-storm-liveblog", paras="""
Storm Delphine live: 90mph gusts, power cuts and trains halted across west Wales
18:05
Thousands still without power as night falls
About 41,000 homes remain without electricity this evening, according to the network operator Western Grid.
"Our engineers will work through the night, but some customers in the most remote areas may not be reconnected until Tuesday," a spokesperson for Western Grid said. "We'd ask people to stay well away from fallen lines, however quiet they look."
17:48
'Worst I've seen in twenty years'
Our Wales correspondent Rhys Pritchard has spent the afternoon in Aberaeron, where waves have broken over the harbour wall several times since lunchtime.
"It's the worst I've seen on this bit of coast in twenty years of reporting from it," he says. "The lifeboat crew tell me they've been called out three times today, and they're expecting a fourth."
17:30
First Minister: 'Stay at home if you can'
First Minister Angharad Lewis has urged people not to travel tonight unless their journey is essential.
"The emergency services are stretched, and every car on the road tonight is one more they may have to rescue," she wrote on X. "Please, stay at home if you can."
Ms Lewis chaired a meeting of the government's emergency committee in Cardiff earlier this afternoon.
Afterwards she told reporters that ministers would "look at every penny of support" for councils facing the clean-up.
17:12
Rail services suspended west of Carmarthen
Cambria Rail has suspended all services west of Carmarthen until at least 10:00 on Monday, after trees came down on the line in three places.
The Transport Secretary, Gareth Lewis, said the decision had been "taken on safety grounds and safety grounds alone".
Mr Lewis added that buses would replace some trains in the morning, but warned: "Nobody should assume the roads will be clear either."
16:50
Your pictures and messages
Sian in Aberystwyth has sent us this: "Our garden fence is now in next door's garden, and next door's trampoline is in ours. Fair swap, I suppose."
16:31
Amber warning extended until Monday morning
The National Weather Office has extended its amber wind warning for west Wales until 06:00 on Monday.
"Flying debris is likely, resulting in danger to life. Large waves and beach material being thrown onto sea fronts are also likely," the warning reads.
The forecaster's chief meteorologist, Dr Owen Pugh, said a gust of 93mph had been recorded at Capel Dewi at 15:00. "That is a very unusual number for October, even on this coastline," he said.
16:10
Woman hurt as tree falls on car near Lampeter
Teifi Valley Police say a woman has been taken to hospital after a tree fell on her car on the A482 near Lampeter. Her injuries are not thought to be life-threatening.
"We were lucky today," Inspector Carys Morgan said. "I don't expect to be able to say that every time if people keep driving in this."
The road remains closed in both directions while the tree is cleared.
""".strip().split("\n"), quotes=[
("Our engineers will work through the night, but some customers in the most remote areas may not be reconnected until Tuesday,", "a spokesperson for Western Grid", {"unnamed": ["spokesperson", "western grid"]}),
("We'd ask people to stay well away from fallen lines, however quiet they look.", "a spokesperson for Western Grid", {"unnamed": ["spokesperson", "western grid"]}),
("Worst I've seen in twenty years", "Rhys Pritchard", {"implied": True}),
("It's the worst I've seen on this bit of coast in twenty years of reporting from it,", "Rhys Pritchard", {}),
("The lifeboat crew tell me they've been called out three times today, and they're expecting a fourth.", "Rhys Pritchard", {}),
("Stay at home if you can", "Angharad Lewis", {"accept": [], "implied": True}),
("The emergency services are stretched, and every car on the road tonight is one more they may have to rescue,", "Angharad Lewis", {"accept": []}),
("Please, stay at home if you can.", "Angharad Lewis", {"accept": []}),
("look at every penny of support", "Angharad Lewis", {"accept": []}),
("taken on safety grounds and safety grounds alone", "Gareth Lewis", {"accept": []}),
("Nobody should assume the roads will be clear either.", "Gareth Lewis", {"accept": []}),
("Our garden fence is now in next door's garden, and next door's trampoline is in ours. Fair swap, I suppose.", "Sian", {}),
("Flying debris is likely, resulting in danger to life. Large waves and beach material being thrown onto sea fronts are also likely,", "the National Weather Office", {"accept": ["National Weather Office", "the warning"]}),
("That is a very unusual number for October, even on this coastline,", "Owen Pugh", {}),
("We were lucky today,", "Carys Morgan", {}),
("I don't expect to be able to say that every time if people keep driving in this.", "Carys Morgan", {}),
]))

B21.append(dict(id="en-b21-bus-route-axed", paras="""
Villagers 'cut off' as rural bus route is axed
People in a string of villages in the Wold Valley say they will be "cut off" when the only bus linking them to Hexley stops running next month.
Redline Buses said the 41 service, which runs six times a day between Hexley and Marston Parva, carried too few passengers to keep going once its council subsidy ended.
The last bus will run on 28 March.
Brenda Tolley, 81, from Upper Casswell, has used the route every week for 30 years to get to the doctor's and the market.
"We will be cut off, simple as that," she told Severnside Tonight. "I don't drive, my husband doesn't drive, and a taxi to Hexley is thirty pounds each way."
The pensioner said she had written to the bus company and to her MP but had heard nothing back.
"The people who decided this have never stood at a bus stop in Upper Casswell in the rain," she said.
Amy Doyle, 17, catches the 07:40 from Marston Parva to Hexley College, where she is studying for an engineering diploma.
"If the bus goes, I go too, basically. I'd have to drop out," the 17-year-old said.
Her mother, Karen Doyle, works shifts as a healthcare assistant at Hexley General Hospital and says the family cannot afford a second car.
"I can't be at the hospital and at the bus stop at the same time," she said. "Nobody at the council seems to have thought about kids like Amy."
In a statement, Redline Buses said: "We understand this news will be disappointing for the communities the 41 serves.
"However, average passenger numbers have fallen to fewer than four per journey, and the route is no longer viable without support."
Hexleyshire County Council said its transport budget had been "cut to the bone" by rising costs.
Its cabinet member for transport, Graham Oduya, said: "We would love to fund every rural route in the county. The money simply isn't there."
The councillor said the authority was in talks with a community transport charity about running a "dial-a-ride" minibus in the valley instead, though he could not say when it might start.
A driver on the route, who did not want to be named, said some regular passengers had been "in tears" on board since the news broke.
"You get to know people on a route like this. You know whose husband's ill and whose grandson has passed his exams," the driver said.
A petition titled "Save the 41" has gathered more than 2,300 signatures in a week.
Its organiser, parish councillor Mike Henshaw, plans to hand it in at County Hall on Thursday.
"A bus is not a luxury when you're 81 and live four miles from a shop," he said. "It's the difference between living in your own home and not."
Mrs Tolley said she would be on the last bus in March, "with a flask and a hanky".
""".strip().split("\n"), quotes=[
("cut off", "villagers", {"unnamed": ["villagers", "people"], "implied": True}),
("cut off", "people in a string of villages in the Wold Valley", {"unnamed": ["people", "villagers"]}),
("We will be cut off, simple as that,", "Brenda Tolley", {}),
("I don't drive, my husband doesn't drive, and a taxi to Hexley is thirty pounds each way.", "Brenda Tolley", {}),
("The people who decided this have never stood at a bus stop in Upper Casswell in the rain,", "Brenda Tolley", {}),
("If the bus goes, I go too, basically. I'd have to drop out,", "Amy Doyle", {"accept": []}),
("I can't be at the hospital and at the bus stop at the same time,", "Karen Doyle", {"accept": []}),
("Nobody at the council seems to have thought about kids like Amy.", "Karen Doyle", {"accept": []}),
("We understand this news will be disappointing for the communities the 41 serves.", "Redline Buses", {"accept": ["Redline", "the statement"]}),
("However, average passenger numbers have fallen to fewer than four per journey, and the route is no longer viable without support.", "Redline Buses", {"accept": ["Redline", "the statement"]}),
("cut to the bone", "Hexleyshire County Council", {"accept": ["the council", "the authority"]}),
("We would love to fund every rural route in the county. The money simply isn't there.", "Graham Oduya", {}),
("dial-a-ride", None, {}),
("in tears", "a driver on the route", {"unnamed": ["driver"]}),
("You get to know people on a route like this. You know whose husband's ill and whose grandson has passed his exams,", "a driver on the route", {"unnamed": ["driver"]}),
("Save the 41", None, {}),
("A bus is not a luxury when you're 81 and live four miles from a shop,", "Mike Henshaw", {}),
("It's the difference between living in your own home and not.", "Mike Henshaw", {}),
("with a flask and a hanky", "Brenda Tolley", {}),
]))

B22 = []

B22.append(dict(id="en-b22-council-bike-lanes", paras="""
Council votes to rip out Harbourview bike lanes despite cyclists' protest
HALIFAX — City council voted 9-7 on Tuesday to remove the protected bike lanes on Harbourview Road, less than two years after they were installed at a cost of $2.3 million.
The motion, brought by Coun. Derek Fougere, directs staff to restore the road's fourth traffic lane by next fall and move cyclists to a painted route on Chebucto Street, one block east.
"I have nothing against bikes. I ride one," Fougere told council before the vote. "But I represent 14,000 people who sit in that traffic every morning, and they have been very patient."
Mayor Lise Thibodeau, who voted against the motion, called the decision "a step backwards we will be paying for long after this council is gone."
Thibodeau said the city had accepted $800,000 from the federal active transportation fund for the lanes, money she warned Ottawa could ask to have returned. "Nobody should be surprised if we get a letter," she said.
A spokesperson for the federal infrastructure department said in an email that the agreement's terms were "under review" and declined to comment further.
About 80 cyclists filled the gallery, many wearing bike helmets, and several held signs reading "Lanes Save Lives." They booed when the result was read out, and the clerk briefly paused the meeting.
Coun. Anne-Marie Gallant, who represents the downtown district the lanes run through, said traffic counts showed bike trips on Harbourview had tripled since 2024.
"We built something and people used it," she said. "That's the part of this story that nobody on the other side wants to talk about."
The councillor read out an email from a constituent, a nurse who rides to the hospital on night shifts, who wrote that the lanes were "the only reason I feel safe coming home at 3 a.m."
Not everyone on Harbourview is sorry to see them go. Ray Gallant, who owns a hardware store on the road and is no relation to the councillor, said his deliveries had become "a daily circus."
"The trucks have nowhere to stop. They double-park, somebody honks, somebody yells," the 61-year-old said. "I've lost customers who just don't want the hassle."
Staff estimate the removal will cost about $640,000. Coun. Fougere said the figure was worth it.
Nova Cycle, the cycling advocacy group that organized the protest, said it would ask the province to step in. Its executive director, Priya Nandakumar, accused council of "governing by windshield."
"They looked at a map, saw a line of green paint and decided it was the problem," Nandakumar said. "The problem is that there are too many cars, and tearing up a lane won't change that."
Asked after the meeting whether she would try to reopen the decision, the mayor did not rule it out.
"Council has spoken, for tonight," she said.
""".strip().split("\n"), quotes=[
("I have nothing against bikes. I ride one,", "Derek Fougere", {}),
("But I represent 14,000 people who sit in that traffic every morning, and they have been very patient.", "Derek Fougere", {}),
("a step backwards we will be paying for long after this council is gone.", "Lise Thibodeau", {}),
("Nobody should be surprised if we get a letter,", "Lise Thibodeau", {}),
("under review", "a spokesperson for the federal infrastructure department", {"unnamed": ["spokesperson", "infrastructure department"]}),
("Lanes Save Lives.", None, {}),
("We built something and people used it,", "Anne-Marie Gallant", {"accept": []}),
("That's the part of this story that nobody on the other side wants to talk about.", "Anne-Marie Gallant", {"accept": []}),
("the only reason I feel safe coming home at 3 a.m.", "a constituent, a nurse who rides to the hospital on night shifts", {"unnamed": ["constituent", "nurse"]}),
("a daily circus.", "Ray Gallant", {"accept": []}),
("The trucks have nowhere to stop. They double-park, somebody honks, somebody yells,", "Ray Gallant", {"accept": []}),
("I've lost customers who just don't want the hassle.", "Ray Gallant", {"accept": []}),
("governing by windshield.", "Priya Nandakumar", {}),
("They looked at a map, saw a line of green paint and decided it was the problem,", "Priya Nandakumar", {}),
("The problem is that there are too many cars, and tearing up a lane won't change that.", "Priya Nandakumar", {}),
("Council has spoken, for tonight,", "Lise Thibodeau", {}),
]))

B22.append(dict(id="en-b22-football-report", paras="""
Ashgrove 2 Kelsington Athletic 1: Okafor's late header settles a bad-tempered derby
Ashgrove came from behind to beat Kelsington Athletic in a derby that produced nine yellow cards, one red and a touchline spat between the two managers.
Tunde Okafor's header in the 88th minute, his first goal since returning from a knee injury, sent the home crowd into raptures and lifted Ashgrove to fourth in the table.
"That's what he's been working towards for seven months," said Ashgrove manager Stuart Kirwan. "You could see in his face what it meant. I'm delighted for the boy."
Kelsington had led at the break through Marco Feliciano's curling free-kick, and for long spells looked the more composed side. Their manager, Danny Rourke, felt they deserved at least a point.
"We were the better team for an hour. I'll say that to anyone," Rourke said. "Then we stop doing the simple things and we get punished. That's on us, not the referee, and not the weather."
The turning point came on 63 minutes, when Kelsington defender Luke Price was shown a second yellow for a sliding challenge on Okafor. Rourke was furious and had to be separated from his opposite number on the touchline.
Asked about the exchange, Kirwan smiled. "Danny's a passionate man. We had a chat. It'll be forgotten by Tuesday," the Ashgrove manager said.
Rourke was less forgiving. "He knows what he said," the Kelsington boss replied when told of Kirwan's comments. "I'm not going to repeat it in here."
Ashgrove equalised eight minutes after the red card, when substitute Jamie Price, no relation to the sent-off defender, turned in a low cross at the far post. The 19-year-old, making only his third senior appearance, was mobbed by his teammates.
"I just closed my eyes and hit it," the younger Price said afterwards. "My mum was in the stand. She'll be crying, probably."
From then on it was one-way traffic. Okafor hit the bar with a volley before rising above two defenders to meet Callum Shaw's corner.
Kirwan admitted his side had been "second best" before the break. "I told them at half-time that if they wanted to play like that, they could go and sit in the stand with the fans," he said. "To be fair to them, they listened."
The home supporters, who had taunted Rourke with chants of "You're not Kelsington any more" throughout the second half, stayed long after the final whistle to applaud their side off.
The visitors now sit 14th, three points above the relegation places. Their defender will miss next week's home game against Fenwick Rovers through suspension.
Rourke said he would not appeal the red. "It was a yellow and then another yellow. The referee's entitled to his opinion," he said, before adding: "I'm entitled to mine."
Ashgrove travel to Stoneleigh on Saturday.
""".strip().split("\n"), quotes=[
("That's what he's been working towards for seven months,", "Stuart Kirwan", {}),
("You could see in his face what it meant. I'm delighted for the boy.", "Stuart Kirwan", {}),
("We were the better team for an hour. I'll say that to anyone,", "Danny Rourke", {}),
("Then we stop doing the simple things and we get punished. That's on us, not the referee, and not the weather.", "Danny Rourke", {}),
("Danny's a passionate man. We had a chat. It'll be forgotten by Tuesday,", "Stuart Kirwan", {}),
("He knows what he said,", "Danny Rourke", {}),
("I'm not going to repeat it in here.", "Danny Rourke", {}),
("I just closed my eyes and hit it,", "Jamie Price", {"accept": []}),
("My mum was in the stand. She'll be crying, probably.", "Jamie Price", {"accept": []}),
("second best", "Stuart Kirwan", {}),
("I told them at half-time that if they wanted to play like that, they could go and sit in the stand with the fans,", "Stuart Kirwan", {}),
("To be fair to them, they listened.", "Stuart Kirwan", {}),
("You're not Kelsington any more", "the home supporters", {"unnamed": ["supporters"]}),
("It was a yellow and then another yellow. The referee's entitled to his opinion,", "Danny Rourke", {}),
("I'm entitled to mine.", "Danny Rourke", {}),
]))

B22.append(dict(id="en-b22-sentencing", paras="""
Drink-driver who killed cyclist on coast road jailed for eight years
A drink-driver who hit and killed a cyclist on a coast road and then drove home and went to bed has been jailed for eight years.
Callum Whitlow, 34, was more than twice the legal limit when his van struck Helen Marsh, 52, on the A877 near Port Carrick shortly after midnight on 14 June last year.
Whitlow, of Bellfield Crescent, Port Carrick, was arrested at his home seven hours later after police traced the van through a broken wing mirror left at the scene. He admitted causing death by careless driving while over the limit and failing to stop.
Sentencing him at Ardmore Crown Court on Friday, Judge Rosalind Okeke said he had left Mrs Marsh "lying in the dark like a piece of litter."
"You knew you had hit something. You chose not to find out what," the judge told him. "A single phone call might not have saved her life, but it would have meant she did not die alone."
The court heard Mrs Marsh, a primary school teacher and keen club cyclist, had been riding home from a friend's birthday meal with lights front and rear.
In a victim statement read to the court by prosecutor Adam Kerr, her husband, Graham Marsh, said the family had been "hollowed out."
"Helen was the one who held everything together. Now there is nobody to do that, and we are all just falling apart in different rooms," he wrote.
"I do not hate the man who did this. I have tried to. I just want him to understand what he took."
The couple's daughter, Ellie Marsh, 23, also wrote a statement. She said she had moved her wedding, planned for this spring, because she "could not walk down an aisle without Mum at the end of it."
Defending, Sarah Lindqvist said her client was "deeply ashamed" and had not had a drink since the night of the crash. He had panicked, she said, and had not understood at the time that he had hit a person.
"He will carry this every day of his life, and he knows that is nothing next to what the Marsh family carries," Ms Lindqvist said.
Judge Okeke said she did not accept that Whitlow had not known. She said the damage to his van was "wholly inconsistent" with hitting an animal or a sign, as he had first claimed to officers.
Whitlow, who wept in the dock, was also banned from driving for 12 years.
Outside court, Mr Marsh thanked the police and the prosecution. "No sentence brings Helen back. We knew that before we came here today," the 55-year-old said.
Sergeant Neil Barr of the roads policing unit said the case should be a warning. "If you drink, don't drive. And if you hit something, stop," he said.
Port Carrick Wheelers, the club Mrs Marsh rode with for 20 years, has named its annual charity ride "Helen's Hundred" in her memory.
""".strip().split("\n"), quotes=[
("lying in the dark like a piece of litter.", "Rosalind Okeke", {}),
("You knew you had hit something. You chose not to find out what,", "Rosalind Okeke", {}),
("A single phone call might not have saved her life, but it would have meant she did not die alone.", "Rosalind Okeke", {}),
("hollowed out.", "Graham Marsh", {"accept": []}),
("Helen was the one who held everything together. Now there is nobody to do that, and we are all just falling apart in different rooms,", "Graham Marsh", {"accept": []}),
("I do not hate the man who did this. I have tried to. I just want him to understand what he took.", "Graham Marsh", {"accept": []}),
("could not walk down an aisle without Mum at the end of it.", "Ellie Marsh", {"accept": []}),
("deeply ashamed", "Sarah Lindqvist", {}),
("He will carry this every day of his life, and he knows that is nothing next to what the Marsh family carries,", "Sarah Lindqvist", {}),
("wholly inconsistent", "Rosalind Okeke", {}),
("No sentence brings Helen back. We knew that before we came here today,", "Graham Marsh", {"accept": []}),
("If you drink, don't drive. And if you hit something, stop,", "Neil Barr", {}),
("Helen's Hundred", None, {}),
]))

B22.append(dict(id="en-b22-merger-wire", paras="""
Halvorsen to buy Pentrix for $4.1 billion in bid to catch bigger rivals
NEW YORK, Dec 7 (Reuters) - Halvorsen Industrial Corp agreed on Monday to buy Pentrix Systems for about $4.1 billion in cash, betting that the maker of warehouse robots can help it compete with larger rivals in factory automation.
Halvorsen, which has long marketed itself as a "one-stop shop" for factory floors, makes conveyors, lifts and packing lines.
Halvorsen will pay $38.50 per share, a premium of 31% to Pentrix's closing price on Friday. The deal, which has been approved by both boards, is expected to close in the second half of next year, subject to regulatory approval.
Pentrix shares jumped 27% in premarket trading. Halvorsen shares were down 3%.
"Customers no longer want to buy a conveyor from one company and a robot from another," Halvorsen Chief Executive Martin Aske said in a statement. "With Pentrix, we can sell them the whole floor."
Aske told analysts on a conference call that the combined company would save about $180 million a year in costs within three years, mostly from shared manufacturing and a single sales force.
He declined to say how many jobs would be cut. "It's too early to put a number on it, and I'm not going to guess on a call," Aske said.
Pentrix, based in Pittsburgh, has struggled to turn a profit since it went public in 2021, as warehouse operators put off spending on automation while interest rates were high.
Its founder and CEO, Nadia Ferreira, who owns about 9% of the company, will join Halvorsen's board. In a memo to employees seen by Reuters, she described the deal as "the right home, at the right time."
Some investors were less convinced. Jonah Whitcombe, an analyst at Braybrook Securities, said Halvorsen was paying "a full price for a company that has never made money."
"The strategic logic is fine. The question is whether Halvorsen can run a software-heavy business when it has spent 80 years bending metal," Whitcombe said. He rates Halvorsen shares a hold.
A banker familiar with the talks, who asked not to be named because the discussions were private, said at least one other bidder had approached Pentrix in the autumn but dropped out over price.
"There was a second party. They walked when the number got past 35," the banker said.
Pentrix declined to comment on other approaches.
The deal could draw scrutiny from antitrust regulators in Washington and Brussels, where both companies sell sorting systems to parcel carriers. Aske said he was "very comfortable" with the overlap.
Goldman Sachs advised Halvorsen, while Morgan Stanley advised Pentrix.
(Reporting by Lena Morales in New York; Additional reporting by Arjun Desai in Bengaluru; Editing by Mark Potter)
""".strip().split("\n"), quotes=[
("one-stop shop", None, {}),
("Customers no longer want to buy a conveyor from one company and a robot from another,", "Martin Aske", {}),
("With Pentrix, we can sell them the whole floor.", "Martin Aske", {}),
("It's too early to put a number on it, and I'm not going to guess on a call,", "Martin Aske", {}),
("the right home, at the right time.", "Nadia Ferreira", {}),
("a full price for a company that has never made money.", "Jonah Whitcombe", {}),
("The strategic logic is fine. The question is whether Halvorsen can run a software-heavy business when it has spent 80 years bending metal,", "Jonah Whitcombe", {}),
("There was a second party. They walked when the number got past 35,", "a banker familiar with the talks", {"unnamed": ["banker"]}),
("very comfortable", "Martin Aske", {}),
]))

B22.append(dict(id="en-b22-science-sleep", paras="""
Teenagers who lose an hour of sleep take more risks the next day, study finds
Teenagers who sleep an hour less than usual make noticeably riskier choices the following day, according to a study that tracked more than 600 secondary school pupils for a month.
The research, published on Wednesday in the journal Developmental Science Reports, found that after a short night the students were about 20 per cent more likely to pick a gamble over a guaranteed reward in a simple computer task.
The effect was strongest in 15- and 16-year-olds, the authors said, and almost disappeared by 18.
"We expected some effect. We did not expect it to be this large, or this consistent," said Dr Hannah Sørensen, a psychologist at the University of Lindholm who led the study. "One hour is not a dramatic loss. Most parents would not even notice it."
The pupils wore wrist monitors that recorded when they fell asleep and woke up. Each morning they played a short game on a tablet in which they could take a small, certain reward or risk it for a larger one.
Her co-author, Professor Mikkel Sørensen, who is her brother and a statistician at the same university, said the team had been careful to rule out other explanations, such as pupils who sleep less simply being more impulsive to begin with.
"Because we follow the same child night after night, each teenager is compared with themselves," he said. "That is what makes us fairly confident this is about the sleep, not about the kid."
The study's authors say their findings add weight to calls for later school start times. The paper, titled "Short Nights, Long Odds," describes early starts as "a policy choice with a measurable cost."
Not everyone is persuaded that a tablet game says much about life outside the lab. Professor Gareth Elwyn, who studies adolescent behaviour at Kingsbridge University and was not involved in the research, called it "a careful study of a narrow question."
"Choosing a bigger pile of points on a screen is not the same thing as getting into a car with a driver who has been drinking," he said. "I would want to see this tested on real decisions before anyone rewrites a school timetable on the strength of it."
He added that the study had not recorded what the pupils did in the evenings. "Screens, caffeine, a row at home: all of those affect sleep and mood at once."
Dr Sørensen said she agreed the next step was to look at real-world behaviour, and that her team had applied for funding to do so.
She said the message for families was simple.
"Sleep is not a luxury for teenagers. It is part of how their brains are built," she said. "If we want them to make good decisions, we could start by letting them get to bed."
The research was funded by the Lindholm Foundation for Child Health, a charity, which had no role in the study's design.
""".strip().split("\n"), quotes=[
("We expected some effect. We did not expect it to be this large, or this consistent,", "Hannah Sørensen", {"accept": []}),
("One hour is not a dramatic loss. Most parents would not even notice it.", "Hannah Sørensen", {"accept": []}),
("Because we follow the same child night after night, each teenager is compared with themselves,", "Mikkel Sørensen", {"accept": []}),
("That is what makes us fairly confident this is about the sleep, not about the kid.", "Mikkel Sørensen", {"accept": []}),
("Short Nights, Long Odds,", None, {}),
("a policy choice with a measurable cost.", "the paper", {"accept": ["paper", "authors"]}),
("a careful study of a narrow question.", "Gareth Elwyn", {}),
("Choosing a bigger pile of points on a screen is not the same thing as getting into a car with a driver who has been drinking,", "Gareth Elwyn", {}),
("I would want to see this tested on real decisions before anyone rewrites a school timetable on the strength of it.", "Gareth Elwyn", {}),
("Screens, caffeine, a row at home: all of those affect sleep and mood at once.", "Gareth Elwyn", {}),
("Sleep is not a luxury for teenagers. It is part of how their brains are built,", "Hannah Sørensen", {"accept": []}),
("If we want them to make good decisions, we could start by letting them get to bed.", "Hannah Sørensen", {"accept": []}),
]))

B22.append(dict(id="en-b22-fact-check", paras="""
Fact check: Did knife crime really 'halve' under the last government?
The claim
Speaking on a radio phone-in on Sunday, the opposition home affairs spokesman, Andrew Castellan, said: "When we were in government, knife crime halved. Halved. Since this lot came in, it has gone straight back up."
He repeated the claim at a rally in Dunmore on Monday, telling supporters that his party had "cut knife crime in half in five years."
Our verdict
Misleading. Recorded knife offences did fall while his party was in power, but by about 28 per cent, not half, and they have risen by 6 per cent since.
The numbers
The figures come from the National Statistics Agency, which publishes police-recorded offences involving a knife or sharp instrument every quarter.
Recorded offences fell from 41,200 in the year to March 2017 to 29,600 in the year to March 2022, the last full year before the change of government. That is a fall of 28 per cent.
In the year to March 2026 the figure was 31,400, a rise of about 6 per cent on 2022.
Asked about the gap, Mr Castellan's office pointed to a different measure: hospital admissions for assault with a sharp object, which did fall by close to half over the same period.
"Andrew was talking about the human cost, the people who end up in A&E, and on that measure he is right," a spokeswoman for Mr Castellan said.
But that was not what he said. On both occasions he used the words "knife crime", and the agency's own guidance warns against reading hospital data as a crime count.
"Admissions tell you about the most serious injuries. They don't tell you how many offences took place, and the two can move quite differently," said Dr Ruth Adebayo, head of crime statistics at the agency.
She added that changes in how police forces record offences had made some year-on-year comparisons "less reliable than they look."
What about the rise?
The 6 per cent increase is real, but the agency says part of it reflects a change in recording rules in 2023, which brought some offences into the count for the first time.
The Home Office's current minister, Joanne Castellan, who is no relation, has made the same point in Parliament. She told MPs last month that the rise was "largely an artefact of better recording."
That is also an overstatement, according to Dr Adebayo. "Some of it is recording. Not most of it," she said.
The bottom line
Knife offences did fall under Mr Castellan's party, and have risen a little since. But "halved" is not supported by the crime figures, and the minister's account of the rise goes further than her own statisticians do.
We contacted Mr Castellan's office to ask whether he would correct the claim. It had not replied by the time of publication.
""".strip().split("\n"), quotes=[
("halve", "Andrew Castellan", {"accept": [], "implied": True}),
("When we were in government, knife crime halved. Halved. Since this lot came in, it has gone straight back up.", "Andrew Castellan", {"accept": []}),
("cut knife crime in half in five years.", "Andrew Castellan", {"accept": []}),
("Andrew was talking about the human cost, the people who end up in A&E, and on that measure he is right,", "a spokeswoman for Mr Castellan", {"unnamed": ["spokeswoman"]}),
("knife crime", "Andrew Castellan", {"accept": []}),
("Admissions tell you about the most serious injuries. They don't tell you how many offences took place, and the two can move quite differently,", "Ruth Adebayo", {}),
("less reliable than they look.", "Ruth Adebayo", {}),
("largely an artefact of better recording.", "Joanne Castellan", {"accept": []}),
("Some of it is recording. Not most of it,", "Ruth Adebayo", {}),
("halved", "Andrew Castellan", {"accept": [], "implied": True}),
]))

B23 = []

B23.append(dict(id="en-b23-dail-waiting-lists", paras="""
Taoiseach rejects claim waiting lists were 'massaged' as Dáil sitting suspended
The Taoiseach has rejected a claim by Comhar's health spokeswoman, Deirdre Mulcahy, that hospital waiting lists were "massaged" before last month's budget, in an exchange that ended with the sitting suspended.
Ms Mulcahy told Leaders' Questions that almost 9,400 patients had been taken off outpatient lists in September during a "validation exercise" carried out by the Health Service Executive.
"Nine thousand people did not get better in a month, Taoiseach. They were sent a letter, and if they did not reply within a fortnight, they vanished," she said. "That is not a waiting list. That is a magic trick."
Taoiseach Eamon Kavanagh said the figures had been checked independently and that validation had been "standard practice under every government since 2012".
"The Deputy knows full well that people move, people go private, people sadly pass away," he said. "Writing to ask them whether they still need an appointment is not a scandal. It is administration."
He accused the Opposition of "frightening sick people for a headline" and said the number waiting more than 18 months had fallen for a third quarter in a row.
When Ms Mulcahy said across the chamber that the Taoiseach was "hiding behind a spreadsheet", the Ceann Comhairle, Séamus Ó Broin, twice asked her to withdraw the remark. She declined, and he suspended the House.
Earlier, the Minister for Health, Orla Kavanagh, who is not related to the Taoiseach, told reporters at Government Buildings that the HSE would publish a full breakdown of the removals by Friday.
"I have asked for every hospital group's numbers, line by line. If there is anything in them that should not be there, I will say so," the Minister said.
She said she retained "full confidence" in the executive's figures.
A senior Government source said privately that Ms Kavanagh had been "blindsided" by the size of the September fall. "Nobody in the Department saw a drop of 9,000 coming. That is the problem here, not the politics," the source said.
Independent TD Gerry Lyons raised the case of a constituent, a 71-year-old woman from Belmullet, who he said had been taken off a cardiology list after a letter went to an old address.
"She waited two years for that appointment. She rang the hospital to ask where she was on the list and was told she was not on it at all.
"Nobody wrote to her new address, nobody phoned her. She found out by accident, Taoiseach, and she is not the only one," Mr Lyons said.
The Irish Clinical Staff Union said the row missed the point. Its general secretary, Fionnuala Deasy, said clinics in the west were "running on goodwill and overtime".
"Whatever the list says, there are people in pain in every one of those towns tonight," Ms Deasy said.
In a statement, the HSE said anyone removed in error "will be restored to their original place on the list without delay".
""".strip().split("\n"), quotes=[
("massaged", "Deirdre Mulcahy", {"implied": True}),
("massaged", "Deirdre Mulcahy", {}),
("validation exercise", None, {}),
("Nine thousand people did not get better in a month, Taoiseach. They were sent a letter, and if they did not reply within a fortnight, they vanished,", "Deirdre Mulcahy", {}),
("That is not a waiting list. That is a magic trick.", "Deirdre Mulcahy", {}),
("standard practice under every government since 2012", "Eamon Kavanagh", {"accept": []}),
("The Deputy knows full well that people move, people go private, people sadly pass away,", "Eamon Kavanagh", {"accept": []}),
("Writing to ask them whether they still need an appointment is not a scandal. It is administration.", "Eamon Kavanagh", {"accept": []}),
("frightening sick people for a headline", "Eamon Kavanagh", {"accept": []}),
("hiding behind a spreadsheet", "Deirdre Mulcahy", {}),
("I have asked for every hospital group's numbers, line by line. If there is anything in them that should not be there, I will say so,", "Orla Kavanagh", {"accept": []}),
("full confidence", "Orla Kavanagh", {"accept": []}),
("blindsided", "a senior Government source", {"unnamed": ["source"]}),
("Nobody in the Department saw a drop of 9,000 coming. That is the problem here, not the politics,", "a senior Government source", {"unnamed": ["source"]}),
("She waited two years for that appointment. She rang the hospital to ask where she was on the list and was told she was not on it at all.", "Gerry Lyons", {}),
("Nobody wrote to her new address, nobody phoned her. She found out by accident, Taoiseach, and she is not the only one,", "Gerry Lyons", {}),
("running on goodwill and overtime", "Fionnuala Deasy", {}),
("Whatever the list says, there are people in pain in every one of those towns tonight,", "Fionnuala Deasy", {}),
("will be restored to their original place on the list without delay", "the HSE", {"accept": ["HSE", "Health Service Executive", "the statement"]}),
]))

B23.append(dict(id="en-b23-state-floor-test", paras="""
Rebel MLAs stay put in Goa resort as Hegde govt heads for floor test
BENGALURU: Eleven rebel legislators of the ruling Janata Pragati Paksha (JPP) remained holed up in a resort in north Goa on Sunday, a day before Chief Minister K. Lakshmikanth Hegde faces a trust vote in the Legislative Assembly.
The rebels, led by former Water Resources Minister Vinayak Patil, have written to Speaker R. Muniraju stating that they have "lost faith" in the Chief Minister's leadership.
Speaking to reporters over a video call from the resort, Mr. Patil said the group would not return to Bengaluru before Monday's vote. "We are not for sale and we are not hostages. We are here because in Bengaluru nobody would let us think in peace," he said.
He denied that the Opposition was paying for the group's stay. "Every rupee of this hotel bill is being paid by us. Ask the hotel if you don't believe me."
Mr. Hegde, who chaired a meeting of the JPP legislature party at his official residence on Sunday evening, expressed confidence that the government would survive.
"We have the numbers. Some of our brothers have been misled, and I am sure they will vote according to their conscience tomorrow," the Chief Minister told presspersons after the meeting.
The episode has revived memories of "Operation Sunrise", the wave of defections that brought down a coalition government in the State in 2019.
Rural Development Minister Sunanda Patil, who is not related to the rebel leader, said the legislators had been "misguided by a handful of people with personal ambitions".
"Vinayak-ji was given two important portfolios. If he had any grievance, my door and the Chief Minister's door were always open," Ms. Patil said.
The Opposition Rashtriya Lok Morcha (RLM) denied any role in the crisis. Addressing a press conference in Hubballi, RLM State president M. Gangadharappa said his party had "not called a single MLA".
"The JPP's house is on fire and they are blaming the neighbours. Let them first count their own people.
"When this government falls, and it will fall, it will fall under its own weight," Mr. Gangadharappa said.
A senior JPP leader, who did not wish to be identified, conceded that at least three of the rebels could not be won back. "Patil has burnt his boats. The only question is whether the others will follow him into the water," the leader told this newspaper.
Speaker Muniraju said he had received the rebels' letters and would "go strictly by the rule book". Asked whether he would decide on their resignations before the vote, he said: "I will not be rushed by anybody. The Constitution does not come with a stopwatch."
Meanwhile, JPP workers staged a protest outside Mr. Patil's residence in Vijayapura, raising slogans of "Gaddar, go back".
The ruling party has 118 members in the 224-member House, including the rebels. Without them, the government would fall short of the halfway mark of 113.
""".strip().split("\n"), quotes=[
("lost faith", "Vinayak Patil", {"accept": []}),
("We are not for sale and we are not hostages. We are here because in Bengaluru nobody would let us think in peace,", "Vinayak Patil", {"accept": []}),
("Every rupee of this hotel bill is being paid by us. Ask the hotel if you don't believe me.", "Vinayak Patil", {"accept": []}),
("We have the numbers. Some of our brothers have been misled, and I am sure they will vote according to their conscience tomorrow,", "K. Lakshmikanth Hegde", {"accept": ["Hegde"]}),
("Operation Sunrise", None, {}),
("misguided by a handful of people with personal ambitions", "Sunanda Patil", {"accept": []}),
("Vinayak-ji was given two important portfolios. If he had any grievance, my door and the Chief Minister's door were always open,", "Sunanda Patil", {"accept": []}),
("not called a single MLA", "M. Gangadharappa", {"accept": ["Gangadharappa"]}),
("The JPP's house is on fire and they are blaming the neighbours. Let them first count their own people.", "M. Gangadharappa", {"accept": ["Gangadharappa"]}),
("When this government falls, and it will fall, it will fall under its own weight,", "M. Gangadharappa", {"accept": ["Gangadharappa"]}),
("Patil has burnt his boats. The only question is whether the others will follow him into the water,", "a senior JPP leader", {"unnamed": ["leader"]}),
("go strictly by the rule book", "R. Muniraju", {"accept": ["Muniraju"]}),
("I will not be rushed by anybody. The Constitution does not come with a stopwatch.", "R. Muniraju", {"accept": ["Muniraju"]}),
("Gaddar, go back", "JPP workers", {"unnamed": ["workers"]}),
]))

B23.append(dict(id="en-b23-school-board-tv", paras="""
Harmon County school board votes to move to four-day week next fall
HARMON COUNTY, Mo. (KMRV) — Students in the Harmon County R-II School District will go to class four days a week starting next fall.
The school board voted 5-2 Monday night to switch to a Tuesday-through-Friday schedule with longer school days, after more than two hours of public comment.
Superintendent Dr. Lorraine Pettit says the change is mostly about hiring.
"We had eleven teaching jobs open in August. We filled four," Pettit told the board. "The districts around us went to four days, and our teachers followed them across the county line."
She says the district also expects to save about $310,000 a year on buses, utilities and substitutes.
Not everyone in the packed middle school cafeteria was convinced.
Tasha Greer has three kids in the district and works weekends at a nursing home in Clay City.
"Who watches my kids on Monday? Nobody on this board has answered that," Greer said during public comment. "You're saving money by moving the cost onto families."
Her daughter Kayla Greer, a junior at Harmon County High School, spoke next. She says plenty of her classmates are excited about three-day weekends.
"But a lot of them also get their only hot meal at school. You just took a fifth of those meals away," the 16-year-old told board members.
Board president Ron Oberle voted yes. He says the board heard from dozens of teachers before it made up its mind.
"This was not easy, and it was not about money. It's about keeping a teacher in front of every class," Oberle said.
Board member Judy Haskins cast one of the two no votes. She called the plan "a Band-Aid on a bullet wound."
"If our pay isn't competitive on five days, it won't be on four. We need to fix the pay," Haskins told KMRV 8 after the meeting.
The district says it will offer optional Monday child care at Harmon Elementary for $20 a day, along with a "Monday Meals" pickup program for families who qualify for free lunch.
A district employee, who asked KMRV 8 not to use her name because she is not authorized to speak for the district, says the child care program does not have any staff yet.
"They voted for the plan tonight. The plan for Mondays is still a piece of paper," she said.
Fourth-grade teacher Marcus Webb says most of his colleagues support the switch. "I'd rather work four long days here than drive forty minutes to do it somewhere else," he said.
In a statement after the vote, Pettit said: "Tonight's decision was about one thing: a qualified teacher in every classroom.
"We heard the concerns about child care and meals, and we will spend the spring answering them one family at a time."
The new calendar takes effect in August. The district will hold two information nights for parents in January.
""".strip().split("\n"), quotes=[
("We had eleven teaching jobs open in August. We filled four,", "Lorraine Pettit", {}),
("The districts around us went to four days, and our teachers followed them across the county line.", "Lorraine Pettit", {}),
("Who watches my kids on Monday? Nobody on this board has answered that,", "Tasha Greer", {"accept": []}),
("You're saving money by moving the cost onto families.", "Tasha Greer", {"accept": []}),
("But a lot of them also get their only hot meal at school. You just took a fifth of those meals away,", "Kayla Greer", {"accept": []}),
("This was not easy, and it was not about money. It's about keeping a teacher in front of every class,", "Ron Oberle", {}),
("a Band-Aid on a bullet wound.", "Judy Haskins", {}),
("If our pay isn't competitive on five days, it won't be on four. We need to fix the pay,", "Judy Haskins", {}),
("Monday Meals", None, {}),
("They voted for the plan tonight. The plan for Mondays is still a piece of paper,", "a district employee", {"unnamed": ["employee"]}),
("I'd rather work four long days here than drive forty minutes to do it somewhere else,", "Marcus Webb", {}),
("Tonight's decision was about one thing: a qualified teacher in every classroom.", "Lorraine Pettit", {}),
("We heard the concerns about child care and meals, and we will spend the spring answering them one family at a time.", "Lorraine Pettit", {}),
]))

B23.append(dict(id="en-b23-scaffold-inquest", paras="""
Bricklayer died after fall from scaffold that 'should never have been signed off', inquest hears
A father-of-three died after falling nine metres through a gap in scaffolding that had been missing a guard rail for at least two days, an inquest has heard.
Daniel Ashworth, 47, from Heywood, suffered severe head injuries when he fell from the top lift of a scaffold at a housing site in Middleton on 3 April. He died at Irwell Royal Hospital the following day.
Rochdale Coroner's Court heard on Thursday that Mr Ashworth, a bricklayer with 30 years' experience, had been laying blocks when he stepped back and fell through the gap where the rail should have been.
Site supervisor Kieran Doyle told the inquest he had reported the missing rail to the scaffolding contractor, Tanfield Access Ltd, two days before the fall.
"I rang them on the Monday and again on the Tuesday. I was told someone was on their way," he said.
Asked by area coroner Joanne Kershaw why work had carried on at that level, Mr Doyle replied: "In hindsight, I should have stopped it. I've thought about that every day since."
Graham Pike, a director of Tanfield Access, told the court the firm had "no record" of either call.
Health and Safety Executive inspector Priya Lal said a tag on the scaffold recorded that it had been inspected on the previous Friday.
"Whoever signed that tag either did not look at the top lift or did not understand what they were looking at," she said.
The inspector told the coroner the scaffold "should never have been signed off" in that condition.
Mr Ashworth's brother, Carl Ashworth, who was working alongside him that morning, said he heard "a shout and then a thud".
"I turned round and he was on the ground. I knew straight away it was bad," the 44-year-old said.
In a statement read to the court, his widow, Lisa Ashworth, described her husband as "the kind of man who fixed the neighbours' fences without being asked".
"He went to work that morning with a flask of tea and the sandwich I made him, and he never came home.
"Our boys are nine, 12 and 15. They have lost their dad because a piece of metal was missing, and I want someone to tell me why."
Recording a conclusion of accidental death, the coroner said Mr Ashworth had done "nothing wrong".
"He was entitled to expect that the scaffold he was working on was safe. It was not," Ms Kershaw said.
She said she would issue a Prevention of Future Deaths report to Tanfield Access and to the main contractor, Brookvale Homes.
In a statement after the hearing, a spokesman for Tanfield Access said: "Our thoughts remain with Mr Ashworth's family. We have reviewed our inspection procedures since this tragic incident and will study the coroner's findings carefully."
Outside court, Mrs Ashworth said the family had hoped for "answers, not sympathy".
""".strip().split("\n"), quotes=[
("should never have been signed off", "Priya Lal", {"implied": True}),
("I rang them on the Monday and again on the Tuesday. I was told someone was on their way,", "Kieran Doyle", {}),
("In hindsight, I should have stopped it. I've thought about that every day since.", "Kieran Doyle", {}),
("no record", "Graham Pike", {}),
("Whoever signed that tag either did not look at the top lift or did not understand what they were looking at,", "Priya Lal", {}),
("should never have been signed off", "Priya Lal", {}),
("a shout and then a thud", "Carl Ashworth", {"accept": []}),
("I turned round and he was on the ground. I knew straight away it was bad,", "Carl Ashworth", {"accept": []}),
("the kind of man who fixed the neighbours' fences without being asked", "Lisa Ashworth", {"accept": []}),
("He went to work that morning with a flask of tea and the sandwich I made him, and he never came home.", "Lisa Ashworth", {"accept": []}),
("Our boys are nine, 12 and 15. They have lost their dad because a piece of metal was missing, and I want someone to tell me why.", "Lisa Ashworth", {"accept": []}),
("nothing wrong", "Joanne Kershaw", {}),
("He was entitled to expect that the scaffold he was working on was safe. It was not,", "Joanne Kershaw", {}),
("Our thoughts remain with Mr Ashworth's family. We have reviewed our inspection procedures since this tragic incident and will study the coroner's findings carefully.", "a spokesman for Tanfield Access", {"unnamed": ["spokesman", "tanfield access"]}),
("answers, not sympathy", "Lisa Ashworth", {"accept": []}),
]))

B23.append(dict(id="en-b23-transfer-window", paras="""
Hartbury reject £32m Kingsmere bid for Lemaire as agent insists striker is 'ready for the next step'
Hartbury City have turned down a £32million bid from Kingsmere for Bastien Lemaire, but the striker's agent has made it clear his client wants to leave before the window shuts on Monday.
The offer, submitted on Wednesday night, was rejected within hours. A source close to the Hartbury board described it as "nowhere near" the club's valuation of the 24-year-old, which is understood to be closer to £45m.
Lemaire, who has scored 19 goals this season, has two and a half years left on his contract.
His representative, Rui Carvalho, did little to calm nerves at the club. "Bastien is ready for the next step. Everybody knows it, including the people at Hartbury," Carvalho told reporters in Lisbon.
"He has given this club three fantastic years and he will never say a bad word about it. But he is 24, and a career does not wait for anybody."
Hartbury manager Graham Tully refused to be drawn on the bid at his pre-match press conference on Thursday.
"He's our player. He's under contract and he's training as well as I've ever seen him train," Tully said. "I don't talk about other clubs' offers and I'm not going to start now."
Asked whether Lemaire would be in the squad for Saturday's trip to Ambleford, the 52-year-old said only: "Ask me on Saturday."
Lemaire's father, Didier Lemaire, a former Ligue 1 defender, added to the speculation in an interview with a French radio station on Thursday morning.
"My son is happy in Hartbury, but a footballer's career is short. He wants to play in the Champions League, and I think he deserves to," the elder Lemaire said.
Kingsmere are not expected to walk away. People at the club believe a second offer, including add-ons, could reach £38m.
"We know where the line is and we won't be silly about it. But we haven't come this far to stop now," one Kingsmere source said.
Kingsmere manager Stefan Wirth was more guarded. "I can only talk about players who are ours," the German said. "When there is something to tell you, the club will tell you."
Hartbury's supporters made their own feelings plain during Tuesday's home win over Crossfield, unfurling a banner reading "Not For Sale" in the Riverside Stand.
The club's chief executive, Andrea Moss, has insisted in the past that Hartbury are "not a selling club". An insider at the club admitted that stance would be tested if the offer rose much further.
"Every player has a price. The board just hasn't heard it yet," the insider said.
Hartbury have already lost midfielder Jordan Ekwueme to Brantwell this month and are reluctant to sell another first-team player without time to replace him.
Lemaire himself has said nothing publicly. He liked a post on social media on Wednesday evening before removing it an hour later.
""".strip().split("\n"), quotes=[
("ready for the next step", "Rui Carvalho", {"implied": True}),
("nowhere near", "a source close to the Hartbury board", {"unnamed": ["source"]}),
("Bastien is ready for the next step. Everybody knows it, including the people at Hartbury,", "Rui Carvalho", {}),
("He has given this club three fantastic years and he will never say a bad word about it. But he is 24, and a career does not wait for anybody.", "Rui Carvalho", {}),
("He's our player. He's under contract and he's training as well as I've ever seen him train,", "Graham Tully", {}),
("I don't talk about other clubs' offers and I'm not going to start now.", "Graham Tully", {}),
("Ask me on Saturday.", "Graham Tully", {}),
("My son is happy in Hartbury, but a footballer's career is short. He wants to play in the Champions League, and I think he deserves to,", "Didier Lemaire", {"accept": []}),
("We know where the line is and we won't be silly about it. But we haven't come this far to stop now,", "one Kingsmere source", {"unnamed": ["source"]}),
("I can only talk about players who are ours,", "Stefan Wirth", {}),
("When there is something to tell you, the club will tell you.", "Stefan Wirth", {}),
("Not For Sale", None, {}),
("not a selling club", "Andrea Moss", {}),
("Every player has a price. The board just hasn't heard it yet,", "an insider at the club", {"unnamed": ["insider"]}),
]))

B23.append(dict(id="en-b23-hurricane-briefing", paras="""
Hurricane Corinne knocks out power to 600,000 as governor warns 'the water is still coming'
PENSACOLA, Fla. (AP) — Hurricane Corinne slammed into the Florida Panhandle early Thursday as a Category 3 storm, tearing roofs off homes, cutting power to more than 600,000 customers and pushing a wall of seawater into coastal towns still rebuilding from a storm two years ago.
Gov. Rebecca Halvorsen warned at an afternoon briefing that the worst flooding could still be days away as rain-swollen rivers drained toward the Gulf.
"Do not let the blue sky fool you. The wind has moved on, but the water is still coming," Halvorsen said. "If you are in a river county and you were told to leave, you need to leave today."
The Republican said at least two people had died: a man whose pickup was swept off a flooded road near Milton and a woman struck by a falling tree in Crestview.
"We have crews going street by street with boats. Some of these neighborhoods, you can only see the rooftops," she said.
Corinne came ashore near Navarre Beach about 3 a.m. with top winds of 120 mph, the National Hurricane Center said. It weakened to a tropical storm by midday as it moved into Alabama.
Hurricane center forecaster Daniel Ortiz said the storm surge had been close to the forecast peak of 10 feet in some places. "This is exactly the kind of surge we were worried about," Ortiz said in a phone interview. "The water came in fast and it came in deep."
In the small town of Gulf Breeze, Ray Pruitt and his wife, Donna Pruitt, rode out the storm in their second-floor bedroom after deciding it was too late to leave.
"We heard the front door give way around four. Then we heard the refrigerator floating," Ray Pruitt said, standing in ankle-deep mud in what had been their kitchen.
His wife was less philosophical. "We stayed for the last one and swore we'd never do it again," Donna Pruitt said. "So I don't know what that makes us."
Santa Rosa County's emergency management director, Keith Darnell, said shelters were holding about 3,200 people and that the county had asked the state for more buses.
"We're going to be in response mode for a while," he said. "People need to stay off the roads. The roads are where we're losing people."
A utility official, who spoke on condition of anonymity because the company had not released its restoration estimates, said some customers could be without power for "well over a week."
Halvorsen said she had spoken with the president by phone and expected a federal disaster declaration for 14 counties by the weekend.
Asked whether the state had learned from the last storm, the governor paused before answering.
"We learned a lot. We learned that people get tired of being told to run," she said. "I understand that. I'm asking them to run one more time."
""".strip().split("\n"), quotes=[
("the water is still coming", "Rebecca Halvorsen", {"implied": True}),
("Do not let the blue sky fool you. The wind has moved on, but the water is still coming,", "Rebecca Halvorsen", {}),
("If you are in a river county and you were told to leave, you need to leave today.", "Rebecca Halvorsen", {}),
("We have crews going street by street with boats. Some of these neighborhoods, you can only see the rooftops,", "Rebecca Halvorsen", {}),
("This is exactly the kind of surge we were worried about,", "Daniel Ortiz", {}),
("The water came in fast and it came in deep.", "Daniel Ortiz", {}),
("We heard the front door give way around four. Then we heard the refrigerator floating,", "Ray Pruitt", {"accept": []}),
("We stayed for the last one and swore we'd never do it again,", "Donna Pruitt", {"accept": []}),
("So I don't know what that makes us.", "Donna Pruitt", {"accept": []}),
("We're going to be in response mode for a while,", "Keith Darnell", {}),
("People need to stay off the roads. The roads are where we're losing people.", "Keith Darnell", {}),
("well over a week.", "a utility official", {"unnamed": ["official"]}),
("We learned a lot. We learned that people get tired of being told to run,", "Rebecca Halvorsen", {}),
("I understand that. I'm asking them to run one more time.", "Rebecca Halvorsen", {}),
]))

B24 = []

B24.append(dict(id="en-b24-holyrood-ferries", paras="""
Rennie accused of 'sailing on empty promises' as island ferries slip to 2027
Scottish Labour leader Morag Kinnear has accused the First Minister of "sailing on empty promises" after he admitted that two new ferries for the Western Isles will not enter service until the end of next year at the earliest.
At First Minister's Questions, Ms Kinnear said island communities had been "treated as an afterthought" and demanded to know who would be held responsible for a delay now in its fifth year.
"Five years ago the First Minister stood on the quayside in Port Glasgow and told islanders their new boats were coming. They are still waiting, and the bill has doubled," she told MSPs. "How many more winters will they spend watching sailings cancelled on their phones?"
Alasdair Rennie said the yard had faced "unprecedented" supply problems but insisted the vessels would be finished.
"I will not pretend that this has gone the way anyone wanted. It has not," the First Minister said. "But walking away from these ships now would cost more and deliver nothing."
He said the government had chartered a third vessel for the summer timetable and that compensation for island businesses would be paid "within weeks, not months".
Labour's islands spokeswoman, Kirsty Rennie, who is no relation, told journalists afterwards that the same promise had been made in the spring.
"Every time there is a crisis we get a new date and a new charter. What we never get is a ferry," Ms Rennie said.
The Presiding Officer, Elspeth Mowat, twice called for order as Conservative members shouted "sink or swim" across the chamber.
Outside the chamber, a senior figure at the state-owned ferry operator said staff had been told privately not to expect the new vessels before 2028. "Nobody in the company believes the published date. We are planning the timetable as if those boats do not exist," the source said.
Among those watching from the public gallery was Donald MacAulay, a crofter from Barra who has campaigned for a reliable service since 2019.
The 63-year-old said he had missed three hospital appointments in Glasgow last winter because of cancelled sailings.
"You plan your life around a boat that might not come. My daughter had her first child in October and I saw the baby on a screen for a fortnight.
"I did not come here for an apology. I came to hear a date I could believe, and I did not hear one," he said.
The government's own review of the contract, "Charting a Course", published in March, found that design changes had been signed off without a full estimate of their cost.
In a statement, Transport Secretary Neil Forsyth said the government remained "fully committed" to both vessels and would update Parliament before the summer recess.
Ms Kinnear said the statement was "the same words in a different order".
Mr Rennie is due to visit Stornoway next week.
""".strip().split("\n"), quotes=[
("sailing on empty promises", "Morag Kinnear", {"implied": True}),
("sailing on empty promises", "Morag Kinnear", {}),
("treated as an afterthought", "Morag Kinnear", {}),
("Five years ago the First Minister stood on the quayside in Port Glasgow and told islanders their new boats were coming. They are still waiting, and the bill has doubled,", "Morag Kinnear", {}),
("How many more winters will they spend watching sailings cancelled on their phones?", "Morag Kinnear", {}),
("unprecedented", "Alasdair Rennie", {"accept": []}),
("I will not pretend that this has gone the way anyone wanted. It has not,", "Alasdair Rennie", {"accept": []}),
("But walking away from these ships now would cost more and deliver nothing.", "Alasdair Rennie", {"accept": []}),
("within weeks, not months", "Alasdair Rennie", {"accept": []}),
("Every time there is a crisis we get a new date and a new charter. What we never get is a ferry,", "Kirsty Rennie", {"accept": []}),
("sink or swim", "Conservative members", {"unnamed": ["members"]}),
("Nobody in the company believes the published date. We are planning the timetable as if those boats do not exist,", "a senior figure at the state-owned ferry operator", {"unnamed": ["figure", "source"]}),
("You plan your life around a boat that might not come. My daughter had her first child in October and I saw the baby on a screen for a fortnight.", "Donald MacAulay", {}),
("I did not come here for an apology. I came to hear a date I could believe, and I did not hear one,", "Donald MacAulay", {}),
("Charting a Course", None, {}),
("fully committed", "Neil Forsyth", {}),
("the same words in a different order", "Morag Kinnear", {}),
]))

B24.append(dict(id="en-b24-shire-dog-beach", paras="""
Councillor walks out as Tallow Beach dog ban passes on mayor's casting vote
A Bellbrook Shire councillor stormed out of Tuesday night's council meeting after the mayor used her casting vote to ban dogs from the northern end of Tallow Beach over summer.
Cr Wayne Dunstan, who has sat on council for 14 years, called the decision "a slap in the face to every ratepayer who owns a dog" before leaving the chamber, followed by about a dozen supporters from the public gallery.
The ban, part of the draft "Tallow Foreshore Management Plan", was tied at four votes each before Mayor Debbie Whitfield voted in favour.
"I don't take a casting vote lightly, and I didn't tonight," Cr Whitfield told the Bugle after the meeting. "We have hooded plovers nesting on that beach for the first time in thirty years. Council has a legal duty to protect them."
She said dogs would still be allowed on a leash at the southern end, and on the whole beach outside the nesting season.
Cr Dunstan was unrepentant when the Bugle reached him on Wednesday morning.
"I'd walk out again. People in this shire were promised proper consultation, and what they got was an online survey that ran over Christmas," the veteran councillor said.
He said 1,100 residents had signed a petition against the ban, which he tabled at the start of the meeting.
Cr Priya Raman, who seconded the motion, said the number of signatures was "not the point".
"Eleven hundred people signed a petition. Two birds can't sign anything. Somebody has to speak for them," she said.
Fay Lindqvist, who has monitored the plovers as a volunteer since 2011, said three chicks had been lost to dogs last season.
"People think their dog is only playing. To a chick the size of your thumb, a playing dog is the end of it," Ms Lindqvist said.
Not everyone walking on the sand on Wednesday agreed. Exercising her kelpie near the surf club, retiree Joan Harker said the ban would push dog owners onto footpaths and roads.
"Where are we meant to go? Nobody at council can tell me, and I've asked three times," the 71-year-old said.
A council officer, who did not want to be named because staff are not permitted to comment on council decisions, said rangers would hand out warnings rather than fines for the first month.
"We're not going to be writing $500 tickets on day one. We'll be handing out maps," the officer said.
The shire's general manager, Stephen Oakes, said new signs would go up before the December school holidays, and described the plan as "a balance, not a ban".
Cr Dunstan has given notice that he will move a rescission motion at the next ordinary meeting on February 11. Asked whether he expected it to succeed, he said: "Ask me after the plovers have hatched."
""".strip().split("\n"), quotes=[
("a slap in the face to every ratepayer who owns a dog", "Wayne Dunstan", {}),
("Tallow Foreshore Management Plan", None, {}),
("I don't take a casting vote lightly, and I didn't tonight,", "Debbie Whitfield", {}),
("We have hooded plovers nesting on that beach for the first time in thirty years. Council has a legal duty to protect them.", "Debbie Whitfield", {}),
("I'd walk out again. People in this shire were promised proper consultation, and what they got was an online survey that ran over Christmas,", "Wayne Dunstan", {}),
("not the point", "Priya Raman", {}),
("Eleven hundred people signed a petition. Two birds can't sign anything. Somebody has to speak for them,", "Priya Raman", {}),
("People think their dog is only playing. To a chick the size of your thumb, a playing dog is the end of it,", "Fay Lindqvist", {}),
("Where are we meant to go? Nobody at council can tell me, and I've asked three times,", "Joan Harker", {}),
("We're not going to be writing $500 tickets on day one. We'll be handing out maps,", "a council officer", {"unnamed": ["officer"]}),
("a balance, not a ban", "Stephen Oakes", {}),
("Ask me after the plovers have hatched.", "Wayne Dunstan", {}),
]))

B24.append(dict(id="en-b24-county-governor-poll", paras="""
Kamau declared winner in Lowera governor by-election as rival rejects result
Former finance executive Peter Kamau was yesterday declared the winner of the Lowera County governor by-election, but his closest rival, Grace Kamau, rejected the result and said she would challenge it in court.
County returning officer Ahmed Dulo announced that Mr Kamau of the Umoja Progressive Party had polled 184,206 votes against Ms Kamau's 171,950, a margin of just over 12,000 in a contest marked by low turnout and delays in transmitting results.
The two are not related, although the shared surname had caused confusion at several polling stations, where voters said clerks pointed them to the wrong column on the ballot.
"The people of Lowera have spoken, and they have spoken clearly. I will be a governor for every ward, including those that did not vote for me," Mr Kamau said at the tallying centre in Mwitu town.
He promised to clear pending bills owed to local contractors within his first hundred days, a pledge he repeated in the party's campaign song, "Tuko Tayari".
But Ms Kamau, a two-term Member of County Assembly who ran on the Mwangaza Alliance ticket, told journalists the figures from at least 40 polling stations did not match the forms signed by her agents.
"We have the forms. We have the photographs of the forms. What was read out today is not what was counted in those stations," she said.
The former MCA accused the returning officer of "announcing numbers he had not verified" and said her lawyers would file a petition within the seven days allowed by law.
Mr Dulo defended the process. "Every result I announced today was transmitted and checked against the physical forms. Anybody who has evidence of a discrepancy is free to go to court," he said.
An election observer with a local church-based monitoring group, who asked not to be named because the group had not yet issued its report, said the delays were "serious but not fatal".
"We saw late openings and tired clerks, but we did not see anything that would change who won. The bigger problem was that people stayed at home," the observer said.
Turnout was 38 per cent, down from 61 per cent at the last general election.
Police in Mwitu fired teargas to disperse a group of Ms Kamau's supporters who had gathered outside the tallying centre chanting "Kura zetu", meaning "our votes".
County police commander Joyce Chepkoech said two people had been arrested for throwing stones and that calm had been restored by evening. "We will not allow anyone to disrupt peace in this county, whichever side they are on," she said.
The seat fell vacant in August after the death of Governor Samuel Ndirangu, who had served since 2017.
Mr Kamau is expected to be sworn in next Thursday unless the High Court orders otherwise.
""".strip().split("\n"), quotes=[
("The people of Lowera have spoken, and they have spoken clearly. I will be a governor for every ward, including those that did not vote for me,", "Peter Kamau", {"accept": []}),
("Tuko Tayari", None, {}),
("We have the forms. We have the photographs of the forms. What was read out today is not what was counted in those stations,", "Grace Kamau", {"accept": []}),
("announcing numbers he had not verified", "Grace Kamau", {"accept": []}),
("Every result I announced today was transmitted and checked against the physical forms. Anybody who has evidence of a discrepancy is free to go to court,", "Ahmed Dulo", {}),
("serious but not fatal", "an election observer with a local church-based monitoring group", {"unnamed": ["observer"]}),
("We saw late openings and tired clerks, but we did not see anything that would change who won. The bigger problem was that people stayed at home,", "an election observer with a local church-based monitoring group", {"unnamed": ["observer"]}),
("Kura zetu", "Ms Kamau's supporters", {"unnamed": ["supporters"]}),
("our votes", None, {}),
("We will not allow anyone to disrupt peace in this county, whichever side they are on,", "Joyce Chepkoech", {}),
]))

B24.append(dict(id="en-b24-presser-father-son", paras="""
Baines backs son to 'handle the noise' after Carrow Vale's derby red card
Carrow Vale manager Terry Baines says he will not treat his son any differently after the midfielder's red card in Saturday's derby defeat, insisting the 21-year-old is "big enough to handle the noise".
Liam Baines was sent off after 34 minutes of the 2-1 loss at Eastholm Rovers for a lunge on Rovers captain Dean Mackay, and will miss the next three matches.
Speaking at his pre-match press conference on Thursday, the Vale boss was asked whether it was harder to discipline a player who also happened to be his son.
"No. In this building he is a footballer, the same as the other 24 lads in that dressing room. He made a bad decision and he knows it," Baines said.
"What I won't do is hang him out to dry in front of you lot because his surname is on my office door. He's had enough of that on social media this week."
The 58-year-old confirmed he had fined the midfielder two weeks' wages, in line with the club's code of conduct.
Liam, who sat beside his father for part of the press conference at the club's request, apologised to supporters.
"I let the lads down, I let the fans down. It was a derby, I wanted to win the ball, and I went in too hard," the youngster said. "There's no excuse for it."
Asked whether the abuse he had received online had affected him, he paused. "Some of it, yeah. Most of it I don't read. My mum reads it, which is worse."
The tackle provoked a touchline row between the two benches. Eastholm manager Nuno Ferreira accused Vale of "playing like it was a street fight" in his post-match interview on Saturday.
Terry Baines was dismissive when the remark was put to him. "Nuno can say what he likes. We lost the game, he won it. I'd be happy too if I was him," he said.
The Football Association is looking into the incident after footage appeared to show a member of Vale's coaching staff gesturing at the Rovers dugout. A Vale source played down the episode, saying it was "handbags" that had been sorted out in the tunnel.
"Nobody threw anything, nobody touched anybody. The referee didn't even put it in his report," the source said.
Vale, who sit 17th in the Championship, host Pelham Town on Saturday. Baines confirmed that defender Ollie Strand is fit again after a hamstring injury but that striker Marcus Ojo will miss out with a knee problem.
"Ollie's trained all week and looks sharp. Marcus, we'll probably see after the international break," the manager said.
The younger Baines came through Vale's academy and made his debut at 17. He has scored four goals in 19 appearances this season.
""".strip().split("\n"), quotes=[
("handle the noise", "Terry Baines", {"implied": True}),
("big enough to handle the noise", "Terry Baines", {"accept": []}),
("No. In this building he is a footballer, the same as the other 24 lads in that dressing room. He made a bad decision and he knows it,", "Terry Baines", {"accept": []}),
("What I won't do is hang him out to dry in front of you lot because his surname is on my office door. He's had enough of that on social media this week.", "Terry Baines", {"accept": []}),
("I let the lads down, I let the fans down. It was a derby, I wanted to win the ball, and I went in too hard,", "Liam Baines", {"accept": ["Liam"]}),
("There's no excuse for it.", "Liam Baines", {"accept": ["Liam"]}),
("Some of it, yeah. Most of it I don't read. My mum reads it, which is worse.", "Liam Baines", {"accept": ["Liam"]}),
("playing like it was a street fight", "Nuno Ferreira", {}),
("Nuno can say what he likes. We lost the game, he won it. I'd be happy too if I was him,", "Terry Baines", {"accept": []}),
("handbags", "a Vale source", {"unnamed": ["source"]}),
("Nobody threw anything, nobody touched anybody. The referee didn't even put it in his report,", "a Vale source", {"unnamed": ["source"]}),
("Ollie's trained all week and looks sharp. Marcus, we'll probably see after the international break,", "Terry Baines", {"accept": []}),
]))

B24.append(dict(id="en-b24-air-fryer-recall", paras="""
Air fryer maker recalls 240,000 units over fire risk after regulator steps in
Kitchen appliance maker Halden Home is recalling about 240,000 air fryers sold in the UK after reports that the machines can overheat and catch fire, the product safety regulator said on Tuesday.
The recall covers the HX-500 and HX-550 models of the company's "CrispPro" range sold between March 2024 and August 2025 through supermarkets, high-street retailers and online marketplaces.
The Office for Product Safety and Standards (OPSS) said it had received 63 reports of overheating, including 11 fires and four minor burns.
"Consumers should stop using these air fryers immediately, unplug them and contact Halden Home for a refund or a replacement," said Margaret Oyelaran, the regulator's director of enforcement. "Do not wait for a problem. If you have one of these models, switch it off today."
In a statement, Halden Home said it had identified "a fault in a small number of heating elements" supplied by a third-party manufacturer.
"The safety of our customers is our highest priority. We are sorry for the concern this will cause and we are working with OPSS to make the recall as simple as possible," the statement said.
The company, which is based in Leeds and employs about 400 people, said customers would receive a refund of the full purchase price, including those who had lost their receipts.
Its chief executive, Andrew Pemberton, said the firm had acted "as soon as the pattern became clear". Asked why the first fires had been reported to the company more than eight months ago, he told BBC Radio Leeds: "Early on, each case looked like a one-off. When we saw that they had something in common, we went straight to the regulator."
One customer, Rachel Dunmore from Sheffield, said her fryer had caught fire on her kitchen worktop in May while her two children were in the next room.
"There was a pop, then smoke, then flames coming out of the vent at the back. I threw a wet tea towel over it," the 38-year-old said.
"When I rang Halden, they offered me a voucher. A voucher, for something that could have burned my house down."
A regulator source said officials had pressed the company for several weeks before it agreed to a full recall. "They wanted to do a quiet software-style fix by post. We told them that wasn't good enough for a product that catches fire," the source said.
Ben Ashdown, head of product testing at the consumer group Which Way, said the recall showed "how slowly the system still moves".
"Eleven fires is eleven fires too many. Retailers have customer details for most of these sales and they should be writing to every buyer this week, not waiting for people to read the news," he said.
Mr Pemberton said the company would contact all registered buyers by email. Customers can check whether their model is affected by entering its serial number on the company's website.
""".strip().split("\n"), quotes=[
("CrispPro", None, {}),
("Consumers should stop using these air fryers immediately, unplug them and contact Halden Home for a refund or a replacement,", "Margaret Oyelaran", {}),
("Do not wait for a problem. If you have one of these models, switch it off today.", "Margaret Oyelaran", {}),
("a fault in a small number of heating elements", "Halden Home", {"accept": ["the company", "the statement", "Halden"]}),
("The safety of our customers is our highest priority. We are sorry for the concern this will cause and we are working with OPSS to make the recall as simple as possible,", "Halden Home", {"accept": ["the company", "the statement", "Halden"]}),
("as soon as the pattern became clear", "Andrew Pemberton", {}),
("Early on, each case looked like a one-off. When we saw that they had something in common, we went straight to the regulator.", "Andrew Pemberton", {}),
("There was a pop, then smoke, then flames coming out of the vent at the back. I threw a wet tea towel over it,", "Rachel Dunmore", {}),
("When I rang Halden, they offered me a voucher. A voucher, for something that could have burned my house down.", "Rachel Dunmore", {}),
("They wanted to do a quiet software-style fix by post. We told them that wasn't good enough for a product that catches fire,", "a regulator source", {"unnamed": ["source"]}),
("how slowly the system still moves", "Ben Ashdown", {}),
("Eleven fires is eleven fires too many. Retailers have customer details for most of these sales and they should be writing to every buyer this week, not waiting for people to read the news,", "Ben Ashdown", {}),
]))

B24.append(dict(id="en-b24-verdict-courthouse-steps", paras="""
'Justice for Danny': Mother reads statement on courthouse steps after driver convicted
DELMAR, Ohio — A jury on Friday found a Delmar man guilty of aggravated vehicular homicide in the death of a 19-year-old college student who was struck while riding his bicycle home from work last spring.
Jurors deliberated for about six hours before convicting Curtis Lyle Hanley, 52, who prosecutors said was driving at nearly twice the speed limit and had been drinking when his pickup hit Daniel Okafor on Route 9 in April.
Hanley showed no reaction as the verdict was read. Judge Miriam Castellano set sentencing for Jan. 14 and ordered him held without bond.
Minutes later, on the steps of the Delmar County Courthouse, Okafor's mother, Patience Okafor, unfolded a sheet of paper and read a statement to reporters while her younger son, Emeka Okafor, held her arm.
"Danny left work at ten o'clock that night and texted me that he was on his way. That was the last message I ever got from my son.
"Today twelve people said what we have known since April: that this did not have to happen. Nothing will bring him back, but today he was not forgotten," she said.
The crowd of about 40 supporters, many wearing T-shirts printed with the words "Justice for Danny", applauded.
Emeka Okafor, 16, spoke briefly after his mother. "He taught me to ride a bike. Now I can't look at one," the teenager said.
Assistant Prosecutor Laura Brandt said the verdict sent a message that "a car can be a weapon".
"Mr. Hanley made a choice to drink and a choice to drive. Daniel Okafor made no choices that night except to go home," Brandt said.
During the four-day trial, the defense argued that the stretch of road was poorly lit and that the student's bike had no rear light. A crash reconstruction expert called by the defense told jurors that even a sober driver "might not have seen him in time."
Defense attorney Raymond Sutter said his client was "devastated" and would appeal.
"This is a tragedy for two families. We believe the jury was asked to decide this case on emotion rather than on the evidence, and we'll be asking the appeals court to look at that," Sutter said outside the courthouse.
One juror, a woman who declined to give her name as she left the building, said the decision had not been easy. "We looked at every piece of evidence. The blood test is what decided it for most of us," she said.
Okafor, a sophomore studying engineering at Delmar State, had been working evenings at a grocery store to pay his tuition. The university has created a scholarship in his name.
"We will take that scholarship and we will make sure it keeps his name alive," his mother said as she walked to her car.
""".strip().split("\n"), quotes=[
("Justice for Danny", None, {}),
("Danny left work at ten o'clock that night and texted me that he was on his way. That was the last message I ever got from my son.", "Patience Okafor", {"accept": []}),
("Today twelve people said what we have known since April: that this did not have to happen. Nothing will bring him back, but today he was not forgotten,", "Patience Okafor", {"accept": []}),
("Justice for Danny", None, {}),
("He taught me to ride a bike. Now I can't look at one,", "Emeka Okafor", {"accept": []}),
("a car can be a weapon", "Laura Brandt", {}),
("Mr. Hanley made a choice to drink and a choice to drive. Daniel Okafor made no choices that night except to go home,", "Laura Brandt", {}),
("might not have seen him in time.", "a crash reconstruction expert", {"unnamed": ["expert"]}),
("devastated", "Raymond Sutter", {}),
("This is a tragedy for two families. We believe the jury was asked to decide this case on emotion rather than on the evidence, and we'll be asking the appeals court to look at that,", "Raymond Sutter", {}),
("We looked at every piece of evidence. The blood test is what decided it for most of us,", "one juror", {"unnamed": ["juror"]}),
("We will take that scholarship and we will make sure it keeps his name alive,", "Patience Okafor", {"accept": []}),
]))

B25 = []

B25.append(dict(id="en-b25-tender-court-radebe", paras="""
Former municipal manager 'signed what was put in front of him', court hears
A former municipal manager accused of steering a R48-million water tender to a company linked to his nephew told the Pietersrand Regional Court on Wednesday that he had "signed what was put in front of him" and never read the bid documents.
Themba Radebe, 58, is on trial with his nephew, businessman Sizwe Radebe, 34, and two officials of the Umkhonto Local Municipality on charges of fraud, corruption and money laundering. All four have pleaded not guilty.
Under cross-examination by State advocate Nomsa Khumalo, the former manager said the bid evaluation committee had already recommended the company, Amanzi Flow Solutions, by the time the file reached his desk.
"I had 200 documents a week to sign. I trusted the committee. If they made a mistake, it was not my mistake," Radebe told the court.
Khumalo put it to him that the committee's own minutes showed he had attended the meeting at which the scores were changed.
"That is not correct, My Lady. I walked in to collect a file. I did not sit down," he replied.
The advocate then read out a WhatsApp message which the State says the former manager sent to his nephew two days before the tender closed: "Price it at 46, not 50. They will not look past 46."
Asked about the message, the 58-year-old said he "could not remember" sending it and that other people had used his phone at the office.
Magistrate Lindiwe Mahlangu intervened to ask whether he was disputing that the number belonged to him. He said he was not.
The younger Radebe's lawyer, Advocate Pieter du Toit, told the court that his client would testify next week and would "answer every allegation in full".
Outside court, about 30 residents of Umkhonto township sang and held placards reading "Where is our water?" Many said they had gone without running water for weeks at a time since the pipeline project was abandoned in 2022.
Grandmother Dudu Mthembu, 71, said she still carried water from a communal tap 800 metres from her house.
"They stole the money and we are still carrying buckets. I want to see them in orange overalls before I die," she said.
National Prosecuting Authority regional spokesperson Mthunzi Sithole said the State had 14 more witnesses to call.
"This is a case about water, which is a basic right. The NPA is confident that the evidence will speak for itself," Sithole said.
A municipal official who has worked in the supply-chain unit for a decade, and who asked not to be named for fear of victimisation, said staff had been "pressured from the top" for years.
"Everybody knew which companies were going to win before the bids were even opened. You did not ask questions if you wanted to keep your job," the official said.
The trial was postponed to Monday, when Radebe is expected to continue his testimony.
""".strip().split("\n"), quotes=[
("signed what was put in front of him", "Themba Radebe", {"accept": [], "implied": True}),
("signed what was put in front of him", "Themba Radebe", {"accept": []}),
("I had 200 documents a week to sign. I trusted the committee. If they made a mistake, it was not my mistake,", "Themba Radebe", {"accept": []}),
("That is not correct, My Lady. I walked in to collect a file. I did not sit down,", "Themba Radebe", {"accept": []}),
("Price it at 46, not 50. They will not look past 46.", "Themba Radebe", {"accept": []}),
("could not remember", "Themba Radebe", {"accept": []}),
("answer every allegation in full", "Pieter du Toit", {"accept": ["du Toit"]}),
("Where is our water?", None, {}),
("They stole the money and we are still carrying buckets. I want to see them in orange overalls before I die,", "Dudu Mthembu", {}),
("This is a case about water, which is a basic right. The NPA is confident that the evidence will speak for itself,", "Mthunzi Sithole", {}),
("pressured from the top", "a municipal official who has worked in the supply-chain unit for a decade", {"unnamed": ["official"]}),
("Everybody knew which companies were going to win before the bids were even opened. You did not ask questions if you wanted to keep your job,", "a municipal official who has worked in the supply-chain unit for a decade", {"unnamed": ["official"]}),
]))

B25.append(dict(id="en-b25-heat-rest-breaks", paras="""
Outdoor workers to get mandatory rest breaks in extreme heat from 2027: MOM
SINGAPORE - Employers will have to give outdoor workers a rest break of at least 15 minutes every hour when the heat stress level reaches "high", under rules the Ministry of Manpower (MOM) will make mandatory from April 2027.
The move, announced in Parliament on Tuesday (Nov 4), turns into law measures that have been voluntary since the ministry issued its "Heat Stress Advisory" in 2023.
Minister of State for Manpower Koh Poh Lin said the ministry had found that fewer than half of the worksites it inspected in 2026 followed the advisory in full.
"Guidelines were a good start, but a guideline that half the industry ignores is not protection. Our workers deserve a rule," said Dr Koh.
She was replying to Ms Tan Li Ting (Jurong East GRC), who had asked whether the ministry would act after two construction workers died of heatstroke this year.
Ms Tan welcomed the change but said the ministry should also publish the names of companies found in breach. "Naming is a powerful deterrent. Firms care about their reputation with developers far more than they care about a fine," she said.
In a Facebook post later that evening, Dr Koh wrote: "Singapore is getting hotter. We cannot change the weather, but we can change how we work in it." She added that smaller firms would be given a grace period of six months.
The Building Contractors Federation said its members supported the aim of the rules but were worried about costs and delays to projects.
Its president, Mr Tan Kah Seng, told The Harbour Times that firms already faced a shortage of workers. "Fifteen minutes every hour adds up. Somebody will have to pay for the extra days, and it should not only be the contractor," he said.
The 61-year-old said developers should build the extra time into contracts from the start.
Migrant worker advocacy group WorkFair SG said the rules were "long overdue".
Its executive director, Ms Priya Nair, said the breaks would only work if workers had somewhere cool to take them. "A break in the full sun beside a concrete wall is not a break. Shaded rest areas and cold water must come with the rule," she said.
At a worksite in Tuas on Wednesday, Bangladeshi worker Mohammad Rahman, 29, said the afternoons were the hardest part of his day.
"After lunch the steel is too hot to touch. Sometimes I feel dizzy, but I do not tell the supervisor because I do not want trouble," he said.
A safety coordinator at the same site, who declined to be named as he was not authorised to speak to the media, said his company already stopped heavy work at 3pm on the hottest days.
"The big firms can do it. The small subcontractors are the problem, and that is where most of the workers are," he said.
MOM said it would step up inspections from next year.
""".strip().split("\n"), quotes=[
("high", None, {}),
("Heat Stress Advisory", None, {}),
("Guidelines were a good start, but a guideline that half the industry ignores is not protection. Our workers deserve a rule,", "Koh Poh Lin", {"accept": ["Koh"]}),
("Naming is a powerful deterrent. Firms care about their reputation with developers far more than they care about a fine,", "Tan Li Ting", {"accept": []}),
("Singapore is getting hotter. We cannot change the weather, but we can change how we work in it.", "Koh Poh Lin", {"accept": ["Koh"]}),
("Fifteen minutes every hour adds up. Somebody will have to pay for the extra days, and it should not only be the contractor,", "Tan Kah Seng", {"accept": []}),
("long overdue", "WorkFair SG", {"accept": ["WorkFair"]}),
("A break in the full sun beside a concrete wall is not a break. Shaded rest areas and cold water must come with the rule,", "Priya Nair", {}),
("After lunch the steel is too hot to touch. Sometimes I feel dizzy, but I do not tell the supervisor because I do not want trouble,", "Mohammad Rahman", {}),
("The big firms can do it. The small subcontractors are the problem, and that is where most of the workers are,", "a safety coordinator at the same site", {"unnamed": ["coordinator"]}),
]))

B25.append(dict(id="en-b25-tabloid-bandmates", paras="""
Tiana's fury as ex-bandmate Becky brands her a 'fake friend' in midnight rant
FORMER Glitterbox singer Tiana Vale has hit back at ex-bandmate Becky Lomas after the star branded her a "fake friend" in an explosive late-night post.
The pair, who topped the charts with 2009 hit "Heartbeat Highway", have been at war since Tiana, 34, pulled out of the band's reunion tour last month.
In a furious Instagram story on Saturday night, Becky, 35, wrote: "Some people only remember who their friends are when there's a cheque involved. Twenty years I defended you. Never again."
She added a second post an hour later: "And before anyone asks, no, this isn't about money. It's about loyalty."
The posts were quickly deleted, but not before fans had shared screenshots thousands of times.
Tiana, who now presents breakfast show "Wake Up Britain", did not hold back when she replied on X yesterday morning.
"I pulled out of the tour because my mum is ill. Becky knows that. I told her before I told anyone," she posted. "Airing this in public at midnight says more about her than it does about me."
Her footballer husband Ryan Vale also waded in, posting a broken heart emoji and the words: "Some people need to grow up."
A source close to Tiana told us she had been left "in bits" by the row.
"She has been sitting by her mum's bedside in hospital for weeks. The last thing she needed was to wake up to this," the insider said. "She was in tears on the phone at 7am."
But a pal of Becky insisted the singer had been "blindsided" by the decision and only found out from the tour's promoters.
"Becky found out from an email. An email, after twenty years. She's hurt, and she's angry, and honestly who wouldn't be?" the friend said.
Fellow bandmate Shona Price, 36, who is still signed up for the 22-date tour, tried to play peacemaker.
"I love both of those girls. We've been through too much to end it like this. Phones down, kettle on, sort it out in person," the mum-of-two told fans on TikTok.
Tour promoters Starlight Live said in a statement: "The tour will go ahead as planned. We send our best wishes to Tiana and her family at this difficult time."
Glitterbox sold more than four million records before splitting in 2014. The reunion tour opens in Glasgow in March, with tickets still on sale for most dates.
Tiana's spokesperson declined to comment further last night, saying only that the presenter was "focusing on her family".
Becky, who has 1.2 million followers, has not posted since.
""".strip().split("\n"), quotes=[
("fake friend", "Becky Lomas", {"accept": ["Lomas", "Becky"], "implied": True}),
("fake friend", "Becky Lomas", {"accept": ["Lomas", "Becky"]}),
("Heartbeat Highway", None, {}),
("Some people only remember who their friends are when there's a cheque involved. Twenty years I defended you. Never again.", "Becky Lomas", {"accept": ["Lomas", "Becky"]}),
("And before anyone asks, no, this isn't about money. It's about loyalty.", "Becky Lomas", {"accept": ["Lomas", "Becky"]}),
("Wake Up Britain", None, {}),
("I pulled out of the tour because my mum is ill. Becky knows that. I told her before I told anyone,", "Tiana Vale", {"accept": ["Tiana"]}),
("Airing this in public at midnight says more about her than it does about me.", "Tiana Vale", {"accept": ["Tiana"]}),
("Some people need to grow up.", "Ryan Vale", {"accept": ["Ryan"]}),
("in bits", "a source close to Tiana", {"unnamed": ["source", "insider"]}),
("She has been sitting by her mum's bedside in hospital for weeks. The last thing she needed was to wake up to this,", "a source close to Tiana", {"unnamed": ["source", "insider"]}),
("She was in tears on the phone at 7am.", "a source close to Tiana", {"unnamed": ["source", "insider"]}),
("blindsided", "a pal of Becky", {"unnamed": ["pal", "friend"]}),
("Becky found out from an email. An email, after twenty years. She's hurt, and she's angry, and honestly who wouldn't be?", "a pal of Becky", {"unnamed": ["pal", "friend"]}),
("I love both of those girls. We've been through too much to end it like this. Phones down, kettle on, sort it out in person,", "Shona Price", {}),
("The tour will go ahead as planned. We send our best wishes to Tiana and her family at this difficult time.", "Starlight Live", {"accept": ["Starlight", "the statement", "promoters"]}),
("focusing on her family", "Tiana's spokesperson", {"unnamed": ["spokesperson"]}),
]))

B25.append(dict(id="en-b25-nz-upturned-boat", paras="""
Father and son found clinging to upturned boat off Raglan after four hours in the water
A father and his teenage son have been rescued after spending nearly four hours in the water clinging to their upturned boat off the Raglan coast.
Coastguard Waikato said the pair were spotted by a volunteer crew about 6km west of the harbour bar just before 5pm on Sunday, after a family member raised the alarm when they failed to return.
Hemi Walker, 47, and his son Nikau, 15, had set out to fish for snapper early in the afternoon in their 4.5-metre aluminium boat, the "Kahu".
Speaking from his home this morning, Hemi Walker said a wave had hit them side-on as they were heading back in.
"It was over in about two seconds. One minute we're sitting there talking about dinner, the next we're both in the water and the boat's upside down on top of us.
"I grabbed Nikau by the life jacket and got us both onto the hull. I kept telling him, they're coming, just hold on, they're coming."
The 47-year-old said he had not been sure anyone would find them before dark.
His son said the cold was the worst part. "I couldn't feel my hands after the first hour. Dad kept making me sing to stay awake," the teenager said.
Coastguard Waikato duty officer Shane Tuhoe said the two had done "everything right" by staying with the boat and wearing life jackets.
"A boat upside down is a lot easier to find than a head in the water. If they'd tried to swim for it, I don't think we'd be talking about a rescue today," he said.
He said the crew from Coastguard Raglan had followed a search pattern based on the tides and wind, and had been helped by a rescue helicopter that was already in the area.
Helicopter crewman Aaron Fitzgerald said they saw the hull first. "It was just a flash of silver in the swell. Then we saw two arms waving and that's when you know it's a good day," he said.
Both were taken to Waikato Hospital with mild hypothermia and were discharged on Monday morning.
Nikau's mother, Aroha Walker, who called for help when they had not returned by 3pm, said she had spent the afternoon on the beach watching the sea.
"You just stand there and look at the water and bargain with it. I've never been so glad to see a helicopter in my life," she said.
A police spokesperson said Maritime New Zealand had been notified, as is routine, and that no further action was expected.
Walker said he planned to hire an emergency locator beacon before going out again.
"Forty dollars a year to hire one. I used to think that was a waste of money. Not any more," he said.
Coastguard is urging boaties to check the marine forecast before heading out and to carry two waterproof ways of calling for help.
""".strip().split("\n"), quotes=[
("Kahu", None, {}),
("It was over in about two seconds. One minute we're sitting there talking about dinner, the next we're both in the water and the boat's upside down on top of us.", "Hemi Walker", {"accept": []}),
("I grabbed Nikau by the life jacket and got us both onto the hull. I kept telling him, they're coming, just hold on, they're coming.", "Hemi Walker", {"accept": []}),
("I couldn't feel my hands after the first hour. Dad kept making me sing to stay awake,", "Nikau Walker", {"accept": ["Nikau"]}),
("everything right", "Shane Tuhoe", {}),
("A boat upside down is a lot easier to find than a head in the water. If they'd tried to swim for it, I don't think we'd be talking about a rescue today,", "Shane Tuhoe", {}),
("It was just a flash of silver in the swell. Then we saw two arms waving and that's when you know it's a good day,", "Aaron Fitzgerald", {}),
("You just stand there and look at the water and bargain with it. I've never been so glad to see a helicopter in my life,", "Aroha Walker", {"accept": []}),
("Forty dollars a year to hire one. I used to think that was a waste of money. Not any more,", "Hemi Walker", {"accept": []}),
]))

B25.append(dict(id="en-b25-earnings-call-ai-margins", paras="""
Veridian shares slide as chief warns AI spending will weigh on margins into 2027
Shares in cloud software group Veridian Systems fell 11 per cent in after-hours trading on Thursday after the company said heavy spending on artificial intelligence would squeeze its profit margins for at least another year.
Revenue rose 18 per cent to $4.2bn in the three months to the end of September, slightly ahead of forecasts, but operating margin fell to 21 per cent from 26 per cent a year earlier as the company spent more on data centres and chips.
"We are building for the next decade, not the next quarter," chief executive Dana Whitlock told analysts on a call after the results. "I would rather explain a lower margin today than explain to you in three years why we missed the biggest shift in our industry."
Whitlock said customers had signed up for Nimbus, the company's AI assistant, faster than for any product in its history.
Chief financial officer Oren Feld said capital spending would rise to between $6bn and $6.5bn next year, up from about $4bn this year.
"We expect margins to stabilise in the second half of 2027 as the new capacity comes into use," he said. "This is a deliberate choice. It is not a loss of discipline."
Several analysts pressed the two executives on when the investment would pay off.
"You are asking investors to fund a very large bet on faith. What do we get to see, and when?" asked Priya Raghavan of Castlegate Securities.
Whitlock replied that the company would begin reporting revenue from Nimbus separately "when it is big enough to be meaningful", which drew a follow-up question from Raghavan about what that meant.
"You'll know it when you see it," the chief executive said, to some laughter on the line.
Tom Ebbing of Northfield Partners asked whether the company was considering job cuts to protect margins. Feld said there were no plans for "broad-based" reductions but that hiring outside AI engineering had slowed.
In a note to clients after the call, Ebbing wrote that the results were "solid but not the beat the market wanted", and cut his price target to $310 from $345.
"The AI story is real, but investors are now being asked to pay for it twice: once in the share price and once in the margin," he wrote.
A former Veridian sales manager, who left the company this year and spoke on condition of anonymity, said sales staff had been told to offer Nimbus free for a year to win contract renewals.
"A lot of those sign-ups are free seats. The question is how many turn into paying seats when the year is up," the former manager said.
Veridian declined to comment on its discounting.
The company also announced a $5bn share buyback, which Feld described as a sign of "confidence in the cash we generate".
The shares had risen 34 per cent this year before the results.
""".strip().split("\n"), quotes=[
("We are building for the next decade, not the next quarter,", "Dana Whitlock", {}),
("I would rather explain a lower margin today than explain to you in three years why we missed the biggest shift in our industry.", "Dana Whitlock", {}),
("We expect margins to stabilise in the second half of 2027 as the new capacity comes into use,", "Oren Feld", {}),
("This is a deliberate choice. It is not a loss of discipline.", "Oren Feld", {}),
("You are asking investors to fund a very large bet on faith. What do we get to see, and when?", "Priya Raghavan", {}),
("when it is big enough to be meaningful", "Dana Whitlock", {}),
("You'll know it when you see it,", "Dana Whitlock", {}),
("broad-based", "Oren Feld", {}),
("solid but not the beat the market wanted", "Tom Ebbing", {}),
("The AI story is real, but investors are now being asked to pay for it twice: once in the share price and once in the margin,", "Tom Ebbing", {}),
("A lot of those sign-ups are free seats. The question is how many turn into paying seats when the year is up,", "a former Veridian sales manager", {"unnamed": ["manager"]}),
("confidence in the cash we generate", "Oren Feld", {}),
]))

B25.append(dict(id="en-b25-obituary-midwife", paras="""
Hexley midwife who delivered a town's babies for 40 years dies aged 91
Margaret "Peggy" Ashworth, the midwife who delivered an estimated 5,000 babies in Hexley and the surrounding villages over four decades, has died aged 91.
She died peacefully at her home on Tuesday, surrounded by her family, her daughter said.
Born in Salford in 1935, she trained as a nurse at Manchester Royal Infirmary before moving to Hexley in 1961, where she worked as a community midwife until she retired in 2001. In the early years she made her home visits by bicycle, and later in a green Morris Minor that became known in the town as "the stork car".
Her daughter, Helen Ashworth, 64, said her mother had never stopped being a midwife, even in retirement.
"She could not walk through the market without someone stopping her to say, you delivered me, or you delivered my son. She remembered most of them, and she always asked after the baby, even when the baby was 50.
"Mum was never off duty. If the phone rang at three in the morning, she was dressed before it stopped ringing," she said.
Her son, David Ashworth, 61, said she had been strict but warm. "She had no patience for fuss. But if you were frightened, she was the calmest person in the room," he said.
Mrs Ashworth wrote a memoir, "Ten Thousand Knocks", published in 1998, about her years of home visits. In an interview with this newspaper in 2011, she said she had never thought of the work as a job.
"You are let into a house at the most important moment of a family's life. That is a privilege, not a job, and I never forgot it," she said then.
Dr Femi Adeyemi, who worked alongside her as a GP in Hexley from 1979, described her as "the backbone of the practice".
"Young doctors were terrified of her, and rightly so. She had forgotten more about delivering babies than most of us would ever learn," he said. "I was one of those young doctors."
The former head of midwifery at Hexley General Hospital, Janet Orme, said the midwife had trained dozens of students and had pushed for the town's first birth centre in the 1980s.
"Peggy fought for that unit for ten years. Every woman who has had a baby there since owes her something," Ms Orme said.
One mother Mrs Ashworth helped in 1972, who asked not to be named, wrote on a town community page: "She came out in a snowstorm at two in the morning and stayed until my daughter was born at nine. I have never forgotten her kindness."
Mrs Ashworth's husband, Frank, a postman, died in 2009. She is survived by her two children, five grandchildren and three great-grandchildren.
Her funeral will be held at St Michael's Church, Hexley, on December 19. The family has asked for donations to the Hexley Birth Centre in place of flowers.
""".strip().split("\n"), quotes=[
("Peggy", None, {}),
("the stork car", None, {}),
("She could not walk through the market without someone stopping her to say, you delivered me, or you delivered my son. She remembered most of them, and she always asked after the baby, even when the baby was 50.", "Helen Ashworth", {"accept": []}),
("Mum was never off duty. If the phone rang at three in the morning, she was dressed before it stopped ringing,", "Helen Ashworth", {"accept": []}),
("She had no patience for fuss. But if you were frightened, she was the calmest person in the room,", "David Ashworth", {"accept": []}),
("Ten Thousand Knocks", None, {}),
("You are let into a house at the most important moment of a family's life. That is a privilege, not a job, and I never forgot it,", "Margaret Ashworth", {"accept": ["Peggy Ashworth"]}),
("the backbone of the practice", "Femi Adeyemi", {}),
("Young doctors were terrified of her, and rightly so. She had forgotten more about delivering babies than most of us would ever learn,", "Femi Adeyemi", {}),
("I was one of those young doctors.", "Femi Adeyemi", {}),
("Peggy fought for that unit for ten years. Every woman who has had a baby there since owes her something,", "Janet Orme", {}),
("She came out in a snowstorm at two in the morning and stayed until my daughter was born at nine. I have never forgotten her kindness.", "one mother Mrs Ashworth helped in 1972", {"unnamed": ["mother"]}),
]))

out = {"about": ("Short English news articles written by hand in the house styles real news uses (wire copy, "
                 "British style, sport, courts, an interview, a quotation over several paragraphs, a speaker "
                 "named later by role only), every person in them invented; each quotation labelled with its "
                 "speaker by the writer before the engine ran on them (batch 6, at the start of a release, "
                 "before its rules; batch 7 after batch 6 was measured, in the same way; batch 8 at the start of a later release, before its rules; batch 9 the same at the start of the next; batch 10 the same at the start of a later one; batch 11 the same at the start of a later one, by a helper who writes no rules; batch 13 the same at the start of a later one, by a helper who writes no rules; batch 15 the same at the start of a later one, by a helper who writes no rules; batch 16 the same at the start of a later one, by a helper who writes no rules; batch 17 the same at the start of a later one, by a helper who writes no rules; batch 18 the same at the start of a later one, by a helper who writes no rules; batch 19 the same at the start of a later one, by a helper who writes no rules; batch 20 the same at the start of a later one, by a helper who writes no rules; batch 21 the same at the start of a later one, by a helper who writes no rules; batch 22 the same at the start of a later one, by a helper who writes no rules; batch 23 the same at the start of a later one, by a helper who writes no rules; batch 24 the same at the start of a later one, by a helper who writes no rules; batch 25 the same at the start of a later one, by a helper who writes no rules). Same fields and rules as gold.json. Only measured: its misses are never "
                 "listed, save those of the batches marked read (batch 6: measured twice as unseen, "
                 "88.6 % right, 6.8 % wrong, then spent to be read). See README.md."), "articles": []}

for order, a in enumerate([*(dict(x, batch=6) for x in B6), *(dict(x, batch=7) for x in B7),
                           *(dict(x, batch=8) for x in B8), *(dict(x, batch=9) for x in B9),
                           *(dict(x, batch=10) for x in B10), *(dict(x, batch=11) for x in B11),
                           *(dict(x, batch=13) for x in B13),
                           *(dict(x, batch=15) for x in B15),
                           *(dict(x, batch=16) for x in B16),
                           *(dict(x, batch=17) for x in B17),
                           *(dict(x, batch=18) for x in B18),
                           *(dict(x, batch=19) for x in B19),
                           *(dict(x, batch=20) for x in B20),
                           *(dict(x, batch=21) for x in B21),
                           *(dict(x, batch=22) for x in B22),
                           *(dict(x, batch=23) for x in B23),
                           *(dict(x, batch=24) for x in B24),
                           *(dict(x, batch=25) for x in B25)]):
    text = "\n".join(a["paras"])
    quotes = placed_quotes(a["id"], text, a["quotes"])
    row = {"id": a["id"], "corpus": "written", "lang": "en", "batch": a["batch"], "order": order,
           "text": text, "quotes": quotes}
    if a["batch"] in READ_BATCHES:
        row["read"] = True
    out["articles"].append(row)
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_english.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes", sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
