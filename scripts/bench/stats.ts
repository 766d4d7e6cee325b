/** Percentiles over samples in milliseconds. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

export function row(label: string, s: ReturnType<typeof summarize>, baseline?: ReturnType<typeof summarize>) {
  const f = (v: number) => v.toFixed(2).padStart(8);
  const ratio = baseline ? `   ratio p50 ${(s.p50 / baseline.p50).toFixed(2)}×, p95 ${(s.p95 / baseline.p95).toFixed(2)}×` : "";
  return `${label.padEnd(44)} n=${String(s.n).padStart(5)}  p50 ${f(s.p50)} ms  p95 ${f(s.p95)} ms  p99 ${f(s.p99)} ms${ratio}`;
}
