import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACK_COLOURS, trackColour } from '../../../../src/lib/schedule/timetable.ts';

// The track colours are text colours too (the track's name on a card): each must pass WCAG AA,
// 4.5:1, on every background a card or the legend sits on, in both themes.
const css = readFileSync(new URL('../../../../src/styles/global.css', import.meta.url), 'utf8');
const token = (name: string): [string, string] => {
  const match = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`no --${name} token with light-dark() in global.css`);
  return [match[1]!, match[2]!];
};
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('track colours', () => {
  const backgrounds = ['bg', 'surface', 'surface-2'].map(token);
  const colours = Array.from({ length: TRACK_COLOURS }, (_, i) => token(`track-${i + 1}`));

  it('pass 4.5:1 on every background, in the light and the dark theme', () => {
    for (const [i, [light, dark]] of colours.entries()) {
      for (const [lightBg, darkBg] of backgrounds) {
        expect(contrast(light, lightBg), `--track-${i + 1} light on ${lightBg}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(dark, darkBg), `--track-${i + 1} dark on ${darkBg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('are all different', () => {
    expect(new Set(colours.map(([light]) => light)).size).toBe(TRACK_COLOURS);
    expect(new Set(colours.map(([, dark]) => dark)).size).toBe(TRACK_COLOURS);
  });

  it('follow the event’s order of tracks, and wrap after the last colour', () => {
    const tracks = Array.from({ length: 10 }, (_, i) => `t${i}`);
    expect(trackColour(tracks, 't0')).toBe(1);
    expect(trackColour(tracks, 't7')).toBe(8);
    expect(trackColour(tracks, 't8')).toBe(1);
    expect(trackColour(tracks, undefined)).toBeUndefined();
    expect(trackColour(tracks, 'unknown')).toBeUndefined();
  });
});
