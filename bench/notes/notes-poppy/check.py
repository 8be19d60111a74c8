#!/usr/bin/env python3
"""Checker for the notes set: JSON parses, schema, keywords + one owner form appear in note text."""
import json, os, re, sys, datetime
OUT = os.path.dirname(os.path.abspath(__file__))
errors, total, empty = [], 0, 0
for n in range(1, 19):
    nn = f"{n:02d}"
    txt = open(os.path.join(OUT, nn + ".txt"), encoding="utf-8").read()
    low = txt.lower()
    try:
        g = json.load(open(os.path.join(OUT, nn + ".json"), encoding="utf-8"))
    except Exception as e:
        errors.append(f"{nn}: JSON error {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        errors.append(f"{nn}: bad top-level keys {set(g)}")
    md = datetime.date.fromisoformat(g["meetingDate"])
    if not (datetime.date(2026, 9, 1) <= md <= datetime.date(2027, 5, 31)):
        errors.append(f"{nn}: meetingDate out of range")
    items = g["items"]
    total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5: errors.append(f"{nn}: {len(items)} items")
    for i, it in enumerate(items, 1):
        if set(it) != {"owners", "task", "keywords", "due"}:
            errors.append(f"{nn}#{i}: bad keys")
        if not any(o.lower() in low for o in it["owners"]):
            errors.append(f"{nn}#{i}: no owner form in text {it['owners']}")
        if len(it["keywords"]) < 2:
            errors.append(f"{nn}#{i}: fewer than 2 keywords")
        for k in it["keywords"]:
            if k.lower() not in low:
                errors.append(f"{nn}#{i}: keyword not in text: {k!r}")
            if not 2 <= len(k.split()) <= 3:
                errors.append(f"{nn}#{i}: keyword not 2-3 words: {k!r}")
            if any(k.lower() == o.lower() or o.lower() in k.lower().split() for o in it["owners"]):
                errors.append(f"{nn}#{i}: keyword contains owner name: {k!r}")
            if re.search(r"\b(mon|tues?|wed|thu|thurs|fri|sat|sun)(day)?\b|monday|tuesday|wednesday|thursday|friday|\d|tomorrow|next week|\beom\b|january|february|march|april|may |june|september|october|november|december", k.lower()) and not re.search(r"101|90-day|i-9", k.lower()):
                errors.append(f"{nn}#{i}: keyword looks like a date phrase: {k!r}")
        if it["due"] is not None:
            d = datetime.date.fromisoformat(it["due"])
            if d < md: errors.append(f"{nn}#{i}: due before meeting")
for e in errors: print("ERROR", e)
print(f"notes=18 items={total} empty_notes={empty} errors={len(errors)}")
sys.exit(1 if errors else 0)
