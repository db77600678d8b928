// Which company and role to show for a person on one session, and a person's history of them.
// Pure: the pages hand in the session's and the event's affiliations.
import type { Affiliation } from '../../schema/affiliation.ts';

/** What a session and its event say of people's affiliations. */
export interface AffiliationSources {
  session: readonly Affiliation[];
  event: readonly Affiliation[];
}

/** The person's affiliation at this appearance: the session's word, else the event's, else none. */
export function affiliationAt(person: string, sources: AffiliationSources): Affiliation | undefined {
  return sources.session.find((entry) => entry.person === person) ?? sources.event.find((entry) => entry.person === person);
}

/** "DevRel, OVHcloud": the role, then the company, as far as known. */
export function formatAffiliation(affiliation: Pick<Affiliation, 'company' | 'role'> | undefined): string | undefined {
  const text = [affiliation?.role, affiliation?.company].filter(Boolean).join(', ');
  return text || undefined;
}

/** One line of a person's history: an affiliation and the years it was known, oldest first. */
export interface AffiliationPeriod {
  text: string;
  years: number[];
}

/**
 * A person's affiliations over time, newest first, each with the years of the appearances that
 * name it: "OVHcloud, 2026". Appearances that name none add nothing: unknown is not "no company".
 */
export function affiliationHistory(appearances: readonly { year: number; affiliation: Affiliation | undefined }[]): AffiliationPeriod[] {
  const periods = new Map<string, Set<number>>();
  for (const { year, affiliation } of appearances) {
    const text = formatAffiliation(affiliation);
    if (!text) continue;
    const years = periods.get(text) ?? new Set<number>();
    years.add(year);
    periods.set(text, years);
  }
  return [...periods]
    .map(([text, years]) => ({ text, years: [...years].sort((a, b) => a - b) }))
    .sort((a, b) => b.years.at(-1)! - a.years.at(-1)! || a.text.localeCompare(b.text));
}

/** "OVHcloud, 2026" or "Datadog, 2022–2023" for consecutive years, "2021, 2023" otherwise. */
export function formatPeriod(period: AffiliationPeriod): string {
  const { years } = period;
  const consecutive = years.every((year, i) => i === 0 || year === years[i - 1]! + 1);
  const when = years.length > 1 && consecutive ? `${years[0]}–${years.at(-1)}` : years.join(', ');
  return `${period.text}, ${when}`;
}
