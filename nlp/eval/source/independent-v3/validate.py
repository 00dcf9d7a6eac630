#!/usr/bin/env python3
"""Validate independent-v3.jsonl and print counts."""
import json, sys, os
from collections import Counter

ORDER = ["auto_reply", "dispute", "missing_po", "already_paid", "liquidity", "forgotten",
         "promise_to_pay", "invoice_request", "wrong_contact", "other"]
LANGS = ["nl", "en", "de", "fr"]
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent-v3.jsonl")

errors, rows, ids = [], [], set()
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: does not parse: {e}"); continue
        if set(r) != {"id", "text", "reason", "secondary", "language", "channel", "quoted"}:
            errors.append(f"line {n}: keys {sorted(r)}")
        if r["id"] in ids: errors.append(f"line {n}: duplicate id {r['id']}")
        ids.add(r["id"])
        if not r["id"].startswith(f"v3-{r['language']}-"): errors.append(f"line {n}: id/language mismatch")
        if r["reason"] not in ORDER: errors.append(f"line {n}: bad reason {r['reason']}")
        sec = r["secondary"]
        if not isinstance(sec, list) or any(s not in ORDER for s in sec): errors.append(f"line {n}: bad secondary {sec}")
        elif r["reason"] in ORDER:
            if r["reason"] in sec: errors.append(f"line {n}: secondary contains primary")
            if len(set(sec)) != len(sec): errors.append(f"line {n}: duplicate secondary")
            idx = [ORDER.index(s) for s in sec]
            if idx != sorted(idx): errors.append(f"line {n}: secondary not in precedence order {sec}")
            if idx and min(idx) < ORDER.index(r["reason"]): errors.append(f"line {n}: primary {r['reason']} is not first by precedence over {sec}")
        if r["language"] not in LANGS: errors.append(f"line {n}: bad language")
        if r["channel"] not in ("email", "chat"): errors.append(f"line {n}: bad channel")
        if not isinstance(r["quoted"], bool): errors.append(f"line {n}: quoted not bool")
        if r["channel"] == "chat" and r["quoted"]: errors.append(f"line {n}: chat turn marked quoted")
        if not r["text"].strip() or "{" in r["text"] and ("{inv}" in r["text"] or "{amt}" in r["text"]):
            errors.append(f"line {n}: empty text or unfilled placeholder")
        rows.append(r)

print(f"{len(rows)} rows, {len(errors)} errors")
for e in errors: print("  ", e)

w = 16
print("\nlanguage x primary reason")
print("reason".ljust(w) + "".join(l.rjust(6) for l in LANGS) + "total".rjust(7))
c = Counter((r["language"], r["reason"]) for r in rows)
for lab in ORDER:
    print(lab.ljust(w) + "".join(str(c[(l, lab)]).rjust(6) for l in LANGS) + str(sum(c[(l, lab)] for l in LANGS)).rjust(7))
lc = Counter(r["language"] for r in rows)
print("total".ljust(w) + "".join(str(lc[l]).rjust(6) for l in LANGS) + str(len(rows)).rjust(7))

def kind(r):
    return "chat" if r["channel"] == "chat" else ("email quoted" if r["quoted"] else "email plain")
print("\nlanguage x channel/quoted")
kc = Counter((r["language"], kind(r)) for r in rows)
for k in ["chat", "email quoted", "email plain"]:
    print(k.ljust(w) + "".join(str(kc[(l, k)]).rjust(6) for l in LANGS) + str(sum(kc[(l, k)] for l in LANGS)).rjust(7))
print("\nchannel:", dict(Counter(r["channel"] for r in rows)), " quoted:", dict(Counter(r["quoted"] for r in rows)))
mc = Counter((r["language"], len(r["secondary"])) for r in rows)
print("\nreplies with secondary reasons (1 / 2 extra):")
for l in LANGS:
    print(f"  {l}: {mc[(l,1)] + mc[(l,2)]} of {lc[l]} ({mc[(l,1)]} with two reasons, {mc[(l,2)]} with three)")
tot = sum(1 for r in rows if r["secondary"])
print(f"  all: {tot} of {len(rows)} ({100*tot/len(rows):.0f}%)")
sc = Counter(s for r in rows for s in r["secondary"])
print("secondary label counts:", dict(sorted(sc.items(), key=lambda x: ORDER.index(x[0]))))
sys.exit(1 if errors else 0)
