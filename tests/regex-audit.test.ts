/**
 * Regex audit (issue 5, robustness): every regular expression the library uses is checked for
 * catastrophic backtracking with recheck (https://makenowjust-labs.github.io/recheck/).
 *
 * How the regexes are found:
 *  - at run time: before the library is imported, `RegExp.prototype.exec` is wrapped (V8 sends
 *    `test`, `match`, `matchAll`, `replace`, `split` and `search` through a user-modified `exec`) and
 *    the global `RegExp` constructor is proxied (to learn where composed patterns are defined); then
 *    `extract` runs over the seeds, the fixtures and generated text, and `createExtractor` over a
 *    small custom gazetteer. Both hooks are removed afterwards;
 *  - statically: every regex literal in src/**\/*.ts (parsed with TypeScript), so that patterns the
 *    inputs never reach are audited too (and listed, as a soft finding).
 * Regexes defined in src/ fail the test when recheck calls them `vulnerable`, unless listed in
 * ALLOWED_PENDING_FIX. Regexes of the runtime dependencies (package.json "dependencies": today
 * currency.js and zod run some) are reported but cannot fail it: they are not ours to fix
 * (tests/adversarial.test.ts times their attack strings through `extract` instead). `unknown` results (the checker gave up) are listed and
 * get a timing check of their own on long strings derived from the pattern.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import fc from 'fast-check';
import { check, type Diagnostics } from 'recheck';
import { articleArb, realisticText } from './robustness-helpers.js';

const NATIVE_REGEXP = RegExp;
const NATIVE_EXEC = RegExp.prototype.exec;
const root = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(root, 'src') + path.sep;
const SELF = fileURLToPath(import.meta.url);

/**
 * Known-vulnerable regexes of src/, awaiting a fix: id (see `regexId`) → where it was found and
 * what V8 makes of recheck's attack string. Empty this list as they are fixed; an id that no longer
 * names a regex of the library fails the test, so the list cannot go stale. Found on the code of
 * this file's first commit with REGEX_AUDIT_THOROUGH=1; the default, lighter run finds the 10 marked *
 * (its fuzzer is cut short by time limits, so what it finds can vary a little with the load).
 */
const ALLOWED_PENDING_FIX: ReadonlyMap<string, string> = new Map([
  // Slow in V8 on recheck's attack string:
  // Flagged by recheck's fuzzer, but V8 runs its attack string in under 5 ms (bounded quantifiers):
  ['8193fdef92f8', '* src/resolve/relations.ts buyer/subject'],
  ['204bc664274a', '* src/resolve/relations.ts suitor/also-interested'],
  ['7cdf9188f663', '* src/resolve/relations.ts to/listed-moves'],
  ['241b58cd3b00', '* src/rules/money.ts SUFFIXED_RE'],
  ['cfd47625597e', '* src/resolve/relations.ts seller/subject-deal-to-sell'],
  ['dbbd187a9103', 'src/resolve/assemble.ts ANAPHOR_RE'],
  ['385dc086cd46', 'src/resolve/assemble.ts EARLIER_WINDOW'],
  ['580c9a15f4fa', 'src/resolve/relations.ts seller/club-sold'],
  ['046f723023c2', 'src/resolve/relations.ts buyer/subject-second-verb'],
  ['49d0dd46bc5e', 'src/resolve/relations.ts suitor/competition-from'],
  ['2a1b19ce0ad1', 'src/resolve/relations.ts suitor/linked-with'],
  ['5d103862d0e3', 'src/rules/status.ts NEGATION'],
  // Flagged now and then by the lighter run only (the thorough one, given 60 s, calls it safe):
  ['3727c16d982d', 'src/rules/status.ts ALL (the status cues combined; sticky now, tried only where SCAN found a cue): V8 1 ms on its 190 KB attack string'],
  ['78f1d5329c5a', 'src/resolve/relations.ts buyer/clause-subject (the twin of buyer/subject, under load): V8 1.6 ms on its 173 KB attack string'],
  ['cd4cc71f6379', 'src/resolve/relations.ts buyer/subject-alone (under load): V8 2.2 ms on its 155 KB attack string'],
]);

/** The runtime dependencies whose regexes run inside `extract` (package.json "dependencies"). */
const RUNTIME_DEPS: readonly string[] = Object.keys((JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);

/** A short stable id for a regex: its flags and source hashed. */
const regexId = (source: string, flags: string): string => crypto.createHash('sha256').update(`${flags}/${source}`).digest('hex').slice(0, 12);

interface Found {
  readonly id: string;
  readonly source: string;
  readonly flags: string;
  /** Where it is defined (`src/x.ts:12`) when known: a literal's line, or a `new RegExp` call's. */
  defined?: string;
  /** The first place that ran it, at run time. */
  used?: string;
  /** How many times it ran on the audit's inputs (0: found statically only). */
  runs: number;
}

/** Every regex found, by `${flags}/${source}`. */
const found = new Map<string, Found>();
const foundOf = (source: string, flags: string): Found => {
  const key = `${flags}/${source}`;
  let f = found.get(key);
  if (!f) found.set(key, (f = { id: regexId(source, flags), source, flags, runs: 0 }));
  return f;
};

/** `src/x.ts:12` or `node_modules/pkg/...:3` for the first stack frame outside this file and node internals. */
function callerSite(stack: string | undefined): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const at = line.indexOf(root);
    if (at < 0 || line.includes(SELF)) continue;
    const loc = line.slice(at + root.length).replace(/\)$/, '');
    return loc.replace(/:\d+$/, ''); // file:line, without the column
  }
  return undefined;
}

/** Who owns a regex: 'src' or the dependency's package name, or null for test tooling. */
function ownerOf(f: Found): string | null {
  for (const site of [f.defined, f.used]) {
    if (!site) continue;
    if (site.startsWith('src/')) return 'src';
    const dep = RUNTIME_DEPS.find((d) => site.startsWith(`node_modules/${d}/`));
    if (dep) return dep;
  }
  return null;
}

// ---------- static collection: regex literals and `new RegExp` calls in src/ ----------

interface StaticRegex {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

function srcFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? srcFiles(p) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function staticRegexes(): { literals: StaticRegex[]; constructed: string[] } {
  const literals: StaticRegex[] = [];
  const constructed: string[] = [];
  for (const file of srcFiles(SRC)) {
    const rel = path.relative(root, file);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const close = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, close), flags: text.slice(close + 1), where: `${rel}:${line(n)}` });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructed.push(`${rel}:${line(n)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, constructed };
}

// ---------- run-time collection ----------

function fileTexts(dir: string): string[] {
  const d = path.join(root, dir);
  return fs
    .readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(d, f), 'utf8'));
}

/** Text for the library to chew on while the hooks record: the corpus plus generated articles. */
function auditInputs(): string[] {
  const generated = fc.sample(articleArb, { seed: 7, numRuns: 150 });
  const odd = [
    '<p>Liverpool &amp; Chelsea: &pound;51m for the 23-year-old</p>',
    'LIVERPOOL HAVE SIGNED QUENTIN MARSH FROM CHELSEA FOR £51M',
    'Ex-Chelsea defender Quentin Marsh (Chelsea to Liverpool) joined for €40 million + add-ons, per The Athletic. Photo: Getty',
    'Transfers: Quentin Marsh (Chelsea - Liverpool), Tomas Velkoro (Ajax → Napoli) and Arno Deshpaul to Benfica.',
    'He earns £120,000-a-week and has a release clause of one hundred million euros until June 2027.',
    '"I want to join Bayern Munich," said Velkoro, 24, who has 12 caps for Finland.',
    realisticText(20_000),
  ];
  return [...fileTexts('seeds'), ...fileTexts('fixtures'), ...generated, ...odd];
}

type Lib = typeof import('../src/index.js');

async function collectAtRunTime(): Promise<void> {
  const inputs = auditInputs(); // generated before the hooks go in: fast-check's own regexes stay out
  const NativeRegExp = RegExp;
  const nativeExec = NativeRegExp.prototype.exec;
  let busy = false; // stack traces and maps run regexes too: never record from inside the hook
  // A stack trace is costly: one is taken only the first time a regex is defined or run.
  const record = (re: RegExp, as: 'defined' | 'used'): void => {
    busy = true;
    try {
      const f = foundOf(re.source, re.flags);
      if (as === 'used') f.runs++;
      if (!f[as]) f[as] = callerSite(new Error().stack);
    } finally {
      busy = false;
    }
  };
  const hook = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget === hook ? target : newTarget) as RegExp;
      if (!busy) record(re, 'defined');
      return re;
    },
    apply(target, self, args: [string | RegExp, string?]) {
      const re = Reflect.apply(target, self, args) as RegExp;
      if (!busy) record(re, 'defined');
      return re;
    },
  });
  NativeRegExp.prototype.exec = function exec(this: RegExp, s: string) {
    if (!busy) record(this, 'used');
    return nativeExec.call(this, s);
  };
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  globalThis.RegExp = hook;
  try {
    const lib: Lib = await import('../src/index.js');
    for (const text of inputs) lib.extract(text);
    lib.extract('Liverpool are keen.', { date: '2024-05-01' });
    lib.extract('Liverpool are keen.', { date: new Date(Date.UTC(2024, 4, 1)) });
    expect(() => lib.extract('x', { date: 'yesterday' })).toThrow();
    const mine = lib.createExtractor({
      clubs: [{ name: 'Zorblax Rovers', aliases: ['Zorblax'], ambiguous: ['the Zorbs'], country: 'WAL', city: 'Zorbton' }],
      players: [{ name: 'Quentin Marsh', aliases: ['Q. Marsh'], nationality: 'WAL', position: 'defender', club: 'Zorblax Rovers' }],
      sources: [{ name: 'Zorbton Gazette', kind: 'outlet', aliases: ['the Gazette'] }],
    });
    mine.extract('Zorblax have signed Q. Marsh from Chelsea for £2m, the Gazette reports. The Zorbs beat Celtic to the Zorbton club target.');
  } finally {
    NativeRegExp.prototype.exec = nativeExec;
    globalThis.RegExp = NativeRegExp;
    Error.stackTraceLimit = stackTraceLimit;
  }
}

// ---------- the audit ----------

/**
 * recheck's effort per regex. Its defaults (10 s, 10 fuzzing generations of up to 500 strings) take
 * some 160 s for the library's ~230 regexes on the project's 2-core machine; these lighter settings
 * take 35-60 s but their fuzzer finds fewer polynomial cases (10 of the 17 listed above).
 * REGEX_AUDIT_THOROUGH=1 restores the defaults: run it before a release or after changing a regex.
 * The light run judges an attack by the steps recheck's matcher takes (`attackLimit`), not by its
 * wall-clock time (`attackTimeout`, 1 s by default): on a loaded machine the bounded quantifiers of
 * the relation rules (tens of millions of steps, a few ms in V8) crossed that second and failed CI
 * runs at random.
 */
const RECHECK_PARAMS = process.env.REGEX_AUDIT_THOROUGH
  ? ({ randomSeed: 0 } as const)
  : ({ timeout: 3000, randomSeed: 0, maxIteration: 3, maxInitialGenerationSize: 100, maxGenerationSize: 50, attackTimeout: null, attackLimit: 1e8 } as const);
const CONCURRENCY = Number(process.env.RECHECK_CONCURRENCY ?? 2);

interface Audited extends Found {
  readonly owner: string;
  readonly where: string;
  readonly diagnostics: Diagnostics;
  /** recheck's time on it. */
  readonly ms: number;
}

const audited: Audited[] = [];
/** The derived-string timings of the suspects, for the report. */
const derivedTimes: string[] = [];
let staticOnly: StaticRegex[] = [];
let unseenConstructors: string[] = [];

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…` : s);

function describeFinding(a: Audited): string {
  const d = a.diagnostics;
  if (d.status !== 'vulnerable') return `${a.id} ${a.where} /${short(a.source)}/${a.flags}: ${d.status}`;
  return [
    `${a.id} ${a.where} (${d.complexity.summary}, checker ${d.checker})`,
    `  regex:  /${short(a.source, 400)}/${a.flags}`,
    `  attack: ${short(d.attack.pattern, 300)}`,
  ].join('\n');
}

beforeAll(async () => {
  const t0 = performance.now();
  await collectAtRunTime();
  const { literals, constructed } = staticRegexes();
  for (const l of literals) {
    const f = foundOf(l.source, l.flags);
    f.defined ??= l.where;
  }
  staticOnly = literals.filter((l) => foundOf(l.source, l.flags).runs === 0);
  const definedSites = new Set([...found.values()].map((f) => f.defined));
  unseenConstructors = constructed.filter((site) => !definedSites.has(site));
  const t1 = performance.now();

  // Every regex of src/, run or not; a dependency's only when it ran inside the library.
  const todo = [...found.values()].flatMap((f) => {
    const owner = ownerOf(f);
    return owner === 'src' || (owner !== null && f.runs > 0) ? [{ ...f, owner, where: f.defined ?? f.used ?? '?' }] : [];
  });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < todo.length; i = next++) {
      const f = todo[i] as Found & { owner: string; where: string };
      const t = performance.now();
      const diagnostics = await check(f.source, f.flags, RECHECK_PARAMS);
      audited.push({ ...f, diagnostics, ms: performance.now() - t });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  audited.sort((a, b) => a.where.localeCompare(b.where, 'en', { numeric: true }) || a.id.localeCompare(b.id));
  const t2 = performance.now();
  console.info(`regex audit: ${found.size} regexes found (${((t1 - t0) / 1000).toFixed(1)} s), ${audited.length} checked by recheck (${((t2 - t1) / 1000).toFixed(1)} s)`);
}, process.env.REGEX_AUDIT_THOROUGH ? 600_000 : 180_000);

afterAll(() => {
  const of = (status: string, owner: (o: string) => boolean) => audited.filter((a) => a.diagnostics.status === status && owner(a.owner));
  const lines = [
    `vulnerable in src/ (${of('vulnerable', (o) => o === 'src').length}):`,
    ...of('vulnerable', (o) => o === 'src').map(describeFinding),
    `vulnerable in dependencies (${of('vulnerable', (o) => o !== 'src').length}):`,
    ...of('vulnerable', (o) => o !== 'src').map((a) => `[${a.owner}] ${describeFinding(a)}`),
    `unknown (${of('unknown', () => true).length}):`,
    ...of('unknown', () => true).map((a) => `[${a.owner}] ${a.id} ${a.where} /${short(a.source)}/${a.flags}: ${JSON.stringify((a.diagnostics as { error?: unknown }).error)}`),
    `regex literals in src/ never run on the audit's inputs (${staticOnly.length}):`,
    ...staticOnly.map((l) => `${l.where} /${short(l.source)}/${l.flags}`),
    `new RegExp calls in src/ never reached (${unseenConstructors.length}): ${unseenConstructors.join(', ')}`,
  ];
  lines.push(`derived 30 KB strings, the slowest for each regex of src/ recheck could not settle:`, ...derivedTimes);
  const slowest = [...audited].sort((a, b) => b.ms - a.ms).slice(0, 8);
  lines.push(`slowest to check: ${slowest.map((a) => `${a.id} ${(a.ms / 1000).toFixed(1)} s`).join(', ')}`);
  console.info(lines.join('\n'));
  if (process.env.REGEX_AUDIT_DUMP) fs.writeFileSync(process.env.REGEX_AUDIT_DUMP, JSON.stringify({ found: [...found.values()], audited }, null, 1));
});

// ---------- a timing check of our own, for what recheck could not settle ----------

const DERIVED_LENGTH = 30_000;
/** A linear regex scans 30 KB in a few milliseconds; this allows for a loaded machine. */
const DERIVED_LIMIT_MS = 1000;

/**
 * Long strings shaped after `source`: runs of one character class, and its own words and the
 * template placeholders repeated, each between copies of a context made of the pattern's words and
 * placeholders (V8 gives up at once on a string that lacks a literal the pattern needs), and ending
 * in a character that matches nothing useful.
 */
function derivedAttacks(source: string): Record<string, string> {
  const words = [...new Set(source.match(/[a-z]{2,}/gi) ?? [])].slice(0, 40);
  const wordy = words.length > 0 ? words.join(' ') + ' ' : 'the ';
  const context = `⟦c0⟧ ${wordy}⟦p0⟧ and ⟦p1⟧, `;
  const fill = (unit: string) => context + unit.repeat(Math.ceil(DERIVED_LENGTH / unit.length)).slice(0, DERIVED_LENGTH) + context + '\u0000';
  return {
    letters: fill('a'),
    capitals: fill('A'),
    spaces: fill(' '),
    digits: fill('1'),
    'own words': fill(wordy),
    'placeholder list': fill('⟦c0⟧, ⟦p0⟧ and '),
    'own words between placeholders': fill(words.map((w, i) => `${w} ⟦${i % 2 ? 'p' : 'c'}0⟧ `).join('') || '⟦c0⟧ '),
  };
}

/** The slowest derived string for `a`: its name and milliseconds, run the way the library runs it. */
function slowestDerived(a: Found): { name: string; ms: number } {
  const re = new RegExp(a.source, a.flags);
  let worst = { name: '', ms: 0 };
  for (const [name, s] of Object.entries(derivedAttacks(a.source))) {
    re.lastIndex = 0;
    const t = performance.now();
    if (re.global) for (const _ of s.matchAll(re));
    else re.exec(s);
    const ms = performance.now() - t;
    if (ms > worst.ms) worst = { name, ms };
  }
  return worst;
}

describe('regex audit', () => {
  it('sees every way of running a regex through the exec hook, and removed its hooks', () => {
    expect(RegExp.prototype.exec).toBe(NATIVE_EXEC);
    expect(globalThis.RegExp).toBe(NATIVE_REGEXP);
    const seen: string[] = [];
    RegExp.prototype.exec = function exec(this: RegExp, s: string) {
      seen.push(this.source);
      return NATIVE_EXEC.call(this, s);
    };
    try {
      /a/.test('a');
      'a'.match(/b/);
      [...'a'.matchAll(/c/g)];
      'a'.replace(/d/, '');
      'a'.replaceAll(/e/g, '');
      'a'.split(/f/);
      'a'.search(/g/);
    } finally {
      RegExp.prototype.exec = NATIVE_EXEC;
    }
    expect(new Set(seen)).toEqual(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']));
  });

  it('finds the library regexes, at run time and in the source', () => {
    const src = audited.filter((a) => a.owner === 'src');
    // The library is made of regexes: a collapse of either collection method shows up here.
    expect(src.length).toBeGreaterThan(150);
    expect(src.filter((a) => a.runs > 0).length).toBeGreaterThan(100);
    expect(src.some((a) => a.source.includes('⟦c'))).toBe(true); // composed relation patterns
  });

  it('finds no vulnerable regex in src/ beyond those pending a fix', () => {
    const bad = audited.filter((a) => a.owner === 'src' && a.diagnostics.status === 'vulnerable' && !ALLOWED_PENDING_FIX.has(a.id));
    expect(bad.map(describeFinding), 'vulnerable regexes (add to ALLOWED_PENDING_FIX only with an issue to fix them)').toEqual([]);
  });

  it('lists only pending fixes that still exist', () => {
    const ids = new Set(audited.map((a) => a.id));
    expect([...ALLOWED_PENDING_FIX.keys()].filter((id) => !ids.has(id)), 'ALLOWED_PENDING_FIX entries whose regex is gone: remove them').toEqual([]);
  });

  it('runs every regex of src/ that recheck could not settle over 30 KB derived strings in bounded time', () => {
    // Known-vulnerable ones are left out: recheck's attack string already shows them (and one,
    // POSSESSOR, takes 10 s on 30 KB of capitals: harmless where it runs, on 30-character slices).
    const suspects = audited.filter((a) => a.owner === 'src' && (a.diagnostics.status === 'unknown' || (a.diagnostics.status === 'vulnerable' && !ALLOWED_PENDING_FIX.has(a.id))));
    const slow: string[] = [];
    for (const a of suspects) {
      const worst = slowestDerived(a);
      derivedTimes.push(`${a.id} ${a.where} ${a.diagnostics.status}: ${worst.ms.toFixed(0)} ms on ${worst.name}`);
      if (worst.ms > DERIVED_LIMIT_MS && !ALLOWED_PENDING_FIX.has(a.id)) slow.push(`${a.id} ${a.where} /${short(a.source)}/${a.flags}: ${worst.ms.toFixed(0)} ms on ${worst.name}`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('checked every regex: recheck found no invalid pattern', () => {
    const broken = audited.filter((a) => a.diagnostics.status === 'unknown' && ['invalid', 'unexpected'].includes((a.diagnostics as { error: { kind: string } }).error.kind));
    expect(broken.map(describeFinding)).toEqual([]);
  });
});
