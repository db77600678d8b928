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

const MARGIN = 80;

/** The two faces a card is set in. */
export type Weight = 'regular' | 'bold';

/** Width in pixels of a line of text at a font size, as the renderer will set it. */
export type Measure = (text: string, fontSize: number, weight: Weight) => number;

/**
 * How many of the first characters of `chars` fit: all of them, as for most words, in one
 * measure; otherwise found by doubling then halving the length tried, so the work grows with
 * the length of a line, not of the word. Widths of prefixes only grow as characters are added.
 */
function fittingLength(chars: readonly string[], fits: (text: string) => boolean): number {
  if (fits(chars.join(''))) return chars.length;
  let fit = 0;
  let tooLong = 1;
  while (tooLong <= chars.length && fits(chars.slice(0, tooLong).join(''))) {
    fit = tooLong;
    tooLong *= 2;
  }
  tooLong = Math.min(tooLong, chars.length + 1);
  while (tooLong - fit > 1) {
    const middle = (fit + tooLong) >> 1;
    if (fits(chars.slice(0, middle).join(''))) fit = middle;
    else tooLong = middle;
  }
  return fit;
}

/**
 * Splits text into at most `maxLines` lines that fit `width` pixels, breaking between words
 * (inside a word only when it alone is too long). The last line ends with "…" when cut.
 * The work is bounded by what is shown: wrapping stops once there are more lines than that,
 * and a long word is cut without measuring all of it again for each line (a 20,000-character
 * title used to hold up the build for minutes).
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number, measure: Measure, weight: Weight = 'bold'): string[] {
  const fits = (line: string) => measure(line, fontSize, weight) <= width;
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const whole of words) {
    if (lines.length > maxLines) break;
    // By code point, so a cut never splits a character written as two UTF-16 units.
    let chars = [...whole];
    let fit = fittingLength(chars, fits);
    while (fit < chars.length) {
      // A word too long for a line alone fills lines of its own; at least one character each.
      const cut = Math.max(1, fit);
      if (line) lines.push(line);
      lines.push(chars.slice(0, cut).join(''));
      line = '';
      chars = chars.slice(cut);
      if (lines.length > maxLines) break;
      fit = fittingLength(chars, fits);
    }
    const word = chars.join('');
    if (!word || lines.length > maxLines) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = last.replace(/\s*\S+$/, '') || last.slice(0, -1);
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

/** Something drawn on a card: a filled rectangle or a line of text (y is its baseline). */
export type CardShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; radius: number; colour: string }
  | { kind: 'text'; x: number; y: number; size: number; weight: Weight; colour: string; text: string };

/** A card ready to draw: its background and what goes on it, in order. */
export interface CardLayout {
  width: number;
  height: number;
  background: string;
  shapes: CardShape[];
}

/**
 * Where everything on a card goes: kicker, title (up to four lines, smaller when long),
 * people, brand. Pure and deterministic, so the same input gives the same layout and the
 * image cache can key on it.
 */
export function cardLayout(input: CardInput, measure: Measure): CardLayout {
  const { width: cardWidth, height } = CARD;
  const ink = textColourOn(input.background);
  // The accent writes the kicker only where it is readable; otherwise the text colour does.
  const kickerInk = contrast(input.accent, input.background) >= 4.5 ? input.accent : ink;
  const width = cardWidth - 2 * MARGIN;
  const titleSize = input.title.length > 70 ? 54 : 66;
  const title = wrapText(input.title, width, titleSize, 4, measure);
  const kicker = wrapText(input.kicker, width, 30, 1, measure);
  const names = input.people.length > 4 ? [...input.people.slice(0, 3), `+ ${input.people.length - 3}`] : input.people;
  const people = wrapText(names.join(' · '), width, 32, 2, measure, 'regular');
  const titleTop = 190;
  const peopleTop = titleTop + title.length * titleSize * 1.15 + 40;
  const text = (x: number, y: number, size: number, weight: Weight, colour: string, line: string): CardShape => ({
    kind: 'text',
    x,
    y: Math.round(y),
    size,
    weight,
    colour,
    text: line,
  });
  return {
    width: cardWidth,
    height,
    background: input.background,
    shapes: [
      { kind: 'rect', x: 0, y: 0, width: 24, height, radius: 0, colour: input.accent },
      text(MARGIN, 110, 30, 'bold', kickerInk, kicker[0] ?? ''),
      ...title.map((line, i) => text(MARGIN, titleTop + i * titleSize * 1.15, titleSize, 'bold', ink, line)),
      ...people.map((line, i) => text(MARGIN, peopleTop + i * 42, 32, 'regular', ink, line)),
      { kind: 'rect', x: MARGIN, y: height - 96, width: 40, height: 46, radius: 6, colour: input.accent },
      text(MARGIN + 60, height - 60, 30, 'bold', ink, input.brand),
    ],
  };
}
