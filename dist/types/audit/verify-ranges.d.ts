/** What a worker reports for its range. Line numbers are 1-based within the range. */
export interface RangeSummary {
    /** Every line of the range was accepted by the fast path and continuous with the one before. */
    clean: boolean;
    records: number;
    firstSeq: number;
    firstPrev: string;
    firstTimeMs: number;
    lastHash: string;
    lastTime: string;
    lastTimeMs: number;
    /** Last line whose hash is the expected head, 0 when none. */
    headLine: number;
    /** Anchors met in the range, with their 1-based line within it. */
    anchorLines: Array<[string, number]>;
    /** Bytes up to and including the range's last newline. */
    bytes: number;
    /** Bytes after the range's last newline (only the last range can have them: a torn line). */
    tail: number;
}
export interface FileRange {
    start: number;
    /** Exclusive; Infinity for the last range (read to the end of the file, as the sequential check does). */
    end: number;
}
interface RangeJob extends FileRange {
    file: string;
    pattern: string;
    head: string | undefined;
    anchors: string[];
    policyDigest: string | undefined;
    chunkBytes: number;
    maxLineBytes: number;
}
/** `count` ranges of about equal size, each starting at the beginning of a line. */
export declare function splitAtLines(file: string, size: number, count: number): Promise<FileRange[]>;
/**
 * Checks each range in its own worker thread. A worker that cannot start or
 * fails reports its range unclean (the sequential check then covers it).
 * worker_threads is imported here, not at the top: every hook call's audit
 * append loads this module and never starts a worker (~3 ms on Node 24).
 */
export declare function checkRangesInWorkers(file: string, ranges: FileRange[], settings: Omit<RangeJob, keyof FileRange | 'file'>): Promise<RangeSummary[]>;
export {};
