import json, csv, sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
import match
K2ID = {v:k for k,v in match.KEY.items()}
P = {"cil":"pages/bvcil-youth-transition.html","vr":"pages/vr-pre-ets-guide-for-school-staff.md",
     "vtd":"pages/valley-transit-rider-guide-excerpt.txt","bfn":"pages/bridges-family-network-events.html"}
def src(x): return P[x[2:]] if x.startswith("p:") else f"directory/services.csv#{K2ID[x]}"
Q = [
("slack","whats the number for the WIPA benefits people? family wants to ask about ssi + working",["wipa_cwic"],["1-800-555-0199"]),
("slack","student's mom asking how much dial a ride costs per trip in marlow",["vtd_dar","p:vtd"],["$2.50"]),
("slack","what does a family need to bring to the VR intake/orientation? ID and what else",["vr_intake"],["Social Security card"]),
("slack","harbor house overnight respite - how much per night if the family doesnt have medicaid",["harbor_overnight"],["$225 per night"]),
("slack","when is lusk dd staff out in tilden? family cant get to pendry",["lcdd_elig"],["Tuesdays"]),
("slack","how much is the GED test at bvcc? kid is 17, dropped out in oct",["bvcc_abs"],["$38 per subject"]),
("slack","riverbend summer crew in stillwater jct - when is the app due and what does it pay",["rbw_crew"],["May 1","$15.05"]),
("slack","which form do parents fill out for DD eligibility in halvorsen county?",["hcddp_elig"],["DD-02"]),
("lookup","What is the application deadline for Fenwick College's LAUNCH Inclusive College Program?",["fc_launch"],["February 1"]),
("slack","marlow friday night teen club - which fridays and how much? 16yo w autism would love it",["mpr_teen"],["2nd and 4th Friday","$5 per night"]),
("slack","parent wants to call DRLC about a sped issue (expulsion hearing). when do they do intake?",["drlc_sped"],["Mon-Thu 9 AM-12 PM","541-555-0171"]),
("slack","does the lusk respite co-op cost anything? whats the catch lol",["lfrc_coop"],["2 shifts per year"]),
("lookup","How far ahead must a BVCC student request accommodations from the Disability Resource Center each term?",["bvcc_drc"],["at least 3 weeks before classes"]),
("slack","need an ASL interpreter for an IEP mtg - how much notice does VDHHS need and what do they charge the district",["vdhh_asl"],["5 business days","$65/hour"]),
("slack","anyone know what the adaptive driving eval costs at valley rehab? 17yo w CP wants to drive",["vrh_drive"],["$395"]),
("lookup","How does a household apply for a Mainstream Voucher from the Halvorsen County Housing Authority?",["hcha_mainstream"],["referred by a partner agency"]),
("slack","where do i email the pre-ets referral for pathway? the PE-3",["pep_preets"],["preets@pathwayemployment.example.org"]),
("slack","whats the min age for VTD travel training? i have a 7th grader (12) who wants to learn",["vtd_travel","p:vtd"],["12"]),
("lookup","What is the number for the Lusk County crisis line?",["lcmh_crisis"],["541-555-0182"]),
("slack","bvcc adult basic skills - when is new student orientation? 17 y/o w district release",["bvcc_abs"],["Mondays 1 PM"]),
("slack","camp sunrise pendry - cost per week and when does registration open",["ppr_camp"],["$120 per week","March 1"]),
("slack","when does ready set go at the CIL start back up in the spring",["p:cil"],["February 4, 2027"]),
("slack","who's the youth transition coordinator at bvcil? need to set up a referral",["p:cil"],["Jamie Okafor"]),
("lookup","After a school sends a PE-3 referral, how soon will a VR Pre-ETS coordinator contact the student?",["p:vr"],["within 10 business days"]),
("slack","SWEP this summer - whats the deadline and the dates?",["p:vr","vr_swep"],["April 15","June 21"]),
("slack","who is the pre-ets coordinator for lusk county schools now",["p:vr"],["Dan Whitcomb"]),
("slack","when's the transition resource fair this yr? want to bring my class",["p:bfn","bfn_fair"],["March 13, 2027"]),
("slack","student keeps missing dial a ride pickups. whats the no show rule before they suspend him",["p:vtd"],["3 scheduled trips in a 30-day period"]),
("lookup","Which form must a parent sign before a rider under 18 starts Valley Transit travel training?",["p:vtd"],["VTD-TT2"]),
("slack","is the bridges 'SSI at 18' workshop in person or zoom? and what date",["p:bfn"],["online only","February 9, 2027"]),
("lookup","Which languages does BVCIL offer Independent Living Skills Training in?",["cil_ils"],["Russian"]),
("two-doc","family in pendry: what time is the CIL youth group on saturdays, and what's the linklusk bus fare to get there?",["p:cil","cil_youth","link_route"],["11:00","$1.00"]),
("two-doc","which VR Pre-ETS provider does the after-school workplace readiness classes in Marlow, and what's their pre-ets phone number?",["p:vr","pep_preets"],["Pathway Employment Partners","541-555-0132"]),
("two-doc","the counselor presenting at Bridges' SSI at 18 workshop comes from which organization, and what's that org's toll-free number?",["p:bfn","wipa_cwic"],["Benefits Planning Northwest","1-800-555-0199"]),
("two-doc","who co-presents the bridges age of majority workshop in january, and is their guardianship alternatives clinic free?",["p:bfn","drlc_gaa"],["Disability Rights Law Center","250%"]),
("near-miss","how much is adult activity night at pendry rec? one of my 19 yos wants to go",[],[]),
("near-miss","does harbor house charge more for in-home respite on holidays? whats the holiday rate",[],[]),
("near-miss","who does bus travel training in ardell county? student (ID, not blind) moving there in spring",[],[]),
("near-miss","what are the SWEP dates for summer 2028?",[],[]),
("near-miss","how long is the waitlist for the open door supported living apts right now?",[],[]),
("near-miss","what does language link charge to translate an IEP document into chuukese",[],[]),
("near-miss","when was the bvcil youth leadership summit in 2026? want to see last yr's agenda",[],[]),
("near-miss","when does the halvorsen housing authority section 8 waitlist open next?",[],[]),
("off-topic","how do i reset my password for the district gradebook, it locked me out again",[],[]),
("off-topic","what time does the marlow hs football game start friday",[],[]),
]
import glob
K = "/work/blind/birch-211/knowledge/"
def svc_text(sid):
    t = []
    for f in glob.glob(K+"directory/*.csv"):
        for r in csv.DictReader(open(f)):
            if r.get("service_id")==sid or r.get("id")==sid: t.append(" ".join(r.values()))
    return "\n".join(t)
out=[]
for i,(st,q,s,f) in enumerate(Q,1):
    srcs=[src(x) for x in s]
    for fact in f:
        hits=[x for x in srcs if fact in (open(K+x).read() if not x.startswith("directory") else svc_text(x.split("#")[1]))]
        assert hits, (i, fact)
        if len(hits)<len(srcs): print(f"q{i:02d} fact {fact!r} only in {hits}")
    out.append(dict(id=f"birch-211-{i:02d}",question=q,answerable=bool(s),sources=srcs,facts=f,style=st))
with open("/work/blind/birch-211/questions.jsonl","w") as fh:
    for o in out: fh.write(json.dumps(o)+"\n")
from collections import Counter; print(len(out), Counter(o["style"] for o in out))
