#!/usr/bin/env python3
"""Checker for the gold files: JSON parses, schema, keywords and an owner form appear in the note."""
import json, os, re, sys, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
errors, total, empty = [], 0, 0
for n in range(1, 19):
    base = os.path.join(HERE, f"{n:02d}")
    note = open(base + ".txt", encoding="utf-8").read()
    low = note.lower()
    try:
        g = json.load(open(base + ".json", encoding="utf-8"))
    except Exception as e:
        errors.append(f"{n:02d}: JSON error {e}"); continue
    for k in ("meetingDate", "poster", "items"):
        if k not in g: errors.append(f"{n:02d}: missing {k}")
    datetime.date.fromisoformat(g["meetingDate"])
    items = g["items"]; total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5: errors.append(f"{n:02d}: {len(items)} items")
    for i, it in enumerate(items):
        tag = f"{n:02d}#{i+1}"
        if set(it) != {"owners", "task", "keywords", "due"}: errors.append(f"{tag}: keys {set(it)}")
        if not it["owners"] or not any(o.lower() in low for o in it["owners"]):
            errors.append(f"{tag}: no owner form in note {it['owners']}")
        if not it["task"].strip(): errors.append(f"{tag}: empty task")
        if not it["keywords"]: errors.append(f"{tag}: no keywords")
        for kw in it["keywords"]:
            if kw.lower() not in low: errors.append(f"{tag}: keyword not in note: {kw!r}")
            if not 1 <= len(kw.split()) <= 3: errors.append(f"{tag}: keyword length {kw!r}")
            if any(o.lower() in kw.lower().split() or o.lower() == kw.lower() for o in it["owners"] if len(o) > 2):
                errors.append(f"{tag}: keyword holds owner name {kw!r}")
            if re.search(r"\b(mon|tue|wed|thu|fri|sat|sun)\w*day\b|\b\d{1,2}/\d{1,2}\b|tomorrow|next week|\beom\b", kw, re.I):
                errors.append(f"{tag}: keyword looks like a date {kw!r}")
        if it["due"] is not None:
            d = datetime.date.fromisoformat(it["due"])
            if d < datetime.date.fromisoformat(g["meetingDate"]): errors.append(f"{tag}: due before meeting")
print(f"notes=18 items={total} empty_notes={empty}")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
