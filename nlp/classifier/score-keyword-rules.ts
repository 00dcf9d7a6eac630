import { REASON_CODES, type ReasonCode } from '../../domain/reasons.ts';

/**
 * The rule baseline: weighted keyword patterns per reason over the normalised text (lower case,
 * diacritics folded, digits as 0). Written from domain knowledge, not from the corpus rows; kept
 * as the comparison point for the learned model (nlp/MODEL.md).
 */
const RULES: Readonly<Record<ReasonCode, readonly (readonly [RegExp, number])[]>> = {
  auto_reply: [
    [
      /\b(afwezig|out of (the )?office|automatic reply|automatisch antwoord|afwezigheidsmelding|abwesenheit|reponse automatique|automatische antwort)/,
      2,
    ],
    [/\b(met vakantie|on (annual )?leave|on holiday|en conges|im urlaub|nicht im buero|absent)\b/, 1],
    [
      /\b(ticket|ticketnummer|ticketnummer)\b.*\b(0|registered|geregistreerd|logged|enregistree|erfasst)/,
      1.5,
    ],
  ],
  dispute: [
    [/\b(niet eens|betwist|do not agree|don't agree|dispute|contest|conteste|widerspre|bestreit)/, 2],
    [/\b(beschadigd|kapot|defect|damaged|broken|faulty|endommage|beschaedigt)/, 1.5],
    [/\b(dubbel|twee keer|twice|duplicate|en double|doppelt)\b/, 1.5],
    [/\b(geannuleerd|opgezegd|cancelled|canceled|annule|storniert)/, 1.5],
    [/\b(klacht|complaint|reclamation|reklamation)/, 1.5],
    [
      /\b(klopt niet|onterecht|incorrect|wrong rate|not agreed|nooit afgesproken|never agreed|stimmt nicht|ne correspond pas)/,
      1,
    ],
    [/\b(nooit ontvangen|nooit geleverd|never received|jamais recu|nie erhalten)/, 1],
  ],
  missing_po: [
    [
      /\b(po|inkoopordernummer|inkoopnummer|inkooporder|purchase order|bestelnummer|bestellnummer|bon de commande|numero de commande)\b/,
      2,
    ],
    [/\b(kostenplaats|cost centre|cost center|kostenstelle|centre de cout|projectcode|project code)\b/, 1.5],
  ],
  already_paid: [
    [
      /\b(al betaald|reeds betaald|al voldaan|already paid|already been paid|was paid|been settled|deja (payee|regle)|bereits bezahlt|schon bezahlt)/,
      2.5,
    ],
    [/\b(betaalbewijs|proof of payment|remittance|preuve de paiement|zahlungsnachweis|bankafschrift)/, 1.5],
    [/\b(overgemaakt|transferred|afgeschreven|debited|abgebucht|ueberwiesen|virement)\b/, 0.8],
  ],
  liquidity: [
    [
      /\b(betalingsregeling|payment plan|termijnen|instalments?|installments?|raten|mensualites|echeancier|afbetal)/,
      2,
    ],
    [
      /\b(krap|liquiditeit|cash ?flow|tresorerie|liquiditaet|geen geld|no money|money is tight|financieel|financially)/,
      1.5,
    ],
    [
      /\b(uitstel|extension|more time|meer tijd|delai|aufschub|werkloos|unemployed|lost my job|arbeitslos)/,
      1.5,
    ],
  ],
  forgotten: [
    [/\b(vergeten|forgot|forgotten|oublie|vergessen)\b/, 2],
    [
      /\b(ontschoten|over het hoofd|overlooked|slipped|fell through|door de vingers|durchgerutscht|uebersehen|echappe)/,
      2,
    ],
    [/\b(goedkeuring|approval|sign.?off|validation|freigabe)\b/, 0.8],
  ],
  promise_to_pay: [
    [
      /\b(betaal|betalen|pay|paid|regler|zahlen|overmaken|transfer)\b.*\b(morgen|vrijdag|maandag|tomorrow|friday|monday|deze week|this week|demain|morgen|uiterlijk|by|before|voor|avant|bis)\b/,
      1.5,
    ],
    [
      /\b(betaalrun|payment run|betaalronde|zahlungslauf|cycle de paiement|ingepland|scheduled|programme|eingeplant)\b/,
      1.5,
    ],
  ],
  invoice_request: [
    [
      /\b(kopie|copy|duplicaat|duplicate|copie|specificatie|breakdown|specification|overzicht|statement|releve|aufstellung|kontoauszug)\b/,
      1.5,
    ],
    [/\b(opnieuw sturen|nogmaals|resend|send (it )?again|renvoyer|erneut|noch einmal)\b/, 1.5],
  ],
  wrong_contact: [
    [
      /\b(niet de juiste|verkeerde (persoon|adres)|wrong (person|email|address|company)|not the right|pas la bonne|falsche|nicht zustaendig)/,
      2,
    ],
    [
      /\b(werkt (hier )?niet meer|no longer works|has left|left the company|ne travaille plus|arbeitet .* nicht mehr|uit dienst|met pensioen|retired)/,
      2,
    ],
    [/\b(doorgestuurd|forwarded|transmis|weitergeleitet)\b/, 1],
  ],
  other: [],
};

/** Scores per reason in REASON_CODES order; a reason applies at score >= 1.5. */
export function scoreKeywordRules(normalisedText: string): number[] {
  return REASON_CODES.map((reason) =>
    RULES[reason].reduce(
      (score, [pattern, weight]) => (pattern.test(normalisedText) ? score + weight : score),
      0,
    ),
  );
}
