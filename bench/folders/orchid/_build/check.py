import json,re,zipfile,html,os,glob
KD='/work/blind/orchid/knowledge/'
def text(fn):
    p=KD+fn
    if fn.endswith('.docx'):
        x=zipfile.ZipFile(p).read('word/document.xml').decode()
        return html.unescape(re.sub(r'<[^>]+>',' ',x))
    s=open(p,encoding='utf-8').read()
    if fn.endswith('.html'):
        s=re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>',' ',s); s=re.sub(r'<[^>]+>',' ',s); s=html.unescape(s)
    return s
bad=0; n=0
for line in open('/work/blind/orchid/questions.jsonl'):
    q=json.loads(line); n+=1
    if not q['answerable']: assert q['sources']==[] and q['facts']==[]; continue
    for i,f in enumerate(q['facts']):
        src=q['sources'][min(i,len(q['sources'])-1)]
        if f.lower() not in text(src).lower(): print('MISSING',q['id'],src,repr(f)); bad+=1
        assert 1<=len(f.split())<=8, (q['id'],f)
json.load(open(KD+'larkspur-transition-directory.json'))
for j in glob.glob('/work/blind/orchid/notes/*.json'): json.load(open(j))
print('questions',n,'bad',bad)
