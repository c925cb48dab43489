// The node interface shell analysis reads, and the plain-object nodes the
// TypeScript bash parser builds.
//
// `ShellNode` is the part of web-tree-sitter's `Node` that the analysis uses
// (src/shell/analyze.ts, words.ts, evaluated.ts): web-tree-sitter's nodes satisfy
// it structurally, so either parser's tree can be analysed. `BashNode` builds the
// same shape from plain fields: no wasm calls, no marshalling, text sliced on demand.

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

let nextId = 1;

const NO_CHILDREN: BashNode[] = [];

export class BashNode implements ShellNode {
  readonly id = nextId++;
  private namedFlag: boolean;
  /**
   * This node's field name in its parent (null: none). Kept on the child, not in a list
   * beside the parent's children: a node is the child of one parent, and a list per
   * parent was the parser's largest allocation.
   */
  private field: string | null = null;
  private named: BashNode[] | null = null;

  constructor(
    private readonly source: string,
    readonly type: string,
    isNamed: boolean,
    public startIndex: number,
    public endIndex: number,
    readonly children: BashNode[] = NO_CHILDREN,
  ) {
    this.namedFlag = isNamed;
  }

  get isNamed(): boolean {
    return this.namedFlag;
  }

  /** This parser builds no MISSING or ERROR node: it declines instead. */
  get isMissing(): boolean {
    return false;
  }

  get hasError(): boolean {
    return false;
  }

  /** Marks a token named: a one-character `word` the parser took as a token. */
  asNamed(): BashNode {
    this.namedFlag = true;
    return this;
  }

  /** Appends a child, with its field name when it has one. */
  add(child: BashNode, field: string | null = null): BashNode {
    child.field = field;
    if (this.children === NO_CHILDREN) (this as { children: BashNode[] }).children = [child];
    else this.children.push(child);
    return child;
  }

  /** Replaces the last child (keeping its field): a pipeline that grows around it. */
  replaceLast(child: BashNode): void {
    const last = this.children.length - 1;
    child.field = this.children[last].field;
    this.children[last] = child;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get childCount(): number {
    return this.children.length;
  }

  /** Computed once, when first read (the tree is complete by then: the parser never reads it). */
  get namedChildren(): BashNode[] {
    if (this.named === null) {
      const children = this.children;
      let unnamed = 0;
      for (let i = 0; i < children.length; i++) if (!children[i].namedFlag) unnamed++;
      // No child unnamed (a leaf too): the same list; readers never change it.
      this.named = unnamed === 0 ? children : children.filter((c) => c.namedFlag);
    }
    return this.named;
  }

  get startPosition(): ShellPoint {
    const before = this.source.slice(0, this.startIndex);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { row: before.split('\n').length - 1, column: this.startIndex - lineStart };
  }

  fieldNameForChild(index: number): string | null {
    return this.children[index]?.field ?? null;
  }

  childForFieldName(name: string): BashNode | null {
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].field === name) return children[i];
    return null;
  }

  childrenForFieldName(name: string): BashNode[] {
    const out: BashNode[] = [];
    const children = this.children;
    for (let i = 0; i < children.length; i++) if (children[i].field === name) out.push(children[i]);
    return out;
  }
}
