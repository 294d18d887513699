// The identity cluster as inline SVG: the customer in the middle, its records around it, the identifiers
// it holds on an outer ring, and (for stewards) the match score between each pair of records.
import { esc } from './api.js';

export function clusterSvg(customer, records, matches) {
  const w = 640, h = 420, cx = w / 2, cy = h / 2;
  const at = (i, n, r) => [cx + r * Math.cos((2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2), cy + r * Math.sin((2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2)];
  const pos = new Map(records.map((r, i) => [r.id, at(i, records.length, 110)]));
  const ids = customer.identifiers.slice(0, 12);
  const parts = [];
  for (const m of matches) {
    const [x1, y1] = pos.get(m.a), [x2, y2] = pos.get(m.b);
    parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" class="match ${esc(m.band)}"><title>${esc(m.band)} ${m.total.toFixed(1)}</title></line>`,
      `<text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2}" class="score">${m.total.toFixed(1)}</text>`);
  }
  ids.forEach((id, i) => {
    const [x, y] = at(i, ids.length, 185);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" class="holds"/>`,
      `<rect x="${x - 58}" y="${y - 11}" width="116" height="22" rx="4" class="identifier"/>`,
      `<text x="${x}" y="${y + 4}" class="label">${esc(id.type)} ${esc(String(id.value).slice(0, 12))}</text>`);
  });
  records.forEach(r => {
    const [x, y] = pos.get(r.id);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" class="belongs"/>`,
      `<circle cx="${x}" cy="${y}" r="26" class="record"><title>${esc(r.source)} ${esc(r.sourceId)}</title></circle>`,
      `<text x="${x}" y="${y + 4}" class="label">${esc(r.source)}</text>`);
  });
  parts.push(`<circle cx="${cx}" cy="${cy}" r="20" class="customer"/><text x="${cx}" y="${cy + 4}" class="label">${esc(customer.id.slice(0, 8))}</text>`);
  const summary = `${records.length} records, ${customer.identifiers.length} identifiers` + (matches.length ? `, ${matches.length} scored pairs` : '');
  return `<svg viewBox="0 0 ${w} ${h}" role="img" aria-label="Identity cluster: ${esc(summary)}" class="cluster">${parts.join('')}</svg>
    <p class="muted">${esc(summary)}. Lines between records: match weight (log2 odds), green LINK, amber REVIEW, grey NONE.</p>`;
}
