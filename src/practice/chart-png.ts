/** Rendering the chart to PNG with resvg and the DejaVu font shipped in node_modules, never system fonts. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY } from './chart.ts';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const CHART_FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    // Same pixels on a bare CI box and a laptop: only the shipped font is ever used.
    font: { fontFiles: CHART_FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
