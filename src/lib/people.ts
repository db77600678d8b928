const PARTICLES = /^(?:de|du|des|le|la|van|von|der|di|da)\s+/i;

/**
 * The key a name is sorted under in an A-to-Z index: the family name, written after the
 * first name in Carnet's files, without a leading particle ("Caroline de Vasson" under V).
 */
export function sortKey(name: string): string {
  const family = name.trim().split(/\s+/).slice(1).join(' ') || name;
  return family.replace(PARTICLES, '');
}

/** The index letter of a name: A to Z without accents, "#" for anything else. */
export function indexLetter(name: string): string {
  const letter = sortKey(name).normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}

/** Sorts people A to Z by family name, then by full name, the way French readers expect. */
export function sortPeople<T extends { name: string }>(people: readonly T[], locale = 'fr'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...people].sort((a, b) => collator.compare(sortKey(a.name), sortKey(b.name)) || collator.compare(a.name, b.name));
}

/** One or two initials for an avatar: "Aurélie Vache" gives "AV". */
export function initials(name: string): string {
  const words = name.trim().split(/[\s-]+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable hue (0-359) for a name, so an avatar keeps its colour across builds. */
export function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % 360;
}
