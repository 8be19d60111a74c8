import json, os
OUT = os.path.join(os.path.dirname(__file__), '..')
F = {n[:2]: n for n in os.listdir(os.path.join(OUT, 'knowledge'))}
Q = []
def q(style, text, srcs=(), facts=(), ans=True):
    Q.append(dict(question=text, answerable=ans, sources=[F[s] for s in srcs], facts=list(facts), style=style))
S = 'slack'
# ---- slack ----
q(S, "new kid on my caseload, 15 y/o w/ IEP. mom wants to know does he have to apply to voc rehab first before he can do pre ets?", ['01'], ["Students do not have to apply"])
q(S, "whats the age range for pre ets here?? have a 22 yr old in bridges asking if he can still go to the groups", ['01'], ["age 14 through 21"])
q(S, "who's the pre ets person for quill creek now? and whats their #", ['01'], ["Marcus Oyelaran", "402-555-0113"])
q(S, "sorry dumb q - pre ets consent form, is it the PE-2? and does a 19 y/o sign it herself or still mom", ['01'], ["form PE-2", "Students 19 and older sign for themselves"])
q(S, "my junior (A.R., autism) really wants the summer job thing. when is the app due this yr", ['03'], ["MARCH 27, 2026"])
q(S, "how much do summer work kids get paid this summer? parent asking if its still 13.50", ['03'], ["$15.00 per hour"])
q(S, "summer work program 2026 - what are the actual dates? trying to plan around ESY", ['03'], ["June 8 - July 31, 2026"])
q(S, "when r the summer work interviews, need to tell a family so they can get off work", ['03'], ["Week of April 13, 2026"])
q(S, "voc rehab group orientation - still tuesday mornings?? sending a family over next week", ['05'], ["Thursdays at 1:30 p.m."])
q(S, "is there a virtual voc rehab orientation? dad works days and cant do afternoons", ['05'], ["first Monday of each month"])
q(S, "student got found eligible for VR but they put him in category 3 (waitlist). he was already in pre ets groups before he applied - can he keep going to those?", ['05'], ["can keep receiving Pre-ETS"])
q(S, "how long does VR have to decide eligibilty after a kid applies? family is getting antsy", ['04'], ["within 60 days"])
q(S, "VR found my student eligible in nov, how long til the IPE has to be done?", ['04'], ["within 90 days of the eligibility"])
q(S, "who's the VR counselor for LHS now that owen left?? need to send a referral today. number?", ['09'], ["Tamsin Greer", "402-555-0124"])
q(S, "does tamsin have office hrs at the high school or do kids have to go to cottonwood ave", ['09'], ["every other Thursday"])
q(S, "at what age does transition planning have to start in LPS IEPs? i thought 16 like federal", ['06'], ["turns fourteen (14)"])
q(S, "transfer of rights notice - by when do we have to give it and whats the form #", ['06'], ["eighteenth (18th) birthday", "form SE-19"])
q(S, "what age do rights transfer in NE? parent thinks its 18", ['06'], ["nineteen (19)"])
q(S, "how many days before an IEP mtg w/ transition does the notice have to go out", ['06'], ["ten (10) calendar days"])
q(S, "which form is the consent to invite VR to an iep mtg? cant find it", ['06'], ["form SE-41"])
q(S, "when are we supposed to give families the DD application info? is it 17th bday or 18th", ['06'], ["seventeenth (17th) birthday"])
q(S, "bridges q - what time do kids get out on fridays? and is tuesday job sampling all day or just mornings", ['07'], ["Early release at 1:30 p.m.", "Job sampling at work sites"])
q(S, "how many students can bridges take this yr? we have 3 seniors who might need it", ['07'], ["capped at 16 students"])
q(S, "who's the job developer for bridges", ['07'], ["Simone Tillery"])
q(S, "student (H.K., 19) starting at PRCC next fall - will his IEP just go with him? also mom wants to call the college and set up his accomodations for him, can she?", ['10'], ["do not transfer to college", "parents cannot make the request"])
q(S, "how early should a kid submit the accomodation request at prcc so its ready day 1", ['10'], ["at least four weeks before the term starts"])
q(S, "where is the prcc disability office physically? taking a group on a tour", ['10'], ["Room 118"])
q(S, "does pathways at prcc take pell? and when are apps due, i have a senior w/ ID", ['11'], ["Pell Grants", "February 1"])
q(S, "kid on SSI (17, still in school) got hired at hy-val. how much can he earn a month before it hits his SSI in 2026?", ['12'], ["$2,410 a month"])
q(S, "parent asking abt ABLE acct - her son's TBI happened at 30. can he open one now or is it only under 26", ['12'], ["before age 46"])
q(S, "whats SGA for 2026? non blind", ['12'], ["$1,690"])
q(S, "TWP month amount this yr?", ['12'], ["$1,210"])
q(S, "who does benefits planning around here? family w/ SSDI (CDB) freaking out abt a job offer", ['12'], ["Arthur Kessling", "402-555-0195"])
q(S, "wioa youth - can a 20 y/o still in school get in as in-school youth? and what do they pay for work experience", ['14'], ["ages 14 to 21", "$14.00 per hour"])
q(S, "youth works walk in hours for enrollment?", ['14'], ["Mondays and Wednesdays"])
q(S, "transition fair is still march 12 at the LHS gym right?? thats what the flyer says", ['16'], ["March 19, 2026", "Prairie Ridge Community College Commons"])
q(S, "how long is the wait for a bluestem job coach rn", ['16'], ["about ten weeks"])
q(S, "travel training at sandhill - how often do they meet w the kid? and is there a cost, family is low income", ['19'], ["twice a week", "All Sandhill CIL services are free"])
q(S, "lift fare went up?? how much is a ride now", ['23'], ["$2.50"])
q(S, "can my 20 y/o bridges kid get the student fare on lift or is that only under 18", ['23'], ["Student fare (ages 6-21)"])
q(S, "when's the supported decision making workshop at sandhill? mom doesnt want guardianship", ['19'], ["third Tuesday of every month"])
# ---- lookup ----
L = 'lookup'
q(L, "What are the five required Pre-Employment Transition Services activities?", ['01'], ["Job exploration counseling", "Instruction in self-advocacy"])
q(L, "What is the street address of the Nebraska VR Bellhaven Area Office?", ['01'], ["410 Cottonwood Avenue"])
q(L, "Under Policy 6160, what is the maximum staffing ratio in the Bridges Program during community instruction?", ['06'], ["one adult to four students"])
q(L, "Under Policy 6160, how long does a student without a regular diploma remain eligible for special education?", ['06'], ["end of the school year in which the student turns twenty-one"])
q(L, "How far ahead must Testing Center appointments be booked at Prairie Ridge Community College?", ['10'], ["three business days"])
q(L, "What is the federal SSI payment for an individual in 2026?", ['12'], ["$994 per month"])
q(L, "Which Employment Network in Larkspur County accepts Tickets, and what ages does Ticket to Work cover?", ['12'], ["Bluestem Supports", "ages 18 through 64"])
q(L, "Within how many days must Larkspur Lift decide on a complete ADA paratransit eligibility application?", ['22'], ["21 days of receiving"])
q(L, "Which payroll partner pays students in the 2026 Summer Work Experience?", ['03'], ["Keystone Staffing"])
q(L, "What fee does the services directory list for ASL interpreting from Heartland Interpreting?", ['18'], ["$65 per hour, two-hour minimum"])
q(L, "How soon after a referral does Bluestem Supports' intake coordinator call the person?", ['21'], ["5 business days"])
# ---- two-doc ----
T = 'two-doc'
q(T, "How many people are on the Category 3 waiting list at the Bellhaven office, and who should families call with questions about the waiting list?", ['16', '05'], ["The Bellhaven office has 27", "Renata Haldane"])
q(T, "A Larkspur High junior wants to apply for VR: who is the current VR counselor for the school, and when are group orientations held now?", ['09', '05'], ["Tamsin Greer", "Thursdays at 1:30 p.m."])
q(T, "How did the hourly pay for the VR summer work program change between 2025 and 2026?", ['02', '03'], ["$13.50 per hour", "$15.00 per hour"])
q(T, "What was the non-blind SGA amount in 2025 and what is it in 2026?", ['13', '12'], ["$1,620 / month", "$1,690"])
q(T, "How much does a Larkspur Lift 10-ride punch card cost now, and who pays for Bridges students' punch cards?", ['23', '07'], ["$22.50", "Bridges buys Lift punch cards"])
q(T, "By what age must LPS give families DD application information, and how long can the DD eligibility determination take?", ['06', '16'], ["seventeenth (17th) birthday", "up to 90 days"])
q(T, "Who do families call to request accommodations for the 2026 Transition Fair, and which agency is providing the ASL interpreters?", ['17', '16'], ["Gwen Albrecht at 402-555-0130", "Heartland Interpreting"])
q(T, "When does the benefits planning youth clinic meet at the Bellhaven Area Office now, and when did it meet according to the 2025 sheet?", ['12', '13'], ["every second Tuesday of the month", "first Tuesday of each month"])
# ---- near-miss ----
N = 'near-miss'
for t in [
 "how much do bridges job sampling sites pay the students per hour?",
 "who is the VR counselor for Dunmore Public Schools?",
 "when is the 2027 Larkspur County transition fair?",
 "how much is PRCC tuition per credit hour for a pathways student?",
 "what's the ABLE account annual contribution limit for 2026?",
 "what were the SGA and TWP amounts back in 2024? doing an overpayment review",
 "once a student is found eligible for DD, how long is the wait for waiver services?",
 "who is the principal at larkspur high? need to cc them on the transition policy question",
 "what's Tamsin Greer's fax number? family only has a fax",
 "how many students graduated from Pathways at PRCC in 2025?",
 "what date does the 2026 Youth Leadership Academy at Sandhill start?",
 "how many hours a week can a youth works kid do in paid work experience?",
 "how much is a monthly unlimited pass on larkspur lift?",
 "what's the bridges enrollment cap for 2026-27?",
 "what is the Client Assistance Program's email address?",
 "how much does PRCC charge for the Jump Start summer orientation?",
]:
    q(N, t, ans=False)
O = 'off-topic'
q(O, "anyone have a good sourdough starter ratio? trying to bake for the staff potluck", ans=False)
q(O, "how do i reset my district chromebook password, it locked me out again", ans=False)
q(O, "who won the nebraska state volleyball tournament this year?", ans=False)
with open(os.path.join(OUT, 'questions.jsonl'), 'w') as f:
    for i, x in enumerate(Q, 1):
        f.write(json.dumps({'id': f'nettle-{i:02d}', **x}) + '\n')
from collections import Counter
print(len(Q), Counter(x['style'] for x in Q), sum(1 for x in Q if x['style']=='slack' and len(x['facts'])==2))
