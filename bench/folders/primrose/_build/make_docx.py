"""Build knowledge/ltc-documentation-policy-2025.docx with zipfile + minimal WordprocessingML."""
import zipfile, os
from xml.sax.saxutils import escape
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'ltc-documentation-policy-2025.docx')

blocks = [
 ('H1', 'Larkspur Technical College Accessibility Services'),
 ('P', 'Procedure AS-104: Disability Documentation and Accommodation Requests'),
 ('P', 'Approved by the Vice President of Student Affairs on July 8, 2025. Effective for the Fall 2025 term. This procedure replaces Section 3 of the 2023-2024 Accessibility Services Handbook.'),
 ('H2', '1. Purpose'),
 ('P', 'This procedure explains how students request reasonable accommodations under Section 504 of the Rehabilitation Act and Title II of the Americans with Disabilities Act. The college does not develop IEPs. Students are responsible for self-identifying to Accessibility Services.'),
 ('H2', '2. Acceptable documentation'),
 ('P', 'Accessibility Services uses a three-part approach: the student\'s own report, the specialist\'s observations during intake, and records from third parties. A recent high school IEP or Section 504 plan is accepted as documentation by itself. There is no age limit on documentation; the college no longer requires a psycho-educational evaluation completed within the last three years. Documentation is needed only to the extent that it helps establish the disability and the need for accommodation.'),
 ('H2', '3. Timelines'),
 ('TABLE', [
   ['Request type', 'Submit at least', 'Notes'],
   ['Classroom and testing accommodations', '3 weeks before term', 'Later requests are still reviewed'],
   ['Alternate-format textbooks', '5 weeks before term', 'Provide syllabus and ISBN'],
   ['Sign language interpreting / CART', '4 weeks before term', 'Coordinated with Deaf Services'],
   ['Housing-related requests (Ridgeview Hall)', 'by June 1 for fall', 'Ridgeview Hall is LTC\'s only residence hall'],
   ['Service or emotional support animal', '30 days before move-in', 'Separate animal agreement required'],
 ]),
 ('H2', '4. Intake and accommodation letters'),
 ('P', 'Students complete the online Accommodation Request form and schedule a 30-minute intake. Approved accommodations appear in the Accommodate portal; students send their accommodation letter to instructors through the portal each term. Extended-time exams are scheduled in the Testing Center, Room A-210, at least two business days in advance.'),
 ('H2', '5. Transition visits for high school students'),
 ('P', 'High school juniors and seniors with an IEP or 504 plan may schedule a Transition Visit with an Accessibility Specialist. Transition visits are offered on Wednesday afternoons from September through April. Parents may attend with the student\'s consent. Once the student enrolls, FERPA applies and the college communicates with the student, not the parent, unless the student signs a release.'),
 ('H2', '6. Contact'),
 ('P', 'Accessibility Services, Building A, Room A-204, 1200 College Drive, Millbrook Falls, WI 54871. Phone (715) 555-0170. Accessibility Services Manager: Gloria Benavides-Hart.'),
]

def run(t): return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)
def para(t, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
    return '<w:p>%s%s</w:p>' % (ppr, run(t))
def table(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="3000"/>' for _ in rows[0]] + ['</w:tblGrid>']
    for r in rows:
        x.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>%s</w:tc>' % para(c) for c in r) + '</w:tr>')
    x.append('</w:tbl>')
    return ''.join(x)

body = []
for kind, val in blocks:
    if kind == 'H1': body.append(para(val, 'Heading1'))
    elif kind == 'H2': body.append(para(val, 'Heading2'))
    elif kind == 'P': body.append(para(val))
    else: body.append(table(val))
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body)))
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="%s">'
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
  '</w:styles>') % W
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
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
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  '</Relationships>')
with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/_rels/document.xml.rels', docrels)
    z.writestr('word/document.xml', doc)
    z.writestr('word/styles.xml', styles)
print('wrote', OUT)
