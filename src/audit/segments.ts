// Rotation: a log FILE grows to a size, then is sealed as FILE.000001 (then
// .000002…) and FILE starts again, its first record linked to the last record
// of the newest segment (its `prev`) and continuing its `seq`. So the chain runs
// through every segment, and removing or reordering one breaks it where the
// numbering (or a link) no longer fits.
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';

const DIGITS = 6;

export interface SegmentList {
  /** Sealed segments, oldest first. */
  paths: string[];
  /** The first number missing from 1…newest, when one is. */
  missing?: number;
  missingPath?: string;
}

export function segmentPath(file: string, number: number): string {
  return `${file}.${String(number).padStart(DIGITS, '0')}`;
}

/** The sealed segments of `file`, oldest first (a missing folder has none). Synchronous: one system call. */
export function listSegments(file: string): SegmentList {
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return { paths: [] };
  }
  const numbers: number[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(name + '.')) continue;
    const suffix = entry.slice(name.length + 1);
    if (suffix.length >= DIGITS && /^\d+$/.test(suffix)) numbers.push(Number(suffix));
  }
  numbers.sort((a, b) => a - b);
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] !== i + 1) return { paths: [], missing: i + 1, missingPath: segmentPath(file, i + 1) };
  }
  return { paths: numbers.map((n) => segmentPath(file, n)) };
}

export function nextSegmentPath(file: string, list: SegmentList): string {
  return segmentPath(file, list.paths.length + 1);
}

