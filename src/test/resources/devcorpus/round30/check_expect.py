#!/usr/bin/env python3
"""Checks round 30's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

DAYS = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
MONTHS = r'(January|February|March|April|May|June|July|August|September|October|November|December)'

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the 62-year-old man from Bekasi?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (62|a 62|the 62)|(?<!-)\bnamed (as )?(?-i:[A-Z])|identified (him )?as (?-i:[A-Z])'
        r'|\bman,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(Mr|Pak|Bapak)\.? (?-i:[A-Z])',
    'Which university did the students on the crater field trip attend?':
        r'Universit(y|as) (of )?(?-i:[A-Z])|(?-i:[A-Z])\w+ (State )?University|(?-i:[A-Z])\w+ Institute|\b(UNDIP|UNNES|UGM)\b',
    'How much is a ticket to get into the Sikidang crater site?':
        r'ticket (price|prices|costs?)|tickets? (cost|are priced|is priced|sell for)|Rp ?\d|admission|entry (fee|price|charge)'
        r'|\d[\d,.]* rupiah (a|per|each) (ticket|person|visitor|head)',
    'What subject were the students on the crater trip studying?':
        r'students of|(geology|biology|tourism|engineering|environmental|geography|volcanology|chemistry) students|\bstudying\b|faculty|department of|\bmajor(ing)?\b',
    'When did Sikidang last give off a dangerous burst of gas before this one?':
        r'last (time|happened|burst|release|eruption|incident)|previous(ly)?|\bin (19|20)\d\d\b(?! visitors)|years? ago|(19|20)\d\d (burst|eruption|disaster|incident)'
        r'|\b(first|worst) since',
    'How many people were on the crater boardwalk at the moment the gas came out?':
        r'\d[\d,]* (visitors|people|tourists) (were|on|at) (the )?(crater|boardwalk|site|rim)|(crowd|visitors) (of|numbered) (about |some )?\d'
        r'|(about|some|around|nearly) \d[\d,]* (people|visitors|tourists) (were )?(on|at|around) the',
    'Who owns Kernow Paddle Company?':
        r'\bowner|owned by|director|founder|founded by|managing|run by|proprietor|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (who|the company|its) ',
    "How much must Kernow Paddle pay towards the harbour authority's legal costs?":
        r'costs? (order|award)|legal costs|pay (the )?costs|costs of £|£\d[^.]{0,40}costs|\bcosts\b',
    'In what year did Kernow Paddle Company begin trading?':
        r'founded|set up|established|started (trading|in|up)|since (19|20)\d\d|trading (since|for)|began (trading|in)',
    'How many guided paddleboard tours does the firm lead each summer?':
        r'\d[\d,]* (guided )?(tours|trips|customers|sessions|outings)|tours (a|per|each) (day|week|year|season|summer)',
    'On what date did the Solent Standard print its correction about the relay swim?':
        r'\b(issued|published|posted|dated|updated|printed|appeared)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS + r'\b'
        r'|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'What time did Ellie Brannagh record for her leg of the swim?':
        r'\b\d+ ?(min(ute)?s?|hours?|hrs?|h)\b|\b\d+:\d\d\b|in (a )?time of|clocked|record(ed)? time|\bseconds\b',
    "Which firm built the arena's refrigeration plant?":
        r'(installed|built|supplied|made|manufactured|delivered) by|(?-i:[A-Z])\w+ (?-i:(AB|Kyl\w*|Refrigeration|Ltd|GmbH))\b|supplier|manufacturer|contractor',
    'Which team won the Storsjö Cup?':
        r'\bwon\b|\bwinners?\b|\bchampions?\b|final (was|ended)|lifted the|(beat|defeated) (?-i:[A-Z])',
    "What is the referee's name?":
        r'referee,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the |who was )?(referee|refereeing)|refereed by',
    'How many spectators can Norrbacka Arena seat?':
        r'capacity|\bseats?\b|\bseating\b|holds? (up to |about |some )?\d|\d[\d,]* (spectators|seats|fans)',
    "Who carried out the plant's inspection in February 2024?":
        r'inspected by|inspection (was )?(carried out|done|made|performed) by|(?-i:[A-Z])\w+ (AB|Inspect\w*|Kontroll\w*|Certification)\b|inspector,? (?-i:[A-Z])',
    'How many people live in Odenslund?':
        r'\d[\d,]* (residents|people|inhabitants|households|homes)( live)? in Odenslund|Odenslund[^.]{0,30}(population|residents|home to)|population',
    'How many apples did the old tree bear this autumn?':
        r'\d[\d,]* (apples|kilos?\b|kg|fruits?|pounds of|bushels|crates|windfalls)|(crop|harvest|yield) of|(cropped|bore|produced) (about |some )?\d',
    'Who owns the land where the old pearmain grows?':
        r'owned by|\bowner|landowner|\bfarmer\b|belongs to|farm of|on land (owned|farmed) by|(?-i:[A-Z])\w+ Farm\b|(?-i:[A-Z])\w+ Estate\b',
    'Which nursery published the 1911 catalogue?':
        r'(?-i:[A-Z])\w+ (&|and) (Sons?|Co)\b|(?-i:[A-Z])\w+(\'s)? Nurser(y|ies)|nursery of (?-i:[A-Z])|catalogue of (?-i:[A-Z])\w+ (?-i:[A-Z])'
        r'|nurseryman,? (?-i:[A-Z])|(?-i:[A-Z])\w+(\'s)? catalogue',
    'How much did it cost to graft the sixty young trees?':
        r'£\d[\d,.]*[^.]{0,30}(graft|trees|propagat)|(graft|trees|propagat)\w*[^.]{0,30}£\d|\bcost(s|ing)?\b|\bpaid\b|\bspent\b',
    'What is the frame of the hare sculpture made from?':
        r'\bsteel\b|\bwire\b|\bframe\b|armature|welded|aluminium|wood(en)?\b|\bmetal\b|\biron\b',
    'How heavy is the can hare?':
        r'weigh|\d[\d.,]* ?(kg|kilos?|kilograms|tonnes?|lb|lbs)\b|\d[\d.,]* pounds\b',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-08-14-antara-dieng-sikidang-crater-gas-tourists-sickened.txt',
           '2025-08-15-nusaview-24-tv-script-dieng-crater-gas-update.txt'),
          ('2025-01-18-tt-ostersund-ice-arena-ammonia-leak.txt',
           '2025-01-23-ostersund-leisure-committee-minutes-ammonia-leak.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
