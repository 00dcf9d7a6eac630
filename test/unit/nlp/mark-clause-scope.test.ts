import { describe, expect, it } from 'vitest';
import { markClauseScope } from '../../../nlp/classifier/mark-clause-scope.ts';
import { tokenizeText } from '../../../nlp/classifier/tokenize-text.ts';

function scoped(text: string, flag: 'negated' | 'afterContrast'): string[] {
  const tokens = tokenizeText(text);
  const scopes = markClauseScope(tokens, text);
  return tokens.filter((_token, i) => scopes[i]![flag]).map((token) => token.norm);
}

describe('markClauseScope', () => {
  it('marks the words a negation reaches, up to the end of its clause', () => {
    expect(scoped("It's not a cash issue, it slipped my mind", 'negated')).toEqual(['a', 'cash', 'issue']);
    expect(scoped('Kein Geldproblem, ich habe es vergessen', 'negated')).toEqual(['geldproblem']);
    expect(scoped("I haven't forgotten because the transfer went out", 'negated')).toEqual(['forgotten']);
  });

  it('marks the rest of the sentence after a contrast word', () => {
    expect(scoped('Nothing wrong with it, but AP rejects it. Thanks', 'afterContrast')).toEqual([
      'ap',
      'rejects',
      'it',
    ]);
    expect(scoped('rien a redire mais pas de bon de commande', 'afterContrast')).toEqual([
      'pas',
      'de',
      'bon',
      'de',
      'commande',
    ]);
  });
});
