import sys; sys.path.insert(0,'_build')
from html_sites import render
P = {}

P['agencies/bvr-larkin-field-office.html'] = ('bvr', 'Larkin Field Office', '''
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/offices">Field Offices</a> &rsaquo; Larkin</nav>
<section class="office-card">
<h2>Office Information</h2>
<p><strong>Address:</strong> 410 Commerce Street, Suite 200, Fennimore, MI 48699</p>
<p><strong>Phone (intake):</strong> (989) 555-0130 &nbsp; <strong>Fax:</strong> (989) 555-0139 &nbsp; <strong>TTY:</strong> 711</p>
<p><strong>Hours:</strong> Monday through Friday, 8:00 a.m. to 5:00 p.m. Closed state holidays.</p>
<p><strong>Serving:</strong> All of Larkin County, including Fennimore, Ashgrove, Millbrook Falls, Cedar Bend, Orland, Pike Hollow, and Harwick.</p>
<p>Free parking is available behind the building. The office is on LAT fixed Route 2 (Commerce Street stop).</p>
</section>
<section>
<h2>New Applicant Orientation</h2>
<p>Anyone thinking about applying for vocational rehabilitation services is encouraged to attend an orientation before intake. No appointment is needed.</p>
<ul>
<li>Every Tuesday at 10:00 a.m. in the first-floor conference room</li>
<li>Second Thursday of each month at 5:30 p.m. (virtual; call for the link)</li>
</ul>
<p>Orientation lasts about one hour. You may complete an application the same day. Bring photo identification if you have it, and any medical, school, or psychological records that describe your disability.</p>
</section>
<section>
<h2>Staff Directory</h2>
<table class="staff">
<tr><th>Name</th><th>Title</th><th>Phone</th></tr>
<tr><td>Lorraine Szabo</td><td>District Manager</td><td>(989) 555-0133</td></tr>
<tr><td>Marcus Trent</td><td>Pre-ETS Supervisor</td><td>(989) 555-0131</td></tr>
<tr><td>Aisha Delgado</td><td>Pre-ETS Counselor &ndash; Fennimore High School, Lincoln Alternative High School, Larkin Early College</td><td>(989) 555-0134</td></tr>
<tr><td>Ben Whitcomb</td><td>Pre-ETS Counselor &ndash; Ashgrove High School, Millbrook Falls High School</td><td>(989) 555-0135</td></tr>
<tr><td>Sofia Nakamura</td><td>Pre-ETS Counselor &ndash; Cedar Bend High School, Larkin Bridge Program</td><td>(989) 555-0136</td></tr>
<tr><td>Trevor Banks</td><td>Pre-ETS Counselor &ndash; Orland High School, Pike Hollow High School, Harwick High School</td><td>(989) 555-0137</td></tr>
<tr><td>Yvonne Pryce</td><td>Senior VR Counselor, Transition-Age Youth (ages 18-24)</td><td>(989) 555-0138</td></tr>
</table>
<p>Counselor assignments for the 2025-26 school year were sent to the Larkin ISD Transition Coordinator on September 12, 2025.</p>
</section>
<section>
<h2>Order of Selection status</h2>
<p>BVR is currently operating under an Order of Selection. See <a href="/order-of-selection">Order of Selection</a> for which priority categories are open.</p>
</section>
''', 'September 15, 2025')

P['agencies/bvr-pre-ets-and-summer-work.html'] = ('bvr', 'Pre-Employment Transition Services (Pre-ETS) for Students', '''
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/students">Students &amp; Youth</a> &rsaquo; Pre-ETS</nav>
<p class="lead">Pre-Employment Transition Services help students with disabilities ages 14 through 21 explore careers and prepare for work and college. Pre-ETS are free. Students can participate without applying for VR services.</p>
<h2>The five Pre-ETS activities</h2>
<ol>
<li><strong>Job exploration counseling</strong> &ndash; career interest inventories, labor market information, and conversations about jobs that fit.</li>
<li><strong>Work-based learning experiences</strong> &ndash; job shadowing, workplace tours, internships, and paid work experience in integrated community settings.</li>
<li><strong>Counseling on opportunities for enrollment in comprehensive transition or postsecondary educational programs</strong> &ndash; college visits, financial aid basics, and disability services offices.</li>
<li><strong>Workplace readiness training</strong> &ndash; social skills, communication, money management, and what employers expect.</li>
<li><strong>Instruction in self-advocacy</strong> &ndash; learning your rights and how to ask for accommodations, including peer mentoring.</li>
</ol>
<h2>Who can participate?</h2>
<p>Students ages 14 through 21 who are enrolled in high school, a transition program, or a postsecondary program and who have an IEP, a 504 plan, or another record of disability. A school case manager, parent, or the student can make a referral. School staff in Larkin County use Form T-VR1, submitted through the BVR referral portal.</p>
<h2>Summer Youth Work Experience 2025</h2>
<p>The Summer Youth Work Experience (SYWE) places students in paid jobs at local businesses with job coach support.</p>
<ul>
<li><strong>Ages:</strong> 16 through 21 (must be 16 by June 23, 2025)</li>
<li><strong>Dates:</strong> June 23 through August 1, 2025 (six weeks)</li>
<li><strong>Pay:</strong> $13.25 per hour, up to 20 hours per week, for a maximum of 120 hours</li>
<li><strong>Employer of record:</strong> Northbranch Employment Partners handles payroll and workers' compensation</li>
<li><strong>Slots:</strong> 85 in Larkin County</li>
<li><strong>Required orientation:</strong> Saturday, May 31, 2025, 9:00 a.m. to noon, Larkin Community College, Hollis Hall</li>
<li><strong>Application deadline:</strong> April 18, 2025</li>
</ul>
<p>LAT bus passes are provided to students who need transportation to their work site.</p>
<h2>Youth Leadership Forum</h2>
<p>The Youth Leadership Forum (YLF) is a three-day residential leadership event for rising juniors and seniors with disabilities, held July 14-16, 2025 at Larkin Community College. Thirty delegates are selected. Delegates learn self-advocacy, disability history, and public speaking. There is no cost to attend; applications were due March 28, 2025.</p>
<h2>Contact</h2>
<p>Questions about Pre-ETS in Larkin County: Marcus Trent, Pre-ETS Supervisor, (989) 555-0131, mtrent@example.org.</p>
''', 'March 3, 2025')

P['agencies/bvr-order-of-selection.html'] = ('bvr', 'Order of Selection', '''
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/job-seekers">Job Seekers</a> &rsaquo; Order of Selection</nav>
<div class="alert alert-info"><strong>Current status:</strong> Priority Category 1 is open. Priority Categories 2 and 3 are closed.</div>
<p>When BVR does not have enough money or staff to serve everyone who is eligible, federal law requires BVR to use an <em>Order of Selection</em>. This means people with the most significant disabilities are served first. BVR has been under an Order of Selection since October 1, 2024.</p>
<h2>Priority categories</h2>
<ul>
<li><strong>Category 1 &ndash; Most Significant Disability:</strong> serious limitations in three or more functional areas (such as mobility, communication, self-care, self-direction, interpersonal skills, work tolerance, or work skills) and need for multiple services over an extended period. <em>Open.</em></li>
<li><strong>Category 2 &ndash; Significant Disability:</strong> serious limitations in one or two functional areas. <em>Closed.</em></li>
<li><strong>Category 3 &ndash; All other eligible individuals.</strong> <em>Closed.</em></li>
</ul>
<h2>What happens if my category is closed?</h2>
<p>You will be placed on a waiting list in order of your application date. BVR will contact you when your category opens. As of July 2025, people in Category 2 waited an average of about seven months. You can still receive information and referral services while you wait.</p>
<h2>Students and Pre-ETS</h2>
<p>Students who were receiving Pre-ETS <strong>before</strong> they applied for VR services may continue receiving Pre-ETS even if they are placed in a closed category. Students who have not started Pre-ETS should be referred for Pre-ETS before applying for VR.</p>
<h2>Timelines</h2>
<p>BVR makes an eligibility decision within 60 days of a completed application. After eligibility and category assignment, an Individualized Plan for Employment is developed within 90 days for people in open categories.</p>
''', 'July 21, 2025')

P['agencies/lpcmh-waiver-and-respite.html'] = ('lpcmh', 'Waiver Services and Family Respite for People with Intellectual/Developmental Disabilities', '''
<article class="page type-page">
<div class="entry-content">
<p>Larkin Pathways Community Mental Health (LPCMH) coordinates Medicaid-funded supports for children and adults in Larkin County who have intellectual or developmental disabilities (I/DD). To begin, call our <strong>Access Line at (989) 555-0145</strong>, available 24 hours a day, 7 days a week. An access screener will ask about needs, insurance, and disability and will schedule an intake appointment, usually within 14 days.</p>
<h2>The Community Pathways Waiver (CPW)</h2>
<p>The Community Pathways Waiver is a Medicaid home and community-based services waiver. It pays for supports that help people live in their own homes and communities instead of in an institution.</p>
<p><strong>To be eligible, a person must:</strong></p>
<ul><li>have a developmental disability;</li><li>be eligible for Medicaid;</li><li>need the level of care provided in an intermediate care facility for individuals with intellectual disabilities (ICF/IID); and</li><li>choose to live in the community.</li></ul>
<p><strong>CPW services include:</strong> community living supports, respite, supported employment, skill-building, private-duty nursing, environmental modifications, specialized medical equipment, and family training.</p>
<h3>Waiting list</h3>
<p>The number of CPW slots is set by the state. When all slots are full, new applicants are placed on a waiting list by date and level of need. As of March 2025, 338 people in Larkin County were on the CPW waiting list. The typical wait is two to four years, so we encourage families to call the Access Line well before age 18.</p>
<p>People on the waiting list may still receive other LPCMH services, such as case management and limited respite, if they have Medicaid.</p>
<h2>Family Respite</h2>
<p>Respite gives unpaid family caregivers a break. Respite can be provided in the family home, in a licensed respite home, or through group programs in the community.</p>
<ul>
<li>Eligible families may receive <strong>up to 16 hours of respite per month</strong>. This was increased from 12 hours per month on October 1, 2024.</li>
<li>Families may choose their own respite worker (including a relative who does not live in the home) through a self-determination arrangement. Payroll is handled by our fiscal intermediary, Keystone Fiscal Services.</li>
<li>Unused respite hours do not carry over to the next month.</li>
</ul>
<p>Respite Coordinator: Renee Castellanos, (989) 555-0147, rcastellanos@example.org.</p>
<h2>Person-Centered Planning</h2>
<p>Every person receiving services has an Individual Plan of Service developed through person-centered planning at least once a year. You may invite anyone you want to your planning meeting, and you may request an independent facilitator at no cost.</p>
<h2>Transition-age youth</h2>
<p>For youth ages 16 to 21, our Transition Supports Team works with school IEP teams and BVR so services continue smoothly after graduation. Supported employment through the waiver can begin once school services end or in coordination with BVR.</p>
</div>
</article>
''', 'April 2, 2025')

P['agencies/lakeshore-independence-center.html'] = ('cil', 'Our Services', '''
<div class="sqs-block html-block">
<p>Lakeshore Independence Center (LIC) is the Center for Independent Living for Larkin County. More than half of our board and staff are people with disabilities. All services are free.</p>
<p><strong>Visit:</strong> 88 Harbor Lane, Ashgrove, MI 48696 &nbsp; <strong>Call:</strong> (989) 555-0150 &nbsp; <strong>TTY:</strong> 711 &nbsp; <strong>Hours:</strong> Monday-Friday 9:00-4:30</p>
<h2>The five core services</h2>
<ol>
<li><strong>Information and referral</strong> &ndash; housing, transportation, benefits, and more.</li>
<li><strong>Independent living skills training</strong> &ndash; cooking, budgeting, using public transit, managing personal care attendants.</li>
<li><strong>Peer support</strong> &ndash; one-on-one and group support from people who have lived experience with disability.</li>
<li><strong>Individual and systems advocacy</strong> &ndash; help speaking up for your rights, and working to change policies.</li>
<li><strong>Transition services</strong> &ndash; helping people move out of nursing homes, preventing institutionalization, and helping youth move from school to adult life.</li>
</ol>
<h2>Next Step Youth Academy</h2>
<p>Next Step is a free program for young people with disabilities ages 14 to 24. Participants meet on Saturdays from 10:00 a.m. to 12:00 p.m. for an eight-week session and learn self-advocacy, independent living skills, and how to use community resources. Lunch is provided after each session.</p>
<ul><li>Fall 2025 session: September 13 &ndash; November 1, 2025</li><li>Winter 2026 session: dates announced in December</li></ul>
<p>Contact Jordan Pike, Youth Transition Specialist, at (989) 555-0152 or jpike@example.org. Next Step counts as Pre-ETS self-advocacy instruction for students referred through BVR.</p>
<h2>Assistive Technology Loan Closet</h2>
<p>Try before you buy. Borrow devices such as tablets with communication apps, reachers, talking watches, and portable ramps for up to 30 days at no charge.</p>
<h2>Ramp and home access program</h2>
<p>LIC builds a limited number of modular ramps each year for homeowners and renters with disabilities who meet income guidelines. Call for the current waiting list.</p>
<h2>By the numbers</h2>
<p>In 2024, LIC served 1,140 people, including 212 youth ages 14 to 24.</p>
</div>
''', None)

P['agencies/lat-access-paratransit.html'] = ('lat', 'LAT Access Paratransit', '''
<p class="intro">LAT Access is Larkin Area Transit's shared-ride, door-to-door service for people whose disability prevents them from using the fixed-route bus some or all of the time. It is provided under the Americans with Disabilities Act (ADA).</p>
<h2>Where and when</h2>
<p>LAT Access serves origins and destinations within three-quarters of a mile of LAT fixed routes in Fennimore, Ashgrove, Millbrook Falls, and Cedar Bend, during the same hours the fixed routes operate (Monday-Saturday 6:00 a.m.-9:00 p.m.; Sunday 8:00 a.m.-5:00 p.m.).</p>
<p>Residents of Orland, Pike Hollow, and Harwick can use the <a href="/connector">County Connector</a> dial-a-ride, which runs Tuesdays and Thursdays only.</p>
<h2>How to become eligible</h2>
<ol>
<li>Call (989) 555-0160 to request an application, or download it below.</li>
<li>Have a health care professional complete Part B of the application.</li>
<li>Schedule an in-person functional assessment at the LAT Mobility Center, 77 Depot Street.</li>
<li>LAT will mail a decision within 21 days of receiving a complete application. If no decision is made within 21 days, you may ride until a decision is made.</li>
</ol>
<p>Eligibility is usually granted for three years, after which you must recertify.</p>
<h2>Fares</h2>
<table class="fares"><tr><th>Rider</th><th>One-way fare</th></tr>
<tr><td>LAT Access rider</td><td>$2.50</td></tr><tr><td>Personal care attendant (PCA)</td><td>Free</td></tr><tr><td>Companion</td><td>$2.50</td></tr></table>
<p>The LAT Access fare increased from $2.00 to $2.50 per one-way trip on July 1, 2024. Ten-ride ticket books are $25.00. Drivers cannot make change.</p>
<h2>Scheduling a ride</h2>
<p>Call reservations at (989) 555-0160 between 8:00 a.m. and 5:00 p.m., seven days a week. Rides may be booked 1 to 7 days in advance; next-day rides must be booked by 5:00 p.m. the day before. Your vehicle may arrive any time within a 30-minute pickup window.</p>
<p>Subscription service is available for trips taken at the same time at least once a week, such as work or school.</p>
<h2>Cancellations and no-shows</h2>
<p>Cancel at least two hours before your pickup time. Riders with three no-shows in a calendar month may receive a warning letter.</p>
<h2>Travel training</h2>
<p>Many riders can learn to ride the fixed-route bus for some trips. LAT's free travel training program teaches riders one-on-one. Training usually takes four to six weeks. Students age 16 and older may be referred by their school. Contact Bea Lindqvist, Travel Training Coordinator, at (989) 555-0163.</p>
<p>Riders with a disability can also get a Half-Fare ID to ride the fixed-route bus for $0.75.</p>
''', 'January 10, 2025')

P['agencies/lcc-office-of-accessibility-services.html'] = ('lcc', 'Office of Accessibility Services', '''
<p>The Office of Accessibility Services (OAS) works with students with disabilities to provide equal access to LCC's programs under Section 504 and the Americans with Disabilities Act.</p>
<div class="contact-box"><p><strong>Location:</strong> Hollis Hall, Room 114</p><p><strong>Phone:</strong> (989) 555-0171</p><p><strong>Email:</strong> accessibility@example.org</p><p><strong>Director:</strong> Dr. Priya Raman</p><p><strong>Hours:</strong> Monday-Thursday 8:00 a.m.-6:00 p.m.; Friday 8:00 a.m.-noon</p></div>
<h2>College is different from high school</h2>
<p>In high school, the school district finds students with disabilities and writes an IEP. In college, <strong>the student must request accommodations</strong>. IEPs and 504 plans do not transfer, and LCC does not provide modified curriculum, personal aides, or individual tutoring as an accommodation.</p>
<h2>How to register with OAS</h2>
<ol>
<li>Apply and be admitted to LCC.</li>
<li>Complete the online Accessibility Request Form in myLCC.</li>
<li>Upload documentation of your disability. A recent IEP or 504 plan (from the last three years), a Summary of Performance, or a letter from a qualified professional is usually acceptable.</li>
<li>Meet with an accessibility specialist for an intake appointment (about 45 minutes).</li>
<li>Request your accommodation letters each semester in myLCC and share them with your instructors.</li>
</ol>
<p>We recommend starting the process <strong>at least 30 days before the semester begins</strong> so accommodations are ready on the first day of class.</p>
<h2>Testing accommodations</h2>
<p>Students approved for testing accommodations schedule exams in the Testing Center, Hollis Hall Room 120, at least five business days before each exam.</p>
<h2>Jump Start</h2>
<p>Jump Start is a free two-day orientation for incoming students with disabilities. The 2025 Jump Start is August 12-13, 2025. Students practice using the learning management system, meet OAS staff, and tour campus.</p>
<h2>Assistive Technology Lab</h2>
<p>The AT Lab in the library has text-to-speech software, screen magnification, and speech recognition. Drop in during library hours.</p>
''', 'June 5, 2025')

P['agencies/lcc-pathways-certificate.html'] = ('lcc', 'Pathways Certificate Program', '''
<p>The Pathways Certificate is a two-year, non-degree program at Larkin Community College for students with intellectual disabilities. It is an approved Comprehensive Transition and Postsecondary (CTP) program, which means eligible students may qualify for Pell Grants and Federal Work-Study even without a regular high school diploma.</p>
<h2>Program at a glance</h2>
<ul>
<li><strong>Length:</strong> four semesters (two academic years)</li>
<li><strong>Cohort size:</strong> 12 students admitted each fall</li>
<li><strong>Age:</strong> 18 to 26 at the time of enrollment</li>
<li><strong>Tuition and fees 2025-26:</strong> $4,180 per year (2024-25: $3,950 per year)</li>
<li><strong>Components:</strong> inclusive college courses (audit or credit), career seminars, two campus internships and one community internship, peer mentors</li>
</ul>
<h2>How to apply for fall 2026</h2>
<ol>
<li>Attend an information session (held monthly from October to January; register online).</li>
<li>Submit the Pathways application, two references, and the most recent IEP by <strong>January 31, 2026</strong>.</li>
<li>Complete a campus interview in February.</li>
<li>Admission decisions are mailed by March 20, 2026.</li>
</ol>
<h2>Paying for Pathways</h2>
<p>Families should complete the FAFSA. BVR may help with costs for students with an Individualized Plan for Employment that includes Pathways. Some students use ABLE account funds for tuition.</p>
<h2>Contact</h2>
<p>Nate Holloway, Pathways Coordinator, (989) 555-0174, nholloway@example.org</p>
''', 'September 30, 2025')

P['agencies/larkin-family-advocacy-network.html'] = ('lfan', 'Get Help: Transition to Adulthood', '''
<p>The Larkin Family Advocacy Network (LFAN) is a free, parent-run organization that helps families of children and young adults with disabilities. Our parent mentors have walked this road themselves.</p>
<h2>What we do</h2>
<ul>
<li>One-on-one help from a parent mentor, by phone or in person</li>
<li>Help preparing for IEP meetings, including transition IEPs</li>
<li>Workshops on transition, guardianship alternatives, and benefits</li>
<li>Lending library of books and videos</li>
</ul>
<h2>Monthly workshops</h2>
<table><tr><th>Workshop</th><th>When</th><th>Where</th></tr>
<tr><td>Transition 101</td><td>First Monday, 6:00-7:30 p.m.</td><td>LFAN office and Zoom</td></tr>
<tr><td>Supported Decision-Making</td><td>Third Tuesday, 6:30-8:00 p.m.</td><td>Millbrook Falls Public Library</td></tr>
<tr><td>Familias Unidas (Spanish-language support group)</td><td>Second Saturday, 10:00 a.m.-noon</td><td>St. Anne Parish Hall, Fennimore</td></tr></table>
<p>Childcare is available at the Transition 101 workshop if you register by the Friday before.</p>
<h2>Supported decision-making agreement template</h2>
<p>Our free supported decision-making agreement template is available in English and Spanish. Ask any parent mentor or pick one up at the workshop.</p>
<h2>Parent mentors</h2>
<ul><li>Gloria Mendez, Parent Mentor (English/Spanish) &ndash; (989) 555-0182</li><li>Darnell Hughes, Parent Mentor, Transition &ndash; (989) 555-0183</li><li>Katie Brennan, Executive Director &ndash; (989) 555-0181</li></ul>
<p>Main line: (989) 555-0180. We return calls within two business days.</p>
''', None)

P['agencies/great-lakes-wipa-benefits-counseling.html'] = ('wipa', 'Benefits Counseling for Working People with Disabilities', '''
<p>The Great Lakes Work Incentives Project (GLWIP) provides free, confidential benefits counseling to people who receive Supplemental Security Income (SSI) or Social Security Disability Insurance (SSDI) and are working or thinking about working.</p>
<h2>Who can get help?</h2>
<p>SSI or SSDI beneficiaries <strong>age 14 through full retirement age</strong> who are employed or seriously considering work. Students receiving SSI are a priority group.</p>
<h2>What a Community Work Incentives Coordinator (CWIC) can do</h2>
<ul>
<li>Explain how earnings will affect SSI, SSDI, Medicaid, and Medicare</li>
<li>Help with the Student Earned Income Exclusion, Impairment-Related Work Expenses, and Plans to Achieve Self-Support (PASS)</li>
<li>Explain continued Medicaid under Section 1619(b)</li>
<li>Explain Ticket to Work</li>
<li>Write a Benefits Summary and Analysis you can keep</li>
</ul>
<h2>2025 key figures</h2>
<table><tr><th>Item</th><th>2025</th></tr>
<tr><td>SSI federal benefit rate (individual)</td><td>$967/month</td></tr>
<tr><td>Substantial Gainful Activity (non-blind)</td><td>$1,620/month</td></tr>
<tr><td>Substantial Gainful Activity (blind)</td><td>$2,700/month</td></tr>
<tr><td>Trial Work Period month</td><td>$1,160/month</td></tr>
<tr><td>Student Earned Income Exclusion</td><td>$2,350/month, up to $9,460/year</td></tr></table>
<h2>Benefits 101 group sessions</h2>
<p>Free one-hour sessions for youth and families, first Wednesday of each month at 4:00 p.m., Fennimore Public Library, Community Room B. No registration required.</p>
<h2>Larkin County contact</h2>
<p>Theo Baptiste, CWIC, (989) 555-0190, tbaptiste@example.org. Intake line: (989) 555-0191.</p>
''', 'January 6, 2025')

P['agencies/larkin-county-probate-guardianship.html'] = ('court', 'Guardianship of Adults with Developmental Disabilities', '''
<div class="content-area">
<p>A parent or other interested person may petition the Probate Court to appoint a guardian for an adult (age 18 or older) with a developmental disability. The court may appoint a <strong>partial guardian</strong>, with authority over only specific areas, or a <strong>plenary guardian</strong>, with authority over all decisions. The law requires the court to consider less restrictive alternatives and to favor partial guardianship.</p>
<h2>Before you file</h2>
<p>Consider alternatives such as a supported decision-making agreement, a durable power of attorney, a patient advocate designation, or a representative payee. The Self-Help Center has information on these options.</p>
<h2>Filing requirements</h2>
<ol>
<li>Petition for Appointment of Guardian of Individual with Developmental Disability</li>
<li>A report from a physician or licensed psychologist, dated within 12 months before the petition is filed</li>
<li>Filing fee (see below)</li>
<li>Proposed guardian's acceptance and background check consent</li>
</ol>
<h2>Fees</h2>
<p>Effective January 1, 2025, the filing fee for a petition for guardianship of an adult with a developmental disability is $175 (previously $150). A certified copy of letters of guardianship is $12. If you cannot afford the fee, file a fee waiver request (Form PC-FW) with your petition.</p>
<h2>After you file</h2>
<p>The court appoints a guardian ad litem, who meets with the person and explains their rights. A hearing is usually held within 6 to 8 weeks. Guardians must complete the court's online guardian training (about 40 minutes) before letters are issued, and must file an annual report on or before each anniversary of appointment.</p>
<h2>Self-Help Center</h2>
<p>Room 204, Larkin County Courthouse. Phone (989) 555-0195. The free Guardianship Assistance Clinic, staffed by volunteer attorneys, meets the second Wednesday of each month from 1:00 to 4:00 p.m. in Room 204; first come, first served.</p>
</div>
''', 'February 18, 2025')

P['agencies/fennimore-memorial-larkin-works.html'] = ('hosp', 'Larkin Works Internship Program', '''
<section class="hero"><p>Real work. Real skills. Real jobs.</p></section>
<p>Larkin Works is a partnership of Fennimore Memorial Hospital, Larkin ISD, the State Bureau of Vocational Rehabilitation, and Northbranch Employment Partners. Young adults with disabilities spend their final year of school learning job skills through full-day, unpaid internships inside the hospital.</p>
<h2>Program details</h2>
<ul>
<li><strong>Who:</strong> up to 10 interns per year, ages 18 to 25, in their last year of school eligibility, who want competitive integrated employment</li>
<li><strong>When:</strong> the school year, September to June, Monday through Friday, 8:00 a.m. to 2:30 p.m.</li>
<li><strong>Rotations:</strong> three rotations of about 10 weeks each, in departments such as environmental services, food and nutrition, materials management, patient transport, and pharmacy stocking</li>
<li><strong>Staff:</strong> an ISD instructor and two skills trainers from Northbranch Employment Partners are on site every day</li>
<li><strong>Transportation:</strong> interns learn to travel independently; LAT travel training is provided</li>
</ul>
<h2>Apply for the 2026-27 class</h2>
<p>Applications are due <strong>February 27, 2026</strong>. Applicants attend a skills assessment day at the hospital in March, and acceptance letters are sent by April 15. Applicants must have an open BVR case or apply to BVR before the skills assessment day.</p>
<h2>Results</h2>
<p>Of the nine interns who completed the 2024-25 program, eight were employed within six months, working an average of 24 hours per week.</p>
<h2>Contact</h2>
<p>Kendra Walsh, Larkin Works Program Coordinator, (989) 555-0124, kwalsh@example.org</p>
''', 'October 1, 2025')

for path,(site,title,body,upd) in P.items():
    open('knowledge/'+path,'w').write(render(site,title,body,upd))
print(len(P))
