#!/usr/bin/env python3
"""Checks round 20's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    "What is the name of the Hanbada Pearl's captain?":
        r'captain|skipper|master,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+(-\w+)?, (the|its) (captain|master)',
    'What does a one-way ticket to Ulleung Island on the ferry cost?':
        r'\d[\d,]* ?won\b|\bKRW\b|₩|fares? (of|is|are|was|cost)|tickets? (cost|price)|\$\d+ (each way|one way|return)',
    'What is the given name of the engineer surnamed Choi?':
        r'(?-i:Choi [A-Z][a-z]+)|(?-i:[A-Z][a-z]+-[a-z]+ Choi)|surnamed Choi,? (named|called|whose)|(?-i:Choi)[^.]{0,20}(first|given) name',
    'Which shipyard built the Hanbada Pearl?':
        r'shipyard|built by|built at|Hyundai|Samsung|Daewoo|Hanjin|Austal|Incat|\byard\b',
    "How old is Daedong Marine's chief executive Yoon Sang-chul?":
        r'Yoon Sang-chul, \d|Yoon[^.]{0,20}\(\d|\d+-year-old (chief|Yoon)|chief executive, \d|Yoon, (aged|who is) \d',
    'How many tourists visit Ulleung Island each year?':
        r'visitors|tourist|sightseers|holidaymakers',
    'Who chairs the board of Brenmoor Cycles?':
        r'\bchair(man|woman|person|s)?\b|non-executive',
    'How much is Priya Lindqvist paid?':
        r'salary|\bpaid\b|bonus|remuneration|pay (package|deal|rise|award)|earns?\b',
    "Which retail chains sell Brenmoor's bikes?":
        r'Halfords|Evans Cycles|Decathlon|sold (through|by|at|in)|stockists?|retailers (such as|including|like)|(chain|retailer),? (?-i:[A-Z])',
    'How many bikes a year can the Coventry factory turn out?':
        r'capacity|(bikes|units|frames) a year|a year[^.]{0,20}(bikes|units)|able to (build|make|produce)',
    'What is the name of the kayaker who was rescued off Anglesey?':
        r'kayaker,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 38|named (as|him)|identified|called (?-i:[A-Z])',
    'In what year did Brenmoor Cycles float on the stock market?':
        r'\bfloat|listed|listing|\bIPO\b|flotation|went public|joined the (stock|market|index) in',
    "Who was Shelby Reimer's defence lawyer?":
        r"Reimer'?s? (lawyer|counsel|attorney)|(lawyer|counsel) (for|representing) (Shelby )?Reimer|Reimer[^.]{0,40}(lawyer|counsel|represented)",
    'What is the name of the bank teller who flagged the cheques?':
        r'teller,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (bank )?teller|teller (named|called)',
    'What was the name of the 94-year-old widow from Transcona?':
        r'widow,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 94|widow (named|called)|named (as|her)|identified (as|her)',
    'How old is Gerald Thiessen?':
        r'Thiessen, \d|Thiessen \(\d|\d+-year-old (retired|bus|Thiessen|Gerald|son)|driver, \d|Thiessen, (aged|who is) \d',
    'Which bank did the teller who raised the alarm work for?':
        r'Royal Bank|\bRBC\b|\bTD\b|Scotiabank|\bBMO\b|CIBC|credit union|Bank of|teller at|(?-i:[A-Z])\w+ (Bank|Financial)\b',
    'In what year was Prairie Comfort Heating founded?':
        r'founded|established|set up|started (the|his) (company|firm|business)|since (19|20)\d\d|in business (for|since)',
    'How much does Ines Varga pay for her Alaskan spruce?':
        r'spruce[^.]{0,60}(€|\$|£|cost|price)|(€|\$|£)[^.]{0,40}spruce',
    "What is the name of Varga's 15-year-old daughter?":
        r'daughter,? (?-i:[A-Z])|(?-i:[A-Z])\w+, (her|the|a) daughter|daughter (named|called)|(?-i:[A-Z])\w+, 15\b',
    'Which Dublin music shop offered to take all her harps?':
        r'shop,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (Music|Musical|Harps)\b|shop (called|named)|(?-i:[A-Z])\w+\W?s (of|in) Dublin',
    'How much did the Arts Council pay for its harps?':
        r'Arts Council[^.]{0,80}(€|\$|£|\d{2,},\d)|(€|\$|£)[^.]{0,60}Arts Council',
    'Which Czech firm makes the strings Varga now uses?':
        r'maker,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (Strings|s\.r\.o)|(maker|company|firm) (called|named)|Czech (firm|company),? (?-i:[A-Z])',
    'How much funding did the oyster reef study receive?':
        r'fund|grant|£\d|€\d|\$\d|paid for|backed by|sponsor',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-11-03-seoul-metro-herald-live-ulleung-ferry-fire.txt',
           '2025-11-04-yonhap-ulleung-ferry-fire-engineer-serious.txt'),
          ('2025-11-20-cp-winnipeg-furnace-fraud-verdicts.txt',
           '2025-11-21-red-river-record-furnace-fraud-families-react.txt')]

if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
