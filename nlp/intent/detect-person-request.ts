import { tokenizeText } from '../classifier/tokenize-text.ts';

/**
 * Asking for a person in words, in nl/en/de/fr, on the normalised text (tokenizeText: lower case,
 * no diacritics, umlauts folded, apostrophes kept: "m'appeler"). Phrased as requests, so that "I
 * called you yesterday" or "bel ons gerust" from our own reminder do not count.
 */
const PERSON_REQUEST = new RegExp(
  [
    // Dutch
    String.raw`\b(?:kan|kunt|kun|wil|zou|mag) (?:er )?(?:iemand|u|je|jullie)(?: \w+){0,2} (?:mij|me|ons) (?:\w+ ){0,2}(?:bellen|terugbellen|opbellen|helpen)`,
    String.raw`\bbel (?:mij|me)\b`,
    String.raw`\b(?:mij|me) (?:even |ff |graag |aub |svp )?(?:terug )?(?:bellen|terugbellen)`,
    String.raw`\b(?:iemand|een medewerker|een mens|een persoon|een echt mens|een echte persoon) (?:\w+ ){0,2}(?:spreken|bellen|aan de lijn)`,
    String.raw`\b(?:met|naar) (?:iemand|een medewerker|een mens|een persoon|een echt mens|een echte persoon) (?:\w+ ){0,2}(?:spreken|praten|bellen)`,
    String.raw`\b(?:terugbelverzoek|teruggebeld worden|graag teruggebeld)`,
    // English
    String.raw`\b(?:can|could|would|will|may) (?:someone|somebody|anyone|you|one of you)(?: please)? (?:call|phone|ring|contact) (?:me|us)\b`,
    String.raw`\b(?:call|phone|ring) (?:me|us) (?:back|asap|please|pls|today|tomorrow|on)\b`,
    String.raw`\b(?:please|pls|plz) (?:call|phone|ring) (?:me|us)\b`,
    String.raw`\bgive (?:me|us) a (?:call|ring)\b`,
    String.raw`\b(?:speak|talk|chat) (?:to|with) (?:a |an )?(?:real |actual |human )?(?:person|human|someone|somebody|agent|representative|member of staff|colleague)\b`,
    String.raw`\b(?:request|want|like) a call ?back\b`,
    // German
    String.raw`\b(?:kann|koennte|koennen|wuerde) (?:mich|uns) (?:bitte )?(?:jemand|einer|ein mitarbeiter|jemand von ihnen|sie) (?:bitte )?(?:anrufen|zurueckrufen)`,
    String.raw`\brufen sie (?:mich|uns) (?:bitte )?(?:an|zurueck)\b`,
    String.raw`\b(?:mit|einen) (?:jemandem|einem menschen|einem mitarbeiter|einer mitarbeiterin|einer person|einem ansprechpartner) (?:\w+ ){0,2}(?:sprechen|reden|telefonieren)`,
    String.raw`\b(?:bitte um|wuensche|moechte) (?:einen )?rueckruf`,
    // French
    String.raw`\b(?:pouvez|pourriez|pourrait|peut|peux)(?: vous| il| on| tu)? (?:me|nous) (?:appeler|rappeler|telephoner)`,
    String.raw`\b(?:m'appeler|me rappeler|nous rappeler|m'appeller)\b`,
    String.raw`\b(?:appelez|rappelez)(?: moi| nous)\b`,
    String.raw`\bparler (?:a|avec) (?:quelqu'un|une personne|un conseiller|une conseillere|un humain|une vraie personne|un agent|un interlocuteur)`,
  ].join('|'),
);

/**
 * Whether the debtor asks, in their own words, for a person to call or talk to them ("kan iemand
 * mij bellen?", "can someone call me", "ich möchte mit jemandem sprechen", "pouvez-vous
 * m'appeler"). The application hands such a message to a person, whatever its reason.
 */
export function detectPersonRequest(text: string): boolean {
  const normalised = tokenizeText(text)
    .map((token) => token.norm)
    .join(' ');
  return PERSON_REQUEST.test(normalised);
}
