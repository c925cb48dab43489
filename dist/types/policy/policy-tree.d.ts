export type PolicyNode = PolicyScalar | PolicyMap | PolicySeq | PolicyOther;
export interface PolicyScalar {
    kind: 'scalar';
    /** Where the scalar starts (its opening quote, if quoted); offsets are UTF-16 indexes into the file's text. */
    offset: number | undefined;
    /** As YAML's core schema reads it: a string, number, boolean or null. */
    value: unknown;
    /** The scalar's text before the schema gave it a type (`5` for the number 5). */
    source: string | undefined;
}
export interface PolicyMap {
    kind: 'map';
    offset: number | undefined;
    pairs: PolicyPair[];
}
export interface PolicyPair {
    key: PolicyNode | null;
    /** The key as messages name it. */
    keyText: string;
    value: PolicyNode | null;
}
export interface PolicySeq {
    kind: 'seq';
    offset: number | undefined;
    items: (PolicyNode | null)[];
}
/** Anything else `yaml` may hold where a value is (a key-value pair inside a flow list): never a valid policy value. */
export interface PolicyOther {
    kind: 'other';
    offset: number | undefined;
}
/** The value of the first pair whose key is the string `key`, as `yaml`'s YAMLMap.get(key, true). */
export declare function mapGet(map: PolicyMap, key: string): PolicyNode | undefined;
/** `yaml`'s node (a document's contents, free of aliases) as a PolicyNode. */
export declare function fromYamlNode(node: unknown): PolicyNode | null;
