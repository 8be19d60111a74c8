def esc(s): return s.replace('\\','\\\\').replace('(','\\(').replace(')','\\)')
def make_pdf(path, lines, title):
    # lines: list of (size, text) ; simple top-down layout
    y = 740; ops = ['BT']
    for size, text in lines:
        if text == '':
            y -= size; continue
        font = '/F2' if size >= 14 else '/F1'
        ops.append(f'{font} {size} Tf 1 0 0 1 54 {y} Tm ({esc(text)}) Tj')
        y -= int(size * 1.45)
    ops.append('ET')
    content = '\n'.join(ops).encode('latin-1')
    objs = [
      b'<< /Type /Catalog /Pages 2 0 R >>',
      b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
      b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
      b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
      ('<< /Title (' + esc(title) + ') /Producer (Publisher 2019) >>').encode('latin-1'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objs)+1}\n0000000000 65535 f \n'.encode()
    for o in offs: out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    open(path, 'wb').write(out)

K='/work/blind/sealed-2/knowledge/flyers/'
make_pdf(K+'transition-resource-fair-2026.pdf', [
 (11,'Wabanica Lakes Area Schools  *  Pine Haven Public Schools  *  Tamarack Lakes Community College'),
 (8,''),
 (24,'2026 TRANSITION & RESOURCE FAIR'),
 (14,'Planning for life after high school'),
 (8,''),
 (16,'Thursday, March 19, 2026  -  4:00 to 7:00 p.m.'),
 (13,'Tamarack Lakes Community College, Brennick Campus - Student Commons'),
 (11,'1500 College Drive, Brennick. Free parking in Lots A and B. Accessible entrance at Door 3.'),
 (8,''),
 (12,'FREE - open to students, families and professionals from any district. No registration needed.'),
 (8,''),
 (14,'Meet 35+ agencies:'),
 (11,'Vocational Rehabilitation (Pre-ETS)  -  Wabanica County HHS  -  North Pines CIL'),
 (11,'Northstar Benefits Planning  -  Lake Country Legal Aid  -  Wabanica Rural Transit'),
 (11,'Arrowwood Employment Partners  -  Camp Northwind  -  Centro Latino  -  and more'),
 (8,''),
 (14,'Mini-sessions (20 minutes, Room C-120):'),
 (11,'4:30  SSI at 18 and working (Northstar Benefits Planning)'),
 (11,'5:15  Guardianship and supported decision-making (NFAN)'),
 (11,'6:00  College accommodations: what changes after high school (TLCC Accessibility Resources)'),
 (8,''),
 (11,'Free pizza for students while it lasts. Door prizes!'),
 (11,'ASL interpreters and Spanish, Somali and Hmong interpreters available - please request by March 5'),
 (11,'by calling Marisol Engstrom, 218-555-0125, or mengstrom@wlas2417.example.'),
 (8,''),
 (9,'Snow date: Thursday, March 26, 2026. Check district websites after 12:00 noon on the day of the fair.'),
], '2026 Transition and Resource Fair')

make_pdf(K+'summer-youth-work-crew-2026.pdf', [
 (22,'SUMMER YOUTH WORK CREW 2026'),
 (14,'Get paid. Get experience. Have fun.'),
 (11,'Arrowwood Employment Partners with Minnesota Vocational Rehabilitation (Pre-ETS)'),
 (8,''),
 (12,'WHO: Students with disabilities ages 14-21 with an IEP or 504 plan, enrolled in school.'),
 (12,'WHERE: Crews in Brennick, Halvorsen Falls, Grafton Mills and Little Sauk Landing'),
 (12,'(parks, county fairgrounds, Lakes Regional Health, local businesses).'),
 (12,'WHEN: Orientation Monday, June 8, 2026. Work June 15 - July 24, 2026.'),
 (12,'Monday-Thursday, 8:30 a.m. - 12:30 p.m. (16 hours a week).'),
 (12,'PAY: $13.00 per hour, paid every two weeks by Arrowwood.'),
 (12,'Job coaches on every crew. Crew leader ratio 1:4.'),
 (8,''),
 (14,'How to apply'),
 (11,'1. Make sure a Pre-ETS Consent and Referral (DVR-PE-1) is on file with VR.'),
 (11,'2. Fill out the Work Crew application (one page) - get it from your case manager or'),
 (11,'   download at arrowwoodemployment.example/crew.'),
 (11,'3. Bring a copy of your state ID or birth certificate and Social Security card to orientation.'),
 (8,''),
 (16,'Applications due Friday, April 24, 2026'),
 (8,''),
 (11,'Transportation: bring yourself, or ask about Dial-a-Ride fares paid through Pre-ETS.'),
 (11,'Students who get SSI: your wages may be protected by the Student Earned Income Exclusion.'),
 (11,'Call Northstar Benefits Planning, 218-555-0136, before you start.'),
 (8,''),
 (11,'Questions? Tasha Bergquist, Youth Programs, 218-555-0192, crew@arrowwoodemployment.example'),
], 'Summer Youth Work Crew 2026')
