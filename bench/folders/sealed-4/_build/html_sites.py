# Site templates (boilerplate) for the saved agency pages.
SITES = {}

SITES['bvr'] = dict(
head_extra='<link rel="stylesheet" href="/static/css/state-gov.min.css?v=4.2.1"><script src="/static/js/analytics-consent.js" defer></script>',
top='''<div class="gov-banner"><img src="/static/img/flag-small.png" alt=""> An official website of the State government. <a href="#how">Here's how you know</a></div>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-live="polite">
  <p>This site uses cookies to improve your experience and to collect anonymous usage statistics. By continuing to browse, you agree to our <a href="/privacy">Privacy Policy</a>.</p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Reject non-essential</button> <button class="btn-settings">Cookie settings</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <div class="logo"><a href="/"><img src="/static/img/bvr-logo.svg" alt="State Bureau of Vocational Rehabilitation"></a></div>
  <form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search" placeholder="Search BVR"><button>Go</button></form>
  <div class="utility"><a href="/translate">Translate</a> | <a href="/contact">Contact</a> | <a href="/careers">Careers</a> | <a href="/login">Staff Login</a></div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/about">About BVR</a></li>
      <li><a href="/job-seekers">Job Seekers</a>
        <ul><li><a href="/apply">How to Apply</a></li><li><a href="/eligibility">Eligibility</a></li><li><a href="/order-of-selection">Order of Selection</a></li><li><a href="/ipe">Your Plan for Employment</a></li></ul></li>
      <li><a href="/students">Students &amp; Youth</a>
        <ul><li><a href="/pre-ets">Pre-Employment Transition Services</a></li><li><a href="/summer">Summer Youth Work Experience</a></li><li><a href="/ylf">Youth Leadership Forum</a></li></ul></li>
      <li><a href="/business">Business Partners</a></li>
      <li><a href="/offices">Field Offices</a></li>
      <li><a href="/news">News</a></li>
    </ul>
  </nav>
</header>''',
sidebar='''<aside class="sidebar"><h2>Quick Links</h2><ul><li><a href="/apply">Apply for Services</a></li><li><a href="/offices">Find a Field Office</a></li><li><a href="/rights">Client Assistance Program</a></li><li><a href="/forms">Forms Library</a></li><li><a href="/faq">FAQ</a></li></ul>
<div class="promo"><h3>Hire Talent</h3><p>Businesses: learn about tax credits and no-cost recruiting.</p><a href="/business">Learn more &raquo;</a></div>
<div class="social"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">YouTube</a></div></aside>''',
footer='''<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<footer class="site-footer">
  <div class="cols"><div><h4>Bureau of Vocational Rehabilitation</h4><p>Central Office<br>Administrative inquiries only</p></div>
  <div><h4>Policies</h4><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foia">FOIA</a></li><li><a href="/nondiscrimination">Nondiscrimination Notice</a></li></ul></div>
  <div><h4>Connect</h4><ul><li><a href="/newsletter">Sign up for updates</a></li><li><a href="/events">Events calendar</a></li></ul></div></div>
  <p class="legal">BVR is an equal opportunity employer/program. Auxiliary aids and services are available upon request to individuals with disabilities. TTY users dial 711.</p>
  <p class="copyright">&copy; 2025 State Bureau of Vocational Rehabilitation. All rights reserved. | <a href="/sitemap">Site Map</a> | Page ID 40417</p>
</footer>''')

SITES['lpcmh'] = dict(
head_extra='<link rel="stylesheet" href="/wp-content/themes/lpcmh/style.css?ver=6.4.3"><link rel="stylesheet" href="/wp-content/plugins/cookie-notice/css/front.min.css">',
top='''<div class="crisis-bar"><strong>In crisis?</strong> Call the 24/7 Access Line: (989) 555-0145 or call or text 988. <a href="/crisis">More crisis resources</a></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span><a href="#" id="cn-accept-cookie">Ok</a><a href="#" id="cn-refuse-cookie">No</a><a href="/privacy-policy" id="cn-more-info">Privacy policy</a></div></div>
<header id="masthead"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2022/03/lpcmh-logo.png" alt="Larkin Pathways Community Mental Health"></a><p class="site-description">Hope. Recovery. Community.</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu"><li><a href="/about/">About Us</a></li><li><a href="/get-services/">Get Services</a></li><li class="current-menu-parent"><a href="/services/">Services</a><ul class="sub-menu"><li><a href="/services/adults/">Adults</a></li><li><a href="/services/children/">Children &amp; Families</a></li><li><a href="/services/idd/">Intellectual/Developmental Disabilities</a></li><li><a href="/services/substance-use/">Substance Use</a></li></ul></li><li><a href="/members/">Member Rights</a></li><li><a href="/providers/">Providers</a></li><li><a href="/careers/">Careers</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>''',
sidebar='''<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Get Help Now</h2><p>Access Line (24/7): (989) 555-0145<br>TTY: 711</p></section>
<section class="widget"><h2 class="widget-title">Recent News</h2><ul><li><a href="#">Board meeting schedule for 2025</a></li><li><a href="#">Mental Health First Aid classes open</a></li><li><a href="#">Annual report now available</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Member Handbook</h2><p><a href="#">Download the member handbook (PDF)</a></p></section></aside>''',
footer='''<footer id="colophon" class="site-footer"><div class="footer-widgets"><div><h3>Main Office</h3><p>615 Birch Street<br>Fennimore, MI 48699<br>Mon-Fri 8:00 a.m. - 5:00 p.m.</p></div><div><h3>Quick Links</h3><ul><li><a href="/notice-of-privacy-practices/">Notice of Privacy Practices</a></li><li><a href="/recipient-rights/">Recipient Rights</a></li><li><a href="/grievance/">Grievance and Appeals</a></li><li><a href="/language-assistance/">Language Assistance</a></li></ul></div></div>
<div class="site-info">Larkin Pathways Community Mental Health is a member of the regional prepaid inpatient health plan. &copy; 2025 LPCMH. | Proudly powered by WordPress | <a href="/sitemap/">Sitemap</a></div></footer>''')

SITES['cil'] = dict(
head_extra='<link rel="stylesheet" href="https://static.example.org/squarespace/site.css">',
top='''<div class="announcement-bar"><p>Our office will be closed Monday, September 1 for Labor Day. <a href="/news">Read more</a></p><button class="close">x</button></div>
<div class="gdpr-cookie-banner"><p>This website uses cookies. <a href="/privacy">Learn more</a></p><button>Accept</button><button>Decline</button></div>
<header class="Header"><div class="Header-inner"><a href="/" class="Header-branding"><img src="/s/lic-logo.png" alt="Lakeshore Independence Center - Nothing About Us Without Us"></a>
<nav class="Header-nav"><a href="/">Home</a><a href="/about">About</a><a href="/services" class="active">Services</a><a href="/youth">Youth</a><a href="/advocacy">Advocacy</a><a href="/events">Events</a><a href="/donate" class="btn">Donate</a><a href="/contact">Contact</a></nav>
<div class="Header-accessibility"><button>A-</button><button>A+</button><button>High Contrast</button></div></div></header>''',
sidebar='''<div class="sqs-block newsletter-block"><h3>Stay in the loop</h3><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form><p>We respect your privacy.</p></div>''',
footer='''<footer class="Footer"><div class="Footer-inner"><p>Lakeshore Independence Center is a 501(c)(3) nonprofit Center for Independent Living. Donations are tax-deductible.</p><p>Funded in part by the Administration for Community Living and the Statewide Independent Living Council.</p>
<nav><a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/jobs">Jobs</a> &middot; <a href="/board">Board of Directors</a></nav>
<p>Follow us: <a href="#">Facebook</a> <a href="#">Instagram</a></p><p>&copy; 2025 Lakeshore Independence Center. Website by Blue Dune Design.</p></div></footer>''')

SITES['lat'] = dict(
head_extra='<link rel="stylesheet" href="/assets/css/lat-main.css"><script src="/assets/js/tripplanner.bundle.js"></script>',
top='''<div class="alert-ticker" role="alert"><span class="label">SERVICE ALERTS (2)</span> <marquee>Route 4 detour on Main St. through Oct. 15 &bull; Holiday schedule in effect Thanksgiving Day</marquee></div>
<div class="cookie-modal"><h2>Your privacy choices</h2><p>We and our partners use cookies for site functions, analytics and personalized content. Manage choices at any time in Privacy Settings.</p><button>Accept</button><button>Manage preferences</button></div>
<header><a href="/"><img src="/assets/img/lat-logo.svg" alt="Larkin Area Transit"></a>
<nav class="mega"><ul><li><a href="/routes">Routes &amp; Schedules</a></li><li><a href="/fares">Fares &amp; Passes</a></li><li><a href="/access">LAT Access (Paratransit)</a></li><li><a href="/connector">County Connector</a></li><li><a href="/travel-training">Travel Training</a></li><li><a href="/about">About LAT</a></li></ul></nav>
<div class="trip-planner-widget"><label>From</label><input><label>To</label><input><button>Plan Trip</button></div></header>''',
sidebar='''<aside class="rail"><div class="card"><h3>Download the LAT GO app</h3><p>Real-time bus tracking and mobile tickets.</p><a href="#">App Store</a> <a href="#">Google Play</a></div><div class="card"><h3>Customer Service</h3><p>(989) 555-0161<br>Mon-Fri 7am-6pm</p></div></aside>''',
footer='''<footer class="lat-footer"><ul><li><a href="/title-vi">Title VI</a></li><li><a href="/ada">ADA Policy</a></li><li><a href="/board">Board Meetings</a></li><li><a href="/rfp">Procurement</a></li><li><a href="/jobs">Drive for LAT</a></li></ul>
<p>Larkin Area Transit, 77 Depot Street, Fennimore, MI 48699</p><p>&copy; 2025 Larkin Area Transit Authority. Funded in part by the Federal Transit Administration.</p></footer>''')

SITES['lcc'] = dict(
head_extra='<link rel="stylesheet" href="/_resources/css/lcc-global.css"><!-- OU Campus template v3 -->',
top='''<div id="emergency-alert" hidden></div>
<div class="cookie-bar">Larkin Community College uses cookies to personalize content and analyze traffic. <a href="/privacy">Privacy statement</a> <button>I understand</button></div>
<header class="lcc-header"><div class="util-nav"><a href="/apply">Apply</a> <a href="/visit">Visit</a> <a href="/give">Give</a> <a href="/portal">myLCC</a> <a href="/canvas">Canvas</a> <a href="/email">Email</a> <a href="/directory">Directory</a></div>
<a class="brand" href="/"><img src="/_resources/img/lcc-wordmark.svg" alt="Larkin Community College"></a>
<nav class="primary"><ul><li><a href="/academics">Academics</a></li><li><a href="/admissions">Admissions</a></li><li><a href="/tuition">Tuition &amp; Aid</a></li><li><a href="/student-life">Student Life</a></li><li><a href="/services" class="active">Student Services</a></li><li><a href="/workforce">Workforce</a></li><li><a href="/about">About</a></li></ul></nav>
<div class="search"><input placeholder="Search lcc"><button>Search</button></div></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/services">Student Services</a> &gt; <span>current</span></nav>''',
sidebar='''<aside class="section-nav"><h2>Student Services</h2><ul><li><a href="/services/advising">Advising</a></li><li><a href="/services/accessibility">Accessibility Services</a></li><li><a href="/services/pathways">Pathways Certificate</a></li><li><a href="/services/tutoring">Tutoring Center</a></li><li><a href="/services/counseling">Counseling</a></li><li><a href="/services/food-pantry">Lakers Pantry</a></li><li><a href="/services/veterans">Veterans Services</a></li></ul></aside>''',
footer='''<footer class="lcc-footer"><div class="address">Larkin Community College &middot; 5000 College Parkway &middot; Fennimore, MI 48699 &middot; Main (989) 555-0170</div>
<div class="links"><a href="/accreditation">Accreditation</a> <a href="/consumer-info">Consumer Information</a> <a href="/title-ix">Title IX</a> <a href="/nondiscrimination">Non-Discrimination</a> <a href="/safety">Campus Safety</a></div>
<p class="small">Larkin Community College does not discriminate on the basis of race, color, national origin, sex, disability, religion, height, weight, marital status, veteran status, age, or any other protected status in its programs and activities.</p><p class="small">&copy; 2025 Larkin Community College | Last modified</p></footer>''')

SITES['lfan'] = dict(
head_extra='<link rel="stylesheet" href="/css/wix-bolt.css">',
top='''<div class="wix-ads">This site was designed with the Wix.com website builder. Create your website today. <a href="#">Start Now</a></div>
<div class="consent-policy-banner">We use cookies to give you the best online experience. By agreeing you accept the use of cookies in accordance with our cookie policy. <button>Accept</button> <button>Settings</button></div>
<header><h1 class="site-title"><a href="/">Larkin Family Advocacy Network</a></h1><p class="tagline">Parents helping parents since 2004</p>
<nav><a href="/">Home</a> | <a href="/about">Who We Are</a> | <a href="/help">Get Help</a> | <a href="/workshops">Workshops</a> | <a href="/espanol">En Espa&ntilde;ol</a> | <a href="/resources">Resources</a> | <a href="/volunteer">Volunteer</a> | <a href="/donate">Donate</a></nav></header>''',
sidebar='''<div class="side-box"><h3>Upcoming</h3><ul><li>Transition 101 - first Monday monthly</li><li>Familias Unidas - second Saturday monthly</li></ul><p><a href="/calendar">Full calendar</a></p></div><div class="side-box"><h3>Join our mailing list</h3><input placeholder="Email"><button>Subscribe</button></div>''',
footer='''<footer><p>Larkin Family Advocacy Network &bull; 17 Elm Street &bull; Millbrook Falls, MI 48697 &bull; (989) 555-0180 &bull; help@example.org</p><p>LFAN is not a law firm and does not provide legal advice.</p><p>&copy; 2025 by LFAN. Proudly created with Wix.com</p></footer>''')

SITES['wipa'] = dict(
head_extra='<link rel="stylesheet" href="/css/glwip.css">',
top='''<div id="cookieConsent">Cookies help us deliver our services. <a href="/privacy">Details</a> <button>Got it</button></div>
<header><div class="brand"><img src="/img/glwip.png" alt="Great Lakes Work Incentives Project"><span>A Social Security Work Incentives Planning and Assistance (WIPA) project</span></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/counseling" class="active">Benefits Counseling</a></li><li><a href="/youth">Youth &amp; Students</a></li><li><a href="/ticket">Ticket to Work</a></li><li><a href="/calculators">Tools</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>''',
sidebar='''<aside><div class="box"><h3>Disclaimer</h3><p>This project is funded through a cooperative agreement with the Social Security Administration. The contents do not necessarily represent the policy of SSA.</p></div></aside>''',
footer='''<footer><p>Great Lakes Work Incentives Project &middot; Regional Office, 410 Commerce Street, Suite 310, Fennimore, MI 48699</p><p><a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a> | <a href="/sitemap">Sitemap</a></p><p>&copy; 2025 GLWIP</p></footer>''')

SITES['court'] = dict(
head_extra='<link rel="stylesheet" href="/Content/county.css"><script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/google-translate.js"></script>',
top='''<div class="county-topbar"><a href="/">Larkin County Home</a> | <a href="/departments">Departments</a> | <a href="/courts" class="active">Courts</a> | <a href="/gov">Government</a> | <a href="/payments">Online Payments</a> | <a href="/jobs">Employment</a> <span class="translate">Select Language &#9662;</span></div>
<div class="cookie-popup">Larkin County uses cookies to provide a better user experience. <button>OK</button></div>
<header><img src="/Images/county-seal.png" alt="Seal of Larkin County"><h1>Larkin County Probate Court</h1><p>Hon. Miriam Ostrowski, Chief Judge of Probate</p></header>
<nav class="left-menu"><ul><li><a href="/probate/estates">Decedent Estates</a></li><li><a href="/probate/guardianship" class="active">Guardianship &amp; Conservatorship</a></li><li><a href="/probate/mental-health">Mental Health</a></li><li><a href="/probate/forms">Forms</a></li><li><a href="/probate/fees">Fee Schedule</a></li><li><a href="/probate/records">Records Search</a></li><li><a href="/probate/self-help">Self-Help Center</a></li></ul></nav>''',
sidebar='''<div class="notice-box"><h3>NOTICE</h3><p>Court staff cannot give legal advice. Consult an attorney for legal advice.</p><p>Zoom hearings: see the <a href="#">remote hearing guide</a>.</p></div>''',
footer='''<footer><p>Larkin County Courthouse &bull; 300 Court Street &bull; Fennimore, MI 48699</p><p>Probate Court Office Hours: Monday-Friday, 8:30 a.m. - 4:30 p.m. (closed 12:00-1:00 for lunch)</p><p><a href="/disclaimer">Disclaimer</a> | <a href="/ada">ADA Accommodation Request</a> | <a href="/foia">FOIA</a></p><p>Copyright &copy; 2025 Larkin County. Powered by CivicWeb CMS v9.</p></footer>''')

SITES['hosp'] = dict(
head_extra='<link rel="stylesheet" href="/etc/designs/fmh/clientlibs.min.css">',
top='''<div class="covid-banner">Visitor guidelines updated. <a href="/visitors">See current visitor policy</a></div>
<div class="onetrust-banner"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</p><button>Cookies Settings</button><button>Reject All</button><button>Accept All Cookies</button></div>
<header><a href="/"><img src="/content/dam/fmh/logo.png" alt="Fennimore Memorial Hospital"></a><nav><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/services">Services</a> <a href="/patients">Patients &amp; Visitors</a> <a href="/careers">Careers</a> <a href="/community" class="active">Community</a> <a href="/mychart">MyChart</a> <a href="/pay">Pay Bill</a></nav><div class="emergency">Emergency? Call 911</div></header>''',
sidebar='''<aside><h3>In This Section</h3><ul><li><a href="/community/health-fairs">Health Fairs</a></li><li><a href="/community/volunteer">Volunteer</a></li><li><a href="/community/larkin-works">Larkin Works Internship</a></li><li><a href="/community/scholarships">Scholarships</a></li></ul></aside>''',
footer='''<footer><div>Fennimore Memorial Hospital &middot; 1200 Hospital Drive &middot; Fennimore, MI 48699 &middot; Main (989) 555-0120</div><div><a href="/nondiscrimination">Nondiscrimination &amp; Language Access</a> | <a href="/price-transparency">Price Transparency</a> | <a href="/privacy">Notice of Privacy Practices</a></div><div>&copy; 2025 Fennimore Memorial Health System</div></footer>''')

def render(site, title, body, updated=None):
    s = SITES[site]
    upd = f'<p class="last-updated">Last updated: {updated}</p>' if updated else ''
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{s['head_extra']}
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXXXXX');</script>
</head>
<body>
{s['top']}
<div class="page-wrap">
<main id="main">
<h1>{title}</h1>
{body}
{upd}
</main>
{s['sidebar']}
</div>
{s['footer']}
<script src="/static/js/vendor.bundle.js"></script>
</body>
</html>
'''
