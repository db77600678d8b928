// The replay's poster, drawn as SVG here and turned into an image by sharp at build time, so
// a page shows a picture of the talk without asking the video platform for its thumbnail.

export const POSTER_SIZE = { width: 1280, height: 720 } as const;

/** What a poster shows. */
export interface PosterInput {
  title: string;
  /** The event's short name. */
  event: string;
  /** People on stage, in display order. */
  people: readonly string[];
  /** The event's colours, like #1b2a4a. */
  background: string;
  accent: string;
}

/** Where a session's poster is served, on our own origin. */
export function posterPath(event: string, session: string): string {
  return `/posters/${event}/${session}.webp`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function textColourOn(background: string): string {
  return contrast('#ffffff', background) >= contrast('#111111', background) ? '#ffffff' : '#111111';
}

/**
 * Splits text into lines of at most `width` characters, breaking between words, in at most
 * `maxLines` lines; what does not fit ends with an ellipsis. A word longer than a line is cut.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${(last.length >= width ? last.slice(0, width - 1) : last).replace(/[\s,;:.…]+$/, '')}…`;
  return kept;
}

const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** The poster as an SVG document, 1280 × 720. */
export function posterSvg(input: PosterInput): string {
  const { width, height } = POSTER_SIZE;
  const ink = textColourOn(input.background);
  // The accent names the event only where it is readable; otherwise the text colour does.
  const eventInk = contrast(input.accent, input.background) >= 4.5 ? input.accent : ink;
  const margin = 96;
  // About 0.6 em per character in a bold sans at these sizes: 30 characters of 60 px fill the width.
  const titleLines = wrapText(input.title, 30, 4);
  const titleSize = titleLines.length > 3 ? 54 : 60;
  const titleTop = 250 - (titleLines.length - 1) * 18;
  const people = wrapText(input.people.join(', '), 52, 2);
  const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${input.background}"/>`,
    `<rect x="0" y="0" width="24" height="${height}" fill="${input.accent}"/>`,
    text(margin, 130, 34, eventInk, input.event, 700),
    ...titleLines.map((line, i) => text(margin, titleTop + i * (titleSize + 14), titleSize, ink, line, 700)),
    ...people.map((line, i) => text(margin, height - 120 + i * 44, 34, ink, line)),
    text(width - margin, 130, 26, ink, 'Carnet', 700).replace('<text ', '<text text-anchor="end" opacity="0.8" '),
    '</svg>',
  ].join('\n');
}
