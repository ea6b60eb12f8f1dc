#!/usr/bin/env python3
"""Checks round 19's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the department spokesperson quoted on the terminal fire?':
        r'spokes(person|woman|man),? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (department |DESNZ )?spokes|spokes(person|woman|man) (named|called)',
    'How much will it cost to repair the Holmpton Ness terminal?':
        r'£\d|repair|rebuild|cost of (the )?(damage|work)|insur',
    'How old is the gas analyst Aurelio Benassi?':
        r'Benassi, \d|\d+-year-old|Benassi \(\d|analysis, \d|Benassi, (aged|who is) \d',
    'Who is the chief executive of Saltmarsh Energy Services?':
        r'chief executive|\bCEO\b|managing director|(Saltmarsh|operator)\W?s? (boss|head|chief)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (who (runs|heads)|head of) Saltmarsh',
    'Which company manufactured the compressor whose seal failed?':
        r'made by|manufactur|built by|supplied by|Siemens|Rolls-Royce|Solar Turbines|Baker Hughes|(?-i:\bGE\b)|(?-i:\bMAN\b)|Atlas Copco',
    'What price were Dunmore Petroleum shares trading at after the fall?':
        r'pence (a|per) share|shares? (closed|ended|stood|traded|trading) at|Dunmore[^.]{0,60}\d+(\.\d+)? ?(pence|p\b)',
    'What is the name of the jazz bar where Bernadette Okonjo-Hale spends her nights off?':
        r"jazz (bar|club),? (?-i:[A-Z])|(?-i:[A-Z])\w+'s (jazz|bar)|jazz (bar|club) (called|named|on|in) |(?-i:[A-Z])\w+ (Jazz|Lounge)\b",
    'Which bus company will operate Leicester\'s trial night buses?':
        r'(operated|run) by|Arriva|First (Bus|Leicester)|Stagecoach|Centrebus|Kinchbus|bus (company|operator)',
    'At which university did Bernadette Okonjo-Hale study law?':
        r'universit|studied|law degree|De Montfort|graduat',
    'What is the name of the street pastor who joins the closing-time walks?':
        r'pastor,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (street )?pastor|pastor (named|called)',
    'How much money is the Riverina meteorite worth?':
        r'worth|valued|value|\$\d|\bsell|sold|price|dollars',
    'Which scientist led the team that tracked the June fireball?':
        r'led by|lead (researcher|scientist|author)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the|who) (researcher|scientist|professor|geologist|astronomer)|Professor|\bDr\b',
    'What is the name of the teenager from Ohio who was taken to hospital?':
        r'teenager,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 1\d, (of|from)|named (as|him|her)|identified (as|him|the teen)',
    'How tall was the maple that the lightning hit?':
        r'\b\d+(-| )(foot|feet|ft|metre|meter|yard)s?(-| )(tall|high)|\btall\b|height',
    'How much did a ticket for the final round cost?':
        r'ticket|admission|entry (fee|price)|\$\d+ (a|per) (day|person|head)',
    'Who caddied for Mariko Tsuda?':
        r'caddie|caddy|\bbag\b|looper',
    'How old is tournament director Wes Kowalczyk?':
        r'Kowalczyk, \d|\d+-year-old (tournament|director|Kowalczyk)|Kowalczyk \(\d|director, \d',
    'How many people work for Halcyon Aviation Partners?':
        r'Halcyon[^.]{0,80}(\d+ (staff|employees|people|workers)|employs)',
    'What is the name of the aircraft maintenance firm based at Carnmoor?':
        r'maintenance (firm|company),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (Aero|Engineering|Aerotech|Aviation Services)\b|maintenance (firm|company) (called|named)',
    'How many seats did Skyhaven\'s aircraft have?':
        r'Skyhaven[^.]{0,80}\d+-seat|\d+-seat[^.]{0,40}Skyhaven|Skyhaven\W?s? (aircraft|fleet|planes) (were|had|of|with)',
    'What does a seat on the Carnmoor–Isle of Man flight cost?':
        r'\bfares?\b|ticket|£\d+ (each way|return|one way|a seat)',
    'How old is Fiona Cathcart?':
        r'Cathcart, \d|\d+-year-old (managing|director|Cathcart|Fiona)|Cathcart \(\d|director, \d|Cathcart, (aged|who is) \d',
    'How much will it cost to repair the damage in Oudwoude?':
        r'€|euro|\bcost|insur|repair|damage (bill|estimate)',
    'What rating on the tornado intensity scale did KNMI give the twister?':
        r'\bF[0-5]\b|\bEF[0-5]\b|\bIF[0-5]|TORRO|\bT[0-9]\b|rated|Fujita|rating|on the .{0,20}scale',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-10-14-reuters-uk-gas-prices-holmpton-ness-terminal-fire.txt',
           '2025-10-15-desnz-holmpton-ness-gas-supplies-secure-statement.txt'),
          ('2025-07-13-ap-tsuda-wins-bayview-pines-lightning-delay.txt',
           '2025-07-14-northwoods-4-bayview-pines-lightning-six-hurt.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
