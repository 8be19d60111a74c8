#!/usr/bin/env python3
"""Write directory-questions.jsonl from the hand-written questions below, with empty fits.
Run `python3 fits.py --write` afterwards to compute fits / answerable from the rules."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "ivy-211"

Q = [
    # --- travel training
    ("slack", {"kind": "travel_training", "place": "Orrinsburg", "age": 19},
     "anyone know who does this in orrinsburg? my 19yo in the 18-21 program (mild ID, super social) lives w his "
     "grandma on the east side and just got hired at the grocery store on 4th. grandma doesnt drive anymore and "
     "he really wants to go on his own. looking for someone who can ride the city bus with him a few times til he gets the route down"),
    ("slack", {"kind": "travel_training", "place": "Kettle Prairie", "age": 17},
     "junior, 17, autism + anxiety, lives out by kettle prairie w mom who works 2nd shift. his transition goal "
     "this yr is getting places w/o mom driving him. is there anybody out there who actually teaches kids how to "
     "use the bus or the county van by themselves?"),
    ("slack", {"kind": "travel_training", "zip": "52840", "age": 16},
     "new 10th grader just moved in, 16, CP and uses a walker, family's in 52840. she wants to get herself to "
     "the rec center and eventually a job but has never once booked a ride or been on any bus alone. who could "
     "show her how to schedule a ride and do it on her own?"),
    ("lookup", {"kind": "travel_training", "county": "Calder County"},
     "Is there any travel training (learning to ride public transit independently) available to residents of Calder County?"),
    # --- paratransit
    ("slack", {"kind": "paratransit", "place": "Ashby Flats", "schedule": "Saturday"},
     "my student (20, TBI from a car accident last yr, cant drive) got a saturday shift at the garden center in "
     "ashby flats!! mom works weekends too tho. is there any door to door ride that runs on saturdays out there? "
     "she uses a wheelchair for longer distances"),
    ("slack", {"kind": "paratransit", "near": "Dunmore Crossing", "schedule": "evenings"},
     "kiddo is 18, seizures so no license, family lives near dunmore crossing. she just signed up for a "
     "community ed class that gets out at 6. anyone know a van or ride service that picks up at the door and "
     "still runs that late?"),
    # --- driver's ed
    ("slack", {"kind": "drivers_ed", "place": "Orrinsburg", "age": 16},
     "16 yo w/ ADHD + dyspraxia, lives in orrinsburg, failed the permit test twice and his parents are nervous "
     "about him behind the wheel. is there anywhere in orrinsburg that teaches driving with extra support / "
     "slower pace for kids like him?"),
    ("slack", {"kind": "drivers_ed", "zip": "52835", "schedule": "Saturday", "age": 15},
     "15yo freshman, LD in reading, family is in 52835. all her friends are starting to learn to drive and she "
     "wants to too but needs the test read aloud and way more practice time. parents both work weekdays so "
     "saturdays would be best. who teaches this??"),
    ("lookup", {"kind": "drivers_ed", "near": "Pruett", "age": 17},
     "Adapted driving evaluation or driving lessons with hand controls near Pruett for a 17-year-old with spina bifida?"),
    # --- respite
    ("slack", {"kind": "respite", "place": "Halvorsen", "schedule": "Saturday", "age": 19},
     "mom of one of my seniors (19, down syndrome, nonverbal) is at the end of her rope, she's doing it all by "
     "herself and works part time. they're in halvorsen. is there any place mom can drop her off saturdays for a "
     "few hrs just so she gets a break?"),
    ("slack", {"kind": "respite", "place": "Marrow Creek", "age": 20},
     "20yo student, severe autism, lives w dad out by marrow creek. dad's a single parent, works nights, and "
     "hasnt had a night off in like 2 yrs. anybody know someone who would come stay with him or take him for a "
     "weekend so dad can actually sleep"),
    ("slack", {"kind": "respite", "zip": "52815", "schedule": "evenings", "age": 12},
     "not transition age but asking for the little brother of one of mine - 12yo w ADHD + ODD, family in 52815. "
     "parents are desperate for an evening out once in a while. is there anything where they could leave him for a "
     "few hrs at night and know he's ok"),
    # --- adult day
    ("slack", {"kind": "adult_day", "place": "Cedar Ledge", "schedule": "Saturday", "age": 22},
     "former student checking in - she's 22 now, ID + seizure disorder, lives w mom in cedar ledge. mom just got a "
     "job at the hospital that includes saturdays and there is nobody to be w her during the day. looking for a "
     "daytime program w staff she could go to while mom's at work, incl saturdays"),
    ("slack", {"kind": "adult_day", "county": "Calder County", "schedule": "evenings"},
     "grad from last yr (21, autism + ID) lives in calder county, dad works til 6:30 most days and the program "
     "she goes to ends way before that. is there any daytime program for adults out there that stays open into the evening?"),
    ("lookup", {"kind": "adult_day", "place": "Bexley Mills", "age": 21},
     "Adult day programs that serve a 21-year-old in Bexley Mills."),
    # --- VR / pre-ETS
    ("lookup", {"kind": "vocational_rehab", "place": "Little Sauk", "age": 17},
     "Vocational rehabilitation services for a 17-year-old student living in Little Sauk."),
    ("slack", {"kind": "pre_ets", "zip": "52820", "age": 15},
     "have a 15 yo freshman w low vision (uses a CCTV + large print), fam lives in 52820. parents keep asking what "
     "she can be doing NOW to get ready for a job later - job shadowing, work skills, that kind of thing, while "
     "she's still in school"),
    # --- supported employment
    ("slack", {"kind": "supported_employment", "place": "Pruett", "age": 20, "cost": "free"},
     "20yo in our post-hs program, ID, lives in pruett. he has his heart set on a real job at the farm store but "
     "he'll need someone to go to the job w him and help him learn it and stick with him. family cant pay anything"),
    ("slack", {"kind": "supported_employment", "place": "Kettle Prairie", "age": 17},
     "17 yo junior, autism, lives in kettle prairie. he's got an offer for part time dishwashing but will need "
     "someone right there on the job teaching him for a while. who does that for a 17yo out there"),
    ("lookup", {"kind": "supported_employment", "county": "Wapsie County", "cost": "Medicaid"},
     "Supported employment (job coaching) in Wapsie County that is paid through Medicaid."),
    # --- youth jobs
    ("slack", {"kind": "youth_jobs", "place": "Fenwick", "age": 15},
     "15 yo, dyslexia, lives in fenwick, really wants to earn his own money this summer. anything that helps "
     "teens get a summer job or paid work out there?"),
    ("slack", {"kind": "youth_jobs", "place": "Halvorsen", "schedule": "after school", "age": 16},
     "sophmore, 16, EBD, halvorsen. her counselor thinks a job would help alot but she's never even filled out "
     "an application. is there anything after school where teens get help finding a part time job?"),
    ("slack", {"kind": "youth_jobs", "place": "Orrinsburg", "language": "Spanish", "age": 17},
     "17yo ELL w IEP for LD, family only speaks spanish at home, they're in orrinsburg. he dropped out last fall "
     "and now he wants to work. looking for a program that helps young people get a paid job and that can talk "
     "to his mom in spanish"),
    # --- benefits counseling
    ("slack", {"kind": "benefits_counseling", "county": "Wapsie County", "schedule": "evenings"},
     "parents of my senior (18, CP, gets SSI) are scared that if he takes the grocery job his ssi and medicaid get "
     "cut off. they both work til 5:30, wapsie county. anyone who could sit down w them in the evening and walk "
     "thru what actually happens to his checks if he works?"),
    ("lookup", {"kind": "benefits_counseling", "place": "Ashby Flats", "language": "Spanish"},
     "Benefits counseling (how a job affects SSI and Medicaid) in Spanish for a family in Ashby Flats."),
    # --- benefits applications
    ("slack", {"kind": "benefits_applications", "zip": "52811", "language": "Karen"},
     "family is karen, mom speaks very little english, they live in 52811. son just turned 18 w severe ID and "
     "they've never applied for anything for him. who can help them actually fill out ssi and medicaid "
     "applications in karen?"),
    ("slack", {"kind": "benefits_applications", "place": "Kettle Prairie", "language": "Spanish"},
     "fam in kettle prairie, spanish only, daughter just turned 18 (ID). they got a letter from social security "
     "and have no idea where to start. need someone who can help them fill out the applications in spanish"),
    # --- crisis
    ("lookup", {"kind": "crisis_line", "place": "Pruett"},
     "Crisis lines or mobile crisis response available to residents of Pruett."),
    # --- independent living
    ("slack", {"kind": "independent_living", "place": "Little Sauk", "age": 19},
     "19yo in foster care, lives w his foster family in little sauk, LD + depression. he ages out soon and "
     "wants his own apartment but cant cook or budget at all. anybody who teaches the living-on-your-own stuff?"),
    ("slack", {"kind": "independent_living", "near": "Halvorsen", "language": "American Sign Language", "age": 18},
     "deaf student, 18, uses ASL, family lives near halvorsen. she wants to move out eventualy and wants to learn "
     "cooking, money, hiring her own help etc from someone who signs. ideas?"),
    ("lookup", {"kind": "independent_living", "place": "Dunmore Crossing", "age": 18},
     "Independent living skills training for an 18-year-old in Dunmore Crossing."),
    # --- housing
    ("slack", {"kind": "housing", "place": "Tilden Grove", "age": 20},
     "20yo, CP, power chair, lives w parents in tilden grove. when he finishes our program he wants his own "
     "accessible apartment. who helps pay the rent / deposit for something like that?"),
    ("lookup", {"kind": "housing", "county": "Wapsie County"},
     "Housing assistance for adults with disabilities in Wapsie County."),
    # --- parent training
    ("slack", {"kind": "parent_training", "place": "Ashby Flats", "language": "Marshallese"},
     "marshallese family in ashby flats, son is 16 w autism. parents want to understand his IEP and what happens "
     "after high school but everything so far has been in english. any classes or parent help in marshallese?"),
    # --- youth mental health
    ("slack", {"kind": "youth_mental_health", "near": "Orrinsburg", "schedule": "Saturday", "age": 16},
     "16yo girl, anxiety + self harm hx, lives near orrinsburg. parents both work weekdays and she flat out "
     "refuses to miss school. is there anyone she could see to talk to on saturdays?"),
    ("slack", {"kind": "youth_mental_health", "near": "Marrow Creek", "language": "Spanish", "age": 18},
     "18yo senior, depression getting worse, family near marrow creek speaks spanish and mom wants to be part of "
     "it. any counselor for her that does sessions in spanish?"),
    ("lookup", {"kind": "youth_mental_health", "place": "Cedar Ledge", "cost": "sliding scale", "age": 15},
     "Youth counseling in Cedar Ledge for a 15-year-old, with sliding scale fees."),
    # --- guardianship / legal
    ("slack", {"kind": "guardianship_legal", "county": "Calder County", "schedule": "evenings"},
     "student turns 18 in april (moderate ID), family in calder county keeps asking me about guardianship vs the "
     "other options. both parents work days. anyone who does legal help in the evenings so they can actualy go?"),
    ("slack", {"kind": "guardianship_legal", "zip": "52812", "schedule": "evenings"},
     "parents in 52812 want to look into guardianship for their son (18, down syndrome) but cant take time off "
     "work. any lawyer type help after work hours?"),
    # --- recreation
    ("slack", {"kind": "recreation", "near": "Tilden Grove", "schedule": "Saturday", "age": 12},
     "12 yo w autism near tilden grove, loves swimming and legos, family wants something fun for him on "
     "saturdays where he isnt the odd one out. ideas?"),
]


def main():
    with open(os.path.join(ROOT, "directory-questions.jsonl"), "w") as f:
        for i, (style, cond, text) in enumerate(Q, 1):
            rec = {"id": "%s-d%02d" % (SET, i), "question": text, "conditions": cond,
                   "fits": [], "answerable": False, "style": style}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(Q), "questions;", sum(1 for q in Q if q[0] == "slack"), "slack")


if __name__ == "__main__":
    main()
