export interface ShellPoint {
    row: number;
    column: number;
}
export interface ShellNode {
    readonly id: number;
    readonly type: string;
    readonly isNamed: boolean;
    readonly isMissing: boolean;
    readonly hasError: boolean;
    readonly text: string;
    readonly startIndex: number;
    readonly endIndex: number;
    readonly startPosition: ShellPoint;
    readonly childCount: number;
    readonly children: ShellNode[];
    readonly namedChildren: ShellNode[];
    childForFieldName(name: string): ShellNode | null;
    childrenForFieldName(name: string): ShellNode[];
    fieldNameForChild(index: number): string | null;
}
export declare class BashNode implements ShellNode {
    private readonly source;
    readonly type: string;
    startIndex: number;
    endIndex: number;
    readonly children: BashNode[];
    readonly id: number;
    private namedFlag;
    /**
     * This node's field name in its parent (null: none). Kept on the child, not in a list
     * beside the parent's children: a node is the child of one parent, and a list per
     * parent was the parser's largest allocation.
     */
    private field;
    private named;
    constructor(source: string, type: string, isNamed: boolean, startIndex: number, endIndex: number, children?: BashNode[]);
    get isNamed(): boolean;
    /** This parser builds no MISSING or ERROR node: it declines instead. */
    get isMissing(): boolean;
    get hasError(): boolean;
    /** Marks a token named: a one-character `word` the parser took as a token. */
    asNamed(): BashNode;
    /** Appends a child, with its field name when it has one. */
    add(child: BashNode, field?: string | null): BashNode;
    /** Replaces the last child (keeping its field): a pipeline that grows around it. */
    replaceLast(child: BashNode): void;
    get text(): string;
    get childCount(): number;
    /** Computed once, when first read (the tree is complete by then: the parser never reads it). */
    get namedChildren(): BashNode[];
    get startPosition(): ShellPoint;
    fieldNameForChild(index: number): string | null;
    childForFieldName(name: string): BashNode | null;
    childrenForFieldName(name: string): BashNode[];
}
