"""Build knowledge/bluestem-services-directory.json (Open Referral HSDS-style)."""
import json, os
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'bluestem-services-directory.json')

ORGS = {
 'vr': ('org-01', 'Harlan Falls VR Office', 'https://vr.example.org/harlan-falls'),
 'bvcc': ('org-02', 'Bluestem Valley Community College', 'https://bvcc.example.org'),
 'frtc': ('org-03', 'Flint Ridge Technical College', 'https://flintridge.example.org'),
 'wfc': ('org-04', 'Bluestem Workforce Center', 'https://bluestemworks.example.org'),
 'cil': ('org-05', 'Open Prairie Center for Independent Living', 'https://openprairie.example.org'),
 'pbpp': ('org-06', 'Plains Benefits Planning Project', 'https://plainsbenefits.example.org'),
 'tep': ('org-07', 'Tallgrass Employment Partners', 'https://tallgrassep.example.org'),
 'bfc': ('org-08', 'Bluestem Family Connections', 'https://bluestemfamilies.example.org'),
 'hat': ('org-09', 'Harlan Falls Area Transit', 'https://hat.example.org'),
 'bsec': ('org-10', 'Bluestem Special Education Cooperative', 'https://bsec.example.org'),
 'bcha': ('org-11', 'Bluestem County Housing Authority', 'https://bcha.example.org'),
 'hfpl': ('org-12', 'Harlan Falls Public Library', 'https://hfpl.example.org'),
 'pla': ('org-13', 'Prairie Legal Aid', 'https://prairielegal.example.org'),
 'bbh': ('org-14', 'Bluestem Behavioral Health', 'https://bluestembh.example.org'),
 'stb': ('org-15', 'St. Brendan Regional Medical Center', 'https://stbrendan.example.org'),
 'atr': ('org-16', 'Plains Assistive Technology Reuse Center', 'https://plainsat.example.org'),
}
ADDR = {
 'vr': ('Harlan Falls VR Office', '1220 Grant Avenue, Suite 200', 'Harlan Falls', '67590'),
 'bvcc': ('BVCC Hollis Student Center', '2100 College Drive', 'Harlan Falls', '67590'),
 'frtc': ('Flint Ridge Technical College Main Campus', '77 Quarry Road', 'Kiowa Bend', '67593'),
 'wfc': ('Bluestem Workforce Center', '300 Depot Street', 'Harlan Falls', '67590'),
 'cil': ('Open Prairie CIL', '640 Maple Avenue', 'Harlan Falls', '67590'),
 'pbpp': ('Bluestem Workforce Center (outreach site)', '300 Depot Street', 'Harlan Falls', '67590'),
 'tep': ('Tallgrass Employment Partners', '918 Main Street, Suite 3', 'Harlan Falls', '67590'),
 'bfc': ('Bluestem Family Connections', '212 Cedar Street', 'Harlan Falls', '67590'),
 'hat': ('HAT Office', '55 Union Street', 'Harlan Falls', '67590'),
 'bsec': ('Linden Street Annex', '415 Linden Street', 'Harlan Falls', '67590'),
 'bcha': ('Bluestem County Housing Authority', '19 Courthouse Square', 'Harlan Falls', '67590'),
 'hfpl': ('Harlan Falls Public Library', '400 Library Lane', 'Harlan Falls', '67590'),
 'pla': ('Prairie Legal Aid', '1010 Grant Avenue', 'Harlan Falls', '67590'),
 'bbh': ('Bluestem Behavioral Health Kiowa Bend Clinic', '31 Elm Street', 'Kiowa Bend', '67593'),
 'stb': ('St. Brendan Regional Medical Center', '1500 Hospital Drive', 'Harlan Falls', '67590'),
 'atr': ('Plains AT Reuse Center', '640 Maple Avenue, Lower Level', 'Harlan Falls', '67590'),
}
THREE = [{'name': 'Bluestem County'}, {'name': 'Osage Creek County'}, {'name': 'Wren County'}]
BW = [{'name': 'Bluestem County'}, {'name': 'Wren County'}]
B = [{'name': 'Bluestem County'}]

S = [
 ('vr', 'Pre-Employment Transition Services (Pre-ETS)', 'Job exploration counseling, work-based learning, counseling on postsecondary options, workplace readiness training and self-advocacy instruction for students with disabilities. Referrals through the online Pre-ETS Referral Portal.', THREE, '555-0117', 'Students with disabilities ages 14 through 21 enrolled in an education program. No VR application needed.', 'Free.', ['English', 'Spanish'], 'Group sessions Wednesday afternoons at Harlan Falls High School and Tallgrass High School during the school year.', '2025-09-15'),
 ('vr', 'Vocational Rehabilitation Services', 'Individualized services leading to employment, including assessment, counseling, training, assistive technology, job placement and supported employment, under an Individualized Plan for Employment.', THREE, '555-0110', 'People with disabilities who want to work and need VR services to get or keep a job. Eligibility decided within 60 days of application.', 'No fee for most services. Some services use a financial needs test.', ['English', 'Spanish', 'ASL'], 'Monday-Friday 8:00 a.m.-5:00 p.m. Orientation first and third Monday at 10:00 a.m.', '2025-09-15'),
 ('bvcc', 'Access and Disability Resources (ADR)', 'Academic accommodations for BVCC students with disabilities under Section 504 and the ADA, including testing accommodations, alternate format texts and interpreters.', B + [{'name': 'Wren County'}], '555-0125', 'Admitted or enrolled BVCC students with a documented disability.', 'Free.', ['English'], 'Monday-Friday 8:00 a.m.-4:30 p.m.; summer Fridays until noon.', '2025-07-21'),
 ('bvcc', 'Jump Start Summer Orientation', 'Two-day campus orientation for incoming BVCC students with disabilities: meeting ADR staff, practicing the accommodation request, touring the Testing Center.', BW, '555-0126', 'Students admitted to BVCC for fall 2026 who have registered with ADR.', 'Free; lunch provided.', ['English'], 'July 28-29, 2026, 9:00 a.m.-3:00 p.m.', '2026-01-15'),
 ('frtc', 'Student Success Center Accommodations', 'Accommodations and tutoring for Flint Ridge Technical College students with disabilities in certificate and diploma programs.', BW, '555-0131', 'Enrolled Flint Ridge students with documentation of disability.', 'Free.', ['English', 'Spanish'], 'Monday-Thursday 7:30 a.m.-6:00 p.m., Friday 7:30 a.m.-noon.', '2025-10-02'),
 ('wfc', 'WIOA Youth Program', 'Case management, work experience, occupational skills training, tutoring and follow-up services for young people with barriers to employment. Operated by Heartland Youth Works.', BW, '555-0151', 'In-school youth 14-21 (low-income, with a barrier) and out-of-school youth 16-24.', 'Free.', ['English', 'Spanish'], 'Youth walk-in hours Wednesdays 2:00-6:00 p.m.', '2026-02-02'),
 ('wfc', 'Summer Youth Work Experience', 'Paid summer jobs with local employers; job coaching for students referred through Pre-ETS.', BW, '555-0151', 'Youth ages 16-21. Apply by April 17, 2026.', 'Free. Participants are paid $13.25 per hour.', ['English', 'Spanish'], 'June 8 - July 31, 2026; up to 20 hours per week.', '2026-02-02'),
 ('cil', 'Next Step Independent Living Class', 'Ten-week class on budgeting, cooking, using the bus, health care and self-advocacy for young people with disabilities.', THREE, '555-0138', 'Ages 14 to 24 with any disability.', 'Free.', ['English'], 'Winter, spring and summer sessions; see Open Prairie website.', '2025-12-09'),
 ('cil', 'Travel Training', 'One-on-one instruction in riding HAT fixed-route buses safely, usually 4 to 8 sessions.', B, '555-0138', 'Youth and adults with disabilities able to learn to ride fixed-route transit.', 'Free.', ['English', 'Spanish'], 'By appointment, weekdays.', '2025-12-09'),
 ('cil', 'Youth Peer Mentoring', 'Trained and paid young adult mentors with disabilities meet high school students one-on-one.', THREE, '555-0138', 'High school students with disabilities ages 14-21.', 'Free.', ['English'], 'By appointment; most meetings after school.', '2025-12-09'),
 ('pbpp', 'Work Incentives Benefits Counseling', 'Benefits counseling for SSI and SSDI beneficiaries who are working or thinking about work: SEIE, PASS, Trial Work Period, 1619(b), ABLE.', THREE, '555-0133', 'SSI or SSDI beneficiaries age 14 and older.', 'Free.', ['English', 'Spanish'], 'Tuesdays and Thursdays at the Bluestem Workforce Center, 9:00 a.m.-4:00 p.m.', '2026-01-12'),
 ('tep', 'Ticket to Work Employment Network', 'Career planning, job placement and long-term job support for Ticket holders; Partnership Plus with VR.', THREE, '555-0147', 'SSI or SSDI beneficiaries ages 18 through 64.', 'Free to the participant.', ['English'], 'Monday-Friday 9:00 a.m.-5:00 p.m.; Thursdays until 7:00 p.m.', '2025-11-01'),
 ('tep', 'Supported Employment and Job Coaching', 'Job development and on-site job coaching, funded by VR or by the Medicaid HCBS waiver.', THREE, '555-0146', 'Adults with significant disabilities with a VR authorization or waiver funding.', 'Paid by VR or Medicaid waiver; private pay rate $48 per hour.', ['English'], 'Monday-Friday 9:00 a.m.-5:00 p.m.', '2025-11-01'),
 ('bfc', 'Parent Training and Information', 'Free one-on-one help for families of children and young adults with disabilities: IEPs, transition planning, rights at 18.', THREE, '555-0129', 'Families of children and youth with disabilities from birth to age 26.', 'Free.', ['English', 'Spanish', 'Vietnamese'], 'Monday-Friday 9:00 a.m.-4:00 p.m.', '2026-01-20'),
 ('bfc', 'Decisions at 18 Workshop', 'Workshop on transfer of rights, supported decision-making, powers of attorney and guardianship.', THREE, '555-0129', 'Families and students ages 16 and older.', 'Free.', ['English', 'Spanish'], 'Third Tuesday of October, January and April, 6:30 p.m.', '2026-01-20'),
 ('hat', 'HAT Access Paratransit', 'ADA complementary paratransit, curb-to-curb, within three-quarters of a mile of HAT fixed routes.', B, '555-0171', 'People certified by HAT as unable to use fixed-route buses some or all of the time.', '$2.00 per one-way ride; 10-ride book $18.00; PCA rides free.', ['English', 'Spanish'], 'Monday-Friday 6:00 a.m.-7:00 p.m.; Saturday 8:00 a.m.-5:00 p.m.', '2025-07-01'),
 ('bsec', 'Bluestem Bridge 18-21 Program', 'Transition program for students 18-21 who have completed four years of high school without a regular diploma: community skills, independent living and work sites.', [{'name': 'Bluestem County'}, {'name': 'Wren County'}], '555-0144', 'Students of BSEC member districts ages 18-21 whose IEP team recommends continued transition services.', 'Free (public education).', ['English'], 'School days 8:00 a.m.-2:45 p.m.', '2025-08-11'),
 ('bsec', 'Career Bridge Internship', 'Year-long unpaid internship at St. Brendan Regional Medical Center with three 10-week rotations.', [{'name': 'Bluestem County'}, {'name': 'Wren County'}], '555-0145', 'Students 18-21 in their final year of school services. Application deadline February 27, 2026.', 'Free.', ['English'], 'School days 8:00 a.m.-2:30 p.m. at the hospital.', '2026-01-09'),
 ('bcha', 'Housing Choice Voucher (Section 8)', 'Rental assistance vouchers for low-income households, with a preference for people with disabilities leaving institutions.', B, '555-0175', 'Households under 50 percent of area median income.', 'No application fee. Tenants pay about 30 percent of adjusted income toward rent.', ['English', 'Spanish'], 'Waiting list opens periodically; check website.', '2025-06-30'),
 ('hfpl', 'Assistive Technology Computer Lab', 'Public computers with screen readers, magnification software, speech-to-text and adjustable tables; staff help by appointment.', B, '555-0180', 'Anyone with a library card.', 'Free. Printing 10 cents per page.', ['English'], 'Monday-Thursday 10:00 a.m.-8:00 p.m.; Friday-Saturday 10:00 a.m.-5:00 p.m.', '2025-09-01'),
 ('pla', 'Guardianship Alternatives Legal Clinic', 'Free legal advice on supported decision-making agreements, powers of attorney, and limited guardianship for young adults with disabilities.', THREE, '555-0185', 'Young adults 17-26 with disabilities and their families; household income under 200 percent of poverty guidelines.', 'Free for eligible households.', ['English', 'Spanish'], 'Second Wednesday of each month, 1:00-4:00 p.m., by appointment.', '2025-10-15'),
 ('bbh', 'Transition-Age Youth Mental Health Services', 'Counseling, psychiatric care and case management for young people ages 16-25 with mental health needs moving to adult services.', BW, '555-0190', 'Ages 16-25 living in Bluestem or Wren County.', 'Sliding fee scale; Medicaid and most insurance accepted.', ['English', 'Spanish'], 'Monday-Friday 8:00 a.m.-6:00 p.m.; 24-hour crisis line.', '2025-08-20'),
 ('stb', 'Driver Rehabilitation Evaluation', 'Clinical and behind-the-wheel driving evaluation by an occupational therapist for new drivers with disabilities; adaptive equipment recommendations.', THREE, '555-0192', 'Age 15 and older with a learner permit or eligible for one; physician referral required.', 'Evaluation fee $275; VR may pay for eligible clients.', ['English'], 'Tuesdays and Fridays by appointment.', '2025-05-12'),
 ('atr', 'Assistive Technology Device Loan and Reuse', 'Short-term loans of assistive technology devices (up to 30 days) so users can try before buying; refurbished devices at low cost.', THREE, '555-0194', 'Any resident of the service area with a disability, family member or professional.', 'Loans free; refurbished devices sold at 10 to 25 percent of retail.', ['English'], 'Monday, Wednesday, Friday 9:00 a.m.-3:00 p.m.', '2025-11-18'),
]

services = []
for i, (org, name, desc, areas, phone, elig, fees, langs, sched, assured) in enumerate(S, 1):
    oid, oname, ourl = ORGS[org]
    lname, a1, city, zipc = ADDR[org]
    services.append({
        'id': f'svc-{i:03d}', 'name': name, 'description': desc,
        'organization': {'id': oid, 'name': oname, 'url': ourl},
        'service_areas': areas, 'phones': [{'number': phone}],
        'locations': [{'name': lname, 'physical_addresses': [{'address_1': a1, 'city': city, 'state_province': 'KS', 'postal_code': zipc}]}],
        'eligibility_description': elig, 'fees_description': fees, 'languages': langs,
        'schedules': [{'description': sched}], 'assured_date': assured,
    })
doc = {'name': 'Bluestem County Transition Services Directory', 'services': services}
with open(OUT, 'w') as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
print(len(services), 'services')
