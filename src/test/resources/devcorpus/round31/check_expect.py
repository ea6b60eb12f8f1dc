#!/usr/bin/env python3
"""Checks round 31's question files against its articles (run from any directory): the checks every
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
    'Which electricity company supplies power to the market?':
        r'Distribution Company|\bDisCo\b|\bKEDCO\b|(?-i:[A-Z])\w+ (?-i:(Electric|Electricity|Power))\b|(supplied|powered) by'
        r'|electricity (company|supplier|distributor)',
    'How old is the night guard who phoned in the fire?':
        r'Yakubu Sani,? (aged )?\d+|\bguard,? (aged )?\d+|\d+-year-old (night )?(guard|watchman)|Sani \(\d+\)',
    'How much is the state government paying each trader who lost a shop?':
        r'N[\d,.]+ ?(million|thousand)? (each|per|to every|to each)|each (trader|victim)[^.]{0,40}N\d'
        r'|(grant|compensation|support|payment) of N\d|N\d[\d,.]* ?(million|thousand)? per (trader|shop)',
    'Which insurance company covered the burnt shops?':
        r'insur\w*|underwrit|(?-i:[A-Z])\w+ (?-i:Assurance)',
    'When was this review of the Brackenridge biography published?':
        r'\b(issued|published|posted|dated|updated|printed|appeared)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS + r'\b'
        r'|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'How many copies of the Brackenridge book have been sold so far?':
        r'\d[\d,]* copies|copies sold|sold (out|\d)|print run|best-?sell',
    "What was the name of Ada's father?":
        r'father,? (Dr\.? )?(?-i:[A-Z])|(Dr|Doctor)\.? (?-i:[A-Z])\w+ Brackenridge|(?!Ada )(?-i:[A-Z])\w+ Brackenridge'
        r'|daughter of (Dr\.? )?(?-i:[A-Z])',
    'Did Ada and Christian Imboden have any children? How many?':
        r'\b(children|sons?|daughters?)\b[^.]{0,20}\b(born|had|named)\b|had (no|one|two|three|\d) (children|sons?|daughters?)'
        r'|childless|\b(son|daughter),? (?-i:[A-Z])|(gave birth|bore him)',
    'How much did Keswick Museum pay for the negatives?':
        r'£\d[^.]{0,40}(negatives|plates|archive|chests)|(bought|paid|purchased|acquired) (for|the|them)|sold (them|the (plates|negatives|chests))',
    'Which fishing boat or crew landed the giant squid?':
        r'(?-i:[A-Z])\w+ (?-i:Maru)|\bboat\b|\bvessel\b|\bcrew\b|fisherm[ae]n',
    'How deep was the net when the squid got caught?':
        r'\d+ ?(m|meters|metres) (deep|below|down)|\bdepth\b|\bdeep\b',
    'When will the preserved squid go on show to the public?':
        r'display|exhibit|on show|(public|visitors) (from|in|until|can)|go on view',
    "What's the name of the pupil who was taken to hospital?":
        r'pupil,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (12|13|aged)|\bnamed (as )?(?-i:[A-Z])|(?-i:[A-Z])\w+, (12|13),',
    'Who was flying the coastguard helicopter?':
        r'\bpilot|winch ?(man|operator)|\bcaptain\b|commander,? (?-i:[A-Z])',
    "What's the name of the tide app Mr Furness relied on?":
        r'app (called|named)|(?-i:[A-Z])\w+ app\b|"[^"]+" app|app,? (?-i:[A-Z])',
    'How much did the rescue operation cost?':
        r'rescue[^.]{0,30}\bcost|cost of the (rescue|operation)|£\d[^.]{0,40}(rescue|operation|helicopter)|(rescue|operation|helicopter)[^.]{0,40}£\d',
    'What make of minibus was it?':
        r'\b(Ford|Peugeot|Vauxhall|Renault|Mercedes|Volkswagen|VW|Citroen|Fiat|Iveco|Toyota|LDV)\b|Transit|Sprinter|\bmodel\b|seater',
    'How old is Daniel Furness?':
        r'Furness,? (aged )?\d+|\d+-year-old (teacher|driver|geography)|Furness \(\d+\)',
    'Who asked the fire service for these figures?':
        r'requester|applicant|requested by|asked by|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (asked|requested|wrote)|journalist|newspaper|councillor|campaigner',
    'Which hospital set off the most false alarms?':
        r'(?-i:[A-Z])\w+ (?-i:(Hospital|Infirmary))\b|(Hospital|Infirmary) in (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (?-i:(Hospital|Infirmary))',
    'How many false alarms were there in 2021/22?':
        r'2021/22|2021-22|2020/21|2021/2022',
    'How many fire stations does the service run?':
        r'\d+ (fire |on-call |wholetime )?stations|stations? (across|in) Devon|network of',
    'Who was the phone bidder from Bergen?':
        r'bidder,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (collector|dealer)|\bmuseum|\bcollector|\bdealer|bought by (?-i:[A-Z])',
    "What's the seller's name?":
        r'vendor,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) retired|\bMr\.? (?-i:[A-Z])|joiner,? (?-i:[A-Z])|consigned by',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-09-nan-kano-yan-dandali-textile-market-fire-shops-razed.txt',
           '2025-03-10-kano-fire-service-press-briefing-transcript-yan-dandali-market.txt'),
          ('2025-07-04-hm-coastguard-incident-log-holy-island-causeway-minibus.txt',
           '2025-07-07-cheviot-view-academy-letter-to-parents-causeway-minibus.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
