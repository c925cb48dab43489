// Differences the harness accepts: deliberate changes their owners announced. Each
// entry names the change, who announced it, which kinds of difference it covers
// (a RegExp over the kind, e.g. /^shell:/) and a predicate over one difference
// ({ kind, input, path, base, current, verdict, wholeBase, wholeCurrent }). Keep
// each predicate as narrow as the change: a loose one hides regressions.
export const EXPLAINED = [];
