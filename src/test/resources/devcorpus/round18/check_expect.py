#!/usr/bin/env python3
"""Checks round 18's question files against its articles (run from any directory): the checks every
blind round shares are in ../check_expect_common.py; this round gives its guards and its events."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_expect_common  # noqa: E402  (the checks every blind round shares, beside the round folders)

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    'Which insurance company covered the cocoa that burned?':
        r"insured (by|with)|insurer,? (?-i:[A-Z])|insurance (company|firm|group),? (?-i:[A-Z])|Allianz|\bAXA\b|Sunu|NSIA|Saham|Atlantique|Lloyd's",
    'What is the name of the forklift driver who was badly burned?':
        r'driver,? (?-i:[A-Z])\w+ (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (a|the) (34-year-old|forklift)|named (him )?as|driver (named|called)',
    'How old is the analyst Marguerite Oyelaran?':
        r'Oyelaran, \d|\d+-year-old (analyst|Oyelaran)|Oyelaran \(\d|analyst, \d',
    'What is the name of the Sofraco spokeswoman?':
        r'spokes(woman|person),? (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, a (Sofraco |company )?spokeswoman',
    'How much did it cost to build the Sofraco depot?':
        r'cost .{0,30}build|built (for|at a cost)|construction cost|(million|billion).{0,40}(to build|construct)',
    'What price per kilo do Ivorian cocoa farmers get for their beans?':
        r'farmgate|farm-gate|per (kilo|kg|kilogram)|(a|per) (kilo|kg)\b|francs (a|per) kilo',
    'How many workers were inside the depot when the fire broke out?':
        r'\d+ (people|workers|staff|employees) (were )?(inside|in the (warehouse|depot|building))|inside (the (warehouse|depot) )?(at the time|when)',
    'Which ship were the burned beans due to be loaded onto?':
        r'vessel|\bship\b|freighter|\bMV\b|loaded (on|onto)|bound for (?-i:[A-Z])',
    'How much did the Danish study cost to carry out?':
        r'cost (of|to)|budget|grant of|kroner|\bDKK\b|\bkr\b|€|euros|\$',
    'How old is Signe Halvorsen?':
        r'Halvorsen, \d|\d+-year-old (physio|Halvorsen|Signe|researcher|lead)|Halvorsen \(\d|physiotherapist, \d',
    'What breeds of dog did the patients in the study own?':
        r'breed|Labrador|retriever|spaniel|terrier|poodle|collie|dachshund|shepherd',
    'Which team does Sem Kuipers ride for?':
        r"Kuipers \((?-i:[A-Z])|Kuipers,? (of|who rides for|riding for|from the)|Kuipers'?s? team",
    'How old is Siân Gwilliam?':
        r'Gwilliam, \d|\d+-year-old (chief|Gwilliam|Siân)|Gwilliam \(\d|executive, \d',
    'How much will the compensation payments cost the company altogether?':
        r'in total|total (cost|bill)|altogether|£[\d.,]+ ?(m|million) (in|of|for) compensation|compensation (bill|will cost|costs?)',
    'Which firm manufactured the transformer that failed?':
        r'made by|manufactur|built by|supplied by|Siemens|\bABB\b|\bGEC\b|Hitachi|Hyundai|Schneider|Ferranti|English Electric',
    'How many people were evacuated from homes near the Landore substation?':
        r'evacuat',
    'How many engineers worked on getting the power back?':
        r'\d+ engineers|engineers? (numbering|totall)',
    'Which barrister represented Callum Strachan?':
        r"(for Strachan|defending Strachan)[^.]{0,40}(barrister|counsel|KC)|Defending(,| Strachan)|Strachan's (barrister|counsel|lawyer|solicitor)",
    'What basic salary was Dominic Ferreira paid?':
        r'salary|basic pay|basic wage|Ferreira (was )?paid £',
    'How much did the villa near Marbella sell for?':
        r'villa (was )?sold for|sold (the villa )?for £|fetched|villa[^.]{0,40}£[\d.,]+',
    'Who trains the racehorse Copper Still?':
        r'trainer|trained by',
    'How old is Detective Inspector Nadia Farouk?':
        r'Farouk, \d|\d+-year-old (detective|Farouk|Nadia|inspector)|Farouk \(\d',
    'What are the names of the pilots who landed on Tessaluk Lake?':
        r'pilots?,? (?-i:[A-Z])\w+|captain (?-i:[A-Z])|(?-i:[A-Z])\w+ (?-i:[A-Z])\w+, (the|a) (pilot|co-pilot|first officer)|pilots (were )?named',
    'How many days will it take to fly the plane off the lake?':
        r'\b(days?|weeks?)\b|by (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|expected to (take|fly)',
}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-10-bloomberg-cocoa-futures-san-pedro-warehouse-fire.txt',
           '2025-03-11-afp-ivory-coast-san-pedro-cocoa-fire-probe.txt'),
          ('2025-11-26-swansea-bay-post-live-power-cut.txt',
           '2025-11-27-western-courier-swansea-blackout-transformer.txt')]


if __name__ == '__main__':
    check_expect_common.main(HERE, ABSENT, EVENTS)
