import json, re, datetime, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
errs=0; total=0; empty=0
for n in range(1,19):
    nn=f"{n:02d}"
    txt=open(f"{nn}.txt",encoding="utf-8").read().lower()
    try: g=json.load(open(f"{nn}.json",encoding="utf-8"))
    except Exception as e: print(nn,"JSON error",e); errs+=1; continue
    d=datetime.date.fromisoformat(g["meetingDate"])
    assert datetime.date(2026,9,1)<=d<=datetime.date(2027,5,31), nn
    if g["poster"].split()[0].lower() not in txt and g["poster"].lower() not in txt:
        print(nn,"poster not in text?",g["poster"])
    items=g["items"]; total+=len(items); empty+= (len(items)==0)
    if items and not 2<=len(items)<=5: print(nn,"item count",len(items)); errs+=1
    for i,it in enumerate(items):
        if not any(o.lower() in txt for o in it["owners"]): print(nn,i,"no owner form in text",it["owners"]); errs+=1
        if len(it["owners"])<2 or len(it["owners"][0].split())<2: print(nn,i,"owners need full name + short form"); errs+=1
        if not it["task"]: print(nn,i,"empty task"); errs+=1
        if not 1<=len(it["keywords"])<=3: print(nn,i,"keyword count"); errs+=1
        for k in it["keywords"]:
            if k.lower() not in txt: print(nn,i,"keyword missing:",k); errs+=1
            if any(o.lower() in k.lower() for o in it["owners"]): print(nn,i,"keyword has owner name",k); errs+=1
            if re.search(r"\b(mon|tues?|wed|thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|tomorrow|tmrw|week|month|eom)\b|\d",k.lower()) and k!="dual-credit English 101" and k!="Route 4":
                print(nn,i,"keyword looks like a date?",k)
        if it["due"] is not None:
            dd=datetime.date.fromisoformat(it["due"])
            if dd<d: print(nn,i,"due before meeting"); errs+=1
print(f"notes=18 items={total} empty_notes={empty} errors={errs}")
sys.exit(1 if errs else 0)
