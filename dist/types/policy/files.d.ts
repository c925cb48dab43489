import type { PolicyProblem } from './errors.js';
import type { PolicySource } from './load.js';
export declare const POLICY_FOLDER_LIMITS: {
    /** Far above any hand-written policy (the DevOps example is 4 KB); stops a runaway file before YAML parsing. */
    maxFileBytes: number;
    /** Entries (files and folders) under policies/. */
    maxEntries: number;
    /** Folder depth under policies/. */
    maxDepth: number;
};
export type PolicyEntryKind = 'file' | 'symlink' | 'folder' | 'other';
/** One entry under `policies/`, its path relative to that folder with `/` separators. */
export interface PolicyFolderEntry {
    path: string;
    kind: PolicyEntryKind;
    /** Bytes, for files. */
    size: number;
}
export interface PolicyFileChoice {
    /** Files to load, in path order. */
    load: PolicyFolderEntry[];
    /** Entries that are refused, each with why and what to do. */
    problems: PolicyProblem[];
}
export declare function comparePaths(a: string, b: string): number;
/**
 * Pure: decides for each entry whether it is loaded, ignored or refused.
 * `label` turns a path relative to policies/ into what messages show.
 */
export declare function choosePolicyFiles(entries: PolicyFolderEntry[], label: (path: string) => string): PolicyFileChoice;
/**
 * Lists everything under `policiesDir` without following any link. Throws
 * PolicyError when the folder is beyond the limits (too many entries, too deep).
 */
export declare function listPolicyFolder(policiesDir: string, label: (path: string) => string): PolicyFolderEntry[];
/** Reads one listed policy file, refusing anything that is no longer a small regular file (ELOOP, ENOTREG, EFBIG). */
export declare function readPolicyFileBytes(path: string): Buffer;
/**
 * Turns a policy file's bytes into text: UTF-8 only, a leading UTF-8 byte order
 * mark dropped. Invalid UTF-8 is refused at its line and column rather than read
 * as U+FFFD (which could turn a pattern into a different one).
 */
export declare function decodePolicyBytes(bytes: Uint8Array, file: string): {
    text: string;
} | {
    problem: PolicyProblem;
};
/**
 * Chooses, reads and decodes the policy files of one folder listing. `read` gets a
 * path relative to policies/. Returns the sources, and a problem for every refused
 * entry and every file that cannot be read or decoded.
 */
export declare function readPolicySources(entries: PolicyFolderEntry[], label: (path: string) => string, read: (path: string) => Uint8Array | Promise<Uint8Array>): Promise<{
    sources: PolicySource[];
    problems: PolicyProblem[];
}>;
/**
 * The entries under `prefix` (ending in `/`) of `git ls-tree -r -l -z --full-tree
 * COMMIT -- PREFIX`, paths relative to prefix. Mode 120000 is a symbolic link,
 * type `commit` a submodule.
 */
export declare function gitTreePolicyEntries(listing: string, prefix: string): PolicyFolderEntry[];
/** `readPolicySources`, throwing a PolicyError when anything was refused. */
export declare function requirePolicySources(entries: PolicyFolderEntry[], label: (path: string) => string, read: (path: string) => Promise<Uint8Array>): Promise<PolicySource[]>;
