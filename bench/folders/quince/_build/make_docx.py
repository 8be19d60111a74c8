import zipfile, os
from xml.sax.saxutils import escape
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'cvctc-accessibility-handbook-2025-26.docx')
body = []
def p(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    body.append(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
def table(rows):
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for r in rows:
        x.append('<w:tr>' + ''.join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{escape(c)}</w:t></w:r></w:p></w:tc>' for c in r) + '</w:tr>')
    x.append('</w:tbl>')
    body.append(''.join(x))

p('Calder Valley Community & Technical College', 'Heading1')
p('Office of Accessibility Services — Student Handbook 2025–26')
p('Effective August 1, 2025. This handbook replaces all earlier versions.')
p('About Our Office', 'Heading1')
p('The Office of Accessibility Services (OAS) coordinates academic adjustments and auxiliary aids for students with disabilities under Section 504 of the Rehabilitation Act and Title II of the Americans with Disabilities Act. OAS is located in Harmon Hall Room 210 on the Millbrook campus. Phone 555-0171. E-mail oas@example.org. Director: Priya Castellanos.')
p('Office hours are Monday through Friday, 8:00 a.m. to 4:30 p.m. Evening appointments are available on Tuesdays until 6:00 p.m. by request.')
p('High School and College Are Different', 'Heading1')
p('IEPs and 504 plans do not transfer', 'Heading2')
p('An IEP or high school 504 plan ends when a student leaves high school. College does not provide special education, modified curriculum, or individualized instruction. Students must contact OAS themselves; the college will not reach out because a student had an IEP.')
p('Documentation', 'Heading2')
p('Students submit documentation of a disability that describes current functional limitations. A recent IEP, 504 plan, or Summary of Performance may be used as supporting documentation, together with the student\'s own description of how the disability affects learning. Documentation is reviewed within 10 business days of a complete file.')
p('The intake appointment', 'Heading2')
p('After documentation is reviewed, the student meets with an accessibility specialist for an intake appointment. Together they decide on reasonable accommodations. Accommodation letters are sent to instructors only at the student\'s request each term.')
p('Request Deadlines', 'Heading1')
p('The table below lists how far in advance each type of request must be made.')
table([
    ['Request type', 'Deadline', 'Notes'],
    ['Testing accommodations (Testing Center)', '5 business days before the exam', 'Book through the online scheduler'],
    ['Alternate format textbooks', '3 weeks before the term begins', 'Proof of purchase required'],
    ['Sign language interpreting / CART', '10 business days before the event', 'Class interpreting is scheduled for the whole term'],
    ['Housing accommodation (Riverside Residence Hall)', 'June 1 for fall term', 'November 1 for spring term'],
    ['Note-taking assistance', 'First week of classes', 'Peer note-takers are paid by OAS'],
])
p('Testing Center', 'Heading1')
p('The Testing Center is in Harmon Hall Room 118. Hours are Monday through Thursday, 8:00 a.m. to 7:00 p.m., and Friday, 8:00 a.m. to 4:30 p.m. Students testing with accommodations must start the exam at least two hours before closing.')
p('Grievances', 'Heading1')
p('Students who disagree with an accommodation decision may request an informal review by the OAS Director within 15 calendar days. A formal grievance may be filed with the college\'s Section 504/ADA Coordinator, Dr. Leon Farris, Dean of Students, at 555-0178.')
p('Working with Vocational Rehabilitation', 'Heading1')
p('Many students also receive OVR services. With the student\'s written consent, OAS will share accommodation letters with the student\'s VR counselor. OVR may pay for assistive technology or tuition as part of an IPE; OAS does not charge students for accommodations.')

doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
       + ''.join(body) + '<w:sectPr/></w:body></w:document>')
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
 '</w:styles>')
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
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
 '</Relationships>')
with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc)
    z.writestr('word/_rels/document.xml.rels', drels)
    z.writestr('word/styles.xml', styles)
print('ok', OUT)
