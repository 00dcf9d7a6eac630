import type { AddressObject } from 'mailparser';

/** Every address in a parsed address header, groups included, in lower case. */
export function readMailAddresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const result: string[] = [];
  for (const group of list) {
    for (const entry of group.value) {
      if (entry.address) result.push(entry.address.toLowerCase());
      for (const member of entry.group ?? []) if (member.address) result.push(member.address.toLowerCase());
    }
  }
  return result;
}
