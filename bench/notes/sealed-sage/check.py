#!/usr/bin/env python3
"""Sanity checks for the sealed notes: every owner string and keyword must appear
verbatim in its note, dates must be valid ISO, and each note needs its gold file."""
import datetime, glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
errors, notes, items = [], 0, 0

def iso(s, where):
    try:
        datetime.date.fromisoformat(s)
    except Exception:
        errors.append(f"{where}: bad date {s!r}")

for txt in sorted(glob.glob(os.path.join(here, "[0-9][0-9].txt"))):
    nn = os.path.basename(txt)[:2]
    gp = os.path.join(here, nn + ".json")
    if not os.path.exists(gp):
        errors.append(f"{nn}: missing gold"); continue
    text = open(txt, encoding="utf-8").read()
    g = json.load(open(gp, encoding="utf-8"))
    notes += 1
    for k in ("meetingDate", "poster", "items"):
        if k not in g: errors.append(f"{nn}: missing {k}")
    iso(g.get("meetingDate", ""), nn)
    if not (datetime.date(2026, 9, 1) <= datetime.date.fromisoformat(g["meetingDate"]) <= datetime.date(2027, 5, 31)):
        errors.append(f"{nn}: meeting date out of range")
    for i, it in enumerate(g["items"]):
        items += 1
        w = f"{nn} item {i}"
        if not it.get("owners"): errors.append(f"{w}: no owners")
        for o in it.get("owners", []):
            if o not in text: errors.append(f"{w}: owner {o!r} not in note")
        kws = it.get("keywords", [])
        if not 1 <= len(kws) <= 3: errors.append(f"{w}: need 1-3 keywords")
        for kw in kws:
            if kw not in text: errors.append(f"{w}: keyword {kw!r} not in note")
        if not it.get("task"): errors.append(f"{w}: no task")
        if it.get("due") is not None:
            iso(it["due"], w)
            if it["due"] < g["meetingDate"]: errors.append(f"{w}: due before meeting")

for e in errors: print("FAIL", e)
print(f"{notes} notes, {items} items, {len(errors)} problems")
sys.exit(1 if errors else 0)
