import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'questions.jsonl')
K = dict(
 dvr='dvr-larkspur-branch-office.html', reloc='dvr-office-relocation-notice-2025.txt', pre='pre-ets-students.html',
 swa25='summer-work-academy-2025-flyer.txt', swa26='summer-work-academy-2026-flyer.html', hb23='ltc-accessibility-handbook-2023.txt',
 docx='ltc-documentation-policy-2025.docx', pol='mfasd-policy-2460-transition-services.txt', bq25='benefits-quick-sheet-2025.txt',
 bq26='benefits-quick-sheet-2026.txt', able24='able-accounts-faq-2024.md', able26='able-accounts-faq-2026.md', vrfaq='vr-faq-for-families.md',
 col='college-rights-504-ada-guide.md', eml='transition-fair-announcement.eml', m9='consortium-minutes-2025-09-18.txt',
 m1='consortium-minutes-2026-01-15.txt', ps='project-search-millbrook-memorial.txt', tk='ticket-to-work-and-pass-handout.txt',
 wioa='workforce-larkspur-wioa-youth.html', cil='larkspur-cil-youth-transition.html', lats='lats-access-paratransit.html',
 chk='transition-timeline-checklist.md', adrc='adrc-youth-transition-longterm-care.txt', dir='larkspur-transition-services-directory.json')
Q = []
def q(style, question, src=(), facts=(), ans=True):
    Q.append(dict(question=question, answerable=ans, sources=[K[s] for s in src], facts=list(facts), style=style))

# ---- slack (answerable) ----
q('slack', "got a junior w/ autism, mom wants to walk in to voc rehab. my sheet says 210 mill st, is that still right??", ['reloc'], ['1450 Harmon Avenue, Suite 200'])
q('slack', "17 y/o on SSI, still in school, just got hired at the marina. how much can he make a month this yr before it touches his check w/ the student exclusion? and does that come before the $20/$65 thing", ['bq26'], ['$2,410 / month', 'SEIE is applied before'])
q('slack', "whats the stipend for summer work academy this yr and when r apps due", ['swa26'], ['$14.00 per hour', 'March 27, 2026'])
q('slack', "my student turns 15 in may - can she do summer work academy or is it 16 and up still", ['swa26'], ['must be 15 by June 15, 2026'])
q('slack', "who's the dvr counselor for ashby hs now that doug left", ['reloc'], ['Priya Ramaswamy'])
q('slack', "senior w/ dyslexia going to LTC in the fall, his last psych eval is from 2021. mom asking if they'll take his IEP or does he need new testing", ['docx'], ['accepted as documentation by itself'])
q('slack', "how far ahead does a kid need to request accomodations at ltc? and for audio/alt format textbooks?", ['docx'], ['3 weeks before term', '5 weeks before term'])
q('slack', "random one - older brother of one of my students is 31, got an MS dx at 28. can he open an ABLE acct now or is he too old", ['able26'], ['before age 46'])
q('slack', "how much can grandparents put in an ABLE account in 2026 total", ['able26'], ['$19,000'])
q('slack', "mom of a 13 y/o 7th grader wants to start pre ets now. what ages does dvr do pre ets for", ['pre'], ['ages 14 through 21'])
q('slack', "where do i send the pre ets referral and whats the form # again", ['pre'], ['DVR-2241', 'keith.anundsen@example.org'])
q('slack', "family applied to voc rehab oct 1, still no word. how long does dvr have to decide eligibilty?", ['vrfaq'], ['60 days'])
q('slack', "kiddo was found eligible for dvr last week!! when does the IPE have to be done by", ['vrfaq'], ['90 days'])
q('slack', "had a student put on the cat 2 waitlist in nov. is cat 2 still closed? and when will dvr be done calling people", ['m1'], ['January 5, 2026', 'March 31'])
q('slack', "IEP mtg next month for a 16 y/o, do we have to tell her about transfer of rights yet or is that at 17", ['pol'], ['not later than one year before'])
q('slack', "new sped teacher here - in mfasd does transition planning start at 14 or 16?", ['pol'], ['turns 14'])
q('slack', "who is the district transition coordinator this yr? need to cc them on something", ['pol'], ['Halvard Lindqvist'])
q('slack', "family wants project search at the hospital for next yr. when is the app due and how many spots are there now", ['ps', 'm1'], ['February 13, 2026', '10 interns'])
q('slack', "how much is paratransit per ride? student's PCA would ride w/ him", ['lats'], ['$3.00'])
q('slack', "how long does LATS take to approve paratransit apps and how long is it good for once approved", ['lats'], ['within 21 days', 'valid for three years'])
q('slack', "student gets CDB on his dad's record, works at harmon fresh market. whats SGA this year", ['bq26'], ['$1,690 / month'])
q('slack', "what counts as a trial work month in 2026? ssdi kid", ['bq26'], ['$1,210 / month'])
q('slack', "19 y/o dropped out last yr - is he too old for wioa youth? what ages do they take", ['wioa'], ['ages 16 to 24'])
q('slack', "does wioa youth count the parents income for a kid w/ a disability? mom makes ok money", ['wioa'], ['family of one'])
q('slack', "when does the next ready set go class start at the cil and how many kids can they take", ['cil'], ['February 26, 2026', 'limited to 14 students'])
q('slack', "parent of a senior w/ ID asking about alternatives to guardianship before he turns 18, where can i send her locally", ['cil'], ['Supported Decision-Making Clinic'])
q('slack', "when can we refer a student to the adrc for adult long term care? hes 17 now", ['adrc'], ['17 years and 6 months'])
q('slack', "kid on SSI wants to save for the LTC welding cert with a PASS. how long do they approve a pass for", ['tk'], ['up to 18 months'])
q('slack', "which places around here take the ticket to work? student just turned 18 and got ssi", ['tk'], ['Workforce Larkspur American Job Center'])
q('slack', "the fair email said oct 16 but someone said it moved?? what day is it", ['m9'], ['October 23, 2025'])
q('slack', "does upper rock have a program for students w/ intellectual disabilities? when are apps due for fall 26", ['col'], ['Pathways Certificate', 'February 1, 2026'])
q('slack', "when does dvr do walk in orientation now? used to be tuesdays", ['reloc'], ['second and fourth', '1:00 p.m.'])
q('slack', "what bus goes to the new dvr office? student rides fixed route", ['reloc'], ['Route 6'])
q('slack', "mom asking what his SSI would be at 18 if he qualifies as an adult. 2026 amount for a single person?", ['bq26'], ['$994 / month'])
q('slack', "if dvr wont fund job coaching how much does bridgeway charge private pay", ['dir'], ['$58 per hour'])
q('slack', "legal aid guardianship clinic - when is it and is it free? family is over the income limit prob", ['dir'], ['first Wednesday of each month', '$35 sliding-scale'])
q('slack', "bridge 18-21 question, how many days a week are the kids supposed to be out in the community", ['pol'], ['at least three days per week'])
q('slack', "when does the SOP have to be done for my seniors, last day or before?", ['pol'], ['no later than the last day of attendance'])
q('slack', "family asked at IEP mtg abt the ABLE workshop this spring, what date is it", ['able26'], ['April 14, 2026'])
q('slack', "student at ltc w/ extended time - how many days ahead does she have to book exams at the testing center", ['docx'], ['two business days'])

# ---- lookup ----
q('lookup', "What is the phone number for Larkspur Technical College Accessibility Services?", ['docx'], ['(715) 555-0170'])
q('lookup', "What are the five required Pre-Employment Transition Services activities?", ['pre'], ['Job exploration counseling', 'Instruction in self-advocacy'])
q('lookup', "What is the intake line for the ADRC of Larkspur County?", ['adrc'], ['(715) 555-0135'])
q('lookup', "When is the Workforce Larkspur Youth Information Session held?", ['wioa'], ['every Tuesday at 3:00 p.m.'])
q('lookup', "What is the 2026 annual maximum for the Student Earned Income Exclusion?", ['bq26'], ['$9,730 / year'])
q('lookup', "Within how many days must the IEP team reconvene if a participating agency fails to provide the transition services in the IEP?", ['pol'], ['within 30 calendar days'])
q('lookup', "What hourly wage does WIOA Youth paid work experience pay in 2026?", ['wioa'], ['$13.25 per hour'])
q('lookup', "Who is the Youth Transition Specialist at the Larkspur Center for Independent Living?", ['cil'], ['Jerome Whitfield'])
q('lookup', "What is the LATS Access reservation phone number?", ['lats'], ['(715) 555-0115'])
q('lookup', "How many Pre-ETS referrals did Larkspur County schools make in 2024-25?", ['m9'], ['212 Pre-ETS referrals'])
q('lookup', "Which languages does the Consortium Family Navigator service list?", ['dir'], ['Hungarian'])

# ---- two-doc ----
q('two-doc', "On what date was the 2025 Transition Resource Fair actually held, and what is the school transition coordinator's phone number for bus requests?", ['m9', 'eml'], ['October 23, 2025', '(715) 555-0121'])
q('two-doc', "What is the DVR Larkspur Branch's current street address, and what is the one-way LATS Access fare for a rider going there?", ['reloc', 'lats'], ['1450 Harmon Avenue', '$3.00'])
q('two-doc', "What is the 2026 Summer Work Academy application deadline, and who receives the Pre-ETS referral forms that must go with it?", ['swa26', 'pre'], ['March 27, 2026', 'Keith Anundsen'])
q('two-doc', "For a 17-year-old in MFASD, when must the IEP address transfer of rights, and at what age does the ADRC start accepting a long-term care referral?", ['pol', 'adrc'], ['not later than one year before', '17 years and 6 months'])
q('two-doc', "Project SEARCH requires what DVR status, and how long does DVR have to make that eligibility decision?", ['ps', 'vrfaq'], ['been determined eligible', '60 days'])
q('two-doc', "Which Larkspur CIL class counts as Pre-ETS instruction in self-advocacy, and what ages can receive Pre-ETS?", ['cil', 'pre'], ['Ready Set Go', 'ages 14 through 21'])
q('two-doc', "Will LTC accept a student's high school 504 plan as documentation, and which federal special-education law stops applying in college?", ['docx', 'col'], ['accepted as documentation by itself', 'IDEA no longer applies'])
q('two-doc', "Where are WIOA Youth information sessions held, and which Ticket to Work Employment Network operates from that same American Job Center?", ['wioa', 'tk'], ['615 Commerce Street', 'Workforce Larkspur American Job Center'])
q('two-doc', "Under the 2026 rules, before what age must a disability have begun for ABLE eligibility, and what is the SSI resource limit for an individual?", ['able26', 'bq26'], ['before age 46', '$2,000'])

# ---- near-miss ----
nm = [
 "what will the summer work academy stipend be in 2027? family planning ahead",
 "how much does the bridgeway van cost for summer work academy kids from orrin lake?",
 "who is the DVR transition counselor for the Denton County high schools?",
 "What is the date of the 2026 Larkspur Transition Resource Fair?",
 "what time does the last LATS Access ride run on saturdays",
 "What is the phone number for the disability office at Denton County Community College?",
 "how much is the state SSI supplement per month in 2026 for someone living on their own?",
 "how many Project SEARCH interns at Millbrook Memorial got hired after graduating last year?",
 "who is the Cedar Prairie school district's transition coordinator?",
 "What is the dollar tuition for the Upper Rock Pathways Certificate per semester?",
 "how many pre ets referrals have schools sent so far in 2025-26?",
 "what's the max dollar amount DVR will pay toward LTC tuition per year?",
 "what's the fax number for the Larkspur CIL?",
 "deadline to register for the Apartment Ready class at the CIL this spring?",
 "When is DVR expected to open Category 3 of the order of selection?",
 "doug pettibone moved to the eau rouge dvr office - what's the phone number there?",
 "who coordinates the LTC testing center and what's their direct extension?",
]
for t in nm: q('near-miss', t, ans=False)

# ---- off-topic ----
q('off-topic', "anyone have a good crockpot chili recipe for the staff potluck friday", ans=False)
q('off-topic', "how do i reset a student's chromebook password, it keeps locking", ans=False)
q('off-topic', "What time does the Packers game start on Sunday?", ans=False)

with open(OUT, 'w') as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps(dict(id='primrose-%02d' % i, **x), ensure_ascii=False) + '\n')
from collections import Counter
print(len(Q), Counter(x['style'] for x in Q))
