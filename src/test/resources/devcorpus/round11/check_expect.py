#!/usr/bin/env python3
"""Checks round 11's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the technician who died after the Kallo fire?':
        r'technician,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?57|(?-i:named [A-Z])|identified (him|the (worker|technician|man)) as',
    'How old is Inge Vandaele?': r'Vandaele, \d|\d+-year-old (company )?spokeswoman|spokeswoman, \d',
    'How old is Marc Dewulf?': r'Dewulf, \d|\d+-year-old (chief|CEO|executive|boss)|(CEO|executive officer), \d',
    "Who is Scheldemont's biggest shareholder?": r'shareholder|owned by|\bstake\b|parent company|holding company|family-controlled',
    'When did the Kallo plant open?':
        r'(opened|built|founded|established|started production|commissioned)( in)? (19|20)\d\d|since (19|20)\d\d|dates (back )?(from|to)',
    'What is the name of the colleague who spoke to the AP about the technician?':
        r'colleague,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), a colleague|co-worker (?-i:[A-Z])',
    'Which party does Els Goossens belong to?':
        r'\bparty\b|N-VA|CD&V|Vooruit|Open VLD|Groen|Vlaams Belang|socialist|liberal|nationalist|Christian Democrat',
    'How big a fine could Scheldemont face?': r'\bfined?\b|\bfines\b|penalt',
    'Which firm supplied the valve that was swapped in August?':
        r'suppl(ier|ied)|manufactur|made by|installed by|fitted by|contractor',
    'What is the name of the collector who bought the Dawn of Lucerne?':
        r'(?-i:collector,? [A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (an? |the )?(Asian )?collector|bought by (?-i:[A-Z])|buyer,? (?-i:[A-Z])',
    'What is the name of the Lucerne family that sold the diamond?':
        r'(?-i:the [A-Z][a-z]+s? family)|family (called|named)|(?-i:[A-Z][a-z]+) family of Lucerne|family,? (?-i:the [A-Z])',
    'Which mine did the Dawn of Lucerne come from?': r'\bmine\b|Argyle|(?-i:[A-Z][a-z]+) pit\b|mined at (?-i:[A-Z])',
    'What is the name of the tour operator who reported the whales?':
        r'tour operator,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?(local )?tour operator|(Tours|Cruises|Eco|Safaris?) (Ltd|Limited)|operator named',
    'How old is Craig Wilding?': r'Wilding, \d|\d+-year-old (operations )?manager|manager, \d',
    'How many whales beached at Farewell Spit in 2017?':
        r'2017.{0,80}\d+ (pilot )?whales|\d+ (pilot )?whales.{0,80}2017|2017,? (when|in which) (more than |about |some )?\d+',
    'What is the name of the vet who helped put the whales down?':
        r'veterinarian,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?(DOC )?(vet|veterinarian)|\bvet,? (?-i:[A-Z])',
    'How much did the Farewell Spit rescue cost?': r'\bcost|\$[\d,]+|NZ\$|dollars|funding|budget',
    'Has anyone been arrested over the Tytherington pavilion fire?': r'arrest|charged|suspect|custody|\bbail\b',
    'How old is Rob Hensley?': r'Hensley, \d|\d+-year-old (club )?chairman|chairman, \d',
    'How old is Ruth Kirkby?': r'Kirkby, \d|\d+-year-old (veterinary )?nurse|nurse, \d',
    'What breed was the calf delivered at Gayle?':
        r'Limousin|Angus|Hereford|Belgian Blue|British Blue|Simmental|Charolais|Shorthorn|Highland|Friesian|Holstein|Galloway|Blonde d|\bbreed',
    'Who founded Ure Valley Vets in 1948?':
        r'founded by|set up by|established by|started by|founder|(?-i:[A-Z][a-z]+ [A-Z][a-z]+) (founded|opened|started|set up) the practice',
    "What is the name of Jim Alderson's son?": r'\bson,? (?-i:[A-Z])|(?-i:(?!Jim |Mr )[A-Z][a-z]+ Alderson)',
    'How many vets work at the practice in Sedbergh?':
        r'Sedbergh.{0,80}\d+ vets|\d+ vets.{0,80}Sedbergh|(Sedbergh|Leyburn) practice (has|employs)',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-09-09-reuters-antwerp-chemical-plant-fire.txt', '2025-09-10-ap-belgium-chemical-fire-put-out.txt',
           '2025-09-12-bloomberg-scheldemont-shares-slump.txt'),
          ('2025-02-13-aap-farewell-spit-whale-stranding.txt', '2025-02-14-afp-new-zealand-whales-refloated.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
