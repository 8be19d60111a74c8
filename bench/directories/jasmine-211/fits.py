#!/usr/bin/env python3
"""Compute `fits` and `answerable` for directory-questions.jsonl from literal rules.

    python3 fits.py           check the jsonl; exit 1 on any mismatch
    python3 fits.py --write   rewrite fits/answerable in the jsonl

Rules (see README.md):
  * service status is "active" and its kind in kinds.csv equals conditions.kind
  * place (exactly one of place / county / zip / near):
      - town: a service area (name + description) names the town; or names the town's county
        together with the word "county"/"counties"; or says "Statewide"; or lists one of the
        town's ZIPs or a ZIP range holding one; or a location address has that city or one of
        the town's ZIPs
      - county: county name + "county"/"counties" in one service area, "Statewide", or a location
        address whose city is one of the county's towns or whose ZIP is one of its ZIPs
      - zip: the rule for the ZIP's town
      - near: the town rule, or any location with coordinates within 15 miles (haversine) of the
        town's point (mean of its ZIP rows in places.csv)
      - any other region name covers nothing
  * age: minimum_age / maximum_age when either is present; otherwise the first age range in the
    description ("ages 14-21", "16 to 24", "14 through 21", "18+", "18 and older"); none = open
  * language: a languages entry with that name (case-insensitive)
  * cost (fees_description only): free = free / no charge / no cost / no fee;
    "sliding scale" = "sliding"; "medicaid" = "medicaid"
  * schedule: a schedule row with byday, opens_at and closes_at: Saturday = SA in byday;
    evenings = closes at 18:00 or later; after school = a weekday (MO-FR) in byday, opens by 16:00
    and closes 17:00 or later
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "knowledge", "directory", "jasmine-211-export.json")
QUESTIONS = os.path.join(HERE, "directory-questions.jsonl")


def load_places():
    towns = {}
    with open(os.path.join(HERE, "places.csv")) as f:
        for r in csv.DictReader(f):
            t = towns.setdefault(r["town"], {"county": r["county"], "zips": [], "pts": []})
            t["zips"].append(r["zip"])
            t["pts"].append((float(r["lat"]), float(r["lon"])))
    for t in towns.values():
        t["lat"] = sum(p[0] for p in t["pts"]) / len(t["pts"])
        t["lon"] = sum(p[1] for p in t["pts"]) / len(t["pts"])
    return towns


def load_services():
    with open(EXPORT) as f:
        orgs = json.load(f)
    kinds = {}
    with open(os.path.join(HERE, "kinds.csv")) as f:
        for r in csv.DictReader(f):
            kinds[r["service_id"]] = r["kind"]
    out = []
    for o in orgs:
        for s in o.get("services") or []:
            out.append((s, kinds.get(s["id"])))
    return out


def word_in(name, text):
    return re.search(r"\b" + re.escape(name.lower()) + r"\b", text.lower()) is not None


def area_texts(s):
    for a in s.get("service_areas") or []:
        yield "%s %s" % (a.get("name") or "", a.get("description") or "")


def zips_in(text):
    found, ranges = set(), []
    for a, b in re.findall(r"\b(\d{5})\s*(?:-|–|to|through)\s*(\d{5})\b", text):
        ranges.append((int(a), int(b)))
    for z in re.findall(r"\b\d{5}\b", text):
        found.add(z)
    return found, ranges


def area_covers_zip(text, zips):
    found, ranges = zips_in(text)
    for z in zips:
        if z in found or any(a <= int(z) <= b for a, b in ranges):
            return True
    return False


def county_named(text, county):
    return word_in(county, text) and re.search(r"\bcount(y|ies)\b", text.lower()) is not None


def addresses(s):
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        for ad in loc.get("addresses") or []:
            yield ad


def covers_town(s, town, towns):
    t = towns[town]
    for text in area_texts(s):
        if word_in(town, text) or county_named(text, t["county"]) or "statewide" in text.lower():
            return True
        if area_covers_zip(text, t["zips"]):
            return True
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() == town.lower() or ad.get("postal_code") in t["zips"]:
            return True
    return False


def covers_county(s, county, towns):
    for text in area_texts(s):
        if county_named(text, county) or "statewide" in text.lower():
            return True
    ctowns = {n.lower() for n, t in towns.items() if t["county"] == county}
    czips = {z for t in towns.values() if t["county"] == county for z in t["zips"]}
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() in ctowns or ad.get("postal_code") in czips:
            return True
    return False


def miles(a, b, c, d):
    r = 3958.8
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = math.radians(c - a), math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def covers_near(s, town, towns):
    if covers_town(s, town, towns):
        return True
    t = towns[town]
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        if loc.get("latitude") is not None and loc.get("longitude") is not None:
            if miles(t["lat"], t["lon"], float(loc["latitude"]), float(loc["longitude"])) <= 15:
                return True
    return False


AGE_PATTERNS = [
    r"\b(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b",
    r"\b(\d{1,2})\s*\+",
    r"\b(\d{1,2})\s+(?:and|or)\s+(?:older|over|up)\b",
]


def age_range(s):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    if lo is not None or hi is not None:
        return lo, hi
    best = None
    for p in AGE_PATTERNS:
        m = re.search(p, s.get("description") or "", re.I)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None, None
    g = best.groups()
    return int(g[0]), (int(g[1]) if len(g) > 1 and g[1] else None)


def age_ok(s, age):
    lo, hi = age_range(s)
    return (lo is None or age >= lo) and (hi is None or age <= hi)


def cost_ok(s, cost):
    fees = (s.get("fees_description") or "").lower()
    if cost == "free":
        return re.search(r"\bfree\b|no charge|no cost|no fee", fees) is not None
    if cost == "sliding scale":
        return "sliding" in fees
    if cost == "medicaid":
        return "medicaid" in fees
    raise ValueError(cost)


def schedule_ok(s, want):
    for r in s.get("schedules") or []:
        byday, o, c = r.get("byday"), r.get("opens_at"), r.get("closes_at")
        if not (byday and o and c):
            continue
        days = [d.strip().upper() for d in byday.split(",")]
        if want == "Saturday" and "SA" in days:
            return True
        if want == "evenings" and c >= "18:00":
            return True
        if want == "after school" and set(days) & {"MO", "TU", "WE", "TH", "FR"} \
                and o <= "16:00" and c >= "17:00":
            return True
    return False


def service_fits(s, kind, cond, towns, zip2town):
    if s.get("status") != "active" or kind != cond["kind"]:
        return False
    if "place" in cond:
        ok = covers_town(s, cond["place"], towns)
    elif "county" in cond:
        ok = covers_county(s, cond["county"], towns)
    elif "zip" in cond:
        ok = covers_town(s, zip2town[cond["zip"]], towns)
    elif "near" in cond:
        ok = covers_near(s, cond["near"], towns)
    else:
        raise ValueError("no place key: %r" % cond)
    if not ok:
        return False
    if "age" in cond and not age_ok(s, cond["age"]):
        return False
    if "language" in cond and not any((l.get("name") or "").lower() == cond["language"].lower()
                                      for l in s.get("languages") or []):
        return False
    if "cost" in cond and not cost_ok(s, cond["cost"]):
        return False
    if "schedule" in cond and not schedule_ok(s, cond["schedule"]):
        return False
    return True


def compute(q, services, towns, zip2town):
    return [s["id"] for s, k in services if service_fits(s, k, q["conditions"], towns, zip2town)]


def main():
    write = "--write" in sys.argv[1:]
    towns = load_places()
    zip2town = {z: n for n, t in towns.items() for z in t["zips"]}
    services = load_services()
    with open(QUESTIONS) as f:
        qs = [json.loads(l) for l in f if l.strip()]
    bad = 0
    for q in qs:
        fits = compute(q, services, towns, zip2town)
        if write:
            q["fits"], q["answerable"] = fits, bool(fits)
        elif sorted(fits) != sorted(q.get("fits") or []) or bool(fits) != q.get("answerable"):
            bad += 1
            print("MISMATCH %s: computed %s, stored %s" % (q["id"], fits, q.get("fits")))
    if write:
        with open(QUESTIONS, "w") as f:
            for q in qs:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
        print("wrote %d questions, %d answerable" % (len(qs), sum(q["answerable"] for q in qs)))
    else:
        print("%d questions checked, %d mismatches" % (len(qs), bad))
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
