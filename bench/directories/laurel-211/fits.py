#!/usr/bin/env python3
"""Compute `fits` and `answerable` for directory-questions.jsonl from literal rules.

  python3 fits.py          check the jsonl, report mismatches (exit 1 if any)
  python3 fits.py --write  rewrite fits/answerable in the jsonl
"""
import csv, json, math, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.path.join(HERE, "directory-questions.jsonl")
NEAR_MILES = 15.0

# ---- places ---------------------------------------------------------------
TOWN_ZIPS, TOWN_COUNTY, ZIP_TOWN, ZIP_PT = {}, {}, {}, {}
with open(os.path.join(HERE, "places.csv")) as f:
    for r in csv.DictReader(f):
        t, c, z = r["town"], r["county"].replace(" County", ""), r["zip"]
        TOWN_ZIPS.setdefault(t, []).append(z)
        TOWN_COUNTY[t] = c
        ZIP_TOWN[z] = t
        ZIP_PT[z] = (float(r["lat"]), float(r["lon"]))
def town_point(t):  # mean of the town's ZIP points
    pts = [ZIP_PT[z] for z in TOWN_ZIPS[t]]
    return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
def county_towns(c): return [t for t, cc in TOWN_COUNTY.items() if cc == c]
def norm_county(c): return re.sub(r"\s+count(y|ies)$", "", c.strip(), flags=re.I)

# ---- directory ------------------------------------------------------------
SERVICES = []
for p in sorted(glob.glob(os.path.join(HERE, "knowledge/directory/*-export.json"))):
    for org in json.load(open(p)):
        SERVICES.extend(org.get("services") or [])
KIND = {}
with open(os.path.join(HERE, "kinds.csv")) as f:
    for r in csv.DictReader(f):
        KIND[r["service_id"]] = r["kind"]

def area_texts(s):
    out = []
    for a in s.get("service_areas") or []:
        out.append(" ".join(x for x in (a.get("name"), a.get("description")) if x))
    return out

def zips_in(text):
    zs = set()
    for a, b in re.findall(r"\b(\d{5})\s*[-–]\s*(\d{5})\b", text):
        for z in ZIP_TOWN:
            if int(a) <= int(z) <= int(b): zs.add(z)
    zs.update(re.findall(r"\b\d{5}\b", text))
    return zs

def names_county(text, c):
    return re.search(r"\b%s\b" % re.escape(c), text, re.I) and re.search(r"\bcount(y|ies)\b", text, re.I)

def statewide(text): return re.search(r"\bstatewide\b", text, re.I) is not None

def locations(s):
    out = []
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        for ad in loc.get("addresses") or [{}]:
            out.append((ad.get("city"), ad.get("postal_code"), loc.get("latitude"), loc.get("longitude")))
    return out

def covers_town(s, t):
    for txt in area_texts(s):
        if re.search(r"\b%s\b" % re.escape(t), txt, re.I): return True
        if names_county(txt, TOWN_COUNTY[t]): return True
        if statewide(txt): return True
        if zips_in(txt) & set(TOWN_ZIPS[t]): return True
    for city, z, _, _ in locations(s):
        if (city or "").lower() == t.lower() or z in TOWN_ZIPS[t]: return True
    return False

def covers_county(s, c):
    towns = county_towns(c)
    zips = {z for t in towns for z in TOWN_ZIPS[t]}
    for txt in area_texts(s):
        if names_county(txt, c) or statewide(txt): return True
    for city, z, _, _ in locations(s):
        if city in towns or z in zips: return True
    return False

def haversine(a, b):
    R = 3958.8
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))

def covers_near(s, t):
    if covers_town(s, t): return True
    p = town_point(t)
    for _, _, lat, lon in locations(s):
        if lat is not None and lon is not None and haversine(p, (lat, lon)) <= NEAR_MILES: return True
    return False

AGE_PATTERNS = [
    r"(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b",
    r"(\d{1,2})\s*\+",
    r"(\d{1,2})\s+(?:and|or)\s+(?:older|over|up)\b",
]
def age_range(s):
    mn, mx = s.get("minimum_age"), s.get("maximum_age")
    if mn is not None or mx is not None: return mn, mx
    d = s.get("description") or ""
    best = None
    for i, pat in enumerate(AGE_PATTERNS):
        m = re.search(pat, d, re.I)
        if m and (best is None or m.start() < best[0]): best = (m.start(), i, m)
    if not best: return None, None
    _, i, m = best
    if i == 0: return int(m.group(1)), int(m.group(2))
    return int(m.group(1)), None

def fits_age(s, age):
    mn, mx = age_range(s)
    return (mn is None or age >= mn) and (mx is None or age <= mx)

def fits_language(s, lang):
    return any((l.get("name") or "").lower() == lang.lower() for l in s.get("languages") or [])

def fits_cost(s, cost):
    f = (s.get("fees_description") or "").lower()
    if cost == "free": return any(w in f for w in ("free", "no charge", "no cost", "no fee"))
    if cost == "sliding scale": return "sliding" in f
    if cost == "medicaid": return "medicaid" in f
    raise ValueError(cost)

def hm(x): h, m = x.split(":"); return int(h) * 60 + int(m)
WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}
def fits_schedule(s, when):
    for r in s.get("schedules") or []:
        if not (r.get("byday") and r.get("opens_at") and r.get("closes_at")): continue
        days = {d.strip().upper() for d in r["byday"].split(",")}
        o, c = hm(r["opens_at"]), hm(r["closes_at"])
        if when == "Saturday" and "SA" in days: return True
        if when == "evenings" and c >= hm("18:00"): return True
        if when == "after school" and days & WEEKDAYS and o <= hm("16:00") and c >= hm("17:00"): return True
    return False

def fits(cond):
    out = []
    for s in SERVICES:
        if s.get("status") != "active" or KIND.get(s["id"]) != cond["kind"]: continue
        if "place" in cond and not covers_town(s, cond["place"]): continue
        if "zip" in cond and not covers_town(s, ZIP_TOWN[cond["zip"]]): continue
        if "county" in cond and not covers_county(s, norm_county(cond["county"])): continue
        if "near" in cond and not covers_near(s, cond["near"]): continue
        if "age" in cond and not fits_age(s, cond["age"]): continue
        if "language" in cond and not fits_language(s, cond["language"]): continue
        if "cost" in cond and not fits_cost(s, cond["cost"]): continue
        if "schedule" in cond and not fits_schedule(s, cond["schedule"]): continue
        out.append(s["id"])
    return out

def main():
    write = "--write" in sys.argv
    qs = [json.loads(l) for l in open(QFILE) if l.strip()]
    bad = 0
    for q in qs:
        places = [k for k in ("place", "county", "zip", "near") if k in q["conditions"]]
        assert len(places) == 1, q["id"]
        f = fits(q["conditions"])
        if write:
            q["fits"], q["answerable"] = f, bool(f)
        elif sorted(f) != sorted(q.get("fits", [])) or bool(f) != q.get("answerable"):
            bad += 1
            print("MISMATCH", q["id"], "expected", f, "got", q.get("fits"), q.get("answerable"))
    if write:
        with open(QFILE, "w") as fh:
            for q in qs: fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"wrote {len(qs)} questions; answerable {sum(q['answerable'] for q in qs)}")
    else:
        print(f"{len(qs)} questions checked, {bad} mismatches")
        sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
