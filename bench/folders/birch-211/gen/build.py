import csv, json, uuid, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import *
NS = uuid.UUID("6b1c1f0e-2a2b-4c53-9d1e-211b1e7c0001")
def uid(*parts): return str(uuid.uuid5(NS, "/".join(parts)))
OUT = "/work/blind/birch-211/knowledge/directory"
LANGCODE = {"English":"en","Spanish":"es","Russian":"ru","Vietnamese":"vi","Mam":"mam","Chuukese":"chk","Arabic":"ar","American Sign Language":"ase"}
DAYMAP = {"MO":"MO","TU":"TU","WE":"WE","TH":"TH","FR":"FR","SA":"SA","SU":"SU"}

tables = {}
def T(name, cols): tables[name] = (cols, [])
def add(name, row): tables[name][1].append(row)

T("organizations", ["id","name","alternate_name","description","email","website","tax_status","tax_id","year_incorporated","legal_status","logo","uri","parent_organization_id"])
T("services", ["id","organization_id","program_id","name","alternate_name","description","url","email","status","interpretation_services","application_process","fees_description","wait_time","fees","accreditations","eligibility_description","minimum_age","maximum_age","assured_date","assurer_email","licenses","alert","last_modified"])
T("locations", ["id","location_type","url","organization_id","name","alternate_name","description","transportation","latitude","longitude","external_identifier","external_identifier_type"])
T("addresses", ["id","location_id","attention","address_1","address_2","city","region","state_province","postal_code","country","address_type"])
T("phones", ["id","location_id","service_id","organization_id","contact_id","service_at_location_id","number","extension","type","description"])
T("schedules", ["id","service_id","location_id","service_at_location_id","valid_from","valid_to","dtstart","timezone","until","count","wkst","freq","interval","byday","byweekno","bymonthday","byyearday","description","opens_at","closes_at","schedule_link","attending_type","notes"])
T("service_areas", ["id","service_id","service_at_location_id","name","description","extent","extent_type","uri"])
T("service_at_locations", ["id","service_id","location_id","description"])
T("languages", ["id","service_id","location_id","phone_id","name","code","note"])
T("cost_options", ["id","service_id","valid_from","valid_to","option","currency","amount","amount_description"])

for k,(name,alt,desc,email,web,tax,year) in ORGS.items():
    add("organizations", dict(id=uid("org",k), name=name, alternate_name=alt, description=desc, email=email,
        website=web, tax_status=tax, tax_id="", year_incorporated=year, legal_status="", logo="", uri="", parent_organization_id=""))
    add("phones", dict(id=uid("orgphone",k), organization_id=uid("org",k), number=ORG_PHONE[k], type="voice", description="Main line"))
# TechConnect is housed at the CIL: parent org
for r in tables["organizations"][1]:
    if r["id"] == uid("org","tcv"): r["parent_organization_id"] = uid("org","cil")

for k,(org,name,a1,a2,city,lat,lon,desc,tr) in LOCS.items():
    virtual = city == ""
    add("locations", dict(id=uid("loc",k), location_type="virtual" if virtual else "physical", url="", organization_id=uid("org",org),
        name=name, alternate_name="", description=desc, transportation=tr,
        latitude="" if lat is None else f"{lat:.4f}", longitude="" if lon is None else f"{lon:.4f}", external_identifier="", external_identifier_type=""))
    if not virtual:
        z = TOWNS[city][1]
        add("addresses", dict(id=uid("addr",k), location_id=uid("loc",k), attention="", address_1=a1, address_2=a2, city=city,
            region=TOWNS[city][0]+" County", state_province="OR", postal_code=z, country="US", address_type="physical"))

kinds_rows, dage_rows = [], []
for s in SERVICES:
    sid = uid("svc", s["key"])
    add("services", dict(id=sid, organization_id=uid("org",s["org"]), program_id="", name=s["name"], alternate_name=s["alt"],
        description=s["desc"], url=s["url"], email=s["email"], status=s["status"], interpretation_services=s["interp"],
        application_process=s["app"], fees_description=s["fees"], wait_time="", fees="", accreditations="",
        eligibility_description=s["elig"], minimum_age="" if s["minage"] is None else s["minage"],
        maximum_age="" if s["maxage"] is None else s["maxage"], assured_date=s["assured"], assurer_email="",
        licenses="", alert="", last_modified=s["modified"]+"T16:02:11Z"))
    for i,l in enumerate(s["locs"]):
        add("service_at_locations", dict(id=uid("sal",s["key"],l), service_id=sid, location_id=uid("loc",l), description=""))
    for i,a in enumerate(s["area"]):
        add("service_areas", dict(id=uid("area",s["key"],str(i)), service_id=sid, service_at_location_id="", name=a if len(a)<40 else a[:37]+"...",
            description=a, extent="", extent_type="", uri=""))
    for lang in s["langs"]:
        add("languages", dict(id=uid("lang",s["key"],lang), service_id=sid, location_id="", phone_id="", name=lang, code=LANGCODE[lang], note=""))
    for i,(opt,amt,ad) in enumerate(s["cost"]):
        add("cost_options", dict(id=uid("cost",s["key"],str(i)), service_id=sid, valid_from="", valid_to="", option=opt, currency="USD",
            amount=f"{amt:.2f}", amount_description=ad))
    for i,(days,o,c,d) in enumerate(s["sched"]):
        add("schedules", dict(id=uid("sch",s["key"],str(i)), service_id=sid, location_id="", service_at_location_id="", valid_from="", valid_to="",
            dtstart="", timezone="America/Los_Angeles", until="", count="", wkst="MO", freq="WEEKLY", interval="1", byday=days,
            byweekno="", bymonthday="", byyearday="", description=d, opens_at=o+":00", closes_at=c+":00", schedule_link="", attending_type="in_person", notes=""))
    if s["phone"] and s["phone"] != ORG_PHONE[s["org"]]:
        add("phones", dict(id=uid("svcphone",s["key"]), service_id=sid, number=s["phone"], type="voice", description=""))
    elif s["phone"]:
        add("phones", dict(id=uid("svcphone",s["key"]), service_id=sid, number=s["phone"], type="voice", description="Same as main line"))
    kinds_rows.append(dict(service_id=sid, key=s["key"], name=s["name"], kinds=s["kinds"]))
    if s["dage"]:
        lo,hi = s["dage"]
        dage_rows.append(dict(service_id=sid, key=s["key"], min_age="" if lo is None else lo, max_age="" if hi is None else hi))

os.makedirs(OUT, exist_ok=True)
res = []
for name,(cols,rows) in tables.items():
    with open(f"{OUT}/{name}.csv","w",newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols); w.writeheader()
        for r in rows: w.writerow({c: r.get(c,"") for c in cols})
    res.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                "schema": {"fields": [{"name": c, "type": "integer" if c in ("minimum_age","maximum_age","year_incorporated") else ("number" if c in ("amount","latitude","longitude") else "string")} for c in cols],
                           "primaryKey": "id"}})
dp = {"profile": "tabular-data-package", "name": "birch-valley-211-hsds-export", "title": "Birch Valley 2-1-1 Resource Directory - HSDS 3.0 export",
      "description": "Export of the Birch Valley 2-1-1 resource database (Halvorsen and Lusk Counties, Oregon) in Open Referral HSDS 3.0 tabular format. Records are verified by 2-1-1 resource specialists at least annually; see assured_date. Report corrections to data@birchvalley211.example.org.",
      "version": "3.0.0", "created": "2026-10-01T06:00:00Z", "homepage": "https://birchvalley211.example.org",
      "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
      "contributors": [{"title": "Birch Valley 2-1-1 Resource Team", "role": "publisher"}],
      "resources": res}
json.dump(dp, open(f"{OUT}/datapackage.json","w"), indent=2)
side = "/work/blind/birch-211"
with open(f"{side}/kinds.csv","w",newline="") as f:
    w = csv.DictWriter(f, fieldnames=["service_id","key","name","kinds"]); w.writeheader(); w.writerows(kinds_rows)
with open(f"{side}/desc_ages.csv","w",newline="") as f:
    w = csv.DictWriter(f, fieldnames=["service_id","key","min_age","max_age"]); w.writeheader(); w.writerows(dage_rows)
print(len(SERVICES), "services", len(ORGS), "orgs", len(LOCS), "locations")
