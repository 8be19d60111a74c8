import json,glob,os,datetime
D="/work/blind/notes-larch/notes"; bad=0; tot=0
for j in sorted(glob.glob(D+"/*.json")):
    g=json.load(open(j)); nn=os.path.basename(j)[:2]
    txt=open(glob.glob(f"{D}/{nn}.txt")[0]).read()
    datetime.date.fromisoformat(g["meetingDate"])
    if g["poster"] not in txt and g["poster"].split()[0] not in txt: print(nn,"poster?",g["poster"]); bad+=1
    for i in g["items"]:
        tot+=1
        for s in i["owners"]+i["keywords"]:
            if s not in txt: print(nn,"MISSING",repr(s)); bad+=1
        if i["due"]: d=datetime.date.fromisoformat(i["due"]); assert datetime.date(2026,9,1)<=d<=datetime.date(2027,5,31)
    print(nn,g["meetingDate"],len(g["items"]))
print("items",tot,"problems",bad)
