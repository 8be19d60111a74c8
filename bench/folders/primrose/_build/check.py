import json, os, re, zipfile, html, sys
from datetime import date
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
KN = os.path.join(ROOT, 'knowledge')
def text(fn):
    p = os.path.join(KN, fn)
    if fn.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode()
        x = re.sub(r'</w:p>', '\n', x)
        return html.unescape(re.sub(r'<[^>]+>', '', x))
    s = open(p, encoding='utf-8').read()
    if fn.endswith('.html'):
        s = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', s)
        s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
        s = re.sub(r'[ \t]+', ' ', s)
    if fn.endswith('.json'):
        json.loads(s)
    return s
err = 0
docs = sorted(os.listdir(KN))
T = {d: text(d).lower() for d in docs}
qs = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'))]
ids = set()
for q in qs:
    assert q['id'] not in ids; ids.add(q['id'])
    assert set(q) == {'id','question','answerable','sources','facts','style'}, q['id']
    if not q['answerable']:
        if q['sources'] or q['facts']: print('unanswerable with facts', q['id']); err += 1
        continue
    if not q['facts'] or len(q['facts']) > 2: print('fact count', q['id']); err += 1
    if q['style'] == 'two-doc':
        pairs = list(zip(q['sources'], q['facts']))
    else:
        pairs = [(None, f) for f in q['facts']]
    for s, f in pairs:
        n = len(f.split())
        if n > 8: print('long fact', q['id'], f); err += 1
        srcs = [s] if s else q['sources']
        for x in srcs:
            if x not in T: print('missing source', q['id'], x); err += 1
        if not any(f.lower() in T.get(x, '') for x in srcs):
            print('FACT NOT FOUND', q['id'], repr(f), srcs); err += 1
# notes
ND = os.path.join(ROOT, 'notes')
nn = sorted(f for f in os.listdir(ND) if f.endswith('.txt'))
empty = 0
for f in nn:
    g = json.load(open(os.path.join(ND, f[:-4] + '.json')))
    t = open(os.path.join(ND, f)).read().lower()
    date.fromisoformat(g['meetingDate'])
    if not g['items']: empty += 1
    for it in g['items']:
        if it['due']: 
            d = date.fromisoformat(it['due'])
            if d < date.fromisoformat(g['meetingDate']): print('due before meeting', f); err += 1
        for k in it['keywords']:
            if k.lower() not in t: print('keyword not in note', f, k); err += 1
            for o in it['owners']:
                if o.lower() in k.lower() or k.lower() in o.lower(): print('kw has owner', f, k); err += 1
print('docs', len(docs), 'questions', len(qs), 'notes', len(nn), 'empty notes', empty, 'errors', err)
sys.exit(1 if err else 0)
