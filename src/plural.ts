// A count with its noun: "1 record", "2 records", "0 files". Every count SafeClaw
// prints goes through this, so no output reads "1 files".
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
