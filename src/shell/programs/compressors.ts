// Compressors, one row per program: each file operand is read, and (unless the
// output goes to standard output, or the program only tests or lists) a file is
// written beside it: FILE.gz when compressing, FILE without its suffix when
// decompressing. gzip, bzip2 and xz then delete the input (a write), unless kept;
// zstd and lz4 keep it unless told `--rm`. Checked against the programs'
// `--help` and runs in a scratch folder (gzip 1.12, bzip2 1.0.8, xz 5.4,
// zstd 1.5.4, lz4 1.9.4). The readers that only print (zcat, bzcat, xzcat) are
// in ../implied.ts.
import { lookupTable, type OptionSpec } from '../options.js';

export interface Compressor {
  /** Its options that take a value. */
  options: OptionSpec;
  /** The suffix it adds when compressing; first of the suffixes it removes when decompressing. */
  suffixes: string[];
  /** Suffixes a decompressed file's name ends with in place of the compressed one's (`x.tgz` → `x.tar`). */
  renamed?: Record<string, string>;
  /** Decompressing a file without a known suffix, it writes FILE with this one added (bzip2: `.out`); else it skips the file. */
  unknownSuffix?: string;
  /** Invoked under this name, it decompresses (gunzip, unxz). */
  decompresses?: boolean;
  /** It deletes each input after writing the output, unless one of `keep` is given. */
  removesInput: boolean;
  /** Options (names as parsed) for each mode and effect. */
  decompress: string[];
  compress: string[];
  /** Output to standard output: nothing written, the input kept. */
  stdout: string[];
  /** Only reads the input (test, list). */
  readOnly: string[];
  keep: string[];
  /** Deletes the input although the program keeps it by default (`zstd --rm`). */
  remove?: string[];
  recursive: string[];
  /** A value that replaces the suffix (`gzip -S .z`). */
  suffix?: string[];
  /** Decompressing, the file takes the name stored in the archive (`gzip -dN`): any name in that folder. */
  restoresName?: string[];
  /** A value that is the one output file (`zstd -o OUT`). */
  output?: string[];
  /** A value that is the folder outputs are written to (`zstd --output-dir-flat DIR`). */
  outputDir?: string[];
  /** A value that is the folder outputs are written under, each at its input's path (`zstd --output-dir-mirror DIR`). */
  outputMirror?: string[];
  /** A value that is a file listing the files to work on: those are known only at run time. */
  fileList?: string[];
  /** Values that are other files read (a dictionary). */
  reads?: string[];
  /** Values that are other files written (a trace log). */
  writes?: string[];
  /** `lz4 IN OUT`: a second operand is the output file, unless one of these is given. */
  secondOperandIsOutput?: { unless: string[] };
}

const GZIP: Compressor = {
  options: { shortValue: 'S', longValue: ['suffix'] },
  suffixes: ['.gz', '-gz', '.z', '-z', '_z'],
  renamed: { '.tgz': '.tar', '.taz': '.tar' },
  removesInput: true,
  decompress: ['d', 'decompress', 'uncompress'],
  compress: [],
  stdout: ['c', 'stdout', 'to-stdout'],
  readOnly: ['t', 'test', 'l', 'list'],
  keep: ['k', 'keep'],
  recursive: ['r', 'recursive'],
  suffix: ['S', 'suffix'],
  restoresName: ['N', 'name'],
};

const BZIP2: Compressor = {
  options: {},
  suffixes: ['.bz2', '.bz'],
  renamed: { '.tbz2': '.tar', '.tbz': '.tar' },
  unknownSuffix: '.out',
  removesInput: true,
  decompress: ['d', 'decompress'],
  compress: ['z', 'compress'],
  stdout: ['c', 'stdout'],
  readOnly: ['t', 'test'],
  keep: ['k', 'keep'],
  recursive: [],
};

const XZ: Compressor = {
  options: { shortValue: 'STFCM', longValue: ['suffix', 'threads', 'format', 'check', 'memlimit', 'memlimit-compress', 'memlimit-decompress', 'files', 'files0', 'block-size', 'block-list', 'flush-timeout', 'filters', 'lzma1', 'lzma2'] },
  suffixes: ['.xz', '.lzma'],
  renamed: { '.txz': '.tar', '.tlz': '.tar' },
  removesInput: true,
  decompress: ['d', 'decompress', 'uncompress'],
  compress: ['z', 'compress'],
  stdout: ['c', 'stdout', 'to-stdout'],
  readOnly: ['t', 'test', 'l', 'list'],
  keep: ['k', 'keep'],
  recursive: [],
  suffix: ['S', 'suffix'],
  fileList: ['files', 'files0'],
};

const ZSTD: Compressor = {
  options: { shortValue: 'oDTBM', longValue: ['output-dir-flat', 'output-dir-mirror', 'filelist', 'trace', 'patch-from', 'memory', 'threads', 'format', 'size-hint', 'stream-size', 'target-compressed-block-size', 'maxdict', 'dictID', 'exclude-compressed'] },
  suffixes: ['.zst', '.zstd', '.gz', '.xz', '.lzma', '.lz4'],
  renamed: { '.tzst': '.tar', '.tgz': '.tar', '.txz': '.tar', '.tlz4': '.tar' },
  removesInput: false,
  decompress: ['d', 'decompress', 'uncompress'],
  compress: ['z', 'compress'],
  stdout: ['c', 'stdout'],
  readOnly: ['t', 'test', 'l', 'list'],
  keep: ['k', 'keep'],
  remove: ['rm'],
  recursive: ['r'],
  output: ['o'],
  outputDir: ['output-dir-flat'],
  outputMirror: ['output-dir-mirror'],
  fileList: ['filelist'],
  reads: ['D', 'patch-from'],
  writes: ['trace'],
};

const LZ4: Compressor = {
  options: { shortValue: 'DB', longValue: ['dictionary'] },
  suffixes: ['.lz4'],
  removesInput: false,
  decompress: ['d', 'decompress', 'uncompress'],
  compress: ['z', 'compress'],
  stdout: ['c', 'stdout', 'to-stdout'],
  readOnly: ['t', 'test', 'list'],
  keep: ['k', 'keep'],
  remove: ['rm'],
  recursive: ['r'],
  reads: ['D', 'dictionary'],
  secondOperandIsOutput: { unless: ['m', 'multiple', 'r'] },
};

export const COMPRESSORS: Record<string, Compressor> = lookupTable({
  gzip: GZIP,
  gunzip: { ...GZIP, decompresses: true },
  bzip2: BZIP2,
  bunzip2: { ...BZIP2, decompresses: true },
  xz: XZ,
  unxz: { ...XZ, decompresses: true },
  lzma: XZ,
  unlzma: { ...XZ, decompresses: true },
  zstd: ZSTD,
  unzstd: { ...ZSTD, decompresses: true },
  lz4: LZ4,
  unlz4: { ...LZ4, decompresses: true },
});
