/** The opening line of a letter, in the debtor's language. */
export type Salutation = string;

const TITLES: readonly { readonly pattern: RegExp; readonly form: 'heer' | 'mevrouw' }[] = [
  { pattern: /^(de\s+heer|dhr\.?|mr\.?|mister|herr|monsieur|m\.)\s+/iu, form: 'heer' },
  { pattern: /^(mevrouw|mevr\.?|mw\.?|mrs\.?|ms\.?|miss|frau|madame|mme\.?)\s+/iu, form: 'mevrouw' },
];

// Dutch surname particles: "Jan de Vries" is addressed as "heer De Vries".
const PARTICLES = new Set([
  'van',
  'de',
  'den',
  'der',
  'het',
  'ter',
  'ten',
  'te',
  "'t",
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'von',
  'vd',
]);
const INITIAL = /^([A-Za-zÀ-ÿ]\.)+$/u;
// A team or department, not a person: greeted as one ("Accounts Payable", "Crediteurenadministratie").
const DEPARTMENT =
  /\b(accounts?|payable|finance|financi[eë]le?|administratie|crediteuren\w*|debiteuren\w*|boekhouding|team|afdeling|department|office|kantoor|billing|invoices?|facturen|info|support|sales|inkoop|purchasing)\b/iu;

/**
 * How a letter opens, decided by what the data holds (a contact has only a free-text name):
 * - a title in the name ("dhr. Jansen", "Mrs Smith"): that form, "Geachte heer Jansen,";
 * - a full name ("Jan de Vries", "J. de Vries"): gender unknown, so "Geachte heer/mevrouw De Vries,"
 *   / "Dear Jan de Vries,";
 * - a first name alone ("Anna"): the contact chose to be known by it, "Beste Anna," / "Dear Anna,";
 * - no contact name, or a department ("Accounts Payable"): "Geachte heer/mevrouw," / "Dear Sir or
 *   Madam," (the company is named in the address block, never greeted as if it were a person).
 */
export function chooseSalutation({
  contactName,
  language,
}: {
  contactName: string | null;
  language: string;
}): Salutation {
  const forms = FORMS[language] ?? FORMS.en!;
  const name = (contactName ?? '').replace(/\s+/gu, ' ').trim();
  if (!name || name.includes('@') || DEPARTMENT.test(name)) return forms.nobody;
  for (const title of TITLES) {
    const rest = name.replace(title.pattern, '');
    if (rest !== name && rest) return forms.titled(title.form, surnameOf(rest, true));
  }
  const words = name.split(' ');
  if (words.length === 1) return forms.firstName(name);
  return forms.fullName(name, surnameOf(name, false));
}

/** How each language opens a letter: nobody named, a title, a first name alone, a full name. */
const FORMS: Readonly<
  Record<
    string,
    {
      nobody: string;
      titled: (form: 'heer' | 'mevrouw', surname: string) => string;
      firstName: (name: string) => string;
      fullName: (name: string, surname: string) => string;
    }
  >
> = {
  nl: {
    nobody: 'Geachte heer/mevrouw,',
    titled: (form, surname) => `Geachte ${form} ${surname},`,
    firstName: (name) => `Beste ${name},`,
    fullName: (_, surname) => `Geachte heer/mevrouw ${surname},`,
  },
  en: {
    nobody: 'Dear Sir or Madam,',
    titled: (form, surname) => `Dear ${form === 'heer' ? 'Mr' : 'Ms'} ${surname},`,
    firstName: (name) => `Dear ${name},`,
    fullName: (name) => `Dear ${name},`,
  },
  // French business letters open "Madame, Monsieur," unless the title is known.
  fr: {
    nobody: 'Madame, Monsieur,',
    titled: (form, surname) => `${form === 'heer' ? 'Monsieur' : 'Madame'} ${surname},`,
    firstName: (name) => `Bonjour ${name},`,
    fullName: () => 'Madame, Monsieur,',
  },
  // German: the gender-neutral "Guten Tag <name>," when no title tells Herr or Frau.
  de: {
    nobody: 'Sehr geehrte Damen und Herren,',
    titled: (form, surname) =>
      form === 'heer' ? `Sehr geehrter Herr ${surname},` : `Sehr geehrte Frau ${surname},`,
    firstName: (name) => `Guten Tag ${name},`,
    fullName: (name) => `Guten Tag ${name},`,
  },
};

/** The surname of a full name, its particle capitalised as Dutch writes it after a title. */
function surnameOf(name: string, hasTitle: boolean): string {
  const words = name.split(' ');
  let start = words.length - 1;
  while (start > 0 && PARTICLES.has(words[start - 1]!.toLowerCase())) start -= 1;
  // "dhr. Jansen" or "de heer van Dam": after a title everything is the surname.
  if (
    hasTitle &&
    words.every((word, i) => i >= start || INITIAL.test(word) || PARTICLES.has(word.toLowerCase()))
  ) {
    start = words.findIndex((word) => !INITIAL.test(word));
    if (start < 0) start = words.length - 1;
  }
  const surname = words.slice(start).join(' ');
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}
