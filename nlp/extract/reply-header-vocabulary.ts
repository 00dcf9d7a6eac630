/**
 * The words mail clients print around quoted history, per language. Reply extraction builds its
 * line patterns from this table (reply-line-patterns.ts), so supporting a language or a client is
 * a row here, not a new regular expression. Sources: the reply lines that Gmail, Outlook (desktop,
 * web, mobile), Apple Mail, Thunderbird, Samsung Email, Yahoo, Yandex and mail.ru print in each
 * locale. Entries are regular-expression fragments, matched case-insensitively.
 */
export interface ReplyHeaderWords {
  /** Verbs of "On <date>, <name> wrote:" lines. */
  readonly wrote: readonly string[];
  /** Words an attribution line starts with ("On", "Op", "W dniu"), for wrapped attributions. */
  readonly openers: readonly string[];
  /** Field names of an embedded header block (From:/Sent:/To:/Subject:/Date:/Cc:). */
  readonly fields: readonly string[];
  /** Separator titles in front of an original or forwarded message ("Original Message"). */
  readonly separators: readonly string[];
  /** "Sent from my iPhone" in this language: the verb and preposition a footer starts with. */
  readonly sentFrom: readonly string[];
  /** Footers that end with the verb ("Von meinem iPhone gesendet") or have another form. */
  readonly footers: readonly string[];
}

export const REPLY_HEADER_WORDS: Readonly<Record<string, ReplyHeaderWords>> = {
  en: {
    wrote: ['wrote', 'writes'],
    openers: ['on', 'at'],
    fields: ['from', 'sent', 'date', 'to', 'cc', 'bcc', 'reply-to', 'subject'],
    separators: ['original message', 'reply message', 'forwarded message', 'begin forwarded message'],
    sentFrom: ['sent (?:from|with|by|via|using|on)'],
    footers: [
      '(?:get|download) (?:\\[)?outlook for \\S+.{0,60}',
      '(?:\\S+\\s+){0,3}from (?:mobile|my (?:iphone|ipad|android|phone|mobile)).{0,20}',
      '<<\\s*sent by .{1,40}>>',
    ],
  },
  nl: {
    wrote: ['schreef', 'schrijft', 'geschreven'],
    openers: ['op'],
    fields: ['van', 'verzonden', 'verstuurd', 'datum', 'aan', 'cc', 'onderwerp', 'antwoord aan'],
    separators: [
      'oorspronkelijk bericht',
      'origineel bericht',
      'doorgestuurd bericht',
      'begin doorgestuurd bericht',
    ],
    sentFrom: ['(?:verzonden|verstuurd) (?:vanaf|van|met|via|vanuit|op)'],
    footers: [
      'outlook voor \\S+ downloaden.{0,60}',
      'download outlook voor \\S+.{0,60}',
      '(?:outlook|mail) voor (?:ios|android).{0,60}',
    ],
  },
  de: {
    wrote: ['schrieb', 'schreibt', 'geschrieben'],
    openers: ['am'],
    fields: ['von', 'gesendet', 'datum', 'an', 'cc', 'kopie', 'betreff', 'antwort an'],
    separators: [
      'ursprüngliche nachricht',
      'originalnachricht',
      'antwort nachricht',
      'weitergeleitete nachricht',
      'anfang der weitergeleiteten nachricht',
    ],
    sentFrom: ['(?:gesendet|versendet|verschickt) (?:von|vom|mit|über|via)'],
    footers: [
      'von meinem .{1,60} (?:gesendet|versendet)',
      'diese nachricht wurde von meinem .{1,80} gesendet',
      'outlook für \\S+ herunterladen.{0,60}',
      '(?:outlook|mail) für (?:ios|android).{0,60}',
    ],
  },
  fr: {
    wrote: ['a écrit', 'a ecrit'],
    openers: ['le'],
    fields: ['de', 'envoyé', 'envoye', 'date', 'à', 'a', 'cc', 'objet', 'répondre à'],
    separators: [
      "message d'origine",
      'message original',
      'message transféré',
      'message transfere',
      'début du message réexpédié',
      'début du message transféré',
      'message réexpédié',
    ],
    sentFrom: ['(?:envoyé|envoyée|envoye|expédié) (?:de|du|depuis|à partir de|a partir de|avec|via|par)'],
    footers: ['(?:télécharger|obtenez|obtenir) outlook pour \\S+.{0,60}'],
  },
  es: {
    wrote: ['escribió', 'escribio', 'ha escrito'],
    openers: ['el'],
    fields: ['de', 'enviado', 'enviado el', 'fecha', 'para', 'cc', 'asunto'],
    separators: ['mensaje original', 'mensaje reenviado'],
    sentFrom: ['enviad[oa] (?:desde|con|de|a través de|mediante)'],
    footers: ['(?:obtener|descargar|descarga) outlook para \\S+.{0,60}'],
  },
  pt: {
    wrote: ['escreveu', 'escreve'],
    openers: ['em', 'no dia'],
    fields: ['de', 'enviado', 'enviada', 'data', 'para', 'cc', 'assunto'],
    separators: ['mensagem original', 'mensagem encaminhada'],
    sentFrom: ['enviad[oa] (?:do|da|de|desde|pelo|pela|a partir do|a partir de|com|via)'],
    footers: ['(?:obter|baixe|baixar) (?:o )?outlook para \\S+.{0,60}'],
  },
  it: {
    wrote: ['ha scritto', 'scrisse'],
    openers: ['il', 'il giorno'],
    fields: ['da', 'inviato', 'data', 'a', 'cc', 'oggetto', 'risposta'],
    separators: ['messaggio originale', 'messaggio inoltrato', 'inizio messaggio inoltrato'],
    sentFrom: ['inviat[oa] (?:da|dal|dalla|dallo|con|tramite|via)'],
    footers: ['scarica outlook per \\S+.{0,60}'],
  },
  da: {
    wrote: ['skrev', 'skriver'],
    openers: ['den', 'd\\.'],
    fields: ['fra', 'sendt', 'dato', 'til', 'cc', 'emne'],
    separators: [
      'oprindelig meddelelse',
      'videresendt meddelelse',
      'videresendt besked',
      'original meddelelse',
    ],
    sentFrom: ['sendt (?:fra|med|via)'],
    footers: ['hent outlook til \\S+.{0,60}'],
  },
  no: {
    wrote: ['skrev', 'skriver'],
    openers: ['den', 'på'],
    fields: ['fra', 'sendt', 'dato', 'til', 'kopi', 'emne'],
    separators: ['opprinnelig melding', 'videresendt melding', 'original melding'],
    sentFrom: ['sendt (?:fra|med|via)'],
    footers: [],
  },
  sv: {
    wrote: ['skrev', 'skriver'],
    openers: ['den'],
    fields: ['från', 'skickat', 'datum', 'till', 'kopia', 'ämne'],
    separators: ['ursprungligt meddelande', 'vidarebefordrat meddelande', 'originalmeddelande'],
    sentFrom: ['skickat (?:från|med|via)', 'skickades från'],
    footers: ['hämta outlook för \\S+.{0,60}'],
  },
  fi: {
    wrote: ['kirjoitti'],
    openers: [],
    fields: ['lähettäjä', 'lähetetty', 'päivämäärä', 'vastaanottaja', 'kopio', 'aihe'],
    separators: ['alkuperäinen viesti', 'välitetty viesti', 'edelleenlähetetty viesti'],
    sentFrom: ['lähetetty (?:laitteesta|sovelluksesta|puhelimesta)'],
    footers: ['lähetetty .{1,40}(?:sta|stä|lta|ltä)', 'hanki outlook \\S+.{0,60}'],
  },
  pl: {
    wrote: ['napisał(?:a|\\(a\\))?', 'pisze', 'napisała', 'napisana przez'],
    openers: ['w dniu', 'dnia', 'dn\\.'],
    fields: ['od', 'wysłano', 'wysłane', 'data', 'do', 'dw', 'temat'],
    separators: [
      'oryginalna wiadomość',
      'wiadomość oryginalna',
      'przekazana wiadomość',
      'wiadomość przekazana',
      'początek przekazywanej wiadomości',
    ],
    sentFrom: ['wysła(?:ne|no) (?:z|ze|przez|za pomocą)'],
    footers: ['pobierz outlook dla \\S+.{0,60}'],
  },
  cs: {
    wrote: ['napsal(?:a|\\(a\\))?', 'napísal(?:a|\\(a\\))?'],
    openers: ['dne', 'dňa'],
    fields: ['od', 'odesláno', 'odoslané', 'datum', 'komu', 'kopie', 'předmět', 'predmet'],
    separators: ['původní zpráva', 'přeposlaná zpráva', 'pôvodná správa', 'preposlaná správa'],
    sentFrom: ['odesláno (?:z|ze|pomocí)', 'odoslané (?:z|zo|pomocou)'],
    footers: [],
  },
  ru: {
    wrote: ['написал(?:а|и|\\(а\\))?', 'пишет', 'писал(?:а)?', 'написав', 'написала', 'пише'],
    openers: ['в'],
    fields: ['от', 'отправлено', 'дата', 'кому', 'копия', 'тема', 'від', 'надіслано', 'тема'],
    separators: [
      'исходное сообщение',
      'пересылаемое сообщение',
      'оригинальное сообщение',
      'пересланное сообщение',
      'початкове повідомлення',
      'переслане повідомлення',
    ],
    sentFrom: ['отправлено (?:с|со|из|через)', 'надіслано (?:з|із|через)'],
    footers: [],
  },
  tr: {
    wrote: ['yazdı', 'şunu yazdı'],
    openers: [],
    fields: ['kimden', 'gönderildi', 'gönderilme', 'tarih', 'kime', 'bilgi', 'konu'],
    separators: ['özgün ileti', 'orijinal mesaj', 'iletilen ileti'],
    sentFrom: [],
    footers: [".{1,30}['’]?(?:umdan|imden|ımdan|den|dan|ten|tan) gönderildi"],
  },
  other: {
    // Vietnamese, Hungarian, Romanian, Greek, Chinese, Japanese: the verbs clients print.
    wrote: ['đã viết', 'írta', 'a scris', 'έγραψε', '写道', '寫道', '書きました', '来信'],
    openers: ['vào'],
    fields: ['发件人', '寄件者', '差出人', 'feladó', 'expeditor', 'από'],
    separators: [],
    sentFrom: [],
    footers: ['從我的 .{1,30} 傳送', '发自我的.{1,30}', '.{1,30}から送信'],
  },
};

/** Devices and mail apps that make a short "Sent from ..." line a footer. */
export const DEVICE_WORDS = [
  'iphon',
  'ipad',
  'ipod',
  'android',
  'mobile',
  'mobiel',
  'mobil',
  'mobilgerät',
  'handy',
  'smartphone',
  'phone',
  'telefoon',
  'téléphone',
  'teléfono',
  'telefone',
  'telefono',
  'telefon',
  'cell',
  'galaxy',
  'samsung',
  'huawei',
  'pixel',
  'xiaomi',
  'oneplus',
  'fairphone',
  'blackberry',
  'tablet',
  'device',
  'apparaat',
  'appareil',
  'dispositivo',
  'gerät',
  'enhet',
  'laite',
  'urządzenia',
  'zařízení',
  'устройства',
  'outlook',
  'airmail',
  'mailbox',
  'yahoo',
  'gmail',
  'aol',
  'proton\\s?mail',
  'tutanota',
  'spark',
  'blue\\s?mail',
  'edison',
  'newton',
  'sparrow',
  'acompli',
  'superhuman',
  'k-9',
  'fairemail',
  'zoho',
  'icloud',
  'mail for windows',
  'mail voor windows',
  'mail für windows',
  'courrier pour windows',
  'windows',
  '\\[mail\\]',
];

/** Possessives of "Sent from my ...": a footer may name any device after them. */
export const POSSESSIVES = [
  'my',
  'mijn',
  'mein(?:em)?',
  'mon',
  'ma',
  'mi',
  'meu',
  'mio',
  'mia',
  'min',
  'mitt',
  'mojego',
  'mého',
  'môjho',
  'моего',
  'мого',
];
