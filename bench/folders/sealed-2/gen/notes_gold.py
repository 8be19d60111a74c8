import json, datetime as dt, re
N='/work/blind/sealed-2/notes/'
WD=['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
MON={m:i for i,m in enumerate(['january','february','march','april','may','june','july','august','september','october','november','december'],1)}
MON.update({'jan':1,'feb':2,'mar':3,'apr':4,'jun':6,'jul':7,'aug':8,'sep':9,'sept':9,'oct':10,'nov':11,'dec':12})
def resolve(meeting, expr):
    m = dt.date.fromisoformat(meeting)
    if expr is None: return None
    e = expr.lower().strip()
    for pre in ('by ','before '):
        if e.startswith(pre): e = e[len(pre):]
    if e.startswith('the '): e = e[4:]
    if e in ('end of the week','end of week'):
        return (m + dt.timedelta(days=4 - m.weekday())).isoformat()
    if e in ('end of the month','end of month'):
        nxt = dt.date(m.year + (m.month==12), m.month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    if e == 'tomorrow': return (m + dt.timedelta(days=1)).isoformat()
    mm = re.fullmatch(r'in (\w+) weeks', e)
    if mm: return (m + dt.timedelta(days=7*{'two':2,'three':3,'2':2,'3':3}[mm.group(1)])).isoformat()
    mm = re.fullmatch(r'next (\w+)', e)
    if mm and mm.group(1) in WD:
        monday_next = m - dt.timedelta(days=m.weekday()) + dt.timedelta(days=7)
        return (monday_next + dt.timedelta(days=WD.index(mm.group(1)))).isoformat()
    if e in WD:
        d = (WD.index(e) - m.weekday()) % 7 or 7
        return (m + dt.timedelta(days=d)).isoformat()
    mm = re.fullmatch(r'(\d{1,2})/(\d{1,2})', e) or None
    if mm: mo, da = int(mm.group(1)), int(mm.group(2))
    else:
        mm = re.fullmatch(r'([a-z]+)\.? (\d{1,2})', e)
        if not mm: raise ValueError(expr)
        mo, da = MON[mm.group(1)], int(mm.group(2))
    d = dt.date(m.year, mo, da)
    if d < m: d = dt.date(m.year+1, mo, da)
    return d.isoformat()
# (file, meeting date, poster, items[(owners, task, keywords, due-expression-as-written or None)])
G = [
 ('01', '2026-03-04', 'Marisol Engstrom', [
   (['Aaron'], 'send VR application (DVR-100) and orientation schedule to Mom', ['VR application','orientation'], 'Friday'),
   (['Mom'], 'get state ID appointment done for ST-2207', ['state ID'], 'by March 20'),
   (['Ms. Okafor'], 'set up job shadow at Lakes Veterinary Clinic', ['job shadow'], 'in two weeks')]),
 ('02', '2026-01-12', 'Owen Castellanos', [
   (['Priya'], 'update Dial-a-Ride fare card log and reconcile December cards', ['fare card'], 'end of the week'),
   (['Dale Fenske'], 'send SE-40 community job training agreements to new students\' families', ['SE-40'], 'Thursday'),
   (['Owen'], 'call Lakes Regional dietary manager about second laundry slot', ['Lakes Regional','laundry'], 'by Jan 23'),
   (['Kim'], 'finish para rotation for Wednesday college class', ['para rotation'], None)]),
 ('03', '2026-02-18', 'Marisol Engstrom', [
   (['@tasha.b'], 'confirm Arrowwood table and bring work crew flyers', ['Arrowwood','flyers'], 'by March 12'),
   (['@marisol.e'], 'order pizza for students', ['pizza'], 'next Friday'),
   (['@lena.voss','@kfarah'], 'recruit 6 student volunteers for welcome table', ['volunteers'], 'end of the month'),
   (['@aaron.w'], 'send interpreter requests (ASL, Somali) to Northland Deaf Services and LCSCA', ['interpreter'], 'by March 5')]),
 ('04', '2026-04-06', 'Dale Fenske', [
   (['<@U04KQ7ZP1>'], 'send current work crew roster to Arrowwood', ['roster','Arrowwood'], 'Wednesday'),
   (['<@U02HB9XQ3>','<@U07TT2LMN>'], 'get DVR-PE-1s for the three juniors signed', ['DVR-PE-1'], 'before April 24'),
   (['<@U04KQ7ZP1>'], 'call Tasha about the Grafton Mills crew', ['Tasha','Grafton Mills'], 'tomorrow')]),
 ('05', '2026-05-13', 'Janelle Whitebird', [
   (['Janelle'], 'schedule MnCHOICES reassessment for ST-1184', ['MnCHOICES'], '5/29'),
   (['Aaron W.'], 'hold IPE signature meeting with ST-1184 and family', ['IPE'], None),
   (['Mrs. Haile'], 'bring SSI award letter for ST-1184', ['award letter'], None),
   (['Marisol'], 'send Summary of Performance draft to ST-2290\'s family', ['Summary of Performance'], 'end of month')]),
 ('06', '2026-02-09', 'Renata Solberg', [
   (['Renata Solberg'], 'send Summer Bridge application packet and family flyer to counselors', ['application','flyer'], 'by Friday'),
   (['Grace'], 'send list of Brennick seniors interested in Accessibility Resources intake', ['seniors','intake'], 'by March 13'),
   (['Jamal Pryce'], 'present college vs. high school at Lake Osmund High School (bring handouts)', ['Lake Osmund'], 'February 26')]),
 ('07', '2026-06-02', 'Lena Voss', [
   (['Lena Voss'], 'add Spanish interpretation option to online registration form', ['registration form','Spanish'], 'by June 12'),
   (['Kadra Farah'], 'ask Centro Latino about an interpreter for Tuesday evenings', ['Centro Latino','interpreter'], None),
   (['Tom Berglund'], 'book Brennick office community room for fall sessions', ['community room'], 'by the end of the week')]),
 ('08', '2026-03-23', 'Gloria Menendez', [
   (['Gloria Menendez'], 'send SDM agreement template to the five families', ['SDM','template'], 'by Thursday'),
   (['Gloria Menendez'], 'update workshop slides with new ABLE age rule', ['slides'], 'before April 9')]),
 ('09', '2026-10-07', 'Aaron Whitlock', [
   (['Aaron Whitlock'], 'send eligibility letter for L.B.', ['eligibility letter'], 'by October 16'),
   (['Marisol'], 'send evaluation report to Aaron', ['evaluation report'], 'Monday'),
   (['dad'], 'call Northstar about a benefits summary', ['Northstar','benefits'], None),
   (['Aaron Whitlock'], 'request a summer work crew spot for L.B.', ['summer work crew'], None)]),
 ('10', '2026-03-25', 'Marisol Engstrom', []),
 ('11', '2026-08-17', 'Rosa Delgado', [
   (['Rosa Delgado'], 'call Social Security to make SSI appointment for M.D.', ['Social Security','SSI'], 'before Sept 3'),
   (['Luis'], 'open the ABLE account', ['ABLE'], 'by the end of the month'),
   (['M.D.'], 'send in Next Step registration', ['registration'], 'by September 4')]),
 ('12', '2026-04-01', 'Marisol Engstrom', []),
 ('13', '2026-06-10', 'Tasha Bergquist', [
   (['@sam.k'], 'pick up safety vests and gloves from fairgrounds office', ['safety vests'], 'Friday'),
   (['@ahmed.y','@sam.k'], 'set up Little Sauk Landing crew van schedule', ['van schedule'], 'in two weeks'),
   (['@jo.r'], 'call parents of SSI crew members about SEIE school-enrollment letter', ['SEIE'], None)]),
 ('14', '2026-11-24', 'Janelle Whitebird', [
   (['Janelle'], 'submit CADI waiver service request for ST-0914', ['CADI'], 'by end of the month'),
   (['Owen','Priya'], 'write travel training refresher plan for two Bridges students', ['travel training'], 'next Friday'),
   (['Dr. Kraus'], 'sign updated county/district interagency agreement', ['interagency agreement'], 'by December 1')]),
 ('15', '2026-09-16', 'Bill Hargreaves', []),
 ('16', '2026-12-02', 'Marisol Engstrom', [
   (['Kadra Farah'], 'send Somali version of clinic flyer to LCSCA', ['Somali','flyer'], 'by end of the week'),
   (['Aaron'], 'confirm VR staff list for January clinic', ['VR staff list'], 'by January 8')]),
]
total=0
for f, md, poster, items in G:
    out = {"meetingDate": md, "poster": poster, "items": []}
    for owners, task, kw, due in items:
        out["items"].append({"owners": owners, "task": task, "keywords": kw, "due": resolve(md, due)})
        # keywords must be in task
        for k in kw: assert k.lower() in task.lower(), (f, k)
        total+=1
    json.dump(out, open(N+f+'.json','w'), indent=2, ensure_ascii=False)
    print(f, md, dt.date.fromisoformat(md).strftime('%a'), [(i['owners'], i['due']) for i in out['items']])
print('items', total)
