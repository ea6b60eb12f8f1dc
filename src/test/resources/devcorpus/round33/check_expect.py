#!/usr/bin/env python3
"""Checks round 33's question files against its articles (run from any directory): the checks every
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
    'What was the name of the hiker who took the photo of the animal?':
        r'hiker,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|an) (hiker|walker)|photographed by (?-i:[A-Z])|photographer,? (?-i:[A-Z])|hiker (named|called)',
    'How much does the province pay out for a ram?':
        r'\brams?\b',
    'How old is the shepherd, Lukas Gfall?':
        r'Gfall,? (aged )?\d+|Gfall \(\d+\)|\d+-year-old shepherd|shepherd,? \d+,',
    'What breed are the sheep that were attacked?':
        r'\bbreed\b|Bergschaf|Steinschaf|Merino|Texel|Suffolk|Tyrolean Mountain',
    'How much compensation has actually been paid out so far?':
        r'paid out|ha(s|ve) been paid|been compensated|total of [\d,.]+ euros|[\d,.]{5,} euros',
    'When is the provincial government going to publish the shooting order?':
        r'ordinance (was|will be|is to be|has been) (issued|published|signed)|published on|issued on|comes into force|takes effect|in force from',
    'How heavy is the wolf?':
        r'\d+ ?(kg|kilo)|weigh',
    'Which auction house handled the sale?':
        r'auction house,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (& |and )?(?-i:[A-Z])\w+ (?-i:Auctions|Auctioneers)|sold (by|through) (?-i:[A-Z])|(?-i:Auctions|Auctioneers)',
    "What was Eliza's younger brother called?":
        r'brother,? (?-i:[A-Z])|brother (named|called)|(?-i:(?!Eliza|Josiah)[A-Z]\w+) Cattermole',
    'How many of the men on board were Harwich men?':
        r'(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all) (of them|of the crew|of the men|men|crew)[^.]{0,20}(came from|were from|lived in|belonged to) Harwich|Harwich men',
    'How much did it cost to have the sampler conserved?':
        r'conserv\w*[^.]{0,40}(£|\bcost)|£ ?\d[\d,]*[^.]{0,20}conserv|\bcost\b',
    'What is the amber expected to be worth?':
        r'worth|valued|value of|\d+ ?(kroner|DKK|kr)\b|€ ?\d',
    'What is the name of the elderly man treated for hypothermia?':
        r'\bman,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 84|named (as )?(?-i:[A-Z])',
    'Which hospital was the man with hypothermia taken to?':
        r'hospital (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:Hospital)|clinical hospital|Szpital',
    'How much is the repair going to cost?':
        r'zł|złot|zlot|PLN|\bcost|million',
    'At which street junction did the pipe burst?':
        r'(?-i:Street|Avenue|Road|Aleja|Square)\b|\b(ul|al)\. (?-i:[A-Z])|ulic|junction of (?-i:[A-Z])',
    'What is the monthly heating charge for a typical flat?':
        r'zł|złot|zlot|PLN|per month\b[^.]{0,20}\d|monthly (heating )?charge (is|of|averages)',
    'Who heads Ciepło Bystrzyca?':
        r'(chief executive|CEO|president|director|managing|head of)[^.]{0,40}(?-i:[A-Z])|prezes',
    'How many bus lines had to be diverted?':
        r'\d+ (bus|buses|routes|lines)|(two|three|four|five|six|seven|eight|nine|ten) (bus|buses|routes|lines)|bus (lines?|routes?) (no\.? )?\d',
    'When was this jury citation published?':
        r'\b(issued|published|posted|dated|updated|printed|appeared|presented on)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS
        + r'\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'How many pages long is The Hollow Year?':
        r'\d+ pages|pages? long|page count',
    'What is the name of the wood where Ockwell did her dormouse counts?':
        r'(?-i:[A-Z])\w+ (?-i:Wood|Woods|Copse|Forest)\b|wood (called|named|at|near) (?-i:[A-Z])',
    'How deep is the sump where the beetles were collected?':
        r'\d+ ?(m|metres|meters) (deep|down|below)|depth of|\bdeep\b',
    'What does the beetle eat?':
        r'\b(eats?|feeds?|fed|prey|diet)\b',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-07-08-apa-kaunertal-wolf-attacks-sheep-alpine-pasture.txt',
           '2025-07-16-tyrol-advisory-board-wolf-opinion-gschwandtalm-removal.txt'),
          ('2026-01-14-pap-lublin-heating-main-burst-flats-without-heat.txt',
           '2026-01-15-cieplo-bystrzyca-status-page-czuby-heating-outage-resolved.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
