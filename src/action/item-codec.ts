// The plan worker's items as the main thread takes them in (./plan-worker.ts).
//
// Posted as they are, 16,000 plan items are ~400,000 strings and ~130,000
// objects for V8's deserializer to make one by one on the main thread, on the
// gate's critical path (~100-200 ms). Most of those strings repeat (rule ids,
// reasons, types, providers, file names) and every item has the same few
// shapes. So the worker writes the items as a flat list of numbers (moved to
// the main thread, not copied), each distinct string once and each object
// shape once; the main thread rebuilds them: the same plain objects, keys in
// the same order, the same values (a repeated string is one string).
//
// Only what structured cloning of these items would give back is written:
// plain objects, arrays without holes, strings, numbers, booleans, null and
// undefined. Anything else throws, and the worker posts the items as they are.

/** The items, written by encodeItems. */
export interface EncodedItems {
  /** Tags and operands (see Tag), moved with the message. */
  data: Int32Array;
  strings: string[];
  /** Numbers that are not small whole ones (written as they are, -0 and NaN included). */
  numbers: number[];
  /** Each object's keys, in order. */
  shapes: string[][];
}

const enum Tag {
  Undefined,
  Null,
  False,
  True,
  SmallInteger,
  Number,
  String,
  Array,
  Object,
}

/** Small whole numbers are written in place (line numbers, counts). */
const SMALL = 2 ** 30;

export function encodeItems(value: unknown): EncodedItems {
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const numbers: number[] = [];
  const shapes: string[][] = [];
  // Shapes by their keys, one key at a time (no joined text per object).
  const shapeTrie: ShapeNode = { next: new Map() };
  let data = new Int32Array(1 << 16);
  let length = 0;
  const push = (n: number) => {
    if (length === data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length++] = n;
  };
  const string = (text: string) => {
    let at = stringAt.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      stringAt.set(text, at);
    }
    return at;
  };
  const shapeOf = (keys: string[]) => {
    let node = shapeTrie;
    for (const key of keys) {
      let next = node.next.get(key);
      if (next === undefined) {
        next = { next: new Map() };
        node.next.set(key, next);
      }
      node = next;
    }
    if (node.shape === undefined) {
      node.shape = shapes.length;
      shapes.push(keys);
    }
    return node.shape;
  };
  const write = (v: unknown): void => {
    switch (typeof v) {
      case 'undefined':
        push(Tag.Undefined);
        return;
      case 'boolean':
        push(v ? Tag.True : Tag.False);
        return;
      case 'string':
        push(Tag.String);
        push(string(v));
        return;
      case 'number':
        if (Number.isInteger(v) && v >= 0 && v < SMALL && !Object.is(v, -0)) {
          push(Tag.SmallInteger);
          push(v);
        } else {
          push(Tag.Number);
          push(numbers.push(v) - 1);
        }
        return;
      case 'object':
        if (v === null) {
          push(Tag.Null);
          return;
        }
        if (Array.isArray(v)) {
          if (Object.getPrototypeOf(v) !== Array.prototype) break;
          push(Tag.Array);
          push(v.length);
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) throw new TypeError('an array with a hole');
            write(v[i]);
          }
          return;
        }
        if (Object.getPrototypeOf(v) === Object.prototype && Object.getOwnPropertySymbols(v).length === 0) {
          const keys = Object.keys(v);
          // Set as a key, it would set the prototype instead.
          if (keys.includes('__proto__')) break;
          push(Tag.Object);
          push(shapeOf(keys));
          for (const key of keys) write((v as Record<string, unknown>)[key]);
          return;
        }
        break;
    }
    throw new TypeError(`a value encodeItems does not write (${Object.prototype.toString.call(v)})`);
  };
  write(value);
  return { data: data.slice(0, length), strings, numbers, shapes };
}

interface ShapeNode {
  next: Map<string, ShapeNode>;
  shape?: number;
}

export function decodeItems({ data, strings, numbers, shapes }: EncodedItems): unknown {
  let at = 0;
  const operand = (): number => {
    if (at >= data.length) throw new RangeError('the encoded items end early');
    return data[at++];
  };
  const entry = <T>(list: T[], index: number): T => {
    if (index < 0 || index >= list.length) throw new RangeError('the encoded items name a missing entry');
    return list[index];
  };
  const read = (): unknown => {
    const tag = operand();
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.SmallInteger:
        return operand();
      case Tag.Number:
        return entry(numbers, operand());
      case Tag.String:
        return entry(strings, operand());
      case Tag.Array: {
        const length = operand();
        const list: unknown[] = [];
        for (let i = 0; i < length; i++) list.push(read());
        return list;
      }
      case Tag.Object: {
        const keys = entry(shapes, operand());
        const object: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) object[keys[i]] = read();
        return object;
      }
    }
    throw new RangeError(`the encoded items hold an unknown tag ${tag}`);
  };
  const value = read();
  if (at !== data.length) throw new RangeError('the encoded items go on after their value');
  return value;
}
