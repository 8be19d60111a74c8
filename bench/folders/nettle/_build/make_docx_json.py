import zipfile, json, os
from xml.sax.saxutils import escape
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge')

# ---------- 07 docx ----------
def p(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
def table(rows):
    x = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
    for r in rows:
        x += '<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(c)}</w:tc>' for c in r) + '</w:tr>'
    return x + '</w:tbl>'
body = [
 p('Bridges Program Handbook 2025-2026', 'Heading1'),
 p('Larkspur Public Schools community-based program for students ages 18 through 21. Larkspur Community Learning Center, 85 Depot Street, Bellhaven, NE 68899. Main line 402-555-0131.'),
 p('About Bridges', 'Heading2'),
 p('Bridges serves students who have completed four years of high school but have not received a regular diploma. Instruction takes place in the community: at job sites, in stores, on Larkspur Lift, and at the Learning Center apartment. Enrollment is capped at 16 students per year.'),
 p('Staff', 'Heading2'),
 p('Lead Teacher: Leona Brightwater. Paraeducators: Jonah Pettis and Aurelia Mack. Job Developer (shared with Larkspur High): Simone Tillery, 402-555-0133.'),
 p('Weekly Schedule', 'Heading2'),
 table([
  ['Day', 'Morning (8:10-11:30)', 'Afternoon (12:15-2:50)'],
  ['Monday', 'Planning, budgeting and meal prep', 'Community errands and banking'],
  ['Tuesday', 'Job sampling at work sites', 'Job sampling at work sites'],
  ['Wednesday', 'Self-advocacy class with Pre-ETS specialist', 'Fitness at Bellhaven YMCA'],
  ['Thursday', 'Job sampling at work sites', 'Job sampling at work sites'],
  ['Friday', 'Apartment living skills', 'Early release at 1:30 p.m.'],
 ]),
 p('Job Sampling Sites', 'Heading2'),
 p('Current sites are Larkspur County Library, Bellhaven Regional Hospital linen services, Hy-Val Grocery, Prairie Ridge Community College grounds crew, and Cottonwood Animal Shelter. Students rotate to a new site every nine weeks.'),
 p('Transportation', 'Heading2'),
 p('Students are expected to learn to ride Larkspur Lift. Bridges buys Lift punch cards for students during program hours. Students who have not completed travel training are referred to Sandhill Center for Independent Living in their first month.'),
 p('Attendance', 'Heading2'),
 p('If a student will be absent, the student (not the parent, for students 19 and older) should call 402-555-0131 by 8:00 a.m.'),
 p('Exit Planning', 'Heading2'),
 p('Each student in the final year has a hand-off meeting in January with Nebraska VR, Bluestem Supports and, if eligible, a DHHS-DD service coordinator. The Summary of Performance is given on the last day of attendance.'),
]
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
 + ''.join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
 '<Default Extension="xml" ContentType="application/xml"/>'
 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
with zipfile.ZipFile(os.path.join(OUT, '07_bridges_program_handbook_2025-26.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc); z.writestr('word/styles.xml', styles)
    z.writestr('word/_rels/document.xml.rels', drels)

# ---------- 18 HSDS json ----------
ORGS = {
 'nevr': ('org-nevr', 'Nebraska VR - Bellhaven Area Office', 'https://vr.example.org/bellhaven', '410 Cottonwood Avenue, Suite 200'),
 'lps': ('org-lps', 'Larkspur Public Schools', 'https://lps.example.org', '1200 Prairie Street'),
 'qccs': ('org-qccs', 'Quill Creek Community Schools', 'https://qccs.example.org', '14 School Road'),
 'lyw': ('org-lyw', 'Larkspur Youth Works', 'https://youthworks.example.org', '77 Granary Road'),
 'prcc': ('org-prcc', 'Prairie Ridge Community College', 'https://prcc.example.org', '2500 College Drive'),
 'cil': ('org-cil', 'Sandhill Center for Independent Living', 'https://sandhillcil.example.org', '316 Main Street'),
 'blue': ('org-blue', 'Bluestem Supports', 'https://bluestem.example.org', '1450 Elevator Road'),
 'wipa': ('org-wipa', 'Plains Benefits Planning Project', 'https://plainswipa.example.org', '410 Cottonwood Avenue, Suite 210'),
 'lift': ('org-lift', 'Larkspur Lift', 'https://lift.example.org', '22 Transit Way'),
 'dd': ('org-dd', 'DHHS Division of Developmental Disabilities - Bellhaven', 'https://dhhs.example.org/dd', '600 Courthouse Square'),
 'lib': ('org-lib', 'Larkspur County Library', 'https://library.example.org', '101 Library Lane'),
 'pti': ('org-pti', 'Prairie Families Parent Center', 'https://prairiefamilies.example.org', '58 Elm Street'),
 'cap': ('org-cap', 'Client Assistance Program - Bellhaven', 'https://cap.example.org', '600 Courthouse Square'),
 'legal': ('org-legal', 'Heartland Legal Aid - Bellhaven', 'https://heartlandlegal.example.org', '210 Court Street'),
 'interp': ('org-interp', 'Heartland Interpreting', 'https://heartlandinterp.example.org', '9 Mill Street'),
 'ymca': ('org-ymca', 'Bellhaven YMCA', 'https://ymca.example.org', '300 Park Avenue'),
}
S = [
 ('svc-01','nevr','Pre-Employment Transition Services (Pre-ETS)','Job exploration counseling, work-based learning, postsecondary counseling, workplace readiness training and self-advocacy instruction for students with disabilities.','Students with disabilities ages 14 through 21 enrolled in school.','Free.','402-555-0112',['English','Spanish'],'School-year groups; office Mon-Fri 8:00-5:00','2025-08-14',['Larkspur County','Dunmore County (west)']),
 ('svc-02','nevr','Vocational Rehabilitation Services','Counseling, training, job placement and assistive technology under an Individualized Plan for Employment. Order of selection in effect; Category 3 has a waiting list.','People with disabilities who want to work. Priority Categories 1 and 2 open.','No cost for assessment, counseling and placement; some services based on financial need.','402-555-0120',['English','Spanish'],'Group orientation Thursdays 1:30 p.m.; virtual first Monday 6:00 p.m.','2025-10-01',['Larkspur County','Dunmore County (west)']),
 ('svc-03','nevr','Summer Work Experience','Eight weeks of paid summer work with job coach support.','Students with disabilities ages 16 to 21 with Pre-ETS consent on file.','Free; students are paid $15.00 per hour.','402-555-0112',['English'],'June 8 - July 31, 2026','2026-01-20',['Larkspur County','Dunmore County (west)']),
 ('svc-04','lps','LPS Transition Coordination','Coordinates transition planning, agency invitations and the agency contact sheet for Larkspur Public Schools.','Students with IEPs attending Larkspur Public Schools.','Free.','402-555-0130',['English','Spanish'],'School days 7:30-4:00','2025-08-18',['Larkspur County']),
 ('svc-05','lps','Bridges Program (18-21)','Community-based instruction in employment, independent living and community participation.','Students ages 18-21 without a regular diploma, by IEP team decision.','Free.','402-555-0131',['English'],'School calendar; Mon-Thu 8:10-2:50, Fri until 1:30','2025-08-18',['Larkspur County']),
 ('svc-06','qccs','Quill Creek Special Education Transition Services','Transition planning and work study for students in Quill Creek Community Schools.','Students with IEPs in Quill Creek Community Schools.','Free.','402-555-0140',['English'],'School days 7:45-3:45','2025-08-20',['Quill Creek']),
 ('svc-07','lyw','WIOA Youth Program','Paid work experience, tutoring, GED prep, occupational training and follow-up services.','In-school youth 14-21 who are low-income with a barrier; out-of-school youth 16-24.','Free.','402-555-0160',['English','Spanish','Vietnamese'],'Youth walk-in Mon and Wed 1:00-4:00','2025-07-02',['Larkspur County']),
 ('svc-08','prcc','Accessibility Services','Reasonable accommodations for college students with disabilities under Section 504 and the ADA.','Admitted or enrolled PRCC students with documented disabilities.','Free.','402-555-0170',['English','ASL'],'Mon-Thu 8:00-6:00; Fri 8:00-4:30','2026-01-05',['Larkspur County','Dunmore County','Quill County']),
 ('svc-09','prcc','Pathways at PRCC','Two-year Comprehensive Transition and Postsecondary certificate program for students with intellectual disabilities.','Students with intellectual disabilities age 18 or older; 10 admitted each fall.','PRCC tuition applies; Pell Grant eligible.','402-555-0172',['English'],'Applications due February 1','2025-10-15',['Larkspur County','Dunmore County','Quill County']),
 ('svc-10','cil','Youth Travel Training','One-to-one training to ride Larkspur Lift and the Bellhaven city bus.','Youth ages 14-24 with disabilities.','Free.','402-555-0180',['English','Spanish'],'Twice weekly, up to eight weeks','2025-11-03',['Larkspur County','Dunmore County','Quill County']),
 ('svc-11','cil','Youth Leadership Academy','Six-Saturday self-advocacy course each spring with a stipend for completion.','Youth ages 14-24 with disabilities.','Free; $100 stipend on completion.','402-555-0180',['English'],'Six Saturdays, spring','2025-11-03',['Larkspur County','Dunmore County','Quill County']),
 ('svc-12','cil','Supported Decision-Making Workshops','Family workshops on alternatives to guardianship.','Families of youth and adults with disabilities.','Free.','402-555-0180',['English','Spanish'],'Third Tuesday monthly, 6:00 p.m.','2025-11-03',['Larkspur County','Dunmore County','Quill County']),
 ('svc-13','blue','Supported Employment','Job development and job coaching in competitive integrated employment.','Referral from Nebraska VR or DHHS-DD.','Paid by VR or DD waiver; no cost to participant.','402-555-0190',['English','Somali'],'Mon-Fri 8:00-5:00','2025-07-15',['Larkspur County']),
 ('svc-14','blue','Customized Employment (Discovery)','Discovery process and customized job development.','Nebraska VR clients.','Paid by Nebraska VR.','402-555-0190',['English'],'Mon-Fri 8:00-5:00','2025-07-15',['Larkspur County']),
 ('svc-15','blue','Ticket to Work Employment Network','Employment supports for Ticket holders ages 18-64 receiving SSI or SSDI.','SSI or SSDI beneficiaries ages 18 through 64.','Free to Ticket holders.','402-555-0192',['English'],'By appointment','2025-07-15',['Larkspur County','Dunmore County']),
 ('svc-16','wipa','Benefits Counseling (WIPA)','Individual benefits analysis, work incentives planning and PASS writing help.','SSI or SSDI beneficiaries age 14 or older.','Free.','402-555-0195',['English'],'Youth clinic second Tuesday monthly at Bellhaven Area Office','2026-01-06',['Larkspur County','Dunmore County','Quill County']),
 ('svc-17','lift','Larkspur Lift Demand-Response Transit','Curb-to-curb public transit in Larkspur County and ADA paratransit.','Open to the public; ADA paratransit requires eligibility application.','$2.50 one way from February 1, 2026; students ages 6-21 $1.00.','402-555-0105',['English','Spanish'],'Mon-Fri 6:30 a.m.-6:30 p.m.; Sat 8:00 a.m.-4:00 p.m.','2026-01-09',['Larkspur County']),
 ('svc-18','dd','Developmental Disabilities Service Coordination','Eligibility determination and service coordination for Medicaid waiver services.','Nebraska residents with developmental disabilities.','Free.','402-555-0150',['English','Spanish'],'Mon-Fri 8:00-5:00','2025-09-30',['Larkspur County','Dunmore County']),
 ('svc-19','lib','Job Search Lab','Public computers, resume help and mock interviews.','Open to all library card holders.','Free.','402-555-0101',['English'],'Tue and Thu 3:00-6:00 p.m.','2025-06-01',['Larkspur County']),
 ('svc-20','pti','Parent Training and Information','Helps families understand IEPs, transition and transfer of rights; one-to-one IEP meeting support.','Families of children and youth with disabilities birth to 26.','Free.','402-555-0155',['English','Spanish','Karen'],'Mon-Fri 9:00-4:00; evening trainings monthly','2025-09-12',['Larkspur County','Dunmore County','Quill County']),
 ('svc-21','cap','Client Assistance Program','Advocacy for VR applicants and clients who disagree with VR decisions.','Applicants and clients of Nebraska VR and independent living centers.','Free.','402-555-0188',['English'],'Mon-Fri 8:00-5:00','2025-05-20',['Larkspur County','Dunmore County','Quill County']),
 ('svc-22','legal','Guardianship and Benefits Legal Clinic','Legal advice on guardianship, powers of attorney and SSI overpayments.','Low-income residents; income under 200% of poverty.','Free.','402-555-0165',['English','Spanish'],'First Friday monthly, 9:00-12:00','2025-10-02',['Larkspur County']),
 ('svc-23','interp','ASL Interpreting','Community and event ASL interpreting.','Anyone; agencies book for events.','$65 per hour, two-hour minimum.','402-555-0168',['ASL','English'],'Book at least 10 business days ahead','2025-08-01',['Larkspur County','Dunmore County']),
 ('svc-24','ymca','Adaptive Fitness','Adaptive fitness classes and inclusive swim.','Teens and adults with disabilities.','$15 per month youth membership with scholarship available.','402-555-0108',['English'],'Wednesdays 1:00-3:00 p.m.','2025-08-25',['Larkspur County']),
]
services = []
for sid, o, name, desc, elig, fees, phone, langs, sched, assured, areas in S:
    oid, oname, url, addr = ORGS[o]
    city = 'Quill Creek' if o == 'qccs' else 'Bellhaven'
    services.append({'id': sid, 'name': name, 'description': desc,
        'organization': {'id': oid, 'name': oname, 'url': url},
        'service_areas': [{'name': a} for a in areas],
        'phones': [{'number': phone}],
        'locations': [{'name': oname, 'physical_addresses': [{'address_1': addr, 'city': city, 'state_province': 'NE', 'postal_code': '68897' if city == 'Quill Creek' else '68899'}]}],
        'eligibility_description': elig, 'fees_description': fees, 'languages': langs,
        'schedules': [{'description': sched}], 'assured_date': assured})
with open(os.path.join(OUT, '18_larkspur_transition_services_directory.json'), 'w') as f:
    json.dump({'name': 'Larkspur County Transition Services Directory (Open Referral HSDS export, January 2026)', 'services': services}, f, indent=2)
print(len(services), 'services')
