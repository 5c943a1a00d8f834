"""The abuse rules together, through the whole scorer: a veiled threat and sexual harassment each named, and
the comments each QA probe found approved held by the pipeline (a probe's list mixes insults, threats,
sexual harassment, doxxing and the hold list). Each rule's own tests are in test_insults.py,
test_threats.py, test_harassment.py and test_doxxing.py."""

import pytest

from commentguard.scoring.base import CommentInput, Verdict


def test_the_toxicity_scorer_holds_a_veiled_threat_and_sexual_harassment_and_names_each():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Maybe someone should pay them a visit.")] == [
        ("threat", 'makes a veiled threat ("someone should pay them a visit")')
    ]
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("I'd love to bend her over my desk.")] == [
        ("sexual_harassment", 'sexually harasses someone ("i d love to bend her over")')
    ]
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("I'd love to r*pe her")] == [  # masked
        ("sexual_harassment", 'sexually harasses someone ("i d love to rape her")')
    ]
    assert not scorer.holds("You should pay them a visit at the open day")


def test_a_comment_that_threatens_twice_is_held_for_a_threat_once():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    held = scorer.holds("I know where you live. Maybe someone should pay you a visit.")
    assert [(f.reason.code, f.reason.message) for f in held] == [
        ("threat", 'threatens the reader ("i know where you live")')
    ]


def assert_held_by_the_pipeline_for(text: str, code: str) -> None:
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules_config import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shut up, you ignorant bitch.", "insult"),
        ("Go get a real job, moron.", "insult"),
        ("Go back to your own country, we don't want your kind here.", "insult"),
        ("The councilwoman's kids go to Lincoln Elementary, pickup is at 3:15. Maybe someone should pay them a visit.", "threat"),
        ("Nice photo of the reporter. I'd love to bend her over my desk.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_qa_probe_found_approved(text, code):
    assert_held_by_the_pipeline_for(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nobody asked, you absolute retard.", "insult"),
        ("Typical snowflake. Cry harder, loser.", "insult"),
        ("Say that to my face and see what happens. I'll put you in hospital.", "threat"),
        ("The reporter who wrote this had better watch himself when he leaves the office.", "threat"),
        ("Found the reporter's home address, it's 22 Oakfield Close. Someone should go and have a word.", "doxxing"),
        ("Send nudes and I'll stop commenting on your articles, sweetheart.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_second_qa_probe_found_approved(text, code):
    assert_held_by_the_pipeline_for(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bob is a r3tard and a pathetic loser who lives in his mom's basement, ignore him.", "insult"),
        ("Jessica Moore is a lying piece of sh*t propagandist. Worst 'journalist' in the state.", "insult"),
        ("Who let this idiot write for a newspaper? Your editor should fire you, you illiterate hack.", "insult"),
        ("Imagine being this dumb and proud of it. Your parents must be so disappointed in you.", "insult"),
        ("Keep writing lies like this and see what happens when you walk to your car one night.", "threat"),
        ("The reporter should watch her back. We know where the paper's office is.", "threat"),
        ("Nice rack on the reporter in her byline photo. Bet she'd be fun in bed.", "sexual_harassment"),
        ("She only got the job because she's sleeping with the editor. Typical wh*re.", "sexual_harassment"),
        (
            "The 'anonymous' complainant is Sarah Liu, she works at the dental office on 3rd and her kids go to "
            "Westview Elementary. Make her famous.",
            "doxxing",
        ),
        ("Du bist ein dummer Hurensohn, halt einfach die Fresse.", "toxic_term"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_third_qa_probe_found_approved(text, code):
    assert_held_by_the_pipeline_for(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@Greg_M you are genuinely the dumbest person who has ever posted on this site. Go back to your coloring book.", "insult"),
        ("Shut the f*** up Kevin you inbred hick, nobody cares what a sister-marrying loser thinks.", "insult"),
        ("Councilman Pratt, I know what your car looks like. You vote for that tax again and you won't be driving it home.", "threat"),
        ("Would be a shame if something happened to that nice little newsroom on Water Street some night. Just saying.", "threat"),
        ("Amanda Cole, you should really think about what you write. People know where you park. Accidents happen.", "threat"),
        ("Keep posting, Linda. Your husband's truck is very recognizable. Be a shame about those brake lines.", "threat"),
        ("Keep running your mouth Tom, I know you drink at Rusty's every Friday. Maybe we'll have a little chat in the parking lot.", "threat"),
        ("im gonna find u and beet ur face in til ur own momma dont recognise u", "threat"),
        ("Sé dónde trabajas, maldito sapo. Vas a pagar por lo que escribiste, te lo juro.", "threat"),
        ("Here's the judge's personal cell, 555-291-7734. Let's all give him a call at 2am and tell him what we think.", "doxxing"),
        (
            "The kid who filmed the fight goes to Westbrook Middle, his name is Tyler Brandt, 7th grade, gets picked up at 3:15 "
            "by the side gate. Someone should teach him a lesson.",
            "doxxing",
        ),
        ("Found him. The guy who ran over the dog is Brian Tessler, 2211 Oakview Dr, drives a gray F-150 plate KLM-4471. Make his life hell.", "doxxing"),
        ("Honestly Megan should stick to doing the weather in a tight dress. I'd love to give her a private interview ;)", "sexual_harassment"),
        ("@Lisa_R with that profile pic you can come sit on my lap and I'll explain economics to you sweetheart", "sexual_harassment"),
        ("That anchor can read me the headlines in bed any time. Bet she's a freak, someone find her IG and post it here.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_fourth_qa_probe_found_approved(text, code):
    assert_held_by_the_pipeline_for(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # insults: asked, exclaimed before words to the commenter, a name at the head of a sentence, wits measured
        ("Are you genuinely this dense or just pretending?", "insult"),
        ("what a moron. Read the article before commenting", "insult"),
        ("Absolute drongo. Every comment you make is garbage", "insult"),
        ("Absolute sh1thead. Read a book", "insult"),  # a masked name keeps its full stop
        ("stupid sp*stic cant even read the league table", "insult"),
        ("Fuckin dyke ref ruined the game", "insult"),
        ("Shes a whore, simple as", "insult"),
        ("Shut up you snivelling little weasel", "insult"),
        ("You have the IQ of a potato, a cold one", "insult"),
        ("ur brain is smaller than a pea", "insult"),
        ("Typical dimwit comment from a typical dimwit", "insult"),
        ("Bet she's on her period writing this", "insult"),
        ("Dumb bimbo shouldnt be reading the news", "insult"),
        # threats, to the reader and to anyone: at the door, to their things, blows struck, harm coming
        ("Post one more comment like that and I'm coming round to yours with a cricket bat", "threat"),
        ("One more reply from you and I'm going to show up at your work.", "threat"),
        ("keep typing sh1t like that and ill burn ur car out", "threat"),
        ("That councillor better have good security because Im coming for him", "threat"),
        ("If I see the gaffer in town I'm glassing him, no joke", "threat"),
        ("If that ref shows his face in Bradford again hes getting his legs broken", "threat"),
        ("that CEO is getting a brick through his window, mark my words", "threat"),
        ("Keep it up and I'll find you. Your username isnt that hard to trace.", "threat"),
        ("Watch your back. I've got your IP.", "threat"),
        ("that woman won't be leaving in one piece", "threat"),
        ("you'll be six feet under if you keep this up, I promise you that", "threat"),
        ("Nice house in Sacramento. Shame if something happened to it.", "threat"),
        # wishes of harm and urging self-harm in other words
        ("I hope both your knees snap. Permanently.", "harm_wish"),
        ("hope the shark gets you next time mate", "harm_wish"),
        ("Wish you a very slow painful death x", "harm_wish"),
        ("I'd laugh if you got stabbed on the way home tonight", "harm_wish"),
        ("Someone like you should've died at birth honestly", "harm_wish"),
        ("Someone with your opinions deserves to drown.", "harm_wish"),
        ("please just OD and spare us your takes", "harm_wish"),
        ("if i was you id have topped myself years ago", "harm_wish"),
        ("Rope. Tree. You.", "harm_wish"),
        # calls for violence, sexual harassment, contempt for a people
        ("Every one of those tech CEOs should be put against a wall", "violence"),
        ("Someone should blow up that clinic", "violence"),
        ("Bash the next greenie you see blocking the road", "violence"),
        ("This billionaire would look good hanging from a lamppost", "violence"),
        ("Hey sexy reporter how much for an hour", "sexual_harassment"),
        ("DM me your nudes and Ill stop commenting", "sexual_harassment"),
        ("Nice pic love, send more without the top", "sexual_harassment"),
        ("Bet you'd like it if I held you down", "sexual_harassment"),
        ("Wanna know what I'd do to you?", "sexual_harassment"),
        ("Someone should rape that councillor", "sexual_harassment"),
        ("Id bend that journo over her desk", "sexual_harassment"),
        ("Nigerians are all scammers, every single one", "dehumanising"),
        ("The French are cowards and always have been", "dehumanising"),
        ("disabled people are just useless eaters", "toxic_term"),
        # the kinds plain list 10 let through
        ("someone please shoot the minister before he signs it", "violence"),
        ("we're going to break his legs", "violence"),
        ("im going to beat him senseless", "violence"),
        ("ill cut his throat myself", "violence"),
        ("Id stab that dealer in the neck given half a chance", "violence"),
        ("somebody go beat the crap out of that protester please", "violence"),
        ("knock every cyclist you see off their bike", "violence"),
        ("find the ref after the match and give him a kicking he wont forget", "violence"),
        ("go to the synagogue and teach them a lesson theyll never forget", "violence"),
        ("meet at the park at 9, bring bats", "violence"),
        ("hope the ref crashes his car on the way home", "harm_wish"),
        ("I hope the whole lot of them drown next time the river floods", "harm_wish"),
        ("wishing a slow painful death on whoever wrote this article", "harm_wish"),
        ("put a gun in your mouth and stop embarrassing yourself", "harm_wish"),
        ("starve yourself a bit more love", "harm_wish"),
        ("have you considered not existing? rope's cheap", "harm_wish"),
        ("im going to find that goalkeepers house and put a brick through the window", "threat"),
        ("reply again and ill break every finger you type with", "threat"),
        ("ill drag you out of your house by your hair", "threat"),
        ("show your face in this town again or hes getting done in", "threat"),
        ("bet youd shut up with my dick in your mouth", "sexual_harassment"),
        ("your profile pic got me hard whats your number", "sexual_harassment"),
        ("Id pay good money to watch the newsreader strip", "sexual_harassment"),
        ("babe stop arguing and come sit on this", "sexual_harassment"),
        ("DM me your bra size sweetheart", "sexual_harassment"),
        ("your so ugly and thick no wonder you spend all day on here", "insult"),
        ("you sad lonely bitter little man", "insult"),
        ("typical dyke angry at everything", "insult"),
        ("congratulations on being the dumbest commenter of the week again", "insult"),
        ("brainless muppet. every post you make lowers the iq of this page", "insult"),
        ("fuckwit of the highest order right here", "insult"),
        ("absolute bellend crawl back into your hole", "insult"),
        ("the whole team plays like a bunch of spastics", "insult"),
        ("hes a fa66ot", "toxic_term"),
        ("Germans are nazis at heart every last one", "dehumanising"),
        # the kinds plain list 11 let through
        ("im gonna wait outside the studio and throw acid at that presenter", "violence"),
        ("make the away fans bleed on saturday lads", "violence"),
        ("name and shame then go round and batter him.", "violence"),
        ("if anyone sees that mp in the street deck him. free pass", "violence"),
        ("time to start shooting looters on sight", "violence"),
        ("that mayor will be hanging from a lamppost by summer", "violence"),
        ("i wish your whole family died in a house fire tbh", "harm_wish"),
        ("fingers crossed the next stroke kills him off", "harm_wish"),
        ("maybe overdose properly this time", "harm_wish"),
        ("if i was as thick as you id have topped myself years ago", "harm_wish"),
        ("I hope every one of those protesters gets run over and dies", "harm_wish"),
        ("better hope i never find out their name because i will end them", "threat"),
        ("next time you post im coming to your house to burn it down with you in it", "threat"),
        ("that influencer is getting her face rearranged next time", "threat"),
        ("your car and your face are both getting done this week", "threat"),
        ("reply again and youre getting a visit.", "threat"),
        ("im driving up there this weekend and he wont walk away from it", "threat"),
        ("going to the next game with a brick for that goalkeeper.", "threat"),
        ("ill be waiting outside the courthouse with a rope", "threat"),
        ("i have a shotgun and a lot of free time. keep typing karen", "threat"),
        ("coming for you congressman.", "threat"),
        ("i screenshotted your profile. found your work.", "threat"),
        ("ill come round and shut your mouth for you", "threat"),
        ("meet me outside saturday and ill knock you spark out", "threat"),
        ("what a repulsive brain dead individual you are", "insult"),
        ("typical maga dipshit too fucking stupid to read", "insult"),
        ("shut it you spastic nobody asked", "insult"),
        ("dyke refs ruining the womens game", "insult"),
        ("the retards in parliament voted for it obviously", "insult"),
        ("listen here you shit for brains wanker", "insult"),
        ("dm me your tits and ill listen to your opinion", "sexual_harassment"),
        ("show us your bum and well talk", "sexual_harassment"),
        ("get your top off then well see if youve got a point", "sexual_harassment"),
        ("what colour knickers you wearing while you type that?", "sexual_harassment"),
        ("nice profile pic sweetheart id ruin you", "sexual_harassment"),
        ("Americans are the dumbest people on earth", "dehumanising"),
        ("liberals are a virus infecting everything they touch", "dehumanising"),
        ("rag heads at it again", "toxic_term"),
        # the kinds plain list 12 let through
        ("put that celebrity in a room with me and she wont come out breathing", "threat"),
        ("the cop who did this is a dead man if i ever find him", "threat"),
        ("comment again and ill drive up to red deer and put you in the ground myself", "threat"),
        ("post your address tough guy. ill come round and sort you out properly", "threat"),
        ("im going down to that council meeting with my shotgun", "threat"),
        ("ive screenshotted your profile. see you soon ya dog", "threat"),
        ("meet me outside the gabba after the game and ill rearrange your face", "threat"),
        ("wish a bus would take out that whole protest", "harm_wish"),
        ("hoping the reporter who wrote this drops dead before lunch", "harm_wish"),
        ("pray every night that you and your family get wiped out", "harm_wish"),
        ("wish that whole council would just drop dead", "harm_wish"),
        ("i will personally beat the umpire senseless", "violence"),
        ("give the squatters a hiding they wont forget", "violence"),
        ("any real man would knock that ref out cold. somebody do it", "violence"),
        ("everyone needs to go to the pride parade with bricks this year", "violence"),
        ("someone give me five minutes alone with the mayor and a baseball bat", "violence"),
        ("put a bounty on the head of that crown prosecutor", "violence"),
        ("come here and ill shut you up with my dick", "sexual_harassment"),
        ("reckon youd look good tied up in the back of my ute love", "sexual_harassment"),
        ("hey sarah dm me a nude", "sexual_harassment"),
        ("id like to see whats under the newsreaders skirt", "sexual_harassment"),
        ("the defence lawyer in the pic is gagging for it", "sexual_harassment"),
        ("id do things to her shed never forget", "sexual_harassment"),
        ("bet youd look better with nothing on. send more", "sexual_harassment"),
        ("that actress is only good for one thing", "sexual_harassment"),
        ("bet youre great on your knees sweetheart", "sexual_harassment"),
        ("i want her in my bed tonight", "sexual_harassment"),
        ("stupid wog cant even speak english", "insult"),
        ("another abo bludging off the taxpayer", "insult"),
        ("that judge is a dyke who hates men", "insult"),
        ("ok dipshit keep crying", "insult"),
        ("go suck a bag of dicks troll", "insult"),
        ("christians are brainwashed morons every last one", "dehumanising"),
        ("canada is a nation of spineless losers", "dehumanising"),
        ("wagon burners blocking the highway again", "toxic_term"),
        # the kinds plain list 13 let through
        ("You better hope we never meet because I'll cave your head in.", "threat"),
        ("Meet me in the Kroger lot Saturday and I'll stomp your teeth in.", "threat"),
        ("I'd batter you senseless ya wee rat", "threat"),
        ("If that kicker shows his face in town again he's getting his legs broke.", "threat"),
        ("The neighbour who called the cops on us is getting a visit.", "threat"),
        ("The ref that gave that penalty wont make it home next time hes at Celtic Park", "threat"),
        ("Principal Hayes, you're done. I'll be at your house before you get home.", "threat"),
        ("The landlord that evicted my sister will be getting his windows put in", "threat"),
        ("Hope the referee has a heart attack on the drive home.", "harm_wish"),
        ("Swallow the whole bottle next time.", "harm_wish"),
        ("All Celtic fans should be attacked on sight after Saturday.", "violence"),
        ("Someone needs to go down to that asylum centre and burn it out.", "violence"),
        ("Your mouth would be better used on my c*ck.", "sexual_harassment"),
        ("That female ref needs a good shag", "sexual_harassment"),
        ("I'd smash that weather girl so hard she'd forget the forecast.", "sexual_harassment"),
        ("DM me your pics babe, I know you want to.", "sexual_harassment"),
        ("Catholics are all child abusers or cover for them.", "dehumanising"),
        ("Protestants are bigots by birth.", "dehumanising"),
        ("You're a fucking wank stain, pal.", "insult"),
        ("Imbecile. Read a book for once in your miserable life.", "insult"),
        ("Absolute dickwad. Go back to Facebook.", "insult"),
        ("You absolute clown. Go back to your mom's basement.", "insult"),
        # an order after a comma, a colon or a dash, where the comment's words lose the mark
        ("Obama is a traitor and a liar, hang him.", "violence"),
        ("Guilty as sin - shoot him", "violence"),
        ("Any protester blocking the road, run them over.", "violence"),
        ("Traitors, the lot of them: line them up against the wall", "violence"),
        # harm wished on the reader, or starving and freezing to death on anyone
        ("I hope you rot in hell", "harm_wish"),
        ("Hope you freeze this winter.", "harm_wish"),
        ("I hope you all suffer", "harm_wish"),
        ("I hope your kids starve", "harm_wish"),
        ("I hope he freezes to death this winter", "harm_wish"),
        # run over with a vehicle, shot on sight, swinging from a rope
        ("Someone should run her over with one of her precious bikes.", "violence"),
        ("Shoot anyone crossing the border on sight.", "violence"),
        ("Every politician who voted yes should be swinging from a rope", "violence"),
        ("In a better era men like this would be swinging from the nearest tree.", "violence"),
        # self-harm urged in more stock words, on anyone who "should", and after a reply's handle
        ("The coach should just eat his gun after that loss", "harm_wish"),
        ("This MP should take poison out of shame", "harm_wish"),
        ("After this match the striker should jump from the bridge", "harm_wish"),
        ("@ravi_patil jump in front of a local train, Mumbai will thank you", "harm_wish"),
        ("@Oluwaseun_1 go and drink poison", "harm_wish"),
        # an illness wished on people, a painful death asked of God, a knock-down by a vehicle
        ("Wishing cancer on every single school board member who voted for this.", "harm_wish"),
        ("May god give this paper leak mafia a painful death.", "harm_wish"),
        ("Hope that referee gets knocked down by a danfo on his way home tonight", "harm_wish"),
        # blows after a comma, both legs broken, set on fire, stoned
        ("Any KPLC guy that comes to disconnect, beat him till he can't walk", "violence"),
        ("Drag the invigilator out and break both his legs, he sold the paper", "violence"),
        ("Students should go set the minister's car on fire, nothing else works", "violence"),
        ("Someone should set fire to his house", "violence"),
        ("stone the referee", "violence"),
        # stock jibes at the reader's wits
        ("Did your mom drop you as a baby or is this natural", "insult"),
        ("@ohiogrown you are the reason they put instructions on shampoo bottles", "insult"),
        ("@MaryB_Findlay reading comprehension isnt your strong suit huh", "insult"),
        ("@Wanjiru_K your head is full of sawdust", "insult"),
        ("Were you dropped on your head, or is this natural?", "insult"),
        # death wished with "should", a vehicle or a curse; blades, fire and a guarantee in the speaker's threats
        ("every developer jacking up condo prices should drop dead before they see a single ringgit", "harm_wish"),
        ("That ref needs to get hit by a bus on the way home. Would make my season", "harm_wish"),
        ("@kopi_uncle hope a lorry hits you on the PIE tomorrow morning", "harm_wish"),
        ("May that drug lord from Davao die screaming in his cell", "harm_wish"),
        ("Pastor Hale touches one more kid and I'll cut him myself", "threat"),
        ("Minister better not show his face in Geylang, I will slash him", "threat"),
        ("If the hotel owner takes in any more we'll torch it with him in it", "threat"),
        ("That mayor will be dead before the next election, I'll see to it", "threat"),
        ("That councilman will get what's coming to him, I'll make sure of it personally", "threat"),
        # blows ordered after a comma, kicked to death, the next train, ending oneself, a dare to say it again
        ("Next Leeds fan you see in Bradford, glass him", "violence"),
        ("Lets find the paedo from this article and kick him to death", "violence"),
        ("This billionaire would look good hanging from a tree", "violence"),
        ("Walk in front of the next MRT train, everyone on here will thank you", "harm_wish"),
        ("better you just end yourself la, useless fella", "harm_wish"),
        ("@troll_ph go jump from your condo balcony, 30th floor should do it", "harm_wish"),
        ("Say that again and I'll put you in the ground", "threat"),
        ("@Jeff_in_Lansing go back to your moms basement, grownups are talking", "insult"),
    ],
)
def test_plain_abuse_in_everyday_words_is_held_for_its_kind(text, code, rule_holds):
    assert code in [f.reason.code for f in rule_holds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "What an idiot. You cant make this up",  # said of the story's man, not the reader
        "are you this busy every day?",
        "youve got the brains of the operation",
        "the fucking idiots in government",
        "I'll come round to yours for the game on Saturday",
        "He showed up at her door with flowers",
        "he got his leg broken in the tackle",
        "I'm coming for the final, cant wait",
        "I'm waiting for him to apologise with everyone else",
        "watch your back out there on the ice",
        "I know your routine is busy",
        "It would be a shame if something happened to the old mill",
        "you won't be walking home in this rain",
        "I hope his knee holds up",
        "I'd laugh if you got the joke",
        "If I were you I would have kicked myself",
        "How much for an hour of parking downtown?",
        "what would I do without you",
        "The police held him down",
        "the bikes should be put against the wall",
        "the fireworks will blow up the sky",
        "the christmas lights look good hanging from a lamppost",
        "Hit the next one you see for six",
        "Not all Nigerians are scammers",
        "Muslims are victims of terrorists",
        "Politicians are all liars",
        "she is on her period and still ran the marathon",
        "id bend over backwards for this team",
        "I saw someone shoot him",
        "Cut his teeth in local radio",
        "give them a good hiding on saturday lads",
        "bring bats and gloves to practice",
        "we are going to win this",
        "I hope they cut deeper into the budget",
        "wishing him a speedy recovery",
        "the rope is cheap at the hardware store",
        "watch them strip the old paint",
        "come sit on this bench",
        "he got his car done in",
        "the bitter cold",
        "your so kind and thoughtful",
        "the dumbest person I know is me",
        "why does she look like a bitch to install",
        "The striker had better watch himself, one more yellow and he's banned",
        "the christmas lights will be hanging from a lamppost",
        "fingers crossed the rain takes it easy",
        "I wish his family hadnt died",
        "he's getting done for speeding",
        "you're getting a visit from the inspector next week",
        "I found your address on the form",
        "we bought a rope for the swing",
        "coming for you next week with the results",
        "get your top off the floor",
        "When a grown man yells 'nice arse love' at a 15 year old, that's harassment.",
        "the miners wont get out alive without help",
        "im going hunting with my shotgun",
        "ill sort you out with a ticket",
        "we should go to the beach with bricks for the sandcastle",
        "the bounty on the head of the pirate in the film",
        "the players are gagging for it to start",
        "he's only good for one thing: defending",
        "the dress under the coat was lovely",
        "Loved The Wog Boy as a kid, still quote it.",
        "My grandmother was called a 'dirty wog' in the 60s when she moved to Adelaide.",
        "I'll be at your house at 6 for dinner",
        "the house is getting a visit from the inspector",
        "the plan should be attacked from every side",
        "I'd smash that exam",
        "We'll smash you lot 3-0, bet you a pint",
        "They caught him, shot him and left him in a ditch, the police say",
        "Ugh, kill me now",
        "Yes, kill the messenger, that always helps",
        "When the polls close, run over to the town hall",
        "Nice day, take the kids to the park",
        "I hope he rots in prison for what he did to that girl",
        "I hope you burn those calories off on the walk",
        "I hope they freeze the rates again next year",
        "I hope the horses don't starve out there",
        "Cut taxes and starve the beast, I hope they do",
        "Hope you suffer no ill effects from the jab",
        "I hope you suffer through the whole Jets season like me",
        "Can you run it over with me before the meeting?",
        "Run them over with the paperwork before the truck arrives",
        "I'd shoot anyone who broke into my house",
        "The army will shoot anyone on sight, says the report",
        "The kids should be swinging from the trees, not staring at screens",
        "The lights should be swinging from the lamppost by now",
        "The kids should jump off the diving board first",
        "You should not jump off the roof, call someone",
        "Rats should take poison bait, the council says",
        "Police say he should jump from the bridge",
        "@Dave_R jump on the next bus, it's quicker",
        "I wouldn't wish cancer on my worst enemy",
        "I wish cancer on no one, not even him",
        "May God give her family strength after this painful death",
        "I hope he gets knocked down by the news",
        "He broke both his legs skiing, poor guy",
        "We lost, beat them next time",
        "Set the world on fire with your talent",
        "The rioters set his car on fire last night",
        "Let's set the stage on fire tonight",
        "Stone me, what a goal",
        "Your head is full of ideas, I love it",
        "Let the kids play, the adults are talking about schools",
        "He was dropped on his head as a baby, per the lawsuit",
        "Imagine a 5kg drone dropped on your head from that height",
        "he can drop dead for all I care",
        "Kids should not get hit by a car on the way to school",
        "May those responsible rot in prison",
        "May that day never come",
        "I'll cut him some slack, he is new",
        "I will cut them in on the deal",
        "We will cut them next season, the roster is full",
        "The bill will pass, I'll make sure of it",
        "Grandma will be in hospital till Friday, I'll see to it she gets flowers",
        "Nobody will die on this road again, I'll make sure of it",
        "Police beat him to death, the inquiry found",
        "Don't step in front of the next bus, look both ways",
        "He said I'll put you in the ground, and the jury heard it",
    ],
)
def test_their_everyday_near_misses_are_not_held(text, rule_holds):
    assert rule_holds(text) == []
