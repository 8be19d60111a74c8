import json
def addr(a1, city, zipc): return {"address_1": a1, "city": city, "state_province": "MI", "postal_code": zipc, "country": "US"}
def loc(name, a1, city, zipc): return [{"name": name, "addresses": [addr(a1, city, zipc)]}]
def ph(n, d=None):
    p={"number": n}
    if d: p["description"]=d
    return [p]
def sched(desc, days=None, opens=None, closes=None):
    s={"description": desc}
    if days: s.update({"byday": days, "opens_at": opens, "closes_at": closes, "freq": "WEEKLY"})
    return [s]
COUNTY=[{"name":"Larkin County, MI"}]
ORGS=[]
def org(oid, name, desc, email, phone, services):
    ORGS.append({"id": oid, "name": name, "description": desc, "email": email, "phones": ph(phone), "services": services})
def svc(sid, name, desc, elig, minage, maxage, fees, langs, areas, schedules, phones, locations, status="active"):
    return {"id": sid, "name": name, "status": status, "description": desc, "eligibility_description": elig,
            "minimum_age": minage, "maximum_age": maxage, "fees_description": fees, "languages": langs,
            "service_areas": areas, "schedules": schedules, "phones": phones, "locations": locations}
EN=["English"]; ENES=["English","Spanish"]
bvr_loc=loc("BVR Larkin Field Office","410 Commerce Street, Suite 200","Fennimore","48699")
org("org-001","State Bureau of Vocational Rehabilitation - Larkin Field Office","State vocational rehabilitation agency helping people with disabilities prepare for, get, and keep jobs.","bvr.larkin@example.org","(989) 555-0130",[
 svc("svc-001","Pre-Employment Transition Services (Pre-ETS)","Job exploration counseling, work-based learning, counseling on postsecondary enrollment, workplace readiness training, and self-advocacy instruction for students with disabilities.","Students with disabilities enrolled in school who have an IEP, 504 plan, or documented disability. No VR application required.",14,21,"No fee.",ENES,COUNTY,sched("Monday-Friday 8:00 a.m.-5:00 p.m.",["MO","TU","WE","TH","FR"],"08:00","17:00"),ph("(989) 555-0131","Pre-ETS Supervisor"),bvr_loc),
 svc("svc-002","Vocational Rehabilitation Services","Individualized services leading to employment, including assessment, counseling, job placement, job coaching, training, and assistive technology, under an Individualized Plan for Employment.","Individuals with a disability that is a barrier to employment who need VR services to get or keep a job. Order of Selection in effect; only Priority Category 1 currently served.",14,None,"No fee. Some services may require a financial needs test.",ENES,COUNTY,sched("Walk-in orientation Tuesdays 10:00 a.m.; virtual orientation second Thursday 5:30 p.m."),ph("(989) 555-0130","Intake"),bvr_loc),
 svc("svc-003","Summer Youth Work Experience","Six-week paid summer work experience with job coach support at local businesses. 2025 wage $13.25 per hour, up to 120 hours.","Students with disabilities ages 16-21 with an IEP or 504 plan. Apply through Pre-ETS counselor.",16,21,"No fee. Participants are paid.",EN,COUNTY,sched("Seasonal: late June to early August."),ph("(989) 555-0131"),bvr_loc),
])
lp_loc=loc("LPCMH Main Office","615 Birch Street","Fennimore","48699")
org("org-002","Larkin Pathways Community Mental Health","Public community mental health authority for Larkin County serving people with mental illness, substance use disorders, and intellectual/developmental disabilities.","info.lpcmh@example.org","(989) 555-0145",[
 svc("svc-004","Access Line and Intake","24-hour screening line for mental health and developmental disability services. Schedules intake appointments, usually within 14 days.","Larkin County residents. Priority to Medicaid enrollees and uninsured residents.",None,None,"No fee for screening. Services billed to Medicaid; sliding fee for others.",ENES,COUNTY,sched("24 hours a day, 7 days a week"),ph("(989) 555-0145"),lp_loc),
 svc("svc-005","Community Pathways Waiver (CPW)","Medicaid home and community-based services waiver: community living supports, respite, supported employment, skill-building, environmental modifications. Waiting list in effect.","Developmental disability, Medicaid eligible, ICF/IID level of care.",None,None,"No fee for Medicaid enrollees.",ENES,COUNTY,sched("Monday-Friday 8:00 a.m.-5:00 p.m.",["MO","TU","WE","TH","FR"],"08:00","17:00"),ph("(989) 555-0147","Waiver and respite coordinator"),lp_loc),
 svc("svc-006","Family Respite","Short-term care to give family caregivers a break, in the home, a licensed respite home, or a group program. Up to 16 hours per month.","Families caring for a child or adult with I/DD or serious emotional disturbance who are enrolled with LPCMH.",None,None,"No fee for Medicaid enrollees.",ENES,COUNTY,sched("By arrangement"),ph("(989) 555-0147"),lp_loc),
])
lic_loc=loc("Lakeshore Independence Center","88 Harbor Lane","Ashgrove","48696")
org("org-003","Lakeshore Independence Center","Center for Independent Living run by and for people with disabilities.","info.lic@example.org","(989) 555-0150",[
 svc("svc-007","Next Step Youth Academy","Eight-week Saturday program teaching self-advocacy, independent living skills, and community resources. Lunch provided.","Youth with disabilities ages 14-24.",14,24,"Free.",EN,COUNTY,sched("Saturdays 10:00 a.m.-12:00 p.m. during sessions",["SA"],"10:00","12:00"),ph("(989) 555-0152","Jordan Pike, Youth Transition Specialist"),lic_loc),
 svc("svc-008","Assistive Technology Loan Closet","Short-term loan of assistive devices so people can try before buying.","People with disabilities living in Larkin County.",None,None,"Free. Loans up to 30 days.",EN,COUNTY,sched("Monday-Friday 9:00 a.m.-4:30 p.m.",["MO","TU","WE","TH","FR"],"09:00","16:30"),ph("(989) 555-0150"),lic_loc),
 svc("svc-009","Peer Support","One-on-one and group peer support from staff with lived experience of disability. Monthly young adult peer group meets the last Thursday of the month at 5:00 p.m.","People with disabilities of any age.",None,None,"Free.",["English","American Sign Language"],COUNTY,sched("By appointment; young adult group last Thursday 5:00 p.m."),ph("(989) 555-0150"),lic_loc),
])
lat_loc=loc("LAT Mobility Center","77 Depot Street","Fennimore","48699")
FIX=[{"name":"Fennimore"},{"name":"Ashgrove"},{"name":"Millbrook Falls"},{"name":"Cedar Bend"}]
org("org-004","Larkin Area Transit","Public transit authority for Larkin County.","rides@example.org","(989) 555-0161",[
 svc("svc-010","LAT Access Paratransit","ADA door-to-door shared-ride service for people who cannot use the fixed-route bus because of a disability.","Approved LAT Access eligibility (application and functional assessment). Decision within 21 days.",None,None,"$2.50 per one-way trip; personal care attendant rides free; ten-ride book $25.00.",ENES,FIX,sched("Reservations 8:00 a.m.-5:00 p.m. daily; service during fixed-route hours"),ph("(989) 555-0160","Reservations"),lat_loc),
 svc("svc-011","County Connector Dial-a-Ride","Curb-to-curb shared rides for residents of rural Larkin County, with trips to Fennimore.","Residents of Orland, Pike Hollow, and Harwick. Open to the general public; priority for seniors and people with disabilities.",None,None,"$3.00 per one-way trip; $1.50 for seniors and people with disabilities.",EN,[{"name":"Orland"},{"name":"Pike Hollow"},{"name":"Harwick"}],sched("Tuesdays and Thursdays 7:00 a.m.-6:00 p.m.; book by noon the day before",["TU","TH"],"07:00","18:00"),ph("(989) 555-0162"),lat_loc),
 svc("svc-012","Travel Training","Free one-on-one instruction in riding LAT fixed-route buses independently. Usually 4-6 weeks.","People with disabilities, seniors, and students age 16 and older referred by school.",16,None,"Free.",EN,FIX,sched("By appointment"),ph("(989) 555-0163","Bea Lindqvist"),lat_loc),
])
lcc_loc=loc("Larkin Community College - Hollis Hall","5000 College Parkway","Fennimore","48699")
org("org-005","Larkin Community College","Public two-year college.","admissions@example.org","(989) 555-0170",[
 svc("svc-013","Office of Accessibility Services","Academic accommodations for LCC students with disabilities under Section 504 and the ADA.","Admitted LCC students with documented disabilities.",None,None,"Free for enrolled students.",EN,COUNTY,sched("Monday-Thursday 8:00 a.m.-6:00 p.m.; Friday 8:00 a.m.-noon"),ph("(989) 555-0171"),lcc_loc),
 svc("svc-014","Pathways Certificate","Two-year comprehensive transition program for students with intellectual disabilities; inclusive classes, internships, peer mentors. 12 students per cohort.","Students with intellectual disabilities ages 18-26.",18,26,"Tuition and fees $4,180 per year (2025-26). Pell Grant eligible.",EN,COUNTY,sched("Academic year, Monday-Friday"),ph("(989) 555-0174","Nate Holloway"),lcc_loc),
])
lfan_loc=loc("LFAN Office","17 Elm Street","Millbrook Falls","48697")
org("org-006","Larkin Family Advocacy Network","Parent-run organization helping families of children and young adults with disabilities.","help@example.org","(989) 555-0180",[
 svc("svc-015","Parent Mentoring and IEP Support","One-on-one help from trained parent mentors, including preparation for transition IEP meetings.","Families of children and young adults with disabilities, birth to 26.",0,26,"Free.",ENES,COUNTY,sched("Monday-Friday 9:00 a.m.-5:00 p.m.; calls returned within two business days"),ph("(989) 555-0180"),lfan_loc),
 svc("svc-016","Supported Decision-Making Workshop","Monthly workshop on supported decision-making agreements and other alternatives to guardianship. Free template in English and Spanish.","Open to families, young adults, and professionals.",None,None,"Free.",ENES,COUNTY,sched("Third Tuesday of each month, 6:30-8:00 p.m., Millbrook Falls Public Library"),ph("(989) 555-0183","Darnell Hughes"),loc("Millbrook Falls Public Library","12 Falls Street","Millbrook Falls","48697")),
])
org("org-007","Great Lakes Work Incentives Project","Social Security WIPA project providing free benefits counseling.","intake.glwip@example.org","(989) 555-0191",[
 svc("svc-017","Work Incentives Benefits Counseling","Confidential counseling on how work affects SSI, SSDI, Medicaid, and Medicare; Student Earned Income Exclusion; PASS; Ticket to Work.","SSI or SSDI beneficiaries age 14 through full retirement age who are working or considering work.",14,None,"Free.",ENES,COUNTY,sched("Monday-Friday 8:30 a.m.-4:30 p.m.; Benefits 101 first Wednesday 4:00 p.m."),ph("(989) 555-0191","Intake"),loc("GLWIP Regional Office","410 Commerce Street, Suite 310","Fennimore","48699")),
])
org("org-008","Larkin County Probate Court","County probate court handling estates, guardianships, conservatorships, and mental health matters.","probate@example.org","(989) 555-0195",[
 svc("svc-018","Guardianship Assistance Clinic","Free walk-in clinic with volunteer attorneys answering questions about guardianship and alternatives. Not legal representation.","Anyone with a guardianship question in Larkin County.",18,None,"Free. Guardianship filing fee for adults with developmental disabilities is $175.",EN,COUNTY,sched("Second Wednesday of each month, 1:00-4:00 p.m., first come first served"),ph("(989) 555-0195","Self-Help Center"),loc("Larkin County Courthouse, Room 204","300 Court Street","Fennimore","48699")),
])
nb_loc=loc("Northbranch Employment Partners","2418 Industrial Drive","Millbrook Falls","48697")
org("org-009","Northbranch Employment Partners","Nonprofit employment service provider for people with disabilities.","hello.nep@example.org","(989) 555-0140",[
 svc("svc-019","Supported Employment and Job Coaching","Job development, placement in competitive integrated jobs, and on-the-job coaching that fades over time. Long-term follow-along supports.","Adults and youth age 16 and older with a BVR authorization, Community Pathways Waiver authorization, or private pay.",16,None,"No cost to participants when authorized by BVR or LPCMH; private pay $58 per hour.",ENES,COUNTY,sched("Monday-Friday 7:30 a.m.-4:00 p.m."),ph("(989) 555-0140"),nb_loc),
 svc("svc-020","Customized Employment Discovery","A 60- to 90-day discovery process to identify a job seeker's interests, skills, and ideal conditions of employment, ending in a customized job proposal.","Job seekers with significant disabilities referred by BVR.",18,None,"Paid by BVR; no cost to participant.",EN,COUNTY,sched("By appointment"),ph("(989) 555-0141","Discovery team lead Paula Reyes"),nb_loc),
])
org("org-010","Friends of Cedar Bend Recreation","Volunteer nonprofit supporting inclusive recreation in Cedar Bend.","fcbr@example.org","(989) 555-0155",[
 svc("svc-021","Saturday Club Group Respite","Group respite and recreation on the 2nd and 4th Saturdays, September to May. Lunch included. Staff ratio 1:3.","Children, teens, and young adults with disabilities ages 8-21.",8,21,"$15 per Saturday; LPCMH respite hours accepted; scholarships available.",EN,COUNTY,sched("2nd and 4th Saturdays, 9:00 a.m.-2:00 p.m."),ph("(989) 555-0155","Marla Jensen"),loc("Cedar Bend Community Center","400 River Road","Cedar Bend","48695")),
])
org("org-011","Larkin Adaptive Sports League","Volunteer-run adaptive and unified sports.","play.lasl@example.org","(989) 555-0156",[
 svc("svc-022","Unified Basketball and Bowling","Seasonal unified sports teams pairing athletes with and without disabilities. Basketball November-February; bowling March-May.","Athletes with intellectual or physical disabilities age 8 and older and unified partners.",8,None,"$40 per season; fee waived on request.",EN,COUNTY,sched("Basketball Sunday afternoons at Ashgrove Middle School; bowling Thursday evenings at Fennimore Lanes"),ph("(989) 555-0156"),loc("Ashgrove Middle School Gym","301 School Street","Ashgrove","48696")),
])
org("org-012","Larkin County Housing Commission","Public housing authority administering Housing Choice Vouchers and public housing.","housing@example.org","(989) 555-0165",[
 svc("svc-023","Mainstream Housing Vouchers","Rental assistance vouchers for non-elderly people with disabilities. Waiting list closed since August 1, 2024; check for reopening notices.","Households with a member with a disability ages 18-61 with income at or below 50% of area median income.",18,61,"No application fee; tenants pay about 30% of adjusted income toward rent.",ENES,COUNTY,sched("Monday-Friday 8:00 a.m.-4:30 p.m.",["MO","TU","WE","TH","FR"],"08:00","16:30"),ph("(989) 555-0165"),loc("Larkin County Housing Commission","55 Union Street","Fennimore","48699")),
])
org("org-013","Special Friends Theater Troupe","Community theater for performers with and without disabilities.","stage.sftt@example.org","(989) 555-0157",[
 svc("svc-024","Inclusive Theater Productions","Two productions per year with rehearsals, costumes, and a public performance. Peer buddies assist as needed.","Performers with disabilities ages 12-30.",12,30,"$60 per production; scholarships available.",EN,COUNTY,sched("Rehearsals Monday evenings 6:00-8:00 p.m."),ph("(989) 555-0157"),loc("Fennimore Arts Center","19 Main Street","Fennimore","48699")),
])
org("org-014","Larkin County Workforce Center","One-stop workforce center offering WIOA employment and training programs.","jobs.lcwc@example.org","(989) 555-0168",[
 svc("svc-025","WIOA Youth Career Pathways","Paid work experience, occupational skills training, GED support, and career coaching for young people facing barriers to employment, including youth with disabilities.","Youth ages 16-24 who meet WIOA youth eligibility criteria.",16,24,"Free.",ENES,COUNTY,sched("Monday-Friday 8:00 a.m.-5:00 p.m.",["MO","TU","WE","TH","FR"],"08:00","17:00"),ph("(989) 555-0168"),loc("Larkin County Workforce Center","920 Commerce Street","Fennimore","48699")),
])
data={"metadata":{"source":"Heartland 2-1-1 of Larkin County","format":"Human Services Data Specification (HSDS) 3.0-style export","export_date":"2025-09-22","filter":"Disability and transition-age youth services","contact":"Dial 2-1-1 or (989) 555-0100"},"organizations":ORGS}
json.dump(data, open('knowledge/directory/heartland-211-larkin-disability-services.json','w'), indent=2)
print(len(ORGS), sum(len(o['services']) for o in ORGS))
