#!/usr/bin/env python3
"""Build knowledge/transition-handbook-2025.docx with zipfile and a minimal WordprocessingML package."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "knowledge", "transition-handbook-2025.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
           '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
    out.append('<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4800"/><w:gridCol w:w="2400"/></w:tblGrid>')
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for cell in row:
            bold = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>{bold}'
                       f'<w:t xml:space="preserve">{escape(cell)}</w:t></w:r></w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


body = []
body.append(para("Calder Valley School District #417", "Title"))
body.append(para("Transition Handbook for Families — 2025 Edition"))
body.append(para("Published March 2025 by the Office of Special Education, 300 Granite Street, Bramwell, ID 83455"))

body.append(para("Introduction", "Heading1"))
body.append(para("Transition is the process of planning for life after high school: further education or training, "
                 "employment, and independent living. Federal law (the Individuals with Disabilities Education Act, IDEA) "
                 "requires transition planning in the IEP in effect when a student turns 16. Calder Valley School District "
                 "starts earlier: our IEP teams begin age-appropriate transition assessment in the IEP in effect when a "
                 "student turns 14."))
body.append(para("This handbook explains what happens at each age, what changes when your child turns 18, and who to call."))

body.append(para("Transition Timeline", "Heading1"))
body.append(para("The table below shows the usual sequence. Your child's IEP team may adjust it."))
body.append(table([
    ["Age or grade", "What happens", "Who leads"],
    ["Age 14", "Transition assessment begins; student completes the Career Interest Inventory", "IEP case manager"],
    ["Age 16", "IEP includes measurable postsecondary goals and transition services; VR liaison invited with consent", "IEP team"],
    ["Age 17", "Transfer of rights notice given at the IEP meeting (form TR-1)", "IEP case manager"],
    ["Age 18", "Educational rights transfer to the student; apply for SSI under adult rules if appropriate", "Student and family"],
    ["Final year of school", "Summary of Performance written; apply for VR services in the fall", "Case manager and VR liaison"],
    ["Ages 18 to 21", "Bridgeway 18-21 Program may be offered by the IEP team", "Bridgeway staff"],
]))

body.append(para("Transfer of Rights at Age 18", "Heading1"))
body.append(para("What transfers", "Heading2"))
body.append(para("In Idaho the age of majority is 18. When a student with an IEP turns 18, the rights that parents held under "
                 "IDEA transfer to the student, unless a court has appointed a guardian. The student signs consent forms, "
                 "receives meeting notices, and decides who attends the IEP meeting. Parents still receive notices, and the "
                 "student may invite parents to every meeting."))
body.append(para("At least one year before the 18th birthday the IEP must include a statement that the student and "
                 "parents were told about the transfer of rights. In our district this is done at the IEP meeting held "
                 "after the 17th birthday and recorded on form TR-1."))
body.append(para("Alternatives to guardianship", "Heading2"))
body.append(para("Guardianship removes a person's right to make some or all of their own decisions and should be a last "
                 "resort. Options to discuss with your family include a power of attorney, a health care directive, a "
                 "representative payee for Social Security benefits, and supported decision-making agreements. The "
                 "Calder Family Network offers a free guardianship alternatives workshop each October."))

body.append(para("Bridgeway 18-21 Program", "Heading1"))
body.append(para("Location and schedule", "Heading2"))
body.append(para("Bridgeway is located at 1120 Orchard Avenue, Bramwell, in the district annex next to the bus garage. "
                 "Students attend Monday through Thursday, 8:30 a.m. to 2:30 p.m. Fridays are used for community-based "
                 "instruction at job sites, the public library, and CART bus training."))
body.append(para("Who is eligible", "Heading2"))
body.append(para("Students who have completed four years of high school without receiving a regular diploma and whose IEP "
                 "team determines they need continued transition services. Students may attend through the day before "
                 "their 22nd birthday. Accepting a regular high school diploma ends eligibility for Bridgeway."))
body.append(para("Bridgeway enrolls up to 18 students. Referrals are due to the Bridgeway lead teacher by April 30 for the "
                 "following school year."))

body.append(para("Key Contacts", "Heading1"))
body.append(para("District transition coordinator: Marisol Ebbert, (208) 555-0114, mebbert@example.org"))
body.append(para("Bridgeway lead teacher: Anton Reyes, (208) 555-0119, areyes@example.org"))
body.append(para("VR school liaison for Bramwell High School and Bridgeway: Dale Kinnaman, (208) 555-0134"))
body.append(para("Calder Family Network parent liaison: Gwen Okafor, (208) 555-0177"))
body.append(para("Snake River Work Incentives Project (benefits counseling): (208) 555-0158"))

document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(body) +
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''

with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
print("wrote", os.path.normpath(OUT))
