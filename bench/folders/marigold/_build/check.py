"""Check questions.jsonl facts against knowledge/ texts, and notes JSON."""
import json, os, re, html, zipfile, glob, sys
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
K = os.path.join(ROOT, 'knowledge')

def text_of(name):
    p = os.path.join(K, name)
    if name.endswith('.html'):
        t = open(p, encoding='utf-8').read()
        t = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', t)
        t = re.sub(r'(?s)<[^>]+>', '', t)
        return html.unescape(t)
    if name.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        paras = re.findall(r'(?s)<w:p>(.*?)</w:p>', x)
        return '\n'.join(html.unescape(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', para))) for para in paras)
    return open(p, encoding='utf-8').read()

errs = 0
ids = set()
qs = [json.loads(l) for l in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8')]
for q in qs:
    assert q['id'] not in ids; ids.add(q['id'])
    if not q['answerable']:
        if q['sources'] or q['facts']:
            print('non-answerable with sources/facts', q['id']); errs += 1
        continue
    texts = [text_of(s).lower() for s in q['sources']]
    for i, f in enumerate(q['facts']):
        if q['style'] == 'two-doc':
            ok = f.lower() in texts[i]
        else:
            ok = any(f.lower() in t for t in texts)
        if not ok:
            print('MISSING', q['id'], repr(f), q['sources']); errs += 1
        if not (1 <= len(f.split()) <= 8):
            print('fact length', q['id'], repr(f))
print(len(qs), 'questions checked')

# knowledge JSON parses
json.load(open(os.path.join(K, 'bluestem-services-directory.json')))
# notes
for jp in sorted(glob.glob(os.path.join(ROOT, 'notes', '*.json'))):
    g = json.load(open(jp))
    tp = jp[:-5] + '.txt'
    assert os.path.exists(tp), tp
    note = open(tp, encoding='utf-8').read().lower()
    for it in g['items']:
        for kw in it['keywords']:
            if kw.lower() not in it['task'].lower():
                print('keyword not in task', os.path.basename(jp), kw); errs += 1
        if not any(o.lower() in note for o in it['owners']):
            print('no owner form in note', os.path.basename(jp), it['owners']); errs += 1
print(len(glob.glob(os.path.join(ROOT, 'notes', '*.json'))), 'notes checked')
print('ERRORS', errs)
sys.exit(1 if errs else 0)
