#!/usr/bin/env python3
"""Checker for the notes set: JSON parses, schema, keywords verbatim in note, one owner form in note."""
import json, re, sys, datetime, os
here = os.path.dirname(os.path.abspath(__file__))
errors, total, empty = [], 0, 0
for n in range(1, 19):
    nn = f"{n:02d}"
    txt = open(os.path.join(here, nn + ".txt"), encoding="utf-8").read()
    low = txt.lower()
    try:
        g = json.load(open(os.path.join(here, nn + ".json"), encoding="utf-8"))
    except Exception as e:
        errors.append(f"{nn}: JSON error {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        errors.append(f"{nn}: top-level keys {sorted(g)}")
    md = datetime.date.fromisoformat(g["meetingDate"])
    if not (datetime.date(2026, 9, 1) <= md <= datetime.date(2027, 5, 31)):
        errors.append(f"{nn}: meeting date out of range")
    if not g["poster"] or g["poster"].split()[0].lower() not in low and g["poster"].split()[-1].lower() not in low:
        errors.append(f"{nn}: poster name not in note")
    items = g["items"]
    total += len(items)
    if not items:
        empty += 1
    elif not 2 <= len(items) <= 5:
        errors.append(f"{nn}: {len(items)} items")
    for i, it in enumerate(items, 1):
        if set(it) != {"owners", "task", "keywords", "due"}:
            errors.append(f"{nn}#{i}: keys {sorted(it)}")
        if not any(o.lower() in low for o in it["owners"]):
            errors.append(f"{nn}#{i}: no owner form in note {it['owners']}")
        if not it["task"].strip():
            errors.append(f"{nn}#{i}: empty task")
        kws = it["keywords"]
        if not 1 <= len(kws) <= 3:
            errors.append(f"{nn}#{i}: keyword count {len(kws)}")
        for k in kws:
            if k.lower() not in low:
                errors.append(f"{nn}#{i}: keyword not in note: {k!r}")
            if not 1 <= len(k.split()) <= 3:
                errors.append(f"{nn}#{i}: keyword length: {k!r}")
            for o in it["owners"]:
                for part in re.split(r"[\s.]+", o):
                    if len(part) > 2 and part.lower() in k.lower().split():
                        errors.append(f"{nn}#{i}: keyword {k!r} holds owner name {part!r}")
            if re.search(r"\b(mon|tues?|wed|thurs?|fri|sat|sun)(day)?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d+/\d+|\bweek\b|\beom\b|\btoday\b|\btomorrow\b", k.lower()):
                errors.append(f"{nn}#{i}: keyword looks like a date phrase: {k!r}")
        if it["due"] is not None:
            d = datetime.date.fromisoformat(it["due"])
            if d <= md:
                errors.append(f"{nn}#{i}: due {d} not after meeting {md}")
print(f"notes: 18, items: {total}, notes with no items: {empty}")
print("\n".join(errors) if errors else "OK — no problems found")
sys.exit(1 if errors else 0)
