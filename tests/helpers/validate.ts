// Validators for the exports, against the official C3VOC contracts in tests/fixtures/schedule/.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import ical, { type VEvent } from 'node-ical';
import { validateXML } from 'xmllint-wasm';

const fixture = (name: string) => new URL(`../fixtures/schedule/${name}`, import.meta.url);
const xsd = readFileSync(fixture('voc-schedule__xsd__schedule.xml.xsd'), 'utf8');
const schema = JSON.parse(readFileSync(fixture('voc-schedule__json__schema.json'), 'utf8'));

/** Problems found by libxml2 validating `xml` against schedule.xml.xsd; empty when valid. */
export async function frabProblems(xml: string, fileName = 'schedule.xml'): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [xsd], maxMemoryPages: 4096 });
  return result.errors.map((error) => error.rawMessage);
}

// The schema is draft-06: ajv needs that meta-schema added, and its "uri", "uuid", "date"...
// formats from ajv-formats. `strict: false` because the schema uses keywords ajv does not know
// ("$oneOf", "deprecated", "examples", "$todo").
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addMetaSchema(draft6);
// "color" is a format the schema names but no library defines: hex colours are what it means.
ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
const validateSchedule = ajv.compile(schema);

/** Problems found validating `data` against the C3VOC schedule.json schema; empty when valid. */
export function c3vocProblems(data: unknown): string[] {
  if (validateSchedule(data)) return [];
  return (validateSchedule.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

/** The VEVENT entries of an iCalendar text, read by node-ical (an independent parser). */
export function calendarEntries(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => item?.type === 'VEVENT');
}

/** A property that may be plain text or text with parameters, as text. */
export const valueOf = (value: unknown): string =>
  typeof value === 'object' && value && 'val' in value ? String((value as { val: unknown }).val) : String(value ?? '');
