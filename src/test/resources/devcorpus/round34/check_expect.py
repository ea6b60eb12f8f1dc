#!/usr/bin/env python3
"""Checks round 34's question files against its articles (run from any directory): the checks every
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
    'What was the name of the angler who phoned 112?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+,? (who|the angler who) (called|phoned|rang|raised)|call(ed|er) (was )?(?-i:[A-Z])\w+ (?-i:[A-Z])|(raised|called|phoned) by (?-i:[A-Z])|angler (named|called) (?-i:[A-Z])',
    'How much is the rescue going to cost the taxpayer?':
        r'\bcost|€ ?\d|\d[\d,.]* ?euros|\bbill\b|taxpayer',
    'How old was the youngest person on the floe?':
        r'youngest|(child|children|boy|girl|teenager|son|daughter)[^.]{0,30}\d+|\d+-year-old (boy|girl|child)|aged (\d|one|two|three|four|five|six|seven|eight|nine|ten)',
    'Where were the two tourists from?':
        r'tourists? (from|were from|from the) |(?-i:[A-Z])\w+ tourists|(German|Japanese|French|British|Chinese|Spanish|Italian|American|Swedish|Dutch|Korean)',
    "What's the registration of the helicopter that flew from Rovaniemi?":
        r'OH-|call ?sign|registration|registered',
    'Which firm ran the guided snowmobile trip?':
        r'(?-i:[A-Z])\w+ (?-i:Safaris|Adventures|Tours|Travel|Oy|Ltd|Experiences)|(operator|company|firm),? (?-i:[A-Z])|(run|organised|organized) by (?-i:[A-Z])',
    'How big a fine can you get for going onto the closed ice?':
        r'\bfine[ds]?\b|penalt|€|euros|prosecut',
    "What's the postcode for the Ashgrove site?":
        r'(?-i:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)|postcode|post code',
    'How much did the council pay the Dodds for the field?':
        r'(bought|purchased|paid|acquired)[^.]{0,60}£|£[^.]{0,60}(bought|purchased|acquired)|purchase price|for £|\bcost\b',
    'How long does a tenancy run for?':
        r'tenanc(y|ies) (runs?|lasts?|is for|are for|of \d)|(one|two|three|five|ten|\d+)[- ]years? (tenanc|lease|agreement)|\blease\b|renewed (each|every)',
    'are there toilets on site':
        r'toilet|\bWC\b|\bloo\b|lavator',
    'How many pickers work the rose harvest in the valley?':
        r'\d[\d,]* (pickers|workers|seasonal)|(pickers|workers) (number|total)|(hundred|thousand)s? of pickers',
    'How much money are the cruise companies losing every day?':
        r'los(s|ses|t|ing) (of |about |around |some |up to |nearly |almost )?(€ ?\d|\d[\d.,]* ?(million|euros|forint|HUF))|revenue|turnover|\bcost(s|ing)? (the|them|operators|companies)',
    'How long is the dredging at Dunaföldvár expected to take?':
        r'dredg\w*[^.]{0,60}\b(\d+|one|two|three|four|five|six|several) (days|weeks|months)|(days|weeks|months) of dredging|dredging (will |should |is expected to )?(last|take|finish|end)',
    'Which company runs the Nagymaros ferry?':
        r'ferry (operator|company)|(?-i:[A-Z])\w+ (?-i:Kft|Zrt|Ltd)|(operated|run) by|ferry,? (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'How many crew are on the Aurelia Danubia?':
        r'\d+ (crew|staff|sailors|seamen)|crew of \d+|(crew|staff) (of|numbers?|totals?) (\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty)',
    'What does a cabin on the Aurelia Danubia cost?':
        r'(cabin|fare|price)[^.]{0,30}(€|euros|\d+ ?EUR|forint)|(€|euros)[^.]{0,20}(cabin|fare)|prices? (start|from)|\bcosts? (€|\d)',
    'What is the usual level of the Danube in Budapest at this time of year?':
        r'(normal|usual|average|typical|mean)(ly)?[^.]{0,40}\d+ ?(cm|centimet)|\d+ ?(cm|centimet)[^.]{0,30}(normal|usual|average|typical)',
    'When was the organ restoration blog post published?':
        r'\b(issued|published|posted|dated|updated|printed|appeared|presented on)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS
        + r'\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'How much is the restoration costing?':
        r'€|euros?\b|\bcost|budget|\d[\d.,]* ?(EUR|guilders?)',
    'Who lent them the lorry?':
        r'lorry (from|lent by|belong|of) |(borrowed|lent|loaned) (from|by) (?-i:[A-Z])|(?-i:[A-Z])\w+(\'s|’s) (flatbed|lorry|truck)|(lent|loaned) (us|the workshop) ',
    'Where are the other organs Oldeboom built?':
        r'other (two )?organs? (are|were|is|stands?|in|at)|organs? (in|at) (?-i:[A-Z])|(built|made) (organs |one |others )?(for|in|at) (?-i:[A-Z])\w+ and (?-i:[A-Z])|(two|2) others',
    "What's the name of the boy who found the bottle?":
        r'boy,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (10|ten)\b|boy (named|called)|(grandson|boy) (?-i:[A-Z])|(?-i:[A-Z])\w+, (aged )?(10|ten)\b',
    "What's Katrin's surname?":
        r'Katrin (?-i:[A-Z])|surname|family name|(?-i:[A-Z])\w+, n[ée]e|(?-i:[A-Z])\w+ \(n[ée]e',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2026-02-21-stt-hailuoto-ice-floe-anglers-rescued.txt',
           '2026-02-22-gulf-of-bothnia-coast-guard-hailuoto-floe-rescue-press-release.txt'),
          ('2025-08-27-mti-danube-low-water-cruise-ships-stranded-budapest.txt',
           '2025-08-28-aurelia-river-voyages-travel-advisory-danube-low-water.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
