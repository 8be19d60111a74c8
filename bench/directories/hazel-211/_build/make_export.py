"""Builds knowledge/directory/northwoods-211-export.json and kinds.csv.
All content invented by a blind helper. Ids are uuid5 of org/service names so reruns are stable."""
import json, uuid, csv, os
NS = uuid.UUID("6f1c2d1e-2a11-4b7e-9c55-211211211211")
def uid(*p): return str(uuid.uuid5(NS, "|".join(p)))

L = {}  # locations
def loc(key, name, addr, city, zipc, lat=None, lon=None, region=None):
    a = {"address_1": addr, "city": city, "state_province": "WI", "postal_code": zipc}
    if region: a["region"] = region
    L[key] = {"name": name, "addresses": [a], "latitude": lat, "longitude": lon}

loc("ovr_pr", "OVR Pine Rapids Field Office", "410 N Mill St, Suite 2", "Pine Rapids", "54480", 45.3031, -89.7012, "Tamarack County")
loc("ovr_ash", "OVR Ashby satellite (Job Center building)", "115 W 2nd Ave", "Ashby", "54550", 45.4488, -90.2471)
loc("ovr_ml", "OVR Marten Lake Office", "22 Lakeshore Dr", "Marten Lake", "54530", 45.6221, -89.4460, "Hemlock County")
loc("ntc_pr", "Northwoods Technical College - Pine Rapids Campus", "1900 College Ave", "Pine Rapids", "54481", 45.2950, -89.7201)
loc("nep_pr", "Northwoods Employment Partners", "88 Depot St", "Pine Rapids", "54480", 45.3040, -89.6990)
loc("nep_ash", "Northwoods Employment Partners - Ashby", "301 Main St", "Ashby", "54550", 45.4502, -90.2495, "Flambeau County")
loc("od_ml", "Open Door Inc.", "640 County Rd K", "Marten Lake", "54530", 45.6180, -89.4520)
loc("od_day", "Open Door Day Activity Center", "644 County Rd K", "Marten Lake", "54530", 45.6181, -89.4524, "Hemlock County")
loc("ch_pr", "Cedar Hill Industries", "2250 Industrial Pkwy", "Pine Rapids", "54481", 45.2901, -89.6855)
loc("ch_sc", "Spruce Corners Community Center", "W4410 State Hwy 70", "Spruce Corners", "54554", None, None)
loc("fdhs_ash", "Flambeau County Courthouse Annex - Human Services", "500 Court St", "Ashby", "54550", 45.4510, -90.2502, "Flambeau County")
loc("nwdb_pr", "Northwoods Workforce Board", "410 N Mill St, Suite 6", "Pine Rapids", "54480", 45.3031, -89.7012)
loc("nwdb_ash", "Workforce Board - Ashby Job Center", "115 W 2nd Ave", "Ashby", "54550", 45.4488, -90.2471)
loc("jc_pr", "Tamarack County Job Center", "410 N Mill St", "Pine Rapids", "54480", 45.3031, -89.7012, "Tamarack County")
loc("jc_ml", "Hemlock County Job Center", "19 Birch St", "Marten Lake", "54530", 45.6230, -89.4475)
loc("fyc_ash", "Flambeau Youth Center", "720 Oak St", "Ashby", "54550", 45.4470, -90.2450)
loc("prt", "Pine Rapids Transit Center", "1 Transit Way", "Pine Rapids", "54480", 45.3008, -89.7050)
loc("ncil_ml", "North Central Independent Living", "305 Main St", "Marten Lake", "54530", 45.6212, -89.4491, "Hemlock County")
loc("ncil_pr", "NCIL Pine Rapids branch", "88 Depot St, 2nd floor", "Pine Rapids", "54480", 45.3040, -89.6990)
loc("ncil_pr_nocoord", "NCIL equipment closet (rear entrance)", "90 Depot St", "Pine Rapids", "54480", None, None)
loc("nsc_pr", "Northwoods School Collaborative office", "1200 W Division St", "Pine Rapids", "54481", 45.2988, -89.7188)
loc("nsc_harlow", "Harlow High School, Room 114", "15 School Rd", "Harlow", "54482", 45.3590, -89.5801)
loc("adrc_t", "Aging & Disability Resource Center of Tamarack County", "600 E 1st St", "Pine Rapids", "54480", 45.3022, -89.6960, "Tamarack County")
loc("lavd", "Lakes Area Volunteer Drivers", "Village Hall, 100 Main St", "Marten Lake", "54530", 45.6216, -89.4485)
loc("stb", "St. Brendan's Hospital - Rehab Services", "3000 Hospital Dr", "Pine Rapids", "54481", 45.3105, -89.7302)
loc("nds_pr", "Northwoods Driving School", "14 Elm St", "Pine Rapids", "54480", 45.3019, -89.7044)
loc("nds_ash", "Northwoods Driving School (Ashby classroom, library basement)", "210 W 3rd Ave", "Ashby", "54550", None, None)
loc("ahs", "Ashby High School", "900 Bulldog Dr", "Ashby", "54550", 45.4561, -90.2398, "Flambeau County")
loc("harbor", "Harbor House", "N2315 Harbor Ln", "Birch Hollow", "54484", 45.2231, -89.8010)
loc("lakeside", "Lakeside Home Care office", "7 Pier Rd", "Loon Bay", "54534", 45.5490, -89.2030)
loc("tchs", "Tamarack County Human Services", "620 E 1st St", "Pine Rapids", "54480", 45.3020, -89.6951, "Tamarack County")
loc("meadow", "Meadowbrook Adult Day Services", "455 Meadow Ln", "Pine Rapids", "54481", 45.2933, -89.7100)
loc("nbp", "Northwoods Benefits Partners", "88 Depot St, Suite 4", "Pine Rapids", "54480", 45.3040, -89.6990)
loc("adrc_h", "ADRC of Hemlock County", "30 Lakeshore Dr", "Marten Lake", "54530", 45.6219, -89.4455)
loc("pantry", "Harlow Community Pantry (St. Olaf church basement)", "210 Church St", "Harlow", "54482", 45.3612, -89.5830)
loc("fchc", "Flambeau Community Health Center", "1100 River Rd", "Ashby", "54550", 45.4455, -90.2520, "Flambeau County")
loc("fchc_tm", "Flambeau Community Health Center - Tilden Mills clinic", "12 Mill St", "Tilden Mills", "54552", 45.3525, -90.1010)
loc("hhhs", "Hemlock County Health & Human Services", "25 Lakeshore Dr", "Marten Lake", "54530", 45.6220, -89.4470, "Hemlock County")
loc("p2p", "Parent to Parent Northwoods", "211 Pine St", "Harlow", "54482", 45.3598, -89.5815)
loc("prfc", "Pine Rapids Family Counseling", "37 River St", "Pine Rapids", "54480", 45.3001, -89.7071)
loc("hca", "Hmong Community Association of Pine Rapids", "505 S 5th Ave", "Pine Rapids", "54480", 45.2970, -89.7040)
loc("nla", "Northwoods Legal Aid - Pine Rapids", "410 N Mill St, Suite 9", "Pine Rapids", "54480", 45.3031, -89.7012)
loc("parks", "Pine Rapids Aquatic & Community Center", "800 Riverside Park Dr", "Pine Rapids", "54480", 45.3060, -89.7110)
loc("so_ash", "Ashby Middle School gym", "850 Bulldog Dr", "Ashby", "54550", 45.4558, -90.2405)
loc("hlra_lb", "Loon Bay Landing", "Loon Bay Rd & Cty Hwy D", "Loon Bay", "54534", 45.5501, -89.2001)
loc("hlra_ml", "Marten Lake Community Hall", "100 Main St", "Marten Lake", "54530", 45.6216, -89.4485)
loc("fyc_tm", "Tilden Mills Legion Hall", "48 Mill St", "Tilden Mills", "54552", None, None)

def A(name, desc=""): return {"name": name, "description": desc}
def S(byday=None, o=None, c=None, desc=None):
    d = {}
    if byday: d["byday"] = byday
    if o: d["opens_at"] = o
    if c: d["closes_at"] = c
    if desc: d["description"] = desc
    return d
def langs(*n): return [{"name": x} for x in n]

ORGS = []
KINDS = []
def org(name, desc, url="", email=""):
    o = {"id": uid(name), "name": name, "description": desc, "url": url, "email": email, "services": []}
    ORGS.append(o); return o
def svc(o, name, kind, desc, *, fees="", elig="", mn=None, mx=None, lg=(), areas=(), sched=(), phones=(), locs=(),
        url=None, email=None, status="active", assured="2026-03-02"):
    s = {"id": uid(o["name"], name), "name": name, "description": desc,
         "url": o["url"] if url is None else url, "email": o["email"] if email is None else email,
         "status": status, "fees_description": fees, "eligibility_description": elig,
         "minimum_age": mn, "maximum_age": mx,
         "assured_date": assured if assured != "2026-03-02" else DATES[len(KINDS) % len(DATES)],
         "languages": langs(*lg), "service_areas": list(areas), "schedules": list(sched),
         "phones": [{"number": p} for p in phones],
         "service_at_locations": [{"location": dict(L[k])} for k in locs]}
    o["services"].append(s); KINDS.append((s["id"], kind)); return s

WKD = "MO,TU,WE,TH,FR"
DATES = ["2026-03-02", "2025-11-14", "2026-06-30", "2024-09-05", "2026-01-21", "2025-04-08", "2026-08-12"]
# ---------------------------------------------------------------- 1 OVR
o = org("Wisconsin Office of Vocational Rehabilitation - Northwoods", "State agency. Helps people with disabilities get, keep and advance in jobs.", "https://ovr.example.wi.gov/northwoods", "northwoods.ovr@example.wi.gov")
svc(o, "Vocational Rehabilitation Services", "vocational_rehabilitation",
    "Individualized Plan for Employment, vocational counseling, job placement, training and assistive technology for eligible people with disabilities. Applications taken at either office; Ashby satellite staffed Tuesdays.",
    fees="No charge for assessment, counseling and planning. Some purchased services may need a cost share based on family income.",
    elig="Has a disability that is a barrier to work and needs VR services to get or keep a job.", mn=14,
    lg=("English", "Spanish"), areas=[A("Tamarack County"), A("Flambeau County")],
    sched=[S(WKD, "07:45", "16:30"), S("TU", "09:00", "15:00", "Ashby satellite, Tuesdays only")],
    phones=("715-555-0140", "715-555-0199 (Ashby, Tue)"), locs=("ovr_pr", "ovr_ash"))
svc(o, "Pre-Employment Transition Services (Pre-ETS)", "vocational_rehabilitation",
    "Job exploration counseling, work-based learning, workplace readiness, self-advocacy and counseling on college options for students with disabilities. Usually arranged through the student's IEP team and delivered at school.",
    fees="Free to students", elig="Students with disabilities, ages 14-21, enrolled in school (IEP or 504).", mn=14, mx=21,
    lg=("English", "Spanish"), areas=[A("Tamarack, Hemlock and Flambeau counties", "All public school districts in the three counties")],
    sched=[S(desc="School year; arranged through the school")], phones=("715-555-0140",), locs=("ovr_pr",))
svc(o, "Vocational Rehabilitation - Marten Lake", "vocational_rehabilitation",
    "Same VR program as the Pine Rapids office, for Hemlock County residents. Students 14 and older can apply before leaving high school; we like to get started by junior year.",
    fees="No charge; cost share possible for some services", elig="Disability that makes it hard to work.",
    lg=("English",), areas=[A("Hemlock County")], sched=[S("MO,WE,TH", "08:00", "16:30")],
    phones=("715-555-0177",), locs=("ovr_ml",))
# ---------------------------------------------------------------- 2 NTC
o = org("Northwoods Technical College", "Two-year technical college serving the Northwoods.", "https://ntc-northwoods.example.edu", "")
svc(o, "Career Pathways Assessment", "vocational_rehabilitation",
    "A two-day hands-on vocational evaluation (work samples, interest inventory, aptitude testing) with a written report. Often used by VR counselors and IEP teams to plan training after high school.",
    fees="$40 assessment fee, waived for OVR referrals", elig="16 and up", mn=16,
    lg=("English",), areas=[A("Northwoods region")], sched=[S("WE,TH", "08:30", "14:30")],
    phones=("715-555-0302",), locs=("ntc_pr",), email="assess@ntc-northwoods.example.edu")
# ---------------------------------------------------------------- 3 NEP
o = org("Northwoods Employment Partners", "Nonprofit employment agency for people with disabilities.", "https://nwemploy.example.org", "info@nwemploy.example.org")
svc(o, "Next Step", "supported_employment",
    "Next Step is our individual supported employment program. An employment specialist helps you find a job that fits, then a job coach comes to work with you and fades back as you learn the job. Long-term follow-along for as long as you want it.",
    fees="Funded through OVR, Family Care, IRIS or Medicaid waiver. Private pay $58/hour.", elig="Adults 18+ with a disability.", mn=18,
    lg=("English", "Hmong"), areas=[A("Tamarack County")], sched=[S(WKD, "08:00", "17:00")],
    phones=("715-555-0210",), locs=("nep_pr",))
svc(o, "Next Step - Ashby", "supported_employment",
    "Job development and on-the-job coaching out of our Ashby office.",
    fees="OVR, Family Care or Medicaid waiver", elig="18 and over", mn=18,
    lg=("English",), areas=[A("Flambeau County", "Dellwood and Spruce Corners by arrangement")], sched=[S("MO,TU,WE,TH", "08:00", "16:00")],
    phones=("715-555-0211",), locs=("nep_ash",))
# ---------------------------------------------------------------- 4 Open Door
o = org("Open Door Inc.", "Marten Lake nonprofit founded by parents in 1974. Employment and day services.", "https://opendoor-ml.example.org", "hello@opendoor-ml.example.org")
svc(o, "Open Door Employment", "supported_employment",
    "Customized employment and job coaching. We start with discovery (getting to know the person), then carve a job with a local employer and coach on site.",
    fees="Medicaid waiver accepted. Sliding scale for private pay.", elig="Youth and adults, 16 and older, with intellectual or developmental disabilities.", mn=16,
    lg=("English",), areas=[A("Hemlock County")], sched=[S(WKD, "07:30", "16:00")],
    phones=("715-555-0601",), locs=("od_ml",))
svc(o, "Day Activity Center", "adult_day_program",
    "Structured weekday program for adults 18 and older: life skills, community outings, music and art, lunch. Staff can assist with personal care during program hours.",
    fees="Family Care and IRIS accepted; private pay $70/day", elig="Adults with developmental disabilities",
    lg=("English",), areas=[A("Hemlock County", "and the western part of Vosburg")], sched=[S(WKD, "08:00", "15:00")],
    phones=("715-555-0602",), locs=("od_day",))
# ---------------------------------------------------------------- 5 Cedar Hill
o = org("Cedar Hill Industries", "Community rehabilitation program.", "https://cedarhill.example.org", "")
svc(o, "Work Crew Program", "supported_employment",
    "Small-group supported employment: crews of 3-5 workers with a supervisor doing janitorial, grounds and packaging contracts at local businesses. Workers earn at least minimum wage. Crew van picks up along the bus line.",
    fees="Medicaid / Family Care", elig="Adults with disabilities", mn=18,
    lg=(), areas=[A("", "Within 5 miles of the transit line")], sched=[S(WKD, "07:00", "15:30")],
    phones=("715-555-0820",), locs=("ch_pr",))
svc(o, "Community Day Program - Spruce Corners", "adult_day_program",
    "Three days a week at the Spruce Corners Community Center. Crafts, cooking, gardening, volunteering in town. Transportation from Ashby available on request.",
    fees="Family Care, IRIS, private pay $62/day", elig="Adults 21 and over", mn=21,
    lg=("English",), areas=[A("Flambeau County")], sched=[S("MO,WE,FR", "09:00", "14:00")],
    phones=("715-555-0825",), locs=("ch_sc",))
# ---------------------------------------------------------------- 6 Flambeau County DHS
o = org("Flambeau County Department of Human Services", "County human services: children's long-term support, mental health, aging and disability.", "https://flambeaucounty.example.gov/dhs", "dhs@flambeaucounty.example.gov")
svc(o, "Individual Placement and Support (IPS)", "supported_employment",
    "Evidence-based supported employment for people in county mental health services. Rapid job search, no readiness testing, benefits planning and ongoing support.",
    fees="Medicaid (CCS) or no cost", elig="Enrolled in county mental health services (CSP or CCS); 16+", mn=16,
    lg=("English",), areas=[A("Flambeau County")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0450",), locs=("fdhs_ash",))
svc(o, "Specialized Transportation", "paratransit",
    "Door-to-door rides in lift-equipped vans for elders and people with disabilities. Medical, work, shopping. Call at least 48 hours ahead.",
    fees="Free for medical trips for Medicaid members; $4 per one-way trip otherwise", elig="60+ or any age with a disability",
    lg=("English",), areas=[A("Flambeau County")], sched=[S(WKD, "07:30", "15:30")],
    phones=("715-555-0455",), locs=("fdhs_ash",))
svc(o, "Kinship Respite", "respite",
    "Short breaks for parents and kinship caregivers of children with disabilities. Trained respite staff come to the home or the child joins a small after-school group at the courthouse annex family room.",
    fees="Free to families enrolled in Children's Long-Term Support; others sliding scale", elig="Children and teens ages 6-18 with a disability living in Flambeau County.", mn=6, mx=18,
    lg=("English",), areas=[A("Flambeau County")], sched=[S("TU,TH", "15:00", "18:00")],
    phones=("715-555-0458",), locs=("fdhs_ash",))
# ---------------------------------------------------------------- 7 NWDB
o = org("Northwoods Workforce Development Board", "Federally funded workforce board.", "https://nwworkforce.example.org", "youth@nwworkforce.example.org")
svc(o, "Summer Youth Works", "youth_employment",
    "Paid summer jobs (6-8 weeks, up to 25 hours a week) at parks, libraries, nonprofits and local businesses, with a worksite mentor. Youth with IEPs welcome; accommodations arranged with the school.",
    fees="Paid positions; no cost to youth", elig="Youth ages 14-21; priority for low-income youth and youth with disabilities", mn=14, mx=21,
    lg=("English", "Spanish"), areas=[A("ZIP codes", "54480, 54481, 54482, 54484, 54486, 54550, 54552")],
    sched=[S("MO,TU,WE,TH", "09:00", "15:00", "June-August only")], phones=("715-555-0330",), locs=("nwdb_pr", "nwdb_ash"))
svc(o, "WIOA Youth Program", "youth_employment",
    "For young people who are out of school or at risk of dropping out: GED help, paid work experience, occupational training, and a case manager for up to a year after placement.",
    fees="Free", elig="Out-of-school youth ages 16-24, or in-school youth 14-21 with a barrier (disability counts)", mn=14, mx=24,
    lg=("English", "Spanish"), areas=[A("Tri-County area")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0331",), locs=("nwdb_pr", "nwdb_ash"))
# ---------------------------------------------------------------- 8 Job Centers
o = org("Northwoods Job Centers", "Public job centers.", "https://jobcenters.example.wi.gov", "")
svc(o, "Job Search Workshop", "youth_employment",
    "drop-in workshops: resumes, online applications, interview practice. open to anyone 16 and up; high school students with a teacher or parent are welcome",
    fees="Free", elig="", mn=16,
    lg=("English",), areas=[A("Tamarack County")], sched=[S("TU", "13:00", "15:00"), S("TH", "17:30", "19:30")],
    phones=("715-555-0345",), locs=("jc_pr",))
svc(o, "Youth Job Club", "youth_employment",
    "Weekly job club for teens and young adults at the Hemlock County Job Center. Job leads, applications, mock interviews, snacks.",
    fees="No charge", elig="Ages 16-24", mn=16, mx=24,
    lg=("English",), areas=[A("Hemlock County")], sched=[S("WE", "15:30", "17:00")],
    phones=("715-555-0346",), locs=("jc_ml",))
# ---------------------------------------------------------------- 9 Flambeau Youth Center
o = org("Flambeau Youth Center", "Drop-in youth center in Ashby.", "https://flambeauyouth.example.org", "fyc@flambeauyouth.example.org")
svc(o, "Teen Work Readiness", "youth_employment",
    "Teens ages 14 to 18 learn job skills by running the center's snack bar and doing small paid jobs for local businesses. We help with work permits.",
    fees="Free to members; membership $10/year", elig="",
    lg=("English",), areas=[A("Ashby and Tilden Mills")], sched=[S("MO,WE", "15:30", "17:30")],
    phones=("715-555-0720",), locs=("fyc_ash",))
svc(o, "Friday Night Social Club", "recreation",
    "Games, music, pizza and outings for teens and young adults with and without disabilities. Parents don't need to stay.",
    fees="$5 per night", elig="Ages 16-30", mn=16, mx=30,
    lg=("English",), areas=[A("Ashby and Tilden Mills", "plus anyone who can get here")], sched=[S("FR", "18:00", "21:00")],
    phones=("715-555-0720",), locs=("fyc_ash", "fyc_tm"))
# ---------------------------------------------------------------- 10 Transit
o = org("Pine Rapids Transit", "City bus system: 4 fixed routes, Monday-Saturday.", "https://pinerapidstransit.example.gov", "ride@pinerapidstransit.example.gov")
svc(o, "Ride Ready", "travel_training",
    "One-on-one travel training. A trainer rides with the student on the regular city bus until they can plan a trip, pay the fare, transfer and get home on their own. Good next step for riders who use paratransit now.",
    fees="No charge", elig="Students 14 and up and adults who can ride fixed route with training",
    lg=("English", "Spanish"), areas=[A("Pine Rapids and Harlow", "fixed route service area")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0900",), locs=("prt",))
svc(o, "ADA Paratransit", "paratransit",
    "Curb-to-curb rides for people who cannot use the fixed route buses because of a disability. Must be certified first (application + interview). Rides must be booked by 5 pm the day before.",
    fees="$3.00 per one-way trip; PCA rides free", elig="ADA paratransit certification",
    lg=("English", "Spanish"), areas=[A("", "Within 3/4 mile of fixed routes")], sched=[S(WKD, "06:00", "19:00"), S("SA", "08:00", "17:00")],
    phones=("715-555-0901",), locs=("prt",))
# ---------------------------------------------------------------- 11 NCIL
o = org("North Central Independent Living", "Center for independent living run by and for people with disabilities. Offices in Marten Lake and Pine Rapids.", "https://ncil-wi.example.org", "ncil@ncil-wi.example.org")
svc(o, "Travel Skills Training", "travel_training",
    "We teach people to get around on their own: reading schedules, using the Lakes Area volunteer drivers, calling for rides, walking routes, and the city bus in Pine Rapids.",
    fees="Free", elig="",
    lg=("English",), areas=[A("Hemlock County"), A("Tamarack County")], sched=[S(WKD, "08:30", "16:30")],
    phones=("715-555-0500",), locs=("ncil_ml",))
svc(o, "Independent Living Skills", "independent_living",
    "Cooking, budgeting, finding an apartment, self-advocacy. At our office, in your home, or in the community.",
    fees="Free", elig="Any age, any disability",
    lg=("English",), areas=[A("Hemlock, Tamarack and Flambeau counties")], sched=[S(WKD, "08:30", "16:30")],
    phones=("715-555-0500",), locs=("ncil_ml", "ncil_pr"))
svc(o, "Peer Mentoring", "independent_living",
    "Get matched with a mentor who also has a disability. Monthly evening peer group in Marten Lake, plus one-to-one meetups.",
    fees="Free", elig="",
    lg=("English",), areas=[A("Hemlock, Tamarack and Flambeau counties")], sched=[S("TH", "18:00", "20:00", "2nd and 4th Thursday")],
    phones=("715-555-0500",), locs=("ncil_ml",))
svc(o, "Youth Transition Services", "independent_living",
    "For young people ages 14 through 24 moving from school to adult life: self-advocacy, IEP meeting support, independent living skills, and connecting to adult services.",
    fees="Free", elig="Youth with disabilities",
    lg=("English",), areas=[A("Tamarack County")], sched=[S(WKD, "09:00", "17:00")],
    phones=("715-555-0505",), locs=("ncil_pr",))
svc(o, "Assistive Technology Loan Closet", "independent_living",
    "Borrow and try assistive technology and small home modification items (grab bars, ramps, communication devices) before buying.",
    fees="Free loans up to 60 days", elig="",
    lg=(), areas=[A("Northwoods region")], sched=[S(desc="Call to arrange pickup")],
    phones=("715-555-0507",), locs=("ncil_pr_nocoord",))
svc(o, "Work & Benefits Clinic", "benefits_counseling",
    "Will a job cut my SSI? What happens to my Medicaid? Monthly evening clinic with a certified benefits specialist. Bring your latest SSA letters.",
    fees="Free", elig="16 and older receiving SSI, SSDI or Medicaid", mn=16,
    lg=("English",), areas=[A("Hemlock, Tamarack counties")], sched=[S("TU", "17:00", "19:00", "2nd Tuesday")],
    phones=("715-555-0500",), locs=("ncil_ml",))
# ---------------------------------------------------------------- 12 NSC
o = org("Northwoods School Collaborative", "Consortium of school districts in Tamarack County sharing special education staff.", "https://nwschoolcollab.example.org", "")
svc(o, "Bridges Program", "travel_training",
    "Bridges is the 18-21 community-based transition program. Students spend the day in the community learning to get around (walking routes, city bus, calling paratransit), shop, and work.",
    fees="No cost (part of the IEP)", elig="Students 18-21 with an IEP in a member district", mn=18, mx=21,
    lg=("English",), areas=[A("Member districts in Tamarack County")], sched=[S(WKD, "08:00", "14:30", "school calendar")],
    phones=("715-555-0610",), locs=("nsc_pr",), email="bridges@nwschoolcollab.example.org")
svc(o, "Transition Night for Families", "parent_training",
    "Evening workshop series for parents: guardianship and its alternatives, SSI at 18, adult services, what happens after graduation. Childcare provided.",
    fees="Free", elig="Families of students with IEPs",
    lg=("English", "Spanish"), areas=[A("Tamarack County; Flambeau County")], sched=[S("TU", "18:00", "20:00", "October-April, monthly")],
    phones=("715-555-0610",), locs=("nsc_harlow",))
# ---------------------------------------------------------------- 13 ADRC Tamarack
o = org("Aging & Disability Resource Center of Tamarack County", "ADRC: information and assistance for older adults and adults with disabilities.", "https://adrc-tamarack.example.gov", "adrc@tamarackcounty.example.gov")
svc(o, "Dial-a-Ride", "paratransit",
    "County dial-a-ride minibus for elders and people with disabilities. Trips to Pine Rapids for appointments and shopping on set days by area.",
    fees="Suggested donation $2 per ride", elig="60 or older, or a disability",
    lg=("English",), areas=[A("Rural Tamarack County")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0660",), locs=("adrc_t",))
# ---------------------------------------------------------------- 14 Lakes Area Volunteer Drivers
o = org("Lakes Area Volunteer Drivers", "Volunteer driver program.", "", "lavd@example.org")
svc(o, "Lakes Area Rides", "paratransit",
    "Volunteers use their own cars to drive people to medical appointments, work and errands. Not wheelchair accessible.",
    fees="Mileage reimbursement $0.40/mile; Medicaid rides go through MedRide", elig="",
    lg=("English",), areas=[A("Call to ask")], sched=[S(desc="Weekdays, based on volunteer availability")],
    phones=("715-555-0705",), locs=("lavd",))
# ---------------------------------------------------------------- 15 MedRide
o = org("MedRide Wisconsin", "Non-emergency medical transportation broker for Wisconsin Medicaid.", "https://medride-wi.example.com", "")
svc(o, "Medicaid Non-Emergency Rides", "paratransit",
    "Rides to Medicaid-covered medical appointments. Book 2 business days ahead by phone. Public transit passes, mileage reimbursement or van rides.",
    fees="No cost to Medicaid members", elig="Wisconsin Medicaid / BadgerCare members",
    lg=("English", "Spanish", "Hmong"), areas=[A("Statewide")], sched=[S(WKD, "07:00", "18:00")],
    phones=("1-866-555-0123",), locs=())
# ---------------------------------------------------------------- 16 St. Brendan's
o = org("St. Brendan's Hospital", "Regional hospital.", "https://stbrendans.example.org", "")
svc(o, "Adaptive Driving Program", "drivers_education",
    "Clinical driver evaluation by an occupational therapist / certified driver rehabilitation specialist, then behind-the-wheel lessons in an adapted car (hand controls, spinner knob). For new drivers with disabilities as well as adults returning to driving.",
    fees="Medicaid and some insurance accepted for the evaluation; private pay $250 evaluation, $95 per lesson", elig="Must hold a learner's permit or be eligible for one", mn=15,
    lg=("English",), areas=[A("Northwoods region")], sched=[S("MO,TU,TH", "08:00", "16:00")],
    phones=("715-555-0311",), locs=("stb",))
# ---------------------------------------------------------------- 17 Northwoods Driving School
o = org("Northwoods Driving School", "Private, state-licensed driver training school.", "https://nwdriving.example.com", "office@nwdriving.example.com")
svc(o, "Teen Driver Education", "drivers_education",
    "30 hours of classroom + 6 hours behind the wheel. ages 15-18. Classes in Pine Rapids and Ashby. Extra time available for students with IEPs (ask).",
    fees="$375 course; $45 per extra lesson", elig="",
    lg=("English",), areas=[], sched=[S("MO,WE", "16:00", "18:00"), S("SA", "09:00", "12:00")],
    phones=("715-555-0122",), locs=("nds_pr", "nds_ash"))
# ---------------------------------------------------------------- 18 Ashby School District
o = org("Ashby School District", "Public school district.", "https://ashbyschools.example.org", "")
svc(o, "Driver Education", "drivers_education",
    "PROGRAM SUSPENDED for the 2026-27 school year. Students may use private driving schools.",
    fees="$150", elig="Ashby High School students, 15+", mn=15, mx=19,
    lg=("English",), areas=[A("Flambeau County")], sched=[S(WKD, "15:30", "17:00")],
    phones=("715-555-0870",), locs=("ahs",), status="inactive", assured="2025-08-15")
# ---------------------------------------------------------------- 19 Harbor House
o = org("Harbor House", "Respite home for children and young adults with disabilities, on 12 acres outside Pine Rapids.", "https://harborhouse-wi.example.org", "stay@harborhouse-wi.example.org")
svc(o, "Saturday Respite & Overnights", "respite",
    "Give yourself a break. Drop your child off Saturday for a day of crafts, trail walks and swings, or book a Friday overnight. Nurses on staff; we can handle g-tubes, seizures and personal care.",
    fees="Sliding scale; Children's Long-Term Support waiver and Medicaid accepted", elig="Children and young adults with disabilities", mn=5, mx=21,
    lg=("English", "Hmong"), areas=[A("Tamarack County")], sched=[S("SA", "09:00", "15:00"), S("FR", "17:00", "21:00", "overnight until Saturday 9am")],
    phones=("715-555-0444",), locs=("harbor",))
# ---------------------------------------------------------------- 20 Respite Care Association
o = org("Respite Care Association of the Northwoods", "Nonprofit that funds respite for family caregivers.", "https://respite-northwoods.example.org", "")
svc(o, "Family Respite Vouchers", "respite",
    "Caregivers pick their own respite provider (a neighbor, relative, or agency) and we reimburse up to $500 a year. Phone intake.",
    fees="Free to eligible families", elig="Unpaid family caregiver of a person of any age with a disability or chronic condition",
    lg=("English", "Spanish"), areas=[A("Tamarack, Hemlock and Flambeau counties")], sched=[S(desc="Phone intake weekdays")],
    phones=("715-555-0480",), locs=())
# ---------------------------------------------------------------- 21 Lakeside Home Care
o = org("Lakeside Home Care", "Home care agency (personal care, supportive home care, respite).", "", "lakesidehomecare@example.com")
svc(o, "Lakeside Respite", "respite",
    "In-home respite for children ages 3 to 17 so parents can run errands, rest or go out. Our aides are CPR trained. (Personal care / PCW hours are a separate Medicaid service - ask the office.)",
    fees="$24/hour; Children's Long-Term Support and Medicaid accepted", elig="",
    lg=(), areas=[A("Hemlock County")], sched=[S(desc="By arrangement")],
    phones=("715-555-0530",), locs=("lakeside",))
# ---------------------------------------------------------------- 22 Tamarack County Human Services
o = org("Tamarack County Human Services", "County human services department.", "https://tamarackcounty.example.gov/hs", "humanservices@tamarackcounty.example.gov")
svc(o, "Emergency Respite Beds", "respite",
    "Short-term (up to 7 nights) emergency respite for adults with disabilities when a caregiver is suddenly unable to provide care.",
    fees="Medicaid / Family Care; no charge in an emergency", elig="Adults 18 and older", mn=18,
    lg=("English",), areas=[A("Tamarack County")], sched=[S(desc="24/7 through the crisis line")],
    phones=("715-555-0600",), locs=("tchs",))
svc(o, "Northwoods Crisis Line", "crisis_line",
    "24-hour mental health crisis line and mobile crisis team. Call if you or someone you know is in crisis. Mobile team can come to homes and schools.",
    fees="No charge", elig="Anyone",
    lg=("English", "Spanish"), areas=[A("Tamarack, Hemlock and Flambeau counties")], sched=[S("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")],
    phones=("715-555-0911",), locs=())
# ---------------------------------------------------------------- 23 Meadowbrook
o = org("Meadowbrook Adult Day Services", "Adult day center.", "https://meadowbrookday.example.com", "")
svc(o, "Adult Day Program", "adult_day_program",
    "Daytime program for adults who need supervision: activities, meals, medication reminders, help with personal care. Families use us so they can work.",
    fees="Medicaid / Family Care accepted; private pay $78/day", elig="Adults 18+", mn=18,
    lg=("English", "Hmong"), areas=[A("Tamarack County")], sched=[S(WKD, "07:30", "17:30")],
    phones=("715-555-0370",), locs=("meadow",))
# ---------------------------------------------------------------- 24 Northwoods Benefits Partners
o = org("Northwoods Benefits Partners", "Work Incentives Planning and Assistance (WIPA) project.", "https://nwbenefits.example.org", "wipa@nwbenefits.example.org")
svc(o, "Work Incentives Planning (WIPA)", "benefits_counseling",
    "Certified Work Incentives Counselors explain how earnings affect SSI, SSDI, Medicaid and other benefits, and help use work incentives like the Student Earned Income Exclusion and PASS plans.",
    fees="Free", elig="SSI or SSDI beneficiaries ages 14 through 64 who are working or planning to work", mn=14, mx=64,
    lg=("English", "Spanish"), areas=[A("Tamarack County"), A("Flambeau County")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0800", "1-866-555-0800"), locs=("nbp",))
# ---------------------------------------------------------------- 25 ADRC Hemlock
o = org("ADRC of Hemlock County", "Aging & Disability Resource Center.", "https://adrc-hemlock.example.gov", "")
svc(o, "Disability Benefit Specialist", "benefits_counseling",
    "Help with Social Security disability, SSI, Medicare and Medicaid problems: denials, overpayments, appeals, and questions about working while on benefits.",
    fees="No charge", elig="Adults 18-59 with a disability", mn=18, mx=59,
    lg=("English",), areas=[A("Hemlock County")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0560",), locs=("adrc_h",))
svc(o, "Guardianship & Decision-Making Options", "guardianship_legal",
    "Quarterly session for families of youth turning 18: guardianship, supported decision-making agreements, powers of attorney, and representative payees. Led by ADRC staff with a volunteer attorney.",
    fees="Free", elig="",
    lg=("English",), areas=[A("Hemlock County")], sched=[S("WE", "17:30", "19:30", "quarterly")],
    phones=("715-555-0560",), locs=("adrc_h",))
# ---------------------------------------------------------------- 26 Badger Disability Rights
o = org("Badger Disability Rights", "Protection and advocacy organization for Wisconsin.", "https://badgerdr.example.org", "intake@badgerdr.example.org")
svc(o, "Legal Advocacy & Supported Decision-Making", "guardianship_legal",
    "Information and advocacy on guardianship alternatives, supported decision-making, special education rights and discrimination. Limited direct legal representation.",
    fees="Free", elig="People with disabilities and their families",
    lg=("English", "Spanish"), areas=[A("Statewide")], sched=[S(WKD, "09:00", "16:00")],
    phones=("1-800-555-0188",), locs=())
svc(o, "Disability Benefits Navigator (online)", "benefits_counseling",
    "Free online calculators and plain-language guides: how a job affects SSI, SSDI, Medicaid Purchase Plan, FoodShare. No phone support.",
    fees="Free", elig="", lg=("English",), areas=[A("Statewide")], sched=[], phones=(), locs=(),
    url="https://benefits-navigator.example.org")
# ---------------------------------------------------------------- 27 Income Maintenance
o = org("Northwoods Income Maintenance Consortium", "Processes FoodShare (SNAP), BadgerCare/Medicaid, child care and energy assistance applications for the member counties.", "https://access-northwoods.example.gov", "")
svc(o, "Economic Support Call Center", "benefits_application",
    "Apply or renew FoodShare, BadgerCare Plus, Medicaid for the elderly, blind and disabled, and caretaker supplement by phone. Workers can take applications over the phone and explain what documents to send.",
    fees="No charge", elig="",
    lg=("English", "Spanish", "Hmong"), areas=[A("Tamarack, Hemlock and Flambeau counties")], sched=[S(WKD, "07:45", "16:30")],
    phones=("1-888-555-0444",), locs=())
# ---------------------------------------------------------------- 28 Harlow pantry
o = org("Harlow Community Pantry", "Volunteer food pantry.", "", "")
svc(o, "FoodShare Application Help", "benefits_application",
    "Volunteers help you fill out the FoodShare application on the state website while you're here for the pantry.",
    fees="Free", elig="",
    lg=("English",), areas=[A("Harlow, Birch Hollow, 54486")], sched=[S("SA", "09:00", "12:00")],
    phones=("715-555-0390",), locs=("pantry",))
# ---------------------------------------------------------------- 29 Flambeau CHC
o = org("Flambeau Community Health Center", "Federally qualified health center: medical, dental, behavioral health.", "https://flambeauchc.example.org", "info@flambeauchc.example.org")
svc(o, "Medicaid & Marketplace Enrollment Help", "benefits_application",
    "Certified application counselors help you apply for BadgerCare Plus / Medicaid, FoodShare, and Marketplace insurance.",
    fees="No cost", elig="",
    lg=("English", "Spanish"), areas=[A("Flambeau County")], sched=[S(WKD, "08:00", "17:00"), S("TH", "08:00", "19:00")],
    phones=("715-555-0750",), locs=("fchc", "fchc_tm"))
svc(o, "School-Based Therapy", "youth_mental_health",
    "Our therapists see students at school during the school day, so kids don't miss half a day for an appointment. Parents consent and can join sessions by video.",
    fees="Medicaid accepted; sliding scale; no one turned away", elig="Students ages 5-18", mn=5, mx=18,
    lg=("English", "Spanish"), areas=[A("Ashby School District and Tilden Mills School District")], sched=[S(desc="During the school day")],
    phones=("715-555-0752",), locs=("fchc",))
svc(o, "Teen Talk Group", "youth_mental_health",
    "Therapist-led group for teens dealing with anxiety, stress or depression. Tuesdays after school.",
    fees="Medicaid; sliding scale", elig="ages 13-18",
    lg=("English",), areas=[A("Flambeau County")], sched=[S("TU", "15:45", "17:00")],
    phones=("715-555-0752",), locs=("fchc",))
# ---------------------------------------------------------------- 30 Hemlock HHS
o = org("Hemlock County Health & Human Services", "County health and human services.", "https://hemlockcounty.example.gov/hhs", "")
svc(o, "Economic Support Walk-In", "benefits_application",
    "Walk-in help applying for FoodShare, BadgerCare Plus and Medicaid at the county building. Applications are processed by the Income Maintenance Consortium.",
    fees="No charge", elig="",
    lg=("English",), areas=[A("Hemlock County")], sched=[S("MO,WE", "08:00", "12:00")],
    phones=("715-555-0520",), locs=("hhhs",))
svc(o, "Comprehensive Community Services (CCS)", "youth_mental_health",
    "Recovery-oriented mental health and substance use services for ages 8 and older: therapy, psychiatry, skill building, peer support, and crisis planning. Team meets in home, school or community.",
    fees="Medicaid; others based on ability to pay", elig="Mental health or substance use diagnosis that affects daily life",
    lg=("English",), areas=[A("Hemlock County")], sched=[S(WKD, "08:00", "16:30")],
    phones=("715-555-0525",), locs=("hhhs",))
# ---------------------------------------------------------------- 31 Family Compass
o = org("Family Compass Wisconsin", "Wisconsin's parent training and information center.", "https://familycompass-wi.example.org", "help@familycompass-wi.example.org")
svc(o, "Parent Training & Information", "parent_training",
    "Free one-to-one help and trainings for parents of children and youth with disabilities: IEPs, transition planning, dispute resolution, and adult services. Online trainings most weeks.",
    fees="Free", elig="Parents and family members of children and youth with disabilities, birth to 26", mn=0, mx=26,
    lg=("English", "Spanish"), areas=[A("Statewide")], sched=[S(WKD, "08:00", "16:30")],
    phones=("1-877-555-0155",), locs=())
# ---------------------------------------------------------------- 32 Parent to Parent
o = org("Parent to Parent Northwoods", "Parent-run support network.", "", "p2pnorthwoods@example.org")
svc(o, "Parent Mentor Match", "parent_training",
    "We connect you with a trained parent mentor whose child has a similar disability or is at the same stage (like leaving high school). Plus a Hmong-language parent circle that meets monthly.",
    fees="No charge", elig="",
    lg=("English", "Hmong"), areas=[A("Tamarack County")], sched=[S("SA", "10:00", "12:00", "Hmong parent circle, first Saturday")],
    phones=("715-555-0285",), locs=("p2p",))
# ---------------------------------------------------------------- 33 PR Family Counseling
o = org("Pine Rapids Family Counseling", "Private outpatient mental health clinic.", "https://prfamilycounseling.example.com", "")
svc(o, "Child & Teen Therapy", "youth_mental_health",
    "Individual and family therapy for kids, teens and young adults: anxiety, depression, trauma, autism-related concerns. Evening appointments available Monday-Thursday.",
    fees="Medicaid accepted; sliding scale for uninsured", elig="Ages 4-25", mn=4, mx=25,
    lg=("English", "Spanish"), areas=[A("Tamarack County")], sched=[S("MO,TU,WE,TH", "08:00", "19:00"), S("FR", "08:00", "12:00")],
    phones=("715-555-0250",), locs=("prfc",))
# ---------------------------------------------------------------- 34 Hmong Community Association
o = org("Hmong Community Association of Pine Rapids", "Community organization serving Hmong families.", "", "hcapr@example.org")
svc(o, "Hmong Family Wellness", "youth_mental_health",
    "Counseling for Hmong youth and families by bilingual counselors who understand both cultures. Youth 12 and older.",
    fees="Free", elig="",
    lg=("Hmong", "English"), areas=[A("Pine Rapids"), A("", "ZIPs 54480-54482")], sched=[S("TU,TH", "13:00", "18:30")],
    phones=("715-555-0270",), locs=("hca",))
# ---------------------------------------------------------------- 35 Wisconsin Crisis Network
o = org("Wisconsin Crisis Network", "Statewide crisis lines.", "https://wicrisis.example.org", "")
svc(o, "988 Suicide & Crisis Lifeline - Wisconsin", "crisis_line",
    "Call or text 988. Trained counselors answer 24/7.", fees="Free", elig="",
    lg=("English", "Spanish"), areas=[A("Statewide")], sched=[S("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")],
    phones=("988",), locs=())
svc(o, "TeenLink North Text Line", "crisis_line",
    "Teens text with trained peer volunteers (supervised by counselors) in the afternoon and evening. Not for emergencies.",
    fees="Free", elig="Ages 13-19", mn=13, mx=19,
    lg=("English",), areas=[], sched=[S("MO,TU,WE,TH,FR,SA,SU", "15:00", "23:00")],
    phones=("Text 555-0101",), locs=())
# ---------------------------------------------------------------- 36 Northwoods Legal Aid
o = org("Northwoods Legal Aid", "Civil legal aid.", "https://nwlegalaid.example.org", "")
svc(o, "Guardianship Alternatives Clinic", "guardianship_legal",
    "Monthly evening clinic. An attorney meets with families of young adults with disabilities about guardianship, limited guardianship, supported decision-making and powers of attorney, and can draft documents.",
    fees="Free to income-eligible clients; sliding scale for others", elig="Income at or below 200% of poverty for free help",
    lg=("English",), areas=[A("Tamarack and Flambeau counties")], sched=[S("WE", "17:00", "19:00", "3rd Wednesday")],
    phones=("715-555-0230",), locs=("nla",))
# ---------------------------------------------------------------- 37 PR Parks & Rec
o = org("City of Pine Rapids Parks & Recreation", "City recreation department.", "https://pinerapids.example.gov/parks", "")
svc(o, "Adaptive Recreation", "recreation",
    "Saturday adaptive swim and open gym, plus seasonal bowling league. Staff and volunteers trained in inclusion; a support person gets in free.",
    fees="$2 per visit; scholarships available", elig="Ages 8 and up with a disability",
    lg=("English",), areas=[A("City of Pine Rapids residents", "others welcome with non-resident fee")], sched=[S("SA", "10:00", "14:00")],
    phones=("715-555-0290",), locs=("parks",))
# ---------------------------------------------------------------- 38 Special Olympics
o = org("Special Olympics Northwoods", "Local Special Olympics program.", "https://sonorthwoods.example.org", "")
svc(o, "Special Olympics Sports", "recreation",
    "Year-round sports training and competition: bowling, basketball, snowshoeing, track. Athletes 8+ (Young Athletes for younger kids).",
    fees="Free", elig="Intellectual disability",
    lg=("English",), areas=[A("Tamarack County"), A("Flambeau County")], sched=[S(desc="Season practices vary; call the coordinator")],
    phones=("715-555-0295",), locs=("so_ash",))
# ---------------------------------------------------------------- 39 Hemlock Lakes Recreation Association
o = org("Hemlock Lakes Recreation Association", "Recreation nonprofit in the lakes district.", "https://hemlocklakesrec.example.org", "")
svc(o, "Adaptive Ski & Paddle", "recreation",
    "Adaptive kayaking in summer and sit-ski / snowshoe outings in winter at Loon Bay Landing. Equipment provided.",
    fees="$15 per session; free for volunteers", elig="Ages 10 and up",
    lg=("English",), areas=[A("Lakes district", "Serves the county's eastern townships")], sched=[S("SU", "10:00", "14:00")],
    phones=("715-555-0540",), locs=("hlra_lb",))
svc(o, "Teen Open Gym", "recreation",
    "Open gym, board games and a quiet room after school at the community hall. Inclusive; aides welcome.",
    fees="Free", elig="Ages 12-18", mn=12, mx=18,
    lg=("English",), areas=[A("Hemlock County")], sched=[S("MO,TU,WE,TH", "15:30", "17:30")],
    phones=("715-555-0541",), locs=("hlra_ml",))

out = os.path.join(os.path.dirname(__file__), "..")
with open(os.path.join(out, "knowledge/directory/northwoods-211-export.json"), "w") as f:
    json.dump(ORGS, f, indent=2, ensure_ascii=False)
with open(os.path.join(out, "kinds.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["service_id", "kind"]); w.writerows(KINDS)
print(len(ORGS), "orgs", len(KINDS), "services", len(set(k for _, k in KINDS)), "kinds")
from collections import Counter; print(Counter(k for _, k in KINDS))
