// What sets pretalx's files apart from frab's, in both of its formats (schedule.xml and the
// C3VOC schedule.json): how to recognise them, its person records, its numbered track slugs.
import { text, type ImportedPerson, type ImportWarning } from './model.ts';

/** True when a schedule.xml says pretalx made it (a <generator> element or its signature comment). */
export function isPretalxXml(source: string, generatorName: unknown): boolean {
  return text(generatorName)?.toLowerCase() === 'pretalx' || /<!--\s*Made with love by pretalx/i.test(source.slice(0, 500));
}

/** True when a schedule.json looks like pretalx's: people carry a pretalx code, sessions link to `/talk/<CODE>/`. */
export function isPretalxJson(events: readonly Record<string, unknown>[]): boolean {
  return events.some(
    (event) =>
      /\/talk\/[A-Z0-9]+\/?$/.test(String(event['url'] ?? '')) ||
      (Array.isArray(event['persons']) && event['persons'].some((person) => person && typeof person === 'object' && 'code' in person)),
  );
}

/**
 * A person from a C3VOC/pretalx JSON record. pretalx writes `public_name` and a `code`, frab
 * `public_name` and a numeric `id`, schedule v2 `name` and a `guid`. Returns undefined
 * when the record has no name.
 */
export function personFromJson(record: Record<string, unknown>): ImportedPerson | undefined {
  const name = text(record['public_name']) ?? text(record['name']) ?? text(record['full_public_name']);
  if (!name) return undefined;
  const key = text(record['guid']) ?? text(record['code']) ?? text(record['id']) ?? name;
  const links = Array.isArray(record['links'])
    ? record['links']
        .map((link) => (link && typeof link === 'object' ? text((link as Record<string, unknown>)['url']) : undefined))
        .filter((url): url is string => !!url)
    : [];
  return { key, name, bio: text(record['biography']), links };
}

// pretalx numbers its track slugs ("14-orga"); the strict schemas want a letter first.
const STRICT_SLUG = /^[a-z][a-z0-9-]+$/;

/** Warns once per track slug the strict schema would refuse; Carnet makes its own ids from names. */
export function checkTrackSlug(slug: unknown, where: string, warnings: ImportWarning[]): void {
  const value = text(slug);
  if (value && !STRICT_SLUG.test(value)) {
    warnings.push({ where, message: `track slug "${value}" is not one the schema accepts: Carnet makes its own id from the track's name` });
  }
}
