import json, os, re, html, zipfile, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
K = os.path.join(ROOT, 'knowledge')
def text_of(fn):
    path = os.path.join(K, fn)
    if fn.endswith('.docx'):
        x = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<[^>]+>', '', x); t = html.unescape(x)
    elif fn.endswith('.html'):
        x = open(path, encoding='utf-8').read()
        x = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', x); x = re.sub(r'<[^>]+>', ' ', x); t = html.unescape(x)
    else:
        t = open(path, encoding='utf-8').read()
    return re.sub(r'\s+', ' ', t).lower()
bad = 0
files = set(os.listdir(K))
json.load(open(os.path.join(K, 'tri-rivers-transition-services-directory.json')))
for line in open(os.path.join(ROOT, 'questions.jsonl')):
    q = json.loads(line)
    if not q['answerable']:
        assert q['sources'] == [] and q['facts'] == [], q['id']; continue
    assert q['facts'] and q['sources'], q['id']
    for i, f in enumerate(q['facts']):
        src = q['sources'][i] if q['style'] == 'two-doc' else None
        cands = [src] if src else q['sources']
        for c in cands: assert c in files, (q['id'], c)
        if not any(re.sub(r'\s+', ' ', f).lower() in text_of(c) for c in cands):
            print('MISSING', q['id'], f, cands); bad += 1
        if len(f.split()) > 8: print('LONG', q['id'], f)
# notes
nd = os.path.join(ROOT, 'notes')
import datetime
for fn in sorted(os.listdir(nd)):
    if fn.endswith('.json'):
        g = json.load(open(os.path.join(nd, fn)))
        datetime.date.fromisoformat(g['meetingDate'])
        note = re.sub(r'\s+', ' ', open(os.path.join(nd, fn[:-5] + '.txt')).read()).lower()
        for it in g['items']:
            if it['due']: datetime.date.fromisoformat(it['due'])
            for o in it['owners']:
                pass
            for kw in it['keywords']:
                if kw.lower() not in note: print('KW not in note', fn, kw)
print('bad facts:', bad)
