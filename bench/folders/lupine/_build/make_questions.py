#!/usr/bin/env python3
"""Write questions.jsonl. Each entry: (style, question, sources, facts). answerable is derived from style."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "questions.jsonl")
FOLDER = "lupine"

IDVR = "idvr-bramwell-office.html"
PE26 = "pre-ets-guide-2025-26.txt"
PE25 = "pre-ets-guide-2024-25.txt"
EML = "email-swe-deadline-extended.eml"
QF = "work-incentives-2026-quick-facts.txt"
ABLE = "able-2026-update.html"
HOME = "council-home.html"
FLY = "flyer-transition-fair-2026.txt"
M26 = "minutes-2026-01-08.txt"
M25 = "minutes-2025-09-11.txt"
CART = "cart-access-rider-guide-2024.txt"
DRC = "cbcc-disability-resource-center.html"
WIOA = "wioa-youth-calder-works.html"
POL = "policy-6140-transition.txt"
HB = "transition-handbook-2025.docx"
PROV = "provider-list-2025.txt"
CRMC = "crmc-pathway-interns-2026-27.md"
FORM = "wipa-referral-form.txt"
CIL = "four-rivers-cil.html"
FAQ = "faq-families.md"
ADS = "ads-intake-memo-2024.txt"
DIR = "calder-services-directory.json"
CHK = "iep-transition-checklist.md"

Q = []


def q(style, text, sources=(), facts=()):
    Q.append((style, text, list(sources), list(facts)))


# ---------------- slack ----------------
q("slack", "hey quick q - got a junior at bramwell hs, 17 y/o, mom really wants him in the summer work thing thru voc rehab. when r apps due?? the guide says march 6 but someone at lunch said it moved",
  [EML], ["Friday, March 20, 2026"])
q("slack", "whats SWE paying kids this summer per hr? and how many hrs a week can they work, parent wants to know if it messes w his football",
  [PE26], ["$13.50 per hour", "up to 24 hours per week"])
q("slack", "who is the voc rehab liaison for bramwell high now?? our family handbook says dale k but i think thats old",
  [IDVR], ["Priya Sandoval", "(208) 555-0136"])
q("slack", "sped teacher at ostrander here. kid is 19 y/o, on SSDI, wants to pick up shifts at the hardware store. whats the trial work period amt for 2026",
  [QF], ["over $1,210"])
q("slack", "whats SGA for 2026 (not blind)? parent asking at IEP mtg tmrw and i dont want to give last yrs number",
  [QF], ["$1,690 a month"])
q("slack", "my student JT (17) gets SSI and just got hired at the grocery store. how much can she earn under the student exclusion b4 it starts counting - monthly and the yearly cap pls",
  [QF], ["up to $2,410 a month", "up to $9,730 a year"])
q("slack", "parent of one of my bridgeway guys says her son got his TBI at 29 - can he even open an ABLE acct? i always thought it was under 26",
  [ABLE], ["before age 46"])
q("slack", "grandma wants to put money in her granddaughters able acct, whats the max total that can go in for 2026",
  [ABLE], ["$19,000 for 2026"])
q("slack", "do pre ets kids have to apply to VR first?? family is super nervous about paperwork. also which form do they sign",
  [IDVR], ["do not need to apply for VR services", "Referral form (IDVR-PE-2)"])
q("slack", "how long does VR have to decide eligibility after my student applies? its been like 7 wks and nothing",
  [IDVR], ["within 60 days"])
q("slack", "ok so R.M. finally got found eligible for voc rehab last week - how long do they have to get the IPE written",
  [IDVR], ["within 90 days of the eligibility determination"])
q("slack", "is category 2 open rn for voc rehab? heard at council in the fall it was closing and i have a kid w a pretty signifcant disability waiting",
  [IDVR], ["As of January 5, 2026"])
q("slack", "where is transition council meeting now? still the library? i want to bring a parent",
  [HOME], ["Hollis Building, Room 114"])
q("slack", "whens the transition fair this yr and whats the snow date, we had 3 snow days already lol",
  [FLY], ["MARCH 12, 2026", "Thursday, March 19, 2026"])
q("slack", "student uses cart access to get to his job, whats the fare now? rider guide on my desk says $2 but mom says its more",
  [M26], ["fare is now $2.50"])
q("slack", "can a 15 y/o do travel training w cart? who do i even call for that",
  [CART], ["as young as 14", "(208) 555-0126"])
q("slack", "my kid P-14 has an IEP and is going to CBCC in the fall. does the IEP just transfer over? and what does the DRC want for documentation",
  [DRC], ["there is no IEP", "a recent IEP or 504 plan"])
q("slack", "how far ahead does a student have to book tests in the DRC testing center at cbcc? mine keeps forgetting",
  [DRC], ["five business days"])
q("slack", "is heron start still happening this summer?? dates? one of my seniors would love it",
  [DRC], ["August 3–7, 2026"])
q("slack", "kid has an IEP but family isnt low income - can he still do the wioa youth program? hes 17 and still in school",
  [WIOA], ["count as a family of one"])
q("slack", "what does calder works (wioa youth) pay for work experience? is it same as SWE",
  [WIOA], ["$13.00 an hour"])
q("slack", "new to calder valley from pine hollow where we started transition stuff at 16. what age do we start transition assessment here",
  [HB], ["when a student turns 14"])
q("slack", "mom of a junior asked what the family handbook timeline says happens at 18. i told her rights transfer but theres something about ssi too?",
  [HB], ["apply for SSI under adult rules"])
q("slack", "when r we supposed to give the transfer of rights notice, and what form is it on? i have a 17 y/o w an IEP mtg next wk",
  [POL], ["held after the student's 17th birthday", "form TR-1"])
q("slack", "how many hrs can an unpaid work experience placement be in our district? employer wants to keep him longer",
  [POL], ["120 hours per placement"])
q("slack", "bridgeway q - how old can they be? i have a kid turning 22 in march and mom is panicking",
  [POL], ["the day before the student's 22nd"])
q("slack", "how many kids can bridgeway take? and when are referrals due to anton for next yr",
  [HB], ["up to 18 students", "April 30"])
q("slack", "parent asked about the ADS waitlist for long term job supports. how long is it rn? last i heard it was over a yr",
  [M26], ["about 9 months"])
q("slack", "how early can we send the ADS intake app? senior w autism turning 18 in august",
  [M26], ["six months before a student's"])
q("slack", "need someone to do job coaching in pine hollow for a 20 y/o, who on the provider list covers pine hollow",
  [PROV], ["Summit Supported Jobs"])
q("slack", "hospital internship (pathway interns) - app deadline?? and how many spots do they have",
  [CRMC], ["April 17, 2026", "up to 10 interns"])
q("slack", "does the pathway interns thing at the hospital need the kid to have an open VR case or no",
  [CRMC], ["an open VR case is required by August"])
q("slack", "who's the benefits counselor for pine hollow kids? family mostly speaks spanish",
  [QF], ["Rafael Dunmore"])
q("slack", "how long does wipa usually take to get back to us after a referral? sent one friday",
  [QF], ["2 business days"])
q("slack", "where do i email the wipa referral form? also do they help w the initial SSI application, family hasnt applied yet",
  [FORM], ["Send completed form to: wipa-referrals@example.org", "We do NOT help with initial applications"])
q("slack", "CIL youth group - what days does it meet? student wants to go after school",
  [CIL], ["second and fourth Tuesday"])
q("slack", "does four rivers do any of the pre ets self advocacy stuff? looking for something for a 16 y/o",
  [CIL], ["Know Your Rights"])
q("slack", "new mom on my caseload asking about the parent coffee thing - when is it",
  [FAQ], ["first Wednesday of each month at 9:30 a.m."])
q("slack", "student on SSI turns 18 in may, what happens to her SSI at 18? does it still go off parents income",
  [FAQ], ["re-checks eligibility using adult rules"])
q("slack", "college road trip spring date at cbcc? want to get my 10th graders signed up",
  [PE26], ["April 9, 2026"])
q("slack", "ABLE 101 workshop - what date? and do they have childcare, mom has 3 littles",
  [ABLE], ["February 19, 2026", "register by February 12"])
q("slack", "how many SWE slots r there this yr? i have like 6 kids who want in",
  [PE26], ["32 (up from 24 in 2025)"])
q("slack", "is there a family info night for SWE? date/time?",
  [EML], ["Tuesday, March 3, 2026"])

# ---------------- lookup ----------------
q("lookup", "What is the phone number and street address of the IDVR Bramwell Field Office?",
  [IDVR], ["(208) 555-0131", "410 Larch Street, Suite 200"])
q("lookup", "What are the five required pre-employment transition services activities?",
  [IDVR], ["job exploration counseling", "instruction in self-advocacy"])
q("lookup", "Under Policy 6140, how many transition assessment instruments must be used each year?",
  [POL], ["At least two assessment instruments"])
q("lookup", "Under Policy 6140, within how many school days must the IEP team reconvene if a participating agency fails to provide the transition services in the IEP?",
  [POL], ["within 30 school days"])
q("lookup", "By what date each year must the district's interagency agreement with IDVR be reviewed?",
  [POL], ["reviewed annually by June 30"])
q("lookup", "What hourly rate does IDVR pay approved providers for job coaching?",
  [PROV], ["$48.00 per hour"])
q("lookup", "What is the maximum federal SSI payment for one person in 2026?",
  [QF], ["$994 a month"])
q("lookup", "How long does CART have to decide on a complete CART Access eligibility application?",
  [CART], ["within 21 days"])
q("lookup", "What are the Disability Resource Center's Friday hours at Calder Basin Community College?",
  [DRC], ["Friday 8:00 a.m.–noon"])
q("lookup", "What income limit applies to the Calder County Legal Aid Clinic's guardianship and supported decision-making clinic?",
  [DIR], ["under 200% of the federal poverty guidelines"])
q("lookup", "What does the sliding fee scale start at for youth and young adult behavioral health at Sagebrush Behavioral Health?",
  [DIR], ["$15 per visit"])

# ---------------- two-doc ----------------
q("two-doc", "A Bramwell High School student wants to apply for the 2026 Summer Work Experience. Who is the student's VR school liaison now, and what is the current application deadline?",
  [IDVR, EML], ["Priya Sandoval", "March 20, 2026"])
q("two-doc", "A 17-year-old on SSI will work in the 2026 Summer Work Experience. What is the SWE hourly wage, and how much of her monthly earnings can the Student Earned Income Exclusion cover in 2026?",
  [PE26, QF], ["$13.50 per hour", "up to $2,410 a month"])
q("two-doc", "What does a one-way CART Access ride cost now, and how far ahead can riders book trips?",
  [M26, CART], ["fare is now $2.50", "one to seven days before your trip"])
q("two-doc", "How long was the waiting list for extended employment services in the October 2024 ADS memo, and how long is it as of January 2026?",
  [ADS, M26], ["18 months", "about 9 months"])
q("two-doc", "Which provider took over Wren Crossing Community Works' open cases, and what phone number does the provider list give for that provider?",
  [M26, PROV], ["BrightPath Vocational", "(208) 555-0147"])
q("two-doc", "The ABLE age-of-onset rule changed. What did the families' transition FAQ say, and what is the rule in 2026?",
  [FAQ, ABLE], ["before age 26", "before age 46"])
q("two-doc", "When is the 2026 Calder County Transition Fair, and where will council meetings be held starting in February 2026?",
  [FLY, M26], ["MARCH 12, 2026", "Hollis Building, Room 114"])
q("two-doc", "A Bridgeway student applying to Pathway Interns needs a VR case. Who is the VR counselor for Bridgeway, and how long does IDVR have to decide eligibility after the application?",
  [CRMC, IDVR], ["Priya Sandoval", "within 60 days"])

# ---------------- near-miss ----------------
q("near-miss", "whats the SWE hourly wage going to be for summer 2027? family planning ahead")
q("near-miss", "what's the phone number for the Pine Hollow Life Skills Lab? parent wants to tour it")
q("near-miss", "who is the VR school liaison for the high schools in Teague County?")
q("near-miss", "what date is the fall 2026 College Road Trip at CBCC?")
q("near-miss", "what will SGA be in 2027 for non-blind folks?")
q("near-miss", "how much is a ten-ride punch card for the regular CART fixed-route buses (not paratransit)?")
q("near-miss", "what's Howard Tullis's direct phone line at IDVR?")
q("near-miss", "how many students and families came to the 2025 transition fair?")
q("near-miss", "which Employment Networks in Calder County take the Ticket to Work? need names for a 24 y/o on SSDI")
q("near-miss", "what was the ABLE annual contribution limit back in 2023?")
q("near-miss", "when is the application deadline for Speak Up peer mentoring?")
q("near-miss", "how many hours can an unpaid work experience placement be in Pine Hollow JSD #22?")
q("near-miss", "what's the deadline to request housing accommodations at CBCC's Riverside Residence Hall for fall?")
q("near-miss", "what exact date in October 2026 is the Calder Family Network guardianship alternatives workshop?")
q("near-miss", "whats the phone number for the Social Security PASS Cadre that reviews PASS plans for calder county?")
q("near-miss", "how much is the Idaho state SSI supplement per month in 2026 for someone living on their own?")
q("near-miss", "what's the street address of the Calder Works Youth Pathways office in Teague County?")

# ---------------- off-topic ----------------
q("off-topic", "anyone have a good crockpot chili recipe for the staff potluck friday?")
q("off-topic", "how do i reset my district laptop password, it locked me out again")
q("off-topic", "who should i pick up off waivers in fantasy football this week")

with open(OUT, "w") as f:
    for i, (style, text, sources, facts) in enumerate(Q, 1):
        answerable = style not in ("near-miss", "off-topic")
        rec = {"id": f"{FOLDER}-{i:02d}", "question": text, "answerable": answerable,
               "sources": sources, "facts": facts, "style": style}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(Q), "questions")
