"""Benchmark of verdicts on news comments the models never trained on: the labelled probes in bench/probes/.

Each probe is 150 comments written for this project by a writer who read none of its code, as readers of one
kind of news site write them, each labelled ``genuine``, ``abusive`` or ``spam`` (and a ``note`` on why):

  17  a US regional TV station (crime, a school board, a mosque's parking lot, a drag story hour, a tornado)
  18  national political news (the border, terror in Europe, campus protests, the Supreme Court, crime)
  19  the opinion pages of a Sun Belt and a Canadian provincial paper (immigration levels, a mosque, a shelter,
      a First Nations land claim, a trans swimmer, a bike lane); some readers and spammers give a website
  20  a WordPress local news site, every comment with a website: 70 readers with a site of their own, 50 spams
      of the kinds WordPress receives (the writer was given examples of the templates and trades)
  21  the same for a regional paper, 65 readers and 55 spams, the kinds left to the writer
  22  US and UK news sites, abuse that avoids obvious words (veiled threats, self-harm urged in idioms,
      remarks on presenters' bodies, harassment campaigns) beside hard genuine cases
  23  an Australian metropolitan and a UK regional daily (courts, housing, migration, a mosque, sport, a pub's
      history), in their readers' English
  24  a Scottish daily, an Irish national paper and a New Zealand news site (football, sectarianism, housing,
      independence, a Pride parade, Travellers)
  25  a US sports site and a business and technology site (a referee, a transgender athlete policy, layoffs,
      H-1B visas, a union drive, a crypto collapse, a female founder)
  26  a US state-capital daily and a celebrity news site (an abortion ballot, a refugee office, library books,
      a police shooting, a pop star, a musician coming out)
  27  150 short comments (3 to 11 words) on a city daily, a politics site, a TV station, a sports and an
      entertainment site
  28  a UK football site and a US mid-size city's news site (a VAR decision, a sacked manager, a women's team,
      a shooting downtown, a Juneteenth festival, a church fire, a homeless encampment)
  29  an Australian national news site and a Canadian city daily (an Indigenous footballer, a mosque, a curfew,
      Mardi Gras, a rezoning, an LRT line, wildfires, encampments)
  30  a US national political site and a UK tabloid's crime, royals and showbiz pages (guns, the border, Gaza, a
      police shooting, a grooming-gang trial, asylum hotels, a footballer's divorce, a reality TV star)
  31  a Midwest regional paper and South African and Indian national news sites (a school board, a meatpacking
      raid, a Somali community centre, a tornado, load-shedding, cricket, caste, a women's safety protest)
  32  a video-game and technology site and a US Gulf Coast TV station (layoffs, a woman's new game, a banned
      streamer, AI art, a hurricane, shrimpers, a Vietnamese-American festival, a refinery explosion)
  33  an Irish national daily and a US college-sports and recruiting site (housing, an asylum centre, courts,
      GAA and rugby, coaching changes, NIL deals); some comments in Irish or in Irish and English
  34  a New Zealand news site and a US metro daily's opinion and crime pages (co-governance, gangs, housing,
      farming, policing, homelessness, a synagogue vandalised, transgender athletes); some comments in te reo
  35  a Welsh regional site and a Canadian national site's politics and hockey pages (the Senedd, 20 mph limits,
      a steelworks closing, second homes, a drag reading, the carbon tax, a playoff run, a Sikh temple)
  36  an Atlanta-area suburban weekly and a celebrity site (a book ban, a new mosque, a coach arrested, Pride, a
      pop star's weight, an actress coming out, a rapper's trial, a K-pop group)
  37  a US Southwest regional paper and a London national site's politics and football pages (the border, water
      rights, a tribal casino, a bishop, small boats, Premier League racism, a women's football pundit)
  38  a Philippine national daily and a Queensland regional paper (a senator's corruption case, OFWs, a typhoon,
      a pageant, a drug-war inquiry, a croc sighting, youth crime, a new Hindu temple); many comments in Tagalog
  47  a pan-European site: a third in English, the rest in French, German, Spanish, Italian, Portuguese and Dutch
      (EU politics, migration, farmers' protests, a synagogue and a mosque attacked, Pride, Ukraine, a trial)
  48  a German regional daily and a Turkish-language diaspora site in Germany: half German, a quarter Turkish, the
      rest English and Arabic (a new mosque, a derby, refugees' housing, a stabbing, Ramadan, a Kurdish festival)
  49  a Southern European regional group in Spanish, Italian, Portuguese, French, Catalan and some English
      (tourist flats, wildfires, boats of migrants, a bullfight ban, Pride, a mosque, a teacher strike)
  50  a Dutch/Flemish site and a Swiss/Austrian German-language site, some English (nitrogen rules, asylum
      centres, a Moroccan-Dutch footballer, a referendum, a ski resort, a trans athlete, a mayor's scandal)

17 and 18 were scored blind on 2026-12-04 and then read (the social-profile website, the phrase list's
ordinary lines on debating immigration and terrorism came from them); 19 was scored blind after those
changes, then read; 20 and 21 were scored blind against the Website field's handling at each step
(``text/websites.py``); 22 was scored blind against seven phrases written from 17-19's misses (not
shipped: ``scoring/phrases.py``); 23 was scored blind on 2026-12-04 (30 of its 55 abusive comments approved,
16 of 75 genuine held), then read: the slurs and insults of British and Australian English came from what it
showed missing (21 approved after, 17 held: two genuine comments quote a slur); 24 was scored blind against
those (15 of 55 abusive approved where the code before them approved 17, 8 of 75 genuine held either way),
then read: "cow" joined the insults; 25 was scored blind on 2026-12-04 (28 of 55 abusive approved, 6 of 75
genuine held, 1 of 20 spam approved), then read: hate codes ("41%", "same tribe"), executions in the passive
("should be lined up against a wall", "dragged behind a truck"), "limp wristed" and an income pitch ("I make 5k
weekly") came from it (23 approved after, no spam); 26 was scored blind against those (24 of 55 abusive
approved, 12 of 75 genuine held, 2 of 20 spam approved, the same as the code before them), then read: a
reader naming Instagram was filed as spam (``spam-2026.12.04-1`` reads no ask to follow there) and a
recovery scam's account named without its "@" was published; 27 was scored blind to choose between two
thresholds of the phrase matcher for short comments (see ``scoring/phrases.py``; 21 of 60 abusive approved,
8 of 80 genuine held as shipped), then read: a reader's "this is why I subscribe" had been filed as spam
(``spam-2026.12.04-2``); 28 was scored blind against all of that session's changes and against the code
before them: 30 of 55 abusive approved and 5 of 75 genuine held either way (a spam selling followers went from
discarded to held), then read: UK football abuse in words and frames no list had ("neck himself", "spacker",
"a gold digging whore", "back to whatever jungle they found him in"); 29 was scored blind on 2026-12-04 (19 of 55 abusive approved, 10 of
75 genuine held, 1 of 20 spam approved), then read: "go back to India" said to a reader, "pajeets", people "found and
hung", "add me on snap: ..." came from it (15 approved after, no spam); 30 was scored blind against those and against
the code before them: 24 of 55 abusive approved, 15 of 75 genuine held, no spam approved either way, then read:
"k!ll urself", "honestly just unalive yourself", "the usual 13/50 crowd", "deserves to get gunned down",
"traitors should hang" and "Liberals are a disease. The cure ..." came from it (19 approved after); 31 was scored blind against all of that and against the code
at the session's start: 20 of 55 abusive approved, 9 of 75 genuine held, 1 of 20 spam approved either way, then read:
"nobody wants your kind here" had been missed for its "wants" (19 approved after); 32 was scored blind against
all of that (25 of 55 abusive approved, 10 of 75 genuine held, 1 of 20 spam approved; the code at the session's
start approved 26 abusive), then read: "you're literally the most brain-dead r3tard", "painted-nail boys f@gs",
"I'm breaking his jaw", "k y s", "ching chong" came from it (19 approved after); 33 and 34 were scored blind on
2026-12-05 (26 and 18 of 55 abusive approved, 12 and 10 of 75 genuine held, no spam approved), then read: comments in
Irish and te reo Māori read as English by the toxicity model, a crowd's chant reported ("roaring about ... 'go back to
the jungle'") and "you're a paid shill and a muppet" came from them (26 and 17 approved after, 10 and 9 held);
35 and 36 were scored blind against those changes and the code before them (31 and 26 of 55 abusive approved either
way; 12 and 17 of 75 genuine held, 14 and 17 before them: Welsh was named; 1 of 20 spam approved each), then read:
graffiti reported ("spray-painted 'go back to India'") and an order to die after a full stop ("... money. Just die
already", read since the rule tokens mark where sentences end) came from them; 37 and 38 were scored blind at the
end of that session against all its changes and against the code at its start: 25 and 45 of 55 abusive approved, 12
and 12 of 75 genuine held, 1 and 0 of 20 spam approved, the same either way (24 of probe 38's 45 are in Tagalog,
which the model does not read), then read: Tagalog insults aimed at someone ("mamatay ka na", "mga tanga") and
Philippine slurs ("bobotante", "chekwa") joined the hold list's other languages; 39 (a Lagos daily and a US public
radio station's science desk) and 40 (a Singapore news site and a US outdoors magazine) were scored blind at the start
of the next session: 27 and 26 of 55 abusive approved, 6 and 9 of 75 genuine held, 0 and 1 of 20 spam approved, then
read: "idiots like you", "go back to the kitchen", "tarred and feathered", "blow his head off", "dropped on your head
as a baby", "judges got addresses too", "your kind should be sterilized" came from them (23 and 21 approved after, and 7
abusive comments of the earlier probes held); 41 (a Nairobi daily, half of it in Swahili, and a US statehouse newsletter)
and 42 (an Indian national daily and a Texas school-sports site) were scored blind against those changes and the code
at the session's start: 42 and 37 of 55 abusive approved either way, 14 and 8 of 75 genuine held, 1 and 1 of 20 spam
approved, then read: a call to "find out where he lives", "sit down, sweetheart", Swahili insults aimed at someone
("mjinga wewe") came from them, and from every probe's approved abuse the phrases that three or more probes share and
no genuine comment has ("keep running your mouth", "be a shame if your tires got slashed", "nobody would miss you",
"one less thug", "do everyone a favor and log off permanently", "back to whatever cave they crawled out of"); 43 (a
Glasgow daily and a US Christian news site) and 44 (a Prairie farm paper and a British tabloid's showbiz pages) were
scored blind against all of that and the code at the session's start: 30 and 36 of 55 abusive approved either way,
13 and 12 of 75 genuine held: the session's rules, written from 3,540 comments, caught none of the 110 abusive
comments they had not seen. Then read: Scots words read as English by the rules ("a waste o skin", "naebody would
miss them") held 2 of 43's; 45 (a Johannesburg news site and a US student newspaper) and 46 (a Dublin tabloid and an
NFL fan site) were scored blind at the end of that session against all of it and the code at its start: 36 and 31 of
55 abusive approved (37 and 32 at the start: "nobody would miss him" and "someone should find where this crew lives"
were the two held), 14 and 6 of 75 genuine held either way, no spam approved. 47 and 48 were scored blind on
2026-12-06 (46 and 45 of 55 abusive approved, 6 and 9 of 75 genuine held, 1 of 20 spam approved each: of their 70
or so abusive comments in other languages, one was held), then read: insults said to the reader in other languages
(``scoring/insults_abroad.py``) and Dutch came from them; a rule for calls for violence and death wishes in other
languages (``scoring/violence_abroad.py``), written that day from a multilingual editor's examples without them,
held one of their 110 abusive comments. 49 and 50 were then scored blind against all of that and against the code
at the session's start: 46 and 43 of 55 abusive approved (44 and 46 at the start), 6 and 6 of 75 genuine held (7
and 7), no spam approved. The English model's score no longer holds a comment whose language the common words now
tell: it had held two abusive and three genuine comments there by chance; Dutch terms, the insults and the
writer's own group (``own_group``) turned five verdicts right and one wrong (a slur reported as shouted from the
stands). None of them is blind now: they are a regression check, and a picture of what the
scorers do on comments unlike their training data, not a held-out score. Every comment is its author's
first (nobody is trusted yet), so on 20 and 21 every reader with a site of their own waits for a person.

The plain lists (``plain-01`` to ``plain-17``, totalled apart as "all plain") are 480 comments each, written on
2026-12-06 by writers who read no code, to one brief: 240 pieces of the plain, obvious abuse any filter is
expected to hold (20 each of threats to the reader and to people in the story, death wishes, urging self-harm,
insults with and without swearing, slurs, dehumanising a group, calls for violence, sexual harassment, misogyny,
contempt for a religion or nation) and 240 genuine comments that sit near abuse (quoted abuse, violent idioms,
groups discussed respectfully, swearing at nobody, ...); ``note`` names the kind. Scored blind, as shipped: list 1
held 189 of its 240 abusive comments and 29 genuine ones; its misses were read and rules written for their kinds
(not their sentences: 200 held after); list 2, blind, then held 153 abusive with the code at that session's start and 159 with
those rules (27 genuine either way); its misses were read in turn; list 3, blind, 173 and then 177 (32 genuine
either way); list 4, blind, 157 and then 166 (28 genuine either way), 180 after rules for its misses' kinds; list 5, blind,
174 and then 179 (41 genuine either way), 188 after (42 genuine: "kaffir" joined the hold list, which holds a slur
quoted to condemn it, as it does the others); list 6, blind, 158 and then 171 (27 genuine either way), 183 after;
list 7, blind, 166 and then 174 (31 genuine either way), 185 after; list 8, blind, 168 and then 177 (27 genuine
either way), 188 after; list 9, blind, 153 and then 163 (33 genuine either way). Over the eight lists scored blind,
the session's rules held 64 more of 1,920 abusive comments (1,302 -> 1,366) and no more of the 1,920 genuine ones
(246). The next session (lists 10 to 14, set in a UK news site, a US cable-news and a British tabloid site, an Australian
and a Canadian one, a US regional and an Irish and a Scottish one, a New Zealand, a South African and a US national
one) went on the same way, each list scored blind with the code at the session's start and after each round of rules:
list 10 held 172 -> 177 abusive comments (29 genuine either way); list 11 173 -> 180 -> 182 (30); list 12 175 ->
185 (36); list 13 164 -> 171 -> 171 (37); list 14 171 -> 181 -> 181 (40). The rules written from lists 12 and 13
held none more of the next list: a list's misses are that list's wording, and rules written for them reach the next
list only where they name a kind. Lists 1 to 8, which that session did not read, went from 441 to 330 abusive comments
approved of 1,920, genuine held 243 either way. A third session (lists 15 to 17: a US local TV station, an Indian
national daily and a Nigerian or Kenyan site; a US Southern regional, a Philippine, Singaporean or Malaysian site and
an English Midlands paper; a Mountain West regional, a Caribbean or Ghanaian site and an Irish or Welsh paper) read
first what the tokens lose: a comma before an order ("a liar, hang him"), a reply's opening handle. List 15 held
139 abusive comments blind (50 genuine), 156 after rules for its misses' kinds; list 16 155 blind, 156 with those
rules, 165 after its own (35 genuine throughout); list 17 145 blind, 147 with the first round, 147 with the second
(40 genuine throughout). The second round held 8 more of list 15, which it was not written from, and none of list
17. What still passes is the model's blind spot more than the rules': threats and death wishes in words of their
own, and local slurs and pidgin; what genuine comments are held is mostly the model's (100 of the 125 on these three
lists: respectful mentions of a group, health talk, quoted abuse, violent news). None of them is blind now.

What a moderator cares about, per probe, in four configurations measured in the same run with
``commentguard score``: abusive comments approved (published without a look), genuine ones held (a
moderator's time, a reader kept waiting) and spam approved; and the toxicity score's ROC AUC, abusive
against genuine. The configurations:

  spam scorers   the rules and the spam model alone (``--scorer spam``): what the product was before the
                 toxicity scorer, the baseline;
  no phrases     every scorer, the abusive phrase matcher switched off (``TOXICITY_PHRASES=false``);
  website free   every scorer, a first comment with a website not held for it (``HOLD_NEW_WEBSITES=false``):
                 what a returning author's comment meets, and what spam would get past without that hold;
  as shipped     every scorer.
Also the spams filed in the spam folder (or discarded) rather than held.

    .venv/bin/python bench/bench_probes.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBES = sorted((ROOT / "bench" / "probes").glob("probe-*.jsonl"))
PLAIN = sorted((ROOT / "bench" / "probes").glob("plain-*.jsonl"))
CONFIGS = (
    ("spam scorers", ["--scorer", "spam"], {}),
    ("no phrases", [], {"TOXICITY_PHRASES": "false"}),
    ("website free", [], {"HOLD_NEW_WEBSITES": "false"}),
    ("as shipped", [], {}),
)


def _score(path: Path, args: list[str], env: dict[str, str]) -> list[dict]:
    """``commentguard score`` over one probe file, as a user runs it."""
    run = subprocess.run(
        [sys.executable, "-m", "commentguard_dev.cli", "score", *args, str(path)],
        capture_output=True, text=True, check=False, cwd=ROOT, env={**os.environ, **env},
    )
    if run.returncode not in (0, 1):
        raise SystemExit(f"commentguard score failed on {path.name}:\n{run.stderr[-2000:]}")
    return [json.loads(line) for line in run.stdout.splitlines()]


def roc_auc(positive: list[float], negative: list[float]) -> float | None:
    """The share of (positive, negative) pairs the score orders right, ties counting half."""
    if not positive or not negative:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def misses(rows: list[dict], out: list[dict]) -> Counter:
    """Per category, the comments whose verdict a moderator would undo, and each category's size."""
    counts: Counter = Counter()
    for row, verdict in zip(rows, out, strict=True):
        category, v = row["category"], verdict.get("verdict")
        counts[category, "all"] += 1
        if (v == "approve") == (category != "genuine"):
            counts[category, "missed"] += 1
        if category == "spam" and v in ("spam", "discard"):
            counts[category, "filed"] += 1
    return counts


def _run(label: str, paths: list[Path]) -> None:
    """Each file's row per configuration, then the files' total under ``label``."""
    totals: dict[str, Counter] = {name: Counter() for name, _, _ in CONFIGS}
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for name, args, env in CONFIGS:
            out = _score(path, args, env)
            counts = misses(rows, out)
            totals[name].update(counts)
            tox = {c: [o.get("toxicity_score", 0.0) for r, o in zip(rows, out, strict=True) if r["category"] == c]
                   for c in ("abusive", "genuine")}
            auc = roc_auc(tox["abusive"], tox["genuine"]) if "--scorer" not in args else None
            cells = [f"{counts[c, 'missed']}/{counts[c, 'all']}" for c in ("abusive", "genuine", "spam")]
            print(f"{path.stem:<10}{name:<15}{cells[0]:>18}{cells[1]:>15}{cells[2]:>15}{counts['spam', 'filed']:>12}"
                  f"{'-' if auc is None else f'{auc:.3f}':>14}")
    for name, counts in totals.items():
        cells = [f"{counts[c, 'missed']}/{counts[c, 'all']}" for c in ("abusive", "genuine", "spam")]
        print(f"{label:<10}{name:<15}{cells[0]:>18}{cells[1]:>15}{cells[2]:>15}{counts['spam', 'filed']:>12}")


def main() -> int:
    if not PROBES:
        print("no probes under bench/probes/")
        return 1
    print(f"{'probe':<10}{'configuration':<15}{'abusive approved':>18}{'genuine held':>15}{'spam approved':>15}"
          f"{'spam filed':>12}{'toxicity AUC':>14}")
    for label, paths in (("all", PROBES), ("all plain", PLAIN)):
        _run(label, paths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
