"""Write ../notes/NN.json gold files. Due dates computed from the meeting date by rule."""
import json, os, datetime as dt
D = os.path.join(os.path.dirname(__file__), '..', 'notes')
DAYS = ['monday','tuesday','wednesday','thursday','friday','saturday','sunday']

def next_day(meeting, name):          # next such day strictly after the meeting
    m = dt.date.fromisoformat(meeting); w = DAYS.index(name)
    k = (w - m.weekday()) % 7 or 7
    return (m + dt.timedelta(days=k)).isoformat()
def end_next_week(meeting):            # Friday of the following week
    m = dt.date.fromisoformat(meeting)
    monday_next = m + dt.timedelta(days=7 - m.weekday())
    return (monday_next + dt.timedelta(days=4)).isoformat()
def tomorrow(meeting):
    return (dt.date.fromisoformat(meeting) + dt.timedelta(days=1)).isoformat()

P = {
 'marisol': ["Marisol Trevino", "Marisol"],
 'ben': ["Ben Kowalczyk", "Ben", "ben.kowalczyk"],
 'keisha': ["Keisha Brantley", "Keisha", "keisha.brantley"],
 'tomas': ["Tomas Reyes", "Tomas", "tomas.reyes"],
 'amy': ["Amy Sorensen", "Amy", "amy.sorensen"],
 'rachel': ["Rachel Gundersen", "Rachel", "U07RGUN"],
 'tomas_slack': ["Tomas Reyes", "Tomas", "U03TREY"],
 'omar': ["Omar Haddad", "Omar"],
 'denise': ["Denise Okafor", "Denise"],
 'luis': ["Luis Ortega", "Luis"],
 'dana': ["Dana Pryor", "Dana"],
 'hector': ["Hector Villanueva", "Hector", "Mr. Villanueva"],
 'tomas_vrc': ["Tomas Reyes", "Tomas", "VRC"],
 'ruth': ["Ruth Abernathy", "Ruth", "ruth.abernathy"],
 'marcus': ["Marcus Bell", "Marcus"],
 'sharon': ["Sharon Dietz", "Sharon"],
 'priya': ["Priya Nandakumar", "Priya"],
 'naomi': ["Naomi Whitehorse", "Naomi"],
 'jess': ["Jess Alvarado", "Jess"],
 'janet': ["Janet Pruitt", "Janet"],
 'kelsey': ["Kelsey Moore", "Kelsey"],
}
def it(owner, task, kw, due):
    return {'owners': P[owner], 'task': task, 'keywords': kw, 'due': due}

G = {}
m = '2026-01-13'
G['01'] = (m, 'Marisol Trevino', [
 it('ben', "Get the families of J.R. and T.W. to finish the parent consent e-signature in the Pre-ETS portal", ["consent", "portal"], next_day(m, 'friday')),
 it('keisha', "Send the spring Wednesday group session calendar to both high schools", ["group session", "calendar"], end_next_week(m)),
 it('tomas', "Meet with H-07 and family and complete the VR application", ["VR application", "H-07"], '2026-01-30'),
])
m = '2026-02-02'
G['02'] = (m, 'Hector Villanueva', [
 it('rachel', "Send Hector the list of Bridge students who have turned in Career Bridge applications", ["list", "applications"], next_day(m, 'thursday')),
 it('tomas_slack', "Confirm VR funding for job coaching for B-02, B-11 and B-19", ["job coaching", "confirm"], '2026-03-13'),
 it('rachel', "Cover the skills trainer table at the Career Bridge info night", ["table", "info night"], next_day(m, 'thursday')),
])
m = '2026-01-21'
G['03'] = (m, 'Marisol Trevino', [
 it('omar', "Book tables and AV with BVCC events for the job fair at the Fieldhouse (taken over from Devon)", ["tables", "AV"], '2026-01-30'),
 it('amy', "Send the corrected job fair flyer to print", ["flyer", "print"], next_day(m, 'friday')),
 it('denise', "Send Marisol the benefits table needs (outlets, number of tables, privacy screen)", ["benefits table"], '2026-02-13'),
])
m = '2026-02-10'
G['04'] = (m, 'Amy Sorensen', [
 it('luis', "Complete HAT Access applications for W-3 and W-8", ["HAT Access", "W-3"], '2026-02-20'),
 it('amy', "Finish situational assessments for the remaining grade 11 students", ["situational assessments"], None),
 it('dana', "Make Next Step spring referrals for two sophomores", ["Next Step", "referrals"], next_day(m, 'friday')),
])
m = '2026-02-17'
G['05'] = (m, 'Tomas Reyes', [
 it('tomas_vrc', "Send the job development authorization to Tallgrass Employment Partners", ["authorization", "job development"], '2026-02-20'),
 it('hector', "Make the benefits counseling referral to the Plains Benefits Planning Project before the IPE meeting", ["benefits counseling", "referral"], '2026-03-10'),
 it('tomas_vrc', "Draft the IPE (central supply technician goal) for review at the IPE meeting", ["IPE", "draft"], '2026-03-10'),
])
m = '2026-03-02'
G['06'] = (m, 'Ben Kowalczyk', [
 it('ruth', "Send Ben the travel training intake form", ["intake form"], tomorrow(m)),
 it('ben', "Get P-14's mother to sign the travel training intake form", ["intake", "sign"], next_day(m, 'thursday')),
 it('marcus', "Start travel training with P-14 after school once the intake is signed", ["travel training", "P-14"], '2026-03-10'),
])
m = '2026-03-05'
G['07'] = (m, 'Lorna Haskell', [
 it('ruth', "Recruit two peer mentors for the Family Transition Night panel and confirm their names to Lorna", ["peer mentors", "names"], '2026-03-27'),
 it('denise', "Send Lorna the slides for the ABLE and benefits piece", ["slides"], '2026-04-10'),
 it('sharon', "Submit the ASL interpreter request for Family Transition Night", ["interpreter request"], tomorrow(m)),
 it('priya', "Send Lorna the ADR college vs high school Q&A handout", ["handout"], next_day(m, 'friday')),
])
m = '2026-03-09'
G['08'] = (m, 'Keisha Brantley', [
 it('keisha', "Upload the attendance sheets for the last three Wednesday groups into the case system", ["attendance sheets", "upload"], next_day(m, 'wednesday')),
 it('keisha', "Send Marisol three possible dates for a workplace readiness session at Meadowlark Academy", ["dates", "workplace readiness"], end_next_week(m)),
 it('naomi', "Follow up with the two Wren Valley seniors and submit their VR applications", ["seniors", "applications"], '2026-03-20'),
])
m = '2026-03-16'
G['09'] = (m, 'Hector Villanueva', [
 it('hector', "Email the families of the 4 waitlist students about the 2026-27 referral outcome", ["waitlist", "families"], '2026-03-27'),
 it('jess', "Pick up the HAT passes for B-11 and B-19 from the Union Street office", ["passes"], next_day(m, 'wednesday')),
 it('rachel', "Enter all skills assessment scores in the shared spreadsheet", ["scores"], next_day(m, 'thursday')),
])
m = '2026-02-24'
G['10'] = (m, 'Marisol Trevino', [
 it('tomas', "Check with Janet and confirm which phone line to list on the roster", ["phone line"], next_day(m, 'friday')),
 it('ruth', "Get the HAT contact name for the roster at the meeting with HAT", ["HAT", "name"], '2026-03-04'),
 it('ben', "Proofread and post the corrected roster to the Council website", ["proofread", "website"], '2026-03-06'),
])
m = '2026-03-23'
G['11'] = (m, 'Ben Kowalczyk', [
 it('ben', "Call Denise Okafor about SEIE for P-22", ["SEIE", "P-22"], next_day(m, 'tuesday')),
 it('tomas', "Do the VR application for P-31 with the family at their meeting", ["VR", "P-31"], '2026-03-31'),
 it('ben', "Draft the Summary of Performance (SOP) for P-09", ["SOP", "P-09"], '2026-04-17'),
 it('ben', "Complete summer work experience applications with P-31 and P-40", ["summer", "application"], '2026-04-17'),
])
m = '2026-04-06'
G['12'] = (m, 'Sharon Dietz', [
 it('janet', "Send Sharon VR's proposed changes to Section 4 (referral timelines) of the interagency agreement", ["proposed changes", "Section 4"], '2026-04-21'),
 it('marisol', "Circulate the redline of the 2025 interagency agreement", ["redline"], next_day(m, 'friday')),
 it('keisha', "Bring the 2025-26 Pre-ETS service counts by school to the meeting", ["service counts"], '2026-04-28'),
])
G['13'] = ('2026-01-27', 'Marisol Trevino', [])
G['14'] = ('2026-02-12', 'Sharon Dietz', [])
G['15'] = ('2026-03-20', 'Lorna Haskell', [])
m = '2026-04-13'
G['16'] = (m, 'Amy Sorensen', [
 it('kelsey', "Attend W-12's IEP meeting and bring the transition assessment packet", ["IEP", "assessment packet"], next_day(m, 'thursday')),
 it('kelsey', "Submit the Pre-ETS referral for W-15 in the portal once consent is signed", ["Pre-ETS", "referral"], '2026-05-01'),
 it('luis', "Do the HAT Access renewal for W-3", ["HAT Access", "renewal"], '2026-04-30'),
 it('amy', "E-mail Naomi the list of seniors who still need VR follow-up", ["list", "seniors"], tomorrow(m)),
])

for k, (date, poster, items) in G.items():
    with open(os.path.join(D, k + '.json'), 'w') as f:
        json.dump({'meetingDate': date, 'poster': poster, 'items': items}, f, indent=2, ensure_ascii=False)
    print(k, date, len(items), [i['due'] for i in items])
