import json, uuid, csv, re
NS = uuid.UUID('6f1c2a10-0000-4000-8000-00000000d211')
def uid(s): return str(uuid.uuid5(NS, s))
C = "Tamarack County"
TOWNS = {"Larch Falls":"83641","Pinegrove":"83643","Cold Springs":"83645","Wheeler":"83647",
 "Red Butte":"83649","Osprey Bend":"83651","Hollister":"83653","Kessler":"83655",
 "Deer Flat":"83657","Quail Creek":"83658"}
GEO = {"Larch Falls":(43.8712,-116.4021),"Pinegrove":(43.9530,-116.3310),"Cold Springs":(43.7905,-116.5522),
 "Wheeler":(44.0418,-116.2807),"Red Butte":(43.7301,-116.3904),"Osprey Bend":(44.1122,-116.4560),
 "Hollister":(43.6650,-116.2288),"Kessler":(43.9988,-116.6013),"Deer Flat":(43.8120,-116.2600)}
# org key -> (name, description, url, email, locations{key:(name,street,city,geo?)})
ORGS = {}
def org(k, name, desc, url, email, locs):
    ORGS[k] = dict(name=name, desc=desc, url=url, email=email, locs=locs, services=[])
SV = []
def svc(o, name, kind, desc, fees="", elig="", mn=None, mx=None, langs=(), areas=(), locs=(), phone=None, sched="", url=None, email=None, assured="2025-11-14"):
    SV.append(dict(o=o,name=name,kind=kind,desc=desc,fees=fees,elig=elig,mn=mn,mx=mx,langs=list(langs),areas=list(areas),locs=list(locs),phone=phone,sched=sched,url=url,email=email,assured=assured))

org("vr","Idaho Vocational Rehabilitation - Tamarack Field Office","State VR field office serving Tamarack and parts of Owyhee Rim counties.","https://vr.example-idaho.gov/tamarack","tamarack.vr@example-idaho.gov",
 {"lf":("Tamarack VR Field Office","410 Court St, Suite 2","Larch Falls",True),"wh":("VR itinerant office (Wheeler Library, mtg rm B)","22 N Main St","Wheeler",False)})
svc("vr","Vocational Rehabilitation Services (adults and youth)","vr","Individualized plan for employment (IPE), counseling and guidance, job placement, training supports for people with disabilities who want to work. Application can be made at any age but services typically begin at 16.","No cost to eligible individuals. Some services subject to an economic need test.","Must have a physical or mental impairment that is a substantial barrier to employment.",16,None,["English","Spanish"],[(C,"All of Tamarack County")],["lf","wh"],"555-0110","Mon-Fri 8:00-5:00; Wheeler itinerant 2nd & 4th Tue")
svc("vr","Pre-Employment Transition Services (Pre-ETS)","vr","Job exploration counseling, work-based learning experiences, counseling on postsecondary opportunities, workplace readiness training and instruction in self-advocacy for students with disabilities age 14 through 21. Delivered at school or in the community.","Free","Students with disabilities age 14-21 enrolled in school (IEP, 504 or documented disability).",14,21,["English","Spanish"],[(C,"Statewide program; Tamarack staff cover all county high schools")],["lf"],"555-0111","School year; summer camps June-July")
svc("vr","Benefits and Work Incentives Referral","benefits","VR counselors refer to certified benefits planners. Not a direct service; see WIPA provider.","","",None,None,[],[("Call to ask","")],["lf"],"555-0110")

org("wipa","Snake Basin Work Incentives Planning (WIPA)","Community Work Incentives Coordinators for SSI/SSDI beneficiaries age 14 and up.","https://snakebasinwipa.example.org","cwic@snakebasinwipa.example.org",{"lf":("Snake Basin WIPA (by appt)","1180 Alder Ave","Larch Falls",True)})
svc("wipa","Benefits Counseling for SSI/SSDI Beneficiaries","benefits","Work incentives counseling: SEIE, PASS, IRWE, Ticket to Work, ABLE accounts, Medicaid buy-in. Phone and video appointments. Youth ages 14+ receiving SSI are eligible.","No cost","Must receive SSI or SSDI (or be in the process of applying and age 14+).",14,None,["English","Spanish"],[("Statewide","Idaho")],["lf"],"555-0120","Mon-Thu 9-4 by appointment")

org("cil","Tamarack Independent Living Center","Center for Independent Living (CIL) run by and for people with disabilities.","https://tamarackilc.example.org","info@tamarackilc.example.org",
 {"lf":("TILC main office","77 W Birch St","Larch Falls",True),"rb":("TILC satellite","301 Depot Rd","Red Butte",True)})
svc("cil","Independent Living Skills Training","cil","Individual and small group training in budgeting, cooking, using transit, self-advocacy, and household management. Youth transition group meets Thursdays for ages 14-24.","Free","People with disabilities. No income requirement.",None,None,["English"],[(C,""),("Owyhee Rim County","Red Butte office only")],["lf","rb"],"555-0130","Mon-Fri 9-4:30")
svc("cil","Youth Transition Peer Mentoring","cil","Young adults with disabilities paired with a peer mentor. Focus on moving out of high school, self-advocacy, IEP participation.","Free of charge","Youth with disabilities.",14,24,["English"],[("North county","Larch Falls, Pinegrove and Wheeler school districts")],["lf"],"555-0131","After school hours")
svc("cil","Home Modification and Ramp Program","housing","Small grants and volunteer labor for ramps, grab bars and accessibility changes.","Sliding scale; some grants cover full cost.","Homeowners or renters with landlord permission; disability documentation.",18,None,[],[(C,"")],["lf","rb"],"555-0132")
svc("cil","ASL Interpreter Referral (TILC)","interpreter","Helps deaf and hard of hearing consumers locate interpreters for appointments. TILC does not employ interpreters.","No fee for referral; interpreter fees billed by interpreter","",None,None,["English","American Sign Language"],[("Call to ask","")],["lf"],"555-0133")

org("arc","The Arc of Tamarack Valley","Family advocacy and programs for people with intellectual and developmental disabilities.","https://arctamarack.example.org","office@arctamarack.example.org",{"pg":("Arc office","15 Ponderosa Ln","Pinegrove",True)})
svc("arc","Family-to-Family Respite Co-op","respite","Families trade hours of respite care; Arc trains and background-checks volunteers. Children and adults.","Free for members; membership $25/yr (waived on request)","Family caregiver of a person with I/DD.",3,None,["English"],[("Pinegrove",""),("Wheeler",""),("Kessler","")],["pg"],"555-0140")
svc("arc","Guardianship Alternatives Clinic","legal","Monthly clinic on supported decision-making, powers of attorney, and limited guardianship. Attorney volunteers present; not legal representation.","Free","Families of transition-age youth (17 and up) and adults with disabilities.",17,None,["English","Spanish"],[(C,"")],["pg"],"555-0141","3rd Wednesday, 6:30 pm")
svc("arc","Saturday Social Club","recreation","Bowling, movies, dances for teens and adults with I/DD. Transportation not provided.","$5 per outing; scholarships","Ages 13 and up.",None,None,[],[("Pinegrove","")],["pg"],"555-0142","Saturdays 1-4")

org("ptic","Idaho Mountain Parent Center (Tamarack Regional Office)","Parent Training and Information Center for families of children with disabilities, birth to 26.","https://imparentcenter.example.org","tamarack@imparentcenter.example.org",{"lf":("Regional parent center","410 Court St, Suite 6","Larch Falls",True)})
svc("ptic","Parent Training and IEP Support","parent center","One-to-one help for parents: IEP meetings, transition planning, procedural safeguards, 504 plans. Workshops online and in person.","Free","Families of children and youth with disabilities, birth through age 26.",0,26,["English","Spanish","Marshallese"],[("Statewide","")],["lf"],"555-0150","Mon-Fri 8:30-4:30")
svc("ptic","Transition to Adulthood Workshop Series","parent center","Six-session series for parents of students 14 and older: age of majority, SSI at 18, ABLE, VR, adult DD services.","No cost","Parents of students with IEPs.",None,None,["English","Spanish"],[("Larch Falls",""),("Cold Springs","")],["lf"],"555-0151")

org("tcmh","Tamarack Behavioral Health","Community mental health center.","https://tamarackbh.example.org","intake@tamarackbh.example.org",
 {"lf":("TBH Larch Falls Clinic","900 Hospital Dr","Larch Falls",True),"cs":("TBH Cold Springs Clinic","12 Railroad Ave","Cold Springs",True),"ob":("TBH Osprey Bend outreach","6 Lakeview Rd","Osprey Bend",False)})
svc("tcmh","Outpatient Counseling - Children and Youth","mental health","Individual and family therapy for children and adolescents ages 5-17.","Most services covered by Medicaid; others on a sliding scale.","",5,17,["English","Spanish"],[(C,"")],["lf","cs"],"555-0160","Mon-Fri 8-6, Tue/Thu to 8pm")
svc("tcmh","Outpatient Counseling - Adults","mental health","Therapy, psychiatry and medication management for adults 18+.","Medicaid, Medicare, most private insurance; sliding scale.","",18,None,["English","Spanish"],[(C,"")],["lf","cs","ob"],"555-0161")
svc("tcmh","Youth Crisis Line","mental health","24/7 crisis phone and mobile crisis for youth and families.","Free","",None,None,["English","Spanish"],[(C,""),("Statewide","988 also available")],[],"555-0162","24/7")
svc("tcmh","Transition Age Youth (TAY) Program","mental health","Case management, therapy and supported employment for young people 16-25 with serious mental illness.","Medicaid; no one turned away for inability to pay","Diagnosis of SMI or SED.",16,25,["English"],[("Cold Springs",""),("Hollister",""),("Osprey Bend","")],["cs"],"555-0163")

org("hsg","Tamarack Housing Authority","Public housing authority.","https://tamarackha.example.org","",{"lf":("THA office","55 E 3rd St","Larch Falls",True)})
svc("hsg","Housing Choice Voucher (Section 8)","housing","Rental assistance vouchers. Waitlist currently open for disability preference.","No application fee. Tenant pays approx. 30% of income.","Income below 50% AMI. Head of household 18+.",18,None,["English","Spanish"],[(C,"Tamarack County and the City of Larch Falls")],["lf"],"555-0170")
svc("hsg","Mainstream Vouchers for Non-Elderly Disabled","housing","Vouchers for non-elderly persons with disabilities (18-61) transitioning out of institutions or at risk of homelessness.","","",18,61,[],[(C,"")],["lf"],"555-0171")

org("ild","Gem State Legal Aid - Southwest Office","Free civil legal services for low income Idahoans.","https://gemlegal.example.org","swoffice@gemlegal.example.org",{"lf":("Legal aid office","410 Court St, Suite 11","Larch Falls",True)})
svc("ild","Guardianship Assistance Project","legal","Forms help and limited representation for family members seeking guardianship of an adult with a developmental disability. Also advises on less restrictive alternatives.","Free to eligible households (income under 200% FPL)","Petitioner must live in the service area; ward must be 17.5 or older.",17,None,["English","Spanish"],[("ZIP codes 83641-83649","")],["lf"],"555-0180","Tue/Thu intake")
svc("ild","Benefits Appeals (SSI/Medicaid)","legal","Representation in SSI overpayment and Medicaid termination appeals.","Free","Low income.",None,None,["English","Spanish"],[("Statewide","")],["lf"],"555-0181")

org("dp","DisAbility Rights Idaho (example)","Protection and advocacy.","https://dri.example.org","info@dri.example.org",{})
svc("dp","Special Education Advocacy","legal","Advocacy for students with disabilities in special education disputes; priority to students in restrictive settings.","No cost","",3,21,["English","Spanish"],[("Statewide","")],[],"555-0185")

org("dd","Tamarack DD Service Coordination (Region 3)","Targeted service coordination for adults with developmental disabilities.","https://r3dd.example.org","r3dd@example.org",{"lf":("Region 3 DD","1400 Industrial Way","Larch Falls",True),"ho":("Hollister outstation","2 Grange Hall Rd","Hollister",False)})
svc("dd","Adult DD Service Coordination","dd case management","Plan development, provider choice, annual reassessment for adults on the DD waiver. Referrals accepted at 17 1/2 for transition.","Medicaid","Medicaid eligible adult with DD determination.",18,None,["English","Spanish"],[(C,"")],["lf","ho"],"555-0190")
svc("dd","Children's DD Case Management","dd case management","Family-directed case management for children birth-17 on the children's DD program.","Medicaid","",0,17,["English"],[("North county",""),("Larch Falls","")],["lf"],"555-0191")

org("fc","Foothills Community Services","Private nonprofit DD agency.","https://foothillscs.example.org","referrals@foothillscs.example.org",{"wh":("Foothills main","480 Mill St","Wheeler",True),"kes":("Foothills Kessler day site","9 Orchard Ln","Kessler",True)})
svc("fc","Supported Employment / Job Coaching","job coaching","Job development, on-the-job coaching, and long-term follow-along. Works with VR milestones and DD waiver supported employment.","Paid by VR or Medicaid waiver; private pay $48/hr","Referral from VR or DD service coordinator.",18,None,["English"],[("North county",""),("Wheeler",""),("Kessler","")],["wh","kes"],"555-0200")
svc("fc","Respite - In Home","respite","Hourly in-home respite by trained staff. Children and adults with DD.","Medicaid waiver; private pay $22/hr","",None,None,["English","Spanish"],[("Wheeler",""),("Kessler",""),("Osprey Bend","")],["wh"],"555-0201")
svc("fc","Adult Day Habilitation","dd case management","Day program (skill building, community outings). Not case management but often listed as such.","Medicaid","",18,None,[],[("Kessler","")],["kes"],"555-0202")

org("ridge","Ridge Employment Partners","Employment services agency.","https://ridgeemploy.example.org","hello@ridgeemploy.example.org",{"lf":("Ridge EP","220 Commerce Blvd","Larch Falls",True),"cs":("Ridge EP at Cold Springs Job Center","14 Railroad Ave","Cold Springs",True)})
svc("ridge","Job Coaching and Supported Employment","job coaching","Customized employment, discovery, job coaching. Also contracted for Pre-ETS work-based learning with students 16 and older (see description).","Most services covered by VR or Medicaid; others on a sliding scale.","",None,None,["English","Spanish"],[("Serves the Larch Falls and Cold Springs school districts' attendance areas","")],["lf","cs"],"555-0210")
svc("ridge","Summer Youth Work Experience","youth employment","Paid 6-week summer jobs for youth with disabilities 16-21 (students). Placement at local businesses with a job coach.","Free; participants are paid","Must be a VR Pre-ETS participant.",16,21,["English","Spanish"],[("Larch Falls",""),("Cold Springs",""),("Hollister","")],["lf","cs"],"555-0211","June-July")

org("wioa","Idaho Workforce Center - Tamarack (American Job Center)","One-stop career center.","https://labor.example-idaho.gov/tamarack","tamarack.ajc@example-idaho.gov",{"lf":("AJC Larch Falls","300 Commerce Blvd","Larch Falls",True)})
svc("wioa","WIOA Youth Program","youth employment","Out-of-school and in-school youth: paid work experience, GED help, occupational skills training, supportive services.","No cost","Ages 14-24, low income or with a barrier (disability counts).",14,24,["English","Spanish"],[(C,"")],["lf"],"555-0220")
svc("wioa","Job Search Assistance (Adults)","youth employment","Resume help, job listings, workshops. Open to all job seekers.","Free","",None,None,["English","Spanish"],[(C,"")],["lf"],"555-0221")

org("ys","Pinegrove Youth Works","Small nonprofit.","","pgyouthworks@example.org",{"pg":("Pinegrove Community Hall","1 Town Square","Pinegrove",False)})
svc("ys","Teen Job Club","youth employment","Weekly job club for teens 14-18 in Pinegrove and Quail Creek. Mock interviews, first paycheck help.","Free","",14,18,["English"],[("Pinegrove",""),("Quail Creek","Upper and Lower Quail Creek")],["pg"],"555-0230")

org("transit","Tamarack Area Rural Transit (TART)","Public transit.","https://ridetart.example.org","rides@ridetart.example.org",{"lf":("TART Transit Center","100 Depot St","Larch Falls",True)})
svc("transit","Travel Training","travel training","One-to-one travel training on fixed routes for people with disabilities and older adults; group sessions for high school classes.","Free","Ages 12 and up; must be able to ride with training.",12,None,["English","Spanish"],[("Within 3/4 mile of fixed bus routes","")],["lf"],"555-0240")
svc("transit","Paratransit (Dial-a-Ride)","travel training","ADA complementary paratransit. Eligibility application required.","$2.50 per trip","",None,None,[],[("Within 3/4 mile of fixed bus routes","Larch Falls, Pinegrove, Cold Springs")],["lf"],"555-0241")

org("osp","Osprey Bend Senior & Community Center","Community center.","","obcenter@example.org",{"ob":("OB Center","45 Lakeview Rd","Osprey Bend",True)})
svc("osp","Volunteer Driver / Ride Buddy","travel training","Volunteer drivers take residents to appointments; will also ride along on bus trips to teach routes.","Donations accepted","Osprey Bend and Deer Flat residents",None,None,[],[("Osprey Bend",""),("Deer Flat","")],["ob"],"555-0250")
svc("osp","Adaptive Fitness Hour","recreation","Chair yoga and adaptive fitness, all ages welcome.","Free","",None,None,[],[("Call to ask","")],["ob"],"555-0251")

org("parks","Larch Falls Parks & Recreation","City department.","https://larchfalls.example.gov/parks","parks@larchfalls.example.gov",{"lf":("Rec Center","600 River Park Dr","Larch Falls",True)})
svc("parks","Adaptive Recreation Programs","recreation","Adaptive swim, unified basketball, and summer day camp for ages 6-21 with disabilities.","Fees vary by program; scholarships available","City residents get priority registration.",6,21,["English"],[("Larch Falls",""),("Within city limits","")],["lf"],"555-0260")
svc("parks","Special Olympics Tamarack Delegation","recreation","Practice and competition in 8 sports. Athletes ages 8+.","No cost to athletes","",8,None,["English","Spanish"],[(C,"")],["lf"],"555-0261")

org("respite2","Sagebrush Respite House","Planned overnight respite.","https://sagebrushrespite.example.org","stay@sagebrushrespite.example.org",{"cs":("Respite house","88 Sage Hill Rd","Cold Springs",True)})
svc("respite2","Overnight Planned Respite","respite","Overnight and weekend stays for children and youth with DD, ages 6 through 20. Adults: see adult program.","Medicaid waiver or sliding scale","",6,20,["English"],[(C,""),("Owyhee Rim County","")],["cs"],"555-0270")
svc("respite2","Adult Weekend Respite","respite","Weekend stays for adults 21+ with DD.","Medicaid waiver or private pay","",21,None,["English"],[(C,"")],["cs"],"555-0271")

org("faith","Hollister Community Church - Parents' Night Out","","","",{"ho":("Fellowship hall","150 Church St","Hollister",False)})
svc("faith","Parents' Night Out Respite","respite","Monthly Friday evening childcare for kids with special needs and siblings, age 2-12.","Free","",2,12,["English"],[("Hollister",""),("Deer Flat","")],["ho"],"555-0280","1st Friday 5:30-9:00")

org("deaf","Mountain West Interpreting","Interpreting agency.","https://mwinterp.example.com","schedule@mwinterp.example.com",{"lf":("Office","230 Commerce Blvd #4","Larch Falls",True)})
svc("deaf","ASL Interpreting Services","interpreter","Certified ASL and CDI interpreters for medical, legal, education, and employment settings. VRI available.","Hourly rates; 2-hour minimum; billed to requesting entity","",None,None,["American Sign Language","English"],[("Statewide","")],["lf"],"555-0290")
svc("deaf","Spanish and Marshallese Spoken Language Interpreting","interpreter","In person and phone interpreting for IEP meetings, medical visits.","Billed to school or agency","",None,None,["Spanish","Marshallese"],[(C,""),("ZIP codes 83641-83658","")],["lf"],"555-0291")

org("sdhh","Idaho Council for the Deaf and Hard of Hearing (example)","State council.","https://icdhh.example.gov","",{})
svc("sdhh","Interpreter Directory and Device Loan","interpreter","Statewide directory of licensed interpreters; loaner amplified phones and alerting devices.","Free","",None,None,["English","American Sign Language"],[("Statewide","")],[],"555-0295")

org("college","Tamarack Valley Community College - Disability Services","College disability office.","https://tvcc.example.edu/ds","ds@tvcc.example.edu",{"lf":("TVCC Student Center 140","5000 College Rd","Larch Falls",True)})
svc("college","Bridge to College Summer Program","youth employment","Two-week residential college prep for high school juniors/seniors with disabilities.","No cost; VR may sponsor","",16,19,["English"],[("Students in Tamarack and Owyhee Rim counties","")],["lf"],"555-0300","July")

org("kessler","Kessler School District - Adult Transition Program","18-21 program.","https://kesslersd.example.org/atp","atp@kesslersd.example.org",{"kes":("ATP house","12 School St","Kessler",True)})
svc("kessler","18-21 Adult Transition Program","job coaching","Community-based program for students 18-21 who deferred graduation: job sampling, job coaching, independent living skills.","Free (public education)","Kessler SD students with IEP.",18,21,["English"],[("Serves the school district's attendance area","")],["kes"],"555-0310")

org("redb","Red Butte Family Resource Center","Family resource center.","","rbfrc@example.org",{"rb":("FRC","300 Depot Rd","Red Butte",True)})
svc("redb","Family Navigator","parent center","Navigator helps families find services, fill out forms (SSI, Medicaid, DD), and attend IEP meetings.","Free","",None,None,["English","Spanish"],[("Red Butte",""),("South county","Red Butte, Hollister and surrounding rural areas")],["rb"],"555-0320")
svc("redb","Kinship Respite Vouchers","respite","Vouchers for grandparents raising grandchildren with disabilities to purchase respite.","Free","Grandparent or relative caregiver.",0,18,["English","Spanish"],[("Red Butte","")],["rb"],"555-0321")
svc("redb","Food pantry","housing","Emergency food boxes. Listed under housing/basic needs.","Free","",None,None,[],[("Call to ask","")],["rb"],"555-0322")

org("nami","NAMI Tamarack (example)","Mental health family support.","https://namitamarack.example.org","namitamarack@example.org",{})
svc("nami","Family-to-Family Class and Support Groups","mental health","Free 8-week class for family members of people with mental illness; monthly support groups in Larch Falls and online.","Free","Family members 18+.",18,None,["English"],[("Larch Falls",""),("Online","")],[],"555-0330")

org("supp","Bitterroot Supported Living","Supported living provider.","https://bitterrootsl.example.org","intake@bitterrootsl.example.org",{"lf":("Office","810 Alder Ave","Larch Falls",True)})
svc("supp","Supported Living / Roommate Matching","housing","Supported living for adults with DD in their own apartments; roommate matching.","Medicaid waiver","Adults 18+ with DD waiver.",18,None,["English"],[("Larch Falls",""),("Pinegrove",""),("Cold Springs","")],["lf"],"555-0340")

org("ot","Wheeler Therapy & Driver Rehab","","https://wheelertherapy.example.com","",{"wh":("Clinic","61 N Main St","Wheeler",True)})
svc("ot","Driver Evaluation and Training","travel training","Driver rehab evaluation by OT for teens and adults with disabilities (15+ with permit).","Insurance or $350 evaluation; VR may pay","",15,None,["English"],[("North county","")],["wh"],"555-0350")

org("youthmh","Kessler Youth Counseling Collaborative","School-based counseling.","","kycc@example.org",{"kes":("Kessler High School","200 School St","Kessler",False)})
svc("youthmh","School-Based Counseling","mental health","Licensed counselors in Kessler and Osprey Bend schools, grades K-12.","No cost to families","",None,None,["English"],[("Kessler",""),("Osprey Bend","")],["kes"],"555-0360")

org("spanish","Centro Comunitario Latino de Tamarack","Latino community center.","https://centrolatino.example.org","info@centrolatino.example.org",{"cs":("Centro","30 Railroad Ave","Cold Springs",True)})
svc("spanish","Apoyo para Padres / Parent Support (Spanish)","parent center","Grupo de apoyo para padres de niños con discapacidades; ayuda con IEP. Spanish-language parent support group.","Gratis / Free","",None,None,["Spanish"],[("Cold Springs",""),("Hollister",""),("Red Butte","")],["cs"],"555-0370")
svc("spanish","Youth Job Readiness (Spanish/English)","youth employment","Bilingual job readiness and resume help for teens 15-20.","Free","",15,20,["Spanish","English"],[("Cold Springs","")],["cs"],"555-0371")

org("rec2","Osprey Lake Adaptive Sports","Adaptive outdoor recreation.","https://ospreyadaptive.example.org","",{"ob":("Boathouse","1 Marina Way","Osprey Bend",True)})
svc("rec2","Adaptive Paddling & Ski","recreation","Adaptive kayaking in summer and sit-ski in winter for ages 8 and older.","Sliding scale; no one turned away","",8,None,["English"],[("Statewide",""),("Call to ask","")],["ob"],"555-0380")

org("guard","Tamarack Public Guardian Program","County program.","","publicguardian@tamarackcounty.example.gov",{"lf":("County Courthouse","410 Court St","Larch Falls",True)})
svc("guard","Public Guardian and Conservator","legal","Court-appointed guardian for incapacitated adults with no family able to serve.","No cost to ward","By court appointment only; adults 18+.",18,None,[],[(C,"")],["lf"],"555-0390")

org("qc","Quail Creek Grange Youth Program","","","",{})
svc("qc","4-H Adaptive Club","recreation","Inclusive 4-H club with adaptations for youth 8-18. Meets at the Grange.","$10 annual 4-H fee","",8,18,["English"],[("Quail Creek",""),("Kessler","")],[],"555-0395")

# ---- build HSDS ----
out = []
oid = {}
locid = {}
for k,o in ORGS.items():
    oid[k] = uid("org-"+k)
for k,o in ORGS.items():
    oo = {"id":oid[k],"name":o["name"],"alternate_name":None,"description":o["desc"],"email":o["email"] or None,"website":o["url"] or None,"tax_status":None,"year_incorporated":None,"legal_status":None,"services":[]}
    out.append(oo); ORGS[k]["hsds"]=oo
for i,s in enumerate(SV):
    o = ORGS[s["o"]]
    sid = uid("svc-%s-%s"%(s["o"],s["name"]))
    s["id"]=sid
    sal=[]
    for lk in s["locs"]:
        ln,street,city,geo = o["locs"][lk]
        lid = uid("loc-%s-%s"%(s["o"],lk))
        la,lo = (GEO.get(city,(None,None)) if geo else (None,None))
        loc={"id":lid,"location_type":"physical","name":ln,"organization_id":oid[s["o"]],
             "latitude":la,"longitude":lo,
             "addresses":[{"id":uid("addr-"+lid),"location_id":lid,"attention":None,"address_1":street,"address_2":None,"city":city,"region":C,"state_province":"ID","postal_code":TOWNS[city],"country":"US","address_type":"physical"}]}
        sal.append({"id":uid("sal-%s-%s"%(sid,lk)),"service_id":sid,"location_id":lid,"description":None,"location":loc})
    ph=[{"id":uid("ph-"+sid),"service_id":sid,"number":"(208) "+s["phone"],"extension":None,"type":"voice","description":None,"languages":[]}] if s["phone"] else []
    sch=[{"id":uid("sch-"+sid),"service_id":sid,"description":s["sched"]}] if s["sched"] else []
    S={"id":sid,"organization_id":oid[s["o"]],"name":s["name"],"alternate_name":None,"description":s["desc"],
       "url":s["url"] if s["url"] else (o["url"] or None),"email":s["email"] if s["email"] else (o["email"] or None),
       "status":"active","interpretation_services":None,"application_process":None,"fees_description":s["fees"] or None,
       "accreditations":None,"eligibility_description":s["elig"] or None,"minimum_age":s["mn"],"maximum_age":s["mx"],
       "assured_date":s["assured"],"assurer_email":None,"alert":None,
       "languages":[{"id":uid("lang-%s-%s"%(sid,l)),"service_id":sid,"name":l,"code":None,"note":None} for l in s["langs"]],
       "service_areas":[{"id":uid("sa-%s-%d"%(sid,j)),"service_id":sid,"name":a,"description":d or None,"extent":None,"extent_type":None,"uri":None} for j,(a,d) in enumerate(s["areas"])],
       "schedules":sch,"phones":ph,"service_at_locations":sal}
    o["hsds"]["services"].append(S)
json.dump(out, open("knowledge/directory/tamarack-county-211-export.json","w"), indent=2)
with open("kinds.csv","w",newline="") as f:
    w=csv.writer(f); w.writerow(["service_id","kind"])
    for s in SV: w.writerow([s["id"],s["kind"]])
print(len(ORGS), len(SV))
