/**
 * Draws a preview card as a PNG at build time: satori lays the text out into an SVG with the
 * glyphs as paths (so no system font is needed), and resvg rasterises it. The font comes from an
 * npm package, so nothing is fetched while building.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_IMAGE_SIZE, type OgCard } from './cards';
import { SITE_NAME } from '../../site/page-meta';

interface Font {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  const load = async (weight: 400 | 700): Promise<Font> => ({
    name: 'Noto Sans',
    data: await readFile(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`),
    ),
    weight,
    style: 'normal',
  });
  fonts ??= Promise.all([load(400), load(700)]);
  return fonts;
}

/** Satori's element shape, written as plain objects so that no JSX setup is needed. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}
const el = (style: Record<string, string | number>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style, children },
});

function layout(card: OgCard): Node {
  const PADDING = 64;
  // Satori adds padding outside the width and height it is given, so the box is the card less it.
  const inner = {
    width: OG_IMAGE_SIZE.width - 2 * PADDING,
    height: OG_IMAGE_SIZE.height - 2 * PADDING,
  };
  const line = { display: 'flex', width: inner.width };
  return el(
    {
      ...inner,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: PADDING,
      background: '#0c4a6e',
      color: '#f0f9ff',
      fontFamily: 'Noto Sans',
    },
    el({ ...line, fontSize: 30, color: '#bae6fd' }, `${SITE_NAME} · error 0x643 / 1603`),
    el(
      { display: 'flex', flexDirection: 'column' },
      el({ ...line, fontSize: 112, fontWeight: 700, lineHeight: 1.1 }, card.heading),
      el({ ...line, fontSize: 44, fontWeight: 700, marginTop: 12, lineHeight: 1.25 }, card.title),
    ),
    el({ ...line, fontSize: 34, color: '#e0f2fe', lineHeight: 1.3 }, card.windows),
  );
}

export async function renderOgImage(card: OgCard): Promise<Buffer> {
  // satori's types expect React elements; the plain-object form is what it reads at run time.
  const svg = await satori(layout(card), { ...OG_IMAGE_SIZE, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } }).render().asPng();
}
