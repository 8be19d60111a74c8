"""Build knowledge/transition-planning-guide-2025-26.docx with zipfile + minimal XML."""
import zipfile, os
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge', 'transition-planning-guide-2025-26.docx')

def p(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    out.append('<w:tblGrid>' + ''.join('<w:gridCol w:w="3000"/>' for _ in rows[0]) + '</w:tblGrid>')
    for r in rows:
        out.append('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(c)}</w:tc>' for c in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)

body = []
body.append(p('Bluestem Transition Planning Guide 2025-26', 'Heading1'))
body.append(p('Bluestem Special Education Cooperative, Transition Services. Issued August 11, 2025. This guide replaces the 2023 Transition Handbook for school teams.'))
body.append(p('How to use this guide', 'Heading2'))
body.append(p('Case managers should review this guide before every IEP meeting for a student age 14 or older. The timeline table below shows what must happen at each age. Policy references are to BSEC Board Policy 6170, revised June 9, 2025.'))
body.append(p('Planning timeline by age', 'Heading2'))
body.append(table([
    ['Age or grade', 'What happens', 'Who leads'],
    ['Age 14 (first IEP in effect)', 'Measurable postsecondary goals; course of study; first career interest inventory', 'Case manager'],
    ['Age 14-16', 'Pre-ETS referral through the online Pre-ETS Referral Portal', 'Case manager with family'],
    ['Grade 10', 'Job shadow day at a Transition Council employer partner', 'Transition Coordinator'],
    ['Age 17', 'Notice of Transfer of Rights (Form T-7) at the annual IEP meeting', 'Case manager'],
    ['Grade 11', 'Situational work assessment completed before end of grade 11', 'Job coach'],
    ['Age 18', 'Rights transfer; apply for SSI under adult rules if eligible; register to vote', 'Student and family'],
    ['Final year of school', 'VR application offered by the first day of the final year', 'Case manager and VR counselor'],
    ['Final semester', 'Summary of Performance delivered by last day of attendance', 'Case manager'],
]))
body.append(p('Bluestem Bridge (ages 18-21)', 'Heading2'))
body.append(p('Bluestem Bridge moved to the Linden Street Annex, 415 Linden Street, for the 2025-26 school year. Referrals for the 2026-27 school year are accepted from January 15 to March 1, 2026. The program coordinator is Hector Villanueva, 555-0144. Students spend mornings on independent living and community skills and afternoons at work sites.'))
body.append(p('Working with VR', 'Heading2'))
body.append(p('The Harlan Falls VR office is at 1220 Grant Avenue, Suite 200. The Pre-ETS Coordinator is Keisha Brantley. VR counselors assigned to our high schools for 2025-26 are Tomas Reyes (Harlan Falls High School and Bluestem Bridge) and Naomi Whitehorse (Tallgrass High School and Wren Valley High School).'))
body.append(p('Benefits and money', 'Heading2'))
body.append(p('Refer families with SSI or SSDI questions to the Plains Benefits Planning Project. The local Community Work Incentives Coordinator is Denise Okafor. Do not give families benefit figures from memory; use the current year quick reference sheet.'))
body.append(p('Decision-making at 18', 'Heading2'))
body.append(p('Bluestem Family Connections offers a free workshop, Decisions at 18, on the third Tuesday of October, January and April at 6:30 p.m. Case managers should give families the workshop flyer together with Form T-7.'))
body.append(p('Contacts', 'Heading1'))
body.append(p('Transition Coordinator: Marisol Trevino, 555-0142. Director of Special Education (Bluestem USD): Sharon Dietz, 555-0140.'))

document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:body>' + ''.join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>'
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
    z.writestr('word/styles.xml', styles)
    z.writestr('word/_rels/document.xml.rels', doc_rels)
print('wrote', OUT)
