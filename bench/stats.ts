// Timing helpers for the benchmark. Per-call figures are pooled over several
// rounds taken after a warm-up of at least 3 s (V8 tiers code up for seconds:
// the same decision read 10.4 µs after 0.3 s of warm-up and 4.4 µs after 3 s),
// and the rounds of all groups are interleaved, so a load drift on a shared
// machine reaches every group alike. The mean is shown next to the median: a
// median hides the slow compound tail that a mean (what a gate pays over many
// decisions) shows.

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile (q in [0, 1]) of unsorted values. */
export function quantile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length === 0 ? NaN : sum / values.length;
}

export interface Summary {
  /** Microseconds (or whatever unit the samples are in). */
  mean: number;
  median: number;
  p99: number;
  count: number;
}

export function summarize(values: ArrayLike<number>): Summary {
  if (values.length === 0) return { mean: NaN, median: NaN, p99: NaN, count: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { mean: mean(sorted), median: at(0.5), p99: at(0.99), count: sorted.length };
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

/**
 * A timed group: `fn` over `inputs`, one call at a time. Each group gets its own
 * copy of the timing loop (built with `new Function`), so V8's type feedback of
 * one group never mixes with another's: alternating SafeClaw and Cedar through
 * one shared loop crashed Node 20.20's V8 (a deoptimizer fatal error).
 */
export class TimedGroup<T> {
  /** Per-call nanoseconds, per input index, pooled over rounds. */
  readonly samples: number[][];
  /** Calls per second of each round's untimed loop. */
  readonly rates: number[] = [];
  private readonly timed: (inputs: T[], fn: (input: T) => unknown, out: number[][], passes: number, overhead: number) => number;
  private readonly untimed: (inputs: T[], fn: (input: T) => unknown, passes: number) => number;
  private estimateNs = 0;
  sink = 0;

  constructor(
    readonly name: string,
    readonly inputs: T[],
    readonly fn: (input: T) => unknown,
  ) {
    this.samples = inputs.map(() => []);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fresh function per group, see above
    this.timed = new Function(
      'inputs',
      'fn',
      'out',
      'passes',
      'overhead',
      `let sink = 0;
       for (let p = 0; p < passes; p++) {
         for (let i = 0; i < inputs.length; i++) {
           const start = process.hrtime.bigint();
           sink += fn(inputs[i]) ? 1 : 0;
           const ns = Number(process.hrtime.bigint() - start) - overhead;
           out[i].push(ns > 0 ? ns : 0);
         }
       }
       return sink;`,
    ) as TimedGroup<T>['timed'];
    this.untimed = new Function(
      'inputs',
      'fn',
      'passes',
      `let sink = 0;
       for (let p = 0; p < passes; p++) for (let i = 0; i < inputs.length; i++) sink += fn(inputs[i]) ? 1 : 0;
       return sink;`,
    ) as TimedGroup<T>['untimed'];
  }

  /** Untimed calls for about `seconds` (whole passes, at least one); keeps an estimate of a pass's cost. */
  warm(seconds: number): void {
    const start = now();
    let passes = 0;
    do {
      this.sink += this.untimed(this.inputs, this.fn, 1);
      passes++;
    } while (Number(now() - start) < seconds * 1e9);
    this.estimateNs = Number(now() - start) / passes;
  }

  /** One round: about `seconds` of timed calls, then as many untimed ones (for the rate). */
  round(seconds: number, overheadNs: number): void {
    const passes = Math.max(1, Math.round((seconds * 1e9) / 2 / Math.max(this.estimateNs, 1)));
    this.sink += this.timed(this.inputs, this.fn, this.samples, passes, overheadNs);
    const start = now();
    this.sink += this.untimed(this.inputs, this.fn, passes);
    const elapsed = Number(now() - start);
    this.rates.push((passes * this.inputs.length) / (elapsed / 1e9));
    this.estimateNs = elapsed / passes;
  }

  /** Per-call figures over every input (µs). */
  summary(): Summary {
    return summarize(this.samples.flat().map((ns) => ns / 1000));
  }

  /** Per-call figures of one input (µs). */
  summaryOf(index: number): Summary {
    return summarize(this.samples[index].map((ns) => ns / 1000));
  }

  rate(): number {
    return median(this.rates);
  }
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
