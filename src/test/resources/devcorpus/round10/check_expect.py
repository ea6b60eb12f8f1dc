#!/usr/bin/env python3
"""Checks round 10's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    "Who is Halvane Properties' managing director?": r'(?-i:managing director,? [A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+, (the |its )?managing director)',
    'How old is Olufemi Adesanya?': r'Adesanya, \d|\d+-year-old (LASEMA|director|agency|chief)',
    'How old is Kelechi Amadi?': r'Amadi, \d|\d+-year-old (site )?engineer|engineer, \d',
    'What is the name of the apprentice who was dug out after 14 hours?': r'apprentice( carpenter)?,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?16',
    "What is the name of Ibrahim Danjuma's brother?": r'brother,? (?-i:[A-Z])',
    'How many flats were in the Surulere building?': r'\d+ (flats|apartments|units|homes)|(flats|apartments) in (all|total)',
    'How much did it cost to put up the Lagos building?': r'\bcost|budget|built for|construction (bill|price)',
    'When did work on the Surulere building begin?': r'(construction|work|building) (began|started|start)|broke ground|since (19|20)\d\d, when',
    'How big a fine does Halvane Properties face?': r'\bfine\b|\bfined\b|penalt',
    'Who owns the Arnold J. Vesterholm?': r'owned by|owner|operat(or|ed by)|shipping (company|line)|Steamship',
    'Where was the Vesterholm taking its ore?': r'bound for|heading|headed|destined|en route|destination|to the (mills?|port) (of|in|at)',
    'How old is the Arnold J. Vesterholm?': r'built in|launched|\d+-year-old (ship|vessel|freighter)|years? old',
    'How old is Owain Price?': r'Price, \d|\d+-year-old (street-lighting )?engineer|engineer, \d|engineer, aged',
    'How many people live in the upper Teme valley?': r'population|\d[\d,]* (people|residents|inhabitants) (live|in the valley)|home to \d',
    'Which company wants to build the solar farm above Pentre Teme?': r'(?-i:developer,? [A-Z])|(Solar|Energy|Renewables|Power) (Ltd|plc|Limited)|company called',
    'Which school does Megan Lloyd go to?': r'Ysgol|High School|(?-i:[A-Z][a-z]+ (School|College|Academy))',
    'What fee does DarkSky International charge for the designation?': r'\bfees?\b|\bcharges?\b|application (cost|costs)|£[\d,]+ to apply',
    'How old is Mattia Dellantonio?': r'Dellantonio, \d|\d+-year-old (head|chief|rescuer|station)',
    'Who owns Funivie Selvara?': r'owned by|owner|shareholder|parent company|subsidiary',
    'How much does a ride on the Piz Selvara gondola cost?': r'ticket.{0,30}(€|euros?)|(€|euros?).{0,20}ticket|\bfare|a (ride|trip) costs',
    'What is the name of the 79-year-old woman who went to hospital?': r'(?-i:[A-Z][a-z]+ [A-Z][a-z]+, (a )?79)|79-year-old woman,? (?-i:[A-Z])|(?-i:woman named [A-Z])',
    'What are the opening hours of the Stowfield banking hub?': r'\d ?(a\.?m|p\.?m)\b|opening hours|\d+ hours',
    'Who manages the Harland & Pryce branch in Stowfield?': r'manager|manageress|branch head',
    'How much did it cost to set up the Stowfield hub?': r'\bcost|fit-out|invest|fund(ed|ing)',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-11-reuters-lagos-building-collapse.txt', '2025-03-12-afp-lagos-collapse-toll-rises.txt',
           '2025-03-14-upi-lagos-collapse-search-ends.txt'),
          ('2025-07-27-ansa-val-di-fassa-cable-car-stranded.txt', '2025-07-28-reuters-italy-cable-car-probe.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
