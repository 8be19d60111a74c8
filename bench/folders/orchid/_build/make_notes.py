import json
N={}
def note(num,date,poster,style,text,items):
    N[num]=(date,poster,style,text,items)
def it(owners,task,kw,due): return {"owners":owners,"task":task,"keywords":kw,"due":due}

note(1,"2026-02-03","Dana Whitcomb","Teams recap with Follow-up tasks","""Meeting recap: Transition check-in, J.T. (grade 12, HFHS)
Tuesday, February 3, 2026 · Microsoft Teams · 32 min
Attendees: Dana Whitcomb, Renata Solberg, Marcus Oyelaran, Tessa Quintero
AI-generated content may be incorrect. Review before sharing.

Meeting notes
• Status: J.T. is on track to graduate in May. The Pre-ETS referral Marcus sent in December was received and J.T. has had two job exploration sessions.
• VR: the team agreed J.T. should apply for full VR services now so an IPE is in place before graduation.
• Work site: Marcus confirmed J.T.'s spring Community Work Lab site at the hardware store during the meeting (he called the manager while we were talking).
• Mentoring: J.T. said he would like to talk with someone who has been through college with a disability.

Follow-up tasks
• Renata Solberg will mail the VR application packet to J.T.'s family by Friday.
• Dana Whitcomb will set up a Summary of Performance drafting session with J.T. by end of next week.
• Tessa Quintero will match J.T. with a peer mentor.
""",[it(["Renata Solberg","Renata"],"Mail the VR application packet to J.T.'s family",["application packet","VR application"],"2026-02-06"),
 it(["Dana Whitcomb","Dana"],"Set up a Summary of Performance drafting session with J.T.",["Summary of Performance","drafting session"],"2026-02-13"),
 it(["Tessa Quintero","Tessa"],"Match J.T. with a peer mentor",["peer mentor"],None)])

note(2,"2026-02-10","Joelle Pritchard","Slack export with user mentions","""#larkspur-transition-team — export 2026-02-10
users: U02JOELLE = Joelle Pritchard, U04NADIA = Nadia Vukovich, U07TOBIAS = Tobias Reinholt, U05EZRA = Ezra Whitlock

[9:02 AM] Joelle Pritchard: morning all. for C.M. (coulee springs, 11th gr) IEP mtg is thurs 2/26. <@U04NADIA> can you come or send someone for the pre ets piece?
[9:10 AM] Nadia Vukovich: <@U02JOELLE> yes, I'll be there in person and I'll bring C.M.'s career interest inventory results
[9:14 AM] Joelle Pritchard: perfect. <@U07TOBIAS> could you get the VR application started w/ mom before the mtg? she said thursday works for a call
[9:31 AM] Tobias Reinholt: can do, I'll call her Thursday afternoon
[9:33 AM] Ezra Whitlock: fyi C.M. started SSI in Dec. happy to do a benefits summary if someone sends me the award letter
[9:40 AM] Joelle Pritchard: <@U05EZRA> I'll scan it and email it to you today
[9:41 AM] Ezra Whitlock: :thumbsup: then I'll have the summary done by the 26th
[9:42 AM] Nadia Vukovich: :tada:
""",[it(["Nadia Vukovich","Nadia","U04NADIA"],"Attend C.M.'s IEP meeting and bring the career interest inventory results",["interest inventory","IEP"],"2026-02-26"),
 it(["Tobias Reinholt","Tobias","U07TOBIAS"],"Call C.M.'s mom to start the VR application",["VR application","call"],"2026-02-12"),
 it(["Joelle Pritchard","Joelle","U02JOELLE"],"Scan the SSI award letter and email it to Ezra",["award letter","scan"],"2026-02-10"),
 it(["Ezra Whitlock","Ezra","U05EZRA"],"Complete a benefits summary for C.M.",["benefits summary"],"2026-02-26")])

note(3,"2026-02-12","Renata Solberg","Voice-dictated memo (dictation artifacts)","""[Voice memo → text, Pixel Recorder, 02/12/2026 4:51 PM]
Renata Solberg case memo R dash 07 comma met with R-07 and mom at the office today period application signed comma eligibility clock started period R-07 really interested in welding at LVC period new paragraph
To do colon one comma I'll send the records release for school records to Dana Whitcomb tomorrow period two comma Priya Fenwick from the LVC DRC said on the phone she'll email me welding shop tour dates by Wednesday period three comma benefits referral to Ezra not needed comma mom confirmed no SSI or SSDI period four comma next appointment is March 5th comma I'll review the records and complete the eligibility determination at that appointment period
new paragraph also mom said thank you for the bus tip period end memo
""",[it(["Renata Solberg","Renata"],"Send the release for school records to Dana Whitcomb",["release","school records"],"2026-02-13"),
 it(["Priya Fenwick","Priya"],"Email welding shop tour dates",["tour dates","welding"],"2026-02-18"),
 it(["Renata Solberg","Renata"],"Review the records and complete R-07's eligibility determination",["eligibility determination","records"],"2026-03-05")])

note(4,"2026-02-16","Hallie Brandvold","Text message thread","""Messages — Anita Rasmussen
Mon, Feb 16, 2026

Anita Rasmussen (3:47 PM): Hi Ms. Brandvold its Anita, K's mom. Did you get the DialRide form??
Me (3:52 PM): Hi! Not yet. I can help fill it out, but Part C has to be done by the doctor
Anita Rasmussen (3:53 PM): ok I'll drop it by Dr. Hensley's office Wednesday
Me (3:55 PM): Great. I'll send you the Ready Set Move Out registration link tonight too
Anita Rasmussen (3:56 PM): oh we already signed up for that last week!! thank u tho
Me (3:56 PM): Ha perfect, never mind then 😊
Anita Rasmussen (3:58 PM): Can you ask Buck about travel training for K? shes nervous about the bus
Me (4:01 PM): Yes! I'll email Buck Amundsen tomorrow and cc you
Anita Rasmussen (4:02 PM): ❤️

— Hallie Brandvold (Miners Next Step), pasted from my phone
""",[it(["Anita Rasmussen","Anita"],"Take the DialRide form to the doctor's office for Part C",["DialRide form","doctor"],"2026-02-18"),
 it(["Hallie Brandvold","Hallie","Ms. Brandvold"],"Email Buck Amundsen about travel training for K. and cc Anita",["travel training"],"2026-02-17")])

note(5,"2026-02-18","Hallie Brandvold","Whiteboard photo transcription","""[transcribed from photo of the Next Step staff room whiteboard, Wed 2/18/26 — H.B.]

      NEXT STEP  ~  WEEK OF 2/16
 +------------------------+-------------+----------------------+
 | JOB SITES              | WHO         | WHEN                 |
 +------------------------+-------------+----------------------+
 | Hospital laundry       | Gus         | call supervisor FRI  |
 | Library shelving       |  ✔ DONE     |                      |
 | Pet rescue (NEW!)      | Hallie      | site visit + T-9     |
 |                        |             |   by 3/2             |
 +------------------------+-------------+----------------------+
  PARKING LOT:
   * spring bus passes?? LVC pass = $45 → Gus: ask Juniper re
     supportive services $$
   * Fair: mock interview room → Hallie + Gus signed up ✔
   * DON'T ERASE

 (Gus = Gus Tremblay, para. Juniper = Juniper Hale, Big Sky Youth Works.)
""",[it(["Gus Tremblay","Gus"],"Call the hospital laundry supervisor",["hospital laundry","supervisor"],"2026-02-20"),
 it(["Hallie Brandvold","Hallie","H.B."],"Do the pet rescue site visit and complete the T-9",["pet rescue","site visit"],"2026-03-02"),
 it(["Gus Tremblay","Gus"],"Ask Juniper about supportive services money for spring bus passes",["bus passes","supportive services"],None)])

note(6,"2026-02-19","Dana Whitcomb","Agenda with outcomes","""TRANSITION FAIR PLANNING COMMITTEE — AGENDA & OUTCOMES
Thursday, February 19, 2026 · 3:30 p.m. · LCSEC conference room
Present: Dana Whitcomb, Joelle Pritchard, Corinne Leffingwell, Juniper Hale, Hallie Brandvold

#  ITEM                      OUTCOME
1  Venue change (LVC Union)  Confirmed with LVC events office. Joelle Pritchard will make
                             10 directional signs by Tuesday 3/10.
2  Interpreters              Spanish interpreter booked (done). ASL: Dana to confirm with
                             the agency by Monday.
3  Mock interview room       Need 6 employers. Corinne Leffingwell to recruit from the SWEP
                             employer list by March 6.
4  Supper                    Tacos confirmed, paid by Summit Path. No action.
5  Door prizes               Tessa was going to collect these but is out on leave, so
                             Juniper Hale will collect door prizes instead, by March 11.
6  Next meeting              Thursday, March 5, 3:30.
""",[it(["Joelle Pritchard","Joelle"],"Make 10 directional signs for the fair",["directional signs"],"2026-03-10"),
 it(["Dana Whitcomb","Dana"],"Confirm the ASL interpreter with the agency",["ASL","interpreter"],"2026-02-23"),
 it(["Corinne Leffingwell","Corinne"],"Recruit employers for the mock interview room from the SWEP employer list",["employers","mock interview"],"2026-03-06"),
 it(["Juniper Hale","Juniper"],"Collect door prizes for the fair",["door prizes"],"2026-03-11")])

note(7,"2026-02-23","Nadia Vukovich","Out-of-office coverage handoff","""COVERAGE NOTES — Nadia Vukovich, Pre-ETS Specialist
Posted Mon 2/23/26. I'm out Feb 24 – Mar 6 (state training in Helena). Here's who has what while I'm gone:

→ P-14 (Elk Bend HS): job exploration session #2 is Thursday. Tobias Reinholt is covering it.
→ C.M. (Coulee Springs) IEP meeting Thursday: I said I'd go, but Tobias will attend in my place and bring the career interest inventory results (they're in the shared drive).
→ P-15 (HFHS): VR-PE1 is still missing the parent signature. Marcus Oyelaran, can you get it signed by Friday?
→ P-18 (Marten): self-advocacy group placement. Tessa Quintero will handle it, no rush.
→ P-16: closed in January, nothing to do.
→ P-19: Corinne already placed her at the Sweetgrass worksite. Done!

Fax still goes to 406-555-0142. Thanks, team!
""",[it(["Tobias Reinholt","Tobias"],"Cover P-14's second job exploration session",["job exploration"],"2026-02-26"),
 it(["Tobias Reinholt","Tobias"],"Attend C.M.'s IEP meeting and bring the career interest inventory results",["interest inventory","IEP"],"2026-02-26"),
 it(["Marcus Oyelaran","Marcus"],"Get the parent signature on P-15's VR-PE1",["parent signature","VR-PE1"],"2026-02-27"),
 it(["Tessa Quintero","Tessa"],"Arrange P-18's self-advocacy group placement",["self-advocacy group"],None)])

note(8,"2026-02-24","Simon Achterberg","E-mail chain with reassignment","""From: Simon Achterberg <sachterberg@example.org>
Sent: Tuesday, February 24, 2026 4:12 PM
To: Dana Whitcomb; Joelle Pritchard
Subject: RE: RE: annual post-school outcomes report

Sounds good, let's go with Joelle's plan. Joelle, thank you for taking the survey calls.
Dana, I do still need the board slide deck from you by Friday the 6th.
-Simon

-----Original Message-----
From: Joelle Pritchard
Sent: Tuesday, February 24, 2026 2:40 PM
Subject: RE: annual post-school outcomes report

Dana's swamped with the fair. I can take the one-year follow-up survey calls to the 2025
exiters instead. I'd have them done by March 20.

-----Original Message-----
From: Dana Whitcomb
Sent: Monday, February 23, 2026 9:05 AM
Subject: annual post-school outcomes report

Simon, per Policy 2150 section 10.2 the annual report is due to the board in March. I'll make
the follow-up survey calls to last year's exiters and draft the board slides. I already pulled
the VR referral counts (done).
""",[it(["Joelle Pritchard","Joelle"],"Make the one-year follow-up survey calls to the 2025 exiters",["survey calls","exiters"],"2026-03-20"),
 it(["Dana Whitcomb","Dana"],"Prepare the board slide deck for the post-school outcomes report",["slide deck","board"],"2026-03-06")])

note(9,"2026-02-26","Joelle Pritchard","Bilingual interpreter-mediated meeting notes","""Notas de la reunión / Meeting notes — C.M., reunión de transición / transition IEP
26 de febrero de 2026 / February 26, 2026 — Coulee Springs HS
Intérprete / Interpreter: Rosa Villaseñor
Presentes / Present: C.M., mamá / mom, Joelle Pritchard, Tobias Reinholt (VR)

1. Meta de empleo: trabajar en cuidado de animales.
   Employment goal: work in animal care.
2. La Sra. Pritchard organizará una observación de trabajo en la clínica veterinaria antes del 31 de marzo.
   Joelle Pritchard will set up a job shadow at the vet clinic by March 31.
3. Tobias Reinholt (VR) tomará la decisión de elegibilidad antes del 13 de abril.
   Tobias Reinholt (VR) will make the VR eligibility decision by April 13.
4. Nadia Vukovich inscribirá a C.M. en la clase "Ready for Work" cuando regrese.
   Nadia Vukovich will enroll C.M. in the Ready for Work class when she is back.
5. La mamá ya visitó LVC el 20 de febrero. ✔
   Mom already toured LVC on February 20. ✔
6. Se firmó el formulario T-3. / Form T-3 was signed.
""",[it(["Joelle Pritchard","Joelle","Sra. Pritchard"],"Set up a job shadow for C.M. at the vet clinic",["job shadow","vet clinic"],"2026-03-31"),
 it(["Tobias Reinholt","Tobias"],"Make C.M.'s VR eligibility decision",["eligibility"],"2026-04-13"),
 it(["Nadia Vukovich","Nadia"],"Enroll C.M. in the Ready for Work class",["Ready for Work"],None)])

note(10,"2026-03-03","Dana Whitcomb","Zoom chat export","""Zoom meeting chat — CTC Benefits Workgroup — 2026-03-03
10:02:11 From Ezra Whitlock to Everyone: morning! agenda is the SSI-at-18 mini session for the fair
10:04:40 From Dana Whitcomb to Everyone: also D.S. turns 18 in April fyi
10:06:03 From Ezra Whitlock to Everyone: I'll make a one-page handout on the age-18 redetermination, you'll have it Monday
10:06:30 From Dana Whitcomb to Everyone: perfect, I'll print 50 copies as soon as it lands
10:09:12 From Renata Solberg to Everyone: does D.S. have an ABLE acct yet?
10:09:40 From Dana Whitcomb to Everyone: no, mom was going to look into it
10:10:05 From Ezra Whitlock to Renata Solberg (Direct Message): you're seeing them Thursday right? can you give mom the ABLE section of the Family Guide
10:10:31 From Renata Solberg to Ezra Whitlock (Direct Message): yep, will do Thursday
10:15:48 From Dana Whitcomb to Everyone: I was going to redo the fair slides w/ the new room but Priya already did it 🙌 so never mind
10:16:02 From Priya Fenwick to Everyone: Replying to "I was going to redo...": all done!
""",[it(["Ezra Whitlock","Ezra"],"Make a one-page handout on the age-18 redetermination",["handout","redetermination"],"2026-03-09"),
 it(["Dana Whitcomb","Dana"],"Print 50 copies of the handout",["print","copies"],None),
 it(["Renata Solberg","Renata"],"Give D.S.'s mom the ABLE section of the Family Guide",["ABLE section","Family Guide"],"2026-03-05")])

note(11,"2026-03-04","Dana Whitcomb","Voicemail transcriptions (FYI only)","""Visual Voicemail — 406-555-0112 — Wed 3/4/2026 (transcriptions, accuracy not guaranteed)

(1) 8:14 AM, from 406-555-0195, 0:38
"Hi Dana, it's Wes at Tamarack. Just letting you know P-19 started at the hardware store Monday and it's going great. No need to call me back. Bye."

(2) 11:52 AM, from 406-555-0177, 0:21
"Hey, Priya from the DRC. Spring accommodation letters are all out, so we're caught up. Talk to you at the fair."

(3) 2:07 PM, from 406-555-0191, 0:44
"Dana, Corinne. We've got six employers for the mock interview room, so that's all set. I sent the list to Joelle already. Thanks!"

(4) 4:30 PM, from Unknown, 0:05
"[no message]"
""",[])

note(12,"2026-03-05","Maren Holloway","Calendar invite with pre-work","""Subject: Parent-to-Parent Transition Circle (April): Guardianship & Supported Decision-Making
When: Monday, April 20, 2026 6:30 PM-8:00 PM (UTC-07:00) Mountain Time (US & Canada)
Where: Elk Bend Community Church hall, 203 Willow Lane
Organizer: Maren Holloway (Coulee Arc)
Required: Coulee Arc Parents list; Lou Bergstrom; Anita Rasmussen
Sent: Thursday, March 5, 2026 9:12 PM
_______________________________________________________
Hi all, here's the placeholder for April. PRE-WORK before we meet:
 • Maren (me): I'll confirm a speaker with Larkspur Legal Aid by Friday, March 13 and update this invite.
 • Maren (me): I'll also bring copies of the 2026 Family Guide to Benefits to our fair table on the 12th.
 • Lou Bergstrom: sign-in sheets and clipboards for the fair table. Lou, you said you'd grab the clipboards from the church storage room Wednesday.
 • Anita Rasmussen: sharing her DialRide application story (it took 19 days). Already on the agenda, nothing to prep!
 • Everyone (optional): skim Section 6 of Policy 2150 on the transfer of rights.
Childcare available with 48 hours notice.
""",[it(["Maren Holloway","Maren"],"Confirm a speaker with Larkspur Legal Aid and update the invite",["speaker","Legal Aid"],"2026-03-13"),
 it(["Maren Holloway","Maren"],"Bring copies of the 2026 Family Guide to Benefits to the fair table",["Family Guide","copies"],"2026-03-12"),
 it(["Lou Bergstrom","Lou"],"Pick up the clipboards from the church storage room",["clipboards"],"2026-03-11")])

note(13,"2026-03-09","Marcus Oyelaran","Bullet-journal shorthand","""3/9 mon  ·  CWL planning w/ Corinne Leffingwell (Sweetgrass)   — M. Oyelaran
 × P-15 VR-PE1 sig → got it Fri
 • spring sites: 4 open, 2 still need T-9s → me, Wed
 • Corinne → new site contact list, by Thurs
 – SWEP info night for my 10th grd? C. says not this yr → skip
 • ask Juniper re ISY slot for A.B. → me, no rush
 ○ fair 3/12 — CWL table, bring student posters (already packed)
key: • task  × done  – dropped  ○ event
""",[it(["Marcus Oyelaran","Marcus","M. Oyelaran"],"Get T-9s completed for the two spring sites",["T-9"],"2026-03-11"),
 it(["Corinne Leffingwell","Corinne"],"Send the new site contact list",["site contact list"],"2026-03-12"),
 it(["Marcus Oyelaran","Marcus","M. Oyelaran"],"Ask Juniper about an in-school youth (ISY) slot for A.B.",["Juniper","slot"],None)])

note(14,"2026-03-10","Dana Whitcomb","Decisions log (no action items)","""CTC EXECUTIVE COMMITTEE: DECISIONS LOG
Entry date: 03/10/2026 · Logged by D. Whitcomb

D-2026-07  Fair budget: approved an extra $150 for LVC room fees. (Cooperative pays; invoice already paid 3/9.)
D-2026-08  The April 21 CTC meeting will be held at LVC, Tamarack Hall 120. Room is booked.
D-2026-09  Benefits figures sheet for 2025 and ABLE fact sheet 2024 retired; 2026 Family Guide is the only handout. Old copies were pulled from the office racks on 3/6.
D-2026-10  Parent reps' term extended through June 2027 (vote 7-0).
D-2026-11  No change to the accommodation-request deadline for the fair (stays March 2; passed).

No open actions this week.
""",[])

note(15,"2026-03-13","Dana Whitcomb","Staff newsletter shout-outs (no action items)","""LCSEC Friday Five — March 13, 2026
🌟 SHOUT-OUTS 🌟

Huge thanks to everyone who made last night's Transition Fair at the LVC Student Union happen! Final count: 212 attendees, 29 exhibitors, and 61 students through the mock interview room.

• Joelle Pritchard, your directional signs saved us. Nobody got lost!
• Corinne Leffingwell recruited seven employers for mock interviews (one more than we asked for).
• Juniper Hale's door prizes were a hit (that bike!).
• Ezra Whitlock's SSI-at-18 session was standing room only.
• Rosa Villaseñor and our ASL team interpreted for 14 families.

Photos are on the shared drive. Have a restful weekend. You earned it.
— Dana
""",[])

note(16,"2026-03-16","Hallie Brandvold","Phone call log","""CALL LOG: Hallie Brandvold, Miners Next Step, Mon 3/16/26
TIME   DIR  WHO                              NOTES
8:20   OUT  Pet rescue (Deb, vol. coord.)    Background check for our site still pending.
                                             Deb will call back. I'll follow up Wednesday
                                             if I haven't heard.
9:05   IN   Gus Tremblay (para)              Out sick today. Asked him to order the new
                                             job-site ID badges when he's back; he said
                                             he'd do it Friday.
10:40  OUT  Owen Castellanos, LVC DRC        A.B.'s summer bridge application looks fine.
                                             No action.
1:15   IN   Parent of N.K.                   Asked about SWEP. N.K. won't be 15 by June 1,
                                             so not eligible this year. I offered to send
                                             Big Sky Youth Works info, but she already has
                                             it from Juniper. Nothing to send.
2:30   OUT  Dana Whitcomb                    SOP meetings for the 3 exiting students. Dana
                                             wants them held by April 15. I'll schedule.
""",[it(["Hallie Brandvold","Hallie"],"Follow up with the pet rescue about the background check",["background check","pet rescue"],"2026-03-18"),
 it(["Gus Tremblay","Gus"],"Order the new job-site ID badges",["ID badges"],"2026-03-20"),
 it(["Hallie Brandvold","Hallie"],"Schedule SOP meetings for the 3 exiting students",["SOP meetings"],"2026-04-15")])

import os
D='/work/blind/orchid/notes/'
for k,(date,poster,style,text,items) in N.items():
    open(D+f"{k:02d}.txt",'w').write(text)
    json.dump({"meetingDate":date,"poster":poster,"items":items},open(D+f"{k:02d}.json",'w'),indent=2,ensure_ascii=False)
    # sanity: keywords appear in task, not owner names
    for i in items:
        for kw in i['keywords']:
            assert kw.lower() in i['task'].lower(),(k,kw)
            assert all(kw.lower()!=o.lower() for o in i['owners'])
json.dump({k:{"date":v[0],"style":v[2],"items":len(v[4])} for k,v in N.items()},open('/work/blind/orchid/_build/notes_index.json','w'),indent=1)
print(len(N),sum(len(v[4]) for v in N.values()))
