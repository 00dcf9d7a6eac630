import { LEDGER_COLUMNS, LEDGER_EXTRA_COLUMNS, type LedgerColumn } from './ledger-row.ts';

/**
 * The names accounting packages give our columns in their exports (lower case, accents and
 * punctuation gone), besides our own. Modelled on the screen and export labels of Exact Online
 * (Openstaande posten), Moneybird, Twinfield and e-Boekhouden as we know them, not on a published
 * export specification: a file whose columns are named otherwise can be renamed in its header.
 */
const ALIASES: Readonly<Record<LedgerColumn, readonly string[]>> = {
  debtor_reference: [
    'debiteurnummer',
    'debiteur nummer',
    'debiteurcode',
    'debiteur code',
    'debiteur',
    'relatiecode',
    'relatienummer',
    'klantnummer',
    'klantcode',
    'code',
    'customer number',
    'customer id',
    'contact id',
  ],
  debtor_name: [
    'naam',
    'debiteurnaam',
    'naam debiteur',
    'relatienaam',
    'naam relatie',
    'bedrijfsnaam',
    'klantnaam',
    'customer name',
    'contact',
    'company name',
  ],
  debtor_kind: ['soort debiteur', 'soort relatie', 'klanttype', 'type klant', 'debtor type'],
  language: ['taal', 'language'],
  contact_email: [
    'e mail',
    'email',
    'e mailadres',
    'emailadres',
    'e mail adres',
    'email address',
    'e mail factuur',
  ],
  contact_name: ['contactpersoon', 'contact person', 'tav', 't a v'],
  account_owner: ['accountmanager', 'account manager', 'verantwoordelijke'],
  invoice_number: [
    'factuurnummer',
    'factuur nummer',
    'factuurnr',
    'boekstuknummer',
    'invoice number',
    'invoice id',
  ],
  issue_date: ['factuurdatum', 'datum factuur', 'invoice date'],
  due_date: ['vervaldatum', 'verval datum', 'vervaldag', 'uiterste betaaldatum', 'due date'],
  amount: [
    'bedrag',
    'factuurbedrag',
    'bedrag incl btw',
    'totaal',
    'totaalbedrag',
    'totaal incl btw',
    'total incl tax',
    'invoice amount',
  ],
  open_amount: [
    'openstaand',
    'openstaand bedrag',
    'open bedrag',
    'saldo',
    'nog te betalen',
    'te ontvangen',
    'outstanding',
  ],
  currency: ['valuta', 'munteenheid', 'currency'],
  po_number: [
    'inkoopordernummer',
    'ordernummer',
    'uw referentie',
    'referentie',
    'inkoopnummer',
    'po',
    'po number',
    'order number',
    'purchase order',
  ],
  dunning_step: ['aanmaningsniveau', 'herinneringsniveau', 'dunning level', 'dunning step'],
  last_dunning_date: [
    'datum laatste aanmaning',
    'laatste aanmaning',
    'last dunning date',
    'last reminder date',
  ],
  address_street: ['adres', 'straat', 'straat en huisnummer', 'street', 'address'],
  address_postal_code: ['postcode', 'postal code', 'zip code'],
  address_city: ['plaats', 'woonplaats', 'stad', 'city'],
  address_country: ['land', 'country'],
};

const CANONICAL = new Map<string, LedgerColumn>();
for (const column of [...LEDGER_COLUMNS, ...LEDGER_EXTRA_COLUMNS]) {
  CANONICAL.set(normalizeHeader(column), column);
  for (const alias of ALIASES[column]) CANONICAL.set(normalizeHeader(alias), column);
}

function normalizeHeader(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Our column for each header name (null: a column we do not read, as exports have many), or the
 * two headers that would both fill one column: a file that says a thing twice is refused.
 */
export function nameLedgerColumns(
  header: readonly string[],
):
  | { ok: true; columns: (LedgerColumn | null)[] }
  | { ok: false; column: LedgerColumn; headers: [string, string] } {
  const taken = new Map<LedgerColumn, string>();
  const columns: (LedgerColumn | null)[] = [];
  for (const name of header) {
    const column = CANONICAL.get(normalizeHeader(name)) ?? null;
    if (column) {
      const earlier = taken.get(column);
      if (earlier !== undefined) return { ok: false, column, headers: [earlier, name.trim()] };
      taken.set(column, name.trim());
    }
    columns.push(column);
  }
  return { ok: true, columns };
}
