/** A wall-clock time in Europe/Amsterdam, such as 09:00 for DUNNING_RUN_AT. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" on a 24-hour clock (00:00 to 23:59), or null for anything else. */
export function parseTimeOfDay(text: string): TimeOfDay | null {
  const match = HH_MM.exec(text.trim());
  if (!match) return null;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function formatTimeOfDay({ hour, minute }: TimeOfDay): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
