export interface Redaction {
    text: string;
    /** Kinds of secret replaced (`github-token`, `password`…), in order of first appearance; empty when none. */
    kinds: string[];
    /** The secret values found (as written and as unquoted), for scrubbing texts derived from this one. */
    secrets: string[];
}
/** True when `text` may hold a secret (false means it certainly holds none of the forms). */
export declare function mayHoldSecret(text: string): boolean;
/**
 * Empties the memo. A long-lived process that serves calls one after another (the
 * hook's judge, src/cli/judge-server.ts) calls it before each, so every call does
 * its own redaction as a fresh process would, and no call's texts outlive it.
 */
export declare function forgetRedactions(): void;
/** Replaces every secret in `text` by `[REDACTED:kind]`. */
export declare function redactSecrets(text: string): Redaction;
/**
 * redactSecrets without the copies, for callers in this folder that only read
 * the result (display.ts makes ~100,000 of them for a large PR): the object may
 * be the memo's own, so it must never be changed.
 */
export declare function sharedRedaction(text: string): Readonly<Redaction>;
/**
 * A function that redacts a text derived from an already redacted one (a
 * canonical form, a part, a reason): the patterns again, then every secret
 * value found in the original, wherever it appears.
 */
export declare function derivedRedactor(secrets: string[]): (text: string) => Redaction;
/** An error message as outputs may show it: secrets redacted, and V8's excerpt of unparsable input dropped. */
export declare function redactMessage(message: string): string;
