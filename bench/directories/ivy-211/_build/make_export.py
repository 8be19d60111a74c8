#!/usr/bin/env python3
"""Build the invented ivy-211 directory export (HSDS 3.0 style) from hand-written content.

Writes (relative to the set folder, one level up from this script):
  places.csv
  kinds.csv
  knowledge/directory/ivy-211-export.json

Everything here is invented: the region (Tamarack, Wapsie and Calder counties, Iowa),
towns, ZIPs, organizations, people, phones (563-555-01xx) and URLs (example.org).
IDs are uuid5 values derived from short keys, so re-running gives the same file.
"""
import csv
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NS = uuid.UUID("5f0d7c1e-2a11-4b6e-9d3c-1e7a2b9c0211")
STATE = "IA"


def uid(key):
    return str(uuid.uuid5(NS, key))


# ---------------------------------------------------------------- places
# town, county, [zips], lat, lon   (both rows of a two-ZIP town use the same point)
TOWNS = [
    ("Orrinsburg", "Tamarack County", ["52811", "52812"], 42.9781, -92.1043),
    ("Kettle Prairie", "Tamarack County", ["52815"], 43.0822, -92.2310),
    ("Bexley Mills", "Tamarack County", ["52818"], 42.9034, -91.9512),
    ("Dunmore Crossing", "Tamarack County", ["52820"], 43.1261, -91.9873),
    ("Halvorsen", "Wapsie County", ["52831", "52832"], 42.7163, -92.0471),
    ("Fenwick", "Wapsie County", ["52835"], 42.6412, -92.2618),
    ("Cedar Ledge", "Wapsie County", ["52838"], 42.7809, -91.8742),
    ("Tilden Grove", "Wapsie County", ["52840"], 42.5751, -91.9480),
    ("Marrow Creek", "Calder County", ["52851"], 42.9512, -91.6174),
    ("Ashby Flats", "Calder County", ["52854"], 43.0473, -91.4981),
    ("Pruett", "Calder County", ["52857"], 42.8230, -91.5532),
    ("Little Sauk", "Calder County", ["52860"], 43.1544, -91.7120),
]
TOWN = {t[0]: t for t in TOWNS}


def loc(name, address_1, city, postal_code=None, coords="town", dlat=0.0, dlon=0.0):
    """A service_at_location entry.  coords: "town" (town point + offset), None (omit keys),
    "null" (keys present, null values), or an explicit (lat, lon)."""
    if postal_code is None and city in TOWN:
        postal_code = TOWN[city][2][0]
    location = {
        "id": uid("loc:" + name + address_1),
        "name": name,
        "addresses": [{
            "address_1": address_1,
            "city": city,
            "state_province": STATE,
            "postal_code": postal_code,
            "country": "US",
            "address_type": "physical",
        }],
    }
    if coords == "town":
        t = TOWN[city]
        location["latitude"] = round(t[3] + dlat, 4)
        location["longitude"] = round(t[4] + dlon, 4)
    elif coords == "null":
        location["latitude"] = None
        location["longitude"] = None
    elif isinstance(coords, tuple):
        location["latitude"], location["longitude"] = coords
    return {"location": location}


def sched(byday, opens_at, closes_at, description=""):
    return {"freq": "WEEKLY", "byday": byday, "opens_at": opens_at,
            "closes_at": closes_at, "description": description}


def note(description):
    """A schedule entry with prose only (no byday / times)."""
    return {"description": description}


def area(name, description=""):
    return {"name": name, "description": description}


def langs(*names):
    return [{"name": n} for n in names]


WEEKDAYS = "MO,TU,WE,TH,FR"
ALLDAYS = "MO,TU,WE,TH,FR,SA,SU"
DSM = (41.5868, -93.6250)  # Des Moines, outside the region

ORGS = []   # filled below
KINDS = []  # (service_id, kind)
_phone = [100]


def phone():
    _phone[0] += 1
    return "563-555-0%03d" % _phone[0]


ASSURED = ["2023-08-14", "2023-11-02", "2024-01-22", "2024-02-09", "2024-03-18",
           "2024-04-30", "2024-06-05", "2024-07-11", None]


def finalize():
    """Give each organization a main number; services of one-service organizations reuse it,
    other services get their own line. All numbers are 563-555-01xx."""
    for o in ORGS:
        o["phones"] = [{"number": phone()}]
        for s in o["services"]:
            if s["phones"] is None:
                s["phones"] = list(o["phones"]) if len(o["services"]) == 1 else [{"number": phone()}]
    assert _phone[0] <= 199, _phone[0]


def org(key, name, description, website, email, alternate_name=""):
    o = {
        "id": uid("org:" + key),
        "name": name,
        "alternate_name": alternate_name,
        "description": description,
        "email": email,
        "website": website,
        "phones": None,  # numbered in finalize()
        "services": [],
    }
    ORGS.append(o)
    return o


def svc(o, key, kind, name, description, *, url="", email="", status="active",
        fees="", eligibility="", min_age=None, max_age=None, ages="fields",
        assured="auto", languages=None, areas=None, schedules=None,
        phones=None, locations=None):
    """ages: "fields" -> write minimum_age/maximum_age keys (null when None);
             "omit"   -> leave the keys out entirely."""
    s = {
        "id": uid("svc:" + key),
        "organization_id": o["id"],
        "name": name,
        "description": description,
        "url": url,
        "email": email,
        "status": status,
        "fees_description": fees,
        "eligibility_description": eligibility,
    }
    if ages == "fields":
        s["minimum_age"] = min_age
        s["maximum_age"] = max_age
    if assured == "auto":
        assured = ASSURED[int(uuid.uuid5(NS, key).hex[:6], 16) % len(ASSURED)]
    s["assured_date"] = assured
    s["languages"] = languages if languages is not None else []
    s["service_areas"] = areas if areas is not None else []
    s["schedules"] = schedules if schedules is not None else []
    s["phones"] = phones  # None -> numbered in finalize()
    s["service_at_locations"] = locations if locations is not None else []
    o["services"].append(s)
    KINDS.append((s["id"], kind, key, name))
    return s


# ===================================================================== content
# ---- 1. Iowa Workforce Rehabilitation Division (state VR) --------------------
o = org("iwrd", "Iowa Workforce Rehabilitation Division",
        "State agency that helps Iowans with disabilities prepare for, find and keep work.",
        "https://www.example.org/iwrd", "info@example.org", alternate_name="IWRD")
svc(o, "iwrd-orr", "vocational_rehab", "Orrinsburg Area Office",
    "Vocational rehabilitation counseling, job placement, and funding for training for people "
    "with disabilities who want to work. Counselors also meet high school students with an IEP "
    "or 504 plan, usually starting junior year.",
    url="https://www.example.org/iwrd/orrinsburg", email="orrinsburg.vr@example.org",
    fees="No cost to eligible individuals. Some services need a financial needs test.",
    eligibility="A disability that is a barrier to getting or keeping a job.",
    min_age=14, languages=langs("English"),
    areas=[area("Tamarack County"),
           area("Calder County", "Calder County cases are served from this office since the itinerant hours ended.")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[loc("IWRD Orrinsburg", "410 Commerce Dr, Suite 2", "Orrinsburg", "52811", dlat=0.004, dlon=-0.006)])
svc(o, "iwrd-hal", "vocational_rehab", "Halvorsen Area Office",
    "Helps eligible people 14 and older with disabilities prepare for, get, and keep a job. "
    "Counselor days are held at Cedar Ledge and Fenwick high schools.",
    url="https://www.example.org/iwrd/halvorsen", email="halvorsen.vr@example.org",
    fees="Free for eligible individuals.", ages="omit",
    languages=langs("English", "Spanish"),
    areas=[area("Wapsie County")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[loc("IWRD Halvorsen", "22 N Main St", "Halvorsen", "52831", dlat=0.002, dlon=0.003)])
svc(o, "iwrd-tap", "pre_ets", "Transition Alliance Program (TAP)",
    "Pre-Employment Transition Services delivered at school: job exploration counseling, "
    "work-based learning, workplace readiness training, instruction in self-advocacy, and "
    "counseling on college and training options. Students do not have to apply for VR to take part.",
    url="https://www.example.org/iwrd/tap",
    fees="No cost to students or families.", min_age=14, max_age=21,
    languages=langs("English"),
    areas=[area("Orrinsburg Community School District"), area("Kettle Prairie-Dunmore CSD"),
           area("Halvorsen Community School District")],
    schedules=[note("During the school day, September through May.")],
    locations=[])
svc(o, "iwrd-calder", "vocational_rehab", "Calder County Outreach Hours",
    "Itinerant VR counselor hours at the Marrow Creek Workforce Center. Discontinued; Calder "
    "County residents are served by the Orrinsburg Area Office.",
    status="inactive", assured="2022-11-30", fees="Free",
    areas=[area("Calder County")],
    schedules=[sched("TH", "09:00", "15:00", "Thursdays (ended)")],
    locations=[loc("Marrow Creek Workforce Center", "118 Depot St", "Marrow Creek", "52851", dlat=-0.002, dlon=0.004)])

# ---- 2. Iowa Bureau for the Blind and Low Vision --------------------------------
o = org("bblv", "Iowa Bureau for the Blind and Low Vision",
        "State services for Iowans who are blind or have low vision.",
        "https://www.example.org/bblv", "bureau@example.org")
svc(o, "bblv-vr", "vocational_rehab", "Vocational Rehabilitation for the Blind",
    "Vocational rehabilitation for people who are blind or have low vision: orientation and "
    "mobility, braille, assistive technology for the job, and job placement. Field counselors "
    "travel to northeast Iowa.",
    fees="No fee for vocational services.", ages="omit",
    languages=langs("English", "Spanish"), areas=[area("Statewide")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[loc("Bureau headquarters", "900 Capitol Row", "Des Moines", "50309", coords=DSM)])
svc(o, "bblv-tsa", "pre_ets", "Transition Summer Academy",
    "A residential summer program in Des Moines for blind and low-vision high school students. "
    "Ages 14-21. Job shadowing, paid work experience, cooking, cane travel, and college prep.",
    fees="Free; transportation to Des Moines is provided.", min_age=None, max_age=None,
    languages=langs("English"), areas=[area("Statewide")],
    schedules=[note("Six weeks, June to July.")],
    locations=[loc("Bureau headquarters", "900 Capitol Row", "Des Moines", "50309", coords=DSM)])

# ---- 3. Upper Sauk Area Education Agency ------------------------------------------
o = org("usaea", "Upper Sauk Area Education Agency",
        "Regional education agency supporting local school districts with special education services.",
        "https://www.example.org/usaea", "office@example.org", alternate_name="Upper Sauk AEA")
svc(o, "usaea-bridge", "pre_ets", "Project Bridge",
    "Project Bridge brings transition specialists into high schools for students ages 14 to 21 "
    "with IEPs: career interest inventories, job shadows at local businesses, mock interviews and "
    "a self-advocacy class. Paid work experience slots are arranged through the workforce board.",
    fees="No charge.", ages="omit", languages=langs("English"),
    areas=[area("52851, 52854, 52857, 52860", "Calder County schools")],
    schedules=[note("School year")],
    locations=[loc("Upper Sauk AEA Marrow Creek", "600 Schoolhouse Rd", "Marrow Creek", "52851", dlat=0.006, dlon=-0.008)])
svc(o, "usaea-pp", "parent_training", "Parent Partners",
    "Parent Partners are parents of children with disabilities who work for the AEA. They help "
    "families understand the IEP process, get ready for transition meetings, and find community "
    "services after graduation. Evening workshops each fall cover guardianship alternatives and "
    "adult services.",
    fees="Free", languages=langs("English", "Spanish"),
    areas=[area("Upper Sauk AEA region")],
    schedules=[sched("TU", "18:00", "20:00", "Fall workshop series")],
    locations=[loc("Upper Sauk AEA Marrow Creek", "600 Schoolhouse Rd", "Marrow Creek", "52851", dlat=0.006, dlon=-0.008),
               loc("AEA satellite office", "75 W Elm St", "Orrinsburg", "52812", coords=None)])

# ---- 4. Halvorsen Community School District --------------------------------------
o = org("hcsd", "Halvorsen Community School District",
        "Public school district serving Halvorsen and nearby rural areas.",
        "https://www.example.org/halvorsen-schools", "sped@example.org")
svc(o, "hcsd-wbl", "pre_ets", "Work-Based Learning Pathways",
    "For Halvorsen High School students and the district's 18-21 transition program: supervised "
    "internships at local employers, on-site job coaching by district paraprofessionals, and a "
    "weekly employability seminar.",
    fees="No cost", min_age=16, max_age=21, languages=langs("English"),
    areas=[area("Halvorsen Community School District",
                "includes rural Fenwick and Tilden Grove students who attend Halvorsen High")],
    schedules=[sched(WEEKDAYS, "08:00", "15:15")],
    locations=[loc("Halvorsen High School", "1400 Viking Dr", "Halvorsen", "52832", dlat=-0.011, dlon=0.009)])
svc(o, "hcsd-tnight", "parent_training", "Transition Night",
    "A yearly evening for families of students with IEPs: adult service agencies, Medicaid waiver "
    "basics, guardianship and supported decision-making, and paratransit sign-ups in one room.",
    fees="Free, childcare provided.", languages=langs("English", "Spanish"),
    areas=[area("Halvorsen Community School District")],
    schedules=[sched("TH", "17:30", "20:00", "One Thursday in March")],
    locations=[loc("Halvorsen High School", "1400 Viking Dr", "Halvorsen", "52832", dlat=-0.011, dlon=0.009)])

# ---- 5. Prairie Skills Inc. -------------------------------------------------------
o = org("prairie", "Prairie Skills Inc.",
        "Nonprofit provider of employment, day and living supports for adults with disabilities.",
        "https://www.example.org/prairieskills", "hello@example.org")
svc(o, "prairie-emp", "supported_employment", "Employment Services",
    "Supported employment for adults with intellectual and developmental disabilities: discovery, "
    "job development, and a job coach who works alongside the person on the job until they are "
    "steady, then checks in. Long-term follow-along.",
    fees="Paid by Medicaid HCBS waiver or by IWRD authorization. No private pay.",
    min_age=18, languages=langs("English"),
    areas=[area("Tamarack and Wapsie counties")],
    schedules=[note("Hours follow the person's job schedule, including weekends.")],
    locations=[loc("Prairie Skills Orrinsburg", "1010 Industrial Pkwy", "Orrinsburg", "52811", dlat=-0.012, dlon=0.015),
               loc("Prairie Skills Halvorsen", "305 River St", "Halvorsen", "52831", coords="null")])
svc(o, "prairie-bcheck", "benefits_counseling", "Work & Benefits Check-up",
    "A one-time meeting for people we support who are thinking about a job or more hours: how "
    "wages affect SSI, SSDI and Medicaid, reporting earnings, and the Medicaid for Employed People "
    "with Disabilities buy-in.",
    fees="No cost for people enrolled in Prairie Skills services.", ages="omit",
    languages=langs("English"),
    areas=[area("Call to ask")],
    schedules=[note("By appointment")],
    locations=[loc("Prairie Skills Orrinsburg", "1010 Industrial Pkwy", "Orrinsburg", "52811", dlat=-0.012, dlon=0.015)])
svc(o, "prairie-apts", "independent_living", "Next Step Apartments",
    "Supported community living in scattered-site apartments: staff teach cooking, budgeting, "
    "cleaning, medication routines and using the bus, with drop-in support around the clock. "
    "Residents hold their own lease.",
    fees="Medicaid ID waiver or Brain Injury waiver. Rent is paid by the resident.",
    min_age=18, languages=langs("English"),
    areas=[area("Orrinsburg", "apartments in Orrinsburg only")],
    locations=[loc("Prairie Skills Orrinsburg", "1010 Industrial Pkwy", "Orrinsburg", "52811", dlat=-0.012, dlon=0.015)])
svc(o, "prairie-day", "adult_day", "Prairie Skills Day Program",
    "Day habilitation for adults with disabilities: community outings, volunteer work, art and "
    "life skills. Staff help with personal care and medications. Rides from home can sometimes be arranged.",
    fees="Medicaid waiver; private pay $72 per day.", min_age=18, languages=langs("English"),
    areas=[area("Tamarack County"), area("Halvorsen", "second site opened 2023")],
    schedules=[sched(WEEKDAYS, "08:00", "15:00")],
    locations=[loc("Prairie Skills Orrinsburg", "1010 Industrial Pkwy", "Orrinsburg", "52811", dlat=-0.012, dlon=0.015),
               loc("Prairie Skills Halvorsen Day Site", "305 River St", "Halvorsen", "52831", dlat=0.005, dlon=-0.004)])

# ---- 6. Northstar Community Services ------------------------------------------
o = org("northstar", "Northstar Community Services",
        "Calder County nonprofit for adults with intellectual disabilities and autism.",
        "https://www.example.org/northstar", "contact@example.org")
svc(o, "ns-ce", "supported_employment", "Customized Employment",
    "Customized employment and supported employment for people with significant disabilities, "
    "including people leaving school. A job coach helps negotiate a job that fits the person and "
    "trains on site.",
    fees="No cost to the job seeker; billed to Medicaid waiver or IWRD.", ages="omit",
    languages=langs("English"),
    areas=[area("52851-52860")],
    locations=[loc("Northstar Main Office", "240 Front St", "Marrow Creek", "52851", dlat=-0.003, dlon=0.002)])
svc(o, "ns-opendoor", "adult_day", "Open Door",
    "Open Door is a day program for adults with intellectual disabilities and autism: sensory room, "
    "job skills practice, outings, lunch, and personal care help. Ages 18 and older.",
    fees="Medicaid waiver funded. Call about private pay.", min_age=None, max_age=None,
    languages=langs("English"),
    areas=[area("Calder County")],
    schedules=[sched(WEEKDAYS, "08:00", "15:30")],
    locations=[loc("Open Door", "250 Front St", "Marrow Creek", "52851", dlat=-0.003, dlon=0.003)])
svc(o, "ns-cls", "independent_living", "Community Living Supports",
    "Hourly support in the person's own home or family home to build daily living skills: "
    "shopping, cooking, laundry, money, and getting around town. Sometimes called SCL.",
    fees="Medicaid waiver.", ages="omit", languages=[],
    areas=[area("Marrow Creek, Ashby Flats, Pruett")],
    schedules=[note("Scheduled with each person")],
    locations=[])
svc(o, "ns-wic", "benefits_counseling", "Work Incentives Coordinator",
    "For Northstar job seekers and employees: a benefits counselor walks through how earnings "
    "affect SSI, SSDI, Medicaid and food assistance, and helps report wages each month.",
    fees="No cost", ages="omit", languages=langs("English"),
    areas=[area("Calder County")],
    locations=[loc("Northstar Main Office", "240 Front St", "Marrow Creek", "52851", dlat=-0.003, dlon=0.002)])

# ---- 7. Wapsie Valley Mental Health Center -------------------------------------
o = org("wvmh", "Wapsie Valley Mental Health Center",
        "Community mental health center for Wapsie and Calder counties.",
        "https://www.example.org/wvmh", "intake@example.org")
svc(o, "wvmh-child", "youth_mental_health", "Child & Adolescent Outpatient",
    "Counseling and psychiatric care for children and teens, including anxiety, depression, trauma "
    "and behavior concerns. Family therapy available.",
    fees="Sliding scale; Medicaid, hawk-i and most insurance accepted.", min_age=3, max_age=17,
    languages=langs("English", "Spanish"),
    areas=[area("Wapsie County"),
           area("Calder County", "Calder clients are seen at the Marrow Creek clinic on Tuesdays and Thursdays")],
    schedules=[sched("MO,TU,WE,TH", "08:00", "19:00"), sched("FR", "08:00", "16:00")],
    locations=[loc("WVMH Halvorsen Clinic", "900 Hospital Rd", "Halvorsen", "52832", dlat=-0.006, dlon=-0.011),
               loc("WVMH Marrow Creek Clinic", "31 Court St", "Marrow Creek", "52851", dlat=0.001, dlon=-0.001)])
svc(o, "wvmh-ips", "supported_employment", "IPS Employment",
    "Individual Placement and Support for adults 18 and older living with serious mental illness: "
    "rapid job search, an employment specialist, and benefits counseling coordinated with your therapist.",
    fees="No charge for clients of the center.", ages="omit", languages=langs("English"),
    areas=[area("Wapsie County")],
    locations=[loc("WVMH Halvorsen Clinic", "900 Hospital Rd", "Halvorsen", "52832", dlat=-0.006, dlon=-0.011)])
svc(o, "wvmh-mobile", "crisis_line", "Mobile Crisis Response",
    "Call or text and a crisis team comes to you (home, school, or emergency room) for a mental "
    "health crisis, any age. Available around the clock.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Wapsie, Calder and Tamarack counties")],
    schedules=[sched(ALLDAYS, "00:00", "23:59", "24/7")],
    locations=[])
svc(o, "wvmh-school", "youth_mental_health", "School-Based Therapy",
    "A therapist placed in school buildings sees students during the school day, grades K-12. "
    "Parents sign consent through the school counselor.",
    fees="Sliding scale; Medicaid; no one turned away for inability to pay.", ages="omit",
    languages=langs("English"),
    areas=[area("Cedar Ledge, Fenwick, Tilden Grove", "school buildings only")],
    schedules=[sched(WEEKDAYS, "08:00", "15:30")],
    locations=[])

# ---- 8. Tamarack Behavioral Health ----------------------------------------------
o = org("tbh", "Tamarack Behavioral Health",
        "Outpatient mental health and substance use services in Tamarack County.",
        "https://www.example.org/tbh", "frontdesk@example.org")
svc(o, "tbh-teen", "youth_mental_health", "Teen Counseling",
    "Individual and group counseling for teens: anxiety, depression, self-harm, school refusal and "
    "substance use. A Karen-speaking family liaison is on staff.",
    fees="Sliding scale fee based on household income. Iowa Medicaid accepted.",
    min_age=12, max_age=18, languages=langs("English", "Karen"),
    areas=[area("Tamarack County")],
    schedules=[sched("MO,TU,WE,TH", "10:00", "19:30"), sched("SA", "09:00", "13:00")],
    locations=[loc("Tamarack Behavioral Health", "512 Maple Ave", "Orrinsburg", "52812", dlat=0.008, dlon=0.01)])
svc(o, "tbh-afterhours", "crisis_line", "After-Hours Line",
    "Clients and anyone in the county can call after hours to talk with a crisis counselor, who can "
    "send the mobile crisis team or help make a safety plan.",
    fees="No charge", ages="omit", languages=langs("English"),
    areas=[area("Tamarack County")],
    schedules=[sched(WEEKDAYS, "17:00", "23:59"), sched("SA,SU", "00:00", "23:59")],
    locations=[])

# ---- 9. 988 -------------------------------------------------------------------
o = org("988", "988 Suicide & Crisis Lifeline - Iowa Network",
        "Iowa call centers answering 988 calls, texts and chats.",
        "https://www.example.org/988", "")
svc(o, "988", "crisis_line", "988 Suicide & Crisis Lifeline",
    "Call or text 988 or chat online for suicidal thoughts, a mental health or substance use "
    "crisis, or worry about someone else. Interpretation is available in many languages.",
    fees="Free and confidential.", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Statewide")],
    schedules=[sched(ALLDAYS, "00:00", "23:59", "24/7")],
    phones=[{"number": "988"}], locations=[])

# ---- 10. TalkNow Iowa -------------------------------------------------------------
o = org("talknow", "TalkNow Iowa", "Text and chat support line.",
        "https://www.example.org/talknow", "team@example.org")
svc(o, "talknow", "crisis_line", "TalkNow",
    "Free text and chat line for teens and adults in Iowa who are stressed, in crisis, or just need "
    "to talk. Counselors can connect you with local counseling.",
    fees="Free", ages="omit", languages=[], areas=[], schedules=[], locations=[], assured=None)

# ---- 11. Three Rivers Workforce Board ------------------------------------------
o = org("trwb", "Three Rivers Workforce Board",
        "Local workforce development board (WIOA) for northeast Iowa.",
        "https://www.example.org/threerivers", "jobs@example.org")
svc(o, "trwb-summer", "youth_jobs", "Summer Youth Employment",
    "Paid summer jobs for up to eight weeks at parks, nonprofits and local businesses. Youth with "
    "disabilities are encouraged to apply; a job coach can be requested.",
    fees="Free; participants are paid $12/hour.", min_age=16, max_age=24,
    languages=langs("English"),
    areas=[area("Tamarack, Wapsie and Calder counties")],
    schedules=[note("June to August, weekday shifts")],
    locations=[loc("Three Rivers Workforce Center", "118 Depot St", "Orrinsburg", "52811", dlat=-0.004, dlon=-0.009),
               loc("Three Rivers Marrow Creek desk", "118 Depot St", "Marrow Creek", "52851", coords=None)])
svc(o, "trwb-wioa", "youth_jobs", "WIOA Youth Program",
    "For out-of-school youth ages 16 to 24 (and in-school youth 14 to 21 with a barrier such as a "
    "disability): paid work experience, GED help, occupational training, and a year of follow-up.",
    fees="No cost", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Region 9", "Workforce area")],
    schedules=[sched("MO,TU,WE,TH", "08:00", "18:00")],
    locations=[loc("Three Rivers Workforce Center", "118 Depot St", "Orrinsburg", "52811", dlat=-0.004, dlon=-0.009),
               loc("Three Rivers Halvorsen", "40 S Main St", "Halvorsen", "52831", dlat=-0.001, dlon=0.002)])

# ---- 12. Halvorsen Public Library -----------------------------------------------
o = org("hpl", "Halvorsen Public Library", "City library.",
        "https://www.example.org/halvorsenlibrary", "ask@example.org")
svc(o, "hpl-jobclub", "youth_jobs", "Teen Job Club",
    "A weekly drop-in for teens ages 15 to 19: resumes, practice interviews, online applications and "
    "snacks. Librarians post local part-time and summer openings.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Halvorsen", "library card holders")],
    schedules=[sched("TH", "16:00", "17:30")],
    locations=[loc("Halvorsen Public Library", "101 Library Ln", "Halvorsen", "52831", dlat=0.001, dlon=-0.002)])
svc(o, "hpl-sensory", "recreation", "Sensory-Friendly Saturdays",
    "Quiet library hours with lowered lights, fidgets, Lego and board games for kids, teens and "
    "adults with autism or sensory needs and their families. Caregivers stay with participants.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Halvorsen")],
    schedules=[sched("SA", "09:00", "10:30")],
    locations=[loc("Halvorsen Public Library", "101 Library Ln", "Halvorsen", "52831", dlat=0.001, dlon=-0.002)])

# ---- 13. Calder County Conservation Board --------------------------------------
o = org("ccc", "Calder County Conservation Board", "County parks and nature programs.",
        "https://www.example.org/caldercc", "parks@example.org")
svc(o, "ccc-crew", "youth_jobs", "Youth Works Crew",
    "A paid summer crew building trails, clearing invasive plants and helping with nature camps. "
    "Crew members learn to work as a team and earn a job reference.",
    fees="None; crew members earn $10.50 an hour.",
    eligibility="Must be 14 through 17 on June 1 and live in Calder County.",
    ages="fields", min_age=None, max_age=None, languages=langs("English"),
    areas=[area("Calder County")],
    schedules=[note("Summer, weekday mornings")],
    locations=[loc("Sauk Bend Nature Center", "2200 Nature Center Rd", "Marrow Creek", "52851", dlat=0.021, dlon=0.018)])
svc(o, "ccc-adaptive", "recreation", "Adaptive Outdoors Days",
    "Adaptive kayaking, all-terrain wheelchair hikes and fishing from the accessible dock. "
    "Monthly, May through October.",
    fees="Free; equipment provided.", ages="omit", languages=langs("English"),
    areas=[area("Calder County"), area("Pruett")],
    schedules=[sched("SA", "10:00", "14:00", "second Saturday, May to October")],
    locations=[loc("Sauk Bend Park", "County Road W14", "Pruett", "52857", dlat=0.012, dlon=-0.01)])

# ---- 14. Tamarack Area Transit --------------------------------------------------
o = org("tat", "Tamarack Area Transit", "Public transit for Orrinsburg and Tamarack County.",
        "https://www.example.org/tat", "rides@example.org", alternate_name="TAT")
svc(o, "tat-dar", "paratransit", "Dial-a-Ride",
    "Door-to-door public transit by reservation for anyone in the county, with priority for older "
    "adults and riders with disabilities. Wheelchair lift vans. Book a day ahead.",
    fees="$2.00 each way in Orrinsburg, $4.00 elsewhere in the county. Medicaid members may ride free to medical appointments.",
    ages="omit", languages=langs("English"),
    areas=[area("Tamarack County")],
    schedules=[sched(WEEKDAYS, "06:00", "18:30"), sched("SA", "08:00", "14:00")],
    locations=[loc("TAT Transit Center", "5 Depot Sq", "Orrinsburg", "52811", dlat=0.001, dlon=0.001)])
svc(o, "tat-rideready", "travel_training", "Ride Ready",
    "One-on-one travel training: a trainer rides the Orrinsburg fixed-route bus with you until you "
    "can make your trip alone, including reading schedules, paying the fare, transferring, and what "
    "to do if you get lost. Many riders who finish no longer need Dial-a-Ride paratransit.",
    fees="No charge", min_age=14, languages=langs("English"),
    areas=[area("Orrinsburg", "fixed-route service area")],
    schedules=[sched(WEEKDAYS, "07:00", "17:00")],
    locations=[loc("TAT Transit Center", "5 Depot Sq", "Orrinsburg", "52811", dlat=0.001, dlon=0.001)])

# ---- 15. Wapsie-Calder Regional Transit -----------------------------------------
o = org("wcrt", "Wapsie-Calder Regional Transit", "Rural public transit.",
        "https://www.example.org/wcrt", "dispatch@example.org", alternate_name="WCRT")
svc(o, "wcrt-drt", "paratransit", "Rural Demand Response",
    "Curb-to-curb rides by reservation anywhere in the two counties for the general public; drivers "
    "help riders with disabilities on and off the lift. Rides to work, school, day programs and appointments.",
    fees="$3 in town, $5 in county. Medicaid trips are booked through the state broker.",
    ages="omit", languages=langs("English"),
    areas=[area("Wapsie and Calder counties")],
    schedules=[sched(WEEKDAYS, "07:00", "17:00")],
    locations=[loc("WCRT Garage", "77 Quarry Rd", "Cedar Ledge", "52838", dlat=-0.005, dlon=0.007)])
svc(o, "wcrt-ridesmart", "travel_training", "Ride Smart Orientation",
    "A trainer shows new riders how to book WCRT rides by phone, be ready at the curb, and ride on "
    "their own to work or day programs. A good first step before fixed-route travel training or "
    "paratransit certification.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Wapsie County")],
    schedules=[note("By appointment")],
    locations=[loc("WCRT Garage", "77 Quarry Rd", "Cedar Ledge", "52838", dlat=-0.005, dlon=0.007)])

# ---- 16. Halvorsen City Bus -----------------------------------------------------
o = org("hcb", "Halvorsen City Bus", "City fixed-route bus and ADA paratransit.",
        "https://www.example.org/halvorsenbus", "bus@example.org")
svc(o, "hcb-ada", "paratransit", "ADA Paratransit",
    "Complementary ADA paratransit for people whose disability keeps them from using the Halvorsen "
    "fixed-route bus, within 3/4 mile of the routes. Certification application required.",
    fees="$2.50 per trip; PCA rides free.", ages="omit", languages=langs("English"),
    areas=[area("Halvorsen", "within 3/4 mile of fixed routes")],
    schedules=[sched(WEEKDAYS, "06:00", "19:00"), sched("SA", "09:00", "17:00")],
    locations=[loc("Halvorsen Transit Hub", "2 Center St", "Halvorsen", "52831", dlat=0.0, dlon=0.001)])

# ---- 17. Independence Alliance of Northeast Iowa (CIL) ---------------------------
o = org("cil", "Independence Alliance of Northeast Iowa",
        "Center for independent living run by and for people with disabilities.",
        "https://www.example.org/independence-alliance", "info@example.org")
CIL_LOC = lambda: loc("Independence Alliance", "318 E Water St", "Halvorsen", "52831", dlat=0.003, dlon=0.006)
svc(o, "cil-skills", "independent_living", "Skills for Independent Living",
    "Peer-led training in living on your own: budgeting, cooking, finding an accessible apartment, "
    "hiring personal care attendants, and self-advocacy.",
    fees="Free", ages="omit", languages=langs("English", "American Sign Language"),
    areas=[area("Region 4")],
    schedules=[sched(WEEKDAYS, "09:00", "17:00")],
    locations=[CIL_LOC()])
svc(o, "cil-travel", "travel_training", "Travel Training",
    "Learn to ride the Halvorsen city bus or WCRT on your own. We also help with ADA paratransit "
    "eligibility paperwork. Ages 16+.",
    fees="Free", ages="omit", languages=langs("English", "American Sign Language"),
    areas=[area("Halvorsen, Cedar Ledge")],
    schedules=[note("By appointment")],
    locations=[CIL_LOC()])
svc(o, "cil-mentor", "independent_living", "Youth Transition Peer Mentoring",
    "Young people with disabilities are matched with a mentor who has a disability to set goals "
    "about moving out, college, work and getting around. Ages 14 through 26.",
    fees="No cost", ages="omit", languages=langs("English"),
    areas=[area("Wapsie County"), area("Bexley Mills", "pilot")],
    schedules=[sched("MO,TU,WE,TH", "15:30", "18:00")],
    locations=[CIL_LOC()])
svc(o, "cil-housing", "housing", "Housing Navigation",
    "Help finding accessible, affordable housing: waitlist applications, reasonable accommodation "
    "letters, home modifications, and move-in costs through the independent living fund.",
    fees="Free", ages="omit", languages=langs("English", "American Sign Language"),
    areas=[area("Region 4")],
    locations=[CIL_LOC()])

# ---- 18. Marrow Creek Regional Medical Center -----------------------------------
o = org("mcrmc", "Marrow Creek Regional Medical Center", "Regional hospital and clinics.",
        "https://www.example.org/mcrmc", "rehab@example.org")
svc(o, "mcrmc-driver", "drivers_ed", "Driver Rehabilitation Program",
    "An occupational therapist who is a certified driver rehabilitation specialist does a clinical "
    "and behind-the-wheel evaluation, then adapted driving lessons in a dual-brake car with hand "
    "controls or other equipment as needed.",
    fees="Evaluation $385; lessons $95/hour. IWRD may pay for clients with an employment plan.",
    min_age=15, languages=langs("English"),
    areas=[area("Call to ask")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[loc("MCRMC Outpatient Rehab", "1500 Medical Pkwy", "Marrow Creek", "52851", dlat=-0.009, dlon=-0.012)])

# ---- 19. Ledger Driving School -------------------------------------------------
o = org("ledger", "Ledger Driving School", "Private driver education school.",
        "https://www.example.org/ledgerdriving", "office@example.org")
svc(o, "ledger-extra", "drivers_ed", "Driver Education - Extra Support Sessions",
    "State-approved driver's ed with an option for students with IEPs or ADHD: smaller classes, "
    "extra behind-the-wheel time, and permit test practice read aloud. Students 14 and up.",
    fees="$425 course; sliding scale for families who qualify for free lunch.", ages="omit",
    languages=langs("English"),
    areas=[area("52831, 52832, 52835, 52838")],
    schedules=[sched("MO,TU,WE,TH", "16:00", "18:00"), sched("SA", "09:00", "12:00")],
    locations=[loc("Ledger Driving School", "808 W Broadway", "Halvorsen", "52832", dlat=-0.004, dlon=-0.015)])

# ---- 20. Harbor Family Supports -------------------------------------------------
o = org("harbor", "Harbor Family Supports", "Family support agency.",
        "https://www.example.org/harbor", "families@example.org")
svc(o, "harbor-respite", "respite", "In-Home Respite",
    "Trained respite workers stay with your child or adult family member with a disability at home "
    "so caregivers get a break. Workers can help with personal care, meals and medications. "
    "Overnight respite available.",
    fees="Medicaid waiver; family support subsidy; private pay on a sliding scale.", ages="omit",
    languages=langs("English"),
    areas=[area("Tamarack County"), area("Halvorsen, Fenwick")],
    schedules=[note("Scheduled with the family, including evenings and weekends.")],
    locations=[loc("Harbor Family Supports", "60 Church St", "Orrinsburg", "52812", coords="null")])
svc(o, "harbor-fc", "parent_training", "Family Connections",
    "Workshops and support groups for parents raising kids with disabilities: understanding the IEP, "
    "planning for life after high school, Medicaid waivers, and taking care of yourself. Respite "
    "childcare is provided during groups.",
    fees="Free", ages="omit", languages=langs("English", "Karen"),
    areas=[area("Tamarack County")],
    schedules=[sched("TU", "18:30", "20:00")],
    locations=[loc("Harbor Family Supports", "60 Church St", "Orrinsburg", "52812", coords="null")])

# ---- 21. First Lutheran Church of Halvorsen -------------------------------------
o = org("flc", "First Lutheran Church of Halvorsen", "Congregation.",
        "https://www.example.org/firstlutheran", "office@example.org")
svc(o, "flc-friends", "respite", "Friends Saturday",
    "Volunteer-run Saturday respite: kids and young adults with disabilities ages 5 through 21 spend "
    "the day with buddies (crafts, gym, lunch) while parents get a break. A nurse is on site; "
    "volunteers cannot do toileting or other personal care, so a caregiver may need to stay.",
    fees="Free; donations welcome.", ages="omit", languages=langs("English"),
    areas=[area("Halvorsen and surrounding area")],
    schedules=[sched("SA", "10:00", "15:00", "first and third Saturdays")],
    locations=[loc("First Lutheran Church", "500 N Oak St", "Halvorsen", "52831", dlat=0.007, dlon=-0.003)])

# ---- 22. Calder Family Resource Center ------------------------------------------
o = org("cfrc", "Calder Family Resource Center", "Family resource and crisis nursery center.",
        "https://www.example.org/calderfrc", "help@example.org")
svc(o, "cfrc-respite", "respite", "Emergency Respite",
    "Short-term emergency respite for families in crisis: care for children 0 to 17 for up to "
    "three days at a time.",
    fees="No cost to families.", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Calder County")],
    schedules=[sched(ALLDAYS, "00:00", "23:59")],
    locations=[loc("Crisis nursery (confidential address)", "Confidential", "Marrow Creek", "52851", coords=None)])
svc(o, "cfrc-benefits", "benefits_applications", "Benefits Help Desk",
    "Walk-in help to apply for food assistance, Medicaid, hawk-i, child care assistance and energy "
    "help. Staff can also help start an SSI application.",
    fees="Free", ages="omit", languages=langs("English", "Spanish", "Marshallese"),
    areas=[area("Calder County")],
    schedules=[sched("MO,WE", "09:00", "18:30"), sched("SA", "09:00", "12:00")],
    locations=[loc("Calder Family Resource Center", "14 E 3rd St", "Marrow Creek", "52851", dlat=0.002, dlon=0.005)])

# ---- 23. Daybreak Adult Day Services ---------------------------------------------
o = org("daybreak", "Daybreak Adult Day Services", "Adult day center.",
        "https://www.example.org/daybreak", "care@example.org")
svc(o, "daybreak", "adult_day", "Daybreak",
    "Adult day services with nursing: meals, activities, personal care and medication help so "
    "family caregivers can work. Serves older adults and adults with disabilities.",
    fees="Medicaid (Elderly, Health and Disability, and Brain Injury waivers), VA, or private pay $78/day.",
    min_age=18, languages=langs("English"),
    areas=[area("Orrinsburg, Kettle Prairie, Bexley Mills")],
    schedules=[sched(WEEKDAYS, "07:00", "17:30")],
    locations=[loc("Daybreak", "1220 Sunset Dr", "Orrinsburg", "52812", dlat=0.013, dlon=-0.017)])

# ---- 24. Evergreen Adult Day -----------------------------------------------------
o = org("evergreen", "Evergreen Adult Day", "Adult day center with Saturday hours.",
        "https://www.example.org/evergreen", "")
svc(o, "evergreen", "adult_day", "Evergreen Center",
    "Adult day program with Saturday hours for working caregivers. Structured activities, lunch, "
    "bathing assistance, and a secure memory-care area.",
    fees="Private pay $85/day; Medicaid waiver and long-term care insurance accepted.",
    min_age=18, languages=langs("English", "Spanish"),
    areas=[area("Halvorsen"), area("Cedar Ledge")],
    schedules=[sched(WEEKDAYS, "07:00", "18:00"), sched("SA", "08:00", "16:00")],
    locations=[loc("Evergreen Center", "45 Pine Ridge Rd", "Halvorsen", "52832", dlat=-0.014, dlon=0.012)])

# ---- 25. Iowa Work Incentives Network -------------------------------------------
o = org("iwin", "Iowa Work Incentives Network", "Statewide WIPA benefits counseling project.",
        "https://www.example.org/iwin", "wipa@example.org")
svc(o, "iwin-wipa", "benefits_counseling", "WIPA Benefits Counseling",
    "Certified benefits counselors explain how a job will change SSI, SSDI, Medicaid and housing "
    "benefits, and help with Ticket to Work, ABLE accounts, and plans to achieve self-support. By phone or video.",
    fees="Free", min_age=14, languages=langs("English", "Spanish"),
    areas=[area("Statewide")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[])

# ---- 26. Sauk Valley Community Action -------------------------------------------
o = org("svca", "Sauk Valley Community Action", "Community action agency.",
        "https://www.example.org/svca", "frontdesk@example.org")
svc(o, "svca-apps", "benefits_applications", "SSI & Medicaid Application Help",
    "We help you fill out and track applications for SSI, Medicaid, SNAP food assistance and LIHEAP. "
    "Bring ID and any medical records you have.",
    fees="No charge", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Calder County"), area("Wapsie County", "Tilden Grove outreach site")],
    schedules=[sched("TU,TH", "08:00", "16:00")],
    locations=[loc("Sauk Valley Community Action", "210 Mill St", "Marrow Creek", "52851", dlat=-0.006, dlon=0.006),
               loc("Tilden Grove outreach site", "Tilden Grove City Hall, 3 Main St", "Tilden Grove", "52840", coords=None)])
svc(o, "svca-rent", "housing", "Energy & Rent Help",
    "Emergency rent, deposit and utility help for households with low income, and homeless "
    "prevention case management.",
    fees="Free", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Calder County")],
    locations=[loc("Sauk Valley Community Action", "210 Mill St", "Marrow Creek", "52851", dlat=-0.006, dlon=0.006)])

# ---- 27. Halvorsen Community Health Center --------------------------------------
o = org("hchc", "Halvorsen Community Health Center", "Federally qualified health center.",
        "https://www.example.org/hchc", "patients@example.org")
svc(o, "hchc-nav", "benefits_applications", "Health Coverage Navigators",
    "Navigators help you apply for Iowa Medicaid, hawk-i and marketplace insurance, and renew "
    "coverage. They do not decide eligibility.",
    fees="No charge", ages="omit", languages=langs("English", "Spanish", "Marshallese"),
    areas=[area("Wapsie County")],
    schedules=[sched("MO,TU,WE,TH", "08:00", "19:00")],
    locations=[loc("Halvorsen Community Health Center", "700 Hospital Rd", "Halvorsen", "52832", dlat=-0.007, dlon=-0.009)])
svc(o, "hchc-teen", "youth_mental_health", "Teen Clinic Behavioral Health",
    "Walk-in behavioral health visits for teens 13 to 19 alongside the teen medical clinic. Confidential.",
    fees="Sliding scale; Medicaid; no one turned away.", ages="omit",
    languages=langs("English", "Spanish"),
    areas=[area("Halvorsen")],
    schedules=[sched("WE", "15:00", "19:00")],
    locations=[loc("Halvorsen Community Health Center", "700 Hospital Rd", "Halvorsen", "52832", dlat=-0.007, dlon=-0.009)])

# ---- 28. Tamarack County Health & Human Services --------------------------------
o = org("tchhs", "Tamarack County Health & Human Services", "County office of the state human services department.",
        "https://www.example.org/tamarack-hhs", "")
svc(o, "tchhs-field", "benefits_applications", "Orrinsburg Field Office",
    "State human services office: apply for Medicaid, Medicaid waivers, food assistance, FIP and "
    "child care assistance. Computers are available for online applications.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Tamarack County")],
    schedules=[sched(WEEKDAYS, "08:00", "16:30")],
    locations=[loc("Tamarack County Services Building", "200 Courthouse Sq", "Orrinsburg", "52811", dlat=0.002, dlon=-0.002)])

# ---- 29. Iowa Family Advocacy Center (parent center) ------------------------------
o = org("ifac", "Iowa Family Advocacy Center", "Iowa's parent training and information center.",
        "https://www.example.org/ifac", "families@example.org")
svc(o, "ifac-pti", "parent_training", "Parent Training and Information",
    "Iowa's parent center for families of children with disabilities from birth to young adulthood: "
    "one-on-one help with IEP and 504 questions, transition to adult life, and free workshops online.",
    fees="Free", ages="omit", languages=langs("English", "Spanish"),
    areas=[area("Statewide")],
    schedules=[sched("TU", "18:30", "20:00", "online workshops")],
    locations=[loc("Iowa Family Advocacy Center", "1400 Grand Ave", "Des Moines", "50309", coords=None)])

# ---- 30. Iowa Protection & Advocacy Project --------------------------------------
o = org("ipap", "Iowa Protection & Advocacy Project", "Protection and advocacy system for Iowa.",
        "https://www.example.org/ipap", "intake@example.org")
svc(o, "ipap-intake", "guardianship_legal", "Intake Line",
    "Free legal help for people with disabilities: rights at school, Medicaid denials, employment "
    "discrimination, and alternatives to guardianship such as supported decision-making agreements.",
    fees="Free", ages="omit", languages=langs("English", "Spanish", "American Sign Language"),
    areas=[area("Statewide")],
    schedules=[sched(WEEKDAYS, "09:00", "16:00")],
    locations=[])

# ---- 31. Legal Aid of Northeast Iowa ------------------------------------------------
o = org("lani", "Legal Aid of Northeast Iowa", "Civil legal aid.",
        "https://www.example.org/legalaid-nei", "apply@example.org")
svc(o, "lani-clinic", "guardianship_legal", "Guardianship & Decision-Making Clinic",
    "Monthly evening clinic with volunteer attorneys: guardianship and conservatorship petitions, "
    "limited guardianship, powers of attorney, and supported decision-making for young adults "
    "reaching adulthood.",
    fees="Free for households under 200% of poverty; others on a sliding scale.", ages="omit",
    languages=langs("English"),
    areas=[area("Tamarack County"), area("Wapsie County")],
    schedules=[sched("WE", "17:00", "19:00", "second Wednesday")],
    locations=[loc("Tamarack County Courthouse, Room 104", "200 Courthouse Sq", "Orrinsburg", "52811", dlat=0.002, dlon=-0.002),
               loc("Halvorsen Public Library meeting room", "101 Library Ln", "Halvorsen", "52831", dlat=0.001, dlon=-0.002)])

# ---- 32. Calder County Volunteer Guardian Program --------------------------------
o = org("ccvg", "Calder County Volunteer Guardian Program", "Volunteer guardianship program.",
        "https://www.example.org/caldervgp", "")
svc(o, "ccvg", "guardianship_legal", "Volunteer Guardian Program",
    "Trained volunteers serve as guardian or conservator for adults with no family able to serve, "
    "and help families decide whether a less restrictive option would work.",
    fees="No fee.", min_age=18, languages=langs("English"),
    areas=[area("Calder County")],
    schedules=[note("Call to ask")],
    locations=[loc("Calder County Courthouse", "1 Court St", "Marrow Creek", "52851", coords="null")])

# ---- 33. Orrinsburg Parks & Recreation -------------------------------------------
o = org("opr", "Orrinsburg Parks & Recreation", "City parks and recreation department.",
        "https://www.example.org/orrinsburgparks", "rec@example.org")
svc(o, "opr-unified", "recreation", "Unified Sports League",
    "Unified basketball, bocce and flag football pairing athletes with and without intellectual "
    "disabilities. Ages 8 and up.",
    fees="$20 per season; scholarships available.", ages="omit", languages=langs("English"),
    areas=[area("Orrinsburg"), area("Kettle Prairie")],
    schedules=[sched("TU,TH", "18:00", "19:30"), sched("SA", "09:00", "11:00")],
    locations=[loc("Orrinsburg Rec Center", "300 Park Ave", "Orrinsburg", "52812", dlat=-0.008, dlon=0.004)])
svc(o, "opr-camp", "recreation", "Camp Tamarack",
    "Adaptive summer day camp. Not offered this year while the lodge is renovated.",
    status="inactive", assured="2023-09-15", fees="$150 per week", min_age=6, max_age=21,
    languages=langs("English"),
    areas=[area("Tamarack County")],
    schedules=[sched(WEEKDAYS, "08:00", "16:00", "June and July")],
    locations=[loc("Camp Tamarack Lodge", "4100 Lodge Rd", "Kettle Prairie", "52815", dlat=0.02, dlon=0.03)])

# ---- 34. Halvorsen Family YMCA --------------------------------------------------
o = org("ymca", "Halvorsen Family YMCA", "YMCA.",
        "https://www.example.org/halvorsenymca", "welcome@example.org")
svc(o, "ymca-swim", "recreation", "Adaptive Swim",
    "Small-group and one-on-one swim lessons and open swim for kids and adults with disabilities, "
    "with a lift into the pool.",
    fees="Included with membership; financial assistance on a sliding scale.", min_age=4,
    languages=langs("English"),
    areas=[area("Halvorsen")],
    schedules=[sched("SA", "09:00", "11:00"), sched("WE", "16:00", "17:00")],
    locations=[loc("Halvorsen Family YMCA", "1200 Y Dr", "Halvorsen", "52832", dlat=-0.01, dlon=0.004)])

# ---- 35. Marrow Creek Friday Club -----------------------------------------------
o = org("friday", "Marrow Creek Friday Club", "Volunteer social club.",
        "https://www.example.org/fridayclub", "fridayclub@example.org")
svc(o, "friday-club", "recreation", "Friday Night Social Club",
    "Dances, movies, bowling and karaoke for adults with intellectual disabilities, 18 and older. "
    "Not a respite or drop-off program: anyone who needs personal care should come with a staff "
    "person or family member.",
    fees="$5 per event.", ages="omit", languages=langs("English"),
    areas=[area("Marrow Creek"), area("Ashby Flats"), area("Pruett")],
    schedules=[sched("FR", "18:00", "21:00")],
    locations=[loc("VFW Hall", "19 Legion St", "Marrow Creek", "52851", dlat=0.004, dlon=-0.006)])

# ---- 36. Tamarack County Housing Authority ------------------------------------------
o = org("tcha", "Tamarack County Housing Authority", "Public housing agency.",
        "https://www.example.org/tcha", "vouchers@example.org")
svc(o, "tcha-vouchers", "housing", "Housing Choice & Mainstream Vouchers",
    "Rental assistance vouchers. Mainstream vouchers are set aside for non-elderly adults with "
    "disabilities, ages 18-61, including people leaving a family home or group home.",
    fees="No fee to apply.", eligibility="Household income below 50% of area median.",
    ages="omit", languages=langs("English"),
    areas=[area("Tamarack County")],
    schedules=[sched("MO,TU,WE,TH", "08:00", "16:00")],
    locations=[loc("Tamarack County Housing Authority", "210 Courthouse Sq", "Orrinsburg", "52811", dlat=0.002, dlon=-0.001)])

# ---- 37. Three Rivers Regional Housing Trust -----------------------------------------
o = org("trrht", "Three Rivers Regional Housing Trust", "Regional housing trust fund.",
        "https://www.example.org/threerivershousing", "homebase@example.org")
svc(o, "trrht-homebase", "housing", "Home Base",
    "Home Base pays part of the rent and deposit for people with disabilities moving into their own "
    "place from a family home, group home or institution, with a housing coordinator for the first year.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("52830-52860")],
    locations=[])

# ---- 38. Kettle Prairie Area Churches ------------------------------------------------
o = org("kpac", "Kettle Prairie Area Churches", "Ecumenical council of local congregations.",
        "", "kpchurches@example.org")
svc(o, "kpac-pno", "respite", "Parents' Night Out",
    "A monthly Friday evening of games, pizza and a movie for children ages 3 to 17 with and without "
    "disabilities, so parents and caregivers get a few hours of respite. Trained volunteers; siblings welcome.",
    fees="Free", ages="omit", languages=langs("English"),
    areas=[area("Kettle Prairie, Dunmore Crossing")],
    schedules=[sched("FR", "17:30", "21:00", "third Friday")],
    locations=[loc("St. Olaf Fellowship Hall", "12 Church St", "Kettle Prairie", "52815", dlat=0.002, dlon=0.001)])

# ---- 39. Karen Community Association of Orrinsburg -------------------------------------
o = org("kcao", "Karen Community Association of Orrinsburg", "Community association.",
        "https://www.example.org/karen-orrinsburg", "kca@example.org")
svc(o, "kcao-nav", "benefits_applications", "Family Navigators",
    "Karen- and Burmese-speaking navigators help families apply for Medicaid, SSI and food "
    "assistance, read letters from the state, and go along to appointments.",
    fees="Free", ages="omit", languages=langs("Karen", "Burmese", "English"),
    areas=[area("Orrinsburg")],
    schedules=[sched("SA", "10:00", "14:00"), sched("MO,TU,WE,TH", "17:00", "20:00")],
    locations=[loc("Karen Community Center", "415 S 5th St", "Orrinsburg", "52812", coords=None)])

# ---- 40. Calder Youth Services ----------------------------------------------------
o = org("cys", "Calder Youth Services", "Youth and family services agency.",
        "https://www.example.org/calderyouth", "cys@example.org")
svc(o, "cys-ils", "independent_living", "Youth Independent Living Skills",
    "Life skills classes and coaching for youth ages 16 to 21 who are in or aging out of foster care: "
    "apartment hunting, cooking, budgeting, and getting a driver's license.",
    fees="No cost", ages="omit", languages=langs("English"),
    areas=[area("Calder County")],
    schedules=[sched("WE", "16:00", "18:00")],
    locations=[loc("Calder Youth Services", "88 Second Ave", "Marrow Creek", "52851", dlat=-0.004, dlon=-0.004)])
svc(o, "cys-teentalk", "youth_mental_health", "Teen Talk",
    "Short-term counseling for youth ages 10 to 18 and their families: family conflict, running away, "
    "school problems, grief. Counselors meet at school, at home or at the office.",
    fees="Free", ages="omit", languages=[],
    areas=[area("Calder County")],
    schedules=[sched(WEEKDAYS, "08:00", "17:00")],
    locations=[loc("Calder Youth Services", "88 Second Ave", "Marrow Creek", "52851", dlat=-0.004, dlon=-0.004)])


# ===================================================================== write
def main():
    finalize()
    with open(os.path.join(ROOT, "places.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["town", "county", "zip", "lat", "lon"])
        for town, county, zips, lat, lon in TOWNS:
            for z in zips:
                w.writerow([town, county, z, lat, lon])
    with open(os.path.join(ROOT, "kinds.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["service_id", "kind"])
        for sid, kind, _key, _name in KINDS:
            w.writerow([sid, kind])
    out = os.path.join(ROOT, "knowledge", "directory", "ivy-211-export.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        json.dump(ORGS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    n = sum(len(o["services"]) for o in ORGS)
    print("organizations", len(ORGS), "services", n, "kinds", len({k for _, k, _, _ in KINDS}))


if __name__ == "__main__":
    main()
