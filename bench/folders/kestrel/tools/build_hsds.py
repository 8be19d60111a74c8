#!/usr/bin/env python3
"""Write knowledge/heron-birch-services-directory.json (Open Referral HSDS-style)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'heron-birch-services-directory.json')

ORGS = {
 'hbisd': {'id': 'org-hbisd', 'name': 'Heron-Birch Intermediate School District', 'url': 'https://hbisd.example.org'},
 'mvas': {'id': 'org-mvas', 'name': 'Michigan Vocational Access Services - Port Maren District Office', 'url': 'https://mvas.example.org'},
 'cmh': {'id': 'org-hbcmh', 'name': 'Heron-Birch Community Mental Health', 'url': 'https://hbcmh.example.org'},
 'pmcc': {'id': 'org-pmcc', 'name': 'Port Maren Community College', 'url': 'https://pmcc.example.org'},
 'cil': {'id': 'org-tpcil', 'name': 'Tall Pines Center for Independent Living', 'url': 'https://tallpines.example.org'},
 'hcat': {'id': 'org-hcat', 'name': 'Heron County Area Transit Authority', 'url': 'https://hcat.example.org'},
 'nwa': {'id': 'org-nwa', 'name': 'Northwoods Workforce Alliance', 'url': 'https://nwa.example.org'},
 'fl': {'id': 'org-familylink', 'name': 'Family Link of Heron-Birch', 'url': 'https://familylink.example.org'},
 'coa': {'id': 'org-bcoa', 'name': 'Birch County Commission on Aging', 'url': None},
 'pmmh': {'id': 'org-pmmh', 'name': 'Port Maren Memorial Hospital', 'url': 'https://pmmh.example.org'},
 'ae': {'id': 'org-hbae', 'name': 'Heron-Birch Adult Education Consortium', 'url': None},
}
LOC = {
 'isd': ('HBISD Administration Building', '410 Ridgeway Avenue', 'Port Maren', '49690'),
 'mvas': ('MVAS Port Maren District Office', '221 Commerce Street', 'Port Maren', '49690'),
 'cmh': ('HBCMH Main Office', '77 Birchwood Court', 'Port Maren', '49690'),
 'cmhaf': ('HBCMH Birch County Clinic', '15 Mill Street', 'Alder Falls', '49671'),
 'pmcc': ('PMCC Thornton Hall', '1800 College Drive', 'Port Maren', '49690'),
 'pmcclib': ('PMCC Library', '1800 College Drive', 'Port Maren', '49690'),
 'cil': ('Tall Pines CIL', '88 Lakeview Drive', 'Port Maren', '49690'),
 'hcat': ('HCAT Depot Street Office', '30 Depot Street', 'Port Maren', '49690'),
 'nwa': ('Port Maren Service Center', '615 Harbor Road', 'Port Maren', '49690'),
 'aflib': ('Alder Falls Public Library', '204 River Street', 'Alder Falls', '49671'),
 'coa': ('Birch County Senior Center', '9 Elm Street', 'Cold Spring', '49674'),
 'pmmh': ('Port Maren Memorial Hospital', '500 Lakeshore Boulevard', 'Port Maren', '49690'),
 'fl': ('Family Link (inside HBISD building)', '410 Ridgeway Avenue, Suite 12', 'Port Maren', '49690'),
 'ae': ('Wick Harbor Learning Center', '33 Dock Street', 'Wick Harbor', '49682'),
}
def loc(k):
    n, a, c, z = LOC[k]
    return {'name': n, 'physical_addresses': [{'address_1': a, 'city': c, 'state_province': 'MI', 'postal_code': z, 'country': 'US'}]}
def sched(desc): return [{'description': desc}]
HB = [{'name': 'Heron County, MI'}, {'name': 'Birch County, MI'}]
H = [{'name': 'Heron County, MI'}]
B = [{'name': 'Birch County, MI'}]

S = [
 ('svc-01', 'Pre-Employment Transition Services (Pre-ETS)', 'mvas', 'Job exploration counseling, work-based learning, counseling on postsecondary options, workplace readiness training and self-advocacy instruction for students with disabilities. Usually delivered at school.', HB, ['555-0122'], ['mvas'], 'Students with disabilities ages 14 through 25 enrolled in an education program, with an IEP, 504 plan or other documentation of disability.', 'Free.', ['English', 'Spanish'], 'School year and summer; group workshops at the district office on Wednesdays, 3:30-5:00 p.m.', '2026-08-20'),
 ('svc-02', 'Vocational Rehabilitation', 'mvas', 'Individualized services to help people with disabilities prepare for, get and keep employment, under an Individualized Plan for Employment.', HB, ['555-0120'], ['mvas'], 'People with a disability that is an impediment to employment who need VR services to work. Order of selection applies; Category 3 is on a wait list as of July 1, 2026.', 'No charge for assessment, counseling or job placement. Financial needs test for some services; SSI and SSDI recipients exempt.', ['English', 'Spanish', 'ASL via interpreter'], 'Monday-Friday 8:00 a.m.-5:00 p.m.', '2026-08-20'),
 ('svc-03', 'Summer Work Experience', 'mvas', 'Six-week paid summer jobs for Pre-ETS students at community businesses, with a four-day work readiness boot camp.', HB, ['555-0122'], ['mvas'], 'Pre-ETS students ages 16-21.', 'Free to students; students are paid.', ['English'], 'Summer only.', '2026-12-10'),
 ('svc-04', 'Access Center', 'cmh', 'Phone screening and scheduling of intake assessments for mental health, substance use and developmental disability services.', HB, ['555-0140'], ['cmh', 'cmhaf'], 'Residents of Heron and Birch counties. Medicaid beneficiaries who meet medical necessity; others within available funds.', 'Medicaid covers services. Others pay by the state ability-to-pay schedule; private insurance billed first.', ['English', 'Spanish'], 'Monday-Friday 8:00 a.m.-5:00 p.m.', '2026-09-02'),
 ('svc-05', '24-Hour Crisis Line', 'cmh', 'Crisis counseling by phone and mobile crisis response for people of any age.', HB, ['555-0141'], ['cmh'], 'Anyone in Heron or Birch County.', 'Free.', ['English', 'Spanish', 'Interpreter line for other languages'], '24 hours a day, 7 days a week.', '2026-09-02'),
 ('svc-06', 'IPS Supported Employment', 'cmh', 'Individual Placement and Support: rapid job search and ongoing supports for adults with serious mental illness who want competitive work.', HB, ['555-0144'], ['cmh', 'cmhaf'], 'Adults 18 and older with a serious mental illness receiving HBCMH services.', 'Medicaid-covered; no fee to the person.', ['English'], 'Monday-Friday, evening appointments by request.', '2026-09-02'),
 ('svc-07', 'Habilitation Supports Waiver Supports Coordination', 'cmh', 'Supports coordination for adults enrolled in the Habilitation Supports Waiver, including community living supports, supported employment and respite.', HB, ['555-0143'], ['cmh'], 'Medicaid beneficiaries with a developmental disability who meet ICF/IID level of care and hold an HSW slot.', 'Medicaid-covered.', ['English'], 'Monday-Friday 8:00 a.m.-5:00 p.m.', '2026-09-02'),
 ('svc-08', 'Office of Accessibility Services', 'pmcc', 'Reasonable accommodations for PMCC students with disabilities under Section 504 and the ADA.', HB, ['555-0160'], ['pmcc'], 'Students admitted or enrolled at PMCC, including dual-enrolled high school students, with documentation of a disability.', 'Free to enrolled students.', ['English'], 'Monday-Friday 8:00 a.m.-4:30 p.m.; Tuesdays until 6:00 p.m. during fall and spring.', '2026-08-15'),
 ('svc-09', 'Testing Center', 'pmcc', 'Proctored exams for students with approved testing accommodations, placement testing and make-up exams.', HB, ['555-0162'], ['pmcclib'], 'PMCC students. Accommodated exams must be scheduled at least five business days ahead.', 'Free for PMCC course exams. Proctoring for non-PMCC exams is $30 per exam (2026 rate).', ['English'], 'Monday-Thursday 8:00 a.m.-7:00 p.m.; Friday 8:00 a.m.-3:00 p.m.', '2026-08-15'),
 ('svc-10', 'Laker Pantry', 'pmcc', 'Free groceries and hygiene items for PMCC students.', HB, ['555-0163'], ['pmcclib'], 'Any currently enrolled PMCC student with a student ID.', 'Free.', ['English'], 'Tuesdays and Thursdays, 11:00 a.m.-2:00 p.m.', '2026-08-15'),
 ('svc-11', 'Independent Living Skills and Next Gen Leaders Youth Group', 'cil', 'One-on-one independent living skills instruction (cooking, budgeting, bus travel, health care self-management) and a monthly youth leadership group for ages 14-24.', HB, ['555-0171'], ['cil'], 'People with any disability, any age, living in Heron or Birch County.', 'Free.', ['English', 'ASL'], 'Youth group second Tuesday of the month, 4:00-6:00 p.m.', '2026-10-01'),
 ('svc-12', 'Benefits Planning (Work Incentives Counseling)', 'cil', 'Individual benefits analysis for people on SSI, SSDI or CDB who are working or thinking about work, including PASS and ABLE planning.', HB, ['555-0172'], ['cil'], 'SSI, SSDI or CDB recipients, and students ages 14 and up who get or may apply for SSI.', 'Free.', ['English'], 'By appointment, Monday-Friday.', '2026-10-01'),
 ('svc-13', 'Home Access Ramp Program', 'cil', 'Builds modular wheelchair ramps for homeowners and renters with disabilities.', HB, ['555-0170'], ['cil'], 'Residents of Heron or Birch County with a mobility disability; renters need written landlord permission.', 'Free to income-eligible households (at or below 250% of the federal poverty level); others pay for materials.', ['English'], 'Waiting list of about four months.', '2026-10-01'),
 ('svc-14', 'Dial-A-Ride', 'hcat', 'Curb-to-curb shared-ride public transit anywhere in Heron County.', H, ['555-0180'], ['hcat'], 'General public. Trips must begin and end in Heron County.', 'General $2.50, reduced $1.25 one way (2026 fares, effective July 1, 2026).', ['English', 'Spanish'], 'Monday-Friday 6:30 a.m.-7:00 p.m.; Saturday 9:00 a.m.-4:00 p.m. inside Port Maren only. Reserve by 4:00 p.m. the business day before.', '2026-07-01'),
 ('svc-15', 'Travel Training', 'hcat', 'One-on-one instruction in riding Route 1 and Dial-A-Ride independently, including practice trips with a mobility coordinator.', H, ['555-0181'], ['hcat'], 'Residents of Heron County age 14 and older, including students referred by a school or MVAS.', 'Free. Trainees ride free during training.', ['English'], 'By appointment, weekdays.', '2026-07-01'),
 ('svc-16', 'NextStep Youth (WIOA Youth)', 'nwa', 'Paid work experience, occupational training, mentoring, tutoring, supportive services and 12 months of follow-up for eligible youth.', HB, ['555-0191'], ['nwa', 'aflib'], 'In-school youth 14-21 who are low-income with a barrier; out-of-school youth 16-24 with a barrier.', 'Free.', ['English', 'Spanish'], 'Port Maren Monday-Friday 8:00 a.m.-4:30 p.m.; Alder Falls Public Library Tuesdays 10:00 a.m.-3:00 p.m.', '2026-07-15'),
 ('svc-17', 'Employment Network (Ticket to Work)', 'nwa', 'Job search help and ongoing employment support for Ticket holders ages 18-64 on SSI or SSDI.', HB, ['555-0190'], ['nwa'], 'SSI or SSDI recipients ages 18-64 with a Ticket to Work.', 'Free to the ticket holder.', ['English'], 'Monday-Friday 8:00 a.m.-4:30 p.m.', '2026-07-15'),
 ('svc-18', 'Parent Mentor Program', 'fl', 'Trained parents of youth with disabilities help other families with IEPs, transition, guardianship alternatives and adult services.', HB, ['555-0175'], ['fl'], 'Parents and caregivers of children and young adults with disabilities, birth to 26.', 'Free.', ['English', 'Spanish'], 'Phone line Monday-Friday 9:00 a.m.-3:00 p.m.', '2026-09-10'),
 ('svc-19', 'Senior Transportation Van', 'coa', 'Door-to-door van for medical appointments and shopping within Birch County and to Port Maren medical appointments.', B, ['555-0177'], ['coa'], 'Birch County residents age 60 and older. Not available to younger riders with disabilities.', 'Suggested donation $2 per one-way trip.', ['English'], 'Monday, Wednesday and Friday, 8:00 a.m.-3:00 p.m. Call 48 hours ahead.', '2026-06-30'),
 ('svc-20', 'Driver Rehabilitation Evaluation', 'pmmh', 'Clinical and on-road driving evaluation by an occupational therapist certified in driver rehabilitation, with recommendations for adaptive equipment or training.', HB, ['555-0167'], ['pmmh'], 'Ages 15 and older with a physician referral. Must hold a Michigan learner permit or license for the on-road portion.', 'Evaluation $385 (2026 rate). Not covered by Medicaid; MVAS may pay when driving is part of an IPE.', ['English'], 'Tuesdays and Thursdays by appointment.', '2026-05-12'),
 ('svc-21', 'Career Bridge Internship', 'pmmh', 'One-year hospital-based internship program with three unpaid rotations for young adults with disabilities in their last year of school.', HB, ['555-0165'], ['pmmh'], 'Ages 18-25 in final year of school eligibility with an IEP in Heron or Birch County; must have applied to MVAS.', 'Free.', ['English'], 'School days 8:00 a.m.-2:00 p.m.', '2026-11-02'),
 ('svc-22', 'Bridgeway Young Adult Program', 'hbisd', 'Special education program for students 18-25 who have not received a regular diploma, located on the PMCC campus, with community work on Fridays.', HB, ['555-0112'], ['pmcc'], 'HBISD students ages 18-25 recommended by their IEP team.', 'Free (public education).', ['English'], 'Monday-Thursday 8:30 a.m.-2:30 p.m.; Fridays community work days.', '2026-08-25'),
 ('svc-23', 'Adult Education and High School Equivalency', 'ae', 'Adult basic education, high school completion credits and GED test preparation.', HB, ['555-0185'], ['ae', 'aflib'], 'Residents age 18 and older who are not enrolled in high school. Students with an active IEP should use their district first.', 'Free classes. GED test fees are paid by the student.', ['English', 'Spanish'], 'Monday-Thursday 9:00 a.m.-12:00 p.m. and 6:00-8:30 p.m.', '2026-08-01'),
]
services = []
for sid, name, org, desc, areas, phones, locs, elig, fees, langs, sch, assured in S:
    services.append({
        'id': sid, 'name': name, 'description': desc,
        'organization': ORGS[org],
        'service_areas': areas,
        'phones': [{'number': p} for p in phones],
        'locations': [loc(k) for k in locs],
        'eligibility_description': elig,
        'fees_description': fees,
        'languages': langs,
        'schedules': sched(sch),
        'assured_date': assured,
    })
doc = {'name': 'Heron-Birch Transition Services Directory', 'version': '2026-12', 'publisher': 'Heron-Birch Transition Council', 'services': services}
with open(OUT, 'w') as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
print(len(services), 'services')
