#!/usr/bin/env python3
"""Checks for the sealed-4 set.
1. Every knowledge file parses (JSON loads, DOCX unzips) and the directory has 20-30 services.
2. questions.jsonl: schema, ids, style counts, every fact occurs verbatim (case-insensitive) in the
   raw text of at least one named source, every named source holds at least one fact.
   Raw text = the file as stored; for .docx, the concatenated text of the w:t runs of word/document.xml.
3. Near-miss / off-topic: probe regexes that would reveal the missing fact must NOT match anywhere.
4. notes/NN.json: schema, owners and keywords verbatim (case-insensitive) in notes/NN.txt,
   keywords not date phrases and not the owner, dates valid ISO and not before the meeting.
Run: python3 check.py   (exit code 0 = all good)
"""
import json, os, re, sys, zipfile, datetime, glob
ROOT = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(ROOT, 'knowledge')
errors = []
def err(m): errors.append(m)

def raw_text(rel):
    p = os.path.join(K, rel)
    if p.endswith('.docx'):
        with zipfile.ZipFile(p) as z:
            xml = z.read('word/document.xml').decode('utf8')
        paras = re.findall(r'<w:p[ >].*?</w:p>', xml)
        import html
        return '\n'.join(html.unescape(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', pp))) for pp in paras)
    return open(p, encoding='utf8').read()

files = sorted(os.path.relpath(os.path.join(d, f), K) for d, _, fs in os.walk(K) for f in fs)
CORPUS = {f: raw_text(f) for f in files}
if not 25 <= len(files) <= 35: err(f'{len(files)} knowledge files, want 25-35')
for f in files:
    if f.endswith('.json'):
        d = json.loads(CORPUS[f])
        n = sum(len(o['services']) for o in d['organizations'])
        if not 20 <= n <= 30: err(f'{f}: {n} services')
        for o in d['organizations']:
            for s in o['services']:
                for key in ['name','description','phones','service_areas','minimum_age','maximum_age','languages','fees_description','eligibility_description','schedules','locations']:
                    if key not in s: err(f'{f}: {s["id"]} lacks {key}')

# ---------- questions ----------
NEAR_PROBES = {  # question number -> list of (file or '*', regex that must NOT match)
 'summer 2026': [('*', r'summer 2026'), ('*', r'2026[^.\n]{0,80}\$\d+\.\d\d')],
 'monthly unlimited pass': [('*', r'monthly pass'), ('*', r'unlimited'), ('*', r'31-day')],
 'tuition at LCC for 2023-24': [('*', r'2023-24[^.\n]{0,60}\$\d'), ('*', r'\$\d[\d,]*[^.\n]{0,30}2023-24')],
 'winter 2026 session': [('agencies/lakeshore-independence-center.html', r'winter 2026 session: (?!dates announced)'), ('*', r'next step[^\n]{0,200}(january|february) \d')],
 'cpw waiting list in 2024': [('*', r'2024[^.\n]{0,80}(CPW|Community Pathways Waiver)'), ('*', r'(CPW|Community Pathways Waiver)[^.\n]{0,80}2024')],
 "fax number for pathways cmh": [('agencies/lpcmh-waiver-and-respite.html', r'fax'), ('*', r'(LPCMH|Pathways C)[^.\n]{0,120}fax'), ('directory/heartland-211-larkin-disability-services.json', r'fax')],
 '2024-25 school year': [('*', r'2024-25[^.\n]{0,80}(Pre-ETS|students served)'), ('*', r'(Pre-ETS|served)[^.\n]{0,80}2024-25')],
 'married couple': [('*', r'couple'), ('*', r'married')],
 '2026 transition fair': [('*', r'2026 (transition )?fair[^.\n]{0,60}\d{1,2}, 2026')],
 'state ID card cost': [('*', r'state ID[^.\n]{0,60}\$'), ('*', r'\$[^.\n]{0,60}state ID')],
 'trial work period amount in 2024': [('*', r'2024[^.\n]{0,60}trial work'), ('*', r'trial work[^.\n]{0,80}2024')],
 'ramp program': [('*', r'ramp[^.\n]{0,200}(\$|%|percent)')],
 'ABLE annual contribution limit going to be for 2026': [('*', r'2026[^.\n]{0,60}contribut'), ('*', r'contribut[^.\n]{0,60}2026'), ('*', r'\$\d\d,\d{3}[^.\n]{0,20}2026')],
 'late fee': [('*', r'late fee'), ('*', r'annual report[^.\n]{0,100}\$')],
 'sub plan': [('*', r'sub plan'), ('*', r'substitute')],
 'chili': [('*', r'chili'), ('*', r'potluck')],
 'password': [('*', r'password')],
}
STYLES = {'slack','lookup','two-doc','near-miss','off-topic'}
qs = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf8')]
count = {}
for i, x in enumerate(qs, 1):
    if x['id'] != f'sealed-4-{i:02d}': err(f'bad id {x["id"]}')
    if set(x) != {'id','question','answerable','sources','facts','style'}: err(f'{x["id"]}: keys {set(x)}')
    if x['style'] not in STYLES: err(f'{x["id"]}: style')
    count[x['style']] = count.get(x['style'], 0) + 1
    if x['answerable']:
        if not x['sources'] or not x['facts']: err(f'{x["id"]}: answerable without sources/facts')
        for s in x['sources']:
            if s not in CORPUS: err(f'{x["id"]}: missing source {s}')
        for fct in x['facts']:
            n = len(fct.split())
            if not 2 <= n <= 8: err(f'{x["id"]}: fact length {fct!r}')
            if not any(fct.lower() in CORPUS.get(s, '').lower() for s in x['sources']):
                err(f'{x["id"]}: fact not verbatim in any source: {fct!r}')
        for s in x['sources']:
            if not any(f.lower() in CORPUS.get(s, '').lower() for f in x['facts']):
                err(f'{x["id"]}: source {s} holds none of the facts')
        if x['style'] == 'two-doc':
            if len(x['sources']) != 2: err(f'{x["id"]}: two-doc needs 2 sources')
            else:
                a, b = (CORPUS[s].lower() for s in x['sources'])
                if not (x['facts'][0].lower() in a and x['facts'][1].lower() in b):
                    err(f'{x["id"]}: two-doc facts not split one per source')
    else:
        if x['sources'] or x['facts']: err(f'{x["id"]}: unanswerable with sources/facts')
        keys = [k for k in NEAR_PROBES if k.lower() in x['question'].lower()]
        if len(keys) != 1: err(f'{x["id"]}: no unique probe set ({keys})'); continue
        for where, rx in NEAR_PROBES[keys[0]]:
            targets = files if where == '*' else [where]
            for t in targets:
                m = re.search(rx, CORPUS[t], re.I)
                if m: err(f'{x["id"]}: probe {rx!r} matched in {t}: {m.group(0)[:80]!r}')
print('question styles:', count, 'total', len(qs))
if count.get('slack', 0) < 35: err('fewer than 35 slack')
if not 12 <= count.get('near-miss', 0) <= 15: err('near-miss count')
if not 2 <= count.get('off-topic', 0) <= 3: err('off-topic count')
if not 65 <= len(qs) <= 75: err('question total')

# ---------- notes ----------
DATEWORDS = re.compile(r'\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tomorrow|today|tonight|week|weeks|month|eow|eod|asap|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}/\d{1,2})\b', re.I)
notes = sorted(glob.glob(os.path.join(ROOT, 'notes', '*.txt')))
total_items = 0; empty = 0
for nt in notes:
    base = nt[:-4]; name = os.path.basename(base)
    text = open(nt, encoding='utf8').read(); low = text.lower()
    g = json.load(open(base + '.json', encoding='utf8'))
    if set(g) != {'meetingDate','poster','items'}: err(f'notes/{name}: keys')
    md = datetime.date.fromisoformat(g['meetingDate'])
    if g['poster'].lower() not in low and g['poster'].split()[0].lower() not in low:
        err(f'notes/{name}: poster not in note')
    if not g['items']: empty += 1
    for it in g['items']:
        total_items += 1
        if set(it) != {'owners','task','keywords','due'}: err(f'notes/{name}: item keys {set(it)}')
        if not it['owners']: err(f'notes/{name}: no owner')
        for o in it['owners']:
            if o.lower() not in low: err(f'notes/{name}: owner {o!r} not verbatim')
        if not 1 <= len(it['keywords']) <= 3: err(f'notes/{name}: keyword count')
        for kw in it['keywords']:
            if kw.lower() not in low: err(f'notes/{name}: keyword {kw!r} not verbatim')
            if not 1 <= len(kw.split()) <= 3: err(f'notes/{name}: keyword length {kw!r}')
            if DATEWORDS.search(kw): err(f'notes/{name}: keyword looks like a date {kw!r}')
            if any(kw.lower() in o.lower() or o.lower() in kw.lower() for o in it['owners']):
                err(f'notes/{name}: keyword is owner {kw!r}')
        if it['due'] is not None:
            d = datetime.date.fromisoformat(it['due'])
            if d < md: err(f'notes/{name}: due {d} before meeting {md}')
if len(notes) != 15: err(f'{len(notes)} notes, want 15')
if not 40 <= total_items <= 55: err(f'{total_items} items, want 40-55')
if empty != 2: err(f'{empty} empty notes, want 2')
print('notes:', len(notes), 'items:', total_items, 'empty:', empty)
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
