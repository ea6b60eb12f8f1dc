#!/usr/bin/env python3
"""Checks round 22's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events, and
adds one check of its own: an answerable pattern of a question with a `doc` (fact, brief, qualified,
follow_up, metadata, answerable injection) matches no other article of the folder."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    "What is the name of the Marit Salander's captain?":
        r'(captain|master|skipper),? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, the (ship\'s )?(captain|master)'
        r'|(captain|master|skipper) (named|called)|Captain (?-i:[A-Z])',
    'In what year was the Marit Salander built?':
        r'built in|built (19|20)\d\d|(19|20)\d\d-built|launched in|delivered in|\d+ years old|\d+-year-old (ship|vessel|freighter)',
    "What did Baltic Feeder Lines' shares close at, in euros?":
        r'shares? (closed|ended|traded|stood|finished) at|€ ?\d|\d+(\.\d+)? euros (a|per) share|per share|closed (at|down) [\d.]+ euros',
    'How much profit did Baltic Feeder Lines make in its last quarter?':
        r'(profit|earnings|revenue|sales|net income|EBITDA)[^.]{0,40}(\d|million|billion)|(quarterly|third-quarter|second-quarter) (profit|earnings|results)'
        r'|(earned|made|reported) [^.]{0,20}(\d|million)',
    'How old is Judge Fiona Ackroyd?':
        r'Ackroyd, \d|Ackroyd \(\d|\d+-year-old (judge|Judge)|judge, \d\d\b|Ackroyd, (aged|who is) \d',
    "What is Lee Garside's wife called?":
        r'(wife|partner|Mrs Garside),? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+, (his|Garside\'s) (wife|partner)|(wife|partner) (named|called)',
    'Had Lee Garside been convicted of anything before this case?':
        r'Garside[^.]{0,80}(previous|prior|earlier) (convictions?|offences?|record)|(previous|prior) (convictions?|offences?)[^.]{0,60}Garside'
        r'|Garside[^.]{0,60}(clean record|of good character|criminal record)',
    'Which prison is Lee Garside being sent to?':
        r'\bHMP\b|(?-i:[A-Z])\w+ (Prison|Jail|jail)\b|prison (in|at) (?-i:[A-Z])|taken (down )?to (?-i:[A-Z])\w+ (prison|jail)',
    'How much did it cost the fire service to put out the quarry blaze?':
        r'fire[^.]{0,80}(£\d|cost)|(£\d|cost)[^.]{0,60}(fire|blaze|firefight)',
    'How much did Garside get for his house when he sold it?':
        r'house[^.]{0,60}(£\d|\d{2,3},\d{3})|sold[^.]{0,40}£|£[\d,]+[^.]{0,30}house',
    'How much is a single ticket on the Gourock to Kilcreggan ferry?':
        r'\bfares?\b|(single|return|adult) (ticket|fare)s?|tickets? (cost|costs|are|is) £|£\d[\d.]* (for a |each way|single|return|per crossing)',
    'What is the name of the ferry that runs to Kilcreggan?':
        r'\bMV\b|\bMS\b|\bvessel\b|boat (named|called)|the (?-i:[A-Z])\w+ (will|is|has|sails)\b|aboard the (?-i:[A-Z])',
    'What is the name of the lifeguard who first raised the alarm?':
        r'lifeguard,? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the|one|who is a) (\d+-year-old )?lifeguard|lifeguards? (named|called)'
        r'|raised the alarm|first (noticed|spotted)',
    "How much will it cost to repair the pool's chemical system?":
        r'repair\w*[^.]{0,60}\$|\$[\d.,]+( million)?[^.]{0,40}(repair|fix|replace)|cost (of|to) (repair|fix|replace)|damage[^.]{0,40}\$',
    'How old is parks director Lorraine Tso?':
        r'Tso, \d|Tso \(\d|\d+-year-old (director|parks|Tso|Lorraine)|director, \d\d\b|Tso, (aged|who is) \d',
    'What is the name of the water aerobics teacher who was kept in hospital?':
        r'(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, 67|67-year-old (?-i:[A-Z])|(instructor|teacher),? (?-i:[A-Z])\w+ (?-i:[A-Z])|(named|called) (?-i:[A-Z])\w+ (?-i:[A-Z])\w+, who teaches',
    "What is the cheapest bottle on Cobble & Creel's wine list?":
        r'(bottles?|wines?|list) (starts? |begins? )?(at|from) £|£\d+(\.\d\d)? (a|per|the) bottle|cheapest (bottle|wine)|by the glass|bottles? (costs?|priced)',
    "What is Ged Ventress's boat called?":
        r'coble (named|called)|(called|named) the (?-i:[A-Z])|the (?-i:[A-Z])\w+, (a|his|the) (wooden )?coble|coble,? the (?-i:[A-Z])|boat,? the (?-i:[A-Z])',
    'How old is Joel Oduya?':
        r'Joel( Oduya)?, \d|Joel( Oduya)? \(\d|\d+-year-old (brother|former|Joel)|brother, \d\d\b|Joel[^.]{0,30}aged \d',
    'What is the phone number for booking at Cobble & Creel?':
        r'\b0\d{3,4}[ -]?\d{3}|\btel\b|phone|telephone|call (us|them) on|\+44',
    'How much did the Oduyas pay for the old smokehouse?':
        r'(bought|paid|price|purchased)[^.]{0,60}£|£[\d.,]+ ?(million|m\b|k\b)|for £[\d,]+,\d{3}',
    'What is the name of the friend the critic took to dinner?':
        r'companion,? (?-i:[A-Z])\w+|(?-i:[A-Z])\w+, my (companion|friend|guest)|my (friend|partner|husband|wife|guest),? (?-i:[A-Z])|(dined|ate) with (?-i:[A-Z])',
    'Which airline were most of the tourists with sand in their bags flying on?':
        r'airline|Ryanair|easyJet|Volotea|Vueling|Lufthansa|flights? (to|from|with|operated by) (?-i:[A-Z])|Air (?-i:[A-Z])|on board',
    "Who spoke for Sardinia's environment department about the sand?":
        r'spokes(man|woman|person),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (spokes|head|director|official|councillor|assessor)'
        r'|said (?-i:[A-Z])\w+ (?-i:[A-Z])\w+|(councillor|assessor|official),? (?-i:[A-Z])\w+',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-11-10-dpa-kiel-canal-brunsbuettel-lock-gate-collision.txt',
           '2025-11-11-bloomberg-kiel-canal-shutdown-baltic-feeder-rates.txt'),
          ('2025-07-19-kylm-6-billings-aquatic-center-chlorine-leak.txt',
           '2025-07-20-yellowstone-valley-sentinel-pool-leak-pump-failure.txt')]

if __name__ == '__main__':
    check_expect_common.main_narrowed(HERE, ABSENT, EVENTS)
