/**
 * The latest position Carnet accepts in a video: 100 hours, past any recording of an event. Beyond
 * it a number of 27 digits would be read as a float and shown as "2.77e+23:17:52".
 */
export const MAX_OFFSET_SECONDS = 100 * 3600;

/**
 * Parses a position in a video: "1:02:03", "12:34", "754", "1h02m03s", "90s" or a number of seconds.
 * Returns whole seconds, or undefined when the text is not a position (or is past {@link MAX_OFFSET_SECONDS}).
 */
export function parseOffset(value: string | number): number | undefined {
  const seconds = readOffset(value);
  return seconds !== undefined && seconds <= MAX_OFFSET_SECONDS ? seconds : undefined;
}

function readOffset(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  // Bounded lengths: a longer run of digits is never a position, and is not worth converting.
  if (/^\d{1,7}$/.test(text)) return Number(text);
  const clock = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const units = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(text);
  if (units && text !== '' && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return undefined;
}

/** Writes seconds as a clock, "12:34" or "1:02:03", as players show positions. */
export function formatOffset(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
