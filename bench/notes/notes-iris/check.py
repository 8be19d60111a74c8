#!/usr/bin/env python3
"""Checker for the gold files: JSON parses, schema, keywords and one owner form appear in the note."""
import json, os, re, sys, datetime
D = os.path.dirname(os.path.abspath(__file__))
errs, total, empty = [], 0, 0
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
for n in range(1, 19):
    nn = f"{n:02d}"
    txt = open(os.path.join(D, nn + ".txt"), encoding="utf-8").read()
    low = txt.lower()
    try:
        g = json.load(open(os.path.join(D, nn + ".json"), encoding="utf-8"))
    except Exception as e:
        errs.append(f"{nn}: JSON error {e}"); continue
    if set(g) != {"meetingDate", "poster", "items"}:
        errs.append(f"{nn}: bad top-level keys {sorted(g)}")
    md = g.get("meetingDate", "")
    if not DATE.match(md) or not ("2026-09-01" <= md <= "2027-05-31"):
        errs.append(f"{nn}: bad meetingDate {md}")
    datetime.date.fromisoformat(md)
    if g["poster"].split()[0].lower() not in low:
        errs.append(f"{nn}: poster not in note")
    items = g["items"]
    total += len(items)
    if not items: empty += 1
    elif not 2 <= len(items) <= 5:
        errs.append(f"{nn}: {len(items)} items")
    for i, it in enumerate(items):
        if set(it) != {"owners", "task", "keywords", "due"}:
            errs.append(f"{nn}#{i}: bad keys")
        if not any(o.lower() in low for o in it["owners"]):
            errs.append(f"{nn}#{i}: no owner form in note")
        if len(it["keywords"]) < 1:
            errs.append(f"{nn}#{i}: no keywords")
        names = [w.lower() for o in it["owners"] for w in re.split(r"[\s.@]+", o) if len(w) > 2]
        for k in it["keywords"]:
            if k.lower() not in low:
                errs.append(f"{nn}#{i}: keyword '{k}' not in note")
            if any(w in k.lower().split() for w in names):
                errs.append(f"{nn}#{i}: keyword '{k}' holds owner name")
            if len(k.split()) > 3:
                errs.append(f"{nn}#{i}: keyword '{k}' too long")
        d = it["due"]
        if d is not None:
            if not DATE.match(d): errs.append(f"{nn}#{i}: bad due {d}")
            elif d < md: errs.append(f"{nn}#{i}: due {d} before meeting {md}")
print(f"notes=18 items={total} empty_notes={empty}")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
