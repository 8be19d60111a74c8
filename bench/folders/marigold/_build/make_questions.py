"""Write ../questions.jsonl."""
import json, os
F = 'marigold'
VR = 'vr-harlan-falls-pre-ets.html'
POL = 'bsec-policy-6170-secondary-transition.txt'
DOCX = 'transition-planning-guide-2025-26.docx'
BEN = 'benefits-and-work-faq.md'
QR = 'ssa-figures-quick-reference-2026.txt'
HAT = 'hat-access-paratransit-riders-guide-2025.txt'
ADR = 'bvcc-access-disability-resources.html'
CB = 'career-bridge-internship-2026-27.md'
M1 = 'council-minutes-2025-11-13.txt'
M2 = 'council-minutes-2026-01-08.txt'
CIL = 'open-prairie-cil-youth-services.md'
TEP = 'tallgrass-employment-partners-ticket-to-work.html'
DIR = 'bluestem-services-directory.json'
HB = 'bluestem-transition-handbook-2023.txt'

Q = []
def a(style, q, sources, facts):
    Q.append((style, q, True, sources, facts))
def n(style, q):
    Q.append((style, q, False, [], []))

# ---------------- slack ----------------
a('slack', "got a junior (J.R.) whose mom finally wants pre ets but she still has the old PE-2 paper form from last yr. do we still fax that to voc rehab or what", [VR], ["online Pre-ETS Referral Portal"])
a('slack', "who's the pre ets person at voc rehab now?? gary retired right", [VR], ["Keisha Brantley", "555-0117"])
a('slack', "17 y/o on ssi, still in school, works at the grocery ~25 hrs/wk. how much can he make a month before it touches his check under that student exclusion thing", [BEN], ["$2,410 per month"])
a('slack', "parent q: she has a 40 y/o daughter w/ MS dx'd at 31. mom read the able acct rules changed this yr, can the daughter open one now? i only remember the under-26 thing", ['able-accounts-faq.md'], ["the disability must have begun before age 46"])
a('slack', "IEP mtg next wk for a girl turning 17 in march. what's the form # for transfer of rights again? and do we have to send something else when she actually turns 18", ['bsec-form-t7-notice-transfer-of-rights.txt'], ["Form T-7", "Within 10 school days after the 18th birthday"])
a('slack', "where is bridge this yr?? family swears it's in the hfhs west wing but i thought it moved", [POL], ["415 Linden Street"])
a('slack', "bridge referrals for next fall (26-27) - when do those open and close", [DOCX], ["January 15 to March 1, 2026"])
a('slack', "kiddo in bridge (20 y/o, loves the hospital) wants to do career bridge next yr. whens the app due? and how many kids do they even take", [CB], ["February 27, 2026", "10 interns"])
a('slack', "job fair - still march 12 at the fairgrounds?? i have the flyer from dec taped to my door lol", [M2], ["March 19, 2026", "BVCC Fieldhouse"])
a('slack', "how much r hat access rides one way now? grandma says $1.50 but that seems old", [HAT], ["One-way fare: $2.00"])
a('slack', "A.M.'s hat access app went in 2 wks ago and nothing yet. how long are they allowed to take? and can she ride in the meantime if they blow the deadline", [HAT], ["within 21 days of receiving a complete", "temporary basis"])
a('slack', "does the para/PCA have to pay a fare on hat access when she rides w my student?", [HAT], ["personal care attendant (PCA) rides free"])
a('slack', "what's sga for 2026, have a CDB kid starting at the warehouse next month", [BEN], ["$1,690 per month"])
a('slack', "trial work month amt this yr? and how many months do they get before it matters", [BEN], ["$1,210", "9 trial work months"])
a('slack', "what are the 5 pre ets activites again, writing them into a PLAAFP and blanking", [VR], ["Job exploration counseling", "Instruction in self-advocacy"])
a('slack', "voc rehab counselor told a family 'we have 60 days' - 60 days for what exactly? and then how long til the IPE has to be done", [VR], ["eligibility within 60 days", "signed within 90 days"])
a('slack', "senior heading to bvcc in aug, where's the disability office now? and how early should she start her accomodation request", [ADR], ["Room 114 of the Hollis Student Center", "at least 4 weeks"])
a('slack', "does bvcc still want a psych eval less than 3 yrs old?? family only has her IEP and 504 stuff", [ADR], ["no fixed age limit on documentation"])
a('slack', "how far ahead do students have to book exams at the bvcc testing center w accommodations", [ADR], ["at least 5 business days in advance"])
a('slack', "who do i contact at bvcc ADR to set up an intake for one of my seniors", [ADR], ["Priya Nandakumar", "555-0126"])
a('slack', "summer jobs thru the workforce ctr - what's it paying this summer and when's the app deadline? have 3 kids interested", ['summer-work-experience-2026-flyer.txt'], ["$13.25 per hour", "FRIDAY, APRIL 17, 2026"])
a('slack', "wioa youth - whats the age range for kids still in school? my guy is 20 and in bridge", ['bluestem-workforce-wioa-youth.html'], ["ages 14 to 21, attending school"])
a('slack', "family is terrified of losing ssi if D.K. gets a job. who does benefits counseling around here", [BEN], ["Denise Okafor", "555-0133"])
a('slack', "kid on ssi wants to save up for the welding cert + tools. isnt there some plan where he can set $ aside and not lose ssi?", [BEN], ["Plan to Achieve Self-Support"])
a('slack', "former student, 22, on ssdi, out of school, wants long term job help. can he use his ticket w tallgrass? who do i call over there", [TEP], ["age 18 through 64", "Omar Haddad"])
a('slack', "what does tallgrass pay our kids for the school yr paid work exp placements? para asked me", [TEP], ["$12.50 per hour"])
a('slack', "unpaid work exp q - what's the max hrs for vocational exploration at one site? admin is asking", [POL], ["5 hours per job experienced"])
a('slack', "mom signed pre ets consent today. how long do i have to get the referral in per policy", [POL], ["within 10 school days after receiving signed"])
a('slack', "SOP for seniors - when does it have to be handed over by", [DOCX], ["delivered by last day of attendance"])
a('slack', "how long r we supposed to keep transition assessments + agency consent forms after a kid exits sped", [POL], ["for five years after the student exits"])
a('slack', "next step class at open prairie - when's the spring session and where is it? want to send 2 sophomores", [CIL], ["April 7 – June 9, 2026", "Tallgrass High School, Room 118"])
a('slack', "student needs to learn the fixed route bus b4 he starts at the annex. who does travel training", [CIL], ["Marcus Bell"])
a('slack', "parent of a 17yo asking about guardianship alternatives, is there a workshop? when is it", [DOCX], ["third Tuesday of October, January and April"])
a('slack', "the family night on guardianship/supported decision making this spring - whats the date", [M2], ["Tuesday, April 21, 2026"])
a('slack', "who's the voc rehab counselor for hfhs kids now? my roster still says vacant", [DOCX], ["Tomas Reyes"])
a('slack', "transition council mtgs - when and where? want to bring a parent", ['bluestem-transition-council-home.html'], ["second Thursday of every other month"])
a('slack', "ssi rate for 2026 for one person? doing a budget worksheet w a senior", [QR], ["$994 / month"])
a('slack', "S.P.'s ssi check would go to $0 w her new job. does her medicaid stop too?? mom panicking", [BEN], ["Section 1619(b)"])
a('slack', "student w iep going to flint ridge tech for welding, who handles accommodations over there", ['transition-contacts-roster-2025-26.txt'], ["Ellen Marsh", "555-0131"])
a('slack', "sophomore w CP really wants to drive. where do they do a driving eval around here and how much is it", [DIR], ["Driver Rehabilitation Evaluation", "Evaluation fee $275"])

# ---------------- lookup ----------------
a('lookup', "What is the current address of the Harlan Falls VR Office?", [VR], ["1220 Grant Avenue, Suite 200"])
a('lookup', "What are HAT Access paratransit service hours on Saturday?", [HAT], ["Saturday: 8:00 a.m. to 5:00 p.m."])
a('lookup', "How much does a book of 10 HAT Access tickets cost?", [HAT], ["10 tickets costs $18.00"])
a('lookup', "What is the enrollment cap for the Bluestem Bridge program under Policy 6170?", [POL], ["capped at 24 students"])
a('lookup', "Under Policy 6170, by when must a situational work assessment be completed for a student with a postsecondary employment goal?", [POL], ["before the end of grade 11"])
a('lookup', "What is the 2026 SGA amount for people who are statutorily blind?", [BEN], ["$2,830 per month"])
a('lookup', "What is the 2026 quarter of coverage (work credit) amount?", [QR], ["$1,890"])
a('lookup', "When and where is the ABLE Accounts 101 workshop?", ['able-accounts-faq.md'], ["February 24, 2026", "Harlan Falls Public Library"])
a('lookup', "What are the youth walk-in hours at the Bluestem Workforce Center?", ['bluestem-workforce-wioa-youth.html'], ["Wednesdays, 2:00 to 6:00 p.m."])
a('lookup', "What is the class size limit for the Next Step independent living class?", [CIL], ["Class size is limited to 12"])
a('lookup', "What income limit applies to the Guardianship Alternatives Legal Clinic at Prairie Legal Aid?", [DIR], ["under 200 percent of poverty guidelines"])

# ---------------- two-doc ----------------
a('two-doc', "A student will start Career Bridge and will ride HAT Access to the hospital. What is the first day of the internship, and what is the HAT Access one-way fare?", [CB, HAT], ["August 19, 2026", "One-way fare: $2.00"])
a('two-doc', "Who is the VR counselor for Harlan Falls High School students in 2025-26, and what is the VR office's main phone line?", [DOCX, VR], ["Tomas Reyes", "Main line 555-0110"])
a('two-doc', "What is the Career Bridge application deadline, and when is the referral window for Bluestem Bridge for 2026-27?", [CB, DOCX], ["February 27, 2026", "January 15 to March 1, 2026"])
a('two-doc', "Now that the job fair has moved, what is the exhibitor registration deadline and what phone number do exhibitors use to register?", [M2, 'transition-job-fair-2026-flyer.txt'], ["February 20, 2026", "555-0142"])
a('two-doc', "What does a one-way HAT Access ride cost now, and what did the 2023 transition handbook say it cost?", [HAT, HB], ["One-way fare: $2.00", "$1.50 per one-way ride"])
a('two-doc', "What was the non-blind SGA amount in the 2023 handbook, and what is it for 2026?", [HB, QR], ["$1,470 per month", "$1,690 / month"])
a('two-doc', "Where does the benefits counselor Denise Okafor meet families, and what is the street address of that location?", [BEN, 'bluestem-workforce-wioa-youth.html'], ["Tuesdays and Thursdays at the Bluestem Workforce Center", "300 Depot Street"])
a('two-doc', "How many students were on the Bluestem Bridge waiting list in January 2026, and what is the program's enrollment cap?", [M2, POL], ["Waiting list now at 7 students", "capped at 24 students"])
a('two-doc', "How many Pre-ETS referrals had come in through the new portal by the November 2025 Council meeting, and on what date did portal referrals start?", [M1, VR], ["63 Pre-ETS referrals", "Starting September 8, 2025"])

# ---------------- near-miss ----------------
n('near-miss', "how much is a monthly pass for hat access? family wants unlimited rides for her work schedule")
n('near-miss', "what's the actual web address for the pre ets referral portal? need the link to send parents")
n('near-miss', "Who is the VR counselor assigned to Meadowlark Academy students?")
n('near-miss', "when is the 2027 transition & job fair? want to put it on the district calendar early")
n('near-miss', "What is the 2026 Kansas 1619(b) earnings threshold for keeping Medicaid?")
n('near-miss', "next step class at open prairie - is there a fall 2026 session? what day")
n('near-miss', "What is the ABLE annual contribution limit in dollars for 2026?")
n('near-miss', "whats the phone # for the osage creek vr office? keisha used to work there")
n('near-miss', "What did the Bluestem Workforce Center summer work experience pay per hour in summer 2025?")
n('near-miss', "how much is lunch for bridge students each day? family asking about the annex")
n('near-miss', "What is the registration deadline for BVCC's Jump Start summer orientation?")
n('near-miss', "who's the principal at tallgrass hs? need to cc them on the pre ets group sessions")
n('near-miss', "What time does the Decisions at 18 workshop end?")
n('near-miss', "When does the Bluestem County Housing Authority Section 8 waiting list open in 2026?")
n('near-miss', "how many career bridge interns actually got hired after last yr's program?")
n('near-miss', "What is the direct phone number for the BVCC Testing Center?")
n('near-miss', "how long is the suspension if a rider misses 3 hat access trips in a month?")

# ---------------- off-topic ----------------
n('off-topic', "anyone have a good crockpot chili recipe for the staff potluck friday")
n('off-topic', "how do i reset my district email password, it locked me out again")
n('off-topic', "what's the weather supposed to be in harlan falls tomorrow, debating outdoor recess")

out = os.path.join(os.path.dirname(__file__), '..', 'questions.jsonl')
with open(out, 'w') as f:
    for i, (style, q, ans, src, facts) in enumerate(Q, 1):
        f.write(json.dumps({'id': f'{F}-{i:02d}', 'question': q, 'answerable': ans, 'sources': src, 'facts': facts, 'style': style}, ensure_ascii=False) + '\n')
from collections import Counter
print(len(Q), Counter(s for s, *_ in Q))
