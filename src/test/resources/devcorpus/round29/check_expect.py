#!/usr/bin/env python3
"""Checks round 29's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

DAYS = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the 19-year-old deckhand still missing after the Peniche sinking?':
        r'deckhand,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (19|a 19|the 19)|(?<!-)\bnamed (as )?(?-i:[A-Z])'
        r'|identified (him )?as (?-i:[A-Z])|deckhand (was )?(called|named)',
    'Which company owns the Estrela do Baleal?':
        r'owned by|owner,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (Lda|Ltd|SA|Pescas|Pesca)\b|operated by|belong(s|ed|ing)? to'
        r'|shipowner,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the )?(boat|vessel)\'?s? owner',
    'Who was the second fisherman whose body was recovered from the wreck?':
        r'(other|second)( body| man| fisherman)? (was|is|has been) (identified as |named as )?(?-i:[A-Z])|identified as (?-i:[A-Z])'
        r'|named as (?-i:[A-Z])|(bodies|body) of (?-i:[A-Z])\w+ (?-i:[A-Z])\w+ and (?-i:[A-Z])',
    'How much was the Estrela do Baleal insured for?':
        r'insur|valued at|\bworth\b|€\d[\d,.]*( million)? (boat|vessel|seiner)',
    'How many fishermen are based in Peniche?':
        r'\d[\d,.]* (fishermen|fishers|boats|vessels|seiners)|fleet of (\d|some|about|around)|(hundreds|thousands) of (fishermen|fishers)',
    "How many members does the Oeste fishermen's union have?":
        r'\d[\d,.]* members|membership|represents (\d|some|about|around|more)',
    'Which ram sired the record-priced Texel lamb?':
        r'\bsire\b|\bsired\b|\bby (?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (out of|ex)\b|out of a|(father|sire) (was|is) (?-i:[A-Z])|son of',
    'How many lambs did Anna Tweddle sell at Rothbury altogether?':
        r'(sold|sells?|selling) (\d+|two|three|four|five|six|seven|eight|nine|ten|all) (of her )?(lambs|tups|rams)'
        r'|her (other|\d+|two|three|four|five) (lambs|tups|rams)|(lambs|tups|rams) (from|for) (Tweddle|Low Shaw)',
    'Who bought the 9,500-guinea Texel shearling from the Charlton brothers?':
        r'(bought by|buyer|purchaser|sold to|knocked down to)[^.]{0,60}Charlton|Charlton[^.]{0,80}(bought by|buyer|sold to|knocked down to)'
        r'|9,500[^.]{0,40}(bought by|buyer|sold to|knocked down to)',
    'What was the weather like on the day of the Coquetdale ram sale?':
        r'sunny|sunshine|\brain(ed|y|ing)?\b|\bdry (day|morning)|drizzle|shower|weather|\bwind(y)?\b|cloud|\bcold\b|\bhot day',
    'How many red squirrels are there in Dumfries and Galloway?':
        r'population|\d[\d,]* (red )?squirrels (live|in the region|left|remain)|estimated (\d|at)|red squirrels? (number|count)s? (about|around|some)',
    'How many red squirrels died on Dumfries and Galloway roads in 2022?':
        r'2022',
    'On what date was the Harbourside Grocers notice about the pâté recall put up?':
        r'\b(issued|published|posted|dated|updated|displayed|notice date)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS + r'\b'
        r'|\b\d{1,2}/\d{1,2}/\d{2,4}\b',
    'How many people have fallen ill after eating the Tidewell pâté?':
        r'\d+ (people|cases|customers|illnesses)|(cases|illnesses) (of|have been) (reported|linked)|fallen ill|been ill|made ill|reported ill'
        r'|(no|any) (reports|cases) of',
    'How much does a tub of the recalled Tidewell pâté cost?':
        r'£\d|\d+p\b|\bpric|\bcosts?\b|\bretail',
    'What caused the fire at Rumah Tingang?':
        r'caused by|due to|blamed on|sparked by|triggered by|short[- ]circuit|electric|gas (cylinder|stove|tank)|cooking (fire|oil)|candle|mosquito coil|arson|faulty|overheat',
    'What was the name of the 81-year-old woman treated for smoke inhalation?':
        r'(?<!Kapit )\b(woman|resident),? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (anak|binti) (?-i:[A-Z])\w+, 81|(?<!-)\bnamed (?-i:[A-Z])|identified (her )?as',
    'Which football match were the residents watching when the fire started?':
        r'(?-i:[A-Z])\w+ (v|vs|versus|against) (?-i:[A-Z])|match between|\bfinal\b|Premier League|\bLiga\b|\bCup\b|derby|World Cup',
    'How many longhouses are there along the Baleh river?':
        r'\d+ longhouses|(dozens|hundreds|scores) of longhouses|longhouses (on|along) the Baleh|(some|about|around) \d+ longhouses',
    'Who has made the largest pledge to the BCA appeal so far?':
        r'\bdonor|donat|pledged by|(?-i:[A-Z])\w+ (Bhd|Berhad|Foundation|Sdn)\b|(biggest|largest) (pledge|gift|donation)|gave RM',
    'What is the name of the officer in charge of the Kapit fire station?':
        r'(station|fire) (chief|commander|head|officer|superintendent)[^.]{0,5}(?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the )?(station|fire|operations) (chief|commander|head)'
        r'|\b(Supt|Superintendent|Commander|Chief) (?-i:[A-Z])',
    'How much would the padel courts have cost to build?':
        r'£\d|cost(ing)? (of )?(about |around )?£|\d+ (million|thousand) pounds|investment of|\bcost of (the )?(scheme|courts|development)',
    'Will the golf club challenge the padel decision in the High Court?':
        r'High Court|judicial review|legal challenge|consider(ing)? (its|their) options|statutory (challenge|review)|section 288',
    'What is the name of the council officer who assessed the padel noise?':
        r'officer,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the )?(council\'s )?environmental',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-02-18-lusa-peniche-purse-seiner-sinks-three-fishermen-missing.txt',
           '2025-02-20-portugal-brief-newsletter-peniche-seiner-fifteenth-crewman.txt'),
          ('2025-11-03-bernama-kapit-longhouse-fire-families-homeless.txt',
           '2025-11-05-borneo-community-aid-kapit-longhouse-fire-situation-report.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
