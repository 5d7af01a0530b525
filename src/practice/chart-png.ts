/** Rendering the chart to PNG with resvg and the DejaVu font shipped in node_modules, never system fonts. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync, Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './chart.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const cjkDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
export const CHART_FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];
/** DejaVu has no CJK glyphs: Noto Sans SC draws Chinese. Its files are 10 MB each, so they load only when needed. */
export const CJK_FONT_FILES = [join(cjkDir, '400Regular', 'NotoSansSC_400Regular.ttf'), join(cjkDir, '700Bold', 'NotoSansSC_700Bold.ttf')];

const options = (svg: string) => ({
  // Same pixels on a bare CI box and a laptop: only the shipped font is ever used.
  font: { fontFiles: /\p{Script=Han}/u.test(svg) ? [...CHART_FONT_FILES, ...CJK_FONT_FILES] : CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  background: '#ffffff',
});

export function renderPng(svg: string): Buffer {
  return new Resvg(svg, options(svg)).render().asPng();
}

/**
 * The same on libuv's thread pool: a Chinese report card takes a large part of a second to lay out (Noto
 * Sans SC's tables are big), which a bot must not spend on the event loop every interaction waits on.
 */
export async function renderPngAsync(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, options(svg))).asPng();
}
