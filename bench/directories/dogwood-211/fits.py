import json, csv, re
D = json.load(open("knowledge/directory/tamarack-county-211-export.json"))
KIND = {r["service_id"]:r["kind"] for r in csv.DictReader(open("kinds.csv"))}
TOWNS = {"Larch Falls":"83641","Pinegrove":"83643","Cold Springs":"83645","Wheeler":"83647","Red Butte":"83649","Osprey Bend":"83651","Hollister":"83653","Kessler":"83655","Deer Flat":"83657","Quail Creek":"83658"}
WHOLE = {"tamarack county","statewide","all of tamarack county"}
SVCS = [s for o in D for s in o["services"]]
def place_ok(s, town):
    z = int(TOWNS[town])
    for a in s["service_areas"]:
        txt = (a["name"] or "")+" "+(a["description"] or "")
        if (a["name"] or "").strip().lower() in WHOLE: return True
        if re.search(r"\b"+re.escape(town)+r"\b", txt, re.I): return True
        for m in re.finditer(r"(\d{5})\s*[-\u2013]\s*(\d{5})", txt):
            if int(m.group(1)) <= z <= int(m.group(2)): return True
    for sal in s["service_at_locations"]:
        for ad in sal["location"]["addresses"]:
            if ad["city"] == town: return True
    return False
def age_ok(s, age):
    mn, mx = s["minimum_age"], s["maximum_age"]
    return (mn is None or age >= mn) and (mx is None or age <= mx)
def lang_ok(s, lang):
    return any(l["name"].lower() == lang.lower() for l in s["languages"])
def free_ok(s):
    return bool(re.search(r"\b(free|no cost|gratis)\b", s["fees_description"] or "", re.I))
def fits(c):
    r=[]
    for s in SVCS:
        if KIND[s["id"]] != c["kind"]: continue
        if "place" in c and not place_ok(s, c["place"]): continue
        if "age" in c and not age_ok(s, c["age"]): continue
        if "language" in c and not lang_ok(s, c["language"]): continue
        if c.get("free") and not free_ok(s): continue
        r.append(s["id"])
    return r
NAME = {s["id"]:s["name"] for s in SVCS}
Q = [
("slack","got a 19 y/o w/ autism graduating in may, family in pinegrove wants someone to do job coaching once he's hired. who does that out there?",{"kind":"job coaching","place":"Pinegrove","age":19},False),
("slack","mom of a 10yo in hollister (DD, nonverbal) is burnt out, needs a break on weekends. any respite near her?",{"kind":"respite","place":"Hollister","age":10},True),
("slack","kessler kid, 15, wants a job this summer. sped teacher here - anything for youth employment for a 15 y/o in kessler?",{"kind":"youth employment","place":"Kessler","age":15},True),
("slack","who does travel training in wheeler? student is 17, wants to learn the bus to get to work",{"kind":"travel training","place":"Wheeler","age":17},True),
("slack","parent in cold springs only speaks spanish, son is 16 w/ IEP. is there a parent center / IEP help in spanish??",{"kind":"parent center","place":"Cold Springs","age":16,"language":"Spanish"},True),
("slack","16yo in osprey bend struggling w depression + anxiety, counselor wants outside therapy referral. who takes kids that age out there",{"kind":"mental health","place":"Osprey Bend","age":16},True),
("slack","SSI kid, 17, lives in red butte. family scared a job will kill his check. who does benefits counseling for him?",{"kind":"benefits","place":"Red Butte","age":17},True),
("slack","family in wheeler asking about guardianship for their daughter turning 18 next month - who can help w/ legal stuff / guardianship?",{"kind":"legal","place":"Wheeler","age":18},True),
("slack","need free legal help w guardianship papers, 20 y/o son w DD, family lives in red butte",{"kind":"legal","place":"Red Butte","age":20,"free":True},True),
("slack","is there an independent living center that covers deer flat? student 22, wants to learn cooking + budgeting",{"kind":"cil","place":"Deer Flat","age":22},True),
("slack","who does DD case mgmt for adults in hollister? 18 y/o just aged out of the kids program",{"kind":"dd case management","place":"Hollister","age":18},True),
("slack","looking for rec stuff for a 12 yo w/ down syndrome in larch falls - swim, sports, whatever",{"kind":"recreation","place":"Larch Falls","age":12},True),
("slack","deaf student (18) in cold springs has a job interview, needs an ASL interpreter. who provides that?",{"kind":"interpreter","place":"Cold Springs","age":18,"language":"American Sign Language"},True),
("slack","21 y/o w/ ID in pinegrove wants his own apt w/ a roommate - housing options?",{"kind":"housing","place":"Pinegrove","age":21},True),
("slack","quail creek family, 14 yo daughter, wants anything job-related after school. youth employment out there?",{"kind":"youth employment","place":"Quail Creek","age":14},True),
("slack","voc rehab - who's the VR office for a 16 y/o in hollister? want to start pre-ets",{"kind":"vr","place":"Hollister","age":16},True),
("lookup","Which services provide respite for a 7-year-old in Cold Springs?",{"kind":"respite","place":"Cold Springs","age":7},True),
("lookup","Which mental health services are available to a 20-year-old in Hollister?",{"kind":"mental health","place":"Hollister","age":20},True),
("lookup","Which free youth employment programs serve a 17-year-old in Cold Springs in Spanish?",{"kind":"youth employment","place":"Cold Springs","age":17,"language":"Spanish","free":True},True),
("lookup","Which job coaching providers serve a 20-year-old in Kessler?",{"kind":"job coaching","place":"Kessler","age":20},True),
("lookup","Which parent support or parent training services serve families in Red Butte with a 9-year-old?",{"kind":"parent center","place":"Red Butte","age":9},True),
("lookup","Which travel training services serve a 13-year-old in Osprey Bend?",{"kind":"travel training","place":"Osprey Bend","age":13},True),
# unanswerable
("slack","anybody know a job coach in osprey bend for a 17 yo? still in school",{"kind":"job coaching","place":"Osprey Bend","age":17},False),
("slack","12 y/o on SSI in wheeler, mom wants to know about ABLE acct + how work affects ssi later. who does benefits counseling for a kid that age",{"kind":"benefits","place":"Wheeler","age":12},False),
("slack","travel training for a 10 y/o in kessler, parents want him to learn the bus early",{"kind":"travel training","place":"Kessler","age":10},False),
("slack","need marshallese-speaking mental health counselor for a 15 yo in wheeler, family just moved",{"kind":"mental health","place":"Wheeler","age":15,"language":"Marshallese"},False),
("slack","any free DD case management for a 12 y/o in osprey bend?",{"kind":"dd case management","place":"Osprey Bend","age":12,"free":True},False),
("slack","11yo in deer flat likes sports — adaptive rec programs out there? free ones ideally",{"kind":"recreation","place":"Deer Flat","age":11,"free":True},True),
("lookup","Which housing services serve a 17-year-old in Hollister?",{"kind":"housing","place":"Hollister","age":17},False),
("lookup","Which Spanish-language independent living skills programs serve a 19-year-old in Quail Creek?",{"kind":"cil","place":"Quail Creek","age":19,"language":"Spanish"},False),
]
with open("directory-questions.jsonl","w") as f:
    for i,(st,q,c,ans) in enumerate(Q,1):
        ft = fits(c)
        flag = "" if bool(ft)==ans else "  <<<< MISMATCH"
        print(i, c, [NAME[x] for x in ft], flag)
        f.write(json.dumps({"id":"dogwood-211-d%02d"%i,"question":q,"conditions":c,"fits":ft,"answerable":bool(ft),"style":st})+"\n")
