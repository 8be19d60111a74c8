// The directory section of the bench report, as printed.
import type { Estimate } from '../src/eval/intervals.js';
import { DIRECTORY_TARGETS as T, HEAP_CAP_FLAG, type DirectorySection } from './directory.js';
import { line } from './line.js';

const pct = (e: Estimate) => (Number.isFinite(e.value) ? `${e.value.toFixed(2)} [${e.low.toFixed(2)}-${e.high.toFixed(2)}] n=${e.n}` : `n/a (n=${e.n})`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

export function renderDirectory(d: DirectorySection): string[] {
  if ('error' in d) return [`6. DIRECTORY: not run: ${d.error}`];
  const out = ['6. DIRECTORY  (offered = the services an answer cites; BM25 offers the services of its top three passages, never declines)'];
  out.push(`  goals: fitting >= ${T.fitting}, a fitting service in the first three >= ${T.top3}, declined when none fits >= ${T.declined}`);
  out.push('  | directory | documents | questions | system | offered that fit | fitting in first 3 | declined, none fits | declined, some fit |');
  out.push('  |---|---|---|---|---|---|---|---|');
  for (const r of d.rows) {
    for (const [system, f] of [['Liaison', r.liaison], ['BM25', r.bm25]] as const) {
      out.push(`  | ${r.name} | ${r.services} | ${r.questions} | ${system} | ${pct(f.fitting)} | ${pct(f.top3)} | ${pct(f.declined)} | ${pct(f.falseDeclined)} |`);
    }
  }
  out.push('  (starter row: its gold lists the right services, not every fitting one, so "offered that fit" is a floor)');
  const s = d.scale;
  if (!s) return out;
  out.push(`  scale: generated directory of ${s.services} services (load average ${s.loadAverage.toFixed(1)} on ${s.cpus} CPUs: wall times grow with it, CPU times do not)`);
  for (const [label, f] of [['HSDS JSON', s.json], ['CSV datapackage', s.csv]] as const) {
    out.push(line(`ingest, ${label}`, `${f.ingestSeconds.toFixed(2)} s`, `<= ${T.ingestSeconds} s`, f.ingestSeconds <= T.ingestSeconds));
    out.push(line(`  CPU time`, `${f.ingestCpuSeconds.toFixed(2)} s`, '', null));
  }
  out.push(line('index load (JSON / CSV)', `${ms(s.json.loadMs)} / ${ms(s.csv.loadMs)}`, '<= 1 s', Math.max(s.json.loadMs, s.csv.loadMs) <= T.loadMs));
  out.push(line('  CPU time (JSON / CSV)', `${ms(s.json.loadCpuMs)} / ${ms(s.csv.loadCpuMs)}`, '', null));
  out.push(line(`directory question p50 (${s.ask.asks} asks)`, ms(s.ask.p50Ms), '', null));
  out.push(line('directory question p95', ms(s.ask.p95Ms), `<= ${T.askP95Ms} ms`, s.ask.p95Ms <= T.askP95Ms));
  if (s.ask.cpuP50Ms !== undefined && s.ask.cpuP95Ms !== undefined) out.push(line('  CPU time p50 / p95', `${ms(s.ask.cpuP50Ms)} / ${ms(s.ask.cpuP95Ms)}`, '', null));
  out.push(line('answering process peak RSS', `${s.answering.peakMb.toFixed(0)} MB`, `<= ${T.rssMb} MB`, s.answering.peakMb <= T.rssMb));
  out.push(line('  RSS after a full GC / heap used', `${s.answering.afterGcMb.toFixed(0)} / ${s.answering.heapUsedMb.toFixed(0)} MB`, '', null));
  out.push(line(`  peak RSS with ${HEAP_CAP_FLAG}`, `${s.answeringCapped.peakMb.toFixed(0)} MB`, `<= ${T.rssMb} MB`, s.answeringCapped.peakMb <= T.rssMb));
  const r = s.reingest;
  out.push(line(`re-ingest, ${r.changedServices} services changed`, `${r.seconds.toFixed(2)} s`, '', null));
  out.push(line('  CPU time', `${r.cpuSeconds.toFixed(2)} s`, '', null));
  out.push(line('  chunks embedded / reused', `${r.embedded} / ${r.reused}`, `${r.changedServices} / rest`, r.embedded === r.changedServices));
  return out;
}
