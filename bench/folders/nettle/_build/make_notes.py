import json, os, datetime as dt
OUT = os.path.join(os.path.dirname(__file__), '..', 'notes')
def it(owners, task, kw, due): return dict(owners=owners, task=task, keywords=kw, due=due)
TG = ["Tamsin Greer", "Tamsin", "tgreer"]; DW = ["Dana Whitcomb", "Dana", "dwhitcomb"]
GA = ["Gwen Albrecht", "Gwen", "galbrecht"]; MO = ["Marcus Oyelaran", "Marcus", "U07MOYEL"]
AK = ["Arthur Kessling", "Arthur", "akessling"]; LB = ["Leona Brightwater", "Leona", "lbrightwater"]
N = {
 '01': ("2026-01-20", "Gwen Albrecht", [
   it(TG, "Submit VR applications for P-14, P-22, P-27 and P-30", ["VR", "applications"], "2026-01-23"),
   it(DW, "Bring summer work applications to LHS seminar block", ["summer work", "applications"], "2026-01-22"),
   it(GA, "Reprint the transition fair flyer with the new date and location", ["reprint", "flyer"], "2026-01-30")]),
 '02': ("2026-01-22", "Hal Fenstermacher", [
   it(["Kelsey Dunmire", "Kelsey", "U05KDUNM"], "Get SE-41 consent signed by M.T.'s mom before the IEP meeting", ["SE-41", "consent"], "2026-01-26"),
   it(MO, "Attend M.T.'s IEP meeting for VR/Pre-ETS (covering for Priya)", ["IEP", "M.T."], "2026-02-04"),
   it(["Terrence Ablow", "Terrence", "U09TABLW"], "Mail the Youth Works enrollment packet to J.B.'s mom", ["enrollment", "packet"], "2026-01-23")]),
 '03': ("2026-01-27", "Dana Whitcomb", [
   it(["Joaquin Reyes-Lund", "Joaquin"], "Call R.S.'s family to set up travel training intake", ["travel training", "R.S."], "2026-01-29"),
   it(["Marcus Oyelaran", "Marcus"], "Drop off summer work applications at Quill Creek", ["summer work", "Quill Creek"], "2026-01-30"),
   it(["Arthur Kessling", "Arthur"], "Write a PASS draft for T.W.", ["PASS", "T.W."], "2026-02-10")]),
 '04': ("2026-02-02", "Gwen Albrecht", [
   it(TG, "Submit VR application for P-22", ["VR application", "P-22"], "2026-02-06"),
   it(AK, "Schedule benefits analysis with P-14's family", ["benefits analysis", "P-14"], "2026-02-10"),
   it(LB, "Send SE-19 Notice of Transfer of Rights for P-09", ["SE-19", "P-09"], "2026-02-13")]),
 '05': ("2026-02-03", "Tamsin Greer", [
   it(["Tamsin Greer", "Tamsin"], "Request most recent school records and transition assessments from LPS", ["school", "records"], "2026-02-10"),
   it(["Lucia Alvarez", "Lucia", "mother"], "Call Bluestem intake (Ravi Sundqvist) to set up a Discovery tour", ["Bluestem", "Discovery"], "2026-02-06"),
   it(["Tamsin Greer", "Tamsin"], "Develop and sign the IPE with P-22", ["develop", "IPE"], "2026-04-29")]),
 '06': ("2026-02-05", "Leona Brightwater", [
   it(["Jonah Pettis", "Jonah"], "Call C.D.'s mom about the no-show at Hy-Val", ["C.D.", "call"], "2026-02-05"),
   it(["Aurelia Mack", "Aurelia"], "Pick up 6 Lift punch cards at the transit office", ["punch", "cards"], "2026-02-06"),
   it(["Leona Brightwater", "Leona"], "E-mail the Hy-Val manager about the no-show", ["Hy-Val", "manager"], None)]),
 '07': ("2026-02-09", "Nadia Ferraro", [
   it(["Nadia Ferraro", "Nadia"], "Send Gwen the final vendor list for the fair", ["vendor", "list"], "2026-02-11"),
   it(["Simone Tillery", "Simone"], "Make the vendor table signs for the fair", ["table", "signs"], "2026-03-13")]),
 '08': ("2026-02-11", "Mei-Lin Oduya", [
   it(["Ravi Sundqvist", "Ravi"], "Call P-22's family about the Discovery tour", ["Discovery", "call"], "2026-02-13"),
   it(["Mei-Lin Oduya", "Mei-Lin"], "Schedule P-14's situational assessment at Hy-Val", ["situational assessment", "Hy-Val"], "2026-02-16"),
   it(["Sam Ortiz", "Sam"], "Start as K.L.'s job coach", ["job coach", "K.L."], "2026-02-17")]),
 '09': ("2026-02-12", "Hal Fenstermacher", []),
 '10': ("2026-02-16", "Terrence Ablow", [
   it(["Terrence Ablow", "Terrence"], "Run a walk-in enrollment day at Quill Creek High School", ["walk-in", "Quill Creek"], "2026-02-18"),
   it(["Terrence Ablow", "Terrence"], "Send the CNA training flyer to all case managers", ["CNA", "flyer"], "2026-02-27")]),
 '11': ("2026-02-18", "Kelsey Dunmire", [
   it(["Denise Harlan", "Denise", "guardian"], "Submit DHHS-DD services application for M.T.", ["DD", "application"], "2026-03-31"),
   it(["Marcus Oyelaran", "Marcus"], "Enroll M.T. in Pre-ETS workplace readiness group", ["workplace", "readiness"], "2026-03-06"),
   it(["Priya Natarajan", "Priya"], "Take M.T.'s VR application at next school visit", ["VR", "application"], "2026-03-05")]),
 '12': ("2026-02-19", "Gwen Albrecht", []),
 '13': ("2026-02-23", "Joaquin Reyes-Lund", [
   it(["Joaquin Reyes-Lund", "Joaquin"], "Mail Ruth Ann the supported decision-making packet", ["decision-making", "packet"], "2026-02-24"),
   it(["Arthur Kessling", "Arthur"], "Call Ruth Ann back about ABLE account eligibility", ["ABLE", "call"], "2026-02-26")]),
 '14': ("2026-02-25", "Renata Haldane", []),
 '15': ("2026-03-02", "Gwen Albrecht", [
   it(["Gwen Albrecht", "Gwen"], "Confirm the Heartland interpreter booking for the fair (taken over from Hal)", ["interpreter", "confirm"], "2026-03-04"),
   it(["Dana Whitcomb", "Dana"], "Place the pizza order for the fair", ["pizza", "order"], "2026-03-17"),
   it(["Nadia Ferraro", "Nadia"], "Make a parking map for the PRCC lots", ["parking", "map"], "2026-03-06")]),
 '16': ("2026-03-04", "Hal Fenstermacher", [
   it(["Renata Haldane", "Renata"], "Send Gwen the updated Category 3 waiting list count (students only)", ["waiting list", "count"], "2026-03-13"),
   it(["Tamsin Greer", "Tamsin"], "Send draft IPEs for the three Bridges seniors to Leona", ["IPE", "Bridges"], "2026-03-13"),
   it(["Gwen Albrecht", "Gwen"], "Update the agency contact sheet with Tamsin's information", ["contact", "sheet"], None)]),
}
for k, (d, poster, items) in N.items():
    dt.date.fromisoformat(d)
    txt = open(os.path.join(OUT, k + '.txt')).read().lower()
    for i in items:
        for kw in i['keywords']:
            assert kw.lower() in i['task'].lower(), (k, kw)
            for o in i['owners']:
                assert kw.lower() not in o.lower(), (k, kw)
        if i['due']: dt.date.fromisoformat(i['due'])
    json.dump({"meetingDate": d, "poster": poster, "items": items}, open(os.path.join(OUT, k + '.json'), 'w'), indent=2)
    print(k, d, dt.date.fromisoformat(d).strftime('%a'), len(items))
