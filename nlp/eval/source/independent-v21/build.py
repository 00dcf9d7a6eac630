# Builds independent-v21.jsonl from hand-written rows in src/{nl,en,de,fr}.txt.
# The only generated content is the quoted earlier reminder under quoted e-mails (seed below).
import json, random
SEED = 2149
rnd = random.Random(SEED)
ORDER = ["auto_reply","dispute","missing_po","already_paid","liquidity","forgotten","promise_to_pay","invoice_request","wrong_contact","other"]
FIRMS = {"nl":["Hollands Glas B.V.","Kroon Schoonmaak","De Waal ICT","Brinkman Logistiek"],
 "en":["Ashdown Supplies Ltd","Kestrel IT Services","Meridian Cleaning","Oakfield Print"],
 "de":["Hansa Bürotechnik GmbH","Rheinland Gebäudeservice","Nordlicht IT","Weber Druck KG"],
 "fr":["Atelier Rivière SARL","Nettoyage Horizon","Provence Informatique","Imprimerie Duval"]}
SENDERS = ["Sanne de Graaf","Laura Mills","Katrin Vogel","Julie Marchal","Mark Evers","Tom Ridley","Jonas Adler","Paul Lemaire"]
def amt(lang,x):
    s=f"{x:,.2f}"
    if lang=="en": return "€"+s
    s=s.replace(",","X").replace(".",",").replace("X","." if lang!="fr" else " ")
    return ("€ "+s) if lang=="nl" else (s+" €")
import re
INVRE=re.compile(r"(?:factuur|invoice|Rechnung|facture)\s+(?:met nummer\s+)?([A-Z]{0,3}-?\d[\d-]{3,}\d)", re.I)
AMTRE=re.compile(r"€\s?\d[\d.,]*\d|\d[\d. ]*,\d{2}\s?€")
def reminder(lang, reply=""):
    m=INVRE.search(reply)
    inv=m.group(1) if m else f"{rnd.choice(['F','INV','RE','FA','2024-'])}{rnd.randint(1000,99999)}"
    a=amt(lang, rnd.randint(40,9000)+rnd.choice([0,0.5,0.95,0.2,0.75]))
    ma=AMTRE.search(reply)
    if ma and not re.search(r"rest|solde|remaining|difference|verschil|Differenz|deel|deposit|acompte|Anzahlung|Raten|termijn|instal|mensualit|per maand|a month|par mois", reply, re.I):
        a=ma.group(0).strip()
    d,mo=rnd.randint(1,20),rnd.randint(1,11)
    m2=mo+1 if d>14 else mo
    dd=f"{d:02d}-{mo:02d}-2024" if lang=="nl" else f"{d:02d}.{mo:02d}.2024" if lang=="de" else f"{d:02d}/{mo:02d}/2024"
    firm=rnd.choice(FIRMS[lang]); who=rnd.choice(SENDERS)
    d2=(d+rnd.randint(7,21)-1)%28+1
    sd=f"{d2:02d}-{m2:02d}-2024" if lang=="nl" else f"{d2:02d}.{m2:02d}.2024" if lang=="de" else f"{d2:02d}/{m2:02d}/2024"
    body={
     "nl":rnd.choice([f"Beste klant,\n\nVolgens onze administratie staat factuur {inv} van {a} nog open. De vervaldatum was {dd}. Wilt u het bedrag binnen 7 dagen overmaken?\n\nMet vriendelijke groet,\n{who}\n{firm}",
                      f"Geachte heer/mevrouw,\n\nHerinnering: factuur {inv} ({a}) is verlopen op {dd}. Heeft u al betaald, dan kunt u dit bericht negeren.\n\n{firm} | debiteurenbeheer",
                      f"Hallo,\n\nWe hebben nog geen betaling ontvangen voor {inv}. Openstaand: {a}, vervallen sinds {dd}.\nBetaal eenvoudig via de betaallink.\n\nGroet, {who}"]),
     "en":rnd.choice([f"Dear customer,\n\nOur records show that invoice {inv} for {a} is still outstanding. It was due on {dd}. Please arrange payment within 7 days.\n\nKind regards,\n{who}\n{firm}",
                      f"Hello,\n\nFriendly reminder: invoice {inv} ({a}) became overdue on {dd}. If you have already paid, please disregard this message.\n\n{firm} Credit Control",
                      f"Hi,\n\nWe haven't received payment for {inv} yet. Amount due: {a}, overdue since {dd}.\nYou can pay online via the link below.\n\nThanks, {who}"]),
     "de":rnd.choice([f"Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} über {a} noch offen. Fällig war sie am {dd}. Bitte überweisen Sie den Betrag innerhalb von 7 Tagen.\n\nMit freundlichen Grüßen\n{who}\n{firm}",
                      f"Guten Tag,\n\nZahlungserinnerung: Rechnung {inv} ({a}), fällig seit {dd}. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\n{firm}, Forderungsmanagement"]),
     "fr":rnd.choice([f"Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {a} reste impayée. Son échéance était le {dd}. Merci de procéder au règlement sous 7 jours.\n\nCordialement,\n{who}\n{firm}",
                      f"Bonjour,\n\nRappel : la facture {inv} ({a}) est échue depuis le {dd}. Si vous avez déjà réglé, merci de ne pas tenir compte de ce message.\n\n{firm} – Service recouvrement"])}[lang]
    style=rnd.choice(["gt","outlook","onwrote"])
    if style=="gt":
        hdr={"nl":f"Op {sd} om 09:{rnd.randint(10,59)} schreef {firm} <debiteuren@example.nl>:","en":f"On {sd} at 09:{rnd.randint(10,59)}, {firm} <accounts@example.com> wrote:",
             "de":f"Am {sd} um 09:{rnd.randint(10,59)} schrieb {firm} <buchhaltung@example.de>:","fr":f"Le {sd} à 09:{rnd.randint(10,59)}, {firm} <compta@example.fr> a écrit :"}[lang]
        return "\n\n"+hdr+"\n"+"\n".join("> "+l if l else ">" for l in body.split("\n"))
    if style=="outlook":
        h={"nl":("Van","Verzonden","Onderwerp","Herinnering factuur"),"en":("From","Sent","Subject","Payment reminder"),
           "de":("Von","Gesendet","Betreff","Zahlungserinnerung"),"fr":("De","Envoyé","Objet","Relance facture")}[lang]
        return f"\n\n-----Original Message-----\n{h[0]}: {firm}\n{h[1]}: {sd}\n{h[2]}: {h[3]} {inv}\n\n{body}"
    lead={"nl":"---- Oorspronkelijk bericht ----","en":"________________________________","de":"---- Ursprüngliche Nachricht ----","fr":"---- Message d'origine ----"}[lang]
    return f"\n\n{lead}\n{body}"
rows=[]; kinds={}
for lang in ["nl","en","de","fr"]:
    n=0
    for line in open(f"src/{lang}.txt",encoding="utf-8"):
        line=line.rstrip("\n")
        if not line.strip(): continue
        kind,reason,sec,ch,text=line.split("|",4)
        sec=[s for s in sec.split(",") if s]
        assert kind in ("deny","contrast","plain","other-hard"), line
        assert reason in ORDER and all(s in ORDER for s in sec), line
        # precedence check: primary must come first in ORDER among all reasons
        allr=[reason]+sec
        assert min(allr,key=ORDER.index)==reason, ("precedence",line)
        sec=sorted(set(sec),key=ORDER.index)
        n+=1; rid=f"v21-{lang}-{n:03d}"
        quoted = ch=="q"
        text=text.strip()
        if quoted: text=text+reminder(lang,text)
        rows.append({"id":rid,"text":text,"reason":reason,"secondary":sec,"language":lang,
                     "channel":"chat" if ch=="c" else "email","quoted":quoted})
        kinds[rid]=kind
with open("independent-v21.jsonl","w",encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
json.dump(kinds,open("independent-v21.kinds.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
from collections import Counter
print(len(rows))
for k in ["reason","language","channel","quoted"]: print(k,dict(Counter(r[k] for r in rows)))
print("kind",dict(Counter(kinds.values())))
print("reason x lang"); c=Counter((r["reason"],r["language"]) for r in rows)
for lab in ORDER: print(" ",lab,[c[(lab,l)] for l in ["nl","en","de","fr"]])
print("with secondary",sum(1 for r in rows if r["secondary"]))
