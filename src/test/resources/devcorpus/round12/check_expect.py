#!/usr/bin/env python3
"""Checks round 12's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What caused the fire at the Aspen Bluff mine?':
        r'caused by|because of|(sparked|triggered|started) by|blamed (on|for)|the cause (was|is)|\bdue to\b|short circuit|overheat|friction',
    'How old is Dana Lindqvist?': r'Lindqvist, \d|\d+-year-old (company )?spokes|spokesperson, \d',
    'How old is Warren Ostrowski?': r'Ostrowski, \d|\d+-year-old (company )?president|president, \d',
    'Which companies sent the mine rescue teams that helped at Aspen Bluff?':
        r'Mosaic|Nutrien|K\+S|BHP|(?-i:(?!Prairie |Crown )[A-Z][a-z]+ (Potash|Mining|Resources|Minerals)\b)|rescue (teams|crews) from (?-i:[A-Z])',
    'How much money will the fire cost Prairie Crown Potash?':
        r'\$[\d,.]+|dollars|\bcost\b|\bcosts\b|damage (was |is )?(estimated|put) at|\blosses\b|revenue',
    'Who owns Prairie Crown Potash?':
        r'owned by|shareholder|subsidiary|parent company|\bstake\b|listed on|stock exchange|\bshares\b',
    'When did the Aspen Bluff mine open?':
        r'(opened|founded|built|sunk|began production|started production|commissioned|began operating)( in)? (19|20)\d\d|since (19|20)\d\d|(19|20)\d\d,? when (it|the mine) (opened|began)',
    'What are the names of the miners who were taken to hospital?':
        r'(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |an |one of the )?(\d+-year-old )?(miner|worker|contractor)|(miners?|workers?) (were |was )?(named|identified)|identified (them|the (miners|workers)) as',
    'What was the name of the naval officer who took the map to America?':
        r'officer,? (?-i:[A-Z])|(?-i:\b(Lieutenant|Lt\.|Commander|Captain|Admiral|Ensign) [A-Z])|(?-i:(?!Ellen )[A-Z][a-z]+ Whitcombe)|officer (named|called)',
    'Who painted the Joseon map?':
        r'painted by|drawn by|made by (?-i:[A-Z])|cartographer|mapmaker|map-maker|\bartist|\bpainter',
    'How much is the returned Korean map worth?':
        r'\bworth\b|valued|valuation|appraised|\bestimated? (at|value)|priceless',
    'What is the name of the inn in Hanamaki where the bear got in?':
        r'(?-i:[A-Z][a-z]+ (Onsen|Ryokan|Inn|Hotel|Spa)\b)|inn,? (called|named|the (?-i:[A-Z]))|ryokan|-so\b|-kan\b',
    'How old is Helen Trevithick?': r'Trevithick, \d|\d+-year-old (operations )?director|director, \d',
    'What made the Wadebridge water main burst?':
        r'caused by|because of|\bdue to\b|blamed (on|for)|the cause (was|is)|(triggered|brought on|set off) by|ground movement|corrosion|subsidence|pressure surge|heat (caused|made)',
    "Who is Kernow Water's chief executive?":
        r'chief executive,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (Kernow Water.s |the company.s )?chief executive|(?-i:\bCEO,? [A-Z])|chief executive (is|was) (?-i:[A-Z])',
    'How much would it cost to replace the whole main?':
        r'replac\w+ (the main |it |the pipe )?(would|will|could) cost|£[\d.,]+ ?(m|million|bn)? (to replace|replacement)|cost of replac|replacement cost',
    'How many customers does Kernow Water supply altogether?':
        r'(supplies|serves) (water to )?(about |some |around |more than )?[\d,.]+ (million )?(customers|homes|people|households)|[\d,.]+ (million )?customers (across|in) (Cornwall|the)',
    'Which supermarket in Padstow hosted a bottled water station?':
        r'Tesco|Sainsbury|Co-op|Lidl|Aldi|Morrisons|Asda|Waitrose|Spar\b|(?-i:[A-Z][a-z]+.s) (car park|supermarket)',
    'Which school does Maisie Gallichan attend?':
        r'(?-i:[A-Z][a-z]+ (College|School|Academy|Grammar))|school,? (?-i:[A-Z])|pupil at|student at|\battends\b|studies at',
    'How much does one of the hornet radio tags cost?':
        r'tags? (costs?|costing|priced|at £)|£[\d.,]+ (each|a tag|per tag|apiece)|cost of (a|each|the) tag',
    'How many hornet nests were found in Guernsey last year?': r'Guernsey|Sark|Alderney',
    'What was the name of the tree surgeon who climbed up to the St Brelade nest?':
        r'tree surgeon,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a|the) tree surgeon|tree surgeon (named|called)',
    'Who founded Island Hornet Watch?': r'founded|set up (by|in)|started by|founder|established|formed (by|in)',
    'Which party runs Westmarch Borough Council?':
        r'\bparty\b|Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|Reform|Independent|coalition|no overall control',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-11-03-cp-saskatchewan-potash-miners-trapped.txt', '2025-11-05-xinhua-canada-potash-miners-rescued.txt'),
          ('2025-07-15-pa-cornwall-water-main-burst.txt', '2025-07-17-camel-valley-mercury-water-restored.md')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
