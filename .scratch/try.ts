import { loadLetterTemplates } from '../channels/email/letters/load-letter-templates.ts';
const t0 = performance.now();
const t = await loadLetterTemplates();
console.log('load ms', performance.now() - t0, [...t.files.keys()]);
const r = await t.render({ name: process.argv[2] ?? 'reminder_2', language: process.argv[3] ?? 'nl', data: {
  company: { legalName: 'Acme B.V.', address: { street: 'Damrak 1', postalCode: '1012 LG', city: 'Amsterdam', country: 'Nederland' }, kvk: '12345678', vatNumber: 'NL001234567B01', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', phone: null, email: 'debiteuren@acme.nl', logoUrl: null },
  debtorName: "Café 't Hoekje", contactName: 'Anna', invoices: [{ number: 'F1', openCents: 35000, dueDate: '2026-01-01', payUrl: 'https://p/1' }, { number: 'F2', openCents: 1000, dueDate: '2026-01-02', payUrl: 'https://p/2' }],
  paymentLink: 'https://p/all', costsCents: 5400, earlierLetters: 2, letterDate: '2026-03-01' } });
console.log(r.subject); console.log(r.text); //;
