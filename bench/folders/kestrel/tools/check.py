#!/usr/bin/env python3
"""Checks questions.jsonl facts (case-insensitive verbatim substrings of each source's text)
and notes/NN.json keywords (verbatim in the note text; not date phrases; not owner names)."""
import json, os, re, sys, zipfile, html
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
KN = os.path.join(ROOT, 'knowledge')

def text_of(path):
    if path.endswith('.docx'):
        with zipfile.ZipFile(path) as z:
            xml = z.read('word/document.xml').decode('utf-8')
        paras = re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S)
        return '\n'.join(html.unescape(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p, flags=re.S))) for p in paras)
    raw = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        return html.unescape(re.sub(r'<[^>]+>', '', raw))
    return raw

errors = 0
cache = {}
ids = set()
for line in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8'):
    q = json.loads(line)
    assert q['id'] not in ids, q['id']; ids.add(q['id'])
    if q['answerable']:
        if not q['sources'] or not q['facts']:
            print('EMPTY', q['id']); errors += 1
        for s in q['sources']:
            p = os.path.join(KN, s)
            if not os.path.exists(p):
                print('MISSING SOURCE', q['id'], s); errors += 1; continue
            cache.setdefault(s, text_of(p).lower())
        if q['style'] == 'two-doc':
            pairs = [(q['facts'][0], [q['sources'][0]]), (q['facts'][1], [q['sources'][1]])] + [(f, q['sources']) for f in q['facts'][2:]]
            # every fact must also be in at least one source
        else:
            pairs = [(f, q['sources']) for f in q['facts']]
        for f, srcs in pairs:
            for s in srcs:
                if f.lower() not in cache[s]:
                    print('FACT NOT FOUND', q['id'], repr(f), 'in', s); errors += 1
    else:
        if q['sources'] or q['facts']:
            print('UNANSWERABLE WITH FACTS', q['id']); errors += 1

# notes
DATE_WORDS = re.compile(r'\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|tomorrow|tonight|week|weekend|month|eom|eow|noon|am|pm|\d{1,2}/\d{1,2}|\d{1,2}(st|nd|rd|th))\b', re.I)
nd = os.path.join(ROOT, 'notes')
nnotes = 0
for fn in sorted(os.listdir(nd)):
    if not fn.endswith('.json'): continue
    nnotes += 1
    base = fn[:-5]
    txts = [x for x in os.listdir(nd) if x.startswith(base + '.') and not x.endswith('.json')]
    if len(txts) != 1:
        print('NOTE TEXT MISSING/AMBIGUOUS', fn, txts); errors += 1; continue
    note = open(os.path.join(nd, txts[0]), encoding='utf-8').read()
    low = note.lower()
    meta = json.load(open(os.path.join(nd, fn), encoding='utf-8'))
    assert re.match(r'^\d{4}-\d{2}-\d{2}$', meta['meetingDate']), fn
    assert '2026-09-01' <= meta['meetingDate'] <= '2027-03-31', (fn, meta['meetingDate'])
    for it in meta['items']:
        owners = [o.lower() for o in it['owners']]
        for o in it['owners']:
            if o.lower() not in low:
                print('OWNER NOT IN NOTE', fn, repr(o)); errors += 1
        if not (2 <= len(it['keywords']) <= 3):
            print('KEYWORD COUNT', fn, it['task']); errors += 1
        for k in it['keywords']:
            if k.lower() not in low:
                print('KEYWORD NOT IN NOTE', fn, repr(k)); errors += 1
            if DATE_WORDS.search(k):
                print('KEYWORD LOOKS LIKE DATE', fn, repr(k)); errors += 1
            if any(k.lower() in o or o in k.lower() for o in owners if len(o) > 2):
                print('KEYWORD OVERLAPS OWNER', fn, repr(k)); errors += 1
        if it['due'] is not None:
            assert re.match(r'^\d{4}-\d{2}-\d{2}$', it['due']), (fn, it['due'])
            if it['due'] < meta['meetingDate']:
                print('DUE BEFORE MEETING', fn, it['task']); errors += 1
print('notes checked:', nnotes)
print('errors:', errors)
sys.exit(1 if errors else 0)
