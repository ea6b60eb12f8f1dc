#!/usr/bin/env python3
"""Checks round 17's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'What is the name of the SIPTU official who warned about job losses?':
        r"SIPTU('s)? (official|organiser|organizer|spokes\w+|official|general secretary),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+,? (of|from) SIPTU|SIPTU said (?-i:[A-Z])",
    'Which banks are lending Glenmoy the money for the deal?':
        r'Bank of Ireland|\bAIB\b|Rabobank|\bING\b|\bABN\b|BNP|HSBC|Barclays|Santander|banks?,? (including|led by|such as|named)|\bled by\b',
    'How old is Marloes de Bruin?':
        r'de Bruin, \d|\d+-year-old (chief|de Bruin|Marloes)|Bruin \(\d|aged \d+',
    'What salary does Declan Harrington earn?':
        r'salary|\bpaid (him|Harrington)|remuneration|\bearns?\b|pay package|\bbonus',
    'How many staff work for Glenmoy?':
        r'Glenmoy (employs|has) (about |some |around )?[\d,]+ (staff|people|workers|employees)|[\d,]+ (staff|employees|workers|people) (at|of) Glenmoy|Glenmoy\'s [\d,]+ (staff|employees|workers)|workforce',
    'What does Glenmoy currently pay its suppliers per litre of milk?':
        r'cents? (a|per) litre|per litre|c/l|pays? (its )?(farmers|suppliers|members) \d',
    'How big a stake does Nordmejeri have in Vermeer?':
        r'Nordmejeri (owns|holds|has a)|stake.{0,40}Nordmejeri|Nordmejeri.{0,40}\bstake|Nordmejeri.{0,40}\d+ ?(%|per ?cent)',
    'What was the name of the pilot flying the Beauly balloon?':
        r'pilot,? (?-i:[A-Z])\w+|pilot (named|called)|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, the pilot|pilot was (?-i:[A-Z])',
    'How high was the balloon when the gust caught it?':
        r'\bfeet\b|\bmetres\b|\bft\b|altitude|height',
    'Who became warden of the Grünegg hut after Edith Lauber?':
        r'(succeeded|replaced) by|handed (over )?(the hut )?to (?-i:[A-Z])|new warden|successor|took over from her',
    "How much did a night's stay at the Grünegg hut cost?":
        r'francs|\bCHF\b|a night cost|per night|\bFr\. ?\d|night.{0,20}cost',
    "What was Edith Lauber's father called?":
        r'father,? (?-i:[A-Z])|father was (?-i:[A-Z])|daughter of (?-i:[A-Z])|mule driver,? (?-i:[A-Z])',
    'How much will it cost to fill in the Ripon sinkhole?':
        r'cost of (the )?(repair|work|filling|infill)|will cost|repairs? (will )?cost|£[\d.,]+ (million )?(to|for) (fill|repair)|(work|repair|filling)s? .{0,30}£',
    'What is the name of the council spokesman the Gazette quoted?':
        r'spokes(man|woman|person),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, a (council )?spokes',
    'How old is Janet Aysgarth?':
        r'Aysgarth, \d|\d+-year-old (councillor|Aysgarth|Janet)|Aysgarth \(\d|councillor, \d',
    'Which insurance company covers the houses in Chantry Close?':
        r'insured (by|with)|insurer,? (?-i:[A-Z])|Aviva|Direct Line|Admiral|Zurich|\bAXA\b|\bLV\b|Legal & General|RSA',
    'When were the houses in Chantry Close built?':
        r'built in|were built|dating from|(19|20)\d\ds (houses|homes|estate|close)|close was built',
    'How old is Richard Thwaites?':
        r'Thwaites, \d|\d+-year-old (councillor|Thwaites|Richard)|Thwaites \(\d',
    "What are the names of the Madrid restaurants that buy the mine's mushrooms?":
        r'restaurants? (called|named)|restaurants? (such as|including) (?-i:[A-Z])|restaurants?,? (?-i:[A-Z])\w+,',
    "Which supermarket chains sell the cooperative's mushrooms?":
        r'Mercadona|Alimerka|Carrefour|El Corte|Lidl|Aldi|Masymas|Eroski|Dia\b|chains?,? (?-i:[A-Z])|chains? (called|named|such as|including)',
    'Which company owned the Carrionda mine?':
        r'company,? (?-i:[A-Z])\w+|owned by (?-i:[A-Z])|Hunosa|(?-i:[A-Z])\w+ (S\.A\.|SA|SL)\b|Minera',
    'How old is Begoña Suárez?':
        r'Suárez, \d|\d+-year-old (mayor|Suárez|Begoña)|mayor, \d|Suárez \(\d',
    'Who was the referee for the Mid-Ulster cup final?': r'referee|refereed|\bref\b|official (?-i:[A-Z])',
    'Who is the manager of Mourne Valley?': r'manager|head coach|\bboss\b|coach (?-i:[A-Z])',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-04-07-reuters-glenmoy-dairies-vermeer-takeover.txt',
           '2025-04-09-irish-agri-week-glenmoy-vermeer-explainer.txt'),
          ('2025-09-16-ripon-dales-gazette-sinkhole-evacuation.txt',
           '2025-09-19-north-yorkshire-council-ripon-sinkhole-release.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
