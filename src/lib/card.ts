/** Size of a social card: the 1.91:1 image Open Graph and X show in full. */
export const CARD = { width: 1200, height: 630 } as const;

/** What a card shows. */
export interface CardInput {
  /** Session or event title, the biggest text. */
  title: string;
  /** Line above the title: the event's name, or its dates for an event card. */
  kicker: string;
  /** Names of the people on stage, in order. */
  people: readonly string[];
  /** Event colours (#rrggbb). */
  background: string;
  accent: string;
  /** The site's name, bottom left. */
  brand: string;
}

// Generic families present on the build machine (DejaVu, Liberation) before the generic name.
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const MARGIN = 80;

/** Rough width of a character in ems for a bold sans-serif; enough to wrap lines inside the card. */
function charWidth(char: string): number {
  if (/[il.,;:!'|’ ]/.test(char)) return 0.34;
  if (/[mwMW@]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.74;
  if (/[0-9]/.test(char)) return 0.66;
  return 0.62;
}

export function textWidth(text: string, fontSize: number): number {
  // 1.08: measured against DejaVu Sans Bold as librsvg draws it, with a little room to spare.
  return [...text].reduce((sum, char) => sum + charWidth(char), 0) * fontSize * 1.08;
}

/**
 * Splits text into at most `maxLines` lines that fit `width` pixels, breaking between words
 * (inside a word only when it alone is too long). The last line ends with "…" when cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (textWidth(word, fontSize) > width) {
      let cut = word.length - 1;
      while (cut > 1 && textWidth(word.slice(0, cut), fontSize) > width) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, fontSize) > width) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** Relative luminance of a #rrggbb colour (WCAG). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const LIGHT_INK = '#f8fafc';
const DARK_INK = '#111827';

/** Near-black or near-white, whichever contrasts more with the background. */
export function textColourOn(background: string): string {
  return contrast(LIGHT_INK, background) >= contrast(DARK_INK, background) ? LIGHT_INK : DARK_INK;
}

export const escapeXml = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The card as SVG: kicker, title (up to four lines, smaller when long), people, brand. Pure
 * and deterministic, so the same input gives the same bytes and the cache can key on it.
 */
export function cardSvg(input: CardInput): string {
  const size = CARD;
  const ink = textColourOn(input.background);
  // The accent writes the kicker only where it is readable; otherwise the text colour does.
  const kickerInk = contrast(input.accent, input.background) >= 4.5 ? input.accent : ink;
  const width = size.width - 2 * MARGIN;
  const titleSize = input.title.length > 70 ? 54 : 66;
  const title = wrapText(input.title, width, titleSize, 4);
  const kicker = wrapText(input.kicker, width, 30, 1);
  const names = input.people.length > 4 ? [...input.people.slice(0, 3), `+ ${input.people.length - 3}`] : input.people;
  const people = wrapText(names.join(' · '), width, 32, 2);
  const titleTop = 190;
  const lines = title
    .map((line, i) => `<text x="${MARGIN}" y="${titleTop + i * titleSize * 1.15}" font-size="${titleSize}" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  const peopleTop = titleTop + title.length * titleSize * 1.15 + 40;
  const peopleLines = people.map((line, i) => `<text x="${MARGIN}" y="${peopleTop + i * 42}" font-size="32">${escapeXml(line)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
    `<rect width="100%" height="100%" fill="${input.background}"/>`,
    `<rect x="0" y="0" width="24" height="${size.height}" fill="${input.accent}"/>`,
    `<g font-family="${FONT}" fill="${ink}">`,
    `<text x="${MARGIN}" y="110" font-size="30" fill="${kickerInk}" font-weight="700">${escapeXml(kicker[0] ?? '')}</text>`,
    lines,
    peopleLines,
    `<rect x="${MARGIN}" y="${size.height - 96}" width="40" height="46" rx="6" fill="${input.accent}"/>`,
    `<text x="${MARGIN + 60}" y="${size.height - 60}" font-size="30" font-weight="700">${escapeXml(input.brand)}</text>`,
    '</g></svg>',
  ].join('');
}
