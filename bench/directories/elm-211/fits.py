#!/usr/bin/env python3
"""Compute `fits` for each directory question from the 211 export and kinds.csv.

Usage:
  python3 fits.py            # check: recompute fits and report any mismatch with the stored fits
  python3 fits.py --write    # recompute fits and rewrite directory-questions.jsonl
  python3 fits.py --matrix   # print kind x town coverage (place rule only), for writing questions

Rules are written out in README.md; this file is their reference implementation.
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIRECTORY = os.path.join(HERE, "knowledge", "directory", "tri-county-211-export.json")
KINDS = os.path.join(HERE, "kinds.csv")
QUESTIONS = os.path.join(HERE, "directory-questions.jsonl")

# town -> (county, zip, lat, lon)
TOWNS = {
    "Ashby":       ("Carrow", "42731", 37.082, -85.611),
    "Fern Hollow": ("Carrow", "42733", 37.151, -85.702),
    "Pell Creek":  ("Carrow", "42735", 36.998, -85.548),
    "Sorrel":      ("Carrow", "42736", 37.120, -85.489),
    "Marlow":      ("Linden", "42741", 37.012, -85.262),
    "Bluegap":     ("Linden", "42743", 37.094, -85.338),
    "Tolliver":    ("Linden", "42744", 36.921, -85.301),
    "Caney Fork":  ("Linden", "42746", 37.055, -85.163),
    "Hatcher":     ("Linden", "42748", 36.965, -85.188),
    "Kessler":     ("Redbud", "42761", 36.948, -84.912),
    "Millbrook":   ("Redbud", "42762", 37.031, -84.851),
    "Owl Branch":  ("Redbud", "42764", 36.872, -84.985),
    "Dunmore":     ("Redbud", "42765", 36.905, -84.790),
}
COUNTIES = sorted({c for c, _, _, _ in TOWNS.values()})
ZIP_TO_TOWN = {z: t for t, (_, z, _, _) in TOWNS.items()}
NEAR_MILES = 15.0
WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}

# ages written only in a description, e.g. "for youth 14-24", "students 14 to 21"
AGE_RE = re.compile(r"\b(?:ages?|youth|students|children|teens|young people|young adults|adults)\s+"
                    r"(\d{1,2})\s*(?:-|\u2013|to)\s*(\d{1,2})\b", re.I)


def load_services():
    orgs = json.load(open(DIRECTORY))
    kinds = {r["service_id"]: r["kind"] for r in csv.DictReader(open(KINDS))}
    out = []
    for o in orgs:
        for s in o["services"]:
            s = dict(s)
            s["_org"] = o["name"]
            s["_kind"] = kinds[s["id"]]
            out.append(s)
    return out


def area_texts(s):
    return [(a.get("name") or "") + " | " + (a.get("description") or "") for a in s.get("service_areas", [])]


def loc_cities(s):
    return [sal["location"]["addresses"][0]["city"] for sal in s.get("service_at_locations", [])]


def zip_set(text):
    zs = set()
    for a, b in re.findall(r"\b(\d{5})\s*-\s*(\d{5})\b", text):
        zs.update(str(z) for z in range(int(a), int(b) + 1))
    zs.update(re.findall(r"\b(\d{5})\b", text))
    return zs


def covers_town(s, town):
    county, zip_, _, _ = TOWNS[town]
    for t in area_texts(s):
        if re.search(r"\b" + re.escape(town) + r"\b", t):
            return True
        if re.search(r"\bstatewide\b", t, re.I):
            return True
        if re.search(r"\bCount(y|ies)\b", t) and re.search(r"\b" + county + r"\b", t):
            return True
        if zip_ in zip_set(t):
            return True
    return town in loc_cities(s)


def miles(lat1, lon1, lat2, lon2):
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def near_town(s, town):
    if covers_town(s, town):
        return True
    _, _, tlat, tlon = TOWNS[town]
    for sal in s.get("service_at_locations", []):
        loc = sal["location"]
        if loc.get("latitude") is not None and miles(tlat, tlon, loc["latitude"], loc["longitude"]) <= NEAR_MILES:
            return True
    return False


def age_bounds(s):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    if lo is None and hi is None:
        m = AGE_RE.search(s.get("description") or "")
        if m:
            return int(m.group(1)), int(m.group(2))
    return lo, hi


def age_ok(s, n):
    lo, hi = age_bounds(s)
    return (lo is None or lo <= n) and (hi is None or n <= hi)


def cost_ok(s, cost):
    f = (s.get("fees_description") or "").lower()
    if cost == "free":
        return "free" in f or "no cost" in f
    if cost == "sliding scale":
        return "sliding" in f
    if cost == "Medicaid":
        return "medicaid" in f
    raise ValueError(cost)


def schedule_ok(s, want):
    for sc in s.get("schedules", []):
        days = set((sc.get("byday") or "").split(","))
        closes = sc.get("closes_at") or "00:00"
        if want == "Saturday" and "SA" in days:
            return True
        if want == "after school" and days & WEEKDAYS and closes >= "17:00":
            return True
        if want == "evenings" and days & WEEKDAYS and closes >= "19:00":
            return True
    return False


def fits(services, c):
    out = []
    for s in services:
        if s["_kind"] != c["kind"]:
            continue
        if "place" in c and not covers_town(s, c["place"]):
            continue
        if "county" in c and not any(covers_town(s, t) for t, v in TOWNS.items() if v[0] == c["county"]):
            continue
        if "zip" in c and not covers_town(s, ZIP_TO_TOWN[c["zip"]]):
            continue
        if "near" in c and not near_town(s, c["near"]):
            continue
        if "age" in c and not age_ok(s, c["age"]):
            continue
        if "language" in c and c["language"].lower() not in [l["name"].lower() for l in s.get("languages", [])]:
            continue
        if "cost" in c and not cost_ok(s, c["cost"]):
            continue
        if "schedule" in c and not schedule_ok(s, c["schedule"]):
            continue
        out.append(s["id"])
    return out


def main():
    services = load_services()
    ids = {s["id"] for s in services}
    if "--matrix" in sys.argv:
        kinds = sorted({s["_kind"] for s in services})
        for k in kinds:
            print(k)
            for t in TOWNS:
                hit = [s["name"] for s in services if s["_kind"] == k and covers_town(s, t)]
                print("   %-12s %d  %s" % (t, len(hit), "; ".join(hit)))
        print("\nages parsed from descriptions:")
        for s in services:
            if s.get("minimum_age") is None and s.get("maximum_age") is None and AGE_RE.search(s["description"]):
                print("  ", s["name"], age_bounds(s))
        return
    qs = [json.loads(l) for l in open(QUESTIONS) if l.strip()]
    bad = 0
    for q in qs:
        c = q["conditions"]
        assert sum(k in c for k in ("place", "county", "zip", "near")) == 1, q["id"]
        f = fits(services, c)
        if "--write" in sys.argv:
            q["fits"] = f
            q["answerable"] = bool(f)
        else:
            if sorted(f) != sorted(q.get("fits", [])) or q.get("answerable") != bool(f):
                print("MISMATCH", q["id"], f, q.get("fits"))
                bad += 1
        for i in q["fits"]:
            assert i in ids, (q["id"], i)
    if "--write" in sys.argv:
        with open(QUESTIONS, "w") as fh:
            for q in qs:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        print("wrote", len(qs), "questions;", sum(q["answerable"] for q in qs), "answerable")
    else:
        print(len(qs), "questions checked;", bad, "mismatches;",
              sum(q["answerable"] for q in qs), "answerable")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
