import json, csv, re
K='/work/blind/sealed-2/'
data=json.load(open(K+'knowledge/directory/wabanica-county-211.json'))
kinds={r['service_id']: set(r['kinds'].split(';')) for r in csv.DictReader(open(K+'kinds.csv'))}
WAB_TOWNS={'Brennick','Lake Osmund','Halvorsen Falls','Pine Haven','Grafton Mills','North Ardell','Stoughton Prairie','Little Sauk Landing'}
FER_TOWNS={'Ferrin City','Oxbow'}
def covers(area, town):
    a=area.strip()
    if a.lower()==town.lower(): return True
    if a=='Wabanica County': return town in WAB_TOWNS
    if a=='Ferrin County': return town in FER_TOWNS
    if a.startswith('Statewide'): return True
    return False
def fits(s, c):
    if 'kind' in c and c['kind'] not in kinds[s['id']]: return False
    if 'place' in c:
        t=c['place']
        ok=any(covers(a['name'],t) for a in s['service_areas']) or \
           any(ad['city'].lower()==t.lower() for sal in s['service_at_locations'] for ad in sal['location']['addresses'])
        if not ok: return False
    if 'age' in c:
        a=c['age']
        if s['minimum_age'] is not None and a < s['minimum_age']: return False
        if s['maximum_age'] is not None and a > s['maximum_age']: return False
    if 'language' in c and c['language'].lower() not in [l['name'].lower() for l in s['languages']]: return False
    if c.get('cost')=='free':
        f=(s['fees_description'] or '')
        if not re.search(r'free|no cost|no charge|gratis', f, re.I) or '$' in f: return False
    return True
svcs=[s for o in data for s in o['services']]
name={s['id']:s['name'] for s in svcs}
Q=[
 ("anyone know respite options in brennick for a 12 y/o? mom needs a break", dict(kind='respite',place='Brennick',age=12)),
 ("looking for FREE respite near halvorsen falls, kiddo is 12 w/ DD", dict(kind='respite',place='Halvorsen Falls',age=12,cost='free')),
 ("family in ferrin city needs a break from caregiving for their 25 yo son - anything free?", dict(kind='respite',place='Ferrin City',age=25,cost='free')),
 ("something fun/sports for a 9 y/o w down syndrome in north ardell?", dict(kind='recreation',place='North Ardell',age=9)),
 ("free rec activities in pine haven for a 15yo w autism? family cant afford much", dict(kind='recreation',place='Pine Haven',age=15,cost='free')),
 ("Which organizations offer job coaching in Grafton Mills for a 19-year-old?", dict(kind='job-coaching',place='Grafton Mills',age=19)),
 ("job coach options for a 20 yr old in oxbow?", dict(kind='job-coaching',place='Oxbow',age=20)),
 ("summer job program for a 15 y/o in little sauk landing?", dict(kind='youth-employment',place='Little Sauk Landing',age=15)),
 ("any youth employment program for a 15yo in pine haven? wants a summer job", dict(kind='youth-employment',place='Pine Haven',age=15)),
 ("youth job program for a 17 y/o in stoughton prairie, family speaks somali", dict(kind='youth-employment',place='Stoughton Prairie',age=17,language='Somali')),
 ("rides to work for a 30 yr old in little sauk landing, he doesnt drive", dict(kind='transportation',place='Little Sauk Landing',age=30)),
 ("transportation options in oxbow for a 40 y/o w/ DD?", dict(kind='transportation',place='Oxbow',age=40)),
 ("Who provides travel training in Lake Osmund for a 16-year-old?", dict(kind='travel-training',place='Lake Osmund',age=16)),
 ("independent living skills (cooking, budgeting) for a 16 yr old in lake osmund - family needs it in spanish", dict(kind='independent-living',place='Lake Osmund',age=16,language='Spanish')),
 ("ILS training for a 15 y/o in oxbow?", dict(kind='independent-living',place='Oxbow',age=15)),
 ("spanish speaking counselor/therapist for a 16yo in grafton mills", dict(kind='mental-health',place='Grafton Mills',age=16,language='Spanish')),
 ("speech therapy for a 23 yo in brennick? he aged out of school therapy", dict(kind='therapy',place='Brennick',age=23)),
 ("benefits counseling in hmong for a 17yo on SSI in halvorsen falls?", dict(kind='benefits-counseling',place='Halvorsen Falls',age=17,language='Hmong')),
 ("free legal help in spanish re guardianship for a 17 y/o in stoughton prairie", dict(kind='legal',place='Stoughton Prairie',age=17,language='Spanish',cost='free')),
 ("mentoring program for a hard of hearing 16yo in ferrin city?", dict(kind='peer-mentoring',place='Ferrin City',age=16)),
 ("somali speaking parent support in lake osmund?", dict(kind='parent-support',place='Lake Osmund',language='Somali')),
 ("What housing assistance is available in Pine Haven for a 19-year-old with a disability?", dict(kind='housing',place='Pine Haven',age=19)),
 ("summer camp for a 35 yr old in ferrin city?", dict(kind='camp',place='Ferrin City',age=35)),
 ("after school program in north ardell for a 10 y/o w ADHD", dict(kind='after-school',place='North Ardell',age=10)),
 ("GED / adult ed class for a 19 yo in lake osmund who left school", dict(kind='adult-education',place='Lake Osmund',age=19)),
]
styles={0:'slack'}
LOOK={5,12,17}  # zero-based indexes written closer to lookup
out=[]
for i,(t,c) in enumerate(Q,1):
    f=[s['id'] for s in svcs if fits(s,c)]
    st = 'lookup' if t.startswith(('Which','Who ','What')) else 'slack'
    out.append({"id":f"sealed-2-d{i:02d}","question":t,"conditions":c,"fits":f,"answerable":bool(f),"style":st})
    print(f"d{i:02d}", c, [name[x] for x in f])
with open(K+'directory-questions.jsonl','w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False)+'\n')
print(sum(1 for o in out if not o['fits']), 'unanswerable')
