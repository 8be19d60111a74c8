#!/usr/bin/env python3
"""Writes directory-questions.jsonl (fits left empty; fits.py --write fills them) and keeps the
intended answer keys so check_intent.py can compare them with what fits.py computes."""
import json, os, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "jasmine-211"

# (style, question, conditions, intended service keys)
Q = [
 ("slack", "got a 17 y/o junior w/ autism in harwood, still on his iep. mom wants him to get some actual work experience before he graduates, like trying out jobs w/ someone helping him. who sets that up for sped kids?",
  {"kind": "pre_ets", "place": "Harwood", "age": 17}, ["P1", "P2"]),
 ("slack", "former student, 19, finished w/ a certificate of completion last june. lives in bramwell. she wants a real job but needs someone to help her find one and stick w/ her on the job at first. who do i call",
  {"kind": "supported_employment", "place": "Bramwell", "age": 19}, ["SE2"]),
 ("slack", "family in kettle county, parents only speak spanish. son is 20 w/ ID and needs a job coach type person to get him hired + trained. anyone who can work w/ the family in spanish??",
  {"kind": "supported_employment", "county": "Kettle", "language": "Spanish"}, []),
 ("slack", "my 16yo in wicklow wants to get herself to her grocery job on the bus but has never ridden it alone. is there someone who teaches kids how to ride the bus?",
  {"kind": "travel_training", "place": "Wicklow", "age": 16}, ["T1"]),
 ("slack", "kid lives near harwood, works weekdays after school so the only time he could practice riding the bus w/ someone is saturdays. anyone do bus training on saturdays around there",
  {"kind": "travel_training", "near": "Harwood", "schedule": "Saturday"}, []),
 ("lookup", "Which paratransit or ride services cover ZIP 49660?",
  {"kind": "paratransit", "zip": "49660"}, ["PT2", "PT3"]),
 ("slack", "student in sorrel lake uses a power chair and the family has no car. he needs rides picked up at the door to get to his job, incl saturdays. is there a van service that does that?",
  {"kind": "paratransit", "place": "Sorrel Lake", "schedule": "Saturday"}, ["PT4"]),
 ("slack", "16 y/o in ashby wants to get his license. parents speak spanish only and want the class part in spanish so they can help him study. any drivers ed like that?",
  {"kind": "drivers_ed", "place": "Ashby", "language": "Spanish"}, []),
 ("slack", "have a 16yo w/ CP out in quarry hill who wants to learn to drive, prob needs hand controls. where does she even start, someone has to evaluate her right?",
  {"kind": "drivers_ed", "place": "Quarry Hill", "age": 16}, ["D1"]),
 ("slack", "mom of a 12 yo w/ down syndrome out by norris bend is totally burnt out. she needs a few hours off, saturdays would be ideal. any programs that take the kids for the day?",
  {"kind": "respite", "place": "Norris Bend", "age": 12, "schedule": "Saturday"}, ["R2"]),
 ("slack", "family in brackett has a 15yo w/ severe autism. they need someone to take care of him on saturdays so they can get to his sisters games. what is there?",
  {"kind": "respite", "place": "Brackett", "age": 15, "schedule": "Saturday"}, []),
 ("slack", "20 y/o in osprey county lives w/ grandma who needs a break now and then, maybe even an overnight. he has medicaid waiver. who does caregiver breaks that bill medicaid?",
  {"kind": "respite", "county": "Osprey", "age": 20, "cost": "medicaid"}, ["R1", "R4"]),
 ("slack", "22 y/o in ashby ages out of our program in june. parents both work and he cant be home alone all day. somewhere he can go during the day? he has medicaid",
  {"kind": "adult_day", "place": "Ashby", "age": 22, "cost": "medicaid"}, ["A3"]),
 ("slack", "19yo in pine hollow left school early, parents work days and she sits home alone. any day program she could go to, sometihng structured?",
  {"kind": "adult_day", "place": "Pine Hollow", "age": 19}, []),
 ("lookup", "Job search help for a 14-year-old in Harwood, with Arabic-speaking staff.",
  {"kind": "youth_jobs", "place": "Harwood", "age": 14, "language": "Arabic"}, ["Y3"]),
 ("slack", "15 y/o in dunmore is obsessed w/ basketball but cant keep up on the school team. is there a league for kids w/ disabilities? sat would be best for the family",
  {"kind": "recreation", "place": "Dunmore", "age": 15, "schedule": "Saturday"}, ["RC1"]),
 ("slack", "grad from 2 yrs ago (24 now) in brackett is really lonely since school ended. mom asked if theres anything social for him at night, like a club or hangouts",
  {"kind": "recreation", "place": "Brackett", "age": 24, "schedule": "evenings"}, ["RC2"]),
 ("slack", "19 y/o in pine hollow, parents want something fun for her this summer, like a camp for kids w/ disabilties. anything?",
  {"kind": "recreation", "place": "Pine Hollow", "age": 19}, []),
 ("slack", "student is 18, on ssi, just got offered a job at the hospital in fennick. family terrified he'll lose his check and medicaid. who can sit w/ them and run the numbers?",
  {"kind": "benefits_counseling", "place": "Fennick", "age": 18}, ["BC1", "BC3"]),
 ("lookup", "Vocational rehabilitation offices serving Tamarack County with Spanish-speaking counselors.",
  {"kind": "vocational_rehab", "county": "Tamarack", "language": "Spanish"}, ["V1"]),
 ("slack", "dad of one of my students in ashby speaks arabic, hes worried her ssdi stops if she takes a part time job. anyone who can explain how working affects it, in arabic?",
  {"kind": "benefits_counseling", "place": "Ashby", "language": "Arabic"}, []),
 ("lookup", "Free help applying for SSI and Medicaid in ZIP 49651.",
  {"kind": "benefits_applications", "zip": "49651", "cost": "free"}, ["BA1"]),
 ("slack", "parents in ludlow falls both work til 5 and need help w/ the adult medicaid paperwork for their son turning 18. anybody do that after work hrs?",
  {"kind": "benefits_applications", "place": "Ludlow Falls", "schedule": "evenings"}, ["BA3"]),
 ("slack", "family in harwood needs help filling out the ssi application, the only day they can do is saturday bc of work. who helps w/ that on a sat?",
  {"kind": "benefits_applications", "place": "Harwood", "schedule": "Saturday"}, []),
 ("slack", "17yo in fennick wants to move out w/ friends after grad but cant cook or do a budget. somewhere he can learn that stuff after school?",
  {"kind": "independent_living", "place": "Fennick", "age": 17, "schedule": "after school"}, ["IL2"]),
 ("lookup", "Independent living skills services in ZIP 49655 for a Deaf student who uses American Sign Language.",
  {"kind": "independent_living", "zip": "49655", "language": "American Sign Language"}, ["IL1"]),
 ("slack", "student in dunmore wants to learn to live on her own (money, cooking, getting around). family only speaks spanish and wants to be part of it. any IL program in spanish?",
  {"kind": "independent_living", "place": "Dunmore", "language": "Spanish"}, []),
 ("lookup", "Supported housing for a 20-year-old with an intellectual disability in Harwood, paid through Medicaid.",
  {"kind": "housing", "place": "Harwood", "age": 20, "cost": "medicaid"}, ["H2"]),
 ("slack", "young man in pine hollow (21) wants his own place w/ staff checking in. he has medicaid waiver. who does that out there?",
  {"kind": "housing", "place": "Pine Hollow", "cost": "medicaid"}, []),
 ("slack", "parents of a 15 y/o in quarry hill have NO idea what transition planning is. spanish speaking, both work days. any trainings for parents in the evening?",
  {"kind": "parent_training", "place": "Quarry Hill", "language": "Spanish", "schedule": "evenings"}, ["PA1"]),
 ("lookup", "Free parent training on transition planning in Tamarack County.",
  {"kind": "parent_training", "county": "Tamarack", "cost": "free"}, ["PA1", "PA3"]),
 ("slack", "14 y/o in harwood, super anxious, has basically stopped coming to school. family has medicaid. need a counselor she can see after school, who do i call?",
  {"kind": "youth_mental_health", "place": "Harwood", "age": 14, "cost": "medicaid", "schedule": "after school"}, ["M1"]),
 ("slack", "former student 23 y/o in fennick reached out, says hes been really depressed since graduating. where can he get counseling?",
  {"kind": "youth_mental_health", "place": "Fennick", "age": 23}, []),
 ("lookup", "Counseling for a 20-year-old within 15 miles of Quarry Hill.",
  {"kind": "youth_mental_health", "near": "Quarry Hill", "age": 20}, ["M1", "M4"]),
 ("slack", "one of my 16yo's in pine hollow texted me at 9pm last night saying she didnt want to be alive. she's safe now. what number can she call at night if it happens again?",
  {"kind": "crisis_line", "place": "Pine Hollow", "age": 16, "schedule": "evenings"}, ["C1", "C2"]),
 ("slack", "family in harwood speaks arabic, son has been talking about hurting himself. is there a crisis line they can call and talk to someone in arabic?",
  {"kind": "crisis_line", "place": "Harwood", "language": "Arabic"}, []),
 ("lookup", "Free legal help on guardianship and its alternatives for a family in Wicklow.",
  {"kind": "guardianship_legal", "place": "Wicklow", "cost": "free"}, ["G1", "G3"]),
 ("slack", "parents in kettle county keep asking if they have to get guardianship when he turns 18. they can only meet on a saturday. anyone who does legal stuff on sat??",
  {"kind": "guardianship_legal", "county": "Kettle", "schedule": "Saturday"}, []),
 ("slack", "how do i refer a 20 y/o in ashby to voc rehab? hes out of school now and the family speaks arabic at home",
  {"kind": "vocational_rehab", "place": "Ashby", "age": 20, "language": "Arabic"}, ["V2"]),
 ("lookup", "Paid summer jobs for a 15-year-old in Ludlow Falls.",
  {"kind": "youth_jobs", "place": "Ludlow Falls", "age": 15}, ["Y4"]),
]

def main():
    assert len(Q) == 40
    rows, intent = [], {}
    for i, (style, text, cond, keys) in enumerate(Q, 1):
        qid = "%s-d%02d" % (NAME, i)
        rows.append({"id": qid, "question": text, "conditions": cond, "fits": [],
                     "answerable": bool(keys), "style": style})
        intent[qid] = keys
    with open(os.path.join(OUT, "directory-questions.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "_build", "intent.json"), "w") as f:
        json.dump(intent, f, indent=1)
    print("questions", len(rows), "slack", sum(r["style"] == "slack" for r in rows),
          "intended unanswerable", sum(not k for k in intent.values()))

if __name__ == "__main__":
    main()
