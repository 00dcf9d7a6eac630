import { describe, expect, it } from 'vitest';
import { chooseSalutation } from '../../../../domain/letters/choose-salutation.ts';

describe('chooseSalutation: the greeting from what the contact data holds', () => {
  it.each([
    // [contact name, Dutch, English]
    ['Jan Jansen', 'Geachte heer/mevrouw Jansen,', 'Dear Jan Jansen,'],
    ['Jan de Vries', 'Geachte heer/mevrouw De Vries,', 'Dear Jan de Vries,'],
    ['J. van der Berg', 'Geachte heer/mevrouw Van der Berg,', 'Dear J. van der Berg,'],
    ['Anna', 'Beste Anna,', 'Dear Anna,'],
    ['dhr. Jansen', 'Geachte heer Jansen,', 'Dear Mr Jansen,'],
    ['De heer P. de Boer', 'Geachte heer De Boer,', 'Dear Mr De Boer,'],
    ['mevr. A. Bakker', 'Geachte mevrouw Bakker,', 'Dear Ms Bakker,'],
    ['Mrs Smith', 'Geachte mevrouw Smith,', 'Dear Ms Smith,'],
    ['Accounts Payable', 'Geachte heer/mevrouw,', 'Dear Sir or Madam,'],
    ['Crediteurenadministratie', 'Geachte heer/mevrouw,', 'Dear Sir or Madam,'],
    ['ap@acme.example', 'Geachte heer/mevrouw,', 'Dear Sir or Madam,'],
    [null, 'Geachte heer/mevrouw,', 'Dear Sir or Madam,'],
    ['   ', 'Geachte heer/mevrouw,', 'Dear Sir or Madam,'],
  ])('%s', (contactName, nl, en) => {
    expect(chooseSalutation({ contactName, language: 'nl' })).toBe(nl);
    expect(chooseSalutation({ contactName, language: 'en' })).toBe(en);
  });
});
