import { encode } from 'uqr';

const svgNs = 'http://www.w3.org/2000/svg';

/** Draws `text` as a QR code SVG (built node by node, no markup strings) into `container`. */
export function renderQr(container: HTMLElement, text: string, label: string): void {
  // Quartile error correction survives glare and a scuffed screen; a 4-module border is the standard quiet zone.
  const { data, size } = encode(text, { ecc: 'Q', border: 4 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(svgNs, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  container.replaceChildren(svg);
}
