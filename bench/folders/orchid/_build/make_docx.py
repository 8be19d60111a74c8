import zipfile, html
OUT='/work/blind/orchid/knowledge/family-guide-benefits-and-work-2026.docx'
body=[]
def p(text, style=None):
    t=html.escape(text)
    ppr=f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    body.append(f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>')
def table(rows):
    x=['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    for r in rows:
        x.append('<w:tr>')
        for c in r:
            x.append(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{html.escape(c)}</w:t></w:r></w:p></w:tc>')
        x.append('</w:tr>')
    x.append('</w:tbl>')
    body.append(''.join(x))

p('A Family Guide to Benefits and Work — 2026 Edition','Title')
p('Larkspur County Community Transition Council, with Summit Path Center for Independent Living. Published January 12, 2026. This edition replaces the 2025 benefits figures sheet and the 2024 ABLE fact sheet.')
p('Why this guide','Heading1')
p('Many families worry that a job will cost their son or daughter their SSI, SSDI or Medicaid. In most cases, working leaves a person better off. Social Security has work incentives that protect benefits while a young person tries work. This guide explains the main rules and the 2026 numbers. Always check your own situation with a benefits counselor.')
p('SSI and SSDI: what is the difference?','Heading1')
p('Supplemental Security Income (SSI) is a needs-based program for people with limited income and resources. Social Security Disability Insurance (SSDI) is paid to people who worked long enough, or to adult children of a parent who receives Social Security retirement or disability or has died (Childhood Disability Benefits). Some people receive both.')
p('At 18, SSI eligibility is redetermined using adult rules, and parents\' income and resources no longer count if the young adult pays their share of food and shelter.')
p('Key 2026 figures','Heading1')
p('The figures below are set by the Social Security Administration for calendar year 2026.')
table([
 ['Item','2026 amount','Notes'],
 ['SSI federal benefit rate, individual','$994 per month','Couple: $1,491 per month'],
 ['Substantial Gainful Activity (SGA), non-blind','$1,690 per month','Applies to SSDI'],
 ['Substantial Gainful Activity (SGA), blind','$2,830 per month','Applies to SSDI'],
 ['Trial Work Period (TWP) month','$1,210 per month','9 months within a rolling 60-month period'],
 ['Student Earned Income Exclusion (SEIE)','$2,410 per month','Annual maximum $9,730'],
 ['SSI general income exclusion','$20 per month','Plus $65 earned income exclusion'],
 ['SSI resource limit, individual','$2,000','Couple: $3,000'],
])
p('Work incentives for students','Heading1')
p('Student Earned Income Exclusion','Heading2')
p('If an SSI recipient is under age 22 and regularly attending school, Social Security does not count a large part of their earnings: up to $2,410 a month in 2026, up to $9,730 for the year. After that, the usual rule applies: the first $65 of earnings plus the $20 general exclusion are not counted, and SSI goes down by $1 for every $2 earned above that.')
p('Plan to Achieve Self-Support (PASS)','Heading2')
p('A PASS lets a person with a disability set aside income or resources for a work goal, such as college tuition, a vehicle or equipment for a business. The money set aside under an approved PASS does not count for SSI. PASS plans are written with help from a benefits counselor or VR and submitted to a Social Security PASS Cadre.')
p('Trial Work Period and Extended Period of Eligibility','Heading2')
p('For SSDI beneficiaries, any month with gross earnings over $1,210 (2026) counts as a trial work month. During the nine trial work months, the full SSDI check continues no matter how much the person earns. After that, a 36-month Extended Period of Eligibility begins.')
p('Ticket to Work','Heading2')
p('People ages 18 through 64 who receive SSI or SSDI based on disability can use a Ticket to Work with VR or an Employment Network. In Larkspur County the Employment Network is Tamarack Supported Employment. Medical continuing disability reviews are not started while a person is using their Ticket and making timely progress.')
p('ABLE accounts','Heading1')
p('An ABLE account is a tax-advantaged savings account for a person with a disability. Starting January 1, 2026, a person is eligible to open an ABLE account if their disability began before age 46 (before 2026, the onset had to be before age 26). Up to $19,000 may be contributed in 2026 from all sources; a worker who does not participate in an employer retirement plan may be able to contribute more. For SSI, the first $100,000 in an ABLE account does not count toward the $2,000 resource limit. Money can be used for qualified disability expenses: education, housing, transportation, employment training, assistive technology, health and more.')
p('Getting help in Larkspur County','Heading1')
p('Free benefits counseling: Ezra Whitlock, Community Work Incentives Coordinator, Summit Path CIL, 406-555-0188. Benefits Planning Nights are held on the second Wednesday of each month at 6:00 p.m. at the Harlan Falls Public Library, Meeting Room B. No registration needed.')
p('Social Security field office: the nearest office is in Big Timber Junction; call the national line to make an appointment. Report all earnings to Social Security by the 10th of the month after you are paid.')

doc=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'+''.join(body)+
 '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>')
styles=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
 '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
 '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
 '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
 '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>'
 '</w:styles>')
ct=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
 '<Default Extension="xml" ContentType="application/xml"/>'
 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
 '</Types>')
rels=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
drels=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
with zipfile.ZipFile(OUT,'w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels)
    z.writestr('word/document.xml',doc); z.writestr('word/styles.xml',styles)
    z.writestr('word/_rels/document.xml.rels',drels)
print('ok')
