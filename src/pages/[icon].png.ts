import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, appIconSvg } from '../lib/site/app.ts';

// The app's icons, drawn from the site's mark at build time.
export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.file.replace(/\.png$/, '') }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute<(typeof APP_ICONS)[number]> = async ({ props }) =>
  new Response(
    new Uint8Array(
      await sharp(Buffer.from(appIconSvg(props.size, { maskable: props.maskable })))
        .png()
        .toBuffer(),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
