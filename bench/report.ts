// The benchmark report: one object (written as JSON) and its plain-text rendering.
import type { AnswerFigures } from './answers.js';
import type { NotesFigures } from './notes.js';
import type { ModeFigures } from './retrieval.js';
import type { SlackFigures } from './slack.js';
import type { TeamsFigures } from './teams.js';
import type { IngestFigures, LatencyFigures } from './speed.js';

export interface BenchReport {
  startedAt: string;
  environment: { node: string; cpus: number; platform: string };
  questionSet: { file: string; questions: number; answerable: number; unanswerable: number } | { file: string; error: string };
  knowledge: { documents: number; chunks: number };
  threshold: number;
  retrieval: ModeFigures[];
  answers?: AnswerFigures;
  notes: NotesFigures | { error: string };
  speed: { knowledge: IngestFigures; synthetic: IngestFigures | { error: string }; ask: LatencyFigures; peakRssMb: number };
  slack: SlackFigures;
  teams: TeamsFigures;
  elapsedSeconds: number;
}

export const TARGETS = {
  top1: 0.85,
  mrr: 0.9,
  fact: 0.8,
  decline: 7 / 8,
  falseAbstention: 0.03,
  notesF1: 0.9,
  syntheticSeconds: 60,
  loadMs: 1000,
  askP95Ms: 50,
  slackAckP99Ms: 300,
} as const;

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'n/a');
const num = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const ms = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function line(label: string, value: string, target: string, ok: boolean | null): string {
  return `  ${pad(label, 34)}${lpad(value, 20)}   ${pad(target, 12)}${ok === null ? '' : verdict(ok)}`;
}

function retrievalSection(r: BenchReport, out: string[]): void {
  const modes = r.retrieval;
  if (modes.length === 0) {
    const qs = r.questionSet;
    out.push(`1. ANSWERS FROM THE KNOWLEDGE FOLDER: not run: ${'error' in qs ? qs.error : 'no answerable questions with sources'}`);
    return;
  }
  const hybrid = modes.find((m) => m.mode === 'hybrid');
  out.push(`1. ANSWERS FROM THE KNOWLEDGE FOLDER  (${r.knowledge.documents} documents, ${r.knowledge.chunks} chunks; ${hybrid?.questions ?? 0} answerable questions with sources)`);
  out.push(`  ${pad('retrieval', 26)}${modes.map((m) => lpad(m.mode, 9)).join('')}   ${pad('target', 10)}hybrid`);
  const row = (label: string, get: (m: ModeFigures) => string, target: string, ok: boolean | null) =>
    out.push(`  ${pad(label, 26)}${modes.map((m) => lpad(get(m), 9)).join('')}   ${pad(target, 10)}${ok === null ? '' : verdict(ok)}`);
  row('top-1 source accuracy', (m) => pct(m.top1), '>= 85%', hybrid ? hybrid.top1 >= TARGETS.top1 : false);
  row('MRR (rank in top 10)', (m) => num(m.mrr), '>= 0.90', hybrid ? hybrid.mrr >= TARGETS.mrr : false);
  row('top-5 accuracy', (m) => pct(m.top5), '', null);
  const a = r.answers;
  if (a) {
    out.push('');
    out.push(`  full answer path (hybrid search, k=8, offline answerer, abstain threshold ${r.threshold})`);
    out.push(line('declines unanswerable', `${a.declined}/${a.unanswerable} (${pct(a.declineRate)})`, '>= 87.5%', a.declineRate >= TARGETS.decline - 1e-9));
    out.push(line('false abstention on answerable', `${a.falselyDeclined}/${a.answerable} (${pct(a.falseAbstentionRate)})`, '<= 3%', a.falseAbstentionRate <= TARGETS.falseAbstention));
    out.push(line('answer holds the needed fact', `${a.factHit}/${a.factChecked} (${pct(a.factRate)})`, '>= 80%', a.factRate >= TARGETS.fact));
    out.push(line('answers citing a gold source', `${a.citedCorrect}/${a.answerable - a.falselyDeclined}`, '', null));
  }
  if (hybrid && hybrid.misses.length) {
    out.push('');
    out.push('  missed, retrieval (hybrid top-1 wrong):');
    for (const m of hybrid.misses) {
      out.push(`    ${m.id}: expected ${m.expected.join(' | ')}`);
      out.push(`      got ${m.got ?? 'nothing'}; first correct at ${m.rank === null ? 'none in top 10' : `rank ${m.rank}`}`);
    }
  }
  if (a && a.misses.length) {
    out.push('');
    out.push('  missed, answer path:');
    for (const m of a.misses) {
      out.push(`    ${m.id} [${m.kind}] "${m.question}"`);
      out.push(`      expected ${m.expected}`);
      out.push(`      got ${m.got}`);
    }
  }
}

function notesSection(n: BenchReport['notes'], out: string[]): void {
  if ('error' in n) {
    out.push(`2. ACTION ITEMS FROM MEETING NOTES: not run: ${n.error}`);
    return;
  }
  const t = n.total;
  out.push(`2. ACTION ITEMS FROM MEETING NOTES  (${n.notes} notes, ${n.goldItems} gold items; offline rules extractor)`);
  out.push(line('precision', `${pct(t.precision)} (tp ${t.tp}, fp ${t.fp})`, '', null));
  out.push(line('recall', `${pct(t.recall)} (fn ${t.fn})`, '', null));
  out.push(line('F1', num(t.f1), '>= 0.90', t.f1 >= TARGETS.notesF1));
  out.push('');
  out.push(`  worst ${n.worst.length} notes:`);
  const item = (i: { owners: string[]; task: string; due: string | null }) => `${i.owners.join(' + ') || '(no owner)'} | ${i.task} | ${i.due ?? 'no date'}`;
  for (const w of n.worst) {
    out.push(`    ${w.file}: F1 ${num(w.score.f1)} (tp ${w.score.tp}, fp ${w.score.fp}, fn ${w.score.fn})`);
    for (const m of w.missed) out.push(`      missed: ${item(m)}`);
    for (const e of w.extra) out.push(`      extra:  ${item(e)}`);
  }
}

function speedSection(s: BenchReport['speed'], out: string[]): void {
  out.push('3. SPEED AND SIZE');
  const ing = (f: IngestFigures) =>
    `${f.documents} docs / ${f.chunks} chunks in ${f.ingestSeconds.toFixed(2)} s: ${f.docsPerSecond.toFixed(0)} docs/s, ${f.chunksPerSecond.toFixed(0)} chunks/s`;
  out.push(`  ingest knowledge/: ${ing(s.knowledge)}`);
  if ('error' in s.synthetic) out.push(`  ingest synthetic: not run: ${s.synthetic.error}`);
  else {
    out.push(`  ingest ${s.synthetic.label}: ${ing(s.synthetic)}`);
    out.push(line('synthetic 1,000 docs ingest', `${s.synthetic.ingestSeconds.toFixed(2)} s`, '<= 60 s', s.synthetic.ingestSeconds <= TARGETS.syntheticSeconds));
  }
  out.push(line('index load, knowledge/', ms(s.knowledge.loadMs), '<= 1 s', s.knowledge.loadMs <= TARGETS.loadMs));
  if (!('error' in s.synthetic)) out.push(line('index load, synthetic', ms(s.synthetic.loadMs), '<= 1 s', s.synthetic.loadMs <= TARGETS.loadMs));
  out.push(line(`ask latency p50 (${s.ask.asks} asks)`, ms(s.ask.p50Ms), '', null));
  out.push(line('ask latency p95', ms(s.ask.p95Ms), '<= 50 ms', s.ask.p95Ms <= TARGETS.askP95Ms));
  out.push(line('peak RSS (whole bench)', `${s.peakRssMb.toFixed(0)} MB`, '', null));
}

function slackSection(s: SlackFigures, out: string[]): void {
  if (!s.ran) {
    out.push(`4. SLACK: not run: ${s.reason ?? 'unknown reason'}`);
    return;
  }
  out.push(`4. SLACK  (${s.mentions} concurrent signed mentions to the real Bolt endpoint, fake Slack Web API)`);
  out.push(line('ack p50', ms(s.ackP50Ms), '', null));
  out.push(line('ack p99', ms(s.ackP99Ms), '< 300 ms', (s.ackP99Ms ?? Infinity) < TARGETS.slackAckP99Ms));
  out.push(line('answered exactly once (retries too)', s.answeredOnce ? 'yes' : 'NO', 'yes', !!s.answeredOnce));
  out.push(line('answer p50', ms(s.answerP50Ms), '', null));
  out.push(line('answer p95', ms(s.answerP95Ms), '', null));
}

function teamsSection(t: TeamsFigures, out: string[]): void {
  if (!t.ran) {
    out.push(`5. TEAMS: not run: ${t.reason ?? 'unknown reason'}`);
    return;
  }
  out.push(`5. TEAMS  (${t.questions} questions one by one, signed tokens, real botbuilder endpoint, fake Bot Connector)`);
  out.push(line('HTTP answer p50', ms(t.httpP50Ms), '', null));
  out.push(line('HTTP answer p99', ms(t.httpP99Ms), '', null));
  out.push(line('reply at the connector p50', ms(t.replyP50Ms), '', null));
  out.push(line('reply at the connector p99', ms(t.replyP99Ms), '', null));
}

export function renderReport(r: BenchReport): string {
  const out: string[] = [];
  out.push(`LIAISON BENCHMARK  ${r.startedAt}  (node ${r.environment.node}, ${r.environment.cpus} CPUs, ${r.environment.platform})`);
  const qs = r.questionSet;
  out.push('error' in qs ? `question set ${qs.file}: ${qs.error}` : `question set ${qs.file}: ${qs.questions} questions (${qs.answerable} answerable, ${qs.unanswerable} unanswerable)`);
  out.push('');
  retrievalSection(r, out);
  out.push('');
  notesSection(r.notes, out);
  out.push('');
  speedSection(r.speed, out);
  out.push('');
  slackSection(r.slack, out);
  out.push('');
  teamsSection(r.teams, out);
  out.push('');
  out.push(`bench finished in ${r.elapsedSeconds.toFixed(1)} s`);
  return out.join('\n');
}
