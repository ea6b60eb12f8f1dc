#!/usr/bin/env python3
"""Checks round 15's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'How old is Malin Ekdahl?': r'Ekdahl, \d|\d+-year-old (chief|executive|CEO)|executive, \d|At \d+, (the )?(chief|Ekdahl)',
    'How many people does Alvsborg Container Terminal employ?':
        r'employs|employees|workforce|[\d,]+ (workers|staff|people work)|staff of [\d,]+',
    'In which country are the Black Fjord hackers based?':
        r'Black Fjord.{0,80}(based|operat\w+ from|linked to|Russia|China|Iran)|(based|operating) in (?-i:[A-Z])',
    'How much will the attack cost Alvsborg itself?':
        r'cost (the )?(company|operator|Alvsborg|it)\b|Alvsborg.{0,60}(lost|loss|losses)|losses of',
    'Who is the chief executive of Nordkust Holding?':
        r'Nordkust.{0,80}(chief|CEO|executive|head)|(chief executive|CEO|head) of Nordkust',
    'How many containers was the Pacific Lodestar carrying in all?':
        r'carrying (about |some |more than )?[\d,]+ containers|[\d,]+ containers (on board|aboard)|capacity|TEU',
    'Who was the captain of the Pacific Lodestar?': r'captain|\bmaster\b|skipper',
    'How much are the goods in the lost containers worth?': r'worth|valued|value of|\$[\d,.]+ (million|worth)',
    'When did Momiji arrive at Nagasaki Bayside Zoo?':
        r'arrived|came to|(from|transferred from|on loan from) (?-i:[A-Z])|since 20\d\d',
    'How many of the red panda cubs are female?': r'female|\bmales?\b|\bsex(es)?\b|\bgirls?\b|\bboys?\b',
    'Who fathered the red panda triplets?': r'father|\bsire|\bmale (named|called)',
    'On what date did NHK publish the red panda story?':
        r'published|\d{1,2}\.\d{1,2}\.20\d\d|20\d\d-\d\d-\d\d|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2},? 20\d\d|JST',
    'How old is Rajendra Deshmukh?': r'Deshmukh, \d|\d+-year-old (vice|VC)|Vice-Chancellor, \d',
    'How many students applied for engineering places at Sahyadri this year?': r'applied|applicants|applications',
    "What is the name of Sunanda Patil's son?": r'son,? (?-i:[A-Z])|son (named|called)',
    'How much compensation will Tristar EduSystems have to pay?':
        r'compensation|Tristar.{0,80}(pay|fine|penalt|damages)|damages',
    'How much profit did Westwind Tin make last year?':
        r'profit of|made (a )?(profit|loss)|earned|net (profit|income)|\$[\d.]+ (million|billion) (profit|loss)',
    'How old is Shane Doherty?': r'Doherty, \d|\d+-year-old (mayor|former)|mayor, \d|fitter, \d|At \d+, the (mayor|former)',
    'What is the current price of tin?': r'tin price (of|is|at|stands) |\$[\d,]+ (a|per) tonne|per tonne',
    "Who is Tasmania's resources minister?": r'minister',
    'How much prize money did Chepkwony win in Hamburg?': r'prize|euros|\$|€',
    'Who held the Hamburg course record before Chepkwony?':
        r'set by|held by|previous (record|mark)|old (record|mark) (of|was|set)|record-holder',
    'How old is Wilfred Chepkwony?': r'Chepkwony, \d|\d+-year-old (Kenyan|Chepkwony)|Chepkwony \(\d',
    'How many runners started the Hamburg Marathon?': r'started|starters|entrants|registered|start line',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-18-reuters-gothenburg-port-cyber-attack.txt', '2025-03-20-bloomberg-gothenburg-port-restart.txt'),
          ('2025-06-24-pti-pune-university-admissions-cancelled.txt',
           '2025-06-26-sahyadri-university-press-release-admissions.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
