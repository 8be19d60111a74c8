import json, datetime as dt
D=dt.date.fromisoformat
WD=['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
def due(meeting, spec):
    m=D(meeting)
    if spec is None: return None
    kind=spec[0]
    if kind=='weekday':            # bare weekday: next such day strictly after the meeting
        t=WD.index(spec[1]); k=(t-m.weekday())%7 or 7; return m+dt.timedelta(k)
    if kind=='next':               # "next <weekday>": that day in the following Mon-Sun week
        t=WD.index(spec[1]); mon=m-dt.timedelta(m.weekday())+dt.timedelta(7); return mon+dt.timedelta(t)
    if kind=='eow': return m-dt.timedelta(m.weekday())+dt.timedelta(4)
    if kind=='eom':
        n=(m.replace(day=28)+dt.timedelta(4)); return n-dt.timedelta(n.day)
    if kind=='tomorrow': return m+dt.timedelta(1)
    if kind=='plus': return m+dt.timedelta(spec[1])
    if kind=='md':                 # date without a year: next on or after the meeting
        mo,d=spec[1],spec[2]; x=dt.date(m.year,mo,d)
        return x if x>=m else dt.date(m.year+1,mo,d)
    if kind=='ymd': return D(spec[1])
    raise ValueError(spec)
G={}
def note(n, meeting, poster, items):
    G[n]={"meetingDate":meeting,"poster":poster,"items":[{"owners":o,"task":t,"keywords":k,"due":(lambda d: d.isoformat() if d else None)(due(meeting,s))} for o,t,k,s in items]}
note('01','2025-09-03','Danielle Okafor',[
 (["Rachel"],"Send Danielle the list of juniors without a Pre-ETS referral",["juniors","Pre-ETS referral"],('weekday','friday')),
 (["Luis"],"Set up the Transition Fair volunteer sign-up sheet",["volunteer sign-up"],('tomorrow',)),
 (["Danielle Okafor"],"Email Marcus Trent about new portal logins",["portal logins"],('next','tuesday')),
 (["Priya","Tom"],"Update the senior transition binders",["binders"],('eom',)),
])
note('02','2025-09-09','Keisha Moore',[
 (["Jamal"],"Get T-3 consents signed for the 4 seniors",["T-3 consents"],('weekday','thursday')),
 (["Keisha Moore"],"Call LAT about travel training slots for Devon and Mia",["travel training"],('eow',)),
 (["Anna Liu"],"Send the Saturday Club flyer home with the 8th graders",["club flyer"],('tomorrow',)),
 (["Anna"],"Email the OT about the seating eval",["seating eval"],('md',9,15)),
])
note('03','2025-09-18','Tom Brandt',[
 (["Renee Castellanos"],"Call Jordan's family and walk them through intake",["intake"],('weekday','monday')),
 (["Priya"],"Draft the Larkin Works application with Ellie",["Larkin Works application"],('md',10,10)),
 (["Tom Brandt"],"Send the benefits counseling referral to Theo for Marcus",["benefits counseling referral"],('plus',14)),
 (["Priya Shah"],"Draft Jordan's Summary of Performance",["Summary of Performance"],None),
])
note('04','2025-09-26','Tamika Rowe',[
 (["Danielle Okafor"],"Order raffle tablets for the Transition Fair",["raffle tablets"],('md',10,3)),
 (["Luis Ortega"],"Confirm ASL interpreters for the fair",["ASL interpreters"],('weekday','tuesday')),
 (["Kwame Adjei"],"Collect the Indicator 13 sample list from districts",["Indicator 13","sample list"],('md',10,6)),
 (["Tamika Rowe"],"Print fair passports",["passports"],('eow',)),
])
note('05','2025-10-02','Luis Ortega',[
 (["Luis Ortega"],"Submit the T-VR1 Pre-ETS referral in the BVR portal",["T-VR1"],('ymd','2025-10-17')),
 (["Ben Whitcomb"],"Arrange a job shadow at Cedar Bend Animal Shelter",["job shadow"],None),
 (["Luis Ortega"],"Send the parent the SYWE info sheet",["SYWE info sheet"],('tomorrow',)),
 (["Ms. Patel"],"Complete an updated interest inventory with the student",["interest inventory"],('weekday','friday')),
])
note('06','2025-10-07','Sofia Nakamura',[
 (["Sofia Nakamura"],"Enter activity codes for all 9 students in the case system",["activity codes"],('weekday','thursday')),
 (["Keisha Moore"],"Send updated T-3 consent forms for E.F.",["consent forms"],('next','monday')),
 (["Sofia Nakamura"],"Bring mock interview packets to the workplace readiness session",["mock interview packets"],('md',10,21)),
])
note('07','2025-10-13','Rachel Greene',[
 (["Darnell"],"Send the supported decision making template in Spanish",["decision making template","spanish"],('weekday','wednesday')),
 (["Rachel Greene"],"Update transition assessments for three freshmen",["transition assessments"],('eom',)),
 (["Coach Bell"],"Ask the athletic director about unified basketball practice space",["unified basketball","practice space"],None),
 (["Greg"],"Book the bus for the transition fair",["book the bus"],('tomorrow',)),
])
note('08','2025-10-21','Ben Whitcomb',[
 (["Mr. Dunn"],"Set up 2 workplace tours (auto shop and hospital)",["tours"],('md',11,14)),
 (["Alvarez"],"Re-send T-3 forms for 3 students whose consents expired",["T-3"],('weekday','thursday')),
 (["Gloria"],"Translate the Pre-ETS flyer into Spanish",["translate","Spanish"],('next','friday')),
 (["Ben"],"Upload group attendance for September",["group attendance"],('eow',)),
])
note('09','2025-10-24','Aisha Delgado',[
 (["Jess"],"Bring the workplace readiness curriculum binders from the BVR office",["curriculum binders"],('weekday','monday')),
 (["Omar"],"Email the early college counselor about which seniors want the LCC tour",["LCC tour"],('weekday','wednesday')),
 (["Aisha Delgado"],"Submit the YLF nominations",["YLF nominations"],('plus',14)),
])
note('10','2025-10-30','Tamika Rowe',[
 (["M. Trent"],"Provide a breakdown of referrals by high school",["breakdown","referrals"],('md',11,14)),
 (["Dr. Adjei"],"Draft and circulate the MOU data-sharing addendum",["data-sharing addendum"],None),
 (["D. Okafor"],"Schedule the winter joint training for case managers and Pre-ETS counselors",["joint training"],('eom',)),
])
note('11','2025-11-05','Kendra Walsh',[
 (["Skills trainers"],"Add a second coaching check-in for the dietary interns",["coaching check-in"],('next','monday')),
 (["Kendra"],"Book the hospital auditorium for the info session",["auditorium"],('weekday','friday')),
 (["Bea Lindqvist"],"Send travel training progress reports",["progress reports"],('md',11,20)),
 (["Paula Reyes","Kendra"],"Finalize the outcomes one-pager",["outcomes one-pager"],('eow',)),
])
note('12','2025-11-12','Jordan Pike',[
 (["Jordan Pike"],"Confirm winter Next Step session dates with the room booking",["room booking"],('md',11,21)),
 (["Mel Ortiz"],"Recruit 2 peer mentors for the winter session",["peer mentors"],('md',12,1)),
 (["Sam Whitfield"],"Update the AT loan closet inventory spreadsheet",["inventory spreadsheet"],('weekday','friday')),
])
note('13','2025-11-17','Renee Castellanos',[])
note('14','2025-11-20','Kwame Adjei',[])
note('15','2025-12-03','Priya Shah',[
 (["Tom"],"Call Great Lakes WIPA to set up a Benefits 101 visit for seniors' families",["Benefits 101"],None),
 (["Rachel","Priya Shah"],"Finish SOP drafts for the 6 midyear exiters",["SOP drafts"],('md',12,19)),
 (["Priya Shah"],"Send Bridge referral packets to Tamika",["Bridge referral packets"],None),
 (["Tom"],"Reserve the library for the ABLE follow-up Q&A",["ABLE follow-up"],('next','thursday')),
 (["Rachel"],"Upload T-17 statements for the Indicator 13 corrections",["T-17 statements"],('eom',)),
])
for n,g in G.items():
    json.dump(g, open(f'notes/{n}.json','w'), indent=2)
    for it in g['items']: print(n, g['meetingDate'], it['owners'], it['due'])
