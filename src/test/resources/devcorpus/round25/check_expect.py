#!/usr/bin/env python3
"""Checks round 25's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    "What is the name of the Aurelia Rhein's captain?":
        r'captain,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the|its|a) (ship\'s |vessel\'s )?captain'
        r'|captain (named|called)|(?-i:Captain|Capt\.?) (?-i:[A-Z])|skipper,? (?-i:[A-Z])',
    'How fast was the cruise ship going when it hit the pillar?':
        r'\d+ ?(km/h|kph|knots|mph)|kilomet(re|er)s (an|per) hour|\bspeed of|at full speed|\bknots\b',
    'How much will it cost to repair the Aurelia Rhein?':
        r'repairs?[^.]{0,60}(€|euros?|\$|£|francs|\bCHF\b)|(€|euros?|\bfrancs\b|\bCHF\b)[^.]{0,40}repair|cost of (the )?repairs',
    "What is the name of the sister Margaret Dell was travelling with?":
        r'sister,? (?-i:[A-Z])|sister (named|called)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (her|Dell\'s) sister'
        r'|(?-i:[A-Z])\w+ and (?-i:Margaret)|(?-i:Margaret) and (?-i:[A-Z])',
    'How much did a place on the Amsterdam-to-Basel cruise cost?':
        r'fares?[^.]{0,40}(€|euros?|\$|£|francs)|(€|\$|£)[\d,.]+ (a|per) (person|passenger|cabin|head)'
        r'|(cost|costs|costing|paid) (about |around |some )?(€|\$|£)|priced (at|from)',
    'What will a night in one of the Windy Law cabins cost?':
        r'£[\d,.]+ (a|per) (night|week|stay|break)|nightly (rate|price)|a night[^.]{0,20}£|(rates?|prices?) (from|of|start)',
    'How old is Rob Heslop?':
        r'Rob Heslop, \d|Rob Heslop \(\d|\bMr Heslop, \d|\bRob, \d|husband, \d|\d+-year-old (husband|Rob|Mr Heslop)',
    'Which consultancy wrote the hydrology report for Windy Law?':
        r'hydrolog\w* (report|survey|assessment)[^.]{0,40}(by|from) (?-i:[A-Z])|(?-i:[A-Z])\w+ (Hydro\w*|Consult\w*|Environmental|Associates|Geo\w*)\b'
        r'|consultan(ts?|cy),? (?-i:[A-Z])|(drawn up|prepared|carried out|written|commissioned from) (by )?(?-i:[A-Z])',
    'How old is Alison Gair?':
        r'Gair, \d|Gair \(\d|\d+-year-old (retired|former|GP|doctor|Dr)|Gair[^.]{0,30}aged \d|Alison, \d|retired GP, \d',
    'How many pairs of lapwing nest on the Windy Law fields?':
        r'lapwings?|peewits?|green plovers?',
    'How much did the public appeal raise to pay for the otter sculpture?':
        r'raised (about |around |some |more than )?£|£[\d,.]+ (was |were )?raised|appeal[^.]{0,40}£|(cost|costed|commissioned for) £',
    "What was the registration of the pick-up seen near the Groe?":
        r'registration|number plate|\breg\b|(?-i:[A-Z]{2}\d{2} ?[A-Z]{3})\b',
    'What is the name of the 64-year-old hiker who was carried down on a stretcher?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+(-\w+)?, (a |the )?64|64-year-old (man|hiker),? (?-i:[A-Z])|\bnamed (?-i:[A-Z])|identified (him )?as',
    'What was the temperature on the summit during the blizzard?':
        r'(minus|-|−) ?\d+ ?(degrees|°|C\b)|\d+ degrees|°C|temperatures? (fell|dropped|plunged|of|reached)|below (zero|freezing)',
    'Which airline cancelled the most flights at Jeju?':
        r'Korean Air|Asiana|Jeju Air|Jin Air|T\'?way|Air Busan|Air Seoul|Eastar|(?-i:[A-Z])\w+ Air(lines)?\b|airline,? (?-i:[A-Z])',
    'How many of the stranded hikers were foreigners?':
        r'foreign(er|ers|nationals?)?\b|(tourists|hikers|visitors|climbers) from (China|Japan|Taiwan|abroad|overseas)'
        r'|(Chinese|Japanese|Taiwanese|American|Vietnamese) (tourists|hikers|nationals|climbers)|overseas',
    'How much does it cost to book a climb up Mount Halla?':
        r'\bwon\b|₩|(fee|charge|costs?)[^.]{0,30}\d|free of charge|\bfree\b',
    'At which hospital was the 64-year-old hiker treated?':
        r'(?-i:[A-Z])\w+ (National University |University |Medical )?(Hospital|Medical Cent(er|re))|hospital (named|called)|(?-i:[A-Z])\w+ hospital',
    'What was the name of the Birmingham chain that owned the Pavilion?':
        r'chain,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (Cinemas|Theatres|Circuit|Entertainments|Picture Theatres)\b|owned by (?-i:[A-Z])'
        r'|(?-i:ABC|Odeon|Gaumont|Essoldo|Granada|Classic)|chain (called|named)',
    'How old was Eluned Bevan when she died?':
        r'Eluned[^.]{0,40}aged \d|Eluned, \d|died (in 2018 )?aged \d+[^.]{0,20}(Eluned|wife)|wife[^.]{0,30}aged \d'
        r'|at the age of \d+[^.]{0,30}(Eluned|wife)|(former nurse|Eluned)[^.]{0,30}\bat \d+\b|\d+-year-old (wife|Eluned)',
    "What is the title of Siân Morgan-Lloyd's second film?":
        r'second (feature )?film,? (?-i:[A-Z])|film,? (?-i:[A-Z])\w+|(titled|called|entitled) (?-i:[A-Z])|“|(?-i:[A-Z])\w+ \((19|20)\d\d\)',
    'How many seats are there in the Pavilion Picture House?':
        r'\d+[- ]seat|\d+ seats|seats? (\d|about|around|some)|seating (for )?\d|capacity|audience of \d',
    'What is the name of the Llanelwedd Wanderers player Pritchard struck?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the |a )?(Llanelwedd|Wanderers|opponent|centre|wing|prop|hooker|lock|full-back|scrum-half|fly-half|number)'
        r'|struck (?-i:[A-Z])|(opponent|player|centre|wing|prop|hooker|lock),? (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'Which referee sent Owain Pritchard off?':
        r'referee|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (showed|sent)|official,? (?-i:[A-Z])|by (?-i:[A-Z])\w+ (?-i:[A-Z])\w+ in the',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-02-21-anp-nijmegen-cruise-ship-hits-waal-bridge.txt',
           '2025-02-22-meridian-nijmegen-cruise-ship-captain-questioned.txt'),
          ('2025-02-09-yonhap-jeju-hallasan-hikers-stranded-blizzard.txt',
           '2025-02-10-xinhua-south-korea-jeju-snow-hikers-flights.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
