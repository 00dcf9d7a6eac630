import { z } from 'zod';

/**
 * The rows of Exact Online's REST API this adapter reads, as its reference documents them (only
 * the $select-ed fields). OData v2 JSON: { d: { results: [...], __next?: url } }.
 */
const ZAmount = z.union([z.number(), z.string()]);
const ZText = z.string().nullish();
/** Row versions: Int64 in Exact; JSON numbers up to 2^53 arrive intact, larger ones as strings. */
const ZTimestamp = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);

export const ZExactPage = z.object({
  d: z.union([
    z.object({ results: z.array(z.unknown()), __next: z.string().nullish() }),
    z.array(z.unknown()).transform((results) => ({ results, __next: null })),
  ]),
});

export const ZExactAccount = z.object({
  ID: z.string(),
  Code: ZText,
  Name: ZText,
  Email: ZText,
  Language: ZText,
  AddressLine1: ZText,
  Postcode: ZText,
  City: ZText,
  Country: ZText,
  /** C customer, S suspect, P prospect, A none. */
  Status: ZText,
  IsSales: z.boolean().nullish(),
  Timestamp: ZTimestamp,
});
export type ExactAccount = z.infer<typeof ZExactAccount>;

export const ZExactSalesInvoice = z.object({
  InvoiceID: z.string(),
  InvoiceNumber: z.union([z.number().int(), z.string()]).nullish(),
  InvoiceTo: z.string().nullish(),
  OrderedBy: z.string().nullish(),
  Currency: ZText,
  AmountFC: ZAmount.nullish(),
  AmountDC: ZAmount.nullish(),
  InvoiceDate: ZText,
  DueDate: ZText,
  /** 8020 sales invoice, 8021 sales credit note, 8023 direct sales invoice, 8024 direct credit note. */
  Type: z.number().int().nullish(),
  /** 10 draft, 20 open (still editable, not sent), 50 processed. */
  Status: z.number().int().nullish(),
  YourRef: ZText,
  Timestamp: ZTimestamp,
});
export type ExactSalesInvoice = z.infer<typeof ZExactSalesInvoice>;

export const ZExactReceivable = z.object({
  InvoiceNumber: z.union([z.number().int(), z.string()]).nullish(),
  Amount: ZAmount.nullish(),
  AccountCode: ZText,
  CurrencyCode: ZText,
});

export const ZExactTransactionLine = z.object({
  ID: z.string(),
  AccountCode: ZText,
  AmountDC: ZAmount.nullish(),
  Date: ZText,
  InvoiceNumber: z.union([z.number().int(), z.string()]).nullish(),
  /** 40: cash flow (the bank and cash journals, where a customer's payment is booked). */
  Type: z.number().int().nullish(),
  Timestamp: ZTimestamp,
});

export const ZExactDeleted = z.object({
  EntityKey: z.string(),
  EntityType: z.number().int(),
  Timestamp: ZTimestamp,
});

export const ZExactAccountCode = z.object({ ID: z.string(), Code: ZText });

export const ZExactMe = z.object({
  d: z.object({ results: z.array(z.object({ CurrentDivision: z.number().int() })).min(1) }),
});
