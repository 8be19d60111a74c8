#!/usr/bin/env python3
"""Write directory-questions.jsonl with empty fits; run ../fits.py --write afterwards.
The comment after each question is the intended outcome (checked by hand against fits.py)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

Q = [
    # 01 vr1, vr2
    ("slack", "got a junior (17) w/ low vision, fam lives in corvin. she wants to work right after grad, "
              "who do i call to get her going w voc rehab?",
     {"kind": "vocational_rehab", "place": "Corvin", "age": 17}),
    # 02 pe4
    ("slack", "15 y/o sophmore on an IEP, zip is 65677. parents can only do saturdays bc of work. anything "
              "on a sat where he can learn to speak up for himself / explore jobs before he's out of school?",
     {"kind": "pre_ets", "zip": "65677", "age": 15, "schedule": "Saturday"}),
    # 03 none (pe1 closes 16:30, pe2 is 16+, pe3 is Kettle Creek/Ransom)
    ("slack", "my 15yo is in sports til 3 but free after school, lives out by meeker mill. is there anything "
              "for sped kids to figure out what jobs they'd like, like career exploration stuff, after school?",
     {"kind": "pre_ets", "place": "Meeker Mill", "age": 15, "schedule": "after school"}),
    # 04 se1, se3
    ("slack", "20 y/o in our 18-21 program, lives in dunmore hollow. he can do the work but needs someone "
              "to go to the job w him at first and check in after. who does that once he leaves us?",
     {"kind": "supported_employment", "place": "Dunmore Hollow", "age": 20}),
    # 05 se2
    ("lookup", "Supported or customized employment providers in Oxbow County with Spanish-speaking staff?",
     {"kind": "supported_employment", "county": "Oxbow", "language": "Spanish"}),
    # 06 none (Teen Work Crew starts at 15)
    ("slack", "kiddo just turned 14 and is dying for a summer job, family is in wexley. anyone hire "
              "kids that young or help them find something?",
     {"kind": "youth_jobs", "place": "Wexley", "age": 14}),
    # 07 yj1 (Harlan Falls job center, ~10 mi)
    ("slack", "17yo senior, lives near stone ridge, mom wants him to have a paid summer gig so he has "
              "something on his resume. any summer jobs programs within driving distance?",
     {"kind": "youth_jobs", "near": "Stone Ridge", "age": 17}),
    # 08 yj4
    ("lookup", "Part-time job help for a 16-year-old in ZIP 65674; family prefers Spanish.",
     {"kind": "youth_jobs", "zip": "65674", "age": 16, "language": "Spanish"}),
    # 09 tt2
    ("slack", "student in ransom (rural, no city bus) needs to learn how to get herself to work w/o mom "
              "driving her every day. is there anyone who teaches kids how to use the county van on their own?",
     {"kind": "travel_training", "place": "Ransom"}),
    # 10 none (TAT travel training is Harlan Falls only)
    ("slack", "does anybody teach kids to ride the bus by themselves out by meeker mill? she's ready but "
              "nobody in her family rides transit",
     {"kind": "travel_training", "place": "Meeker Mill"}),
    # 11 none (Dial-A-Ride is Harlan Falls only)
    ("slack", "wheelchair user in corvin got a saturday shift at the grocery store, needs a lift-equipped "
              "ride there and back on saturdays. who do i call??",
     {"kind": "paratransit", "place": "Corvin", "schedule": "Saturday"}),
    # 12 pt1
    ("slack", "student in 65602 uses a walker, can't do the regular bus. needs door to door rides incl "
              "saturdays for his volunteer job. options?",
     {"kind": "paratransit", "zip": "65602", "schedule": "Saturday"}),
    # 13 none (Larch rides ask for donations)
    ("slack", "fam in larch co has zero $$ for rides. is there a van or ride service for ppl w disabilities "
              "thats actually free? not a 'suggested donation' thing",
     {"kind": "paratransit", "county": "Larch", "cost": "free"}),
    # 14 none (no free driver's ed)
    ("slack", "16 y/o in bellwether w ADHD wants to learn to drive, parents cant pay for lessons. any "
              "driving school or drivers ed that's free?",
     {"kind": "drivers_ed", "place": "Bellwether", "age": 16, "cost": "free"}),
    # 15 de2
    ("lookup", "Driver's education classes on Saturdays for a 16-year-old who lives in Pruitt.",
     {"kind": "drivers_ed", "place": "Pruitt", "age": 16, "schedule": "Saturday"}),
    # 16 rs2, rs3
    ("slack", "single mom in wexley, 16 y/o son w autism, she's completely burnt out. anything that gives "
              "her a break on a saturday, someone to watch him for a few hrs?",
     {"kind": "respite", "place": "Wexley", "age": 16, "schedule": "Saturday"}),
    # 17 none (Emergency Respite inactive, Breather Weekends not free)
    ("slack", "parents in oxbow co are exhausted, need someone to take their daughter for a bit so they can "
              "breathe. they can't pay anything at all. ideas?",
     {"kind": "respite", "county": "Oxbow", "cost": "free"}),
    # 18 rs4
    ("slack", "19yo w CP, family near corvin, they'd love an overnight break sometimes but money is tight so "
              "it'd need to be sliding scale. anything like that?",
     {"kind": "respite", "near": "Corvin", "age": 19, "cost": "sliding scale"}),
    # 19 ad1
    ("lookup", "Weekday day program for a 21-year-old with an intellectual disability in Wexley that takes Medicaid.",
     {"kind": "adult_day", "place": "Wexley", "age": 21, "cost": "medicaid"}),
    # 20 none (The Gathering Place is Harlan Falls and sliding scale)
    ("slack", "aging out in may, 21, lives in pruitt, needs somewhere to go during the day while parents "
              "work. on the waiver so it has to take medicaid",
     {"kind": "adult_day", "place": "Pruitt", "cost": "medicaid", "age": 21}),
    # 21 rc1, rc4
    ("slack", "17 y/o in tamsen county just sits home all wknd. anything fun on saturdays — sports, swim, "
              "whatever — for kids w disabilities?",
     {"kind": "recreation", "county": "Tamsen", "age": 17, "schedule": "Saturday"}),
    # 22 rc3
    ("slack", "my 19yo has no friends since grad, lives near ivel. any social nights out for young adults w "
              "IDD, evenings bc she works days",
     {"kind": "recreation", "near": "Ivel", "age": 19, "schedule": "evenings"}),
    # 23 none (nobody in Dunmore Hollow lists ASL)
    ("slack", "deaf student, uses ASL, in dunmore hollow, wants something social/rec to do. anything w "
              "staff who sign?",
     {"kind": "recreation", "place": "Dunmore Hollow", "language": "American Sign Language"}),
    # 24 bc1
    ("slack", "student (19) in 65647 got offered a job at the grocery, mom is terrified he'll lose his ssi. "
              "who can sit down w them and explain what working does to his check?",
     {"kind": "benefits_counseling", "zip": "65647", "age": 19}),
    # 25 bc1
    ("lookup", "Work incentives / benefits counseling in Spanish for an SSDI family in ZIP 65615.",
     {"kind": "benefits_counseling", "zip": "65615", "language": "Spanish"}),
    # 26 ba2
    ("slack", "marshallese family in ransom, need help filling out the medicaid & ssi paperwork in their "
              "language. who helps w applications?",
     {"kind": "benefits_applications", "place": "Ransom", "language": "Marshallese"}),
    # 27 none (no Spanish application help in Tamsen County)
    ("slack", "spanish speaking mom in corvin needs help applying for medicaid for her son, the forms are "
              "overwhelming. anyone do that in spanish out there?",
     {"kind": "benefits_applications", "place": "Corvin", "language": "Spanish"}),
    # 28 ba3
    ("lookup", "Help applying for Medicaid or SSI in Vietnamese, Oxbow County.",
     {"kind": "benefits_applications", "county": "Oxbow", "language": "Vietnamese"}),
    # 29 il2
    ("slack", "17 yo near caddo ford, we want him learning to cook, budget, etc before he moves out. "
              "needs to be after school bc hes in class all day",
     {"kind": "independent_living", "near": "Caddo Ford", "age": 17, "schedule": "after school"}),
    # 30 il3
    ("slack", "20yo deaf young adult (ASL) near stone ridge wants a mentor who's been there, someone w a "
              "disability who lives on their own. anyone?",
     {"kind": "independent_living", "near": "Stone Ridge", "language": "American Sign Language", "age": 20}),
    # 31 hs2, hs4
    ("slack", "19 y/o aging out of foster care in larch co, needs a place to live w some support. what's out "
              "there?",
     {"kind": "housing", "county": "Larch", "age": 19}),
    # 32 none (vouchers are Harlan Falls only, the rest are Larch/Oxbow)
    ("slack", "22yo w autism in meeker mill wants his own place, cant afford rent. free housing help? or "
              "anything?",
     {"kind": "housing", "place": "Meeker Mill", "age": 22, "cost": "free"}),
    # 33 pa1
    ("slack", "parents in ivel only speak spanish and both work days. any parent workshop on transition / "
              "IEPs in the evenings in spanish?",
     {"kind": "parent_training", "place": "Ivel", "language": "Spanish", "schedule": "evenings"}),
    # 34 pa1, pa2
    ("lookup", "Evening transition workshops for parents in Tamsen County.",
     {"kind": "parent_training", "county": "Tamsen", "schedule": "evenings"}),
    # 35 mh1, mh2, mh3
    ("slack", "16 y/o in 65650, anxiety thru the roof, family has medicaid. who can see her for counseling?",
     {"kind": "youth_mental_health", "zip": "65650", "age": 16, "cost": "medicaid"}),
    # 36 none (Meadowlark youth clinic stops at 18; others too far)
    ("slack", "just turned 19, still in our program, lives near corvin. depression getting worse, needs a "
              "therapist. not an emergency. who takes young adults?",
     {"kind": "youth_mental_health", "near": "Corvin", "age": 19}),
    # 37 none (no Vietnamese crisis line)
    ("slack", "vietnamese speaking family near sumner gap — if their son is in crisis at night, is there a "
              "hotline that can talk to them in vietnamese?",
     {"kind": "crisis_line", "near": "Sumner Gap", "language": "Vietnamese"}),
    # 38 cl1, cl2, cl3
    ("lookup", "Crisis line or mobile crisis for a 17-year-old in Larch County.",
     {"kind": "crisis_line", "county": "Larch", "age": 17}),
    # 39 gl1, gl2
    ("lookup", "Free legal help with guardianship or supported decision-making for a family in Bellwether.",
     {"kind": "guardianship_legal", "place": "Bellwether", "cost": "free"}),
    # 40 none (no evening guardianship help covering Harlan Falls)
    ("lookup", "Guardianship legal help with evening hours for a family in ZIP 65601.",
     {"kind": "guardianship_legal", "zip": "65601", "schedule": "evenings"}),
]


def main():
    assert len(Q) == 40
    with open(os.path.join(OUT, "directory-questions.jsonl"), "w") as f:
        for i, (style, text, cond) in enumerate(Q, 1):
            f.write(json.dumps({"id": f"kale-d{i:02d}", "question": text, "conditions": cond,
                                "fits": [], "answerable": False, "style": style},
                               ensure_ascii=False) + "\n")
    print("slack", sum(q[0] == "slack" for q in Q), "lookup", sum(q[0] == "lookup" for q in Q))


if __name__ == "__main__":
    main()
