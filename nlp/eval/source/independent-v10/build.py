#!/usr/bin/env python3
"""Build + validate independent-v10.jsonl from src/*.txt.
Source format: records start with a line
  @@ <lang> | <chat|email|quoted> | <reason> | <secondary comma-separated or ->
followed by the reply text (until next @@ line). Trailing blank lines stripped."""
import glob, json, random, re, sys, collections
ORDER = ["auto_reply","dispute","missing_po","already_paid","liquidity","forgotten",
         "promise_to_pay","invoice_request","wrong_contact","other"]
RANK = {r:i for i,r in enumerate(ORDER)}
LANGS = {"nl","en","de","fr"}
rows, errs = [], []
for fn in sorted(glob.glob("/work/blind24/src/*.txt")):
    cur = None
    for ln, line in enumerate(open(fn, encoding="utf-8").read().split("\n"), 1):
        if line.startswith("@@"):
            if cur: rows.append(cur)
            parts = [p.strip() for p in line[2:].split("|")]
            if len(parts) != 4:
                errs.append(f"{fn}:{ln} bad header {line!r}"); cur=None; continue
            lang, ch, reason, sec = parts
            sec = [] if sec in ("-","") else [s.strip() for s in sec.split(",")]
            cur = dict(src=f"{fn.split('/')[-1]}:{ln}", lang=lang, ch=ch, reason=reason, sec=sec, lines=[])
        elif cur is not None:
            cur["lines"].append(line)
    if cur: rows.append(cur)
out, seen = [], set()
for r in rows:
    text = "\n".join(r["lines"]).strip("\n").rstrip()
    where = r["src"]
    if r["lang"] not in LANGS: errs.append(f"{where} lang {r['lang']}")
    if r["ch"] not in ("chat","email","quoted"): errs.append(f"{where} channel {r['ch']}")
    if r["reason"] not in RANK: errs.append(f"{where} reason {r['reason']}")
    for s in r["sec"]:
        if s not in RANK: errs.append(f"{where} secondary {s}")
        elif r["reason"] in RANK and RANK[s] <= RANK[r["reason"]]: errs.append(f"{where} secondary {s} not below {r['reason']}")
    if [RANK.get(s,99) for s in r["sec"]] != sorted(RANK.get(s,99) for s in r["sec"]): errs.append(f"{where} secondary not in order")
    if len(set(r["sec"])) != len(r["sec"]): errs.append(f"{where} dup secondary")
    if not text: errs.append(f"{where} empty text")
    key = re.sub(r"\s+"," ",text.lower())
    if key in seen: errs.append(f"{where} duplicate text")
    seen.add(key)

    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8})\b", text):
        ib = m.group(1).replace(" ","")
        if len(ib) < 15: continue
        num = "".join(str(int(c,36)) for c in ib[4:]+ib[:4])
        if int(num) % 97 == 1: errs.append(f"{where} IBAN with valid check digits: {m.group(1)}")
    if r["ch"] == "quoted":
        if not re.search(r"(schreef|geschreven|wrote:|schrieb|a écrit|^Van:|^From:|^Von:|^De ?:|Original Message|Oorspronkelijk bericht|Ursprüngliche Nachricht|Message d'origine|Doorgestuurd|Forwarded)", text, re.M|re.I):
            errs.append(f"{where} quoted without header")
    out.append({"text":text,"reason":r["reason"],"secondary":r["sec"],"language":r["lang"],
                "channel":"chat" if r["ch"]=="chat" else "email","quoted":r["ch"]=="quoted"})
random.Random(20261206).shuffle(out)
cnt = collections.Counter()
final = []
for o in out:
    cnt[o["language"]] += 1
    final.append({"id":f"v10-{o['language']}-{cnt[o['language']]}", **o})
with open("/work/blind24/independent-v10.jsonl","w",encoding="utf-8") as f:
    for o in final: f.write(json.dumps(o, ensure_ascii=False)+"\n")
print("rows", len(final))
comp = collections.Counter((o["language"], "chat" if o["channel"]=="chat" else ("email-quoted" if o["quoted"] else "email-plain")) for o in final)
print("composition:")
for l in ["nl","en","de","fr"]:
    print(" ", l, {k: comp[(l,k)] for k in ["chat","email-quoted","email-plain"]}, sum(comp[(l,k)] for k in ["chat","email-quoted","email-plain"]))
lab = collections.Counter((o["language"], o["reason"]) for o in final)
print("labels (primary) per language:")
print("  %-15s %4s %4s %4s %4s %5s %5s" % ("reason","nl","en","de","fr","total","+sec"))
secc = collections.Counter(s for o in final for s in o["secondary"])
for r in ORDER:
    print("  %-15s %4d %4d %4d %4d %5d %5d" % (r, lab[("nl",r)], lab[("en",r)], lab[("de",r)], lab[("fr",r)], sum(lab[(l,r)] for l in LANGS), secc[r]))
print("rows with secondary:", sum(1 for o in final if o["secondary"]))
if errs:
    print("ERRORS:"); [print(" ",e) for e in errs]; sys.exit(1)
print("OK")
