// The benchmark report: one object (written as JSON) and its plain-text rendering.
import type { Figures } from '../src/eval/figures.js';
import type { DirectorySection } from './directory.js';
import { renderDirectory } from './directory-report.js';
import { line } from './line.js';
import type { WiringFigures } from './one-wiring.js';
import type { ReminderFigures } from './reminders.js';
import type { SlackFigures } from './slack.js';
import type { TeamsFigures } from './teams.js';
import type { IngestFigures, LatencyFigures } from './speed.js';
import { median, type InstallFigures } from './install.js';

/** The quality part of the report, which `--quality` prints alone. */
export type QualityReport = Pick<BenchReport, 'startedAt' | 'environment' | 'threshold' | 'folders' | 'lofo' | 'table' | 'notesLines' | 'misses'>;

export interface BenchReport {
  startedAt: string;
  environment: { node: string; cpus: number; platform: string };
  /** The default abstain threshold every folder row is measured with. */
  threshold: number;
  folders: FolderFigures[];
  /** Leave-one-folder-out over the development folders: the threshold fitted for each held-out one. */
  lofo?: { thresholds: { held: string; threshold: number | null }[]; liaison: Figures; bm25: Figures };
  /** The main table, as printed (Markdown), and the notes' precision and recall below it. */
  table: string;
  notesLines: string[];
  /** `--misses` lines (development folders only). */
  misses: string[];
  speed: { knowledge: IngestFigures; synthetic: IngestFigures | { error: string }; ask: LatencyFigures; peakRssMb: number };
  install: InstallFigures | { error: string };
  slack: SlackFigures;
  reminders: ReminderFigures;
  wiring: WiringFigures[];
  teams: TeamsFigures;
  directory: DirectorySection;
  elapsedSeconds: number;
}

export interface FolderFigures {
  name: string;
  documents: number;
  chunks: number;
  liaison: Figures;
  bm25: Figures;
}

export const TARGETS = {
  top1: 0.85,
  mrr: 0.9,
  fact: 0.8,
  slack: 0.75,
  decline: 0.85,
  falseAbstention: 0.05,
  notesF1: 0.93,
  syntheticSeconds: 60,
  loadMs: 1000,
  askP95Ms: 50,
  slackAckP99Ms: 300,
} as const;

const ms = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

function qualitySection(r: QualityReport, out: string[]): void {
  out.push('1. QUALITY PER FOLDER  (95% intervals: Wilson for proportions, seeded bootstrap for MRR and F1)');
  for (const f of r.folders) out.push(`  ${f.name}: ${f.documents} documents, ${f.chunks} chunks, ${f.liaison.questions} questions, ${f.liaison.notes?.notes ?? 0} notes`);
  out.push(`  Liaison: hybrid search + offline answerer (abstain threshold ${r.threshold}) + offline notes extractor. BM25: MiniSearch over the same chunks, top passage as the answer, never declines.`);
  out.push('');
  out.push(r.table);
  out.push('');
  out.push(...r.notesLines);
  out.push('');
  out.push(`  targets (issue 14): right source first >= ${TARGETS.top1}, MRR >= ${TARGETS.mrr}, needed fact >= ${TARGETS.fact}, Slack-style right >= ${TARGETS.slack},`);
  out.push(`  answerable declined <= ${TARGETS.falseAbstention}, unanswerable declined >= ${TARGETS.decline}, notes F1 >= ${TARGETS.notesF1}`);
  if (r.lofo) {
    const t = r.lofo.thresholds.map((x) => `${x.held} ${x.threshold ?? 'none'}`).join(', ');
    out.push(`  leave-one-folder-out: gate weights and threshold fitted on the other development folders, per held-out folder: ${t}`);
  }
}

function speedSection(s: BenchReport['speed'], out: string[]): void {
  out.push('2. SPEED AND SIZE');
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

function installSection(s: BenchReport['install'], out: string[]): void {
  if ('error' in s) {
    out.push(`INSTALL AND START: not run: ${s.error}`);
    return;
  }
  const runs = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');
  const mb = (c: { mb: number; packages: number }) => `${c.mb.toFixed(0)} MB / ${c.packages} pkgs`;
  out.push(`INSTALL AND START  (offline settings; median of ${s.runs} fresh processes)`);
  out.push(line('node_modules (bytes of its files)', `${s.nodeModulesMb.toFixed(0)} MB`, '', null));
  out.push(line('only for LangChain and openai', mb(s.langchainOnly), '', null));
  out.push(line('  of which for @langchain/community', mb(s.communityOnly), '', null));
  out.push(line('server start to /healthz 200', ms(median(s.serverToHealthzMs)), '', null));
  out.push(line('`liaison ask` end to end', ms(median(s.askEndToEndMs)), '', null));
  out.push(line('LangChain imports, 1st model call', ms(median(s.langchainImportMs)), '', null));
  out.push(`  runs (s): start ${runs(s.serverToHealthzMs)}; ask ${runs(s.askEndToEndMs)}; LangChain imports ${runs(s.langchainImportMs)}`);
}

function slackSection(s: SlackFigures, out: string[]): void {
  if (!s.ran) {
    out.push(`3. SLACK: not run: ${s.reason ?? 'unknown reason'}`);
    return;
  }
  out.push(`3. SLACK  (${s.mentions} concurrent signed mentions to the real Bolt endpoint, fake Slack Web API)`);
  out.push(line('ack p50', ms(s.ackP50Ms), '', null));
  out.push(line('ack p99', ms(s.ackP99Ms), '< 300 ms', (s.ackP99Ms ?? Infinity) < TARGETS.slackAckP99Ms));
  out.push(line('answered exactly once (retries too)', s.answeredOnce ? 'yes' : 'NO', 'yes', !!s.answeredOnce));
  out.push(line('answer p50', ms(s.answerP50Ms), '', null));
  out.push(line('answer p95', ms(s.answerP95Ms), '', null));
}

function remindersSection(r: ReminderFigures, out: string[]): void {
  if (!r.ran) {
    out.push(`5. REMINDERS: not run: ${r.reason ?? 'unknown reason'}`);
    return;
  }
  out.push('5. REMINDERS  (Redis store; the same 200 commitments due now, dry-run sweep, median of 7)');
  for (const s of r.sweepMs ?? []) out.push(line(`sweep with ${s.n.toLocaleString('en-US')} open commitments indexed`, ms(s.p50), '', null));
  out.push(line('sweep cost ratio 1M / 100k', (r.ratio ?? 0).toFixed(2), '< 2', (r.ratio ?? Infinity) < 2));
  const d = r.delivered;
  if (d) {
    out.push(line(`${d.pings.toLocaleString('en-US')} pings due at once, 2 sweepers, local Slack`, `${d.seconds.toFixed(1)} s (${d.perSecond.toFixed(0)}/s)`, '', null));
    out.push(line('pings lost / doubled', `${d.lost} / ${d.doubled}`, '0 / 0', d.lost === 0 && d.doubled === 0));
  }
}

function teamsSection(t: TeamsFigures, out: string[]): void {
  if (!t.ran) {
    out.push(`4. TEAMS: not run: ${t.reason ?? 'unknown reason'}`);
    return;
  }
  out.push(`4. TEAMS  (${t.questions} questions one by one, signed tokens, real botbuilder endpoint, fake Bot Connector)`);
  out.push(line('HTTP answer p50', ms(t.httpP50Ms), '', null));
  out.push(line('HTTP answer p99', ms(t.httpP99Ms), '', null));
  out.push(line('reply at the connector p50', ms(t.replyP50Ms), '', null));
  out.push(line('reply at the connector p99', ms(t.replyP99Ms), '', null));
}

/** The header, the quality table and any misses. */
function qualityPart(r: QualityReport, out: string[]): void {
  out.push(`LIAISON BENCHMARK  ${r.startedAt}  (node ${r.environment.node}, ${r.environment.cpus} CPUs, ${r.environment.platform})`);
  out.push('');
  qualitySection(r, out);
  if (r.misses.length) {
    out.push('');
    out.push(...r.misses);
  }
}

export function renderQuality(r: QualityReport): string {
  const out: string[] = [];
  qualityPart(r, out);
  return out.join('\n');
}

export function renderReport(r: BenchReport): string {
  const out: string[] = [];
  qualityPart(r, out);
  out.push('');
  speedSection(r.speed, out);
  out.push('');
  installSection(r.install, out);
  out.push('');
  out.push('ONE WIRING  (the same reply through the assistant and through `liaison ask`, every question)');
  for (const w of r.wiring) out.push(line(w.folder, `${w.same}/${w.questions}`, 'all', w.same === w.questions));
  out.push('');
  slackSection(r.slack, out);
  out.push('');
  teamsSection(r.teams, out);
  out.push('');
  remindersSection(r.reminders, out);
  out.push('');
  out.push(...renderDirectory(r.directory));
  out.push('');
  out.push(`bench finished in ${r.elapsedSeconds.toFixed(1)} s`);
  return out.join('\n');
}
