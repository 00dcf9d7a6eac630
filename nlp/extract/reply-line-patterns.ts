/**
 * Line patterns for reply extraction. Mail clients mark quoted history, forwards and signatures
 * in many languages; the lists below cover the clients our debtors use (Outlook, Gmail, Apple
 * Mail, mobile clients) in Dutch, English, German and French, plus the other languages of the
 * shared reply-trimming corpus. Compiled once at module load: extraction runs per message.
 */

/** Verbs a client puts in "On <date>, <name> wrote:" attribution lines. */
const WROTE =
  '(?:wrote|writes|schreef|geschreven|schrieb|a\\s+écrit|escribió|escreveu|ha\\s+scritto|skrev|napisał(?:\\(a\\))?|написал[аи]?|пише|写道|kirjoitti)';

/** The verb and, at the end, a colon (or the verb itself, e.g. "wrote ----" once dashes are gone). */
export const ATTRIBUTION_VERB = new RegExp(`(?:^|[\\s"'>])${WROTE}(?:\\s|$|:|：)`, 'iu');
export const ATTRIBUTION_END = new RegExp(`(?:[:：]|${WROTE})\\s*$`, 'iu');

/**
 * Evidence that an attribution line is about a message (a date, a time or an address), so that a
 * debtor writing "as I wrote:" is not mistaken for quoted history.
 */
export const ATTRIBUTION_EVIDENCE = /@|\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\d{4}年/u;

/** Lines that may open an attribution that wraps over several lines. */
export const ATTRIBUTION_START =
  /^(?:(?:on|op|am|le|el|em|il|den|dnia|at)\b|\d|[^\s<]+(?:\s+[^\s<]+){0,5}\s+<[^>]*$)|<[^>]*$/iu;

/** Gmail's numeric style: "2016-03-03 17:21 GMT+01:00 Some One" or "2013/7/20 sam <a@b.c>". */
export const NUMERIC_DATE_ATTRIBUTION =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.{0,200}(?:\bGMT\b|<[^>\s]+@[^>\s]+>:?$)/u;

/** Separators in front of an original or forwarded message, in the languages we meet. */
export const ORIGINAL_MESSAGE =
  /^(?:original message|oorspronkelijk bericht|origineel bericht|ursprüngliche nachricht|originalnachricht|mensaje original|message d'origine|message original|messaggio originale|forwarded message|doorgestuurd bericht|weitergeleitete nachricht|message transféré|mensaje reenviado|begin forwarded message|begin doorgestuurd bericht|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:?$/iu;

/** Header names of an embedded (Outlook-style) header block, with optional *bold* markers. */
export const HEADER_LINE =
  /^\s*\*?\s*(?:from|van|von|de|da|från|fra|od|от|sent|verzonden|verstuurd|gesendet|envoyé|enviado|inviato|skickat|sendt|date|datum|data|fecha|to|aan|an|à|a|para|till|til|do|кому|cc|bcc|reply-to|antwoord aan|antwort an|répondre à|risposta|subject|onderwerp|betreff|objet|asunto|oggetto|ämne|emne|temat|assunto|тема)\s*:\s*\*?/iu;

/** A line made only of separator characters ("--", "____", "=====", "* * *"). */
export const DELIMITER_LINE = /^\s*[-_=*#~+•·—–]{2,}[-_=*#~+•·—–\s]*$/u;

/** The RFC 3676 signature separator "-- " (often sent without the trailing space). */
export const SIGNATURE_SEPARATOR = /^--\s?$/u;

/** Lines that only hold invisible tracking characters (Gmail's "ᐧ") count as empty. */
export const INVISIBLE_LINE = /^(?:\s|\u1427|\u200b|\u200c|\u200d|\ufeff)*$/u;

/** Quoted lines: "> text", "Name> text" (supercite) and ">text". */
export const QUOTE_LINE = /^\s*(?:[A-Za-z]{1,12})?>/u;

/** Code fences keep their content: a "####" inside code is not a separator. */
export const CODE_FENCE = /^\s*(?:```|~~~)/u;

/** Words that make a "Sent from ..." line a device footer rather than a sentence about a payment. */
const DEVICE =
  '(?:iphone|ipad|ipod|android|mobile|mobiel|mobilgerät|phone|telefoon|handy|cell|galaxy|samsung|blackberry|outlook|airmail|mailbox|yahoo|windows|device|apparaat|tablet|gmail|k-9|proton|huawei|pixel|\\[mail\\]|mail\\b)';

/** "Sent from my iPhone" and friends: one line each, removed where they stand. */
export const MOBILE_SIGNATURE_LINE = new RegExp(
  [
    `^\\(?<{0,2}\\s*(?:sent|envoyé|verzonden|verstuurd|gesendet|enviado|inviato|sendt|skickat)\\s+(?:from|with|by|via|on|depuis|avec|vanaf|van|met|mit|von|desde|con|da|fra|från)\\b(?=.{0,60}${DEVICE}).{0,120}$`,
    '^\\(?sent (?:from|via) (?:a |my )?[^€$]{1,25}\\)?$',
    '^von meinem .{1,60} gesendet\\.?$',
    '^diese nachricht wurde von meinem .{1,80} gesendet\\.?$',
    '^(?:\\S+\\s+){0,3}from (?:mobile|my (?:iphone|ipad|android|phone|mobile)).{0,20}$',
    '^(?:get|download) (?:\\[)?outlook for (?:ios|android).{0,80}$',
    '^(?:outlook|mail) (?:voor|for|für) (?:ios|android).{0,80}$',
    '^<<\\s*sent by .{1,40}>>$',
    '^從我的 .{1,30} 傳送$',
    '^发自我的.{1,30}$',
  ].join('|'),
  'iu',
);

/** Short "sent from" lines must not swallow a sentence about a payment ("Sent from our account"). */
export const PAYMENT_WORDS = /account|rekening|bank|betaal|betaling|payment|paid|€|eur\b/iu;

/**
 * Closing phrases. We keep the closing and the name under it (a reader expects "Met vriendelijke
 * groet, Jan") but drop the signature block that follows: titles, addresses, phone numbers.
 */
export const VALEDICTION_LINE =
  /^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|zonnige)\s+groet(?:en)?|^\s*(?:mvg|m\.v\.g\.|groet(?:en|jes)?|gr\.?)[\s,.!]*$|^\s*(?:kind|best|warm|warmest|kindest)\s+regards|^\s*regards[\s,.!]*$|^\s*(?:yours\s+)?sincerely|^\s*(?:mit\s+)?(?:freundlichen|besten|herzlichen|liebe|viele)\s+grü(?:ß|ss)e|^\s*(?:cordialement|bien\s+(?:à|a)\s+vous|salutations|bien\s+cordialement)/iu;

/** Legal footers: cut from the paragraph that states them. */
export const DISCLAIMER =
  /\b(?:this\s+(?:e-?mail|message|communication)\b.{0,120}\b(?:confidential|privileged|intended\s+(?:solely|only)?)|intended\s+recipient|received\s+this\s+(?:e-?mail|message)\s+in\s+error|(?:dit|deze)\s+(?:e-?mail(?:bericht)?|bericht)\b.{0,120}\b(?:vertrouwelijk|uitsluitend\s+bestemd|geadresseerde)|geen\s+rechten\s+(?:worden\s+|kunnen\s+worden\s+)?ontleend|aan\s+(?:de\s+inhoud\s+van\s+)?dit\s+bericht\s+kunnen\s+geen\s+rechten|diese\s+(?:e-?mail|nachricht)\b.{0,120}\bvertraulich|ce\s+(?:message|courriel|e-?mail)\b.{0,120}\bconfidenti|^disclaimer\b)/isu;
