#!/usr/bin/env python3
"""Checks round 21's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
adds one check of its own: an answerable pattern of a question with a `doc` (fact, brief, qualified,
follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'How much did passengers pay for the 16-night cruise?':
        r'£\d|\$\d|fares? (of|start|cost|was|were)|(cruise|ticket|trip|holiday)s? (cost|priced)|paid (£|about|around|\d)'
        r'|(pounds|euros) (each|per (person|head|passenger)|a head)',
    "What is the name of the Aurora Meridian's captain?":
        r'captain|skipper|master\b|commander',
    "What is Derek Hollins's wife called?":
        r'(wife|Mrs\.?),? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ and Derek|Derek and (?-i:[A-Z])|wife (named|called)|(?-i:[A-Z])\w+, his wife',
    'Which company owns Castellane Line?':
        r'owned by|owner|parent (company|group)|subsidiary|part of the|(?-i:[A-Z])\w+ (Group|Holdings|Corporation|Corp|plc)\b',
    'How much will the deep clean cost Castellane Line?':
        r'\bcost|\bbill\b|£\d|\$\d|paid (Limpamar|for)|euros? (for|to|on) (the )?clean|clean\w*[^.]{0,40}euros',
    'How old is Rosa Fagundes Pestana?':
        r'Pestana, \d|Pestana \(\d|\d+-year-old (regional|secretary|Rosa)|secretary[^.]{0,30}, \d\d\b|Pestana, (aged|who is) \d',
    'What set off the outbreak on the ship in the first place?':
        r'(caused|started|triggered|traced|linked|blamed) (by|to|on)|source of|contaminated|patient zero|brought (on board|aboard)',
    'How much was a ticket to watch the Solway Shield final?':
        r'£\d+(\.\d\d)? (for |a |per )*(ticket|adult|entry|admission|seat)|tickets? (cost|priced|were|at)|admission|entry (cost|was|price)|\bpaid £',
    "What is Callum Brannigan's daughter called?":
        r'daughter,? (?-i:[A-Z])|(?-i:[A-Z])\w+, (his|the) daughter|daughter (named|called)',
    'How long is Sam Dixon-Reay expected to be out injured?':
        r'(out|sidelined|miss)\w*[^.]{0,30}(weeks|months|season)|\b(six|eight|\d+) weeks|rest of the season',
    'How old is Steve Harraway?':
        r'Harraway, \d|Harraway \(\d|\d+-year-old (former|coach|Harraway|Steve)|hooker, \d|Harraway, (aged|who is) \d',
    'What is the name of the beekeeper whose hives were stolen?':
        r'beekeeper,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (commercial )?beekeeper|beekeeper (named|called)'
        r'|owned by (?-i:[A-Z])|belong to (?-i:[A-Z])',
    'Which burn center in Wichita are the injured being treated at?':
        r'(?-i:[A-Z])\w+ (Burn|Medical|Regional|Health|Memorial)|burn (center|unit) (at|of) (?-i:[A-Z])|Via Christi|Ascension|Wesley',
    'How much damage did the explosion do, in dollars?':
        r'damage[^.]{0,40}\$|\$[\d.,]+( (million|billion))?[^.]{0,30}damage|estimated (at|the) (loss|damage)|insur|\$[\d.,]+ (million|billion)',
    'How old is fire chief Ramon Ybarra?':
        r'Ybarra, \d|Ybarra \(\d|\d+-year-old (fire|chief|Ybarra)|chief, \d|Ybarra, (aged|who is) \d',
    'Which commissioners voted in favour of hiring the engineers?':
        r'Commissioners? (?!Janet)(?-i:[A-Z])\w+|Ochoa,? (?-i:[A-Z])\w+ and|joined by|voted (for|in favou?r)[^.]{0,40}(?-i:[A-Z])',
    'In what year was the Arkalon Plains Cooperative founded?':
        r'founded|established|formed in|since (18|19|20)\d\d|organized in|set up in (18|19|20)',
    'How long had Eli Brandt worked for the cooperative?':
        r'Brandt[^.]{0,60}(years|months|since|worked|joined|hired)|(worked|employed)[^.]{0,40}(years|months|since)',
    'What illness did Winnifred Payne die of?':
        r'cancer|pneumonia|stroke|heart|died of|cause of death|complications|dementia|covid',
    'What was the name of the school in Cappahayden where she taught?':
        r'(?-i:[A-Z])\w+ (School|Academy|Elementary)|school (named|called)|(?-i:St\.? [A-Z])\w+(\'s)? school',
    "Who will lead Winnifred Payne's funeral service?":
        r'Rev\.?\b|Reverend|Father (?-i:[A-Z])|priest|minister|officiat|led by|conducted by|pastor',
    'How old was Gordon Payne when he died?':
        r'Gordon[^.]{0,40}(aged|age) \d|Gordon Payne, \d|Gordon[^.]{0,40}\d\d-year|died in 2009 at|died in 2009, aged',
    'What is the name of the crofter whose garden the rubythroat turned up in?':
        r"crofter,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+'s (kale|croft|garden)|croft (of|owned by) (?-i:[A-Z])|crofter (named|called)",
    'How much did it cost to charter a plane from Tingwall to Fair Isle?':
        r'£\d|\bcost|\bfare|price|\bpaid',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-06-17-reuters-funchal-cruise-ship-norovirus.txt',
           '2025-06-18-efe-madeira-cruise-ship-leaves-after-outbreak.txt'),
          ('2025-10-08-ap-dodge-city-grain-elevator-explosion.txt',
           '2025-10-14-high-plains-courier-dodge-city-commission-elevator-inspection.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
