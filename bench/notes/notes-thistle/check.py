#!/usr/bin/env python3
"""Checker for the gold files: JSON parses, schema, keywords and an owner form appear in the note."""
import json, os, re, sys, datetime
here = os.path.dirname(os.path.abspath(__file__))
errors, total, empty = [], 0, 0
for n in range(1, 19):
    nn = f"{n:02d}"
    txt = open(os.path.join(here, nn + ".txt"), encoding="utf-8").read().lower()
    try:
        g = json.load(open(os.path.join(here, nn + ".json"), encoding="utf-8"))
    except Exception as e:
        errors.append(f"{nn}: JSON error {e}"); continue
    datetime.date.fromisoformat(g["meetingDate"])
    if not g.get("poster"): errors.append(f"{nn}: no poster")
    items = g["items"]
    total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5: errors.append(f"{nn}: {len(items)} items")
    for i, it in enumerate(items, 1):
        if set(it) != {"owners", "task", "keywords", "due"}: errors.append(f"{nn}#{i}: keys {sorted(it)}")
        if not any(o.lower() in txt for o in it["owners"]): errors.append(f"{nn}#{i}: no owner form in note")
        for k in it["keywords"]:
            if k.lower() not in txt: errors.append(f"{nn}#{i}: keyword '{k}' not in note")
            if not 2 <= len(re.split(r"[\s-]+", k)) <= 3: errors.append(f"{nn}#{i}: keyword '{k}' length")
            if any(o.lower() in k.lower() or k.lower() in o.lower() for o in it["owners"]): errors.append(f"{nn}#{i}: keyword '{k}' is owner")
        if it["due"] is not None:
            d = datetime.date.fromisoformat(it["due"])
            if d < datetime.date.fromisoformat(g["meetingDate"]): errors.append(f"{nn}#{i}: due before meeting")
print(f"notes=18 items={total} empty_notes={empty}")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
