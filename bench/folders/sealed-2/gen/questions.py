import json, re, html
K='/work/blind/sealed-2/knowledge/'
D='directory/wabanica-county-211.json'
keys=json.load(open('keys.json'))
def d(k): return f'{D}#{keys[k]}'
V='state-vr/'; PRE=V+'pre-employment-transition-services.html'; YOU=V+'youth-services.html'; POL=V+'policy-manual-ch7-students-youth.html'; APP=V+'how-to-apply.html'
HB='district/transition-handbook-2025-26.md'; FAQ='district/transition-faq.txt'; BR='district/bridges-program-guide.md'; SOP='district/summary-of-performance.txt'; WBL='district/work-based-learning.md'
AR='college/accessibility-resources.html'; FAM='college/families-and-high-school-staff.html'
CI='cil/index.html'; NS='cil/youth-next-step.html'
SSI='parent-center/ssi-at-18.md'; SEIE='parent-center/student-earned-income-exclusion.txt'; ABLE='parent-center/able-accounts.md'; GUA='parent-center/guardianship-and-alternatives.md'; MED='parent-center/medicaid-waivers-and-ma.txt'
CTY='county/turning-18-checklist-disability-services.txt'
FAIR='flyers/transition-resource-fair-2026.pdf'; CREW='flyers/summer-youth-work-crew-2026.pdf'
Q=[]
def q(style, text, sources, facts):
    Q.append((style, text, sources, facts))
# ---- slack (39)
q('slack',"hey does anyone have the form # for the pre-ets referral?? 10th grader w/ a 504, mom wants to sign it at conferences", [PRE,YOU,POL,HB,FAQ,CREW], ["DVR-PE-1"])
q('slack',"sped teacher here - student on SSI turns 18 in may, lives w/ his grandma and doesnt pay any rent. will his check go down at 18? and does her feeding him count against him too", [SSI], ["one-third","September 30, 2024"])
q('slack',"quick q, 16 y/o on SSI is working this summer. whats the SEIE monthly limit for this yr?", [SEIE], ["$2,410"])
q('slack',"parent asking if her sons ABLE acct counts against ssi... she's got like 40k in it. is there a cap before it matters", [ABLE,SSI], ["$100,000"])
q('slack',"family member asking for her brother - hes 38, TBI in a car accident at 35. can he even open an ABLE account or is he too old", [ABLE], ["46"])
q('slack',"whats the address for bridges again? want to set up a tour w/ a family for ST-2207. what days do they do tours", [BR,HB], ["212 Linden Street","Wednesday"])
q('slack',"when is the voc rehab guy at BHS? need him at an IEP mtg for ST-2207 next month. also what form do i need for inviting him", [HB,FAQ], ["Room 118","SE-22"])
q('slack',"senior w/ LD wants to go to tamarack in the fall. will their accessibility office take his IEP or does he need new testing done? mom is worried about paying for an eval", [AR,SOP], ["evaluation report"])
q('slack',"how many days ahead do students have to book the testing center at TLCC for extended time? is finals week different", [AR], ["3 business days","10 business days"])
q('slack',"parent called me upset, her son is 19 and at tamarack now, accessibility office wont tell her anything about his accomodations. what form does he have to sign so they can talk to her", [FAM], ["TL-FR2"])
q('slack',"any free respite near halvorsen falls?? 12 y/o w/ DD, mom is exhausted and just needs a saturday off", [d('resp-sat')], ["Saturday Respite Club"])
q('slack',"who does travel training for dial a ride around here? student is 17 and wants to get to his job in brennick by himself", [d('tr-tt'),CTY], ["218-555-0182"])
q('slack',"family in oxbow (ferrin co) asking about job coaching for their 20 y/o son w autism, he already has a VR counselor. is there a provider that covers ferrin county?", [d('aw-se')], ["218-555-0191"])
q('slack',"is there anyone who speaks somali who can help a family navigate the county waiver stuff? son just got autism dx, they live in brennick", [d('so-fam'),d('mnchoices')], ["218-555-0113"])
q('slack',"kiddo is hard of hearing, 15, says he wants a deaf adult mentor. anything like that in wabanica co?", [d('deaf-youth')], ["218-555-0293"])
q('slack',"student (18) wants to move out of moms house. are there housing vouchers specifically for young adults w disabilities in wabanica? who do i call", [d('hra-main'),CTY], ["218-555-0261"])
q('slack',"does lake country legal aid do guardianship stuff for free? family is low income, dtr turns 18 in aug and mom doesnt know if she needs guardianship or something else", [d('legal-sdm'),GUA,FAQ], ["218-555-0231"])
q('slack',"what are the walk in days for MA applications at the county? fam needs to apply now that hes 18", [d('fin'),MED], ["Tuesdays and Thursdays"])
q('slack',"mnchoices - who do i call in wabanica to get one scheduled and does it cost the family anything? they want DD waiver", [d('mnchoices'),MED], ["218-555-0142"])
q('slack',"work crew apps due when?? have 3 kids interested", [CREW], ["April 24"])
q('slack',"how much do the work crew kids get paid this summer and how many hrs a week is it", [CREW], ["$13.00","16 hours"])
q('slack',"whens the transition fair this yr? and do families have to request ASL interpreters ahead of time", [FAIR], ["March 19","March 5"])
q('slack',"voc rehab order of selection question - which category is actually open right now? my student applied in jan", [APP], ["Priority Category 1"])
q('slack',"how long does VR get to decide eligibility after someone applies? its been 7 wks for ST-1184 and nothing", [APP], ["60 days"])
q('slack',"provider told me VR only pays for 200 hrs of paid work experience per student. is that still right?", [POL], ["240 hours"])
q('slack',"sec 511 q: 19yo wants to go to the sheltered workshop that pays subminimum. what does he have to do before they can hire him", [POL], ["career counseling"])
q('slack',"when does transition planning have to start in MN IEPs? i thought it was 16", [HB,FAQ], ["age 14","grade 9"])
q('slack',"when do we have to do the transfer of rights notice? student turns 18 next march and we havent done it", [HB], ["one year"])
q('slack',"where is the TLCC accessibility office and whats the phone #", [AR,d('tlcc-ar')], ["218-555-0211"])
q('slack',"have a junior w IEP interested in the tamarack summer bridge thing. is it free and what are the dates this summer", [AR,d('tlcc-bridge')], ["July 20","May 15"])
q('slack',"north pines next step group - when does the fall one start and does it cost anything", [NS,d('cil-next')], ["September 15"])
q('slack',"AT loan closet at north pines - how long can a family borrow an ipad w an AAC app? is there a deposit", [CI,d('cil-at')], ["30 days","$25"])
q('slack',"county transition clinic - which tuesday is it and where? want to send a family there", [CTY], ["third Tuesday","Room 204"])
q('slack',"when does the county do the transition to adult services mtg? kid is 17 and 3 months and no one from the county has called", [CTY], ["6 months"])
q('slack',"family asking about peer mentoring at north pines for their 22 yr old, is there an age cutoff", [NS,CI,d('cil-peer')], ["24"])
q('slack',"is there a food shelf in grafton mills that delivers? family has no car, ST-3310", [d('food-shelf')], ["218-555-0270"])
q('slack',"need a spanish speaking therapist for a 16yo in grafton mills, family has MA. any ideas", [d('bw-youth')], ["218-555-0251"])
q('slack',"parent scared she has to go to court for guardianship - whats the difference w supported decision making? who makes the decision", [GUA], ["final decision"])
q('slack',"if SSA denies a kid at 18 how long does the family have to appeal", [SSI], ["60 days"])
# ---- lookup (8)
q('lookup',"What ages are eligible for Pre-Employment Transition Services?", [PRE,YOU,POL,FAQ], ["14","21"])
q('lookup',"What is the form number of the Application for Vocational Rehabilitation Services?", [APP], ["DVR-100"])
q('lookup',"Within how many days must VR provide documentation of completion of Section 511 activities, and on what form?", [POL], ["45 calendar days","DVR-511-Y"])
q('lookup',"What is the maximum federal SSI payment for an individual in 2026?", [SSI], ["$994"])
q('lookup',"What is the 2026 annual contribution limit for an ABLE account?", [ABLE], ["$19,000"])
q('lookup',"What does Wabanica Rural Transit Dial-a-Ride cost per ride?", [d('tr-dar')], ["$2.00","$4.00"])
q('lookup',"In which languages is the Wabanica County MnCHOICES assessment offered?", [d('mnchoices')], ["Spanish","Somali"])
q('lookup',"What are the age limits for Mainstream Housing Vouchers at the Wabanica County HRA?", [d('hra-main')], ["18-61"])
# ---- two-doc (8)
q('two-doc',"A student on SSI is doing the 2026 summer work crew. At the crew's pay and hours, will his summer wages reduce his SSI, and who can do a benefits check before he starts?", [CREW,SEIE], ["$2,410","218-555-0136"])
q('two-doc',"Does VR pay for driver's ed for a student whose job goal needs a license, and what does the driver rehab evaluation at Lakes Regional cost?", [POL,d('lrh-driver')], ["$450"])
q('two-doc',"student only has a 504 plan, no IEP. can she still get pre-ets, and how does she sign up w/ tamarack accessibility resources for next fall?", [FAQ,PRE,AR], ["AR-1"])
q('two-doc',"Can Pre-ETS money pay for a student's Dial-a-Ride rides to a work experience, and what is the fare?", [POL,d('tr-dar'),CREW], ["$2.00"])
q('two-doc',"A 20-year-old in the Bridges program has a paid job and gets SSI. Can she use the Student Earned Income Exclusion, and how long can she stay in Bridges?", [SEIE,BR], ["Under age 22","turn 21"])
q('two-doc',"If VR is paying toward a student's tuition at Tamarack Lakes, does the student still have to fill out the FAFSA, and what form starts the accommodation request at the college?", [POL,FAM,AR], ["FAFSA","AR-1"])
q('two-doc',"Family lives in Pine Haven. Can their son attend the Bridges 18-21 program, and is there free adult basic education / GED in Pine Haven?", [BR,d('ce-abe')], ["tuition agreement","218-555-0202"])
q('two-doc',"Where can parents learn about guardianship alternatives this spring - when is the NFAN Turning 18 workshop, and is there a session on it at the transition fair?", [GUA,FAIR], ["second Thursday","5:15"])
# ---- near-miss (12)
q('near-miss',"how much is the filing fee for a guardianship petition in wabanica county district court?", [], [])
q('near-miss',"Does Tamarack Lakes have an approved comprehensive transition program (CTP) for students with intellectual disabilities that lets them get Pell grants?", [], [])
q('near-miss',"what are the dates for the 2027 summer youth work crew? want to tell a 9th grader", [], [])
q('near-miss',"What is the Student Earned Income Exclusion yearly maximum for 2027?", [], [])
q('near-miss',"family of 4 makes about 90k, how much would the TEFRA parental fee be for their 12 y/o?", [], [])
q('near-miss',"who's the transition coordinator for Pine Haven Public Schools?", [], [])
q('near-miss',"does camp northwind do a winter day camp over christmas break and how much is it", [], [])
q('near-miss',"What is the monthly MA-EPD premium for someone earning $1,500 a month?", [], [])
q('near-miss',"whats the address of pine havens own 18-21 program? family doesnt want to drive to brennick", [], [])
q('near-miss',"What is tuition per credit at Tamarack Lakes Community College for 2026-27?", [], [])
q('near-miss',"How much extra can a working ABLE account owner contribute under ABLE to Work in 2026?", [], [])
q('near-miss',"what's the SGA amount for 2026 for someone on SSDI?", [], [])
# ---- off-topic (3)
q('off-topic',"anyone have a good wild rice hotdish recipe for the staff potluck friday", [], [])
q('off-topic',"how do i reset my district chromebook password, locked out again", [], [])
q('off-topic',"who won the boys state hockey tournament last year", [], [])

# validate facts
def text_of(src):
    if '#' in src:
        f, sid = src.split('#'); data = json.load(open(K+f))
        for o in data:
            for s in o['services']:
                if s['id'] == sid: return json.dumps(s, ensure_ascii=False) + ' ' + o['name']
        raise Exception('no svc '+sid)
    b = open(K+src,'rb').read().decode('latin-1' if src.endswith('.pdf') else 'utf-8')
    return html.unescape(b)
out=[]; counts={}
for i,(st,t,srcs,facts) in enumerate(Q,1):
    counts[st]=counts.get(st,0)+1
    for fct in facts:
        hits=[s for s in srcs if fct.lower() in text_of(s).lower()]
        if not hits: print('FACT MISSING', i, fct, srcs)
    out.append({"id":f"sealed-2-{i:02d}","question":t,"answerable":bool(srcs),"sources":srcs,"facts":facts,"style":st})
with open('/work/blind/sealed-2/questions.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False)+'\n')
print(len(out), counts, 'directory-sourced:', sum(1 for o in out if any('#' in s for s in o['sources'])))
