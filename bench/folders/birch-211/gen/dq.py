import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import match
Q = [
# (style, question, conditions)
("slack", "got a junior (17) in fenwick whos terrified of the bus, mom drives him everywhere. who can teach him to ride the bus on his own??", {"kind":"travel training","place":"Fenwick","age":17}),
("slack", "anyone know who does travel training out in tilden? student is 15, IEP says community access goal", {"kind":"travel training","place":"Tilden","age":15}),
("slack", "mom of one of my kiddos in pendry (he's 12, autism, DD eligible) is totally burnt out. where can she get a break for a weekend or even a few hrs", {"kind":"respite","place":"Pendry","age":12}),
("slack", "need saturday respite in marlow for a 9 yo. anything??", {"kind":"respite","place":"Marlow","age":9,"schedule":"Saturday"}),
("slack", "19 y/o on SSI in oakhaven just got a job at the grocery store and parents r panicking about losing his check. who helps with that", {"kind":"benefits counseling","place":"Oakhaven","age":19}),
("slack", "family in corrin only speaks spanish, dad wants to know how his daughters ssi changes if she works. who can talk to them in spanish", {"kind":"benefits counseling","place":"Corrin","language":"Spanish"}),
("slack", "looking for a job coach for a 22 yo in stillwater junction, he's done w/ the 18-21 program in june", {"kind":"supported employment","place":"Stillwater Junction","age":22}),
("formal", "Which supported employment providers serving Ashby Falls accept Medicaid?", {"kind":"supported employment","place":"Ashby Falls","cost":"Medicaid"}),
("slack", "who does pre-ets for a 16yo in oakhaven? school has nothing", {"kind":"pre-ets","place":"Oakhaven","age":16}),
("slack", "any pre ets stuff after school in marlow? my kids cant miss class time for it", {"kind":"pre-ets","place":"Marlow","schedule":"after school"}),
("slack", "15 yo in pendry, family speaks spanish at home. what pre-ets options are there where the staff speak spanish", {"kind":"pre-ets","place":"Pendry","age":15,"language":"Spanish"}),
("slack", "family recently moved from ukraine, son (20) uses russian. looking for independent living skills help in marlow - cooking, money, etc", {"kind":"independent living","place":"Marlow","age":20,"language":"Russian"}),
("slack", "parents of a 17yo in pendry asking about guardianship before she turns 18. is there anyone who explains other options besides full guardianship", {"kind":"guardianship alternatives","place":"Pendry","age":17}),
("slack", "free help w guardianship alternatives / supported decision making for a family in doyle creek?", {"kind":"guardianship alternatives","place":"Doyle Creek","cost":"free"}),
("formal", "Is there a parent organization that can help a Vietnamese-speaking family in Rusk Prairie prepare for their son's IEP transition meeting?", {"kind":"parent training","place":"Rusk Prairie","language":"Vietnamese"}),
("slack", "19 yo in corrin struggling w anxiety/depression since graduating, who does mental health for that age", {"kind":"mental health","place":"Corrin","age":19}),
("slack", "counseling in garrow that does sliding scale and evenings? mom works till 5", {"kind":"mental health","place":"Garrow","cost":"sliding scale","schedule":"evenings"}),
("slack", "student (20) in tilden wants to move out of his grandmas place. who helps w finding an apartment", {"kind":"housing","place":"Tilden","age":20}),
("formal", "Where can a student from Pendry get college disability accommodations or a college transition program?", {"kind":"college disability services","place":"Pendry"}),
("slack", "17 y/o dropped out last yr, lives in tilden, wants to get GED. free options?", {"kind":"adult education","place":"Tilden","age":17,"cost":"free"}),
("slack", "something for a 14 yo in pendry to do on saturdays - sports or a club, he has DS", {"kind":"recreation","place":"Pendry","age":14,"schedule":"Saturday"}),
("slack", "any evening rec things in marlow for a 16 y/o w/ disabilities? she needs friends lol", {"kind":"recreation","place":"Marlow","age":16,"schedule":"evenings"}),
("slack", "what job centers serve 97412?", {"kind":"workforce center","zip":"97412"}),
("slack", "summer job ideas for a 17 yo in halvorsen county? IEP, mild ID, wants to work outside", {"kind":"youth employment","county":"Halvorsen","age":17}),
("slack", "need a Mam interpreter for an IEP mtg in oakhaven next month, who do we call", {"kind":"interpreter","place":"Oakhaven","language":"Mam"}),
("formal", "Who provides ASL interpreters for meetings in Fenwick?", {"kind":"interpreter","place":"Fenwick","language":"American Sign Language"}),
("slack", "dd case manager for a 19yo in tilden - who is that through?", {"kind":"waiver case management","place":"Tilden","age":19}),
("slack", "family lives out in elkhorn flats, think the kid has ID but never got dd eligibility. where do they start", {"kind":"dd eligibility","place":"Elkhorn Flats"}),
("slack", "does anyone do door to door rides / paratransit in rusk prairie", {"kind":"paratransit","place":"Rusk Prairie"}),
("slack", "paratransit on saturdays in ashby falls?", {"kind":"paratransit","place":"Ashby Falls","schedule":"Saturday"}),
("slack", "kiddo is 13 and lives in tilden - anything rec-wise near tilden? family doesnt drive far", {"kind":"recreation","near":"Tilden","age":13}),
("slack", "who does bus training near doyle creek? the student is 16", {"kind":"travel training","near":"Doyle Creek","age":16}),
("formal", "Which mentoring programs serve youth in ZIP code 97386?", {"kind":"mentoring","zip":"97386"}),
("slack", "is there AT loan / try before you buy for a communication device for a student in 97419", {"kind":"assistive technology","zip":"97419"}),
# ---- unanswerable
("slack", "10 yo in corrin, parents want him to start learning the bus now. who does travel training?", {"kind":"travel training","place":"Corrin","age":10}),
("slack", "family in pendry needs paratransit application help in vietnamese, who can do that", {"kind":"paratransit","place":"Pendry","language":"Vietnamese"}),
("slack", "16 y/o in tilden wants a job coach for an after school job. who does supported employment for that age out there", {"kind":"supported employment","place":"Tilden","age":16}),
("slack", "free respite in marlow for a 19 yo? family cant pay anything", {"kind":"respite","place":"Marlow","age":19,"cost":"free"}),
("slack", "benefits counseling in russian? dad of a student on ssi only reads russian", {"kind":"benefits counseling","language":"Russian"}),
("formal", "Is there a free adaptive driving evaluation for a student in Marlow?", {"kind":"driver training","place":"Marlow","cost":"free"}),
("slack", "who does dd eligibility in ardell county? family is moving there", {"kind":"dd eligibility","county":"Ardell"}),
("slack", "25 yo in pendry, never got pre-ets in school. can he still get pre-ets somewhere?", {"kind":"pre-ets","place":"Pendry","age":25}),
("formal", "Which mental health providers in Lusk County offer services in Vietnamese?", {"kind":"mental health","county":"Lusk","language":"Vietnamese"}),
("slack", "14 yo wants a saturday job, any youth employment programs that take 14 yr olds on saturdays?", {"kind":"youth employment","age":14,"schedule":"Saturday"}),
("slack", "17 yo in stillwater junction, foster placement ending, needs housing help. who takes under 18?", {"kind":"housing","place":"Stillwater Junction","age":17}),
]
out = []
for i,(st,q,c) in enumerate(Q,1):
    f = match.fits(c)
    out.append(dict(id=f"birch-211-d{i:02d}", question=q, conditions=c, fits=f, answerable=bool(f), style=st))
    print(f"d{i:02d}", len(f), [match.KEY[x] for x in f])
with open("/work/blind/birch-211/directory-questions.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o)+"\n")
print(len(out), sum(not o["answerable"] for o in out), "unanswerable")
