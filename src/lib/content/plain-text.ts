// What a text field may hold, in one place: the schemas refuse anything else in content (with
// the field named), and every output strips it again, as a second line of defence for text
// that reached it another way. XML 1.0 cannot carry C0 control characters but tab, line feed
// and carriage return (one form feed in a title made the RSS feeds invalid XML for every
// reader); RFC 5545 forbids them in calendars too, and DEL; C1 controls (U+0080 to U+009F) are
// invisible, reach nobody on purpose, and some readers treat U+0085 as a line break.

/** Every character no text may hold: controls but tab, line feed and carriage return; non-characters; lone surrogates. */
const NEVER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same, plus tab and line breaks: what a single-line field (a title, a name) may not hold. */
const NEVER_ON_ONE_LINE = new RegExp(`${NEVER.source}|[\\t\\n\\r]`);
/** What a multi-line field may not hold: NEVER without its g flag, so that each search starts at the beginning. */
const NEVER_IN_PARAGRAPH = new RegExp(NEVER.source);

/** Where the first character no text may hold is (tab and line breaks allowed), or undefined. */
export function forbiddenCharacter(text: string): { index: number; character: string } | undefined {
  const found = NEVER_IN_PARAGRAPH.exec(text);
  return found ? { index: found.index, character: found[0] } : undefined;
}

/** The text without the characters no output may carry (tab and line breaks are kept). */
export function plainText(text: string): string {
  return text.replace(NEVER, '');
}

/** The same applied to every string inside a value, keys too (arrays and plain objects; dates and numbers stay as they are). */
export function plainTextIn<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainTextIn) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [plainText(key), plainTextIn(item)])) as T;
  }
  return value;
}

const NAMES: Record<number, string> = { 0x00: 'a NUL', 0x09: 'a tab', 0x0a: 'a line break', 0x0c: 'a form feed', 0x0d: 'a carriage return', 0x1b: 'an escape', 0x7f: 'a delete', 0x85: 'a next line' };

/** What a character found by the rules is, in words: "a form feed (U+000C)". */
function describe(character: string): string {
  const code = character.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `half of a character (${hex} alone)`;
  if (code >= 0xfffe) return `the non-character ${hex}`;
  return `${NAMES[code] ?? 'a control character'} (${hex})`;
}

/**
 * What is wrong with a text field's value, in the contributor's words, or undefined: longer
 * than `max` characters (counted as a reader does, by character rather than UTF-16 unit), or
 * holding a character no output can carry (on one line: tab and line breaks too).
 */
export function textProblem(value: string, { max, multiline = false }: { max: number; multiline?: boolean }): string | undefined {
  let length = 0;
  for (const _ of value) length++;
  if (length > max) return `${length} characters is too long (at most ${max})`;
  const found = (multiline ? NEVER_IN_PARAGRAPH : NEVER_ON_ONE_LINE).exec(value);
  if (!found) return undefined;
  const at = [...value.slice(0, found.index)].length + 1;
  const advice = multiline ? 'among control characters only tabs and line breaks are allowed' : 'this field is one line of plain text';
  return `has ${describe(found[0])} at character ${at}: ${advice}`;
}
