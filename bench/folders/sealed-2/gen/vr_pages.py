from chrome import vr
K='/work/blind/sealed-2/knowledge/state-vr/'
youth = '''
<h1>Students and Youth with Disabilities</h1>
<p class="lead">Vocational Rehabilitation (VR) helps students and young adults with disabilities plan for careers, get work experience, and move from high school into jobs, training, or college.</p>
<div class="alert alert-info"><strong>Notice:</strong> VR continues to operate under an Order of Selection. Pre-Employment Transition Services are not affected for students who are not applying for full VR services. <a href="/vr/order-of-selection">Learn more about the Order of Selection</a>.</div>
<h2>Who we serve</h2>
<p>We work with:</p>
<ul>
<li><strong>Students with disabilities</strong> – ages 14 through 21, enrolled in high school, a transition program, or postsecondary education, who have an IEP, a 504 plan, or another documented disability.</li>
<li><strong>Youth with disabilities</strong> – ages 14 through 24, whether or not they are in school.</li>
</ul>
<p>A student does not have to apply for VR to get Pre-Employment Transition Services (Pre-ETS). A parent or guardian (or the student, if 18 or older) signs the <em>Pre-ETS Consent and Referral</em> form (DVR-PE-1) and the school sends it to the local VR office.</p>
<h2>What VR can do for students</h2>
<p>Pre-Employment Transition Services are the first step. They include:</p>
<ol>
<li>Job exploration counseling</li>
<li>Work-based learning experiences</li>
<li>Counseling on opportunities for enrollment in comprehensive transition or postsecondary educational programs</li>
<li>Workplace readiness training to develop social skills and independent living</li>
<li>Instruction in self-advocacy, which may include peer mentoring</li>
</ol>
<p>See <a href="/vr/youth/pre-ets">Pre-Employment Transition Services</a> for details.</p>
<p>Students who need more individualized services – for example, help paying for training after high school, job placement, or job coaching – can apply for full VR services. Once a student is found eligible, the student and counselor write an <strong>Individualized Plan for Employment (IPE)</strong>. For students still in school, the IPE should be in place before the student leaves high school.</p>
<h2>When should a student apply?</h2>
<p>Students can apply for VR services at any age from 14. Many students start with Pre-ETS in 9th or 10th grade and apply for full VR services in their junior year. We recommend applying no later than the fall of the student's last year of high school so that the plan can be finished before graduation.</p>
<h2>Working with your school</h2>
<p>Every high school in Minnesota has an assigned VR counselor or transition liaison. Counselors can attend IEP meetings when invited, and they meet with students at school. Ask your special education case manager who your school's VR contact is.</p>
<h3>North Central Region – Brennick Area Office</h3>
<p>Serving Wabanica and Ferrin counties<br>
600 Frontier Road (inside the Wabanica WorkForce Center), Brennick, MN 56471<br>
Phone: 218-555-0115 &nbsp;|&nbsp; Fax: 218-555-0118<br>
Hours: Monday–Friday, 8:00 a.m. – 4:30 p.m.</p>
<p>Youth transition counselor for Wabanica County high schools: Aaron Whitlock, 218-555-0116, aaron.whitlock@mn-dwo.example<br>
Youth transition counselor for Ferrin County high schools: position open – call the main office.</p>
<h2>Related links</h2>
<ul><li><a href="/vr/apply">How to apply for VR</a></li><li><a href="/vr/policy/ch7">Policy Manual Chapter 7: Services to Students and Youth</a></li><li><a href="/vr/forms">Forms</a></li><li><a href="/vr/subminimum-wage">Section 511 and subminimum wage</a></li></ul>
'''
open(K+'youth-services.html','w').write(vr('Students and Youth', youth, '<li><a href="/vr/youth">Students &amp; Youth</a></li>'.replace('<li><a href="/vr/youth">Students &amp; Youth</a></li>',''), 'February 2, 2026'))

preets = '''
<h1>Pre-Employment Transition Services (Pre-ETS)</h1>
<p>Pre-Employment Transition Services, or Pre-ETS, are short-term services that help students with disabilities explore careers and get ready for work. Federal law (the Workforce Innovation and Opportunity Act, WIOA) requires VR to set aside at least 15 percent of its federal funds for these services.</p>
<h2>Eligibility</h2>
<p>To receive Pre-ETS, a student must:</p>
<ul><li>be 14 through 21 years old;</li><li>be enrolled in secondary or postsecondary education (including homeschool, online school, and the 18–21 transition programs run by school districts); and</li><li>have a disability (an IEP or 504 plan is enough documentation; other documentation may be accepted).</li></ul>
<p>Students age 22 and older cannot receive Pre-ETS but may apply for VR services.</p>
<h2>The five required activities</h2>
<table class="table">
<thead><tr><th>Activity</th><th>Examples</th></tr></thead>
<tbody>
<tr><td>Job exploration counseling</td><td>Career interest inventories, labor market information, informational interviews</td></tr>
<tr><td>Work-based learning experiences</td><td>Job shadowing, paid or unpaid work experience, internships, summer work programs</td></tr>
<tr><td>Counseling on postsecondary opportunities</td><td>College tours, information about financial aid, comprehensive transition programs, technical colleges and apprenticeships</td></tr>
<tr><td>Workplace readiness training</td><td>Communication and social skills on the job, financial literacy, using transportation, independent living skills</td></tr>
<tr><td>Instruction in self-advocacy</td><td>Learning about your rights and responsibilities, requesting accommodations, peer mentoring</td></tr>
</tbody></table>
<h2>How to get started</h2>
<ol>
<li>Talk with your IEP or 504 case manager.</li>
<li>Complete the Pre-ETS Consent and Referral form (DVR-PE-1). If the student is under 18, a parent or guardian signs.</li>
<li>The school or family sends the form to the local VR office. You can also email it to PreETS.Referrals@mn-dwo.example.</li>
<li>A VR staff person will contact the student within 10 business days.</li>
</ol>
<p>Pre-ETS are provided at no cost to the student or family. There is no financial needs test for Pre-ETS.</p>
<h2>Who provides Pre-ETS?</h2>
<p>Services are provided by VR staff and by community partners under contract, such as centers for independent living, community rehabilitation providers, and workforce centers. Your VR contact can tell you which providers serve your school.</p>
<h2>Summer work experience</h2>
<p>Each summer VR funds paid work experiences for students. Students are paid at least the state minimum wage, and wages are paid by the provider, not the employer. Applications are usually due in April. Ask your school's VR contact for the application for your region.</p>
<h3>Frequently asked questions</h3>
<details><summary>Does a student need to be eligible for VR to receive Pre-ETS?</summary><p>No. Pre-ETS are available to any student with a disability who is "potentially eligible" for VR. An application is not required.</p></details>
<details><summary>Can a student receive Pre-ETS and also have an open VR case?</summary><p>Yes. Once a student is eligible and has an IPE, Pre-ETS can be included in the IPE.</p></details>
<details><summary>What about the Order of Selection?</summary><p>Students who began receiving Pre-ETS before applying for VR can keep receiving them even if placed on a waiting list for other VR services.</p></details>
<details><summary>Can students in private school receive Pre-ETS?</summary><p>Yes, if they meet the age and disability criteria.</p></details>
'''
open(K+'pre-employment-transition-services.html','w').write(vr('Pre-Employment Transition Services', preets, '<li><a href="/vr/youth">Students &amp; Youth</a></li>', 'November 18, 2025'))

apply = '''
<h1>How to Apply for Vocational Rehabilitation</h1>
<p>Vocational Rehabilitation Services help people with disabilities prepare for, find, and keep a job. There is no fee to apply.</p>
<h2>Step 1: Contact your local office</h2>
<p>Call or visit the VR office nearest you, or complete the online interest form. In the North Central Region, call 218-555-0115.</p>
<h2>Step 2: Complete the application</h2>
<p>Fill out the <strong>Application for Vocational Rehabilitation Services (DVR-100)</strong>. You may complete it with a counselor at an orientation session, or on your own. Bring:</p>
<ul><li>a photo ID, if you have one</li><li>your Social Security card or number</li><li>medical, psychological or school records about your disability (for students: the most recent IEP or 504 plan and evaluation report)</li><li>if you receive SSI or SSDI, your award letter</li></ul>
<p>Applicants younger than 18 need a parent's or guardian's signature.</p>
<h2>Step 3: Eligibility</h2>
<p>Your counselor has <strong>60 days</strong> from the date of your application to decide if you are eligible, unless you agree to an extension. People who receive SSI or SSDI because of disability are presumed eligible, as long as they intend to work.</p>
<h2>Step 4: Order of Selection</h2>
<p>Because VR does not have enough funds to serve everyone who is eligible, eligible people are placed in priority categories:</p>
<ul><li>Priority Category 1 – Most significant disability (currently <strong>open</strong>)</li><li>Priority Category 2 – Significant disability (waiting list)</li><li>Priority Category 3 – All other eligible individuals (waiting list)</li></ul>
<p>If you are placed on the waiting list, you will be referred to other programs, such as the WorkForce Center.</p>
<h2>Step 5: Your plan</h2>
<p>Once you are eligible and your category is open, you and your counselor write your Individualized Plan for Employment (IPE) within 90 days. The IPE lists your job goal, the services you need, who will provide them, and who will pay.</p>
<h2>Cost</h2>
<p>Assessment, counseling and guidance, job placement, and Pre-ETS are free. For some other services, such as college tuition, VR looks at your income and first uses other resources like federal financial aid (Pell Grants). See the Policy Manual for details.</p>
<h2>Not happy with a decision?</h2>
<p>You can ask for an informal review or an impartial hearing. The Client Assistance Program (CAP) can help you for free: 1-800-555-0199.</p>
'''
open(K+'how-to-apply.html','w').write(vr('How to Apply', apply, '', 'September 30, 2025'))

news = '''
<article class="news">
<h1>Applications Open for 2026 Summer Work Experiences for Students</h1>
<p class="dateline">News release · March 2, 2026</p>
<p>ST. PAUL – The Department of Workforce Opportunity's Vocational Rehabilitation division today announced that applications are open for summer 2026 paid work experiences for high school students with disabilities.</p>
<p>"Summer jobs are often a student's first paycheck and first chance to find out what kind of work they enjoy," said VR Director Lorraine Baptiste. "Last summer, more than 1,900 students across Minnesota took part."</p>
<p>Students work up to 20 hours a week for six weeks in community businesses, parks, libraries, and nonprofits, with support from a job coach. Wages are paid through contracted providers.</p>
<p>In the North Central Region, the program is run by Arrowwood Employment Partners, which places students from Wabanica County on work crews and in individual placements. Ferrin County students are served by a separate provider to be named later this spring.</p>
<p>Students interested in applying should contact their school's VR transition counselor. Regional application deadlines vary; most fall in late April.</p>
<h2>Media contact</h2>
<p>Communications Office, 651-555-0105, news@mn-dwo.example</p>
</article>
'''
open(K+'news-2026-summer-work-experience.html','w').write(vr('News: 2026 Summer Work Experiences', news, '<li><a href="/news">Newsroom</a></li>', 'March 2, 2026'))
