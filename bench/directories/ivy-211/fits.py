#!/usr/bin/env python3
"""Compute which services fit each directory question, by the literal fit rules.

    python3 fits.py           check the stored "fits" / "answerable" in directory-questions.jsonl
    python3 fits.py --write   rewrite them from the rules
    python3 fits.py --explain ivy-211-d07   show, per candidate of the question's kind, why it fits or not

Rules (from the brief; interpretation notes in README.md):
 1. status == "active"            2. kinds.csv tag == conditions.kind
 3. place (see covers_town / covers_county / near)
 4. age   5. language   6. cost   7. schedule
"""
import csv
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(ROOT, "knowledge", "directory", "ivy-211-export.json")
PLACES = os.path.join(ROOT, "places.csv")
KINDS = os.path.join(ROOT, "kinds.csv")
QUESTIONS = os.path.join(ROOT, "directory-questions.jsonl")
NEAR_MILES = 15.0
R_MILES = 3958.8
WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}


# ------------------------------------------------------------------ loading
def load():
    orgs = json.load(open(EXPORT))
    services = [s for o in orgs for s in o.get("services", [])]
    kinds = {r["service_id"]: r["kind"] for r in csv.DictReader(open(KINDS))}
    towns = {}      # town -> {"county", "zips", "lat", "lon"}
    zip_town = {}
    for r in csv.DictReader(open(PLACES)):
        t = towns.setdefault(r["town"], {"county": r["county"], "zips": [],
                                         "lat": float(r["lat"]), "lon": float(r["lon"])})
        t["zips"].append(r["zip"])
        zip_town[r["zip"]] = r["town"]
    return services, kinds, towns, zip_town


def whole_word(phrase, text):
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(phrase) + r"(?![A-Za-z0-9])",
                     text or "", re.IGNORECASE) is not None


def area_text(a):
    return "%s %s" % (a.get("name") or "", a.get("description") or "")


def county_bare(county):
    """'Tamarack County' -> 'Tamarack'."""
    return re.sub(r"\s+county$", "", county.strip(), flags=re.IGNORECASE)


def addresses(s):
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        for ad in loc.get("addresses") or []:
            yield ad


def coords(s):
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        lat, lon = loc.get("latitude"), loc.get("longitude")
        if lat is not None and lon is not None:
            yield float(lat), float(lon)


# ------------------------------------------------------------------ place
ZIP_TOKEN = re.compile(r"(?<!\d)(\d{5})(?:\s*[-\u2013]\s*(\d{5}))?(?!\d)")


def zip_in_text(zips, text):
    for m in ZIP_TOKEN.finditer(text or ""):
        a, b = m.group(1), m.group(2)
        if a in zips or (b and b in zips):
            return True
        if b and any(int(a) <= int(z) <= int(b) for z in zips):
            return True
    return False


def county_rule_b(county, s):
    bare = county_bare(county)
    for a in s.get("service_areas") or []:
        t = area_text(a)
        if whole_word(bare, t) and re.search(r"\bcount(y|ies)\b", t, re.IGNORECASE):
            return True
    return False


def statewide(s):
    return any(whole_word("Statewide", area_text(a)) for a in s.get("service_areas") or [])


def covers_town(s, town, towns):
    t = towns[town]
    why = []
    for a in s.get("service_areas") or []:
        if whole_word(town, area_text(a)):
            why.append("a:town named in area")
            break
    if county_rule_b(t["county"], s):
        why.append("b:county area")
    if statewide(s):
        why.append("c:statewide")
    if any(zip_in_text(t["zips"], area_text(a)) for a in s.get("service_areas") or []):
        why.append("d:zip in area")
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() == town.lower() or \
                (ad.get("postal_code") or "").strip() in t["zips"]:
            why.append("e:location in town")
            break
    return why


def covers_county(s, county, towns):
    why = []
    if county_rule_b(county, s):
        why.append("b:county area")
    if statewide(s):
        why.append("c:statewide")
    ctowns = {n.lower() for n, t in towns.items() if t["county"].lower() == county.lower()}
    czips = {z for t in towns.values() if t["county"].lower() == county.lower() for z in t["zips"]}
    for ad in addresses(s):
        if (ad.get("city") or "").strip().lower() in ctowns or (ad.get("postal_code") or "").strip() in czips:
            why.append("e:location in county")
            break
    return why


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * R_MILES * math.asin(math.sqrt(h))


def place_ok(s, cond, towns, zip_town):
    if "place" in cond:
        return covers_town(s, cond["place"], towns)
    if "county" in cond:
        return covers_county(s, cond["county"], towns)
    if "zip" in cond:
        return covers_town(s, zip_town[cond["zip"]], towns)
    if "near" in cond:
        town = cond["near"]
        why = covers_town(s, town, towns)
        t = towns[town]
        for lat, lon in coords(s):
            d = haversine(t["lat"], t["lon"], lat, lon)
            if d <= NEAR_MILES:
                why.append("near:%.1f mi" % d)
                break
        return why
    raise ValueError("no place key in %r" % cond)


# ------------------------------------------------------------------ age
AGE_PATTERNS = [
    r"\bages?\s+(\d{1,3})\s*(?:-|\u2013|to|through)\s*(\d{1,3})\b",
    r"\b(\d{1,3})\s+to\s+(\d{1,3})\b",
    r"\b(\d{1,3})\s+through\s+(\d{1,3})\b",
    r"\b(\d{1,3})\+",
    r"\b(\d{1,3})\s+and\s+(?:older|up)\b",
]


def description_age_range(text):
    """First age range in the description, by position. Returns (lo, hi) or None.
    Bare "X-Y" counts only when preceded by "age"/"ages" (that is the first pattern)."""
    text = text or ""
    best = None
    for pat in AGE_PATTERNS:
        for m in re.finditer(pat, text, re.IGNORECASE):
            lo = int(m.group(1))
            hi = int(m.group(2)) if m.lastindex and m.lastindex >= 2 else None
            cand = (m.start(), lo, hi)
            if best is None or cand[0] < best[0]:
                best = cand
            break
    return None if best is None else (best[1], best[2])


def age_ok(s, age):
    lo, hi = s.get("minimum_age"), s.get("maximum_age")
    src = "fields"
    if lo is None and hi is None:
        r = description_age_range(s.get("description"))
        if r is None:
            return True, "no age found (open)"
        lo, hi = r
        src = "description"
    ok = (lo is None or age >= lo) and (hi is None or age <= hi)
    return ok, "%s %s..%s" % (src, lo if lo is not None else "", hi if hi is not None else "")


# ------------------------------------------------------------------ language / cost / schedule
def language_ok(s, lang):
    return any((l.get("name") or "").strip().lower() == lang.strip().lower()
               for l in s.get("languages") or [])


COST = {
    "free": r"\b(free|no charge|no cost|no fee)\b",
    "sliding scale": r"\bsliding\b",
    "medicaid": r"\bmedicaid\b",
}


def cost_ok(s, cost):
    return re.search(COST[cost.lower()], s.get("fees_description") or "", re.IGNORECASE) is not None


def schedule_ok(s, want):
    for e in s.get("schedules") or []:
        byday, o, c = e.get("byday"), e.get("opens_at"), e.get("closes_at")
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


# ------------------------------------------------------------------ fit
def check(s, cond, kinds, towns, zip_town):
    """Return (fits, reasons list)."""
    reasons = []
    if s.get("status") != "active":
        return False, ["status=%s" % s.get("status")]
    if kinds.get(s["id"]) != cond["kind"]:
        return False, ["kind=%s" % kinds.get(s["id"])]
    why = place_ok(s, cond, towns, zip_town)
    if not why:
        return False, ["place: not covered"]
    reasons.append("place: " + ", ".join(why))
    ok = True
    if "age" in cond:
        a_ok, a_why = age_ok(s, cond["age"])
        reasons.append("age %s: %s" % (cond["age"], a_why))
        ok &= a_ok
    if "language" in cond:
        l_ok = language_ok(s, cond["language"])
        reasons.append("language %s: %s" % (cond["language"], [l.get("name") for l in s.get("languages") or []]))
        ok &= l_ok
    if "cost" in cond:
        c_ok = cost_ok(s, cond["cost"])
        reasons.append("cost %s: %r" % (cond["cost"], s.get("fees_description")))
        ok &= c_ok
    if "schedule" in cond:
        sc_ok = schedule_ok(s, cond["schedule"])
        reasons.append("schedule %s: %s" % (cond["schedule"], sc_ok))
        ok &= sc_ok
    return bool(ok), reasons


def compute(q, services, kinds, towns, zip_town):
    return sorted(s["id"] for s in services
                  if check(s, q["conditions"], kinds, towns, zip_town)[0])


def main(argv):
    services, kinds, towns, zip_town = load()
    qs = [json.loads(l) for l in open(QUESTIONS) if l.strip()]
    if "--explain" in argv:
        qid = argv[argv.index("--explain") + 1]
        q = next(q for q in qs if q["id"] == qid)
        print(q["question"], "\n", q["conditions"])
        for s in services:
            if kinds.get(s["id"]) == q["conditions"]["kind"]:
                ok, why = check(s, q["conditions"], kinds, towns, zip_town)
                print(" %s %-45s %s" % ("FIT " if ok else "  - ", s["name"][:45], "; ".join(why)))
        return 0
    bad = 0
    for q in qs:
        f = compute(q, services, kinds, towns, zip_town)
        if "--write" in argv:
            q["fits"] = f
            q["answerable"] = bool(f)
        elif sorted(q.get("fits", [])) != f or q.get("answerable") != bool(f):
            bad += 1
            print("MISMATCH %s stored=%s computed=%s" % (q["id"], q.get("fits"), f))
    if "--write" in argv:
        with open(QUESTIONS, "w") as fh:
            for q in qs:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        n = sum(1 for q in qs if q["fits"])
        print("wrote %d questions: %d answerable, %d unanswerable" % (len(qs), n, len(qs) - n))
        return 0
    print("%d questions checked, %d mismatches" % (len(qs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
