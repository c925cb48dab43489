// Shell command analysis: one command line → every simple command that could run,
// in canonical form, plus the file and network actions those commands imply.
//
// PLACEHOLDER (issue 3 replaces it with a real parser): anything beyond a plain
// word list is returned as one opaque command, so it is denied unless an allow
// rule names it. This keeps the engine fail-closed until the parser lands.
import type { FileAction, NetworkAction } from '../types.js';

export interface SimpleCommand {
  /** Canonical text matched against `command` patterns. */
  text: string;
  /** The command as written in the source. */
  raw: string;
  /** Set when the command cannot be resolved statically: why. */
  opaque?: string;
}

export interface ImpliedAction {
  action: FileAction | NetworkAction;
  /** Canonical text of the simple command that implies it. */
  via: string;
}

export interface ShellAnalysis {
  commands: SimpleCommand[];
  implied: ImpliedAction[];
}

export async function prepareShellAnalysis(): Promise<void> {}

const SHELL_SYNTAX = /[;&|<>()$`\n\\'"{}*?[\]#~!]/;

export function analyzeShellCommand(command: string): ShellAnalysis {
  const raw = command.trim();
  if (SHELL_SYNTAX.test(raw)) {
    return { commands: [{ text: raw, raw, opaque: 'cannot analyse shell syntax yet' }], implied: [] };
  }
  const words = raw.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { commands: [], implied: [] };
  words[0] = words[0].slice(words[0].lastIndexOf('/') + 1);
  return { commands: [{ text: words.join(' '), raw }], implied: [] };
}
