#!/usr/bin/env python3
"""Compute `fits` and `answerable` for directory-questions.jsonl from the literal rules.

    python3 fits.py           check the jsonl; exit 1 on any mismatch
    python3 fits.py --write   rewrite fits/answerable in the jsonl

Rules (see README.md):
  * service status is "active" and its kind in kinds.csv equals the question's kind;
  * place: a town is covered when a service area (name + description) names the town, or names
    the town's county together with the word "county"/"counties", or says "Statewide", or lists
    one of the town's ZIPs (or a ZIP range holding one), or a location address is in that town
    or ZIP. A county is covered by the county rule, "Statewide", or a location address in one of
    its towns/ZIPs. A `zip` is its town. `near` is the town rule, or any location within
    15 miles (haversine on the location's latitude/longitude). Undefined region names cover
    nothing by themselves;
  * age: minimum_age/maximum_age; when both are absent, the first age range in the description
    ("ages 14-21", "16 to 24", "18+", "18 and older"); no age found = open;
  * language: a `languages` entry of that name (case-insensitive);
  * cost: "free" = fees say free/no charge/no cost/no fee; "sliding scale" = "sliding";
    "medicaid" = "medicaid";
  * schedule: only rows with byday and both times count. "Saturday" = SA in byday;
    "evenings" = closes at 18:00 or later; "after school" = a weekday in byday, opens by 16:00
    and closes 17:00 or later.
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "knowledge", "directory", "kale-export.json")
KINDS = os.path.join(HERE, "kinds.csv")
PLACES = os.path.join(HERE, "places.csv")
QUESTIONS = os.path.join(HERE, "directory-questions.jsonl")
NEAR_MILES = 15.0
WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}


def load_places():
    towns = {}  # lower town -> dict(name, county, zips, lat, lon)
    with open(PLACES, newline="") as f:
        for r in csv.DictReader(f):
            t = towns.setdefault(r["town"].lower(), {"name": r["town"], "county": r["county"],
                                                     "zips": [], "lat": float(r["lat"]),
                                                     "lon": float(r["lon"])})
            t["zips"].append(r["zip"])
    return towns


def load_services():
    with open(EXPORT) as f:
        orgs = json.load(f)
    kinds = {}
    with open(KINDS, newline="") as f:
        for r in csv.DictReader(f):
            kinds[r["service_id"]] = r["kind"]
    out = []
    for o in orgs:
        for s in o.get("services") or []:
            s = dict(s)
            s["_kind"] = kinds.get(s["id"])
            out.append(s)
    return out


def haversine(lat1, lon1, lat2, lon2):
    r = 3958.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def word_in(word, text):
    return re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text, re.I) is not None


def area_texts(s):
    for a in s.get("service_areas") or []:
        yield " ".join(x for x in (a.get("name"), a.get("description")) if x)


ZIP_RANGE = re.compile(r"\b(\d{5})\s*(?:-|–|to|through)\s*(\d{5})\b", re.I)
ZIP_ONE = re.compile(r"\b(\d{5})\b")


def area_zip_hit(text, zips):
    for lo, hi in ZIP_RANGE.findall(text):
        if any(int(lo) <= int(z) <= int(hi) for z in zips):
            return True
    return any(z in zips for z in ZIP_ONE.findall(text))


def county_rule(text, county):
    return word_in(county, text) and re.search(r"\bcount(y|ies)\b", text, re.I) is not None


def statewide(text):
    return re.search(r"\bstatewide\b", text, re.I) is not None


def addresses(s):
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        for ad in loc.get("addresses") or []:
            yield ad


def town_covered(s, town):
    for t in area_texts(s):
        if word_in(town["name"], t) or county_rule(t, town["county"]) or statewide(t) \
                or area_zip_hit(t, town["zips"]):
            return True
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() == town["name"].lower() \
                or (ad.get("postal_code") or "").strip()[:5] in town["zips"]:
            return True
    return False


def county_covered(s, county, towns):
    for t in area_texts(s):
        if county_rule(t, county) or statewide(t):
            return True
    ctowns = [t for t in towns.values() if t["county"].lower() == county.lower()]
    names = {t["name"].lower() for t in ctowns}
    zips = {z for t in ctowns for z in t["zips"]}
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() in names \
                or (ad.get("postal_code") or "").strip()[:5] in zips:
            return True
    return False


def near_covered(s, town):
    if town_covered(s, town):
        return True
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        la, lo = loc.get("latitude"), loc.get("longitude")
        if la is None or lo is None:
            continue
        if haversine(town["lat"], town["lon"], float(la), float(lo)) <= NEAR_MILES:
            return True
    return False


AGE_PATTERNS = [
    re.compile(r"\b(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b", re.I),
    re.compile(r"\b(\d{1,2})\s*\+"),
    re.compile(r"\b(\d{1,2})\s+(?:and|or)\s+(?:older|over|up)\b", re.I),
]


def age_range(s):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    if lo is not None or hi is not None:
        return lo, hi
    desc = s.get("description") or ""
    best = None
    for i, p in enumerate(AGE_PATTERNS):
        m = p.search(desc)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), i, m)
    if best is None:
        return None, None
    _, i, m = best
    if i == 0:
        return int(m.group(1)), int(m.group(2))
    return int(m.group(1)), None


def age_ok(s, age):
    lo, hi = age_range(s)
    if lo is not None and age < lo:
        return False
    if hi is not None and age > hi:
        return False
    return True


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
        days = {d.strip().upper() for d in byday.split(",")}
        if want == "Saturday" and "SA" in days:
            return True
        if want == "evenings" and c >= "18:00":
            return True
        if want == "after school" and days & WEEKDAYS and o <= "16:00" and c >= "17:00":
            return True
    return False


def fits_for(cond, services, towns):
    out = []
    for s in services:
        if s.get("status") != "active" or s["_kind"] != cond["kind"]:
            continue
        if "place" in cond:
            if not town_covered(s, towns[cond["place"].lower()]):
                continue
        elif "zip" in cond:
            town = next(t for t in towns.values() if cond["zip"] in t["zips"])
            if not town_covered(s, town):
                continue
        elif "county" in cond:
            if not county_covered(s, cond["county"], towns):
                continue
        elif "near" in cond:
            if not near_covered(s, towns[cond["near"].lower()]):
                continue
        else:
            raise ValueError("no place key: %r" % cond)
        if "age" in cond and not age_ok(s, cond["age"]):
            continue
        if "language" in cond and not any(
                (l.get("name") or "").strip().lower() == cond["language"].lower()
                for l in s.get("languages") or []):
            continue
        if "cost" in cond and not cost_ok(s, cond["cost"]):
            continue
        if "schedule" in cond and not schedule_ok(s, cond["schedule"]):
            continue
        out.append(s["id"])
    return sorted(out)


def main():
    write = "--write" in sys.argv[1:]
    towns = load_places()
    services = load_services()
    rows = [json.loads(l) for l in open(QUESTIONS) if l.strip()]
    bad = 0
    for q in rows:
        f = fits_for(q["conditions"], services, towns)
        ans = bool(f)
        if write:
            q["fits"], q["answerable"] = f, ans
        elif sorted(q.get("fits") or []) != f or q.get("answerable") != ans:
            bad += 1
            print(f"MISMATCH {q['id']}: stored={q.get('fits')} {q.get('answerable')} computed={f} {ans}")
    if write:
        with open(QUESTIONS, "w") as fh:
            for q in rows:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} questions; answerable={sum(q['answerable'] for q in rows)} "
              f"unanswerable={sum(not q['answerable'] for q in rows)}")
    else:
        print(f"checked {len(rows)} questions; mismatches={bad}")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
