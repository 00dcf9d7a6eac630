import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../domain/reasons.ts';
import { detectLanguage } from '../../../../nlp/language/detect-language.ts';

describe('detectLanguage', () => {
  it.each<[string, Language]>([
    ['Goedemiddag, de factuur is blijven liggen. We betalen hem vrijdag. Met vriendelijke groet, Jan', 'nl'],
    ['Hello, we paid the invoice yesterday, please check your records. Regards', 'en'],
    ['Bonjour, nous avons déjà payé la facture la semaine dernière. Cordialement', 'fr'],
    ['Hallo, wir haben die Rechnung bereits bezahlt. Mit freundlichen Grüßen', 'de'],
    ['Hola, ya hemos pagado la factura. Saludos cordiales y gracias por todo el trabajo', 'other'],
    ['Betaald!', 'nl'],
    ['Is betaald', 'nl'],
    ['Wordt volgende week overgemaakt', 'nl'],
    ['Graag een kopie van de factuur', 'nl'],
    ['Paid yesterday', 'en'],
    ['Thx, will pay friday', 'en'],
    ['Bezahlt.', 'de'],
    ['Payé hier', 'fr'],
  ])('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['', '12345', 'https://example.com/x'])('says other when nothing points anywhere: "%s"', (text) => {
    expect(detectLanguage(text)).toBe('other');
  });
});
