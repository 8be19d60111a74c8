import json
A='agencies/vr-what-to-expect.html'; B='community/ridgeline-parent-faq.md'
C='agencies/caney-fork-fee-schedule-fy2027.txt'; D='school/pell-county-transition-timeline-2026-27.docx'
E='college/tscc-accessibility-services-guide-2026-27.txt'; F='community/summer-works-2027-flyer.md'
G='community/chcil-newsletter-2026-12.eml'; H='benefits/work-incentives-quick-sheet-2026.md'
I='community/caney-valley-transit-rider-guide.txt'; J='cooperative/uctc-calendar-and-roster-2026-27.md'
K='benefits/medicaid-hcbs-waivers-explainer.md'; L='agencies/pre-ets-referral-instructions.txt'
M='agencies/ajc-wioa-youth-program.md'; N='cooperative/uctc-resource-directory.json'
Q=[]
def q(style, text, src=None, facts=None):
    ans = style not in ('near-miss','off-topic')
    Q.append({"question":text,"answerable":ans,"sources":src or [],"facts":facts or [],"style":style})
S='slack'
q(S,"prepping my team on pre-ets referrals - last yr how many got sent back bc the consent page wasnt signed?",[L],["22"])
q(S,"what time is walk in intake at the marrowfield voc rehab office? family wants to just show up",[A],["Tuesdays","11:30"])
q(S,"mom is asking how long VR gets to decide if her son is eligible after she applies, and then how long after that til the IPE has to be done",[A],["60 days","90 days"])
q(S,"whats caney fork billing VR per hr for job coaching this fy",[C],["$48.50"])
q(S,"family wants to private pay for discovery w/ caney fork bc they dont want to wait on VR. what does that run",[C],["$2,100.00"])
q(S,"summer works pay rate this yr? and when r the apps due",[F],["$12.00","April 2, 2027"])
q(S,"my student is 15 and really wants to do summer works but shes not 16 til august. is there anything for her",[F],["Career Camp"])
q(S,"senior dual enrolled at tolliver state in the spring - when does she need her paperwork in to have accomodations on day 1",[E],["December 14, 2026"])
q(S,"how far ahead does a kid have to book a test at the tscc testing center w/ extended time",[E],["5 business days"])
q(S,"pathways student needs ACCESS paratransit. once CVT gets the app how long do they have to decide",[I],["21 days"])
q(S,"how much is a one way ride on ACCESS paratransit",[I],["$3.00"])
q(S,"dial a ride out in tolliver co - how far ahead do we book it and whats the reduced fare for a kid with a disability",[I],["48 hours","$2.50"])
q(S,"SEIE monthly limit for 2026?? parent asking before summer works",[H],["$2,410"])
q(S,"whats SGA for someone whos blind this yr",[H],["$2,830"])
q(S,"family thinks ABLE is only if disability started before 26. is that still the cutoff?",[H],["before age 46"])
q(S,"where do we send pre-ets referrals now, is there a general inbox? dont want to email marcus directly",[L],["pre-ets.marrowfield@example.org"])
q(S,"pell co iep mtg coming up for a 16 y/o — when is the transfer of rights talk supposed to happen",[D],["17th birthday"])
q(S,"when do pell seniors have to have their SOP by this spring",[D],["May 14, 2027"])
q(S,"pathways referrals for next yr due when? and who's the lead teacher over there",[D],["March 31, 2027","Owen Scarbrough"])
q(S,"sped case mgr here, whats the deadline to get ACT accommodation forms to our test coordinator",[D],["December 4, 2026"])
q(S,"CIL youth leadership retreat - how much does it cost and when is the app due",[G],["$40","January 29, 2027"])
q(S,"grandma needs a ramp, who do i call at the CIL for that",[G],["555-0162"])
q(S,"how much is the independent living bootcamp in jan",[G],["$15"])
q(S,"family just moved to pell co, 17 y/o still in HS w/ an IEP, mom asked about the WIOA youth program at the job center. can he sign up there now?",[M],["out-of-school youth only"])
q(S,"ajc youth work experience pays what per hr",[M],["$11.50"])
q(S,"parent asked me what conservatorship usually costs around here, ballpark?",[B],["$1,500","$4,000"])
q(S,"when's the next ridgeline alternatives to conservatorship workshop after the jan one, and do they do childcare",[B],["April 13, 2027","Childcare is provided"])
q(S,"when is the transition fair and whats the table fee for for-profit vendors",[J],["March 11, 2027","$75"])
q(S,"medicaid waivers 101 in feb - date and where?",[K],["February 23, 2027","Marrowfield Public Library"])
q(S,"how many of our kids are on an hcbs referral list rn and not enrolled",[K],["23"])
q(S,"ssi resource limit for an 18 y/o living at home?",[H],["$2,000"])
q(S,"student is done w school, earns $800/mo at his job, how much would his ssi check be",[H],["$636.50"])
q(S,"tscc first step bridge — what dates in 2027 and how many spots",[E],["July 20","30 students"])
q(S,"who's the accessibility coordinator at tolliver state for students whose last name starts w M",[E],["Benavides","555-0154"])
q(S,"kid needs interview clothes, the halesburg closet - what days is it open",[N],["third Saturdays"])
q(S,"does tolliver co schools have an 18-21 program like pathways or no",[N],["does not operate a separate 18-21 program"])
q(S,"how much does caney fork get for job dev milestone 3 and what has to happen before they can bill it",[C],["$1,400.00","90 days"])
q(S,"CVT travel training usually takes how many sessions?",[I],["4 to 10 sessions"])
q(S,"student on SSI started working - by when does he have to report wages to SSA each month",[H],["10th day"])
LK='lookup'
q(LK,"What is the main phone number for the Marrowfield Area Office of vocational rehabilitation?",[A],["555-0111"])
q(LK,"Within how many business days will the Pre-ETS specialist contact the school case manager after receiving a complete referral?",[L],["10 business days"])
q(LK,"What is the referral cutoff for fall Pre-ETS group classes in 2026-2027?",[L],["September 18, 2026"])
q(LK,"What is Caney Fork's rate for work-based learning site supervision?",[C],["$42.00"])
q(LK,"When will Caney Fork post its proposed FY2028 rates?",[C],["May 1, 2027"])
q(LK,"How long does ACCESS paratransit eligibility last, and how early is the renewal letter sent?",[I],["3 years","60 days"])
q(LK,"Where is the Tolliver County VR satellite office, and what days is it open?",[A],["Creekmont Public Library","Wednesdays only"])
q(LK,"Within how many days of an incident must a formal disability grievance be filed at Tolliver State Community College?",[E],["30 calendar days"])
q(LK,"What is the maximum for supportive services per program year in the WIOA Youth Program at the American Job Center?",[M],["$600"])
q(LK,"When does the CHCIL ramp program start taking new applications?",[G],["January 4, 2027"])
q(LK,"How many Pre-ETS referrals did the cooperative have in 2025-2026?",[J],["187"])
T='two-doc'
q(T,"For Summer Works, what administrative percentage does Caney Fork add on top of student wages, and when is the family orientation?",[C,F],["9%","May 22, 2027"])
q(T,"17 y/o on SSI is doing Summer Works — what's the hourly pay, and how much a month can she earn in 2026 before SSI counts it?",[F,H],["$12.00","$2,410"])
q(T,"Tolliver county student headed to TSCC, last name Adams: who is her VR transition counselor, and who's her accessibility coordinator at the college?",[A,E],["Keisha Landry","Beth Ann Lusk"])
q(T,"what's the pre-ets referral cutoff to get a kid into summer works, and the summer works application deadline?",[L,F],["March 26, 2027","April 2, 2027"])
q(T,"What's Grace Yoon's phone number, and which cooperative meeting is she presenting benefits planning at?",[H,J],["555-0171","September 9, 2026"])
q(T,"how much is an ACCESS paratransit ride, and when is the CHCIL info session on applying for paratransit?",[I,G],["$3.00","January 13, 2027"])
q(T,"Who is the only HCBS supported employment provider in our two counties, and what is its VR job coaching hourly rate?",[K,C],["Caney Fork Employment Services","$48.50"])
NM='near-miss'
q(NM,"what does caney fork charge for benefits counseling sessions?")
q(NM,"whats the 2027 SEIE monthly limit? need it for january")
q(NM,"when are senior exit IEPs due in tolliver county schools this year?")
q(NM,"what's the phone number for the Tolliver State Marrowfield Center?")
q(NM,"How much is the CHCIL Cooking on a Budget series in April 2027?")
q(NM,"how much is a monthly bus pass on caney valley transit")
q(NM,"who is the transition coordinator for Grundage County schools?")
q(NM,"What's the fax number for the Tolliver County VR satellite office in Creekmont?")
q(NM,"what is the 1619(b) threshold for tennessee in 2026")
q(NM,"What did Summer Works pay students per hour in 2026?")
q(NM,"when do project search applications open for pell county?")
q(NM,"whats owen scarbrough's email at pathways")
q(NM,"does ridgeline charge a late fee if we keep lending library books past 4 weeks? how much")
q(NM,"how many summer works completions were there in 2024-2025?")
OT='off-topic'
q(OT,"anyone have a good slow cooker chili recipe for the staff potluck friday")
q(OT,"how do i reset my outlook password, it locked me out again")
q(OT,"who won the titans game sunday")
with open('/work/blind/juniper/questions.jsonl','w') as f:
    for i,x in enumerate(Q,1):
        x={"id":f"juniper-{i:02d}",**x}
        f.write(json.dumps(x, ensure_ascii=False)+"\n")
from collections import Counter
print(len(Q), Counter(x['style'] for x in Q))
