import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { readEvalSet } from '../../../../nlp/classifier/read-eval-set.ts';
import { readReasonCorpus } from '../../../../nlp/classifier/read-reason-corpus.ts';
import { FRANC_ONLY, OUR_FRANC_CODES } from '../../../../nlp/language/detect-language.ts';
import { rankLanguages } from '../../../../nlp/language/rank-languages.ts';
import { sharedCorpora } from '../../../support/shared-corpora.ts';

// The allow-lists detectLanguage ranks with.
const OURS = OUR_FRANC_CODES;
const WIDER = FRANC_ONLY;

function texts(): string[] {
  const dir = join(sharedCorpora('reply-trimming'), 'emails');
  return [
    ...readReasonCorpus().map((row) => row.text),
    ...readEvalSet('independent-v2').map((row) => row.text),
    ...readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8')),
    '',
    'ok',
    '12345678901234',
    '!!!???...,,,;;;',
    'Оплата уже произведена, спасибо за напоминание',
    'Оплата вже здійснена, дякуємо',
    '我们已经付款了，请查收。谢谢',
    'पहले ही भुगतान कर दिया है',
    'تم الدفع بالفعل شكرا لك',
    'Γεια σας, έχουμε ήδη πληρώσει',
    'İSTANBUL ÖDEME YAPILDI',
  ];
}

describe('rankLanguages', () => {
  it('answers exactly as franc does on the corpora and other scripts', () => {
    for (const text of texts()) {
      expect(rankLanguages(text, { only: WIDER })).toEqual(francAll(text, { only: WIDER }));
      expect(rankLanguages(text, { only: OURS, minLength: 3 })).toEqual(
        francAll(text, { only: OURS, minLength: 3 }),
      );
      expect(rankLanguages(text, { only: [] })).toEqual(francAll(text));
    }
  }, 60_000);

  it('answers exactly as franc does on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(rankLanguages(text, { only: WIDER })).toEqual(francAll(text, { only: WIDER }));
      }),
    );
  });
});
