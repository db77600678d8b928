import { TZDate } from '@date-fns/tz';
import { dateTimeFormat } from './format.ts';

/** The UTC offset of a time zone at an instant, written "+01:00". */
export function offsetAt(instant: Date, timeZone: string): string {
  const name = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? '');
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** An instant written in a time zone with its offset, "2026-02-03T14:30:00+01:00". */
export function zonedIso(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offsetAt(instant, timeZone)}`;
}

/**
 * The instant at which the clocks of a time zone show a wall time: ("2026-02-03", "14:30",
 * "Europe/Paris") gives 13:30 UTC. Schedules without offsets are read with it.
 */
export function instantAt(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, timeZone).getTime());
}

/** True when a name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name }); // not cached: it must throw for unknown names
    return true;
  } catch {
    return false;
  }
}
