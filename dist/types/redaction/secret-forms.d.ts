/** How a secret sits inside an option's value. */
export type ValueShape = 
/** The whole value is the secret. */
'whole'
/** `user:PASS` (curl -u): the user is kept; no `:` means no password (it is prompted for). */
 | 'after-colon'
/** `user%PASS` (smbclient -U). */
 | 'after-percent'
/** `KEY=VALUE` (kubectl --from-literal): the key is kept. */
 | 'after-equals'
/** `pass:SECRET` (openssl -passin); `env:VAR` and `file:PATH` name no secret. */
 | 'after-pass-prefix'
/** A cookie string `name=value; …` (curl -b); a value without `=` is a cookie file. */
 | 'cookie';
export interface OptionForm {
    /** `-p`, `--password`: a long option takes `--password=X` or `--password X`, a short one `-p X` or `-pX`. */
    names: string[];
    /** Only `-pX` counts (mysql: `-p X` prompts for the password and takes X as the database). */
    gluedOnly?: boolean;
    shape?: ValueShape;
}
export interface PositionalForm {
    /** 0-based index among the words that follow the command words and are not options. */
    index: number;
    /** Only when the positional at `keyIndex` (default: the one before) matches: `aws configure set KEY VALUE`. */
    keyMatches?: RegExp;
    keyIndex?: number;
    /** The positional is `KEY=VALUE` and only VALUE is secret (`npm config set //r/:_authToken=X`). */
    keyValue?: boolean;
    /** Only when an option cluster holds every one of these letters (`htpasswd -b`, `-nb`). */
    whenFlags?: string;
    /** …and none of these. */
    unlessFlags?: string;
}
export interface ProgramForm {
    kind: string;
    /** Executable names (the basename: `/usr/bin/docker` is `docker`). */
    programs: string[];
    /** Words that must follow the program (among its first non-option words), e.g. `login`, `configure set`. */
    command?: string[];
    options?: OptionForm[];
    positionals?: PositionalForm[];
    /** Options of this program that take a separate value, so their value is not counted as a positional. */
    valueOptions?: string[];
    /**
     * Standard input is a secret: always (`chpasswd`) or when one of these options is
     * given (`--password-stdin`). Then what is fed to it is redacted: its here-string
     * or heredoc, or the arguments of an `echo`/`printf` piped into it.
     */
    stdin?: true | string[];
}
export declare const SECRET_NAME: string;
export interface TextForm {
    kind: string;
    /** Global regular expression; the named group `s` is the secret. */
    pattern: RegExp;
    /**
     * A cheap regular expression (source, case-insensitive) that every match
     * satisfies. The hints of all forms make one quick test, so the common text
     * with no secret (`terraform plan`, a path) is answered without running
     * every pattern. A hint that misses a match would be a leak: the corpus
     * test runs every form through the quick test too.
     */
    hint: string;
    /**
     * Three characters, one of which every match of `hint` holds in a row (in
     * lower case; `?` stands for any ASCII character): a text holding none of
     * any form's anchors is answered without running the hints' RegExp, which
     * tries its ~40 alternatives at every character. An anchor a match can lack
     * would be a leak: the corpus and property tests check each form's.
     */
    anchors: string[];
}
export declare const TEXT_FORMS: TextForm[];
export declare const PROGRAM_FORMS: ProgramForm[];
/** Programs that only print their arguments: piped into a stdin-secret program, their arguments are the secret. */
export declare const FEEDERS: string[];
/** Wrappers skipped to find the program they run: their options that take a value, and positionals before the program (`timeout 30 cmd`). */
export declare const WRAPPERS: Record<string, {
    valueOptions: string[];
    leadingPositionals?: number;
}>;
