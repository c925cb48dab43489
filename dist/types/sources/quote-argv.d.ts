export declare function quoteArg(arg: string): string;
export declare function quoteArgv(argv: readonly string[]): string;
