export declare function plural(n: number, one: string, many?: string): string;
