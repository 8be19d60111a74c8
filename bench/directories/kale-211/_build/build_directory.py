#!/usr/bin/env python3
"""Build places.csv, the HSDS-style export and kinds.csv for the invented
Three Rivers region (Tamsen, Larch and Oxbow counties, Missouri).
Everything here is invented; phone numbers are 555-01xx, web on example.org."""
import csv, json, os, uuid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a9e-4b1d-4c55-9a0e-6b7d2f3e8a11")

# town, county, [zips], lat, lon
TOWNS = [
    ("Harlan Falls", "Tamsen", ["65601", "65602"], 37.600, -93.100),
    ("Corvin", "Tamsen", ["65610"], 37.720, -93.220),
    ("Meeker Mill", "Tamsen", ["65612"], 37.480, -93.250),
    ("Stone Ridge", "Tamsen", ["65615"], 37.550, -92.920),
    ("Pruitt", "Tamsen", ["65618"], 37.800, -93.050),
    ("Wexley", "Larch", ["65640", "65641"], 37.580, -92.600),
    ("Dunmore Hollow", "Larch", ["65644"], 37.700, -92.700),
    ("Kettle Creek", "Larch", ["65647"], 37.450, -92.550),
    ("Ransom", "Larch", ["65650"], 37.620, -92.450),
    ("Bellwether", "Oxbow", ["65670"], 37.600, -92.100),
    ("Caddo Ford", "Oxbow", ["65674"], 37.720, -92.250),
    ("Sumner Gap", "Oxbow", ["65677"], 37.470, -92.000),
    ("Ivel", "Oxbow", ["65680"], 37.550, -92.300),
]
TOWN = {t[0]: t for t in TOWNS}


def sid(key):
    return str(uuid.uuid5(NS, "svc-" + key))


def oid(key):
    return str(uuid.uuid5(NS, "org-" + key))


def loc(name, addr, town, coords=True, dlat=0.004, dlon=-0.003, zip_index=0):
    t = TOWN[town]
    d = {
        "location": {
            "name": name,
            "addresses": [{
                "address_1": addr,
                "city": town,
                "state_province": "MO",
                "postal_code": t[2][zip_index],
            }],
            "latitude": round(t[3] + dlat, 5) if coords else None,
            "longitude": round(t[4] + dlon, 5) if coords else None,
        }
    }
    return d


def area(name, desc=None):
    return {"name": name, "description": desc}


def sch(byday=None, opens=None, closes=None, desc=None):
    return {"byday": byday, "opens_at": opens, "closes_at": closes, "description": desc}


WEEK = "MO,TU,WE,TH,FR"
ALL7 = "SU,MO,TU,WE,TH,FR,SA"

ORGS = [
    ("vr", "State Vocational Rehabilitation - Three Rivers District", "https://vr-threerivers.example.org"),
    ("rsb", "Rehabilitation Services for the Blind - Southwest Office", "https://rsb-southwest.example.org"),
    ("ridge", "Ridgeline Workforce Partners", "https://ridgeline.example.org"),
    ("kcsd", "Kettle Creek R-IV School District", "https://kettlecreek-r4.example.org"),
    ("bridges", "Bridges Center for Independent Living", "https://bridgescil.example.org"),
    ("oco", "Oxbow Community Options", "https://oxbowoptions.example.org"),
    ("wrmc", "Wexley Regional Medical Center", "https://wexleyregional.example.org"),
    ("meadow", "Meadowlark Behavioral Health", "https://meadowlarkbh.example.org"),
    ("trwb", "Three Rivers Workforce Board", "https://trworkforce.example.org"),
    ("wexparks", "City of Wexley Parks & Recreation", "https://wexley-parks.example.org"),
    ("caddocc", "Caddo Ford Area Chamber of Commerce", "https://caddofordchamber.example.org"),
    ("tat", "Tamsen Area Transit (TAT)", "https://tamsentransit.example.org"),
    ("orr", "Ozark Rural Ride", "https://ozarkruralride.example.org"),
    ("ivelchurch", "Ivel Community Church", None),
    ("kccoa", "Kettle Creek Area Council on Aging", "https://kccoa.example.org"),
    ("hfcc", "Harlan Falls Community College", "https://hfcc.example.org"),
    ("lakeside", "Lakeside Driving School", "https://lakesidedriving.example.org"),
    ("larchdd", "Larch County Developmental Disabilities Board", "https://larchdd.example.org"),
    ("hhhc", "Helping Hands Home Care, Inc.", "https://helpinghandshc.example.org"),
    ("grace", "Grace Fellowship of Wexley", "https://gracewexley.example.org"),
    ("ozhills", "Ozark Hills Camp & Retreat", "https://ozarkhillscamp.example.org"),
    ("sunrise", "Sunrise Day Services", "https://sunriseday.example.org"),
    ("hfsenior", "Harlan Falls Senior & Community Center", None),
    ("unified", "Tamsen County Unified Sports", "https://tamsenunified.example.org"),
    ("arc", "The Arc of the Three Rivers", "https://arc3rivers.example.org"),
    ("hfy", "Harlan Falls Family Y", "https://hffamilyy.example.org"),
    ("owip", "Ozark Work Incentives Project", "https://ozarkwip.example.org"),
    ("trcaa", "Three Rivers Community Action Agency", "https://trcaa.example.org"),
    ("oxhealth", "Oxbow County Health Department", "https://oxbowhealth.example.org"),
    ("larchlegal", "Larch County Legal Aid Clinic", "https://larchlegalaid.example.org"),
    ("tic", "Tamsen Independence Center", "https://tamsenindependence.example.org"),
    ("hfha", "Harlan Falls Housing Authority", "https://hfha.example.org"),
    ("trrha", "Three Rivers Regional Housing Authority", "https://trrha.example.org"),
    ("harbor", "Harbor House Youth Shelter", "https://harborhouseyouth.example.org"),
    ("compass", "Family Compass Parent Center", "https://familycompass.example.org"),
    ("tsscoop", "Tamsen County Special Services Cooperative", "https://tsscoop.example.org"),
    ("oxfhc", "Oxbow Family Health Center", "https://oxbowfhc.example.org"),
    ("clearwater", "Clearwater Counseling, LLC", "https://clearwatercounseling.example.org"),
    ("occ", "Ozark Crisis Connect", "https://ozarkcrisis.example.org"),
    ("sdrc", "State Disability Rights Center", "https://disabilityrights-state.example.org"),
    ("tamcourt", "Tamsen County Circuit Court - Probate Division", "https://tamsencourts.example.org"),
    ("whitfield", "Whitfield & Osei Law, LLC", "https://whitfieldosei.example.org"),
]

# Each service: key, org, kind, and HSDS fields.
S = []


def svc(key, org, kind, name, description, *, status="active", fees=None, elig=None,
        min_age=None, max_age=None, assured=None, langs=("English",), areas=(),
        scheds=(), phones=(), locs=(), url=None, email=None):
    S.append(dict(key=key, org=org, kind=kind, name=name, description=description,
                  status=status, fees=fees, elig=elig, min_age=min_age, max_age=max_age,
                  assured=assured, langs=list(langs), areas=list(areas), scheds=list(scheds),
                  phones=list(phones), locs=list(locs), url=url, email=email))


# ---------------- vocational_rehab ----------------
svc("vr1", "vr", "vocational_rehab", "Vocational Rehabilitation Services",
    "Individualized help for people with disabilities who want to get, keep or advance in a job: "
    "counseling and guidance, job training, college or trade school support, assistive technology "
    "and job placement. An application and eligibility determination are required.",
    fees="No cost to eligible individuals. Some services use a financial needs test.",
    elig="Has a physical or mental impairment that is a barrier to employment and needs VR services to work.",
    assured="2024-09-12", langs=["English", "Spanish"],
    areas=[area("Tamsen, Larch and Oxbow counties")],
    scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0101"],
    locs=[loc("VR Three Rivers District Office", "410 Courthouse Sq, Suite 2", "Harlan Falls", dlat=0.002, dlon=0.001)],
    url="https://vr-threerivers.example.org/services", email="threerivers@vr-threerivers.example.org")
svc("vr2", "rsb", "vocational_rehab", "Vocational Rehabilitation for Blind and Visually Impaired",
    "Counselors work with people who are blind or have low vision on job goals, orientation and mobility, "
    "braille, adaptive technology and job placement. Counselors travel to homes and schools.",
    fees="Free", elig="Legally blind or a progressive eye condition expected to lead to blindness.",
    assured="2023-11-02", langs=["English"],
    areas=[area("Statewide", "Southwest office covers 22 counties")],
    scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0102"], locs=[],
    email="southwest@rsb-southwest.example.org")
svc("vr3", "vr", "vocational_rehab", "Wexley Itinerant Office",
    "A VR counselor keeps office hours at the Wexley Public Library on Tuesdays for intake and follow-up "
    "appointments. Walk-ins seen if time allows.",
    fees="No cost", assured=None, langs=["English"],
    areas=[],
    scheds=[sch("TU", "09:00", "15:00", "Tuesdays only")], phones=["417-555-0103"],
    locs=[loc("Wexley Public Library, meeting room B", "22 Elm St", "Wexley", coords=False)])
svc("vr4", "vr", "vocational_rehab", "Oxbow Satellite Office",
    "Satellite VR office in Bellwether. This office closed in 2023; Oxbow County residents are served from "
    "the Harlan Falls district office.",
    status="inactive", fees="No cost", assured="2022-06-30", langs=["English"],
    areas=[area("Oxbow County")], phones=["417-555-0104"],
    locs=[loc("Oxbow Satellite Office", "118 Depot St", "Bellwether")])

# ---------------- pre_ets ----------------
svc("pe1", "vr", "pre_ets", "Pre-Employment Transition Services (Pre-ETS)",
    "For students with disabilities ages 14-21 who are still in school: job exploration counseling, "
    "work-based learning, counseling on college and training options, workplace readiness training and "
    "instruction in self-advocacy. Students do not have to apply for full VR services.",
    fees="No cost to students or families.", elig="Student with a disability (IEP, 504 plan or documented disability).",
    assured="2024-09-12", langs=["English", "Spanish"],
    areas=[area("Tamsen County"), area("Larch County"), area("Oxbow County")],
    scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0105"],
    locs=[loc("VR Three Rivers District Office", "410 Courthouse Sq, Suite 2", "Harlan Falls", dlat=0.002, dlon=0.001)],
    email="preets@vr-threerivers.example.org")
svc("pe2", "ridge", "pre_ets", "Summer Work Experience",
    "Paid six-week summer work experience with a job coach at local employers, arranged through VR Pre-ETS.",
    fees="Paid by VR; no cost to the student. Students earn minimum wage.",
    elig="Students with disabilities referred by VR.", min_age=16, max_age=21,
    assured="2024-04-01", langs=["English"],
    areas=[area("Tamsen County"), area("Stone Ridge")],
    scheds=[sch("MO,TU,WE,TH", "09:00", "15:00", "June and July")], phones=["417-555-0106"],
    locs=[loc("Ridgeline Workforce Partners", "75 Industrial Park Dr", "Harlan Falls", dlat=-0.01, dlon=0.012)])
svc("pe3", "kcsd", "pre_ets", "Job Club",
    "After-school job club for juniors and seniors: mock interviews, resumes, employer visits and a "
    "chance to job shadow in the spring.",
    fees="Free", elig="Students on an IEP or 504 plan enrolled in a participating district.",
    assured="2024-08-20", langs=["English"],
    areas=[area("Kettle Creek"), area("Ransom")],
    scheds=[sch("TU,TH", "15:30", "17:30", "School year only")], phones=["417-555-0107"],
    locs=[loc("Kettle Creek High School, Room 114", "900 School Rd", "Kettle Creek")])
svc("pe4", "bridges", "pre_ets", "Speak Up Saturdays",
    "Self-advocacy workshop series for students with disabilities: knowing your rights, leading your IEP "
    "meeting, asking for accommodations at work and college.",
    fees="No charge", min_age=14, max_age=21, assured="2024-02-15", langs=["English", "Spanish"],
    areas=[area("65670-65680", "ZIP codes served")],
    scheds=[sch("SA", "10:00", "13:00", "Second Saturday of the month")], phones=["417-555-0108"],
    locs=[loc("Bridges CIL", "301 N Walnut St", "Bellwether")])

# ---------------- supported_employment ----------------
svc("se1", "ridge", "supported_employment", "Job Coaching & Supported Employment",
    "Job development, job coaching on site and long-term follow-along for adults 18 and older with "
    "disabilities who need ongoing support to keep a job.",
    fees="Funded through VR or a Medicaid waiver; no cost to the individual.",
    assured="2024-04-01", langs=["English"],
    areas=[area("Tamsen County, Larch County")],
    scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0109"],
    locs=[loc("Ridgeline Workforce Partners", "75 Industrial Park Dr", "Harlan Falls", dlat=-0.01, dlon=0.012)])
svc("se2", "oco", "supported_employment", "Customized Employment",
    "Discovery process and customized job negotiation with employers for people with significant "
    "disabilities.",
    fees="Medicaid waiver (DD) or VR authorization.", min_age=18,
    assured="2023-12-05", langs=["English", "Spanish"],
    areas=[area("Oxbow County")], scheds=[sch(WEEK, "08:30", "16:30")], phones=["417-555-0110"],
    locs=[loc("Oxbow Community Options", "1200 River Rd", "Bellwether", dlat=-0.006, dlon=0.008)])
svc("se3", "wrmc", "supported_employment", "Project Keystone",
    "One-year hospital internship program for young adults ages 18-24 with intellectual and developmental "
    "disabilities in their last year of school: three unpaid rotations in hospital departments with a job "
    "coach, then help finding a paid job.",
    fees="Free", elig="Apply through your school district transition coordinator.",
    assured="2024-01-22", langs=["English"],
    areas=[area("Wexley"), area("Dunmore Hollow"), area("Kettle Creek")],
    scheds=[sch(WEEK, "08:00", "14:30", "School year")], phones=["417-555-0111"],
    locs=[loc("Wexley Regional Medical Center, Education Wing", "1500 Hospital Dr", "Wexley", dlat=0.01, dlon=0.01)])
svc("se4", "meadow", "supported_employment", "Individual Placement and Support (IPS)",
    "Evidence-based supported employment for people living with serious mental illness. Rapid job search, "
    "benefits planning and ongoing support.",
    fees="Sliding scale; Medicaid accepted.", elig="Enrolled in Meadowlark community psychiatric rehabilitation.",
    assured="2023-05-17", langs=["English"],
    areas=[area("Tamsen County")], scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0112"],
    locs=[loc("Meadowlark Behavioral Health - Harlan Falls", "600 W Main St", "Harlan Falls", dlat=0.001, dlon=-0.008)])

# ---------------- youth_jobs ----------------
svc("yj1", "trwb", "youth_jobs", "Summer Youth Employment Program",
    "Paid summer jobs with local employers for youth 16 to 24, plus a work-readiness orientation week.",
    fees="Participants are paid; no cost to apply.", elig="Income guidelines or a barrier to employment such as a disability.",
    assured="2024-03-01", langs=["English", "Spanish"],
    areas=[area("Tri-County Area")],
    scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0113"],
    locs=[loc("Three Rivers Job Center - Harlan Falls", "212 S Commerce St", "Harlan Falls", dlat=-0.003, dlon=0.004)])
svc("yj2", "trwb", "youth_jobs", "WIOA Youth Program",
    "Year-round help for out-of-school and in-school youth: paid work experience, GED prep, occupational "
    "training and a case manager.",
    fees="Free", min_age=16, max_age=24, assured="2024-03-01", langs=["English"],
    areas=[area("Oxbow County")],
    scheds=[sch(WEEK, "08:00", "17:00"), sch("WE", "17:00", "19:00", "Wednesday evening drop-in")],
    phones=["417-555-0114"],
    locs=[loc("Three Rivers Job Center - Bellwether", "44 Depot St", "Bellwether", dlat=0.003, dlon=0.002)])
svc("yj3", "wexparks", "youth_jobs", "Teen Work Crew",
    "Summer crew that maintains city parks and trails. Crew members are paid hourly.",
    fees="Paid position", min_age=15, max_age=18, assured="2024-05-10", langs=["English"],
    areas=[area("Wexley city limits")],
    scheds=[sch("MO,TU,WE,TH", "07:00", "12:00", "June through mid-August")], phones=["417-555-0115"],
    locs=[loc("Wexley Parks Office", "5 Park Ln", "Wexley", dlat=-0.004, dlon=0.006, zip_index=1)])
svc("yj4", "caddocc", "youth_jobs", "First Paycheck",
    "Teen job board and hiring fair connecting local businesses with teens 14 and older looking for "
    "part-time work.",
    fees="Free", assured="2023-09-09", langs=["English", "Spanish"],
    areas=[area("Caddo Ford"), area("Ivel")], scheds=[], phones=["417-555-0116"], locs=[],
    url="https://caddofordchamber.example.org/firstpaycheck")

# ---------------- travel_training ----------------
svc("tt1", "tat", "travel_training", "Travel Training",
    "One-on-one instruction in riding TAT fixed-route buses: planning a trip, paying the fare, transfers and "
    "what to do if something goes wrong. Trainer rides along until the rider is independent.",
    fees="Free", assured="2024-07-01", langs=["English"],
    areas=[area("Harlan Falls")],
    scheds=[sch(WEEK, "07:00", "17:30")], phones=["417-555-0117"],
    locs=[loc("TAT Transit Center", "100 Station Pl", "Harlan Falls", dlat=-0.002, dlon=-0.001)])
svc("tt2", "bridges", "travel_training", "Getting There",
    "Community travel training for people with disabilities in rural areas: using Ozark Rural Ride, "
    "scheduling trips, carpooling and walking routes.",
    fees="No cost", assured="2024-02-15", langs=["English", "Spanish"],
    areas=[area("Oxbow and Larch counties")],
    scheds=[sch(WEEK, "09:00", "16:00")], phones=["417-555-0118"],
    locs=[loc("Bridges CIL", "301 N Walnut St", "Bellwether")])
svc("tt3", "kcsd", "travel_training", "Ride Ready",
    "Transition program students practice getting to job sites and stores, including crossing streets "
    "safely and reading schedules.",
    fees="Free for enrolled students.", elig="Students ages 18-21 in the district post-secondary transition program.",
    assured=None, langs=["English"], areas=[area("Kettle Creek R-IV attendance area")],
    scheds=[sch(WEEK, "08:00", "15:00")], phones=["417-555-0119"],
    locs=[loc("Kettle Creek Transition House", "14 Maple Ct", "Kettle Creek", coords=False)])

# ---------------- paratransit ----------------
svc("pt1", "tat", "paratransit", "Dial-A-Ride (ADA Paratransit)",
    "Curb-to-curb rides for people whose disability keeps them from using the fixed-route bus. Riders must "
    "be certified; book a day ahead.",
    fees="$2.50 per one-way trip; personal care attendant rides free.",
    elig="ADA paratransit certification required.", assured="2024-07-01", langs=["English", "Spanish"],
    areas=[area("Harlan Falls", "Within 3/4 mile of a fixed route")],
    scheds=[sch(WEEK, "06:00", "19:00"), sch("SA", "08:00", "17:00")], phones=["417-555-0120"],
    locs=[loc("TAT Transit Center", "100 Station Pl", "Harlan Falls", dlat=-0.002, dlon=-0.001)])
svc("pt2", "orr", "paratransit", "Demand-Response Rural Transit",
    "Door-to-door public transit vans open to the general public, with lift-equipped vehicles. Call at "
    "least 24 hours ahead. Medical, work, shopping and school trips.",
    fees="Suggested donation $3 each way. Medicaid non-emergency medical trips are billed to Medicaid.",
    assured="2024-01-08", langs=["English"],
    areas=[area("Larch and Oxbow counties")],
    scheds=[sch(WEEK, "06:30", "18:00")], phones=["417-555-0121"], locs=[])
svc("pt3", "ivelchurch", "paratransit", "Caring Wheels",
    "Volunteer drivers give rides to medical appointments and errands for seniors and people with "
    "disabilities who have no other way to get there.",
    fees="No charge; donations welcome.", assured="2022-10-14", langs=["English"],
    areas=[area("Ivel"), area("Caddo Ford")],
    scheds=[sch(None, None, None, "Call to ask; depends on volunteer availability")], phones=["417-555-0122"],
    locs=[loc("Ivel Community Church", "8 Church St", "Ivel", coords=False)])
svc("pt4", "kccoa", "paratransit", "Wheels",
    "Scheduled van rides for older adults and adults with disabilities to appointments and shopping.",
    fees="Donation requested", elig="Adults 60 and over, or any adult with a disability.", assured="2023-03-30", langs=["English"],
    areas=[area("65647, 65650")],
    scheds=[sch("MO,WE,FR", "08:00", "15:00")], phones=["417-555-0123"],
    locs=[loc("Kettle Creek Senior Center", "310 Main St", "Kettle Creek", dlat=0.002, dlon=0.002)])

# ---------------- drivers_ed ----------------
svc("de1", "wrmc", "drivers_ed", "Adaptive Driver Evaluation & Training",
    "A certified driver rehabilitation specialist evaluates people 15 and older with disabilities for "
    "driving readiness and adaptive equipment, then gives behind-the-wheel lessons in an adapted vehicle.",
    fees="$350 clinical evaluation; lessons $95/hour. VR may pay for eligible clients.",
    elig="Physician referral required.", assured="2024-01-22", langs=["English"],
    areas=[area("Statewide")],
    scheds=[sch(WEEK, "08:00", "16:00")], phones=["417-555-0124"],
    locs=[loc("Wexley Regional Medical Center, Outpatient Rehab", "1500 Hospital Dr", "Wexley", dlat=0.01, dlon=0.01)])
svc("de2", "hfcc", "drivers_ed", "Driver Education (Teen)",
    "Classroom and behind-the-wheel driver education for teens getting ready for the permit and license tests.",
    fees="$295; sliding scale available based on household income.", min_age=15, max_age=18,
    assured="2024-06-03", langs=["English"],
    areas=[area("Tamsen County")],
    scheds=[sch("SA", "09:00", "12:00", "Classroom sessions"), sch("TU,TH", "16:00", "18:00", "Driving lessons")],
    phones=["417-555-0125"],
    locs=[loc("HFCC Continuing Education Building", "2000 College Ave", "Harlan Falls", dlat=0.015, dlon=0.01, zip_index=1)])
svc("de3", "lakeside", "drivers_ed", "Behind the Wheel",
    "Private driving lessons and the state-approved driver improvement course. Patient instructors; "
    "we have worked with many nervous and first-time drivers.",
    fees="$425 for the six-lesson package", assured="2023-07-19", langs=["English"],
    areas=[area("Bellwether, Ivel, Sumner Gap")],
    scheds=[sch("MO,WE", "17:30", "19:30")], phones=["417-555-0126"],
    locs=[loc("Lakeside Driving School", "77 Lake St", "Bellwether", coords=False)])

# ---------------- respite ----------------
svc("rs1", "larchdd", "respite", "Family Respite Program",
    "Funds respite hours so families caring for a child or adult with a developmental disability can take a "
    "break. Families choose their own provider or use an agency.",
    fees="No cost to eligible families.", elig="Larch County resident, eligible for state DD services.",
    assured="2024-05-28", langs=["English"],
    areas=[area("Larch County")], scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0127"],
    locs=[loc("Larch County DD Board", "55 Courthouse Sq", "Wexley", dlat=0.001, dlon=0.002)])
svc("rs2", "hhhc", "respite", "In-Home Respite",
    "Trained aides come to the home to care for a person with a disability while the regular caregiver rests "
    "or runs errands. Evenings and weekends available.",
    fees="Medicaid waiver or private pay at $22/hour.", assured="2024-02-01", langs=["English", "Spanish"],
    areas=[area("Tamsen County, Larch County")],
    scheds=[sch(ALL7, "07:00", "22:00")], phones=["417-555-0128"], locs=[])
svc("rs3", "grace", "respite", "Parents' Night Out",
    "Monthly evening of games, crafts and dinner for children and teens ages 5-17 with disabilities and "
    "their siblings, staffed by trained volunteers so parents get a night off.",
    fees="Free", assured="2023-10-01", langs=["English"],
    areas=[area("Wexley")],
    scheds=[sch("SA", "17:00", "21:00", "First Saturday of the month")], phones=["417-555-0129"],
    locs=[loc("Grace Fellowship of Wexley", "900 N Pine St", "Wexley", dlat=0.008, dlon=-0.004)])
svc("rs4", "ozhills", "respite", "Breather Weekends",
    "Overnight respite weekends at camp for campers 8 to 21 with developmental disabilities, with nurses on "
    "staff. Campers arrive Friday evening and go home Sunday.",
    fees="Sliding scale, $40 to $180 per weekend; Medicaid waiver accepted.",
    assured="2024-03-15", langs=["English"],
    areas=[area("Statewide")],
    scheds=[sch("FR,SA,SU", None, None, "Weekends September through May")], phones=["417-555-0130"],
    locs=[loc("Ozark Hills Camp", "Rt 3 Box 19", "Pruitt", dlat=0.03, dlon=0.02)])
svc("rs5", "oco", "respite", "Emergency Respite",
    "Short-term out-of-home respite during a family emergency. Program suspended pending staffing.",
    status="inactive", fees="Medicaid waiver", assured="2022-01-10", langs=["English"],
    areas=[area("Oxbow County")], phones=["417-555-0131"],
    locs=[loc("Oxbow Community Options", "1200 River Rd", "Bellwether", dlat=-0.006, dlon=0.008)])

# ---------------- adult_day ----------------
svc("ad1", "sunrise", "adult_day", "Adult Day Program",
    "Structured weekday program for adults 18 and older with developmental disabilities: community "
    "outings, life skills, volunteer work and recreation.",
    fees="Medicaid waiver; private pay $85/day.", assured="2024-04-18", langs=["English"],
    areas=[area("Larch County")],
    scheds=[sch(WEEK, "07:30", "17:00")], phones=["417-555-0132"],
    locs=[loc("Sunrise Day Services", "420 Commerce Blvd", "Wexley", dlat=-0.008, dlon=0.01)])
svc("ad2", "oco", "adult_day", "Day Habilitation",
    "Day habilitation for adults with intellectual and developmental disabilities, on site and in the "
    "community.",
    fees="Medicaid waiver", min_age=18, assured="2023-12-05", langs=["English", "Spanish"],
    areas=[area("Oxbow County")], scheds=[sch(WEEK, "08:00", "15:30")], phones=["417-555-0133"],
    locs=[loc("Oxbow Community Options", "1200 River Rd", "Bellwether", dlat=-0.006, dlon=0.008)])
svc("ad3", "hfsenior", "adult_day", "The Gathering Place",
    "Supervised day program with meals, activities and personal care for older adults and adults with "
    "disabilities who should not be alone during the day.",
    fees="Sliding scale based on income.", assured=None, langs=["English"],
    areas=[area("Harlan Falls and surrounding area")],
    scheds=[sch(WEEK, "07:00", "17:30")], phones=["417-555-0134"],
    locs=[loc("Harlan Falls Senior & Community Center", "25 Oak St", "Harlan Falls", dlat=0.005, dlon=0.003)])

# ---------------- recreation ----------------
svc("rc1", "unified", "recreation", "Unified Sports",
    "Year-round sports training and competition for athletes 8 and older with intellectual disabilities, "
    "with unified partners: basketball, bowling, track and bocce.",
    fees="Free", assured="2024-01-05", langs=["English"],
    areas=[area("Tamsen County")],
    scheds=[sch("SA", "09:00", "11:30", "Practices")], phones=["417-555-0135"],
    locs=[loc("Harlan Falls High School Gym", "1 Bulldog Way", "Harlan Falls", coords=False)])
svc("rc2", "wexparks", "recreation", "Adaptive Rec Nights",
    "Games, open gym, dance and crafts for teens and adults 14+ with disabilities.",
    fees="$5 per night; scholarships available.", assured="2024-05-10", langs=["English"],
    areas=[area("Wexley"), area("Dunmore Hollow"), area("Ransom")],
    scheds=[sch("TH", "18:00", "20:00")], phones=["417-555-0136"],
    locs=[loc("Wexley Community Center", "12 Park Ln", "Wexley", dlat=-0.004, dlon=0.005, zip_index=1)])
svc("rc3", "arc", "recreation", "Friday Social Club",
    "Social outings for teens and adults with intellectual and developmental disabilities: bowling, movies, "
    "dances and dinners out.",
    fees="Free; participants pay for their own food.", elig="Ages 16 and up.",
    assured="2023-08-22", langs=["English"],
    areas=[area("Oxbow County")],
    scheds=[sch("FR", "18:30", "21:00")], phones=["417-555-0137"], locs=[])
svc("rc4", "hfy", "recreation", "Adaptive Swim",
    "Small-group swim lessons and open swim with extra staff for children and adults with disabilities.",
    fees="Sliding scale membership; lessons $40/month.", assured="2024-08-01", langs=["English", "American Sign Language"],
    areas=[area("Harlan Falls")],
    scheds=[sch("SA", "08:00", "10:00"), sch("MO,WE", "16:00", "17:00")], phones=["417-555-0138"],
    locs=[loc("Harlan Falls Family Y", "300 Y Way", "Harlan Falls", dlat=-0.01, dlon=-0.01)])
svc("rc5", "ozhills", "recreation", "Camp Sumac",
    "Summer day camp with swimming, archery, crafts and hiking for kids and teens ages 6-17 of all "
    "abilities. Bus pickup in Harlan Falls and Corvin.",
    fees="$150/week; sliding scale and scholarships.", assured="2024-03-15", langs=["English"],
    areas=[area("Harlan Falls"), area("Corvin"), area("Pruitt")],
    scheds=[sch(WEEK, "08:30", "15:30", "June and July")], phones=["417-555-0139"],
    locs=[loc("Ozark Hills Camp", "Rt 3 Box 19", "Pruitt", dlat=0.03, dlon=0.02)])

# ---------------- benefits_counseling ----------------
svc("bc1", "owip", "benefits_counseling", "WIPA Benefits Counseling",
    "Certified Work Incentives Counselors help people who get SSI or SSDI understand how working will affect "
    "their cash benefits, Medicaid and Medicare, and how to use work incentives. Services by phone and video.",
    fees="Free", elig="SSI or SSDI beneficiary who is working or thinking about working.",
    min_age=14, assured="2024-10-01", langs=["English", "Spanish"],
    areas=[area("Southwest Region", "Tamsen, Larch, Oxbow and 19 other counties")],
    scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0140"], locs=[],
    email="wipa@ozarkwip.example.org")
svc("bc2", "bridges", "benefits_counseling", "Work Incentives Planning",
    "One-to-one benefits planning with a certified counselor on staff: earnings and SSI, PASS plans, "
    "Ticket to Work and keeping Medicaid while working.",
    fees="No cost", assured="2024-02-15", langs=["English", "Spanish"],
    areas=[area("Oxbow County")],
    scheds=[sch(WEEK, "09:00", "16:00")], phones=["417-555-0141"],
    locs=[loc("Bridges CIL", "301 N Walnut St", "Bellwether")])
svc("bc3", "ridge", "benefits_counseling", "Ticket to Work Help Desk",
    "Employment Network services for Ticket to Work holders, including a benefits summary before you take a job.",
    fees="No fee", assured="2022-12-12", langs=["English"],
    areas=[area("Call to ask")],
    scheds=[sch(WEEK, "09:00", "16:00")], phones=["417-555-0142"],
    locs=[loc("Ridgeline Workforce Partners", "75 Industrial Park Dr", "Harlan Falls", coords=False)])

# ---------------- benefits_applications ----------------
svc("ba1", "meadow", "benefits_applications", "SOAR Disability Application Assistance",
    "Staff trained in SOAR help adults with mental illness who are homeless or at risk apply for SSI and SSDI.",
    fees="Free", elig="Adults 18 and older who are homeless or at risk and have a serious mental illness.",
    assured="2023-05-17", langs=["English"],
    areas=[area("Tamsen County")], scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0143"],
    locs=[loc("Meadowlark Behavioral Health - Harlan Falls", "600 W Main St", "Harlan Falls", dlat=0.001, dlon=-0.008)])
svc("ba2", "trcaa", "benefits_applications", "Benefits Enrollment Help",
    "Help filling out applications for Medicaid (MO HealthNet), SNAP, LIHEAP and SSI, and help gathering "
    "documents.",
    fees="No charge", assured="2024-06-11", langs=["English", "Spanish", "Marshallese"],
    areas=[area("65640, 65641, 65644, 65647, 65650, 65670")],
    scheds=[sch(WEEK, "08:30", "16:30"), sch("TH", "16:30", "19:00", "Thursday evening appointments")],
    phones=["417-555-0144"],
    locs=[loc("Three Rivers CAA", "18 Second St", "Wexley", dlat=0.002, dlon=-0.004)])
svc("ba3", "oxhealth", "benefits_applications", "Benefits Navigator",
    "A navigator helps residents apply for Medicaid, CHIP, WIC and SSI and follow up on their applications.",
    fees="Free", assured="2024-09-30", langs=["English", "Spanish", "Vietnamese"],
    areas=[area("Oxbow County")], scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0145"],
    locs=[loc("Oxbow County Health Department", "400 Health Way", "Bellwether", dlat=0.006, dlon=-0.002)])
svc("ba4", "larchlegal", "benefits_applications", "Turning 18: SSI Help",
    "Help for families whose child is turning 18: applying for adult SSI, the age-18 redetermination and "
    "appeals of denials.",
    fees="Free for households under 200% of poverty.", assured="2024-01-30", langs=["English"],
    areas=[area("Larch County")], scheds=[sch("MO,WE", "09:00", "15:00")], phones=["417-555-0146"],
    locs=[loc("Larch County Legal Aid Clinic", "60 Courthouse Sq", "Wexley", coords=False)])

# ---------------- independent_living ----------------
svc("il1", "bridges", "independent_living", "Independent Living Skills",
    "Training in cooking, budgeting, using a bank account, home safety and finding community resources, in "
    "your home or at the center.",
    fees="No cost", assured="2024-02-15", langs=["English", "Spanish"],
    areas=[area("Larch County"), area("Oxbow County")],
    scheds=[sch(WEEK, "09:00", "16:00")], phones=["417-555-0147"],
    locs=[loc("Bridges CIL", "301 N Walnut St", "Bellwether")])
svc("il2", "bridges", "independent_living", "Youth Transition Program",
    "Group and individual sessions for youth with disabilities ages 14 to 24: self-advocacy, peer mentoring, "
    "life skills and planning for life after high school.",
    fees="No cost", assured="2024-02-15", langs=["English", "Spanish"],
    areas=[area("Oxbow County")],
    scheds=[sch("MO,TU,WE,TH", "15:00", "18:00")], phones=["417-555-0148"],
    locs=[loc("Bridges CIL", "301 N Walnut St", "Bellwether")])
svc("il3", "tic", "independent_living", "Peer Mentoring",
    "Adults with disabilities matched with a trained peer mentor who has lived experience with disability.",
    fees="Free", assured="2023-06-06", langs=["English", "American Sign Language"],
    areas=[area("Tamsen County")], scheds=[sch(WEEK, "08:30", "16:30")], phones=["417-555-0149"],
    locs=[loc("Tamsen Independence Center", "9 Mill St", "Meeker Mill", dlat=0.003, dlon=0.001)])
svc("il4", "hfcc", "independent_living", "Life Skills Lab",
    "Non-credit classes for adults 18-26 with intellectual disabilities: cooking, budgeting, riding the bus, "
    "healthy relationships and job readiness.",
    fees="$150 per semester; sliding scale.", assured="2024-06-03", langs=["English"],
    areas=[area("Tamsen County")],
    scheds=[sch("TU,TH", "17:30", "19:30")], phones=["417-555-0150"],
    locs=[loc("HFCC Continuing Education Building", "2000 College Ave", "Harlan Falls", dlat=0.015, dlon=0.01, zip_index=1)])

# ---------------- housing ----------------
svc("hs1", "hfha", "housing", "Housing Choice Vouchers",
    "Rental assistance vouchers for low-income households. Waiting list; preference for people with "
    "disabilities.",
    fees="Tenant pays about 30% of income toward rent.", min_age=18, assured="2024-04-04", langs=["English"],
    areas=[area("Harlan Falls")], scheds=[sch(WEEK, "08:00", "16:30")], phones=["417-555-0151"],
    locs=[loc("Harlan Falls Housing Authority", "15 Elm St", "Harlan Falls", dlat=-0.005, dlon=0.002)])
svc("hs2", "oco", "housing", "Supported Living",
    "Individualized supported living: staff help people with developmental disabilities live in their own "
    "home or apartment with roommates.",
    fees="Medicaid waiver; residents pay their own rent and food.", assured="2023-12-05",
    langs=["English", "Spanish"],
    areas=[area("Oxbow County, Larch County")], scheds=[], phones=["417-555-0152"],
    locs=[loc("Oxbow Community Options", "1200 River Rd", "Bellwether", dlat=-0.006, dlon=0.008)])
svc("hs3", "trrha", "housing", "Mainstream Vouchers",
    "Housing vouchers for non-elderly adults with disabilities. Waiting list closed.",
    status="inactive", fees="Tenant pays about 30% of income.", assured="2021-09-01", langs=["English"],
    areas=[area("Tamsen, Larch and Oxbow counties")], phones=["417-555-0153"], locs=[])
svc("hs4", "harbor", "housing", "Transitional Living Program",
    "Apartments with support staff for youth 18-24 who are homeless or aging out of foster care, for up to "
    "eighteen months while they work or go to school.",
    fees="Free; residents save part of their income.", assured="2024-07-22", langs=["English"],
    areas=[], scheds=[sch(ALL7, "00:00", "23:59", "Staffed around the clock")],
    phones=["417-555-0154"],
    locs=[loc("Harbor House", "Confidential - call for address", "Wexley", coords=False)])

# ---------------- parent_training ----------------
svc("pa1", "compass", "parent_training", "Parent Training and Information",
    "Free workshops and one-on-one help for parents of children and youth with disabilities: IEPs, "
    "transition planning, guardianship alternatives and adult services. Workshops in person and online.",
    fees="Free", assured="2024-08-15", langs=["English", "Spanish"],
    areas=[area("Statewide")],
    scheds=[sch(WEEK, "08:00", "17:00"), sch("TU", "18:00", "20:00", "Online evening workshops")],
    phones=["417-555-0155"], locs=[], email="help@familycompass.example.org")
svc("pa2", "tsscoop", "parent_training", "Transition Nights",
    "Evening workshop series for families of students with IEPs: adult services, VR, benefits, guardianship "
    "and the IEP transition plan. Childcare provided.",
    fees="Free", assured="2024-09-01", langs=["English"],
    areas=[area("Tamsen County")],
    scheds=[sch("TH", "18:30", "20:00", "Monthly, September through April")], phones=["417-555-0156"],
    locs=[loc("Tamsen County Special Services Cooperative", "200 School St", "Harlan Falls", dlat=0.006, dlon=0.006)])
svc("pa3", "arc", "parent_training", "Parent to Parent",
    "Matches parents with a trained veteran parent of a young person with a disability for support and "
    "practical advice.",
    fees="No cost", assured="2023-08-22", langs=["English", "Spanish"],
    areas=[area("Larch County"), area("Oxbow County")], scheds=[], phones=["417-555-0157"], locs=[])

# ---------------- youth_mental_health ----------------
svc("mh1", "meadow", "youth_mental_health", "Child & Adolescent Outpatient Counseling",
    "Individual and family therapy, psychiatric evaluation and medication management for children and youth "
    "ages 5 to 18.",
    fees="Sliding scale; Medicaid and most insurance accepted.", assured="2023-05-17", langs=["English"],
    areas=[area("Tamsen County"), area("Larch County")],
    scheds=[sch("MO,TU,WE,TH", "08:00", "19:00"), sch("FR", "08:00", "17:00")], phones=["417-555-0158"],
    locs=[loc("Meadowlark Behavioral Health - Harlan Falls", "600 W Main St", "Harlan Falls", dlat=0.001, dlon=-0.008),
          loc("Meadowlark Behavioral Health - Wexley", "31 Second St", "Wexley", dlat=0.003, dlon=-0.002)])
svc("mh2", "meadow", "youth_mental_health", "School-Based Therapy",
    "Therapists see students at school during the school day, with family sessions by appointment.",
    fees="Medicaid and private insurance; no student turned away for inability to pay.",
    assured="2023-05-17", langs=["English"],
    areas=[area("Kettle Creek"), area("Ransom")],
    scheds=[sch(WEEK, "08:00", "15:30")], phones=["417-555-0159"], locs=[])
svc("mh3", "oxfhc", "youth_mental_health", "Youth & Young Adult Behavioral Health",
    "Counseling and psychiatry for ages 12-25 in a primary care clinic. Same-week appointments.",
    fees="Sliding scale; Medicaid accepted.", assured="2024-09-30",
    langs=["English", "Spanish", "Vietnamese"],
    areas=[area("Oxbow County"), area("Ivel and Ransom areas")],
    scheds=[sch(WEEK, "08:00", "17:30"), sch("SA", "09:00", "12:00")], phones=["417-555-0160"],
    locs=[loc("Oxbow Family Health Center", "250 Main St", "Bellwether", dlat=0.002, dlon=-0.006)])
svc("mh4", "clearwater", "youth_mental_health", "Clearwater Counseling",
    "Licensed counselors for teens and adults 13 and older: anxiety, depression, autism-related "
    "challenges and family stress.",
    fees="$120 per session; some private insurance.", assured="2024-03-03", langs=["English"],
    areas=[area("Wexley")], scheds=[sch("MO,TU,WE,TH", "10:00", "19:00")], phones=["417-555-0161"],
    locs=[loc("Clearwater Counseling", "88 Commerce Blvd", "Wexley", dlat=-0.006, dlon=0.007)])

# ---------------- crisis_line ----------------
svc("cl1", "occ", "crisis_line", "988 Suicide & Crisis Lifeline - Local Call Center",
    "Call or text 988 any time for emotional distress or a suicidal crisis. Calls from this area are answered "
    "by trained local counselors, who can connect callers with mobile crisis and follow-up care.",
    fees="Free", assured="2024-10-05", langs=["English", "Spanish"],
    areas=[area("Tamsen, Larch and Oxbow counties", "Overflow calls go to the national backup network")],
    scheds=[sch(ALL7, "00:00", "23:59", "24/7")], phones=["988", "417-555-0162"], locs=[])
svc("cl2", "meadow", "crisis_line", "Mobile Crisis Response",
    "Crisis counselors come to a home, school or other location to help someone in a mental health crisis.",
    fees="Free", assured="2023-05-17", langs=["English"],
    areas=[area("Tamsen County"), area("Larch County")],
    scheds=[sch(ALL7, "00:00", "23:59")], phones=["417-555-0163"], locs=[])
svc("cl3", "occ", "crisis_line", "TextLine Teen",
    "Texting support for teens and young adults 13-24 from trained peer and adult volunteers.",
    fees="Free", assured="2024-10-05", langs=["English"],
    areas=[area("Statewide")],
    scheds=[sch(ALL7, "16:00", "23:00")], phones=["417-555-0164"], locs=[])

# ---------------- guardianship_legal ----------------
svc("gl1", "larchlegal", "guardianship_legal", "Guardianship & Supported Decision-Making Clinic",
    "Legal advice for families of young adults with disabilities on guardianship, limited guardianship, "
    "powers of attorney and supported decision-making agreements.",
    fees="Free for households under 200% of poverty; others referred out.", assured="2024-01-30",
    langs=["English"], areas=[area("Larch County"), area("Oxbow County")],
    scheds=[sch("MO,WE", "09:00", "15:00")], phones=["417-555-0165"],
    locs=[loc("Larch County Legal Aid Clinic", "60 Courthouse Sq", "Wexley", coords=False)])
svc("gl2", "sdrc", "guardianship_legal", "Disability Rights Legal Help",
    "The state's protection and advocacy agency: information, referral and legal representation on "
    "disability discrimination, special education, guardianship rights and abuse or neglect.",
    fees="Free", assured="2024-07-01", langs=["English", "Spanish"],
    areas=[area("Statewide")], scheds=[sch(WEEK, "08:00", "17:00")], phones=["417-555-0166"], locs=[])
svc("gl3", "tamcourt", "guardianship_legal", "Probate Self-Help Desk",
    "Court staff explain guardianship forms and filing steps for people without a lawyer. Staff cannot give "
    "legal advice.",
    fees="No charge for help; court filing fees apply.", assured="2022-05-05", langs=["English"],
    areas=[area("Tamsen County")], scheds=[sch("WE", "13:00", "16:00")], phones=["417-555-0167"],
    locs=[loc("Tamsen County Courthouse", "1 Courthouse Sq", "Harlan Falls")])
svc("gl4", "whitfield", "guardianship_legal", "Special Needs Planning",
    "Guardianship petitions, special needs trusts, ABLE accounts and estate planning for families of "
    "people with disabilities.",
    fees="$250 initial consultation; sliding scale for some families.", assured="2023-02-14",
    langs=["English"], areas=[area("Call to ask")],
    scheds=[sch(WEEK, "09:00", "17:00"), sch("TH", "17:00", "19:00", "Evening appointments")],
    phones=["417-555-0168"],
    locs=[loc("Whitfield & Osei Law", "140 Commerce Blvd, Suite 3", "Wexley", dlat=-0.007, dlon=0.009)])


def build():
    # places.csv
    with open(os.path.join(OUT, "places.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["town", "county", "zip", "lat", "lon"])
        for t in TOWNS:
            for z in t[2]:
                w.writerow([t[0], t[1], z, f"{t[3]:.3f}", f"{t[4]:.3f}"])
    orgs = []
    for okey, oname, ourl in ORGS:
        services = []
        for s in S:
            if s["org"] != okey:
                continue
            d = {
                "id": sid(s["key"]),
                "name": s["name"],
                "description": s["description"],
                "url": s["url"] if s["url"] is not None else ourl,
                "email": s["email"],
                "status": s["status"],
                "fees_description": s["fees"],
                "eligibility_description": s["elig"],
            }
            if s["min_age"] is not None:
                d["minimum_age"] = s["min_age"]
            if s["max_age"] is not None:
                d["maximum_age"] = s["max_age"]
            d["assured_date"] = s["assured"]
            d["languages"] = [{"name": l} for l in s["langs"]]
            d["service_areas"] = s["areas"]
            d["schedules"] = s["scheds"]
            d["phones"] = [{"number": p} for p in s["phones"]]
            d["service_at_locations"] = s["locs"]
            services.append(d)
        orgs.append({"id": oid(okey), "name": oname, "url": ourl, "services": services})
    assert all(o["services"] for o in orgs), [o["name"] for o in orgs if not o["services"]]
    with open(os.path.join(OUT, "knowledge", "directory", "kale-export.json"), "w") as f:
        json.dump(orgs, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, "kinds.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["service_id", "kind"])
        for s in S:
            w.writerow([sid(s["key"]), s["kind"]])
    # key map for the question builder
    with open(os.path.join(OUT, "_build", "service_keys.json"), "w") as f:
        json.dump({s["key"]: sid(s["key"]) for s in S}, f, indent=1)
    kinds = sorted({s["kind"] for s in S})
    print(f"orgs={len(orgs)} services={len(S)} inactive={sum(s['status'] != 'active' for s in S)} kinds={len(kinds)}")


if __name__ == "__main__":
    build()
