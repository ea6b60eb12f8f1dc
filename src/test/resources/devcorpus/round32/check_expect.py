#!/usr/bin/env python3
"""Checks round 32's question files against its articles (run from any directory): the checks every
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
    'What was the name of the boy who was in a serious condition?':
        r'\bboy,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (8|9|eight|nine)\b|\bnamed (as )?(?-i:[A-Z])'
        r'|(?-i:[A-Z])\w+, (8|9),',
    'How much did it cost to put on the fiesta lunch?':
        r'(lunch|ingredients|feast)[^.]{0,40}(₱|\bP|pesos)\s?\d|(₱|\bP)\s?[\d,]+ (worth of|for the) (food|ingredients|lunch)'
        r'|\bcost (of|about|around|some|nearly) (₱|\bP\b|\d)|\bbudget\b',
    'In which hospital is the sick boy being treated?':
        r'\bboy\b[^.]{0,80}(Hospital|Bilar|Gallares|Tagbilaran)|(Hospital|Bilar|Gallares)[^.]{0,80}\bboy\b',
    'Who gave the ingredients for the lunch?':
        r'donated by|(ingredients|food|rice|pork) (were |was )?(given|donated|provided|supplied|paid for) by|\bdonors?\b|sponsored by',
    'How many sanitary inspectors does Loboc have on its staff?':
        r'\d+ sanitary inspectors|(two|three|four|five|six|seven|eight|nine|ten|twelve) sanitary inspectors'
        r'|inspectors? (on (its|the) staff|employed)',
    'How old is Mayor Uy?':
        r'\bUy,? (aged )?\d+|\d+-year-old mayor|\bUy \(\d+\)|mayor,? \d+,',
    'When was this trampoline abstract published?':
        r'\b(issued|published|posted|dated|updated|printed|appeared|presented on)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS
        + r'\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'Over which years were the hospital records searched?':
        r'\b(19|20)\d\d\b|\b\d\d/\d\d\b',
    'Which trampoline brand turned up most often in the injuries?':
        r'\bbrand|\bmanufactur|\bmade by|\bmodel\b',
    'Who funded the trampoline study?':
        r'\bfund|\bgrant\b|\bsponsor|£\d|supported by',
    'Who owns the Marisol?':
        r'\bowner,? (?-i:[A-Z])|owned by|belongs to|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+\'s yacht|skipper,? (?-i:[A-Z])',
    'Why did the yacht go down?':
        r'because|caused by|due to|\bleak|flood(ed|ing)|seacock|holed|after (a|her|the) (hull|storm|gale|collision|squall)'
        r'|swamped|capsized',
    "How much will Nordhav's insurers pay out?":
        r'insur\w*|underwrit|\bcover(ed)? by',
    'What was the name of the service boat that found the tear?':
        r'\bboat,? (?-i:[A-Z])|\bvessel,? (?-i:[A-Z])|(?-i:(MS|MV|MF|FV)) (?-i:[A-Z])|boat (called|named)',
    'How old is Tor-Einar Hasselvik?':
        r'Hasselvik,? (aged )?\d+|Hasselvik \(\d+\)|\d+-year-old (operations )?manager|manager,? \d+,',
    "How did Nordhav's share price react?":
        r'shares? (fell|rose|dropped|slid|climbed|gained|lost|were)|share price|\d+(\.\d+)? ?(%|per ?cent)|\bstock (fell|rose|dropped)',
    'What was the storm called?':
        r'storm (?-i:[A-Z])|\bnamed\b|(?-i:[A-Z])\w+ (?-i:storm)|(?-i:Storm) (?-i:[A-Z])',
    'How many fishermen have joined the recapture effort?':
        r'\d+ (local )?(fishermen|fishers|boats)|(two|three|four|five|six|seven|eight|nine|ten|dozen|dozens of) (local )?(fishermen|fishers|boats)',
    'How much is a ticket on the railway?':
        r'£ ?\d+(\.\d\d)? (return|single|adult|for|each)|\bfares?\b|tickets? (cost|are|priced)|adults? £|(return|single) £',
    'How many carriages did Sedgemoor pull on the first train?':
        r'\d+ (carriages|coaches)|(two|three|four|five|six|seven|eight) (carriages|coaches)|\bcarriage',
    "What's the name of the youngest volunteer?":
        r'youngest,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (15|fifteen)|(15|fifteen)-year-old (?-i:[A-Z])|youngest (volunteer )?is (?-i:[A-Z])',
    'Which firm do the roofers work for?':
        r'\bfirm\b|\bcompany\b|contractor|(?-i:[A-Z])\w+ (s\.r\.o\.|a\.s\.)|employed by|roofers (of|from) (?-i:[A-Z])',
    'How much did a pint of beer cost in 1887?':
        r'\d+ (kreuzer|krejcar\w*|kr\b|gulden|zlat\w*|heller)|kreuzer|krejcar|gulden|zlat|\bcost (\d|one|two|three|a|an)\b|beer (was|at) \d',
    'How much is the restoration of the tower costing?':
        r'CZK|Kč|crowns|korun|restoration[^.]{0,30}(cost|\d)|\bcost|million',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-05-18-pna-loboc-fiesta-lunch-food-poisoning-buko-salad.txt',
           '2025-05-20-loboc-mayor-executive-order-27-fiesta-food-clearance.txt'),
          ('2025-10-21-ntb-hitra-storm-tears-net-pen-salmon-escape.txt',
           '2025-10-23-nordhav-seafood-stock-exchange-notice-kvernholmen-escape-update.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
