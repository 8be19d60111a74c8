import json
R=["Rosalind Okafor-Pierce","Rosalind","Roz"]
T=["Tomasz Wieczorek","Tomasz","TW"]
D=["Dana Lightfoot","Dana","DL"]
E=["Everett Quansah","Everett"]
P=["Priya Venkataraman","Priya"]
G=["Gus Halvorsen","Gus","GH"]
K=["Kwame Adeyemi-Ross","Kwame","KAR"]
B=["Beau Tran","Beau"]
H=["Hildy Marchetti","Hildy"]
I=["Ingrid Solberg","Ingrid"]
S=["Shirin Farahani","Shirin","SF"]
M=["Marisol Ybarra","Marisol","Ybarra, Marisol","Ms. Ybarra"]
W=["Wendell Pike","Wendell","Pike, Wendell","W. Pike"]
L=["Leontyne Baptiste","Leontyne","Mrs. Baptiste","Baptiste, Leontyne","L. Baptiste"]
C=["Carmen Ruiz-Delgado","Carmen","Sra. Ruiz-Delgado","Mrs. Ruiz-Delgado"]
O=["Odile Fontaine","Mrs. Fontaine","Odile"]
OB=["Ophelia Brandt","Ophelia"]
N=["Nate Oyelaran","Nate"]
def it(o,t,k,d): return {"owners":o,"task":t,"keywords":k,"due":d}
gold={
"01":("2026-09-09","Rosalind Okafor-Pierce",[
 it(R,"Send the updated consent-to-release-information form to all senior families",["consent-to-release","senior families"],"2026-09-11"),
 it(D,"Schedule Pre-ETS orientation sessions for P-14 and M.T.",["Pre-ETS","orientation"],"2026-09-24"),
 it(E,"Share the travel training referral form with Tomasz",["travel training","referral form"],None),
 it(P,"Book the Delmarva Ridge campus tour for the junior class",["campus tour","junior"],"2026-09-18")]),
"02":("2026-09-22","Tomasz Wieczorek",[
 it(["Kwame Adeyemi-Ross","Kwame","U04KQ2D7M"],"Pull the work-based learning hours for A.K. and L.V. before Friday's IEP",["work-based learning","hours"],"2026-09-25"),
 it(["Beau Tran","Beau","U07T1ZZ0A"],"Request P-14's cumulative file from the previous district (taken over from Hildy)",["cumulative file","previous district"],"2026-10-02"),
 it(["Dana Lightfoot","Dana","U03DL1GHT"],"Drop off VR application packets for the three juniors",["VR application","packets"],"2026-09-30"),
 it(["Tessa Kowalczyk","Tessa","U05RR8M3C"],"Laminate the visual schedules for the work crew",["laminate","visual schedules"],None)]),
"03":("2026-10-06","Rosalind Okafor-Pierce",[
 it(D,"Email the full VR application to Mrs. Baptiste",["VR application"],"2026-10-08"),
 it(L,"Bring M.T.'s original Social Security card and birth certificate to the VR intake",["Social Security card","birth certificate"],"2026-10-20"),
 it(E,"Start M.T. on travel training on Millbrace Area Transit route four",["travel training","route four"],"2026-11-13"),
 it(P,"Send the Bridge summer program info packet to Rosalind",["Bridge summer program","info packet"],"2026-10-16"),
 it(T,"Add the self-advocacy goal to M.T.'s IEP draft",["self-advocacy goal","IEP draft"],"2026-10-09")]),
"04":("2026-10-15","Kwame Adeyemi-Ross",[
 it(G,"Give R.B. and D-07 a stockroom walk-through",["stockroom","walk-thru"],"2026-10-20"),
 it(T,"Make task analysis cards for the pricing gun",["task analysis","pricing gun"],"2026-10-30"),
 it(K,"Fade prompts in week 3 and send the data sheet to Roz",["data sheet","prompts"],"2026-10-16"),
 it(S,"Look into an anti-fatigue mat or stool for D-07 at the register",["anti-fatigue mat","stool"],None)]),
"05":("2026-10-28","Priya Venkataraman",[
 it(R,"Send Priya A.K.'s updated psychoeducational evaluation",["psychoeducational evaluation"],"2026-11-06"),
 it(B,"Get A.K.'s dual-enrollment form to the college registrar",["dual-enrollment","registrar"],"2026-10-30"),
 it(I,"Run the ReadAloud Pro text-to-speech trial on A.K.'s college laptop",["text-to-speech","laptop"],"2026-11-12"),
 it(P,"Set up the accommodations intake meeting once the evaluation arrives",["accommodations intake"],None)]),
"06":("2026-11-10","Rosalind Okafor-Pierce",[
 it(G,"Scan and send D-07's signed worksite agreement",["worksite agreement"],"2026-11-11"),
 it(["Rosalind Okafor-Pierce","Rosalind","RO-P","Me"],"Check with Dana whether VR can cover D-07's steel-toe boots",["boots","VR"],None),
 it(G,"Set up D-07's timecard login",["timecard login"],"2026-11-16")]),
"07":("2026-11-19","Nate Oyelaran",[]),
"08":("2026-12-03","Marisol Ybarra",[
 it(M,"Submit J.R.'s Pathways waiver eligibility packet",["waiver","eligibility packet"],"2026-12-15"),
 it(W,"Schedule a benefits planning session for J.R. (SSI / earned income)",["benefits planning","SSI"],"2026-12-18"),
 it(["Everett Quansah","Everett","Quansah, Everett","E. Quansah"],"Tour supported living options with P-14's family",["supported living","tour"],None),
 it(M,"Complete L.V.'s supported decision-making agreement draft",["supported decision-making","agreement"],"2027-01-08"),
 it(L,"Send M.T.'s state ID card appointment confirmation",["ID card","appointment confirmation"],"2026-12-10")]),
"09":("2026-12-16","Tomasz Wieczorek",[
 it(C,"Bring J.R.'s SSI award letter to the office",["SSI","award letter"],"2026-12-21"),
 it(W,"Call Carmen with an interpreter to explain how J.R.'s paycheck affects SSI",["paycheck","SSI"],"2027-01-08"),
 it(T,"Send the Spanish copy of the IEP home",["Spanish copy","IEP"],"2026-12-18")]),
"10":("2027-01-12","Tomasz Wieczorek",[
 it(B,"Complete L.V.'s community college application for the certificate program",["community college","application"],"2027-02-01"),
 it(K,"Set up L.V.'s job shadow at Saltmarsh Veterinary Clinic",["job shadow","Veterinary Clinic"],"2027-02-19"),
 it(H,"Update L.V.'s interest inventory transition assessment",["interest inventory"],"2027-01-29"),
 it(E+["Quansah"],"Provide cooking and budgeting instruction for L.V.",["cooking","budgeting"],"2027-05-28")]),
"11":("2027-01-27","Rosalind Okafor-Pierce",[]),
"12":("2027-02-09","Everett Quansah",[
 it(E,"Complete the independent living skills assessment with P-14",["independent living skills","assessment"],"2027-02-26"),
 it(M,"Submit the request for a residential habilitation provider list",["residential habilitation","provider list"],"2027-02-28"),
 it(O,"Visit the Cedar Slough Commons and Birchtide apartment programs",["Cedar Slough","Birchtide"],"2027-03-02")]),
"13":("2027-02-24","Tomasz Wieczorek",[
 it(K,"Update D-07's résumé with the Tern Harbor experience",["résumé","Tern Harbor"],"2027-03-05"),
 it(B,"Do mock interview practice with J.R. for the Brinewood line-lead role",["mock interview"],"2027-02-26"),
 it(S,"Order a visual timer for R.B.'s stockroom tasks",["visual timer"],"2027-02-28"),
 it(D,"Request a job coaching extension from VR for M.T.",["job coaching","extension"],None)]),
"14":("2027-03-10","Dana Lightfoot",[
 it(D,"Amend M.T.'s IPE to add postsecondary training",["IPE","postsecondary training"],"2027-03-19"),
 it(W,"Complete the benefits summary and analysis for M.T.",["benefits summary","analysis"],"2027-03-12"),
 it(L,"Provide M.T.'s last two pay stubs from the shelter",["pay stubs"],None)]),
"15":("2027-03-25","Priya Venkataraman",[
 it(P,"Post the College Night slides on the board",["slides","College Night"],"2027-03-29"),
 it(P,"Email every junior family the documentation checklist",["documentation checklist","junior family"],"2027-04-02"),
 it(B,"Collect the RSVP list for the April campus tour",["RSVP","campus tour"],"2027-04-09")]),
"16":("2027-04-13","Rosalind Okafor-Pierce",[
 it(H+["hildy.marchetti@harrowcreek.k12.de.us"],"Add R.B.'s updated adaptive behavior scores to the SOP",["adaptive behavior","scores"],"2027-04-16"),
 it(B+["beau.tran@harrowcreek.k12.de.us"],"Add the graduation credit summary for the four seniors",["credit summary","graduation"],"2027-04-30"),
 it(I+["ingrid.solberg@harrowcreek.k12.de.us"],"List the AT devices that go with A.K. to college",["AT devices"],None)]),
"17":("2027-04-28","Kwame Adeyemi-Ross",[]),
"18":("2027-05-18","Nate Oyelaran",[
 it(R,"Send A.K. and L.V.'s exit summaries with the signed ROI to Delmarva Ridge",["exit summaries","ROI"],"2027-05-28"),
 it(D,"Transfer M.T.'s VR case to the adult caseload",["adult caseload","VR case"],"2027-06-04"),
 it(OB,"Confirm J.R.'s summer hours at Brinewood",["summer hours"],None)]),
}
for n,(d,p,items) in gold.items():
    json.dump({"meetingDate":d,"poster":p,"items":items},open(f"{n}.json","w"),ensure_ascii=False,indent=1)
