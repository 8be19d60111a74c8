"""Compute `fits` for directory questions from the CSV export + side files (kinds.csv, desc_ages.csv)."""
import csv, re, math, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import TOWNS
D = "/work/blind/birch-211/knowledge/directory"; SIDE = "/work/blind/birch-211"
def rd(n): return list(csv.DictReader(open(f"{D}/{n}.csv")))
services = {r["id"]: r for r in rd("services")}
locs = {r["id"]: r for r in rd("locations")}
addr = {r["location_id"]: r for r in rd("addresses")}
sal = {}; [sal.setdefault(r["service_id"], []).append(r["location_id"]) for r in rd("service_at_locations")]
areas = {}; [areas.setdefault(r["service_id"], []).append(r["description"]) for r in rd("service_areas")]
langs = {}; [langs.setdefault(r["service_id"], set()).add(r["name"]) for r in rd("languages")]
costs = {}; [costs.setdefault(r["service_id"], []).append(float(r["amount"])) for r in rd("cost_options")]
scheds = {}; [scheds.setdefault(r["service_id"], []).append(r) for r in rd("schedules")]
kinds = {r["service_id"]: set(k.strip() for k in r["kinds"].split(";")) for r in csv.DictReader(open(f"{SIDE}/kinds.csv"))}
dage = {r["service_id"]: r for r in csv.DictReader(open(f"{SIDE}/desc_ages.csv"))}

def towns_in_text(t):
    out = set()
    if re.search(r"statewide|tri-county", t, re.I): return set(TOWNS)
    if re.search(r"count(y|ies)", t, re.I):
        for c in ("Halvorsen", "Lusk"):
            if c in t: out |= {n for n, v in TOWNS.items() if v[0] == c}
    for a, b in re.findall(r"\b(97\d{3})\s*[-\u2013]\s*(97\d{3})\b", t):
        out |= {n for n, v in TOWNS.items() if int(a) <= int(v[1]) <= int(b)}
    for z in re.findall(r"\b97\d{3}\b", t):
        out |= {n for n, v in TOWNS.items() if v[1] == z}
    for n in TOWNS:
        if n in t: out.add(n)
    return out

def covered(sid):
    out = set()
    for t in areas.get(sid, []): out |= towns_in_text(t)
    for l in sal.get(sid, []):
        a = addr.get(l)
        if a: out.add(a["city"])
    return out

def miles(a, b):
    R = 3958.8; la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2-la1)/2)**2 + math.cos(la1)*math.cos(la2)*math.sin((lo2-lo1)/2)**2
    return 2*R*math.asin(math.sqrt(h))

def loc_points(sid):
    pts = []
    for l in sal.get(sid, []):
        L = locs[l]
        if L["latitude"]: pts.append((float(L["latitude"]), float(L["longitude"])))
        elif l in addr: c = TOWNS[addr[l]["city"]]; pts.append((c[2], c[3]))
    return pts

def place_ok(sid, c):
    cov = covered(sid)
    if "place" in c: return c["place"] in cov
    if "zip" in c: return any(TOWNS[t][1] == c["zip"] for t in cov)
    if "county" in c: return any(TOWNS[t][0] == c["county"] for t in cov)
    if "near" in c:
        T = TOWNS[c["near"]]
        return c["near"] in cov or any(miles((T[2], T[3]), p) <= 15 for p in loc_points(sid))
    return True

def age_ok(sid, n):
    s = services[sid]; lo, hi = s["minimum_age"], s["maximum_age"]
    if lo == "" and hi == "" and sid in dage: lo, hi = dage[sid]["min_age"], dage[sid]["max_age"]
    return (lo == "" or int(lo) <= n) and (hi == "" or n <= int(hi))

def cost_ok(sid, want):
    f = services[sid]["fees_description"].lower()
    if want == "free": return bool(re.search(r"free|no cost|no charge|no fee", f)) or 0.0 in costs.get(sid, [])
    if want == "sliding scale": return "sliding" in f
    if want == "Medicaid": return "medicaid" in f or "oregon health plan" in f
    raise ValueError(want)

WEEK = {"MO","TU","WE","TH","FR"}
def sched_ok(sid, want):
    for r in scheds.get(sid, []):
        days = set(r["byday"].split(",")); o, c = r["opens_at"][:5], r["closes_at"][:5]
        if want == "Saturday" and "SA" in days: return True
        if want == "Sunday" and "SU" in days: return True
        if want == "after school" and days & WEEK and o <= "16:00" and c >= "17:30": return True
        if want == "evenings" and days & WEEK and c >= "19:00": return True
    return False

def fits(c):
    out = []
    for sid, s in services.items():
        if s["status"] != "active": continue
        if "kind" in c and c["kind"] not in kinds[sid]: continue
        if not place_ok(sid, c): continue
        if "age" in c and not age_ok(sid, c["age"]): continue
        if "language" in c and c["language"] not in langs.get(sid, set()): continue
        if "cost" in c and not cost_ok(sid, c["cost"]): continue
        if "schedule" in c and not sched_ok(sid, c["schedule"]): continue
        out.append(sid)
    return out
KEY = {r["service_id"]: r["key"] for r in csv.DictReader(open(f"{SIDE}/kinds.csv"))}
