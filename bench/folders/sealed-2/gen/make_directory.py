import json, uuid
NS = uuid.UUID('6f1c2b7e-3a4d-4c55-9e0a-1b2c3d4e5f60')
def uid(s): return str(uuid.uuid5(NS, s))
TOWNS = {  # town: (zip, lat, lon)
 'Brennick': ('56471', 46.7312, -94.6120), 'Lake Osmund': ('56473', 46.8051, -94.4877),
 'Halvorsen Falls': ('56478', 46.6420, -94.8033), 'Pine Haven': ('56466', 46.9104, -94.7011),
 'Grafton Mills': ('56479', 46.5866, -94.5298), 'North Ardell': ('56474', 46.9873, -94.5512),
 'Stoughton Prairie': ('56477', 46.6655, -94.3902), 'Little Sauk Landing': ('56469', 46.8420, -94.8790),
 'Ferrin City': ('56580', 47.1021, -95.0114), 'Oxbow': ('56582', 47.0555, -95.1460)}
LANG = {'English':'en','Spanish':'es','Somali':'so','Hmong':'hmn','Ojibwe':'oj','Karen':'kar','ASL':'ase'}
def loc(name, addr, town, geo=True):
    z, la, lo = TOWNS[town]
    d = {"id": uid('loc'+name+addr), "name": name, "location_type": "physical",
         "addresses": [{"id": uid('addr'+addr+town), "address_1": addr, "city": town,
                         "state_province": "MN", "postal_code": z, "country": "US", "address_type": "physical"}]}
    if geo:
        d["latitude"] = round(la + (hash(addr) % 100 - 50) / 20000, 5) if False else la
        d["longitude"] = lo
    return d
def sched(byday, o, c, desc=None):
    s = {"id": uid('sch'+byday+o+c+str(desc)), "freq": "WEEKLY", "byday": byday, "opens_at": o, "closes_at": c}
    if desc: s["description"] = desc
    return s
def svc(key, name, desc, *, email=None, url=None, fees=None, elig=None, amin=None, amax=None,
        assured="DEFAULT", langs=('English',), areas=(), sch=(), phones=(), locs=(), kinds=()):
    if assured == "DEFAULT":
        assured = ["2026-08-14","2026-05-02","2025-12-09","2026-10-21","2026-02-27","2024-09-30"][sum(map(ord,key)) % 6]
    d = {"id": uid('svc'+key), "name": name, "description": desc, "email": email, "url": url,
         "status": "active", "fees_description": fees, "eligibility_description": elig,
         "minimum_age": amin, "maximum_age": amax, "assured_date": assured,
         "languages": [{"id": uid('lang'+key+l), "name": l, "code": LANG[l]} for l in langs],
         "service_areas": [{"id": uid('sa'+key+a), "name": a} for a in areas],
         "schedules": list(sch),
         "phones": [{"id": uid('ph'+key+p), "number": p, "type": t} for p, t in phones],
         "service_at_locations": [{"id": uid('sal'+key+l["id"]), "location": l} for l in locs]}
    KINDS[d["id"]] = (key, name, kinds)
    return d
KINDS = {}
ORGS = []
def org(key, name, desc, url, email, phone, services, website=None):
    ORGS.append({"id": uid('org'+key), "name": name, "description": desc, "website": url, "email": email,
                 "phones": [{"id": uid('oph'+key), "number": phone, "type": "voice"}] if phone else [],
                 "services": services})

WC = 'Wabanica County'
# 1 County HHS
hhs = loc('Wabanica County Government Center', '410 Courthouse Ave N', 'Brennick')
org('hhs', 'Wabanica County Health & Human Services',
    'County social services, public health, financial assistance and disability services for Wabanica County residents.',
    'https://www.wabanicacounty-mn.example/hhs', 'hhs.intake@wabanicacounty-mn.example', '218-555-0140', [
  svc('dd-cm', 'Developmental Disabilities Case Management',
      'Case management for children and adults with a developmental disability or related condition. Case managers help families access waiver services, plan for transition at 18, and coordinate with schools and VR.',
      email='dd.intake@wabanicacounty-mn.example', url='https://www.wabanicacounty-mn.example/hhs/dd',
      fees='No cost to eligible residents. Parental fees may apply for some children\'s services.',
      elig='Wabanica County residents with a diagnosed developmental disability or related condition. Call intake to start a screening.',
      areas=[WC], sch=[sched('MO,TU,WE,TH,FR','08:00','16:30')], phones=[('218-555-0141','voice')], locs=[hhs],
      kinds=['case-management']),
  svc('mnchoices', 'MnCHOICES Assessment for Waiver Services',
      'In-person or virtual assessment used to decide eligibility for home and community-based waiver services (DD, CADI, BI, CAC) and personal care assistance. Assessor visits the home.',
      fees='Free.', elig='Any Wabanica County resident of any age who may need long-term services and supports.',
      areas=[WC], phones=[('218-555-0142','voice')], locs=[hhs], langs=('English','Spanish','Somali'),
      kinds=['waiver-assessment']),
  svc('cmh', 'Children\'s Mental Health Case Management',
      'Case management for children and youth with a severe emotional disturbance. Helps coordinate therapy, school supports, and crisis planning. Youth can continue in adult services after 18.',
      fees='Sliding fee based on family income; no one turned away.', elig='Under 18 (may continue to age 21 if already enrolled) with a diagnosed severe emotional disturbance.',
      amin=None, amax=20, areas=[WC], phones=[('218-555-0143','voice')], locs=[hhs],
      kinds=['mental-health','case-management']),
  svc('fin', 'Financial Assistance and Medical Assistance Applications',
      'Help applying for Medical Assistance (MA), MA-EPD, SNAP, cash programs and emergency assistance. Walk-in Tuesdays and Thursdays.',
      fees='No charge', amin=None, amax=None, areas=[WC],
      sch=[sched('TU,TH','08:30','15:30','Walk-in hours')], phones=[('218-555-0144','voice')], locs=[hhs],
      langs=('English','Spanish'), kinds=['benefits-application']),
])
# 2 CIL
cil = loc('North Pines CIL - Brennick Office', '118 Third Street SE, Suite 2', 'Brennick')
cil2 = loc('North Pines CIL - Lake Osmund Satellite', '22 Harbor Road', 'Lake Osmund', geo=False)
org('cil', 'North Pines Center for Independent Living',
    'Consumer-controlled, nonprofit Center for Independent Living serving Wabanica and Ferrin counties.',
    'https://www.northpinescil.example', 'info@northpinescil.example', '218-555-0160', [
  svc('cil-ils', 'Independent Living Skills Training',
      'One-on-one and small group instruction in cooking, budgeting, using the bus, scheduling appointments, and managing a home. Delivered at our office, in the community, or at home.',
      email='skills@northpinescil.example', url='https://www.northpinescil.example/services/skills',
      fees='Free', elig='People with any type of disability age 14 and up.', amin=14,
      areas=['Wabanica County','Ferrin County'], sch=[sched('MO,TU,WE,TH','09:00','17:00')],
      phones=[('218-555-0161','voice')], locs=[cil, cil2], kinds=['independent-living']),
  svc('cil-peer', 'Youth Peer Mentoring',
      'Young adults with disabilities are matched with a trained mentor who also has a disability. Meet twice a month; includes a monthly group outing.',
      fees='Free', elig='Youth with disabilities 14 to 24.', amin=14, amax=24,
      areas=['Wabanica County'], phones=[('218-555-0162','voice')], locs=[cil], kinds=['peer-mentoring']),
  svc('cil-adv', 'Individual and Systems Advocacy',
      'Help with self-advocacy, disability rights questions, housing discrimination, and accessing services. Staff can attend meetings with you.',
      fees='No cost', areas=['Wabanica County','Ferrin County'], phones=[('218-555-0160','voice')],
      locs=[cil], kinds=['advocacy']),
  svc('cil-at', 'Assistive Technology Loan Closet',
      'Try before you buy: borrow devices like tablets with communication apps, reading pens, adapted kitchen tools, and smart home devices for up to 30 days.',
      fees='Free to borrow; a refundable $25 deposit is requested for tablets.', amin=None,
      areas=['Wabanica County','Ferrin County'], phones=[('218-555-0163','voice')], locs=[cil2],
      sch=[sched('WE','10:00','14:00','Pick-up and return at Lake Osmund satellite')],
      kinds=['assistive-technology']),
  svc('cil-next', 'Next Step Transition Program',
      'A 10-week evening group for high school students and recent graduates covering self-advocacy, disclosure, housing options, and money basics. This is a Pre-ETS provider for instruction in self-advocacy under a contract with the state VR agency.',
      fees='Free', elig='Students with disabilities ages 16 to 21.', amin=16, amax=21,
      areas=['Brennick','Lake Osmund','Pine Haven','North Ardell'],
      sch=[sched('TU','17:30','19:30','Fall and spring cohorts')],
      phones=[('218-555-0164','voice')], locs=[cil], langs=('English','Spanish'),
      kinds=['self-advocacy','transition-program']),
])
# 3 Respite coop
org('respite', 'Lakeshore Respite Cooperative',
    'Parent-run cooperative providing trained respite workers to families of children and adults with disabilities.',
    'https://lakeshorerespite.example', 'coordinator@lakeshorerespite.example', '218-555-0170', [
  svc('resp-home', 'In-Home Respite',
      'Trained respite workers come to the family home for 3 to 8 hours so caregivers can rest, run errands, or attend events. Overnight respite available on request.',
      fees='Families on a waiver may use waiver funds. Private pay $22/hour. Limited scholarship hours.',
      elig='Children and adults with disabilities living with family.', amin=3, amax=None,
      areas=['Brennick','Lake Osmund','Grafton Mills','Stoughton Prairie'],
      phones=[('218-555-0171','voice')], langs=('English','Hmong'), kinds=['respite']),
  svc('resp-sat', 'Saturday Respite Club',
      'Supervised group activities every other Saturday at First Covenant Church hall, 10 am to 3 pm. Lunch provided. Gives caregivers a free day.',
      fees='Free for Wabanica County families (funded by a county grant).',
      elig='Youth ages 6 to 17 with developmental disabilities.', amin=6, amax=17,
      areas=[WC], sch=[sched('SA','10:00','15:00','Every other Saturday, Sept-May')],
      phones=[('218-555-0172','voice')],
      locs=[loc('First Covenant Church Hall', '605 Elm Street', 'Halvorsen Falls')], kinds=['respite','recreation']),
])
# 4 Transit
tr = loc('Wabanica Rural Transit Garage', '1900 County Road 12', 'Grafton Mills')
org('transit', 'Wabanica Rural Transit',
    'Public dial-a-ride and deviated fixed route bus service for Wabanica County.',
    'https://www.wabanicatransit.example', None, '218-555-0180', [
  svc('tr-dar', 'Dial-a-Ride',
      'Curb-to-curb rides anywhere in Wabanica County. Call at least one business day ahead. Wheelchair accessible vehicles.',
      fees='$2.00 per ride in town, $4.00 county-wide. Personal care attendants ride free.',
      elig='Open to the general public.', areas=[WC],
      sch=[sched('MO,TU,WE,TH,FR','06:30','18:00'), sched('SA','08:00','14:00')],
      phones=[('218-555-0181','voice')], locs=[tr], kinds=['transportation']),
  svc('tr-tt', 'Travel Training',
      'A travel trainer teaches riders with disabilities to use dial-a-ride and the Brennick Loop route independently, including scheduling, fares, and what to do if something goes wrong.',
      fees='No cost', elig='Ages 14 and older with a disability. Referrals from schools, VR, and county case managers welcome.',
      amin=14, areas=[WC], phones=[('218-555-0182','voice')], locs=[tr], kinds=['travel-training']),
])
# 5 Arrowwood Employment Partners
aw = loc('Arrowwood Employment Partners', '77 Industrial Park Drive', 'Halvorsen Falls')
org('arrowwood', 'Arrowwood Employment Partners',
    'Community rehabilitation provider offering employment services to people with disabilities. Approved vendor for state VR and county waivers.',
    'https://arrowwoodemployment.example', 'referrals@arrowwoodemployment.example', '218-555-0190', [
  svc('aw-se', 'Supported Employment and Job Coaching',
      'Job development, on-the-job coaching, and long-term follow-along for people who need support to keep a competitive integrated job.',
      fees='Paid through state VR or waiver authorization. No cost to the job seeker.',
      elig='Adults 18+ with a disability who have a VR or waiver authorization.', amin=18,
      areas=[WC, 'Ferrin County'], phones=[('218-555-0191','voice')], locs=[aw], langs=('English','Somali'),
      kinds=['job-coaching']),
  svc('aw-ce', 'Discovery and Customized Employment',
      'A person-centered process (discovery) to find interests, skills, and conditions for success, followed by negotiating a customized job with an employer.',
      fees='Funded by state VR; no cost to participant.', elig='Referral from state VR required. Age 16+.', amin=16,
      areas=[WC], phones=[('218-555-0191','voice')], locs=[aw], kinds=['job-coaching']),
  svc('aw-crew', 'Summer Youth Work Crew',
      'Paid six-week summer work experience (June-July) on crews at parks, the county fairgrounds and local businesses. Youth earn minimum wage or higher. Counts as a Pre-ETS work-based learning experience.',
      fees='No cost; participants are paid.', elig='Students with disabilities ages 14-21 who are enrolled in school and have an IEP or 504 plan.',
      amin=14, amax=21, areas=['Halvorsen Falls','Grafton Mills','Little Sauk Landing','Brennick'],
      phones=[('218-555-0192','voice')], locs=[aw], kinds=['youth-employment','work-experience']),
])
# 6 Pine Haven Community Education
ph = loc('Pine Haven High School - Community Ed Office', '300 School Street', 'Pine Haven')
org('commed', 'Pine Haven Public Schools Community Education',
    'Community education programs for all ages in the Pine Haven school district.',
    'https://www.pinehavenschools.example/commed', 'commed@pinehavenschools.example', '218-555-0200', [
  svc('ce-adapt', 'Adaptive Recreation',
      'Bowling, swimming, open gym, and a monthly dance for teens and adults with disabilities. Staff and volunteer buddies provided.',
      fees='$5 per session; annual pass $60. Scholarships available.', amin=12,
      areas=['Pine Haven','North Ardell','Little Sauk Landing'],
      sch=[sched('TH','18:00','20:00')], phones=[('218-555-0201','voice')], locs=[ph], kinds=['recreation']),
  svc('ce-abe', 'Adult Basic Education and GED',
      'Free classes in reading, math, English language, and GED/adult diploma preparation. Accommodations available for learners with disabilities.',
      fees='Free', elig='Age 17 and older, not enrolled in high school.', amin=17,
      areas=['Pine Haven','North Ardell','Little Sauk Landing'],
      phones=[('218-555-0202','voice')], locs=[ph], langs=('English','Spanish','Karen'), kinds=['adult-education']),
])
# 7 Community College
tlcc = loc('Tamarack Lakes Community College - Brennick Campus', '1500 College Drive', 'Brennick')
org('tlcc', 'Tamarack Lakes Community College',
    'Two-year public college with campuses in Brennick and Halvorsen Falls.',
    'https://www.tamaracklakes.example', 'info@tamaracklakes.example', '218-555-0210', [
  svc('tlcc-ar', 'Accessibility Resources',
      'Arranges academic accommodations (extended test time, note-taking support, alternate format textbooks, captioning) for students with documented disabilities.',
      email='access@tamaracklakes.example', url='https://www.tamaracklakes.example/accessibility',
      fees='Free for enrolled students.', elig='Admitted or enrolled Tamarack Lakes students with a disability.',
      amin=16, areas=[WC], sch=[sched('MO,TU,WE,TH,FR','08:00','16:30')],
      phones=[('218-555-0211','voice')], locs=[tlcc], kinds=['college-disability']),
  svc('tlcc-trio', 'TRIO Student Support Services',
      'Tutoring, academic coaching, financial aid help and transfer planning for first-generation, low-income, and disabled students.',
      fees='No cost', elig='Enrolled students who meet federal TRIO eligibility.', amin=None,
      areas=[WC], phones=[('218-555-0213','voice')], locs=[tlcc], kinds=['tutoring']),
  svc('tlcc-bridge', 'Summer Bridge for Students with Disabilities',
      'Two-week on-campus experience in late July for rising high school seniors with IEPs or 504 plans: sit in on classes, meet Accessibility Resources, practice requesting accommodations.',
      fees='Free; lunch provided.', elig='High school students with disabilities entering 12th grade.', amin=16, amax=19,
      areas=[WC, 'Ferrin County'], phones=[('218-555-0211','voice')], locs=[tlcc],
      kinds=['college-prep','transition-program']),
])
# 8 Parent center
org('nfan', 'Northland Family Advocacy Network',
    'Parent training and information center for families of children and young adults with disabilities in north central Minnesota.',
    'https://www.northlandfamilies.example', 'help@northlandfamilies.example', '218-555-0220', [
  svc('nfan-iep', 'IEP and Transition Planning Help',
      'Parent advocates explain rights under IDEA, help prepare for IEP meetings, review transition plans, and can attend meetings by phone.',
      fees='Free', elig='Families of children and young adults (birth to 26) with disabilities.', amin=0, amax=26,
      areas=['Statewide (Minnesota)'], phones=[('218-555-0221','voice')], langs=('English','Spanish','Somali','Hmong'),
      kinds=['parent-support','advocacy']),
  svc('nfan-work', 'Turning 18 Family Workshops',
      'Monthly evening workshops on guardianship and its alternatives, SSI at 18, ABLE accounts, and waiver services. Offered in person and on Zoom.',
      fees='Free', areas=['Statewide (Minnesota)'], sch=[sched('TH','18:30','20:00','Second Thursday of the month')],
      phones=[('218-555-0222','voice')], langs=('English','Spanish'), kinds=['parent-support','benefits-education']),
])
# 9 Legal aid
la = loc('Lake Country Legal Aid', '220 Main Street, 2nd Floor', 'Brennick')
org('legal', 'Lake Country Legal Aid',
    'Free civil legal services for low-income people and people with disabilities.',
    'https://www.lakecountrylegal.example', None, '218-555-0230', [
  svc('legal-sdm', 'Guardianship Alternatives and Supported Decision-Making',
      'Advice and document help for young adults and families considering guardianship, conservatorship, powers of attorney, health care directives, or a supported decision-making agreement.',
      fees='Free for eligible clients', elig='Income at or below 200% of federal poverty guidelines, or any person with a disability facing a guardianship petition.',
      amin=17, areas=[WC, 'Ferrin County'], phones=[('218-555-0231','voice')], locs=[la],
      langs=('English','Spanish'), kinds=['legal']),
  svc('legal-ben', 'Public Benefits Appeals',
      'Representation in SSI, Social Security, Medical Assistance and SNAP appeals, including age-18 SSI redeterminations and overpayments.',
      fees='Free for eligible clients', elig='Low-income residents.', amin=None,
      areas=[WC, 'Ferrin County'], phones=[('218-555-0232','voice')], locs=[la], kinds=['legal','benefits-counseling']),
])
# 10 Halvorsen Falls Community Center
hf = loc('Halvorsen Falls Community Center', '14 River Street', 'Halvorsen Falls')
org('hfcc', 'Halvorsen Falls Community Center',
    'City-run community center with gym, pool, and youth programs.',
    'https://www.halvorsenfalls.example/communitycenter', 'rec@halvorsenfalls.example', '218-555-0240', [
  svc('hf-after', 'Inclusive After-School Club',
      'After-school program with homework time, games, and outdoor play. Paraprofessional support is available for children with disabilities by request.',
      fees='$8 per day; free for families receiving free or reduced-price school meals.',
      elig='Grades K-8.', amin=5, amax=14, areas=['Halvorsen Falls','Grafton Mills'],
      sch=[sched('MO,TU,WE,TH,FR','15:00','18:00')], phones=[('218-555-0241','voice')], locs=[hf],
      kinds=['recreation','after-school']),
  svc('hf-teen', 'Teen Night',
      'Friday evening teen drop-in with open gym, video games, and snacks.',
      fees='Free', elig='Ages 13-18.', amin=13, amax=18, areas=['Halvorsen Falls'],
      sch=[sched('FR','18:00','21:00')], phones=[('218-555-0242','voice')], locs=[hf], kinds=['recreation']),
])
# 11 Unified sports
org('unified', 'Wabanica Unified Sports League',
    'Volunteer-run league for athletes with and without intellectual disabilities.',
    'https://wabanicaunified.example', 'coach@wabanicaunified.example', None, [
  svc('uni-sports', 'Unified Basketball, Bocce, and Bowling',
      'Seasonal sports teams that practice weekly and compete in regional tournaments. Athletes with intellectual disabilities play alongside partners without disabilities.',
      fees='No cost to athletes', elig='Athletes 8 and older.', amin=8, areas=[WC],
      sch=[sched('SU','14:00','16:00','Practice at Brennick Middle School gym')], phones=[],
      locs=[loc('Brennick Middle School Gym', '900 Ash Avenue', 'Brennick')], assured=None,
      kinds=['recreation']),
])
# 12 Birchwood Counseling
bw = loc('Birchwood Counseling Center', '51 Lakeview Drive', 'Lake Osmund')
org('birch', 'Birchwood Counseling Center',
    'Community mental health center offering outpatient therapy, psychiatry, and crisis services.',
    'https://www.birchwoodcounseling.example', 'intake@birchwoodcounseling.example', '218-555-0250', [
  svc('bw-youth', 'Youth and Family Therapy',
      'Individual, family, and group therapy for children and teens, including anxiety, depression, trauma, and autism-related needs. School-linked therapists in several districts.',
      fees='Accepts Medical Assistance and most insurance. Sliding fee scale for uninsured.',
      elig='Ages 4-21.', amin=4, amax=21, areas=[WC], sch=[sched('MO,TU,WE,TH','08:00','19:00'), sched('FR','08:00','16:00')],
      phones=[('218-555-0251','voice')], locs=[bw], langs=('English','Spanish'), kinds=['mental-health']),
  svc('bw-crisis', 'Mobile Crisis Response',
      '24/7 mobile mental health crisis team that comes to homes, schools, and community settings.',
      fees='No cost', areas=[WC, 'Ferrin County'], sch=[sched('MO,TU,WE,TH,FR,SA,SU','00:00','23:59','24 hours')],
      phones=[('218-555-0259','hotline')], kinds=['crisis','mental-health']),
])
# 13 HRA
hra = loc('Wabanica HRA Office', '300 Pine Street', 'Brennick')
org('hra', 'Wabanica County Housing & Redevelopment Authority',
    'Public housing authority administering rental assistance for Wabanica County.',
    'https://www.wabanicahra.example', 'housing@wabanicahra.example', '218-555-0260', [
  svc('hra-main', 'Mainstream Housing Vouchers',
      'Rental assistance vouchers for non-elderly adults with disabilities (ages 18-61), including young adults leaving their family home or a group setting. Waitlist opens periodically.',
      fees='Tenant pays about 30% of adjusted income toward rent.', elig='Adults 18-61 with a disability and low income.',
      amin=18, amax=61, areas=[WC], phones=[('218-555-0261','voice')], locs=[hra], kinds=['housing']),
  svc('hra-hcv', 'Housing Choice Voucher Program (Section 8)',
      'Federal rental assistance for low-income households. Waitlist currently closed; call to be notified when it opens.',
      fees='Tenant pays about 30% of adjusted income toward rent.', amin=18, areas=[WC],
      phones=[('218-555-0262','voice')], locs=[hra], assured='2025-11-02', kinds=['housing']),
])
# 14 Food shelf
org('food', 'Grafton Mills Area Food Shelf',
    'Volunteer food shelf.', None, None, '218-555-0270', [
  svc('food-shelf', 'Food Shelf',
      'Groceries once a month per household, plus fresh produce weekly in summer. Home delivery for people who cannot get to the food shelf.',
      fees='Free', elig='Residents of Grafton Mills, Stoughton Prairie and rural areas south of County Road 9.',
      areas=['Grafton Mills','Stoughton Prairie'], sch=[sched('WE','13:00','18:00'), sched('SA','09:00','12:00')],
      phones=[('218-555-0270','voice')], locs=[loc('Grafton Mills Food Shelf', '8 Mill Street', 'Grafton Mills')],
      langs=('English','Spanish','Karen'), assured='2024-03-18', kinds=['food']),
])
# 15 Lakes Regional Hospital
lrh = loc('Lakes Regional Hospital Rehabilitation Center', '2020 Hospital Way', 'Brennick')
org('lrh', 'Lakes Regional Health',
    'Regional hospital and clinics.', 'https://www.lakesregionalhealth.example', None, '218-555-0280', [
  svc('lrh-driver', 'Driver Rehabilitation Evaluation',
      'Occupational therapist driver evaluation: clinical assessment and behind-the-wheel test, with recommendations for adaptive equipment or training. Physician referral required.',
      fees='$450 for full evaluation. Not covered by most insurance; state VR may pay for VR clients with a driving-related employment goal.',
      elig='Age 15 and older with a learner\'s permit or license.', amin=15, areas=[WC, 'Ferrin County'],
      phones=[('218-555-0281','voice')], locs=[lrh], kinds=['driver-evaluation']),
  svc('lrh-peds', 'Pediatric Therapy (OT, PT, Speech)',
      'Outpatient occupational, physical, and speech therapy for children and teens.',
      fees='Billed to insurance or Medical Assistance.', amin=0, amax=21, areas=[WC],
      phones=[('218-555-0282','voice')], locs=[lrh], kinds=['therapy']),
])
# 16 Northland Deaf Services
org('deaf', 'Northland Deaf Services',
    'Regional nonprofit serving Deaf, DeafBlind, and hard of hearing people.',
    'https://www.northlanddeaf.example', 'requests@northlanddeaf.example', '218-555-0290', [
  svc('deaf-interp', 'ASL Interpreter Referral',
      'Schedules certified ASL interpreters for medical, legal, employment, and community appointments.',
      fees='No cost to Deaf consumers; the business or agency is billed.', areas=['Statewide (Minnesota)'],
      phones=[('218-555-0291','voice'), ('218-555-0292','video relay')], langs=('English','ASL'),
      kinds=['interpreter']),
  svc('deaf-youth', 'Deaf and Hard of Hearing Youth Mentoring',
      'Deaf adult mentors meet with DHH teens monthly; includes a summer leadership weekend.',
      fees='Free', elig='Deaf or hard of hearing youth ages 12-21.', amin=12, amax=21,
      areas=[WC, 'Ferrin County'], phones=[('218-555-0293','voice')], langs=('ASL','English'),
      kinds=['peer-mentoring']),
])
# 17 Library
lib = loc('Stoughton Prairie Public Library', '101 Prairie Avenue', 'Stoughton Prairie')
org('lib', 'Stoughton Prairie Public Library',
    'Public library.', 'https://stoughtonprairielibrary.example', None, '218-555-0103', [
  svc('lib-job', 'Job Search Lab',
      'Computers with resume software, help filling out online applications, and a volunteer job search coach on Monday evenings.',
      fees='Free', areas=['Stoughton Prairie','Grafton Mills'], sch=[sched('MO','17:00','20:00','Coach available')],
      phones=[('218-555-0103','voice')], locs=[lib], kinds=['job-search']),
  svc('lib-teen', 'Teen Tech Tutoring',
      'Teens help other teens and adults with phones, email, and computer basics. Volunteer hours count toward school service requirements.',
      fees='Free', elig='Ages 12-18.', amin=12, amax=18, areas=['Stoughton Prairie'],
      phones=[('218-555-0103','voice')], locs=[lib], assured=None, kinds=['tutoring']),
])
# 18 WorkForce Center
wf = loc('Wabanica WorkForce Center', '600 Frontier Road', 'Brennick')
org('wfc', 'Wabanica WorkForce Center',
    'Public employment and training center (WIOA one-stop).', 'https://www.wabanicaworkforce.example',
    'jobs@wabanicaworkforce.example', '218-555-0106', [
  svc('wfc-youth', 'WIOA Youth Program',
      'Career planning, paid work experience, occupational training, and support services for young people facing barriers to employment, including youth with disabilities.',
      fees='Free', elig='Ages 16-24 who meet WIOA youth eligibility (low income or other barriers; disability counts as a barrier).',
      amin=16, amax=24, areas=[WC], phones=[('218-555-0107','voice')], locs=[wf], langs=('English','Spanish','Somali'),
      kinds=['youth-employment']),
  svc('wfc-job', 'Job Search Assistance',
      'Resume help, job postings, workshops, and computer access for any job seeker.',
      fees='Free', areas=[WC], sch=[sched('MO,TU,WE,TH,FR','08:00','16:30')],
      phones=[('218-555-0106','voice')], locs=[wf], kinds=['job-search']),
])
# 19 Camp
org('camp', 'Camp Northwind',
    'Accessible summer camp on Lake Osmund for children and adults with disabilities.',
    'https://www.campnorthwind.example', 'camper@campnorthwind.example', '218-555-0108', [
  svc('camp-summer', 'Summer Residential Camp',
      'One-week overnight camp sessions with swimming, canoeing, crafts and campfires. Nursing staff on site; 1:3 staff ratio.',
      fees='$875 per week; waiver funds and camperships accepted.', elig='Ages 7-30 with developmental or physical disabilities.',
      amin=7, amax=30, areas=['Statewide (Minnesota)'], locs=[loc('Camp Northwind', '4400 North Shore Trail', 'Lake Osmund')],
      phones=[('218-555-0109','voice')], kinds=['camp','recreation','respite']),
  svc('camp-weekend', 'Respite Weekends',
      'Friday-to-Sunday respite weekends in October, January, March and May.',
      fees='$260 per weekend; waiver funds accepted.', elig='Ages 10-40.', amin=10, amax=40,
      areas=['Statewide (Minnesota)'], locs=[loc('Camp Northwind', '4400 North Shore Trail', 'Lake Osmund')],
      phones=[('218-555-0109','voice')], kinds=['respite']),
])
# 20 Centro Latino
cl = loc('Centro Latino de Wabanica', '45 Second Avenue NW', 'Grafton Mills')
org('centro', 'Centro Latino de Wabanica',
    'Community organization serving Latino families in Wabanica County.', 'https://centrolatinowabanica.example',
    'info@centrolatinowabanica.example', '218-555-0110', [
  svc('cl-nav', 'Family Navigation / Navegación Familiar',
      'Bilingual navigators help families understand school special education, county services, and health coverage; interpretation at IEP meetings on request.',
      fees='Gratis / Free', areas=[WC], phones=[('218-555-0111','voice')], locs=[cl], langs=('Spanish','English'),
      kinds=['parent-support','family-navigation']),
  svc('cl-esl', 'English Classes for Adults',
      'Evening English classes, beginner to intermediate. Child care provided.',
      fees='Free', elig='Adults 18+.', amin=18, areas=['Grafton Mills','Stoughton Prairie','Halvorsen Falls'],
      sch=[sched('MO,WE','18:00','20:00')], phones=[('218-555-0111','voice')], locs=[cl], langs=('Spanish','English'),
      kinds=['adult-education']),
])
# 21 Somali community association
org('somali', 'Lake Country Somali Community Association',
    'Mutual aid and family support organization.', None, 'lcsca@mailbox.example', '218-555-0112', [
  svc('so-fam', 'Family Support and Disability Navigation',
      'Somali-speaking staff help families with autism and other disabilities connect to county case management, waiver services, and school supports.',
      fees='Free', areas=['Brennick','Lake Osmund'], phones=[('218-555-0113','voice')],
      locs=[loc('LCSCA Office', '310 Third Street SE', 'Brennick')], langs=('Somali','English'),
      kinds=['parent-support','family-navigation']),
  svc('so-youth', 'Youth Homework Club',
      'After-school tutoring and mentoring for Somali youth.', fees='Free', amin=10, amax=18,
      areas=['Brennick'], phones=[('218-555-0114','voice')], langs=('Somali','English'),
      locs=[loc('LCSCA Office', '310 Third Street SE', 'Brennick')], kinds=['tutoring','after-school']),
])
# 22 County public health
org('ph', 'Wabanica County Public Health',
    'Public health division of Wabanica County Health & Human Services.', 'https://www.wabanicacounty-mn.example/publichealth',
    'publichealth@wabanicacounty-mn.example', '218-555-0130', [
  svc('ph-cyshn', 'Children and Youth with Special Health Needs Care Coordination',
      'Public health nurses help families of children with chronic health conditions coordinate care, find specialists, and plan the move from pediatric to adult health care.',
      fees='No cost', elig='Birth to 21 with a chronic health condition.', amin=0, amax=21,
      areas=[WC], phones=[('218-555-0131','voice')], locs=[hhs], langs=('English','Spanish','Somali','Hmong'),
      kinds=['health-care-coordination']),
])
# 23 Ferrin County DAC
org('ferrindac', 'Ferrin County Developmental Achievement Center',
    'Day services provider in Ferrin County.', 'https://ferrindac.example', None, '218-555-0132', [
  svc('fdac-dths', 'Day Training and Habilitation',
      'Weekday program for adults with developmental disabilities with community outings, skill building, and paid work options.',
      fees='Funded through waiver services.', elig='Adults 18+ with a developmental disability and a waiver.', amin=18,
      areas=['Ferrin County'], phones=[('218-555-0133','voice')],
      locs=[loc('Ferrin DAC', '55 Depot Street', 'Ferrin City')], kinds=['day-program']),
  svc('fdac-trans', 'Transportation to Day Program',
      'Van transportation from Ferrin City and Oxbow to DAC programs.', fees='Included with program.',
      areas=['Ferrin City','Oxbow'], phones=[('218-555-0134','voice')], kinds=['transportation']),
])
# 24 Benefits planning
org('nsb', 'Northstar Benefits Planning',
    'Nonprofit work incentives planning and assistance.', 'https://www.northstarbenefits.example',
    'plan@northstarbenefits.example', '218-555-0135', [
  svc('nsb-wipa', 'Work Incentives Benefits Planning',
      'Certified benefits planners explain how a job will affect SSI, SSDI, Medical Assistance and waiver services; includes SEIE, PASS plans, ABLE accounts, and MA-EPD. Written benefits summary provided.',
      fees='Free', elig='Ages 14 and up who receive or have applied for SSI or SSDI, or who are VR clients.', amin=14,
      areas=['Statewide (Minnesota)'], phones=[('218-555-0136','voice')], langs=('English','Spanish','Hmong'),
      kinds=['benefits-counseling']),
])
# 25 Little Sauk Landing
org('lsl', 'Little Sauk Landing Area Seniors & Disability Services',
    'Small nonprofit', None, None, '218-555-0137', [
  svc('lsl-chore', 'Chore and Volunteer Driver Program',
      'Volunteer drivers for medical appointments and grocery trips, plus seasonal chore help (snow shoveling, yard work).',
      fees='Donations accepted; no one is charged.', elig='Older adults and adults with disabilities.', amin=18,
      areas=['Little Sauk Landing','Pine Haven','Halvorsen Falls'], phones=[('218-555-0138','voice')],
      locs=[loc('Little Sauk Landing Community Hall', '9 Landing Road', 'Little Sauk Landing')],
      kinds=['transportation','chore']),
])
# 26 North Ardell Youth Ranch (horse therapy)
org('ranch', 'North Ardell Therapeutic Riding',
    'Therapeutic horseback riding center.', 'https://northardellriding.example', 'ride@northardellriding.example', '218-555-0139', [
  svc('ranch-ride', 'Therapeutic Riding Lessons',
      'Weekly adaptive riding lessons May through October with certified instructors and side-walkers.',
      fees='$35 per lesson; limited scholarships.', elig='Ages 4 and older; physician release required.', amin=4,
      areas=['North Ardell','Pine Haven','Lake Osmund'], locs=[loc('North Ardell Therapeutic Riding', '1220 County Road 41', 'North Ardell')],
      phones=[('218-555-0145','voice')], kinds=['recreation','therapy']),
])

data = ORGS
json.dump(data, open('/work/blind/sealed-2/knowledge/directory/wabanica-county-211.json','w'), indent=2)
with open('/work/blind/sealed-2/kinds.csv','w') as f:
    f.write('service_id,service_name,kinds\n')
    for sid,(k,n,ks) in KINDS.items():
        f.write(f'{sid},"{n}",{";".join(ks)}\n')
with open('/work/blind/sealed-2/gen/keys.json','w') as f:
    json.dump({k:sid for sid,(k,n,ks) in KINDS.items()}, f, indent=1)
print(len(ORGS), 'orgs', len(KINDS), 'services')
