import type { AddressObject } from 'mailparser';
import { stripControlCharacters } from './strip-control-characters.ts';

/** Every address in a parsed address header, groups included, in lower case, without control characters. */
export function readMailAddresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const result: string[] = [];
  for (const group of list) {
    for (const entry of group.value) {
      if (entry.address) result.push(stripControlCharacters(entry.address).toLowerCase());
      for (const member of entry.group ?? [])
        if (member.address) result.push(stripControlCharacters(member.address).toLowerCase());
    }
  }
  return result;
}
