import json, os, re, zipfile, html, glob
OUT = os.path.join(os.path.dirname(__file__), '..')
K = os.path.join(OUT, 'knowledge')
def text(fn):
    p = os.path.join(K, fn)
    if fn.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode()
        return html.unescape(re.sub(r'<[^>]+>', ' ', x.replace('</w:t>', '</w:t>')))
    t = open(p, encoding='utf-8').read()
    if fn.endswith('.html'):
        t = re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>', ' ', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    return t
bad = 0
for line in open(os.path.join(OUT, 'questions.jsonl')):
    q = json.loads(line)
    if q['answerable']:
        assert q['sources'] and q['facts'], q['id']
        for i, f in enumerate(q['facts']):
            src = q['sources'][min(i, len(q['sources'])-1)]
            if f.lower() not in text(src).lower():
                print('MISSING', q['id'], src, f); bad += 1
    else:
        assert not q['sources'] and not q['facts'], q['id']
json.load(open(os.path.join(K, '18_larkspur_transition_services_directory.json')))
for j in glob.glob(os.path.join(OUT, 'notes', '*.json')):
    d = json.load(open(j))
    for it in d['items']:
        assert it['owners'] and 2 <= len(it['keywords']) <= 3, (j, it)
print('bad facts:', bad)
