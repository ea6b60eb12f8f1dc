#!/usr/bin/env python3
"""Checks round 14's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What was the name of the man in his eighties who died?':
        r'man,? (named|called)|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (8\d|a man)|(?-i:named as [A-Z])',
    'How old is Priya Raghunathan?': r'Raghunathan, \d|\d+-year-old (medical|director)|director, \d',
    "How many beds does St Aldhelm's Hospital have?": r'\bbeds\b|bed hospital',
    "When was the hot-water tank at St Aldhelm's installed?":
        r'install|(fitted|built|put in) in (19|20)\d\d|dat(es|ing) from|since (19|20)\d\d|tank.{0,40}(19|20)\d\d',
    'What was the name of the 71-year-old woman who died?':
        r'woman,? (named|called)|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), 71|(?-i:named as [A-Z])',
    'How old is Rashida Kempster?': r'Kempster, \d|\d+-year-old (council )?leader|leader, \d',
    'How many seats does Labour hold on Hollinsbridge council?':
        r'\bseats\b|majority of \d|Labour (holds|has|controls) \d|\d+ Labour councillors',
    "By how much will the Ribble Street leisure centre's hours be cut?":
        r'leisure centre.{0,30}(\d+ hours|by \d|save|saving|£)|(\d+ hours|closing at \d).{0,40}leisure centre',
    'What will a Band D household pay in total once county, police and fire charges are added?':
        r'in total|total bill|overall bill|combined bill|£\d,\d\d\d(?!,)',
    'How much profit did Carrigmore Dairies make last year?': r'profit|turnover|revenue|\bsales\b',
    'When did RTÉ publish the fish kill story?':
        r'published|\d{1,2}\.\d{1,2}\.20\d\d|20\d\d-\d\d-\d\d|(Mon|Tues|Wednes|Thurs|Fri)day,? \d',
    'How many people does Carrigmore Dairies employ?': r'employ|\bstaff\b|workers|workforce|jobs',
    'How old is Vicente Llopis?': r'Llopis, \d|\d+-year-old (union|leader|general)|secretary, \d',
    'How many drivers does Trenes de Levante employ in total?':
        r'employs|workforce|total of [\d,]+ drivers|its [\d,]+ drivers|[\d,]+ drivers (work|are employed)',
    'How much does a driver at Trenes de Levante earn?':
        r'\bearn|salar|wage|euros a (year|month)|a (year|month) before',
    "How much would the union's demands cost the operator?":
        r'would cost|demands.{0,40}(euros|cost)|(cost|price) of (the )?(union|demands|hiring)',
    'What is the name of the retired couple who owned the Voorhees painting?':
        r'couple,? (named|called)|(?-i:[A-Z][a-z]+ and [A-Z][a-z]+ [A-Z])|couple,? (?-i:[A-Z])',
    'When did Hendrika Voorhees die?': r'\bdied\b|death|\(\d{4}\s*[-–]\s*\d{4}\)|\d{4}-\d{4}',
    'In which Vermont town was the farmhouse?':
        r'farmhouse (in|near) (?-i:[A-Z])|(?-i:[A-Z][a-z]+), Vermont|Vermont (town|village) of',
    'How old is Marian Lloyd?': r'Lloyd, \d|\d+-year-old secretary|secretary, \d',
    "What does one of the choir's blazers cost?": r'blazer.{0,40}£|£\d+.{0,30}blazer',
    'What is the Tylorstown choir called?':
        r'Tylorstown (Male|Choir|Glee)|(?-i:Côr [A-Z]\w+ Tylorstown)|Tylorstown choir,? (called|named)',
    'Which choir beat Glynfach at the 2019 Eisteddfod?':
        r'won by|winners?,? (?-i:[A-Z])|beaten by (?-i:[A-Z])|(?-i:[A-Z]\w+ [A-Z]\w+) won',
    'What would the merged choir be called?':
        r'(would|will) be (called|named|known as)|new name,? (?-i:[A-Z\'"“])|merged choir (called|named)',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-10-14-pa-media-bristol-hospital-legionnaires.txt',
           '2025-10-16-ap-england-hospital-legionnaires-source.txt'),
          ('2025-09-02-efe-valencia-rail-drivers-strike.txt', '2025-09-04-afp-spain-rail-strike-talks-fail.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
