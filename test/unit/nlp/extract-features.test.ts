import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../nlp/classifier/extract-features.ts';
import { tokenizeText } from '../../../nlp/classifier/tokenize-text.ts';

function conceptFeatures(text: string): string[] {
  const { features } = extractFeatures(tokenizeText(text), text);
  return [...features.keys()].filter((name) => name.startsWith('k:')).sort();
}

describe('extractFeatures: concepts under a negation', () => {
  it('names a concept that is ruled out apart from one that is stated', () => {
    expect(conceptFeatures('Geen geldproblemen hoor, gewoon vergeten')).toEqual([
      'k:forgot',
      'k:no_money_trouble',
    ]);
    expect(conceptFeatures("It's not that we forgot, the money is simply not there")).toContain(
      'k:no_forgot',
    );
    expect(conceptFeatures("Ce n'est pas une question de trésorerie, j'ai oublié")).toEqual([
      'k:forgot',
      'k:no_money_trouble',
    ]);
  });

  it('keeps the plain concept when nothing negates it', () => {
    expect(conceptFeatures('We zitten krap, sorry')).toContain('k:money_trouble');
    expect(conceptFeatures('We zitten krap, sorry')).not.toContain('k:no_money_trouble');
  });

  it('knows the concepts of corpus 1.6.0: the debtor’s own payment calendar and how to pay', () => {
    expect(conceptFeatures('Wij betalen onze leveranciers op de 15e van de maand')).toContain('k:own_terms');
    expect(conceptFeatures('Laut Vertrag ist sie noch gar nicht fällig')).toContain('k:own_terms');
    expect(conceptFeatures('Puis-je payer par chèque ?')).toContain('k:pay_how');
    expect(conceptFeatures('Can I pay it in two parts?')).not.toContain('k:pay_how');
    expect(conceptFeatures('Paid by direct debit on the 3rd')).not.toContain('k:pay_how');
  });

  it('knows the concepts of corpus 1.7.0: money-dependent dates, lost invoices, paid twice, estates, invoice rules', () => {
    expect(conceptFeatures('Ik betaal zodra mijn vakantiegeld binnen is')).toContain('k:funds_awaited');
    expect(conceptFeatures('Je paierai dès que notre client nous aura réglés')).toContain('k:funds_awaited');
    expect(conceptFeatures('Ik betaal vrijdag')).not.toContain('k:funds_awaited');
    // "when I get paid" is money still to come, not a payment made.
    expect(conceptFeatures("I'll pay on the 15th when I get paid")).not.toContain('k:paid_past');
    expect(conceptFeatures('It has been paid')).toContain('k:paid_past');
    expect(conceptFeatures("La facture d'origine ne nous est jamais parvenue")).toContain(
      'k:invoice_never_came',
    );
    expect(conceptFeatures('We never received the goods')).not.toContain('k:invoice_never_came');
    expect(conceptFeatures('viré 2 fois par erreur')).toContain('k:paid_twice');
    expect(conceptFeatures('You billed us twice')).not.toContain('k:paid_twice');
    expect(conceptFeatures('Mein Vater ist verstorben, den Nachlass regelt der Notar')).toContain(
      'k:deceased',
    );
    expect(conceptFeatures('Auf der Rechnung fehlt der Leistungszeitraum')).toContain('k:invoice_fields');
  });
});
