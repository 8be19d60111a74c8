#!/usr/bin/env python3
"""Builds places.csv, knowledge/directory/jasmine-211-export.json and kinds.csv.
Everything here is invented (region, organizations, people, phones 555-01xx, example.org)."""
import csv, json, os, uuid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a4e-2b11-4b7a-9d3e-211000000211")
STATE = "MI"

# town, county, zip, lat, lon
PLACES = [
    ("Fennick", "Tamarack", "49410", 44.052, -86.004),
    ("Fennick", "Tamarack", "49411", 44.070, -85.990),
    ("Ludlow Falls", "Tamarack", "49415", 44.221, -86.102),
    ("Brackett", "Tamarack", "49418", 43.879, -86.148),
    ("Sorrel Lake", "Tamarack", "49421", 44.151, -85.853),
    ("Harwood", "Osprey", "49630", 44.018, -85.552),
    ("Harwood", "Osprey", "49631", 44.034, -85.530),
    ("Dunmore", "Osprey", "49634", 44.203, -85.447),
    ("Wicklow", "Osprey", "49637", 43.851, -85.602),
    ("Quarry Hill", "Osprey", "49639", 43.948, -85.381),
    ("Ashby", "Kettle", "49650", 44.047, -85.052),
    ("Ashby", "Kettle", "49651", 44.063, -85.031),
    ("Bramwell", "Kettle", "49655", 44.248, -84.951),
    ("Norris Bend", "Kettle", "49658", 43.862, -85.118),
    ("Pine Hollow", "Kettle", "49660", 44.102, -84.853),
]
TOWN = {}
for t, c, z, la, lo in PLACES:
    TOWN.setdefault(t, (z, la, lo))

_phone = [100]
def ph(n=None):
    if n is None:
        _phone[0] += 1
        n = _phone[0]
    return {"number": "(231) 555-%04d" % n}

def loc(name, addr, town, coords=True, zip_=None, d=(0.004, -0.003)):
    z, la, lo = TOWN[town]
    l = {"name": name,
         "addresses": [{"address_1": addr, "city": town, "state_province": STATE,
                        "postal_code": zip_ or z}]}
    if coords:
        l["latitude"] = round(la + d[0], 5)
        l["longitude"] = round(lo + d[1], 5)
    else:
        l["latitude"] = None
        l["longitude"] = None
    return {"location": l}

def area(name, desc=None):
    return {"name": name, "description": desc}

def sch(byday, o, c, desc=None):
    return {"byday": byday, "opens_at": o, "closes_at": c, "description": desc}

def lang(*names):
    return [{"name": n} for n in names]

WK = "MO,TU,WE,TH,FR"
ALL = "MO,TU,WE,TH,FR,SA,SU"

ORGS = []   # (key, name, slug, [services])
KINDS = {}  # service key -> kind

def org(key, name, slug):
    o = {"key": key, "name": name, "slug": slug, "services": []}
    ORGS.append(o)
    return o

def svc(o, key, kind, name, description, fees, elig, languages, areas, schedules, phones,
        locations, status="active", assured="2024-05-01", min_age="omit", max_age="omit",
        url=None, email="omit"):
    s = {"id": str(uuid.uuid5(NS, key)), "name": name, "description": description,
         "url": url if url is not None else "https://example.org/%s" % o["slug"],
         "email": ("%s@example.org" % o["slug"]) if email == "omit" else email,
         "status": status, "fees_description": fees, "eligibility_description": elig}
    if min_age != "omit":
        s["minimum_age"] = min_age
    if max_age != "omit":
        s["maximum_age"] = max_age
    s.update({"assured_date": assured, "languages": languages, "service_areas": areas,
              "schedules": schedules, "phones": phones, "service_at_locations": locations})
    s["_key"] = key
    o["services"].append(s)
    KINDS[key] = kind
    return s

# ---------------------------------------------------------------- organizations / services
o = org("bvr", "Bureau of Vocational Rehabilitation - Northern District", "bvr-north")
svc(o, "V1", "vocational_rehab", "BVR Fennick District Office",
    "Vocational rehabilitation counseling, job placement, training and assistive technology for "
    "people with disabilities who want to work. Counselors also take referrals for transition-age students.",
    "No cost to eligible individuals; some services depend on a financial needs review.",
    "Documented disability that is a barrier to getting or keeping a job.",
    lang("English", "Spanish"), [area("Tamarack County", "Tamarack County residents")],
    [sch(WK, "08:00", "17:00")], [ph(101)],
    [loc("BVR Fennick District Office", "212 Courthouse Sq, Suite 3", "Fennick")],
    assured="2024-11-04")
svc(o, "V2", "vocational_rehab", "BVR Harwood District Office",
    "Vocational rehabilitation (VR): eligibility determination, an Individualized Plan for Employment, "
    "job search help, college and training support. Walk-in orientation the first Monday of the month.",
    "No cost to eligible individuals.",
    "People with disabilities who need help to prepare for, get or keep a job.",
    lang("English", "Arabic"), [area("Osprey County"), area("Kettle County", "Itinerant counselor in Ashby on Wednesdays")],
    [sch(WK, "08:00", "17:00"), sch("TH", "17:00", "19:00", "Thursday evening appointments")],
    [ph(102), ph(103)], [loc("BVR Harwood District Office", "45 Mill Race Rd", "Harwood", zip_="49631")],
    assured="2025-01-15")
svc(o, "V3", "vocational_rehab", "BVR Ashby Outstation",
    "Satellite VR office. CLOSED - Ashby customers are now served from the Harwood District Office.",
    "No cost.", "", lang("English", "Arabic"), [area("Ashby"), area("Norris Bend")],
    [sch("WE", "09:00", "15:00")], [ph(104)],
    [loc("Ashby Outstation", "9 Depot St", "Ashby")], status="inactive", assured="2021-06-30")
svc(o, "P1", "pre_ets", "Pre-Employment Transition Services (Pre-ETS)",
    "For students with disabilities ages 14-21 who are in school: job exploration counseling, "
    "work-based learning, counseling on college and training, workplace readiness and "
    "self-advocacy instruction. Delivered at the student's high school; an IEP or 504 plan is enough to refer.",
    "Free to students.", "Student with a disability enrolled in secondary or postsecondary education.",
    lang("English", "Spanish"), [area("Statewide")], [], [ph(105)], [], assured="2024-09-09")

o = org("cftb", "State Commission for the Blind", "cftb")
svc(o, "V4", "vocational_rehab", "Blind & Low Vision Services - North Region",
    "Vocational rehabilitation for people who are blind or have low vision: orientation and mobility, "
    "adaptive technology, job placement. Counselors travel to you.",
    "No fee for eligible consumers.", "Legally blind or a progressive eye condition.",
    lang("English"), [area("North Region", "see map on website"), area("Statewide")],
    [sch(WK, "08:00", "16:30")], [ph(106)], [], assured=None)

o = org("oisd", "Osprey Intermediate School District", "osprey-isd")
svc(o, "P2", "pre_ets", "Bridges Summer Work Academy",
    "Six-week summer work experience for students with IEPs: job-site rotations at local employers "
    "with a job coach, plus a weekly soft-skills class. Funded by Pre-ETS.",
    "Free; students earn a stipend.", "Current Osprey County high school students with an IEP or 504 plan.",
    lang("English"), [area("Osprey County")], [sch("MO,TU,WE,TH", "08:30", "14:30", "June 16 - July 25")],
    [ph(107)], [loc("Harwood High School, Room 114", "600 School St", "Harwood")],
    min_age=16, max_age=21, assured="2025-02-20")
svc(o, "M4", "youth_mental_health", "School-Based Health Center - Wicklow",
    "Therapy and health care inside Wicklow High School for students 10 to 21, including students "
    "in the transition program. Counselors see students during the school day.",
    "No cost to students; Medicaid billed when the student has it.", "Enrolled students.",
    lang("English", "Spanish"), [area("Wicklow")], [sch(WK, "07:45", "15:15")], [ph(108)],
    [loc("Wicklow High School", "1 Panther Way", "Wicklow")], assured="2024-08-19")

o = org("karc", "The Arc of Kettle County", "kettle-arc")
svc(o, "P3", "pre_ets", "Career Compass",
    "Saturday workshops for students 15 to 21 with disabilities: job exploration, mock interviews, "
    "and practicing how to ask for accommodations. Students may come with a parent.",
    "No fee.", "Students with an IEP or 504 plan.", lang("English", "Spanish"),
    [area("Ashby, Bramwell, Pine Hollow")], [sch("SA", "10:00", "13:00")], [ph(109)],
    [loc("Arc Office", "77 Front St", "Ashby", coords=False)], assured="2023-10-02")
svc(o, "SE3", "supported_employment", "Customized Employment",
    "Discovery, job development and on-the-job coaching for people with significant disabilities. "
    "A job developer negotiates a job that fits the person's interests.",
    "Sliding scale for private pay; Medicaid waiver and BVR authorizations accepted.",
    "Adults with intellectual or developmental disabilities.", lang("English"),
    [area("Kettle")], [sch(WK, "08:00", "16:00")], [ph(109)],
    [loc("Arc Office", "77 Front St", "Ashby", coords=False)], assured="2023-10-02")
svc(o, "R2", "respite", "Saturday Break",
    "Group respite on Saturdays for children and teens ages 6 to 21 with disabilities so parents and "
    "caregivers get a few hours off. Games, crafts, gym time, lunch included.",
    "$10 per session; scholarships available.", "Must complete an intake visit first.",
    lang("English"), [area("Ashby, Norris Bend, Pine Hollow, Bramwell")],
    [sch("SA", "10:00", "15:00")], [ph(110)],
    [loc("First Lutheran Church Fellowship Hall", "300 Elm St", "Ashby", d=(0.002, 0.004))],
    assured="2024-12-01")
svc(o, "R5", "respite", "Respite Connection",
    "Matched Saturday respite providers for families of children with disabilities.",
    "No cost.", "", lang("English"), [area("Kettle County")], [sch("SA", "09:00", "17:00")], [ph(111)],
    [loc("Respite Connection", "14 Main St", "Norris Bend")], status="inactive", assured="2020-03-01")
svc(o, "PA4", "parent_training", "Family Navigation",
    "A parent navigator who has a child with a disability helps families through IEP meetings, "
    "transition planning and adult services. Also runs a monthly parent coffee.",
    "Free.", "Families in Kettle County.", lang("English"), [area("Ashby"), area("Bramwell")],
    [sch(WK, "09:00", "15:00")], [ph(112)], [], assured="2024-02-14")

o = org("tworks", "Tamarack Works", "tamarack-works")
svc(o, "P4", "pre_ets", "Work-Based Learning Experiences",
    "Paid after-school work experiences at local businesses with a job coach, under contract with BVR.",
    "Paid by BVR; free to students.", "Students with disabilities referred by BVR or their school.",
    lang("English"), [area("49410, 49411, 49415, 49421")],
    [sch(WK, "15:00", "18:00")], [ph(113)],
    [loc("Tamarack Works", "18 Industrial Pkwy", "Fennick", zip_="49411")], min_age=16, max_age=None,
    assured="2024-10-10")
svc(o, "SE1", "supported_employment", "Tamarack Works - Job Coaching",
    "Individual job placement and on-site job coaching for adults 18 and older with developmental "
    "disabilities, brain injury or mental illness. Long-term follow-along after the job is stable.",
    "Billed to BVR or the Medicaid waiver; no cost to the worker.",
    "Age 18 and older with a disability; BVR or Medicaid funding in place.",
    lang("English", "Spanish"), [area("Tamarack County")], [sch(WK, "07:00", "16:00")], [ph(113)],
    [loc("Tamarack Works", "18 Industrial Pkwy", "Fennick", zip_="49411")], assured="2024-10-10")
svc(o, "SE5", "supported_employment", "Supported Employment - Brackett Satellite",
    "Job coaching out of the Brackett satellite office. Program merged into the Fennick office.",
    "Medicaid waiver.", "", lang("English", "Spanish"), [area("Brackett")], [sch(WK, "08:00", "16:00")],
    [ph(114)], [loc("Brackett Satellite", "5 Harbor St", "Brackett")], status="inactive", assured=None)

o = org("lpn", "Lakeshore Peer Network", "lakeshore-peer")
svc(o, "P5", "pre_ets", "Peer Mentoring for Students",
    "Young adults with disabilities mentor high school students on self-advocacy and planning for life after school.",
    "Free.", "Students ages 14-22 with an IEP.", lang("English", "Vietnamese"),
    [area("Lakeshore Region")], [sch("TU,TH", "15:30", "17:30")], [ph(115)], [], assured="2022-04-18")

o = org("pathfinder", "Pathfinder Employment Services", "pathfinder")
svc(o, "SE2", "supported_employment", "Pathfinder Supported Employment",
    "Job development, job coaching and follow-along supports for people with disabilities who want "
    "competitive, integrated work.", "Medicaid Habilitation Supports Waiver or BVR authorization.",
    "Adults with disabilities.", lang("English"), [area("Osprey and Kettle Counties")],
    [sch(WK, "08:00", "17:00")], [ph(116)],
    [loc("Pathfinder", "210 Commerce Dr", "Harwood", d=(-0.003, 0.006))], min_age=18, assured="2025-03-03")
svc(o, "BC2", "benefits_counseling", "Benefits Planning",
    "A Certified Work Incentive Counselor reviews how earnings will affect SSI, SSDI, Medicaid and "
    "housing help, and writes a benefits summary. Includes PASS plans and ticket-to-work questions.",
    "No cost for Pathfinder participants; others call to ask.", "People receiving SSI or SSDI.",
    lang("English"), [area("Osprey County")],
    [sch(WK, "09:00", "16:00"), sch("WE", "16:00", "19:00", "evening appointments")], [ph(117)],
    [loc("Pathfinder", "210 Commerce Dr", "Harwood", d=(-0.003, 0.006))], assured="2025-03-03")

o = org("ocmh", "Osprey Community Mental Health Authority", "osprey-cmh")
svc(o, "SE4", "supported_employment", "Project Forward",
    "Individual Placement and Support (IPS) for people with serious mental illness: rapid job search, "
    "employment specialist on the treatment team, benefits planning referral.",
    "Medicaid; no one turned away for inability to pay.", "Open CMH consumers.",
    lang("English", "Spanish"), [area("Call to ask")], [sch(WK, "08:30", "17:00")], [ph(118)],
    [loc("Osprey CMH Main Clinic", "1010 Lakeview Ave", "Harwood")], assured="2023-07-12")
svc(o, "R1", "respite", "Family Respite Program",
    "Trained respite workers come to the family home so parents can rest, run errands or sleep. "
    "Children and adults with developmental disabilities or serious emotional disturbance.",
    "Medicaid waiver; sliding scale for families without Medicaid.",
    "Open CMH consumers or Family Support Subsidy recipients.", lang("English", "Spanish"),
    [area("Osprey County")], [sch(ALL, "08:00", "22:00", "by arrangement")], [ph(119)], [],
    assured="2024-06-30")
svc(o, "M1", "youth_mental_health", "Youth & Family Services",
    "Outpatient therapy, psychiatric care, home-based services and case management for children, "
    "teens and young adults with emotional or behavioral needs.",
    "Medicaid; sliding scale for the uninsured.", "Osprey County residents.",
    lang("English", "Spanish"), [area("Osprey County")],
    [sch(WK, "08:00", "17:00"), sch("MO,WE", "17:00", "20:00", "evening therapy")], [ph(120)],
    [loc("Osprey CMH Main Clinic", "1010 Lakeview Ave", "Harwood")], min_age=3, max_age=21,
    assured="2024-06-30")
svc(o, "C2", "crisis_line", "Mobile Crisis Response",
    "24-hour crisis phone line; a crisis team can come to the home, school or ER. For any age.",
    "Free.", "Anyone in a mental health crisis.", lang("English"),
    [area("Osprey and Kettle counties", "mobile team reaches all of both counties")],
    [sch(ALL, "00:00", "23:59", "24/7")], [ph(121)], [], assured="2025-01-02")

o = org("nwb", "Northwoods Workforce Board", "northwoods-works")
svc(o, "Y1", "youth_jobs", "Summer Youth Employment Program",
    "Paid summer jobs for youth 16 to 24 at parks, non-profits and local businesses, with a work-readiness "
    "week first. Youth with disabilities are encouraged to apply.",
    "Free. Participants are paid minimum wage.", "Low-income youth or youth with a disability.",
    lang("English", "Spanish"), [area("Tamarack County"), area("Osprey County")],
    [sch(WK, "09:00", "17:00")], [ph(122)],
    [loc("American Job Center - Fennick", "400 Lake St", "Fennick")], assured="2025-04-01")
svc(o, "Y2", "youth_jobs", "WIOA Youth Services",
    "Year-round job readiness, paid internships, GED help and career coaching for out-of-school and in-school youth.",
    "No cost.", "Income or barrier requirements apply.", lang("English"), [area("Kettle County")],
    [sch(WK, "08:00", "16:30"), sch("TU", "16:30", "19:00")], [ph(123)],
    [loc("American Job Center - Ashby", "88 Main St", "Ashby", zip_="49651")], min_age=14, max_age=24,
    assured="2024-07-22")

o = org("hpl", "Harwood Public Library", "harwood-library")
svc(o, "Y3", "youth_jobs", "Teen Hire Fridays",
    "Drop-in resume, job application and interview help for ages 14-19; first jobs, work permits, "
    "summer job listings.", "Free.", "", lang("English", "Spanish", "Arabic"), [area("Harwood")],
    [sch("FR", "15:30", "17:30")], [ph(124)],
    [loc("Harwood Public Library", "120 N Main St", "Harwood", d=(0.001, 0.001))], assured="2025-02-07")

o = org("slc", "Sorrel Lake Conservancy", "sorrel-conservancy")
svc(o, "Y4", "youth_jobs", "Green Corps Crew",
    "Paid outdoor crew: trail building, invasive plant removal, shoreline clean-up. Summer only.",
    "No fee; crew members earn a stipend.", "Must be able to work outdoors with accommodations.",
    lang("English"), [area("Sorrel Lake, Ludlow Falls, Fennick")],
    [sch("MO,TU,WE,TH", "07:30", "15:30")], [ph(125)],
    [loc("Conservancy Barn", "2 Shore Rd", "Sorrel Lake")], min_age=15, max_age=18, assured="2024-03-11")

o = org("oata", "Osprey Area Transit Authority", "oata")
svc(o, "T1", "travel_training", "Ride Ready",
    "One-on-one travel training for teens and adults with disabilities: planning a trip, reading the "
    "schedule, paying the fare, transfers, what to do if lost. A trainer rides along until you are ready.",
    "Free.", "Able to ride fixed-route with training.", lang("English", "Spanish"), [area("Osprey County")],
    [sch(WK, "09:00", "15:00")], [ph(126)],
    [loc("Harwood Transit Center", "5 Depot Square", "Harwood")], assured="2024-09-30")
svc(o, "PT1", "paratransit", "OATA Dial-A-Ride",
    "ADA complementary paratransit and general dial-a-ride: curb-to-curb rides by reservation.",
    "$3.00 per one-way trip; personal care attendant rides free.",
    "ADA paratransit certification required for the ADA fare.", lang("English", "Spanish"),
    [area("Osprey County")], [sch("MO,TU,WE,TH,FR,SA", "06:00", "19:00")], [ph(127)],
    [loc("Harwood Transit Center", "5 Depot Square", "Harwood")], assured="2024-09-30")

o = org("kcil", "Kettle Center for Independent Living", "kettle-cil")
svc(o, "T2", "travel_training", "Independence on the Go",
    "Peer travel training for people 16 and older: walking routes, the Kettle Connect bus, rideshare apps.",
    "No charge.", "", lang("English"), [area("Ashby, Bramwell")],
    [sch(WK, "10:00", "18:00")], [ph(128)],
    [loc("Kettle CIL", "31 Water St", "Ashby", d=(-0.002, -0.004))], assured="2023-12-12")
svc(o, "IL1", "independent_living", "Core Independent Living Services",
    "Independent living skills, peer support, advocacy, information and referral, and help moving "
    "from school or a nursing facility into the community.", "Free.",
    "People with disabilities of any age.", lang("English", "American Sign Language"),
    [area("Kettle County"), area("Osprey County")], [sch(WK, "09:00", "17:00")], [ph(128)],
    [loc("Kettle CIL", "31 Water St", "Ashby", d=(-0.002, -0.004))], assured="2023-12-12")
svc(o, "IL3", "independent_living", "Youth Transition Program",
    "Young adults 14 to 24 learn to manage money, cook, use transit and advocate for themselves; "
    "monthly outings.", "Free.", "", lang("English"), [area("North Osprey")],
    [sch("WE", "15:00", "18:00")], [ph(129)],
    [loc("Dunmore Community Room", "12 Pine St", "Dunmore", coords=False)], assured="2022-09-01")

o = org("tamtran", "Tamarack Transit (TamTran)", "tamtran")
svc(o, "T3", "travel_training", "Transit Buddies",
    "Volunteer bus buddies ride with new riders on Saturday mornings until they feel confident.",
    "Free.", "", lang("English"), [area("ZIP codes 49410-49421")],
    [sch("SA", "09:00", "12:00")], [ph(130)], [], assured="2024-01-08")
svc(o, "PT4", "paratransit", "TamTran Demand Response",
    "Door-to-door demand response van. Book by 3 pm the day before. Wheelchair lifts on all vans.",
    "$2.50 per ride; half fare for riders with disabilities.", "Open to the public.",
    lang("English"), [area("Fennick, Sorrel Lake, Ludlow Falls")],
    [sch(WK, "07:00", "18:00"), sch("SA", "09:00", "15:00")], [ph(131)],
    [loc("TamTran Garage", "900 County Rd 12", "Fennick", d=(0.010, 0.012))], assured="2024-01-08")

o = org("tisd", "Tamarack Intermediate School District", "tamarack-isd")
svc(o, "T4", "travel_training", "Mobility Skills",
    "Transition-program students practice getting to jobs and errands on foot and by bus.",
    "Free for enrolled students.", "Enrolled in the Tamarack 18-26 transition program.",
    lang("English"), [], [sch(WK, "08:00", "14:30")], [ph(132)],
    [loc("Brackett Transition Center", "40 Harbor St", "Brackett")], min_age=18, max_age=26,
    assured="2024-08-26")
svc(o, "PA3", "parent_training", "Transition Night",
    "Evening workshop series for parents: the transition IEP, guardianship and alternatives, "
    "Medicaid waivers, adult services. Childcare provided.", "Free.", "",
    lang("English"), [area("49410, 49411, 49415, 49418, 49421")],
    [sch("TH", "18:00", "20:00", "2nd Thursday, Sept-May")], [ph(133)],
    [loc("Tamarack ISD Service Center", "1500 W Lake Rd", "Fennick")], assured="2024-08-26")

o = org("kconnect", "Kettle Connect Transit", "kettle-connect")
svc(o, "PT2", "paratransit", "Kettle Connect",
    "Demand-response bus service; riders call to schedule pick-ups anywhere in the service area.",
    "Fares $2; Medicaid rides at no cost with prior authorization.", "", lang("English"),
    [area("Kettle County")], [sch(WK, "07:00", "17:00")], [ph(134)], [], assured="2023-05-19")

o = org("lmr", "Lakeshore Medical Rides", "lakeshore-rides")
svc(o, "PT3", "paratransit", "Non-Emergency Medical Transportation",
    "Rides to medical, dental and behavioral health appointments for Medicaid members; wheelchair vans available.",
    "Medicaid covers rides to Medicaid-covered appointments.", "Active Medicaid.",
    lang("English", "Spanish", "Arabic"), [area("Statewide")], [sch(WK, "08:00", "17:00", "call center")],
    [ph(135)], [], assured="2024-04-04")

o = org("hrh", "Harwood Regional Hospital", "harwood-regional")
svc(o, "D1", "drivers_ed", "Adaptive Driver Rehabilitation Program",
    "Clinical driving evaluation by an occupational therapist, behind-the-wheel training with adaptive "
    "equipment (hand controls, spinner knobs), and vehicle modification recommendations.",
    "Billed to health insurance; BVR may pay for eligible clients.", "Physician referral required.",
    lang("English"), [area("Tri-County", "serves Osprey, Tamarack and Kettle counties")],
    [sch(WK, "08:00", "16:30")], [ph(136)],
    [loc("HRH Rehab Pavilion", "2200 Hospital Dr", "Harwood", d=(0.012, -0.010))], min_age=15,
    assured="2024-11-20")

o = org("ads", "Ashby Driving School", "ashby-driving")
svc(o, "D2", "drivers_ed", "Teen Driver Education",
    "Segment 1 and 2 classroom and behind-the-wheel instruction for teens 15-18. "
    "Instructors have worked with students with IEPs.",
    "$395; payment plans.", "", lang("English"), [area("Kettle County")],
    [sch("MO,TU,WE,TH", "16:00", "18:00"), sch("SA", "09:00", "13:00")], [ph(137)],
    [loc("Ashby Driving School", "610 Main St", "Ashby", coords=False)], assured="2023-02-27")

o = org("ssda", "Safe Start Driving Academy", "safe-start")
svc(o, "D3", "drivers_ed", "Safe Start Driving",
    "Driver education classes and road practice; classes also taught in Spanish.",
    "$350 per segment.", "", lang("English", "Spanish"), [area("Fennick")],
    [sch("TU,TH", "18:00", "20:00")], [ph(138)],
    [loc("Safe Start", "77 Lake St", "Fennick")], assured=None)

o = org("tcil", "Tamarack Center for Independent Living", "tamarack-cil")
svc(o, "IL2", "independent_living", "Life Skills Lab",
    "Hands-on classes in cooking, budgeting, laundry and apartment hunting for young adults 17 to 26 "
    "with disabilities.", "No charge.", "", lang("English", "Spanish"), [area("Tamarack County")],
    [sch("TU,TH", "15:30", "18:30")], [ph(139)],
    [loc("Tamarack CIL", "15 Second St", "Fennick")], assured="2025-01-27")
svc(o, "R3", "respite", "Caregiver Relief Vouchers",
    "Vouchers a family can use to pay a respite provider they choose, including relatives who do not live in the home.",
    "No cost; vouchers up to 40 hours per year.",
    "Family caregivers of a person of any age with a disability.", lang("English"),
    [area("Tamarack County")], [], [ph(139)], [], assured="2024-04-15")

o = org("harbor", "Harbor House Respite", "harbor-house")
svc(o, "R4", "respite", "Harbor House Overnight Respite",
    "Planned overnight respite stays in a four-bed home with awake overnight staff.",
    "Medicaid waiver or $150 per night private pay.", "Adults with developmental disabilities.",
    lang("English"), [area("Region 6")],
    [sch("FR,SA", "17:00", "23:00", "check-out 10:00 next morning")], [ph(140)],
    [loc("Harbor House", "8 Willow Ln", "Wicklow", d=(0.006, 0.005))], min_age=18, assured="2022-11-30")

o = org("maple", "Maple Street Services", "maple-street")
svc(o, "A1", "adult_day", "Maple Street Day Program",
    "Community-based day program for adults with developmental disabilities: volunteering, "
    "life skills, art and outings.", "Medicaid waiver; private pay $85/day.", "",
    lang("English"), [], [sch(WK, "08:00", "15:00")], [ph(141)],
    [loc("Maple Street Services", "303 Maple St", "Fennick")], min_age=18, max_age=None,
    assured="2024-02-02")

o = org("hads", "Harwood Adult Day Services", "harwood-adult-day")
svc(o, "A2", "adult_day", "Harwood Adult Day Services",
    "Supervised day program with nursing, meals and activities for adults 18 and older who need support "
    "during the day.", "Sliding scale; Medicaid accepted.", "", lang("English", "Arabic"),
    [area("Osprey County")], [sch(WK, "07:30", "17:30")], [ph(142)],
    [loc("Harwood Adult Day", "70 Elm St", "Harwood", coords=False)], assured="2023-08-08")

o = org("clubhouse", "Ashby Clubhouse", "ashby-clubhouse")
svc(o, "A3", "adult_day", "The Clubhouse",
    "Skill-building day program after high school: work units, community outings, fitness.",
    "Medicaid.", "Must have left high school.", lang("English"),
    [area("49650, 49651, 49655, 49658, 49660")], [sch(WK, "09:00", "15:00")], [ph(143)],
    [loc("Ashby Clubhouse", "5 Mill St", "Ashby", coords=False)], min_age=22, assured="2024-10-01")

o = org("wdo", "Wicklow Day Options", "wicklow-day")
svc(o, "A4", "adult_day", "Day Options",
    "Day habilitation for adults 18+ with intellectual disabilities.", "Medicaid waiver.", "",
    lang("English", "Spanish"), [area("Wicklow, Quarry Hill")], [sch(WK, "08:30", "14:30")], [ph(144)],
    [loc("Day Options", "19 County Rd 4", "Wicklow")], assured="2024-05-21")

o = org("oparks", "Osprey County Parks & Recreation", "osprey-parks")
svc(o, "RC1", "recreation", "Unified Sports League",
    "Adaptive and unified basketball, bowling and soccer for ages 8 and older. Practices Tuesday "
    "evenings, games Saturdays.", "Free.", "", lang("English", "Spanish"), [area("Osprey County")],
    [sch("SA", "09:00", "12:00"), sch("TU", "18:00", "20:00")], [ph(145)],
    [loc("Harwood Rec Center", "500 Park Ave", "Harwood")], assured="2024-12-09")

o = org("ffc", "Fennick Friday Club", "friday-club")
svc(o, "RC2", "recreation", "Friday Night Social Club",
    "Dances, game nights and outings for teens and young adults 16 to 30 with disabilities.",
    "$5 per night.", "", lang("English"), [area("Fennick, Brackett, Ludlow Falls")],
    [sch("FR", "18:00", "21:00")], [ph(146)],
    [loc("Fennick Community Center", "11 Lake St", "Fennick")], assured="2023-09-15")

o = org("ckp", "Camp Kettle Pines", "camp-kettle-pines")
svc(o, "RC3", "recreation", "Camp Kettle Pines",
    "Summer day and overnight camp for children and teens with disabilities; swimming, canoeing, archery.",
    "Sliding scale; campership grants.", "", lang("English"), [area("Statewide")],
    [sch(WK, "09:00", "16:00", "June - August")], [ph(147)],
    [loc("Camp Kettle Pines", "4000 Pine Hollow Rd", "Pine Hollow", d=(0.020, 0.015))],
    min_age=7, max_age=17, assured="2024-01-30")

o = org("ymca", "Harwood Family YMCA", "harwood-ymca")
svc(o, "RC4", "recreation", "Adaptive Swim",
    "Small-group swim lessons with extra staff; pool lift available.",
    "YMCA membership or $4 drop-in.", "", lang("English"), [area("Harwood")],
    [sch("WE", "16:00", "17:00")], [ph(148)],
    [loc("Harwood Family YMCA", "25 Pool St", "Harwood")], assured="2024-06-03")

o = org("glwip", "Great Lakes Work Incentives Project", "glwip")
svc(o, "BC1", "benefits_counseling", "Work Incentives Planning and Assistance (WIPA)",
    "Free benefits counseling by phone or video for Social Security beneficiaries 14 and older who "
    "are working or want to work: how wages affect SSI, SSDI and Medicaid, work incentives, "
    "reporting earnings.", "Free.", "Receives SSI or SSDI.", lang("English", "Spanish"),
    [area("Statewide")], [sch(WK, "09:00", "17:00")], [ph(149)], [], assured="2025-02-03")

o = org("lanl", "Legal Aid of the Northern Lakes", "legal-aid-nl")
svc(o, "BC3", "benefits_counseling", "Work & Benefits Clinic",
    "Monthly Saturday clinic: a benefits specialist explains what happens to SSI, SSDI and Medicaid "
    "when you start working, and helps with overpayment notices.", "Free.", "",
    lang("English", "Spanish"), [area("Tamarack and Kettle Counties")],
    [sch("SA", "10:00", "13:00", "first Saturday")], [ph(150)],
    [loc("Legal Aid Office", "19 Courthouse Sq", "Fennick")], assured="2024-07-01")
svc(o, "G1", "guardianship_legal", "Disability Rights Unit",
    "Free civil legal help: guardianship and less-restrictive alternatives (supported decision-making, "
    "powers of attorney), special education disputes, benefits denials.", "Free.",
    "Income limits apply.", lang("English", "Spanish"),
    [area("Tamarack County"), area("Osprey County"), area("Kettle County")],
    [sch(WK, "09:00", "16:00")], [ph(150)],
    [loc("Legal Aid Office", "19 Courthouse Sq", "Fennick")], assured="2024-07-01")

o = org("kcca", "Kettle County Community Action", "kettle-action")
svc(o, "BA1", "benefits_applications", "SSI Application Help",
    "Help filling out SSI, SSDI, Medicaid and food assistance applications and gathering records.",
    "Free.", "Ages 17 and up.", lang("English"), [area("Kettle County")],
    [sch(WK, "08:30", "16:30")], [ph(151)],
    [loc("Community Action Center", "220 Main St", "Ashby")], assured="2024-03-27")
svc(o, "H3", "housing", "Pine Hollow Apartments",
    "24 accessible apartments with income-based rent; some units set aside for people with disabilities.",
    "Income-based rent; sliding with income.", "Head of household 18+.", [], [],
    [sch(WK, "09:00", "12:00", "leasing office")], [ph(152)],
    [loc("Pine Hollow Apartments", "1 Hollow Ct", "Pine Hollow")], assured="2023-06-06")

o = org("odhhs", "Osprey County DHHS Office", "osprey-dhhs")
svc(o, "BA2", "benefits_applications", "Benefits Enrollment Desk",
    "Apply for Medicaid, food assistance, cash assistance and child care help; caseworkers help with the forms.",
    "No fee.", "", lang("English", "Spanish", "Arabic"), [area("Osprey County")],
    [sch(WK, "08:00", "17:00"), sch("TH", "17:00", "19:00")], [ph(153)],
    [loc("Osprey DHHS", "300 Government Ctr", "Harwood", coords=False)], assured="2025-03-10")

o = org("thn", "Tamarack Health Navigators", "tamarack-navigators")
svc(o, "BA3", "benefits_applications", "Navigator Services",
    "Certified navigators help with Medicaid and health plan applications and renewals.", "Free.", "",
    lang("English", "Spanish"), [area("Fennick, Brackett, Sorrel Lake, Ludlow Falls")],
    [sch("TU,TH", "12:00", "19:00")], [ph(154)],
    [loc("Fennick Public Library", "8 Library Ln", "Fennick")], assured="2024-11-18")

o = org("dso", "Dunmore Street Outreach", "dunmore-outreach")
svc(o, "BA4", "benefits_applications", "SOAR Disability Application Assistance",
    "SSI/SSDI Outreach, Access and Recovery (SOAR) case managers help people who are homeless or at "
    "risk apply for SSI and SSDI.", "Free.", "Homeless or at risk of homelessness.", lang("English"),
    [area("Region 4")], [sch(WK, "09:00", "16:00")], [ph(155)],
    [loc("Dunmore Outreach", "3 River St", "Dunmore")], assured="2022-01-14")

o = org("aloan", "AccessAbility Loan Closet", "accessability")
svc(o, "IL4", "independent_living", "Assistive Technology Loans & Home Modifications",
    "Borrow assistive devices before buying; help planning ramps and bathroom changes so a young "
    "adult can live more independently.", "Free loans; sliding scale for modifications.", "",
    lang("English"), [area("Statewide")], [], [ph(156)], [], url="", assured=None)

o = org("ohc", "Osprey Housing Commission", "osprey-housing")
svc(o, "H1", "housing", "Housing Choice Vouchers & Mainstream Vouchers",
    "Rental assistance vouchers, including Mainstream vouchers for non-elderly people with disabilities. Waitlist.",
    "Rent is 30% of household income.", "Applicant 18 or older.", lang("English", "Spanish"),
    [area("Osprey County")], [sch(WK, "08:00", "16:30")], [ph(157)],
    [loc("Osprey Housing Commission", "60 Lakeview Ave", "Harwood")], assured="2024-05-05")

o = org("clp", "Community Living Partners", "community-living")
svc(o, "H2", "housing", "Supported Living Placement",
    "Finds shared or individual apartments with staff support for adults with developmental disabilities.",
    "Medicaid waiver pays for supports; the person pays rent.", "", lang("English"),
    [area("Tamarack County"), area("Osprey County")], [sch(WK, "09:00", "17:00")], [ph(158)], [],
    min_age=18, assured="2024-08-08")

o = org("fct", "Family Center for Transition", "family-center")
svc(o, "PA1", "parent_training", "Parent Training and Information Center",
    "Workshops, webinars and one-on-one help for parents on IEPs, transition planning, VR, "
    "and adult services.", "Free.", "", lang("English", "Spanish", "Arabic"), [area("Statewide")],
    [sch(WK, "09:00", "17:00"), sch("TU", "18:30", "20:00", "webinars")], [ph(159)], [],
    assured="2025-01-06")
svc(o, "G3", "guardianship_legal", "Supported Decision-Making Project",
    "Information and templates for supported decision-making agreements and other alternatives to "
    "guardianship, for young adults 17 and older and their families.", "Free.", "",
    lang("English"), [area("Statewide")], [], [ph(160)], [], assured="2024-10-21")

o = org("p2po", "Parent to Parent of Osprey", "p2p-osprey")
svc(o, "PA2", "parent_training", "Parent to Parent",
    "Matches parents with a trained veteran parent of a child with a similar disability; support "
    "group and short trainings.", "Free.", "", lang("English", "Spanish"), [area("Osprey County")],
    [sch(WK, "09:00", "15:00")], [ph(161)],
    [loc("Parent to Parent", "44 Elm St", "Harwood", coords=False)], assured="2023-11-11")

o = org("tbh", "Tamarack Behavioral Health", "tamarack-bh")
svc(o, "M2", "youth_mental_health", "Teen Counseling",
    "Individual and family counseling for ages 12 to 18: anxiety, depression, school refusal.",
    "Medicaid and most insurance; sliding fee.", "", lang("English"), [area("Tamarack County")],
    [sch("MO,TU,WE,TH", "10:00", "19:00")], [ph(162)],
    [loc("Tamarack Behavioral Health", "101 Main St", "Fennick")], assured="2024-09-02")
svc(o, "C3", "crisis_line", "Teen Text Line",
    "Text with a trained teen peer when things are hard; ages 13-19. Staff back up every shift.",
    "Free.", "", lang("English"), [area("Tamarack County")],
    [sch(ALL, "16:00", "23:00")], [ph(163)], [], assured="2024-09-02")

o = org("odc", "Open Door Counseling", "open-door")
svc(o, "M3", "youth_mental_health", "Open Door",
    "Counseling for teens and young adults 13-25; walk-in hours Saturday mornings.",
    "Sliding scale; most insurance.", "", lang("English", "Arabic"), [area("Kettle County")],
    [sch(WK, "12:00", "20:00"), sch("SA", "09:00", "13:00")], [ph(164)],
    [loc("Open Door", "14 Front St", "Ashby", coords=False)], assured="2023-04-04")

o = org("nlcc", "Northern Lakes Crisis Center", "nl-crisis")
svc(o, "C1", "crisis_line", "988 Suicide & Crisis Lifeline - Northern Lakes",
    "Call or text 988 any time; local counselors answer and can send a mobile team. Interpreters available.",
    "Free.", "", lang("English", "Spanish"), [area("Statewide")],
    [sch(ALL, "00:00", "23:59", "24/7")], [{"number": "988"}, ph(165)], [], assured="2025-03-01")

o = org("opc", "Osprey County Probate Court", "osprey-probate")
svc(o, "G2", "guardianship_legal", "Guardianship Self-Help Clinic",
    "Court staff explain guardianship petitions and forms; they cannot give legal advice.",
    "Court filing fee $175; fee waivers available.", "", lang("English"), [area("Osprey County")],
    [sch("WE", "13:00", "16:00")], [ph(166)],
    [loc("Osprey County Courthouse", "1 Court St", "Harwood")], assured="2024-02-26")


def main():
    with open(os.path.join(OUT, "places.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["town", "county", "zip", "lat", "lon"])
        for r in PLACES:
            w.writerow(r)
    export = []
    for o in ORGS:
        export.append({"id": str(uuid.uuid5(NS, "org-" + o["key"])), "name": o["name"],
                       "url": "https://example.org/%s" % o["slug"],
                       "services": [{k: v for k, v in s.items() if k != "_key"} for s in o["services"]]})
    with open(os.path.join(OUT, "knowledge", "directory", "jasmine-211-export.json"), "w") as f:
        json.dump(export, f, indent=2)
    with open(os.path.join(OUT, "kinds.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["service_id", "kind"])
        for o in ORGS:
            for s in o["services"]:
                w.writerow([s["id"], KINDS[s["_key"]]])
    n = sum(len(o["services"]) for o in ORGS)
    print("orgs", len(ORGS), "services", n, "kinds", len(set(KINDS.values())),
          "inactive", sum(1 for o in ORGS for s in o["services"] if s["status"] != "active"))

if __name__ == "__main__":
    main()
