#!/usr/bin/env python3
"""Checks round 27's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
runs the narrowing check of rounds 21 on: an answerable pattern of a question with a `doc` (fact, brief,
qualified, follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

MONTHS = r'(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the woman in her seventies who broke her hip in the derailment?':
        r'woman,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a |an )?(7\d|seventy)|woman (named|called)'
        r'|\bnamed (?-i:[A-Z])|identified (her )?as (?-i:[A-Z])',
    'Which hospital in Nagaoka is treating the woman who broke her hip?':
        r'(?-i:[A-Z])\w+ (Red Cross |General |Central |University |Municipal |Prefectural |City )?Hospital'
        r'|hospital (called|named)|Nagaoka (Red Cross|Chuo|General|Central)',
    'How fast was the train travelling when it hit the landslide?':
        r'km/h|kilomet\w* (an|per) hour|\bkph\b|\bmph\b|speed of|\bat \d+ ?(km|kilomet)|travel+ing at',
    'How much will it cost to repair the Uonuma Hills line?':
        r'\byen\b|¥|\bcost|million|billion|\bbill\b',
    'What is the population of Tokamachi?':
        r'population|inhabitants|residents|\d[\d,]* people (live|living)|city of (about |some |around )?\d',
    'How old is Tyson the bulldog?':
        r'Tyson,? (aged )?\d|\w+-year-old (American )?(dog|bulldog)|years? old|(dog|bulldog|Tyson) (was|is) (\w+ )?(\d+|one|two|three|four|five|six|seven|eight|nine) years?',
    'Which school does the boy who was bitten attend?':
        r'(?-i:[A-Z])\w+ (Primary|Junior|Infant|Academy|C of E|CE|School)\b|school (called|named)|pupil at (?-i:[A-Z])',
    "How much was Ashworth ordered to pay towards the prosecution's costs?":
        r'\bcosts\b|surcharge',
    'How many nights did Janet Birkett spend in hospital after the attack?':
        r'(in|spent|kept in|to|at) hospital|hospital (for|overnight)|discharged|admitted (to|into) hospital|(nights?|days?) in (the )?(hospital|ward)',
    'On what date did Fernley Athletic put out its statement about Gary Pountney?':
        r'\b\d{1,2}(st|nd|rd|th)? ' + MONTHS + r'|(January|February|March|April|June|July|August|September|October|November|December),? \d'
        r'|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(issued|published|posted|dated|updated)\b|\btoday\b|\b20\d\d-\d\d-\d\d\b',
    'How old is Gary Pountney?':
        r'Pountney,? \(?\d|\d+-year-old|aged \d|years? old',
    'How big a pay-off did Gary Pountney receive when he left?':
        r'£|compensation|pay-?off|settlement|\bpaid\b|payment',
    'What is the name of the worker whose hands were burned?':
        r'(worker|employee|man),? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (\d+|a|an|the) [^.]{0,30}(worker|employee|shift)|\bnamed (?-i:[A-Z])|called (?-i:[A-Z])',
    'How much damage did the Ludwigsfelde fire cause in euros?':
        r'€|\beuros?\b|million|damage (is|was) (estimated|put)',
    'To which hospital were the injured Voltaris workers taken?':
        r'(?-i:[A-Z])\w+ (Hospital|Klinikum|Clinic)|Klinikum|Charit|hospital in (?-i:[A-Z])|hospital (called|named)',
    'When will the Voltaris plant start operating again?':
        r'(plant|Voltaris|recycling|production|operations?)[^.]{0,40}(reopen|resume|restart|back in operation)|reopen',
    'How many people live inside the smoke warning zone?':
        r'\b\d[\d,.]* (residents|people|households|inhabitants) (live|living|in the)|(thousands|hundreds) of (residents|people)|population'
        r'|\d[\d,.]* (residents|people|households)[^.]{0,30}(zone|radius|area)',
    "What is Voltaris's annual turnover?":
        r'revenue|turnover|sales of|€|\beuros?\b',
    'Who paid for the swift brick study?':
        r'fund(ed|ing|er)|\bgrant\b|paid for by|backed by|sponsor',
    'Where was Bernard Quigley born?':
        r'\bborn\b|grew up|native of|raised in|brought up',
    'How many swift chicks fledged from the bricks during the study?':
        r'fledg|\d[\d,]* (chicks|young)|chicks (were )?(raised|reared)',
    'What is the name of the housing estate where Louise Achebe lives?':
        r'(?-i:[A-Z])\w+ (Park|Meadows|Fields|Gardens|Grange|Green|Rise|Chase|View)\b|estate (called|named)|(?-i:[A-Z])\w+ estate\b',
    'How many passengers does Lyngmoor Airport handle in a year?':
        r'passengers (a|per|each|every) year|\d[\d,.]* ?(million )?passengers|annual passenger|passengers annually',
    'Which airline flies the Amsterdam route into Lyngmoor?':
        r'airline|\bKLM\b|Ryanair|easyJet|Aer Lingus|Loganair|Jet2|flown by|operated by|carrier',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-04-kyodo-tokamachi-landslide-local-train-derailed.txt',
           '2025-03-05-niigata-courier-uonuma-hills-line-shut-for-weeks.txt'),
          ('2025-10-14-dpa-ludwigsfelde-battery-recycling-plant-fire.txt',
           '2025-10-15-spree-104-ludwigsfelde-wakes-to-battery-plant-fire.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
