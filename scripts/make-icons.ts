/**
 * Render assets/icon.svg to the PNG sizes the extension manifest needs.
 * Usage: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES: readonly number[] = [16, 32, 48, 128];

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, '..');
const svgPath = join(repoRoot, 'assets', 'icon.svg');
const outDir = join(repoRoot, 'assets', 'icons');

export function renderIcon(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0, 0, 0, 0)',
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

function main(): void {
  const svg = readFileSync(svgPath, 'utf8');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const png = renderIcon(svg, size);
    const outPath = join(outDir, `icon-${size}.png`);
    writeFileSync(outPath, png);
    console.log(`${outPath}  ${png.length} bytes`);
  }
}

main();
