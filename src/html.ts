/**
 * A picture of what was found: the article with every mention highlighted by type, a tooltip with
 * its normalised value and the rule that produced it, and the transfers and players as tables
 * under the text (the way spaCy's displaCy shows entities). The page is self-contained (inline
 * CSS, no script, no network) and safe: all of the article's text is escaped, so an article holding
 * `<script>` or HTML shows as text. Pure string work: it runs in browsers as in Node.
 */
import type { Extraction, Fee, Mention, Money } from './schema.js';

/**
 * How {@link toHtml} renders: the page's title, or the article's section alone.
 * @example
 * ```ts
 * toHtml(text, extract(text), { title: 'Kossounou to Liverpool?' });
 * toHtml(text, extract(text), { fragment: true }); // <section class="tt-article">...
 * ```
 */
export type HtmlOptions = {
  /** The page's title and heading (default "transfer-talk"). */
  title?: string;
  /** Only the article's `<section>`, for a page of one's own (it needs {@link HTML_STYLE}). */
  fragment?: boolean;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside an element or a quoted attribute. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** The mention types and their colours, in the legend's order; other types get the default. */
const TYPES: readonly [type: string, colour: string][] = [
  ['player', '#fde68a'],
  ['club', '#bfdbfe'],
  ['league', '#d9f99d'],
  ['nationality', '#bbf7d0'],
  ['age', '#fbcfe8'],
  ['caps', '#ddd6fe'],
  ['position', '#fed7aa'],
  ['fee', '#fecaca'],
  ['contract', '#a5f3fc'],
  ['source', '#e5e7eb'],
];

/**
 * The page's CSS: one class per mention type, `tt-TYPE`; what a page of one's own needs around
 * `toHtml(..., { fragment: true })`.
 * @example
 * ```ts
 * style.textContent = HTML_STYLE;
 * box.innerHTML = toHtml(text, extract(text), { fragment: true }); // toHtml escapes the text
 * ```
 */
export const HTML_STYLE = `
body{margin:0;background:#f8fafc;color:#0f172a;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.tt-article{margin:0 0 1rem}
.tt-text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:1rem 1.25rem;line-height:2.1}
.tt-legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 .75rem;padding:0;list-style:none;font-size:.8rem}
.tt-legend li{padding:0 .5rem;border-radius:4px}
mark{color:inherit;padding:.1em .15em;border-radius:4px;cursor:help;background:#e2e8f0}
mark mark{padding:0 .1em;box-shadow:inset 0 -2px 0 rgba(15,23,42,.35)}
mark::after{content:attr(data-type);font-size:.6em;font-weight:600;text-transform:uppercase;letter-spacing:.04em;margin-left:.3em;opacity:.6;vertical-align:middle}
mark mark::after{content:none}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border:1px solid #e2e8f0;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f5f9}
tr.tt-main td:first-child{font-weight:600}
.tt-none{color:#64748b;font-style:italic}
footer{margin-top:2rem;color:#64748b;font-size:.8rem}
${TYPES.map(([type, colour]) => `.tt-${type}{background:${colour}}`).join('\n')}
`.trim();

/**
 * The article and its extraction as a self-contained HTML page.
 * @param text the article, as given to `extract`.
 * @param extraction what `extract(text)` returned for it.
 * @example
 * ```ts
 * import { extract, toHtml } from 'transfer-talk';
 * fs.writeFileSync('article.html', toHtml(text, extract(text), { title: 'Kossounou to Liverpool?' }));
 * ```
 */
export function toHtml(text: string, extraction: Extraction, options: HtmlOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError(`transfer-talk: toHtml(text, extraction) needs a string as text, got ${text === null ? 'null' : typeof text}`);
  if (extraction === null || typeof extraction !== 'object' || !Array.isArray(extraction.mentions))
    throw new TypeError('transfer-talk: toHtml(text, extraction) needs the extraction extract(text) returned');
  const title = options.title ?? 'transfer-talk';
  const section = articleHtml(text, extraction, options.fragment ? title : undefined);
  return options.fragment ? section : htmlPage(title, section);
}

/** A whole page around sections made by {@link articleHtml}. */
function htmlPage(title: string, body: string): string {
  return `${htmlHead(title)}${body}${HTML_TAIL}`;
}

/** The start of a page, up to and including its heading: sections follow, then {@link HTML_TAIL}. */
export function htmlHead(title: string): string {
  const t = escapeHtml(title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t}</title>
<style>
${HTML_STYLE}
</style>
</head>
<body>
<main>
<h1>${t}</h1>
`;
}

export const HTML_TAIL = `<footer>Made with transfer-talk: hover a highlight for its value and the rule that found it.</footer>
</main>
</body>
</html>
`;

/** One article: the legend, the highlighted text, the transfers and the players. */
export function articleHtml(text: string, x: Extraction, heading?: string): string {
  const present = new Set(x.mentions.map((m) => m.type));
  const legend = TYPES.filter(([type]) => present.has(type))
    .map(([type]) => `<li class="tt-${type}">${type}</li>`)
    .join('');
  return `<section class="tt-article">
${heading === undefined ? '' : `<h2>${escapeHtml(heading)}</h2>\n`}${legend ? `<ul class="tt-legend">${legend}</ul>\n` : ''}<div class="tt-text">${highlight(text, x.mentions)}</div>
<h2>Transfers</h2>
${transfersTable(x)}
<h2>Players</h2>
${playersTable(x)}
</section>
`;
}

type Piece = { start: number; end: number; mention: Mention };

/**
 * The text with each mention in a `<mark>`. Mentions nest (an age inside "the 23-year-old"); one
 * that crosses another's end is split there, so the marks always nest properly.
 */
export function highlight(text: string, mentions: readonly Mention[]): string {
  const pieces: Piece[] = [];
  for (const m of mentions) {
    const start = Math.max(0, Math.min(m.start, text.length));
    const end = Math.max(start, Math.min(m.end, text.length));
    if (end > start) pieces.push({ start, end, mention: m });
  }
  // Outer before inner: by start, then the longer first.
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  // Open marks, innermost last; a piece that runs past the innermost's end is cut there and its
  // rest put back in order.
  const open: Piece[] = [];
  let at = 0;
  const closeTo = (pos: number) => {
    while (open.length > 0 && (open[open.length - 1] as Piece).end <= pos) {
      const p = open.pop() as Piece;
      out.push(escapeHtml(text.slice(at, p.end)), '</mark>');
      at = p.end;
    }
  };
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    closeTo(p.start);
    const top = open[open.length - 1];
    if (top !== undefined && p.end > top.end) {
      insertSorted(pieces, i + 1, { start: top.end, end: p.end, mention: p.mention });
      p.end = top.end;
    }
    out.push(escapeHtml(text.slice(at, p.start)), openMark(p.mention));
    at = p.start;
    open.push(p);
  }
  closeTo(Infinity);
  out.push(escapeHtml(text.slice(at)));
  return out.join('');
}

function insertSorted(pieces: Piece[], from: number, p: Piece): void {
  let k = from;
  while (k < pieces.length && ((pieces[k] as Piece).start < p.start || ((pieces[k] as Piece).start === p.start && (pieces[k] as Piece).end > p.end))) k++;
  pieces.splice(k, 0, p);
}

function openMark(m: Mention): string {
  const lines = [`${m.type}: ${describeValue(m)}`];
  if (m.ref !== undefined && m.ref !== m.value) lines.push(`of: ${m.ref}`);
  if (m.rule !== undefined) lines.push(`rule: ${m.rule}`);
  const type = escapeHtml(m.type);
  return `<mark class="tt-${type.replace(/[^a-z0-9-]/gi, '')}" data-type="${type}" title="${escapeHtml(lines.join('\n')).replace(/\n/g, '&#10;')}">`;
}

function describeValue(m: Mention): string {
  const v = m.value;
  if (v === undefined || v === null) return m.text;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isFeeValue(v)) return formatFee(v);
  return JSON.stringify(v);
}

function isFeeValue(v: unknown): v is Pick<Fee, 'kind' | 'amounts'> {
  if (v === null || typeof v !== 'object') return false;
  const o = v as { kind?: unknown; amounts?: unknown };
  return typeof o.kind === 'string' && Array.isArray(o.amounts) && o.amounts.every((a) => a !== null && typeof a === 'object' && typeof (a as Money).currency === 'string' && typeof (a as Money).amount === 'number');
}

/** `{ kind: 'asking-price', amounts: [€60m, £51m] }` → "asking price €60,000,000 / £51,000,000". */
export function formatFee(f: Pick<Fee, 'kind' | 'amounts'>): string {
  return `${f.kind.replace(/-/g, ' ')} ${f.amounts.map(formatMoney).join(' / ')}`;
}

const SYMBOLS: Record<string, string> = { EUR: '€', GBP: '£', USD: '$' };

/** `{ currency: 'EUR', amount: 60000000 }` → "€60,000,000" (grouping done here: no locale data needed). */
export function formatMoney(m: Money): string {
  const [whole = '0', cents] = Math.abs(m.amount).toFixed(2).split('.');
  let grouped = whole;
  if (/^\d+$/.test(whole)) for (let k = whole.length - 3; k > 0; k -= 3) grouped = `${grouped.slice(0, k)},${grouped.slice(k)}`;
  const amount = cents === '00' || cents === undefined ? grouped : `${grouped}.${cents}`;
  const symbol = SYMBOLS[m.currency];
  return symbol === undefined ? `${m.currency} ${amount}` : `${symbol}${amount}`;
}

const cell = (s: string | null | undefined): string => (s === null || s === undefined || s === '' ? '<td class="tt-none">–</td>' : `<td>${escapeHtml(s)}</td>`);

function transfersTable(x: Extraction): string {
  if (x.transfers.length === 0) return '<p class="tt-none">No transfer found.</p>';
  const rows = x.transfers.map((t) => {
    const fees = t.fees.map(formatFee).join('; ');
    return `<tr${t.main ? ' class="tt-main"' : ''}>${cell(t.player)}${cell(t.from)}${cell(t.to)}${cell(t.suitors.join(', '))}${cell(fees)}${cell(t.status)}</tr>`;
  });
  return `<table>
<thead><tr><th>Player</th><th>From</th><th>To</th><th>Suitors</th><th>Fees</th><th>Status</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

function playersTable(x: Extraction): string {
  if (x.players.length === 0) return '<p class="tt-none">No player found.</p>';
  const num = (n: number | null) => (n === null ? null : String(n));
  const rows = x.players.map(
    (p) =>
      `<tr>${cell(p.name)}${cell(num(p.age))}${cell(p.nationality ? `${p.nationality.name} (${p.nationality.code})` : null)}${cell(num(p.caps))}${cell(p.position)}${cell(p.club)}${cell(num(p.contractExpiry))}${cell(p.formerClubs.join(', '))}</tr>`,
  );
  return `<table>
<thead><tr><th>Player</th><th>Age</th><th>Nationality</th><th>Caps</th><th>Position</th><th>Club</th><th>Contract to</th><th>Former clubs</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}
