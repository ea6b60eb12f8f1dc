#!/usr/bin/env python3
"""Checks round 28's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

MONTHS = r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the owner of Oleificio Murgia Verde?':
        r'owner,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the )?(company\'s )?(\d+|owner|founder)'
        r'|owner[^.]{0,20}(named|called|identified)|(?<!-)\bnamed (?-i:[A-Z])|identified (him )?as (?-i:[A-Z])',
    'Which German supermarket chains were selling the fake olive oil?':
        r'\b(Aldi|Lidl|Netto|Penny|Kaufland|Edeka|Rewe|Norma|Globus)\b|chains? (called|named|including|such as) (?-i:[A-Z])'
        r'|(chains?|supermarkets?|stores?),? (?-i:[A-Z])\w+ and (?-i:[A-Z])',
    'What prison sentence do the suspects in the olive oil case face if convicted?':
        r'prison|\bjail|imprisonment|custod|years? (behind bars|inside)|\bsentence',
    'How many bottles of the fake oil had already been sold in Germany?':
        r'\d[\d,.]* (bottles|litres|tonnes)[^.]{0,40}\b(sold|shipped|reached|delivered|exported)\b'
        r'|\b(sold|shipped|delivered|exported)\b[^.]{0,30}\d[\d,.]* (bottles|litres|tonnes)',
    'When will the olive oil suspects go on trial?':
        r'\btrial\b|hearing|in court on|appear (before|in)|\bindict',
    'What was the name of the Foggia laboratory whose stamp was used on the certificates?':
        r'Laboratorio|(?-i:[A-Z])\w+ (Lab|Labs|Laboratory|Laboratories|Analisi)\b|laboratory (called|named)|laboratory,? (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'What is the name of the lab technician accused of forging the analysis certificates?':
        r'technician,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a |the )?(\d+-year-old )?(laboratory |lab )?technician'
        r'|technician[^.]{0,20}(named|called|identified)',
    'Who wrote the match report on the Beacon Trophy final?':
        r'By (?!our)(?-i:[A-Z])\w+ (?-i:[A-Z])|correspondent,? (?-i:[A-Z])\w+ (?-i:[A-Z])'
        r'|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (cricket|sports?) (correspondent|writer|reporter|editor)',
    'How much prize money did Ravenscar Nomads win for the Beacon Trophy?':
        r'prize|cheque|purse|winnings|£\d[\d,]* (for|to) the (winners|champions)',
    'How old is Tom Hebden?':
        r'Hebden,? \(\d+\)|Hebden, \d+, |Hebden[^.]{0,30}\d+-year-old|\d+-year-old (opener|batter|batsman)|(opener|Hebden)[^.]{0,20}\baged? \d'
        r'|Hebden[^.]{0,20}\bis (\d+|twenty|thirty|forty)',
    "On what date did Margaret Ellery's letter about the Sheringham toilets appear?":
        r'\b\d{1,2}(st|nd|rd|th)? ' + MONTHS + r'|(January|February|March|April|June|July|August|September|October|November|December),? \d{1,2}\b(?!\d)'
        r'|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(issued|published|posted|dated|updated|printed)\b|\btoday\b|\b20\d\d-\d\d-\d\d\b'
        r'|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d',
    "What is the name of Margaret Ellery's husband?":
        r'husband,? (?-i:[A-Z])|husband (is )?(called|named)|(?-i:[A-Z])\w+ (and|&) Margaret|Margaret (and|&) (?-i:[A-Z])|Mr Ellery|(?-i:[A-Z])\w+ Ellery(?<!Margaret Ellery)',
    'What is the name of the German tourist who was badly hurt at Tamarca?':
        r'(tourist|visitor|woman),? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a |the )?(62|German)'
        r'|\bnamed (?-i:[A-Z])|identified (her )?as (?-i:[A-Z])|\b(Frau|Mrs|Ms) (?-i:[A-Z])',
    'Which hospital is treating the injured German woman?':
        r'(?-i:[A-Z])\w+ (University |General |Regional )?Hospital|Hospital (Universitario|de|del|Nuestra)|Candelaria|\bHUC\b|hospital (called|named)',
    'When will Tamarca beach open to the public again?':
        r'reopen\w* (on|in|by|at the end|from|next)|open again (on|in|by|from)|(be|remain) closed (until|for) (\d|the end|about|at least|[a-z]+ (weeks|months))'
        r'|closed for (\d+|two|three|four|several) (weeks|months)',
    'How many lifeguards were on duty at Tamarca on Sunday?':
        r'\d+ lifeguards|(two|three|four|five|six|seven|eight|nine|ten) lifeguards|lifeguards? on duty',
    'What is the name of the whale-watching boat that rescued people from the beach?':
        r'boat,? (the )?(?-i:[A-Z])\w+|(called|named) (?-i:[A-Z])|(?-i:[A-Z])\w+ (Star|Explorer|Spirit|Queen|Princess|Nautilus|Dream)\b|skipper|\bcaptain\b',
    'What caused part of the cliff at Los Gigantes to collapse onto the beach?':
        r'(rockfall|collapse|rock|cliff|landslide)[^.]{0,40}(caused by|due to|triggered by|blamed on|result of)|erosion|heavy rain|rainfall|weathering|\bcrack|earthquake|tremor',
    'How much money does Conwy council expect to collect from the gull fines?':
        r'\braise\b|revenue|income|£\d[\d,]* (a|per|each) year|expected to (bring in|collect|raise)|coffers',
    'What is the name of the council spokesperson who spoke to FactLine?':
        r'spokes(person|man|woman),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a |the )?(council )?spokes|press officer,? (?-i:[A-Z])',
    'How many gulls live in Llandudno?':
        r'\d[\d,]* (pairs|gulls|birds|nests)|population|colony of|breeding pairs',
    'How much will the two gull wardens cost the council?':
        r'wardens?[^.]{0,60}(\bcost|£|salar|budget)|(\bcost|£|salar|budget)[^.]{0,60}wardens?',
    "What was Pellworth's pre-tax profit in the previous financial year?":
        r'last year|previous year|prior year|a year (earlier|ago|before)|year to (\d+ )?March 2025|2024/25|2024-25',
    'When did the Hereford bakery open?':
        r'opened in|since (1[89]|20)\d\d|built in|founded|dating from|dates from|\b1[89]\d\d\b',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-11-18-ansa-andria-fake-extra-virgin-olive-oil-seized.txt',
           '2025-11-21-oleum-weekly-andria-raid-green-dye-forged-lab-reports.txt'),
          ('2025-10-06-efe-tenerife-los-gigantes-tamarca-beach-rockfall.txt',
           '2025-10-08-santiago-del-teide-council-tamarca-beach-closed-press-release.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
