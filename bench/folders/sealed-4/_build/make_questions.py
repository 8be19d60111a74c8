import json
POL='policy/larkin-isd-board-policy-2460T-secondary-transition.txt'
MOU='policy/mou-larkin-isd-bvr-2024-2027.md'
HB='handbook/larkin-isd-transition-handbook-2025-26.md'
CH4='handbook/handbook-chapter-4-turning-18.docx'
BVRF='agencies/bvr-larkin-field-office.html'
PRE='agencies/bvr-pre-ets-and-summer-work.html'
OOS='agencies/bvr-order-of-selection.html'
LPC='agencies/lpcmh-waiver-and-respite.html'
CIL='agencies/lakeshore-independence-center.html'
LAT='agencies/lat-access-paratransit.html'
OAS='agencies/lcc-office-of-accessibility-services.html'
PATH='agencies/lcc-pathways-certificate.html'
LFAN='agencies/larkin-family-advocacy-network.html'
WIPA='agencies/great-lakes-wipa-benefits-counseling.html'
PROB='agencies/larkin-county-probate-guardianship.html'
WORKS='agencies/fennimore-memorial-larkin-works.html'
SYWEF='flyers/summer-youth-work-experience-2025-flyer.txt'
SAT='flyers/saturday-club-respite-flyer.txt'
ABLE='flyers/able-account-info-night-2025.md'
RIDE='flyers/ride-on-travel-training-flyer.txt'
NL23='newsletters/transition-times-fall-2023.md'
NL25='newsletters/transition-times-spring-2025.md'
FAIR='events/transition-fair-2025-program.md'
CHK='checklists/senior-year-transition-checklist.md'
FG='family/family-guide-life-after-high-school.md'
SSI='family/ssi-and-medicaid-at-18-plain-language.md'
MEMO='memos/2025-09-02-memo-pre-ets-referral-portal.txt'
T17='forms/form-T-17-notice-of-transfer-of-rights.txt'
DIR='directory/heartland-211-larkin-disability-services.json'

Q=[]
def q(style, text, sources, facts, ans=True):
    Q.append(dict(question=text, answerable=ans, sources=sources if ans else [], facts=facts if ans else [], style=style))

# ---------------- slack ----------------
q('slack',"hey all. have a junior (17, IEP, LD) who wants to work this summer thru the VR summer job thing. mom is asking what it pays per hour and how many hrs max?? pls",[SYWEF,HB,NL25],["$13.25 an hour","up to 120 hours"])
q('slack',"so one of my guys uses LAT access to get to his job coach appt, family is moving out to orland next month. does lat access even go out there?? if not what does he use",[LAT,DIR],["County Connector","Tuesdays and Thursdays"])
q('slack',"parent called me kinda upset bc her daughter turns 17 in jan and she never heard anything abt rights transferring at 18. when exactly are we supposed to do the T-17 thing",[POL,HB,T17,CH4,NL25],["17th birthday"])
q('slack',"yo quick one - family turned in the VR application last week, dad is antsy. how long does BVR have to decide eligibility?",[OOS],["60 days"])
q('slack',"student w autism just turned 18 in sept, lives w grandma now. grandma wants to apply for SSI. whats the max monthly SSI this year for one person",[HB,SSI],["$967 per month"])
q('slack',"kid on my caseload has a 504 not an IEP, junior, really wants pre-ets (job shadowing etc). does he have to apply to VR first or can i just refer him?",[HB,PRE],["without applying for VR"])
q('slack',"parent says the guardianship filing fee at probate is $150, she got that from the old turning 18 chapter. is that still right or did it change",[PROB,DIR],["is $175"])
q('slack',"ugh. mom of one of my 8th graders (CP, nonverbal) gets respite thru pathways cmh and says she only gets 12 hrs a month?? i thought it went up last yr. how many hrs can families get now",[LPC,NL25],["16 hours of respite per month"])
q('slack',"does the saturday club in cedar bend take young adults? i have a 22 yo whose mom desperately needs a break. also what does it cost per sat",[SAT,DIR],["8 to 21","$15 per Saturday"])
q('slack',"19 yo on certificate track, team wants the bridge program for next fall. when is the referral due and where is it actually held? never sent anyone there before",[POL,HB],["March 1","Cedar Bend Learning Center"])
q('slack',"anyone know the day/time for the next step youth academy at lakeshore independence ctr? my 15yo student w/ spina bifida wants to go",[CIL],["10:00 a.m. to 12:00 p.m."])
q('slack',"parent asking how much the grandparents can put in her son's ABLE account this year total. anyone know the 2025 limit?",[HB,ABLE,NL25],["$19,000 per year"])
q('slack',"weird one - a family i work with has an older son, 30, TBI from a car accident at 28. can he open an ABLE acct or is he too old",[HB,ABLE],["before age 46"])
q('slack',"my senior is on SSI and just got a grocery job, she's scared she'll lose her check. who do i send her to for benefits counseling around here? name + number pls",[WIPA],["Theo Baptiste","(989) 555-0190"])
q('slack',"senior on SSI working ~15 hrs/wk at the library, mom is scared the check stops. how much can he earn per month under the student earned income exclusion thing?",[HB,SSI],["$2,350 a month"])
q('slack',"kiddo graduating in june, going to LCC in the fall. how early should she sign up w/ their accessibility office so accommodations are ready day 1",[OAS,CHK],["at least 30 days before"])
q('slack',"former student at LCC texted me, says she keeps not getting her extended time. how far ahead does she have to book the testing center for each exam?",[OAS],["five business days"])
q('slack',"parent of a junior with ID asking abt the pathways certificate at LCC. how much is it per year and how many students do they take?",[PATH,DIR],["$4,180 per year","12 students"])
q('slack',"when are pathways apps due for fall 2026? parent wants to plan the interview stuff around it",[PATH],["January 31, 2026"])
q('slack',"have a 21yo in her last yr of eligibility, super motivated. what is the larkin works deadline for the 2026-27 class??",[WORKS],["February 27, 2026"])
q('slack',"follow up on larkin works - does the kid need to have a BVR case open to apply or can we do that later?",[WORKS],["open BVR case"])
q('slack',"family asking how long the waiver wait is right now. kiddo is 16 with DS, parents are thinking ahead. what does pathways cmh say the typical wait is",[LPC,NL25],["two to four years"])
q('slack',"whats the number to start intake at pathways CMH for waiver stuff? family wants to call today",[LPC,HB,FG,CHK,DIR],["(989) 555-0145"])
q('slack',"who is the BVR pre-ets counselor for harwick high? new to the district sorry",[BVRF],["Trevor Banks"])
q('slack',"did larkin early college change pre-ets counselors this yr? who do i send referrals to",[MEMO,BVRF],["Aisha Delgado"])
q('slack',"family wants to do the BVR orientation before applying but dad works days. is there an evening option??",[BVRF],["Second Thursday of each month"])
q('slack',"how much is a LAT access ride now, one way? parent has old info",[HB,DIR,LAT],["$2.50 per one-way trip"])
q('slack',"helping a family fill out the LAT access application. once its in, how long does LAT take to decide?",[LAT],["within 21 days"])
q('slack',"want travel training for a sophomore (16) in millbrook falls who wants to bus to his job. who do i contact and how long does it usually take",[LAT,RIDE,DIR],["Bea Lindqvist","4 to 6 weeks"])
q('slack',"parent wants to learn about supported decision making instead of guardianship. when is the LFAN workshop on that?",[LFAN,CH4,DIR],["third Tuesday"])
q('slack',"is there any free legal help for guardianship qs at the courthouse? family can't afford a lawyer",[PROB,DIR],["second Wednesday"])
q('slack',"had an IEP on 10/3 and we checked the pre-ets box. how long do i have to get the T-VR1 over to bvr",[HB,MEMO],["30 calendar days"])
q('slack',"can i still fax T-VR1s to bvr or is it portal only now? my fax cover sheet is ready lol",[MEMO],["September 30, 2025"])
q('slack',"a local workshop that pays sub-minimum wage offered to take my student for work-based learning this spring. is that allowed under our policy?",[POL],["federal minimum wage"])
q('slack',"how many hrs can an unpaid work experience placement go under our policy before we have to make it paid or move the kid",[POL],["ninety (90) hours"])
q('slack',"random but does my 18 yo w/ down syndrome have to register for selective service? mom asked and i blanked",[HB,CHK],["within 30 days"])
q('slack',"student lost SSI at his age 18 review, family wants to appeal. how fast do they need to appeal to keep the checks coming?",[SSI],["10 days"])
q('slack',"where's the SSI/medicaid session at the transition fair and who's presenting? want to send a couple families",[FAIR],["Room 118","Theo Baptiste"])
q('slack',"rising junior w CP wants to go to YLF this summer. how many kids do they pick and does it cost anything",[PRE],["Thirty delegates","no cost to attend"])
q('slack',"if my student gets SSI at 18 does she automatically get medicaid here or is that a separate app",[SSI],["get Medicaid automatically"])
q('slack',"18 yo moving out w a roommate next yr. is the mainstream voucher list at the housing commission open?",[DIR],["closed since August 1, 2024"])
# ---------------- lookup ----------------
q('lookup',"At what age does Larkin ISD require transition planning to begin in the IEP?",[POL,HB],["turns 14"])
q('lookup',"How many students did BVR serve with Pre-ETS in Larkin County in 2023-24, and what is the target for 2025-26?",[MOU],["412 students","475 students"])
q('lookup',"Where is the LCC Office of Accessibility Services located?",[OAS],["Hollis Hall, Room 114"])
q('lookup',"How many interns does the Larkin Works program accept each year, and what are the daily hours?",[WORKS],["up to 10 interns per year","8:00 a.m. to 2:30 p.m."])
q('lookup',"Which BVR Order of Selection priority categories are currently open?",[OOS],["Priority Category 1 is open"])
q('lookup',"Under the ISD-BVR agreement, how quickly must BVR acknowledge a Pre-ETS referral?",[MOU],["five (5) business days"])
q('lookup',"When and where is the ABLE account family information night?",[ABLE],["October 14, 2025","Fennimore Public Library"])
q('lookup',"How long can someone borrow a device from the Lakeshore Independence Center assistive technology loan closet?",[CIL,DIR],["up to 30 days"])
# ---------------- two-doc ----------------
q('two-doc',"How much did the Summer Youth Work Experience pay per hour in 2023, and how much does it pay in 2025?",[NL23,SYWEF],["$11.50 an hour","$13.25 an hour"])
q('two-doc',"For a student in the Larkin Bridge Program, who is the BVR Pre-ETS counselor, and which days does the Bridge Program run?",[BVRF,POL],["Sofia Nakamura","Monday through Thursday"])
q('two-doc',"What is the current Probate Court filing fee for guardianship of an adult with a developmental disability, and when does LFAN hold its supported decision-making workshop?",[PROB,LFAN],["is $175","Third Tuesday"])
q('two-doc',"For an incoming LCC student with an intellectual disability: when is the Pathways Certificate application due for fall 2026, and when is the 2025 Jump Start orientation?",[PATH,OAS],["January 31, 2026","August 12-13, 2025"])
q('two-doc',"Who presents the waivers and respite session at the 2025 Transition Fair, and what is her direct phone number?",[FAIR,LPC],["Renee Castellanos","(989) 555-0147"])
q('two-doc',"How many exhibitors were at the 2023 Transition Fair compared with the 2025 fair?",[NL23,FAIR],["35 exhibitors","42 exhibitors"])
# ---------------- near-miss ----------------
q('near-miss',"whats the summer youth work experience hourly wage for summer 2026? want to put it in my IEP notes",None,None,False)
q('near-miss',"how much is a monthly unlimited pass for LAT access? family rides every day",None,None,False)
q('near-miss',"What was the Pathways Certificate tuition at LCC for 2023-24?",None,None,False)
q('near-miss',"when is the next step youth academy winter 2026 session at lakeshore? need exact start date",None,None,False)
q('near-miss',"how many ppl were on the CPW waiting list in 2024? writing a grant and need the 2024 number",None,None,False)
q('near-miss',"whats the fax number for pathways cmh's waiver/respite office? mom wants to fax the paperwork",None,None,False)
q('near-miss',"How many students did BVR serve with Pre-ETS in Larkin County during the 2024-25 school year?",None,None,False)
q('near-miss',"what's the 2025 max SSI for a married couple who both get SSI? parents of my student both receive it",None,None,False)
q('near-miss',"what date is the 2026 transition fair at ashgrove high?",None,None,False)
q('near-miss',"how much does a state ID card cost? the senior checklist says get one but family wants to know the fee",None,None,False)
q('near-miss',"what was the trial work period amount in 2024? student's SSDI case from last yr",None,None,False)
q('near-miss',"What is the income limit for the Lakeshore Independence Center ramp program?",None,None,False)
q('near-miss',"whats the ABLE annual contribution limit going to be for 2026?",None,None,False)
q('near-miss',"is there a late fee if a guardian files the annual report with probate court after the anniversary date? how much",None,None,False)
# ---------------- off-topic ----------------
q('off-topic',"anyone have a good sub plan for 3rd period bio? out tmrw w/ a sick kid",None,None,False)
q('off-topic',"What's a good vegan chili recipe for the staff potluck on Friday?",None,None,False)
q('off-topic',"how do i reset my district email password, locked out again",None,None,False)

with open('questions.jsonl','w') as f:
    for i,x in enumerate(Q,1):
        x=dict(id=f"sealed-4-{i:02d}",**x)
        f.write(json.dumps(x)+"\n")
print(len(Q))
