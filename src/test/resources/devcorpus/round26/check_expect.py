#!/usr/bin/env python3
"""Checks round 26's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the 12-year-old boy who went to hospital after the coaster stalled?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (aged )?12\b|\bboy,? (?-i:[A-Z])\w+|boy (named|called)'
        r'|12-year-old,? (?-i:[A-Z])\w+ (?-i:[A-Z])|\bson,? (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'How much did it cost to build the Vortex Reef?':
        r'\$ ?[\d.,]+ ?(m|million|bn|billion)?[^.]{0,40}(build|built|construct)|(cost|built for|price tag|investment)[^.]{0,30}\$',
    'Which company manufactured the Vortex Reef?':
        r'(built|made|manufactured|designed|supplied|engineered) by (the |an? )?(\w+ ){0,2}(firm|company|(?-i:[A-Z]))|manufacturer|maker,? (?-i:[A-Z])'
        r'|(?-i:[A-Z])\w+ (Rides|Coasters|Engineering|AG|GmbH|Intamin|Vekoma|Mack)\b|Intamin|Vekoma|Bolliger|Gerstlauer',
    'How much is a day ticket to Wavecrest World?':
        r'tickets?[^.]{0,40}\$|\$ ?[\d.]+ (a|per|for) (day|adult|adults|person|child|ticket)|admission[^.]{0,30}\$|entry (costs|fee)',
    "What is the name of Tegan Moorfield's partner?":
        r'partner,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (her|Moorfield\'s) partner|(?-i:Tegan) and (?-i:[A-Z])'
        r'|partner (named|called)|(boyfriend|girlfriend|husband|fianc\w+),? (?-i:[A-Z])',
    'What is the name of the Dartmouth restaurant where Daniel Kerswell cooked?':
        r'at (?-i:(The )?[A-Z]\w+( [A-Z&]\w*)*),? (a|the) (\w+ )?restaurant|restaurant,? (?-i:[A-Z])|restaurant (called|named)'
        r'|(?-i:[A-Z])\w+\'s (restaurant|Kitchen|Grill|Bistro)|(?-i:The [A-Z]\w+ (Shack|Kitchen|Grill|Bistro|Table|Galley))',
    "How long did the inquest into Daniel Kerswell's death last?":
        r'(hearing|inquest) (lasted|ran|took)|(one|two|three|four|five|\d)-day (hearing|inquest)|lasted (\w+ )?(hours|days)',
    'Where was Daniel Kerswell born?':
        r'\bborn\b|grew up in|native of|(?-i:[A-Z])\w+-born|brought up in|raised in',
    "When will Daniel Kerswell's funeral be held?":
        r'funeral|memorial service|cremat|laid to rest|celebration of (his )?life',
    'On what date did Kestrel Aerial Logistics issue its press release about the hospital drone flights?':
        r'\b(19|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
        r'|(January|February|March|April|June|July|August|September|October|November|December),? \d'
        r'|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\btoday\b',
    'How many drones has Kestrel put on the Boston to Lincoln route?':
        r'\b(\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (\w+[- ])?(Kestrel )?(K4 )?(drones|aircraft)\b|fleet of',
    'How far apart are Pilgrim Hospital and Lincoln County Hospital?':
        r'\d+ ?(km|kilomet\w*|miles?)\b|\bmiles\b|kilomet',
    'What is the estimated cost of the flood damage in Peace River?':
        r'\$ ?[\d.,]+|damage[^.]{0,40}(million|billion)|dollars|(cost|bill)[^.]{0,30}(million|billion)',
    'How many homes in Peace River were flooded?':
        r'\b(\d[\d,]*|dozens|hundreds|scores) (of )?(homes|houses|buildings|basements)( were| had been)? (flooded|damaged|under water|swamped|inundated)'
        r'|(homes|houses|basements) (were )?(flooded|damaged|swamped|inundated)',
    'How deep was the floodwater on Main Street?':
        r'(water|flood)[^.]{0,40}(\d+ ?(cm|centimet\w*|inches|feet|ft|metres? deep|meters? deep)|knee|waist)|\d+ ?(cm|centimet\w*|inches|feet) (deep|of water)',
    'When was the Peace River evacuation order lifted?':
        r'(order|evacuation)[^.]{0,40}(lifted|rescinded|ended|cancelled|canceled)|allowed (to return|back)|returned home|(go|going|went) (back )?home',
    "What is the name of Glen Sawatzky's wife?":
        r'wife,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, his wife|(?-i:Glen) and (?-i:[A-Z])|wife (named|called)',
    'How thick was the ice in the Peace River jam?':
        r'ice[^.]{0,40}\d+ ?(cm|centimet\w*|metres?|meters?|m|inches|feet) thick|thick(ness)?[^.]{0,20}\d|\d+ ?(cm|centimet\w*|metres?|meters?|inches|feet)[- ]thick',
    'How much does it cost to spend a night in one of the rented lookouts?':
        r'\$ ?[\d.,]+ (a|per|for the|for one) night|(a|per) night[^.]{0,30}\$|nightly (rate|fee|price)|rent(s|ed|al)?[^.]{0,40}\$',
    "What is the title of Walt Pruitt's book about the lookouts?":
        r'book,? (?-i:[A-Z])|(titled|called|entitled|named) (?-i:[A-Z])|(?-i:[A-Z])\w+ of the (?-i:[A-Z])\w+ \((19|20)\d\d\)|“|\bbook [“"]',
    'How old is Rosa Betancourt?':
        r'Betancourt, \d|Betancourt \(\d|\d+-year-old (fire|Forest|officer|Betancourt)|Rosa, \d|Betancourt[^.]{0,30}aged \d',
    'How many visitors hike up to Thunder Butte each year?':
        r'\b[\d,]+ (visitors|hikers|people|tourists|climbers) (a|each|every|per) (year|summer|season)|(visitors|hikers) (a|each|every|per) (year|summer)',
    'What started the Coyote Creek fire?':
        r'(caused|started|sparked|ignited|set) by|lightning[^.]{0,30}(caused|started|sparked)|cause (was|of the fire)|campfire|arson|cigarette',
    'How many spectators watched the Harriers beat the Comets?':
        r'crowd|spectators|attendance|\d[\d,]* (fans|people|supporters)|sell-?out|capacity|in front of',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-01-05-aap-gold-coast-vortex-reef-riders-stranded-upside-down.txt',
           '2025-01-06-gc-bulletin-vortex-reef-what-we-know-explainer.txt'),
          ('2025-04-22-north-peace-today-live-peace-river-ice-jam-flood.txt',
           '2025-04-23-cp-alberta-peace-river-ice-jam-evacuation.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
