#!/usr/bin/env python3
"""Check questions.jsonl facts against knowledge/ and notes/*.json gold files."""
import collections
import datetime
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, HERE)
from textutil import visible_text  # noqa: E402

errors, warnings = [], []
K = os.path.join(ROOT, "knowledge")
texts = {n: visible_text(os.path.join(K, n)).lower() for n in os.listdir(K)}

# JSON files in knowledge must parse
for n in os.listdir(K):
    if n.endswith(".json"):
        d = json.load(open(os.path.join(K, n)))
        if n == "calder-services-directory.json":
            svcs = d["services"]
            if not 20 <= len(svcs) <= 30:
                errors.append(f"{n}: {len(svcs)} services")
            for s in svcs:
                for key in ("id", "name", "description", "organization", "service_areas", "phones", "locations",
                            "eligibility_description", "fees_description", "languages", "schedules", "assured_date"):
                    if key not in s:
                        errors.append(f"{n}:{s.get('id')} missing {key}")

styles = collections.Counter()
ids = set()
two_in_one = 0
with open(os.path.join(ROOT, "questions.jsonl")) as f:
    for ln, line in enumerate(f, 1):
        r = json.loads(line)
        for key in ("id", "question", "answerable", "sources", "facts", "style"):
            if key not in r:
                errors.append(f"line {ln}: missing {key}")
        if r["id"] in ids:
            errors.append(f"dup id {r['id']}")
        ids.add(r["id"])
        styles[r["style"]] += 1
        if r["style"] in ("near-miss", "off-topic"):
            if r["answerable"] or r["sources"] or r["facts"]:
                errors.append(f"{r['id']}: unanswerable must have no sources/facts")
            continue
        if not r["answerable"]:
            errors.append(f"{r['id']}: should be answerable")
        if not (1 <= len(r["facts"]) <= 2):
            errors.append(f"{r['id']}: {len(r['facts'])} facts")
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        if r["style"] == "two-doc":
            if len(r["sources"]) != 2 or len(r["facts"]) != 2:
                errors.append(f"{r['id']}: two-doc needs 2 sources and 2 facts")
            pairs = list(zip(r["facts"], r["sources"]))
        else:
            pairs = [(fct, None) for fct in r["facts"]]
        for fct, src in pairs:
            nw = len(fct.split())
            if nw < 2 or nw > 8:
                warnings.append(f"{r['id']}: fact '{fct}' has {nw} words")
            cands = [src] if src else r["sources"]
            if not any(fct.lower() in texts.get(c, "") for c in cands):
                errors.append(f"{r['id']}: fact '{fct}' not found in {cands}")
        if r["style"] == "slack" and len(r["facts"]) == 2:
            two_in_one += 1

# notes
N = os.path.join(ROOT, "notes")
note_counts = {}
for jp in sorted(glob.glob(os.path.join(N, "*.json"))):
    base = os.path.basename(jp)[:-5]
    tp = os.path.join(N, base + ".txt")
    if not os.path.exists(tp):
        errors.append(f"notes/{base}.txt missing")
        continue
    note = open(tp, encoding="utf-8").read().lower()
    g = json.load(open(jp))
    datetime.date.fromisoformat(g["meetingDate"])
    if not g.get("poster"):
        errors.append(f"{base}: no poster")
    note_counts[base] = len(g["items"])
    for it in g["items"]:
        for key in ("owners", "task", "keywords", "due"):
            if key not in it:
                errors.append(f"{base}: item missing {key}")
        if it["due"] is not None:
            dd = datetime.date.fromisoformat(it["due"])
            if dd < datetime.date.fromisoformat(g["meetingDate"]):
                errors.append(f"{base}: due {dd} before meeting")
        if not 2 <= len(it["keywords"]) <= 3:
            warnings.append(f"{base}: {len(it['keywords'])} keywords")
        for kw in it["keywords"]:
            if kw.lower() not in it["task"].lower():
                errors.append(f"{base}: keyword '{kw}' not in gold task '{it['task']}'")
            if kw.lower() not in note:
                warnings.append(f"{base}: keyword '{kw}' not verbatim in note text")
            for o in it["owners"]:
                if kw.lower() in o.lower() or any(part.lower() == kw.lower() for part in o.split()):
                    errors.append(f"{base}: keyword '{kw}' is an owner name")
        for o in it["owners"]:
            if o.lower() not in note and o.split()[0].lower() not in note:
                warnings.append(f"{base}: owner '{o}' not seen in note")

print("question styles:", dict(styles), "total", sum(styles.values()))
print("slack two-in-one:", two_in_one)
print("notes:", note_counts, "no-item notes:", sum(1 for v in note_counts.values() if v == 0))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
