#!/usr/bin/env python3
"""Check gold files: owners/keywords verbatim in the note, dates valid ISO."""
import datetime, glob, json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
errs, nitems, nnotes = [], 0, 0
def iso(s):
    try: return datetime.date.fromisoformat(s).isoformat() == s
    except Exception: return False
for jp in sorted(glob.glob(os.path.join(here, "[0-9][0-9].json"))):
    n = os.path.basename(jp)[:2]; nnotes += 1
    tp = os.path.join(here, n + ".txt")
    if not os.path.exists(tp): errs.append(f"{n}: missing txt"); continue
    text = open(tp, encoding="utf-8").read()
    g = json.load(open(jp, encoding="utf-8"))
    if not iso(g.get("meetingDate", "")): errs.append(f"{n}: bad meetingDate")
    if not g.get("poster"): errs.append(f"{n}: no poster")
    for k, it in enumerate(g.get("items", [])):
        nitems += 1
        if not it.get("owners") or not it.get("task") or not it.get("keywords"):
            errs.append(f"{n}[{k}]: missing field")
        for o in it.get("owners", []):
            if o not in text: errs.append(f"{n}[{k}]: owner {o!r} not in note")
        for kw in it.get("keywords", []):
            if kw not in text: errs.append(f"{n}[{k}]: keyword {kw!r} not in note")
        d = it.get("due")
        if d is not None and not iso(d): errs.append(f"{n}[{k}]: bad due {d!r}")
        if d is not None and iso(g.get("meetingDate","")) and d < g["meetingDate"]:
            errs.append(f"{n}[{k}]: due before meeting")
for e in errs: print("FAIL", e)
print(f"{nnotes} notes, {nitems} items, {len(errs)} errors")
sys.exit(1 if errs else 0)
