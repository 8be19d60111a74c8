#!/usr/bin/env python3
"""Compares fits in the jsonl with the intended keys, and flags services in fits whose
eligibility text mentions an age range that would exclude the question's age."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_directory as bd

OUT = bd.OUT
key_of = {s["id"]: s["_key"] for o in bd.ORGS for s in o["services"]}
svc = {s["_key"]: s for o in bd.ORGS for s in o["services"]}
intent = json.load(open(os.path.join(OUT, "_build", "intent.json")))
bad = 0
for line in open(os.path.join(OUT, "directory-questions.jsonl")):
    q = json.loads(line)
    got = sorted(key_of[i] for i in q["fits"])
    want = sorted(intent[q["id"]])
    if got != want:
        bad += 1
        print("INTENT MISMATCH", q["id"], "got", got, "want", want)
    age = q["conditions"].get("age")
    for k in got:
        el = svc[k]["eligibility_description"] or ""
        if age is not None and re.search(r"\d", el):
            print("  check eligibility age:", q["id"], k, repr(el), "age", age)
# age patterns found in descriptions
sys.path.insert(0, OUT)
import fits
for k, s in svc.items():
    if s.get("minimum_age") is None and s.get("maximum_age") is None:
        r = fits.age_range(s)
        if r != (None, None):
            print("desc age", k, r)
print("intent mismatches:", bad)
