// One line of a report's figures: label, value, target, and PASS / MISS when there is a target.
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export function line(label: string, value: string, target: string, ok: boolean | null): string {
  return `  ${label.padEnd(34)}${value.padStart(20)}   ${target.padEnd(12)}${ok === null ? '' : verdict(ok)}`;
}
