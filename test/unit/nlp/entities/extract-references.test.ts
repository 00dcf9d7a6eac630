import { describe, expect, it } from 'vitest';
import { extractIbans } from '../../../../nlp/entities/extract-ibans.ts';
import { extractInvoiceNumbers } from '../../../../nlp/entities/extract-invoice-numbers.ts';
import { extractPoNumbers } from '../../../../nlp/entities/extract-po-numbers.ts';

describe('extractInvoiceNumbers', () => {
  it.each([
    ['factuur INV-2026-0042 is betaald', ['INV-2026-0042']],
    ['factuur 2026-118 klopt niet', ['2026-118']],
    ['factuurnummer 12345', ['12345']],
    ['Factuurnummer: 2025/0077 en 2025/0078', ['2025/0077', '2025/0078']],
    ['invoice no. 88812', ['88812']],
    ['invoices 123, 456 and 789', ['123', '456', '789']],
    ['zie inv-2025-0042', ['INV-2025-0042']],
    ['de factuur van 25-11 is betaald', []],
    ['de factuur is betaald', []],
  ])('%s', (text, expected) => {
    expect(extractInvoiceNumbers(text)).toEqual(expected);
  });
});

describe('extractPoNumbers', () => {
  it.each([
    ['PO 4500012345 ontbreekt', ['4500012345']],
    ['ons PO-nummer is 4500012345', ['4500012345']],
    ['inkoopordernummer: 78123', ['78123']],
    ['bestelnummer 991-22', ['991-22']],
    ['purchase order #PO778', ['PO778']],
    ['please add purchase order number 4500012345', ['4500012345']],
    ['PO4500012345', ['4500012345']],
    ['graag een PO vermelden', []],
  ])('%s', (text, expected) => {
    expect(extractPoNumbers(text)).toEqual(expected);
  });
});

describe('extractIbans', () => {
  it.each([
    ['NL91ABNA0417164300', ['NL91ABNA0417164300']],
    ['rekening NL91 ABNA 0417 1643 00 graag', ['NL91ABNA0417164300']],
    ['nl91abna0417164300', ['NL91ABNA0417164300']],
    ['BE68 5390 0754 7034.', ['BE68539007547034']],
    ['NL91ABNA0417164301 (one digit off)', []],
  ])('%s', (text, expected) => {
    expect(extractIbans(text)).toEqual(expected);
  });
});
