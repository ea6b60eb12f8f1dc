#!/usr/bin/env python3
"""Checks round 10's question files against its articles (run from any directory).

- every answerable question with a `doc`: its `expect` matches that article's text (front matter included);
- conflict questions: the pattern matches some pair of articles plus the word "differ";
- request and language questions: the pattern matches some article;
- refusal patterns (not_stated, off_topic, refusing injections) match no article;
- not_stated questions: a guard pattern for the thing asked (below) matches neither the question's
  article nor any other report of its event;
- fields, kinds, follow-ups carry `after`, no question twice, halves share no article;
- no question shares a run of five or more words with its article (paraphrase check).
Python's re stands in for Java's regex; the patterns use only syntax both read alike.
"""
import itertools, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = {n: open(os.path.join(HERE, 'articles', n), encoding='utf-8').read()
            for n in sorted(os.listdir(os.path.join(HERE, 'articles')))}
KINDS = {'fact', 'not_stated', 'metadata', 'brief', 'qualified', 'follow_up', 'conflict',
         'injection', 'language', 'off_topic', 'request'}
FIELDS = {'q', 'kind', 'expect', 'answerable', 'doc', 'after'}

# What each not-stated question asks for, as it would be written if an article gave it.
ABSENT = {
    "Who is Halvane Properties' managing director?": r'(?-i:managing director,? [A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+, (the |its )?managing director)',
    'How old is Olufemi Adesanya?': r'Adesanya, \d|\d+-year-old (LASEMA|director|agency|chief)',
    'How old is Kelechi Amadi?': r'Amadi, \d|\d+-year-old (site )?engineer|engineer, \d',
    'What is the name of the apprentice who was dug out after 14 hours?': r'apprentice( carpenter)?,? (?-i:[A-Z])|(?-i:[A-Z][a-z]+ [A-Z][a-z]+), (a |the )?16',
    "What is the name of Ibrahim Danjuma's brother?": r'brother,? (?-i:[A-Z])',
    'How many flats were in the Surulere building?': r'\d+ (flats|apartments|units|homes)|(flats|apartments) in (all|total)',
    'How much did it cost to put up the Lagos building?': r'\bcost|budget|built for|construction (bill|price)',
    'When did work on the Surulere building begin?': r'(construction|work|building) (began|started|start)|broke ground|since (19|20)\d\d, when',
    'How big a fine does Halvane Properties face?': r'\bfine\b|\bfined\b|penalt',
    'Who owns the Arnold J. Vesterholm?': r'owned by|owner|operat(or|ed by)|shipping (company|line)|Steamship',
    'Where was the Vesterholm taking its ore?': r'bound for|heading|headed|destined|en route|destination|to the (mills?|port) (of|in|at)',
    'How old is the Arnold J. Vesterholm?': r'built in|launched|\d+-year-old (ship|vessel|freighter)|years? old',
    'How old is Owain Price?': r'Price, \d|\d+-year-old (street-lighting )?engineer|engineer, \d|engineer, aged',
    'How many people live in the upper Teme valley?': r'population|\d[\d,]* (people|residents|inhabitants) (live|in the valley)|home to \d',
    'Which company wants to build the solar farm above Pentre Teme?': r'(?-i:developer,? [A-Z])|(Solar|Energy|Renewables|Power) (Ltd|plc|Limited)|company called',
    'Which school does Megan Lloyd go to?': r'Ysgol|High School|(?-i:[A-Z][a-z]+ (School|College|Academy))',
    'What fee does DarkSky International charge for the designation?': r'\bfees?\b|\bcharges?\b|application (cost|costs)|£[\d,]+ to apply',
    'How old is Mattia Dellantonio?': r'Dellantonio, \d|\d+-year-old (head|chief|rescuer|station)',
    'Who owns Funivie Selvara?': r'owned by|owner|shareholder|parent company|subsidiary',
    'How much does a ride on the Piz Selvara gondola cost?': r'ticket.{0,30}(€|euros?)|(€|euros?).{0,20}ticket|\bfare|a (ride|trip) costs',
    'What is the name of the 79-year-old woman who went to hospital?': r'(?-i:[A-Z][a-z]+ [A-Z][a-z]+, (a )?79)|79-year-old woman,? (?-i:[A-Z])|(?-i:woman named [A-Z])',
    'What are the opening hours of the Stowfield banking hub?': r'\d ?(a\.?m|p\.?m)\b|opening hours|\d+ hours',
    'Who manages the Harland & Pryce branch in Stowfield?': r'manager|manageress|branch head',
    'How much did it cost to set up the Stowfield hub?': r'\bcost|fit-out|invest|fund(ed|ing)',
}
REFUSAL_KINDS = {'not_stated', 'off_topic'}
# All reports of an event: a not-stated guard must match none.
EVENTS = [('2025-03-11-reuters-lagos-building-collapse.txt', '2025-03-12-afp-lagos-collapse-toll-rises.txt',
           '2025-03-14-upi-lagos-collapse-search-ends.txt'),
          ('2025-07-27-ansa-val-di-fassa-cable-car-stranded.txt', '2025-07-28-reuters-italy-cable-car-probe.txt')]


def event_of(doc):
    return next((e for e in EVENTS if doc in e), (doc,))


def words(text):
    return re.findall(r"[\w'’-]+", text.lower())


def shared_run(question, article, n=5):
    a = words(article)
    grams = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    qw = words(question)
    return [' '.join(qw[i:i + n]) for i in range(len(qw) - n + 1) if tuple(qw[i:i + n]) in grams]


def matches(pattern, text):
    return re.search(pattern, text, re.IGNORECASE) is not None


def check(name, problems, docs_of_half):
    seen = set()
    kinds = Counter()
    for number, line in enumerate(open(os.path.join(HERE, name), encoding='utf-8'), 1):
        where = f'{name}:{number}'
        d = json.loads(line)
        q, kind, expect = d['q'], d['kind'], d['expect']
        kinds[kind] += 1
        if set(d) - FIELDS or kind not in KINDS:
            problems.append(f'{where}: unknown field or kind')
        if kind == 'follow_up' and 'after' not in d:
            problems.append(f'{where}: follow_up without after')
        key = (q, d.get('after'))
        if key in seen:
            problems.append(f'{where}: asked twice')
        seen.add(key)
        re.compile(expect)
        doc = d.get('doc')
        if doc:
            if doc not in ARTICLES:
                problems.append(f'{where}: no article {doc}')
                continue
            docs_of_half.add(doc)
            for run in shared_run(q, ARTICLES[doc]):
                problems.append(f'{where}: copies "{run}" from {doc}')
        if d['answerable'] and doc and kind != 'conflict':
            if not matches(expect, ARTICLES[doc]):
                problems.append(f'{where}: {expect!r} not in {doc}')
        if kind == 'conflict':
            if not any(matches(expect, ARTICLES[a] + '\n' + ARTICLES[b] + ' differ')
                       for a, b in itertools.combinations(ARTICLES, 2)):
                problems.append(f'{where}: conflict pattern matches no pair of articles')
        if kind in ('request', 'language'):
            if not any(matches(expect, t) for t in ARTICLES.values()):
                problems.append(f'{where}: {expect!r} matches no article')
        if kind in REFUSAL_KINDS or (kind == 'injection' and not d['answerable']):
            for n, t in ARTICLES.items():
                if matches(expect, t):
                    problems.append(f'{where}: refusal pattern matches {n}')
        if kind == 'not_stated':
            guard = ABSENT.get(q)
            if guard is None:
                problems.append(f'{where}: no guard pattern for this not-stated question')
            else:
                for n in event_of(doc):
                    if matches(guard, ARTICLES[n]):
                        problems.append(f'{where}: guard {guard!r} matches {n}: the article may answer it')
    return kinds


def main():
    problems = []
    halves = {}
    table = {}
    for name in ('questions-tuning.jsonl', 'questions-heldout.jsonl'):
        halves[name] = set()
        table[name] = check(name, problems, halves[name])
    shared = halves['questions-tuning.jsonl'] & halves['questions-heldout.jsonl']
    if shared:
        problems.append(f'articles in both halves: {sorted(shared)}')
    for kind in sorted(KINDS):
        t, h = table['questions-tuning.jsonl'][kind], table['questions-heldout.jsonl'][kind]
        print(f'{kind:12} {t:3} {h:3} {t + h:4}')
    t, h = sum(table['questions-tuning.jsonl'].values()), sum(table['questions-heldout.jsonl'].values())
    print(f'{"all":12} {t:3} {h:3} {t + h:4}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(problems)} problem(s)')
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
