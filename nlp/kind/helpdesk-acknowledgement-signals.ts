/**
 * Helpdesk and ticket-system acknowledgements ("your ticket has been created"): automatic answers
 * that often come without Auto-Submitted or Precedence headers. Phrased as the systems phrase
 * them (Zendesk, Freshdesk, Jira Service Management, TOPdesk, OTRS, ServiceNow, HubSpot) in our
 * four languages, in one place. A ticket number in a person's sentence is not enough. The
 * ticket-system reply marker ("##- Please type your reply above this line -##") counts, as issue
 * 16 asks: an agent answering through such a system is then
 * read as automatic and goes to a person instead of being answered automatically, which is the
 * safe side (an automatic answer to a ticket system starts a loop).
 */

/** A ticket or request number in the phrase: "#48213", "(12345)", "INC0012345", "nr. 2024-118". */
const NUMBER = String.raw`(?:\(?\s*(?:#|nr\.?|no\.?|n°|number|nummer|numéro)?\s*[a-z]{0,6}[-#]?\d[\w-]*\s*\)?\s+)?`;
const TICKET_EN = String.raw`(?:support\s+|service\s+|help\s*desk\s+)?(?:ticket|request|case|enquiry|inquiry|query|incident)`;
const TICKET_NL = '(?:support)?(?:ticket|melding|verzoek|aanvraag|vraag|incident|zaak)';
const TICKET_DE = '(?:support)?(?:ticket|anfrage|nachricht|meldung|vorgang|supportanfrage|serviceanfrage)';
const TICKET_FR = '(?:ticket|demande|requête|requete|message|incident)';

const PHRASES = [
  // English
  String.raw`\byour\s+${TICKET_EN}\s+${NUMBER}(?:has\s+been|was|is\s+now)\s+(?:created|received|logged|opened|registered|submitted|raised)`,
  String.raw`\b(?:a\s+(?:new\s+)?)?${TICKET_EN}\s+${NUMBER}has\s+been\s+(?:created|opened|logged|raised)\s+(?:for\s+(?:you|your)|on\s+your\s+behalf|with\s+(?:the\s+)?(?:id|number|reference))`,
  String.raw`\bwe(?:'ve|\s+have)\s+(?:received|logged|registered)\s+your\s+${TICKET_EN}\b`,
  String.raw`\b(?:this\s+is\s+an?\s+)?automat(?:ed|ic)\s+(?:acknowledg(?:e)?ment|confirmation\s+of\s+receipt|notification\s+that\s+we\s+(?:have\s+)?received)`,
  String.raw`\bthis\s+is\s+an?\s+automat(?:ed|ic)\s+(?:reply|response|message|e-?mail|notification)`,
  // Dutch
  String.raw`\b(?:uw|je|jouw)\s+${TICKET_NL}\s+${NUMBER}(?:is|werd)\s+(?:succesvol\s+|in\s+goede\s+orde\s+)?(?:aangemaakt|geregistreerd|ontvangen|vastgelegd|aangenomen|in\s+behandeling\s+genomen)`,
  String.raw`\b(?:er\s+is|we\s+hebben|wij\s+hebben)\s+(?:een\s+)?(?:ticket|melding|zaak)\s+${NUMBER}(?:voor\s+(?:u|je)\s+)?(?:aangemaakt|geregistreerd|geopend)`,
  String.raw`\b(?:uw|je|jouw)\s+(?:ticket|melding|referentie|dossier)nummer\s+(?:is|luidt)\b`,
  String.raw`\bdit\s+is\s+een\s+automatisch(?:e)?\s+(?:gegenereerde?\s+)?(?:ontvangstbevestiging|bevestiging|melding)`,
  String.raw`\bautomatische\s+ontvangstbevestiging`,
  // German
  String.raw`\bihre?\s+${TICKET_DE}\s+${NUMBER}(?:wurde|ist)\s+(?:erfolgreich\s+)?(?:erstellt|angelegt|eröffnet|registriert|erfasst|aufgenommen|(?:bei\s+uns\s+)?eingegangen)`,
  String.raw`\b(?:ein\s+)?ticket\s+${NUMBER}wurde\s+(?:für\s+sie\s+)?(?:erstellt|angelegt|eröffnet)`,
  String.raw`\b(?:ihre|die)\s+ticket-?nummer\s+(?:lautet|ist)\b`,
  String.raw`\bautomatische\s+eingangsbestätigung|\bdies\s+ist\s+eine\s+automatisch\s+(?:erstellte|generierte)\s+(?:nachricht|e-?mail|bestätigung)`,
  // French
  String.raw`\bvotre\s+${TICKET_FR}\s+${NUMBER}a\s+(?:bien\s+)?été\s+(?:créée?|reçue?|enregistrée?|ouverte?|prise?\s+en\s+compte|transmise?\s+à\s+notre\s+(?:service|équipe))`,
  String.raw`\b(?:un\s+)?ticket\s+${NUMBER}a\s+été\s+(?:créé|ouvert)`,
  String.raw`\bvotre\s+numéro\s+de\s+ticket\b`,
  String.raw`\baccusé\s+de\s+réception\s+automatique|\bceci\s+est\s+un\s+(?:message|e-?mail|courriel|accusé\s+de\s+réception)\s+automatique`,
  // Ticket-system reply markers (issue 16 counts them) and the wording of the classifier work's rules.
  String.raw`##-[^#\n]{3,120}-##`,
  String.raw`\b(?:reply|respond|antwoord|antwort|répondre|repondre|réponse|reponse)\s+(?:\S+\s+){0,3}(?:above|boven|oberhalb|au-dessus\s+de)\s+(?:this|deze|dieser|cette)\s+(?:line|lijn|regel|linie|zeile|ligne)`,
  String.raw`\byour\s+(?:support\s+)?(?:ticket|request|case|enquiry|inquiry)\s+(?:\S+\s+){0,3}(?:has\s+been|was|is)\s+(?:created|received|logged|registered|opened|submitted)`,
  String.raw`\bticket\s+#?\s*[\w-]*\d[\w-]*\s+(?:has\s+been|was|is)\s+(?:created|opened|logged|received)`,
  String.raw`\b(?:automatic|automated)\s+(?:acknowledge?ment|confirmation\s+of\s+receipt)`,
  String.raw`\b(?:uw|je)\s+(?:ticket|melding|aanvraag|verzoek)\s+(?:\S+\s+){0,4}(?:is|werd)\s+(?:aangemaakt|geregistreerd|ontvangen)`,
  String.raw`\bautomatische\s+ontvangstbevestiging`,
  String.raw`\bautomatische\s+(?:eingangsbestätigung|eingangsbestaetigung)`,
  String.raw`\bihre?\s+(?:ticket|anfrage|vorgang|meldung)\s+(?:\S+\s+){0,4}(?:wurde|ist)\s+(?:erstellt|angelegt|eingegangen|registriert|eröffnet|eroeffnet)`,
  String.raw`\baccusé\s+de\s+réception\s+automatique|\baccuse\s+de\s+reception\s+automatique`,
  String.raw`\bvotre\s+(?:ticket|demande|requête|requete)\s+(?:\S+\s+){0,4}a\s+(?:bien\s+)?(?:été|ete)\s+(?:créée?|creee?|enregistrée?|enregistree?|reçue?|recue?|ouverte?)`,
];

/** Acknowledgement phrases in a message body. */
// No 'u' flag: large alternations run far slower with it (see message-kind-signals.ts).
export const HELPDESK_ACKNOWLEDGEMENT = new RegExp(PHRASES.join('|'), 'i');

/** Subjects that ticket systems put on their acknowledgements. */
export const HELPDESK_ACKNOWLEDGEMENT_SUBJECT =
  /^\s*(?:\[[^\]]*\]\s*)?(?:(?:support\s+)?(?:ticket|request|case)\s+(?:#?\s*\d[\w-]*\s+)?(?:received|created|opened|logged)|we(?:'ve|\s+have)\s+received\s+your|ontvangstbevestiging|(?:ticket|melding)\s+(?:#?\s*\d[\w-]*\s+)?(?:ontvangen|aangemaakt|geregistreerd)|eingangsbestätigung|(?:ticket|anfrage)\s+(?:#?\s*\d[\w-]*\s+)?(?:erhalten|erstellt|eingegangen)|accusé\s+de\s+réception|(?:ticket|demande)\s+(?:#?\s*\d[\w-]*\s+)?(?:reçue?|créée?|enregistrée?))/i;

/**
 * Ticket systems put the ticket in the subject ("[Ticket #48213]", "[Case 120034]", "Request
 * received: ..."); a person answering our reminder does not.
 */
export const TICKET_SUBJECT =
  /\[(?:(?:ticket|case|request|incident|support|melding|aanvraag|anfrage|vorgang|demande)\s*(?:#|id:?|no\.?|nr\.?)?|#)\s*[a-z]{0,5}-?\d{3,}[\w-]*\]|\b(?:ticket|case|request)\s*(?:#|no\.?|number|id:?)\s*[\w-]*\d{3,}|\b(?:request|ticket|case)\s+(?:received|created|opened)\b/i;
