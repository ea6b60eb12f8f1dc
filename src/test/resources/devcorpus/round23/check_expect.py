#!/usr/bin/env python3
"""Checks round 23's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
adds one check of its own: an answerable pattern of a question with a `doc` (fact, brief, qualified,
follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the coach who was seriously injured in the Ebetsu gym?':
        r'coach,? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (\d+-year-old )?(volleyball )?coach|coach (named|called)'
        r'|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 43\b',
    'Which elementary school does the badly injured girl go to?':
        r'(?-i:[A-Z])\w+ (Elementary|Primary) School|(elementary|primary) school (called|named)|(attends|pupil at|student at) (?-i:[A-Z])',
    'How much will the nationwide gym roof inspections cost?':
        r'inspections?[^.]{0,60}(yen|\$|cost)|(cost|yen|\$)[^.]{0,40}inspect',
    'How many people have died in snow-related accidents in Japan this winter?':
        r'\b(died|killed|deaths?|dead|fatalit\w+|lost their lives)\b',
    "What is the name of Margo Haldane's husband?":
        r'husband|\bwife\b|spouse|married|partner,? (?-i:[A-Z])',
    'How much will Haldane be paid as mayor?':
        r'salary|\$[\d,.]+ (a|per) year|annual (pay|salary)|(paid|earn|earns) (about |roughly )?\$|stipend|remuneration',
    "How much money did Haldane's campaign spend?":
        r'(spent|spend|spending|raised|donations?)[^.]{0,60}\$|\$[\d,.]+[^.]{0,30}(on (her|the|his) campaign|in donations)|campaign (budget|spending|expenses)',
    "Who managed Margo Haldane's campaign?":
        r'campaign (manager|chair|director|co-chair|organi[sz]er)|(managed|ran|organi[sz]ed) (her|the|Haldane\'s) campaign',
    'At what time did the polls open on byelection day in Kamloops?':
        r'(polls?|doors|stations?|voting) (opened|open) at|opened at \d|\b[78] ?a\.m\.|\b[78] ?am\b|from [78] (o\'clock|in the morning)',
    'How old is Ron Takeda?':
        r'Takeda, \d|Takeda \(\d|\d+-year-old (former|Takeda|mayor|ex-mayor)|Takeda[^.]{0,30}aged \d|Takeda, who is \d',
    'What is the name of the volunteer who cared for the Bideford bat?':
        r'carer,? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (volunteer )?(bat )?carer|(carer|volunteer) (named|called)',
    'Which laboratory tested the bat from Bideford?':
        r'laborator|\blab\b|Animal and Plant Health|\bAPHA\b|Weybridge|tested (at|by) (?-i:[A-Z])',
    'How much profit did Tarrant Agri make last year?':
        r'profit|earnings|revenue|net income|turnover|\bsales of',
    "Who is Tarrant Agri's chief executive?":
        r'chief executive|\bCEO\b|managing director|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the|Tarrant\'s) (chief|managing|boss)|\bboss\b',
    'What are the names of the three appeal court judges?':
        r'Justices? (?-i:[A-Z])|Judge (?-i:[A-Z])|(?-i:[A-Z])\w+ JA?\b|President (?-i:[A-Z])|judges? (named|called)',
    'Which herbicide drifted onto the macadamia orchards?':
        r'2,4-D|glyphosate|atrazine|paraquat|dicamba|diuron|(herbicide|chemical|product) (called|named|known as)|herbicide,? (?-i:[A-Z])|active (ingredient|chemical)',
    'In which rivers were the three new pearl mussel populations found?':
        r'River (?-i:[A-Z])|(?-i:[A-Z])\w+ (River|Water|Burn)\b|\bAllt\b|Abhainn|\briver (called|named)',
    'How many live mussels did the team count at the new sites?':
        r'\d[\d,]* (live |living |young |adult )?(mussels|animals|adults|juveniles)|(counted|found) (about |some )?\d',
    'What is the name of the estate MacAskill worked on?':
        r'(?-i:[A-Z])\w+ Estate|estate (called|named|of (?-i:[A-Z]))|the (?-i:[A-Z])\w+ estate',
    'How much did the DNA testing machine in the Inverness lab cost?':
        r'machine[^.]{0,60}£|£[\d,.]+[^.]{0,40}machine|(machine|equipment) cost',
    'When was the Highland Freshwater Trust founded?':
        r'founded|established in|set up in|charity since|trust since|formed in (19|20)\d\d',
    'How many staff does the Highland Freshwater Trust employ?':
        r'\d+ (staff|employees|people work|full-time)|staff of \d|employs',
    'How much did the temperature sensors used in the Nottingham study cost?':
        r'sensors?[^.]{0,40}(£|cost)|£[\d,.]+[^.]{0,30}sensor',
    'How hot did it get in Nottingham at the peak of the 2024 heatwave?':
        r'\d+(\.\d)? ?(C|°C|degrees)\b(?![^.]{0,10}cooler)|peaked at|highest temperature|hottest|reached \d',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-02-03-kyodo-ebetsu-gym-roof-snow-collapse.txt',
           '2025-02-04-afp-japan-orders-gym-roof-snow-checks.txt'),
          ('2025-09-24-reuters-tarrant-agri-spray-drift-appeal-shares.txt',
           '2025-09-25-bundaberg-coastal-news-macadamia-growers-drift-appeal.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
