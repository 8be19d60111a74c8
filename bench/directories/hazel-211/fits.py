#!/usr/bin/env python3
"""Compute `fits` for directory-questions.jsonl from the 211 export, kinds.csv and places.csv.

    python3 fits.py          check: every question's stored fits/answerable equal the computed ones
    python3 fits.py --write  rewrite fits and answerable in directory-questions.jsonl
    python3 fits.py --show   print each question with computed fits (service names)

Rules are stated in README.md ("Fit rules"); this file is the literal version of them.
"""
import csv, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "knowledge/directory/northwoods-211-export.json")
KINDS = os.path.join(HERE, "kinds.csv")
PLACES = os.path.join(HERE, "places.csv")
QUESTIONS = os.path.join(HERE, "directory-questions.jsonl")
NEAR_MILES = 15.0
PLACE_KEYS = ("place", "county", "zip", "near")


def load():
    orgs = json.load(open(EXPORT, encoding="utf-8"))
    services = [s for o in orgs for s in o["services"]]
    kinds = {r["service_id"]: r["kind"] for r in csv.DictReader(open(KINDS, encoding="utf-8"))}
    towns = {}
    for r in csv.DictReader(open(PLACES, encoding="utf-8")):
        towns[r["town"]] = {"county": r["county"], "zips": r["zips"].split(),
                            "lat": float(r["lat"]), "lon": float(r["lon"])}
    return services, kinds, towns


def word_re(phrase):
    return re.compile(r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])", re.I)


def area_texts(s):
    return [((a.get("name") or "") + " " + (a.get("description") or "")).strip()
            for a in s.get("service_areas") or []]


def zip_in_text(z, text):
    if re.search(r"(?<!\d)" + z + r"(?!\d)", text):
        return True
    for lo, hi in re.findall(r"(?<!\d)(\d{5})\s*(?:-|–|to|through)\s*(\d{5})(?!\d)", text):
        if int(lo) <= int(z) <= int(hi):
            return True
    return False


def statewide(s):
    return any(word_re("statewide").search(t) for t in area_texts(s))


def area_names_county(s, county):
    # the county's name as a whole word AND the word county/counties in the same area entry
    return any(word_re(county).search(t) and re.search(r"(?<![A-Za-z])count(y|ies)(?![A-Za-z])", t, re.I)
               for t in area_texts(s))


def locations(s):
    for sal in s.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        yield loc


def loc_in_town(loc, town, towns):
    for a in loc.get("addresses") or []:
        if (a.get("city") or "").strip().lower() == town.lower():
            return True
        if (a.get("postal_code") or "").strip()[:5] in towns[town]["zips"]:
            return True
    return False


def covers_town(s, town, towns):
    t = towns[town]
    texts = area_texts(s)
    if any(word_re(town).search(x) for x in texts):
        return True
    if area_names_county(s, t["county"]) or statewide(s):
        return True
    if any(zip_in_text(z, x) for z in t["zips"] for x in texts):
        return True
    return any(loc_in_town(l, town, towns) for l in locations(s))


def covers_county(s, county, towns):
    county = re.sub(r"\s+county$", "", county.strip(), flags=re.I)
    if area_names_county(s, county) or statewide(s):
        return True
    return any(loc_in_town(l, town, towns) for l in locations(s)
               for town, t in towns.items() if t["county"].lower() == county.lower())


def miles(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 3958.8 * math.asin(math.sqrt(a))


def near(s, town, towns):
    if covers_town(s, town, towns):
        return True
    t = towns[town]
    for l in locations(s):
        if l.get("latitude") is None or l.get("longitude") is None:
            continue
        if miles(t["lat"], t["lon"], float(l["latitude"]), float(l["longitude"])) <= NEAR_MILES:
            return True
    return False


def town_of_zip(z, towns):
    for town, t in towns.items():
        if z in t["zips"]:
            return town
    raise KeyError("unknown ZIP " + z)


AGE_RANGE = re.compile(r"\bages?\s+(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b", re.I)
AGE_MIN = re.compile(r"\b(\d{1,2})\s*(?:\+|and older\b|and up\b|or older\b)", re.I)


def age_bounds(s):
    mn, mx = s.get("minimum_age"), s.get("maximum_age")
    if mn is None and mx is None:
        d = s.get("description") or ""
        m = AGE_RANGE.search(d)
        if m:
            return int(m.group(1)), int(m.group(2))
        m = AGE_MIN.search(d)
        if m:
            return int(m.group(1)), None
    return mn, mx


def age_ok(s, age):
    mn, mx = age_bounds(s)
    return (mn is None or age >= mn) and (mx is None or age <= mx)


def lang_ok(s, lang):
    return any((l.get("name") or "").strip().lower() == lang.lower() for l in s.get("languages") or [])


COST = {
    "free": re.compile(r"\b(free|no charge|no cost|no fee)\b", re.I),
    "sliding scale": re.compile(r"\bsliding\b", re.I),
    "medicaid": re.compile(r"\bmedicaid\b", re.I),
}


def cost_ok(s, cost):
    return bool(COST[cost.lower()].search(s.get("fees_description") or ""))


WEEKDAYS = {"MO", "TU", "WE", "TH", "FR"}


def days(e):
    return {d.strip().upper() for d in (e.get("byday") or "").split(",") if d.strip()}


def schedule_ok(s, want):
    want = want.lower()
    for e in s.get("schedules") or []:
        o, c = e.get("opens_at"), e.get("closes_at")
        if not (e.get("byday") and o and c):
            continue  # description-only entries never match
        if want == "saturday" and "SA" in days(e):
            return True
        if want == "sunday" and "SU" in days(e):
            return True
        if want == "evenings" and c >= "18:00":
            return True
        if want == "after school" and days(e) & WEEKDAYS and o <= "16:00" and c >= "17:00":
            return True
    return False


def fits(q, services, kinds, towns):
    c = q["conditions"]
    keys = [k for k in PLACE_KEYS if k in c]
    assert len(keys) == 1, (q["id"], keys)
    out = []
    for s in services:
        if s.get("status") != "active" or kinds.get(s["id"]) != c["kind"]:
            continue
        if "place" in c and not covers_town(s, c["place"], towns):
            continue
        if "county" in c and not covers_county(s, c["county"], towns):
            continue
        if "zip" in c and not covers_town(s, town_of_zip(c["zip"], towns), towns):
            continue
        if "near" in c and not near(s, c["near"], towns):
            continue
        if "age" in c and not age_ok(s, int(c["age"])):
            continue
        if "language" in c and not lang_ok(s, c["language"]):
            continue
        if "cost" in c and not cost_ok(s, c["cost"]):
            continue
        if "schedule" in c and not schedule_ok(s, c["schedule"]):
            continue
        out.append(s["id"])
    return out


def main():
    services, kinds, towns = load()
    names = {s["id"]: s["name"] for s in services}
    assert len(kinds) == len(services) and set(kinds) == set(names), "kinds.csv must tag every service once"
    qs = [json.loads(l) for l in open(QUESTIONS, encoding="utf-8") if l.strip()]
    kindset = set(kinds.values())
    bad = 0
    for q in qs:
        assert q["conditions"]["kind"] in kindset, (q["id"], q["conditions"]["kind"])
        f = fits(q, services, kinds, towns)
        if "--write" in sys.argv:
            q["fits"], q["answerable"] = f, bool(f)
        elif sorted(q.get("fits", [])) != sorted(f) or q.get("answerable") != bool(f):
            bad += 1
            print("MISMATCH", q["id"], "stored", q.get("fits"), q.get("answerable"), "computed", f)
        if "--show" in sys.argv:
            print(q["id"], q["style"], json.dumps(q["conditions"]), "->", [names[i] for i in f])
    if "--write" in sys.argv:
        with open(QUESTIONS, "w", encoding="utf-8") as fh:
            for q in qs:
                fh.write(json.dumps(q, ensure_ascii=False) + "\n")
        print("wrote", len(qs), "questions")
        return 0
    n_ans = sum(1 for q in qs if q.get("answerable"))
    print(f"{len(qs)} questions, {n_ans} answerable, {len(qs) - n_ans} unanswerable, {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
