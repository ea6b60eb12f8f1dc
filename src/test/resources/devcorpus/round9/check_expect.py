#!/usr/bin/env python3
"""Checks round 9's question files against its articles (run from any directory).

- every answerable question with a `doc`: its `expect` matches that article's text (front matter included);
- conflict questions: the pattern matches some pair of articles plus the word "differ";
- request and language questions: the pattern matches some article;
- refusal patterns (not_stated, off_topic, refusing injections) match no article;
- not_stated questions: a guard pattern for the thing asked (below) matches neither the question's
  article nor the other report of its event;
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
    'How old is Jorge Alcaraz?': r'Alcaraz, \d|\d+-year-old (regional )?environment',
    'What is the name of the firefighter who got burned in Ávila?': r'(?-i:firefighter,? [A-Z][a-z]+ [A-Z])',
    'How many people live in Navalcerro?': r'population|Navalcerro, (a|home)|village of [\d,]+',
    'How many sheep did Emiliano Garrido have?': r'\d[\d,]* (sheep|animals|head)',
    'What is the name of the farmer whose harvester started the fire?': r'(?-i:farmer,? [A-Z][a-z]+ [A-Z])|farmer named',
    'How much damage in euros has the Ávila fire caused?': r'damage|euros|€',
    'How much does a bottle of Saison Dorée sell for?': r'euro|€|price|per bottle',
    'When was the Vanhoutte brewery founded?': r'founded|established|since 1\d\d\d|dating from',
    'How many Saison Dorée bottles have actually exploded so far?': r'\d[\d,]* (bottles )?(have |had )?(burst|exploded)',
    'Which construction company found the Hamburg bomb?': r'construction (company|firm)|GmbH|builder [A-Z]',
    'How old is Frauke Wöhlert?': r'Wöhlert, \d|\d+-year-old',
    "How many people work in Hamburg's bomb disposal service?": r'team of \d|\d+ (staff|employees|experts|specialists|people) (work|in)',
    'How old is Sanne Koldewijn?': r'Koldewijn, \d|\d+-year-old',
    'Who founded Velomar?': r'founded by|founder',
    "How many people work at Velomar's Hasselt plant?": r'Hasselt.{0,60}\d+ (workers|jobs|employees|people)|\d+ (workers|people) .{0,30}Hasselt',
    'How many e-bikes did Velomar sell last year?': r'sold (about )?\d[\d,]* (e-)?bikes|\d[\d,]* (e-)?bikes (sold|a year|last year)',
    "Who is Velomar's chief financial officer?": r'chief financial|\bCFO\b|finance director|finance chief',
    'How much did Brandt & Oei pay for its stake in Velomar?': r'\bpaid\b|bought (its|the|a) stake|acquired',
    'How old is Margaret Oyelaran?': r'Oyelaran, \d|\d+-year-old',
    'Who will be the landlord running the Plough?': r'landlord|landlady|manager|tenant|publican',
    'How many people live in Kessingham?': r'population|village of [\d,]+|\d[\d,]* (residents|people|inhabitants) live',
    'How old is Rhona Kerr?': r'Kerr, \d|\d+-year-old hydrologist|hydrologist, \d',
    'How much will the salmon tagging study on the Allt Dubh cost?': r'study.{0,60}£|tags?.{0,60}£|£[\d,]+.{0,40}(study|tag)',
    'How many rooms does the Torran Arms have?': r'\d+ (bed)?rooms|(its|the hotel\'s) \w+ rooms',
}
REFUSAL_KINDS = {'not_stated', 'off_topic'}
# Both reports of an event: a not-stated guard must match neither.
EVENTS = [('2025-08-12-afp-spain-avila-wildfire.txt', '2025-08-14-ap-spain-wildfire-shepherd-killed.txt'),
          ('2025-06-16-reuters-velomar-court-protection.txt', '2025-06-18-bloomberg-velomar-creditor-freeze.txt')]


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
