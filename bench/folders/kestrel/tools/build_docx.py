#!/usr/bin/env python3
"""Build knowledge/hbisd-transition-handbook-2026-27.docx with the standard library only."""
import zipfile, os
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'hbisd-transition-handbook-2026-27.docx')

H1, H2, P, T = 'Heading1', 'Heading2', None, 'table'
content = [
 (H1, 'Heron-Birch Intermediate School District Transition Handbook 2026-27'),
 (P, 'Issued by the HBISD Special Education Department, August 2026. This handbook replaces the 2024-25 edition. It is written for case managers, transition specialists, families and partner agencies in Heron County and Birch County.'),
 (H2, '1. Purpose'),
 (P, 'Transition services are a coordinated set of activities that help a student move from school to post-school life: postsecondary education, employment and, where appropriate, independent living. Every IEP for a student age 16 or older must contain measurable postsecondary goals based on age-appropriate transition assessments, the transition services (including courses of study) needed to reach them, and evidence that the student was invited to the meeting.'),
 (P, 'Federal law (IDEA) requires transition content not later than the first IEP to be in effect when the student turns 16. HBISD practice is to begin transition planning at the IEP held in the school year the student turns 14, so that Pre-Employment Transition Services can start early.'),
 (H2, '2. Age of eligibility'),
 (P, 'In Michigan a student with an IEP remains eligible for special education until the student graduates with a regular high school diploma or reaches age 26, whichever comes first. A certificate of completion does not end eligibility. A regular diploma does.'),
 (P, 'Before a student exits with a regular diploma or by aging out, the case manager completes a Summary of Performance (see the separate HBISD guidance).'),
 (H2, '3. Transition timeline by age'),
 (T, [['Age', 'Milestone', 'Who leads'],
      ['14', 'Career interest inventory; Pre-ETS referral to MVAS offered to every student with an IEP or 504 plan', 'Case manager'],
      ['16', 'Measurable postsecondary goals and course of study written into the IEP', 'IEP team'],
      ['17', 'Transfer-of-rights notice given at the IEP before the 17th birthday; state ID card application', 'Case manager'],
      ['17 and a half', 'Decision-making options reviewed with the family (see fact sheet); SSI application planning', 'Transition specialist'],
      ['18', 'Rights transfer to the student; SSI adult redetermination; Selective Service registration for male students', 'Student and family'],
      ['18 to 25', 'Bridgeway young adult program at the PMCC campus, if the IEP team recommends it', 'Bridgeway staff']]),
 (H2, '4. Bridgeway young adult program'),
 (P, 'Bridgeway serves HBISD students ages 18 through 25 who have completed four years of high school but have not received a regular diploma. Classes meet in the Thornton Hall Annex on the Port Maren Community College campus, Monday through Thursday, 8:30 a.m. to 2:30 p.m. Fridays are community work days.'),
 (P, 'Bridgeway has 24 seats. Referrals for the following fall are due to the ISD transition coordinator by April 1. Students from both counties may attend; the ISD provides transportation from Birch County on a route that leaves Alder Falls at 7:20 a.m.'),
 (H2, '5. Work-based learning'),
 (P, 'Work-based learning includes job shadows, unpaid career exploration placements of no more than 90 hours per site, and paid work experience. Paid placements arranged through MVAS Pre-ETS pay at least the Michigan minimum wage. Students under 18 need a work permit from their high school office.'),
 (P, 'The HBISD Work-Based Learning Coordinator, Janelle Pruitt, keeps the list of approved employer sites and the liability paperwork. Case managers must not place a student at a site that is not on the approved list.'),
 (H2, '6. Agency partners'),
 (T, [['Agency', 'Role in transition', 'Contact'],
      ['Michigan Vocational Access Services (MVAS), Port Maren District Office', 'Pre-ETS and vocational rehabilitation', '555-0120'],
      ['Heron-Birch Community Mental Health (HBCMH)', 'Behavioral health and developmental disability services, Medicaid waivers', '555-0140'],
      ['Port Maren Community College Office of Accessibility Services', 'College accommodations under Section 504 and the ADA', '555-0160'],
      ['Tall Pines Center for Independent Living', 'Independent living skills, peer mentoring, benefits counseling', '555-0170'],
      ['Heron County Area Transit (HCAT)', 'Dial-A-Ride and Route 1 fixed route', '555-0180'],
      ['Northwoods Workforce Alliance', 'WIOA Youth program', '555-0190']]),
 (H2, '7. Records and consent'),
 (P, 'School staff may not send IEP records to an outside agency without written consent from the parent, or from the student once rights have transferred at 18. Use HBISD form SE-41 (Release of Information) and name each agency separately. A blanket release to "all agencies" will be returned unsigned by the records office.'),
 (H2, '8. Contacts'),
 (P, 'Dana Okafor, ISD Transition Coordinator, 555-0112, dokafor@example.org. Theo Lindqvist, Transition Specialist for Birch County, 555-0113, tlindqvist@example.org. Janelle Pruitt, Work-Based Learning Coordinator, 555-0114. Miriam Castellano, Director of Special Education, 555-0110.'),
]

def run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def para(text, style=None, bold=False):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{run(text, bold)}</w:p>'

body = []
for kind, val in content:
    if kind == T:
        rows = []
        for i, row in enumerate(val):
            cells = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{para(c, bold=(i==0))}</w:tc>' for c in row)
            rows.append(f'<w:tr>{cells}</w:tr>')
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
                    + ''.join(rows) + '</w:tbl>')
    else:
        body.append(para(val, kind))

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>' + ''.join(body) +
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          '</w:styles>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
 '<Default Extension="xml" ContentType="application/xml"/>'
 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
 '</Relationships>')
doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
 '</Relationships>')
with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', content_types)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', document)
    z.writestr('word/_rels/document.xml.rels', doc_rels)
    z.writestr('word/styles.xml', styles)
print('wrote', os.path.normpath(OUT))
