// The site as an installable app: its web manifest and the icons drawn from its mark (the
// notebook of the header and the favicon).

/** The mark on a square of `size`, as SVG; `maskable` keeps it inside the safe zone a launcher may crop to. */
export function appIconSvg(size: number, { maskable = false }: { maskable?: boolean } = {}): string {
  // A maskable icon's content must fit the centre circle of 80% of its width.
  const scale = maskable ? 0.55 : 0.8;
  const mark = size * scale;
  const offset = (size - mark) / 2;
  const background = maskable ? '<rect width="32" height="32" fill="#1d4ed8"/>' : '';
  const page = maskable ? '#ffffff' : '#1d4ed8';
  const lines = maskable ? '#1d4ed8' : '#ffffff';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${background}` +
    `<g transform="translate(${(offset / size) * 32} ${(offset / size) * 32}) scale(${scale})">` +
    `<rect x="5" y="3" width="22" height="26" rx="3" fill="${page}"/><path d="M10 10h12M10 15h12M10 20h8" stroke="${lines}" stroke-width="2.2" stroke-linecap="round"/></g></svg>`
  );
}

/** The icons the manifest lists, by file name. */
export const APP_ICONS = [
  { file: 'app-icon-192.png', size: 192, maskable: false },
  { file: 'app-icon-512.png', size: 512, maskable: false },
  { file: 'app-icon-maskable-512.png', size: 512, maskable: true },
] as const;

/** The web manifest of a site named `name`, served under `base`, in `language`. */
export function webManifest({ name, description, base, language }: { name: string; description: string; base: string; language: string }) {
  return {
    name,
    short_name: name,
    description,
    lang: language,
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d4ed8',
    icons: APP_ICONS.map((icon) => ({
      src: `${base}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
  };
}
