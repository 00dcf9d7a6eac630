import { describe, expect, it } from 'vitest';
import { parseChatDate } from '../../../../bot/chat/parse-chat-date.ts';

const today = '2026-11-23';
const parse = (text: string, language = 'nl') => parseChatDate(text, { today, language });

describe('dates the debtor types', () => {
  it('reads day-month-year in the usual ways', () => {
    expect(parse('15-12-2026')).toBe('2026-12-15');
    expect(parse('15/12/2026')).toBe('2026-12-15');
    expect(parse('5.1.27')).toBe('2027-01-05');
    expect(parse('2026-12-15')).toBe('2026-12-15');
  });

  it('puts a day-month without a year in the coming twelve months', () => {
    expect(parse('15-12')).toBe('2026-12-15');
    expect(parse('15-01')).toBe('2027-01-15');
  });

  it('understands written dates through the entity extractor', () => {
    expect(parse('15 december')).toBe('2026-12-15');
    expect(parse('december 15th', 'en')).toBe('2026-12-15');
  });

  it('refuses what is not one real date', () => {
    expect(parse('31-02-2027')).toBeNull();
    expect(parse('2026-13-01')).toBeNull();
    expect(parse('whenever')).toBeNull();
    expect(parse('')).toBeNull();
  });
});
