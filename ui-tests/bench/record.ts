import * as fs from 'fs';

/**
 * Keep one figure of a bench spec: in the JSON file `make bench` names
 * (ISOLATION_BENCH_OUT), added to what the other specs wrote there, else on
 * the console for a spec run by hand.
 */
export function record(key: string, value: unknown): void {
  const out = process.env.ISOLATION_BENCH_OUT;
  if (!out) {
    console.log(JSON.stringify({ [key]: value }));
    return;
  }
  const previous = fs.existsSync(out)
    ? JSON.parse(fs.readFileSync(out, 'utf-8'))
    : {};
  fs.writeFileSync(out, JSON.stringify({ ...previous, [key]: value }));
}
