#!/usr/bin/env python3
"""Checks round 24's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What was the name of the boat that capsized on Chilika lake?':
        r'boat,? (named|called)|\bMV\b|\b(?-i:M\.?V\.?) (?-i:[A-Z])|boat,? (?-i:[A-Z])\w+ (?-i:[A-Z])\w+,'
        r'|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+,? (a|the) (motori[sz]ed |wooden |tourist )+boat|(?-i:Maa|Jai|Shree|Sri) (?-i:[A-Z])',
    'What is the name of the boat owner who was detained?':
        r'owner,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the|its) (boat\'?s? )?owner|owner (named|called)'
        r'|owned by (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, \d+, (who|the) owns',
    'How old was the grandmother who drowned with her granddaughter?':
        r'grandmother,? (aged )?\d|\d+-year-old grandmother|grandmother[^.]{0,30}aged \d|grandmother \(\d'
        r'|(sixty|seventy|eighty|fifty)[- ]\w+-year-old grandmother|grandmother,? (?-i:[A-Z])\w+ (?-i:[A-Z])\w+, \d',
    'How much did a ticket for the dolphin-watching trip cost?':
        r'\bfares?\b|tickets?|Rs\.? ?\d+ (a|per) (head|person|passenger|seat)|charg(ed|es|ing) (about |around )?Rs|₹ ?\d',
    "What is the name of Kyle Janssen's classmate who was hurt in the tractor accident?":
        r'classmate,? (?-i:[A-Z])|classmate (named|called)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|his) (former |high school )?classmate',
    "What is the Ainsworth ambulance service's yearly budget?":
        r'budget|annual (spending|cost|running)|a year to run|runs? on (about |roughly )?\$|(spends?|costs?) (about |roughly )?\$[\d,.]+ (a|per) year to',
    'When was the volunteer ambulance service in Ainsworth founded?':
        r'founded|established in|set up in|formed in|started (in|back in) (19|20)\d\d|since (19|20)\d\d|began (operating|running) in',
    "How much did Arvid Lindqvist's helicopter flight cost?":
        r'(flight|helicopter)[^.]{0,40}\$|\$[\d,.]+[^.]{0,40}(flight|helicopter)|\bbill(ed)?\b',
    'How many members sit on the Brown County Board?':
        r'\d+ (members|commissioners|supervisors)|(three|five|seven|nine)[- ]member|(three|five|seven|nine) (commissioners|supervisors|members)',
    'By how much would the property tax levy go up to pay for the paramedics?':
        r'levy[^.]{0,40}(\d|cents?|per ?cent|%)|(\d|cents?|%)[^.]{0,30}levy|\bmills?\b|\$[\d,.]+ (a|per|on) (home|house|household|acre)',
    'Which forecaster issued the Met Éireann wind warning?':
        r'forecaster|meteorologist|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (duty|senior|head)|issued by (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'What name has been given to the storm behind the wind warning?':
        r'Storm (?-i:[A-Z])|named storm|storm (named|called)|(?-i:[A-Z])\w+ (?-i:storm|Storm)\b',
    'How big were the hailstones in centimetres?':
        r'\d+(\.\d+)? ?(cm|centimet|millimet|mm)\b|diameter|(inch|inches)\b',
    'Which firm supplies the plastic sheeting for the Kumluca greenhouses?':
        r'(?-i:[A-Z]\w+ (Plastik|Plastic|Plastics|Ambalaj|Sera|Film))\b|\bA\.[SŞ]\.|supplied by (?-i:[A-Z])'
        r'|supplier,? (?-i:[A-Z])|supplier (called|named)|(firm|company|manufacturer) (called|named|(?-i:[A-Z]))',
    "What is the name of Ayşe Demirtaş's husband?":
        r'husband,? (?-i:[A-Z])|husband (named|called)|married to|(?-i:[A-Z])\w+ and (?-i:Ay[sş]e)|(?-i:Ay[sş]e) and (?-i:[A-Z])\w+ Demirta',
    "How much did the Demirtaş family's greenhouse roof cost when it was replaced?":
        r'roof[^.]{0,60}(lira|\bTL\b|₺|\$|€)|(lira|\bTL\b|₺|\$|€)[^.]{0,40}roof|(borrowed|loan of)[^.]{0,20}\d',
    'How old is Osman Gürbüz?':
        r'G[üu]rb[üu]z, \d|G[üu]rb[üu]z \(\d|\d+-year-old (chamber|president|G)|G[üu]rb[üu]z[^.]{0,30}aged \d|G[üu]rb[üu]z, who is \d',
    'Which bishop will dedicate the new bells?':
        r'Bishop (of (?-i:[A-Z])\w+|(?-i:[A-Z])\w+)|Rt\.? Rev|Right Reverend|bishop,? (?-i:[A-Z])',
    "Who cast St Ethelbert's old tenor in 1702?":
        r'(cast|made|founded) by (?-i:[A-Z])|founder,? (?-i:[A-Z])\w+ (?-i:[A-Z])|founder (named|called)|founder of (?-i:[A-Z])\w+, (?-i:[A-Z])',
    'How old is Ingrid Solheim?':
        r'Solheim, \d|Solheim \(\d|\d+-year-old (tuner|Norwegian|former cellist|Solheim)|Solheim[^.]{0,30}aged \d|Ingrid, \d',
    'How much did the cathedral in Hobart pay for its bells?':
        r'Hobart[^.]{0,60}(£|\$|cost|paid|price)|(£|\$)[\d,.]+[^.]{0,40}Hobart',
    'At which college did Jordan Akinola take his motorbike course?':
        r'(?-i:[A-Z])\w+ College|college (called|named|in (?-i:[A-Z]))|at (?-i:[A-Z])\w+ (College|Tech)|(?-i:City College|Further Education)',
    'What does Lachlan Dewar do for a living?':
        r'Dewar, (a|an) \w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, \d+, (a|an)\b|\b(worker|labourer|driver|fisherman|mechanic|joiner|farmer'
        r'|unemployed|gamekeeper|keeper by trade|engineer|plumber|electrician|teacher|falconer|crofter|builder)\b',
    'What is the name of the RSPB investigator in the falcon case?':
        r'investigator,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (an|the) (RSPB )?investigator|investigator (named|called)',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-09-pti-chilika-lake-tourist-boat-capsize.txt',
           '2025-03-10-kalinga-24x7-chilika-boat-toll-rises-boatman-arrested.txt'),
          ('2025-05-12-anadolu-antalya-kumluca-hailstorm-greenhouses.txt',
           '2025-05-13-turquoise-coast-post-kumluca-hail-farmers-count-losses.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
