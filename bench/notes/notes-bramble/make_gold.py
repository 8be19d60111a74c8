import json
RO=["Renata Okafor","Renata","RO","renata.okafor","renata.o"]
DH=["Dmitri Halvorsen","Dmitri","DH","dmitri.h"]
PV=["Priya Venkataraman","Priya","priyav","priya.v"]
LO=["Luis Ocampo-Reyes","Luis","LO","Luis O-R","luis.vr"]
BS=["Bethany Strand","Bethany","BS"]
MT=["Mac Tillery","Mac","M. Tillery","Mac T.","mac.tillery","mac.t"]
YB=["Yuki Brandvold","Yuki","YB","Yuki B.","yuki.b"]
GN=["Grace Nwachukwu","Grace","GN","Grace N.","grace.n"]
HL=["Hannah Lindqvist","Hannah","HL","hannah.l"]
KN=["Kai Nakamura-Lee","Kai","KN"]
NH=["Noor Haddad","Noor","N.H."]
FO=["Fern Oduya","Fern"]
AF=["Ahmed Farouk","Ahmed"]
TE=["Tom Esterline","Tom"]
RI=["Rosa Ibarra","Sra. Ibarra","Rosa"]
def it(o,t,k,d): return {"owners":o,"task":t,"keywords":k,"due":d}
G={
"01":("2026-09-10","Renata Okafor",[
 it(RO,"Email the consent-to-release forms for J.R. and A.M. to Luis",["consent-to-release forms","release forms"],"2026-09-14"),
 it(DH,"Pull work-sample scores for P-14 and A.M. (pushed to 9/22)",["work-sample scores"],"2026-09-22"),
 it(BS,"Confirm DD eligibility renewal for T-07",["eligibility renewal","DD eligibility"],"2026-09-25"),
 it(RO,"Book the Harbor Light tour for the Bridgeway cohort (check with Yuki first)",["Harbor Light tour","Bridgeway cohort"],None)]),
"02":("2026-09-24","Priya Venkataraman",[
 it(LO,"Open VR referrals for D.K. and L.S.",["VR referrals"],"2026-10-02"),
 it(GN,"Send Priya the Kestrel Bay accommodation request form for the placement test",["accommodation request","placement test"],"2026-09-30"),
 it(PV,"Update the transition assessment section of D.K.'s IEP before the annual review",["transition assessment"],"2026-10-09"),
 it(HL,"Schedule a vocational interest inventory with L.S.",["interest inventory"],None)]),
"03":("2026-10-06","Renata Okafor",[
 it(LO,"Send Renata the IPE draft for D.K. after supervisor sign-off",["IPE draft"],"2026-10-09"),
 it(RO,"Send Luis the last two progress reports for L.S.",["progress reports"],"2026-10-07"),
 it(LO,"Call L.S.'s mom about the benefits release (SSI)",["benefits release"],None)]),
"04":("2026-10-20","Dmitri Halvorsen",[
 it(MT,"Set up the Ferrous Lane trial shift for P-14 (taken over from Luis)",["trial shift","Ferrous Lane"],"2026-10-23"),
 it(PV,"Get the signed release for the bike shop from P-14's dad",["signed release"],"2026-10-21"),
 it(DH,"Print the task-analysis cards for the Tidewater stocking job",["task-analysis cards","stocking job"],None),
 it(YB,"Add A.M. to the travel-training roster",["travel-training roster"],"2026-10-30")]),
"05":("2026-11-05","Noor Haddad",[
 it(RI,"Bring the doctor's letter about A.M.'s seizures to the school",["doctor's letter"],"2026-11-10"),
 it(NH,"Send the family the Spanish version of the transition plan summary",["Spanish version","transition plan"],"2026-11-13"),
 it(BS,"Schedule a home visit to explain the DD waiver",["home visit","DD waiver"],"2026-11-20"),
 it(KN,"Set up a benefits planning appointment with A.M. and her mother about SSI and work",["benefits planning"],None)]),
"06":("2026-11-17","Grace Nwachukwu",[
 it(GN,"Reserve the Access Services testing room for the campus visit",["testing room"],"2026-12-01"),
 it(DH,"Attach the reading level testing for L.S. to her intake folder",["reading level"],"2026-11-24"),
 it(FO,"Write up the communication profile for R.W.'s psych eval summary (reassigned from Hannah)",["communication profile"],None),
 it(PV,"Draft and share the accommodation letter template for the CC",["letter template"],"2026-11-30")]),
"07":("2026-12-03","Mac Tillery",[
 it(MT,"Make a laminated visual checklist for the dairy restock",["visual checklist","dairy restock"],"2026-12-07"),
 it(TE,"Order a name badge for P-14",["name badge"],"2026-12-11"),
 it(LO,"Approve the extra 20 coaching hours on the authorization",["coaching hours"],None)]),
"08":("2026-12-10","Wendell Arbogast",[]),
"09":("2027-01-12","Bethany Strand",[
 it(YB,"Take T-07 to the DOL for the state ID",["state ID"],"2027-01-14"),
 it(BS,"Fax the signed provider choice form to Skylark intake",["provider choice form"],"2027-01-13"),
 it(RO,"Send the bus schedule to the group home",["bus schedule","group home"],"2027-01-15"),
 it(MT,"Redo the job-match summary for T-07",["job-match summary"],"2027-01-19")]),
"10":("2027-01-27","Renata Okafor",[
 it(RO,"Send transfer of rights letters to students turning 17",["transfer of rights"],"2027-01-29"),
 it(PV,"Write resume drafts for Bridgeway seniors (taken over from Dmitri)",["resume drafts"],"2027-02-05"),
 it(GN,"Schedule the spring Kestrel Bay campus tour for juniors",["campus tour"],"2027-02-10"),
 it(MT,"Collect employer feedback surveys from Tidewater, Pinebrook and Ferrous Lane",["feedback surveys"],None)]),
"11":("2027-02-09","Yuki Brandvold",[
 it(YB,"Send the apartment-hunting workbook to Priya and Noor",["apartment-hunting workbook"],"2027-02-12"),
 it(YB,"Register T-07 and L.S. for the March cooking class",["cooking class"],"2027-02-19"),
 it(YB,"Follow up with Kai about co-hosting an ABLE account workshop",["ABLE account"],None)]),
"12":("2027-02-23","Hannah Lindqvist",[
 it(HL,"Redo the adaptive behavior scales for R.W.",["adaptive behavior"],"2027-03-05"),
 it(AF,"Order ergonomic tool grips for R.W. at the bike shop",["tool grips"],None),
 it(FO,"Do the AAC device trial at the worksite",["device trial"],"2027-03-05"),
 it(KN,"Run the benefits estimate for L.S. at twenty hours",["benefits estimate"],"2027-03-01"),
 it(PV,"Send the family the IEP meeting invite",["meeting invite"],"2027-02-25")]),
"13":("2027-03-04","Renata Okafor",[]),
"14":("2027-03-16","Priya Venkataraman",[
 it(GN,"Submit L.S.'s Kestrel Bay disability services intake",["services intake"],"2027-03-26"),
 it(MT,"Update the job-carving proposal for Ferrous Lane",["job-carving proposal"],None),
 it(YB,"Apply for paratransit eligibility for D.K. (taken over from Bethany)",["paratransit eligibility"],"2027-04-02"),
 it(LO,"Schedule T-07's VR plan review",["plan review"],"2027-03-19")]),
"15":("2027-04-01","Kai Nakamura-Lee",[
 it(KN,"Email the Ticket to Work handout to everyone",["Ticket to Work"],"2027-04-01"),
 it(DH,"Collect pay stubs from D.K.'s family for the earnings report",["pay stubs"],"2027-04-08"),
 it(BS,"Check with the fiscal team whether the DD waiver counts as income and report back to Kai",["counts as income"],"2027-04-05")]),
"16":("2027-04-15","Luis Ocampo-Reyes",[
 it(RO,"Get parent signatures on the consent pages",["parent signatures","consent pages"],"2027-04-20"),
 it(LO,"Authorize the summer work experience for R.W. and T-07",["summer work experience"],"2027-04-23"),
 it(GN,"Get the accommodations letter to L.S. once intake closes",["accommodations letter"],"2027-05-07")]),
"17":("2027-05-06","Dmitri Halvorsen",[]),
"18":("2027-05-20","Renata Okafor",[
 it(GN,"Get the Kestrel Bay summer bridge packets to families",["summer bridge","bridge packets"],"2027-06-01"),
 it(MT,"Do exit interviews with employers",["exit interviews"],"2027-05-25"),
 it(DH,"Put together portfolio binders for the grads",["portfolio binders"],"2027-05-31")]),
}
for n,(d,p,items) in G.items():
    json.dump({"meetingDate":d,"poster":p,"items":items},open(f"{n}.json","w"),ensure_ascii=False,indent=2)
