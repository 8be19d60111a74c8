#!/usr/bin/env python3
"""Checker for the gold files: JSON parses, schema, keywords/owners appear in the note."""
import json, re, sys, datetime, pathlib
OUT = pathlib.Path(__file__).parent
DATEWORDS = re.compile(r"\b(mon|tues?|wed|thu|thurs|fri|sat|sun)(day)?\b|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b(today|tomorrow|tmrw|week|month|eom|eod|eow)\b|\d+/\d+", re.I)
errors = 0; total = 0; empty = 0
def err(n, msg):
    global errors; errors += 1; print(f"{n}: ERROR {msg}")
for i in range(1, 19):
    n = f"{i:02d}"
    text = (OUT / f"{n}.txt").read_text(encoding="utf-8"); low = text.lower()
    try:
        g = json.loads((OUT / f"{n}.json").read_text(encoding="utf-8"))
    except Exception as e:
        err(n, f"json: {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}: err(n, f"keys {set(g)}")
    md = datetime.date.fromisoformat(g["meetingDate"])
    if not (datetime.date(2026, 9, 1) <= md <= datetime.date(2027, 5, 31)): err(n, "meeting date out of range")
    items = g["items"]; total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5: err(n, f"{len(items)} items")
    for j, it in enumerate(items):
        if set(it) != {"owners", "task", "keywords", "due"}: err(n, f"item {j} keys")
        if not any(o.lower() in low for o in it["owners"]): err(n, f"item {j} no owner form in note: {it['owners']}")
        if it["due"] is not None:
            dd = datetime.date.fromisoformat(it["due"])
            if dd < md: err(n, f"item {j} due before meeting")
        ownertoks = {t.lower() for o in it["owners"] for t in re.split(r"[\s.@]+", o) if len(t) > 2}
        if not it["keywords"]: err(n, f"item {j} no keywords")
        for k in it["keywords"]:
            if k.lower() not in low: err(n, f"item {j} keyword not in note: {k!r}")
            if not 1 <= len(k.split()) <= 3: err(n, f"item {j} keyword length: {k!r}")
            if DATEWORDS.search(k): err(n, f"item {j} keyword looks like a date: {k!r}")
            if ownertoks & {t.lower() for t in k.split()}: err(n, f"item {j} keyword has owner name: {k!r}")
        print(f"{n} {md} {md.strftime('%a')} | {it['owners'][0]:24} | due {it['due']} {datetime.date.fromisoformat(it['due']).strftime('%a') if it['due'] else ''}")
    if re.search(r"\b(student|P-\d+)\b", text) is None: print(f"{n}: note has no student label (ok if intended)")
print(f"notes=18 items={total} empty_notes={empty} errors={errors}")
sys.exit(1 if errors else 0)
