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
  /** The field name of each child (null: none), parallel to `children`. */
  private fields: (string | null)[] | null = null;
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
    if (this.children === NO_CHILDREN) (this as { children: BashNode[] }).children = [];
    if (field !== null && !this.fields) {
      this.fields = [];
      for (let i = 0; i < this.children.length; i++) this.fields.push(null);
    }
    if (this.fields) this.fields.push(field);
    this.children.push(child);
    return child;
  }

  /** Replaces the last child (keeping its field): a pipeline that grows around it. */
  replaceLast(child: BashNode): void {
    this.children[this.children.length - 1] = child;
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
    return this.fields?.[index] ?? null;
  }

  childForFieldName(name: string): BashNode | null {
    if (!this.fields) return null;
    const at = this.fields.indexOf(name);
    return at < 0 ? null : this.children[at];
  }

  childrenForFieldName(name: string): BashNode[] {
    if (!this.fields) return [];
    const out: BashNode[] = [];
    for (let i = 0; i < this.fields.length; i++) if (this.fields[i] === name) out.push(this.children[i]);
    return out;
  }
}
