from chrome import tl, cil
K='/work/blind/sealed-2/knowledge/'
ar = '''
<h1>Accessibility Resources</h1>
<div class="contact-box"><p><strong>Accessibility Resources</strong><br>Brennick Campus, Student Center Room C-114<br>Phone 218-555-0211 · Text 218-555-0214<br>access@tamaracklakes.example<br>Hours: Monday–Friday 8:00–4:30 (summer: Monday–Thursday 8:00–4:00)<br>Halvorsen Falls Campus: by appointment, Tuesdays</p>
<p>Director: Dr. Renata Solberg<br>Accessibility Coordinator: Jamal Pryce</p></div>
<p>Tamarack Lakes Community College is committed to providing equal access to students with disabilities in accordance with Section 504 of the Rehabilitation Act and the Americans with Disabilities Act (ADA), as amended. Accessibility Resources works with students, faculty, and staff to arrange reasonable accommodations.</p>
<h2>Who is eligible?</h2>
<p>Any admitted or enrolled student with a documented disability — including learning disabilities, ADHD, mental health conditions, autism, chronic health conditions, deaf/hard of hearing, blind/low vision, physical disabilities, and temporary conditions — may request accommodations. PSEO students (high school students taking college classes) are also eligible.</p>
<h2>High school vs. college: what changes</h2>
<table>
<tr><th></th><th>High school</th><th>College</th></tr>
<tr><td>Law</td><td>IDEA and Section 504</td><td>ADA and Section 504</td></tr>
<tr><td>Who starts the process</td><td>The school identifies and evaluates</td><td>The student must self-identify and request accommodations</td></tr>
<tr><td>Plan</td><td>IEP or 504 plan</td><td>Accommodation letter; no IEP</td></tr>
<tr><td>Modifications</td><td>Curriculum can be modified</td><td>Accommodations provide access; course standards are not changed</td></tr>
<tr><td>Parents</td><td>Parents are part of the team</td><td>Student is responsible; FERPA limits what we share with parents without the student's written consent</td></tr>
</table>
<h2>How to get started</h2>
<ol>
<li>Apply and be admitted to Tamarack Lakes.</li>
<li>Complete the online <strong>Accessibility Request Form (AR-1)</strong> on the Accessibility Resources page of eServices.</li>
<li>Upload documentation (see below). If you don't have documentation, submit the form anyway and we'll talk.</li>
<li>Schedule an intake meeting (about 45 minutes) with an Accessibility Coordinator. Meetings can be in person, by phone, or by video.</li>
<li>Each semester, request your accommodation letters through AccessPortal. Letters are emailed to your instructors.</li>
</ol>
<p><strong>Please start at least 4 weeks before the semester begins.</strong> Some accommodations, such as alternate format textbooks and sign language interpreters, take longer to arrange.</p>
<h2>Documentation</h2>
<p>Helpful documentation describes the disability, how it affects you in an academic setting, and accommodations that have worked before. We accept: a recent IEP or 504 plan together with the evaluation report; a high school Summary of Performance; or a letter from a qualified professional. An IEP alone may not be enough, and <em>an IEP does not automatically transfer to college</em>. Documentation does not need to be from the last three years.</p>
<h2>Common accommodations</h2>
<ul><li>Extended time on tests (usually 1.5x or 2x) in the Testing Center</li><li>Reduced-distraction testing room</li><li>Note-taking support or permission to audio-record lectures</li><li>Alternate format textbooks (e-text, audio)</li><li>Sign language interpreters and real-time captioning (CART)</li><li>Assistive technology: text-to-speech, speech-to-text, screen readers</li><li>Flexible attendance or deadlines (case-by-case, with instructor input)</li><li>Accessible furniture; priority registration for students who qualify</li></ul>
<h2>Testing Center</h2>
<p>Students using testing accommodations must schedule each exam in the Testing Center at least <strong>3 business days</strong> before the exam date (10 business days for final exams). Testing Center: Room B-210, Brennick Campus, 218-555-0215.</p>
<h2>Services we do not provide</h2>
<p>Accessibility Resources does not provide personal attendants, individually prescribed devices (e.g., hearing aids, wheelchairs), personal tutoring, or diagnostic testing. Tutoring is available to all students through the Learning Commons, and TRIO Student Support Services offers tutoring and coaching to eligible students.</p>
<h2>Summer Bridge for Students with Disabilities</h2>
<p>A free two-week program in late July for high school students with IEPs or 504 plans who are entering their senior year. Students attend sample classes, tour the Brennick Campus, meet Accessibility Resources staff, and practice requesting accommodations. 2026 dates: <strong>July 20–31, 2026</strong>, 9:00 a.m. to 2:00 p.m. Lunch is provided. Applications are due <strong>May 15, 2026</strong>; ask your school counselor or email access@tamaracklakes.example.</p>
<h2>Service and emotional support animals</h2>
<p>Service animals are welcome on campus. Emotional support animals are not permitted in classrooms. Tamarack Lakes does not have student housing.</p>
<h2>Grievances</h2>
<p>If you believe you have been denied an accommodation, contact the Director. You may also file a complaint with the college's ADA/504 Coordinator, Bill Hargreaves, Human Resources, 218-555-0216.</p>
'''
open(K+'college/accessibility-resources.html','w').write(tl('Accessibility Resources', ar))

faq = '''
<h1>Accessibility Resources – Information for Families and High School Staff</h1>
<p>We get many calls from parents and high school case managers. Here are answers to the most common questions.</p>
<h3>Can a parent call and ask about my son's accommodations?</h3>
<p>Once a student is enrolled in college, FERPA protects the student's education records. We will speak with parents only if the student signs a <strong>FERPA Release (form TL-FR2)</strong> naming the parent. Even with a release, we prefer that students attend meetings and make their own requests.</p>
<h3>Will the college follow the IEP?</h3>
<p>No. The IEP ends at high school. We use the IEP, 504 plan, and evaluation report as information when deciding on college accommodations. Some high school supports, such as modified tests, reduced assignments, or a paraprofessional, are not provided in college.</p>
<h3>My student gets SSI. Will college affect SSI?</h3>
<p>We can't answer benefits questions. Grants and scholarships used for tuition, fees, and books usually are not counted by SSI, but talk with a benefits planner. Northstar Benefits Planning (218-555-0136) offers free benefits counseling.</p>
<h3>Does VR pay for college?</h3>
<p>Vocational Rehabilitation may help pay for training if it is part of a student's Individualized Plan for Employment. Students must still complete the FAFSA each year. Talk with your VR counselor.</p>
<h3>Is there a program at Tamarack Lakes for students with intellectual disabilities?</h3>
<p>Students with intellectual disabilities are welcome to enroll in credit or non-credit courses and receive accommodations. Bridges Transition Program students from Wabanica Lakes Area Schools take a weekly "College Experience" class on the Brennick Campus.</p>
<h3>When should my student contact you?</h3>
<p>Spring of senior year is ideal. Students who are taking PSEO classes should contact us before the first class. Juniors can attend Summer Bridge the summer before senior year.</p>
<h3>Do you offer placement testing accommodations?</h3>
<p>Yes. Contact us at least one week before the Accuplacer test to arrange extended time or a reader.</p>
<h3>Can high school case managers attend the intake?</h3>
<p>Yes, if the student wants them there. Many students bring a parent or case manager to the first meeting.</p>
'''
open(K+'college/families-and-high-school-staff.html','w').write(tl('Information for Families and High School Staff', faq))

home = '''
<h1>Welcome to North Pines Center for Independent Living</h1>
<p><em>Nothing about us without us.</em></p>
<p>North Pines CIL is a cross-disability, consumer-controlled nonprofit serving Wabanica and Ferrin counties since 1994. More than half of our board and staff are people with disabilities. All of our services are free.</p>
<h2>Our core services</h2>
<p>Like every Center for Independent Living in the country, we provide five core services:</p>
<ul>
<li><strong>Information and Referral</strong> – Call us about anything disability-related.</li>
<li><strong>Independent Living Skills Training</strong> – cooking, budgeting, using transit, scheduling, home management. Ages 14 and up.</li>
<li><strong>Peer Support</strong> – talk with someone who has been there. Our Youth Peer Mentoring program matches young people 14 to 24 with mentors.</li>
<li><strong>Individual and Systems Advocacy</strong> – we can come to meetings with you, help you write a complaint, or work on community change (accessible sidewalks, transit).</li>
<li><strong>Transition</strong> – from nursing homes and institutions to the community, helping people stay out of institutions, and helping youth move from high school to adult life.</li>
</ul>
<h2>Youth services</h2>
<p>Our <a href="/youth">Next Step Transition Program</a> is a 10-week evening group for students ages 16 to 21. We also run Youth Peer Mentoring and provide Pre-ETS self-advocacy instruction in schools under contract with VR.</p>
<h2>Assistive Technology Loan Closet</h2>
<p>Borrow a device for up to 30 days. Pick-up and return at our Lake Osmund satellite on Wednesdays, 10 to 2. (A refundable $25 deposit is requested for tablets.)</p>
<h2>Upcoming events</h2>
<ul><li>Disability Advocacy Day at the Capitol – carpool from Brennick, date TBA</li><li>Accessible Gardening workshop – May, Brennick Community Garden</li><li>ADA Anniversary picnic – July 26, Lake Osmund Beach Park</li></ul>
<p>We're an equal opportunity provider. Call 218-555-0160 (voice) or use 711 relay.</p>
'''
open(K+'cil/index.html','w').write(cil('Home', home))

youth = '''
<h1>Youth: Next Step Transition Program</h1>
<p>Next Step is for high school students and recent grads with disabilities, ages 16 to 21. Over 10 weeks, participants meet on <strong>Tuesday evenings, 5:30 to 7:30 p.m.</strong>, at our Brennick office (118 Third Street SE). Dinner is included!</p>
<h2>What we cover</h2>
<ol>
<li>Who am I? Understanding your disability and strengths</li>
<li>Disclosure – when and how to tell an employer or teacher about your disability</li>
<li>Asking for accommodations at work and college</li>
<li>Your rights at 18: decision-making, supported decision-making, and guardianship</li>
<li>Money basics: bank accounts, budgets, SSI and work</li>
<li>Housing options: living with family, roommates, apartments, supported living</li>
<li>Getting around: Dial-a-Ride, the Brennick Loop, rides from friends</li>
<li>Health care: making your own appointments, prescriptions, MA renewals</li>
<li>Fun and friends: community recreation and staying connected</li>
<li>Graduation night and personal action plan</li>
</ol>
<h2>2026 cohorts</h2>
<ul><li>Spring cohort: February 3 – April 7, 2026 (registration closes January 23)</li><li>Fall cohort: September 15 – November 17, 2026 (registration closes September 4)</li></ul>
<p>Next Step is free. We can help with rides from Brennick, Lake Osmund, Pine Haven, and North Ardell. Spanish interpretation available; please tell us when you register.</p>
<p>Next Step counts as Pre-ETS "instruction in self-advocacy" for students who have a Pre-ETS referral with VR. Ask your VR counselor.</p>
<h2>Youth Peer Mentoring</h2>
<p>Young people ages 14–24 are matched with a mentor with a disability. Mentors and mentees meet twice a month plus a monthly group outing (bowling, movies, disc golf). Parents, please note: mentoring is for the young person; we'll ask them to fill out the application themselves with help as needed.</p>
<h2>Register</h2>
<p>Contact Lena Voss, Youth Services Coordinator, 218-555-0164 or lvoss@northpinescil.example.</p>
'''
open(K+'cil/youth-next-step.html','w').write(cil('Youth: Next Step', youth))
