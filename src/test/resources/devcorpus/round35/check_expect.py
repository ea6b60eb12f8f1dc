#!/usr/bin/env python3
"""Checks round 35's question files against its articles (run from any directory): the checks every
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
    # Plitvice boardwalk (HINA wire and the park's statement)
    "What's the name of the Osijek school the pupils attend?":
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+ (?-i:Primary|Elementary) (?-i:School)|Osnovna škola|\bO[ŠS] (?-i:[A-Z])|school (named|called)|(primary )?school,? (?-i:[A-Z])\w+ (?-i:[A-Z])',
    'How much will the engineering review cost the park?':
        r'\bcost|€|\beuros?\b|\bkuna\b|\bHRK\b|\bEUR\b|budget|\bfee\b',
    'What was the name of the guide leading the group?':
        r'guide,? (?-i:[A-Z])|guide (named|called)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the|a|our|their) (park )?guide',
    'How many visitors were in the park on the day it happened?':
        r'\d[\d,.]* (visitors|people|tourists)[^.]{0,30}(that day|on Thursday|in the park|entered)|(tickets?|visitors) (sold )?(on|that) (the )?day',
    "What's the name of the teacher who led the class?":
        r'teacher,? (?-i:[A-Z])|teacher (named|called)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the|their|one of the) (class )?teachers?|(?-i:[A-Z])\w+, (a|the|their) teacher',
    "What is Luka's last name?":
        r'Luka (?-i:[A-Z])|surname|family name|last name',
    # Coruche cork feature
    "How much did Graça Meireles's grandfather pay for the estate?":
        r'(paid|bought it for|bought the (estate|farm|land) for)[^.]{0,40}(escudos|contos|réis)|escudos|contos|réis|purchase price|bought[^.]{0,20} for \d',
    'How many staff does Corticeira Vale do Sorraia employ?':
        r'(employs|employing|workforce of|staff of) |\d[\d,]* (employees|staff)\b|(company|processor|factory|firm)[^.]{0,40}\b\d+ (workers|people)',
    "What's the name of the other woman working in the gang?":
        r'other woman,? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+,? (is )?the other (woman|one)|second woman|(women|two) (are|were) (?-i:[A-Z])',
    'How many cork oaks grow in Portugal as a whole?':
        r'(million|\d[\d,.]*) (hectares|cork oaks|trees)[^.]{0,20}(in|across|of) Portugal|Portugal(\'s)? [^.]{0,30}(million|hectares)|(nation|country)(\'s|wide)[^.]{0,30}(oaks|hectares)',
    "What does one of Figueira's wine corks sell for?":
        r'stoppers? (costs?|sells?|for|at|priced)[^.]{0,20}(cent|€|euro)|(cents?|€|euros?)[^.]{0,20}(a|per|each) (stopper|cork)|per stopper',
    'How much did clearing the snow off the Transfăgărășan cost?':
        r'\bcost|\blei\b|\bRON\b|€|\beuros?\b|budget',
    # Haeundae jellyfish (Yonhap and the Busan Coastal Daily)
    "What's the little girl's name, the one who struggled to breathe?":
        r'girl,? (?-i:[A-Z])|girl (named|called)|(?-i:[A-Z])\w+(-\w+)? (?-i:[A-Z])\w+(-\w+)?, (7|seven)\b|daughter,? (?-i:[A-Z])',
    'How much did fixing the barrier net cost?':
        r'\bcost|\bwon\b|₩|\bKRW\b|budget|\$|\bmillion\b',
    'How many people were on the beach at Haeundae when the ban began?':
        r'\d[\d,.]* (million )?(visitors|people|beachgoers|bathers|swimmers) (were )?(on|at) (the )?(beach|sand|Haeundae)|crowds? of \d|\d[\d,.]* (million )?(visitors|beachgoers)',
    'Which hospital was the 7-year-old taken to?':
        r'(?-i:[A-Z])\w+ (University |National |General |Medical |Paik )*(?-i:Hospital|Medical Center)|hospital in (?-i:[A-Z])|taken to (?-i:[A-Z])',
    'How many fishermen work set nets off Songjeong?':
        r'\b\d+ (set-net )?(fishermen|fishing boats|boats|nets)\b|(dozens|hundreds) of (fishermen|boats)',
    'What does Oh Myung-sook charge for a parasol and chairs?':
        r'\bwon\b|₩|\bKRW\b|\d[\d,]* (a|per) (set|parasol|day)|(rent|renting|rents|charges?) (for|at) \d|costs? \d',
    # Chata pod Jastrabou page
    "When was the hut's information page last updated?":
        r'\b(issued|published|posted|dated|updated|printed|appeared|presented on)\b|Date:|\b20\d\d\b|\btoday\b|\b' + DAYS
        + r'\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b' + MONTHS + r'\b',
    'When was Chata pod Jastrabou built?':
        r'\bbuilt\b|opened in|\b1[89]\d\d\b|founded|dates from|since \d|\bconstructed\b',
    'How many overnight guests does the hut get in a year?':
        r'\d[\d,]* (guests|visitors|overnight stays|overnights|nights)|\b(a|per|each) (year|season)\b',
    'How old is Marek Dudáš?':
        r'Dudáš,? (\d+|aged)|\d+-year-old|\b(\d+|forty|fifty|sixty)[- ]years?[- ]old|aged \d+',
    'How long does it take the porter to carry a load up to the hut?':
        r'(carr\w+|trip|climb\w*|porter)[^.]{0,40}\b(\d+|one|two|three|four|five) (hours?|minutes|h\b)|hours? (each|per|a) (trip|carry|way)',
    # Palanga pier
    "How long is Palanga's pier?":
        r'\d[\d,.]* ?(m|metres?|meters?)\b|\d+-(metre|meter)|(metre|meter)s? long|\blong\b[^.]{0,10}\d',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2026-05-14-hina-plitvice-lakes-boardwalk-collapse-school-group.txt',
           '2026-05-15-plitvice-lakes-national-park-statement-boardwalk-collapse.txt'),
          ('2025-08-03-yonhap-haeundae-jellyfish-swimming-ban.txt',
           '2025-08-05-busan-coastal-daily-haeundae-reopens-jellyfish-nets.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
