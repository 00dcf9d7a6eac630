"""Check independent-v4.jsonl and print counts per language x label."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.normpath(os.path.join(HERE, "..", "..", "independent-v4.jsonl"))
ORDER = ["auto_reply", "dispute", "missing_po", "already_paid", "liquidity", "forgotten",
         "promise_to_pay", "invoice_request", "wrong_contact", "other"]
KEYS = {"id", "text", "reason", "secondary", "language", "channel", "quoted"}
LANGS = ["nl", "en", "de", "fr"]

errors, rows, ids = [], [], set()
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: does not parse: {e}"); continue
    rows.append(r)
    if set(r) != KEYS:
        errors.append(f"line {n}: keys {sorted(r)}")
    if r["id"] in ids:
        errors.append(f"line {n}: duplicate id {r['id']}")
    ids.add(r["id"])
    if r["reason"] not in ORDER:
        errors.append(f"{r['id']}: bad reason {r['reason']}")
    sec = r["secondary"]
    if any(s not in ORDER for s in sec):
        errors.append(f"{r['id']}: bad secondary {sec}")
    elif r["reason"] in ORDER:
        if r["reason"] in sec or len(set(sec)) != len(sec):
            errors.append(f"{r['id']}: secondary repeats {sec}")
        if [ORDER.index(s) for s in sec] != sorted(ORDER.index(s) for s in sec):
            errors.append(f"{r['id']}: secondary not in precedence order {sec}")
        if any(ORDER.index(s) < ORDER.index(r["reason"]) for s in sec):
            errors.append(f"{r['id']}: secondary {sec} outranks primary {r['reason']}")
    if r["language"] not in LANGS or not r["id"].startswith(f"v4-{r['language']}-"):
        errors.append(f"{r['id']}: language {r['language']}")
    if r["channel"] not in ("chat", "email") or (r["channel"] == "chat" and r["quoted"]):
        errors.append(f"{r['id']}: channel/quoted {r['channel']} {r['quoted']}")
    if not isinstance(r["quoted"], bool) or not r["text"].strip():
        errors.append(f"{r['id']}: quoted/text")
    if "{" in r["text"] and any(k in r["text"] for k in ("{inv}", "{amt}", "{contact}")):
        errors.append(f"{r['id']}: unfilled placeholder")

texts = collections.Counter(r["text"] for r in rows)
for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t[:60]!r}")

print(f"{len(rows)} rows, {len(errors)} errors")
for e in errors:
    print("  ERROR", e)

cnt = collections.Counter((r["reason"], r["language"]) for r in rows)
print("\nlanguage x primary reason")
print(f"{'reason':18}" + "".join(f"{l:>6}" for l in LANGS) + f"{'total':>7}")
for lab in ORDER:
    print(f"{lab:18}" + "".join(f"{cnt[lab, l]:>6}" for l in LANGS) + f"{sum(cnt[lab, l] for l in LANGS):>7}")
print(f"{'total':18}" + "".join(f"{sum(cnt[x, l] for x in ORDER):>6}" for l in LANGS) + f"{len(rows):>7}")

def kind(r):
    return "chat" if r["channel"] == "chat" else ("email quoted" if r["quoted"] else "email plain")
kc = collections.Counter((kind(r), r["language"]) for r in rows)
print("\nlanguage x channel/quoted")
for k in ("chat", "email quoted", "email plain"):
    print(f"{k:18}" + "".join(f"{kc[k, l]:>6}" for l in LANGS) + f"{sum(kc[k, l] for l in LANGS):>7}")

print("\nreplies with secondary reasons:")
for l in LANGS + ["all"]:
    sub = [r for r in rows if l == "all" or r["language"] == l]
    multi = [r for r in sub if r["secondary"]]
    two = sum(1 for r in multi if len(r["secondary"]) == 1)
    print(f"  {l}: {len(multi)} of {len(sub)} ({two} with two reasons, {len(multi) - two} with three or more)")
sc = collections.Counter(s for r in rows for s in r["secondary"])
print("secondary label counts:", {k: sc[k] for k in ORDER if sc[k]})
sys.exit(1 if errors else 0)
