#!/usr/bin/env python3
"""Checker for the notes-aster gold set: JSON shape, keywords and owners present in note text."""
import json, os, re, sys, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
DATE_WORDS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|today|tomorrow|week|eom|month|\d{1,2}/\d{1,2})\b", re.I)
errors, total, zero = [], 0, 0
lo, hi = dt.date(2026, 9, 1), dt.date(2027, 5, 31)

for n in range(1, 19):
    nn = f"{n:02d}"
    tp, jp = os.path.join(HERE, nn + ".txt"), os.path.join(HERE, nn + ".json")
    if not (os.path.exists(tp) and os.path.exists(jp)):
        errors.append(f"{nn}: missing file"); continue
    text = open(tp, encoding="utf-8").read()
    low = text.lower()
    try:
        g = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{nn}: JSON error {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        errors.append(f"{nn}: top-level keys {sorted(g)}")
    md = dt.date.fromisoformat(g["meetingDate"])
    if not lo <= md <= hi:
        errors.append(f"{nn}: meetingDate out of school year")
    poster = g["poster"]
    if poster.lower() not in low and poster.split()[0].lower() not in low:
        errors.append(f"{nn}: poster {poster} not in note")
    items = g["items"]
    if not (len(items) == 0 or 2 <= len(items) <= 5):
        errors.append(f"{nn}: {len(items)} items")
    zero += len(items) == 0
    total += len(items)
    for i, it in enumerate(items, 1):
        tag = f"{nn}#{i}"
        if set(it) != {"owners", "task", "keywords", "due"}:
            errors.append(f"{tag}: keys {sorted(it)}")
        owners = it["owners"]
        if not owners or not any(o.lower() in low for o in owners):
            errors.append(f"{tag}: no owner form found in note {owners}")
        if not it["task"].strip():
            errors.append(f"{tag}: empty task")
        kws = it["keywords"]
        if not 1 <= len(kws) <= 3:
            errors.append(f"{tag}: {len(kws)} keywords")
        for k in kws:
            if k.lower() not in low:
                errors.append(f"{tag}: keyword '{k}' not in note")
            if len(k.split()) > 3:
                errors.append(f"{tag}: keyword '{k}' longer than 3 words")
            if DATE_WORDS.search(k):
                errors.append(f"{tag}: keyword '{k}' looks like a date phrase")
            for o in owners:
                for part in re.split(r"[\s.]+", o):
                    if len(part) > 2 and re.search(r"\b" + re.escape(part.lower()) + r"\b", k.lower()):
                        errors.append(f"{tag}: keyword '{k}' contains owner name '{part}'")
        due = it["due"]
        if due is not None:
            d = dt.date.fromisoformat(due)
            if d <= md:
                errors.append(f"{tag}: due {due} not after meeting {md}")
    print(f"{nn}  {md} {md.strftime('%a')}  items={len(items)}  poster={poster}  dues=" +
          ",".join((it['due'] + '(' + dt.date.fromisoformat(it['due']).strftime('%a') + ')') if it['due'] else 'null' for it in items))

print(f"\nnotes=18 items={total} zero-item notes={zero}")
if zero != 3:
    errors.append(f"expected 3 zero-item notes, got {zero}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
