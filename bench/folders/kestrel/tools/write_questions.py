#!/usr/bin/env python3
"""Writes questions.jsonl (kept so the question set can be regenerated and reviewed)."""
import json, os
K = {
 'docx': 'hbisd-transition-handbook-2026-27.docx', 'preets': 'mvas-pre-ets.html', 'apply': 'mvas-apply-for-vr.html',
 'pmcc': 'pmcc-accessibility-services.html', 'fares': 'hcat-fares-2026.html', 'rider24': 'hcat-rider-guide-2024.txt',
 'cmh': 'hbcmh-transition-age-youth-policy.txt', 'waiver': 'hbcmh-waiver-faq.txt', 'ssa': 'ssa-work-incentives-2026-table.txt',
 'fam25': 'family-benefits-guide-2025.md', 'able': 'able-pass-quick-guide.md', 'nwa': 'nwa-wioa-youth-guide.md',
 'iaa': 'interagency-agreement-2025-2028.md', 'flyer': 'summer-work-experience-flyer-2027.md', 'eml': 'summer-work-referral-deadline-change.eml',
 'json': 'heron-birch-services-directory.json', 'cil': 'tpcil-faq.md', 'tor': 'transfer-of-rights-notice-template.txt',
 'sop': 'summary-of-performance-guidance.md', 'dm': 'decision-making-options-fact-sheet.md', 'ttw': 'ticket-to-work-one-pager.md',
 'min': 'transition-council-minutes-2026-09-17.md', 'night': 'family-transition-night-flyer.txt', 'dir': 'isd-transition-staff-directory.txt',
 'bridge': 'career-bridge-internship.html',
}
Q = []
def a(style, q, srcs, facts): Q.append((style, q, True, [K[s] for s in srcs], facts))
def n(style, q): Q.append((style, q, False, [], []))

# ---- slack (40) ----
a('slack', "mom of JR (15, has a 504 not an IEP) asking if he can get pre ets or does he have to apply to voc rehab first?? what ages does it cover", ['preets'], ['does not have to apply', '14 through age 25'])
a('slack', "kid on my caseload turns 17 in dec. when do i have to give the transfer of rights notice - at the iep before that bday or after?", ['tor'], ["IEP meeting held before the student's", 'at least one year before the rights transfer'])
a('slack', "parent says dial a ride is a dollar w/ the reduced fare id, is that still right? dont want to give wrong info at the IEP mtg", ['fares'], ['$1.25', 'July 1, 2026'])
a('slack', "19 y/o in bridgeway, new family moving in from out of state - what days does bridgeway meet and what are the hours", ['docx'], ['Monday through Thursday', '8:30 a.m. to 2:30 p.m.'])
a('slack', "AB works at the grocery after school, gets ssi, goes to cold spring hs. family asking whats the student earned income exclusion for 2026 - monthly and yearly", ['ssa'], ['$2,410', '$9,730'])
a('slack', "family applied to mvas for voc rehab back in sept and feels like its taking forever. how long does mvas actually have to decide eligibility", ['apply'], ['60 days'])
a('slack', "student w/ autism starting at pmcc next fall. how far ahead does she need to request accomodation letters? also where is the testing center now, i thought it was in thornton", ['pmcc'], ['at least three weeks before the semester begins', 'L-08'])
a('slack', "TM is 17 and on the childrens waiver thru cmh, mom is freaking out about what happens at 18. does the waiver just end??", ['waiver'], ['ends at age 18', 'Habilitation Supports Waiver'])
a('slack', "whats the deadline for summer work experience referrals? i have the flyer on my wall that says march 15", ['eml'], ['March 1, 2027'])
a('slack', "how much do kids get paid in the summer work experience thing summer 2027", ['flyer', 'eml'], ['$15.00'])
a('slack', "dad of a student asked me abt ABLE accounts - her TBI happened at 30. is that too old now or did the age change", ['able'], ['before age 46'])
a('slack', "does tall pines charge families anything?? parent worried about cost of their youth stuff", ['cil'], ['Our services are free'])
a('slack', "who is the pre-ets coordinator at the port maren mvas office and whats her #", ['preets', 'dir'], ['Lena Sorensen', '555-0122'])
a('slack', "ok maybe dumb q but does cmh refer to sheltered workshops? KL's parent wants that for him after graduation", ['cmh'], ['does not operate sheltered workshops'])
a('slack', "JP just turned 18. got denied SSI at age 12 bc of parents income. is it worth reapplying now?", ['fam25'], ["parents' income no longer counts"])
a('slack', "career bridge at the hospital - when r apps due for next yr and how many interns do they take", ['bridge'], ['February 12, 2027', 'Up to 10 interns'])
a('slack', "student in wick harbor, 17, still in school, wants wioa youth. family income is kinda over the limit - does her disability change how they count income?", ['nwa'], ['family of one'])
a('slack', "who is cmh's new transition age youth coordinator? the lady we used to work with retired", ['min', 'dir'], ['Priya Natarajan'])
a('slack', "parent wants the hcat reduced fare id for her son. where does she go and what does it cost now", ['fares'], ['30 Depot Street', '$3.00'])
a('slack', "how far ahead do i have to send the iep invite so someone from cmh can come", ['cmh'], ['at least 10 school days'])
a('slack', "student gets CDB off his dads record and wants more hours at the hardware store. whats SGA for 2026 (not blind)", ['ssa'], ['$1,690'])
a('slack', "bridgeway referral due date for fall?? and how many seats are there total", ['docx'], ['April 1', '24 seats'])
a('slack', "EG uses a wheelchair and family needs a ramp at home (they rent). does tall pines still build ramps and how long is the wait", ['cil', 'json'], ['about four months'])
a('slack', "who's our mvas vr liaison for the birch county high schools? need a phone #", ['dir'], ['Ines Carvalho', '555-0124'])
a('slack', "student is 22 with schizophrenia, getting cmh services, wants a job. cmh mentioned IPS - does he have to be job ready first?", ['cmh'], ['no one who wants to work is turned away'])
a('slack', "family transition night - is there childcare, and what time does it start/end", ['night'], ['Free childcare', '6:00 - 8:00 PM'])
a('slack', "do i have to write a SOP for a kid leaving w/ a certificate of completion who's going on to bridgeway next yr?", ['sop'], ['An SOP is not required'])
a('slack', "family in linden crossing wants to use dial a ride on saturdays to get to a job. does saturday service go out there?", ['fares'], ['Port Maren city limits only'])
a('slack', "mom of DW (16) asks can he be in nextstep youth and still get pre-ets from mvas at the same time", ['nwa'], ['co-enrollment', 'at the same time'])
a('slack', "his IEP had shortened assignments. will pmcc do that in college or nah", ['pmcc'], ['accommodations, not modifications'])
a('slack', "quick one - max ssi federal payment 2026 single person?", ['ssa'], ['$994'])
a('slack', "parent called the cmh access center yesterday for her 15 y/o. how long til they get an intake appt usually", ['cmh'], ['within 14 calendar days'])
a('slack', "parent wants guardianship for her son (18, down syndrome, lives in port maren). whats the filing fee and can it be waived if they cant pay", ['dm'], ['$175', 'may waive it'])
a('slack', "nextstep youth paid work experience - how many hrs can a kid get and does the business have to pay anything", ['nwa'], ['up to 200 hours', 'host business pays nothing'])
a('slack', "when is the next transition council mtg? missed the sept one", ['min'], ['November 19, 2026'])
a('slack', "my student is 18 and gets SSI (not ssdi). can she use ticket to work or is that only ssdi", ['ttw'], ['ages 18 through 64'])
a('slack', "sent a PE-1 for a student last week. how soon should mvas reach out to the family", ['preets', 'iaa'], ['10 business days'])
a('slack', "unpaid career exploration placement at the vet clinic - is there a max # of hours per site?", ['docx'], ['90 hours per site'])
a('slack', "KB is 20 and her family wants her at a 14c workshop making subminimum. can the school set that up as part of her program", ['iaa'], ['will not place students in subminimum wage work'])
a('slack', "mvas closed category 3 - does that mean kids already getting pre-ets get cut off??", ['preets'], ['may continue to receive Pre-ETS'])

# ---- lookup (10) ----
a('lookup', "What are the five required Pre-Employment Transition Services activities?", ['preets'], ['Job exploration counseling', 'Work-based learning experiences', 'Workplace readiness training', 'Instruction in self-advocacy'])
a('lookup', "Within how many days after the eligibility determination must the Individualized Plan for Employment be developed?", ['apply'], ['90 days'])
a('lookup', "What is the 2026 trial work period month amount?", ['ssa'], ['$1,210'])
a('lookup', "What is the Dial-A-Ride reservation deadline?", ['fares'], ['4:00 p.m. the business day before'])
a('lookup', "Under HBCMH Policy 4.12, when does transition planning for the move to adult services begin?", ['cmh'], ["the youth's 17th birthday"])
a('lookup', "Which part of HBISD Form SE-60 is the student perspective section?", ['sop'], ['Part 5'])
a('lookup', "Under the interagency agreement, how often does MVAS report Pre-ETS numbers to the Transition Council?", ['iaa'], ['each quarter', 'January 15'])
a('lookup', "For how long must WIOA Youth follow-up services be provided after participation ends?", ['nwa'], ['not less than 12 months'])
a('lookup', "What is the PMCC Testing Center proctoring fee for non-PMCC exams?", ['json'], ['$30 per exam'])
a('lookup', "When can a patient advocate make medical decisions under a patient advocate designation?", ['dm'], ['unable to participate'])

# ---- two-doc (8) ----
a('two-doc', "A student applying to Career Bridge has to apply to MVAS first. How long does MVAS have to decide eligibility, and when are Career Bridge applications due?", ['apply', 'bridge'], ['60 days', 'February 12, 2027'])
a('two-doc', "Birch County student, 19, can't get to a summer job in Port Maren. Can HCAT pick her up at home, and can the Commission on Aging van take her?", ['fares', 'json'], ['does not provide trips that begin in Birch County', 'age 60 and older'])
a('two-doc', "Young adult on SSDI wants to try work: what counts as a trial work period month in 2026, and what review does using a Ticket protect him from?", ['ssa', 'ttw'], ['$1,210', 'medical continuing disability review'])
a('two-doc', "For a young adult with a developmental disability in supported employment, what does MVAS pay for versus HBCMH, and who is HBCMH's single point of contact for schools under the interagency agreement?", ['cmh', 'iaa'], ['time-limited job development', 'Transition-Age Youth Coordinator'])
a('two-doc', "Will PMCC accept an old IEP as disability documentation, and what does HBISD say to attach to the Summary of Performance for a college?", ['pmcc', 'sop'], ['within the last three years', 'attach the most recent evaluation report'])
a('two-doc', "At Family Transition Night, which room has the SSI-at-18 session, and what is the review SSA does at 18 called?", ['night', 'fam25'], ['Room A', 'age-18 redetermination'])
a('two-doc', "Can a 19-year-old stay with the HBCMH children's team, and at what age do IEP rights transfer in Michigan?", ['cmh', 'tor'], ['until age 21', 'the age of majority is 18'])
a('two-doc', "For a Birch County student: where can they see a NextStep youth advisor without going to Port Maren, and when are MVAS Pre-ETS group workshops held at the district office?", ['nwa', 'json'], ['Alder Falls Public Library', 'Wednesdays, 3:30-5:00 p.m.'])

# ---- near-miss (15) ----
n('near-miss', "what's the michigan 1619(b) earnings threshold for 2026? student's ssi check is about to stop from earnings")
n('near-miss', "What is the substantial gainful activity amount for 2027?")
n('near-miss', "whats the fax number for pmcc accessibility services, family wants to fax the eval")
n('near-miss', "When are Career Bridge applications due for the 2028-29 program year?")
n('near-miss', "what was the referral deadline for the 2026 summer work experience? trying to figure out if were earlier this yr")
n('near-miss', "How many Habilitation Supports Waiver slots does HBCMH currently have open?")
n('near-miss', "family lives in cold spring (birch county) - whats the guardianship filing fee at the birch county probate court?")
n('near-miss', "How many paid summer work experience slots did MVAS have in 2025?")
n('near-miss', "What is the 2026 Michigan state supplement added to SSI for someone living on their own?")
n('near-miss', "does nextstep youth pay for child care as a supportive service? teen mom on my caseload, whats the limit")
n('near-miss', "What is the 2026 dollar limit for extra ABLE to Work contributions from a worker's own pay?")
n('near-miss', "When do PMCC classes begin for fall 2027?")
n('near-miss', "whats the income cutoff for the mvas financial needs test for college tuition help? family makes about 70k")
n('near-miss', "what will the driver rehab evaluation at the hospital cost in 2027?")
n('near-miss', "How many Birch County students received Pre-ETS in the 2025-26 school year?")

# ---- off-topic (3) ----
n('off-topic', "anyone have a good crockpot chili recipe for the staff potluck friday")
n('off-topic', "How do I reset my district laptop password?")
n('off-topic', "who won the world series in 2025")

out = os.path.join(os.path.dirname(__file__), '..', 'questions.jsonl')
with open(out, 'w') as f:
    for i, (style, q, ans, srcs, facts) in enumerate(Q, 1):
        f.write(json.dumps({'id': f'kestrel-{i:02d}', 'question': q, 'answerable': ans, 'sources': srcs, 'facts': facts, 'style': style}, ensure_ascii=False) + '\n')
from collections import Counter
print(len(Q), Counter(s for s, *_ in Q))
