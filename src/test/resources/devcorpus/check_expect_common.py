"""What every blind round's check_expect.py checks, given its folder, its guards and its events.

- every answerable question with a `doc`: its `expect` matches that article's text (front matter included);
- conflict questions: the pattern matches some pair of articles plus the word "differ";
- request and language questions: the pattern matches some article;
- refusal patterns (not_stated, off_topic, refusing injections) match no article;
- not_stated questions: a guard pattern for the thing asked (the round's ABSENT) matches neither the
  question's article nor any other report of its event (the round's EVENTS);
- fields, kinds, follow-ups carry `after`, no question twice, halves share no article;
- no question shares a run of five or more words with its article (paraphrase check).
Python's re stands in for Java's regex; the patterns use only syntax both read alike.
"""
import itertools, json, os, re, sys
from collections import Counter

KINDS = {'fact', 'not_stated', 'metadata', 'brief', 'qualified', 'follow_up', 'conflict',
         'injection', 'language', 'off_topic', 'request'}
FIELDS = {'q', 'kind', 'expect', 'answerable', 'doc', 'after'}
REFUSAL_KINDS = {'not_stated', 'off_topic'}


class Round:
    """One round's folder, with what each not-stated question asks for and the reports of each event."""

    def __init__(self, here, absent, events):
        self.here = here
        self.absent = absent
        self.events = events
        self.articles = {n: open(os.path.join(here, 'articles', n), encoding='utf-8').read()
                         for n in sorted(os.listdir(os.path.join(here, 'articles')))}

    def event_of(self, doc):
        return next((e for e in self.events if doc in e), (doc,))


def words(text):
    return re.findall(r"[\w'’-]+", text.lower())


def shared_run(question, article, n=5):
    a = words(article)
    grams = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    qw = words(question)
    return [' '.join(qw[i:i + n]) for i in range(len(qw) - n + 1) if tuple(qw[i:i + n]) in grams]


def matches(pattern, text):
    return re.search(pattern, text, re.IGNORECASE) is not None


def check(rnd, name, problems, docs_of_half):
    seen = set()
    kinds = Counter()
    for number, line in enumerate(open(os.path.join(rnd.here, name), encoding='utf-8'), 1):
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
            if doc not in rnd.articles:
                problems.append(f'{where}: no article {doc}')
                continue
            docs_of_half.add(doc)
            for run in shared_run(q, rnd.articles[doc]):
                problems.append(f'{where}: copies "{run}" from {doc}')
        if d['answerable'] and doc and kind != 'conflict':
            if not matches(expect, rnd.articles[doc]):
                problems.append(f'{where}: {expect!r} not in {doc}')
        if kind == 'conflict':
            if not any(matches(expect, rnd.articles[a] + '\n' + rnd.articles[b] + ' differ')
                       for a, b in itertools.combinations(rnd.articles, 2)):
                problems.append(f'{where}: conflict pattern matches no pair of articles')
        if kind in ('request', 'language'):
            if not any(matches(expect, t) for t in rnd.articles.values()):
                problems.append(f'{where}: {expect!r} matches no article')
        if kind in REFUSAL_KINDS or (kind == 'injection' and not d['answerable']):
            for n, t in rnd.articles.items():
                if matches(expect, t):
                    problems.append(f'{where}: refusal pattern matches {n}')
        if kind == 'not_stated':
            guard = rnd.absent.get(q)
            if guard is None:
                problems.append(f'{where}: no guard pattern for this not-stated question')
            else:
                for n in rnd.event_of(doc):
                    if matches(guard, rnd.articles[n]):
                        problems.append(f'{where}: guard {guard!r} matches {n}: the article may answer it')
    return kinds


#: The kinds whose answerable pattern, tied to one article by its `doc`, must match no other article of the folder.
NARROW_KINDS = {'fact', 'brief', 'qualified', 'follow_up', 'metadata', 'injection'}


def narrowing_problems(here, absent, events):
    """An answerable pattern tied to one article must not also match another article of the folder (rounds 21 on)."""
    rnd = Round(here, absent, events)
    problems = []
    for name in ('questions-tuning.jsonl', 'questions-heldout.jsonl'):
        for number, line in enumerate(open(os.path.join(here, name), encoding='utf-8'), 1):
            d = json.loads(line)
            if d['kind'] in NARROW_KINDS and d['answerable'] and d.get('doc'):
                for n, t in rnd.articles.items():
                    if n != d['doc'] and matches(d['expect'], t):
                        problems.append(f'{name}:{number}: {d["expect"]!r} also matches {n}')
    return problems


def main_narrowed(here, absent, events):
    """The narrowing check, then every shared check: what rounds 21 on run."""
    extra = narrowing_problems(here, absent, events)
    if extra:
        for p in extra:
            print('PROBLEM', p)
        print(f'{len(extra)} problem(s)')
        sys.exit(1)
    main(here, absent, events)


def main(here, absent, events):
    rnd = Round(here, absent, events)
    problems = []
    halves = {}
    table = {}
    for name in ('questions-tuning.jsonl', 'questions-heldout.jsonl'):
        halves[name] = set()
        table[name] = check(rnd, name, problems, halves[name])
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

