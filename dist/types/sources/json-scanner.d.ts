/** How a top-level value is handed over: not at all, whole, or element by element (an array). */
export type TopLevelUse = 'skip' | 'whole' | 'elements';
export interface TopLevelHandlers {
    /** Each key of the top-level object, in file order (a key may repeat). */
    key(name: string, line: number): TopLevelUse;
    /**
     * A selected value, parsed: the whole value of a `whole` key, or one element
     * of an `elements` key (`element` true). An `elements` key whose value is
     * not an array hands that value over whole (`element` false).
     */
    value(name: string, value: unknown, line: number, element: boolean): void;
}
/** Bad or truncated JSON, at the 1-based line and byte column where it goes wrong. */
export declare class JsonSyntaxError extends Error {
    readonly line: number;
    readonly column: number;
    /** The document ends before its top-level value does (a cut-off file, an unterminated string). */
    readonly truncated: boolean;
    constructor(message: string, line: number, column: number, truncated: boolean);
}
export declare const DEFAULT_CHUNK_BYTES: number;
/** Reads `file` chunk by chunk through a {@link TopLevelScanner}; never holds the whole file. */
export declare function scanTopLevelFile(file: string, handlers: TopLevelHandlers, chunkBytes?: number): Promise<void>;
/**
 * Push-style scanner: `write` each chunk in order, then `end`. Handlers are
 * called synchronously from `write`; an exception from one stops the scan.
 */
export declare class TopLevelScanner {
    private readonly handlers;
    private state;
    private depth;
    private kinds;
    private isKey;
    private escape;
    private scalarCarry;
    private use;
    private topKey;
    private inElements;
    private capture;
    private captureDepth;
    private captureStart;
    private captureParts;
    private captureLine;
    private offset;
    private line;
    private lineStart;
    constructor(handlers: TopLevelHandlers);
    write(chunk: Buffer): void;
    end(): void;
    private isCarriedScalar;
    private growKinds;
    private endKey;
    private endValue;
    private startCapture;
    private takeCapture;
    private fail;
}
