import zipfile
from xml.sax.saxutils import escape
OUT='knowledge/handbook/handbook-chapter-4-turning-18.docx'
content=[
("Title","Larkin ISD Transition Handbook"),
("Subtitle","Chapter 4: Turning 18 — Rights, Decisions, and Supports"),
("Normal","Revised August 2023. Prepared by the Larkin ISD Transition Services Unit with the Larkin Family Advocacy Network. This chapter is written for families and students. Staff should also read ISD Board Policy 2460-T, Section 7."),
("Heading1","4.1 What changes at 18"),
("Normal","In Michigan, the age of majority is 18. On your child's 18th birthday, the special education rights that parents have held move to the student. This is called the transfer of rights. After the transfer, the student signs consent for evaluations and IEP changes, receives the notices, and may decide who else is invited to IEP meetings."),
("Normal","The school will send a letter to both the student and the parent within 10 school days after the 18th birthday. Parents can still attend IEP meetings if the adult student invites them."),
("Normal","Rights to see school records (FERPA rights) also move to the student at 18."),
("Heading1","4.2 The transfer of rights notice at 17"),
("Normal","At least one year before the 18th birthday, the IEP team must tell the student and parent about the rights that will transfer. In Larkin County this happens at the IEP meeting held before the 17th birthday, and the case manager gives the family Form T-17. The IEP will include a sentence showing that this was done."),
("Heading1","4.3 Options for support in decision-making"),
("Normal","Most young adults make decisions with help from people they trust. There are many ways to get that help without going to court:"),
("ListParagraph","Supported decision-making agreement: a written plan naming supporters who help the young adult understand choices. The young adult keeps the right to decide. The Larkin Family Advocacy Network has a free template and holds a supported decision-making workshop on the third Tuesday of each month at 6:30 p.m."),
("ListParagraph","Durable power of attorney: lets a trusted person handle money or property matters."),
("ListParagraph","Patient advocate designation: Michigan's form for naming someone to make medical decisions if the young adult cannot."),
("ListParagraph","Representative payee: a person or organization Social Security appoints to manage SSI or SSDI payments."),
("ListParagraph","Release of information forms (including HIPAA releases) so parents can talk with doctors or schools."),
("Heading1","4.4 Guardianship through the Probate Court"),
("Normal","Guardianship is a court order that removes some or all of a person's right to make their own decisions. In Larkin County, petitions are filed with the Larkin County Probate Court, 300 Court Street, Fennimore. For an adult with a developmental disability, the court may appoint a partial guardian (for specific decisions only) or a plenary guardian (for all decisions). Michigan law prefers partial guardianship."),
("Heading2","Steps and costs"),
("ListParagraph","File the petition and a report from a physician or psychologist dated within the last 12 months."),
("ListParagraph","Pay the filing fee. The filing fee is $150. Families with low income can ask the court to waive the fee."),
("ListParagraph","The court appoints a guardian ad litem, who meets with the young adult and explains their rights."),
("ListParagraph","A hearing is usually scheduled within 6 to 8 weeks of filing."),
("Normal","Guardians must file an annual report with the court. A guardianship can be changed or ended later if the young adult's needs change."),
("Heading1","4.5 Money at 18: SSI and ABLE accounts"),
("Normal","At 18, Social Security stops counting parents' income when deciding SSI. Many young adults become eligible for the first time. Apply in the month of the 18th birthday if possible."),
("Normal","An ABLE account lets a person with a disability that began before age 26 save money without losing SSI, as long as the account stays under $100,000. In 2023, the yearly contribution limit is $17,000."),
("Heading1","4.6 Family checklist for the year before 18"),
("ListParagraph","Receive Form T-17 at the IEP before the 17th birthday."),
("ListParagraph","Talk with your child about which decisions they want help with."),
("ListParagraph","Attend a supported decision-making workshop."),
("ListParagraph","Gather medical records for SSI and VR applications."),
("ListParagraph","Get a state ID card if your child does not drive."),
("Normal","Questions? Call the Transition Services Unit at (989) 555-0113."),
]
def para(style,text):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'+''.join(para(s,t) for s,t in content)+'<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>'
def style(sid,name,size,bold=True,based="Normal",outline=None):
    ol=f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ''
    b='<w:b/>' if bold else ''
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>{ol}</w:pPr><w:rPr>{b}<w:sz w:val="{size}"/></w:rPr></w:style>'
styles=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
{style("Title","Title",48)}{style("Subtitle","Subtitle",32,False)}{style("Heading1","heading 1",32,True,"Normal",0)}{style("Heading2","heading 2",26,True,"Normal",1)}
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>'''
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
docrels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
core='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Chapter 4: Turning 18</dc:title><dc:creator>Larkin ISD Transition Services Unit</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-08-15T09:00:00Z</dcterms:created></cp:coreProperties>'''
with zipfile.ZipFile(OUT,'w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels)
    z.writestr('word/document.xml',doc); z.writestr('word/styles.xml',styles)
    z.writestr('word/_rels/document.xml.rels',docrels); z.writestr('docProps/core.xml',core)
print('ok')
