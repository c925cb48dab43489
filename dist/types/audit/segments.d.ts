export interface SegmentList {
    /** Sealed segments, oldest first. */
    paths: string[];
    /** The first number missing from 1…newest, when one is. */
    missing?: number;
    missingPath?: string;
}
export declare function segmentPath(file: string, number: number): string;
/** The sealed segments of `file`, oldest first (a missing folder has none). Synchronous: one system call. */
export declare function listSegments(file: string): SegmentList;
export declare function nextSegmentPath(file: string, list: SegmentList): string;
