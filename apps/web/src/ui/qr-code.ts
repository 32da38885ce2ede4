import { encode } from 'uqr';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A QR code of `text` as an SVG element, drawn here from `uqr`'s module matrix: no network, no markup strings.
 * Dark modules are one path of 1×1 squares; the white background keeps it scannable in dark mode.
 */
export function qrCodeSvg(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr-code');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG_NS, 'path');
  modules.setAttribute('d', pathData(data));
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

/** One `M x y h w v1 h-w z` per horizontal run of dark modules. */
function pathData(rows: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
