"""Build benchmarks/data/speakers/written_english.json: short English news articles written by
hand in the house styles real news uses (wire copy, British style, sport, courts, an interview,
a quotation over several paragraphs), each quotation labelled with its speaker by the writer
before the engine ran on them. Only measured: its misses are never listed, save batch 6's, which
was measured twice as unseen and then spent to be read ("read": true; --english-read [--show])."""
import json, sys

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

out = {"about": ("Short English news articles written by hand in the house styles real news uses (wire copy, "
                 "British style, sport, courts, an interview, a quotation over several paragraphs, a speaker "
                 "named later by role only), every person in them invented; each quotation labelled with its "
                 "speaker by the writer before the engine ran on them (batch 6, at the start of a release, "
                 "before its rules). Same fields and rules as gold.json. Only measured: its misses are never "
                 "listed, save those of the batches marked read (batch 6: measured twice as unseen, "
                 "88.6 % right, 6.8 % wrong, then spent to be read). See README.md."), "articles": []}

for order, a in enumerate(dict(x, batch=6) for x in B6):
    text = "\n".join(a["paras"])
    quotes, pos = [], 0
    for qt, spk, extra in a["quotes"]:
        s = text.find(qt, pos)
        if s < 0: sys.exit(f"{a['id']}: not found {qt!r}")
        q = {"start": s, "end": s + len(qt), "text": qt, "speaker": spk, "implied": False}
        if spk:
            words = spk.split()
            if len(words) >= 2 and not extra.get("unnamed"):
                q["accept"] = [words[-1]]
        q.update(extra)
        quotes.append(q); pos = s + len(qt)
    row = {"id": a["id"], "corpus": "written", "lang": "en", "batch": a["batch"], "order": order,
           "text": text, "quotes": quotes}
    if a["batch"] in READ_BATCHES:
        row["read"] = True
    out["articles"].append(row)
json.dump(out, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)  # argv[1]: written_english.json
print(sum(len(a["quotes"]) for a in out["articles"]), "quotes", sum(1 for a in out["articles"] for q in a["quotes"] if q["speaker"]), "stated")
