#!/usr/bin/env python3
"""Checks round 16's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What bait was Géza Farkas using when he hooked the catfish?':
        r'\bbait|\blure|\bworms?\b|squid|pellets?\b|live fish|hooked (it|the fish) (on|with)',
    'On what date did Radio Danube International publish the catfish story?':
        r'published|\d{1,2}\.\d{1,2}\.20\d\d|20\d\d-\d\d-\d\d|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2},? 20\d\d|\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* 20\d\d|CET|CEST',
    'How old was the Spanish woman killed in the coach crash?':
        r'Spanish (woman|citizen|victim|national|tourist), \d|\d+-year-old Spanish|Spanish .{0,40}aged \d',
    'What is the surname of the Sahara Link manager who spoke to the AP?':
        r'Youssef (?-i:[A-Z])|manager,? (?-i:[A-Z])\w+ (?-i:[A-Z])\w+,? (said|told)',
    'How much does a ticket from Marrakech to Ouarzazate cost on Sahara Link?':
        r'dirhams?|\bMAD\b|ticket (price|costs?)|fares? (of|is|are|costs?)|costs? \d',
    'How old is Rachid Amrani?': r'Amrani, \d|\d+-year-old (general|manager|Amrani)|manager, \d|Amrani \(\d',
    'How fast was the coach travelling at the moment it crashed?':
        r'km/h|kph|mph|kilometers an hour|kilometres an hour|miles an hour|speed of|speeding|\bspeed\b',
    'What were the names of the French victims of the crash?':
        r'French (citizens?|victims?|nationals?|tourists?),? (?-i:[A-Z])|named (as|the)|identified as',
    'How much did Vesper pay for its sixteen second-hand carriages?':
        r'\bpaid\b|bought\b.{0,80}\bfor (about |some )?[\d€£$]|(cars|carriages) cost|cost of (the )?(cars|carriages|rebuild|refurbish)|price of (the )?(cars|carriages)',
    'Which airline did Ingrid Solbakken work for?':
        r'Norwegian Air|\bSAS\b|Ryanair|Wizz|easyJet|Wider(ø|o)e|Flyr|airline (called|named)|airline,? (?-i:[A-Z])',
    'What will a ticket from Oslo to Hamburg cost on the Vesper train?':
        r'Hamburg.{0,80}(euros|kroner|€|NOK)|(euros|kroner|€|NOK).{0,80}Hamburg',
    'What is the top speed of the Vesper night train?':
        r'km/h|kph|mph|kilometres an hour|kilometers an hour|miles an hour|top speed|\bspeed of',
    'How old is Helen Marchetti?':
        r'Marchetti, \d|\d+-year-old (museum|director|Marchetti)|director, \d|Marchetti \(\d|At \d+, (the )?(director|Marchetti)',
    'How much will the museum\'s insurers pay out for the lost coins?':
        r'\binsurers?\b|pay ?out|\bclaim\b|compensat',
    'How old was Walter Pyne when he found the hoard?':
        r'Pyne, \d|\d+-year-old (farmer|Pyne)|Pyne, (then )?aged|farmer, \d|Pyne \(\d',
    'How big a reward is on offer for the missing coins?': r'reward|bounty',
    'Who was the Dutch buyer Lee Carver approached?':
        r'buyer,? (named|called|(?-i:[A-Z]))|dealer (named|called)|(Dutch|Amsterdam|Rotterdam) (dealer|collector|buyer),? (?-i:[A-Z])',
    'How many visitors does the Balkerne Gate Museum get each year?':
        r'[\d,]+ visitors|visitors (a|each|per|every) year|a year.{0,30}visit|annual visitors',
    'Which phone app do the lost walkers rely on?':
        r'OS Maps|AllTrails|Komoot|Outdooractive|Google Maps|Strava|ViewRanger|app (called|named)|\bapp,? (?-i:[A-Z])',
    'How much does a coastguard helicopter call-out cost?':
        r'helicopter.{0,80}(£|cost)|(£|cost).{0,80}helicopter',
    'How many people died on the Lake District fells last year?':
        r'\bdied\b|\bdeaths?\b|fatal|\bkilled\b|\bdead\b',
    'How much was the cheque Tom Fairley sent the rescue team?':
        r'cheque (for|of) £|£[\d,]+ cheque|donat\w+ £|gave (the team )?£',
    'On what date was Loretta Haskins born?': r'\bborn\b|\bb\. \d|birthday|née',
    "What was the name of Loretta Haskins's husband?": r'husband|married|widow|wife of',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-10-12-ap-morocco-atlas-coach-crash.txt', '2025-10-13-atlas-daily-live-tizi-ntichka-coach-crash.txt'),
          ('2025-03-04-essex-evening-post-colchester-museum-gold-coins-stolen.txt',
           '2025-11-21-east-anglian-courier-colchester-coin-raid-sentencing.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
