#!/usr/bin/env python3
"""Checks round 13's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'How old is Ottavio Ricciardelli?': r'Ricciardelli, \d|\d+-year-old mayor|mayor, \d',
    'What is the name of the elderly woman who broke her hip in the quake?':
        r'(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?78|woman,? (named|called)|woman,? (?-i:[A-Z][a-z]+ [A-Z])',
    'How much will it cost to rebuild the Valfabbrica bell tower?':
        r'(rebuild|restor|repair)\w* (the |its )?(bell )?tower.{0,60}(cost|euros)|tower.{0,60}\d+ (million )?euros',
    "Who heads Italy's Civil Protection Department?":
        r'head of (the )?Civil Protection|Civil Protection (chief|head|director)|(chief|head|director),? (?-i:[A-Z][a-z]+ [A-Z])',
    'How old is Giulia Ferranti?': r'Ferranti, \d|\d+-year-old (baker|bakery)',
    'Since when has Wade Pelletier owned Buckeye Storm Roofing?':
        r'(founded|started|set up|opened|bought|launched)( the company| Buckeye| it)? (in|since) (19|20)\d\d|since (19|20)\d\d|(in business|running it|owned it) for \d+ years|(owned|run) (it|the company|Buckeye) (since|for)',
    'In which prison will Pelletier serve his sentence?':
        r'Correctional|prison in (?-i:[A-Z])|penitentiary|Institution|Reformatory',
    'How old is Kayla Dunsmore?': r'Dunsmore, \d|\d+-year-old (former )?office',
    'What is the name of the Grove City widow who gave evidence?':
        r'widow,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?91|widow (named|called)',
    'What net profit did Nordvik Foods make in the quarter?': r'net (profit|income)|profit after tax|bottom line',
    'How many people does Nordvik Foods employ in total?': r'employs|employees|workforce|staff of|\bworkers\b',
    'When was Nordvik Foods founded?': r'founded|established|since (18|19)\d\d|set up in',
    'Who coaches Demirkent FK?':
        r'Demirkent (coach|manager|boss)|(coach|manager) of Demirkent|Demirkent.s (coach|manager|boss)',
    'How old is Emre Saglam?': r'Saglam, \d|\d+-year-old (club )?captain|captain, \d',
    'How much prize money did Korfez receive for winning the cup?':
        r'prize money|prize of|(earn|won|collect|receiv)\w* [\d,.]+ (million )?lira',
    'Who refereed the Turkish Cup final?': r'referee|officiated',
    'Which team did Korfez knock out in the semi-finals?': r'semi-final|semifinal|semi final|last four',
    "What is the name of the cellist who went to Annika Brauer's clinic in 2017?":
        r'cellist,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a|the) cellist|cellist (named|called)',
    'Which orchestra does Tobias Wendt play for?':
        r'(?-i:[A-Z]\w+ (Symphony|Philharmonic|Orchestra|Staatskapelle))|Gewandhaus|Wendt plays (in|with|for)|(plays|played) (in|with|for) the (?-i:[A-Z])',
    'In which journal did the Leipzig hearing study appear?': r'journal|Lancet|Medicine\b|published in the',
    'How old is Lena Vogt?': r'Vogt, \d|\d+-year-old (sound )?engineer|engineer, \d',
    'What noise level do German rules treat as safe for musicians?':
        r'\blimit\b|safe level|permitted|regulations?\b|legal(ly)?\b|\b8[05] decibels|\b8[05] ?dB|exposure (limit|value)',
    'Which party does Riikka Salmivaara belong to?':
        r'\bparty\b|Social Democrat|Centre Party|\bFinns\b|National Coalition|\bGreens?\b|Left Alliance|\(SDP\)|\(Kok\)|\(PS\)',
    'When was the Yle brief on the energy drink ban published?':
        r'published|\d{1,2}\.\d{1,2}\.20\d\d|20\d\d-\d\d-\d\d|(Mon|Tues|Wednes|Thurs|Fri)day,? \d',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-03-ansa-umbria-earthquake.txt', '2025-03-05-dpa-umbria-quake-homeless.txt'),
          ('2025-05-14-anadolu-turkish-cup-final.txt', '2025-05-15-bosphorus-football-weekly-korfez-parade.md')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
