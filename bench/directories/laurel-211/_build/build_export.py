"""Builds knowledge/directory/laurel-export.json and kinds.csv (invented data)."""
import json, uuid, csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from places import PLACES
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID("6f1c2a7e-1b0d-4c55-9a1e-2b7d3c4e5f60")
ZIPPT = {z: (a, o) for t, c, z, a, o in PLACES}
WD = "MO,TU,WE,TH,FR"
ALL = "MO,TU,WE,TH,FR,SA,SU"

def sid(tag): return str(uuid.uuid5(NS, "laurel-" + tag))
def ph(n): return [{"number": f"(828) 555-01{n:02d}"}]
def A(name, desc=None): return {"name": name, "description": desc}
def H(byday, o, c, d=None): return {"byday": byday, "opens_at": o, "closes_at": c, "description": d}
def L(name, addr, city, z, coords=True, dx=0.004, dy=0.003):
    loc = {"name": name, "addresses": [{"address_1": addr, "city": city, "state_province": "NC", "postal_code": z}]}
    if coords:
        a, o = ZIPPT[z]; loc["latitude"] = round(a + dy, 4); loc["longitude"] = round(o + dx, 4)
    else:
        loc["latitude"] = None; loc["longitude"] = None
    return {"location": loc}

KINDS = {}
def S(tag, kind, name, desc, fees, elig=None, mn=None, mx=None, langs=("English",), areas=(), sched=(),
      phone=1, locs=(), status="active", assured="2024-03-01", url=None, email=None):
    i = sid(tag); KINDS[i] = kind
    return {"id": i, "name": name, "description": desc, "url": url, "email": email, "status": status,
            "fees_description": fees, "eligibility_description": elig, "minimum_age": mn, "maximum_age": mx,
            "assured_date": assured, "languages": [{"name": l} for l in langs], "service_areas": list(areas),
            "schedules": list(sched), "phones": ph(phone), "service_at_locations": list(locs)}

def O(tag, name, url, services): return {"id": sid("org-" + tag), "name": name, "url": url, "services": services}

E = "https://example.org/"
orgs = [
 O("dvr", "Division of Vocational Rehabilitation - Western Piedmont Unit", E+"dvr-western", [
   S("s01", "vocational_rehab", "Vocational Rehabilitation Services",
     "Counseling, training, job placement and assistive technology to help people with disabilities prepare for, get and keep a job. Counselors meet with high school students during their last years of school.",
     "No cost to eligible individuals for counseling and guidance; some purchased services may require cost participation.",
     "Individuals with a physical or mental disability that is a barrier to employment. Students may apply at age 14 or older.",
     langs=("English","Spanish"), areas=[A("Alder County"), A("Brindle County")], sched=[H(WD,"08:00","17:00")],
     phone=1, locs=[L("DVR Laurel Falls Office","140 Courthouse Sq, Suite 2","Laurel Falls","28701")],
     url=E+"dvr-western/vr", email="dvr.laurelfalls@example.org", assured="2024-06-12"),
   S("s02", "pre_ets", "Pre-Employment Transition Services (Pre-ETS)",
     "For students with disabilities ages 14-21 who are enrolled in school: job exploration counseling, work-based learning, counseling on postsecondary options, workplace readiness training and instruction in self-advocacy. Delivered at the student's school.",
     "Free. Students do not need to be found eligible for VR to receive Pre-ETS.",
     "Students with a disability with an IEP or 504 plan, or who are potentially eligible for VR.",
     langs=("English","Spanish"), areas=[A("Alder County"), A("Brindle County"), A("Copperfield County")],
     sched=[H(WD,"08:00","16:30","School year")], phone=2, url=E+"dvr-western/pre-ets", assured="2024-06-12"),
   S("s03", "vocational_rehab", "Copperton Itinerant Office",
     "A VR counselor is at the Copperton site two days a week for intake, plan development and follow-up. Call the main office for other days.",
     "no charge", None, langs=("English",), areas=[A("Copperfield County")], sched=[H("TU,TH","09:00","15:00")],
     phone=3, locs=[L("Copperton NCWorks Center (Room 4)","22 Mill Race Rd","Copperton","28740",coords=False)],
     assured="2023-01-20"),
 ]),
 O("summit", "Summit Ridge Workforce Partners", E+"summitridge", [
   S("s04", "youth_jobs", "Summer Youth Work Experience",
     "Six-week paid summer jobs with local employers, plus a weekly work-readiness class. Applications open in March.",
     "Participants are paid minimum wage; no fee to participate.", "Brindle County residents; income guidelines apply.",
     mn=16, mx=24, langs=("English","Spanish"), areas=[A("Brindleton, Harlow, Stony Gap, Fenwick")],
     sched=[H(WD,"09:00","17:00","June-July only")], phone=4, email="summer@example.org", assured="2024-02-28"),
   S("s05", "youth_jobs", "NextStep",
     "WIOA youth program for out-of-school youth 16 to 24: job readiness, GED/HiSET support, paid internships and occupational training.",
     "No cost", None, langs=("English",), areas=[A("Brindle County")], sched=[H("MO,WE","13:00","19:00")],
     phone=5, locs=[L("Summit Ridge Career Center","310 Depot St","Brindleton","28720")], assured="2024-02-28"),
 ]),
 O("acs", "Alder County Schools - Exceptional Children Transition Office", E+"alder-schools", [
   S("s06", "pre_ets", "Project Bridge",
     "Job shadowing, workplace tours and a 'soft skills' class run with VR inside Alder County high schools.",
     "None", "Alder County Schools students with an IEP or 504 plan", mn=14, mx=21,
     areas=[A("Alder County Schools district")], sched=[H(WD,"07:45","15:15")], phone=6, assured=None),
 ]),
 O("ridgeview", "Ridgeview Supported Employment, Inc.", E+"ridgeview", [
   S("s07", "supported_employment", "Supported Employment",
     "Job development, on-the-job coaching and long-term follow-along for adults with intellectual and developmental disabilities, autism, or serious mental illness.",
     "Funded by VR or the Medicaid Innovations waiver; no cost to the participant.", "Referral from VR or a Medicaid waiver care coordinator.",
     mn=18, areas=[A("Alder and Brindle counties")], sched=[H(WD,"08:00","16:30")], phone=7,
     locs=[L("Ridgeview Main Office","9 Tanner Ln","Laurel Falls","28702")], assured="2024-05-02"),
   S("s08", "supported_employment", "Customized Employment",
     "Discovery process, job carving and negotiated positions for job seekers who need a customized job.",
     "Medicaid waiver or VR authorization required.", None, areas=[A("ZIPs 28701-28710")], phone=7, assured="2022-11-30"),
 ]),
 O("copind", "Copperfield Industries", E+"copperfield-ind", [
   S("s09", "supported_employment", "Community Employment Team",
     "Job coaches help adults with disabilities find and keep community jobs in Copperton, Redbud and surrounding areas.",
     "VR-funded; Medicaid waiver accepted.", None, mn=18, areas=[A("Copperfield County")], sched=[H(WD,"07:30","16:00")],
     phone=8, locs=[L("Copperfield Industries","400 Smelter Rd","Copperton","28741")], assured="2023-09-15"),
   S("s10", "supported_employment", "Work Adjustment Program",
     "Facility-based work adjustment training. Program closed; participants moved to Community Employment Team.",
     "VR-funded", None, areas=[A("Copperfield County")], phone=8, status="inactive", assured="2021-04-01"),
 ]),
 O("lat", "Laurel Area Transit (LAT)", E+"lat", [
   S("s11", "paratransit", "LAT Access",
     "ADA complementary paratransit: shared-ride, curb-to-curb trips for people who cannot use the fixed-route bus because of a disability. Book one day ahead.",
     "$2.50 per one-way trip; personal care attendant rides free.", "Must complete ADA paratransit eligibility determination.",
     areas=[A("LAT Access zone", "Within 3/4 mile of fixed routes in Laurel Falls and Pinecrest")],
     sched=[H("MO,TU,WE,TH,FR,SA","06:00","20:00")], phone=9,
     locs=[L("LAT Transit Center","1 Station Plaza","Laurel Falls","28701",dx=-0.002)], assured="2024-07-01"),
   S("s12", "travel_training", "Ride Ready",
     "One-on-one instruction to learn to ride LAT fixed-route buses safely and independently: trip planning, paying fares, transfers, what to do if lost. For teens and adults with disabilities age 14 and older.",
     "Free of charge", None, langs=("English","Spanish"), areas=[A("Laurel Falls, Pinecrest, Ashby")],
     sched=[H(WD,"08:00","16:30")], phone=10, email="rideready@example.org", assured="2024-07-01"),
 ]),
 O("bcta", "Brindle County Transportation Authority", E+"bcta", [
   S("s13", "paratransit", "Demand Response",
     "Door-to-door van rides by reservation for older adults and people with disabilities, including rides to work, day programs and medical visits. Wheelchair-accessible vans.",
     "$3.00 in-county one way; Medicaid trips at no charge with prior approval.", None,
     areas=[A("Brindle County")], sched=[H(WD,"07:00","18:00")], phone=11, locs=[], assured="2023-12-04"),
   S("s14", "travel_training", "Travel Buddies",
     "Peer mentors ride along with new riders ages 16-25 until they can take the bus and the Demand Response van on their own.",
     "No fee", None, areas=[A("Brindleton")], sched=[H("TU,TH","14:00","18:00")], phone=12, assured="2024-01-10"),
 ]),
 O("cca", "Copperfield Community Action", E+"cca", [
   S("s15", "paratransit", "Medicaid Transportation",
     "Non-emergency medical transportation (NEMT) to Medicaid-covered appointments.",
     "No cost to Medicaid members.", "Active Medicaid; schedule 2 business days ahead.", areas=[A("Copperfield County")],
     sched=[H(WD,"06:00","17:00")], phone=13, assured="2024-04-18"),
   S("s16", "benefits_applications", "Help Desk",
     "Walk-in help completing applications for Medicaid, food and nutrition services (SNAP), energy assistance and SSI.",
     "Free", None, langs=("English","Spanish"), areas=[A("Copperfield County"), A("28744")],
     sched=[H("MO,TU,WE,TH","09:00","18:30")], phone=14,
     locs=[L("CCA Office","75 Union St","Copperton","28740")], assured="2024-04-18"),
 ]),
 O("saferoads", "Safe Roads Driving School", E+"saferoads", [
   S("s17", "drivers_ed", "Adaptive Driver Education",
     "Driver's education with adaptive equipment, classroom instruction and behind-the-wheel lessons for teens 15 and older with disabilities. A clinical driving evaluation may be needed first.",
     "$425 for the course; sliding scale available on request.", None,
     areas=[A("Laurel Falls"), A("Millbrook"), A("Other areas", "Call to ask")],
     sched=[H("SA","08:00","14:00"), H("MO,TU,WE,TH","16:00","19:00")], phone=15,
     locs=[L("Safe Roads Classroom","58 Poplar Ave","Laurel Falls","28702",coords=False)], assured="2023-08-22"),
   S("s18", "drivers_ed", "Teen Driver Ed",
     "Standard 30-hour classroom and 6-hour behind-the-wheel course.", "$350", "Must have a learner permit to drive.",
     mn=15, mx=18, areas=[A("Alder County")], sched=[H("SA","09:00","13:00")], phone=15, assured="2023-08-22"),
 ]),
 O("hearth", "Hearthstone Respite Network", E+"hearthstone", [
   S("s19", "respite", "Hearthstone In-Home Respite",
     "Trained respite workers come to the family home so caregivers can take a break. Short visits or overnight.",
     "Medicaid waiver (CAP/C, Innovations) or private pay $22/hour.", "Caregivers of children and adults with intellectual or developmental disabilities.",
     langs=("English","Spanish"), areas=[A("Alder County"), A("Brindle County")], phone=16, assured="2024-05-20"),
   S("s20", "respite", "Saturday Club",
     "Drop-off program for kids and teens ages 6-17 with disabilities: games, crafts, outdoor time, while parents get a few hours off.",
     "Sliding scale $0-$20 per session", None, areas=[A("Laurel Falls")], sched=[H("SA","10:00","15:00")], phone=17,
     locs=[L("First Methodist Fellowship Hall","200 Church St","Laurel Falls","28701",dx=0.001)], assured="2024-05-20"),
 ]),
 O("maple", "Maple Hollow Adult Day Center", E+"maplehollow", [
   S("s21", "adult_day", "Maple Hollow Day Program",
     "Supervised day program for adults with disabilities or dementia: meals, activities, nursing oversight, personal care.",
     "Medicaid waiver accepted; private pay $75/day.", None, mn=18, areas=[], sched=[H(WD,"07:30","17:30")],
     phone=18, locs=[L("Maple Hollow","12 Orchard Rd","Pinecrest","28705")], assured="2022-06-30"),
 ]),
 O("qhads", "Quarry Hill Adult Day Services", E+"qhads", [
   S("s22", "adult_day", "Day Health",
     "Adult day health with nursing, therapy and activities for adults who need supervision during the day.",
     "Sliding fee scale based on income; Medicaid CAP accepted.", "Adults 18 and older needing daytime supervision.",
     areas=[A("Quarry Hill, Copperton, Redbud")], sched=[H(WD,"08:00","16:00")], phone=19,
     locs=[L("Quarry Hill Adult Day","3 Granite Way","Quarry Hill","28744",coords=False)], assured="2024-01-05"),
 ]),
 O("redbudpr", "Redbud Parks & Recreation", E+"redbud-parks", [
   S("s23", "recreation", "Adaptive Rec",
     "Adaptive sports, art and social nights for ages 12 and up with disabilities.",
     "$5 per program; scholarships available.", None, areas=[A("Redbud"), A("Eastover")],
     sched=[H("TH","18:00","20:30"), H("SA","09:00","12:00")], phone=20,
     locs=[L("Redbud Community Center","5 Park Loop","Redbud","28747")], assured="2024-03-14"),
 ]),
 O("socopp", "Special Olympics Copperfield", E+"so-copperfield", [
   S("s24", "recreation", "Special Olympics Copperfield",
     "Year-round sports training and competition for athletes age 8 and older with intellectual disabilities.",
     "Free", None, areas=[A("Copperfield County")], sched=[H("SA","09:00","12:00")], phone=21, assured="2023-10-02"),
 ]),
 O("alderpr", "Alder County Parks - Inclusive Programs", E+"alder-parks", [
   S("s25", "recreation", "Friday Night Social",
     "Dances, game nights and outings for teens and young adults 14 to 26 with and without disabilities.",
     "$10 per event", None, areas=[A("Alder County")], sched=[H("FR","18:00","21:00")], phone=22,
     locs=[L("Alder Rec Center","88 Fairground Rd","Laurel Falls","28701",dy=-0.006)], assured="2024-02-09"),
   S("s26", "recreation", "Camp Laurel",
     "Inclusive summer day camp. Not offered this year.", "$120/week", None, areas=[A("Alder County")],
     sched=[H(WD,"08:00","17:00","Summer")], phone=22, status="inactive", assured="2021-05-15"),
 ]),
 O("wipa", "Blue Ridge Work Incentives Project", E+"brwip", [
   S("s27", "benefits_counseling", "Work Incentives Planning and Assistance (WIPA)",
     "Certified benefits counselors explain how a job will affect SSI, SSDI, Medicaid and Medicare, and help use work incentives such as the Student Earned Income Exclusion, PASS and Ticket to Work. By phone and video.",
     "Free", "SSI or SSDI beneficiaries who are working or planning to work.", mn=14, mx=64,
     langs=("English","Spanish"), areas=[A("Statewide")], sched=[H(WD,"09:00","17:00")], phone=23,
     url=E+"brwip/wipa", email="wipa@example.org", assured="2024-08-01"),
 ]),
 O("bbnc", "Brindle Benefits Navigation Center", E+"bbnc", [
   S("s28", "benefits_counseling", "Work & Benefits Counseling",
     "Benefits planning for SSI/SSDI beneficiaries 16+ who want to work: budget estimates, reporting wages, 1619(b).",
     "No charge", None, areas=[A("Brindle County")], sched=[H("WE","12:00","19:00")], phone=24,
     locs=[L("BBNC","17 Market St","Brindleton","28721")], assured="2023-06-06"),
 ]),
 O("adss", "Alder County Department of Social Services", E+"alder-dss", [
   S("s29", "benefits_applications", "Medicaid & Food Assistance Applications",
     "Apply for Medicaid, Medicaid for the Disabled, Food and Nutrition Services and Work First. Caseworkers help gather documents.",
     "No cost to apply", None, langs=("English","Spanish"), areas=[A("Alder County")], sched=[H(WD,"08:00","17:00")],
     phone=25, locs=[L("Alder DSS","301 Human Services Dr","Laurel Falls","28702")], assured="2024-04-30"),
   S("s30", "guardianship_legal", "Public Guardianship",
     "DSS serves as guardian of last resort for adults found incompetent when no family member is suitable.",
     "None", "Adults 18 and older with a clerk of court appointment.", mn=18, areas=[A("Alder County")],
     sched=[H(WD,"08:00","17:00")], phone=26, assured=None),
 ]),
 O("bdss", "Brindle County DSS", E+"brindle-dss", [
   S("s31", "benefits_applications", "Economic Services",
     "Applications and renewals for Medicaid, SNAP and emergency assistance.", "free to apply", None,
     areas=[A("Brindle County")], sched=[H(WD,"08:30","17:00")], phone=27,
     locs=[L("Brindle County Human Services Building","60 Oak St","Brindleton","28720",coords=False)], assured="2023-03-03"),
 ]),
 O("ssa", "Social Security Administration - Copperton Field Office", E+"ssa-copperton", [
   S("s32", "benefits_applications", "SSI Applications and Appeals",
     "Apply for SSI and SSDI, age-18 redeterminations, reporting changes and appeals. Appointments recommended.",
     "No fee", None, langs=("English","Spanish"), areas=[A("Copperfield County"), A("Brindle County")],
     sched=[H("MO,TU,TH,FR","09:00","16:00"), H("WE","09:00","12:00")], phone=28,
     locs=[L("Social Security Office","410 Federal Plaza","Copperton","28741")], assured="2024-07-19"),
 ]),
 O("pathfinder", "Pathfinder Center for Independent Living", E+"pathfinder", [
   S("s33", "independent_living", "Independent Living Skills",
     "Peer support, advocacy, money management, cooking and community living skills for people with disabilities 14 and older.",
     "Free", None, langs=("English","American Sign Language","Spanish"),
     areas=[A("Alder County, Brindle County, Copperfield County")], sched=[H(WD,"09:00","16:00")], phone=29,
     locs=[L("Pathfinder CIL","22 Commerce St","Laurel Falls","28701",dx=0.006)], assured="2024-06-01"),
   S("s34", "independent_living", "Youth Transition Program",
     "For youth with disabilities ages 14 to 24: self-advocacy, independent living skills, peer mentoring and help moving from school to adult life.",
     "No cost", None, langs=("English",), areas=[A("Region B")], sched=[H("MO,TU,WE,TH","15:00","18:00")],
     phone=30, locs=[L("Pathfinder Brindleton Branch","5 Court Sq","Brindleton","28720")], assured="2024-06-01"),
 ]),
 O("cha", "Copperfield Housing Authority", E+"copperfield-ha", [
   S("s35", "housing", "Housing Choice Vouchers",
     "Rental assistance vouchers for low-income households. Waiting list opens periodically.",
     "Tenant pays about 30% of income toward rent.", None, mn=18, areas=[A("Copperfield County")],
     sched=[H(WD,"08:00","16:30")], phone=31, locs=[L("CHA Office","12 Tower Rd","Copperton","28740")], assured="2023-11-11"),
   S("s36", "housing", "Mainstream Vouchers",
     "Housing vouchers set aside for non-elderly people with disabilities, including people leaving institutions.",
     "Tenant pays 30% of adjusted income", None, mn=18, mx=61,
     areas=[A("Copperfield County"), A("Brindle County")], phone=31, assured="2023-11-11"),
 ]),
 O("opendoors", "Open Doors Supportive Living", E+"opendoors", [
   S("s37", "housing", "Open Doors",
     "Supported apartments with staff on call for adults 18+ with intellectual and developmental disabilities.",
     "Rent based on income; support hours funded through Medicaid Innovations waiver.", None,
     areas=[A("Laurel Falls, Pinecrest")], phone=32, assured="2024-02-02"),
 ]),
 O("lfhc", "Laurel Falls Housing Collaborative", E+"lfhc", [
   S("s38", "housing", "Housing Counseling",
     "Help finding accessible apartments, rental applications, tenant rights and first-time renter classes.",
     "free", None, langs=("English","Spanish"), areas=[A("28701, 28702, 28705")],
     sched=[H("TU","10:00","19:00")], phone=33, assured="2022-09-09"),
 ]),
 O("ashbyil", "Ashby Transitional Living", E+"ashby-tl", [
   S("s39", "housing", "Transitional Living",
     "Apartments with life-skills coaching for young adults ages 18-24 leaving foster care or with disabilities.",
     "Program fee is 30% of income", None, areas=[], phone=34,
     locs=[L("Ashby Commons","40 Willow Ct","Ashby","28710",coords=False)], assured="2023-05-25"),
 ]),
 O("fampartners", "Family Partners Parent Center", E+"familypartners", [
   S("s40", "parent_training", "Parent Training & Information",
     "The state's Parent Training and Information Center: help understanding IEPs, transition planning, and rights under IDEA. Phone, video and webinars.",
     "Free to families", None, langs=("English","Spanish","Vietnamese"), areas=[A("Statewide")],
     sched=[H(WD,"08:30","16:30")], phone=35, url=E+"familypartners/pti", email="help@example.org", assured="2024-09-01"),
   S("s41", "parent_training", "Transition Workshops for Families",
     "Evening workshops for families of students ages 14-22: guardianship alternatives, benefits, adult services, VR.",
     "No cost", None, areas=[A("Alder County"), A("Copperfield County")], sched=[H("TH","18:00","20:00","Monthly")],
     phone=35, locs=[L("Copperton Public Library","9 Library Ln","Copperton","28740",coords=False)], assured="2024-09-01"),
 ]),
 O("p2p", "Brindle Parent-to-Parent", E+"brindle-p2p", [
   S("s42", "parent_training", "Parent Match",
     "Matches parents of children with disabilities with a trained volunteer parent who has been there.",
     "Free", None, areas=[A("Brindleton, Harlow")], phone=36, assured="2022-01-17"),
 ]),
 O("hillside", "Hillside Youth Counseling", E+"hillside", [
   S("s43", "youth_mental_health", "Teen Outpatient Therapy",
     "Individual and family therapy for anxiety, depression, trauma and behavior concerns.",
     "Medicaid, most insurance, and sliding scale.", None, mn=12, mx=21, langs=("English","Spanish"),
     areas=[A("Alder County")], sched=[H("MO,TU,WE,TH","10:00","19:00"), H("SA","09:00","13:00")], phone=37,
     locs=[L("Hillside Counseling","77 Maple Ave","Laurel Falls","28701",dy=0.008)], assured="2024-03-28"),
   S("s44", "youth_mental_health", "School-Based Therapy",
     "Licensed therapists see middle and high school students at school during the school day.",
     "Medicaid; sliding scale for uninsured.", None, areas=[A("Millbrook, Ashby")], sched=[H(WD,"08:00","15:30")],
     phone=38, assured="2024-03-28"),
 ]),
 O("cbh", "Copperfield Behavioral Health", E+"cbh", [
   S("s45", "youth_mental_health", "Child & Adolescent Services",
     "Outpatient therapy, medication management and intensive in-home for ages 5 to 17.",
     "Medicaid and sliding scale", None, areas=[A("Copperfield County")], sched=[H(WD,"08:00","17:00")], phone=39,
     locs=[L("CBH Clinic","250 Hospital Dr","Copperton","28741")], assured="2023-07-07"),
   S("s46", "crisis_line", "Mobile Crisis",
     "Crisis counselors answer the phone 24/7 and can come to a home, school or the community for a mental health or substance use crisis.",
     "No charge", None, areas=[A("Copperfield County")], sched=[H(ALL,"00:00","23:59","24/7")], phone=40, assured="2023-07-07"),
 ]),
 O("988", "988 Suicide & Crisis Lifeline (state network)", E+"988", [
   S("s47", "crisis_line", "988 Suicide & Crisis Lifeline",
     "Call or text 988 or chat online any time for free, confidential support in a suicidal, mental health or substance use crisis.",
     "Free", None, langs=("English","Spanish"), areas=[A("Statewide")], sched=[H(ALL,"00:00","23:59","24/7")],
     phone=41, assured="2024-08-15"),
 ]),
 O("teenline", "Brindle Teen Line", E+"teenline", [
   S("s48", "crisis_line", "Teen Talk",
     "Peer-answered text and phone line for youth ages 13-19; adult supervisors connect callers in danger to 988 or mobile crisis.",
     "Free", None, areas=[A("Brindle County")], sched=[H(ALL,"16:00","22:00")], phone=42, assured="2022-10-10"),
 ]),
 O("harlow", "Harlow Wellness Clinic", E+"harlow-wellness", [
   S("s49", "youth_mental_health", "Counseling for Young Adults",
     "Outpatient counseling for young people 16 to 25 going through the move to adulthood.",
     "Sliding scale fees", None, areas=[A("Harlow"), A("Stony Gap"), A("28727")],
     sched=[H("TU,TH","12:00","20:00")], phone=43, locs=[L("Harlow Wellness","8 Creek Rd","Harlow","28724")], assured="2024-01-22"),
 ]),
 O("drlc", "Blue Ridge Disability Rights Legal Clinic", E+"brdrlc", [
   S("s50", "guardianship_legal", "Guardianship Alternatives Clinic",
     "Legal advice on supported decision-making, powers of attorney, health care agents and limited guardianship for youth 17 and older and their families.",
     "Free legal help; income limits may apply.", None, langs=("English","Spanish"),
     areas=[A("Alder County"), A("Brindle County"), A("Copperfield County")], sched=[H(WD,"09:00","17:00")],
     phone=44, assured="2024-04-04"),
   S("s51", "parent_training", "Advocacy Line",
     "Advice for families on special education disputes, IEP meetings and school discipline.",
     "Free", None, langs=("English",), areas=[A("Call to ask")], sched=[H(WD,"09:00","17:00")], phone=45, assured="2024-04-04"),
 ]),
 O("clerk", "Brindle County Clerk of Superior Court - Estates Division", E+"brindle-clerk", [
   S("s52", "guardianship_legal", "Guardianship Petitions",
     "File a petition for adjudication of incompetence and appointment of a guardian; information on limited guardianship.",
     "$120 filing fee; waiver available for those who qualify.", None, areas=[A("Brindle County")],
     sched=[H(WD,"08:30","17:00")], phone=46, locs=[L("Brindle County Courthouse","1 Court Sq","Brindleton","28720")],
     assured="2023-02-14"),
 ]),
 O("lfcc", "Laurel Falls Community College", E+"lfcc", [
   S("s53", "youth_jobs", "Compass",
     "Paid internships and career exploration for students with disabilities 16-21 still in high school.",
     "No cost", None, areas=[A("Alder County")], sched=[H("MO,TU,WE,TH","14:30","18:00")], phone=47,
     locs=[L("LFCC Career Center","500 College Dr","Laurel Falls","28702",dx=-0.01)], assured="2024-08-20"),
   S("s54", "drivers_ed", "Driver Education (Continuing Ed)",
     "Classroom and behind-the-wheel driver's education for ages 15 to 17.",
     "$250 per course; sliding scale tuition help.", None, areas=[A("Alder County"), A("Copperfield County")],
     sched=[H("TU,TH","18:00","21:00")], phone=47, assured="2024-08-20"),
 ]),
 O("goodworks", "Goodworks Employment Services", E+"goodworks", [
   S("s55", "supported_employment", "Goodworks Employment Services",
     "Job coaching and job placement for people with disabilities; works with VR and Medicaid waiver providers.",
     "VR-funded; no cost to job seeker.", None, langs=("English","Spanish"),
     areas=[A("Brindle County"), A("Copperfield County")], sched=[H(WD,"08:00","16:30")], phone=48,
     locs=[L("Goodworks","14 Iron St","Brindleton","28721",coords=False)], assured="2023-04-12"),
 ]),
 O("eyc", "Eastover Youth Center", E+"eastover-yc", [
   S("s56", "youth_jobs", "After-School Job Club",
     "Resume help, mock interviews and part-time job leads for teens 14-18.",
     "Free", None, areas=[A("Eastover"), A("Redbud")], sched=[H("MO,WE","15:30","17:30")], phone=49,
     locs=[L("Eastover Youth Center","2 Main St","Eastover","28749")], assured="2024-05-05"),
   S("s57", "recreation", "Open Gym",
     "Basketball, games and hangout space for youth 10 to 18.", "Free", None, areas=[A("Eastover")],
     sched=[H("FR","18:00","21:00"), H("SA","12:00","16:00")], phone=49, assured="2024-05-05"),
 ]),
 O("pinecrestlc", "Pinecrest Lutheran Church", E+"pinecrest-lutheran", [
   S("s58", "respite", "Parents' Night Out",
     "Monthly evening of supervised fun for children and young adults ages 3-21 with disabilities and their siblings.",
     "No cost; donations welcome.", None, areas=[A("Pinecrest"), A("Laurel Falls")],
     sched=[H("FR","17:30","21:00","Second Friday")], phone=50, assured=None),
 ]),
 O("crc", "Copperfield Respite Cooperative", E+"copperfield-respite", [
   S("s59", "respite", "Respite Co-op",
     "Families trade and pool respite hours; trained providers available for in-home or community respite.",
     "Medicaid waiver or sliding scale", None, areas=[A("Copperfield County")], phone=51, assured="2022-12-12"),
 ]),
 O("satp", "State Assistive Technology Program", E+"satp", [
   S("s60", "independent_living", "Device Loan",
     "Borrow assistive technology (communication apps, adapted kitchen tools, smart home devices) for 30 days before buying.",
     "free", None, areas=[A("Statewide")], phone=52, url=E+"satp/loan", assured="2024-02-15"),
 ]),
 O("bcil", "Brindle Center for Independent Living", E+"bcil", [
   S("s61", "independent_living", "Independent Living Skills Training",
     "Classes and one-on-one coaching on budgeting, cooking, using transit, and self-advocacy.",
     "no cost", None, areas=[A("Brindle County")], sched=[H(WD,"08:30","16:30")], phone=53,
     locs=[L("BCIL","44 Elm St","Brindleton","28721")], assured="2023-08-08"),
   S("s62", "benefits_applications", "Benefits Application Assistance",
     "Help filling out SSI, Medicaid and SNAP applications and gathering medical records.",
     "free", None, areas=[A("Brindle County")], sched=[H(WD,"08:30","16:30")], phone=53, assured="2023-08-08"),
 ]),
 O("amhcc", "Alder Behavioral Health Urgent Care", E+"alder-bhuc", [
   S("s63", "crisis_line", "Behavioral Health Urgent Care",
     "Walk-in crisis assessment and stabilization 24/7 for children and adults; alternative to the emergency room.",
     "No one turned away; Medicaid, insurance and sliding scale.", None, areas=[A("Alder County")],
     sched=[H(ALL,"00:00","23:59")], phone=54, locs=[L("Alder BHUC","2 Recovery Way","Laurel Falls","28701",dx=0.012)],
     assured="2024-06-30"),
   S("s64", "crisis_line", "Crisis Line (old number)",
     "Former county crisis number. Calls now forward to 988.", "Free", None, areas=[A("Alder County")],
     sched=[H(ALL,"00:00","23:59")], phone=55, status="inactive", assured="2020-09-01"),
 ]),
 O("cdar", "Copperfield Dial-A-Ride", E+"copperfield-dar", [
   S("s65", "paratransit", "Dial-A-Ride",
     "Reservation-based van service for seniors and people with disabilities anywhere in the service area.",
     "$2 per ride", None, areas=[A("28740-28749")], sched=[H("MO,TU,WE,TH,FR,SA","07:00","18:00")], phone=56,
     assured="2024-03-03"),
 ]),
 O("cfcc", "Copperfield Community College", E+"cfcc", [
   S("s66", "pre_ets", "Career Explorers Summer Camp",
     "Week-long career exploration camp on campus for high school students with disabilities 14-21, in partnership with VR.",
     "Free through VR", None, areas=[A("Copperfield County")], sched=[H("MO,TU,WE,TH","09:00","15:00","June")],
     phone=57, locs=[L("CFCC Main Campus","1 College Way","Copperton","28741",dy=0.01)], assured="2024-04-01"),
   S("s67", "pre_ets", "Saturday Work Academy",
     "Saturday workplace readiness sessions and job tours for students with disabilities ages 14 to 21.",
     "No cost", None, areas=[A("Redbud, Eastover")], sched=[H("SA","09:00","13:00")], phone=57, assured="2024-04-01"),
 ]),
]

os.makedirs(os.path.join(OUT, "knowledge/directory"), exist_ok=True)
with open(os.path.join(OUT, "knowledge/directory/laurel-export.json"), "w") as f:
    json.dump(orgs, f, indent=2)
with open(os.path.join(OUT, "kinds.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["service_id", "kind"])
    for i, k in KINDS.items(): w.writerow([i, k])
print(len(orgs), "orgs", len(KINDS), "services", len(set(KINDS.values())), "kinds")
