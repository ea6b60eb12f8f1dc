#!/usr/bin/env python3
"""Checks round 9's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'How old is Jorge Alcaraz?': r'Alcaraz, \d|\d+-year-old (regional )?environment',
    'What is the name of the firefighter who got burned in Ávila?': r'(?-i:firefighter,? [A-Z][a-z]+ [A-Z])',
    'How many people live in Navalcerro?': r'population|Navalcerro, (a|home)|village of [\d,]+',
    'How many sheep did Emiliano Garrido have?': r'\d[\d,]* (sheep|animals|head)',
    'What is the name of the farmer whose harvester started the fire?': r'(?-i:farmer,? [A-Z][a-z]+ [A-Z])|farmer named',
    'How much damage in euros has the Ávila fire caused?': r'damage|euros|€',
    'How much does a bottle of Saison Dorée sell for?': r'euro|€|price|per bottle',
    'When was the Vanhoutte brewery founded?': r'founded|established|since 1\d\d\d|dating from',
    'How many Saison Dorée bottles have actually exploded so far?': r'\d[\d,]* (bottles )?(have |had )?(burst|exploded)',
    'Which construction company found the Hamburg bomb?': r'construction (company|firm)|GmbH|builder [A-Z]',
    'How old is Frauke Wöhlert?': r'Wöhlert, \d|\d+-year-old',
    "How many people work in Hamburg's bomb disposal service?": r'team of \d|\d+ (staff|employees|experts|specialists|people) (work|in)',
    'How old is Sanne Koldewijn?': r'Koldewijn, \d|\d+-year-old',
    'Who founded Velomar?': r'founded by|founder',
    "How many people work at Velomar's Hasselt plant?": r'Hasselt.{0,60}\d+ (workers|jobs|employees|people)|\d+ (workers|people) .{0,30}Hasselt',
    'How many e-bikes did Velomar sell last year?': r'sold (about )?\d[\d,]* (e-)?bikes|\d[\d,]* (e-)?bikes (sold|a year|last year)',
    "Who is Velomar's chief financial officer?": r'chief financial|\bCFO\b|finance director|finance chief',
    'How much did Brandt & Oei pay for its stake in Velomar?': r'\bpaid\b|bought (its|the|a) stake|acquired',
    'How old is Margaret Oyelaran?': r'Oyelaran, \d|\d+-year-old',
    'Who will be the landlord running the Plough?': r'landlord|landlady|manager|tenant|publican',
    'How many people live in Kessingham?': r'population|village of [\d,]+|\d[\d,]* (residents|people|inhabitants) live',
    'How old is Rhona Kerr?': r'Kerr, \d|\d+-year-old hydrologist|hydrologist, \d',
    'How much will the salmon tagging study on the Allt Dubh cost?': r'study.{0,60}£|tags?.{0,60}£|£[\d,]+.{0,40}(study|tag)',
    'How many rooms does the Torran Arms have?': r'\d+ (bed)?rooms|(its|the hotel\'s) \w+ rooms',
}
# Both reports of an event: a not-stated guard must match neither.
EVENTS = [('2025-08-12-afp-spain-avila-wildfire.txt', '2025-08-14-ap-spain-wildfire-shepherd-killed.txt'),
          ('2025-06-16-reuters-velomar-court-protection.txt', '2025-06-18-bloomberg-velomar-creditor-freeze.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
