export interface Redaction {
    text: string;
    /** Kinds of secret replaced (`github-token`, `password`…), in order of first appearance; empty when none. */
    kinds: string[];
}
/** Replaces every secret in `text` by `[REDACTED:kind]`. */
export declare function redactSecrets(text: string): Redaction;
