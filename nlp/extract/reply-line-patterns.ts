/**
 * Line patterns for reply extraction. Mail clients mark quoted history, forwards and signatures
 * in many languages; the lists below cover the clients our debtors use (Outlook, Gmail, Apple
 * Mail, mobile clients) in Dutch, English, German and French, plus the other languages of the
 * shared reply-trimming corpus. Compiled once at module load: extraction runs per message.
 */
import { DEVICE_WORDS, POSSESSIVES } from './device-footer-words.ts';
import { REPLY_HEADER_WORDS, type ReplyHeaderWords } from './reply-header-vocabulary.ts';

const LANGUAGES = Object.values(REPLY_HEADER_WORDS);
// Large alternations without \p{...} are compiled without the 'u' flag: V8 runs them up to ten
// times faster so (measured on FOOTER_FORM), and case folding of é, ä or Cyrillic still works.

/** One alternation of the table's entries, longest first, a space matching any white space. */
function alternation(pick: (words: ReplyHeaderWords) => readonly string[]): string {
  const entries = [...new Set(LANGUAGES.flatMap(pick))].sort((a, b) => b.length - a.length);
  return entries.map((entry) => entry.replace(/ /gu, '\\s+')).join('|');
}

/** Verbs a client puts in "On <date>, <name> wrote:" attribution lines. */
const WROTE = `(?:${alternation((words) => words.wrote)})`;

/** The verb and, at the end, a colon (or the verb itself, e.g. "wrote ----" once dashes are gone). */
export const ATTRIBUTION_VERB = new RegExp(`(?:^|[^\\p{L}])${WROTE}(?:\\s|$|:|：)`, 'iu');
export const ATTRIBUTION_END = new RegExp(`(?:[:：]|${WROTE})\\s*$`, 'i');

/** "Jan Jansen wrote:" with nothing else: an attribution only when a quote follows it. */
export const NAME_WROTE = new RegExp(`^[^\\s:]+(?:\\s+[^\\s:]+){0,5}\\s+${WROTE}\\s*[:：]$`, 'i');

/**
 * Evidence that an attribution line is about a message (a date, a time or an address), so that a
 * debtor writing "as I wrote:" is not mistaken for quoted history.
 */
export const ATTRIBUTION_EVIDENCE = /@|\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b|\d{4}年/u;

/** How an attribution opens: an opener word ("On", "Op", "W dniu") or a date ("04.11.2024", "pon., 4 lis"). */
const OPENING = `(?:${alternation((words) => words.openers)})(?=[\\s,])|\\d|(?:\\p{L}{2,12}\\.?,?\\s+){1,2}\\d`;
export const ATTRIBUTION_OPENING = new RegExp(`^(?:${OPENING})`, 'iu');

/** An attribution that opens with an opener word ("On", "Am", "Le"), not with a date. */
export const OPENER_WORD = new RegExp(`^(?:${alternation((words) => words.openers)})(?=[\\s,])`, 'iu');

/**
 * Lines that may open an attribution that wraps over several lines: an opening, or a name with an
 * address that is not closed.
 */
export const ATTRIBUTION_START = new RegExp(
  `^(?:${OPENING}|[^\\s<]+(?:\\s+[^\\s<]+){0,5}\\s+<[^>]*$)|<[^>]*$`,
  'iu',
);

/** Where an attribution starts inside a line that holds reply text too ("Thanks On <date> ..."). */
export const INLINE_ATTRIBUTION_START = new RegExp(
  `(?:\\s|-{2,})(?=(?:${alternation((words) => words.openers)})\\s)`,
  'gi',
);

/**
 * Gmail's numeric style: "2016-03-03 17:21 GMT+01:00 Some One" or "2013/7/20 sam <a@b.c>", also
 * with the address as list archives write it ("2013/7/20 sam <sam at b.c>:").
 */
export const NUMERIC_DATE_ATTRIBUTION =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.{0,200}(?:\bGMT\b|<[^>\s]+@[^>\s]+>:?$|<[^>\s]+\sat\s[^>\s]+\.[a-z]{2,}>:$)/u;

/**
 * Gmail's numeric style without the colon, with the address as an archive writes it or alone:
 * "2011/6/14 Jan <jan at x.nl>", "2010/3/23 <list-request at x.org>". Read as an attribution only
 * when a quote follows it (checked by the caller).
 */
export const NUMERIC_DATE_ADDRESS_NO_COLON =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s[^<>]{0,80}<[^<>\s@]{1,100}(?:@|\sat\s)[^<>\s]{1,100}>$/u;

/**
 * "Jan <jan at x.nl> wrote:": a bare attribution whose address an archive rewrote as "x at y",
 * right before the verb. An address in angle brackets is not what a debtor writes in a sentence.
 */
export const ARCHIVE_ADDRESS_WROTE = new RegExp(
  `^[^<>]{1,80}<[^<>\\s@]{1,100}\\sat\\s[^<>\\s]{1,100}>\\s+${WROTE}\\s*[:：]$`,
  'i',
);

/**
 * The attribution verb as a mail that lost its accented letters reads it ("a ?crit :",
 * "escribi?:"): each letter outside ASCII of the table's verbs may be "?" or U+FFFD. Only at the
 * end of the line, before the colon; the caller also wants an opening, a date or address and a
 * quote under it.
 */
export const ATTRIBUTION_END_LOST_LETTERS = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    ...new Set(
      LANGUAGES.flatMap((words) => words.wrote).filter(
        (entry) => /^[a-z\u00c0-\u024f ]+$/u.test(entry) && /[\u00c0-\u024f]/u.test(entry),
      ),
    ),
  ]
    .map((entry) => entry.replace(/[\u00c0-\u024f]/gu, '[?\\ufffd]').replace(/ /gu, '\\s+'))
    .join('|')})\\s*[:：]$`,
  'iu',
);

/**
 * Attributions without a verb that start with a date and end with the address and a colon:
 * Yandex "04.11.2024, 09:12, "Jan" <jan@x.nl>:", "Mon, Nov 4, 2024, 9:12 AM Jan <jan@x.nl>:", Gmail (ru) "пн, 4 нояб. 2024 г. в 09:12, Jan
 * <jan@x.nl>:", or with the time first: "11:00 AM, November 17, 2021, "Jan" <jan@x.nl>:". The time and
 * the address at the very end keep ordinary sentences out.
 */
export const DATED_ADDRESS_ATTRIBUTION =
  /^(?:[\p{L}\p{M}][\p{L}\p{M}'׳-]{1,11}\.?,?\s+){0,3}(?:\d{1,2}[:.]\d\d\b|\d.{0,120}\b\d{1,2}[:.]\d\d\b).{0,160}(?:<[^<>\s]+@[^<>\s]+>|\([^()\s]+@[^()\s]+\))\s*[:：]$/u;

/**
 * Attributions that name the sender by address and give no verb a debtor would write: Horde and
 * other webmail ("Quoting Jan <jan@x.nl>:", "Zitat von Jan <jan@x.de>:", "Citation de Jan
 * <jan@x.fr> :"), Mutt ("* Jan <jan@x.nl> [2026-03-03 14:22]:") once the "*" is gone, and
 * GroupWise (">>> Jan <jan@x.nl> 3/3/2026 2:22 PM >>>"). The address in angle brackets, right
 * before the colon or the date, keeps a sentence such as "Quoting your reminder:" out.
 */
export const ADDRESS_ATTRIBUTION =
  /^(?:(?:quoting|zitat\s+von|citation\s+de|citando(?:\s+a)?|citazione\s+di|citeert?|citeren|citaat\s+van|citerar|siterer|citerer|cytuj[eę]|cytat\s+z)\s+[^<>:]{0,60}<[^<>\s]+@[^<>\s]+>\s*[:：]|[^<>[\]]{0,60}<[^<>\s]+@[^<>\s]+>\s+\[[^\]]*\d[^\]]*\]\s*:)$/iu;
/**
 * News readers' attributions: "In article <id@host>, Jan <jan@x> wrote:" / "..., jan@x says..."
 * (the message id in angle brackets opens it) and Outlook Express's "Jan <jan@x> wrote in message
 * news:id@host..." (a message id after "wrote in message").
 */
export const NEWS_ATTRIBUTION =
  /^(?:in\s+article\s+<[^<>\s]+@[^<>\s]+>,\s.{1,120}\b(?:wrote|writes|says|said)\s*(?::|\.{3}|…)|.{1,100}\bwrote\s+in\s+(?:message|article)\s+(?:news:)?<?[^<>\s]+@[^<>\s]+>?\s*(?:\.{3}|…|:)?)$/iu;
export const GROUPWISE_ATTRIBUTION = /^\s*>>>\s.{1,120}<[^<>\s]+@[^<>\s]+>.{0,60}\d.{0,60}\s>>>\s*$/u;

/** Separators in front of an original or forwarded message, in the languages we meet. */
export const ORIGINAL_MESSAGE = new RegExp(`^(?:${alternation((words) => words.separators)})\\s*:?$`, 'i');

/**
 * The same separators as a mail that lost its accented letters reads them: archives and gateways
 * that turn what is not ASCII into "?" (or U+FFFD) print "-----Urspr?ngliche Nachricht-----", "ß"
 * as "??", and BlackBerry 10's em dashes around "Original Message" as "?". Only separators in a
 * Latin script with an ASCII letter left are read so; "?" alone stands for no word.
 */
export const ORIGINAL_MESSAGE_LOST_LETTERS = new RegExp(
  `^[?\\ufffd—–\\s]*(?:${[
    ...new Set(
      LANGUAGES.flatMap((words) => words.separators).filter((entry) =>
        /^[a-z\u00c0-\u024f' ]+$/u.test(entry),
      ),
    ),
  ]
    .map((entry) => entry.replace(/[\u00c0-\u024f]/gu, '[?\\ufffd\u00c0-\u024f]{1,2}').replace(/ /gu, '\\s+'))
    .join('|')})[?\\ufffd—–\\s]*:?$`,
  'i',
);

/**
 * Header names of an embedded (Outlook-style) header block, with optional *bold* markers. The
 * white space around the markers is one run where there is no marker (`\s*(?:\*{1,2}\s*)?`, not
 * `\s*\*{0,2}\s*`): two runs side by side make a long line of spaces cost its square.
 */
export const HEADER_LINE = new RegExp(
  `^\\s*(?:\\*{1,2}\\s*)?(?:${alternation((words) => words.fields)})\\s*(?:\\*{1,2}\\s*)?[:：]\\s*\\*{0,2}`,
  'i',
);

/**
 * Header fields run together on one line, as HTML conversions leave Outlook's block:
 * "From: Jan <jan@x.nl> Sent: Monday, 4 November 2024 09:12 To: Piet Subject: Invoice".
 */
export const HEADER_FIELD_IN_LINE = new RegExp(
  `(?:^|\\s|(?<=\\d))\\*{0,2}(?:${alternation((words) => words.fields)})\\s*(?:\\*{1,2}\\s*)?[:：]`,
  'gi',
);

/**
 * A line made only of separator characters ("--", "____", "=====") or of three or more spaced
 * ones ("* * *", "- - -", "**. . . . .**"); an ellipsis ("...") is text. Two separators, then any
 * run of them: "{2,}" before a run of the same characters let a long rule with a word after it
 * ("=====...===== x", which a sender controls) cost the square of its length.
 */
export const DELIMITER_LINE =
  /^\s*(?:[-_=*#~+•·—–]{2}[-_=*#~+•·—–\s]*|[*_]*(?:[-=*#~+•·—–.][ \t]+){2,}[-=*#~+•·—–.][*_]*\s*)$/u;

/**
 * The border of an ASCII figure or a boxed table: "+-+-+-+", "+-----+-----+", "+=====+". The rows of
 * an RFC packet diagram sit between such lines: content, never a separator.
 */
export const FIGURE_BORDER = /^\s*\+(?:[-=~]+\+){1,}\s*$/u;

/** The RFC 3676 signature separator "-- " (often sent without the trailing space). */
export const SIGNATURE_SEPARATOR = /^--\s?$/u;

/**
 * The signature separator with the name run onto it, as the last line of a reply ("--Jan",
 * "-- Jan de Vries", "---Jan"): two or three hyphens and a name, nothing else; or a handle written
 * as one word in any case ("--jan", "---/dev/il", "--jdv"). A typographic dash before a name
 * ("—Jan") is the person signing, like a name on its own, and is kept; "-- and one more thing"
 * goes on as a sentence.
 */
export const DASHED_SIGNOFF =
  /^\s*-{2,3}\s*(?:\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+\p{L}[\p{L}\p{M}'’-]*\.?){0,3}|[\p{L}/~][\p{L}\p{M}\p{N}/~._-]{0,30})\s*$/u;

/** Lines that only hold invisible tracking characters (Gmail's "ᐧ") count as empty. */
export const INVISIBLE_LINE = /^(?:\s|\u1427|\u200b|\u200c|\u200d|\ufeff)*$/u;

/** Quoted lines: "> text", "Name> text" (supercite) and ">text". */
export const QUOTE_LINE = /^\s*(?:[A-Za-z]{1,12})?>/u;

/**
 * The mark a sender leaves where they cut lines out of a quote, on a line of its own: "[...]",
 * "[…]", "[snip]", "<snip>", "(snip)", "[schnipp]", "[knip]", "[coupé]", or a bare "..." / "…".
 */
export const ELISION_MARK =
  /^\s*(?:\.{3}|…|\[\s*(?:\.{3}|…|snip(?:ped)?|schnipp|knip|coup[ée])\s*\]|<\s*(?:snip(?:ped)?|\.{3}|…)\s*>|\(\s*(?:snip(?:ped)?|\.{3}|…)\s*\))\s*$/iu;

/** Code fences keep their content: a "####" inside code is not a separator. */
export const CODE_FENCE = /^\s*(?:```|~~~)/u;

const DEVICE = new RegExp(`(?:^|[^\\p{L}])(?:${DEVICE_WORDS.join('|')})(?!\\p{L})`, 'iu');
/** A device named first: "Samsung Galaxy smartphone" after the carrier and a comma. */
const DEVICE_FIRST = new RegExp(`^(?:${DEVICE_WORDS.join('|')})(?!\\p{L})[^.!?]*$`, 'iu');

/** Footers of a fixed form ("Von meinem iPhone gesendet", "Get Outlook for Android"). */
const FOOTER_FORM = new RegExp(`^(?:${alternation((words) => words.footers)})\\.?$`, 'i');

/** "Sent from <tail>" in every language; the tail decides whether it is a footer. */
const SENT_FROM = new RegExp(
  `^[(<\\s]*(?:${alternation((words) => words.sentFrom)})\\s+(?<tail>.{1,80}?)[\\s.)>]*$`,
  'i',
);
const POSSESSIVE = new RegExp(`^(?:${POSSESSIVES.join('|')})\\s`, 'iu');
/** Links a client puts in its footer: "Sent with Sparrow (http://...)", "[mail](https://...)". */
const FOOTER_LINK = /\s*(?:\(https?:[^)\s]*\)|<https?:[^>\s]*>|https?:\S*)/giu;
/** What may follow a footer after a comma or full stop: "please excuse any typos". */
const FOOTER_POSTSCRIPT =
  /^(?:please\s+)?(?:excuse|forgive|pardon|sorry|apologies)|^(?:excusez|désolée?|sorry\s+voor|excuses\s+voor|sorry\s+für|bitte\s+entschuldige|entschuldigen)|typo/iu;

/** "Please excuse brevity as this message (was) ", "Excuse typos, this mail is ": a footer's opening. */
const APOLOGY_BEFORE_FOOTER =
  /^(?:please\s+)?(?:excuse|forgive|pardon)\s+(?:the\s+|my\s+|any\s+)?(?:brevity|typos?|errors|mistakes)[,;]?\s+(?:(?:as|since|because|-)\s+)?(?:this\s+)?(?:message|email|e-mail|mail)\s+(?:was\s+|is\s+|has\s+been\s+)?(?=sent\s)/iu;

/**
 * "Sent from my iPhone" and friends, in any language: a short line that names a device or mail
 * app, or follows "my". "Sent from my desk, is much easier than my phone." is a sentence (what
 * follows the comma is not "please excuse typos"); "Sent from our account" names no device.
 */
export function isDeviceFooter(line: string): boolean {
  if (line.length > 400) return false;
  // "Please excuse brevity as this message sent from my BlackBerry 10 smartphone": the apology
  // first, then the footer; a "?" between letters is a space the mail lost ("sent?from?my?...").
  const text = line
    .trim()
    .replace(/(?<=[\p{L}\d.,])[?\ufffd](?=[\p{L}\d])/gu, ' ')
    .replace(APOLOGY_BEFORE_FOOTER, '');
  if (text.length > 160 || PAYMENT_WORDS.test(text)) return false;
  if (FOOTER_FORM.test(text)) return true;
  const raw = SENT_FROM.exec(text)?.groups?.tail;
  const tail = raw?.replace(FOOTER_LINK, '');
  if (!raw || !tail) return false;
  // "Sent from TypeApp<http://www.typeapp.com/...>": a short name with a link right after it is an
  // app advertising itself; nobody links the place they wrote from in a sentence.
  if (tail !== raw && /^\S+(?:\s\S+){0,2}$/u.test(tail.trim()) && /^\S+<https?:/iu.test(raw.trim()))
    return true;
  const head = tail.split(/[,;!?]\s*|\.\s+/u, 1)[0] ?? '';
  const rest = tail.slice(head.length).replace(/^[,;!?.\s]+/u, '');
  // "Sent from my BlackBerry 10 smartphone on the Vodafone network": the carrier's long form,
  // still one clause that names the device.
  if (head.split(/\s+/u).length > 6)
    return rest === '' && POSSESSIVE.test(head) && DEVICE.test(head) && head.split(/\s+/u).length <= 10;
  // "Sent from my phone, so excuse me. We pay Friday." goes on with a sentence of the reply.
  if (rest !== '' && /[.!?]\s+\S/u.test(rest)) return false;
  if (rest === '' || FOOTER_POSTSCRIPT.test(rest)) return POSSESSIVE.test(head) || DEVICE.test(head);
  // "Sent from ProtonMail, encrypted email based in Switzerland." names the app before the comma;
  // "Sent from my Verizon, Samsung Galaxy smartphone" the carrier, then the device.
  if (POSSESSIVE.test(head) && DEVICE_FIRST.test(rest) && rest.split(/\s+/u).length <= 4) return true;
  return DEVICE.test(head) && rest.length <= 60;
}

/** Short "sent from" lines must not swallow a sentence about a payment ("Sent from our account"). */
export const PAYMENT_WORDS = /account|rekening|bank|betaal|betaling|payment|paid|€|eur\b/iu;

/**
 * Closing phrases. We keep the closing and the name under it (a reader expects "Met vriendelijke
 * groet, Jan") but drop the signature block that follows: titles, addresses, phone numbers.
 */
export const VALEDICTION_LINE =
  /^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|zonnige)\s+groet(?:en)?|^\s*(?:mvg|m\.v\.g\.|groet(?:en|jes)?|gr\.?)[\s,.!]*$|^\s*(?:kind|best|warm|warmest|kindest)\s+regards|^\s*regards[\s,.!]*$|^\s*(?:yours\s+)?sincerely|^\s*(?:mit\s+)?(?:freundlichen|besten|herzlichen|liebe|viele)\s+gr(?:ü|ue|[?\ufffd])(?:ß|ss|[?\ufffd]{1,2})en?|^\s*freundliche\s+gruesse|^\s*(?:cordialement|bien\s+(?:à|a)\s+vous|salutations(?!\s+distingu)|bien\s+cordialement)|^\s*(?:all\s+the\s+best|best\s+wishes|(?:beste|sch[öo]ne|liebe|viele)\s+gr(?:[üu]|ue)(?:ß|ss)e|lg|vg|amicalement|bien\s+[àa]\s+toi|bonne\s+journ[ée]e|sinc[èe]res\s+salutations|(?:sinc[èe]res\s+|meilleures\s+)?salutations\s+distingu[ée]es|saluti|h[äa]lsningar|hilsen|respectfully|take\s+care|with\s+(?:kind|best|warm)\s+regards|warm(?:est)?\s+wishes|cheers|best|(?:many\s+)?thanks\s+(?:and|&)\s+(?:best\s+|kind\s+)?regards|pozdrawiam(?:\s+serdecznie)?|z\s+poważaniem|z\s+wyrazami\s+szacunku|s\s+pozdravem|s\s+pozdravom|s\s+úctou|üdvözlettel|tisztelettel|cu\s+(?:stimă|stima|respect|drag)|toate\s+cele\s+bune|(?:cordiali|distinti)\s+saluti|un\s+saluto|un\s+saludo|saludos(?:\s+cordiales)?|atentamente|atenciosamente|cumprimentos|(?:med\s+)?vänliga\s+hälsningar|(?:med\s+)?venlig(?:st)?\s+hilsen|(?:med\s+)?vennlig\s+hilsen|mvh|ystävällisin\s+terveisin|terveisin|saygılarımla|iyi\s+çalışmalar|με\s+εκτίμηση|φιλικά|مع\s+(?:خالص\s+)?التحية|تحياتي|בברכה|با\s+(?:تشکر|احترام)|pagarbiai|ar\s+cieņu|lugupidamisega|с\s+уважением|с\s+наилучшими\s+пожеланиями|всего\s+(?:доброго|хорошего)|з\s+повагою)(?=[\s,.!،]*$|[\s,.!،]+\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)?\s*$)/iu;

/**
 * Legal and system footers, per language: the message calls itself confidential or meant for its
 * addressee only, asks a reader who got it by mistake to tell the sender, or carries what a mail
 * server adds (print and virus-scan notices). Cut from the paragraph that states them. "This
 * invoice is confidential" is not one: the sentence must be about the message.
 */
const DISCLAIMER_PARTS = [
  // en
  'this\\s+(?:e-?mail|message|communication)\\b.{0,120}\\b(?:confidential|privileged|intended\\s+(?:solely|only)?)',
  'intended\\s+recipient',
  'received\\s+this\\s+(?:e-?mail|message)\\s+in\\s+error',
  // nl
  '(?:dit|deze)\\s+(?:e-?mail(?:bericht)?|bericht)\\b.{0,120}\\b(?:vertrouwelijk|uitsluitend\\s+bestemd|geadresseerde)',
  'geen\\s+rechten\\s+(?:worden\\s+|kunnen\\s+worden\\s+)?ontleend',
  'aan\\s+(?:de\\s+inhoud\\s+van\\s+)?dit\\s+bericht\\s+kunnen\\s+geen\\s+rechten',
  // de, fr
  'diese\\s+(?:e-?mail|nachricht)\\b.{0,120}\\bvertraulich',
  'ce\\s+(?:message|courriel|e-?mail)\\b.{0,120}\\bconfidenti',
  // es, pt
  '(?:este|esta)\\s+(?:mensaje|correo(?:\\s+electr[óo]nico)?|mensagem|e-?mail)\\b.{0,120}\\b(?:confidencial|destinatari[oa]|destinat[áa]rio)',
  '(?:ha|haya|tenha)\\s+recibido\\s+.{0,40}\\bpor\\s+error|recebido\\s+.{0,40}\\bpor\\s+(?:engano|erro)',
  // it
  'questo\\s+(?:messaggio|e-?mail)\\b.{0,120}\\b(?:riservat|confidenzial|destinatari)',
  'ricevuto\\s+.{0,40}\\bper\\s+errore',
  // sv, da, nb
  '(?:detta|denna)\\s+(?:e-?post(?:meddelande)?|meddelande|mejl|mail)\\b.{0,120}\\b(?:konfidentiell|sekretess|endast\\s+avsedd)',
  '(?:denne|dette)\\s+(?:e-?mail|e-?post|meddelelse|melding|besked)\\b.{0,120}\\b(?:fortrolig|konfidensiell|kun\\s+(?:beregnet|ment))',
  '(?:modtaget|mottatt)\\s+.{0,40}\\bved\\s+en\\s+(?:fejl|feil)',
  // pl, fi
  '(?:ta|niniejsza)\\s+wiadomo[śs][ćc](?![a-ząćęłńóśźż]).{0,120}\\b(?:poufn|adresat)',
  't[äa]m[äa]\\s+(?:s[äa]hk[öo]posti(?:viesti)?|viesti)\\b.{0,120}\\bluottamuksellinen',
  // The footers an organisation's mail server or virus scanner adds: "Please consider the
  // environment before printing", "This email has been checked for viruses by Avast", a
  // ticket system's thread reference ("ref:_00D5g2abcD._5005g01XYZ:ref").
  'consider\\s+the\\s+environment\\s+before\\s+printing|think\\s+before\\s+(?:you\\s+)?print',
  'denk\\s+aan\\s+het\\s+milieu|denken\\s+sie\\s+an\\s+die\\s+umwelt|pensez\\s+[àa]\\s+l.environnement|antes\\s+de\\s+imprimir\\s+este|prima\\s+di\\s+stampare',
  'checked\\s+for\\s+viruses|virus-free\\.|auf\\s+viren\\s+(?:gepr[üu]ft|untersucht)|op\\s+virussen\\s+(?:gecontroleerd|gescand)|ne\\s+contient\\s+aucun\\s+virus',
  '^ref:_[\\w.]+:ref$',
  // Advertising that free webmail, ISPs and group services append to every mail ("-->> Promote
  // YOUR web site! FREE ...", "Get Your Private, Free E-mail from MSN Hotmail at http://...",
  // "Do You Yahoo!?", "Yahoo! Groups Sponsor"), and a group's unsubscribe footer.
  'get\\s+your\\s+(?:[a-z]+,?\\s+){0,3}free\\b.{0,60}\\b(?:e-?mail|webmail|address)\\b.{0,60}\\bat\\s+(?:https?://|www\\.)',
  'do\\s+you\\s+yahoo!\\?|yahoo!\\s+groups\\s+sponsor',
  'to\\s+unsubscribe\\s+from\\s+this\\s+group,?\\s+send\\s+an\\s+e-?mail\\s+to',
  // a heading of its own
  // (not a sentence that opens with the word: "Disclaimer, I am not the one who approves payments.")
  '^(?:disclaimer|confidentiality\\s+notice|legal\\s+notice|haftungsausschluss|vertraulichkeitshinweis|avis\\s+de\\s+confidentialit[ée]|aviso\\s+(?:legal|de\\s+confidencialidad)|avviso\\s+di\\s+riservatezza)(?!\\s*,)',
];
// Every part starts with an ASCII letter, so \b marks the start of a word. No \p{...} in the parts,
// so no 'u' flag: V8 runs large alternations faster without it (see above).
// The "-->>" a webmail service puts before its advertising ("-->> Promote YOUR web site!  FREE
// Perl CGI scripts ... Download today!!") starts with no letter, so it stands outside the parts.
const ADVERT_ARROWS = '^-{1,2}>>\\s.{0,120}\\b(?:free|download|promote)\\b';
export const DISCLAIMER = new RegExp(`\\b(?:${DISCLAIMER_PARTS.join('|')})|${ADVERT_ARROWS}`, 'is');

/**
 * The banner mail servers put on top of mail from outside the organisation ("CAUTION: This email
 * originated from outside of the organization. Do not click links ...", or the tag and the
 * warning alone: "EXTERNAL EMAIL: Do not click links or open attachments unless ..."), in the
 * languages we meet. It is the server's, not the person's.
 */
export const EXTERNAL_SENDER_BANNER =
  /^\s*\[?(?:caution|warning|external(?:\s+(?:email|sender))?|attention|let\s+op|waarschuwing|achtung|vorsicht|externe?\s+e-?mail|extern)\]?\s*[:!-]?\s*.{0,40}\b(?:e-?mail|message|mail|bericht|nachricht|courriel)\b.{0,40}\b(?:originated\s+from\s+outside|from\s+an\s+external\s+sender|outside\s+(?:of\s+)?(?:the|this|your|our)\s+(?:organi[sz]ation|company)|van\s+buiten\s+(?:de|uw|onze)\s+organisatie|afkomstig\s+van\s+(?:een\s+)?extern|von\s+au(?:ß|ss)erhalb|externen?\s+absender|provient\s+de\s+l['’]ext[ée]rieur|exp[ée]diteur\s+externe)|^\s*\[?(?:caution|warning|external(?:\s+(?:email|sender))?|attention|let\s+op|waarschuwing|achtung|vorsicht|externe?\s+e-?mail|extern)(?:\]\s*[:!-]?|\s*[:!-])\s*(?:(?:please\s+)?do\s+not\s+(?:click|open)|don['’]t\s+(?:click|open)|klik\s+niet|open\s+geen|klicken\s+sie\s+(?:nicht|keine)|[öo]ffnen\s+sie\s+keine|ne\s+cliquez\s+pas)\b.{0,80}\b(?:links?|attachments?|bijlagen|anh[äa]nge|liens|pi[èe]ces\s+jointes)\b/isu;

/**
 * The line a help desk, ticket system or forum puts above the history it mails out ("##- Please
 * type your reply above this line -##", "Reply above this line.", "Bitte oberhalb dieser Zeile
 * antworten"), in the languages we meet. Everything from it down is the system's.
 */
const REPLY_ABOVE_PARTS = [
  // Zendesk in every locale: "##- ... -##".
  '^\\s*##-.{3,100}-##\\s*$',
  '\\b(?:reply|respond|write|type|answer|comment)\\b.{0,40}\\babove\\s+this\\s+line\\b',
  "\\b(?:do\\s+not|don't|please\\s+do\\s+not)\\s+(?:write|reply|type)\\s+below\\s+this\\s+line\\b",
  '\\b(?:antwoord|antwoorden|reageer|reageren|typ|schrijf)\\b.{0,40}\\bboven\\s+deze\\s+(?:regel|lijn)\\b',
  '\\bniet\\s+onder\\s+deze\\s+(?:regel|lijn)\\b',
  '\\b(?:antwort|antworten|schreiben|geben)\\b.{0,60}\\s(?:über|oberhalb)\\s+dieser\\s+(?:zeile|linie)',
  '(?:oberhalb|über)\\s+dieser\\s+(?:zeile|linie)\\s+(?:antworten|schreiben)',
  '\\bnicht\\s+unterhalb\\s+dieser\\s+(?:zeile|linie)',
  '(?:r[ée]ponse|r[ée]pondre|r[ée]pondez|[ée]crivez|saisir|saisissez)\\b.{0,60}\\bau[-\\s]dessus\\s+de\\s+cette\\s+ligne',
  '(?:respuesta|responda|responde|escriba)\\b.{0,60}\\b(?:por\\s+)?encima\\s+de\\s+esta\\s+l[íi]nea',
  '(?:risposta|rispondi|rispondere|scrivi|scrivere)\\b.{0,60}\\bsopra\\s+(?:questa|la)\\s+(?:riga|linea)',
  '(?:resposta|responda|escreva)\\b.{0,60}\\bacima\\s+(?:desta|da)\\s+linha',
  '(?:svar|svara|skriv)\\b.{0,60}\\b(?:ovanför|over|ovenfor)\\s+(?:denna|den\\s+här|denne)\\s+(?:rad|linje)',
  '(?:odpowied[zź]|odpowiedź|pisz|wpisz)\\S*.{0,60}\\bpowyżej\\s+tej\\s+linii',
  'vastaa\\s+t[äa]m[äa]n\\s+rivin\\s+yl[äa]puolelle',
];
export const REPLY_ABOVE_LINE = new RegExp(REPLY_ABOVE_PARTS.join('|'), 'iu');
