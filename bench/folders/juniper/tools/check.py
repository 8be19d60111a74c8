import json, re, zipfile, html, os, glob, datetime
ROOT='/work/blind/juniper'
def text(path):
    p=os.path.join(ROOT,'knowledge',path)
    if p.endswith('.docx'):
        x=zipfile.ZipFile(p).read('word/document.xml').decode()
        x=re.sub(r'</w:p>','\n',x); x=re.sub(r'<[^>]+>','',x); return html.unescape(x)
    raw=open(p,encoding='utf-8').read()
    if p.endswith('.html'):
        t=re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>','',raw); t=re.sub(r'<[^>]+>',' ',t)
        return html.unescape(t)+'\n'+raw
    return raw
bad=0; ids=set()
for line in open(os.path.join(ROOT,'questions.jsonl')):
    q=json.loads(line); assert q['id'] not in ids; ids.add(q['id'])
    if q['answerable']:
        assert q['sources'] and 1<=len(q['facts'])<=2, q
        for f in q['facts']:
            hits=[s for s in q['sources'] if f.lower() in text(s).lower()]
            if not hits: print('MISSING',q['id'],f); bad+=1
        if q['style']=='two-doc':
            assert len(q['sources'])==2
            # one fact from each doc
            for s,f in zip(q['sources'],q['facts']):
                if f.lower() not in text(s).lower(): print('TWO-DOC order',q['id'],s,f); bad+=1
    else:
        assert q['sources']==[] and q['facts']==[]
print('facts bad:',bad, 'questions:',len(ids))
for p in sorted(glob.glob(ROOT+'/knowledge/**/*.*',recursive=True)):
    rel=os.path.relpath(p,ROOT+'/knowledge'); t=text(rel)
    if p.endswith('.html'): t=t.split('\n<!DOCTYPE')[0]
    print(f'{len(t.split()):5d} words  {rel}')
# notes
for j in sorted(glob.glob(ROOT+'/notes/*.json')):
    g=json.load(open(j)); datetime.date.fromisoformat(g['meetingDate'])
    base=j[:-5]; src=[p for p in glob.glob(base+'.*') if not p.endswith('.json')]
    assert len(src)==1, j
    note=open(src[0]).read().lower()
    for it in g['items']:
        if it['due']: datetime.date.fromisoformat(it['due'])
        for k in it['keywords']:
            if k.lower() not in note: print('kw not in note',j,k)
        if not any(o.lower() in note for o in it['owners']): print('owner not in note',j,it['owners'])
        for o in it['owners']:
            if o.lower() not in note: print('  owner alias absent',os.path.basename(j),o)
    print(os.path.basename(src[0]), g['meetingDate'], len(g['items']),'items')
