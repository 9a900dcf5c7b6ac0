/**
 * How the `transfer-talk` command prints its results (`--format`): a printer gives the text to
 * write before the first result, for each result as it comes (in input order) and after the last,
 * so output streams whatever the format.
 */
import { articleHtml, formatFee, HTML_TAIL, htmlHead } from './html.js';
import type { Extraction } from './schema.js';

export const FORMATS = ['json', 'jsonl', 'table', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** One result: `head` opens its JSON-lines wrapper (`{"file":"a.txt","extraction":`). */
export type Printed = { label: string; head: string; text: string; json: string };

export interface Printer {
  start(): string;
  item(r: Printed): string;
  end(): string;
}

/**
 * The printer for a format. With none given, one input prints as `json` (indented unless
 * `compact`), several as `jsonl`. `title` heads an HTML page.
 */
export function printer(format: Format | undefined, several: boolean, opts: { pretty: boolean; compact: boolean; title: string }): Printer {
  const chosen = format ?? (several ? 'jsonl' : 'json');
  let count = 0;
  const nothing = () => '';
  switch (chosen) {
    case 'jsonl':
      return { start: nothing, item: (r) => `${r.head}${r.json}}\n`, end: nothing };
    case 'json':
      if (!several) return { start: nothing, item: (r) => `${opts.compact ? r.json : JSON.stringify(JSON.parse(r.json), null, 2)}\n`, end: nothing };
      // Several: one array, each element written as its result comes.
      return {
        start: () => '[',
        item: (r) => {
          const element = opts.pretty ? indent(JSON.stringify(JSON.parse(`${r.head}${r.json}}`), null, 2)) : `${r.head}${r.json}}`;
          return `${count++ === 0 ? '\n' : ',\n'}${element}`;
        },
        end: () => (count === 0 ? ']\n' : '\n]\n'),
      };
    case 'table':
      return {
        start: nothing,
        item: (r) => {
          const table = transfersTable(JSON.parse(r.json) as Extraction);
          return several ? `${count++ === 0 ? '' : '\n'}${r.label}\n${table}` : table;
        },
        end: nothing,
      };
    case 'html':
      return {
        start: () => htmlHead(opts.title),
        item: (r) => articleHtml(r.text, JSON.parse(r.json) as Extraction, several ? r.label : undefined),
        end: () => HTML_TAIL,
      };
  }
}

const indent = (s: string): string => s.replace(/^/gm, '  ');

const COLUMNS = ['PLAYER', 'FROM', 'TO', 'STATUS', 'FEES', 'SUITORS'] as const;

/** The transfers as columns padded to their widest cell, for a terminal. */
export function transfersTable(x: Extraction): string {
  if (x.transfers.length === 0) return '(no transfers)\n';
  const rows = x.transfers.map((t) => [
    t.player,
    t.from ?? '-',
    t.to ?? '-',
    t.status,
    t.fees.map(formatFee).join('; ') || '-',
    t.suitors.join(', ') || '-',
  ]);
  const widths = COLUMNS.map((c, k) => Math.max(c.length, ...rows.map((r) => (r[k] as string).length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => (k === cells.length - 1 ? c : c.padEnd(widths[k] as number))).join('  ');
  return `${[line(COLUMNS), ...rows.map(line)].join('\n')}\n`;
}
