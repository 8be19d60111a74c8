VR_HEAD = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Vocational Rehabilitation | Minnesota Department of Workforce Opportunity</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/dwo-main.min.css?v=4.12.0">
<script src="/assets/js/analytics-loader.js" async></script>
</head>
<body class="page-template-default dwo-vr">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie notice">
  <p>This website uses cookies to improve your experience and to collect anonymous usage statistics. By continuing to use this site you agree to our use of cookies. <a href="/privacy">Privacy policy</a></p>
  <button class="btn-accept">Accept all</button> <button class="btn-reject">Only necessary</button> <button class="btn-settings">Cookie settings</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="gov-banner">An official website of the State of Minnesota. <a href="#">Here's how you know</a></div>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/img/dwo-logo.svg" alt="Minnesota Department of Workforce Opportunity"></a></div>
  <nav class="utility-nav"><ul><li><a href="/translate">Translate</a></li><li><a href="/contact">Contact us</a></li><li><a href="/careers">Careers at DWO</a></li><li><a href="/news">Newsroom</a></li><li><a href="/login">Staff login</a></li></ul></nav>
  <form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Go</button></form>
  <nav class="main-nav" aria-label="Main"><ul>
   <li><a href="/job-seekers">Job Seekers</a><ul><li><a href="/job-seekers/unemployment">Unemployment Insurance</a></li><li><a href="/job-seekers/training">Training</a></li><li><a href="/job-seekers/veterans">Veterans</a></li></ul></li>
   <li><a href="/businesses">Businesses</a><ul><li><a href="/businesses/hire">Hire</a></li><li><a href="/businesses/tax-credits">Tax credits</a></li></ul></li>
   <li><a href="/vr">People with Disabilities</a><ul><li><a href="/vr/apply">Apply for VR</a></li><li><a href="/vr/youth">Students &amp; Youth</a></li><li><a href="/vr/blind">Services for the Blind</a></li><li><a href="/vr/policy">Policy Manual</a></li></ul></li>
   <li><a href="/data">Data &amp; Reports</a></li><li><a href="/about">About DWO</a></li>
  </ul></nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/vr">People with Disabilities</a></li>{crumbs}<li aria-current="page">{title}</li></ol></nav>
<div class="layout">
<aside class="sidebar"><h2>In this section</h2><ul>
 <li><a href="/vr/about">About Vocational Rehabilitation</a></li><li><a href="/vr/apply">How to Apply</a></li><li><a href="/vr/youth">Students and Youth</a></li><li><a href="/vr/youth/pre-ets">Pre-Employment Transition Services</a></li><li><a href="/vr/offices">Find an office</a></li><li><a href="/vr/policy">VR Policy Manual</a></li><li><a href="/vr/rights">Your rights &amp; appeals</a></li><li><a href="/vr/forms">Forms</a></li></ul>
 <div class="promo"><h3>Need help now?</h3><p>Call 1-800-555-0100 (toll-free) or 711 for relay.</p></div>
</aside>
<main id="main">
'''
VR_FOOT = '''
<p class="page-updated">Page last reviewed: {updated}</p>
<div class="share"><span>Share:</span> <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Print</a></div>
<div class="feedback"><p>Was this page helpful? <button>Yes</button> <button>No</button></p></div>
</main>
</div>
<footer class="site-footer">
 <div class="footer-cols">
  <div><h4>Minnesota Department of Workforce Opportunity</h4><p>180 Capitol Square West<br>St. Paul, MN 55155<br>Main: 651-555-0100<br>Toll free: 1-800-555-0100</p></div>
  <div><h4>About</h4><ul><li><a href="#">Commissioner</a></li><li><a href="#">Jobs at DWO</a></li><li><a href="#">Public notices</a></li><li><a href="#">Rulemaking</a></li></ul></div>
  <div><h4>Policies</h4><ul><li><a href="#">Accessibility</a></li><li><a href="#">Privacy</a></li><li><a href="#">Data practices</a></li><li><a href="#">Nondiscrimination</a></li></ul></div>
  <div><h4>Connect</h4><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">YouTube</a></li><li><a href="#">Email updates</a></li></ul></div>
 </div>
 <p class="eeo">DWO is an equal opportunity employer and service provider. Upon request, this information can be made available in alternative formats. Auxiliary aids and services are available to individuals with disabilities.</p>
 <p class="copyright">&copy; 2026 State of Minnesota. All rights reserved.</p>
</footer>
<script src="/assets/js/dwo-main.min.js"></script>
</body>
</html>
'''
def vr(title, body, crumbs='', updated='January 12, 2026'):
    return VR_HEAD.format(title=title, crumbs=crumbs) + body + VR_FOOT.format(updated=updated)

TL_HEAD = '''<!doctype html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>{title} - Tamarack Lakes Community College</title>
<link rel="stylesheet" href="https://www.tamaracklakes.example/wp-content/themes/tlcc/style.css">
</head>
<body>
<div class="alert-bar">Spring semester classes begin January 12. <a href="/register">Register now</a> | Campus closed for weather? Check <a href="/alerts">TLCC Alerts</a>.</div>
<header><a href="/" class="brand">Tamarack Lakes Community College</a>
<nav><ul><li><a href="/apply">Apply</a></li><li><a href="/programs">Programs</a></li><li><a href="/tuition">Tuition &amp; Aid</a></li><li><a href="/student-life">Student Life</a></li><li><a href="/student-services">Student Services</a></li><li><a href="/about">About</a></li><li><a href="/give">Give</a></li></ul></nav>
<div class="quicklinks">Quick links: <a href="#">D2L Brightspace</a> · <a href="#">eServices</a> · <a href="#">Email</a> · <a href="#">Library</a> · <a href="#">Bookstore</a></div>
</header>
<div class="crumbs">Home &raquo; Student Services &raquo; {title}</div>
<div class="content">
'''
TL_FOOT = '''
</div>
<footer><p>Tamarack Lakes Community College · Brennick Campus: 1500 College Drive, Brennick, MN 56471 · Halvorsen Falls Campus: 80 Campus Lane, Halvorsen Falls, MN 56478 · 218-555-0210</p>
<p>Tamarack Lakes Community College is an affirmative action, equal opportunity employer and educator. This document is available in alternative formats upon request by contacting Accessibility Resources at 218-555-0211.</p>
<p><a href="#">Title IX</a> | <a href="#">Consumer Information</a> | <a href="#">Privacy</a> | <a href="#">Site Map</a></p></footer>
</body></html>
'''
def tl(title, body): return TL_HEAD.format(title=title) + body + TL_FOOT

CIL_HEAD = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title} – North Pines Center for Independent Living</title></head>
<body>
<div id="top"><span>📞 218-555-0160</span> <span>✉ info@northpinescil.example</span> <a href="/donate" class="donate">DONATE</a></div>
<div id="nav"><a href="/">Home</a> | <a href="/about">About Us</a> | <a href="/services">Services</a> | <a href="/youth">Youth</a> | <a href="/events">Events</a> | <a href="/volunteer">Volunteer</a> | <a href="/contact">Contact</a></div>
<div id="content">
'''
CIL_FOOT = '''
</div>
<div id="footer">
<p>North Pines Center for Independent Living · 118 Third Street SE, Suite 2 · Brennick, MN 56471<br>
Lake Osmund satellite: 22 Harbor Road (Wednesdays)<br>
Office hours Monday–Thursday 9–5, Friday by appointment</p>
<p>North Pines CIL is a 501(c)(3) nonprofit. Funded in part by the Administration for Community Living and the State of Minnesota. Site by LakeWeb.</p>
<p><a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility statement</a> · Follow us on Facebook</p>
</div></body></html>
'''
def cil(title, body): return CIL_HEAD.format(title=title) + body + CIL_FOOT
