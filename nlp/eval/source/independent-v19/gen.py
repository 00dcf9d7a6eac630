#!/usr/bin/env python3
"""Builds independent-v19.jsonl / .kinds.json from the hand-written rows in rows_{lang}.txt.
Row format: kind|reason|secondary|ch|text   (kind d/c/s/p/o; ch c=chat, e=email body to be wrapped
with greeting+sign-off, E=email used verbatim). Quoting of earlier reminders is added here.
Seed: 19 (random.Random(19))."""
import json, random, re, collections
R = random.Random(19)
BASE = '/work/blind47/'
KIND = dict(d='deny', c='contrast', s='several', p='plain', o='other-hard')
LAB = dict(fo='forgotten', li='liquidity', di='dispute', po='missing_po', ap='already_paid',
           pp='promise_to_pay', ir='invoice_request', wc='wrong_contact', au='auto_reply', ot='other')
ORDER = ['auto_reply','dispute','missing_po','already_paid','liquidity','forgotten','promise_to_pay',
         'invoice_request','wrong_contact','other']

CRED = {  # creditor firms sending the reminders
 'nl': [('Van Rijn Installatietechniek','vanrijn-installatie.nl'),('Drukkerij Hofstede','drukkerijhofstede.nl'),
        ('Schoonmaakbedrijf Klaassen','klaassen-schoonmaak.nl'),('Bosman ICT Diensten','bosman-ict.nl'),
        ('Hoveniersbedrijf De Linde','hoveniersdelinde.nl'),('Transportbedrijf Veenstra','veenstra-transport.nl')],
 'en': [('Ashford Electrical Ltd','ashford-electrical.co.uk'),('Clearview Cleaning Services','clearviewcleaning.ie'),
        ('Kingsley IT Solutions','kingsley-it.com'),('Marlow Print & Design','marlowprint.co.uk'),
        ('Redwood Facilities Group','redwoodfacilities.eu')],
 'de': [('Hartmann Gebäudetechnik GmbH','hartmann-gt.de'),('Druckerei Vogel','druckerei-vogel.de'),
        ('Reinigungsservice Bauer','bauer-reinigung.de'),('Lindner IT-Service','lindner-it.de'),('Spedition Haas','spedition-haas.at')],
 'fr': [('Électricité Bernard SARL','bernard-elec.fr'),('Imprimerie Caron','imprimerie-caron.fr'),
        ('Nettoyage Pro Services','nettoyagepro.fr'),('Dupuis Informatique','dupuis-info.fr'),('Transports Lemaire','lemaire-transports.be')],
}
MON = {'nl':['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december'],
       'en':['January','February','March','April','May','June','July','August','September','October','November','December'],
       'de':['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
       'fr':['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']}
WD = {'nl':['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'],
      'en':['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
      'de':['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
      'fr':['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche']}
import datetime as DT

def money(lang, v):
    s = f"{v:,.2f}"
    if lang == 'en': return '€' + s
    s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang != 'fr' else '\u202f')
    return ('€ ' + s) if lang == 'nl' else (s + ' €')

def dstr(lang, d, long=True):
    if lang == 'de' and not long: return d.strftime('%d.%m.%Y')
    if not long: return d.strftime('%d-%m-%Y') if lang == 'nl' else d.strftime('%d/%m/%Y')
    return f"{d.day} {MON[lang][d.month-1]} {d.year}" if lang != 'de' else f"{d.day}. {MON[lang][d.month-1]} {d.year}"

def invno():
    y = R.choice(['2026', '26'])
    f = R.choice(['F{y}-{n:04d}', 'INV-{n6}', '{y}/{n:04d}', 'RE-{y}-{n5}', 'FA-{y}-{n:04d}', '{y}{n:05d}', 'D{n6}'])
    return f.format(y=y, n=R.randint(100, 9999), n5=f"{R.randint(1,99999):05d}", n6=R.randint(100000, 999999))

REM = {
 'nl': [
  "Geachte relatie,\n\nVolgens onze administratie is factuur {inv} van {invdate} ter hoogte van {amt} nog niet voldaan. De vervaldatum was {due}. Wij verzoeken u het bedrag binnen 7 dagen over te maken op {iban} onder vermelding van het factuurnummer.\n\nHeeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n{cred}\nAfdeling debiteuren",
  "Beste klant,\n\nEen vriendelijke herinnering: factuur {inv} ({amt}) staat nog open. U kunt eenvoudig betalen via {link}\n\nGroet,\n{cred}",
  "TWEEDE HERINNERING\n\nOndanks onze eerdere herinnering hebben wij de betaling van factuur {inv} ({amt}, vervallen op {due}) nog niet ontvangen. Wij verzoeken u dringend het openstaande bedrag binnen 5 werkdagen te voldoen. Bij uitblijven van betaling zijn wij genoodzaakt incassokosten in rekening te brengen.\n\n{cred}",
  "Betalingsherinnering\nFactuurnummer: {inv}\nFactuurdatum: {invdate_s}\nOpenstaand bedrag: {amt}\nVervaldatum: {due_s}\n\nBetaal direct: {link}\nVragen? Antwoord op deze e-mail of gebruik de chat op de betaalpagina.",
 ],
 'en': [
  "Dear customer,\n\nOur records show that invoice {inv} dated {invdate} for {amt} remains unpaid. Payment was due on {due}. Please arrange payment within 7 days to {iban}, quoting the invoice number.\n\nIf you have already paid, please disregard this reminder.\n\nKind regards,\nCredit Control\n{cred}",
  "Hi,\n\nJust a friendly reminder that invoice {inv} ({amt}) is still outstanding. You can pay online here: {link}\n\nThanks,\n{cred}",
  "FINAL REMINDER\n\nDespite our previous reminder, payment of invoice {inv} ({amt}, due {due}) has not been received. Please settle the outstanding balance within 5 working days to avoid further collection costs.\n\n{cred} Accounts Receivable",
  "Payment reminder\nInvoice: {inv}\nInvoice date: {invdate_s}\nAmount due: {amt}\nDue date: {due_s}\n\nPay now: {link}\nQuestions? Reply to this email or use the chat on the payment page.",
 ],
 'de': [
  "Sehr geehrte Damen und Herren,\n\nlaut unserer Buchhaltung ist die Rechnung {inv} vom {invdate} über {amt} noch offen. Die Zahlung war am {due} fällig. Wir bitten Sie, den Betrag innerhalb von 7 Tagen auf {iban} zu überweisen.\n\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n{cred}\nDebitorenbuchhaltung",
  "Hallo,\n\nkurze Erinnerung: Die Rechnung {inv} ({amt}) ist noch nicht bezahlt. Sie können bequem online zahlen: {link}\n\nViele Grüße\n{cred}",
  "2. MAHNUNG\n\nTrotz unserer Zahlungserinnerung ist der Betrag aus Rechnung {inv} ({amt}, fällig am {due}) bei uns nicht eingegangen. Wir fordern Sie auf, den offenen Betrag binnen 5 Werktagen zu begleichen.\n\n{cred}",
  "Zahlungserinnerung\nRechnungsnummer: {inv}\nRechnungsdatum: {invdate_s}\nOffener Betrag: {amt}\nFällig seit: {due_s}\n\nJetzt bezahlen: {link}\nFragen? Antworten Sie auf diese E-Mail oder nutzen Sie den Chat auf der Zahlungsseite.",
 ],
 'fr': [
  "Madame, Monsieur,\n\nSauf erreur de notre part, la facture {inv} du {invdate} d'un montant de {amt} reste impayée. Son échéance était fixée au {due}. Nous vous remercions de bien vouloir procéder au règlement sous 7 jours sur le compte {iban}.\n\nSi votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce courrier.\n\nCordialement,\n{cred}\nService recouvrement",
  "Bonjour,\n\nPetit rappel : la facture {inv} ({amt}) n'est pas encore réglée. Vous pouvez payer en ligne ici : {link}\n\nBien à vous,\n{cred}",
  "DEUXIÈME RELANCE\n\nMalgré notre précédent rappel, nous n'avons pas reçu le règlement de la facture {inv} ({amt}, échue le {due}). Nous vous prions de régler ce montant sous 5 jours ouvrés afin d'éviter des frais de recouvrement.\n\n{cred}",
  "Rappel de paiement\nFacture n° : {inv}\nDate de facture : {invdate_s}\nMontant dû : {amt}\nÉchéance : {due_s}\n\nPayer maintenant : {link}\nDes questions ? Répondez à cet e-mail ou utilisez le chat de la page de paiement.",
 ],
}

FRA=['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']
def header(style, lang, d, who, mail, to, subj):
    hh, mm = R.randint(7, 17), R.choice([2, 9, 14, 21, 33, 40, 47, 55])
    wd = d.weekday()
    short = {'nl':['ma','di','wo','do','vr','za','zo'],'en':['Mon','Tue','Wed','Thu','Fri','Sat','Sun'],
             'de':['Mo','Di','Mi','Do','Fr','Sa','So'],'fr':['lun.','mar.','mer.','jeu.','ven.','sam.','dim.']}[lang][wd]
    smon = MON[lang][d.month-1][:3]
    if style == 'wrote':
        return {'nl': f"Op {short} {d.day} {smon}. {d.year} om {hh:02d}:{mm:02d} schreef {who} <{mail}>:",
                'en': R.choice([f"On {short}, {d.day} {MON['en'][d.month-1][:3]} {d.year} at {hh:02d}:{mm:02d}, {who} <{mail}> wrote:",
                                f"On {d.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}, {who} wrote:"]),
                'de': R.choice([f"Am {d.strftime('%d.%m.%Y')} um {hh:02d}:{mm:02d} schrieb {who} <{mail}>:",
                                f"Am {short}., {d.day}. {MON['de'][d.month-1]} {d.year} um {hh:02d}:{mm:02d} Uhr schrieb {who}:"]),
                'fr': f"Le {short} {d.day} {FRA[d.month-1]} {d.year} à {hh:02d}:{mm:02d}, {who} <{mail}> a écrit :"}[lang]
    # outlook block
    L = {'nl': ('Van','Verzonden','Aan','Onderwerp','-----Oorspronkelijk bericht-----'),
         'en': ('From','Sent','To','Subject','-----Original Message-----'),
         'de': ('Von','Gesendet','An','Betreff','-----Ursprüngliche Nachricht-----'),
         'fr': ('De ','Envoyé ','À ','Objet ','-------- Message d\'origine --------')}[lang]
    top = R.choice([L[4], '________________________________', ''])
    sent = f"{WD[lang][wd]} {dstr(lang, d)} {hh:02d}:{mm:02d}"
    lines = [f"{L[0]}: {who} <{mail}>", f"{L[1]}: {sent}", f"{L[2]}: {to}", f"{L[3]}: {subj}"]
    return ((top + '\n') if top else '') + '\n'.join(lines)

SUBJ = {'nl': ['Betalingsherinnering factuur {inv}', 'Herinnering: openstaande factuur {inv}', 'Tweede herinnering {inv}'],
        'en': ['Payment reminder – invoice {inv}', 'Reminder: invoice {inv} overdue', 'Final reminder {inv}'],
        'de': ['Zahlungserinnerung Rechnung {inv}', 'Erinnerung: offene Rechnung {inv}', '2. Mahnung {inv}'],
        'fr': ['Rappel de paiement – facture {inv}', 'Relance : facture {inv} impayée', 'Deuxième relance {inv}']}

def quote(lang, inv=None, amt=None):
    name, dom = R.choice(CRED[lang])
    inv = inv or invno()
    amt = amt if amt is not None else round(R.choice([R.uniform(35, 300), R.uniform(300, 2500), R.uniform(2500, 14000)]), 2)
    rd = R.choice([DT.date(2026, 11, 24) + DT.timedelta(days=i) for i in range(10) if (DT.date(2026, 11, 24) + DT.timedelta(days=i)).weekday() < 5])
    due = rd - DT.timedelta(days=R.randint(5, 40)); invd = due - DT.timedelta(days=R.choice([14, 30]))
    iban = R.choice(['NL', 'BE', 'DE']) + f"{R.randint(10,99)} " + ' '.join(f"{R.randint(0,9999):04d}" for _ in range(4))
    link = f"https://pay.{dom}/i/{R.randint(10**7, 10**8-1):x}"
    ti = R.randrange(len(REM[lang]))
    body = REM[lang][ti].format(inv=inv, amt=money(lang, amt), invdate=dstr(lang, invd), due=dstr(lang, due),
                                      invdate_s=dstr(lang, invd, False), due_s=dstr(lang, due, False), iban='IBAN ' + iban,
                                      link=link, cred=name)
    who = R.choice([name, name, 'noreply', {'nl':'Debiteurenbeheer','en':'Credit Control','de':'Buchhaltung','fr':'Service recouvrement'}[lang] + ' | ' + name])
    mail = R.choice(['debiteuren', 'facturen', 'noreply'] if lang == 'nl' else ['credit.control', 'accounts', 'noreply'] if lang == 'en'
                    else ['buchhaltung', 'mahnwesen', 'noreply'] if lang == 'de' else ['recouvrement', 'compta', 'noreply']) + '@' + dom
    subj = (SUBJ[lang][2] if ti == 2 else R.choice(SUBJ[lang][:2])).format(inv=inv)
    to = R.choice({'nl':['Administratie','info','Crediteuren','Financiën','Klant'],'en':['Accounts','info','Finance','Customer'],'de':['Buchhaltung','info','Kreditoren','Kunde'],'fr':['Comptabilité','contact','Service financier','Client']}[lang])
    hl = lang if R.random() > 0.1 else 'en'   # some mail clients run in English
    style = R.choice(['wrote', 'outlook'])
    h = header(style, hl, rd, who, mail, to, subj)
    if style == 'wrote':
        return h + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n')), style
    return h + '\n\n' + body, style

GREET = {'nl': ['Goedemorgen,', 'Beste,', 'Geachte heer/mevrouw,', 'Hallo,', 'Goedemiddag,', 'Beste debiteurenadministratie,', ''],
         'en': ['Hello,', 'Hi,', 'Dear Sir or Madam,', 'Good morning,', 'Hi there,', 'Dear Credit Control team,', ''],
         'de': ['Sehr geehrte Damen und Herren,', 'Hallo,', 'Guten Tag,', 'Guten Morgen,', 'Liebes Buchhaltungsteam,', ''],
         'fr': ['Bonjour,', 'Madame, Monsieur,', 'Bonjour Madame, Monsieur,', 'Bonsoir,', '']}
SIGN = {'nl': (['Met vriendelijke groet,', 'Groet,', 'Mvg,', 'Vriendelijke groeten,', 'Groetjes,'],
               ['Sandra Visser', 'Marco de Boer', 'Ingrid Kok', 'Bas Mulder', 'Esther Smits', 'Yusuf Aydın', 'Lotte Bakker', 'Henk Post', 'Priya Ramdin', 'Joost van Leeuwen'],
               ['', '', 'Administratie | Kapsalon Lisa', 'Crediteurenadministratie\nMeubelhuis Jorritsma B.V.', 'Bakkerij Vos', 'Financiële administratie\nGemeente Oosterwolde', 'Eigenaar, Fietsenwinkel De Spaak', 'Accounts Payable\nNordhaven Foods B.V.']),
        'en': (['Kind regards,', 'Best,', 'Regards,', 'Thanks,', 'Many thanks,', 'Cheers,'],
               ['Sarah Mitchell', 'James O\'Connor', 'Priya Shah', 'Liam Walsh', 'Emma Hughes', 'Daniel Okafor', 'Chloe Bennett', 'Mark Evans'],
               ['', '', 'Accounts Payable | Halden Foods Ltd', 'Office Manager, Birchwood Dental', 'Owner, The Copper Kettle Café', 'Finance Officer\nNorth Ridge Borough Council', 'Purchase Ledger\nCarrick Engineering Ltd']),
        'de': (['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße', 'MfG', 'Gruß'],
               ['Sabine Krüger', 'Thomas Becker', 'Ayşe Yılmaz', 'Michael Wagner', 'Julia Neumann', 'Stefan Hofmann', 'Lena Schuster'],
               ['', '', 'Kreditorenbuchhaltung\nBrenner Maschinenbau GmbH', 'Praxis Dr. Lehmann', 'Inhaber, Café Sonnenschein', 'Stadtverwaltung Ebersfeld – Finanzwesen']),
        'fr': (['Cordialement,', 'Bien cordialement,', 'Salutations,', 'Bien à vous,', 'Merci,'],
               ['Sophie Laurent', 'Nicolas Petit', 'Camille Moreau', 'Karim Benali', 'Julie Fontaine', 'Antoine Girard', 'Élodie Marchand'],
               ['', '', 'Comptabilité fournisseurs\nGroupe Rivière SAS', 'Cabinet Dentaire Leroy', 'Gérant, Boulangerie du Parc', 'Mairie de Saint-Aubin – Service financier'])}

def wrap(lang, body):
    g = R.choice(GREET[lang]); s, n, f = SIGN[lang]
    sig = R.choice(s) + '\n' + R.choice(n)   # no company line: a random firm could contradict the body
    if R.random() < 0.12: sig = R.choice(n).split()[0]
    return ((g + '\n\n') if g else '') + body + '\n\n' + sig

# invoice number / amount overrides for rows that name them, so the quoted reminder agrees
OVR = [('2026-0871', '2026-0871', 1245.30), ('2026-1140', '2026-1140', None), ('F-26-3310', 'F-26-3310', None),
       ('€ 389,00', None, 389.00), ('€2,310.00', None, 2310.00), ('1.870,00 €', None, 1870.00), ('1 870,00 €', None, 1870.00),
       ('412,50 €', None, 412.50), ('€ 74,95', None, 74.95), ('2026-331', '2026-331', None), ('26-1187', '26-1187', None),
       ('26-0455', '26-0455', None), ('€1,200', None, 1540.00), ('€ 640', None, 1920.00), ('40219', '40219', None), ('F2026-0934', 'F2026-0934', None)]

rows, kinds = [], {}
for lang in ['nl', 'en', 'de', 'fr']:
    raw = [l.rstrip('\n').split('|', 4) for l in open(BASE + f'src/rows_{lang}.txt', encoding='utf-8') if l.strip()]
    R.shuffle(raw)
    emails = [i for i, r in enumerate(raw) if r[3] in 'eE']
    # choose which e-mails carry a quoted reminder: ~51% of wrapped e-mails, ~15% of verbatim ones
    qset = set(i for i in emails if R.random() < (0.5 if raw[i][3] == 'e' else 0.15))
    for n, (k, rs, sec, ch, text) in enumerate(raw, 1):
        text = text.replace('\\n', '\n')
        rid = f"v19-{lang}-{n:03d}"
        reason = LAB[rs]; secondary = None if sec == '-' else LAB[sec]
        assert secondary != reason
        if secondary: assert ORDER.index(reason) < ORDER.index(secondary), rid
        quoted = False
        if ch in 'eE':
            if ch == 'e': text = wrap(lang, text)
            if n - 1 in qset:
                inv = amt = None
                for key, i2, a2 in OVR:
                    if key in text: inv, amt = i2 or inv, a2 if a2 is not None else amt
                q, _ = quote(lang, inv, amt)
                text = text + '\n\n' + q
                quoted = True
        rows.append(dict(id=rid, text=text, reason=reason, secondary=secondary, language=lang,
                         channel='chat' if ch == 'c' else 'email', quoted=quoted))
        kinds[rid] = KIND[k]

with open(BASE + 'independent-v19.jsonl', 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
json.dump(kinds, open(BASE + 'independent-v19.kinds.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
C = collections.Counter
print(len(rows)); print(C(r['reason'] for r in rows)); print(C(r['language'] for r in rows)); print(C(r['channel'] for r in rows))
print(C(r['quoted'] for r in rows)); print(C(kinds.values()))
