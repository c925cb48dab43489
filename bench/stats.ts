// Timing helpers for the benchmark: every figure is a median over repeated runs
// taken after a warm-up, so one slow run (a GC pause, a noisy neighbour) does not
// move it.

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile (q in [0, 1]) of unsorted values. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

const now = () => process.hrtime.bigint();

/** Nanoseconds one `now()` pair costs; subtracted from per-call timings. */
export function timerOverheadNs(): number {
  const samples: number[] = [];
  for (let i = 0; i < 200_000; i++) {
    const start = now();
    samples.push(Number(now() - start));
  }
  return median(samples.slice(100_000));
}

export interface Latency {
  /** Median and p99 of single calls, in microseconds (median over runs). */
  medianUs: number;
  p99Us: number;
  /** Calls per second from an untimed loop (median over runs). */
  perSecond: number;
}

export interface LatencyOptions {
  runs?: number;
  /** Wall time each run aims for; the number of calls follows from a warm-up estimate. */
  runSeconds?: number;
  /** Warm-up time before the first run, to let the JIT settle. */
  warmupSeconds?: number;
}

/**
 * Times `fn(inputs[i % n])`: each run times single calls (for median and p99),
 * then a plain loop of as many calls (for throughput, free of timer cost).
 */
export function measureLatency<T>(inputs: T[], fn: (input: T) => unknown, options: LatencyOptions = {}): Latency {
  const { runs = 5, runSeconds = 0.2, warmupSeconds = 0.3 } = options;
  const overhead = timerOverheadNs();
  let sink = 0;
  let warmed = 0;
  const warmStart = now();
  while (warmed < 200 || Number(now() - warmStart) < warmupSeconds * 1e9) sink += fn(inputs[warmed++ % inputs.length]) ? 1 : 0;
  const perCallNs = Number(now() - warmStart) / warmed;
  // Half the run is timed calls, half the untimed loop; whole passes over the inputs keep the mix exact.
  const passes = Math.max(2, Math.round((runSeconds * 1e9) / 2 / perCallNs / inputs.length));
  const calls = passes * inputs.length;
  const medians: number[] = [];
  const p99s: number[] = [];
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const single: number[] = new Array(calls);
    for (let i = 0; i < calls; i++) {
      const input = inputs[i % inputs.length];
      const start = now();
      sink += fn(input) ? 1 : 0;
      single[i] = Math.max(0, Number(now() - start) - overhead);
    }
    medians.push(median(single) / 1000);
    p99s.push(quantile(single, 0.99) / 1000);
    const start = now();
    for (let i = 0; i < calls; i++) sink += fn(inputs[i % inputs.length]) ? 1 : 0;
    rates.push(calls / (Number(now() - start) / 1e9));
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return { medianUs: median(medians), p99Us: median(p99s), perSecond: median(rates) };
}

/** Median wall time in milliseconds of `runs` calls after `warmup` calls. */
export async function medianMs(fn: () => unknown, runs: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await fn();
    times.push(Number(now() - start) / 1e6);
  }
  return median(times);
}
