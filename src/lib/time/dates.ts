import { dateTimeFormat } from './format.ts';
/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The wall-clock time (HH:MM, 24 h) of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return dateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** An instant plus a number of minutes. */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** A day written for readers, like "mardi 3 février 2026". The day is read as a calendar day, not an instant. */
export function formatDay(day: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A day of a multi-day programme, like "mardi 7 octobre": the year is in the event's dates already. */
export function formatDayShort(day: string, locale: string): string {
  return dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "3 février 2026" or "3–4 février 2026" for an event's dates. */
export function formatDayRange(start: string, end: string, locale: string): string {
  const format = dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const from = new Date(`${start}T00:00:00Z`);
  return start === end ? format.format(from) : format.formatRange(from, new Date(`${end}T00:00:00Z`));
}

/**
 * A duration in minutes as people say it: "45 min", "1 h 15" in French; in any other language as
 * Intl says it ("1 hr, 15 min" in English), since "1 h 15" reads as French.
 */
export function formatMinutes(minutes: number, locale = 'fr-FR'): string {
  if (!locale.startsWith('fr')) {
    return new Intl.DurationFormat(locale, { style: 'short' }).format({ hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  }
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The city an IANA time zone is named after, as readers say it: "Europe/Paris" is "Paris",
 * "America/Argentina/Buenos_Aires" is "Buenos Aires". A zone without a city ("UTC",
 * "Etc/GMT+2") is returned whole. Intl's generic names say "heure d’Europe centrale", which
 * does not tell a reader which city's clock the programme follows.
 */
export function timeZoneCity(timeZone: string): string {
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return timeZone.replace(/^Etc\//, '');
  return timeZone.split('/').at(-1)!.replace(/_/g, ' ');
}
