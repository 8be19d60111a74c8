import json, datetime as dt, calendar
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
MON = {m:i for i,m in enumerate(calendar.month_name) if m}; MON.update({m:i for i,m in enumerate(calendar.month_abbr) if m})
def resolve(md, e):
    d = dt.date.fromisoformat(md)
    if e is None: return None
    kind, v = e
    if kind == "date":              # date without year: next such date on or after meeting date
        m, day = v
        c = dt.date(d.year, m, day)
        return (c if c >= d else dt.date(d.year+1, m, day)).isoformat()
    if kind == "weekday":           # bare weekday: next one strictly after the meeting day
        k = (WD.index(v) - d.weekday()) % 7 or 7
        return (d + dt.timedelta(days=k)).isoformat()
    if kind == "next":              # "next Friday": that weekday in the week after the meeting's week (Mon-Sun)
        mon = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return (mon + dt.timedelta(days=WD.index(v))).isoformat()
    if kind == "eow":               # end of the week: Friday of the meeting's week
        return (d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=4)).isoformat()
    if kind == "eom":
        return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]).isoformat()
    if kind == "days":
        return (d + dt.timedelta(days=v)).isoformat()
    raise ValueError(e)
N = {
"01": ("2027-01-13", "Dana Ruiz", [
  (["Ms. Alvarez"], "send PE-3 referral to VR", ["PE-3","VR"], ("weekday","Friday")),
  (["Mom"], "call Harbor House about Saturday Respite Club registration", ["Harbor House","respite"], ("date",(1,22))),
  (["Tom"], "set up travel training with VTD", ["travel training"], ("next","Friday")),
  (["Dana Ruiz"], "update transition goals and course of study in IEP draft", ["transition goals","IEP"], ("eom",None)),
 ]),
"02": ("2027-02-02", "Priya Nair", [
  (["Dan W."], "schedule Pre-ETS job exploration group at Tilden HS", ["Pre-ETS","Tilden"], ("date",(2,12))),
  (["Priya"], "send SWEP flyers to all case managers", ["SWEP","flyers"], ("eow",None)),
  (["Rosa","Keith"], "co-host Spanish family night on adult services", ["family night","Spanish"], None),
  (["Keith"], "get CTP student list to Dan", ["student list"], ("date",(2,9))),
 ]),
"03": ("2027-02-17", "Marcus Lee", [
  (["@jamie.o"], "send YP-1 participation forms to Ready Set Go families", ["YP-1","forms"], ("date",(2,24))),
  (["@lucia.m"], "call Spanish-speaking families about travel stipends", ["call","stipends"], ("weekday","Thursday")),
  (["@dana.r","@marcus.lee"], "draft summit agenda", ["agenda"], ("days",14)),
  (["@jamie.o"], "order lunch for summit", ["lunch"], None),
 ]),
"04": ("2027-03-01", "Keisha Brown", [
  (["<@U04KQ7ZP1>"], "submit Dial-A-Ride application VTD-ADA1 with doctor's section", ["Dial-A-Ride","application"], ("weekday","Wednesday")),
  (["Keisha Brown"], "call WIPA line about SSI and SEIE", ["WIPA"], None),
  (["Omar Haddad"], "email Pathway job coach about schedule", ["job coach","email"], ("weekday","Friday")),
  (["<@U05BN3Q8R>"], "pull last two pay stubs for WIPA", ["pay stubs"], ("weekday","Thursday")),
 ]),
"05": ("2027-03-10", "Angela Whitfield", [
  (["Ms. Alvarez"], "send updated transcript and accommodations summary to BVCC DRC", ["transcript","DRC"], ("date",(3,19))),
  (["Dad"], "sign release of information for VR records", ["release","VR"], ("weekday","Friday")),
  (["Tom"], "ask LinkLusk whether Route B runs Saturdays", ["LinkLusk","Route B"], ("next","Friday")),
  (["Beth"], "update ISP employment section (discovery)", ["ISP","employment"], ("eom",None)),
 ]),
"06": ("2027-03-24", "Rachel Kim", [
  (["Rachel Kim"], "open J.P.'s VR application", ["VR application"], ("eow",None)),
  (["Mr. Osei"], "send most recent psych eval and current IEP", ["psych eval"], ("date",(3,31))),
  (["Kelly"], "loop in Benefits Planning Northwest for a benefits summary", ["Benefits Planning","benefits summary"], ("date",(4,7))),
 ]),
"07": ("2027-04-06", "Sofia Martinez", [
  (["Marisol Vega"], "send updated Pre-ETS provider list to all high schools", ["provider list"], ("date",(4,9))),
  (["Dan Whitcomb","Priya Nair"], "visit Garrow HS to recruit students for SWEP", ["Garrow","SWEP"], ("date",(4,15))),
  (["Sofia Martinez"], "draft data-sharing MOU with Lusk ESD", ["MOU"], None),
 ]),
"08": ("2027-04-20", "Tom Becker", [
  (["Tom Becker"], "call Valley YouthWorks about summer crew application", ["Valley YouthWorks","crew"], ("weekday","Thursday")),
  (["Mom"], "drop off birth certificate and Social Security card", ["birth certificate"], ("next","Friday")),
  (["Tom Becker"], "update transition assessment interest inventory", ["transition assessment"], ("days",14)),
 ]),
"09": ("2027-05-05", "Lena Park", [
  (["Lena Park"], "send VTD-TT2 travel training permission forms home with students", ["VTD-TT2","permission"], ("weekday","Monday")),
  (["Lena Park"], "book Bus Buddies for the second group", ["Bus Buddies"], ("date",(5,14))),
 ]),
"10": ("2027-05-12", "Dana Ruiz", []),
"11": ("2027-05-19", "Priya Nair", []),
"12": ("2027-06-02", "Dana Ruiz", [
  (["Priya"], "send Camp Sunrise scholarship form to the L. family", ["scholarship form"], ("date",(6,4))),
  (["@omar.h"], "check whether Saturday Respite Club runs in summer", ["Respite Club"], ("eow",None)),
  (["Mom","Dad"], "tour LAUNCH program at Fenwick College", ["LAUNCH","tour"], None),
  (["Tom"], "fax signed PE-3 for T.L. to VR", ["PE-3","fax"], None),
 ]),
}
tot = 0
for k,(md,poster,items) in N.items():
    g = {"meetingDate": md, "poster": poster, "items": [dict(owners=o, task=t, keywords=kw, due=resolve(md,e)) for o,t,kw,e in items]}
    tot += len(items)
    json.dump(g, open(f"/work/blind/birch-211/notes/{k}.json","w"), indent=2)
    print(k, md, dt.date.fromisoformat(md).strftime("%a"), [(i["owners"], i["due"]) for i in g["items"]])
print("items", tot)
