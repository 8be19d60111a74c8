"""Checker: JSON parses, schema fields, dates valid, keywords and at least one owner form appear in the note."""
import json, re, glob, os, datetime, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
errs=0; total=0; empty=0
for j in sorted(glob.glob('[0-9][0-9].json')):
    n=j[:2]; txt=open(n+'.txt',encoding='utf-8').read().lower()
    try: g=json.load(open(j,encoding='utf-8'))
    except Exception as e: print(n,'JSON error',e); errs+=1; continue
    for k in ('meetingDate','poster','items'):
        if k not in g: print(n,'missing',k); errs+=1
    datetime.date.fromisoformat(g['meetingDate'])
    md=g['meetingDate']
    if not ('2026-09-01'<=md<='2027-05-31'): print(n,'meeting date out of range'); errs+=1
    items=g['items']; total+=len(items)
    if not items: empty+=1
    elif not 2<=len(items)<=5: print(n,'item count',len(items)); errs+=1
    for i,it in enumerate(items):
        if not any(o.lower() in txt for o in it['owners']): print(n,i,'no owner form in text',it['owners']); errs+=1
        if not 1<=len(it['keywords'])<=3: print(n,i,'keyword count'); errs+=1
        for kw in it['keywords']:
            if kw.lower() not in txt: print(n,i,'keyword missing:',kw); errs+=1
            if any(kw.lower() in o.lower() or o.lower() in kw.lower() for o in it['owners'] if len(o)>2): print(n,i,'keyword overlaps owner',kw); errs+=1
        if it['due'] is not None:
            d=datetime.date.fromisoformat(it['due'])
            if it['due']<md: print(n,i,'due before meeting'); errs+=1
        if not it['task'].strip(): print(n,i,'empty task'); errs+=1
print(f'notes={len(glob.glob("[0-9][0-9].json"))} items={total} empty_notes={empty} errors={errs}')
sys.exit(1 if errs else 0)
