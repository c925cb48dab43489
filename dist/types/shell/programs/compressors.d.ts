import { type OptionSpec } from '../options.js';
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
    secondOperandIsOutput?: {
        unless: string[];
    };
}
export declare const COMPRESSORS: Record<string, Compressor>;
